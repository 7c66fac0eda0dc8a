"""Where the catalogue address comes from: municipal IT's environment variable, then QGIS settings, then ours.
Which servers are allowed: the built-in DEGO, PDOK and CBS ones, widened by municipal IT and the user."""
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


def test_allowed_hosts_are_the_built_in_ones_widened_never_narrowed(monkeypatch):
    monkeypatch.setenv(settings.ALLOWED_HOSTS_ENV, "gis.gemeente.nl, 127.0.0.1")
    assert settings.allowed_hosts() == settings.DEFAULT_ALLOWED_HOSTS + ("gis.gemeente.nl", "127.0.0.1")
    settings.set_added_hosts(["Service.PDOK.nl", " kaart.example.nl "])
    assert settings.added_hosts() == ("service.pdok.nl", "kaart.example.nl")
    assert settings.allowed_hosts() == settings.DEFAULT_ALLOWED_HOSTS + ("gis.gemeente.nl", "127.0.0.1",
                                                                         "kaart.example.nl")
    settings.set_added_hosts([])
    monkeypatch.delenv(settings.ALLOWED_HOSTS_ENV)
    assert settings.allowed_hosts() == settings.DEFAULT_ALLOWED_HOSTS  # empty means the built-in list, not any


def test_the_built_in_hosts_are_those_of_the_bundled_catalogue():
    import json
    from urllib.parse import urlsplit

    from dego_plugin.service.catalogue_source import BUNDLED_PATH
    from dego_plugin.service.boundaries import DEFAULT_SERVICE

    document = json.loads(BUNDLED_PATH.read_text(encoding="utf-8"))
    urls = [e["service"]["url"] for e in document["layers"]] + [document["boundaries"]["url"], DEFAULT_SERVICE.url,
                                                              settings.DEFAULT_CATALOGUE_URL]
    urls += [u for e in document["layers"] for u in e.get("style", {}).values() if isinstance(u, str)
             and u.startswith("http")]
    assert {urlsplit(u).hostname for u in urls} <= set(settings.DEFAULT_ALLOWED_HOSTS)


def test_the_default_paper_is_one_size_for_all_maps(fresh_settings):
    from dego_plugin.model.presets import EACH_PAPER, ONE_PAPER

    assert settings.paper_size() == ONE_PAPER
    for chosen, kept in (("A4", "A4"), (EACH_PAPER, EACH_PAPER), ("A5", ONE_PAPER), (ONE_PAPER, ONE_PAPER)):
        settings.set_paper_size(chosen)
        assert settings.paper_size() == kept
    QgsSettings().setValue("dego/paper_size", "a3")  # edited by hand
    assert settings.paper_size() == "A3"
