"""The "DEGO" Processing provider: DEGO's algorithms in the toolbox, the model designer, batch mode and qgis_process."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..toolbelt.resources import icon
from .export_maps import ExportMapsAlgorithm
from .load_layer import LoadLayerAlgorithm
from .plan_files import ExportPlanAlgorithm, ImportPlanAlgorithm

PROVIDER_ID = "dego"


class DegoProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("DEGO")

    def longName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("DEGO energy-transition data")

    def icon(self) -> QIcon:
        return icon()

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS's name)
        self.addAlgorithm(LoadLayerAlgorithm())
        self.addAlgorithm(ExportMapsAlgorithm())
        self.addAlgorithm(ExportPlanAlgorithm())
        self.addAlgorithm(ImportPlanAlgorithm())
