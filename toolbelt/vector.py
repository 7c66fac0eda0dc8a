"""Vector-data names that moved after QGIS 3.22, spelled for the QGIS that runs the plugin: QgsField(name,
QMetaType.Type) exists from 3.38 on while 3.22 only knows QgsField(name, QVariant.Type) (which Qt 6 lacks), and the
WKB types moved to Qgis.WkbType in 3.30."""
from __future__ import annotations

from qgis.core import Qgis, QgsField

STRING, INTEGER, BOOLEAN, DATE = "string", "integer", "boolean", "date"  # the kinds of model/plan.py

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _TYPES = {STRING: QMetaType.Type.QString, INTEGER: QMetaType.Type.Int, BOOLEAN: QMetaType.Type.Bool,
              DATE: QMetaType.Type.QDate}
else:
    from qgis.PyQt.QtCore import QVariant

    _TYPES = {STRING: QVariant.String, INTEGER: QVariant.Int, BOOLEAN: QVariant.Bool, DATE: QVariant.Date}

if Qgis.QGIS_VERSION_INT >= 33000:
    MULTIPOLYGON = Qgis.WkbType.MultiPolygon
else:
    from qgis.core import QgsWkbTypes

    MULTIPOLYGON = QgsWkbTypes.Type.MultiPolygon


def new_field(name: str, kind: str) -> QgsField:
    """A field of kind STRING, INTEGER, BOOLEAN or DATE."""
    return QgsField(name, _TYPES[kind])
