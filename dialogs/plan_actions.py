"""The "Warmteprogramma" button on the DEGO toolbar: make or update the plan, and a menu to make it elsewhere,
export it as open data, import a plan file and check it. A thin face on controllers/plan.py: it asks for files and
folders and shows the validation report's button; the controller does the work."""
from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog, QMenu, QPushButton, QToolButton

from ..controllers.plan import PlanController
from ..i18n import tr
from ..toolbelt.log import never_raises
from ..toolbelt.resources import PLAN_ICON, icon

try:
    from qgis.PyQt.QtGui import QAction  # Qt 6
except ImportError:
    from qgis.PyQt.QtWidgets import QAction

REPORT_SECONDS = 30


class PlanActions:
    """The toolbar button (with its menu) and the menu entries of the warmteprogramma."""

    def __init__(self, controller: PlanController, iface, parent):
        self.controller = controller
        self.iface = iface
        self.parent = parent
        self.action = QAction(icon(PLAN_ICON), tr("Warmteprogramma"), parent)
        self.action.setToolTip(tr("Make or update the warmteprogramma of the chosen municipality: per buurt what "
                                  "replaces natural gas, and when"))
        self.action.triggered.connect(self.make)
        self.menu = QMenu(parent)
        for text, slot in ((tr("Make or update the warmteprogramma"), self.make),
                           (tr("Make the warmteprogramma in a file of my choice…"), self.make_elsewhere),
                           (tr("Export plan as open data…"), self.export),
                           (tr("Import a plan file…"), self.import_file),
                           (tr("Check the plan (validation report)"), lambda *args: controller.validate())):
            self.menu.addAction(text).triggered.connect(slot)
        self.action.setMenu(self.menu)
        controller.report_ready.connect(self.show_report)

    def add_to(self, toolbar) -> None:
        toolbar.addAction(self.action)
        button = toolbar.widgetForAction(self.action)
        if isinstance(button, QToolButton):  # a click makes the plan, the arrow opens the menu
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

    def unload(self) -> None:
        self.controller.report_ready.disconnect(self.show_report)
        self.controller.unload()
        self.menu.deleteLater()
        self.action.deleteLater()

    @never_raises
    def make(self, *args) -> None:
        if self.controller.needs_path():
            self.make_elsewhere()
            return
        self.controller.make()

    @never_raises
    def make_elsewhere(self, *args) -> None:
        if self.controller.municipality() is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.parent, tr("Save the warmteprogramma as"),
                                              self.controller.default_path(), tr("GeoPackage (*.gpkg)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.controller.make(path if path.lower().endswith(".gpkg") else path + ".gpkg")

    @never_raises
    def export(self, *args) -> None:
        if self.controller.plan_in_use()[1] is None:  # the user is told why not
            return
        folder = QFileDialog.getExistingDirectory(self.parent, tr("Export the warmteprogramma to folder"),
                                                  self.controller.project.homePath())
        if folder:
            self.controller.export(folder)

    @never_raises
    def import_file(self, *args) -> None:
        if self.controller.plan_in_use()[1] is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.parent, tr("Import a warmteprogramma"),
                                              self.controller.project.homePath(),
                                              tr("Warmteprogramma (*.gpkg *.geojson *.json)"))
        if path:
            self.controller.import_file(path)

    @never_raises
    def show_report(self, path: str, text: str) -> None:
        """The outcome in the message bar, with a button that opens the validation report."""
        bar = self.iface.messageBar()
        message = bar.createMessage(tr("DEGO"), text)
        button = QPushButton(tr("Open report"), message)
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        message.layout().addWidget(button)
        bar.pushWidget(message, Qgis.MessageLevel.Warning, REPORT_SECONDS)
