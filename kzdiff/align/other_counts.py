"""Counts of people that say nothing of what befell them or what they were counted as
("27 people were on the roof", "about 27,000 people live in Marisal", "113 crew").

Such a count has only its noun to say which fact it states, and the noun is shared by
counts of quite different things: survivors on a roof and the residents of a town, the
crew aboard and the crewmen among the survivors. A reader lines two of them up only when
their figures agree; figures that differ are different counts, never a revision of one
another or two sources at odds. So an other count's group is cut into runs of figures
that can all hold at once, each a fact of its own. A tally of cases is no such count:
its noun says what it counts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kzdiff.intervals import reach_high, reach_low
from kzdiff.lexicon.categories import CASE_NOUNS
from kzdiff.lexicon.subjects import PEOPLE
from kzdiff.vocab import Category, Qualifier

if TYPE_CHECKING:
    from kzdiff.align.facts import ClaimGroup
    from kzdiff.records import Claim

_INF = float("inf")
# Two counts of one crowd or crew seldom differ by more than this share ("47 crew members"
# and "46 crew"); a count three times another's is of other people (3 crewmen among the
# survivors, 113 aboard).
_NEAR = 1.25
_KIND_NAMED = f"{PEOPLE} "  # "people aboard", "people affected": the clause says what


def apart_by_figure(group: ClaimGroup) -> Iterator[ClaimGroup]:
    """``group`` as it is, or, for an other count of no kind whose figures differ, one
    group per run of figures near one another (see the module's doc)."""
    if (
        group.category is not Category.OTHER
        or group.subject.startswith(_KIND_NAMED)
        or group.subject in CASE_NOUNS  # a running tally: "cases" rise and are revised
        or any(c.counted is not None for c in group.claims)  # "175 passengers" aboard
    ):
        yield group
        return
    runs = _runs_by_figure(group.claims)
    if len(runs) < 2:
        yield group
        return
    whole_run = {c.id: n for n, run in enumerate(runs) for c in run}
    for n, run in enumerate(runs):
        ids = {c.id for c in run}
        docs = {c.doc for c in run}
        parts = tuple(p for p in group.parts if whole_run.get(p.part_of or "", 0) == n)
        ids.update(p.id for p in parts)
        why = tuple(line for line in group.why if _about(line, ids, docs))
        yield replace(
            group,
            key=group.key if n == 0 else f"{group.key}|{n + 1}",
            claims=run,
            parts=parts,
            why=(
                *why,
                f"{group.label}: figures that cannot both hold are kept apart "
                "(nothing but the noun says they count the same people)",
            ),
            repeats=group.repeats & ids,
            undated=group.undated & ids,
        )


def _runs_by_figure(claims: Sequence[Claim]) -> list[tuple[Claim, ...]]:
    """The claims in runs of figures near one another (each within _NEAR of the run's
    largest, by the figures each states: "more than 2,300" states 2,300, so an open bound
    chains no larger figure to it; "between 110 and 160" states both ends); a vague word
    ("hundreds") joins the first run with a figure in its range, else a run of its own.
    Each run in the claims' order, runs in the order of their first claim."""
    spans: list[tuple[float, float, int]] = []
    vague: list[int] = []
    for i, c in enumerate(claims):
        span = _stated_span(c)
        if span is None:
            vague.append(i)
        else:
            spans.append((span[0], span[1], i))
    spans.sort()
    run_of: dict[int, int] = {}
    figures_of: list[list[float]] = []
    top = -_INF
    for low, high, i in spans:
        if not figures_of or low > top * _NEAR:
            figures_of.append([])
            top = high
        top = max(top, high)
        figures_of[-1].extend((low, high))
        run_of[i] = len(figures_of) - 1
    for i in vague:
        lo, hi = reach_low(claims[i]), reach_high(claims[i])
        home = next((r for r, vs in enumerate(figures_of) if any(lo <= x <= hi for x in vs)), None)
        if home is None:
            home = len(figures_of)
            figures_of.append([lo])  # where a second "hundreds" finds it
        run_of[i] = home
    _join_runs_of_one_source(claims, run_of)
    # number runs by first mention, so the first run keeps the group's key
    order: dict[int, int] = {}
    for i in range(len(claims)):
        order.setdefault(run_of[i], len(order))
    out: list[list[Claim]] = [[] for _ in order]
    for i, c in enumerate(claims):
        out[order[run_of[i]]].append(c)
    return [tuple(run) for run in out]


def _join_runs_of_one_source(claims: Sequence[Claim], run_of: dict[int, int]) -> None:
    """Runs holding figures of one named source are one run: a source's own count that
    moved ("about 500 tourists are stranded, port officials said", then "more than
    1,200", the same officials two days on) is a revision, not two counts."""
    parent: dict[int, int] = {}

    def root(r: int) -> int:
        while parent.get(r, r) != r:
            r = parent[r]
        return r

    first_run: dict[str, int] = {}
    for i, c in enumerate(claims):
        if c.attribution:
            a, b = root(first_run.setdefault(c.attribution.lower(), run_of[i])), root(run_of[i])
            if a != b:
                parent[max(a, b)] = min(a, b)
    if parent:
        for i, r in run_of.items():
            run_of[i] = root(r)


def _stated_span(c: Claim) -> tuple[float, float] | None:
    """The figures a claim states: its value, else its bound, both ends of a range; None
    for a vague word."""
    if c.qualifier is Qualifier.VAGUE:
        return None
    if c.qualifier is Qualifier.RANGE and c.low is not None and c.high is not None:
        return float(c.low), float(c.high)
    for v in (c.value, c.low, c.high):
        if v is not None:
            return float(v), float(v)
    return None


def _about(line: str, ids: set[str], docs: set[str]) -> bool:
    """Whether a line of ``why`` speaks of one of ``ids`` or, for a document's repeats,
    of one of ``docs``."""
    head = line.split(" ", 1)[0].removesuffix(":")
    return head in ids or head in docs
