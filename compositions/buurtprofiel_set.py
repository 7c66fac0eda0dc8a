"""The buurtprofielen of one municipality: print layers (background task), the figures (background task: one pass over
each layer, compositions/buurtprofiel_figures.py), the profile layer and the atlas layout in the project (GUI thread),
then the export (compositions/export.py): a PDF per buurt in `<folder>/buurtprofielen/` and/or one combined PDF.

The dialog and `make demo` run `ProfileJob` (compositions/job.py: one task owner for its steps, so Cancel and
unload reach the running one); Processing runs the same steps one after another on its own thread.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence, Tuple

from qgis.core import QgsPrintLayout, QgsProject, QgsVectorLayer, QgsVectorLayerFeatureSource

from ..i18n import tr
from ..layers.loader import FetchBytes
from ..layers.plan_layer import plan_layer_for, plan_path
from ..model.buurtprofiel import (
    MIN_THRESHOLD,
    PrivacyRules,
    ProfileError,
    ProfileSources,
    codes_missing,
    profile_preset,
    profile_sources,
)
from ..model.catalogue import Catalogue
from ..model.municipality import Municipality
from ..model.presets import Preset, parse_presets
from ..toolbelt.log import unexpected_text
from ..toolbelt.tasks import Outcome, TaskOwner
from .buurtprofiel_figures import (
    ProfileInput,
    ProfileOutcome,
    buurt_names,
    make_profile_file,
    profile_uri,
    take_input,
)
from .buurtprofiel_layout import build_profile_layout, style_profile_layer
from .export import ExportOptions, ExportOutcome, file_stem
from .job import StagedJob
from .layout import LayoutError, add_layout
from .map_set import export_layouts, prepare_print_layers
from .print_layers import PRINT_LAYER_PROPERTY, add_print_layers, names_for, prepare_for, prepare_layer, print_layer

PDF_FOLDER = "buurtprofielen"  # under the output folder: a municipality has up to a few hundred buurten


@dataclass(frozen=True)
class ProfileOptions:
    folder: str  # the figures' GeoPackage goes here, the PDFs in its PDF_FOLDER
    per_buurt: bool = True  # a PDF per buurt
    combined: bool = True  # one PDF of every page
    codes: Tuple[str, ...] = ()  # the buurten to print (buurtcodes); empty: all
    threshold: int = MIN_THRESHOLD  # privacy: never below MIN_THRESHOLD (PrivacyRules)


@dataclass
class ProfileJobOutcome:
    stage: str = ""
    files: List[str] = field(default_factory=list)
    failures: List[str] = field(default_factory=list)  # user texts
    cancelled: bool = False
    project_closed: bool = False  # before the profile layer and layout were made
    layout: Optional[QgsPrintLayout] = None


def profile_print_id(municipality: Municipality) -> str:
    return f"buurtprofiel/{municipality.code}"


def profile_path(folder: str, municipality: Municipality) -> str:
    return os.path.join(folder, f"buurtprofielen-{municipality.code}.gpkg")


def sources_for(catalogue: Catalogue) -> ProfileSources:
    """Raises ProfileError when the catalogue offers no panden or buurten layer."""
    return profile_sources(catalogue, parse_presets(catalogue)[0])


def preset_for(sources: ProfileSources) -> Preset:
    return profile_preset(sources, tr("Buurtprofiel"))


def failure_text(error: Exception) -> str:
    """What the user reads when the buurtprofielen cannot be made."""
    texts = {
        "no_panden": tr("the DEGO catalogue has no panden layer (WFS or OGC API Features) to compute them from"),
        "no_buurten": tr("the DEGO catalogue has no buurten layer (WFS or OGC API Features)"),
        "no_buurten_here": tr("the buurten layer holds no buurt of this municipality"),
        "no_buurtcode": tr("the buurten layer has no buurtcode field"),
        "no_layers": tr("the layers could not be loaded"),
        "write_failed": tr("the figures could not be saved"),
    }
    return texts.get(getattr(error, "code", ""), str(error))


def figures_input(project: QgsProject, sources: ProfileSources, municipality: Municipality,
                  options: ProfileOptions) -> ProfileInput:
    """GUI thread: what the figures are computed from: the print layers the profile preset draws (they must exist:
    prepare_print_layers)."""
    at_every_scale = {item.id: item.all_scales for item in preset_for(sources).layers}
    panden, buurten = (prepare_layer(project, entry.id, municipality, at_every_scale.get(entry.id, False))
                       for entry in (sources.panden, sources.buurten))
    if not isinstance(panden, QgsVectorLayer) or not isinstance(buurten, QgsVectorLayer):
        raise ProfileError("no_layers", "the panden or buurten print layer is missing")
    plan = plan_layer_for(project, municipality.code)
    return take_input(panden, buurten, sources, PrivacyRules(options.threshold), municipality,
                      plan_path(plan) if plan is not None else "", profile_path(options.folder, municipality))


def add_profile_layer(project: QgsProject, outcome: ProfileOutcome, municipality: Municipality) -> QgsVectorLayer:
    """GUI thread: the profile table as the project's print layer of this municipality; an existing one re-reads its
    file (in place, or pointed at the new folder), so every layout showing it keeps working."""
    layer = print_layer(project, profile_print_id(municipality))
    if isinstance(layer, QgsVectorLayer):
        if plan_path(layer) != outcome.path:
            layer.setDataSource(profile_uri(outcome.path), layer.name(), "ogr")
        else:
            layer.dataProvider().reloadData()
            layer.reload()
        layer.updateExtents()
        style_profile_layer(layer)
        return layer
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    layer = QgsVectorLayer(profile_uri(outcome.path), tr("Buurtprofielen {0}").format(municipality.name), "ogr",
                           options)
    if not layer.isValid():
        raise ProfileError("write_failed", f"{outcome.path} cannot be read")
    style_profile_layer(layer)
    layer.setCustomProperty(PRINT_LAYER_PROPERTY, profile_print_id(municipality))
    add_print_layers(project, [layer])
    return layer


def make_profile_layout(project: QgsProject, catalogue: Catalogue, sources: ProfileSources, municipality: Municipality,
                        layer: QgsVectorLayer, outcome: ProfileOutcome, options: ProfileOptions,
                        logo: str = "") -> QgsPrintLayout:
    """GUI thread: the atlas layout in the project, replacing the plugin's own of that name (never a user's)."""
    preset = preset_for(sources)
    layers, background, missing = prepare_for(project, preset, municipality)
    if missing or not layers:
        raise LayoutError(tr("these layers are not available: {0}").format(", ".join(missing) or "–"))
    layout = build_profile_layout(project, preset, catalogue, municipality, layer, layers, background,
                                  PrivacyRules(options.threshold), outcome.with_plan, options.codes, logo,
                                  names_for(project, preset, municipality))
    return add_layout(project, layout)


def export_options(options: ProfileOptions, municipality: Municipality) -> ExportOptions:
    return ExportOptions(os.path.join(options.folder, PDF_FOLDER), pdf_per_map=options.per_buurt,
                         combined_pdf=options.combined,
                         combined_name=file_stem(tr("buurtprofielen {0}").format(municipality.name)))


def unknown_codes(outcome: ProfileOutcome, codes: Sequence[str]) -> List[str]:
    return codes_missing(codes, (code for code, _ in outcome.buurten))


def list_buurten(project: QgsProject, catalogue: Catalogue, municipality: Municipality, fetch: FetchBytes,
                 tasks: TaskOwner, on_ready: Callable[[Optional[List[Tuple[str, str]]], str], None]) -> None:
    """The municipality's buurten as [(code, name)] in code order, read in the background (tasks of `tasks`) from
    the buurten print layer (made first when missing, as the profiles need it); `on_ready(None, reason)` when they
    cannot be, `on_ready(None, "")` when cancelled."""
    try:
        sources = sources_for(catalogue)
    except ProfileError as error:
        on_ready(None, failure_text(error))
        return

    def listed(outcome: Outcome) -> None:
        reason = "" if outcome.ok or outcome.cancelled else (
            failure_text(outcome.error) if isinstance(outcome.error, ProfileError) else unexpected_text())
        on_ready(outcome.result if outcome.ok else None, reason)

    def ready(outcome: Outcome) -> None:
        if not outcome.ok:
            listed(outcome)
            return
        layer = prepare_layer(project, sources.buurten.id, municipality)
        if not isinstance(layer, QgsVectorLayer):
            on_ready(None, "; ".join(outcome.result.values()) or failure_text(ProfileError("no_layers", "")))
            return
        features, names = QgsVectorLayerFeatureSource(layer), layer.fields().names()
        tasks.run(tr("Listing the buurten of {0}").format(municipality.name),
                  lambda task: buurt_names(features, names, sources), listed)

    prepare_print_layers(project, catalogue, [preset_for(sources)], municipality, fetch, tasks, ready)


PREPARING, FIGURES, EXPORTING = "preparing", "figures", "exporting"


class ProfileJob(StagedJob):
    """The dialog's and the demo's run: print layers (background task) → figures (background task) → profile
    layer and layout (GUI thread) → export (background task). `on_done(ProfileJobOutcome)` runs once, on the GUI
    thread. A project closed before the layout was made ends the job: nothing is added to the next project."""

    project_stages = (PREPARING, FIGURES)

    def __init__(self, project: QgsProject, catalogue: Catalogue, municipality: Municipality, options: ProfileOptions,
                 fetch: FetchBytes, on_done: Callable[[ProfileJobOutcome], None],
                 on_status: Callable[[str], None] = lambda text: None, logo: str = "",
                 on_progress: Callable[[float], None] = lambda percent: None):
        super().__init__(project, ProfileJobOutcome(), on_status, on_progress, on_done)
        self.project, self.catalogue, self.municipality, self.options = project, catalogue, municipality, options
        self._fetch, self._logo = fetch, logo
        self.sources: Optional[ProfileSources] = None

    def start(self) -> None:
        try:
            self.sources = sources_for(self.catalogue)
        except ProfileError as error:
            self.outcome.failures.append(failure_text(error))
            self._on_done(self.outcome)
            return
        self._begin(PREPARING, tr("Preparing the layers of the buurtprofielen…"))
        self._guarded(lambda: prepare_print_layers(self.project, self.catalogue, [preset_for(self.sources)],
                                                   self.municipality, self._fetch, self._tasks, self._layers_ready))

    def _layers_ready(self, outcome: Outcome) -> None:
        if not self._layers_prepared(outcome):
            return
        if self._cancelled:
            self._finish(True)
            return
        self._guarded(self._start_figures)

    def _start_figures(self) -> None:
        try:
            data = figures_input(self.project, self.sources, self.municipality, self.options)
        except ProfileError as error:
            self._fail(failure_text(error))
            return
        self._enter(FIGURES, tr("Computing the figures of the buurten…"))
        self._tasks.run(tr("Computing the buurtprofielen"), lambda task: make_profile_file(data, task.is_cancelled),
                        lambda outcome: self._guarded(lambda: self._figures_done(outcome)))

    def _figures_done(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            self._finish(True)
            return
        if outcome.error is not None:
            error = outcome.error
            self._fail(failure_text(error) if isinstance(error, ProfileError) else unexpected_text())
            return
        figures: ProfileOutcome = outcome.result
        missing = unknown_codes(figures, self.options.codes)
        if missing:
            self.outcome.failures.append(tr("no buurt of {0} has the code {1}").format(
                self.municipality.name, ", ".join(missing)))
        try:
            layer = add_profile_layer(self.project, figures, self.municipality)
            self.outcome.layout = make_profile_layout(self.project, self.catalogue, self.sources, self.municipality,
                                                      layer, figures, self.options, self._logo)
        except (ProfileError, LayoutError) as error:
            self._fail(failure_text(error))
            return
        if not (self.options.per_buurt or self.options.combined):
            self._finish()
            return
        self._enter(EXPORTING, tr("Exporting the buurtprofielen…"))
        task = export_layouts([self.outcome.layout], export_options(self.options, self.municipality), self._exported,
                              self._tasks, tr("Exporting the buurtprofielen of {0}").format(self.municipality.name))
        if task is not None:
            task.progressChanged.connect(self._progressed)

    def _exported(self, written: ExportOutcome) -> None:
        self.outcome.files += written.files
        self.outcome.failures += written.failures
        self._finish(written.cancelled)

    def _fail(self, failure: str) -> None:
        self.outcome.failures.append(failure)
        self._finish()

    # -- StagedJob ----------------------------------------------------------------------------------
    def _failed_text(self, reason: str) -> str:
        return tr("The buurtprofielen could not be made: {0}.").format(reason)
