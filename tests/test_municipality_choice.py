"""Choosing a municipality: every DEGO layer clipped (server filters, mask), kept in the project, restored."""
from __future__ import annotations

import os

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from task_helpers import settle
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.layers.clip import CLIPPED_TO_PROPERTY, MASK_ROLE, OUTLINE_ROLE, ROLE_PROPERTY, project_layers_with
from dego_plugin.layers.loader import LayerLoader
from dego_plugin.controllers.municipality_choice import CODE_VARIABLE, NAME_VARIABLE, MunicipalityChoice
from dego_plugin.service import settings
from dego_plugin.service.http import fetch
from dego_plugin.tools.refservice import demo_data
from dego_plugin.tools.refservice.service import SERVERS
from http_helpers import CatalogueServer
from render_helpers import close, colour_at

VECTOR_IDS = ("energielabel-wfs", "energielabel-oapif", "gasverbruik-wfs")
RASTER_IDS = ("energielabel-wms", "energielabel-vt")
MASK_RGB = (255, 0, 255)  # a colour no layer uses, so a masked pixel is unmistakable
LABEL_COLOURS = {"1": (0, 147, 66), "7": (219, 38, 29), "4": (248, 245, 28), "": (224, 224, 224)}


@pytest.fixture(scope="module", params=SERVERS)
def served(request, reference_service):
    """Each OGC server in turn: qgis_mapserver, MapServer 8 (no WMTS, no vector tiles)."""
    return reference_service.served(request.param)


@pytest.fixture(scope="module")
def catalogue(served):
    return parse_catalogue(fetch(served.catalogue_url).body)


def raster_ids(catalogue):
    return tuple(layer_id for layer_id in RASTER_IDS if catalogue.entry(layer_id) is not None)


@pytest.fixture()
def canvas():
    """A map canvas without layers: QGIS's own canvas would render every test layer in the two threads of
    this machine's pool, starving the tasks under test."""
    canvas = QgsMapCanvas()
    canvas.resize(600, 400)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.setExtent(QgsRectangle(0, 0, 1000, 1000))
    yield canvas
    sip.delete(canvas)  # a canvas left behind refreshes on every later project change, up to QGIS's exit


@pytest.fixture()
def setup(clean_project, catalogue, qtbot, canvas, tmp_path):
    settings.set_mask_colour("#ff00ff")
    settings.set_mask_opacity(1.0)
    messages = []
    notify = lambda level, text: messages.append((level, text))  # noqa: E731
    loader = LayerLoader(clean_project, lambda url: fetch(url).body, notify)
    choice = MunicipalityChoice(clean_project, notify, canvas, tmp_path / "cache")
    choice.catalogue = catalogue
    loader.current_municipality = lambda: choice.current
    choice.set_boundaries(catalogue.boundaries)
    choice.want_list()
    settle(qtbot)
    yield loader, choice, messages
    choice.unload()
    settings.set_mask_colour(settings.DEFAULT_MASK_COLOUR)


def add_all(loader, catalogue, qtbot, ids=None):
    ids = ids or VECTOR_IDS + raster_ids(catalogue)
    added = {}
    for layer_id in ids:  # one at a time: two overlapping adds sometimes lose the second task under pytest-qgis
        loader.add(catalogue.entry(layer_id), on_added=lambda layer, i=layer_id: added.__setitem__(i, layer))
        settle(qtbot)
    assert set(added) == set(ids)
    return added


def choose(choice, code, qtbot):
    choice.choose(code)
    settle(qtbot)


def pand_ids(layer):
    return {f["identificatie"] for f in layer.getFeatures()}


def expected_ids(code):
    return {b["identificatie"] for b in demo_data.buildings_in(code)}


def visible_layers(project):
    """Layers in drawing order (top first), as the layer tree has them."""
    return [node.layer() for node in project.layerTreeRoot().findLayers()]


def test_the_list_is_loaded_for_the_picker(setup):
    _, choice, _ = setup
    assert [m.name for m in choice.municipalities.municipalities] == ["Demodorp", "Proefstad", "Voorbeeldeiland"]


def test_choosing_clips_every_dego_layer_already_in_the_project_and_changing_re_clips(setup, catalogue, qtbot,
                                                                                      canvas, served, reference_service):
    loader, choice, messages = setup
    layers = add_all(loader, catalogue, qtbot)
    assert all(len(pand_ids(layers[i])) == len(demo_data.buildings()) for i in VECTOR_IDS)  # not clipped yet
    project = QgsProject.instance()
    for code in ("GM9903", "GM9901"):
        reference_service.clear_requests()
        choose(choice, code, qtbot)
        for layer_id in VECTOR_IDS:
            assert pand_ids(layers[layer_id]) == expected_ids(code), layer_id
        for layer in layers.values():
            assert layer.customProperty(CLIPPED_TO_PROPERTY) == code
        scope = QgsExpressionContextUtils.projectScope(project)
        assert scope.variable(CODE_VARIABLE) == code
        assert scope.variable(NAME_VARIABLE) == demo_data.municipality(code)["naam"]
        # one mask and one outline, holding this municipality's boundary, drawn above the DEGO layers
        masks = project_layers_with(project, ROLE_PROPERTY, MASK_ROLE)
        outlines = project_layers_with(project, ROLE_PROPERTY, OUTLINE_ROLE)
        assert len(masks) == len(outlines) == 1
        assert visible_layers(project)[:2] == [outlines[0], masks[0]]
        # remade from the boundary whenever the project opens: QGIS must not ask to save them when quitting
        assert masks[0].customProperty("skipMemoryLayersCheck") == outlines[0].customProperty("skipMemoryLayersCheck") == 1
        boundary = next(masks[0].getFeatures()).geometry()
        assert abs(boundary.area() - demo_data.municipality(code)["geometry"].area) < 1.0
        # the map shows the municipality
        xmin, ymin, xmax, ymax = demo_data.municipality(code)["geometry"].bounds
        to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"), canvas.mapSettings().destinationCrs(),
                                        project)
        box = to_map.transformBoundingBox(QgsRectangle(xmin, ymin, xmax, ymax))
        extent = canvas.extent()
        assert extent.contains(box) and (extent.width() < 1.2 * box.width() or extent.height() < 1.2 * box.height())
        assert any(code_name in text for _, text in messages
                   for code_name in [demo_data.municipality(code)["naam"]])
        feature_requests = [u for u in served.requests() if "GetFeature" in u or "/items" in u]
        # MapServer's OGC API ignores the attribute: its layer is clipped by bbox (and exactly in QGIS)
        assert feature_requests and all(code in u or (served.server == "mapserver" and "bbox=" in u)
                                        for u in feature_requests), "\n".join(feature_requests)


def test_pixels_outside_the_border_show_the_mask_and_inside_the_layer(setup, catalogue, qtbot):
    loader, choice, _ = setup
    layers = add_all(loader, catalogue, qtbot, raster_ids(catalogue))
    choose(choice, "GM9901", qtbot)
    project = QgsProject.instance()
    mask = project_layers_with(project, ROLE_PROPERTY, MASK_ROLE)[0]
    inside = [b for b in demo_data.landmark_buildings() if b["gemeentecode"] == "GM9901"]
    outside = [b for b in demo_data.landmark_buildings() if b["gemeentecode"] != "GM9901"]
    assert inside and outside
    for layer_id in raster_ids(catalogue):
        for building in inside:
            centre = building["geometry"].centroid
            actual = colour_at([mask, layers[layer_id]], centre.x, centre.y)
            assert close(actual, LABEL_COLOURS[building["elabel_definitief"]]), (layer_id, actual)
        for building in outside:
            centre = building["geometry"].centroid
            assert colour_at([layers[layer_id]], centre.x, centre.y) != MASK_RGB  # the layer draws there ...
            assert close(colour_at([mask, layers[layer_id]], centre.x, centre.y), MASK_RGB), layer_id  # ... masked


def test_the_map_with_mask_and_outline_looks_right(setup, catalogue, qtbot, tmp_path):
    """Renders the whole demo area to PNG (output/clip-map.png when OUTPUT_PNG is set) for a human look."""
    loader, choice, _ = setup
    settings.set_mask_colour("#ffffff")
    settings.set_mask_opacity(0.85)
    add_all(loader, catalogue, qtbot, ("energielabel-wms", "buurten-woz-wfs"))
    choose(choice, "GM9903", qtbot)
    project = QgsProject.instance()
    map_settings = QgsMapSettings()
    map_settings.setLayers(visible_layers(project))
    map_settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    xmin, ymin, xmax, ymax = demo_data.extent()
    map_settings.setExtent(QgsRectangle(xmin - 500, ymin - 500, xmax + 500, ymax + 500))
    map_settings.setOutputSize(QSize(900, 600))
    map_settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(map_settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    path = os.environ.get("OUTPUT_PNG") or str(tmp_path / "clip-map.png")
    assert image.save(path)
    # the island of Voorbeeldeiland is inside: its buurt (one with a published WOZ value) is drawn, not masked
    island = next(b for b in demo_data.buurten() if b["buurtcode"] == "BU99030901")["geometry"].representative_point()
    px = int((island.x - (xmin - 500)) / (xmax - xmin + 1000) * 900)
    py = int(((ymax + 500) - island.y) / (ymax - ymin + 1000) * 600)
    assert QColor(image.pixel(px, py)).name() != "#ffffff"


def test_saving_and_reopening_keeps_the_choice_and_the_clipping(setup, catalogue, qtbot, tmp_path):
    loader, choice, _ = setup
    layers = add_all(loader, catalogue, qtbot, ("energielabel-wfs", "energielabel-oapif", "energielabel-wms"))
    choose(choice, "GM9902", qtbot)
    project = QgsProject.instance()
    path = str(tmp_path / "gemeente.qgz")
    assert project.write(path)
    names = {layer_id: layer.name() for layer_id, layer in layers.items()}
    project.clear()
    assert choice.current is None
    assert project.read(path)
    settle(qtbot)
    assert choice.current is not None and choice.current.code == "GM9902" and choice.current.has_boundary
    by_name = {layer.name(): layer for layer in project.mapLayers().values()}
    for layer_id in ("energielabel-wfs", "energielabel-oapif"):
        assert pand_ids(by_name[names[layer_id]]) == expected_ids("GM9902"), layer_id
    mask = project_layers_with(project, ROLE_PROPERTY, MASK_ROLE)
    assert len(mask) == 1 and mask[0].featureCount() == 1  # memory layers come back empty: refilled
    assert len(project_layers_with(project, ROLE_PROPERTY, OUTLINE_ROLE)) == 1


def test_removing_the_choice_unclips_everything(setup, catalogue, qtbot):
    loader, choice, messages = setup
    layers = add_all(loader, catalogue, qtbot, ("energielabel-wfs",))
    choose(choice, "9903", qtbot)
    assert pand_ids(layers["energielabel-wfs"]) == expected_ids("GM9903")
    name = choice.current.name
    choice.clear()
    assert messages[-1] == (Qgis.MessageLevel.Info, f"No municipality chosen: the DEGO layers are no longer clipped "
                                                    f"to {name} and show every municipality.")
    assert len(pand_ids(layers["energielabel-wfs"])) == len(demo_data.buildings())
    project = QgsProject.instance()
    assert project_layers_with(project, ROLE_PROPERTY) == []
    assert QgsExpressionContextUtils.projectScope(project).variable(CODE_VARIABLE) in (None, "")


def test_a_layer_added_after_choosing_arrives_clipped(setup, catalogue, qtbot):
    loader, choice, _ = setup
    choose(choice, "GM9901", qtbot)
    layer = add_all(loader, catalogue, qtbot, ("energielabel-oapif",))["energielabel-oapif"]
    assert pand_ids(layer) == expected_ids("GM9901")


# ------------------------------------------------------------------------------------------ edge cases

def test_an_unknown_code_says_so_and_changes_nothing(setup, catalogue, qtbot):
    loader, choice, messages = setup
    layers = add_all(loader, catalogue, qtbot, ("energielabel-wfs",))
    choose(choice, "GM9901", qtbot)
    messages.clear()
    choose(choice, "GM1234", qtbot)
    assert choice.current.code == "GM9901"
    assert pand_ids(layers["energielabel-wfs"]) == expected_ids("GM9901")
    assert [level for level, _ in messages] == [Qgis.MessageLevel.Warning]
    assert "GM1234" in messages[0][1] and "not a municipality" in messages[0][1]
    messages.clear()
    choose(choice, "Atlantis", qtbot)
    assert "Atlantis" in messages[0][1] and choice.current.code == "GM9901"


def test_service_down_without_a_saved_copy_says_so_and_leaves_the_project_usable(setup, catalogue, qtbot,
                                                                                  tmp_path):
    loader, choice, messages = setup
    layers = add_all(loader, catalogue, qtbot, ("energielabel-wfs",))
    settings.set_boundary_service_url("http://127.0.0.1:9/wfs")
    try:
        choice.set_boundaries(catalogue.boundaries)  # the override replaces the URL: the list is asked again
        settle(qtbot)
        assert any("municipality list could not be loaded" in text for _, text in messages), messages
        messages.clear()
        choose(choice, "GM9902", qtbot)
    finally:
        settings.set_boundary_service_url("")
    assert choice.current is None
    assert len(pand_ids(layers["energielabel-wfs"])) == len(demo_data.buildings())
    assert any("could not be reached" in text and "no saved copy" in text for _, text in messages), messages


def test_service_down_with_a_saved_copy_uses_it_and_says_so(setup, catalogue, qtbot):
    loader, choice, messages = setup
    layers = add_all(loader, catalogue, qtbot, ("energielabel-wfs",))
    choose(choice, "GM9902", qtbot)  # fetched once: now saved
    choice.clear()
    service = choice.service
    # the same service (same cache) but unreachable, and the saved copy too old to be used without asking
    import dataclasses

    choice.service = dataclasses.replace(service, url="http://127.0.0.1:9/wfs")
    saved = next((choice._cache_dir / "boundaries").glob("*/GM9902.json"))
    target = choice._cache_dir / "boundaries" / choice.service.key
    target.mkdir(parents=True, exist_ok=True)
    text = saved.read_text().replace('"fetched": "20', '"fetched": "19')  # a copy from last century: stale
    (target / "GM9902.json").write_text(text)
    messages.clear()
    choose(choice, "GM9902", qtbot)
    assert choice.current.code == "GM9902"
    assert pand_ids(layers["energielabel-wfs"]) == expected_ids("GM9902")
    assert any("saved on 19" in text for _, text in messages), messages


def test_an_invalid_boundary_from_the_service_is_repaired(setup, qtbot):
    _, choice, messages = setup
    server = CatalogueServer()
    server.body = BOW_TIE_GML.encode("utf-8")
    try:
        choice.set_boundaries({"type": "wfs", "url": server.url, "typename": "Gemeentegebied"})
        settle(qtbot)
        choose(choice, "GM9905", qtbot)
    finally:
        server.close()
    assert choice.current is not None and choice.current.code == "GM9905", messages
    boundary = choice.current.boundary()
    assert boundary.is_valid and boundary.area == pytest.approx(2_000_000.0)


# A self-intersecting ("bow tie") boundary, as a broken source could serve it; the reference service's
# QGIS server cannot be made to serve an invalid geometry, so this one answer is written out.
BOW_TIE_GML = """<?xml version="1.0" encoding="UTF-8"?>
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs" xmlns:gml="http://www.opengis.net/gml"
  xmlns:qgs="http://www.qgis.org/gml">
 <gml:featureMember>
  <qgs:Gemeentegebied gml:id="Gemeentegebied.5">
   <qgs:geometry><gml:Polygon srsName="EPSG:28992"><gml:exterior><gml:LinearRing>
    <gml:posList srsDimension="2">150000 450000 152000 452000 152000 450000 150000 452000 150000 450000</gml:posList>
   </gml:LinearRing></gml:exterior></gml:Polygon></qgs:geometry>
   <qgs:code>9905</qgs:code>
   <qgs:naam>Kromdorp</qgs:naam>
  </qgs:Gemeentegebied>
 </gml:featureMember>
</wfs:FeatureCollection>
"""


def test_re_clipping_to_a_municipality_without_features_says_which_layers_are_empty(setup, catalogue, qtbot):
    """The check runs in the background on feature sources of the project's own layers (no throwaway layers)."""
    from shapely.geometry import Polygon

    from dego_plugin.model.municipality import Municipality

    loader, choice, messages = setup
    add_all(loader, catalogue, qtbot, ("energielabel-wfs", "energielabel-oapif", "energielabel-wms"))
    messages.clear()
    far_away = Municipality("GM0999", "Verweggistan", Polygon([(0, 0), (0, 500), (500, 500), (500, 0)]).wkb)
    choice.apply(far_away, zoom=False)
    settle(qtbot)
    empty = sorted(text for _, text in messages if "no features inside Verweggistan" in text)
    assert empty == sorted(f"{catalogue.entry(i).title}: no features inside Verweggistan: the layer is empty there"
                           for i in ("energielabel-wfs", "energielabel-oapif"))
    messages.clear()
    choose(choice, "GM9902", qtbot)
    assert not any("no features inside" in text for _, text in messages), messages
