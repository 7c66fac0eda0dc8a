"""The paper choosers the settings page and the maps dialog share (sizes and orientations of model/presets.py)."""
from __future__ import annotations

from typing import Tuple

from qgis.PyQt.QtWidgets import QComboBox

from ..controllers.messages import orientation_name
from ..i18n import tr
from ..model.presets import EACH_PAPER, ONE_PAPER, ORIENTATIONS, PAPER_SIZES


def paper_boxes() -> Tuple[QComboBox, QComboBox]:
    """(paper size, orientation) combo boxes whose item data is the value: the size starts with "One size for all
    maps" (ONE_PAPER) and "As each map suggests" (EACH_PAPER), the orientation with "As each map suggests" ('')."""
    size, orientation = QComboBox(), QComboBox()
    size.addItem(tr("One size for all maps"), ONE_PAPER)
    size.addItem(tr("As each map suggests"), EACH_PAPER)
    orientation.addItem(tr("As each map suggests"), "")
    for paper in PAPER_SIZES:
        size.addItem(paper, paper)
    for value in ORIENTATIONS:
        orientation.addItem(orientation_name(value), value)
    return size, orientation
