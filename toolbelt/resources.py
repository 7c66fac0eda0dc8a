"""The plugin's resource files (resources/): paths and icons, each icon made once."""
from __future__ import annotations

from pathlib import Path
from typing import Dict

from qgis.PyQt.QtGui import QIcon

from ..model.catalogue import ServiceType

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
PLUGIN_ICON = "dego.svg"
LAYERS_ICON, MAPS_ICON, PLAN_ICON = "dego-layers.svg", "dego-maps.svg", "dego-plan.svg"  # the toolbar's buttons
_SERVICE_ICONS = {ServiceType.WMS: "layer-raster.svg", ServiceType.WMTS: "layer-raster.svg",
                  ServiceType.WFS: "layer-vector.svg", ServiceType.OAPIF: "layer-vector.svg",
                  ServiceType.VECTOR_TILE: "layer-vectortile.svg"}
_icons: Dict[str, QIcon] = {}


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def icon(name: str = PLUGIN_ICON) -> QIcon:
    """An icon of resources/icons (cached: one QIcon per file, shared by every toolbar button and tree row)."""
    if name not in _icons:
        _icons[name] = QIcon(str(resource_path("icons", name)))
    return _icons[name]


def service_icon(service_type: str) -> QIcon:
    return icon(_SERVICE_ICONS.get(service_type, "layer-vector.svg"))
