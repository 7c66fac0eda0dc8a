"""The "DEGO layers" dock: browse and search the catalogue, then ask for a layer to be added.

A thin face: it shows a Catalogue and emits `add_requested(entry)` / `refresh_requested()`. It never builds
URIs or layers, and does no network or disk work (the catalogue arrives through `set_catalogue`).
Catalogue text is untrusted: it is shown as plain text, or HTML-escaped where a widget needs rich text.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsApplication
from qgis.gui import QgsCustomDropHandler, QgsDockWidget, QgsFilterLineEdit
from qgis.PyQt.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..controllers.messages import level_name, problem_text, service_name
from ..i18n import tr
from ..layers.code_spelling import CATALOGUE, FOUND, entry_code_format
from ..model.catalogue import Catalogue, LayerEntry, source_without_label
from ..model.municipality import format_code
from ..toolbelt.outside_text import html_text
from .buttons import close_buttons
from .catalogue_model import PROVIDER_KEY, CatalogueFilter, CatalogueModel

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DegoDropHandler(QgsCustomDropHandler):
    """Receives dock entries dropped on the map canvas or the layer tree.

    A dragged leaf carries a QgsMimeDataUtils.Uri with layerType "custom" and providerKey "dego". The canvas
    does not claim it (handleCustomUriCanvasDrop is not overridden), so the drop reaches QGIS's main window,
    which hands every "custom" URI to the registered handler whose customUriProviderKey() equals the
    providerKey. Register with `iface.registerCustomDropHandler(handler)` and keep a reference.
    """

    def __init__(self, add_layer: Callable[[str], None]):
        super().__init__()  # takes no parent on QGIS 3.22
        self._add_layer = add_layer

    def customUriProviderKey(self) -> str:  # noqa: N802 (QGIS's name)
        return PROVIDER_KEY

    def handleCustomUriDrop(self, uri) -> None:  # noqa: N802 (QGIS's name)
        self._add_layer(uri.uri)


class _SafeTextBrowser(QTextBrowser):
    """Never fetches anything an HTML fragment might name (defence in depth: all values are escaped)."""

    def loadResource(self, kind, url):  # noqa: N802 (Qt's name)
        return None


class _LayerTree(QTreeView):
    enter_pressed = pyqtSignal()

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        # handled here, not via `activated`, which some styles also fire on a single click
        if event.key() in _ENTER_KEYS:
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _SearchField(QgsFilterLineEdit):
    down_pressed = pyqtSignal()
    enter_pressed = pyqtSignal()

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if event.key() in _ENTER_KEYS:
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)


class CatalogueDock(QgsDockWidget):
    add_requested = pyqtSignal(object)  # LayerEntry
    refresh_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DegoCatalogueDock")
        self.setWindowTitle(tr("DEGO layers"))
        self._collapsed = set()  # theme titles the user collapsed, restored when a search is cleared
        self._auto_expanding = False  # expansion changes we make are not the user's choice
        self._shown_id: Optional[str] = None  # entry in the info pane, to skip needless redraws
        self._problems = ()
        self._problems_dialog: Optional[QDialog] = None
        self._problems_text: Optional[QPlainTextEdit] = None

        self._make_search()
        self._make_tree()
        self._make_info()
        self._make_status()
        self._lay_out()
        self._connect()

    # --- parts --------------------------------------------------------------------------------------

    def _make_search(self) -> None:
        self.search = _SearchField()
        self.search.setShowSearchIcon(True)
        self.search.setPlaceholderText(tr("Search layers…"))
        self.search.setToolTip(tr("Words to look for in titles, descriptions and keywords"))
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.refresh_button.setToolTip(tr("Refresh the catalogue"))  # the messages say "press Refresh"
        self.refresh_button.setAutoRaise(True)

    def _make_tree(self) -> None:
        self.model = CatalogueModel(self)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = _LayerTree()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)  # lets the view lay out 1,000 rows without measuring each
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setIconSize(QSize(16, 16))

    def _make_info(self) -> None:
        self.info = _SafeTextBrowser()
        self.info.setOpenLinks(False)
        self.info.setOpenExternalLinks(False)
        self.info.setFrameShape(QFrame.Shape.NoFrame)
        self.info.setPlaceholderText(tr("Select a layer to read about it."))

    def _make_status(self) -> None:
        """The status line, the Add button, the skipped-entries row and the busy bar."""
        self.add_button = QPushButton(QgsApplication.getThemeIcon("/mActionAdd.svg"), tr("Add"))
        self.add_button.setToolTip(tr("Add the selected layer to the map (or double-click it, or drag it)"))
        self.add_button.setEnabled(False)
        self.status_label = QLabel(tr("Loading catalogue…"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # the caller's text, shown as is
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # rich text, but built only from our own strings and a number; opens the plain-text problem list
        self.problems_label = QLabel()
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.problems_label.setWordWrap(True)
        warning_icon = QLabel()
        warning_icon.setPixmap(QgsApplication.getThemeIcon("/mIconWarning.svg").pixmap(16, 16))
        self.problems_row = QWidget()
        row = QHBoxLayout(self.problems_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(warning_icon)
        row.addWidget(self.problems_label, 1)
        self.problems_row.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known end: an indeterminate "working" bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.info)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 180])  # room for a short abstract and the five facts below it
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout()
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.problems_row)
        body = QWidget()
        body.setLayout(layout)
        self.setWidget(body)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search)
        self.search.down_pressed.connect(self._focus_first_leaf)
        self.search.enter_pressed.connect(self._enter_in_search)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.enter_pressed.connect(self._add_selected)
        self.tree.expanded.connect(lambda index: self._remember(index, expanded=True))
        self.tree.collapsed.connect(lambda index: self._remember(index, expanded=False))
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self._add_selected)
        self.problems_label.linkActivated.connect(self.show_problems)

    # --- API for the plugin -------------------------------------------------------------------------

    def set_catalogue(self, catalogue: Catalogue, status: str) -> None:
        """Show `catalogue`; `status` is a one-line plain text such as "Live catalogue, 2026-11-24".
        The search text stays, and so does the selected entry when the new catalogue still holds it."""
        keep = self.selected_entry()
        self.model.set_catalogue(catalogue)
        self._apply_expansion()
        if keep is not None:
            self._select(keep.id)
        self._show_placeholder()
        self._selection_changed()
        self.status_label.setText(status)
        self._problems = catalogue.problems
        if self._problems:
            count = tr("Layers skipped: {count}").format(count=len(self._problems))
            link = f'<a href="#problems">{html_text(tr("Details…"))}</a>'
            self.problems_label.setText(f"{html_text(count)} &nbsp;{link}")
            self.problems_label.setToolTip(tr("Catalogue entries that could not be read"))
        self.problems_row.setVisible(bool(self._problems))

    def set_status(self, status: str) -> None:
        """A new status line for the catalogue already shown (e.g. the live one turned out unchanged)."""
        self.status_label.setText(status)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    def selected_entry(self) -> Optional[LayerEntry]:
        index = self.tree.selectionModel().currentIndex()
        if not self.tree.selectionModel().isSelected(index):
            return None
        return self.model.entry(self.proxy.mapToSource(index))

    def show_problems(self, _link: str = "") -> None:
        """A plain-text list of the skipped entries and why (catalogue text never becomes markup)."""
        if self._problems_dialog is None:
            dialog = QDialog(self)
            dialog.setWindowTitle(tr("Skipped catalogue entries"))
            text = QPlainTextEdit(dialog)
            text.setReadOnly(True)
            text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            buttons = close_buttons(dialog)
            buttons.rejected.connect(dialog.reject)
            layout = QVBoxLayout(dialog)
            layout.addWidget(QLabel(tr("These entries were skipped; the other layers are available.")))
            layout.addWidget(text)
            layout.addWidget(buttons)
            dialog.resize(560, 320)
            self._problems_dialog, self._problems_text = dialog, text
        self._problems_text.setPlainText("\n".join(problem_text(p) for p in self._problems))
        self._problems_dialog.show()
        self._problems_dialog.raise_()

    # --- behaviour ----------------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._apply_expansion()
        self._show_placeholder()
        self._selection_changed()

    def _show_placeholder(self) -> None:
        nothing = self.proxy.is_filtering() and self.proxy.rowCount() == 0
        self.info.setPlaceholderText(tr("No layer matches the search.") if nothing
                                     else tr("Select a layer to read about it."))

    def _apply_expansion(self) -> None:
        """Searching shows every match; otherwise the user's own collapsed branches stay collapsed."""
        self._auto_expanding = True
        self.tree.expandAll()
        if not self.proxy.is_filtering():
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data() in self._collapsed:
                    self.tree.collapse(index)
        self._auto_expanding = False

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        if self._auto_expanding or self.proxy.is_filtering() or index.parent().isValid():
            return
        (self._collapsed.discard if expanded else self._collapsed.add)(index.data())

    def _select(self, layer_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            branch = self.proxy.index(row, 0)
            for leaf_row in range(self.proxy.rowCount(branch)):
                leaf = self.proxy.index(leaf_row, 0, branch)
                if self.model.entry(self.proxy.mapToSource(leaf)).id == layer_id:
                    self.tree.setCurrentIndex(leaf)
                    self.tree.scrollTo(leaf)
                    return True
        return False

    def _focus_first_leaf(self) -> None:
        self.tree.setFocus()
        if self.selected_entry() is None and self.proxy.rowCount():
            first = self.proxy.index(0, 0, self.proxy.index(0, 0))
            self.tree.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _enter_in_search(self) -> None:
        """Enter adds the selected layer; with none selected it first picks the top match (no surprise adds)."""
        if self.selected_entry() is None:
            self._focus_first_leaf()
        else:
            self._add_selected()

    def _double_clicked(self, index: QModelIndex) -> None:
        entry = self.model.entry(self.proxy.mapToSource(index))
        if entry is not None:
            self.add_requested.emit(entry)

    def _add_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.add_requested.emit(entry)

    def _selection_changed(self, *_args) -> None:
        entry = self.selected_entry()
        self.add_button.setEnabled(entry is not None)
        shown_id = entry.id if entry is not None else None
        if shown_id != self._shown_id:
            self._shown_id = shown_id
            self.info.setHtml(info_html(entry) if entry is not None else "")


def info_html(entry: LayerEntry) -> str:
    """Description of an entry; every catalogue value is escaped, so markup in it shows literally."""
    rows = [
        (tr("Source"), source_without_label(entry.source)),  # "Bron: BAG" under "Bron": "BAG"
        (tr("Licence"), entry.licence),
        (tr("Data date"), entry.data_date),
        (tr("Level"), level_name(entry.level) if entry.level else ""),
        (tr("Service"), service_name(entry.service.type)),
        (tr("Municipality code"), _code_spelling(entry)),
    ]
    table = "".join(
        f'<tr><td style="color:gray; padding-right:8px">{html_text(label)}</td><td>{html_text(value)}</td></tr>'
        for label, value in rows if value
    )
    abstract = html_text(entry.abstract).replace("\n", "<br>")
    paragraph = '<p style="margin:0 0 6px 0">{}</p>'
    # the short facts first, so a long abstract never pushes them out of sight
    return (paragraph.format(f"<b>{html_text(entry.title)}</b>")
            + f'<table cellspacing="0" cellpadding="1" style="margin-bottom:6px">{table}</table>'
            + (paragraph.format(abstract) if abstract else ""))


def _code_spelling(entry: LayerEntry) -> str:
    """The attribute an entry is clipped on and how its service spells codes ('' when not clipped by attribute)."""
    if not entry.municipality_attribute or not entry.service.type.is_vector:
        return ""
    spelling, origin = entry_code_format(entry)
    example = format_code("GM0344", spelling)  # Utrecht, as the picker's tooltip spells it
    if origin == FOUND:
        return tr("{0}, spelled like {1} (found on the server)").format(entry.municipality_attribute, example)
    if origin == CATALOGUE:
        return tr("{0}, spelled like {1} (catalogue)").format(entry.municipality_attribute, example)
    return tr("{0}, spelled like {1} until the server shows otherwise").format(entry.municipality_attribute, example)
