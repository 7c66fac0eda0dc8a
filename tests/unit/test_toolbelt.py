"""The helpers every layer shares, each written once: URL queries, service types, search, coded errors, XML,
boundary extents and transforms."""
from __future__ import annotations

import json

import pytest
from shapely.geometry import box

from dego_plugin.dialogs.catalogue_model import filter_expression
from dego_plugin.model.catalogue import CatalogueError, EntryError, ServiceType, parse_catalogue
from dego_plugin.model.errors import CodedError
from dego_plugin.model.municipality import Municipality
from dego_plugin.model.urls import has_param, with_query
from dego_plugin.service.boundary_model import BoundaryError
from dego_plugin.service.http import FetchError
from dego_plugin.toolbelt.geometry import boundary_extent, transformed_wkt
from dego_plugin.toolbelt.xml import parsed_xml


def test_a_query_keeps_the_address_own_parameters_and_replaces_those_it_sets():
    url = "https://example.nl/ows?key=abc&service=WMS&Layers=x"
    assert with_query(url, [("SERVICE", "WFS"), ("PROPERTYNAME", "code,naam")], replacing=("LAYERS",)) == \
        "https://example.nl/ows?key=abc&SERVICE=WFS&PROPERTYNAME=code,naam"
    assert with_query("https://example.nl/api/?f=html", {"f": "json"}, path="collections/a b") == \
        "https://example.nl/api/collections/a b?f=json"
    assert has_param("https://x.nl/wmts?Request=GetCapabilities", "REQUEST")
    assert not has_param("https://x.nl/wmts?requests=1", "request")


def test_a_service_type_is_the_catalogue_spelling_everywhere():
    assert ServiceType("wfs") is ServiceType.WFS and ServiceType.WFS == "wfs"
    assert f"a {ServiceType.VECTOR_TILE} service" == "a vectortile service"
    assert {"oapif": 1}[ServiceType.OAPIF] == 1 and json.dumps([ServiceType.WMS]) == '["wms"]'
    assert [t for t in ServiceType if t.is_vector] == [ServiceType.WFS, ServiceType.OAPIF]
    assert [t for t in ServiceType if t.is_map_image] == [ServiceType.WMS, ServiceType.WMTS]
    catalogue = parse_catalogue({"version": "1", "themes": [{"id": "t"}], "layers": [
        {"id": "a", "title": "A", "theme": "t", "service": {"type": "WFS", "url": "https://x.nl/wfs", "typename": "a"}}]})
    assert catalogue.layers[0].service.type is ServiceType.WFS


def test_every_coded_error_has_one_base():
    for error in (CatalogueError("not_json", "x"), EntryError("bad_url", "x"), FetchError("timeout", "x", 0),
                  BoundaryError("service_down", "x")):
        assert isinstance(error, CodedError) and error.code and str(error) == "x"
    assert isinstance(CatalogueError("c", "m"), ValueError)


SEARCH_DOCUMENT = {"version": "1", "themes": [{"id": "w", "title": "Warmte"}, {"id": "g", "title": "Gebouwen"}],
                   "layers": [{"id": "net", "title": "Warmtenetten", "theme": "w", "service": {
                       "type": "wms", "url": "https://x.nl/wms", "layers": ["n"]}},
                       {"id": "bron", "title": "Bronnen", "abstract": "Aquathermie", "theme": "w", "service": {
                           "type": "wms", "url": "https://x.nl/wms", "layers": ["b"]}},
                       {"id": "label", "title": "Énergielabel", "keywords": ["EP-online"], "theme": "g", "service": {
                           "type": "wms", "url": "https://x.nl/wms", "layers": ["l"]}}]}


@pytest.mark.parametrize("query", ["warmte", "WARMTE bron", "energie", "gebouwen ep", "aqua", "", "  ", "x"])
def test_the_dock_filter_and_the_search_bar_find_the_same_entries(query):
    """One rule (model/search.py): the dock's regular expression over its leaves' text and the search bar's
    Catalogue.search(themes=True) agree, theme titles included."""
    catalogue = parse_catalogue(SEARCH_DOCUMENT)
    pattern = filter_expression(query)
    in_dock = [e.id for e in catalogue.layers if pattern.match(catalogue.search_texts[e.id]).hasMatch()]
    assert in_dock == [e.id for e in catalogue.search(query, themes=True)]
    if query == "warmte":
        assert in_dock == ["net", "bron"]  # "Bronnen" is found through its theme's title


def test_xml_is_read_or_refused_on_every_qt():
    assert parsed_xml("<a><b/></a>").documentElement().tagName() == "a"
    assert parsed_xml(b"<ns:a xmlns:ns='urn:x'/>", namespaces=True).documentElement().localName() == "a"
    assert parsed_xml("not xml") is None


def test_a_boundary_extent_in_its_own_crs_and_in_another():
    square = Municipality("GM0344", "Utrecht", box(130000, 450000, 140000, 460000).wkb)
    extent = boundary_extent(square)
    assert (extent.xMinimum(), extent.yMaximum()) == (130000, 460000)
    degrees = boundary_extent(square, "EPSG:4326")
    assert 5.0 < degrees.xMinimum() < 5.3 and 52.0 < degrees.yMinimum() < 52.2
    assert transformed_wkt("Point (155000 463000)", "EPSG:4326").startswith("Point (5.387")
