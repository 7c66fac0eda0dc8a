"""A fault-injecting catalogue server on 127.0.0.1, for testing the plugin's catalogue client.

`GET /<fault>/catalogue.json` answers with that fault (see FAULTS); `/ok/catalogue.json` is a good catalogue
with an ETag (a matching If-None-Match gets a 304). Every request is recorded; stalls and trickles end when
the server stops, and the server stops by itself after `max_seconds`. Hostile boundary services live under
`/deep-json/` and `/zigzag/` (an OGC API Features landing page each). A second server on `host="127.0.0.2"` is
"another server" for tests of the allowed servers: it records what reaches it.

    python -m dego_plugin.tools.faultserver [--port N] [--max-seconds S]     # prints one URL per fault

    with FaultServer() as server:
        server.url("stall"), server.requests(), server.bytes_sent("huge-chunked"), server.set_good(body)
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

HUGE_BYTES = 100 * 1024 * 1024
WMS = {"type": "wms", "url": "https://service.example.nl/wms", "layers": ["gebouwen"], "format": "image/png"}
THEMES = [{"id": "gebouw", "title": "Gebouwen", "order": 10}, {"id": "warmte", "title": "Warmte", "order": 20}]


def layer(layer_id: str, title: str, theme: str = "gebouw", service: Optional[dict] = None, **extra) -> dict:
    return {"id": layer_id, "title": title, "theme": theme, "service": dict(service or WMS), **extra}


def catalogue(layers: List[dict], version: str = "1.0", generated: str = "2026-11-20T09:30:00Z",
              boundaries: Optional[dict] = None) -> bytes:
    document = {"version": version, "generated": generated, "publisher": {"name": "Fault server"},
                "themes": THEMES, "layers": layers}
    if boundaries:
        document["boundaries"] = boundaries
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


GOOD_LAYERS = [
    layer("energielabel", "Energielabel per pand", abstract="Definitief energielabel (A-G)."),
    layer("bouwjaar", "Bouwjaar panden"),
    layer("warmtenet", "Bestaande warmtenetten", "warmte"),
]
GOOD = catalogue(GOOD_LAYERS)

# One entry per kind of unsafe URL, each in a place where the catalogue may carry a URL.
UNSAFE_LAYERS = [
    layer("file-url", "File URL", service=dict(WMS, url="file:///etc/passwd")),
    layer("javascript-url", "JavaScript URL", service=dict(WMS, url="javascript:alert(document.cookie)")),
    layer("ftp-url", "FTP URL", service=dict(WMS, url="ftp://ftp.example.nl/wms")),
    layer("relative-url", "Relative URL", service=dict(WMS, url="/cgi-bin/wms")),
    layer("credential-url", "Credential URL", service=dict(WMS, url="https://gemeente:geheim@service.example.nl/wms")),
    layer("file-style", "File style", service={"type": "wfs", "url": "https://service.example.nl/wfs",
                                                "typename": "x"}, style={"qml_url": "file:///etc/passwd"}),
    layer("javascript-style", "JavaScript style",
          service={"type": "vectortile", "url": "https://service.example.nl/tiles/{z}/{x}/{y}.pbf"},
          style={"mapbox_gl_url": "javascript:alert(1)"}),
]

HTML_TITLES = [
    layer("script", "<script>alert('dego')</script>Energielabel", abstract="<b>bold?</b> <a href='https://evil.example'>klik</a>"),
    layer("img", "<img src='http://127.0.0.1:9/beacon.png' onerror='alert(1)'>Bouwjaar",
          source="<iframe src='https://evil.example'></iframe>"),
]


def _many(boundaries: Optional[dict], n: int = 10_000) -> bytes:
    return catalogue([layer(f"laag-{i:05d}", f"Laag {i}", THEMES[i % 2]["id"], keywords=[f"k{i}"]) for i in range(n)],
                     boundaries=boundaries)


def _document_bodies(boundaries: Optional[dict]) -> Dict[str, bytes]:
    def catalogue(layers, version="1.0"):
        return globals()["catalogue"](layers, version, boundaries=boundaries)

    good = {"layers": GOOD_LAYERS}
    good_bytes = catalogue(GOOD_LAYERS)
    return {
        "html": b"<!DOCTYPE html><html><body><h1>Proxy login</h1><script>location='/login'</script></body></html>",
        "truncated": good_bytes[: len(good_bytes) // 2],
        "invalid-utf8": good_bytes.replace("Energielabel".encode(), b"Energie\xff\xfelabel"),
        "newer-major": catalogue(good["layers"], version="2.0"),
        "unsafe-urls": catalogue(UNSAFE_LAYERS),
        "unsafe-mixed": catalogue(good["layers"][:1] + UNSAFE_LAYERS),
        "html-titles": catalogue(HTML_TITLES),
        "duplicate-ids": catalogue(good["layers"] + [layer("energielabel", "Second energielabel"),
                                                     layer("bouwjaar", "Second bouwjaar")]),
        "not-object": b'["version", "1.0"]',
        "no-layers": b'{"version": "1.0", "themes": []}',
    }


FAULTS = {
    "ok": "a good catalogue with an ETag (304 when unchanged)",
    "gzip": "the good catalogue, gzip-compressed",
    "status-500": "500 Internal Server Error", "status-404": "404 Not Found", "status-503": "503, always",
    "redirect-301": "301 to /ok/catalogue.json", "redirect-302": "302 to /ok/catalogue.json",
    "redirect-loop": "302 to itself", "reset": "connection reset after the request",
    "stall": "headers never come (until the server stops)", "slow": "the good catalogue after ?delay=S seconds",
    "trickle": "headers, then one body byte every 0.1 s, for ever", "html": "an HTML page with status 200",
    "truncated": "the first half of the good catalogue", "invalid-utf8": "the good catalogue with bytes that are not UTF-8",
    "huge": "100 MB, announced by Content-Length", "huge-chunked": "100 MB without Content-Length",
    "newer-major": "format version 2.0", "unsafe-urls": "only entries with file://, javascript:, ftp://, relative "
    "and credential URLs", "unsafe-mixed": "one good entry and the unsafe ones", "html-titles": "HTML and script in titles",
    "many": "10,000 entries", "duplicate-ids": "entries repeating earlier ids", "not-object": "a JSON list",
    "no-layers": "a catalogue without a layers list",
    "drip-headers": "status line and headers one byte per ?interval=S seconds (default 1), for ever",
    "redirect-away": "302 to the URL in ?to=",
    "deep-json": "an OGC API Features service whose every answer is JSON nested 100,000 deep",
    "zigzag": "an OGC API Features boundary service (collection gemeenten, RD) whose municipality 9901 has a "
              "border of ?vertices= (default 20,000) zig-zag vertices",
}
DEEP = 100_000
ZIGZAG_CENTRE, ZIGZAG_RADIUS, ZIGZAG_AMPLITUDE = (155_000.0, 463_000.0), 5_000.0, 200.0
RD_URI = "http://www.opengis.net/def/crs/EPSG/0/28992"


def zigzag_ring(vertices: int) -> List[List[float]]:
    """A closed ring around ZIGZAG_CENTRE whose vertices jump ZIGZAG_AMPLITUDE in and out, one after the other."""
    x0, y0 = ZIGZAG_CENTRE
    ring = []
    for i in range(vertices):
        angle = 2 * math.pi * i / vertices
        radius = ZIGZAG_RADIUS + (ZIGZAG_AMPLITUDE if i % 2 else -ZIGZAG_AMPLITUDE)
        ring.append([round(x0 + radius * math.cos(angle), 2), round(y0 + radius * math.sin(angle), 2)])
    return ring + [ring[0]]


class FaultServer:
    """`boundaries`: a catalogue `boundaries` object put into every document (e.g. the reference service's)."""

    def __init__(self, port: int = 0, max_seconds: float = 600.0, stall_seconds: float = 60.0,
                 boundaries: Optional[dict] = None, host: str = "127.0.0.1"):
        self.boundaries = boundaries
        self.good = catalogue(GOOD_LAYERS, boundaries=boundaries)
        self.stall_seconds = stall_seconds
        self.stopping = threading.Event()
        self.documents = _document_bodies(boundaries)
        self._many: Optional[bytes] = None
        self._requests: List[Tuple[str, Dict[str, str]]] = []
        self._sent: Dict[str, int] = {}
        self._lock = threading.Lock()
        self._httpd = _QuietServer((host, port), _handler_for(self))
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, name="dego-faults", daemon=True).start()
        self._stopper = threading.Timer(max_seconds, self.stop)  # never outlives a forgotten test or demo
        self._stopper.daemon = True
        self._stopper.start()

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, fault: str = "ok", **query) -> str:
        tail = "?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else ""
        return f"{self.base_url}/{fault}/catalogue.json{tail}"

    def set_good(self, body: bytes) -> None:
        """What /ok/ (and redirects to it) serve from now on."""
        self.good = body

    def many(self) -> bytes:
        if self._many is None:
            self._many = _many(self.boundaries)
        return self._many

    def requests(self) -> List[Tuple[str, Dict[str, str]]]:
        with self._lock:
            return list(self._requests)

    def bytes_sent(self, fault: str) -> int:
        with self._lock:
            return self._sent.get(fault, 0)

    def stop(self) -> None:
        if self.stopping.is_set():
            return
        self.stopping.set()
        self._stopper.cancel()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "FaultServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _record(self, path: str, headers: Dict[str, str]) -> None:
        with self._lock:
            self._requests.append((path, headers))

    def _count(self, fault: str, n: int) -> None:
        with self._lock:
            self._sent[fault] = self._sent.get(fault, 0) + n


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:  # resets and broken pipes are the point here
        return


def _handler_for(server: FaultServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            server._record(self.path, dict(self.headers))
            parts = urlsplit(self.path)
            fault = parts.path.strip("/").split("/")[0]
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            answer = getattr(self, "_" + fault.replace("-", "_"), None)
            if fault in ("deep-json", "zigzag"):  # services: every path below them
                getattr(self, "_" + fault.replace("-", "_"))(parts.path, query)
            elif fault in server.documents:
                self._send(200, server.documents[fault])
            elif fault == "many":
                self._send(200, server.many())
            elif fault in FAULTS and answer is not None:
                answer(query)
            else:
                self._send(404, b"no such fault\n", "text/plain")

        # --- faults ------------------------------------------------------------------------------
        def _ok(self, query) -> None:
            etag = '"%s"' % hashlib.sha1(server.good).hexdigest()
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self._send(200, server.good, headers={"ETag": etag, "Last-Modified": "Fri, 20 Nov 2026 09:30:00 GMT"})

        def _gzip(self, query) -> None:
            self._send(200, gzip.compress(server.good), headers={"Content-Encoding": "gzip"})

        def _status_500(self, query) -> None:
            self._send(500, b"<html>Internal Server Error</html>", "text/html")

        def _status_404(self, query) -> None:
            self._send(404, b"<html>Not Found</html>", "text/html")

        def _status_503(self, query) -> None:
            self._send(503, b"busy", "text/plain")

        def _redirect_301(self, query) -> None:
            self._send(301, b"", headers={"Location": "/ok/catalogue.json"})

        def _redirect_302(self, query) -> None:
            self._send(302, b"", headers={"Location": "/ok/catalogue.json"})

        def _redirect_loop(self, query) -> None:
            self._send(302, b"", headers={"Location": "/redirect-loop/catalogue.json"})

        def _reset(self, query) -> None:
            # SO_LINGER with zero time: close() sends a TCP RST instead of a FIN
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()

        def _stall(self, query) -> None:
            server.stopping.wait(float(query.get("seconds", server.stall_seconds)))
            self.close_connection = True

        def _slow(self, query) -> None:
            if not server.stopping.wait(float(query.get("delay", "3"))):
                self._ok(query)

        def _trickle(self, query) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(server.good)))
            self.end_headers()
            self.close_connection = True
            for byte in server.good[:-1]:  # never the whole document
                if not self._write("trickle", bytes([byte])) or server.stopping.wait(0.1):
                    return
            server.stopping.wait(server.stall_seconds)

        def _huge(self, query) -> None:
            self._stream_huge("huge", announce=True)

        def _huge_chunked(self, query) -> None:
            self._stream_huge("huge-chunked", announce=False)

        def _drip_headers(self, query) -> None:
            interval = float(query.get("interval", "1"))
            head = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + b"".join(b"X-Drip-%d: %s\r\n" % (n, b"x" * 40) for n in range(1000)))
            self.close_connection = True
            for byte in head:  # the headers never end
                if not self._write("drip-headers", bytes([byte])) or server.stopping.wait(interval):
                    return

        def _redirect_away(self, query) -> None:
            self._send(302, b"", headers={"Location": query.get("to", "/ok/catalogue.json")})

        def _deep_json(self, path, query) -> None:
            self._send(200, b"[" * DEEP + b"]" * DEEP)

        def _zigzag(self, path, query) -> None:
            """Landing page, the collection (it offers RD) and its items: one municipality, 9901 Zigzagdorp."""
            if path.rstrip("/").endswith("/items"):
                ring = zigzag_ring(int(query.get("vertices", "20000")))
                feature = {"type": "Feature", "id": 1, "properties": {"code": "9901", "naam": "Zigzagdorp"},
                           "geometry": {"type": "Polygon", "coordinates": [ring]}}
                document = {"type": "FeatureCollection", "features": [feature], "links": []}
            else:
                document = {"id": "gemeenten", "crs": [RD_URI, "http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
                            "links": []}
            self._send(200, json.dumps(document).encode("utf-8"), "application/geo+json")

        # --- plumbing ----------------------------------------------------------------------------
        def _stream_huge(self, fault: str, announce: bool) -> None:
            """A JSON-looking 100 MB body, made on the fly (the server holds 64 KB of it, not 100 MB)."""
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if announce:
                self.send_header("Content-Length", str(HUGE_BYTES))
            self.end_headers()
            self.close_connection = True  # no length: the end of the body is the end of the connection
            head = b'{"version": "1.0", "themes": [], "layers": ['
            block = b'"' + b"x" * (64 * 1024 - 3) + b'",'
            sent = 0
            if not self._write(fault, head):
                return
            while sent < HUGE_BYTES and not server.stopping.is_set():
                if not self._write(fault, block):
                    return
                sent += len(block)

        def _write(self, fault: str, data: bytes) -> bool:
            try:
                self.wfile.write(data)
                self.wfile.flush()
            except OSError:  # the client hung up, as it should on a body that is too large
                return False
            server._count(fault, len(data))
            return True

        def _send(self, status: int, body: bytes, content_type: str = "application/json", headers=None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            path = urlsplit(self.path).path.strip("/").split("/")[0]
            self._write(path, body)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (keep test output clean)
            return

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=600.0, help="stop by itself after this long")
    args = parser.parse_args()
    server = FaultServer(port=args.port, max_seconds=args.max_seconds)
    for fault, what in FAULTS.items():
        print(f"{server.url(fault)}  {what}", flush=True)
    try:
        server.stopping.wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
