"""DEGO layers in QGIS's search bar (Ctrl+K): `dego energielabel` lists matching catalogue layers; Enter adds one.

QGIS runs `fetchResults` on a clone in a worker thread: it only reads the immutable catalogue and builds
results (icons are made beforehand on the GUI thread). `triggerResult` runs on the GUI thread and hands the
entry to the same `add_entry` the dock uses. Register with `iface.registerLocatorFilter` (QGIS then owns it)
and deregister on unload.
"""
from __future__ import annotations

from typing import Callable, Dict, Optional

from qgis.core import QgsLocatorFilter, QgsLocatorResult
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..model.catalogue import Catalogue, LayerEntry, ServiceType
from ..model.search import search_fold
from ..toolbelt.resources import service_icon
from .messages import service_name

PREFIX = "dego"
MAX_RESULTS = 30

GetCatalogue = Callable[[], Optional[Catalogue]]


class DegoLocatorFilter(QgsLocatorFilter):
    def __init__(self, catalogue: GetCatalogue, add_entry: Callable[[LayerEntry], None],
                 icons: Optional[Dict[str, QIcon]] = None):
        super().__init__()
        self._catalogue = catalogue
        self._add_entry = add_entry
        self._icons = icons if icons is not None else {kind: service_icon(kind) for kind in ServiceType}
        self._service_names = {kind: service_name(kind) for kind in ServiceType}  # tr() on the GUI thread

    def clone(self) -> "DegoLocatorFilter":
        return DegoLocatorFilter(self._catalogue, self._add_entry, self._icons)

    def name(self) -> str:
        return "dego-layers"

    def displayName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("DEGO layers")

    def description(self) -> str:
        return tr("Add a layer from the DEGO catalogue")

    def prefix(self) -> str:
        return PREFIX

    def flags(self):
        return QgsLocatorFilter.Flag.FlagFast  # an in-memory search

    def fetchResults(self, string, context, feedback):  # noqa: N802 (QGIS's name)
        catalogue = self._catalogue()
        if catalogue is None:
            return
        query = search_fold(string)
        for entry in catalogue.search(string, themes=True)[:MAX_RESULTS]:  # as the dock finds them
            if feedback is not None and feedback.isCanceled():
                return
            theme = catalogue.theme(entry.theme)
            result = QgsLocatorResult(self, entry.title, entry.id)
            parts = (theme.title if theme else "", self._service_names.get(entry.service.type, ""))
            result.description = " · ".join(part for part in parts if part)
            result.icon = self._icons.get(entry.service.type, QIcon())
            result.score = 1.0 if query and search_fold(entry.title).startswith(query) else 0.5
            self.resultFetched.emit(result)

    def triggerResult(self, result) -> None:  # noqa: N802 (QGIS's name)
        catalogue = self._catalogue()
        entry = catalogue.entry(result_layer_id(result)) if catalogue is not None else None
        if entry is not None:
            self._add_entry(entry)


def result_layer_id(result: QgsLocatorResult) -> str:
    """The catalogue id a result carries (QGIS 3.34 turned `userData` from an attribute into a method)."""
    data = result.userData() if callable(result.userData) else result.userData
    return str(data)
