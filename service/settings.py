"""The plugin's settings: one place, one QgsSettings prefix (`dego/`), each with a type and a default."""
from __future__ import annotations

import os
from typing import Tuple

from qgis.core import QgsSettings

PREFIX = "dego/"
# Placeholder until VNG publishes the central catalogue; municipal IT can preset it (see docs/catalogue.md).
DEFAULT_CATALOGUE_URL = "https://files.commondatafactory.nl/dego/catalogus/v1/catalogue.json"
CATALOGUE_URL_ENV = "DEGO_CATALOGUE_URL"


def _value(key: str, default, kind):
    return QgsSettings().value(PREFIX + key, default, type=kind)


def _set(key: str, value) -> None:
    QgsSettings().setValue(PREFIX + key, value)


def catalogue_url() -> str:
    """Environment (set by municipal IT) first, then the user's or the global settings file, then the default."""
    from_env = os.environ.get(CATALOGUE_URL_ENV, "").strip()
    if from_env:
        return from_env
    return _value("catalogue_url", DEFAULT_CATALOGUE_URL, str).strip() or DEFAULT_CATALOGUE_URL


def set_catalogue_url(url: str) -> None:
    _set("catalogue_url", url.strip())


def allowed_hosts() -> Tuple[str, ...]:
    """Hosts catalogue URLs may point at; empty means any host."""
    text = _value("allowed_hosts", "", str)
    return tuple(h.strip().lower() for h in text.replace(",", " ").split() if h.strip())


def set_allowed_hosts(hosts) -> None:
    _set("allowed_hosts", " ".join(hosts))


def connect_timeout_s() -> float:
    return _value("connect_timeout_s", 5.0, float)


def read_timeout_s() -> float:
    return _value("read_timeout_s", 20.0, float)
