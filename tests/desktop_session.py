"""Runs inside the real QGIS desktop (`qgis --code desktop_session.py`, started by test_desktop.py).

Acts like a user: waits for the DEGO dock to show the catalogue, types a layer title in its search field,
presses Down to pick the match and clicks "Add"; then zooms to the layer, lets the map draw, saves a
screenshot and writes what it saw as JSON to $DEGO_DESKTOP_OUT. Then it quits QGIS.
"""
import json
import os
import sys
import time

from qgis.core import QgsApplication, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar
from qgis.utils import active_plugins, iface, plugins

OUT = os.environ["DEGO_DESKTOP_OUT"]
SHOT = os.environ["DEGO_DESKTOP_SHOT"]
LAYER_ID = os.environ["DEGO_DESKTOP_LAYER"]
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
        timer.stop()
        finish("done")


iface.mainWindow().resize(1366, 768)
timer = QTimer()
timer.timeout.connect(tick)
timer.start(200)
