"""What the user reads about the warmteprogramma: failures, outcomes, and the validation report (an HTML file the
user opens in a browser). Values from files and servers are escaped: they show as the text they are."""
from __future__ import annotations

import datetime
import html
import os
from pathlib import Path
from typing import Iterable, List, Sequence

from ..i18n import tr, trn
from ..layers.loader import LayerBuildError
from ..layers.plan_layer import PlanOutcome
from ..model.municipality import Municipality
from ..model.plan import FIELDS, Finding, PlanError
from ..service.cache import write_atomic

REPORT_LISTED = 12  # names a message lists before it says "and N more"


def plan_failure_text(error: Exception, municipality: Municipality) -> str:
    """Why the plan could not be made, opened, read or written (a short clause)."""
    if isinstance(error, LayerBuildError):
        return tr("the buurten could not be fetched: {0}").format(error)
    code = error.code if isinstance(error, PlanError) else ""
    texts = {
        "no_buurten": tr("the DEGO catalogue has no buurten layer to make a plan from"),
        "no_buurten_here": tr("the catalogue's buurten layer has no buurten of {0}").format(municipality.name),
        "no_buurtcode": tr("the catalogue's buurten layer has no buurtcode field"),
        "not_found": tr("the file does not exist"),
        "not_a_plan": tr("the file is not a warmteprogramma (it lacks the table or the fields of the schema); "
                         "nothing was changed"),
        "unreadable": tr("the file could not be read"),
        "other_municipality": tr("the file is the plan of another municipality; nothing was changed"),
        "read_only": tr("the plan file cannot be written"),
        "write_failed": tr("the plan could not be written"),
        "cancelled": tr("cancelled"),
    }
    text = texts.get(code) or tr("an unexpected error occurred (details in the DEGO log)")
    return f"{text} ({error})" if code in ("write_failed", "unreadable", "read_only") else text


def listed(items: Sequence[str]) -> str:
    """'a, b, c' or 'a, b, … and 9 more'."""
    if len(items) <= REPORT_LISTED:
        return ", ".join(items)
    return tr("{0} and {1} more").format(", ".join(items[:REPORT_LISTED]), len(items) - REPORT_LISTED)


def plan_made_text(outcome: PlanOutcome, municipality: Municipality) -> List[str]:
    """The lines that say what making or updating the plan did."""
    merge = outcome.merge
    if outcome.created:
        lines = [trn("Warmteprogramma {0}: %n buurten, saved in {1}.", outcome.total).format(
            municipality.name, outcome.path)]
    else:
        lines = [trn("Warmteprogramma {0} updated: %n buurten, {1} new; every value entered was kept.",
                     outcome.total).format(municipality.name, len(merge.added))]
    if merge.renamed:
        lines.append(trn("%n buurten renamed by CBS: {0}.", len(merge.renamed)).format(
            listed([f"{code} {old} → {new}" for code, old, new in merge.renamed])))
    if merge.gone:
        gone = listed([f"{code} {name}".strip() for code, name in merge.gone])
        lines.append(trn("%n buurten are no longer among the CBS buurten; they stay in the plan with their values: "
                         "{0}.", len(merge.gone)).format(gone))
    if outcome.suggestions:
        lines.append(trn("%n buurten have a suggestion of the startanalyse (field “suggestie”, style “Suggestie "
                         "startanalyse”).", outcome.suggestions))
    return lines + list(outcome.warnings)


def finding_text(code: str) -> str:
    """What is wrong with a value, and what happened to it."""
    texts = {
        "not_in_list": tr("not one of the values of the list; kept as it is"),
        "missing": tr("no value"),
        "wrong_type": tr("of the wrong kind (e.g. text where yes/no is expected); not stored"),
        "bad_date": tr("not a date (YYYY-MM-DD); not stored"),
        "bad_code": tr("not a valid code"),
        "duplicate": tr("this buurtcode occurs more than once"),
        "not_stored": tr("cannot be stored in this field"),
    }
    return texts.get(code, code)


def report_path(plan_file: str) -> str:
    stem = os.path.splitext(plan_file)[0]
    return f"{stem}-validatie.html"


def write_report(path: str, title: str, source: str, findings: Iterable[Finding], notes: Sequence[str] = ()) -> str:
    """Blocking (disk): the validation report as an HTML page (written whole, then renamed). Returns `path`."""
    labels = {spec.name: spec.label for spec in FIELDS}
    rows = "\n".join(
        "<tr><td>{0}</td><td>{1}</td><td><code>{2}</code></td><td>{3}</td></tr>".format(
            html.escape(f.buurtcode), html.escape(labels.get(f.field, f.field)),
            html.escape("" if f.value is None else repr(f.value) if not isinstance(f.value, str) else f.value),
            html.escape(finding_text(f.code)))
        for f in findings)
    notes_html = "".join(f"<p>{html.escape(note)}</p>" for note in notes)
    page = (
        "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{title}</title>"
        "<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}"
        "td,th{{border:1px solid #bbb;padding:.3em .6em;text-align:left}}</style></head><body>"
        "<h1>{title}</h1><p>{source}</p><p>{made}</p>{notes}"
        "<table><tr><th>{c1}</th><th>{c2}</th><th>{c3}</th><th>{c4}</th></tr>\n{rows}\n</table></body></html>\n"
    ).format(title=html.escape(title), source=html.escape(tr("File: {0}").format(source)),
             made=html.escape(tr("Checked on {0} against the warmteprogramma schema.").format(
                 datetime.date.today().isoformat())),
             notes=notes_html, c1=html.escape(tr("Buurt")), c2=html.escape(tr("Field")), c3=html.escape(tr("Value")),
             c4=html.escape(tr("Finding")), rows=rows or "<tr><td colspan=\"4\">{0}</td></tr>".format(
                 html.escape(tr("No findings: every value follows the schema."))))
    write_atomic(Path(path), page.encode("utf-8"))
    return path
