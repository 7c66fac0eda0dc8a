"""The municipality picker on the DEGO toolbar: find by name or code, choose, and the plugin clips."""
from __future__ import annotations

import os

import pytest
from qgis.core import QgsExpressionContextUtils, QgsProject
from qgis.gui import QgsMapCanvas
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QToolBar

from task_helpers import settle
from dego_plugin.dialogs.municipality_picker import MunicipalityPicker
from dego_plugin.model.municipality import Municipality
from dego_plugin.service.boundaries import LIVE, MunicipalityList

LISTED = MunicipalityList((Municipality("GM9901", "Demodorp"), Municipality("GM9902", "Proefstad"),
                           Municipality("GM9903", "Voorbeeldeiland")), LIVE, "2026-11-24")


@pytest.fixture()
def picker(qtbot):
    widget = MunicipalityPicker()
    qtbot.addWidget(widget)
    widget.set_municipalities(LISTED)
    widget.requested, widget.cleared = [], []
    widget.municipality_requested.connect(widget.requested.append)
    widget.clear_requested.connect(lambda: widget.cleared.append(True))
    return widget


def completions(picker, text):
    completer = picker.completer()
    completer.setCompletionPrefix(text)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_part_of_a_name_or_a_code_finds_the_municipality(picker):
    assert completions(picker, "proef") == ["Proefstad (GM9902)"]
    assert completions(picker, "9903") == ["Voorbeeldeiland (GM9903)"]
    assert completions(picker, "DORP") == ["Demodorp (GM9901)"]


def test_picking_a_row_asks_for_that_municipality_and_the_first_row_for_none(picker):
    picker.activated.emit(2)
    assert picker.requested == ["GM9902"]
    picker.activated.emit(0)
    assert picker.cleared == [True]


def test_a_typed_code_is_asked_for_as_typed(picker, qtbot):
    picker.lineEdit().setText("344")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert picker.requested == ["344"]


def test_the_current_choice_is_shown(picker):
    picker.show_current(Municipality("GM9903", "Voorbeeldeiland"))
    assert picker.currentText() == "Voorbeeldeiland (GM9903)"
    picker.show_current(Municipality("GM0344", "Utrecht"))  # not in the list (e.g. offline): still shown
    assert picker.currentText() == "Utrecht (GM0344)"


def test_the_plugin_puts_the_picker_on_its_toolbar_and_clips_on_a_choice(iface, qtbot, reference_service,
                                                                        monkeypatch, clean_project, tmp_path):
    monkeypatch.setenv("DEGO_CATALOGUE_URL", reference_service.catalogue_url)
    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path))  # the session's cache is other tests' to count
    # A canvas of its own: zooming the session's canvas would make it render later tests' layers in this
    # machine's two pool threads, starving their tasks.
    canvas = QgsMapCanvas()
    monkeypatch.setattr(iface, "mapCanvas", lambda: canvas)
    from dego_plugin import classFactory

    plugin = classFactory(iface)
    plugin.initGui()
    try:
        settle(qtbot)
        toolbar = next(t for t in iface.mainWindow().findChildren(QToolBar) if t.objectName() == "DegoToolbar")
        picker = toolbar.findChild(MunicipalityPicker)
        assert picker is not None
        picker.list_wanted.emit()  # what focusing or opening it does
        settle(qtbot)
        assert picker.count() == 4
        picker.resize(260, picker.sizeHint().height())
        toolbar.resize(420, toolbar.sizeHint().height())
        picker.lineEdit().setText("proef")
        qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
        settle(qtbot)
        scope = QgsExpressionContextUtils.projectScope(QgsProject.instance())
        assert scope.variable("dego_gemeentecode") == "GM9902"
        assert scope.variable("dego_gemeentenaam") == "Proefstad"
        assert picker.currentText() == "Proefstad (GM9902)"
        shot = os.environ.get("OUTPUT_PICKER_PNG")
        if shot:
            picker.lineEdit().setText("e")
            picker.completer().complete()
            qtbot.wait(50)
            toolbar.grab().save(shot)
            picker.completer().popup().grab().save(shot.replace(".png", "-popup.png"))
    finally:
        plugin.unload()
        sip.delete(canvas)  # a canvas left behind refreshes on every later project change, up to QGIS's exit
        qtbot.wait(10)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # leave no toolbar for the next test
    assert sip.isdeleted(toolbar)  # unloading took the toolbar and its picker away
