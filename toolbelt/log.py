"""The plugin's log (QGIS's Log Messages panel, tab "DEGO"), and a guard for code Qt calls."""
from __future__ import annotations

import functools

from qgis.core import Qgis, QgsMessageLog

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
