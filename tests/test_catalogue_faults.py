"""Every way the catalogue service can fail, over real HTTP (tools/faultserver.py), seen as the user sees it.

The plugin starts with a good live catalogue (so a good copy is cached), then the user presses Refresh while
the service answers with a fault. For each fault: the message the user reads, the dock's status line, the
layers still shown, the cached catalogue byte for byte, and that nothing reached QGIS's Python error dialog.
"""
from __future__ import annotations

import json
import os

import pytest
from qgis.core import Qgis, QgsSettings
from qgis.PyQt.QtCore import QTimer

from conftest import wait_for_tasks
from dego_plugin.tools.faultserver import FaultServer
from qgis_guard import no_python_errors

GOOD_TITLES = ["Energielabel per pand", "Bouwjaar panden", "Bestaande warmtenetten"]
NETWORK_ADVICE = "Check the network or proxy settings, then press Refresh."
LATER = "Press Refresh later; if this persists, tell the catalogue's publisher."

# fault: (reason the user reads, what to do)
REFUSED = {
    "status-500": ("the DEGO service has a problem (HTTP 500)", "Press Refresh later."),
    "status-503": ("the DEGO service has a problem (HTTP 503)", "Press Refresh later."),
    "status-404": ("the catalogue was not found at its address (HTTP 404)",
                   "Check the catalogue address in the DEGO settings."),
    "redirect-loop": ("the DEGO service redirected too often", NETWORK_ADVICE),
    "reset": ("the DEGO service could not be reached", NETWORK_ADVICE),
    "stall": ("the DEGO service did not answer in time", NETWORK_ADVICE),
    "trickle": ("the DEGO service did not answer in time", NETWORK_ADVICE),
    "html": ("the catalogue is damaged (not valid JSON)", LATER),
    "truncated": ("the catalogue is damaged (not valid JSON)", LATER),
    "invalid-utf8": ("the catalogue is damaged (not UTF-8 text)", LATER),
    "not-object": ("the catalogue is damaged (not a catalogue document)", LATER),
    "no-layers": ("the catalogue holds no layers", LATER),
    "huge": ("the catalogue is too large", LATER),
    "huge-chunked": ("the catalogue is too large", LATER),
    "newer-major": ("the catalogue needs a newer DEGO plugin", "Update the DEGO plugin in the Plugin Manager."),
    "unsafe-urls": ("the catalogue holds no usable layers", LATER),
}
SHORT_TIMEOUTS = {"dego/connect_timeout_s": 1.0, "dego/read_timeout_s": 1.0, "dego/total_timeout_s": 2.0}


@pytest.fixture(scope="module")
def faults(reference_service):
    # the documents name the reference service's boundary WFS, so the municipality list loads from loopback
    with FaultServer(max_seconds=300, boundaries=reference_service.catalogue()["boundaries"]) as server:
        yield server


@pytest.fixture()
def short_timeouts():
    """Timeouts of a second or two, so stalls and trickles end quickly (the trickle outlives the read timeout)."""
    settings = QgsSettings()
    for key, value in SHORT_TIMEOUTS.items():
        settings.setValue(key, value)
    yield
    for key in SHORT_TIMEOUTS:
        settings.remove(key)


def messages(iface, level):
    """Message-bar texts about the catalogue (the municipality choice reports on its own boundary service,
    which these tests do not run)."""
    texts = [m.split(":", 1)[1] for m in iface.messageBar().get_messages(level)]
    return [t for t in texts if "municipalit" not in t and "boundar" not in t]


def clear_messages(iface):
    for texts in iface.messageBar().messages.values():
        texts.clear()


def shown_titles(dock):
    model = dock.model
    return [model.index(r, 0, model.index(b, 0)).data()
            for b in range(model.rowCount()) for r in range(model.rowCount(model.index(b, 0)))]


class Session:
    """The plugin in QGIS with a cache folder of its own; `refresh(fault)` is the user pressing Refresh."""

    def __init__(self, iface, qtbot, monkeypatch, cache_dir, faults):
        self.iface, self.qtbot, self.monkeypatch, self.faults = iface, qtbot, monkeypatch, faults
        self.cache_file = cache_dir / "catalogue.json"
        self.meta_file = cache_dir / "catalogue.meta.json"
        monkeypatch.setenv("DEGO_CACHE_DIR", str(cache_dir))
        self.use("ok")
        from dego_plugin import classFactory

        clear_messages(iface)
        self.plugin = classFactory(iface)
        self.plugin.initGui()
        wait_for_tasks(qtbot)
        self.dock = self.plugin.dock

    def use(self, fault, **query):
        self.monkeypatch.setenv("DEGO_CATALOGUE_URL", self.faults.url(fault, **query))

    def refresh(self, fault, **query):
        self.use(fault, **query)
        clear_messages(self.iface)
        with no_python_errors():  # pytest-qt swaps sys.excepthook per test phase: watch this very step
            self.dock.refresh_button.click()
            wait_for_tasks(self.qtbot)

    def close(self):
        self.plugin.unload()


@pytest.fixture()
def session(iface, qtbot, monkeypatch, tmp_path, faults, short_timeouts):
    with no_python_errors():
        opened = Session(iface, qtbot, monkeypatch, tmp_path, faults)
        assert opened.dock.status_label.text().startswith("Live catalogue, fetched ")
        assert opened.cache_file.read_bytes() == faults.good
        yield opened
        opened.close()


@pytest.mark.parametrize("fault", sorted(REFUSED))
def test_a_refused_answer_is_explained_and_the_cached_catalogue_stays_byte_for_byte(session, iface, fault):
    good_cache = session.cache_file.read_bytes()
    good_meta = session.meta_file.read_bytes()
    reason, what_to_do = REFUSED[fault]

    session.refresh(fault)

    # what the user reads: one warning saying what happened, what is shown, and what to do
    assert messages(iface, Qgis.MessageLevel.Warning) == [
        f"Refresh failed ({reason}); still showing the catalogue saved on {_saved_on(session)}. {what_to_do}"]
    assert messages(iface, Qgis.MessageLevel.Critical) == []
    status = session.dock.status_label.text()
    assert status.startswith("Cached catalogue from ") and status.endswith(f"(live catalogue not available: {reason})")
    assert shown_titles(session.dock) == GOOD_TITLES
    assert session.dock.refresh_button.isEnabled()  # usable again: the user can retry
    # nothing lost: the cached catalogue and its metadata are untouched
    assert session.cache_file.read_bytes() == good_cache
    assert session.meta_file.read_bytes() == good_meta
    assert not [p for p in os.listdir(session.cache_file.parent) if p.endswith(".part")]


def _saved_on(session):
    from dego_plugin.controllers.messages import _local

    return _local(json.loads(session.meta_file.read_text())["fetched"])


def test_only_gateway_errors_are_retried(session, faults):
    before = len(faults.requests())
    session.refresh("status-503")
    assert [p for p, _ in faults.requests()[before:]] == ["/status-503/catalogue.json"] * 3  # 1 + 2 retries
    before = len(faults.requests())
    session.refresh("status-500")
    assert len(faults.requests()) - before == 1


def test_a_huge_answer_is_cut_off_without_downloading_it(session, faults, qtbot):
    def sent(fault):
        qtbot.wait(200)  # the server's writing thread notices the hang-up a moment after the client
        return faults.bytes_sent(fault)

    before = sent("huge-chunked"), sent("huge")
    session.refresh("huge-chunked")
    session.refresh("huge")
    # the client stops at its 20 MB cap (loopback buffers add a few MB); announced as 100 MB it reads nothing
    assert 20 * 1024 * 1024 < sent("huge-chunked") - before[0] < 40 * 1024 * 1024
    assert sent("huge") - before[1] < 20 * 1024 * 1024


@pytest.mark.parametrize("fault", ["redirect-301", "redirect-302", "gzip"])
def test_a_redirect_or_gzip_still_gives_the_live_catalogue(session, iface, faults, fault):
    session.refresh(fault)
    assert messages(iface, Qgis.MessageLevel.Success) == ["Catalogue updated: 3 layers."]
    assert session.dock.status_label.text().startswith("Live catalogue, fetched ")
    assert shown_titles(session.dock) == GOOD_TITLES
    assert session.cache_file.read_bytes() == faults.good


def test_an_unchanged_catalogue_costs_one_304(session, iface, faults):
    before = len(faults.requests())
    session.refresh("ok")
    (path, headers), = faults.requests()[before:]
    assert headers.get("If-None-Match")  # the server answered 304 to it (see the message)
    assert messages(iface, Qgis.MessageLevel.Success) == ["The catalogue is up to date (3 layers)."]
    assert session.cache_file.read_bytes() == faults.good


def test_unsafe_urls_are_skipped_and_listed_in_the_details(session, iface, faults):
    session.refresh("unsafe-mixed")
    assert shown_titles(session.dock) == ["Energielabel per pand"]
    assert session.dock.problems_row.isVisibleTo(session.dock)
    assert "Layers skipped: 7" in session.dock.problems_label.text()
    session.dock.show_problems()
    details = session.dock._problems_text.toPlainText().splitlines()
    session.dock._problems_dialog.close()
    assert len(details) == 7 and all("unsafe or invalid address" in line for line in details)
    for bad in ("file:///etc/passwd", "javascript:alert(document.cookie)", "ftp://ftp.example.nl/wms", "/cgi-bin/wms",
                "https://***@service.example.nl/wms", "javascript:alert(1)"):
        assert any(f"'{bad}'" in line for line in details), bad
    assert not any("geheim" in line for line in details)  # the refused URL's password is not shown
    # a catalogue that parsed and has layers is the new good copy (its unsafe entries are skipped again on reading)
    assert session.cache_file.read_bytes() == faults.documents["unsafe-mixed"]


def test_html_in_titles_is_shown_as_plain_text(session, faults, qtbot):
    session.refresh("html-titles")
    titles = shown_titles(session.dock)
    assert "<script>alert('dego')</script>Energielabel" in titles
    assert "<img src='http://127.0.0.1:9/beacon.png' onerror='alert(1)'>Bouwjaar" in titles
    session.dock.search.setText("beacon")
    qtbot.waitUntil(lambda: session.dock.selected_entry() is None and session.dock.proxy.rowCount() == 1)
    session.dock._focus_first_leaf()
    info = session.dock.info
    assert "onerror='alert(1)'>Bouwjaar" in info.toPlainText()  # the markup is visible text...
    assert "<img" not in info.toHtml() and "<iframe" not in info.toHtml()  # ...never an element
    assert not [p for p, _ in faults.requests() if "beacon" in p]


def test_ten_thousand_entries_load(session, faults):
    for key in ("dego/read_timeout_s", "dego/total_timeout_s"):  # about size, not time: the fixture's 1 s and 2 s
        QgsSettings().setValue(key, 30.0)  # can pass on a loaded machine before 10,000 entries are written
    session.refresh("many")
    assert len(shown_titles(session.dock)) == 10_000, session.dock.status_label.text()
    assert session.cache_file.read_bytes() == faults.many()


def test_duplicate_ids_keep_the_first_entry_and_say_so(session):
    session.refresh("duplicate-ids")
    assert shown_titles(session.dock) == GOOD_TITLES
    assert "Layers skipped: 2" in session.dock.problems_label.text()
    session.dock.show_problems()
    details = session.dock._problems_text.toPlainText()
    session.dock._problems_dialog.close()
    assert details.count("id used twice") == 2 and "'energielabel'" in details


def test_a_failing_start_is_one_quiet_message(session, iface, qtbot):
    """At start-up (not a user's Refresh) the saved catalogue shows at once; the failure is reported once, as
    information, and leaves the dock as it is."""
    session.close()
    session.use("stall")
    clear_messages(iface)
    from dego_plugin import classFactory

    with no_python_errors():
        session.plugin = classFactory(iface)
        session.plugin.initGui()
        dock, resets = session.plugin.dock, []
        dock.model.modelReset.connect(lambda: resets.append(1))
        qtbot.waitUntil(lambda: shown_titles(dock) == GOOD_TITLES, timeout=1500)  # before the 1 s read timeout
        assert dock.status_label.text() == f"Cached catalogue from {_saved_on(session)}; checking for a newer one…"
        wait_for_tasks(qtbot)
    info = messages(iface, Qgis.MessageLevel.Info)
    assert len(info) == 1 and info[0].startswith("Live catalogue not available (the DEGO service did not answer")
    assert "showing the catalogue saved on" in info[0] and NETWORK_ADVICE in info[0]
    assert messages(iface, Qgis.MessageLevel.Warning) == [] and messages(iface, Qgis.MessageLevel.Critical) == []
    assert shown_titles(dock) == GOOD_TITLES and len(resets) == 1  # built once, from the saved copy
    assert dock.status_label.text() == (f"Cached catalogue from {_saved_on(session)} "
                                        "(live catalogue not available: the DEGO service did not answer in time)")


def test_the_guard_catches_an_exception_in_a_slot(qtbot):
    """The `no_python_errors` guard used above can fail: an exception raised in a Qt callback trips it."""
    with pytest.raises(AssertionError, match="ZeroDivisionError"):
        with no_python_errors():
            QTimer.singleShot(0, lambda: 1 / 0)
            qtbot.wait(50)


def test_the_message_is_in_the_users_language(faults, tmp_path, qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from dego_plugin.controllers.messages import catalogue_checking_status, catalogue_fallback_message, catalogue_status
    from dego_plugin.i18n import install_translator
    from dego_plugin.service.catalogue_source import load_catalogue, load_saved

    state = load_catalogue(faults.url("status-404"), cache_dir=tmp_path)
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_NL")
    translator = install_translator()
    try:
        assert translator is not None, "i18n/dego_nl.qm is built by make"
        assert catalogue_fallback_message(state) == (
            "Actuele catalogus niet beschikbaar (de catalogus staat niet op het ingestelde adres (HTTP 404)); "
            f"getoond wordt de ingebouwde catalogus van {state.date[:10]}. "
            "Controleer het catalogusadres in de DEGO-instellingen.")
        assert catalogue_status(state).startswith("Ingebouwde catalogus van ")
        assert catalogue_checking_status(load_saved(cache_dir=tmp_path)) == (
            f"Ingebouwde catalogus van {state.date[:10]}; controleren op een nieuwere versie…")
    finally:
        QCoreApplication.removeTranslator(translator)
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")


def test_without_a_cache_the_dock_says_built_in_and_from_when(iface, qtbot, monkeypatch, tmp_path, faults):
    from dego_plugin import classFactory
    from dego_plugin.service.catalogue_source import BUNDLED_PATH

    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("DEGO_CATALOGUE_URL", faults.url("status-500"))
    generated = json.loads(BUNDLED_PATH.read_text(encoding="utf-8"))["generated"][:10]
    with no_python_errors():
        plugin = classFactory(iface)
        plugin.initGui()
        wait_for_tasks(qtbot)
        status = plugin.dock.status_label.text()
        plugin.unload()
    assert status == (f"Built-in catalogue from {generated} "
                      "(live catalogue not available: the DEGO service has a problem (HTTP 500))")
    assert not os.path.exists(tmp_path / "catalogue.json")
