"""A logging reverse proxy in front of qgis_mapserver, so tests can see the exact WMS/WFS/OAPIF requests
(query strings included) that the plugin makes. It forwards the client's Host header: qgis_mapserver then
writes this proxy's address into capabilities and OAPIF links, and clients keep coming back through it."""
from __future__ import annotations

import http.client

from .loopback import HOP_BY_HOP, Answer, LoopbackServer, answering_handler


class LoggingProxy(LoopbackServer):
    def __init__(self, upstream_port: int, port: int = 0, timeout: float = 120.0):
        self.upstream_port = upstream_port
        self.timeout = timeout
        super().__init__(answering_handler(self, self._forward), port, "dego-ows-proxy")

    def _forward(self, method: str, path: str, headers: dict, body: bytes) -> Answer:
        headers = {k: v for k, v in headers.items() if k.lower() not in HOP_BY_HOP}
        connection = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=self.timeout)
        try:
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            return response.status, response.reason, response.getheaders(), response.read()
        except OSError as error:
            payload = f"qgis_mapserver did not answer: {error}\n".encode()
            return 502, "Bad Gateway", [("Content-Type", "text/plain")], payload
        finally:
            connection.close()
