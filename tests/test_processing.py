"""Processing provider "DEGO": dego:loadlayer runs from the command line (qgis_process) against the reference
service and writes the layer's features to a GeoPackage; the plugin registers the provider and removes it."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import requests
from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from conftest import wait_for_tasks
from dego_plugin.algorithms.load_layer import LoadLayerAlgorithm
from dego_plugin.toolbelt.qgis_names import NO_THREADING
from dego_plugin.tools.refservice import demo_data

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # /usr/bin/qgis_process adds an option 3.22 rejects
PLUGINS = Path(__file__).resolve().parent.parent / ".build" / "plugins"  # holds dego_plugin (make deps links it)

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="needs qgis_process (package qgis)")


@pytest.fixture(scope="module")
def qgis_process(reference_service, tmp_path_factory):
    """Runs `qgis_process.bin ARGS` in a fresh profile with the DEGO plugin enabled, as a user would set it up."""
    home = tmp_path_factory.mktemp("qgis-process")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(PLUGINS), PYTHONDONTWRITEBYTECODE="1",
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), DEGO_CACHE_DIR=str(home / "dego-cache"),
               DEGO_CATALOGUE_URL=reference_service.catalogue_url)

    def run(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=120)

    enabled = run("plugins", "enable", "dego_plugin")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    run.home = home
    run.catalogue_url = reference_service.catalogue_url
    return run


def test_qgis_process_lists_the_dego_provider(qgis_process):
    done = qgis_process("list")
    assert "DEGO" in done.stdout and "dego:loadlayer\tLoad DEGO layer" in done.stdout


def test_loadlayer_writes_the_wfs_layer_to_a_geopackage(qgis_process):
    target = qgis_process.home / "energielabel.gpkg"
    done = qgis_process("run", "dego:loadlayer", "--", "LAYER=energielabel-wfs", f"OUTPUT={target}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Fetching “Energielabel definitief”" in done.stdout
    layer = QgsVectorLayer(str(target), "out", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:28992"
    buildings = demo_data.buildings()
    assert layer.featureCount() == len(buildings)
    labels = sorted(str(f["elabel_definitief"] or "") for f in layer.getFeatures())
    assert labels == sorted(b["elabel_definitief"] for b in buildings)


def test_loadlayer_says_which_layers_exist_when_the_id_is_unknown(qgis_process):
    done = qgis_process("run", "dego:loadlayer", "--", "LAYER=energielabels", f"OUTPUT={qgis_process.home}/x.gpkg")
    assert done.returncode != 0
    assert "“energielabels” is not in the DEGO catalogue. Vector layers: energielabel-wfs, energielabel-oapif" in (
        done.stdout + done.stderr)


def test_loadlayer_clips_to_the_municipality(qgis_process):
    target = qgis_process.home / "gm9902.gpkg"
    done = qgis_process("run", "dego:loadlayer", "--", "LAYER=energielabel-wfs", "MUNICIPALITY=gm 9902",
                        f"OUTPUT={target}")
    assert done.returncode == 0, done.stdout + done.stderr
    layer = QgsVectorLayer(str(target), "out", "ogr")
    inside = demo_data.buildings_in("GM9902")
    assert 0 < len(inside) < len(demo_data.buildings())
    assert layer.featureCount() == len(inside)
    assert sorted(str(f["elabel_definitief"] or "") for f in layer.getFeatures()) == sorted(
        b["elabel_definitief"] for b in inside)


def test_loadlayer_says_when_the_municipality_is_unknown(qgis_process):
    done = qgis_process("run", "dego:loadlayer", "--", "LAYER=energielabel-wfs", "MUNICIPALITY=GM9977",
                        f"OUTPUT={qgis_process.home}/y.gpkg")
    assert done.returncode != 0
    assert ("Could not load the municipality: “GM9977” is not a municipality known to the boundary service"
            in done.stdout + done.stderr)
    assert not (qgis_process.home / "y.gpkg").exists()


def test_the_plugin_registers_the_provider_and_removes_it_on_unload(iface, qtbot, monkeypatch):
    from dego_plugin import classFactory

    monkeypatch.setenv("DEGO_CATALOGUE_URL", "http://127.0.0.1:9/catalogue.json")
    registry = QgsApplication.processingRegistry()
    plugin = classFactory(iface)
    plugin.initGui()
    wait_for_tasks(qtbot)
    algorithm = registry.algorithmById("dego:loadlayer")
    assert registry.providerById("dego").name() == "DEGO" and algorithm.displayName() == "Load DEGO layer"
    assert [p.name() for p in algorithm.parameterDefinitions()] == [
        LoadLayerAlgorithm.LAYER, LoadLayerAlgorithm.MUNICIPALITY, LoadLayerAlgorithm.OUTPUT]
    assert algorithm.parameterDefinition("MUNICIPALITY").flags() & algorithm.parameterDefinition(
        "MUNICIPALITY").FlagOptional
    maps = registry.algorithmById("dego:exportmaps")  # layouts are not thread-safe: main thread only
    assert maps.displayName() == "Export transitievisie maps" and maps.flags() & NO_THREADING
    wijk_pages = maps.parameterDefinition("WIJK_PAGES")  # off unless asked: one page per map as before
    assert wijk_pages.description() == "Add a page per wijk" and wijk_pages.defaultValue() is False
    assert plugin.options_factory in iface.options_factories and plugin.locator_filter in iface.locator_filters
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # toolbar and dock go now, not later
    assert registry.providerById("dego") is None
    assert iface.options_factories == [] and iface.locator_filters == []


def _pdfinfo(path) -> dict:
    lines = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return dict(line.split(":", 1) for line in lines if ":" in line)


def test_exportmaps_writes_the_transitievisie_maps_as_pdfs(qgis_process):
    from dego_plugin.compositions.export import file_stem
    from dego_plugin.model.presets import parse_presets
    from dego_plugin.model.catalogue import parse_catalogue

    folder = qgis_process.home / "maps"
    done = qgis_process("run", "dego:exportmaps", "--", "MUNICIPALITY=9901", "PAPER=1", "ORIENTATION=1",
                        "COMBINED=true", f"OUTPUT_FOLDER={folder}")
    assert done.returncode == 0, done.stdout + done.stderr
    catalogue = parse_catalogue(requests.get(qgis_process.catalogue_url, timeout=30).json())
    presets, _ = parse_presets(catalogue)
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == len(presets) + 1 and not list(folder.glob(".*"))  # one per map, one combined, no leftovers
    for path in pdfs:
        assert str(path) in done.stdout  # FILES lists them
    combined = next(p for p in pdfs if p.name.startswith("transitievisiekaarten"))
    assert _pdfinfo(combined)["Pages"].strip() == str(len(presets))
    for preset in presets:
        path = folder / f"{file_stem(preset.title)}-Demodorp.pdf"
        info = _pdfinfo(path)
        assert info["Pages"].strip() == "1"
        assert info["Page size"].split("pts")[0].split() == ["595", "x", "842"]  # A4 portrait
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert " ".join(preset.title.split()) in " ".join(text.split()) and "Gemeente Demodorp" in text
        lines = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                               check=True).stdout.splitlines()
        assert any(preset.title in line for line in lines), preset.title  # fits the narrow A4 title band unwrapped


def test_exportmaps_adds_a_page_per_wijk_after_the_municipality_page(qgis_process):
    from dego_plugin.compositions.export import file_stem
    from dego_plugin.model.presets import parse_presets, preset_by_id
    from dego_plugin.model.catalogue import parse_catalogue

    folder = qgis_process.home / "wijken"
    done = qgis_process("run", "dego:exportmaps", "--", "MUNICIPALITY=GM9901", "PRESETS=eigendom", "WIJK_PAGES=true",
                        f"OUTPUT_FOLDER={folder}")
    assert done.returncode == 0, done.stdout + done.stderr
    wijken = sorted((w for w in demo_data.wijken() if w["gemeentecode"] == "GM9901"), key=lambda w: w["wijkcode"])
    assert len(wijken) >= 2
    catalogue = parse_catalogue(requests.get(qgis_process.catalogue_url, timeout=30).json())
    title = preset_by_id(parse_presets(catalogue)[0], "eigendom").title
    path = folder / f"{file_stem(title)}-Demodorp.pdf"
    assert sorted(folder.glob("*.pdf")) == [path]
    assert _pdfinfo(path)["Pages"].strip() == str(1 + len(wijken))
    for page, wijk in enumerate([None] + wijken, start=1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
        place = "Gemeente Demodorp" if wijk is None else f"{wijk['wijknaam']} – Gemeente Demodorp"
        assert place in " ".join(text.split()), (page, text[:300])

