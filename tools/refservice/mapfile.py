"""MapServer 8 mapfiles over the demo GeoPackage: the same four layers (and the panden with other spellings of the
municipality code, features only), in the same drawing order and colours
as the QGIS project (`qgis_project.py`, whose titles it reads), as a DEGO team running MapServer would publish
them. Written at build time; the OGC API one carries the placeholder address of
`documents.MAPSERVER_PLACEHOLDER`, which the CGI bridge (`mapserver_cgi.py`) replaces by its own at start.

- `ows_mapfile`: WMS 1.3.0 (GetMap, GetFeatureInfo, GetLegendGraphic with SLD_VERSION=1.1.0) and WFS
  1.0/1.1/2.0 (typenames in MapServer's `ms:` namespace, a GeoJSON output format), in EPSG:28992.
- `ogcapi_mapfile`: OGC API Features at `.../mapserver/dego/ogcapi` (`dego`: the map's alias in MapServer's
  config), the same layers read in WGS 84 (why: see there).
Legends come from named classes; MapServer draws a class without a name in no legend.

Sizes: QGIS draws millimetres, MapServer pixels; at the 96 dpi QGIS Server renders WMS with, 1 mm is 3.78 px.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from . import demo_data, documents, qgis_project, styles
from .styles import RGB

MAP_NAME = documents.MAPSERVER_MAP  # the alias in OGC API paths (.../mapserver/dego/ogcapi), the WMS root layer
PX_PER_MM = 96 / 25.4
OGCAPI_HTML_TEMPLATES = Path("/usr/share/mapserver/ogcapi/templates/html-plain")
# Each layer's GML feature id: its natural key, as DEGO's own services use.
FEATURE_IDS = {"Gemeentegebied": "identificatie", "wijken": "wijkcode", "buurten": "buurtcode",
               "Energie_gegevens": "identificatie", "panden_bag": "identificatie", "panden_nummer": "identificatie"}
DRAWING_ORDER = ("buurten", "Energie_gegevens", "wijken", "Gemeentegebied")  # bottom to top, as the project
NOT_DRAWN = tuple(demo_data.SPELLED_PANDEN)  # features only (WFS, OGC API), as in the project


def _quote(text: str) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _rgb(rgb: RGB) -> str:
    return "%d %d %d" % rgb


def _px(mm: float) -> str:
    return "%.2f" % (mm * PX_PER_MM)


def _metadata(items: Sequence[Sequence[str]], indent: str) -> List[str]:
    return [f"{indent}METADATA"] + [f"{indent}  {_quote(k)} {_quote(v)}" for k, v in items] + [f"{indent}END"]


def _style(fill: Optional[RGB], outline: Optional[RGB], width_mm: float, dashed: bool = False) -> List[str]:
    lines = ["      STYLE"]
    if fill is not None:
        lines.append(f"        COLOR {_rgb(fill)}")
    if outline is not None:
        lines += [f"        OUTLINECOLOR {_rgb(outline)}", f"        WIDTH {_px(width_mm)}"]
    if dashed:
        lines.append("        PATTERN 4 2 END")  # in line widths, as QGIS's "dash"
    return lines + ["      END"]


def _class(name: str, expression: Optional[str], style: List[str]) -> List[str]:
    lines = ["    CLASS", f"      NAME {_quote(name)}"]
    if expression:
        lines.append(f"      EXPRESSION ({expression})")
    return lines + style + ["    END"]


def _classes(layer: str) -> List[str]:
    """The classes of the layer's project style (qgis_project.style_layer), with the same colours."""
    if layer == "Energie_gegevens" or layer in NOT_DRAWN:
        # Fill and outline in the class colour: pixels inside a pand are exactly the class colour.
        return [line for code, letter, colour in styles.ENERGY_LABEL_CLASSES
                for line in _class(letter, f'"[elabel_definitief]" = {_quote(code)}', _style(colour, colour, 0.1))]
    if layer in qgis_project.PROJECT_STYLES:
        _, attribute, ranges = styles.GRADUATED_STYLES[qgis_project.PROJECT_STYLES[layer]]
        # QGIS takes the first range with lower <= value <= upper; MapServer the first class that matches.
        return [line for lower, upper, label, colour in ranges
                for line in _class(label, f"[{attribute}] >= {lower!r} AND [{attribute}] <= {upper!r}",
                                   _style(colour, (255, 255, 255), 0.2))]
    if layer == "wijken":
        return _class("Wijkgrens", None, _style(None, styles.WIJK_COLOUR, 0.4, dashed=True))
    if layer == "Gemeentegebied":
        return _class("Gemeentegrens", None, _style(None, styles.BOUNDARY_COLOUR, 0.8))
    raise ValueError(f"no style for {layer}")


def _layer(name: str, gpkg: str, extent: Sequence[float], crs: str) -> List[str]:
    title, abstract = qgis_project.LAYER_TITLES[name]
    if crs == demo_data.CRS:
        # An SQL layer, not the table: MapServer 8.0.0 (Debian 12) ignores OGC API `offset` on an OGR table,
        # so every page would repeat the first one (MapServer #6613, fixed in 8.0.1); SQL results page.
        data = f"SELECT * FROM {name}"
    else:  # the OGC API map: the GeoPackage turns the geometries into WGS 84 itself (see ogcapi_mapfile)
        fields = ", ".join(f'"{field}"' for field, _ in demo_data.FIELDS[name])
        data = f"SELECT {fields}, ST_Transform(geom, {crs.split(':')[1]}) AS geom FROM {name}"
    lines = [
        "  LAYER",
        f"    NAME {_quote(name)}",
        "    TYPE POLYGON",
        "    STATUS ON",
        "    CONNECTIONTYPE OGR",
        f"    CONNECTION {_quote(gpkg)}",
        f"    DATA {_quote(data)}",
        f"    EXTENT {' '.join(repr(v) for v in extent)}",
        f"    PROJECTION {_quote(crs)} END",
        '    TEMPLATE "query"',  # any template makes a layer queryable: WFS, GetFeatureInfo, OGC API items
    ]
    lines += _metadata((
        ("ows_title", title), ("ows_abstract", abstract),
        ("gml_include_items", "all"), ("gml_types", "auto"), ("gml_featureid", FEATURE_IDS[name]),
        # A named geometry of a known type in DescribeFeatureType: else QGIS asks one unfiltered feature first
        # to learn the type.
        ("gml_geometries", "geom"),
        ("gml_geom_type", "polygon" if name == "Energie_gegevens" or name in NOT_DRAWN else "multipolygon"),
        ("wms_include_items", "all"),
    ) + ((("wms_enable_request", "!*"),) if name in NOT_DRAWN else ()), "    ")
    return lines + _classes(name) + ["  END"]


def _map(gpkg: str, crs: str, extent: Sequence[float], services: Sequence[Sequence[str]]) -> str:
    web = [
        ("ows_title", qgis_project.PROJECT_TITLE),
        ("ows_abstract", "Fictieve demodata voor tests van de DEGO-plugin, door MapServer. Geen echte gemeenten."),
    ] + list(services)
    lines = [
        "MAP",
        f"  NAME {_quote(MAP_NAME)}",
        f"  EXTENT {' '.join(repr(v) for v in extent)}",
        f"  UNITS {'DD' if crs != demo_data.CRS else 'METERS'}",
        "  SIZE 800 600",
        "  MAXSIZE 4096",
        "  IMAGECOLOR 255 255 255",
        "  IMAGETYPE png",
        f"  PROJECTION {_quote(crs)} END",
        "  WEB",
    ]
    lines += _metadata(web, "    ")
    lines += [
        "  END",
        "  OUTPUTFORMAT",
        '    NAME "geojson"',
        '    DRIVER "OGR/GEOJSON"',
        '    MIMETYPE "application/json; subtype=geojson"',
        '    FORMATOPTION "STORAGE=stream"',
        '    FORMATOPTION "FORM=SIMPLE"',
        "  END",
        "  LEGEND",
        "    KEYSIZE 20 12",
        "  END",
    ]
    for name in DRAWING_ORDER + NOT_DRAWN:
        lines += _layer(name, gpkg, extent, crs)
    if crs == demo_data.CRS:
        lines += _unnamed_class_layer(gpkg, extent)
    return "\n".join(lines + ["END", ""])


UNNAMED_CLASS_LAYER = "wijkgrenzen"  # WMS only (not queryable, so no WFS or OGC API collection)


def _unnamed_class_layer(gpkg: str, extent: Sequence[float]) -> List[str]:
    """The wijk borders drawn by a class without a name, as many mapfiles have: MapServer's GetLegendGraphic then
    answers a small image of one colour (no key, no label) instead of a legend."""
    return [
        "  LAYER",
        f"    NAME {_quote(UNNAMED_CLASS_LAYER)}",
        "    TYPE POLYGON",
        "    STATUS ON",
        "    CONNECTIONTYPE OGR",
        f"    CONNECTION {_quote(gpkg)}",
        '    DATA "SELECT * FROM wijken"',
        f"    EXTENT {' '.join(repr(v) for v in extent)}",
        f"    PROJECTION {_quote(demo_data.CRS)} END",
    ] + _metadata((("ows_title", "Wijkgrenzen (klasse zonder naam)"),), "    ") + [
        "    CLASS",
    ] + _style(None, styles.WIJK_COLOUR, 0.4) + ["    END", "  END"]


def rd_extent() -> Tuple[float, float, float, float]:
    """The service extent in EPSG:28992: the demo data and 1 km around, as the QGIS project's WMSExtent."""
    xmin, ymin, xmax, ymax = demo_data.extent()
    return xmin - 1000, ymin - 1000, xmax + 1000, ymax + 1000


def ows_mapfile(gpkg: str) -> str:
    """WMS and WFS in EPSG:28992. `gpkg`: absolute, or relative to the mapfile's folder."""
    return _map(gpkg, demo_data.CRS, rd_extent(), (
        ("ows_enable_request", "*"),
        ("oga_enable_request", "!*"),
        ("ows_srs", " ".join(qgis_project.WMS_CRS)),
        ("wfs_getfeature_formatlist", "geojson"),
    ))


def ogcapi_mapfile(gpkg: str, ogcapi_url: str, wgs84_extent: Sequence[float]) -> str:
    """OGC API Features, from the same GeoPackage, with its geometries in WGS 84. MapServer 8.0 writes OGC API
    coordinates through a latitude/longitude system without a datum (`+proj=latlong +ellps=WGS84`), so from
    RD it skips the datum shift and every feature lands about 110 m off; from WGS 84 nothing needs shifting.
    `ogcapi_url`: the landing page clients reach (the links in its answers are built from it)."""
    services = [("ows_enable_request", "!*"), ("oga_enable_request", "*"), ("oga_onlineresource", ogcapi_url),
                # OGC API Features part 2 (MapServer 8.2+): the CRSs a collection offers besides CRS84, RD as the
                # catalogue names it; a `crs=` it does not list is answered 400. 8.0 ignores both.
                ("oga_srs", "EPSG:28992 EPSG:4326")]
    if OGCAPI_HTML_TEMPLATES.is_dir():
        services.append(("oga_html_template_directory", str(OGCAPI_HTML_TEMPLATES) + "/"))
    return _map(gpkg, "EPSG:4326", wgs84_extent, services)


def write_mapfile_templates(ows_path: Path, ogcapi_path: Path, gpkg: Path) -> None:
    """The build's two mapfiles, the GeoPackage relative to them, OGC API at the placeholder address. Needs
    a QgsApplication (the WGS 84 extent is transformed as QGIS does)."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext,
                           QgsRectangle)

    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(demo_data.CRS),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())
    box = transform.transformBoundingBox(QgsRectangle(*rd_extent()))
    wgs84 = tuple(round(v, 6) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    ows_path.parent.mkdir(parents=True, exist_ok=True)
    relative = os.path.relpath(gpkg, ows_path.parent)
    ows_path.write_text(ows_mapfile(relative), encoding="utf-8")
    ogcapi_path.write_text(ogcapi_mapfile(os.path.relpath(gpkg, ogcapi_path.parent),
                                          documents.MAPSERVER_PLACEHOLDER.oapif, wgs84), encoding="utf-8")
