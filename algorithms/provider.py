"""The "DEGO" Processing provider: DEGO's algorithms in the toolbox, the model designer, batch mode and qgis_process."""
from __future__ import annotations

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from .export_maps import ExportMapsAlgorithm
from .load_layer import LoadLayerAlgorithm

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "dego.svg")
PROVIDER_ID = "dego"


class DegoProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("DEGO")

    def longName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("DEGO energy-transition data")

    def icon(self) -> QIcon:
        return QIcon(ICON)

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS's name)
        self.addAlgorithm(LoadLayerAlgorithm())
        self.addAlgorithm(ExportMapsAlgorithm())
