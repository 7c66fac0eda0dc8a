"""One language per map (compositions/map_texts.py): the plugin's own texts on a map are in the catalogue's language
(Dutch for DEGO), whatever language QGIS speaks, unless the user picks another map language; read from the PDF, as
a council member reads it."""
from __future__ import annotations

import re

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from dego_plugin.compositions import map_set
from dego_plugin.compositions.export import ExportOptions, file_stem
from dego_plugin.i18n import install_translator
from dego_plugin.service import settings

from composition_helpers import map_set_for
from qgis_guard import qt_messages
from test_compositions import pdf_text, wait

# What the plugin prints on a map, per language; titles, layer names and class labels are the catalogue's.
DUTCH = ("Legenda", "Gemeente Demodorp", "Bron: demodata", "Datum gegevens: 31-12-2020", "Kaartdatum:",
         "Achtergrondkaart: Achtergrondkaart grijs (demo)", "Gemaakt met de DEGO-plugin", "INTERN GEBRUIK")
ENGLISH = ("Legend", "Municipality Demodorp", "Source: demodata", "Data date: 31-12-2020", "Map date:",
           "Background map: Achtergrondkaart grijs (demo)", "Made with the DEGO plugin", "INTERNAL USE")


@pytest.fixture()
def qgis_speaks(fresh_settings):
    """QGIS's language for the plugin's user interface (its translator, as at start-up); English afterwards."""
    installed = []

    def speak(locale: str):
        QgsSettings().setValue("locale/overrideFlag", True)
        QgsSettings().setValue("locale/userLocale", locale)
        installed.append(install_translator())

    yield speak
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QgsSettings().remove("locale/overrideFlag")
    QgsSettings().remove("locale/userLocale")


def exported_text(made, folder) -> str:
    """The text of every page of the map set's PDFs (made again, so they take the map language now set)."""
    again = map_set.make_layouts(made.project, made.catalogue, made.presets, made.municipality)
    assert not again.failures
    outcome = []
    map_set.export_layouts(again.layouts, ExportOptions(str(folder)), outcome.append)
    assert wait(lambda: outcome, 90) and outcome[0].failures == []
    return " ".join(" ".join(pdf_text(folder / f"{file_stem(layout.name())}.pdf").split()) for layout in again.layouts)


def words(texts):
    """Each text as a whole-word pattern: "Legend" must not match inside "Legenda"."""
    return [re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)") for text in texts]


def test_a_dutch_catalogue_prints_dutch_maps_from_an_english_qgis_and_english_ones_when_chosen(
        reference_service, tmp_path, qgis_speaks):
    with map_set_for(reference_service, tmp_path, ["energielabels", "gasverbruik"], "GM9901") as made:
        assert made.catalogue.language == "nl"
        qgis_speaks("en_GB")
        dutch = exported_text(made, tmp_path / "nl")
        assert [t for t in DUTCH if t not in dutch] == []
        assert [p.pattern for p in words(ENGLISH) if p.search(dutch)] == []
        assert "Bron: Bron:" not in dutch

        qgis_speaks("nl_NL")
        settings.set_map_language("en")
        english = exported_text(made, tmp_path / "en")
        assert [t for t in ENGLISH if t not in english] == []
        assert [p.pattern for p in words(DUTCH) if p.search(english)] == []


def test_the_export_writes_no_warnings_to_the_log_or_the_console(reference_service, tmp_path):
    """QGIS 3.22 logs "Cannot load HTML based item label in background threads" for each layout label the export
    worker reads (dozens per export): the worker reads none (compositions/worker_labels.py), pages per wijk too,
    and the texts still print, each page's own wijk in its subtitle. Qt printed "QObject::setParent: Cannot set
    parent, new parent is in a different thread" twice for every map drawn with the print mask's white style when
    the worker applied that style to a layer made on the GUI thread: the worker draws a copy made in that style."""
    from qgis.core import QgsApplication

    logged = []

    def on_log(message, tag, level):
        logged.append(message)

    with map_set_for(reference_service, tmp_path, ["energielabels", "gasverbruik"], "GM9901", wijk_pages=True) as made:
        QgsApplication.messageLog().messageReceived.connect(on_log)
        try:
            outcome = []
            with qt_messages() as printed:
                map_set.export_layouts(made.layouts, ExportOptions(str(tmp_path), wijk_pages=True), outcome.append)
                assert wait(lambda: outcome, 120) and outcome[0].failures == []
        finally:
            QgsApplication.messageLog().messageReceived.disconnect(on_log)
        text = " ".join(pdf_text(tmp_path / f"{file_stem(made.layouts[1].name())}.pdf").split())
    assert [message for message in logged if "label" in message.lower()] == []
    assert [message for message in printed if "thread" in message.lower()] == []
    assert "Gasverbruik per pand" in text and "INTERN GEBRUIK" in text and "Kaartdatum: " in text
    assert re.search(r"(Noord|Zuid|Centrum) – Gemeente Demodorp", text, re.IGNORECASE), text
