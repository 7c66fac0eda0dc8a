"""Municipal boundaries over OGC API Features (the reference service's qgis_mapserver, real HTTP), compared
with the same boundaries over WFS; and the project's zoom limits once a municipality is chosen."""
from __future__ import annotations

import dataclasses
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsRectangle,
)

from task_helpers import settle
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.layers.loader import LayerLoader
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.service import boundaries, boundary_oapif
from dego_plugin.service.http import fetch
from dego_plugin.tools.refservice import demo_data

CODES = ("GM9901", "GM9902", "GM9903")
DOWN = "http://127.0.0.1:9/wfs3"  # a closed port


def oapif_boundaries(reference_service, **changes):
    """The catalogue's `boundaries` object for the reference service's OGC API Features endpoint."""
    return {"type": "oapif", "url": reference_service.oapif_url, "collection": "Gemeentegebied",
            "code_attribute": "code", "name_attribute": "naam", **changes}


@pytest.fixture(scope="module")
def oapif(reference_service):
    return boundaries.service_for(oapif_boundaries(reference_service))


@pytest.fixture(scope="module")
def wfs(reference_service):
    return boundaries.service_for(reference_service.catalogue()["boundaries"])


def items_requests(reference_service):
    """(path, query) of every OAPIF items request the server saw."""
    found = []
    for url in reference_service.ows_requests():
        parts = urlsplit(url)
        if parts.path.endswith("/items"):
            found.append((parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}))
    return found


# ------------------------------------------------------------------------------------------ the service

def test_the_catalogue_object_chooses_the_reader_and_each_kind_has_its_own_cache(reference_service, oapif, wfs):
    assert (oapif.kind, oapif.url, oapif.typename) == ("oapif", reference_service.oapif_url, "Gemeentegebied")
    alias = boundaries.service_for(oapif_boundaries(reference_service, collection=None, typename="Gemeentegebied"))
    assert alias == oapif
    assert wfs.kind == "wfs"
    assert boundaries.service_for({"type": "OAPIF", "url": oapif.url}) == boundaries.DEFAULT_SERVICE  # no collection
    same_names = dataclasses.replace(oapif, url=wfs.url)
    assert same_names.key != dataclasses.replace(same_names, kind="wfs").key
    overridden = boundaries.service_for(oapif_boundaries(reference_service), "https://example.org/api")
    assert overridden.kind == "oapif" and overridden.url == "https://example.org/api"


@pytest.mark.parametrize("code", CODES)
def test_a_boundary_over_oapif_is_the_one_over_wfs(oapif, wfs, code, tmp_path):
    over_oapif = boundaries.load_boundary(oapif, code, tmp_path).municipality
    over_wfs = boundaries.load_boundary(wfs, code, tmp_path).municipality
    expected = (code, demo_data.municipality(code)["naam"])
    assert (over_oapif.code, over_oapif.name) == (over_wfs.code, over_wfs.name) == expected
    a, b = over_oapif.boundary(), over_wfs.boundary()
    assert a.area == pytest.approx(b.area, rel=1e-9)
    assert a.symmetric_difference(b).area < 0.01  # m²: the same RD coordinates
    assert a.symmetric_difference(demo_data.municipality(code)["geometry"]).area < 1.0
    if code == "GM9903":
        assert a.geom_type == "MultiPolygon" and len(a.geoms) == 2  # the island came along
    assert {p.name for p in tmp_path.joinpath("boundaries").iterdir()} == {oapif.key, wfs.key}


def test_only_the_chosen_municipality_crosses_the_wire_and_in_rd(reference_requests, oapif, tmp_path):
    boundaries.load_boundary(oapif, "GM9902", tmp_path)
    asked = items_requests(reference_requests)
    assert asked, reference_requests.ows_requests()
    for _, query in asked:
        assert query.get("code") == "9902"
        assert query.get("crs", "").endswith("/28992")  # the URI the collection lists


def test_the_boundary_is_transformed_when_asked_in_crs84(reference_requests, oapif, wfs, tmp_path):
    in_crs84 = boundary_oapif.read_boundary(oapif, "GM9903", "", "").boundary()
    assert all("crs" not in query for _, query in items_requests(reference_requests))
    in_rd = boundaries.load_boundary(wfs, "GM9903", tmp_path).municipality.boundary()
    assert in_crs84.bounds == pytest.approx(in_rd.bounds, abs=0.5)  # metres: RD, not degrees
    assert in_crs84.symmetric_difference(in_rd).area < 1e-4 * in_rd.area  # GeoJSON's six decimals


def test_the_list_has_the_three_municipalities_with_names(reference_requests, oapif, tmp_path):
    listed = boundaries.load_municipalities(oapif, tmp_path)
    assert listed.origin == boundaries.LIVE
    assert [(m.code, m.name, m.source_code) for m in listed.municipalities] == [
        ("GM9901", "Demodorp", "9901"), ("GM9902", "Proefstad", "9902"), ("GM9903", "Voorbeeldeiland", "9903")]
    assert listed.find("9901").name == "Demodorp" and listed.find("GM9901").name == "Demodorp"
    assert [query.get("properties") for _, query in items_requests(reference_requests)] == ["code,naam"]


def test_the_list_follows_next_pages_up_to_the_cap(reference_requests, oapif, tmp_path, monkeypatch):
    monkeypatch.setattr(boundary_oapif, "PAGE_SIZE", 1)
    listed = boundaries.load_municipalities(oapif, tmp_path / "paged")
    assert [m.name for m in listed.municipalities] == ["Demodorp", "Proefstad", "Voorbeeldeiland"]
    assert [query.get("offset", "0") for _, query in items_requests(reference_requests)] == ["0", "1", "2"]
    monkeypatch.setattr(boundary_oapif, "MAX_PAGES", 2)
    with pytest.raises(boundaries.BoundaryError) as refused:
        boundaries.load_municipalities(oapif, tmp_path / "capped")
    assert refused.value.code == "service_down" and "more than 2 pages" in str(refused.value)


@pytest.mark.parametrize("spelling", ["9901", "GM9901", "gm 9901"])
def test_every_spelling_of_a_code_finds_the_municipality(oapif, spelling, tmp_path):
    municipality = boundaries.load_boundary(oapif, spelling, tmp_path).municipality
    assert (municipality.code, municipality.name, municipality.source_code) == ("GM9901", "Demodorp", "9901")


def test_a_spelling_from_an_outdated_list_still_finds_the_municipality(reference_requests, oapif, tmp_path):
    boundaries.load_municipalities(oapif, tmp_path)
    saved = tmp_path / "boundaries" / oapif.key / "municipalities.json"
    saved.write_text(saved.read_text().replace('"9903"', '"GM9903"'))  # as if the service spelled it so before
    assert boundaries.load_boundary(oapif, "9903", tmp_path).municipality.name == "Voorbeeldeiland"
    assert [query["code"] for _, query in items_requests(reference_requests) if "code" in query] == ["GM9903", "9903"]


def test_an_unknown_code_is_unknown_and_nothing_is_saved(oapif, tmp_path):
    with pytest.raises(boundaries.BoundaryError) as unknown:
        boundaries.load_boundary(oapif, "GM1234", tmp_path)
    assert unknown.value.code == "unknown_code" and "GM1234" in str(unknown.value)
    assert not list(tmp_path.glob("boundaries/*/GM1234.json"))


def test_service_down_without_a_saved_copy(oapif, tmp_path):
    down = dataclasses.replace(oapif, url=DOWN)
    for load in (lambda: boundaries.load_municipalities(down, tmp_path),
                 lambda: boundaries.load_boundary(down, "GM9902", tmp_path)):
        with pytest.raises(boundaries.BoundaryError) as error:
            load()
        assert error.value.code == "service_down"


def test_service_down_with_a_saved_copy_uses_it(oapif, tmp_path):
    boundaries.load_municipalities(oapif, tmp_path)
    fetched = boundaries.load_boundary(oapif, "GM9902", tmp_path).municipality
    down = dataclasses.replace(oapif, url=DOWN)  # another key: move the saved copies there, made stale
    source, target = tmp_path / "boundaries" / oapif.key, tmp_path / "boundaries" / down.key
    target.mkdir(parents=True)
    for saved in source.iterdir():
        data = json.loads(saved.read_text())
        data["fetched"] = "1999-01-01T00:00:00+00:00"
        (target / saved.name).write_text(json.dumps(data))
    listed = boundaries.load_municipalities(down, tmp_path)
    assert listed.origin == boundaries.CACHED and listed.failure and len(listed.municipalities) == 3
    boundary = boundaries.load_boundary(down, "9902", tmp_path)
    assert boundary.origin == boundaries.CACHED and boundary.failure and boundary.date.startswith("1999")
    assert boundary.municipality.boundary().equals(fetched.boundary())


# ------------------------------------------------------------------------------------------ zoom limits

RASTER_LIKE = ("energielabel-wms", "energielabel-wmts", "energielabel-vt")


@pytest.fixture()
def chosen(clean_project, reference_service, qtbot, tmp_path):
    """A project in EPSG:3857 with the WMS, WMTS and vector tile layers, and a municipality choice."""
    catalogue = parse_catalogue(fetch(reference_service.catalogue_url).body)
    clean_project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    notify = lambda level, text: None  # noqa: E731
    loader = LayerLoader(clean_project, lambda url: fetch(url).body, notify)
    choice = MunicipalityChoice(clean_project, notify, None, tmp_path / "cache")
    choice.catalogue = catalogue
    loader.current_municipality = lambda: choice.current
    choice.set_boundaries(catalogue.boundaries)
    layers = {}
    for layer_id in RASTER_LIKE:
        loader.add(catalogue.entry(layer_id), on_added=lambda layer, i=layer_id: layers.__setitem__(i, layer))
        settle(qtbot)
    assert set(layers) == set(RASTER_LIKE)
    yield choice, layers
    choice.unload()


def box_in(code, crs):
    xmin, ymin, xmax, ymax = demo_data.municipality(code)["geometry"].bounds
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"), crs, QgsCoordinateTransformContext())
    return transform.transformBoundingBox(QgsRectangle(xmin, ymin, xmax, ymax))


def same_box(a: QgsRectangle, b: QgsRectangle, tolerance: float = 0.01) -> bool:
    corners = lambda r: (r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum())  # noqa: E731
    return all(abs(x - y) <= tolerance for x, y in zip(corners(a), corners(b)))


def test_zoom_is_limited_to_the_municipality_and_clearing_lifts_it(chosen, qtbot):
    choice, layers = chosen
    project = QgsProject.instance()
    own = {layer_id: QgsRectangle(layer.extent()) for layer_id, layer in layers.items()}
    for code in ("GM9901", "GM9903"):
        choice.choose(code)
        settle(qtbot)
        assert choice.current is not None and choice.current.code == code
        full = project.viewSettings().fullExtent()
        assert full.crs() == project.crs() and same_box(full, box_in(code, project.crs())), full.toString()
        preset = project.viewSettings().presetFullExtent()
        assert same_box(preset, box_in(code, preset.crs())), preset.toString()
        for layer_id, layer in layers.items():
            assert same_box(layer.extent(), box_in(code, layer.crs())), (layer_id, layer.extent().toString())
    choice.clear()
    assert project.viewSettings().presetFullExtent().isNull()
    for layer_id, layer in layers.items():
        assert same_box(layer.extent(), own[layer_id]), (layer_id, layer.extent().toString(), own[layer_id].toString())
    assert not same_box(project.viewSettings().fullExtent(), box_in("GM9903", project.crs()), 1.0)


def test_a_catalogue_with_an_oapif_boundary_service_clips_to_its_boundary(chosen, reference_service, qtbot):
    choice, layers = chosen
    choice.set_boundaries(oapif_boundaries(reference_service))
    choice.want_list()
    settle(qtbot)
    assert choice.service.kind == "oapif"
    assert [m.name for m in choice.municipalities.municipalities] == ["Demodorp", "Proefstad", "Voorbeeldeiland"]
    choice.choose("Proefstad")
    settle(qtbot)
    assert choice.current is not None and choice.current.code == "GM9902"
    expected = demo_data.municipality("GM9902")["geometry"]
    assert choice.current.boundary().symmetric_difference(expected).area < 1.0
    wms = layers["energielabel-wms"]
    assert same_box(wms.extent(), box_in("GM9902", wms.crs()))
