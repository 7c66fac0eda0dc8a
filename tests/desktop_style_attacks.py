"""Runs inside the real QGIS desktop (`qgis --code desktop_style_attacks.py`, started by test_security_styles.py),
where feature forms run Python as they do for a user (QGIS's Python runner exists only in the desktop).

For every QGIS macro setting and every hostile QML variant (file $DEGO_ATTACK_STYLES, JSON {"styles":
{variant: qml}, "clean": qml, "hostile": the other server}), a WFS layer of the reference service is made twice:
through the plugin's build_layer with the hostile QML as the catalogue entry's style (the plugin's way in), and as
a layer that already carries the variant's form code and actions (imported by QGIS itself) when the plugin
applies a clean catalogue style to it with apply_qml (the reset after import). Each layer then goes through what
a user does: its feature form is opened (identify), every action it carries is run, and the map is drawn. What
happened is written as JSON to $DEGO_DESKTOP_OUT; the test then looks for marker files and requests to the
hostile server. Dialogs that hostile code opens are closed, as a user would.
"""
import dataclasses
import json
import os
import sys
import time
import traceback

from qgis.core import (
    QgsApplication,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.core import QgsMapLayer
from qgis.PyQt.QtCore import QSize, QTimer
from qgis.PyQt.QtXml import QDomDocument
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

sys.path.insert(0, os.environ["DEGO_PLUGINS"])  # the plugin under test, as the package dego_plugin

from dego_plugin.model.catalogue import parse_catalogue  # noqa: E402
from dego_plugin.layers.loader import LayerBuildError, add_to_project, build_layer  # noqa: E402
from dego_plugin.layers.sources import data_source_for  # noqa: E402
from dego_plugin.layers.style import apply_qml  # noqa: E402

OUT = os.environ["DEGO_DESKTOP_OUT"]
with open(os.environ["DEGO_ATTACK_STYLES"], encoding="utf-8") as styles_file:
    ATTACK = json.load(styles_file)
STYLES, CLEAN, HOSTILE = ATTACK["styles"], ATTACK["clean"], ATTACK["hostile"]
ENTRY = json.loads(os.environ["DEGO_ATTACK_ENTRY"])  # a catalogue entry (WFS of the reference service)
MACRO_SETTINGS = ("Never", "Ask", "SessionOnly", "Always")  # Settings > Options > General > Enable macros
FORMS_AND_ACTIONS = QgsMapLayer.StyleCategories(QgsMapLayer.StyleCategory.Forms)
FORMS_AND_ACTIONS |= QgsMapLayer.StyleCategory.Actions


DIALOGS = []  # what hostile code put in front of the user (closed again, as a user would)
PROGRESS = OUT + ".progress"


def close_dialogs():
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        DIALOGS.append(dialog.windowTitle())
        dialog.close()


def step(text):
    with open(PROGRESS, "a", encoding="utf-8") as handle:
        handle.write(text + "\n")


def wait(seconds):
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        QgsApplication.processEvents()
        time.sleep(0.02)


def use_like_a_user(layer):
    """Identify (the feature form opens), run each action, draw the map; returns what the layer carried."""
    feature = next(layer.getFeatures())
    form = iface.getFeatureForm(layer, feature)
    form.show()
    wait(1.0)
    form.close()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    actions = list(layer.actions().actions())
    for action in actions:
        layer.actions().doAction(action.id(), feature, context)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(300, 300))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    wait(1.5)  # remote SVGs, images and .ui files are fetched in the background
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    form_config = layer.editFormConfig()
    return {"actions": len(actions), "init_code": form_config.initCode(), "init_function": form_config.initFunction(),
            "init_file": form_config.initFilePath(), "ui_form": form_config.uiForm(),
            "custom_keys": [k for k in layer.customPropertyKeys() if not k.startswith("dego/layer_id")]}


def run():
    seen = {"runs": []}
    catalogue = parse_catalogue(json.dumps({"version": "1.0", "themes": [{"id": "t", "title": "T"}],
                                            "layers": [ENTRY]}))
    entry = catalogue.entry(ENTRY["id"])
    for setting in MACRO_SETTINGS:
        QgsSettings().setValue("qgis/enableMacros", setting)
        for variant, qml in STYLES.items():
            record = {"setting": setting, "variant": variant}
            step(f"{setting} {variant}")
            styled = dataclasses.replace(entry, style=dataclasses.replace(entry.style, qml=qml))
            try:
                built = build_layer(styled, lambda url: b"")
                add_to_project(built.layer, QgsProject.instance())
                record["plugin_added"] = True
                record["plugin_layer"] = use_like_a_user(built.layer)
            except LayerBuildError as error:
                record["plugin_added"], record["plugin_refusal"] = False, str(error)
            source = data_source_for(entry)
            carrier = QgsVectorLayer(source.uri, entry.title, source.provider)
            document = QDomDocument()
            document.setContent(qml.replace(HOSTILE, "http://hostile.invalid"))  # QGIS would fetch them right away
            carrier.importNamedStyle(document, FORMS_AND_ACTIONS)
            record["apply_error"] = apply_qml(carrier, CLEAN)
            QgsProject.instance().addMapLayer(carrier)
            record["reset_layer"] = use_like_a_user(carrier)
            QgsProject.instance().removeAllMapLayers()
            seen["runs"].append(record)
    return seen


def start():
    watchdog.start(300)
    try:
        seen = run()
        seen["finished"] = "done"
        seen["dialogs"] = DIALOGS
    except Exception:  # a broken session must end QGIS with a reason, not leave it waiting
        seen = {"finished": "session error", "error": traceback.format_exc()}
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(seen, handle, indent=1)
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(0, iface.actionExit().trigger)


watchdog = QTimer()
watchdog.timeout.connect(close_dialogs)
QTimer.singleShot(500, start)
