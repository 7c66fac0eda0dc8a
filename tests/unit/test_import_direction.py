"""The plugin's packages import one way only, from the faces down to the model (docs/architecture.md, "Layers").

Read from the source with `ast` (every import, also those inside functions), so a wrong import fails here
before any QGIS code runs.
"""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

ROOT = Path(__file__).resolve().parents[2]
# Low to high: a module imports its own package and packages of a lower rank, never one of its own rank or higher.
RANKS: Dict[str, int] = {
    "model": 0,
    "i18n": 1, "metadata": 1,
    "toolbelt": 2,
    "service": 3,
    "layers": 4,
    "compositions": 5,
    "controllers": 6,
    "dialogs": 7, "algorithms": 7,
    "dego_plugin": 8,
    "__init__": 9,  # classFactory only
}
NOT_PLUGIN_CODE = {"tests", "tools", "bench", "docs", "resources", "output", "dist"}
OUTSIDE = {"ext"}  # libraries the zip vendors (tools/package.py), not plugin code
QT_FREE = {"model"}  # no qgis, no PyQt: the model runs anywhere, and its tests need no QGIS


def plugin_modules(root: Path) -> Iterator[Path]:
    # Top-level folders picked first: .build/ may hold whole Debian chroots (make test-qgis), /proc mounted.
    tops = [top for top in root.iterdir() if top.name not in NOT_PLUGIN_CODE and not top.name.startswith(".")]
    files = [top for top in tops if top.suffix == ".py"] + [f for top in tops if top.is_dir() for f in top.rglob("*.py")]
    for path in sorted(files):
        if not any(p.startswith(".") for p in path.relative_to(root).parts):
            yield path


def package_of(path: Path, root: Path) -> str:
    """The top-level package of a plugin file ("layers"), or the module name for top-level files."""
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) > 1 else path.stem


def imports(path: Path, root: Path) -> Iterator[Tuple[int, str]]:
    """(line, imported top-level plugin package or outside module) for every import of the file."""
    folders = list(path.relative_to(root).parts[:-1])  # between the plugin root and the file
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, _absolute(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.lineno, _absolute(node.module or "")
        elif isinstance(node, ast.ImportFrom):
            up = node.level - 1  # `from .` stays in the file's folder, each further dot goes one up
            if up > len(folders):
                continue
            inside = folders[:len(folders) - up]
            names = node.module.split(".") if node.module else [alias.name for alias in node.names]
            yield node.lineno, (inside + names)[0]


def _absolute(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "dego_plugin":
        return parts[1] if len(parts) > 1 else "__init__"
    return "@" + parts[0]  # not the plugin: marked, for the Qt-free check


def violations(root: Path = ROOT) -> List[str]:
    found = []
    for path in plugin_modules(root):
        own = package_of(path, root)
        where = path.relative_to(root).as_posix()
        assert own in RANKS, f"{where}: its package {own!r} has no place in RANKS (add it, low to high)"
        for line, target in imports(path, root):
            if target.startswith("@"):
                if own in QT_FREE and target in ("@qgis", "@PyQt5", "@PyQt6"):
                    found.append(f"{where}:{line} imports {target[1:]}: {own}/ is Qt-free")
                continue
            if target == own or target in OUTSIDE:
                continue
            if target not in RANKS:
                found.append(f"{where}:{line} imports {target!r}, which has no place in RANKS")
            elif RANKS[target] >= RANKS[own]:
                found.append(f"{where}:{line} imports {target}/ ({RANKS[target]}) from {own}/ ({RANKS[own]}): "
                             "a package may import only packages below it")
    return found


def test_every_import_goes_down():
    assert violations() == []


def test_the_check_sees_an_upward_import(tmp_path):
    """The check itself: a layers/ module importing a dialog, and a model module importing Qt, are caught."""
    (tmp_path / "layers").mkdir()
    (tmp_path / "model").mkdir()
    (tmp_path / "layers" / "bad.py").write_text("from ..dialogs.catalogue_dock import CatalogueDock\n")
    (tmp_path / "model" / "bad.py").write_text("def f():\n    from qgis.core import QgsProject\n")
    (tmp_path / "model" / "good.py").write_text("from .catalogue import Catalogue\n")
    found = violations(tmp_path)
    assert len(found) == 2
    assert found[0].startswith("layers/bad.py:1 imports dialogs/ (7) from layers/ (4)")
    assert found[1] == "model/bad.py:2 imports qgis: model/ is Qt-free"
