"""Where the catalogue comes from: the live service, else the last good cached copy, else the bundled one.

At start-up the saved copy (`load_saved`, disk only) is shown while the live request (`load_catalogue`) runs;
`replaces` says whether the live outcome brings something new enough to rebuild what is shown. Callers hand
in the allowed servers and the style check (layers/qml_safety.py), so an entry with an unsafe inline style is
skipped with its reason, as any bad entry.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional, Tuple

from ..model.catalogue import BUNDLED, CACHED, LIVE, Catalogue, CatalogueError, StyleCheck, parse_catalogue
from ..toolbelt.resources import resource_path
from . import cache
from .http import FetchError, fetch

BUNDLED_PATH = resource_path("catalogue.json")


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


def load_catalogue(url: str, allowed_hosts: Iterable[str] = (), cache_dir: Optional[Path] = None,
                   style_check: Optional[StyleCheck] = None) -> CatalogueState:
    """Blocking: call from a background task. Never raises for network, content or cache-disk problems."""
    hosts = tuple(allowed_hosts)
    data_path, meta_path = _cache_files(cache_dir or cache.cache_dir())
    meta = cache.read_json(meta_path)
    cached = _cached_catalogue(data_path, hosts, style_check)
    # Ask for "changed since" only when the cached copy is the one from this URL and still usable.
    conditional = cached is not None and meta.get("url") == url
    status = 0
    try:
        answer = fetch(
            url,
            etag=str(meta.get("etag", "")) if conditional else "",
            last_modified=str(meta.get("last_modified", "")) if conditional else "",
        )
        if answer.status == 304 and conditional:
            meta["fetched"] = _now()
            _save(lambda: cache.write_json(meta_path, meta))
            return CatalogueState(cached, LIVE, meta["fetched"], unchanged=True)
        catalogue = parse_catalogue(answer.body, hosts, style_check)
        if not catalogue.layers:
            raise CatalogueError("no_usable_layers", "The catalogue holds no usable layer.")
        # Cache only what parsed and holds layers: a bad answer never replaces a good copy.
        meta = {"url": url, "etag": answer.etag, "last_modified": answer.last_modified, "fetched": _now()}
        if _save(lambda: cache.write_atomic(data_path, answer.body)):
            _save(lambda: cache.write_json(meta_path, meta))
        return CatalogueState(catalogue, LIVE, meta["fetched"])
    except FetchError as error:
        failure_code, failure, status = error.code, str(error), error.status
    except CatalogueError as error:
        failure_code, failure = error.code, str(error)
    if cached is not None:
        return CatalogueState(cached, CACHED, str(meta.get("fetched", "")), failure_code, failure, status)
    bundled = parse_catalogue(BUNDLED_PATH.read_bytes(), hosts, style_check)
    return CatalogueState(bundled, BUNDLED, bundled.generated, failure_code, failure, status)


def load_saved(allowed_hosts: Iterable[str] = (), cache_dir: Optional[Path] = None,
               style_check: Optional[StyleCheck] = None) -> CatalogueState:
    """The last good cached catalogue, else the bundled one: disk only, so it is quick whatever the network does.
    Blocking: call from a background task. Carries no failure: whether the live one is usable is not known yet."""
    hosts = tuple(allowed_hosts)
    data_path, meta_path = _cache_files(cache_dir or cache.cache_dir())
    cached = _cached_catalogue(data_path, hosts, style_check)
    if cached is not None:
        return CatalogueState(cached, CACHED, str(cache.read_json(meta_path).get("fetched", "")))
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
