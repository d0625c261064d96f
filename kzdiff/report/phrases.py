"""How records are said in words, shared by the terminal and markdown reports.

Every function returns plain text already passed through ``sanitize``, so a
renderer can print what it gets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from kzdiff.figures import bounds as bounds  # re-exported: the renderers word intervals too
from kzdiff.figures import figure_of, fmt_number, stated_as_given
from kzdiff.lexicon.subjects import scope_phrase
from kzdiff.records import Claim, Document, EventGroup, Fact
from kzdiff.report.sanitize import sanitize
from kzdiff.vocab import Status, Verdict

_G = TypeVar("_G", Fact, EventGroup)
_T = TypeVar("_T")

ROWS = 12  # sources per fact, mentions per event, names per line a report shows; None: all

# Order of the report: what diverges first, then what holds, then single sources.
VERDICT_ORDER: Mapping[Verdict, int] = {
    Verdict.CONFLICT: 0,
    Verdict.REVISED: 1,
    Verdict.CONSISTENT: 2,
    Verdict.AGREE: 3,
    Verdict.SINGLE: 4,
}
DIVERGING: frozenset[Verdict] = frozenset({Verdict.CONFLICT, Verdict.REVISED})

VERDICT_WORDS: Mapping[Verdict, str] = {
    Verdict.CONFLICT: "sources conflict",
    Verdict.REVISED: "revised over time",
    Verdict.CONSISTENT: "consistent (figures overlap)",
    Verdict.AGREE: "sources agree",
    Verdict.SINGLE: "single source",
}

VERDICT_STYLE: Mapping[Verdict, str] = {
    Verdict.CONFLICT: "bold red",
    Verdict.REVISED: "bold yellow",
    Verdict.CONSISTENT: "bold cyan",
    Verdict.AGREE: "bold green",
    Verdict.SINGLE: "dim",
}

STATUS_WORDS: Mapping[Status, str] = {
    Status.ASSERTED: "asserted",
    Status.NEGATED: "negated",
    Status.PROJECTED: "projection",
    Status.RETRACTED: "superseded or withdrawn",
    Status.DISPUTED: "disputed in the article",
}


def verdict_label(verdict: Verdict) -> str:
    return str(verdict).upper()


def figure(claim: Claim) -> str:
    """The figure as the article gives it ("over 3000", "dozens"): kzdiff.figures, as
    written; compare's notes word it normalised by the same function."""
    return figure_of(
        claim.qualifier, sanitize(claim.text), claim.value, claim.low, claim.high, as_written=True
    )


def figure_offset(claim: Claim) -> tuple[int, int] | None:
    """Where the claim's text sits in its sentence, or None when it cannot be found."""
    sentence = claim.sentence
    at = claim.start - claim.sentence_start
    if at >= 0 and sentence[at : at + len(claim.text)] == claim.text and claim.text:
        return at, at + len(claim.text)
    found = sentence.find(claim.text) if claim.text else -1
    if found >= 0:
        return found, found + len(claim.text)
    return None


def source_name(doc_id: str, docs: Mapping[str, Document]) -> str:
    """The outlet when known, else the document id: what a journalist recognises."""
    doc = docs.get(doc_id)
    if doc is not None and doc.outlet:
        return sanitize(doc.outlet)
    return sanitize(doc_id)


def source_names(
    doc_ids: Iterable[str], docs: Mapping[str, Document], limit: int | None = None
) -> str:
    """The distinct source names, in order; past ``limit`` of them, how many more."""
    names = list(dict.fromkeys(source_name(d, docs) for d in doc_ids))
    return listing(names, limit)


def listing(names: Sequence[str], limit: int | None) -> str:
    """ "a, b, c", or "a, b and 40 more" when there are more than ``limit``."""
    if limit is None or len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f" and {len(names) - limit} more"


def shown_claims(fact: Fact) -> Sequence[Claim]:
    """A fact's claims as a reader is shown them: a document's repeat of a figure it
    already gave for the fact (Fact.repeats) is printed once."""
    if not fact.repeats:
        return fact.claims
    repeats = set(fact.repeats)
    return [c for c in fact.claims if c.id not in repeats]


def ends(items: Sequence[_T], limit: int | None) -> tuple[Sequence[_T], Sequence[_T], Sequence[_T]]:
    """(first, between, last): the ends of ``items`` to show and what lies between them."""
    if limit is None or len(items) <= limit:
        return items, (), ()
    limit = max(2, limit)  # one of each end, at least
    first = (limit + 1) // 2
    last = len(items) - (limit - first)
    return items[:first], items[first:last], items[last:]


def between_words(hidden: Sequence[Claim]) -> str:
    """ "… 8,196 more: figures 2 to 2,316, dated 2022-01-02 to 2022-02-14"."""
    lows = [x for c in hidden for x in (c.low, c.value) if x is not None]
    highs = [x for c in hidden for x in (c.high, c.value) if x is not None]
    dates = sorted(c.as_of for c in hidden if c.as_of)
    parts = []
    if lows and highs:
        lo, hi = min(lows), max(highs)
        parts.append(
            f"figure {fmt_number(lo)}"
            if lo == hi
            else f"figures {fmt_number(lo)} to {fmt_number(hi)}"
        )
    if dates:
        parts.append(
            f"dated {dates[0]}" if dates[0] == dates[-1] else f"dated {dates[0]} to {dates[-1]}"
        )
    return f"… {fmt_number(len(hidden))} more" + (": " + ", ".join(parts) if parts else "")


def estimate_words(fact: Fact) -> str:
    est = fact.estimate
    if est.low is None and est.best is None and est.high is None:
        return "no estimate"
    if est.best is None:
        # only vague words: their bounds, no made-up best figure ("dozens" is not 24)
        return f"low {fmt_number(est.low)}, high {fmt_number(est.high)} (vague words only)"
    since = " (an earlier figure, since revised)" if _low_since_revised(fact) else ""
    parts = [
        f"low {fmt_number(est.low)}{since}",
        f"best {fmt_number(est.best)}",
        f"high {fmt_number(est.high)}",
    ]
    return ", ".join(parts)


def _low_since_revised(fact: Fact) -> bool:
    """The low is only what a replaced figure stated, none still standing: said so, or a
    reader takes a toll that rose from 2 to 21 for one that may be 2."""
    low = fact.estimate.low
    if low is None or not fact.replaced:
        return False
    replaced = set(fact.replaced)
    left_out = {*fact.outliers, *fact.repeats}
    by_replaced = False
    for c in fact.claims:
        if c.id in left_out or c.status is not Status.ASSERTED or stated_as_given(c) != low:
            continue
        if c.id not in replaced:
            return False  # a figure still standing states it
        by_replaced = True
    return by_replaced


def claim_details(claim: Claim, fact: Fact | None = None) -> list[str]:
    """Attribution, date and every flag a reader must see before trusting the figure."""
    out = [
        f"per {sanitize(claim.attribution)}" if claim.attribution else "no attribution given",
        f"as of {claim.as_of}" if claim.as_of else "date unknown",
    ]
    if claim.status != Status.ASSERTED:
        out.append(STATUS_WORDS.get(claim.status, str(claim.status)).upper())
    if claim.scope:
        out.append(scope_phrase(sanitize(claim.scope)))
    if claim.part_of:
        out.append(f"part of {sanitize(claim.part_of)}")
    if claim.background:
        out.append("BACKGROUND (another event or time)")
    if fact is not None and fact.latest == claim.id:
        out.append("latest")
    return out


def sort_facts(groups: Sequence[_G]) -> list[_G]:
    """Divergence first (facts or events); within a verdict, the order given."""
    return sorted(groups, key=lambda g: VERDICT_ORDER.get(g.verdict, len(VERDICT_ORDER)))


def date_span(documents: Sequence[Document]) -> str:
    dates = sorted(d.published for d in documents if d.published)
    undated = sum(1 for d in documents if not d.published)
    if not dates:
        span = "no publication dates known"
    elif dates[0] == dates[-1]:
        span = f"published {dates[0]}"
    else:
        span = f"published {dates[0]} to {dates[-1]}"
    if undated and dates:
        span += f" ({undated} undated)"
    return span


def outlets(documents: Sequence[Document]) -> list[str]:
    names = dict.fromkeys(sanitize(d.outlet) for d in documents if d.outlet)
    return [n for n in names if n]


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def first_words(text: str, n: int = 8) -> str:
    words = sanitize(text).split()
    head = " ".join(words[:n])
    return head + " …" if len(words) > n else head
