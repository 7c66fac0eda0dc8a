"""Buurt and wijk names on a map (layers/name_labels.py): a name from a server is printed as it is, never evaluated,
and only inside its area."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsReadWriteContext,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtXml import QDomDocument

from dego_plugin.layers.name_labels import show_names_only


def placed(layer, extent):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(800, 800))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return {label.labelText: label.labelRect for label in job.takeLabelingResults().allLabels()}


def test_a_name_is_printed_as_the_server_sent_it_inside_its_buurt(qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=buurtnaam:string", "buurten", "memory")
    names = {"[% 1 + 1 %]": "POLYGON((0 0, 4000 0, 4000 3000, 0 3000, 0 0))",
             "[% @user_full_name %] <b>Oost</b>": "POLYGON((4000 0, 8000 0, 8000 3000, 4000 3000, 4000 0))",
             "Te smal voor een naam": "POLYGON((0 3000, 8000 3000, 8000 3030, 0 3030, 0 3000))"}
    features = []
    for name, wkt in names.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    show_names_only(layer, "buurtnaam", "buurt")
    labels = placed(layer, QgsRectangle(-500, -500, 8500, 8500))
    assert set(labels) == {"[% 1 + 1 %]", "[% @user_full_name %] <b>Oost</b>"}  # no room in the strip: no name
    assert labels["[% 1 + 1 %]"].xMaximum() <= 4000 and labels["[% @user_full_name %] <b>Oost</b>"].xMinimum() >= 4000


def test_wijk_names_stay_in_capitals_in_a_copy_of_the_layer_read_from_its_definition(qgis_app):
    """The export draws a copy read from the layer's XML, as a reopened project does: the capitals go with it."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=wijknaam:string", "wijken", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Oost"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 8000 0, 8000 6000, 0 6000, 0 0))"))
    layer.dataProvider().addFeatures([feature])
    show_names_only(layer, "wijknaam", "wijk")
    document = QDomDocument("qgis-layer-definition")
    element = document.createElement("maplayer")
    layer.writeLayerXml(element, document, QgsReadWriteContext())
    copy = QgsVectorLayer()
    copy.readLayerXml(element, QgsReadWriteContext())
    if copy.featureCount() == 0:  # a memory layer's features are not part of its definition
        copy.dataProvider().addFeatures([feature])
    assert set(placed(copy, QgsRectangle(-500, -500, 8500, 8500))) == {"OOST"}
