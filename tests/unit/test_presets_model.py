"""Preset fields of the council maps (model/presets.py, no Qt): the page shape "auto", buurt and wijk names, legend
counts, and who credits the background map."""
from __future__ import annotations

import json

from dego_plugin.compositions.legend_content import counted
from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.model.presets import common_paper, parse_presets


def entry(layer_id, level, source):
    return {"id": layer_id, "title": layer_id, "theme": "t", "level": level, "source": source,
            "service": {"type": "wfs", "url": "https://example.nl/wfs", "typename": layer_id}}


def catalogue_with(*raw):
    return parse_catalogue(json.dumps({"version": "1.0", "themes": [{"id": "t", "title": "T"}],
                "layers": [entry("panden", "pand", "Bron: BAG"), entry("buurten", "buurt", "Bron: CBS"),
                           dict(entry("achtergrond", "raster", "© Kadaster"),
                                service={"type": "wmts", "url": "https://example.nl/wmts", "layers": ["grijs"],
                                         "tile_matrix_set": "EPSG:28992"})],
                "presets": list(raw)}))


def presets_of(*raw):
    presets, problems = parse_presets(catalogue_with(*raw))
    return {p.id: p for p in presets}, [p.message for p in problems]


def test_auto_is_an_orientation_and_others_are_refused():
    presets, problems = presets_of({"id": "a", "title": "A", "layers": ["panden"], "orientation": "auto"},
                                   {"id": "b", "title": "B", "layers": ["panden"], "orientation": "Portrait"},
                                   {"id": "c", "title": "C", "layers": ["panden"], "orientation": "diagonal"})
    assert presets["a"].orientation == "auto" and presets["b"].orientation == "portrait"
    assert "c" not in presets and problems == ["'orientation' must be one of landscape, portrait, auto, not 'diagonal'"]


def test_names_are_on_maps_of_buurten_unless_the_preset_says_otherwise():
    presets, problems = presets_of(
        {"id": "pand", "title": "P", "layers": [{"id": "panden", "all_scales": True}]},
        {"id": "buurt", "title": "B", "layers": ["buurten"]},
        {"id": "beide", "title": "PB", "layers": ["panden", "buurten"]},
        {"id": "plan", "title": "W", "layers": [{"id": "warmteprogramma", "style": "Wat"}]},
        {"id": "zonder", "title": "Z", "layers": ["buurten"], "names": False},
        {"id": "met", "title": "M", "layers": ["panden"], "names": True},
        {"id": "fout", "title": "F", "layers": ["panden"], "names": "ja"})
    assert {i: p.names for i, p in presets.items()} == {"pand": False, "buurt": True, "beide": True, "plan": True,
                                                        "zonder": False, "met": True}
    assert problems == ["'names' must be true or false"]


def test_legend_counts_only_where_asked_in_dutch_digit_groups():
    presets, _ = presets_of({"id": "a", "title": "A", "layers": ["panden"], "legend": {"counts": True}},
                            {"id": "b", "title": "B", "layers": ["panden"], "legend": {"title": "Legenda"}})
    assert presets["a"].legend_counts and not presets["b"].legend_counts
    # No title: the plugin's "Legenda" in the map's language (None); a title: as given; "" none.
    assert presets["a"].legend_title is None and presets["b"].legend_title == "Legenda"
    assert presets["a"].subtitle_for("Demodorp") == ""  # "Gemeente Demodorp" in the map's language
    assert counted("A", 1234, "nl") == "A (1.234)" and counted("Onbekend", 1234567, "nl") == "Onbekend (1.234.567)"
    assert counted("G", 7, "nl") == "G (7)" and counted("A", 1234, "en") == "A (1,234)"


def test_the_background_map_is_credited_on_its_own_line_not_among_the_sources():
    raw = {"id": "a", "title": "A", "layers": ["panden", "buurten"], "background": "achtergrond"}
    presets, _ = presets_of(raw)
    assert presets["a"].source_lines(catalogue_with(raw)) == ("Bron: BAG", "Bron: CBS")


def test_a_preset_names_a_layer_in_its_legend_and_a_map_set_takes_the_paper_most_maps_suggest():
    presets, problems = presets_of(
        {"id": "a", "title": "A", "layers": [{"id": "panden", "title": " Energielabel "}, "buurten"], "paper": "A4"},
        {"id": "b", "title": "B", "layers": ["panden"]},
        {"id": "c", "title": "C", "layers": ["panden"], "paper": "A3"})
    assert problems == [] and [layer.title for layer in presets["a"].layers] == ["Energielabel", ""]
    a, b, c = presets["a"], presets["b"], presets["c"]
    assert common_paper([a, b, c]) == "A3" and common_paper([a, b]) == "A4" and common_paper([b, a]) == "A3"
    assert common_paper([]) == ""
