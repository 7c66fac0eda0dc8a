"""A DEGO catalogue (format v1, docs/catalogue.md) from a QGIS project: the conversion behind `make catalogue`
(tools/build_catalogue.py, the DEGO team's publishing tool).

The project is read without a GUI and without contacting any service (QgsProject.ReadFlag.FlagDontResolveLayers):
everything a catalogue entry needs is in the project file. The mapping (docs/publishing.md has the long form):

- layer tree: each group that holds layers is a theme; a nested group's theme id is the path of its parent ids
  ("gebouw/energielabel"). A group's id is its QGIS Server short name ("Set Group WMS Data..."), else its
  name in lower case with dashes; its title the server title, else its name. Layers outside any group go to
  the theme "overig".
- entry id: the layer's custom property `dego/layer_id` (what the plugin sets on layers it adds), else its
  QGIS Server short name, else its title in lower case with dashes. A repeated id gets "-2", "-3" (warned).
- service: from provider key and data source: WMS / WMTS (provider wms), WFS (WFS or wfs), OGC API Features
  (OAPIF), vector tiles (type=xyz). Local files, databases, memory layers and other providers are skipped with
  the reason. The authentication configuration id (authcfg) is kept; URLs are tidied (double slashes, WMTS
  GetCapabilities query) and may be rewritten with --replace-url.
- style: vector layers: symbology and labels as QML (exportNamedStyle), SVG files embedded; raster: the WMS
  style names; vector tiles: the styleUrl (Mapbox GL). Scale visibility becomes min_scale / max_scale.
- text: title (metadata title, else layer name), abstract, source (metadata rights, else attribution),
  licence, keywords from the layer metadata.
- layer variables (Layer Properties > Variables) for DEGO fields QGIS has no place for: `dego_level`,
  `dego_data_date`, `dego_municipality_attribute`, `dego_municipality_code_format` (warned when an entry has the
  attribute but not its spelling), `dego_qml_url`.
  A WFS / OGC API layer with `dego_role` = `boundaries` is the municipality boundary service
  (`dego_code_attribute`, default "code"; `dego_name_attribute`, default "naam"), not an entry.
  `dego_warmteprogramma` = `buurten` marks the entry a municipality's warmteprogramma is made from (one feature
  per CBS buurt; `dego_cbs_jaar` the year of its boundaries), `suggestie` the strategy layer per buurt whose
  `dego_suggestie_attribute` becomes the plan's suggestion: the catalogue's `warmteprogramma` section.
- project: publisher from the project variable `dego_publisher` (else the project title) and `dego_publisher_url`.

Needs a running QgsApplication.
"""
from __future__ import annotations

import base64
import datetime
import os
import re
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from qgis.core import (
    QgsDataSourceUri,
    QgsExpressionContextUtils,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayer,
    QgsPathResolver,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..model.catalogue import check_url
from ..model.plan import LAYER_NAME as PLAN_LAYER
from ..toolbelt.qgis_names import DONT_RESOLVE_LAYERS
from .qml_safety import style_refusal
from .qml_text import compact, stable_text
from .style import STYLE_CATEGORIES

FORMAT_VERSION = "1.0"
LAYER_ID_PROPERTY = "dego/layer_id"  # as layers/style.py sets it on layers the plugin adds
DEFAULT_THEME = ("overig", "Overig")
AUTHCFG = re.compile(r"\bauthcfg=")
AUTH_READ_AS = "degoauthid"  # must not contain "authcfg=": QGIS looks for that anywhere in a data source
WFS_VERSIONS = ("1.0.0", "1.1.0", "2.0.0", "auto")
# Hosts that were retired; the catalogue would hand municipalities a dead address.
RETIRED_HOSTS = {"geodata.nationaalgeoregister.nl": "service.pdok.nl"}
LOCAL_PROVIDERS = {"ogr", "gdal", "spatialite", "delimitedtext", "gpx", "virtual", "virtualraster", "mdal",
                   "ept", "mesh_memory", "pdal"}
DATABASE_PROVIDERS = {"postgres", "postgresraster", "mssql", "oracle", "hana", "db2"}


@dataclass(frozen=True)
class Skipped:
    """A layer the catalogue cannot hold, and why (English, for the DEGO team)."""

    layer: str  # "group path / layer name"
    reason: str


@dataclass
class BuildResult:
    document: Dict[str, Any]
    skipped: List[Skipped] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)

    def summary(self) -> str:
        """Themes, entries per service type, skipped layers with reasons, warnings."""
        layers = self.document.get("layers", [])
        lines = [f"{len(layers)} entries in {len(self.document.get('themes', []))} themes"]
        for theme in self.document.get("themes", []):
            count = sum(1 for entry in layers if entry["theme"] == theme["id"])
            lines.append(f"  theme {theme['id']} ({theme['title']}): {count}")
        counts: Dict[str, int] = {}
        for entry in layers:
            counts[entry["service"]["type"]] = counts.get(entry["service"]["type"], 0) + 1
        per_type = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        lines.append("entries per service type: " + (per_type or "none"))
        if "boundaries" in self.document:
            lines.append(f"boundaries: {self.document['boundaries']['url']}")
        if self.document.get("presets"):
            lines.append(f"presets: {len(self.document['presets'])}")
        lines.append(f"skipped layers: {len(self.skipped)}")
        lines += [f"  - {s.layer}: {s.reason}" for s in self.skipped]
        if self.warnings:
            lines.append(f"warnings: {len(self.warnings)}")
            lines += [f"  - {w}" for w in self.warnings]
        return "\n".join(lines)


class _Skip(Exception):  # noqa: N818 (not an error: a layer the catalogue leaves out)
    """The layer cannot be a catalogue entry; the text says why."""


# ------------------------------------------------------------------------------------------- the function API

def read_project(path: Path, hide_auth: bool = True) -> QgsProject:
    """Read a .qgs/.qgz without resolving its layers: no provider is loaded, no service contacted.

    QGIS refuses to read a layer with an authcfg unless the master password is set (no prompt here), and 3.44
    checks the data source before any path preprocessor sees it: with `hide_auth` QGIS reads a copy of the project
    in which the id is renamed (named back in _auth()), its relative paths (SVGs) pointing at the original's
    folder. `hide_auth` False: the file's ids were renamed already (layers/project_file.py)."""
    path = Path(path)
    if not hide_auth:
        return _read(path, path)
    text = _project_text(path)
    home = path.resolve().parent
    with tempfile.TemporaryDirectory(prefix="dego-catalogue-") as folder:
        copy = Path(folder) / "project.qgs"
        copy.write_text(AUTHCFG.sub(AUTH_READ_AS + "=", text), encoding="utf-8")
        # (the preprocessor is global in QGIS: removed again whatever happens)
        at_home = QgsPathResolver.setPathPreprocessor(
            lambda name: os.path.normpath(home / name) if name.startswith(("./", "../")) else name)
        try:
            return _read(copy, path)
        finally:
            QgsPathResolver.removePathPreprocessor(at_home)


def _read(path: Path, named: Path) -> QgsProject:
    project = QgsProject()
    project.readMapLayer.connect(_complete_unresolved_raster)
    if not (path.is_file() and project.read(str(path), DONT_RESOLVE_LAYERS)):
        raise ValueError(f"cannot read the QGIS project {named}: {project.error() or 'no such file'}")
    return project


def _project_text(path: Path) -> str:
    """The project XML of a .qgs, or of the .qgs inside a .qgz."""
    try:
        if path.suffix.lower() != ".qgz":
            return path.read_text(encoding="utf-8")
        with zipfile.ZipFile(path) as archive:
            name = next(n for n in archive.namelist() if n.lower().endswith(".qgs"))
            return archive.read(name).decode("utf-8")
    except (OSError, ValueError, StopIteration, zipfile.BadZipFile) as error:
        raise ValueError(f"cannot read the QGIS project {path}: {error or 'no project in it'}") from None


def _complete_unresolved_raster(layer: QgsMapLayer, element) -> None:
    """QGIS 3.22 reads an unresolved raster layer without its custom properties (layer variables, DEGO id) and
    scale visibility: take them from the layer's XML element."""
    if not isinstance(layer, QgsRasterLayer) or layer.isValid():
        return
    layer.readCustomProperties(element)
    layer.setScaleBasedVisibility(element.attribute("hasScaleBasedVisibilityFlag") == "1")
    for setter, key in ((layer.setMinimumScale, "minScale"), (layer.setMaximumScale, "maxScale")):
        try:
            setter(float(element.attribute(key) or 0))
        except ValueError:
            setter(0.0)


def build_catalogue(project_path: Path, presets: Sequence[Dict[str, Any]] = (),
                    replace_urls: Sequence[Tuple[str, str]] = (), generated: Optional[str] = None) -> BuildResult:
    """The catalogue document of a project file, with what was skipped and warnings. Needs a QgsApplication."""
    return catalogue_from_project(read_project(project_path), presets, replace_urls, generated)


def catalogue_from_project(project: QgsProject, presets: Sequence[Dict[str, Any]] = (),
                           replace_urls: Sequence[Tuple[str, str]] = (),
                           generated: Optional[str] = None, allowed_hosts: Sequence[str] = ()) -> BuildResult:
    """`allowed_hosts`: servers a style's images may come from (the plugin's; the tool allows embedded ones only)."""
    builder = _Builder(project, tuple(replace_urls), tuple(allowed_hosts))
    builder.walk(project.layerTreeRoot(), ())
    document: Dict[str, Any] = {
        "version": FORMAT_VERSION,
        "generated": generated or _now(),
    }
    publisher = _publisher(project, tuple(replace_urls))
    if publisher:
        document["publisher"] = publisher
    used = {entry["theme"] for entry in builder.layers}
    document["themes"] = [theme for theme in builder.themes if theme["id"] in used]
    document["layers"] = builder.layers
    if builder.boundaries:
        document["boundaries"] = builder.boundaries
    if builder.plan:
        document["warmteprogramma"] = builder.plan
    if presets:
        document["presets"] = list(presets)
        builder.warnings += _preset_warnings(presets, {entry["id"] for entry in builder.layers})
    return BuildResult(document, builder.skipped, builder.warnings)


def tidy_url(url: str, replace: Sequence[Tuple[str, str]] = ()) -> str:
    """Trimmed, repeated slashes in the path collapsed (https://service.pdok.nl//brt/...), prefixes replaced."""
    url = url.strip()
    for old, new in replace:
        if url.startswith(old):
            url = new + url[len(old):]
            break
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=re.sub(r"/{2,}", "/", parts.path)))


def slug(text: str) -> str:
    """'Energielabel (definitief)' -> 'energielabel-definitief'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "laag"


# ------------------------------------------------------------------------------------------------ the walk

class _Builder:
    def __init__(self, project: QgsProject, replace: Tuple[Tuple[str, str], ...], hosts: Tuple[str, ...] = ()):
        self.project = project
        self.replace = replace
        self.hosts = hosts
        self.themes: List[Dict[str, Any]] = []
        self.layers: List[Dict[str, Any]] = []
        self.skipped: List[Skipped] = []
        self.warnings: List[str] = []
        self.boundaries: Dict[str, Any] = {}
        self.plan: Dict[str, Any] = {}  # the catalogue's `warmteprogramma` section
        self._ids: Dict[str, int] = {}

    def walk(self, group: QgsLayerTreeGroup, path: Tuple[Tuple[str, str], ...]) -> None:
        """Depth first, in layer tree order: themes get the tree's order."""
        theme_id = ""
        for node in group.children():
            if isinstance(node, QgsLayerTreeLayer):
                if not theme_id:
                    theme_id = self._theme(path)
                self._layer(node, theme_id, " / ".join(title for _, title in path))
            elif isinstance(node, QgsLayerTreeGroup):
                short, title = _group_server_names(node)
                self.walk(node, path + ((slug(short or node.name()), title or node.name()),))

    def _theme(self, path: Tuple[Tuple[str, str], ...]) -> str:
        theme_id = "/".join(part for part, _ in path) if path else DEFAULT_THEME[0]
        title = " / ".join(title for _, title in path) if path else DEFAULT_THEME[1]
        taken = {theme["id"] for theme in self.themes}
        if theme_id in taken:  # two groups with the same path (same names at the same level)
            number = 2
            while f"{theme_id}-{number}" in taken:
                number += 1
            self.warnings.append(f"theme '{title}' appears more than once; the later one is '{theme_id}-{number}'")
            theme_id, title = f"{theme_id}-{number}", f"{title} ({number})"
        self.themes.append({"id": theme_id, "title": title, "order": 10 * (len(self.themes) + 1)})
        return theme_id

    def _layer(self, node: QgsLayerTreeLayer, theme_id: str, where: str) -> None:
        layer = node.layer()
        name = f"{where} / {node.name()}" if where else node.name()
        if layer is None:
            self.skipped.append(Skipped(name, "the layer is missing from the project file"))
            return
        variables = QgsExpressionContextUtils.layerScope(layer)

        def variable(key: str) -> str:
            value = variables.variable(key)
            return str(value).strip() if value is not None else ""

        try:
            service, style = self._service(layer, variable, name)
            if variable("dego_role") == "boundaries":
                self._boundaries(service, variable, name)
                return
            entry = self._entry(layer, theme_id, service, style, variable)
        except _Skip as reason:
            self.skipped.append(Skipped(name, str(reason)))
            return
        self.layers.append(entry)
        self._plan_role(entry, variable, name)
        self._code_format_advice(entry, name)

    def _code_format_advice(self, entry: Dict[str, Any], name: str) -> None:
        """Every entry clipped by attribute should say how the attribute spells municipality codes."""
        if entry.get("municipality_attribute") and not entry.get("municipality_code_format"):
            self.warnings.append(f"{name}: no dego_municipality_code_format; set how "
                                 f"'{entry['municipality_attribute']}' spells municipality codes (GM0000, 0000 or 0), "
                                 "else the plugin assumes GM0000 and asks the server for the other spellings when a "
                                 "municipality comes back empty")

    def _plan_role(self, entry: Dict[str, Any], variable, name: str) -> None:
        role = variable("dego_warmteprogramma")
        if not role:
            return
        feature_service = entry["service"]["type"] in ("wfs", "oapif")
        if role not in ("buurten", "suggestie") or role in self.plan or not feature_service:
            self.warnings.append(f"{name}: dego_warmteprogramma '{role}' ignored (buurten or suggestie, once each, "
                                 "on a WFS or OGC API Features layer)")
            return
        if role == "buurten":
            self.plan["buurten"] = entry["id"]
            if variable("dego_cbs_jaar").isdigit():
                self.plan["cbs_jaar"] = int(variable("dego_cbs_jaar"))
        else:
            self.plan["suggestie"] = {"layer": entry["id"], "attribute": variable("dego_suggestie_attribute")}

    # -- service and style per provider

    def _service(self, layer: QgsMapLayer, variable, name: str) -> Tuple[Dict[str, Any], Dict[str, Any]]:
        provider = (layer.providerType() or "").lower()
        source = layer.source()
        if isinstance(layer, QgsVectorTileLayer):
            return self._vector_tiles(source, name)
        if provider == "wms":
            return self._wms(source)
        if provider in ("wfs", "oapif"):
            return self._features(layer, provider, source, variable, name)
        if provider == "memory":
            raise _Skip("a memory (scratch) layer: its features exist only in QGIS; publish them as a service")
        if provider in LOCAL_PROVIDERS:
            raise _Skip(f"a local file ({_file_name(source)}); the catalogue holds web services only")
        if provider in DATABASE_PROVIDERS:
            raise _Skip(f"a {provider} database layer; the catalogue holds web services only")
        raise _Skip(f"provider '{layer.providerType()}' is not a service type of the catalogue "
                    "(WMS, WMTS, WFS, OGC API Features, vector tiles)")

    def _uri(self, source: str, encoded: bool) -> QgsDataSourceUri:
        uri = QgsDataSourceUri()
        if encoded:
            uri.setEncodedUri(source)
        else:
            uri = QgsDataSourceUri(source)
        return uri

    def _url(self, raw: str) -> str:
        if not raw:
            raise _Skip("its data source has no url")
        url = tidy_url(raw, self.replace)
        reason = check_url(url)
        if reason:
            raise _Skip(f"the url '{_without_password(url)}' {reason}")
        host = (urlsplit(url).hostname or "").lower()
        if host in RETIRED_HOSTS:
            self.warnings.append(f"{url}: the host {host} was retired; its services moved to {RETIRED_HOSTS[host]}"
                                 " (use --replace-url)")
        return url

    def _wms(self, source: str) -> Tuple[Dict[str, Any], Dict[str, Any]]:
        uri = self._uri(source, encoded=True)
        if uri.param("type") == "xyz" or uri.param("type") == "mbtiles":
            raise _Skip("raster XYZ tiles are not a service type of the catalogue (WMS or WMTS are)")
        layers = [name for name in uri.params("layers") if name]
        if not layers:
            raise _Skip("its data source names no layers")
        matrix_set = uri.param("tileMatrixSet")
        kind = "wmts" if matrix_set else "wms"
        url = self._url(uri.param("url"))
        service: Dict[str, Any] = {"type": kind, "url": _without_capabilities_query(url) if kind == "wmts" else url,
                                   "layers": layers}
        if matrix_set:
            service["tile_matrix_set"] = matrix_set
        for key, param in (("format", "format"), ("crs", "crs")):
            if uri.param(param):
                service[key] = uri.param(param)
        _auth(service, uri)
        styles = list(uri.params("styles"))
        if kind == "wmts":
            styles = ["" if s == "default" else s for s in styles]  # the plugin asks for "default" itself
        style = {"server_styles": styles[:len(layers)]} if any(styles) else {}
        return service, style

    def _features(self, layer: QgsMapLayer, provider: str, source: str, variable, name: str):
        uri = self._uri(source, encoded=False)
        url, typename = uri.param("url"), uri.param("typename")
        version, srsname = uri.param("version"), uri.param("srsname")
        if not typename:
            raise _Skip("its data source names no feature type (typename)")
        service: Dict[str, Any] = {"type": "wfs" if provider == "wfs" else "oapif", "url": self._url(url)}
        if provider == "wfs":
            service["typename"] = typename
            if version:
                if version not in WFS_VERSIONS:
                    self.warnings.append(f"{name}: WFS version '{version}' is not one QGIS offers; using 'auto'")
                    version = "auto"
                service["version"] = version
        else:
            service["collection"] = typename
        if srsname:
            service["crs"] = srsname
        _auth(service, uri)
        if uri.sql():
            self.warnings.append(f"{name}: its provider filter ({uri.sql()}) is not carried; format v1 has no field "
                                 "for it")
        qml_url = variable("dego_qml_url")
        if qml_url:
            return service, {"qml_url": self._url(qml_url)}
        return service, {"qml": self._qml(layer, name)}

    def _vector_tiles(self, source: str, name: str):
        uri = self._uri(source, encoded=True)
        if uri.param("type") != "xyz":
            kind = uri.param("type") or "unknown"
            raise _Skip(f"vector tiles of type '{kind}' (a local file or an unsupported server); the catalogue "
                        "holds {z}/{x}/{y} tile URLs")
        service: Dict[str, Any] = {"type": "vectortile", "url": self._url(uri.param("url"))}
        for key in ("zmin", "zmax"):
            if uri.param(key).isdigit():
                service[key] = int(uri.param(key))
        _auth(service, uri)
        style_url = uri.param("styleUrl")
        if style_url:
            return service, {"mapbox_gl_url": self._url(style_url)}
        self.warnings.append(f"{name}: no style URL (Mapbox GL) in its data source; municipalities get QGIS's "
                             "default vector tile style")
        return service, {}

    def _qml(self, layer: QgsMapLayer, name: str) -> str:
        document = QDomDocument("qgis")
        error = layer.exportNamedStyle(document, QgsReadWriteContext(), STYLE_CATEGORIES)
        if error:
            raise _Skip(f"its style could not be exported: {error}")
        self._embed_svgs(document, name)
        self._keep_fonts(layer, document, name)
        compact(document)
        qml = stable_text(document.toString(-1))
        if qml is None:
            raise _Skip("its style is not valid XML, or nested too deep")
        # Symbology and labels only (STYLE_CATEGORIES, as the plugin imports them); what the plugin would still
        # refuse (an image outside the embedded and QGIS's own, an expression reading the machine) is not written.
        refusal = style_refusal(qml, self.hosts)
        if refusal is not None:
            reason = f"{refusal.code.replace('_', ' ')} ({refusal.detail})"
            raise _Skip(f"its style would be refused by the plugin: {reason}")
        return qml

    def _embed_svgs(self, document: QDomDocument, name: str) -> None:
        """SVG markers and fills travel inside the QML (base64): a municipality has the team's files nowhere.
        QGIS's own SVGs (a relative name QGIS finds in its SVG folders) stay a name: every QGIS has them."""
        options = document.elementsByTagName("Option")
        for index in range(options.count()):
            option = options.item(index).toElement()
            value = option.attribute("value")
            if option.attribute("name") not in ("name", "svgFile") or not value.lower().endswith(".svg"):
                continue
            if value.startswith(("base64:", "http://", "https://")):
                continue
            path = Path(QgsSymbolLayerUtils.svgSymbolNameToPath(value, self.project.pathResolver()))
            if not Path(value).is_absolute() and path.is_file():
                continue
            if path.is_file():
                option.setAttribute("value", "base64:" + base64.b64encode(path.read_bytes()).decode("ascii"))
            else:  # the team's path means nothing elsewhere, and the plugin refuses styles naming local files
                option.setAttribute("value", "")
                self.warnings.append(f"{name}: SVG '{value}' was not found; QGIS draws a question mark there")

    def _keep_fonts(self, layer: QgsMapLayer, document: QDomDocument, name: str) -> None:
        """A label font missing on this machine: QGIS exports the stand-in family; put the team's back, so a
        municipality that has the font sees it, and warn."""
        labeling = layer.labeling() if isinstance(layer, QgsVectorLayer) else None
        if labeling is None:
            return
        formats = [labeling.settings(provider).format() for provider in labeling.subProviders()]
        elements = document.elementsByTagName("text-style")
        for index, text in enumerate(formats):
            if text.fontFound():
                continue
            self.warnings.append(f"{name}: font '{text.resolvedFontFamily()}' is not installed here; the style "
                                 "keeps it, QGIS substitutes another font where it is missing")
            if elements.count() == len(formats):  # one <text-style> per label provider, in the same order
                elements.item(index).toElement().setAttribute("fontFamily", text.resolvedFontFamily())

    # -- the entry

    def _entry(self, layer: QgsMapLayer, theme_id: str, service, style, variable) -> Dict[str, Any]:
        metadata = layer.metadata()
        title = metadata.title().strip() or layer.name().strip()
        entry: Dict[str, Any] = {"id": self._id(layer, title), "title": title, "theme": theme_id}
        server = _server_properties(layer)
        abstract = metadata.abstract().strip() or server.abstract().strip()
        source = next((r.strip() for r in metadata.rights() if r.strip()), "") or server.attribution().strip()
        licence = next((lic.strip() for lic in metadata.licenses() if lic.strip()), "")
        for key, value in (("abstract", abstract), ("source", source), ("licence", licence),
                           ("data_date", variable("dego_data_date")), ("level", variable("dego_level"))):
            if value:
                entry[key] = value
        keywords = _keywords(metadata.keywords(), server.keywordList())
        if keywords:
            entry["keywords"] = keywords
        if layer.hasScaleBasedVisibility():
            for key, scale in (("min_scale", layer.minimumScale()), ("max_scale", layer.maximumScale())):
                if scale > 0:
                    entry[key] = int(scale) if float(scale).is_integer() else scale
        for key in ("municipality_attribute", "municipality_code_format"):
            if variable("dego_" + key):
                entry[key] = variable("dego_" + key)
        entry["service"] = service
        if style:
            entry["style"] = style
        return entry

    def _id(self, layer: QgsMapLayer, title: str) -> str:
        wanted = (str(layer.customProperty(LAYER_ID_PROPERTY, "") or "").strip()
                  or _server_properties(layer).shortName().strip() or slug(title))
        count = self._ids.get(wanted, 0) + 1
        self._ids[wanted] = count
        if count == 1:
            return wanted
        self.warnings.append(f"id '{wanted}' is used by more than one layer; '{title}' became '{wanted}-{count}'")
        return f"{wanted}-{count}"

    def _boundaries(self, service: Dict[str, Any], variable, name: str) -> None:
        if service["type"] not in ("wfs", "oapif"):
            raise _Skip("dego_role 'boundaries' needs a WFS or OGC API Features layer")
        if self.boundaries:
            self.warnings.append(f"{name}: a second boundaries layer; the first one is used")
            return
        boundaries = {k: v for k, v in service.items() if k != "authcfg"}
        boundaries["code_attribute"] = variable("dego_code_attribute") or "code"
        boundaries["name_attribute"] = variable("dego_name_attribute") or "naam"
        self.boundaries = boundaries


# ------------------------------------------------------------------------------------------------ helpers

def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _publisher(project: QgsProject, replace: Sequence[Tuple[str, str]]) -> Dict[str, str]:
    scope = QgsExpressionContextUtils.projectScope(project)
    # Not the metadata author: QGIS fills that with the operating system's user name.
    name = str(scope.variable("dego_publisher") or "").strip() or project.title().strip()
    if not name:
        return {}
    publisher = {"name": name}
    url = str(scope.variable("dego_publisher_url") or "").strip()
    if url:
        publisher["url"] = tidy_url(url, replace)
    return publisher


def _server_properties(layer: QgsMapLayer):
    """What holds a layer's QGIS Server short name, title, abstract, keywords and attribution: its server
    properties (QGIS 3.38 on; the layer's own getters are deprecated in 3.44), else the layer itself."""
    properties = layer.serverProperties()
    return properties if hasattr(properties, "shortName") else layer


def _group_server_names(group: QgsLayerTreeGroup) -> Tuple[str, str]:
    """A group's QGIS Server short name and title ("Set Group WMS Data..."): QGIS 3.44 keeps them in the
    group's server properties (and moves them there from projects of older versions), older ones in custom
    properties."""
    if hasattr(group, "serverProperties"):
        properties = group.serverProperties()
        return properties.shortName().strip(), properties.title().strip()
    return tuple(str(group.customProperty(key, "") or "").strip() for key in ("wmsShortName", "wmsTitle"))


def _auth(service: Dict[str, Any], uri: QgsDataSourceUri) -> None:
    authcfg = uri.param(AUTH_READ_AS) or uri.authConfigId()
    if authcfg:
        service["authcfg"] = authcfg


def _keywords(vocabularies: Dict[str, List[str]], server_keywords: str) -> List[str]:
    words = [w for words in vocabularies.values() for w in words] + server_keywords.split(",")
    seen: Dict[str, None] = {}
    for word in (w.strip() for w in words):
        if word and word.casefold() not in (s.casefold() for s in seen):
            seen[word] = None
    return list(seen)


def _without_capabilities_query(url: str) -> str:
    """A WMTS URL as QGIS stores it carries ?SERVICE=WMTS&REQUEST=GetCapabilities; the catalogue keeps the base."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in ("service", "request", "version")]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _file_name(source: str) -> str:
    return Path(source.split("|")[0].split("?")[0]).name or source


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.hostname or "")) if parts.password or parts.username else url


def _preset_warnings(presets: Iterable[Dict[str, Any]], ids: set) -> List[str]:
    """Presets name layers by entry id (any list of strings under "layers"): point out ids the catalogue lacks."""
    warnings = []
    for index, preset in enumerate(presets):
        layers = preset.get("layers")
        names = [x.get("id") if isinstance(x, dict) else x for x in layers] if isinstance(layers, list) else []
        missing = [n for n in names if isinstance(n, str) and n not in ids and n != PLAN_LAYER]
        if missing:
            label = preset.get("id") or preset.get("title") or f"presets[{index}]"
            warnings.append(f"preset '{label}' names layers not in the catalogue: {', '.join(missing)}")
    return warnings
