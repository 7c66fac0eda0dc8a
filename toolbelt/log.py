"""The plugin's log: QGIS's Log Messages panel, tab "DEGO".

Levels as QGIS has them; every unexpected error with its traceback (what a user's report needs); with the
debug setting on (Settings ▸ Options ▸ DEGO), also each request's address and time and each background job's
time. `never_raises` guards code that Qt or QGIS call; `qgis_messages` collects what QGIS itself logs.
"""
from __future__ import annotations

import contextlib
import functools
import threading
import traceback
from typing import Iterator, List, Optional, Sequence

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import Qt

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


@contextlib.contextmanager
def qgis_messages(tags: Sequence[str]) -> Iterator[List[str]]:
    """What QGIS logs under `tags` (e.g. "WFS") from this thread while the block runs: a provider tells why a layer
    is invalid there, not in the layer's error. Messages of other threads (other tasks) are not collected."""
    heard: List[str] = []
    thread = threading.get_ident()

    def on_message(message, tag, level):
        if tag in tags and threading.get_ident() == thread:
            heard.append(message)

    messages = QgsApplication.messageLog()
    # Direct: called in the thread that logs, so nothing is ever queued to this (worker) thread, which has no event
    # loop; messages of other threads are ignored above.
    messages.messageReceived.connect(on_message, Qt.ConnectionType.DirectConnection)
    try:
        yield heard
    finally:
        messages.messageReceived.disconnect(on_message)
