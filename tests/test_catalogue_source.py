"""Fresh → cached → bundled, over real HTTP on loopback; a bad answer never replaces a good cached copy."""
from __future__ import annotations

import json
import socket

import pytest

from dego_plugin.service.catalogue_source import BUNDLED, CACHED, LIVE, load_catalogue, load_saved, replaces
from http_helpers import CatalogueServer

GOOD = {
    "version": "1.0", "generated": "2026-11-01T00:00:00Z",
    "themes": [{"id": "gebouw", "title": "Gebouwen"}],
    "layers": [{"id": "a", "title": "A", "theme": "gebouw",
                "service": {"type": "wms", "url": "https://wms.example.nl/wms", "layers": "a"}}],
}


@pytest.fixture()
def server():
    srv = CatalogueServer()
    srv.body = json.dumps(GOOD).encode()
    yield srv
    srv.close()


def dead_url():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/catalogue.json"


def test_live_catalogue_is_cached_and_an_unchanged_one_costs_a_304(server, tmp_path):
    first = load_catalogue(server.url, cache_dir=tmp_path)
    assert first.origin == LIVE and [e.id for e in first.catalogue.layers] == ["a"]
    assert (tmp_path / "catalogue.json").read_bytes() == server.body
    second = load_catalogue(server.url, cache_dir=tmp_path)
    assert second.origin == LIVE and second.catalogue == first.catalogue
    assert server.requests[-1][1].get("If-None-Match")
    assert "DEGO-QGIS-plugin/" in server.requests[-1][1].get("User-Agent")


@pytest.mark.parametrize("bad_body", [b"<html>Proxy error</html>", b'{"version": "1.0", "layers": [',
                                      b'{"version": "9.0", "layers": []}'])
def test_bad_answer_keeps_the_good_cached_copy_byte_for_byte(server, tmp_path, bad_body):
    load_catalogue(server.url, cache_dir=tmp_path)
    good_bytes = (tmp_path / "catalogue.json").read_bytes()
    server.body = bad_body
    state = load_catalogue(server.url, cache_dir=tmp_path)
    assert state.origin == CACHED and [e.id for e in state.catalogue.layers] == ["a"]
    assert state.failure_code in ("not_json", "newer_version")
    assert (tmp_path / "catalogue.json").read_bytes() == good_bytes


def test_server_error_falls_back_to_cache(server, tmp_path):
    load_catalogue(server.url, cache_dir=tmp_path)
    server.status = 503
    state = load_catalogue(server.url, cache_dir=tmp_path)
    assert state.origin == CACHED and state.failure_code == "http_status" and "503" in state.failure


def test_no_service_and_no_cache_gives_the_bundled_catalogue(tmp_path):
    state = load_catalogue(dead_url(), cache_dir=tmp_path)
    assert state.origin == BUNDLED and state.failure_code == "connection"
    assert len(state.catalogue.layers) > 10
    assert not (tmp_path / "catalogue.json").exists()


def test_the_saved_copy_is_read_without_asking_the_service(server, tmp_path):
    assert load_saved(cache_dir=tmp_path).origin == BUNDLED  # nothing saved yet: the built-in catalogue
    live = load_catalogue(server.url, cache_dir=tmp_path)
    asked = len(server.requests)
    saved = load_saved(cache_dir=tmp_path)
    assert saved.origin == CACHED and saved.catalogue == live.catalogue and saved.date == live.date
    assert not saved.failure_code and len(server.requests) == asked


def test_a_damaged_saved_copy_gives_the_built_in_catalogue(tmp_path):
    (tmp_path / "catalogue.json").write_bytes(b'{"version": "1.0", "layers": [')
    state = load_saved(cache_dir=tmp_path)
    assert state.origin == BUNDLED and len(state.catalogue.layers) > 10


def test_only_a_changed_live_catalogue_replaces_the_saved_one(server, tmp_path):
    load_catalogue(server.url, cache_dir=tmp_path)
    saved = load_saved(cache_dir=tmp_path)
    unchanged = load_catalogue(server.url, cache_dir=tmp_path)  # a 304
    assert unchanged.unchanged and not replaces(saved, unchanged)
    failed = load_catalogue(dead_url(), cache_dir=tmp_path)  # the same saved copy again
    assert failed.origin == CACHED and not replaces(saved, failed)
    server.body = json.dumps(dict(GOOD, generated="2026-11-02T00:00:00Z")).encode()
    changed = load_catalogue(server.url, cache_dir=tmp_path)
    assert changed.origin == LIVE and not changed.unchanged and replaces(saved, changed)
    assert replaces(None, failed)  # nothing shown yet: whatever came


def test_without_a_cache_a_failure_keeps_the_built_in_catalogue_shown(tmp_path):
    saved = load_saved(cache_dir=tmp_path)
    failed = load_catalogue(dead_url(), cache_dir=tmp_path)
    assert failed.origin == BUNDLED and not replaces(saved, failed)
