"""A published QGIS project (.qgs/.qgz) as the catalogue: DEGO publishes its project today, not a catalogue file.

The reference service serves its publishing project as a .qgz (tools/refservice: the project `make catalogue`
builds the reference catalogue from, with this run's addresses). The plugin downloads it like a catalogue,
converts it in the background with the conversion of `make catalogue` (layers/project_catalogue.py), after
making the download safe to read (layers/project_file.py), and caches the result."""
from __future__ import annotations

import io
import json
import zipfile

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from conftest import wait_for_tasks
from dego_plugin.layers.project_file import ProjectFileError, converted_download, safe_project
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.service import settings
from dego_plugin.service.catalogue_source import BUNDLED_PATH, CACHED, LIVE, load_catalogue, load_saved
from dego_plugin.service.http import fetch
from http_helpers import CatalogueServer
from qgis_guard import no_python_errors
from test_plugin import _select, _titles

HOSTS = ("127.0.0.1",)


def converter(calls=None):
    def convert(data):
        if calls is not None:
            calls.append(len(data))
        return converted_download(data, HOSTS)
    return convert


@pytest.fixture(scope="module")
def project_bytes(reference_service):
    return fetch(reference_service.project_url).body


@pytest.fixture()
def project_server(project_bytes):
    server = CatalogueServer()
    server.body = project_bytes
    yield server
    server.close()


def qgz(qgs: str, **files: bytes) -> bytes:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("project.qgs", qgs)
        for name, data in files.items():
            z.writestr(name, data)
    return archive.getvalue()


def project_text(project_bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(project_bytes)) as z:
        return z.read(z.namelist()[0]).decode("utf-8")


# ------------------------------------------------------------------------------------------ the conversion

@pytest.mark.parametrize("server", ["qgis_server", "mapserver"])
def test_the_published_project_converts_to_the_catalogue_make_catalogue_builds(reference_service, server):
    """The same conversion as `make catalogue`: every entry of the served catalogue, identical."""
    served = reference_service.served(server)
    data = fetch(served.project_url).body
    reference_service.clear_requests()
    document, skipped = converted_download(data, HOSTS)
    # Reading the project contacted no service: no capabilities, tiles, styles or images.
    assert reference_service.static_requests() == reference_service.ows_requests() == served.requests() == []
    expected = json.loads(fetch(served.catalogue_url).body)
    assert skipped == ()
    assert document["layers"] == expected["layers"] and document["themes"] == expected["themes"]
    assert document["boundaries"] == expected["boundaries"]
    assert document["warmteprogramma"] == expected["warmteprogramma"]
    assert "presets" not in document  # a project carries none


def test_a_project_s_layers_the_catalogue_cannot_hold_are_listed_as_skipped(qgis_app, tmp_path):
    project = QgsProject()
    group = project.layerTreeRoot().addGroup("Eigen data")
    scratch = QgsVectorLayer("Polygon?crs=EPSG:28992", "Kladlaag", "memory")
    project.addMapLayer(scratch, False)
    group.addLayer(scratch)
    assert project.write(str(tmp_path / "eigen.qgz"))
    document, skipped = converted_download((tmp_path / "eigen.qgz").read_bytes(), HOSTS)
    assert document["layers"] == [] and [(p.where, p.code) for p in skipped] == [
        ("Eigen data / Kladlaag", "not_convertible")]
    assert "memory (scratch) layer" in skipped[0].message


def test_the_layers_left_out_are_listed_with_the_catalogue_also_after_a_restart(project_bytes, qgis_app, tmp_path):
    (tmp_path / "dego.qgz").write_bytes(project_bytes)
    project = QgsProject()
    assert project.read(str(tmp_path / "dego.qgz"), QgsProject.ReadFlags(QgsProject.ReadFlag.FlagDontResolveLayers))
    project.addMapLayer(QgsVectorLayer("Polygon?crs=EPSG:28992", "Kladlaag", "memory"))
    assert project.write(str(tmp_path / "met-kladlaag.qgz"))
    server = CatalogueServer()
    server.body = (tmp_path / "met-kladlaag.qgz").read_bytes()
    try:
        live = load_catalogue(server.url, HOSTS, tmp_path / "cache", convert_project=converter())
    finally:
        server.close()
    assert live.origin == LIVE and len(live.catalogue.layers) == len(converted_download(project_bytes, HOSTS)[0]["layers"])
    assert [(p.where, p.code) for p in live.catalogue.problems] == [("Kladlaag", "not_convertible")]
    assert load_saved(HOSTS, tmp_path / "cache").catalogue.problems == live.catalogue.problems  # the next start


# ------------------------------------------------------------------------------------------ the source

def test_the_project_is_cached_converted_and_an_unchanged_one_costs_a_304(project_server, reference_service,
                                                                          tmp_path):
    calls = []
    first = load_catalogue(project_server.url, HOSTS, tmp_path, convert_project=converter(calls))
    assert first.origin == LIVE and first.project_file == "catalogue.json" and calls == [len(project_server.body)]
    reference = parse_catalogue(reference_service.catalogue())
    assert [e.id for e in first.catalogue.layers] == [e.id for e in reference.layers]
    # Presets come from the built-in catalogue; the project's own boundaries are kept.
    bundled = json.loads(BUNDLED_PATH.read_bytes())
    assert [p["id"] for p in first.catalogue.presets] == [p["id"] for p in bundled["presets"]]
    assert first.catalogue.boundaries == reference.boundaries
    cached = json.loads((tmp_path / "catalogue.json").read_bytes())
    assert cached["layers"] == reference_service.catalogue()["layers"]

    second = load_catalogue(project_server.url, HOSTS, tmp_path, convert_project=converter(calls))
    assert second.unchanged and second.project_file == "catalogue.json" and len(calls) == 1  # no second conversion
    assert project_server.requests[-1][1].get("If-None-Match")
    saved = load_saved(HOSTS, tmp_path)
    assert saved.origin == CACHED and saved.project_file == "catalogue.json"
    assert saved.catalogue.layers == first.catalogue.layers


def test_the_json_catalogue_first_then_the_project_then_the_built_in_one(reference_service, tmp_path):
    missing = reference_service.base_url + "/dego/catalogus/v1/catalogue.json"  # 404: what VNG has not published
    state = load_catalogue((missing, reference_service.project_url), HOSTS, tmp_path, convert_project=converter())
    assert state.origin == LIVE and state.project_file == "catalogue.qgz" and not state.failure_code
    both = load_catalogue((reference_service.catalogue_url, reference_service.project_url), HOSTS, tmp_path / "2",
                          convert_project=converter())
    assert both.origin == LIVE and both.project_file == ""  # the JSON catalogue, when there is one
    neither = load_catalogue((missing, reference_service.base_url + "/qgis/DEGO.qgz"), HOSTS, tmp_path / "3",
                             convert_project=converter())
    assert neither.origin == "bundled" and neither.failure_code == "http_status" and neither.http_status == 404


@pytest.mark.parametrize("bad", [b"PK\x03\x04 not a zip at all", qgz("<qgis>" + "<a>" * 300 + "</a>" * 300 + "</qgis>"),
                                 qgz("<html><body>Proxy login</body></html>"), b'<!DOCTYPE qgis><qgis version="3.22"']
                         , ids=["broken-zip", "nested", "not-qgis", "truncated"])
def test_a_bad_project_keeps_the_good_cached_copy(project_server, tmp_path, bad):
    load_catalogue(project_server.url, HOSTS, tmp_path, convert_project=converter())
    good = (tmp_path / "catalogue.json").read_bytes()
    project_server.body = bad
    state = load_catalogue(project_server.url, HOSTS, tmp_path, convert_project=converter())
    assert state.origin == CACHED and state.failure_code == "not_project", state.failure
    assert (tmp_path / "catalogue.json").read_bytes() == good


def test_an_archive_that_unpacks_to_too_much_is_refused_before_unpacking(project_bytes, tmp_path):
    text = project_text(project_bytes)
    bomb = qgz(text, **{"big.svg": b"\0" * (101 * 1024 * 1024)})  # a 100 MB SVG packs to 100 kB
    with pytest.raises(ProjectFileError) as refused:
        safe_project(bomb, tmp_path / "bomb", HOSTS)
    assert refused.value.code == "too_large"
    assert not (tmp_path / "bomb" / "big.svg").exists()


def test_only_what_the_conversion_reads_reaches_qgis(project_bytes, tmp_path):
    """Layers embedded from other project files are left out, image paths a style may not carry are emptied,
    layouts, annotations and macros are not there, authentication ids are renamed."""
    text = project_text(project_bytes)
    text = text.replace("</qgis>", '<Layouts><Layout name="x"/></Layouts><Annotations><annotation/></Annotations>'
                        '</qgis>')
    text = text.replace("<properties>", '<properties><Macros><pythonCode type="QString">import os</pythonCode>'
                        "</Macros>", 1)
    text = text.replace("</layer-tree-group>\n", '<layer-tree-group embedded="1" project="/dev/zero" name="Elders">'
                        "</layer-tree-group></layer-tree-group>\n", 1)
    svg = ('<layer class="SvgMarker" enabled="1" pass="0" locked="0"><Option type="Map">'
           '<Option type="QString" name="name" value="/dev/zero"/><Option type="QString" name="color" '
           'value="1,2,3,255"/></Option><prop k="name" v="\\\\server\\share\\x.svg"/></layer>')
    text = text.replace("</symbol>", svg + "</symbol>", 1)
    text = text.replace("url='", "authcfg=abc1234 url='", 1)
    safe = safe_project(qgz(text), tmp_path, HOSTS)
    written = safe.path.read_text(encoding="utf-8")
    assert safe.left_out == [("Elders", "embedded from another project file")]
    for absent in ("<Layouts", "<Annotations", "<Macros", "/dev/zero", "\\\\server", "authcfg="):
        assert absent not in written, absent
    assert "degoauthid=abc1234" in written and 'value="1,2,3,255"' in written


# ------------------------------------------------------------------------------------------ the dock

def test_with_only_the_project_published_the_dock_lists_its_layers_and_adds_one(iface, qtbot, monkeypatch, tmp_path,
                                                                                reference_requests):
    """The default sources: the JSON catalogue (not published: 404), then DEGO's published project."""
    service = reference_requests
    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(settings.CATALOGUE_URL_ENV, raising=False)
    settings.set_catalogue_url("")
    monkeypatch.setattr(settings, "DEFAULT_CATALOGUE_URL", service.base_url + "/dego/catalogus/v1/catalogue.json")
    monkeypatch.setattr(settings, "DEFAULT_PROJECT_URL", service.project_url)
    from dego_plugin import classFactory

    with no_python_errors():
        plugin = classFactory(iface)
        plugin.initGui()
        try:
            dock = plugin.dock
            qtbot.waitUntil(lambda: dock.status_label.text().startswith("Live catalogue from the published QGIS "
                                                                        "project catalogue.qgz, fetched "),
                            timeout=20000)
            wait_for_tasks(qtbot)
            assert service.static_requests()[:2] == ["/dego/catalogus/v1/catalogue.json", "/catalogue.qgz"]
            expected = parse_catalogue(service.catalogue())
            titles = _titles(dock)
            assert sorted(titles) == sorted(e.title for e in expected.layers)
            assert plugin.catalogue.presets == tuple(json.loads(BUNDLED_PATH.read_bytes())["presets"])

            entry = expected.entry("energielabel-wfs")
            _select(dock, entry.title)
            dock.add_button.click()
            wait_for_tasks(qtbot)
            added = [layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == entry.title]
            assert len(added) == 1 and added[0].isValid() and added[0].featureCount() > 0
        finally:
            plugin.unload()
            QgsProject.instance().clear()
            qtbot.wait(10)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its toolbar and dock are gone

