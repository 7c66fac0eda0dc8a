"""How a layer's municipality attribute spells codes (GM0344, 0344 or 344), and finding it out on the server.

A layer clipped by attribute is clipped with `code_format(recipe)`: the spelling found on the server for its
service URL and typename (remembered in the settings), else the catalogue's `municipality_code_format`, else
GM0000. What the server answered wins over what the catalogue says.

When such a layer has no feature for the chosen municipality (the loader's check in layers/clip.py, the check
after a municipality change in controllers/municipality_choice.py), `SpellingCheck.found` asks the server, in the
same background task, for one feature in each other spelling (service/code_probe.py; at most three requests). The
first spelling that answers with a feature really holding the code is remembered and the layer is clipped again
with it; only when none answers is the layer empty there. An OGC API Features layer carries its filter in the
address it is made from, and a server may refuse a wrong spelling outright (QGIS Server answers 400 to "GM0344"
for a number field: the layer could not be made), so a spelling neither the catalogue nor an earlier answer gives
is confirmed before the first layer of a collection is made (`confirm_spelling`).

A municipality for which every spelling got a plain "no" is not asked about again for that layer this session. The
dock's information pane shows an entry's spelling and where it comes from (`entry_code_format`).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional, Set, Tuple

from qgis.core import QgsDataSourceUri, QgsVectorLayer

from ..model.catalogue import LayerEntry, ServiceType
from ..model.municipality import CODE_FORMATS, DEFAULT_CODE_FORMAT, Municipality, format_code
from ..service import settings
from ..service.code_probe import HOLDS, NO, NUMBER, REFUSED, FetchBytes, ProbeTarget, answer
from ..toolbelt.log import log
from .sources import data_source_for

if TYPE_CHECKING:
    from .clip import ClipRecipe

FOUND, CATALOGUE, ASSUMED = "found", "catalogue", "assumed"  # where the spelling a layer is clipped with comes from
_MAX_UNANSWERED = 256
_unanswered: Set[Tuple[str, str, str, str]] = set()  # (url, typename, attribute, code): no spelling answered
_unanswered_lock = threading.Lock()


def service_key(base_source: str) -> Tuple[str, str]:
    """(service URL, typename) of a layer's unclipped data source: what a found spelling is remembered under."""
    uri = QgsDataSourceUri(base_source)
    return uri.param("url"), uri.param("typename")


def code_format(recipe: ClipRecipe) -> str:
    """The spelling to clip the recipe's layer with: found on the server, else the catalogue's, else GM0000."""
    return settings.found_code_format(*service_key(recipe.base_source)) or recipe.code_format or DEFAULT_CODE_FORMAT


def entry_code_format(entry: LayerEntry) -> Tuple[str, str]:
    """(spelling, FOUND / CATALOGUE / ASSUMED) for an entry clipped by attribute, as its layers are clipped."""
    found = settings.found_code_format(*service_key(data_source_for(entry).uri))
    if found:
        return found, FOUND
    if entry.municipality_code_format:
        return entry.municipality_code_format, CATALOGUE
    return DEFAULT_CODE_FORMAT, ASSUMED


@dataclass(frozen=True)
class SpellingCheck:
    """What finding a layer's spelling needs, read on the thread that owns the layer; `found` runs anywhere."""

    target: ProbeTarget
    key: Tuple[str, str]  # (service URL, typename) the spelling is remembered under
    tried: str  # the spelling the layer is clipped with
    numeric: bool = False  # a number field holds only the plain number (344)

    def candidates(self, code: str, with_tried: bool = False) -> List[Tuple[str, str]]:
        """(spelling, value) to ask for, each value once: the tried spelling first or not at all."""
        formats = ["0"] if self.numeric else list(CODE_FORMATS)
        tried = format_code(code, self.tried)
        asked = {} if with_tried else {tried: self.tried}
        if with_tried and self.tried in formats:
            formats.remove(self.tried)
            formats.insert(0, self.tried)
        for spelling in formats:
            asked.setdefault(format_code(code, spelling), spelling)
        return [(spelling, value) for value, spelling in asked.items() if with_tried or value != tried]

    def found(self, municipality: Municipality, with_tried: bool = False, get: Optional[FetchBytes] = None
              ) -> Optional[str]:
        """Blocking (network), at most three requests: the spelling in which the server has a feature of the
        municipality, remembered for the service; None when none has (or the server could not be asked)."""
        asked = self.key + (self.target.attribute, municipality.code)
        with _unanswered_lock:
            if asked in _unanswered:
                return None
        answers = {}
        for spelling, value in self.candidates(municipality.code, with_tried):
            found = answer(self.target, value, get)
            if found in HOLDS:
                spelling = "0" if found == NUMBER else spelling  # a number field: 9901 is also 0000's spelling
                self._remember(spelling, f"spelled like '{format_code(municipality.code, spelling)}'")
                return spelling
            answers[value] = found
        if None not in answers.values():  # every spelling got an answer and none holds the code: not asked again
            with _unanswered_lock:
                if len(_unanswered) >= _MAX_UNANSWERED:
                    _unanswered.clear()
                _unanswered.add(asked)
        if _only_numbers(answers):  # nothing of this municipality, but the field's spelling is clear: 344
            self._remember("0", "a number")
        return None

    def _remember(self, spelling: str, how: str) -> None:
        settings.remember_code_format(self.key[0], self.key[1], spelling)
        log(f"{self.key[1]} at {self.key[0]}: municipality codes in '{self.target.attribute}' are {how} (found on the "
            "server); clipped with that spelling")


def _only_numbers(answers) -> bool:
    """The server refused each spelling with letters (HTTP 400) and took one of digits only: a number field."""
    letters = [found for value, found in answers.items() if not value.isdigit()]
    return bool(letters) and all(found == REFUSED for found in letters) and any(
        found == NO for value, found in answers.items() if value.isdigit())


def forget_found_spellings() -> None:
    """Every spelling found on a server, and this session's unanswered questions, forgotten: asked again."""
    settings.forget_code_formats()
    with _unanswered_lock:
        _unanswered.clear()


def spelling_check(layer: QgsVectorLayer, recipe: Optional[ClipRecipe]) -> Optional[SpellingCheck]:
    """The check for a layer clipped by attribute (None for any other, and for one that needs credentials: the
    questions go without them). A WFS is asked for the typename and version the layer was made with (the server's
    own spelling of the typename)."""
    if recipe is None or not recipe.attribute or recipe.service_type not in (ServiceType.WFS, ServiceType.OAPIF):
        return None
    base = QgsDataSourceUri(recipe.base_source)
    if base.authConfigId():
        return None
    made = QgsDataSourceUri(layer.source()) if recipe.service_type == ServiceType.WFS else base
    target = ProbeTarget(str(recipe.service_type), base.param("url"), made.param("typename") or base.param("typename"),
                         recipe.attribute, made.param("version"))
    index = layer.fields().indexOf(recipe.attribute)
    numeric = index >= 0 and layer.fields().at(index).isNumeric()
    return SpellingCheck(target, service_key(recipe.base_source), code_format(recipe), numeric)


def confirm_spelling(recipe: ClipRecipe, municipality: Municipality) -> None:
    """Blocking (network), before an OGC API Features layer clipped by attribute is made, when neither the
    catalogue nor an earlier answer gives its spelling: GM0000 is asked first, then the others (at most three
    requests); the one that answers is remembered, so the layer is made with it."""
    if recipe.service_type != ServiceType.OAPIF or not recipe.attribute or recipe.code_format:
        return
    url, typename = service_key(recipe.base_source)
    if settings.found_code_format(url, typename) or QgsDataSourceUri(recipe.base_source).authConfigId():
        return
    target = ProbeTarget(str(recipe.service_type), url, typename, recipe.attribute)
    SpellingCheck(target, (url, typename), code_format(recipe)).found(municipality, with_tried=True)
