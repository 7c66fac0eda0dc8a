"""The transitievisie map set for one municipality: print layers (background task), then the layouts in the
project (GUI thread, no network), then the export (compositions/export.py). The dialog, `make demo` and the
tests all go through these functions."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Sequence

from qgis.core import QgsApplication, QgsPrintLayout, QgsProject

from ..i18n import tr
from ..layers.clip import MASK_ROLE, OUTLINE_ROLE, ROLE_PROPERTY, project_layers_with
from ..layers.loader import FetchBytes
from ..layers.plan_layer import no_plan_text, plan_layer_for, plan_path
from ..model.catalogue import Catalogue, LayerEntry
from ..model.municipality import Municipality
from ..model.presets import PLAN_LAYER, Preset, plan_print_id
from .export import ExportOptions, ExportOutcome, ExportTask
from .layout import LayoutError, add_layout, build_layout, layout_name
from .print_layers import (
    add_print_layers,
    backgrounds_only,
    build_plan_print_layers,
    build_print_layers,
    drop_stale_plan_layers,
    missing_entries,
    missing_names,
    name_sources,
    names_for,
    needed_entries,
    plan_styles,
    prepare_for,
    prepare_layer,
    print_layer,
)
from .wijk_pages import WIJK_PAGES_PROPERTY, make_wijk_atlas, wijk_entry, wijk_layout_name, wijk_orientations


@dataclass
class MadeLayouts:
    layouts: List[QgsPrintLayout] = field(default_factory=list)
    failures: List[str] = field(default_factory=list)  # user texts, one per preset that could not be made


def prepare_print_layers(project: QgsProject, catalogue: Catalogue, presets: Sequence[Preset],
                         municipality: Municipality, fetch: FetchBytes, run_task,
                         on_ready: Callable[[Dict[str, str]], None], wijk_pages: bool = False):
    """Make the print layers the presets still lack in a background task, add them on the GUI thread, then
    `on_ready(failures)` (entry title → reason). Returns the task (None when nothing was missing).
    `wijk_pages`: also the wijken layer the per-wijk pages need. A preset of the municipality's own plan draws the
    project's plan layer of `municipality` (layers/plan_layer.py), read from its file once per named style."""
    missing = missing_entries(project, print_entries(catalogue, presets, wijk_pages))
    names = missing_names(project, name_sources(catalogue, presets))
    plan, styles = _plan_needs(project, presets, municipality)
    if not missing and not styles and not names:
        on_ready({})
        return None

    def work(task):
        layers, failures = build_print_layers(missing, municipality, fetch, task.isCanceled, backgrounds_only(presets),
                                              names)
        if styles and not task.isCanceled():
            plan_layers, plan_failures = build_plan_print_layers(plan, styles)
            layers += plan_layers
            failures.update(plan_failures)
        return layers, failures

    def done(error, result):
        if error is not None or result is None:
            titles = [entry.title for entry in missing + [source.entry for source in names]] + (
                [tr("Warmteprogramma")] if styles else [])
            on_ready({title: tr("cancelled") if error is None else str(error) for title in titles})
            return
        layers, failures = result
        add_print_layers(project, layers)
        on_ready(failures)

    return run_task(tr("Preparing the layers of the transitievisie maps"), work, done)


def _plan_needs(project: QgsProject, presets: Sequence[Preset], municipality: Municipality):
    """GUI thread: (plan file, named styles still without a print layer) for the presets' plan maps. Without a plan
    layer nothing is made here: make_layouts says so for each of those maps."""
    styles = plan_styles(presets)
    if not styles:
        return "", []
    plan = plan_layer_for(project, municipality.code)
    path = plan_path(plan) if plan is not None else ""
    drop_stale_plan_layers(project, path)  # e.g. another municipality's plan
    if not path:
        return "", []
    return path, [style for style in styles if print_layer(project, plan_print_id(style)) is None]


def print_entries(catalogue: Catalogue, presets: Sequence[Preset], wijk_pages: bool = False) -> List[LayerEntry]:
    """The catalogue entries the presets' print layers come from; with `wijk_pages` also the wijken layer the
    per-wijk pages' atlas runs over."""
    entries = needed_entries(catalogue, presets)
    wijken = wijk_entry(catalogue) if wijk_pages else None
    if wijken is not None and wijken not in entries:
        entries.append(wijken)
    return entries


def make_layouts(project: QgsProject, catalogue: Catalogue, presets: Sequence[Preset], municipality: Municipality,
                 paper: str = "", orientation: str = "", logo: str = "", wijk_pages: bool = False) -> MadeLayouts:
    """GUI thread: one layout per preset in the project (replacing the plugin's own layout of that name).
    `wijk_pages`: each also gets a per-wijk atlas layout (compositions/wijk_pages.py), exported after it."""
    made = MadeLayouts()
    outline = project_layers_with(project, ROLE_PROPERTY, OUTLINE_ROLE)
    mask = project_layers_with(project, ROLE_PROPERTY, MASK_ROLE)
    wijken = _wijken_layer(project, catalogue, municipality, made) if wijk_pages else None
    for preset in presets:
        layers, background, missing = prepare_for(project, preset, municipality)
        if any(item.startswith(PLAN_LAYER + "/") for item in missing):
            made.failures.append(f"{preset.title}: {no_plan_text(municipality)}")
            continue
        if missing or not layers:
            made.failures.append(tr("{0}: these layers are not available: {1}").format(
                preset.title, ", ".join(missing) or "–"))
            continue
        names = names_for(project, preset, municipality)
        try:
            layout = build_layout(project, preset, catalogue, municipality, layers, background, paper, orientation,
                                  logo, outline[0] if outline else None, names=names, mask=mask[0] if mask else None)
        except LayoutError as error:
            made.failures.append(f"{preset.title}: {error}")
            continue
        if wijken is not None:
            _add_wijk_layouts(project, catalogue, preset, municipality, layout, wijken, made,
                              (layers, background, paper, orientation, logo, outline[0] if outline else None, names,
                               mask[0] if mask else None))
        made.layouts.append(add_layout(project, layout))
    return made


def _wijken_layer(project: QgsProject, catalogue: Catalogue, municipality: Municipality, made: MadeLayouts):
    entry = wijk_entry(catalogue)
    layer = prepare_layer(project, entry.id, municipality) if entry is not None else None
    if layer is None:
        made.failures.append(tr("Pages per wijk: the catalogue has no wijken layer, or it could not be loaded"))
    return layer


def _add_wijk_layouts(project, catalogue, preset, municipality, overview, wijken, made, build_args) -> None:
    """The preset's per-wijk atlas layouts, one per page orientation its wijken take, added to the project and named
    on the overview layout."""
    layers, background, paper, orientation, logo, outline, names, mask = build_args
    shapes = wijk_orientations(wijken, orientation or preset.orientation, paper or preset.paper)
    added = []
    for page, only in shapes:
        name = wijk_layout_name(layout_name(preset, municipality), page if len(shapes) > 1 else "")
        try:
            atlas_layout = build_layout(project, preset, catalogue, municipality, layers, background, paper, page,
                                        logo, outline, name=name, names=names, mask=mask)
            make_wijk_atlas(atlas_layout, preset, municipality, wijken, only)
        except LayoutError as error:
            made.failures.append(tr("{0} (per wijk): {1}").format(preset.title, error))
            continue
        added.append(add_layout(project, atlas_layout).name())
    overview.setCustomProperty(WIJK_PAGES_PROPERTY, added)


def export_layouts(layouts: Sequence[QgsPrintLayout], options: ExportOptions,
                   on_done: Callable[[ExportOutcome], None], start: bool = True) -> ExportTask:
    """Start the export task (QGIS's task manager shows its progress and a cancel button)."""
    task = ExportTask(tr("Exporting {0} transitievisie maps").format(len(layouts)), layouts, options, on_done)
    if start:
        QgsApplication.taskManager().addTask(task)
    return task

