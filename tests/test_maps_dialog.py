"""The Transitievisiekaarten dialog follows the project's municipality while it is open, and can choose it itself
(issue 21: a policy officer never needs the toolbar first)."""
from __future__ import annotations

from qgis.core import QgsProject

from qgis_guard import no_python_errors
from task_helpers import settle
from test_compositions import DEMO

OTHER = "GM9902"


def test_a_municipality_chosen_while_the_dialog_is_open_enables_making_the_maps(iface, qtbot, monkeypatch, tmp_path,
                                                                                reference_service):
    from dego_plugin import classFactory

    monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DEGO_CATALOGUE_URL", reference_service.catalogue_url)
    QgsProject.instance().clear()
    with no_python_errors():
        plugin = classFactory(iface)
        plugin.initGui()
        settle(qtbot)
        try:
            plugin.show_maps_dialog()
            dialog = plugin.maps_dialog
            assert not dialog.export_button.isEnabled() and "No municipality chosen" in dialog.municipality_label.text()

            plugin.municipality.choose(DEMO)  # as the toolbar's picker does
            qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
            assert "Demodorp (GM9901)" in dialog.municipality_label.text()
            assert "Demodorp" in dialog.picker.currentText()

            dialog.picker.lineEdit().setText(OTHER)  # typed in the dialog's own picker
            dialog.picker.lineEdit().returnPressed.emit()
            qtbot.waitUntil(lambda: f"({OTHER})" in dialog.municipality_label.text(), timeout=30000)
            assert plugin.municipality.current.code == OTHER and OTHER in plugin.picker.currentText()

            plugin.municipality.clear()
            qtbot.waitUntil(lambda: not dialog.export_button.isEnabled(), timeout=10000)
            assert "No municipality chosen" in dialog.municipality_label.text()
        finally:
            plugin.unload()
            settle(qtbot)
            QgsProject.instance().clear()
