"""The warmteprogramma model (model/plan.py): Qt-free, no server. The schema file, the domain lists and the checks
agree; a re-run keeps what was decided; the Startanalyse codes map to the plan's alternatives."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.model.plan import (
    DECIDED,
    FIELD_NAMES,
    FIELDS,
    PERIODS,
    STATUSES,
    STRATEGIES,
    Buurt,
    PlanError,
    PlanMetadata,
    check_record,
    check_records,
    geojson_document,
    is_plan,
    merge_plan,
    new_record,
    plan_sources,
    records_from_geojson,
    suggestion_for,
)
from dego_plugin.model.presets import parse_presets

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources" / "warmteprogramma.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())  # dates checked
BUNDLED = json.loads((ROOT / "resources" / "catalogue.json").read_text(encoding="utf-8"))


def good_record(**changes):
    record = new_record(Buurt("BU0363AD07", "Oostelijk Havengebied"), "GM0363", 2024)
    record.update(strategie="warmtenet_lt", gewijzigd="2026-03-01", toelichting="<b>niet</b> vet")
    record.update(changes)
    return record


def test_the_shipped_json_schema_lists_exactly_the_model_values():
    buurt = SCHEMA["$defs"]["buurt"]
    assert buurt["required"] == list(FIELD_NAMES) and list(buurt["properties"]) == list(FIELD_NAMES)
    for name, choices in (("strategie", STRATEGIES), ("periode", PERIODS), ("status", STATUSES)):
        assert buurt["properties"][name]["enum"] == [c.code for c in choices]
        for choice in choices:  # the schema documents each code with its Dutch label
            assert f"{choice.code} = {choice.label}" in buurt["properties"][name]["description"]
    assert buurt["properties"]["suggestie"]["enum"] == [c.code for c in STRATEGIES] + [None]


def test_a_document_of_good_records_validates_and_reads_back_exactly():
    metadata = PlanMetadata("GM0363", "Amsterdam", "2026-12-01", "CC BY 4.0", 2024)
    square = {"type": "Polygon", "coordinates": [[[4.9, 52.3], [4.91, 52.3], [4.91, 52.31], [4.9, 52.3]]]}
    records = [good_record(), good_record(buurtcode="BU0363AD08", startbuurt=True, suggestie="warmtenet_mt_ht")]
    document = json.loads(json.dumps(geojson_document(metadata, [(r, square) for r in records])))
    VALIDATOR.validate(document)
    assert check_records(records) == []
    read, read_metadata = records_from_geojson(document)
    assert read == records and read_metadata == metadata


@pytest.mark.parametrize("changes, field, code", [
    ({"strategie": "zonnewarmte"}, "strategie", "not_in_list"),
    ({"periode": "2050"}, "periode", "not_in_list"),
    ({"startbuurt": "ja"}, "startbuurt", "wrong_type"),
    ({"gewijzigd": "1-3-2026"}, "gewijzigd", "bad_date"),
    ({"gewijzigd": "2026-02-30"}, "gewijzigd", "bad_date"),
    ({"buurtcode": "0363AD07"}, "buurtcode", "bad_code"),
    ({"status": None}, "status", "missing"),
    ({"cbs_jaar": "2024"}, "cbs_jaar", "wrong_type"),
])
def test_a_value_outside_the_schema_is_a_finding_and_the_schema_agrees(changes, field, code):
    record = good_record(**changes)
    findings = check_record(record)
    assert [(f.field, f.code, f.value) for f in findings] == [(field, code, changes[field])]
    feature = {"type": "Feature", "properties": record, "geometry": None}
    document = {"type": "FeatureCollection", "features": [feature],
                "warmteprogramma": PlanMetadata("GM0363", versie="2026-12-01").as_dict()}
    errors = list(VALIDATOR.iter_errors(document))
    assert errors, "the shipped JSON Schema must refuse it too"


def test_a_repeated_buurtcode_is_a_finding():
    findings = check_records([good_record(), good_record()])
    assert [(f.buurtcode, f.code) for f in findings] == [("BU0363AD07", "duplicate")]


@pytest.mark.parametrize("value, expected", [
    ("'s1a'", "individueel_elektrisch"), ("s2b", "warmtenet_mt_ht"), ("S3", "warmtenet_lt"),
    ("'s4a'", "individueel_hybride"), ("s5", "individueel_hybride"), ("warmtenet_lt", "warmtenet_lt"),
    ("", None), (None, None), ("geen doorrekening", None), ("s9", None), ("s12", None),
])
def test_startanalyse_strategies_become_the_plans_alternatives(value, expected):
    assert suggestion_for(value) == expected


def test_a_rerun_keeps_every_buurt_and_reports_renamed_new_and_gone():
    existing = {"BU00010001": "Centrum", "BU00010002": "Oost", "BU00010003": "West"}
    fresh = [Buurt("BU00010001", "Centrum"), Buurt("BU00010002", "Oosterpark"), Buurt("BU00010004", "West-Noord"),
             Buurt("BU00010005", "West-Zuid")]
    merge = merge_plan(existing, fresh)
    assert [b.code for b in merge.updated] == ["BU00010001", "BU00010002"]
    assert merge.renamed == [("BU00010002", "Oost", "Oosterpark")]
    assert [b.code for b in merge.added] == ["BU00010004", "BU00010005"]  # West was split: both new
    assert merge.gone == [("BU00010003", "West")]  # reported, and kept by the caller


def test_a_new_buurt_gets_the_defaults_and_no_decision_beyond_them():
    record = new_record(Buurt("BU00010004", "West-Noord", suggestie="warmtenet_lt"), "GM0001", 2024)
    assert record == {"buurtcode": "BU00010004", "buurtnaam": "West-Noord", "gemeentecode": "GM0001",
                      "cbs_jaar": 2024, "strategie": "nog_geen_voorkeur", "periode": "nog_te_bepalen",
                      "status": "verkenning", "startbuurt": False, "toelichting": None, "besluit": None,
                      "gewijzigd": None, "suggestie": "warmtenet_lt"}
    assert set(DECIDED) == {"strategie", "periode", "status", "startbuurt", "toelichting", "besluit", "gewijzigd"}


def test_a_file_that_is_not_a_plan_is_refused_with_a_code():
    for document in ({"type": "Feature"}, [], {"type": "FeatureCollection", "features": []},
                     {"type": "FeatureCollection", "features": [{"properties": {"naam": "x"}}]}):
        with pytest.raises(PlanError) as raised:
            records_from_geojson(document)
        assert raised.value.code == "not_a_plan"
    assert is_plan(["buurtcode", "strategie"]) == ["periode"]


def test_the_bundled_catalogue_declares_the_cbs_buurten_and_no_startanalyse_service():
    catalogue = parse_catalogue(BUNDLED)
    sources = plan_sources(catalogue)
    assert sources.buurten.id == "buurtgrenzen-2022" and sources.cbs_jaar == 2022
    assert sources.suggestie is None  # PBL publishes the Startanalyse as a download only
    presets, problems = parse_presets(catalogue)
    assert problems == () and {p.id for p in presets if p.uses_plan} == {"wat", "wanneer"}


def test_without_a_section_the_first_buurt_layer_is_used_and_without_one_there_is_no_plan():
    document = json.loads(json.dumps(BUNDLED))
    del document["warmteprogramma"]
    first = next(e for e in parse_catalogue(document).layers if e.level == "buurt" and e.service.type.is_vector)
    assert plan_sources(parse_catalogue(document)).buurten == first
    document["layers"] = [e for e in document["layers"] if e.get("level") != "buurt"]
    with pytest.raises(PlanError) as raised:
        plan_sources(parse_catalogue(document))
    assert raised.value.code == "no_buurten"


def test_a_preset_of_the_plan_needs_one_of_its_named_styles():
    document = json.loads(json.dumps(BUNDLED))
    document["presets"] = [{"id": "a", "title": "A", "layers": [{"id": "warmteprogramma", "style": "Wat"}]},
                           {"id": "b", "title": "B", "layers": ["warmteprogramma"]},
                           {"id": "c", "title": "C", "layers": [{"id": "warmteprogramma", "style": "Kleur"}]}]
    presets, problems = parse_presets(parse_catalogue(document))
    assert [p.id for p in presets] == ["a"] and presets[0].layers[0].print_id == "warmteprogramma/Wat"
    assert [p.code for p in problems] == ["bad_field", "bad_field"]


def test_every_field_has_a_dutch_label_and_a_kind():
    assert all(f.label and f.kind in ("string", "integer", "boolean", "date") for f in FIELDS)
