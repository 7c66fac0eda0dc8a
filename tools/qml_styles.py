"""Build QGIS renderers and return them as compact QML (symbology only) for the DEGO catalogue.

Each builder makes a renderer, sets it on a memory layer of the right geometry type and exports the style with
`QgsMapLayer.exportNamedStyle(..., StyleCategory.Symbology)`, so the QML is exactly what QGIS itself writes
and reads back (`importNamedStyle`). The export is then made compact: QGIS 3.22 writes every symbol layer
property twice (`<Option>` map and legacy `<prop>`), plus properties that only repeat the default value; both
are dropped because every QGIS >= 3.22 reads the `<Option>` map and fills missing keys with the same defaults.

    qml = categorized("elabel_definitief", [("1", "A", (0, 147, 66)), ("2", "B", (27, 169, 67))])

Colours are (r, g, b) tuples. `geometry` is "polygon" (default), "line" or "point". `outline` for polygons:
"darker" (thin outline in a darker shade of the fill, suited to building footprints), None (no outline) or an
(r, g, b) colour.
"""
from __future__ import annotations

from typing import Optional, Sequence, Tuple, Union

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsReadWriteContext,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

try:
    from ..layers.qml_text import compact, stable_text
except ImportError:  # run as a script (the plugin as dego_plugin on the path)
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / ".build" / "plugins"))
    from dego_plugin.layers.qml_text import compact, stable_text

Color = Tuple[int, int, int]
Outline = Union[str, Color, None]

GEOMETRIES = {"polygon": "Polygon", "line": "LineString", "point": "Point"}
OUTLINE_WIDTH_MM = "0.1"  # hairline: keeps small building footprints readable at 1:5 000 – 1:25 000
DARKER_FACTOR = 150  # QColor.darker(): 150 = 1.5 times darker than the fill


def _rgb(color: Color) -> str:
    r, g, b = color
    return f"{r},{g},{b},255"


def symbol(color: Color, geometry: str = "polygon", outline: Outline = "darker") -> QgsSymbol:
    """A simple symbol of `color` for `geometry`."""
    if geometry == "line":
        return QgsLineSymbol.createSimple({"line_color": _rgb(color), "line_width": "0.5"})
    if geometry == "point":
        return QgsMarkerSymbol.createSimple({"color": _rgb(color), "size": "2", "outline_color": "35,35,35,255"})
    if geometry != "polygon":
        raise ValueError(f"unknown geometry {geometry!r}")
    props = {"color": _rgb(color), "style": "solid", "outline_width": OUTLINE_WIDTH_MM}
    if outline is None:
        props["outline_style"] = "no"
    else:
        stroke = QColor(*color).darker(DARKER_FACTOR) if outline == "darker" else QColor(*outline)
        props.update(outline_style="solid", outline_color=_rgb((stroke.red(), stroke.green(), stroke.blue())))
    return QgsFillSymbol.createSimple(props)


def categorized(field: str, classes: Sequence[Tuple[str, str, Color]], geometry: str = "polygon",
                outline: Outline = "darker") -> str:
    """One class per value: [(value, label, colour)]. A value of "" is QGIS's 'all other values' class."""
    categories = [QgsRendererCategory(value, symbol(color, geometry, outline), label, True)
                  for value, label, color in classes]
    return to_qml(QgsCategorizedSymbolRenderer(field, categories), geometry)


def graduated(expression: str, classes: Sequence[tuple], geometry: str = "polygon",
              outline: Outline = "darker") -> str:
    """Ranges on a field or expression: [(lower, upper, colour) or (lower, upper, colour, label)].

    A value equal to a boundary falls in the lower class (QGIS: lower < value <= upper; the first class also
    takes its lower bound). Without a label the class is labelled "lower – upper".
    """
    ranges = []
    for lower, upper, color, *label in classes:
        text = label[0] if label else f"{number(lower)} – {number(upper)}"
        ranges.append(QgsRendererRange(lower, upper, symbol(color, geometry, outline), text, True))
    renderer = QgsGraduatedSymbolRenderer(expression, ranges)
    renderer.setGraduatedMethod(QgsGraduatedSymbolRenderer.GraduatedColor)
    return to_qml(renderer, geometry)


def rule_based(rules: Sequence[Tuple[str, str, Color]], geometry: str = "polygon",
               outline: Outline = "darker") -> str:
    """One rule per class: [(label, filter expression, colour)]; features matching no rule are not drawn."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("root")  # fixed keys instead of random UUIDs: reproducible QML, stable legend keys
    for index, (label, expression, color) in enumerate(rules, 1):
        rule = QgsRuleBasedRenderer.Rule(symbol(color, geometry, outline), 0, 0, expression, label)
        rule.setRuleKey(f"rule-{index}")
        root.appendChild(rule)
    return to_qml(QgsRuleBasedRenderer(root), geometry)


def single(color: Color, geometry: str = "polygon", outline: Outline = "darker") -> str:
    """Every feature in one colour."""
    return to_qml(QgsSingleSymbolRenderer(symbol(color, geometry, outline)), geometry)


def boundary(color: Color, width: float = 0.5, line_style: str = "solid") -> str:
    """Outline only (no fill) for boundary polygons such as gemeente or buurt borders.

    `line_style` is a QGIS pen style name: solid, dash, dot, dash dot.
    """
    fill = QgsFillSymbol.createSimple({"style": "no", "color": _rgb(color), "outline_color": _rgb(color),
                                       "outline_width": str(width), "outline_style": line_style})
    return to_qml(QgsSingleSymbolRenderer(fill), "polygon")


def number(value: float) -> str:
    """Dutch number for a legend label: decimal comma, no thousands separator (so years stay 1945)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def memory_layer(geometry: str = "polygon") -> QgsVectorLayer:
    """An empty layer of `geometry` (EPSG:28992) to carry or test a style."""
    return QgsVectorLayer(f"{GEOMETRIES[geometry]}?crs=EPSG:28992", "style", "memory")


def to_qml(renderer: QgsFeatureRenderer, geometry: str = "polygon") -> str:
    """The QML (symbology category only) of a layer of `geometry` drawn by `renderer`, compacted."""
    layer = memory_layer(geometry)
    layer.setRenderer(renderer)
    doc = QDomDocument("qgis")
    error = layer.exportNamedStyle(doc, QgsReadWriteContext(), QgsMapLayer.StyleCategory.Symbology)
    if error:
        raise RuntimeError(f"QGIS could not export the style: {error}")
    compact(doc)
    return stable_text(doc.toString(-1))


def load_qml(qml: str, geometry: str = "polygon") -> Tuple[QgsVectorLayer, Optional[str]]:
    """A memory layer of `geometry` with `qml` applied, and the import error (None when it loaded)."""
    layer = memory_layer(geometry)
    doc = QDomDocument()
    parsed = doc.setContent(qml)
    if not (parsed[0] if isinstance(parsed, tuple) else parsed):
        return layer, "not valid XML"
    ok, message = layer.importNamedStyle(doc, QgsMapLayer.StyleCategory.Symbology)
    return layer, None if ok else (message or "import failed")
