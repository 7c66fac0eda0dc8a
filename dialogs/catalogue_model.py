"""Item model and search filter behind the "DEGO layers" dock.

Speed comes from keeping Python out of the per-row work: each leaf stores its folded search text in
SEARCH_ROLE, and the stock QSortFilterProxyModel matches it with one anchored regular expression per
keystroke, in C++. Neither class overrides data() or filterAcceptsRow().
"""
from __future__ import annotations

import html
import os
from functools import lru_cache
from typing import Dict, Iterable, List, Optional

from qgis.core import QgsMimeDataUtils
from qgis.PyQt.QtCore import QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel

from ..i18n import tr
from ..model.catalogue import Catalogue, LayerEntry, fold

PROVIDER_KEY = "dego"  # QgsMimeDataUtils.Uri.providerKey of a dragged entry; DegoDropHandler answers to it
URI_MIME_TYPE = "application/x-vnd.qgis.qgis.uri"  # what QgsMimeDataUtils.encodeUriList produces

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # folded theme title + title + abstract + keywords
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # LayerEntry.id on leaves; theme branches hold None

_ICON_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons")
_ICON_FILES = {"wms": "layer-raster.svg", "wmts": "layer-raster.svg", "wfs": "layer-vector.svg",
               "oapif": "layer-vector.svg", "vectortile": "layer-vectortile.svg"}
_icons: Dict[str, QIcon] = {}


def service_icon(service_type: str) -> QIcon:
    """Icon for a service type (cached: one QIcon per file, shared by all leaves)."""
    name = _ICON_FILES.get(service_type, "layer-vector.svg")
    if name not in _icons:
        _icons[name] = QIcon(os.path.join(_ICON_DIR, name))
    return _icons[name]


def service_name(service_type: str) -> str:
    """Human name of a service type."""
    names = {"wms": tr("WMS"), "wmts": tr("WMTS"), "wfs": tr("WFS"), "oapif": tr("OGC API Features"),
             "vectortile": tr("Vector tiles")}
    return names.get(service_type, service_type)


def level_name(level: str) -> str:
    """Human name of a catalogue level; unknown levels are shown as written."""
    names = {"pand": tr("Building"), "pc6": tr("Postcode (6 positions)"), "pc4": tr("Postcode (4 digits)"),
             "buurt": tr("Neighbourhood"), "wijk": tr("District"), "gemeente": tr("Municipality"),
             "provincie": tr("Province"), "land": tr("Country"), "raster": tr("Grid"), "lijn": tr("Line"),
             "punt": tr("Point")}
    return names.get(level, level)


def search_fold(text: str) -> str:
    """`fold`, with whitespace collapsed to single spaces (`.` in the pattern must not meet a newline).

    Fast path, same result: for ASCII NFKD changes nothing and casefold equals lower, so only words with
    other characters go through `fold` (cached: catalogue text repeats its words). This keeps filling
    1,000 entries well inside the time budget.
    """
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join(word.lower() if word.isascii() else _fold_word(word) for word in text.split())


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    return " ".join(fold(word).split())


def filter_expression(text: str) -> QRegularExpression:
    """One regular expression that matches when every typed word occurs somewhere (any order).

    Anchored at the start so a failed match is not retried from every position of the text.
    """
    words = search_fold(text).split()
    if not words:
        return QRegularExpression("")
    return QRegularExpression("^" + "".join(f"(?=.*{QRegularExpression.escape(w)})" for w in words))


def tooltip_html(entry: LayerEntry) -> str:
    """Title (a long one is elided in the tree) and abstract. Qt guesses whether a tooltip is rich text:
    escaping and wrapping makes untrusted text show literally, and lets long abstracts wrap."""
    abstract = f"<br>{html.escape(entry.abstract)}" if entry.abstract else ""
    return f"<p><b>{html.escape(entry.title)}</b>{abstract}</p>"


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
            branch.appendRows(list(self._leaves(search_fold(theme.title), entries)))
            branches.append(branch)
        # one insertion, so the proxy and the view see one signal, not one per row
        self.invisibleRootItem().appendRows(branches)

    def _leaves(self, theme_text: str, entries: Iterable[LayerEntry]):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        for entry in entries:
            item = QStandardItem(service_icon(entry.service.type), entry.title)
            item.setFlags(flags)
            # the theme title is part of each leaf's text: typing a theme's name shows its layers
            item.setData(theme_text + " " + search_fold(" ".join((entry.title, entry.abstract, *entry.keywords))),
                         SEARCH_ROLE)
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
