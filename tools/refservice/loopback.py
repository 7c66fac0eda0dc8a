"""What the reference service's HTTP servers share: a threaded server on 127.0.0.1 that logs its requests."""
from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer
from typing import List


class LoopbackServer:
    """Subclasses give a request handler class (made with access to `self`) and a thread name."""

    def __init__(self, handler, port: int = 0, name: str = "dego-http"):
        self._requests: List[str] = []
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

    def _record(self, text: str) -> None:
        with self._lock:
            self._requests.append(text)
