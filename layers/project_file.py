"""A QGIS project from a server (.qgs, or .qgz: a zip holding one) made safe for QGIS to read.

QgsProject.read does more than parse: it reads other project files a layer or group is embedded from, loads
the SVG and raster images symbols name (from any path or server: a named pipe or /dev/zero freezes QGIS, a
remote one tells another server we are here), reads annotations, layouts and the auxiliary storage, and its XML
parser crashes on deeply nested documents. The catalogue conversion (layers/project_catalogue.py) needs only the
layer tree, the layers and the project's title and variables. So before QGIS sees a downloaded project:
- a .qgz is unpacked here, with limits (size, entry names), keeping only the .qgs and the SVG files beside it;
- the XML must be at most MAX_XML_DEPTH deep (toolbelt/xml.py) and is cut down to what the conversion reads;
- layers and groups embedded from other project files are left out (said as skipped layers);
- image paths in symbols that a catalogue style may not carry (layers/qml_safety.py) are emptied, so QGIS
  never opens them (the conversion then also warns about the missing SVG);
- authentication configuration ids are renamed, so QGIS does not ask for the master password while reading.
See docs/security.md.
"""
from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Dict, List, Tuple

from qgis.PyQt.QtXml import QDomDocument, QDomElement

from ..model.catalogue import Problem
from ..model.errors import CodedError
from ..toolbelt.xml import child_elements, parsed_xml
from .project_catalogue import AUTH_READ_AS, AUTHCFG, catalogue_from_project, read_project
from .qml_safety import PATH_KEYS, image_refused

MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # a project of ~60 layers is a few MB; more is not a DEGO project
MAX_ENTRIES = 2000
# What QgsProject.read needs for the conversion; everything else of the document is dropped.
_KEPT = ("title", "projectMetadata", "layer-tree-group", "projectlayers", "properties")
_KEPT_PROPERTIES = ("Variables", "Paths")  # project variables (dego_publisher), relative or absolute paths


class ProjectFileError(CodedError):
    """The download is not a QGIS project the plugin reads; `code` for the user text, English detail."""


@dataclass
class SafeProject:
    path: Path  # the .qgs to hand to QgsProject.read
    left_out: List[Tuple[str, str]] = field(default_factory=list)  # (layer or group name, English reason)


def converted_download(data: bytes, allowed_hosts: Tuple[str, ...]) -> Tuple[Dict[str, Any], Tuple[Problem, ...]]:
    """Blocking (disk, QGIS reading the project), for a worker: the catalogue document of a downloaded project and
    the layers it could not hold (code "not_convertible", English reason). Raises ProjectFileError."""
    with tempfile.TemporaryDirectory(prefix="dego-project-") as folder:
        safe = safe_project(data, Path(folder), allowed_hosts)
        try:
            project = read_project(safe.path, hide_auth=False)
        except ValueError as error:
            raise ProjectFileError("not_project", str(error)) from None
        result = catalogue_from_project(project, allowed_hosts=allowed_hosts)
        project.clear()
    skipped = [(name, reason) for name, reason in safe.left_out] + [(s.layer, s.reason) for s in result.skipped]
    return result.document, tuple(Problem(where, "not_convertible", reason) for where, reason in skipped)


def safe_project(data: bytes, folder: Path, allowed_hosts: Tuple[str, ...]) -> SafeProject:
    """Write the project in `data` (.qgs text or .qgz archive) into `folder` as a .qgs QGIS may read.
    Raises ProjectFileError."""
    folder.mkdir(parents=True, exist_ok=True)
    xml = _unpacked(data, folder) if data[:4] == b"PK\x03\x04" else data
    document = parsed_xml(xml)
    if document is None or document.documentElement().tagName() != "qgis":
        raise ProjectFileError("not_project", "not a QGIS project (.qgs or .qgz), or its XML is nested too deeply")
    left_out = _cut_down(document)
    _clear_refused_images(document.documentElement(), allowed_hosts)
    path = folder / "project.qgs"
    path.write_text(AUTHCFG.sub(AUTH_READ_AS + "=", document.toString(-1)), encoding="utf-8")
    return SafeProject(path, left_out)


def _unpacked(data: bytes, folder: Path) -> bytes:
    """The .qgs text of a .qgz; its SVG files are written into `folder` (symbols may name them relatively)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = [e for e in archive.infolist() if not e.is_dir()]
        if len(entries) > MAX_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
            raise ProjectFileError("too_large", "the project archive unpacks to more than the plugin reads")
        projects = [e for e in entries if e.filename.lower().endswith(".qgs") and "/" not in e.filename]
        if len(projects) != 1:
            raise ProjectFileError("not_project", f"the archive holds {len(projects)} project files (.qgs), not one")
        for entry in entries:
            name = _safe_name(entry.filename)
            if name is not None and name.suffix.lower() == ".svg":
                target = folder.joinpath(*name.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(_read(archive, entry))
        return _read(archive, projects[0])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, RuntimeError) as error:
        raise ProjectFileError("not_project", f"the project archive cannot be read ({error})") from None


def _read(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    """The entry's bytes, never more than it declared (a forged size in the archive does not unpack further)."""
    with archive.open(entry) as stream:
        content = stream.read(entry.file_size + 1)
    if len(content) > entry.file_size:
        raise ProjectFileError("too_large", f"'{entry.filename}' unpacks to more than it declares")
    return content


def _safe_name(name: str):
    """A relative path without '..', drive or backslashes, or None."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or ":" in name or not path.parts:
        return None
    return path


def _cut_down(document: QDomDocument) -> List[Tuple[str, str]]:
    """Keep what the conversion reads; leave out what is embedded from other project files."""
    root = document.documentElement()
    for child in child_elements(root):
        if child.tagName() not in _KEPT:
            root.removeChild(child)
    for properties in child_elements(root, "properties"):
        for child in child_elements(properties):
            if child.tagName() not in _KEPT_PROPERTIES:
                properties.removeChild(child)
    left_out = []
    for tag in ("layer-tree-group", "layer-tree-layer", "maplayer"):
        found = root.elementsByTagName(tag)
        for element in [found.item(i).toElement() for i in range(found.count())]:
            if element.attribute("embedded") == "1" and not element.parentNode().isNull():
                if tag != "maplayer":
                    left_out.append((element.attribute("name"), "embedded from another project file"))
                element.parentNode().removeChild(element)
    return left_out


def _clear_refused_images(root: QDomElement, hosts: Tuple[str, ...]) -> None:
    """Empty the image paths of symbol layers (<layer class=…>) and label backgrounds that a catalogue style may
    not carry: QGIS would open them while reading the project."""
    layers = root.elementsByTagName("layer")
    for element in [layers.item(i).toElement() for i in range(layers.count())]:
        for tag, key_name, value_name in (("Option", "name", "value"), ("prop", "k", "v")):
            found = element.elementsByTagName(tag)
            for option in [found.item(i).toElement() for i in range(found.count())]:
                if (option.attribute(key_name).lower() in PATH_KEYS
                        and image_refused(option.attribute(value_name), hosts)):
                    option.setAttribute(value_name, "")
    styles = root.elementsByTagName("background")
    for element in [styles.item(i).toElement() for i in range(styles.count())]:
        if image_refused(element.attribute("shapeSVGFile"), hosts):
            element.setAttribute("shapeSVGFile", "")
