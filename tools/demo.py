"""`make demo`: the plugin's own functions, headless, on a demo municipality of the local reference service.

Starts the reference service, loads its catalogue the way the plugin does, adds one layer of each service
type through the plugin's loader, and writes output/dego-demo.qgz and output/dego-demo.png (one panel per
service type, each over the demo municipality).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, QRectF, QSize, Qt, QTranslator
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

DEMO_CODE = "GM9901"
MAP_SET_CODES = ("GM9901", "GM9902", "GM9903")  # the map sets of all three: a tall, a compact and an island one
# The ports `make serve` uses, so output/dego-demo.qgz shows its layers again while `make serve` runs.
SERVE_PORTS = (8401, 8402)
PANEL = 420
TITLES = {"wfs": "WFS", "oapif": "OGC API Features", "wms": "WMS", "wmts": "WMTS", "vectortile": "Vector tiles"}


def wait_for_tasks(app, timeout_s=120.0):
    deadline = time.monotonic() + timeout_s
    while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def neighbourhood_extent(radius=700.0) -> QgsRectangle:
    """The buildings around the demo municipality's first landmark: a buurt-sized window where panden show."""
    from dego_plugin.tools.refservice import demo_data

    landmark = next(b for b in demo_data.landmark_buildings() if b["gemeentecode"] == DEMO_CODE)
    centre = landmark["geometry"].centroid
    near = [b["geometry"] for b in demo_data.buildings_in(DEMO_CODE) if b["geometry"].distance(centre) < radius]
    xs = [v for g in near for v in (g.bounds[0], g.bounds[2])]
    ys = [v for g in near for v in (g.bounds[1], g.bounds[3])]
    extent = QgsRectangle(min(xs), min(ys), max(xs), max(ys))
    side = max(extent.width(), extent.height()) * 1.15
    centre = extent.center()
    return QgsRectangle(centre.x() - side / 2, centre.y() - side / 2, centre.x() + side / 2, centre.y() + side / 2)


LEGEND = (("A", (0, 147, 66)), ("B", (27, 169, 67)), ("C", (158, 207, 27)), ("D", (248, 245, 28)),
          ("E", (244, 176, 3)), ("F", (223, 109, 20)), ("G", (219, 38, 29)), ("Onbekend", (224, 224, 224)))


def draw_legend(painter: QPainter, x: int, y: int) -> None:
    painter.drawText(QRectF(x + 10, y + 8, PANEL - 20, 20), Qt.AlignmentFlag.AlignLeft,
                     f"DEGO demo: {DEMO_CODE} Demodorp (reference service)")
    painter.drawText(QRectF(x + 10, y + 40, PANEL - 20, 20), Qt.AlignmentFlag.AlignLeft, "Energielabel definitief")
    for n, (label, rgb) in enumerate(LEGEND):
        top = y + 68 + n * 24
        painter.fillRect(QRectF(x + 14, top, 28, 16), QColor(*rgb))
        painter.drawText(QRectF(x + 52, top, 200, 18), Qt.AlignmentFlag.AlignLeft, label)


def render_panel(layer, extent, crs) -> QImage:
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(PANEL, PANEL))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="output")
    args = parser.parse_args()
    out = Path(args.output).resolve()
    out.mkdir(parents=True, exist_ok=True)

    # A throw-away QGIS profile and network cache: answers cached by an earlier run, or by another checkout's
    # reference service on the same ports, must never stand in for this run's (a stale WMTS or WFS capabilities
    # document hid the background map and the Startanalyse layer).
    home = tempfile.mkdtemp(prefix="dego-demo-")
    os.environ["XDG_CACHE_HOME"] = os.path.join(home, "cache")
    app = QgsApplication([], False, os.path.join(home, "profile"))
    app.initQgis()
    # The maps are for a Dutch council: the plugin's texts in Dutch, without touching the user's QGIS settings.
    dutch = QTranslator()
    if dutch.load(str(Path(__file__).resolve().parent.parent / "i18n" / "dego_nl.qm")):
        QCoreApplication.installTranslator(dutch)
    from dego_plugin.layers.loader import LayerLoader
    from dego_plugin.service.catalogue_source import LIVE, load_catalogue
    from dego_plugin.service.http import fetch
    from dego_plugin.tools.refservice import ReferenceService, allow_reference_service

    allow_reference_service()
    try:
        service = ReferenceService.start(port_static=SERVE_PORTS[0], port_ows=SERVE_PORTS[1])
    except OSError:  # `make serve` is running already, or the ports are taken: any free port will do
        service = ReferenceService.start()
    with service:
        print(f"reference service: {service.catalogue_url}")
        state = load_catalogue(service.catalogue_url, cache_dir=out / "cache")
        if state.origin != LIVE:
            raise SystemExit(f"the reference catalogue did not load: {state.failure}")
        project = QgsProject.instance()
        crs = QgsCoordinateReferenceSystem("EPSG:28992")
        project.setCrs(crs)
        messages = []
        loader = LayerLoader(project, lambda url: fetch(url).body, lambda level, text: messages.append(text))
        chosen = {}
        for entry in state.catalogue.layers:  # the first entry of each service type
            chosen.setdefault(entry.service.type, entry)
        added = {}
        for kind, entry in chosen.items():
            loader.add(entry, on_added=lambda layer, kind=kind: added.__setitem__(kind, layer))
        wait_for_tasks(app)
        for text in messages:
            print(f"message: {text}")
        extent = neighbourhood_extent()
        project.write(str(out / "dego-demo.qgz"))

        sheet = QImage(PANEL * 3, PANEL * 2, QImage.Format.Format_ARGB32)
        sheet.fill(QColor(255, 255, 255))
        painter = QPainter(sheet)
        painter.setFont(QFont("DejaVu Sans", 9, QFont.Weight.Bold))
        for n, kind in enumerate(TITLES):
            x, y = (n % 3) * PANEL, (n // 3) * PANEL
            layer = added.get(kind)
            if layer is not None:
                painter.drawImage(x, y, render_panel(layer, extent, crs))
            painter.setPen(QColor(40, 40, 40))
            label = f"{TITLES[kind]}: {layer.name() if layer else 'not loaded'}"
            painter.fillRect(QRectF(x, y, PANEL, 26), QColor(255, 255, 255, 220))
            painter.drawText(QRectF(x + 8, y + 4, PANEL - 16, 22), Qt.AlignmentFlag.AlignLeft, label)
            painter.drawRect(x, y, PANEL - 1, PANEL - 1)
        draw_legend(painter, 2 * PANEL, PANEL)
        painter.end()
        sheet.save(str(out / "dego-demo.png"))
        print(f"wrote {out / 'dego-demo.qgz'} and {out / 'dego-demo.png'} ({len(added)} of {len(TITLES)} service types)")
        missing = set(TITLES) - set(added)
        # The full transitievisie map set of each demo municipality (compositions/), as PDFs under output/maps.
        from dego_plugin.tools.demo_maps import write_map_set

        maps = []
        for code in MAP_SET_CODES:
            QgsProject.instance().clear()
            maps += write_map_set(state.catalogue, out, code)
    QgsProject.instance().clear()
    app.exitQgis()
    shutil.rmtree(home, ignore_errors=True)
    return 1 if missing or not maps else 0


if __name__ == "__main__":
    sys.exit(main())
