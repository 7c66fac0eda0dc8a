"""`make package`: the plugin zip in the QGIS plugin repository's layout, and a plugins.xml for a self-hosted one.

    python tools/package.py [--dist DIR] [--base-url URL]

Writes DIR/dego_plugin-<version>.zip (one top folder `dego_plugin/`), DIR/plugins.xml and DIR/dego_plugin.svg.
The zip holds the plugin folders only (no tests, tools, bench, docs, caches or .pyc), translations compiled
fresh from i18n/*.ts, and platformdirs vendored under `dego_plugin/ext/` for QGIS builds whose Python lacks it.
`--base-url` is where municipal IT will serve the zip and plugins.xml (QGIS ▸ Plugins ▸ Settings ▸ Add
repository: BASE_URL/plugins.xml).
"""
from __future__ import annotations

import argparse
import configparser
import hashlib
import html
import os
import re
import shutil
import subprocess  # nosec B404: runs lrelease and pip with fixed argument lists
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Dict, Iterator, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "dego_plugin"
BUILD = ROOT / ".build" / "package"
WHEEL_CACHE = BUILD / "wheels"  # downloaded once, checked against the pinned hash on every build

# Everything at the top of the repository goes into the zip except these (development material).
EXCLUDED_TOP = {"tests", "tools", "bench", "docs", "output", "dist", "Makefile", "pytest.ini", "ruff.toml", "README.md"}
EXCLUDED_PARTS = {"__pycache__"}
# File kinds a plugin folder may hold; anything else stops the build, so nothing slips in unnoticed.
PACKAGED_SUFFIXES = {".py", ".txt", ".json", ".svg", ".png", ".qml", ".qpt", ".ui", ".sld", ".csv", ".html"}
PACKAGED_NAMES = {"LICENSE"}
SOURCE_ONLY_SUFFIXES = {".ts", ".qm", ".pyc", ".pyo"}  # .qm are rebuilt from .ts below, never copied

# The last platformdirs release that runs on Python 3.9 (QGIS 3.22 on Windows), pinned by hash.
VENDORED = {
    "platformdirs": ("4.4.0", "platformdirs-4.4.0-py3-none-any.whl",
                     "abd01743f24e5287cd7a5db3752faf1a2d65353f38ec26d98e25a6db65958c85"),
}
FIXED_DATE = (2020, 1, 1, 0, 0, 0)  # same input, same zip bytes


class PackageError(Exception):
    """The package cannot be built; the text says what to fix."""


def metadata(root: Path = ROOT) -> Dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(root / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def plugin_files(root: Path = ROOT) -> Iterator[Tuple[Path, PurePosixPath]]:
    """(source file, path inside the plugin folder) for every file that belongs in the package."""
    found = []
    for folder, dirs, files in os.walk(root):
        top = Path(folder) == root
        # pruned, not walked: .build/ holds whole Debian chroots (make test-qgis)
        dirs[:] = [d for d in dirs if not (d.startswith(".") or d in EXCLUDED_PARTS or (top and d in EXCLUDED_TOP))]
        found += [Path(folder, name) for name in files
                  if not (name.startswith(".") or (top and name in EXCLUDED_TOP))]
    for path in sorted(found):
        relative = path.relative_to(root)
        parts = relative.parts
        if path.suffix in SOURCE_ONLY_SUFFIXES:
            continue
        if path.suffix not in PACKAGED_SUFFIXES and path.name not in PACKAGED_NAMES:
            raise PackageError(f"{relative}: unknown kind of file; add its suffix to PACKAGED_SUFFIXES in "
                               f"tools/package.py if it belongs in the plugin, or move it out of the plugin folders")
        yield path, PurePosixPath(*parts)


def compile_translations(root: Path, out_dir: Path) -> List[Path]:
    """i18n/dego_xx.ts -> out_dir/dego_xx.qm with lrelease (Debian package qttools5-dev-tools)."""
    lrelease = shutil.which("lrelease")
    if lrelease is None:
        raise PackageError("lrelease not found: install qttools5-dev-tools (make deps does)")
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted((root / "i18n").glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)  # nosec B603
        made.append(qm)
    if not made:
        raise PackageError("no translations (i18n/*.ts) found")
    return made


def _wheel(name: str, cache: Path) -> Path:
    """The pinned wheel, downloaded once with pip into `cache` and checked against its hash."""
    version, file_name, sha256 = VENDORED[name]
    wheel = cache / file_name
    if not wheel.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
                        "--only-binary=:all:", "--dest", str(cache), f"{name}=={version}"], check=True)  # nosec B603
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != sha256:
        wheel.unlink()
        raise PackageError(f"{file_name}: sha256 {digest} is not the pinned {sha256}")
    return wheel


def vendor_platformdirs(cache: Path) -> Dict[PurePosixPath, bytes]:
    """platformdirs as a subpackage of dego_plugin.ext: its absolute self-imports become relative."""
    files = {}
    with zipfile.ZipFile(_wheel("platformdirs", cache)) as wheel:
        for name in wheel.namelist():
            path = PurePosixPath(name)
            if path.parts[0] == "platformdirs" and path.suffix == ".py" and path.name != "__main__.py":
                text = wheel.read(name).decode("utf-8")
                text = re.sub(r"^(\s*)from platformdirs(\.| import)", _relative, text, flags=re.MULTILINE)
                if re.search(r"^\s*(from|import) platformdirs\b", text, flags=re.MULTILINE):
                    raise PackageError(f"{name}: an absolute platformdirs import is left after vendoring")
                files[PurePosixPath("ext", *path.parts)] = text.encode("utf-8")
            elif path.name == "LICENSE":
                files[PurePosixPath("ext", "platformdirs", "LICENSE")] = wheel.read(name)
    files[PurePosixPath("ext", "__init__.py")] = (
        b'"""Pure-Python libraries vendored by tools/package.py, used only when QGIS\'s Python lacks them."""\n')
    return files


def _relative(match: "re.Match") -> str:
    indent, rest = match.group(1), match.group(2)
    return f"{indent}from ." if rest == "." else f"{indent}from . import"


def _zip_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def build_zip(dist: Path, root: Path = ROOT, build: Path = BUILD) -> Path:
    meta = metadata(root)
    entries: Dict[PurePosixPath, bytes] = {rel: src.read_bytes() for src, rel in plugin_files(root)}
    for qm in compile_translations(root, build / "i18n"):
        entries[PurePosixPath("i18n", qm.name)] = qm.read_bytes()
    entries.update(vendor_platformdirs(WHEEL_CACHE))
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{PACKAGE}-{meta['version']}.zip"
    partial = target.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w") as archive:
        for rel in sorted(entries):
            archive.writestr(_zip_entry(f"{PACKAGE}/{rel}"), entries[rel])
    partial.replace(target)
    return target


def plugins_xml(meta: Dict[str, str], zip_name: str, base_url: str, icon_url: str) -> str:
    """One <pyqgis_plugin> entry as QGIS's plugin installer reads it (pyplugin_installer/installer_data.py).

    The installer takes the plugin's id from <file_name> up to its first dot, hence the plugins.qgis.org
    spelling "dego_plugin.0.1.0.zip" there; <download_url> names the real file.
    """
    today = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    fields = [
        ("description", meta.get("description", "")),
        ("about", meta.get("about", "")),
        ("version", meta["version"]),
        ("qgis_minimum_version", meta.get("qgisminimumversion", "")),
        ("qgis_maximum_version", meta.get("qgismaximumversion", "")),
        ("homepage", meta.get("homepage", "")),
        ("file_name", f"{PACKAGE}.{meta['version']}.zip"),
        ("icon", icon_url),
        ("author_name", meta.get("author", "")),
        ("author_email", meta.get("email", "")),
        ("download_url", base_url + zip_name),
        ("uploaded_by", meta.get("author", "")),
        ("create_date", today),
        ("update_date", today),
        ("experimental", meta.get("experimental", "False")),
        ("deprecated", meta.get("deprecated", "False")),
        ("tracker", meta.get("tracker", "")),
        ("repository", meta.get("repository", "")),
        ("tags", meta.get("tags", "")),
        ("category", meta.get("category", "")),
        ("changelog", meta.get("changelog", "")),
        ("server", "False"),
    ]
    body = "\n".join(f"    <{key}>{html.escape(value.strip(), quote=False)}</{key}>" for key, value in fields)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plugins>\n'
            f'  <pyqgis_plugin name="{html.escape(meta["name"])}" version="{html.escape(meta["version"])}">\n'
            f"{body}\n  </pyqgis_plugin>\n</plugins>\n")


def default_base_url(meta: Dict[str, str]) -> str:
    return f"{meta['repository'].rstrip('/')}/releases/download/v{meta['version']}/"


def build(dist: Path, base_url: str = "", root: Path = ROOT, build_dir: Path = BUILD) -> Path:
    meta = metadata(root)
    base_url = base_url or default_base_url(meta)
    if not base_url.endswith("/"):
        base_url += "/"
    target = build_zip(dist, root, build_dir)
    icon = root / meta.get("icon", "")
    icon_name = f"{PACKAGE}{icon.suffix}"
    if icon.is_file():
        shutil.copyfile(icon, dist / icon_name)
    (dist / "plugins.xml").write_text(plugins_xml(meta, target.name, base_url, base_url + icon_name), encoding="utf-8")
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--base-url", default="", help="where the zip and plugins.xml will be served")
    args = parser.parse_args(argv)
    try:
        target = build(args.dist, args.base_url)
    except (PackageError, subprocess.CalledProcessError) as error:
        print(f"make package FAILED: {error}", file=sys.stderr)
        return 1
    print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target} "
          f"({target.stat().st_size // 1024} kB) and {args.dist / 'plugins.xml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
