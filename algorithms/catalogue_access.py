"""What the DEGO algorithms share: the catalogue (live, else cached, else bundled) and a municipality's
boundary, fetched blocking (Processing runs algorithms in a worker, or on the main thread by their own choice)."""
from __future__ import annotations

from qgis.core import QgsProcessingException

from ..controllers.messages import boundary_failure_text
from ..i18n import tr
from ..layers.project_file import converted_download
from ..layers.qml_safety import catalogue_style_check
from ..model.catalogue import Catalogue
from ..model.municipality import Municipality, normalise_code
from ..service import settings
from ..service.boundaries import BoundaryError, load_boundary, service_for
from ..service.catalogue_source import load_catalogue


def dego_catalogue(feedback) -> Catalogue:
    hosts = settings.allowed_hosts()
    state = load_catalogue(settings.catalogue_sources(), hosts, style_check=catalogue_style_check(hosts),
                           convert_project=lambda data: converted_download(data, hosts))
    if state.failure:
        feedback.pushInfo(tr("The live catalogue could not be used ({0}); using a saved copy.")
                          .format(state.failure))
    return state.catalogue


def municipality_for(catalogue: Catalogue, text: str, feedback) -> Municipality:
    """The municipality with code `text` (any spelling: 363, gm0363, GM0363), with its boundary.
    Raises QgsProcessingException with a text the user reads."""
    code = normalise_code(text)
    if code is None:
        raise QgsProcessingException(tr("“{0}” is not a municipality code; use a code like GM0363.").format(text))
    try:
        boundary = load_boundary(service_for(catalogue.boundaries, settings.boundary_service_url()), code)
    except BoundaryError as error:
        raise QgsProcessingException(tr("Could not load the municipality: {0}")
                                     .format(boundary_failure_text(error, code))) from None
    feedback.pushInfo(tr("Municipality: {0} ({1})").format(boundary.municipality.name, boundary.municipality.code))
    return boundary.municipality
