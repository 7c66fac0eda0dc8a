"""Transitievisie map export figures for `make bench` (called from bench/run.py; needs a QgsApplication):

- export_overhead_ratio: the plugin exporting one preset as PDF (LayoutExport: layout and layers to XML and back in the
  worker, the legend's classes, task scheduling, temporary file and rename) divided by
  QgsLayoutExporter.exportToPdf alone on the same finished layout, medians of 5 (goal <= 1.1). Both export a
  layout whose legend classes are known (QGIS keeps its filter per map, the plugin per map and layer state);
  export_overhead_cold_ratio is the plugin's first export of that map (classes looked up) against the same
  reference, and export_overhead_vs_fresh_layout_ratio sets the plugin next to QgsLayoutExporter on a freshly
  read copy of the layout (as after opening a project: QGIS's legend filter by map, a hit test, runs again);
  export_gui_thread_ratio: the part of the plugin's export that runs on the GUI thread (the layout to XML, layer
  snapshots) against QgsLayoutExporter, which holds the GUI thread for all of it;
- export_all_presets_s: the full set for one demo municipality: print layers, layouts, a PDF per map and the
  combined PDF, from the preset list to the files on disk.

Run alone: PYTHONPATH=.build/plugins QT_QPA_PLATFORM=offscreen .venv/bin/python -P bench/export.py
"""
from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsLayoutExporter, QgsPrintLayout, QgsProject, QgsReadWriteContext


def _wait(condition, timeout_s=120.0):
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.002)
    return condition()


def bench_export(code: str = "GM9901") -> None:
    from dego_plugin.compositions import legend_content, map_set
    from dego_plugin.compositions.export import ExportOptions, _as_xml, pdf_settings
    from dego_plugin.model.presets import parse_presets
    from dego_plugin.model.catalogue import parse_catalogue
    from dego_plugin.controllers.municipality_choice import MunicipalityChoice
    from dego_plugin.toolbelt.tasks import TaskOwner
    from dego_plugin.service.boundaries import load_boundary, service_for
    from dego_plugin.service.http import fetch
    from dego_plugin.tools.refservice import ReferenceService, allow_reference_service

    allow_reference_service()

    project = QgsProject.instance()
    with ReferenceService.start() as service, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        catalogue = parse_catalogue(json.dumps(service.catalogue()))
        presets, _ = parse_presets(catalogue)
        municipality = load_boundary(service_for(catalogue.boundaries), code, folder / "cache").municipality
        choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=folder / "c")
        choice.apply(municipality, zoom=False)

        def make_all():
            ready, outcome = [], []
            map_set.prepare_print_layers(project, catalogue, presets, municipality, lambda url: fetch(url).body,
                                         TaskOwner(), ready.append)
            _wait(lambda: ready)
            made = map_set.make_layouts(project, catalogue, presets, municipality)
            map_set.export_layouts(made.layouts, ExportOptions(str(folder / "all"), combined_pdf=True), outcome.append)
            _wait(lambda: outcome)
            return made.layouts

        start = time.perf_counter()
        layouts = make_all()  # cold: the print layers are made and their data fetched for the first time
        print(f"export_all_presets_s: {time.perf_counter() - start:.2f}")

        layout = layouts[0]
        QgsLayoutExporter(layout).exportToPdf(str(folder / "warm.pdf"), pdf_settings())  # warm the WFS cache

        def exporter_alone():
            QgsLayoutExporter(layout).exportToPdf(str(folder / "alone.pdf"), pdf_settings())

        gui_thread = []

        def plugin():
            outcome = []
            start = time.perf_counter()
            map_set.export_layouts([layout], ExportOptions(str(folder / "plugin")), outcome.append)
            gui_thread.append(time.perf_counter() - start)  # the rest runs in the task's thread
            _wait(lambda: outcome)

        def exporter_fresh():
            """QgsLayoutExporter on a just-read copy, as after opening the project: its legend filter by map
            (a hit-test render of the layers) is computed on the first export; the plugin's worker pays that too."""
            document = _as_xml(layout)
            copy = QgsPrintLayout(project)  # as QGIS reads a project's layout; kept referenced: the exporter
            copy.readLayoutXml(document.documentElement(), document, QgsReadWriteContext())  # holds a raw pointer
            QgsLayoutExporter(copy).exportToPdf(str(folder / "fresh.pdf"), pdf_settings())

        def plugin_cold():
            legend_content.clear_cache()
            plugin()

        alone, fresh, ours, cold = [], [], [], []
        for _ in range(5):  # interleaved, so drift on this noisy machine hits all alike
            for fn, times in ((exporter_alone, alone), (exporter_fresh, fresh), (plugin_cold, cold), (plugin, ours)):
                start = time.perf_counter()
                fn()
                times.append(time.perf_counter() - start)
        print(f"export_overhead_ratio: {statistics.median(ours) / statistics.median(alone):.2f} "
              f"(plugin {statistics.median(ours) * 1000:.0f} ms, QgsLayoutExporter alone "
              f"{statistics.median(alone) * 1000:.0f} ms)")
        print(f"export_gui_thread_ratio: {statistics.median(gui_thread) / statistics.median(alone):.3f} "
              f"(QGIS waits {statistics.median(gui_thread) * 1000:.1f} ms for the plugin's export, all of "
              f"QgsLayoutExporter's for its own)")
        print(f"export_overhead_cold_ratio: {statistics.median(cold) / statistics.median(alone):.2f} "
              f"(plugin's first export of the map {statistics.median(cold) * 1000:.0f} ms)")
        print(f"export_overhead_vs_fresh_layout_ratio: {statistics.median(ours) / statistics.median(fresh):.2f} "
              f"(QgsLayoutExporter on a freshly read copy {statistics.median(fresh) * 1000:.0f} ms)")
        choice.unload()
        project.clear()


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    bench_export()
    app.exitQgis()
