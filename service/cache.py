"""On-disk cache in the user cache directory: atomic writes, so a good copy is never half-overwritten."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import List, Optional, Sequence

try:
    import platformdirs
except ImportError:  # QGIS's Python on Windows and macOS lacks it: the plugin zip carries a copy (ext/)
    from ..ext import platformdirs

CACHE_DIR_ENV = "DEGO_CACHE_DIR"  # lets tests and municipal IT put the cache elsewhere
FEATURES_FOLDER = "features"  # local copies of a municipality's features (layers/local_copy.py)
# What clear() deletes: only the kinds of file DEGO writes (the GeoPackage's SQLite side files with it).
CACHE_PATTERNS = ("*.json", "*.part", "*.gpkg", "*.gpkg-wal", "*.gpkg-shm", "*.gpkg-journal")


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
    """Delete the cached copies (the JSON files and feature GeoPackages DEGO writes, and leftover partial writes);
    returns how many. A GeoPackage a layer of the open project reads stays readable on Linux and macOS until the
    layer lets go of it; Windows refuses to delete it (skipped).

    Only those file kinds, so a cache folder set by mistake to a shared folder loses nothing else.
    """
    root = directory or cache_dir()
    removed = 0
    for pattern in CACHE_PATTERNS:
        for path in root.rglob(pattern):
            with contextlib.suppress(OSError):  # already gone, or locked by another QGIS: skip it
                path.unlink()
                removed += 1
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        with contextlib.suppress(OSError):  # not empty: something else lives there
            folder.rmdir()
    return removed


def feature_copy_path(parts: Sequence[str], label: str, directory: Optional[Path] = None) -> Path:
    """Where the local copy keyed by `parts` (service, layer, municipality, data date) lives: a readable `label`
    and a digest of the key, so another key never finds this file."""
    digest = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
    safe = re.sub(r"[^\w\-]+", "-", label, flags=re.ASCII).strip("-")[:60] or "layer"
    return (directory or cache_dir()) / FEATURES_FOLDER / f"{safe}-{digest}.gpkg"


def trim_feature_copies(limit_bytes: int, keep: Path, directory: Optional[Path] = None) -> List[Path]:
    """Delete the least recently used local copies until they take at most `limit_bytes` (never `keep`, the copy
    just made); returns the deleted paths. A copy is "used" when read (its modification time is touched)."""
    folder = (directory or cache_dir()) / FEATURES_FOLDER
    copies = []
    for path in folder.glob("*.gpkg"):
        with contextlib.suppress(OSError):  # gone meanwhile
            copies.append((path.stat().st_mtime, path.stat().st_size, path))
    total = sum(size for _, size, _ in copies)
    deleted = []
    for _, size, path in sorted(copies):
        if total <= limit_bytes:
            break
        if path == keep:
            continue
        with contextlib.suppress(OSError):  # open in another QGIS on Windows: it stays
            path.unlink()
            total -= size
            deleted.append(path)
    return deleted


def touch(path: Path) -> None:
    """Mark a copy as used now (the size limit deletes the least recently used first)."""
    with contextlib.suppress(OSError):
        now = time.time()
        os.utime(path, (now, now))
