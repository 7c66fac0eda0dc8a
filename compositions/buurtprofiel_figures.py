"""The buurtprofielen's figures on QGIS's side: the print layers read once each, the figures written to a GeoPackage.

On the GUI thread `take_input` takes a feature source of the panden and the buurten print layers (the snapshot
through which QGIS's own render jobs read a layer from another thread: the features the layer has, from its cache).
In a worker `make_profile_file` reads the buurten once (name, border, CBS figures), the panden once (each pand added
to the sums of its buurt and of the municipality, model/buurtprofiel.py), the saved warmteprogramma once, and writes
one feature per buurt: its border, every figure as printed (privacy rules applied) and the municipality's figure
beside it, and the plan's strategy, period and toelichting. That table is the atlas of the buurtprofiel layout; the
page prints its values as they are (they are never evaluated as expressions).

The GeoPackage is written whole the first time; a re-run replaces its features in place, so the layer (and a
user's own copy of the layout that shows it) keeps working.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsSpatialIndex,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from ..layers.plan_layer import open_plan, plain
from ..model.buurtprofiel import (
    FIGURE_KEYS,
    Pand,
    PrivacyRules,
    ProfileError,
    Profiles,
    ProfileSources,
    cbs_figures,
    is_residential,
)
from ..model.municipality import BOUNDARY_CRS, Municipality
from ..model.plan import PERIODS, STRATEGIES, PlanError
from ..toolbelt.feature_reads import downloads_in_background, reading
from ..toolbelt.geometry import transform
from ..toolbelt.qgis_names import NO_GEOMETRY
from ..toolbelt.vector import INTEGER, MULTIPOLYGON, STRING, new_field

TABLE = "buurtprofiel"
MUNICIPALITY_PREFIX = "gemeente_"  # the municipality's figure of FIGURE_KEYS[i] is field gemeente_<key>
PLAN_FIELDS = ("strategie", "periode", "toelichting")  # the plan's Dutch labels and text, '' without a plan


def profile_fields() -> QgsFields:
    fields = QgsFields()
    for name in ("buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam"):
        fields.append(new_field(name, STRING))
    for key in FIGURE_KEYS:
        fields.append(new_field(key, STRING))
    for key in FIGURE_KEYS:
        fields.append(new_field(MUNICIPALITY_PREFIX + key, STRING))
    for name in PLAN_FIELDS:
        fields.append(new_field(name, STRING))
    fields.append(new_field("drempel", INTEGER))  # the privacy threshold the figures were made with
    return fields


def profile_uri(path: str) -> str:
    return f"{path}|layername={TABLE}"


@dataclass
class _Layer:
    """A print layer as the worker reads it: a feature source and what it needs to know of the layer."""

    source: QgsVectorLayerFeatureSource
    fields: QgsFields
    crs: QgsCoordinateReferenceSystem
    background: bool  # a WFS/OAPIF layer: a read that stops early reads the rest (toolbelt/feature_reads.py)


@dataclass
class ProfileInput:
    """Everything the worker needs, taken on the GUI thread."""

    sources: ProfileSources
    rules: PrivacyRules
    municipality: Municipality
    panden: _Layer
    buurten: _Layer
    plan_path: str  # the saved warmteprogramma ('' = none)
    path: str  # the GeoPackage to write


@dataclass
class BuurtFigures:
    code: str
    name: str
    geometry: QgsGeometry = field(repr=False)


@dataclass
class ProfileOutcome:
    path: str
    buurten: List[Tuple[str, str]]  # (code, name) in code order
    with_plan: bool


def take_input(panden: QgsVectorLayer, buurten: QgsVectorLayer, sources: ProfileSources, rules: PrivacyRules,
               municipality: Municipality, plan_path: str, path: str) -> ProfileInput:
    """GUI thread: feature sources of the print layers (their features as they are now)."""
    def snapshot(layer: QgsVectorLayer) -> _Layer:
        return _Layer(QgsVectorLayerFeatureSource(layer), QgsFields(layer.fields()),
                      QgsCoordinateReferenceSystem(layer.crs()), downloads_in_background(layer))
    return ProfileInput(sources, rules, municipality, snapshot(panden), snapshot(buurten), plan_path, path)


# ------------------------------------------------------------------------------------------------- the worker

def make_profile_file(data: ProfileInput, is_cancelled: Callable[[], bool] = lambda: False) -> ProfileOutcome:
    """Blocking (network for a layer not yet cached, disk): the figures of every buurt in one pass over each layer,
    written to `data.path`. Raises ProfileError ("no_buurten_here", "cancelled", "write_failed")."""
    sources = data.sources
    names = data.panden.fields.names()
    field_of = sources.field_name
    profiles = Profiles(data.rules, dwellings=True, gas=field_of("gasverbruik") in names,
                        years=field_of("bouwjaar") in names, labels=field_of("energielabel") in names)
    buurten = _read_buurten(data, profiles, is_cancelled)
    if not buurten:
        raise ProfileError("no_buurten_here", f"the buurten layer has no buurten of {data.municipality.code}")
    _read_panden(data, profiles, buurten, is_cancelled)
    plans = _read_plan(data.plan_path)
    municipal = {MUNICIPALITY_PREFIX + key: figure.text for key, figure in profiles.municipality_figures().items()}
    fields = profile_fields()
    features = []
    for buurt in buurten:
        values = {"buurtcode": buurt.code, "buurtnaam": buurt.name, "gemeentecode": data.municipality.code,
                  "gemeentenaam": data.municipality.name, "drempel": data.rules.threshold}
        values.update({key: figure.text for key, figure in profiles.figures(buurt.code).items()})
        values.update(municipal)
        values.update(plans.get(buurt.code, {}))
        feature = QgsFeature(fields)
        feature.setAttributes([values.get(name, "") for name in fields.names()])
        feature.setGeometry(buurt.geometry)
        features.append(feature)
    if is_cancelled():
        raise ProfileError("cancelled", "cancelled")
    write_profile_file(data.path, features)
    return ProfileOutcome(data.path, [(b.code, b.name) for b in buurten], bool(plans))


def _read_buurten(data: ProfileInput, profiles: Profiles, is_cancelled) -> List[BuurtFigures]:
    """The buurten (water left out), in code order, each added to `profiles` with its CBS figures."""
    field_of = data.sources.field_name
    names = data.buurten.fields.names()
    _check_buurtcode(names, data.sources)
    to_rd = transform(data.buurten.crs, BOUNDARY_CRS) if data.buurten.crs.authid() != BOUNDARY_CRS else None
    found: Dict[str, BuurtFigures] = {}
    with reading(data.buurten.source, QgsFeatureRequest(), data.buurten.background) as features:
        for feature in features:
            if is_cancelled():
                raise ProfileError("cancelled", "cancelled")
            record = {name: plain(feature[name]) for name in names}
            code = buurt_code(record, data.sources)
            if not code or code in found:
                continue
            geometry = QgsGeometry(feature.geometry())
            if to_rd is not None:
                geometry.transform(to_rd)
            geometry.convertToMultiType()
            found[code] = BuurtFigures(code, str(record.get(field_of("buurtnaam")) or code), geometry)
            profiles.add_buurt(code, cbs_figures(record, data.sources))
    return [found[code] for code in sorted(found)]


def buurt_code(record: Dict[str, object], sources: ProfileSources) -> str:
    """The buurtcode of a buurten feature's values; '' for a water buurt (CBS's `water` = JA) or one without a code."""
    if str(record.get(sources.field_name("water")) or "").upper() == "JA":
        return ""
    return str(record.get(sources.field_name("buurtcode")) or "").strip()


def _check_buurtcode(names, sources: ProfileSources) -> None:
    if sources.field_name("buurtcode") not in names:
        raise ProfileError("no_buurtcode", f"the buurten layer has no field '{sources.field_name('buurtcode')}'")


def buurt_names(features: QgsVectorLayerFeatureSource, names, sources: ProfileSources) -> List[Tuple[str, str]]:
    """Blocking (the server, for features not cached yet): (code, name) of each buurt, in code order."""
    _check_buurtcode(names, sources)
    fields = (sources.field_name(key) for key in ("buurtcode", "buurtnaam", "water"))
    wanted = [name for name in fields if name in names]
    found = {}
    for feature in features.getFeatures(QgsFeatureRequest().setFlags(NO_GEOMETRY)):
        record = {name: plain(feature[name]) for name in wanted}
        code = buurt_code(record, sources)
        if code:
            found[code] = str(record.get(sources.field_name("buurtnaam")) or code)
    return sorted(found.items())


def _read_panden(data: ProfileInput, profiles: Profiles, buurten: List[BuurtFigures], is_cancelled) -> None:
    """Every pand once, into the sums of its buurt (its buurtcode field, else the buurt holding a point of it) and of
    the municipality."""
    sources = data.sources
    fields = data.panden.fields
    keys = ("pand_buurtcode", "bouwjaar", "energielabel", "woningen", "woningtype", "gasverbruik")
    wanted = {key: sources.field_name(key) for key in keys if sources.field_name(key) in fields.names()}
    request = QgsFeatureRequest().setSubsetOfAttributes(list(wanted.values()), fields)
    locate = None
    if "pand_buurtcode" not in wanted:
        locate = _locator(buurten, data.panden.crs)
    else:
        request.setFlags(NO_GEOMETRY)
    with reading(data.panden.source, request, data.panden.background) as features:
        for number, feature in enumerate(features):
            if number % 1000 == 0 and is_cancelled():
                raise ProfileError("cancelled", "cancelled")
            value = {key: plain(feature[name]) for key, name in wanted.items()}
            code = str(value.get("pand_buurtcode") or "").strip() if locate is None else locate(feature.geometry())
            residential = is_residential(value.get("woningtype"), sources) if "woningtype" in wanted else True
            profiles.add_pand(Pand(code, value.get("bouwjaar"), value.get("energielabel"), value.get("woningen"),
                                   residential, value.get("gasverbruik")))


def _locator(buurten: List[BuurtFigures], crs: QgsCoordinateReferenceSystem) -> Callable[[QgsGeometry], str]:
    """The buurtcode of the buurt holding a point inside a pand ('' for none), for panden without a buurtcode."""
    index = QgsSpatialIndex()
    shapes = {}
    to_layer = transform(BOUNDARY_CRS, crs) if crs.authid() != BOUNDARY_CRS else None
    for number, buurt in enumerate(buurten):
        geometry = QgsGeometry(buurt.geometry)
        if to_layer is not None:
            geometry.transform(to_layer)
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        shapes[number] = (buurt.code, engine)
        feature = QgsFeature(number)
        feature.setGeometry(geometry)
        index.addFeature(feature)

    def locate(geometry: QgsGeometry) -> str:
        if geometry is None or geometry.isEmpty():
            return ""
        point = geometry.pointOnSurface()
        for number in index.intersects(point.boundingBox()):
            code, engine = shapes[number]
            if engine.contains(point.constGet()):
                return code
        return ""
    return locate


def _read_plan(path: str) -> Dict[str, Dict[str, str]]:
    """buurtcode → the plan's strategy and period (their Dutch labels) and toelichting; {} without a readable plan."""
    if not path:
        return {}
    try:
        layer = open_plan(path)
    except PlanError:
        return {}
    strategies = {choice.code: choice.label for choice in STRATEGIES}
    periods = {choice.code: choice.label for choice in PERIODS}
    plans = {}
    for feature in layer.getFeatures():
        code = str(plain(feature["buurtcode"]) or "")
        strategie, periode = plain(feature["strategie"]), plain(feature["periode"])
        toelichting = plain(feature["toelichting"]) if "toelichting" in layer.fields().names() else None
        plans[code] = {"strategie": strategies.get(strategie, str(strategie or "")),
                       "periode": periods.get(periode, str(periode or "")),
                       "toelichting": str(toelichting or "")}
    return plans


# ---------------------------------------------------------------------------------------------------- writing

def write_profile_file(path: str, features: List[QgsFeature]) -> None:
    """Blocking (disk): the features into the GeoPackage at `path`: in place when it holds this table already (the
    project's layer keeps its id), else a new file written under a temporary name and renamed."""
    if os.path.exists(path) and _replace_features(path, features):
        return
    folder, name = os.path.split(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    temporary = os.path.join(folder, f".{name}.{uuid.uuid4().hex[:8]}.part.gpkg")
    try:
        _write_new(temporary, features)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def _replace_features(path: str, features: List[QgsFeature]) -> bool:
    """False when the file is not a profile table of this version's fields (it is then written anew)."""
    layer = QgsVectorLayer(profile_uri(path), TABLE, "ogr")
    if not layer.isValid() or layer.fields().names()[1:] != profile_fields().names():  # [0]: the GeoPackage's fid
        return False
    rows = []
    for feature in features:  # the table's own fields: the fid first
        row = QgsFeature(layer.fields())
        row.setAttributes([None] + feature.attributes())
        row.setGeometry(feature.geometry())
        rows.append(row)
    provider = layer.dataProvider()
    if not provider.truncate() or (rows and not provider.addFeatures(rows)[0]):
        raise ProfileError("write_failed", "; ".join(provider.errors()) or f"{path} could not be updated")
    return True


def _write_new(path: str, features: List[QgsFeature]) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = TABLE
    options.fileEncoding = "UTF-8"
    writer = QgsVectorFileWriter.create(path, profile_fields(), MULTIPOLYGON,
                                        QgsCoordinateReferenceSystem(BOUNDARY_CRS), QgsCoordinateTransformContext(),
                                        options)
    try:
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise ProfileError("write_failed", writer.errorMessage())
        for feature in features:
            if not writer.addFeature(feature):
                raise ProfileError("write_failed", writer.errorMessage())
    finally:
        del writer  # flushes and closes the file
