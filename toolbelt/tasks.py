"""One contract for all background work: `TaskOwner.run(description, work, on_outcome)`.

`work(task)` runs in a QgsTask's worker thread. `on_outcome(outcome)` runs exactly once, on the GUI thread, with
exactly one of: the result, the error, or "cancelled" (`Outcome`). The error is logged here: a `CodedError`
with its code as a warning, anything else (a bug) with its traceback as critical. QgsTask.fromFunction is not
used: its completion drops a falsy result (clearing an empty cache, "0 files", arrived as None) and reports a
cancel as an untranslated Exception('Task canceled').

Every task belongs to a `TaskOwner`: the object or the multi-step job whose outcome it is. `renew()` (a newer
request, the project cleared) and `close()` (the plugin unloads) cancel the owner's tasks and drop their
outcomes, so an outcome that arrives late never touches the project. A job keeps one owner for all its steps,
so Cancel and unload reach whichever step runs. At unload the plugin also waits (`wait_for_workers`, bounded) until
no worker runs its code any more: after unload QGIS may reload the plugin or, at exit, shut Python down.

Threads: what `work` creates it deletes before it returns, or moves to the GUI thread (QObject.moveToThread)
before returning it; the result is released on the GUI thread, after `on_outcome`. An error crosses to the GUI
thread without its traceback object (which would keep the worker's frames, and the objects they hold, alive
until Python's cyclic GC frees them in whatever thread it runs), as text.

QGIS 3.22: a task added while another task's completion is being handled can stay queued for ever
(qgis/QGIS#53806), so a task started from an outcome callback is added from the event loop instead. And the task
manager's threads (Qt's global thread pool; from 3.40 the manager's own) are kept for the session: see
`keep_pool_threads`. Python's cyclic garbage found by a collection in a worker is freed on the GUI thread: see
toolbelt/gui_gc.py.
"""
from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass
from typing import Any, Callable, List, Optional, Set

from qgis.core import Qgis, QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QThreadPool, QTimer

from ..model.errors import CodedError
from .gui_gc import keep_garbage_on_gui_thread
from .log import debug, log, log_exception, never_raises

_running: Set["BackgroundTask"] = set()  # the Python side of tasks not yet delivered (QGIS holds the C++ side)
_delivering = 0  # > 0 while an outcome callback runs
_working: Set["BackgroundTask"] = set()  # tasks whose `work` runs now, in a worker
_work_ended = threading.Condition()  # guards _working; notified when a worker leaves `run`


@dataclass(frozen=True)
class Outcome:
    """What a background task ended with: `result`, or `error`, or `cancelled`; never two of them."""

    result: Any = None
    error: Optional[BaseException] = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class BackgroundTask(QgsTask):
    """A QgsTask that runs `work(task)` and delivers its `Outcome` once; made by `TaskOwner.run`."""

    def __init__(self, description: str, work: Callable[["BackgroundTask"], Any],
                 on_outcome: Callable[[Outcome], None], owner: "TaskOwner", flags):
        super().__init__(description, flags)
        self._work = work
        self._on_outcome = on_outcome
        self._owner = owner
        self._generation = owner.generation
        self.feedback = QgsFeedback()  # cancelled with the task: for QGIS calls in `work` that take a feedback
        self._result: Any = None
        self._error: Optional[BaseException] = None
        self._trace = ""
        self._seconds = 0.0
        self._added = False
        self._cancel_asked = False
        self._delivered = False

    def start(self) -> None:
        _running.add(self)
        if _delivering:
            QTimer.singleShot(0, self._add)  # not inside another task's completion (qgis/QGIS#53806)
        else:
            self._add()

    def _add(self) -> None:
        if self._cancel_asked:  # cancelled before the task manager had it: it never runs
            self._deliver()
            return
        self._added = True
        QgsApplication.taskManager().addTask(self)

    def cancel(self) -> None:
        """From the owner, the dialog or QGIS's task manager (GUI thread)."""
        if self._delivered:
            return
        self._cancel_asked = True
        self.feedback.cancel()
        if self._added:
            super().cancel()

    def is_cancelled(self) -> bool:
        """For `work`: whether to stop early (the outcome is "cancelled" whatever `work` returns)."""
        return self._cancel_asked or self.isCanceled()

    # -- worker thread ----------------------------------------------------------------------------
    def run(self) -> bool:
        started = time.monotonic()
        with _work_ended:
            _working.add(self)
        try:
            self._result = self._work(self)
            return True
        except Exception as error:  # noqa: BLE001 (every error becomes the outcome; logged on the GUI thread)
            self._trace = traceback.format_exc()
            self._error = _without_frames(error)
            return False
        finally:
            self._seconds = time.monotonic() - started
            # What QGIS's providers left to this thread for deletion (network replies and connections) goes now,
            # while what they are connected to still exists, not in some later task's nested event loop.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            with _work_ended:
                _working.discard(self)
                _work_ended.notify_all()

    # -- GUI thread -------------------------------------------------------------------------------
    def finished(self, result: bool) -> None:  # noqa: ARG002 (the outcome says more than QGIS's bool)
        self._deliver()

    def _deliver(self) -> None:
        global _delivering
        if self._delivered:
            return
        self._delivered = True
        _running.discard(self)
        self._owner._forget(self)
        outcome = self._outcome()
        on_outcome = self._on_outcome
        # Released here, on the GUI thread: layers in a result were moved to it
        self._work = self._on_outcome = self._result = self._error = None
        if not self._owner.wants(self._generation):
            debug(f"{self.description()}: outcome dropped (a newer request, the project closed or unloaded)")
            return
        _delivering += 1
        try:
            never_raises(on_outcome)(outcome)
        finally:
            _delivering -= 1

    def _outcome(self) -> Outcome:
        error = self._error
        if isinstance(error, CodedError):
            log(f"{self.description()}: {error.code}: {error}", Qgis.MessageLevel.Warning)
        elif error is not None:
            log_exception(self.description(), error, self._trace)
        if self.is_cancelled():
            debug(f"{self.description()}: cancelled after {self._seconds:.2f} s")
            return Outcome(cancelled=True)
        debug(f"{self.description()}: {'failed' if error else 'done'} in {self._seconds:.2f} s")
        return Outcome(error=error) if error is not None else Outcome(result=self._result)


def keep_pool_threads() -> None:
    """Threads of Qt's global pool (render jobs, and QGIS 3.22's task manager) and of the task manager's own pool
    (QGIS 3.40 and later) never expire.

    Each thread has its own PROJ context, and a CRS keeps a PROJ object per context. When an idle pool thread
    expires (after 30 s), its context is destroyed, but QGIS 3.22 does not make every CRS forget the object it made
    for it; a later thread whose context lands at the same address is handed the dead object: heap corruption,
    then a SIGABRT ("corrupted double-linked list") or a segfault in whichever worker next uses that CRS. With
    threads expiring after 50 ms the map set crashed 3 runs out of 3, with threads kept none (a handful of idle
    threads is all this costs). QGIS 3.40 and 3.44 instead drop the PROJ object of a cached CRS first made in the
    thread that ended, while the cache keeps the CRS: every later worker then fails to transform with it ("NULL P
    object not allowed"): WMS layers without an extent, GeoPackages written without a CRS, features lost."""
    QThreadPool.globalInstance().setExpiryTimeout(-1)
    own_pool = getattr(QgsApplication.taskManager(), "threadPool", None)  # not in 3.22: its tasks use the global one
    if own_pool is not None:
        own_pool().setExpiryTimeout(-1)


class TaskOwner:
    """The background tasks of one object or job, and whether their outcomes are still wanted."""

    def __init__(self) -> None:
        keep_pool_threads()
        keep_garbage_on_gui_thread()
        self.generation = 0
        self._closed = False
        self._tasks: List[BackgroundTask] = []

    def run(self, description: str, work: Callable[[BackgroundTask], Any], on_outcome: Callable[[Outcome], None],
            flags=QgsTask.Flag.CanCancel) -> Optional[BackgroundTask]:
        """Start `work` in the background; None once the owner is closed."""
        if self._closed:
            return None
        task = BackgroundTask(description, work, on_outcome, self, flags)
        self._tasks.append(task)
        task.start()
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel(self) -> None:
        """Cancel the running tasks; their outcomes arrive as cancelled."""
        for task in list(self._tasks):
            task.cancel()

    def renew(self) -> None:
        """A newer request or a cleared project: cancel the running tasks and drop their outcomes."""
        self.generation += 1
        self.cancel()

    def close(self) -> None:
        """The owner goes away (unload): its tasks are cancelled, their outcomes dropped, no new task starts."""
        self._closed = True
        self.renew()

    def wants(self, generation: int) -> bool:
        return not self._closed and generation == self.generation

    def _forget(self, task: BackgroundTask) -> None:
        if task in self._tasks:
            self._tasks.remove(task)


def _without_frames(error: BaseException) -> BaseException:
    """The error and the errors it was raised from, without tracebacks: they hold the worker's frames."""
    pending, seen = [error], set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending.extend((current.__cause__, current.__context__))
    return error


def wait_for_workers(seconds: float) -> bool:
    """GUI thread, at unload, after the owners were closed: wait until no worker runs the plugin's code (a cancelled
    task stops at its next check; a file being written is finished), at most `seconds`. True when none is left;
    otherwise the rest is logged and left to finish on its own (its outcome is dropped all the same)."""
    deadline = time.monotonic() + seconds
    with _work_ended:
        while _working:
            left = deadline - time.monotonic()
            if left <= 0:
                names = ", ".join(sorted(task.description() for task in _working))
                log(f"still running after {seconds:.0f} s at unload: {names}", Qgis.MessageLevel.Warning)
                return False
            _work_ended.wait(left)  # releases the GIL: the workers go on
    return True


def pending_tasks() -> int:
    """How many tasks still have an outcome to deliver (tests wait for 0)."""
    return len(_running)
