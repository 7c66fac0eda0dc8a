"""The QGIS project qgis_mapserver serves (WMS, WMTS, WFS, OGC API Features), and the QML styles the
catalogue hands out. Needs a running QgsApplication.

Server configuration lives in project properties, as QGIS Desktop's "QGIS Server" tab writes them:
WMSCrsList/WMSExtent (WMS), WFSLayers (WFS and /wfs3 collections), WMTSLayers + WMTSPngLayers per layer id
and WMTSGrids (QGIS >= 3.20: "CRS,top,left,scale denominator of level 0,last level"). For EPSG:3857 the
server uses the fixed GoogleMapsCompatible matrices and ignores top/left/scale.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRendererCategory,
    QgsRendererRange,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from . import demo_data, styles
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
}
# The style each served layer has in the project (a graduated style file name for buurten).
PROJECT_STYLES = {"buurten": "buurten-woz.qml"}


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


def graduated_renderer(style_file: str) -> QgsGraduatedSymbolRenderer:
    _, attribute, classes = styles.GRADUATED_STYLES[style_file]
    # Panden keep outlines in their own colour; buurten get a thin white edge between neighbours.
    edge = (255, 255, 255) if attribute != "gasm3_2020" else None
    ranges = [QgsRendererRange(lower, upper, _fill(colour, edge, 0.2 if edge else 0.1), label)
              for lower, upper, label, colour in classes]
    return QgsGraduatedSymbolRenderer(attribute, ranges)


def style_layer(layer: QgsVectorLayer) -> None:
    name = layer.name()
    if name == "Energie_gegevens":
        layer.setRenderer(energy_label_renderer())
    elif name in PROJECT_STYLES:
        layer.setRenderer(graduated_renderer(PROJECT_STYLES[name]))
    elif name == "wijken":
        layer.renderer().setSymbol(_outline_only(styles.WIJK_COLOUR, 0.4, dashed=True))
    elif name == "Gemeentegebied":
        layer.renderer().setSymbol(_outline_only(styles.BOUNDARY_COLOUR, 0.8))
    title, abstract = LAYER_TITLES[name]
    layer.setTitle(title)
    layer.setAbstract(abstract)


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
    for name in ("Gemeentegebied", "wijken", "Energie_gegevens", "buurten"):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"cannot open {name} in {gpkg}")
        style_layer(layer)
        project.addMapLayer(layer, False)
        root.addLayer(layer)
        layers[name] = layer
    write_qml_files(layers, qml_dir)

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
        ("WFSLayers", "/"): layer_ids,
        ("WMTSLayers", "Project"): False,
        ("WMTSLayers", "Layer"): layer_ids,
        ("WMTSPngLayers", "Layer"): layer_ids,
        ("WMTSJpegLayers", "Layer"): [],
        ("WMTSGrids", "CRS"): list(WMTS_CRS),
        ("WMTSGrids", "Config"): list(WMTS_GRIDS),
        ("WMTSMinScale", "/"): 500,
    }
    for layer_id in layer_ids:
        entries[("WFSLayersPrecision", "/" + layer_id)] = 2
    for (scope, key), value in entries.items():
        project.writeEntry(scope, key, value)
    if not project.write(str(project_path)):
        raise RuntimeError(f"cannot write {project_path}: {project.error()}")
    return {name: layer.id() for name, layer in layers.items()}
