"""Settings ▸ Options ▸ DEGO: what the user sets is what the plugin reads; bad addresses are refused with a reason."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtGui import QColor

from conftest import wait_for_tasks
from dego_plugin.dialogs.settings_page import DegoOptionsFactory, DegoSettingsPage
from dego_plugin.service import settings

OUTPUT = Path(__file__).resolve().parent.parent / "output"


@pytest.fixture()
def page(fresh_settings, qtbot):
    told, applied = [], []
    factory = DegoOptionsFactory(lambda level, text: told.append((level, text)), applied.append)
    widget = factory.createWidget(None)
    qtbot.addWidget(widget)
    widget.told, widget.applied = told, applied
    return widget


def test_the_factory_offers_a_dego_page(fresh_settings):
    factory = DegoOptionsFactory()
    assert factory.title() == "DEGO" and not factory.icon().isNull()
    assert isinstance(factory.createWidget(None), DegoSettingsPage)


def test_a_fresh_page_shows_the_defaults(page):
    assert page.catalogue_url.text() == "" and page.catalogue_url.placeholderText() == settings.DEFAULT_CATALOGUE_URL
    assert page.boundary_url.text() == "" and page.allowed_hosts.text() == ""
    assert page.mask_colour.color().name() == settings.DEFAULT_MASK_COLOUR and page.mask_opacity.opacity() == 1.0
    assert (page.paper_size.currentText(), page.paper_orientation.currentText()) == ("One size for all maps",
                                                                                  "As each map suggests")
    assert page.map_language.currentText() == "As the catalogue" and page.map_language.currentData() == ""
    assert page.logo.filePath() == ""


def test_what_the_user_sets_is_what_the_plugin_reads(page, qtbot, tmp_path):
    page.show()
    page.catalogue_url.setText(" https://dego.example.nl/catalogus.json ")
    page.boundary_url.setText("https://service.pdok.nl/kadaster/bestuurlijkegebieden/wfs/v1_0")
    page.allowed_hosts.setText("dego.example.nl, Service.PDOK.nl")
    page.mask_colour.setColor(QColor("#336699"))
    page.mask_opacity.setOpacity(0.4)
    page.paper_size.setCurrentIndex(page.paper_size.findText("A3"))
    page.paper_orientation.setCurrentIndex(page.paper_orientation.findData("portrait"))
    page.map_language.setCurrentIndex(page.map_language.findText("English"))
    page.logo.setFilePath(str(tmp_path / "gemeentelogo.svg"))
    OUTPUT.mkdir(exist_ok=True)
    page.resize(620, 560)
    page.grab().save(str(OUTPUT / "settings-page.png"))
    page.apply()

    assert settings.catalogue_url() == "https://dego.example.nl/catalogus.json"
    assert settings.boundary_service_url() == "https://service.pdok.nl/kadaster/bestuurlijkegebieden/wfs/v1_0"
    assert settings.added_hosts() == ("dego.example.nl", "service.pdok.nl")
    assert set(settings.DEFAULT_ALLOWED_HOSTS) < set(settings.allowed_hosts())  # widened, never narrowed
    assert settings.mask_colour() == "#336699" and settings.mask_opacity() == pytest.approx(0.4)
    assert (settings.paper_size(), settings.paper_orientation()) == ("A3", "portrait")
    assert settings.logo_path() == str(tmp_path / "gemeentelogo.svg")
    assert settings.map_language() == "en"
    assert page.told == [] and page.applied == [True]  # the plugin reloads the catalogue from the new address

    reopened = DegoOptionsFactory().createWidget(None)
    assert reopened.catalogue_url.text() == "https://dego.example.nl/catalogus.json"
    assert (reopened.paper_size.currentText(), reopened.paper_orientation.currentText()) == ("A3", "Portrait")
    assert reopened.mask_opacity.opacity() == pytest.approx(0.4)
    assert reopened.map_language.currentText() == "English"


def test_a_bad_address_is_refused_with_a_reason_and_the_rest_is_saved(page):
    settings.set_catalogue_url("https://dego.example.nl/catalogus.json")
    page.load()
    page.show()
    page.catalogue_url.setText("ftp://dego.example.nl/catalogus.json")
    assert page.catalogue_url_problem.isVisible()
    assert page.catalogue_url_problem.text() == "The address must start with http:// or https://."
    page.boundary_url.setText("https://user:secret@wfs.example.nl/wfs")
    page.logo.setFilePath("/home/gis/logo.pdf")
    page.paper_size.setCurrentIndex(page.paper_size.findText("A3"))
    page.apply()

    assert settings.catalogue_url() == "https://dego.example.nl/catalogus.json"  # kept, not lost
    assert settings.boundary_service_url() == "" and settings.logo_path() == ""
    assert settings.paper_size() == "A3"
    assert [level for level, _ in page.told] == [Qgis.MessageLevel.Warning] * 3
    assert [text for _, text in page.told] == [
        "Setting not saved: Catalogue address: The address must start with http:// or https://.",
        "Setting not saved: Boundary service: The address must not contain a user name or password; "
        "use a QGIS authentication configuration.",
        "Setting not saved: Logo: The logo must be a PNG, JPEG or SVG image.",
    ]
    assert page.applied == [False]


def test_an_address_set_by_the_organisation_is_shown_and_not_overwritten(fresh_settings, monkeypatch):
    monkeypatch.setenv(settings.CATALOGUE_URL_ENV, "https://intranet.gemeente.nl/dego.json")
    page = DegoOptionsFactory().createWidget(None)
    assert page.catalogue_url.text() == "https://intranet.gemeente.nl/dego.json" and page.catalogue_url.isReadOnly()
    assert "DEGO_CATALOGUE_URL" in page.catalogue_url_problem.text()
    page.apply()
    monkeypatch.delenv(settings.CATALOGUE_URL_ENV)
    assert settings.catalogue_url() == settings.DEFAULT_CATALOGUE_URL


def test_clear_cache_deletes_the_cached_copies_and_nothing_else(page, qtbot):
    folder = Path(os.environ["DEGO_CACHE_DIR"])
    cached = [folder / "catalogue.json", folder / "catalogue.meta.json", folder / "boundaries" / "pdok" / "GM0363.json"]
    for path in cached:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}", encoding="utf-8")
    unrelated = folder / "notes.txt"
    unrelated.write_text("not ours", encoding="utf-8")

    page.clear_cache_button.click()
    assert not page.clear_cache_button.isEnabled()  # working in the background
    wait_for_tasks(qtbot)
    assert page.cache_status.text() == "Cache cleared: 3 files deleted."
    assert page.clear_cache_button.isEnabled()
    assert not any(p.exists() for p in cached) and not (folder / "boundaries").exists()
    assert unrelated.read_text(encoding="utf-8") == "not ours"
