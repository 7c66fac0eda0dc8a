"""The reference DEGO service: deterministic demo data, and real WMS/WMTS/WFS/OAPIF/vector tiles on loopback."""
from __future__ import annotations

import json
import math
import re
import urllib.request
from urllib.parse import urlsplit
from xml.etree import ElementTree  # noqa: S405 (our own loopback server's XML)

import pytest
from shapely.ops import unary_union

from dego_plugin.model.catalogue import SERVICE_TYPES, parse_catalogue
from dego_plugin.tools.refservice import background, demo_data, styles


def fetch(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
        return response.status, response.headers.get("Content-Type", ""), response.read()


def xml_texts(body: bytes, tag: str):
    """Text of every element whose local name is `tag`."""
    root = ElementTree.fromstring(body)  # noqa: S314 (our own server)
    return [e.text for e in root.iter() if e.tag.rsplit("}", 1)[-1] == tag]


# ---------------------------------------------------------------- demo data (pure, no servers)

def test_demo_data_is_deterministic():
    first, second = demo_data.generate(), demo_data.generate()
    for a_list, b_list in zip(first[:4], second[:4]):
        assert len(a_list) == len(b_list)
        for a, b in zip(a_list, b_list):
            assert a["geometry"].wkb == b["geometry"].wkb
            assert {k: v for k, v in a.items() if k != "geometry"} == {k: v for k, v in b.items() if k != "geometry"}
    assert first.landmark_ids == second.landmark_ids and first.border_ids == second.border_ids


def test_municipalities_are_fictional_adjacent_and_one_has_an_island():
    munis = {m["identificatie"]: m for m in demo_data.municipalities()}
    assert sorted(munis) == ["GM9901", "GM9902", "GM9903"]
    assert {m["naam"] for m in munis.values()} == {"Demodorp", "Proefstad", "Voorbeeldeiland"}
    assert all(m["code"] == m["identificatie"][2:] and m["ligtInProvincieCode"] == "PV99" for m in munis.values())
    assert munis["GM9903"]["geometry"].geom_type == "MultiPolygon" and len(munis["GM9903"]["geometry"].geoms) == 2
    for a, b in (("GM9901", "GM9902"), ("GM9902", "GM9903")):
        assert munis[a]["geometry"].intersection(munis[b]["geometry"]).length > 5000  # a shared border
        assert munis[a]["geometry"].intersection(munis[b]["geometry"]).area < 1  # that does not overlap
    xmin, ymin, xmax, ymax = demo_data.extent()
    assert 140000 <= xmin and xmax <= 170000 and 440000 <= ymin and ymax <= 460000
    assert demo_data.municipality("9901")["naam"] == demo_data.municipality(9901)["naam"] == "Demodorp"


def test_wijken_and_buurten_tile_their_parents():
    munis = {m["identificatie"]: m["geometry"] for m in demo_data.municipalities()}
    wijken = demo_data.wijken()
    buurten = demo_data.buurten()
    assert "WK9902AB" in {w["wijkcode"] for w in wijken}  # alphanumeric, as Amsterdam's codes are
    for code, geometry in munis.items():
        mine = [w for w in wijken if w["gemeentecode"] == code]
        assert 2 <= len(mine) <= 4
        assert abs(unary_union([w["geometry"] for w in mine]).area - geometry.area) < 10
        for wijk in mine:
            parts = [b for b in buurten if b["wijkcode"] == wijk["wijkcode"]]
            assert 2 <= len(parts) <= 4
            assert all(b["buurtcode"].startswith("BU" + wijk["wijkcode"][2:]) for b in parts)
            assert abs(unary_union([b["geometry"] for b in parts]).area - wijk["geometry"].area) < 10
    secret = [b for b in buurten if b["woningwaarde_gemiddeld"] == demo_data.SENTINEL]
    assert secret and all(b["water"] == "NEE" for b in buurten)


def test_buurten_carry_eigendom_shares_that_add_up_and_spread_over_the_classes():
    """Koop + corporatie never exceed 100% (the rest is particuliere huur), and the eigendom map has contrast."""
    buurten = demo_data.buurten()
    assert ("woningcorporatie_woningen_percentage", "real") in demo_data.FIELDS["buurten"]
    for buurt in buurten:
        koop, corporatie = buurt["koopwoningen_percentage"], buurt["woningcorporatie_woningen_percentage"]
        assert 0 <= corporatie and koop + corporatie <= 100, buurt["buurtcode"]
    classes = {next(i for i, (lo, hi, _, _) in enumerate(styles.WONINGCORPORATIE_CLASSES)
                    if lo <= b["woningcorporatie_woningen_percentage"] <= hi) for b in buurten}
    assert len(classes) >= 4


def test_buildings_carry_dego_fields_and_lie_in_their_buurt():
    buurten = {b["buurtcode"]: b["geometry"] for b in demo_data.buurten()}
    for code in ("GM9901", "GM9902", "GM9903"):
        panden = demo_data.buildings_in(code)
        assert len(panden) >= 1000  # a town or large village, villages, lintbebouwing and farms
        for pand in panden:
            assert re.fullmatch(code[2:] + r"10\d{10}", pand["identificatie"])
            assert pand["elabel_definitief"] in ("1", "2", "3", "4", "5", "6", "7", "")
            assert isinstance(pand["bouwjaar"], int) and isinstance(pand["buurtcode"], str)
            assert buurten[pand["buurtcode"]].contains(pand["geometry"])
    names = {name for name, _ in demo_data.FIELDS["Energie_gegevens"]}
    assert {"identificatie", "gemeentecode", "elabel_definitief", "gasm3_2020", "kwh_2020", "pandcount_2020"} <= names


def test_buildings_stay_within_the_budget_the_suite_fetches():
    assert len(demo_data.buildings()) <= 9000  # every layer test fetches them all over WFS / OGC API


def test_towns_have_old_cores_and_newer_edges_and_the_island_is_built_on():
    for muni in demo_data.municipalities():
        panden = demo_data.buildings_in(muni["identificatie"])
        wijk = next(w for w in demo_data.wijken() if w["gemeentecode"] == muni["identificatie"])
        centre = wijk["geometry"].representative_point()  # the town lies around its first wijk's centre
        core = [p["bouwjaar"] for p in panden if p["geometry"].distance(centre) < 150]
        edge = [p["bouwjaar"] for p in panden if 400 < p["geometry"].distance(centre) < 700]
        assert len(core) >= 100 and len(edge) >= 300, muni["naam"]
        assert sorted(core)[len(core) // 2] < 1930 < sorted(edge)[len(edge) // 2], muni["naam"]
    island = {b["buurtcode"] for b in demo_data.buurten() if b["wijkcode"] == demo_data.ISLAND_WIJK}
    on_island = [p for p in demo_data.buildings() if p["buurtcode"] in island]
    assert len(on_island) >= 100 and len({p["elabel_definitief"] for p in on_island}) >= 5


def test_landmarks_are_large_isolated_and_labelled():
    landmarks = demo_data.landmark_buildings()
    assert {"1", "7", ""} <= {b["elabel_definitief"] for b in landmarks}
    others = [b for b in demo_data.buildings() if b["identificatie"] not in {lm["identificatie"] for lm in landmarks}]
    for landmark in landmarks:
        xmin, ymin, xmax, ymax = landmark["geometry"].bounds
        assert xmax - xmin >= 60 and ymax - ymin >= 40
        surroundings = landmark["geometry"].buffer(20)
        assert not any(surroundings.intersects(o["geometry"]) for o in others)


def test_border_buildings_sit_just_inside_their_own_municipality():
    munis = {m["identificatie"]: m["geometry"] for m in demo_data.municipalities()}
    border = demo_data.border_buildings()
    assert len(border) >= 8
    for pand in border:
        own = munis[pand["gemeentecode"]]
        assert own.contains(pand["geometry"])
        neighbours = [g for code, g in munis.items() if code != pand["gemeentecode"]]
        assert min(g.distance(pand["geometry"]) for g in neighbours) < 15


# ---------------------------------------------------------------- the running service

LAYERS = {"Gemeentegebied", "wijken", "buurten", "Energie_gegevens"}


def test_wms_capabilities_list_the_layers(reference_service):
    status, _, body = fetch(reference_service.ows_url + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities")
    assert status == 200
    assert LAYERS <= set(xml_texts(body, "Name"))
    assert "EPSG:28992" in xml_texts(body, "CRS")


def test_wfs_capabilities_list_the_feature_types(reference_service):
    status, _, body = fetch(reference_service.ows_url + "?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetCapabilities")
    assert status == 200
    assert LAYERS <= set(xml_texts(body, "Name"))
    # Capabilities point back at the proxy, so clients keep going through it.
    assert urlsplit(reference_service.ows_url).netloc in body.decode()


def test_wmts_capabilities_list_layers_and_the_rd_tile_matrix_set(reference_service):
    status, _, body = fetch(reference_service.ows_url + "?SERVICE=WMTS&REQUEST=GetCapabilities")
    assert status == 200
    identifiers = set(xml_texts(body, "Identifier"))
    assert LAYERS | {"EPSG:28992", "EPSG:3857"} <= identifiers


def test_wmts_get_tile_returns_a_png(reference_service):
    # Level 10 of the RD grid: 0.84 m per pixel; this tile holds the label-A landmark of Demodorp.
    landmark = next(b for b in demo_data.landmark_buildings() if b["elabel_definitief"] == "1")
    point = landmark["geometry"].centroid
    span = 256 * 3440.64 / 2 ** 10
    col, row = int((point.x + 285401.92) // span), int((903401.92 - point.y) // span)
    status, content_type, body = fetch(
        reference_service.ows_url + "?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=Energie_gegevens"
        f"&STYLE=default&FORMAT=image/png&TILEMATRIXSET=EPSG:28992&TILEMATRIX=10&TILEROW={row}&TILECOL={col}")
    assert status == 200 and content_type.startswith("image/png") and body[:4] == b"\x89PNG"


def test_the_background_map_is_drawn_from_the_demo_data_clear_of_the_panden():
    places = background.places()
    assert len({p["naam"] for p in places}) == len(places) == len(demo_data._data().sites)
    assert {p["gemeentecode"]: p["naam"] for p in places if p["soort"] == background.TOWN} == background.TOWNS
    built = background.built_up()
    for place in places:  # each name stands just north of a built-up area of its own municipality
        below = [b["geometry"] for b in built if b["gemeentecode"] == place["gemeentecode"]]
        assert any(0 < place["geometry"].y - g.bounds[3] <= 100 and g.bounds[0] < place["geometry"].x < g.bounds[2]
                   for g in below), place["naam"]
    footprints = unary_union([b["geometry"] for b in demo_data.buildings()])
    water = [w["geometry"] for w in background.water()]
    assert unary_union(water).intersection(footprints).area < 1  # plassen in the open land; a beek passes under
    land = unary_union([m["geometry"] for m in demo_data.municipalities()])
    lakes = [w for w in background.water() if w["soort"] == background.LAKE and land.contains(w["geometry"])]
    assert len(lakes) >= 6  # the plassen of the three municipalities (the lake around the island lies outside)
    streets = [r["geometry"] for r in background.roads() if r["soort"] == background.STREET]
    towns = unary_union([b["geometry"] for b in built]).buffer(20)
    assert len(streets) > 100 and all(towns.contains(street) for street in streets)
    for name, records in background.layer_records():
        assert records and all(r["geometry"].is_valid and not r["geometry"].is_empty for r in records), name


def test_the_background_map_is_served_as_wmts_and_wms(reference_service):
    from qgis.PyQt.QtGui import QColor, QImage

    _, _, caps = fetch(reference_service.ows_url + "?SERVICE=WMTS&REQUEST=GetCapabilities")
    assert "achtergrondkaart-grijs" in set(xml_texts(caps, "Identifier"))
    xmin, _, _, ymax = demo_data.municipality("GM9901")["geometry"].bounds
    span = 256 * 3440.64 / 2 ** 9
    col, row = int((xmin + 2000 + 285401.92) // span), int((903401.92 - ymax + 2000) // span)
    answers = [
        fetch(reference_service.ows_url + "?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=achtergrondkaart-grijs"
              f"&STYLE=default&FORMAT=image/png&TILEMATRIXSET=EPSG:28992&TILEMATRIX=9&TILEROW={row}&TILECOL={col}"),
        fetch(reference_service.ows_url + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=achtergrondkaart-grijs"
              f"&STYLES=&CRS=EPSG:28992&BBOX={xmin + 1000},{ymax - 3000},{xmin + 2000},{ymax - 2000}"
              "&WIDTH=64&HEIGHT=64&FORMAT=image/png")]
    for status, content_type, body in answers:
        assert status == 200 and content_type.startswith("image/png")
        image = QImage.fromData(body)
        colours = {QColor(image.pixel(x, y)).getRgb()[:3] for x in range(0, image.width(), 8)
                   for y in range(0, image.height(), 8)}
        assert styles.BACKGROUND_LAND in colours


def test_a_place_name_continues_across_the_tiles_it_spans_at_the_finest_levels(reference_service):
    """A wijk page prints tiles of level 12 (0.84 m per pixel): the island village's name spans two or three of
    them, and each tile draws its part of it."""
    from qgis.PyQt.QtGui import QColor, QImage

    name = next(p for p in background.places() if p["naam"] == "Toetsdam")["geometry"]
    resolution = 3440.64 / 2 ** 12
    span = 256 * resolution
    col, row = int((name.x + 285401.92) // span), int((903401.92 - name.y) // span)
    ink = []
    for dc in (-2, -1, 0, 1, 2):
        for dr in (-1, 0):
            _, _, body = fetch(
                reference_service.ows_url + "?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=achtergrondkaart-grijs"
                f"&STYLE=default&FORMAT=image/png&TILEMATRIXSET=EPSG:28992&TILEMATRIX=12&TILEROW={row + dr}"
                f"&TILECOL={col + dc}")
            image = QImage.fromData(body)
            ink += [(dc * 256 + x, dr * 256 + y) for x in range(256) for y in range(0, 256, 4)
                    if all(abs(a - b) <= 20 for a, b in zip(QColor(image.pixel(x, y)).getRgb()[:3],
                                                            styles.BACKGROUND_LABEL))]
    columns = {x // 256 for x, _ in ink}
    assert len(columns) >= 2  # the name's letters in more than one column of tiles
    width = max(x for x, _ in ink) - min(x for x, _ in ink)
    assert width > 300  # the whole name (about 450 pixels), not the piece within the tile of its point


def test_oapif_lists_the_collections(reference_service):
    status, _, body = fetch(reference_service.oapif_url + "/collections.json")
    assert status == 200
    assert LAYERS <= {c["id"] for c in json.loads(body)["collections"]}


def test_catalogue_parses_without_problems_and_has_every_service_type(reference_service):
    status, content_type, body = fetch(reference_service.catalogue_url)
    assert status == 200 and content_type == "application/json"
    catalogue = parse_catalogue(body)
    assert catalogue.problems == ()
    assert {e.service.type for e in catalogue.layers} == set(SERVICE_TYPES)
    ids = {e.id for e in catalogue.layers}
    assert {"energielabel-wfs", "energielabel-oapif", "energielabel-wms", "energielabel-wmts", "energielabel-vt"} <= ids
    wfs = catalogue.entry("energielabel-wfs")
    assert wfs.service.typename == "Energie_gegevens" and wfs.municipality_attribute == "gemeentecode"
    assert "categorizedSymbol" in wfs.style.qml and 'value="7"' in wfs.style.qml
    assert catalogue.boundaries["typename"] == "Gemeentegebied"
    assert catalogue.boundaries["url"] == reference_service.ows_url
    local = {urlsplit(reference_service.ows_url).netloc, urlsplit(reference_service.base_url).netloc}
    for entry in catalogue.layers:
        assert urlsplit(entry.service.url.replace("{", "").replace("}", "")).netloc in local


def test_vector_tiles_tilejson_and_style_are_served(qgis_app, reference_requests):
    service = reference_requests
    landmark = demo_data.landmark_buildings()[0]["geometry"].centroid
    lon, lat = _rd_to_wgs84(landmark.x, landmark.y)
    z = 14
    x = int((lon + 180) / 360 * 2 ** z)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * 2 ** z)
    status, content_type, body = fetch(service.tiles_url.format(z=z, x=x, y=y))
    assert status == 200 and content_type == "application/vnd.mapbox-vector-tile"
    assert styles.TILE_LAYER_PANDEN.encode() in body
    assert fetch(service.tiles_url.format(z=z, x=0, y=0))[0] == 204  # empty tile: no content, not an error
    tilejson = json.loads(fetch(service.tilejson_url)[2])
    assert tilejson["tiles"] == [service.tiles_url]
    style = json.loads(fetch(service.mapbox_style_url)[2])
    assert style["sources"]["dego"]["tiles"] == [service.tiles_url]
    assert service.static_requests()[0] == f"/tiles/{z}/{x}/{y}.pbf"


def test_ows_requests_are_logged_with_their_query(reference_requests):
    url = (reference_requests.ows_url + "?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=Gemeentegebied"
           "&EXP_FILTER=%22code%22%20%3D%20%279901%27")
    status, _, body = fetch(url)
    assert status == 200 and b"Demodorp" in body and b"Proefstad" not in body
    assert reference_requests.ows_requests() == [url]


# ---------------------------------------------------------------- rendered by QGIS, as the plugin will

def _rd_to_wgs84(x: float, y: float):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    point = transform.transform(QgsPointXY(x, y))
    return point.x(), point.y()


def _layer_for(service_type: str, service):
    from qgis.core import (QgsDataSourceUri, QgsMapBoxGlStyleConversionContext, QgsMapBoxGlStyleConverter,
                           QgsRasterLayer, QgsVectorLayer, QgsVectorTileLayer)

    uri = QgsDataSourceUri()
    if service_type in ("wms", "wmts"):
        wmts = service_type == "wmts"
        uri.setParam("url", service.ows_url + ("?SERVICE=WMTS&REQUEST=GetCapabilities" if wmts else ""))
        uri.setParam("layers", "Energie_gegevens")
        uri.setParam("styles", "default" if service_type == "wmts" else "")
        uri.setParam("format", "image/png")
        uri.setParam("crs", "EPSG:28992")
        if service_type == "wmts":
            uri.setParam("tileMatrixSet", "EPSG:28992")
        return QgsRasterLayer(bytes(uri.encodedUri()).decode(), service_type, "wms")
    if service_type == "vectortile":
        uri.setParam("type", "xyz")
        uri.setParam("url", service.tiles_url)
        uri.setParam("zmin", "10")
        uri.setParam("zmax", "15")
        layer = QgsVectorTileLayer(bytes(uri.encodedUri()).decode(), "vt")
        converter = QgsMapBoxGlStyleConverter()
        style = json.loads(fetch(service.mapbox_style_url)[2])
        assert converter.convert(style, QgsMapBoxGlStyleConversionContext()) == QgsMapBoxGlStyleConverter.Success
        layer.setRenderer(converter.renderer())
        return layer
    uri.setParam("url", service.ows_url if service_type == "wfs" else service.oapif_url)
    uri.setParam("typename", "Energie_gegevens")
    if service_type == "wfs":
        uri.setParam("version", "1.1.0")
        uri.setParam("srsname", "EPSG:28992")
    layer = QgsVectorLayer(uri.uri(False), service_type, "WFS" if service_type == "wfs" else "OAPIF")
    qml = parse_catalogue(fetch(service.catalogue_url)[2]).entry("energielabel-wfs").style.qml
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    document.setContent(qml)
    layer.importNamedStyle(document)
    return layer


@pytest.mark.parametrize("service_type", ["wms", "wmts", "wfs", "oapif", "vectortile"])
def test_qgis_renders_landmark_colours(qgis_app, reference_service, service_type):
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsMapRendererSequentialJob,
                           QgsMapSettings, QgsProject, QgsRectangle)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    layer = _layer_for(service_type, reference_service)
    assert layer.isValid()
    crs = QgsCoordinateReferenceSystem("EPSG:3857" if service_type == "vectortile" else "EPSG:28992")
    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"), crs, QgsProject.instance())
    for landmark in demo_data.landmark_buildings():
        centre = landmark["geometry"].centroid
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(crs)
        settings.setExtent(to_map.transformBoundingBox(QgsRectangle(centre.x - 100, centre.y - 100,
                                                                    centre.x + 100, centre.y + 100)))
        settings.setOutputSize(QSize(100, 100))
        settings.setBackgroundColor(QColor(255, 255, 255))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        pixel = QColor(job.renderedImage().pixel(50, 50))
        expected = styles.label_colour(landmark["elabel_definitief"])
        assert (pixel.red(), pixel.green(), pixel.blue()) == expected, landmark["identificatie"]
