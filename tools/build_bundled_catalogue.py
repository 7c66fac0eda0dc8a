"""Write resources/catalogue.json: the catalogue the plugin ships for first start and offline use.

    python tools/build_bundled_catalogue.py -o resources/catalogue.json

It lists the real public services and style classes of VNG's DEGO QGIS project (DEGO-2023-08.qgz, published
with the DEGO documentation), in catalogue format v1 (docs/catalogue.md). The output is
deterministic: change this script, run it, commit both (tests/test_bundled_catalogue.py checks they agree).
Build with the oldest QGIS the plugin supports (3.22): the inline QML is what that QGIS writes.

Deliberate differences from the 2023 project: typos in titles fixed ("Wateroverlat", "kleinverbuik"); the
overlapping income class 30–50 made 30–40; the first WOZ class, whose lower bound (37) lay above its upper
bound, starts at 10; EAN rule labels made to match their expressions; every WFS requested in EPSG:28992;
PDOK services that moved (bestemmingsplannen, bestuurlijke gebieden) on their current host; every entry clipped on an
attribute says how it spells municipality codes (GEMEENTECODE_FORMATS, where that is a guess).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

try:
    from . import qml_styles as qml
except ImportError:  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import qml_styles as qml

FORMAT_VERSION = "1.0"
# Fixed, not "now": the same content must give the same file. Bump it when the content changes.
GENERATED = "2026-12-04T12:00:00Z"
PUBLISHER = {"name": "VNG Realisatie – DEGO", "url": "https://dego.vng.nl"}
PAND_MIN_SCALE = 25000  # ~10 million panden nationally: only request them from 1:25 000 inwards

THEMES = [  # ids of the DEGO viewer's tabs where they exist; order sorts the tree
    ("gebouw", "Gebouwen", 10),
    ("energie", "Energieverbruik", 20),
    ("sociaal", "Sociale karakteristieken", 30),
    ("klimaat", "Klimaat en koppelkansen", 60),
    ("grond", "Ondergrond en netten", 70),
    ("bestemming", "Bestemmingsplannen", 80),
    ("grenzen", "Grenzen en gebiedsindelingen", 90),
    ("achtergrond", "Achtergrondkaarten", 100),
]

# --- services -------------------------------------------------------------------------------------------
# DEGO's own WFS: version "auto" as in the DEGO project, so QGIS negotiates.
ENERGY = {"type": "wfs", "url": "https://maps.commondatafactory.nl/maps/energy",
          "typename": "nrg:Energie_gegevens", "version": "auto", "crs": "EPSG:28992"}
CBS_DEGO = {"type": "wfs", "url": "https://maps.commondatafactory.nl/maps/cbs",
            "typename": "cbs:Buurt_gegevens", "version": "auto", "crs": "EPSG:28992"}
CBS_2018 = {"type": "wfs", "url": "https://service.pdok.nl/cbs/wijkenbuurten/2018/wfs/v1_0",
            "typename": "wijkenbuurten:cbs_buurten_2018", "version": "2.0.0", "crs": "EPSG:28992"}
CBS_2022 = {"type": "wfs", "url": "https://service.pdok.nl/cbs/wijkenbuurten/2022/wfs/v1_0",
            "typename": "wijkenbuurten:buurten", "version": "2.0.0", "crs": "EPSG:28992"}
CBS_2022_WIJKEN = dict(CBS_2022, typename="wijkenbuurten:wijken")
# How each service's `gemeentecode` spells municipality codes (municipality_code_format), as documented:
# - nrg:Energie_gegevens: DEGO's documentation gives its `gemeentecode` the source BAG, and the BAG spells codes in four
#   digits ("0344"). A guess from that documentation: the live service could not be checked from here. If it spells
#   them otherwise, the plugin finds that on the server the first time a municipality comes back empty.
# - CBS (Kerncijfers wijken en buurten, Wijk- en buurtkaart) spells "GM0344": PDOK's CBS services as documented; DEGO's
#   own copy cbs:Buurt_gegevens by the same CBS convention (a guess: its values are not documented).
GEMEENTECODE_FORMATS = {ENERGY["typename"]: "0000", CBS_DEGO["typename"]: "GM0000", CBS_2018["typename"]: "GM0000",
                        CBS_2022["typename"]: "GM0000", CBS_2022_WIJKEN["typename"]: "GM0000"}
# Kadaster moved Bestuurlijke Gebieden from .../kadaster/bestuurlijkegebieden/... (DEGO 2023); same feature type.
GEMEENTEN = {"type": "wfs", "url": "https://service.pdok.nl/kadaster/brk-bestuurlijke-gebieden/wfs/v1_0",
             "typename": "bestuurlijkegebieden:Gemeentegebied", "version": "2.0.0", "crs": "EPSG:28992"}
KEA_WMS = "https://apps.geodan.nl/public/data/org/gws/YWFMLMWERURF/kea_public/wms"
RIVM_WMS = "https://data.rivm.nl/geo/alo/wms"
LIANDER_WMS = "https://service.pdok.nl/liander/elektriciteitsnetten/wms/v1_0"
# Legacy PDOK host, kept because the layer names on the successor (service.pdok.nl/rioned/beheerstedelijkwater)
# could not be checked here.
RIONED_WMS = "https://geodata.nationaalgeoregister.nl/rioned/gwsw/wms/v1_0"
PLU_WMS = "https://service.pdok.nl/kadaster/plu/wms/v1_0"  # was geodata.nationaalgeoregister.nl/plu/wms
BRT_WMTS = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0"

# A municipality's warmteprogramma (model/plan.py) is made from the CBS buurten of 2022. No `suggestie`: the PBL
# Startanalyse (cheapest strategy per buurt) is published only as a download per municipality (CSV, and in the 2026
# edition a GeoPackage) and in PBL's own viewer, not as a WMS, WFS or OGC API service (checked 2026-12-01); a
# catalogue that serves it adds {"layer": <entry id>, "attribute": <strategy field>} (docs/catalogue.md).
WARMTEPROGRAMMA = {"buurten": "buurtgrenzen-2022", "cbs_jaar": 2022}
# The buurtprofielen (model/buurtprofiel.py): PDOK's buurtgrenzen carry no figures; DEGO's cbs:Buurt_gegevens do.
BUURTPROFIEL = {"buurten": "lage-inkomens-buurt"}

BOUNDARIES = {"type": "wfs", "url": GEMEENTEN["url"], "typename": GEMEENTEN["typename"], "version": "2.0.0",
              "code_attribute": "code", "name_attribute": "naam", "crs": "EPSG:28992"}

# --- sources (DEGO attribution style) ---------------------------------------------------------------------
BAG = "Bron: BAG"
LABEL_SOURCE = "Bron: RVO, EP-online; BAG"
KV = "Bron: Kleinverbruik netbeheerders; BAG"
CBS_KWB = "Bron: CBS, Kerncijfers wijken en buurten"
KEA = "Bron: Klimaateffectatlas"
RIVM = "Bron: RIVM, Atlas Leefomgeving"
KADASTER = "© Kadaster"
CC_BY = "CC BY 4.0"

# --- style classes, exactly as in DEGO-2023-08 (RGB) ------------------------------------------------------
ELABEL = [("1", "A", (0, 147, 66)), ("2", "B", (27, 169, 67)), ("3", "C", (158, 207, 27)),
          ("4", "D", (248, 245, 28)), ("5", "E", (244, 176, 3)), ("6", "F", (223, 109, 20)),
          ("7", "G", (219, 38, 29)), ("", "Onbekend", (224, 224, 224))]
BOUWJAAR = [(1000, 1900, (68, 1, 84), "t/m 1900"), (1900, 1930, (68, 58, 130), "1901 – 1930"),
            (1930, 1945, (49, 104, 142), "1931 – 1945"), (1945, 1960, (33, 144, 141), "1946 – 1960"),
            (1960, 1990, (53, 183, 121), "1961 – 1990"), (1990, 1998, (143, 215, 68), "1991 – 1998"),
            (1998, 2023, (253, 231, 37), "1999 – 2023")]
BOUWJAAR_CATEGORIE = [(1000, 1900, (28, 40, 50), "t/m 1900"), (1900, 1945, (57, 80, 101), "1901 – 1945"),
                      (1945, 1995, (72, 191, 142), "1946 – 1995"), (1995, 2022, (222, 196, 44), "1996 – 2022")]
WOZ_COLOURS = [(0, 0, 4), (12, 9, 39), (35, 17, 81), (65, 15, 116), (94, 23, 127), (123, 34, 130),
               (152, 44, 128), (182, 54, 121), (211, 66, 110), (235, 87, 97), (248, 118, 92), (254, 153, 105),
               (254, 187, 128), (254, 220, 157), (252, 253, 191)]
# Log classes 10^1 … 10^4 in steps of 10^0.2, as QGIS computed them for DEGO (x € 1 000).
WOZ_BOUNDS = [10 ** (1 + 0.2 * i) for i in range(16)]
WOZ = [(lo, hi, c, f"{lo:.0f} – {hi:.0f}") for lo, hi, c in zip(WOZ_BOUNDS, WOZ_BOUNDS[1:], WOZ_COLOURS)]
GAS_M3 = [(0, 0, (179, 88, 6), "0"), (1, 2, (196, 109, 22)), (2, 750, (243, 175, 86)),
          (750, 1250, (253, 226, 188)), (1250, 1700, (247, 247, 247)), (1700, 2500, (219, 221, 236)),
          (2500, 3000, (165, 156, 203)), (3000, 5000, (103, 68, 152)), (5000, 1e7, (84, 39, 136), "meer dan 5000")]
GAS_PER_M2 = [(0, 6, (179, 88, 6)), (6, 7, (236, 157, 60)), (7, 9, (252, 229, 196)), (9, 16, (223, 225, 238)),
              (16, 20, (148, 134, 191)), (20, 30, (84, 39, 136))]
GAS_PER_M3 = [(0, 1, (179, 88, 6)), (1, 1.2, (236, 157, 60)), (1.2, 1.4, (252, 229, 196)),
              (1.4, 2, (223, 225, 238)), (2, 3, (148, 134, 191)), (3, 10, (84, 39, 136))]
KWH = [(0, 750, (44, 123, 182)), (750, 2000, (107, 170, 208)), (2000, 3000, (171, 217, 233)),
       (3000, 4000, (213, 236, 212)), (4000, 5000, (255, 255, 191)), (5000, 6000, (254, 215, 144)),
       (6000, 7000, (253, 174, 97)), (7000, 10000, (234, 100, 63)), (10000, 1e7, (215, 25, 28), "meer dan 10000")]
LEVERING = [(0, 25, (179, 0, 0)), (25, 50, (217, 59, 41)), (50, 75, (242, 114, 74)), (75, 80, (252, 166, 109)),
            (80, 90, (253, 211, 154)), (90, 100, (254, 240, 217))]
GAS_AANSLUITINGEN = [(0, 16, (230, 97, 1)), (16, 30, (248, 167, 79)), (30, 50, (249, 222, 188)),
                     (50, 100, (219, 217, 232)), (100, 200, (161, 149, 199)), (200, 1000, (94, 60, 153))]
EAN = '"ean_code_count"'
EAN_COUNT = [  # labels follow the expressions (DEGO's labels of the upper classes did not)
    ("1", f"{EAN} >= 1 AND {EAN} < 2", (254, 214, 152)),
    ("2 – 7", f"{EAN} >= 2 AND {EAN} <= 7", (254, 175, 120)),
    ("8 – 12", f"{EAN} > 7 AND {EAN} <= 12", (251, 135, 97)),
    ("13 – 17", f"{EAN} > 12 AND {EAN} <= 17", (241, 96, 93)),
    ("18 – 25", f"{EAN} > 17 AND {EAN} <= 25", (215, 69, 108)),
    ("26 – 30", f"{EAN} > 25 AND {EAN} <= 30", (182, 54, 122)),
    ("31 – 50", f"{EAN} > 30 AND {EAN} <= 50", (147, 43, 129)),
    ("51 – 70", f"{EAN} > 50 AND {EAN} <= 70", (114, 31, 129)),
    ("71 – 80", f"{EAN} > 70 AND {EAN} <= 80", (80, 18, 123)),
    ("81 – 90", f"{EAN} > 80 AND {EAN} <= 90", (45, 17, 95)),
    ("91 – 100", f"{EAN} > 90 AND {EAN} <= 100", (15, 12, 46)),
    ("101 – 200", f"{EAN} > 100 AND {EAN} <= 200", (0, 0, 4)),
]
EAN_YES_NO = [("Geen gasaansluiting", f"{EAN} IS NULL", (57, 80, 101)),
              ("Wel gasaansluiting", f"{EAN} IS NOT NULL", (241, 231, 170))]
GAS = '"gasm3_2020"'
KOOKGAS = [("Geen verbruik", f"{GAS} <= 0 OR {GAS} IS NULL", (102, 194, 165)),
           ("Kookgas (tot 100 m³)", f"{GAS} > 0 AND {GAS} <= 100", (252, 141, 98)),
           ("Regulier verbruik (meer dan 100 m³)", f"{GAS} > 100", (57, 80, 101))]
GAS_WONINGTYPE = [(0, 750, (230, 97, 1)), (750, 1250, (248, 167, 79)), (1250, 1850, (249, 222, 188)),
                  (1850, 2500, (219, 217, 232)), (2500, 3500, (161, 149, 199)), (3500, 6000, (94, 60, 153))]
ELEK_WONINGTYPE = [(0, 600, (44, 123, 182)), (600, 2000, (146, 198, 223)), (2000, 2500, (221, 240, 208)),
                   (2500, 3000, (254, 223, 153)), (3000, 4000, (245, 144, 83)), (4000, 8100, (215, 25, 28))]
GAS_HUURKOOP = [(0, 750, (230, 97, 1)), (750, 1250, (253, 184, 99)), (1250, 1700, (247, 247, 247)),
                (1700, 2500, (178, 171, 210)), (2500, 3500, (94, 60, 153))]
ELEK_HUURKOOP = [(0, 1080, (44, 123, 182)), (1080, 2000, (171, 217, 233)), (2000, 3000, (255, 255, 191)),
                 (3000, 4000, (253, 174, 97)), (4000, 7000, (215, 25, 28))]
HOGE_INKOMENS = [(0, 10, (0, 32, 77)), (10, 20, (49, 68, 107)), (20, 30, (102, 105, 112)),
                 (30, 50, (150, 144, 120)), (50, 80, (204, 187, 105)), (80, 100, (255, 234, 70))]
# Eigendom (not in DEGO-2023-08, which has no eigendom layer): ColorBrewer sequential ramps, 7 classes.
# Corporatiebezit in purples, koop in blues, so the two never read as the same map.
WONINGCORPORATIE = [(0, 10, (242, 240, 247)), (10, 20, (218, 218, 235)), (20, 30, (188, 189, 220)),
                    (30, 40, (158, 154, 200)), (40, 50, (128, 125, 186)), (50, 75, (106, 81, 163)),
                    (75, 100, (74, 20, 134))]
KOOPWONINGEN = [(0, 20, (239, 243, 255)), (20, 40, (198, 219, 239)), (40, 50, (158, 202, 225)),
                (50, 60, (107, 174, 214)), (60, 70, (66, 146, 198)), (70, 80, (33, 113, 181)),
                (80, 100, (8, 69, 148))]
LAGE_INKOMENS = [(0, 10, (0, 32, 77)), (10, 20, (36, 62, 108)), (20, 30, (87, 92, 109)),
                 (30, 40, (125, 124, 120)), (40, 50, (167, 158, 117)), (50, 80, (213, 194, 100)),
                 (80, 100, (255, 234, 70))]


def percent(classes: list) -> list:
    """The classes labelled as percentages ("0 – 10%")."""
    return [(lo, hi, c, f"{qml.number(lo)} – {qml.number(hi)}%") for lo, hi, c in classes]


def non_negative(field: str) -> str:
    """CBS marks missing values with negative numbers: map them to NULL so they get no class."""
    return f'CASE WHEN "{field}" >= 0 THEN "{field}" END'


KEY_ORDER = ("id", "title", "theme", "abstract", "source", "licence", "data_date", "level", "keywords", "min_scale",
             "max_scale", "municipality_attribute", "municipality_code_format", "service", "style")


def layer(layer_id: str, title: str, theme: str, service: dict, abstract: str, source: str, **extra) -> dict:
    """One LayerEntry with its keys in KEY_ORDER; optional fields that are empty are left out."""
    fields = dict(extra, id=layer_id, title=title, theme=theme, service=service, abstract=abstract, source=source)
    unknown = set(fields) - set(KEY_ORDER)
    if unknown:
        raise ValueError(f"{layer_id}: unknown fields {sorted(unknown)}")
    return {k: fields[k] for k in KEY_ORDER if fields.get(k) not in (None, "", 0, [], ())}


def wfs(layer_id, title, theme, service, abstract, source, style_qml, **extra) -> dict:
    extra.setdefault("municipality_attribute", "gemeentecode")
    if extra["municipality_attribute"] == "gemeentecode":
        extra.setdefault("municipality_code_format", GEMEENTECODE_FORMATS.get(service["typename"]))
    return layer(layer_id, title, theme, dict(service), abstract, source, style={"qml": style_qml}, **extra)


def pand(layer_id, title, theme, abstract, source, style_qml, **extra) -> dict:
    """A layer on the national pand WFS (one feature per BAG pand)."""
    extra.setdefault("level", "pand")
    return wfs(layer_id, title, theme, ENERGY, abstract, source, style_qml, min_scale=PAND_MIN_SCALE, **extra)


def wms(layer_id, title, theme, url, name, abstract, source, **extra) -> dict:
    service = {"type": "wms", "url": url, "layers": [name], "format": "image/png", "crs": "EPSG:28992"}
    return layer(layer_id, title, theme, service, abstract, source, **extra)


EIGENDOM_WORDS = ["eigendom", "woningvoorraad", "huur", "koop", "cbs", "buurt"]


def gebouw_layers() -> list:
    kw_bouwjaar = ["bouwjaar", "bouwperiode", "ouderdom", "bag", "pand"]
    kw_label = ["energielabel", "label", "epa", "ep-online", "energieklasse", "rvo"]
    return [
        pand("bouwjaar", "Bouwjaar", "gebouw",
             "Bouwjaar van elk pand volgens de BAG, in zeven periodes. Het bouwjaar geeft een eerste indicatie "
             "van de isolatie en van hoeveel aanpassing een pand nodig heeft om aardgasvrij te worden.",
             BAG, qml.graduated("bouwjaar", BOUWJAAR), data_date="2023-08", keywords=kw_bouwjaar),
        pand("bouwjaar-categorie", "Bouwjaar in vier periodes", "gebouw",
             "Bouwjaar van elk pand volgens de BAG in vier brede periodes (t/m 1900, 1901–1945, 1946–1995, "
             "1996–2022), voor een snel overzicht van oude en nieuwe bebouwing.",
             BAG, qml.graduated("bouwjaar", BOUWJAAR_CATEGORIE), data_date="2023-08", keywords=kw_bouwjaar),
        pand("energielabel-definitief", "Energielabel definitief", "gebouw",
             "Geregistreerd energielabel per pand, klasse A t/m G, uit EP-online van RVO. Heeft een pand meerdere "
             "labels, dan toont de kaart het gemiddelde; panden zonder label zijn grijs.",
             LABEL_SOURCE, qml.categorized("elabel_definitief", ELABEL), data_date="2023-08", keywords=kw_label),
        pand("energielabel-voorlopig", "Energielabel voorlopig", "gebouw",
             "Voorlopig energielabel per pand, klasse A t/m G, dat RVO aan woningen zonder geregistreerd label gaf "
             "op basis van bouwjaar en woningtype. Minder nauwkeurig dan het definitieve label.",
             LABEL_SOURCE, qml.categorized("elabel_voorlopig", ELABEL), data_date="2023-08",
             keywords=kw_label + ["voorlopig"]),
        wfs("woz-waarde-buurt", "Gemiddelde WOZ-waarde per buurt", "gebouw", CBS_DEGO,
            "Gemiddelde WOZ-waarde van woningen per buurt, in duizenden euro's (klassen op logaritmische schaal).",
            CBS_KWB, qml.graduated("woningwaarde_gemiddeld", WOZ), level="buurt", data_date="2019",
            keywords=["woz", "woningwaarde", "waarde", "cbs"]),
        wfs("woningcorporatie-buurt", "Woningcorporatiebezit per buurt", "gebouw", CBS_DEGO,
            "Percentage woningen per buurt in bezit van een woningcorporatie. Waar corporaties veel woningen "
            "hebben, kan een buurt in één keer overstappen: zij zijn vaak de eerste partner in de wijkaanpak.",
            CBS_KWB, qml.graduated("woningcorporatie_woningen_percentage", percent(WONINGCORPORATIE)),
            level="buurt", data_date="2019", keywords=EIGENDOM_WORDS + ["corporatie", "sociale huur"]),
        wfs("koopwoningen-buurt", "Koopwoningen per buurt", "gebouw", CBS_DEGO,
            "Percentage koopwoningen per buurt. Eigenaar-bewoners beslissen elk zelf over hun woning: in buurten "
            "met veel koopwoningen vraagt de overstap meer individuele benadering en financiering.",
            CBS_KWB, qml.graduated("koopwoningen_percentage", percent(KOOPWONINGEN)), level="buurt",
            data_date="2019", keywords=EIGENDOM_WORDS + ["koop", "koopwoning", "eigenaar-bewoner"]),
    ]


def energie_layers() -> list:
    kv = ["kleinverbruik", "netbeheerder", "pc6", "postcode"]
    peil = "Peildatum 1-1-2020 (verbruik over 2019)."
    layers = [
        pand("gasverbruik-2020", "Gasverbruik 2020 (m³ per jaar)", "energie",
             "Gemiddeld aardgasverbruik in m³ per jaar van de kleinverbruikaansluitingen in een postcodegebied, "
             f"getoond op de panden. {peil}",
             KV, qml.graduated("gasm3_2020", GAS_M3), level="pc6", data_date="2020-01-01",
             keywords=["gas", "aardgas", "gasverbruik", "m3"] + kv),
        pand("gasverbruik-per-m2-2020", "Gasverbruik per m² pandoppervlak 2020", "energie",
             "Gasverbruik in m³ per m² grondoppervlak van de panden (zonder verdiepingen) per postcodegebied. "
             f"Een lage waarde wijst op zuinig verwarmen; grote panden of bedrijvigheid vertekenen. {peil}",
             KV, qml.graduated("gasm3_per_m2", GAS_PER_M2), level="pc6", data_date="2020-01-01",
             keywords=["gas", "gasverbruik", "m2", "oppervlak", "isolatie"] + kv),
        pand("gasverbruik-per-m3-2020", "Gasverbruik per m³ gebouwvolume 2020", "energie",
             "Gasverbruik in m³ per m³ gebouwvolume (oppervlak maal hoogte uit de 3D BAG van TU Delft) per "
             f"postcodegebied. Niet van elk pand is de hoogte bekend, dus de kaart heeft gaten. {peil}",
             "Bron: Kleinverbruik netbeheerders; BAG; 3D BAG (TU Delft)",
             qml.graduated("gasm3_per_m3", GAS_PER_M3), level="pc6", data_date="2020-01-01",
             keywords=["gas", "gasverbruik", "m3", "volume", "3d bag", "isolatie"] + kv),
        pand("elektriciteitsverbruik-2020", "Elektriciteitsverbruik 2020 (kWh per jaar)", "energie",
             "Gemiddeld elektriciteitsverbruik in kWh per jaar van de kleinverbruikaansluitingen in een "
             f"postcodegebied, getoond op de panden. {peil}",
             KV, qml.graduated("kwh_2020", KWH), level="pc6", data_date="2020-01-01",
             keywords=["elektriciteit", "stroom", "kwh", "elektriciteitsverbruik"] + kv),
        pand("levering-elektriciteitsnet-2020", "Percentage geleverd vanaf het elektriciteitsnet 2020", "energie",
             "Deel van de elektriciteit (%) dat vanaf het net wordt geleverd, per postcodegebied. Onder 100% wordt "
             f"stroom teruggeleverd, meestal door zonnepanelen. {peil}",
             KV, qml.graduated("kwh_leveringsrichting_2020", percent(LEVERING)), level="pc6", data_date="2020-01-01",
             keywords=["teruglevering", "leveringsrichting", "zonnepanelen", "zon", "pv"] + kv),
        pand("gasaansluitingen-pc6-2020", "Aantal gasaansluitingen per postcodegebied 2020", "energie",
             "Aantal gasaansluitingen in het postcodegebied volgens de netbeheerders, getoond op de panden. "
             + peil,
             KV, qml.graduated("gas_aansluitingen_2020", GAS_AANSLUITINGEN), level="pc6", data_date="2020-01-01",
             keywords=["gasaansluiting", "aansluitingen", "gas"] + kv),
        pand("ean-gasaansluitingen-pand", "Aantal gasaansluitingen per pand (EAN-codes)", "energie",
             "Aantal gasaansluitingen per pand volgens het EAN-codeboek. Het codeboek volgt de BAG niet altijd "
             "(bijvoorbeeld bij huisnummertoevoegingen), dus tel dit als indicatie.",
             "Bron: EAN-codeboek; BAG", qml.rule_based(EAN_COUNT), data_date="2023-08",
             keywords=["ean", "eancodeboek", "gasaansluiting", "aansluitingen", "gas"]),
        pand("ean-gasaansluiting-ja-nee", "Wel of geen gasaansluiting (EAN-codes)", "energie",
             "Of een pand volgens het EAN-codeboek een gasaansluiting heeft. De beste beschikbare indicatie "
             "voor de aanwezigheid van een gasaansluiting, met dezelfde beperkingen als het codeboek.",
             "Bron: EAN-codeboek; BAG", qml.rule_based(EAN_YES_NO), data_date="2023-08",
             keywords=["ean", "eancodeboek", "gasaansluiting", "aardgasvrij", "gas"]),
        pand("vermoedelijk-kookgas", "Vermoedelijk kookgas (postcodegebied)", "energie",
             "Panden in postcodegebieden met een gemiddeld gasverbruik tot 100 m³ per jaar: daar wordt het gas "
             f"vermoedelijk alleen om te koken gebruikt. {peil}",
             KV, qml.rule_based(KOOKGAS), level="pc6", data_date="2020-01-01",
             keywords=["kookgas", "koken", "gas", "gasverbruik"] + kv),
    ]
    # CBS 2018: average use per dwelling type and per tenure, by buurt (PDOK wijken en buurten 2018).
    per_type = [("Appartement", "appartement", "appartementen"), ("Tussenwoning", "tussenwoning", "tussenwoningen"),
                ("Hoekwoning", "hoekwoning", "hoekwoningen"),
                ("2Onder1KapWoning", "twee-onder-een-kap", "2-onder-1-kapwoningen"),
                ("VrijstaandeWoning", "vrijstaand", "vrijstaande woningen")]
    for suffix, slug, dwellings in per_type:
        # CBS shortened the two longest electricity field names to "gem..."
        short = suffix in ("2Onder1KapWoning", "VrijstaandeWoning")
        elek = ("gem" if short else "gemiddeld") + f"Elektriciteitsverbruik{suffix}"
        layers.append(cbs2018(f"gasverbruik-{slug}-2018", f"Gasverbruik {dwellings} per buurt 2018",
                              f"gemiddeldGasverbruik{suffix}", GAS_WONINGTYPE, "aardgasverbruik (m³ per jaar)",
                              dwellings, ["gas", "woningtype", slug]))
        layers.append(cbs2018(f"elektriciteitsverbruik-{slug}-2018",
                              f"Elektriciteitsverbruik {dwellings} per buurt 2018", elek, ELEK_WONINGTYPE,
                              "elektriciteitsverbruik (kWh per jaar)", dwellings,
                              ["elektriciteit", "kwh", "woningtype", slug]))
    for field, slug, name, classes, what, words in [
            ("gemiddeldGasverbruikHuurwoning", "gasverbruik-huurwoning-2018", "Gasverbruik huurwoningen",
             GAS_HUURKOOP, "aardgasverbruik (m³ per jaar)", ["gas", "huur"]),
            ("gemiddeldGasverbruikkoopwoning", "gasverbruik-koopwoning-2018", "Gasverbruik koopwoningen",
             GAS_HUURKOOP, "aardgasverbruik (m³ per jaar)", ["gas", "koop"]),
            ("gemiddeldElektriciteitsverbruikHuurwoning", "elektriciteitsverbruik-huurwoning-2018",
             "Elektriciteitsverbruik huurwoningen", ELEK_HUURKOOP, "elektriciteitsverbruik (kWh per jaar)",
             ["elektriciteit", "kwh", "huur"]),
            ("gemiddeldElektriciteitsverbruikkoopwoning", "elektriciteitsverbruik-koopwoning-2018",
             "Elektriciteitsverbruik koopwoningen", ELEK_HUURKOOP, "elektriciteitsverbruik (kWh per jaar)",
             ["elektriciteit", "kwh", "koop"]),
            ("gemiddeldElektriciteitsverbruikTotaal", "elektriciteitsverbruik-totaal-2018",
             "Elektriciteitsverbruik alle woningen", ELEK_HUURKOOP, "elektriciteitsverbruik (kWh per jaar)",
             ["elektriciteit", "kwh"])]:
        layers.append(cbs2018(slug, f"{name} per buurt 2018", field, classes, what,
                              name.split(" ", 1)[1], words + ["eigendom"]))
    return layers


def cbs2018(layer_id, title, field, classes, what, dwellings, words) -> dict:
    abstract = (f"Gemiddeld {what} van {dwellings} per buurt in 2018, volgens de CBS Kerncijfers wijken en "
                "buurten. Buurten zonder gegeven (te weinig woningen of geheimgehouden) krijgen geen kleur.")
    return wfs(layer_id, title, "energie", CBS_2018, abstract, CBS_KWB + " 2018",
               qml.graduated(non_negative(field), classes), level="buurt", data_date="2018", licence=CC_BY,
               keywords=words + ["cbs", "buurt", "gemiddeld verbruik"])


def sociaal_layers() -> list:
    words = ["inkomen", "huishoudens", "cbs", "buurt"]
    return [
        wfs("hoge-inkomens-buurt", "Huishoudens met een hoog inkomen (hoogste 20%)", "sociaal", CBS_DEGO,
            "Percentage huishoudens per buurt dat behoort tot de landelijke 20% huishoudens met het hoogste "
            "inkomen. Een indicatie van de financiële ruimte om te verduurzamen.",
            CBS_KWB, qml.graduated("hogerinkomen_percentage_huishouden", percent(HOGE_INKOMENS)), level="buurt",
            data_date="2019", keywords=words + ["hoog inkomen", "draagkracht"]),
        wfs("lage-inkomens-buurt", "Huishoudens met een laag inkomen (laagste 40%)", "sociaal", CBS_DEGO,
            "Percentage huishoudens per buurt dat behoort tot de landelijke 40% huishoudens met het laagste "
            "inkomen. Een eerste indicatie van armoede; bekijk het samen met energieverbruik en eigendom.",
            CBS_KWB, qml.graduated("lagerinkomen_percentage_huishouden", percent(LAGE_INKOMENS)), level="buurt",
            data_date="2019", keywords=words + ["laag inkomen", "armoede", "energiearmoede"]),
    ]


def klimaat_layers() -> list:
    water = ["wateroverlast", "neerslag", "hevige regen", "klimaatadaptatie", "waterdiepte"]
    lucht = ["luchtkwaliteit", "gezondheid", "rivm"]
    return [
        wms("stedelijk-hitte-eiland", "Stedelijk hitte-eilandeffect", "klimaat", KEA_WMS, "hitteeiland",
            "Gemiddeld temperatuurverschil (°C) in de zomer tussen stedelijk gebied en het omliggende platteland, "
            "het sterkst 's nachts. Koppelkans: isolatie en ventilatie verlagen ook het risico op hittestress.",
            KEA, level="raster", keywords=["hitte", "hittestress", "hitte-eiland", "klimaatadaptatie"]),
        wms("gevoelstemperatuur", "Lokale gevoelstemperatuur (huidig klimaat)", "klimaat", KEA_WMS,
            "hittekaart_gevoelstemp_huidig",
            "Gevoelstemperatuur (°C) op een extreem hete zomermiddag in het huidige klimaat. Helpt bij het koel "
            "inrichten van de buitenruimte en bij het meewegen van koudevraag in de warmteoplossing.",
            KEA, level="raster", keywords=["hitte", "hittestress", "gevoelstemperatuur", "koeling"]),
        wms("wateroverlast-1000-jaar", "Wateroverlast: waterdiepte bij 140 mm in 2 uur (1:1000 jaar)", "klimaat",
            KEA_WMS, "waterdiepte_neerslag_140mm_2uur",
            "Maximale waterdiepte bij een bui van 140 mm in 2 uur, die in het huidige klimaat ongeveer eens per "
            "1000 jaar valt. Gemaakt door Deltares voor de Europese Richtlijn Overstromingsrisico's.",
            KEA, level="raster", keywords=water),
        wms("wateroverlast-100-jaar", "Wateroverlast: waterdiepte bij 70 mm in 2 uur (1:100 jaar)", "klimaat",
            KEA_WMS, "waterdiepte_neerslag_70mm_2uur",
            "Maximale waterdiepte bij een bui van 70 mm in 2 uur, die in het huidige klimaat ongeveer eens per "
            "100 jaar valt. Gemaakt door Deltares.",
            KEA, level="raster", keywords=water),
        wms("geluid-alle-bronnen", "Geluidsbelasting alle bronnen (Lden)", "klimaat", RIVM_WMS,
            "rivm_20210201_g_geluidkaart_lden_alle_bronnen_v3",
            "Gecumuleerde geluidsbelasting (Lden, in dB) van wegverkeer, treinen, vliegtuigen, industrie en "
            "windturbines samen. Ongewenst geluid kan hinder en gezondheidsklachten geven.",
            RIVM, level="raster", keywords=["geluid", "geluidsoverlast", "lden", "lcum", "rivm"]),
        wms("fijnstof-pm10", "Fijnstof PM10 (2019)", "klimaat", RIVM_WMS, "rivm_nsl_20210101_gm_PM102019_Int_v2",
            "Jaargemiddelde concentratie fijnstof PM10 (deeltjes kleiner dan 10 micrometer, in µg/m³) in 2019.",
            RIVM, level="raster", data_date="2019", keywords=["fijnstof", "pm10"] + lucht),
        wms("fijnstof-pm25", "Fijnstof PM2,5 (2019)", "klimaat", RIVM_WMS, "rivm_nsl_20210101_gm_PM252019_Int_v2",
            "Jaargemiddelde concentratie fijnstof PM2,5 (deeltjes kleiner dan 2,5 micrometer, in µg/m³) in 2019.",
            RIVM, level="raster", data_date="2019", keywords=["fijnstof", "pm2,5", "pm25"] + lucht),
        wms("stikstofdioxide-no2", "Stikstofdioxide NO2 (2019)", "klimaat", RIVM_WMS,
            "rivm_nsl_20210101_gm_NO22019_Int_v2",
            "Jaargemiddelde concentratie stikstofdioxide (NO2, in µg/m³) in 2019. Hoe lager, hoe beter de "
            "luchtkwaliteit.",
            RIVM, level="raster", data_date="2019", keywords=["stikstofdioxide", "no2", "stikstof"] + lucht),
    ]


def grond_layers() -> list:
    net = ["liander", "elektriciteitsnet", "netbeheerder", "netcapaciteit", "ondergrond"]
    liander = [("onderstations", "Onderstations", "punt", "Onderstations"),
               ("middenspanningsinstallaties", "Middenspanningsinstallaties", "punt",
                "Middenspanningsruimtes en -installaties (MSR)"),
               ("middenspanningskabels", "Middenspanningskabels", "lijn", "Middenspanningskabels (MS)"),
               ("laagspanningsverdeelkasten", "Laagspanningsverdeelkasten", "punt",
                "Laagspanningsverdeelkasten (kabelkasten)"),
               ("laagspanningskabels", "Laagspanningskabels", "lijn", "Laagspanningskabels (LS)"),
               ("hoogspanningskabels", "Hoogspanningskabels", "lijn", "Hoogspanningskabels (HS)")]
    layers = [wms(f"liander-{name}", f"Liander: {title.lower()}", "grond", LIANDER_WMS, name,
                  f"{what} van het elektriciteitsnet van Liander, alleen in het werkgebied van Liander "
                  "(grote delen van Gelderland, Noord-Holland, Flevoland en Friesland).",
                  "Bron: Liander", level=level, keywords=net + [title.lower()])
              for name, title, level, what in liander]
    rioned = [("put", "Putten", "punt"), ("pomp", "Pompen", "punt"), ("lozing", "Lozingspunten", "punt"),
              ("leiding", "Leidingen", "lijn"), ("gebied", "Gebieden", "raster"), ("bouwwerk", "Bouwwerken", "punt")]
    layers += [wms(f"riolering-{name}", f"Riolering: {title.lower()}", "grond", RIONED_WMS, f"beheer_{name}",
                   f"{title} van de gemeentelijke riolering volgens het Gegevenswoordenboek Stedelijk Water (GWSW) "
                   "van Stichting RIONED; alleen voor gemeenten die hun beheergegevens publiceren.",
                   "Bron: Stichting RIONED, GWSW", level=level,
                   keywords=["riolering", "riool", "gwsw", "rioned", "ondergrond", title.lower()])
               for name, title, level in rioned]
    return layers


def bestemming_layers() -> list:
    words = ["bestemmingsplan", "ruimtelijke plannen", "plu", "omgevingsplan", "ruimtelijke ordening"]
    return [
        wms("enkelbestemming", "Enkelbestemming", "bestemming", PLU_WMS, "enkelbestemming",
            "Enkelbestemmingen uit de vastgestelde bestemmingsplannen (Wro) op ruimtelijkeplannen.nl, zoals "
            "wonen, bedrijf en groen. Sinds 1 januari 2024 maken ze deel uit van het omgevingsplan.",
            "Bron: Ruimtelijkeplannen.nl; © Kadaster", level="raster", keywords=words),
        wms("dubbelbestemming", "Dubbelbestemming", "bestemming", PLU_WMS, "dubbelbestemming",
            "Dubbelbestemmingen uit de vastgestelde bestemmingsplannen, zoals leidingstroken, waterstaat en "
            "archeologie: extra regels die gelden bovenop de enkelbestemming.",
            "Bron: Ruimtelijkeplannen.nl; © Kadaster", level="raster", keywords=words + ["leiding", "archeologie"]),
    ]


def grenzen_layers() -> list:
    return [
        wfs("gemeentegrenzen", "Gemeentegrenzen", "grenzen", GEMEENTEN,
            "Grenzen van alle Nederlandse gemeenten volgens Bestuurlijke Gebieden van het Kadaster, afgeleid "
            "uit de Basisregistratie Kadaster en elk jaar op 1 januari bijgewerkt.",
            "Bron: Kadaster, Bestuurlijke Gebieden", qml.boundary((135, 137, 146), 1.1), level="gemeente",
            licence=CC_BY, municipality_attribute="code", municipality_code_format="0000",
            keywords=["gemeente", "gemeentegrens", "grenzen", "bestuurlijke gebieden"]),
        wfs("buurtgrenzen-2022", "Buurtgrenzen 2022", "grenzen", CBS_2022,
            "Grenzen van de buurten volgens de CBS Wijk- en buurtkaart 2022. Ook waterbuurten staan erin "
            "(attribuut water = JA).",
            "Bron: CBS, Wijk- en buurtkaart 2022", qml.boundary((33, 33, 33), 0.5, "dot"), level="buurt",
            data_date="2022", licence=CC_BY, keywords=["buurt", "wijk", "buurtgrens", "grenzen", "cbs"]),
        # Level "wijk": the coverage of a map's per-wijk pages (compositions/wijk_pages.py).
        wfs("wijkgrenzen-2022", "Wijkgrenzen 2022", "grenzen", CBS_2022_WIJKEN,
            "Grenzen van de wijken volgens de CBS Wijk- en buurtkaart 2022, met wijkcode en wijknaam. Een wijk "
            "is een groep buurten binnen een gemeente.",
            "Bron: CBS, Wijk- en buurtkaart 2022", qml.boundary((80, 80, 80), 0.6, "dash"), level="wijk",
            data_date="2022", licence=CC_BY, keywords=["wijk", "wijkgrens", "grenzen", "cbs"]),
    ]


def achtergrond_layers() -> list:
    looks = [("grijs", "grijs", "in grijstinten, rustig onder thematische kaarten"),
             ("standaard", "standaard", "in kleur"),
             ("pastel", "pastel", "in zachte pasteltinten"),
             ("water", "water", "met de nadruk op water")]
    return [layer(f"brt-achtergrondkaart-{name}", f"BRT Achtergrondkaart {title}", "achtergrond",
                  {"type": "wmts", "url": BRT_WMTS, "layers": [name], "tile_matrix_set": "EPSG:28992",
                   "format": "image/png", "crs": "EPSG:28992"},
                  f"Topografische achtergrondkaart van Nederland (BRT Achtergrondkaart van het Kadaster) {how}.",
                  KADASTER, style={"server_styles": ["default"]}, licence=CC_BY, level="raster",
                  keywords=["achtergrond", "achtergrondkaart", "brt", "topografie", "basiskaart", "pdok"])
            for name, title, how in looks]


def build_catalogue(generated: str = GENERATED) -> dict:
    layers = (gebouw_layers() + energie_layers() + sociaal_layers() + klimaat_layers() + grond_layers()
              + bestemming_layers() + grenzen_layers() + achtergrond_layers())
    return {
        "version": FORMAT_VERSION,
        "generated": generated,
        "publisher": PUBLISHER,
        "language": "nl",  # DEGO's: its maps print the plugin's own texts in Dutch, whatever QGIS speaks
        "themes": [{"id": i, "title": t, "order": o} for i, t, o in THEMES],
        "layers": layers,
        "boundaries": BOUNDARIES,
        "presets": presets(),
        "warmteprogramma": WARMTEPROGRAMMA,
        "buurtprofiel": BUURTPROFIEL,
    }


def preset(preset_id: str, title: str, layers: list, description: str, background: str = "brt-achtergrondkaart-grijs",
           paper: str = "A3", orientation: str = "auto", counts: bool = False) -> dict:
    """A transitievisie map (model/presets.py; docs/catalogue.md). Pand and pc6 layers carry
    `all_scales`: the catalogue hides them beyond 1:25 000 to spare the server while browsing, but a council
    map shows the whole municipality (the plugin draws them from its own print layers, clipped to it). The paper
    turns to the municipality's shape ("auto"); `counts`: the legend gives the number per class. The subtitle
    ("Gemeente …") and the legend's title ("Legenda") are the plugin's, in the map's language."""
    made = {"id": preset_id, "title": title, "description": description, "layers": layers, "background": background,
            "paper": paper, "orientation": orientation}
    if counts:
        made["legend"] = {"counts": True}
    return made


def presets() -> list:
    """The maps a transitievisie warmte / warmteprogramma usually holds, from this catalogue's layers; where DEGO
    has a buurt-level layer for the theme it is used, since it reads better at a municipality's scale."""
    def every_scale(layer_id):
        return {"id": layer_id, "all_scales": True}

    return [
        preset("bouwjaar", "Bouwjaar van de gebouwen", [every_scale("bouwjaar-categorie")],
               "Bouwperiode per pand: oudere wijken vragen meestal meer isolatie.", counts=True),
        preset("energielabels", "Energielabels van de gebouwen", [every_scale("energielabel-definitief")],
               "Definitief energielabel per pand (A-G).", counts=True),
        preset("woningwaarde", "Gemiddelde woningwaarde per buurt", ["woz-waarde-buurt"],
               "Gemiddelde WOZ-waarde per buurt."),
        preset("eigendom", "Eigendom: corporatiebezit per buurt", ["woningcorporatie-buurt"],
               "Aandeel corporatiewoningen per buurt: waar kan een corporatie de eerste stap zetten?"),
        preset("gasverbruik", "Gasverbruik", [every_scale("gasverbruik-2020")],
               "Jaarlijks gasverbruik (kleinverbruik) per postcodegebied."),
        preset("laag-inkomen", "Huishoudens met een laag inkomen", ["lage-inkomens-buurt"],
               "Aandeel huishoudens met een inkomen in de laagste 40% per buurt."),
        preset("energiearmoede", "Energiearmoede: energielabel en inkomen",
               [every_scale("energielabel-definitief"), "lage-inkomens-buurt"],
               "Energielabels per pand over het aandeel lage inkomens per buurt."),
        preset("buurten", "Buurten", ["buurtgrenzen-2022"], "De buurten van de gemeente, de eenheid van de "
               "transitievisie.", background="brt-achtergrondkaart-standaard"),
        plan_preset("wat", "Wat: warmtealternatief per buurt", "Wat",
                    "Het warmtealternatief dat de gemeente per buurt kiest (uit de laag Warmteprogramma); startbuurten "
                    "omlijnd."),
        plan_preset("wanneer", "Wanneer: van het aardgas af per buurt", "Wanneer",
                    "De periode waarin elke buurt van het aardgas af gaat (uit de laag Warmteprogramma); startbuurten "
                    "omlijnd."),
    ]


def plan_preset(preset_id: str, title: str, style: str, description: str) -> dict:
    """A map of the municipality's own warmteprogramma (the plan layer in the project, in one of its named styles)."""
    made = preset(preset_id, title, [{"id": "warmteprogramma", "style": style}], description, counts=True)
    made["subtitle"] = "Gemeente {gemeente} – warmteprogramma (concept)"
    made["sources"] = ["Bron: Gemeente {gemeente}, warmteprogramma (concept)", "Buurtgrenzen: CBS, Wijk- en buurtkaart 2022"]
    return made


def render(catalogue: dict) -> str:
    """The JSON text as committed: one key per line, UTF-8 (not \\u escapes), newline at the end."""
    return json.dumps(catalogue, ensure_ascii=False, indent=1) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=str(Path(__file__).resolve().parent.parent / "resources"
                                                      / "catalogue.json"))
    parser.add_argument("--generated", default=GENERATED, help="ISO 8601 date-time to record")
    args = parser.parse_args(argv)
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:  # the symbol layer registry needs an initialised QGIS
        app = QgsApplication([], False)
        app.initQgis()
    text = render(build_catalogue(args.generated))
    Path(args.output).write_text(text, encoding="utf-8")
    print(f"{args.output}: {len(text.encode('utf-8'))} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
