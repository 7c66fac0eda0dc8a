"""Buurtprofielen (compositions/buurtprofiel_*.py) on real QGIS against the reference service: the figures on every
page equal those worked out here from the demo data generator (tools/refservice/demo_data.py), independently of the
plugin's model; small figures print as "–"; one page per buurt, titled, searchable; no per-pand consumption; a typed
toelichting prints literally; re-runs keep the user's layouts. PDFs are read back with poppler."""
from __future__ import annotations

import json
import math
import os
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import QgsPrintLayout, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from dego_plugin.compositions.buurtprofiel_layout import figure_labels
from dego_plugin.compositions.buurtprofiel_set import PDF_FOLDER, ProfileJob, ProfileOptions, profile_path
from dego_plugin.compositions.export import file_stem
from dego_plugin.compositions.layout import ITEM_MAP, is_plugin_layout
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.dialogs.transitievisie_dialog import TransitievisieDialog
from dego_plugin.i18n import map_texts
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.service import settings
from dego_plugin.service.boundaries import load_boundary, service_for
from dego_plugin.service.http import fetch
from dego_plugin.tools.refservice import demo_data, styles

from test_compositions import colours_in, pdf_pages, render_page, wait

CODES = ("GM9901", "GM9902", "GM9903")
TOELICHTING = "Let op: [% env('HOME') %] <b>vet</b> & meer"  # typed by a user: must print as typed
TYPED_IN = "BU99010102"  # the buurt whose toelichting is TOELICHTING
LEFT_EMPTY = "BU99010304"  # the buurt whose toelichting is emptied
MAP = map_texts("nl")  # the reference catalogue's language: the pages' own texts are Dutch


# ------------------------------------------------------------------------ the figures, worked out independently

def _half_up(value: float, step: int) -> int:
    return int(math.floor(value / step + 0.5)) * step


def _count(n: float, floor: int = 10) -> str:
    return "–" if n < floor else f"{_half_up(n, 5):,}".replace(",", ".")


def _share(part: int, whole: int, floor: int = 20) -> str:
    return "–" if whole < floor else f"{_half_up(100.0 * part / whole, 1)}%"


def _period(year: int) -> str:
    if year < 1946:
        return "bouwjaar_voor_1946"
    if year < 1965:
        return "bouwjaar_1946_1964"
    if year < 1975:
        return "bouwjaar_1965_1974"
    if year < 1992:
        return "bouwjaar_1975_1991"
    if year < 2006:
        return "bouwjaar_1992_2005"
    return "bouwjaar_2006_later"


LABELS = {"1": "label_a", "2": "label_b", "3": "label_c", "4": "label_d", "5": "label_e", "6": "label_f",
          "7": "label_g", "": "label_geen"}


def dwellings(pand) -> int:
    return 0 if pand["woningtype"] == "utiliteit" else max(1, pand["pandcount_2020"])


def pand_figures(panden) -> dict:
    """Counts, shares and average gas use of some panden, by the rules of the user guide."""
    n = len(panden)
    homes = sum(dwellings(p) for p in panden)
    figures = {"gebouwen": _count(n), "woningen": _count(homes)}
    for key in ("bouwjaar_voor_1946", "bouwjaar_1946_1964", "bouwjaar_1965_1974", "bouwjaar_1975_1991",
                "bouwjaar_1992_2005", "bouwjaar_2006_later"):
        figures[key] = _share(sum(1 for p in panden if _period(p["bouwjaar"]) == key), n)
    for code, key in LABELS.items():
        figures[key] = _share(sum(1 for p in panden if p["elabel_definitief"] == code), n)
    residential = [p for p in panden if p["woningtype"] != "utiliteit"]
    gas, gas_homes = sum(p["gasm3_2020"] for p in residential), sum(dwellings(p) for p in residential)
    figures["gas_per_woning"] = "–" if len(residential) < 10 else f"{_half_up(gas / gas_homes, 50):,}".replace(",", ".")
    return figures


def cbs_share(value: float, base: float, floor: int) -> str:
    return "–" if value < 0 or base < floor else f"{_half_up(value, 1)}%"


def expected(code: str) -> dict:
    """Every buurt's figures and the municipality's, {buurtcode: {key: text}} plus "gemeente"."""
    panden = [p for p in demo_data.buildings() if p["gemeentecode"] == code]
    buurten = [b for b in demo_data.buurten() if b["gemeentecode"] == code]
    homes = {b["buurtcode"]: sum(dwellings(p) for p in panden if p["buurtcode"] == b["buurtcode"]) for b in buurten}
    found = {}
    for buurt in buurten:
        figures = pand_figures([p for p in panden if p["buurtcode"] == buurt["buurtcode"]])
        for key, field in (("koopwoningen", "koopwoningen_percentage"),
                           ("corporatiewoningen", "woningcorporatie_woningen_percentage")):
            figures[key] = cbs_share(buurt[field], homes[buurt["buurtcode"]], 20)
        figures["laag_inkomen"] = cbs_share(buurt["lagerinkomen_percentage_huishouden"], buurt["huishoudens_aantal"], 100)
        found[buurt["buurtcode"]] = figures
    municipal = pand_figures(panden)
    for key, field, weight in (("koopwoningen", "koopwoningen_percentage", lambda b: homes[b["buurtcode"]]),
                               ("corporatiewoningen", "woningcorporatie_woningen_percentage",
                                lambda b: homes[b["buurtcode"]]),
                               ("laag_inkomen", "lagerinkomen_percentage_huishouden", lambda b: b["huishoudens_aantal"])):
        published = [b for b in buurten if b[field] >= 0]
        total = sum(weight(b) for b in published)
        municipal[key] = f"{_half_up(sum(b[field] * weight(b) for b in published) / total, 1)}%"
    found["gemeente"] = municipal
    return found


# --------------------------------------------------------------------------------------------- the runs

def page_texts(path: Path):
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [unicodedata.normalize("NFKC", page) for page in text.split("\f") if page.strip()]


def run_job(project, catalogue, municipality, options, timeout_s=180.0):
    done = []
    job = ProfileJob(project, catalogue, municipality, options, lambda url: fetch(url).body, done.append)
    job.start()
    assert wait(lambda: done, timeout_s)
    return done[0]


def set_toelichting(plan: QgsVectorLayer, code: str, text: str) -> None:
    plan.startEditing()
    feature = next(f for f in plan.getFeatures() if f["buurtcode"] == code)
    plan.changeAttributeValue(feature.id(), plan.fields().indexOf("toelichting"), text)
    assert plan.commitChanges()


@pytest.fixture(scope="module")
def profiles(reference_service, tmp_path_factory, qgis_app):
    """The buurtprofielen of the three demo municipalities (GM9901 with its warmteprogramma, one toelichting typed
    with an expression in it), each in a folder of its own: {code: (folder, outcome)}."""
    from dego_plugin.tools.demo_plan import make_demo_plan

    catalogue = parse_catalogue(json.dumps(reference_service.catalogue()))
    project = QgsProject.instance()
    made = {}
    for code in CODES[1:] + CODES[:1]:  # Demodorp last: the re-run tests go on in its project
        project.clear()
        folder = tmp_path_factory.mktemp(f"profielen-{code}")
        choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=folder / "cache")
        municipality = load_boundary(service_for(catalogue.boundaries), code, folder / "cache").municipality
        choice.apply(municipality, zoom=False)
        if code == "GM9901":
            plan = make_demo_plan(catalogue, municipality, folder)
            set_toelichting(plan, TYPED_IN, TOELICHTING)
            set_toelichting(plan, LEFT_EMPTY, "")
        outcome = run_job(project, catalogue, municipality, ProfileOptions(str(folder)))
        made[code] = (folder, outcome, municipality)
        if code == CODES[0]:
            made["project"] = (project, catalogue, municipality, choice, folder)
        else:
            choice.unload()
    yield made
    made["project"][3].unload()
    project.clear()


def combined_pdf(folder: Path, municipality) -> Path:
    return folder / PDF_FOLDER / f"{file_stem('buurtprofielen ' + municipality.name)}.pdf"


def test_every_page_shows_the_figures_worked_out_from_the_demo_data(profiles):
    labels = {key: unicodedata.normalize("NFKC", label) for key, label in figure_labels(MAP).items()}
    for code in CODES:
        folder, outcome, municipality = profiles[code]
        assert outcome.failures == [] and not outcome.cancelled, outcome.failures
        want = expected(code)
        buurten = sorted((b for b in demo_data.buurten() if b["gemeentecode"] == code), key=lambda b: b["buurtcode"])
        pages = page_texts(combined_pdf(folder, municipality))
        assert len(pages) == len(buurten)
        for page, buurt in zip(pages, buurten):
            for key, label in labels.items():
                found = re.search(re.escape(label) + r"\s+(\S+)\s+(\S+)", page)
                assert found, (buurt["buurtcode"], label, page)
                assert found.groups() == (want[buurt["buurtcode"]][key], want["gemeente"][key]), (
                    buurt["buurtcode"], key, found.groups())


def test_a_small_buurt_shows_a_dash_where_too_few_panden_or_households_are_under_a_figure(profiles):
    folder, _, municipality = profiles["GM9901"]
    zuiderpark = [p for p in demo_data.buildings() if p["buurtcode"] == "BU99010301"]
    assert len(zuiderpark) < 10  # the demo data makes Zuiderpark small
    path = folder / PDF_FOLDER / "buurtprofiel-BU99010301-Zuiderpark.pdf"
    page = " ".join(page_texts(path)[0].split())
    labels = figure_labels(MAP)
    for key in ("gebouwen", "woningen", "gas_per_woning", "bouwjaar_voor_1946", "label_a", "label_geen",
                "koopwoningen"):
        label = " ".join(unicodedata.normalize("NFKC", labels[key]).split())
        assert re.search(re.escape(label) + r" – \S+", page), (key, page)
    # Its households are many (CBS's own count), so the low-income share shows; the footnote says what "–" means.
    low_income = re.escape(MAP.tr("Low-income households (%)"))
    assert re.search(low_income + r" \d+% \d+%", page)
    assert "– niet getoond om de privacy te beschermen: het cijfer zou rusten op minder dan 10 gebouwen" in page
    # Noorderhof's low incomes are secret at CBS (a negative sentinel): "–", never the sentinel.
    noorderhof = " ".join(page_texts(folder / PDF_FOLDER / "buurtprofiel-BU99010202-Noorderhof.pdf")[0].split())
    assert re.search(low_income + r" – \d+%", noorderhof)
    assert "99999" not in noorderhof


def test_the_combined_pdf_has_one_searchable_a4_page_per_buurt_titled_with_its_name(profiles):
    for code in CODES:
        folder, outcome, municipality = profiles[code]
        buurten = sorted((b for b in demo_data.buurten() if b["gemeentecode"] == code), key=lambda b: b["buurtcode"])
        path = combined_pdf(folder, municipality)
        assert pdf_pages(path) == [(595, 842)] * len(buurten)
        for page, buurt in zip(page_texts(path), buurten):
            first = page.strip().splitlines()[0].strip()
            assert first == f"Buurtprofiel {buurt['buurtnaam']}", first
            assert MAP.tr("Municipality {0} · buurt {1}").format(municipality.name, buurt["buurtcode"]) in page
        per_buurt = sorted(Path(f).name for f in outcome.files if Path(f).name.startswith("buurtprofiel-"))
        assert per_buurt == [f"buurtprofiel-{b['buurtcode']}-{file_stem(b['buurtnaam'])}.pdf" for b in buurten]
        assert str(path) in outcome.files


def numbers_in(text: str):
    return {token for token in re.findall(r"\d[\d.]*\d|\d", text)}


def test_no_page_shows_a_per_pand_consumption_figure(profiles):
    """Every number a page prints is a figure of the table, the threshold, a date, a code or the scale bar: nothing
    per pand. The profile's table holds aggregates only."""
    for code in CODES:
        folder, _, municipality = profiles[code]
        want = expected(code)
        buurten = sorted((b for b in demo_data.buurten() if b["gemeentecode"] == code), key=lambda b: b["buurtcode"])
        for page, buurt in zip(page_texts(combined_pdf(folder, municipality)), buurten):
            allowed = {value.rstrip("%") for figures in (want[buurt["buurtcode"]], want["gemeente"])
                       for value in figures.values()}
            allowed |= {"10", "20", "100", "5", "50", "3", "1946", "1964", "1965", "1974", "1975", "1991", "1992",
                        "2005", "2006", "2030", "2035", "2040", "4.0"}  # footnote, row labels, plan periods, licence
            allowed |= numbers_in(buurt["buurtcode"]) | numbers_in("31-12-2020")
            body = page.split(MAP.tr("Data date: {0}").format(""))[0]
            scale = re.search(r"^\s*0((?:\s+\d+)+)\s+k?m\s*$", body, re.MULTILINE)
            assert scale, body
            body = body.replace(scale.group(0), "")
            stray = numbers_in(body) - allowed
            assert not stray, (buurt["buurtcode"], stray)
    layer = QgsVectorLayer(f"{profile_path(str(profiles['GM9901'][0]), profiles['GM9901'][2])}|layername=buurtprofiel",
                           "t", "ogr")
    assert not any(name.startswith(("gasm3", "kwh", "identificatie")) for name in layer.fields().names())


def test_the_plan_and_a_typed_toelichting_print_as_typed(profiles):
    folder, _, municipality = profiles["GM9901"]
    page = page_texts(folder / PDF_FOLDER / "buurtprofiel-BU99010102-Marktkwartier.pdf")[0]
    flat = " ".join(page.split())
    assert MAP.tr("What the municipality plans (warmteprogramma)") in flat
    assert MAP.tr("Heat alternative: {0}").format("") in flat and MAP.tr("Period: {0}").format("") in flat
    assert MAP.tr("Explanation: {0}").format(TOELICHTING) in flat, flat
    assert os.path.expanduser("~") not in flat
    assert MAP.tr("Plan: Municipality {0}, warmteprogramma").format("Demodorp") in flat
    # An empty toelichting says so (a "–" would read as a figure kept secret).
    empty = " ".join(page_texts(folder / PDF_FOLDER / f"buurtprofiel-{LEFT_EMPTY}-Hooibroek.pdf")[0].split())
    assert MAP.tr("Explanation: {0}").format(MAP.tr("not filled in yet")) in empty, empty
    # Without a plan (Proefstad) the page has no plan part.
    other, _, proefstad = profiles["GM9902"]
    assert MAP.tr("What the municipality plans (warmteprogramma)") not in page_texts(combined_pdf(other, proefstad))[0]


def map_box(layout: QgsPrintLayout, dpi: int = 50):
    """The pixel box (x0, y0, x1, y1) inside the map frame of a page rendered at `dpi`."""
    item = layout.itemById(ITEM_MAP)
    position, size = item.pagePos(), item.rect()
    px = dpi / 25.4
    return (int(position.x() * px) + 2, int(position.y() * px) + 2, int((position.x() + size.width()) * px) - 2,
            int((position.y() + size.height()) * px) - 2)


def grey_shares(image, box):
    """The share of the box's pixels that are the veiled neighbours' grey, and that are the buurt's own light
    background (the demo background map is a light grey, about 245)."""
    x0, y0, x1, y1 = box
    veiled = light = total = 0
    for y in range(y0, y1):
        for x in range(x0, x1):
            pixel = QColor(image.pixel(x, y))
            rgb = (pixel.red(), pixel.green(), pixel.blue())
            total += 1
            if max(rgb) - min(rgb) > 4:
                continue
            veiled += 200 <= rgb[0] <= 232
            light += 238 <= rgb[0] <= 250
    return veiled / total, light / total


def test_three_pages_as_images_dense_rural_and_small(profiles, tmp_path):
    """The pages looked at before calling it done (their PNGs stay in the test's folder): the buurt stands out light
    among its greyed neighbours, and the dense and rural buurten show their buildings' energy-label colours."""
    folder, _, _ = profiles["GM9901"]
    project = profiles["project"][0]
    layout = next(layout for layout in project.layoutManager().printLayouts() if is_plugin_layout(layout))
    box = map_box(layout)
    labels = [colour for _, _, colour in styles.ENERGY_LABEL_CLASSES[:-1]]
    for name, least_labels in (("BU99010102-Marktkwartier", 5), ("BU99010304-Hooibroek", 2),
                               ("BU99010301-Zuiderpark", 0)):
        image = render_page(folder / PDF_FOLDER / f"buurtprofiel-{name}.pdf", tmp_path)
        veiled, light = grey_shares(image, box)
        assert veiled > 0.25 and light > 0.05, (name, veiled, light)
        assert len(colours_in(image, box, labels, 30)) >= least_labels, name


def test_rerun_keeps_a_users_copy_of_the_layout_working_and_replaces_the_plugins_own(profiles, tmp_path):
    project, catalogue, municipality, _, folder = profiles["project"]
    ours = [layout for layout in project.layoutManager().printLayouts() if is_plugin_layout(layout)]
    assert len(ours) == 1 and ours[0].atlas().enabled()
    mine = ours[0].clone()
    mine.setName("Mijn buurtprofiel")
    mine.setCustomProperty("dego/composition", "")  # a user's own copy, restyled in the designer
    project.layoutManager().addLayout(mine)
    coverage = mine.atlas().coverageLayer()

    again = run_job(project, catalogue, municipality,
                    ProfileOptions(str(folder), per_buurt=False, codes=("BU99010102", "BU99010301")))
    assert again.failures == []
    assert project.layoutManager().layoutByName("Mijn buurtprofiel") is mine
    assert mine.atlas().coverageLayer() is coverage and coverage.isValid()  # the same layer, read again
    assert [l.name() for l in project.layoutManager().printLayouts() if is_plugin_layout(l)] == ["Buurtprofielen – Demodorp"]
    # The chosen buurten only, in one PDF.
    pages = page_texts(combined_pdf(folder, municipality))
    assert [page.strip().splitlines()[0] for page in pages] == ["Buurtprofiel Marktkwartier", "Buurtprofiel Zuiderpark"]
    assert mine.atlas().updateFeatures() == 9  # the user's copy still pages through every buurt


def test_the_privacy_threshold_is_never_below_ten_and_a_higher_one_hides_more(profiles, tmp_path):
    settings.set_privacy_threshold(3)
    assert settings.privacy_threshold() == 10
    from qgis.core import QgsSettings
    QgsSettings().setValue("dego/privacy_threshold", 4)  # edited by hand in the settings file
    assert settings.privacy_threshold() == 10
    settings.set_privacy_threshold(10)
    project, catalogue, municipality, _, folder = profiles["project"]
    outcome = run_job(project, catalogue, municipality,
                      ProfileOptions(str(tmp_path), per_buurt=True, combined=False, codes=("BU99010201",),
                                     threshold=300))
    page = " ".join(page_texts(tmp_path / PDF_FOLDER / "buurtprofiel-BU99010201-Molenveld.pdf")[0].split())
    assert len([p for p in demo_data.buildings() if p["buurtcode"] == "BU99010201"]) < 300
    assert re.search(re.escape(MAP.tr("Buildings (number)")) + r" – 2\.920", page), page
    assert "minder dan 300 gebouwen" in page
    assert outcome.failures == []


def test_the_dialog_makes_only_the_buurtprofielen_when_no_map_is_ticked(profiles, tmp_path, qtbot):
    project, catalogue, municipality, _, _ = profiles["project"]
    dialog = TransitievisieDialog(project, catalogue, municipality, lambda url: fetch(url).body,
                                  lambda level, text: None)
    qtbot.addWidget(dialog)
    for row in range(dialog.preset_list.count()):
        dialog.preset_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.folder.setFilePath(str(tmp_path))
    assert dialog.profiles.title() == "Buurtprofielen"
    dialog.profiles.setChecked(True)
    dialog.profiles.chosen_buurten.setChecked(True)  # the list is fetched in the background
    qtbot.waitUntil(lambda: dialog.profiles.buurten.count() == 9, timeout=30000)
    dialog.profiles.buurten.setCheckedItems(["Kerkbuurt (BU99010103)"])
    dialog.profiles.per_buurt.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.cancel_button.isEnabled(), timeout=90000)
    assert "1 buurtprofiel file written" in dialog.status.text(), dialog.status.text()
    pages = page_texts(combined_pdf(tmp_path, municipality))
    assert [page.strip().splitlines()[0] for page in pages] == ["Buurtprofiel Kerkbuurt"]


def test_maps_showing_consumption_per_pand_are_marked_for_internal_use(reference_service, tmp_path, qgis_app):
    from composition_helpers import map_set_for
    from dego_plugin.compositions import map_set
    from dego_plugin.compositions.export import ExportOptions
    from dego_plugin.compositions.layout import ITEM_INTERNAL

    with map_set_for(reference_service, tmp_path, ["gasverbruik", "energielabels"], "GM9901") as made:
        marks = {layout.customProperty("dego/composition"): layout.itemById(ITEM_INTERNAL)
                 for layout in made.layouts if isinstance(layout, QgsPrintLayout)}
        assert marks["energielabels"] is None
        assert marks["gasverbruik"].text() == "INTERN GEBRUIK: toont energieverbruik per pand; niet voor bewoners " \
                                               "of publicatie."
        outcome = []
        map_set.export_layouts(made.layouts, ExportOptions(str(tmp_path)), outcome.append)
        assert wait(lambda: outcome, 90) and outcome[0].failures == []
    gas = next(path for path in outcome[0].files if Path(path).name.startswith("Gasverbruik"))
    text = " ".join(page_texts(Path(gas))[0].split())
    assert "INTERN GEBRUIK: toont energieverbruik per pand" in text


@pytest.mark.parametrize("stop", ["cancel", "close the project"])
def test_a_run_stopped_while_the_figures_are_computed_adds_nothing_afterwards(stop, reference_service, tmp_path,
                                                                             qtbot):
    """Cancel, or a project closed, while the figures are computed (compositions/job.py): the run says so, and no
    profile layer, layout or PDF appears afterwards."""
    from qgis.PyQt.QtCore import QTimer

    from dego_plugin.toolbelt.tasks import pending_tasks

    catalogue = parse_catalogue(json.dumps(reference_service.catalogue()))
    project = QgsProject.instance()
    project.clear()
    choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=tmp_path / "cache")
    municipality = load_boundary(service_for(catalogue.boundaries), "GM9902", tmp_path / "cache").municipality
    choice.apply(municipality, zoom=False)
    done, statuses = [], []

    def status(text: str) -> None:
        statuses.append(text)
        if text.startswith("Computing the figures"):  # the user acts in the next event-loop turn
            QTimer.singleShot(0, job.cancel if stop == "cancel" else project.clear)

    try:
        job = ProfileJob(project, catalogue, municipality, ProfileOptions(str(tmp_path / "out")),
                         lambda url: fetch(url).body, done.append, on_status=status)
        job.start()
        assert wait(lambda: done, 120)
        qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=30000)
        qtbot.wait(200)
    finally:
        choice.unload()
    outcome = done[0]
    assert outcome.cancelled and outcome.layout is None and outcome.files == [], (statuses, outcome)
    assert outcome.project_closed == (stop != "cancel")
    assert not [layer for layer in project.mapLayers().values()
                if str(layer.customProperty("dego/print_layer", "")).startswith("buurtprofiel/")]
    assert project.layoutManager().layouts() == []
    assert not list((tmp_path / "out").rglob("*.pdf"))
    if stop != "cancel":
        assert project.mapLayers() == {}
    project.clear()


def test_buurten_being_listed_when_the_project_is_closed_add_no_layer_to_the_next_one(reference_service, tmp_path,
                                                                                      qtbot):
    from dego_plugin.toolbelt.tasks import pending_tasks

    catalogue = parse_catalogue(json.dumps(reference_service.catalogue()))
    project = QgsProject.instance()
    project.clear()
    municipality = load_boundary(service_for(catalogue.boundaries), "GM9903", tmp_path / "cache").municipality
    dialog = TransitievisieDialog(project, catalogue, municipality, lambda url: fetch(url).body,
                                  lambda level, text: None)
    qtbot.addWidget(dialog)
    dialog.profiles.setChecked(True)
    dialog.profiles.chosen_buurten.setChecked(True)  # the print layers the list is read from are being made...
    project.clear()  # ...for the project that is closed now
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=60000)
    qtbot.wait(200)
    assert project.mapLayers() == {}
    assert dialog.profiles.buurten.count() == 0 and not dialog.profiles.note.isVisible()
