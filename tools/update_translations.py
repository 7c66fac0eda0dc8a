"""Refresh i18n/dego_<lang>.ts from the plugin's `tr("...")` and `trn("...", n)` calls (also as methods: the map
texts' `texts.tr(...)`), keeping translations already made.

pylupdate5 does not see our module-level `tr()` (context "DEGO"), so the strings are found with `ast`. A `trn` text
is a numerus message (Qt's `%n` plural forms): its translation holds one <numerusform> per plural form of the
language (two in Dutch and English: one, more), English included, since the source has one form only.
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
PLURAL_FORMS = {"nl": 2, "en": 2}  # Qt's numerus forms per language (one, more)
TRANSLATING = {"tr": False, "trn": True}  # function or method name → is it a numerus message


def plugin_strings():
    """{source text: (where first found "file:line", numerus)}."""
    found = {}
    for folder in PLUGIN_DIRS:
        for path in sorted((ROOT / folder).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None) \
                    if isinstance(node, ast.Call) else None
                if (name in TRANSLATING and node.args
                        and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    found.setdefault(node.args[0].value, (f"{path.relative_to(ROOT)}:{node.lineno}", TRANSLATING[name]))
    return found


def existing(ts: Path):
    if not ts.exists():
        return {}
    root = ET.parse(ts).getroot()  # nosec B314: our own file
    return {m.findtext("source"): m.find("translation") for m in root.iter("message")}


def _finished(translation, numerus: bool) -> bool:
    """Does an earlier translation hold text (every plural form, for a numerus message)?"""
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    return all(form.text for form in forms) and bool(forms) if numerus else bool(translation.text) and not forms


def write(ts: Path, language: str, strings) -> None:
    old = existing(ts)
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, (where, numerus) in sorted(strings.items(), key=lambda item: item[1][0]):
        message = ET.SubElement(context, "message")
        if numerus:
            message.set("numerus", "yes")
        file_name, line = where.rsplit(":", 1)
        ET.SubElement(message, "location", filename=file_name, line=line)
        ET.SubElement(message, "source").text = source
        previous = old.get(source)
        if _finished(previous, numerus):
            previous.tail = None
            message.append(previous)
            continue
        translation = ET.SubElement(message, "translation")
        if numerus:
            translation.set("type", "unfinished")
            for _ in range(PLURAL_FORMS.get(language, 2)):
                ET.SubElement(translation, "numerusform")
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
