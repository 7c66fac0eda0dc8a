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


def test_a_combined_pdf_has_one_paper_size_unless_each_map_keeps_its_own(reference_service, tmp_path, qtbot,
                                                                         fresh_settings):
    """Two A3 maps and one A4 (its legend names its OGC API layer by the preset's print title): by default all three
    on A3, the size most of them suggest, and the dialog says so; "As each map suggests" mixes A3 and A4."""
    from qgis.PyQt.QtCore import Qt

    from composition_helpers import map_set_for
    from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog
    from dego_plugin.model.presets import EACH_PAPER
    from dego_plugin.service.http import fetch
    from test_compositions import pdf_pages, pdf_text

    portrait = {"A3": (842, 1191), "A4": (595, 842)}  # Demodorp is tall: "auto" stands every page upright
    ids = ("energielabels", "energielabels-overzicht", "gasverbruik")
    with map_set_for(reference_service, tmp_path, ids, DEMO) as made:
        dialog = TransitievisieDialog(made.project, made.catalogue, made.municipality, lambda url: fetch(url).body,
                                      lambda level, text: None)
        qtbot.addWidget(dialog)
        for row in range(dialog.preset_list.count()):
            item = dialog.preset_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)
        chosen = dialog.chosen_presets()
        assert sorted(p.paper for p in chosen) == ["A3", "A3", "A4"]
        dialog.pdf_per_map.setChecked(False)
        dialog.combined.setChecked(True)

        def export(folder):
            dialog.folder.setFilePath(str(folder))
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.busy, timeout=120000)
            settle(qtbot)
            [pdf] = list(folder.glob("*.pdf"))
            return pdf

        assert dialog.paper.currentText() == "One size for all maps: A3"
        one = export(tmp_path / "one")
        assert pdf_pages(one) == [portrait["A3"]] * 3
        text = " ".join(pdf_text(one).split())
        assert "Energielabel definitief" in text and "OGC API" not in text  # the preset's print title

        dialog.paper.setCurrentIndex(dialog.paper.findData(EACH_PAPER))
        assert dialog.paper.currentText() == "As each map suggests: A3 and A4"
        each = export(tmp_path / "each")
        assert pdf_pages(each) == [portrait[p.paper] for p in chosen]
