"""The buurtprofiel layout: one A4 page per buurt, a QGIS atlas over the profile table (buurtprofiel_figures.py).

The template resources/layouts/buurtprofiel-A4-portrait.qpt (tools/build_layout_templates.py) places the items; this
module fills them by id: the title and subtitle name the page's buurt (expressions on the atlas feature), the map
follows the buurt (atlas-driven) with its panden by energy label over the background map, the buurten's borders and
names, and everything outside the buurt under a grey veil (the profile layer drawn inverted around the page's buurt,
its border in dark grey); a legend of the energy labels; two QGIS layout tables (not images) of the figures, the
buurt's next to the municipality's, each cell reading a field of the atlas feature; the warmteprogramma's strategy,
period and toelichting; the privacy footnote, sources, dates, background credit and disclaimer. The plugin's own
texts are in the map's language (compositions/map_texts.py), as on the maps.

Values from outside (buurt names, the toelichting a user typed) reach the page only as the value of an expression or
a table cell, which QGIS does not evaluate again: `[% … %]` in them prints as typed. Texts the plugin composes from
outside text pass through `layout_text`.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFillSymbol,
    QgsInvertedPolygonRenderer,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsTableCell,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from ..i18n import MapTexts, tr
from ..model.buurtprofiel import (
    BUILDING_SHARE,
    COUNT,
    GAS_AVERAGE,
    INCOME_SHARE,
    LABEL_KEYS,
    LETTERS,
    NOT_AVAILABLE,
    PERIODS,
    PRESET_ID,
    SUPPRESSED,
    PrivacyRules,
)
from ..model.catalogue import Catalogue
from ..model.municipality import BOUNDARY_CRS, Municipality
from ..model.presets import Preset
from ..toolbelt.outside_text import layout_text
from . import map_texts
from .buurtprofiel_figures import MUNICIPALITY_PREFIX
from .legend_content import MAP_LANGUAGE_PROPERTY
from .layout import (
    COMPOSITION_PROPERTY,
    ITEM_ATTRIBUTION,
    ITEM_DATES,
    ITEM_DISCLAIMER,
    ITEM_LEGEND,
    ITEM_MAP,
    ITEM_SOURCES,
    ITEM_SUBTITLE,
    ITEM_TITLE,
    MUNICIPALITY_PROPERTY,
    LayoutError,
    _fitted,
    _logo,
    _set_text,
    load_template,
)
from .page_shape import TEMPLATES
from .scale_bar import keep_fitted

TEMPLATE = TEMPLATES / "buurtprofiel-A4-portrait.qpt"
ITEM_BUILDINGS, ITEM_LABELS = "dego-table-buildings", "dego-table-labels"  # the frames of the two tables
ITEM_PLAN_TITLE, ITEM_PLAN, ITEM_FOOTNOTE = "dego-plan-title", "dego-plan", "dego-footnote"
MAP_MARGIN = 0.12  # room around the buurt: its neighbours show, greyed
VEIL = {"color": "200,200,200,140", "outline_color": "40,40,40,255", "outline_width": "0.7",
        "outline_width_unit": "MM", "joinstyle": "round"}  # outside the buurt; its ring is the buurt's border
THIS_BUURT = "\"buurtcode\" = attribute(@atlas_feature, 'buurtcode')"
COLUMN_WIDTHS = (47.5, 20.0, 20.0)  # mm: figure, buurt, municipality


def profile_layout_name(municipality: Municipality) -> str:
    return tr("Buurtprofielen – {0}").format(municipality.name)


def _at(field: str) -> str:
    """An expression for a field of the page's buurt (the atlas feature)."""
    return f"attribute(@atlas_feature, {QgsExpression.quotedString(field)})"


def figure_labels(texts: MapTexts) -> dict:
    """The page's label of each figure (model/buurtprofiel.py FIGURE_KEYS), in the map's language."""
    periods = {"bouwjaar_voor_1946": texts.tr("before 1946"), "bouwjaar_1946_1964": "1946–1964",
               "bouwjaar_1965_1974": "1965–1974", "bouwjaar_1975_1991": "1975–1991", "bouwjaar_1992_2005": "1992–2005",
               "bouwjaar_2006_later": texts.tr("2006 and later")}
    labels = {key: texts.tr("Built {0}").format(periods[key]) for key, _, _ in PERIODS}
    labels.update({key: texts.tr("Label {0}").format(letter) for key, letter in zip(LABEL_KEYS, LETTERS)})
    labels.update({
        "label_geen": texts.tr("No label"),
        "gebouwen": texts.tr("Buildings (number)"),
        "woningen": texts.tr("Dwellings (number)"),
        "gas_per_woning": texts.tr("Gas use per dwelling (m³ a year)"),
        "koopwoningen": texts.tr("Owner-occupied homes (%)"),
        "corporatiewoningen": texts.tr("Corporation homes (%)"),
        "laag_inkomen": texts.tr("Low-income households (%)"),
    })
    return labels


# Which figures each table holds, in order; None: a heading row (its text from _headings).
BUILDING_ROWS: Tuple[Optional[str], ...] = (
    ("gebouwen", "woningen", "gas_per_woning", "koopwoningen", "corporatiewoningen", "laag_inkomen", None)
    + tuple(key for key, _, _ in PERIODS))
LABEL_ROWS: Tuple[Optional[str], ...] = LABEL_KEYS


def style_profile_layer(layer: QgsVectorLayer) -> None:
    """The profile layer on the map: everything but the page's buurt under a grey veil, the buurt's border dark."""
    rule = QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(VEIL), 0, 0, THIS_BUURT)
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(rule)
    layer.setRenderer(QgsInvertedPolygonRenderer(QgsRuleBasedRenderer(root)))
    layer.setLabelsEnabled(False)
    layer.triggerRepaint()


def build_profile_layout(project: QgsProject, preset: Preset, catalogue: Catalogue, municipality: Municipality,
                         coverage: QgsVectorLayer, layers: Sequence[QgsMapLayer], background: Optional[QgsMapLayer],
                         rules: PrivacyRules, with_plan: bool, codes: Sequence[str] = (), logo: str = "",
                         names: Sequence[QgsMapLayer] = ()) -> QgsPrintLayout:
    """The buurtprofiel atlas layout (not yet in the project): a page per buurt of `coverage` (the profile layer), or
    per buurt of `codes`. `layers` are the preset's map layers top first (the panden first: the legend's), `names`
    the buurt and wijk names, `background` the bottom layer."""
    layout = QgsPrintLayout(project)
    load_template(layout, TEMPLATE)
    layout.setName(profile_layout_name(municipality))
    layout.setCustomProperty(COMPOSITION_PROPERTY, PRESET_ID)
    layout.setCustomProperty(MUNICIPALITY_PROPERTY, municipality.code)
    texts = map_texts.texts_for(catalogue)
    layout.setCustomProperty(MAP_LANGUAGE_PROPERTY, texts.language)
    _atlas(layout, coverage, codes)

    map_item = layout.itemById(ITEM_MAP)
    if not isinstance(map_item, QgsLayoutItemMap):
        raise LayoutError(tr("the layout template has no item “{0}”").format(ITEM_MAP))
    map_item.setCrs(QgsCoordinateReferenceSystem(BOUNDARY_CRS))
    map_item.setLayers(list(names) + [coverage] + list(layers) + ([background] if background else []))
    map_item.setKeepLayerSet(True)
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(MAP_MARGIN)
    # The designer's view before an atlas page is chosen (zoomToExtent on the template's empty extent gives NaN).
    map_item.setExtent(_fitted(coverage.extent(), map_item.rect().width(), map_item.rect().height()))
    keep_fitted(layout)

    name = _at("buurtnaam")
    _set_text(layout, ITEM_TITLE, texts.tr("Buurtprofiel {0}").format(f"[% {name} %]"))
    _set_text(layout, ITEM_SUBTITLE, texts.tr("Municipality {0} · buurt {1}").format(
        layout_text(municipality.name), f"[% {_at('buurtcode')} %]"))
    _legend(layout, map_item, layers[0] if layers else None)
    _tables(layout, texts)
    _plan(layout, with_plan, texts)
    _set_text(layout, ITEM_FOOTNOTE, footnote(rules, texts))
    lines = [map_texts.source_lines(texts, preset, catalogue, municipality)]
    if with_plan:
        lines.append(layout_text(texts.tr("Plan: Municipality {0}, warmteprogramma").format(municipality.name)))
    _set_text(layout, ITEM_SOURCES, "\n".join(line for line in lines if line))
    _set_text(layout, ITEM_DATES, map_texts.dates_text(texts, preset.data_date(catalogue)))
    _set_text(layout, ITEM_ATTRIBUTION,
              map_texts.attribution_text(texts, catalogue.entry(preset.background)) if background else "")
    _set_text(layout, ITEM_DISCLAIMER, map_texts.disclaimer(texts))
    _logo(layout, logo)
    return layout


def footnote(rules: PrivacyRules, texts: MapTexts) -> str:
    """What SUPPRESSED and NOT_AVAILABLE mean on the page, with the floors the figures were made with."""
    return texts.tr("{0} not shown to protect privacy: it would rest on fewer than {1} buildings, dwellings or "
                    "households (a share of buildings or homes on fewer than {2}, the average gas use on fewer than "
                    "{3} buildings, the low incomes on fewer than {4} households, as CBS does). Numbers rounded to 5, "
                    "gas use to 50 m³. {5} not available.").format(
        SUPPRESSED, rules.floor(COUNT), rules.floor(BUILDING_SHARE), rules.floor(GAS_AVERAGE),
        rules.floor(INCOME_SHARE), NOT_AVAILABLE)


def _atlas(layout: QgsPrintLayout, coverage: QgsVectorLayer, codes: Sequence[str]) -> None:
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"buurtnaam"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"buurtcode"')
    # Codes typed in Processing are outside text: quoted as literals, never spliced into the expression.
    only = f'"buurtcode" IN ({", ".join(QgsExpression.quotedValue(code) for code in codes)})' if codes else ""
    atlas.setFilterFeatures(bool(only))
    atlas.setFilterExpression(only)
    atlas.setFilenameExpression("'buurtprofiel-' || \"buurtcode\" || '-' || \"buurtnaam\"")
    atlas.setEnabled(True)


def _legend(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, panden: Optional[QgsMapLayer]) -> None:
    """The energy labels, every class (no hit test per page): the key to the map's colours."""
    legend = layout.itemById(ITEM_LEGEND)
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    if panden is not None:  # its name is the title over the row of classes, not a column of its own
        node = root.addLayer(panden)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
    legend.setTitle(layout_text(panden.name()) if panden is not None else "")
    legend.setLegendFilterByMapEnabled(False)
    legend.updateLegend()


def _tables(layout: QgsPrintLayout, texts: MapTexts) -> None:
    labels = figure_labels(texts)
    for item_id, heading, rows in ((ITEM_BUILDINGS, texts.tr("Buildings and residents"), BUILDING_ROWS),
                                   (ITEM_LABELS, texts.tr("Energy label (% of buildings)"), LABEL_ROWS)):
        frame = layout.itemById(item_id)
        table = frame.multiFrame() if isinstance(frame, QgsLayoutFrame) else None
        if not isinstance(table, QgsLayoutItemManualTable):
            raise LayoutError(tr("the layout template has no item “{0}”").format(item_id))
        columns = []
        for text, align in ((heading, Qt.AlignmentFlag.AlignLeft),
                            (texts.tr("This buurt"), Qt.AlignmentFlag.AlignRight),
                            (texts.tr("Municipality"), Qt.AlignmentFlag.AlignRight)):
            column = QgsLayoutTableColumn(text)
            column.setHAlignment(align)
            columns.append(column)
        table.setHeaders(columns)
        table.setIncludeTableHeader(True)
        table.setColumnWidths(list(COLUMN_WIDTHS))
        table.setTableContents([_row(key, labels, table, texts) for key in rows])


def _row(key: Optional[str], labels: dict, table: QgsLayoutItemManualTable, texts: MapTexts) -> List[QgsTableCell]:
    """A figure's row: its label, then the page buurt's and the municipality's value (fields of the atlas feature);
    None: the heading row of the building periods."""
    if key is None:
        heading = QgsTableCell(texts.tr("Built (% of buildings)"))
        heading_format = table.contentTextFormat()
        font = heading_format.font()
        font.setBold(True)
        heading_format.setFont(font)
        heading.setTextFormat(heading_format)
        return [heading, QgsTableCell(""), QgsTableCell("")]
    cells = [QgsTableCell(labels[key])]
    for field in (key, MUNICIPALITY_PREFIX + key):
        cell = QgsTableCell(QgsProperty.fromExpression(_at(field)))
        cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
        cells.append(cell)
    return cells


def _plan(layout: QgsPrintLayout, with_plan: bool, texts: MapTexts) -> None:
    """The warmteprogramma's strategy, period and toelichting of the page's buurt (typed by the municipality: the
    values print as they are; an empty one says so, not "–", which marks a figure kept secret)."""
    empty = QgsExpression.quotedString(texts.tr("not filled in yet"))

    def value(field: str) -> str:
        return f"[% coalesce(nullif({_at(field)}, ''), {empty}) %]"
    text = "\n".join((texts.tr("Heat alternative: {0}").format(value("strategie")),
                      texts.tr("Period: {0}").format(value("periode")),
                      texts.tr("Explanation: {0}").format(value("toelichting"))))
    _set_text(layout, ITEM_PLAN_TITLE, texts.tr("What the municipality plans (warmteprogramma)") if with_plan else "")
    _set_text(layout, ITEM_PLAN, text if with_plan else "")
    label = layout.itemById(ITEM_PLAN)
    if isinstance(label, QgsLayoutItemLabel):
        label.setMode(QgsLayoutItemLabel.Mode.ModeFont)  # never HTML: a toelichting's markup prints as typed

