"""Measures how long the Qt event loop of this process goes without a turn (a frozen QGIS window).

    meter = StallMeter(); meter.start(); ...work, with the event loop running...; longest_ms = meter.stop()

A QTimer ticks every `interval_ms`; the longest time between two ticks is the longest stall (plus at most
the interval). Used by the GUI-stall test and `make bench` (`max_gui_stall_ms`).
"""
from __future__ import annotations

import time

from qgis.PyQt.QtCore import QTimer


class StallMeter:
    def __init__(self, interval_ms: int = 5):
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0
        self.ticks = 0

    def start(self) -> "StallMeter":
        self._last = time.perf_counter()
        self.longest_ms, self.ticks = 0.0, 0
        self._timer.start()
        return self

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now
        self.ticks += 1

    def stop(self) -> float:
        self._timer.stop()
        self._tick()  # a stall right before stop counts too
        return self.longest_ms
