"""Deterministic, clearly fictional demo data for the DEGO reference service (pure Python + shapely).

Three adjacent municipalities in EPSG:28992 (x 141–170 km, y 441–459 km): Demodorp (GM9901), Proefstad
(GM9902) and Voorbeeldeiland (GM9903, a MultiPolygon: mainland plus an island). Borders are random-walk
lines, so they are irregular but shared exactly by both neighbours. Each buurt has a village core of
panden carrying the field names of DEGO's `nrg:Energie_gegevens`; a few large "landmark" panden with known
labels sit apart (for pixel checks) and a few small panden sit just inside a municipal border (for clip
tests). Every value comes from `random.Random` seeded with a fixed string, so two runs give equal data.
"""
from __future__ import annotations

import math
import random
from functools import lru_cache
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple

from shapely import wkt as shapely_wkt
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, unary_union

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
    "Energie_gegevens": (
        ("gid", "int"), ("identificatie", "str"), ("gemeentecode", "str"), ("buurtcode", "str"),
        ("bouwjaar", "int"), ("woningtype", "str"), ("elabel_definitief", "str"), ("elabel_voorlopig", "str"),
        ("m2", "int"), ("totaal_oppervlak_m2", "int"), ("gasm3_2020", "int"), ("kwh_2020", "int"),
        ("gasm3_per_m2", "real"), ("kwh_leveringsrichting_2020", "int"), ("pandcount_2020", "int"),
        ("gas_aansluitingen_2020", "int"), ("kwh_aansluitingen_2020", "int"), ("ean_code_count", "int"),
    ),
}

Record = Dict[str, Any]  # attribute name -> value, plus "geometry" (a shapely geometry)


class DemoData(NamedTuple):
    municipalities: List[Record]
    wijken: List[Record]
    buurten: List[Record]
    buildings: List[Record]
    landmark_ids: Tuple[str, ...]
    border_ids: Tuple[str, ...]


# ---------------------------------------------------------------- public API (cached, returns copies)

def municipalities() -> List[Record]:
    return [dict(r) for r in _data().municipalities]


def wijken() -> List[Record]:
    return [dict(r) for r in _data().wijken]


def buurten() -> List[Record]:
    return [dict(r) for r in _data().buurten]


def buildings() -> List[Record]:
    return [dict(r) for r in _data().buildings]


def municipality(code: Any) -> Optional[Record]:
    """The municipality record for GM9901, 9901 or '9901'; None if unknown."""
    wanted = gm_code(code)
    return next((dict(r) for r in _data().municipalities if r["identificatie"] == wanted), None)


def buildings_in(code: Any) -> List[Record]:
    """Panden whose gemeentecode is this municipality (GM9901, 9901 or '9901')."""
    wanted = gm_code(code)
    return [dict(r) for r in _data().buildings if r["gemeentecode"] == wanted]


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


# ---------------------------------------------------------------- attribute helpers

_LABEL_WEIGHTS = (  # (built before, weights for labels '1'..'7'): older panden have worse labels
    (1946, (0, 0, 8, 12, 20, 25, 35)),
    (1976, (0, 10, 20, 25, 25, 20, 0)),
    (1992, (5, 20, 40, 25, 10, 0, 0)),
    (2006, (30, 40, 30, 0, 0, 0, 0)),
    (9999, (80, 20, 0, 0, 0, 0, 0)),
)
_GAS_PER_M2 = {"1": 3.5, "2": 5.5, "3": 7.5, "4": 9.5, "5": 12.0, "6": 14.0, "7": 16.5, "": 11.0}
_ERAS = (1905, 1925, 1952, 1968, 1979, 1996, 2011)
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

    def run(self) -> DemoData:
        self._areas()
        for buurt in self.buurten:
            self._landmarks(buurt)
        for buurt in self.buurten:
            self._village(buurt)
        self._border_buildings()
        self.buildings.sort(key=lambda b: b["identificatie"])
        for gid, building in enumerate(self.buildings, start=1):
            building["gid"] = gid
        return DemoData(self.munis, self.wijken, self.buurten, self.buildings,
                        tuple(sorted(self.landmark_ids)), tuple(sorted(self.border_ids)))

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

    def _village(self, buurt: Record) -> None:
        """A lattice of panden around the buurt's core; lattice cells never overlap, so neither do panden."""
        rng = _rng("village", buurt["buurtcode"])
        area = buurt["geometry"]
        core = area.representative_point()
        keep_out = unary_union([b["geometry"].buffer(25) for b in self.buildings  # the landmarks
                                if b["buurtcode"] == buurt["buurtcode"]])
        angle = rng.uniform(0, math.pi / 2)
        radius = rng.uniform(120, 230)
        era = rng.choice(_ERAS)
        cell_w, cell_d = 28.0, 22.0
        cos, sin = math.cos(angle), math.sin(angle)
        steps = int(radius // min(cell_w, cell_d)) + 1
        for i in range(-steps, steps + 1):
            for j in range(-steps, steps + 1):
                u, v = i * cell_w, j * cell_d
                if math.hypot(u, v) > radius or rng.random() > 0.7:
                    continue
                cx, cy = core.x + u * cos - v * sin, core.y + u * sin + v * cos
                footprint = _rectangle(cx + rng.uniform(-2, 2), cy + rng.uniform(-2, 2),
                                       rng.uniform(8, 18), rng.uniform(6, 12), angle)
                if not area.contains(footprint.buffer(3)) or keep_out.intersects(footprint):
                    continue
                year = max(1850, min(2022, int(rng.gauss(era, 9))))
                self._add_building(buurt, footprint, rng, year)

    def _border_buildings(self) -> None:
        """Panden 3-15 m from a shared municipal border, on both sides."""
        munis = {m["identificatie"]: m["geometry"] for m in self.munis}
        for a, b in (("GM9901", "GM9902"), ("GM9902", "GM9903")):
            shared = linemerge(munis[a].intersection(munis[b]))
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
