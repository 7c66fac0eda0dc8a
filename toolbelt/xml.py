"""Reading XML with QtXml (never xml.etree on what a server sent), depth-checked first."""
from __future__ import annotations

from typing import List, Optional, Union

from qgis.PyQt.QtCore import QXmlStreamReader
from qgis.PyQt.QtXml import QDomDocument, QDomElement

MAX_XML_DEPTH = 256  # QML and GML are a few dozen levels deep; ~100,000 crash QDomDocument (Qt 5.15)


def parsed_xml(content: Union[str, bytes], namespaces: bool = False) -> Optional[QDomDocument]:
    """The document, or None when `content` is not XML or is nested deeper than MAX_XML_DEPTH (read first with a
    streaming reader, which does not recurse; Qt's DOM parser expands no external entities).
    QDomDocument.setContent answers a tuple (PyQt5), a bool or a ParseResult (Qt 6): each is true when it parsed."""
    raw = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    if not _shallow(raw):
        return None
    document = QDomDocument()
    parsed = document.setContent(raw, namespaces)
    return document if (parsed[0] if isinstance(parsed, tuple) else parsed) else None


def child_elements(element: QDomElement, tag: str = "") -> List[QDomElement]:
    """The element's child elements (named `tag`, when given), in document order."""
    found, child = [], element.firstChildElement(tag)
    while not child.isNull():
        found.append(child)
        child = child.nextSiblingElement(tag)
    return found


def _shallow(raw: bytes) -> bool:
    reader = QXmlStreamReader(raw)
    depth = 0
    while not reader.atEnd():
        token = reader.readNext()
        if token == QXmlStreamReader.TokenType.StartElement:
            depth += 1
            if depth > MAX_XML_DEPTH:
                return False
        elif token == QXmlStreamReader.TokenType.EndElement:
            depth -= 1
    return not reader.hasError()
