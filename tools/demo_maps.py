"""`make demo`, part two: the full transitievisie map set of a demo municipality as PDFs under output/maps/, and its
buurtprofielen under output/maps/buurtprofielen/ (a PDF per buurt and one combined).

Goes through the plugin's own functions (compositions/map_set.py), exactly as the "Transitievisiekaarten"
dialog does: boundary, print layers in a background task, layouts in the project, export task. The Wat- and
Wanneer-kaarten draw the demo's warmteprogramma (tools/demo_plan.py), made first.
"""
from __future__ import annotations

import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject


def wait_until(condition, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    QgsApplication.processEvents()
    return condition()


def write_map_set(catalogue, out: Path, code: str = "GM9901", timeout_s: float = 180.0) -> list:
    """Every preset of `catalogue` for municipality `code`: a PDF per map and one combined PDF in out/maps.
    Returns the files written."""
    from dego_plugin.compositions import map_set
    from dego_plugin.compositions.export import ExportOptions
    from dego_plugin.model.presets import parse_presets
    from dego_plugin.controllers.municipality_choice import MunicipalityChoice
    from dego_plugin.toolbelt.tasks import TaskOwner
    from dego_plugin.service.boundaries import load_boundary, service_for
    from dego_plugin.service.http import fetch

    project = QgsProject.instance()
    presets, problems = parse_presets(catalogue)
    for problem in problems:
        print(f"preset skipped: {problem}")
    municipality = load_boundary(service_for(catalogue.boundaries), code, out / "cache").municipality
    choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=out / "cache")
    choice.apply(municipality, zoom=False)
    from dego_plugin.tools.demo_plan import make_demo_plan

    make_demo_plan(catalogue, municipality, out)
    ready = []
    map_set.prepare_print_layers(project, catalogue, presets, municipality, lambda url: fetch(url).body,
                                 TaskOwner(), ready.append, wijk_pages=True)
    wait_until(lambda: ready, timeout_s)
    if not ready or not ready[0].ok:
        raise SystemExit("the print layers could not be made")
    for title, reason in ready[0].result.items():
        print(f"layer not made: {title}: {reason}")
    made = map_set.make_layouts(project, catalogue, presets, municipality, wijk_pages=True)
    for failure in made.failures:
        print(f"map not made: {failure}")
    outcome = []
    map_set.export_layouts(made.layouts, ExportOptions(str(out / "maps"), pdf_per_map=True, combined_pdf=True, wijk_pages=True,
                                                       combined_name=f"transitievisiekaarten-{municipality.name}"),
                           outcome.append)
    if not wait_until(lambda: outcome, timeout_s):
        raise SystemExit("the map export did not finish in time")
    for failure in outcome[0].failures:
        print(f"export failed: {failure}")
    print(f"wrote {len(outcome[0].files)} PDFs of {municipality.name} to {out / 'maps'}")
    profiles = write_profiles(project, catalogue, municipality, out, timeout_s)
    project.write(str(out / f"dego-kaarten-{municipality.code}.qgz"))
    choice.unload()
    return outcome[0].files + profiles


def write_profiles(project, catalogue, municipality, out: Path, timeout_s: float) -> list:
    """The buurtprofielen of every buurt (with the demo warmteprogramma), as the dialog makes them."""
    from dego_plugin.compositions.buurtprofiel_set import ProfileJob, ProfileOptions
    from dego_plugin.service.http import fetch

    done = []
    ProfileJob(project, catalogue, municipality, ProfileOptions(str(out / "maps")), lambda url: fetch(url).body,
               done.append).start()
    if not wait_until(lambda: done, timeout_s):
        raise SystemExit("the buurtprofielen were not made in time")
    for failure in done[0].failures:
        print(f"buurtprofielen: {failure}")
    print(f"wrote {len(done[0].files)} buurtprofiel PDFs of {municipality.name} to {out / 'maps' / 'buurtprofielen'}")
    return done[0].files
