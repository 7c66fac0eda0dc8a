"""The bundled catalogue (resources/catalogue.json): valid, complete, and styled exactly like DEGO-2023-08."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from qgis.core import (
    Qgis,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.tools import build_bundled_catalogue as build
from dego_plugin.tools.qml_styles import load_qml, number

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_PATH = ROOT / "resources" / "catalogue.json"
SCHEMA = json.loads((ROOT / "resources" / "catalogue.schema.json").read_text(encoding="utf-8"))
DOCUMENT = json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
WFS_ENTRIES = [e for e in DOCUMENT["layers"] if e["service"]["type"] == "wfs"]

# Independent transcription of dego-2023-08-layers.md for the spot checks (not taken from the builder).
ELABEL_REFERENCE = [("1", "A", (0, 147, 66)), ("2", "B", (27, 169, 67)), ("3", "C", (158, 207, 27)),
                    ("4", "D", (248, 245, 28)), ("5", "E", (244, 176, 3)), ("6", "F", (223, 109, 20)),
                    ("7", "G", (219, 38, 29)), ("", "Onbekend", (224, 224, 224))]
BOUWJAAR_REFERENCE = [(1000, 1900, (68, 1, 84)), (1900, 1930, (68, 58, 130)), (1930, 1945, (49, 104, 142)),
                      (1945, 1960, (33, 144, 141)), (1960, 1990, (53, 183, 121)), (1990, 1998, (143, 215, 68)),
                      (1998, 2023, (253, 231, 37))]

# Each styled entry: renderer kind, classified field or expression, the builder's class table.
EXPECTED_STYLES = {
    "bouwjaar": ("graduated", "bouwjaar", build.BOUWJAAR),
    "bouwjaar-categorie": ("graduated", "bouwjaar", build.BOUWJAAR_CATEGORIE),
    "energielabel-definitief": ("categorized", "elabel_definitief", build.ELABEL),
    "energielabel-voorlopig": ("categorized", "elabel_voorlopig", build.ELABEL),
    "woz-waarde-buurt": ("graduated", "woningwaarde_gemiddeld", build.WOZ),
    "woningcorporatie-buurt": ("graduated", "woningcorporatie_woningen_percentage",
                               build.percent(build.WONINGCORPORATIE)),
    "koopwoningen-buurt": ("graduated", "koopwoningen_percentage", build.percent(build.KOOPWONINGEN)),
    "gasverbruik-2020": ("graduated", "gasm3_2020", build.GAS_M3),
    "gasverbruik-per-m2-2020": ("graduated", "gasm3_per_m2", build.GAS_PER_M2),
    "gasverbruik-per-m3-2020": ("graduated", "gasm3_per_m3", build.GAS_PER_M3),
    "elektriciteitsverbruik-2020": ("graduated", "kwh_2020", build.KWH),
    "levering-elektriciteitsnet-2020": ("graduated", "kwh_leveringsrichting_2020", build.percent(build.LEVERING)),
    "gasaansluitingen-pc6-2020": ("graduated", "gas_aansluitingen_2020", build.GAS_AANSLUITINGEN),
    "ean-gasaansluitingen-pand": ("rules", None, build.EAN_COUNT),
    "ean-gasaansluiting-ja-nee": ("rules", None, build.EAN_YES_NO),
    "vermoedelijk-kookgas": ("rules", None, build.KOOKGAS),
    "hoge-inkomens-buurt": ("graduated", "hogerinkomen_percentage_huishouden", build.percent(build.HOGE_INKOMENS)),
    "lage-inkomens-buurt": ("graduated", "lagerinkomen_percentage_huishouden", build.percent(build.LAGE_INKOMENS)),
}
for _kind, _tables in (("gasverbruik", (build.GAS_WONINGTYPE, build.GAS_HUURKOOP)),
                       ("elektriciteitsverbruik", (build.ELEK_WONINGTYPE, build.ELEK_HUURKOOP))):
    for _slug in ("appartement", "tussenwoning", "hoekwoning", "twee-onder-een-kap", "vrijstaand"):
        EXPECTED_STYLES[f"{_kind}-{_slug}-2018"] = ("graduated", None, _tables[0])
    for _slug in ("huurwoning", "koopwoning", "totaal"):
        EXPECTED_STYLES[f"{_kind}-{_slug}-2018"] = ("graduated", None, _tables[1])
del EXPECTED_STYLES["gasverbruik-totaal-2018"]  # CBS has a total for electricity only


def entry(layer_id: str) -> dict:
    return next(e for e in DOCUMENT["layers"] if e["id"] == layer_id)


def rgb(symbol) -> tuple:
    return symbol.color().getRgb()[:3]


def styled(layer_id: str):
    layer, error = load_qml(entry(layer_id)["style"]["qml"], "polygon")
    assert error is None, f"{layer_id}: {error}"
    return layer.renderer().clone()  # a copy Python owns: the layer (and its renderer) dies with this frame


def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(SCHEMA)


def test_bundled_catalogue_validates_against_the_schema():
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(SCHEMA).iter_errors(DOCUMENT)]
    assert errors == []


def test_bundled_catalogue_parses_without_problems_and_every_theme_has_layers():
    catalogue = parse_catalogue(CATALOGUE_PATH.read_bytes())
    assert catalogue.problems == ()
    assert len(catalogue.layers) == len(DOCUMENT["layers"])
    assert catalogue.version == "1.0" and catalogue.publisher == "VNG Realisatie – DEGO"
    assert [t.id for t in catalogue.themes][:3] == ["gebouw", "energie", "sociaal"]
    for theme in catalogue.themes:
        assert catalogue.layers_in(theme.id), f"theme {theme.id} has no layers"
    assert catalogue.boundaries["typename"] == "bestuurlijkegebieden:Gemeentegebied"
    for layer in catalogue.layers:
        assert layer.abstract and layer.source and layer.keywords and layer.level, layer.id
        assert layer.id == layer.id.lower() and " " not in layer.id, layer.id
        assert "Wateroverlat" not in layer.title and "kleinverbuik" not in layer.title
    assert catalogue.search("ep-online")[0].id == "energielabel-definitief"


def test_pand_layers_are_not_requested_zoomed_out():
    for e in WFS_ENTRIES:
        if e["service"]["typename"] == "nrg:Energie_gegevens":
            assert e["min_scale"] == build.PAND_MIN_SCALE == 25000, e["id"]
            assert e["municipality_attribute"] == "gemeentecode"


def test_every_layer_clipped_by_attribute_says_how_it_spells_municipality_codes():
    """As the catalogue builder recommends: BAG's four digits for DEGO's panden, CBS's GM0344 for buurten."""
    spelled = {e["service"]["typename"]: e.get("municipality_code_format") for e in WFS_ENTRIES
               if e.get("municipality_attribute")}
    assert None not in spelled.values()
    assert spelled["nrg:Energie_gegevens"] == "0000" and spelled["cbs:Buurt_gegevens"] == "GM0000"
    assert spelled["wijkenbuurten:buurten"] == "GM0000" and spelled["bestuurlijkegebieden:Gemeentegebied"] == "0000"


def test_every_wfs_style_loads_on_a_polygon_layer_and_is_refused_by_a_point_layer():
    assert len(WFS_ENTRIES) == len(EXPECTED_STYLES) + 3  # plus the three boundary layers
    for e in WFS_ENTRIES:
        qml = e["style"]["qml"]
        assert load_qml(qml, "polygon")[1] is None, e["id"]
        assert load_qml(qml, "point")[1] is not None, e["id"]  # the QML says which geometry it is for


@pytest.mark.parametrize("layer_id", sorted(EXPECTED_STYLES))
def test_renderer_has_exactly_the_reference_classes(layer_id):
    kind, field, table = EXPECTED_STYLES[layer_id]
    renderer = styled(layer_id)
    if kind == "categorized":
        assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == field
        assert [(c.value(), c.label(), rgb(c.symbol())) for c in renderer.categories()] == list(table)
    elif kind == "graduated":
        assert renderer.type() == "graduatedSymbol"
        if field:
            assert renderer.classAttribute() == field
        ranges = renderer.ranges()
        assert [rgb(r.symbol()) for r in ranges] == [row[2] for row in table]
        bounds = [v for r in ranges for v in (r.lowerValue(), r.upperValue())]
        assert bounds == pytest.approx([v for row in table for v in row[:2]])
        labels = [row[3] if len(row) > 3 else f"{number(row[0])} – {number(row[1])}" for row in table]
        assert [r.label() for r in ranges] == labels
    else:
        rules = renderer.rootRule().children()
        assert renderer.type() == "RuleRenderer"
        assert [(r.label(), r.filterExpression(), rgb(r.symbol())) for r in rules] == list(table)


def test_energielabel_and_bouwjaar_match_the_2023_project():
    categories = styled("energielabel-definitief").categories()
    assert [(c.value(), c.label(), rgb(c.symbol())) for c in categories] == ELABEL_REFERENCE
    ranges = styled("bouwjaar").ranges()
    assert [(r.lowerValue(), r.upperValue(), rgb(r.symbol())) for r in ranges] == BOUWJAAR_REFERENCE
    assert [r.label() for r in ranges][:2] == ["t/m 1900", "1901 – 1930"]


def test_pand_polygons_have_a_thin_darker_outline():
    for category in styled("energielabel-definitief").categories():
        fill = category.symbol().symbolLayer(0)
        assert fill.strokeWidth() == pytest.approx(0.1)
        assert fill.strokeColor().lightness() < fill.color().lightness()


def test_boundary_layers_are_outline_only():
    for layer_id, colour in (("gemeentegrenzen", (135, 137, 146)), ("buurtgrenzen-2022", (33, 33, 33)),
                             ("wijkgrenzen-2022", (80, 80, 80))):
        renderer = styled(layer_id)  # keep it alive while its symbol is used
        fill = renderer.symbol().symbolLayer(0)
        assert fill.brushStyle() == 0  # Qt.NoBrush
        assert fill.strokeColor().getRgb()[:3] == colour


def _classify(qml: str, field: str, field_type: str, value):
    """The symbol colour QGIS would draw a feature with `field` = `value` in (None: not drawn)."""
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992&field={field}:{field_type}", "t", "memory")
    document = QDomDocument()
    document.setContent(qml)
    assert layer.importNamedStyle(document)[0]
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    feature = QgsFeature(layer.fields())
    feature.setAttribute(0, value)
    context.expressionContext().setFeature(feature)
    symbol = renderer.symbolForFeature(feature, context)
    renderer.stopRender(context)
    return rgb(symbol) if symbol else None


def test_cbs_2018_negative_sentinels_get_no_class():
    qml = entry("gasverbruik-appartement-2018")["style"]["qml"]
    field = "gemiddeldGasverbruikAppartement"
    assert styled("gasverbruik-appartement-2018").classAttribute() == f'CASE WHEN "{field}" >= 0 THEN "{field}" END'
    assert _classify(qml, field, "double", -99999997.0) is None
    assert _classify(qml, field, "double", 1000.0) == (248, 167, 79)


def test_energielabel_without_label_is_onbekend_grey():
    qml = entry("energielabel-definitief")["style"]["qml"]
    assert _classify(qml, "elabel_definitief", "string", "3") == (158, 207, 27)
    assert _classify(qml, "elabel_definitief", "string", None) == (224, 224, 224)


BAD_DOCUMENTS = {
    "missing layers": lambda d: d.pop("layers"),
    "missing version": lambda d: d.pop("version"),
    "version 2": lambda d: d.update(version="2.0"),
    "unknown service type": lambda d: d["layers"][0]["service"].update(type="shapefile"),
    "file url": lambda d: d["layers"][0]["service"].update(url="file:///tmp/energy.gpkg"),
    "relative url": lambda d: d["layers"][0]["service"].update(url="maps/energy"),
    "url with credentials": lambda d: d["layers"][0]["service"].update(url="https://user:secret@maps.example.nl/"),
    "layer without service": lambda d: d["layers"][0].pop("service"),
    "layer without id": lambda d: d["layers"][0].pop("id"),
    "wfs without typename": lambda d: d["layers"][0]["service"].pop("typename"),
    "wmts without tile matrix set": lambda d: next(
        e for e in d["layers"] if e["service"]["type"] == "wmts")["service"].pop("tile_matrix_set"),
    "qml on a wms layer": lambda d: next(
        e for e in d["layers"] if e["service"]["type"] == "wms").update(style={"qml": "<qgis/>"}),
    "min_scale negative": lambda d: d["layers"][0].update(min_scale=-1),
    "keywords not a list": lambda d: d["layers"][0].update(keywords="label"),
    "unknown code format": lambda d: d["layers"][0].update(municipality_code_format="GM-0000"),
    "presets not a list": lambda d: d.update(presets={}),
}


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_schema_rejects_a_bad_document(name):
    document = copy.deepcopy(DOCUMENT)
    BAD_DOCUMENTS[name](document)
    assert list(Draft202012Validator(SCHEMA).iter_errors(document)), name


def test_schema_allows_unknown_fields():
    document = copy.deepcopy(DOCUMENT)
    document["a_future_field"] = 1
    document["layers"][0]["a_future_field"] = {"x": 1}
    document["layers"][0]["service"]["a_future_field"] = "x"
    assert not list(Draft202012Validator(SCHEMA).iter_errors(document))


def _built_with_this_qgis() -> bool:
    return f'version="{Qgis.QGIS_VERSION}"' in WFS_ENTRIES[0]["style"]["qml"]


@pytest.mark.skipif(not _built_with_this_qgis(), reason="the committed QML was written by another QGIS version")
def test_build_script_reproduces_the_committed_json(tmp_path):
    assert build.render(build.build_catalogue()) == CATALOGUE_PATH.read_text(encoding="utf-8")
    # The documented command line, as a script (its own imports, its own QGIS), gives the same bytes.
    out = tmp_path / "catalogue.json"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_bundled_catalogue.py"), "-o", str(out)],
                   check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == CATALOGUE_PATH.read_bytes()


def test_the_example_in_the_format_documentation_is_valid():
    text = (ROOT / "docs" / "catalogue.md").read_text(encoding="utf-8")
    example = json.loads(text.split("## Example", 1)[1].split("```json", 1)[1].split("```", 1)[0])
    assert not list(Draft202012Validator(SCHEMA).iter_errors(example))
    assert parse_catalogue(example).problems == ()


def test_qml_styles_round_trip_for_lines_points_and_no_outline():
    from dego_plugin.tools import qml_styles

    for geometry in ("line", "point"):
        layer, error = load_qml(qml_styles.single((10, 20, 30), geometry), geometry)
        assert error is None and rgb(layer.renderer().symbol()) == (10, 20, 30)
    qml = qml_styles.categorized("soort", [("a", "A", (1, 2, 3)), ("b", "B", (4, 5, 6))], outline=None)
    layer, error = load_qml(qml)
    categories = layer.renderer().categories()
    assert error is None and [(c.value(), c.label(), rgb(c.symbol())) for c in categories] == [
        ("a", "A", (1, 2, 3)), ("b", "B", (4, 5, 6))]
    assert all(c.symbol().symbolLayer(0).strokeStyle() == 0 for c in categories)  # Qt.NoPen
    assert qml_styles.categorized("soort", [("a", "A", (1, 2, 3))]) == qml_styles.categorized(
        "soort", [("a", "A", (1, 2, 3))])  # reproducible text
