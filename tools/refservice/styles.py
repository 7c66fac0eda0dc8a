"""How the reference layers look: DEGO's class colours (pure data) and the Mapbox GL style for the tiles.

The QGIS renderers are built from these tables in `qgis_project.py`; the vector-tile style below uses the
same colours, so WMS, WMTS, WFS+QML and vector tiles all draw a label-A pand in the same green.
"""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

RGB = Tuple[int, int, int]

# DEGO-2023-08 "Energielabel definitief": value -> (legend label, colour).
ENERGY_LABEL_CLASSES: Tuple[Tuple[str, str, RGB], ...] = (
    ("1", "A", (0, 147, 66)),
    ("2", "B", (27, 169, 67)),
    ("3", "C", (158, 207, 27)),
    ("4", "D", (248, 245, 28)),
    ("5", "E", (244, 176, 3)),
    ("6", "F", (223, 109, 20)),
    ("7", "G", (219, 38, 29)),
    ("", "Onbekend", (224, 224, 224)),
)

# Buurt WOZ value (x 1000 euro): (lower, upper, legend label, colour). The CBS sentinel (negative) falls
# outside every class and is not drawn, as in DEGO.
WOZ_CLASSES: Tuple[Tuple[float, float, str, RGB], ...] = (
    (0, 200, "< 200", (68, 1, 84)),
    (200, 300, "200 - 300", (59, 82, 139)),
    (300, 400, "300 - 400", (33, 145, 140)),
    (400, 500, "400 - 500", (94, 201, 98)),
    (500, 100000, ">= 500", (253, 231, 37)),
)

# DEGO-2023-08 "Gasverbruik m3/jaar - 2020 - kleinverbruik" on gasm3_2020 (0 = no gas connection).
GAS_CLASSES: Tuple[Tuple[float, float, str, RGB], ...] = (
    (0, 0.5, "0 (geen gas)", (179, 88, 6)),
    (0.5, 750, "1 - 750", (243, 175, 86)),
    (750, 1250, "750 - 1250", (253, 226, 188)),
    (1250, 1700, "1250 - 1700", (247, 247, 247)),
    (1700, 2500, "1700 - 2500", (219, 221, 236)),
    (2500, 3000, "2500 - 3000", (165, 156, 203)),
    (3000, 5000, "3000 - 5000", (103, 68, 152)),
    (5000, 10000000, ">= 5000", (84, 39, 136)),
)

# DEGO-2023-08 "Percentage huishoudens ... 40% laagste inkomen" on lagerinkomen_percentage_huishouden.
LOW_INCOME_CLASSES: Tuple[Tuple[float, float, str, RGB], ...] = (
    (0, 10, "0 - 10%", (0, 32, 77)),
    (10, 20, "10 - 20%", (36, 62, 108)),
    (20, 30, "20 - 30%", (87, 92, 109)),
    (30, 40, "30 - 40%", (125, 124, 120)),
    (40, 50, "40 - 50%", (167, 158, 117)),
    (50, 80, "50 - 80%", (213, 194, 100)),
    (80, 100, "80 - 100%", (255, 234, 70)),
)

# Eigendom: percentage corporatiewoningen per buurt, as the bundled catalogue's "Woningcorporatiebezit per buurt"
# (ColorBrewer Purples; tools/build_bundled_catalogue.py WONINGCORPORATIE).
WONINGCORPORATIE_CLASSES: Tuple[Tuple[float, float, str, RGB], ...] = (
    (0, 10, "0 - 10%", (242, 240, 247)),
    (10, 20, "10 - 20%", (218, 218, 235)),
    (20, 30, "20 - 30%", (188, 189, 220)),
    (30, 40, "30 - 40%", (158, 154, 200)),
    (40, 50, "40 - 50%", (128, 125, 186)),
    (50, 75, "50 - 75%", (106, 81, 163)),
    (75, 100, "75 - 100%", (74, 20, 134)),
)

# The fictional Startanalyse layer, coloured as PBL's viewer colours the strategies (s1 .. s4), by variant value.
STARTANALYSE_COLOURS: Dict[str, RGB] = {"s1": (38, 136, 174), "s2": (200, 62, 40), "s3": (157, 0, 100),
                                        "s4": (61, 92, 60), "": (156, 156, 156)}


# Graduated styles exported as QML: file name -> (layer, attribute, classes).
GRADUATED_STYLES = {
    "buurten-woz.qml": ("buurten", "woningwaarde_gemiddeld", WOZ_CLASSES),
    "gasverbruik.qml": ("Energie_gegevens", "gasm3_2020", GAS_CLASSES),
    "lagerinkomen.qml": ("buurten", "lagerinkomen_percentage_huishouden", LOW_INCOME_CLASSES),
    "woningcorporatie.qml": ("buurten", "woningcorporatie_woningen_percentage", WONINGCORPORATIE_CLASSES),
}
ENERGY_LABEL_QML = "energielabel.qml"

# The demo background map (background.py) in the greys of BRT Achtergrondkaart grijs. Widths and label sizes are in
# metres on the ground, not pixels: a tile fetched for a 300 dpi print then shows them as large on paper as on screen.
BACKGROUND_LAND: RGB = (246, 246, 246)
BACKGROUND_WATER: RGB = (196, 208, 217)
BACKGROUND_BUILT_UP: RGB = (224, 224, 224)
BACKGROUND_ROADS: Dict[str, Tuple[RGB, float, float]] = {  # kind: (casing colour, casing and fill width in metres)
    "straat": ((190, 190, 190), 11.0, 7.0),
    "hoofdweg": ((145, 145, 145), 26.0, 17.0),
}
BACKGROUND_LABEL: RGB = (60, 60, 60)
BACKGROUND_LABEL_SIZE_M = {"stad": 320.0, "dorp": 200.0, "buurtschap": 140.0}

BOUNDARY_COLOUR: RGB = (40, 40, 40)
WIJK_COLOUR: RGB = (120, 120, 120)
BUURT_LINE_COLOUR: RGB = (150, 150, 150)

# Layer names inside the MVT tiles, and the (text) attributes each carries. Text only: QGIS 3.22's MVT
# encoder mixes up values when numbers and numeric-looking text ('7', '9903100000000002') share a tile
# (a pand with label '7' came out with elabel_definitief 1921, its bouwjaar).
TILE_LAYER_PANDEN = "panden"
TILE_LAYER_BUURTEN = "buurten"
TILE_FIELDS = {
    TILE_LAYER_PANDEN: ("identificatie", "gemeentecode", "buurtcode", "elabel_definitief", "elabel_voorlopig",
                        "woningtype"),
    TILE_LAYER_BUURTEN: ("buurtcode", "buurtnaam", "wijkcode", "gemeentecode", "gemeentenaam"),
}


def hex_colour(rgb: RGB) -> str:
    return "#%02x%02x%02x" % rgb


def label_colour(value: str) -> RGB:
    """The DEGO colour for an elabel_definitief value ('1'..'7', '' for unknown)."""
    return next(colour for code, _, colour in ENERGY_LABEL_CLASSES if code == value)


def mapbox_gl_style(tiles_url: str, zmin: int, zmax: int) -> Dict[str, Any]:
    """A Mapbox GL style for the demo tiles. Uses a `match` expression on elabel_definitief, which
    QgsMapBoxGlStyleConverter turns into a CASE expression for the fill colour. Each label is written as a
    one-element list (["1"], valid Mapbox GL): QGIS 3.22 turns a bare string label into an empty `IN ()`."""
    match: List[Any] = ["match", ["get", "elabel_definitief"]]
    for code, _, colour in ENERGY_LABEL_CLASSES:
        if code:
            match += [[code], hex_colour(colour)]
    match.append(hex_colour(label_colour("")))  # fallback: unknown ('' or missing)
    return {
        "version": 8,
        "name": "DEGO demo - energielabel",
        "sources": {
            "dego": {"type": "vector", "tiles": [tiles_url], "minzoom": zmin, "maxzoom": zmax},
        },
        "layers": [
            {
                "id": "buurten-grens", "type": "line", "source": "dego", "source-layer": TILE_LAYER_BUURTEN,
                "paint": {"line-color": hex_colour(BUURT_LINE_COLOUR), "line-width": 1},
            },
            {
                "id": "panden-energielabel", "type": "fill", "source": "dego", "source-layer": TILE_LAYER_PANDEN,
                "paint": {"fill-color": match, "fill-opacity": 1, "fill-outline-color": match},
            },
        ],
    }
