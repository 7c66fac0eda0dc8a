"""The transitievisie map set for one municipality: print layers (background task), then the layouts in the
project (GUI thread, no network), then the export (compositions/export.py). The dialog, `make demo` and the
tests all go through these functions; `MapSetJob` runs the three steps as one job the user can cancel."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence

from qgis.core import QgsMapLayer, QgsPrintLayout, QgsProject
from qgis.PyQt.QtCore import QTimer

from ..i18n import tr, trn
from ..layers.clip import MASK_ROLE, OUTLINE_ROLE, ROLE_PROPERTY, project_layers_with
from ..layers.loader import FetchBytes, show_progress
from ..layers.plan_layer import no_plan_text, plan_layer_for, plan_path
from ..model.catalogue import Catalogue
from ..model.municipality import Municipality
from ..model.presets import PLAN_LAYER, Preset, plan_print_id
from ..toolbelt.log import unexpected_text
from ..toolbelt.tasks import Outcome, TaskOwner
from .export import ExportOptions, ExportOutcome, LayoutExport
from .job import StagedJob
from .layout import LayoutError, add_layout, build_layout, is_plugin_layout, layout_name
from .map_texts import texts_for
from .no_data import show_no_data
from .print_layers import (
    PrintLayerSpec,
    add_print_layers,
    backgrounds_only,
    build_plan_print_layers,
    build_print_layers,
    drop_stale_plan_layers,
    legend_titles,
    missing_layers,
    missing_names,
    name_sources,
    names_for,
    needed_layers,
    plan_styles,
    prepare_for,
    prepare_layer,
    print_layer,
)
from .wijk_pages import (
    WIJK_PAGES_PROPERTY,
    make_wijk_atlas,
    wijk_entry,
    wijk_layout_name,
    wijk_layout_names,
    wijk_orientations,
)


@dataclass
class MadeLayouts:
    layouts: List[QgsPrintLayout] = field(default_factory=list)
    failures: List[str] = field(default_factory=list)  # user texts, one per preset that could not be made


def prepare_print_layers(project: QgsProject, catalogue: Catalogue, presets: Sequence[Preset],
                         municipality: Municipality, fetch: FetchBytes, tasks: TaskOwner,
                         on_ready: Callable[[Outcome], None], wijk_pages: bool = False):
    """Make the print layers the presets still lack in a background task of `tasks`, add them on the GUI thread,
    then `on_ready(outcome)`: its result is {entry title: reason} of the layers that could not be made; when
    cancelled or failed, nothing was added. Returns the task (None when nothing was missing: `on_ready` was
    called already). `wijk_pages`: also the wijken layer the per-wijk pages need. A preset of the municipality's
    own plan draws the project's plan layer of `municipality` (layers/plan_layer.py), read from its file once per
    named style; a preset with names prints those of the wijken and buurten (print_layers.name_sources)."""
    missing = missing_layers(project, print_layer_specs(catalogue, presets, wijk_pages))
    names = missing_names(project, name_sources(catalogue, presets))
    plan, styles = _plan_needs(project, presets, municipality)
    if not missing and not styles and not names:
        on_ready(Outcome(result={}))
        return None

    def work(task):
        layers, failures = build_print_layers(missing, municipality, fetch, task.is_cancelled,
                                              backgrounds_only(presets), names,
                                              lambda fetched, expected: show_progress(task, fetched, expected))
        if styles and not task.is_cancelled():
            plan_layers, plan_failures = build_plan_print_layers(plan, styles)
            layers += plan_layers
            failures.update(plan_failures)
        return layers, failures

    def done(outcome: Outcome):
        if outcome.ok:
            layers, failures = outcome.result
            add_print_layers(project, layers)
            outcome = Outcome(result=failures)
        on_ready(outcome)

    return tasks.run(tr("Preparing the layers of the transitievisie maps"), work, done)


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


def print_layer_specs(catalogue: Catalogue, presets: Sequence[Preset], wijk_pages: bool = False
                      ) -> List[PrintLayerSpec]:
    """The print layers the presets need; with `wijk_pages` also the wijken layer the per-wijk pages' atlas runs
    over."""
    specs = needed_layers(catalogue, presets)
    wijken = wijk_entry(catalogue) if wijk_pages else None
    if wijken is not None and PrintLayerSpec(wijken) not in specs:
        specs.append(PrintLayerSpec(wijken))
    return specs


@dataclass
class LayoutContext:
    """What every layout of one map set shares."""

    project: QgsProject
    catalogue: Catalogue
    municipality: Municipality
    paper: str = ""
    orientation: str = ""
    logo: str = ""
    wijk_pages: bool = False
    outline: Optional[QgsMapLayer] = None
    mask: Optional[QgsMapLayer] = None
    wijken: Optional[QgsMapLayer] = None

    def __post_init__(self) -> None:
        outline = project_layers_with(self.project, ROLE_PROPERTY, OUTLINE_ROLE)
        mask = project_layers_with(self.project, ROLE_PROPERTY, MASK_ROLE)
        self.outline = outline[0] if outline else None
        self.mask = mask[0] if mask else None


def make_layouts(project: QgsProject, catalogue: Catalogue, presets: Sequence[Preset], municipality: Municipality,
                 paper: str = "", orientation: str = "", logo: str = "", wijk_pages: bool = False) -> MadeLayouts:
    """GUI thread: one layout per preset in the project (replacing the plugin's own layout of that name).
    `wijk_pages`: each also gets a per-wijk atlas layout (compositions/wijk_pages.py), exported after it."""
    made = MadeLayouts()
    context = layout_context(project, catalogue, municipality, paper, orientation, logo, wijk_pages, made)
    for preset in presets:
        make_layout(context, preset, made)
    return made


def layout_context(project: QgsProject, catalogue: Catalogue, municipality: Municipality, paper: str,
                   orientation: str, logo: str, wijk_pages: bool, made: MadeLayouts) -> LayoutContext:
    context = LayoutContext(project, catalogue, municipality, paper, orientation, logo, wijk_pages)
    if wijk_pages:
        context.wijken = _wijken_layer(project, catalogue, municipality, made)
    return context


def make_layout(context: LayoutContext, preset: Preset, made: MadeLayouts) -> None:
    """GUI thread: the layout of one preset (and its per-wijk layout) into the project, or a failure in `made`."""
    project, municipality = context.project, context.municipality
    layers, background, missing = prepare_for(project, preset, municipality)
    if any(item.startswith(PLAN_LAYER + "/") for item in missing):
        made.failures.append(f"{preset.title}: {no_plan_text(municipality)}")
        return
    if missing or not layers:
        made.failures.append(tr("{0}: these layers are not available: {1}").format(
            preset.title, ", ".join(missing) or "–"))
        return
    names, titles = names_for(project, preset, municipality), legend_titles(project, preset)
    no_data = texts_for(context.catalogue).tr("No data")
    for layer in layers:
        show_no_data(layer, no_data)
    try:
        layout = build_layout(project, preset, context.catalogue, municipality, layers, background, context.paper,
                              context.orientation, context.logo, context.outline, names=names, mask=context.mask,
                              titles=titles)
    except LayoutError as error:
        made.failures.append(f"{preset.title}: {error}")
        return
    drop_wijk_layouts(project, layout.name())  # those of an earlier run: made again below, or not at all
    if context.wijken is not None:
        _add_wijk_layouts(context, preset, layout, made, (layers, background, names, titles))
    made.layouts.append(add_layout(project, layout))


def drop_wijk_layouts(project: QgsProject, name: str) -> None:
    """The per-wijk layouts the plugin's own layout `name` (made earlier) names, removed from the project: a map
    made again without pages per wijk, or with other page orientations, leaves none of them behind."""
    manager = project.layoutManager()
    overview = manager.layoutByName(name)
    if overview is None or not is_plugin_layout(overview):
        return
    for wijken in (manager.layoutByName(wijk_name) for wijk_name in wijk_layout_names(overview)):
        if wijken is not None and is_plugin_layout(wijken):
            manager.removeLayout(wijken)


def _wijken_layer(project: QgsProject, catalogue: Catalogue, municipality: Municipality, made: MadeLayouts):
    entry = wijk_entry(catalogue)
    layer = prepare_layer(project, entry.id, municipality) if entry is not None else None
    if layer is None:
        made.failures.append(tr("Pages per wijk: the catalogue has no wijken layer, or it could not be loaded"))
    return layer


def _add_wijk_layouts(context: LayoutContext, preset: Preset, overview: QgsPrintLayout, made: MadeLayouts,
                      drawn: tuple) -> None:
    """The preset's per-wijk atlas layouts, one per page orientation its wijken take, added to the project and named
    on the overview layout. `drawn`: the overview's (layers, background, names, legend titles)."""
    project, municipality, paper = context.project, context.municipality, context.paper
    layers, background, names, titles = drawn
    shapes = wijk_orientations(context.wijken, context.orientation or preset.orientation, paper or preset.paper)
    added = []
    for page, only in shapes:
        name = wijk_layout_name(layout_name(preset, municipality), page if len(shapes) > 1 else "")
        try:
            atlas_layout = build_layout(project, preset, context.catalogue, municipality, layers, background, paper,
                                        page, context.logo, context.outline, name=name, names=names,
                                        mask=context.mask, titles=titles)
            make_wijk_atlas(atlas_layout, preset, municipality, context.wijken, only)
        except LayoutError as error:
            made.failures.append(tr("{0} (per wijk): {1}").format(preset.title, error))
            continue
        added.append(add_layout(project, atlas_layout).name())
    overview.setCustomProperty(WIJK_PAGES_PROPERTY, added)


def export_layouts(layouts: Sequence[QgsPrintLayout], options: ExportOptions,
                   on_done: Callable[[ExportOutcome], None], tasks: Optional[TaskOwner] = None,
                   description: str = ""):
    """Start the export in a background task (of `tasks`, else one of its own; QGIS's task manager shows its
    progress, `description` and a cancel button). `on_done(outcome)`: the files written whole (also when
    cancelled), the failures as user texts, whether it was cancelled. Returns the task."""
    export = LayoutExport(layouts, options)

    def done(outcome: Outcome):
        written = export.outcome
        written.cancelled = written.cancelled or outcome.cancelled
        if outcome.error is not None:
            written.failures.append(tr("the export failed: {0}").format(unexpected_text()))
        on_done(written)

    return (tasks or TaskOwner()).run(description or trn("Exporting %n transitievisie maps", len(layouts)),
                                      lambda task: export.run(task.feedback, task.setProgress), done)


# -- the dialog's job ---------------------------------------------------------------------------------------
PREPARING, LAYOUTS, EXPORTING = "preparing", "layouts", "exporting"


@dataclass
class MapSetOutcome:
    """How a map set ended: the step it ended in, the layouts left in the project, the files written, the
    failures (user texts), and whether the user cancelled (or closed the project before the layouts were
    made)."""

    stage: str = ""
    layouts: List[str] = field(default_factory=list)
    files: List[str] = field(default_factory=list)
    failures: List[str] = field(default_factory=list)
    cancelled: bool = False
    project_closed: bool = False


class MapSetJob(StagedJob):
    """One map set as the dialog runs it: print layers (background task), layouts (GUI thread, one preset per
    event-loop turn, so QGIS and Cancel stay responsive), export (background task), each step through the job's
    one task owner (compositions/job.py).

    Cancel leaves nothing half-made: layers and layouts are added whole or not at all, files are written whole or
    not at all. A project closed before the layouts were made drops the layers on their way; a running export goes
    on, on its own copies of the layouts and layers."""

    project_stages = (PREPARING, LAYOUTS)

    def __init__(self, project: QgsProject, catalogue: Catalogue, presets: Sequence[Preset],
                 municipality: Municipality, fetch: FetchBytes, options: ExportOptions, paper: str = "",
                 orientation: str = "", logo: str = "", on_stage: Callable[[str], None] = lambda text: None,
                 on_progress: Callable[[float], None] = lambda percent: None,
                 on_done: Callable[[MapSetOutcome], None] = lambda outcome: None):
        super().__init__(project, MapSetOutcome(), on_stage, on_progress, on_done)
        self._catalogue, self._presets = catalogue, list(presets)
        self._municipality, self._fetch, self._options = municipality, fetch, options
        self._paper, self._orientation, self._logo = paper, orientation, logo
        self._pending: List[Preset] = []
        self._made = MadeLayouts()
        self._context: Optional[LayoutContext] = None

    def start(self) -> None:
        self._begin(PREPARING, tr("Preparing the layers…"))
        self._guarded(lambda: prepare_print_layers(self._project, self._catalogue, self._presets, self._municipality,
                                                   self._fetch, self._tasks, self._layers_ready,
                                                   self._options.wijk_pages))

    # -- steps --------------------------------------------------------------------------------------
    def _layers_ready(self, outcome: Outcome) -> None:
        if not self._layers_prepared(outcome):
            return
        self._enter(LAYOUTS, tr("Making the layouts…"))
        self._pending = list(self._presets)
        QTimer.singleShot(0, self._next_layout)

    def _next_layout(self) -> None:
        if self.stage != LAYOUTS:  # closed or finished meanwhile
            return
        if self._cancelled:  # the layouts made so far are whole: they stay
            self.outcome.layouts = [layout.name() for layout in self._made.layouts]
            self._finish(True)
            return
        self._guarded(self._layout_step)

    def _layout_step(self) -> None:
        if self._context is None:
            self._context = layout_context(self._project, self._catalogue, self._municipality, self._paper,
                                           self._orientation, self._logo, self._options.wijk_pages, self._made)
        if self._pending:
            make_layout(self._context, self._pending.pop(0), self._made)
            QTimer.singleShot(0, self._next_layout)
        else:
            self._layouts_made()

    def _layouts_made(self) -> None:
        self.outcome.layouts = [layout.name() for layout in self._made.layouts]
        self.outcome.failures.extend(tr("Map not made: {0}").format(failure) for failure in self._made.failures)
        layouts, self._made = self._made.layouts, MadeLayouts()
        if not layouts:
            self._finish()
            return
        self._enter(EXPORTING, trn("Exporting %n maps…", len(layouts)))
        task = export_layouts(layouts, self._options, self._exported, self._tasks)
        if task is not None:
            task.progressChanged.connect(self._progressed)

    def _exported(self, written: ExportOutcome) -> None:
        self.outcome.files = list(written.files)
        self.outcome.failures.extend(tr("Export failed: {0}").format(failure) for failure in written.failures)
        self._finish(written.cancelled)

    # -- StagedJob ----------------------------------------------------------------------------------
    def _failed_text(self, reason: str) -> str:
        return tr("The maps could not be made: {0}.").format(reason)

    def _dropped(self) -> None:
        self.outcome.layouts = []

    def _leave(self) -> None:
        super()._leave()
        self._pending, self._context, self._made = [], None, MadeLayouts()
