"""Bounded everything (docs/security.md): a hostile boundary service cannot make the plugin lose what it has, eat
the machine, or take QGIS's time. Hostile services from tools/faultserver.py on loopback."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from qgis.core import Qgis, QgsApplication

from task_helpers import settle
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.layers.clip import BOUNDING_BOX, SPATIAL, _filter, ClipRecipe, municipality_area
from dego_plugin.model.municipality import Municipality
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.service import boundaries, cache
from dego_plugin.service.boundary_model import OAPIF, BoundaryService
from dego_plugin.service.http import fetch
from dego_plugin.tools.faultserver import FaultServer, zigzag_ring

ROOT = Path(__file__).resolve().parent.parent


def oapif(server: FaultServer, fault: str) -> BoundaryService:
    return BoundaryService(f"{server.base_url}/{fault}", "gemeenten", kind=OAPIF)


def test_a_boundary_service_answering_deeply_nested_json_leaves_the_saved_list_in_use(clean_project, qtbot, tmp_path):
    with FaultServer(max_seconds=120) as server:
        service = oapif(server, "deep-json")
        saved = tmp_path / "boundaries" / service.key / "municipalities.json"
        cache.write_json(saved, {"fetched": "2026-11-20T09:30:00+00:00",
                                 "municipalities": [["GM9901", "Demodorp", "9901"], ["GM9902", "Proefstad", "9902"]]})
        told, listed = [], []
        choice = MunicipalityChoice(clean_project, lambda level, text: told.append((level, text)),
                                    cache_dir=tmp_path)
        choice.service, choice._service_known = service, True
        choice.list_changed.connect(listed.append)
        try:
            choice.want_list()
            settle(qtbot)
        finally:
            choice.unload()
        assert server.requests()  # it was asked, and answered 100,000 levels deep
    assert [m.name for m in listed[0].municipalities] == ["Demodorp", "Proefstad"]
    assert listed[0].origin == boundaries.CACHED and "did not answer with usable JSON" in listed[0].failure
    assert told == [(Qgis.MessageLevel.Info, "The boundary service could not be reached; showing the "
                                             "municipality list saved on 2026-11-20 09:30.")]


def test_a_20000_vertex_zig_zag_boundary_is_handled_within_10_s_and_1_gb(tmp_path):
    """In a QGIS process of its own, so its peak memory is this boundary's: the municipality is chosen as in the
    plugin (boundary task, spatial filter, applied on the GUI thread)."""
    script = tmp_path / "choose.py"
    script.write_text(CHOOSE_ZIGZAG, encoding="utf-8")
    with FaultServer(max_seconds=120) as server:
        env = {"PYTHONPATH": str(ROOT / ".build" / "plugins"), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
               "PROJ_DATA": "/usr/share/proj", "DEGO_ALLOWED_HOSTS": "127.0.0.1", "XDG_CONFIG_HOME": str(tmp_path),
               "DEGO_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
        done = subprocess.run([sys.executable, "-P", str(script), f"{server.base_url}/zigzag"], env=env, timeout=120,
                              capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["applied"] == "GM9901" and seen["vertices"] == 20_001
    assert seen["seconds"] < 10 and seen["peak_mb"] < 1024, seen
    assert seen["tolerance"] == "bounding box" and "bounding box instead of its shape" in seen["log"]


CHOOSE_ZIGZAG = '''
import json, sys, time
from qgis.core import QgsApplication, QgsMessageLog, QgsProject
app = QgsApplication([], False)
app.initQgis()
from dego_plugin.layers.clip import municipality_area
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.service.boundary_model import OAPIF, BoundaryService

logged = []
QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append(text))
choice = MunicipalityChoice(QgsProject.instance(), lambda level, text: None)
choice.service, choice._service_known = BoundaryService(sys.argv[1], "gemeenten", kind=OAPIF), True
applied = []
choice.changed.connect(applied.append)
started = time.monotonic()
choice.choose("GM9901", zoom=False)
while not applied and time.monotonic() - started < 100:
    app.processEvents()
    time.sleep(0.01)
seconds = time.monotonic() - started
# The high-water mark of this process's own memory: ru_maxrss would report the parent's when pytest, grown large by
# the tests before, is bigger (Linux carries the forking process's peak across exec).
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
municipality = applied[0]
_, tolerance = municipality_area(municipality)
print(json.dumps({"applied": municipality.code if municipality else None, "seconds": seconds,
                  "peak_mb": peak_kb / 1024,
                  "vertices": len(municipality.boundary().exterior.coords),
                  "tolerance": "bounding box" if tolerance == float("inf") else tolerance, "log": " ".join(logged)}))
'''


def test_a_filter_build_falls_back_to_the_bounding_box_at_once_when_cancelled():
    from shapely import wkt as shapely_wkt
    from shapely.geometry import Polygon

    zigzag = Municipality("GM9901", "Zigzagdorp", Polygon(zigzag_ring(20_000)).wkb)
    started = time.monotonic()
    area, tolerance = municipality_area(zigzag, cancelled=lambda: True)
    assert time.monotonic() - started < 1.0 and tolerance == BOUNDING_BOX
    assert shapely_wkt.loads(area).equals(zigzag.boundary().envelope)
    # built again, not cancelled: over the time budget, the same fallback; the server gets the box, while OGC API
    # Features layers are still filtered exactly in QGIS, which needs no URL for it
    clip = _filter(ClipRecipe("oapif"), zigzag)
    assert clip.method == SPATIAL and clip.tolerance_m == BOUNDING_BOX and clip.local_wkt == zigzag.boundary().wkt
    assert clip.expression().count(",") == 1 + 4 and clip.expression(local=True).count(",") == 1 + 20_000  # points - 1


def test_a_cache_folder_that_cannot_be_written_keeps_the_fetched_boundary(reference_service, clean_project, qtbot,
                                                                          tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    catalogue = parse_catalogue(fetch(reference_service.catalogue_url).body)
    told, applied, logged = [], [], []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append((tag, level, text)))
    choice = MunicipalityChoice(clean_project, lambda level, text: told.append((level, text)),
                                cache_dir=blocked / "cache")
    choice.set_boundaries(catalogue.boundaries)
    choice.changed.connect(applied.append)
    try:
        choice.choose("GM9902", zoom=False)
        settle(qtbot)
        first = applied[-1]
        applied.clear()
        started = time.monotonic()
        choice.choose("GM9902", zoom=False)  # again: from memory, the cache folder still refusing
        settle(qtbot)
        again = time.monotonic() - started
    finally:
        choice.unload()
    assert first is not None and first.code == "GM9902" and first.has_boundary  # fetched, and not lost
    assert applied[-1].boundary_wkb == first.boundary_wkb and again < 5
    assert [t for t in told if t[0] != Qgis.MessageLevel.Info] == [  # said once: the second came from memory
        (Qgis.MessageLevel.Warning, "The boundary of Proefstad could not be saved for offline use (the DEGO cache "
                                    "folder cannot be written); it is used until QGIS closes.")]
    assert any(tag == "DEGO" and "boundary cache not written" in text for tag, _, text in logged)
