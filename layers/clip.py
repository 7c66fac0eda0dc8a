"""Clipping a DEGO layer to a municipality, per service type.

- WFS: a subset string that QGIS 3.22's WFS provider turns into an OGC filter on every GetFeature, so only
  the municipality's features cross the wire: `"gemeentecode" = 'GM0344'` when the catalogue names the
  layer's municipality attribute, else `intersects($geometry, geom_from_wkt(...))` with the boundary. The code is
  spelled as the layer spells it (layers/code_spelling.py: GM0344, 0344 or 344, found on the server when a layer
  comes back empty). A new layer is created with that filter in its source (`clipped_source`): QGIS 3.40's
  provider sends one GetFeature before a subset string could be set.
- OGC API Features: QGIS 3.22's OAPIF provider evaluates subset strings on the client (the whole collection
  would be downloaded), but it does copy the query string of the landing-page URL onto every request. So the
  filter goes there: `?gemeentecode=GM0344` (a queryable), or `?bbox=` of the municipality (the only spatial
  filter in OGC API Features core) plus an exact client-side intersects for layers without the attribute. A
  server that ignores the attribute parameter (core only; MapServer 8.0) is found out once per collection by
  asking for a code no feature has (`clip_recipe`), and its layers are clipped as those without the attribute.
- The spatial filter is written in the layer's CRS (a WFS layer in EPSG:4326 or 3857 is filtered there).
- WMS, WMTS, vector tiles: the server cannot filter them; the project's mask layer hides what lies outside
  the border (`mask_layer`), and the layer's extent is limited to the municipality.

A spatial filter uses the boundary as exactly as FILTER_BUDGET_BYTES allows: simplified (Douglas-Peucker,
tolerance t) and then buffered outward by t, which covers the original boundary (checked), so no feature
inside is lost; what comes extra lies within t of the border. A boundary of more than FILTER_VERTEX_CAP
vertices, one whose filter takes longer than FILTER_SECONDS to build (a hostile zig-zag border makes every
buffer cost seconds and gigabytes), or a build that is cancelled, gets its bounding box instead: the server
filters by that, OGC API Features layers are filtered exactly in QGIS, and the mask hides the rest of a WFS
layer (said in the log).
"""
from __future__ import annotations

import dataclasses
import json
import math
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Tuple
from urllib.parse import quote

from qgis.core import (
    QgsDataProvider,
    QgsDataSourceUri,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsInvertedPolygonRenderer,
    QgsMapLayer,
    QgsMapLayerStyle,
    QgsOgcUtils,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import tr
from ..model.catalogue import LayerEntry, ServiceType
from ..model.municipality import BOUNDARY_CRS, Municipality, format_code
from ..model.urls import with_query
from ..toolbelt.feature_reads import downloads_in_background, end_downloads
from ..toolbelt.geometry import boundary_extent, crs_of, transformed_wkt
from ..toolbelt.log import log
from .code_spelling import code_format, confirm_spelling, spelling_check
from .local_copy import CopyKey, use_copy
from .sources import DataSource, data_source_for

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

ATTRIBUTE, SPATIAL, MASK = "attribute", "spatial", "mask"
FILTER_BUDGET_BYTES = 20_000  # the spatial filter as sent in the GetFeature URL (servers refuse long URLs)
FILTER_VERTEX_CAP = 100_000  # a Dutch municipal border has up to some 30,000; more is refused outright
FILTER_SECONDS = 4.0  # time to build a spatial filter before the bounding box is used instead
BOUNDING_BOX = math.inf  # the tolerance of a filter that fell back to the boundary's bounding box
RECIPE_PROPERTY = "dego/clip_recipe"  # how to clip this layer (JSON), kept in the project
CLIPPED_TO_PROPERTY = "dego/clipped_to"  # the municipality code the layer is clipped to ('' = not clipped)
ROLE_PROPERTY = "dego/role"  # marks the project's mask and outline layers
OWN_EXTENT_PROPERTY = "dego/own_extent"  # a raster or vector tile layer's extent before clipping (WKT)
MASK_ROLE, OUTLINE_ROLE = "mask", "outline"
_FILTER_VERTEX_BYTES = 8  # a vertex in a filter takes 8 bytes at the least: a digit, %2C, a digit, %20
_MITRE = 2  # shapely JOIN_STYLE.mitre on 1.8 and 2.x: keeps one vertex per corner, unlike round joins
_WGS84 = "EPSG:4326"
_UNRESERVED = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"  # what quote() leaves as it is
ATTRIBUTE_PROBE = "dego-probe-no-such-code"  # a municipality code no feature has
# How long a probe for one feature waits for the service. A WFS/OAPIF iterator without a timeout waits for ever for a
# download that does not end (seen on QGIS 3.44): the task asking would never end, and nor would its Cancel.
PROBE_TIMEOUT_MS = 20_000


@dataclass(frozen=True)
class ClipRecipe:
    """What clipping a layer needs, stored on the layer so it can be re-clipped without the catalogue."""

    service_type: str  # a ServiceType value
    attribute: str = ""  # the layer's municipality attribute, if any
    code_format: str = ""  # the catalogue's spelling of codes in it ('' = not given: code_spelling.code_format)
    base_source: str = ""  # the unclipped data source (OAPIF: the landing page URL is rewritten)

    @classmethod
    def from_entry(cls, entry: LayerEntry) -> "ClipRecipe":
        return cls(entry.service.type, entry.municipality_attribute, entry.municipality_code_format,
                   data_source_for(entry).uri)

    @classmethod
    def of(cls, layer: QgsMapLayer) -> Optional["ClipRecipe"]:
        try:
            data = json.loads(str(layer.customProperty(RECIPE_PROPERTY, "") or ""))
            return cls(str(data["service_type"]), str(data.get("attribute", "")),
                       str(data.get("code_format", "")), str(data.get("base_source", "")))
        except (ValueError, KeyError, TypeError):
            return None

    def remember(self, layer: QgsMapLayer) -> None:
        layer.setCustomProperty(RECIPE_PROPERTY, json.dumps(self.__dict__, sort_keys=True))


@dataclass(frozen=True)
class ClipFilter:
    method: str  # ATTRIBUTE, SPATIAL or MASK
    attribute: str = ""
    value: str = ""  # the code as the attribute spells it
    area_wkt: str = ""  # SPATIAL: the area features must intersect, in BOUNDARY_CRS
    tolerance_m: float = 0.0  # SPATIAL: how far the area may reach beyond the border (BOUNDING_BOX: any)
    local_wkt: str = ""  # SPATIAL, bounding box fallback: the exact boundary, for filters evaluated in QGIS

    def expression(self, crs: str = BOUNDARY_CRS, local: bool = False) -> str:
        """The QGIS expression for a layer in `crs`: the server's (a WFS subset string), or with `local` the one
        QGIS evaluates itself (OGC API Features), which needs no URL and so may use the exact boundary."""
        if self.method == ATTRIBUTE:
            return QgsExpression.createFieldEqualityExpression(self.attribute, self.value)
        if self.method == SPATIAL:
            area = self.local_wkt if local and self.local_wkt else self.area_wkt
            wkt = area if crs == BOUNDARY_CRS else transformed_wkt(area, crs)
            return f"intersects($geometry, geom_from_wkt({QgsExpression.quotedString(wkt)}))"
        return ""


def clip_filter_for(entry: LayerEntry, municipality: Municipality,
                    budget: int = FILTER_BUDGET_BYTES) -> ClipFilter:
    return _filter(ClipRecipe.from_entry(entry), municipality, budget)


_honoured: Dict[Tuple[str, str], bool] = {}  # (OAPIF data source, attribute) → the server filters on it
_honoured_lock = threading.Lock()


def clip_recipe(entry: LayerEntry, fetch: Optional[Callable[[str], bytes]] = None) -> ClipRecipe:
    """How to clip the entry's layers. Blocking (network) with `fetch`: an OGC API Features server that ignores
    the municipality attribute as a query parameter (core servers may: MapServer 8.0 does, and would answer the
    whole country) gets the layer clipped like one without the attribute, by bbox and exactly in QGIS (logged)."""
    recipe = ClipRecipe.from_entry(entry)
    if fetch is None or recipe.service_type != ServiceType.OAPIF or not recipe.attribute:
        return recipe
    key = (recipe.base_source, recipe.attribute)
    with _honoured_lock:
        honoured = _honoured.get(key)
    if honoured is None:
        honoured = honours_attribute(recipe.base_source, recipe.attribute, fetch)
        with _honoured_lock:
            _honoured[key] = honoured
    if honoured:
        return recipe
    log(f"{entry.id}: the OGC API Features server ignores the query parameter '{recipe.attribute}'; the layer is "
        "clipped by the municipality's bbox on the server and exactly in QGIS")
    return dataclasses.replace(recipe, attribute="")


def honours_attribute(base_source: str, attribute: str, fetch: Callable[[str], bytes]) -> bool:
    """Blocking (network): whether the collection's items are filtered by `attribute` as a query parameter. Asked
    for a value no feature has, a server that filters answers none; one that ignores the parameter answers one.
    Unknown (no answer, not JSON) counts as filtering: the catalogue said so."""
    uri = QgsDataSourceUri(base_source)
    items = with_query(uri.param("url"), {attribute: ATTRIBUTE_PROBE, "limit": "1", "f": "json"},
                       path=f"collections/{quote(uri.param('typename'), safe='')}/items")
    try:
        answer = json.loads(fetch(items))
    except Exception:  # any network or content failure: as the catalogue says
        return True
    features = answer.get("features") if isinstance(answer, dict) else None
    return not (isinstance(features, list) and features)


def _filter(recipe: ClipRecipe, municipality: Municipality, budget: int = FILTER_BUDGET_BYTES) -> ClipFilter:
    if recipe.service_type not in (ServiceType.WFS, ServiceType.OAPIF):
        return ClipFilter(MASK)
    if recipe.attribute:
        return ClipFilter(ATTRIBUTE, recipe.attribute, format_code(municipality.code, code_format(recipe)))
    area, tolerance = municipality_area(municipality, budget)
    if tolerance == BOUNDING_BOX:
        return ClipFilter(SPATIAL, area_wkt=area, tolerance_m=tolerance, local_wkt=municipality.boundary().wkt)
    return ClipFilter(SPATIAL, area_wkt=area, tolerance_m=tolerance)


_areas: Dict[Tuple[bytes, int], Tuple[str, float]] = {}
_areas_lock = threading.Lock()


def municipality_area(municipality: Municipality, budget: int = FILTER_BUDGET_BYTES,
                      cancelled: Callable[[], bool] = lambda: False) -> Tuple[str, float]:
    """spatial_area of the municipality's boundary, computed once (seconds for a detailed border): the
    boundary task calls it in the background, so re-clipping on the GUI thread finds it ready. A cancelled
    build is not kept."""
    key = (bytes(municipality.boundary_wkb), budget)
    with _areas_lock:
        if key in _areas:
            return _areas[key]
    from shapely import wkb  # shapely loads numpy: imported when first used, not at QGIS start

    area = spatial_area(wkb.loads(key[0]), budget, cancelled=cancelled)
    if not cancelled():
        with _areas_lock:
            while len(_areas) >= 8:
                _areas.pop(next(iter(_areas)))
            _areas[key] = area
    return area


class _OutOfTimeError(Exception):
    """The filter took too long to build, or its build was cancelled; the text says which (for the log)."""


class _NoFitError(Exception):
    """No simplification of the boundary fits the budget."""


class _Clock:
    """FILTER_SECONDS for one build, checked before every expensive step. A buffer cannot be interrupted, so
    one is not started when the slowest so far, scaled to the new distance, would overrun the time left."""

    def __init__(self, seconds: float, cancelled: Callable[[], bool]):
        self._ends = time.monotonic() + seconds
        self._cancelled = cancelled
        self._slowest = (0.0, 0.0)  # (seconds, distance) of the slowest buffer so far

    def check(self, distance: float = 0.0) -> None:
        if self._cancelled():
            raise _OutOfTimeError("cancelled")
        seconds, at = self._slowest
        if time.monotonic() + seconds * max(1.0, distance / max(at, 0.5)) > self._ends:
            raise _OutOfTimeError(f"more than {FILTER_SECONDS:.0f} s")

    def timed(self, distance: float, work: Callable, *args, **kwargs):
        self.check(distance)
        started = time.monotonic()
        result = work(*args, **kwargs)
        self._slowest = max(self._slowest, (time.monotonic() - started, distance))
        return result


def spatial_area(boundary: BaseGeometry, budget: int = FILTER_BUDGET_BYTES, seconds: float = FILTER_SECONDS,
                 cancelled: Callable[[], bool] = lambda: False) -> Tuple[str, float]:
    """(WKT, tolerance): the smallest tolerance whose simplified, outward-buffered boundary fits the budget
    as an OGC filter. Tolerance 0 is the boundary itself (to the centimetre). Over FILTER_VERTEX_CAP vertices,
    over `seconds`, or when `cancelled()`: (the bounding box, BOUNDING_BOX).

    The tolerance is searched with plain Douglas-Peucker, several times faster than keeping the topology; an
    outline with too many vertices to fit is not written out, the others are measured as QGIS writes their filter.
    The answer is checked to cover the boundary: when plain Douglas-Peucker dropped part of it (an island or a hole
    narrower than the tolerance), the topology is kept instead and the search goes on from there."""
    vertices = _vertex_count(boundary)
    if vertices > FILTER_VERTEX_CAP:
        return _bounding_box(boundary, f"{vertices} vertices, more than {FILTER_VERTEX_CAP}")
    clock = _Clock(seconds, cancelled)

    def plain(tolerance: float) -> Optional[str]:
        outline = _outline(boundary, tolerance, tolerance + 0.01, clock, keep_topology=False)
        if _vertex_count(outline) * _FILTER_VERTEX_BYTES > budget:  # cannot fit: not written out, which would
            return None  # cost a detailed border more than the rest of its search
        return _fitting(_wkt(outline), budget)

    def topology_kept(tolerance: float) -> Optional[str]:
        return _fitting(_covering(boundary, tolerance, clock), budget)

    try:
        area = plain(0.0)
        tolerance, area = (0.0, area) if area is not None else _smallest(plain, 0.0, 1.0)
        if _covers(area, boundary, clock):
            return area, tolerance
        area = topology_kept(tolerance)
        if area is None:
            tolerance, area = _smallest(topology_kept, tolerance, max(1.0, tolerance * 1.25))
        return area, tolerance
    except (_OutOfTimeError, _NoFitError) as reason:
        return _bounding_box(boundary, str(reason))


def _smallest(attempt: Callable[[float], Optional[str]], low: float, high: float) -> Tuple[float, str]:
    """(tolerance, area) for the smallest tolerance above `low` (which gives no area) at which `attempt` gives
    one: `high` doubled until it does, then bisected six times (within ~2% of the smallest)."""
    area = attempt(high)
    while area is None:
        low, high = high, high * 2
        if high > 100_000:  # cannot happen for a real boundary: its bounding box alone is tiny
            raise _NoFitError("no simplification fits")
        area = attempt(high)
    for _ in range(6):
        middle = (low + high) / 2
        found = attempt(middle)
        if found is None:
            low = middle
        else:
            high, area = middle, found
    return high, area


def _fitting(area_wkt: str, budget: int) -> Optional[str]:
    return area_wkt if filter_bytes(area_wkt) <= budget else None


def _covering(boundary: BaseGeometry, tolerance: float, clock: _Clock) -> str:
    """WKT of the boundary simplified by `tolerance` (topology kept) and buffered outward until it covers the
    original."""
    reach = tolerance + 0.01  # + 1 cm: coordinates are written to the centimetre
    while True:
        wkt = _wkt(_outline(boundary, tolerance, reach, clock))
        if _covers(wkt, boundary, clock):
            return wkt
        reach *= 1.5


def _covers(area_wkt: str, boundary: BaseGeometry, clock: _Clock) -> bool:
    """Whether the area, as written (to the centimetre), covers the boundary."""
    from shapely import wkt as shapely_wkt
    from shapely.prepared import prep

    clock.check()
    return prep(shapely_wkt.loads(area_wkt)).covers(boundary)


def _outline(boundary: BaseGeometry, tolerance: float, reach: float, clock: _Clock,
             keep_topology: bool = True) -> BaseGeometry:
    """The boundary simplified by `tolerance` and buffered outward by `reach` (mitre joins)."""
    clock.check(reach)
    area = boundary.simplify(tolerance, preserve_topology=keep_topology) if tolerance else boundary
    return clock.timed(reach, area.buffer, reach, join_style=_MITRE, mitre_limit=5.0)


def _wkt(area: BaseGeometry) -> str:
    from shapely import wkt as shapely_wkt

    return shapely_wkt.dumps(area, rounding_precision=2)


def _vertex_count(geometry: BaseGeometry) -> int:
    return sum(len(ring.coords) for polygon in getattr(geometry, "geoms", [geometry])
               for ring in [polygon.exterior, *polygon.interiors])


def _bounding_box(boundary: BaseGeometry, reason: str) -> Tuple[str, float]:
    log(f"spatial filter: the boundary's bounding box instead of its shape ({reason}); OGC API Features layers "
        "are still filtered exactly in QGIS, WFS layers show what lies outside under the mask")
    return _wkt(boundary.envelope), BOUNDING_BOX


def filter_bytes(area_wkt: str) -> int:
    """Bytes of the spatial filter in a GetFeature URL: the OGC filter QGIS writes, percent-encoded (counted as
    quote(filter, safe="") would write it, without writing it: 2 ms less for each filter of 20 KB)."""
    document = QDomDocument()
    expression = QgsExpression(ClipFilter(SPATIAL, area_wkt=area_wkt).expression())
    element = QgsOgcUtils.expressionToOgcFilter(expression, document)
    document.appendChild(element)
    encoded = document.toString(-1).encode("utf-8")
    return len(encoded) + 2 * len(encoded.translate(None, _UNRESERVED))  # every other byte becomes %XX


# ------------------------------------------------------------------------------------------ applying

def clip_layer(layer: QgsMapLayer, municipality: Optional[Municipality]) -> ClipFilter:
    """Clip a DEGO layer (None: remove the clip). Re-sources OAPIF layers (which talks to the server), so in
    a worker thread before the layer is added, or on the GUI thread like QGIS's own "change data source"."""
    recipe = ClipRecipe.of(layer)
    if recipe is None:
        return ClipFilter(MASK)
    clip = _filter(recipe, municipality) if municipality is not None else ClipFilter(MASK)
    if _reads_copy(layer, recipe, clip, municipality):
        layer.setCustomProperty(CLIPPED_TO_PROPERTY, municipality.code)
        layer.updateExtents()
        layer.triggerRepaint()
        return clip
    if recipe.service_type == ServiceType.WFS:  # the geometry in the layer's CRS: its filter is sent in that CRS
        subset = clip.expression(layer.crs().authid()) if clip.method != MASK else ""
        if layer.subsetString() != subset:  # a new layer has it from its source: keep the provider's cache
            layer.setSubsetString(subset)
    elif recipe.service_type == ServiceType.OAPIF:
        source, subset = oapif_source(recipe.base_source, clip, municipality)
        if source != layer.source():
            layer.setDataSource(source, layer.name(), "OAPIF", QgsDataProvider.ProviderOptions())
        if subset and layer.crs().isValid():  # evaluated by QGIS in the layer's CRS (WGS 84 on 3.22)
            subset = clip.expression(layer.crs().authid(), local=True)
        layer.setSubsetString(subset)
    else:
        limit_extent(layer, municipality)
    layer.setCustomProperty(CLIPPED_TO_PROPERTY, municipality.code if municipality is not None else "")
    if isinstance(layer, QgsVectorLayer):
        layer.updateExtents()
    layer.triggerRepaint()
    return clip


def _reads_copy(layer: QgsMapLayer, recipe: ClipRecipe, clip: ClipFilter,
                municipality: Optional[Municipality]) -> bool:
    """A layer made from a local copy (layers/local_copy.py) reads the copy of `municipality` when there is one and
    says True; else it goes back to the service, clipped as any DEGO layer (False: the caller clips it)."""
    key = CopyKey.of(layer)
    if key is None or not isinstance(layer, QgsVectorLayer):
        return False
    path = key.fresh_path(municipality.code) if municipality is not None and clip.method != MASK else None
    if path is not None:
        use_copy(layer, path)
        return True
    if layer.providerType() == "ogr":  # the service again, with the filter in its source (see clipped_source)
        source, provider = _service_source(recipe, clip, municipality)
        layer.setDataSource(source, layer.name(), provider, QgsDataProvider.ProviderOptions())
    return False


def _service_source(recipe: ClipRecipe, clip: ClipFilter, municipality: Optional[Municipality]) -> Tuple[str, str]:
    """(data source, provider key) of the service layer a local copy was made from, clipped by `clip`."""
    if recipe.service_type == ServiceType.OAPIF:
        return oapif_source(recipe.base_source, clip, municipality)[0], "OAPIF"
    uri = QgsDataSourceUri(recipe.base_source)
    if clip.method != MASK:
        _replace(uri, "filter", clip.expression(crs_of(uri.param("srsname")).authid()))
    return uri.uri(False), "WFS"


def oapif_source(base_source: str, clip: ClipFilter, municipality: Optional[Municipality]) -> Tuple[str, str]:
    """(data source, client-side subset string) for an OAPIF layer: the filter rides on the landing page URL."""
    uri = QgsDataSourceUri(base_source)
    if clip.method == ATTRIBUTE:
        _replace(uri, "url", with_query(uri.param("url"), {clip.attribute: clip.value}))
        return uri.uri(False), ""
    if clip.method == SPATIAL and municipality is not None:
        # OGC API Features core filters space by bbox only (CRS84); the exact test runs in QGIS, whose 3.22
        # OAPIF layers are always in WGS 84. The provider's own per-view bbox would clash with ours: off.
        area = QgsGeometry.fromWkt(transformed_wkt(clip.area_wkt, _WGS84))
        box = area.boundingBox()
        bbox = ",".join(f"{v:.6f}" for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
        _replace(uri, "url", with_query(uri.param("url"), {"bbox": bbox}))
        _replace(uri, "restrictToRequestBBOX", "0")
        return uri.uri(False), clip.expression(_WGS84, local=True)
    return base_source, ""


def _replace(uri: QgsDataSourceUri, key: str, value: str) -> None:
    """setParam adds a value beside the old one (keys may repeat): a copy of the layer made from its source would
    take the old, unfiltered address."""
    uri.removeParam(key)
    uri.setParam(key, value)


def limit_extent(layer: QgsMapLayer, municipality: Optional[Municipality]) -> None:
    """Raster and vector tile layers: their extent (zoom to layer, full extent) becomes the municipality's;
    None gives the layer its own extent back (kept in OWN_EXTENT_PROPERTY: 3.22's vector tile layers have no
    provider to ask)."""
    own = layer.customProperty(OWN_EXTENT_PROPERTY, "")
    if municipality is None:
        if own:
            layer.setExtent(QgsRectangle.fromWkt(own))
            layer.removeCustomProperty(OWN_EXTENT_PROPERTY)
        return
    if not own:
        layer.setCustomProperty(OWN_EXTENT_PROPERTY, layer.extent().asWktPolygon())
    layer.setExtent(boundary_extent(municipality, layer.crs()))


def has_features(layer: QgsVectorLayer) -> Optional[bool]:
    """Blocking (network), for a layer the calling thread owns (a worker's new layer): does the clipped layer hold at
    least one feature? None when the service did not answer within PROBE_TIMEOUT_MS: not known."""
    return any_feature(layer, probe_request(layer))


def probe_request(layer: QgsVectorLayer) -> QgsFeatureRequest:
    """A request for one feature of the layer: the server is asked for one, unless part of the filter runs in QGIS
    (OAPIF spatial): a limit would then be applied before that part."""
    request = QgsFeatureRequest().setNoAttributes()
    request.setTimeout(PROBE_TIMEOUT_MS)
    if not (layer.providerType() == "OAPIF" and layer.subsetString()):
        request.setLimit(1)
    return request


def any_feature(source, request: QgsFeatureRequest) -> Optional[bool]:
    """Blocking (network): whether `source` has a feature for `request`: a layer the calling thread owns, or a feature
    source taken on the GUI thread of a layer that does not download in the background; None when the request has a
    timeout and no feature came before it (not known: a WFS/OAPIF iterator then ends as if the layer were empty).
    The iterator is closed at once, not whenever Python happens to collect it; a WFS/OAPIF layer's download thread
    is stopped and waited for first (toolbelt/feature_reads.py: a probe's iterator stops before its download ends)."""
    started = time.monotonic()
    iterator = source.getFeatures(request)
    try:
        if iterator.nextFeature(QgsFeature()):
            return True
        timed_out = 0 < request.timeout() <= (time.monotonic() - started) * 1000
        return None if timed_out else False
    finally:
        if isinstance(source, QgsVectorLayer):
            end_downloads(source)
        iterator.close()


@dataclass(frozen=True)
class LayerCopy:
    """A WFS/OAPIF layer as taken on the GUI thread, for a worker to probe through a layer of its own (`any_feature`
    needs a layer it owns to end the download: toolbelt/feature_reads.py)."""

    source: str
    subset: str
    provider: str

    def make(self) -> QgsVectorLayer:
        """Blocking (network): the worker's own layer, filtered like the original."""
        options = QgsVectorLayer.LayerOptions()
        options.loadDefaultStyle = False
        layer = QgsVectorLayer(self.source, "probe", self.provider, options)
        if layer.isValid() and layer.subsetString() != self.subset:
            layer.setSubsetString(self.subset)
        return layer


def probe_source(layer: QgsVectorLayer):
    """GUI thread: what a worker probes `layer` through (`probe_any`): a feature source of it, or a LayerCopy of a
    WFS/OAPIF layer."""
    if downloads_in_background(layer):
        return LayerCopy(layer.source(), layer.subsetString(), layer.providerType())
    return QgsVectorLayerFeatureSource(layer)


def probe_any(probe, request: QgsFeatureRequest) -> Optional[bool]:
    """Blocking (network), for a worker: whether the layer behind `probe` (probe_source) has a feature for
    `request`; None when not known in time (any_feature)."""
    if isinstance(probe, LayerCopy):
        layer = probe.make()
        return layer.isValid() and any_feature(layer, request)
    return any_feature(probe, request)


# ------------------------------------------------------------------------------------------ mask and outline

def boundary_layer(municipality: Municipality, role: str, title: str) -> QgsVectorLayer:
    """A memory layer holding the municipality's boundary: the mask (inverted polygon) or the outline."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={BOUNDARY_CRS}", title, "memory")
    layer.setCustomProperty(ROLE_PROPERTY, role)
    set_boundary(layer, municipality)
    return layer


def set_boundary(layer: QgsVectorLayer, municipality: Municipality) -> None:
    # Written again from the boundary (cached) whenever the project opens: nothing to lose, so QGIS does not ask
    # about "temporary scratch layers" when the user quits or closes the project.
    layer.setCustomProperty("skipMemoryLayersCheck", 1)
    provider = layer.dataProvider()
    provider.truncate()
    feature = QgsFeature()
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(municipality.boundary_wkb))  # an instance method on 3.22
    geometry.convertToMultiType()
    feature.setGeometry(geometry)
    provider.addFeatures([feature])
    layer.updateExtents()
    layer.triggerRepaint()


def style_mask(layer: QgsVectorLayer, colour: str, opacity: float) -> None:
    """Everything outside the border painted in `colour` (an inverted polygon), at `opacity`."""
    fill = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
    layer.setRenderer(QgsInvertedPolygonRenderer(QgsSingleSymbolRenderer(fill)))
    layer.setOpacity(opacity)
    layer.triggerRepaint()


def white_mask_style(layer: QgsVectorLayer) -> str:
    """The mask's style as an opaque white mask (XML): a layout map's style override, so a print hides what lies
    outside the border in white whatever colour the mask has on screen."""
    copy = layer.clone()
    style_mask(copy, "#ffffff", 1.0)
    style = QgsMapLayerStyle()
    style.readFromLayer(copy)
    return style.xmlData()


def style_outline(layer: QgsVectorLayer) -> None:
    """The border for print: a dark grey line, 0.8 mm, no fill."""
    line = QgsFillSymbol.createSimple({"style": "no", "outline_color": "50,50,50,255", "outline_width": "0.8",
                                       "outline_width_unit": "MM", "joinstyle": "round"})
    layer.setRenderer(QgsSingleSymbolRenderer(line))
    layer.triggerRepaint()


def project_layers_with(project, prop: str, value: Optional[str] = None) -> List[QgsMapLayer]:
    """Layers of the project carrying custom property `prop` (with `value`, if given)."""
    found = []
    for layer in project.mapLayers().values():
        current = layer.customProperty(prop, "")
        if current and (value is None or current == value):
            found.append(layer)
    return found


def clipped_source(entry: LayerEntry, municipality: Optional[Municipality],
                   fetch: Optional[Callable[[str], bytes]] = None) -> DataSource:
    """The data source to build a new layer from, with the filter in it: the provider's first requests (it reads a
    feature or a few to learn the schema; QGIS 3.40's WFS provider sends one GetFeature before a subset string
    could be set) are filtered too. WFS keeps its subset string in the source's `filter` key, in the CRS the layer
    will have (its srsname). Blocking (network) for an OAPIF entry clipped by attribute whose spelling of codes is
    not known yet (code_spelling.confirm_spelling), and with `fetch`: see clip_recipe."""
    source = data_source_for(entry)
    if municipality is None or not municipality.has_boundary:
        return source
    if entry.service.type not in (ServiceType.WFS, ServiceType.OAPIF):
        return source
    recipe = clip_recipe(entry, fetch)
    if entry.service.type == ServiceType.WFS:
        uri = QgsDataSourceUri(source.uri)
        uri.setParam("filter", _filter(recipe, municipality).expression(crs_of(uri.param("srsname")).authid()))
        return DataSource(source.kind, source.provider, uri.uri(False))
    confirm_spelling(recipe, municipality)  # blocking: a spelling not known yet is asked
    uri, _ = oapif_source(source.uri, _filter(recipe, municipality), municipality)
    return DataSource(source.kind, source.provider, uri)


def clip_new_layer(layer: QgsMapLayer, entry: LayerEntry, municipality: Optional[Municipality],
                   fetch: Optional[Callable[[str], bytes]] = None) -> List[str]:
    """Blocking, for the loader's worker: remember how to clip the new layer, clip it, and say when nothing
    of it lies inside the municipality. A layer clipped by attribute that comes back empty is asked about the
    other spellings of the code first (code_spelling.SpellingCheck), and clipped again with the one that answers.
    Returns warnings for the user."""
    clip_recipe(entry, fetch).remember(layer)
    if municipality is None or not municipality.has_boundary:
        return []
    clip = clip_layer(layer, municipality)
    if clip.method != MASK and isinstance(layer, QgsVectorLayer) and has_features(layer) is False:
        check = spelling_check(layer, ClipRecipe.of(layer)) if clip.method == ATTRIBUTE else None
        if check is not None and check.found(municipality):  # the server spells the code otherwise: clip with that
            clip_layer(layer, municipality)
            return []
        return [no_features_text(municipality)]
    return []


def no_features_text(municipality: Municipality) -> str:
    return tr("no features inside {0}: the layer is empty there").format(municipality.name)
