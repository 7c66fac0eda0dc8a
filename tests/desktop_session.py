"""Runs inside the real QGIS desktop (`qgis --code desktop_session.py`, started by test_desktop.py).

Acts like a user: waits for the DEGO dock to show the catalogue, types a layer title in its search field,
presses Down to pick the match and clicks "Add"; then zooms to the layer, lets the map draw and saves a
screenshot. Then the maps: clicks "Make maps…" on the toolbar, chooses the municipality $DEGO_DESKTOP_MUNICIPALITY
in the toolbar's picker while the dialog is open, leaves only the map $DEGO_DESKTOP_PRESET ticked, exports it to
$DEGO_DESKTOP_MAPS, clicks "Open folder" and "Open PDF" (the opened addresses are recorded instead of starting a
viewer) and saves the dialog as $DEGO_DESKTOP_DIALOG_SHOT. It writes what it saw as JSON to $DEGO_DESKTOP_OUT and
quits QGIS.
"""
import json
import os
import sys
import time

from qgis.core import QgsApplication, QgsPointXY, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QObject, Qt, QTimer, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar
from qgis.utils import active_plugins, iface, plugins

OUT = os.environ["DEGO_DESKTOP_OUT"]
SHOT = os.environ["DEGO_DESKTOP_SHOT"]
LAYER_ID = os.environ["DEGO_DESKTOP_LAYER"]
MUNICIPALITY = os.environ["DEGO_DESKTOP_MUNICIPALITY"]
PRESET = os.environ["DEGO_DESKTOP_PRESET"]
MAPS = os.environ["DEGO_DESKTOP_MAPS"]
DIALOG_SHOT = os.environ["DEGO_DESKTOP_DIALOG_SHOT"]
DEADLINE = time.monotonic() + float(os.environ.get("DEGO_DESKTOP_SECONDS", "60"))

seen = {"steps": []}
state = {"step": "catalogue", "since": time.monotonic()}


def colourful_pixels(image):
    """Pixels of the map that are clearly coloured (the DEGO energy-label colours), not grey or white."""
    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = QColor(image.pixel(x, y))
            if colour.hsvSaturation() > 120 and colour.value() > 60:
                count += 1
    return count


class Opened(QObject):
    """Stands in for the system's viewer: records each file address the desktop asks it to open."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @pyqtSlot(QUrl)
    def open(self, url):
        self.urls.append(url.toLocalFile())


opened = Opened()


def dialog_state(dialog):
    """What the user sees in the maps dialog."""
    return {"make_enabled": dialog.export_button.isEnabled(), "make_text": dialog.export_button.text(),
            "municipality": dialog.municipality_label.text(), "picker": dialog.picker.currentText(),
            "status": dialog.status.text(), "busy_bar": dialog.progress.isVisible(),
            "open_pdf": dialog.open_pdf.text() if dialog.open_pdf.isVisible() else None,
            "open_folder": dialog.open_folder.text() if dialog.open_folder.isVisible() else None}


def finish(reason):
    seen["finished"] = reason
    seen["active_plugins"] = list(active_plugins)
    module = sys.modules.get("dego_plugin")
    seen["plugin_file"] = getattr(module, "__file__", "")
    seen["processing_provider"] = QgsApplication.processingRegistry().providerById("dego") is not None
    window = iface.mainWindow()
    seen["toolbars"] = [t.objectName() for t in window.findChildren(QToolBar) if t.isVisible()]
    seen["docks"] = [d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()]
    window.grab().save(SHOT)
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(seen, handle, indent=1)
    QgsProject.instance().setDirty(False)  # no "save the project?" question on the way out
    # nor about temporary scratch layers (the municipality's mask and outline are memory layers)
    QgsSettings().setValue("askToSaveMemoryLayers", False, QgsSettings.Section.App)
    QTimer.singleShot(0, iface.actionExit().trigger)


def tick():
    try:
        step()
    except Exception as error:  # a broken session must end QGIS, not leave it waiting
        timer.stop()
        seen["session_error"] = repr(error)
        finish(f"session error in step {state['step']}")


def step():
    if time.monotonic() > DEADLINE:
        timer.stop()
        finish(f"timeout in step {state['step']}")
        return
    plugin = plugins.get("dego_plugin")
    current = state["step"]
    if current == "catalogue":
        if plugin is None or plugin.catalogue is None or plugin.dock is None or not plugin.dock.busy.isHidden():
            return  # the saved catalogue may show first: wait for the live request's outcome
        dock = plugin.dock
        entry = plugin.catalogue.entry(LAYER_ID)
        seen["catalogue_layers"] = len(plugin.catalogue.layers)
        seen["dock_themes"] = dock.model.rowCount()
        seen["dock_status"] = dock.status_label.text()
        seen["title"] = entry.title
        dock.setUserVisible(True)
        dock.search.setFocus()
        dock.search.setText(entry.title)
        QTest.keyClick(dock.search, Qt.Key.Key_Down)  # picks the first match, as a user would
        selected = dock.selected_entry()
        seen["selected"] = selected.id if selected is not None else None
        dock.add_button.click()
        state["step"] = "layer"
    elif current == "layer":
        layers = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == seen["title"]]
        if not layers or QgsApplication.taskManager().countActiveTasks():
            return
        layer = layers[0]
        group = QgsProject.instance().layerTreeRoot().findGroup("DEGO")
        seen["layer_valid"] = layer.isValid()
        seen["layer_features"] = layer.featureCount()
        seen["layer_in_dego_group"] = group is not None and group.findLayer(layer.id()) is not None
        canvas = iface.mapCanvas()
        x, y = (float(v) for v in os.environ["DEGO_DESKTOP_CENTRE"].split(","))
        canvas.setCenter(QgsPointXY(x, y))  # project CRS is the layer's (EPSG:28992)
        canvas.zoomScale(10000)
        canvas.refresh()
        state["step"] = "drawing"
        state["since"] = time.monotonic()
    elif current == "drawing":
        canvas = iface.mapCanvas()
        if canvas.isDrawing() or time.monotonic() - state["since"] < 2.0:
            return
        seen["canvas_colourful_pixels"] = colourful_pixels(canvas.grab().toImage())
        window = iface.mainWindow()
        toolbar = window.findChild(QToolBar, "DegoToolbar")
        [action] = [a for a in toolbar.actions() if a.text() == "Make maps…"]
        QTest.mouseClick(toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)
        state["step"] = "dialog"
    elif current == "dialog":
        dialog = plugin.maps_dialog
        if dialog is None or not dialog.isVisible():
            return
        seen["dialog_opened"] = dialog_state(dialog)
        picker = plugin.picker  # the toolbar's, while the dialog stays open
        picker.setFocus()
        picker.lineEdit().clear()
        QTest.keyClicks(picker.lineEdit(), MUNICIPALITY)
        QTest.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
        state["step"] = "chosen"
    elif current == "chosen":
        dialog = plugin.maps_dialog
        if not dialog.export_button.isEnabled():
            return  # the boundary is on its way
        seen["dialog_chosen"] = dialog_state(dialog)
        for row in range(dialog.preset_list.count()):
            item = dialog.preset_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == PRESET
                               else Qt.CheckState.Unchecked)
        dialog.folder.setFilePath(MAPS)
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        seen["dialog_exporting"] = dialog_state(dialog)
        state["step"] = "exported"
    elif current == "exported":
        dialog = plugin.maps_dialog
        if dialog.busy:
            return
        seen["dialog_exported"] = dialog_state(dialog)
        seen["maps_files"] = sorted(os.listdir(MAPS))
        dialog.grab().save(DIALOG_SHOT)
        QDesktopServices.setUrlHandler("file", opened, "open")
        try:
            QTest.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
            QTest.mouseClick(dialog.open_pdf, Qt.MouseButton.LeftButton)
        finally:
            QDesktopServices.unsetUrlHandler("file")
        seen["opened"] = opened.urls
        timer.stop()
        finish("done")


iface.mainWindow().resize(1366, 768)
timer = QTimer()
timer.timeout.connect(tick)
timer.start(200)
