"""What the user reads when background work is cancelled, fails, is overtaken or outlived by an unload; and that
nothing reaches the project afterwards. Real QGIS, the reference service, real HTTP servers on loopback."""
from __future__ import annotations

import os
import time

import pytest
from qgis.core import Qgis, QgsExpressionContextUtils, QgsProject
from qgis.PyQt.QtCore import Qt

from dego_plugin.compositions.map_set import EXPORTING
from dego_plugin.controllers.catalogue_refresh import CatalogueRefresh
from dego_plugin.controllers.municipality_choice import CODE_VARIABLE, MunicipalityChoice
from dego_plugin.layers.clip import MASK_ROLE, ROLE_PROPERTY, project_layers_with
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.service import settings
from dego_plugin.service.http import fetch
from dego_plugin.toolbelt.tasks import wait_for_workers
from dego_plugin.tools.faultserver import GOOD, GOOD_LAYERS, FaultServer, catalogue, layer

from http_helpers import CatalogueServer
from qgis_guard import no_python_errors
from task_helpers import settle
from test_compositions import DEMO, pdf_pages

OTHER = "GM9902"  # Proefstad


@pytest.fixture(scope="module")
def reference_catalogue(reference_service):
    return parse_catalogue(fetch(reference_service.catalogue_url).body)


# --- layers -------------------------------------------------------------------------------------------------

def test_a_cancelled_layer_load_says_cancelled_not_unexpected_error(loader, reference_catalogue, qtbot, dego_log):
    entry = reference_catalogue.entry("energielabel-wfs")
    with no_python_errors():
        task = loader.add(entry)
        task.cancel()
        settle(qtbot)
    assert loader.messages == [(Qgis.MessageLevel.Info, f"Adding “{entry.title}” was cancelled.")]
    assert QgsProject.instance().mapLayers() == {}
    assert not any(level == Qgis.MessageLevel.Critical for _, level in dego_log)


def test_a_layer_on_its_way_when_the_project_is_closed_stays_out_of_the_next_project(loader, reference_catalogue,
                                                                                     qtbot):
    with no_python_errors():
        loader.add(reference_catalogue.entry("energielabel-wfs"))
        QgsProject.instance().clear()  # File ▸ New while the layer is being built
        settle(qtbot)
    assert QgsProject.instance().mapLayers() == {} and loader.messages == []


# --- boundaries ---------------------------------------------------------------------------------------------

def read_only_cache(tmp_path):
    """A cache folder nobody may write to. Root writes anyway: for root a file stands where the boundaries'
    folder must be made, so writing fails all the same (an OSError, as for a read-only or full disk)."""
    folder = tmp_path / "cache"
    folder.mkdir()
    if os.geteuid() == 0:
        (folder / "boundaries").write_text("not a folder", encoding="utf-8")
    folder.chmod(0o555)
    return folder


def test_a_read_only_cache_folder_keeps_the_fetched_boundary_and_says_so(clean_project, reference_catalogue, qtbot,
                                                                        tmp_path):
    folder = read_only_cache(tmp_path)
    told = []
    choice = MunicipalityChoice(clean_project, lambda level, text: told.append((level, text)), None, folder)
    try:
        with no_python_errors():
            choice.set_boundaries(reference_catalogue.boundaries)
            choice.want_list()
            settle(qtbot)
            choice.choose(OTHER)
            settle(qtbot)
    finally:
        choice.unload()
        folder.chmod(0o755)
    assert choice.current is not None and choice.current.code == OTHER and choice.current.has_boundary
    assert len(project_layers_with(clean_project, ROLE_PROPERTY, MASK_ROLE)) == 1  # applied all the same
    assert told == [
        (Qgis.MessageLevel.Warning, "The municipality list could not be saved for offline use (the DEGO cache folder "
                                    "cannot be written); it is used until QGIS closes."),
        (Qgis.MessageLevel.Warning, "The boundary of Proefstad could not be saved for offline use (the DEGO cache "
                                    "folder cannot be written); it is used until QGIS closes."),
    ]
    assert not any(word in text for _, text in told for word in ("Error(", "Errno", "OSError"))


@pytest.mark.parametrize("moment", ["project closed", "unloaded"])
def test_a_boundary_on_its_way_adds_nothing_after_the_project_closed_or_the_plugin_unloaded(
        clean_project, reference_catalogue, qtbot, tmp_path, moment):
    told = []
    choice = MunicipalityChoice(clean_project, lambda level, text: told.append(text), None, tmp_path / "cache")
    choice.set_boundaries(reference_catalogue.boundaries)
    with no_python_errors():
        choice.choose(DEMO)  # in the same turn: the fetch cannot have arrived
        if moment == "project closed":
            clean_project.clear()
        else:
            choice.unload()
        settle(qtbot)
    if moment == "project closed":
        choice.unload()
    assert clean_project.mapLayers() == {} and told == []
    assert QgsExpressionContextUtils.projectScope(clean_project).variable(CODE_VARIABLE) is None


# --- catalogue ----------------------------------------------------------------------------------------------

def test_a_catalogue_address_changed_during_a_refresh_is_asked_and_the_old_answer_dropped(qtbot, monkeypatch,
                                                                                         tmp_path):
    newer = catalogue(GOOD_LAYERS + [layer("bouwjaar-woning", "Bouwjaar woningen")])
    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path))
    told, shown = [], []
    other = CatalogueServer()
    other.body = newer
    try:
        with FaultServer(max_seconds=60) as faults:
            monkeypatch.setenv("DEGO_CATALOGUE_URL", faults.url("slow", delay=2))  # the old address, slowly
            refresh = CatalogueRefresh(lambda level, text: told.append((level, text)))
            refresh.shown.connect(lambda catalogue, status: shown.append(len(catalogue.layers)))
            with no_python_errors():
                refresh.refresh(user=True)
                qtbot.wait(300)
                monkeypatch.setenv("DEGO_CATALOGUE_URL", other.url)  # the user saved a new address meanwhile
                refresh.refresh(user=True)
                settle(qtbot)
                qtbot.wait(2500)  # the old request's answer has come and gone
                settle(qtbot)
            refresh.stop()
            asked = [path for path, _ in faults.requests()]
    finally:
        other.close()
    assert told == [(Qgis.MessageLevel.Success, "Catalogue updated: 4 layers.")]
    assert shown == [4] and len(refresh.catalogue.layers) == 4
    assert asked == ["/slow/catalogue.json?delay=2"]  # it was asked, then dropped
    assert GOOD != newer


# --- settings -----------------------------------------------------------------------------------------------

def test_clearing_an_empty_cache_says_it_was_empty(qtbot, monkeypatch, tmp_path, fresh_settings):
    from dego_plugin.dialogs.settings_page import DegoOptionsFactory

    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path / "empty"))
    page = DegoOptionsFactory().createWidget(None)
    qtbot.addWidget(page)
    with no_python_errors():
        page.clear_cache_button.click()
        settle(qtbot)
    assert page.cache_status.text() == "The cache was already empty."  # was "could not be cleared: None"
    assert page.clear_cache_button.isEnabled()


def test_the_debug_setting_logs_request_addresses_and_timings(reference_service, fresh_settings, dego_log, qtbot):
    from dego_plugin.toolbelt.tasks import TaskOwner

    fetch(reference_service.catalogue_url)
    assert dego_log == []  # off by default
    settings.set_debug_log(True)
    try:
        done = []
        TaskOwner().run("Fetching the catalogue", lambda task: fetch(reference_service.catalogue_url).status,
                        done.append)
        settle(qtbot)
        qtbot.wait(50)
    finally:
        settings.set_debug_log(False)
    texts = [text for text, _ in dego_log]
    request = [t for t in texts if t.startswith(f"GET {reference_service.catalogue_url}: HTTP 200, ")]
    assert len(request) == 1 and request[0].endswith(" s")
    assert any(t.startswith("Fetching the catalogue: done in ") for t in texts)


# --- the plugin ---------------------------------------------------------------------------------------------

def test_unloading_while_an_export_and_a_boundary_fetch_run(iface, qtbot, monkeypatch, tmp_path, reference_service):
    """Unload reaches the running export (it stops, leaving no half-written file, and unload returns once its
    worker has stopped) and drops the boundary on its way: nothing in the project changes after the unload,
    nothing reaches QGIS's error dialog."""
    from dego_plugin import classFactory

    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DEGO_CATALOGUE_URL", reference_service.catalogue_url)
    project = QgsProject.instance()
    project.clear()
    folder = tmp_path / "maps"
    with no_python_errors():
        plugin = classFactory(iface)
        plugin.initGui()
        settle(qtbot)
        plugin.municipality.choose(DEMO)
        settle(qtbot)
        plugin.add_entry_by_id("no-such-layer")
        assert iface.messageBar().get_messages(Qgis.MessageLevel.Warning)[-1] == \
            "DEGO:Layer “no-such-layer” is not in the catalogue."  # the bar's title says DEGO, once
        plugin.show_maps_dialog()
        dialog = plugin.maps_dialog
        for row in range(1, dialog.preset_list.count()):
            dialog.preset_list.item(row).setCheckState(Qt.CheckState.Unchecked)
        dialog.folder.setFilePath(str(folder))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.stage == EXPORTING, timeout=60000)
        plugin.municipality.choose(OTHER)
        before = {layer_id: layer.source() for layer_id, layer in project.mapLayers().items()}
        plugin.unload()
        assert wait_for_workers(0.0)  # unload waited until the export's worker stopped
        settle(qtbot)
        time.sleep(0.2)
        settle(qtbot)
    assert {layer_id: layer.source() for layer_id, layer in project.mapLayers().items()} == before
    assert QgsExpressionContextUtils.projectScope(project).variable(CODE_VARIABLE) == DEMO
    written = list(folder.iterdir()) if folder.exists() else []
    assert [p.name for p in written if ".part" in p.name or p.name.startswith(".")] == []
    for path in written:
        assert pdf_pages(path)  # whatever was written is whole
    project.clear()
