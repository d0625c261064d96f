"""Renderers: one function per format, pure (they return text or print to a
console they are given), and nothing here computes what another format needs.

- ``table``: the Rich terminal report (``kzdiff.report.table``);
- ``json`` / ``jsonl``: the wire format ``kzdiff/1`` (``kzdiff.wire``), serialised
  by ``kzdiff.report.json_out``;
- ``csv``: ``kzdiff.report.csv_out``;
- ``markdown``: ``kzdiff.report.markdown`` (compare and claim);
- ``html``: ``kzdiff.report.html`` (compare and claim; Jinja2, imported only then).

The ``render_*_text`` helpers below pick the right pieces for a command and a
machine format, so the CLI needs one call per command.
"""

from __future__ import annotations

from collections.abc import Sequence

from kzdiff import wire
from kzdiff.records import Corpus, Document, Extraction, Fact, LoadProblem, Quantity, Report
from kzdiff.report.csv_out import (
    COMPARE_COLUMNS,
    EXTRACT_COLUMNS,
    QUANTITIES_COLUMNS,
    SOURCES_COLUMNS,
    compare_csv_rows,
    extract_csv_rows,
    quantities_csv_rows,
    render_csv,
    sources_csv_rows,
)
from kzdiff.report.json_out import (
    render_json,
    render_json_bytes,
    render_jsonl,
    render_report_json_bytes,
)
from kzdiff.report.markdown import render_compare_markdown
from kzdiff.report.phrases import DIVERGING

FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv", "markdown", "html")

__all__ = [
    "DIVERGING",
    "FORMATS",
    "diverges",
    "render_compare_markdown",
    "render_csv",
    "render_extract_text",
    "render_failure_text",
    "render_json",
    "render_json_bytes",
    "render_jsonl",
    "render_quantities_text",
    "render_report_text",
    "render_sources_text",
]


def diverges(facts: Sequence[Fact]) -> bool:
    """Whether any fact has sources that conflict or were revised (``--exit-code``)."""
    return any(f.verdict in DIVERGING for f in facts)


def _unsupported(fmt: str, command: str) -> ValueError:
    return ValueError(f"format {fmt!r} is not a text format for {command}")


def render_report_text(
    fmt: str,
    command: str,
    report: Report,
    *,
    query: str | None = None,
    explain: bool = False,
) -> str:
    """``compare`` / ``claim`` as json, jsonl, csv or markdown."""
    if fmt == "json":
        return render_report_json(command, report, query=query, explain=explain).decode()
    if fmt == "jsonl":
        return render_jsonl(wire.fact_rows(report, explain=explain))
    if fmt == "csv":
        return render_csv(compare_csv_rows(report), COMPARE_COLUMNS)
    if fmt == "markdown":
        return render_compare_markdown(report, query=query, explain=explain)
    raise _unsupported(fmt, command)


def render_report_json(
    command: str, report: Report, *, query: str | None = None, explain: bool = False
) -> bytes:
    """``compare`` / ``claim`` as JSON, in the UTF-8 bytes that make it up."""
    return render_report_json_bytes(command, report, query, explain=explain)


def render_extract_text(
    fmt: str,
    documents: Sequence[Document],
    extractions: Sequence[Extraction],
    problems: Sequence[LoadProblem] = (),
) -> str:
    if fmt == "json":
        return render_json(wire.extract_to_wire(documents, extractions, problems))
    if fmt == "jsonl":
        return render_jsonl(wire.extract_rows(documents, extractions))
    if fmt == "csv":
        return render_csv(extract_csv_rows(documents, extractions), EXTRACT_COLUMNS)
    raise _unsupported(fmt, "extract")


def render_sources_text(fmt: str, corpus: Corpus) -> str:
    if fmt == "json":
        return render_json(wire.sources_to_wire(corpus))
    if fmt == "jsonl":
        return render_jsonl(wire.source_rows(corpus))
    if fmt == "csv":
        return render_csv(sources_csv_rows(corpus), SOURCES_COLUMNS)
    raise _unsupported(fmt, "sources")


def render_quantities_text(
    fmt: str,
    lines: Sequence[tuple[int, Sequence[Quantity]]],
    problems: Sequence[LoadProblem] = (),
) -> str:
    if fmt == "json":
        return render_json(wire.quantities_to_wire(lines, problems))
    if fmt == "jsonl":
        return render_jsonl(wire.quantities_line_to_wire(n, qs) for n, qs in lines)
    if fmt == "csv":
        return render_csv(quantities_csv_rows(lines), QUANTITIES_COLUMNS)
    raise _unsupported(fmt, "quantities")


def render_failure_text(
    command: str,
    message: str,
    *,
    path: str | None = None,
    query: str | None = None,
    problems: Sequence[LoadProblem] = (),
) -> str:
    """The JSON for a run that could not be done (exit 2): empty results, the reason in errors."""
    return render_json(
        wire.failure_to_wire(command, message, path=path, query=query, problems=problems)
    )
