"""Where the catalogue comes from: the live service, else the last good cached copy, else the bundled one."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional

from ..layers.catalogue import Catalogue, CatalogueError, parse_catalogue
from . import cache
from .http import FetchError, fetch

BUNDLED_PATH = Path(__file__).resolve().parent.parent / "resources" / "catalogue.json"
LIVE, CACHED, BUNDLED = "live", "cached", "bundled"


@dataclass(frozen=True)
class CatalogueState:
    """The catalogue shown, where it came from, and why the live one is not shown (if so)."""

    catalogue: Catalogue
    origin: str  # LIVE, CACHED or BUNDLED
    date: str  # when it was fetched (live, cached) or generated (bundled)
    failure_code: str = ""  # why the live catalogue could not be used (FetchError/CatalogueError code)
    failure: str = ""  # English detail of that


def _cache_files(directory: Path):
    return directory / "catalogue.json", directory / "catalogue.meta.json"


def _parse_or_none(raw: Optional[bytes], hosts) -> Optional[Catalogue]:
    if not raw:
        return None
    try:
        catalogue = parse_catalogue(raw, hosts)
    except CatalogueError:
        return None
    return catalogue if catalogue.layers else None


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def load_catalogue(url: str, allowed_hosts: Iterable[str] = (), cache_dir: Optional[Path] = None) -> CatalogueState:
    """Blocking: call from a background task. Never raises for network or content problems."""
    hosts = tuple(allowed_hosts)
    data_path, meta_path = _cache_files(cache_dir or cache.cache_dir())
    meta = cache.read_json(meta_path)
    cached = _parse_or_none(cache.read_bytes(data_path), hosts)
    try:
        answer = fetch(
            url,
            etag=str(meta.get("etag", "")) if cached else "",
            last_modified=str(meta.get("last_modified", "")) if cached else "",
        )
        if answer.status == 304 and cached is not None:
            meta["fetched"] = _now()
            cache.write_json(meta_path, meta)
            return CatalogueState(cached, LIVE, meta["fetched"])
        catalogue = parse_catalogue(answer.body, hosts)
        if not catalogue.layers:
            raise CatalogueError("no_usable_layers", "The catalogue holds no usable layer.")
        # Cache only what parsed and holds layers: a bad answer never replaces a good copy.
        cache.write_atomic(data_path, answer.body)
        meta = {"url": url, "etag": answer.etag, "last_modified": answer.last_modified, "fetched": _now()}
        cache.write_json(meta_path, meta)
        return CatalogueState(catalogue, LIVE, meta["fetched"])
    except (FetchError, CatalogueError) as error:
        failure_code, failure = error.code, str(error)
    if cached is not None:
        return CatalogueState(cached, CACHED, str(meta.get("fetched", "")), failure_code, failure)
    bundled = parse_catalogue(BUNDLED_PATH.read_bytes(), hosts)
    return CatalogueState(bundled, BUNDLED, bundled.generated, failure_code, failure)
