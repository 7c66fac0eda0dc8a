"""Running a script inside the real QGIS desktop under Xvfb (`qgis --code script.py`), for the desktop tests."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Dict, Tuple

QGIS, XVFB_RUN = shutil.which("qgis"), shutil.which("xvfb-run")


def _first_display() -> int:
    """Where `xvfb-run -a` starts looking for a free display: apart per pytest-xdist worker (gw0, gw1, ...), since two
    xvfb-runs started at once can both take the same free number."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return 99 + 20 * int(worker[2:] or 0)


def run_in_desktop(script: Path, profiles: Path, workdir: Path, env: Dict[str, str], seconds: float) -> Tuple[int, str]:
    """Start QGIS with the profiles folder `profiles` and run `script`; returns (exit code, stderr). The script
    must end QGIS itself; after `seconds` (+60) QGIS, Xvfb and xvfb-run are killed as one process group."""
    full = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_QPA_PLATFORM", "DEGO_CACHE_DIR")}
    full.update(XDG_CONFIG_HOME=str(workdir / "config"), XDG_CACHE_HOME=str(workdir / "xdg-cache"),
                XDG_RUNTIME_DIR=str(workdir / "runtime"))
    full.update(env)
    (workdir / "runtime").mkdir(mode=0o700, exist_ok=True)
    command = [XVFB_RUN, "-a", "-n", str(_first_display()), "-s", "-screen 0 1366x768x24", QGIS, "--nologo", "--noversioncheck",
               "--profiles-path", str(profiles), "--code", str(script)]
    # own process group: on a hang, xvfb-run, Xvfb and QGIS all go
    with subprocess.Popen(command, env=full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          cwd=workdir, start_new_session=True) as qgis:
        try:
            _, stderr = qgis.communicate(timeout=seconds + 60)
        except subprocess.TimeoutExpired:
            os.killpg(qgis.pid, signal.SIGKILL)
            _, stderr = qgis.communicate()
    return qgis.returncode, stderr
