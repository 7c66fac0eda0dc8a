"""`make bench`: one `name: value` line per figure, each next to a reference measured in the same run."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QEventLoop

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))  # the other bench modules (make runs python -P: no script folder on the path)

from timing import median_ms  # noqa: E402
BUNDLED = ROOT / "resources" / "catalogue.json"




def big_catalogue(n=1000) -> bytes:
    """The bundled catalogue's entries repeated to `n`, with distinct ids and titles."""
    document = json.loads(BUNDLED.read_text(encoding="utf-8"))
    base = document["layers"]
    layers = []
    for i in range(n):
        entry = dict(base[i % len(base)])
        entry["id"] = f"{entry['id']}-{i}"
        entry["title"] = f"{entry['title']} {i}"
        layers.append(entry)
    document["layers"] = layers
    return json.dumps(document).encode("utf-8")


def bench_dock(app):
    from dego_plugin.dialogs.catalogue_dock import CatalogueDock
    from dego_plugin.model.catalogue import parse_catalogue

    raw = big_catalogue()
    dock = CatalogueDock()
    dock.resize(380, 700)
    dock.show()
    print(f"json_loads_1000_ms: {median_ms(lambda: json.loads(raw)):.2f}")
    print(f"catalogue_to_dock_ms: {median_ms(lambda: dock.set_catalogue(parse_catalogue(raw), 'bench')):.2f}")
    parsed = parse_catalogue(raw)  # parsing runs in a background task; filling the dock is the GUI thread's share
    print(f"dock_fill_gui_thread_ms: {median_ms(lambda: dock.set_catalogue(parsed, 'bench')):.2f}")
    words = ["e", "en", "ene", "ener", "energ", "energi", "energie", "energiel", "energiela", "energielab"]

    def type_word():
        for prefix in words:
            dock.search.setText(prefix)
            app.processEvents()

    per_key = median_ms(type_word) / len(words)
    catalogue = parse_catalogue(raw)
    python_scan = median_ms(lambda: [catalogue.search(w) for w in words]) / len(words)
    print(f"python_search_scan_ms: {python_scan:.2f}")
    print(f"filter_keystroke_ms: {per_key:.2f}")
    dock.close()


STARTUP = r"""
import time
from qgis.core import QgsApplication
app = QgsApplication([], True); app.initQgis()
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow


class Iface:  # what the plugin calls on QGIS's interface, doing what QGIS does
    def __init__(self):
        self.window, self.bar, self.canvas = QMainWindow(), QgsMessageBar(), QgsMapCanvas()
    def mainWindow(self): return self.window
    def messageBar(self): return self.bar
    def addDockWidget(self, area, dock): self.window.addDockWidget(area, dock)
    def removeDockWidget(self, dock): self.window.removeDockWidget(dock)
    def addToolBar(self, name): return self.window.addToolBar(name)
    def mapCanvas(self): return self.canvas
    def __getattr__(self, name): return lambda *args: None  # menus, drop handler, options page, locator


iface = Iface()
t0 = time.perf_counter()
import dego_plugin
plugin = dego_plugin.classFactory(iface)
plugin.initGui()
t1 = time.perf_counter()
while plugin.catalogue is None and time.perf_counter() - t1 < 30:
    app.processEvents()
t2 = time.perf_counter()
print((t1 - t0) * 1000, (t2 - t0) * 1000)
"""


def bench_startup():
    runs = []
    for _ in range(4):
        with tempfile.TemporaryDirectory() as home:
            env = dict(__import__("os").environ, XDG_CONFIG_HOME=home, DEGO_CACHE_DIR=home + "/c",
                       DEGO_CATALOGUE_URL="http://127.0.0.1:9/none.json")
            # QGIS writes the plugin's .pyc on first start; later starts (what users wait for) reuse them
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            out = subprocess.run([sys.executable, "-P", "-c", STARTUP], env=env, capture_output=True, text=True)
            if out.returncode:
                raise SystemExit(f"start-up benchmark failed:\n{out.stderr[-2000:]}")
            runs.append([float(v) for v in out.stdout.split()[-2:]])
    runs = runs[1:]  # the first start compiled the .pyc files
    print(f"plugin_startup_ms: {statistics.median(r[0] for r in runs):.1f}")
    print(f"plugin_startup_until_catalogue_shown_ms: {statistics.median(r[1] for r in runs):.1f}")


def bench_add_layer(app):
    from dego_plugin.model.catalogue import parse_catalogue
    from dego_plugin.layers.loader import LayerLoader
    from dego_plugin.layers.sources import data_source_for
    from dego_plugin.service.http import fetch
    from dego_plugin.tools.refservice import ReferenceService, allow_reference_service

    allow_reference_service()

    with tempfile.TemporaryDirectory() as work, ReferenceService.start(Path(work)) as service:
        catalogue = parse_catalogue(fetch(service.catalogue_url).body)
        entry = next(e for e in catalogue.layers if e.service.type == "wfs")
        source = data_source_for(entry)
        project = QgsProject.instance()
        loader = LayerLoader(project, lambda url: fetch(url).body, lambda *a: None)

        def raw():
            layer = QgsVectorLayer(source.uri, entry.title, source.provider)
            assert layer.isValid()

        def plugin():
            loop = QEventLoop()
            loader.add(entry, on_added=lambda layer: loop.quit())
            loop.exec()

        raw()  # warm the server and QGIS's network cache equally for both
        raw_ms = median_ms(raw, repeat=21)
        plugin_ms = median_ms(plugin, repeat=21)
        project.clear()
    print(f"raw_wfs_layer_ms: {raw_ms:.1f}")
    print(f"plugin_add_wfs_layer_ms: {plugin_ms:.1f}")
    print(f"add_layer_overhead_ratio: {plugin_ms / raw_ms:.2f}")


def main():
    app = QgsApplication([], True)
    app.initQgis()
    bench_dock(app)
    from client import bench_client

    bench_client(app, big_catalogue())
    bench_startup()
    bench_add_layer(app)
    from build_catalogue import bench_build_catalogue
    from clip import bench_clip
    from buurtprofielen import bench_buurtprofielen
    from export import bench_export

    bench_clip(app)
    bench_build_catalogue()
    bench_export()
    bench_buurtprofielen()
    from city import main as bench_city

    bench_city(int(os.environ.get("CITY") or 20000))  # make bench CITY=200000: the size (minutes)
    app.exitQgis()


if __name__ == "__main__":
    main()
