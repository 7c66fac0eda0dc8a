"""The plugin's log (QGIS's Log Messages panel, tab "DEGO"), a guard for code Qt calls, and what QGIS itself logs."""
from __future__ import annotations

import contextlib
import functools
import threading
from typing import Iterator, List, Sequence

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import Qt

from .outside_text import html_text

LOG_TAG = "DEGO"


def log(message: str, level=Qgis.MessageLevel.Info) -> None:
    """To the log panel (tag DEGO), which shows messages as HTML: outside text in them shows literally."""
    QgsMessageLog.logMessage(html_text(message), LOG_TAG, level)


def never_raises(slot):
    """For slots and callbacks Qt or QGIS call: a bug is logged under "DEGO", never shown to the user as QGIS's
    Python error dialog."""
    @functools.wraps(slot)
    def guarded(*args, **kwargs):
        try:
            return slot(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 (the last line of defence; logged, not swallowed silently)
            log(f"{getattr(slot, '__name__', 'callback')}: {error!r}", Qgis.MessageLevel.Critical)
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
