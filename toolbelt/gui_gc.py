"""Python's cyclic garbage is freed on the GUI thread, wherever the collector finds it.

CPython's cyclic garbage collector runs in whichever thread crosses its allocation threshold: a QgsTask worker of
this plugin or another, or any Python thread. The garbage it finds there may hold Qt objects of the GUI thread
caught in a reference cycle (a dialog, a layer, a project); freeing it runs their C++ destructors in that thread
while the GUI thread may be using them, which Qt does not allow. Whole test runs showed what follows: segfaults at
random places, in workers (the export, the print layers) and in the GUI thread (`QgsProject.clear`, processing
events), 3 runs in 4. The same happens to a user in a long QGIS session.

`keep_garbage_on_gui_thread()` adds a gc callback: a collection outside the GUI thread keeps what it found
(`gc.DEBUG_SAVEALL`, for that collection only) and hands it to the GUI thread, which lets go of it and collects that
generation again there. Weak-reference callbacks and `__del__` methods still run where the garbage was found
(CPython runs them before it frees), and nothing is freed later than the GUI thread's next turn of the event
loop. Without a running Qt application (qgis_process) nothing is installed.
"""
from __future__ import annotations

import gc
import threading
from typing import List

from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, QTimer, pyqtSignal

_handover = None  # the _Handover, while installed
RETRIES, RETRY_MS = 20, 5


class _Handover(QObject):
    """Lives in the GUI thread; `found` is queued there from the collecting thread."""

    found = pyqtSignal(int)

    def __init__(self) -> None:
        super().__init__()
        self.gui_thread = threading.main_thread()
        self._lock = threading.Lock()
        self._kept: List[list] = []  # garbage found elsewhere, waiting for the GUI thread
        self._kept_before = 0  # len(gc.garbage) when the collection started
        self.found.connect(self.free, Qt.ConnectionType.QueuedConnection)

    def on_collection(self, phase: str, info: dict) -> None:
        """gc callback, in the collecting thread (only one collection runs at a time)."""
        if threading.current_thread() is self.gui_thread:
            return
        if phase == "start":
            self._kept_before = len(gc.garbage)
            gc.set_debug(gc.get_debug() | gc.DEBUG_SAVEALL)
            return
        gc.set_debug(gc.get_debug() & ~gc.DEBUG_SAVEALL)
        found = gc.garbage[self._kept_before:]
        del gc.garbage[self._kept_before:]
        if found:
            with self._lock:
                self._kept.append(found)
            # what survives a collection of generation g moves to g + 1 (the oldest is 2)
            self.found.emit(min(info.get("generation", 2) + 1, 2))

    def free(self, generation: int, tries: int = RETRIES) -> None:
        """GUI thread: the kept garbage is let go of and collected here."""
        with self._lock:
            kept, self._kept = self._kept, []
        if not kept and tries == RETRIES:  # an earlier call took it
            return
        del kept
        # 0 found: the collection that handed it over has not quite ended (it emitted `found` from its callback, and
        # the interpreter may switch threads before it ends): again a moment later
        if gc.collect(generation) == 0 and tries > 0:
            QTimer.singleShot(RETRY_MS, lambda: self.free(generation, tries - 1))


def keep_garbage_on_gui_thread() -> None:
    """Install the callback once per process (GUI thread; idempotent)."""
    global _handover
    if _handover is not None or QCoreApplication.instance() is None:
        return
    _handover = _Handover()
    gc.callbacks.append(_handover.on_collection)


def release() -> None:
    """Plugin unload (GUI thread): remove the callback and free what is kept, here and now."""
    global _handover
    handover, _handover = _handover, None
    if handover is None:
        return
    if handover.on_collection in gc.callbacks:
        gc.callbacks.remove(handover.on_collection)
    handover.free(2)
