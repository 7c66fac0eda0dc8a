"""The QGIS project qgis_mapserver serves (WMS, WMTS, WFS, OGC API Features), the QML styles the static
server hands out, and the publishing project the reference catalogue is built from. Needs a running
QgsApplication.

The publishing project (`build_publishing_project`) is what a DEGO team member keeps in QGIS: the *service*
layers (WFS, OGC API Features, WMS, WMTS, vector tiles) in themed groups, styled, with metadata.
`tools/build_catalogue.py` turns it into the catalogue, so demo, tests and tool cannot drift apart. Its layers
point at `documents.PLACEHOLDER` (the ports are chosen at start, after this build); the service puts this
run's addresses in when it publishes the catalogue. Nothing listens there, so QGIS gives up on those layers
at once and writes them as they are. A second publishing project (`MAPSERVER`) holds the same entries at
MapServer's placeholder address, for the MapServer catalogue.

Server configuration lives in project properties, as QGIS Desktop's "QGIS Server" tab writes them:
WMSCrsList/WMSExtent (WMS), WFSLayers (WFS and /wfs3 collections), WMTSLayers + WMTSPngLayers per layer id
and WMTSGrids (QGIS >= 3.20: "CRS,top,left,scale denominator of level 0,last level"). For EPSG:3857 the
server uses the fixed GoogleMapsCompatible matrices and ignores top/left/scale.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, NamedTuple, Optional, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayerMetadata,
    QgsLineSymbol,
    QgsMapLayer,
    QgsNullSymbolRenderer,
    QgsPalLayerSettings,
    QgsProject,
    QgsProperty,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedLabeling,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from . import background, demo_data, documents, styles
from .styles import RGB

PROJECT_TITLE = "DEGO referentiedienst (demo)"
WMS_CRS = ("EPSG:28992", "EPSG:3857", "EPSG:4326")
# WMTS grids. EPSG:28992 follows the Dutch tiling scheme PDOK uses: origin (-285401.92, 903401.92), level 0
# at 1:12288000 (3440.64 m per pixel), 15 levels; checked to line up with WMS in a QGIS client.
WMTS_GRIDS = (
    "EPSG:28992,903401.92,-285401.92,12288000,14",
    "EPSG:3857,20037508.3427892,-20037508.3427892,559082264.028718,18",
)
WMTS_CRS = tuple(grid.split(",")[0] for grid in WMTS_GRIDS)

LAYER_TITLES = {
    "buurten": ("CBS buurten (demo): gemiddelde WOZ-waarde",
                "Buurten met CBS-kerncijfers; geheime waarden als -99999999."),
    "wijken": ("CBS wijken (demo)", "Wijkgrenzen."),
    "Energie_gegevens": ("Energielabel definitief (demo)", "Panden met energiegegevens, gekleurd naar energielabel."),
    "Gemeentegebied": ("Gemeentegrenzen (demo)", "Gemeentegebied volgens het PDOK-schema."),
    "startanalyse": ("Startanalyse (fictief): goedkoopste strategie per buurt",
                     "Fictieve strategie met de laagste nationale kosten per buurt, als in PBL's Startanalyse."),
    "panden_bag": ("Panden, gemeentecode als in de BAG (demo)", "Panden met gemeentecode in vier cijfers (9901)."),
    "panden_nummer": ("Panden, gemeentecode als getal (demo)",
                      "Panden met gemeentecode als getal (9901); Voorbeeldeiland ontbreekt."),
}
# The style each served layer has in the project (a graduated style file name for buurten).
PROJECT_STYLES = {"buurten": "buurten-woz.qml"}
# The background map: one group, one WMS and WMTS layer (its short name), WMS and WMTS only.
BACKGROUND_GROUP = "Achtergrondkaart grijs (demo)"
BACKGROUND_LAYER = "achtergrondkaart-grijs"
BACKGROUND_ABSTRACT = ("Fictieve topografische achtergrondkaart van de demogemeenten in de stijl van de BRT "
                       "Achtergrondkaart grijs: water, wegen, bebouwing en plaatsnamen.")
# Pixels around a tile that are drawn and cut off, so a place name across a tile edge continues in the next tile;
# a name is at most LABEL_MAX_PX high, so at most about twice the buffer wide ("Voorbeeldhaven", bold).
TILE_BUFFER_PX = 512
LABEL_MAX_PX = 96


def _rgba(rgb: RGB, alpha: int = 255) -> str:
    return "%d,%d,%d,%d" % (rgb + (alpha,))


def _fill(rgb: RGB, outline: Optional[RGB] = None, outline_mm: float = 0.1) -> QgsFillSymbol:
    # By default the outline has the fill colour: pixels inside a pand are exactly the class colour.
    return QgsFillSymbol.createSimple({
        "color": _rgba(rgb), "outline_color": _rgba(outline or rgb), "outline_width": str(outline_mm),
        "outline_width_unit": "MM",
    })


def _outline_only(rgb: RGB, width_mm: float, dashed: bool = False) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({
        "style": "no", "outline_color": _rgba(rgb), "outline_width": str(width_mm), "outline_width_unit": "MM",
        "outline_style": "dash" if dashed else "solid",
    })


def energy_label_renderer() -> QgsCategorizedSymbolRenderer:
    categories = [QgsRendererCategory(code, _fill(colour), letter)
                  for code, letter, colour in styles.ENERGY_LABEL_CLASSES]
    return QgsCategorizedSymbolRenderer("elabel_definitief", categories)


def startanalyse_renderer() -> QgsCategorizedSymbolRenderer:
    """The fictional Startanalyse by variant ("'s2b'"), in PBL's strategy colours."""
    categories = [QgsRendererCategory(f"'{variant}'" if variant else "", _fill(styles.STARTANALYSE_COLOURS[variant[:2]],
                                                                               (255, 255, 255), 0.2), label)
                  for variant, label in demo_data.STRATEGY_VARIANTS.items()]
    return QgsCategorizedSymbolRenderer("strategievariant", categories)


def graduated_renderer(style_file: str) -> QgsGraduatedSymbolRenderer:
    _, attribute, classes = styles.GRADUATED_STYLES[style_file]
    # Panden keep outlines in their own colour; buurten get a thin white edge between neighbours.
    edge = (255, 255, 255) if attribute != "gasm3_2020" else None
    ranges = [QgsRendererRange(lower, upper, _fill(colour, edge, 0.2 if edge else 0.1), label)
              for lower, upper, label, colour in classes]
    return QgsGraduatedSymbolRenderer(attribute, ranges)


def style_layer(layer: QgsVectorLayer) -> None:
    name = layer.name()
    if name == "Energie_gegevens" or name in demo_data.SPELLED_PANDEN:
        layer.setRenderer(energy_label_renderer())
    elif name in PROJECT_STYLES:
        layer.setRenderer(graduated_renderer(PROJECT_STYLES[name]))
    elif name == "wijken":
        layer.renderer().setSymbol(_outline_only(styles.WIJK_COLOUR, 0.4, dashed=True))
    elif name == "Gemeentegebied":
        layer.renderer().setSymbol(_outline_only(styles.BOUNDARY_COLOUR, 0.8))
    elif name == "startanalyse":
        layer.setRenderer(startanalyse_renderer())
    title, abstract = LAYER_TITLES[name]
    layer.setTitle(title)
    layer.setAbstract(abstract)


def _road_renderer() -> QgsCategorizedSymbolRenderer:
    """Roads as a white line in a grey casing, widths in metres; every casing below every fill (symbol levels)."""
    categories = []
    for number, (kind, (casing, casing_m, fill_m)) in enumerate(styles.BACKGROUND_ROADS.items()):
        symbol = QgsLineSymbol()
        for index, (colour, width, level) in enumerate(((casing, casing_m, number), ((255, 255, 255), fill_m, 10 + number))):
            line = QgsSimpleLineSymbolLayer(QColor(*colour), width)
            line.setWidthUnit(QgsUnitTypes.RenderUnit.RenderMapUnits)
            line.setPenCapStyle(Qt.PenCapStyle.RoundCap)
            line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
            line.setRenderingPass(level)
            # changeSymbolLayer / appendSymbolLayer take ownership; QgsLineSymbol([...]) would leave it to Python.
            if index == 0:
                symbol.changeSymbolLayer(0, line)
            else:
                symbol.appendSymbolLayer(line)
        categories.append(QgsRendererCategory(kind, symbol, kind))
    renderer = QgsCategorizedSymbolRenderer("soort", categories)
    renderer.setUsingSymbolLevels(True)
    return renderer


def _place_labels() -> QgsRuleBasedLabeling:
    """Place names standing on their point (background.py puts it just north of the built-up area), sized in metres
    per kind of place; every name is drawn (no collision test), so each tile places a name where its neighbour does.
    A tile draws the names of the places within TILE_BUFFER_PX of it: a name wider than twice that would be cut, so
    on the finest levels (a wijk page's tiles) the size in metres stops growing at LABEL_MAX_PX."""
    root = QgsRuleBasedLabeling.Rule(None)
    # The map scale of a tile is that of 96 dpi (QGIS Server renders WMTS tiles so): metres per pixel = scale * k.
    at_most = f"{LABEL_MAX_PX * 0.0254 / 96!r} * @map_scale"
    for kind, size in styles.BACKGROUND_LABEL_SIZE_M.items():
        settings = QgsPalLayerSettings()
        properties = settings.dataDefinedProperties()
        properties.setProperty(QgsPalLayerSettings.Property.Size, QgsProperty.fromExpression(f"min({size}, {at_most})"))
        properties.setProperty(QgsPalLayerSettings.Property.BufferSize,
                               QgsProperty.fromExpression(f"0.12 * min({size}, {at_most})"))
        settings.fieldName = "naam"
        settings.placement = QgsPalLayerSettings.Placement.OverPoint
        settings.quadOffset = QgsPalLayerSettings.QuadrantPosition.QuadrantAbove
        settings.displayAll = True
        settings.obstacleSettings().setIsObstacle(False)
        text = QgsTextFormat()
        text.setFont(QFont("DejaVu Sans", 10, QFont.Weight.Bold if kind == background.TOWN else QFont.Weight.Normal))
        text.setSize(size)
        text.setSizeUnit(QgsUnitTypes.RenderUnit.RenderMapUnits)
        text.setColor(QColor(*styles.BACKGROUND_LABEL))
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(size * 0.12)
        halo.setSizeUnit(QgsUnitTypes.RenderUnit.RenderMapUnits)
        halo.setColor(QColor(255, 255, 255))
        text.setBuffer(halo)
        settings.setFormat(text)
        root.appendChild(QgsRuleBasedLabeling.Rule(settings, 0, 0, f"\"soort\" = '{kind}'", kind))
    return QgsRuleBasedLabeling(root)


def style_background_layer(layer: QgsVectorLayer) -> None:
    name = layer.name()
    if name == "achtergrond_land":
        layer.renderer().setSymbol(_fill(styles.BACKGROUND_LAND))
    elif name == "achtergrond_water":
        layer.renderer().setSymbol(_fill(styles.BACKGROUND_WATER))
    elif name == "achtergrond_bebouwing":
        layer.renderer().setSymbol(_fill(styles.BACKGROUND_BUILT_UP))
    elif name == "achtergrond_wegen":
        layer.setRenderer(_road_renderer())
    elif name == "achtergrond_plaatsen":
        layer.setRenderer(QgsNullSymbolRenderer())
        layer.setLabeling(_place_labels())
        layer.setLabelsEnabled(True)


def _gpkg_layer(gpkg: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"cannot open {name} in {gpkg}")
    return layer


def _add_background(project: QgsProject, gpkg: Path) -> None:
    """The background map as a group at the bottom of the project, served under one name (its short name)."""
    group = project.layerTreeRoot().addGroup(BACKGROUND_GROUP)
    group.setCustomProperty("wmsShortName", BACKGROUND_LAYER)
    group.setCustomProperty("wmsTitle", BACKGROUND_GROUP)
    group.setCustomProperty("wmsAbstract", BACKGROUND_ABSTRACT)
    for name in reversed(background.LAYERS):  # top first in the layer tree
        layer = _gpkg_layer(gpkg, name)
        style_background_layer(layer)
        project.addMapLayer(layer, False)
        group.addLayer(layer)


def export_qml(layer: QgsVectorLayer) -> str:
    """The layer's symbology as a QML document (what the catalogue's style.qml carries)."""
    document = QDomDocument()
    error = layer.exportNamedStyle(document, QgsReadWriteContext(), QgsMapLayer.StyleCategory.Symbology)
    if error:
        raise RuntimeError(f"cannot export the style of {layer.name()}: {error}")
    return document.toString(1)


def write_qml_files(layers: Dict[str, QgsVectorLayer], qml_dir: Path) -> None:
    """The energy-label style and every graduated style, exported from styled layers by QGIS itself."""
    qml_dir.mkdir(parents=True, exist_ok=True)
    (qml_dir / styles.ENERGY_LABEL_QML).write_text(export_qml(layers["Energie_gegevens"]), encoding="utf-8")
    for style_file, (layer_name, _, _) in styles.GRADUATED_STYLES.items():
        styled = layers[layer_name].clone()
        styled.setRenderer(graduated_renderer(style_file))
        (qml_dir / style_file).write_text(export_qml(styled), encoding="utf-8")


def build_project(gpkg: Path, project_path: Path, qml_dir: Path) -> Dict[str, str]:
    """Write project_path (next to gpkg, relative paths) and the QML files; return layer name -> id."""
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(demo_data.CRS))
    project.setTitle(PROJECT_TITLE)
    root = project.layerTreeRoot()
    layers: Dict[str, QgsVectorLayer] = {}
    # Added top to bottom: the layer tree order is the WMS drawing order.
    for name in ("Gemeentegebied", "wijken", "Energie_gegevens", "buurten", "startanalyse"):
        layer = _gpkg_layer(gpkg, name)
        style_layer(layer)
        project.addMapLayer(layer, False)
        root.addLayer(layer)
        layers[name] = layer
    write_qml_files(layers, qml_dir)
    _add_background(project, gpkg)
    # The panden in other spellings of the municipality code: WFS and OGC API Features only, not drawn in WMS.
    spelled = []
    for name in demo_data.SPELLED_PANDEN:
        layer = _gpkg_layer(gpkg, name)
        style_layer(layer)
        project.addMapLayer(layer, False)
        root.addLayer(layer)
        spelled.append(layer)

    xmin, ymin, xmax, ymax = demo_data.extent()
    extent = QgsRectangle(xmin - 1000, ymin - 1000, xmax + 1000, ymax + 1000)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
    layer_ids = [layer.id() for layer in layers.values()]
    entries = {
        ("WMSServiceCapabilities", "/"): True,
        ("WMSServiceTitle", "/"): PROJECT_TITLE,
        ("WMSServiceAbstract", "/"): "Fictieve demodata voor tests van de DEGO-plugin. Geen echte gemeenten.",
        ("WMSCrsList", "/"): list(WMS_CRS),
        ("WMSExtent", "/"): [repr(v) for v in (extent.xMinimum(), extent.yMinimum(),
                                               extent.xMaximum(), extent.yMaximum())],
        ("WMSAddWktGeometry", "/"): True,
        ("WFSLayers", "/"): layer_ids + [layer.id() for layer in spelled],
        ("WMSRestrictedLayers", "/"): [layer.name() for layer in spelled],
        ("WMSTileBuffer", "/"): TILE_BUFFER_PX,
        ("WMTSLayers", "Project"): False,
        ("WMTSLayers", "Layer"): layer_ids,
        ("WMTSPngLayers", "Layer"): layer_ids,
        ("WMTSLayers", "Group"): [BACKGROUND_GROUP],
        ("WMTSPngLayers", "Group"): [BACKGROUND_GROUP],
        ("WMTSJpegLayers", "Layer"): [],
        ("WMTSGrids", "CRS"): list(WMTS_CRS),
        ("WMTSGrids", "Config"): list(WMTS_GRIDS),
        ("WMTSMinScale", "/"): 500,
    }
    for layer_id in entries[("WFSLayers", "/")]:
        entries[("WFSLayersPrecision", "/" + layer_id)] = 2
    for (scope, key), value in entries.items():
        project.writeEntry(scope, key, value)
    if not project.write(str(project_path)):
        raise RuntimeError(f"cannot write {project_path}: {project.error()}")
    return {name: layer.id() for name, layer in layers.items()}


# ------------------------------------------------------------------ the publishing project (the catalogue)

PUBLISHER = "DEGO referentiedienst (demo)"
DATA_DATE = "2020-12-31"
PANDEN = "Energie_gegevens"  # WFS typename, WMS/WMTS layer and OAPIF collection id, as the server lists them
# Groups = themes: (QGIS Server short name = theme id, group name = theme title).
PUBLISHED_THEMES = (("gebouw", "Gebouwen"), ("energie", "Energieverbruik"), ("sociaal", "Sociale karakteristieken"),
                    ("achtergrond", "Achtergrond"))
_PAND = {"dego_level": "pand", "source": "Bron: demodata (fictief); BAG, RVO", "licence": "CC BY 4.0",
         "dego_data_date": DATA_DATE}
# Clipped on the attribute gemeentecode, which the demo data spells as CBS does (GM9901), as the builder recommends.
_BY_CODE = {"dego_municipality_attribute": "gemeentecode", "dego_municipality_code_format": "GM0000"}
_BUURT = dict({"dego_level": "buurt", "source": "Bron: demodata (fictief); CBS, Kerncijfers wijken en buurten",
               "licence": "CC BY 4.0", "dego_data_date": DATA_DATE}, **_BY_CODE)
# The demo's "© Kadaster": fictional, like every other line of the demo data.
BACKGROUND_SOURCE = "© Demokadaster (fictieve demodata)"
_BACKGROUND = {"dego_level": "raster", "source": BACKGROUND_SOURCE, "licence": "CC BY 4.0", "served_by": "qgis_server"}
_BACKGROUND_KEYWORDS = ["achtergrond", "achtergrondkaart", "topografie", "basiskaart"]
# (theme, entry id = layer short name, title, abstract, keywords, service (kind, name), style, more fields).
# more["served_by"] = "qgis_server": the entry is in every catalogue, always at qgis_mapserver.
# style: a renderer name, or "qml_url:FILE" for an entry whose QML the static server hands out.
PUBLISHED_LAYERS = (
    ("gebouw", "energielabel-wfs", "Energielabel definitief",
     "Definitief energielabel per pand (A-G), als vectordata (WFS).", ["energielabel", "label", "EP-online"],
     ("wfs", PANDEN), "energielabel", dict(_PAND, **_BY_CODE)),
    ("gebouw", "energielabel-oapif", "Energielabel definitief (OGC API)",
     "Definitief energielabel per pand, via OGC API Features.", ["energielabel", "ogc api"],
     ("oapif", PANDEN), "energielabel", dict(_PAND, **_BY_CODE)),
    ("gebouw", "energielabel-wms", "Energielabel definitief (kaartbeeld)",
     "Definitief energielabel per pand, door de server getekend (WMS).", ["energielabel", "wms"],
     ("wms", PANDEN), "", _PAND),
    ("gebouw", "energielabel-wmts", "Energielabel definitief (tegels)",
     "Definitief energielabel per pand als kaarttegels (WMTS, RD-tegelschema).", ["energielabel", "wmts"],
     ("wmts", PANDEN), "", _PAND),
    ("gebouw", "energielabel-vt", "Energielabel definitief (vectortegels)",
     "Panden als vectortegels, gekleurd naar definitief energielabel.", ["energielabel", "vector tiles", "mvt"],
     ("vectortile", ""), "", _PAND),
    ("gebouw", "buurten-woz-wfs", "Gemiddelde WOZ-waarde per buurt",
     "Gemiddelde woningwaarde (x 1000 euro) per buurt.", ["woz", "woningwaarde"],
     ("wfs", "buurten"), "buurten-woz.qml", _BUURT),
    ("gebouw", "woningcorporatie-wfs", "Woningcorporatiebezit per buurt",
     "Percentage woningen in bezit van een woningcorporatie per buurt.", ["eigendom", "corporatie", "huur"],
     ("wfs", "buurten"), "woningcorporatie.qml", _BUURT),
    ("energie", "gasverbruik-wfs", "Gasverbruik m3/jaar - 2020",
     "Gasverbruik per pand in 2020 (kleinverbruik).", ["gas", "verbruik"],
     ("wfs", PANDEN), "qml_url:gasverbruik.qml",
     dict(_PAND, **_BY_CODE, source="Bron: demodata (fictief); Kleinverbruik netbeheerders")),
    ("sociaal", "lagerinkomen-wfs", "Huishoudens met een lager inkomen",
     "Percentage huishoudens in de landelijke 40% met het laagste inkomen.", ["inkomen", "energiearmoede"],
     ("wfs", "buurten"), "lagerinkomen.qml", _BUURT),
    # The wijken of a municipality: the coverage of a map's per-wijk pages (compositions/wijk_pages.py).
    ("achtergrond", "wijken", "Wijken", "Grenzen van de wijken, met wijkcode en wijknaam.", ["wijk", "grenzen"],
     ("wfs", "wijken"), "outline", {"dego_level": "wijk", "source": "Bron: demodata (fictief); CBS, Wijk- en buurtkaart",
                                    "licence": "CC BY 4.0", **_BY_CODE}),
    # The buurten a municipality's warmteprogramma is made of (model/plan.py), and the fictional Startanalyse whose
    # cheapest strategy becomes the plan's suggestion: the catalogue's `warmteprogramma` section.
    ("achtergrond", "buurten", "Buurten", "Grenzen van de buurten, met buurtcode en buurtnaam.", ["buurt", "grenzen"],
     ("wfs", "buurten"), "buurt-outline", dict(_BUURT, dego_warmteprogramma="buurten", dego_cbs_jaar="2020",
                                               source="Bron: demodata (fictief); CBS, Wijk- en buurtkaart")),
    ("energie", "startanalyse-wfs", "Startanalyse: goedkoopste strategie per buurt (fictief)",
     "Fictieve strategie met de laagste nationale kosten per buurt, als in de Startanalyse aardgasvrije buurten van "
     "het PBL.", ["startanalyse", "strategie", "pbl", "warmtenet", "warmtepomp"], ("wfs", "startanalyse"),
     "startanalyse", dict(_BUURT, dego_warmteprogramma="suggestie", dego_suggestie_attribute="strategievariant",
                          source="Bron: demodata (fictief); PBL, Startanalyse aardgasvrije buurten")),
    # The background map the presets print under their layers, as the bundled catalogue's BRT Achtergrondkaart grijs:
    # tiles in the RD tile matrix set, and the same map as WMS. Served by qgis_mapserver in both catalogues, as a real
    # catalogue's background comes from PDOK whatever serves its own layers.
    ("achtergrond", "achtergrondkaart-grijs", "Achtergrondkaart grijs (demo)",
     BACKGROUND_ABSTRACT + " Tegels in het RD-tegelschema (WMTS).", _BACKGROUND_KEYWORDS, ("wmts", BACKGROUND_LAYER),
     "", _BACKGROUND),
    ("achtergrond", "achtergrondkaart-grijs-wms", "Achtergrondkaart grijs (demo, kaartbeeld)",
     BACKGROUND_ABSTRACT + " Als kaartbeeld (WMS).", _BACKGROUND_KEYWORDS, ("wms", BACKGROUND_LAYER), "", _BACKGROUND),
    ("achtergrond", "gemeentegrenzen-wms", "Gemeentegrenzen", "Grenzen van de (fictieve) demogemeenten.", [],
     ("wms", "Gemeentegebied"), "", {"dego_level": "gemeente", "source": "Bron: demodata (fictief)"}),
    # Not an entry: the municipality boundary service of the catalogue.
    ("achtergrond", "gemeentegebied", "Gemeentegebied", "", [], ("wfs", "Gemeentegebied"), "",
     {"dego_role": "boundaries", "dego_code_attribute": "code", "dego_name_attribute": "naam"}),
)


class PublishedServer(NamedTuple):
    """The server a publishing project's layers point at, and how it names what it serves."""
    endpoints: documents.Endpoints
    kinds: Tuple[str, ...]  # service kinds of its entries (the vector tiles come from the static server)
    typename_prefix: str  # WFS typenames as its capabilities list them
    wfs_version: str


QGIS_SERVER = PublishedServer(documents.PLACEHOLDER, ("wfs", "oapif", "wms", "wmts", "vectortile"), "", "1.1.0")
# MapServer (mapfile.py): no WMTS nor vector tiles; WFS feature types in its `ms:` namespace.
MAPSERVER = PublishedServer(documents.MAPSERVER_PLACEHOLDER, ("wfs", "oapif", "wms"), "ms:", "2.0.0")


def _service_layer(kind: str, name: str, title: str, endpoints: documents.Endpoints, zmin: int, zmax: int,
                   wfs_version: str = "1.1.0"):
    """A layer of the served data as QGIS Desktop makes it from a service connection."""
    uri = QgsDataSourceUri()
    if kind in ("wms", "wmts"):
        url = endpoints.ows + ("?SERVICE=WMTS&REQUEST=GetCapabilities" if kind == "wmts" else "")
        for key, value in (("url", url), ("layers", name), ("styles", "default" if kind == "wmts" else ""),
                           ("format", "image/png"), ("crs", demo_data.CRS)):
            uri.setParam(key, value)
        if kind == "wmts":
            uri.setParam("tileMatrixSet", demo_data.CRS)
        return QgsRasterLayer(bytes(uri.encodedUri()).decode(), title, "wms")
    if kind == "vectortile":
        for key, value in (("type", "xyz"), ("url", endpoints.tiles), ("zmin", str(zmin)), ("zmax", str(zmax)),
                           ("styleUrl", endpoints.mapbox_style)):
            uri.setParam(key, value)
        return QgsVectorTileLayer(bytes(uri.encodedUri()).decode(), title)
    uri.setParam("url", endpoints.ows if kind == "wfs" else endpoints.oapif)
    uri.setParam("typename", name)
    uri.setParam("srsname", demo_data.CRS)
    if kind == "wfs":
        uri.setParam("version", wfs_version)
    return QgsVectorLayer(uri.uri(False), title, "WFS" if kind == "wfs" else "OAPIF")


def build_publishing_project(project_path: Path, zmin: int, zmax: int, server: PublishedServer = QGIS_SERVER) -> None:
    """Write the publishing project: every catalogue entry `server` offers as a styled service layer."""
    endpoints = server.endpoints
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(demo_data.CRS))
    project.setTitle(PUBLISHER)
    QgsExpressionContextUtils.setProjectVariable(project, "dego_publisher", PUBLISHER)
    QgsExpressionContextUtils.setProjectVariable(project, "dego_publisher_url", endpoints.static)
    groups = {}
    for theme_id, title in PUBLISHED_THEMES:
        groups[theme_id] = project.layerTreeRoot().addGroup(title)
        groups[theme_id].setCustomProperty("wmsShortName", theme_id)
    for theme, entry_id, title, abstract, keywords, (kind, name), style, more in PUBLISHED_LAYERS:
        at_qgis_server = more.get("served_by") == "qgis_server"
        if kind not in server.kinds and not at_qgis_server:
            continue
        if kind == "wfs":
            name = server.typename_prefix + name
        layer = _service_layer(kind, name, title, documents.PLACEHOLDER if at_qgis_server else endpoints, zmin, zmax,
                               server.wfs_version)
        layer.setShortName(entry_id)
        if style == "energielabel":
            layer.setRenderer(energy_label_renderer())
        elif style == "outline":
            layer.setRenderer(QgsSingleSymbolRenderer(_outline_only(styles.WIJK_COLOUR, 0.4, dashed=True)))
        elif style == "buurt-outline":
            layer.setRenderer(QgsSingleSymbolRenderer(_outline_only(styles.BUURT_LINE_COLOUR, 0.25)))
        elif style == "startanalyse":
            layer.setRenderer(startanalyse_renderer())
        elif style.startswith("qml_url:"):
            layer.setRenderer(graduated_renderer(style.split(":", 1)[1]))
            QgsExpressionContextUtils.setLayerVariable(layer, "dego_qml_url", endpoints.style(style.split(":", 1)[1]))
        elif style:
            layer.setRenderer(graduated_renderer(style))
        metadata = QgsLayerMetadata()
        metadata.setTitle(title)
        metadata.setAbstract(abstract)
        if more.get("source"):
            metadata.setRights([more["source"]])
        if more.get("licence"):
            metadata.setLicenses([more["licence"]])
        if keywords:
            metadata.addKeywords("DEGO", keywords)
        layer.setMetadata(metadata)
        for key, value in more.items():
            if key.startswith("dego_"):
                QgsExpressionContextUtils.setLayerVariable(layer, key, value)
        project.addMapLayer(layer, False)
        groups[theme].addLayer(layer)
    if not project.write(str(project_path)):
        raise RuntimeError(f"cannot write {project_path}: {project.error()}")
