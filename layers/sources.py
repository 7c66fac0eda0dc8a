"""Per service type: the QGIS provider and data source URI for a catalogue entry (built with QgsDataSourceUri)."""
from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsDataSourceUri

from ..model.catalogue import LayerEntry, ServiceType
from ..model.urls import has_param, with_query

RASTER, VECTOR, VECTOR_TILE = "raster", "vector", "vectortile"
DEFAULT_CRS = "EPSG:28992"  # RD New: the Dutch national grid every DEGO service offers
OAPIF_PAGE_SIZE = 1000  # features per OGC API Features request (a server with a lower maximum sends fewer)


@dataclass(frozen=True)
class DataSource:
    kind: str  # RASTER, VECTOR or VECTOR_TILE: which QgsMapLayer class to make
    provider: str  # QGIS provider key ("" for vector tiles, which have none)
    uri: str


def data_source_for(entry: LayerEntry) -> DataSource:
    service = entry.service
    uri = QgsDataSourceUri()
    if service.authcfg:
        uri.setAuthConfigId(service.authcfg)
    uri.setParam("url", wmts_capabilities_url(service.url) if service.type == ServiceType.WMTS else service.url)
    if service.type.is_map_image:
        return _map_image_source(entry, uri)
    if service.type.is_vector:
        return _feature_source(entry, uri)
    uri.setParam("type", "xyz")
    uri.setParam("zmin", str(service.zmin))
    uri.setParam("zmax", str(service.zmax))
    return DataSource(VECTOR_TILE, "", _encoded(uri))


def _map_image_source(entry: LayerEntry, uri: QgsDataSourceUri) -> DataSource:
    """WMS and WMTS: QGIS's "wms" provider, the layers with their server styles in catalogue order."""
    service = entry.service
    styles = list(entry.style.server_styles) + [""] * (len(service.layers) - len(entry.style.server_styles))
    if service.type == ServiceType.WMTS:
        styles = [s or "default" for s in styles]
        uri.setParam("tileMatrixSet", service.tile_matrix_set)
    # Repeated keys: the encoded URI lists them newest first and the provider reverses that again,
    # so inserting in catalogue order gives the provider the catalogue's order.
    for name, style in zip(service.layers, styles):
        uri.setParam("layers", name)
        uri.setParam("styles", style)
    uri.setParam("format", service.format or "image/png")
    uri.setParam("crs", service.crs or DEFAULT_CRS)
    uri.setParam("dpiMode", "7")
    return DataSource(RASTER, "wms", _encoded(uri))


def _feature_source(entry: LayerEntry, uri: QgsDataSourceUri) -> DataSource:
    """WFS and OGC API Features, paged, fetching what the map shows."""
    service = entry.service
    uri.setParam("typename", service.typename)
    uri.setParam("srsname", service.crs or DEFAULT_CRS)
    if service.type == ServiceType.WFS:
        uri.setParam("version", service.version or "auto")
    else:  # QGIS takes the API's default limit as its page size: MapServer's 100 costs 10 times the requests
        uri.setParam("pageSize", str(OAPIF_PAGE_SIZE))
    uri.setParam("pagingEnabled", "true")
    uri.setParam("restrictToRequestBBOX", "1")  # fetch what the map shows, not the whole country
    return DataSource(VECTOR, "WFS" if service.type == ServiceType.WFS else "OAPIF", uri.uri(False))


def wmts_capabilities_url(url: str) -> str:
    """QGIS reads a WMTS from its GetCapabilities URL; without the query it would ask for WMS capabilities."""
    if has_param(url, "request"):
        return url
    return with_query(url, [("SERVICE", "WMTS"), ("REQUEST", "GetCapabilities")])


def _encoded(uri: QgsDataSourceUri) -> str:
    return bytes(uri.encodedUri()).decode("utf-8")
