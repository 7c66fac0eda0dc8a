"""Write the demo data to one GeoPackage (needs a running QgsApplication)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from . import background, demo_data

_QVARIANT = {"str": QVariant.String, "int": QVariant.Int, "real": QVariant.Double}
# Boundaries are MultiPolygon (as PDOK's Gemeentegebied is); panden are single polygons, as in the BAG.
GEOMETRY_TYPES = {
    "Gemeentegebied": QgsWkbTypes.MultiPolygon,
    "wijken": QgsWkbTypes.MultiPolygon,
    "buurten": QgsWkbTypes.MultiPolygon,
    "startanalyse": QgsWkbTypes.MultiPolygon,
    "Energie_gegevens": QgsWkbTypes.Polygon,
    "panden_bag": QgsWkbTypes.Polygon,
    "panden_nummer": QgsWkbTypes.Polygon,
    # The background map (background.py): served as WMS and WMTS only.
    "achtergrond_land": QgsWkbTypes.MultiPolygon,
    "achtergrond_water": QgsWkbTypes.MultiPolygon,
    "achtergrond_bebouwing": QgsWkbTypes.MultiPolygon,
    "achtergrond_wegen": QgsWkbTypes.MultiLineString,
    "achtergrond_plaatsen": QgsWkbTypes.Point,
}
FIELDS = dict(demo_data.FIELDS, **background.FIELDS)


def layer_records():
    """(layer name, records) for every layer, in drawing order bottom to top."""
    return (
        ("buurten", demo_data.buurten()),
        ("startanalyse", demo_data.startanalyse()),
        ("wijken", demo_data.wijken()),
        ("Energie_gegevens", demo_data.buildings()),
        ("Gemeentegebied", demo_data.municipalities()),
    ) + tuple((name, demo_data.spelled_buildings(name)) for name in demo_data.SPELLED_PANDEN) + background.layer_records()


def write_geopackage(path: Path) -> None:
    if path.exists():
        path.unlink()
    for index, (name, records) in enumerate(layer_records()):
        _write_layer(path, name, FIELDS[name], records, first=index == 0)


def _write_layer(path: Path, name: str, schema: Sequence[Tuple[str, str]], records: Iterable[dict],
                 first: bool) -> None:
    fields = QgsFields()
    for field_name, kind in schema:
        fields.append(QgsField(field_name, _QVARIANT[kind]))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteFile if first
                                    else QgsVectorFileWriter.CreateOrOverwriteLayer)
    writer = QgsVectorFileWriter.create(
        str(path), fields, GEOMETRY_TYPES[name], QgsCoordinateReferenceSystem(demo_data.CRS),
        QgsCoordinateTransformContext(), options,
    )
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"cannot write {name} to {path}: {writer.errorMessage()}")
    multi = QgsWkbTypes.isMultiType(GEOMETRY_TYPES[name])
    for record in records:
        geometry = QgsGeometry()
        geometry.fromWkb(record["geometry"].wkb)
        if multi:
            geometry.convertToMultiType()
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes([record[field_name] for field_name, _ in schema])
        if not writer.addFeature(feature):
            raise RuntimeError(f"cannot write a feature of {name}: {writer.errorMessage()}")
    del writer  # flushes and closes the layer
