"""`make check-package`: the QGIS plugin repository's checks on the built zip; exits 1 listing every failure.

    python tools/check_package.py [ZIP]        (default: dist/dego_plugin-<version>.zip)

Checks: zip size and layout (one top folder named like a Python identifier, holding __init__.py,
metadata.txt and LICENSE; no __pycache__, .pyc, .git or binaries), metadata.txt's required and recommended
keys, bandit with the repository's blocking rules, and detect-secrets when it is installed.
"""
from __future__ import annotations

import configparser
import importlib.util
import json
import re
import subprocess  # nosec B404: runs bandit and detect-secrets with fixed argument lists
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import List

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 25 * 1024 * 1024
REQUIRED_KEYS = ("name", "description", "about", "version", "qgisMinimumVersion", "author", "email", "tracker",
                 "repository")
RECOMMENDED_KEYS = ("homepage", "tags", "category", "icon", "changelog", "experimental", "deprecated")
REQUIRED_FILES = ("__init__.py", "metadata.txt", "LICENSE")
BINARY_SUFFIXES = {".pyc", ".pyo", ".pyd", ".so", ".dll", ".dylib", ".exe", ".bin", ".o", ".a", ".lib", ".class",
                   ".jar", ".msi", ".com", ".bat", ".cmd", ".sh"}
BINARY_MAGIC = (b"\x7fELF", b"MZ", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
# bandit test ids. Never waivable: a `# nosec` does not hide them.
NEVER_WAIVABLE = {
    "B102": "exec", "B307": "eval", "B105": "hard-coded password", "B106": "hard-coded password",
    "B107": "hard-coded password", "B501": "verify=False", "B602": "shell=True", "B604": "shell=True",
}
# Blocking unless waived with a `# nosec BXXX` comment that says why.
BLOCKING = {
    "B101": "assert in plugin code", "B110": "try/except/pass", "B113": "requests without timeout",
    **{f"B{n}": "xml.etree on untrusted input" for n in (313, 314, 315, 316, 317, 318, 319, 320, 405, 406, 407,
                                                          408, 409, 410)},
}


@dataclass
class Report:
    errors: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_zip(path: Path) -> Report:
    report = Report()
    if not path.is_file():
        report.errors.append(f"{path}: no such file (run `make package` first)")
        return report
    size = path.stat().st_size
    if size > MAX_BYTES:
        report.errors.append(f"zip is {size / 1e6:.1f} MB; the plugin repository accepts at most 25 MB")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        report.errors.append(f"{path.name}: not a zip file ({error})")
        return report
    with archive, tempfile.TemporaryDirectory(prefix="dego-check-") as tmp:
        names = archive.namelist()
        top = _check_layout(archive, names, report)
        if top is None:
            return report
        for name in names:
            if not name.endswith("/") and ".." not in PurePosixPath(name).parts and not name.startswith("/"):
                archive.extract(name, tmp)
        folder = Path(tmp) / top
        _check_metadata(folder / "metadata.txt", folder, report)
        _check_bandit(folder, report)
        _check_secrets(folder, report)
    return report


def _check_layout(archive: zipfile.ZipFile, names: List[str], report: Report):
    if not names:
        report.errors.append("the zip is empty")
        return None
    tops = {PurePosixPath(n).parts[0] for n in names}
    if len(tops) != 1:
        report.errors.append(f"the zip must hold exactly one top folder, it holds: {', '.join(sorted(tops))}")
        return None
    top = tops.pop()
    if not top.isidentifier() or all(n == top for n in names):
        report.errors.append(f"top folder {top!r} is not a folder named like a Python identifier")
        return None
    for required in REQUIRED_FILES:
        if f"{top}/{required}" not in names:
            report.errors.append(f"{top}/{required} is missing")
    for info in archive.infolist():
        parts = PurePosixPath(info.filename).parts
        suffix = PurePosixPath(info.filename).suffix.lower()
        if info.filename.startswith("/") or ".." in parts:
            report.errors.append(f"{info.filename}: unsafe path in zip")
        elif "__pycache__" in parts:
            report.errors.append(f"{info.filename}: __pycache__ must not be packaged")
        elif any(p in (".git", ".svn", ".hg") for p in parts):
            report.errors.append(f"{info.filename}: version-control data must not be packaged")
        elif suffix in BINARY_SUFFIXES:
            report.errors.append(f"{info.filename}: binary or compiled file ({suffix}) must not be packaged")
        elif not info.is_dir() and archive.read(info.filename)[:4].startswith(BINARY_MAGIC):
            report.errors.append(f"{info.filename}: is an executable binary")
        elif info.external_attr >> 16 & 0o111 and not info.is_dir():
            report.warnings.append(f"{info.filename}: has the executable bit set")
    return top


def _check_metadata(path: Path, folder: Path, report: Report) -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep key case: the repository spells qgisMinimumVersion so
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as error:
        report.errors.append(f"metadata.txt cannot be read: {error}")
        return
    if not parser.has_section("general"):
        report.errors.append("metadata.txt has no [general] section")
        return
    meta = parser["general"]
    for key in REQUIRED_KEYS:
        if not meta.get(key, "").strip():
            report.errors.append(f"metadata.txt: required key {key!r} is missing or empty")
    for key in RECOMMENDED_KEYS:
        if not meta.get(key, "").strip():
            report.warnings.append(f"metadata.txt: recommended key {key!r} is missing")
    if not re.fullmatch(r"\d+(\.\d+){1,3}([-.]?\w+)?", meta.get("version", "").strip()):
        report.errors.append(f"metadata.txt: version {meta.get('version', '')!r} is not like 1.2.3")
    for key in ("qgisMinimumVersion", "qgisMaximumVersion"):
        value = meta.get(key, "").strip()
        if value and not re.fullmatch(r"\d+\.\d+(\.\d+)?", value):
            report.errors.append(f"metadata.txt: {key} {value!r} is not like 3.22")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", meta.get("email", "").strip()):
        report.errors.append("metadata.txt: email is not an e-mail address")
    for key in ("tracker", "repository", "homepage"):
        value = meta.get(key, "").strip()
        if value and not re.match(r"https?://", value):
            report.errors.append(f"metadata.txt: {key} must be an http(s) URL")
    icon = meta.get("icon", "").strip()
    if icon and not (folder / icon).is_file():
        report.errors.append(f"metadata.txt: icon {icon!r} is not in the zip")
    if meta.get("hasProcessingProvider", "no").strip().lower() not in ("yes", "no", "true", "false"):
        report.errors.append("metadata.txt: hasProcessingProvider must be yes or no")
    if not meta.get("qgisMaximumVersion", "").strip():
        report.notes.append("no qgisMaximumVersion: the repository reads 3.99, so QGIS 4 is not offered the plugin")


def _check_bandit(folder: Path, report: Report) -> None:
    if importlib.util.find_spec("bandit") is None:
        report.errors.append("bandit is not installed (make deps installs it); the repository scans every upload")
        return
    findings = _bandit(folder, ignore_nosec=False)
    unwaivable = _bandit(folder, ignore_nosec=True, tests=sorted(NEVER_WAIVABLE))
    for item in unwaivable:
        report.errors.append(f"bandit {item['test_id']} ({NEVER_WAIVABLE[item['test_id']]}, never waivable): "
                             f"{_where(item, folder)}: {item['issue_text']}")
    for item in findings:
        test_id = item["test_id"]
        if test_id in NEVER_WAIVABLE:
            continue
        text = f"bandit {test_id}: {_where(item, folder)}: {item['issue_text']}"
        if test_id in BLOCKING:
            report.errors.append(f"{text} ({BLOCKING[test_id]}, blocking)")
        else:
            report.notes.append(text)


def _bandit(folder: Path, ignore_nosec: bool, tests=()) -> list:
    command = [sys.executable, "-m", "bandit", "-r", str(folder), "-f", "json", "-q"]
    if ignore_nosec:
        command.append("--ignore-nosec")
    if tests:
        command += ["-t", ",".join(tests)]
    done = subprocess.run(command, capture_output=True, text=True)  # nosec B603
    try:
        result = json.loads(done.stdout)
    except ValueError:
        raise SystemExit(f"bandit failed to run: {done.stderr.strip() or done.stdout.strip()}") from None
    for error in result.get("errors", []):
        raise SystemExit(f"bandit could not scan {error.get('filename')}: {error.get('reason')}")
    return result.get("results", [])


def _where(item: dict, folder: Path) -> str:
    return f"{Path(item['filename']).relative_to(folder.parent)}:{item['line_number']}"


def _check_secrets(folder: Path, report: Report) -> None:
    if importlib.util.find_spec("detect_secrets") is None:
        report.warnings.append("detect-secrets is not installed: secrets were NOT scanned "
                               "(make check-package installs it)")
        return
    done = subprocess.run([sys.executable, "-m", "detect_secrets", "scan", "--all-files", "."],  # nosec B603
                          cwd=folder, capture_output=True, text=True)
    try:
        results = json.loads(done.stdout)["results"]
    except (ValueError, KeyError):
        raise SystemExit(f"detect-secrets failed to run: {done.stderr.strip()}") from None
    for file_name, secrets in sorted(results.items()):
        for secret in secrets:
            report.errors.append(f"detect-secrets: {folder.name}/{file_name}:{secret['line_number']}: "
                                 f"{secret['type']}")


def default_zip() -> Path:
    sys.path.insert(0, str(ROOT / "tools"))
    from package import PACKAGE, metadata  # noqa: E402 (tools/ is not a package on sys.path)

    return ROOT / "dist" / f"{PACKAGE}-{metadata()['version']}.zip"


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else default_zip()
    report = check_zip(path)
    for note in report.notes:
        print(f"note: {note}")
    for warning in report.warnings:
        print(f"WARNING: {warning}")
    for error in report.errors:
        print(f"FAIL: {error}", file=sys.stderr)
    if not report.ok:
        print(f"check-package FAILED: {len(report.errors)} problem(s) in {path.name}", file=sys.stderr)
        return 1
    print(f"check-package passed: {path.name} ({path.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
