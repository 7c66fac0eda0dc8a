"""The right page shape: with "auto" a tall municipality gets an upright page and a wide one a page on its side, each
filling its map frame; per-wijk pages choose per wijk and keep the wijken in order. Real QGIS layouts and PDFs, on
synthetic municipalities and wijken (no server)."""
from __future__ import annotations

import re
import subprocess

import pytest
from qgis.core import QgsFeature, QgsFeedback, QgsGeometry, QgsProject, QgsVectorLayer
from shapely.geometry import box

from dego_plugin.compositions.export import ExportOptions, LayoutExport
from dego_plugin.compositions.layout import ITEM_MAP, add_layout, build_layout
from dego_plugin.compositions.page_shape import fill_ratio, map_frame
from dego_plugin.compositions.wijk_pages import WIJK_PAGES_PROPERTY, make_wijk_atlas, wijk_orientations
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.model.municipality import Municipality
from dego_plugin.model.presets import Preset, PresetLayer

CATALOGUE = parse_catalogue('{"version": "1.0", "layers": []}')
TALL = Municipality("GM9991", "Hoogdorp", box(150000, 440000, 154500, 450500).wkb)  # 4.5 x 10.5 km
WIDE = Municipality("GM9992", "Breedveen", box(150000, 440000, 162000, 449000).wkb)  # 12 x 9 km


def preset(orientation="auto", paper="A3") -> Preset:
    return Preset("vorm", "Vorm van de pagina", (PresetLayer("x"),), paper=paper, orientation=orientation)


def areas(*shapes) -> QgsVectorLayer:
    """A wijken layer: (wijkcode, wijknaam, shapely polygon) per wijk."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=wijkcode:string&field=wijknaam:string", "wijken", "memory")
    features = []
    for code, name, shape in shapes:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, name])
        feature.setGeometry(QgsGeometry.fromWkt(shape.wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def filled(layout, municipality) -> float:
    """The share of the map frame the municipality's bounding box covers."""
    extent = layout.itemById(ITEM_MAP).extent()
    xmin, ymin, xmax, ymax = municipality.boundary().bounds
    return (xmax - xmin) * (ymax - ymin) / (extent.width() * extent.height())


@pytest.mark.parametrize("paper", ["A3", "A4"])
def test_auto_stands_a_tall_municipality_upright_and_lays_a_wide_one_down_each_filling_its_map(paper, qgis_app):
    project = QgsProject()
    layer = areas(("WK1", "Midden", box(150000, 440000, 151000, 441000)))
    for municipality, expected, other in ((TALL, "portrait", "landscape"), (WIDE, "landscape", "portrait")):
        auto = build_layout(project, preset(paper=paper), CATALOGUE, municipality, [layer])
        size = auto.pageCollection().page(0).pageSize()
        assert ("portrait" if size.height() > size.width() else "landscape") == expected, municipality.name
        # The municipality fills most of its map (a 4% margin around it aside); the other way up, half or less.
        turned = build_layout(project, preset(other, paper), CATALOGUE, municipality, [layer])
        assert filled(auto, municipality) > 0.65 and filled(turned, municipality) < 0.5, municipality.name
        xmin, ymin, xmax, ymax = municipality.boundary().bounds
        assert fill_ratio(xmax - xmin, ymax - ymin, map_frame(paper, expected)) > 0.8


def test_the_portrait_map_is_tall_and_the_landscape_map_nearly_square():
    for paper in ("A3", "A4"):
        (pw, ph), (lw, lh) = map_frame(paper, "portrait"), map_frame(paper, "landscape")
        assert pw / ph < 0.55 and 1.0 < lw / lh < 1.2, paper


def test_each_wijk_gets_the_orientation_it_fills_best_picked_by_an_expression_of_its_shape(qgis_app):
    wijken = areas(("WK01", "Breed", box(150000, 440000, 156000, 442000)),
                   ("WK02", "Hoog", box(156000, 440000, 157500, 446000)),
                   ("WK03", "Ook breed", box(150000, 442000, 155000, 444000)))
    shapes = wijk_orientations(wijken, "auto", "A3")
    assert [orientation for orientation, _ in shapes] == ["landscape", "portrait"]
    picked = {orientation: [f["wijkcode"] for f in wijken.getFeatures(expression)] for orientation, expression in shapes}
    assert picked == {"landscape": ["WK01", "WK03"], "portrait": ["WK02"]}
    # One shape only, or a fixed orientation: one atlas without a filter.
    assert wijk_orientations(areas(("WK01", "Breed", box(0, 0, 6000, 2000))), "auto", "A3") == [("landscape", "")]
    assert wijk_orientations(wijken, "portrait", "A3") == [("portrait", "")]


def test_pages_per_wijk_of_two_orientations_come_in_wijk_order(qgis_app, tmp_path):
    """Two atlas layouts (one per orientation) give one PDF whose wijk pages follow the wijk codes, each at its own
    page shape: overview, WK01 (wide), WK02 (tall), WK03 (wide)."""
    project = QgsProject()
    wijken = areas(("WK03", "Ook breed", box(150000, 442000, 155000, 444000)),
                   ("WK01", "Breed", box(150000, 440000, 156000, 442000)),
                   ("WK02", "Hoog", box(156000, 440000, 157500, 446000)))
    project.addMapLayer(wijken)
    municipality = Municipality("GM9993", "Wijkstad", box(150000, 440000, 157500, 446000).wkb)
    overview = add_layout(project, build_layout(project, preset(), CATALOGUE, municipality, [wijken]))
    names = []
    for orientation, only in wijk_orientations(wijken, "auto", "A3"):
        atlas = build_layout(project, preset(), CATALOGUE, municipality, [wijken], orientation=orientation,
                             name=f"per wijk {orientation}")
        make_wijk_atlas(atlas, preset(), municipality, wijken, only)
        names.append(add_layout(project, atlas).name())
    overview.setCustomProperty(WIJK_PAGES_PROPERTY, names)
    outcome = LayoutExport([overview], ExportOptions(str(tmp_path), wijk_pages=True)).run(QgsFeedback(),
                                                                                          lambda percent: None)
    assert outcome.failures == [] and len(outcome.files) == 1
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9", outcome.files[0]], capture_output=True, text=True,
                          check=True).stdout
    sizes = [(round(float(w)), round(float(h))) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    upright, lying = (842, 1191), (1191, 842)
    assert sizes == [lying, lying, upright, lying]
    text = subprocess.run(["pdftotext", "-layout", outcome.files[0], "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")
    assert [next(n for n in ("Ook breed", "Breed", "Hoog") if n in page) for page in pages[1:4]] == \
        ["Breed", "Hoog", "Ook breed"]
