"""The clip shape of a print map (compositions/layout.py clip_ring): one valid ring around every part of a
municipality, as a layout polygon item holds and as QGIS needs to clip the names with it."""
from __future__ import annotations

from shapely.geometry import MultiPolygon, Polygon, box

from dego_plugin.compositions.layout import clip_ring


def test_one_valid_ring_holds_the_mainland_its_islands_and_its_holes():
    mainland = Polygon(box(0, 0, 8000, 18000).exterior, [box(2000, 2000, 3000, 3000).exterior])  # with a hole
    islands = [box(11000, 2000, 13000, 4000), box(9000, 15000, 10000, 16000)]
    ring = Polygon(clip_ring(MultiPolygon([mainland] + islands)))
    assert ring.is_valid and not ring.interiors
    assert all(ring.contains(part.buffer(-1)) for part in [Polygon(mainland.exterior)] + islands)
    # The bridges between the parts are 1 m wide: the ring adds next to nothing to the municipality's area.
    assert ring.area - sum(p.area for p in [Polygon(mainland.exterior)] + islands) < 10_000
    assert clip_ring(box(0, 0, 10, 10)) == list(box(0, 0, 10, 10).exterior.coords)
