"""The project's municipality: chosen in the picker, kept in project variables, applied to every DEGO layer.

Choosing fetches the boundary in a background task (from the cache when it has one), then on the GUI thread:
stores `dego_gemeentecode` / `dego_gemeentenaam` as project variables (usable in expressions and layouts),
shows the boundary as an outline and a mask above the DEGO layers, re-clips every DEGO layer in the project
(layers/clip.py), and zooms the map to the municipality. Opening a project restores its choice.

Background work has three owners (toolbelt/tasks.py): the boundary of the choice (a newer choice, a cleared
project or unloading drops the outcome of an older one, so a late boundary never adds a mask or re-clips),
the municipality list, and the check for re-clipped layers left empty.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Mapping, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsExpressionContextUtils,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..i18n import tr, trn
from ..layers.clip import (
    CLIPPED_TO_PROPERTY,
    MASK_ROLE,
    OUTLINE_ROLE,
    ROLE_PROPERTY,
    ClipRecipe,
    boundary_layer,
    clip_layer,
    municipality_area,
    no_features_text,
    probe_any,
    probe_request,
    probe_source,
    project_layers_with,
    set_boundary,
    style_mask,
    style_outline,
)
from ..layers.code_spelling import spelling_check
from ..layers.local_copy import copy_gone
from ..layers.style import LAYER_ID_PROPERTY
from ..model.municipality import BOUNDARY_CRS, Municipality, normalise_code
from ..service import settings
from ..service.boundaries import (
    CACHED,
    BoundaryError,
    BoundaryService,
    load_boundary,
    load_municipalities,
    service_for,
)
from ..toolbelt.geometry import boundary_extent
from ..toolbelt.log import never_raises, unexpected_text
from ..toolbelt.outside_text import inert
from ..toolbelt.tasks import Outcome, TaskOwner
from .messages import boundary_failure_text, not_saved_text

CODE_VARIABLE, NAME_VARIABLE = "dego_gemeentecode", "dego_gemeentenaam"
Notify = Callable[[object, str], None]


class MunicipalityChoice(QObject):
    """One per plugin; works on one project (QgsProject.instance() in QGIS)."""

    list_changed = pyqtSignal(object)  # MunicipalityList, or None when it could not be loaded
    changed = pyqtSignal(object)  # the chosen Municipality (None: no choice), after the layers were clipped

    def __init__(self, project: QgsProject, notify: Notify, canvas=None, cache_dir: Optional[Path] = None):
        super().__init__()
        self.project = project
        self.canvas = canvas
        self.current: Optional[Municipality] = None
        self.municipalities = None  # MunicipalityList once loaded
        self.catalogue = None  # set by the plugin: layers added before clipping existed get their recipe from it
        self.service: BoundaryService = service_for({}, settings.boundary_service_url())
        self._notify = notify
        self._cache_dir = cache_dir
        self._choosing = TaskOwner()  # the boundary of the newest choice
        self._listing = TaskOwner()  # the municipality list
        self._checking = TaskOwner()  # re-clipped layers left empty
        self._service_known = False  # the catalogue names the boundary service; until then a restore waits
        self._restore_pending = False
        self._list_wanted = False
        project.readProject.connect(self.restore)
        project.cleared.connect(self._project_cleared)
        project.layersAdded.connect(self._layers_added)

    def unload(self) -> None:
        """The plugin unloads: work in flight is cancelled and its outcome dropped; the project is not touched."""
        self.project.readProject.disconnect(self.restore)
        self.project.cleared.disconnect(self._project_cleared)
        self.project.layersAdded.disconnect(self._layers_added)
        for tasks in (self._choosing, self._listing, self._checking):
            tasks.close()

    # -- the list ---------------------------------------------------------------------------------
    def set_boundaries(self, boundaries: Mapping) -> None:
        """The catalogue's `boundaries` object (or {} for PDOK). A changed service drops the list; it is asked
        again when the picker wants it (so starting QGIS costs no boundary request)."""
        service = service_for(boundaries, settings.boundary_service_url())
        self._service_known = True
        if service != self.service:
            self.service = service
            self.municipalities = None
            self._listing.renew()  # a list of the old service is no longer wanted
            if self._list_wanted:
                self.load_list()
        if self._restore_pending:
            self.restore()

    @never_raises
    def want_list(self) -> None:
        """The picker is being used: load the list once (again after a failure)."""
        self._list_wanted = True
        if self.municipalities is None and not self._listing.busy and self._service_known:
            self.load_list()

    def load_list(self):
        service, cache_dir = self.service, self._cache_dir

        def done(outcome: Outcome):
            if outcome.cancelled:
                self.list_changed.emit(None)
                return
            if outcome.error is not None:
                error = outcome.error
                text = boundary_failure_text(error, tr("the municipality list")) if isinstance(error, BoundaryError) \
                    else unexpected_text()
                self._notify(Qgis.MessageLevel.Warning,
                             tr("The municipality list could not be loaded: {0}.").format(text))
                self.list_changed.emit(None)
                return
            listed = outcome.result
            self.municipalities = listed
            if listed.origin == CACHED:
                self._notify(Qgis.MessageLevel.Info,
                             tr("The boundary service could not be reached; showing the municipality list "
                                "saved on {0}.").format(listed.date.replace("T", " ")[:16]))
            elif not listed.saved:
                self._notify(Qgis.MessageLevel.Warning, not_saved_text(tr("The municipality list")))
            self.list_changed.emit(listed)

        return self._listing.run(tr("Loading the municipality list"),
                                 lambda task: load_municipalities(service, cache_dir), done)

    # -- choosing ---------------------------------------------------------------------------------
    @never_raises
    def choose(self, code_or_name: str, zoom: bool = True):
        """Fetch the boundary (background) and apply it. Accepts GM0344, 0344, 344 or a name from the list."""
        text = str(code_or_name or "").strip()
        known = self.municipalities.find(text) if self.municipalities is not None else None
        code = known.code if known is not None else normalise_code(text)
        if code is None:
            self._notify(Qgis.MessageLevel.Warning, tr("“{0}” is not a municipality code or name.").format(text))
            return None
        self._choosing.renew()  # only the newest choice is applied
        service, cache_dir = self.service, self._cache_dir
        what = known.name if known is not None else code

        def done(outcome: Outcome):
            if not outcome.ok:
                if outcome.cancelled:
                    text = tr("fetching the boundary of {0} was cancelled").format(what)
                elif isinstance(outcome.error, BoundaryError):
                    text = boundary_failure_text(outcome.error, what)
                else:
                    text = unexpected_text()
                level = Qgis.MessageLevel.Info if outcome.cancelled else Qgis.MessageLevel.Warning
                self._notify(level, tr("{0}; the layers keep their current clipping.").format(_capitalised(text)))
                self.changed.emit(self.current)  # the picker shows the choice that still holds
                return
            boundary = outcome.result
            if boundary.failure:
                self._notify(Qgis.MessageLevel.Info,
                             tr("The boundary service could not be reached; using the boundary of {0} saved "
                                "on {1}.").format(boundary.municipality.name, boundary.date.replace("T", " ")[:16]))
            elif not boundary.saved:
                self._notify(Qgis.MessageLevel.Warning,
                             not_saved_text(tr("The boundary of {0}").format(boundary.municipality.name)))
            self.apply(boundary.municipality, zoom)

        def work(task):
            boundary = load_boundary(service, code, cache_dir)
            municipality_area(boundary.municipality, cancelled=task.is_cancelled)  # ready when the GUI thread needs it
            return boundary

        # a task description shows as HTML in the status bar
        return self._choosing.run(tr("Fetching the boundary of {0}").format(inert(what)), work, done)

    @never_raises
    def clear(self) -> None:
        """No municipality: every DEGO layer unclipped, mask and outline removed; the user is told."""
        self._choosing.renew()
        self._checking.renew()
        before, self.current = self.current, None
        QgsExpressionContextUtils.removeProjectVariable(self.project, CODE_VARIABLE)
        QgsExpressionContextUtils.removeProjectVariable(self.project, NAME_VARIABLE)
        for layer in self._dego_layers():
            if layer.customProperty(CLIPPED_TO_PROPERTY, ""):
                clip_layer(layer, None)
        self.project.removeMapLayers([layer.id() for layer in self._overlays()])
        self.project.viewSettings().setPresetFullExtent(QgsReferencedRectangle())
        if before is not None:
            self._notify(Qgis.MessageLevel.Info, tr("No municipality chosen: the DEGO layers are no longer clipped to "
                                                    "{0} and show every municipality.").format(before.name))
        else:
            self._notify(Qgis.MessageLevel.Info, tr("No municipality chosen: the DEGO layers show every "
                                                    "municipality."))
        self.changed.emit(None)

    def apply(self, municipality: Municipality, zoom: bool = True) -> List[QgsMapLayer]:
        """GUI thread: make `municipality` (with boundary) the project's; returns the layers re-clipped."""
        self.current = municipality
        QgsExpressionContextUtils.setProjectVariable(self.project, CODE_VARIABLE, municipality.code)
        QgsExpressionContextUtils.setProjectVariable(self.project, NAME_VARIABLE, municipality.name)
        self._show_overlays(municipality)
        reclipped = self.reclip_all()
        box = self._extent_in(QgsCoordinateReferenceSystem(BOUNDARY_CRS))
        self.project.viewSettings().setPresetFullExtent(
            QgsReferencedRectangle(box, QgsCoordinateReferenceSystem(BOUNDARY_CRS)))
        if zoom:
            self.zoom()
        if reclipped:
            self._notify(Qgis.MessageLevel.Info, trn("%n layers clipped to {0}.", len(reclipped)).format(
                municipality.name))
        self.changed.emit(municipality)
        self._report_empty(reclipped, municipality)
        return reclipped

    def reclip_all(self) -> List[QgsMapLayer]:
        """Clip every DEGO layer not yet clipped to the current municipality, or whose local copy is gone (a project
        re-opened after "Clear cache": the layer reads the service again instead of staying unavailable)."""
        municipality = self.current
        if municipality is None or not municipality.has_boundary:
            return []
        done = []
        for layer in self._dego_layers():
            if layer.customProperty(CLIPPED_TO_PROPERTY, "") != municipality.code or copy_gone(layer):
                clip_layer(layer, municipality)
                done.append(layer)
        return done

    def zoom(self) -> None:
        if self.canvas is None or self.current is None or not self.current.has_boundary:
            return
        crs = self.canvas.mapSettings().destinationCrs()
        box = self._extent_in(crs)
        box.scale(1.05)
        self.canvas.setExtent(box)
        self.canvas.refresh()

    @never_raises
    def restyle_mask(self) -> None:
        """After the mask colour or opacity setting changed."""
        for layer in project_layers_with(self.project, ROLE_PROPERTY, MASK_ROLE):
            style_mask(layer, settings.mask_colour(), settings.mask_opacity())

    # -- project life -----------------------------------------------------------------------------
    @never_raises
    def restore(self, *args) -> None:
        """On project read: the saved choice comes back (boundary from the cache when offline)."""
        scope = QgsExpressionContextUtils.projectScope(self.project)
        code = normalise_code(scope.variable(CODE_VARIABLE) or "")
        if code is None:
            self._restore_pending = False
            self.current = None
            self.changed.emit(None)
            return
        # Until the boundary is back, the choice holds without one: new layers are not clipped meanwhile.
        self.current = Municipality(code, str(scope.variable(NAME_VARIABLE) or code))
        self.changed.emit(self.current)
        self._restore_pending = not self._service_known
        if self._service_known:
            self.choose(code, zoom=False)

    @never_raises
    def _project_cleared(self) -> None:
        self._choosing.renew()  # a boundary on its way belongs to the project that was closed
        self._checking.renew()
        self.current = None
        self.changed.emit(None)

    @never_raises
    def _layers_added(self, layers) -> None:
        """Safety net: a DEGO layer added while the choice changed, or by other code, is clipped too."""
        municipality = self.current
        for layer in layers:
            self._ensure_recipe(layer)
            if municipality is None or not municipality.has_boundary or layer.customProperty(ROLE_PROPERTY, ""):
                continue
            if ClipRecipe.of(layer) is not None and layer.customProperty(CLIPPED_TO_PROPERTY, "") != municipality.code:
                clip_layer(layer, municipality)

    # -- helpers ----------------------------------------------------------------------------------
    def _dego_layers(self) -> List[QgsMapLayer]:
        layers = []
        for layer in project_layers_with(self.project, LAYER_ID_PROPERTY):
            if not layer.customProperty(ROLE_PROPERTY, "") and self._ensure_recipe(layer):
                layers.append(layer)
        return layers

    def _ensure_recipe(self, layer: QgsMapLayer) -> bool:
        if ClipRecipe.of(layer) is not None:
            return True
        entry = self.catalogue.entry(layer.customProperty(LAYER_ID_PROPERTY, "")) if self.catalogue else None
        if entry is None:
            return False
        ClipRecipe.from_entry(entry).remember(layer)
        return True

    def _overlays(self) -> List[QgsMapLayer]:
        return project_layers_with(self.project, ROLE_PROPERTY)

    def _show_overlays(self, municipality: Municipality) -> None:
        """The mask and the outline, one each per project, at the top of the layer tree (above the DEGO group,
        so layers added to the group later are masked too)."""
        root = self.project.layerTreeRoot()
        name = inert(municipality.name)  # from the boundary service; QGIS shows layer names as HTML in places
        names = {MASK_ROLE: tr("Outside {0} (mask)").format(name),
                 OUTLINE_ROLE: tr("Municipal boundary {0}").format(name)}
        for position, role in enumerate((OUTLINE_ROLE, MASK_ROLE)):
            existing = project_layers_with(self.project, ROLE_PROPERTY, role)
            if existing and isinstance(existing[0], QgsVectorLayer) and existing[0].isValid():
                layer = existing[0]
                set_boundary(layer, municipality)
                layer.setName(names[role])
                continue
            layer = boundary_layer(municipality, role, names[role])
            if role == MASK_ROLE:
                style_mask(layer, settings.mask_colour(), settings.mask_opacity())
            else:
                style_outline(layer)
            self.project.addMapLayer(layer, False)
            root.insertLayer(position, layer)

    def _extent_in(self, crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
        return boundary_extent(self.current, crs, self.project.transformContext())

    def _report_empty(self, layers: List[QgsMapLayer], municipality: Municipality, confirmed: bool = False) -> None:
        """In the background: say which re-clipped vector layers have nothing inside the municipality. The worker
        reads each layer through a feature source taken here (as QGIS's render jobs do), never the layer itself; a
        WFS/OAPIF layer through a layer of the worker's own, made from its source, whose download thread the probe
        can end before it lets go of its iterator (layers/clip.py `probe_source`, toolbelt/feature_reads.py). A
        layer clipped by attribute is asked about the other spellings of the code first
        (layers/code_spelling.py; also when the server refused the spelling and the layer became invalid), and
        clipped again with the one that answers. A layer found empty is checked once more before the user is
        told: a fresh WFS/OAPIF source read while its first download starts can come back empty (seen once under
        heavy load)."""
        checks = [(layer.id(), probe_source(layer) if layer.isValid() else None,
                   probe_request(layer), spelling_check(layer, ClipRecipe.of(layer)))
                  for layer in layers if isinstance(layer, QgsVectorLayer)]
        if not checks:
            return

        def work(task):
            empty, respelled = [], []
            for layer_id, source, request, spelling in checks:
                found = probe_any(source, request) if source is not None else False
                if found is not False:  # it has a feature, or the service did not answer in time: nothing to say
                    continue
                if spelling is not None and spelling.found(municipality):
                    respelled.append(layer_id)
                elif source is not None:
                    empty.append(layer_id)
            return empty, respelled

        def still_clipped_here(layer_ids):
            layers = [self.project.mapLayer(layer_id) for layer_id in layer_ids]
            return [layer for layer in layers
                    if layer is not None and layer.customProperty(CLIPPED_TO_PROPERTY, "") == municipality.code]

        def done(outcome: Outcome):
            empty, respelled = outcome.result if outcome.ok else ([], [])
            for layer in still_clipped_here(respelled):  # with the spelling the server uses
                clip_layer(layer, municipality)
            empty = still_clipped_here(empty)
            if not confirmed:
                self._report_empty(empty, municipality, confirmed=True)
                return
            for layer in empty:
                self._notify(Qgis.MessageLevel.Info, f"{layer.name()}: {no_features_text(municipality)}")

        self._checking.run(tr("Checking the clipped layers"), work, done)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
