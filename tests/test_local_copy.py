"""Local copies of a municipality's features (layers/local_copy.py): downloaded once per municipality and data date,
read from disk by a second layer, a re-opened project, the print layers and the export; against both OGC servers."""
from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from composition_helpers import map_set_for
from loopback_proxy import HoldingFront
from test_clip import add, pand_ids, served_boundaries
from test_compositions import wait
from dego_plugin.compositions import map_set
from dego_plugin.compositions.export import ExportOptions
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.layers import wfs_pages
from dego_plugin.layers.clip import ATTRIBUTE_PROBE, CLIPPED_TO_PROPERTY, clip_layer
from dego_plugin.layers.local_copy import COPY_PROPERTY, CopyError, CopyKey, copy_source, fill_copy
from dego_plugin.service import cache
from dego_plugin.service.http import fetch
from dego_plugin.tools.refservice import demo_data
from qgis.core import QgsProject, QgsVectorLayer

CODES = ("GM9901", "GM9902")


@pytest.fixture()
def served(served_catalogue, reference_service, tmp_path_factory):
    """(catalogue, municipalities, served_catalogue, clear the request log) of one OGC server; its log empty."""
    catalogue, municipalities = served_boundaries(served_catalogue, reference_service, tmp_path_factory)
    reference_service.clear_requests()
    return catalogue, municipalities, served_catalogue, reference_service.clear_requests


def feature_requests(server):
    return [unquote(url) for url in server.requests()
            if ("GetFeature" in url or "/items" in url) and ATTRIBUTE_PROBE not in url and "hits" not in url]


def copies():
    return sorted((cache.cache_dir() / cache.FEATURES_FOLDER).glob("*"))


@pytest.mark.parametrize("entry_id", ["energielabel-wfs", "energielabel-oapif"])
def test_a_second_layer_and_a_reopened_project_read_the_copy_not_the_server(entry_id, served, loader, qtbot,
                                                                             tmp_path):
    catalogue, municipalities, server, clear_requests = served
    entry = catalogue.entry(entry_id)
    expected = {b["identificatie"] for b in demo_data.buildings_in("GM9901")}
    layer = add(loader, entry, municipalities["GM9901"], qtbot)
    assert layer.providerType() == "ogr" and pand_ids(layer) == expected
    assert feature_requests(server)  # downloaded once
    # Where the data came from stays on the layer (Layer Properties ▸ Metadata)
    assert CopyKey.of(layer) == CopyKey.from_entry(entry)
    assert any(link.url == entry.service.url for link in layer.metadata().links())
    assert "GM9901" in layer.metadata().history()[0]
    assert layer.fields().indexOf("elabel_definitief") >= 0  # identify and the attribute table show the fields

    clear_requests()
    second = add(loader, entry, municipalities["GM9901"], qtbot)
    assert pand_ids(second) == expected
    path, layer_id = tmp_path / "project.qgz", layer.id()
    assert QgsProject.instance().write(str(path))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(path))
    reopened = QgsProject.instance().mapLayer(layer_id)
    assert reopened.isValid() and pand_ids(reopened) == expected
    assert not feature_requests(server), feature_requests(server)  # the server log: no second download


def test_the_same_layer_asked_in_another_crs_or_clipped_another_way_gets_a_copy_of_its_own(served, loader, qtbot):
    """A copy holds what one way of asking brought: the same service layer in another CRS, or clipped by shape
    instead of by attribute, is fetched again (it was read from the first copy: RD coordinates, no request)."""
    catalogue, municipalities, server, clear_requests = served
    entry = catalogue.entry("energielabel-wfs")
    add(loader, entry, municipalities["GM9901"], qtbot)
    for other in (dataclasses.replace(entry, service=dataclasses.replace(entry.service, crs="EPSG:3857")),
                  dataclasses.replace(entry, municipality_attribute="")):
        clear_requests()
        layer = add(loader, other, municipalities["GM9901"], qtbot)
        assert layer.crs().authid() == (other.service.crs or "EPSG:28992")
        assert pand_ids(layer) == {b["identificatie"] for b in demo_data.buildings_in("GM9901")}
        assert feature_requests(server)


def test_re_clipping_switches_to_the_other_municipality_s_copy_or_the_service(served, loader, qtbot):
    catalogue, municipalities, server, clear_requests = served
    entry = catalogue.entry("energielabel-wfs")
    add(loader, entry, municipalities["GM9902"], qtbot)  # a copy of GM9902
    layer = add(loader, entry, municipalities["GM9901"], qtbot)
    clear_requests()
    clip_layer(layer, municipalities["GM9902"])  # its copy is there: from disk
    assert layer.providerType() == "ogr" and pand_ids(layer) == {b["identificatie"] for b in
                                                                 demo_data.buildings_in("GM9902")}
    assert not feature_requests(server)
    os.unlink(CopyKey.of(layer).path("GM9901"))  # no copy for GM9901 any more: the service, clipped
    clip_layer(layer, municipalities["GM9901"])
    assert layer.providerType() == "WFS" and layer.customProperty(CLIPPED_TO_PROPERTY) == "GM9901"
    assert pand_ids(layer) == {b["identificatie"] for b in demo_data.buildings_in("GM9901")}
    assert all("FILTER=" in url for url in feature_requests(server))


def _service_layer(entry, municipality):
    from dego_plugin.layers.clip import ClipRecipe, clipped_source

    source = clipped_source(entry, municipality)
    layer = QgsVectorLayer(source.uri, entry.title, source.provider)
    ClipRecipe.from_entry(entry).remember(layer)
    assert layer.isValid()
    return layer


def test_a_cancelled_download_leaves_no_file_and_never_replaces_a_good_copy(served, qtbot):
    catalogue, municipalities, server, clear_requests = served
    entry = catalogue.entry("energielabel-wfs")
    path = CopyKey.from_entry(entry).path("GM9901")
    with pytest.raises(CopyError):
        fill_copy(_service_layer(entry, municipalities["GM9901"]), path, is_cancelled=lambda: True)
    assert copies() == []  # no half file either
    fill_copy(_service_layer(entry, municipalities["GM9901"]), path)
    good = path.read_bytes()
    with pytest.raises(CopyError):
        fill_copy(_service_layer(entry, municipalities["GM9901"]), path, is_cancelled=lambda: True)
    assert copies() == [path] and path.read_bytes() == good
    copy = QgsVectorLayer(copy_source(path).uri, "copy", "ogr")
    assert copy.featureCount() == len(demo_data.buildings_in("GM9901"))


def test_clear_cache_empties_the_copies_and_the_size_limit_drops_the_least_recently_used(served, loader, qtbot):
    catalogue, municipalities, _, _ = served
    entry = catalogue.entry("energielabel-wfs")
    add(loader, entry, municipalities["GM9901"], qtbot)
    add(loader, entry, municipalities["GM9902"], qtbot)
    first, second = (CopyKey.from_entry(entry).path(code) for code in CODES)
    assert first.exists() and second.exists()
    os.utime(first, (1, 1))  # used long ago
    assert cache.trim_feature_copies(second.stat().st_size, keep=second) == [first]
    assert cache.clear() >= 1 and copies() == []


@pytest.mark.parametrize("entry_id", ["energielabel-wfs", "energielabel-oapif"])
def test_a_project_reopened_after_clear_cache_reads_the_service_again(entry_id, served, loader, qtbot, tmp_path):
    catalogue, municipalities, _, _ = served
    municipality = municipalities["GM9901"]
    layer = add(loader, catalogue.entry(entry_id), municipality, qtbot)
    assert layer.providerType() == "ogr"
    path, layer_id = tmp_path / "project.qgz", layer.id()
    project = QgsProject.instance()
    assert project.write(str(path))
    project.clear()
    assert cache.clear() >= 1 and copies() == []
    assert project.read(str(path))
    assert not project.mapLayer(layer_id).isValid()  # its GeoPackage is gone
    choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=tmp_path / "cache")
    try:
        choice.apply(municipality, zoom=False)  # what choosing it, or re-opening with it chosen, ends in
        reopened = project.mapLayer(layer_id)
        assert reopened.isValid() and reopened.providerType() in ("WFS", "OAPIF")  # the service, clipped as before
        assert pand_ids(reopened) == {b["identificatie"] for b in demo_data.buildings_in("GM9901")}
    finally:
        choice.unload()
        project.clear()


def test_a_second_map_set_and_its_export_fetch_no_feature_twice(served, tmp_path):
    """The print layers read the local copy; the export draws copies of them: the server log shows one download of
    the energielabel panden for two map sets and two exports (issue 15, points 2 and 3)."""
    _, _, server, clear_requests = served
    pdfs = []
    for run in range(2):
        with map_set_for(server, tmp_path, ["energielabels"], "GM9901") as made:
            if run == 0:
                assert len([u for u in feature_requests(server) if "Energie_gegevens" in u]) >= 1
                clear_requests()
            assert all(layer.providerType() == "ogr" for layer in made.project.mapLayers().values()
                       if layer.customProperty(COPY_PROPERTY, ""))
            outcome = []
            map_set.export_layouts(made.layouts, ExportOptions(str(tmp_path / f"run{run}")), outcome.append)
            assert wait(lambda outcome=outcome: outcome) and outcome[0].files and not outcome[0].failures
            pdfs.append(Path(outcome[0].files[0]))
    assert not [u for u in feature_requests(server) if "Energie_gegevens" in u], feature_requests(server)
    assert all(path.stat().st_size > 10_000 for path in pdfs)


def test_the_export_reads_a_local_copy_from_its_file_not_from_memory(served, tmp_path):
    """The export's own layer of a print layer that reads a local copy reads the same GeoPackage (a city's 200,000
    buildings held in a memory layer cost some 400 MB); another vector layer is still copied into memory."""
    from dego_plugin.compositions.export import _ExportProject

    _, _, server, _ = served
    with map_set_for(server, tmp_path, ["energielabels"], "GM9901") as made:
        layers = [layer for layer in made.project.mapLayers().values() if isinstance(layer, QgsVectorLayer)]
        export = _ExportProject(made.project, layers)
        for layer in layers:
            own = export.layer(layer.id())
            if layer.customProperty(COPY_PROPERTY, ""):
                assert own.providerType() == "ogr" and own.source() == layer.source()
                assert own.featureCount() == layer.featureCount() > 0
            else:
                assert own.providerType() == "memory", layer.name()
        assert any(layer.customProperty(COPY_PROPERTY, "") for layer in layers)


@pytest.mark.parametrize("clipped_by", ["attribute", "attribute, no GeoJSON offered", "shape"])
def test_a_wfs_copy_is_fetched_in_pages_of_geojson_or_gml(clipped_by, served, loader, qtbot, monkeypatch):
    """Point 1 of issue 15: MapServer offers application/json; subtype=geojson and answers in the CRS asked: clipped
    by attribute, the copy is fetched in pages of that format. QGIS Server offers application/vnd.geo+json but answers
    WGS 84 at 6 decimals whatever SRSNAME asks: after one feature asked, its copy comes in pages of GML, every
    coordinate as served; so does MapServer's when it offers no GeoJSON (WFS 2.0, GML 3.2, a prefixed typename).
    Clipped by shape the copy comes through QGIS's provider. Each building where it is, with its attributes."""
    monkeypatch.setattr(wfs_pages, "PAGE_SIZE", 997)  # several pages for the municipality's panden; a size of ours
    offered = wfs_pages.geojson_format
    if clipped_by == "attribute, no GeoJSON offered":
        monkeypatch.setattr(wfs_pages, "geojson_format", lambda capabilities: (offered(capabilities)[0], ""))
    catalogue, municipalities, server, _ = served
    entry = catalogue.entry("energielabel-wfs")
    if clipped_by == "shape":
        entry = dataclasses.replace(entry, id=entry.id + "-spatial", municipality_attribute="")
    layer = add(loader, entry, municipalities["GM9902"], qtbot)
    features = {f["identificatie"]: f for f in layer.getFeatures()}
    expected = {b["identificatie"]: b for b in demo_data.buildings_in("GM9902")}
    assert set(features) == set(expected) and layer.crs().authid() == "EPSG:28992"
    asked = [url for url in feature_requests(server) if "Energie_gegevens" in url]
    pages = [url for url in asked if "MAXFEATURES=997" in url or "COUNT=997" in url]  # the plugin's own
    if clipped_by == "shape":
        assert not pages and asked, asked
    else:
        assert len(pages) >= 3 and all("GM9902" in url and "STARTINDEX" in url for url in pages), asked
        gml = server.server == "qgis_server" or clipped_by != "attribute"
        assert all(("json" in url.lower()) != gml for url in pages), asked
    for landmark in demo_data.landmark_buildings():
        if landmark["identificatie"] in features:
            feature = features[landmark["identificatie"]]
            assert (feature["elabel_definitief"] or "") == landmark["elabel_definitief"]  # GML: empty is NULL
            assert feature["bouwjaar"] == landmark["bouwjaar"]
            from shapely import wkt

            shape = wkt.loads(feature.geometry().asWkt())
            assert shape.symmetric_difference(landmark["geometry"]).area < 0.01 * landmark["geometry"].length


def test_pages_too_large_for_the_http_client_are_asked_again_smaller(served):
    """Wide features make large pages (DEGO's Energie_gegevens has over a hundred fields): a page the HTTP client
    refuses as too large is asked again at half the size, and the copy is complete."""
    catalogue, municipalities, server, _ = served
    entry = catalogue.entry("energielabel-wfs")
    path = CopyKey.from_entry(entry).path("GM9902")
    fill_copy(_service_layer(entry, municipalities["GM9902"]), path,
              fetch=lambda url: fetch(url, max_bytes=400_000).body)  # a few hundred features a page
    copy = QgsVectorLayer(copy_source(path).uri, "copy", "ogr")
    assert pand_ids(copy) == {b["identificatie"] for b in demo_data.buildings_in("GM9902")}
    counts = {int(part.split("=")[1]) for url in feature_requests(server) for part in url.split("&")
              if part.split("=")[0] in ("MAXFEATURES", "COUNT") and part.split("=")[1] != "1"}
    assert min(counts) < 1000 < max(counts), counts  # asked smaller after the first refusal


def test_a_server_that_gives_fewer_features_a_page_than_asked_is_asked_for_the_rest(served):
    """Servers have a maximum of their own per request (MapServer's wfs_maxfeatures, GeoServer's maxFeatures): a
    short page before the server's count is reached is not the end; the rest is asked in pages of the server's size."""
    catalogue, municipalities, server, _ = served
    upstream = catalogue.entry("energielabel-wfs").service.url
    front = HoldingFront(upstream, rewrite=lambda path: re.sub(r"(COUNT|MAXFEATURES)=\d{4,}", r"\1=300", path))
    try:
        entry = catalogue.entry("energielabel-wfs")
        path_part = urlsplit(upstream).path
        entry = dataclasses.replace(entry, service=dataclasses.replace(entry.service, url=front.base_url + path_part))
        path = CopyKey.from_entry(entry).path("GM9902")
        fill_copy(_service_layer(entry, municipalities["GM9902"]), path, fetch=lambda url: fetch(url).body)
    finally:
        front.close()
    copy = QgsVectorLayer(copy_source(path).uri, "copy", "ogr")
    assert pand_ids(copy) == {b["identificatie"] for b in demo_data.buildings_in("GM9902")}
    assert len([url for url in front.seen if "STARTINDEX" in url]) > 3  # the rest in pages of 300

