"""Which way up the paper goes: for a preset's `"orientation": "auto"`, the orientation whose map frame the area
(a municipality, or a wijk on its own page) fills best.

The templates (resources/layouts, tools/build_layout_templates.py) place the map beside a column of legend and
notes, in landscape nearly square, in portrait tall and narrow; which one an area fills best follows from the
proportions of its extent and of the two map frames, read from the templates themselves.
"""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Tuple

from ..model.presets import AUTO_ORIENTATION, PAGE_ORIENTATIONS
from ..toolbelt.resources import resource_path
from ..toolbelt.xml import parsed_xml

MAP_ITEM = "dego-map"  # compositions/layout.py ITEM_MAP
TEMPLATES = resource_path("layouts")


def template_path(paper: str, orientation: str) -> Path:
    return TEMPLATES / f"{paper}-{orientation}.qpt"


@lru_cache(maxsize=8)
def map_frame(paper: str, orientation: str) -> Tuple[float, float]:
    """(width, height) in mm of the map frame of a template; (1, 1) when it cannot be read (the layout then reports
    the broken template itself)."""
    try:
        document = parsed_xml(template_path(paper, orientation).read_text(encoding="utf-8"))
    except OSError:
        document = None
    if document is not None:
        items = document.elementsByTagName("LayoutItem")
        for index in range(items.count()):
            item = items.item(index).toElement()
            if item.attribute("id") == MAP_ITEM:
                width, height = (float(v) for v in item.attribute("size").split(",")[:2])
                return width, height
    return 1.0, 1.0


def fill_ratio(width: float, height: float, frame: Tuple[float, float]) -> float:
    """The share of the frame an extent of width x height covers when fitted in (centred, proportions kept)."""
    if width <= 0 or height <= 0:
        return 0.0
    shape, frame_shape = width / height, frame[0] / frame[1]
    return min(shape / frame_shape, frame_shape / shape)


def best_orientation(width: float, height: float, paper: str) -> str:
    """The page orientation whose map frame an extent of width x height fills best (landscape on a tie)."""
    return max(PAGE_ORIENTATIONS, key=lambda o: (fill_ratio(width, height, map_frame(paper, o)), o == "landscape"))


def page_orientation(requested: str, paper: str, width: float, height: float) -> str:
    """The requested orientation, or for "auto" the one the extent fills best."""
    return best_orientation(width, height, paper) if requested == AUTO_ORIENTATION else requested


def landscape_from(paper: str) -> float:
    """The width/height ratio from which an extent fills the landscape frame better than the portrait one: where both
    fill equally, the geometric mean of the two frames' proportions."""
    (lw, lh), (pw, ph) = map_frame(paper, "landscape"), map_frame(paper, "portrait")
    return math.sqrt((lw / lh) * (pw / ph))
