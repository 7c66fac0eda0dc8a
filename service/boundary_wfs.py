"""Municipality list and boundaries from a WFS (PDOK Bestuurlijke Gebieden by default). Blocking.

Requests are WFS 1.1.0 GetFeature with GML: every WFS answers that, and GML keeps the boundary in RD
(GeoJSON answers are often WGS84 with six decimals). GML is read with QtXml (toolbelt.xml.parsed_xml, which refuses
documents nested deep enough to crash it), never xml.etree.
"""
from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from qgis.core import QgsOgcUtils
from qgis.PyQt.QtXml import QDomElement

from ..model.municipality import BOUNDARY_CRS, Municipality, format_code
from ..model.urls import with_query
from ..toolbelt.xml import parsed_xml
from .boundary_model import BoundaryError, BoundaryService, municipality_from, municipality_list
from .http import fetch

GML_NS = ("http://www.opengis.net/gml", "http://www.opengis.net/gml/3.2")
_MEMBERS = ("featureMember", "featureMembers", "member")


def municipalities(service: BoundaryService) -> Tuple[Municipality, ...]:
    """Codes and names only (PROPERTYNAME: no geometry crosses the wire). Raises FetchError, BoundaryError."""
    body = fetch(_get_feature_url(service, PROPERTYNAME=f"{service.code_attribute},{service.name_attribute}")).body
    return municipality_list(service, (properties for properties, _ in _features(body, with_geometry=False)))


def boundary(service: BoundaryService, code: str, source_code: str = "") -> Municipality:
    """Municipality `code` (normalised) with its boundary in RD. One request: the filter matches every
    spelling, so `source_code` is not needed. Raises FetchError, BoundaryError."""
    body = fetch(_get_feature_url(service, SRSNAME=BOUNDARY_CRS, FILTER=_code_filter(service, code))).body
    return municipality_from(service, code, _features(body))


def _get_feature_url(service: BoundaryService, **params: str) -> str:
    query = [("SERVICE", "WFS"), ("VERSION", "1.1.0"), ("REQUEST", "GetFeature"), ("TYPENAME", service.typename)]
    return with_query(service.url, query + list(params.items()))


def _code_filter(service: BoundaryService, code: str) -> str:
    """OGC filter matching the code in each spelling (the service may store GM0344, 0344 or 344)."""
    literals = sorted({format_code(code, f) for f in ("GM0000", "0000", "0")})
    tests = "".join(
        f"<ogc:PropertyIsEqualTo><ogc:PropertyName>{service.code_attribute}</ogc:PropertyName>"
        f"<ogc:Literal>{literal}</ogc:Literal></ogc:PropertyIsEqualTo>" for literal in literals)
    return f'<ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:Or>{tests}</ogc:Or></ogc:Filter>'


def _features(body: bytes, with_geometry: bool = True) -> Iterator[Tuple[Dict[str, str], Any]]:
    """(properties, shapely geometry or None) per feature of a WFS GML answer."""
    document = parsed_xml(body, namespaces=True)
    if document is None:
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
