"""Run work off the GUI thread in a QgsTask and hand the result back on the GUI thread."""
from __future__ import annotations

from typing import Any, Callable, Optional, Set

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask

LOG_TAG = "DEGO"
_running: Set[QgsTask] = set()  # keeps Python wrappers alive until their callback ran


def run_in_background(
    description: str,
    work: Callable[[QgsTask], Any],
    on_done: Callable[[Optional[Exception], Any], None],
    flags=QgsTask.Flag.CanCancel,
) -> QgsTask:
    """`work(task)` runs in a worker thread; `on_done(error, result)` runs on the GUI thread, never raising."""

    def finished(error, result=None):
        _running.discard(task)
        try:
            on_done(error, result)
        except Exception as callback_error:  # a bug here must not reach QGIS's Python error dialog
            log(f"{description}: {callback_error!r}", Qgis.MessageLevel.Critical)

    task = QgsTask.fromFunction(description, work, on_finished=finished, flags=flags)
    _running.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def log(message: str, level=Qgis.MessageLevel.Info) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)
