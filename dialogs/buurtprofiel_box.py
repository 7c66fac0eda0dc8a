"""The "Buurtprofielen" part of the Transitievisiekaarten dialog: make a profile page per buurt, for all buurten or
the chosen ones, as a PDF per buurt and/or one combined PDF. The list of buurten is fetched in the background when
the user asks to choose (compositions/buurtprofiel_set.py `list_buurten`, tasks of the box's own owner, closed with
the dialog or when the plugin unloads); the run itself is a `ProfileJob`."""
from __future__ import annotations

from typing import List, Optional, Tuple

from qgis.gui import QgsCheckableComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout

from ..compositions.buurtprofiel_set import ProfileOptions, list_buurten
from ..i18n import tr
from ..service import settings
from ..toolbelt.tasks import TaskOwner


class BuurtprofielBox(QGroupBox):
    def __init__(self, project, catalogue, municipality, fetch, parent=None):
        super().__init__(tr("Buurtprofielen"), parent)
        self.setCheckable(True)
        self.setChecked(False)
        self.setToolTip(tr("One A4 page per buurt for residents: the buurt on a map, its key figures next to the "
                           "municipality's (figures about few households are not shown), and the plan."))
        self._args = (project, catalogue, municipality, fetch)
        self._listing = TaskOwner()
        self.destroyed.connect(self._listing.close)
        project.cleared.connect(self._project_cleared)
        self.all_buurten = QRadioButton(tr("All buurten"))
        self.all_buurten.setChecked(True)
        self.chosen_buurten = QRadioButton(tr("Chosen buurten:"))
        self.buurten = QgsCheckableComboBox()
        self.buurten.setEnabled(False)
        self.buurten.setMinimumContentsLength(18)
        self.per_buurt = QCheckBox(tr("A PDF per buurt"))
        self.per_buurt.setChecked(True)
        self.combined = QCheckBox(tr("All buurten in one PDF"))
        self.combined.setChecked(True)
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # may quote a server's error
        self.note.setWordWrap(True)
        self.note.setVisible(False)

        choice = QHBoxLayout()
        choice.addWidget(self.all_buurten)
        choice.addWidget(self.chosen_buurten)
        choice.addWidget(self.buurten, 1)
        output = QHBoxLayout()
        output.addWidget(self.per_buurt)
        output.addWidget(self.combined)
        output.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addLayout(output)
        layout.addWidget(self.note)
        self.chosen_buurten.toggled.connect(self._choose)

    def _choose(self, chosen: bool) -> None:
        self.buurten.setEnabled(chosen)
        if chosen and self.buurten.count() == 0 and not self._listing.busy:
            self._list()

    def _list(self) -> None:
        self._say(tr("Fetching the buurten…"))
        list_buurten(*self._args, self._listing, self._listed)

    def set_municipality(self, municipality) -> None:
        """Another municipality: its buurten replace the list (fetched again when the user chooses buurten)."""
        project, catalogue, _, fetch = self._args
        self._args = (project, catalogue, municipality, fetch)
        self._listing.renew()
        self.buurten.clear()
        self._say("")
        if self.chosen_buurten.isChecked() and municipality is not None:
            self._list()  # the renewed owner drops the old list's outcome

    def stop_listing(self) -> None:
        """The plugin unloads: a listing on its way is cancelled and its outcome dropped."""
        self._listing.close()

    def _project_cleared(self) -> None:
        if self._listing.busy:  # the print layers on their way belong to the project that was closed
            self._listing.renew()
            self._say("")

    def _listed(self, buurten: Optional[List[Tuple[str, str]]], failure: str) -> None:
        if buurten is None:
            self._say(tr("The buurten could not be fetched: {0}").format(failure) if failure
                      else tr("Fetching the buurten was cancelled."))
            return
        self.buurten.clear()
        for code, name in buurten:
            self.buurten.addItemWithCheckState(f"{name} ({code})", Qt.CheckState.Unchecked, code)
        self._say("")

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def chosen_codes(self) -> Tuple[str, ...]:
        if not self.chosen_buurten.isChecked():
            return ()
        return tuple(str(code) for code in self.buurten.checkedItemsData())

    def problem(self) -> str:
        """Why the profiles cannot be made as set ('' when they can)."""
        if not self.isChecked():
            return ""
        if self.chosen_buurten.isChecked() and not self.chosen_codes():
            return tr("Choose at least one buurt, or all buurten.")
        if not (self.per_buurt.isChecked() or self.combined.isChecked()):
            return tr("Choose a PDF per buurt, one PDF, or both.")
        return ""

    def options(self, folder: str) -> ProfileOptions:
        return ProfileOptions(folder, self.per_buurt.isChecked(), self.combined.isChecked(), self.chosen_codes(),
                              settings.privacy_threshold())
