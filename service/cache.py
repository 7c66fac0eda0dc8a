"""On-disk cache in the user cache directory: atomic writes, so a good copy is never half-overwritten."""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Optional

try:
    import platformdirs
except ImportError:  # QGIS's Python on Windows and macOS lacks it: the plugin zip carries a copy (ext/)
    from ..ext import platformdirs

CACHE_DIR_ENV = "DEGO_CACHE_DIR"  # lets tests and municipal IT put the cache elsewhere


def cache_dir() -> Path:
    custom = os.environ.get(CACHE_DIR_ENV, "").strip()
    return Path(custom) if custom else Path(platformdirs.user_cache_dir("dego-qgis-plugin", "VNG"))


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename over it: readers see the old or the new file."""
    import tempfile  # with shutil and the compressors it loads: when first written, not at QGIS start

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):  # the temporary file may already be gone
            os.unlink(tmp)
        raise


def read_bytes(path: Path) -> Optional[bytes]:
    try:
        return path.read_bytes()
    except OSError:
        return None


def read_json(path: Path) -> dict:
    raw = read_bytes(path)
    try:
        value = json.loads(raw.decode("utf-8")) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def write_json(path: Path, value: dict) -> None:
    write_atomic(path, json.dumps(value, indent=1, sort_keys=True).encode("utf-8"))


def clear(directory: Optional[Path] = None) -> int:
    """Delete the cached copies (the JSON files DEGO writes, and leftover partial writes); returns how many.

    Only those file kinds, so a cache folder set by mistake to a shared folder loses nothing else.
    """
    root = directory or cache_dir()
    removed = 0
    for pattern in ("*.json", "*.part"):
        for path in root.rglob(pattern):
            with contextlib.suppress(OSError):  # already gone, or locked by another QGIS: skip it
                path.unlink()
                removed += 1
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        with contextlib.suppress(OSError):  # not empty: something else lives there
            folder.rmdir()
    return removed
