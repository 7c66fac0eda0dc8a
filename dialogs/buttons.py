"""Qt's standard dialog buttons with the plugin's own texts: Qt translates "Close" only with its qtbase
translations, which a QGIS installation may not have (the Dutch dialog said "Close")."""
from __future__ import annotations

from qgis.PyQt.QtWidgets import QDialogButtonBox

from ..i18n import tr


def close_buttons(parent=None) -> QDialogButtonBox:
    """A button box with one Close button (its `rejected` signal), in QGIS's language."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
    return buttons
