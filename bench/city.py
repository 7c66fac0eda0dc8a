"""City-scale figures for `make bench` (issue 15, point 5), each next to plain QGIS doing the same work in the same run.

The reference service is started in a work directory of its own with Proefstad (GM9902) grown by `--panden` panden
(tools/refservice/city.py; default 20,000, `make bench CITY=200000` for the issue's size). Each side runs in a QGIS
process of its own (so its peak memory is its own), against the same servers; the bytes are what qgis_mapserver
answered to that process.
- city_show_s: choose → the energielabel panden drawn at municipality scale, first time (plugin: the local copy is
  made first); city_show_warm_s the same from the local copy; plain QGIS: a WFS layer with the same filter, drawn;
- city_load_cold_ratio: → every feature read (the attribute table), first time, plugin / plain QGIS;
- city_load_warm_s: the same in a second project, from the local copy;
- city_export_warm_s: the energielabels map as an A3 PDF from the local copy (print layers, layout, export);
  city_export_cold_ratio: the same with no local copy yet / plain QGIS exporting that layout over WFS
  (QgsLayoutExporter on the GUI thread, as Project ▸ Layouts does);
- city_rss_mb: the plugin process's peak memory (load + show + exports), with its peak after the first and the
  second load (where the rest comes from);
- city_bytes_ratio: bytes fetched by the plugin / by plain QGIS for load + export.

Run alone: PYTHONPATH=.build/plugins QT_QPA_PLATFORM=offscreen .venv/bin/python -P bench/city.py [--panden N]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CODE = "GM9902"
PRESET = "energielabels"


def main(panden: int) -> None:
    from dego_plugin.tools.refservice import ReferenceService, allow_reference_service

    allow_reference_service()
    with tempfile.TemporaryDirectory() as work:
        started = time.perf_counter()
        with ReferenceService.start(Path(work) / "service", city_panden=panden) as service:
            print(f"city_data_build_s: {time.perf_counter() - started:.1f} ({panden} panden more in {CODE})")
            results = {}
            for role in ("plain", "plugin", "plugin_export_cold"):
                service.clear_requests()
                results[role] = _child(role, service.catalogue_url, Path(work) / role)
                results[role]["bytes"] = service.proxy.sent_bytes()
    plugin, plain, cold = results["plugin"], results["plain"], results["plugin_export_cold"]
    print(f"city_features: {plugin['features']} (plain QGIS {plain['features']})")
    print(f"city_show_s: {plugin['show_cold']:.1f} (plain QGIS {plain['show']:.1f})")
    print(f"city_show_warm_s: {plugin['show_warm']:.2f}")
    print(f"city_load_cold_ratio: {plugin['load_cold'] / plain['load']:.2f} "
          f"(plugin {plugin['load_cold']:.1f} s, plain QGIS {plain['load']:.1f} s)")
    print(f"city_load_warm_s: {plugin['load_warm']:.2f}")
    print(f"city_export_warm_s: {plugin['export_warm']:.1f}")
    print(f"city_export_cold_ratio: {cold['export_cold'] / plain['export']:.2f} "
          f"(plugin {cold['export_cold']:.1f} s, plain QGIS {plain['export']:.1f} s)")
    print(f"city_rss_mb: {plugin['rss_mb']:.0f} (plain QGIS {plain['rss_mb']:.0f}; plugin's peak after the first "
          f"load {plugin['rss_after_load_cold_mb']:.0f}, after the second {plugin['rss_after_load_warm_mb']:.0f})")
    print(f"city_bytes_ratio: {plugin['bytes'] / max(plain['bytes'], 1):.2f} "
          f"(plugin {plugin['bytes'] / 1e6:.1f} MB, plain QGIS {plain['bytes'] / 1e6:.1f} MB)")


def _child(role: str, catalogue_url: str, work: Path) -> dict:
    work.mkdir(parents=True)
    env = dict(os.environ, XDG_CONFIG_HOME=str(work / "config"), DEGO_CACHE_DIR=str(work / "cache"))
    out = subprocess.run([sys.executable, "-P", __file__, "--role", role, "--catalogue", catalogue_url,
                          "--work", str(work)], env=env, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"city benchmark ({role}) failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------------ in the child QGIS

def _wait(condition, timeout_s=1800.0):
    from qgis.core import QgsApplication

    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.002)
    if not condition():
        raise SystemExit("timed out")


def _render(layer, municipality) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize

    from dego_plugin.toolbelt.geometry import boundary_extent

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    settings.setOutputSize(QSize(1600, 1000))
    settings.setExtent(boundary_extent(municipality, settings.destinationCrs()))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()


def _read_all(layer) -> int:
    return sum(1 for _ in layer.getFeatures())


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_role(role: str, catalogue_url: str, work: Path) -> dict:
    from qgis.core import QgsLayoutExporter, QgsProject

    from dego_plugin.compositions import map_set
    from dego_plugin.compositions.export import ExportOptions, pdf_settings
    from dego_plugin.controllers.municipality_choice import MunicipalityChoice
    from dego_plugin.layers.clip import clipped_source
    from dego_plugin.layers.loader import LayerLoader
    from dego_plugin.model.catalogue import parse_catalogue
    from dego_plugin.model.presets import parse_presets
    from dego_plugin.service import settings
    from dego_plugin.service.boundaries import load_boundary, service_for
    from dego_plugin.service.http import fetch
    from dego_plugin.toolbelt.tasks import TaskOwner
    from dego_plugin.tools.refservice import allow_reference_service
    from qgis.core import QgsVectorLayer

    allow_reference_service()
    settings.set_paper_size("A3")
    project = QgsProject.instance()
    catalogue = parse_catalogue(fetch(catalogue_url).body)
    entry = catalogue.entry("energielabel-wfs")
    presets = [p for p in parse_presets(catalogue)[0] if p.id == PRESET]
    municipality = load_boundary(service_for(catalogue.boundaries), CODE, work / "boundaries").municipality
    get = lambda url: fetch(url).body  # noqa: E731
    result = {}

    def map_set_pdf(folder: str, plain: bool) -> float:
        """Print layers → layout → A3 PDF: the plugin's task, or QgsLayoutExporter on the layout (plain)."""
        start = time.perf_counter()
        project.clear()
        choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=work / "boundaries")
        choice.apply(municipality, zoom=False)
        ready = []
        map_set.prepare_print_layers(project, catalogue, presets, municipality, get, TaskOwner(), ready.append)
        _wait(lambda: ready)
        made = map_set.make_layouts(project, catalogue, presets, municipality)
        layout = made.layouts[0]
        if plain:
            QgsLayoutExporter(layout).exportToPdf(str(work / f"{folder}.pdf"), pdf_settings())
        else:
            outcome = []
            map_set.export_layouts([layout], ExportOptions(str(work / folder)), outcome.append)
            _wait(lambda: outcome)
            assert outcome[0].files, outcome[0].failures
        seconds = time.perf_counter() - start
        choice.unload()
        project.clear()
        return seconds

    if role == "plain":
        settings.set_local_copies(False)
        source = clipped_source(entry, municipality, get)
        start = time.perf_counter()
        layer = QgsVectorLayer(source.uri, entry.title, source.provider)
        _render(layer, municipality)
        result["show"] = time.perf_counter() - start
        result["features"] = _read_all(layer)
        result["load"] = time.perf_counter() - start
        del layer
        result["export"] = map_set_pdf("plain", plain=True)
    elif role == "plugin":
        loader = LayerLoader(project, get, lambda level, text: None)
        loader.current_municipality = lambda: municipality
        for run in ("cold", "warm"):
            project.clear()
            added = []
            start = time.perf_counter()
            loader.add(entry, on_added=added.append)
            _wait(lambda: added)  # noqa: B023 (waited for here)
            _render(added[0], municipality)
            result[f"show_{run}"] = time.perf_counter() - start
            result["features"] = _read_all(added[0])
            result[f"load_{run}"] = time.perf_counter() - start
            result[f"rss_after_load_{run}_mb"] = _peak_rss_mb()
        loader.unload()
        result["export_warm"] = map_set_pdf("warm", plain=False)
    else:  # the plugin's map set with no local copy yet
        result["export_cold"] = map_set_pdf("cold", plain=False)
    result["rss_mb"] = _peak_rss_mb()
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--panden", type=int, default=int(os.environ.get("CITY", "20000") or 20000))
    parser.add_argument("--role")
    parser.add_argument("--catalogue")
    parser.add_argument("--work")
    args = parser.parse_args()
    from qgis.core import QgsApplication

    # A child's settings (local copies off for plain QGIS, A3 paper) go to a profile of its own, not the user's.
    app = QgsApplication([], False, str(Path(args.work) / "profile")) if args.role else QgsApplication([], False)
    app.initQgis()
    if args.role:
        print(json.dumps(run_role(args.role, args.catalogue, Path(args.work))))
    else:
        main(args.panden)
    app.exitQgis()
