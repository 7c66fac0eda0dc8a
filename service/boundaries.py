"""Municipality list and boundaries from the boundary WFS (PDOK Bestuurlijke Gebieden by default), cached on disk.

Blocking functions: call them from a background task. The list is asked live first (it is small: codes and
names, no geometry) and falls back to the cached copy; a boundary comes from the cache while it is younger
than BOUNDARY_MAX_AGE (borders change on 1 January at most) and is fetched otherwise, falling back to an
older cached copy. So once fetched, a municipality works offline.

Requests are WFS 1.1.0 GetFeature with GML: every WFS answers that, and GML keeps the boundary in RD
(GeoJSON answers are often WGS84 with six decimals). GML is read with QtXml, never xml.etree.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from qgis.core import QgsOgcUtils
from qgis.PyQt.QtXml import QDomDocument, QDomElement

from ..layers.municipality import BOUNDARY_CRS, Municipality, format_code, normalise_code, repaired
from . import cache
from .http import FetchError, fetch

LIVE, CACHED = "live", "cached"
BOUNDARY_MAX_AGE = timedelta(days=30)
GML_NS = ("http://www.opengis.net/gml", "http://www.opengis.net/gml/3.2")
_MEMBERS = ("featureMember", "featureMembers", "member")


class BoundaryError(Exception):
    """`code`: service_down (no answer and nothing cached), unknown_code, bad_answer, no_boundary."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class BoundaryService:
    url: str
    typename: str
    code_attribute: str = "code"
    name_attribute: str = "naam"

    @property
    def key(self) -> str:
        """Cache folder name: one per service, so a changed service never mixes with another's copy."""
        return hashlib.sha256(f"{self.url}|{self.typename}".encode("utf-8")).hexdigest()[:12]


# PDOK Bestuurlijke Gebieden (Kadaster), the national municipal boundaries (see docs/catalogue.md, Boundaries).
DEFAULT_SERVICE = BoundaryService(
    "https://service.pdok.nl/kadaster/bestuurlijkegebieden/wfs/v1_0", "bestuurlijkegebieden:Gemeentegebied"
)


def service_for(boundaries: Mapping[str, Any], override_url: str = "") -> BoundaryService:
    """The boundary service from the catalogue's `boundaries` object (WFS only), else PDOK; a URL set in the
    settings replaces the URL and keeps the rest."""
    service = DEFAULT_SERVICE
    if isinstance(boundaries, Mapping) and str(boundaries.get("type", "wfs")).lower() == "wfs":
        url, typename = str(boundaries.get("url", "")).strip(), str(boundaries.get("typename", "")).strip()
        if url and typename:
            service = BoundaryService(url, typename, str(boundaries.get("code_attribute") or "code"),
                                      str(boundaries.get("name_attribute") or "naam"))
    if override_url:
        service = BoundaryService(override_url, service.typename, service.code_attribute, service.name_attribute)
    return service


@dataclass(frozen=True)
class MunicipalityList:
    municipalities: Tuple[Municipality, ...]  # sorted by name
    origin: str  # LIVE or CACHED
    date: str  # when fetched
    failure: str = ""  # why the live list could not be used (English detail)

    def find(self, code_or_name: str) -> Optional[Municipality]:
        code = normalise_code(code_or_name)
        text = str(code_or_name).strip().casefold()
        for municipality in self.municipalities:
            if municipality.code == code or municipality.name.casefold() == text:
                return municipality
        return None


@dataclass(frozen=True)
class Boundary:
    municipality: Municipality  # with boundary_wkb
    origin: str
    date: str
    failure: str = ""


def load_municipalities(service: BoundaryService, cache_dir: Optional[Path] = None) -> MunicipalityList:
    """Blocking. Live list, else the cached one; BoundaryError(service_down) when neither."""
    path = _folder(service, cache_dir) / "municipalities.json"
    try:
        body = fetch(_get_feature_url(service, PROPERTYNAME=f"{service.code_attribute},{service.name_attribute}")).body
        municipalities = _municipalities(service, body)
        cache.write_json(path, {"fetched": _now(), "municipalities": [[m.code, m.name, m.source_code]
                                                                      for m in municipalities]})
        return MunicipalityList(municipalities, LIVE, _now())
    except (FetchError, BoundaryError) as error:
        failure = str(error)
    saved = cache.read_json(path)
    rows = saved.get("municipalities")
    if not isinstance(rows, list) or not rows:
        raise BoundaryError("service_down", failure)
    municipalities = tuple(Municipality(str(r[0]), str(r[1]), source_code=str(r[2])) for r in rows if len(r) == 3)
    return MunicipalityList(municipalities, CACHED, str(saved.get("fetched", "")), failure)


def load_boundary(service: BoundaryService, code: str, cache_dir: Optional[Path] = None,
                  max_age: timedelta = BOUNDARY_MAX_AGE) -> Boundary:
    """Blocking. The boundary of `code` (any spelling), repaired when invalid. Raises BoundaryError."""
    normalised = normalise_code(code)
    if normalised is None:
        raise BoundaryError("unknown_code", f"'{code}' is not a municipality code")
    path = _folder(service, cache_dir) / f"{normalised}.json"
    saved = cache.read_json(path)
    cached = _from_cache(saved)
    if cached is not None and _age(saved.get("fetched", "")) < max_age:
        return Boundary(cached, CACHED, saved["fetched"])
    try:
        municipality = _fetch_boundary(service, normalised)
    except BoundaryError as error:
        if error.code == "unknown_code" or cached is None:
            raise
        return Boundary(cached, CACHED, saved["fetched"], str(error))
    except FetchError as error:
        if cached is None:
            raise BoundaryError("service_down", str(error)) from None
        return Boundary(cached, CACHED, saved["fetched"], str(error))
    fetched = _now()
    cache.write_json(path, {"fetched": fetched, "code": municipality.code, "name": municipality.name,
                            "source_code": municipality.source_code, "wkb": municipality.boundary_wkb.hex()})
    return Boundary(municipality, LIVE, fetched)


# --------------------------------------------------------------------------------------------- WFS and GML

def _get_feature_url(service: BoundaryService, **params: str) -> str:
    parts = urlsplit(service.url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.upper() not in ("SERVICE", "VERSION", "REQUEST")]
    query += [("SERVICE", "WFS"), ("VERSION", "1.1.0"), ("REQUEST", "GetFeature"), ("TYPENAME", service.typename)]
    query += list(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def _code_filter(service: BoundaryService, code: str) -> str:
    """OGC filter matching the code in each spelling (the service may store GM0344, 0344 or 344)."""
    literals = sorted({format_code(code, f) for f in ("GM0000", "0000", "0")})
    tests = "".join(
        f"<ogc:PropertyIsEqualTo><ogc:PropertyName>{service.code_attribute}</ogc:PropertyName>"
        f"<ogc:Literal>{literal}</ogc:Literal></ogc:PropertyIsEqualTo>" for literal in literals)
    return f'<ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:Or>{tests}</ogc:Or></ogc:Filter>'


def _fetch_boundary(service: BoundaryService, code: str) -> Municipality:
    body = fetch(_get_feature_url(service, SRSNAME=BOUNDARY_CRS, FILTER=_code_filter(service, code))).body
    parts = []
    name = source_code = ""
    for properties, geometry in _features(body):
        if normalise_code(properties.get(service.code_attribute, "")) != code:
            continue  # a server that ignored the filter: never take another municipality's border
        name, source_code = properties.get(service.name_attribute, ""), properties.get(service.code_attribute, "")
        if geometry is not None:
            parts.append(geometry)
    if not name and not parts:
        raise BoundaryError("unknown_code", f"the boundary service has no municipality {code}")
    if not parts:
        raise BoundaryError("no_boundary", f"the boundary service returned {code} without a boundary")
    from shapely.ops import unary_union  # shapely loads numpy: imported when first used, not at QGIS start

    shape = repaired(unary_union([repaired(p) for p in parts]) if len(parts) > 1 else parts[0])
    if shape.is_empty:
        raise BoundaryError("no_boundary", f"the boundary of {code} is empty after repair")
    return Municipality(code, name, shape.wkb, source_code)


def _municipalities(service: BoundaryService, body: bytes) -> Tuple[Municipality, ...]:
    found: Dict[str, Municipality] = {}
    for properties, _ in _features(body, with_geometry=False):
        code = normalise_code(properties.get(service.code_attribute, ""))
        if code is not None:
            found[code] = Municipality(code, properties.get(service.name_attribute, "") or code,
                                       source_code=properties.get(service.code_attribute, ""))
    if not found:
        raise BoundaryError("bad_answer", "the boundary service listed no municipalities")
    return tuple(sorted(found.values(), key=lambda m: (m.name.casefold(), m.code)))


def _features(body: bytes, with_geometry: bool = True) -> Iterator[Tuple[Dict[str, str], Any]]:
    """(properties, shapely geometry or None) per feature of a WFS GML answer."""
    document = QDomDocument()
    parsed = document.setContent(body, True)
    if not (parsed[0] if isinstance(parsed, tuple) else parsed):
        raise BoundaryError("bad_answer", "the boundary service did not answer with GML")
    root = document.documentElement()
    if "Exception" in root.localName():
        raise BoundaryError("bad_answer", "the boundary service answered: " + root.text().strip()[:200])
    for member in _elements(root):
        if member.localName() not in _MEMBERS:
            continue
        for feature in _elements(member):
            properties, geometry = {}, None
            for prop in _elements(feature):
                inner = prop.firstChildElement()
                if not inner.isNull() and inner.namespaceURI() in GML_NS:
                    if with_geometry and prop.localName() != "boundedBy":
                        geometry = _geometry(inner)
                elif inner.isNull():
                    properties[prop.localName()] = prop.text().strip()
            yield properties, geometry


def _elements(parent: QDomElement) -> List[QDomElement]:
    children, child = [], parent.firstChildElement()
    while not child.isNull():
        children.append(child)
        child = child.nextSiblingElement()
    return children


def _geometry(element: QDomElement):
    """A GML geometry as shapely. QgsOgcUtils on 3.22 reads gml:Polygon but not gml:MultiSurface (PDOK's
    type), so every Polygon inside is read on its own and the parts are joined."""
    if element.localName() == "Polygon":
        polygons = [element]
    else:
        found = element.elementsByTagNameNS(element.namespaceURI(), "Polygon")
        polygons = [found.item(i).toElement() for i in range(found.count())]
    from shapely import wkb
    from shapely.geometry import MultiPolygon

    parts = []
    for polygon in polygons:
        geometry = QgsOgcUtils.geometryFromGML(polygon)
        if geometry is not None and not geometry.isNull():
            parts.append(wkb.loads(bytes(geometry.asWkb())))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


# --------------------------------------------------------------------------------------------- cache

def _folder(service: BoundaryService, cache_dir: Optional[Path]) -> Path:
    return (cache_dir or cache.cache_dir()) / "boundaries" / service.key


def _from_cache(saved: Mapping[str, Any]) -> Optional[Municipality]:
    try:
        return Municipality(str(saved["code"]), str(saved["name"]), bytes.fromhex(str(saved["wkb"])),
                            str(saved.get("source_code", "")))
    except (KeyError, ValueError):
        return None


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _age(iso: str) -> timedelta:
    try:
        return datetime.now(timezone.utc) - datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return timedelta.max
