"""Small QGIS and Qt helpers the rest of the plugin shares; they know only the model."""
