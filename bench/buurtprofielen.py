"""Buurtprofielen figures for `make bench` (called from bench/run.py; needs a QgsApplication):

- buurtprofielen_s: every buurtprofiel of the demo municipality, cold: print layers, figures, layout, a PDF per buurt
  and the combined PDF, from the button to the files;
- buurtprofiel_per_buurt_ms: the same again with the print layers made (as a second run), per buurt; next to it the
  reference measured in the same run: map_page_per_wijk_ms, a page of the energielabel map per wijk (the same
  panden, background map and PDF settings), and their ratio (goal: about 2, both pages draw one area's panden);
- buurtprofiel_figures_ms: the worker's pass over the panden and buurten of the demo municipality and the writing of
  the profile table; model_one_pass_100k_panden_300_buurten_ms: the model's sums alone for a large municipality (the
  figures come from one pass, not a query per buurt: this grows with the panden, not with panden × buurten).

Run alone: PYTHONPATH=.build/plugins QT_QPA_PLATFORM=offscreen .venv/bin/python -P bench/buurtprofielen.py
"""
from __future__ import annotations

import json
import random
import tempfile
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject


def _wait(condition, timeout_s=300.0):
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.002)
    return condition()


def _model_pass_ms() -> float:
    from dego_plugin.model.buurtprofiel import CbsFigures, Pand, Profiles

    rng = random.Random("bench")
    panden = [Pand(f"BU{rng.randrange(300):04d}", rng.randint(1850, 2022), str(rng.randint(0, 7)),
                   rng.choice((1, 1, 1, 4)), True, rng.randint(0, 3000)) for _ in range(100_000)]
    start = time.perf_counter()
    profiles = Profiles()
    for number in range(300):
        profiles.add_buurt(f"BU{number:04d}", CbsFigures(60.0, 20.0, 800, 30.0))
    for pand in panden:
        profiles.add_pand(pand)
    for code in profiles.buurten:
        profiles.figures(code)
    profiles.municipality_figures()
    return (time.perf_counter() - start) * 1000


def bench_buurtprofielen(code: str = "GM9901") -> None:
    from dego_plugin.compositions import map_set
    from dego_plugin.compositions.buurtprofiel_figures import make_profile_file
    from dego_plugin.compositions.buurtprofiel_set import ProfileJob, ProfileOptions, figures_input, sources_for
    from dego_plugin.compositions.export import ExportOptions
    from dego_plugin.controllers.municipality_choice import MunicipalityChoice
    from dego_plugin.model.catalogue import parse_catalogue
    from dego_plugin.model.presets import parse_presets
    from dego_plugin.service.boundaries import load_boundary, service_for
    from dego_plugin.service.http import fetch
    from dego_plugin.toolbelt.tasks import TaskOwner
    from dego_plugin.tools.refservice import ReferenceService, allow_reference_service, demo_data

    allow_reference_service()
    project = QgsProject.instance()
    with ReferenceService.start() as service, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        catalogue = parse_catalogue(json.dumps(service.catalogue()))
        municipality = load_boundary(service_for(catalogue.boundaries), code, folder / "cache").municipality
        choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=folder / "c")
        choice.apply(municipality, zoom=False)

        def profiles(out: str):
            done = []
            ProfileJob(project, catalogue, municipality, ProfileOptions(out), lambda url: fetch(url).body,
                       done.append).start()
            _wait(lambda: done)
            return done[0]

        start = time.perf_counter()
        cold = profiles(str(folder / "cold"))
        cold_s = time.perf_counter() - start
        pages = len([f for f in cold.files if Path(f).name.startswith("buurtprofiel-")])
        start = time.perf_counter()
        profiles(str(folder / "warm"))
        per_buurt = (time.perf_counter() - start) * 1000 / max(1, pages)

        data = figures_input(project, sources_for(catalogue), municipality, ProfileOptions(str(folder / "figures")))
        start = time.perf_counter()
        make_profile_file(data)
        figures_ms = (time.perf_counter() - start) * 1000

        # The reference: the energielabel map with a page per wijk, exported the same way, per page.
        preset = next(p for p in parse_presets(catalogue)[0] if p.id == "energielabels")
        ready, outcome = [], []
        map_set.prepare_print_layers(project, catalogue, [preset], municipality, lambda url: fetch(url).body,
                                     TaskOwner(), ready.append, wijk_pages=True)
        _wait(lambda: ready)
        made = map_set.make_layouts(project, catalogue, [preset], municipality, wijk_pages=True)
        map_set.export_layouts(made.layouts, ExportOptions(str(folder / "map"), wijk_pages=True), outcome.append)
        _wait(lambda: outcome)  # warms the caches as the profiles' first run did
        outcome.clear()
        start = time.perf_counter()
        map_set.export_layouts(made.layouts, ExportOptions(str(folder / "map2"), wijk_pages=True), outcome.append)
        _wait(lambda: outcome)
        wijken = len([w for w in demo_data.wijken() if w["gemeentecode"] == code])
        map_page = (time.perf_counter() - start) * 1000 / (1 + wijken)
        choice.unload()
        project.clear()
    print(f"buurtprofielen_s: {cold_s:.2f} ({pages} buurten of {municipality.name}, cold: print layers, figures, "
          f"layout, a PDF per buurt and one combined)")
    print(f"buurtprofiel_per_buurt_ms: {per_buurt:.0f} (second run: figures, layout, a PDF per buurt and the "
          f"combined page)")
    print(f"map_page_per_wijk_ms: {map_page:.0f} (reference: the energielabel map, its municipality page and a page "
          f"per wijk)")
    print(f"buurtprofiel_vs_map_page_ratio: {per_buurt / map_page:.2f}")
    print(f"buurtprofiel_figures_ms: {figures_ms:.0f} (one pass over the panden and buurten, the table written)")
    print(f"model_one_pass_100k_panden_300_buurten_ms: {_model_pass_ms():.0f}")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    bench_buurtprofielen()
    app.exitQgis()
