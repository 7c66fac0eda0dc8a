"""Legends of WMS/WMTS print layers: the server's legend graphic, fetched once and kept in the layer.

QGIS draws a WMS/WMTS legend with a node (QgsWmsLegendNode) that fetches GetLegendGraphic when it is first
drawn. The export renders in a worker thread (compositions/export.py), where that fetch crashed QGIS. So the
graphic is fetched while the print layers are made (a background task that may use the network), and kept in
the layer as its legend placeholder image (QgsMapLayer.setLegendPlaceholderImage, drawn by a static
QgsImageLegendNode). It is embedded as `base64:` PNG data, not a path: it is saved in the project, so a
project reopened on another machine still has it. The layout's legend then shows only that image node of the
layer (a legend node order) and never the fetching one.
"""
from __future__ import annotations

import base64
from typing import Callable, List, Optional, Sequence, Tuple

from qgis.core import Qgis, QgsImageLegendNode, QgsLayerTreeLayer, QgsMapLayer, QgsMapLayerLegendUtils, QgsRasterLayer
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ..model.catalogue import LayerEntry
from ..model.urls import with_query
from ..toolbelt.log import log

EMBEDDED = "base64:"  # QGIS's image cache and path resolver read this prefix as inline image data
OGC_PIXEL_MM = 0.28  # the OGC standard rendering pixel: a legend graphic is drawn for this pixel size
PRINT_FACTOR = 3  # ask for the graphic at 3 x 90.7 dpi: sharp in a 300 dpi export
# Servers label their legend graphics at about this size, at the OGC pixel (QGIS Server ~12 pt, GeoServer ~10);
# a graphic is printed smaller where the layout's own legend labels are smaller, so the two match.
GRAPHIC_LABEL_PT = 12.0
MAX_PIXELS = 4000  # a larger "legend" is not a legend (or an error image): left out
GAP_PIXELS = 6  # between the graphics of a multi-layer WMS entry
LEGEND_TITLE_PROPERTY = "legend/title-label"  # QGIS's own: a layer's title in one legend only


def legend_graphic_urls(entry: LayerEntry, factor: int = 1) -> List[str]:
    """The WMS GetLegendGraphic URL for each of the entry's layers, in catalogue order. A WMTS has no legend
    request of its own: the WMS of the same endpoint is asked (QGIS Server, GeoServer and MapProxy serve both
    there; elsewhere the request fails and the layer stays out of the legend)."""
    service = entry.service
    if not service.type.is_map_image:
        return []
    styles = list(entry.style.server_styles) + [""] * len(service.layers)
    urls = []
    for name, style in zip(service.layers, styles):
        query = [("SERVICE", "WMS"), ("VERSION", "1.3.0"), ("REQUEST", "GetLegendGraphic"),
                        ("LAYER", name), ("FORMAT", "image/png"), ("STYLE", "" if style == "default" else style),
                        ("SLD_VERSION", "1.1.0"), ("TRANSPARENT", "TRUE"),
                        # QGIS Server: no layer title in the image; the print legend writes the layer's name.
                        ("LAYERTITLE", "FALSE")]
        if factor > 1:  # the resolution, as QGIS Server, GeoServer and MapServer spell it; others answer 1x
            dpi = round(factor * 25.4 / OGC_PIXEL_MM)
            query += [("DPI", str(dpi)), ("LEGEND_OPTIONS", f"dpi:{dpi}"), ("MAP_RESOLUTION", str(dpi))]
        urls.append(with_query(service.url, query, replacing=("LAYERS", "STYLES")))
    return urls


def fetch_legend_graphic(entry: LayerEntry, fetch: Callable[[str], bytes]) -> Optional[QImage]:
    """Blocking (network), for a worker thread: the entry's legend graphic (several layers stacked), or None
    when the server gave none that decodes as an image. Its dots per metre say its print size."""
    images = []
    for url, sharp_url in zip(legend_graphic_urls(entry), legend_graphic_urls(entry, PRINT_FACTOR)):
        image = _fetched(fetch, url)
        if image is None:
            continue
        sharp = _fetched(fetch, sharp_url)
        # Only a server that honoured the resolution answers with PRINT_FACTOR times the pixels.
        if sharp is not None and abs(sharp.width() / (PRINT_FACTOR * image.width()) - 1) < 0.15:
            image, factor = sharp, PRINT_FACTOR
        else:
            factor = 1
        dots_per_metre = round(factor * 1000 / OGC_PIXEL_MM)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        images.append(image)
    return stacked(images) if images else None


def _fetched(fetch: Callable[[str], bytes], url: str) -> Optional[QImage]:
    try:
        return decoded(fetch(url))
    except Exception as error:  # any network failure: this layer's graphic is missing, the map is still made
        log(f"legend graphic not fetched from {url}: {type(error).__name__}: {error}", Qgis.MessageLevel.Warning)
        return None


def decoded(data: bytes) -> Optional[QImage]:
    """The image in `data`, or None: not an image (a service exception in XML), empty, absurdly large, or of one
    colour (MapServer answers a 35 x 5 blank for a layer whose classes have no name: no legend at all)."""
    image = QImage.fromData(data)
    if image.isNull() or image.width() < 2 or image.height() < 2:
        return None
    if image.width() > MAX_PIXELS or image.height() > MAX_PIXELS:
        return None
    return None if one_colour(image) else image


def one_colour(image: QImage) -> bool:
    """Every pixel the same colour (transparency included)."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    bits = argb.constBits()
    bits.setsize(argb.bytesPerLine() * argb.height())
    pixels = bytes(bits)  # 4 bytes a pixel, no padding at the end of a line (32-bit rows are aligned)
    return pixels == pixels[:4] * (len(pixels) // 4)


def stacked(images: Sequence[QImage]) -> QImage:
    """One graphic, the others below the first, each at the first one's resolution."""
    if len(images) == 1:
        return images[0]
    dots = images[0].dotsPerMeterX()
    images = [image if image.dotsPerMeterX() == dots else
              image.scaledToWidth(round(image.width() * dots / image.dotsPerMeterX()),
                                  Qt.TransformationMode.SmoothTransformation) for image in images]
    width = max(image.width() for image in images)
    gap = GAP_PIXELS * dots // round(1000 / OGC_PIXEL_MM)
    height = sum(image.height() for image in images) + gap * (len(images) - 1)
    result = QImage(width, height, QImage.Format.Format_ARGB32)
    result.fill(QColor(Qt.GlobalColor.transparent))
    result.setDotsPerMeterX(dots)
    result.setDotsPerMeterY(dots)
    painter = QPainter(result)
    top = 0
    for image in images:
        painter.drawImage(0, top, image)
        top += image.height() + gap
    painter.end()
    return result


def set_legend_graphic(layer: QgsMapLayer, image: QImage) -> None:
    """Keep `image` in the layer, as embedded PNG data in its legend placeholder."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    layer.setLegendPlaceholderImage(EMBEDDED + base64.b64encode(bytes(data)).decode("ascii"))


def legend_graphic(layer: QgsMapLayer) -> Optional[QImage]:
    """The graphic kept in a raster layer (None: none, or not one this module embedded; a path to a file
    is not read: it may be gone on this machine, and the legend would show an empty box)."""
    if not isinstance(layer, QgsRasterLayer):
        return None
    placeholder = layer.legendPlaceholderImage() or ""
    if not placeholder.startswith(EMBEDDED):
        return None
    try:
        return decoded(base64.b64decode(placeholder[len(EMBEDDED):], validate=True))
    except ValueError:
        return None


def print_size_mm(image: QImage, label_pt: float) -> Tuple[float, float]:
    """The graphic's size on paper: as the server drew it (its dots per metre; the OGC pixel when it has
    none), made smaller to match a legend whose labels are smaller than the graphic's."""
    dots = image.dotsPerMeterX()
    pixel_mm = 1000.0 / dots if dots > 0 else OGC_PIXEL_MM
    scale = min(1.0, label_pt / GRAPHIC_LABEL_PT) if label_pt > 0 else 1.0
    return image.width() * pixel_mm * scale, image.height() * pixel_mm * scale


def show_no_legend(node: QgsLayerTreeLayer, title: str) -> None:
    """In a legend model, the layer with `title` (saying there is no legend) and none of its own legend nodes (the
    WMS node would fetch while drawing). Both are saved with the legend, so the export's copy shows the same."""
    node.setCustomProperty(LEGEND_TITLE_PROPERTY, title)
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, [])


def show_graphic_only(model, node: QgsLayerTreeLayer) -> bool:
    """In a legend model, show only the layer's placeholder image node: the fetching WMS node is dropped by
    the node order (saved with the legend, so the export's copy of the layout drops it too, unfetched).
    False when the layer has no image node."""
    nodes = model.layerOriginalLegendNodes(node)
    images = [index for index, legend_node in enumerate(nodes) if isinstance(legend_node, QgsImageLegendNode)]
    if not images:
        return False
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, images[:1])
    model.refreshLayerLegend(node)
    return True
