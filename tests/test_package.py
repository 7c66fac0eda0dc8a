"""`make package` builds a zip the QGIS plugin repository accepts; `make check-package` rejects what it rejects."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from dego_plugin.tools import check_package, package

ROOT = Path(package.ROOT)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    target = package.build(dist, "https://gis.example.nl/qgis/", build_dir=dist / "build")
    return target


def _names(zip_path):
    with zipfile.ZipFile(zip_path) as archive:
        return archive.namelist()


def _variant(built, tmp_path, add=(), replace=None, drop=()):
    """A copy of the built zip with files added (name, text), replaced ({name: text}) or left out."""
    target = tmp_path / built.name
    replace = replace or {}
    with zipfile.ZipFile(built) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            if name in drop:
                continue
            out.writestr(name, replace.get(name, source.read(name)))
        for name, text in add:
            out.writestr(name, text)
    return target


def test_the_zip_holds_one_dego_plugin_folder_with_the_plugin_and_nothing_of_development(built):
    version = package.metadata()["version"]
    assert built.name == f"dego_plugin-{version}.zip"
    names = _names(built)
    assert {PurePosixPath(n).parts[0] for n in names} == {"dego_plugin"}
    for required in ("__init__.py", "metadata.txt", "LICENSE", "dego_plugin.py", "layers/loader.py",
                     "resources/catalogue.json", "resources/icons/dego.svg", "i18n/dego_nl.qm", "i18n/dego_en.qm",
                     "ext/__init__.py", "ext/platformdirs/__init__.py", "ext/platformdirs/unix.py",
                     "ext/platformdirs/LICENSE"):
        assert f"dego_plugin/{required}" in names, required
    inner = [PurePosixPath(n).relative_to("dego_plugin") for n in names]
    assert not [n for n in inner if n.parts[0] in ("tests", "tools", "bench", "docs", "output", "dist")]
    assert not [n for n in inner if n.name in ("Makefile", "pytest.ini", "README.md", ".gitignore")]
    assert not [n for n in inner if "__pycache__" in n.parts or n.suffix in (".pyc", ".ts")
                or any(p.startswith(".") for p in n.parts)]
    with zipfile.ZipFile(built) as archive:
        vendored = archive.read("dego_plugin/ext/platformdirs/version.py").decode()
        init = archive.read("dego_plugin/ext/platformdirs/__init__.py").decode()
    assert "4.4.0" in vendored
    assert "from platformdirs" not in init and "from .unix import Unix" in init


def test_the_same_sources_give_the_same_zip(tmp_path):
    # a snapshot of the sources: others may be editing the work tree meanwhile
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".*", "output", "dist", "tests", "bench", "docs"))
    first = package.build(tmp_path / "a", "https://x.nl/", root=source, build_dir=tmp_path / "build-a")
    second = package.build(tmp_path / "b", "https://x.nl/", root=source, build_dir=tmp_path / "build-b")
    assert first.read_bytes() == second.read_bytes()


def test_without_a_system_platformdirs_the_plugin_uses_its_vendored_copy(built, tmp_path):
    with zipfile.ZipFile(built) as archive:
        archive.extractall(tmp_path / "plugins")
    code = ("import sys; sys.modules['platformdirs'] = None\n"  # as on QGIS for Windows: not importable
            "from dego_plugin.service import cache\n"
            "print(cache.platformdirs.__name__); print(cache.cache_dir())")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DEGO_CACHE_DIR")}
    env.update(PYTHONPATH=str(tmp_path / "plugins"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-P", "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    module, directory = done.stdout.split()
    assert module == "dego_plugin.ext.platformdirs"
    assert directory == str(tmp_path / "cache" / "dego-qgis-plugin")


def test_plugins_xml_offers_the_zip_to_qgis_plugin_installer(built):
    root = ET.parse(built.parent / "plugins.xml").getroot()
    plugin = root.find("pyqgis_plugin")
    assert plugin.get("name") == "DEGO" and plugin.get("version") == package.metadata()["version"]
    assert plugin.findtext("download_url") == f"https://gis.example.nl/qgis/{built.name}"
    # QGIS's installer takes the plugin id from <file_name> up to the first dot: it must be the folder name
    assert plugin.findtext("file_name").partition(".")[0] == "dego_plugin"
    assert plugin.findtext("qgis_minimum_version") == "3.22"
    assert plugin.findtext("icon") == "https://gis.example.nl/qgis/dego_plugin.svg"
    assert (built.parent / "dego_plugin.svg").read_bytes() == (ROOT / "resources/icons/dego.svg").read_bytes()


def test_check_package_passes_the_built_zip(built):
    report = check_package.check_zip(built)
    assert report.errors == []
    done = subprocess.run([sys.executable, "-P", str(ROOT / "tools/check_package.py"), str(built)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "check-package passed" in done.stdout


def test_an_eval_fails_the_check_even_when_waived(built, tmp_path):
    bad = _variant(built, tmp_path, add=[("dego_plugin/layers/formula.py", 'VALUE = eval("1 + 1")  # nosec B307\n')])
    done = subprocess.run([sys.executable, "-P", str(ROOT / "tools/check_package.py"), str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "B307 (eval, never waivable): dego_plugin/layers/formula.py:1" in done.stderr
    assert "check-package FAILED" in done.stderr


def test_a_pyc_fails_the_check(built, tmp_path):
    bad = _variant(built, tmp_path, add=[("dego_plugin/layers/__pycache__/loader.cpython-39.pyc", b"\x61\x0d\x0d\x0a")])
    errors = check_package.check_zip(bad).errors
    assert errors == ["dego_plugin/layers/__pycache__/loader.cpython-39.pyc: __pycache__ must not be packaged"]
    bad = _variant(built, tmp_path, add=[("dego_plugin/layers/loader.pyc", b"\x61\x0d\x0d\x0a")])
    assert check_package.check_zip(bad).errors == [
        "dego_plugin/layers/loader.pyc: binary or compiled file (.pyc) must not be packaged"]


def test_layout_metadata_and_blocking_rules_fail_the_check(built, tmp_path):
    metadata_name = "dego_plugin/metadata.txt"
    with zipfile.ZipFile(built) as archive:
        metadata = archive.read(metadata_name).decode()
    without_email = "\n".join(line for line in metadata.splitlines() if not line.startswith("email="))
    bad = _variant(built, tmp_path, drop=("dego_plugin/LICENSE",), replace={metadata_name: without_email}, add=[
        ("dego_plugin/layers/checks.py",
         "import requests\n\n"
         "def check(x):\n"
         "    assert x\n"
         "    assert x > 1  # nosec B101: a waiver with a reason is accepted\n"
         "    try:\n"
         "        return requests.get('https://example.org')\n"
         "    except Exception:\n"
         "        pass\n"),
        ("dego_plugin/resources/tool.exe", b"MZ\x90\x00"),
        ("dego_plugin/resources/token.txt", "github_token = 'ghp_4kT9wQzL2mX8vR5nB7cY1dF6hJ3sA0pE9uGi'\n"),
    ])
    errors = "\n".join(check_package.check_zip(bad).errors)
    assert "dego_plugin/LICENSE is missing" in errors
    assert "required key 'email' is missing" in errors
    assert "dego_plugin/resources/tool.exe: binary or compiled file (.exe)" in errors
    assert "B101: dego_plugin/layers/checks.py:4" in errors and "checks.py:5" not in errors
    assert "B113: dego_plugin/layers/checks.py:7" in errors
    assert "B110: dego_plugin/layers/checks.py:8" in errors
    if check_package.importlib.util.find_spec("detect_secrets") is not None:  # make check-package installs it
        assert "detect-secrets: dego_plugin/resources/token.txt:1" in errors


def test_a_zip_with_two_top_folders_fails_the_check(built, tmp_path):
    bad = _variant(built, tmp_path, add=[("README.md", "stray file next to the plugin folder\n")])
    assert check_package.check_zip(bad).errors == [
        "the zip must hold exactly one top folder, it holds: README.md, dego_plugin"]
