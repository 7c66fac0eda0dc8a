"""The built zip, installed into a fresh QGIS profile, runs in the real QGIS desktop (under Xvfb): the DEGO toolbar
and dock show the reference catalogue, a layer added through the dock draws, the maps dialog follows a municipality
chosen on the toolbar while it is open and offers to open what it exported, no Python error is logged and no
"different thread" warning of Qt's is printed. Leaves output/desktop.png (the main window) and
output/desktop-maps.png (the dialog after the export)."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop_runner import QGIS, XVFB_RUN, run_in_desktop
from dego_plugin.tools import package
from dego_plugin.tools.refservice import demo_data

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent / "output"
LAYER_ID = "energielabel-wfs"
PYTHON_ERROR_TAG = "Python error"
MUNICIPALITY = "GM9901"  # Demodorp
PRESET = "woningwaarde"  # a single small map: the buurten of one municipality over the background
PDF = "Gemiddelde-woningwaarde-per-buurt-Demodorp.pdf"  # the preset's title and the municipality's name
SESSION_SECONDS = 90  # the session script gives up after this and quits QGIS

pytestmark = pytest.mark.skipif(not (QGIS and XVFB_RUN), reason="needs the qgis desktop and xvfb (make deps)")


def install_into_fresh_profile(zip_path: Path, profiles: Path) -> Path:
    """Unzip into DIR/profiles/default/python/plugins and enable it, as Plugins ▸ Install from ZIP does."""
    profile = profiles / "profiles" / "default"
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(profile / "python" / "plugins")
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\ndego_plugin=true\n\n[qgis]\ncheckVersion=false\n", encoding="utf-8")
    return profile


def test_the_zip_runs_in_the_real_qgis_desktop_and_makes_a_map_of_the_municipality_chosen_on_the_toolbar(
        reference_service, tmp_path):
    zip_path = package.build(tmp_path / "dist", "https://gis.example.nl/qgis/", build_dir=tmp_path / "build")
    profile = install_into_fresh_profile(zip_path, tmp_path / "profiles")
    OUTPUT.mkdir(exist_ok=True)
    shot, result, log = OUTPUT / "desktop.png", tmp_path / "result.json", tmp_path / "messages.jsonl"
    dialog_shot, maps = OUTPUT / "desktop-maps.png", tmp_path / "maps"
    shot.unlink(missing_ok=True)
    dialog_shot.unlink(missing_ok=True)
    centre = demo_data.landmark_buildings()[0]["geometry"].centroid  # a village centre with labelled panden
    env = dict(DEGO_CATALOGUE_URL=reference_service.catalogue_url, DEGO_CACHE_DIR=str(tmp_path / "cache"),
               DEGO_DESKTOP_OUT=str(result), DEGO_DESKTOP_SHOT=str(shot), DEGO_DESKTOP_LAYER=LAYER_ID,
               DEGO_DESKTOP_LOG=str(log), DEGO_DESKTOP_SECONDS=str(SESSION_SECONDS),
               PYQGIS_STARTUP=str(HERE / "desktop_log_collector.py"), DEGO_DESKTOP_CENTRE=f"{centre.x},{centre.y}",
               DEGO_DESKTOP_MUNICIPALITY=MUNICIPALITY, DEGO_DESKTOP_PRESET=PRESET, DEGO_DESKTOP_MAPS=str(maps),
               DEGO_DESKTOP_DIALOG_SHOT=str(dialog_shot))
    code, stderr = run_in_desktop(HERE / "desktop_session.py", tmp_path / "profiles", tmp_path, env, SESSION_SECONDS)
    assert result.exists(), f"QGIS ended ({code}) without a result:\n{stderr[-3000:]}"
    seen = json.loads(result.read_text(encoding="utf-8"))
    messages = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []

    # the plugin came from the installed zip, not from this work tree
    assert "dego_plugin" in seen["active_plugins"]
    assert Path(seen["plugin_file"]).resolve().is_relative_to(profile / "python" / "plugins" / "dego_plugin")
    assert seen["finished"] == "done", seen
    assert seen["processing_provider"]
    assert "DegoToolbar" in seen["toolbars"] and "DegoCatalogueDock" in seen["docks"]
    served = reference_service.catalogue()["layers"]
    assert seen["catalogue_layers"] == len(served) and seen["dock_themes"] == len({e["theme"] for e in served})
    assert seen["dock_status"].startswith("Live catalogue, fetched "), seen["dock_status"]
    assert seen["selected"] == LAYER_ID
    assert seen["layer_valid"] and seen["layer_in_dego_group"] and seen["layer_features"] == len(demo_data.buildings())
    assert seen["canvas_colourful_pixels"] > 100  # energy-label colours on the map
    assert shot.stat().st_size > 20_000

    # The maps dialog, opened before any municipality was chosen, follows the one chosen on the toolbar.
    opened, chosen = seen["dialog_opened"], seen["dialog_chosen"]
    assert not opened["make_enabled"] and opened["municipality"].startswith("No municipality chosen")
    assert opened["open_pdf"] is None and opened["open_folder"] is None
    assert chosen["make_enabled"] and chosen["make_text"] == "Make and export"
    assert chosen["municipality"] == "The maps of Demodorp (GM9901), clipped to its border."
    assert chosen["picker"] == "Demodorp (GM9901)"  # the dialog's own picker shows the toolbar's choice
    assert seen["dialog_exporting"]["busy_bar"] and not seen["dialog_exporting"]["make_enabled"]
    # Export: one PDF, and the buttons to open it and its folder, which open those.
    exported = seen["dialog_exported"]
    assert seen["maps_files"] == [PDF]
    assert exported["status"] == f"1 file written to {maps}; the layouts are in the project."
    assert exported["open_folder"] == "Open folder" and exported["open_pdf"] == "Open PDF"
    assert exported["make_enabled"] and not exported["busy_bar"]
    assert seen["opened"] == [str(maps), str(maps / PDF)]
    assert dialog_shot.stat().st_size > 10_000

    loaded = [m for m in messages if m["tag"] == "Plugins" and "dego_plugin" in m["message"]]
    assert [m["message"] for m in loaded] == ["Loaded DEGO (package: dego_plugin)"]  # and the log was watched
    python_errors = [m for m in messages if m["tag"] == PYTHON_ERROR_TAG]
    assert python_errors == []
    dego_problems = [m for m in messages if m["tag"] == "DEGO" and m["level"] in (1, 2)]  # Warning or Critical
    assert dego_problems == []
    assert "Traceback" not in stderr and "Error" not in stderr, stderr[-3000:]
    assert "different thread" not in stderr, stderr[-3000:]  # the export worker drew only its own copies
