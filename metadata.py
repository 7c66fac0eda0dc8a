"""The plugin's identity, read once from metadata.txt."""
from __future__ import annotations

import configparser
import functools
import os


@functools.lru_cache(maxsize=None)
def _general() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(os.path.dirname(__file__), "metadata.txt"), encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


def plugin_version() -> str:
    return _general().get("version", "0")

