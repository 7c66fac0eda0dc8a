"""DegoPlugin: creates the DEGO toolbar, menu and catalogue dock and wires them to the functions that work."""
from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt

from .algorithms.provider import DegoProvider
from .controllers.catalogue_refresh import CatalogueRefresh
from .controllers.locator_filter import DegoLocatorFilter
from .controllers.municipality_choice import MunicipalityChoice
from .controllers.plan import PlanController
from .dialogs.catalogue_dock import CatalogueDock, DegoDropHandler
from .dialogs.municipality_picker import MunicipalityPicker
from .dialogs.plan_actions import PlanActions
from .dialogs.settings_page import DegoOptionsFactory
from .i18n import install_translator, tr
from .layers.loader import LayerLoader
from .service import settings
from .service.http import fetch
from .toolbelt.log import log, set_debug
from .toolbelt.outside_text import html_text
from .toolbelt.qgis_names import QAction
from .toolbelt.resources import LAYERS_ICON, MAPS_ICON, icon
from .toolbelt import gui_gc
from .toolbelt.tasks import wait_for_workers

MESSAGE_SECONDS = 8
UNLOAD_WAIT_SECONDS = 5.0  # at most, for workers to stop after unload cancelled them


class DegoPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        set_debug(settings.debug_log())
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
        self.plan_actions = None
        self.loader = LayerLoader(QgsProject.instance(), lambda url: fetch(url).body, self.notify)
        self.catalogue_refresh = CatalogueRefresh(self.notify)  # which catalogue the dock shows

    # --- QGIS plugin interface -------------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS's name)
        self._init_dock()
        self._init_toolbar()
        self.drop_handler = DegoDropHandler(self.add_entry_by_id)
        self.iface.registerCustomDropHandler(self.drop_handler)
        self._init_municipality()
        self._init_qgis_integration()
        self.catalogue_refresh.start()

    def _init_dock(self) -> None:
        self.dock = CatalogueDock(self.iface.mainWindow())
        self.dock.add_requested.connect(self.add_entry)
        self.dock.refresh_requested.connect(self.refresh_requested)
        self.catalogue_refresh.shown.connect(self._show_catalogue)
        self.catalogue_refresh.status_changed.connect(self.dock.set_status)
        self.catalogue_refresh.busy_changed.connect(self.dock.set_busy)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

    def _init_toolbar(self) -> None:
        self.toolbar = self.iface.addToolBar(tr("DEGO"))
        self.toolbar.setObjectName("DegoToolbar")
        # Text beside each icon: a newcomer finds "Make maps" without hovering (issue 21).
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        show_dock = QAction(icon(LAYERS_ICON), tr("DEGO layers"), self.iface.mainWindow())
        show_dock.setToolTip(tr("Show or hide the DEGO layer catalogue: the national DEGO layers by theme, to add "
                                "to the map clipped to the chosen municipality"))
        show_dock.setCheckable(True)
        show_dock.setChecked(True)
        show_dock.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(show_dock.setChecked)
        self.actions.append(show_dock)
        maps = QAction(icon(MAPS_ICON), tr("Make maps…"), self.iface.mainWindow())
        maps.setToolTip(tr("Transitievisiekaarten: print the standard maps of the chosen municipality as PDF, "
                           "with title, legend, scale bar and sources"))
        maps.triggered.connect(self.show_maps_dialog)
        self.actions.append(maps)
        for action in self.actions:
            self.toolbar.addAction(action)
            self.iface.addPluginToWebMenu(tr("&DEGO"), action)
        self._init_plan()

    def _init_plan(self) -> None:
        """The "Warmteprogramma" button: the municipality's own plan per buurt (controllers/plan.py)."""
        plan = PlanController(QgsProject.instance(), self.notify, lambda: self.catalogue,
                              lambda: self.municipality.current if self.municipality else None)
        self.plan_actions = PlanActions(plan, self.iface, self.iface.mainWindow())
        self.plan_actions.add_to(self.toolbar)
        self.iface.addPluginToWebMenu(tr("&DEGO"), self.plan_actions.action)

    def unload(self):
        """Everything running stops and drops its outcome: nothing reaches the project after this."""
        self.catalogue_refresh.stop()
        self.loader.unload()
        self._close_maps_dialog()
        self._unload_qgis_integration()
        self._unload_municipality()
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        for action in self.actions:
            self.iface.removePluginWebMenu(tr("&DEGO"), action)
            action.deleteLater()
        self.actions = []
        if self.plan_actions is not None:
            self.iface.removePluginWebMenu(tr("&DEGO"), self.plan_actions.action)
            self.plan_actions.unload()
            self.plan_actions = None
        if self.dock is not None:
            self.dock.add_requested.disconnect(self.add_entry)
            self.dock.refresh_requested.disconnect(self.refresh_requested)
            self.catalogue_refresh.shown.disconnect(self._show_catalogue)
            self.catalogue_refresh.status_changed.disconnect(self.dock.set_status)
            self.catalogue_refresh.busy_changed.disconnect(self.dock.set_busy)
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        wait_for_workers(UNLOAD_WAIT_SECONDS)  # every owner is closed: their workers stop at their next check
        gui_gc.release()  # no callback of this plugin stays in Python's collector after it is gone

    # --- wiring ----------------------------------------------------------------------------------
    def notify(self, level, text: str) -> None:
        """Every message of the plugin: to the log and the message bar, both HTML, so outside text in it is escaped."""
        log(text, level)
        self.iface.messageBar().pushMessage(tr("DEGO"), html_text(text), level, MESSAGE_SECONDS)

    def refresh_requested(self) -> None:
        """The user pressed Refresh: unlike the start-up load, every outcome is reported."""
        self.catalogue_refresh.refresh(user=True)

    @property
    def catalogue(self):
        return self.catalogue_refresh.catalogue

    def _show_catalogue(self, catalogue, status: str) -> None:
        self.dock.set_catalogue(catalogue, status)
        self._catalogue_for_municipality(catalogue)

    def add_entry(self, entry) -> None:
        self.loader.add(entry)

    def add_entry_by_id(self, layer_id: str) -> None:
        entry = self.catalogue.entry(layer_id) if self.catalogue is not None else None
        if entry is None:
            self.notify(Qgis.MessageLevel.Warning, tr("Layer “{0}” is not in the catalogue.").format(layer_id))
            return
        self.add_entry(entry)

    def show_maps_dialog(self) -> None:
        """The "Transitievisiekaarten" dialog (compositions/); one at a time, kept while its export runs."""
        from .dialogs.transitievisie_dialog import TransitievisieDialog

        running = self.maps_dialog
        if running is not None and running.busy:
            running.show()
            running.raise_()
            return
        self._close_maps_dialog()
        municipality = self.municipality.current if self.municipality is not None else None
        self.maps_dialog = TransitievisieDialog(QgsProject.instance(), self.catalogue, municipality,
                                                lambda url: fetch(url).body, self.notify,
                                                self.iface.mainWindow())
        if self.municipality is not None:  # the dialog follows the project's municipality, and can choose it
            self._connect_picker(self.maps_dialog.picker)
            self.municipality.changed.connect(self.maps_dialog.set_municipality)
        self.maps_dialog.show()

    def _close_maps_dialog(self) -> None:
        dialog, self.maps_dialog = self.maps_dialog, None
        if dialog is None:
            return
        dialog.close_job()
        if self.municipality is not None:
            self._connect_picker(dialog.picker, connect=False)
            self.municipality.changed.disconnect(dialog.set_municipality)
        dialog.deleteLater()

    # --- municipality choice (controllers/municipality_choice.py) ----------------------------------
    def _init_municipality(self) -> None:
        """The picker on the toolbar; the choice clips new layers (loader) and all DEGO layers on change."""
        self.municipality = MunicipalityChoice(QgsProject.instance(), self.notify, self.iface.mapCanvas())
        self.loader.current_municipality = lambda: self.municipality.current
        self.picker = MunicipalityPicker(self.toolbar)
        self._connect_picker(self.picker)
        self.toolbar.addWidget(self.picker)
        self.municipality.restore()  # the project open when the plugin starts

    def _connect_picker(self, picker, connect: bool = True) -> None:
        """A municipality picker (the toolbar's, the maps dialog's) chooses for the project and shows its choice."""
        pairs = ((picker.municipality_requested, self.municipality.choose),
                 (picker.clear_requested, self.municipality.clear),
                 (picker.list_wanted, self.municipality.want_list),
                 (self.municipality.list_changed, picker.set_municipalities),
                 (self.municipality.changed, picker.show_current))
        for signal, slot in pairs:
            signal.connect(slot) if connect else signal.disconnect(slot)
        if connect:
            picker.set_municipalities(self.municipality.municipalities)
            picker.show_current(self.municipality.current)

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
        self.options_factory = DegoOptionsFactory(self.notify, self._settings_applied)
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.locator_filter = DegoLocatorFilter(lambda: self.catalogue, self.add_entry)
        self.iface.registerLocatorFilter(self.locator_filter)

    def _settings_applied(self, catalogue_changed: bool) -> None:
        if catalogue_changed:
            self.catalogue_refresh.refresh(user=True)
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
