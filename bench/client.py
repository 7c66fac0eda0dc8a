"""Catalogue client figures for `make bench` (called from bench/run.py with the app and a 1,000-entry catalogue):

- refresh_unchanged_ms: a refresh when the catalogue did not change (one conditional GET answered 304);
- refresh_changed_ms: a refresh that downloads, parses and caches the catalogue (its reference);
- max_gui_stall_ms: the longest the Qt event loop stood still while the plugin opened its dock, loaded and
  refreshed the catalogue from a service that takes 1 s to answer (goal < 50 ms; module imports excluded,
  they are part of plugin_startup_ms).
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from timing import median_ms


class _Iface:
    """What the plugin calls on QGIS's interface: real windows and bars; registrations are accepted and ignored."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window, self.bar, self.canvas = QMainWindow(), QgsMessageBar(), QgsMapCanvas()

    def mainWindow(self): return self.window  # noqa: E704,N802
    def messageBar(self): return self.bar  # noqa: E704,N802
    def mapCanvas(self): return self.canvas  # noqa: E704,N802
    def addDockWidget(self, area, dock): self.window.addDockWidget(area, dock)  # noqa: E704,N802
    def removeDockWidget(self, dock): self.window.removeDockWidget(dock)  # noqa: E704,N802
    def addToolBar(self, name): return self.window.addToolBar(name)  # noqa: E704,N802

    def __getattr__(self, name):  # addPluginToWebMenu, registerOptionsWidgetFactory, ...: nothing to do here
        return lambda *args, **kwargs: None


def bench_client(app, catalogue: bytes) -> None:
    from dego_plugin.service.catalogue_source import LIVE, load_catalogue
    from dego_plugin.tools.faultserver import FaultServer
    from dego_plugin.tools.gui_stall import StallMeter

    with FaultServer(max_seconds=300) as server, tempfile.TemporaryDirectory() as work:
        server.set_good(catalogue)
        url = server.url("ok")
        cache = Path(work) / "cache"
        assert load_catalogue(url, cache_dir=cache).origin == LIVE  # warm: cached, with an ETag

        unchanged = median_ms(lambda: load_catalogue(url, cache_dir=cache))
        runs = iter(range(1000))
        changed = median_ms(lambda: load_catalogue(url, cache_dir=Path(work) / f"fresh-{next(runs)}"))
        print(f"refresh_unchanged_ms: {unchanged:.1f}")
        print(f"refresh_changed_ms: {changed:.1f}")

        saved = {k: os.environ.get(k) for k in ("DEGO_CACHE_DIR", "DEGO_CATALOGUE_URL")}
        os.environ["DEGO_CACHE_DIR"] = str(Path(work) / "plugin-cache")
        os.environ["DEGO_CATALOGUE_URL"] = server.url("slow", delay=1)
        try:
            import dego_plugin

            iface = _Iface()
            plugin = dego_plugin.classFactory(iface)  # imports the modules: plugin_startup_ms counts that
            meter = StallMeter(interval_ms=2).start()
            plugin.initGui()
            _spin(app, lambda: plugin.catalogue is not None)
            plugin.refresh_requested()
            _spin(app, lambda: plugin.dock.refresh_button.isEnabled())
            stall = meter.stop()
            plugin.unload()
        finally:
            for key, value in saved.items():
                os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)
        print(f"max_gui_stall_ms: {stall:.1f}")


def _spin(app, done, seconds=30.0):
    """Run the event loop until `done()`, as QGIS's main loop would."""
    end = time.perf_counter() + seconds
    while not done() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
