"""The "DEGO" page under Settings ▸ Options: the plugin's settings, read and written through service/settings.

Register `DegoOptionsFactory` with `iface.registerOptionsWidgetFactory` (and unregister it on unload); QGIS
creates a `DegoSettingsPage` each time the Options dialog opens and calls `apply()` when the user presses OK.
An address that is not a usable URL is not saved: the page says why while typing, and `apply` reports it.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import Qgis
from qgis.gui import QgsColorButton, QgsFileWidget, QgsOpacityWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr, trn
from ..model.buurtprofiel import MIN_THRESHOLD
from ..model.catalogue import check_url
from ..service import cache, settings
from ..toolbelt.outside_text import rich_text
from ..toolbelt.resources import icon
from ..toolbelt.tasks import Outcome, TaskOwner
from .paper import paper_boxes

LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
MAP_LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))  # each in its own language: not translated
Notify = Callable[[object, str], None]  # (Qgis.MessageLevel, text)


def url_problem(url: str) -> str:
    """Why `url` cannot be used as a service address (translated), or '' when it can (empty = default)."""
    if not url.strip():
        return ""
    reason = check_url(url.strip())
    if reason is None:
        return ""
    reasons = {
        "is not a valid URL": tr("This is not a valid web address."),
        "has no host": tr("The address has no server name."),
        "must be absolute (http:// or https://)": tr("The address must start with http:// or https://."),
        "must start with http:// or https://": tr("The address must start with http:// or https://."),
    }
    return reasons.get(reason, tr("The address must not contain a user name or password; use a QGIS "
                                  "authentication configuration."))


class DegoSettingsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None, notify: Optional[Notify] = None,
                 on_applied: Optional[Callable[[bool], None]] = None):
        super().__init__(parent)
        self.setObjectName("DegoSettingsPage")
        self._notify = notify
        self._on_applied = on_applied  # called with True when the catalogue address or allowed hosts changed
        self._tasks = TaskOwner()  # clearing the cache; its outcome is dropped when the Options dialog closes
        self.destroyed.connect(self._tasks.close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, content in ((tr("Services"), self._services()), (tr("Maps and print layouts"), self._maps()),
                               (tr("Cache and log"), self._cache())):
            group = QGroupBox(title)
            group.setLayout(content)
            layout.addWidget(group)
        layout.addStretch(1)

        self.load()
        self._connect()

    def _connect(self) -> None:
        self.catalogue_url.textChanged.connect(
            lambda text: self._show_problem(self.catalogue_url_problem, url_problem(text)))
        self.boundary_url.textChanged.connect(
            lambda text: self._show_problem(self.boundary_url_problem, url_problem(text)))
        self.logo.fileChanged.connect(lambda path: self._show_problem(self.logo_problem, logo_problem(path)))
        self.clear_cache_button.clicked.connect(self.clear_cache)

    # -- parts --------------------------------------------------------------------------------------
    def _services(self) -> QFormLayout:
        self.catalogue_url = QLineEdit()
        self.catalogue_url.setPlaceholderText(settings.DEFAULT_CATALOGUE_URL)
        self.catalogue_url.setToolTip(tr("Address of the DEGO catalogue, or of a published QGIS project (.qgs, .qgz); "
                                         "leave empty for the central DEGO catalogue, else DEGO's published QGIS "
                                         "project"))
        self.catalogue_url_problem = self._problem_label()
        self.boundary_url = QLineEdit()
        self.boundary_url.setPlaceholderText(tr("From the catalogue (PDOK by default)"))
        self.boundary_url.setToolTip(
            tr("WFS or OGC API Features service with municipal boundaries; leave empty to use the catalogue's"))
        self.boundary_url_problem = self._problem_label()
        self.allowed_hosts = QLineEdit()
        self.allowed_hosts.setPlaceholderText(tr("None: only the DEGO, PDOK and CBS servers"))
        self.allowed_hosts.setToolTip(rich_text(
            tr("More server names the catalogue's layers, styles and boundaries may come from, separated by spaces "
               "or commas. Always allowed: {0}").format(", ".join(settings.DEFAULT_ALLOWED_HOSTS))))
        services = QFormLayout()
        services.addRow(tr("Catalogue address"), self.catalogue_url)
        services.addRow("", self.catalogue_url_problem)
        services.addRow(tr("Boundary service"), self.boundary_url)
        services.addRow("", self.boundary_url_problem)
        services.addRow(tr("Also allowed servers"), self.allowed_hosts)
        return services

    def _maps(self) -> QFormLayout:
        self.mask_colour = QgsColorButton()
        self.mask_colour.setAllowOpacity(False)  # the opacity has its own control
        self.mask_colour.setColorDialogTitle(tr("Colour outside the municipality"))
        self.mask_colour.setDefaultColor(QColor(settings.DEFAULT_MASK_COLOUR))
        self.mask_colour.setShowNull(False)
        self.mask_opacity = QgsOpacityWidget()

        self.paper_size, self.paper_orientation = paper_boxes()
        self.logo = QgsFileWidget()
        self.logo.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.logo.setDialogTitle(tr("Logo for DEGO maps"))
        self.logo.setFilter(tr("Images") + " (*.png *.jpg *.jpeg *.svg)")
        self.logo_problem = self._problem_label()
        maps = QFormLayout()
        maps.addRow(tr("Colour outside the municipality"), self.mask_colour)
        maps.addRow(tr("Opacity outside the municipality"), self.mask_opacity)
        paper = QHBoxLayout()
        paper.addWidget(self.paper_size)
        paper.addWidget(self.paper_orientation)
        paper.addStretch(1)
        maps.addRow(tr("Default paper"), paper)
        self.map_language = QComboBox()
        self.map_language.addItem(tr("As the catalogue"), "")
        for language, name in MAP_LANGUAGE_NAMES:
            self.map_language.addItem(name, language)
        self.map_language.setToolTip(tr("The language of the plugin's own texts on maps (legend, dates, sources, "
                                        "the buurtprofielen' tables): the catalogue's (Dutch for DEGO), whatever "
                                        "language QGIS speaks, or the one chosen here. Titles and layer names are "
                                        "printed as the catalogue gives them."))
        maps.addRow(tr("Map language"), self.map_language)
        maps.addRow(tr("Logo"), self.logo)
        maps.addRow("", self.logo_problem)
        self.privacy_threshold = QSpinBox()
        self.privacy_threshold.setRange(MIN_THRESHOLD, 1000)
        self.privacy_threshold.setToolTip(tr("Buurtprofielen show a figure only when it rests on at least this many "
                                             "buildings, dwellings or households (never fewer than {0}; CBS's own "
                                             "floors apply above it)").format(MIN_THRESHOLD))
        maps.addRow(tr("Buurtprofielen: privacy threshold"), self.privacy_threshold)
        return maps

    def _cache(self) -> QVBoxLayout:
        self.clear_cache_button = QPushButton(tr("Clear cache"))
        self.clear_cache_button.setToolTip(tr("Delete the saved copies of the catalogue, the municipal "
                                              "boundaries and the layers' features; they are fetched again when "
                                              "needed"))
        self.cache_status = QLabel(str(cache.cache_dir()))
        self.cache_status.setTextFormat(Qt.TextFormat.PlainText)
        self.cache_status.setWordWrap(True)
        self.cache_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cache_row = QHBoxLayout()
        cache_row.addWidget(self.cache_status, 1)
        cache_row.addWidget(self.clear_cache_button, 0, Qt.AlignmentFlag.AlignTop)
        self.debug_log = QCheckBox(tr("Log request addresses and timings (for support)"))
        self.debug_log.setToolTip(tr("Adds each request's address and duration and each background job's duration "
                                     "to the DEGO tab of the Log Messages panel"))
        column = QVBoxLayout()
        column.addLayout(cache_row)
        column.addWidget(self.debug_log)
        return column

    @staticmethod
    def _problem_label() -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet("color: #c0392b")
        label.hide()
        return label

    @staticmethod
    def _show_problem(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def load(self) -> None:
        """Fill the page from the settings."""
        from_env = settings.catalogue_url_from_environment()
        url = settings.catalogue_url()
        self.catalogue_url.setText("" if url == settings.DEFAULT_CATALOGUE_URL and not from_env else url)
        self.catalogue_url.setReadOnly(bool(from_env))
        if from_env:
            note = tr("Set by your organisation (environment variable {0}).").format(settings.CATALOGUE_URL_ENV)
            self._show_problem(self.catalogue_url_problem, note)
            self.catalogue_url_problem.setStyleSheet("")
        self.boundary_url.setText(settings.boundary_service_url())
        self.allowed_hosts.setText(" ".join(settings.added_hosts()))
        self.mask_colour.setColor(QColor(settings.mask_colour()))
        self.mask_opacity.setOpacity(settings.mask_opacity())
        self.paper_size.setCurrentIndex(max(0, self.paper_size.findData(settings.paper_size())))
        self.paper_orientation.setCurrentIndex(max(0, self.paper_orientation.findData(settings.paper_orientation())))
        self.map_language.setCurrentIndex(max(0, self.map_language.findData(settings.map_language())))
        self.logo.setFilePath(settings.logo_path())
        self.debug_log.setChecked(settings.debug_log())
        self.privacy_threshold.setValue(settings.privacy_threshold())

    def apply(self) -> None:
        """QGIS calls this on OK: save what is valid, say what was not saved and why."""
        not_saved = []
        before = (settings.catalogue_url(), settings.allowed_hosts())
        if not self.catalogue_url.isReadOnly():
            self._save_url(self.catalogue_url.text(), settings.set_catalogue_url, tr("Catalogue address"), not_saved)
        self._save_url(self.boundary_url.text(), settings.set_boundary_service_url, tr("Boundary service"), not_saved)
        settings.set_added_hosts(settings.host_list(self.allowed_hosts.text()))
        settings.set_mask_colour(self.mask_colour.color().name())
        settings.set_mask_opacity(self.mask_opacity.opacity())
        settings.set_paper_size(self.paper_size.currentData())
        settings.set_paper_orientation(self.paper_orientation.currentData())
        settings.set_map_language(self.map_language.currentData())
        settings.set_debug_log(self.debug_log.isChecked())
        settings.set_privacy_threshold(self.privacy_threshold.value())
        problem = logo_problem(self.logo.filePath())
        if problem:
            not_saved.append(f"{tr('Logo')}: {problem}")
        else:
            settings.set_logo_path(self.logo.filePath())
        for text in not_saved:
            self._tell(Qgis.MessageLevel.Warning, tr("Setting not saved: {0}").format(text))
        if self._on_applied is not None:
            self._on_applied((settings.catalogue_url(), settings.allowed_hosts()) != before)

    def _save_url(self, text: str, save: Callable[[str], None], label: str, not_saved: list) -> None:
        problem = url_problem(text)
        if problem:
            not_saved.append(f"{label}: {problem}")
        else:
            save(text)

    def clear_cache(self) -> None:
        """Delete the cached files in a background task; the label tells the outcome."""
        if self._tasks.busy:
            return
        self.clear_cache_button.setEnabled(False)
        self.cache_status.setText(tr("Clearing the cache…"))
        self._tasks.run(tr("Clearing the DEGO cache"), lambda task: cache.clear(), self._cleared)

    def _cleared(self, outcome: Outcome) -> None:
        self.clear_cache_button.setEnabled(True)
        if outcome.cancelled:
            self.cache_status.setText(tr("Clearing the cache was cancelled."))
        elif outcome.error is not None:  # the traceback is in the log
            self.cache_status.setText(tr("The cache could not be cleared (details in the DEGO log)."))
        elif outcome.result == 0:
            self.cache_status.setText(tr("The cache was already empty."))
        else:
            self.cache_status.setText(trn("Cache cleared: %n files deleted.", outcome.result))

    def _tell(self, level, text: str) -> None:
        if self._notify is not None:
            self._notify(level, text)


def logo_problem(path: str) -> str:
    if path.strip() and not path.strip().lower().endswith(LOGO_SUFFIXES):
        return tr("The logo must be a PNG, JPEG or SVG image.")
    return ""


class DegoOptionsFactory(QgsOptionsWidgetFactory):
    """Puts the "DEGO" page in Settings ▸ Options."""

    def __init__(self, notify: Optional[Notify] = None, on_applied: Optional[Callable[[bool], None]] = None):
        super().__init__(tr("DEGO"), icon())
        self._notify, self._on_applied = notify, on_applied

    def icon(self) -> QIcon:
        return icon()

    def createWidget(self, parent: Optional[QWidget] = None) -> DegoSettingsPage:  # noqa: N802 (QGIS's name)
        return DegoSettingsPage(parent, self._notify, self._on_applied)
