"""The JSON documents the static server hands out, rendered per start because they carry this run's ports:
the reference catalogue (format v1, docs/catalogue.md), the TileJSON and the Mapbox GL style. Pure Python."""
from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any, Dict, List, NamedTuple

from . import styles


class Endpoints(NamedTuple):
    static: str  # http://127.0.0.1:PORT of the static server
    ows: str  # WMS / WFS / WMTS base URL
    oapif: str  # OGC API Features landing page

    @property
    def catalogue(self) -> str:
        return self.static + "/catalogue.json"

    @property
    def tiles(self) -> str:
        return self.static + "/tiles/{z}/{x}/{y}.pbf"

    @property
    def tilejson(self) -> str:
        return self.static + "/tiles/dego.json"

    @property
    def mapbox_style(self) -> str:
        return self.static + "/styles/energielabel-mapbox.json"

    def style(self, qml_file: str) -> str:
        return self.static + "/styles/" + qml_file


THEMES = [
    {"id": "gebouw", "title": "Gebouwen", "order": 10},
    {"id": "energie", "title": "Energieverbruik", "order": 20},
    {"id": "sociaal", "title": "Sociale karakteristieken", "order": 30},
    {"id": "achtergrond", "title": "Achtergrond", "order": 90},
]
DATA_DATE = "2020-12-31"
PANDEN = "Energie_gegevens"  # WFS typename, WMS/WMTS layer and OAPIF collection id, as the server lists them


def catalogue(endpoints: Endpoints, qml_dir: Path, zmin: int, zmax: int) -> Dict[str, Any]:
    def qml(name: str) -> str:
        return (qml_dir / name).read_text(encoding="utf-8")

    pand = {"level": "pand", "source": "Bron: demodata (fictief); BAG, RVO", "licence": "CC BY 4.0",
            "data_date": DATA_DATE}
    buurt = {"level": "buurt", "source": "Bron: demodata (fictief); CBS, Kerncijfers wijken en buurten",
             "licence": "CC BY 4.0", "data_date": DATA_DATE, "municipality_attribute": "gemeentecode"}
    wfs = {"type": "wfs", "url": endpoints.ows, "version": "1.1.0", "crs": "EPSG:28992"}
    layers: List[Dict[str, Any]] = [
        dict(pand, id="energielabel-wfs", title="Energielabel definitief", theme="gebouw",
             abstract="Definitief energielabel per pand (A-G), als vectordata (WFS).",
             keywords=["energielabel", "label", "EP-online"], municipality_attribute="gemeentecode",
             service=dict(wfs, typename=PANDEN), style={"qml": qml(styles.ENERGY_LABEL_QML)}),
        dict(pand, id="energielabel-oapif", title="Energielabel definitief (OGC API)", theme="gebouw",
             abstract="Definitief energielabel per pand, via OGC API Features.",
             keywords=["energielabel", "ogc api"], municipality_attribute="gemeentecode",
             service={"type": "oapif", "url": endpoints.oapif, "collection": PANDEN, "crs": "EPSG:28992"},
             style={"qml": qml(styles.ENERGY_LABEL_QML)}),
        dict(pand, id="energielabel-wms", title="Energielabel definitief (kaartbeeld)", theme="gebouw",
             abstract="Definitief energielabel per pand, door de server getekend (WMS).",
             keywords=["energielabel", "wms"],
             service={"type": "wms", "url": endpoints.ows, "layers": [PANDEN], "format": "image/png",
                      "crs": "EPSG:28992"}),
        dict(pand, id="energielabel-wmts", title="Energielabel definitief (tegels)", theme="gebouw",
             abstract="Definitief energielabel per pand als kaarttegels (WMTS, RD-tegelschema).",
             keywords=["energielabel", "wmts"],
             service={"type": "wmts", "url": endpoints.ows, "layers": [PANDEN], "format": "image/png",
                      "tile_matrix_set": "EPSG:28992", "crs": "EPSG:28992"}),
        dict(pand, id="energielabel-vt", title="Energielabel definitief (vectortegels)", theme="gebouw",
             abstract="Panden als vectortegels, gekleurd naar definitief energielabel.",
             keywords=["energielabel", "vector tiles", "mvt"],
             service={"type": "vectortile", "url": endpoints.tiles, "zmin": zmin, "zmax": zmax},
             style={"mapbox_gl_url": endpoints.mapbox_style}),
        dict(pand, id="gasverbruik-wfs", title="Gasverbruik m3/jaar - 2020", theme="energie",
             abstract="Gasverbruik per pand in 2020 (kleinverbruik).", keywords=["gas", "verbruik"],
             municipality_attribute="gemeentecode", source="Bron: demodata (fictief); Kleinverbruik netbeheerders",
             service=dict(wfs, typename=PANDEN), style={"qml_url": endpoints.style("gasverbruik.qml")}),
        dict(buurt, id="buurten-woz-wfs", title="Gemiddelde WOZ-waarde per buurt", theme="gebouw",
             abstract="Gemiddelde woningwaarde (x 1000 euro) per buurt.", keywords=["woz", "woningwaarde"],
             service=dict(wfs, typename="buurten"), style={"qml": qml("buurten-woz.qml")}),
        dict(buurt, id="lagerinkomen-wfs", title="Huishoudens met een lager inkomen", theme="sociaal",
             abstract="Percentage huishoudens in de landelijke 40% met het laagste inkomen.",
             keywords=["inkomen", "energiearmoede"],
             service=dict(wfs, typename="buurten"), style={"qml": qml("lagerinkomen.qml")}),
        {"id": "gemeentegrenzen-wms", "title": "Gemeentegrenzen", "theme": "achtergrond", "level": "gemeente",
         "abstract": "Grenzen van de (fictieve) demogemeenten.", "source": "Bron: demodata (fictief)",
         "service": {"type": "wms", "url": endpoints.ows, "layers": ["Gemeentegebied"], "format": "image/png",
                     "crs": "EPSG:28992"}},
    ]
    return {
        "version": "1.0",
        "generated": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
        "publisher": {"name": "DEGO referentiedienst (demo)", "url": endpoints.static},
        "themes": THEMES,
        "layers": layers,
        "boundaries": {"type": "wfs", "url": endpoints.ows, "typename": "Gemeentegebied", "version": "1.1.0",
                       "code_attribute": "code", "name_attribute": "naam", "crs": "EPSG:28992"},
    }


def tilejson(endpoints: Endpoints, tiles: Dict[str, Any]) -> Dict[str, Any]:
    """TileJSON 2.2 with vector_layers, as DEGO's tile server publishes it (e.g. epanden.json)."""
    return {
        "tilejson": "2.2.0",
        "name": "DEGO demo: panden en buurten",
        "attribution": "Fictieve demodata",
        "scheme": "xyz",
        "tiles": [endpoints.tiles],
        "minzoom": tiles["minzoom"],
        "maxzoom": tiles["maxzoom"],
        "bounds": tiles["bounds"],
        "center": tiles["center"],
        "vector_layers": [
            {"id": layer, "fields": {name: "String" for name in fields}}
            for layer, fields in styles.TILE_FIELDS.items()
        ],
    }


def mapbox_style(endpoints: Endpoints, tiles: Dict[str, Any]) -> Dict[str, Any]:
    return styles.mapbox_gl_style(endpoints.tiles, tiles["minzoom"], tiles["maxzoom"])
