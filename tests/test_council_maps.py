"""Council maps that read like the municipality's own: the reference service's background map under the data (its
credit line printed, left out of the legend, its tiles fetched at print resolution for the municipality only), buurt
and wijk names inside their areas, and legend counts. Checked in the exported PDFs and the server's request log."""
from __future__ import annotations

import math
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from qgis.core import QgsLayoutItemMap, QgsMapRendererSequentialJob
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QColor
from shapely.geometry import Point, box
from shapely.ops import nearest_points, unary_union

from composition_helpers import map_set_for
from dego_plugin.compositions import map_set
from dego_plugin.compositions.export import PDF_DPI, ExportOptions, file_stem
from dego_plugin.compositions.layout import ITEM_LEGEND, ITEM_MAP
from dego_plugin.tools.refservice import ReferenceService, background, demo_data, styles
from dego_plugin.tools.refservice.qgis_project import BACKGROUND_LAYER, BACKGROUND_SOURCE
from dego_plugin.tools.refservice.service import SERVERS
from test_compositions import pdf_text, wait

DEMO = "GM9901"
DPI = 50
RD_ORIGIN = (-285401.92, 903401.92)  # the RD tile matrix set (qgis_project.WMTS_GRIDS): top-left corner
RD_LEVEL0 = 3440.64  # metres per pixel at level 0
CREDIT = f"Achtergrondkaart: Achtergrondkaart grijs (demo) {BACKGROUND_SOURCE} (CC BY 4.0)"  # the map is Dutch


@pytest.fixture(scope="module", params=SERVERS)
def printed(request, tmp_path_factory, qgis_app):
    """An energielabel map (panden over the background) and a buurt map of Demodorp, exported by the plugin's
    export task, from a reference service of this module's own: its addresses are new, so no tile comes from a cache
    and its request log holds every tile the export asked for. The data from each OGC server in turn; the
    background map is qgis_mapserver's WMTS in both catalogues (MapServer serves no WMTS)."""
    folder = tmp_path_factory.mktemp("council-maps-" + request.param)
    service = ReferenceService.start()
    try:
        with map_set_for(service.served(request.param), folder, ["energielabels", "woningwaarde"], DEMO) as made:
            service.clear_requests()
            outcome = []
            map_set.export_layouts(made.layouts, ExportOptions(str(folder)), outcome.append)
            assert wait(lambda: outcome, 120) and outcome[0].failures == []
            layouts = {p.id: layout for p, layout in zip(made.presets, made.layouts)}
            yield {"folder": folder, "layouts": layouts, "requests": service.ows_requests(),
                   "municipality": made.municipality,
                   "pdf": {i: folder / f"{file_stem(layout.name())}.pdf" for i, layout in layouts.items()}}
    finally:
        service.stop()


def render(path, folder):
    import subprocess

    from qgis.PyQt.QtGui import QImage

    stem = folder / f"{path.stem}-{DPI}"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(path), str(stem)], check=True)
    return QImage(str(stem) + ".png")


def colour_at(image, layout, x, y):
    """The page's colour at map point (x, y) of the layout's map."""
    map_item = layout.itemById(ITEM_MAP)
    extent, rect = map_item.extent(), map_item.sceneBoundingRect()
    x_mm = rect.left() + (x - extent.xMinimum()) / extent.width() * rect.width()
    y_mm = rect.top() + (extent.yMaximum() - y) / extent.height() * rect.height()
    pixel = QColor(image.pixel(round(x_mm / 25.4 * DPI), round(y_mm / 25.4 * DPI)))
    return pixel.red(), pixel.green(), pixel.blue()


def close(actual, expected, tolerance=10):
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected))


def open_land(area, clear=350.0):
    """A point of the municipality far from panden, roads, water and built-up areas: where only the land shows."""
    panden = [b["geometry"].centroid for b in demo_data.buildings_in(DEMO)]
    drawn = unary_union([r["geometry"] for r in background.roads()] + [w["geometry"] for w in background.water()]
                        + [b["geometry"] for b in background.built_up()])
    inner = area.buffer(-500)
    xmin, ymin, xmax, ymax = inner.bounds
    for i in range(1, 20):
        for j in range(1, 40):
            spot = Point(xmin + (xmax - xmin) * i / 20, ymin + (ymax - ymin) * j / 40)
            if inner.contains(spot) and drawn.distance(spot) > clear and all(
                    (p.x - spot.x) ** 2 + (p.y - spot.y) ** 2 > clear ** 2 for p in panden):
                return spot
    raise AssertionError("no open land in the demo municipality")


def test_the_background_map_prints_under_the_data_with_its_credit_and_not_in_the_legend(printed):
    layout, path = printed["layouts"]["energielabels"], printed["pdf"]["energielabels"]
    area = demo_data.municipality(DEMO)["geometry"]
    image = render(path, printed["folder"])
    # Background pixels inside the map frame: a plas in the open land and the land itself.
    lake = next(w["geometry"] for w in background.water() if w["soort"] == "plas" and area.contains(w["geometry"]))
    inside = lake.buffer(-60).representative_point()
    assert close(colour_at(image, layout, inside.x, inside.y), styles.BACKGROUND_WATER)
    land = open_land(area)
    assert close(colour_at(image, layout, land.x, land.y), styles.BACKGROUND_LAND)
    # Under the data: a landmark pand shows its label's colour, not the background's.
    landmark = next(b for b in demo_data.landmark_buildings() if b["gemeentecode"] == DEMO)
    centre = landmark["geometry"].centroid
    assert close(colour_at(image, layout, centre.x, centre.y), styles.label_colour(landmark["elabel_definitief"]))
    map_item = layout.itemById(ITEM_MAP)
    assert map_item.layers()[-1].customProperty("dego/print_layer") == "achtergrondkaart-grijs"  # the bottom one
    # The credit line of the demo's "© Kadaster" is printed; the legend does not list the background map.
    text = " ".join(pdf_text(path).split())
    assert CREDIT in text
    assert text.count("Achtergrondkaart grijs (demo)") == 1
    legend_layers = [node.layer() for node in layout.itemById(ITEM_LEGEND).model().rootGroup().findLayers()]
    assert [layer.customProperty("dego/print_layer") for layer in legend_layers] == ["energielabel-wfs"]


def test_background_tiles_are_fetched_at_print_resolution_for_the_municipality_only(printed):
    tiles = [parse_qs(urlsplit(url).query) for url in printed["requests"] if "REQUEST=GetTile" in url]
    assert len(tiles) >= 20
    assert {t["LAYER"][0] for t in tiles} == {BACKGROUND_LAYER} and {t["TILEMATRIXSET"][0] for t in tiles} == {
        "EPSG:28992"}
    # The level whose pixels are the print's (300 dpi at the maps' scales): the sharpest the export can use.
    scales = [layout.itemById(ITEM_MAP).scale() for layout in printed["layouts"].values()]
    levels = {round(math.log2(RD_LEVEL0 / (scale * 0.0254 / PDF_DPI))) for scale in scales}
    assert {int(t["TILEMATRIX"][0]) for t in tiles} <= levels | {level + 1 for level in levels}
    # Every tile touches the municipality's bounding box: none is fetched for the margin beyond, nor elsewhere.
    xmin, ymin, xmax, ymax = printed["municipality"].boundary().bounds
    bounds = box(xmin, ymin, xmax, ymax)
    for tile in tiles:
        size = RD_LEVEL0 / 2 ** int(tile["TILEMATRIX"][0]) * 256
        col, row = int(tile["TILECOL"][0]), int(tile["TILEROW"][0])
        left, top = RD_ORIGIN[0] + col * size, RD_ORIGIN[1] - row * size
        assert box(left, top - size, left + size, top).intersects(bounds), tile


def names_layers(layout):
    return [layer for layer in layout.itemById(ITEM_MAP).layers()
            if str(layer.customProperty("dego/print_layer", "")).startswith("namen/")]


def placed_labels(layout):
    """The labels QGIS places on the layout's map at print resolution: (layer print id, text, rectangle). Only the
    names layers carry labels, so they are drawn alone."""
    map_item = layout.itemById(ITEM_MAP)
    rect = map_item.rect()
    settings = map_item.mapSettings(map_item.extent(), QSizeF(rect.width() / 25.4 * PDF_DPI,
                                                              rect.height() / 25.4 * PDF_DPI), PDF_DPI, True)
    settings.setLayers(names_layers(layout))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    ids = {layer.id(): layer.customProperty("dego/print_layer") for layer in map_item.layers()}
    return [(ids.get(label.layerID), label.labelText, label.labelRect) for label in job.takeLabelingResults().allLabels()
            if not label.isUnplaced]


def test_a_buurt_map_names_every_buurt_and_wijk_inside_its_area_without_overlaps(printed):
    layout, path = printed["layouts"]["woningwaarde"], printed["pdf"]["woningwaarde"]
    assert isinstance(layout.itemById(ITEM_MAP), QgsLayoutItemMap)
    labels = placed_labels(layout)
    buurten = {b["buurtnaam"]: b["geometry"] for b in demo_data.buurten() if b["gemeentecode"] == DEMO}
    wijken = {w["wijknaam"].upper(): w["geometry"] for w in demo_data.wijken() if w["gemeentecode"] == DEMO}
    placed = {}
    for print_id, text, rect in labels:
        placed.setdefault(print_id, {})[text.replace("\n", " ")] = box(rect.xMinimum(), rect.yMinimum(),
                                                                       rect.xMaximum(), rect.yMaximum())
    assert set(placed.get("namen/buurt", {})) == set(buurten)
    assert set(placed.get("namen/wijk", {})) == set(wijken)
    for level, areas in (("namen/buurt", buurten), ("namen/wijk", wijken)):
        for name, rect in placed[level].items():
            assert areas[name].buffer(1).contains(rect), (level, name)
    rects = [rect for level in ("namen/buurt", "namen/wijk") for rect in placed[level].values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    text = " ".join(pdf_text(path).split())
    assert all(name in text for name in buurten)
    assert all(name in text for name in wijken)  # in capitals
    # A pand-level map prints no buurt or wijk names.
    assert names_layers(printed["layouts"]["energielabels"]) == []


def test_the_legend_counts_the_panden_of_each_class_in_the_municipality(printed):
    text = " ".join(pdf_text(printed["pdf"]["energielabels"]).split())
    panden = demo_data.buildings_in(DEMO)
    for code, letter, _ in styles.ENERGY_LABEL_CLASSES:
        count = sum(1 for b in panden if b["elabel_definitief"] == code)
        assert re.search(rf"(?<!\w){re.escape(letter)} \({count}\)", text), (letter, count)
    # Only where the preset asks: the WOZ classes of the buurt map are listed without numbers.
    woz = " ".join(pdf_text(printed["pdf"]["woningwaarde"]).split())
    assert "300 - 400" in woz and "300 - 400 (" not in woz


def test_an_island_municipality_names_its_island_and_shows_nothing_between_its_parts(served_catalogue, tmp_path):
    """Voorbeeldeiland is a mainland and an island: one clip shape joins them by a bridge (a valid ring: QGIS
    clips the names with it), and the print mask paints what the bridge lets through of the background white."""
    with map_set_for(served_catalogue, tmp_path, ["eigendom"], "GM9903") as made:
        layout = made.layouts[0]
        outcome = []
        map_set.export_layouts(made.layouts, ExportOptions(str(tmp_path)), outcome.append)
        assert wait(lambda: outcome, 120) and outcome[0].failures == []
        path = tmp_path / f"{file_stem(layout.name())}.pdf"
        island = [b for b in demo_data.buurten() if b["wijkcode"] == demo_data.ISLAND_WIJK]
        text = " ".join(pdf_text(path).split())
        assert all(b["buurtnaam"] in text for b in island) and "HET EILAND" in text
        image = render(path, tmp_path)
        area = demo_data.municipality("GM9903")["geometry"]
        mainland, isle = sorted(area.geoms, key=lambda g: -g.area)
        a, b = nearest_points(mainland, isle)
        between = [(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t) for t in (0.2, 0.35, 0.5, 0.65, 0.8)]
        assert all(colour_at(image, layout, x, y) == (255, 255, 255) for x, y in between)
        xmin, ymin, xmax, ymax = isle.buffer(-200).bounds  # and the island itself is printed (not all names)
        grid = [(xmin + (xmax - xmin) * i / 5, ymin + (ymax - ymin) * j / 5) for i in range(1, 5) for j in range(1, 5)]
        inside = [colour_at(image, layout, x, y) for x, y in grid if isle.buffer(-200).contains(Point(x, y))]
        assert sum(colour != (255, 255, 255) for colour in inside) > len(inside) / 2


def test_a_buurt_whose_figure_cbs_keeps_secret_is_grey_with_geen_gegevens_in_the_legend(printed):
    """Noorderhof's WOZ value is CBS's secret code in the demo data: drawn in the "no data" grey, listed in the
    legend (in Dutch, the map's language); the energielabel map, without such a buurt, lists no such class."""
    from dego_plugin.compositions.no_data import NO_DATA_COLOUR

    layout, path = printed["layouts"]["woningwaarde"], printed["pdf"]["woningwaarde"]
    [secret] = [b for b in demo_data.buurten() if b["buurtcode"] in demo_data.SECRET_BUURTEN
                and b["gemeentecode"] == DEMO]
    assert "Geen gegevens" in " ".join(pdf_text(path).split())
    assert "Geen gegevens" not in " ".join(pdf_text(printed["pdf"]["energielabels"]).split())
    image = render(path, printed["folder"])
    inner = secret["geometry"].buffer(-40)
    xmin, ymin, xmax, ymax = inner.bounds
    spots = [Point(xmin + (xmax - xmin) * i / 8, ymin + (ymax - ymin) * j / 8) for i in range(1, 8) for j in range(1, 8)]
    spots = [spot for spot in spots if inner.contains(spot)]
    grey = (NO_DATA_COLOUR.red(), NO_DATA_COLOUR.green(), NO_DATA_COLOUR.blue())
    greys = [spot for spot in spots if close(colour_at(image, layout, spot.x, spot.y), grey)]
    assert len(spots) >= 5 and len(greys) > len(spots) / 2, (len(greys), len(spots))  # its name covers a few
