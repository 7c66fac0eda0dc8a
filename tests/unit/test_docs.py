"""The user guides cannot go stale on what QGIS shows: each names QGIS's menus as QGIS in its language spells them
(read from QGIS's own translations), and shows the screenshots of its own language (made by `make docs`)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
GUIDES = {"en": ROOT / "docs" / "user-guide.md", "nl": ROOT / "docs" / "handleiding.md"}
# The menu paths the guides name: (context, text) of each step as in QGIS's sources, then the plugin's own last step.
MENU_PATHS = {
    "options": ((("MainWindow", "&Settings"), ("MainWindow", "&Options…")), "DEGO"),
    "web menu": ((("QgisApp", "&Web"),), "DEGO"),
    "log": ((("MainWindow", "&View"), ("QgisApp", "Panels"), ("QgisApp", "Log Messages")), ""),
    "zip": ((("MainWindow", "&Plugins"), ("MainWindow", "Manage and Install Plugins…"),
             ("QgsPluginManagerBase", "Install from ZIP")), ""),
    # (The plugin manager's Settings tab is "Instellingen" in Dutch QGIS 3.22, "Extra" from 3.34: the guide says both.)
    "layouts": ((("MainWindow", "&Project"), ("MainWindow", "Layouts")), ""),
    "toolbox": ((("ProcessingPlugin", "Pro&cessing"), ("ProcessingPlugin", "&Toolbox")), "DEGO"),
}


def flat(path: Path) -> str:
    return " ".join(path.read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def qgis_nl(qgis_app):
    translator = QTranslator()
    path = Path(QgsApplication.i18nPath()) / "qgis_nl.qm"
    if not translator.load(str(path)):
        pytest.skip(f"QGIS's Dutch translation is not installed ({path})")
    return translator


def menu_path(steps, last: str, translator=None) -> str:
    """ "Extra ▸ Opties… ▸ DEGO": each step as QGIS shows it (no "&" shortcut mark)."""
    shown = []
    for context, text in steps:
        translated = translator.translate(context.encode(), text.encode()) if translator is not None else ""
        shown.append((translated or text).replace("&", "").strip())
    return " ▸ ".join(shown + ([last] if last else []))


@pytest.mark.parametrize("name", MENU_PATHS)
def test_each_guide_names_the_menus_as_qgis_in_its_language_shows_them(name, qgis_nl):
    steps, last = MENU_PATHS[name]
    english, dutch = menu_path(steps, last), menu_path(steps, last, qgis_nl)
    assert english in flat(GUIDES["en"]), english
    assert dutch in flat(GUIDES["nl"]), dutch
    if english != dutch:
        assert english not in flat(GUIDES["nl"]), f"the Dutch guide says {english!r}"


def test_the_dutch_guide_has_no_menu_path_dutch_qgis_does_not_show():
    """Paths an earlier guide invented ("Instellingen ▸ Opties", QGIS says "Extra ▸ Opties…")."""
    text = flat(GUIDES["nl"])
    for wrong in ("Instellingen ▸ Opties", "Opties ▸ DEGO", "Logberichten", "Plugins ▸ Plugins beheren"):
        assert wrong not in text, wrong


@pytest.mark.parametrize("language", GUIDES)
def test_each_guide_shows_the_screenshots_of_its_language(language):
    images = re.findall(r"!\[[^\]]*\]\((img/[^)]+)\)", GUIDES[language].read_text(encoding="utf-8"))
    assert images
    for image in images:
        assert (ROOT / "docs" / image).is_file(), image
        assert image.startswith(f"img/{language}/") or image == "img/map-page.png", image  # the map is Dutch in both
