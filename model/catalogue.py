"""The DEGO catalogue: immutable model and parser (format v1). No Qt, no network.

A catalogue document lists themes and layer entries (see docs/catalogue.md). Parsing never raises for a bad
entry: the entry is skipped and a `Problem` says why. Only a document that cannot be a catalogue at all
(not JSON, not an object, a newer major version) raises `CatalogueError`.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterable, List, Mapping, Optional, Tuple
from urllib.parse import urlsplit

from .errors import CodedError
from .municipality import CODE_FORMATS
from .search import entry_text, matches, query_words

SUPPORTED_MAJOR = 1
LIVE, CACHED, BUNDLED = "live", "cached", "bundled"  # where the catalogue shown came from
DEFAULT_LANGUAGE = "nl"  # of DEGO's presets and layer titles: the language its maps are printed in
LEVELS = ("pand", "pc6", "pc4", "buurt", "wijk", "gemeente", "provincie", "land", "raster", "lijn", "punt")


class ServiceType(str, Enum):
    """How a layer's data is served; the value is the catalogue's spelling (also kept in saved projects)."""

    WMS = "wms"
    WMTS = "wmts"
    WFS = "wfs"
    OAPIF = "oapif"  # OGC API Features
    VECTOR_TILE = "vectortile"

    def __str__(self) -> str:  # the catalogue's spelling in messages, on every Python version
        return self.value

    @property
    def is_vector(self) -> bool:
        """Features (WFS, OGC API Features): a QML style, a server-side filter, a file to save."""
        return self in (ServiceType.WFS, ServiceType.OAPIF)

    @property
    def is_map_image(self) -> bool:
        """Map images (WMS, WMTS): server styles, a legend graphic."""
        return self in (ServiceType.WMS, ServiceType.WMTS)


SERVICE_TYPES = tuple(kind.value for kind in ServiceType)  # the spellings the catalogue format allows
_SERVICE_TYPE_OF = {kind.value: kind for kind in ServiceType}  # a dict lookup: 1,000 entries parse per refresh


class CatalogueError(CodedError, ValueError):
    """The document as a whole cannot be used; `code` says why (for a translated message)."""


class EntryError(CodedError):
    """Why one entry of a list (a layer, a theme, a preset) is skipped."""


@dataclass(frozen=True)
class Problem:
    """Why an entry was skipped. `code` is stable (translated by the GUI), `message` is English detail."""

    where: str  # e.g. "layers[3] (energielabel)"
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    order: int = 0


@dataclass(frozen=True)
class Service:
    """Where a layer's data comes from. Fields not used by a type stay empty."""

    type: ServiceType
    url: str  # service endpoint; for vector tiles the {z}/{x}/{y} template
    layers: Tuple[str, ...] = ()  # wms: layer names; wmts: one layer
    typename: str = ""  # wfs: feature type; oapif: collection id
    version: str = ""  # wfs: 1.0.0 / 1.1.0 / 2.0.0 / auto
    crs: str = ""  # requested CRS, e.g. EPSG:28992
    format: str = ""  # wms/wmts image format
    tile_matrix_set: str = ""  # wmts
    zmin: int = 0  # vector tiles
    zmax: int = 14
    authcfg: str = ""  # QGIS authentication configuration id; passed to QGIS, never read


@dataclass(frozen=True)
class Style:
    qml: str = ""  # inline QML (vector layers)
    qml_url: str = ""  # QML by URL (vector layers)
    server_styles: Tuple[str, ...] = ()  # wms/wmts server style names
    mapbox_gl_url: str = ""  # vector tiles


@dataclass(frozen=True)
class LayerEntry:
    id: str
    title: str
    theme: str
    service: Service
    style: Style = Style()
    abstract: str = ""
    source: str = ""  # attribution, e.g. "Bron: BAG"
    licence: str = ""
    data_date: str = ""
    level: str = ""
    keywords: Tuple[str, ...] = ()
    min_scale: float = 0.0  # most zoomed-out scale denominator at which it shows (0: no limit)
    max_scale: float = 0.0  # most zoomed-in scale denominator (0: no limit)
    municipality_attribute: str = ""  # attribute holding the municipality code, if any
    # How that attribute spells codes: GM0000, 0000 or 0; "" when the catalogue does not say (the spelling found
    # on the server is used, else GM0000: layers/code_spelling.py).
    municipality_code_format: str = ""

    @property
    def search_text(self) -> str:
        """The folded text the entry is found by, without its theme (model/search.py)."""
        return entry_text(self)


@dataclass(frozen=True)
class Catalogue:
    version: str
    generated: str = ""
    publisher: str = ""
    language: str = DEFAULT_LANGUAGE  # of its texts (ISO 639-1): maps print the plugin's own texts in it too
    themes: Tuple[Theme, ...] = ()
    layers: Tuple[LayerEntry, ...] = ()
    presets: Tuple[Mapping[str, Any], ...] = ()  # defined by the compositions work; kept as given
    boundaries: Mapping[str, Any] = field(default_factory=dict)  # boundary service, see docs
    warmteprogramma: Mapping[str, Any] = field(default_factory=dict)  # plan sources (model/plan.py), kept as given
    buurtprofiel: Mapping[str, Any] = field(default_factory=dict)  # buurtprofiel sources (model/buurtprofiel.py)
    problems: Tuple[Problem, ...] = ()

    def entry(self, layer_id: str) -> Optional[LayerEntry]:
        for entry in self.layers:
            if entry.id == layer_id:
                return entry
        return None

    def theme(self, theme_id: str) -> Optional[Theme]:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        return None

    def layers_in(self, theme_id: str) -> Tuple[LayerEntry, ...]:
        return tuple(e for e in self.layers if e.theme == theme_id)

    def search(self, text: str, themes: bool = False) -> Tuple[LayerEntry, ...]:
        """Entries found by every word of `text` (model/search.py). With `themes`, as the dock and the search bar
        find them: the theme's title counts too, so "warmte" lists the layers of the theme "Warmte"."""
        words = query_words(text)
        if themes:
            return tuple(e for e in self.layers if matches(self.search_texts[e.id], words))
        return tuple(e for e in self.layers if matches(e.search_text, words))

    @cached_property
    def search_texts(self) -> Mapping[str, str]:
        """Entry id → the folded text it is found by, its theme's title first (made once per catalogue)."""
        titles = {theme.id: theme.title for theme in self.themes}
        return {e.id: entry_text(e, titles.get(e.theme, "")) for e in self.layers}


SOURCE_LABELS = ("bron", "bronnen", "source", "sources")  # how a catalogue's `source` may begin: "Bron: BAG"


def source_without_label(source: str) -> str:
    """"Bron: BAG" → "BAG": a source as its label's value (the dock's "Source" row, the map's "Bron:" line)."""
    label, colon, rest = source.partition(":")
    return rest.strip() if colon and label.strip().lower() in SOURCE_LABELS and rest.strip() else source.strip()


def check_url(url: str, allowed_hosts: Iterable[str] = ()) -> Optional[str]:
    """Why `url` may not be used (English), or None when it is an acceptable http(s) URL."""
    return _check_url(url, tuple(allowed_hosts))


@lru_cache(maxsize=1024)  # a catalogue names the same few service hosts hundreds of times
def _check_url(url: str, allowed_hosts: Tuple[str, ...]) -> Optional[str]:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "is not a valid URL"
    if parts.scheme.lower() not in ("http", "https"):
        return "must start with http:// or https://" if parts.scheme else "must be absolute (http:// or https://)"
    if not host:
        return "has no host"
    if parts.username is not None or parts.password is not None:
        return "must not carry a user name or password (use a QGIS authentication configuration)"
    allowed = [h.lower() for h in allowed_hosts]
    if allowed and host.lower() not in allowed:
        return f"points at {host}, which is not in the allowed hosts"
    return None


def _build(cls, **values):
    """A frozen dataclass instance without its generated __init__, which sets every field through
    object.__setattr__ (about 3 µs an object; a 1,000-entry catalogue makes 3,000). Every field is given."""
    instance = object.__new__(cls)
    instance.__dict__.update(values)
    return instance


StyleCheck = Callable[[str], Optional[str]]  # an inline QML style -> why it is refused (English), or None


def parse_catalogue(document: Any, allowed_hosts: Iterable[str] = (), style_check: Optional[StyleCheck] = None
                    ) -> Catalogue:
    """Parse a catalogue from bytes, text or an already decoded JSON object. `style_check` screens inline QML
    styles (layers/qml_safety.py; the model itself reads no XML): an entry whose style it refuses is skipped."""
    data = _decode(document)
    version = str(data.get("version", "")).strip()
    major = _major(version)
    if major is None:
        raise CatalogueError("no_version", "The catalogue has no valid 'version' (expected e.g. \"1.0\").")
    if major > SUPPORTED_MAJOR:
        raise CatalogueError(
            "newer_version",
            f"The catalogue has format version {version}; this plugin reads version {SUPPORTED_MAJOR}.x. "
            "Update the DEGO plugin.",
        )
    raw_layers = data.get("layers")
    if not isinstance(raw_layers, list):
        raise CatalogueError("no_layers", "The catalogue has no 'layers' list.")

    problems: List[Problem] = []
    themes = _parse_themes(data.get("themes"), problems)
    theme_ids = {t.id for t in themes}
    hosts = tuple(allowed_hosts)
    layers = parse_each(raw_layers, "layers", "entry", lambda raw: _parse_layer(raw, theme_ids, hosts, style_check),
                        problems)

    presets = data.get("presets")
    boundaries = data.get("boundaries")
    plan = data.get("warmteprogramma")
    profile = data.get("buurtprofiel")
    return Catalogue(
        version=version,
        generated=_text(data.get("generated")),
        publisher=_publisher(data.get("publisher")),
        language=_language(data.get("language")),
        themes=themes,
        layers=layers,
        presets=tuple(p for p in presets if isinstance(p, dict)) if isinstance(presets, list) else (),
        boundaries=boundaries if isinstance(boundaries, dict) else {},
        warmteprogramma=plan if isinstance(plan, dict) else {},
        buurtprofiel=profile if isinstance(profile, dict) else {},
        problems=tuple(problems),
    )


def parse_each(raws: Iterable[Any], where: str, noun: str, parse: Callable[[Any], Any], problems: List[Problem]
               ) -> tuple:
    """Each raw item of a list (`layers`, `presets`) parsed by `parse`, which raises EntryError for a bad one:
    a bad or repeated item is skipped, and `problems` says where and why."""
    parsed, seen = [], set()
    for index, raw in enumerate(raws):
        raw_id = raw.get("id") if isinstance(raw, Mapping) else None
        place = f"{where}[{index}]" + (f" ({raw_id})" if isinstance(raw_id, str) and raw_id else "")
        try:
            item = parse(raw)
            if item.id in seen:
                raise EntryError("duplicate_id", f"id '{item.id}' is used by an earlier {noun}")
        except EntryError as error:
            problems.append(Problem(place, error.code, str(error)))
            continue
        seen.add(item.id)
        parsed.append(item)
    return tuple(parsed)


def _decode(document: Any) -> Mapping[str, Any]:
    if isinstance(document, (bytes, bytearray)):
        try:
            document = bytes(document).decode("utf-8")
        except UnicodeDecodeError:
            raise CatalogueError("not_utf8", "The catalogue is not valid UTF-8 text.") from None
    if isinstance(document, str):
        try:
            document = json.loads(document)
        except ValueError as error:  # JSONDecodeError and RecursionError-free subclasses
            raise CatalogueError("not_json", f"The catalogue is not valid JSON ({error}).") from None
        except RecursionError:
            raise CatalogueError("not_json", "The catalogue is nested too deeply.") from None
    if not isinstance(document, dict):
        raise CatalogueError("not_object", "The catalogue is not a JSON object.")
    return document


def _major(version: str) -> Optional[int]:
    match = re.match(r"^(\d+)(\.\d+)*$", version)
    return int(match.group(1)) if match else None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _publisher(value: Any) -> str:
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _language(value: Any) -> str:
    """An ISO 639-1 code ("nl", "en"); anything else is DEGO's language."""
    text = _text(value).lower()
    return text if re.fullmatch(r"[a-z]{2}", text) else DEFAULT_LANGUAGE


def _parse_themes(raw_themes: Any, problems: list) -> Tuple[Theme, ...]:
    themes = {}
    for index, raw in enumerate(raw_themes if isinstance(raw_themes, list) else ()):
        if not isinstance(raw, dict) or not _text(raw.get("id")):
            problems.append(Problem(f"themes[{index}]", "bad_theme", "a theme needs an 'id'"))
            continue
        theme_id = _text(raw["id"])
        if theme_id in themes:
            problems.append(Problem(f"themes[{index}] ({theme_id})", "duplicate_id",
                                    f"theme id '{theme_id}' is repeated"))
            continue
        order = raw.get("order", index)
        themes[theme_id] = Theme(
            id=theme_id,
            title=_text(raw.get("title")) or theme_id,
            order=int(order) if _finite(order) else index,
        )
    return tuple(sorted(themes.values(), key=lambda t: (t.order, t.title)))


def _required(raw: Mapping[str, Any], key: str, what: str) -> str:
    value = _text(raw.get(key))
    if not value:
        raise EntryError("missing_field", f"{what} has no '{key}'")
    return value


def _url(value: str, what: str, hosts: Tuple[str, ...]) -> str:
    reason = _check_url(value, hosts)
    if reason:
        raise EntryError("bad_url", f"{what} '{value}' {reason}")
    return value


def _names(value: Any) -> Tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, list):
        return tuple(v.strip() for v in value if isinstance(v, str) and v.strip())
    return ()


def _number(raw: Mapping[str, Any], key: str, default: float) -> float:
    value = raw.get(key, default)
    if value is None:
        return default
    if not _finite(value) or value < 0:
        raise EntryError("bad_field", f"'{key}' must be a number of at least 0")
    return float(value)


def _finite(value: Any) -> bool:
    """A JSON number that fits a float: not a boolean, NaN, Infinity (Python's json reads those) or 1e400."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _parse_service(raw: Any, hosts: Tuple[str, ...]) -> Service:
    if not isinstance(raw, dict):
        raise EntryError("missing_field", "the entry has no 'service'")
    kind = _service_type(raw.get("type"))
    url = _url(_required(raw, "url", "the service"), "service url", hosts)
    layers = _names(raw.get("layers"))
    typename = _text(raw.get("typename")) or _text(raw.get("collection"))
    _check_service(kind, raw, url, layers, typename)
    zmin = int(_number(raw, "zmin", 0))
    zmax = int(_number(raw, "zmax", 14))
    if zmin > zmax:
        raise EntryError("bad_field", "'zmin' is larger than 'zmax'")
    return _build(
        Service,
        type=kind,
        url=url,
        layers=layers,
        typename=typename,
        version=_text(raw.get("version")),
        crs=_text(raw.get("crs")),
        format=_text(raw.get("format")),
        tile_matrix_set=_text(raw.get("tile_matrix_set")),
        zmin=zmin,
        zmax=zmax,
        authcfg=_text(raw.get("authcfg")),
    )


def _service_type(value: Any) -> ServiceType:
    kind = _SERVICE_TYPE_OF.get(_text(value).lower())
    if kind is None:
        raise EntryError("unknown_type", f"service type '{value}' is not one of {', '.join(SERVICE_TYPES)}")
    return kind


def _check_service(kind: ServiceType, raw: Mapping[str, Any], url: str, layers: Tuple[str, ...], typename: str
                   ) -> None:
    """What each service type needs besides a URL."""
    if kind.is_map_image and not layers:
        raise EntryError("missing_field", f"a {kind} service has no 'layers'")
    if kind == ServiceType.WMTS and not _text(raw.get("tile_matrix_set")):
        raise EntryError("missing_field", "a wmts service has no 'tile_matrix_set'")
    if kind.is_vector and not typename:
        name = "typename" if kind == ServiceType.WFS else "collection"
        raise EntryError("missing_field", f"a {kind} service has no '{name}'")
    if kind == ServiceType.VECTOR_TILE and not all(p in url for p in ("{z}", "{x}", "{y}")):
        raise EntryError("bad_url", "a vectortile url must be a {z}/{x}/{y} template")


def _parse_style(raw: Any, kind: ServiceType, hosts: Tuple[str, ...], style_check: Optional[StyleCheck]
                 ) -> Style:
    if raw is None:
        return Style()
    if not isinstance(raw, dict):
        raise EntryError("bad_field", "'style' must be an object")
    qml = raw.get("qml", "")
    if not isinstance(qml, str):
        raise EntryError("bad_field", "'style.qml' must be text")
    qml_url = _text(raw.get("qml_url"))
    mapbox = _text(raw.get("mapbox_gl_url"))
    if (qml or qml_url) and not kind.is_vector:
        raise EntryError("bad_field", f"a QML style needs a wfs or oapif service, not {kind}")
    if mapbox and kind != ServiceType.VECTOR_TILE:
        raise EntryError("bad_field", "'mapbox_gl_url' is for vectortile services only")
    refusal = style_check(qml) if qml.strip() and style_check is not None else None
    if refusal:
        raise EntryError("unsafe_style", f"the style is refused ({refusal})")
    return _build(
        Style,
        qml=qml.strip(),
        qml_url=_url(qml_url, "style qml_url", hosts) if qml_url else "",
        server_styles=_names(raw.get("server_styles")),
        mapbox_gl_url=_url(mapbox, "style mapbox_gl_url", hosts) if mapbox else "",
    )


def _parse_layer(raw: Any, theme_ids: set, hosts: Tuple[str, ...], style_check: Optional[StyleCheck]) -> LayerEntry:
    if not isinstance(raw, dict):
        raise EntryError("bad_entry", "the entry is not an object")
    layer_id = _required(raw, "id", "the entry")
    title = _required(raw, "title", "the entry")
    theme = _required(raw, "theme", "the entry")
    if theme not in theme_ids:
        raise EntryError("unknown_theme", f"theme '{theme}' is not in the catalogue's themes")
    service = _parse_service(raw.get("service"), hosts)
    code_format = _text(raw.get("municipality_code_format"))
    if code_format and code_format not in CODE_FORMATS:
        raise EntryError("bad_field", "'municipality_code_format' must be GM0000, 0000 or 0")
    return _build(
        LayerEntry,
        id=layer_id,
        title=title,
        theme=theme,
        service=service,
        style=_parse_style(raw.get("style"), service.type, hosts, style_check),
        abstract=_text(raw.get("abstract")),
        source=_text(raw.get("source")),
        licence=_text(raw.get("licence")),
        data_date=_text(raw.get("data_date")),
        level=_text(raw.get("level")),
        keywords=_names(raw.get("keywords")),
        min_scale=_number(raw, "min_scale", 0.0),
        max_scale=_number(raw, "max_scale", 0.0),
        municipality_attribute=_text(raw.get("municipality_attribute")),
        municipality_code_format=code_format,
    )
