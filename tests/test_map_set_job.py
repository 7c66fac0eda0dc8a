"""Cancel, close and unload while the transitievisie maps are made (compositions/map_set.py `MapSetJob`, the
dialog), on real QGIS against the reference service: nothing is left half-made, the user reads "cancelled",
nothing reaches the project afterwards, and an export shows the municipality it started with."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from qgis.core import Qgis, QgsLayoutItemMap, QgsProject
from qgis.PyQt.QtCore import Qt

from dego_plugin.compositions import map_set
from dego_plugin.compositions.export import ExportOptions, file_stem
from dego_plugin.compositions.layout import ITEM_MAP, is_plugin_layout
from dego_plugin.compositions.map_set import EXPORTING, LAYOUTS, PREPARING, MapSetJob
from dego_plugin.compositions.print_layers import PRINT_LAYER_PROPERTY, find_print_group, print_layer
from dego_plugin.controllers.municipality_choice import CODE_VARIABLE, MunicipalityChoice
from dego_plugin.layers.clip import ROLE_PROPERTY, project_layers_with
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.model.presets import parse_presets
from dego_plugin.service import settings
from dego_plugin.service.boundaries import load_boundary, service_for
from dego_plugin.service.http import fetch
from dego_plugin.toolbelt.tasks import TaskOwner

from qgis_guard import no_python_errors
from task_helpers import settle
from test_compositions import DEMO, pdf_pages, pdf_text

OTHER = "GM9902"  # Proefstad, Demodorp's neighbour


@pytest.fixture()
def demo(reference_service, tmp_path, qtbot):
    """Demodorp chosen in a clean project; the print layers are not made yet."""
    project = QgsProject.instance()
    project.clear()
    catalogue = parse_catalogue(json.dumps(reference_service.catalogue()))
    presets = list(parse_presets(catalogue)[0])
    messages = []
    choice = MunicipalityChoice(project, lambda level, text: messages.append(text), cache_dir=tmp_path / "cache")
    choice.set_boundaries(catalogue.boundaries)
    municipality = load_boundary(service_for(catalogue.boundaries), DEMO, tmp_path / "cache").municipality
    choice.apply(municipality, zoom=False)
    settle(qtbot)
    yield SimpleNamespace(project=project, catalogue=catalogue, presets=presets, municipality=municipality,
                          choice=choice, folder=tmp_path / "maps", messages=messages)
    choice.unload()
    settle(qtbot)
    project.clear()


def prepared(demo, qtbot, presets):
    """The print layers of `presets` in the project, as an earlier run leaves them."""
    ready = []
    map_set.prepare_print_layers(demo.project, demo.catalogue, presets, demo.municipality,
                                 lambda url: fetch(url).body, TaskOwner(), ready.append)
    qtbot.waitUntil(lambda: bool(ready), timeout=60000)
    assert ready[0].result == {}
    settle(qtbot)


def start_job(demo, presets, options, fetch_bytes=lambda url: fetch(url).body, **callbacks):
    done = []
    job = MapSetJob(demo.project, demo.catalogue, presets, demo.municipality, fetch_bytes, options,
                    on_done=done.append, **callbacks)
    job.start()
    return job, done


def plugin_layouts(project):
    return [layout for layout in project.layoutManager().printLayouts() if is_plugin_layout(layout)]


def leftovers(folder):
    return [p.name for p in folder.iterdir() if ".part" in p.name or p.name.startswith(".")] if folder.exists() else []


def test_cancel_while_preparing_adds_no_layer_and_makes_no_layout(demo, qtbot):
    """The layers built before Cancel arrive with the outcome; none may be added (the old job made the layouts
    and exported anyway)."""
    asked = []

    def counting_fetch(url):
        asked.append(url)
        return fetch(url).body

    with no_python_errors():
        job, done = start_job(demo, demo.presets, ExportOptions(str(demo.folder)), counting_fetch)
        assert job.stage == PREPARING
        qtbot.waitUntil(lambda: bool(asked), timeout=30000)  # the worker is building the layers
        job.cancel()
        qtbot.waitUntil(lambda: bool(done), timeout=60000)
        settle(qtbot)
    outcome = done[0]
    assert outcome.cancelled and outcome.stage == PREPARING and not job.running
    assert print_layer(demo.project, demo.presets[0].layers[0].id) is None
    group = find_print_group(demo.project)
    assert group is None or group.findLayers() == []
    assert plugin_layouts(demo.project) == [] and outcome.files == [] and not demo.folder.exists()


def test_cancel_while_making_layouts_keeps_the_whole_layouts_and_exports_nothing(demo, qtbot):
    presets = demo.presets[:3]
    prepared(demo, qtbot, presets)
    manager = demo.project.layoutManager()
    with no_python_errors():
        job, done = start_job(demo, presets, ExportOptions(str(demo.folder)))
        cancel = lambda name: job.cancel()  # noqa: E731 (after the first layout)
        manager.layoutAdded.connect(cancel)
        assert job.stage == LAYOUTS
        try:
            qtbot.waitUntil(lambda: bool(done), timeout=30000)
        finally:
            manager.layoutAdded.disconnect(cancel)
        settle(qtbot)
    outcome = done[0]
    assert outcome.cancelled and outcome.stage == LAYOUTS
    made = plugin_layouts(demo.project)
    assert [layout.name() for layout in made] == outcome.layouts and len(made) == 1
    map_item = made[0].itemById(ITEM_MAP)
    assert isinstance(map_item, QgsLayoutItemMap) and map_item.layers()  # whole, not half-built
    assert outcome.files == [] and not demo.folder.exists()


@pytest.mark.parametrize("combined", [False, True], ids=["a PDF per map", "during the combined PDF"])
def test_cancel_while_exporting_leaves_only_whole_files(demo, qtbot, combined):
    presets = demo.presets[:3]
    prepared(demo, qtbot, presets)
    options = ExportOptions(str(demo.folder), pdf_per_map=not combined, combined_pdf=combined, combined_name="alle")
    progress = []
    with no_python_errors():
        job, done = start_job(demo, presets, options, on_progress=progress.append)
        qtbot.waitUntil(lambda: job.stage == EXPORTING, timeout=30000)
        qtbot.waitUntil(lambda: bool(progress) and progress[-1] > 0, timeout=60000)  # pages are being written
        job.cancel()
        qtbot.waitUntil(lambda: bool(done), timeout=60000)
        settle(qtbot)
    outcome = done[0]
    assert outcome.cancelled and outcome.stage == EXPORTING
    assert len(plugin_layouts(demo.project)) == len(presets)  # the layouts stay in the project
    assert leftovers(demo.folder) == []
    written = sorted(p.name for p in demo.folder.iterdir())
    assert written == sorted(p.rsplit("/", 1)[-1] for p in outcome.files)
    if combined:
        assert written == []  # one file, not written whole
    else:
        assert len(written) < len(presets)
        for name in written:
            assert pdf_pages(demo.folder / name)


def test_the_dialog_cancels_an_export_of_existing_print_layers_and_is_ready_again(demo, qtbot):
    """With the print layers there, the old dialog lost its export task right after starting it: Cancel did
    nothing, a second dialog could be opened and unloading could not stop the export."""
    from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog

    prepared(demo, qtbot, demo.presets)
    told = []
    with no_python_errors():
        dialog = TransitievisieDialog(demo.project, demo.catalogue, demo.municipality, lambda url: fetch(url).body,
                                      lambda level, text: told.append((level, text)))
        qtbot.addWidget(dialog)
        dialog.folder.setFilePath(str(demo.folder))
        dialog.png.setChecked(True)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.stage == EXPORTING, timeout=30000)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
        settle(qtbot)
        assert dialog.status.text().startswith("Export cancelled; the layouts are in the project (")
        assert told[-1][0] == Qgis.MessageLevel.Info and told[-1][1] == dialog.status.text()
        assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
        assert leftovers(demo.folder) == []

        for row in range(1, dialog.preset_list.count()):  # ready for the next run
            dialog.preset_list.item(row).setCheckState(Qt.CheckState.Unchecked)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
        settle(qtbot)
    assert dialog.status.text().startswith("2 files written to ")
    assert all("DEGO" not in text.split(":")[0] for _, text in told)  # the message bar's title says DEGO


def test_the_dialog_cancelled_while_preparing_says_so_and_can_start_again(demo, qtbot):
    from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog

    with no_python_errors():
        dialog = TransitievisieDialog(demo.project, demo.catalogue, demo.municipality, lambda url: fetch(url).body,
                                      lambda level, text: None)
        qtbot.addWidget(dialog)
        dialog.folder.setFilePath(str(demo.folder))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == "Preparing the layers…"
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
        settle(qtbot)
    assert dialog.status.text() == "Cancelled; no maps were made."
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
    assert plugin_layouts(demo.project) == [] and not demo.folder.exists()


def test_a_bug_while_making_the_layouts_ends_the_job_with_a_plain_message(demo, qtbot, monkeypatch, dego_log):
    """Fault injection: a layout step that raises. The user reads a sentence, the traceback is in the log, and
    nothing reaches QGIS's Python error dialog or leaves the dialog busy."""
    import sys

    def broken(context, preset, made):
        raise KeyError("a bug")

    monkeypatch.setattr(map_set, "make_layout", broken)
    prepared(demo, qtbot, demo.presets[:1])
    uncaught = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: uncaught.append(args))
    job, done = start_job(demo, demo.presets[:1], ExportOptions(str(demo.folder)))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done[0].failures == ["The maps could not be made: an unexpected error occurred (details in the DEGO "
                                "log)."]
    assert not done[0].cancelled and not job.running and uncaught == []
    [(text, level)] = [(t, lv) for t, lv in dego_log if lv == Qgis.MessageLevel.Critical]
    assert "KeyError: 'a bug'" in text and "in broken" in text


def test_the_default_paper_setting_is_the_dialogs_first_choice(demo, qtbot, fresh_settings):
    from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog

    settings.set_paper_size("A4")
    settings.set_paper_orientation("portrait")
    prepared(demo, qtbot, demo.presets[:1])
    dialog = TransitievisieDialog(demo.project, demo.catalogue, demo.municipality, lambda url: fetch(url).body,
                                  lambda level, text: None)
    qtbot.addWidget(dialog)
    assert (dialog.paper.currentText(), dialog.orientation.currentText()) == ("A4", "Portrait")
    for row in range(1, dialog.preset_list.count()):
        dialog.preset_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.folder.setFilePath(str(demo.folder))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60000)
    settle(qtbot)
    [pdf] = list(demo.folder.glob("*.pdf"))
    assert pdf_pages(pdf) == [(595, 842)]  # A4 portrait, although the preset asks for A3 landscape
    assert demo.presets[0].paper == "A3"


def test_all_scales_applies_to_its_own_presets_map_only(demo, qtbot, reference_service):
    """One preset shows a pand layer at every scale, another at the catalogue's scales (hidden beyond 1:25,000):
    each map gets a print layer of its own; neither changes the other's."""
    from dataclasses import replace

    from dego_plugin.model.presets import PresetLayer

    document = reference_service.catalogue()
    layer_id = demo.presets[0].layers[0].id
    next(layer for layer in document["layers"] if layer["id"] == layer_id)["min_scale"] = 25000
    demo.catalogue = parse_catalogue(json.dumps(document))
    base = demo.presets[0]
    lifted = replace(base, id="lifted", title="Alle schalen", layers=(PresetLayer(layer_id, all_scales=True),))
    plain = replace(base, id="plain", title="Catalogusschalen", layers=(PresetLayer(layer_id),))
    prepared(demo, qtbot, [lifted, plain])
    made = map_set.make_layouts(demo.project, demo.catalogue, [lifted, plain], demo.municipality)
    assert not made.failures
    shown = [next(layer for layer in layout.itemById(ITEM_MAP).layers() if layer.customProperty(PRINT_LAYER_PROPERTY))
             for layout in made.layouts]
    assert shown[0] is print_layer(demo.project, layer_id, True) and not shown[0].hasScaleBasedVisibility()
    assert shown[1] is print_layer(demo.project, layer_id, False) and shown[1].hasScaleBasedVisibility()
    assert shown[1].minimumScale() == 25000
    scale = made.layouts[0].itemById(ITEM_MAP).scale()
    assert scale > 25000  # the whole municipality: the plain map hides the layer, the lifted one shows it
    assert not shown[1].isInScaleRange(scale) and shown[0].isInScaleRange(scale)


def test_rechoosing_and_closing_the_project_during_an_export_and_a_boundary_fetch(demo, qtbot):
    """The export goes on, on its own copies: its PDF shows the municipality it started with. The boundary on
    its way belongs to the project that was closed: nothing is added to the next one."""
    presets = demo.presets[:1]
    prepared(demo, qtbot, presets)
    with no_python_errors():
        job, done = start_job(demo, presets, ExportOptions(str(demo.folder)))
        qtbot.waitUntil(lambda: job.stage == EXPORTING, timeout=30000)
        demo.choice.choose(OTHER)  # re-chosen: the boundary fetch runs...
        demo.project.clear()  # ...and the project is closed, in the same turn: the fetch cannot have arrived
        qtbot.waitUntil(lambda: bool(done), timeout=90000)
        settle(qtbot)
    outcome = done[0]
    assert not outcome.cancelled and outcome.failures == [] and len(outcome.files) == 1
    text = pdf_text(demo.folder / f"{file_stem(outcome.layouts[0])}.pdf")
    assert "Demodorp" in text and "Proefstad" not in text
    assert demo.project.mapLayers() == {}  # no mask, no outline, no print layer arrived afterwards
    assert project_layers_with(demo.project, ROLE_PROPERTY) == []
    assert demo.project.customVariables().get(CODE_VARIABLE) is None
