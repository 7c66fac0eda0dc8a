"""The warmteprogramma layer: a GeoPackage with one feature per CBS buurt of a municipality (model/plan.py).

Making it fetches the catalogue's buurten (clipped to the municipality like any DEGO layer: only its buurten cross
the wire) and, when the catalogue offers one, its strategy layer per buurt; each buurt's geometry is cut to the
municipal border. A new file is written whole (to a temporary name, then renamed); an existing plan is updated in
place: names, geometries, CBS year and suggestion follow the catalogue, every value the municipality entered stays,
new buurten are added with the defaults, and buurten the catalogue no longer has are kept and reported.

Everything here except `configure_plan_layer` and `plan_layer_for` is blocking (network, disk): a worker's job.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsMapLayer,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

from ..i18n import tr
from ..model.municipality import BOUNDARY_CRS, Municipality, repaired
from ..model.plan import (
    DATE,
    FIELDS,
    LAYER_NAME,
    SUGGESTIE,
    WANNEER,
    WAT,
    Buurt,
    Merge,
    PlanError,
    PlanMetadata,
    PlanSources,
    is_plan,
    merge_plan,
    new_record,
    suggestion_for,
)
from ..toolbelt.vector import MULTIPOLYGON, new_field
from ..toolbelt.geometry import transform
from .clip import ClipRecipe, clip_layer, clipped_source
from .loader import LayerBuildError, layer_error
from .plan_style import add_named_styles, configure_form

PLAN_PROPERTY = "dego/plan"  # on a plan layer: the code of its municipality
WATER_ATTRIBUTE = "water"  # CBS marks buurt polygons that are water with JA
Record = Dict[str, Any]


@dataclass
class PlanOutcome:
    """What making or updating a plan did, for the message to the user."""

    path: str
    created: bool
    merge: Merge
    total: int  # buurten of the municipality now
    suggestions: int = 0  # buurten with a suggestion from the strategy layer
    warnings: List[str] = field(default_factory=list)  # user texts
    layer: Optional[QgsVectorLayer] = None  # a new layer for the project (moved to the GUI thread)


def plan_uri(path: str) -> str:
    return f"{path}|layername={LAYER_NAME}"


def default_plan_path(folder: str, municipality: Municipality) -> str:
    return os.path.join(folder, f"warmteprogramma-{municipality.code}.gpkg")


def plan_layer_for(project: QgsProject, code: str) -> Optional[QgsVectorLayer]:
    """The project's plan layer of municipality `code` (the first, if the user added it twice)."""
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.customProperty(PLAN_PROPERTY, "") == code:
            return layer
    return None


def no_plan_text(municipality: Municipality) -> str:
    return tr("this project has no warmteprogramma of {0}: make it with “Warmteprogramma” on the DEGO toolbar "
              "first").format(municipality.name)


def plan_path(layer: QgsMapLayer) -> str:
    """The GeoPackage a plan layer reads."""
    return layer.source().split("|", 1)[0]


def open_plan(path: str, name: str = LAYER_NAME) -> QgsVectorLayer:
    """Blocking (disk): the plan table of a GeoPackage. The file's own default style is not loaded (a style in a
    file from elsewhere can carry code); raises PlanError when the file is not a plan."""
    if not os.path.isfile(path):
        raise PlanError("not_found", f"{path} does not exist")
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    layer = QgsVectorLayer(plan_uri(path), name, "ogr", options)
    if not layer.isValid():
        raise PlanError("not_a_plan", f"{path} has no table '{LAYER_NAME}'")
    missing = is_plan(layer.fields().names())
    if missing:
        raise PlanError("not_a_plan", f"{path}: the table lacks the fields {', '.join(missing)}")
    return layer


def configure_plan_layer(layer: QgsVectorLayer, municipality: Municipality, with_suggestion: bool) -> None:
    """The form, the named styles (a user's own changes to them are kept), labels, metadata and the plan marker."""
    layer.setCustomProperty(PLAN_PROPERTY, municipality.code)
    configure_form(layer)
    add_named_styles(layer, (WAT, WANNEER, SUGGESTIE) if with_suggestion else (WAT, WANNEER))
    metadata = layer.metadata()
    metadata.setTitle(tr("Warmteprogramma {0}").format(municipality.name))
    metadata.setIdentifier(f"{LAYER_NAME}-{municipality.code}")
    metadata.setAbstract(tr("Per CBS buurt: the heat alternative (what) and the period (when) of the municipality's "
                            "warmteprogramma. A concept until the council decides."))
    layer.setMetadata(metadata)


# ------------------------------------------------------------------------------------------- values and fields

def plan_fields() -> QgsFields:
    fields = QgsFields()
    for spec in FIELDS:
        fields.append(new_field(spec.name, spec.kind))
    return fields


def plain(value: Any) -> Any:
    """A QGIS attribute as a plain Python value: NULL → None, QDate → 'YYYY-MM-DD'."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    return value


def stored(value: Any, kind: str) -> Any:
    """A plain value as the field stores it (a date field takes a QDate; a bad date cannot be stored: None)."""
    if value is None:
        return None
    if kind == DATE and isinstance(value, str):
        date = QDate.fromString(value, Qt.DateFormat.ISODate)
        return date if date.isValid() else None
    return value


def feature_records(layer: QgsVectorLayer) -> List[Tuple[int, Record, QgsGeometry]]:
    """Blocking (disk): (fid, record of plain values, geometry) of every feature, in buurtcode order."""
    names = layer.fields().names()
    rows = [(f.id(), {n: plain(f[n]) for n in names}, QgsGeometry(f.geometry())) for f in layer.getFeatures()]
    return sorted(rows, key=lambda row: str(row[1].get("buurtcode") or ""))


def write_plan_file(path: str, rows: Iterable[Tuple[Mapping[str, Any], QgsGeometry]], metadata: PlanMetadata) -> None:
    """Blocking (disk): a plan GeoPackage at `path` (replaced when it exists), written under a temporary name first
    so a failure leaves nothing half-written. The metadata goes into the table's description and GDAL metadata."""
    folder, name = os.path.split(os.path.abspath(path))
    temporary = os.path.join(folder, f".{name}.{uuid.uuid4().hex[:8]}.part.gpkg")
    try:
        _write_gpkg(temporary, rows, metadata)
        _set_gpkg_metadata(temporary, metadata)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def _write_gpkg(path: str, rows, metadata: PlanMetadata) -> None:
    fields = plan_fields()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = LAYER_NAME
    options.fileEncoding = "UTF-8"
    options.layerOptions = [f"DESCRIPTION={metadata.description()}"]
    writer = QgsVectorFileWriter.create(path, fields, MULTIPOLYGON,
                                        QgsCoordinateReferenceSystem(BOUNDARY_CRS), QgsCoordinateTransformContext(),
                                        options)
    try:
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise PlanError("write_failed", writer.errorMessage())
        for record, geometry in rows:
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([stored(record.get(spec.name), spec.kind) for spec in FIELDS])
            if not writer.addFeature(feature):
                raise PlanError("write_failed", writer.errorMessage())
    finally:
        del writer  # flushes and closes the file


def _set_gpkg_metadata(path: str, metadata: PlanMetadata) -> None:
    from osgeo import ogr  # GDAL's bindings ship with every QGIS

    dataset = ogr.Open(path, 1)
    if dataset is None:
        raise PlanError("write_failed", f"{path} cannot be opened to write its metadata")
    table = dataset.GetLayerByName(LAYER_NAME)
    for key, value in metadata.as_dict().items():
        table.SetMetadataItem(key, "" if value is None else str(value))
    dataset = None  # noqa: F841 (closes and writes)


def gpkg_metadata(path: str) -> Dict[str, str]:
    """The metadata items of a plan GeoPackage's table ({} when it has none)."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    table = dataset.GetLayerByName(LAYER_NAME) if dataset is not None else None
    return dict(table.GetMetadata() or {}) if table is not None else {}


# ---------------------------------------------------------------------------------------- making and updating

def make_or_update_plan(path: str, municipality: Municipality, sources: PlanSources,
                        is_cancelled: Callable[[], bool] = lambda: False) -> PlanOutcome:
    """Blocking (network, disk), for a worker: fetch the buurten (and suggestions), then write a new plan or update
    the existing one. Raises PlanError (nothing written) or LayerBuildError (the buurten could not be fetched)."""
    buurten = fetch_buurten(sources, municipality, is_cancelled)
    if not buurten:
        raise PlanError("no_buurten_here", f"the buurten layer has no buurten of {municipality.code}")
    warnings: List[str] = []
    suggestions: Optional[Dict[str, Optional[str]]] = None
    if sources.suggestie is not None:
        suggestions = fetch_suggestions(sources, municipality, warnings)
        buurten = [replace(b, suggestie=suggestions.get(b.code)) for b in buurten] if suggestions is not None \
            else buurten
    if is_cancelled():
        raise PlanError("cancelled", "cancelled")
    metadata = PlanMetadata(municipality.code, municipality.name, cbs_jaar=sources.cbs_jaar)
    created = not os.path.exists(path)
    if created:
        rows = [(new_record(b, municipality.code, sources.cbs_jaar), _geometry(b)) for b in buurten]
        write_plan_file(path, rows, metadata)
        merge = Merge(added=list(buurten))
    else:
        merge = update_plan(open_plan(path), buurten, municipality, sources.cbs_jaar, suggestions is not None)
    count = sum(1 for b in buurten if b.suggestie)
    return PlanOutcome(path, created, merge, len(buurten), count, warnings)


def _geometry(buurt: Buurt) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(buurt.wkb)
    return geometry


def update_plan(layer: QgsVectorLayer, buurten: Sequence[Buurt], municipality: Municipality,
                cbs_jaar: Optional[int], with_suggestions: bool) -> Merge:
    """Blocking (disk): bring an existing plan in line with `buurten`, keeping every decided value."""
    provider = layer.dataProvider()
    rows = feature_records(layer)
    others = {r.get("gemeentecode") for _, r, _ in rows} - {None, "", municipality.code}
    if others:
        raise PlanError("other_municipality", f"the plan is of {', '.join(sorted(others))}")
    fids = {r["buurtcode"]: fid for fid, r, _ in rows if r.get("buurtcode")}
    merge = merge_plan({r["buurtcode"]: r.get("buurtnaam") for _, r, _ in rows if r.get("buurtcode")}, buurten)
    index = layer.fields().indexOf
    changes, geometries = {}, {}
    for buurt in merge.updated:
        values = {index("buurtnaam"): buurt.name, index("cbs_jaar"): cbs_jaar, index("gemeentecode"): municipality.code}
        if with_suggestions:
            values[index("suggestie")] = buurt.suggestie
        changes[fids[buurt.code]] = values
        geometries[fids[buurt.code]] = _geometry(buurt)
    fields = layer.fields()
    added = []
    for buurt in merge.added:
        feature = QgsFeature(fields)
        record = new_record(buurt, municipality.code, cbs_jaar)
        feature.setAttributes([stored(record.get(name), _kind(name)) for name in fields.names()])
        feature.setGeometry(_geometry(buurt))
        added.append(feature)
    ok = provider.changeAttributeValues(changes) and provider.changeGeometryValues(geometries)
    if not ok or (added and not provider.addFeatures(added)[0]):
        raise PlanError("write_failed", "; ".join(provider.errors()) or "the plan could not be updated")
    return merge


def _kind(name: str) -> str:
    return next((spec.kind for spec in FIELDS if spec.name == name), "")


def _source_layer(entry, municipality: Municipality) -> QgsVectorLayer:
    """Blocking (network): a catalogue vector layer filtered to the municipality, as the loader clips it, but not
    styled: only its features are read (and a style swapped in a worker can deadlock against Python's lock)."""
    source = clipped_source(entry, municipality)
    layer = QgsVectorLayer(source.uri, entry.title, source.provider)
    if not layer.isValid():
        raise LayerBuildError(layer_error(layer))
    ClipRecipe.from_entry(entry).remember(layer)
    clip_layer(layer, municipality)
    return layer


def fetch_buurten(sources: PlanSources, municipality: Municipality,
                  is_cancelled: Callable[[], bool] = lambda: False) -> List[Buurt]:
    """Blocking (network): the municipality's buurten, in buurtcode order, each cut to the municipal border. A buurt
    belongs to the municipality when a point inside it lies inside the border (a neighbour's buurt that a spatial
    filter brings along only touches it); water buurten are left out; parts of one buurtcode are joined."""
    from shapely import wkb as shapely_wkb  # shapely loads numpy: imported when a plan is made
    from shapely.prepared import prep

    layer = _source_layer(sources.buurten, municipality)
    names = layer.fields().names()
    if sources.code_attribute not in names:
        raise PlanError("no_buurtcode", f"the buurten layer has no field '{sources.code_attribute}'")
    border = municipality.boundary()
    inside = prep(border)
    to_rd = transform(layer.crs(), BOUNDARY_CRS) if layer.crs().authid() != BOUNDARY_CRS else None
    parts: Dict[str, Tuple[str, list]] = {}
    for feature in layer.getFeatures():
        if is_cancelled():
            raise PlanError("cancelled", "cancelled")
        code = str(plain(feature[sources.code_attribute]) or "").strip()
        if not code or (WATER_ATTRIBUTE in names and str(plain(feature[WATER_ATTRIBUTE])).upper() == "JA"):
            continue
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        if to_rd is not None:
            geometry.transform(to_rd)
        shape = repaired(shapely_wkb.loads(bytes(geometry.asWkb())))
        if shape.is_empty or not inside.contains(shape.representative_point()):
            continue
        name = str(plain(feature[sources.name_attribute]) or "") if sources.name_attribute in names else ""
        parts.setdefault(code, (name, []))[1].append(shape.intersection(border))
    return [Buurt(code, name, _multipolygon_wkb(pieces)) for code, (name, pieces) in sorted(parts.items())]


def _multipolygon_wkb(pieces: list) -> bytes:
    """The areal parts of the pieces as one MultiPolygon (WKB): a cut can leave stray lines or points."""
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.ops import unary_union

    joined = repaired(unary_union(pieces))
    polygons = [p for p in getattr(joined, "geoms", [joined]) if isinstance(p, Polygon) and not p.is_empty]
    return MultiPolygon(polygons).wkb


def fetch_suggestions(sources: PlanSources, municipality: Municipality, warnings: List[str]
                      ) -> Optional[Dict[str, Optional[str]]]:
    """Blocking (network): buurtcode → the plan's alternative suggested by the strategy layer; None (and a warning)
    when the layer cannot be read: the plan is then made without new suggestions."""
    entry = sources.suggestie
    try:
        layer = _source_layer(entry, municipality)
        names = layer.fields().names()
        if sources.code_attribute not in names or sources.suggestie_attribute not in names:
            raise PlanError("no_field", f"needs the fields {sources.code_attribute} and {sources.suggestie_attribute}")
        code, value = sources.code_attribute, sources.suggestie_attribute
        return {str(plain(f[code]) or "").strip(): suggestion_for(plain(f[value])) for f in layer.getFeatures()}
    except Exception as error:  # a failing suggestion never stops the plan itself
        warnings.append(tr("the suggestions of “{0}” could not be read ({1}); the plan is made without new "
                           "suggestions").format(entry.title, error))
        return None

