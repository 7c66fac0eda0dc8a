"""Write the DEGO print layout templates resources/layouts/{A4,A3}-{landscape,portrait}.qpt and
resources/layouts/buurtprofiel-A4-portrait.qpt.

    PYTHONPATH=.build/plugins QT_QPA_PLATFORM=offscreen .venv/bin/python -P tools/build_layout_templates.py

The templates are ordinary QGIS layout templates (Project ▸ New print layout from template works with them);
the plugin fills them by item id (compositions/layout.py, `ITEM_*`). Every size is derived from the paper, so
the four differ only in proportions: a title band on top, the map below it, and a column on the right holding the
legend, north arrow, scale bar, source lines, dates, attribution and disclaimer, the council-map conventions of
/work/shared/reference/domain.md. In landscape the map is nearly square, in portrait (a narrower column) tall and
narrow: a preset's orientation "auto" takes the one the municipality fills best (compositions/page_shape.py).
The buurtprofiel (compositions/buurtprofiel_layout.py) is one A4 page per buurt for residents: title band, a wide map,
the energy-label legend in a row under it, two tables of figures side by side, the plan, the privacy footnote and the
source lines at the foot.
"""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsBasicNumericFormat,
    QgsLayoutItemLabel,
    QgsLayoutFrame,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "layouts"
PAPERS = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}  # landscape width, height in mm
FONT = "Arial"  # the usual council-document font; Qt substitutes a metric-compatible one where it is missing
INK = QColor(40, 40, 40)
GREY = QColor(90, 90, 90)

sys.path.insert(0, str(ROOT.parent))


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _format(points: float, bold: bool = False, colour: QColor = INK) -> QgsTextFormat:
    text_format = QgsTextFormat()
    text_format.setFont(_font(points, bold))
    text_format.setSize(points)
    text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    text_format.setColor(colour)
    return text_format


def _place(item, x: float, y: float, w: float, h: float) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _map(layout, box) -> QgsLayoutItemMap:
    """The map frame: a thin grey border on white."""
    from dego_plugin.compositions.layout import ITEM_MAP

    map_item = QgsLayoutItemMap(layout)
    map_item.setId(ITEM_MAP)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor(160, 160, 160))
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    map_item.setBackgroundColor(QColor(255, 255, 255))
    layout.addLayoutItem(map_item)
    _place(map_item, *box)
    return map_item


def _label(layout, item_id: str, text: str, points: float, box, bold=False, colour=INK,
           valign=Qt.AlignmentFlag.AlignTop, halign=Qt.AlignmentFlag.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    if hasattr(label, "setTextFormat"):  # 3.24+
        label.setTextFormat(_format(points, bold, colour))
    else:
        label.setFont(_font(points, bold))
        label.setFontColor(colour)
    label.setVAlign(valign)
    label.setHAlign(halign)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    _place(label, *box)
    return label


def build(paper: str, orientation: str) -> QgsPrintLayout:
    from dego_plugin.compositions import layout as ids

    width, height = PAPERS[paper]
    if orientation == "portrait":
        width, height = height, width
    k = 1.0 if paper == "A4" else 1.3  # text grows with the paper, a little less than the paper does
    margin = 10.0 * k
    gap = 5.0 * k

    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"DEGO {paper} {orientation}")
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))

    # Title band: title, subtitle, and room for the municipality's logo on the right.
    title_h, subtitle_h = 10.0 * k, 7.0 * k
    logo_w = 40.0 * k
    band_w = width - 2 * margin - logo_w - gap
    # A portrait band is narrow: at the landscape size a title like "Energiearmoede: energielabel en inkomen"
    # wrapped on A4, and its second line hid under the subtitle.
    title_points = (20.0 if orientation == "landscape" else 16.0) * k
    _label(layout, ids.ITEM_TITLE, "Titel", title_points, (margin, margin, band_w, title_h), bold=True)
    _label(layout, ids.ITEM_SUBTITLE, "Gemeente", 13 * k, (margin, margin + title_h + 1.5 * k, band_w, subtitle_h),
           colour=GREY)
    logo = QgsLayoutItemPicture(layout)
    logo.setId(ids.ITEM_LOGO)
    logo.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    logo.setPictureAnchor(QgsLayoutItemPicture.ReferencePoint.UpperRight if hasattr(
        QgsLayoutItemPicture, "ReferencePoint") else 2)
    layout.addLayoutItem(logo)
    _place(logo, width - margin - logo_w, margin, logo_w, title_h + subtitle_h + 1.5 * k)

    top = margin + title_h + subtitle_h + 1.5 * k + gap
    # The column holds the longest legend labels (a Wat-kaart's "Individueel hybride / hernieuwbaar gas (12)").
    if orientation == "landscape":
        side_w = 100.0 * k if paper == "A3" else 82.0
    else:
        side_w = 75.0 * k
    map_box = (margin, top, width - 2 * margin - side_w - gap, height - top - margin)
    panel = (width - margin - side_w, top, side_w, height - top - margin)

    map_item = _map(layout, map_box)

    # The clip shape (the municipality in layout coordinates) is added by the plugin per municipality.

    px, py, pw, ph = panel
    small = 7.0 * k
    line = small * 0.3528 * 1.45  # mm per line of small text
    # Bottom-up in the panel: disclaimer, attribution (two lines: the background map's title, source and licence),
    # dates, sources (up to four lines), scale bar + north.
    legend_box = (px, py, pw, ph - 4 * line - 2 * line - 2 * line - 2 * line - 20 * k - 4 * gap)
    info_x, info_w = px, pw
    y = py + ph - 2 * line
    _label(layout, ids.ITEM_DISCLAIMER, "Disclaimer", small * 0.9, (info_x, y, info_w, 2 * line), colour=GREY)
    y -= 2 * line + 1
    _label(layout, ids.ITEM_ATTRIBUTION, "© Kadaster", small, (info_x, y, info_w, 2 * line), colour=GREY)
    y -= 2 * line + 1
    _label(layout, ids.ITEM_DATES, "Datum data / kaartdatum", small, (info_x, y, info_w, 2 * line))
    y -= 4 * line + 1
    _label(layout, ids.ITEM_SOURCES, "Bron:", small, (info_x, y, info_w, 4 * line))
    y -= gap + 14 * k

    north = QgsLayoutItemPicture(layout)
    north.setId(ids.ITEM_NORTH)
    north.setPicturePath(next(str(Path(folder) / "arrows" / "NorthArrow_02.svg") for folder in QgsApplication.svgPaths()
                              if (Path(folder) / "arrows" / "NorthArrow_02.svg").exists()))
    north.setLinkedMap(map_item)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    layout.addLayoutItem(north)
    _place(north, info_x + info_w - 10 * k, y, 10 * k, 14 * k)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId(ids.ITEM_SCALEBAR)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    # Fit width keeps the bar right in a layout made from this template by hand; the plugin replaces QGIS's
    # odd "pretty" steps (0.9 km) with 1-2-5 steps for the map's scale (compositions/scale_bar.py).
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(30 * k)
    scalebar.setMaximumBarWidth(info_w - 16 * k)
    scalebar.setHeight(1.6 * k)
    scalebar.setTextFormat(_format(small))
    labels = QgsBasicNumericFormat()
    labels.setShowThousandsSeparator(False)  # "1000 m": in Dutch "1.000" and "1,000" are both misread
    scalebar.setNumericFormat(labels)
    layout.addLayoutItem(scalebar)
    _place(scalebar, info_x, y + 4 * k, info_w - 16 * k, 10 * k)

    legend = QgsLayoutItemLegend(layout)
    legend.setId(ids.ITEM_LEGEND)
    legend.setTitle("Legenda")
    legend.setLinkedMap(map_item)
    legend.setResizeToContents(False)
    legend.setFrameEnabled(False)
    legend.setBackgroundEnabled(False)
    legend.setSymbolWidth(7 * k)
    legend.setSymbolHeight(4.5 * k)
    legend.setWrapString("|")
    for style, points, bold in ((QgsLegendStyle.Style.Title, 12 * k, True), (QgsLegendStyle.Style.Group, 10 * k, True),
                                (QgsLegendStyle.Style.Subgroup, 9.5 * k, True),
                                (QgsLegendStyle.Style.SymbolLabel, 8.5 * k, False)):
        legend.setStyleFont(style, _font(points, bold))
    legend.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Top, 3 * k)
    legend.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Bottom, 1.5 * k)
    legend.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, 1.2 * k)
    legend.setBoxSpace(0)
    layout.addLayoutItem(legend)
    _place(legend, *legend_box)
    return layout


def _north(layout, map_item, box) -> None:
    north = QgsLayoutItemPicture(layout)
    north.setId("dego-north")
    north.setPicturePath(next(str(Path(folder) / "arrows" / "NorthArrow_02.svg") for folder in QgsApplication.svgPaths()
                              if (Path(folder) / "arrows" / "NorthArrow_02.svg").exists()))
    north.setLinkedMap(map_item)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    layout.addLayoutItem(north)
    _place(north, *box)


def _scalebar(layout, map_item, box, points: float) -> None:
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("dego-scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegments(3)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(20)
    scalebar.setMaximumBarWidth(box[2] - 8)  # room for the last label
    scalebar.setHeight(1.5)
    scalebar.setTextFormat(_format(points))
    labels = QgsBasicNumericFormat()
    labels.setShowThousandsSeparator(False)
    scalebar.setNumericFormat(labels)
    layout.addLayoutItem(scalebar)
    _place(scalebar, *box)


def _table(layout, item_id: str, box) -> None:
    """A manual table (QGIS layout table) in one frame; the plugin fills its headers and cells."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    table.setContentTextFormat(_format(8))
    table.setHeaderTextFormat(_format(8, bold=True))
    table.setHeaderHAlignment(QgsLayoutItemManualTable.HeaderHAlignment.FollowColumn)
    table.setCellMargin(0.9)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor(190, 190, 190))
    table.setVerticalGrid(False)
    table.setWrapBehavior(QgsLayoutItemManualTable.WrapBehavior.WrapText)
    table.setResizeMode(QgsLayoutItemManualTable.ResizeMode.UseExistingFrames)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    table.addFrame(frame)
    _place(frame, *box)


def build_profile() -> QgsPrintLayout:
    """The buurtprofiel: A4 upright, 10 mm margins."""
    from dego_plugin.compositions import buurtprofiel_layout as profile
    from dego_plugin.compositions import layout as ids

    width, height, margin, gap = 210.0, 297.0, 10.0, 4.0
    inner = width - 2 * margin
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName("DEGO buurtprofiel A4 portrait")
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))

    logo_w = 40.0
    _label(layout, ids.ITEM_TITLE, "Buurtprofiel", 18, (margin, margin, inner - logo_w - gap, 9), bold=True)
    _label(layout, ids.ITEM_SUBTITLE, "Gemeente", 11, (margin, margin + 10, inner - logo_w - gap, 6), colour=GREY)
    logo = QgsLayoutItemPicture(layout)
    logo.setId(ids.ITEM_LOGO)
    logo.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(logo)
    _place(logo, width - margin - logo_w, margin, logo_w, 16)

    map_top, map_h = margin + 19, 104.0
    map_item = _map(layout, (margin, map_top, inner, map_h))

    # Under the map: the energy labels in a row, scale bar and north arrow on the right.
    row_top = map_top + map_h + 2
    legend = QgsLayoutItemLegend(layout)
    legend.setId(ids.ITEM_LEGEND)
    legend.setTitle("Energielabel")
    legend.setLinkedMap(map_item)
    legend.setResizeToContents(False)
    legend.setFrameEnabled(False)
    legend.setBackgroundEnabled(False)
    legend.setColumnCount(8)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)  # "A" … "G" narrow, "Onbekend" as wide as it needs
    legend.setSymbolWidth(5)
    legend.setSymbolHeight(3.5)
    legend.setColumnSpace(4)
    legend.setWrapString("|")
    for style, points, bold in ((QgsLegendStyle.Style.Title, 8, True), (QgsLegendStyle.Style.SymbolLabel, 7.5, False)):
        legend.setStyleFont(style, _font(points, bold))
    legend.rstyle(QgsLegendStyle.Style.Title).setMargin(QgsLegendStyle.Side.Bottom, 1.5)
    legend.setBoxSpace(0)
    layout.addLayoutItem(legend)
    _place(legend, margin, row_top, 140, 12)
    _scalebar(layout, map_item, (margin + 144, row_top + 1, 34, 9), 6.5)
    _north(layout, map_item, (width - margin - 7, row_top, 7, 10))

    table_top = row_top + 15
    half = (inner - gap) / 2
    _table(layout, profile.ITEM_BUILDINGS, (margin, table_top, half, 78))
    _table(layout, profile.ITEM_LABELS, (margin + half + gap, table_top, half, 78))

    plan_top = table_top + 80
    _label(layout, profile.ITEM_PLAN_TITLE, "Plan van de gemeente", 10, (margin, plan_top, inner, 5), bold=True)
    _label(layout, profile.ITEM_PLAN, "Warmtealternatief, periode, toelichting", 8.5, (margin, plan_top + 6, inner, 22))

    foot = height - margin - 27
    _label(layout, profile.ITEM_FOOTNOTE, "– niet getoond", 6.5, (margin, foot - 3, inner, 11), colour=GREY)
    _label(layout, ids.ITEM_SOURCES, "Bron:", 6.5, (margin, foot + 9, inner * 0.62, 12))
    _label(layout, ids.ITEM_DATES, "Datum data / kaartdatum", 6.5, (margin + inner * 0.64, foot + 9, inner * 0.36, 6),
           halign=Qt.AlignmentFlag.AlignRight)
    _label(layout, ids.ITEM_ATTRIBUTION, "© Kadaster", 6.5, (margin + inner * 0.64, foot + 15, inner * 0.36, 6),
           colour=GREY, halign=Qt.AlignmentFlag.AlignRight)
    _label(layout, ids.ITEM_DISCLAIMER, "Disclaimer", 6, (margin, foot + 22, inner, 4), colour=GREY)
    return layout


def write(layout: QgsPrintLayout, path: Path) -> None:
    document = QDomDocument()
    layout.saveAsTemplate(str(path), QgsReadWriteContext())
    # Re-indent for readable diffs; saveAsTemplate writes one attribute soup per line already.
    document.setContent(path.read_text(encoding="utf-8"))
    path.write_text(document.toString(1), encoding="utf-8")


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    OUT.mkdir(parents=True, exist_ok=True)
    for paper in PAPERS:
        for orientation in ("landscape", "portrait"):
            path = OUT / f"{paper}-{orientation}.qpt"
            write(build(paper, orientation), path)
            print(f"written: {path}")
    path = OUT / "buurtprofiel-A4-portrait.qpt"
    write(build_profile(), path)
    print(f"written: {path}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
