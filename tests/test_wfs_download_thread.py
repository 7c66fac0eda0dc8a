"""QGIS 3.22's WFS/OAPIF download thread calls into a feature iterator until its download ends; the plugin never lets
go of such an iterator before that (toolbelt/feature_reads.py). Without it, a one-feature probe of a new layer (the
loader's "no features inside the municipality" check, layers/clip.py) left the download thread waking a freed wait
condition: whole test runs crashed now and then (segfaults in later layers' destructors, malloc aborts) or hung.

The probes run in a QGIS process of their own: what fails is a crash or a hang. QGIS's own knob for its tests,
QGIS_WFS_ITERATOR_TRANSFER_THRESHOLD=0, makes every iterator keep its features in a file, so that its destructor
takes longer: without the fix the process crashed or hung within 2 s, four runs out of four."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from dego_plugin.layers.clip import clipped_source
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.service import boundaries
from dego_plugin.service.http import fetch

ROOT = Path(__file__).resolve().parents[1]
PROBES = 150

PROBE_NEW_LAYERS = '''
import json, sys, time
from qgis.core import QgsApplication, QgsTask, QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
from dego_plugin.layers.clip import has_features

uri, count = sys.argv[1], int(sys.argv[2])
found, ended = [], []


class Probes(QgsTask):
    """As the loader's worker does for each new layer: make it, probe it, then (here) drop it."""

    def run(self):
        for _ in range(count):
            layer = QgsVectorLayer(uri, "panden", "WFS")
            found.append(layer.isValid() and has_features(layer))
            memory = [QgsVectorLayer("Point?crs=EPSG:28992", "next", "memory") for _ in range(2)]  # the next layers
            del layer, memory
        return True

    def finished(self, result):
        ended.append(result)


task = Probes("probes", QgsTask.Flag(0))
QgsApplication.taskManager().addTask(task)
while not ended:
    app.processEvents()
    time.sleep(0.005)
print(json.dumps({"probes": len(found), "found": sum(found)}))
app.exitQgis()
'''


def test_new_wfs_layers_probed_for_a_feature_one_after_another_neither_crash_nor_hang(reference_service, tmp_path):
    catalogue = parse_catalogue(fetch(reference_service.catalogue_url).body)
    service = boundaries.service_for(reference_service.catalogue()["boundaries"])
    municipality = boundaries.load_boundary(service, "GM9902", tmp_path / "cache").municipality
    entry = catalogue.entry("energielabel-wfs")
    uri = clipped_source(entry, municipality).uri  # filtered on the server, as the loader makes it
    script = tmp_path / "probes.py"
    script.write_text(PROBE_NEW_LAYERS, encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT / ".build" / "plugins"), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "PROJ_DATA": "/usr/share/proj", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin",
           "QGIS_WFS_ITERATOR_TRANSFER_THRESHOLD": "0"}
    try:
        done = subprocess.run([sys.executable, "-P", str(script), uri, str(PROBES)], env=env, timeout=60,
                              capture_output=True, text=True, check=False)
    except subprocess.TimeoutExpired:
        raise AssertionError("the probes hung: a download thread stuck, QGIS waiting for it") from None
    assert done.returncode == 0, f"the probes crashed ({done.returncode}): {done.stderr[-3000:]}"
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"probes": PROBES, "found": PROBES}
