"""Start and stop the reference service: qgis_mapserver behind a logging proxy, MapServer behind its CGI
bridge (mapserver_cgi.py), and the static server.

Everything listens on 127.0.0.1 only and stops by itself: qgis_mapserver gets SIGTERM when the process that
started it dies (prctl PR_SET_PDEATHSIG; note it follows the *thread* that started it, so start from a
long-lived thread), stop() and atexit end it otherwise; the Python servers are daemon threads.
"""
from __future__ import annotations

import atexit
import ctypes
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any, Callable, Dict, List, NamedTuple, Optional

from . import documents
from .build import Layout, ensure_built
from .mapserver_cgi import MapServerCGI
from .proxy import LoggingProxy
from .static_server import StaticServer

QGIS_MAPSERVER = "/usr/bin/qgis_mapserver"
_PR_SET_PDEATHSIG = 1


def default_workdir() -> Path:
    """$DEGO_REFSERVICE_DIR, else .build/refservice in the plugin checkout (kept between runs: warm starts)."""
    configured = os.environ.get("DEGO_REFSERVICE_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / ".build" / "refservice"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _die_with_parent(parent_pid: int):
    """preexec_fn: ask the kernel to SIGTERM the child when its parent dies. libc is loaded here, in the
    parent: loading a library between fork and exec can deadlock in a multi-threaded process."""
    libc = ctypes.CDLL(None, use_errno=True)

    def hook() -> None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent died before prctl took effect
            os._exit(1)
    return hook


def _prune_logs(log_dir: Path, keep: int = 5, pattern: str = "qgis_mapserver-*.log") -> None:
    """Keep the newest few server logs (one per start)."""
    try:
        logs = sorted(log_dir.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in logs[keep:]:
            old.unlink()
    except OSError:  # another service pruned at the same moment
        pass


class MapServerExited(RuntimeError):
    """qgis_mapserver ended during start-up (e.g. its port was taken meanwhile)."""


class MapServer:
    """One qgis_mapserver child process serving one project."""

    def __init__(self, project: Path, log_dir: Path, port: int = 0, timeout: float = 30.0):
        self.port = port or _free_port()
        self.log_path = log_dir / f"qgis_mapserver-{self.port}.log"
        env = dict(os.environ)
        env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "QGIS_SERVER_LOG_STDERR": "1",
            # Private settings and auth database: never the user's QGIS profile.
            "QGIS_OPTIONS_PATH": str(log_dir.parent / "qgis-server-profile"),
            "QGIS_AUTH_DB_DIR_PATH": str(log_dir.parent / "qgis-server-profile"),
            "QGIS_SERVER_PARALLEL_RENDERING": "false",
        })
        env.setdefault("PROJ_DATA", "/usr/share/proj")
        log_dir.mkdir(parents=True, exist_ok=True)
        _prune_logs(log_dir)
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [QGIS_MAPSERVER, "-l", "1", "-p", str(project), f"127.0.0.1:{self.port}"],  # log warnings
                cwd=str(project.parent), env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent(os.getpid()),
            )
        self._wait_until_ready(timeout)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        probe = self.url + "/ows?SERVICE=WMS&REQUEST=GetCapabilities"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise MapServerExited(f"qgis_mapserver exited ({self.process.returncode}):\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:  # noqa: S310 (loopback only)
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"qgis_mapserver did not answer within {timeout} s:\n{self.log_tail()}")

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


class ServedCatalogue(NamedTuple):
    """One OGC server of the reference service with the catalogue whose entries point at it: what a test
    parametrized over the servers needs."""
    server: str  # "qgis_server" or "mapserver"
    catalogue_url: str
    ows_url: str  # WMS / WFS
    oapif_url: str  # OGC API Features landing page
    requests: Callable[[], List[str]]  # full URLs asked of this server so far, oldest first
    wfs_prefix: str  # of the WFS typenames in its catalogue ("ms:" for MapServer, whose WFS 2.0 names them so)
    project_url: str  # the publishing project its catalogue is built from, as a .qgz


SERVERS = ("qgis_server", "mapserver")
MAPSERVER_CATALOGUE_PATH = "/catalogue-mapserver.json"
PROJECT_PATH, MAPSERVER_PROJECT_PATH = "/catalogue.qgz", "/catalogue-mapserver.qgz"  # the publishing projects


class ReferenceService:
    """A running reference DEGO service. Use `ReferenceService.start(workdir)`; stop() or `with`."""

    def __init__(self, workdir: Path, build_info: Dict[str, Any], mapserver: MapServer, proxy: LoggingProxy,
                 static: StaticServer, mapserver_cgi: MapServerCGI):
        self.workdir = Path(workdir)
        self.build_info = build_info
        self.mapserver = mapserver  # qgis_mapserver
        self.proxy = proxy
        self.static = static
        self.mapserver_cgi = mapserver_cgi  # MapServer 8
        self.endpoints = documents.Endpoints(static=static.base_url, ows=proxy.base_url + "/ows",
                                             oapif=proxy.base_url + "/wfs3")
        self.mapserver_endpoints = documents.Endpoints(static=static.base_url, ows=mapserver_cgi.ows_url,
                                                       oapif=mapserver_cgi.oapif_url)
        self._stopped = False

    @classmethod
    def start(cls, workdir: Optional[Path] = None, port_static: int = 0, port_ows: int = 0,
              rebuild: bool = False, timeout: float = 30.0, city_panden: int = 0) -> "ReferenceService":
        """`city_panden`: a bench-only data size, Proefstad with that many more panden (city.py; give a work
        directory of its own)."""
        workdir = Path(workdir) if workdir else default_workdir()
        layout = Layout(workdir)
        if rebuild and layout.stamp.exists():
            layout.stamp.unlink()
        info = ensure_built(workdir)
        if city_panden:
            from .city import add_city

            add_city(layout.gpkg, city_panden)
        mapserver = cls._start_mapserver(layout, timeout)
        proxy = static = mapserver_cgi = None
        try:
            proxy = LoggingProxy(mapserver.port, port_ows).start()
            static = StaticServer(layout.www, port_static).start()
            _prune_logs(layout.logs, pattern="mapserver-*.log")
            mapserver_cgi = MapServerCGI(layout.mapfile_template, layout.ogcapi_mapfile_template, layout.logs).start()
            mapserver_cgi.check()
        except BaseException:
            for server in (proxy, static, mapserver_cgi, mapserver):
                if server is not None:
                    server.stop()
            raise
        service = cls(workdir, info, mapserver, proxy, static, mapserver_cgi)
        service._publish_documents()
        atexit.register(service.stop)
        return service

    @staticmethod
    def _start_mapserver(layout: Layout, timeout: float) -> MapServer:
        for attempt in range(3):  # a free port can be taken between probing and binding: retry
            try:
                return MapServer(layout.project, layout.logs, timeout=timeout)
            except MapServerExited:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _publish_documents(self) -> None:
        layout = Layout(self.workdir)
        tiles = self.build_info["tiles"]
        docs = {
            "/catalogue.json": documents.catalogue(self.endpoints, layout.catalogue_template),
            MAPSERVER_CATALOGUE_PATH: documents.catalogue(self.mapserver_endpoints, layout.mapserver_catalogue_template,
                                                          documents.MAPSERVER_PLACEHOLDER, self.endpoints.ows),
            "/tiles/dego.json": documents.tilejson(self.endpoints, tiles),
            "/styles/energielabel-mapbox.json": documents.mapbox_style(self.endpoints, tiles),
        }
        for path, document in docs.items():
            self.static.add_document(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
        self.static.add_document(PROJECT_PATH, documents.project_archive(self.endpoints, layout.publishing_project),
                                 "application/zip")
        self.static.add_document(MAPSERVER_PROJECT_PATH, documents.project_archive(
            self.mapserver_endpoints, layout.mapserver_publishing_project, documents.MAPSERVER_PLACEHOLDER,
            self.endpoints.ows), "application/zip")

    # -- where things are

    @property
    def base_url(self) -> str:
        """The static server: catalogue, tiles, styles."""
        return self.static.base_url

    @property
    def catalogue_url(self) -> str:
        return self.endpoints.catalogue

    @property
    def ows_url(self) -> str:
        """WMS / WFS / WMTS base URL (through the logging proxy)."""
        return self.endpoints.ows

    @property
    def oapif_url(self) -> str:
        """OGC API Features landing page (through the logging proxy)."""
        return self.endpoints.oapif

    @property
    def tiles_url(self) -> str:
        """Vector tile template http://127.0.0.1:PORT/tiles/{z}/{x}/{y}.pbf."""
        return self.endpoints.tiles

    @property
    def tilejson_url(self) -> str:
        return self.endpoints.tilejson

    @property
    def mapbox_style_url(self) -> str:
        return self.endpoints.mapbox_style

    @property
    def project_url(self) -> str:
        """The publishing project the catalogue is built from, as a .qgz with this run's addresses."""
        return self.static.base_url + PROJECT_PATH

    @property
    def mapserver_project_url(self) -> str:
        return self.static.base_url + MAPSERVER_PROJECT_PATH

    def catalogue(self) -> Dict[str, Any]:
        """The catalogue document served at catalogue_url (decoded)."""
        return json.loads(self.static.documents["/catalogue.json"][0])

    @property
    def mapserver_ows_url(self) -> str:
        """MapServer's WMS / WFS base URL (typenames ms:Energie_gegevens, ...)."""
        return self.mapserver_endpoints.ows

    @property
    def mapserver_oapif_url(self) -> str:
        """MapServer's OGC API Features landing page."""
        return self.mapserver_endpoints.oapif

    @property
    def mapserver_catalogue_url(self) -> str:
        """The reference catalogue's twin whose entries and boundaries point at MapServer (no WMTS, no vector
        tiles: MapServer serves neither)."""
        return self.static.base_url + MAPSERVER_CATALOGUE_PATH

    def mapserver_catalogue(self) -> Dict[str, Any]:
        return json.loads(self.static.documents[MAPSERVER_CATALOGUE_PATH][0])

    def served(self, server: str) -> ServedCatalogue:
        """The catalogue, addresses and request log of one server: "qgis_server" or "mapserver"."""
        if server == "qgis_server":
            return ServedCatalogue(server, self.catalogue_url, self.ows_url, self.oapif_url, self.ows_requests, "",
                                   self.project_url)
        if server == "mapserver":
            return ServedCatalogue(server, self.mapserver_catalogue_url, self.mapserver_ows_url,
                                   self.mapserver_oapif_url, self.mapserver_requests, "ms:", self.mapserver_project_url)
        raise ValueError(f"unknown server {server!r}; one of {SERVERS}")

    # -- request logs

    def ows_requests(self) -> List[str]:
        """Full URLs of WMS/WFS/WMTS/OAPIF requests so far, oldest first."""
        return self.proxy.requests()

    def mapserver_requests(self) -> List[str]:
        """Full URLs of requests to MapServer (WMS/WFS/OGC API) so far, oldest first."""
        return self.mapserver_cgi.requests()

    def static_requests(self) -> List[str]:
        """Paths (with query) asked of the static server so far, oldest first."""
        return self.static.requests()

    def clear_requests(self) -> None:
        self.proxy.clear_requests()
        self.static.clear_requests()
        self.mapserver_cgi.clear_requests()

    # -- lifetime

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        atexit.unregister(self.stop)
        self.proxy.stop()
        self.static.stop()
        self.mapserver_cgi.stop()
        self.mapserver.stop()

    def __enter__(self) -> "ReferenceService":
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def describe(self) -> str:
        return "\n".join((
            f"DEGO reference service (work directory {self.workdir})",
            f"  catalogue:  {self.catalogue_url}",
            f"  the same as a QGIS project: {self.project_url}",
            f"  WMS/WFS/WMTS: {self.ows_url}",
            f"  OGC API Features: {self.oapif_url}",
            f"  vector tiles: {self.tiles_url}",
            f"  TileJSON:   {self.tilejson_url}",
            f"  Mapbox GL style: {self.mapbox_style_url}",
            f"  MapServer catalogue: {self.mapserver_catalogue_url}",
            f"  MapServer WMS/WFS: {self.mapserver_ows_url}",
            f"  MapServer OGC API Features: {self.mapserver_oapif_url}",
        ))
