"""Names of areas on a printed map: buurt and wijk names as QGIS labels, placed inside their polygon and never over
one another, readable on A3 and A4. The name is the layer's field value, drawn as plain text (never evaluated as an
expression: the names come from a server).
"""
from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsNullSymbolRenderer,
    QgsPalLayerSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..toolbelt.qgis_names import ALL_UPPERCASE

if Qgis.QGIS_VERSION_INT >= 32600:
    _INSIDE = Qgis.LabelPlacement.Horizontal
else:
    _INSIDE = QgsPalLayerSettings.Placement.Horizontal

FONT = "Arial"  # the layout templates' font (tools/build_layout_templates.py)
WIJK, BUURT = "wijk", "buurt"
# level: (points, bold, capitals, colour, priority 0-10, wrap after characters)
_LOOKS = {
    WIJK: (8.5, True, True, (85, 85, 85), 8, 0),
    BUURT: (7.5, False, False, (25, 25, 25), 5, 14),
}


def name_labels(field: str, level: str) -> QgsVectorLayerSimpleLabeling:
    """The names in `field` of a layer of wijken or buurten: horizontal, inside the polygon or not at all, the wijk
    names in spaced capitals above the buurt names in the competition for room."""
    points, bold, capitals, colour, priority, wrap = _LOOKS[level]
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.isExpression = False  # the value itself, whatever it holds
    settings.placement = _INSIDE
    settings.fitInPolygonOnly = True
    settings.priority = priority
    settings.autoWrapLength = wrap
    settings.obstacleSettings().setIsObstacle(False)
    font = QFont(FONT)
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    if capitals:  # the text format's, not the QFont's: only it is saved with the layer (a reopened project, the
        text.setCapitalization(ALL_UPPERCASE)  # export's copy) and QGIS applies it before measuring the label
    text.setSize(points)
    text.setColor(QColor(*colour))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(0.6)
    halo.setColor(QColor(255, 255, 255))
    text.setBuffer(halo)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def show_names_only(layer: QgsVectorLayer, field: str, level: str) -> None:
    """GUI thread: the layer draws nothing but the names of its areas."""
    layer.setRenderer(QgsNullSymbolRenderer())
    layer.setLabeling(name_labels(field, level))
    layer.setLabelsEnabled(True)
