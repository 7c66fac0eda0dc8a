"""Processing provider "DEGO": dego:loadlayer runs from the command line (qgis_process) against the reference
service and writes the layer's features to a GeoPackage; the plugin registers the provider and removes it."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from conftest import wait_for_tasks
from dego_plugin.algorithms.load_layer import LoadLayerAlgorithm
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


def test_loadlayer_refuses_a_municipality_until_clipping_is_available(qgis_process):
    done = qgis_process("run", "dego:loadlayer", "--", "LAYER=energielabel-wfs", "MUNICIPALITY=GM9901",
                        f"OUTPUT={qgis_process.home}/y.gpkg")
    assert done.returncode != 0
    assert "Clipping to a municipality is not available" in done.stdout + done.stderr
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
    assert plugin.options_factory in iface.options_factories and plugin.locator_filter in iface.locator_filters
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # toolbar and dock go now, not later
    assert registry.providerById("dego") is None
    assert iface.options_factories == [] and iface.locator_filters == []
