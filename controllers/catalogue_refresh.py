"""Which catalogue the dock shows, and what the user is told about it.

At start-up the saved (else built-in) catalogue, read from disk, is shown at once while the live request runs;
the live one replaces it only when it brings something new (`service/catalogue_source.replaces`), so the dock
keeps its search and selection. Unlike the start-up load, a user's Refresh reports every outcome. A Refresh
while a request runs is answered by that request, unless the catalogue address (or the allowed servers) changed
meanwhile: then the running request's outcome is dropped and the new address is asked.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..i18n import tr
from ..layers.qml_safety import catalogue_style_check
from ..service import settings
from ..service.catalogue_source import LIVE, CatalogueState, load_catalogue, load_saved, replaces
from ..toolbelt.log import log
from ..toolbelt.tasks import Outcome, TaskOwner
from .messages import (
    catalogue_checking_status,
    catalogue_fallback_message,
    catalogue_status,
    refresh_done_message,
    refresh_failed_message,
)

Notify = Callable[[object, str], None]


class CatalogueRefresh(QObject):
    shown = pyqtSignal(object, str)  # a Catalogue to show (the dock rebuilds) and its status line
    status_changed = pyqtSignal(str)  # a new status line for the catalogue already shown
    busy_changed = pyqtSignal(bool)  # the live request started (True) or ended

    def __init__(self, notify: Notify):
        super().__init__()
        self._notify = notify
        self._live = TaskOwner()  # the live catalogue request
        self._saved = TaskOwner()  # the start-up read of the saved catalogue
        self._asking: Optional[tuple] = None  # (sources, allowed servers) of the live request running
        self._user_waiting = False  # a user's Refresh came while the request ran: it answers that too
        self._state: Optional[CatalogueState] = None  # the catalogue shown

    @property
    def catalogue(self):
        return self._state.catalogue if self._state is not None else None

    def start(self) -> None:
        self._show_saved()  # at once, from disk...
        self.refresh()  # ...while the live request runs

    def stop(self) -> None:
        """The plugin unloads: running requests are cancelled and their outcomes dropped."""
        self._live.close()
        self._saved.close()

    def refresh(self, user: bool = False) -> None:
        asking = (tuple(settings.catalogue_sources()), settings.allowed_hosts())
        if self._asking == asking:  # the running request answers this Refresh
            self._user_waiting = self._user_waiting or user
            return
        self._live.renew()  # a request for an address no longer set: its outcome is dropped
        self._asking, self._user_waiting = asking, user
        self.busy_changed.emit(True)
        sources, hosts = asking
        self._live.run(tr("Loading the DEGO catalogue"),
                       lambda task: load_catalogue(sources, hosts, style_check=catalogue_style_check(hosts),
                                                   convert_project=lambda data: _converted(data, hosts)),
                       self._loaded)

    def _show_saved(self) -> None:
        hosts = settings.allowed_hosts()
        self._saved.run(tr("Reading the saved DEGO catalogue"),
                        lambda task: load_saved(hosts, style_check=catalogue_style_check(hosts)), self._saved_loaded)

    def _saved_loaded(self, outcome: Outcome) -> None:
        if self._state is not None or not outcome.ok:
            return  # the live outcome came first; or a bug (logged): the live request still runs
        self._show(outcome.result, catalogue_checking_status(outcome.result))

    def _loaded(self, outcome: Outcome) -> None:
        user = self._user_waiting
        self._asking, self._user_waiting = None, False
        self.busy_changed.emit(False)
        if not outcome.ok:  # cancelled in QGIS's task list, or a bug (logged): load_catalogue never raises
            if self._state is not None:
                self.status_changed.emit(catalogue_status(self._state))  # no longer "checking"
            if outcome.error is not None:
                self._notify(Qgis.MessageLevel.Warning,
                             tr("The catalogue could not be loaded; press Refresh to try again."))
            return
        state = outcome.result
        if user or replaces(self._state, state):  # a user's Refresh always shows what it got
            self._show(state, catalogue_status(state))
        else:  # unchanged, or the same saved copy again: the dock (search, selection, scroll) stays as it is
            self._state = state
            self.status_changed.emit(catalogue_status(state))
        self._report(state, user)

    def _report(self, state: CatalogueState, user: bool) -> None:
        if state.failure:
            log(f"live catalogue not used: {state.failure_code}: {state.failure}", Qgis.MessageLevel.Warning)
        if user:
            if state.origin == LIVE:
                self._notify(Qgis.MessageLevel.Success, refresh_done_message(state))
            else:
                self._notify(Qgis.MessageLevel.Warning, refresh_failed_message(state))
        elif state.origin != LIVE:
            self._notify(Qgis.MessageLevel.Info, catalogue_fallback_message(state))  # one quiet message at start-up

    def _show(self, state: CatalogueState, status: str) -> None:
        self._state = state
        self.shown.emit(state.catalogue, status)


def _converted(data: bytes, hosts):
    """Worker: a published QGIS project as a catalogue. Its reader (QGIS project parsing, the QML checks) is imported
    when a project is met, not at QGIS's start."""
    from ..layers.project_file import converted_download

    return converted_download(data, hosts)
