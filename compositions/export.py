"""Exporting the plugin's print layouts to PDF (one per map and/or one combined) and PNG, in a QgsTask.

Threading: QGIS's own "Export print layout" algorithm runs on the main thread ("layouts are not thread
safe"): a layout is a QGraphicsScene the designer may be editing. So the task never touches the project's
layouts: on the GUI thread `ExportTask` writes each layout to XML, and the worker reads them into layouts of its
own (created in, owned by and deleted in the worker thread, so no QObject crosses threads), which nobody else
can see or edit. QgsLayoutExporter paints them synchronously into a QPdfWriter/QImage, which Qt allows off
the GUI thread. The map layers are read by the worker's render job the way QGIS's own render threads read
them; the layers are the plugin's print layers (compositions/print_layers.py), which the user does not edit.
The copies' legends get their classes from compositions/legend_content.py instead of QGIS's filter-by-map hit
test, which a fresh copy would otherwise run on every export.

No half-written file is ever left behind: each file is written to a hidden temporary name in the target folder
and renamed when complete; on cancel or failure the temporary file is deleted.
"""
from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional, Sequence

from qgis.core import (
    Qgis,
    QgsAbstractLayoutIterator,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFeedback,
    QgsLayout,
    QgsLayoutExporter,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsTask,
)
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import tr
from ..toolbelt.log import never_raises
from ..toolbelt.tasks import keep_alive, let_go
from .legend_content import fix_legends, snapshot_layers
from .scale_bar import fit_scale_bar
from .wijk_pages import wijk_layout_names

PDF_DPI = 300  # raster parts (WMS images, transparency) at print quality
PNG_DPI = 150


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


class ExportTask(QgsTask):
    """Exports clones of `layouts` (taken now, on the GUI thread). `on_done(outcome)` runs on the GUI thread."""

    def __init__(self, description: str, layouts: Sequence[QgsPrintLayout], options: ExportOptions,
                 on_done: Optional[Callable[[ExportOutcome], None]] = None):
        super().__init__(description, QgsTask.Flag.CanCancel)
        keep_alive(self)
        self.project = layouts[0].project() if layouts else None
        self.documents = [_as_xml(layout) for layout in layouts]
        self.wijk_documents = [_wijk_documents(layout, options) for layout in layouts]
        self.names = [layout.name() for layout in layouts]
        self.snapshots = snapshot_layers(layouts)  # for the legends' classes (compositions/legend_content.py)
        self.options = options
        self.outcome = ExportOutcome()
        self._on_done = on_done
        self._feedback = QgsFeedback()
        self._page_count = sum(atlas_page_count(layout) for layout in layouts)  # an atlas layout counts its pages
        self._steps = (self._page_count * int(options.pdf_per_map) + len(layouts) * int(options.png)
                       + (self._page_count if options.combined_pdf else 0)) or 1
        self._done_steps = 0

    def cancel(self) -> None:
        self._feedback.cancel()
        super().cancel()

    # -- worker thread ------------------------------------------------------------------------------
    def run(self) -> bool:
        folder = Path(self.options.folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.outcome.failures.append(tr("the folder {0} cannot be written: {1}").format(folder, error))
            return False
        self.layouts = [_from_xml(self.project, document) for document in self.documents]
        self.wijk_layouts = [[_from_xml(self.project, document) for document in documents]
                             for documents in self.wijk_documents]
        for layout in self.layouts:
            fix_legends(layout, self.snapshots, self.isCanceled)
        try:
            return self._export_all(folder)
        finally:
            self.layouts, self.wijk_layouts = [], []  # deleted here, in the thread that made them

    def _export_all(self, folder: Path) -> bool:
        for layout, wijken, name in zip(self.layouts, self.wijk_layouts, self.names):
            if has_atlas(layout):  # a PDF per page, no PNG
                if self.options.pdf_per_map and not self._page_pdfs(layout, folder, name):
                    break
                continue
            if self.options.pdf_per_map and not self._write(
                    folder / f"{file_stem(name)}.pdf", name,
                    lambda path, layout=layout, wijken=wijken: self._pdf(layout, path, wijken)):
                break
            if self.options.png and not self._write(folder / f"{file_stem(name)}.png", name,
                                                    lambda path, layout=layout: self._png(layout, path)):
                break
        if self.options.combined_pdf and not self.isCanceled() and self.layouts:
            self._write(folder / f"{file_stem(self.options.combined_name)}.pdf", self.options.combined_name,
                        self._combined)
        self.outcome.cancelled = self.isCanceled()
        return not self.outcome.cancelled and not self.outcome.failures

    def _write(self, final: Path, name: str, export: Callable[[Path], str]) -> bool:
        """Export to a temporary file, then rename; False when the task was cancelled."""
        if self.isCanceled():
            return False
        temporary = temporary_path(final)
        try:
            error = export(temporary)
            if self.isCanceled():
                return False
            if error:
                self.outcome.failures.append(tr("{0}: {1}").format(name, error))
                return True
            os.replace(temporary, final)
            self.outcome.files.append(str(final))
            return True
        except OSError as error:
            self.outcome.failures.append(tr("{0}: {1}").format(name, error))
            return True
        finally:
            if temporary.exists():
                temporary.unlink()

    def _step(self, count: int = 1) -> None:
        self._done_steps += count
        self.setProgress(100.0 * self._done_steps / self._steps)

    def _pdf(self, layout: QgsPrintLayout, path: Path, wijken: Sequence[QgsPrintLayout] = ()) -> str:
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

    def _png(self, layout: QgsPrintLayout, path: Path) -> str:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = PNG_DPI
        settings.appendGeoreference = False  # GDAL cannot update a PNG in place; it only logged an error
        result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
        self._step()
        return "" if result == QgsLayoutExporter.ExportResult.Success else _result_text(result)

    def _combined(self, path: Path) -> str:
        pages = _Pages(self.layouts, self.wijk_layouts)
        self._feedback.progressChanged.connect(lambda percent: self.setProgress(
            100.0 * (self._done_steps + percent / 100.0 * self._page_count) / self._steps))
        result, error = QgsLayoutExporter.exportToPdf(pages, str(path), pdf_settings(), self._feedback)
        self._step(self._page_count)
        if result == QgsLayoutExporter.ExportResult.Canceled:
            return ""
        return "" if result == QgsLayoutExporter.ExportResult.Success else (error or _result_text(result))

    # -- GUI thread ---------------------------------------------------------------------------------
    def finished(self, result: bool) -> None:
        let_go(self)
        self.snapshots = {}
        self.outcome.cancelled = self.outcome.cancelled or self.isCanceled()
        if self._on_done is not None:
            never_raises(self._on_done)(self.outcome)


def _as_xml(layout: QgsPrintLayout) -> QDomDocument:
    document = QDomDocument()
    document.appendChild(layout.writeLayoutXml(document, QgsReadWriteContext()))
    return document


def _wijk_documents(layout: QgsPrintLayout, options: ExportOptions) -> List[QDomDocument]:
    """The XML of the layout's per-wijk atlas layouts, when the options ask for wijk pages."""
    if not options.wijk_pages or not layout.project():
        return []
    found = [layout.project().layoutManager().layoutByName(name) for name in wijk_layout_names(layout)]
    return [_as_xml(wijken) for wijken in found if isinstance(wijken, QgsPrintLayout)]


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
