"""Measures how long the Qt event loop of this process goes without a turn (a frozen QGIS window).

    meter = StallMeter(); meter.start(); ...work, with the event loop running...; longest_ms = meter.stop()

A QTimer ticks every `interval_ms`; the longest time between two ticks is the longest stall (plus at most
the interval). A watchdog thread notes where the GUI thread was during the longest stall (`where`), so a
failing measurement says what froze it. Used by the GUI-stall test and `make bench` (`max_gui_stall_ms`).
"""
from __future__ import annotations

import gc
import sys
import threading
import time
import traceback

from qgis.PyQt.QtCore import QTimer

WATCH_AFTER_MS = 40


class StallMeter:
    def __init__(self, interval_ms: int = 5):
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0
        self.ticks = 0
        self.where = ""  # the GUI thread's stack, sampled during the longest stall
        self._stall_stacks: list = []
        self._watching = threading.Event()
        self.longest_gc_ms = 0.0  # Python's garbage collection also stops the event loop, holding the GIL
        self._gc_started = 0.0

    def start(self) -> "StallMeter":
        self._last = time.perf_counter()
        self.longest_ms, self.ticks, self.where = 0.0, 0, ""
        self._stall_stacks = []
        self.longest_gc_ms = 0.0
        gc.callbacks.append(self._gc)
        self._timer.start()
        self._watching.set()
        threading.Thread(target=self._watch, args=(threading.main_thread().ident,), daemon=True).start()
        return self

    def _watch(self, gui_thread_id: int) -> None:
        while self._watching.is_set():
            time.sleep(0.01)
            if (time.perf_counter() - self._last) * 1000 > WATCH_AFTER_MS:
                frame = sys._current_frames().get(gui_thread_id)
                if frame is not None:
                    self._stall_stacks.append("".join(traceback.format_stack(frame)[-12:]))

    def _gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self._gc_started:
            self.longest_gc_ms = max(self.longest_gc_ms, (time.perf_counter() - self._gc_started) * 1000)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap_ms = (now - self._last) * 1000
        if gap_ms > self.longest_ms:
            self.longest_ms = gap_ms
            if self._stall_stacks:
                self.where = self._stall_stacks[len(self._stall_stacks) // 2]
        self._stall_stacks = []
        self._last = now
        self.ticks += 1

    def stop(self) -> float:
        self._watching.clear()
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)
        self._timer.stop()
        self._tick()  # a stall right before stop counts too
        return self.longest_ms

    def report(self) -> str:
        return (f"longest event-loop gap {self.longest_ms:.0f} ms, longest garbage collection "
                f"{self.longest_gc_ms:.0f} ms; the GUI thread was in:\n{self.where or '(no Python frame sampled)'}")
