"""The screenshots of the user guides (docs/img/*.png), from the reference service, in a throw-away QGIS profile:
the DEGO dock, the Transitievisiekaarten dialog, the settings page and a page of an exported map (pdftoppm).

    make deps && PYTHONPATH=.build/plugins PROJ_DATA=/usr/share/proj QT_QPA_PLATFORM=offscreen \
        .venv/bin/python -P tools/screenshots.py

The plugin's texts are shown in Dutch, as a Dutch municipality sees them. Images are reduced to 256 colours so
they stay small enough to commit.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "img"
CODE = "GM9901"  # Demodorp
MAP = "woningwaarde"  # the preset shown as an exported page
MAX_BYTES = 150_000


def wait(condition, timeout_s: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    QgsApplication.processEvents()
    return condition()


def save(image: QImage, name: str) -> Path:
    """As an indexed PNG (ordered dithering keeps text crisp and the bytes deterministic)."""
    path = IMAGES / name
    small = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    if not small.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    size = path.stat().st_size
    print(f"{path.relative_to(ROOT)}: {image.width()}x{image.height()}, {size // 1000} KB")
    if size > MAX_BYTES:
        print(f"warning: {path.name} is larger than {MAX_BYTES // 1000} KB")
    return path


def shoot(widget, name: str, width: int, height: int) -> Path:
    widget.resize(width, height)
    widget.show()
    wait(lambda: False, 0.3)  # let the layout settle
    return save(widget.grab().toImage(), name)


def main() -> int:
    profile = tempfile.mkdtemp(prefix="dego-screenshots-")
    app = QgsApplication([], True, profile)
    app.initQgis()
    dutch = QTranslator()
    if dutch.load(str(ROOT / "i18n" / "dego_nl.qm")):
        QCoreApplication.installTranslator(dutch)
    IMAGES.mkdir(parents=True, exist_ok=True)

    from dego_plugin.algorithms.provider import DegoProvider
    from dego_plugin.dialogs.catalogue_dock import CatalogueDock
    from dego_plugin.dialogs.settings_page import DegoSettingsPage
    from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog
    from dego_plugin.service.boundaries import load_boundary, service_for
    from dego_plugin.service.catalogue_source import LIVE, load_catalogue
    from dego_plugin.service.http import fetch
    from dego_plugin.tools.refservice import ReferenceService, allow_reference_service

    allow_reference_service()

    os.environ["DEGO_CACHE_DIR"] = "/home/gebruiker/.cache/dego-qgis-plugin"  # shown on the settings page only
    shoot(DegoSettingsPage(), "settings-page.png", 620, 450)
    os.environ["DEGO_CACHE_DIR"] = str(Path(profile) / "cache")
    with ReferenceService.start() as service:
        os.environ["DEGO_CATALOGUE_URL"] = service.catalogue_url  # what Processing reads
        state = load_catalogue(service.catalogue_url, cache_dir=Path(profile) / "cache")
        if state.origin != LIVE:
            raise SystemExit(f"the reference catalogue did not load: {state.failure}")
        catalogue = state.catalogue

        dock = CatalogueDock()
        dock.set_catalogue(catalogue, "Live catalogus")
        first = dock.proxy.index(0, 0)
        dock.tree.setCurrentIndex(dock.proxy.index(0, 0, first))
        shoot(dock, "dock.png", 380, 640)

        municipality = load_boundary(service_for(catalogue.boundaries), CODE, Path(profile) / "cache").municipality
        dialog = TransitievisieDialog(QgsProject.instance(), catalogue, municipality, lambda url: fetch(url).body,
                                      lambda level, text: None)
        dialog.folder.setFilePath("/home/gebruiker/Documenten/DEGO-kaarten")
        shoot(dialog, "transitievisie-dialog.png", 520, 560)

        registry = app.processingRegistry()
        registry.addProvider(DegoProvider())
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback

        folder = Path(profile) / "maps"
        algorithm = registry.createAlgorithmById("dego:exportmaps")
        results, ok = algorithm.run({"MUNICIPALITY": CODE, "PRESETS": MAP, "OUTPUT_FOLDER": str(folder)},
                                    QgsProcessingContext(), QgsProcessingFeedback())
        if not ok:
            raise SystemExit("dego:exportmaps failed")
        pdf = Path(results["FILES"][0])
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(folder / "page")], check=True)
        save(QImage(str(folder / "page.png")), "map-page.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
