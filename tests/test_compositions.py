"""Transitievisie maps (compositions/): presets, layouts in the project, PDF export, on real QGIS against the
reference service. The PDFs are checked with poppler's command-line tools, as a reader would see them."""
from __future__ import annotations

import json
import re
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor, QImage

from dego_plugin.compositions import layout as layout_module
from dego_plugin.compositions import map_set
from dego_plugin.compositions.export import ExportOptions, file_stem
from dego_plugin.compositions.layout import COMPOSITION_PROPERTY, ITEM_CLIP, ITEM_LEGEND, ITEM_MAP, is_plugin_layout
from dego_plugin.model.presets import PLAN_LAYER, parse_presets
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.layers.clip import clip_layer
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.toolbelt.tasks import TaskOwner
from dego_plugin.service.boundaries import load_boundary, service_for
from dego_plugin.service.http import fetch
from dego_plugin.tools.refservice import styles
from dego_plugin.tools.refservice.service import SERVERS

ROOT = Path(__file__).resolve().parent.parent
DEMO = "GM9901"
PAGE_POINTS = {("A3", "landscape"): (1191, 842), ("A4", "portrait"): (595, 842), ("A4", "landscape"): (842, 595),
               ("A3", "portrait"): (842, 1191)}
DEMO_ATTRIBUTION = "© Demokadaster (fictieve demodata)"  # the demo background map's "© Kadaster"


def demo_page(preset):
    """The page of a reference preset for Demodorp, a tall municipality: "auto" stands the paper upright."""
    return PAGE_POINTS[(preset.paper, "portrait" if preset.orientation == "auto" else preset.orientation)]
# The class colours of each reference layer's style (tools/refservice/styles.py), as the legend draws them.
LEGEND_COLOURS = {
    "energielabel-wfs": [c for _, _, c in styles.ENERGY_LABEL_CLASSES],
    "energielabel-oapif": [c for _, _, c in styles.ENERGY_LABEL_CLASSES],
    "gasverbruik-wfs": [c for *_, c in styles.GAS_CLASSES],
    "buurten-woz-wfs": [c for *_, c in styles.WOZ_CLASSES],
    "lagerinkomen-wfs": [c for *_, c in styles.LOW_INCOME_CLASSES],
    "woningcorporatie-wfs": [c for *_, c in styles.WONINGCORPORATIE_CLASSES],
}


def wait(condition, timeout_s=60.0):
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    QgsApplication.processEvents()
    return condition()


def pdf_pages(path: Path):
    """[(width, height) in points] per page, from pdfinfo."""
    text = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return [(round(float(w)), round(float(h))) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", text)]


def pdf_text(path: Path) -> str:
    """The page text; NFKC undoes the typesetter's ligatures ('ﬁ' → 'fi')."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def render_page(path: Path, folder: Path, page: int = 1) -> QImage:
    stem = folder / f"{path.stem}-p{page}"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(path),
                    str(stem)], check=True)
    return QImage(str(stem) + ".png")


def colours_in(image: QImage, box, colours, tolerance=12):
    """The colours of `colours` found in the pixel box (x0, y0, x1, y1) of the image."""
    x0, y0, x1, y1 = box
    seen = set()
    for y in range(max(0, y0), min(image.height(), y1), 1):
        for x in range(max(0, x0), min(image.width(), x1), 1):
            pixel = QColor(image.pixel(x, y))
            for colour in colours:
                if all(abs(a - b) <= tolerance for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), colour)):
                    seen.add(colour)
    return seen


@pytest.fixture(scope="module", params=SERVERS)
def made(request, reference_service, tmp_path_factory, qgis_app):
    """GM9901 chosen, the print layers made, a layout per reference preset in the project, all exported; over
    each OGC server in turn (qgis_mapserver, MapServer 8)."""
    folder = tmp_path_factory.mktemp("maps")
    project = QgsProject.instance()
    project.clear()
    catalogue = parse_catalogue(fetch(reference_service.served(request.param).catalogue_url).body)
    presets, problems = parse_presets(catalogue)
    assert not problems
    presets = [p for p in presets if not p.uses_plan]  # the Wat- and Wanneer-kaarten: tests/test_plan_maps.py
    choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=folder / "cache")
    municipality = load_boundary(service_for(catalogue.boundaries), DEMO, folder / "cache").municipality
    choice.apply(municipality, zoom=False)
    ready = []
    map_set.prepare_print_layers(project, catalogue, presets, municipality, lambda url: fetch(url).body,
                                 TaskOwner(), ready.append)
    assert wait(lambda: ready) and ready[0].result == {}
    layouts = map_set.make_layouts(project, catalogue, presets, municipality)
    assert not layouts.failures
    outcome = []
    map_set.export_layouts(layouts.layouts, ExportOptions(str(folder), pdf_per_map=True, combined_pdf=True,
                                                          combined_name="alle-kaarten"), outcome.append)
    assert wait(lambda: outcome, 90)
    yield {"folder": folder, "catalogue": catalogue, "presets": presets, "municipality": municipality,
           "layouts": layouts.layouts, "outcome": outcome[0], "project": project, "choice": choice}
    choice.unload()
    project.clear()


def test_reference_and_bundled_catalogues_ship_seven_presets_that_parse_cleanly(reference_service):
    for document in (reference_service.catalogue(), json.loads((ROOT / "resources" / "catalogue.json").read_text())):
        catalogue = parse_catalogue(json.dumps(document))
        presets, problems = parse_presets(catalogue)
        assert len(presets) >= 7 and problems == ()
        # The eigendom map of a transitievisie: corporatiebezit per buurt.
        eigendom = next(p for p in presets if p.id == "eigendom")
        assert [catalogue.entry(i).level for i in eigendom.layer_ids()] == ["buurt"]
        assert "woningcorporatie_woningen_percentage" in catalogue.entry(eigendom.layer_ids()[0]).style.qml
        for preset in presets:  # every layer a preset names exists in that catalogue (or is the municipality's plan)
            assert all(catalogue.entry(i) is not None for i in preset.layer_ids() if i != PLAN_LAYER)
            assert preset.source_lines(catalogue), preset.id
        # The two maps every warmteprogramma holds, drawn from the municipality's own plan layer.
        plan_maps = {p.id: [(item.id, item.style) for item in p.layers] for p in presets if p.uses_plan}
        assert plan_maps == {"wat": [(PLAN_LAYER, "Wat")], "wanneer": [(PLAN_LAYER, "Wanneer")]}


def test_a_bad_preset_is_skipped_with_a_reason_the_others_load(reference_service):
    document = reference_service.catalogue()
    good = document["presets"][0]
    document["presets"] = [good, {"id": "x", "title": "X", "layers": ["does-not-exist"]},
                           {"id": "y", "layers": ["energielabel-wfs"]}, {"id": "z", "title": "Z", "layers": [],
                                                                          "paper": "A5"}, dict(good)]
    presets, problems = parse_presets(parse_catalogue(json.dumps(document)))
    assert [p.id for p in presets] == [good["id"]]
    assert [str(p) for p in problems] == [
        "presets[1] (x): layer 'does-not-exist' is not in the catalogue",
        "presets[2] (y): the preset has no 'title'",
        "presets[3] (z): the preset has no 'layers' list",
        f"presets[4] ({good['id']}): id '{good['id']}' is used by an earlier preset"]


def test_every_preset_exports_a_pdf_with_its_title_place_sources_size_and_legend_colours(made):
    folder, catalogue, municipality = made["folder"], made["catalogue"], made["municipality"]
    assert made["outcome"].failures == [] and not made["outcome"].cancelled
    for preset, layout in zip(made["presets"], made["layouts"]):
        path = folder / f"{file_stem(layout.name())}.pdf"
        assert preset.orientation == "auto" and pdf_pages(path) == [demo_page(preset)], preset.id
        text = " ".join(pdf_text(path).split())
        assert preset.title in text and f"Gemeente {municipality.name}" in text
        for line in preset.source_lines(catalogue):
            assert line in text, (preset.id, line)
        assert DEMO_ATTRIBUTION in text  # every reference preset prints on the demo background map
        # The legend's area on the rendered page shows the classes of the preset's layers.
        image = render_page(path, folder)
        legend = layout.itemById(ITEM_LEGEND).sceneBoundingRect()
        px = 50 / 25.4
        box = (int(legend.left() * px), int(legend.top() * px), int(legend.right() * px), int(legend.bottom() * px))
        for layer_id in preset.layer_ids():
            found = colours_in(image, box, LEGEND_COLOURS[layer_id])
            assert len(found) >= 2, (preset.id, layer_id, found)


def test_one_combined_pdf_holds_every_map_each_at_its_own_paper_size(made):
    path = made["folder"] / "alle-kaarten.pdf"
    assert pdf_pages(path) == [demo_page(p) for p in made["presets"]]
    text = pdf_text(path)
    assert all(p.title in " ".join(text.split()) for p in made["presets"])


def test_the_map_is_clipped_to_the_municipality_by_layout_item_clipping(made, tmp_path):
    """With the layer's own (server-side) clip removed, the neighbours' panden reach the map frame; the layout's
    item clipping still keeps everything outside the border off the page. Without it, they show (the control)."""
    layout = made["layouts"][0]
    map_item = layout.itemById(ITEM_MAP)
    layers = map_item.layers()
    layer = next(layer for layer in layers if layer.customProperty("dego/print_layer") == "energielabel-wfs")
    clip_layer(layer, None)
    # Without the print mask (the project's mask, drawn white over everything outside the border): the clip alone.
    map_item.setLayers([layer for layer in layers if layer.customProperty("dego/role", "") != "mask"])
    extent = map_item.extent()
    wider = QgsRectangle(extent)
    wider.scale(1.8)  # the municipality fills the upright page: zoomed out, its neighbours reach into the frame
    map_item.setExtent(wider)
    layout_module._clip_to(layout, map_item, made["municipality"])  # the clip shape follows
    try:
        frame = layout.itemById(ITEM_MAP).sceneBoundingRect()
        clip = layout.itemById(ITEM_CLIP).sceneBoundingRect()
        dpi = 100  # the zoomed-out panden must still show their own colours
        px = dpi / 25.4
        left_band = (int(frame.left() * px) + 2, int(frame.top() * px) + 2, int(clip.left() * px) - 3,
                     int(frame.bottom() * px) - 2)
        right_band = (int(clip.right() * px) + 3, left_band[1], int(frame.right() * px) - 2, left_band[3])
        labels = LEGEND_COLOURS["energielabel-wfs"][:7]

        def outside_colours(clipped: bool):
            layout.itemById(ITEM_MAP).itemClippingSettings().setEnabled(clipped)
            layout.itemById(ITEM_MAP).invalidateCache()
            path = tmp_path / f"clipped-{clipped}.png"
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = dpi
            settings.appendGeoreference = False
            assert QgsLayoutExporter(layout).exportToImage(str(path), settings) == QgsLayoutExporter.Success
            image = QImage(str(path))
            return colours_in(image, left_band, labels, 30) | colours_in(image, right_band, labels, 30)

        assert len(outside_colours(False)) >= 1  # control: the neighbours' panden are there unclipped
        assert outside_colours(True) == set()
    finally:
        map_item.setLayers(layers)
        map_item.setExtent(extent)
        layout_module._clip_to(layout, map_item, made["municipality"])
        layout.itemById(ITEM_MAP).itemClippingSettings().setEnabled(True)
        clip_layer(layer, made["municipality"])


def test_layouts_survive_save_and_reopen_and_rerun_never_touches_a_users_layout(made, tmp_path):
    project, presets = made["project"], made["presets"]
    names = [layout.name() for layout in made["layouts"]]
    mine = QgsPrintLayout(project)
    mine.initializeDefaults()
    mine.setName(names[1])  # a user's layout that carries one of our names (ours was deleted meanwhile)
    project.layoutManager().removeLayout(project.layoutManager().layoutByName(names[1]))
    assert project.layoutManager().addLayout(mine)
    other = QgsPrintLayout(project)
    other.initializeDefaults()
    other.setName("Mijn eigen kaart")
    project.layoutManager().addLayout(other)

    # Re-running replaces our own layouts; the user's two stay, ours gets a number where the name is taken.
    again = map_set.make_layouts(project, made["catalogue"], presets, made["municipality"])
    assert not again.failures
    ours = [layout for layout in project.layoutManager().printLayouts() if is_plugin_layout(layout)]
    assert len(ours) == len(presets)
    assert project.layoutManager().layoutByName("Mijn eigen kaart") is other
    assert not is_plugin_layout(project.layoutManager().layoutByName(names[1]))
    assert project.layoutManager().layoutByName(names[1] + " (2)") is not None

    path = tmp_path / "kaarten.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    reopened = {layout.name(): layout for layout in project.layoutManager().printLayouts()}
    assert "Mijn eigen kaart" in reopened and not is_plugin_layout(reopened["Mijn eigen kaart"])
    for preset in presets:
        layout = next(l for l in reopened.values() if l.customProperty(COMPOSITION_PROPERTY, "") == preset.id)
        map_item = layout.itemById(ITEM_MAP)
        assert isinstance(map_item, QgsLayoutItemMap) and map_item.keepLayerSet()
        assert all(layer is not None and layer.isValid() for layer in map_item.layers())
        assert len(map_item.layers()) >= len(preset.layers)
        assert map_item.itemClippingSettings().isActive()
    made["layouts"][:] = [next(l for l in reopened.values() if l.customProperty(COMPOSITION_PROPERTY, "") == p.id)
                          for p in presets]


def test_cancelling_an_export_leaves_no_half_written_file(made, tmp_path, dego_log):
    layouts = made["layouts"]
    outcome = []
    task = map_set.export_layouts(layouts * 3, ExportOptions(str(tmp_path), pdf_per_map=True, combined_pdf=True,
                                                             png=True), outcome.append)
    task.progressChanged.connect(lambda value: task.cancel() if value > 0 else None)
    assert wait(lambda: outcome, 60)
    assert outcome[0].cancelled, (outcome[0], dego_log)  # the log holds an unexpected error's traceback
    written = sorted(p.name for p in tmp_path.iterdir())
    assert not [name for name in written if ".part" in name or name.startswith(".")]
    assert len(written) < len(layouts) * 2  # it stopped early
    for name in written:  # what is there is complete
        path = tmp_path / name
        if path.suffix == ".pdf":
            assert pdf_pages(path)
        else:
            assert not QImage(str(path)).isNull()


def test_the_dialog_makes_and_exports_the_ticked_maps_while_qgis_stays_responsive(made, tmp_path, qtbot):
    from qgis.PyQt.QtCore import Qt

    from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog

    messages = []
    dialog = TransitievisieDialog(made["project"], made["catalogue"], made["municipality"],
                                  lambda url: fetch(url).body,
                                  lambda level, text: messages.append(text))
    qtbot.addWidget(dialog)
    assert "Demodorp (GM9901)" in dialog.municipality_label.text()
    for row in range(1, dialog.preset_list.count()):
        dialog.preset_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.folder.setFilePath(str(tmp_path))
    dialog.png.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)

    def buttons_at():
        return [button.mapTo(dialog, button.rect().topLeft()) for button in (dialog.export_button, dialog.cancel_button)]

    before = buttons_at()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled()  # the export runs in a task; the dialog returned at once
    qtbot.wait(50)
    assert dialog.progress.isVisible() and buttons_at() == before  # the progress bar had its room: nothing jumps
    qtbot.waitUntil(lambda: not dialog.cancel_button.isEnabled(), timeout=60000)
    qtbot.wait(50)
    assert dialog.open_pdf.isVisible() and buttons_at() == before
    stem = file_stem(f"{made['presets'][0].title} – Demodorp")
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{stem}.pdf", f"{stem}.png"]
    assert "2 files written" in dialog.status.text()
    # the result can be opened from the dialog, and the folder is offered again next time
    assert dialog.open_pdf.isVisibleTo(dialog) and dialog.open_folder.isVisibleTo(dialog)
    assert dialog._pdf_to_open == str(tmp_path / f"{stem}.pdf")
    again = TransitievisieDialog(made["project"], made["catalogue"], made["municipality"], lambda url: b"",
                                 lambda level, text: None)
    qtbot.addWidget(again)
    assert again.folder.filePath() == str(tmp_path) and not again.open_folder.isVisibleTo(again)


def test_maps_go_to_the_documents_folder_by_default():
    from qgis.PyQt.QtCore import QStandardPaths

    from dego_plugin.dialogs.transitievisie_dialog import default_maps_folder

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert documents and default_maps_folder() == str(Path(documents) / "DEGO-kaarten")


def test_a_label_the_user_added_with_layout_variables_prints_them(made, tmp_path):
    """The worker exports a copy of the layout; expressions in a user's own label still see the layout's name
    and the project's municipality."""
    # A plugin layout in the project now (an earlier test reran the maps, which replaced the fixture's layouts).
    layout = next(item for item in made["project"].layoutManager().printLayouts() if is_plugin_layout(item))
    label = QgsLayoutItemLabel(layout)
    label.setText("Kaart: [% @layout_name %] ([% @dego_gemeentecode %])")
    label.attemptSetSceneRect(QRectF(10, 150, 250, 10))
    layout.addLayoutItem(label)
    try:
        outcome = []
        map_set.export_layouts([layout], ExportOptions(str(tmp_path)), outcome.append)
        assert wait(lambda: outcome, 90) and outcome[0].failures == []
        text = " ".join(pdf_text(tmp_path / f"{file_stem(layout.name())}.pdf").split())
        assert f"Kaart: {layout.name()} ({made['municipality'].code})" in text
    finally:
        layout.removeLayoutItem(label)


def test_without_a_warmteprogramma_the_dialog_says_so_and_makes_the_other_maps(made, tmp_path, qtbot):
    from qgis.PyQt.QtCore import Qt

    from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog

    messages = []
    dialog = TransitievisieDialog(made["project"], made["catalogue"], made["municipality"],
                                  lambda url: fetch(url).body,
                                  lambda level, text: messages.append(text))
    qtbot.addWidget(dialog)
    for row in range(dialog.preset_list.count()):
        item = dialog.preset_list.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in ("wat", made["presets"][0].id)
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    dialog.folder.setFilePath(str(tmp_path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.cancel_button.isEnabled(), timeout=60000)
    assert ("Map not made: Wat: warmtealternatief per buurt: this project has no warmteprogramma of Demodorp: "
            "make it with “Warmteprogramma” on the DEGO toolbar first") in messages
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{file_stem(made['presets'][0].title + ' – Demodorp')}.pdf"]


def test_a_map_that_follows_a_map_theme_prints_the_themes_style_and_leaves_the_layer_alone(qgis_app, tmp_path):
    """The worker draws a copy of a layer in the style its map asks for (a map theme's here, the print mask's white
    in the plugin's maps): applied by the worker to a layer made on the GUI thread, Qt printed "QObject::setParent:
    Cannot set parent, new parent is in a different thread" for each map drawn, and a theme's style was lost."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsMapLayerStyle,
                           QgsMapThemeCollection, QgsSymbol, QgsVectorLayer)

    from qgis_guard import qt_messages

    project = QgsProject()  # of its own: the module's map set stays in the instance
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "vlak", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 1000, 1000)))
    layer.dataProvider().addFeatures([feature])
    project.addMapLayer(layer)

    def painted(colour: str) -> str:
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(colour))
        symbol.symbolLayer(0).setStrokeColor(QColor(colour))
        layer.renderer().setSymbol(symbol)
        style = QgsMapLayerStyle()
        style.readFromLayer(layer)
        return style.xmlData()

    assert layer.styleManager().addStyle("rood", QgsMapLayerStyle(painted("#ff0000")))
    painted("#0000ff")  # its own style, current: blue
    record = QgsMapThemeCollection.MapThemeLayerRecord(layer)
    record.usingCurrentStyle, record.currentStyle = True, "rood"
    theme = QgsMapThemeCollection.MapThemeRecord()
    theme.setLayerRecords([record])
    project.mapThemeCollection().insert("thema", theme)

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("thema")
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptSetSceneRect(QRectF(10, 10, 100, 100))
    map_item.setExtent(QgsRectangle(-100, -100, 1100, 1100))
    map_item.setFollowVisibilityPreset(True)
    map_item.setFollowVisibilityPresetName("thema")
    layout.addLayoutItem(map_item)

    outcome = []
    with qt_messages() as printed:
        map_set.export_layouts([layout], ExportOptions(str(tmp_path), pdf_per_map=False, png=True), outcome.append)
        assert wait(lambda: outcome) and outcome[0].failures == []
    image = QImage(str(tmp_path / "thema.png"))
    centre = int(60 / 25.4 * 150)  # the map's centre, at the export's 150 dpi
    assert image.pixelColor(centre, centre).name() == "#ff0000"
    assert [message for message in printed if "thread" in message.lower()] == []
    assert layer.styleManager().currentStyle() == "default" and layer.renderer().symbol().color().name() == "#0000ff"
