"""The plugin loads into QGIS, shows its toolbar and dock with the catalogue, and unloads without a trace."""
from __future__ import annotations

import socket

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

from conftest import wait_for_tasks


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
    # Web menu: "DEGO layers" and "Transitievisiekaarten…"
    assert [action.text() for _, action in iface.web_menu] == ["DEGO layers", "Transitievisiekaarten…"]
    assert len(iface.drop_handlers) == len(handlers_before) + 1
    assert plugin.catalogue is not None and len(plugin.catalogue.layers) > 10
    assert plugin.dock.model.rowCount() == len({e.theme for e in plugin.catalogue.layers})
    # offline: the user is told which catalogue is shown and what to do
    messages = iface.messageBar().get_messages(Qgis.MessageLevel.Info)
    assert any("built-in catalogue" in m and "Refresh" in m for m in messages), messages

    plugin.unload()
    qtbot.wait(10)  # deleteLater
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert _visible_ui(window) == before
    assert iface.web_menu == [] and iface.drop_handlers == handlers_before
