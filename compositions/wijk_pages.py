"""Per-wijk pages: a map's overview page of the municipality followed by one page per wijk (a QGIS atlas).

The wijken are the catalogue's first vector entry of level "wijk" (the reference service's `wijken`, PDOK's
CBS wijken in the bundled catalogue), made into a print layer like every map layer and so filtered to the
municipality. A second layout per preset, built from the same template, carries the atlas over that layer: its
map follows each wijk (atlas-driven, with a margin), is clipped to the wijk's shape (atlas clipping) and draws
the wijk borders on top; the subtitle names the wijk. The export (compositions/export.py) writes the overview
page and then these atlas pages into the preset's PDF; the overview layout names its wijk layout in
WIJK_PAGES_PROPERTY. Everything here runs on the GUI thread and needs no network.
"""
from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsLayerTreeUtils,
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
from ..model.presets import Preset
from ..toolbelt.outside_text import layout_text
from .layout import ITEM_CLIP, ITEM_LEGEND, ITEM_MAP, ITEM_SUBTITLE, LayoutError

WIJK_LEVEL = "wijk"
WIJK_NAME_ATTRIBUTE = "wijknaam"  # CBS's name field, in the reference data and in PDOK's wijken alike
WIJK_CODE_ATTRIBUTE = "wijkcode"
WIJK_PAGES_PROPERTY = "dego/wijk_pages"  # on an overview layout: the name of its per-wijk layout
WIJK_MARGIN = 0.08  # room around the wijk inside the map frame
IN_WIJK_EXPRESSION = "intersects(point_on_surface($geometry), @atlas_geometry)"


def wijk_entry(catalogue: Catalogue) -> Optional[LayerEntry]:
    """The catalogue's wijken layer: the first WFS / OGC API Features entry of level "wijk"."""
    return next((e for e in catalogue.layers if e.level == WIJK_LEVEL and e.service.type.is_vector), None)


def wijk_layout_name(overview_name: str) -> str:
    return tr("{0} (per wijk)").format(overview_name)


def make_wijk_atlas(layout: QgsPrintLayout, preset: Preset, municipality: Municipality, wijken: QgsMapLayer) -> None:
    """Turn `layout` (a fresh build_layout result for `preset`) into the per-wijk atlas over `wijken`."""
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

    # An expression, so every page names its own wijk (and the designer's atlas preview does too).
    subtitle = layout.itemById(ITEM_SUBTITLE)
    if subtitle is not None:
        name = f"[% attribute(@atlas_feature, '{WIJK_NAME_ATTRIBUTE}') %]"
        subtitle.setText(tr("{0} – {1}").format(name, layout_text(preset.subtitle_for(municipality.name))))
        subtitle.setVisibility(True)
