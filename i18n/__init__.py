"""Translation: every user-facing string goes through `tr`; `install_translator` loads the .qm for QGIS's locale."""
from __future__ import annotations

import os
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "DEGO"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def qgis_locale() -> str:
    """Two-letter language QGIS runs in (its own setting, else the system's)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


def install_translator() -> Optional[QTranslator]:
    """Install the translator for QGIS's locale; None when no .qm exists (English is the source language)."""
    path = os.path.join(os.path.dirname(__file__), f"dego_{qgis_locale()}.qm")
    translator = QTranslator()
    if os.path.exists(path) and translator.load(path):
        QCoreApplication.installTranslator(translator)
        return translator
    return None
