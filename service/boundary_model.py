"""What the boundary readers (boundary_wfs, boundary_oapif) share: the service, its errors, and how the
features a service returned become municipalities. No network here."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Tuple

from ..model.catalogue import ServiceType
from ..model.errors import CodedError
from ..model.municipality import Municipality, normalise_code, repaired

WFS, OAPIF = ServiceType.WFS, ServiceType.OAPIF  # the boundary services the plugin reads
Feature = Tuple[Dict[str, Any], Any]  # (properties, shapely geometry in BOUNDARY_CRS or None)


class BoundaryError(CodedError):
    """`code`: service_down (no answer and nothing cached), not_allowed (the service is not on an allowed server
    and nothing cached), unknown_code, bad_answer, no_boundary."""


@dataclass(frozen=True)
class BoundaryService:
    url: str  # WFS: the service URL; OAPIF: the landing page
    typename: str  # WFS: the feature type; OAPIF: the collection id
    code_attribute: str = "code"
    name_attribute: str = "naam"
    kind: str = WFS  # WFS or OAPIF

    @property
    def key(self) -> str:
        """Cache folder name: one per service, so a changed service never mixes with another's copy. A WFS
        keeps the key it had before OAPIF existed, so boundaries saved then still work offline."""
        text = f"{self.url}|{self.typename}" if self.kind == WFS else f"{self.kind}|{self.url}|{self.typename}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def text_of(value: Any) -> str:
    """An attribute as text: GML gives text, GeoJSON may give a number (344) or null."""
    return "" if value is None else str(value).strip()


def municipality_list(service: BoundaryService, properties: Iterable[Dict[str, Any]]) -> Tuple[Municipality, ...]:
    """The municipalities among the features' properties, sorted by name; bad_answer when there are none."""
    found: Dict[str, Municipality] = {}
    for row in properties:
        source_code = text_of(row.get(service.code_attribute))
        code = normalise_code(source_code)
        if code is not None:
            found[code] = Municipality(code, text_of(row.get(service.name_attribute)) or code, source_code=source_code)
    if not found:
        raise BoundaryError("bad_answer", "the boundary service listed no municipalities")
    return tuple(sorted(found.values(), key=lambda m: (m.name.casefold(), m.code)))


def municipality_from(service: BoundaryService, code: str, features: Iterable[Feature]) -> Municipality:
    """Municipality `code` with its parts joined and repaired. Features of other municipalities are ignored: a
    server that ignored the filter must never give another municipality's border."""
    parts: List[Any] = []
    matched, name, source_code = False, "", ""
    for properties, geometry in features:
        if normalise_code(text_of(properties.get(service.code_attribute))) != code:
            continue
        matched = True
        name = text_of(properties.get(service.name_attribute))
        source_code = text_of(properties.get(service.code_attribute))
        if geometry is not None:
            parts.append(geometry)
    if not matched:
        raise BoundaryError("unknown_code", f"the boundary service has no municipality {code}")
    if not parts:
        raise BoundaryError("no_boundary", f"the boundary service returned {code} without a boundary")
    from shapely.ops import unary_union  # shapely loads numpy: imported when first used, not at QGIS start

    shape = repaired(unary_union([repaired(p) for p in parts]) if len(parts) > 1 else parts[0])
    if shape.is_empty:
        raise BoundaryError("no_boundary", f"the boundary of {code} is empty after repair")
    return Municipality(code, name or code, shape.wkb, source_code)
