"""Timing shared by the benchmarks."""
from __future__ import annotations

import statistics
import time


def median_ms(fn, repeat: int = 7) -> float:
    """Median of `repeat` runs of `fn()`, in milliseconds (the median resists this noisy machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
