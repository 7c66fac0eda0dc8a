"""A Dutch municipality as the plugin uses it: code, name and (when fetched) its boundary. No Qt, no network.

Sources spell codes differently: PDOK's `identificatie` is "GM0344", its `code` "0344", and some tables
store the number 344. `normalise_code` maps all of them to "GM0344"; `format_code` spells a code the way a
layer's attribute holds it (CODE_FORMATS: the catalogue's `municipality_code_format`, or the spelling found on
the server, layers/code_spelling.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

BOUNDARY_CRS = "EPSG:28992"  # boundaries are kept in RD New, the grid of every DEGO service
CODE_FORMATS = ("GM0000", "0000", "0")  # how an attribute may spell GM0344: GM0344 (CBS), 0344 (BAG, Kadaster), 344
DEFAULT_CODE_FORMAT = "GM0000"  # assumed while neither the catalogue nor the server said otherwise
_CODE = re.compile(r"^(?:GM)?(\d{1,4})$")


def normalise_code(text) -> Optional[str]:
    """'GM0344', '0344', '344', 344 and ' gm344 ' all give 'GM0344'; None when it is not a municipality code."""
    match = _CODE.match(str(text if text is not None else "").strip().upper().replace(" ", ""))
    if not match or int(match.group(1)) == 0:
        return None
    return "GM" + match.group(1).zfill(4)


def format_code(code: str, code_format: str) -> str:
    """Spell a normalised code as a layer stores it: GM0000 -> 'GM0344', 0000 -> '0344', 0 -> '344'."""
    digits = code[2:]
    if code_format == "0000":
        return digits
    if code_format == "0":
        return str(int(digits))
    return code


@dataclass(frozen=True)
class Municipality:
    """`code` is normalised ('GM0344'); `boundary_wkb` is empty in the list and filled once fetched.

    `source_code` is the code exactly as the boundary service stores it, so asking the service for this
    municipality uses the service's own spelling.
    """

    code: str
    name: str
    boundary_wkb: bytes = field(default=b"", repr=False)  # (Multi)Polygon in BOUNDARY_CRS, valid (repaired)
    source_code: str = ""

    @property
    def has_boundary(self) -> bool:
        return bool(self.boundary_wkb)

    def boundary(self) -> BaseGeometry:
        """The boundary as a shapely geometry (raises ValueError when there is none)."""
        if not self.boundary_wkb:
            raise ValueError(f"{self.code} has no boundary")
        from shapely import wkb  # shapely loads numpy: imported when first used, not at QGIS start

        return wkb.loads(bytes(self.boundary_wkb))

    @property
    def label(self) -> str:
        """How the picker shows it: 'Utrecht (GM0344)'."""
        return f"{self.name} ({self.code})"


def repaired(geometry: BaseGeometry) -> BaseGeometry:
    """A valid (Multi)Polygon: self-intersections and bow ties repaired by make_valid (shapely 1.8 and 2.x),
    keeping only the areal parts (a repaired ring can leave stray lines or points behind)."""
    if geometry.is_valid:
        return geometry
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.ops import unary_union
    from shapely.validation import make_valid

    fixed = make_valid(geometry)
    parts = getattr(fixed, "geoms", [fixed])
    polygons = [p for p in parts if isinstance(p, (Polygon, MultiPolygon)) and not p.is_empty]
    return unary_union(polygons) if polygons else Polygon()
