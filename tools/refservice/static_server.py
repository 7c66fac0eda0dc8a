"""A small static HTTP server on 127.0.0.1: files under a root folder plus in-memory documents
(catalogue, TileJSON, Mapbox GL style, whose URLs carry this run's ports). It records every request
path, so tests can check which tiles or documents a client asked for."""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Dict, Tuple
from urllib.parse import unquote, urlsplit

from .loopback import LoopbackServer

CONTENT_TYPES = {
    ".pbf": "application/vnd.mapbox-vector-tile",
    ".json": "application/json",
    ".qml": "application/xml",
    ".xml": "application/xml",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".html": "text/html; charset=utf-8",
}


class StaticServer(LoopbackServer):
    def __init__(self, root: Path, port: int = 0):
        self.root = Path(root).resolve()
        self.documents: Dict[str, Tuple[bytes, str]] = {}  # path -> (body, content type)
        super().__init__(_handler_for(self), port, "dego-static")

    def add_document(self, path: str, body: bytes, content_type: str = "application/json") -> None:
        self.documents[path] = (body, content_type)

    def _log(self, path: str) -> None:
        self._record(path)  # paths with query

    def lookup(self, raw_path: str) -> Tuple[int, bytes, str]:
        path = unquote(urlsplit(raw_path).path)
        if path in self.documents:
            body, content_type = self.documents[path]
            return 200, body, content_type
        file = (self.root / path.lstrip("/")).resolve()
        if self.root in file.parents and file.is_file():
            return 200, file.read_bytes(), CONTENT_TYPES.get(file.suffix, "application/octet-stream")
        if path.endswith(".pbf"):
            return 204, b"", CONTENT_TYPES[".pbf"]  # an empty tile, as tile servers answer
        return 404, b"not found\n", "text/plain"


def _handler_for(server: StaticServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            self._answer(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._answer(with_body=False)

        def _answer(self, with_body: bool) -> None:
            server._log(self.path)
            status, body, content_type = server.lookup(self.path)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            if with_body and body:
                self.wfile.write(body)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (keep stderr quiet)
            pass

    return Handler
