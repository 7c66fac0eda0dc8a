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

import os

from .service import ReferenceService, default_workdir

__all__ = ["ReferenceService", "allow_reference_service", "default_workdir"]
LOOPBACK = "127.0.0.1"


def allow_reference_service() -> None:
    """Let the plugin in this process reach the reference service: 127.0.0.1 is not a server it allows by default
    (service/settings.py). `make demo`, the benchmarks and the screenshots call this; the tests set it themselves."""
    from ...service.settings import ALLOWED_HOSTS_ENV

    hosts = os.environ.get(ALLOWED_HOSTS_ENV, "").split()
    if LOOPBACK not in hosts:
        os.environ[ALLOWED_HOSTS_ENV] = " ".join(hosts + [LOOPBACK])
