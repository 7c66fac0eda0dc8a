"""QML as the catalogue carries it: compact (no legacy duplicates, no defaults) and stable (attributes sorted),
so a build is reproducible. Used by the catalogue conversion (layers/project_catalogue.py) and tools/qml_styles.py.

The text is written here from Qt's DOM, never with xml.etree: the plugin converts projects it downloaded. It is
the serialisation xml.etree wrote before (`<a b="1" />`, the same escapes), so catalogues built earlier compare equal.
"""
from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtXml import QDomDocument, QDomNode

from ..toolbelt.xml import child_elements, parsed_xml

DOCTYPE = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
# Kept even when they equal QGIS's default, so a future change of a default cannot recolour or resize maps.
VISUAL_KEYS = {"color", "outline_color", "outline_width", "line_color", "line_width", "size"}


def compact(doc: QDomDocument) -> None:
    """Drop the legacy <prop> duplicates, options at their default value, empty data-defined collections and the
    random ids of QGIS 3.40+."""
    registry = QgsApplication.symbolLayerRegistry()
    # QGIS 3.40 gives categories, ranges and symbol layers a random uuid / id on every export; a QML without
    # them gets fresh ones when read, as in 3.22. Dropped: the same style gives the same text on every version.
    for tag in ("category", "range"):
        elements = doc.elementsByTagName(tag)
        for index in range(elements.count()):
            elements.item(index).toElement().removeAttribute("uuid")
    layers = doc.elementsByTagName("layer")
    for index in range(layers.count()):
        element = layers.item(index).toElement()
        metadata = registry.symbolLayerMetadata(element.attribute("class"))
        if metadata is None:  # not a symbol layer element
            continue
        element.removeAttribute("id")
        defaults = metadata.createSymbolLayer({}).properties()
        for prop in child_elements(element, "prop"):  # legacy duplicate of the <Option> map
            element.removeChild(prop)
        options = element.firstChildElement("Option")
        for option in child_elements(options, "Option"):
            name = option.attribute("name")
            if name not in VISUAL_KEYS and defaults.get(name) == option.attribute("value"):
                options.removeChild(option)
    # Empty data-defined property collections are the default state; QGIS reads a missing one as empty.
    collections = doc.elementsByTagName("data_defined_properties")
    for element in [collections.item(i).toElement() for i in range(collections.count())]:
        props = [o for o in child_elements(element.firstChildElement("Option"), "Option")
                 if o.attribute("name") == "properties"]
        if all(not p.hasChildNodes() for p in props):
            element.parentNode().removeChild(element)


def stable_text(xml: str) -> Optional[str]:
    """The XML on one line with attributes sorted by name (None: not XML, or nested too deep).

    Qt writes attributes in hash order, which changes from process to process; sorting makes the catalogue
    build reproducible.
    """
    document = parsed_xml(xml)
    if document is None:
        return None
    out: List[str] = [DOCTYPE]
    _write(document.documentElement(), out)
    return "".join(out)


def _write(element, out: List[str]) -> None:
    attributes = element.attributes()
    pairs = sorted((attributes.item(i).nodeName(), attributes.item(i).nodeValue()) for i in range(attributes.count()))
    out.append("<" + element.tagName() + "".join(f' {name}="{_attribute(value)}"' for name, value in pairs))
    child = element.firstChild()
    if child.isNull():
        out.append(" />")
        return
    out.append(">")
    while not child.isNull():
        if child.isElement():
            _write(child.toElement(), out)
        elif child.nodeType() in (QDomNode.NodeType.TextNode, QDomNode.NodeType.CDATASectionNode):
            out.append(_text(child.nodeValue()))
        child = child.nextSibling()  # comments and processing instructions are dropped
    out.append(f"</{element.tagName()}>")


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: str) -> str:
    return (_text(value).replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
            .replace("\t", "&#09;"))
