"""What the plugin itself prints on a map, in the map's language: the catalogue's (DEGO's is Dutch), or the one
the user chose (Settings ▸ Options… ▸ DEGO), never QGIS's own. A map of a Dutch catalogue printed from an English
QGIS says "Legenda" and "Kaartdatum", as its titles and layer names do.

The catalogue's own texts (titles, subtitles, source lines, layer names) print as the catalogue gives them; a
layer's source loses its own label ("Bron: BAG"), so the map's "Bron:" is never doubled.
"""
from __future__ import annotations

from typing import List, Optional

from ..i18n import MapTexts, map_texts
from ..model.catalogue import Catalogue, LayerEntry, source_without_label
from ..model.municipality import Municipality
from ..model.presets import Preset
from ..service import settings
from ..toolbelt.outside_text import layout_text


def map_language(catalogue: Catalogue) -> str:
    """The user's map language, else the catalogue's."""
    return settings.map_language() or catalogue.language


def texts_for(catalogue: Catalogue) -> MapTexts:
    return map_texts(map_language(catalogue))


def subtitle(texts: MapTexts, preset: Preset, municipality: Municipality) -> str:
    """The preset's subtitle, else "Gemeente Demodorp" in the map's language (literal: layout_text)."""
    own = preset.subtitle_for(municipality.name)
    return layout_text(own or texts.tr("Municipality {0}").format(municipality.name))


def legend_title(texts: MapTexts, preset: Preset) -> str:
    """The preset's legend title ('' for none), else "Legenda" in the map's language."""
    return preset.legend_title if preset.legend_title is not None else texts.tr("Legend")


def source_lines(texts: MapTexts, preset: Preset, catalogue: Catalogue, municipality: Municipality) -> str:
    """The preset's own lines, else each distinct source of its layers, labelled in the map's language."""
    if preset.sources:
        return layout_text("\n".join(preset.source_lines(catalogue, municipality.name)))
    lines: List[str] = []
    for source in preset.source_lines(catalogue, municipality.name):
        line = texts.tr("Source: {0}").format(source_without_label(source))
        if line not in lines:
            lines.append(line)
    return layout_text("\n".join(lines))


def dates_text(texts: MapTexts, data_date: str) -> str:
    lines = []
    if data_date:
        lines.append(texts.tr("Data date: {0}").format(layout_text(_day_month_year(data_date))))
    # An expression, so the date is the day of printing, also when the layout is printed again later.
    lines.append(texts.tr("Map date: {0}").format("[% format_date(now(), 'd-M-yyyy') %]"))
    return "\n".join(lines)


def _day_month_year(iso: str) -> str:
    """'2020-12-31' → '31-12-2020', '2023-08' → '8-2023', '2019' stays."""
    parts = iso.split("T")[0].split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return iso
    return "-".join([str(int(p)) for p in reversed(parts[1:])] + [parts[0]])


def attribution_text(texts: MapTexts, entry: Optional[LayerEntry]) -> str:
    """The background map's credit line: its title, source and licence as the catalogue gives them, e.g.
    "Achtergrondkaart: BRT Achtergrondkaart grijs © Kadaster (CC BY 4.0)" (literal: layout_text)."""
    if entry is None:
        return ""
    credit = " ".join(part for part in (entry.title, entry.source) if part)
    return layout_text(texts.tr("Background map: {0}").format(
        f"{credit} ({entry.licence})" if entry.licence else credit))


def disclaimer(texts: MapTexts, preset: Optional[Preset] = None) -> str:
    own = preset.disclaimer if preset is not None else ""
    return layout_text(own) if own else \
        texts.tr("Made with the DEGO plugin from national data; no rights can be derived from this map.")


def internal_use_mark(texts: MapTexts) -> str:
    """The footer's mark on a map showing energy use per pand (model/presets.py `internal_use`)."""
    return texts.tr("INTERNAL USE: shows energy use per building; not for residents or publication.")


def no_legend_text(texts: MapTexts) -> str:
    """Under a WMS/WMTS layer's name in the legend when the server gave no usable legend graphic."""
    return texts.tr("(no legend from the map server)")
