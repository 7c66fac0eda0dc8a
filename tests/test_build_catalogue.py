"""tools/build_catalogue.py: a QGIS project becomes a catalogue, and every entry loads back through the plugin as
the layer the DEGO team had in their project."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayerMetadata,
    QgsMapLayerType,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage

from dego_plugin.model.catalogue import parse_catalogue
from dego_plugin.layers.loader import build_layer
from dego_plugin.layers.style import apply_mapbox_gl
from dego_plugin.service.http import fetch
from dego_plugin.tools import build_catalogue as tool
from dego_plugin.tools.refservice import demo_data, documents, styles

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- building a project as the DEGO team would

def fill(rgb, outline=None) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": "%d,%d,%d,255" % rgb,
                                       "outline_color": "%d,%d,%d,255" % (outline or rgb), "outline_width": "0.1"})


def encoded(params) -> str:
    uri = QgsDataSourceUri()
    for key, value in params:
        uri.setParam(key, value)
    return bytes(uri.encodedUri()).decode()


def wfs_layer(url: str, typename: str, title: str, provider: str = "WFS", extra=()) -> QgsVectorLayer:
    uri = QgsDataSourceUri()
    for key, value in (("url", url), ("typename", typename), ("srsname", "EPSG:28992")) + tuple(extra):
        uri.setParam(key, value)
    return QgsVectorLayer(uri.uri(False), title, provider)


def describe(metadata_layer, title: str, abstract: str, source: str, keywords=()):
    metadata = QgsLayerMetadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setRights([source])
    metadata.setLicenses(["CC BY 4.0"])
    if keywords:
        metadata.addKeywords("DEGO", list(keywords))
    metadata_layer.setMetadata(metadata)


def energy_label_renderer() -> QgsCategorizedSymbolRenderer:
    return QgsCategorizedSymbolRenderer("elabel_definitief", [
        QgsRendererCategory(code, fill(colour), letter) for code, letter, colour in styles.ENERGY_LABEL_CLASSES])


def gas_renderer() -> QgsGraduatedSymbolRenderer:
    return QgsGraduatedSymbolRenderer("gasm3_2020", [
        QgsRendererRange(lower, upper, fill(colour), label) for lower, upper, label, colour in styles.GAS_CLASSES])


def woz_rules() -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    cheap = QgsRuleBasedRenderer.Rule(fill((68, 1, 84), (255, 255, 255)), 0, 0,
                                      '"woningwaarde_gemiddeld" >= 0 AND "woningwaarde_gemiddeld" < 300', "< 300")
    dear = QgsRuleBasedRenderer.Rule(fill((253, 231, 37), (255, 255, 255)), 0, 50000,
                                     '"woningwaarde_gemiddeld" >= 300', ">= 300")
    dearest = QgsRuleBasedRenderer.Rule(fill((94, 201, 98)), 0, 0, '"woningwaarde_gemiddeld" >= 450', ">= 450")
    dear.appendChild(dearest)
    secret = QgsRuleBasedRenderer.Rule(fill((200, 200, 200)), 0, 0, '"woningwaarde_gemiddeld" < 0', "geheim")
    for rule in (cheap, dear, secret):
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def labels(field: str, size: float = 9) -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = QgsTextFormat()
    text.setSize(size)
    text.setColor(QColor(20, 40, 160))
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def set_group_short_name(group, short_name: str) -> None:
    """As "Set Group WMS Data..." of this QGIS does: server properties from 3.44, a custom property before."""
    if hasattr(group, "serverProperties"):
        group.serverProperties().setShortName(short_name)
    else:
        group.setCustomProperty("wmsShortName", short_name)


def server_properties(layer):
    """Where this QGIS keeps a layer's QGIS Server short name and keywords (Layer Properties ▸ QGIS Server)."""
    properties = layer.serverProperties()
    return properties if hasattr(properties, "setShortName") else layer


def team_project(service, workdir: Path) -> QgsProject:
    """Themed and nested groups (one nested name repeated), every service type of the reference service,
    categorized, graduated and rule-based styles, labels, scale limits, and two layers the catalogue cannot
    hold (a local GeoPackage and a memory layer)."""
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    project.setTitle("DEGO publicatie (test)")
    root = project.layerTreeRoot()
    gebouw = root.addGroup("Gebouwen")
    set_group_short_name(gebouw, "gebouw")
    gebouw_label = gebouw.addGroup("Energielabel")
    energie = root.addGroup("Energie")
    energie_label = energie.addGroup("Energielabel")  # the same name as under Gebouwen: a different theme
    achtergrond = root.addGroup("Achtergrond")

    def add(layer, group, entry_id: str = "", short_name: str = ""):
        assert layer.isValid() or layer.providerType() in ("memory", "ogr"), layer.name()
        if entry_id:
            layer.setCustomProperty("dego/layer_id", entry_id)
        if short_name:
            server_properties(layer).setShortName(short_name)
        project.addMapLayer(layer, False)
        (group or root).addLayer(layer)
        return layer

    elabel = wfs_layer(service.ows_url, "Energie_gegevens", "Energielabel (WFS)", extra=(("version", "1.1.0"),))
    elabel.setRenderer(energy_label_renderer())
    elabel.setLabeling(labels("elabel_definitief"))
    elabel.setLabelsEnabled(True)
    elabel.setScaleBasedVisibility(True)
    elabel.setMinimumScale(25000)
    elabel.setMaximumScale(100)
    describe(elabel, "Energielabel (WFS)", "Label per pand.", "Bron: RVO", ["energielabel", "EP-online"])
    server_properties(elabel).setKeywordList("EP-online, gebouwen")  # QGIS Server keywords join the metadata's
    QgsExpressionContextUtils.setLayerVariable(elabel, "dego_municipality_attribute", "gemeentecode")
    QgsExpressionContextUtils.setLayerVariable(elabel, "dego_level", "pand")
    add(elabel, gebouw, entry_id="elabel")

    wms = QgsRasterLayer(encoded([("url", service.ows_url), ("layers", "Energie_gegevens"), ("layers", "Gemeentegebied"),
                                  ("styles", ""), ("styles", ""), ("format", "image/png"), ("crs", "EPSG:28992")]),
                         "Energielabel en grenzen (WMS)", "wms")
    describe(wms, "Energielabel en grenzen (WMS)", "Kaartbeeld.", "Bron: RVO; CBS")
    add(wms, gebouw_label, short_name="elabel-wms")

    wmts = QgsRasterLayer(encoded([("url", service.ows_url + "?SERVICE=WMTS&REQUEST=GetCapabilities"),
                                   ("layers", "Energie_gegevens"), ("styles", "default"), ("format", "image/png"),
                                   ("crs", "EPSG:28992"), ("tileMatrixSet", "EPSG:28992")]),
                          "Energielabel (WMTS)", "wms")
    wmts.setScaleBasedVisibility(True)
    wmts.setMinimumScale(50000)
    describe(wmts, "Energielabel (WMTS)", "Tegels.", "Bron: RVO")
    add(wmts, gebouw_label, short_name="elabel-wmts")

    gas = QgsVectorLayer(f"url='{service.oapif_url}' typename='Energie_gegevens'", "Gasverbruik (OGC API)", "OAPIF")
    gas.setRenderer(gas_renderer())
    describe(gas, "Gasverbruik (OGC API)", "Gas per pand.", "Bron: netbeheerders")
    add(gas, energie_label)

    woz = wfs_layer(service.ows_url, "buurten", "WOZ per buurt (regels)", extra=(("version", "1.1.0"),))
    woz.setRenderer(woz_rules())
    describe(woz, "WOZ per buurt (regels)", "WOZ.", "Bron: CBS")
    add(woz, energie, entry_id="woz-regels")

    tiles = QgsVectorTileLayer(encoded([("type", "xyz"), ("url", service.tiles_url), ("zmin", "10"), ("zmax", "15"),
                                        ("styleUrl", service.mapbox_style_url)]), "Panden (vectortegels)")
    apply_mapbox_gl(tiles, json.loads(fetch(service.mapbox_style_url).body))  # what QGIS shows the team
    describe(tiles, "Panden (vectortegels)", "Vectortegels.", "Bron: BAG")
    add(tiles, achtergrond, short_name="panden-vt")

    add(QgsVectorLayer(f"{workdir / 'qgis' / 'demo.gpkg'}|layername=wijken", "Wijken (lokaal bestand)", "ogr"),
        achtergrond)
    add(QgsVectorLayer("Polygon?crs=EPSG:28992", "Schetslaag", "memory"), achtergrond)

    grenzen = wfs_layer(service.ows_url, "Gemeentegebied", "Gemeentegrenzen", extra=(("version", "1.1.0"),))
    grenzen.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "40,40,40,255", "outline_width": "0.8"})))
    add(grenzen, None)  # outside any group: theme "overig"
    return project


@pytest.fixture(scope="module")
def published(reference_service, tmp_path_factory, qgis_app):
    """The team's project written as .qgz, its catalogue, and the original layers by title."""
    project = team_project(reference_service, reference_service.workdir)
    path = tmp_path_factory.mktemp("publish") / "dego-team.qgz"
    assert project.write(str(path))
    result = tool.build_catalogue(path)
    originals = {layer.name(): layer for layer in project.mapLayers().values()}
    yield result, originals, path
    project.clear()


# ---------------------------------------------------------------- comparing layers as a user would see them

SOURCE_KEYS = ("url", "typename", "version", "srsname", "sql", "layers", "styles", "format", "crs", "tileMatrixSet",
               "type", "zmin", "zmax", "styleUrl")


def source_params(layer) -> dict:
    """The data source as parameters (order of repeated keys kept), with URLs normalised for comparison."""
    uri = QgsDataSourceUri()
    if layer.type() == QgsMapLayerType.VectorLayer:
        uri = QgsDataSourceUri(layer.source())
    else:
        uri.setEncodedUri(layer.source())
    params = {key: uri.params(key) for key in SOURCE_KEYS if uri.hasParam(key)}  # parameterKeys(): QGIS 3.26
    if uri.authConfigId():
        params["authcfg"] = [uri.authConfigId()]
    for key in ("url", "styleUrl"):
        if key in params:
            parts = urlsplit(params[key][0])
            query = sorted((k.lower(), v) for k, v in parse_qsl(parts.query))
            params[key] = [parts._replace(query="").geturl(), query]
    return params


def symbol_colour(symbol) -> str:
    return symbol.color().name() if symbol is not None else ""


def renderer_classes(renderer):
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        return renderer.classAttribute(), [(c.value(), c.label(), symbol_colour(c.symbol()), c.renderState())
                                           for c in renderer.categories()]
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        return renderer.classAttribute(), [(r.lowerValue(), r.upperValue(), r.label(), symbol_colour(r.symbol()))
                                           for r in renderer.ranges()]
    if isinstance(renderer, QgsRuleBasedRenderer):
        def rules(rule):
            return [(r.label(), r.filterExpression(), symbol_colour(r.symbol()), r.minimumScale(), r.maximumScale(),
                     rules(r)) for r in rule.children()]
        return rules(renderer.rootRule())
    if isinstance(renderer, QgsSingleSymbolRenderer):
        return symbol_colour(renderer.symbol()), renderer.symbol().symbolLayer(0).properties().get("outline_color")
    if hasattr(renderer, "styles"):  # vector tiles
        return [(s.styleName(), s.layerName(), s.filterExpression(), symbol_colour(s.symbol()))
                for s in renderer.styles()]
    raise AssertionError(f"no comparison for {type(renderer)}")


def label_settings(layer):
    if layer.type() != QgsMapLayerType.VectorLayer or not layer.labelsEnabled() or layer.labeling() is None:
        return None
    settings = layer.labeling().settings()
    text = settings.format()
    return settings.fieldName, text.size(), text.color().name()


def render(layer, x: float, y: float, half_width: float = 150.0):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    crs = "EPSG:3857" if layer.type() == QgsMapLayerType.VectorTileLayer else "EPSG:28992"
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
    extent = QgsRectangle(x - half_width, y - half_width, x + half_width, y + half_width)
    if crs != "EPSG:28992":
        from qgis.core import QgsCoordinateTransform

        extent = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"), settings.destinationCrs(),
                                        QgsProject.instance()).transformBoundingBox(extent)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(120, 120))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


# ---------------------------------------------------------------- the round trip

def test_team_project_becomes_a_valid_catalogue_with_themes_from_groups(published):
    result, _, _ = published
    document = result.document
    assert tool.validate(document) == []
    catalogue = parse_catalogue(document)
    assert catalogue.problems == ()
    # in layer tree order; a nested group's theme id is its path
    assert [(t.id, t.title) for t in catalogue.themes] == [
        ("gebouw/energielabel", "Gebouwen / Energielabel"), ("gebouw", "Gebouwen"),
        ("energie/energielabel", "Energie / Energielabel"), ("energie", "Energie"),
        ("achtergrond", "Achtergrond"), ("overig", "Overig")]
    by_id = {e.id: e for e in catalogue.layers}
    # ids: custom property dego/layer_id, else the QGIS Server short name, else the title made into an id
    assert set(by_id) == {"elabel", "elabel-wms", "elabel-wmts", "gasverbruik-ogc-api", "woz-regels", "panden-vt",
                          "gemeentegrenzen"}
    assert by_id["elabel"].theme == "gebouw" and by_id["elabel-wmts"].theme == "gebouw/energielabel"
    assert by_id["gasverbruik-ogc-api"].theme == "energie/energielabel" and by_id["gemeentegrenzen"].theme == "overig"
    elabel = by_id["elabel"]
    assert (elabel.min_scale, elabel.max_scale) == (25000, 100)
    assert elabel.municipality_attribute == "gemeentecode" and elabel.level == "pand"
    assert elabel.source == "Bron: RVO" and elabel.licence == "CC BY 4.0"
    assert elabel.keywords == ("energielabel", "EP-online", "gebouwen")
    assert by_id["elabel-wmts"].service.url == reference_url(published)  # without the GetCapabilities query
    assert by_id["panden-vt"].style.mapbox_gl_url.endswith("/styles/energielabel-mapbox.json")
    # layers the catalogue cannot hold are listed with the reason
    skipped = {s.layer: s.reason for s in result.skipped}
    assert skipped == {
        "Achtergrond / Wijken (lokaal bestand)": "a local file (demo.gpkg); the catalogue holds web services only",
        "Achtergrond / Schetslaag": "a memory (scratch) layer: its features exist only in QGIS; publish them as a "
                                    "service"}
    summary = result.summary()
    assert "7 entries in 6 themes" in summary
    assert "entries per service type: oapif 1, vectortile 1, wfs 3, wms 1, wmts 1" in summary
    assert "Achtergrond / Schetslaag: a memory (scratch) layer" in summary


def reference_url(published) -> str:
    _, originals, _ = published
    uri = QgsDataSourceUri()
    uri.setEncodedUri(originals["Energielabel (WMTS)"].source())
    return uri.param("url").split("?")[0]


def test_every_entry_loads_back_as_the_layer_of_the_project(published, qgis_app):
    result, originals, _ = published
    catalogue = parse_catalogue(result.document)
    landmark = next(b for b in demo_data.landmark_buildings() if b["elabel_definitief"] == "1")["geometry"].centroid
    assert len(catalogue.layers) == 7
    blank = QImage(120, 120, QImage.Format.Format_ARGB32_Premultiplied)
    blank.fill(QColor(255, 255, 255))
    drawn = 0
    for entry in catalogue.layers:
        original = originals[entry.title]
        loaded = build_layer(entry, lambda url: fetch(url).body).layer
        assert loaded.isValid(), entry.id
        assert loaded.providerType() == original.providerType(), entry.id
        wanted, got = source_params(original), source_params(loaded)
        if "styleUrl" in wanted:  # the plugin applies a vector tile style itself, from the entry's style
            assert entry.style.mapbox_gl_url == wanted.pop("styleUrl")[0], entry.id
        assert {key: got.get(key) for key in wanted} == wanted, entry.id  # the loader may add defaults
        if original.type() != QgsMapLayerType.RasterLayer:
            assert type(loaded.renderer()) is type(original.renderer()), entry.id
            assert renderer_classes(loaded.renderer()) == renderer_classes(original.renderer()), entry.id
            assert label_settings(loaded) == label_settings(original), entry.id
        assert loaded.hasScaleBasedVisibility() == original.hasScaleBasedVisibility(), entry.id
        if original.hasScaleBasedVisibility():
            assert (loaded.minimumScale(), loaded.maximumScale()) == (original.minimumScale(),
                                                                      original.maximumScale()), entry.id
        assert loaded.metadata().abstract() == original.metadata().abstract()
        assert loaded.metadata().rights() == original.metadata().rights()
        # what the user sees: the same picture at a landmark
        picture = render(original, landmark.x, landmark.y)
        assert render(loaded, landmark.x, landmark.y) == picture, entry.id
        drawn += picture != blank
    assert drawn >= 5  # the pictures compared show something (outline-only borders may miss the landmark)


def test_wms_layer_order_and_styles_survive(published):
    result, _, _ = published
    wms = parse_catalogue(result.document).entry("elabel-wms")
    assert wms.service.layers == ("Energie_gegevens", "Gemeentegebied")
    assert wms.style.server_styles == ()  # empty style parameters: the server's default


def test_the_reference_catalogue_is_this_tool_run_on_the_reference_project(reference_service):
    """Demo, tests and tool cannot drift: the served catalogue is the tool's output for the publishing project."""
    placeholder, live = documents.PLACEHOLDER, reference_service.endpoints
    presets = ROOT / "tools" / "refservice" / "presets.json"  # merged by the build as --presets does
    result = tool.build_catalogue(reference_service.workdir / "qgis" / "catalogue.qgs",
                                  tool.load_presets(presets) if presets.exists() else (),
                                  replace_urls=[(placeholder.ows, live.ows), (placeholder.oapif, live.oapif),
                                                (placeholder.static, live.static)])
    served = reference_service.catalogue()
    assert result.skipped == [] and result.warnings == []
    assert {**result.document, "generated": ""} == {**served, "generated": ""}
    assert [e["id"] for e in served["layers"]] == [
        "energielabel-wfs", "energielabel-oapif", "energielabel-wms", "energielabel-wmts", "energielabel-vt",
        "buurten-woz-wfs", "woningcorporatie-wfs", "gasverbruik-wfs", "startanalyse-wfs", "lagerinkomen-wfs", "wijken",
        "buurten", "achtergrondkaart-grijs", "achtergrondkaart-grijs-wms", "gemeentegrenzen-wms"]
    # dego_warmteprogramma on two layers: where a municipality's plan comes from (model/plan.py).
    assert served["warmteprogramma"] == {"buurten": "buurten", "cbs_jaar": 2020,
                                         "suggestie": {"layer": "startanalyse-wfs", "attribute": "strategievariant"}}


# ---------------------------------------------------------------- real-world projects are messy

def messy_project(tmp_path: Path) -> Path:
    """Layers pointing at a closed loopback port (nothing is contacted), then edited in the file into what
    real DEGO projects hold: other hosts, a double slash, provider key 'wfs', a QGIS 2 style WFS source."""
    project = QgsProject()
    root = project.layerTreeRoot()
    base = "http://127.0.0.1:9"
    svg = tmp_path / "warmtebron.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4" '
                   'fill="#d7301f"/></svg>', encoding="utf-8")

    def add(layer, group):
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        return layer

    energie_a = root.addGroup("Energie")
    energie_b = root.addGroup("Energie")  # a repeated name at the same level
    nested = root.addGroup("Gebouw").addGroup("Energie")
    add(QgsRasterLayer(encoded([("url", base + "//brt/achtergrondkaart/wmts/v2_0?request=GetCapabilities&service=WMTS"),
                                ("layers", "grijs"), ("styles", "default"), ("format", "image/png"),
                                ("tileMatrixSet", "EPSG:28992"), ("crs", "EPSG:28992")]), "BRT grijs", "wms"), energie_a)
    add(QgsRasterLayer(encoded([("url", base + "/legacy/wms"), ("layers", "gemeenten"), ("styles", ""),
                                ("format", "image/png"), ("crs", "EPSG:28992")]), "Gemeenten (oude host)", "wms"),
        energie_b)
    bronnen = add(wfs_layer(base + "/maps/energy", "nrg:Warmtebronnen", "Warmtebronnen",
                            extra=(("version", "2.0.0"), ("authcfg", "dego123"))), nested)
    marker = QgsMarkerSymbol()
    marker.changeSymbolLayer(0, QgsSvgMarkerSymbolLayer(str(svg), 4))
    missing = QgsSvgMarkerSymbolLayer(str(tmp_path / "weg.svg"), 4)
    marker.appendSymbolLayer(missing)
    bronnen.setRenderer(QgsSingleSymbolRenderer(marker))
    bronnen.setLabeling(labels("naam"))
    bronnen.setLabelsEnabled(True)
    add(wfs_layer(base + "/maps/cbs", "cbs:Buurt_gegevens", "Buurten (wfs)"), nested)
    add(wfs_layer(base + "/geheim/wfs", "x:y", "Met wachtwoord"), nested)
    add(wfs_layer(base + "/oud/wfs", "oud:laag", "QGIS 2 laag"), nested)
    path = tmp_path / "messy.qgs"
    assert project.write(str(path))
    text = path.read_text(encoding="utf-8")
    text = text.replace("http://127.0.0.1:9/legacy/wms", "http://geodata.nationaalgeoregister.nl/bestuurlijkegrenzen/wms")
    text = text.replace("url='http://127.0.0.1:9/geheim/wfs'", "url='https://jan:geheim@dego.example/wfs'")
    text = text.replace("url='http://127.0.0.1:9/oud/wfs' typename='oud:laag' srsname='EPSG:28992'",
                        "http://127.0.0.1:9/oud/wfs?SERVICE=WFS&amp;VERSION=1.0.0&amp;REQUEST=GetFeature"
                        "&amp;TYPENAME=oud:laag&amp;SRSNAME=EPSG:28992")
    text = text.replace("127.0.0.1:9", "service.pdok.nl")
    text = re.sub(r'fontFamily="[^"]*"', 'fontFamily="DEGO Huisstijl Sans"', text)  # the team's house font
    provider = '<provider encoding="UTF-8">WFS</provider>'
    at = text.index("Buurten (wfs)")
    text = text[:at] + text[at:].replace(provider, '<provider encoding="UTF-8">wfs</provider>', 1)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_project_from_an_older_qgis_keeps_its_group_short_names_and_relative_svgs(tmp_path, qgis_app):
    """Group short names as QGIS up to 3.40 wrote them (a custom property, which 3.44 moves into the group's
    server properties when reading), an SVG beside the project (a relative path) and an authcfg, in a .qgz."""
    project = QgsProject()
    group = project.layerTreeRoot().addGroup("Warmte")
    group.setCustomProperty("wmsShortName", "warmtenet")
    (tmp_path / "symbolen").mkdir()
    svg = tmp_path / "symbolen" / "bron.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>', encoding="utf-8")
    layer = wfs_layer("https://service.pdok.nl/warmte/wfs", "w:bronnen", "Bronnen", extra=(("authcfg", "abc1234"),))
    marker = QgsMarkerSymbol()
    marker.changeSymbolLayer(0, QgsSvgMarkerSymbolLayer(str(svg), 4))
    layer.setRenderer(QgsSingleSymbolRenderer(marker))
    project.addMapLayer(layer, False)
    group.addLayer(layer)
    path = tmp_path / "warmte.qgz"
    assert project.write(str(path))
    with zipfile.ZipFile(path) as archive:
        assert "./symbolen/bron.svg" in archive.read("warmte.qgs").decode("utf-8")  # stored relative
    [entry] = tool.build_catalogue(path).document["layers"]
    assert entry["theme"] == "warmtenet" and entry["service"]["authcfg"] == "abc1234"
    assert "base64:" in entry["style"]["qml"]


def test_a_messy_real_world_project_still_gives_a_clean_catalogue(tmp_path, qgis_app):
    result = tool.build_catalogue(messy_project(tmp_path))
    assert tool.validate(result.document) == []
    by_title = {e["title"]: e for e in result.document["layers"]}
    assert [t["id"] for t in result.document["themes"]] == ["energie", "energie-2", "gebouw/energie"]
    brt = by_title["BRT grijs"]["service"]
    assert brt == {"type": "wmts", "url": "http://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0", "layers": ["grijs"],
                   "tile_matrix_set": "EPSG:28992", "format": "image/png", "crs": "EPSG:28992"}
    assert "style" not in by_title["Gemeenten (oude host)"]  # empty style parameter: the server's default
    assert by_title["Buurten (wfs)"]["service"]["type"] == "wfs"  # provider key 'wfs' as 'WFS'
    # a QGIS 2 source (the GetFeature URL itself): QGIS converts it on reading, without the version
    assert by_title["QGIS 2 laag"]["service"] == {"type": "wfs", "url": "http://service.pdok.nl/oud/wfs",
                                                  "typename": "oud:laag", "crs": "EPSG:28992"}
    bronnen = by_title["Warmtebronnen"]
    assert bronnen["service"]["authcfg"] == "dego123" and bronnen["service"]["version"] == "2.0.0"
    qml = bronnen["style"]["qml"]
    assert "base64:" in qml and "warmtebron.svg" not in qml  # the team's SVG travels inside the style
    assert 'fieldName="naam"' in qml and 'fontFamily="DEGO Huisstijl Sans"' in qml  # labels, in the team's font
    skipped = {s.layer: s.reason for s in result.skipped}
    assert skipped == {"Gebouw / Energie / Met wachtwoord":
                       "the url 'https://dego.example/wfs' must not carry a user name or password (use a QGIS "
                       "authentication configuration)"}
    warnings = "\n".join(result.warnings)
    assert "theme 'Energie' appears more than once" in warnings
    assert "the host geodata.nationaalgeoregister.nl was retired" in warnings
    assert "weg.svg' was not found" in warnings
    assert "font 'DEGO Huisstijl Sans' is not installed here" in warnings
    # the style still loads where the SVG is missing: QGIS shows its placeholder instead
    layer, error = load_style(qml)
    assert error == "" and layer.renderer().symbol().symbolLayerCount() == 2


def load_style(qml: str):
    from dego_plugin.layers.style import apply_qml

    layer = QgsVectorLayer("Point?crs=EPSG:28992", "x", "memory")
    return layer, apply_qml(layer, qml)


# ---------------------------------------------------------------- the command line

def run_cli(*args):
    env = {"PYTHONPATH": str(ROOT / ".build" / "plugins"), "QT_QPA_PLATFORM": "offscreen",
           "PROJ_DATA": "/usr/share/proj", "HOME": "/tmp", "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-P", str(ROOT / "tools" / "build_catalogue.py"), *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120, cwd="/tmp", check=False)


def test_command_line_writes_the_catalogue_with_presets_and_prints_a_summary(published, tmp_path):
    _, _, project = published
    presets = tmp_path / "presets.json"
    presets.write_text(json.dumps({"presets": [{"id": "wat", "title": "Wat-kaart", "layers": ["elabel", "nope"]}]}))
    out = tmp_path / "out" / "catalogue.json"
    done = run_cli(project, "-o", out, "--presets", presets)
    assert done.returncode == 0, done.stderr
    catalogue = parse_catalogue(out.read_bytes())
    assert catalogue.problems == () and len(catalogue.layers) == 7
    assert catalogue.presets[0]["id"] == "wat"
    assert "7 entries in 6 themes" in done.stdout
    assert "entries per service type: oapif 1, vectortile 1, wfs 3, wms 1, wmts 1" in done.stdout
    assert "skipped layers: 2" in done.stdout and "Achtergrond / Wijken (lokaal bestand): a local file" in done.stdout
    assert "preset 'wat' names layers not in the catalogue: nope" in done.stdout


def test_command_line_refuses_a_project_without_service_layers(tmp_path, qgis_app):
    project = QgsProject()
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "Schets", "memory")
    project.addMapLayer(layer)
    path = tmp_path / "local.qgz"
    assert project.write(str(path)) and zipfile.is_zipfile(path)
    out = tmp_path / "catalogue.json"
    done = run_cli(path, "-o", out)
    assert done.returncode == 1 and not out.exists()
    assert "NOT written" in done.stderr and "Schets: a memory (scratch) layer" in done.stdout
    missing = run_cli(tmp_path / "nope.qgs", "-o", out)
    assert missing.returncode == 1 and "cannot read the QGIS project" in missing.stderr


def test_the_warmteprogramma_section_comes_from_layer_variables_once_each(qgis_app):
    project = QgsProject()
    group = project.layerTreeRoot().addGroup("Grenzen")
    base = "http://127.0.0.1:9"
    roles = [("Buurten 2024", "cbs:buurten_2024", {"dego_warmteprogramma": "buurten", "dego_cbs_jaar": "2024"}),
             ("Buurten 2023", "cbs:buurten_2023", {"dego_warmteprogramma": "buurten"}),
             ("Startanalyse", "pbl:startanalyse", {"dego_warmteprogramma": "suggestie",
                                                    "dego_suggestie_attribute": "strategie"}),
             ("Iets anders", "x:y", {"dego_warmteprogramma": "wat"})]
    for title, typename, variables in roles:
        layer = wfs_layer(base + "/wfs", typename, title)
        for key, value in variables.items():
            QgsExpressionContextUtils.setLayerVariable(layer, key, value)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    result = tool.catalogue_from_project(project)
    assert result.document["warmteprogramma"] == {"buurten": "buurten-2024", "cbs_jaar": 2024,
                                                  "suggestie": {"layer": "startanalyse", "attribute": "strategie"}}
    assert [w.split(":")[0] for w in result.warnings] == ["Grenzen / Buurten 2023", "Grenzen / Iets anders"]


def test_an_entry_clipped_by_attribute_without_its_spelling_of_codes_is_warned(qgis_app):
    project = QgsProject()
    group = project.layerTreeRoot().addGroup("Gebouwen")
    for title, variables in (("Panden", {"dego_municipality_attribute": "gemeentecode"}),
                             ("Panden BAG", {"dego_municipality_attribute": "gemeentecode",
                                             "dego_municipality_code_format": "0000"}),
                             ("Buurten", {})):
        layer = wfs_layer("http://127.0.0.1:9/wfs", "x:" + title.replace(" ", "_"), title)
        for key, value in variables.items():
            QgsExpressionContextUtils.setLayerVariable(layer, key, value)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    result = tool.catalogue_from_project(project)
    assert [entry.get("municipality_code_format") for entry in result.document["layers"]] == [None, "0000", None]
    assert [w.split(":")[0] for w in result.warnings] == ["Gebouwen / Panden"]
    assert "no dego_municipality_code_format" in result.warnings[0]
