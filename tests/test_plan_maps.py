"""The Wat- and Wanneer-kaarten: the presets of both catalogues printed from the municipality's plan layer by the map-set
flow (compositions/map_set.py), checked in the PDF a council member gets: each buurt in the colour of its value, a
legend that lists only the values used (and the start buurten), the sources and the subtitle."""
from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsLayoutItemMap, QgsProject
from qgis.PyQt.QtGui import QColor

from dego_plugin.compositions import map_set
from dego_plugin.compositions.export import ExportOptions, file_stem
from dego_plugin.compositions.layout import ITEM_MAP
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.layers.plan_files import PlanFile, import_values
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.model.plan import PERIODS, STRATEGIES, PlanMetadata
from dego_plugin.model.presets import parse_presets
from dego_plugin.service.boundaries import load_boundary, service_for
from dego_plugin.service.http import fetch
from dego_plugin.toolbelt.tasks import TaskOwner
from dego_plugin.tools.demo_plan import make_demo_plan
from dego_plugin.tools.refservice import demo_data
from dego_plugin.tools.refservice.service import SERVERS
from test_compositions import pdf_text, wait

DPI = 50
# Three alternatives and two periods, so the legends must leave the other values out; one start buurt.
STRATEGIE = ("warmtenet_mt_ht", "individueel_elektrisch", "nog_geen_voorkeur")
PERIODE = ("2030_2035", "na_2040")
START = "BU99010201"


def colour(code, choices):
    return QColor(next(c.colour for c in choices if c.code == code)).getRgb()[:3]


def fill_colour(image, layout, buurt):
    """The colour most points of a grid well inside the buurt show: a buurt or wijk name may cover one or two."""
    from collections import Counter

    from shapely.geometry import Point

    inner = buurt.buffer(-250)
    xmin, ymin, xmax, ymax = inner.bounds
    points = [Point(xmin + (xmax - xmin) * i / 6, ymin + (ymax - ymin) * j / 6) for i in range(1, 6) for j in range(1, 6)]
    seen = Counter(pixel(image, layout, p) for p in points if inner.contains(p))
    return seen.most_common(1)[0][0]


def pixel(image, layout, point):
    map_item = next(i for i in layout.items() if isinstance(i, QgsLayoutItemMap) and i.id() == ITEM_MAP)
    extent, rect = map_item.extent(), map_item.sceneBoundingRect()
    x_mm = rect.left() + (point.x - extent.xMinimum()) / extent.width() * rect.width()
    y_mm = rect.top() + (extent.yMaximum() - point.y) / extent.height() * rect.height()
    colour_ = QColor(image.pixel(round(x_mm / 25.4 * DPI), round(y_mm / 25.4 * DPI)))
    return colour_.red(), colour_.green(), colour_.blue()


def close(actual, expected, tolerance=8):
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected))


@pytest.fixture(scope="module", params=SERVERS)
def printed(request, reference_service, tmp_path_factory, qgis_app):
    """The plan of GM9901 made from each OGC server's buurten in turn, and its Wat- and Wanneer-kaarten."""
    folder = tmp_path_factory.mktemp("plan-maps")
    project = QgsProject.instance()
    project.clear()
    catalogue = parse_catalogue(fetch(reference_service.served(request.param).catalogue_url).body)
    presets = [p for p in parse_presets(catalogue)[0] if p.uses_plan]
    municipality = load_boundary(service_for(catalogue.boundaries), "GM9901", folder / "cache").municipality
    choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=folder / "cache")
    choice.apply(municipality, zoom=False)
    plan = make_demo_plan(catalogue, municipality, folder)  # the Warmteprogramma button's own code
    buurten = sorted(b["buurtcode"] for b in demo_data.buurten() if b["gemeentecode"] == "GM9901")
    values = {code: {"strategie": STRATEGIE[n % 3], "periode": PERIODE[n % 2], "startbuurt": code == START}
              for n, code in enumerate(buurten)}
    import_values(plan, PlanFile([dict(v, buurtcode=c) for c, v in values.items()], PlanMetadata("GM9901")),
                  commit=True)

    def export(name):
        ready, outcome = [], []
        map_set.prepare_print_layers(project, catalogue, presets, municipality, lambda url: fetch(url).body,
                                     TaskOwner(), ready.append)
        assert wait(lambda: ready) and ready[0].result == {}
        made = map_set.make_layouts(project, catalogue, presets, municipality)
        assert not made.failures and len(made.layouts) == 2
        map_set.export_layouts(made.layouts, ExportOptions(str(folder / name)), outcome.append)
        assert wait(lambda: outcome, 90) and not outcome[0].failures
        return {p.id: (folder / name / f"{file_stem(p.title)}-Demodorp.pdf", layout)
                for p, layout in zip(presets, made.layouts)}

    yield {"folder": folder, "values": values, "export": export, "plan": plan, "presets": presets}
    choice.unload()
    project.clear()


def render(path: Path, folder: Path):
    import subprocess

    from qgis.PyQt.QtGui import QImage

    stem = folder / path.stem
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(path), str(stem)], check=True)
    return QImage(str(stem) + ".png")


def test_each_buurt_is_printed_in_the_colour_of_its_value(printed):
    maps = printed["export"]("first")
    buurten = {b["buurtcode"]: b["geometry"] for b in demo_data.buurten() if b["gemeentecode"] == "GM9901"}
    for preset_id, field, choices in (("wat", "strategie", STRATEGIES), ("wanneer", "periode", PERIODS)):
        path, layout = maps[preset_id]
        image = render(path, printed["folder"])
        for code, values in printed["values"].items():
            seen = fill_colour(image, layout, buurten[code])
            assert close(seen, colour(values[field], choices)), (preset_id, code, values[field], seen)


def test_the_legend_lists_only_the_values_used_and_the_start_buurten(printed):
    maps = printed["export"]("legend")
    for preset_id, used, choices in (("wat", STRATEGIE, STRATEGIES), ("wanneer", PERIODE, PERIODS)):
        text = " ".join(pdf_text(maps[preset_id][0]).split())
        for choice in choices:
            assert (choice.label in text) == (choice.code in used), (preset_id, choice.label)
        assert "Startbuurt" in text and "Nog niet ingevuld" not in text and "Waarde buiten de lijst" not in text
        assert "Gemeente Demodorp – warmteprogramma (concept)" in text
        assert "Bron: Gemeente Demodorp, warmteprogramma (concept)" in text and "Kaartdatum:" in text


def test_a_saved_edit_is_printed_the_next_time(printed):
    plan = printed["plan"]
    changed = next(code for code, v in printed["values"].items() if v["strategie"] == "nog_geen_voorkeur")
    plan.startEditing()
    fid = next(f.id() for f in plan.getFeatures() if f["buurtcode"] == changed)
    plan.changeAttributeValue(fid, plan.fields().indexOf("strategie"), "warmtenet_lt")
    assert plan.commitChanges()
    printed["values"][changed]["strategie"] = "warmtenet_lt"
    maps = printed["export"]("again")
    path, layout = maps["wat"]
    buurt = next(b["geometry"] for b in demo_data.buurten() if b["buurtcode"] == changed)
    assert close(fill_colour(render(path, printed["folder"]), layout, buurt), colour("warmtenet_lt", STRATEGIES))
    assert "Warmtenet lage temperatuur" in pdf_text(path)  # the legend follows the saved plan, not a cached one
