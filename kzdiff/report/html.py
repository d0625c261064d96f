"""The HTML report: one self-contained page for ``compare`` and ``claim``.

The page holds everything it shows: style inline, charts as inline SVG drawn at
build time (``kzdiff.report.timeline``), no script at all (the category and
verdict filters are checkboxes and CSS), and a Content-Security-Policy that
forbids scripts and every network request, so it opens from disk, works
offline and prints.

Article text is untrusted. It reaches the page only through Jinja2 with
autoescaping on, after ``sanitize`` (control characters and bidi overrides made
visible, as on the terminal); every id, class and link target is built here
from indexes and closed vocabularies, never from article text.

This module turns a ``Report`` into plain view records (what each part of the
page says, in words, and where each link goes); the template only lays them
out. Over a large corpus the page stays readable and small as the table does:
the ``FULL_FACTS`` facts with the most sources are shown in full, each with at
most ``limit`` source rows (the earliest and the latest; the rest summarised
in a line and drawn as a band on the chart), the other facts as one line each;
articles appear only when a shown figure cites them. ``limit=None`` (``--all``)
shows everything.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kzdiff import __version__
from kzdiff.records import Claim, Document, Fact, NameVariant, QuoteVariant, Report
from kzdiff.report.phrases import (
    DIVERGING,
    ROWS,
    VERDICT_WORDS,
    between_words,
    bounds,
    claim_details,
    date_span,
    ends,
    estimate_words,
    figure,
    figure_offset,
    listing,
    outlets,
    plural,
    scope_phrase,
    shown_claims,
    sort_facts,
    source_name,
    source_names,
    verdict_label,
)
from kzdiff.report.sanitize import sanitize
from kzdiff.report.timeline import Chart, build_chart
from kzdiff.vocab import Category, Status, Verdict

if TYPE_CHECKING:
    import jinja2

FULL_FACTS = 40  # facts shown in full while rows are limited; the rest one line each
BODY_LIMIT = 60_000  # characters: a longer article shows only the paragraphs cited
_CONTEXT = 400  # characters around a cited sentence kept when a paragraph is too long


# ---------------------------------------------------------------- view records


@dataclass(frozen=True, slots=True)
class Row:
    """One source's figure for a fact."""

    date: str
    source: str
    figure: str
    bounds: str
    qualifier: str
    details: tuple[str, ...]
    href: str | None
    claim: str  # claim id, for readers and tests
    status: str
    part: bool = False
    # for ``claim``: the sentence, as (text, is_figure) pieces, shown under the figure
    sentence: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True, slots=True)
class FactView:
    anchor: str
    label: str
    scope: str | None
    verdict: str
    verdict_label: str
    category: str
    sources: str
    note: str
    estimate: str
    rule: str
    chart: Chart | None
    rows: tuple[Row, ...]
    between: str | None  # "… 8,184 more: figures 11 to 324, ..." after the first rows
    split: int  # rows before the ``between`` line
    parts_more: str | None
    why: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of an article: plain text, or a cited sentence (``anchor`` set) whose
    ``pieces`` alternate plain text and highlighted figures."""

    text: str = ""
    anchor: str | None = None
    pieces: tuple[tuple[str, bool], ...] = ()
    gap: bool = False  # paragraphs left out of a long article


@dataclass(frozen=True, slots=True)
class Cited:
    figure: str
    fact: str
    fact_anchor: str
    details: str
    anchor: str


@dataclass(frozen=True, slots=True)
class DocView:
    anchor: str
    id: str
    outlet: str
    published: str
    title: str
    path: str
    url: str
    segments: tuple[Segment, ...]
    cited: tuple[Cited, ...]


@dataclass
class _Sentences:
    """Cited sentences per document: the spans to wrap and which claim lands where."""

    spans: dict[str, dict[tuple[int, int], list[Claim]]] = field(default_factory=dict)

    def add(self, claim: Claim, docs: Mapping[str, Document]) -> None:
        doc = docs.get(claim.doc)
        if doc is None:
            return
        span = _sentence_span(claim, doc.body)
        if span is not None:
            self.spans.setdefault(doc.id, {}).setdefault(span, []).append(claim)


def _sentence_span(claim: Claim, body: str) -> tuple[int, int] | None:
    """Where the claim's sentence lies in its document's body; the figure alone when
    the sentence cannot be found there."""
    s = claim.sentence
    start = claim.sentence_start
    if s and start >= 0 and body[start : start + len(s)] == s:
        return start, start + len(s)
    stripped = s.strip()
    if stripped:
        at = body.find(stripped)
        if at >= 0:
            return at, at + len(stripped)
    if claim.text and body[claim.start : claim.end] == claim.text:
        return claim.start, claim.end
    return None


def _anchor(doc_index: int, start: int) -> str:
    return f"s{doc_index}-{start}"


def _resolve(
    spans: Mapping[tuple[int, int], list[Claim]],
) -> dict[tuple[int, int], tuple[int, int]]:
    """Each span -> the span wrapped for it: spans are kept in order of start (longest
    first); one inside a kept span lands on that one; one that overlaps a kept span's
    end lands on the kept span too (its sentence starts there)."""
    kept: list[tuple[int, int]] = []
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and span[0] < kept[-1][1]:
            out[span] = kept[-1]
        else:
            kept.append(span)
            out[span] = span
    return out


# ---------------------------------------------------------------- building the page


class _Builder:
    def __init__(
        self, report: Report, *, limit: int | None, explain: bool, sentences: bool = False
    ) -> None:
        self.report = report
        self.with_sentences = sentences
        self.limit = limit
        self.explain = explain
        self.docs = {d.id: d for d in report.documents}
        self.doc_index = {d.id: i for i, d in enumerate(report.documents)}
        self.sentences = _Sentences()
        # per document: each cited sentence's span -> the span wrapped for it
        self.wrapped: dict[str, dict[tuple[int, int], tuple[int, int]]] = {}

    # which claims are linked, and where each link lands

    def plan_links(self, facts: Sequence[Fact]) -> dict[str, str]:
        for f in facts:
            first, _, last = ends(shown_claims(f), self.limit)
            pf, _, pl = ends(f.parts, self.limit)
            for c in (*first, *last, *pf, *pl):
                self.sentences.add(c, self.docs)
        hrefs: dict[str, str] = {}
        for doc_id, spans in self.sentences.spans.items():
            resolved = _resolve(spans)
            self.wrapped[doc_id] = resolved
            index = self.doc_index[doc_id]
            for span, claims in spans.items():
                target = _anchor(index, resolved[span][0])
                for c in claims:
                    hrefs[c.id] = "#" + target
        return hrefs

    def row(self, c: Claim, fact: Fact, hrefs: Mapping[str, str], *, part: bool = False) -> Row:
        return Row(
            date=c.as_of or "undated",
            source=source_name(c.doc, self.docs),
            figure=figure(c),
            bounds=bounds(c.low, c.high),
            qualifier=str(c.qualifier).replace("_", " "),
            details=tuple(claim_details(c, fact)),
            href=hrefs.get(c.id),
            claim=c.id,
            status=_status_class(c),
            part=part,
            sentence=_sentence_pieces(c) if self.with_sentences and not part else (),
        )

    def fact_view(self, f: Fact, anchor: str, hrefs: Mapping[str, str]) -> FactView:
        claims = shown_claims(f)
        first, between, last = ends(claims, self.limit)
        shown = (*first, *last)
        titles = {
            c.id: f"{source_name(c.doc, self.docs)}: {figure(c)} · "
            + " · ".join(claim_details(c, f))
            for c in shown
        }
        chart = (
            build_chart(
                shown,
                hrefs=hrefs,
                titles=titles,
                latest=f.latest,
                hidden=between,
                hidden_title=between_words(between) if between else "",
                outliers=f.outliers,
            )
            if claims
            else None
        )
        rows = [self.row(c, f, hrefs) for c in shown]
        pf, pb, pl = ends(f.parts, self.limit)
        rows += [self.row(p, f, hrefs, part=True) for p in (*pf, *pl)]
        note = sanitize(f.note) if f.note else VERDICT_WORDS.get(f.verdict, "")
        reasons = f.why if self.explain else ()
        if self.limit is not None and len(reasons) > self.limit:
            reasons = (
                *reasons[: self.limit],
                f"… {plural(len(reasons) - self.limit, 'more reason')} (--all lists them)",
            )
        return FactView(
            anchor=anchor,
            label=sanitize(f.label),
            scope=scope_phrase(sanitize(f.scope)) if f.scope and f.scope not in f.label else None,
            verdict=str(f.verdict),
            verdict_label=verdict_label(f.verdict),
            category=str(f.category),
            sources=plural(f.sources, "source"),
            note=note[:1].upper() + note[1:],
            estimate=estimate_words(f),
            rule=sanitize(f.estimate.rule),
            chart=chart,
            rows=tuple(rows),
            between=between_words(between) + " (--all lists them)" if between else None,
            split=len(first),
            parts_more=f"… {plural(len(pb), 'more part')} (--all lists them)" if pb else None,
            why=tuple(sanitize(r) for r in reasons),
        )

    def doc_views(self, fact_of: Mapping[str, tuple[str, str]]) -> list[DocView]:
        out = []
        for doc in self.report.documents:
            spans = self.sentences.spans.get(doc.id)
            if not spans:
                continue
            index = self.doc_index[doc.id]
            resolved = self.wrapped[doc.id]
            figures: dict[tuple[int, int], list[tuple[int, int]]] = {}
            cited = []
            for span, claims in sorted(spans.items()):
                target = resolved[span]
                for c in claims:
                    if doc.body[c.start : c.end] == c.text and target[0] <= c.start < target[1]:
                        figures.setdefault(target, []).append((c.start, min(c.end, target[1])))
                    label, fact_anchor = fact_of.get(c.id, ("", ""))
                    cited.append(
                        Cited(
                            figure=figure(c),
                            fact=label,
                            fact_anchor=fact_anchor,
                            details=" · ".join(claim_details(c)),
                            anchor=_anchor(index, target[0]),
                        )
                    )
            seen: set[tuple[str, str, str]] = set()
            unique = []
            for item in cited:  # a claim shown in two facts is cited once per fact
                key = (item.anchor, item.figure, item.fact)
                if key not in seen:
                    seen.add(key)
                    unique.append(item)
            out.append(
                DocView(
                    anchor=f"d{index}",
                    id=sanitize(doc.id),
                    outlet=sanitize(doc.outlet) or "outlet unknown",
                    published=doc.published or "date unknown",
                    title=sanitize(doc.title),
                    path=sanitize(doc.path),
                    url=sanitize(doc.url),
                    segments=tuple(_segments(doc, index, sorted(set(resolved.values())), figures)),
                    cited=tuple(unique),
                )
            )
        return out


def _sentence_pieces(c: Claim) -> tuple[tuple[str, bool], ...]:
    """The claim's sentence with its figure marked, as ``claim``'s terminal view shows it."""
    text = sanitize(c.sentence)
    span = figure_offset(c)
    if span is None:
        return ((text.strip(), False),)
    a, b = span
    return tuple(
        p
        for p in ((text[:a].lstrip(), False), (text[a:b], True), (text[b:].rstrip(), False))
        if p[0]
    )


def _status_class(c: Claim) -> str:
    if c.status != Status.ASSERTED:
        return str(c.status)
    return "background" if c.background else "asserted"


def _windows(doc: Document, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the body to show: all of it, or for a long article the paragraphs
    holding a cited sentence (cut to ``_CONTEXT`` around it when a paragraph is long)."""
    n = len(doc.body)
    if n <= BODY_LIMIT:
        return [(0, n)]
    out: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = max(0, start - _CONTEXT), min(n, end + _CONTEXT)
        for b in doc.blocks:
            if b.start <= start < b.end or b.start < end <= b.end:
                lo, hi = max(lo, min(b.start, start)), min(hi, max(b.end, end))
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _segments(
    doc: Document,
    index: int,
    spans: Sequence[tuple[int, int]],
    figures: Mapping[tuple[int, int], Sequence[tuple[int, int]]],
) -> list[Segment]:
    body = sanitize(doc.body, keep_newlines=True)  # same length: offsets hold
    out: list[Segment] = []
    windows = _windows(doc, spans)
    pending = list(spans)
    for w_start, w_end in windows:
        if w_start > 0:
            out.append(Segment(gap=True))
        pos = w_start
        while pending and pending[0][0] < w_end:
            start, end = pending.pop(0)
            if start > pos:
                out.append(Segment(text=body[pos:start]))
            out.append(
                Segment(
                    anchor=_anchor(index, start),
                    pieces=_pieces(body, start, end, figures.get((start, end), ())),
                )
            )
            pos = end
        if pos < w_end:
            out.append(Segment(text=body[pos:w_end]))
    if windows and windows[-1][1] < len(body):
        out.append(Segment(gap=True))
    return out


def _pieces(
    body: str, start: int, end: int, figures: Sequence[tuple[int, int]]
) -> tuple[tuple[str, bool], ...]:
    """The sentence as (text, is_figure) pieces; overlapping figures merge into one."""
    merged: list[list[int]] = []
    for a, b in sorted(figures):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out: list[tuple[str, bool]] = []
    pos = start
    for a, b in merged:
        if a > pos:
            out.append((body[pos:a], False))
        out.append((body[max(a, pos) : b], True))
        pos = max(pos, b)
    if pos < end:
        out.append((body[pos:end], False))
    return tuple(out)


# ---------------------------------------------------------------- the page


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2

    # autoescape=True for every template, whatever its name: each {{ }} is escaped
    # unless a value is marked safe, and nothing here marks article text safe
    return jinja2.Environment(
        loader=jinja2.PackageLoader("kzdiff.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _full_facts(facts: Sequence[Fact], limit: int | None) -> tuple[list[Fact], list[Fact]]:
    """(shown in full, one line each): with rows limited and more than ``FULL_FACTS``
    facts, the facts with the most sources are shown in full, in report order."""
    ordered = sort_facts(facts)
    if limit is None or len(ordered) <= FULL_FACTS:
        return ordered, []
    biggest = sorted(
        range(len(ordered)), key=lambda i: (-ordered[i].sources, -len(ordered[i].claims), i)
    )
    keep = set(biggest[:FULL_FACTS])
    return (
        [f for i, f in enumerate(ordered) if i in keep],
        [f for i, f in enumerate(ordered) if i not in keep],
    )


def render_report_html(
    command: str,
    report: Report,
    *,
    query: str | None = None,
    explain: bool = False,
    limit: int | None = ROWS,
    available: Sequence[Fact] = (),
) -> str:
    """``compare`` / ``claim`` as one self-contained HTML page (a str; UTF-8 on output).

    ``limit``: source rows per fact, names, mentions (None: all, and every fact in
    full); ``available``: for a ``claim`` that matched nothing, the facts there are.
    """
    b = _Builder(report, limit=limit, explain=explain, sentences=command == "claim")
    full, tail = _full_facts(report.facts, limit)
    hrefs = b.plan_links(full)
    facts = [b.fact_view(f, f"fact-{i + 1}", hrefs) for i, f in enumerate(full)]
    fact_of: dict[str, tuple[str, str]] = {}
    for view, f in zip(facts, full, strict=True):
        for c in (*f.claims, *f.parts):
            fact_of.setdefault(c.id, (view.label, view.anchor))
    docs = b.doc_views(fact_of)

    names = outlets(report.documents)
    verdicts = [
        (str(v), verdict_label(v), sum(1 for f in report.facts if f.verdict == v)) for v in Verdict
    ]
    categories = [
        (str(c), str(c), sum(1 for f in report.facts if f.category == c)) for c in Category
    ]
    diverging = sum(1 for f in report.facts if f.verdict in DIVERGING)
    single = sum(1 for f in report.facts if f.verdict == Verdict.SINGLE)
    context: dict[str, Any] = {
        "command": command,
        "query": sanitize(query) if query is not None else None,
        "title": f"kzdiff: {sanitize(query)}" if query is not None else "kzdiff report",
        "version": __version__,
        "documents": plural(len(report.documents), "document"),
        "outlets": (f"{plural(len(names), 'outlet')}: " + listing(names, limit))
        if names
        else "outlets unknown",
        "dates": date_span(report.documents),
        "fact_count": len(report.facts),
        "fact_words": plural(len(report.facts), "fact"),
        "diverging": diverging,
        "holding": len(report.facts) - diverging - single,
        "single": single,
        "verdicts": [v for v in verdicts if v[2]],
        "categories": [c for c in categories if c[2]],
        "facts": facts,
        "tail": [_tail_row(f) for f in tail],
        "available": [_tail_row(f) for f in sort_facts(available)] if not report.facts else [],
        "names": _names(report, b.docs, limit),
        "quotes": _quotes(report, b.docs, limit),
        "events": _events(report, b.docs, limit),
        "documents_shown": docs,
        "documents_total": len(report.documents),
        "problems": [(sanitize(p.path), sanitize(p.message), p.skipped) for p in report.problems],
        "explain": explain,
    }
    return _environment().get_template("report.html.j2").render(context)


def _tail_row(f: Fact) -> dict[str, str]:
    return {
        "label": sanitize(f.label),
        "verdict": str(f.verdict),
        "verdict_label": verdict_label(f.verdict),
        "category": str(f.category),
        "sources": plural(f.sources, "source"),
        "estimate": estimate_words(f),
    }


def _variants(
    variants: Sequence[NameVariant | QuoteVariant],
    docs: Mapping[str, Document],
    limit: int | None,
    what: str,
) -> dict[str, Any]:
    """A name's spellings or a quote's wordings, each with its sources; past ``limit``,
    how many more."""
    shown = variants if limit is None else variants[:limit]
    more = len(variants) - len(shown)
    return {
        "variants": [(sanitize(v.text), source_names(v.docs, docs, limit)) for v in shown],
        "more": f"… {plural(more, 'more ' + what)} (--all lists them)" if more else None,
    }


def _names(report: Report, docs: Mapping[str, Document], limit: int | None) -> list[Any]:
    return [
        {
            "canonical": sanitize(g.canonical),
            "label": str(g.label),
            **_variants(g.variants, docs, limit, "spelling"),
        }
        for g in report.names
        if len(g.variants) > 1
    ]


def _quotes(report: Report, docs: Mapping[str, Document], limit: int | None) -> list[Any]:
    return [
        {
            "speaker": sanitize(g.speaker) or "speaker unknown",
            "difference": sanitize(g.difference),
            **_variants(g.variants, docs, limit, "wording"),
        }
        for g in report.quotes
        if len(g.variants) > 1
    ]


def _events(report: Report, docs: Mapping[str, Document], limit: int | None) -> list[Any]:
    out = []
    for g in sort_facts(report.events):
        first, between, last = ends(g.mentions, limit)
        dates = sorted(m.date for m in between if m.date)
        out.append(
            {
                "label": sanitize(g.label),
                "verdict": str(g.verdict),
                "verdict_label": verdict_label(g.verdict),
                "note": sanitize(g.note),
                "mentions": [
                    (
                        source_name(m.doc, docs),
                        m.date or "date unknown",
                        m.caption,
                        sanitize(m.text),
                    )
                    for m in (*first, *last)
                ],
                "split": len(first),
                "more": (
                    f"… {plural(len(between), 'more mention')}"
                    + (f": dated {dates[0]} to {dates[-1]}" if dates else "")
                    + " (--all lists them)"
                )
                if between
                else None,
            }
        )
    return out
