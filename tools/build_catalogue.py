"""Build a DEGO catalogue (format v1, docs/catalogue.md) from a QGIS project: the DEGO team's publishing tool.

    python tools/build_catalogue.py PROJECT.qgs|.qgz -o catalogue.json [--presets FILE] [--replace-url OLD=NEW]
    make catalogue PROJECT=... OUT=...

The conversion itself (what a project's layers, groups, variables and styles become) lives in the plugin,
layers/project_catalogue.py, where the plugin also uses it to read a published project as its catalogue; this
tool adds the presets file, the JSON Schema check and the output file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

if not __package__:  # run as a script: python tools/build_catalogue.py (the plugin as dego_plugin on the path)
    sys.path[:0] = [str(Path(__file__).resolve().parent.parent / ".build" / "plugins")]
from dego_plugin.layers.project_catalogue import (  # noqa: E402, F401 (the tool's function API)
    BuildResult,
    Skipped,
    build_catalogue,
    catalogue_from_project,
    read_project,
    slug,
    tidy_url,
)
from dego_plugin.model.catalogue import parse_catalogue  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "resources" / "catalogue.schema.json"


def load_presets(path: Path) -> List[Dict[str, Any]]:
    """Transitievisie presets from a JSON file: a list, or an object with a "presets" list."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("presets")
    if not isinstance(data, list) or not all(isinstance(p, dict) for p in data):
        raise ValueError(f"{path}: expected a JSON list of preset objects, or {{\"presets\": [...]}}")
    return data


def validate(document: Dict[str, Any]) -> List[str]:
    """Why the document is not a good catalogue: JSON Schema errors, then the plugin parser's problems."""
    import jsonschema  # python3-jsonschema: only the publishing side needs it

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    errors = [f"schema: /{'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
              for error in jsonschema.Draft202012Validator(schema).iter_errors(document)]
    parsed = parse_catalogue(document)
    return errors + [f"parser: {problem}" for problem in parsed.problems]


def render(document: Dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _replacement(text: str) -> Tuple[str, str]:
    old, sep, new = text.partition("=")
    if not sep or not old or not new:
        raise argparse.ArgumentTypeError("expected OLD=NEW, e.g. http://test.example/ows=https://dego.example/ows")
    return old, new


# ------------------------------------------------------------------------------------------------ command line

def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Build a DEGO catalogue (format v1) from a QGIS project.")
    parser.add_argument("project", type=Path, help="the QGIS project (.qgs or .qgz)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the catalogue JSON to write")
    parser.add_argument("--presets", type=Path, help="a JSON file of transitievisie presets to include")
    parser.add_argument("--replace-url", type=_replacement, action="append", default=[], metavar="OLD=NEW",
                        help="replace a URL prefix (e.g. a test server by the public one); may be repeated")
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        presets = load_presets(args.presets) if args.presets else []
        result = build_catalogue(args.project, presets, args.replace_url)
        problems = validate(result.document)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        app.exitQgis()
    print(f"{args.project}:")
    print(result.summary())
    if problems:
        print(f"NOT written: the catalogue is not valid ({len(problems)} problems):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    if not result.document["layers"]:
        print("NOT written: no layer could become a catalogue entry", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(result.document), encoding="utf-8")
    print(f"written: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
