"""Run work off the GUI thread in a QgsTask and hand the result back on the GUI thread."""
from __future__ import annotations

from typing import Any, Callable, Optional, Set

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QTimer

from .log import log

_running: Set[QgsTask] = set()  # the Python side of running tasks (the task manager holds only the C++ side)


def keep_alive(task: QgsTask) -> None:
    """Hold the task's Python wrapper until `let_go`: a task whose wrapper is collected loses its callbacks."""
    _running.add(task)


def let_go(task: QgsTask) -> None:
    _running.discard(task)


def run_in_background(
    description: str,
    work: Callable[[QgsTask], Any],
    on_done: Callable[[Optional[Exception], Any], None],
    flags=QgsTask.Flag.CanCancel,
) -> QgsTask:
    """`work(task)` runs in a worker thread; `on_done(error, result)` runs on the GUI thread, never raising."""

    def finished(error, result=None):
        let_go(task)
        try:
            on_done(error, result)
        except Exception as callback_error:  # a bug here must not reach QGIS's Python error dialog
            log(f"{description}: {callback_error!r}", Qgis.MessageLevel.Critical)

    task = QgsTask.fromFunction(description, work, on_finished=finished, flags=flags)
    keep_alive(task)
    QgsApplication.taskManager().addTask(task)
    return task


def later(start_task: Callable[[], object]) -> None:
    """Start a task from the event loop, not from inside another task's completion: QGIS 3.22's task manager
    can lose a task added there (a stale runnable pointer, qgis/QGIS#53806)."""
    QTimer.singleShot(0, start_task)
