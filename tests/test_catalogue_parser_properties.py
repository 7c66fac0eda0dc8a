"""Property-based tests of the catalogue parser (hypothesis): thousands of generated documents, from random
bytes to near-valid catalogues with hostile values. The parser either returns a Catalogue or raises
CatalogueError, never anything else; every entry it accepts is valid; every entry it drops has a Problem."""
from __future__ import annotations

import json
import math

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from dego_plugin.model.catalogue import (
    LEVELS,
    SERVICE_TYPES,
    Catalogue,
    CatalogueError,
    check_url,
    parse_catalogue,
)

FAST = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUICK = settings(max_examples=500, deadline=None)

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)

hosts = st.sampled_from(["service.example.nl", "tiles.example.nl", "127.0.0.1", "[::1]", "", "xn--bcher-kva.example",
                         "evil.example"])
urls = st.one_of(
    st.builds(lambda scheme, user, host, path: f"{scheme}{user}{host}{path}",
              st.sampled_from(["https://", "http://", "HTTPS://", "file://", "ftp://", "javascript:", "data:",
                               "//", "", "http:/", "hTTp://"]),
              st.sampled_from(["", "user@", "user:pass@", ":@", "a%40b:c@"]),
              hosts,
              st.sampled_from(["", "/", "/wms", "/{z}/{x}/{y}.pbf", "/wms?x=1#frag", ":8080/a", ":99999/x", " /x",
                               "/\u00e9\u0000"])),
    st.text(max_size=30),
)


wrong = scalars | st.lists(scalars, max_size=2) | st.dictionaries(st.text(max_size=3), scalars, max_size=2)


def mostly(common, rare, odds=3):
    """`common` `odds` times as often as `rare` (st.one_of flattens nested one_ofs, which skews plain weights)."""
    return st.integers(0, odds).flatmap(lambda i: rare if i == 0 else common)


numbers = st.integers(-2, 30) | st.floats() | st.sampled_from([math.inf, -math.inf, math.nan, 10 ** 400, 1e308])
hostile = st.one_of(urls, urls, numbers, wrong, st.text(max_size=12), st.just("<script>alert(1)</script>"),
                    st.sampled_from(SERVICE_TYPES + LEVELS + ("gebouw", "warmte", "onbekend", "GM0000", "0")),
                    st.just(None))  # None: the field is removed

VALID_SERVICES = [
    {"type": "wms", "url": "https://service.example.nl/wms", "layers": ["a"]},
    {"type": "wmts", "url": "https://service.example.nl/wmts", "layers": "a", "tile_matrix_set": "EPSG:28992"},
    {"type": "wfs", "url": "https://service.example.nl/wfs", "typename": "x:y"},
    {"type": "oapif", "url": "https://service.example.nl/ogc", "collection": "y"},
    {"type": "vectortile", "url": "https://tiles.example.nl/{z}/{x}/{y}.pbf", "zmin": 2, "zmax": 12},
]
LAYER_KEYS = ["id", "title", "theme", "service", "style", "abstract", "keywords", "level", "min_scale", "max_scale",
              "municipality_code_format", "municipality_attribute"]
SERVICE_KEYS = ["type", "url", "layers", "typename", "collection", "tile_matrix_set", "zmin", "zmax", "authcfg"]
STYLE_KEYS = ["qml", "qml_url", "mapbox_gl_url", "server_styles"]


def _patched(base, changes):
    merged = dict(base)
    merged.update(changes)
    return {k: v for k, v in merged.items() if v is not None}


def _changes(keys):
    """Usually nothing, else one field set to a hostile value (or removed)."""
    return mostly(st.just({}), st.dictionaries(st.sampled_from(keys), hostile, max_size=1))


@st.composite
def layers(draw):
    """A valid entry with a field or three replaced by hostile values (or removed)."""
    service = _patched(draw(st.sampled_from(VALID_SERVICES)), draw(_changes(SERVICE_KEYS)))
    style = _patched({}, draw(_changes(STYLE_KEYS)))
    base = {"id": draw(st.sampled_from(["a", "b", "c", "d", " a "])), "title": draw(st.text(min_size=1, max_size=12)),
            "theme": draw(st.sampled_from(["gebouw", "warmte"])), "service": service}
    if style:
        base["style"] = style
    return _patched(base, draw(_changes(LAYER_KEYS)))


theme = st.builds(lambda theme_id, title, order: _patched({"id": theme_id, "title": title}, {"order": order}),
                  st.sampled_from(["gebouw", "warmte", "", " gebouw ", "onbekend"]) | wrong,
                  st.text(max_size=8) | wrong, numbers | st.just(None))
VALID_THEMES = [{"id": "gebouw", "title": "Gebouwen"}, {"id": "warmte", "title": "Warmte", "order": 2}]
themes = st.builds(lambda extra: VALID_THEMES + extra, st.lists(theme, max_size=2))
documents = st.builds(
    lambda version, theme_list, layer_list, extra: _patched(
        {"version": version, "themes": theme_list, "layers": layer_list}, extra),
    st.sampled_from(["1.0"] * 8 + ["1", "1.7.3", "2.0", "0.9", "", "v1", "1.0\n"]),
    mostly(themes, wrong, odds=6),
    st.lists(mostly(layers(), wrong, odds=6), max_size=5),
    _changes(["generated", "publisher", "presets", "boundaries", "themes"]),
)


def _parse_or_refuse(document, allowed=()):
    try:
        result = parse_catalogue(document, allowed)
    except CatalogueError as error:
        assert error.code  # a stable code, for the translated message
        return None
    assert isinstance(result, Catalogue)
    return result


def _assert_valid(catalogue: Catalogue, raw_layers, allowed=()):
    theme_ids = {t.id for t in catalogue.themes}
    assert len({e.id for e in catalogue.layers}) == len(catalogue.layers)
    for entry in catalogue.layers:
        assert entry.id and entry.title and entry.id == entry.id.strip() and entry.title == entry.title.strip()
        assert entry.theme in theme_ids
        service = entry.service
        assert service.type in SERVICE_TYPES
        assert check_url(service.url, allowed) is None
        assert service.url.lower().startswith(("http://", "https://"))
        for style_url in (entry.style.qml_url, entry.style.mapbox_gl_url):
            assert not style_url or check_url(style_url, allowed) is None
        assert 0 <= service.zmin <= service.zmax
        assert all(math.isfinite(v) and v >= 0 for v in (entry.min_scale, entry.max_scale))
        if service.type in ("wms", "wmts"):
            assert service.layers
        if service.type in ("wfs", "oapif"):
            assert service.typename
        if service.type == "vectortile":
            assert all(p in service.url for p in ("{z}", "{x}", "{y}"))
        assert entry.municipality_code_format in ("", "GM0000", "0000", "0")  # "": not given
    # every entry is either shown or listed as skipped, with a code the dock translates
    layer_problems = [p for p in catalogue.problems if p.where.startswith("layers[")]
    assert len(catalogue.layers) + len(layer_problems) == len(raw_layers)
    assert all(p.code for p in catalogue.problems)


@FAST
@given(documents, st.sampled_from([(), ("service.example.nl",), ("tiles.example.nl", "service.example.nl")]))
def test_near_valid_documents_parse_to_valid_entries_or_a_clear_refusal(document, allowed):
    raw = json.dumps(document).encode("utf-8")  # as it comes off the wire (NaN and Infinity included)
    catalogue = _parse_or_refuse(raw, allowed)
    if catalogue is not None:
        _assert_valid(catalogue, document["layers"], allowed)
        event(f"accepted entries: {min(len(catalogue.layers), 2)}, skipped: {min(len(catalogue.problems), 2)}")
    else:
        event("refused")


@QUICK
@given(json_values)
def test_any_json_value_is_parsed_or_refused(value):
    catalogue = _parse_or_refuse(json.dumps(value))
    if catalogue is not None:
        _assert_valid(catalogue, value["layers"])


@QUICK
@given(st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_are_parsed_or_refused(raw):
    _parse_or_refuse(raw)


def test_a_deeply_nested_document_is_refused_not_a_crash():
    assert _parse_or_refuse(b"[" * 100_000 + b"]" * 100_000) is None
    assert _parse_or_refuse(b'{"version": "1.0", "layers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}") is None
