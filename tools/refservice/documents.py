"""The documents the static server hands out, rendered per start because they carry this run's ports:
the reference catalogue (format v1, docs/catalogue.md; built from the publishing project by
tools/build_catalogue.py), the publishing project itself as a .qgz (what DEGO publishes today), the TileJSON and
the Mapbox GL style. Pure Python."""
from __future__ import annotations

import datetime
import io
import json
import zipfile
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Tuple

from . import styles


class Endpoints(NamedTuple):
    static: str  # http://127.0.0.1:PORT of the static server
    ows: str  # WMS / WFS / WMTS base URL
    oapif: str  # OGC API Features landing page

    @property
    def catalogue(self) -> str:
        return self.static + "/catalogue.json"

    @property
    def tiles(self) -> str:
        return self.static + "/tiles/{z}/{x}/{y}.pbf"

    @property
    def tilejson(self) -> str:
        return self.static + "/tiles/dego.json"

    @property
    def mapbox_style(self) -> str:
        return self.static + "/styles/energielabel-mapbox.json"

    def style(self, qml_file: str) -> str:
        return self.static + "/styles/" + qml_file


# Where the publishing project's layers point (qgis_project.build_publishing_project): it is built before the
# ports are known. Port 9 (discard) is closed on loopback, so QGIS gives up on these addresses at once.
PLACEHOLDER = Endpoints(static="http://127.0.0.1:9/static", ows="http://127.0.0.1:9/ows",
                        oapif="http://127.0.0.1:9/wfs3")
# The same for the MapServer catalogue and mapfile: WMS/WFS at /mapserver, OGC API under the map's alias.
MAPSERVER_MAP = "dego"  # the OGC API map's alias in MapServer's config, and the maps' NAME
MAPSERVER_PLACEHOLDER = Endpoints(static=PLACEHOLDER.static, ows="http://127.0.0.1:9/mapserver",
                                  oapif=f"http://127.0.0.1:9/mapserver/{MAPSERVER_MAP}/ogcapi")


def catalogue(endpoints: Endpoints, template: Path, placeholder: Endpoints = PLACEHOLDER,
              qgis_server_ows: str = "") -> Dict[str, Any]:
    """The reference catalogue: what tools/build_catalogue.py made of the publishing project at build time
    (`template`), with this run's addresses in place of the placeholder's, dated now. `qgis_server_ows`: where the
    entries every catalogue takes from qgis_mapserver (the background map) are, in a catalogue of another server."""
    document = json.loads(template.read_text(encoding="utf-8"))
    prefixes = [(placeholder.ows, endpoints.ows), (placeholder.oapif, endpoints.oapif),
                (placeholder.static, endpoints.static)]
    if qgis_server_ows and placeholder != PLACEHOLDER:
        prefixes.append((PLACEHOLDER.ows, qgis_server_ows))
    document = _with_endpoints(document, prefixes)
    document["generated"] = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()
    return document


def project_archive(endpoints: Endpoints, project: Path, placeholder: Endpoints = PLACEHOLDER,
                    qgis_server_ows: str = "") -> bytes:
    """The publishing project (`project`, a .qgs pointing at the placeholder) as a .qgz pointing at this run's
    addresses, as QGIS saves one: a zip holding the .qgs. `qgis_server_ows` as for `catalogue`."""
    text = project.read_text(encoding="utf-8")
    pairs = [(placeholder.ows, endpoints.ows), (placeholder.oapif, endpoints.oapif), (placeholder.static, endpoints.static)]
    if qgis_server_ows and placeholder != PLACEHOLDER:
        pairs.append((PLACEHOLDER.ows, qgis_server_ows))
    for old, new in sorted(pairs, key=lambda pair: -len(pair[0])):  # the longest (most specific) first
        text = text.replace(old, new)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as qgz:
        qgz.writestr(project.name, text.encode("utf-8"))
    return archive.getvalue()


def _with_endpoints(value: Any, prefixes: List[Tuple[str, str]]) -> Any:
    if isinstance(value, dict):
        return {key: _with_endpoints(item, prefixes) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_endpoints(item, prefixes) for item in value]
    if isinstance(value, str):
        for old, new in sorted(prefixes, key=lambda pair: -len(pair[0])):  # the longest (most specific) first
            if value == old or value.startswith(old + "/") or value.startswith(old + "?"):
                return new + value[len(old):]
    return value


def tilejson(endpoints: Endpoints, tiles: Dict[str, Any]) -> Dict[str, Any]:
    """TileJSON 2.2 with vector_layers, as DEGO's tile server publishes it (e.g. epanden.json)."""
    return {
        "tilejson": "2.2.0",
        "name": "DEGO demo: panden en buurten",
        "attribution": "Fictieve demodata",
        "scheme": "xyz",
        "tiles": [endpoints.tiles],
        "minzoom": tiles["minzoom"],
        "maxzoom": tiles["maxzoom"],
        "bounds": tiles["bounds"],
        "center": tiles["center"],
        "vector_layers": [
            {"id": layer, "fields": {name: "String" for name in fields}}
            for layer, fields in styles.TILE_FIELDS.items()
        ],
    }


def mapbox_style(endpoints: Endpoints, tiles: Dict[str, Any]) -> Dict[str, Any]:
    return styles.mapbox_gl_style(endpoints.tiles, tiles["minzoom"], tiles["maxzoom"])
