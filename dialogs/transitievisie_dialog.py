"""The "Transitievisiekaarten" dialog: tick presets, choose paper and folder, press Export.

A thin face on compositions/map_set.py: it makes the print layers (background task), the layouts (in the
project, editable afterwards in the layout designer) and starts the export task, whose progress it shows; QGIS
stays usable meanwhile and Cancel stops the export without leaving a half-written file.
"""
from __future__ import annotations

import os
from typing import Callable, List

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..compositions import map_set
from ..compositions.buurtprofiel_set import ProfileJob, ProfileJobOutcome
from ..compositions.export import ExportOptions, ExportOutcome, file_stem
from ..i18n import tr
from ..layers.plan_layer import plan_layer_for
from ..model.presets import Preset, parse_presets
from ..toolbelt.outside_text import rich_text
from ..toolbelt.tasks import later
from ..service import settings
from .buurtprofiel_box import BuurtprofielBox
from .paper import paper_boxes


class TransitievisieDialog(QDialog):
    def __init__(self, project: QgsProject, catalogue, municipality, fetch, run_task,
                 notify: Callable[[object, str], None], parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Transitievisiekaarten"))
        self.setMinimumWidth(460)
        self.project = project
        self.catalogue = catalogue
        self.municipality = municipality
        self._fetch = fetch
        self._run_task = run_task
        self._notify = notify
        self.task = None
        self.profile_job = None
        self.layouts: List = []
        self.presets, problems = parse_presets(catalogue) if catalogue is not None else ((), ())
        for problem in problems:
            notify(Qgis.MessageLevel.Warning, tr("DEGO: map preset skipped: {0}").format(problem))

        layout = QVBoxLayout(self)
        self.municipality_label = QLabel(self._municipality_text())
        self.municipality_label.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from the boundary service
        self.municipality_label.setWordWrap(True)
        layout.addWidget(self.municipality_label)
        layout.addWidget(QLabel(tr("Maps:")))
        layout.addWidget(self._preset_list(), 1)
        layout.addSpacing(6)
        layout.addLayout(self._paper_and_folder())
        for box in self._output_boxes():
            layout.addWidget(box)
        self.profiles = BuurtprofielBox(project, catalogue, municipality, fetch, run_task)
        self.profiles.toggled.connect(lambda _: self.export_button.setEnabled(self._can_start()))
        layout.addWidget(self.profiles)
        self._make_progress()
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())
        self.export_button.setEnabled(self._can_start())
        # The wrapped municipality line makes Qt underestimate the minimum height (height-for-width): start
        # with room for it, or the list overlaps the paper row.
        self.resize(480, layout.sizeHint().height() + self.municipality_label.sizeHint().height())

    # -- parts --------------------------------------------------------------------------------------
    def _preset_list(self) -> QListWidget:
        """One checked row per preset."""
        self.preset_list = QListWidget()
        for preset in self.presets:
            item = QListWidgetItem(preset.title)
            item.setToolTip(rich_text(preset.description) if preset.description else "")
            item.setData(Qt.ItemDataRole.UserRole, preset.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.preset_list.addItem(item)
        # every map of a usual set visible without scrolling: a council set has about eight
        rows = min(max(len(self.presets), 4), 10)
        frame = 2 * self.preset_list.frameWidth()
        self.preset_list.setMinimumHeight(self.preset_list.sizeHintForRow(0) * rows + frame + 12)
        return self.preset_list

    def _paper_and_folder(self) -> QFormLayout:
        form = QFormLayout()
        self.paper, self.orientation = paper_boxes(tr("As each map suggests"))
        form.addRow(tr("Paper size:"), self.paper)
        form.addRow(tr("Orientation:"), self.orientation)
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(os.path.join(os.path.expanduser("~"), "DEGO-kaarten"))
        form.addRow(tr("Output folder:"), self.folder)
        return form

    def _output_boxes(self) -> List[QCheckBox]:
        self.pdf_per_map = QCheckBox(tr("A PDF per map"))
        self.pdf_per_map.setChecked(True)
        self.combined = QCheckBox(tr("All maps in one PDF"))
        self.png = QCheckBox(tr("Also PNG images"))
        self.wijk_pages = QCheckBox(tr("Pages per wijk"))
        self.wijk_pages.setToolTip(tr("After each map's page of the whole municipality, one page per wijk, "
                                      "clipped to the wijk (in the PDFs)."))
        return [self.pdf_per_map, self.combined, self.png, self.wijk_pages]

    def _make_progress(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may quote catalogue titles and server errors
        self.status.setWordWrap(True)

    def _buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(tr("Make and export"))
        self.cancel_button = QPushButton(tr("Cancel export"))
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        return self.buttons

    # -- state --------------------------------------------------------------------------------------
    def _municipality_text(self) -> str:
        if self.municipality is None or not self.municipality.has_boundary:
            return tr("No municipality chosen: choose one on the DEGO toolbar first.")
        return tr("Municipality: {0} ({1})").format(self.municipality.name, self.municipality.code)

    def _can_start(self) -> bool:
        wanted = bool(self.presets) or self.profiles.isChecked()
        return wanted and self.municipality is not None and self.municipality.has_boundary

    def chosen_presets(self) -> List[Preset]:
        ids = [self.preset_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.preset_list.count())
               if self.preset_list.item(i).checkState() == Qt.CheckState.Checked]
        return [p for p in self.presets if p.id in ids]

    def options(self) -> ExportOptions:
        name = tr("transitievisiekaarten {0}").format(self.municipality.name if self.municipality else "")
        return ExportOptions(self.folder.filePath(), self.pdf_per_map.isChecked(), self.combined.isChecked(),
                             file_stem(name), self.png.isChecked(), self.wijk_pages.isChecked())

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy and self._can_start())
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)

    # -- actions ------------------------------------------------------------------------------------
    def start(self) -> None:
        presets = self.chosen_presets()
        if not presets and not self.profiles.isChecked():
            self.status.setText(tr("Tick at least one map."))
            return
        options = self.options()
        if not options.folder.strip():
            self.status.setText(tr("Choose an output folder."))
            return
        if presets and not (options.pdf_per_map or options.combined_pdf or options.png):
            self.status.setText(tr("Choose PDF per map, one PDF, or PNG."))
            return
        if self.profiles.problem():
            self.status.setText(self.profiles.problem())
            return
        if not presets:  # only the buurtprofielen
            self._busy(True)
            self._start_profiles()
            return
        plan = plan_layer_for(self.project, self.municipality.code) if self.municipality is not None else None
        if plan is not None and plan.isModified() and any(p.uses_plan for p in presets):
            self._notify(Qgis.MessageLevel.Info, tr("DEGO: the warmteprogramma has unsaved edits; the Wat- and "
                                                    "Wanneer-kaarten show the saved plan."))
        self._busy(True)
        self.progress.setValue(0)
        self.status.setText(tr("Preparing the layers…"))
        self.task = map_set.prepare_print_layers(self.project, self.catalogue, presets, self.municipality,
                                                 self._fetch, self._run_task,
                                                 lambda failures: self._layers_ready(presets, options, failures),
                                                 options.wijk_pages)

    def _layers_ready(self, presets: List[Preset], options: ExportOptions, failures) -> None:
        for title, reason in failures.items():
            self._notify(Qgis.MessageLevel.Warning, tr("DEGO: “{0}” could not be added: {1}").format(title, reason))
        made = map_set.make_layouts(self.project, self.catalogue, presets, self.municipality,
                                    self.paper.currentData(), self.orientation.currentData(), settings.logo_path(),
                                    options.wijk_pages)
        for failure in made.failures:
            self._notify(Qgis.MessageLevel.Warning, tr("DEGO: map not made: {0}").format(failure))
        self.layouts = made.layouts
        if not made.layouts:
            self.status.setText(tr("No map could be made."))
            self._then_profiles(False)
            return
        self.status.setText(tr("Exporting {0} maps…").format(len(made.layouts)))
        self.task = map_set.export_layouts(made.layouts, options, self._exported)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        if self.profile_job is not None:
            self.profile_job.cancel()

    def _exported(self, outcome: ExportOutcome) -> None:
        self.task = None
        for failure in outcome.failures:
            self._notify(Qgis.MessageLevel.Warning, tr("DEGO: export failed: {0}").format(failure))
        if outcome.cancelled:
            text = tr("Export cancelled; the layouts are in the project ({0} files were written).").format(
                len(outcome.files))
        else:
            text = tr("{0} files written to {1}; the layouts are in the project.").format(
                len(outcome.files), self.folder.filePath())
        self.status.setText(text)
        self._notify(Qgis.MessageLevel.Info if outcome.cancelled or outcome.failures else Qgis.MessageLevel.Success,
                     "DEGO: " + text)
        self._then_profiles(outcome.cancelled)

    # -- buurtprofielen (compositions/buurtprofiel_set.py) -----------------------------------------------------------
    def _then_profiles(self, cancelled: bool) -> None:
        """After the maps: the buurtprofielen when ticked (started from the event loop: this runs in a task's
        completion), else the dialog is free again."""
        if self.profiles.isChecked() and not cancelled:
            later(self._start_profiles)
        else:
            self._busy(False)

    def _start_profiles(self) -> None:
        self.progress.setValue(0)
        self.profile_job = ProfileJob(self.project, self.catalogue, self.municipality,
                                      self.profiles.options(self.folder.filePath()), self._fetch, self._run_task,
                                      self._profiles_done, self.status.setText, settings.logo_path(),
                                      lambda value: self.progress.setValue(int(value)))
        self.profile_job.start()

    def _profiles_done(self, outcome: ProfileJobOutcome) -> None:
        self.profile_job = None
        self._busy(False)
        for failure in outcome.failures:
            self._notify(Qgis.MessageLevel.Warning, tr("DEGO: buurtprofielen: {0}").format(failure))
        if outcome.cancelled:
            text = tr("Buurtprofielen cancelled ({0} files were written).").format(len(outcome.files))
        elif outcome.layout is None:
            text = tr("No buurtprofiel could be made.")
        else:
            text = tr("{0} buurtprofiel files written to {1}; the layout is in the project.").format(
                len(outcome.files), self.folder.filePath())
        self.status.setText(text)
        self._notify(Qgis.MessageLevel.Info if outcome.cancelled or outcome.failures else Qgis.MessageLevel.Success,
                     "DEGO: " + text)
