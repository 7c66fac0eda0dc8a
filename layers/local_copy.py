"""Local copies of a municipality's features: a WFS or OGC API Features layer clipped to a municipality is downloaded
once per service, layer, municipality and the catalogue's data date into a GeoPackage in the cache folder
(service/cache.py), and the layer in the project reads that file. The map, the print layers and every export read
the same file; a second map set and a re-opened project read it from disk, not from the server.

The copy is made from the clipped service layer (the same filter, spelling of codes and typename as ever), feature
by feature in the loader's worker, under a temporary name that is renamed only when every feature the server counted
arrived and the provider recorded no error: a cancelled or broken download never leaves a half file and never
replaces a good copy. A layer reading a copy keeps where its data came from: the service URL, typename and data date
as custom properties (`COPY_PROPERTY`) and in its metadata (Layer Properties ▸ Metadata ▸ History and Links).

Re-clipping such a layer to another municipality (layers/clip.py) switches it to that municipality's copy when there
is one, else back to the clipped service layer.
"""
from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, List, Optional

from qgis.core import (
    QgsAbstractMetadataBase,
    QgsCoordinateTransformContext,
    QgsDataProvider,
    QgsFeature,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..i18n import tr
from ..model.catalogue import LayerEntry
from ..model.municipality import Municipality
from ..service import cache, settings
from ..toolbelt.feature_reads import downloads_in_background, reading
from ..toolbelt.log import debug, log
from ..toolbelt.outside_text import html_text
from .sources import VECTOR, DataSource
from .wfs_pages import service_read

COPY_PROPERTY = "dego/local_copy"  # JSON of its CopyKey: the layer reads local copies of this service layer
TABLE = "features"  # the GeoPackage table of a copy
BATCH = 1000  # features written per call, and between progress reports
UNDATED_DAYS = 7  # a copy of an entry without a data date is fetched again after this many days
Progress = Callable[[int, int], None]  # (features fetched, features the server counted or -1)


class CopyError(Exception):
    """The download did not bring every feature; the text says why (for the log)."""


@dataclass(frozen=True)
class CopyKey:
    """What a copy is kept by, besides the municipality: the service layer, how it is asked for and clipped
    (`variant`: the service type, version, CRS and municipality attribute, which change what comes back) and the
    catalogue's data date."""

    url: str
    typename: str
    data_date: str = ""
    variant: str = ""

    @classmethod
    def from_entry(cls, entry: LayerEntry) -> "CopyKey":
        service = entry.service
        variant = json.dumps([str(service.type), service.version, service.crs, entry.municipality_attribute,
                              entry.municipality_code_format])
        return cls(service.url, service.typename, entry.data_date, variant)

    @classmethod
    def of(cls, layer: QgsMapLayer) -> Optional["CopyKey"]:
        try:
            data = json.loads(str(layer.customProperty(COPY_PROPERTY, "") or ""))
            return cls(str(data["url"]), str(data["typename"]), str(data.get("data_date", "")),
                       str(data.get("variant", "")))
        except (ValueError, KeyError, TypeError):
            return None

    def remember(self, layer: QgsMapLayer) -> None:
        layer.setCustomProperty(COPY_PROPERTY, json.dumps(self.__dict__, sort_keys=True))

    def path(self, code: str) -> Path:
        return cache.feature_copy_path((self.url, self.typename, code, self.data_date, self.variant),
                                       f"{self.typename}-{code}")

    def fresh_path(self, code: str) -> Optional[Path]:
        """The copy for municipality `code` if there is one still valid (an undated entry's for UNDATED_DAYS)."""
        path = self.path(code)
        try:
            stat = path.stat()
        except OSError:
            return None
        if not self.data_date and time.time() - stat.st_mtime > UNDATED_DAYS * 86400:
            return None
        return path


def wants_copy(entry: LayerEntry, municipality: Optional[Municipality]) -> bool:
    """Features clipped to a municipality are copied (unclipped, a layer would be the whole country)."""
    return (entry.service.type.is_vector and municipality is not None and municipality.has_boundary
            and settings.local_copies())


def copy_source(path: Path) -> DataSource:
    return DataSource(VECTOR, "ogr", f"{path}|layername={TABLE}")


def fill_copy(layer: QgsVectorLayer, path: Path, is_cancelled: Callable[[], bool] = lambda: False,
              progress: Progress = lambda fetched, expected: None,
              fetch: Optional[Callable[[str], bytes]] = None) -> None:
    """Blocking (network, disk), for a worker: every feature of the clipped service `layer` into the GeoPackage at
    `path`, written under a temporary name and renamed when complete. With `fetch`, a WFS clipped by attribute is read
    in pages of the plugin's own (layers/wfs_pages.py: GeoJSON or GML), else the layer itself is read (through QGIS's
    provider).
    Raises CopyError (nothing written) when cancelled, when the server counted more features than arrived, or when
    the provider recorded an error meanwhile (QgsDataProvider.errors(): a failed download)."""
    # The server's count (-1: OGC API, a WFS clipped by shape: not checked) and how to read it (layers/wfs_pages.py)
    expected, route, pages = service_read(layer, fetch) if fetch is not None else (-1, "", None)
    temporary = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.part.gpkg")
    path.parent.mkdir(parents=True, exist_ok=True)
    provider = layer.dataProvider()
    errors_before = len(provider.errors())  # the provider's own record; no log listener: its download thread logs,
    # and a Python slot called there waits for the GIL this worker holds while it waits for that thread (deadlock)
    try:
        batches = pages if pages is not None else _batches(layer)
        try:
            fetched = _write(layer, temporary, batches, is_cancelled, lambda n: progress(n, expected))
        except CopyError:
            raise
        except Exception as error:  # noqa: BLE001 (a page that failed: network, content; no copy, said why)
            raise CopyError(f"{type(error).__name__}: {error}") from None
        failures = provider.errors()[errors_before:]
        if failures:
            raise CopyError(f"the provider reported: {failures[-1][:300]}")
        if expected >= 0 and fetched != expected:
            raise CopyError(f"{fetched} features arrived of the {expected} the server counted")
        try:
            os.replace(temporary, path)
        except OSError as error:  # Windows: an old copy open in a layer cannot be replaced; it stays as it is
            raise CopyError(f"cannot replace {path.name}: {error}") from None
    finally:
        with contextlib.suppress(OSError):  # renamed, or never made
            os.unlink(temporary)
    debug(f"local copy {path.name}: {fetched} features ({route or 'the provider'})")
    trimmed = cache.trim_feature_copies(settings.local_copy_limit_mb() * 1024 * 1024, keep=path)
    if trimmed:
        log(f"local copies: {len(trimmed)} least recently used deleted (size limit "
            f"{settings.local_copy_limit_mb()} MB)")


def _batches(layer: QgsVectorLayer) -> Iterator[List[QgsFeature]]:
    """The layer's features in batches, read through its provider (a layer this worker made and owns). Left early
    (Cancel, a write error), its download thread is ended before the iterator goes (toolbelt/feature_reads.py)."""
    with reading(layer, QgsFeatureRequest(), downloads_in_background(layer)) as iterator:
        batch = []
        for feature in iterator:
            batch.append(feature)
            if len(batch) == BATCH:
                yield batch
                batch = []
        yield batch


def _write(layer: QgsVectorLayer, target: Path, batches: Iterable[List[QgsFeature]], is_cancelled: Callable[[], bool],
           progress: Callable[[int], None]) -> int:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = TABLE
    options.fileEncoding = "UTF-8"
    writer = QgsVectorFileWriter.create(str(target), layer.fields(), layer.wkbType(), layer.crs(),
                                        QgsCoordinateTransformContext(), options)
    fetched = 0
    try:
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise CopyError(f"cannot write {target}: {writer.errorMessage()}")
        for batch in batches:
            fetched += _add(writer, batch)
            progress(fetched)
            if is_cancelled():
                raise CopyError("cancelled")
    finally:
        close = getattr(batches, "close", None)
        if close is not None:
            close()  # a generator left early closes its iterator now
        del writer  # flushes and closes the file
    return fetched


def _add(writer: QgsVectorFileWriter, features: list) -> int:
    if features and not writer.addFeatures(features):
        raise CopyError(f"writing failed: {writer.errorMessage()}")
    return len(features)


def describe(layer: QgsMapLayer, key: CopyKey, code: str) -> None:
    """Where the copy came from, kept on the layer: the key (custom property) and the metadata's link and history,
    which Layer Properties shows beside the file's path."""
    key.remember(layer)
    metadata = layer.metadata()
    if not any(link.url == key.url for link in metadata.links()):
        metadata.addLink(QgsAbstractMetadataBase.Link(html_text(key.typename), "OGC:WFS", key.url))
    metadata.setHistory([html_text(tr("Local copy of “{0}” from {1} for {2}; data date {3}.").format(
        key.typename, key.url, code, key.data_date or tr("not given")))])
    layer.setMetadata(metadata)


def copy_gone(layer: QgsMapLayer) -> bool:
    """A layer made to read a local copy whose file is no longer there ("Clear cache", the size limit): re-clipping
    it reads the service again (layers/clip.py)."""
    if CopyKey.of(layer) is None or layer.providerType() != "ogr":
        return False
    return not Path(layer.source().split("|")[0]).exists()


def use_copy(layer: QgsVectorLayer, path: Path) -> None:
    """GUI thread: the layer reads the copy at `path` (its style and fields stay: the copy has the same fields)."""
    cache.touch(path)
    source = copy_source(path)
    if layer.source() != source.uri or layer.providerType() != source.provider:
        layer.setDataSource(source.uri, layer.name(), source.provider, QgsDataProvider.ProviderOptions())
    if layer.subsetString():
        layer.setSubsetString("")
