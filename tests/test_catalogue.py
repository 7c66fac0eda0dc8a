"""The catalogue parser: good entries load, bad ones are skipped with a reason, bad documents are refused."""
from __future__ import annotations

import copy
import json

import pytest

from dego_plugin.model.catalogue import CatalogueError, check_url, parse_catalogue, source_without_label
from dego_plugin.model.search import fold

GOOD = {
    "version": "1.0",
    "generated": "2026-11-01T00:00:00Z",
    "publisher": {"name": "VNG Realisatie - DEGO"},
    "themes": [{"id": "energie", "title": "Energieverbruik", "order": 20},
               {"id": "gebouw", "title": "Gebouwen", "order": 10}],
    "layers": [
        {"id": "elabel", "title": "Energielabel definitief", "theme": "gebouw",
         "abstract": "Definitief énergielabel per pand.", "keywords": ["EP-online"], "level": "pand",
         "min_scale": 25000, "municipality_attribute": "gemeentecode",
         "service": {"type": "wfs", "url": "https://maps.example.nl/energy", "typename": "nrg:Energie_gegevens"},
         "style": {"qml": "<qgis/>"}, "a_future_field": {"x": 1}},
        {"id": "brt", "title": "BRT grijs", "theme": "gebouw",
         "service": {"type": "wmts", "url": "https://service.example.nl/wmts", "layers": "grijs",
                     "tile_matrix_set": "EPSG:28992"}},
        {"id": "gas", "title": "Gasverbruik", "theme": "energie",
         "service": {"type": "oapif", "url": "https://api.example.nl/ogc", "collection": "panden"}},
        {"id": "vt", "title": "Panden (tegels)", "theme": "energie",
         "service": {"type": "vectortile", "url": "https://tiles.example.nl/{z}/{x}/{y}.pbf", "zmax": 16},
         "style": {"mapbox_gl_url": "https://tiles.example.nl/style.json"}},
        {"id": "hitte", "title": "Hitte", "theme": "energie",
         "service": {"type": "wms", "url": "https://wms.example.nl/wms", "layers": ["a", "b"]}},
    ],
}


def with_layers(*extra):
    document = copy.deepcopy(GOOD)
    document["layers"].extend(extra)
    return document


def test_valid_catalogue_parses_every_entry_and_sorts_themes():
    catalogue = parse_catalogue(json.dumps(GOOD).encode())
    assert [e.id for e in catalogue.layers] == ["elabel", "brt", "gas", "vt", "hitte"]
    assert [t.id for t in catalogue.themes] == ["gebouw", "energie"]
    assert catalogue.problems == ()
    assert catalogue.publisher == "VNG Realisatie - DEGO"
    elabel = catalogue.entry("elabel")
    assert elabel.service.typename == "nrg:Energie_gegevens"
    assert elabel.min_scale == 25000 and elabel.municipality_attribute == "gemeentecode"
    assert catalogue.entry("gas").service.typename == "panden"
    assert catalogue.entry("brt").service.layers == ("grijs",)
    assert catalogue.entry("vt").service.zmax == 16
    assert [e.id for e in catalogue.layers_in("energie")] == ["gas", "vt", "hitte"]


@pytest.mark.parametrize(
    "bad, code",
    [
        ({"id": "no-url", "title": "x", "theme": "gebouw", "service": {"type": "wfs", "typename": "a"}}, "missing_field"),
        ({"id": "kind", "title": "x", "theme": "gebouw", "service": {"type": "shapefile", "url": "https://a.nl"}},
         "unknown_type"),
        ({"id": "file", "title": "x", "theme": "gebouw",
          "service": {"type": "wms", "url": "file:///etc/passwd", "layers": "a"}}, "bad_url"),
        ({"id": "js", "title": "x", "theme": "gebouw",
          "service": {"type": "wms", "url": "javascript:alert(1)", "layers": "a"}}, "bad_url"),
        ({"id": "ftp", "title": "x", "theme": "gebouw",
          "service": {"type": "wms", "url": "ftp://a.nl/x", "layers": "a"}}, "bad_url"),
        ({"id": "relative", "title": "x", "theme": "gebouw",
          "service": {"type": "wms", "url": "/wms", "layers": "a"}}, "bad_url"),
        ({"id": "creds", "title": "x", "theme": "gebouw",
          "service": {"type": "wms", "url": "https://user:secret@a.nl/wms", "layers": "a"}}, "bad_url"),
        ({"id": "style-url", "title": "x", "theme": "gebouw",
          "service": {"type": "wfs", "url": "https://a.nl/wfs", "typename": "t"},
          "style": {"qml_url": "file:///tmp/x.qml"}}, "bad_url"),
        ({"id": "elabel", "title": "again", "theme": "gebouw",
          "service": {"type": "wfs", "url": "https://a.nl/wfs", "typename": "t"}}, "duplicate_id"),
        ({"id": "theme", "title": "x", "theme": "nope",
          "service": {"type": "wfs", "url": "https://a.nl/wfs", "typename": "t"}}, "unknown_theme"),
        ({"id": "scale", "title": "x", "theme": "gebouw", "min_scale": "big",
          "service": {"type": "wfs", "url": "https://a.nl/wfs", "typename": "t"}}, "bad_field"),
        ({"id": "tiles", "title": "x", "theme": "gebouw",
          "service": {"type": "vectortile", "url": "https://a.nl/tiles.json"}}, "bad_url"),
        ("not an object", "bad_entry"),
    ],
)
def test_bad_entry_is_skipped_with_a_reason_and_the_rest_loads(bad, code):
    catalogue = parse_catalogue(with_layers(bad))
    assert len(catalogue.layers) == 5
    assert [p.code for p in catalogue.problems] == [code]
    assert str(catalogue.problems[0]).startswith("layers[5]")


def test_issue_example_broken_entries_all_listed():
    bad = [
        {"id": "a", "title": "a", "theme": "gebouw", "service": {"type": "wfs", "typename": "t"}},
        {"id": "b", "title": "b", "theme": "gebouw", "service": {"type": "gopher", "url": "https://x.nl"}},
        {"id": "c", "title": "c", "theme": "gebouw", "service": {"type": "wms", "url": "file:///c", "layers": "x"}},
        {"id": "d", "title": "d", "theme": "gebouw", "service": {"type": "wms", "url": "javascript:x", "layers": "x"}},
        {"id": "gas", "title": "dup", "theme": "energie", "service": {"type": "wms", "url": "https://x.nl", "layers": "x"}},
    ]
    catalogue = parse_catalogue(with_layers(*bad))
    assert len(catalogue.layers) == 5
    reasons = [str(p) for p in catalogue.problems]
    assert len(reasons) == 5
    assert "has no 'url'" in reasons[0] and "gopher" in reasons[1]
    assert "file:///c" in reasons[2] and "http" in reasons[2]
    assert "javascript:x" in reasons[3]
    assert "'gas'" in reasons[4] and "earlier entry" in reasons[4]


@pytest.mark.parametrize(
    "document, code",
    [
        (b"<html>Service unavailable</html>", "not_json"),
        (b'{"version": "1.0", "layers": [', "not_json"),
        (b"\xff\xfe\x00garbage", "not_utf8"),
        (b"[1, 2]", "not_object"),
        ({"layers": []}, "no_version"),
        ({"version": "2.0", "layers": []}, "newer_version"),
        ({"version": "1.0"}, "no_layers"),
    ],
)
def test_unusable_document_is_refused_with_a_clear_code(document, code):
    with pytest.raises(CatalogueError) as raised:
        parse_catalogue(document)
    assert raised.value.code == code
    if code == "newer_version":
        assert "Update the DEGO plugin" in str(raised.value)


def test_minor_version_and_unknown_fields_are_accepted():
    document = copy.deepcopy(GOOD)
    document["version"] = "1.7"
    document["something_new"] = [1, 2, 3]
    assert len(parse_catalogue(document).layers) == 5


def test_allowed_hosts_refuse_other_hosts():
    catalogue = parse_catalogue(GOOD, allowed_hosts=["maps.example.nl", "api.example.nl"])
    assert [e.id for e in catalogue.layers] == ["elabel", "gas"]
    assert all(p.code == "bad_url" and "allowed hosts" in p.message for p in catalogue.problems)


def test_search_ignores_case_and_accents_and_needs_every_word():
    catalogue = parse_catalogue(GOOD)
    assert [e.id for e in catalogue.search("ENERGIE")] == ["elabel"]  # "énergielabel" in the abstract
    assert [e.id for e in catalogue.search("label ep-online")] == ["elabel"]
    assert catalogue.search("label gas") == ()
    assert fold("Énergie Ëindhoven") == "energie eindhoven"


def test_check_url():
    assert check_url("https://service.pdok.nl/wms") is None
    assert "user name" in check_url("https://a:b@x.nl/")
    assert check_url("HTTPS://X.NL/a") is None


def test_the_language_is_dutch_unless_the_catalogue_says_otherwise():
    assert parse_catalogue(json.dumps(GOOD)).language == "nl"
    assert parse_catalogue(json.dumps(dict(GOOD, language="EN"))).language == "en"
    assert parse_catalogue(json.dumps(dict(GOOD, language="English"))).language == "nl"  # not ISO 639-1


def test_a_source_without_its_own_label():
    assert source_without_label("Bron: RVO, EP-online; BAG") == "RVO, EP-online; BAG"
    assert source_without_label("source : CBS") == "CBS"
    assert source_without_label("© Kadaster") == "© Kadaster"
    assert source_without_label("Buurtgrenzen: CBS") == "Buurtgrenzen: CBS"  # another label: kept
    assert source_without_label("Bron:") == "Bron:"
