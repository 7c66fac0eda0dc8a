"""pytest fixtures for the DEGO reference service (tools/refservice), imported by conftest.py.

The work directory persists between sessions (default .build/refservice, or $DEGO_REFSERVICE_DIR), so only
the first session builds the data (about 5 s); later sessions start in about a second.
"""
from __future__ import annotations

import pytest

from dego_plugin.tools.refservice import ReferenceService
from dego_plugin.tools.refservice.service import SERVERS


@pytest.fixture(scope="session")
def reference_service():
    """A running reference service for the whole session: `.catalogue_url`, `.ows_url`, `.oapif_url`,
    `.tiles_url`, `.ows_requests()`, `.static_requests()`, `.clear_requests()`; MapServer's twin:
    `.mapserver_catalogue_url`, `.mapserver_ows_url`, `.mapserver_oapif_url`, `.mapserver_requests()`."""
    service = ReferenceService.start()
    yield service
    service.stop()


@pytest.fixture()
def reference_requests(reference_service):
    """The session's reference service with empty request logs, for tests that check what was asked."""
    reference_service.clear_requests()
    yield reference_service


@pytest.fixture(params=SERVERS)
def served_catalogue(request, reference_service):
    """Each OGC server in turn (qgis_mapserver, then MapServer) with the catalogue that points at it and its
    request log, emptied: `.server`, `.catalogue_url`, `.ows_url`, `.oapif_url`, `.requests()`, `.wfs_prefix`."""
    reference_service.clear_requests()
    yield reference_service.served(request.param)
