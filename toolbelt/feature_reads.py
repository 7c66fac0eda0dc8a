"""Reading WFS and OGC API Features layers without leaving their download thread behind.

QGIS's WFS provider (both services) fills a feature iterator from a download thread of its own, which calls into the
iterator (a direct Qt connection: `featureReceivedSynchronous`, `endOfDownloadSynchronous`) whenever features arrive
and once more when the download ends. The iterator's destructor does not disconnect before its members are destroyed
(qgsbackgroundcachedfeatureiterator.cpp, 3.22; later versions read the same): a call arriving while an iterator is
destroyed wakes a wait condition that was freed, i.e. locks a mutex inside memory the thread that dropped the
iterator may already have handed to its next object. The download thread then blocks there for ever (anything
waiting for it hangs) or writes into that object. Whole test runs showed it as segfaults in a later layer's QObject
destructor (`QgsProject.clear`), in `importNamedStyle`, as malloc aborts, and as download threads stuck in
`QWaitCondition::wakeOne`.

So the plugin never lets go of such an iterator while its download may still call it:
- a layer the calling thread owns (a worker's new layer) has its download thread stopped and waited for before the
  iterator goes (`end_downloads`); that is the only way for a probe for one feature (`setLimit(1)`: the iterator
  stops at the limit, before the download ends);
- a read of all features through a feature source (a layer of the GUI thread) that ends early (it found what it
  looked for, was cancelled, failed) reads the rest first: its iterator ends only after the download's last call
  has returned (`reading`).
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from qgis.core import QgsFeature, QgsFeatureIterator, QgsFeatureRequest, QgsVectorLayer

BACKGROUND_DOWNLOAD = ("WFS", "OAPIF")  # the providers whose iterators a download thread feeds


def downloads_in_background(layer: QgsVectorLayer) -> bool:
    return layer.providerType() in BACKGROUND_DOWNLOAD


@contextmanager
def reading(source, request: QgsFeatureRequest, background: bool) -> Iterator[QgsFeatureIterator]:
    """The features of `source` for `request` (without a limit), to iterate over and leave at will. With `background`
    (the layer downloads in the background) the download has ended before the iterator goes: a layer the calling
    thread owns has it ended (`end_downloads`); from a feature source (taken on the GUI thread) what the caller left is
    read when it leaves."""
    iterator = source.getFeatures(request)
    try:
        yield iterator
    finally:
        if isinstance(source, QgsVectorLayer):
            end_downloads(source)
        elif background:
            feature = QgsFeature()
            while iterator.nextFeature(feature):
                pass
        iterator.close()


def end_downloads(layer: QgsVectorLayer) -> None:
    """Blocking: stop the layer's download thread and wait for it (it then calls no iterator any more). Only for a
    layer the calling thread owns: its cached features are dropped too (a later read asks the server again)."""
    provider = layer.dataProvider()
    if downloads_in_background(layer) and provider is not None:
        provider.reloadData()
