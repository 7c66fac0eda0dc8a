"""The municipality picker on the DEGO toolbar: type a few letters of the name or the code, pick, done.

A thin face: it lists what MunicipalityChoice loaded and asks it to choose; it builds no filter itself.
"""
from __future__ import annotations

import time
from typing import Optional

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QComboBox, QCompleter, QSizePolicy

from ..i18n import tr

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class MunicipalityPicker(QComboBox):
    """Editable combo box: the first row removes the choice, then 'Name (GM0344)' per municipality."""

    municipality_requested = pyqtSignal(str)  # a code, or the text the user typed
    clear_requested = pyqtSignal()
    list_wanted = pyqtSignal()  # the user started using the picker: time to load the list

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DegoMunicipalityPicker")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(tr("Municipality: every DEGO layer is clipped to it. Type a name or a code (GM0344, 0344)."))
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        # Matches anywhere in "Name (GM0344)", ignoring case: "344", "utr" and "gm03" all find Utrecht.
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(tr("Choose a municipality…"))
        self.lineEdit().setClearButtonEnabled(True)
        self.activated.connect(self._activated)
        completer.activated[str].connect(self._typed)
        self.lineEdit().returnPressed.connect(lambda: self._typed(self.lineEdit().text()))
        self._current_code = ""
        self._last = ("", 0.0)
        self.set_municipalities(None)

    def set_municipalities(self, listed) -> None:
        """A MunicipalityList, or None while loading or when it could not be loaded (typing a code still works)."""
        self.blockSignals(True)
        self._model.clear()
        none = QStandardItem(tr("(no municipality: whole country)"))
        none.setData("", CODE_ROLE)
        self._model.appendRow(none)
        for municipality in (listed.municipalities if listed is not None else ()):
            item = QStandardItem(municipality.label)
            item.setData(municipality.code, CODE_ROLE)
            self._model.appendRow(item)
        self.blockSignals(False)
        self.show_current(self._current_code)

    def show_current(self, municipality) -> None:
        """Show the project's choice (a Municipality, a code, or None)."""
        code = municipality if isinstance(municipality, str) else (municipality.code if municipality else "")
        self._current_code = code
        self.blockSignals(True)
        row = self._row_of(code) if code else None
        if row is not None:
            self.setCurrentIndex(row)
        else:
            self.setCurrentIndex(-1)
            self.lineEdit().setText(municipality.label if municipality is not None and not isinstance(
                municipality, str) else code)
        self.blockSignals(False)

    def focusInEvent(self, event):  # noqa: N802 (Qt's name)
        self.list_wanted.emit()
        super().focusInEvent(event)

    def showPopup(self):  # noqa: N802 (Qt's name)
        self.list_wanted.emit()
        super().showPopup()

    def _row_of(self, code: str) -> Optional[int]:
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(CODE_ROLE) == code:
                return row
        return None

    def _activated(self, row: int) -> None:
        code = self._model.item(row).data(CODE_ROLE) if 0 <= row < self._model.rowCount() else None
        if code is not None:
            self._request(code)

    def _typed(self, text: str) -> None:
        """Enter in the field or a completer pick: a listed label, else whatever was typed (e.g. '344')."""
        text = text.strip()
        labels = [self._model.item(row).text() for row in range(self._model.rowCount())]
        if text in labels:
            self._activated(labels.index(text))
            return
        matches = [row for row, label in enumerate(labels) if row and text and text.casefold() in label.casefold()]
        if len(matches) == 1:  # "proef" + Enter: the one municipality it can mean
            self._activated(matches[0])
            return
        self._request(text)

    def _request(self, code: str) -> None:
        # One user action can arrive as several signals (Enter, completer, activation): ask once.
        now = time.monotonic()
        if (code, ) == self._last[:1] and now - self._last[1] < 0.5:
            return
        self._last = (code, now)
        if code:
            self.municipality_requested.emit(code)
        else:
            self.clear_requested.emit()
