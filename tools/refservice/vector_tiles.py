"""MVT tiles of panden and buurten, written once as static files (needs a running QgsApplication)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProject,
    QgsVectorLayer,
    QgsVectorTileWriter,
)
from qgis.PyQt.QtCore import QUrl, QVariant

from . import styles

ZMIN, ZMAX = 10, 15  # buurten from ZMIN; panden (too small to see further out) from PANDEN_ZMIN
PANDEN_ZMIN = 12


def _text_copy(source: QgsVectorLayer, name: str, field_names: Sequence[str]) -> QgsVectorLayer:
    """An in-memory copy with only the given fields, as text (see styles.TILE_FIELDS for why)."""
    copy = QgsVectorLayer(f"Polygon?crs={source.crs().authid()}", name, "memory")
    fields = QgsFields()
    for field_name in field_names:
        fields.append(QgsField(field_name, QVariant.String))
    copy.dataProvider().addAttributes(fields.toList())
    copy.updateFields()
    features = []
    for original in source.getFeatures():
        feature = QgsFeature(copy.fields())
        feature.setGeometry(original.geometry())
        feature.setAttributes([str(original[f]) for f in field_names])
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    return copy


def write_tiles(gpkg: Path, tiles_dir: Path) -> Dict[str, Any]:
    """Write tiles_dir/{z}/{x}/{y}.pbf; return facts for the TileJSON (bounds, centre, zooms)."""
    sources = {name: QgsVectorLayer(f"{gpkg}|layername={layer}", name, "ogr")
               for name, layer in ((styles.TILE_LAYER_PANDEN, "Energie_gegevens"),
                                   (styles.TILE_LAYER_BUURTEN, "buurten"))}
    if not all(layer.isValid() for layer in sources.values()):
        raise RuntimeError(f"cannot open the layers in {gpkg}")
    copies = {name: _text_copy(layer, name, styles.TILE_FIELDS[name]) for name, layer in sources.items()}
    tiles_dir.mkdir(parents=True, exist_ok=True)

    tile_layers = []
    for name, layer in copies.items():
        tile_layer = QgsVectorTileWriter.Layer(layer)
        tile_layer.setLayerName(name)
        if name == styles.TILE_LAYER_PANDEN:
            tile_layer.setMinZoom(PANDEN_ZMIN)
        tile_layers.append(tile_layer)

    buurten = sources[styles.TILE_LAYER_BUURTEN]
    context = QgsProject.instance().transformContext()
    to_mercator = QgsCoordinateTransform(buurten.crs(), QgsCoordinateReferenceSystem("EPSG:3857"), context)
    to_wgs84 = QgsCoordinateTransform(buurten.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), context)
    extent = buurten.extent()

    writer = QgsVectorTileWriter()
    writer.setDestinationUri("type=xyz&url=" + QUrl.fromLocalFile(str(tiles_dir)).toString() + "/{z}/{x}/{y}.pbf")
    writer.setMinZoom(ZMIN)
    writer.setMaxZoom(ZMAX)
    writer.setExtent(to_mercator.transformBoundingBox(extent))
    writer.setLayers(tile_layers)
    writer.setTransformContext(context)
    if not writer.writeTiles():
        raise RuntimeError(f"cannot write vector tiles: {writer.errorMessage()}")

    bounds = to_wgs84.transformBoundingBox(extent)
    return {
        "minzoom": ZMIN,
        "maxzoom": ZMAX,
        "bounds": [round(v, 6) for v in (bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum())],
        "center": [round(bounds.center().x(), 6), round(bounds.center().y(), 6), 13],
        "tile_count": sum(1 for _ in tiles_dir.rglob("*.pbf")),
    }
