"""The plugin speaks the language QGIS runs in: Dutch with QGIS in Dutch, English otherwise."""
from __future__ import annotations

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from dego_plugin.dialogs.catalogue_dock import CatalogueDock
from dego_plugin.i18n import install_translator


@pytest.fixture()
def qgis_locale():
    settings = QgsSettings()
    installed = []

    def switch(language):
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", language)
        translator = install_translator()
        if translator is not None:
            installed.append(translator)
        return translator

    yield switch
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")


def test_dutch_qgis_gets_a_dutch_dock(qgis_locale, qtbot):
    assert qgis_locale("nl_NL") is not None, "i18n/dego_nl.qm is built by make"
    dock = CatalogueDock()
    qtbot.addWidget(dock)
    assert dock.windowTitle() == "DEGO lagen"
    assert dock.add_button.text() == "Toevoegen"


def test_english_qgis_gets_an_english_dock(qgis_locale, qtbot):
    qgis_locale("en_GB")
    dock = CatalogueDock()
    qtbot.addWidget(dock)
    assert dock.windowTitle() == "DEGO layers"
    assert dock.add_button.text() == "Add"
