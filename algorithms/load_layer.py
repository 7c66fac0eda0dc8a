"""Processing algorithm dego:loadlayer: a DEGO catalogue layer, by id, saved as a vector file (e.g. GeoPackage).

Runs in Processing's worker thread, so it may block on the network: the catalogue comes from
service/catalogue_source (live, else cached, else bundled) and the layer is built by layers/loader.build_layer,
the same code the dock uses.
"""
from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..i18n import tr


class LoadLayerAlgorithm(QgsProcessingAlgorithm):
    LAYER = "LAYER"
    MUNICIPALITY = "MUNICIPALITY"
    OUTPUT = "OUTPUT"

    def createInstance(self) -> "LoadLayerAlgorithm":  # noqa: N802 (QGIS's name)
        return LoadLayerAlgorithm()

    def name(self) -> str:
        return "loadlayer"

    def displayName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Load DEGO layer")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Fetches a vector layer (WFS or OGC API Features) of the DEGO catalogue by its id, for example "
                  "energielabel-wfs, and saves its features, for example to a GeoPackage. The catalogue is the one "
                  "set under Settings ▸ Options ▸ DEGO. With a municipality code only the features of that "
                  "municipality are saved.")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS's name)
        self.addParameter(QgsProcessingParameterString(self.LAYER, tr("Catalogue layer id")))
        self.addParameter(QgsProcessingParameterString(
            self.MUNICIPALITY, tr("Municipality code (e.g. GM0363)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("DEGO layer")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS's name)
        # The layer machinery is imported when the algorithm runs, not when QGIS lists it at start-up.
        from ..layers.clip import clip_new_layer, clipped_source
        from ..layers.loader import LayerBuildError, build_layer
        from ..service.http import fetch
        from .catalogue_access import dego_catalogue, municipality_for

        layer_id = self.parameterAsString(parameters, self.LAYER, context).strip()
        municipality = self.parameterAsString(parameters, self.MUNICIPALITY, context).strip()
        catalogue = dego_catalogue(feedback)
        entry = catalogue.entry(layer_id)
        if entry is None:
            known = ", ".join(e.id for e in catalogue.layers if e.service.type.is_vector)
            raise QgsProcessingException(tr("“{0}” is not in the DEGO catalogue. Vector layers: {1}")
                                         .format(layer_id, known))
        if not entry.service.type.is_vector:
            raise QgsProcessingException(tr("“{0}” is a map image or tile layer; only vector layers (WFS, OGC API "
                                            "Features) can be saved. Add it from the DEGO dock instead.")
                                         .format(entry.title))
        area = municipality_for(catalogue, municipality, feedback) if municipality else None
        feedback.pushInfo(tr("Fetching “{0}”").format(entry.title))
        def body(url: str) -> bytes:
            return fetch(url).body

        try:
            if area is None:
                layer = build_layer(entry, body).layer
            else:  # the server filters (WFS, OAPIF queryable), as in the dock
                layer = build_layer(entry, body, clipped_source(entry, area, body)).layer
                for warning in clip_new_layer(layer, entry, area, body):
                    feedback.pushWarning(warning)
        except LayerBuildError as error:
            raise QgsProcessingException(tr("Could not fetch “{0}”: {1}").format(entry.title, error)) from None
        return {self.OUTPUT: self._save(layer, parameters, context, feedback)}

    def _save(self, layer: QgsVectorLayer, parameters, context, feedback) -> str:
        from ..toolbelt.feature_reads import downloads_in_background, reading

        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, layer.fields(), layer.wkbType(),
                                             layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = layer.featureCount()
        with reading(layer, QgsFeatureRequest(), downloads_in_background(layer)) as features:  # may stop early
            for count, feature in enumerate(features, start=1):
                if feedback.isCanceled():
                    break
                if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
                if total > 0:
                    feedback.setProgress(100.0 * count / total)
        if context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).name = layer.name()
        return dest_id
