"""Asking a WFS or OGC API Features service for one feature whose municipality attribute holds a code spelled one
way ("GM0344", "0344", "344"): how layers/code_spelling.py finds the spelling a layer uses. Blocking (network).

One request per spelling, for one feature and only the attribute where the protocol allows: WFS GetFeature with
COUNT=1 (and MAXFEATURES=1 for WFS 1.x, which knows no COUNT) and an OGC filter; OGC API Features `items` with the
attribute as a query parameter and `limit=1`. A spelling answers only when the feature that comes back really
holds the code in the attribute: a server that ignores the filter (MapServer 8.0's OGC API Features ignores every
query parameter but bbox, limit and offset) answers some other feature.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Callable, Optional
from urllib.parse import quote

from ..model.urls import with_query
from ..toolbelt.xml import parsed_xml
from .http import fetch

WFS, OAPIF = "wfs", "oapif"  # ServiceType values
PROBE_WFS_VERSION = "1.1.0"  # for version "auto": every WFS server answers 1.1.0 (qgis_mapserver has no 2.0.0)
MAX_ANSWER_BYTES = 1024 * 1024  # one feature's attribute is a few hundred bytes; a server ignoring COUNT is cut off
FetchBytes = Callable[[str], bytes]
# What a question found: no such feature (also HTTP 404), the value as text, the value as a number, or the value
# refused (HTTP 400: QGIS Server answers so to an OGC API query value its field cannot hold, "GM0344" for a number).
NO, TEXT, NUMBER, REFUSED = "no", "text", "number", "refused"
HOLDS = (TEXT, NUMBER)


@dataclass(frozen=True)
class ProbeTarget:
    """Where and what to ask: a WFS feature type or an OGC API Features collection, and its municipality attribute."""

    service_type: str  # WFS or OAPIF
    url: str  # the WFS endpoint; the OGC API Features landing page
    typename: str  # the feature type as the layer names it; the collection id
    attribute: str
    version: str = ""  # WFS: 1.0.0, 1.1.0, 2.0.0 or auto


def probe_url(target: ProbeTarget, value: str) -> str:
    """The request for one feature whose attribute equals `value`."""
    if target.service_type == OAPIF:
        return with_query(target.url, {target.attribute: value, "limit": "1", "f": "json"},
                          path=f"collections/{quote(target.typename, safe='')}/items")
    version = target.version if target.version in ("1.0.0", "1.1.0", "2.0.0") else PROBE_WFS_VERSION
    two = version.startswith("2")
    params = [("SERVICE", "WFS"), ("VERSION", version), ("REQUEST", "GetFeature"),
              ("TYPENAMES" if two else "TYPENAME", target.typename), ("COUNT", "1")]
    if not two:
        params.append(("MAXFEATURES", "1"))
    params += [("PROPERTYNAME", target.attribute), ("FILTER", _equality_filter(target.attribute, value, two))]
    return with_query(target.url, params)


def _equality_filter(attribute: str, value: str, fes: bool) -> str:
    name, literal = html.escape(attribute), html.escape(value)
    if fes:  # WFS 2.0: Filter Encoding 2.0
        return ('<fes:Filter xmlns:fes="http://www.opengis.net/fes/2.0"><fes:PropertyIsEqualTo>'
                f"<fes:ValueReference>{name}</fes:ValueReference><fes:Literal>{literal}</fes:Literal>"
                "</fes:PropertyIsEqualTo></fes:Filter>")
    return ('<ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo>'
            f"<ogc:PropertyName>{name}</ogc:PropertyName><ogc:Literal>{literal}</ogc:Literal>"
            "</ogc:PropertyIsEqualTo></ogc:Filter>")


def answer(target: ProbeTarget, value: str, get: Optional[FetchBytes] = None) -> Optional[str]:
    """Blocking (network): whether the service holds a feature whose attribute is exactly `value`: NO, TEXT,
    NUMBER (a JSON number: the field holds the plain number, whatever spelling was asked) or REFUSED (HTTP 400: the
    server will not compare the field with this value). None when it could not be asked (no connection, a server
    error, an answer that is not features): not a "no"."""
    try:
        body = (get or _body)(probe_url(target, value))
    except Exception as error:  # any network failure: unknown; a refusal of the value is an answer
        status = getattr(error, "status", 0)
        return REFUSED if status == 400 else NO if status == 404 else None
    if target.service_type == OAPIF:
        return _oapif_answer(body, target.attribute, value)
    values = _gml_values(body, target.attribute)
    return None if values is None else (TEXT if value in values else NO)


def _body(url: str) -> bytes:
    return fetch(url, max_bytes=MAX_ANSWER_BYTES).body


def _oapif_answer(body: bytes, attribute: str, value: str) -> Optional[str]:
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return None
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        return None
    for feature in features:
        properties = feature.get("properties") if isinstance(feature, dict) else None
        held = properties.get(attribute) if isinstance(properties, dict) else None
        if isinstance(held, str) and held.strip() == value:
            return TEXT
        if isinstance(held, (int, float)) and not isinstance(held, bool) and value.isdigit() and held == int(value):
            return NUMBER
    return NO


def _gml_values(body: bytes, attribute: str) -> Optional[set]:
    document = parsed_xml(body, namespaces=True)
    if document is None or "Exception" in document.documentElement().localName():
        return None
    values, stack = set(), [document.documentElement()]
    while stack:  # by local name: the server's prefix (qgs:, ms:, nrg:) is its own
        element = stack.pop()
        if element.localName() == attribute:
            values.add(element.text().strip())
            continue
        child = element.firstChildElement()
        while not child.isNull():
            stack.append(child)
            child = child.nextSiblingElement()
    return values
