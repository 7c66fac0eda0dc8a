"""Refresh i18n/dego_<lang>.ts from the plugin's `tr("...")` calls, keeping translations already made.

pylupdate5 does not see our module-level `tr()` (context "DEGO"), so the strings are found with `ast`.
Usage: python tools/update_translations.py [nl en ...]
"""
from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET  # nosec B405: reads our own .ts files only
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DIRS = ("", "model", "toolbelt", "service", "layers", "compositions", "controllers", "dialogs", "algorithms", "i18n")
CONTEXT = "DEGO"


def plugin_strings():
    found = {}
    for folder in PLUGIN_DIRS:
        for path in sorted((ROOT / folder).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args
                        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def existing(ts: Path):
    if not ts.exists():
        return {}
    root = ET.parse(ts).getroot()  # nosec B314: our own file
    return {m.findtext("source"): m.find("translation") for m in root.iter("message")}


def write(ts: Path, language: str, strings) -> None:
    old = existing(ts)
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, where in sorted(strings.items(), key=lambda item: item[1]):
        message = ET.SubElement(context, "message")
        file_name, line = where.rsplit(":", 1)
        ET.SubElement(message, "location", filename=file_name, line=line)
        ET.SubElement(message, "source").text = source
        previous = old.get(source)
        translation = ET.SubElement(message, "translation")
        if previous is not None and previous.text:
            translation.text = previous.text
        elif language == "en":
            translation.text = source  # English is the source language
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    ts.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="utf-8") + b"\n")


def main(languages):
    strings = plugin_strings()
    for language in languages or ["nl", "en"]:
        ts = ROOT / "i18n" / f"dego_{language}.ts"
        write(ts, language, strings)
        untranslated = sum(1 for t in ET.parse(ts).getroot().iter("translation") if t.get("type"))  # nosec B314
        print(f"{ts.relative_to(ROOT)}: {len(strings)} strings, {untranslated} untranslated")


if __name__ == "__main__":
    main(sys.argv[1:])
