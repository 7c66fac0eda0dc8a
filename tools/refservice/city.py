"""A bench-only data size of the reference service: Proefstad (GM9902) as a city of `n` more panden.

`make bench` (bench/city.py) starts the reference service in a work directory of its own with
`ReferenceService.start(workdir, city_panden=n)`: after the usual build, `n` panden are added to the GeoPackage's
`Energie_gegevens` table on a grid inside Proefstad's border (small blocks, seeded labels and years), before
qgis_mapserver and MapServer start; both serve them like any pand. Never built by `make test`: the tests' work
directory holds the demo data only. The vector tiles are not remade (the bench does not draw them).
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

CITY_CODE = "GM9902"
CITY_BUURT = "BU99020101"  # every added pand's buurt (the bench's maps do not count per buurt)
STAMP = "city.json"


def add_city(gpkg: Path, panden: int) -> None:
    """Add `panden` panden to Proefstad in `gpkg` (once: a stamp beside it remembers how many were added)."""
    from osgeo import ogr
    from shapely import wkb
    from shapely.geometry import box
    from shapely.prepared import prep

    stamp = gpkg.parent / STAMP
    done = json.loads(stamp.read_text()) if stamp.exists() else {}
    if done.get("mtime_ns") == gpkg.stat().st_mtime_ns:  # this very file got its city already
        if done.get("panden") == panden:
            return
        raise ValueError(f"{gpkg} already holds another city size: start with rebuild=True")
    dataset = ogr.Open(str(gpkg), 1)
    boundaries = dataset.GetLayerByName("Gemeentegebied")
    boundaries.SetAttributeFilter(f"identificatie = '{CITY_CODE}'")
    feature = boundaries.GetNextFeature()  # kept: its geometry dies with it
    border = wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb()))
    inside = prep(border)
    table = dataset.GetLayerByName("Energie_gegevens")
    definition = table.GetLayerDefn()
    rng = random.Random(f"dego-city-{panden}")
    step = math.sqrt(border.area * 0.8 / panden)  # a grid that fits `panden` points inside with room to spare
    xmin, ymin, xmax, ymax = border.bounds
    added, row = 0, 0
    dataset.StartTransaction()
    y = ymin + step / 2
    while y < ymax and added < panden:
        x = xmin + step / 2 + (step / 2 if row % 2 else 0)
        while x < xmax and added < panden:
            if inside.contains(box(x - step * 0.3, y - step * 0.25, x + step * 0.3, y + step * 0.25)):
                table.CreateFeature(_pand(definition, rng, added, x, y, step))
                added += 1
            x += step
        y += step
        row += 1
    dataset.CommitTransaction()
    dataset = None  # noqa: F841 (closes the file)
    stamp.write_text(json.dumps({"panden": panden, "added": added, "mtime_ns": gpkg.stat().st_mtime_ns}))


def _pand(definition, rng: random.Random, index: int, x: float, y: float, step: float):
    from osgeo import ogr

    width, depth = step * rng.uniform(0.35, 0.6), step * rng.uniform(0.3, 0.5)
    year = rng.choice((1925, 1950, 1965, 1978, 1990, 2005, 2018))
    label = str(min(7, max(1, round(7 - (year - 1920) / 17 + rng.uniform(-1.5, 1.5)))))
    feature = ogr.Feature(definition)
    values = {"gid": 10_000_000 + index, "identificatie": f"9902{800_000_000_000 + index}",
              "gemeentecode": CITY_CODE, "buurtcode": CITY_BUURT, "bouwjaar": year, "woningtype": "tussenwoning",
              "elabel_definitief": label, "elabel_voorlopig": label, "m2": round(width * depth),
              "totaal_oppervlak_m2": round(width * depth), "gasm3_2020": rng.randint(400, 2500),
              "kwh_2020": rng.randint(1500, 5000), "gasm3_per_m2": round(rng.uniform(5, 20), 2),
              "kwh_leveringsrichting_2020": 100, "pandcount_2020": 1, "gas_aansluitingen_2020": 1,
              "kwh_aansluitingen_2020": 1, "ean_code_count": 1}
    for name, value in values.items():
        if definition.GetFieldIndex(name) >= 0:
            feature.SetField(name, value)
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)):
        ring.AddPoint_2D(round(x + dx * width / 2, 2), round(y + dy * depth / 2, 2))
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    feature.SetGeometry(polygon)
    return feature
