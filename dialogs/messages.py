"""User-facing texts for states and failures that the model and service report as codes."""
from __future__ import annotations

from ..i18n import tr
from ..service.catalogue_source import BUNDLED, CACHED, CatalogueState


def failure_text(code: str, detail: str = "") -> str:
    texts = {
        "timeout": tr("the DEGO service did not answer in time"),
        "connection": tr("the DEGO service could not be reached"),
        "http_status": tr("the DEGO service answered with an error ({0})"),
        "too_large": tr("the catalogue is too large"),
        "redirects": tr("the DEGO service redirected too often"),
        "not_json": tr("the catalogue is damaged (not valid JSON)"),
        "not_utf8": tr("the catalogue is damaged (not UTF-8 text)"),
        "not_object": tr("the catalogue is damaged (not a catalogue document)"),
        "no_version": tr("the catalogue has no format version"),
        "newer_version": tr("the catalogue needs a newer DEGO plugin; update the plugin"),
        "no_layers": tr("the catalogue holds no layers"),
        "no_usable_layers": tr("the catalogue holds no usable layers"),
        "bad_url": tr("the catalogue address is not an http(s) URL"),
    }
    text = texts.get(code, tr("the catalogue could not be loaded ({0})"))
    return text.format(detail) if "{0}" in text else text


def _date(iso: str) -> str:
    return iso.replace("T", " ")[:16] if iso else tr("unknown date")


def catalogue_status(state: CatalogueState) -> str:
    """One line for the dock: which catalogue is shown."""
    if state.origin == CACHED:
        return tr("Offline: cached catalogue from {0}").format(_date(state.date))
    if state.origin == BUNDLED:
        return tr("Offline: built-in catalogue from {0}").format(_date(state.date))
    return tr("Live catalogue, fetched {0}").format(_date(state.date))


def catalogue_fallback_message(state: CatalogueState) -> str:
    """Message-bar text when the live catalogue could not be used; says what to do."""
    reason = failure_text(state.failure_code, state.failure)
    if state.origin == CACHED:
        shown = tr("showing the catalogue saved on {0}").format(_date(state.date))
    else:
        shown = tr("showing the built-in catalogue")
    return tr("DEGO: {0}; {1}. Check the network or proxy settings and press Refresh.").format(reason, shown)
