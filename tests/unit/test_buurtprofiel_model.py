"""The buurtprofiel's statistics and privacy rules (model/buurtprofiel.py): no QGIS, no server."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dego_plugin.model.buurtprofiel import (
    CbsFigures,
    Pand,
    PrivacyRules,
    ProfileError,
    Profiles,
    chosen_codes,
    label_of,
    period_of,
    profile_preset,
    profile_sources,
    rounded,
)
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.model.presets import parse_presets

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("year, period", [
    (1900, "bouwjaar_voor_1946"), (1945, "bouwjaar_voor_1946"), (1946, "bouwjaar_1946_1964"),
    (1964, "bouwjaar_1946_1964"), (1965, "bouwjaar_1965_1974"), (1974, "bouwjaar_1965_1974"),
    (1975, "bouwjaar_1975_1991"), (1991, "bouwjaar_1975_1991"), (1992, "bouwjaar_1992_2005"),
    (2005, "bouwjaar_1992_2005"), (2006, "bouwjaar_2006_later"), ("2021", "bouwjaar_2006_later"),
    (0, None), (None, None), (-99997, None), ("", None), ("onbekend", None), (float("nan"), None), (9999, None)])
def test_pbl_building_periods(year, period):
    assert period_of(year) == period


@pytest.mark.parametrize("value, key", [
    ("1", "label_a"), ("7", "label_g"), ("4", "label_d"), ("A", "label_a"), ("A++++", "label_a"), ("c", "label_c"),
    ("", "label_geen"), (None, "label_geen"), ("8", "label_geen"), ("H", "label_geen"), ("AB", "label_geen")])
def test_energy_labels_as_dego_stores_them(value, key):
    assert label_of(value) == key


def test_the_threshold_is_never_below_ten_and_cbs_floors_apply_above_it():
    assert PrivacyRules(3).threshold == 10
    rules = PrivacyRules(10)
    assert (rules.floor("count"), rules.floor("building"), rules.floor("gas"), rules.floor("tenure"),
            rules.floor("income")) == (10, 20, 10, 20, 100)
    assert PrivacyRules(50).floor("building") == 50 and PrivacyRules(50).floor("income") == 100


def test_rounding_is_half_up_to_the_step():
    assert [rounded(v, 5) for v in (7.4, 7.5, 12, 13, 2917)] == [5, 10, 10, 15, 2915]
    assert rounded(1024.9, 50) == 1000 and rounded(1025, 50) == 1050 and rounded(12.5, 1) == 13


def buurt(profiles, code, count, label="3", year=1980, woningen=1, gas=1000, woningtype="tussenwoning"):
    for _ in range(count):
        profiles.add_pand(Pand(code, year, label, woningen, woningtype != "utiliteit", gas))


def test_figures_of_a_buurt_and_of_the_municipality_from_one_pass():
    profiles = Profiles()
    buurt(profiles, "BU1", 30, label="1", year=1930, woningen=2, gas=1800)
    buurt(profiles, "BU1", 10, label="", year=2010, woningen=1, gas=0, woningtype="utiliteit")
    buurt(profiles, "BU2", 12, label="7", year=1960)
    profiles.add_buurt("BU1", CbsFigures(koopwoningen=60, corporatiewoningen=30, huishoudens=150, laag_inkomen=40))
    profiles.add_buurt("BU2", CbsFigures(koopwoningen=20, corporatiewoningen=70, huishoudens=90, laag_inkomen=-99997))
    first = {key: figure.text for key, figure in profiles.figures("BU1").items()}
    assert first["gebouwen"] == "40" and first["woningen"] == "60"
    assert first["bouwjaar_voor_1946"] == "75%" and first["bouwjaar_2006_later"] == "25%"
    assert first["label_a"] == "75%" and first["label_geen"] == "25%" and first["label_g"] == "0%"
    assert first["gas_per_woning"] == "900"  # 30 × 1,800 m³ over 60 dwellings; the utility panden count for nothing
    assert (first["koopwoningen"], first["corporatiewoningen"], first["laag_inkomen"]) == ("60%", "30%", "40%")
    # BU2: 12 panden is enough for counts and gas, not for shares (CBS: 20); 90 households hide the low incomes.
    second = {key: figure.text for key, figure in profiles.figures("BU2").items()}
    assert second["gebouwen"] == "10" and second["gas_per_woning"] == "1.000"
    assert all(second[key] == "–" for key in second if key.startswith(("bouwjaar", "label")))
    assert second["koopwoningen"] == "–" and second["laag_inkomen"] == "–"
    municipal = {key: figure.text for key, figure in profiles.municipality_figures().items()}
    assert municipal["gebouwen"] == "50" and municipal["woningen"] == "70"
    assert municipal["label_g"] == "23%"  # 12 of 52
    # CBS shares weighted by the buurten's dwellings (tenure) or households (income); the secret one left out.
    assert municipal["koopwoningen"] == f"{round((60 * 60 + 20 * 12) / 72)}%"
    assert municipal["laag_inkomen"] == "40%"


def test_a_whole_group_of_shares_hides_together_so_none_follows_from_the_others():
    profiles = Profiles(PrivacyRules(10))
    buurt(profiles, "BU1", 19, label="1")
    buurt(profiles, "BU2", 25, label="2")
    hidden = profiles.figures("BU1")
    assert {hidden[k].text for k in hidden if k.startswith("label_")} == {"–"}
    assert {profiles.figures("BU2")[k].text for k in hidden if k.startswith("label_")} == {"100%", "0%"}


def test_missing_and_secret_values_are_told_apart():
    profiles = Profiles(gas=False)
    buurt(profiles, "BU1", 40)
    profiles.add_buurt("BU1", CbsFigures(koopwoningen=None, corporatiewoningen=-99999999, huishoudens=None,
                                         laag_inkomen=30))
    figures = profiles.figures("BU1")
    assert figures["gas_per_woning"].text == "n.b."  # the layer has no gas field
    assert figures["koopwoningen"].text == "n.b."  # not in the data
    assert figures["corporatiewoningen"].text == "–"  # CBS keeps it secret
    assert figures["laag_inkomen"].text == "–"  # no households to rest on
    assert Profiles().figures("BU9")["gebouwen"].text == "–"  # a buurt without panden


def test_a_single_large_building_never_shows_its_own_gas_use():
    """An apartment block of 40 homes is one pand: an average over it would be its consumption."""
    profiles = Profiles()
    buurt(profiles, "BU1", 1, woningen=40, gas=52000, woningtype="appartement")
    figures = profiles.figures("BU1")
    assert figures["woningen"].text == "40" and figures["gas_per_woning"].text == "–"


def catalogue(path: Path):
    return parse_catalogue(path.read_bytes())


def test_sources_follow_the_catalogue_or_its_conventions():
    bundled = catalogue(ROOT / "resources" / "catalogue.json")
    presets, _ = parse_presets(bundled)
    sources = profile_sources(bundled, presets)
    assert sources.panden.id == "energielabel-definitief"  # the pand layer with the keyword "energielabel"
    assert sources.buurten.id == "lage-inkomens-buurt"  # the bundled catalogue's buurtprofiel section
    assert sources.background == "brt-achtergrondkaart-grijs"  # that of the energielabel map
    assert sources.field_name("energielabel") == "elabel_definitief"
    preset = profile_preset(sources, "Buurtprofiel")
    assert preset.layer_ids() == ("energielabel-definitief", "lage-inkomens-buurt") and preset.names
    assert (preset.paper, preset.orientation) == ("A4", "portrait")

    document = json.loads((ROOT / "resources" / "catalogue.json").read_text(encoding="utf-8"))
    document["buurtprofiel"] = {"panden": "bouwjaar", "fields": {"bouwjaar": "bj", "nonsense": "x", "woningen": 3}}
    sources = profile_sources(parse_catalogue(json.dumps(document).encode()), presets)
    assert sources.panden.id == "bouwjaar" and sources.field_name("bouwjaar") == "bj"
    assert sources.field_name("woningen") == "pandcount_2020" and "nonsense" not in sources.fields
    document["layers"] = [e for e in document["layers"] if e.get("level") != "pand"]
    document["buurtprofiel"] = {}
    with pytest.raises(ProfileError) as raised:
        profile_sources(parse_catalogue(json.dumps(document).encode()), ())
    assert raised.value.code == "no_panden"


def test_buurtcodes_typed_in_processing():
    assert chosen_codes(" bu99010101, BU99010102 BU99010101 ") == ["BU99010101", "BU99010102"]
    assert chosen_codes("") == []


def test_maps_of_energy_use_per_pand_are_for_internal_use():
    bundled = catalogue(ROOT / "resources" / "catalogue.json")
    presets = {p.id: p for p in parse_presets(bundled)[0]}
    assert not presets["energielabels"].internal_use  # labels per pand are public (EP-online)
    assert not presets["gasverbruik"].internal_use  # the bundled gas map is per postcode-6, not per pand
    document = json.loads((ROOT / "resources" / "catalogue.json").read_text(encoding="utf-8"))
    document["presets"] = [{"id": "ean", "title": "EAN per pand", "layers": ["ean-gasaansluitingen-pand"]},
                           {"id": "ok", "title": "Toch publiek", "layers": ["ean-gasaansluitingen-pand"],
                            "internal_use": False}]
    marked = {p.id: p.internal_use for p in parse_presets(parse_catalogue(json.dumps(document).encode()))[0]}
    assert marked == {"ean": True, "ok": False}
