"""The Qt 6 check of `make lint` (tools/qt6_check.py) against PyQt6 and the names of QGIS 3.40."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "tools" / "qt6_check.py"


def run_check(*paths: Path) -> subprocess.CompletedProcess:
    # its own process: PyQt6 next to QGIS's PyQt5 in one process is asking for trouble
    return subprocess.run([sys.executable, str(CHECK), *map(str, paths)], capture_output=True, text=True, timeout=120)


def write(tmp_path: Path, code: str) -> Path:
    path = tmp_path / "module.py"
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


def test_the_plugin_code_is_clean():
    done = run_check()
    assert done.returncode == 0, done.stdout + done.stderr


def test_what_qt6_or_qgis_4_lacks_fails_the_check_with_the_name_to_use(tmp_path):
    path = write(tmp_path, """\
        from qgis.PyQt.QtWidgets import QAction
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QDialog, QSizePolicy
        from qgis.core import QgsMapLayerType, QgsTask, QgsUnitTypes, QgsProcessingAlgorithm, QgsVectorLayer
        from PyQt5.QtGui import QColor
        align = Qt.AlignLeft
        policy = QSizePolicy.Expanding
        flag = QgsTask.CanCancel
        unit = QgsUnitTypes.DistanceUnit.DistanceKilometers
        threading = QgsProcessingAlgorithm.FlagNoThreading
        inherited = QgsVectorLayer.RasterLayer
        QDialog().exec_()
        """)
    done = run_check(path)
    lines = [line.split(": ", 1)[1] for line in done.stdout.splitlines()]
    assert done.returncode == 1
    assert lines == [
        "from qgis.PyQt.QtWidgets import QAction: not in PyQt6's QtWidgets: PyQt6 has it in QtGui",
        "QgsMapLayerType is a compatibility alias QGIS 4 need not keep: use Qgis.LayerType",
        "from PyQt5.QtGui import ...: import Qt through qgis.PyQt",
        "Qt.AlignLeft is not in PyQt6: use Qt.AlignmentFlag.AlignLeft",
        "QSizePolicy.Expanding is not in PyQt6: use QSizePolicy.Policy.Expanding",
        "QgsTask.CanCancel is an unscoped enum member: use QgsTask.Flag.CanCancel",
        "QgsUnitTypes.DistanceUnit is a compatibility alias QGIS 4 need not keep: use Qgis.DistanceUnit",
        "QgsProcessingAlgorithm.FlagNoThreading is a compatibility alias QGIS 4 need not keep: use "
        "Qgis.ProcessingAlgorithmFlag.NoThreading",
        "QgsMapLayer.RasterLayer is a compatibility alias QGIS 4 need not keep: use Qgis.LayerType.Raster",
        "exec_() is not in PyQt6: use exec()",
    ], done.stdout


def test_scoped_names_and_version_guarded_old_spellings_pass(tmp_path):
    path = write(tmp_path, """\
        from qgis.core import Qgis, QgsMapLayer, QgsTask
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QDialog

        try:
            from qgis.PyQt.QtGui import QAction
        except ImportError:
            from qgis.PyQt.QtWidgets import QAction

        if Qgis.QGIS_VERSION_INT >= 33000:
            RASTER = Qgis.LayerType.Raster
        else:
            from qgis.core import QgsMapLayerType
            RASTER = QgsMapLayerType.RasterLayer
        OLD = QgsTask.CanCancel if Qgis.QGIS_VERSION_INT < 30000 else QgsTask.Flag.CanCancel
        ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        CATEGORIES = QgsMapLayer.StyleCategory.Symbology
        dialog_exec = QDialog.exec
        """)
    done = run_check(path)
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr
