"""Waiting for QgsTasks so that the next test's tasks are safe on QGIS 3.22."""
from __future__ import annotations

from pytestqt.exceptions import TimeoutError  # noqa: A004 (pytest-qt's, not the builtin)
from qgis.core import QgsApplication


def settle(qtbot, timeout_ms: int = 30000) -> None:
    """Wait until every task finished AND the task manager cleaned it up, twice (a callback may start a task
    from the event loop). Adding a task while a finished one is not yet cleaned up can lose the new task on
    QGIS 3.22 (a stale runnable pointer, qgis/QGIS#53806): it then stays queued for ever."""
    manager = QgsApplication.taskManager()
    for _ in range(2):
        try:
            qtbot.waitUntil(lambda: manager.countActiveTasks() == 0 and not manager.tasks(), timeout=timeout_ms)
        except TimeoutError as error:  # pytest-qt's: say which task hangs
            stuck = [(task.description(), int(task.status())) for task in manager.tasks()]
            raise AssertionError(f"tasks did not finish: {stuck}") from error
        qtbot.wait(20)
