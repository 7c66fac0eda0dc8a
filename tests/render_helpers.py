"""Rendering a map the way QGIS draws it, and reading the colour a user would see at a place."""
from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

# Raster services resample and antialias; a few units of difference per channel is the same colour.
TOLERANCE = 12


def colour_at(layers, x, y, half_width=60.0, pixels=61):
    """RGB at the map point (x, y) in EPSG:28992, with `layers` drawn (first on top) on white."""
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    settings.setOutputSize(QSize(pixels, pixels))
    settings.setExtent(QgsRectangle(x - half_width, y - half_width, x + half_width, y + half_width))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    colour = QColor(job.renderedImage().pixel(pixels // 2, pixels // 2))
    return colour.red(), colour.green(), colour.blue()


def close(actual, expected, tolerance=TOLERANCE):
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected))
