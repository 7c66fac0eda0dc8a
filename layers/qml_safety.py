"""Which catalogue styles (QML) the plugin refuses, before QGIS sees them.

A QML document can carry more than a look: Python that QGIS runs when a feature form opens (init code, an init
function name, an init file), a `.ui` form or SVG and raster images from other servers, Python actions, HTML map
tips, custom properties (the plugin's own `dego/*` among them), and expressions that read the user's machine or
that print layouts evaluate in legend texts. A catalogue style is for symbology and labels only: one carrying
any of that is refused whole (the entry is skipped with the reason, or the layer is not added), and what is
imported is limited to those categories anyway (layers/style.py). See docs/security.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator, Optional, Sequence, Tuple

from qgis.PyQt.QtXml import QDomNode

from ..i18n import tr
from ..model.catalogue import check_url
from ..toolbelt.xml import parsed_xml

EMBEDDED = "base64:"
# Element text that makes QGIS run or load something when a form opens or a map tip shows.
_FORM_CODE = ("editforminit", "editforminitcode", "editforminitfilepath", "editform")
_FORM_SCRIPTS = ("attributeEditorQmlElement", "attributeEditorHtmlElement")  # QML (JavaScript) and HTML widgets
# Symbol layer and label properties naming a file: SVG markers (name), SVG fills (svgFile), raster fills and
# markers (imageFile), label backgrounds (shapeSVGFile); data-defined, also "file".
PATH_KEYS = {"name", "svgfile", "imagefile", "shapesvgfile"}
_DATA_DEFINED_PATH_KEYS = {"name", "file", "svgfile", "imagefile", "shapesvgfile"}
# Expressions that read the user's machine (environment, files, account, where the project lives).
_LOCAL_EXPRESSION = re.compile(
    r"\b(env|file_exists|file_name|file_path|file_size|file_suffix|base_file_name|is_file|is_directory|exif"
    r"|exif_geotag)\s*\(|@(user_account_name|user_full_name|project_path|project_home|project_folder"
    r"|project_filename|project_basename|project_abspath)\b", re.IGNORECASE)
_GRAVITY = ("not_qml", "form_code", "actions", "resource", "map_tip", "expression", "custom_properties")


@dataclass(frozen=True)
class Refusal:
    """Why a style is refused: `code` (stable), `detail` (English: what was found)."""

    code: str  # not_qml, form_code, actions, map_tip, custom_properties, resource, expression
    detail: str

    def text(self) -> str:
        """For the user: why, in their language, then the exact detail."""
        reasons = {
            "not_qml": tr("it is not a QGIS style (QML)"),
            "form_code": tr("it carries form code or a form file"),
            "actions": tr("it carries actions"),
            "map_tip": tr("it carries a map tip"),
            "custom_properties": tr("it carries custom properties"),
            "resource": tr("it names an image that is not embedded and not on an allowed server"),
            "expression": tr("it carries an expression that reads this computer or runs in print layouts"),
        }
        return f"{reasons.get(self.code, self.code)} ({self.detail})"


def style_refusal(qml: str, allowed_hosts: Sequence[str]) -> Optional[Refusal]:
    """None when the QML holds only what a catalogue style may hold; `allowed_hosts` as for check_url."""
    document = parsed_xml(qml)
    if document is None:
        return Refusal("not_qml", "not a well-formed XML document (or nested too deeply)")
    root = document.documentElement()
    if root.tagName() != "qgis":
        return Refusal("not_qml", f"the document is <{root.tagName()}>, not <qgis>")
    hosts = tuple(allowed_hosts)
    found = [r for r in (_element_refusal(node, hosts) if node.isElement() else _text_refusal(node.nodeValue())
                         for node in _nodes(root)) if r is not None]
    return min(found, key=lambda r: _GRAVITY.index(r.code)) if found else None  # the gravest is named


def catalogue_style_check(allowed_hosts: Sequence[str]) -> Callable[[str], Optional[str]]:
    """For parse_catalogue: the English reason an inline style is refused, or None."""
    hosts = tuple(allowed_hosts)

    def check(qml: str) -> Optional[str]:
        refusal = style_refusal(qml, hosts)
        return f"{refusal.code.replace('_', ' ')}: {refusal.detail}" if refusal else None

    return check


def _nodes(root: QDomNode) -> Iterator[QDomNode]:
    """Every element and text node below `root`, depth first, without recursion."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        child = node.lastChild()
        while not child.isNull():
            stack.append(child)
            child = child.previousSibling()


def _element_refusal(node: QDomNode, hosts: Tuple[str, ...]) -> Optional[Refusal]:
    element = node.toElement()
    tag = element.tagName()
    text = element.text().strip() if tag in _FORM_CODE + ("mapTip",) else ""
    if tag in _FORM_CODE and text:
        return Refusal("form_code", f"<{tag}>")
    if tag == "editforminitcodesource" and element.text().strip() not in ("", "0"):
        return Refusal("form_code", f"<{tag}>")
    if tag in _FORM_SCRIPTS:
        return Refusal("form_code", f"<{tag}>")
    if tag == "actionsetting":
        return Refusal("actions", f"<actionsetting name=\"{element.attribute('name')[:60]}\">")
    if tag == "mapTip" and text:
        return Refusal("map_tip", "<mapTip>")
    if tag == "customproperties" and _holds_keys(element):
        return Refusal("custom_properties", "<customproperties>")
    attributes = element.attributes()
    values = {}
    for index in range(attributes.count()):
        attribute = attributes.item(index).toAttr()
        refusal = _text_refusal(attribute.value())
        if refusal is not None:
            return refusal
        values[attribute.name()] = attribute.value()
    key = (values.get("name") if tag == "Option" else values.get("k") if tag == "prop" else "") or ""
    value = values.get("value") if tag == "Option" else values.get("v") if tag == "prop" else None
    if key.lower() in PATH_KEYS and value is not None and image_refused(value, hosts):
        return Refusal("resource", f"'{value[:120]}'")
    if values.get("shapeSVGFile") and image_refused(values["shapeSVGFile"], hosts):
        return Refusal("resource", f"'{values['shapeSVGFile'][:120]}'")
    if tag == "Option" and key.lower() in _DATA_DEFINED_PATH_KEYS and _active_data_defined(element):
        return Refusal("resource", f"a data-defined '{key}'")
    return None


def _text_refusal(value: str) -> Optional[Refusal]:
    if "[%" in value:  # legends evaluate [% … %] in class labels: that is a layout's business, not a style's
        return Refusal("expression", f"'{value[:120]}'")
    if _LOCAL_EXPRESSION.search(value):
        return Refusal("expression", f"'{value[:120]}'")
    return None


def image_refused(value: str, hosts: Tuple[str, ...]) -> bool:
    """An image path may be embedded, on an allowed server, or a name in QGIS's own SVG folders; never a local
    or network file (a FIFO or /dev/zero freezes QGIS, \\\\server\\share leaks Windows credentials)."""
    path = value.strip()
    if not path or path.startswith(EMBEDDED):
        return False
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", path) or path.lower().startswith(("http:", "https:")):
        return check_url(path, hosts) is not None
    if ":" in path or path.startswith(("/", "\\")):
        return True  # absolute (also C:), UNC, or another scheme (file:, data:, ...)
    return ".." in re.split(r"[/\\]", path)


def _holds_keys(element) -> bool:
    """Whether a <customproperties> sets anything: a <property key=…> (QGIS 3.22) or a named <Option> (later);
    QGIS writes an empty <Option/> for none."""
    for tag, key in (("property", "key"), ("Option", "name")):
        found = element.elementsByTagName(tag)
        if any(found.item(i).toElement().attribute(key) for i in range(found.count())):
            return True
    return False


def _active_data_defined(option) -> bool:
    """Whether an <Option name=KEY type="Map"> of a data-defined property collection is switched on."""
    if option.attribute("type") != "Map":
        return False
    child = option.firstChildElement("Option")
    while not child.isNull():
        if child.attribute("name") == "active" and child.attribute("value").lower() == "true":
            return True
        child = child.nextSiblingElement("Option")
    return False
