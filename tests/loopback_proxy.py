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
