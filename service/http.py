"""HTTP for the whole plugin: one `requests` session, QGIS's proxy, TLS verified, always a timeout and a size cap,
and only the allowed servers.

Timeouts: `connect_timeout_s` and `read_timeout_s` are per socket operation (requests' meaning), so a server
that trickles one byte at a time would never trip them; `total_timeout_s` is a deadline for the whole request
(connect, status line and headers, body, every redirect), enforced by a watchdog that shuts the sockets of the
request down (a blocked read then returns at once).

Redirects are followed here, not by requests: each hop must be an allowed server (`settings.trusted_hosts`),
and https never turns into http.
"""
from __future__ import annotations

import functools
import socket
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, Iterable, List, Optional, Union
from urllib.parse import quote, urljoin, urlsplit

from qgis.core import QgsSettings

from ..model.catalogue import check_url
from ..model.errors import CodedError
from ..toolbelt.log import debug, debug_enabled
from . import settings

if TYPE_CHECKING:
    import requests
# requests (and urllib3) are imported when the first request is made: importing them at QGIS start would
# cost more than the rest of the plugin's start-up together.

MAX_BYTES = 20 * 1024 * 1024  # a catalogue or style larger than this is refused
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_lock = threading.Lock()
_session: Optional[requests.Session] = None
_current = threading.local()  # .deadline: the _Deadline of the request this thread is making


class FetchError(CodedError):
    """A request failed; `code` is stable (for a translated message), the text is English detail."""

    def __init__(self, code: str, message: str, status: int = 0):
        super().__init__(code, message)
        self.status = status  # the HTTP status for code "http_status"


@dataclass(frozen=True)
class Fetched:
    status: int  # 200, or 304 when the cached copy is still current
    body: bytes
    etag: str = ""
    last_modified: str = ""


def user_agent() -> str:
    from ..metadata import plugin_version

    return f"DEGO-QGIS-plugin/{plugin_version()}"


def qgis_proxies() -> Optional[Dict[str, str]]:
    """Proxies from QGIS's own network settings (Settings > Options > Network; QGIS's keys, not ours).

    None means "use the system proxy" (requests reads the environment: HTTP(S)_PROXY, NO_PROXY).
    """
    s = QgsSettings()
    if not s.value("proxy/proxyEnabled", False, type=bool):
        return None
    kind = s.value("proxy/proxyType", "", type=str)
    host = s.value("proxy/proxyHost", "", type=str).strip()
    if kind == "DefaultProxy" or not host:
        return None
    port = s.value("proxy/proxyPort", "", type=str).strip()
    user = s.value("proxy/proxyUser", "", type=str)
    password = s.value("proxy/proxyPassword", "", type=str)
    scheme = "socks5h" if kind == "Socks5Proxy" else "http"
    auth = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
    address = f"{scheme}://{auth}{host}" + (f":{port}" if port else "")
    return {"http": address, "https": address}


def _excluded(url: str) -> bool:
    """QGIS's "exclude URLs" (for a manual proxy) and "no proxy for" lists: URL prefixes."""
    s = QgsSettings()
    excluded = _strings(s.value("proxy/proxyExcludedUrls", [])) + _strings(s.value("proxy/noProxyUrls", []))
    return any(prefix and url.startswith(prefix) for prefix in excluded)


def _strings(value) -> list:
    """A QSettings list: a list, one string, or a '|'-joined string (older QGIS wrote that)."""
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return []


def proxies_for(url: str) -> Optional[Dict[str, Optional[str]]]:
    """What to hand requests: QGIS's proxy, no proxy at all for excluded URLs, or None for the system's."""
    if _excluded(url):
        return {"http": None, "https": None, "all": None}  # None values also switch off environment proxies
    return qgis_proxies()


def session() -> requests.Session:
    global _session
    with _lock:
        if _session is None:
            import requests
            from urllib3.util.retry import Retry

            _session = requests.Session()
            _session.headers["User-Agent"] = user_agent()
            _session.headers["Accept-Encoding"] = "gzip, deflate"
            # Retry only what a retry can fix: refused connections and overloaded gateways. read=False (not
            # 0) lets a read timeout surface as requests' ReadTimeout instead of a generic "max retries".
            retry = Retry(total=2, connect=2, read=False, redirect=False, status=2, backoff_factor=0.3,
                          status_forcelist=(502, 503, 504), allowed_methods=frozenset({"GET"}),
                          raise_on_status=False)
            adapter = _watched_adapter(retry)
            for scheme in ("http://", "https://"):
                _session.mount(scheme, adapter)
        return _session


def _watched_adapter(retry):
    """A requests adapter whose connections put their sockets under the deadline of the request their thread
    is making (connect, headers and body alike). SOCKS proxies keep urllib3's own connections: for them the
    deadline starts with the body."""
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class Watched:
        def _new_conn(self):
            sock = super()._new_conn()
            _watch(sock)
            return sock

        def connect(self):
            super().connect()
            _watch(self.sock)  # for https the TLS socket, which took over the plain one

        def request(self, *args, **kwargs):
            if getattr(self, "sock", None) is not None:  # a kept-alive connection, connected for an earlier request
                _watch(self.sock)
            return super().request(*args, **kwargs)

    class WatchedHTTPConnection(Watched, HTTPConnection):
        pass

    class WatchedHTTPSConnection(Watched, HTTPSConnection):
        pass

    class WatchedHTTPPool(HTTPConnectionPool):
        ConnectionCls = WatchedHTTPConnection

    class WatchedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = WatchedHTTPSConnection

    pools = {"http": WatchedHTTPPool, "https": WatchedHTTPSPool}

    class WatchedAdapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, proxy, **kwargs):
            manager = super().proxy_manager_for(proxy, **kwargs)
            if not proxy.lower().startswith("socks"):
                manager.pool_classes_by_scheme = pools
            return manager

    return WatchedAdapter(max_retries=retry)


def _watch(sock) -> None:
    deadline = getattr(_current, "deadline", None)
    if deadline is not None and sock is not None:
        deadline.watch(sock)


class _Deadline:
    """Shuts down the sockets of one request (all its hops) when `seconds` have passed, unless stopped first.

    Sockets are watched while a hop runs and released before its connection goes back to the pool, so an expiry
    never touches a connection another request took over; a closed socket object has no descriptor left to hit.
    """

    def __init__(self, seconds: float):
        self.expired = False
        self._sockets: List[socket.socket] = []
        self._guard = threading.Lock()
        self._ends = time.monotonic() + max(seconds, 0.0)
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return max(self._ends - time.monotonic(), 0.0)

    def watch(self, sock) -> None:
        with self._guard:
            if all(s is not sock for s in self._sockets):
                self._sockets.append(sock)
            if self.expired:  # a hop started after the deadline: it ends at once
                _shut(sock)

    def release(self) -> None:
        with self._guard:
            self._sockets = []

    def _expire(self) -> None:
        with self._guard:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def stop(self) -> None:
        self._timer.cancel()
        self.release()


def _shut(sock) -> None:
    """Shutting down (not closing) ends a blocked read in the thread that owns the socket."""
    try:
        if sock.fileno() != -1:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed by the peer: the read returns by itself
        return


@dataclass(frozen=True)
class _Redirect:
    location: str


def _logged(get):
    """With the debug setting on, each request's address, answer and time go to the DEGO log."""
    @functools.wraps(get)
    def logged(url: str, *args, **kwargs) -> Fetched:
        if not debug_enabled():
            return get(url, *args, **kwargs)
        started = time.monotonic()
        try:
            answer = get(url, *args, **kwargs)
        except FetchError as error:
            debug(f"GET {url}: {error.code} ({error}) after {time.monotonic() - started:.2f} s")
            raise
        debug(f"GET {url}: HTTP {answer.status}, {len(answer.body)} bytes in {time.monotonic() - started:.2f} s")
        return answer
    return logged


@_logged
def fetch(url: str, etag: str = "", last_modified: str = "", max_bytes: int = MAX_BYTES,
          allowed_hosts: Optional[Iterable[str]] = None) -> Fetched:
    """GET `url`; with `etag`/`last_modified` a 304 means the caller's copy is current. Every hop must be on one of
    `allowed_hosts` (default: settings.trusted_hosts()). Raises FetchError."""
    hosts = settings.trusted_hosts() if allowed_hosts is None else tuple(allowed_hosts)
    refusal = check_url(url, hosts)
    if refusal:  # an acceptable URL on another server, or not an acceptable URL at all
        raise FetchError("not_allowed" if check_url(url) is None else "bad_url", f"'{url}' {refusal}")
    import requests

    headers = _conditions(etag, last_modified)
    deadline = _Deadline(settings.total_timeout_s())
    try:
        for _ in range(MAX_REDIRECTS + 1):
            answer = _get(url, headers, max_bytes, deadline)
            if isinstance(answer, Fetched):
                return answer
            url = _next_hop(url, answer.location, hosts)
        raise FetchError("redirects", "the server redirected too often")
    except requests.exceptions.RequestException as error:
        raise _failure(error, deadline.expired) from None
    finally:
        deadline.stop()


def _conditions(etag: str, last_modified: str) -> Dict[str, str]:
    """The headers that make the request conditional: a 304 then says the caller's copy is current."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _early_answer(response: requests.Response, etag: str, last_modified: str, max_bytes: int) -> Optional[Fetched]:
    """What the status and headers settle before the body is read: a 304, or a refusal (FetchError)."""
    if response.status_code == 304:
        return Fetched(304, b"", etag, last_modified)
    if response.status_code != 200:
        raise FetchError("http_status", f"HTTP {response.status_code} {response.reason}".strip(), response.status_code)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:  # refuse before downloading anything
        raise FetchError("too_large", f"the answer would be {int(declared) // (1024 * 1024)} MB")
    return None


def _get(url: str, headers: Dict[str, str], max_bytes: int, deadline: _Deadline) -> Union[Fetched, _Redirect]:
    """One hop: the answer, or the redirect to follow. Its sockets are watched by `deadline` until its connection
    goes back to the pool."""
    if deadline.expired:
        raise FetchError("timeout", "the server did not send the answer in time")
    timeout = (max(min(settings.connect_timeout_s(), deadline.remaining()), 0.1), settings.read_timeout_s())
    _current.deadline = deadline
    try:
        response = session().get(url, headers=headers, proxies=proxies_for(url), timeout=timeout, stream=True,
                                 allow_redirects=False)
        with response:
            try:
                if response.status_code in _REDIRECTS:
                    return _Redirect(response.headers.get("Location", ""))
                early = _early_answer(response, headers.get("If-None-Match", ""),
                                      headers.get("If-Modified-Since", ""), max_bytes)
                return early if early is not None else _read_answer(response, deadline, max_bytes)
            finally:
                deadline.release()
    finally:
        _current.deadline = None
        deadline.release()


def _next_hop(current: str, location: str, hosts) -> str:
    """The redirect target, if the plugin may follow it: an allowed server, and never from https to http."""
    if not location:
        raise FetchError("request", "the server redirected without saying where to")
    target = urljoin(current, location)
    if urlsplit(current).scheme.lower() == "https" and urlsplit(target).scheme.lower() != "https":
        raise FetchError("redirect_refused", f"the server redirected from https to '{target}'")
    refusal = check_url(target, hosts)
    if refusal:
        raise FetchError("redirect_refused", f"the server redirected to '{target}', which {refusal}")
    return target


def _read_answer(response: requests.Response, deadline: _Deadline, max_bytes: int) -> Fetched:
    body = _read_capped(response, max_bytes)
    if deadline.expired:  # the shut-down socket may look like a normal end of the body
        raise FetchError("timeout", "the server did not send the answer in time")
    declared = response.headers.get("Content-Length", "")
    if (declared.isdigit() and len(body) < int(declared)
            and not response.headers.get("Content-Encoding")):  # urllib3 1.26 does not check this
        raise FetchError("connection", f"the connection broke after {len(body)} of {declared} bytes")
    return Fetched(200, body, response.headers.get("ETag", ""), response.headers.get("Last-Modified", ""))


def _failure(error: Exception, deadline_expired: bool) -> FetchError:
    """The FetchError for what requests raised."""
    import requests

    if isinstance(error, requests.exceptions.Timeout):
        return FetchError("timeout", "the server did not answer in time")
    if deadline_expired or _is_read_timeout(error):
        return FetchError("timeout", "the server did not send the answer in time")
    if isinstance(error, requests.exceptions.ConnectionError):
        return FetchError("connection", f"no connection ({_short(error)})")
    return FetchError("request", _short(error))


def _read_capped(response: requests.Response, max_bytes: int) -> bytes:
    body = bytearray()
    for chunk in response.iter_content(_CHUNK):  # decoded (gzip) bytes: the cap holds for what we keep
        body.extend(chunk)
        if len(body) > max_bytes:
            raise FetchError("too_large", f"the answer is larger than {max_bytes // (1024 * 1024)} MB")
    return bytes(body)


def _is_read_timeout(error: Exception) -> bool:
    from urllib3.exceptions import ReadTimeoutError

    # requests turns a read timeout in the middle of the body into a ConnectionError wrapping urllib3's error
    return any(isinstance(arg, ReadTimeoutError) for arg in getattr(error, "args", ()))


def _short(error: Exception) -> str:
    text = str(error)
    return text if len(text) < 200 else text[:197] + "..."
