"""Where the catalogue comes from: the live sources in turn, else the last good cached copy, else the bundled one.

A live source is a catalogue document (JSON), or a published QGIS project (.qgs/.qgz, recognised by its content),
which the caller's `convert_project` turns into one (layers/project_file.py: the conversion of `make catalogue`);
presets, boundaries and the warmteprogramma section a project does not carry come from the bundled catalogue.
The converted document is what is cached, with the layers the conversion left out, so a 304 or a start offline
needs no conversion.

At start-up the saved copy (`load_saved`, disk only) is shown while the live request (`load_catalogue`) runs;
`replaces` says whether the live outcome brings something new enough to rebuild what is shown. Callers hand
in the allowed servers and the style check (layers/qml_safety.py), so an entry with an unsafe inline style is
skipped with its reason, as any bad entry.
"""
from __future__ import annotations

import dataclasses
import json
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Optional, Sequence, Tuple, Union
from urllib.parse import unquote, urlsplit

from ..model.catalogue import BUNDLED, CACHED, LIVE, Catalogue, CatalogueError, Problem, StyleCheck, parse_catalogue
from ..model.errors import CodedError
from ..toolbelt.log import log
from ..toolbelt.resources import resource_path
from . import cache
from .http import FetchError, fetch

BUNDLED_PATH = resource_path("catalogue.json")
# A published QGIS project (bytes) → its catalogue document and the layers it could not hold. Raises CodedError.
ConvertProject = Callable[[bytes], Tuple[Dict[str, Any], Tuple[Problem, ...]]]
_FROM_BUNDLED = ("boundaries", "presets", "warmteprogramma", "language")  # what a project does not carry


@dataclass(frozen=True)
class CatalogueState:
    """The catalogue shown, where it came from, and why the live one is not shown (if so)."""

    catalogue: Catalogue
    origin: str  # LIVE, CACHED or BUNDLED
    date: str  # when it was fetched (live, cached) or generated (bundled)
    failure_code: str = ""  # why the live catalogue could not be used (FetchError/CatalogueError code)
    failure: str = ""  # English detail of that
    http_status: int = 0  # the HTTP status, when failure_code is "http_status"
    unchanged: bool = False  # live, and the server said the cached copy is current (304)
    project_file: str = ""  # live or cached: the name of the published QGIS project it was converted from

    def __post_init__(self) -> None:
        # The search texts the dock fills its rows with, made here in the background task, not on the GUI thread.
        self.catalogue.search_texts  # noqa: B018 (a cached property, computed once)


def _cache_files(directory: Path):
    return directory / "catalogue.json", directory / "catalogue.meta.json"


# The last cached file parsed, so that an unchanged catalogue (a 304) is not parsed again on every refresh.
# Held while parsing: the start-up's saved and live tasks read the same file at once, and parse it once.
_memo_lock = threading.Lock()
_memo: Tuple[tuple, Optional[Catalogue]] = ((), None)


def _cached_catalogue(path: Path, hosts: Tuple[str, ...], style_check: Optional[StyleCheck]) -> Optional[Catalogue]:
    global _memo
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_ino, stat.st_mtime_ns, stat.st_size, hosts, style_check is not None)
    with _memo_lock:
        if _memo[0] != key:
            _memo = (key, _parse_or_none(cache.read_bytes(path), hosts, style_check))
        return _memo[1]


def _parse_or_none(raw: Optional[bytes], hosts, style_check: Optional[StyleCheck]) -> Optional[Catalogue]:
    if not raw:
        return None
    try:
        catalogue = parse_catalogue(raw, hosts, style_check)
    except CatalogueError:
        return None
    return catalogue if catalogue.layers else None


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def load_catalogue(sources: Union[str, Sequence[str]], allowed_hosts: Iterable[str] = (),
                   cache_dir: Optional[Path] = None, style_check: Optional[StyleCheck] = None,
                   convert_project: Optional[ConvertProject] = None) -> CatalogueState:
    """Blocking: call from a background task. `sources`: the live addresses, tried in order (settings.
    catalogue_sources). Never raises for network, content or cache-disk problems; the failure reported is the last
    source's."""
    hosts = tuple(allowed_hosts)
    files = _cache_files(cache_dir or cache.cache_dir())
    meta = cache.read_json(files[1])
    cached = _with_skipped(_cached_catalogue(files[0], hosts, style_check), meta)
    failure = CatalogueError("no_source", "no catalogue address")
    for url in (sources,) if isinstance(sources, str) else tuple(sources):
        try:
            return _live(url, hosts, files, meta, cached, style_check, convert_project)
        except (FetchError, CatalogueError) as error:
            log(f"catalogue source {url} not used: {error.code}: {error}")
            failure = error
    status = getattr(failure, "status", 0)
    if cached is not None:
        return CatalogueState(cached, CACHED, str(meta.get("fetched", "")), failure.code, str(failure), status,
                              project_file=str(meta.get("project_file", "")))
    bundled = parse_catalogue(BUNDLED_PATH.read_bytes(), hosts, style_check)
    return CatalogueState(bundled, BUNDLED, bundled.generated, failure.code, str(failure), status)


def _live(url: str, hosts: Tuple[str, ...], files: Tuple[Path, Path], meta: dict, cached: Optional[Catalogue],
          style_check: Optional[StyleCheck], convert_project: Optional[ConvertProject]) -> CatalogueState:
    """The catalogue at `url`, cached when it parsed and holds layers. Raises FetchError or CatalogueError."""
    # Ask for "changed since" only when the cached copy is the one from this URL and still usable.
    conditional = cached is not None and meta.get("url") == url
    answer = fetch(url, etag=str(meta.get("etag", "")) if conditional else "",
                   last_modified=str(meta.get("last_modified", "")) if conditional else "")
    if answer.status == 304 and conditional:
        meta["fetched"] = _now()
        _save(lambda: cache.write_json(files[1], meta))
        return CatalogueState(cached, LIVE, meta["fetched"], unchanged=True,
                              project_file=str(meta.get("project_file", "")))
    body, skipped, project_file = answer.body, (), ""
    if _is_project(body):
        body, skipped = _converted(body, convert_project)
        project_file = _file_name(url)
    catalogue = parse_catalogue(body, hosts, style_check)
    if not catalogue.layers:
        raise CatalogueError("no_usable_layers", "The catalogue holds no usable layer.")
    # Cache only what parsed and holds layers: a bad answer never replaces a good copy.
    new_meta = {"url": url, "etag": answer.etag, "last_modified": answer.last_modified, "fetched": _now(),
                "project_file": project_file, "skipped": [dataclasses.astuple(problem) for problem in skipped]}
    if _save(lambda: cache.write_atomic(files[0], body)):
        _save(lambda: cache.write_json(files[1], new_meta))
    return CatalogueState(_with_skipped(catalogue, new_meta), LIVE, new_meta["fetched"], project_file=project_file)


def _is_project(body: bytes) -> bool:
    """A QGIS project: a .qgz (zip) or a .qgs (XML of a <qgis> document); a catalogue document is JSON, and any
    other answer (an HTML page) is reported as not being one."""
    head = body[:2048]
    return head.startswith(b"PK\x03\x04") or (head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
                                               and (b"<qgis " in head or b"<!DOCTYPE qgis" in head))


def _converted(project: bytes, convert_project: Optional[ConvertProject]) -> Tuple[bytes, Tuple[Problem, ...]]:
    """The catalogue document (JSON bytes) of a published project, completed from the bundled catalogue."""
    if convert_project is None:
        raise CatalogueError("not_json", "a QGIS project, and no project conversion was given")
    try:
        document, skipped = convert_project(project)
    except CodedError as error:
        raise CatalogueError(error.code, str(error)) from None
    except Exception as error:  # QGIS reading a hostile project: whatever it raises is a bad answer
        raise CatalogueError("not_project", f"the project could not be read ({error!r})") from None
    bundled = json.loads(BUNDLED_PATH.read_bytes())
    for key in _FROM_BUNDLED:
        if not document.get(key) and bundled.get(key):
            document[key] = bundled[key]
    return json.dumps(document, ensure_ascii=False).encode("utf-8"), tuple(skipped)


def _file_name(url: str) -> str:
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]) or url


def _with_skipped(catalogue: Optional[Catalogue], meta: dict) -> Optional[Catalogue]:
    """A converted project's catalogue with the layers the conversion left out among its problems."""
    rows = meta.get("skipped") if isinstance(meta.get("skipped"), list) else []
    skipped = tuple(Problem(*map(str, row)) for row in rows if isinstance(row, (list, tuple)) and len(row) == 3)
    if catalogue is None or not skipped:
        return catalogue
    return dataclasses.replace(catalogue, problems=skipped + catalogue.problems)


def load_saved(allowed_hosts: Iterable[str] = (), cache_dir: Optional[Path] = None,
               style_check: Optional[StyleCheck] = None) -> CatalogueState:
    """The last good cached catalogue, else the bundled one: disk only, so it is quick whatever the network does.
    Blocking: call from a background task. Carries no failure: whether the live one is usable is not known yet."""
    hosts = tuple(allowed_hosts)
    data_path, meta_path = _cache_files(cache_dir or cache.cache_dir())
    meta = cache.read_json(meta_path)
    cached = _with_skipped(_cached_catalogue(data_path, hosts, style_check), meta)
    if cached is not None:
        return CatalogueState(cached, CACHED, str(meta.get("fetched", "")),
                              project_file=str(meta.get("project_file", "")))
    bundled = parse_catalogue(BUNDLED_PATH.read_bytes(), hosts, style_check)
    return CatalogueState(bundled, BUNDLED, bundled.generated)


def replaces(shown: Optional[CatalogueState], outcome: CatalogueState) -> bool:
    """Whether the live request's `outcome` brings something new compared with the catalogue `shown` (None:
    nothing shown yet). A 304 confirms the cached copy, and a failure falls back to the copy already shown:
    both leave the dock as it is (only its status line changes)."""
    if shown is None:
        return True
    if outcome.unchanged:
        return shown.origin != CACHED
    if outcome.origin == LIVE:
        return True
    return (outcome.origin, outcome.date) != (shown.origin, shown.date)


def _save(write) -> bool:
    """A full disk or a read-only cache folder costs the cache, never the catalogue just fetched."""
    try:
        write()
    except OSError:
        return False
    return True
