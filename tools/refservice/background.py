"""A fictional topographic background map of the demo region (pure Python + shapely), drawn from the demo data's own
towns, villages and roads, for the reference service's "Achtergrondkaart grijs (demo)" (WMTS and WMS, EPSG:28992).

What it holds, as BRT Achtergrondkaart does: the land, water (plassen in the open land, beken, and the lake around the
island), built-up areas (the districts the panden were laid out in), main roads (the roads between the places, along
which the lintbebouwing stands), local streets (between the blocks of each district's lattice, and the singels
between its rings) and place names (each municipality's town, its villages and buurtschappen). Nothing here draws a
random number of demo_data's own: the panden and their figures stay what they were. Names and water come from
random generators of their own, seeded as demo_data's are.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Dict, Iterable, List, Sequence, Tuple

from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from . import demo_data
from .demo_data import Record, Site

# The main place of each municipality (the island municipality's is on the mainland, as Texel's Den Burg is not).
TOWNS = {"GM9901": "Demodorp", "GM9902": "Proefstad", "GM9903": "Voorbeeldhaven"}
# Villages and buurtschappen: fictional names in the demo's spirit (the buurten are Proefhaven, Pipetpark, ...).
_PREFIXES = ("Proef", "Meet", "Ijk", "Staal", "Kolf", "Maat", "Schaal", "Weeg", "Tel", "Monster", "Toets", "Peil")
_SUFFIXES = ("hoven", "veen", "woude", "huizen", "wijk", "dam", "broek", "horst", "kerk", "zand", "meer", "rade")
HAMLET_RADIUS = 200.0  # a place smaller than this is a buurtschap, not a village
LABEL_GAP_M = 60.0  # between a place's built-up area and the foot of its name

# Place kinds, from large to small (the label style of each is in qgis_project.py).
TOWN, VILLAGE, HAMLET = "stad", "dorp", "buurtschap"
MAIN_ROAD, STREET = "hoofdweg", "straat"
LAKE, STREAM = "plas", "beek"

FIELDS: Dict[str, Tuple[Tuple[str, str], ...]] = {
    "achtergrond_land": (("naam", "str"),),
    "achtergrond_water": (("soort", "str"),),
    "achtergrond_bebouwing": (("gemeentecode", "str"), ("soort", "str")),
    "achtergrond_wegen": (("soort", "str"),),
    "achtergrond_plaatsen": (("naam", "str"), ("soort", "str"), ("gemeentecode", "str")),
}
LAYERS = tuple(FIELDS)  # bottom to top


def layer_records() -> Tuple[Tuple[str, List[Record]], ...]:
    """(layer name, records) of every background layer, bottom to top."""
    data = _background()
    return tuple((name, [dict(r) for r in data[name]]) for name in LAYERS)


def places() -> List[Record]:
    return [dict(r) for r in _background()["achtergrond_plaatsen"]]


def water() -> List[Record]:
    return [dict(r) for r in _background()["achtergrond_water"]]


def built_up() -> List[Record]:
    return [dict(r) for r in _background()["achtergrond_bebouwing"]]


def roads() -> List[Record]:
    return [dict(r) for r in _background()["achtergrond_wegen"]]


@lru_cache(maxsize=1)
def _background() -> Dict[str, List[Record]]:
    data = demo_data._data()
    land = unary_union([m["geometry"] for m in data.municipalities])
    sites = list(data.sites)
    grounds = [unary_union([s.settlement.sector(d) for d in s.settlement.districts]) for s in sites]
    built = [{"geometry": _round(ground), "gemeentecode": s.gemeentecode,
              "soort": TOWN if s is _first(sites, s) else VILLAGE}
             for s, ground in zip(sites, grounds) if not ground.is_empty]
    main_roads = [LineString(points) for _, points in data.roads]
    occupied = _Occupied([b["geometry"] for b in data.buildings])
    return {
        "achtergrond_land": [{"geometry": _round(land), "naam": "Demoprovincie"}],
        "achtergrond_water": _water(land, sites, main_roads, occupied),
        "achtergrond_bebouwing": built,
        "achtergrond_wegen": ([{"geometry": _round(road), "soort": MAIN_ROAD} for road in main_roads]
                              + [{"geometry": _round(street), "soort": STREET} for street in _streets(sites)]),
        "achtergrond_plaatsen": _named_places(sites, grounds),
    }


def _first(sites: Sequence[Site], site: Site) -> Site:
    """The first site of the site's municipality: its town."""
    return next(s for s in sites if s.gemeentecode == site.gemeentecode)


def _round(geom: BaseGeometry) -> BaseGeometry:
    return demo_data._round(geom)


# ---------------------------------------------------------------- names

def _named_places(sites: Sequence[Site], grounds: Sequence[BaseGeometry]) -> List[Record]:
    """Each site's name, at the point its label stands on: just north of its built-up area, where a map of panden
    leaves it readable. A municipality's first site is its town, the rest villages or buurtschappen."""
    rng = demo_data._rng("background", "names")
    names = [p + s for p in _PREFIXES for s in _SUFFIXES if p.lower() != s]
    rng.shuffle(names)
    records = []
    for site, ground in zip(sites, grounds):
        place = site.settlement
        if site is _first(sites, site):
            name, kind = TOWNS[site.gemeentecode], TOWN
        else:
            name, kind = names.pop(), HAMLET if place.radius < HAMLET_RADIUS else VILLAGE
        top = ground.bounds[3] if not ground.is_empty else place.y
        records.append({"geometry": Point(round(place.x, 2), round(top + LABEL_GAP_M, 2)), "naam": name, "soort": kind,
                        "gemeentecode": site.gemeentecode})
    return records


# ---------------------------------------------------------------- streets

def _streets(sites: Sequence[Site]) -> List[BaseGeometry]:
    """The streets of every district: lines between its blocks of panden, and the singels between its rings."""
    streets: List[BaseGeometry] = []
    for site in sites:
        place = site.settlement
        for lattice in site.lattices:
            ground = place.sector(lattice.district).buffer(15)
            for line in _lattice_lines(place, lattice):
                piece = line.intersection(ground)
                if not piece.is_empty and piece.length > 40:
                    streets.append(piece)
        for share in sorted({d.inner for d in place.districts if d.inner > 0}):
            ring = [(place.x + share * place.edge(t) * math.cos(t), place.y + share * place.edge(t) * math.sin(t))
                    for t in (2 * math.pi * k / 72 for k in range(73))]
            streets.append(LineString(ring))
    return streets


def _lattice_lines(place, lattice) -> Iterable[LineString]:
    """The street centre lines of a district's lattice: midway between the last cell of a block and the first of the
    next, in both directions (demo_data._districts places cell i at shift + i * cell + (i // block) * street)."""
    kind, (shift_u, shift_v), reach = lattice.kind, lattice.shift, lattice.reach
    cos, sin = math.cos(lattice.district.angle), math.sin(lattice.district.angle)

    def world(u: float, v: float) -> Tuple[float, float]:
        return place.x + u * cos - v * sin, place.y + u * sin + v * cos

    for axis in (0, 1):
        cell, block, shift = kind.cell[axis], kind.block[axis], (shift_u, shift_v)[axis]
        spacing = block * cell + kind.street
        for k in range(-int(reach // spacing) - 2, int(reach // spacing) + 3):
            middle = shift + (k * block - 0.5) * cell + (k - 0.5) * kind.street
            ends = [(middle, -reach), (middle, reach)] if axis == 0 else [(-reach, middle), (reach, middle)]
            yield LineString([world(u, v) for u, v in ends])


# ---------------------------------------------------------------- water

class _Occupied:
    """Panden on a coarse grid: is anything built near a place?"""

    CELL = 200.0

    def __init__(self, footprints: Sequence[BaseGeometry]) -> None:
        self.cells: Dict[Tuple[int, int], List[BaseGeometry]] = {}
        for footprint in footprints:
            c = footprint.centroid
            self.cells.setdefault((int(c.x // self.CELL), int(c.y // self.CELL)), []).append(footprint)

    def near(self, geom: BaseGeometry, distance: float) -> List[BaseGeometry]:
        xmin, ymin, xmax, ymax = geom.buffer(distance).bounds
        found = []
        for i in range(int(xmin // self.CELL) - 1, int(xmax // self.CELL) + 2):
            for j in range(int(ymin // self.CELL) - 1, int(ymax // self.CELL) + 2):
                found.extend(f for f in self.cells.get((i, j), ()) if f.distance(geom) < distance)
        return found


def _water(land: BaseGeometry, sites: Sequence[Site], main_roads: Sequence[LineString],
           occupied: _Occupied) -> List[Record]:
    rng = demo_data._rng("background", "water")
    records = []
    # The lake the island lies in: everything east of the mainland, around the island.
    xmin, ymin, xmax, ymax = land.bounds
    lake = box(xmax - 6000, ymin - 1000, xmax + 1500, ymin + 8000).difference(land)
    records.append({"geometry": _round(lake), "soort": LAKE})
    roads = unary_union(list(main_roads))
    towns = [Point(s.settlement.x, s.settlement.y).buffer(s.settlement.radius * 1.6) for s in sites]
    for muni in demo_data._data().municipalities:
        area = max(getattr(muni["geometry"], "geoms", [muni["geometry"]]), key=lambda g: g.area)
        records.extend(_lakes(rng, area, towns, roads, occupied))
        records.extend(_streams(rng, area, occupied))
    return records


def _lakes(rng, area: Polygon, towns: Sequence[BaseGeometry], roads: BaseGeometry, occupied: _Occupied,
           count: int = 3) -> List[Record]:
    """Plassen in the open land: clear of panden, places, roads and the border."""
    xmin, ymin, xmax, ymax = area.bounds
    inside = area.buffer(-300)
    lakes: List[Record] = []
    for _ in range(400):
        if len(lakes) == count:
            break
        radius = rng.uniform(160, 320)
        centre = Point(rng.uniform(xmin, xmax), rng.uniform(ymin, ymax))
        a, p, b, q, stretch = (rng.uniform(0.1, 0.25), rng.uniform(0, 6.3), rng.uniform(0.05, 0.15), rng.uniform(0, 6.3),
                               rng.uniform(1.0, 1.8))
        outline = []
        for k in range(48):
            t = 2 * math.pi * k / 48
            r = radius * (1 + a * math.sin(2 * t + p) + b * math.sin(3 * t + q))
            outline.append((centre.x + r * math.cos(t) * stretch, centre.y + r * math.sin(t)))
        shape = Polygon(outline)
        if (inside.contains(shape) and not any(t.intersects(shape) for t in towns)
                and roads.distance(shape) > 80 and not occupied.near(shape, 60)
                and all(shape.distance(other["geometry"]) > 400 for other in lakes)):
            lakes.append({"geometry": _round(shape), "soort": LAKE})
    return lakes


def _streams(rng, area: Polygon, occupied: _Occupied) -> List[Record]:
    """A beek across the municipality from west to east, 8 m wide, passing under the panden in its way (culverts)."""
    xmin, ymin, xmax, ymax = area.bounds
    y = rng.uniform(ymin + 0.25 * (ymax - ymin), ymax - 0.25 * (ymax - ymin))
    line = LineString(demo_data._noisy_line(rng, (xmin - 500, y), (xmax + 500, y), step=250.0, max_dev=700.0))
    course = line.intersection(area.buffer(-20))
    stream = course.buffer(4, cap_style=2)
    near = occupied.near(course, 12)
    if near:
        stream = stream.difference(unary_union([f.buffer(3) for f in near]))
    return [{"geometry": _round(stream), "soort": STREAM}] if not stream.is_empty else []

