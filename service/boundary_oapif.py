"""Municipality list and boundaries from an OGC API Features collection (GeoJSON). Blocking.

The list asks `properties=code,naam` (servers that do not know the parameter ignore it or, strictly per Part 1,
answer 400: then it is asked without) and follows `next` links up to MAX_PAGES. A boundary is asked with the
code as a queryable (`?code=0344`), so only that municipality crosses the wire, and in RD when the collection
offers it (the URI exactly as the server lists it: QGIS Server refuses EPSG/0/28992 when it lists
EPSG/9.6.2/28992); otherwise in CRS84, transformed here (GeoJSON's six decimals are about 0.1 m).
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import quote, urljoin, urlsplit

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
)

from ..model.municipality import BOUNDARY_CRS, Municipality, format_code
from ..model.urls import with_query
from ..toolbelt.geometry import transform
from .boundary_model import BoundaryError, BoundaryService, municipality_from, municipality_list
from .http import FetchError, fetch

PAGE_SIZE = 500  # features per page (`limit`); PDOK allows up to 1000, QGIS Server 10000
MAX_PAGES = 20  # a list needing more pages than this is refused rather than read without end
CRS84 = "OGC:CRS84"
_POLYGONAL = ("Polygon", "MultiPolygon")


def municipalities(service: BoundaryService) -> Tuple[Municipality, ...]:
    """Codes and names. Raises FetchError, BoundaryError."""
    wanted = {"properties": f"{service.code_attribute},{service.name_attribute}"}
    try:
        features = _items(service, wanted)
    except FetchError as error:
        if error.status != 400:
            raise
        features = _items(service, {})
    return municipality_list(service, (_properties(feature) for feature in features))


def boundary(service: BoundaryService, code: str, source_code: str = "") -> Municipality:
    """Municipality `code` (normalised) with its boundary in RD. A queryable matches one spelling: the one the
    list gave (`source_code`) is asked first, then 0344, GM0344 and 344 until one is found.
    Raises FetchError, BoundaryError."""
    return read_boundary(service, code, source_code, rd_crs(service))


def read_boundary(service: BoundaryService, code: str, source_code: str, crs: str) -> Municipality:
    """As `boundary`, asking for `crs` (a URI the collection lists for RD), or CRS84 when empty."""
    spellings = [s for s in dict.fromkeys([source_code] + [format_code(code, f) for f in ("0000", "GM0000", "0")]) if s]
    features: List[Dict[str, Any]] = []
    for spelling in spellings:
        params = {service.code_attribute: spelling}
        if crs:
            params["crs"] = crs
        features = _items(service, params)
        if features:
            break  # found; or a server that ignored the filter, which another spelling would not change
    to_rd = None if crs else _transform_to_rd()
    return municipality_from(service, code, ((_properties(f), _geometry(f, to_rd)) for f in features))


def rd_crs(service: BoundaryService) -> str:
    """The collection's URI for RD (EPSG:28992), or "" when it does not list one."""
    collection = _json(fetch(_url(service, _collection_path(service), {"f": "json"})).body)
    listed = collection.get("crs") if isinstance(collection, dict) else None
    for uri in listed if isinstance(listed, list) else []:
        if isinstance(uri, str) and QgsCoordinateReferenceSystem.fromOgcWmsCrs(uri).authid() == BOUNDARY_CRS:
            return uri
    return ""


# ------------------------------------------------------------------------------------------ requests

def _items(service: BoundaryService, params: Dict[str, str]) -> List[Dict[str, Any]]:
    """Every feature of the (filtered) collection, page by page."""
    url = _url(service, _collection_path(service) + "/items", {"f": "json", "limit": str(PAGE_SIZE), **params})
    features: List[Dict[str, Any]] = []
    for _ in range(MAX_PAGES):
        page = _json(fetch(url).body)
        if not isinstance(page, dict) or not isinstance(page.get("features"), list):
            raise BoundaryError("bad_answer", "the boundary service did not answer with a GeoJSON FeatureCollection")
        features += [f for f in page["features"] if isinstance(f, dict)]
        following = _next_link(service, page, url)
        if not following or not page["features"]:
            return features
        url = following
    raise BoundaryError("bad_answer", f"the boundary service answered more than {MAX_PAGES} pages")


def _next_link(service: BoundaryService, page: Dict[str, Any], current: str) -> Optional[str]:
    """The JSON `next` link; one to another server is refused (the service only names its own pages)."""
    for link in page.get("links") or []:
        if not isinstance(link, dict) or link.get("rel") != "next" or not isinstance(link.get("href"), str):
            continue
        if "json" not in str(link.get("type") or "json"):
            continue  # the HTML page
        href = urljoin(current, link["href"])
        if urlsplit(href)[:2] != urlsplit(service.url)[:2]:
            raise BoundaryError("bad_answer", "the boundary service's next page is on another server")
        return href if href != current else None
    return None


def _collection_path(service: BoundaryService) -> str:
    return "collections/" + quote(service.typename, safe="")


def _url(service: BoundaryService, path: str, params: Dict[str, str]) -> str:
    """`path` below the landing page; the landing page's own query (e.g. an API key) is kept."""
    return with_query(service.url, params, path=path)


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python's reader recurses
        raise BoundaryError("bad_answer", "the boundary service did not answer with usable JSON") from None


# ------------------------------------------------------------------------------------------ GeoJSON

def _properties(feature: Dict[str, Any]) -> Dict[str, Any]:
    properties = feature.get("properties")
    return properties if isinstance(properties, dict) else {}


def _geometry(feature: Dict[str, Any], to_rd: Optional[QgsCoordinateTransform]):
    """The feature's (Multi)Polygon as shapely in RD, or None when it has none."""
    geojson = feature.get("geometry")
    if not isinstance(geojson, dict) or geojson.get("type") not in _POLYGONAL:
        return None
    from shapely import wkb
    from shapely.errors import ShapelyError
    from shapely.geometry import shape

    try:
        geometry = shape(geojson)
    except (ShapelyError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        raise BoundaryError("bad_answer", "the boundary service sent a geometry that cannot be read") from None
    if to_rd is None or geometry.is_empty:
        return geometry
    moved = QgsGeometry()
    moved.fromWkb(geometry.wkb)
    try:
        moved.transform(to_rd)
    except QgsCsException:
        raise BoundaryError("bad_answer", "the boundary service sent a boundary outside the RD area") from None
    return wkb.loads(bytes(moved.asWkb()))


def _transform_to_rd() -> QgsCoordinateTransform:
    return transform(CRS84, BOUNDARY_CRS)

