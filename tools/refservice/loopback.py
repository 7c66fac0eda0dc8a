"""What the reference service's HTTP servers share: a threaded server on 127.0.0.1 that logs its requests,
and a handler for servers that answer every request through one function (the proxy, the MapServer bridge)."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, List, Optional, Sequence, Tuple

# Headers that describe one connection, not the answer: never passed on (Content-Length is set anew).
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
              "transfer-encoding", "upgrade", "content-length"}
# (status, reason or None, headers, payload)
Answer = Tuple[int, Optional[str], Sequence[Tuple[str, str]], bytes]


class LoopbackServer:
    """Subclasses give a request handler class (made with access to `self`) and a thread name."""

    def __init__(self, handler, port: int = 0, name: str = "dego-http"):
        self._requests: List[str] = []
        self._sent = 0  # body bytes answered since the log was last cleared (make bench: bytes fetched)
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=name, daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def requests(self) -> List[str]:
        """What was requested so far (see `_log`), oldest first."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()
            self._sent = 0

    def sent_bytes(self) -> int:
        """Body bytes answered since the log was last cleared."""
        with self._lock:
            return self._sent

    def _count(self, size: int) -> None:
        with self._lock:
            self._sent += size

    def _record(self, text: str) -> None:
        with self._lock:
            self._requests.append(text)


def answering_handler(server: LoopbackServer, answer: Callable[[str, str, dict, bytes], Answer]):
    """A request handler for GET, HEAD and POST that records each full URL, as a client saw it, in `server`'s
    log and sends what `answer(method, path with query, headers, body)` returns."""
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's names)
            server._record(server.base_url + self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            status, reason, headers, payload = answer(self.command, self.path, dict(self.headers.items()), body)
            self.send_response(status, reason)
            for key, value in headers:
                if key.lower() not in HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)
                server._count(len(payload))

        do_HEAD = do_POST = do_GET  # noqa: N815

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (keep stderr quiet)
            pass

    return Handler
