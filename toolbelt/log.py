"""The plugin's log: QGIS's Log Messages panel, tab "DEGO".

Levels as QGIS has them; every unexpected error with its traceback (what a user's report needs); with the
debug setting on (Settings ▸ Options ▸ DEGO), also each request's address and time and each background job's
time. `never_raises` guards code that Qt or QGIS call.
"""
from __future__ import annotations

import functools
import traceback
from typing import Optional

from qgis.core import Qgis, QgsMessageLog

from ..i18n import tr
from ..model.urls import without_credentials
from .outside_text import html_text

LOG_TAG = "DEGO"
_debug = False


def log(message: str, level=Qgis.MessageLevel.Info) -> None:
    """To the log panel (tag DEGO), which shows messages as HTML: outside text in them shows literally.
    Thread-safe: QGIS hands messages from worker threads to the GUI thread."""
    QgsMessageLog.logMessage(html_text(message), LOG_TAG, level)


def log_exception(context: str, error: BaseException, trace: Optional[str] = None) -> None:
    """An unexpected error (a bug, not a service problem): what happened and its traceback, as Critical.
    `trace`: the traceback text when it was formatted elsewhere (in the worker thread that raised)."""
    if trace is None:
        trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log(f"{context}: {type(error).__name__}: {error}\n{trace.rstrip()}", Qgis.MessageLevel.Critical)


def unexpected_text() -> str:
    """What the user reads about a bug whose traceback was logged: never the error's own text."""
    return tr("an unexpected error occurred (details in the DEGO log)")


def set_debug(enabled: bool) -> None:
    """The debug setting (service/settings.py `debug_log`), applied at start-up and when it is changed."""
    global _debug
    _debug = bool(enabled)


def debug_enabled() -> bool:
    return _debug


def debug(message: str) -> None:
    """Only with the debug setting on: request addresses, timings, dropped outcomes."""
    if _debug:
        log(without_credentials(message), Qgis.MessageLevel.Info)


def never_raises(slot):
    """For slots and callbacks Qt or QGIS call: a bug is logged under "DEGO" with its traceback, never shown to
    the user as QGIS's Python error dialog."""
    @functools.wraps(slot)
    def guarded(*args, **kwargs):
        try:
            return slot(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 (the last line of defence; logged, not swallowed silently)
            log_exception(getattr(slot, "__qualname__", "callback"), error)
            return None
    return guarded
