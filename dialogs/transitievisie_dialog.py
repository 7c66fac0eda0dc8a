"""The "Transitievisiekaarten" dialog: tick presets, choose paper and folder, press Export.

A thin face on compositions/map_set.py's `MapSetJob`: print layers (background task), layouts (in the project,
editable afterwards in the layout designer), export (background task), whose progress it shows. QGIS stays
usable meanwhile; Cancel stops whichever step runs without leaving a half-made layer, layout or file, and the
dialog is ready for another run. The paper and orientation start at the "Default paper" setting: by default one
size for all maps (the one most of the ticked maps suggest), so a combined PDF has pages of one size; the choice
says which ("One size for all maps: A3"). With
"Buurtprofielen" ticked, a `ProfileJob` (compositions/buurtprofiel_set.py) runs after the maps, or alone.
"""
from __future__ import annotations

import os
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QStandardPaths, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..compositions.buurtprofiel_set import ProfileJob, ProfileJobOutcome
from ..compositions.export import ExportOptions, file_stem
from ..compositions.job import StagedJob
from ..compositions.map_set import EXPORTING, LAYOUTS, MapSetJob, MapSetOutcome
from ..i18n import tr, trn
from ..layers.plan_layer import plan_layer_for
from ..model.presets import EACH_PAPER, ONE_PAPER, Preset, common_paper, parse_presets
from ..toolbelt.outside_text import rich_text
from ..service import settings
from .buttons import close_buttons
from .buurtprofiel_box import BuurtprofielBox
from .municipality_picker import MunicipalityPicker
from .paper import paper_boxes


class TransitievisieDialog(QDialog):
    def __init__(self, project: QgsProject, catalogue, municipality, fetch,
                 notify: Callable[[object, str], None], parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Transitievisiekaarten"))
        self.setMinimumWidth(460)
        self.project = project
        self.catalogue = catalogue
        self.municipality = municipality
        self._fetch = fetch
        self._notify = notify
        self.job: Optional[StagedJob] = None  # the running MapSetJob or ProfileJob
        self._written: List[str] = []  # the files of the last run, for "Open PDF" and "Open folder"
        self.presets, problems = parse_presets(catalogue) if catalogue is not None else ((), ())
        for problem in problems:
            notify(Qgis.MessageLevel.Warning, tr("Map preset skipped: {0}").format(problem))

        layout = QVBoxLayout(self)
        # Its own picker, the same as the toolbar's (dego_plugin.py wires both to the project's choice): a policy
        # officer never needs the toolbar first, and a choice made on the toolbar shows here at once.
        self.picker = MunicipalityPicker(self)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(tr("Municipality:")))
        chooser.addWidget(self.picker, 1)
        layout.addLayout(chooser)
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
        self.profiles = BuurtprofielBox(project, catalogue, municipality, fetch)
        self.profiles.toggled.connect(lambda _: self.export_button.setEnabled(self._can_start()))
        layout.addWidget(self.profiles)
        self._make_progress()
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(self._open_buttons())
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
        self.paper, self.orientation = paper_boxes()
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper_size())))
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(settings.paper_orientation())))
        self.paper.setToolTip(tr("“One size for all maps”: every map on the paper most of them suggest, so one PDF "
                                 "of all maps has pages of one size; “As each map suggests”: each map on its own."))
        form.addRow(tr("Paper size:"), self.paper)
        self.preset_list.itemChanged.connect(self._show_paper)
        self._show_paper()
        form.addRow(tr("Orientation:"), self.orientation)
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(settings.maps_folder() or default_maps_folder())
        form.addRow(tr("Output folder:"), self.folder)
        return form

    def chosen_paper(self) -> str:
        """The paper size of every map of the set, or '' for each map's own: with "One size for all maps" the one
        most of the ticked maps suggest."""
        choice = self.paper.currentData()
        if choice == ONE_PAPER:
            return common_paper(self.chosen_presets())
        return "" if choice == EACH_PAPER else choice

    def _show_paper(self, *_args) -> None:
        """The paper choices say what they mean for the ticked maps: "One size for all maps: A3", "As each map
        suggests: A3 and A4" (a combined PDF then mixes them)."""
        presets = self.chosen_presets()
        sizes = sorted({preset.paper for preset in presets})
        one = tr("One size for all maps: {0}").format(common_paper(presets)) if presets else tr("One size for all maps")
        each = tr("As each map suggests: {0}").format(tr("{0} and {1}").format(*sizes)) if len(sizes) > 1 \
            else tr("As each map suggests")
        self.paper.setItemText(self.paper.findData(ONE_PAPER), one)
        self.paper.setItemText(self.paper.findData(EACH_PAPER), each)

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
        """The progress bar, the status line and (_open_buttons) the buttons that open the result keep their room
        while hidden or short: the buttons below never move when a run starts or ends."""
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        _keep_room(self.progress)
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may quote catalogue titles and server errors
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing())

    def _buttons(self) -> QDialogButtonBox:
        self.buttons = close_buttons()
        self.export_button = QPushButton(tr("Make and export"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        return self.buttons

    def _open_buttons(self) -> QHBoxLayout:
        """After an export: open the PDF (the combined one when made) or the folder, with the system's viewer."""
        self.open_pdf = QPushButton(tr("Open PDF"))
        self.open_folder = QPushButton(tr("Open folder"))
        _keep_room(self.open_pdf)
        _keep_room(self.open_folder)
        self.open_pdf.clicked.connect(lambda: _open(self._pdf_to_open))
        self.open_folder.clicked.connect(lambda: _open(self.folder.filePath()))
        row = QHBoxLayout()
        row.addWidget(self.open_pdf)
        row.addWidget(self.open_folder)
        row.addStretch(1)
        self._offer([])
        return row

    def _offer(self, files: List[str]) -> None:
        pdfs = [path for path in files if path.lower().endswith(".pdf")]
        combined = [path for path in pdfs if os.path.basename(path).startswith(self.options().combined_name)]
        self._pdf_to_open = (combined or pdfs or [""])[0]
        self.open_pdf.setVisible(bool(pdfs))
        self.open_folder.setVisible(bool(files))

    # -- state --------------------------------------------------------------------------------------
    def _municipality_text(self) -> str:
        if self.municipality is None or not self.municipality.has_boundary:
            return tr("No municipality chosen: choose one above (or on the DEGO toolbar).")
        return tr("The maps of {0} ({1}), clipped to its border.").format(self.municipality.name,
                                                                           self.municipality.code)

    def set_municipality(self, municipality) -> None:
        """The project's municipality changed (here, on the toolbar or by opening a project); a run already going
        keeps the municipality it started with."""
        self.municipality = municipality
        self.municipality_label.setText(self._municipality_text())
        self.profiles.set_municipality(municipality)
        if not self.busy:
            self.export_button.setEnabled(self._can_start())

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

    @property
    def busy(self) -> bool:
        return self.job is not None

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
        settings.set_maps_folder(options.folder)
        self._written = []
        self._offer([])
        if not presets:  # only the buurtprofielen
            self._busy(True)
            self._start_profiles()
            return
        plan = plan_layer_for(self.project, self.municipality.code) if self.municipality is not None else None
        if plan is not None and plan.isModified() and any(p.uses_plan for p in presets):
            self._notify(Qgis.MessageLevel.Info, tr("The warmteprogramma has unsaved edits; the Wat- and "
                                                    "Wanneer-kaarten show the saved plan."))
        self._busy(True)
        self.progress.setValue(0)
        self.job = MapSetJob(self.project, self.catalogue, presets, self.municipality, self._fetch, options,
                             self.chosen_paper(), self.orientation.currentData(), settings.logo_path(),
                             on_stage=self.status.setText, on_progress=lambda value: self.progress.setValue(int(value)),
                             on_done=self._done)
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("Cancelling…"))
            self.job.cancel()

    def close_job(self) -> None:
        """The plugin unloads: the running step is cancelled and nothing more happens to the project."""
        self.profiles.stop_listing()
        if self.job is not None:
            self.job.close()
            self.job = None

    def _done(self, outcome: MapSetOutcome) -> None:
        self.job = None
        self._written = list(outcome.files)
        self._offer(self._written)
        for failure in outcome.failures:
            self._notify(Qgis.MessageLevel.Warning, failure)
        text = self._outcome_text(outcome)
        self.status.setText(text)
        self._notify(_level(outcome), text)
        if self.profiles.isChecked() and not outcome.cancelled:
            self._start_profiles()  # the job of the maps has ended: this one's tasks are its own
        else:
            self._busy(False)

    def _outcome_text(self, outcome: MapSetOutcome) -> str:
        if outcome.project_closed:
            return tr("Cancelled: the project was closed before the maps were made.")
        if outcome.cancelled and outcome.stage == EXPORTING:
            return trn("Export cancelled; the layouts are in the project (%n files were written).",
                       len(outcome.files))
        if outcome.cancelled and outcome.stage == LAYOUTS:
            return trn("Cancelled; %n layouts are in the project, nothing was exported.", len(outcome.layouts))
        if outcome.cancelled:
            return tr("Cancelled; no maps were made.")
        if not outcome.layouts:
            return tr("No map could be made.")
        return trn("%n files written to {0}; the layouts are in the project.", len(outcome.files)).format(
            self.folder.filePath())

    # -- buurtprofielen (compositions/buurtprofiel_set.py) ------------------------------------------------------
    def _start_profiles(self) -> None:
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.job = ProfileJob(self.project, self.catalogue, self.municipality,
                              self.profiles.options(self.folder.filePath()), self._fetch, self._profiles_done,
                              self.status.setText, settings.logo_path(),
                              lambda value: self.progress.setValue(int(value)))
        self.job.start()

    def _profiles_done(self, outcome: ProfileJobOutcome) -> None:
        self.job = None
        self._written.extend(outcome.files)
        self._offer(self._written)
        self._busy(False)
        for failure in outcome.failures:
            self._notify(Qgis.MessageLevel.Warning, tr("Buurtprofielen: {0}").format(failure))
        if outcome.project_closed:
            text = tr("Buurtprofielen cancelled: the project was closed before they were made.")
        elif outcome.cancelled:
            text = trn("Buurtprofielen cancelled (%n files were written).", len(outcome.files))
        elif outcome.layout is None:
            text = tr("No buurtprofiel could be made.")
        else:
            text = trn("%n buurtprofiel files written to {0}; the layout is in the project.",
                       len(outcome.files)).format(self.folder.filePath())
        self.status.setText(text)
        self._notify(_level(outcome), text)


def default_maps_folder() -> str:
    """DEGO-kaarten in the user's Documents (the home folder where the system has none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return os.path.join(documents or os.path.expanduser("~"), "DEGO-kaarten")


def _keep_room(widget) -> None:
    """The widget's room stays in the layout while it is hidden."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def _open(path: str) -> None:
    """With the system's viewer, as QGIS opens an exported layout."""
    if path:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _level(outcome) -> Qgis.MessageLevel:
    """Success only when files were written and nothing failed or was cancelled."""
    if outcome.files and not (outcome.cancelled or outcome.failures):
        return Qgis.MessageLevel.Success
    return Qgis.MessageLevel.Info if outcome.cancelled else Qgis.MessageLevel.Warning
