"""`make lint`: is the plugin code ready for QGIS 4 (Qt 6)? Checked against PyQt6 and QGIS 3.40, not hoped.

    python tools/qt6_check.py [FILE.py ...]     (default: every .py file of the plugin zip)

- Every name imported from `qgis.PyQt.*`, and every attribute read from it (`Qt.AlignmentFlag.AlignLeft`,
  `QDialog.exec`), must exist in PyQt6 (from PyPI, installed into the venv by `make deps`). So unscoped enums
  (`Qt.AlignLeft`) fail, and so does `from qgis.PyQt.QtWidgets import QAction` (PyQt6 has it in QtGui).
- Every name imported from qgis.core / qgis.gui / qgis.analysis, and every attribute read from it, must exist
  in QGIS 3.40 without its compatibility aliases (tools/qgis-3.40-api.txt, listed in 3.40 by
  tools/qgis_api_names.py): scoped enums (`QgsTask.Flag.CanCancel`, not `QgsTask.CanCancel`), and none of
  `QgsMapLayerType`, `QgsUnitTypes.DistanceUnit`, `QgsProcessingAlgorithm.FlagNoThreading`.
- Qt is imported through qgis.PyQt only; `exec_()` is gone.

Code QGIS 4 never runs is not checked: the `except ImportError:` branch of a `try`, and the branch of
`if Qgis.QGIS_VERSION_INT >= N:` for older versions. That is where the spellings QGIS 3.22 needs live
(toolbelt/qgis_names.py, toolbelt/vector.py).
"""
from __future__ import annotations

import ast
import enum
import importlib
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
API_NAMES = ROOT / "tools" / "qgis-3.40-api.txt"
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtXml", "QtNetwork", "QtSvg", "QtPrintSupport", "QtSql")
LEGACY_EXCEPTIONS = {"ImportError", "ModuleNotFoundError"}


class QgisNames:
    """tools/qgis-3.40-api.txt: modules, classes (bases, own attributes), enums (members), aliases."""

    def __init__(self, path: Path = API_NAMES):
        self.modules: Dict[str, Set[str]] = {}
        self.classes: Dict[str, Tuple[List[str], Set[str]]] = {}
        self.enums: Dict[str, Set[str]] = {}
        self.aliases: Dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            kind, _, rest = line.partition(" ")
            if kind == "alias":
                name, _, target = rest.partition(" = ")
                self.aliases[name] = target
            elif kind in ("module", "class"):
                head, _, names = rest.partition(" : ")
                words = set(names.split())
                if kind == "module":
                    self.modules[head] = words
                elif head.endswith(" enum"):
                    self.enums[head[:-len(" enum")]] = words
                else:
                    name, _, bases = head.partition(" (")
                    self.classes[name] = (bases.rstrip(")").split(), words)
        self.unscoped: Dict[str, Dict[str, str]] = {}  # class -> {member: its enum}
        for enum_path, members in self.enums.items():
            owner = enum_path.rpartition(".")[0]
            for member in members:
                self.unscoped.setdefault(owner, {}).setdefault(member, enum_path)

    def attribute(self, path: str, name: str):
        """("qgis", child path) | ("qt", object) | ("done", None) | ("error", text) | ("missing", None)"""
        alias = self.aliases.get(f"{path}.{name}")
        if alias:
            return "error", f"{path}.{name} is a compatibility alias QGIS 4 need not keep: use {alias}"
        if path in self.enums:
            if name in self.enums[path]:
                return "done", None
            return "error", f"{path} has no member {name} in QGIS 3.40"
        if path not in self.classes:
            return "missing", None
        bases, own = self.classes[path]
        if name in own:
            child = f"{path}.{name}"
            return ("qgis", child) if child in self.classes or child in self.enums else ("done", None)
        if name in self.unscoped.get(path, {}):
            return "error", f"{path}.{name} is an unscoped enum member: use {self.unscoped[path][name]}.{name}"
        for base in bases:
            if base.startswith("Qt"):
                module, _, qt_name = base.partition(".")
                try:
                    found = _pyqt6_attribute(_resolve(_pyqt6(module), qt_name), name)
                except (ImportError, AttributeError):  # a Qt 5 class PyQt6 does not have
                    continue
                if found is not _MISSING:
                    return "qt", found
                continue
            kind, value = self.attribute(base, name)
            if kind != "missing":
                return kind, value
        return "missing", None


_MISSING = object()


def _pyqt6(module: str):
    return importlib.import_module(f"PyQt6.{module}")


def _resolve(obj, dotted: str):
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def _pyqt6_attribute(obj, name: str):
    try:
        return getattr(obj, name)
    except AttributeError:
        return _MISSING


def _scoped_hint(obj, name: str) -> str:
    for attr in dir(obj):
        candidate = getattr(obj, attr, None)
        if isinstance(candidate, enum.EnumMeta) and name in candidate.__members__:
            return f": use {getattr(obj, '__name__', '?')}.{attr}.{name}"
    return ""


def _module_hint(name: str) -> str:
    for module in QT_MODULES:
        try:
            if hasattr(_pyqt6(module), name):
                return f": PyQt6 has it in {module}"
        except ImportError:
            continue
    return ""


class _FileCheck(ast.NodeVisitor):
    def __init__(self, path: Path, names: QgisNames):
        self.path = path
        self.names = names
        self.bound: Dict[str, Tuple[str, object]] = {}  # local name -> ("qt", PyQt6 object) | ("qgis", path)
        self.problems: List[Tuple[int, str]] = []
        self.legacy = 0  # > 0 inside code only QGIS < 4 runs

    def problem(self, node: ast.AST, text: str) -> None:
        if not self.legacy:
            self.problems.append((node.lineno, f"{self.path}:{node.lineno}: {text}"))

    # -- imports

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                self.problem(node, f"import {alias.name}: import Qt through qgis.PyQt")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
            self.problem(node, f"from {module} import ...: import Qt through qgis.PyQt")
        elif module == "qgis.PyQt" or module.startswith("qgis.PyQt."):
            self._qt_import(node, module[len("qgis.PyQt."):] if module != "qgis.PyQt" else "")
        elif module in QGIS_MODULES:
            for alias in node.names:
                if alias.name in self.names.aliases:
                    self.problem(node, f"{alias.name} is a compatibility alias QGIS 4 need not keep: use "
                                       f"{self.names.aliases[alias.name]}")
                elif alias.name != "*" and alias.name not in self.names.modules.get(module, set()):
                    self.problem(node, f"{module} has no {alias.name} in QGIS 3.40")
                elif not self.legacy:
                    self.bound[alias.asname or alias.name] = ("qgis", alias.name)

    def _qt_import(self, node: ast.ImportFrom, submodule: str) -> None:
        for alias in node.names:
            target = f"{submodule}.{alias.name}" if submodule else alias.name
            qt_module, _, name = target.partition(".")
            try:
                obj = importlib.import_module(f"PyQt6.{qt_module}")
            except ImportError:
                self.problem(node, f"PyQt6 has no module {qt_module}")
                continue
            if name:
                obj = _pyqt6_attribute(obj, name)
                if obj is _MISSING:
                    self.problem(node, f"from qgis.PyQt.{qt_module} import {name}: not in PyQt6's {qt_module}"
                                       + _module_hint(name))
                    continue
            if not self.legacy:
                self.bound[alias.asname or alias.name] = ("qt", obj)

    # -- version guards

    def visit_Try(self, node: ast.Try) -> None:
        for child in node.body + node.orelse + node.finalbody:
            self.visit(child)
        for handler in node.handlers:
            caught = {n.id for n in ast.walk(handler.type) if isinstance(n, ast.Name)} if handler.type else set()
            legacy = bool(caught) and caught <= LEGACY_EXCEPTIONS
            self.legacy += legacy
            for child in handler.body:
                self.visit(child)
            self.legacy -= legacy

    def visit_If(self, node: ast.If) -> None:
        self._branches(node, node.body, node.orelse)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        self._branches(node, [node.body], [node.orelse])

    def _branches(self, node, body, orelse) -> None:
        newer = _newer_branch(node.test)  # True: body runs on newer QGIS; False: orelse does; None: no guard
        self.visit(node.test)
        for branch, legacy in ((body, newer is False), (orelse, newer is True)):
            self.legacy += legacy
            for child in branch:
                self.visit(child)
            self.legacy -= legacy

    # -- attribute chains

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr == "exec_":
            self.problem(node, "exec_() is not in PyQt6: use exec()")
        chain, root = [], node
        while isinstance(root, ast.Attribute):
            chain.insert(0, root.attr)
            root = root.value
        if isinstance(root, ast.Name) and root.id in self.bound:
            self._chain(node, root.id, chain)  # a chain of names only: nothing else to visit in it
            return
        self.generic_visit(node)

    def _chain(self, node: ast.AST, root: str, chain: List[str]) -> None:
        kind, value = self.bound[root]
        spelled = root
        for name in chain:
            if name.startswith("__"):
                return
            if kind == "qgis":
                kind, value = self.names.attribute(value, name)
                if kind == "error":
                    self.problem(node, value)
                    return
                if kind == "missing":
                    self.problem(node, f"{spelled}.{name} is not in QGIS 3.40 (without its compatibility aliases)")
                    return
            elif kind == "qt":
                found = _pyqt6_attribute(value, name)
                if found is _MISSING:
                    self.problem(node, f"{spelled}.{name} is not in PyQt6" + _scoped_hint(value, name))
                    return
                value = found
            else:
                return
            spelled = f"{spelled}.{name}"


def _newer_branch(test: ast.AST) -> Optional[bool]:
    """`Qgis.QGIS_VERSION_INT >= 33000` (or >, <, <=, either side): True if its body is the newer QGIS."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return None
    left, right, op = test.left, test.comparators[0], test.ops[0]

    def is_version(n):
        return (isinstance(n, ast.Attribute) and n.attr == "QGIS_VERSION_INT") or (
            isinstance(n, ast.Name) and n.id == "QGIS_VERSION_INT")

    if is_version(left):
        return isinstance(op, (ast.Gt, ast.GtE)) if isinstance(op, (ast.Gt, ast.GtE, ast.Lt, ast.LtE)) else None
    if is_version(right):
        return isinstance(op, (ast.Lt, ast.LtE)) if isinstance(op, (ast.Gt, ast.GtE, ast.Lt, ast.LtE)) else None
    return None


def check(paths: List[Path], names: Optional[QgisNames] = None) -> List[str]:
    names = names or QgisNames()
    problems: List[str] = []
    for path in paths:
        checker = _FileCheck(path, names)
        checker.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        problems += [text for _, text in sorted(checker.problems, key=lambda p: p[0])]
    return problems


def plugin_sources() -> Iterator[Path]:
    sys.path.insert(0, str(ROOT / "tools"))
    from package import plugin_files

    return (source for source, _ in plugin_files(ROOT) if source.suffix == ".py")


def main(argv: List[str]) -> int:
    try:
        importlib.import_module("PyQt6.QtCore")
    except ImportError as error:
        print(f"qt6_check: PyQt6 cannot be imported ({error}); make deps installs it", file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv] if argv else sorted(plugin_sources())
    problems = check(paths)
    for line in problems:
        print(line)
    if problems:
        print(f"qt6_check: {len(problems)} name(s) QGIS 4 / Qt 6 may not have", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
