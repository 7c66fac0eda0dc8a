"""The few QGIS and Qt names that moved after QGIS 3.22, spelled for the QGIS that runs the plugin.

QGIS 4 (Qt 6) need not keep the old spellings 3.22 still needs, and 3.22 lacks the new ones. Everywhere else
the plugin uses names both have; `make lint` (tools/qt6_check.py) checks them against PyQt6 and QGIS 3.40
without its compatibility aliases, skipping the old-version branches below.
"""
from __future__ import annotations

from qgis.core import Qgis, QgsLegendStyle

try:
    from qgis.PyQt.QtGui import QAction  # Qt 6; QGIS 3.40+ on Qt 5 also has it here
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # noqa: F401 (re-exported)

if Qgis.QGIS_VERSION_INT >= 33000:
    KILOMETERS, METERS = Qgis.DistanceUnit.Kilometers, Qgis.DistanceUnit.Meters
else:
    from qgis.core import QgsUnitTypes

    KILOMETERS, METERS = QgsUnitTypes.DistanceUnit.DistanceKilometers, QgsUnitTypes.DistanceUnit.DistanceMeters

if Qgis.QGIS_VERSION_INT >= 34000:
    SEGMENT_SIZE_FIXED = Qgis.ScaleBarSegmentSizeMode.Fixed
else:
    from qgis.core import QgsScaleBarSettings

    SEGMENT_SIZE_FIXED = QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed

if Qgis.QGIS_VERSION_INT >= 33600:
    NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
else:
    from qgis.core import QgsProcessingAlgorithm

    NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading

if Qgis.QGIS_VERSION_INT >= 33200:
    NO_INIT_CODE = Qgis.AttributeFormPythonInitCodeSource.NoSource
else:
    from qgis.core import QgsEditFormConfig

    NO_INIT_CODE = QgsEditFormConfig.PythonInitCodeSource.CodeSourceNone



if Qgis.QGIS_VERSION_INT >= 34000:  # these scoped Qgis enums came between 3.24 and 3.36; 3.40 has them all
    NO_GEOMETRY = Qgis.FeatureRequestFlag.NoGeometry
    LAYOUT_MILLIMETERS = Qgis.LayoutUnit.Millimeters
    ALL_UPPERCASE = Qgis.Capitalization.AllUppercase
    DONT_RESOLVE_LAYERS = Qgis.ProjectReadFlags(Qgis.ProjectReadFlag.DontResolveLayers)
else:
    from qgis.core import QgsFeatureRequest, QgsProject, QgsStringUtils, QgsUnitTypes

    NO_GEOMETRY = QgsFeatureRequest.Flag.NoGeometry
    LAYOUT_MILLIMETERS = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    ALL_UPPERCASE = QgsStringUtils.Capitalization.AllUppercase
    DONT_RESOLVE_LAYERS = QgsProject.ReadFlags(QgsProject.ReadFlag.FlagDontResolveLayers)


def text_points(style: QgsLegendStyle) -> float:
    """The size in points of a legend style's text (QgsLegendStyle.font() is deprecated from 3.30 on)."""
    if Qgis.QGIS_VERSION_INT >= 33000:
        return style.textFormat().toQFont().pointSizeF()
    return style.font().pointSizeF()
