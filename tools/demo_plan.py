"""`make demo`, the warmteprogramma: the demo municipality's plan made by the plugin (controllers/plan.py, as the
"Warmteprogramma" button does), then filled with plausible, deterministic decisions, as a policy officer would.

The decisions follow the demo data: the startanalyse suggestion where there is one (one in four buurten still
"nog geen voorkeur"), the town centre first, the outer wijken later, two start buurten with a council reference.
"""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject

DEMO_DATE = "2026-11-16"  # fixed: two demo runs give the same plan
BESLUIT = "Raadsvoorstel 2026/117 (concept)"
PERIOD_BY_WIJK = {"01": "2030_2035", "02": "2035_2040", "03": "na_2040", "04": "na_2040", "AB": "2035_2040",
                  "09": "nog_te_bepalen"}


def decisions(records):
    """buurtcode → the demo's values, from the plan's records (buurtcode order): deterministic."""
    chosen = {}
    starts = set()
    for record in records:  # the first buurt of the first two wijken start
        wijk = record["buurtcode"][6:8]
        if wijk in ("01", "03") and not any(code[6:8] == wijk for code in starts):
            starts.add(record["buurtcode"])
    for number, record in enumerate(records):
        code = record["buurtcode"]
        start = code in starts
        strategie = record.get("suggestie") or "nog_geen_voorkeur"
        if number % 4 == 2 and not start:
            strategie = "nog_geen_voorkeur"
        periode = "voor_2030" if start else PERIOD_BY_WIJK.get(code[6:8], "nog_te_bepalen")
        if strategie == "nog_geen_voorkeur" and not start:
            periode = "nog_te_bepalen"
        chosen[code] = {
            "strategie": strategie, "periode": periode, "startbuurt": start,
            "status": "wijkuitvoeringsplan" if start else "verkenning",
            "toelichting": ("Startbuurt: veel corporatiebezit en een geplande rioolvervanging (meekoppelkans)." if start
                            else "Volgt de startanalyse; te toetsen in het gesprek met de buurt."),
            "besluit": BESLUIT if start else None,
            "gewijzigd": DEMO_DATE,
        }
    return chosen


def make_demo_plan(catalogue, municipality, folder: Path, timeout_s: float = 120.0):
    """The plan layer of `municipality` in QgsProject.instance(), made in `folder` and filled; returns the layer."""
    from dego_plugin.controllers.plan import PlanController
    from dego_plugin.layers.plan_files import PlanFile, import_values
    from dego_plugin.layers.plan_layer import feature_records, open_plan, plan_layer_for, plan_path
    from dego_plugin.model.plan import PlanMetadata
    from dego_plugin.tools.demo_maps import wait_until

    project = QgsProject.instance()
    messages = []
    controller = PlanController(project, lambda level, text: messages.append(text),
                                lambda: catalogue, lambda: municipality)
    path = folder / f"warmteprogramma-{municipality.code}.gpkg"
    if path.exists():
        path.unlink()  # the demo starts from the catalogue, not from an earlier run
    folder.mkdir(parents=True, exist_ok=True)
    controller.make(str(path))
    if not wait_until(lambda: controller.task is None, timeout_s):
        raise SystemExit("the warmteprogramma was not made in time")
    for text in messages:
        print(f"warmteprogramma: {text}")
    layer = plan_layer_for(project, municipality.code)
    if layer is None:
        raise SystemExit("the warmteprogramma could not be made")
    records = [record for _, record, _ in feature_records(open_plan(plan_path(layer)))]
    chosen = decisions(records)
    filled = PlanFile([dict(values, buurtcode=code) for code, values in chosen.items()], PlanMetadata(municipality.code))
    import_values(layer, filled, commit=True)  # the plugin's own import path, saved at once
    starts = sorted(code for code, values in chosen.items() if values["startbuurt"])
    print(f"warmteprogramma: {len(chosen)} buurten filled, start buurten {', '.join(starts)} ({path})")
    return layer
