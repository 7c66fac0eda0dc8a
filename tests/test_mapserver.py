"""MapServer 8 as the reference service's second OGC server (tools/refservice/mapserver_cgi.py, mapfile.py):
it answers over real HTTP with the demo data, the styles' colours and the boundaries qgis_mapserver serves."""
from __future__ import annotations

import json
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree  # noqa: S405 (our own loopback server's XML)

import pytest
from shapely.geometry import Point
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDataSourceUri,
    QgsPointXY,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

from render_helpers import close, colour_at
from test_refservice import fetch, xml_texts
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.service import boundaries
from dego_plugin.tools.refservice import demo_data, styles

LAYERS = ("Gemeentegebied", "wijken", "buurten", "Energie_gegevens")
CODES = ("GM9901", "GM9902", "GM9903")


def test_capabilities_list_the_layers_and_point_back_at_the_bridge(reference_requests):
    service = reference_requests
    base = service.mapserver_ows_url
    _, _, wms = fetch(base + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities")
    assert set(LAYERS) <= set(xml_texts(wms, "Name")) and "EPSG:28992" in xml_texts(wms, "CRS")
    # MapServer 8.0 lists its feature types in the ms: namespace in WFS 2.0, without the prefix in WFS 1.1.
    for version, prefix in (("2.0.0", "ms:"), ("1.1.0", "")):
        _, _, wfs = fetch(f"{base}?SERVICE=WFS&VERSION={version}&REQUEST=GetCapabilities")
        assert {prefix + name for name in LAYERS} <= set(xml_texts(wfs, "Name")), version
        formats = xml_texts(wfs, "Value") + xml_texts(wfs, "Format")
        assert "application/json; subtype=geojson" in formats, version
        assert f'href="{base}?' in wfs.decode(), version
    assert service.mapserver_requests()[0] == base + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities"
    assert len(service.mapserver_requests()) == 3 and service.ows_requests() == []


def wms_layer(base_url: str, name: str) -> QgsRasterLayer:
    uri = QgsDataSourceUri()
    for key, value in (("url", base_url), ("layers", name), ("styles", ""), ("format", "image/png"),
                       ("crs", "EPSG:28992")):
        uri.setParam(key, value)
    layer = QgsRasterLayer(bytes(uri.encodedUri()).decode(), name, "wms")
    assert layer.isValid(), layer.error().summary()
    return layer


def test_getmap_draws_each_landmark_in_its_label_colour(qgis_app, reference_service):
    layer = wms_layer(reference_service.mapserver_ows_url, "Energie_gegevens")
    for landmark in demo_data.landmark_buildings():
        centre = landmark["geometry"].centroid
        expected = styles.label_colour(landmark["elabel_definitief"])
        assert colour_at([layer], centre.x, centre.y) == expected, landmark["identificatie"]
    assert any("REQUEST=GetMap" in url for url in reference_service.mapserver_requests())


def test_getmap_draws_buurten_in_their_woz_class_colour(reference_service):
    """One GetMap of all buurten, read at a point inside each."""
    xmin, ymin, xmax, ymax = demo_data.extent()
    size = 600  # pixels a side: about 50 m each
    span = max(xmax - xmin, ymax - ymin)
    _, content_type, body = fetch(reference_service.mapserver_ows_url + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap"
                                  f"&LAYERS=buurten&STYLES=&CRS=EPSG:28992&BBOX={xmin},{ymin},{xmin + span},"
                                  f"{ymin + span}&WIDTH={size}&HEIGHT={size}&FORMAT=image/png")
    assert content_type == "image/png"
    image = QImage.fromData(body)
    drawn = 0
    for buurt in demo_data.buurten():
        value = buurt["woningwaarde_gemiddeld"]
        point = buurt["geometry"].buffer(-100).representative_point()  # away from the white edges
        pixel = QColor(image.pixel(int((point.x - xmin) / span * size), int((ymin + span - point.y) / span * size)))
        colour = pixel.getRgb()[:3]
        if value < 0:  # the CBS sentinel: in no class, not drawn
            assert colour == (255, 255, 255), buurt["buurtcode"]
            continue
        expected = next(c for lower, upper, _, c in styles.WOZ_CLASSES if lower <= value <= upper)
        assert close(colour, expected), buurt["buurtcode"]
        drawn += 1
    assert drawn == len(demo_data.buurten()) - len(demo_data.SECRET_BUURTEN)


def hits(base_url: str, typename: str, attribute: str, value: str) -> int:
    fes = ('<fes:Filter xmlns:fes="http://www.opengis.net/fes/2.0"><fes:PropertyIsEqualTo>'
           f"<fes:ValueReference>{attribute}</fes:ValueReference><fes:Literal>{value}</fes:Literal>"
           "</fes:PropertyIsEqualTo></fes:Filter>")
    _, _, body = fetch(f"{base_url}?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES={typename}"
                       f"&RESULTTYPE=hits&FILTER={quote(fes)}")
    return int(ElementTree.fromstring(body).get("numberMatched"))  # noqa: S314


def test_wfs_counts_the_panden_of_each_municipality(reference_service):
    base = reference_service.mapserver_ows_url
    for code in CODES:
        assert hits(base, "ms:Energie_gegevens", "gemeentecode", code) == len(demo_data.buildings_in(code)), code
    counts = {code: sum(1 for b in demo_data.buurten() if b["gemeentecode"] == code) for code in CODES}
    assert {code: hits(base, "ms:buurten", "gemeentecode", code) for code in CODES} == counts


def test_wfs_geojson_output_carries_the_features(reference_service):
    _, content_type, body = fetch(reference_service.mapserver_ows_url + "?SERVICE=WFS&VERSION=2.0.0"
                                  "&REQUEST=GetFeature&TYPENAMES=ms:wijken&OUTPUTFORMAT=geojson")
    assert "json" in content_type
    wijken = json.loads(body)["features"]
    assert sorted(f["properties"]["wijkcode"] for f in wijken) == sorted(w["wijkcode"] for w in demo_data.wijken())


def test_oapif_serves_the_collections_with_links_back_at_the_bridge(reference_service):
    base = reference_service.mapserver_oapif_url
    _, _, body = fetch(base + "/collections?f=json")
    collections = json.loads(body)["collections"]
    assert set(LAYERS) <= {c["id"] for c in collections}
    _, content_type, body = fetch(base + "/collections/wijken/items?f=json&limit=100")
    items = json.loads(body)
    assert "json" in content_type and items["numberMatched"] == len(demo_data.wijken())
    assert all(link["href"].startswith(base + "/collections/wijken/items") for link in items["links"])


def test_oapif_places_each_landmark_where_it_is(qgis_app, reference_service):
    """CRS84 answers within GeoJSON's 6 decimals of the RD geometry, as QGIS transforms it (MapServer 8.0 from
    an RD source skips the datum shift: 110 m off)."""
    to_rd = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                   QgsCoordinateReferenceSystem("EPSG:28992"), QgsCoordinateTransformContext())
    landmarks = {b["identificatie"]: b["geometry"] for b in demo_data.landmark_buildings()}
    for code, polygon in landmarks.items():
        centre = to_rd.transform(QgsPointXY(*polygon.centroid.coords[0]), QgsCoordinateTransform.ReverseTransform)
        bbox = ",".join(f"{v:.6f}" for v in (centre.x() - 0.0005, centre.y() - 0.0003,  # about 35 m around it
                                              centre.x() + 0.0005, centre.y() + 0.0003))
        url = reference_service.mapserver_oapif_url + f"/collections/Energie_gegevens/items?f=json&bbox={bbox}"
        found = [f for f in json.loads(fetch(url)[2])["features"] if f["properties"]["identificatie"] == code]
        assert found, code  # the bbox around where QGIS puts it finds it
        for lon, lat in found[0]["geometry"]["coordinates"][0]:
            corner = to_rd.transform(QgsPointXY(lon, lat))
            assert polygon.exterior.distance(Point(corner.x(), corner.y())) < 0.2, code


def test_oapif_pages_through_every_pand(reference_service):
    """Following `next` links gives each pand once (MapServer 8.0.0 repeats the first page on an OGR table)."""
    url, seen = reference_service.mapserver_oapif_url + "/collections/Energie_gegevens/items?f=json&limit=3000", []
    while url:
        page = json.loads(fetch(url)[2])
        seen += [feature["properties"]["identificatie"] for feature in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
    assert sorted(seen) == sorted(b["identificatie"] for b in demo_data.buildings())


def legend_colours(body: bytes):
    image = QImage.fromData(body)
    assert not image.isNull()
    return image, {QColor(image.pixel(x, y)).getRgb()[:3] for x in range(image.width())
                   for y in range(image.height())}


def test_getlegendgraphic_is_an_image_with_every_class_colour(reference_service):
    _, content_type, body = fetch(reference_service.mapserver_ows_url + "?SERVICE=WMS&VERSION=1.3.0"
                                  "&REQUEST=GetLegendGraphic&LAYER=Energie_gegevens&FORMAT=image/png"
                                  "&SLD_VERSION=1.1.0")
    assert content_type == "image/png"
    image, colours = legend_colours(body)
    assert image.height() >= 12 * len(styles.ENERGY_LABEL_CLASSES)  # one key per class, with its label
    assert {colour for _, _, colour in styles.ENERGY_LABEL_CLASSES} <= colours


@pytest.mark.parametrize("code", CODES)
def test_boundaries_equal_those_of_qgis_server(reference_service, tmp_path, code):
    """The plugin's own boundary fetch, from each catalogue's boundary service."""
    qgis = boundaries.service_for(reference_service.catalogue()["boundaries"])
    mapserver = boundaries.service_for(reference_service.mapserver_catalogue()["boundaries"])
    assert urlsplit(mapserver.url).netloc == urlsplit(reference_service.mapserver_ows_url).netloc
    assert mapserver.typename == "ms:Gemeentegebied"
    expected = boundaries.load_boundary(qgis, code, tmp_path / "qgis").municipality
    got = boundaries.load_boundary(mapserver, code, tmp_path / "mapserver").municipality
    assert got.name == expected.name == demo_data.municipality(code)["naam"]
    shape, twin = got.boundary(), expected.boundary()
    assert shape.symmetric_difference(twin).area < 1.0  # m²: both have the GeoPackage's centimetres
    assert shape.symmetric_difference(demo_data.municipality(code)["geometry"]).area < 1.0
    assert len(getattr(shape, "geoms", [shape])) == len(getattr(twin, "geoms", [twin]))  # the island too


def test_the_mapserver_catalogue_is_the_reference_catalogue_at_mapserver(reference_service):
    qgis = parse_catalogue(fetch(reference_service.catalogue_url)[2])
    _, _, body = fetch(reference_service.mapserver_catalogue_url)
    mapserver = parse_catalogue(body)
    assert mapserver.problems == ()
    # MapServer serves no WMTS and no vector tiles; every other entry is there, with the same style. The background
    # map is in both, from qgis_mapserver's WMTS and WMS (as a real catalogue's BRT comes from PDOK).
    backgrounds = {"achtergrondkaart-grijs", "achtergrondkaart-grijs-wms"}
    assert {e.id for e in mapserver.layers} == {e.id for e in qgis.layers
                                                if e.service.type not in ("wmts", "vectortile")} | backgrounds
    ms_netloc = urlsplit(reference_service.mapserver_ows_url).netloc
    for entry in mapserver.layers:
        twin = qgis.entry(entry.id)
        if entry.id in backgrounds:
            assert entry.service == twin.service, entry.id
            continue
        assert urlsplit(entry.service.url).netloc == ms_netloc, entry.id
        assert entry.service.type == twin.service.type and entry.style.qml == twin.style.qml
        if entry.service.type == "wfs":
            assert entry.service.typename == "ms:" + twin.service.typename
    assert mapserver.entry("energielabel-oapif").service.url == reference_service.mapserver_oapif_url
    assert [p["id"] for p in mapserver.presets] == [p["id"] for p in qgis.presets]


def test_served_catalogue_names_each_server(served_catalogue, reference_service):
    """The fixture later tests parametrize over: its catalogue, addresses and log belong to one server."""
    catalogue = parse_catalogue(fetch(served_catalogue.catalogue_url)[2])
    wfs = catalogue.entry("energielabel-wfs").service
    assert wfs.url == served_catalogue.ows_url
    assert wfs.typename == served_catalogue.wfs_prefix + "Energie_gegevens"
    fetch(served_catalogue.ows_url + "?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetCapabilities")
    assert served_catalogue.requests() == [served_catalogue.ows_url + "?SERVICE=WFS&VERSION=1.1.0"
                                           "&REQUEST=GetCapabilities"]
