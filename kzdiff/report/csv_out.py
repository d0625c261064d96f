"""CSV output: one row per claim (extract, compare, claim), per document
(sources) or per quantity (quantities), with the stdlib ``csv`` module.

Compare and claim rows repeat their fact's id, label, verdict and estimate on
every claim row, so a spreadsheet can filter and pivot without joins. Empty
cells are missing values (JSON null). Cells of text that a spreadsheet would
run as a formula (starting with ``=``, ``+``, ``-``, ``@``) get a leading
apostrophe: journalists open these files in Excel, and article text is
untrusted. Control characters and bidirectional marks in text are shown as one
visible character each (see ``kzdiff.report.sanitize``): a carriage return in a
file name must not split a row. Numbers are written as numbers and never touched.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kzdiff.records import Corpus, Document, Extraction, Quantity, Report, as_number
from kzdiff.report.sanitize import sanitize
from kzdiff.wire import claim_to_wire, quantity_to_wire, source_to_wire

_CLAIM_COLUMNS = (
    "claim",
    "doc",
    "outlet",
    "published",
    "text",
    "value",
    "low",
    "high",
    "qualifier",
    "category",
    "subject",
    "part_of",
    "attribution",
    "as_of",
    "status",
    "scope",
    "background",
    "start",
    "end",
    "sentence",
)

EXTRACT_COLUMNS: tuple[str, ...] = _CLAIM_COLUMNS
COMPARE_COLUMNS: tuple[str, ...] = (
    "fact",
    "label",
    "verdict",
    "sources",
    "estimate_low",
    "estimate_best",
    "estimate_high",
    "latest",
    *_CLAIM_COLUMNS,
)
SOURCES_COLUMNS: tuple[str, ...] = (
    "id",
    "path",
    "outlet",
    "outlet_source",
    "published",
    "published_source",
    "title",
    "url",
    "format",
    "encoding",
    "words",
    "set_aside",
)
QUANTITIES_COLUMNS: tuple[str, ...] = (
    "line",
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "qualifier",
    "kind",
    "unit",
)

# What a spreadsheet may run as a formula when a cell starts with it; the full-width
# forms are folded to these by some spreadsheets on import.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str):
        return _text_cell(value)
    return value


def _text_cell(text: str) -> str:
    """A text cell made inert. Controls and bidirectional marks first (a file name may
    hold a carriage return, ESC or BEL, an article U+202E): each becomes one visible
    character, as on the terminal, so a CR can never end a row early and start the next
    one with an unguarded formula. Then the formula guard, on what the cell now starts
    with. Line feeds stay: the writer quotes a cell holding one."""
    text = sanitize(text, keep_newlines=True)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], *, header: bool = True
) -> str:
    """A header row and one row per mapping; keys outside ``columns`` are left out.
    ``header=False`` gives the rows alone, to stream a long table in pieces."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buf.getvalue()


def _claim_row(claim: Any, docs: Mapping[str, Document]) -> dict[str, Any]:
    wire = claim_to_wire(claim)
    doc = docs.get(claim.doc)
    row: dict[str, Any] = dict(wire)
    row["claim"] = wire["id"]
    row["outlet"] = doc.outlet if doc else None
    row["published"] = doc.published if doc else None
    return row


def extract_csv_rows(
    documents: Sequence[Document], extractions: Iterable[Extraction]
) -> list[dict[str, Any]]:
    docs = {d.id: d for d in documents}
    by_doc = {ex.doc: ex for ex in extractions}
    return [
        _claim_row(c, docs)
        for d in documents
        for c in (by_doc[d.id].claims if d.id in by_doc else ())
    ]


def compare_csv_rows(report: Report) -> list[dict[str, Any]]:
    docs = {d.id: d for d in report.documents}
    rows = []
    for fact in report.facts:
        head = {
            "fact": fact.id,
            "label": fact.label,
            "verdict": str(fact.verdict),
            "sources": fact.sources,
            "estimate_low": as_number(fact.estimate.low),
            "estimate_best": as_number(fact.estimate.best),
            "estimate_high": as_number(fact.estimate.high),
        }
        for c in fact.claims:
            rows.append({**head, **_claim_row(c, docs), "latest": c.id == fact.latest})
    return rows


def sources_csv_rows(corpus: Corpus) -> list[dict[str, Any]]:
    rows = []
    for d in corpus.documents:
        row: dict[str, Any] = dict(source_to_wire(d))
        row["set_aside"] = len(row["set_aside"])
        rows.append(row)
    return rows


def quantities_csv_rows(lines: Iterable[tuple[int, Sequence[Quantity]]]) -> list[dict[str, Any]]:
    return [{"line": n, **quantity_to_wire(q)} for n, qs in lines for q in qs]
