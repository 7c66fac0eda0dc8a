"""A WFS typename as the server's capabilities spell it.

Servers disagree on namespace prefixes: MapServer 8's WFS 2.0 capabilities list `ms:Energie_gegevens`, its WFS
1.1.0 ones `Energie_gegevens`; a catalogue may name either. QGIS's WFS provider wants the name exactly as listed
("Could not find typename … in capabilities"). So when a WFS layer cannot be made, the capabilities are read: a
name without its prefix gets the one prefix the server uses for it, a prefix the server does not list is dropped.
When that gives no single name, QGIS's own reason is what the user reads.
"""
from __future__ import annotations

from typing import Callable, List, Optional

from ..model.catalogue import Service
from ..model.urls import with_query
from ..toolbelt.xml import parsed_xml

CAPABILITIES_VERSION = "2.0.0"  # for version "auto": QGIS asks 2.0.0 first too; older servers answer their own


def capabilities_url(service: Service) -> str:
    version = service.version if service.version in ("1.0.0", "1.1.0", "2.0.0") else CAPABILITIES_VERSION
    return with_query(service.url, [("SERVICE", "WFS"), ("REQUEST", "GetCapabilities"), ("VERSION", version)])


def feature_type_names(capabilities: bytes) -> List[str]:
    """The names of the feature types a WFS capabilities document lists (any WFS version)."""
    document = parsed_xml(capabilities)
    if document is None:
        return []
    names = []
    stack = [document.documentElement()]  # prefixes differ per server and version: local names are compared
    while stack:
        element = stack.pop()
        child = element.firstChildElement()
        while not child.isNull():
            if _local(element.tagName()) == "FeatureType" and _local(child.tagName()) == "Name":
                names.append(child.text().strip())
            else:
                stack.append(child)
            child = child.nextSiblingElement()
    return [name for name in names if name]


def resolved_typename(wanted: str, listed: List[str]) -> Optional[str]:
    """The one listed name that is `wanted` up to its namespace prefix (None: none, or more than one)."""
    if wanted in listed:
        return wanted
    matches = [name for name in listed if _local(name) == _local(wanted)]
    return matches[0] if len(matches) == 1 else None


def typename_from_capabilities(service: Service, fetch: Callable[[str], bytes]) -> Optional[str]:
    """Blocking (network): the service's own spelling of the entry's typename, or None (no capabilities, or no
    single match)."""
    try:
        capabilities = fetch(capabilities_url(service))
    except Exception:  # any network failure: QGIS's own reason is reported instead
        return None
    return resolved_typename(service.typename, feature_type_names(capabilities))


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]
