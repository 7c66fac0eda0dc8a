"""Sharing a warmteprogramma "the same way as everyone": export as open data (a GeoPackage and an RFC 7946 GeoJSON,
docs/warmteprogramma-schema.md) and import such a file into a plan layer.

An import matches buurten by buurtcode and carries the municipality's decided values (model/plan.py DECIDED); values
outside the lists are kept as they are and reported, never dropped silently. A value the field cannot hold (a date
that is not a date) is not stored and reported. `read_plan_file` and `export_plan` are blocking (disk): a worker's
job; `import_values` changes a layer and runs on the thread that owns it.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Dict, List, Mapping

from qgis.core import QgsVectorLayer

from ..model.municipality import BOUNDARY_CRS
from ..model.plan import (
    DECIDED,
    FIELDS,
    LAYER_NAME,
    Finding,
    PlanError,
    PlanMetadata,
    check_records,
    geojson_document,
    records_from_geojson,
)
from ..service.cache import write_atomic
from ..toolbelt.geometry import transform
from .plan_layer import feature_records, gpkg_metadata, open_plan, plain, stored, write_plan_file

GEOJSON_CRS = "EPSG:4326"  # RFC 7946: longitude, latitude in WGS 84
GEOJSON_DECIMALS = 7  # about a centimetre
GEOJSON_SUFFIXES = (".geojson", ".json")


@dataclass
class PlanFile:
    records: List[Dict[str, Any]]
    metadata: PlanMetadata
    findings: List[Finding] = field(default_factory=list)  # what does not follow the schema


@dataclass
class ExportedPlan:
    gpkg: str
    geojson: str
    count: int
    findings: List[Finding] = field(default_factory=list)


@dataclass
class ImportOutcome:
    matched: int = 0  # buurten of the plan that got the file's values
    not_in_plan: List[str] = field(default_factory=list)  # buurtcodes of the file the plan lacks
    not_in_file: List[str] = field(default_factory=list)  # buurtcodes of the plan the file lacks (left as they were)
    not_stored: List[Finding] = field(default_factory=list)  # values the layer's fields cannot hold
    findings: List[Finding] = field(default_factory=list)  # the file's values outside the schema (kept)


def export_names(folder: str, metadata: PlanMetadata) -> Dict[str, str]:
    stem = f"{LAYER_NAME}-{metadata.gemeentecode}-{metadata.versie}"
    return {"gpkg": os.path.join(folder, stem + ".gpkg"), "geojson": os.path.join(folder, stem + ".geojson")}


def export_plan(source: str, folder: str, metadata: PlanMetadata) -> ExportedPlan:
    """Blocking (disk): the plan GeoPackage `source` as open data in `folder`, a GeoPackage and a GeoJSON named after
    the municipality and the version date. Values outside the schema are exported as they are and reported."""
    rows = [(record, geometry) for _, record, geometry in feature_records(open_plan(source))]
    records = [record for record, _ in rows]
    if metadata.cbs_jaar is None:  # the year most buurten carry
        years = [r["cbs_jaar"] for r in records if isinstance(r.get("cbs_jaar"), int)]
        metadata = replace(metadata, cbs_jaar=max(set(years), key=years.count) if years else None)
    names = export_names(folder, metadata)
    os.makedirs(folder, exist_ok=True)
    write_plan_file(names["gpkg"], rows, metadata)
    to_wgs84 = transform(BOUNDARY_CRS, GEOJSON_CRS)
    features = []
    for record, geometry in rows:
        shape = None
        if not geometry.isEmpty():
            geometry.transform(to_wgs84)
            shape = json.loads(geometry.asJson(GEOJSON_DECIMALS))
        features.append((record, shape))
    document = geojson_document(metadata, features)
    write_atomic(Path(names["geojson"]), json.dumps(document, ensure_ascii=False).encode("utf-8"))
    return ExportedPlan(names["gpkg"], names["geojson"], len(records), check_records(records))


def read_plan_file(path: str) -> PlanFile:
    """Blocking (disk): the records and metadata of a plan GeoPackage or GeoJSON, with what does not follow the
    schema. Raises PlanError("not_a_plan") for a file that is not a plan, ("unreadable") for one that cannot be read."""
    if path.lower().endswith(GEOJSON_SUFFIXES):
        try:
            with open(path, encoding="utf-8") as stream:
                document = json.load(stream)
        except (OSError, UnicodeDecodeError) as error:
            raise PlanError("unreadable", str(error)) from None
        except ValueError as error:
            raise PlanError("not_a_plan", f"not JSON ({error})") from None
        records, metadata = records_from_geojson(document)
    else:
        layer = open_plan(path)
        records = [record for _, record, _ in feature_records(layer)]
        metadata = PlanMetadata.from_dict(gpkg_metadata(path))
    return PlanFile(records, metadata, check_records(records))


def import_values(layer: QgsVectorLayer, plan_file: PlanFile, commit: bool = False) -> ImportOutcome:
    """Put the file's decided values into the plan layer's edit buffer, matched by buurtcode (undoable; default
    values such as `gewijzigd` are not re-applied: the file's own date stays). With `commit`, saved at once. Runs on
    the thread that owns the layer; the layer must not hold other unsaved edits."""
    outcome = ImportOutcome(findings=list(plan_file.findings))
    by_code: Dict[str, Mapping[str, Any]] = {}
    for record in plan_file.records:
        code = record.get("buurtcode")
        if isinstance(code, str) and code and code not in by_code:
            by_code[code] = record
    kinds = {spec.name: spec.kind for spec in FIELDS}
    indexes = {name: layer.fields().indexOf(name) for name in DECIDED if layer.fields().indexOf(name) >= 0}
    plan_codes = set()
    if not layer.isEditable() and not layer.startEditing():
        raise PlanError("read_only", f"{layer.source()} cannot be edited")
    for feature in layer.getFeatures():
        code = plain(feature["buurtcode"])
        plan_codes.add(code)
        record = by_code.get(code)
        if record is None:
            outcome.not_in_file.append(str(code))
            continue
        values = {}
        for name, index in indexes.items():
            if name not in record:
                continue
            value = stored(record[name], kinds[name])
            if record[name] is not None and (value is None or not _fits(value, kinds[name])):
                outcome.not_stored.append(Finding(str(code), name, record[name], "not_stored"))
                continue
            values[index] = value
        layer.changeAttributeValues(feature.id(), values, {}, True)
        outcome.matched += 1
    outcome.not_in_plan = sorted(set(by_code) - plan_codes)
    outcome.not_in_file.sort()
    if commit and not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise PlanError("write_failed", errors or "the import could not be saved")
    return outcome


def _fits(value: Any, kind: str) -> bool:
    """Can a field of `kind` hold this plain value (a text 'ja' cannot be a boolean, 1.5 no integer)?"""
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    return True

