"""Applying a catalogue entry's look and description to a QGIS layer."""
from __future__ import annotations

from typing import List

from qgis.core import QgsMapBoxGlStyleConversionContext, QgsMapBoxGlStyleConverter, QgsMapLayer

from ..model.catalogue import LayerEntry
from ..toolbelt.xml import parsed_xml

LAYER_ID_PROPERTY = "dego/layer_id"  # marks a layer as DEGO's and says which catalogue entry it is


def apply_qml(layer: QgsMapLayer, qml: str) -> str:
    """Apply a QML style; returns the error text ('' when it worked)."""
    document = parsed_xml(qml)
    if document is None:
        return "the style is not a valid QML document"
    ok, error = layer.importNamedStyle(document)
    return "" if ok else (error or "the style could not be applied")


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
    """Scale visibility, metadata (abstract, attribution, licence, keywords) and the DEGO marker."""
    if entry.min_scale or entry.max_scale:
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(entry.min_scale)
        layer.setMaximumScale(entry.max_scale)
    metadata = layer.metadata()
    metadata.setTitle(entry.title)
    metadata.setAbstract(entry.abstract)
    if entry.source:
        metadata.setRights([entry.source])
    if entry.licence:
        metadata.setLicenses([entry.licence])
    if entry.keywords:
        metadata.addKeywords("DEGO", list(entry.keywords))
    layer.setMetadata(metadata)
    # Attribution also where QGIS Server and layouts read it (moved to serverProperties() in 3.38).
    server = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    target = server if server is not None and hasattr(server, "setAttribution") else layer
    target.setAttribution(entry.source)
    target.setAbstract(entry.abstract)
    layer.setCustomProperty(LAYER_ID_PROPERTY, entry.id)
