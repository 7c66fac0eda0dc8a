"""Reading XML with QtXml (never xml.etree on what a server sent)."""
from __future__ import annotations

from typing import Optional, Union

from qgis.PyQt.QtXml import QDomDocument


def parsed_xml(content: Union[str, bytes], namespaces: bool = False) -> Optional[QDomDocument]:
    """The document, or None when `content` is not XML. QDomDocument.setContent answers a tuple (PyQt5), a
    bool or a ParseResult (Qt 6): each is true when it parsed."""
    document = QDomDocument()
    parsed = document.setContent(content, namespaces)
    return document if (parsed[0] if isinstance(parsed, tuple) else parsed) else None
