"""List the names a QGIS release exposes in Python without its compatibility aliases, for tools/qt6_check.py.

    python3 tools/qgis_api_names.py > tools/qgis-3.40-api.txt     (in QGIS 3.40: make qgis-api-names)

QGIS 3.40 keeps old enum names alive by monkey patching (`QgsMapLayerType = Qgis.LayerType`,
`QgsUnitTypes.DistanceKilometers = Qgis.DistanceUnit.Kilometers`, `QgsProcessingAlgorithm.FlagNoThreading`);
its PyQt5 build also lets unscoped enum members be read from the class (`QgsTask.CanCancel`). QGIS 4 (Qt 6)
promises neither. This lists what remains: per class its bases and own attributes, per enum its members.

Output, one line per module, class or enum, sorted:
    module qgis.core : Qgis QgsAbstractLayoutIterator ...          (the public names of a module)
    class Qgis.LayerType enum : Annotation Group Mesh ...          (an enum and its members)
    class QgsTask (QtCore.QObject) : addSubTask cancel ... Flag ...   (a class, its bases, its own attributes)
    alias QgsMapLayerType = Qgis.LayerType                            (names that are compatibility aliases)
Enum members read from the class itself are left out (they are the unscoped spelling).
"""
from __future__ import annotations

import enum
import sys
from typing import Dict, List

from qgis import analysis, core, gui
from qgis.core import Qgis

MODULES = {"qgis.core": core, "qgis.gui": gui, "qgis.analysis": analysis}


def _is_enum(value) -> bool:
    return isinstance(value, type) and (issubclass(value, enum.Enum) or type(value).__name__ == "enumtype")


def _is_member(value) -> bool:
    return isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype"


def _qt_name(cls: type) -> str:
    module = cls.__module__.rsplit(".", 1)[-1]  # PyQt5.QtCore -> QtCore; qgis._core -> _core
    return f"{module}.{cls.__qualname__}" if module.startswith("Qt") else cls.__qualname__


class _Lister:
    def __init__(self):
        self.lines: Dict[str, str] = {}

    def module(self, module_name: str, module) -> None:
        public = sorted(name for name in vars(module) if not name.startswith("_"))
        self.lines[f" {module_name}"] = f"module {module_name} : {' '.join(public)}"
        for name, value in sorted(vars(module).items()):
            if name.startswith("_") or not isinstance(value, type) or not value.__module__.startswith("qgis"):
                continue
            if value.__qualname__ != name:  # QgsMapLayerType = Qgis.LayerType
                self.lines[name] = f"alias {name} = {value.__qualname__}"
            else:
                self.cls(name, value)

    def cls(self, path: str, cls: type) -> None:
        if path in self.lines:
            return
        if issubclass(cls, enum.Enum):
            members = sorted(cls.__members__)
            self.lines[path] = f"class {path} enum : {' '.join(members)}"
            for name, value in vars(cls).items():  # Qgis.LayerType.VectorLayer = Qgis.LayerType.Vector
                if not name.startswith("_") and name not in cls.__members__ and isinstance(value, cls):
                    self.lines[f"{path}.{name}"] = f"alias {path}.{name} = {path}.{value.name}"
            return
        own: List[str] = []
        enums = {}
        for name, value in vars(cls).items():
            if name.startswith("__") and name not in ("__init__", "__call__", "__iter__", "__len__"):
                continue
            if _is_enum(value):
                if value.__qualname__ != f"{cls.__qualname__}.{name}":  # QgsUnitTypes.DistanceUnit = Qgis.DistanceUnit
                    self.lines[f"{path}.{name}"] = f"alias {path}.{name} = {value.__qualname__}"
                    continue
                enums[name] = value
                own.append(name)
            elif _is_member(value):
                if isinstance(value, enum.Enum) and type(value).__qualname__ != f"{cls.__qualname__}.{name}":
                    # QgsMapLayer.RasterLayer = Qgis.LayerType.Raster (sip's unscoped members are skipped)
                    self.lines[f"{path}.{name}"] = f"alias {path}.{name} = {type(value).__qualname__}.{value.name}"
            elif isinstance(value, type) and value.__qualname__ != f"{cls.__qualname__}.{name}":
                self.lines[f"{path}.{name}"] = f"alias {path}.{name} = {value.__qualname__}"
            elif isinstance(value, type):
                own.append(name)
                self.cls(f"{path}.{name}", value)
            elif not any(hasattr(base, name) for base in cls.__bases__):  # sip repeats reimplemented virtuals
                own.append(name)
        bases = [_qt_name(b) for b in cls.__bases__ if b is not object and not b.__module__.startswith("sip")
                 and not b.__module__.startswith("PyQt5.sip")]
        based = f" ({' '.join(bases)})" if bases else ""
        self.lines[path] = f"class {path}{based} : {' '.join(sorted(own))}"
        for name, value in enums.items():
            self._sip_enum(f"{path}.{name}", cls, value)

    def _sip_enum(self, path: str, owner: type, enum_type: type) -> None:
        if issubclass(enum_type, enum.Enum):
            self.cls(path, enum_type)
            return
        # a sip enum's members live in the class that holds it; names set on the enum itself are aliases
        members = sorted(name for name, value in vars(owner).items() if type(value) is enum_type)
        self.lines[path] = f"class {path} enum : {' '.join(members)}"
        for name, value in vars(enum_type).items():
            if not name.startswith("_") and _is_member(value) and name not in members:
                target = f"{type(value).__qualname__}.{value.name}" if isinstance(value, enum.Enum) else "?"
                self.lines[f"{path}.{name}"] = f"alias {path}.{name} = {target}"


def main() -> int:
    lister = _Lister()
    for name, module in MODULES.items():
        lister.module(name, module)
    print(f"# Python names of QGIS {Qgis.QGIS_VERSION} ({', '.join(MODULES)}) without compatibility aliases:")
    print("# written by tools/qgis_api_names.py (make qgis-api-names), read by tools/qt6_check.py")
    for key in sorted(lister.lines):
        print(lister.lines[key])
    return 0


if __name__ == "__main__":
    sys.exit(main())
