"""Tiny HTTP forwarders on 127.0.0.1 that record what passes through them: a proxy (for the proxy tests) and a front
that makes a service slow on cue (for the tests of what waits for a service)."""
from __future__ import annotations

import http.client
import threading
from typing import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-authorization", "proxy-connection", "te", "trailers",
               "transfer-encoding", "upgrade", "content-length"}


def _forward(handler: BaseHTTPRequestHandler, host: str, port: int, path: str, timeout: float) -> None:
    """GET `path` from host:port with the handler's headers and answer the handler's client with what came back."""
    headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP_BY_HOP}
    upstream = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        upstream.request("GET", path, headers=headers)
        answer = upstream.getresponse()
        body, status, answer_headers = answer.read(), answer.status, answer.getheaders()
    finally:
        upstream.close()
    handler.send_response(status)
    for key, value in answer_headers:
        if key.lower() not in _HOP_BY_HOP:
            handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _serve(handler_class) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class _Quiet(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        return


class ForwardingProxy:
    """Forwards plain-HTTP requests (absolute-form request lines, as clients send them to a proxy)."""

    def __init__(self):
        self.seen = []  # (absolute URL, Proxy-Authorization header or "")
        outer = self

        class Handler(_Quiet):
            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.seen.append((self.path, self.headers.get("Proxy-Authorization", "")))
                target = urlsplit(self.path)
                _forward(self, target.hostname, target.port or 80,
                         target.path + (f"?{target.query}" if target.query else ""), timeout=10)

        self.server = _serve(Handler)
        self.port = self.server.server_address[1]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class HoldingFront:
    """A reverse proxy in front of `upstream` (scheme://host:port) that, once `hold` is set, holds every request
    whose URL contains it for `hold_seconds` before it forwards it: a service that becomes slow to answer one kind
    of request. `rewrite` changes each request's path and query before it goes on (a server's own limits). The Host
    header is the front's, so a server that builds its addresses from it (QGIS Server) points back here."""

    def __init__(self, upstream: str, hold_seconds: float = 0, rewrite: Callable[[str], str] = lambda path: path):
        self.hold = ""  # what to hold, set by the test when the time comes
        self.seen, self.held_urls = [], []
        self.release = threading.Event()  # set when the test is over: held requests end at once
        outer, target = self, urlsplit(upstream)

        class Handler(_Quiet):
            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.seen.append(self.path)
                if outer.hold and outer.hold in self.path:
                    outer.held_urls.append(self.path)
                    if outer.release.wait(hold_seconds):
                        return  # the test is over: drop the connection
                _forward(self, target.hostname, target.port, rewrite(self.path), timeout=30)

        self.server = _serve(Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
