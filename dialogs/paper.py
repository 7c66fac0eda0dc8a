"""The paper choosers the settings page and the maps dialog share (sizes and orientations of model/presets.py)."""
from __future__ import annotations

from typing import Tuple

from qgis.PyQt.QtWidgets import QComboBox

from ..controllers.messages import orientation_name
from ..model.presets import ORIENTATIONS, PAPER_SIZES


def paper_boxes(as_preset: str = "") -> Tuple[QComboBox, QComboBox]:
    """(paper size, orientation) combo boxes whose item data is the value; with `as_preset`, each starts with
    that text for "as each map suggests" (data "")."""
    size, orientation = QComboBox(), QComboBox()
    if as_preset:
        size.addItem(as_preset, "")
        orientation.addItem(as_preset, "")
    for paper in PAPER_SIZES:
        size.addItem(paper, paper)
    for value in ORIENTATIONS:
        orientation.addItem(orientation_name(value), value)
    return size, orientation
