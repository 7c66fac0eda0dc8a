"""Shared fixtures: real QGIS (pytest-qgis), an isolated QGIS profile and cache, the plugin on the iface stub."""
from __future__ import annotations

import faulthandler
import os
import tempfile
import time

# Before QGIS starts (pytest-qgis starts it in pytest_configure): a throw-away home for settings and caches,
# so tests never read or write the developer's QGIS profile or DEGO cache.
_HOME = tempfile.mkdtemp(prefix="dego-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_HOME, "cache")
os.environ["DEGO_CACHE_DIR"] = os.path.join(_HOME, "dego-cache")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
os.environ.pop("DEGO_CATALOGUE_URL", None)
# The reference service and the test servers listen on 127.0.0.1; hostile "other" servers use 127.0.0.2.
os.environ["DEGO_ALLOWED_HOSTS"] = "127.0.0.1 service.example.nl"  # + the fault catalogues' stand-in (never asked)

import pytest  # noqa: E402

from qgis.core import QgsApplication, QgsProject  # noqa: E402
from qgis.gui import QgsMapCanvas  # noqa: E402
from qgis.PyQt import sip  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication  # noqa: E402


def _complete_iface_stub(iface) -> None:
    """pytest-qgis 2.1's iface lacks calls the plugin makes; record them like QGIS would."""
    iface.web_menu = []
    iface.drop_handlers = []
    iface.docks = getattr(iface, "docks", [])
    iface.addPluginToWebMenu = lambda name, action: iface.web_menu.append((name, action))
    iface.removePluginWebMenu = lambda name, action: iface.web_menu.remove((name, action))
    iface.registerCustomDropHandler = iface.drop_handlers.append
    iface.unregisterCustomDropHandler = iface.drop_handlers.remove
    iface.options_factories = []
    iface.registerOptionsWidgetFactory = iface.options_factories.append
    iface.unregisterOptionsWidgetFactory = iface.options_factories.remove
    iface.locator_filters = []
    iface.registerLocatorFilter = iface.locator_filters.append
    iface.deregisterLocatorFilter = iface.locator_filters.remove

    def remove_dock(dock):
        iface.mainWindow().removeDockWidget(dock)

    iface.removeDockWidget = remove_dock


@pytest.fixture(scope="session")
def iface(qgis_iface):
    if not hasattr(qgis_iface, "drop_handlers"):
        _complete_iface_stub(qgis_iface)
    return qgis_iface


@pytest.fixture()
def clean_project():
    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


@pytest.fixture(autouse=True)
def _no_local_copies_of_other_tests():
    """Every test starts without the local copies of features (layers/local_copy.py) earlier tests made: one test's
    copy would answer the next test's layer from disk, and that test would see no request. Copies that layers in
    the project read (a module fixture's print layers) stay. Tests of the copies make their own."""
    folder = os.path.join(os.environ["DEGO_CACHE_DIR"], "features")
    if not os.path.isdir(folder):
        return
    in_use = {os.path.basename(layer.source().split("|")[0]) for layer in QgsProject.instance().mapLayers().values()}
    for name in os.listdir(folder):
        if not any(name.startswith(used) for used in in_use if used.endswith(".gpkg")):
            os.unlink(os.path.join(folder, name))


@pytest.fixture()
def loader(clean_project):
    """The plugin's layer loader on a clean project; what it tells the user is kept in `loader.messages`."""
    from dego_plugin.layers.loader import LayerLoader
    from dego_plugin.service.http import fetch

    messages = []
    loader = LayerLoader(clean_project, lambda url: fetch(url).body,
                         lambda level, text: messages.append((level, text)))
    loader.messages = messages
    yield loader
    loader.unload()


@pytest.fixture()
def fresh_settings(monkeypatch):
    """The plugin's settings at their defaults, before and after the test."""
    from qgis.core import QgsSettings

    monkeypatch.delenv("DEGO_CATALOGUE_URL", raising=False)
    QgsSettings().remove("dego")
    yield
    QgsSettings().remove("dego")


@pytest.fixture()
def dego_log(qgis_app):
    """The DEGO log's messages (text, level) while the test runs."""
    messages = []

    def on_log(message, tag, level):
        if tag == "DEGO":
            messages.append((message, level))

    QgsApplication.messageLog().messageReceived.connect(on_log)
    yield messages
    QgsApplication.messageLog().messageReceived.disconnect(on_log)


def wait_for_tasks(qtbot, timeout_ms: int = 30000) -> None:
    """Let QgsTasks finish and their callbacks run (they need the event loop)."""
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=timeout_ms)
    qtbot.wait(50)


import sys  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))  # test helper modules (http_helpers, ...) import by name
from dego_plugin.toolbelt.gui_gc import keep_garbage_on_gui_thread  # noqa: E402
from dego_plugin.tests.fixtures_refservice import (  # noqa: E402,F401
    reference_requests, reference_service, served_catalogue)


_FAILED: list = []  # node ids, for the message of _no_task_left_running (which ends before pytest's summary)


def pytest_runtest_logreport(report):
    if report.failed:
        _FAILED.append(report.nodeid)


STUCK_SECONDS = int(os.environ.get("DEGO_TEST_STUCK_SECONDS", "60"))


def _no_task_left_running(config) -> None:
    """QGIS's exit waits for every running task without limit: a worker stuck in a provider (QGIS 3.22's WFS
    download thread deadlocked under an export's feature read, once in a few whole runs) hung the session after its
    last test, until CI's time ran out. Cancel what runs; one still running after a minute ends the session loudly,
    with every thread's stack, instead."""
    manager = QgsApplication.taskManager()
    manager.cancelAll()
    deadline = time.monotonic() + STUCK_SECONDS
    while manager.countActiveTasks() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.05)
    if manager.countActiveTasks():
        config.pluginmanager.getplugin("capturemanager").suspend_global_capture(in_=False)  # said, not captured
        stuck = ", ".join(task.description() for task in manager.activeTasks())
        sys.stderr.write(f"\nQGIS tasks still running {STUCK_SECONDS} s after the last test: {stuck}\n"
                         f"failed: {', '.join(_FAILED) or 'none'}\n")
        faulthandler.dump_traceback(sys.stderr)
        sys.stderr.flush()
        os._exit(3)


@pytest.fixture(autouse=True, scope="session")
def _coverage_in_workers():
    """Coverage follows threads started by Python's `threading` only; the plugin's background work runs in QGIS's
    task threads. With `make test`'s coverage on, each task's work is traced too, so the printed figure counts
    what the tests ran, also off the GUI thread."""
    import sys
    import threading

    from dego_plugin.toolbelt.tasks import BackgroundTask

    tracer = threading.gettrace()  # coverage's, when it measures; None otherwise
    if tracer is None:
        yield
        return
    run = BackgroundTask.run

    def traced_run(self):
        sys.settrace(tracer)
        try:
            return run(self)
        finally:
            sys.settrace(None)

    BackgroundTask.run = traced_run
    yield
    BackgroundTask.run = run


@pytest.fixture(autouse=True, scope="session")
def _plugin_translator(qgis_app):
    """QGIS as the plugin meets it: its translator installed, English here (the tests' locale has no .qm), so the
    user texts have their plural forms ("1 layer")."""
    from qgis.PyQt.QtCore import QCoreApplication

    from dego_plugin.i18n import install_translator

    translator = install_translator()
    assert translator is not None, "i18n/dego_en.qm is built by make"
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True, scope="session")
def _pytest_qgis_teardown_guard(qgis_app, qgis_canvas, request):
    """pytest-qgis 2.1 disconnects legendLayersAdded from processEvents at session end and errors when that
    connection got lost on the way (seen intermittently after many project clear/read cycles): make sure one
    exists, so the session ends cleanly and QGIS exits properly.

    pytest-qgis then exits QGIS, which deletes the project, and only then lets its map canvas go (deleteLater):
    a refresh that a canvas still alive scheduled on that (a 1 ms timer) ran in pytest-qt's last processEvents,
    after QGIS was gone, and made a new project there (QGIS 3.40: a segfault in about half of the full runs).
    Every map canvas is deleted first, its timer with it.

    The test servers' threads allocate too: Python's cyclic garbage they find is freed on the GUI thread, as in
    QGIS with the plugin (toolbelt/gui_gc.py).

    pytest-qgis's canvas would draw, in the background, every layer any test adds to the project; tests that need a
    drawn map render it themselves. Its drawing is off: in QGIS 3.22 its render thread reading a WFS layer
    deadlocked with the provider's download thread, and the session hung at QGIS's exit waiting for it."""
    keep_garbage_on_gui_thread()
    qgis_canvas.setRenderFlag(False)
    yield
    _no_task_left_running(request.config)
    QgsProject.instance().legendLayersAdded.connect(qgis_app.processEvents)
    for widget in QApplication.allWidgets():
        if isinstance(widget, QgsMapCanvas) and not sip.isdeleted(widget):
            sip.delete(widget)
