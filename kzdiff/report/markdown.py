"""A markdown report, for pasting into a story memo, a ticket or a wiki.

Same content and order as the terminal report: a header, a table of facts
(divergence first), one line per source under each fact, then names, quotes
and events spelled, worded or dated differently. Article text is sanitised
(the file may be viewed in a terminal) and escaped so it cannot break the
table or turn into links, emphasis or HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kzdiff.records import Claim, Document, Fact, Report
from kzdiff.report.phrases import (
    VERDICT_WORDS,
    bounds,
    claim_details,
    date_span,
    estimate_words,
    figure,
    fmt_number,
    outlets,
    plural,
    shown_claims,
    sort_facts,
    source_name,
    source_names,
    verdict_label,
)
from kzdiff.report.sanitize import sanitize

# Characters that open emphasis, code, links, tables or inline HTML get a
# backslash; one class, one pass.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~])")


def escape(text: str | None) -> str:
    """Article text as literal markdown on one line."""
    return _SPECIAL.sub(r"\\\1", sanitize(text))


def _claim_line(claim: Claim, fact: Fact | None, docs: Mapping[str, Document]) -> str:
    details = "; ".join(escape(d) for d in claim_details(claim, fact))
    return (
        f"- **{escape(source_name(claim.doc, docs))}**: {escape(figure(claim))} "
        f"({escape(bounds(claim.low, claim.high))}); {details}"
    )


def _facts_table(facts: Sequence[Fact]) -> list[str]:
    lines = [
        "| fact | verdict | sources | low | best | high |",
        "|---|---|---|---|---|---|",
    ]
    for f in facts:
        est = f.estimate
        lines.append(
            f"| {escape(f.label)} | {verdict_label(f.verdict)} | {f.sources} "
            f"| {fmt_number(est.low)} | {fmt_number(est.best)} | {fmt_number(est.high)} |"
        )
    return lines


def render_compare_markdown(
    report: Report, *, query: str | None = None, explain: bool = False
) -> str:
    docs = {d.id: d for d in report.documents}
    facts = sort_facts(report.facts)
    names = outlets(report.documents)
    out = ["# kzdiff report" if query is None else f"# kzdiff: {escape(query)}", ""]
    header = plural(len(report.documents), "document")
    if names:
        header += f", {plural(len(names), 'outlet')}: " + ", ".join(escape(n) for n in names)
    out += [header + "; " + date_span(report.documents) + ".", ""]

    if facts:
        out += ["## Facts", "", *_facts_table(facts), ""]
        for f in facts:
            out.append(f"### {escape(f.label)}: {verdict_label(f.verdict)}")
            out.append("")
            note = escape(f.note) if f.note else VERDICT_WORDS.get(f.verdict, "")
            out.append(f"{note[:1].upper()}{note[1:]}. Estimate: {estimate_words(f)}.")
            if f.estimate.rule:
                out.append(f"Rule: {escape(f.estimate.rule)}.")
            out.append("")
            out += [_claim_line(c, f, docs) for c in shown_claims(f)]
            out += ["  " + _claim_line(p, f, docs) + " (part)" for p in f.parts]
            if explain and f.why:
                out += ["", "Why grouped: " + "; ".join(escape(w) for w in f.why) + "."]
            out.append("")
    else:
        out += ["No fact answers the query." if query else "No count claims were found.", ""]

    groups = [g for g in report.names if len(g.variants) > 1]
    if groups:
        out += ["## Names spelled differently", ""]
        for g in groups:
            variants = "; ".join(
                f"{escape(v.text)} ({escape(source_names(v.docs, docs))})" for v in g.variants
            )
            out.append(f"- **{escape(g.canonical)}** ({g.label}): {variants}")
        out.append("")

    quotes = [g for g in report.quotes if len(g.variants) > 1]
    if quotes:
        out += ["## Quotes worded differently", ""]
        for q in quotes:
            out.append(f"- **{escape(q.speaker) or 'speaker unknown'}**")
            for v in q.variants:
                out.append(f"  - “{escape(v.text)}” ({escape(source_names(v.docs, docs))})")
            if q.difference:
                out.append(f"  - difference: {escape(q.difference)}")
        out.append("")

    events = sort_facts(report.events)
    if events:
        out += ["## Events dated differently", ""]
        for e in events:
            mentions = "; ".join(
                f"{escape(source_name(m.doc, docs))}: {m.date or 'date unknown'}"
                + (" (photo caption)" if m.caption else "")
                for m in e.mentions
            )
            out.append(f"- **{escape(e.label)}**: {verdict_label(e.verdict)}. {mentions}")
        out.append("")

    if report.problems:
        out += ["## Not read, or read with a caveat", ""]
        for p in report.problems:
            path = sanitize(p.path).replace("`", "'")
            caveat = "" if p.skipped else " (read anyway)"
            out.append(f"- `{path}`: {escape(p.message)}{caveat}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
