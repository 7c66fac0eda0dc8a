"""DEGO plugin for QGIS: the national DEGO energy-transition layers, styled and clipped to a municipality."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .dego_plugin import DegoPlugin

    return DegoPlugin(iface)
