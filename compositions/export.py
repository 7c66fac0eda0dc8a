"""Exporting the plugin's print layouts to PDF (one per map and/or one combined) and PNG, in a background task.

Threading: QGIS's own "Export print layout" algorithm runs on the main thread ("layouts are not thread
safe"): a layout is a QGraphicsScene the designer may be editing. So the export never touches the project's
layouts or layers: on the GUI thread `LayoutExport` writes each layout to XML and copies each layer it shows
into a project of the export's own; the worker fills the vector copies from feature sources and reads its own
layouts from the XML (created in, owned by and deleted in the worker thread), which nobody else can see, edit,
re-clip or close. A layer a map draws in another style than its own (the print mask in white, a map theme's style) is
copied once more in that style, and the worker's layouts draw that copy with no style override: a style applied in
the worker would change a layer made on the GUI thread and re-parent its legend across threads, which Qt refuses
with a "QObject::setParent: Cannot set parent, new parent is in a different thread" on the console, twice for every
map drawn. QgsLayoutExporter paints them synchronously into a QPdfWriter/QImage, which Qt allows off the
GUI thread. The copies' legends get their classes from compositions/legend_content.py instead of QGIS's
filter-by-map hit test, which a fresh copy would otherwise run on every export.

No half-written file is ever left behind: each file is written to a hidden temporary name in the target folder
and renamed when complete; on cancel or failure the temporary file is deleted.
"""
from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsAbstractLayoutIterator,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsFeedback,
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemRegistry,
    QgsLayoutObject,
    QgsMapLayer,
    QgsMapLayerStyle,
    QgsMemoryProviderUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtXml import QDomDocument, QDomElement

from ..i18n import tr
from ..layers.local_copy import COPY_PROPERTY
from ..toolbelt.feature_reads import downloads_in_background, reading
from ..toolbelt.log import log
from .legend_content import fix_legends, snapshot_layers
from .scale_bar import fit_scale_bar
from .worker_labels import labels_as_tables
from .wijk_pages import wijk_layout_names

PDF_DPI = 300  # raster parts (WMS images, transparency) at print quality
PNG_DPI = 150
_MAP = QgsLayoutItemRegistry.ItemType.LayoutMap
_MAP_TYPE = str(int(getattr(_MAP, "value", _MAP)))  # as the layout XML spells it; an enum member in PyQt6


@dataclass(frozen=True)
class ExportOptions:
    folder: str
    pdf_per_map: bool = True
    combined_pdf: bool = False
    combined_name: str = "transitievisiekaarten"
    png: bool = False
    wijk_pages: bool = False  # after each map's page, one page per wijk (compositions/wijk_pages.py), in its PDFs


@dataclass
class ExportOutcome:
    files: List[str] = field(default_factory=list)  # written, complete
    failures: List[str] = field(default_factory=list)  # user texts
    cancelled: bool = False


def file_stem(name: str) -> str:
    """A file name from a layout name: letters, digits, '-' and '_' only (spaces become '-')."""
    stem = re.sub(r"[^\w\-]+", "-", name, flags=re.UNICODE).strip("-_")
    return stem or "kaart"


def temporary_path(final: Path) -> Path:
    """Hidden, unique, in the same folder (so the rename is atomic), keeping the suffix (the exporter picks the
    image format from it)."""
    return final.with_name(f".{final.stem}.{uuid.uuid4().hex[:8]}.part{final.suffix}")


class _Pages(QgsAbstractLayoutIterator):
    """Several layouts as one iterator, so QgsLayoutExporter's own multi-page export writes one combined PDF
    (vector output, each page at its own paper size), with cancel through its feedback. A map with per-wijk pages
    is its layout's page followed by every feature page of its wijk layouts' atlases (one per page orientation),
    in the atlases' sort order."""

    def __init__(self, layouts: Sequence[QgsPrintLayout], wijk_layouts: Sequence[Sequence[QgsPrintLayout]] = ()):
        super().__init__()
        self._maps = list(zip(layouts, list(wijk_layouts) + [()] * (len(layouts) - len(wijk_layouts))))
        self._pages: List[tuple] = []  # (layout, atlas feature index or -1)
        self._index = -1

    def beginRender(self) -> bool:  # noqa: N802 (QGIS's name)
        self._index = -1
        self._pages = []
        for layout, wijk_layouts in self._maps:
            if has_atlas(layout):  # an atlas layout of its own (the buurtprofielen): each of its pages
                if layout.atlas().beginRender():
                    self._pages.extend((layout, feature) for feature in range(layout.atlas().count()))
                continue
            self._pages.append((layout, -1))
            pages = []
            for wijken in wijk_layouts:
                if wijken.atlas().enabled() and wijken.atlas().beginRender():
                    pages.extend(_atlas_pages(wijken, sort=len(wijk_layouts) > 1))
            self._pages.extend((wijken, feature) for _, wijken, feature in sorted(pages, key=lambda page: page[0]))
        return True

    def endRender(self) -> bool:  # noqa: N802
        for layout, wijk_layouts in self._maps:
            if has_atlas(layout):
                layout.atlas().endRender()
            for wijken in wijk_layouts:
                if wijken.atlas().enabled():
                    wijken.atlas().endRender()
        return True

    def count(self) -> int:
        return len(self._pages)

    def next(self) -> bool:
        self._index += 1
        if self._index >= len(self._pages):
            return False
        layout, feature = self._pages[self._index]
        moved = feature < 0 or layout.atlas().seekTo(feature)
        fit_scale_bar(layout)  # the atlas changed the map's scale: 1-2-5 scale bar steps for it
        return moved

    def filePath(self, base_file_path: str, extension: str) -> str:  # noqa: N802
        return base_file_path

    def layout(self):
        return self._pages[max(self._index, 0)][0] if self._pages else None


def has_atlas(layout) -> bool:
    """A layout whose own pages are an atlas (the buurtprofielen), not a map with per-wijk pages beside it."""
    return isinstance(layout, QgsPrintLayout) and layout.atlas().enabled()


def atlas_page_count(layout) -> int:
    """GUI thread: the pages of an atlas layout (1 for any other layout)."""
    return max(0, layout.atlas().updateFeatures()) if has_atlas(layout) else 1


def _atlas_pages(layout: QgsPrintLayout, sort: bool) -> List[tuple]:
    """[(sort key, layout, feature index)] of a rendering atlas; the key is its sort expression's value on each page
    when pages of several atlases are merged (else the page number)."""
    atlas = layout.atlas()
    pages = []
    for feature in range(atlas.count()):
        key: tuple = (feature,)
        if sort and atlas.seekTo(feature):
            value = QgsExpression(atlas.sortExpression()).evaluate(layout.createExpressionContext())
            key = ("" if value is None else str(value), feature)
        pages.append((key, layout, feature))
    return pages


def pdf_settings() -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = PDF_DPI
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.exportMetadata = True
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # text stays text: searchable, copyable
    return settings


class LayoutExport:
    """One export of print layouts. Made on the GUI thread, it takes copies of all the worker needs: the layouts as
    XML, a project of its own with copies of the layers they draw (`_ExportProject`) and the layers' legend
    snapshots. `run` (a worker thread, or the main thread in Processing) fills the copies, reads its own layouts,
    exports them and deletes the layouts; the copies are released on the GUI thread with this object. So the user
    may keep working, re-choose the municipality or close the project meanwhile: nobody else touches what the
    worker draws, and the export shows the maps as they were when it started."""

    def __init__(self, layouts: Sequence[QgsPrintLayout], options: ExportOptions):
        self.documents = [_as_xml(layout) for layout in layouts]
        wijk_layouts = [_wijk_layouts(layout, options) for layout in layouts]
        self.wijk_documents = [[_as_xml(wijken) for wijken in found] for found in wijk_layouts]
        self.names = [layout.name() for layout in layouts]
        every = list(layouts) + [wijken for found in wijk_layouts for wijken in found]
        self.map_layers = _map_layer_sets(every)  # map item uuid → (layer id, style), top first, as drawn now
        self.copies = _ExportProject(layouts[0].project() if layouts else None, _layers_of(every),
                                     {drawn for layers in self.map_layers.values() for drawn in layers if drawn[1]})
        self.snapshots = snapshot_layers(layouts)  # for the legends' classes (compositions/legend_content.py)
        self.options = options
        self.outcome = ExportOutcome()
        self._page_count = sum(atlas_page_count(layout) for layout in layouts)  # an atlas layout counts its pages
        self._steps = (self._page_count * int(options.pdf_per_map) + len(layouts) * int(options.png)
                       + (self._page_count if options.combined_pdf else 0)) or 1
        self._done_steps = 0

    # -- worker thread ------------------------------------------------------------------------------
    def run(self, feedback: QgsFeedback, progress: Callable[[float], None]) -> ExportOutcome:
        """Write the files; `feedback` cancels (the exporter checks it too), `progress` gets 0..100."""
        self._feedback, self._progress = feedback, progress
        folder = Path(self.options.folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log(f"export folder {folder}: {error}", Qgis.MessageLevel.Warning)
            self.outcome.failures.append(tr("the folder {0} cannot be written").format(folder))
            return self.outcome
        for name in self.copies.missing:  # e.g. its server did not answer now: the maps would lack it silently
            self.outcome.failures.append(tr("the layer “{0}” could not be loaded; the maps that show it lack it")
                                         .format(name))
        self.copies.fill(feedback)
        project = self.copies.project
        try:
            layouts = [self._layout(project, document) for document in self.documents]
            wijk_layouts = [[self._layout(project, document) for document in documents]
                            for documents in self.wijk_documents]
            for layout in layouts:
                fix_legends(layout, self.snapshots, feedback.isCanceled)
            self._export_all(folder, layouts, wijk_layouts)
        finally:
            layouts = wijk_layouts = None  # deleted here, in the thread that made them
        self.outcome.cancelled = feedback.isCanceled()
        return self.outcome

    def _layout(self, project: QgsProject, document: QDomDocument) -> QgsLayout:
        layout = _from_xml(project, document)
        for item in layout.items():  # every map draws the layers it drew when the export started, in that order
            if isinstance(item, QgsLayoutItemMap) and item.uuid() in self.map_layers:
                item.setLayers([layer for layer in (self.copies.layer(*drawn) for drawn in self.map_layers[item.uuid()])
                                if layer is not None])
                item.setKeepLayerSet(True)
        return layout

    def _export_all(self, folder: Path, layouts: List[QgsLayout], wijk_layouts: List[List[QgsLayout]]) -> None:
        for layout, wijken, name in zip(layouts, wijk_layouts, self.names):
            if has_atlas(layout):  # a PDF per page, no PNG
                if self.options.pdf_per_map and not self._page_pdfs(layout, folder, name):
                    return
                continue
            if self.options.pdf_per_map and not self._write(
                    folder / f"{file_stem(name)}.pdf", name,
                    lambda path, layout=layout, wijken=wijken: self._pdf(layout, path, wijken)):
                return
            if self.options.png and not self._write(folder / f"{file_stem(name)}.png", name,
                                                    lambda path, layout=layout: self._png(layout, path)):
                return
        if self.options.combined_pdf and layouts:
            self._write(folder / f"{file_stem(self.options.combined_name)}.pdf", self.options.combined_name,
                        lambda path: self._combined(path, layouts, wijk_layouts))

    def _write(self, final: Path, name: str, export: Callable[[Path], str]) -> bool:
        """Export to a temporary file, then rename; False when the export was cancelled."""
        if self._feedback.isCanceled():
            return False
        temporary = temporary_path(final)
        try:
            error = export(temporary)
            if self._feedback.isCanceled():
                return False
            if error:
                self.outcome.failures.append(tr("{0}: {1}").format(name, error))
                return True
            os.replace(temporary, final)
            self.outcome.files.append(str(final))
            return True
        except OSError as error:
            log(f"export of {final}: {error}", Qgis.MessageLevel.Warning)
            self.outcome.failures.append(tr("{0}: the file {1} could not be written").format(name, final))
            return True
        finally:
            if temporary.exists():
                temporary.unlink()

    def _step(self, count: int = 1) -> None:
        self._done_steps += count
        self._progress(100.0 * self._done_steps / self._steps)

    def _pdf(self, layout: QgsLayout, path: Path, wijken: Sequence[QgsLayout] = ()) -> str:
        if not wijken:
            result, error = QgsLayoutExporter(layout).exportToPdf(str(path), pdf_settings()), ""
        else:
            result, error = QgsLayoutExporter.exportToPdf(_Pages([layout], [wijken]), str(path), pdf_settings(),
                                                          self._feedback)
        self._step()
        if result == QgsLayoutExporter.ExportResult.Canceled:
            return ""
        return "" if result == QgsLayoutExporter.ExportResult.Success else (error or _result_text(result))

    def _page_pdfs(self, layout: QgsPrintLayout, folder: Path, name: str) -> bool:
        """One PDF per page of an atlas layout, named by its atlas's file name expression; False when cancelled."""
        atlas = layout.atlas()
        if not atlas.beginRender():
            self.outcome.failures.append(tr("{0}: {1}").format(name, tr("the export failed")))
            return True
        try:
            for feature in range(atlas.count()):
                if not atlas.seekTo(feature):
                    continue
                fit_scale_bar(layout)
                stem = file_stem(atlas.currentFilename() or f"{name}-{feature + 1}")
                if not self._write(folder / f"{stem}.pdf", stem, lambda path: self._pdf(layout, path)):
                    return False
        finally:
            atlas.endRender()
        return True

    def _png(self, layout: QgsLayout, path: Path) -> str:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = PNG_DPI
        settings.appendGeoreference = False  # GDAL cannot update a PNG in place; it only logged an error
        result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
        self._step()
        return "" if result == QgsLayoutExporter.ExportResult.Success else _result_text(result)

    def _combined(self, path: Path, layouts: List[QgsLayout], wijk_layouts: List[List[QgsLayout]]) -> str:
        pages = _Pages(layouts, wijk_layouts)
        done, share = self._done_steps, self._page_count

        def page_progress(percent: float) -> None:
            self._progress(100.0 * (done + percent / 100.0 * share) / self._steps)

        self._feedback.progressChanged.connect(page_progress)
        try:
            result, error = QgsLayoutExporter.exportToPdf(pages, str(path), pdf_settings(), self._feedback)
        finally:
            self._feedback.progressChanged.disconnect(page_progress)
        self._step(share)
        if result == QgsLayoutExporter.ExportResult.Canceled:
            return ""
        return "" if result == QgsLayoutExporter.ExportResult.Success else (error or _result_text(result))


class _ExportProject:
    """GUI thread: a project of the export's own, never shown, with a copy of each layer the layouts draw (same
    id, style, legend and properties) and the user's project's variables (@dego_gemeentecode in a label), CRS,
    title, ellipsoid and datum transformations. A vector layer's copy is a memory layer that the worker fills
    (`fill`) from a feature source taken now: the snapshot through which QGIS's own render jobs read a layer from
    another thread, with the features the layer had at the start, from its cache (nothing is downloaded again); a
    layer that reads a local copy is read from that file by the copy itself (`_reads_local_copy`).
    Raster and vector tile layers are read again from their definition (WMS/WMTS capabilities from QGIS's network
    cache: no request to the reference service, 4-20 ms each), with the layer's extent. Copies that cannot be
    loaded are left out (`missing`): a layout item showing an invalid layer is not safe to read. A layer some map
    draws in another style (`styled`: (layer id, style XML) pairs) has one more copy for each such style, styled
    here, under an id of its own."""

    def __init__(self, source: Optional[QgsProject], layers: Sequence[QgsMapLayer],
                 styled: Iterable[Tuple[str, str]] = ()):
        self.project = QgsProject()
        self.missing: List[str] = []
        self._fillings: List[tuple] = []  # (feature source, downloads in the background, the copy's provider)
        self._styled: Dict[Tuple[str, str], str] = {}  # (layer id, style XML) → id of the copy in that style
        if source is not None:
            self.project.setCrs(source.crs())
            self.project.setTitle(source.title())
            self.project.setEllipsoid(source.ellipsoid())
            self.project.setTransformContext(source.transformContext())
            QgsExpressionContextUtils.setProjectVariables(self.project, source.customVariables())
        for layer in layers:
            self._add(layer, layer.id())
        originals = {layer.id(): layer for layer in layers}
        for layer_id, style in sorted(styled):
            if layer_id in originals and self.project.mapLayer(layer_id) is not None:
                copy_id = f"{layer_id}_style_{len(self._styled) + 1}"
                if self._add(originals[layer_id], copy_id, style):
                    self._styled[(layer_id, style)] = copy_id

    def _add(self, layer: QgsMapLayer, copy_id: str, style: str = "") -> bool:
        copy = _copy_of(layer, copy_id)
        if copy is None or not copy.isValid():
            if layer.name() not in self.missing:
                self.missing.append(layer.name())
            return False
        if style:
            QgsMapLayerStyle(style).writeToLayer(copy)
        if isinstance(layer, QgsVectorLayer) and not _reads_local_copy(layer):
            self._fillings.append((QgsVectorLayerFeatureSource(layer), downloads_in_background(layer),
                                   copy.dataProvider()))
        self.project.addMapLayer(copy, False)
        return True

    def layer(self, layer_id: str, style: str = "") -> Optional[QgsMapLayer]:
        """The copy of a layer, in `style` when a map draws it in that style rather than its own."""
        return self.project.mapLayer(self._styled.get((layer_id, style), layer_id) if style else layer_id)

    def fill(self, feedback: QgsFeedback) -> None:
        """Worker: the vector copies get their features (nobody else sees the copies), a batch at a time."""
        for source, background, provider in self._fillings:
            if feedback.isCanceled():
                return
            with reading(source, QgsFeatureRequest(), background) as features:  # left early: the rest is read first
                batch = []
                for feature in features:
                    batch.append(feature)
                    if len(batch) == _FILL_BATCH:
                        provider.addFeatures(batch)
                        batch = []
                        if feedback.isCanceled():
                            return
                provider.addFeatures(batch)
            provider.updateExtents()


_FILL_BATCH = 10_000  # features added to a memory copy at a time (a list of all of them doubled the peak memory)
_LAYER_KINDS = {"vector": QgsVectorLayer, "raster": QgsRasterLayer, "vector-tile": QgsVectorTileLayer}


def _reads_local_copy(layer: QgsMapLayer) -> bool:
    """A layer that reads a local copy of a service layer (layers/local_copy.py), not being edited: the export's
    layer reads the same GeoPackage, as QGIS's render jobs read a file from another thread, instead of holding its
    features in memory (200,000 buildings: some 400 MB). A copy's file is only ever replaced whole, never changed."""
    return (isinstance(layer, QgsVectorLayer) and layer.providerType() == "ogr" and not layer.isEditable()
            and bool(layer.customProperty(COPY_PROPERTY, "")))


def _copy_of(layer: QgsMapLayer, copy_id: str) -> Optional[QgsMapLayer]:
    """GUI thread: the layer read from its own definition (a vector layer as an empty memory layer with its fields,
    geometry type and CRS, unless it reads a local copy) under the id `copy_id`, made from Python so that Python
    learns when it is deleted."""
    document = QDomDocument("qgis-layer-definition")
    element = document.createElement("maplayer")
    layer.writeLayerXml(element, document, QgsReadWriteContext())
    document.appendChild(element)
    _replace_text(element, "id", copy_id)
    if isinstance(layer, QgsVectorLayer) and not _reads_local_copy(layer):
        _as_memory_layer(layer, element, document)
    kind = _LAYER_KINDS.get(element.attribute("type"))
    if kind is None:
        return None
    copy = kind()
    copy.readLayerXml(element, QgsReadWriteContext())
    if not isinstance(layer, QgsVectorLayer):  # its extent, the municipality's (clip.limit_extent), is not in its XML:
        copy.setExtent(layer.extent())  # without it a WMTS copy fetches tiles for the whole map frame
    return copy


def _as_memory_layer(layer: QgsVectorLayer, element: QDomElement, document: QDomDocument) -> None:
    """A layer's definition turned into that of a memory layer with the same fields, geometry type and CRS. Its
    expression fields and joins go: their values come with the features."""
    uri = QgsMemoryProviderUtils.createMemoryLayer("copy", layer.fields(), layer.wkbType(), layer.crs()).source()
    for tag, text in (("datasource", uri), ("provider", "memory")):
        _replace_text(element, tag, text)
    for tag in ("expressionfields", "vectorjoins"):
        old = element.firstChildElement(tag)
        if not old.isNull():
            element.removeChild(old)


def _replace_text(element: QDomElement, tag: str, text: str) -> None:
    document = element.ownerDocument()
    replacement = document.createElement(tag)
    replacement.appendChild(document.createTextNode(text))
    element.replaceChild(replacement, element.firstChildElement(tag))


def _layers_of(layouts: Sequence[QgsLayout]) -> List[QgsMapLayer]:
    """Every layer the layouts draw: their maps' layers, atlas coverage layers and legend layers, once each."""
    found: Dict[str, QgsMapLayer] = {}
    for layout in layouts:
        candidates = []
        if isinstance(layout, QgsPrintLayout) and layout.atlas().enabled():
            candidates.append(layout.atlas().coverageLayer())
        for item in layout.items():
            if isinstance(item, QgsLayoutItemMap):
                candidates.extend(item.layersToRender())
            elif isinstance(item, QgsLayoutItemLegend):
                candidates.extend(node.layer() for node in item.model().rootGroup().findLayers())
        for layer in candidates:
            if layer is not None and layer.isValid():
                found.setdefault(layer.id(), layer)
    return list(found.values())


def _map_layer_sets(layouts: Sequence[QgsLayout]) -> Dict[str, List[Tuple[str, str]]]:
    """Map item uuid → the layers it draws now (its own set, its map theme or the project's), top first, each as
    (id, the style XML it is drawn in when that is not the layer's own, else "")."""
    sets = {}
    for layout in layouts:
        for item in layout.items():
            if isinstance(item, QgsLayoutItemMap):
                styles = _style_overrides(item)
                sets[item.uuid()] = [(layer.id(), styles.get(layer.id(), "")) for layer in item.layersToRender()]
    return sets


def _style_overrides(item: QgsLayoutItemMap) -> Dict[str, str]:
    """Layer id → the style a map draws that layer in instead of the layer's own: its map theme's (named by the
    map, or by its data-defined theme), else its locked styles; QGIS's own rule (private in QGIS 3.22)."""
    if item.followVisibilityPreset():
        theme, _ = item.dataDefinedProperties().valueAsString(
            QgsLayoutObject.DataDefinedProperty.MapStylePreset, item.createExpressionContext(),
            item.followVisibilityPresetName())
        themes = item.layout().project().mapThemeCollection()
        return dict(themes.mapThemeStyleOverrides(theme)) if themes.hasMapTheme(theme) else {}
    return dict(item.layerStyleOverrides()) if item.keepLayerStyles() else {}


def _as_xml(layout: QgsPrintLayout) -> QDomDocument:
    document = QDomDocument()
    document.appendChild(layout.writeLayoutXml(document, QgsReadWriteContext()))
    labels_as_tables(layout, document)  # no label for the worker to make: QGIS 3.22 logs a line for each
    _without_style_overrides(document)
    return document


def _without_style_overrides(document: QDomDocument) -> None:
    """The worker's maps follow no map theme and lock no styles: they draw copies already in those styles
    (`_ExportProject`), and their legends, linked to them, take no style either."""
    item = document.documentElement().firstChildElement("LayoutItem")
    while not item.isNull():
        if item.attribute("type") == _MAP_TYPE:
            item.setAttribute("followPreset", "false")
            item.removeChild(item.firstChildElement("LayerStyles"))  # QGIS reads its presence as "keep styles"
        item = item.nextSiblingElement("LayoutItem")


def _wijk_layouts(layout: QgsPrintLayout, options: ExportOptions) -> List[QgsPrintLayout]:
    """The layout's per-wijk atlas layouts (one per page orientation), when the options ask for wijk pages."""
    if not options.wijk_pages or not layout.project():
        return []
    found = [layout.project().layoutManager().layoutByName(name) for name in wijk_layout_names(layout)]
    return [wijken for wijken in found if isinstance(wijken, QgsPrintLayout)]


def _from_xml(project, document: QDomDocument) -> QgsLayout:
    """The worker's copy. A layout without an atlas is read as a plain QgsLayout: reading a print layout's atlas
    settings refreshes every item once more (half the reading time in QGIS 3.22), and the exporter needs no
    more than a QgsLayout. Its name, which only a print layout has, is kept as the @layout_name variable."""
    root = document.documentElement()
    atlas = root.firstChildElement("Atlas").attribute("enabled", "0") == "1"
    layout = QgsPrintLayout(project) if atlas else QgsLayout(project)
    layout.undoStack().blockCommands(True)  # an undo step per item read costs an XML copy of it; nobody undoes
    if atlas:
        layout.readLayoutXml(root, document, QgsReadWriteContext())
    else:
        layout.readXml(root, document, QgsReadWriteContext())
        QgsExpressionContextUtils.setLayoutVariable(layout, "layout_name", root.attribute("name"))
    return layout


def _result_text(result) -> str:
    if result == QgsLayoutExporter.ExportResult.FileError:
        return tr("the file could not be written")
    if result == QgsLayoutExporter.ExportResult.PrintError:
        return tr("the PDF could not be made")
    if result == QgsLayoutExporter.ExportResult.MemoryError:
        return tr("not enough memory for the export")
    return tr("the export failed")
