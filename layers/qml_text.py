"""QML as the catalogue carries it: compact (no legacy duplicates, no defaults) and stable (attributes sorted),
so a build is reproducible. Used by the catalogue conversion (layers/project_catalogue.py) and tools/qml_styles.py."""
from __future__ import annotations

# ElementTree only re-reads QML that QGIS wrote in this process (never untrusted input).
import xml.etree.ElementTree as ET  # nosec B405

from qgis.core import QgsApplication
from qgis.PyQt.QtXml import QDomDocument

DOCTYPE = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
# Kept even when they equal QGIS's default, so a future change of a default cannot recolour or resize maps.
VISUAL_KEYS = {"color", "outline_color", "outline_width", "line_color", "line_width", "size"}


def _children(element, tag: str = ""):
    node, found = element.firstChildElement(tag), []
    while not node.isNull():
        found.append(node)
        node = node.nextSiblingElement(tag)
    return found


def _compact(doc: QDomDocument) -> None:
    registry = QgsApplication.symbolLayerRegistry()
    layers = doc.elementsByTagName("layer")
    for index in range(layers.count()):
        element = layers.item(index).toElement()
        metadata = registry.symbolLayerMetadata(element.attribute("class"))
        if metadata is None:  # not a symbol layer element
            continue
        defaults = metadata.createSymbolLayer({}).properties()
        for prop in _children(element, "prop"):  # legacy duplicate of the <Option> map
            element.removeChild(prop)
        options = element.firstChildElement("Option")
        for option in _children(options, "Option"):
            name = option.attribute("name")
            if name not in VISUAL_KEYS and defaults.get(name) == option.attribute("value"):
                options.removeChild(option)
    # Empty data-defined property collections are the default state; QGIS reads a missing one as empty.
    collections = doc.elementsByTagName("data_defined_properties")
    for element in [collections.item(i).toElement() for i in range(collections.count())]:
        props = [o for o in _children(element.firstChildElement("Option"), "Option")
                 if o.attribute("name") == "properties"]
        if all(not p.hasChildNodes() for p in props):
            element.parentNode().removeChild(element)


def _stable_text(xml: str) -> str:
    """The XML on one line with attributes sorted by name.

    Qt writes attributes in hash order, which changes from process to process; sorting makes the catalogue
    build reproducible.
    """
    root = ET.fromstring(xml)  # nosec B314
    for element in root.iter():
        items = sorted(element.attrib.items())
        element.attrib.clear()
        element.attrib.update(items)
    return DOCTYPE + ET.tostring(root, encoding="unicode")
