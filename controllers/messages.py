"""User-facing texts for states and failures that the model and service report as codes.

Every message says what happened in the user's language and what to do; English detail goes to the log.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from ..i18n import tr, trn
from ..model.catalogue import BUNDLED, CACHED, Problem, ServiceType
from ..model.urls import without_credentials
from ..service.boundary_model import BoundaryError

if TYPE_CHECKING:
    from ..service.catalogue_source import CatalogueState

NETWORK_CODES = ("timeout", "connection", "redirects", "request")


def failure_text(code: str, detail: str = "", status: int = 0) -> str:
    """Why the live catalogue could not be used, as a short clause (no capital, no full stop)."""
    if code == "http_status":
        if status == 404:
            return tr("the catalogue was not found at its address (HTTP 404)")
        if status >= 500:
            return tr("the DEGO service has a problem (HTTP {0})").format(status)
        return tr("the DEGO service refused the request (HTTP {0})").format(status or "?")
    texts = {
        "timeout": tr("the DEGO service did not answer in time"),
        "connection": tr("the DEGO service could not be reached"),
        "redirects": tr("the DEGO service redirected too often"),
        "request": tr("the request to the DEGO service failed"),
        "too_large": tr("the catalogue is too large"),
        "not_json": tr("the catalogue is damaged (not valid JSON)"),
        "not_utf8": tr("the catalogue is damaged (not UTF-8 text)"),
        "not_object": tr("the catalogue is damaged (not a catalogue document)"),
        "no_version": tr("the catalogue has no format version"),
        "newer_version": tr("the catalogue needs a newer DEGO plugin"),
        "no_layers": tr("the catalogue holds no layers"),
        "no_usable_layers": tr("the catalogue holds no usable layers"),
        "bad_url": tr("the catalogue address is not an http(s) URL"),
        "not_allowed": tr("the catalogue address is not on an allowed server"),
        "redirect_refused": tr("the DEGO service redirected to a server that is not allowed"),
        "not_project": tr("the published QGIS project could not be read"),
    }
    return texts.get(code) or tr("the catalogue could not be loaded ({0})").format(detail or code)


def advice(code: str, status: int = 0) -> str:
    """What the user can do about a failure: one short sentence."""
    if code in NETWORK_CODES:
        return tr("Check the network or proxy settings, then press Refresh.")
    if code in ("bad_url", "not_allowed", "redirect_refused") or (code == "http_status" and 400 <= status < 500):
        return tr("Check the catalogue address in the DEGO settings.")
    if code == "newer_version":
        return tr("Update the DEGO plugin in the Plugin Manager.")
    if code == "http_status":
        return tr("Press Refresh later.")
    return tr("Press Refresh later; if this persists, tell the catalogue's publisher.")


def _local(iso: str, with_time: bool = True) -> str:
    """An ISO 8601 time as the user's local date (and time); the text as is when it is not ISO 8601."""
    if not iso:
        return tr("unknown date")
    try:
        moment = datetime.fromisoformat(iso.strip().replace("Z", "+00:00"))
    except ValueError:
        return iso[:16]
    if not with_time:
        return moment.strftime("%Y-%m-%d")  # the date as published, not shifted into another day
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _shown(state: CatalogueState) -> str:
    if state.origin == CACHED:
        return tr("the catalogue saved on {0}").format(_local(state.date))
    return tr("the built-in catalogue of {0}").format(_local(state.date, with_time=False))


def catalogue_status(state: CatalogueState) -> str:
    """The dock's status line: which catalogue is shown, from when, and why not the live one."""
    reason = failure_text(state.failure_code, state.failure, state.http_status) if state.failure_code else ""
    if state.origin == CACHED and state.project_file:
        shown = tr("Cached catalogue from the QGIS project {0}, saved {1}").format(state.project_file,
                                                                                _local(state.date))
    elif state.origin == CACHED:
        shown = tr("Cached catalogue from {0}").format(_local(state.date))
    elif state.origin == BUNDLED:
        shown = tr("Built-in catalogue from {0}").format(_local(state.date, with_time=False))
    elif state.project_file:
        return tr("Live catalogue from the published QGIS project {0}, fetched {1}").format(state.project_file,
                                                                                          _local(state.date))
    else:
        return tr("Live catalogue, fetched {0}").format(_local(state.date))
    return tr("{0} (live catalogue not available: {1})").format(shown, reason) if reason else shown


def catalogue_checking_status(state: CatalogueState) -> str:
    """The dock's status line at start-up while the saved copy is shown and the live request still runs."""
    return tr("{0}; checking for a newer one…").format(catalogue_status(state))


def catalogue_fallback_message(state: CatalogueState) -> str:
    """Message-bar text at start-up when the live catalogue could not be used; says what to do."""
    return tr("Live catalogue not available ({0}); showing {1}. {2}").format(
        failure_text(state.failure_code, state.failure, state.http_status), _shown(state),
        advice(state.failure_code, state.http_status))


def refresh_failed_message(state: CatalogueState) -> str:
    """Message-bar text when the user pressed Refresh and the live catalogue could not be used."""
    return tr("Refresh failed ({0}); still showing {1}. {2}").format(
        failure_text(state.failure_code, state.failure, state.http_status), _shown(state),
        advice(state.failure_code, state.http_status))


def refresh_done_message(state: CatalogueState) -> str:
    count = len(state.catalogue.layers)
    if state.unchanged:
        return trn("The catalogue is up to date (%n layers).", count)
    return trn("Catalogue updated: %n layers.", count)


def problem_text(problem: Problem) -> str:
    """One line of the skipped-entries list: where, why in the user's language, then the exact detail."""
    reasons = {
        "bad_url": tr("unsafe or invalid address"),
        "duplicate_id": tr("id used twice"),
        "missing_field": tr("required field missing"),
        "unknown_type": tr("unknown service type"),
        "unknown_theme": tr("unknown theme"),
        "bad_field": tr("invalid value"),
        "bad_entry": tr("not a layer entry"),
        "bad_theme": tr("invalid theme"),
        "unsafe_style": tr("unsafe style"),
        "not_convertible": tr("not a catalogue layer"),
    }
    reason = reasons.get(problem.code, problem.code)
    detail = without_credentials(problem.message)  # a password in a refused URL is not shown on screen
    return f"{problem.where}: {reason} ({detail})"


def service_name(service_type: str) -> str:
    """Human name of a service type."""
    names = {ServiceType.WMS: tr("WMS"), ServiceType.WMTS: tr("WMTS"), ServiceType.WFS: tr("WFS"),
             ServiceType.OAPIF: tr("OGC API Features"), ServiceType.VECTOR_TILE: tr("Vector tiles")}
    return names.get(service_type, service_type)


def level_name(level: str) -> str:
    """Human name of a catalogue level; unknown levels are shown as written."""
    names = {"pand": tr("Building"), "pc6": tr("Postcode (6 positions)"), "pc4": tr("Postcode (4 digits)"),
             "buurt": tr("Neighbourhood"), "wijk": tr("District"), "gemeente": tr("Municipality"),
             "provincie": tr("Province"), "land": tr("Country"), "raster": tr("Grid"), "lijn": tr("Line"),
             "punt": tr("Point")}
    return names.get(level, level)


def orientation_name(orientation: str) -> str:
    """Human name of a paper orientation (model/presets.py ORIENTATIONS)."""
    return {"landscape": tr("Landscape"), "portrait": tr("Portrait"),
            "auto": tr("Fitting the municipality")}.get(orientation, orientation)


def boundary_failure_text(error: BoundaryError, what: str) -> str:
    """User text for a BoundaryError about `what` (a code or a name)."""
    if error.code == "unknown_code":
        return tr("“{0}” is not a municipality known to the boundary service").format(what)
    if error.code == "service_down":
        return tr("the boundary service could not be reached and no saved copy of {0} exists").format(what)
    if error.code == "not_allowed":
        return tr("the boundary service is not on an allowed server (Settings ▸ Options ▸ DEGO) and no saved copy "
                  "of {0} exists").format(what)
    return tr("the boundary service gave no usable boundary for {0}").format(what)


def not_saved_text(what: str) -> str:
    """A cache write failed after a successful fetch: `what` (a capitalised subject) is used, but not offline."""
    return tr("{0} could not be saved for offline use (the DEGO cache folder cannot be written); it is used until "
              "QGIS closes.").format(what)
