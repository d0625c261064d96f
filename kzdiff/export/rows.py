"""Records to database rows, built from the wire objects the JSON output is made of.

Every row is a ``kzdiff.wire`` object (``claim_to_wire``, ``fact_to_wire`` ...) with
its field names kept, plus the keys a table needs (a mention's id, a variant's parent):
what a script reads in ``--format json`` it finds under the same name in the database.
Nothing here reads article text again; offsets and sentences are the claim's own.

Rows fall in two kinds, because a re-export treats them differently
(``kzdiff.export.database``):

- per document (``DocumentRows``): the document, its claims, date mentions, name
  mentions and quote mentions. Each document's rows carry a hash of themselves, so a
  re-export can tell an unchanged document (left alone) from a changed one (replaced);
- per corpus (``CorpusRows``): facts, estimates, fact membership and the reasons for
  it, names and their spellings, quotes and their wordings, dated events. They depend on
  every document at once and are rebuilt on every export.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any

from kzdiff.export.schema import TABLES
from kzdiff.records import Document, Extraction, Fact, Report
from kzdiff.wire import (
    claim_to_wire,
    date_to_wire,
    document_to_wire,
    entity_to_wire,
    errors_to_wire,
    event_group_to_wire,
    fact_to_wire,
    name_group_to_wire,
    quote_group_to_wire,
    quote_to_wire,
)

Row = dict[str, Any]

_INT64 = 2**63


def _sql_number(x: Any) -> Any:
    """A figure SQLite can hold: an integer past 64 bits (a typo, an identifier read as a
    count) as the float it is close to, as the JSON's readers would read it."""
    if isinstance(x, int) and not isinstance(x, bool) and not -_INT64 <= x < _INT64:
        return float(x)
    return x


def _sql_text(s: str | None) -> str | None:
    """Text SQLite can store as UTF-8: a file name that is not UTF-8 reaches kzdiff with
    lone surrogates; they are written as their ``\\udcXX`` escape, as the JSON has them."""
    if s is None or s.isascii():
        return s
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return s.encode("utf-8", "backslashreplace").decode("utf-8")
    return s


def _figures(row: Row) -> Row:
    for name in ("value", "low", "high", "best"):
        if name in row:
            row[name] = _sql_number(row[name])
    return row


Values = tuple[Any, ...]


def _getter(table: str, columns: tuple[str, ...] | None = None) -> Any:
    """A row dict to the tuple of its table's columns, in their order (one C call)."""
    return itemgetter(*(columns if columns is not None else TABLES[table][0]))


_ROW = {t: _getter(t) for t in TABLES}
_DOCUMENT_HEAD = _getter("documents", tuple(TABLES["documents"][0])[:-1])  # all but row_hash


@dataclass(slots=True)
class DocumentRows:
    """One document's rows, table by table, as tuples in the tables' column order, and the
    hash that says whether they changed."""

    id: str
    rows: dict[str, list[Values]]
    row_hash: str

    def tables(self) -> Iterator[tuple[str, list[Values]]]:
        """(table, rows) in the order foreign keys need them written."""
        return iter(self.rows.items())


def document_rows(doc: Document, extraction: Extraction | None) -> DocumentRows:
    """A document and everything extracted from it, as rows."""
    ex = extraction if extraction is not None else Extraction(doc=doc.id)
    head: Row = dict(document_to_wire(doc))
    head["path"] = _sql_text(head["path"])
    head.update(
        format=doc.format, encoding=doc.encoding, content_hash=doc.content_hash, body=doc.body
    )
    claim_row, date_row = _ROW["claims"], _ROW["dates"]
    name_row, quote_row = _ROW["name_mentions"], _ROW["quote_mentions"]
    rows: dict[str, list[Values]] = {
        "documents": [_DOCUMENT_HEAD(head)],
        "claims": [claim_row(_claim_row(claim_to_wire(c), derived=False)) for c in ex.claims],
        "dates": [
            date_row({"id": f"{doc.id}:d{n}", "doc": doc.id, **date_to_wire(d)})
            for n, d in enumerate(ex.dates, 1)
        ],
        "name_mentions": [
            name_row({"id": f"{doc.id}:n{n}", "doc": doc.id, **entity_to_wire(e)})
            for n, e in enumerate(ex.entities, 1)
        ],
        "quote_mentions": [
            quote_row({"id": f"{doc.id}:q{n}", "doc": doc.id, **quote_to_wire(q)})
            for n, q in enumerate(ex.quotes, 1)
        ],
    }
    row_hash = _hash_rows(rows)
    rows["documents"] = [(*rows["documents"][0], row_hash)]
    return DocumentRows(doc.id, rows, row_hash)


def _claim_row(wire: Mapping[str, Any], *, derived: bool) -> Row:
    row = _figures(dict(wire))
    row["derived"] = derived
    # the parts a derived total sums, as space-separated claim ids (none for the others)
    row["derived_from"] = " ".join(row.get("derived_from") or ()) or None
    return row


def _hash_rows(rows: dict[str, list[Values]]) -> str:
    """sha256 over every value the document's rows hold, in table and column order: equal
    hashes mean a re-export would write the very same rows."""
    import orjson

    try:
        data = orjson.dumps(rows)
    except TypeError:  # a float orjson will not write (never from extraction): the stdlib's
        data = json.dumps(rows, ensure_ascii=False, allow_nan=True).encode("utf-8", "replace")
    return hashlib.sha256(data).hexdigest()


@dataclass(slots=True)
class CorpusRows:
    """The cross-source rows, rebuilt on every export."""

    # figures alignment derives from a document's parts ("26 armed criminals ... and 18
    # police": 44, id "doc:c2+c4"): rows of ``claims`` with derived = 1, as facts list them
    derived_claims: list[Row] = field(default_factory=list)
    facts: list[Row] = field(default_factory=list)
    estimates: list[Row] = field(default_factory=list)
    fact_claims: list[Row] = field(default_factory=list)
    fact_reasons: list[Row] = field(default_factory=list)
    fact_relays: list[Row] = field(default_factory=list)
    names: list[Row] = field(default_factory=list)
    spellings: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    wordings: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    event_mentions: list[Row] = field(default_factory=list)
    problems: list[Row] = field(default_factory=list)

    def tables(self) -> Iterator[tuple[str, list[Values]]]:
        """(table, rows as tuples), parents before the rows that point at them."""
        yield "claims", [_ROW["claims"](r) for r in self.derived_claims]
        for name in CORPUS_TABLES:
            row = _ROW[name]
            yield name, [row(r) for r in getattr(self, name)]


# the corpus-level tables, parents first (derived claims live in ``claims``)
CORPUS_TABLES = (
    "facts",
    "estimates",
    "fact_claims",
    "fact_reasons",
    "fact_relays",
    "names",
    "spellings",
    "quotes",
    "wordings",
    "events",
    "event_mentions",
    "problems",
)


def corpus_rows(report: Report) -> CorpusRows:
    out = CorpusRows()
    extracted = {c.id for x in report.extractions for c in x.claims}
    for fact in report.facts:
        _add_fact(out, fact, extracted)
    for n, group in enumerate(report.names, 1):
        wire = name_group_to_wire(group)
        out.names.append(
            {
                "id": n,
                "canonical": wire["canonical"],
                "label": wire["label"],
                "spellings": len(wire["variants"]),
            }
        )
        out.spellings.extend(
            {"name": n, "text": v["text"], "doc": doc}
            for v in wire["variants"]
            for doc in v["docs"]
        )
    for n, quote_group in enumerate(report.quotes, 1):
        qwire = quote_group_to_wire(quote_group)
        out.quotes.append(
            {
                "id": n,
                "speaker": qwire["speaker"],
                "difference": qwire["difference"],
                "wordings": len(qwire["variants"]),
            }
        )
        out.wordings.extend(
            {"quote": n, "text": v["text"], "doc": doc}
            for v in qwire["variants"]
            for doc in v["docs"]
        )
    for n, event_group in enumerate(report.events, 1):
        ewire = event_group_to_wire(event_group)
        out.events.append(
            {
                "id": n,
                "label": ewire["label"],
                "verdict": ewire["verdict"],
                "note": ewire.get("note"),
                "mentions": len(ewire["mentions"]),
            }
        )
        out.event_mentions.extend(
            {"event": n, "position": i, **m} for i, m in enumerate(ewire["mentions"], 1)
        )
    out.problems = [{**p, "path": _sql_text(p["path"])} for p in errors_to_wire(report.problems)]
    return out


def _add_fact(out: CorpusRows, fact: Fact, extracted: set[str]) -> None:
    # the fact's own fields from the wire; its claims are rows of ``claims`` already, so
    # only the derived ones are converted (each fact's claims again cost 0.8 s at 10,000)
    wire = fact_to_wire(replace(fact, claims=(), parts=()), explain=True)
    pair = wire["conflict"]
    conflict: tuple[str | None, str | None] = (pair[0], pair[1]) if pair else (None, None)
    out.facts.append(
        {
            "id": wire["id"],
            "label": wire["label"],
            "category": wire["category"],
            "subject": wire["subject"],
            "scope": wire["scope"],
            "verdict": wire["verdict"],
            "sources": wire["sources"],
            "latest": wire["latest"],
            "note": wire["note"],
            "conflict_a": conflict[0],
            "conflict_b": conflict[1],
        }
    )
    estimate = wire["estimate"]
    out.estimates.append(
        _figures(
            {
                "fact": wire["id"],
                "low": estimate["low"],
                "best": estimate["best"],
                "high": estimate["high"],
                "rule": estimate["rule"],
            }
        )
    )
    reasons = wire.get("why", [])
    named = _claims_named(reasons)
    repeats, outliers = set(wire["repeats"]), set(wire["outliers"])
    seen: set[tuple[str, str]] = set()
    for role, claims in (("figure", fact.claims), ("part", fact.parts)):
        for position, claim in enumerate(claims, 1):
            if (claim.id, role) in seen:
                continue
            seen.add((claim.id, role))
            if claim.id not in extracted:  # a sum alignment made: written once
                extracted.add(claim.id)
                out.derived_claims.append(_claim_row(claim_to_wire(claim), derived=True))
            out.fact_claims.append(
                {
                    "fact": wire["id"],
                    "claim": claim.id,
                    "role": role,
                    "position": position,
                    "repeat": claim.id in repeats,
                    "outlier": claim.id in outliers,
                    "why": "\n".join(reasons[i] for i in named.get(claim.id, ())) or None,
                }
            )
    out.fact_reasons.extend(
        {"fact": wire["id"], "position": i, "reason": r} for i, r in enumerate(reasons, 1)
    )
    out.fact_relays.extend({"fact": wire["id"], **relay} for relay in wire["relays"])


# "2022-01-07-hrw:c1+c2: derived ...", "a:c1 includes a:c2 (18 security officers)":
# the claim ids a --explain reason is about (document ids are slugs: no spaces or colons)
_NAMED = re.compile(r"(?<![\w-])([a-z0-9][a-z0-9-]*):c(\d+)((?:\+c\d+)*)")


def _claims_named(reasons: list[str]) -> dict[str, list[int]]:
    """claim id -> indexes of the reasons that name it (the reasons are kzdiff's own words,
    built from claim ids; no article text is read)."""
    named: dict[str, list[int]] = {}
    for i, reason in enumerate(reasons):
        for m in _NAMED.finditer(reason):
            doc, first, more = m.groups()
            claims = [m.group(0)]
            if more:  # "doc:c1+c2" is the sum (a derived claim of that id) and each part
                claims += [f"{doc}:c{n}" for n in (first, *more.split("+c")[1:])]
            for claim in claims:
                ids = named.setdefault(claim, [])
                if not ids or ids[-1] != i:
                    ids.append(i)
    return named
