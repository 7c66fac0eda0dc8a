"""Processing provider "DEGO": dego:loadlayer runs from the command line (qgis_process) against the reference
service and writes the layer's features to a GeoPackage; the plugin registers the provider and removes it."""
from __future__ import annotations

import json
import os
import subprocess
import unicodedata
from pathlib import Path

import pytest
import requests
from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from conftest import wait_for_tasks
from dego_plugin.algorithms.load_layer import LoadLayerAlgorithm
from dego_plugin.toolbelt.qgis_names import NO_THREADING
from dego_plugin.tools.refservice import demo_data
from dego_plugin.tools.refservice.service import SERVERS

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # /usr/bin/qgis_process adds an option 3.22 rejects
PLUGINS = Path(__file__).resolve().parent.parent / ".build" / "plugins"  # holds dego_plugin (make deps links it)

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="needs qgis_process (package qgis)")


@pytest.fixture(scope="module", params=SERVERS)
def qgis_process(request, reference_service, tmp_path_factory):
    """Runs `qgis_process.bin ARGS` in a fresh profile with the DEGO plugin enabled, as a user would set it up; the
    catalogue of each OGC server in turn (qgis_mapserver, MapServer 8). `catalogue_url=` runs it with another."""
    served = reference_service.served(request.param)
    home = tmp_path_factory.mktemp("qgis-process")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(PLUGINS), PYTHONDONTWRITEBYTECODE="1",
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), DEGO_CACHE_DIR=str(home / "dego-cache"),
               DEGO_CATALOGUE_URL=served.catalogue_url)

    def run(*args, catalogue_url=None):
        with_catalogue = dict(env, DEGO_CATALOGUE_URL=catalogue_url) if catalogue_url else env
        return subprocess.run([QGIS_PROCESS, *args], env=with_catalogue, capture_output=True, text=True, timeout=120)

    enabled = run("plugins", "enable", "dego_plugin")
    # The second server's run may find it enabled: qgis_process keeps that state outside the fresh profile folders.
    assert enabled.returncode == 0 or "already enabled" in enabled.stderr, enabled.stdout + enabled.stderr
    run.home = home
    run.catalogue_url = served.catalogue_url
    run.served = served
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


def test_loadlayer_reads_the_catalogue_from_the_published_qgis_project(qgis_process):
    """DEGO_CATALOGUE_URL pointing at the publishing project (.qgz), as DEGO publishes its project today."""
    target = qgis_process.home / "uit-project.gpkg"
    done = qgis_process("run", "dego:loadlayer", "--", "LAYER=energielabel-oapif", "MUNICIPALITY=GM9903",
                        f"OUTPUT={target}", catalogue_url=qgis_process.served.project_url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "live catalogue could not be used" not in done.stdout
    layer = QgsVectorLayer(str(target), "out", "ogr")
    assert layer.featureCount() == len(demo_data.buildings_in("GM9903"))


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
    # Without a warmteprogramma (PLAN) the maps of the plan are skipped, and the user is told.
    assert "No warmteprogramma given: the maps wat, wanneer are skipped." in done.stdout
    presets = [p for p in presets if not p.uses_plan]
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



@pytest.fixture(scope="module")
def plan_file(reference_service, tmp_path_factory):
    """A warmteprogramma of Demodorp as the Warmteprogramma button makes it, one buurt decided."""
    from dego_plugin.layers.plan_files import PlanFile, import_values
    from dego_plugin.layers.plan_layer import make_or_update_plan, open_plan
    from dego_plugin.model.catalogue import parse_catalogue
    from dego_plugin.model.plan import PlanMetadata, plan_sources
    from dego_plugin.service.boundaries import load_boundary, service_for

    folder = tmp_path_factory.mktemp("plan")
    catalogue = parse_catalogue(requests.get(reference_service.catalogue_url, timeout=30).json())
    municipality = load_boundary(service_for(catalogue.boundaries), "GM9901", folder / "cache").municipality
    path = folder / "warmteprogramma-GM9901.gpkg"
    make_or_update_plan(str(path), municipality, plan_sources(catalogue))
    decided = PlanFile([{"buurtcode": "BU99010101", "strategie": "warmtenet_mt_ht", "periode": "voor_2030",
                         "startbuurt": True, "gewijzigd": "2026-11-20"}], PlanMetadata("GM9901"))
    import_values(open_plan(str(path)), decided, commit=True)
    return path


def test_exportplan_and_importplan_share_the_plan_from_the_command_line(qgis_process, plan_file):
    from dego_plugin.layers.plan_layer import feature_records, open_plan

    out = qgis_process.home / "open-data"
    done = qgis_process("run", "dego:exportplan", "--", f"PLAN={plan_file}", "VERSION=2026-12-01",
                        f"OUTPUT_FOLDER={out}")
    assert done.returncode == 0, done.stdout + done.stderr
    geojson = out / "warmteprogramma-GM9901-2026-12-01.geojson"
    document = json.loads(geojson.read_text(encoding="utf-8"))
    assert document["warmteprogramma"]["gemeentenaam"] == "Demodorp" and document["warmteprogramma"]["licentie"] == \
        "CC BY 4.0"
    assert f"Written: {geojson}" in done.stdout
    decided = next(f["properties"] for f in document["features"] if f["properties"]["buurtcode"] == "BU99010101")
    assert (decided["strategie"], decided["startbuurt"], decided["gewijzigd"]) == ("warmtenet_mt_ht", True, "2026-11-20")

    # Back into an empty copy of the plan: the decision returns; a bad value is reported, not an error.
    target = qgis_process.home / "empty-plan.gpkg"
    target.write_bytes(plan_file.read_bytes())
    layer = open_plan(str(target))
    layer.startEditing()
    for feature in layer.getFeatures():
        layer.changeAttributeValues(feature.id(), {layer.fields().indexOf("strategie"): "nog_geen_voorkeur"}, {}, True)
    assert layer.commitChanges()
    del layer
    document["features"][1]["properties"]["periode"] = "ooit"
    geojson.write_text(json.dumps(document), encoding="utf-8")
    done = qgis_process("run", "dego:importplan", "--", f"INPUT={geojson}", f"PLAN={target}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "9 buurten imported into" in done.stdout and "1 value does not follow the schema" in done.stdout + done.stderr
    back = {r["buurtcode"]: r for _, r, _ in feature_records(open_plan(str(target)))}
    assert back["BU99010101"]["strategie"] == "warmtenet_mt_ht" and back["BU99010101"]["gewijzigd"] == "2026-11-20"
    assert (qgis_process.home / "empty-plan-validatie.html").exists()

    not_a_plan = qgis_process("run", "dego:importplan", "--", f"INPUT={target}", f"PLAN={qgis_process.home}/x.gpkg")
    assert not_a_plan.returncode != 0


def test_exportmaps_prints_the_wat_kaart_from_the_plan(qgis_process, plan_file):
    folder = qgis_process.home / "wat"
    done = qgis_process("run", "dego:exportmaps", "--", "MUNICIPALITY=GM9901", "PRESETS=wat", f"PLAN={plan_file}",
                        f"OUTPUT_FOLDER={folder}")
    assert done.returncode == 0, done.stdout + done.stderr
    [path] = sorted(folder.glob("*.pdf"))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Wat: warmtealternatief per buurt" in text and "Warmtenet midden-/hoge temperatuur" in text
    assert "Nog geen voorkeur" in text and "Startbuurt" in text and "Individueel elektrisch" not in text
    missing = qgis_process("run", "dego:exportmaps", "--", "MUNICIPALITY=GM9901", "PRESETS=wat",
                           f"OUTPUT_FOLDER={folder}")
    assert missing.returncode != 0 and "give its GeoPackage as PLAN" in missing.stdout + missing.stderr


def test_exportmaps_writes_only_the_buurtprofielen_of_the_chosen_buurten(qgis_process):
    folder = qgis_process.home / "profielen"
    done = qgis_process("run", "dego:exportmaps", "--", "MUNICIPALITY=GM9903", "BUURT_PROFILES=2",
                        "BUURTEN=bu99030901, BU99030102", f"OUTPUT_FOLDER={folder}")
    assert done.returncode == 0, done.stdout + done.stderr
    pdfs = sorted(path.name for path in (folder / "buurtprofielen").glob("*.pdf"))
    assert pdfs == ["buurtprofiel-BU99030102-Havenkwartier.pdf", "buurtprofiel-BU99030901-Eilandkern.pdf",
                    "buurtprofielen-Voorbeeldeiland.pdf"]
    assert not list(folder.glob("*.pdf"))  # no maps: only the buurtprofielen were asked
    assert (folder / "buurtprofielen-GM9903.gpkg").exists()  # the figures, privacy rules applied
    text = subprocess.run(["pdftotext", str(folder / "buurtprofielen" / pdfs[-1]), "-"], capture_output=True,
                          text=True, check=True).stdout
    titles = [line for line in unicodedata.normalize("NFKC", text).splitlines() if line.startswith("Buurtprofiel ")]
    assert titles == ["Buurtprofiel Havenkwartier", "Buurtprofiel Eilandkern"]

    wrong = qgis_process("run", "dego:exportmaps", "--", "MUNICIPALITY=GM9903", "BUURT_PROFILES=2",
                         "BUURTEN=BU99019999", f"OUTPUT_FOLDER={folder / 'fout'}")
    assert wrong.returncode != 0 and "No buurt of Voorbeeldeiland has the code BU99019999" in wrong.stdout + wrong.stderr
