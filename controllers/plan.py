"""The municipality's warmteprogramma in the project: make or update its plan layer, export it as open data, import a
plan file into it, and check it against the schema. Network and disk work runs in background tasks
(toolbelt/tasks.py); the GUI thread only checks what the user asked and applies the outcome. An outcome that
arrives after the project was closed or the plugin unloaded is dropped.

A plan is never touched while its layer holds unsaved edits: the user saves or discards them first.
"""
from __future__ import annotations

import datetime
import os
from typing import TYPE_CHECKING, Callable, Optional

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..i18n import tr, trn
from ..layers.loader import add_to_project
from ..layers.plan_layer import (
    configure_plan_layer,
    default_plan_path,
    feature_records,
    make_or_update_plan,
    no_plan_text,
    open_plan,
    plan_layer_for,
    plan_path,
)
from ..model.catalogue import Catalogue
from ..model.errors import CodedError
from ..model.municipality import Municipality
from ..model.plan import DEFAULT_LICENCE, PlanError, PlanMetadata, check_records, plan_sources
from ..toolbelt.log import log, never_raises, unexpected_text
from ..toolbelt.tasks import Outcome, TaskOwner
from .plan_texts import listed, plan_failure_text, plan_made_text, report_path, write_report

if TYPE_CHECKING:
    from ..layers.plan_files import ImportOutcome
# layers/plan_files (GeoPackage and GeoJSON reading and writing) is imported when a plan file is exported or read,
# not at QGIS's start

Notify = Callable[[object, str], None]


class PlanController(QObject):
    report_ready = pyqtSignal(str, str)  # a validation report was written: its path, and what to tell the user

    def __init__(self, project: QgsProject, notify: Notify,
                 catalogue: Callable[[], Optional[Catalogue]], municipality: Callable[[], Optional[Municipality]]):
        super().__init__()
        self.project = project
        self._notify = notify
        self._catalogue = catalogue
        self._municipality = municipality
        self._tasks = TaskOwner()
        self._task = None
        project.cleared.connect(self._tasks.renew)  # a plan on its way belongs to the project that was closed

    def unload(self) -> None:
        """The plugin unloads: work in flight is cancelled and its outcome dropped."""
        self.project.cleared.disconnect(self._tasks.renew)
        self._tasks.close()

    @property
    def task(self):
        """The running task, or None."""
        return self._task if self._tasks.busy else None

    def _run(self, description: str, work, done):
        self._task = self._tasks.run(description, work, done)
        return self._task

    # -- what the faces ask before acting ---------------------------------------------------------------
    def municipality(self) -> Optional[Municipality]:
        """The chosen municipality with its boundary, or None (and the user is told to choose one)."""
        municipality = self._municipality()
        if municipality is None or not municipality.has_boundary:
            self._notify(Qgis.MessageLevel.Warning, tr("Choose a municipality on the DEGO toolbar first."))
            return None
        return municipality

    def plan_layer(self) -> Optional[QgsVectorLayer]:
        municipality = self._municipality()
        return plan_layer_for(self.project, municipality.code) if municipality is not None else None

    def needs_path(self) -> bool:
        """Must the user say where a new plan goes? (The project has no plan layer and no folder of its own.)"""
        return self.plan_layer() is None and not self.project.homePath()

    def default_path(self) -> str:
        municipality = self._municipality()
        folder = self.project.homePath() or os.path.expanduser("~")
        return default_plan_path(folder, municipality) if municipality is not None else ""

    def _unsaved(self, layer: QgsVectorLayer) -> bool:
        if layer.isEditable():
            self._notify(Qgis.MessageLevel.Warning,
                         tr("The warmteprogramma layer is being edited: save or discard the edits first."))
            return True
        return False

    # -- make or update --------------------------------------------------------------------------------
    @never_raises
    def make(self, path: str = ""):
        """Make the plan of the chosen municipality (at `path`, default next to the project), or update the plan
        layer the project has: buurten and suggestions from the catalogue, every entered value kept."""
        municipality = self.municipality()
        if municipality is None:
            return None
        try:
            sources = plan_sources(self._catalogue() or Catalogue(version="1.0"))
        except PlanError as error:
            self._notify(Qgis.MessageLevel.Warning, tr("No warmteprogramma: {0}.").format(
                plan_failure_text(error, municipality)))
            return None
        existing = plan_layer_for(self.project, municipality.code)
        if existing is not None and self._unsaved(existing):
            return None
        target = plan_path(existing) if existing is not None else (path or self.default_path())
        main_thread = QCoreApplication.instance().thread()

        def work(task):
            outcome = make_or_update_plan(target, municipality, sources, task.is_cancelled)
            if existing is None:
                # Only opened here: styling swaps legends and renderers, which on the GUI thread cannot deadlock
                # against Python's lock (a worker deleting a Python-owned layer's legend waits for it).
                outcome.layer = open_plan(target, tr("Warmteprogramma {0}").format(municipality.name))
                outcome.layer.moveToThread(main_thread)
            return outcome

        def done(result: Outcome):
            if not result.ok:
                self._failed(result, municipality, tr("The warmteprogramma could not be made: {0}."))
                return
            outcome = result.result
            if outcome.layer is not None:
                configure_plan_layer(outcome.layer, municipality, sources.suggestie is not None)
                add_to_project(outcome.layer, self.project)
            elif plan_layer_for(self.project, municipality.code) is existing:  # still there: show the new file
                existing.reload()
                existing.updateExtents()
                configure_plan_layer(existing, municipality, sources.suggestie is not None)
                existing.triggerRepaint()
            lines = plan_made_text(outcome, municipality)
            for line in lines:
                log(line)
            self._notify(Qgis.MessageLevel.Warning if outcome.merge.gone else Qgis.MessageLevel.Success,
                         " ".join(lines))

        return self._run(tr("Making the warmteprogramma of {0}").format(municipality.name), work, done)

    def _failed(self, outcome: Outcome, municipality: Municipality, template: str) -> None:
        """Cancelled, a plan error the user can act on, or a bug (its traceback is in the log)."""
        if outcome.cancelled:
            reason, level = tr("cancelled"), Qgis.MessageLevel.Info
        elif isinstance(outcome.error, CodedError):  # a PlanError, or the buurten could not be fetched
            reason, level = plan_failure_text(outcome.error, municipality), Qgis.MessageLevel.Warning
        else:
            reason, level = unexpected_text(), Qgis.MessageLevel.Warning
        self._notify(level, template.format(reason))

    # -- export ------------------------------------------------------------------------------------------
    @never_raises
    def export(self, folder: str, version: str = "", licence: str = DEFAULT_LICENCE):
        """The saved plan as open data (GeoPackage + GeoJSON) in `folder`; a report when values break the schema."""
        municipality, layer = self.plan_in_use()
        if layer is None:
            return None
        path = plan_path(layer)
        metadata = PlanMetadata(municipality.code, municipality.name, version or datetime.date.today().isoformat(),
                                licence or DEFAULT_LICENCE)

        def work(task):
            from ..layers.plan_files import export_plan

            exported = export_plan(path, folder, metadata)
            report = ""
            if exported.findings:
                report = write_report(report_path(exported.gpkg), _title(municipality), path, exported.findings)
            return exported, report

        def done(outcome: Outcome):
            if not outcome.ok:
                self._failed(outcome, municipality, tr("The warmteprogramma could not be exported: {0}."))
                return
            exported, report = outcome.result
            text = trn("Warmteprogramma exported as open data (%n buurten): {0} and {1}.", exported.count).format(
                exported.gpkg, exported.geojson)
            if report:
                self.report_ready.emit(report, text + " " + trn("%n values do not follow the schema.",
                                                                len(exported.findings)))
            else:
                self._notify(Qgis.MessageLevel.Success, text)

        return self._run(tr("Exporting the warmteprogramma of {0}").format(municipality.name), work, done)

    def plan_in_use(self):
        """(municipality, its plan layer) when there is one without unsaved edits, else (…, None) and the user is
        told why."""
        municipality = self.municipality()
        if municipality is None:
            return None, None
        layer = plan_layer_for(self.project, municipality.code)
        if layer is None:
            text = no_plan_text(municipality)
            self._notify(Qgis.MessageLevel.Warning, text[:1].upper() + text[1:] + ".")
            return municipality, None
        if self._unsaved(layer):
            return municipality, None
        return municipality, layer

    # -- import ------------------------------------------------------------------------------------------
    @never_raises
    def import_file(self, source: str):
        """Read a plan file (GeoPackage or GeoJSON; this municipality's older version, or another's) in the
        background and put its values into the plan layer's edit buffer: the user reviews, then saves or rolls back.
        Values outside the lists are kept and listed in a validation report."""
        municipality, layer = self.plan_in_use()
        if layer is None:
            return None
        target = plan_path(layer)

        def work(task):
            from ..layers.plan_files import read_plan_file

            plan_file = read_plan_file(source)
            report = ""
            if plan_file.findings:
                report = write_report(report_path(target), _title(municipality), source, plan_file.findings)
            return plan_file, report

        def done(outcome: Outcome):
            if not outcome.ok:
                self._failed(outcome, municipality, tr("The file could not be imported: {0}."))
                return
            plan_file, report = outcome.result
            if plan_layer_for(self.project, municipality.code) is not layer or layer.isEditable():
                self._notify(Qgis.MessageLevel.Warning, tr("The plan layer changed meanwhile; import again."))
                return
            from ..layers.plan_files import import_values

            outcome = import_values(layer, plan_file)
            text = _imported_text(outcome, plan_file.metadata, municipality, source)
            if report:
                self.report_ready.emit(report, text + " " + trn("%n values do not follow the schema.",
                                                                len(plan_file.findings)))
            else:
                self._notify(Qgis.MessageLevel.Info, text)

        return self._run(tr("Importing a warmteprogramma"), work, done)

    # -- check ---------------------------------------------------------------------------------------------
    @never_raises
    def validate(self):
        """Check the saved plan against the schema and write the validation report."""
        municipality, layer = self.plan_in_use()
        if layer is None:
            return None
        path = plan_path(layer)

        def work(task):
            findings = check_records([record for _, record, _ in feature_records(open_plan(path))])
            return write_report(report_path(path), _title(municipality), path, findings), len(findings)

        def done(outcome: Outcome):
            if not outcome.ok:
                self._failed(outcome, municipality, tr("The warmteprogramma could not be checked: {0}."))
                return
            report, count = outcome.result
            text = trn("%n values of the warmteprogramma do not follow the schema.", count) if count \
                else tr("Every value of the warmteprogramma follows the schema.")
            self.report_ready.emit(report, text)

        return self._run(tr("Checking the warmteprogramma of {0}").format(municipality.name), work, done)


def _title(municipality: Municipality) -> str:
    return tr("Validation of the warmteprogramma of {0} ({1})").format(municipality.name, municipality.code)


def _imported_text(outcome: ImportOutcome, metadata: PlanMetadata, municipality: Municipality, source: str) -> str:
    lines = [trn("The values of %n buurten were read from {0} into the plan: review them, then save the edits "
                 "(or roll them back).", outcome.matched).format(os.path.basename(source))]
    if metadata.gemeentecode and metadata.gemeentecode != municipality.code:
        lines.append(tr("The file is the plan of {0} ({1}).").format(metadata.gemeentenaam or "?",
                                                                      metadata.gemeentecode))
    if outcome.not_in_plan:
        lines.append(trn("%n buurten of the file are not in this plan: {0}.", len(outcome.not_in_plan)).format(
            listed(outcome.not_in_plan)))
    if outcome.not_in_file:
        lines.append(trn("%n buurten of the plan are not in the file and kept their values.",
                         len(outcome.not_in_file)))
    return " ".join(lines)

