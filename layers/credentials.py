"""Where a catalogue entry may send the user's credentials (a QGIS authentication configuration, `authcfg`).

A catalogue names an `authcfg` by id; the secrets stay in QGIS's authentication database. An entry may use it
only for the server the configuration itself names (its URL field), or, when it names none, for an allowed
server. Otherwise a compromised catalogue could send the user's credentials anywhere. QGIS's WFS, OGC API and
WMS providers have no option to refuse a redirect to another server and send the credentials again after one
(QGIS 3.22 to 3.44): that risk stays with the named server itself (docs/security.md).
"""
from __future__ import annotations

from typing import Optional, Sequence
from urllib.parse import urlsplit

from qgis.core import QgsApplication

from ..i18n import tr
from ..model.catalogue import Service

_DEFAULT_PORTS = {"http": 80, "https": 443}


def credentials_refusal(service: Service, allowed_hosts: Sequence[str]) -> Optional[str]:
    """Why the entry may not use its authentication configuration (for the user), or None."""
    if not service.authcfg:
        return None
    config = QgsApplication.authManager().availableAuthMethodConfigs().get(service.authcfg)
    if config is None:
        return tr("the authentication configuration “{0}” does not exist in this QGIS").format(service.authcfg)
    host, port, _ = _parts(service.url)
    named = config.uri().strip()
    if named:  # the server the user set the configuration up for; its port counts only when it names one
        named_host, _, named_port = _parts(named if "://" in named else "//" + named)
        if named_host == host and named_port in (None, port):
            return None
        return tr("the authentication configuration “{0}” is for {1}, not for {2}: its credentials are not sent "
                  "there").format(config.name() or service.authcfg, named_host or named, host)
    if host in (h.lower() for h in allowed_hosts):
        return None
    return tr("{0} is not an allowed server: the credentials of “{1}” are not sent there").format(
        host, config.name() or service.authcfg)


def _parts(url: str):
    """(host in lower case, the port used, the port named or None); ("", None, None) for a broken URL."""
    try:
        parts = urlsplit(url)
        named = parts.port
    except ValueError:
        return "", None, None
    used = named if named is not None else _DEFAULT_PORTS.get(parts.scheme.lower())
    return (parts.hostname or "").lower(), used, named
