"""How the warmteprogramma layer looks and is edited: the named styles "Wat", "Wanneer" and "Suggestie startanalyse",
buurt labels, and the attribute form (Dutch value maps, constraints, defaults). Built in code from model/plan.py:
these are the plugin's own, trusted styles, never read from a file.

Each style is a rule-based renderer: one rule per value of the list (legends filtered by map list only the values
used), one for a buurt not yet filled in and one for a value outside the list (an imported file may carry one), and
on top of those a "Startbuurt" rule that draws a heavy outline, so a start buurt keeps the colour of its value.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFieldConstraints,
    QgsFillSymbol,
    QgsMapLayerStyle,
    QgsRuleBasedRenderer,
    QgsSimpleLineSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from ..model.plan import (
    BOOLEAN,
    DATE,
    FIELDS,
    PERIODS,
    STRATEGIES,
    STYLE_NAMES,
    SUGGESTIE,
    WANNEER,
    WAT,
    Choice,
    PlanField,
)
from .name_labels import BUURT, name_labels

# (field, choices, legend text of a value outside the list) per style.
_STYLED = {WAT: ("strategie", STRATEGIES), WANNEER: ("periode", PERIODS), SUGGESTIE: ("suggestie", STRATEGIES)}
NOT_FILLED, OUTSIDE_LIST, START_BUURT, NO_SUGGESTION = ("Nog niet ingevuld", "Waarde buiten de lijst", "Startbuurt",
                                                       "Geen doorrekening")
EDGE = "130,130,130,255"  # thin grey edges between buurten (and around the palest legend swatches)
START_EDGE = "20,20,20,255"


def _fill(colour: str, style: str = "solid") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": QColor(colour).name(), "style": style, "outline_color": EDGE,
                                       "outline_width": "0.2", "outline_width_unit": "MM"})


def _rule(symbol, expression: str, label: str) -> QgsRuleBasedRenderer.Rule:
    return QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)


def renderer_for(style: str) -> QgsRuleBasedRenderer:
    """The renderer of one named style (WAT, WANNEER or SUGGESTIE)."""
    name, choices = _STYLED[style]
    quoted = QgsExpression.quotedColumnRef(name)
    root = QgsRuleBasedRenderer.Rule(None)
    for choice in choices:
        root.appendChild(_rule(_fill(choice.colour), f"{quoted} = {QgsExpression.quotedValue(choice.code)}",
                               choice.label))
    empty = NO_SUGGESTION if style == SUGGESTIE else NOT_FILLED
    root.appendChild(_rule(_fill("#9c9c9c" if style == SUGGESTIE else "#ffffff"), f"{quoted} IS NULL", empty))
    codes = ", ".join(QgsExpression.quotedValue(c.code) for c in choices)
    root.appendChild(_rule(_fill("#9c9c9c", "b_diagonal"), f"{quoted} IS NOT NULL AND {quoted} NOT IN ({codes})",
                           OUTSIDE_LIST))
    renderer = QgsRuleBasedRenderer(root)
    if style != SUGGESTIE:  # the suggestion is the Startanalyse's, start buurten are the municipality's choice
        root.appendChild(_rule(_start_outline(), '"startbuurt"', START_BUURT))
        renderer.setUsingSymbolLevels(True)  # the outlines after every fill, so no neighbour covers them
    return renderer


def _start_outline() -> QgsFillSymbol:
    """A heavy dark line just inside the buurt's edge (never clipped away by the municipal border), drawn last."""
    line = QgsSimpleLineSymbolLayer.create({"line_color": START_EDGE, "line_width": "1.4", "line_width_unit": "MM",
                                            "joinstyle": "miter", "draw_inside_polygon": "1"})
    line.setRenderingPass(1)
    symbol = QgsFillSymbol.createSimple({})
    symbol.changeSymbolLayer(0, line)  # takes ownership (the list constructor would leave it to Python)
    return symbol


def apply_style(layer: QgsVectorLayer, style: str) -> None:
    """Give the layer the look of one named style (renderer and labels), without touching its style manager."""
    layer.setRenderer(renderer_for(style))
    layer.setLabeling(name_labels("buurtnaam", BUURT))  # as the buurt names of the printed maps
    layer.setLabelsEnabled(True)


def add_named_styles(layer: QgsVectorLayer, styles: Sequence[str], current: str = WAT) -> None:
    """Add the named styles the layer lacks (a user's edits to an existing one are kept), and make `current` the one
    shown when the layer had none of ours yet."""
    manager = layer.styleManager()
    look = QgsMapLayerStyle()
    look.readFromLayer(layer)
    for style in styles:
        if style not in manager.styles():
            apply_style(layer, style)
            manager.addStyleFromLayer(style)
    look.writeToLayer(layer)
    previous = manager.currentStyle()
    if previous not in STYLE_NAMES and current in manager.styles():
        manager.setCurrentStyle(current)
        manager.removeStyle(previous)


def configure_form(layer: QgsVectorLayer) -> None:
    """The attribute form: Dutch aliases, value maps, check box, date, plain-text boxes, defaults, and soft
    constraints (a value outside the list is flagged, never refused: an imported file keeps its values)."""
    config = layer.editFormConfig()
    for spec in FIELDS:
        index = layer.fields().indexOf(spec.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, spec.label)
        layer.setEditorWidgetSetup(index, _widget(spec))
        config.setReadOnly(index, not spec.decided)
        _default(layer, index, spec)
        _constraints(layer, index, spec)
    layer.setEditFormConfig(config)


def _widget(spec: PlanField) -> QgsEditorWidgetSetup:
    if spec.choices:
        return QgsEditorWidgetSetup("ValueMap", {"map": value_map(spec.choices)})
    if spec.kind == BOOLEAN:
        return QgsEditorWidgetSetup("CheckBox", {})
    if spec.kind == DATE:
        return QgsEditorWidgetSetup("DateTime", {"field_format": "yyyy-MM-dd", "display_format": "d-M-yyyy",
                                                 "calendar_popup": True, "allow_null": True})
    # Plain text, never HTML: names and notes from outside are shown as they are.
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": spec.name == "toelichting", "UseHtml": False})


def value_map(choices: Iterable[Choice]) -> list:
    """QGIS's ValueMap configuration, in list order: label shown → code stored."""
    return [{choice.label: choice.code} for choice in choices]


def _default(layer: QgsVectorLayer, index: int, spec: PlanField) -> None:
    if spec.name == "gewijzigd":  # the day of every edit of the buurt (applied on update)
        layer.setDefaultValueDefinition(index, QgsDefaultValue("to_date(now())", True))
    elif isinstance(spec.default, bool):
        layer.setDefaultValueDefinition(index, QgsDefaultValue("true" if spec.default else "false"))
    elif spec.default is not None:
        layer.setDefaultValueDefinition(index, QgsDefaultValue(QgsExpression.quotedValue(spec.default)))


def _constraints(layer: QgsVectorLayer, index: int, spec: PlanField) -> None:
    soft = QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft
    if spec.required and spec.decided:
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull, soft)
    if spec.choices and spec.decided:
        column = QgsExpression.quotedColumnRef(spec.name)
        codes = ", ".join(QgsExpression.quotedValue(c.code) for c in spec.choices)
        layer.setConstraintExpression(index, f"{column} IS NULL OR {column} IN ({codes})",
                                      tr("Choose a value from the list"))
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression, soft)
    if spec.name == "buurtcode":
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintUnique, soft)
