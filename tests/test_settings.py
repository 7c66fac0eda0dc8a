"""Where the catalogue address comes from: municipal IT's environment variable, then QGIS settings, then ours."""
from __future__ import annotations

from qgis.core import QgsSettings

from dego_plugin.service import settings


def test_catalogue_url_precedence(monkeypatch):
    monkeypatch.delenv(settings.CATALOGUE_URL_ENV, raising=False)
    QgsSettings().remove("dego/catalogue_url")
    assert settings.catalogue_url() == settings.DEFAULT_CATALOGUE_URL
    settings.set_catalogue_url("https://gemeente.example.nl/dego/catalogue.json")
    assert settings.catalogue_url() == "https://gemeente.example.nl/dego/catalogue.json"
    monkeypatch.setenv(settings.CATALOGUE_URL_ENV, "https://it.example.nl/catalogue.json")
    assert settings.catalogue_url() == "https://it.example.nl/catalogue.json"
    QgsSettings().remove("dego/catalogue_url")


def test_allowed_hosts_are_a_clean_list():
    settings.set_allowed_hosts(["Service.PDOK.nl", " maps.commondatafactory.nl "])
    assert settings.allowed_hosts() == ("service.pdok.nl", "maps.commondatafactory.nl")
    settings.set_allowed_hosts([])
    assert settings.allowed_hosts() == ()
