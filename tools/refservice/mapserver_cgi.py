"""MapServer 8 (Debian's cgi-mapserver) as a second OGC server of the reference service: a small CGI bridge
on 127.0.0.1 that runs `mapserv` once per request, as a web server's CGI would, and logs every request.

    http://127.0.0.1:PORT/mapserver?SERVICE=WMS&...      WMS 1.3.0 / WFS 2.0, 1.1.0 (mapfile.py)
    http://127.0.0.1:PORT/mapserver/dego/ogcapi          OGC API Features

`mapserv` builds the addresses in its capabilities from SERVER_NAME, SERVER_PORT and SCRIPT_NAME, so they
point back at the bridge; OGC API links come from the OGC API mapfile's `oga_onlineresource`, which is why the
bridge writes its own copies of the build's mapfiles (the placeholder address replaced) once its port is
known. MapServer 8 reads a config file (MAPSERVER_CONFIG_FILE): ours names the WMS/WFS mapfile (MS_MAPFILE,
so requests need no `map=`), the OGC API one under its alias (the `dego` in the path), and an error log.
Nothing runs between requests: the bridge is a daemon thread and each `mapserv` ends with its answer (or
its timeout), so everything stops with the process that started it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Optional, Tuple
from urllib.parse import urlsplit

from . import documents
from .documents import MAPSERVER_MAP as MAP_NAME
from .loopback import Answer, LoopbackServer, answering_handler

MAPSERV_CANDIDATES = ("/usr/lib/cgi-bin/mapserv", "/usr/bin/mapserv")  # cgi-mapserver, mapserver-bin
SCRIPT_NAME = "/mapserver"


def find_mapserv() -> Optional[str]:
    return next((path for path in MAPSERV_CANDIDATES if os.access(path, os.X_OK)), shutil.which("mapserv"))


class MapServerCGI(LoopbackServer):
    """`mapserv` behind a threaded HTTP server on 127.0.0.1; requests() lists full URLs, oldest first."""

    def __init__(self, ows_template: Path, ogcapi_template: Path, log_dir: Path, port: int = 0,
                 timeout: float = 120.0):
        mapserv = find_mapserv()
        if mapserv is None:
            raise FileNotFoundError("MapServer (mapserv) is not installed: apt-get install cgi-mapserver "
                                    "(make deps does)")
        self.mapserv = mapserv
        self.timeout = timeout
        super().__init__(answering_handler(self, self._answer), port, "dego-mapserver")
        folder = ows_template.parent
        self.mapfile = folder / f"dego-{self.port}.map"
        self.ogcapi_mapfile = folder / f"dego-ogcapi-{self.port}.map"
        self.config = folder / f"mapserver-{self.port}.conf"
        self.log_path = Path(log_dir) / f"mapserver-{self.port}.log"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.log_path.write_text("", encoding="utf-8")
        for template, copy in ((ows_template, self.mapfile), (ogcapi_template, self.ogcapi_mapfile)):
            text = template.read_text(encoding="utf-8")
            copy.write_text(text.replace(documents.MAPSERVER_PLACEHOLDER.ows, self.ows_url), encoding="utf-8")
        self.config.write_text(_config(self.mapfile, self.ogcapi_mapfile, self.log_path), encoding="utf-8")

    @property
    def ows_url(self) -> str:
        """WMS / WFS base URL."""
        return self.base_url + SCRIPT_NAME

    @property
    def oapif_url(self) -> str:
        """OGC API Features landing page."""
        return f"{self.ows_url}/{MAP_NAME}/ogcapi"

    def check(self) -> None:
        """Raise unless mapserv answers a WMS GetCapabilities (e.g. a broken mapfile), with its log."""
        status, _, body = self.run("GET", SCRIPT_NAME + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", {}, b"")
        if status != 200 or b"WMS_Capabilities" not in body:
            raise RuntimeError(f"MapServer did not start ({status}):\n{body[:2000].decode(errors='replace')}\n"
                               f"{self.log_tail()}")

    def stop(self) -> None:
        super().stop()
        for path in (self.mapfile, self.ogcapi_mapfile, self.config):
            path.unlink(missing_ok=True)
        if self.log_path.exists() and self.log_path.stat().st_size == 0:
            self.log_path.unlink(missing_ok=True)  # keep only logs that say something

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def _answer(self, method: str, path: str, headers: Dict[str, str], body: bytes) -> Answer:
        if urlsplit(path).path.split("/")[1:2] != [SCRIPT_NAME.strip("/")]:
            return 404, None, [("Content-Type", "text/plain")], b"not found\n"
        status, answer_headers, payload = self.run("GET" if method == "HEAD" else method, path, headers, body)
        return status, None, answer_headers, payload

    def run(self, method: str, path: str, headers: Dict[str, str],
            body: bytes) -> Tuple[int, List[Tuple[str, str]], bytes]:
        """One CGI request: (status, headers, body) of mapserv's answer."""
        parts = urlsplit(path)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PROJ_DATA": os.environ.get("PROJ_DATA", "/usr/share/proj"),
            "MAPSERVER_CONFIG_FILE": str(self.config),
            "GATEWAY_INTERFACE": "CGI/1.1",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "SERVER_SOFTWARE": "dego-refservice",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": str(self.port),
            "REMOTE_ADDR": "127.0.0.1",
            "REQUEST_METHOD": method,
            "SCRIPT_NAME": SCRIPT_NAME,
            "PATH_INFO": parts.path[len(SCRIPT_NAME):],
            "QUERY_STRING": parts.query,
            "REQUEST_URI": path,
        }
        if body:
            env["CONTENT_LENGTH"] = str(len(body))
            env["CONTENT_TYPE"] = headers.get("Content-Type", "application/octet-stream")
        for key, value in headers.items():  # HTTP_ACCEPT matters: OGC API answers by content negotiation
            name = "HTTP_" + key.upper().replace("-", "_")
            if name not in ("HTTP_PROXY", "HTTP_CONTENT_LENGTH", "HTTP_CONTENT_TYPE"):  # httpoxy
                env[name] = value
        try:
            result = subprocess.run([self.mapserv], input=body, env=env, capture_output=True,  # noqa: S603
                                    timeout=self.timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            return 502, [("Content-Type", "text/plain")], f"mapserv did not answer: {error}\n".encode()
        if result.stderr:
            with open(self.log_path, "ab") as log:
                log.write(result.stderr)
        return _parse_cgi(result.stdout)


def _config(mapfile: Path, ogcapi_mapfile: Path, log_path: Path) -> str:
    return "\n".join((
        "CONFIG",
        "  ENV",
        f'    MS_MAPFILE "{mapfile}"',
        f'    MS_MAP_PATTERN "^{mapfile.parent}/"',  # no other mapfile can be asked for with map=
        f'    MS_ERRORFILE "{log_path}"',
        "  END",
        "  MAPS",
        f'    {MAP_NAME.upper()} "{ogcapi_mapfile}"',
        "  END",
        "END",
        "",
    ))


def _parse_cgi(output: bytes) -> Tuple[int, List[Tuple[str, str]], bytes]:
    """A CGI answer: header lines (`Status:` gives the code), an empty line, the body."""
    ends = [(i, i + len(sep)) for sep in (b"\r\n\r\n", b"\n\n") for i in (output.find(sep),) if i >= 0]
    if not ends:
        return 502, [("Content-Type", "text/plain")], b"mapserv gave no CGI headers:\n" + output[:2000]
    end, start = min(ends)
    head, body = output[:end], output[start:]
    status, headers = 200, []
    for line in head.decode("latin-1").splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "status":
            status = int(value.split()[0])
        elif key.strip():
            headers.append((key.strip(), value.strip()))
    return status, headers, body
