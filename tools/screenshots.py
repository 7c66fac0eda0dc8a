"""The screenshots of the user guides, from the current code and the reference service, in a throw-away QGIS
profile: per language (docs/img/nl for the handleiding, docs/img/en for the user guide) the DEGO dock, the
Transitievisiekaarten dialog and the settings page, as QGIS in that language shows them; and once a page of an
exported map (docs/img/map-page.png, pdftoppm), which is Dutch in both guides: maps print in the catalogue's
language whatever QGIS speaks.

    make docs          (or: PYTHONPATH=.build/plugins PROJ_DATA=/usr/share/proj QT_QPA_PLATFORM=offscreen \\
                             .venv/bin/python -P tools/screenshots.py [nl] [en])

Images are reduced to 256 colours so they stay small enough to commit.
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
LANGUAGES = ("nl", "en")
QGIS_TRANSLATIONS = Path("/usr/share/qgis/i18n")  # QGIS's own (its widgets on the settings page)
CODE = "GM9901"  # Demodorp
MAP = "woningwaarde"  # the preset shown as an exported page: a buurt map with a secret figure ("Geen gegevens")
MAX_BYTES = 150_000
# What the folder and cache fields show: a user's, not this machine's.
HOME = {"nl": "/home/gebruiker", "en": "/home/user"}
DOCUMENTS = {"nl": "Documenten", "en": "Documents"}


def wait(condition, timeout_s: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    QgsApplication.processEvents()
    return condition()


def save(image: QImage, path: Path) -> Path:
    """As an indexed PNG (ordered dithering keeps text crisp and the bytes deterministic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    small = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    if not small.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    size = path.stat().st_size
    print(f"{path.relative_to(ROOT)}: {image.width()}x{image.height()}, {size // 1000} KB")
    if size > MAX_BYTES:
        print(f"warning: {path.name} is larger than {MAX_BYTES // 1000} KB")
    return path


def shoot(widget, path: Path, width: int, height: int) -> Path:
    widget.resize(width, height)
    widget.show()
    wait(lambda: False, 0.3)  # let the layout settle
    path = save(widget.grab().toImage(), path)
    widget.close()
    return path


def speak(language: str) -> list:
    """Install the plugin's and QGIS's translators of `language`; returns them, for `QCoreApplication.removeTranslator`."""
    installed = []
    for path in (ROOT / "i18n" / f"dego_{language}.qm", QGIS_TRANSLATIONS / f"qgis_{language}.qm"):
        translator = QTranslator()
        if path.exists() and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
    if not installed:
        raise SystemExit(f"no translation for {language}: run make deps")
    return installed


def main(languages) -> int:
    profile = tempfile.mkdtemp(prefix="dego-screenshots-")
    app = QgsApplication([], True, profile)
    app.initQgis()

    from dego_plugin.algorithms.provider import DegoProvider
    from dego_plugin.controllers.messages import catalogue_status
    from dego_plugin.dialogs.catalogue_dock import CatalogueDock
    from dego_plugin.dialogs.settings_page import DegoSettingsPage
    from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog
    from dego_plugin.service.boundaries import load_boundary, load_municipalities, service_for
    from dego_plugin.service.catalogue_source import LIVE, load_catalogue
    from dego_plugin.service.http import fetch
    from dego_plugin.tools.refservice import ReferenceService, allow_reference_service

    allow_reference_service()
    cache = Path(profile) / "cache"
    with ReferenceService.start() as service:
        os.environ["DEGO_CATALOGUE_URL"] = service.catalogue_url  # what Processing reads
        state = load_catalogue(service.catalogue_url, cache_dir=cache)
        if state.origin != LIVE:
            raise SystemExit(f"the reference catalogue did not load: {state.failure}")
        catalogue = state.catalogue
        boundaries = service_for(catalogue.boundaries)
        municipality = load_boundary(boundaries, CODE, cache).municipality
        listed = load_municipalities(boundaries, cache)

        for language in languages:
            translators = speak(language)
            folder = IMAGES / language
            # The page as a user's: the default catalogue (not the service's address) and a home folder's cache.
            os.environ["DEGO_CACHE_DIR"] = f"{HOME[language]}/.cache/dego-qgis-plugin"
            del os.environ["DEGO_CATALOGUE_URL"]
            shoot(DegoSettingsPage(), folder / "settings-page.png", 640, 520)
            os.environ["DEGO_CACHE_DIR"], os.environ["DEGO_CATALOGUE_URL"] = str(cache), service.catalogue_url

            dock = CatalogueDock()
            dock.set_catalogue(catalogue, catalogue_status(state))
            first = dock.proxy.index(0, 0)
            dock.tree.setCurrentIndex(dock.proxy.index(0, 0, first))
            shoot(dock, folder / "dock.png", 380, 640)

            dialog = TransitievisieDialog(QgsProject.instance(), catalogue, municipality, lambda url: fetch(url).body,
                                          lambda level, text: None)
            dialog.picker.set_municipalities(listed)  # as the plugin wires it to the project's choice
            dialog.picker.show_current(municipality)
            dialog.folder.setFilePath(f"{HOME[language]}/{DOCUMENTS[language]}/DEGO-kaarten")
            shoot(dialog, folder / "transitievisie-dialog.png", 540, 640)
            for translator in translators:
                QCoreApplication.removeTranslator(translator)

        registry = app.processingRegistry()
        registry.addProvider(DegoProvider())
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback

        maps = Path(profile) / "maps"
        algorithm = registry.createAlgorithmById("dego:exportmaps")
        results, ok = algorithm.run({"MUNICIPALITY": CODE, "PRESETS": MAP, "OUTPUT_FOLDER": str(maps)},
                                    QgsProcessingContext(), QgsProcessingFeedback())
        if not ok:
            raise SystemExit("dego:exportmaps failed")
        pdf = Path(results["FILES"][0])
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(maps / "page")], check=True)
        save(QImage(str(maps / "page.png")), IMAGES / "map-page.png")
    return 0


if __name__ == "__main__":
    chosen = [language for language in sys.argv[1:] if language in LANGUAGES]
    sys.exit(main(chosen or LANGUAGES))
