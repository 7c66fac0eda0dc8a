"""The warmteprogramma layer (controllers/plan.py, layers/plan_*.py) on real QGIS against the reference service: made
from the catalogue's buurten, edited, made again, saved and reopened, exported as open data and imported back, and
refused when the input is bad. What is checked is what the user sees: features, form values, messages, files."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from qgis.core import Qgis, QgsEditorWidgetSetup, QgsFieldConstraints, QgsProject, QgsVectorLayer
from qgis.gui import QgsGui
from qgis.PyQt.QtWidgets import QComboBox, QWidget

from task_helpers import settle
from dego_plugin.controllers.plan import PlanController
from dego_plugin.layers.plan_files import import_values, read_plan_file
from dego_plugin.layers.plan_layer import PLAN_PROPERTY, feature_records, gpkg_metadata, open_plan, plan_layer_for
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.model.municipality import Municipality
from dego_plugin.model.plan import PERIODS, STATUSES, STRATEGIES, SUGGESTIE, WANNEER, WAT, suggestion_for
from dego_plugin.service.boundaries import load_boundary, service_for
from dego_plugin.service.http import fetch
from dego_plugin.tools.demo_plan import decisions
from dego_plugin.tools.refservice import demo_data

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "resources" / "warmteprogramma.schema.json").read_text(encoding="utf-8"))
DECIDED_VIEW = ("buurtcode", "strategie", "periode", "status", "startbuurt", "toelichting", "besluit", "gewijzigd")


@pytest.fixture(scope="module")
def catalogue(reference_service):
    return parse_catalogue(fetch(reference_service.catalogue_url).body)


@pytest.fixture(scope="module")
def municipalities(catalogue, tmp_path_factory):
    cache = tmp_path_factory.mktemp("boundaries")
    return {code: load_boundary(service_for(catalogue.boundaries), code, cache).municipality
            for code in ("GM9901", "GM9902", "GM9903")}


class Plans:
    """The controller as the toolbar button drives it, with what it tells the user."""

    def __init__(self, project, catalogue, municipality, qtbot):
        self.messages, self.reports = [], []
        self.municipality = municipality
        self.catalogue = catalogue
        self.qtbot = qtbot
        self.controller = PlanController(project, lambda level, text: self.messages.append((level, text)),
                                         lambda: self.catalogue, lambda: self.municipality)
        self.controller.report_ready.connect(lambda path, text: self.reports.append((path, text)))

    def run(self, method, *args):
        self.messages.clear()
        method(*args)
        self.qtbot.waitUntil(lambda: self.controller.task is None, timeout=60000)
        settle(self.qtbot)
        return self.messages[-1][1] if self.messages else ""

    def make(self, path=""):
        return self.run(self.controller.make, str(path))

    @property
    def layer(self) -> QgsVectorLayer:
        return plan_layer_for(self.controller.project, self.municipality.code)


@pytest.fixture()
def plans(clean_project, catalogue, municipalities, qtbot):
    return Plans(clean_project, catalogue, municipalities["GM9901"], qtbot)


def records(layer_or_path):
    path = layer_or_path if isinstance(layer_or_path, (str, Path)) else layer_or_path.source().split("|")[0]
    return {r["buurtcode"]: r for _, r, _ in feature_records(open_plan(str(path)))}


def fill_demo(layer):
    """The demo's decisions (tools/demo_plan.py), saved."""
    chosen = decisions(sorted(records(layer).values(), key=lambda r: r["buurtcode"]))
    from dego_plugin.layers.plan_files import PlanFile
    from dego_plugin.model.plan import PlanMetadata

    import_values(layer, PlanFile([dict(v, buurtcode=c) for c, v in chosen.items()], PlanMetadata("GM9901")),
                  commit=True)
    return chosen


@pytest.mark.parametrize("code", ["GM9901", "GM9902", "GM9903"])
def test_the_plan_holds_exactly_the_cbs_buurten_of_the_municipality(plans, municipalities, code, tmp_path):
    plans.municipality = municipalities[code]
    text = plans.make(tmp_path / f"plan-{code}.gpkg")
    mine = {b["buurtcode"]: b for b in demo_data.buurten() if b["gemeentecode"] == code}
    assert f"Warmteprogramma {municipalities[code].name}: {len(mine)} buurten, saved in" in text
    layer = plans.layer
    assert layer is not None and layer.featureCount() == len(mine) and layer.crs().authid() == "EPSG:28992"
    found = records(layer)
    assert {c: r["buurtnaam"] for c, r in found.items()} == {c: b["buurtnaam"] for c, b in mine.items()}
    suggested = {r["buurtcode"]: suggestion_for(r["strategievariant"]) for r in demo_data.startanalyse()}
    for buurtcode, record in found.items():
        assert (record["gemeentecode"], record["cbs_jaar"]) == (code, 2020)
        assert (record["strategie"], record["periode"], record["status"], record["startbuurt"]) == (
            "nog_geen_voorkeur", "nog_te_bepalen", "verkenning", False)
        assert record["suggestie"] == suggested[buurtcode]  # the fictional Startanalyse, PBL's quotes and all
    shapes = {f["buurtcode"]: f.geometry() for f in layer.getFeatures()}
    for buurtcode, buurt in mine.items():  # the buurt's own shape (the demo buurten lie inside their border)
        assert shapes[buurtcode].area() == pytest.approx(buurt["geometry"].area, rel=1e-6)
    # Ready to use: the named styles (Wat shown), buurt labels, the plan marker.
    assert set(layer.styleManager().styles()) == {WAT, WANNEER, SUGGESTIE}
    assert layer.styleManager().currentStyle() == WAT and layer.labelsEnabled()
    assert layer.customProperty(PLAN_PROPERTY) == code


def test_the_form_offers_exactly_the_listed_values(plans, tmp_path):
    plans.make(tmp_path / "plan.gpkg")
    layer = plans.layer
    QgsGui.editorWidgetRegistry().initEditors()
    parent = QWidget()
    for name, choices in (("strategie", STRATEGIES), ("periode", PERIODS), ("status", STATUSES)):
        index = layer.fields().indexOf(name)
        setup: QgsEditorWidgetSetup = layer.editorWidgetSetup(index)
        assert setup.type() == "ValueMap"
        wrapper = QgsGui.editorWidgetRegistry().create(setup.type(), layer, index, setup.config(), None, parent)
        combo = wrapper.widget()
        assert isinstance(combo, QComboBox)
        assert [combo.itemText(i) for i in range(combo.count())] == [c.label for c in choices]
        assert [combo.itemData(i) for i in range(combo.count())] == [c.code for c in choices]
        constraints = layer.fields().at(index).constraints()
        assert constraints.constraintStrength(QgsFieldConstraints.Constraint.ConstraintExpression) == \
            QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft  # flagged, never refused
    config = layer.editFormConfig()
    assert config.readOnly(layer.fields().indexOf("suggestie")) and config.readOnly(layer.fields().indexOf("buurtcode"))
    assert not config.readOnly(layer.fields().indexOf("toelichting"))
    assert layer.editorWidgetSetup(layer.fields().indexOf("toelichting")).config()["UseHtml"] is False
    assert layer.editorWidgetSetup(layer.fields().indexOf("startbuurt")).type() == "CheckBox"
    assert layer.fields().at(layer.fields().indexOf("strategie")).alias() == "Warmtealternatief (wat)"


def test_edits_survive_making_again_saving_and_reopening(plans, tmp_path):
    plans.make(tmp_path / "plan.gpkg")
    layer = plans.layer
    fid = next(f.id() for f in layer.getFeatures() if f["buurtcode"] == "BU99010102")
    layer.startEditing()  # as the attribute form does: gewijzigd follows every edit
    layer.changeAttributeValue(fid, layer.fields().indexOf("strategie"), "warmtenet_mt_ht")
    layer.changeAttributeValue(fid, layer.fields().indexOf("periode"), "voor_2030")
    layer.changeAttributeValue(fid, layer.fields().indexOf("startbuurt"), True)
    layer.changeAttributeValue(fid, layer.fields().indexOf("toelichting"), "Restwarmte van de <zuivel>fabriek")
    assert layer.commitChanges(), layer.commitErrors()
    edited = records(layer)["BU99010102"]
    import datetime

    assert edited["gewijzigd"] == datetime.date.today().isoformat()

    layer.startEditing()  # while the layer is being edited, nothing is touched
    assert plans.make() == "The warmteprogramma layer is being edited: save or discard the edits first."
    layer.rollBack()
    text = plans.make()
    assert "Warmteprogramma Demodorp updated: 9 buurten, 0 new; every value entered was kept." in text
    assert plans.layer is layer and records(layer)["BU99010102"] == edited

    project_file = tmp_path / "project.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project_file))
    reopened = plan_layer_for(QgsProject.instance(), "GM9901")
    assert reopened is not None and reopened.isValid()
    assert records(reopened)["BU99010102"] == edited
    assert reopened.editorWidgetSetup(reopened.fields().indexOf("periode")).type() == "ValueMap"
    assert set(reopened.styleManager().styles()) == {WAT, WANNEER, SUGGESTIE}


def test_a_buurt_renamed_or_split_by_cbs_is_reported_not_lost(plans, tmp_path):
    path = tmp_path / "plan.gpkg"
    plans.make(path)
    plans.controller.project.removeMapLayer(plans.layer.id())  # as if made last year, in another project
    old = open_plan(str(path))
    index = old.fields().indexOf
    old.startEditing()
    for feature in old.getFeatures():
        if feature["buurtcode"] == "BU99010101":  # CBS renamed it since
            old.changeAttributeValue(feature.id(), index("buurtnaam"), "Oude Kern-Oost")
            old.changeAttributeValue(feature.id(), index("strategie"), "warmtenet_mt_ht")
        if feature["buurtcode"] == "BU99010202":  # CBS split a buurt: its code is new this year
            old.deleteFeature(feature.id())
    gone = next(old.getFeatures())  # and last year's buurt that no longer exists, decided on already
    gone.setAttribute(index("fid"), None)
    gone.setAttribute(index("buurtcode"), "BU99010299")
    gone.setAttribute(index("buurtnaam"), "Voormalige buurt")
    gone.setAttribute(index("strategie"), "warmtenet_lt")
    gone.setAttribute(index("besluit"), "Raadsbesluit 2025/12")
    old.addFeature(gone)
    assert old.commitChanges(), old.commitErrors()
    del old

    text = plans.make(path)
    assert "Warmteprogramma Demodorp updated: 10 buurten" not in text
    assert "9 buurten, 1 new; every value entered was kept." in text
    assert "1 buurt renamed by CBS: BU99010101 Oude Kern-Oost → Oude Kern." in text
    assert ("1 buurt is no longer among the CBS buurten; it stays in the plan with its values: "
            "BU99010299 Voormalige buurt.") in text
    assert plans.messages[-1][0] == Qgis.MessageLevel.Warning
    found = records(plans.layer)
    assert found["BU99010101"]["buurtnaam"] == "Oude Kern" and found["BU99010101"]["strategie"] == "warmtenet_mt_ht"
    assert found["BU99010299"]["strategie"] == "warmtenet_lt" and found["BU99010299"]["besluit"] == "Raadsbesluit 2025/12"
    assert found["BU99010202"]["strategie"] == "nog_geen_voorkeur"  # the new buurt: the defaults


def test_export_and_import_round_trip_is_exact_and_the_geojson_follows_the_schema(plans, tmp_path):
    plans.make(tmp_path / "plan.gpkg")
    chosen = fill_demo(plans.layer)
    original = records(plans.layer)
    out = tmp_path / "open-data"
    text = plans.run(plans.controller.export, str(out), "2026-12-01", "CC0 1.0")
    gpkg, geojson = out / "warmteprogramma-GM9901-2026-12-01.gpkg", out / "warmteprogramma-GM9901-2026-12-01.geojson"
    assert text == (f"Warmteprogramma exported as open data (9 buurten): {gpkg} and {geojson}.")
    assert plans.reports == []  # every value follows the schema
    document = json.loads(geojson.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(document)
    assert document["warmteprogramma"] == {"schema": "dego-warmteprogramma/1.0", "gemeentecode": "GM9901",
                                           "gemeentenaam": "Demodorp", "versie": "2026-12-01",
                                           "licentie": "CC0 1.0", "cbs_jaar": 2020}
    lon, lat = document["features"][0]["geometry"]["coordinates"][0][0][0]
    assert 3 < lon < 8 and 50 < lat < 54  # RFC 7946: WGS 84
    assert gpkg_metadata(str(gpkg))["licentie"] == "CC0 1.0" and gpkg_metadata(str(gpkg))["versie"] == "2026-12-01"
    exported = {f["buurtcode"]: f.geometry().asWkb() for f in open_plan(str(gpkg)).getFeatures()}
    assert exported == {f["buurtcode"]: f.geometry().asWkb() for f in plans.layer.getFeatures()}  # exact shapes
    assert records(gpkg) == original

    # Into a fresh plan (the defaults everywhere), from either file: the decided values come back exactly.
    for source in (gpkg, geojson):
        plans.controller.project.removeMapLayer(plans.layer.id())
        fresh = tmp_path / f"fresh-{source.suffix[1:]}.gpkg"
        plans.make(fresh)
        assert {r["strategie"] for r in records(fresh).values()} == {"nog_geen_voorkeur"}
        text = plans.run(plans.controller.import_file, str(source))
        assert text.startswith("The values of 9 buurten were read from ")
        assert plans.layer.isEditable() and plans.layer.isModified()  # the user reviews, then saves
        assert plans.layer.commitChanges()
        after = records(fresh)
        assert {c: tuple(r[k] for k in DECIDED_VIEW) for c, r in after.items()} == {
            c: tuple(r[k] for k in DECIDED_VIEW) for c, r in original.items()}
        assert all(after[c]["startbuurt"] == v["startbuurt"] for c, v in chosen.items())


def test_a_file_with_bad_values_gives_the_validation_report_not_an_exception(plans, tmp_path):
    plans.make(tmp_path / "plan.gpkg")
    layer = plans.layer
    before = records(layer)
    bad = {"type": "FeatureCollection", "warmteprogramma": {"gemeentecode": "GM9902", "gemeentenaam": "Proefstad"},
           "features": [
               {"type": "Feature", "geometry": None, "properties": dict(
                   before["BU99010101"], strategie="<b>zonnewarmte</b>", startbuurt="ja", gewijzigd="gisteren",
                   toelichting="<script>alert(1)</script>")},
               {"type": "Feature", "geometry": None, "properties": dict(
                   before["BU99010102"], periode="2030_2035")},
               {"type": "Feature", "geometry": None, "properties": {"buurtcode": "BU99029999", "strategie": "warmtenet_lt",
                                                                     "periode": "voor_2030"}}]}
    source = tmp_path / "anders.geojson"
    source.write_text(json.dumps(bad), encoding="utf-8")
    plans.run(plans.controller.import_file, str(source))
    assert len(plans.reports) == 1
    report, text = plans.reports[0]
    assert text.startswith("The values of 2 buurten were read from anders.geojson into the plan")
    assert "The file is the plan of Proefstad (GM9902)." in text and "BU99029999" in text
    page = Path(report).read_text(encoding="utf-8")
    assert "zonnewarmte" in page and "not one of the values of the list; kept as it is" in page
    assert "&lt;b&gt;zonnewarmte&lt;/b&gt;" in page and "<b>" not in page  # values are escaped, never markup
    assert "not a date (YYYY-MM-DD); not stored" in page and "gisteren" in page
    # In the edit buffer: the outside value kept, what the field cannot hold left as it was.
    values = {f["buurtcode"]: f for f in layer.getFeatures()}
    assert values["BU99010101"]["strategie"] == "<b>zonnewarmte</b>" and values["BU99010101"]["startbuurt"] is False
    assert values["BU99010101"]["toelichting"] == "<script>alert(1)</script>"  # text stays text
    assert values["BU99010102"]["periode"] == "2030_2035"
    layer.rollBack()


def test_bad_input_is_refused_clearly_and_nothing_is_overwritten(plans, municipalities, tmp_path, reference_service):
    # A GeoPackage that is not a plan: the demo data of the reference service.
    other = tmp_path / "demo.gpkg"
    shutil.copy(Path(reference_service.workdir) / "qgis" / "demo.gpkg", other)
    digest = hashlib.sha256(other.read_bytes()).hexdigest()
    text = plans.make(other)
    assert text == ("The warmteprogramma could not be made: the file is not a warmteprogramma (it lacks the "
                    "table or the fields of the schema); nothing was changed.")
    assert hashlib.sha256(other.read_bytes()).hexdigest() == digest and plans.layer is None

    plans.make(tmp_path / "plan.gpkg")
    before = records(plans.layer)
    assert plans.run(plans.controller.import_file, str(other)).startswith(
        "The file could not be imported: the file is not a warmteprogramma")
    not_json = tmp_path / "plan.geojson"
    not_json.write_text("{ dit is geen json", encoding="utf-8")
    assert "the file is not a warmteprogramma" in plans.run(plans.controller.import_file, str(not_json))
    assert not plans.layer.isEditable() and records(plans.layer) == before

    # Another municipality's plan file is not updated with this one's buurten.
    plans.controller.project.removeMapLayer(plans.layer.id())
    plans.municipality = municipalities["GM9902"]
    assert plans.make(tmp_path / "plan.gpkg").endswith("the file is the plan of another municipality; nothing was changed.")
    assert records(tmp_path / "plan.gpkg") == before

    # A municipality the catalogue's buurten layer has no buurten of.
    plans.municipality = Municipality("GM9977", "Nergensdorp", plans.municipality.boundary_wkb)
    assert plans.make(tmp_path / "nergens.gpkg") == ("The warmteprogramma could not be made: the catalogue's "
                                                      "buurten layer has no buurten of Nergensdorp.")
    assert not (tmp_path / "nergens.gpkg").exists()

    # A catalogue without buurten.
    document = json.loads(json.dumps(reference_service.catalogue()))
    document.pop("warmteprogramma")
    document["layers"] = [e for e in document["layers"] if e.get("level") != "buurt"]
    document["presets"] = []
    plans.catalogue = parse_catalogue(document)
    assert plans.make(tmp_path / "x.gpkg") == ("No warmteprogramma: the DEGO catalogue has no buurten layer to "
                                               "make a plan from.")
    # No municipality chosen.
    plans.municipality = None
    assert plans.make(tmp_path / "x.gpkg") == "Choose a municipality on the DEGO toolbar first."
    assert not (tmp_path / "x.gpkg").exists()


def test_checking_the_plan_writes_a_report_that_lists_what_breaks_the_schema(plans, tmp_path):
    plans.make(tmp_path / "plan.gpkg")
    layer = plans.layer
    layer.startEditing()  # QGIS's own field calculator can put anything in a text field
    fid = next(layer.getFeatures()).id()
    layer.changeAttributeValue(fid, layer.fields().indexOf("periode"), "ooit")
    assert layer.commitChanges()
    plans.run(plans.controller.validate)
    report, text = plans.reports[-1]
    assert text == "1 value of the warmteprogramma does not follow the schema."
    assert "ooit" in Path(report).read_text(encoding="utf-8") and Path(report).name == "plan-validatie.html"
    file = read_plan_file(str(tmp_path / "plan.gpkg"))
    assert [(f.field, f.value, f.code) for f in file.findings] == [("periode", "ooit", "not_in_list")]
