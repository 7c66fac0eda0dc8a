"""Which legend classes a print legend lists: the ones its map draws, worked out by the export worker.

A plugin layout's legend is "filtered by map" (compositions/layout.py), so the designer shows only the classes
that occur in the municipality. QGIS computes that filter with a hit test the first time a layout is drawn and
keeps it while the map stays the same. The export worker, though, draws a fresh copy of each layout
(compositions/export.py), so it would pay that hit test on every export; in QGIS 3.22 it costs several times
the export itself. Instead the worker lists the classes itself (the renderer's legend keys of the features in
the map's extent, a single pass over the already cached features), writes them into the copy's legend as a
fixed node order and switches the copy's filter off. Like QGIS's own filter, the result is kept while the map
and the layer stay the same (a layer's source, filter and style are part of the key), so exporting the same
maps again costs no more than QGIS exporting them.

A legend marked COUNTS_PROPERTY (a preset's `legend.counts`) gets each class's number of features in the same pass,
then over every feature rather than until each class has been seen: "A (1.234)", digits grouped as in the map's
language (the layout's MAP_LANGUAGE_PROPERTY: "A (1,234)" in English). The print
layers are clipped to the municipality (by the server's filter, or QGIS's for a spatial one), so these are the
features of the municipality; nothing is downloaded again.

Thread use follows QGIS's render jobs: `snapshot_layers` runs on the GUI thread and takes a feature source, a
renderer clone and an expression scope of each layer; `fix_legends` runs in the worker on those and on the
worker's own layout copy. Atlas layouts (the per-wijk pages) keep QGIS's filter, without counts: their map changes
per page.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, Mapping, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContextScope,
    QgsExpressionContextUtils,
    QgsFeatureRenderer,
    QgsFeatureRequest,
    QgsFields,
    QgsLayerTreeModelLegendNode,
    QgsLayout,
    QgsLayoutItemLegend,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsRenderContext,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import Qt

from ..i18n import grouped
from ..toolbelt.feature_reads import downloads_in_background, reading
from ..toolbelt.log import debug

_RULE_KEY_ROLE = getattr(QgsLayerTreeModelLegendNode, "LegendNodeRoles", QgsLayerTreeModelLegendNode).RuleKeyRole
_CACHE_SIZE = 128
COUNTS_PROPERTY = "dego/legend_counts"  # on a legend item: list each class with its number of features
MAP_LANGUAGE_PROPERTY = "dego/map_language"  # on the plugin's layouts: the language their texts are in
Drawn = Tuple[FrozenSet[str], Mapping[str, int]]  # legend keys drawn, and per key its features (when counted)
_drawn: "OrderedDict[tuple, Drawn]" = OrderedDict()  # (layer state, map state, counted) → Drawn
_drawn_lock = threading.Lock()  # two exports may run at once, each in its own worker


@dataclass
class LayerSnapshot:
    """What the worker needs of one vector layer, taken on the GUI thread."""

    source: QgsVectorLayerFeatureSource
    renderer: QgsFeatureRenderer
    scope: QgsExpressionContextScope
    scale_range: tuple  # (minimum, maximum) scale denominators it shows at; 0 = no limit
    crs: QgsCoordinateReferenceSystem
    fields: QgsFields
    state: str  # what the legend keys depend on besides the map
    background: bool = False  # a WFS/OAPIF layer (toolbelt/feature_reads.py)


def snapshot_layers(layouts: Iterable[QgsPrintLayout]) -> Dict[str, LayerSnapshot]:
    """GUI thread: a snapshot of every vector layer listed in the layouts' map-filtered legends."""
    snapshots: Dict[str, LayerSnapshot] = {}
    for layout in layouts:
        for legend in _filtered_legends(layout):
            for node in legend.model().rootGroup().findLayers():
                layer = node.layer()
                if isinstance(layer, QgsVectorLayer) and layer.id() not in snapshots and layer.renderer():
                    snapshots[layer.id()] = LayerSnapshot(
                        QgsVectorLayerFeatureSource(layer), layer.renderer().clone(),
                        QgsExpressionContextUtils.layerScope(layer), _scale_range(layer),
                        QgsCoordinateReferenceSystem(layer.crs()),
                        QgsFields(layer.fields()),
                        "|".join((layer.id(), layer.source(), layer.subsetString(), layer.renderer().dump(),
                                  _file_state(layer))), downloads_in_background(layer))
    return snapshots


def fix_legends(layout: QgsLayout, snapshots: Dict[str, LayerSnapshot], is_cancelled=lambda: False) -> None:
    """Worker: each map-filtered legend of `layout` (the worker's copy) lists the classes its map draws, fixed.
    A legend with a vector layer that has no snapshot keeps QGIS's own filter, as does one whose legend nodes
    QGIS rebuilt while they were read (QGIS 3.40, about one run in ten of tests/test_compositions.py: "wrapped C/C++
    object of type QgsSymbolLegendNode has been deleted"); that map still prints, with QGIS's filtered legend."""
    for legend in _filtered_legends(layout):
        map_item = legend.linkedMap()
        nodes = legend.model().rootGroup().findLayers()
        vector_nodes = [node for node in nodes if isinstance(node.layer(), QgsVectorLayer)]
        if map_item is None or any(node.layerId() not in snapshots for node in vector_nodes):
            continue
        settings = map_item.mapSettings(map_item.extent(), map_item.rect().size(), 96.0, False)
        counting = bool(legend.customProperty(COUNTS_PROPERTY, False))
        drawn = {}
        for node in vector_nodes:
            if is_cancelled():
                return
            drawn[node.layerId()] = drawn_classes(snapshots[node.layerId()], settings, counting)
        try:
            _keep_drawn(legend, vector_nodes, drawn, counting)
        except RuntimeError as error:  # a legend node deleted under us: QGIS's own filter instead
            debug(f"legend of {map_item.displayName()}: {error}; QGIS's map filter kept")
            legend.setLegendFilterByMapEnabled(True)


def _keep_drawn(legend: QgsLayoutItemLegend, vector_nodes, drawn: Dict[str, Drawn], counting: bool) -> None:
    """The legend lists, of each vector layer, only the classes in `drawn` (layer id → legend keys), fixed; with
    `counting` each with its number of features. Each layer's legend nodes are read before anything changes."""
    legend.setLegendFilterByMapEnabled(False)
    language = str(legend.layout().customProperty(MAP_LANGUAGE_PROPERTY, "nl")) if counting else ""
    model = legend.model()
    for node in vector_nodes:
        keys, counts = drawn[node.layerId()]
        originals = [(item.data(_RULE_KEY_ROLE), item.data(Qt.ItemDataRole.DisplayRole))
                     for item in model.layerOriginalLegendNodes(node)]
        keep = [i for i, (rule_key, _) in enumerate(originals) if not rule_key or rule_key in keys]
        if not keep:  # nothing of this layer in the map: QGIS's filter leaves it out too
            node.parent().removeChildNode(node)
            continue
        if counting:
            for index in keep:
                rule_key, label = originals[index]
                if rule_key:
                    QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index,
                                                                  counted(label, counts.get(rule_key, 0), language))
        if len(keep) < len(originals) or counting:
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
            model.refreshLayerLegend(node)
    legend.updateLegend()


def counted(label: str, count: int, language: str) -> str:
    """ "A (1.234)": a legend label with its number, digits grouped as in `language`."""
    return f"{label} ({grouped(count, language)})"


def drawn_classes(snapshot: LayerSnapshot, settings, counting: bool) -> Drawn:
    """The renderer's legend keys of the layer's features inside the map extent and, when `counting`, the number of
    features per key (cached per layer, map and question)."""
    extent = settings.extent()
    key = (snapshot.state, settings.destinationCrs().authid(), round(settings.scale()),
           tuple(round(v, 1) for v in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())),
           counting)
    with _drawn_lock:
        if key in _drawn:
            _drawn.move_to_end(key)
            return _drawn[key]
    counts: Dict[str, int] = {}
    keys = frozenset(_scan(snapshot, settings, counts if counting else None)) \
        if _shows_at(snapshot.scale_range, settings.scale()) else frozenset()
    with _drawn_lock:
        _drawn[key] = (keys, counts)
        while len(_drawn) > _CACHE_SIZE:
            _drawn.popitem(last=False)
    return keys, counts


def _scan(snapshot: LayerSnapshot, settings, counts=None) -> set:
    context = QgsRenderContext.fromMapSettings(settings)
    context.expressionContext().appendScope(QgsExpressionContextScope(snapshot.scope))
    layer_crs = snapshot.crs
    extent = settings.extent()
    if layer_crs.isValid() and layer_crs != settings.destinationCrs():
        extent = QgsCoordinateTransform(settings.destinationCrs(), layer_crs,
                                        settings.transformContext()).transformBoundingBox(extent)
    renderer = snapshot.renderer.clone()  # startRender keeps state; a clone per scan stays thread-local
    fields = snapshot.fields
    renderer.startRender(context, fields)
    try:
        request = QgsFeatureRequest().setFilterRect(extent)
        request.setSubsetOfAttributes(renderer.usedAttributes(context), fields)
        all_keys = {item.ruleKey() for item in renderer.legendSymbolItems()}
        keys: set = set()
        with reading(snapshot.source, request, snapshot.background) as features:
            for feature in features:
                context.expressionContext().setFeature(feature)
                found = renderer.legendKeysForFeature(feature, context)
                keys |= found
                if counts is not None:
                    for rule_key in found:
                        counts[rule_key] = counts.get(rule_key, 0) + 1
                elif keys >= all_keys:  # every class drawn: the rest cannot add one
                    break
        return keys
    finally:
        renderer.stopRender(context)


def _file_state(layer: QgsVectorLayer) -> str:
    """When a local file's content changed (the plan a user edits between two exports): its and its SQLite
    write-ahead log's modification time and size ('' for a layer that is not a local file)."""
    path = layer.source().split("|", 1)[0] if layer.providerType() == "ogr" else ""
    stamps = []
    for name in (path, path + "-wal") if path else ():
        try:
            info = os.stat(name)
        except OSError:
            continue
        stamps.append(f"{info.st_mtime_ns}:{info.st_size}")
    return ",".join(stamps)


def _scale_range(layer: QgsVectorLayer) -> tuple:
    if not layer.hasScaleBasedVisibility():
        return (0.0, 0.0)
    return (layer.minimumScale(), layer.maximumScale())


def _shows_at(scale_range: tuple, scale: float) -> bool:
    """QgsMapLayer.isInScaleRange: `minimum` is the largest denominator it shows at (zoomed out furthest)."""
    minimum, maximum = scale_range
    return (not minimum or scale < minimum) and (not maximum or scale >= maximum)


def _filtered_legends(layout: QgsLayout) -> Sequence[QgsLayoutItemLegend]:
    if isinstance(layout, QgsPrintLayout) and layout.atlas().enabled():
        return []
    return [item for item in layout.items()
            if isinstance(item, QgsLayoutItemLegend) and item.legendFilterByMapEnabled()]


def clear_cache() -> None:
    with _drawn_lock:
        _drawn.clear()

