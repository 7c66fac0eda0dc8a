"""HTTP for the whole plugin: one `requests` session, QGIS's proxy, TLS verified, always a timeout and a size cap.

Timeouts: `connect_timeout_s` and `read_timeout_s` are per socket operation (requests' meaning), so a server
that trickles one byte at a time would never trip them; `total_timeout_s` is a deadline for the whole body,
enforced by a watchdog that shuts the socket down (a blocked read then returns at once).
"""
from __future__ import annotations

import functools
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, Optional
from urllib.parse import quote, urlsplit

from qgis.core import QgsSettings

from ..model.errors import CodedError
from ..toolbelt.log import debug, debug_enabled
from . import settings

if TYPE_CHECKING:
    import requests
# requests (and urllib3) are imported when the first request is made: importing them at QGIS start would
# cost more than the rest of the plugin's start-up together.

MAX_BYTES = 20 * 1024 * 1024  # a catalogue or style larger than this is refused
_CHUNK = 64 * 1024
_lock = threading.Lock()
_session: Optional[requests.Session] = None


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
            from requests.adapters import HTTPAdapter
            from urllib3.util.retry import Retry

            _session = requests.Session()
            _session.headers["User-Agent"] = user_agent()
            _session.headers["Accept-Encoding"] = "gzip, deflate"
            _session.max_redirects = 5
            # Retry only what a retry can fix: refused connections and overloaded gateways. read=False (not
            # 0) lets a read timeout surface as requests' ReadTimeout instead of a generic "max retries".
            retry = Retry(total=2, connect=2, read=False, status=2, backoff_factor=0.3,
                          status_forcelist=(502, 503, 504), allowed_methods=frozenset({"GET"}),
                          raise_on_status=False)
            for scheme in ("http://", "https://"):
                _session.mount(scheme, HTTPAdapter(max_retries=retry))
        return _session


class _Deadline:
    """Shuts the response's socket down when `seconds` have passed, unless stopped first."""

    def __init__(self, response: requests.Response, seconds: float):
        self.expired = False
        self._done = False
        self._guard = threading.Lock()
        try:
            self._fd = response.raw.fileno()
        except (AttributeError, OSError, ValueError):  # no socket (e.g. the body was already read)
            self._fd = -1
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        with self._guard:
            if self._done or self._fd < 0:
                return
            self.expired = True
            # A duplicate of the descriptor: shutting it down ends the shared connection, closing it does not.
            import socket

            try:
                with socket.fromfd(self._fd, socket.AF_INET, socket.SOCK_STREAM) as duplicate:
                    duplicate.shutdown(socket.SHUT_RDWR)
            except OSError:  # already closed by the peer: the read returns by itself
                return

    def stop(self) -> None:
        with self._guard:  # after this the descriptor may be closed and reused: never touch it again
            self._done = True
        self._timer.cancel()


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
def fetch(url: str, etag: str = "", last_modified: str = "", max_bytes: int = MAX_BYTES) -> Fetched:
    """GET `url`; with `etag`/`last_modified` a 304 means the caller's copy is current. Raises FetchError."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("bad_url", f"only http and https URLs are fetched, not '{url}'")
    import requests

    timeout = (settings.connect_timeout_s(), settings.read_timeout_s())
    started = time.monotonic()
    deadline = None
    try:
        with session().get(url, headers=_conditions(etag, last_modified), proxies=proxies_for(url), timeout=timeout,
                           stream=True) as response:
            early = _early_answer(response, etag, last_modified, max_bytes)
            if early is not None:
                return early
            deadline = _Deadline(response, settings.total_timeout_s() - (time.monotonic() - started))
            return _read_answer(response, deadline, max_bytes)
    except requests.exceptions.RequestException as error:
        raise _failure(error, deadline is not None and deadline.expired) from None


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


def _read_answer(response: requests.Response, deadline: _Deadline, max_bytes: int) -> Fetched:
    try:
        body = _read_capped(response, max_bytes)
    finally:
        deadline.stop()
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
    if isinstance(error, requests.exceptions.TooManyRedirects):
        return FetchError("redirects", "the server redirected too often")
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
