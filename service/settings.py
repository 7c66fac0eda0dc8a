"""The plugin's settings: one place, one QgsSettings prefix (`dego/`), each with a type and a default."""
from __future__ import annotations

import json
import os
import threading
from typing import Dict, Tuple
from urllib.parse import urlsplit

from qgis.core import QgsSettings

from ..i18n import MAP_LANGUAGES
from ..model.municipality import CODE_FORMATS
from ..model.buurtprofiel import MIN_THRESHOLD
from ..model.presets import EACH_PAPER, ORIENTATIONS, PAPER_SIZES
from ..toolbelt import log

PREFIX = "dego/"
# Where VNG would publish the central catalogue (nothing is there yet); municipal IT can preset it (docs/catalogue.md).
DEFAULT_CATALOGUE_URL = "https://files.commondatafactory.nl/dego/catalogus/v1/catalogue.json"
# What DEGO publishes today: its QGIS project, linked from the DEGO page; read as a catalogue when the above is not.
DEFAULT_PROJECT_URL = "https://files.commondatafactory.nl/qgis/DEGO-2023-08.qgz"
CATALOGUE_URL_ENV = "DEGO_CATALOGUE_URL"


def _value(key: str, default, kind):
    return QgsSettings().value(PREFIX + key, default, type=kind)


def _set(key: str, value) -> None:
    QgsSettings().setValue(PREFIX + key, value)


def catalogue_url() -> str:
    """Environment (set by municipal IT) first, then the user's or the global settings file, then the default."""
    from_env = catalogue_url_from_environment()
    if from_env:
        return from_env
    return _value("catalogue_url", DEFAULT_CATALOGUE_URL, str).strip() or DEFAULT_CATALOGUE_URL


def catalogue_sources() -> Tuple[str, ...]:
    """The live catalogue addresses, tried in order: the one municipal IT or the user set (a catalogue or a QGIS
    project); else the JSON catalogue VNG may publish, then DEGO's published QGIS project."""
    chosen = catalogue_url_from_environment() or _value("catalogue_url", "", str).strip()
    return (chosen,) if chosen else (DEFAULT_CATALOGUE_URL, DEFAULT_PROJECT_URL)


def set_catalogue_url(url: str) -> None:
    _set("catalogue_url", url.strip())


# The servers of the bundled catalogue (resources/catalogue.json) and of the DEGO, PDOK and CBS services it names:
# the plugin talks to these, and to the servers municipal IT ($DEGO_ALLOWED_HOSTS) or the user adds.
DEFAULT_ALLOWED_HOSTS = (
    "files.commondatafactory.nl", "maps.commondatafactory.nl", "tileserver.commondatafactory.nl",  # DEGO, CBS
    "dego.vng.nl",  # DEGO (VNG)
    "service.pdok.nl", "api.pdok.nl", "geodata.nationaalgeoregister.nl",  # PDOK (the last one retired)
    "apps.geodan.nl", "data.rivm.nl",  # third-party WMS of the bundled catalogue
)
ALLOWED_HOSTS_ENV = "DEGO_ALLOWED_HOSTS"


def host_list(text: str) -> Tuple[str, ...]:
    """Host names from text separated by spaces or commas, lower case, each once."""
    return tuple(dict.fromkeys(h.strip().lower() for h in text.replace(",", " ").split() if h.strip()))


def allowed_hosts() -> Tuple[str, ...]:
    """Every host catalogue URLs may point at: the built-in ones, municipal IT's and the user's additions."""
    return tuple(dict.fromkeys(DEFAULT_ALLOWED_HOSTS + host_list(os.environ.get(ALLOWED_HOSTS_ENV, ""))
                               + added_hosts()))


def added_hosts() -> Tuple[str, ...]:
    """The hosts the user added to the built-in list (Settings ▸ Options ▸ DEGO); never narrows it."""
    return host_list(_value("allowed_hosts", "", str))


def set_added_hosts(hosts) -> None:
    _set("allowed_hosts", " ".join(hosts))


def trusted_hosts() -> Tuple[str, ...]:
    """Hosts the plugin's own requests may reach: the allowed hosts, and those of the catalogue and boundary
    service addresses the user or municipal IT set (their choice, not the catalogue's)."""
    own = tuple(_host(url) for url in (catalogue_url(), boundary_service_url()))
    return tuple(dict.fromkeys(allowed_hosts() + tuple(h for h in own if h)))


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:  # not a URL at all: nothing to trust
        return ""


def connect_timeout_s() -> float:
    return _value("connect_timeout_s", 5.0, float)


def read_timeout_s() -> float:
    """Longest wait for any one read (requests' read timeout: per socket read, not for the whole answer)."""
    return _value("read_timeout_s", 20.0, float)


def total_timeout_s() -> float:
    """Deadline for a whole download, so a server trickling bytes cannot hold a request open for ever."""
    return _value("total_timeout_s", 60.0, float)


# --- municipality clipping (layers/clip.py, service/boundaries.py) ---------------------------------------
DEFAULT_MASK_COLOUR = "#ffffff"  # outside the municipality fades to paper white, as in council maps


def boundary_service_url() -> str:
    """Overrides the boundary service URL of the catalogue (and of the built-in PDOK default); '' = no override."""
    return _value("boundary_service_url", "", str).strip()


def set_boundary_service_url(url: str) -> None:
    _set("boundary_service_url", url.strip())


def mask_colour() -> str:
    """Colour of the mask outside the municipality, as '#rrggbb'."""
    return _value("mask_colour", DEFAULT_MASK_COLOUR, str).strip() or DEFAULT_MASK_COLOUR


def set_mask_colour(colour: str) -> None:
    _set("mask_colour", colour.strip())


def mask_opacity() -> float:
    """Opacity of the mask, 0 (invisible) to 1 (hides everything outside the border)."""
    return min(1.0, max(0.0, _value("mask_opacity", 1.0, float)))


def set_mask_opacity(opacity: float) -> None:
    _set("mask_opacity", min(1.0, max(0.0, float(opacity))))


# How each service's layers spell municipality codes, as found on the server (layers/code_spelling.py): one JSON
# object {service url: {typename: code format}}, so a spelling is found once, not on every load.
_CODE_FORMATS_KEY = "found_code_formats"
_MAX_FOUND_CODE_FORMATS = 500  # services x typenames; the oldest are forgotten first
_code_formats_lock = threading.Lock()  # found by background tasks, possibly two at once


def found_code_format(url: str, typename: str) -> str:
    """The spelling (a CODE_FORMATS value) of municipality codes found on this service's layer; '' if none yet."""
    found = _found_code_formats().get(url, {}).get(typename, "")
    return found if found in CODE_FORMATS else ""


def remember_code_format(url: str, typename: str, code_format: str) -> None:
    with _code_formats_lock:
        found = _found_code_formats()
        layers = found.pop(url, {})  # re-inserted last: the most recently found service is kept longest
        layers[typename] = code_format
        found[url] = layers
        while sum(len(v) for v in found.values()) > _MAX_FOUND_CODE_FORMATS and len(found) > 1:
            found.pop(next(iter(found)))
        _set(_CODE_FORMATS_KEY, json.dumps(found))


def forget_code_formats() -> None:
    with _code_formats_lock:
        QgsSettings().remove(PREFIX + _CODE_FORMATS_KEY)


def _found_code_formats() -> Dict[str, Dict[str, str]]:
    try:
        found = json.loads(_value(_CODE_FORMATS_KEY, "", str) or "{}")
    except ValueError:  # edited by hand: start again
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(url): {str(k): str(v) for k, v in layers.items()} for url, layers in found.items()
            if isinstance(layers, dict)}


# --- settings page (dialogs/settings_page.py) and print layouts ------------------------------------------


def catalogue_url_from_environment() -> str:
    """The catalogue URL municipal IT set in the environment ('' if none); it overrides the user's setting."""
    return os.environ.get(CATALOGUE_URL_ENV, "").strip()


def paper_size() -> str:
    """Default paper size of DEGO print layouts, the maps dialog's first choice: one of PAPER_SIZES, EACH_PAPER
    (each map on the paper its preset suggests) or ONE_PAPER ('': one size for all, the one most maps suggest)."""
    value = _value("paper_size", "", str).strip()
    return value.upper() if value.upper() in PAPER_SIZES else (EACH_PAPER if value == EACH_PAPER else "")


def set_paper_size(size: str) -> None:
    _set("paper_size", size if size in PAPER_SIZES + (EACH_PAPER,) else "")


def paper_orientation() -> str:
    """Default orientation of DEGO print layouts: one of ORIENTATIONS, or '' for the preset's."""
    value = _value("paper_orientation", "", str).strip().lower()
    return value if value in ORIENTATIONS else ""


def set_paper_orientation(orientation: str) -> None:
    _set("paper_orientation", orientation if orientation in ORIENTATIONS else "")


def maps_folder() -> str:
    """The folder the maps were last exported to ('' before the first export)."""
    return _value("maps_folder", "", str).strip()


def set_maps_folder(folder: str) -> None:
    _set("maps_folder", folder)


def map_language() -> str:
    """The language the plugin's texts on maps are printed in: one of MAP_LANGUAGES, or '' for the catalogue's."""
    value = _value("map_language", "", str).strip().lower()
    return value if value in MAP_LANGUAGES else ""


def set_map_language(language: str) -> None:
    _set("map_language", language if language in MAP_LANGUAGES else "")


def logo_path() -> str:
    """Image file (the municipality's logo) for print layouts; '' for none."""
    return _value("logo_path", "", str).strip()


def set_logo_path(path: str) -> None:
    _set("logo_path", path.strip())


def privacy_threshold() -> int:
    """The buurtprofielen's privacy threshold: a figure resting on fewer panden, woningen or households is not shown
    (model/buurtprofiel.py). Never below MIN_THRESHOLD, whatever the settings file says: the pages are shared."""
    try:
        value = int(_value("privacy_threshold", MIN_THRESHOLD, int))
    except (TypeError, ValueError):
        value = MIN_THRESHOLD
    return max(MIN_THRESHOLD, value)


def set_privacy_threshold(threshold: int) -> None:
    _set("privacy_threshold", max(MIN_THRESHOLD, int(threshold)))


# --- local copies of features (layers/local_copy.py) ------------------------------------------------------

DEFAULT_LOCAL_COPY_LIMIT_MB = 2048  # about ten large cities' buildings with their attributes


def local_copies() -> bool:
    """Whether a WFS or OGC API Features layer clipped to a municipality is read from a local copy (downloaded once
    per municipality and data date) rather than from the service."""
    return _value("local_copies", True, bool)


def set_local_copies(enabled: bool) -> None:
    _set("local_copies", bool(enabled))


def local_copy_limit_mb() -> int:
    """The most the local copies may take on disk, in MB; the least recently used go first."""
    try:
        return max(0, int(_value("local_copy_limit_mb", DEFAULT_LOCAL_COPY_LIMIT_MB, int)))
    except (TypeError, ValueError):
        return DEFAULT_LOCAL_COPY_LIMIT_MB


def set_local_copy_limit_mb(megabytes: int) -> None:
    _set("local_copy_limit_mb", max(0, int(megabytes)))


# --- the log (toolbelt/log.py) ----------------------------------------------------------------------------


def debug_log() -> bool:
    """Whether the DEGO log also lists each request's address and time and each background job's time."""
    return _value("debug_log", False, bool)


def set_debug_log(enabled: bool) -> None:
    _set("debug_log", bool(enabled))
    log.set_debug(bool(enabled))
