"""A logging reverse proxy in front of qgis_mapserver, so tests can see the exact WMS/WFS/OAPIF requests
(query strings included) that the plugin makes. It forwards the client's Host header: qgis_mapserver then
writes this proxy's address into capabilities and OAPIF links, and clients keep coming back through it."""
from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import List

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
               "transfer-encoding", "upgrade", "content-length"}


class LoggingProxy:
    def __init__(self, upstream_port: int, port: int = 0, timeout: float = 120.0):
        self.upstream_port = upstream_port
        self.timeout = timeout
        self._requests: List[str] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="dego-ows-proxy", daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "LoggingProxy":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def requests(self) -> List[str]:
        """Full URLs requested so far (as this proxy's address), oldest first."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def _log(self, path: str) -> None:
        with self._lock:
            self._requests.append(self.base_url + path)


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
