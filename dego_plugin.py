"""DegoPlugin: creates the DEGO toolbar, menu and catalogue dock and wires them to the functions that work."""
from __future__ import annotations

import os

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .algorithms.provider import DegoProvider
from .controllers.locator_filter import DegoLocatorFilter
from .controllers.messages import (
    catalogue_checking_status,
    catalogue_fallback_message,
    catalogue_status,
    refresh_done_message,
    refresh_failed_message,
)
from .controllers.municipality_choice import MunicipalityChoice
from .dialogs.catalogue_dock import CatalogueDock, DegoDropHandler
from .dialogs.municipality_picker import MunicipalityPicker
from .dialogs.settings_page import DegoOptionsFactory
from .i18n import install_translator, tr
from .layers.loader import LayerLoader
from .service import settings
from .service.catalogue_source import LIVE, load_catalogue, load_saved, replaces
from .service.http import fetch
from .toolbelt.tasks import log, run_in_background

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
        self.municipality = None
        self.picker = None
        self.maps_dialog = None
        self.provider = None
        self.options_factory = None
        self.locator_filter = None
        self.loader = LayerLoader(QgsProject.instance(), lambda url: fetch(url).body, self.notify, run_in_background)
        self._refreshing = None  # the live catalogue request
        self._reading_saved = None  # the start-up read of the saved catalogue
        self._shown = None  # CatalogueState of the catalogue in the dock

    # --- QGIS plugin interface -------------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS's name)
        self.dock = CatalogueDock(self.iface.mainWindow())
        self.dock.add_requested.connect(self.add_entry)
        self.dock.refresh_requested.connect(self.refresh_requested)
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
        maps = QAction(QIcon(ICON), tr("Transitievisiekaarten…"), self.iface.mainWindow())
        maps.setToolTip(tr("Make the transitievisie maps of the chosen municipality as print layouts and PDF"))
        maps.triggered.connect(self.show_maps_dialog)
        self.actions.append(maps)
        for action in self.actions:
            self.toolbar.addAction(action)
            self.iface.addPluginToWebMenu(tr("&DEGO"), action)

        self.drop_handler = DegoDropHandler(self.add_entry_by_id)
        self.iface.registerCustomDropHandler(self.drop_handler)
        self._init_municipality()
        self._init_qgis_integration()
        self._show_saved_catalogue()  # at once, from disk...
        self.refresh_catalogue()  # ...while the live request runs

    def unload(self):
        if self.maps_dialog is not None:
            self.maps_dialog.cancel()
            self.maps_dialog.deleteLater()
            self.maps_dialog = None
        self._unload_qgis_integration()
        self._unload_municipality()
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        for action in self.actions:
            self.iface.removePluginWebMenu(tr("&DEGO"), action)
            action.deleteLater()
        self.actions = []
        if self.dock is not None:
            self.dock.add_requested.disconnect(self.add_entry)
            self.dock.refresh_requested.disconnect(self.refresh_requested)
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        for task in (self._reading_saved, self._refreshing):
            if task is not None:
                task.cancel()  # their callbacks see the dock gone
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # --- wiring ----------------------------------------------------------------------------------
    def notify(self, level, text: str) -> None:
        log(text, level)
        self.iface.messageBar().pushMessage(tr("DEGO"), text, level, MESSAGE_SECONDS)

    def refresh_requested(self) -> None:
        """The user pressed Refresh: unlike the start-up load, every outcome is reported."""
        self.refresh_catalogue(user=True)

    def refresh_catalogue(self, user: bool = False) -> None:
        if self._refreshing is not None:
            return
        url, hosts = settings.catalogue_url(), settings.allowed_hosts()
        if self.dock is not None:
            self.dock.set_busy(True)
        self._refreshing = run_in_background(
            tr("Loading the DEGO catalogue"), lambda task: load_catalogue(url, hosts),
            lambda error, state: self._catalogue_loaded(error, state, user),
        )

    def _show_saved_catalogue(self) -> None:
        """Start-up: the saved (else built-in) catalogue, read from disk, fills the dock while the live one loads."""
        hosts = settings.allowed_hosts()
        self._reading_saved = run_in_background(
            tr("Reading the saved DEGO catalogue"), lambda task: load_saved(hosts), self._saved_loaded)

    def _saved_loaded(self, error, state) -> None:
        self._reading_saved = None
        if self.dock is None or self._shown is not None:
            return  # unloaded meanwhile, or the live outcome came first
        if error is not None or state is None:  # a bug or a missing bundled file: the live request still runs
            log(f"saved catalogue not read: {error!r}", Qgis.MessageLevel.Warning)
            return
        self._show(state, catalogue_checking_status(state))

    def _catalogue_loaded(self, error, state, user: bool = False) -> None:
        self._refreshing = None
        if self.dock is None:
            return  # unloaded meanwhile
        self.dock.set_busy(False)
        if error is not None or state is None:  # a bug, not a network problem: load_catalogue never raises
            log(f"catalogue task failed: {error!r}", Qgis.MessageLevel.Critical)
            if self._shown is not None:
                self.dock.set_status(catalogue_status(self._shown))  # no longer "checking"
            self.notify(Qgis.MessageLevel.Warning, tr("The catalogue could not be loaded; press Refresh to try again."))
            return
        if user or replaces(self._shown, state):  # a user's Refresh always shows what it got
            self._show(state, catalogue_status(state))
        else:  # unchanged, or the same saved copy again: the dock (search, selection, scroll) stays as it is
            self._shown = state
            self.dock.set_status(catalogue_status(state))
        if state.failure:
            log(f"live catalogue not used: {state.failure_code}: {state.failure}", Qgis.MessageLevel.Warning)
        if user:
            if state.origin == LIVE:
                self.notify(Qgis.MessageLevel.Success, refresh_done_message(state))
            else:
                self.notify(Qgis.MessageLevel.Warning, refresh_failed_message(state))
        elif state.origin != LIVE:
            self.notify(Qgis.MessageLevel.Info, catalogue_fallback_message(state))  # one quiet message at start-up

    def _show(self, state, status: str) -> None:
        self._shown = state
        self.catalogue = state.catalogue
        self.dock.set_catalogue(state.catalogue, status)
        self._catalogue_for_municipality(state.catalogue)

    def add_entry(self, entry) -> None:
        self.loader.add(entry)

    def add_entry_by_id(self, layer_id: str) -> None:
        entry = self.catalogue.entry(layer_id) if self.catalogue is not None else None
        if entry is None:
            self.notify(Qgis.MessageLevel.Warning, tr("DEGO: layer “{0}” is not in the catalogue").format(layer_id))
            return
        self.add_entry(entry)

    def show_maps_dialog(self) -> None:
        """The "Transitievisiekaarten" dialog (compositions/); one at a time, kept while its export runs."""
        from .dialogs.transitievisie_dialog import TransitievisieDialog

        running = self.maps_dialog
        if running is not None and running.task is not None:
            running.show()
            running.raise_()
            return
        municipality = self.municipality.current if self.municipality is not None else None
        self.maps_dialog = TransitievisieDialog(QgsProject.instance(), self.catalogue, municipality,
                                                lambda url: fetch(url).body, run_in_background, self.notify,
                                                self.iface.mainWindow())
        self.maps_dialog.show()

    # --- municipality choice (controllers/municipality_choice.py) ----------------------------------
    def _init_municipality(self) -> None:
        """The picker on the toolbar; the choice clips new layers (loader) and all DEGO layers on change."""
        self.municipality = MunicipalityChoice(QgsProject.instance(), self.notify, run_in_background,
                                               self.iface.mapCanvas())
        self.loader.current_municipality = lambda: self.municipality.current
        self.picker = MunicipalityPicker(self.toolbar)
        self.picker.municipality_requested.connect(self.municipality.choose)
        self.picker.clear_requested.connect(self.municipality.clear)
        self.picker.list_wanted.connect(self.municipality.want_list)
        self.municipality.list_changed.connect(self.picker.set_municipalities)
        self.municipality.changed.connect(self.picker.show_current)
        self.picker_action = self.toolbar.addWidget(self.picker)
        self.municipality.restore()  # the project open when the plugin starts

    def _catalogue_for_municipality(self, catalogue) -> None:
        self.municipality.catalogue = catalogue
        self.municipality.set_boundaries(catalogue.boundaries)

    def _unload_municipality(self) -> None:
        if self.municipality is None:
            return
        self.loader.current_municipality = lambda: None
        self.municipality.unload()
        self.municipality = None
        self.picker.deleteLater()
        self.picker = None

    # --- QGIS integration: Processing provider, Options page, search bar ---------------------------
    def initProcessing(self):  # noqa: N802 (QGIS's name; qgis_process calls only this)
        if self.provider is None:
            self.provider = DegoProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def _init_qgis_integration(self) -> None:
        self.initProcessing()
        self.options_factory = DegoOptionsFactory(self.notify, run_in_background, self._settings_applied)
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.locator_filter = DegoLocatorFilter(lambda: self.catalogue, self.add_entry)
        self.iface.registerLocatorFilter(self.locator_filter)

    def _settings_applied(self, catalogue_changed: bool) -> None:
        if catalogue_changed:
            self.refresh_catalogue(user=True)
        # mask colour/opacity and the boundary service may have changed
        self.municipality.restyle_mask()
        self.municipality.set_boundaries(self.catalogue.boundaries if self.catalogue else {})

    def _unload_qgis_integration(self) -> None:
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.locator_filter is not None:
            self.iface.deregisterLocatorFilter(self.locator_filter)  # QGIS deletes it
            self.locator_filter = None
