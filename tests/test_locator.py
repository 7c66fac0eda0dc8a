"""QGIS's search bar: `dego energielabel` lists the catalogue's energy-label layers; triggering one adds it."""
from __future__ import annotations

import pytest
from qgis.core import QgsLocator, QgsLocatorContext, QgsLocatorResult

from conftest import wait_for_tasks
from dego_plugin.controllers.locator_filter import DegoLocatorFilter, result_layer_id
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.layers.loader import GROUP_NAME, LayerLoader
from dego_plugin.service.http import fetch
from dego_plugin.tools.refservice import demo_data


@pytest.fixture(scope="module")
def catalogue(reference_service):
    return parse_catalogue(fetch(reference_service.catalogue_url).body)


def search(qtbot, locator_filter, text):
    """Ask a real QgsLocator, as the search bar does, and collect what it finds."""
    locator = QgsLocator()
    locator.registerFilter(locator_filter)
    found = []
    # copy: the signal's argument lives only as long as the signal
    locator.foundResult.connect(lambda result: found.append(QgsLocatorResult(result)))
    locator.fetchResults(text, QgsLocatorContext())
    qtbot.waitUntil(lambda: not locator.isRunning(), timeout=10000)
    qtbot.wait(20)  # results arrive through queued signals
    return locator, found


def test_dego_energielabel_lists_the_matching_catalogue_layers(qtbot, catalogue):
    locator, found = search(qtbot, DegoLocatorFilter(lambda: catalogue, lambda entry: None), "dego energielabel")
    expected = [e for e in catalogue.layers if "energielabel" in e.search_text]
    assert len(expected) == 5
    assert [r.displayString for r in found] == [e.title for e in expected]
    assert [result_layer_id(r) for r in found] == [e.id for e in expected]
    assert found[0].description == "Gebouwen · WFS" and not found[0].icon.isNull()


def test_the_search_folds_case_and_accents_like_the_dock(qtbot, catalogue):
    _, found = search(qtbot, DegoLocatorFilter(lambda: catalogue, lambda entry: None), "dego WOZ-WAARDÉ")
    assert [result_layer_id(r) for r in found] == ["buurten-woz-wfs"]
    _, found = search(qtbot, DegoLocatorFilter(lambda: catalogue, lambda entry: None), "dego kerncentrale")
    assert found == []


def test_before_the_catalogue_is_loaded_nothing_is_listed(qtbot):
    _, found = search(qtbot, DegoLocatorFilter(lambda: None, lambda entry: None), "dego energielabel")
    assert found == []


def test_triggering_a_result_adds_the_layer_through_the_loader(qtbot, catalogue, clean_project):
    messages = []
    loader = LayerLoader(clean_project, lambda url: fetch(url).body,
                         lambda level, text: messages.append(text))
    locator_filter = DegoLocatorFilter(lambda: catalogue, loader.add)
    _, found = search(qtbot, locator_filter, "dego woz")
    found[0].filter.triggerResult(found[0])  # what QGIS does on Enter
    wait_for_tasks(qtbot)
    group = clean_project.layerTreeRoot().findGroup(GROUP_NAME)
    assert [node.name() for node in group.findLayers()] == ["Gemiddelde WOZ-waarde per buurt"]
    assert group.findLayers()[0].layer().featureCount() == len(demo_data.buurten()) and messages == []
