"""A logging reverse proxy in front of qgis_mapserver, so tests can see the exact WMS/WFS/OAPIF requests
(query strings included) that the plugin makes. It forwards the client's Host header: qgis_mapserver then
writes this proxy's address into capabilities and OAPIF links, and clients keep coming back through it."""
from __future__ import annotations

import http.client
from http.server import BaseHTTPRequestHandler

from .loopback import LoopbackServer

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
               "transfer-encoding", "upgrade", "content-length"}


class LoggingProxy(LoopbackServer):
    def __init__(self, upstream_port: int, port: int = 0, timeout: float = 120.0):
        self.upstream_port = upstream_port
        self.timeout = timeout
        super().__init__(_handler_for(self), port, "dego-ows-proxy")

    def _log(self, path: str) -> None:
        self._record(self.base_url + path)  # full URLs, as a client saw them


def _handler_for(proxy: LoggingProxy):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's names)
            self._forward()

        def do_HEAD(self) -> None:  # noqa: N802
            self._forward()

        def do_POST(self) -> None:  # noqa: N802
            self._forward()

        def _forward(self) -> None:
            proxy._log(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            connection = http.client.HTTPConnection("127.0.0.1", proxy.upstream_port, timeout=proxy.timeout)
            try:
                connection.request(self.command, self.path, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                status, reason, upstream_headers = response.status, response.reason, response.getheaders()
            except OSError as error:
                payload = f"qgis_mapserver did not answer: {error}\n".encode()
                status, reason, upstream_headers = 502, "Bad Gateway", [("Content-Type", "text/plain")]
            finally:
                connection.close()
            self.send_response(status, reason)
            for key, value in upstream_headers:
                if key.lower() not in _HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (keep stderr quiet)
            pass

    return Handler
