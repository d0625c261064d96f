"""The terminal report (Rich), one function per command.

The console is passed in: the CLI decides width, colour (NO_COLOR, --color)
and where it goes; tests pin them. Article text only ever enters Rich as
``Text`` objects built from ``sanitize``d strings, never as markup, so a
"[red]" or an ESC byte in an article prints as itself, inert.

Layout: blocks of wrapped lines rather than wide tables, so a report stays
whole at 80 columns: nothing is cut with an ellipsis; long sentences wrap under
their own indent. Meaning never rests on colour alone: verdicts and flags are
words.

A report is read, not scrolled: each fact shows at most ``ROWS`` of its sources
(the earliest and the latest, with a line saying how many more lie between, their
figures and dates), each name or quote its first ``ROWS`` sources, each event its
first ``ROWS`` mentions. ``limit=None`` (``--all``) shows everything; JSON and CSV
always hold everything. Over 10,000 articles the whole listing was 199,000 lines
and took 49 s to draw.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kzdiff.records import (
    Claim,
    Corpus,
    Document,
    Extraction,
    Fact,
    LoadProblem,
    Quantity,
    Report,
)
from kzdiff.report.phrases import (
    DIVERGING,
    ROWS,
    VERDICT_STYLE,
    VERDICT_WORDS,
    between_words,
    bounds,
    claim_details,
    date_span,
    ends,
    estimate_words,
    figure,
    figure_offset,
    first_words,
    fmt_number,
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
from kzdiff.vocab import BlockKind, Status, Verdict

_BULLET = "  • "
_INDENT = "    "


def _lines(rows: Iterable[tuple[str, Text]]) -> Table:
    """A two-column grid: a fixed prefix, then text that wraps under itself."""
    grid = Table.grid(padding=0)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for prefix, text in rows:
        grid.add_row(prefix, text)
    return grid


def _heading(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))


def _verdict_text(verdict: Verdict) -> Text:
    return Text(verdict_label(verdict), style=VERDICT_STYLE.get(verdict, ""))


def _problems(console: Console, report_problems: Sequence[LoadProblem]) -> None:
    if not report_problems:
        return
    _heading(console, "Not read, or read with a caveat")
    rows = []
    for p in report_problems:
        t = Text()
        t.append(sanitize(p.path), style="bold")
        t.append(": " + sanitize(p.message))
        if not p.skipped:
            t.append(" (read anyway)", style="dim")
        rows.append((_BULLET, t))
    console.print(_lines(rows))


def _between(hidden: Sequence[Claim]) -> Text:
    """ "… 8,196 more: figures 2 to 2,316, dated 2022-01-02 to 2022-02-14 (--all lists them)"."""
    return Text(between_words(hidden) + " (--all lists them)", style="dim italic")


def _more(n: int, what: str, detail: str = "") -> Text:
    return Text(f"… {plural(n, 'more ' + what)}{detail} (--all lists them)", style="dim italic")


# ---------------------------------------------------------------- compare


def _header(documents: Sequence[Document], facts: Sequence[Fact], limit: int | None = ROWS) -> Text:
    names = outlets(documents)
    t = Text()
    t.append(plural(len(documents), "document"), style="bold")
    if names:
        t.append(f" · {plural(len(names), 'outlet')}: " + listing(names, limit))
    else:
        t.append(" · outlets unknown")
    t.append(" · " + date_span(documents))
    if facts:
        diverging = sum(1 for f in facts if f.verdict in DIVERGING)
        single = sum(1 for f in facts if f.verdict == Verdict.SINGLE)
        t.append("\n" + plural(len(facts), "fact") + ": ")
        t.append(f"{diverging} diverge", style="bold" if diverging else "")
        t.append(f", {len(facts) - diverging - single} hold across sources, {single} single-source")
    return t


def _source_line(claim: Claim, fact: Fact, docs: Mapping[str, Document]) -> Text:
    t = Text()
    t.append(source_name(claim.doc, docs), style="bold")
    t.append("  ")
    faded = claim.status != Status.ASSERTED or claim.background
    t.append(figure(claim), style="dim strike" if faded else "bold")
    details = claim_details(claim, fact)
    t.append("  " + " · ".join(details), style="dim" if faded else "")
    return t


def _fact_block(
    console: Console,
    fact: Fact,
    docs: Mapping[str, Document],
    *,
    explain: bool,
    limit: int | None = ROWS,
) -> None:
    console.print()
    head = _verdict_text(fact.verdict)
    head.append("  ")
    head.append(sanitize(fact.label), style="bold")
    if fact.scope and fact.scope not in fact.label:
        head.append(f" ({scope_phrase(sanitize(fact.scope))})")
    head.append(f"  · {plural(fact.sources, 'source')}", style="dim")
    console.print(head)
    rows: list[tuple[str, Text]] = []
    note = sanitize(fact.note) if fact.note else VERDICT_WORDS.get(fact.verdict, "")
    rows.append((_INDENT, Text(note, style="italic")))
    rows.append((_INDENT, Text("estimate: " + estimate_words(fact))))
    if explain and fact.estimate.rule:
        rows.append((_INDENT, Text("rule: " + sanitize(fact.estimate.rule), style="dim")))
    first, between, last = ends(shown_claims(fact), limit)
    rows.extend((_BULLET, _source_line(c, fact, docs)) for c in first)
    if between:
        rows.append((_INDENT, _between(between)))
    rows.extend((_BULLET, _source_line(c, fact, docs)) for c in last)
    # Parts that add up to a whole support it; they are listed, not counted.
    first, between, last = ends(fact.parts, limit)
    for part in (*first, *last):
        t = Text("part: ", style="dim")
        t.append(_source_line(part, fact, docs))
        rows.append((_INDENT, t))
    if between:
        rows.append((_INDENT, _more(len(between), "part")))
    if explain:
        reasons = fact.why or ("no grouping reasons recorded",)
        shown = reasons if limit is None else reasons[:limit]
        for reason in shown:
            rows.append((_INDENT, Text("why: " + sanitize(reason), style="dim")))
        if len(shown) < len(reasons):
            rows.append((_INDENT, _more(len(reasons) - len(shown), "reason")))
    console.print(_lines(rows))


def _names(
    console: Console, report: Report, docs: Mapping[str, Document], limit: int | None = ROWS
) -> None:
    groups = [g for g in report.names if len(g.variants) > 1]
    if not groups:
        return
    _heading(console, "Names spelled differently")
    for g in groups:
        t = Text(sanitize(g.canonical), style="bold")
        t.append(f" ({g.label})", style="dim")
        console.print(t)
        rows = []
        shown = g.variants if limit is None else g.variants[:limit]
        for v in shown:
            line = Text(sanitize(v.text))
            line.append(" — " + source_names(v.docs, docs, limit), style="dim")
            rows.append((_BULLET, line))
        if len(shown) < len(g.variants):
            rows.append((_INDENT, _more(len(g.variants) - len(shown), "spelling")))
        console.print(_lines(rows))


def _quotes(
    console: Console, report: Report, docs: Mapping[str, Document], limit: int | None = ROWS
) -> None:
    groups = [g for g in report.quotes if len(g.variants) > 1]
    if not groups:
        return
    _heading(console, "Quotes worded differently")
    for g in groups:
        console.print(Text(sanitize(g.speaker) or "speaker unknown", style="bold"))
        rows = []
        shown = g.variants if limit is None else g.variants[:limit]
        for v in shown:
            line = Text("“" + sanitize(v.text) + "”")
            line.append(" — " + source_names(v.docs, docs, limit), style="dim")
            rows.append((_BULLET, line))
        if len(shown) < len(g.variants):
            rows.append((_INDENT, _more(len(g.variants) - len(shown), "wording")))
        if g.difference:
            rows.append((_INDENT, Text("difference: " + sanitize(g.difference), style="italic")))
        console.print(_lines(rows))


def _events(
    console: Console,
    report: Report,
    docs: Mapping[str, Document],
    *,
    only_diverging: bool,
    limit: int | None = ROWS,
) -> None:
    groups = sort_facts(report.events)
    if only_diverging:
        groups = [g for g in groups if g.verdict in DIVERGING]
    if not groups:
        return
    _heading(console, "Events dated differently")
    for g in groups:
        head = _verdict_text(g.verdict)
        head.append("  " + sanitize(g.label), style="bold")
        if g.note:
            head.append(f" ({sanitize(g.note)})", style="dim")
        console.print(head)
        rows = []
        first, between, last = ends(g.mentions, limit)
        for m in (*first, *last):
            line = Text(source_name(m.doc, docs), style="bold")
            line.append(": " + (m.date or "date unknown"))
            if m.caption:
                line.append(" (photo caption)", style="italic")
            if m.text:
                line.append(" — “" + sanitize(m.text) + "”", style="dim")
            rows.append((_BULLET, line))
            if between and m is first[-1]:
                dates = sorted(x.date for x in between if x.date)
                span = f": dated {dates[0]} to {dates[-1]}" if dates else ""
                rows.append((_INDENT, _more(len(between), "mention", span)))
        console.print(_lines(rows))


def render_compare_table(
    report: Report,
    console: Console,
    *,
    query: str | None = None,
    explain: bool = False,
    only_diverging: bool = False,
    limit: int | None = ROWS,
) -> None:
    """The cross-source report: header, facts (divergence first), names, quotes, events;
    at most ``limit`` sources per fact, mentions per event (None: all)."""
    docs = {d.id: d for d in report.documents}
    facts = sort_facts(report.facts)
    console.print(_header(report.documents, report.facts, limit))
    if query is not None:
        console.print(Text("query: “" + sanitize(query) + "”", style="dim"))
    shown = [f for f in facts if f.verdict in DIVERGING] if only_diverging else facts
    if not shown:
        console.print()
        console.print(
            Text(
                "No figures diverge between sources."
                if only_diverging and facts
                else "No count claims were found to compare."
            )
        )
    for fact in shown:
        _fact_block(console, fact, docs, explain=explain, limit=limit)
    _names(console, report, docs, limit)
    _quotes(console, report, docs, limit)
    _events(console, report, docs, only_diverging=only_diverging, limit=limit)
    _problems(console, report.problems)


# ---------------------------------------------------------------- claim


def _sentence(claim: Claim) -> Text:
    """The claim's sentence with its figure highlighted (offsets survive sanitize)."""
    text = sanitize(claim.sentence).strip()
    lead = len(sanitize(claim.sentence)) - len(sanitize(claim.sentence).lstrip())
    t = Text("“" + text + "”", style="italic")
    span = figure_offset(claim)
    if span is not None:
        start, end = span[0] - lead + 1, span[1] - lead + 1
        if 1 <= start < end <= len(text) + 1:
            t.stylize("bold reverse", start, end)
    return t


def render_claim_table(
    report: Report,
    console: Console,
    *,
    query: str,
    available: Sequence[Fact] = (),
    explain: bool = True,
    limit: int | None = ROWS,
) -> None:
    """One fact in depth: each source's figure as a timeline, with its sentence.

    ``report.facts`` are the facts that answer ``query``; when there are none,
    ``available`` (all facts of the corpus) are listed so the reader can ask again.
    """
    docs = {d.id: d for d in report.documents}
    console.print(Text("query: “" + sanitize(query) + "”", style="bold"))
    if report.names or report.quotes:  # "Tokayev", a fragment of a quote
        _names(console, report, docs, limit)
        _quotes(console, report, docs, limit)
    if not report.facts and (report.names or report.quotes):
        _problems(console, report.problems)
        return
    if not report.facts:
        console.print(Text(f"No fact matches “{sanitize(query)}”."))
        if available:
            console.print(Text("The facts there are:"))
            rows = []
            for f in sort_facts(available):
                line = Text(sanitize(f.label), style="bold")
                line.append(f"  {verdict_label(f.verdict)}, {plural(f.sources, 'source')}")
                rows.append((_BULLET, line))
            console.print(_lines(rows))
        else:
            console.print(Text("No count claims were found in these documents."))
        _problems(console, report.problems)
        return
    for fact in sort_facts(report.facts):
        console.print()
        head = _verdict_text(fact.verdict)
        head.append("  " + sanitize(fact.label), style="bold")
        head.append(f"  · {plural(fact.sources, 'source')}", style="dim")
        console.print(head)
        note = sanitize(fact.note) if fact.note else VERDICT_WORDS.get(fact.verdict, "")
        info = [(_INDENT, Text(note, style="italic"))]
        est = Text("estimate: " + estimate_words(fact))
        if fact.estimate.rule:
            est.append(" (" + sanitize(fact.estimate.rule) + ")", style="dim")
        info.append((_INDENT, est))
        console.print(_lines(info))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        first, between, last = ends(shown_claims(fact), limit)
        for c in (*first, *last):
            if between and c is last[0]:
                grid.add_row("  …", _between(between))
            line = Text()
            line.append(source_name(c.doc, docs), style="bold")
            line.append("  ")
            line.append(figure(c), style="bold")
            qualifier = str(c.qualifier).replace("_", " ")
            line.append(f"  ({bounds(c.low, c.high)}, {qualifier})", style="dim")
            line.append("\n" + " · ".join(claim_details(c, fact)))
            line.append("\n")
            line.append(_sentence(c))
            grid.add_row("  " + (c.as_of or "undated"), line)
        console.print(grid)
        if fact.parts:
            rows = []
            first, between, last = ends(fact.parts, limit)
            for p in (*first, *last):
                line = Text(source_name(p.doc, docs) + "  ", style="bold")
                line.append(figure(p) + " " + sanitize(p.subject or ""), style="")
                rows.append((_BULLET, line))
            if between:
                rows.append((_INDENT, _more(len(between), "part")))
            console.print(Text("  parts:"))
            console.print(_lines(rows))
        if explain:
            reasons = fact.why or ("no grouping reasons recorded",)
            shown = reasons if limit is None else reasons[:limit]
            console.print(Text("  why grouped:"))
            rows = [(_BULLET, Text(sanitize(r), style="dim")) for r in shown]
            if len(shown) < len(reasons):
                rows.append((_INDENT, _more(len(reasons) - len(shown), "reason")))
            console.print(_lines(rows))
    _problems(console, report.problems)


# ---------------------------------------------------------------- extract


def _doc_head(doc: Document) -> Text:
    t = Text(sanitize(doc.id), style="bold")
    t.append(" — " + (sanitize(doc.outlet) if doc.outlet else "outlet unknown"))
    t.append(" · " + (doc.published or "date unknown"))
    t.append(f" · {fmt_number(doc.words)} words", style="dim")
    if doc.title:
        t.append("\n" + sanitize(doc.title), style="italic")
    return t


def _table(*columns: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, expand=False)
    for name in columns:
        table.add_column(name, overflow="fold")
    return table


def _extracted_claim(c: Claim) -> Text:
    t = Text(figure(c), style="bold")
    t.append(f"  ({bounds(c.low, c.high)}, {str(c.qualifier).replace('_', ' ')})", style="dim")
    t.append(f"  {c.category}: " + (sanitize(c.subject) or "subject unknown"))
    t.append(" · " + " · ".join(claim_details(c)))
    return t


def render_extract_table(
    documents: Sequence[Document], extractions: Iterable[Extraction], console: Console
) -> None:
    """What the parser pulled out of each document, for checking it by eye."""
    by_doc = {ex.doc: ex for ex in extractions}
    for i, doc in enumerate(documents):
        if i:
            console.print()
        console.print(_doc_head(doc))
        ex = by_doc.get(doc.id) or Extraction(doc=doc.id)
        if ex.claims:
            console.print(Text("  count claims:"))
            console.print(_lines((_BULLET, _extracted_claim(c)) for c in ex.claims))
        else:
            console.print(Text("  no count claims", style="dim"))
        if ex.dates:
            console.print(Text("  dates:"))
            rows = []
            for d in ex.dates:
                line = Text(sanitize(d.text))
                line.append(" → " + (d.date or "unresolved"), style="bold")
                if d.event:
                    line.append(" (" + sanitize(d.event) + ")")
                flags = [w for w, on in (("caption", d.caption), ("relative", d.relative)) if on]
                if d.note:
                    flags.append(sanitize(d.note))
                if flags:
                    line.append(" [" + "; ".join(flags) + "]", style="dim")
                rows.append((_BULLET, line))
            console.print(_lines(rows))
        if ex.entities:
            console.print(Text("  names:"))
            spelled: dict[tuple[str, str], dict[str, int]] = {}
            for e in ex.entities:
                forms = spelled.setdefault((e.canonical, str(e.label)), {})
                forms[e.text] = forms.get(e.text, 0) + 1
            rows = []
            for (canonical, label), forms in spelled.items():
                line = Text(sanitize(canonical), style="bold")
                line.append(f" ({label}): ", style="dim")
                line.append(
                    ", ".join(sanitize(f) + (f" ×{n}" if n > 1 else "") for f, n in forms.items())
                )
                rows.append((_BULLET, line))
            console.print(_lines(rows))
        statements = [q for q in ex.quotes if not q.scare]
        marked = [q for q in ex.quotes if q.scare]
        if statements:
            console.print(Text("  quotes:"))
            rows = []
            for q in statements:
                line = Text((sanitize(q.speaker) or "speaker unknown") + ": ", style="bold")
                line.append("“" + sanitize(q.text) + "”")
                rows.append((_BULLET, line))
            console.print(_lines(rows))
        if marked:
            console.print(
                _lines(
                    [
                        (
                            "  ",
                            Text(
                                "terms in quotation marks: "
                                + ", ".join("“" + sanitize(q.text) + "”" for q in marked),
                                style="dim",
                            ),
                        )
                    ]
                )
            )


# ---------------------------------------------------------------- sources


def render_sources_table(corpus: Corpus, console: Console) -> None:
    """The documents as read: outlet, date and where each came from, what was set aside."""
    console.print(_header(corpus.documents, ()))
    console.print()
    for i, doc in enumerate(corpus.documents):
        if i:
            console.print()
        console.print(Text(sanitize(doc.id), style="bold"))
        info = Text("outlet: " + (sanitize(doc.outlet) if doc.outlet else "unknown"))
        if doc.outlet_source:
            info.append(f" ({doc.outlet_source.replace('_', ' ')})", style="dim")
        info.append(" · published: " + (doc.published or "unknown"))
        if doc.published_source:
            info.append(f" ({doc.published_source.replace('_', ' ')})", style="dim")
        info.append(f" · {fmt_number(doc.words)} words · {doc.format}, {doc.encoding}")
        rows = [(_INDENT, info), (_INDENT, Text("file: " + sanitize(doc.path), style="dim"))]
        blocks = [b for b in doc.blocks if b.kind == BlockKind.BOILERPLATE]
        rows.append((_INDENT, Text("set aside: " + plural(len(blocks), "paragraph"))))
        console.print(_lines(rows))
        bullets = []
        for b in blocks:
            line = Text("“" + first_words(doc.body[b.start : b.end]) + "”")
            line.append(" — " + (sanitize(b.reason) or "page furniture"), style="dim")
            bullets.append((_INDENT + _BULLET, line))
        if bullets:
            console.print(_lines(bullets))
    if not corpus.documents:
        console.print(Text("No documents could be read."))
    _problems(console, corpus.problems)


# ---------------------------------------------------------------- quantities


def render_quantities_table(
    rows: Iterable[tuple[int, Sequence[Quantity]]], console: Console
) -> None:
    """Every quantity found, with its input line number."""
    table = _table("line", "text", "value", "bounds", "qualifier", "kind", "unit")
    count = 0
    for line, quantities in rows:
        for q in quantities:
            count += 1
            table.add_row(
                Text(str(line)),
                Text(sanitize(q.text), style="bold"),
                Text(fmt_number(q.value) if q.value is not None else "—"),
                Text(bounds(q.low, q.high)),
                Text(str(q.qualifier)),
                Text(str(q.kind)),
                Text(sanitize(q.unit) or "—"),
            )
    if count:
        console.print(table)
    else:
        console.print(Text("No quantities found."))
