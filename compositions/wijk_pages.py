"""Per-wijk pages: a map's overview page of the municipality followed by one page per wijk (a QGIS atlas).

The wijken are the catalogue's first vector entry of level "wijk" (the reference service's `wijken`, PDOK's
CBS wijken in the bundled catalogue), made into a print layer like every map layer and so filtered to the
municipality. A second layout per preset, built from the same template, carries the atlas over that layer: its
map follows each wijk (atlas-driven, with a margin), is clipped to the wijk's shape (atlas clipping) and draws
the wijk borders on top; the subtitle names the wijk. With the orientation "auto" each wijk gets the page shape it
fills best: one atlas layout per orientation, each filtered to the wijken whose proportions it suits. The export
(compositions/export.py) writes the overview page and then these atlas pages, in wijk order, into the preset's PDF;
the overview layout names its wijk layouts in WIJK_PAGES_PROPERTY. Everything here runs on the GUI thread and needs
no network.
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from qgis.core import (
    QgsFeatureRequest,
    QgsLayerTreeUtils,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapAtlasClippingSettings,
    QgsMapClippingRegion,
    QgsMapLayer,
    QgsPrintLayout,
    QgsVectorLayer,
)

from ..i18n import tr
from ..model.catalogue import Catalogue, LayerEntry
from ..model.municipality import Municipality
from ..model.presets import AUTO_ORIENTATION, Preset
from .layout import ITEM_CLIP, ITEM_LEGEND, ITEM_MAP, ITEM_SUBTITLE, LayoutError
from .page_shape import best_orientation, landscape_from

WIJK_LEVEL = "wijk"
WIJK_NAME_ATTRIBUTE = "wijknaam"  # CBS's name field, in the reference data and in PDOK's wijken alike
WIJK_CODE_ATTRIBUTE = "wijkcode"
WIJK_PAGES_PROPERTY = "dego/wijk_pages"  # on an overview layout: the names of its per-wijk layouts
WIJK_MARGIN = 0.08  # room around the wijk inside the map frame
IN_WIJK_EXPRESSION = "intersects(point_on_surface($geometry), @atlas_geometry)"


def wijk_entry(catalogue: Catalogue) -> Optional[LayerEntry]:
    """The catalogue's wijken layer: the first WFS / OGC API Features entry of level "wijk"."""
    return next((e for e in catalogue.layers if e.level == WIJK_LEVEL and e.service.type.is_vector), None)


def wijk_layout_name(overview_name: str, orientation: str = "") -> str:
    """The name "… (per wijk)"; with an orientation (when the wijken take two) "… (per wijk, staand)" or liggend."""
    if not orientation:
        return tr("{0} (per wijk)").format(overview_name)
    shape = tr("portrait") if orientation == "portrait" else tr("landscape")
    return tr("{0} (per wijk, {1})").format(overview_name, shape)


def wijk_layout_names(overview: QgsPrintLayout) -> List[str]:
    """The names of the overview's per-wijk layouts (one name in projects made before the orientation was chosen
    per wijk)."""
    value = overview.customProperty(WIJK_PAGES_PROPERTY, [])
    return [value] if isinstance(value, str) and value else [str(v) for v in value or [] if v]


def wijk_orientations(wijken: QgsMapLayer, orientation: str, paper: str) -> List[Tuple[str, str]]:
    """[(page orientation, atlas filter expression)]: one entry for a fixed orientation (no filter); for "auto" one
    per orientation the wijken take, each filtered to its wijken by their proportions (no filter when all take the
    same)."""
    if orientation != AUTO_ORIENTATION or not isinstance(wijken, QgsVectorLayer):
        return [(orientation if orientation != AUTO_ORIENTATION else "landscape", "")]
    taken = set()
    for feature in wijken.getFeatures(QgsFeatureRequest().setNoAttributes()):  # read by print_layers' task
        box = feature.geometry().boundingBox()
        taken.add(best_orientation(box.width(), box.height(), paper))
    if len(taken) < 2:
        return [(taken.pop() if taken else "landscape", "")]
    wide = f"bounds_width($geometry) >= {landscape_from(paper)!r} * bounds_height($geometry)"
    return [("landscape", wide), ("portrait", f"NOT ({wide})")]


def make_wijk_atlas(layout: QgsPrintLayout, preset: Preset, municipality: Municipality, wijken: QgsMapLayer,
                    only: str = "") -> None:
    """Turn `layout` (a fresh build_layout result for `preset`) into the per-wijk atlas over `wijken`; `only`: an
    expression that picks the wijken this layout's pages show."""
    if not isinstance(wijken, QgsVectorLayer) or wijken.fields().indexOf(WIJK_NAME_ATTRIBUTE) < 0:
        raise LayoutError(tr("the wijken layer has no field “{0}”").format(WIJK_NAME_ATTRIBUTE))
    map_item = layout.itemById(ITEM_MAP)
    if not isinstance(map_item, QgsLayoutItemMap):
        raise LayoutError(tr("the layout template has no item “{0}”").format(ITEM_MAP))
    # The municipality's clip polygon is drawn for the overview's extent; each wijk page clips to its wijk.
    map_item.itemClippingSettings().setEnabled(False)
    map_item.setFrameEnabled(False)  # the overview's frame is clipped away with the map; a wijk page matches it
    clip = layout.itemById(ITEM_CLIP)
    if clip is not None:
        layout.removeLayoutItem(clip)
    map_item.setLayers([wijken] + [layer for layer in map_item.layers() if layer is not wijken])

    atlas = layout.atlas()
    atlas.setCoverageLayer(wijken)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression(f'"{WIJK_NAME_ATTRIBUTE}"')
    code_field = WIJK_CODE_ATTRIBUTE if wijken.fields().indexOf(WIJK_CODE_ATTRIBUTE) >= 0 else WIJK_NAME_ATTRIBUTE
    atlas.setSortFeatures(True)
    atlas.setSortExpression(f'"{code_field}"')
    atlas.setFilterFeatures(bool(only))
    atlas.setFilterExpression(only)
    atlas.setEnabled(True)

    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    map_item.setAtlasMargin(WIJK_MARGIN)
    clipping: QgsLayoutItemMapAtlasClippingSettings = map_item.atlasClippingSettings()
    clipping.setEnabled(True)
    clipping.setFeatureClippingType(QgsMapClippingRegion.FeatureClippingType.ClipPainterOnly)
    clipping.setForceLabelsInsideFeature(False)  # as for the municipality: forced labels buffer the clip shape

    # The legend lists what lies in the page's wijk, not what the margin shows of its neighbours. QGIS's "only
    # inside the atlas feature" counts a buurt that touches the wijk's border, so each layer's legend is also
    # filtered to features whose inner point lies in the wijk.
    legend = layout.itemById(ITEM_LEGEND)
    if isinstance(legend, QgsLayoutItemLegend):
        legend.setLegendFilterOutAtlas(True)
        for node in legend.model().rootGroup().findLayers():
            if isinstance(node.layer(), QgsVectorLayer):
                QgsLayerTreeUtils.setLegendFilterByExpression(node, IN_WIJK_EXPRESSION)

    # An expression, so every page names its own wijk (and the designer's atlas preview does too), before the
    # overview's subtitle (literal already: build_layout).
    subtitle = layout.itemById(ITEM_SUBTITLE)
    if isinstance(subtitle, QgsLayoutItemLabel):
        name = f"[% attribute(@atlas_feature, '{WIJK_NAME_ATTRIBUTE}') %]"
        subtitle.setText(tr("{0} – {1}").format(name, subtitle.text()))
        subtitle.setVisibility(True)
