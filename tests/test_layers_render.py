"""Each service type loads from the reference service through the plugin's loader and draws DEGO's colours
at the buildings that carry them."""
from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsFeatureRequest, QgsProject

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


MAPSERVER_SERVES = ("wfs", "oapif", "wms")  # no WMTS, no vector tiles


@pytest.fixture()
def catalogue(served_catalogue):
    """The catalogue of each OGC server in turn (qgis_mapserver, MapServer 8)."""
    return parse_catalogue(fetch(served_catalogue.catalogue_url).body)


def add(loader, entry, qtbot):
    added = []
    loader.add(entry, on_added=added.append)
    wait_for_tasks(qtbot)
    return added[0] if added else None


@pytest.mark.parametrize("service_type", list(ENTRY_FOR_TYPE))
def test_layer_of_each_service_type_draws_label_colours_at_the_landmarks(service_type, served_catalogue, catalogue,
                                                                        loader, qtbot):
    if served_catalogue.server == "mapserver" and service_type not in MAPSERVER_SERVES:
        pytest.skip(f"MapServer serves no {service_type}")
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


def wfs_entry(url: str, typename: str, version: str = "auto"):
    return parse_catalogue({
        "version": "1.0", "themes": [{"id": "t", "title": "T"}],
        "layers": [{"id": "x", "title": "Panden", "theme": "t",
                    "service": {"type": "wfs", "url": url, "typename": typename, "version": version}}],
    }).entry("x")


def test_a_layer_the_service_does_not_offer_is_reported_with_qgis_own_reason_and_not_added(served_catalogue, loader,
                                                                                          qtbot):
    assert add(loader, wfs_entry(served_catalogue.ows_url, "geen_laag"), qtbot) is None
    assert QgsProject.instance().mapLayers() == {}
    assert [level for level, _ in loader.messages] == [Qgis.MessageLevel.Warning]
    text = loader.messages[0][1]
    assert "Panden" in text and "Could not find typename geen_laag in capabilities" in text, text


@pytest.mark.parametrize("typename,version", [("Energie_gegevens", "2.0.0"), ("Energie_gegevens", "auto"),
                                              ("ms:Energie_gegevens", "1.1.0"), ("nrg:Energie_gegevens", "2.0.0")])
def test_a_typename_is_taken_as_the_wfs_capabilities_spell_it(reference_requests, loader, qtbot, typename, version):
    """MapServer's WFS 2.0 capabilities list ms:Energie_gegevens, its 1.1.0 ones Energie_gegevens: a prefix is added
    when one name fits, and one they do not have is dropped. The capabilities are read in the entry's version (the
    other version spells the names otherwise). QGIS 3.40+ takes an unprefixed name itself, negotiates "auto" with
    ACCEPTVERSIONS and may answer from its cache: then no VERSION= request is made at all."""
    service = reference_requests
    layer = add(loader, wfs_entry(service.mapserver_ows_url, typename, version), qtbot)
    assert layer is not None, loader.messages
    assert len(list(layer.getFeatures(QgsFeatureRequest().setLimit(10)))) == 10
    asked = [url for url in service.mapserver_requests() if "GetCapabilities" in url and "&VERSION=" in url]
    assert all(f"&VERSION={'2.0.0' if version == 'auto' else version}" in url for url in asked), asked
