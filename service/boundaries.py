"""Municipality list and boundaries from the boundary service, cached on disk. This module picks the reader
(boundary_wfs: WFS 1.1.0 GML; boundary_oapif: OGC API Features GeoJSON) and keeps the cache.

Blocking functions: call them from a background task. The list is asked live first (it is small: codes and
names, no geometry) and falls back to the cached copy; a boundary comes from the cache while it is younger
than BOUNDARY_MAX_AGE (borders change on 1 January at most) and is fetched otherwise, falling back to an
older cached copy. So once fetched, a municipality works offline. Whatever a service sends that cannot be read
(recursion included) counts as a bad answer, and the cached copy is used; a cache that cannot be written keeps
what was fetched in memory for this session, marked `saved=False` (the user is told it is not kept offline).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Dict, Mapping, Optional, Tuple

from qgis.core import Qgis

from ..model.catalogue import CACHED, LIVE
from ..model.municipality import Municipality, normalise_code
from ..toolbelt.log import log
from . import cache
from .boundary_model import OAPIF, WFS, BoundaryError, BoundaryService
from .http import FetchError

__all__ = ["BoundaryError", "BoundaryService", "Boundary", "MunicipalityList", "DEFAULT_SERVICE", "LIVE", "CACHED",
           "service_for", "load_municipalities", "load_boundary"]

BOUNDARY_MAX_AGE = timedelta(days=30)
_REFUSED = ("not_allowed", "redirect_refused")  # FetchError codes: the service is not on an allowed server
_unsaved: Dict[Path, dict] = {}  # what the cache folder refused to store, kept for this session

# PDOK Bestuurlijke Gebieden (Kadaster), the national municipal boundaries (see docs/catalogue.md, Boundaries).
DEFAULT_SERVICE = BoundaryService(
    "https://service.pdok.nl/kadaster/bestuurlijkegebieden/wfs/v1_0", "bestuurlijkegebieden:Gemeentegebied"
)


def service_for(boundaries: Mapping[str, Any], override_url: str = "") -> BoundaryService:
    """The boundary service from the catalogue's `boundaries` object (`wfs` with `typename`, `oapif` with
    `collection` or `typename`), else PDOK; a URL set in the settings replaces the URL and keeps the rest."""
    service = DEFAULT_SERVICE
    if isinstance(boundaries, Mapping):
        kind = str(boundaries.get("type", WFS)).strip().lower()
        url = str(boundaries.get("url", "")).strip()
        name = str((boundaries.get("collection") if kind == OAPIF else None) or boundaries.get("typename") or "")
        if kind in (WFS, OAPIF) and url and name.strip():
            service = BoundaryService(url, name.strip(), str(boundaries.get("code_attribute") or "code"),
                                      str(boundaries.get("name_attribute") or "naam"), kind)
    if override_url:
        service = dataclasses.replace(service, url=override_url)
    return service


@dataclass(frozen=True)
class MunicipalityList:
    municipalities: Tuple[Municipality, ...]  # sorted by name
    origin: str  # LIVE or CACHED
    date: str  # when fetched
    failure: str = ""  # why the live list could not be used (English detail)
    saved: bool = True  # False: fetched, but the cache folder could not store it for offline use

    def find(self, code_or_name: str) -> Optional[Municipality]:
        code = normalise_code(code_or_name)
        text = str(code_or_name).strip().casefold()
        for municipality in self.municipalities:
            if municipality.code == code or municipality.name.casefold() == text:
                return municipality
        return None


@dataclass(frozen=True)
class Boundary:
    municipality: Municipality  # with boundary_wkb
    origin: str
    date: str
    failure: str = ""
    saved: bool = True  # False: fetched, but the cache folder could not store it for offline use


def load_municipalities(service: BoundaryService, cache_dir: Optional[Path] = None) -> MunicipalityList:
    """Blocking. Live list, else the cached one; BoundaryError(service_down) when neither."""
    path = _folder(service, cache_dir) / "municipalities.json"
    try:
        municipalities = _read(_reader(service).municipalities, service)
        saved = _save(path, {"fetched": _now(), "municipalities": [[m.code, m.name, m.source_code]
                                                                   for m in municipalities]})
        return MunicipalityList(municipalities, LIVE, _now(), saved=saved)
    except FetchError as error:
        failure, code = str(error), "not_allowed" if error.code in _REFUSED else "service_down"
    except BoundaryError as error:
        failure, code = str(error), "service_down"
    saved = _saved(path)
    rows = saved.get("municipalities")
    if not isinstance(rows, list) or not rows:
        raise BoundaryError(code, failure)
    municipalities = tuple(Municipality(str(r[0]), str(r[1]), source_code=str(r[2])) for r in rows if len(r) == 3)
    return MunicipalityList(municipalities, CACHED, str(saved.get("fetched", "")), failure)


def load_boundary(service: BoundaryService, code: str, cache_dir: Optional[Path] = None,
                  max_age: timedelta = BOUNDARY_MAX_AGE) -> Boundary:
    """Blocking. The boundary of `code` (any spelling), repaired when invalid. Raises BoundaryError."""
    normalised = normalise_code(code)
    if normalised is None:
        raise BoundaryError("unknown_code", f"'{code}' is not a municipality code")
    folder = _folder(service, cache_dir)
    path = folder / f"{normalised}.json"
    saved = _saved(path)
    cached = _from_cache(saved)
    if cached is not None and _age(saved.get("fetched", "")) < max_age:
        return Boundary(cached, CACHED, saved["fetched"])
    try:
        municipality = _read(_reader(service).boundary, service, normalised, _listed_spelling(folder, normalised))
    except BoundaryError as error:
        if error.code == "unknown_code" or cached is None:
            raise
        return Boundary(cached, CACHED, saved["fetched"], str(error))
    except FetchError as error:
        if cached is None:
            raise BoundaryError("not_allowed" if error.code in _REFUSED else "service_down", str(error)) from None
        return Boundary(cached, CACHED, saved["fetched"], str(error))
    fetched = _now()
    saved = _save(path, {"fetched": fetched, "code": municipality.code, "name": municipality.name,
                         "source_code": municipality.source_code, "wkb": municipality.boundary_wkb.hex()})
    return Boundary(municipality, LIVE, fetched, saved=saved)


def _read(read: Callable, *args):
    """A reader's result. Anything but a network or service error while reading what the service sent (a
    RecursionError on deep JSON, a geometry library's error, ...) is a bad answer, never an escaping exception."""
    try:
        return read(*args)
    except (FetchError, BoundaryError):
        raise
    except Exception as error:  # noqa: BLE001 (what a hostile answer can raise is open-ended)
        raise BoundaryError("bad_answer", f"the boundary service's answer could not be read "
                                          f"({type(error).__name__})") from None


def _reader(service: BoundaryService):
    """The module that reads this kind of service (imported when first used: starting QGIS needs none)."""
    if service.kind == OAPIF:
        from . import boundary_oapif as reader
    else:
        from . import boundary_wfs as reader
    return reader


# --------------------------------------------------------------------------------------------- cache

def _folder(service: BoundaryService, cache_dir: Optional[Path]) -> Path:
    return (cache_dir or cache.cache_dir()) / "boundaries" / service.key


def _save(path: Path, value: dict) -> bool:
    """Into the cache; a folder that cannot be written (full, read-only) costs the offline copy, not what was
    fetched: that is kept in memory for this session. False when it could not be written."""
    try:
        cache.write_json(path, value)
        _unsaved.pop(path, None)
        return True
    except OSError as error:
        _unsaved[path] = value
        log(f"boundary cache not written ({error}); kept in memory for this session", Qgis.MessageLevel.Warning)
        return False


def _saved(path: Path) -> dict:
    """What the cache holds for `path`: kept in memory when the folder refused it, else on disk."""
    return _unsaved.get(path) or cache.read_json(path)


def _listed_spelling(folder: Path, code: str) -> str:
    """The code as the service spells it, from the saved list ("" when not listed): an OGC API filter
    matches one spelling only."""
    rows = _saved(folder / "municipalities.json").get("municipalities")
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, list) and len(row) == 3 and row[0] == code:
            return str(row[2])
    return ""


def _from_cache(saved: Mapping[str, Any]) -> Optional[Municipality]:
    try:
        return Municipality(str(saved["code"]), str(saved["name"]), bytes.fromhex(str(saved["wkb"])),
                            str(saved.get("source_code", "")))
    except (KeyError, ValueError):
        return None


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _age(iso: str) -> timedelta:
    try:
        return datetime.now(timezone.utc) - datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return timedelta.max
