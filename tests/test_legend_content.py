"""The print legend lists exactly the classes its map draws, also in the export worker's copy of a layout
(compositions/legend_content.py), on real QGIS against the reference service. What a reader sees is compared
with what QGIS's own legend filter shows for the same layout."""
from __future__ import annotations

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsRendererCategory,
)

from dego_plugin.compositions import legend_content, map_set
from dego_plugin.compositions.export import ExportOptions, _as_xml, _from_xml, file_stem, pdf_settings
from dego_plugin.compositions.layout import ITEM_LEGEND
from dego_plugin.compositions.print_layers import print_layer
from dego_plugin.tools.refservice.service import SERVERS

from composition_helpers import map_set_for
from test_compositions import pdf_text, wait

PRESET, LAYER = "energielabels", "energielabel-wfs"
ABSENT = "Klasse Z, nergens in de gemeente"


def add_a_class_no_feature_has(project):
    layer = print_layer(project, LAYER)
    renderer = layer.renderer().clone()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    renderer.addCategory(QgsRendererCategory("Z", QgsFillSymbol.createSimple({"color": "255,0,255"}), ABSENT))
    layer.setRenderer(renderer)


@pytest.fixture(scope="module", params=SERVERS)
def energielabels(request, reference_service, tmp_path_factory, qgis_app):
    """GM9903 chosen, the energielabel map's layout in the project; its print layer has one extra class that no
    feature has. Over each OGC server in turn."""
    folder = tmp_path_factory.mktemp("legend")
    with map_set_for(reference_service.served(request.param), folder, [PRESET], "GM9903",
                     before_layouts=add_a_class_no_feature_has) as made:
        yield {"folder": folder, "layout": made.layouts[0], "layer": print_layer(made.project, LAYER),
               "project": made.project}


def export(layout, folder):
    outcome = []
    map_set.export_layouts([layout], ExportOptions(str(folder)), outcome.append)
    assert wait(lambda: outcome, 90) and outcome[0].failures == []
    return pdf_text(folder / f"{file_stem(layout.name())}.pdf")


def legend_lines(layout, text: str):
    """The class labels of the layout's legend layer that appear in the PDF text."""
    labels = [node.data(0) for node in layout.itemById(ITEM_LEGEND).model().layerOriginalLegendNodes(
        layout.itemById(ITEM_LEGEND).model().rootGroup().findLayers()[0])]
    flat = " ".join(text.split())
    return {label for label in labels if label and label in flat}


def test_the_exported_legend_lists_the_drawn_classes_as_qgis_own_filter_does(energielabels, tmp_path):
    layout = energielabels["layout"]
    ours = export(layout, tmp_path / "ours")
    QgsLayoutExporter(layout).exportToPdf(str(tmp_path / "qgis.pdf"), pdf_settings())  # QGIS's hit test filter
    theirs = pdf_text(tmp_path / "qgis.pdf")
    assert ABSENT not in " ".join(ours.split()) and ABSENT not in " ".join(theirs.split())
    assert len(legend_lines(layout, ours)) >= 3  # the classes the island's buildings have
    assert legend_lines(layout, ours) == legend_lines(layout, theirs)


def test_a_class_that_appears_is_listed_at_the_next_export(energielabels, tmp_path):
    """The worker keeps what it found per layer state: a changed layer is looked at again."""
    layout, layer = energielabels["layout"], energielabels["layer"]
    export(layout, tmp_path / "before")
    renderer = layer.renderer().clone()
    present = next(c for c in renderer.categories() if c.label() in legend_lines(layout, export(layout, tmp_path)))
    renderer.updateCategoryLabel(renderer.categoryIndexForValue(present.value()), "Nieuw label voor deze klasse")
    layer.setRenderer(renderer)
    try:
        assert "Nieuw label voor deze klasse" in " ".join(export(layout, tmp_path / "after").split())
    finally:
        renderer = layer.renderer().clone()
        renderer.updateCategoryLabel(renderer.categoryIndexForValue(present.value()), present.label())
        layer.setRenderer(renderer)


def test_the_worker_copy_needs_no_hit_test_and_the_project_layout_keeps_its_live_filter(energielabels):
    layout = energielabels["layout"]
    snapshots = legend_content.snapshot_layers([layout])
    copy = _from_xml(energielabels["project"], _as_xml(layout))
    legend_content.fix_legends(copy, snapshots)
    assert not copy.itemById(ITEM_LEGEND).legendFilterByMapEnabled()
    assert layout.itemById(ITEM_LEGEND).legendFilterByMapEnabled()  # the designer still filters live
    model = copy.itemById(ITEM_LEGEND).model()
    shown = [node.data(0) for node in model.layerLegendNodes(model.rootGroup().findLayers()[0])]
    assert ABSENT not in shown and len(shown) >= 3
