"""Applying a catalogue entry's look and description to a QGIS layer."""
from __future__ import annotations

from typing import List

from qgis.core import (
    QgsMapBoxGlStyleConversionContext,
    QgsMapBoxGlStyleConverter,
    QgsMapLayer,
    QgsVectorLayer,
)

from ..i18n import tr
from ..model.catalogue import LayerEntry
from ..service import settings
from ..toolbelt.outside_text import html_text, inert, legend_name
from ..toolbelt.qgis_names import NO_INIT_CODE
from ..toolbelt.xml import parsed_xml
from .qml_safety import style_refusal

LAYER_ID_PROPERTY = "dego/layer_id"  # marks a layer as DEGO's and says which catalogue entry it is
# What a catalogue style may set: symbology and labels (what tools/build_catalogue.py exports). Never forms,
# actions, map tips or custom properties (see layers/qml_safety.py, which refuses styles carrying them).
STYLE_CATEGORIES = QgsMapLayer.StyleCategories(QgsMapLayer.StyleCategory.Symbology)
STYLE_CATEGORIES |= QgsMapLayer.StyleCategory.Labeling


def apply_qml(layer: QgsMapLayer, qml: str) -> str:
    """Apply the symbology and labels of a QML style; returns the error text ('' when it worked). A style that
    qml_safety refuses is not applied at all."""
    refusal = style_refusal(qml, settings.allowed_hosts())
    if refusal is not None:
        return tr("its style is refused: {0}").format(refusal.text())
    document = parsed_xml(qml)
    if document is None:
        return "the style is not a valid QML document"
    ok, error = layer.importNamedStyle(document, STYLE_CATEGORIES)
    forget_code(layer)
    return "" if ok else (error or "the style could not be applied")


def forget_code(layer: QgsMapLayer) -> None:
    """No form init code, init function, init file, .ui form, actions or map tip on a DEGO layer, whatever a
    style or a provider brought: these run code or load files when the user opens a feature form."""
    if not isinstance(layer, QgsVectorLayer):
        return
    form = layer.editFormConfig()
    form.setInitCode("")
    form.setInitFunction("")
    form.setInitFilePath("")
    form.setUiForm("")
    form.setInitCodeSource(NO_INIT_CODE)
    layer.setEditFormConfig(form)
    layer.actions().clearActions()
    layer.setMapTipTemplate("")



def apply_mapbox_gl(layer, style: dict) -> List[str]:
    """Convert a Mapbox GL style (QgsMapBoxGlStyleConverter) onto a vector tile layer; returns warnings."""
    converter = QgsMapBoxGlStyleConverter()
    context = QgsMapBoxGlStyleConversionContext()
    result = converter.convert(style, context)
    if result != QgsMapBoxGlStyleConverter.Result.Success:
        return [converter.errorMessage() or "the vector tile style could not be converted"]
    renderer = converter.renderer()
    if renderer is not None:
        layer.setRenderer(renderer)
    labeling = converter.labeling()
    if labeling is not None:
        layer.setLabeling(labeling)
    return list(converter.warnings())


def apply_entry_properties(layer: QgsMapLayer, entry: LayerEntry) -> None:
    """Scale visibility, metadata (abstract, attribution, licence, keywords), the name and the DEGO marker.
    Outside text: escaped for metadata (QGIS shows it as HTML), inert and no expression in the name; the server
    properties' abstract stays as it is (the layer tree escapes it)."""
    if entry.min_scale or entry.max_scale:
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(entry.min_scale)
        layer.setMaximumScale(entry.max_scale)
    # QGIS shows metadata as HTML without escaping it (Layer Properties > Information and Metadata).
    metadata = layer.metadata()
    metadata.setTitle(html_text(entry.title))
    metadata.setAbstract(html_text(entry.abstract))
    if entry.source:
        metadata.setRights([html_text(entry.source)])
    if entry.licence:
        metadata.setLicenses([html_text(entry.licence)])
    if entry.keywords:
        metadata.addKeywords("DEGO", [html_text(keyword) for keyword in entry.keywords])
    layer.setMetadata(metadata)
    # The layer tree shows the name as text, Layer Properties ▸ Information as HTML, a print legend evaluates it.
    layer.setName(legend_name(inert(entry.title)))
    # Attribution also where QGIS Server and layouts read it (moved to serverProperties() in 3.38).
    server = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    target = server if server is not None and hasattr(server, "setAttribution") else layer
    target.setAttribution(entry.source)
    target.setAbstract(entry.abstract)
    layer.setCustomProperty(LAYER_ID_PROPERTY, entry.id)
