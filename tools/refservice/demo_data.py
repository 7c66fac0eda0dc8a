"""Deterministic, clearly fictional demo data for the DEGO reference service (pure Python + shapely).

Three adjacent municipalities in EPSG:28992 (x 141–170 km, y 441–459 km): Demodorp (GM9901), Proefstad
(GM9902) and Voorbeeldeiland (GM9903, a MultiPolygon: mainland plus an island). Borders are random-walk
lines, so they are irregular but shared exactly by both neighbours. The panden, carrying the field names of
DEGO's `nrg:Energie_gegevens`, lie as in a Dutch municipality: a town (old core, interwar and post-war
rings, later sectors, a bedrijventerrein), villages and hamlets, lintbebouwing along the roads between them
and farms; bouwjaar, and with it the energy label, follows that growth. A few large "landmark" panden with
known labels sit apart (for pixel checks) and a few small panden sit just inside a municipal border (for
clip tests). Every value comes from `random.Random` seeded with a fixed string, so two runs give equal data.
"""
from __future__ import annotations

import math
import random
from functools import lru_cache
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Sequence, Tuple

from shapely import wkt as shapely_wkt
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, unary_union
from shapely.prepared import prep

SEED = "dego-demo-v1"
CRS = "EPSG:28992"
SENTINEL = -99999999  # CBS marks missing or secret statistics with a negative sentinel, not NULL
PROVINCE_CODE, PROVINCE_NAME = "PV99", "Demoprovincie"

# (code, name, wijken); wijk = (suffix, name, buurt names). Suffix "AB" is alphanumeric, as Amsterdam's are.
# The last wijk of Voorbeeldeiland is the island.
PLAN = (
    ("9901", "Demodorp", (
        ("01", "Centrum", ("Oude Kern", "Marktkwartier", "Kerkbuurt")),
        ("02", "Noord", ("Molenveld", "Noorderhof")),
        ("03", "Zuid", ("Zuiderpark", "Wilgenhoek", "Beekdal", "Hooibroek")),
    )),
    ("9902", "Proefstad", (
        ("01", "Binnenstad", ("Proefhaven", "Stationskwartier", "Stadshart")),
        ("AB", "Laboratoriumwijk", ("Kolfbuurt", "Pipetpark")),
        ("03", "Buitenwijk", ("Testakker", "Meetveld", "Monsterhof")),
        ("04", "Werkgebied", ("Proefpolder", "Werkhaven")),
    )),
    ("9903", "Voorbeeldeiland", (
        ("01", "Vaste Wal", ("Dijkzicht", "Havenkwartier", "Polderrand")),
        ("02", "Achterland", ("Veenweide", "Slotenbuurt")),
        ("09", "Het Eiland", ("Eilandkern", "Duinrand")),
    )),
)
ISLAND_WIJK = "WK990309"
SECRET_BUURTEN = ("BU99010202", "BU9902AB02", "BU99030902")  # statistics set to SENTINEL

# Energy label codes as DEGO stores them: '1' = A ... '7' = G, '' = unknown.
LABEL_LETTERS = {"1": "A", "2": "B", "3": "C", "4": "D", "5": "E", "6": "F", "7": "G", "": "Onbekend"}

# Large axis-aligned panden (80 x 60 m) with known labels, away from other panden: (buurtcode, label, bouwjaar).
LANDMARKS = (
    ("BU99010101", "1", 2016),
    ("BU99010102", "7", 1928),
    ("BU99020101", "", 1965),
    ("BU9902AB01", "4", 1972),
    ("BU99030101", "1", 2020),
    ("BU99030901", "7", 1921),
)
LANDMARK_SIZE = (80.0, 60.0)

# Field names and types as written to the GeoPackage (str, int or real), in order.
FIELDS: Dict[str, Tuple[Tuple[str, str], ...]] = {
    "Gemeentegebied": (
        ("identificatie", "str"), ("code", "str"), ("naam", "str"),
        ("ligtInProvincieCode", "str"), ("ligtInProvincieNaam", "str"),
    ),
    "wijken": (
        ("wijkcode", "str"), ("wijknaam", "str"), ("gemeentecode", "str"), ("gemeentenaam", "str"),
        ("water", "str"),
    ),
    "buurten": (
        ("buurtcode", "str"), ("buurtnaam", "str"), ("wijkcode", "str"), ("gemeentecode", "str"),
        ("gemeentenaam", "str"), ("water", "str"), ("inwoners_aantal", "int"), ("huishoudens_aantal", "int"),
        ("woningwaarde_gemiddeld", "real"), ("koopwoningen_percentage", "real"),
        ("woningcorporatie_woningen_percentage", "real"),
        ("gasverbruik_per_huis_gemiddeld", "real"), ("elektriciteitsverbruik_per_huis_gemiddeld", "real"),
        ("lagerinkomen_percentage_huishouden", "real"), ("hogerinkomen_percentage_huishouden", "real"),
    ),
    # A fictional "PBL Startanalyse" per buurt: the cheapest strategy variant, with PBL's literal quotes ("'s2b'").
    "startanalyse": (
        ("buurtcode", "str"), ("buurtnaam", "str"), ("gemeentecode", "str"), ("strategievariant", "str"),
        ("omschrijving", "str"),
    ),
    "Energie_gegevens": (
        ("gid", "int"), ("identificatie", "str"), ("gemeentecode", "str"), ("buurtcode", "str"),
        ("bouwjaar", "int"), ("woningtype", "str"), ("elabel_definitief", "str"), ("elabel_voorlopig", "str"),
        ("m2", "int"), ("totaal_oppervlak_m2", "int"), ("gasm3_2020", "int"), ("kwh_2020", "int"),
        ("gasm3_per_m2", "real"), ("kwh_leveringsrichting_2020", "int"), ("pandcount_2020", "int"),
        ("gas_aansluitingen_2020", "int"), ("kwh_aansluitingen_2020", "int"), ("ean_code_count", "int"),
    ),
    # Panden as sources other than CBS spell their municipality: BAG's four digits as text ("9901") and a plain
    # number (9901). No catalogue entry says so: the plugin finds the spelling on the server (SPELLED_PANDEN).
    "panden_bag": (("identificatie", "str"), ("gemeentecode", "str"), ("elabel_definitief", "str")),
    "panden_nummer": (("identificatie", "str"), ("gemeentecode", "int"), ("elabel_definitief", "str")),
}
# Served layer -> the catalogue's municipality_code_format its gemeentecode is spelled in, and the municipalities it
# covers: the numbered one leaves Voorbeeldeiland out (a municipality truly absent from a layer).
SPELLED_PANDEN = {"panden_bag": ("0000", ("GM9901", "GM9902", "GM9903")),
                  "panden_nummer": ("0", ("GM9901", "GM9902"))}

Record = Dict[str, Any]  # attribute name -> value, plus "geometry" (a shapely geometry)


class DemoData(NamedTuple):
    municipalities: List[Record]
    wijken: List[Record]
    buurten: List[Record]
    buildings: List[Record]
    landmark_ids: Tuple[str, ...]
    border_ids: Tuple[str, ...]
    sites: Tuple["Site", ...] = ()  # the towns and villages the panden were laid out in (background.py)
    roads: Tuple[Tuple[str, Tuple[Tuple[float, float], ...]], ...] = ()  # (gemeentecode, points) between places


# ---------------------------------------------------------------- public API (cached, returns copies)

def municipalities() -> List[Record]:
    return [dict(r) for r in _data().municipalities]


def wijken() -> List[Record]:
    return [dict(r) for r in _data().wijken]


def buurten() -> List[Record]:
    return [dict(r) for r in _data().buurten]


def buildings() -> List[Record]:
    return [dict(r) for r in _data().buildings]


# Startanalyse variants (code, description) the fictional layer draws from; '' is "geen doorrekening".
STRATEGY_VARIANTS = {
    "s1a": "Elektrische warmtepomp (lucht)", "s1b": "Elektrische warmtepomp (bodem)",
    "s2a": "MT-warmtenet (restwarmte)", "s2b": "MT-warmtenet (geothermie)",
    "s3a": "LT-warmtenet (30 °C)", "s3c": "LT-warmtenet (TEO)",
    "s4a": "Hybride warmtepomp met klimaatneutraal gas", "": "Geen doorrekening",
}
NO_STRATEGY_BUURT = "BU99020402"  # the one buurt without a computed strategy


def startanalyse() -> List[Record]:
    """One record per buurt: a deterministic, plausible cheapest strategy. Town centres (wijk 01) lean to a
    warmtenet, the island to electric heat pumps, the rest to heat pumps and hybrids."""
    records = []
    for buurt in _data().buurten:
        rng = _rng("startanalyse", buurt["buurtcode"])
        if buurt["buurtcode"] == NO_STRATEGY_BUURT:
            variant = ""
        elif buurt["wijkcode"] == ISLAND_WIJK:
            variant = rng.choice(("s1a", "s1b"))
        elif buurt["wijkcode"].endswith("01"):
            variant = rng.choice(("s2a", "s2b", "s2b", "s3c"))
        else:
            variant = rng.choice(("s1a", "s1b", "s4a", "s4a", "s3a"))
        records.append({"geometry": buurt["geometry"], "buurtcode": buurt["buurtcode"],
                        "buurtnaam": buurt["buurtnaam"], "gemeentecode": buurt["gemeentecode"],
                        "strategievariant": f"'{variant}'" if variant else "",
                        "omschrijving": STRATEGY_VARIANTS[variant]})
    return records


def municipality(code: Any) -> Optional[Record]:
    """The municipality record for GM9901, 9901 or '9901'; None if unknown."""
    wanted = gm_code(code)
    return next((dict(r) for r in _data().municipalities if r["identificatie"] == wanted), None)


def buildings_in(code: Any) -> List[Record]:
    """Panden whose gemeentecode is this municipality (GM9901, 9901 or '9901')."""
    wanted = gm_code(code)
    return [dict(r) for r in _data().buildings if r["gemeentecode"] == wanted]


def spelled_buildings(layer: str) -> List[Record]:
    """The panden of a SPELLED_PANDEN layer: its municipalities only, gemeentecode spelled its way (text or number)."""
    code_format, codes = SPELLED_PANDEN[layer]
    records = []
    for building in _data().buildings:
        if building["gemeentecode"] in codes:
            digits = building["gemeentecode"][2:]
            code = digits if code_format == "0000" else int(digits)
            records.append({"identificatie": building["identificatie"], "gemeentecode": code,
                            "elabel_definitief": building["elabel_definitief"], "geometry": building["geometry"]})
    return records


def landmark_buildings() -> List[Record]:
    """Large axis-aligned panden with known labels; their centroids are safe pixel-check points."""
    ids = set(_data().landmark_ids)
    return [dict(r) for r in _data().buildings if r["identificatie"] in ids]


def border_buildings() -> List[Record]:
    """Small panden 3-15 m inside a shared municipal border (just outside the neighbour)."""
    ids = set(_data().border_ids)
    return [dict(r) for r in _data().buildings if r["identificatie"] in ids]


def extent() -> Tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of all municipalities in EPSG:28992."""
    return unary_union([r["geometry"] for r in _data().municipalities]).bounds


def gm_code(code: Any) -> str:
    """Normalise GM0344 / 0344 / 344 to GM0344."""
    text = str(code).strip().upper()
    digits = text[2:] if text.startswith("GM") else text
    return "GM" + digits.zfill(4)


def generate() -> DemoData:
    """Build all demo data from scratch (uncached; the public functions use a cached copy)."""
    return _Generator().run()


@lru_cache(maxsize=1)
def _data() -> DemoData:
    return generate()


# ---------------------------------------------------------------- geometry helpers

def _rng(*parts: Any) -> random.Random:
    # str seeds are hashed with SHA-512 by random.seed (version 2): stable across runs and PYTHONHASHSEED.
    return random.Random("/".join([SEED] + [str(p) for p in parts]))


def _round(geom: BaseGeometry) -> BaseGeometry:
    """Round to centimetres (shared borders stay identical) and repair any rounding artefact."""
    rounded = shapely_wkt.loads(shapely_wkt.dumps(geom, rounding_precision=2))
    return rounded if rounded.is_valid else rounded.buffer(0)


def _noisy_line(rng: random.Random, start: Sequence[float], end: Sequence[float],
                step: float = 400.0, max_dev: float = 500.0) -> List[Tuple[float, float]]:
    """A random-walk line from start to end with fixed ends. Its slope against the base line stays
    below ~0.4, so two such lines crossing at right angles meet once: the cells they cut stay single
    polygons."""
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0)
    count = max(2, int(length // step))
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    offsets = [0.0]
    for _ in range(count):
        offsets.append(max(-max_dev, min(max_dev, offsets[-1] + rng.uniform(-0.3, 0.3) * step)))
    last = offsets[-1]
    points = []
    for i, offset in enumerate(offsets):
        t = i / count
        offset -= last * t  # pull the end back onto the base line
        points.append((round(x0 + (x1 - x0) * t + nx * offset, 2), round(y0 + (y1 - y0) * t + ny * offset, 2)))
    return points


def _band(lower: Sequence[Tuple[float, float]], upper: Sequence[Tuple[float, float]]) -> Polygon:
    """The area between two roughly parallel lines running in the same direction."""
    return Polygon(list(lower) + list(reversed(upper)))


def _split(geom: BaseGeometry, parts: int, rng: random.Random, vertical: bool) -> List[BaseGeometry]:
    """Cut geom into `parts` pieces by noisy lines; vertical=True cuts west to east."""
    xmin, ymin, xmax, ymax = geom.bounds
    pad = 2000.0
    lines = []
    for k in range(parts + 1):
        if vertical:
            x = xmin - pad if k == 0 else xmax + pad if k == parts else xmin + k * (xmax - xmin) / parts
            start, end = (x, ymin - pad), (x, ymax + pad)
        else:
            y = ymin - pad if k == 0 else ymax + pad if k == parts else ymin + k * (ymax - ymin) / parts
            start, end = (xmin - pad, y), (xmax + pad, y)
        outer = k in (0, parts)
        lines.append([start, end] if outer else _noisy_line(rng, start, end, step=350.0, max_dev=600.0))
    # Lines run bottom-to-top (vertical) or west-to-east; consecutive lines bound one band.
    return [_round(geom.intersection(_band(lines[k], lines[k + 1]))) for k in range(parts)]


def _rectangle(cx: float, cy: float, width: float, depth: float, angle: float) -> Polygon:
    cos, sin = math.cos(angle), math.sin(angle)
    corners = [(-width / 2, -depth / 2), (width / 2, -depth / 2), (width / 2, depth / 2), (-width / 2, depth / 2)]
    return Polygon([(round(cx + x * cos - y * sin, 2), round(cy + x * sin + y * cos, 2)) for x, y in corners])


def _bounds(cx: float, cy: float, width: float, depth: float, angle: float) -> Tuple[float, float, float, float]:
    """The bounding box of _rectangle(...), without asking shapely (which is slow at it)."""
    cos, sin = abs(math.cos(angle)), abs(math.sin(angle))
    half_x, half_y = (width * cos + depth * sin) / 2 + 0.01, (width * sin + depth * cos) / 2 + 0.01
    return cx - half_x, cy - half_y, cx + half_x, cy + half_y


# ---------------------------------------------------------------- attribute helpers

_LABEL_WEIGHTS = (  # (built before, weights for labels '1'..'7'): older panden have worse labels
    (1946, (0, 0, 8, 12, 20, 25, 35)),
    (1976, (0, 10, 20, 25, 25, 20, 0)),
    (1992, (5, 20, 40, 25, 10, 0, 0)),
    (2006, (30, 40, 30, 0, 0, 0, 0)),
    (9999, (80, 20, 0, 0, 0, 0, 0)),
)
_GAS_PER_M2 = {"1": 3.5, "2": 5.5, "3": 7.5, "4": 9.5, "5": 12.0, "6": 14.0, "7": 16.5, "": 11.0}
_TYPES = ("vrijstaand", "2-onder-1-kap", "hoekwoning", "tussenwoning", "appartement")


def _label_for(rng: random.Random, year: int) -> str:
    weights = next(w for before, w in _LABEL_WEIGHTS if year < before)
    return str(rng.choices(range(1, 8), weights=weights)[0])


def _energy_attributes(rng: random.Random, footprint: float, year: int, label: str, woningtype: str,
                       pc_connections: int) -> Record:
    floors = rng.randint(3, 6) if woningtype == "appartement" else rng.randint(1, 2)
    m2 = max(20, int(footprint * floors * 0.8))
    units = max(1, int(m2 // 75)) if woningtype == "appartement" else 1
    all_electric = year >= 2018 and rng.random() < 0.6
    gas = 0 if all_electric else int(_GAS_PER_M2[label] * m2 * rng.uniform(0.8, 1.2))
    kwh = int((1800 + m2 * 12 * rng.uniform(0.8, 1.3)) * (1.6 if all_electric else 1.0))
    return {
        "bouwjaar": year,
        "woningtype": woningtype,
        "m2": m2,
        "totaal_oppervlak_m2": m2,
        "gasm3_2020": gas,
        "kwh_2020": kwh,
        "gasm3_per_m2": round(gas / m2, 2),
        "kwh_leveringsrichting_2020": rng.randint(55, 100),
        "pandcount_2020": units,
        "gas_aansluitingen_2020": 0 if all_electric else pc_connections,
        "kwh_aansluitingen_2020": pc_connections,
        "ean_code_count": units,
    }


# ---------------------------------------------------------------- towns, villages and the land around them

class _Kind(NamedTuple):
    """How a kind of district is built: a lattice of `cell` (along, across the street) in blocks of
    `block` cells with a `street` between blocks, a pand in `fill` of the cells."""
    cell: Tuple[float, float]
    block: Tuple[int, int]
    street: float
    width: Tuple[float, float]  # along the street
    depth: Tuple[float, float]
    fill: float
    skew: float  # random turn of each pand (radians): old cores are irregular
    types: Tuple[str, ...]


_KINDS = {
    "oud": _Kind((14, 17), (6, 2), 9, (8, 12), (9, 14), 0.9, 0.1, ("tussenwoning", "hoekwoning", "appartement")),
    "dorp": _Kind((19, 21), (5, 2), 10, (9, 14), (9, 13), 0.75, 0.25,
                  ("vrijstaand", "2-onder-1-kap", "hoekwoning", "tussenwoning")),
    "rij": _Kind((40, 24), (3, 2), 14, (28, 36), (9, 10), 0.92, 0.0, ("tussenwoning", "hoekwoning")),
    "flat": _Kind((75, 38), (2, 2), 20, (50, 66), (10, 12), 0.85, 0.0, ("appartement",)),
    "woonerf": _Kind((25, 22), (3, 3), 12, (12, 19), (8, 11), 0.8, 0.3,
                     ("tussenwoning", "hoekwoning", "2-onder-1-kap")),
    "vinex": _Kind((30, 22), (4, 2), 14, (14, 25), (9, 10), 0.88, 0.0,
                   ("tussenwoning", "2-onder-1-kap", "hoekwoning", "appartement")),
    "bedrijf": _Kind((70, 60), (3, 2), 20, (30, 60), (25, 45), 0.75, 0.0, ("utiliteit",)),
    "villa": _Kind((32, 30), (4, 2), 12, (10, 15), (9, 13), 0.7, 0.05, ("vrijstaand", "2-onder-1-kap")),
}
# Districts around an old core, as Dutch towns grew: (mean bouwjaar, kind). None leaves a sector open land.
_TOWN_RING = ((1928, "rij"), (1938, "rij"), (1952, "rij"), (1958, "flat"))
_TOWN_EDGE = ((1965, "flat"), (1970, "rij"), (1980, "woonerf"), (1986, "woonerf"), (1998, "vinex"),
              (2007, "vinex"), (2018, "villa"))
_VILLAGE_EDGE = ((1958, "rij"), (1972, "rij"), (1982, "woonerf"), (1997, "vinex"), (2015, "villa"), None)


class _District(NamedTuple):
    inner: float  # share of the place's radius
    outer: float
    start: float  # sector, radians counter-clockwise from east
    sweep: float
    era: int
    spread: float
    kind: str
    angle: float  # street direction


class _Settlement:
    """A town or village: an old core in rings and sectors of later extensions, in a lobed outline."""

    def __init__(self, core: Any, radius: float, rng: random.Random, town: bool) -> None:
        self.x, self.y, self.radius = core.x, core.y, radius
        self.lobes = (rng.uniform(0.12, 0.25), rng.uniform(0, 2 * math.pi), rng.uniform(0.05, 0.12),
                      rng.uniform(0, 2 * math.pi))
        base = rng.uniform(0, math.pi / 2)
        if town:
            rings = [(0.0, 0.28, [(1895, "oud")], 18.0), (0.28, 0.55, rng.sample(_TOWN_RING, 3), 6.0),
                     (0.55, 1.0, rng.sample(_TOWN_EDGE, 5), 4.0),
                     (1.0, 1.45, [(1978, "bedrijf"), None, None, None], 9.0)]  # a bedrijventerrein at the edge
        else:
            rings = [(0.0, 0.4, [(1905, "dorp")], 22.0), (0.4, 1.0, rng.sample(_VILLAGE_EDGE, 3), 5.0)]
        self.districts: List[_District] = []
        for inner, outer, plans, spread in rings:
            start = rng.uniform(0, 2 * math.pi)
            weights = [rng.uniform(0.6, 1.4) for _ in plans]
            for plan, weight in zip(plans, weights):
                sweep = 2 * math.pi * weight / sum(weights)
                if plan is not None:
                    era, kind = plan
                    angle = base + (rng.uniform(-0.15, 0.15) if kind in ("oud", "dorp") else rng.uniform(-0.6, 0.6))
                    self.districts.append(_District(inner, outer, start, sweep, era, spread, kind, angle))
                start += sweep

    def edge(self, theta: float) -> float:
        """The radius of the lobed outline in direction theta."""
        a1, p1, a2, p2 = self.lobes
        return self.radius * (1 + a1 * math.sin(2 * theta + p1) + a2 * math.sin(3 * theta + p2))

    def _polar(self, x: float, y: float) -> Tuple[float, float, float]:
        """(distance, direction, radius of the outline in that direction)."""
        theta = math.atan2(y - self.y, x - self.x)
        return math.hypot(x - self.x, y - self.y), theta, self.edge(theta)

    def sector(self, district: "_District", steps: int = 48) -> Polygon:
        """The ground of one district: its sector between its inner and outer share of the outline."""
        thetas = [district.start + district.sweep * k / steps for k in range(steps + 1)]

        def ring(share: float, directions: Sequence[float]) -> List[Tuple[float, float]]:
            return [(self.x + share * self.edge(t) * math.cos(t), self.y + share * self.edge(t) * math.sin(t))
                    for t in directions]
        return Polygon(ring(district.outer, thetas) + ring(district.inner, thetas[::-1])).buffer(0)

    def contains(self, x: float, y: float, margin: float = 0.0) -> bool:
        distance, _, edge = self._polar(x, y)
        return distance < edge + margin

    def district_at(self, x: float, y: float) -> Optional[_District]:
        distance, theta, edge = self._polar(x, y)
        share = distance / edge
        for district in self.districts:
            if district.inner <= share < district.outer and \
                    (theta - district.start) % (2 * math.pi) < district.sweep:
                return district
        return None


def _site(area: BaseGeometry, radius: float, places: Sequence[_Settlement],
          rng: random.Random) -> Optional[Any]:
    """A spot for a new place in `area`, well inside it and kilometres from the places already there."""
    inside = prep(area.buffer(-(1.5 * radius + 150)))
    centre = area.representative_point()
    for _ in range(200):
        spot = Point(centre.x + rng.uniform(-3000, 3000), centre.y + rng.uniform(-2200, 2200))
        if inside.contains(spot) and all(math.hypot(p.x - spot.x, p.y - spot.y) > 1.3 * (p.radius + radius) + 1200
                                         for p in places):
            return spot
    return centre if inside.contains(centre) else None


class Lattice(NamedTuple):
    """How one district's panden were laid out (background.py draws its streets between the blocks)."""
    district: _District
    kind: _Kind
    shift: Tuple[float, float]  # of the lattice along and across the street
    reach: float


class Site(NamedTuple):
    """A town or village of a municipality and the lattices of its districts."""
    gemeentecode: str
    settlement: _Settlement
    lattices: Tuple[Lattice, ...]


class _Land:
    """One municipality's buurten and the ground already taken (panden, landmark surroundings)."""

    CELL = 60.0

    def __init__(self, muni: Record, buurten: Sequence[Record], obstacles: Sequence[BaseGeometry]) -> None:
        self.muni = muni["geometry"]
        self.inner = prep(self.muni.buffer(-25))  # clear of municipal borders: room for the border panden
        self.buurten = [(b, prep(b["geometry"]), b["geometry"].bounds) for b in buurten]
        self.grid: Dict[Tuple[int, int], List[BaseGeometry]] = {}
        for obstacle in obstacles:
            self.occupy(obstacle)

    def _cells(self, bounds: Tuple[float, float, float, float]) -> List[Tuple[int, int]]:
        xmin, ymin, xmax, ymax = bounds
        return [(i, j) for i in range(int(xmin // self.CELL), int(xmax // self.CELL) + 1)
                for j in range(int(ymin // self.CELL), int(ymax // self.CELL) + 1)]

    def buurt_for(self, geom: BaseGeometry, bounds: Tuple[float, float, float, float]) -> Optional[Record]:
        if not self.inner.contains(geom):
            return None
        xmin, ymin, xmax, ymax = bounds
        for buurt, prepared, (bx0, by0, bx1, by1) in self.buurten:
            if bx0 <= xmin and by0 <= ymin and xmax <= bx1 and ymax <= by1 and prepared.contains(geom):
                return buurt
        return None

    def free(self, make: Callable[[], BaseGeometry], bounds: Tuple[float, float, float, float]) -> bool:
        """Whether the geometry `make` builds (only when needed: most places are empty) meets nothing taken."""
        others = [other for cell in self._cells(bounds) for other in self.grid.get(cell, ())]
        if not others:
            return True
        geom = make()
        return not any(geom.intersects(other) for other in others)

    def occupy(self, geom: BaseGeometry, bounds: Optional[Tuple[float, float, float, float]] = None) -> None:
        for cell in self._cells(bounds or geom.bounds):
            self.grid.setdefault(cell, []).append(geom)


# ---------------------------------------------------------------- the generator

class _Generator:
    def __init__(self) -> None:
        self.munis: List[Record] = []
        self.wijken: List[Record] = []
        self.buurten: List[Record] = []
        self.buildings: List[Record] = []
        self.counters: Dict[str, int] = {}
        self.landmark_ids: List[str] = []
        self.border_ids: List[str] = []
        self.sites: List[Site] = []
        self.roads: List[Tuple[str, Tuple[Tuple[float, float], ...]]] = []

    def run(self) -> DemoData:
        self._areas()
        for buurt in self.buurten:
            self._landmarks(buurt)
        for muni in self.munis:
            self._settlements(muni)
        self._border_buildings()
        self.buildings.sort(key=lambda b: b["identificatie"])
        for gid, building in enumerate(self.buildings, start=1):
            building["gid"] = gid
        return DemoData(self.munis, self.wijken, self.buurten, self.buildings,
                        tuple(sorted(self.landmark_ids)), tuple(sorted(self.border_ids)), tuple(self.sites),
                        tuple(self.roads))

    # -- municipalities, wijken, buurten

    def _areas(self) -> None:
        rng = _rng("outline")
        corners = [(141000.0, 441000.0), (165000.0, 441000.0), (165000.0, 459000.0), (141000.0, 459000.0)]
        ring: List[Tuple[float, float]] = []
        for a, b in zip(corners, corners[1:] + corners[:1]):
            ring.extend(_noisy_line(rng, a, b, step=700.0, max_dev=1400.0)[:-1])
        mainland = Polygon(ring).buffer(0)
        island = self._island()
        dividers = [_noisy_line(_rng("divider", x), (x, 438000.0), (x, 462000.0), step=500.0, max_dev=1200.0)
                    for x in (149000.0, 157000.0)]
        west, east = [(138000.0, 438000.0), (138000.0, 462000.0)], [(170000.0, 438000.0), (170000.0, 462000.0)]
        frames = [west] + dividers + [east]
        for index, (code, name, plan_wijken) in enumerate(PLAN):
            land = _round(mainland.intersection(_band(frames[index], frames[index + 1])))
            has_island = code == "9903"
            geometry = _round(MultiPolygon([land, island])) if has_island else land
            self.munis.append({
                "geometry": geometry, "identificatie": "GM" + code, "code": code, "naam": name,
                "ligtInProvincieCode": PROVINCE_CODE, "ligtInProvincieNaam": PROVINCE_NAME,
            })
            mainland_wijken = plan_wijken[:-1] if has_island else plan_wijken
            pieces = _split(land, len(mainland_wijken), _rng("wijken", code), vertical=False)
            if has_island:
                pieces.append(island)
            for (suffix, wijknaam, buurtnamen), piece in zip(plan_wijken, pieces):
                self._wijk(code, name, suffix, wijknaam, buurtnamen, piece)

    @staticmethod
    def _island() -> Polygon:
        rng = _rng("island")
        cx, cy, radius = 168000.0, 444300.0, 1250.0
        points = []
        for k in range(36):
            angle = 2 * math.pi * k / 36
            r = radius * (1.0 + 0.12 * math.sin(3 * angle + 0.5) + rng.uniform(-0.05, 0.05))
            points.append((round(cx + r * math.cos(angle) * 1.3, 2), round(cy + r * math.sin(angle), 2)))
        return Polygon(points)

    def _wijk(self, code: str, gemeentenaam: str, suffix: str, wijknaam: str,
              buurtnamen: Sequence[str], geometry: BaseGeometry) -> None:
        wijkcode = f"WK{code}{suffix}"
        self.wijken.append({"geometry": geometry, "wijkcode": wijkcode, "wijknaam": wijknaam,
                            "gemeentecode": "GM" + code, "gemeentenaam": gemeentenaam, "water": "NEE"})
        pieces = _split(geometry, len(buurtnamen), _rng("buurten", wijkcode), vertical=True)
        for number, (buurtnaam, piece) in enumerate(zip(buurtnamen, pieces), start=1):
            buurtcode = f"BU{code}{suffix}{number:02d}"
            self.buurten.append(self._buurt_record(buurtcode, buurtnaam, wijkcode, code, gemeentenaam, piece))

    @staticmethod
    def _buurt_record(buurtcode: str, buurtnaam: str, wijkcode: str, code: str, gemeentenaam: str,
                      geometry: BaseGeometry) -> Record:
        rng = _rng("buurtstats", buurtcode)
        inwoners = rng.randint(400, 4500)
        record = {
            "geometry": geometry, "buurtcode": buurtcode, "buurtnaam": buurtnaam, "wijkcode": wijkcode,
            "gemeentecode": "GM" + code, "gemeentenaam": gemeentenaam, "water": "NEE",
            "inwoners_aantal": inwoners,
            "huishoudens_aantal": int(inwoners / rng.uniform(1.9, 2.6)),
            "woningwaarde_gemiddeld": round(rng.uniform(180, 650), 1),
            "koopwoningen_percentage": round(rng.uniform(25, 85), 1),
            "gasverbruik_per_huis_gemiddeld": round(rng.uniform(850, 2000), 0),
            "elektriciteitsverbruik_per_huis_gemiddeld": round(rng.uniform(2100, 3800), 0),
            "lagerinkomen_percentage_huishouden": round(rng.uniform(15, 55), 1),
            "hogerinkomen_percentage_huishouden": round(rng.uniform(8, 35), 1),
        }
        # Drawn last, so the values above stay what they were before this field existed. Corporatie and koop
        # together never exceed 100%; the rest is particuliere huur.
        record["woningcorporatie_woningen_percentage"] = round(
            rng.uniform(0.3, 0.95) * (100 - record["koopwoningen_percentage"]), 1)
        if buurtcode in SECRET_BUURTEN:  # CBS keeps small-buurt figures secret: sentinel, never NULL
            for key in ("woningwaarde_gemiddeld", "lagerinkomen_percentage_huishouden",
                        "hogerinkomen_percentage_huishouden"):
                record[key] = float(SENTINEL)
        return record

    # -- panden

    def _new_id(self, code4: str) -> str:
        self.counters[code4] = self.counters.get(code4, 0) + 1
        return f"{code4}10{self.counters[code4]:010d}"  # 16 digits, BAG-like: gemeente + "10" + number

    def _add_building(self, buurt: Record, geometry: Polygon, rng: random.Random, year: int,
                      label: Optional[str] = None, woningtype: Optional[str] = None) -> str:
        code4 = buurt["gemeentecode"][2:]
        if label is None:
            label = "" if rng.random() < 0.22 else _label_for(rng, year)
        if woningtype is None:
            woningtype = rng.choice(_TYPES[:4] if year < 1960 else _TYPES)
        record = {"geometry": geometry, "gid": 0, "identificatie": self._new_id(code4),
                  "gemeentecode": buurt["gemeentecode"], "buurtcode": buurt["buurtcode"],
                  "elabel_definitief": label, "elabel_voorlopig": _label_for(rng, year)}
        pc_connections = _rng("pc", buurt["buurtcode"]).randint(12, 260)
        record.update(_energy_attributes(rng, geometry.area, year, label, woningtype, pc_connections))
        self.buildings.append(record)
        return record["identificatie"]

    def _landmarks(self, buurt: Record) -> None:
        for buurtcode, label, year in LANDMARKS:
            if buurtcode != buurt["buurtcode"]:
                continue
            area = buurt["geometry"]
            core = area.representative_point()
            width, depth = LANDMARK_SIZE
            for dx, dy in ((450, 0), (-450, 0), (0, 450), (0, -450), (350, 350), (-350, -350), (600, 0), (-600, 0)):
                cx, cy = round((core.x + dx) / 10) * 10, round((core.y + dy) / 10) * 10
                footprint = _rectangle(cx, cy, width, depth, 0.0)
                if area.contains(footprint.buffer(40)):
                    rng = _rng("landmark", buurtcode)
                    self.landmark_ids.append(self._add_building(buurt, footprint, rng, year, label, "utiliteit"))
                    break
            else:
                raise RuntimeError(f"no room for the landmark in {buurtcode}")

    def _settlements(self, muni: Record) -> None:
        """The municipality's panden outside the landmarks: a town around the centre of its first wijk, a
        village and a hamlet in every other wijk (one village on the island), roads between them with
        lintbebouwing and farms in the open land."""
        code = muni["identificatie"]
        wijken = [w for w in self.wijken if w["gemeentecode"] == code]
        landmarks = [b for b in self.buildings if b["gemeentecode"] == code]
        # Each landmark stands alone in a park or field 320 m across, so pictures of it show it alone.
        land = _Land(muni, [b for b in self.buurten if b["gemeentecode"] == code],
                     [_rectangle(lm["geometry"].centroid.x, lm["geometry"].centroid.y, 320, 320, 0.0)
                      for lm in landmarks])
        rng = _rng("settlements", code)
        town_radius = {"GM9901": 720.0, "GM9902": 760.0}.get(code, 600.0)
        town = _Settlement(wijken[0]["geometry"].representative_point(), town_radius, rng, town=True)
        places, roads = [town], []
        island = {b["buurtcode"] for b in self.buurten if b["wijkcode"] == ISLAND_WIJK}
        for landmark in landmarks:  # a school at the edge of a village, on the side of the buurt's centre
            centre, inward = landmark["geometry"].centroid, self._buurt(landmark).representative_point()
            if not town.contains(centre.x, centre.y, 300) and landmark["buurtcode"] not in island:
                away = math.hypot(inward.x - centre.x, inward.y - centre.y) or 1.0
                core = Point(centre.x + 420 * (inward.x - centre.x) / away,
                             centre.y + 420 * (inward.y - centre.y) / away)
                place = _Settlement(core, rng.uniform(280, 340), rng, town=False)
                roads.append(_noisy_line(rng, (town.x, town.y), (place.x, place.y), step=300.0, max_dev=350.0))
                places.append(place)
        for wijk in wijken[1:]:
            island = wijk["wijkcode"] == ISLAND_WIJK
            for radius in [300.0] if island else [rng.uniform(260, 360), rng.uniform(140, 190)]:
                core = _site(wijk["geometry"], radius, places, rng)
                if core is None:
                    continue
                place = _Settlement(core, radius, rng, town=False)
                if island:  # the island's dike road, through its village
                    roads.append([(place.x - 1600, place.y - 150), (place.x + 1600, place.y + 150)])
                else:  # a road from the nearest place already there
                    near = min(places, key=lambda p: math.hypot(p.x - place.x, p.y - place.y))
                    roads.append(_noisy_line(rng, (near.x, near.y), (place.x, place.y), step=300.0, max_dev=350.0))
                places.append(place)
        for _ in range(2):  # roads out of town towards the neighbours
            angle = rng.uniform(0, 2 * math.pi)
            end = (town.x + 7000 * math.cos(angle), town.y + 7000 * math.sin(angle))
            roads.append(_noisy_line(rng, (town.x, town.y), end, step=300.0, max_dev=350.0))
        for number, place in enumerate(places):
            lattices = self._districts(land, place, _rng("districts", code, number))
            self.sites.append(Site(code, place, tuple(lattices)))
        self.roads.extend((code, tuple(road)) for road in roads)
        for number, road in enumerate(roads):
            self._ribbon(land, LineString(road), places, _rng("lint", code, number))
        self._farms(land, places, _rng("farms", code))

    def _buurt(self, building: Record) -> BaseGeometry:
        return next(b["geometry"] for b in self.buurten if b["buurtcode"] == building["buurtcode"])

    def _place(self, land: "_Land", rng: random.Random, cx: float, cy: float, width: float, depth: float,
               angle: float, year: int, woningtype: str) -> bool:
        """Add a pand if it lies well inside one buurt and clear of all others; True if it was added."""
        bounds = _bounds(cx, cy, width + 2, depth + 2, angle)
        if not land.free(lambda: _rectangle(cx, cy, width + 2, depth + 2, angle), bounds):  # 1 m between panden
            return False
        buurt = land.buurt_for(_rectangle(cx, cy, width + 6, depth + 6, angle),  # 3 m inside, as buffer(3)
                               _bounds(cx, cy, width + 6, depth + 6, angle))
        if buurt is None:
            return False
        footprint = _rectangle(cx, cy, width, depth, angle)
        land.occupy(footprint, _bounds(cx, cy, width, depth, angle))
        self._add_building(buurt, footprint, rng, max(1850, min(2022, year)), woningtype=woningtype)
        return True

    def _districts(self, land: "_Land", place: "_Settlement", rng: random.Random) -> List[Lattice]:
        """Each district of a town or village: a lattice of panden in blocks, cut off by the place's outline."""
        lattices = []
        for district in place.districts:
            kind = _KINDS[district.kind]
            (cell_u, cell_v), (block_u, block_v) = kind.cell, kind.block
            cos, sin = math.cos(district.angle), math.sin(district.angle)
            span_u = cell_u + kind.street / block_u
            span_v = cell_v + kind.street / block_v
            reach = place.radius * district.outer * (1 + place.lobes[0] + place.lobes[2]) + span_u + span_v
            shift_u, shift_v = rng.uniform(0, span_u), rng.uniform(0, span_v)
            lattices.append(Lattice(district, kind, (shift_u, shift_v), reach))
            for i in range(-int(reach // span_u) - 1, int(reach // span_u) + 2):
                for j in range(-int(reach // span_v) - 1, int(reach // span_v) + 2):
                    u = shift_u + i * cell_u + (i // block_u) * kind.street
                    v = shift_v + j * cell_v + (j // block_v) * kind.street
                    x, y = place.x + u * cos - v * sin, place.y + u * sin + v * cos
                    if rng.random() > kind.fill or place.district_at(x, y) is not district:
                        continue
                    self._place(land, rng, x + rng.uniform(-1, 1), y + rng.uniform(-1, 1),
                                rng.uniform(*kind.width), rng.uniform(*kind.depth),
                                district.angle + rng.uniform(-kind.skew, kind.skew),
                                int(rng.gauss(district.era, district.spread)), rng.choice(kind.types))
        return lattices

    def _ribbon(self, land: "_Land", road: LineString, places: Sequence["_Settlement"],
                rng: random.Random) -> None:
        """Lintbebouwing: stretches of houses and farms facing the road, outside the towns and villages."""
        along, built = rng.uniform(0, 400), rng.random() < 0.5
        while along < road.length:
            stretch = rng.uniform(300, 1300) if built else rng.uniform(300, 1500)
            era = rng.choice((1890, 1910, 1930, 1955, 1965, 1975))
            end = min(road.length, along + stretch)
            while built and along < end:
                (px, py), (qx, qy) = [road.interpolate(a).coords[0] for a in (along, min(road.length, along + 5))]
                angle = math.atan2(qy - py, qx - px)
                nx, ny = -math.sin(angle), math.cos(angle)
                for side in (1, -1):
                    if rng.random() > 0.65 or any(place.contains(px, py, 60) for place in places):
                        continue
                    farm = rng.random() < 0.2
                    width, depth = (rng.uniform(12, 16), rng.uniform(24, 34)) if farm else \
                        (rng.uniform(9, 14), rng.uniform(8, 12))
                    offset = side * (12 + depth / 2 + rng.uniform(0, 6))
                    year = int(rng.gauss(era - 30 if farm else era, 12))
                    if self._place(land, rng, px + nx * offset, py + ny * offset, width, depth, angle, year,
                                   "vrijstaand") and farm and rng.random() < 0.6:
                        offset += side * (depth / 2 + 30)  # the barn behind the farmhouse
                        self._place(land, rng, px + nx * offset, py + ny * offset, rng.uniform(18, 26),
                                    rng.uniform(35, 55), angle, rng.randint(1955, 2012), "utiliteit")
                along += rng.uniform(22, 60)
            along, built = end, not built

    def _farms(self, land: "_Land", places: Sequence["_Settlement"], rng: random.Random) -> None:
        """Farmsteads (house and barn) scattered over the open land."""
        xmin, ymin, xmax, ymax = land.muni.bounds
        for _ in range(int(land.muni.area / 1.6e6)):
            x, y = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
            if any(place.contains(x, y, 300) for place in places):
                continue
            angle = rng.uniform(0, math.pi)
            year = int(rng.gauss(1915, 25))
            if self._place(land, rng, x, y, rng.uniform(12, 16), rng.uniform(22, 32), angle, year, "vrijstaand"):
                dx, dy = 40 * math.cos(angle + math.pi / 2), 40 * math.sin(angle + math.pi / 2)
                self._place(land, rng, x + dx, y + dy, rng.uniform(18, 28), rng.uniform(35, 60), angle,
                            rng.randint(1955, 2015), "utiliteit")

    def _border_buildings(self) -> None:
        """Panden 3-15 m from a shared municipal border, on both sides."""
        munis = {m["identificatie"]: m["geometry"] for m in self.munis}
        for a, b in (("GM9901", "GM9902"), ("GM9902", "GM9903")):
            border = munis[a].intersection(munis[b])
            # linemerge takes a list of lines on every shapely (2.2 refuses a lone LineString)
            shared = linemerge([g for g in getattr(border, "geoms", [border]) if isinstance(g, LineString)])
            if not isinstance(shared, LineString):  # several pieces: use the longest
                shared = max(shared.geoms, key=lambda g: g.length)
            rng = _rng("border", a, b)
            for fraction in (0.15, 0.35, 0.55, 0.75, 0.9):
                along = fraction * shared.length
                p = shared.interpolate(along)
                p1 = shared.interpolate(max(0.0, along - 10))
                p2 = shared.interpolate(min(shared.length, along + 10))
                angle = math.atan2(p2.y - p1.y, p2.x - p1.x)
                nx, ny = -math.sin(angle), math.cos(angle)
                for side in (1, -1):
                    footprint = _rectangle(p.x + side * nx * 9, p.y + side * ny * 9, 9, 9, angle)
                    owner = next((c for c, g in munis.items() if g.contains(footprint.buffer(3))), None)
                    buurt = next((bu for bu in self.buurten if bu["geometry"].contains(footprint)), None)
                    if owner is None or buurt is None or any(
                            footprint.intersects(o["geometry"]) for o in self.buildings
                            if o["buurtcode"] == buurt["buurtcode"]):
                        continue
                    year = rng.randint(1930, 2015)
                    self.border_ids.append(self._add_building(buurt, footprint, rng, year))
