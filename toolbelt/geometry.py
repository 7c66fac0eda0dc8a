"""A municipality's boundary on QGIS's side: its extent as a QgsRectangle, and transforms between CRSs."""
from __future__ import annotations

from typing import Optional, Union

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsRectangle,
)

from ..model.municipality import BOUNDARY_CRS, Municipality

Crs = Union[str, QgsCoordinateReferenceSystem]


def crs_of(crs: Crs) -> QgsCoordinateReferenceSystem:
    return crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)


def transform(source: Crs, target: Crs, context: Optional[QgsCoordinateTransformContext] = None
              ) -> QgsCoordinateTransform:
    """A transform between two CRSs (ids like "EPSG:28992" or CRS objects), in `context` (a project's
    transformContext(); default: QGIS's own choices)."""
    return QgsCoordinateTransform(crs_of(source), crs_of(target), context or QgsCoordinateTransformContext())


def boundary_extent(municipality: Municipality, crs: Optional[Crs] = None,
                    context: Optional[QgsCoordinateTransformContext] = None) -> QgsRectangle:
    """The bounding box of the municipality's boundary, in `crs` (default, or an invalid CRS: BOUNDARY_CRS)."""
    xmin, ymin, xmax, ymax = municipality.boundary().bounds
    box = QgsRectangle(xmin, ymin, xmax, ymax)
    target = crs_of(crs) if crs is not None else None
    if target is None or not target.isValid() or target.authid() == BOUNDARY_CRS:
        return box
    return transform(BOUNDARY_CRS, target, context).transformBoundingBox(box)


def transformed_wkt(wkt: str, crs: Crs) -> str:
    """WKT in BOUNDARY_CRS moved to `crs`, written to about a centimetre (7 decimals for degrees)."""
    geometry = QgsGeometry.fromWkt(wkt)
    geometry.transform(transform(BOUNDARY_CRS, crs))
    return geometry.asWkt(7 if crs_of(crs).isGeographic() else 2)
