"""PYQGIS_STARTUP script for test_desktop.py: runs when QGIS starts Python, before any plugin loads, and
appends every QGIS message log entry (tag, level, text) as a JSON line to $DEGO_DESKTOP_LOG."""
import json
import os

from qgis.core import QgsApplication

_LOG_PATH = os.environ["DEGO_DESKTOP_LOG"]


def _record_message(message, tag, level):
    with open(_LOG_PATH, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"tag": tag, "level": int(level), "message": message}) + "\n")


if not QgsApplication.instance().property("dego_log_collector"):  # QGIS may run the startup script twice
    QgsApplication.instance().setProperty("dego_log_collector", True)
    QgsApplication.messageLog().messageReceived.connect(_record_message)
