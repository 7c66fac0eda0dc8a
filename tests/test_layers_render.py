"""Each service type loads from the reference service through the plugin's loader and draws DEGO's colours
at the buildings that carry them."""
from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsProject

from conftest import wait_for_tasks
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.layers.loader import GROUP_NAME
from dego_plugin.layers.style import LAYER_ID_PROPERTY
from dego_plugin.service.http import fetch
from dego_plugin.tools.refservice import demo_data
from render_helpers import close, colour_at

LABEL_COLOURS = {"1": (0, 147, 66), "7": (219, 38, 29), "4": (248, 245, 28), "": (224, 224, 224)}
ENTRY_FOR_TYPE = {"wfs": "energielabel-wfs", "oapif": "energielabel-oapif", "wms": "energielabel-wms",
                  "wmts": "energielabel-wmts", "vectortile": "energielabel-vt"}


@pytest.fixture(scope="module")
def catalogue(reference_service):
    return parse_catalogue(fetch(reference_service.catalogue_url).body)


def add(loader, entry, qtbot):
    added = []
    loader.add(entry, on_added=added.append)
    wait_for_tasks(qtbot)
    return added[0] if added else None


@pytest.mark.parametrize("service_type", list(ENTRY_FOR_TYPE))
def test_layer_of_each_service_type_draws_label_colours_at_the_landmarks(service_type, catalogue, loader, qtbot):
    entry = catalogue.entry(ENTRY_FOR_TYPE[service_type])
    assert entry.service.type == service_type
    layer = add(loader, entry, qtbot)
    assert layer is not None, loader.messages
    assert layer.isValid() and layer.name() == entry.title
    # in the "DEGO" group, marked as DEGO's, described by the catalogue
    group = QgsProject.instance().layerTreeRoot().findGroup(GROUP_NAME)
    assert group is not None and group.findLayer(layer.id()) is not None
    assert layer.customProperty(LAYER_ID_PROPERTY) == entry.id
    assert layer.metadata().abstract() == entry.abstract
    if entry.source:
        assert entry.source in layer.metadata().rights()

    landmarks = demo_data.landmark_buildings()
    seen = set()
    for building in landmarks:
        label = building["elabel_definitief"]
        centre = building["geometry"].centroid
        actual = colour_at([layer], centre.x, centre.y)
        assert close(actual, LABEL_COLOURS[label]), (building["identificatie"], label, actual)
        seen.add(label)
    assert {"1", "7"} <= seen


def test_a_layer_the_service_does_not_offer_is_reported_and_not_added(reference_service, loader, qtbot):
    bad = parse_catalogue({
        "version": "1.0", "themes": [{"id": "t", "title": "T"}],
        "layers": [{"id": "x", "title": "Bestaat niet", "theme": "t",
                    "service": {"type": "wfs", "url": reference_service.ows_url, "typename": "geen_laag"}}],
    }).entry("x")
    assert add(loader, bad, qtbot) is None
    assert QgsProject.instance().mapLayers() == {}
    assert [level for level, _ in loader.messages] == [Qgis.MessageLevel.Warning]
    assert "Bestaat niet" in loader.messages[0][1]
