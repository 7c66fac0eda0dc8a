"""A local stand-in for the central DEGO service: fictional demo data served by qgis_mapserver (WMS, WMTS,
WFS, OGC API Features), by MapServer 8 (WMS, WFS, OGC API Features) and a static server (catalogues, vector
tiles, styles), all on 127.0.0.1.

    from dego_plugin.tools.refservice import ReferenceService
    with ReferenceService.start(workdir) as svc:
        print(svc.catalogue_url)

Modules: demo_data (the data, pure), styles (colours, Mapbox GL style), gpkg / qgis_project / vector_tiles
(files, in a QGIS child process via build), mapfile (MapServer's), documents (catalogues, TileJSON),
static_server, proxy, mapserver_cgi, service.
"""
from __future__ import annotations

from .service import ReferenceService, default_workdir

__all__ = ["ReferenceService", "default_workdir"]
