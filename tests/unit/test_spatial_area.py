"""The spatial filter of a detailed border (layers/clip.py spatial_area): whatever shortcut finds its tolerance, what
is returned fits the URL budget as QGIS writes the filter, and covers the whole border, so no feature is lost."""
from __future__ import annotations

import math
import random
from urllib.parse import quote

from qgis.core import QgsExpression, QgsOgcUtils
from qgis.PyQt.QtXml import QDomDocument
from shapely import wkt as shapely_wkt
from shapely.geometry import MultiPolygon, Polygon, box

from dego_plugin.layers.clip import SPATIAL, ClipFilter, filter_bytes, spatial_area

BUDGET = 8_000


def detailed_border(radius=6_000.0, spacing=2.0, jitter=1.5, seed=7):
    """A round municipality with a vertex every `spacing` m, each up to `jitter` m off the circle (18,850)."""
    rng = random.Random(seed)
    n = int(2 * math.pi * radius / spacing)
    return Polygon([(155_000 + (radius + rng.uniform(-jitter, jitter)) * math.cos(2 * math.pi * i / n),
                     463_000 + (radius + rng.uniform(-jitter, jitter)) * math.sin(2 * math.pi * i / n))
                    for i in range(n)])


def test_the_filter_of_a_detailed_border_fits_the_budget_and_covers_the_border():
    border = detailed_border()
    assert border.is_valid and len(border.exterior.coords) > 18_000
    wkt, tolerance = spatial_area(border, budget=BUDGET)
    assert 0 < tolerance < 5
    assert filter_bytes(wkt) <= BUDGET
    assert shapely_wkt.loads(wkt).covers(border)


def test_small_islands_are_kept_and_the_filter_still_fits():
    """Islands of 3 m vanish when simplified without keeping the topology (how the tolerance is first searched);
    kept, they cost the mainland detail, and the answer is searched on until it fits."""
    mainland = detailed_border()
    islands = [box(161_100.0 + 100 * i, 463_000.0, 161_103.0 + 100 * i, 463_003.0) for i in range(10)]
    municipality = MultiPolygon([mainland, *islands])
    assert municipality.is_valid
    wkt, tolerance = spatial_area(municipality, budget=BUDGET)
    assert filter_bytes(wkt) <= BUDGET
    area = shapely_wkt.loads(wkt)
    assert area.covers(municipality) and all(area.covers(island) for island in islands)
    assert tolerance > spatial_area(mainland, budget=BUDGET)[1]


def test_the_filter_bytes_are_counted_as_quote_writes_them():
    wkt, _ = spatial_area(detailed_border(), budget=BUDGET)
    document = QDomDocument()
    expression = QgsExpression(ClipFilter(SPATIAL, area_wkt=wkt).expression())
    document.appendChild(QgsOgcUtils.expressionToOgcFilter(expression, document))
    assert filter_bytes(wkt) == len(quote(document.toString(-1), safe="")) > BUDGET / 2
