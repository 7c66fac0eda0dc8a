"""The warmteprogramma per buurt: what a municipality decides for each CBS buurt (what replaces natural gas, and
when). Schema, domain lists, validation, merging a re-run, the suggestion of the PBL Startanalyse, and the open-data
document. No Qt, no network.

One schema for every municipality (docs/warmteprogramma-schema.md, resources/warmteprogramma.schema.json): the
values are stable codes (`warmtenet_mt_ht`), the forms and maps show their Dutch labels. A buurt is its `buurtcode`
*and* the CBS year of its boundaries (`cbs_jaar`): CBS redraws buurten every year.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from .catalogue import Catalogue, LayerEntry
from .errors import CodedError

SCHEMA_NAME = "dego-warmteprogramma"
SCHEMA_VERSION = "1.0"
LAYER_NAME = "warmteprogramma"  # the GeoPackage table, and the reserved layer id of presets (model/presets.py)
METADATA_MEMBER = "warmteprogramma"  # the GeoJSON foreign member that carries the metadata
DEFAULT_LICENCE = "CC BY 4.0"
BUURTCODE = re.compile(r"^BU[0-9]{4}[0-9A-Za-z]{4}$")  # Amsterdam's wijk and buurt parts are alphanumeric
GEMEENTECODE = re.compile(r"^GM[0-9]{4}$")
ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
STRING, INTEGER, BOOLEAN, DATE = "string", "integer", "boolean", "date"
# The plan layer's named styles (layers/plan_style.py); presets name one for their map.
WAT, WANNEER, SUGGESTIE = "Wat", "Wanneer", "Suggestie startanalyse"
STYLE_NAMES = (WAT, WANNEER, SUGGESTIE)
# The name of the plan's print layer per style: the heading of a map's legend.
STYLE_TITLES = {WAT: "Warmtealternatief", WANNEER: "Van het aardgas af", SUGGESTIE: "Suggestie startanalyse"}


class PlanError(CodedError):
    """A plan cannot be made, opened or read; `code` says why (the GUI translates it)."""


@dataclass(frozen=True)
class Choice:
    code: str  # stored in the data
    label: str  # shown in forms, legends and maps (Dutch: the warmteprogramma's own words)
    colour: str = ""  # '#rrggbb' of its class in the maps


# The alternatives of a warmteprogramma; the four colours are those of the PBL Startanalyse viewer (S1 elektrische
# warmtepomp, S2 MT-warmtenet, S3 LT-warmtenet, S4 hybride warmtepomp met klimaatneutraal gas), so the plan and
# the suggestion read alike; "nog geen voorkeur" takes PBL's colour for "no clear cheapest strategy".
STRATEGIES = (
    Choice("individueel_elektrisch", "Individueel elektrisch (warmtepomp)", "#2688ae"),
    Choice("individueel_hybride", "Individueel hybride / hernieuwbaar gas", "#3d5c3c"),
    Choice("warmtenet_mt_ht", "Warmtenet midden-/hoge temperatuur", "#c83e28"),
    Choice("warmtenet_lt", "Warmtenet lage temperatuur", "#9d0064"),
    Choice("nog_geen_voorkeur", "Nog geen voorkeur", "#fffdd0"),
)
# Earlier is darker (ColorBrewer Blues); "nog te bepalen" grey.
PERIODS = (
    Choice("voor_2030", "Vóór 2030", "#08519c"),
    Choice("2030_2035", "2030–2035", "#4292c6"),
    Choice("2035_2040", "2035–2040", "#9ecae1"),
    Choice("na_2040", "Na 2040", "#deebf7"),
    Choice("nog_te_bepalen", "Nog te bepalen", "#bdbdbd"),
)
STATUSES = (
    Choice("verkenning", "Verkenning"),
    Choice("wijkuitvoeringsplan", "Wijkuitvoeringsplan"),
    Choice("in_uitvoering", "In uitvoering"),
    Choice("aardgasvrij", "Aardgasvrij"),
)
# PBL Startanalyse strategy (s1..s5, variants s1a, s2b, ...) → the plan's alternative. S5 (hernieuwbaar gas with a
# HR-ketel, older editions only) is individual and gas-based like S4.
_STARTANALYSE = {"1": "individueel_elektrisch", "2": "warmtenet_mt_ht", "3": "warmtenet_lt",
                 "4": "individueel_hybride", "5": "individueel_hybride"}
_STRATEGY_CODE = re.compile(r"^s([1-5])[a-z]?$")


@dataclass(frozen=True)
class PlanField:
    name: str
    kind: str  # STRING, INTEGER, BOOLEAN or DATE
    label: str  # the form's alias (Dutch)
    choices: Tuple[Choice, ...] = ()
    required: bool = False  # the schema requires a value
    decided: bool = False  # the municipality's own value: kept on a re-run, carried by an import
    default: Any = None  # the value of a new buurt


FIELDS = (
    PlanField("buurtcode", STRING, "Buurtcode", required=True),
    PlanField("buurtnaam", STRING, "Buurt"),
    PlanField("gemeentecode", STRING, "Gemeentecode", required=True),
    PlanField("cbs_jaar", INTEGER, "CBS-jaar buurtgrenzen", required=True),
    PlanField("strategie", STRING, "Warmtealternatief (wat)", STRATEGIES, True, True, "nog_geen_voorkeur"),
    PlanField("periode", STRING, "Periode (wanneer)", PERIODS, True, True, "nog_te_bepalen"),
    PlanField("status", STRING, "Status", STATUSES, True, True, "verkenning"),
    PlanField("startbuurt", BOOLEAN, "Startbuurt", required=True, decided=True, default=False),
    PlanField("toelichting", STRING, "Toelichting", decided=True),
    PlanField("besluit", STRING, "Besluit (raadsbesluit of kenmerk)", decided=True),
    PlanField("gewijzigd", DATE, "Gewijzigd", decided=True),
    PlanField("suggestie", STRING, "Suggestie startanalyse (laagste nationale kosten)", STRATEGIES),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)
DECIDED = tuple(f.name for f in FIELDS if f.decided)
# The fields a file must have to be read as a plan (the rest may be missing in an older or foreign file).
ESSENTIAL = ("buurtcode", "strategie", "periode")


def suggestion_for(value: Any) -> Optional[str]:
    """The plan's alternative for a Startanalyse strategy as stored ('s2b', "'s1a'" with PBL's literal quotes, 'S4');
    a plan code is taken as it is; None for an empty value or 'geen doorrekening'."""
    text = str(value if value is not None else "").strip().strip("'\"").strip().lower()
    if text in {c.code for c in STRATEGIES}:
        return text
    match = _STRATEGY_CODE.match(text)
    return _STARTANALYSE[match.group(1)] if match else None


def is_plan(field_names: Iterable[str]) -> List[str]:
    """The essential fields missing from a table's fields ([] when it can be read as a plan)."""
    names = set(field_names)
    return [name for name in ESSENTIAL if name not in names]


# ------------------------------------------------------------------------------------ where the buurten come from

@dataclass(frozen=True)
class PlanSources:
    """What the catalogue offers a plan: its buurten (one feature per CBS buurt), their CBS year, and optionally a
    strategy layer per buurt whose value becomes the read-only `suggestie`."""

    buurten: LayerEntry
    cbs_jaar: Optional[int] = None
    code_attribute: str = "buurtcode"
    name_attribute: str = "buurtnaam"
    suggestie: Optional[LayerEntry] = None
    suggestie_attribute: str = ""


def plan_sources(catalogue: Catalogue) -> PlanSources:
    """The catalogue's `warmteprogramma` section (docs/catalogue.md); without one, its first WFS / OGC API Features
    entry of level "buurt". Raises PlanError("no_buurten") when it has none."""
    section = catalogue.warmteprogramma if isinstance(catalogue.warmteprogramma, Mapping) else {}
    buurten = _vector_entry(catalogue, section.get("buurten"))
    if buurten is None:
        buurten = next((e for e in catalogue.layers if e.level == "buurt" and e.service.type.is_vector), None)
    if buurten is None:
        raise PlanError("no_buurten", "the catalogue has no buurten layer (WFS or OGC API Features, level buurt)")
    suggestion = section.get("suggestie") if isinstance(section.get("suggestie"), Mapping) else {}
    suggestie = _vector_entry(catalogue, suggestion.get("layer"))
    attribute = _text(suggestion.get("attribute"))
    return PlanSources(
        buurten=buurten,
        cbs_jaar=_year(section.get("cbs_jaar")) or _year(buurten.data_date[:4]),
        code_attribute=_text(section.get("code_attribute")) or "buurtcode",
        name_attribute=_text(section.get("name_attribute")) or "buurtnaam",
        suggestie=suggestie if attribute else None,
        suggestie_attribute=attribute if suggestie is not None else "",
    )


def _vector_entry(catalogue: Catalogue, layer_id: Any) -> Optional[LayerEntry]:
    entry = catalogue.entry(layer_id) if isinstance(layer_id, str) else None
    return entry if entry is not None and entry.service.type.is_vector else None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _year(value: Any) -> Optional[int]:
    try:
        year = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2200 else None


# ------------------------------------------------------------------------------------------------ validation

@dataclass(frozen=True)
class Finding:
    """One value that does not follow the schema. `code` is stable (the report translates it)."""

    buurtcode: str
    field: str
    value: Any
    code: str  # not_in_list, missing, wrong_type, bad_date, bad_code, duplicate


def check_record(record: Mapping[str, Any]) -> List[Finding]:
    """What in one buurt's values does not follow the schema (missing fields count as missing values)."""
    code = record.get("buurtcode")
    where = str(code) if code is not None else ""
    found = []
    for spec in FIELDS:
        problem = _check_value(spec, record.get(spec.name))
        if problem:
            found.append(Finding(where, spec.name, record.get(spec.name), problem))
    return found


def _check_value(spec: PlanField, value: Any) -> str:
    if value is None or value == "":
        return "missing" if spec.required else ""
    if spec.kind == BOOLEAN:
        return "" if isinstance(value, bool) else "wrong_type"
    if spec.kind == INTEGER:
        return "" if isinstance(value, int) and not isinstance(value, bool) else "wrong_type"
    if not isinstance(value, str):
        return "wrong_type"
    if spec.kind == DATE:
        return "" if _is_date(value) else "bad_date"
    if spec.choices and value not in {c.code for c in spec.choices}:
        return "not_in_list"
    if spec.name == "buurtcode" and not BUURTCODE.match(value):
        return "bad_code"
    if spec.name == "gemeentecode" and not GEMEENTECODE.match(value):
        return "bad_code"
    return ""


def _is_date(text: str) -> bool:
    if not ISO_DATE.match(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def check_records(records: Iterable[Mapping[str, Any]]) -> List[Finding]:
    """Every finding of every record, and buurtcodes that occur more than once."""
    found: List[Finding] = []
    seen = set()
    for record in records:
        found.extend(check_record(record))
        code = record.get("buurtcode")
        if code in seen:
            found.append(Finding(str(code), "buurtcode", code, "duplicate"))
        elif code is not None:
            seen.add(code)
    return found


# ----------------------------------------------------------------------------------------- merging a re-run

@dataclass(frozen=True)
class Buurt:
    """A buurt as the catalogue gives it: code, name, geometry (WKB, EPSG:28992, clipped to the municipality)."""

    code: str
    name: str
    wkb: bytes = field(default=b"", repr=False)
    suggestie: Optional[str] = None


@dataclass
class Merge:
    """What a re-run changes in an existing plan: nothing the municipality decided is touched or removed."""

    added: List[Buurt] = field(default_factory=list)  # new buurten (e.g. after a split): the defaults
    updated: List[Buurt] = field(default_factory=list)  # buurten in both: name, geometry, CBS year, suggestion
    renamed: List[Tuple[str, str, str]] = field(default_factory=list)  # (code, old name, new name)
    gone: List[Tuple[str, str]] = field(default_factory=list)  # (code, name) no longer among the buurten: kept


def merge_plan(existing: Mapping[str, str], fresh: Sequence[Buurt]) -> Merge:
    """`existing`: buurtcode → buurtnaam of the plan as it is; `fresh`: the buurten as the catalogue gives them now."""
    merge = Merge()
    codes = set()
    for buurt in fresh:
        codes.add(buurt.code)
        if buurt.code not in existing:
            merge.added.append(buurt)
            continue
        merge.updated.append(buurt)
        old = existing[buurt.code] or ""
        if old != buurt.name:
            merge.renamed.append((buurt.code, old, buurt.name))
    merge.gone = sorted((code, name or "") for code, name in existing.items() if code not in codes)
    return merge


def new_record(buurt: Buurt, gemeentecode: str, cbs_jaar: Optional[int]) -> Dict[str, Any]:
    """The values of a buurt new to the plan: its identity, the defaults, the suggestion."""
    record = {spec.name: spec.default for spec in FIELDS}
    record.update(buurtcode=buurt.code, buurtnaam=buurt.name, gemeentecode=gemeentecode, cbs_jaar=cbs_jaar,
                  suggestie=buurt.suggestie)
    return record


# ------------------------------------------------------------------------------------------ open data document

@dataclass(frozen=True)
class PlanMetadata:
    gemeentecode: str
    gemeentenaam: str = ""
    versie: str = ""  # the plan's version date, YYYY-MM-DD
    licentie: str = DEFAULT_LICENCE
    cbs_jaar: Optional[int] = None
    schema: str = f"{SCHEMA_NAME}/{SCHEMA_VERSION}"

    def as_dict(self) -> Dict[str, Any]:
        return {"schema": self.schema, "gemeentecode": self.gemeentecode, "gemeentenaam": self.gemeentenaam,
                "versie": self.versie, "licentie": self.licentie, "cbs_jaar": self.cbs_jaar}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "PlanMetadata":
        return cls(gemeentecode=_text(data.get("gemeentecode")), gemeentenaam=_text(data.get("gemeentenaam")),
                   versie=_text(data.get("versie")), licentie=_text(data.get("licentie")),
                   cbs_jaar=_year(data.get("cbs_jaar")), schema=_text(data.get("schema")))

    def description(self) -> str:
        """One line for the GeoPackage's table description."""
        return (f"Warmteprogramma {self.gemeentenaam} ({self.gemeentecode}), versie {self.versie}, "
                f"licentie {self.licentie}, schema {self.schema}").replace("  ", " ")


def record_values(record: Mapping[str, Any]) -> Dict[str, Any]:
    """A record with exactly the schema's fields, in schema order (missing ones null)."""
    return {name: record.get(name) for name in FIELD_NAMES}


def geojson_document(metadata: PlanMetadata, features: Iterable[Tuple[Mapping[str, Any], Optional[Mapping]]]
                     ) -> Dict[str, Any]:
    """The open-data GeoJSON (RFC 7946, WGS 84): (record, geometry object) per buurt; the metadata as a foreign
    member."""
    return {
        "type": "FeatureCollection",
        "name": LAYER_NAME,
        METADATA_MEMBER: metadata.as_dict(),
        "features": [{"type": "Feature", "id": record.get("buurtcode"), "properties": record_values(record),
                      "geometry": geometry} for record, geometry in features],
    }


def records_from_geojson(document: Any) -> Tuple[List[Dict[str, Any]], PlanMetadata]:
    """(records, metadata) of a GeoJSON plan. Raises PlanError("not_a_plan") for anything else."""
    if not isinstance(document, Mapping) or document.get("type") != "FeatureCollection" or \
            not isinstance(document.get("features"), list):
        raise PlanError("not_a_plan", "the file is not a GeoJSON FeatureCollection")
    records = []
    names = set()
    for feature in document["features"]:
        properties = feature.get("properties") if isinstance(feature, Mapping) else None
        if not isinstance(properties, Mapping):
            raise PlanError("not_a_plan", "a feature has no properties")
        names.update(properties)
        records.append(dict(properties))
    missing = is_plan(names) if records else list(ESSENTIAL)
    if missing:
        raise PlanError("not_a_plan", f"the features lack the fields {', '.join(missing)}")
    member = document.get(METADATA_MEMBER)
    return records, PlanMetadata.from_dict(member if isinstance(member, Mapping) else {})
