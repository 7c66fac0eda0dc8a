"""The plugin loads into QGIS, shows its toolbar and dock with the catalogue, and unloads without a trace."""
from __future__ import annotations

import gc
import json
import socket
import time

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

from conftest import wait_for_tasks
from dego_plugin.tools.faultserver import GOOD_LAYERS, FaultServer, catalogue, layer
from qgis_guard import no_python_errors


def _dead_url():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/catalogue.json"


def _visible_ui(window):
    return (
        sorted(t.objectName() for t in window.findChildren(QToolBar)),
        sorted(d.objectName() for d in window.findChildren(QDockWidget)),
    )


@pytest.fixture()
def offline(monkeypatch):
    monkeypatch.setenv("DEGO_CATALOGUE_URL", _dead_url())


def test_load_shows_toolbar_and_dock_with_the_bundled_catalogue_then_unload_leaves_nothing(iface, qtbot, offline):
    from dego_plugin import classFactory

    window = iface.mainWindow()
    before = _visible_ui(window)
    handlers_before = list(iface.drop_handlers)
    plugin = classFactory(iface)
    plugin.initGui()
    wait_for_tasks(qtbot)

    toolbars, docks = _visible_ui(window)
    assert "DegoToolbar" in toolbars and "DegoCatalogueDock" in docks
    # Web menu: "DEGO layers", "Make maps…" and "Warmteprogramma" (with its menu)
    assert [action.text() for _, action in iface.web_menu] == ["DEGO layers", "Make maps…",
                                                                "Warmteprogramma"]
    plan = iface.web_menu[-1][1]
    assert plan in plugin.toolbar.actions() and [a.text() for a in plan.menu().actions()] == [
        "Make or update the warmteprogramma", "Make the warmteprogramma in a file of my choice…",
        "Export plan as open data…", "Import a plan file…", "Check the plan (validation report)"]
    # the buttons can be told apart: text beside each icon, and three different icons
    assert plugin.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    pictures = [action.icon().pixmap(24, 24).toImage() for _, action in iface.web_menu]
    assert not pictures[0].isNull() and pictures[0] != pictures[1] != pictures[2] != pictures[0]
    assert len(iface.drop_handlers) == len(handlers_before) + 1
    assert plugin.catalogue is not None and len(plugin.catalogue.layers) > 10
    assert plugin.dock.model.rowCount() == len({e.theme for e in plugin.catalogue.layers})
    # offline: the user is told which catalogue is shown and what to do
    messages = iface.messageBar().get_messages(Qgis.MessageLevel.Info)
    assert any("built-in catalogue" in m and "Refresh" in m for m in messages), messages

    plugin.unload()
    qtbot.wait(10)  # deleteLater
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert _visible_ui(window) == before
    assert iface.web_menu == [] and iface.drop_handlers == handlers_before
    # nothing of the plugin stays in Python's garbage collector (toolbelt/gui_gc.py)
    assert not [callback for callback in gc.callbacks if "dego_plugin" in getattr(callback, "__module__", "")]


# --- start-up: the saved catalogue at once, then the live one ---------------------------------------------

NEWER = catalogue(GOOD_LAYERS + [layer("bouwjaar-woning", "Bouwjaar woningen")], generated="2026-11-29T09:30:00Z")


@pytest.fixture()
def faults():
    with FaultServer(max_seconds=120) as server:
        yield server


def _titles(dock):
    proxy = dock.proxy
    return [proxy.index(r, 0, proxy.index(b, 0)).data()
            for b in range(proxy.rowCount()) for r in range(proxy.rowCount(proxy.index(b, 0)))]


def _select(dock, title):
    proxy = dock.proxy
    for b in range(proxy.rowCount()):
        for r in range(proxy.rowCount(proxy.index(b, 0))):
            index = proxy.index(r, 0, proxy.index(b, 0))
            if index.data() == title:
                dock.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return
    raise AssertionError(f"{title} not shown")


def _start(iface):
    from dego_plugin import classFactory

    plugin = classFactory(iface)
    plugin.initGui()
    resets = []
    plugin.dock.model.modelReset.connect(lambda: resets.append(time.perf_counter()))  # the tree rebuilt
    return plugin, resets  # no callback ran yet: they need the event loop


def _saved_copy(url, cache_dir):
    """Yesterday's session: the live catalogue at `url`, fetched and cached."""
    from dego_plugin.service.catalogue_source import LIVE, load_catalogue

    assert load_catalogue(url, cache_dir=cache_dir).origin == LIVE


def test_a_slow_service_shows_the_saved_catalogue_at_once_then_the_newer_one(iface, qtbot, monkeypatch, tmp_path,
                                                                            faults):
    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path))
    _saved_copy(faults.url("ok"), tmp_path)
    faults.set_good(NEWER)
    monkeypatch.setenv("DEGO_CATALOGUE_URL", faults.url("slow", delay=3))
    with no_python_errors():
        started = time.perf_counter()
        plugin, resets = _start(iface)
        dock = plugin.dock
        qtbot.waitUntil(lambda: len(_titles(dock)) == 3, timeout=1500)  # yesterday's layers...
        shown_after = time.perf_counter() - started
        assert _titles(dock) == ["Energielabel per pand", "Bouwjaar panden", "Bestaande warmtenetten"]
        status = dock.status_label.text()
        assert status.startswith("Cached catalogue from ") and status.endswith("; checking for a newer one…")
        assert not dock.refresh_button.isEnabled() and dock.busy.isVisibleTo(dock)  # checking: no second request

        qtbot.keyClicks(dock.search, "bouwjaar")  # the user gets to work meanwhile
        _select(dock, "Bouwjaar panden")
        plugin.refresh_requested()  # e.g. from the settings page: the running request serves it
        qtbot.waitUntil(lambda: dock.status_label.text().startswith("Live catalogue, fetched "), timeout=10000)
        wait_for_tasks(qtbot)
        live_after = time.perf_counter() - started

        # ...then the newer one, with the user's search and selection kept
        assert dock.search.text() == "bouwjaar"
        assert _titles(dock) == ["Bouwjaar panden", "Bouwjaar woningen"]
        assert dock.selected_entry().id == "bouwjaar"
        assert plugin.catalogue.entry("bouwjaar-woning") is not None
        assert dock.refresh_button.isEnabled() and not dock.busy.isVisibleTo(dock)
        assert len(resets) == 2  # the saved copy, then the live one
        assert [p for p, _ in faults.requests()].count("/slow/catalogue.json?delay=3") == 1
        assert (tmp_path / "catalogue.json").read_bytes() == NEWER
        plugin.unload()
    print(f"saved catalogue shown after {shown_after * 1000:.0f} ms, live after {live_after * 1000:.0f} ms")
    assert shown_after < 1.5 and live_after >= 3


def test_an_unchanged_catalogue_leaves_the_dock_as_it_is(iface, qtbot, monkeypatch, tmp_path, faults):
    url = faults.url("slow", delay=1)
    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("DEGO_CATALOGUE_URL", url)
    _saved_copy(url, tmp_path)
    for texts in iface.messageBar().messages.values():
        texts.clear()
    with no_python_errors():
        plugin, resets = _start(iface)
        qtbot.waitUntil(lambda: len(_titles(plugin.dock)) == 3, timeout=1500)
        assert "checking for a newer one" in plugin.dock.status_label.text()
        wait_for_tasks(qtbot)
        status = plugin.dock.status_label.text()
        plugin.unload()
    assert faults.requests()[-1][1].get("If-None-Match")  # answered with a 304
    assert status.startswith("Live catalogue, fetched ")
    assert len(resets) == 1  # the tree was built once, from the saved copy
    assert not any(iface.messageBar().messages.values())  # nothing to report


def test_without_a_cache_and_no_service_the_built_in_catalogue_shows_at_once(iface, qtbot, monkeypatch, tmp_path):
    from dego_plugin.service.catalogue_source import BUNDLED_PATH

    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("DEGO_CATALOGUE_URL", _dead_url())  # refused, and retried (~0.8 s)
    generated = json.loads(BUNDLED_PATH.read_text(encoding="utf-8"))["generated"][:10]
    for texts in iface.messageBar().messages.values():
        texts.clear()
    with no_python_errors():
        started = time.perf_counter()
        plugin, resets = _start(iface)
        qtbot.waitUntil(lambda: plugin.catalogue is not None, timeout=1500)
        shown_after = time.perf_counter() - started
        first_status = plugin.dock.status_label.text()
        wait_for_tasks(qtbot)
        status = plugin.dock.status_label.text()
        layers = len(_titles(plugin.dock))
        plugin.unload()
    assert first_status == f"Built-in catalogue from {generated}; checking for a newer one…"
    assert shown_after < 1.5
    assert status == (f"Built-in catalogue from {generated} "
                      "(live catalogue not available: the DEGO service could not be reached)")
    assert layers > 10 and len(resets) == 1
    info = iface.messageBar().get_messages(Qgis.MessageLevel.Info)
    assert len(info) == 1 and "showing the built-in catalogue" in info[0]
    assert not (tmp_path / "catalogue.json").exists()


@pytest.mark.parametrize("moment", ["reading the saved copy", "checking the live one"])
def test_unloading_during_start_up_is_safe(iface, qtbot, monkeypatch, tmp_path, faults, moment):
    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path))
    _saved_copy(faults.url("ok"), tmp_path)
    monkeypatch.setenv("DEGO_CATALOGUE_URL", faults.url("slow", delay=1))
    window = iface.mainWindow()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # earlier tests' docks really gone
    before = _visible_ui(window)
    with no_python_errors():
        plugin, _ = _start(iface)
        if moment == "checking the live one":
            qtbot.waitUntil(lambda: plugin.catalogue is not None, timeout=1500)
        plugin.unload()
        wait_for_tasks(qtbot)  # both callbacks run after the unload
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert _visible_ui(window) == before
    assert plugin.dock is None
    if moment == "reading the saved copy":
        assert plugin.catalogue is None  # the callbacks did nothing after the unload
