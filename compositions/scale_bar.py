"""Scale bars in 1-2-5 steps (100 m, 200 m, 250 m, 500 m, 1 km, 2 km …), as a cartographer draws them.

QGIS 3.22's "fit segment width" mode picks the segment size with QgsLayoutUtils::calculatePrettySize, which
rounds the largest size that fits down to its first digit: 0.9 km, 3 km and 7 km are all "pretty" to it. So the
DEGO scale bar gets a fixed segment size instead, chosen here for its map's scale, within the bar widths the
template sets (tools/build_layout_templates.py): a step below 1 km in metres, from 1 km in kilometres. The scale
changes per page in a per-wijk atlas: `keep_fitted` re-fits on every extent change of a layout in the project
(designer, atlas preview), and the export, which works on copies of the layouts, calls `fit_scale_bar` after
each atlas page (compositions/export.py `_Pages.next`).
"""
from __future__ import annotations

import math
from typing import List, Tuple

from qgis.core import QgsLayoutItemMap, QgsLayoutItemScaleBar

from ..toolbelt.qgis_names import KILOMETERS, METERS, SEGMENT_SIZE_FIXED

NICE_STEPS = (1.0, 2.0, 2.5, 5.0)  # per power of ten
FITTED_PROPERTY = "dego/fitted_segment"  # the segment size fit_scale_bar set last: another one is the user's


def nice_step(largest: float) -> float:
    """The largest 1-2-2.5-5 × 10^k value not above `largest` (0 for no positive value). Consecutive steps are
    at most a factor 2 apart, so with the template's maximum bar width at least twice its minimum the bar is
    never shorter than the minimum."""
    if not largest > 0:
        return 0.0
    power = 10.0 ** math.floor(math.log10(largest))
    return max(step * power for step in NICE_STEPS if step * power <= largest * (1 + 1e-9))


def segment_for(scale: float, segments: int, max_width_mm: float) -> Tuple[float, object, str]:
    """(units per segment, unit, unit label) for a map at 1:`scale` and the longest bar of `segments` segments
    not longer than `max_width_mm` on paper."""
    step = nice_step(max_width_mm * scale / 1000.0 / segments)
    if step >= 1000:
        return step / 1000.0, KILOMETERS, "km"
    return step, METERS, "m"


def scale_bars(layout) -> List[QgsLayoutItemScaleBar]:
    """The layout's scale bars that belong to a map (the DEGO templates have one)."""
    items = layout.items() if layout is not None else []
    return [item for item in items if isinstance(item, QgsLayoutItemScaleBar)
            and isinstance(item.linkedMap(), QgsLayoutItemMap)]


def fit_scale_bar(layout) -> None:
    """Give the layout's scale bars 1-2-5 segments for their map's current scale (one whose map has no extent
    yet is left as it is, and so is one whose segments the user set in the layout designer)."""
    for bar in scale_bars(layout):
        scale = bar.linkedMap().scale()
        if not scale > 0 or _set_by_user(bar):
            continue
        segments = bar.numberOfSegments() + (1 if bar.numberOfSegmentsLeft() else 0)
        size, unit, label = segment_for(scale, max(segments, 1), bar.maximumBarWidth())
        if size <= 0:
            continue
        bar.setSegmentSizeMode(SEGMENT_SIZE_FIXED)
        bar.setUnits(unit)
        bar.setUnitLabel(label)
        bar.setUnitsPerSegment(size)
        bar.setCustomProperty(FITTED_PROPERTY, size)
        bar.update()


def _set_by_user(bar: QgsLayoutItemScaleBar) -> bool:
    """The bar's segment size is no longer the one fitted last (saved with the layout)."""
    fitted = bar.customProperty(FITTED_PROPERTY, None)
    if fitted is None:
        return False
    try:
        return abs(float(fitted) - bar.unitsPerSegment()) > 1e-9 * max(1.0, abs(float(fitted)))
    except (TypeError, ValueError):
        return False


def keep_fitted(layout) -> None:
    """Fit now and again whenever a linked map's extent changes (a layout in the project: the designer and its
    atlas preview)."""
    for map_item in {id(bar.linkedMap()): bar.linkedMap() for bar in scale_bars(layout)}.values():
        map_item.extentChanged.connect(lambda: fit_scale_bar(layout))
    fit_scale_bar(layout)
