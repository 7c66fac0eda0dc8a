"""The transitievisie map set for one municipality: print layers (background task), then the layouts in the
project (GUI thread, no network), then the export (compositions/export.py). The dialog, `make demo` and the
tests all go through these functions."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Sequence

from qgis.core import QgsApplication, QgsPrintLayout, QgsProject

from ..i18n import tr
from ..layers.catalogue import Catalogue
from ..layers.clip import OUTLINE_ROLE, ROLE_PROPERTY, project_layers_with
from ..layers.loader import FetchBytes
from ..layers.municipality import Municipality
from .export import ExportOptions, ExportOutcome, ExportTask
from .layout import LayoutError, add_layout, build_layout
from .presets import Preset
from .print_layers import add_print_layers, build_print_layers, missing_entries, needed_entries, prepare_for


@dataclass
class MadeLayouts:
    layouts: List[QgsPrintLayout] = field(default_factory=list)
    failures: List[str] = field(default_factory=list)  # user texts, one per preset that could not be made


def prepare_print_layers(project: QgsProject, catalogue: Catalogue, presets: Sequence[Preset],
                         municipality: Municipality, fetch: FetchBytes, run_task,
                         on_ready: Callable[[Dict[str, str]], None]):
    """Make the print layers the presets still lack in a background task, add them on the GUI thread, then
    `on_ready(failures)` (entry title → reason). Returns the task (None when nothing was missing)."""
    missing = missing_entries(project, needed_entries(catalogue, presets))
    if not missing:
        on_ready({})
        return None

    def work(task):
        return build_print_layers(missing, municipality, fetch, task.isCanceled)

    def done(error, result):
        if error is not None or result is None:
            on_ready({entry.title: tr("cancelled") if error is None else str(error) for entry in missing})
            return
        layers, failures = result
        add_print_layers(project, layers)
        on_ready(failures)

    return run_task(tr("Preparing the layers of the transitievisie maps"), work, done)


def make_layouts(project: QgsProject, catalogue: Catalogue, presets: Sequence[Preset], municipality: Municipality,
                 paper: str = "", orientation: str = "", logo: str = "") -> MadeLayouts:
    """GUI thread: one layout per preset in the project (replacing the plugin's own layout of that name)."""
    made = MadeLayouts()
    outline = project_layers_with(project, ROLE_PROPERTY, OUTLINE_ROLE)
    for preset in presets:
        layers, background, missing = prepare_for(project, preset, municipality)
        if missing or not layers:
            made.failures.append(tr("{0}: these layers are not available: {1}").format(
                preset.title, ", ".join(missing) or "–"))
            continue
        try:
            layout = build_layout(project, preset, catalogue, municipality, layers, background, paper, orientation,
                                  logo, outline[0] if outline else None)
        except LayoutError as error:
            made.failures.append(f"{preset.title}: {error}")
            continue
        made.layouts.append(add_layout(project, layout))
    return made


def export_layouts(layouts: Sequence[QgsPrintLayout], options: ExportOptions,
                   on_done: Callable[[ExportOutcome], None], start: bool = True) -> ExportTask:
    """Start the export task (QGIS's task manager shows its progress and a cancel button)."""
    task = ExportTask(tr("Exporting {0} transitievisie maps").format(len(layouts)), layouts, options, on_done)
    if start:
        QgsApplication.taskManager().addTask(task)
    return task

