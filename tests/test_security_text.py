"""Outside text is text (docs/security.md): titles, names, descriptions and server errors from a hostile catalogue
or boundary service, in the message bar, the log, dialog labels, tooltips, layer metadata and print layouts.

A slow image source is a named pipe here: Qt opening it is what froze QGIS for seconds (a /dev/zero source for
ever); the test only watches whether anything opens it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import QLabel, QTextBrowser

from conftest import wait_for_tasks
from test_compositions import pdf_text, wait
from dego_plugin.compositions import map_set
from dego_plugin.compositions.export import ExportOptions
from dego_plugin.model.presets import parse_presets
from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.layers.loader import build_layer
from dego_plugin.model.municipality import Municipality
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.toolbelt.tasks import TaskOwner
from dego_plugin.service.boundaries import load_boundary, service_for
from dego_plugin.service.http import fetch
from dego_plugin.tools.faultserver import FaultServer, catalogue, layer


# Serves a named pipe from another process: a Qt call that reads a file holds Python's lock, so a thread of the
# test could not answer it. The first reader gets a few bytes; later ones an empty answer, so that code reading it
# makes the test fail, not hang. `flag` marks that something read it.
_SERVE = """import os, sys, time
path, flag = sys.argv[1], sys.argv[2]
with open(path, "wb") as pipe:
    open(flag, "w").close()
    pipe.write(b"GIF89a")
while True:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass
    time.sleep(0.05)
"""


class Pipe:
    """A named pipe standing for a slow image source: `opened()` says whether anything started reading it."""

    def __init__(self, path: Path):
        self.path, self._flag = path, path.with_suffix(".read")
        os.mkfifo(path)
        self._server = subprocess.Popen([sys.executable, "-c", _SERVE, str(path), str(self._flag)])

    def opened(self) -> bool:
        return self._flag.exists()

    def close(self):
        self._server.kill()
        self._server.wait(5)


@pytest.fixture()
def pipes(tmp_path):
    made = []

    def pipe(name):
        made.append(Pipe(tmp_path / name))
        return made[-1]

    yield pipe
    for each in made:
        each.close()


def test_a_hostile_title_in_the_message_bar_and_log_stays_text(iface, qtbot, monkeypatch, tmp_path, pipes):
    slow = pipes("titel.gif")
    title = f'<img src="{slow.path}"><a href="https://evil.example/">Klik hier</a> Energielabel'
    unreachable = {"type": "wfs", "url": "http://127.0.0.1:9/wfs", "typename": "x:y"}  # nothing listens there
    bar = QgsMessageBar()
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append(text))
    with FaultServer(max_seconds=120) as server:
        server.set_good(catalogue([layer("aanval", title, service=unreachable)]))
        monkeypatch.setenv("DEGO_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("DEGO_CATALOGUE_URL", server.url("ok"))
        monkeypatch.setattr(iface, "messageBar", lambda: bar)  # a real message bar instead of the test stub
        from dego_plugin import classFactory

        plugin = classFactory(iface)
        plugin.initGui()
        wait_for_tasks(qtbot)
        try:
            plugin.add_entry_by_id("aanval")  # the server does not answer: the user is told, with the title
            wait_for_tasks(qtbot)
            bar.show()
            qtbot.wait(200)
            shown = bar.currentItem().findChild(QTextBrowser)
            text, markup = shown.toPlainText(), shown.document().toHtml()
        finally:
            plugin.unload()
    assert not slow.opened()  # the image source was never read: QGIS did not wait on it
    assert f'Could not add “{title}”' in text  # the user reads the title as it is
    assert "<a " not in markup and "<img" not in markup  # no link to click, no image
    assert any(f'Could not add “&lt;img src="{slow.path}"&gt;' in line for line in logged)  # the log panel is HTML


def test_hostile_names_in_the_maps_dialog_and_its_tooltips_stay_text(reference_service, qtbot, tmp_path, pipes):
    slow_name, slow_description = pipes("naam.gif"), pipes("beschrijving.gif")
    document = reference_service.catalogue()
    document["presets"][0]["description"] = f'<img src="{slow_description.path}">Kaart van de energielabels'
    catalogue = parse_catalogue(json.dumps(document))
    boundary = load_boundary(service_for(catalogue.boundaries), "GM9901", tmp_path / "cache").municipality
    name = f'<img src="{slow_name.path}"><a href="https://evil.example/">Demodorp</a>'
    municipality = Municipality(boundary.code, name, boundary.boundary_wkb)
    dialog = TransitievisieDialog(QgsProject.instance(), catalogue, municipality, lambda url: b"",
                                  lambda level, text: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab()  # drawn as the user sees it
    tip = QLabel(dialog.preset_list.item(0).toolTip())  # what QToolTip shows it in: a label guessing the format
    tip.grab()
    shown = QTextDocument()
    shown.setHtml(tip.text())
    assert not slow_name.opened() and not slow_description.opened()
    assert dialog.municipality_label.text() == f"The maps of {name} (GM9901), clipped to its border."
    assert dialog.municipality_label.textFormat() == Qt.TextFormat.PlainText
    assert shown.toPlainText() == document["presets"][0]["description"]


def test_hostile_catalogue_text_goes_into_layer_metadata_escaped(reference_service, tmp_path):
    entry = parse_catalogue(json.dumps({"version": "1.0", "themes": [{"id": "t", "title": "T"}], "layers": [{
        "id": "buurten", "title": '<img src="/dev/zero">Buurten', "theme": "t",
        "abstract": '<a href="https://evil.example/">lees meer</a>', "source": "<b>Bron</b>", "keywords": ["<i>x</i>"],
        "service": {"type": "wfs", "url": reference_service.ows_url, "typename": "buurten", "version": "1.1.0"}}]})
    ).layers[0]
    built = build_layer(entry, lambda url: b"")
    html = built.layer.htmlMetadata()  # Layer Properties ▸ Information, which QGIS renders as HTML
    assert '<img src="/dev/zero">' not in html and '<a href="https://evil.example/">' not in html
    assert "&lt;img src=\"/dev/zero\"&gt;Buurten" in html and "&lt;b&gt;Bron&lt;/b&gt;" in html
    assert built.layer.name() == "‹img src=\"/dev/zero\"›Buurten"  # the Name row above is HTML too: no markup in it


def test_expressions_in_catalogue_and_boundary_texts_print_literally(reference_service, tmp_path, monkeypatch):
    monkeypatch.setenv("DEGO_SECRET", "geheim-4711")
    document = reference_service.catalogue()
    preset = document["presets"][0]
    preset.update(title="[% env('DEGO_SECRET') %] energielabels", disclaimer="[% @user_account_name %] disclaimer",
                  sources=["Bron: [% file_exists('/etc/passwd') %]"], subtitle="Gemeente {gemeente}")
    first_id = preset["layers"][0] if isinstance(preset["layers"][0], str) else preset["layers"][0]["id"]
    first = next(e for e in document["layers"] if e["id"] == first_id)
    first["title"] = "[% upper(env('DEGO_SECRET')) %] laag"  # the print layer's name, in the legend
    first["data_date"] = "[% env('HOME') %]"
    document["presets"] = [preset]
    project = QgsProject.instance()
    project.clear()
    catalogue = parse_catalogue(json.dumps(document))
    presets, problems = parse_presets(catalogue)
    assert not problems
    real = load_boundary(service_for(catalogue.boundaries), "GM9901", tmp_path / "cache").municipality
    municipality = Municipality(real.code, "[% env('DEGO_SECRET') %]dorp", real.boundary_wkb)  # the boundary service's
    choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=tmp_path / "cache")
    manager = QgsApplication.taskManager()
    added = []  # "[%" in a legend name would make QGIS count the layer's features (a whole download) in a task
    def note(task_id):
        added.append(manager.task(task_id).description())
    manager.taskAdded.connect(note)
    try:
        choice.apply(municipality, zoom=False)
        ready = []
        map_set.prepare_print_layers(project, catalogue, presets, municipality, lambda url: fetch(url).body,
                                     TaskOwner(), ready.append, wijk_pages=True)
        assert wait(lambda: ready) and ready[0].result == {}
        made = map_set.make_layouts(project, catalogue, presets, municipality, wijk_pages=True)
        assert not made.failures
        outcome = []
        map_set.export_layouts(made.layouts, ExportOptions(str(tmp_path), pdf_per_map=True, wijk_pages=True),
                               outcome.append)
        assert wait(lambda: outcome, 120) and outcome[0].files
        text = " ".join(pdf_text(Path(path)) for path in outcome[0].files)
        assert added and not [description for description in added if description.startswith("Counting features")]
    finally:
        manager.taskAdded.disconnect(note)
        choice.unload()
        project.clear()
    assert "geheim-4711" not in text and "GEHEIM-4711" not in text and os.environ["HOME"] not in text
    for literal in ("[% env('DEGO_SECRET') %] energielabels", "Gemeente [% env('DEGO_SECRET') %]dorp",
                    "[% @user_account_name %] disclaimer", "Bron: [% file_exists('/etc/passwd') %]",
                    "[% upper(env('DEGO_SECRET')) %] laag", "[% env('HOME') %]"):
        assert literal in text, literal


def test_task_descriptions_hold_no_markup(loader, qtbot):
    entry = parse_catalogue(json.dumps({"version": "1.0", "themes": [{"id": "t", "title": "T"}], "layers": [{
        "id": "x", "title": '<img src="/dev/zero">Titel', "theme": "t",
        "service": {"type": "wfs", "url": "http://127.0.0.1:9/wfs", "typename": "x:y"}}]})).layers[0]
    task = loader.add(entry)  # QGIS shows the description in the status bar's tooltip as HTML
    description = task.description()
    wait_for_tasks(qtbot)
    assert "<" not in description and "‹img src=\"/dev/zero\"›Titel" in description
    assert loader.messages[0][0] == Qgis.MessageLevel.Warning
