"""The export's copies of a layout without text labels: QGIS 3.22 (up to about 3.34) logs "Cannot load HTML based
item label in background threads" for every QgsLayoutItemLabel made outside the GUI thread, HTML or not, and the
export worker reads dozens of them (compositions/export.py). QGIS 3.40 no longer does.

So on the GUI thread, before the worker gets a layout's XML, each plain-text label in it is written as what prints
the same and is silent in a worker: a one-cell manual table (QgsLayoutItemManualTable) in a frame of the label's
place, size, id, stacking, frame and background, its text in the label's font, colour and alignment, wrapped at the
label's width, top first. The label's `[% … %]` expressions stay expressions: the cell is the expression `concat()`
of the label's literal parts and its expressions, evaluated per page (an atlas page names its own buurt or wijk),
as the label would. A label in HTML mode or turned by a rotation is left a label: it needs QGIS's label. The
project's layouts are never changed: only the XML the worker reads.
"""
from __future__ import annotations

import re
from typing import List

from qgis.core import (
    QgsExpression,
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemRegistry,
    QgsLayoutMeasurement,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsProperty,
    QgsReadWriteContext,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument, QDomElement

from ..toolbelt.qgis_names import LAYOUT_MILLIMETERS

POINT_MM = 25.4 / 72  # a text format's size in points (as a new QgsTextFormat's), in mm
_LABEL = QgsLayoutItemRegistry.ItemType.LayoutLabel
_LABEL_TYPE = str(int(getattr(_LABEL, "value", _LABEL)))  # as the XML spells it; an enum member in PyQt6
_EXPRESSION = re.compile(r"\[%(.*?)%\]", re.DOTALL)  # as QgsExpression.replaceExpressionText finds them


def labels_as_tables(layout: QgsLayout, document: QDomDocument) -> None:
    """GUI thread: in `document` (`layout` written as XML), each of the layout's plain labels as a one-cell table."""
    root = document.documentElement()
    scratch = QgsLayout(layout.project())  # owns the tables and frames made here, and deletes them with itself
    for element in _label_elements(root):
        label = layout.itemByUuid(element.attribute("uuid"))
        if not isinstance(label, QgsLayoutItemLabel) or not _plain(label):
            continue
        frame_element, table_element = _as_table(scratch, label, document)
        root.replaceChild(frame_element, element)
        root.appendChild(table_element)


def _label_elements(root: QDomElement) -> List[QDomElement]:
    found, node = [], root.firstChildElement("LayoutItem")
    while not node.isNull():
        if node.attribute("type") == _LABEL_TYPE:
            found.append(node)
        node = node.nextSiblingElement("LayoutItem")
    return found


def _plain(label: QgsLayoutItemLabel) -> bool:
    return label.mode() == QgsLayoutItemLabel.Mode.ModeFont and not label.itemRotation()


def _as_table(scratch: QgsLayout, label: QgsLayoutItemLabel, document: QDomDocument):
    """(the frame's LayoutItem element, the table's LayoutMultiFrame element) standing for `label`."""
    table = QgsLayoutItemManualTable.create(scratch)  # its constructor is not in the Python API
    scratch.addMultiFrame(table)
    table.setIncludeTableHeader(False)
    table.setShowGrid(False)
    table.setBackgroundColor(QColor(0, 0, 0, 0))
    table.setCellMargin(max(label.marginX(), 0.0))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setContentTextFormat(_text_format(label))
    column = QgsLayoutTableColumn()
    column.setHAlignment(label.hAlign())
    column.setVAlignment(label.vAlign())
    table.setColumns([column])
    width = max(label.rect().width() - 2 * max(label.marginX(), 0.0), 1.0)
    table.setColumnWidths([width])
    cell = QgsTableCell(_cell_content(label.text()))
    cell.setHorizontalAlignment(label.hAlign())
    cell.setVerticalAlignment(label.vAlign())
    table.setTableContents([[cell]])

    frame = QgsLayoutFrame(scratch, table)
    width, height = label.rect().width(), label.rect().height()  # layout units
    if not (label.frameEnabled() or label.hasBackground()):
        # A label's text may reach below its box (a title's descenders); a table's cell clips it, and its row must
        # fit in the frame. A line more of room below shows nothing: the text starts at the top either way.
        text_format = table.contentTextFormat()
        line = text_format.size() * (POINT_MM if text_format.sizeUnit() == QgsTextFormat().sizeUnit() else 1.0)
        height += scratch.convertToLayoutUnits(QgsLayoutMeasurement(line, LAYOUT_MILLIMETERS))
    table.setRowHeights([height - 2 * max(label.marginX(), 0.0)])  # at least: its cell clips the text to it
    frame.attemptResize(QgsLayoutSize(width, height + 0.01, scratch.units()))
    frame.attemptMove(label.positionWithUnits())
    frame.setId(label.id())
    frame.setVisibility(label.isVisible())
    frame.setZValue(label.zValue())
    frame.setItemOpacity(label.itemOpacity())
    frame.setFrameEnabled(label.frameEnabled())
    frame.setFrameStrokeColor(label.frameStrokeColor())
    frame.setFrameStrokeWidth(label.frameStrokeWidth())
    frame.setBackgroundEnabled(label.hasBackground())
    frame.setBackgroundColor(label.backgroundColor())
    frame.setHideBackgroundIfEmpty(True)
    table.addFrame(frame)

    holder = document.createElement("holder")
    frame.writeXml(holder, document, QgsReadWriteContext())
    table.writeXml(holder, document, QgsReadWriteContext())
    return holder.firstChildElement("LayoutItem"), holder.firstChildElement("LayoutMultiFrame")


def _text_format(label: QgsLayoutItemLabel) -> QgsTextFormat:
    if hasattr(label, "textFormat"):  # 3.24+
        return QgsTextFormat(label.textFormat())
    text_format = QgsTextFormat.fromQFont(label.font())  # in points, as the label's font
    text_format.setColor(label.fontColor())
    return text_format


def _cell_content(text: str):
    """The label's text as the cell's value: literal, or an expression joining its literal and evaluated parts."""
    parts = _EXPRESSION.split(text)
    if len(parts) == 1:
        return text
    pieces: List[str] = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            if part:
                pieces.append(QgsExpression.quotedString(part))
        elif QgsExpression(part).hasParserError():  # QGIS prints a broken expression as it stands
            pieces.append(QgsExpression.quotedString(f"[%{part}%]"))
        else:
            pieces.append(f"({part})")
    return QgsProperty.fromExpression(f"concat({', '.join(pieces)})") if pieces else ""

