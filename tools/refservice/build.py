"""Build the reference service's files in a work directory, once, and reuse them while the code is unchanged.

The build runs QGIS in a child process (`python -m <package>.tools.refservice.build WORKDIR`): the caller's
QGIS (e.g. the test session's QgsProject.instance()) is never touched and the caller needs no QGIS at all.
`build.json`, written last, records a hash of the generating code; a directory without a matching hash is
rebuilt. A file lock keeps two processes from building the same directory at once.

Layout of WORKDIR:
    build.json                 stamp + facts about the tiles (bounds, zooms)
    qgis/demo.gpkg             the demo data
    qgis/project.qgs           what qgis_mapserver serves (relative paths)
    qgis/catalogue.qgs         the publishing project: the service layers the catalogue is built from
    catalogue-template.json    tools/build_catalogue.py's output for it (placeholder addresses; not served)
    qgis/catalogue-mapserver.qgs, catalogue-mapserver-template.json   the same for the MapServer catalogue
    mapserver/dego.map.in, dego-ogcapi.map.in   MapServer's mapfiles: WMS/WFS, OGC API Features (placeholder
                               address; the CGI bridge writes its own copies)
    www/styles/*.qml           QML styles exported from the project's styled layers
    www/tiles/{z}/{x}/{y}.pbf  vector tiles
    logs/                      server logs
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, Optional

_HERE = Path(__file__).parent
_SOURCES = ("demo_data.py", "background.py", "styles.py", "gpkg.py", "qgis_project.py", "vector_tiles.py", "build.py", "documents.py",
            "mapfile.py", "../build_catalogue.py", "../qml_styles.py", "presets.json",
            "../../layers/project_catalogue.py", "../../layers/qml_text.py")


class Layout:
    """Paths inside a work directory."""

    def __init__(self, workdir: Path):
        self.workdir = Path(workdir)
        self.stamp = self.workdir / "build.json"
        self.qgis_dir = self.workdir / "qgis"
        self.gpkg = self.qgis_dir / "demo.gpkg"
        self.project = self.qgis_dir / "project.qgs"
        self.publishing_project = self.qgis_dir / "catalogue.qgs"
        self.catalogue_template = self.workdir / "catalogue-template.json"
        self.mapserver_publishing_project = self.qgis_dir / "catalogue-mapserver.qgs"
        self.mapserver_catalogue_template = self.workdir / "catalogue-mapserver-template.json"
        self.mapserver_dir = self.workdir / "mapserver"
        self.mapfile_template = self.mapserver_dir / "dego.map.in"
        self.ogcapi_mapfile_template = self.mapserver_dir / "dego-ogcapi.map.in"
        self.www = self.workdir / "www"
        self.styles_dir = self.www / "styles"
        self.tiles_dir = self.www / "tiles"
        self.logs = self.workdir / "logs"
        self.lock = self.workdir / ".build.lock"


def code_hash() -> str:
    digest = hashlib.sha256()
    for name in _SOURCES:
        digest.update((_HERE / name).read_bytes())
    return digest.hexdigest()[:16]


def read_build_info(workdir: Path) -> Optional[Dict[str, Any]]:
    """The stamp of a complete, current build, or None."""
    try:
        info = json.loads(Layout(workdir).stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) and info.get("code_hash") == code_hash() else None


def ensure_built(workdir: Path, timeout: float = 300.0) -> Dict[str, Any]:
    """Build WORKDIR unless it already holds a current build; return the build info."""
    layout = Layout(workdir)
    layout.workdir.mkdir(parents=True, exist_ok=True)
    with open(layout.lock, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        info = read_build_info(workdir)
        if info is None:
            _run_build_process(layout, timeout)
            info = read_build_info(workdir)
            if info is None:
                raise RuntimeError(f"the build in {workdir} did not complete; see {layout.logs / 'build.log'}")
    return info


def _package_root() -> str:
    """The folder that holds the plugin package, so the child can import it under the same name."""
    top = __name__.split(".")[0]
    return str(Path(sys.modules[top].__file__).parent.parent)


def _run_build_process(layout: Layout, timeout: float) -> None:
    layout.logs.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_package_root(), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("PROJ_DATA", "/usr/share/proj")
    module = __name__  # <package>.tools.refservice.build
    with open(layout.logs / "build.log", "w") as log:
        # cwd=workdir: the plugin checkout's own dego_plugin.py must not shadow the package.
        result = subprocess.run([sys.executable, "-m", module, str(layout.workdir)], cwd=str(layout.workdir),
                                env=env, stdout=log, stderr=subprocess.STDOUT, timeout=timeout, check=False)
    if result.returncode != 0:
        tail = (layout.logs / "build.log").read_text(errors="replace")[-3000:]
        raise RuntimeError(f"building the reference data failed (exit {result.returncode}):\n{tail}")


def build(workdir: Path) -> Dict[str, Any]:
    """Generate everything into WORKDIR (needs a running QgsApplication). Writes the stamp last."""
    from . import mapfile, qgis_project, vector_tiles
    from .gpkg import write_geopackage

    layout = Layout(workdir)
    started = time.monotonic()
    if layout.stamp.exists():
        layout.stamp.unlink()
    for folder in (layout.qgis_dir, layout.www, layout.mapserver_dir):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    write_geopackage(layout.gpkg)
    layer_ids = qgis_project.build_project(layout.gpkg, layout.project, layout.styles_dir)
    mapfile.write_mapfile_templates(layout.mapfile_template, layout.ogcapi_mapfile_template, layout.gpkg)
    tiles = vector_tiles.write_tiles(layout.gpkg, layout.tiles_dir)
    _build_catalogue_template(tiles, qgis_project.QGIS_SERVER, layout.publishing_project, layout.catalogue_template)
    _build_catalogue_template(tiles, qgis_project.MAPSERVER, layout.mapserver_publishing_project,
                              layout.mapserver_catalogue_template)
    info = {"code_hash": code_hash(), "layer_ids": layer_ids, "tiles": tiles,
            "seconds": round(time.monotonic() - started, 2)}
    layout.stamp.write_text(json.dumps(info, indent=1), encoding="utf-8")
    return info


def _build_catalogue_template(tiles: Dict[str, Any], server, project: Path, template: Path) -> None:
    """The catalogue of one server (qgis_project.QGIS_SERVER or MAPSERVER), made by the DEGO team's own tool
    from its publishing project."""
    from .. import build_catalogue
    from . import qgis_project

    qgis_project.build_publishing_project(project, tiles["minzoom"], tiles["maxzoom"], server)
    # The transitievisie presets (model/presets.py) come from presets.json, merged as --presets does.
    result = build_catalogue.build_catalogue(project, build_catalogue.load_presets(_HERE / "presets.json"))
    problems = build_catalogue.validate(result.document) + [f"skipped {s.layer}: {s.reason}" for s in result.skipped]
    if problems or result.warnings:
        raise RuntimeError(f"the reference catalogue {template.name} is not clean:\n"
                           + "\n".join(problems + result.warnings))
    template.write_text(build_catalogue.render(result.document), encoding="utf-8")


def main(argv) -> int:
    if len(argv) != 1:
        print("usage: python -m ...tools.refservice.build WORKDIR", file=sys.stderr)
        return 2
    workdir = Path(argv[0]).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    from qgis.core import QgsApplication

    # A private profile folder: the build never reads or writes the user's QGIS settings.
    app = QgsApplication([], False, str(workdir / "qgis-profile"))
    app.initQgis()
    try:
        info = build(workdir)
    finally:
        app.exitQgis()
    print(json.dumps(info, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
