"""`build_catalogue_per_layer_ms` for a generated project of 500 service layers, next to the time QGIS takes to
read the same project file (unresolved, as the tool reads it). Called from bench/run.py; needs a QgsApplication."""
from __future__ import annotations

import tempfile
from pathlib import Path

from qgis.core import (QgsCategorizedSymbolRenderer, QgsDataSourceUri, QgsFillSymbol, QgsProject, QgsRasterLayer,
                       QgsRendererCategory, QgsVectorLayer)

from dego_plugin.tools import build_catalogue as tool
from timing import median_ms

LAYERS = 500
BASE = "http://127.0.0.1:9"  # closed: the layers are written without contacting anything


def write_project(path: Path, count: int = LAYERS) -> None:
    """Groups of 20; four of five layers WFS with an eight-class categorized style, one in five WMS."""
    project = QgsProject()
    group = None
    for index in range(count):
        if index % 20 == 0:
            group = project.layerTreeRoot().addGroup(f"Thema {index // 20}")
        if index % 5 == 4:
            uri = QgsDataSourceUri()
            for key, value in (("url", BASE + "/wms"), ("layers", f"laag{index}"), ("styles", ""),
                               ("format", "image/png"), ("crs", "EPSG:28992")):
                uri.setParam(key, value)
            layer = QgsRasterLayer(bytes(uri.encodedUri()).decode(), f"Kaart {index}", "wms")
        else:
            layer = QgsVectorLayer(f"url='{BASE}/wfs' typename='dego:laag{index}' version='2.0.0' "
                                   "srsname='EPSG:28992'", f"Laag {index}", "WFS")
            layer.setRenderer(QgsCategorizedSymbolRenderer("klasse", [
                QgsRendererCategory(str(c), QgsFillSymbol.createSimple({"color": f"{30 * c},100,{255 - 30 * c},255"}),
                                    f"Klasse {c}") for c in range(8)]))
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    if not project.write(str(path)):
        raise RuntimeError(project.error())




def bench_build_catalogue() -> None:
    with tempfile.TemporaryDirectory(prefix="dego-bench-") as folder:
        path = Path(folder) / "dego-500.qgz"
        write_project(path)
        build = median_ms(lambda: tool.build_catalogue(path), repeat=3)
        read = median_ms(lambda: tool.read_project(path), repeat=3)
        entries = len(tool.build_catalogue(path).document["layers"])
    if entries != LAYERS:
        raise RuntimeError(f"expected {LAYERS} entries, got {entries}")
    print(f"build_catalogue_per_layer_ms: {build / LAYERS:.2f}")
    print(f"build_catalogue_project_read_per_layer_ms: {read / LAYERS:.2f} (QGIS reading the same project, "
          f"{read:.0f} ms of {build:.0f} ms)")
