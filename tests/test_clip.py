"""Clipping WFS and OGC API Features layers to a municipality, on the server, against the reference service."""
from __future__ import annotations

import dataclasses
import time
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from shapely.geometry import Polygon

from task_helpers import settle
from dego_plugin.model.catalogue import parse_catalogue
from qgis.core import QgsApplication, QgsVectorLayer

from loopback_proxy import HoldingFront

from dego_plugin.layers import clip as clip_module
from dego_plugin.layers.clip import (
    ATTRIBUTE,
    ATTRIBUTE_PROBE,
    CLIPPED_TO_PROPERTY,
    SPATIAL,
    ClipRecipe,
    clip_filter_for,
    clip_layer,
    clipped_source,
    has_features,
    spatial_area,
)
from dego_plugin.model.municipality import Municipality, format_code, normalise_code, repaired
from dego_plugin.service import boundaries
from dego_plugin.service.http import fetch
from dego_plugin.toolbelt.tasks import TaskOwner
from dego_plugin.tools.refservice import demo_data

CODES = ("GM9901", "GM9902", "GM9903")


@pytest.fixture(scope="module")
def catalogue(reference_service):
    return parse_catalogue(fetch(reference_service.catalogue_url).body)


@pytest.fixture(scope="module")
def municipalities(reference_service, tmp_path_factory):
    service = boundaries.service_for(reference_service.catalogue()["boundaries"])
    cache = tmp_path_factory.mktemp("boundaries")
    return {code: boundaries.load_boundary(service, code, cache).municipality for code in CODES}


def without_attribute(entry):
    """The same layer as if the catalogue did not name its municipality attribute: clipped spatially."""
    return dataclasses.replace(entry, id=entry.id + "-spatial", municipality_attribute="")


def add(loader, entry, municipality, qtbot):
    loader.current_municipality = lambda: municipality
    added = []
    loader.add(entry, on_added=added.append)
    settle(qtbot)
    assert added, loader.messages
    return added[0]


def pand_ids(layer):
    return {f["identificatie"] for f in layer.getFeatures()}


# ------------------------------------------------------------------------------------------ codes

@pytest.mark.parametrize("text", ["GM0344", "0344", "344", 344, " gm344 ", "GM344"])
def test_every_spelling_of_a_code_is_the_same_municipality(text):
    assert normalise_code(text) == "GM0344"


@pytest.mark.parametrize("text", ["", "Utrecht", "12345", "0", "GM", None, "GM03445"])
def test_what_is_not_a_code_is_refused(text):
    assert normalise_code(text) is None


def test_codes_are_spelled_as_the_layer_stores_them():
    assert [format_code("GM0344", f) for f in ("GM0000", "0000", "0")] == ["GM0344", "0344", "344"]


def test_an_invalid_boundary_is_repaired_without_losing_area():
    bow_tie = Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])
    fixed = repaired(bow_tie)
    assert not bow_tie.is_valid and fixed.is_valid and fixed.area == pytest.approx(2.0)


# ------------------------------------------------------------------------------------------ boundary service

def test_boundaries_come_from_the_boundary_wfs_exactly(municipalities):
    for code, municipality in municipalities.items():
        expected = demo_data.municipality(code)
        assert municipality.name == expected["naam"]
        assert municipality.boundary().symmetric_difference(expected["geometry"]).area < 1.0
    island = municipalities["GM9903"].boundary()
    assert island.geom_type == "MultiPolygon" and len(island.geoms) == 2


def test_the_municipality_list_comes_without_geometry(reference_requests, tmp_path):
    service = boundaries.service_for(reference_requests.catalogue()["boundaries"])
    listed = boundaries.load_municipalities(service, tmp_path)
    assert [(m.code, m.name) for m in listed.municipalities] == [
        ("GM9901", "Demodorp"), ("GM9902", "Proefstad"), ("GM9903", "Voorbeeldeiland")]
    assert listed.origin == boundaries.LIVE
    assert listed.find("9902").name == "Proefstad" and listed.find("proefstad").code == "GM9902"
    assert all("PROPERTYNAME" in url for url in reference_requests.ows_requests())


# ------------------------------------------------------------------------------------------ filters

def test_a_layer_with_a_municipality_attribute_is_filtered_on_it(catalogue, municipalities):
    entry = catalogue.entry("energielabel-wfs")
    clip = clip_filter_for(entry, municipalities["GM9901"])
    assert clip.method == ATTRIBUTE and clip.expression() == "\"gemeentecode\" = 'GM9901'"
    four = dataclasses.replace(entry, municipality_code_format="0")
    assert clip_filter_for(four, municipalities["GM9901"]).expression() == "\"gemeentecode\" = '9901'"


def test_a_layer_without_one_is_filtered_by_the_exact_boundary_when_it_fits(catalogue, municipalities):
    clip = clip_filter_for(without_attribute(catalogue.entry("energielabel-wfs")), municipalities["GM9903"])
    assert clip.method == SPATIAL and clip.tolerance_m == 0.0
    assert clip.expression().startswith("intersects($geometry, geom_from_wkt('MULTIPOLYGON")


def test_a_detailed_boundary_is_simplified_to_fit_and_still_covers_every_building(municipalities):
    boundary = municipalities["GM9901"].boundary()
    detailed = boundary.segmentize(2.0) if hasattr(boundary, "segmentize") else _densified(boundary)
    assert len(detailed.exterior.coords) > 10_000
    wkt, tolerance = spatial_area(detailed, budget=8_000)
    from shapely import wkt as shapely_wkt

    area = shapely_wkt.loads(wkt)
    assert tolerance > 0 and area.covers(detailed)
    inside = [b for b in demo_data.buildings() if b["geometry"].intersects(detailed)]
    assert inside and all(area.intersects(b["geometry"]) for b in inside)


def _densified(polygon):
    """Shapely 1.8 has no segmentize: put a vertex every 2 m along the ring."""
    ring = polygon.exterior
    steps = int(ring.length // 2.0)
    return Polygon([ring.interpolate(i * 2.0).coords[0] for i in range(steps)])


def test_a_service_that_does_not_answer_the_probe_in_time_leaves_the_layer_unjudged(catalogue, reference_service,
                                                                                     monkeypatch, qtbot):
    """Whether a clipped layer is empty is asked in a task: a WFS that holds GetFeature makes the probe give up after
    PROBE_TIMEOUT_MS with "not known", never "empty" (no false "the layer is empty" for the user), and the task ends
    (without the timeout QGIS's iterator waits as long as the server holds, for ever if its download never ends).
    QGIS 3.40 and later fetch one feature while they make the layer and answer the probe from that: then asked only
    that the answer is quick and right."""
    monkeypatch.setattr(clip_module, "PROBE_TIMEOUT_MS", 1000)
    entry = catalogue.entry("energielabel-wfs")
    front = HoldingFront(reference_service.ows_url, hold_seconds=60)
    slow = dataclasses.replace(entry, service=dataclasses.replace(entry.service, url=front.base_url + "/ows"))
    nowhere = Municipality("GM0999", "Verweggistan", Polygon([(0, 0), (0, 500), (500, 500), (500, 0)]).wkb)
    source = clipped_source(slow, nowhere, lambda url: fetch(url).body)  # nothing inside: no feature to remember
    outcomes = []

    def probe(task):
        layer = QgsVectorLayer(source.uri, "slow", source.provider)  # the worker's own layer, as the loader's
        assert layer.isValid()
        front.hold = "GetFeature"  # from now on: QGIS 3.40 and later ask for a feature while they make the layer
        started = time.monotonic()
        return has_features(layer), time.monotonic() - started

    owner = TaskOwner()
    try:
        owner.run("probe a slow service", probe, outcomes.append)
        qtbot.waitUntil(lambda: bool(outcomes), timeout=30000)
    finally:
        front.close()
        owner.close()
    assert outcomes[0].ok, outcomes[0]
    found, seconds = outcomes[0].result
    assert seconds < 15, seconds  # not as long as the server holds
    if front.held_urls:  # the probe asked the server (QGIS 3.22)
        assert found is None, found  # not known: not "empty"
    else:  # QGIS 3.40 and later knew from the request they made with the layer: nothing there
        assert found is False, (found, front.seen)


# ------------------------------------------------------------------------------------------ on the server
# Each test below runs against qgis_mapserver and against MapServer 8 (the `served_catalogue` fixture).

_boundaries = {}  # server -> {code: Municipality}, fetched once per server from its own boundary service


def served_boundaries(served_catalogue, reference_service, tmp_path_factory):
    """(catalogue, municipalities) of one OGC server; the boundaries' requests are not left in its log."""
    catalogue = parse_catalogue(fetch(served_catalogue.catalogue_url).body)
    if served_catalogue.server not in _boundaries:
        service = boundaries.service_for(catalogue.boundaries)
        cache = tmp_path_factory.mktemp("boundaries-" + served_catalogue.server)
        _boundaries[served_catalogue.server] = {code: boundaries.load_boundary(service, code, cache).municipality
                                                for code in CODES}
        reference_service.clear_requests()
    return catalogue, _boundaries[served_catalogue.server]


@pytest.fixture()
def served(served_catalogue, reference_service, tmp_path_factory):
    """(catalogue, municipalities, served_catalogue) of one OGC server; its request log empty."""
    return (*served_boundaries(served_catalogue, reference_service, tmp_path_factory), served_catalogue)


def served_feature_requests(served_catalogue):
    """The feature requests of the test (not the clip's probe of whether an OGC API server filters)."""
    return [unquote(url) for url in served_catalogue.requests()
            if ("GetFeature" in url or "/items" in url) and ATTRIBUTE_PROBE not in url]


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("entry_id,spatial", [
    ("energielabel-wfs", False), ("energielabel-oapif", False),
    ("energielabel-wfs", True), ("energielabel-oapif", True),
])
def test_a_clipped_layer_holds_exactly_the_municipality_s_panden(code, entry_id, spatial, served, loader, qtbot):
    catalogue, municipalities, server = served
    entry = catalogue.entry(entry_id)
    if spatial:
        entry = without_attribute(entry)
    layer = add(loader, entry, municipalities[code], qtbot)
    assert layer.customProperty(CLIPPED_TO_PROPERTY) == code
    ids = pand_ids(layer)
    requests = served_feature_requests(server)
    assert ids == {b["identificatie"] for b in demo_data.buildings_in(code)}, (len(ids), requests)
    assert requests
    # MapServer's OGC API ignores query parameters other than bbox/limit/offset: clipped by bbox and in QGIS.
    by_bbox = spatial or (server.server == "mapserver" and entry.service.type == "oapif")
    for url in requests:  # every feature request carried the filter: the rest never crossed the wire
        if entry.service.type == "wfs":
            assert "FILTER=" in url and ((code in url) if not spatial else ("Intersects" in url)), url
        else:
            query = parse_qs(urlsplit(url).query)
            assert ("bbox" in query) if by_bbox else (query.get("gemeentecode") == [code]), url


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857"])
def test_a_wfs_layer_in_another_crs_is_clipped_by_its_shape_exactly(crs, served, loader, qtbot):
    """The spatial filter is written in the layer's CRS (it was RD labelled as the layer's CRS: 0 features)."""
    catalogue, municipalities, server = served
    if server.server == "qgis_server" and crs == "EPSG:4326":
        pytest.skip("qgis_mapserver 3.22 reads a WFS 1.1.0 filter in EPSG:4326 as longitude/latitude, while it is "
                    "lat/lon by the standard and QGIS writes it so (QGIS Server's axis order, not the plugin's)")
    entry = without_attribute(catalogue.entry("energielabel-wfs"))
    entry = dataclasses.replace(entry, service=dataclasses.replace(entry.service, crs=crs))
    layer = add(loader, entry, municipalities["GM9903"], qtbot)
    assert layer.crs().authid() == crs
    assert pand_ids(layer) == {b["identificatie"] for b in demo_data.buildings_in("GM9903")}  # the island's too
    assert all("Intersects" in url for url in served_feature_requests(server))
    assert not loader.messages


def test_an_ogc_api_server_that_ignores_the_attribute_is_clipped_by_bbox_and_in_qgis(served, loader, qtbot):
    """MapServer 8.0's OGC API answers every feature for ?gemeentecode=…: said in the log, never the whole country."""
    catalogue, municipalities, server = served
    logged = []

    def on_message(message, tag, level):
        logged.append(message)

    QgsApplication.messageLog().messageReceived.connect(on_message)
    try:
        layer = add(loader, catalogue.entry("energielabel-oapif"), municipalities["GM9902"], qtbot)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(on_message)
    assert pand_ids(layer) == {b["identificatie"] for b in demo_data.buildings_in("GM9902")}
    ignored = [m for m in logged if "ignores the query parameter 'gemeentecode'" in m]
    recipe = ClipRecipe.of(layer)
    requests = served_feature_requests(server)  # the layer reads its local copy: how was that fetched?
    assert requests
    if server.server == "mapserver":
        assert ignored and recipe.attribute == "" and all("bbox=" in url for url in requests)
    else:
        assert not ignored and recipe.attribute == "gemeentecode"
        assert all("gemeentecode=GM9902" in url for url in requests)


def test_a_layer_without_features_inside_is_added_empty_and_said_so(served, loader, qtbot):
    catalogue, _, _ = served
    far_away = Municipality("GM0999", "Verweggistan", Polygon([(0, 0), (0, 500), (500, 500), (500, 0)]).wkb)
    layer = add(loader, without_attribute(catalogue.entry("energielabel-wfs")), far_away, qtbot)
    assert layer.featureCount() == 0 or not list(layer.getFeatures())
    assert any("Verweggistan" in text and "empty" in text for _, text in loader.messages), loader.messages


def test_removing_the_clip_brings_every_pand_back(served, loader, qtbot):
    catalogue, municipalities, _ = served
    layer = add(loader, catalogue.entry("energielabel-oapif"), municipalities["GM9902"], qtbot)
    assert len(pand_ids(layer)) == len(demo_data.buildings_in("GM9902"))
    clip_layer(layer, None)
    assert len(pand_ids(layer)) == len(demo_data.buildings())
    assert layer.customProperty(CLIPPED_TO_PROPERTY) == ""
