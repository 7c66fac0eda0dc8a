"""Clipping figures for `make bench` (issue 3), each next to its reference measured in the same run.

    clip_wfs_bytes_ratio        bytes of the clipped building layer / bytes of DEGO's own bbox-restricted load
                                of the same map window, next to the share of that window's panden inside
    boundary_filter_bytes       the spatial filter for a 10,000+ vertex boundary, with lost/extra panden and the
                                median time of five builds (boundary_filter_build_ms)
    choose_municipality_ms      choice -> every one of 10 DEGO layers re-clipped, next to the boundary fetch alone

Run alone: `PYTHONPATH=.build/plugins .venv/bin/python -P bench/clip.py`, or from bench/run.py: bench_clip(app).
"""
from __future__ import annotations

import math
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import requests
from qgis.core import QgsApplication, QgsFeatureRequest, QgsProject, QgsRectangle, QgsVectorLayer
from shapely import wkt as shapely_wkt
from shapely.geometry import Polygon


def _wait(app, condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    if not condition():
        tasks = [task.description() for task in QgsApplication.taskManager().tasks()]
        print(f"clip benchmark: timed out after {seconds:.0f} s; tasks still running: {tasks}", flush=True)
        QgsApplication.taskManager().cancelAll()
        os._exit(3)  # a task blocked in a worker thread would keep the interpreter from exiting


def _settled(manager):
    return manager.countActiveTasks() == 0 and not manager.tasks()


def _replayed_bytes(urls):
    """Bytes of the answers to the logged feature requests (replayed: the proxy logs URLs, not sizes)."""
    total = 0
    for url in urls:
        total += len(requests.get(url, timeout=60).content)
    return total


def _feature_urls(service):
    return [u for u in service.ows_requests() if "GetFeature" in u]


def clip_wfs_bytes_ratio(service, catalogue, municipality):
    """The building layer of one municipality, clipped (all its panden), against DEGO's QGIS project: the same
    layer restricted to the map window only (the municipality's bounding box), as the project loads it."""
    from dego_plugin.layers.clip import clip_new_layer, clipped_source
    from dego_plugin.layers.sources import data_source_for
    from dego_plugin.tools.refservice import demo_data

    entry = catalogue.entry("energielabel-wfs")
    service.clear_requests()
    clipped = QgsVectorLayer(clipped_source(entry, municipality).uri, "clipped", "WFS")
    clip_new_layer(clipped, entry, municipality)
    service.clear_requests()
    inside = sum(1 for _ in clipped.getFeatures())
    clipped_bytes = _replayed_bytes(_feature_urls(service))

    xmin, ymin, xmax, ymax = municipality.boundary().bounds
    window = QgsRectangle(xmin, ymin, xmax, ymax)
    service.clear_requests()
    dego = QgsVectorLayer(data_source_for(entry).uri, "dego project", "WFS")  # restrictToRequestBBOX=1
    in_window = sum(1 for _ in dego.getFeatures(QgsFeatureRequest().setFilterRect(window)))
    window_bytes = _replayed_bytes(_feature_urls(service))
    assert inside == len(demo_data.buildings_in(municipality.code))
    return clipped_bytes / window_bytes, inside / in_window, clipped_bytes, window_bytes


def detailed_boundary(boundary, spacing=2.0, jitter=1.5, seed="bench"):
    """A boundary of 10,000+ vertices: a vertex every `spacing` m along each ring, moved up to `jitter` m
    sideways (panden stay at least 3 m inside the demo borders, so none changes side)."""
    rng = random.Random(seed)

    def ring(line):
        points = []
        steps = max(4, int(line.length // spacing))
        for i in range(steps):
            p, q = line.interpolate(i * spacing), line.interpolate(min(line.length, i * spacing + 0.5))
            dx, dy = q.x - p.x, q.y - p.y
            norm = math.hypot(dx, dy) or 1.0
            offset = rng.uniform(-jitter, jitter)
            points.append((p.x - dy / norm * offset, p.y + dx / norm * offset))
        return points

    polygons = getattr(boundary, "geoms", [boundary])
    detailed = [Polygon(ring(p.exterior), [ring(r) for r in p.interiors]).buffer(0) for p in polygons]
    return detailed[0] if len(detailed) == 1 else detailed[0].union(detailed[1])


def boundary_filter_bytes(boundary):
    from dego_plugin.layers.clip import filter_bytes, spatial_area
    from dego_plugin.tools.refservice import demo_data

    detailed = detailed_boundary(boundary)
    vertices = sum(len(p.exterior.coords) for p in getattr(detailed, "geoms", [detailed]))
    builds = []
    for _ in range(5):  # the median of five builds: the machine is shared
        start = time.perf_counter()
        area_wkt, tolerance = spatial_area(detailed)
        builds.append((time.perf_counter() - start) * 1000)
    build_ms = statistics.median(builds)
    area = shapely_wkt.loads(area_wkt)
    panden = demo_data.buildings()
    inside = [b for b in panden if b["geometry"].intersects(detailed)]
    lost = sum(1 for b in inside if not area.intersects(b["geometry"]))
    extra = sum(1 for b in panden if area.intersects(b["geometry"])) - len(inside)
    return vertices, filter_bytes(area_wkt), tolerance, lost, extra, build_ms


def choose_municipality_ms(app, service, catalogue, cache_dir):
    """10 DEGO layers in the project; from choose() until every layer is re-clipped (the changed signal)."""
    from dego_plugin.layers.loader import LayerLoader
    from dego_plugin.controllers.municipality_choice import MunicipalityChoice
    from dego_plugin.service import boundaries
    from dego_plugin.service.http import fetch

    project = QgsProject.instance()
    manager = QgsApplication.taskManager()
    loader = LayerLoader(project, lambda url: fetch(url).body, lambda *a: None)
    ids = ["energielabel-wfs", "gasverbruik-wfs", "buurten-woz-wfs", "lagerinkomen-wfs", "energielabel-oapif",
           "energielabel-wms", "gemeentegrenzen-wms", "energielabel-wmts", "energielabel-vt", "energielabel-oapif"]
    for layer_id in ids:
        loader.add(catalogue.entry(layer_id))
        _wait(app, lambda: _settled(manager))
    assert len(project.mapLayers()) == 10
    choice = MunicipalityChoice(project, lambda *a: None, None, cache_dir)
    choice.set_boundaries(catalogue.boundaries)
    changed = []
    choice.changed.connect(changed.append)
    gui_ms = []
    original_apply = choice.apply

    def timed_apply(municipality, zoom=True):
        start = time.perf_counter()
        result = original_apply(municipality, zoom)
        gui_ms.append((time.perf_counter() - start) * 1000)
        return result

    choice.apply = timed_apply
    runs, fetch_runs = [], []
    for code in ("GM9901", "GM9902", "GM9903", "GM9901", "GM9902", "GM9903"):
        for path in Path(cache_dir).glob("boundaries/*/GM*.json"):
            path.unlink()  # every choice fetches its boundary, as the first choice of a municipality does
        changed.clear()
        start = time.perf_counter()
        choice.choose(code, zoom=False)
        _wait(app, lambda: bool(changed))
        runs.append((time.perf_counter() - start) * 1000)
        _wait(app, lambda: _settled(manager))
        start = time.perf_counter()
        boundaries.load_boundary(choice.service, code, Path(tempfile.mkdtemp()))
        fetch_runs.append((time.perf_counter() - start) * 1000)
    choice.unload()
    project.clear()
    return statistics.median(runs), statistics.median(fetch_runs), statistics.median(gui_ms)


def bench_clip(app):
    from dego_plugin.model.catalogue import parse_catalogue
    from dego_plugin.service import boundaries
    from dego_plugin.service.http import fetch
    from dego_plugin.tools.refservice import ReferenceService, allow_reference_service

    allow_reference_service()

    with tempfile.TemporaryDirectory() as work, ReferenceService.start(Path(work) / "svc") as service:
        catalogue = parse_catalogue(fetch(service.catalogue_url).body)
        boundary_service = boundaries.service_for(catalogue.boundaries)
        municipality = boundaries.load_boundary(boundary_service, "GM9903", Path(work) / "cache").municipality
        ratio, share, clipped_bytes, window_bytes = clip_wfs_bytes_ratio(service, catalogue, municipality)
        print(f"clip_wfs_bytes_ratio: {ratio:.3f}")
        print(f"clip_wfs_inside_share_of_window: {share:.3f}")
        print(f"clip_wfs_bytes_clipped: {clipped_bytes}")
        print(f"clip_wfs_bytes_window_unclipped: {window_bytes}")
        vertices, size, tolerance, lost, extra, build_ms = boundary_filter_bytes(municipality.boundary())
        print(f"boundary_filter_vertices: {vertices}")
        print(f"boundary_filter_bytes: {size}")
        print(f"boundary_filter_tolerance_m: {tolerance:.2f}")
        print(f"boundary_filter_lost_panden: {lost}")
        print(f"boundary_filter_extra_panden: {extra}")
        print(f"boundary_filter_build_ms: {build_ms:.1f}")
        total, fetch_only, gui = choose_municipality_ms(app, service, catalogue, Path(work) / "cache2")
        print(f"choose_municipality_ms: {total:.1f}")
        print(f"boundary_fetch_ms: {fetch_only:.1f}")
        print(f"choose_municipality_gui_thread_ms: {gui:.1f}")


if __name__ == "__main__":
    application = QgsApplication([], True)
    application.initQgis()
    bench_clip(application)
    application.exitQgis()
