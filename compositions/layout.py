"""Preset + municipality + print layers → a QgsPrintLayout in the project, from a template in resources/layouts.

The template (tools/build_layout_templates.py; with "auto" the orientation the municipality fills best,
compositions/page_shape.py) places the items; this module fills them by id: title, subtitle with the municipality's
name, the map on the municipality (its extent, the buurt and wijk names over its layers in the preset's order over the
background map, clipped to the municipality's shape by layout item clipping, the outside left blank by the project's
mask drawn white), the legend filtered to what the map
shows (with counts where the preset asks, compositions/legend_content.py), source lines, data and print date, the
background map's attribution, the logo (a setting) and the disclaimer; the plugin's own texts in the map's language
(compositions/map_texts.py). Everything runs on the GUI thread and needs no network: the layers exist already.

The plugin marks its layouts with COMPOSITION_PROPERTY: re-running replaces them, never a user's layout.
"""
from __future__ import annotations

import os
from typing import List, Mapping, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemPolygon,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapClippingRegion,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPointF
from qgis.PyQt.QtGui import QColor, QFont, QPolygonF

from ..i18n import MapTexts, tr
from ..layers.clip import white_mask_style
from ..model.catalogue import Catalogue
from ..model.municipality import Municipality
from ..model.presets import Preset
from ..toolbelt.geometry import boundary_extent
from ..toolbelt.outside_text import layout_text, legend_name
from ..toolbelt.qgis_names import LAYOUT_MILLIMETERS, text_points
from ..toolbelt.xml import parsed_xml
from . import map_texts
from .legend_content import COUNTS_PROPERTY, MAP_LANGUAGE_PROPERTY
from .page_shape import page_orientation, template_path
from .raster_legend import LEGEND_TITLE_PROPERTY, legend_graphic, print_size_mm, show_graphic_only, show_no_legend
from .scale_bar import keep_fitted

ITEM_TITLE, ITEM_SUBTITLE, ITEM_MAP, ITEM_LEGEND = "dego-title", "dego-subtitle", "dego-map", "dego-legend"
ITEM_SCALEBAR, ITEM_NORTH, ITEM_LOGO, ITEM_CLIP = "dego-scalebar", "dego-north", "dego-logo", "dego-clip"
ITEM_SOURCES, ITEM_DATES, ITEM_ATTRIBUTION = "dego-sources", "dego-dates", "dego-attribution"
ITEM_DISCLAIMER = "dego-disclaimer"
ITEM_INTERNAL = "dego-internal-use"  # the footer's mark on a map of energy use per pand
COMPOSITION_PROPERTY = "dego/composition"  # on the plugin's layouts: the preset id
MUNICIPALITY_PROPERTY = "dego/composition_municipality"  # the municipality code it was made for
MAP_MARGIN = 0.04  # room around the municipality inside the map frame
BRIDGE_WIDTH_M, BRIDGE_OVERLAP_M = 1.0, 5.0  # between the parts of a municipality in its clip ring (clip_ring)


class LayoutError(Exception):
    """The layout could not be made; the text is for the user."""


def layout_name(preset: Preset, municipality: Municipality) -> str:
    return f"{preset.title} – {municipality.name}"


def build_layout(project: QgsProject, preset: Preset, catalogue: Catalogue, municipality: Municipality,
                 layers: Sequence[QgsMapLayer], background: Optional[QgsMapLayer] = None,
                 paper: str = "", orientation: str = "", logo: str = "", outline: Optional[QgsMapLayer] = None,
                 name: str = "", names: Sequence[QgsMapLayer] = (), mask: Optional[QgsMapLayer] = None,
                 titles: Optional[Mapping[str, str]] = None) -> QgsPrintLayout:
    """A layout for `preset` on `municipality` (not yet in the project). `layers` are the preset's map layers,
    top first; `outline` the municipal border drawn above them; `mask` the project's mask, drawn in white over
    everything outside the border (what the clip shape lets through beyond it); `names` the buurt and wijk names
    (labels only); `background` the bottom layer; `titles` a layer's name in the legend by layer id, where the
    preset gives one (print_layers.legend_titles). `orientation` "auto" (or the preset's "auto"): the one the
    municipality fills best."""
    layout = QgsPrintLayout(project)
    paper = paper or preset.paper
    box = _padded(municipality)
    path = template_path(paper, page_orientation(orientation or preset.orientation, paper, box.width(), box.height()))
    load_template(layout, path)
    layout.setName(name or layout_name(preset, municipality))
    layout.setCustomProperty(COMPOSITION_PROPERTY, preset.id)
    layout.setCustomProperty(MUNICIPALITY_PROPERTY, municipality.code)
    texts = map_texts.texts_for(catalogue)
    layout.setCustomProperty(MAP_LANGUAGE_PROPERTY, texts.language)

    map_item = _item(layout, ITEM_MAP, QgsLayoutItemMap)
    map_layers = [layer for layer in (outline, mask) if layer is not None] + list(names) + list(layers) + (
        [background] if background else [])
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    map_item.setLayers(map_layers)
    map_item.setKeepLayerSet(True)
    if isinstance(mask, QgsVectorLayer):
        map_item.setLayerStyleOverrides({mask.id(): white_mask_style(mask)})
        map_item.setKeepLayerStyles(True)
    map_item.setExtent(_fitted(box, map_item.rect().width(), map_item.rect().height()))
    keep_fitted(layout)  # scale bar in 1-2-5 steps, also after the designer or an atlas moves the map
    if isinstance(mask, QgsVectorLayer) and _parts(municipality) > 1:
        # One clip shape cannot hold an island without a seam to it that lets a line of the background through;
        # the white mask alone leaves the outside blank. The frame would be a rectangle: none, as for one part.
        map_item.setFrameEnabled(False)
    else:
        _clip_to(layout, map_item, municipality)

    # Catalogue and boundary texts print literally (toolbelt.outside_text.layout_text): labels evaluate [% … %].
    _set_text(layout, ITEM_TITLE, layout_text(preset.title))
    _set_text(layout, ITEM_SUBTITLE, map_texts.subtitle(texts, preset, municipality))
    _set_text(layout, ITEM_SOURCES, map_texts.source_lines(texts, preset, catalogue, municipality))
    _set_text(layout, ITEM_DATES, map_texts.dates_text(texts, preset.data_date(catalogue)))
    _set_text(layout, ITEM_ATTRIBUTION,
              map_texts.attribution_text(texts, catalogue.entry(preset.background)) if background else "")
    _set_text(layout, ITEM_DISCLAIMER, map_texts.disclaimer(texts, preset))
    if preset.internal_use:
        _internal_use(layout, map_item, texts)
    _logo(layout, logo)
    # no layout.refresh(): it crashes 3.22 on a layout not yet added
    _legend(layout, map_item, preset, layers, texts, titles or {})
    return layout


def load_template(layout: QgsPrintLayout, path) -> None:
    """The items of the template at `path` (resources/layouts) into `layout`; LayoutError when it cannot be read."""
    try:
        document = parsed_xml(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise LayoutError(tr("the layout template {0} could not be read: {1}").format(path.name, error)) from None
    if document is None:
        raise LayoutError(tr("the layout template {0} is not valid").format(path.name))
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise LayoutError(tr("the layout template {0} is not valid").format(path.name))


def add_layout(project: QgsProject, layout: QgsPrintLayout) -> QgsPrintLayout:
    """Add to the project, replacing the plugin's own layout of the same name; a user's layout of that name is
    kept and ours gets a number."""
    manager = project.layoutManager()
    existing = manager.layoutByName(layout.name())
    if existing is not None and is_plugin_layout(existing):
        manager.removeLayout(existing)
    base, number = layout.name(), 2
    while manager.layoutByName(layout.name()) is not None:
        layout.setName(f"{base} ({number})")
        number += 1
    manager.addLayout(layout)
    return layout


def is_plugin_layout(layout) -> bool:
    return bool(layout.customProperty(COMPOSITION_PROPERTY, ""))


# ---------------------------------------------------------------------------------------------- items

def _item(layout: QgsPrintLayout, item_id: str, kind):
    item = layout.itemById(item_id)
    if not isinstance(item, kind):
        raise LayoutError(tr("the layout template has no item “{0}”").format(item_id))
    return item


def _set_text(layout: QgsPrintLayout, item_id: str, text: str) -> None:
    label = layout.itemById(item_id)
    if isinstance(label, QgsLayoutItemLabel):
        label.setText(text)
        label.setVisibility(bool(text))


def _internal_use(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, texts: MapTexts) -> None:
    """The footer's mark on a map showing energy use per pand: bold, dark red, in the margin under the map."""
    label = QgsLayoutItemLabel(layout)
    label.setId(ITEM_INTERNAL)
    label.setText(map_texts.internal_use_mark(texts))
    font, colour = QFont(), QColor(160, 20, 20)
    font.setBold(True)
    font.setPointSizeF(8.0)
    if hasattr(label, "setTextFormat"):  # 3.24+; setFont is deprecated there
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setColor(colour)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
        label.setFontColor(colour)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    box = map_item.sceneBoundingRect()
    label.attemptMove(QgsLayoutPoint(box.left(), box.bottom() + 1.5, LAYOUT_MILLIMETERS))
    label.attemptResize(QgsLayoutSize(box.width(), 5.0, LAYOUT_MILLIMETERS))


def _logo(layout: QgsPrintLayout, logo: str) -> None:
    picture = layout.itemById(ITEM_LOGO)
    if not isinstance(picture, QgsLayoutItemPicture):
        return
    usable = bool(logo) and os.path.isfile(logo)
    if usable:
        picture.setPicturePath(logo)
    picture.setVisibility(usable)


def _padded(municipality: Municipality) -> QgsRectangle:
    box = boundary_extent(municipality)
    box.grow(max(box.width(), box.height()) * MAP_MARGIN)
    return box


def _fitted(box: QgsRectangle, width: float, height: float) -> QgsRectangle:
    """`box` grown to the map frame's proportions (setExtent would stretch it; the template's empty extent
    makes zoomToExtent compute NaN)."""
    ratio = width / height if height else 1.0
    centre = box.center()
    w, h = box.width(), box.height()
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    return QgsRectangle(centre.x() - w / 2, centre.y() - h / 2, centre.x() + w / 2, centre.y() + h / 2)


def _clip_to(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, municipality: Municipality) -> None:
    """Layout item clipping: a polygon item (invisible) around the municipality in layout coordinates (clip_ring:
    one valid ring; the print mask, where there is one, paints over what its filled holes let through)."""
    extent = map_item.extent()
    rect = map_item.sceneBoundingRect()

    def to_layout(x: float, y: float) -> QPointF:
        return QPointF(rect.left() + (x - extent.xMinimum()) / extent.width() * rect.width(),
                       rect.top() + (extent.yMaximum() - y) / extent.height() * rect.height())

    polygon = QPolygonF([to_layout(x, y) for x, y in clip_ring(municipality.boundary())])
    # The map's frame follows the clip shape, its bridges too (a line from the mainland to an island): only a
    # municipality of one part keeps it. The municipal border layer draws the border either way.
    if _parts(municipality) > 1:
        map_item.setFrameEnabled(False)
    old = layout.itemById(ITEM_CLIP)
    if old is not None:
        layout.removeLayoutItem(old)
    clip = QgsLayoutItemPolygon(polygon, layout)
    clip.setId(ITEM_CLIP)
    clip.setSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_style": "no"}))
    layout.addLayoutItem(clip)
    settings = map_item.itemClippingSettings()
    settings.setEnabled(True)
    settings.setSourceItem(clip)
    settings.setFeatureClippingType(QgsMapClippingRegion.FeatureClippingType.ClipPainterOnly)
    settings.setForceLabelsInsideClipPath(False)  # a name may cross the border


def _parts(municipality: Municipality) -> int:
    boundary = municipality.boundary()
    return len(getattr(boundary, "geoms", [boundary]))


def clip_ring(geometry) -> List[tuple]:
    """One valid ring around every part of a (Multi)Polygon, as a layout polygon item holds: the outlines of the
    parts joined by bridges 1 m wide (each part to the nearest of those joined before), holes filled. QGIS clips the
    labels with it, which fails on an invalid ring (an island's names went missing). A municipality of several parts
    is only clipped so when there is no print mask to leave the outside blank (build_layout)."""
    from shapely.geometry import LineString, Polygon
    from shapely.ops import nearest_points, unary_union

    parts = sorted((Polygon(p.exterior) for p in getattr(geometry, "geoms", [geometry])), key=lambda p: -p.area)
    joined, rest = parts[0], parts[1:]
    while rest:
        part = min(rest, key=joined.distance)
        rest.remove(part)
        a, b = nearest_points(joined, part)
        length = a.distance(b) or 1.0
        dx, dy = (b.x - a.x) / length * BRIDGE_OVERLAP_M, (b.y - a.y) / length * BRIDGE_OVERLAP_M
        bridge = LineString([(a.x - dx, a.y - dy), (b.x + dx, b.y + dy)]).buffer(BRIDGE_WIDTH_M / 2, cap_style=2)
        joined = unary_union([joined, part, bridge])
    if not isinstance(joined, Polygon):  # the bridges did not hold: the hull surely does
        joined = joined.convex_hull
    return list(joined.exterior.coords)


def _legend(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, preset: Preset, layers: Sequence[QgsMapLayer],
            texts: MapTexts, titles: Mapping[str, str]) -> None:
    """Only the preset's map layers (not the background or the border), and only classes the map shows. A
    WMS/WMTS layer is listed with the legend graphic fetched with its print layer (compositions/raster_legend.py),
    never with QGIS's own WMS legend node, which fetches while drawing: the export draws in a worker thread,
    where that fetch crashed. Without a graphic the legend names the layer and says the server gave no legend."""
    legend = _item(layout, ITEM_LEGEND, QgsLayoutItemLegend)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    graphics = []
    for layer in layers:
        node = root.addLayer(layer)
        title = legend_name(titles[layer.id()]) if layer.id() in titles else layer.name()  # the name is literal
        if title != layer.name():  # already (layers/style.py)
            node.setCustomProperty(LEGEND_TITLE_PROPERTY, title)
        if not isinstance(layer, QgsRasterLayer):
            continue
        graphic = legend_graphic(layer)
        if graphic is not None and show_graphic_only(legend.model(), node):
            graphics.append(graphic)
        else:  # on a line of its own: the legend's width is the template's
            show_no_legend(node, title + "\n" + map_texts.no_legend_text(texts))
    if graphics:  # one box for all of a legend's graphics (each is fitted in, keeping its shape): the largest
        label_pt = text_points(legend.style(QgsLegendStyle.Style.SymbolLabel))
        sizes = [print_size_mm(graphic, label_pt) for graphic in graphics]
        width, height = max(w for w, _ in sizes), max(h for _, h in sizes)
        # Never wider than the legend frame, nor taller than most of it (the template leaves that room).
        fit = min(1.0, (legend.rect().width() - 2 * legend.boxSpace()) / width, 0.8 * legend.rect().height() / height)
        legend.setWmsLegendWidth(width * fit)
        legend.setWmsLegendHeight(height * fit)
    legend.setTitle(map_texts.legend_title(texts, preset))
    legend.setColumnCount(preset.legend_columns)
    legend.setCustomProperty(COUNTS_PROPERTY, preset.legend_counts)  # the export counts (legend_content.py)
    legend.setLegendFilterByMapEnabled(True)
    if len(root.children()) == 1:  # one layer: its name is the legend's heading, not a second line under "Legenda"
        QgsLegendRenderer.setNodeLegendStyle(root.children()[0], QgsLegendStyle.Style.Subgroup)
    legend.updateLegend()
