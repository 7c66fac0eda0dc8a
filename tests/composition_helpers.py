"""Shared set-up for tests of the transitievisie maps: a demo municipality chosen in the project, the print
layers of some presets made (in their background task, over the reference service) and their layouts built."""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import List, Sequence

from qgis.core import QgsPrintLayout, QgsProject

from dego_plugin.compositions import map_set
from dego_plugin.model.presets import Preset, parse_presets
from dego_plugin.model.catalogue import Catalogue, parse_catalogue
from dego_plugin.model.municipality import Municipality
from dego_plugin.controllers.municipality_choice import MunicipalityChoice
from dego_plugin.toolbelt.tasks import TaskOwner
from dego_plugin.service.boundaries import load_boundary, service_for
from dego_plugin.service.http import fetch

from test_compositions import wait


@dataclass
class MapSet:
    project: QgsProject
    catalogue: Catalogue
    presets: List[Preset]
    municipality: Municipality
    layouts: List[QgsPrintLayout]


@contextlib.contextmanager
def map_set_for(reference_service, folder, preset_ids: Sequence[str], code: str, wijk_pages: bool = False,
                before_layouts=lambda project: None):
    """`code` chosen, the print layers of the presets `preset_ids` made and their layouts in the project;
    `before_layouts(project)` may change the print layers first. The project is cleared afterwards.
    `reference_service`: the reference service, or one server of it (the `served_catalogue` fixture)."""
    project = QgsProject.instance()
    project.clear()
    catalogue = parse_catalogue(fetch(reference_service.catalogue_url).body)
    presets = [p for p in parse_presets(catalogue)[0] if p.id in preset_ids]
    assert {p.id for p in presets} == set(preset_ids)
    choice = MunicipalityChoice(project, lambda level, text: None, cache_dir=folder / "cache")
    municipality = load_boundary(service_for(catalogue.boundaries), code, folder / "cache").municipality
    choice.apply(municipality, zoom=False)
    try:
        ready = []
        map_set.prepare_print_layers(project, catalogue, presets, municipality, lambda url: fetch(url).body,
                                     TaskOwner(), ready.append, wijk_pages=wijk_pages)
        assert wait(lambda: ready) and ready[0].result == {}
        before_layouts(project)
        made = map_set.make_layouts(project, catalogue, presets, municipality, wijk_pages=wijk_pages)
        assert not made.failures
        yield MapSet(project, catalogue, presets, municipality, made.layouts)
    finally:
        choice.unload()
        project.clear()
