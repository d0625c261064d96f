"""The JSON wire format, version 1 (``kzdiff/1``): what scripts may rely on.

Records (``kzdiff.records``) are the program's values; this module is their
public JSON form, kept apart so the records can change shape without breaking
anyone's pipeline. Every command's JSON output validates against the checked-in
schema ``kzdiff/schema/kzdiff-1.schema.json``.

Rules: adding a field keeps version 1; renaming, removing or retyping one needs
``kzdiff/2``. Field order follows architecture.md, so output is stable. Every
top-level payload carries an ``errors`` list (files skipped or read with a
caveat), empty when nothing went wrong, so a script can always look there.

JSON Lines (``--format jsonl``) carries the same objects, one per line:

- ``extract``: one claim per line, with its document's ``path``, ``outlet``,
  ``published`` and ``title`` beside the claim's own ``doc`` id;
- ``compare`` / ``claim``: one fact per line (names, quotes and events are only
  in the ``json`` form);
- ``sources``: one document per line;
- ``quantities``: one input line per line, ``{"line": N, "quantities": [...]}``.

The schema names the definition each kind of line follows (``x-jsonl-rows``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any, Literal, NotRequired, TypedDict

from kzdiff.records import (
    Block,
    Claim,
    Corpus,
    DateMention,
    Document,
    Entity,
    EventGroup,
    Extraction,
    Fact,
    LoadProblem,
    NameGroup,
    Number,
    Quantity,
    Quote,
    QuoteGroup,
    Report,
    as_number,
)
from kzdiff.vocab import BlockKind

SCHEMA_VERSION = "kzdiff/1"
SCHEMA_FILE = "kzdiff-1.schema.json"

Command = Literal["extract", "compare", "claim", "sources", "quantities"]
COMMANDS: tuple[str, ...] = ("extract", "compare", "claim", "sources", "quantities")


# ---------------------------------------------------------------- shapes


class WireError(TypedDict):
    path: str | None
    message: str
    skipped: bool


class WireQuantity(TypedDict):
    text: str
    start: int
    end: int
    value: Number | None
    low: Number | None
    high: Number | None
    qualifier: str
    kind: str
    unit: str | None


class WireQuantitiesLine(TypedDict):
    line: int
    quantities: list[WireQuantity]


class WireClaim(TypedDict):
    id: str
    doc: str
    text: str
    start: int
    end: int
    value: Number | None
    low: Number | None
    high: Number | None
    qualifier: str
    category: str
    subject: str | None
    part_of: str | None
    attribution: str | None
    as_of: str | None
    status: str
    sentence: str
    # additions within version 1
    sentence_start: int
    background: bool
    scope: str | None
    # what an "other" count counts ("aboard", "rescued", "affected"); for a count of the
    # dead, what was done with the bodies ("identified", "handed over", "unidentified");
    # for the injured, where they are now ("still in hospital", "discharged")
    counted: str | None
    window: bool  # counts one window of time ("in the past 24 hours")
    derived_from: list[str]  # a total summed from these claims' figures; [] when stated
    since: str | None  # YYYY-MM-DD a window opens ("since Monday"); null for others
    revises_down: bool  # stated as a count revised down ("revised down the toll to 84")


class WireDate(TypedDict):
    text: str
    date: str | None
    start: int
    end: int
    event: str | None
    caption: bool
    relative: bool
    note: str | None


class WireEntity(TypedDict):
    text: str
    label: str
    canonical: str
    start: int
    end: int


class WireQuote(TypedDict):
    text: str
    speaker: str | None
    start: int
    end: int
    scare: bool


class WireDocumentHeader(TypedDict):
    id: str
    path: str
    outlet: str | None
    published: str | None
    title: str | None
    # additions within version 1
    outlet_source: str | None
    published_source: str | None
    url: str | None
    words: int


class WireDocument(WireDocumentHeader):
    claims: list[WireClaim]
    dates: list[WireDate]
    entities: list[WireEntity]
    quotes: list[WireQuote]


class WireSetAside(TypedDict):
    start: int
    end: int
    kind: str
    reason: str | None
    text: str


class WireSourceDocument(WireDocumentHeader):
    format: str
    encoding: str
    set_aside: list[WireSetAside]


class WireEstimate(TypedDict):
    low: Number | None
    best: Number | None
    high: Number | None
    rule: str


class WireFact(TypedDict):
    id: str
    label: str
    category: str
    subject: str
    verdict: str
    sources: int
    estimate: WireEstimate
    claims: list[WireClaim]
    # additions within version 1
    scope: str | None
    latest: str | None
    note: str | None
    parts: list[WireClaim]
    why: NotRequired[list[str]]  # only with --explain
    repeats: list[str]  # claim ids repeating a figure their document gave (counted once)
    relays: list[WireRelay]  # documents that copy another among the fact's sources
    outliers: list[
        str
    ]  # claim ids kept out of the estimate (see judge: _outliers, _later_subcounts)
    conflict: list[str] | None  # [id, id]: the first conflicting pair, else null
    replaced: list[str]  # claim ids a later figure replaces (a revision's earlier figures)


class WireRelay(TypedDict):
    doc: str
    copy_of: str


class WireVariant(TypedDict):
    text: str
    docs: list[str]


class WireNameGroup(TypedDict):
    canonical: str
    label: str
    variants: list[WireVariant]


class WireQuoteGroup(TypedDict):
    speaker: str | None
    variants: list[WireVariant]
    difference: str


class WireEventMention(TypedDict):
    doc: str
    date: str | None
    text: str
    caption: bool


class WireEventGroup(TypedDict):
    label: str
    verdict: str
    mentions: list[WireEventMention]
    note: NotRequired[str | None]


class ExtractOutput(TypedDict):
    schema: str
    command: str
    documents: list[WireDocument]
    errors: list[WireError]


class CompareOutput(TypedDict):
    schema: str
    command: str
    query: NotRequired[str]  # the ``claim`` command only
    documents: list[WireDocumentHeader]
    facts: list[WireFact]
    names: list[WireNameGroup]
    quotes: list[WireQuoteGroup]
    events: list[WireEventGroup]
    errors: list[WireError]


class SourcesOutput(TypedDict):
    schema: str
    command: str
    documents: list[WireSourceDocument]
    errors: list[WireError]


class QuantitiesOutput(TypedDict):
    schema: str
    command: str
    lines: list[WireQuantitiesLine]
    errors: list[WireError]


# ---------------------------------------------------------------- records to wire


def _num(x: float | int | None) -> Number | None:
    return as_number(x)


def problem_to_wire(problem: LoadProblem) -> WireError:
    return {"path": problem.path, "message": problem.message, "skipped": problem.skipped}


def errors_to_wire(problems: Iterable[LoadProblem]) -> list[WireError]:
    return [problem_to_wire(p) for p in problems]


def quantity_to_wire(q: Quantity) -> WireQuantity:
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "qualifier": str(q.qualifier),
        "kind": str(q.kind),
        "unit": q.unit,
    }


def quantities_line_to_wire(line: int, quantities: Iterable[Quantity]) -> WireQuantitiesLine:
    """One input line of ``kzdiff quantities``: ``{"line": N, "quantities": [...]}``."""
    return {"line": line, "quantities": [quantity_to_wire(q) for q in quantities]}


def claim_to_wire(c: Claim) -> WireClaim:
    return {
        "id": c.id,
        "doc": c.doc,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "value": _num(c.value),
        "low": _num(c.low),
        "high": _num(c.high),
        "qualifier": str(c.qualifier),
        "category": str(c.category),
        "subject": c.subject,
        "part_of": c.part_of,
        "attribution": c.attribution,
        "as_of": c.as_of,
        "status": str(c.status),
        "sentence": c.sentence,
        "sentence_start": c.sentence_start,
        "background": c.background,
        "scope": c.scope,
        "counted": c.counted,
        "window": c.window,
        "derived_from": list(c.derived_from),
        "since": c.since,
        "revises_down": c.revises_down,
    }


def date_to_wire(d: DateMention) -> WireDate:
    return {
        "text": d.text,
        "date": d.date,
        "start": d.start,
        "end": d.end,
        "event": d.event,
        "caption": d.caption,
        "relative": d.relative,
        "note": d.note,
    }


def entity_to_wire(e: Entity) -> WireEntity:
    return {
        "text": e.text,
        "label": str(e.label),
        "canonical": e.canonical,
        "start": e.start,
        "end": e.end,
    }


def quote_to_wire(q: Quote) -> WireQuote:
    return {"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end, "scare": q.scare}


def document_to_wire(doc: Document) -> WireDocumentHeader:
    """A document without its body: what ``compare`` and ``claim`` list."""
    return {
        "id": doc.id,
        "path": doc.path,
        "outlet": doc.outlet,
        "published": doc.published,
        "title": doc.title,
        "outlet_source": doc.outlet_source,
        "published_source": doc.published_source,
        "url": doc.url,
        "words": doc.words,
    }


def extraction_to_wire(doc: Document, extraction: Extraction | None) -> WireDocument:
    """A document with everything extracted from it, as ``extract`` prints it."""
    ex = extraction if extraction is not None else Extraction(doc=doc.id)
    return {
        **document_to_wire(doc),
        "claims": [claim_to_wire(c) for c in ex.claims],
        "dates": [date_to_wire(d) for d in ex.dates],
        "entities": [entity_to_wire(e) for e in ex.entities],
        "quotes": [quote_to_wire(q) for q in ex.quotes],
    }


def set_aside_to_wire(doc: Document, block: Block) -> WireSetAside:
    return {
        "start": block.start,
        "end": block.end,
        "kind": str(block.kind),
        "reason": block.reason,
        "text": doc.body[block.start : block.end],
    }


def source_to_wire(doc: Document) -> WireSourceDocument:
    """A document as read: provenance of outlet and date, and what was set aside."""
    return {
        **document_to_wire(doc),
        "format": doc.format,
        "encoding": doc.encoding,
        "set_aside": [
            set_aside_to_wire(doc, b) for b in doc.blocks if b.kind == BlockKind.BOILERPLATE
        ],
    }


def fact_to_wire(fact: Fact, *, explain: bool = False) -> WireFact:
    out: WireFact = {
        "id": fact.id,
        "label": fact.label,
        "category": str(fact.category),
        "subject": fact.subject,
        "verdict": str(fact.verdict),
        "sources": fact.sources,
        "estimate": {
            "low": _num(fact.estimate.low),
            "best": _num(fact.estimate.best),
            "high": _num(fact.estimate.high),
            "rule": fact.estimate.rule,
        },
        "claims": [claim_to_wire(c) for c in fact.claims],
        "scope": fact.scope,
        "latest": fact.latest,
        "note": fact.note,
        "parts": [claim_to_wire(c) for c in fact.parts],
        "repeats": list(fact.repeats),
        "relays": [{"doc": d, "copy_of": o} for d, o in fact.relays],
        "outliers": list(fact.outliers),
        "conflict": list(fact.conflict) if fact.conflict is not None else None,
        "replaced": list(fact.replaced),
    }
    if explain:
        out["why"] = list(fact.why)
    return out


def name_group_to_wire(g: NameGroup) -> WireNameGroup:
    return {
        "canonical": g.canonical,
        "label": str(g.label),
        "variants": [{"text": v.text, "docs": list(v.docs)} for v in g.variants],
    }


def quote_group_to_wire(g: QuoteGroup) -> WireQuoteGroup:
    return {
        "speaker": g.speaker,
        "variants": [{"text": v.text, "docs": list(v.docs)} for v in g.variants],
        "difference": g.difference,
    }


def event_group_to_wire(g: EventGroup) -> WireEventGroup:
    return {
        "label": g.label,
        "verdict": str(g.verdict),
        "mentions": [
            {"doc": m.doc, "date": m.date, "text": m.text, "caption": m.caption} for m in g.mentions
        ],
        "note": g.note,
    }


# ---------------------------------------------------------------- whole outputs


def extract_to_wire(
    documents: Sequence[Document],
    extractions: Iterable[Extraction],
    problems: Iterable[LoadProblem] = (),
) -> ExtractOutput:
    """``kzdiff extract --format json``; a document with no extraction has empty lists."""
    by_doc = {ex.doc: ex for ex in extractions}
    return {
        "schema": SCHEMA_VERSION,
        "command": "extract",
        "documents": [extraction_to_wire(d, by_doc.get(d.id)) for d in documents],
        "errors": errors_to_wire(problems),
    }


def report_to_wire(
    command: str, report: Report, query: str | None = None, *, explain: bool = False
) -> CompareOutput:
    """``kzdiff compare`` / ``kzdiff claim`` JSON; ``claim`` must give the query."""
    if command not in ("compare", "claim"):
        raise ValueError(f"report_to_wire is for compare and claim, not {command!r}")
    if command == "claim" and query is None:
        raise ValueError("the claim command's JSON needs the query")
    out: dict[str, Any] = {"schema": SCHEMA_VERSION, "command": command}
    if command == "claim":
        out["query"] = query
    out["documents"] = [document_to_wire(d) for d in report.documents]
    out["facts"] = [fact_to_wire(f, explain=explain) for f in report.facts]
    out["names"] = [name_group_to_wire(g) for g in report.names]
    out["quotes"] = [quote_group_to_wire(g) for g in report.quotes]
    out["events"] = [event_group_to_wire(g) for g in report.events]
    out["errors"] = errors_to_wire(report.problems)
    return out  # type: ignore[return-value]


def sources_to_wire(corpus: Corpus) -> SourcesOutput:
    return {
        "schema": SCHEMA_VERSION,
        "command": "sources",
        "documents": [source_to_wire(d) for d in corpus.documents],
        "errors": errors_to_wire(corpus.problems),
    }


def quantities_to_wire(
    lines: Iterable[tuple[int, Sequence[Quantity]]], problems: Iterable[LoadProblem] = ()
) -> QuantitiesOutput:
    """``kzdiff quantities --format json``: the jsonl lines gathered in one object."""
    return {
        "schema": SCHEMA_VERSION,
        "command": "quantities",
        "lines": [quantities_line_to_wire(n, qs) for n, qs in lines],
        "errors": errors_to_wire(problems),
    }


def failure_to_wire(
    command: str,
    message: str,
    *,
    path: str | None = None,
    query: str | None = None,
    problems: Iterable[LoadProblem] = (),
) -> dict[str, Any]:
    """The JSON printed when a command cannot run at all (exit 2).

    It has the command's usual shape with empty lists, so a script reads the same
    keys whether or not the run worked, and the reason in ``errors``: last, after
    the ``problems`` that led to it (each file that was skipped).
    """
    if command not in COMMANDS:
        raise ValueError(f"unknown command {command!r}")
    out: dict[str, Any] = {"schema": SCHEMA_VERSION, "command": command}
    if command == "claim":
        out["query"] = query if query is not None else ""
    if command in ("compare", "claim"):
        out.update(documents=[], facts=[], names=[], quotes=[], events=[])
    elif command == "quantities":
        out["lines"] = []
    else:
        out["documents"] = []
    out["errors"] = [*errors_to_wire(problems), {"path": path, "message": message, "skipped": True}]
    return out


# ---------------------------------------------------------------- jsonl rows


def extract_rows(
    documents: Sequence[Document], extractions: Iterable[Extraction]
) -> list[dict[str, Any]]:
    """``extract --format jsonl``: one claim per line with its document's fields."""
    by_doc = {ex.doc: ex for ex in extractions}
    rows: list[dict[str, Any]] = []
    for d in documents:
        ex = by_doc.get(d.id)
        if ex is None:
            continue
        for c in ex.claims:
            rows.append(
                {
                    **claim_to_wire(c),
                    "path": d.path,
                    "outlet": d.outlet,
                    "published": d.published,
                    "title": d.title,
                }
            )
    return rows


def fact_rows(report: Report, *, explain: bool = False) -> list[dict[str, Any]]:
    """``compare`` / ``claim`` ``--format jsonl``: one fact per line."""
    return [dict(fact_to_wire(f, explain=explain)) for f in report.facts]


def source_rows(corpus: Corpus) -> list[dict[str, Any]]:
    return [dict(source_to_wire(d)) for d in corpus.documents]


# ---------------------------------------------------------------- the schema


def load_schema() -> Mapping[str, Any]:
    """The checked-in JSON Schema for version 1 (draft 2020-12)."""
    text = resources.files("kzdiff").joinpath("schema", SCHEMA_FILE).read_text(encoding="utf-8")
    schema: Mapping[str, Any] = json.loads(text)
    return schema
