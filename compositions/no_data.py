"""A legend class for what CBS does not publish: a buurt whose figure is kept secret or unknown is not left blank on
the map, it is drawn grey as "Geen gegevens" (in the map's language).

CBS marks such figures with special negative values, not NULL: -99997 secret, -99995 later, -99991 no longer
published, and DEGO's copies -99999999. A print layer styled in classes of a value (QGIS's graduated renderer) whose
classes all lie above those codes gets one more class under them; the legend lists it only where the map has such a
buurt (compositions/legend_content.py). A class given by an expression that already turns the codes into NULL (DEGO
2023's `CASE WHEN x >= 0 THEN x END`), and styles of other kinds, are left as they are. The print layers are the
plugin's own: the layers in the user's DEGO group keep their style.
"""
from __future__ import annotations

from qgis.core import QgsGraduatedSymbolRenderer, QgsMapLayer, QgsRendererRange, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

SPECIAL_CODES = (-1e12, -99990.0)  # (lower, upper): every CBS special value, and no real figure
NO_DATA_COLOUR = QColor(200, 200, 200)


def show_no_data(layer: QgsMapLayer, label: str) -> None:
    """GUI thread: the layer's "no data" class, labelled `label` (added once; relabelled on a later run)."""
    renderer = layer.renderer() if isinstance(layer, QgsVectorLayer) else None
    if not isinstance(renderer, QgsGraduatedSymbolRenderer) or not renderer.ranges():
        return
    ranges = renderer.ranges()
    for index, existing in enumerate(ranges):
        if (existing.lowerValue(), existing.upperValue()) == SPECIAL_CODES:
            if existing.label() != label:
                renderer.updateRangeLabel(index, label)
                layer.triggerRepaint()
            return
    if min(existing.lowerValue() for existing in ranges) <= SPECIAL_CODES[1]:
        return  # the classes reach down to the codes: they are values here
    symbol = ranges[0].symbol().clone()
    symbol.setColor(NO_DATA_COLOUR)
    renderer.addClassRange(QgsRendererRange(SPECIAL_CODES[0], SPECIAL_CODES[1], symbol, label))
    layer.triggerRepaint()
