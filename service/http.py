"""HTTP for the whole plugin: one `requests` session, QGIS's proxy, TLS verified, always a timeout and a size cap."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Dict, Optional
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry
from qgis.core import QgsSettings

from . import settings

MAX_BYTES = 20 * 1024 * 1024  # a catalogue or style larger than this is refused
_CHUNK = 64 * 1024
_lock = threading.Lock()
_session: Optional[requests.Session] = None


class FetchError(Exception):
    """A request failed; `code` is stable (for a translated message), the text is English detail."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


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
    """Proxies from QGIS's network settings; None to use the system's (environment) proxy."""
    s = QgsSettings()
    if not s.value("proxy/proxyEnabled", False, type=bool):
        return None
    kind = s.value("proxy/proxyType", "", type=str)
    host = s.value("proxy/proxyHost", "", type=str)
    if kind == "DefaultProxy" or not host:
        return None
    port = s.value("proxy/proxyPort", "", type=str)
    user = s.value("proxy/proxyUser", "", type=str)
    password = s.value("proxy/proxyPassword", "", type=str)
    scheme = "socks5h" if kind == "Socks5Proxy" else "http"
    auth = f"{requests.utils.quote(user, safe='')}:{requests.utils.quote(password, safe='')}@" if user else ""
    address = f"{scheme}://{auth}{host}" + (f":{port}" if port else "")
    return {"http": address, "https": address}


def _excluded(url: str) -> bool:
    s = QgsSettings()
    excluded = s.value("proxy/proxyExcludedUrls", [], type=list) + s.value("proxy/noProxyUrls", [], type=list)
    return any(prefix and url.startswith(prefix) for prefix in excluded)


def session() -> requests.Session:
    global _session
    with _lock:
        if _session is None:
            _session = requests.Session()
            _session.headers["User-Agent"] = user_agent()
            _session.headers["Accept-Encoding"] = "gzip, deflate"
            _session.max_redirects = 5
            # Retry only what a retry can fix: refused/reset connections and overloaded gateways.
            retry = Retry(total=2, connect=2, read=0, status=2, backoff_factor=0.3,
                          status_forcelist=(502, 503, 504), allowed_methods=frozenset({"GET"}),
                          raise_on_status=False)
            for scheme in ("http://", "https://"):
                _session.mount(scheme, HTTPAdapter(max_retries=retry))
        return _session


def fetch(url: str, etag: str = "", last_modified: str = "", max_bytes: int = MAX_BYTES) -> Fetched:
    """GET `url`; with `etag`/`last_modified` a 304 means the caller's copy is current. Raises FetchError."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("bad_url", f"only http and https URLs are fetched, not '{url}'")
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    proxies = None if _excluded(url) else qgis_proxies()
    timeout = (settings.connect_timeout_s(), settings.read_timeout_s())
    try:
        with session().get(url, headers=headers, proxies=proxies, timeout=timeout, stream=True) as response:
            if response.status_code == 304:
                return Fetched(304, b"", etag, last_modified)
            if response.status_code != 200:
                raise FetchError("http_status", f"the server answered {response.status_code} {response.reason}")
            body = bytearray()
            for chunk in response.iter_content(_CHUNK):
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FetchError("too_large", f"the answer is larger than {max_bytes // (1024 * 1024)} MB")
            return Fetched(
                200,
                bytes(body),
                response.headers.get("ETag", ""),
                response.headers.get("Last-Modified", ""),
            )
    except requests.exceptions.Timeout:
        raise FetchError("timeout", "the server did not answer in time") from None
    except requests.exceptions.TooManyRedirects:
        raise FetchError("redirects", "the server redirected too often") from None
    except requests.exceptions.ConnectionError as error:
        raise FetchError("connection", f"no connection ({_short(error)})") from None
    except requests.exceptions.RequestException as error:
        raise FetchError("request", _short(error)) from None


def _short(error: Exception) -> str:
    text = str(error)
    return text if len(text) < 200 else text[:197] + "..."
