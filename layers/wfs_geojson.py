"""A WFS layer's features as GeoJSON when the server's capabilities offer it, for its local copy (layers/local_copy.py).

QGIS's WFS provider reads GML only; GML costs about 1.6 KB per building and its parsing is most of a large download.
QGIS Server offers `application/vnd.geo+json`, MapServer `application/json; subtype=geojson`, GeoServer
`application/json`: when GetFeature lists one of these, the copy is fetched in pages of that format, with the filter
the layer sends (its subset string as an OGC filter, written by QGIS's own QgsOgcUtils) and in its CRS. A server
that answers RFC 7946 GeoJSON (WGS 84, whatever SRSNAME asked; QGIS Server does, at 6 decimals: a few centimetres)
has its coordinates transformed back to the layer's CRS. Without GeoJSON in the capabilities, or when the layer is
clipped by shape (the filter would need the geometry's property name, which only DescribeFeatureType tells), the
caller reads the layer itself: GML through QGIS's provider.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsExpression,
    QgsFeature,
    QgsJsonUtils,
    QgsOgcUtils,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ..model.urls import with_query
from ..toolbelt.xml import parsed_xml

PAGE_SIZE = 5000  # features per GetFeature page (about 3 MB of GeoJSON for buildings)
GEOJSON_TYPES = ("application/json", "application/geo+json", "application/vnd.geo+json", "geojson", "json")
_CRS84 = "OGC:CRS84"
_CRS_MEMBER = re.compile(r'"crs"\s*:\s*\{\s*"type"\s*:\s*"name"\s*,\s*"properties"\s*:\s*\{\s*"name"\s*:\s*"([^"]+)"')


def geojson_format(capabilities: bytes) -> Tuple[str, str]:
    """(WFS version, GetFeature output format) of a capabilities document that offers GeoJSON; ('', '') when not."""
    document = parsed_xml(capabilities)
    if document is None:
        return "", ""
    root = document.documentElement()
    version = root.attribute("version")
    for operation in _elements(root, "Operation"):
        if operation.attribute("name") != "GetFeature":
            continue
        for parameter in _elements(operation, "Parameter"):
            if parameter.attribute("name").lower() != "outputformat":
                continue
            for value in _elements(parameter, "Value"):
                text = value.text().strip()
                if text.split(";")[0].strip().lower() in GEOJSON_TYPES or "geojson" in text.lower():
                    return version, text
    return version, ""


def geojson_pages(layer: QgsVectorLayer, fetch: Callable[[str], bytes]) -> Optional[Iterator[List[QgsFeature]]]:
    """Blocking (network), for a worker: the clipped WFS `layer`'s features page by page, as GeoJSON, converted to the
    layer's fields and CRS; None when the server offers no GeoJSON or the filter cannot be written without the
    geometry's name (the caller then reads the layer)."""
    if layer.providerType() != "WFS":
        return None
    uri = QgsDataSourceUri(layer.source())
    subset = layer.subsetString()
    if "$geometry" in subset or "intersects" in subset.lower():
        return None
    url = uri.param("url")
    asked = uri.param("version")
    try:
        version, output = geojson_format(fetch(with_query(url, [
            ("SERVICE", "WFS"), ("REQUEST", "GetCapabilities"),
            ("VERSION", asked if asked in ("1.1.0", "2.0.0") else "2.0.0")])))
    except Exception:  # any failure: GML through QGIS's provider, as without GeoJSON
        return None
    if not output or version not in ("1.1.0", "2.0.0"):
        return None
    base = [("SERVICE", "WFS"), ("REQUEST", "GetFeature"), ("VERSION", version),
            ("TYPENAMES" if version == "2.0.0" else "TYPENAME", uri.param("typename")),
            ("SRSNAME", uri.param("srsname") or layer.crs().authid()), ("OUTPUTFORMAT", output)]
    if subset:
        base.append(("FILTER", _ogc_filter(subset, version)))
    return _pages(layer, fetch, url, base, "COUNT" if version == "2.0.0" else "MAXFEATURES")


def _pages(layer: QgsVectorLayer, fetch, url: str, base: list, count_key: str) -> Iterator[List[QgsFeature]]:
    fields, crs = layer.fields(), layer.crs()
    names = fields.names()
    multi = QgsWkbTypes.isMultiType(layer.wkbType())
    start = 0
    while True:
        text = fetch(with_query(url, base + [("STARTINDEX", str(start)), (count_key, str(PAGE_SIZE))])).decode("utf-8")
        # Parsed with its own fields (QGIS maps attributes by position, not name), then put in the layer's order.
        found = QgsJsonUtils.stringToFields(text, None)
        parsed = QgsJsonUtils.stringToFeatureList(text, found, None)
        if not parsed and "FeatureCollection" not in text[:4096]:  # an exception report, an error page
            raise ValueError(f"the server answered no GeoJSON: {text[:200]}")
        index = [found.indexOf(name) for name in names]
        transform = _transform(text, crs)
        features = []
        for feature in parsed:
            values = feature.attributes()
            geometry = feature.geometry()
            if transform is not None:
                geometry.transform(transform)
            if multi:
                geometry.convertToMultiType()
            copy = QgsFeature(fields)
            copy.setAttributes([values[i] if i >= 0 else None for i in index])
            copy.setGeometry(geometry)
            features.append(copy)
        yield features
        if len(features) < PAGE_SIZE:
            return
        start += len(features)


def _transform(text: str, crs: QgsCoordinateReferenceSystem) -> Optional[QgsCoordinateTransform]:
    """From the answer's CRS (its `crs` member; without one RFC 7946's WGS 84 longitude/latitude) to the layer's."""
    named = _CRS_MEMBER.search(text[:4096])
    source = QgsCoordinateReferenceSystem(named.group(1) if named else _CRS84)
    if not source.isValid() or source == crs:
        return None
    return QgsCoordinateTransform(source, crs, QgsProject.instance().transformContext())


def _ogc_filter(subset: str, version: str) -> str:
    """The subset string as an OGC filter, written by QGIS (OGC Filter 1.0, what 3.22's Python API offers; WFS 1.1.0
    reads it); for WFS 2.0 in FES 2.0 names, as the provider sends it there."""
    document = QDomDocument()
    document.appendChild(QgsOgcUtils.expressionToOgcFilter(QgsExpression(subset), document))
    text = document.toString(-1)
    if version == "2.0.0":
        text = (text.replace("http://www.opengis.net/ogc", "http://www.opengis.net/fes/2.0")
                .replace("ogc:PropertyName", "fes:ValueReference").replace("ogc:", "fes:")
                .replace("xmlns:ogc", "xmlns:fes"))
    return text


def _elements(parent, local_name: str):
    """Descendant elements of `parent` with this local name, in document order (prefixes differ per server)."""
    found = []
    stack = [parent]
    while stack:
        element = stack.pop()
        child = element.lastChildElement()
        while not child.isNull():
            stack.append(child)
            child = child.previousSiblingElement()
        if element is not parent and element.tagName().rsplit(":", 1)[-1] == local_name:
            found.append(element)
    return found
