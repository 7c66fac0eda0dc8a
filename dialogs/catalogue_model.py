"""Item model and search filter behind the "DEGO layers" dock.

Speed comes from keeping Python out of the per-row work: each leaf stores its folded search text in
SEARCH_ROLE, and the stock QSortFilterProxyModel matches it with one anchored regular expression per
keystroke, in C++. Neither class overrides data() or filterAcceptsRow().
"""
from __future__ import annotations

from typing import Dict, Iterable, List, Optional

from qgis.core import QgsMimeDataUtils
from qgis.PyQt.QtCore import QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QFont, QStandardItem, QStandardItemModel

from ..model.catalogue import Catalogue, LayerEntry
from ..model.search import query_words
from ..toolbelt.outside_text import html_text
from ..toolbelt.resources import service_icon

PROVIDER_KEY = "dego"  # QgsMimeDataUtils.Uri.providerKey of a dragged entry; DegoDropHandler answers to it
URI_MIME_TYPE = "application/x-vnd.qgis.qgis.uri"  # what QgsMimeDataUtils.encodeUriList produces

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # Catalogue.search_texts: theme title + title + abstract + keywords
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # LayerEntry.id on leaves; theme branches hold None


def filter_expression(text: str) -> QRegularExpression:
    """One regular expression that matches when every word of the query occurs somewhere (any order): the
    rule of model/search.py, run by Qt in C++.

    Anchored at the start so a failed match is not retried from every position of the text.
    """
    words = query_words(text)
    if not words:
        return QRegularExpression("")
    return QRegularExpression("^" + "".join(f"(?=.*{QRegularExpression.escape(w)})" for w in words))


def tooltip_html(entry: LayerEntry) -> str:
    """Title (a long one is elided in the tree) and abstract. Qt guesses whether a tooltip is rich text:
    escaping and wrapping makes untrusted text show literally, and lets long abstracts wrap."""
    abstract = f"<br>{html_text(entry.abstract)}" if entry.abstract else ""
    return f"<p><b>{html_text(entry.title)}</b>{abstract}</p>"


class CatalogueModel(QStandardItemModel):
    """Themes as branches, layer entries as draggable leaves."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: Dict[str, LayerEntry] = {}

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.clear()
        self._entries = {e.id: e for e in catalogue.layers}
        by_theme: Dict[str, List[LayerEntry]] = {}
        for entry in catalogue.layers:
            by_theme.setdefault(entry.theme, []).append(entry)
        bold = QFont()
        bold.setBold(True)
        branches = []
        for theme in catalogue.themes:
            entries = by_theme.get(theme.id)
            if not entries:  # an empty branch is noise
                continue
            branch = QStandardItem(theme.title)
            branch.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            branch.setFont(bold)
            branch.setData("", SEARCH_ROLE)  # a branch shows through its leaves, never on its own
            branch.appendRows(list(self._leaves(catalogue.search_texts, entries)))
            branches.append(branch)
        # one insertion, so the proxy and the view see one signal, not one per row
        self.invisibleRootItem().appendRows(branches)

    def _leaves(self, search_texts: Dict[str, str], entries: Iterable[LayerEntry]):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        for entry in entries:
            item = QStandardItem(service_icon(entry.service.type), entry.title)
            item.setFlags(flags)
            item.setData(search_texts[entry.id], SEARCH_ROLE)  # typing a theme's name shows its layers too
            item.setData(entry.id, ID_ROLE)
            item.setToolTip(tooltip_html(entry))
            yield item

    def entry(self, index: QModelIndex) -> Optional[LayerEntry]:
        """The entry of a leaf index of this model (None for a branch or an invalid index)."""
        return self._entries.get(index.data(ID_ROLE)) if index.isValid() else None

    def mimeTypes(self):  # noqa: N802 (Qt's name)
        return [URI_MIME_TYPE]

    def mimeData(self, indexes):  # noqa: N802 (Qt's name)
        """A QGIS URI list of "custom" URIs: QGIS hands each to the drop handler registered for "dego"."""
        uris = []
        for index in indexes:
            entry = self.entry(index)
            if entry is not None:
                uri = QgsMimeDataUtils.Uri()
                uri.layerType = "custom"
                uri.providerKey = PROVIDER_KEY
                uri.uri = entry.id
                uri.name = entry.title
                uris.append(uri)
        return QgsMimeDataUtils.encodeUriList(uris) if uris else None

    def supportedDragActions(self):  # noqa: N802 (Qt's name)
        return Qt.DropAction.CopyAction


class CatalogueFilter(QSortFilterProxyModel):
    """Matches SEARCH_ROLE against `filter_expression`; a branch stays when any of its leaves matches."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)  # catalogue order is the order; nothing to re-sort on change
        self._text = ""

    def set_search_text(self, text: str) -> None:
        self._text = text
        self.setFilterRegularExpression(filter_expression(text))

    def is_filtering(self) -> bool:
        return bool(self._text.split())
