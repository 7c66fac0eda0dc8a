"""A clipped WFS layer's features page by page in requests of the plugin's own, for its local copy
(layers/local_copy.py), instead of through QGIS's WFS provider.

The provider reads the whole answer into its own cache (a SpatiaLite file) and hands the features on from there:
at 200,000 buildings that is about a minute and over a gigabyte of memory. Asked in pages of PAGE_SIZE with the
filter the layer sends (its subset string as an OGC filter, written by QGIS's own QgsOgcUtils), each page is parsed
on its own into the layer's fields, and memory holds one page:
- GeoJSON when GetFeature lists it (MapServer `application/json; subtype=geojson`, GeoServer `application/json`,
  QGIS Server `application/vnd.geo+json`) and one feature asked first comes in the CRS asked (its `crs` member). A
  server that answers RFC 7946 GeoJSON (WGS 84 whatever SRSNAME asked; QGIS Server 3.22 does, at 6 decimals, a few
  centimetres) would change every coordinate of the copy: its pages come as GML;
- GML otherwise (QGIS Server), parsed by QGIS's own GML reader (QgsGml, the provider's parser), with the geometry's
  name from DescribeFeatureType, in a CRS whose axes are east, north (RD, Web Mercator): no axis order to guess.
Not for a layer clipped by shape (the filter would need the geometry's name in the layer's filter language) or in
a CRS of north-first axes (EPSG:4326): the caller reads the layer itself, GML through QGIS's provider.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator, List, NamedTuple, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsExpression,
    QgsFeature,
    QgsGeometry,
    QgsGml,
    QgsJsonUtils,
    QgsOgcUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ..model.urls import with_query
from ..toolbelt.log import debug
from ..toolbelt.xml import parsed_xml

PAGE_SIZE = 10_000  # features per GetFeature page (buildings: about 6 MB of GeoJSON, 16 MB of GML). Fewer pages
# cost the server less: QGIS Server reads every feature before STARTINDEX again for each page (195,000: +0.6 s)
MIN_PAGE_SIZE = 100  # a page larger than the HTTP client takes (service/http.py MAX_BYTES) is asked again halved
GEOJSON_TYPES = ("application/json", "application/geo+json", "application/vnd.geo+json", "geojson", "json")
_NUMBER = re.compile(r'number(?:OfFeatures|Matched)="(\d+)"')
Pages = Iterator[List[QgsFeature]]
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


class ServiceRead(NamedTuple):
    """How a clipped WFS layer's copy is read: the server's count (-1: unknown) and, when a route of our own fits,
    its name ("GeoJSON", "GML") and the features page by page in the layer's fields (None: read the layer through
    QGIS's provider)."""

    expected: int
    route: str
    pages: Optional[Pages]


def service_read(layer: QgsVectorLayer, fetch: Callable[[str], bytes]) -> ServiceRead:
    """Blocking (network), for a worker: the capabilities asked once, the server's count (RESULTTYPE=hits, our own
    request: the provider's featureCount() asks the same from the worker's thread and crashed there under load),
    and the route (see the module's text). A server that gives fewer features a page than asked (its own maximum)
    before its count is reached is asked for the rest in pages of its size."""
    request = _get_feature(layer, fetch)
    if request is None:
        return ServiceRead(-1, "", None)
    expected = _server_count(request, fetch)
    if request.output:
        base = request.base + [("OUTPUTFORMAT", request.output)]
        try:  # one feature first: a server that answers RFC 7946 WGS 84 (QGIS Server) would round every coordinate
            probe = fetch(with_query(request.url, base + [(request.count_key, "1")])).decode("utf-8")
        except Exception:  # any failure: unknown, GML
            probe = ""
        if _in_crs(probe, layer.crs()):
            return ServiceRead(expected, "GeoJSON", _pages(fetch, request.url, base, request.count_key,
                                                           _geojson_reader(layer), expected))
        debug(f"{request.typename}: GeoJSON comes in another CRS than asked; GML")
    geometry = "" if layer.crs().hasAxisInverted() else _geometry_name(request, fetch)
    if not geometry:
        return ServiceRead(expected, "", None)
    return ServiceRead(expected, "GML", _pages(fetch, request.url, request.base, request.count_key,
                                               _gml_reader(layer, request.typename, geometry), expected))


def _server_count(request: _GetFeature, fetch: Callable[[str], bytes]) -> int:
    try:
        answer = fetch(with_query(request.url, request.base + [("RESULTTYPE", "hits")]))[:4096]
        found = _NUMBER.search(answer.decode("utf-8", "replace"))
    except Exception:  # any failure: unknown
        return -1
    return int(found.group(1)) if found else -1


class _GetFeature(NamedTuple):
    url: str
    typename: str
    base: list  # the GetFeature parameters: version, typename, CRS, filter
    count_key: str
    output: str  # the GeoJSON output format the capabilities list ('' none)
    version: str


def _get_feature(layer: QgsVectorLayer, fetch: Callable[[str], bytes]) -> Optional[_GetFeature]:
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
    except Exception:  # any failure: through QGIS's provider
        return None
    if version not in ("1.1.0", "2.0.0"):
        return None
    typename = uri.param("typename")
    base = [("SERVICE", "WFS"), ("REQUEST", "GetFeature"), ("VERSION", version),
            ("TYPENAMES" if version == "2.0.0" else "TYPENAME", typename),
            ("SRSNAME", uri.param("srsname") or layer.crs().authid())]
    if subset:
        base.append(("FILTER", _ogc_filter(subset, version)))
    return _GetFeature(url, typename, base, "COUNT" if version == "2.0.0" else "MAXFEATURES", output, version)


def _pages(fetch, url: str, base: list, count_key: str, read: Callable[[bytes], List[QgsFeature]],
           expected: int) -> Pages:
    start, size, first = 0, PAGE_SIZE, None
    while True:
        try:
            body = fetch(with_query(url, base + [("STARTINDEX", str(start)), (count_key, str(size))]))
        except Exception as error:
            if getattr(error, "code", "") != "too_large" or size <= MIN_PAGE_SIZE:
                raise
            size //= 2  # wide features (DEGO's Energie_gegevens has over a hundred fields): smaller pages
            continue
        features = read(body)
        if start and features and features[0].attributes() == first:  # a server that ignores STARTINDEX
            raise ValueError("the server answered a later page from the start: it does not page")
        first = features[0].attributes() if features else None
        yield features
        start += len(features)
        if not features or (len(features) < size and not 0 <= start < expected):
            return
        size = min(size, len(features))  # a short page before the end: the server's own maximum per page


def _geojson_reader(layer: QgsVectorLayer) -> Callable[[bytes], List[QgsFeature]]:
    fields, crs = layer.fields(), layer.crs()
    names = fields.names()
    multi = QgsWkbTypes.isMultiType(layer.wkbType())

    def read(body: bytes) -> List[QgsFeature]:
        text = body.decode("utf-8")
        # Parsed with its own fields (QGIS maps attributes by position, not name), then put in the layer's order.
        found = QgsJsonUtils.stringToFields(text, None)
        parsed = QgsJsonUtils.stringToFeatureList(text, found, None)
        if not parsed and "FeatureCollection" not in text[:4096]:  # an exception report, an error page
            raise ValueError(f"the server answered no GeoJSON: {text[:200]}")
        if parsed and not _in_crs(text, crs):
            raise ValueError("a page came in another CRS than asked")
        index = [found.indexOf(name) for name in names]
        features = []
        for feature in parsed:
            values = feature.attributes()
            copy = QgsFeature(fields)
            copy.setAttributes([values[i] if i >= 0 else None for i in index])
            copy.setGeometry(_in_type(feature.geometry(), multi))
            features.append(copy)
        return features

    return read


def _gml_reader(layer: QgsVectorLayer, typename: str, geometry: str) -> Callable[[bytes], List[QgsFeature]]:
    fields = layer.fields()
    multi = QgsWkbTypes.isMultiType(layer.wkbType())

    def read(body: bytes) -> List[QgsFeature]:
        if b"FeatureCollection" not in body[:4096]:  # an exception report, an error page
            raise ValueError(f"the server answered no features: {body[:200]!r}")
        gml = QgsGml(typename, geometry, fields)  # the parser QGIS's WFS provider uses, typed by the layer's fields
        if gml.getFeatures(body)[0] != 0:
            raise ValueError("a page that is not GML")
        parsed = gml.featuresMap()
        features = []
        for key in sorted(parsed):  # in the server's order
            feature = parsed[key]
            feature.setGeometry(_in_type(feature.geometry(), multi))
            features.append(feature)
        return features

    return read


def _in_type(geometry: QgsGeometry, multi: bool) -> QgsGeometry:
    if multi and not geometry.isNull():
        geometry.convertToMultiType()
    return geometry


def _geometry_name(request: _GetFeature, fetch: Callable[[str], bytes]) -> str:
    """The name of the feature type's geometry property (DescribeFeatureType: the element of a GML type); '' when
    not found."""
    try:
        document = parsed_xml(fetch(with_query(request.url, [
            ("SERVICE", "WFS"), ("REQUEST", "DescribeFeatureType"), ("VERSION", request.version),
            ("TYPENAMES" if request.version == "2.0.0" else "TYPENAME", request.typename)])))
    except Exception:  # any failure: not known
        return ""
    if document is None:
        return ""
    for element in _elements(document.documentElement(), "element"):
        kind = element.attribute("type")
        if kind.startswith("gml:") and kind.endswith("PropertyType"):
            return element.attribute("name")
    return ""


def _in_crs(text: str, crs: QgsCoordinateReferenceSystem) -> bool:
    """Whether a GeoJSON answer is in `crs`: its `crs` member names it (without one it is RFC 7946's WGS 84)."""
    named = _CRS_MEMBER.search(text[:4096])
    if named is None:
        return False
    name = named.group(1)
    found = QgsCoordinateReferenceSystem.fromOgcWmsCrs(name) if name.startswith("urn:") else \
        QgsCoordinateReferenceSystem(name)
    return found.isValid() and found == crs


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
