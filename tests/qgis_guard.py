"""`no_python_errors()`: fails a test when anything reached QGIS's Python error dialog or was logged as an error.
`qt_messages()`: what Qt and QGIS print on the console (qDebug/qWarning, any thread) while the block runs.

QGIS shows its Python error dialog from `sys.excepthook` (PyQt calls it for an exception in a slot or a
callback); tasks and the plugin log failures to QgsMessageLog. Both are watched for the block's duration.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, qInstallMessageHandler

ERROR_TAGS = ("Python error", "Python warning")


@contextmanager
def no_python_errors():
    caught = []

    def hook(kind, value, traceback):
        caught.append(f"uncaught {kind.__name__}: {value}")

    def on_log(message, tag, level):
        if tag in ERROR_TAGS or (tag == "DEGO" and level == Qgis.MessageLevel.Critical):
            caught.append(f"logged [{tag}] {message}")

    previous = sys.excepthook
    sys.excepthook = hook
    log = QgsApplication.messageLog()
    log.messageReceived.connect(on_log)
    try:
        yield caught
        QCoreApplication.processEvents()  # deliver log messages queued from worker threads
    finally:
        sys.excepthook = previous
        log.messageReceived.disconnect(on_log)
    assert caught == [], caught


@contextmanager
def qt_messages():
    """The messages Qt's message handler gets during the block (from any thread, as QGIS's console shows them);
    the handler that was installed before comes back afterwards."""
    printed = []

    def handler(kind, context, message):
        printed.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield printed
    finally:
        qInstallMessageHandler(previous)
