"""The plugin speaks the language QGIS runs in: Dutch with QGIS in Dutch, English otherwise."""
from __future__ import annotations

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent

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
    assert dock.windowTitle() == "DEGO-lagen"
    assert dock.add_button.text() == "Toevoegen"


def test_english_qgis_gets_an_english_dock(qgis_locale, qtbot):
    qgis_locale("en_GB")
    dock = CatalogueDock()
    qtbot.addWidget(dock)
    assert dock.windowTitle() == "DEGO layers"
    assert dock.add_button.text() == "Add"


def test_toolbar_tooltips_and_messages_follow_the_language(qgis_locale, iface, qtbot, monkeypatch):
    from conftest import wait_for_tasks
    from dego_plugin import classFactory
    from dego_plugin.controllers.messages import failure_text

    monkeypatch.setenv("DEGO_CATALOGUE_URL", "http://127.0.0.1:9/catalogue.json")  # nobody listens there
    for language, tooltip, message in (
        ("nl_NL", "De DEGO-lagencatalogus tonen of verbergen", "de DEGO-dienst antwoordde niet op tijd"),
        ("en_GB", "Show or hide the DEGO layer catalogue", "the DEGO service did not answer in time"),
    ):
        qgis_locale(language)
        plugin = classFactory(iface)
        plugin.initGui()
        try:
            assert plugin.actions[0].toolTip().startswith(tooltip + ":")
            assert failure_text("timeout").startswith(message)
        finally:
            wait_for_tasks(qtbot)
            plugin.unload()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # toolbar and dock really gone


@pytest.mark.parametrize("language, one, two", [
    ("nl_NL", "Catalogus bijgewerkt: 1 laag.", "Catalogus bijgewerkt: 2 lagen."),
    ("en_GB", "Catalogue updated: 1 layer.", "Catalogue updated: 2 layers."),
])
def test_counts_take_the_plural_form_of_the_language(qgis_locale, language, one, two):
    from dego_plugin.controllers.messages import refresh_done_message
    from dego_plugin.model.catalogue import LIVE, parse_catalogue
    from dego_plugin.service.catalogue_source import CatalogueState

    layer = {"theme": "t", "title": "T", "service": {"type": "wms", "url": "https://service.example.nl/wms",
                                                     "layers": "a"}}
    qgis_locale(language)
    told = []
    for count in (1, 2):
        document = {"version": "1.0", "themes": [{"id": "t"}],
                    "layers": [dict(layer, id=f"layer-{n}") for n in range(count)]}
        told.append(refresh_done_message(CatalogueState(parse_catalogue(document), LIVE, "")))
    assert told == [one, two]


def test_the_print_layers_group_is_named_in_the_language_of_qgis_and_found_again_in_the_other(qgis_locale):
    from qgis.core import QgsProject

    from dego_plugin.compositions.print_layers import print_group

    project = QgsProject()
    qgis_locale("en_GB")
    assert print_group(project).name() == "DEGO maps"
    qgis_locale("nl_NL")
    assert print_group(project).name() == "DEGO maps"  # the same group, whatever its name
    assert len(project.layerTreeRoot().children()) == 1
    older = QgsProject()  # a project made before the group was marked: found by its Dutch name
    old_group = older.layerTreeRoot().addGroup("DEGO-kaarten")
    assert print_group(older) is old_group
    assert print_group(QgsProject()).name() == "DEGO-kaarten"


def test_the_maps_dialog_s_close_button_speaks_dutch(qgis_locale, qtbot):
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog

    qgis_locale("nl_NL")
    dialog = TransitievisieDialog(QgsProject(), None, None, lambda url: b"", lambda level, text: None)
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Sluiten"
    assert dialog.export_button.text() == "Maken en exporteren"
