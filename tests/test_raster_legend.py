"""WMS and WMTS layers in the legend of the transitievisie maps (compositions/raster_legend.py): the server's
legend graphic is fetched with the print layers in a background task and printed from the layer, so the
export (a worker thread) never fetches. Real QGIS, the reference service, PDFs read with poppler."""
from __future__ import annotations

import json
import subprocess
import threading

import pytest
from qgis.core import QgsLayerTreeLayer, QgsProject
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QColor, QImage

from dego_plugin.compositions import map_set
from dego_plugin.compositions.export import ExportOptions, file_stem
from dego_plugin.compositions.layout import ITEM_LEGEND
from dego_plugin.model.presets import parse_presets
from dego_plugin.compositions.print_layers import PrintLayerSpec, build_print_layers, print_layer
from dego_plugin.compositions.raster_legend import fetch_legend_graphic, legend_graphic, legend_graphic_urls
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.toolbelt.tasks import TaskOwner
from dego_plugin.service.boundaries import load_boundary, service_for
from dego_plugin.service.http import fetch
from dego_plugin.tools.refservice import styles
from dego_plugin.tools.refservice.mapfile import UNNAMED_CLASS_LAYER
from dego_plugin.tools.refservice.service import SERVERS
from test_compositions import DEMO, LEGEND_COLOURS, colours_in, pdf_text, wait

LABEL_COLOURS = [c for _, _, c in styles.ENERGY_LABEL_CLASSES]
PRESETS = [
    {"id": "wms-label", "title": "Energielabels als kaartbeeld", "paper": "A3", "orientation": "landscape",
     "layers": [{"id": "energielabel-wms", "all_scales": True}]},
    {"id": "wmts-label", "title": "Energielabels als tegels", "paper": "A4", "orientation": "portrait",
     "layers": [{"id": "energielabel-wmts", "all_scales": True}]},
    {"id": "wms-and-wfs", "title": "Energielabels en inkomen", "paper": "A4", "orientation": "landscape",
     "layers": [{"id": "energielabel-wms", "all_scales": True}, "lagerinkomen-wfs"]},
]


def render(path, folder, dpi=60):
    stem = folder / f"{path.stem}-{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(path), str(stem)], check=True)
    return QImage(str(stem) + ".png")


def legend_box(layout, dpi=60):
    rect = layout.itemById(ITEM_LEGEND).sceneBoundingRect()
    px = dpi / 25.4
    return int(rect.left() * px), int(rect.top() * px), int(rect.right() * px), int(rect.bottom() * px)


def export(layouts, folder):
    outcome = []
    map_set.export_layouts(layouts, ExportOptions(str(folder), pdf_per_map=True), outcome.append)
    assert wait(lambda: outcome, 90)
    return outcome[0]


def legend_requests(served):
    return [url for url in served.requests() if "getlegendgraphic" in url.lower()]


@pytest.fixture(scope="module", params=SERVERS)
def maps(request, reference_service, tmp_path_factory, qgis_app):
    """GM9901 over each OGC server (MapServer serves no WMTS: its presets leave that one out); print layers made
    through a fetch that records its thread; a layout per preset above."""
    served = reference_service.served(request.param)
    folder = tmp_path_factory.mktemp("raster-legend")
    project = QgsProject.instance()
    project.clear()
    document = json.loads(fetch(served.catalogue_url).body)
    wanted = [p for p in PRESETS if served.server != "mapserver" or p["id"] != "wmts-label"]
    document["presets"] = wanted
    catalogue = parse_catalogue(json.dumps(document))
    presets, problems = parse_presets(catalogue)
    assert not problems and len(presets) == len(wanted)
    choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=folder / "cache")
    municipality = load_boundary(service_for(catalogue.boundaries), DEMO, folder / "cache").municipality
    choice.apply(municipality, zoom=False)
    fetched_in = []

    def recording_fetch(url):
        fetched_in.append((url, threading.current_thread() is threading.main_thread()))
        return fetch(url).body

    reference_service.clear_requests()
    ready = []
    map_set.prepare_print_layers(project, catalogue, presets, municipality, recording_fetch, TaskOwner(),
                                 ready.append)
    assert wait(lambda: ready) and ready[0].result == {}
    prepare_requests = legend_requests(served)
    layouts = map_set.make_layouts(project, catalogue, presets, municipality)
    assert not layouts.failures
    assert legend_requests(served) == prepare_requests  # making the layouts fetched nothing
    yield {"folder": folder, "catalogue": catalogue, "presets": presets, "municipality": municipality,
           "layouts": layouts.layouts, "project": project, "fetched_in": fetched_in,
           "prepare_requests": prepare_requests, "served": served}
    choice.unload()
    project.clear()


def test_wms_and_wmts_layers_print_their_legend_colours_and_name(maps, reference_service, tmp_path):
    reference_service.clear_requests()
    outcome = export(maps["layouts"], tmp_path)
    assert outcome.failures == [] and len(outcome.files) == len(maps["presets"])
    assert legend_requests(maps["served"]) == []  # the export drew the kept graphics; it fetched nothing
    catalogue = maps["catalogue"]
    for preset, layout in zip(maps["presets"], maps["layouts"]):
        path = tmp_path / f"{file_stem(layout.name())}.pdf"
        text = " ".join(pdf_text(path).split())
        for layer_id in preset.layer_ids():
            assert catalogue.entry(layer_id).title in text, (preset.id, layer_id)
        found = colours_in(render(path, tmp_path), legend_box(layout), LABEL_COLOURS)
        assert len(found) >= 7, (preset.id, found)  # A-G (and Onbekend) from the server's legend graphic
        if "lagerinkomen-wfs" in preset.layer_ids():  # the vector layer's own classes are still there
            assert len(colours_in(render(path, tmp_path), legend_box(layout),
                                  LEGEND_COLOURS["lagerinkomen-wfs"])) >= 2


def test_the_legend_graphic_is_fetched_in_the_background_once_per_layer(maps):
    legend_fetches = [(url, on_main) for url, on_main in maps["fetched_in"] if "GetLegendGraphic" in url]
    # energielabel-wms and energielabel-wmts (not at MapServer), each made once: the graphic, and again at print
    # resolution (QGIS Server reads DPI, MapServer MAP_RESOLUTION)
    layers = 1 if maps["served"].server == "mapserver" else 2
    assert len(legend_fetches) == 2 * layers
    assert sum("DPI=" in url and "MAP_RESOLUTION=" in url for url, _ in legend_fetches) == layers
    assert not any(on_main for _, on_main in legend_fetches)
    assert len(maps["prepare_requests"]) == 2 * layers


def test_the_legend_graphic_fits_the_legend_and_has_the_servers_proportions(maps):
    for layout in maps["layouts"]:
        legend = layout.itemById(ITEM_LEGEND)
        width, height = legend.wmsLegendWidth(), legend.wmsLegendHeight()
        graphic = legend_graphic(print_layer(maps["project"], "energielabel-wms"))
        assert width <= legend.rect().width()
        assert abs(width / height - graphic.width() / graphic.height()) < 0.02
        # About the size the server drew it for (8 classes, 3.5 to 5 mm a line): neither a stamp nor a poster.
        assert 15 <= width <= 90 and 20 <= height <= 0.8 * legend.rect().height()
        # The server's print-resolution answer (about 3 x its 1x width: QGIS Server 122 pixels, MapServer 95), marked
        # as such for its print size.
        assert graphic.width() >= (250 if maps["served"].server == "mapserver" else 360)
        assert abs(graphic.dotsPerMeterX() - 3 * 1000 / 0.28) < 2


def test_the_legend_graphic_is_saved_with_the_project_and_prints_after_reopening(maps, tmp_path):
    project = maps["project"]
    names = [layout.name() for layout in maps["layouts"]]
    path = tmp_path / "kaarten.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    layer = print_layer(project, "energielabel-wms")
    assert layer is not None and legend_graphic(layer) is not None
    layouts = [project.layoutManager().layoutByName(name) for name in names]
    maps["layouts"][:] = layouts
    outcome = export(layouts[:1], tmp_path)
    assert outcome.failures == []
    found = colours_in(render(tmp_path / f"{file_stem(layouts[0].name())}.pdf", tmp_path), legend_box(layouts[0]),
                       LABEL_COLOURS)
    assert len(found) >= 7


def test_a_missing_legend_image_never_fails_the_export(maps, tmp_path):
    """A placeholder pointing at a file that is gone (set by hand, or by an older build on another machine):
    the layout's legend says the layer has none, and a layout already holding it still exports."""
    project, layout = maps["project"], maps["layouts"][0]
    layer = print_layer(project, "energielabel-wms")
    kept = layer.legendPlaceholderImage()
    gone = tmp_path / "legend.png"
    gone.write_bytes(b"")
    try:
        layer.setLegendPlaceholderImage(str(gone))
        gone.unlink()
        outcome = export([layout], tmp_path)  # made with the graphic, now missing
        assert outcome.failures == [] and len(outcome.files) == 1
        text = " ".join(pdf_text(tmp_path / f"{file_stem(layout.name())}.pdf").split())
        assert maps["presets"][0].title in text and "Bron: demodata" in text
        again = map_set.make_layouts(project, maps["catalogue"], maps["presets"][:1], maps["municipality"])
        assert not again.failures
        legend_layers = [n.layer() for n in again.layouts[0].itemById(ITEM_LEGEND).model().rootGroup().children()
                         if isinstance(n, QgsLayerTreeLayer)]
        assert layer in legend_layers
        second = tmp_path / "second"
        outcome = export(again.layouts, second)
        assert outcome.failures == [] and len(outcome.files) == 1
        text = " ".join(pdf_text(second / f"{file_stem(again.layouts[0].name())}.pdf").split())
        assert "Bron: demodata" in text  # the source line still prints
        assert f"{layer.name()} (geen legenda van de kaartserver)" in text  # the legend says so, in Dutch
        assert not colours_in(render(second / f"{file_stem(again.layouts[0].name())}.pdf", second),
                              legend_box(again.layouts[0]), LABEL_COLOURS[:7])  # (grey: text anti-aliasing)
    finally:
        layer.setLegendPlaceholderImage(kept)
        maps["layouts"][:1] = map_set.make_layouts(project, maps["catalogue"], maps["presets"][:1],
                                                   maps["municipality"]).layouts


def one_colour_png(width=35, height=5) -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


@pytest.mark.parametrize("answer", [b"<ServiceExceptionReport>no legend here</ServiceExceptionReport>",
                                    one_colour_png(), one_colour_png(400, 300)], ids=["exception", "blank", "large-blank"])
def test_without_a_legend_graphic_the_layer_is_made_without_one(maps, answer):
    """A service exception, or an image of one colour (what MapServer answers for classes without a name): no
    legend graphic."""
    entry = maps["catalogue"].entry("energielabel-wms")

    def no_legends(url):
        if "GetLegendGraphic" in url:
            return answer
        return fetch(url).body

    layers, failures = build_print_layers([PrintLayerSpec(entry)], maps["municipality"], no_legends)
    assert failures == {} and len(layers) == 1 and layers[0].isValid()
    assert legend_graphic(layers[0]) is None and layers[0].legendPlaceholderImage() == ""

    def offline(url):
        raise OSError("no network")

    assert fetch_legend_graphic(entry, offline) is None
    assert fetch_legend_graphic(entry, lambda url: fetch(url).body) is not None


def test_mapserver_s_blank_legend_graphic_is_no_legend_and_the_printed_legend_says_so(maps, tmp_path):
    """MapServer answers GetLegendGraphic of a layer whose class has no name with a blank image of one colour; it
    used to be printed as a title with nothing under it."""
    served = maps["served"]
    if served.server != "mapserver":
        pytest.skip("MapServer's answer for a class without a name")
    document = json.loads(fetch(served.catalogue_url).body)
    title = "Wijkgrenzen van MapServer"
    document["layers"].append({"id": "wijkgrenzen-wms", "title": title, "theme": document["layers"][0]["theme"],
                               "source": "Bron: demodata", "service": {"type": "wms", "url": served.ows_url,
                                                                     "layers": [UNNAMED_CLASS_LAYER]}})
    document["presets"] = [{"id": "wijkgrenzen", "title": "Wijkgrenzen", "layers": ["wijkgrenzen-wms"]}]
    catalogue = parse_catalogue(json.dumps(document))
    entry = catalogue.entry("wijkgrenzen-wms")
    blank = fetch(legend_graphic_urls(entry)[0]).body
    image = QImage.fromData(blank)
    assert not image.isNull() and image.width() * image.height() < 1000  # MapServer's small blank
    assert fetch_legend_graphic(entry, lambda url: fetch(url).body) is None
    presets, problems = parse_presets(catalogue)
    assert not problems
    project = maps["project"]
    ready = []
    map_set.prepare_print_layers(project, catalogue, presets, maps["municipality"], lambda url: fetch(url).body,
                                 TaskOwner(), ready.append)
    assert wait(lambda: ready) and ready[0].result == {}
    made = map_set.make_layouts(project, catalogue, presets, maps["municipality"])
    assert not made.failures
    export(made.layouts, tmp_path)
    text = " ".join(pdf_text(tmp_path / f"{file_stem(made.layouts[0].name())}.pdf").split())
    assert f"{title} (geen legenda van de kaartserver)" in text, text


def test_legend_requests_name_each_layer_and_keep_the_services_own_parameters(maps):
    if maps["served"].server == "mapserver":
        pytest.skip("MapServer serves no WMTS")
    entry = maps["catalogue"].entry("energielabel-wmts")
    (url,) = legend_graphic_urls(entry)
    assert "SERVICE=WMS" in url and "REQUEST=GetLegendGraphic" in url and "LAYER=Energie_gegevens" in url
    assert legend_graphic_urls(maps["catalogue"].entry("energielabel-wfs")) == []


def test_a_wms_entry_of_several_layers_gets_their_graphics_stacked(maps):
    from dataclasses import replace

    entry = maps["catalogue"].entry("energielabel-wms")
    both = replace(entry, service=replace(entry.service, layers=("Energie_gegevens", "buurten")))
    one = fetch_legend_graphic(entry, lambda url: fetch(url).body)
    stacked = fetch_legend_graphic(both, lambda url: fetch(url).body)
    assert stacked.dotsPerMeterX() == one.dotsPerMeterX()
    assert stacked.height() > one.height() + 30 and stacked.width() >= one.width()
