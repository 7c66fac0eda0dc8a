"""Transitievisie presets: the catalogue's `presets` list as immutable dataclasses. No Qt, no network.

A preset says which map a council document needs (title, subtitle with the municipality name, which catalogue layers
in which order and by which name the legend calls them, the background map, buurt and wijk names, the paper and its
orientation ("auto": the one the municipality's shape fills best), the legend and its counts, the source lines). A
bad preset is skipped with a readable reason (`Problem`), as bad layer entries are; a preset naming a layer the
catalogue does not hold is bad, so a preset never prints a half-empty map.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, List, Mapping, Optional, Tuple

from .catalogue import Catalogue, EntryError, Problem, parse_each
from .plan import LAYER_NAME as PLAN_LAYER
from .plan import STYLE_NAMES as PLAN_STYLES

PAPER_SIZES = ("A4", "A3")
# The paper of a map set, besides a size: one size for all its maps (the one most of them suggest: one combined PDF
# never mixes sizes), or each map on the paper its preset suggests.
ONE_PAPER, EACH_PAPER = "", "each"
PAGE_ORIENTATIONS = ("landscape", "portrait")
AUTO_ORIENTATION = "auto"  # portrait or landscape, whichever the municipality's (or wijk's) shape fills best
ORIENTATIONS = PAGE_ORIENTATIONS + (AUTO_ORIENTATION,)
NAME_LEVEL = "buurt"  # a preset with a layer of this level (or the plan) prints buurt and wijk names by default
NAME_PLACEHOLDER = "{gemeente}"
# A map with a layer of this level in this theme shows energy use per building: for internal use only (its footer
# says so), never for residents. DEGO's theme "energie" is "Energieverbruik".
PER_PAND_LEVEL, CONSUMPTION_THEME = "pand", "energie"


@dataclass(frozen=True)
class PresetLayer:
    id: str  # catalogue entry id
    visible: bool = True
    # Show the layer at the map's scale even when its catalogue min_scale hides it there (pand-level layers
    # are hidden beyond 1:25,000 in the canvas to spare the server; a council map of a whole municipality
    # is drawn at 1:50,000 or smaller).
    all_scales: bool = False
    # For the municipality's own plan (id PLAN_LAYER, not a catalogue entry): its named style, "Wat" or "Wanneer".
    style: str = ""
    title: str = ""  # its name in the map's legend; '' = the catalogue entry's title


    @property
    def is_plan(self) -> bool:
        return self.id == PLAN_LAYER

    @property
    def print_id(self) -> str:
        """The id of its print layer (compositions/print_layers.py): the entry id, or the plan's per style."""
        return plan_print_id(self.style) if self.is_plan else self.id


def plan_print_id(style: str) -> str:
    """The print layer id of the municipality's plan drawn in a named style: "warmteprogramma/Wat"."""
    return f"{PLAN_LAYER}/{style}"


NAMES_LAYER = "namen"  # the print layers that draw only the names of the wijken or buurten


def names_print_id(level: str) -> str:
    """The print layer id of the names of one level: "namen/buurt"."""
    return f"{NAMES_LAYER}/{level}"


@dataclass(frozen=True)
class Preset:
    id: str
    title: str
    layers: Tuple[PresetLayer, ...]  # top of the map first
    subtitle: str = ""  # NAME_PLACEHOLDER becomes the municipality's name; '' = "Gemeente …" in the map's language
    background: str = ""  # catalogue id of the background map ('' = none)
    paper: str = "A3"
    orientation: str = "landscape"
    legend_title: Optional[str] = None  # '' = no title; None = "Legenda" in the map's language
    legend_columns: int = 1
    legend_counts: bool = False  # "A (1.234)": each class with its number of features in the municipality
    names: bool = False  # buurt and wijk names on the map
    sources: Tuple[str, ...] = ()  # printed as given ("Bron: ..."); empty: the layers' own `source`, labelled
    disclaimer: str = ""
    description: str = ""
    internal_use: bool = False  # shows energy use per pand: marked "internal use" in its footer

    def subtitle_for(self, municipality_name: str) -> str:
        return self.subtitle.replace(NAME_PLACEHOLDER, municipality_name)

    @property
    def uses_plan(self) -> bool:
        """Does the map draw the municipality's own warmteprogramma (not a catalogue layer)?"""
        return any(layer.is_plan for layer in self.layers)

    def layer_ids(self) -> Tuple[str, ...]:
        return tuple(layer.id for layer in self.layers)

    def source_lines(self, catalogue: Catalogue, municipality_name: str = "") -> Tuple[str, ...]:
        """The preset's own lines (NAME_PLACEHOLDER filled in), else each distinct `source` of its layers, in order
        (the background map is credited on a line of its own)."""
        if self.sources:
            return tuple(line.replace(NAME_PLACEHOLDER, municipality_name) for line in self.sources)
        lines: List[str] = []
        for layer_id in self.layer_ids():
            entry = catalogue.entry(layer_id)
            if entry is not None and entry.source and entry.source not in lines:
                lines.append(entry.source)
        return tuple(lines)

    def data_date(self, catalogue: Catalogue) -> str:
        """The newest `data_date` of the map layers ('' when none has one)."""
        dates = [e.data_date for e in (catalogue.entry(i) for i in self.layer_ids()) if e is not None and e.data_date]
        return max(dates) if dates else ""


def parse_presets(catalogue: Catalogue) -> Tuple[Tuple[Preset, ...], Tuple[Problem, ...]]:
    """(presets, problems) from `catalogue.presets`: each bad preset skipped with a reason."""
    problems: List[Problem] = []
    presets = parse_each(catalogue.presets, "presets", "preset", lambda raw: _parse_preset(raw, catalogue), problems)
    return presets, tuple(problems)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _choice(raw: Mapping[str, Any], key: str, allowed: Tuple[str, ...], default: str) -> str:
    value = raw.get(key)
    if value is None:
        return default
    text = _text(value)
    normalised = text.upper() if key == "paper" else text.lower()
    if normalised not in allowed:
        raise EntryError("bad_field", f"'{key}' must be one of {', '.join(allowed)}, not '{value}'")
    return normalised


def _layer(raw: Any, catalogue: Catalogue) -> PresetLayer:
    if isinstance(raw, str):
        raw = {"id": raw}
    if not isinstance(raw, Mapping) or not _text(raw.get("id")):
        raise EntryError("bad_field", "every item of 'layers' needs an 'id'")
    layer_id = _text(raw["id"])
    style = ""
    if layer_id == PLAN_LAYER:
        style = _text(raw.get("style"))
        if style not in PLAN_STYLES:
            raise EntryError("bad_field", f"the {PLAN_LAYER} layer needs a 'style': one of {', '.join(PLAN_STYLES)}")
    elif catalogue.entry(layer_id) is None:
        raise EntryError("unknown_layer", f"layer '{layer_id}' is not in the catalogue")
    return PresetLayer(layer_id, raw.get("visible", True) is not False, raw.get("all_scales") is True, style,
                       _text(raw.get("title")))


def _parse_preset(raw: Any, catalogue: Catalogue) -> Preset:
    if not isinstance(raw, Mapping):
        raise EntryError("bad_entry", "the preset is not an object")
    preset_id, title = _text(raw.get("id")), _text(raw.get("title"))
    if not preset_id or not title:
        raise EntryError("missing_field", f"the preset has no '{'id' if not preset_id else 'title'}'")
    layers = _layers(raw.get("layers"), catalogue)
    background = _background(raw.get("background"), catalogue)
    sources = _sources(raw.get("sources", []))
    legend_title, legend_columns, legend_counts = _legend(raw.get("legend"))
    return Preset(
        id=preset_id,
        title=title,
        layers=layers,
        subtitle=_text(raw.get("subtitle")),
        background=background,
        paper=_choice(raw, "paper", PAPER_SIZES, "A3"),
        orientation=_choice(raw, "orientation", ORIENTATIONS, "landscape"),
        legend_title=legend_title,
        legend_columns=legend_columns,
        legend_counts=legend_counts,
        names=_names(raw.get("names"), layers, catalogue),
        sources=sources,
        disclaimer=_text(raw.get("disclaimer")),
        description=_text(raw.get("description")),
        internal_use=_internal_use(raw.get("internal_use"), layers, catalogue),
    )


def _layers(raw_layers: Any, catalogue: Catalogue) -> Tuple[PresetLayer, ...]:
    if not isinstance(raw_layers, list) or not raw_layers:
        raise EntryError("missing_field", "the preset has no 'layers' list")
    return tuple(_layer(item, catalogue) for item in raw_layers)


def _background(value: Any, catalogue: Catalogue) -> str:
    background = _text(value)
    if background and catalogue.entry(background) is None:
        raise EntryError("unknown_layer", f"background '{background}' is not in the catalogue")
    return background


def _sources(value: Any) -> Tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise EntryError("bad_field", "'sources' must be a list of text lines")
    return tuple(s.strip() for s in value if s.strip())


def _legend(value: Any) -> Tuple[Optional[str], int, bool]:
    """(title, columns, counts): a missing title is None ("Legenda" in the map's language), an empty one none;
    1 to 4 columns, else 1."""
    legend = value if isinstance(value, Mapping) else {}
    title = _text(legend.get("title")) if "title" in legend else None
    columns = legend.get("columns", 1)
    fits = isinstance(columns, int) and not isinstance(columns, bool) and 1 <= columns <= 4
    return title, columns if fits else 1, legend.get("counts") is True


def _names(value: Any, layers: Tuple[PresetLayer, ...], catalogue: Catalogue) -> bool:
    """Buurt and wijk names: as the preset says, else on a map of buurten (a layer of level "buurt", or the plan)."""
    if isinstance(value, bool):
        return value
    if value is not None:
        raise EntryError("bad_field", "'names' must be true or false")
    return any(layer.is_plan or getattr(catalogue.entry(layer.id), "level", "") == NAME_LEVEL for layer in layers)


def _internal_use(value: Any, layers: Tuple[PresetLayer, ...], catalogue: Catalogue) -> bool:
    """As the preset says; else whether one of its layers is energy use per pand (level "pand", theme "energie")."""
    if isinstance(value, bool):
        return value
    if value is not None:
        raise EntryError("bad_field", "'internal_use' must be true or false")
    entries = [catalogue.entry(layer.id) for layer in layers if not layer.is_plan]
    return any(e is not None and e.level == PER_PAND_LEVEL and e.theme == CONSUMPTION_THEME for e in entries)


def common_paper(presets) -> str:
    """The paper size most of `presets` suggest; on a tie the first one's ('' for none)."""
    papers = [preset.paper for preset in presets]
    return max(papers, key=lambda paper: (papers.count(paper), -papers.index(paper)), default="")


def preset_by_id(presets: Tuple[Preset, ...], preset_id: str) -> Optional[Preset]:
    return next((p for p in presets if p.id == preset_id), None)
