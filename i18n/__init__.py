"""Translation: every user-facing string goes through `tr` (or `trn` for a count: Qt's `%n` plural forms);
`install_translator` loads the .qm for QGIS's locale. Texts printed on a map go through `MapTexts` instead: the map's
language (the catalogue's, or the user's choice) is not QGIS's."""
from __future__ import annotations

import os
from typing import Dict, Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "DEGO"
SOURCE_LANGUAGE = "en"  # the language of the texts in the code; its .qm holds only the plural forms
MAP_LANGUAGES = ("nl", "en")  # the languages a map can be printed in: those with a .ts file


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def trn(text: str, count: int) -> str:
    """`text` with `%n` for `count`, in the plural form the language gives it ("%n layers": "1 layer", "2 layers")."""
    return QCoreApplication.translate(CONTEXT, text, None, int(count))


def qgis_locale() -> str:
    """Two-letter language QGIS runs in (its own setting, else the system's)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


def _qm_path(language: str) -> str:
    return os.path.join(os.path.dirname(__file__), f"dego_{language}.qm")


def install_translator() -> Optional[QTranslator]:
    """Install the translator for QGIS's locale, English for a language the plugin does not speak (its plural
    forms); None when no .qm exists."""
    translator = QTranslator()
    for language in dict.fromkeys((qgis_locale(), SOURCE_LANGUAGE)):
        path = _qm_path(language)
        if os.path.exists(path) and translator.load(path):
            QCoreApplication.installTranslator(translator)
            return translator
    return None


class MapTexts:
    """The plugin's texts on a printed map, in `language` whatever QGIS speaks: a translator of its own, never
    installed in the application. The same .ts sources as `tr`: update_translations.py finds `texts.tr(...)` too."""

    def __init__(self, language: str):
        self.language = language if language in MAP_LANGUAGES else SOURCE_LANGUAGE
        self._translator = QTranslator()
        path = _qm_path(self.language)
        self._loaded = os.path.exists(path) and self._translator.load(path)

    def tr(self, text: str) -> str:
        return self._translated(text) or text

    def trn(self, text: str, count: int) -> str:
        return (self._translated(text, int(count)) or text).replace("%n", str(int(count)))

    def _translated(self, text: str, count: int = -1) -> str:
        """'' when not translated. The texts as UTF-8 bytes: PyQt5 passes a str to QTranslator as ASCII ("m³")."""
        if not self._loaded:
            return ""
        return self._translator.translate(CONTEXT.encode(), text.encode("utf-8"), None, count) or ""



def grouped(value: int, language: str) -> str:
    """A whole number with the language's digit grouping: 1.234 in Dutch, 1,234 in English."""
    text = f"{int(value):,}"
    return text.replace(",", ".") if language == "nl" else text


_map_texts: Dict[str, MapTexts] = {}


def map_texts(language: str) -> MapTexts:
    """The map texts of `language` (one translator per language, made on first use on the GUI thread)."""
    if language not in _map_texts:
        _map_texts[language] = MapTexts(language)
    return _map_texts[language]
