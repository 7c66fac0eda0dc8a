"""DegoPlugin: creates the DEGO toolbar, menu and catalogue dock and wires them to the functions that work."""
from __future__ import annotations

import os

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .dialogs.catalogue_dock import CatalogueDock, DegoDropHandler
from .dialogs.messages import catalogue_fallback_message, catalogue_status
from .i18n import install_translator, tr
from .layers.loader import LayerLoader
from .service import settings
from .service.background import log, run_in_background
from .service.catalogue_source import LIVE, load_catalogue
from .service.http import fetch

ICON = os.path.join(os.path.dirname(__file__), "resources", "icons", "dego.svg")
MESSAGE_SECONDS = 8


class DegoPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.catalogue = None
        self.toolbar = None
        self.dock = None
        self.actions = []
        self.drop_handler = None
        self.loader = LayerLoader(QgsProject.instance(), lambda url: fetch(url).body, self.notify, run_in_background)
        self._refreshing = None

    # --- QGIS plugin interface -------------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS's name)
        self.dock = CatalogueDock(self.iface.mainWindow())
        self.dock.add_requested.connect(self.add_entry)
        self.dock.refresh_requested.connect(self.refresh_catalogue)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        self.toolbar = self.iface.addToolBar(tr("DEGO"))
        self.toolbar.setObjectName("DegoToolbar")
        show_dock = QAction(QIcon(ICON), tr("DEGO layers"), self.iface.mainWindow())
        show_dock.setToolTip(tr("Show or hide the DEGO layer catalogue"))
        show_dock.setCheckable(True)
        show_dock.setChecked(True)
        show_dock.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(show_dock.setChecked)
        self.actions.append(show_dock)
        for action in self.actions:
            self.toolbar.addAction(action)
            self.iface.addPluginToWebMenu(tr("&DEGO"), action)

        self.drop_handler = DegoDropHandler(self.add_entry_by_id)
        self.iface.registerCustomDropHandler(self.drop_handler)
        self.refresh_catalogue()

    def unload(self):
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        for action in self.actions:
            self.iface.removePluginWebMenu(tr("&DEGO"), action)
            action.deleteLater()
        self.actions = []
        if self.dock is not None:
            self.dock.add_requested.disconnect(self.add_entry)
            self.dock.refresh_requested.disconnect(self.refresh_catalogue)
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self._refreshing is not None:
            self._refreshing.cancel()
        if self.translator is not None:
            from qgis.PyQt.QtCore import QCoreApplication

            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # --- wiring ----------------------------------------------------------------------------------
    def notify(self, level, text: str) -> None:
        log(text, level)
        self.iface.messageBar().pushMessage(tr("DEGO"), text, level, MESSAGE_SECONDS)

    def refresh_catalogue(self) -> None:
        if self._refreshing is not None:
            return
        url, hosts = settings.catalogue_url(), settings.allowed_hosts()
        if self.dock is not None:
            self.dock.set_busy(True)
        self._refreshing = run_in_background(
            tr("Loading the DEGO catalogue"), lambda task: load_catalogue(url, hosts), self._catalogue_loaded
        )

    def _catalogue_loaded(self, error, state) -> None:
        self._refreshing = None
        if self.dock is None:
            return  # unloaded meanwhile
        self.dock.set_busy(False)
        if error is not None or state is None:
            self.notify(Qgis.MessageLevel.Critical, tr("DEGO: the catalogue could not be loaded: {0}").format(error))
            return
        self.catalogue = state.catalogue
        self.dock.set_catalogue(state.catalogue, catalogue_status(state))
        if state.origin != LIVE:
            self.notify(Qgis.MessageLevel.Info, catalogue_fallback_message(state))

    def add_entry(self, entry) -> None:
        self.loader.add(entry)

    def add_entry_by_id(self, layer_id: str) -> None:
        entry = self.catalogue.entry(layer_id) if self.catalogue is not None else None
        if entry is None:
            self.notify(Qgis.MessageLevel.Warning, tr("DEGO: layer “{0}” is not in the catalogue").format(layer_id))
            return
        self.add_entry(entry)
