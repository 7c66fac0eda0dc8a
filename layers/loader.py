"""Turning a catalogue entry into a styled QGIS layer in the project's "DEGO" group, without blocking QGIS.

Making a WMS/WFS layer talks to the server (capabilities, feature type description) and fetching a style
is network work too, so both run in a background task; only adding the finished layer to the project
happens on the GUI thread. A layer built for a project that was closed meanwhile is dropped, not added to the
next one.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsDataSourceUri,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..i18n import tr
from ..model.catalogue import LayerEntry, ServiceType
from ..model.errors import CodedError
from ..model.municipality import Municipality
from ..service import settings
from ..toolbelt.log import log, qgis_messages, unexpected_text
from ..toolbelt.outside_text import inert
from ..toolbelt.tasks import Outcome, TaskOwner
from .clip import clip_new_layer, clipped_source
from .credentials import credentials_refusal
from .local_copy import CopyError, CopyKey, Progress, copy_source, describe, fill_copy, wants_copy
from .qml_safety import style_refusal
from .sources import RASTER, VECTOR, DataSource, data_source_for
from .style import apply_entry_properties, apply_mapbox_gl, apply_qml
from .wfs_typename import typename_from_capabilities

GROUP_NAME = "DEGO"
PROVIDER_TAGS = ("WFS", "OAPIF", "WMS", "WMTS", "Vector tiles")  # where QGIS's providers log why a layer failed
MAX_REASON = 300  # characters of a provider's message shown to the user
FetchBytes = Callable[[str], bytes]  # GET a URL (style documents); raises on failure


class LayerBuildError(CodedError):
    """The layer could not be made; the text is for the user."""

    def __init__(self, text: str):
        super().__init__("layer_not_made", text)


@dataclass
class BuiltLayer:
    layer: QgsMapLayer
    warnings: List[str] = field(default_factory=list)


def layer_error(layer: QgsMapLayer, heard: Sequence[str] = ()) -> str:
    """The provider's reason a layer is invalid: its error (QgsError.summary() crashes when empty: check first),
    else what the provider logged while making it (`heard`, toolbelt.log.qgis_messages)."""
    for error in (layer.error(), layer.dataProvider().error() if layer.dataProvider() else None):
        if error is not None and not error.isEmpty():
            return error.summary()
    if heard:
        return tr("the service answered: {0}").format(heard[-1][:MAX_REASON])
    return tr("the service did not answer, or does not offer this layer")


def build_layer(entry: LayerEntry, fetch: FetchBytes, source: Optional[DataSource] = None) -> BuiltLayer:
    """Blocking (network): make the layer (from `source`, default the entry's) and style it. A WFS typename the
    capabilities spell otherwise (a namespace prefix more or less) is tried as they spell it.
    Raises LayerBuildError with a user-readable text."""
    refusal = credentials_refusal(entry.service, settings.allowed_hosts())
    if refusal:  # before any request: QGIS would send the credentials with the first one
        raise LayerBuildError(refusal)
    source = source or data_source_for(entry)
    layer, heard = _made(source, entry.title)
    if not layer.isValid() and entry.service.type == ServiceType.WFS:
        typename = typename_from_capabilities(entry.service, fetch)
        if typename is not None and typename != entry.service.typename:
            log(f"{entry.id}: typename '{entry.service.typename}' is '{typename}' in the WFS capabilities")
            layer, heard = _made(with_typename(source, typename), entry.title)
    if not layer.isValid():
        raise LayerBuildError(layer_error(layer, heard))
    warnings = []
    style = entry.style
    qml = style.qml
    if style.qml_url and not qml:
        qml = _fetch_text(fetch, style.qml_url, warnings)
    refusal = style_refusal(qml, settings.allowed_hosts()) if qml else None
    if refusal is not None:  # a style that could run code or fetch from elsewhere: not this layer at all
        raise LayerBuildError(tr("its style is refused: {0}").format(refusal.text()))
    if qml:
        error = apply_qml(layer, qml)
        if error:
            warnings.append(tr("style not applied: {0}").format(error))
    if style.mapbox_gl_url:
        text = _fetch_text(fetch, style.mapbox_gl_url, warnings)
        if text:
            try:
                warnings.extend(apply_mapbox_gl(layer, json.loads(text)))
            except (ValueError, RecursionError):
                warnings.append(tr("the vector tile style is not valid JSON"))
    apply_entry_properties(layer, entry)
    return BuiltLayer(layer, warnings)


def build_clipped_layer(entry: LayerEntry, municipality: Optional[Municipality], fetch: FetchBytes,
                        is_cancelled: Callable[[], bool] = lambda: False,
                        progress: Progress = lambda fetched, expected: None) -> BuiltLayer:
    """Blocking (network, disk), for a worker: the entry's layer clipped to `municipality`, with the warnings for the
    user. Features clipped to a municipality are read from their local copy (layers/local_copy.py), made here from
    the clipped service layer when there is none for this data date; a copy that cannot be made completely (or is
    cancelled) leaves the layer reading the service, as an empty one does. Unclipped data never crosses the wire."""
    source = clipped_source(entry, municipality, fetch)
    if not wants_copy(entry, municipality):
        built = build_layer(entry, fetch, source)
        built.warnings.extend(clip_new_layer(built.layer, entry, municipality, fetch))
        return built
    key = CopyKey.from_entry(entry)
    path = key.fresh_path(municipality.code)
    if path is None:
        live = build_layer(entry, fetch, source)
        live.warnings.extend(clip_new_layer(live.layer, entry, municipality, fetch))
        if live.warnings:  # empty there: nothing to copy
            return live
        path = key.path(municipality.code)
        try:
            fill_copy(live.layer, path, is_cancelled, progress, fetch)
        except CopyError as reason:
            log(f"{entry.id}: no local copy for {municipality.code} ({reason}); the layer reads the service",
                Qgis.MessageLevel.Info if is_cancelled() else Qgis.MessageLevel.Warning)
            return live
        del live  # read to the end (or only probed, long done): dropped here, as plan_layer's source layers are
    built = build_layer(entry, fetch, copy_source(path))
    describe(built.layer, key, municipality.code)
    built.warnings.extend(clip_new_layer(built.layer, entry, municipality, fetch))
    return built


def _made(source: DataSource, title: str) -> Tuple[QgsMapLayer, List[str]]:
    """The layer, and what its provider logged while it was made."""
    with qgis_messages(PROVIDER_TAGS) as heard:
        if source.kind == RASTER:
            layer = QgsRasterLayer(source.uri, title, source.provider)
        elif source.kind == VECTOR:
            layer = QgsVectorLayer(source.uri, title, source.provider)
        else:
            layer = QgsVectorTileLayer(source.uri, title)
    return layer, list(heard)


def with_typename(source: DataSource, typename: str) -> DataSource:
    uri = QgsDataSourceUri(source.uri)
    uri.removeParam("typename")
    uri.setParam("typename", typename)
    return DataSource(source.kind, source.provider, uri.uri(False))


def _fetch_text(fetch: FetchBytes, url: str, warnings: List[str]) -> str:
    try:
        return fetch(url).decode("utf-8")
    except Exception as error:  # noqa: BLE001 (any network or decoding failure leaves the layer unstyled, not lost)
        log(f"style not fetched from {url}: {type(error).__name__}: {error}", Qgis.MessageLevel.Warning)
        warnings.append(tr("style could not be fetched from {0} (details in the DEGO log)").format(url))
        return ""


def show_progress(task, fetched: int, expected: int) -> None:
    """Features fetched of those the server counted, in QGIS's task manager (no bar when it did not count)."""
    if expected > 0:
        task.setProgress(min(100.0, 100.0 * fetched / expected))


def dego_group(project: QgsProject) -> QgsLayerTreeGroup:
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NAME)
    return group if group is not None else root.insertGroup(0, GROUP_NAME)


def add_to_project(layer: QgsMapLayer, project: QgsProject) -> QgsMapLayer:
    """GUI thread: add the layer on top of the "DEGO" group."""
    project.addMapLayer(layer, False)
    dego_group(project).insertLayer(0, layer)
    return layer


class LayerLoader:
    """Adds catalogue entries to a project in the background and reports the outcome through `notify`."""

    def __init__(self, project: QgsProject, fetch: FetchBytes, notify: Callable[[object, str], None]):
        self._project = project
        self._fetch = fetch
        self._notify = notify
        self._tasks = TaskOwner()
        # The municipality new layers are clipped to (set by the municipality choice; None: not clipped).
        self.current_municipality: Callable[[], Optional[Municipality]] = lambda: None
        project.cleared.connect(self._tasks.renew)  # layers on their way belong to the project that was closed

    def unload(self) -> None:
        """The plugin unloads: layers still being built are dropped."""
        self._project.cleared.disconnect(self._tasks.renew)
        self._tasks.close()

    def add(self, entry: LayerEntry, on_added: Optional[Callable[[QgsMapLayer], None]] = None):
        main_thread = QCoreApplication.instance().thread()
        municipality = self.current_municipality()

        def work(task):
            built = build_clipped_layer(entry, municipality, self._fetch, task.is_cancelled,
                                        lambda fetched, expected: show_progress(task, fetched, expected))
            built.layer.moveToThread(main_thread)  # made in the worker, used by the GUI thread
            return built

        def done(outcome: Outcome):
            if outcome.cancelled:
                self._notify(Qgis.MessageLevel.Info, tr("Adding “{0}” was cancelled.").format(entry.title))
                return
            if outcome.error is not None:
                reason = str(outcome.error) if isinstance(outcome.error, LayerBuildError) else unexpected_text()
                self._notify(Qgis.MessageLevel.Warning, tr("Could not add “{0}”: {1}").format(entry.title, reason))
                return
            built = outcome.result
            add_to_project(built.layer, self._project)
            for warning in built.warnings:
                self._notify(Qgis.MessageLevel.Warning, f"{entry.title}: {warning}")
            if on_added is not None:
                on_added(built.layer)

        return self._tasks.run(tr("Adding DEGO layer “{0}”").format(inert(entry.title)), work, done)
