"""Which catalogue the dock shows, and what the user is told about it.

At start-up the saved (else built-in) catalogue, read from disk, is shown at once while the live request runs;
the live one replaces it only when it brings something new (`service/catalogue_source.replaces`), so the dock
keeps its search and selection. Unlike the start-up load, a user's Refresh reports every outcome.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..i18n import tr
from ..layers.project_file import converted_download
from ..layers.qml_safety import catalogue_style_check
from ..service import settings
from ..service.catalogue_source import LIVE, CatalogueState, load_catalogue, load_saved, replaces
from ..toolbelt.log import log
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

    def __init__(self, notify: Notify, run_task):
        super().__init__()
        self._notify = notify
        self._run_task = run_task  # toolbelt.tasks.run_in_background
        self._refreshing = None  # the live catalogue request
        self._reading_saved = None  # the start-up read of the saved catalogue
        self._state: Optional[CatalogueState] = None  # the catalogue shown
        self._stopped = False

    @property
    def catalogue(self):
        return self._state.catalogue if self._state is not None else None

    def start(self) -> None:
        self._show_saved()  # at once, from disk...
        self.refresh()  # ...while the live request runs

    def stop(self) -> None:
        """The plugin unloads: running requests are cancelled and their outcomes ignored."""
        self._stopped = True
        for task in (self._reading_saved, self._refreshing):
            if task is not None:
                task.cancel()

    def refresh(self, user: bool = False) -> None:
        if self._refreshing is not None:
            return
        sources, hosts = settings.catalogue_sources(), settings.allowed_hosts()
        self.busy_changed.emit(True)
        self._refreshing = self._run_task(
            tr("Loading the DEGO catalogue"),
            lambda task: load_catalogue(sources, hosts, style_check=catalogue_style_check(hosts),
                                        convert_project=lambda data: converted_download(data, hosts)),
            lambda error, state: self._loaded(error, state, user),
        )

    def _show_saved(self) -> None:
        hosts = settings.allowed_hosts()
        self._reading_saved = self._run_task(
            tr("Reading the saved DEGO catalogue"),
            lambda task: load_saved(hosts, style_check=catalogue_style_check(hosts)), self._saved_loaded)

    def _saved_loaded(self, error, state) -> None:
        self._reading_saved = None
        if self._stopped or self._state is not None:
            return  # unloaded meanwhile, or the live outcome came first
        if error is not None or state is None:  # a bug or a missing bundled file: the live request still runs
            log(f"saved catalogue not read: {error!r}", Qgis.MessageLevel.Warning)
            return
        self._show(state, catalogue_checking_status(state))

    def _loaded(self, error, state, user: bool) -> None:
        self._refreshing = None
        if self._stopped:
            return
        self.busy_changed.emit(False)
        if error is not None or state is None:  # a bug, not a network problem: load_catalogue never raises
            log(f"catalogue task failed: {error!r}", Qgis.MessageLevel.Critical)
            if self._state is not None:
                self.status_changed.emit(catalogue_status(self._state))  # no longer "checking"
            self._notify(Qgis.MessageLevel.Warning,
                         tr("The catalogue could not be loaded; press Refresh to try again."))
            return
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
