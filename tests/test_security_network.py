"""Credentials stay home, and every request stays within its deadline (docs/security.md). Hostile servers on
loopback: the "other server" is a recording server on 127.0.0.2, which the test allows where the attack needs an
allowed host (a catalogue entry must point at one)."""
from __future__ import annotations

import json
import time

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from task_helpers import settle
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.service import settings
from dego_plugin.service.catalogue_source import load_catalogue
from dego_plugin.service.http import FetchError, fetch
from dego_plugin.tools.faultserver import FaultServer

MASTER_PASSWORD = "dego-tests"  # QGIS's authentication database of the test profile


@pytest.fixture()
def other_server():
    with FaultServer(host="127.0.0.2", max_seconds=120) as server:
        yield server


def basic_auth_for(url: str) -> str:
    """A Basic authentication configuration the user made for `url` (its URL field); returns its id."""
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword(MASTER_PASSWORD, True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("Gemeente-account")
    config.setUri(url)
    config.setConfig("username", "gemeente")
    config.setConfig("password", "geheim")
    assert manager.storeAuthenticationConfig(config)[0]
    return config.id()


def wfs_entry(url: str, authcfg: str) -> dict:
    return {"id": "energie-met-login", "title": "Energie (login)", "theme": "t",
            "service": {"type": "wfs", "url": url, "typename": "buurten", "version": "1.1.0", "authcfg": authcfg}}


def test_credentials_go_only_to_the_server_their_configuration_names(reference_service, other_server, loader, qtbot,
                                                                     monkeypatch):
    authcfg = basic_auth_for(reference_service.ows_url)
    monkeypatch.setenv(settings.ALLOWED_HOSTS_ENV, "127.0.0.1 127.0.0.2")  # allowed, but not the credentials' host
    document = {"version": "1.0", "themes": [{"id": "t", "title": "T"}],
                "layers": [wfs_entry(f"{other_server.base_url}/wfs", authcfg)]}
    entry = parse_catalogue(json.dumps(document), settings.allowed_hosts()).layers[0]
    loader.add(entry)
    settle(qtbot)
    assert other_server.requests() == []  # nothing at all reached it, so no credentials either
    (level, text), = loader.messages
    assert text == ("Could not add “Energie (login)”: the authentication configuration “Gemeente-account” is "
                    "for 127.0.0.1, not for 127.0.0.2: its credentials are not sent there")
    # the server the configuration names gets the layer, with its credentials
    loader.messages.clear()
    document["layers"] = [wfs_entry(reference_service.ows_url, authcfg)]
    added = []
    loader.add(parse_catalogue(json.dumps(document), settings.allowed_hosts()).layers[0], on_added=added.append)
    settle(qtbot)
    assert loader.messages == [] and added and added[0].isValid()


def test_a_redirect_to_another_server_is_not_followed(other_server, tmp_path):
    with FaultServer(max_seconds=120) as catalogue_server:
        away = catalogue_server.url("redirect-away", to=other_server.url("ok"))
        state = load_catalogue(away, settings.allowed_hosts(), tmp_path)
    assert other_server.requests() == []
    assert (state.origin, state.failure_code) == ("bundled", "redirect_refused")
    assert f"redirected to '{other_server.url('ok')}'" in state.failure
    from dego_plugin.controllers.messages import refresh_failed_message

    assert refresh_failed_message(state).startswith(
        "Refresh failed (the DEGO service redirected to a server that is not allowed); still showing")


@pytest.fixture()
def deadline_of(monkeypatch):
    def set_deadline(seconds):
        for key, value in (("connect_timeout_s", 5.0), ("read_timeout_s", 20.0), ("total_timeout_s", seconds)):
            QgsSettings().setValue(f"dego/{key}", value)

    yield set_deadline
    for key in ("connect_timeout_s", "read_timeout_s", "total_timeout_s"):
        QgsSettings().remove(f"dego/{key}")


def test_a_server_dripping_its_headers_is_cut_off_at_the_deadline(deadline_of):
    deadline_of(3.0)  # the read timeout (20 s) never trips: a byte comes every 0.5 s
    with FaultServer(max_seconds=30) as server:
        started = time.monotonic()
        with pytest.raises(FetchError) as failed:
            fetch(server.url("drip-headers", interval=0.5))
        took = time.monotonic() - started
    assert failed.value.code == "timeout"
    assert 2.5 < took < 4.0
