"""The plugin's own layers for print layouts, one per catalogue entry, in the project group "DEGO-kaarten" ("DEGO maps"
in an English QGIS).

The layouts do not use the layers the user works with: the user may restyle, filter or remove those, and a
pand-level layer there hides beyond 1:25,000 (its catalogue `min_scale`, sparing the server while browsing),
while a council map shows the whole municipality at 1:50,000 or smaller. The print layers are made from the
catalogue like any DEGO layer (same build and clipping code), sit unticked in their own group so the canvas
does not draw them, and are saved with the project, so the layouts still work after it is reopened; the
municipality choice re-clips them like every DEGO layer. A preset's `all_scales` (show the layer at the map's
scale although its catalogue `min_scale` hides it there) gets a print layer of its own, marked
`dego/all_scales`: switching scale visibility off on a shared print layer would change every other map that
shows it.

Besides the catalogue's layers: the municipality's plan once per named style ("warmteprogramma/Wat"), and the names
of its wijken and buurten ("namen/wijk", "namen/buurt": the catalogue's wijken and buurten, drawn as labels only).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from qgis.core import QgsFeatureRequest, QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..i18n import tr
from ..layers.clip import CLIPPED_TO_PROPERTY, clip_layer, project_layers_with
from ..layers.loader import FetchBytes, LayerBuildError, build_clipped_layer
from ..layers.local_copy import Progress
from ..layers.name_labels import BUURT, show_names_only
from ..layers.plan_layer import open_plan, plan_path
from ..layers.plan_style import apply_style
from ..model.catalogue import Catalogue, LayerEntry
from ..model.municipality import Municipality
from ..model.plan import STYLE_TITLES, PlanError, plan_sources
from ..model.presets import NAMES_LAYER, PLAN_LAYER, Preset, names_print_id, plan_print_id
from .raster_legend import fetch_legend_graphic, set_legend_graphic
from .wijk_pages import WIJK_LEVEL, WIJK_NAME_ATTRIBUTE, wijk_entry

PRINT_GROUP = "DEGO-kaarten"  # the group's name in projects made before it was marked PRINT_GROUP_PROPERTY
PRINT_GROUP_PROPERTY = "dego/print_group"
PRINT_LAYER_PROPERTY = "dego/print_layer"  # the catalogue id, on the plugin's print layers only
ALL_SCALES_PROPERTY = "dego/all_scales"  # "1" on a print layer shown at every scale
# The municipality's plan drawn in one named style has print id "warmteprogramma/<style>" (model/presets.py).
NAME_FIELD_PROPERTY = "dego/name_field"  # on a names print layer: the field holding the names


@dataclass(frozen=True)
class PrintLayerSpec:
    """A print layer the maps need: a catalogue entry, at its catalogue scales or (all_scales) at every scale."""

    entry: LayerEntry
    all_scales: bool = False


def print_layer(project: QgsProject, layer_id: str, all_scales: Optional[bool] = None) -> Optional[QgsMapLayer]:
    """The print layer of catalogue entry `layer_id` shown at every scale (True), at its catalogue scales
    (False), or either (None)."""
    for layer in project_layers_with(project, PRINT_LAYER_PROPERTY, layer_id):
        if all_scales is None or _all_scales(layer) == all_scales:
            return layer
    return None


def _all_scales(layer: QgsMapLayer) -> bool:
    return layer.customProperty(ALL_SCALES_PROPERTY, "") == "1"


def needed_layers(catalogue: Catalogue, presets: Iterable[Preset]) -> List[PrintLayerSpec]:
    """Every print layer the presets draw (map layers and background), once each."""
    wanted: List[Tuple[str, bool]] = []
    for preset in presets:
        for item in preset.layers:
            wanted.append((item.id, item.all_scales))
        if preset.background:
            wanted.append((preset.background, False))
    specs: List[PrintLayerSpec] = []
    for layer_id, all_scales in wanted:
        entry = catalogue.entry(layer_id)
        if entry is not None and PrintLayerSpec(entry, all_scales) not in specs:
            specs.append(PrintLayerSpec(entry, all_scales))
    return specs


def missing_layers(project: QgsProject, specs: Sequence[PrintLayerSpec]) -> List[PrintLayerSpec]:
    return [spec for spec in specs if print_layer(project, spec.entry.id, spec.all_scales) is None]


def backgrounds_only(presets: Sequence[Preset]) -> Set[str]:
    """The ids the presets use as background map and never as a map layer: they need no legend graphic."""
    drawn = {layer_id for preset in presets for layer_id in preset.layer_ids()}
    return {preset.background for preset in presets if preset.background} - drawn


@dataclass(frozen=True)
class NameSource:
    """Where the names of one level come from: the catalogue's wijken (wijk_pages' coverage) or the buurten its
    warmteprogramma is made of, and the field that holds the name."""
    level: str
    entry: LayerEntry
    field: str

    @property
    def print_id(self) -> str:
        return names_print_id(self.level)


def name_sources(catalogue: Catalogue, presets: Iterable[Preset]) -> List[NameSource]:
    """The names the presets print (none when no preset asks for names): wijken, then buurten."""
    if not any(preset.names for preset in presets):
        return []
    sources = []
    wijken = wijk_entry(catalogue)
    if wijken is not None:
        sources.append(NameSource(WIJK_LEVEL, wijken, WIJK_NAME_ATTRIBUTE))
    try:
        buurten = plan_sources(catalogue)
    except PlanError:  # no buurten layer: no buurt names
        return sources
    return sources + [NameSource(BUURT, buurten.buurten, buurten.name_attribute)]


def plan_styles(presets: Iterable[Preset]) -> List[str]:
    """The named styles of the municipality's plan the presets draw, once each."""
    styles: List[str] = []
    for preset in presets:
        for item in preset.layers:
            if item.is_plan and item.style not in styles:
                styles.append(item.style)
    return styles


def drop_stale_plan_layers(project: QgsProject, path: str) -> None:
    """GUI thread: remove the plan print layers that read another plan file (another municipality's, or a plan
    made anew elsewhere)."""
    stale = [layer.id() for layer in project_layers_with(project, PRINT_LAYER_PROPERTY)
             if str(layer.customProperty(PRINT_LAYER_PROPERTY, "")).startswith(PLAN_LAYER + "/")
             and plan_path(layer) != path]
    project.removeMapLayers(stale)


def build_plan_print_layers(path: str, styles: Sequence[str]) -> Tuple[List[QgsMapLayer], Dict[str, str]]:
    """Blocking (disk), for a worker: the plan GeoPackage once per named style, moved to the GUI thread. They read
    the saved plan: what is printed is what was saved."""
    main_thread = QCoreApplication.instance().thread()
    layers, failures = [], {}
    for style in styles:
        try:
            layer = open_plan(path, STYLE_TITLES[style])
        except PlanError as error:
            failures[STYLE_TITLES[style]] = str(error)
            continue
        layer.setCustomProperty(PRINT_LAYER_PROPERTY, plan_print_id(style))  # styled when added (GUI thread)
        layer.moveToThread(main_thread)
        layers.append(layer)
    return layers, failures


def build_print_layers(specs: Sequence[PrintLayerSpec], municipality: Municipality, fetch: FetchBytes,
                       is_cancelled=lambda: False, without_legend: Collection[str] = (),
                       names: Sequence[NameSource] = (), progress: Progress = lambda fetched, expected: None
                       ) -> Tuple[List[QgsMapLayer], Dict[str, str]]:
    """Blocking (network), for a worker thread: the layers of `specs` and the `names` layers, clipped, moved to the
    GUI thread; and the reason per entry title that could not be made. A WMS/WMTS layer gets its legend graphic here
    (compositions/raster_legend.py), unless its id is in `without_legend` (a background map): the export cannot
    fetch it; without one the layer is left out of the legend. `progress(fetched, expected)`: features fetched for a
    local copy being made (layers/local_copy.py)."""
    main_thread = QCoreApplication.instance().thread()
    layers, failures = [], {}
    wanted = [(spec.entry, spec.entry.id, spec.entry.id not in without_legend, spec.all_scales) for spec in specs]
    wanted += [(source.entry, source.print_id, False, False) for source in names]
    for entry, print_id, with_legend, all_scales in wanted:
        if is_cancelled():
            break
        try:  # features from their local copy, made now when there is none (layers/local_copy.py)
            built = build_clipped_layer(entry, municipality, fetch, is_cancelled, progress)
        except LayerBuildError as error:
            failures[entry.title] = str(error)
            continue
        if entry.level == WIJK_LEVEL and isinstance(built.layer, QgsVectorLayer):
            _download(built.layer)  # here, not when the GUI thread weighs each wijk's page shape (wijk_pages)
        if with_legend and entry.service.type.is_map_image:
            graphic = fetch_legend_graphic(entry, fetch)
            if graphic is not None:
                set_legend_graphic(built.layer, graphic)
        built.layer.setCustomProperty(PRINT_LAYER_PROPERTY, print_id)
        if all_scales:
            built.layer.setScaleBasedVisibility(False)
            built.layer.setCustomProperty(ALL_SCALES_PROPERTY, "1")
        source = next((s for s in names if s.print_id == print_id), None)
        if source is not None:
            built.layer.setCustomProperty(NAME_FIELD_PROPERTY, source.field)  # labelled when added (GUI thread)
        built.layer.moveToThread(main_thread)  # the last thing the worker does with it
        layers.append(built.layer)
    return layers, failures


def _download(layer: QgsVectorLayer) -> None:
    """Read every feature once: the provider keeps them, so later readers on the GUI thread wait for no server."""
    for _ in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        pass


def missing_names(project: QgsProject, sources: Sequence[NameSource]) -> List[NameSource]:
    return [source for source in sources if print_layer(project, source.print_id) is None]


def add_print_layers(project: QgsProject, layers: Sequence[QgsMapLayer]) -> None:
    """GUI thread: into the unticked "DEGO-kaarten" group at the bottom of the layer tree."""
    group = print_group(project)
    for layer in layers:
        kind, _, style = str(layer.customProperty(PRINT_LAYER_PROPERTY, "")).partition("/")
        if kind == PLAN_LAYER:  # the plan in one named style: styled here, not in the worker (see controllers/plan)
            apply_style(layer, style)
            layer.setLabelsEnabled(False)  # its buurt names come from the names layers, as on every buurt map
        elif kind == NAMES_LAYER and isinstance(layer, QgsVectorLayer):
            show_names_only(layer, str(layer.customProperty(NAME_FIELD_PROPERTY, "")), style)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    group.setItemVisibilityCheckedRecursive(False)


def print_group(project: QgsProject) -> QgsLayerTreeGroup:
    """The group of the print layers, found by its mark (its name is in the language QGIS spoke when it was made)."""
    root = project.layerTreeRoot()
    group = find_print_group(project) or root.findGroup(PRINT_GROUP)
    if group is None:
        group = root.addGroup(tr("DEGO maps"))
        group.setExpanded(False)
    group.setCustomProperty(PRINT_GROUP_PROPERTY, True)
    return group


def find_print_group(project: QgsProject) -> Optional[QgsLayerTreeGroup]:
    return next((group for group in project.layerTreeRoot().findGroups()
                 if group.customProperty(PRINT_GROUP_PROPERTY, False)), None)


def prepare_for(project: QgsProject, preset: Preset, municipality: Municipality
                ) -> Tuple[List[QgsMapLayer], Optional[QgsMapLayer], List[str]]:
    """GUI thread: (map layers top first, background or None, ids still missing) for `preset`, clipped to
    `municipality`, each at the scales the preset asks for."""
    layers, missing = [], []
    for item in preset.layers:
        layer = print_layer(project, item.print_id, item.all_scales)
        if layer is None:
            missing.append(item.print_id)
            continue
        _clip(layer, municipality)
        if item.visible:
            layers.append(layer)
    background = print_layer(project, preset.background, False) if preset.background else None
    if preset.background and background is None:
        missing.append(preset.background)
    return layers, background, missing


def legend_titles(project: QgsProject, preset: Preset) -> Dict[str, str]:
    """Print layer id → the name the preset's legend gives it (`title` of a preset layer), where it gives one."""
    titles = {}
    for item in preset.layers:
        layer = print_layer(project, item.print_id, item.all_scales) if item.title else None
        if layer is not None:
            titles[layer.id()] = item.title
    return titles


def names_for(project: QgsProject, preset: Preset, municipality: Municipality) -> List[QgsMapLayer]:
    """GUI thread: the names layers the preset prints (wijken, then buurten), clipped to `municipality`; those not
    made are left out (the map is made without them)."""
    if not preset.names:
        return []
    found = [prepare_layer(project, names_print_id(level), municipality) for level in (WIJK_LEVEL, BUURT)]
    return [layer for layer in found if layer is not None]


def prepare_layer(project: QgsProject, layer_id: str, municipality: Municipality,
                  all_scales: bool = False) -> Optional[QgsMapLayer]:
    """GUI thread: the print layer of catalogue entry `layer_id` (the one shown at every scale with `all_scales`),
    clipped to `municipality` (None if missing)."""
    layer = print_layer(project, layer_id, all_scales)
    if layer is not None:
        _clip(layer, municipality)
    return layer


def _clip(layer: QgsMapLayer, municipality: Municipality) -> None:
    if layer.customProperty(CLIPPED_TO_PROPERTY, "") != municipality.code:
        clip_layer(layer, municipality)

