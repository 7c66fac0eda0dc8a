"""Building request URLs from a service address: one rule for every request the plugin makes."""
from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence, Tuple, Union
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

Params = Union[Mapping[str, str], Sequence[Tuple[str, str]]]
_CREDENTIALS = re.compile(r"(?<=//)[^/@\s']*@")  # "user:password@" in a URL


def with_query(url: str, params: Params, path: str = "", replacing: Iterable[str] = ()) -> str:
    """`url` with `params` added to its query (and `path` below its path). The address's own parameters (an API
    key, say) are kept, except those `params` set and those named in `replacing`, compared without case as OGC
    services read them. Commas stay literal: qgis_mapserver 3.22 mangles "%2C" in the next-page links it
    builds from the query, and every server reads a literal comma."""
    added = list(params.items()) if isinstance(params, Mapping) else list(params)
    dropped = {key.casefold() for key, _ in added} | {key.casefold() for key in replacing}
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.casefold() not in dropped]
    if path:
        parts = parts._replace(path=parts.path.rstrip("/") + "/" + path)
    return urlunsplit(parts._replace(query=urlencode(kept + added, safe=",")))


def has_param(url: str, key: str) -> bool:
    """Whether the URL's query sets `key` (without case)."""
    return any(k.casefold() == key.casefold() for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True))


def without_credentials(text: str) -> str:
    """`text` with any "user:password@" of a URL in it shown as "***@" (for the screen and the log)."""
    return _CREDENTIALS.sub("***@", text)
