"""A tiny forwarding HTTP proxy on 127.0.0.1 that records what passes through it (for the proxy tests)."""
from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authorization", "proxy-connection", "te", "trailers",
               "transfer-encoding", "upgrade", "content-length"}


class ForwardingProxy:
    """Forwards plain-HTTP requests (absolute-form request lines, as clients send them to a proxy)."""

    def __init__(self):
        self.seen = []  # (absolute URL, Proxy-Authorization header or "")
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.seen.append((self.path, self.headers.get("Proxy-Authorization", "")))
                target = urlsplit(self.path)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=10)
                try:
                    upstream.request("GET", target.path + (f"?{target.query}" if target.query else ""), headers=headers)
                    answer = upstream.getresponse()
                    body, status, answer_headers = answer.read(), answer.status, answer.getheaders()
                finally:
                    upstream.close()
                self.send_response(status)
                for key, value in answer_headers:
                    if key.lower() not in _HOP_BY_HOP:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class HoldingFront:
    """A reverse proxy on 127.0.0.1 in front of `upstream` (scheme://host:port) that, once `hold` is set, holds every
    request whose URL contains it for `hold_seconds` before it forwards it: a service that becomes slow to answer one
    kind of request. The Host header is the front's, so a server that builds its addresses from it (QGIS Server)
    points back here."""

    def __init__(self, upstream: str, hold_seconds: float):
        self.hold = ""  # what to hold, set by the test when the time comes
        self.seen, self.held_urls = [], []
        self.release = threading.Event()  # set when the test is over: held requests end at once
        outer, target = self, urlsplit(upstream)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.seen.append(self.path)
                if outer.hold and outer.hold in self.path:
                    outer.held_urls.append(self.path)
                    if outer.release.wait(hold_seconds):
                        return  # the test is over: drop the connection
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                upstream_connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                try:
                    upstream_connection.request("GET", self.path, headers=headers)
                    answer = upstream_connection.getresponse()
                    body, status, answer_headers = answer.read(), answer.status, answer.getheaders()
                finally:
                    upstream_connection.close()
                self.send_response(status)
                for key, value in answer_headers:
                    if key.lower() not in _HOP_BY_HOP:
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
