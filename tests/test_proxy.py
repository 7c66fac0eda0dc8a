"""The proxy configured in QGIS (Settings > Options > Network) carries the plugin's requests: a forwarding
proxy on loopback sees them, with the configured user and password; excluded URLs bypass it; without a QGIS
proxy the system's (environment) proxy is used."""
from __future__ import annotations

import base64
import socket

import pytest
from qgis.core import QgsSettings

from dego_plugin.service.catalogue_source import BUNDLED, LIVE, load_catalogue
from dego_plugin.tools.faultserver import FaultServer
from loopback_proxy import ForwardingProxy

PROXY_KEYS = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyUser",
              "proxy/proxyPassword", "proxy/proxyExcludedUrls", "proxy/noProxyUrls")


@pytest.fixture(scope="module")
def catalogue_server():
    with FaultServer(max_seconds=120) as server:
        yield server


@pytest.fixture()
def proxy():
    forwarding = ForwardingProxy()
    yield forwarding
    forwarding.close()


@pytest.fixture()
def qgis_proxy_settings(monkeypatch):
    """Writes QGIS's own proxy keys, as its options dialog does; removes them afterwards."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    settings = QgsSettings()

    def configure(**values):
        for key, value in values.items():
            settings.setValue(f"proxy/{key}", value)

    yield configure
    for key in PROXY_KEYS:
        settings.remove(key)


def test_the_qgis_proxy_sees_the_catalogue_request_with_its_credentials(catalogue_server, proxy, qgis_proxy_settings,
                                                                           tmp_path):
    qgis_proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1", proxyPort=str(proxy.port),
                        proxyUser="gemeente", proxyPassword="p@ss:w/rd")
    state = load_catalogue(catalogue_server.url("ok"), cache_dir=tmp_path)
    assert state.origin == LIVE and len(state.catalogue.layers) == 3
    expected_auth = "Basic " + base64.b64encode(b"gemeente:p@ss:w/rd").decode()
    assert proxy.seen == [(catalogue_server.url("ok"), expected_auth)]


def test_an_excluded_url_bypasses_the_proxy(catalogue_server, proxy, qgis_proxy_settings, tmp_path):
    qgis_proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1", proxyPort=str(proxy.port),
                        proxyExcludedUrls=[catalogue_server.base_url + "/ok/"])
    state = load_catalogue(catalogue_server.url("ok"), cache_dir=tmp_path)
    assert state.origin == LIVE and proxy.seen == []
    load_catalogue(catalogue_server.url("gzip"), cache_dir=tmp_path)  # not excluded: through the proxy
    assert [url for url, _ in proxy.seen] == [catalogue_server.url("gzip")]


def test_a_disabled_qgis_proxy_is_not_used_and_the_system_proxy_is(catalogue_server, proxy, qgis_proxy_settings,
                                                                     tmp_path, monkeypatch):
    qgis_proxy_settings(proxyEnabled=False, proxyType="HttpProxy", proxyHost="127.0.0.1", proxyPort="9")
    assert load_catalogue(catalogue_server.url("ok"), cache_dir=tmp_path).origin == LIVE
    assert proxy.seen == []
    # QGIS's "default proxy" means the system's: on Linux the environment
    qgis_proxy_settings(proxyEnabled=True, proxyType="DefaultProxy")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")
    assert load_catalogue(catalogue_server.url("ok"), cache_dir=tmp_path / "2").origin == LIVE
    assert [url for url, _ in proxy.seen] == [catalogue_server.url("ok")]


def test_an_unreachable_proxy_is_a_connection_failure_not_a_crash(catalogue_server, qgis_proxy_settings, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    qgis_proxy_settings(proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1", proxyPort=str(dead_port))
    state = load_catalogue(catalogue_server.url("ok"), cache_dir=tmp_path)
    assert state.origin == BUNDLED and state.failure_code == "connection"
