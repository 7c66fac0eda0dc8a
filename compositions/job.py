"""A job of several steps the user can cancel, as the maps dialog runs them (the map set, the buurtprofielen): one
`TaskOwner` for all its steps, so Cancel and unload reach whichever step runs, and its end reported exactly once.

Until its results are in the project (the `project_stages`), closing the project ends the job: what is on its way
belongs to the project that was closed and is dropped. An export works on its own copies and goes on.
"""
from __future__ import annotations

from typing import Callable

from qgis.core import QgsProject

from ..i18n import tr
from ..toolbelt.log import log_exception, unexpected_text
from ..toolbelt.tasks import Outcome, TaskOwner


class StagedJob:
    """Subclasses start their background steps through `self._tasks`, run GUI-thread steps through `_guarded`, and
    end with `_finish`. `outcome` has at least `stage`, `failures`, `cancelled` and `project_closed`.
    `on_done(outcome)` is called once; never after `close()` (the plugin unloads)."""

    project_stages: tuple = ()  # the stages a closed project ends the job in

    def __init__(self, project: QgsProject, outcome, on_stage: Callable[[str], None],
                 on_progress: Callable[[float], None], on_done: Callable[[object], None]):
        self._project, self.outcome = project, outcome
        self._on_stage, self._on_progress, self._on_done = on_stage, on_progress, on_done
        self._tasks = TaskOwner()
        self._cancelled = False
        self.stage = ""

    @property
    def running(self) -> bool:
        return bool(self.stage)

    def cancel(self) -> None:
        """The user's Cancel: the running step stops; its outcome arrives as cancelled."""
        if self.running:
            self._cancelled = True
            self._tasks.cancel()

    def close(self) -> None:
        """The plugin unloads: stop, say nothing, never touch the project again."""
        self._tasks.close()
        self._leave()

    def _begin(self, stage: str, text: str) -> None:
        self._project.cleared.connect(self._project_closed)
        self._enter(stage, text)

    def _enter(self, stage: str, text: str) -> None:
        self.stage = self.outcome.stage = stage
        self._on_stage(text)

    def _progressed(self, percent: float) -> None:
        if self.running:  # a progress signal still queued after close() or the end is not passed on
            self._on_progress(percent)

    def _layers_prepared(self, outcome: Outcome) -> bool:
        """The outcome of compositions/map_set.py `prepare_print_layers`: the layers that could not be made go to the
        failures; False (and the job has ended) when it failed or was cancelled."""
        if not outcome.ok:
            if outcome.error is not None:
                self.outcome.failures.append(tr("The layers could not be prepared: {0}.").format(unexpected_text()))
            self._finish(outcome.cancelled)
            return False
        for title, reason in outcome.result.items():
            self.outcome.failures.append(tr("“{0}” could not be added: {1}").format(title, reason))
        return True

    def _guarded(self, step: Callable[[], None]) -> None:
        """A step on the GUI thread; a bug in it ends the job with a plain message (its traceback logged), not
        in QGIS's Python error dialog with the dialog busy for ever."""
        try:
            step()
        except Exception as error:  # noqa: BLE001 (a bug: logged, the job ends with a plain message)
            log_exception(f"{type(self).__name__}, {self.stage}", error)
            self.outcome.failures.append(self._failed_text(unexpected_text()))
            if self.running:
                self._finish()

    def _failed_text(self, reason: str) -> str:
        raise NotImplementedError

    def _project_closed(self) -> None:
        if self.stage not in self.project_stages:
            return  # an export works on its own copies: it goes on
        self._tasks.renew()  # what is on its way belongs to the project that was closed
        self.outcome.project_closed = True
        self._dropped()
        self._finish(True)

    def _dropped(self) -> None:
        """The project was closed before the job's results were in it: forget what it holds of them."""

    def _finish(self, cancelled: bool = False) -> None:
        self.outcome.cancelled = cancelled
        self._leave()
        self._on_done(self.outcome)

    def _leave(self) -> None:
        if self.stage:
            self._project.cleared.disconnect(self._project_closed)
        self.stage = ""
