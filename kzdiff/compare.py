"""Verdicts and estimates: how the sources for one fact relate, and what to report.

Claims are compared as inclusive intervals [low, high] (None is open), in the order
of their as-of dates. Only asserted claims can be the current figure or cause a
conflict; negated, projected, retracted and disputed figures are shown beside them.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import accumulate, compress, islice, pairwise
from operator import attrgetter

from rapidfuzz import fuzz, process

from kzdiff.align.facts import ClaimGroup, aligned_groups, day_number, group_order, known_group
from kzdiff.figures import figure, figure_of, stated_as_given
from kzdiff.intervals import ROUND_FROM, reach_high, reach_low, rounding
from kzdiff.lexicon.attribution import GENERIC_SOURCES
from kzdiff.lexicon.facts import FIXED_KINDS, STANDING_KINDS
from kzdiff.lexicon.names import ALIASES, COUNTRIES, KNOWN_PLACES, NATIONALITIES
from kzdiff.lexicon.queries import QUERY_CATEGORIES, QUERY_STOPWORDS
from kzdiff.lexicon.sources import (
    COUNTING_BODY_ACRONYMS,
    COUNTING_BODY_NAMES,
    INDEPENDENT_AGENCY_CUES,
    INDEPENDENT_CUES,
    OFFICIAL_CUES,
    ONE_PLACE_COUNTERS,
    STATE_MEDIA_CUES,
    UN_INITIALS,
    UNNAMED_BODY_WORDS,
    names_news_outlet,
)
from kzdiff.lexicon.subjects import CREW_GROUPS, PEOPLE
from kzdiff.records import Claim, Estimate, Fact, Number, as_number
from kzdiff.vocab import Category, Kind, Qualifier, Status, Verdict

log = logging.getLogger(__name__)


# Counts a later figure can replace either way: the missing are found, the displaced go
# home; other counts of people in an event are mostly running tallies too (cases,
# rescued, affected). With CUMULATIVE, the counts where disagreeing figures of one
# counting side are read as a count that moved, not as two sources at odds. Crowds
# and troops are not: police and organisers give rival sizes of one crowd.
MOVING: frozenset[Category] = frozenset({Category.MISSING, Category.DISPLACED, Category.OTHER})

# Counts that only grow as an event goes on: a later, lower figure from another
# source contradicts rather than revises.
CUMULATIVE: frozenset[Category] = frozenset(
    {Category.KILLED, Category.INJURED, Category.DETAINED, Category.EVACUATED}
)

# "Consistent as bounds but far apart": the largest current figure is at least this
# many times the smallest.
FAR_APART_RATIO = 2.0
# No count of people in one event reaches this: a figure this large is an identifier.
IDENTIFIER_FLOOR = 1_000_000_000
# A figure this many times every other source's largest for the fact is out of all
# proportion: a misread number, not a count (see _outliers).
OUT_OF_PROPORTION = 10.0
# In a count that only grows, a later figure under this share of a count another source
# gave before it counts a part (one incident, day or place), not the toll (see
# _later_subcounts).
SUBCOUNT_SHARE = 0.2
# Two attributions name one source (outlets relaying one agency) at this similarity.
SAME_SOURCE_SCORE = 90.0

VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.CONFLICT,
    Verdict.REVISED,
    Verdict.CONSISTENT,
    Verdict.AGREE,
    Verdict.SINGLE,
)

ESTIMATE_RULE = (
    "low: the smallest figure any source asserted (stated figures before vague words; "
    "figures since revised count too, they were credible when given); best: the current "
    "figure stated most precisely (exact figures before bounds, bounds before vague words), "
    "then the latest, then one with a named attribution, raised to where all current figures "
    "hold when they agree, and none where every current figure is a vague word; high: the "
    "largest current figure. Current figures are the asserted ones not replaced by a later "
    "incompatible figure; negated, projected, retracted and disputed figures never count"
)

_INF = float("inf")
_NOTE_LIMIT = 4  # figures listed per point of a note; the rest are counted
_PRECISION = {
    Qualifier.EXACT: 3,
    Qualifier.ABOUT: 2,
    Qualifier.AT_LEAST: 2,
    Qualifier.MORE_THAN: 2,
    Qualifier.AT_MOST: 1,
    Qualifier.FEWER_THAN: 1,
    Qualifier.RANGE: 1,
    Qualifier.VAGUE: 0,
}
_CATEGORY_ORDER = {c: i for i, c in enumerate(Category)}
_VERDICT_RANK = {v: i for i, v in enumerate(VERDICT_ORDER)}


# ---------------------------------------------------------------- figures and sources


def _point(c: Claim) -> Number | None:
    """The figure a claim states: its value, else the bound it gives."""
    for v in (c.value, c.low, c.high):
        if v is not None:
            return as_number(v)
    return None


def _top(c: Claim) -> Number | None:
    """The largest figure a claim states: the top of a range or of "up to"."""
    if c.qualifier in (Qualifier.RANGE, Qualifier.AT_MOST, Qualifier.FEWER_THAN) and (
        c.high is not None
    ):
        return as_number(c.high)
    return _point(c)


# What figure() reads of a claim: claims alike in these are written alike.
_FIGURE_FIELDS = attrgetter("qualifier", "text", "value", "low", "high")


class _Worded(dict[tuple[Qualifier, str, Number | None, Number | None, Number | None], str]):
    """_FIGURE_FIELDS -> figure in words, each worded when first asked for.

    Guarantees: the same words ``figure_of`` gives, each distinct figure worded once per
    note. Measured (benchmarks/out/corpus-10000, warm): 48,700 look-ups, 20,500 worded,
    so some 28,000 calls of 1.4 us spared, ~35 ms of ~2.7 s judging: about 1%, within
    scale.py's noise; a candidate for removal.
    """

    def __missing__(
        self, fields: tuple[Qualifier, str, Number | None, Number | None, Number | None]
    ) -> str:
        worded = self[fields] = figure_of(*fields)
        return worded


_UN = re.compile(UN_INITIALS)


def source_family(attribution: str | None) -> str | None:
    """A source's family: "official", "independent" or None (unattributed, unknown)."""
    if not attribution:
        return None
    if attribution.strip().lower() in UNNAMED_BODY_WORDS:
        return None
    a = f" {attribution.lower()} "
    if any(cue in a for cue in STATE_MEDIA_CUES):
        return "official"
    if any(cue in a for cue in INDEPENDENT_AGENCY_CUES) or _UN.search(attribution):
        return "independent"
    if any(cue in a for cue in OFFICIAL_CUES):
        return "official"
    if any(cue in a for cue in INDEPENDENT_CUES):
        return "independent"
    if attribution.strip().lower().removeprefix("the ") in COUNTRIES:
        return "official"  # "Burma says 84,500 died": a country speaks by its government
    return None


def _same_source(a: Claim, b: Claim) -> bool:
    if not a.attribution or not b.attribution:
        return False
    score = fuzz.token_set_ratio(a.attribution.lower(), b.attribution.lower())
    return score >= SAME_SOURCE_SCORE


def _cite(c: Claim) -> str:
    bits = [c.attribution or "unattributed", c.doc, c.as_of or "undated"]
    return f"{figure(c)} ({', '.join(bits)})"


def _cite_all(claims: Iterable[Claim], limit: int = _NOTE_LIMIT) -> str:
    items = list(claims)
    shown = "; ".join(_cite(c) for c in items[:limit])
    more = len(items) - limit  # "and 15 more figures": a bare "15 more" reads as a figure
    return shown + (f"; and {more} more {'figure' if more == 1 else 'figures'}" if more > 0 else "")


# ---------------------------------------------------------------- timeline


def _by_date(c: Claim) -> tuple[object, ...]:
    return (c.as_of is None, c.as_of or "", c.doc, c.start, c.id)


# _by_date for dated claims, with the key built in C: a fact can hold 100,000 claims.
_DATED_ORDER = attrgetter("as_of", "doc", "start", "id")
_DOC = attrgetter("doc")
_ATTRIBUTION = attrgetter("attribution")


def _source_clusters(attributions: Iterable[str | None]) -> dict[str | None, int]:
    """Attribution (as written) -> one number per source, so outlets relaying one agency
    share it, and -1 for the unattributed (None, ""), never "the same source". Keyed by
    attribution rather than claim: a few hundred wordings of sources speak for thousands
    of claims."""
    named = {a for a in set(attributions) if a}  # the set built in C: one per claim
    reps: list[str] = []
    cluster: dict[str, int] = {}
    for attr in sorted({a.lower() for a in named}):
        match = process.extractOne(
            attr, reps, scorer=fuzz.token_set_ratio, score_cutoff=SAME_SOURCE_SCORE
        )
        if match is None:
            cluster[attr] = len(reps)
            reps.append(attr)
        else:
            cluster[attr] = match[2]
    out: dict[str | None, int] = {None: -1, "": -1}
    out.update((a, cluster[a.lower()]) for a in named)
    return out


def _extremes(claims: Iterable[Claim]) -> tuple[Claim, Claim] | None:
    """The claim with the largest lower bound and the one with the smallest upper bound."""
    items = list(claims)
    if not items:
        return None
    return max(items, key=reach_low), min(items, key=reach_high)


class _LowestBySource:
    """The smallest upper bound among the claims seen so far, per source, and the two
    sources holding the lowest of them: the lowest figure from any source other than
    a given one is then one look-up, not a pass over every source.

    Ties go to the source seen first, as min() over the sources in that order would.
    """

    __slots__ = ("_rank", "_two", "of")

    def __init__(self) -> None:
        self.of: dict[int, tuple[Claim, float]] = {}  # source -> its lowest (claim, high)
        self._rank: dict[int, int] = {}  # source -> the order it was first seen in
        self._two: list[tuple[float, int, int]] = []  # (high, rank, source), lowest first

    def offer(self, source: int, claim: Claim, high: float) -> None:
        held = self.of.get(source)
        if held is not None and not high < held[1]:
            return
        self.of[source] = (claim, high)
        rank = self._rank.setdefault(source, len(self._rank))
        # A source's bound only falls, so the two lowest stay among the old two and it.
        two = [t for t in self._two if t[2] != source]
        two.append((high, rank, source))
        two.sort()
        self._two = two[:2]

    def lowest_besides(self, source: int | None) -> tuple[Claim, float] | None:
        for _, _, k in self._two:
            if k != source:
                return self.of[k]
        return None


class _Pairs:
    """Pairs of claims as two lists side by side: a fact can have 100,000 revised
    figures, and a tuple per pair would be one more object for the garbage collector
    to trace while the fact is judged.

    Guarantees: iterates the pairs in the order added, as a list of tuples would.
    Measured: the 10,000-article benchmark makes 333,800 pairs in 619 facts; two lists
    take 14-20 ms per 100,000 pairs against 23-26 ms for tuples (with 400,000 live
    objects for the collector), so ~25 ms of ~2.7 s judging: about 1%.
    """

    __slots__ = ("firsts", "seconds")

    def __init__(self) -> None:
        self.firsts: list[Claim] = []
        self.seconds: list[Claim] = []

    def add(self, first: Claim, second: Claim) -> None:
        self.firsts.append(first)
        self.seconds.append(second)

    def __len__(self) -> int:
        return len(self.firsts)

    def __iter__(self) -> Iterator[tuple[Claim, Claim]]:
        return zip(self.firsts, self.seconds, strict=True)

    def reverse(self) -> None:
        self.firsts.reverse()
        self.seconds.reverse()


# A figure's kind, as bits: derived from parts (a sum of sides), a vague word. Four kinds.
_DERIVED = 2
_VAGUE = 1


class _Asserted:
    """A fact's asserted claims in reading order, read in one pass with what judging needs
    of each beside them: a fact can hold 100,000 claims, and reading a claim is the costly
    part (a tuple per claim would also be one more object for the garbage collector).

    ``dated``: the dated claims, with ``los``, ``his`` (their intervals) and
    ``attributions`` side by side, and ``firsts`` where each date's span begins;
    ``timeless``: the undated ones; ``dated_at``, ``timeless_at``: where each of those is
    in ``claims``; ``docs``: the documents asserting them. ``lowest``: per kind of figure
    (_DERIVED and _VAGUE bits) the lowest stated figure (see _stated, before as_number),
    None where no figure of the kind is stated; ``kinds``: the kinds seen. Claims of another status
    go to ``shown`` when it is given; without it every claim counts as asserted.

    Guarantees: each claim's fields are read once, in reading order, and the lists side by
    side hold what the split, the timeline and the estimate would read of it. Measured:
    this one pass is 0.8 s of 5.4 s of compare_claims under cProfile on the 10,000-article
    benchmark; the several passes it replaced were not rebuilt to time against it.
    """

    __slots__ = (
        "attributions", "claims", "dated", "dated_at", "docs", "firsts", "his", "kinds", "los",
        "lowest", "timeless", "timeless_at",
    )  # fmt: skip

    def __init__(
        self,
        claims: Iterable[Claim],
        shown: list[Claim] | None = None,
        undated: frozenset[str] = frozenset(),
    ) -> None:
        self.claims: list[Claim] = []
        self.dated: list[Claim] = []
        self.timeless: list[Claim] = []
        self.los: list[float] = []
        self.his: list[float] = []
        self.attributions: list[str | None] = []
        self.firsts: list[int] = []
        self.lowest: list[Number | None] = [None] * 4
        self.kinds = bytearray(4)  # 1 where a figure of that kind was seen
        self.docs: set[str] = set()
        self.dated_at: list[int] = []
        self.timeless_at: list[int] = []
        asserted, dated, los, his, docs = self.claims, self.dated, self.los, self.his, self.docs
        lowest, kinds = self.lowest, self.kinds
        date: str | None = None
        for c in claims:
            if shown is not None and c.status is not Status.ASSERTED:
                shown.append(c)
                continue
            asserted.append(c)
            docs.add(c.doc)
            kind = _DERIVED * bool(c.derived_from) + _VAGUE * (c.qualifier is Qualifier.VAGUE)
            stated = stated_as_given(c)
            if not kinds[kind]:
                kinds[kind] = 1
                lowest[kind] = stated
            elif stated is not None:
                held = lowest[kind]
                if held is None or stated < held:
                    lowest[kind] = stated
            as_of = c.as_of
            if not as_of or (undated and c.id in undated):
                self.timeless.append(c)
                self.timeless_at.append(len(asserted) - 1)
                continue
            if as_of != date:
                self.firsts.append(len(dated))
                date = as_of
            dated.append(c)
            self.dated_at.append(len(asserted) - 1)
            # reach_low and reach_high, inlined: a fact can have 100,000 claims
            low, high, v = c.low, c.high, c.value
            if v is not None and c.qualifier is Qualifier.MORE_THAN:
                low = v  # see reach_low: "over 33 million" meets "33 million"
            r = rounding(c) if v is not None and v >= ROUND_FROM else 0.0
            los.append(0.0 if low is None else float(low) - r)
            his.append(_INF if high is None else float(high) + r)
            self.attributions.append(c.attribution)


def _timeline(
    category: Category, asserted: Sequence[Claim], *, in_order: bool = False
) -> tuple[list[tuple[Claim, Claim]], list[tuple[Claim, Claim]], set[str]]:
    """Conflicting pairs, revision pairs (earlier, later) and ids of replaced claims.
    ``in_order``: ``asserted`` is in reading order already (a ClaimGroup's claims are)."""
    if not in_order:
        asserted = [
            *sorted((c for c in asserted if c.as_of), key=_DATED_ORDER),
            *(c for c in asserted if not c.as_of),
        ]
    read = _Asserted(asserted)
    conflicts, revisions, current = _timeline_pairs(category, read)
    replaced = {c.id for c, now in zip(read.claims, current, strict=True) if not now}
    return list(conflicts), list(revisions), replaced


def _timeline_pairs(category: Category, read: _Asserted) -> tuple[_Pairs, _Pairs, bytearray]:
    """Conflicting pairs, revision pairs (earlier, later) and which claims are current:
    0 for a replaced claim, 1 for the others, by position in ``read.claims`` (a flag per
    claim rather than a set of ids: no claim is read again to know its id).

    Runs in O(n log n) per fact: each claim meets only the extremes of the claims
    after it (the largest lower bound, the smallest upper bound, overall and from
    its own source), which is enough to know whether any later figure excludes it.
    """
    dated, timeless, los, his = read.dated, read.timeless, read.los, read.his
    attributions, firsts = read.attributions, read.firsts
    conflicts = _Pairs()
    revisions = _Pairs()
    current = bytearray(b"\x01") * len(read.claims)
    days = [range(i, j) for i, j in pairwise([*firsts, len(dated)])]
    for day in days:
        clash = _clash(dated, day, los, his, conflicts)
        if clash is not None and Qualifier.VAGUE in (clash[0].qualifier, clash[1].qualifier):
            # "several thousand" below both "more than a million" and "312,000 to
            # 400,000": the vague word may be set aside (see _stated_rivals), so the
            # stated figures' own extremes are checked too
            stated_of_day = [i for i in day if dated[i].qualifier is not Qualifier.VAGUE]
            _clash(dated, stated_of_day, los, his, conflicts)
    sources = list(map(_source_clusters(attributions).__getitem__, attributions))
    stated = any(c.qualifier is not Qualifier.VAGUE for c in dated)
    later_top: Claim | None = None  # largest lower bound among later claims
    later_top_lo = 0.0
    later_bottom: Claim | None = None  # smallest upper bound among later claims
    later_bottom_hi = 0.0
    later_bottom_of = _LowestBySource()  # the same, per source
    lowest_of = later_bottom_of.of
    # revisions.add and conflicts.add, inlined: a fact can have 100,000 such pairs
    revised, revised_to = revisions.firsts.append, revisions.seconds.append
    clashing, clashing_with = conflicts.firsts.append, conflicts.seconds.append
    for day in reversed(days):
        span = slice(day.start, day.stop)
        for a, at, lo, hi, src in zip(
            dated[span], read.dated_at[span], los[span], his[span], sources[span], strict=True
        ):
            if later_top is not None and later_top_lo > hi:
                revised(a)
                revised_to(later_top)
                current[at] = 0
            if later_bottom is None or later_bottom_hi >= lo:
                continue
            if category not in CUMULATIVE:
                revised(a)
                revised_to(later_bottom)
                current[at] = 0
                continue
            own = lowest_of.get(src) if src != -1 else None
            if own is not None and own[1] < lo:  # the source corrected itself
                revisions.add(a, own[0])
                current[at] = 0
            other = later_bottom_of.lowest_besides(src if src != -1 else None)
            if other is not None and other[1] < lo:  # a later, lower count from someone else
                clashing(a)
                clashing_with(other[0])
        for c, lo, hi, src in zip(dated[span], los[span], his[span], sources[span], strict=True):
            if stated and c.qualifier is Qualifier.VAGUE:
                continue  # "millions" a week after "11 million" revises no stated figure
            if later_top is None or lo > later_top_lo:
                later_top, later_top_lo = c, lo
            if later_bottom is None or hi < later_bottom_hi:
                later_bottom, later_bottom_hi = c, hi
            held = lowest_of.get(src)
            if held is None or hi < held[1]:  # most claims lower nothing: no call
                later_bottom_of.offer(src, c, hi)
    revisions.reverse()
    if stated:
        _vague_after_stated(read, current)
    if not dated:
        pair = _extremes(timeless)
        if pair is not None and reach_low(pair[0]) > reach_high(pair[1]):
            conflicts.add(pair[1], pair[0])
        return conflicts, revisions, current
    # Undated figures: fine if they fit any period's figure; replaced if not the latest.
    by_low = sorted(range(len(dated)), key=los.__getitem__)
    lows = list(map(los.__getitem__, by_low))
    reach = list(accumulate(map(his.__getitem__, by_low), max))
    latest = days[-1]
    latest_top_lo = max(los[i] for i in latest)
    latest_bottom_hi = min(his[i] for i in latest)
    hull = (lows[0], reach[-1])
    for t, at in zip(timeless, read.timeless_at, strict=True):
        t_lo, t_hi = reach_low(t), reach_high(t)
        i = bisect_right(lows, t_hi)
        fits = i > 0 and reach[i - 1] >= t_lo
        if not fits:
            between = category in CUMULATIVE and hull[0] <= t_lo and t_hi <= hull[1]
            if not between:
                j = min(max(bisect_right(lows, t_lo) - 1, 0), len(by_low) - 1)
                conflicts.add(dated[by_low[j]], t)
                continue
        if t_lo > latest_bottom_hi or latest_top_lo > t_hi:
            current[at] = 0  # it matches an earlier period's figure
    return conflicts, revisions, current


def _clash(
    dated: Sequence[Claim],
    day: Sequence[int],
    los: Sequence[float],
    his: Sequence[float],
    into: _Pairs,
) -> tuple[Claim, Claim] | None:
    """The extremes of one day's figures (positions in ``dated``), added to ``into`` and
    returned as (lower, higher) where they exclude each other."""
    if len(day) < 2:
        return None
    top, bottom = max(day, key=los.__getitem__), min(day, key=his.__getitem__)
    if los[top] <= his[bottom]:
        return None
    into.add(dated[bottom], dated[top])
    return dated[bottom], dated[top]


def _vague_after_stated(read: _Asserted, current: bytearray) -> None:
    """A vague word dated after the last stated figure it does not fit ("Millions" after
    "11 million") is loose wording, not the count: no longer current (``current`` changes
    in place), and never the revision of the stated figure."""
    dated, los, his = read.dated, read.los, read.his
    anchor = next(
        (k for k in range(len(dated) - 1, -1, -1) if dated[k].qualifier is not Qualifier.VAGUE),
        None,
    )
    if anchor is None:
        return
    day = dated[anchor].as_of
    for k in range(anchor + 1, len(dated)):
        c = dated[k]
        outside = his[k] < los[anchor] or los[k] > his[anchor]
        if c.qualifier is Qualifier.VAGUE and c.as_of != day and outside:
            current[read.dated_at[k]] = 0


def _family(attribution: str | None, known: dict[str | None, str | None]) -> str | None:
    """source_family, worked out once per wording of a source in ``known``."""
    if attribution in known:
        return known[attribution]
    family = known[attribution] = source_family(attribution)
    return family


_NAME_SUFFIX_WORDS = 4  # "civil society group Plataforma Decide" is also "Plataforma Decide"


def corpus_families(claims: Iterable[Claim]) -> dict[str, str]:
    """Each wording of a source whose family the corpus tells: by its own words, or by a
    fuller wording of the same name elsewhere ("Plataforma Decide" is the "civil society
    group Plataforma Decide" of another line). Built once per corpus, by the capitalised
    endings of the wordings that tell a family, so each wording is looked up, not
    compared with every other."""
    wordings = {c.attribution for c in claims if c.attribution}
    known = {w: f for w in wordings if (f := source_family(w)) is not None}
    by_ending: dict[str, str | None] = {}
    for w, f in known.items():
        words = w.split()
        for n in range(1, min(_NAME_SUFFIX_WORDS, len(words) - 1) + 1):
            ending = " ".join(words[-n:])
            if ending[:1].isupper():
                # two families for one ending: it tells none
                by_ending[ending.lower()] = f if by_ending.get(ending.lower(), f) == f else None
    out = dict(known)
    for w in wordings - known.keys():
        f = by_ending.get(w.lower())
        if f is not None and w[:1].isupper():
            out[w] = f
    return out


def _later_lower(a: Claim, b: Claim) -> bool:
    """Whether the later-dated of two figures stands below the earlier: no running count
    of another body goes down, so two bodies' figures that do are rival counts."""
    if not a.as_of or not b.as_of or a.as_of == b.as_of:
        return False
    early, late = (a, b) if a.as_of < b.as_of else (b, a)
    return (_point(late) or 0) < (_point(early) or 0)


class _RivalCounters:
    """Whether two wordings of sources of one family are two counting bodies: two
    independent bodies ("Doctors Without Borders" 355, "Syrian Observatory" 322), or the
    governments of two countries ("French intelligence" 281, "U.S." 1,429) - never two
    voices of one government, which keep one running count. Answered once per pair of
    wordings: a fact of many articles has many pairs of figures, few of wordings."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str | None, str | None], bool] = {}

    def __call__(self, a: str | None, b: str | None, family: str) -> bool:
        if a is None or b is None or a == b:
            return False
        key = (a, b) if a < b else (b, a)
        if key not in self._seen:
            if family == "official":
                ca, cb = _country_of(a), _country_of(b)
                self._seen[key] = ca is not None and cb is not None and ca != cb
            else:
                ka, kb = _counting_body(a), _counting_body(b)
                score = fuzz.token_set_ratio(ka, kb)
                self._seen[key] = ka != kb and score < SAME_SOURCE_SCORE
        return self._seen[key]


_BODY_NAME = {name: key for key, names in COUNTING_BODY_NAMES.items() for name in names}
_BODY_NAMES = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(_BODY_NAME, key=len, reverse=True)) + r")\b"
)


def _counting_body(attribution: str) -> str:
    """A counting body's one name for any of its names in ``attribution``, or the
    attribution lower-cased."""
    for word in attribution.split():
        if word.strip(".,'’s") in COUNTING_BODY_ACRONYMS:
            return COUNTING_BODY_ACRONYMS[word.strip(".,'’s")]
    m = _BODY_NAMES.search(attribution.lower())
    return _BODY_NAME[m.group(1)] if m is not None else attribution.lower()


def _country_of(attribution: str) -> str | None:
    """The country a source speaks for, where its words name one ("French intelligence",
    "the U.S.", "American officials", "New Mexico officials" -> Mexico is no match: the
    longest name first), as one name for all its names (lexicon.names.ALIASES)."""
    words = attribution.lower().replace("’s", "").replace("'s", "").split()
    for n in range(min(_LONGEST_COUNTRY, len(words)), 0, -1):
        for k in range(len(words) - n + 1):
            phrase = " ".join(words[k : k + n])
            country = NATIONALITIES.get(phrase) or (phrase if phrase in COUNTRIES else None)
            if country is not None and not _inside_longer_name(words, k, n):
                return _COUNTRY_ALIAS.get(country, country)
    return None


def _inside_longer_name(words: Sequence[str], k: int, n: int) -> bool:
    """'new mexico', 'south sudan': a country's name inside a longer place's name."""
    return k > 0 and f"{words[k - 1]} {' '.join(words[k : k + n])}" in KNOWN_PLACES


_LONGEST_COUNTRY = 4  # words: "united states of america"
_COUNTRY_ALIAS = {name: group[0] for group in ALIASES for name in group}


def _revising_down(a: Claim, b: Claim) -> Claim | None:
    """Of two figures at odds, the later, lower one where its article states it as the
    count revised down; None where neither is."""
    if a.revises_down == b.revises_down or not (a.as_of and b.as_of) or a.as_of == b.as_of:
        return None
    later, earlier = (a, b) if a.as_of > b.as_of else (b, a)
    if not later.revises_down or later.high is None or earlier.low is None:
        return None
    return later if later.high < earlier.low else None


_REVISED_DOWN_AFTER = 14  # days: a lower figure this much later is a revision, not a stale one


def _revised_down_later(a: Claim, b: Claim) -> bool:
    """Whether the later of two figures dated to the day stands weeks after the other and
    is given by someone: a named source's count weeks on is the newer one, even below."""
    day_a, day_b = day_number(a.as_of), day_number(b.as_of)
    if day_a is None or day_b is None or abs(day_a - day_b) < _REVISED_DOWN_AFTER:
        return False
    return (a if day_a > day_b else b).attribution is not None


def _reread_conflicts(
    category: Category,
    read: _Asserted,
    conflicts: _Pairs,
    revisions: _Pairs,
    current: bytearray,
    families: Mapping[str, str],
    rival: _RivalCounters,
) -> _Pairs:
    """The conflicts that stand; the others become revisions, their replaced figure no
    longer current. ``revisions`` and ``current`` change in place.

    Two counting bodies of different kinds (official vs independent) disagree, in one
    article or two. Otherwise, in a count that only grows (or moves), figures of one
    side, or of no named side, are the same running count read at different moments:
    the lower one is the earlier (for moving counts, the earlier date is). Crowds and
    forces of different articles are rival estimates."""
    if not conflicts:
        return conflicts
    at = {id(c): i for i, c in enumerate(read.claims)}
    standing = _Pairs()
    # a few wordings of sources, many pairs; the corpus's families first
    family_of: dict[str | None, str | None] = {
        a: families[a] for a in set(read.attributions) if a is not None and a in families
    }
    # one loop, no call per pair: a fact of 10,000 articles rereads ~80,000 pairs here,
    # and two calls a pair were a fifth of judging them
    one_count = category in CUMULATIVE or category in MOVING
    moving = category in MOVING
    keep, add = standing.add, revisions.add
    for a, b in conflicts:
        revising = _revising_down(a, b)
        if revising is not None:
            # "police revised down the death toll to 84": a correction of the count,
            # not a second counter at odds with the first
            old = b if revising is a else a
            add(old, revising)
            current[at[id(old)]] = 0  # replaced: out of the estimate and the latest
            continue
        # two counting sides at odds stay a conflict, in one article as in two ("the
        # junta says 164 died; the AAPP has at least 261"); one article's two figures
        # from one side are its update
        fa = (
            family_of[a.attribution]
            if a.attribution in family_of
            else _family(a.attribution, family_of)
        )
        fb = (
            family_of[b.attribution]
            if b.attribution in family_of
            else _family(b.attribution, family_of)
        )
        if (
            (fa is not None and fb is not None and fa != fb)
            or (a.doc != b.doc and not one_count)
            or (
                fa is not None
                and fa == fb
                and _later_lower(a, b)
                and rival(a.attribution, b.attribution, fa)
            )
        ):
            keep(a, b)
            continue
        if (
            a.as_of
            and b.as_of
            and a.as_of != b.as_of
            and (moving or (category in CUMULATIVE and _revised_down_later(a, b)))
        ):
            # a count that only grows is revised down weeks later, when bodies counted
            # twice are found out ("115 ... revised down to 97" a month on): the later
            # figure, where someone gives it, is the newer one
            old = a if a.as_of < b.as_of else b
        else:
            a_lo, b_lo = a.low, b.low
            a_lo = 0.0 if a_lo is None else float(a_lo)
            b_lo = 0.0 if b_lo is None else float(b_lo)
            if a_lo != b_lo:
                old = a if a_lo < b_lo else b
            else:
                a_hi = _INF if a.high is None else float(a.high)
                b_hi = _INF if b.high is None else float(b.high)
                old = a if a_hi <= b_hi else b
        add(old, b if old is a else a)
        current[at[id(old)]] = 0
    return standing


def _rival_revisions(
    read: _Asserted,
    conflicts: _Pairs,
    revisions: _Pairs,
    current: bytearray,
    families: Mapping[str, str],
    rival: _RivalCounters,
) -> _Pairs:
    """The revisions that stand: a later, lower figure of another counting body (France's
    "at least 281" after the opposition's 1,300) replaces nothing; the two bodies
    disagree (added to ``conflicts``) and the earlier figure stays current (``current``
    changes in place)."""
    if not revisions:
        return revisions
    family_of: dict[str | None, str | None] = {}
    kept, dropped = _Pairs(), _Pairs()
    for old, new in revisions:
        old_family = families.get(old.attribution or "") or _family(old.attribution, family_of)
        new_family = families.get(new.attribution or "") or _family(new.attribution, family_of)
        two_bodies = (
            old_family is not None
            and new_family is not None
            # a wire service or paper mostly relays a count ("AFP" with the disaster
            # council's 1,611): no counting body of its own here
            and not names_news_outlet(old.attribution)
            and not names_news_outlet(new.attribution)
            and (old_family != new_family or rival(old.attribution, new.attribution, old_family))
        )
        if two_bodies and _later_lower(old, new) and not new.revises_down:
            dropped.add(old, new)
            conflicts.add(old, new)
        else:
            kept.add(old, new)
    if dropped:
        # where bodies disagree, a lower figure of one of them replaces no unattributed
        # figure either: it may be another body's, relayed without its name
        rivals = {c.attribution for c in dropped.seconds}
        standing = _Pairs()
        for old, new in kept:
            if old.attribution is None and new.attribution in rivals and _later_lower(old, new):
                dropped.add(old, new)
            else:
                standing.add(old, new)
        kept = standing
        at = {id(c): i for i, c in enumerate(read.claims)}
        replacing = {id(c) for c in kept.firsts}
        for c in dropped.firsts:
            if id(c) not in replacing:
                current[at[id(c)]] = 1
    return kept


def _voice(c: Claim) -> str | None:
    # a counting body's one name for its names ("WHO", "World Health Organization")
    return _counting_body(c.attribution) if c.attribution else None


def _two_voices(a: Claim, b: Claim) -> bool:
    """Whether two figures are given by two named counters (organisers and police), not
    two wordings of one ("police", "a police spokesman"; "march organisers"), scored as
    _RivalCounters scores one family's wordings."""
    va, vb = _voice(a), _voice(b)
    if va is None or vb is None or va == vb:
        return False
    return fuzz.token_set_ratio(va, vb) < SAME_SOURCE_SCORE


def _rival_counters_in_one_document(group: ClaimGroup, claims: Sequence[Claim]) -> bool:
    """A crowd one document counts by two named counters whose figures disagree: a
    conflict to show, though the document is one source."""
    if group.category is not Category.PARTICIPANTS:
        return False
    # each wording's lowest ceiling and highest floor (one pass); then the wordings'
    # figures at odds, scored as two voices only for a pair at odds
    ceiling: dict[str, Claim] = {}
    floor: dict[str, Claim] = {}
    for c in claims:
        voice = _voice(c) if c.status is Status.ASSERTED else None
        if voice is None:
            continue
        if voice not in ceiling or reach_high(c) < reach_high(ceiling[voice]):
            ceiling[voice] = c
        if voice not in floor or reach_low(c) > reach_low(floor[voice]):
            floor[voice] = c
    voices = sorted(ceiling)[:_VOICES_READ]
    return any(
        reach_high(ceiling[a]) < reach_low(floor[b]) and _two_voices(ceiling[a], floor[b])
        for a in voices
        for b in voices
        if a != b
    )


_VOICES_READ = 24  # wordings of counters in one article's crowd: more is no article's


def _stated_rivals(read: _Asserted, conflicts: _Pairs, current: bytearray) -> _Pairs:
    """Rival estimates of how many were there are stated figures: "several passengers were
    thrown through the windows" is no estimate against "more than 350 aboard", and a
    vague word at odds with a stated figure is loose wording, no longer current
    (``current`` changes in place)."""
    kept = _Pairs()
    at: dict[int, int] | None = None  # built only where a vague word is set aside
    for a, b in conflicts:
        vague_a, vague_b = a.qualifier is Qualifier.VAGUE, b.qualifier is Qualifier.VAGUE
        if vague_a == vague_b:
            kept.add(a, b)
            continue
        if at is None:
            at = {id(c): i for i, c in enumerate(read.claims)}
        current[at[id(a if vague_a else b)]] = 0
    return kept


_PEOPLE_KIND = f"{PEOPLE} "  # "people aboard": an other count of a kind (lexicon.facts)
_CREW_KINDS = frozenset({None, *FIXED_KINDS})  # a crew's counts: of no kind, or aboard


def _of_one_moment(group: ClaimGroup) -> bool:
    """A count of how many were there at one moment (FIXED_KINDS): "people aboard", and
    "175 passengers" aboard where a row of a breakdown keeps its own noun."""
    if group.subject.startswith(_PEOPLE_KIND):
        return group.subject.removeprefix(_PEOPLE_KIND) in FIXED_KINDS
    kinds = {c.counted for c in group.claims}
    if group.subject in CREW_GROUPS:
        # "47 crew members" and "There were also 46 crew": the crew aboard, whatever the
        # clause says of them
        return kinds <= _CREW_KINDS
    return bool(kinds) and kinds <= FIXED_KINDS


def _rivals(
    read: _Asserted, conflicts: _Pairs, revisions: _Pairs
) -> tuple[_Pairs, _Pairs, bytearray]:
    """For a count of how many were there at one moment (FIXED_KINDS): two documents'
    figures that disagree are rival estimates, a conflict, whatever their dates, and so
    are two counters' in one document ("organisers said 1.4 million; police said
    262,000"); only a document's own later figure replaces its earlier one."""
    kept = _Pairs()
    for a, b in revisions:
        if a.doc == b.doc and not _two_voices(a, b):
            kept.add(a, b)
        else:
            conflicts.add(a, b)
    at = {id(c): i for i, c in enumerate(read.claims)}
    current = bytearray(b"\x01") * len(read.claims)
    for a in kept.firsts:
        current[at[id(a)]] = 0
    return conflicts, kept, current


# ---------------------------------------------------------------- estimate


def _best_key(c: Claim) -> tuple[object, ...]:
    # of the figures that still stand, the most precise, then the most recent: a later
    # unattributed "224 dead" in March is the count, not the "at least 217" authorities
    # gave in November; "31" is, not a later "at least 30"
    return (
        _PRECISION[c.qualifier],
        c.as_of or "",
        c.attribution is not None,
        not c.derived_from,  # a stated figure before one derived from parts
        -c.start,
        c.id,
    )


def _best_claim(current: Sequence[Claim]) -> Claim:
    return max(current, key=_best_key)


def _stated(c: Claim) -> Number | None:
    """The smallest figure as the source gave it: "over 1,000" is 1,000, "dozens" 24."""
    return as_number(stated_as_given(c))


def _lowest_stated(read: _Asserted) -> Number | None:
    """The smallest figure any source asserted, as stated: figures a source gave before
    sums of parts, and among those exact figures and bounds before vague words."""
    seen = [k for k in range(4) if read.kinds[k]]
    given = [k for k in seen if not k & _DERIVED] or seen
    pool = [k for k in given if not k & _VAGUE] or given
    found = [v for k in pool if (v := read.lowest[k]) is not None]
    return as_number(min(found)) if found else None


def _taken_up(
    c: Claim, stated: Number, current: Sequence[Claim], families: Mapping[str, str]
) -> bool:
    """Whether the largest figure raises the best estimate to it. It does unless it is a
    lone rival count: another family of counters gave a lower figure later, and more
    documents stand below it than at it. A lone activist's "more than 220", after which
    the government still says "at least 143" in six papers, is the high; a ministry's
    "more than 300" still stands beside a UN official's later "at least 100". A figure of
    no named family is the outlet's own account, and raises it."""
    family = families.get(c.attribution) if c.attribution else None
    if family is None or c.as_of is None:
        return True
    rivalled = False
    below: set[str] = set()
    at_or_above: set[str] = set()
    for d in current:
        figure = _stated(d)
        if figure is None:
            continue
        if figure < stated:
            below.add(d.doc)
            other = families.get(d.attribution) if d.attribution else None
            if d.as_of is not None and d.as_of > c.as_of and other not in (None, family):
                rivalled = True
        else:
            at_or_above.add(d.doc)
    return not (rivalled and len(below) > len(at_or_above))


def _estimate(
    read: _Asserted,
    current: Sequence[Claim],
    conflicting: bool,
    families: Mapping[str, str],
) -> tuple[Estimate, Claim | None]:
    if not current:
        return Estimate(None, None, None, ESTIMATE_RULE), None
    low = _lowest_stated(read)
    # One pass over the current figures (reading a claim is the costly part at 100,000):
    # the largest top, the best claim, and the span where every figure holds. The
    # comparisons are strict, so ties go to the first, as with max() and min().
    high: Number | None = None
    floor: Number | None = None  # the largest stated figure
    floor_claim: Claim | None = None
    ceiling: Number | None = None  # the smallest upper bound
    best_claim, best_key = current[0], _best_key(current[0])
    for c in current:
        top = _top(c)
        if top is not None and (high is None or top > high):
            high = top
        stated = _stated(c)
        if stated is not None and (floor is None or stated > floor):
            floor, floor_claim = stated, c
        if c.high is not None and (ceiling is None or c.high < ceiling):
            ceiling = c.high
        key = _best_key(c)
        if key > best_key:
            best_claim, best_key = c, key
    if (
        floor is not None
        and floor_claim is not None
        and not _taken_up(floor_claim, floor, current, families)
    ):
        floor = None  # a rival count: the high, not where the best lies
    if high is not None and low is not None and high < low:
        high = low
    # only vague words ("dozens", "tens of thousands"): no figure to call best, and the
    # high is the top of their bounds ("dozens" reaches 99), not their foot
    vague_only = best_claim.qualifier is Qualifier.VAGUE
    if vague_only:
        tops = [c.high for c in current if c.high is not None]
        high = as_number(max(tops)) if tops else high
    best = None if vague_only else _point(best_claim)
    if (
        best is not None
        and not conflicting
        and (floor is None or ceiling is None or floor <= ceiling)
    ):
        # every current figure holds at once: the best one lies where they all do (where
        # two exact figures still stand, 512 and a final 587, there is no such place)
        floor = best if floor is None else floor
        best = max(best, floor)
        if ceiling is not None:
            best = min(best, ceiling)
    if best is not None:
        if low is not None and best < low:
            best = low
        if high is not None and best > high:
            best = high
    return Estimate(as_number(low), as_number(best), as_number(high), ESTIMATE_RULE), best_claim


# ---------------------------------------------------------------- notes


def _who_says_what(claims: Sequence[Claim]) -> str | None:
    """Figures by source family, when more than one family speaks."""
    families: dict[str, list[Claim]] = {}
    family_of: dict[str | None, str] = {}  # one look-up per wording of a source, not per claim
    for c in claims:
        family = family_of.get(c.attribution)
        if family is None:
            family = family_of[c.attribution] = source_family(c.attribution) or "unattributed"
        families.setdefault(family, []).append(c)
    if len(families.keys() - {"unattributed"}) < 2:
        return None
    order = ("official", "independent", "unattributed")
    parts = []
    worded = _Worded()
    for fam in (f for f in order if f in families):
        # Thousands of claims give a few figures: each distinct figure and source is
        # written once, in the order first given, and each distinct figure worded once.
        given = dict.fromkeys((_FIGURE_FIELDS(c), c.attribution or c.doc) for c in families[fam])
        said = list(dict.fromkeys(f"{worded[fields]} ({who})" for fields, who in given))
        more = f", and {len(said) - _NOTE_LIMIT} more figures" if len(said) > _NOTE_LIMIT else ""
        parts.append(f"{fam}: " + ", ".join(said[:_NOTE_LIMIT]) + more)
    return "; ".join(parts)


def _far_apart(current: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    stated = [c for c in current if c.qualifier is not Qualifier.VAGUE and _point(c)]
    if not any(c.qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN) for c in stated):
        return None
    if len(stated) < 2:
        return None
    lo = min(stated, key=lambda c: _point(c) or 0)
    hi = max(stated, key=lambda c: _point(c) or 0)
    if (_point(hi) or 0) >= FAR_APART_RATIO * (_point(lo) or 0):
        return lo, hi
    return None


def _relay_note(asserted: Sequence[Claim]) -> str | None:
    if not all(map(_ATTRIBUTION, asserted)):  # stops at the first unattributed figure
        return None
    attributed = list(asserted)
    docs = {c.doc for c in attributed}
    if len(docs) < 2:
        return None
    if all(_same_source(attributed[0], c) for c in attributed[1:]):
        return f"all {len(docs)} documents relay one source ({attributed[0].attribution})"
    return None


def _aside(shown: Sequence[Claim]) -> str | None:
    if not shown:
        return None
    said = [f"{figure(c)} ({c.status}, {c.doc})" for c in shown]
    more = f"; and {len(said) - _NOTE_LIMIT} more figures" if len(said) > _NOTE_LIMIT else ""
    return "not counted: " + "; ".join(said[:_NOTE_LIMIT]) + more


# ---------------------------------------------------------------- judge


def _latest(current: Sequence[Claim], best: Claim | None) -> str | None:
    """Where nothing was revised: the most recent figure (the best of the last date),
    not an older one that merely has a named source."""
    last = max((c.as_of for c in current if c.as_of), default=None)
    if last is None:
        return best.id if best is not None else None
    if best is not None and best.as_of == last:
        return best.id  # best is one of ``current``, so it is among those of the last date
    return _best_claim([c for c in current if c.as_of == last]).id


def _withdrawn_elsewhere(claims: Sequence[Claim]) -> list[Claim]:
    """The asserted figures of one document that another withdraws: a figure the other
    marks superseded or withdrawn while its sentence gives a lower one for the same fact
    and no higher one ("3,116 dead (correcting an earlier report that said 8,240)") is
    withdrawn wherever it was relayed on or before that day, by the same source or one
    either article names no one for (a rights group's figure stands where the police
    correct their own). A rise ("climbed from 40 to 52") gives a higher figure beside
    the replaced one: no withdrawal. Linear: sentences and numbers are looked up."""
    said: dict[tuple[str, int], list[Number]] = defaultdict(list)
    for c in claims:
        if c.status is Status.ASSERTED and c.value is not None:
            said[(c.doc, c.sentence_start)].append(c.value)
    by_number: dict[Number, list[Claim]] = defaultdict(list)
    for r in claims:
        if r.status is not Status.RETRACTED or r.value is None:
            continue
        beside = said.get((r.doc, r.sentence_start), ())
        if any(v < r.value for v in beside) and not any(v > r.value for v in beside):
            by_number[r.value].append(r)
    if not by_number:
        return []
    return [
        c
        for c in claims
        if c.status is Status.ASSERTED
        and c.value is not None
        and any(
            r.doc != c.doc
            and (c.as_of is None or r.as_of is None or c.as_of <= r.as_of)
            and not _two_voices(c, r)
            for r in by_number.get(c.value, ())
        )
    ]


def _outliers(category: Category, claims: Sequence[Claim]) -> list[Claim]:
    """Figures no reader would let drive an estimate: one past any count of people
    (an identifier, a phone number read as a toll), or one more than OUT_OF_PROPORTION
    times every other source's largest figure for the fact, with at least two other
    sources to judge by. Stated figures only (a value, not a range or a vague word).
    Low figures are never set aside: early tolls are small."""
    values = [v for c in claims if (v := c.value) is not None]
    if not values:
        return []
    top = max(values)
    if top < IDENTIFIER_FLOOR:
        # Most facts have none: a figure is out of proportion only if every figure from
        # another document lies under a tenth of it, so under a tenth of the largest.
        floor = top / OUT_OF_PROPORTION
        near_top = {c.doc for c in claims if c.value is not None and c.value >= floor}
        if len(near_top) > 1:
            return []
    stated: list[tuple[Claim, float]] = []
    top_of: dict[str, float] = {}  # document -> its largest stated figure
    for c in claims:
        if c.status is not Status.ASSERTED or c.value is None:
            continue
        v = c.value
        stated.append((c, float(v)))
        if v > top_of.get(c.doc, -1.0):
            top_of[c.doc] = float(v)
    two = sorted(top_of.items(), key=lambda kv: -kv[1])[:2]  # the two largest, by doc
    # a count that only grows may grow tenfold: a figure dated after every other
    # document's figures is no misreading ("66 dead" in March, "1,142" in November)
    last_of: dict[str, str] = {}
    if category in CUMULATIVE:
        for c, _ in stated:
            if c.as_of and c.as_of > last_of.get(c.doc, ""):
                last_of[c.doc] = c.as_of
    latest = sorted(last_of.items(), key=lambda kv: kv[1], reverse=True)[:2]
    out: list[Claim] = []
    for c, v in stated:
        if v >= IDENTIFIER_FLOOR:
            out.append(c)
            continue
        if len(top_of) < 3:
            continue
        other = next(m for d, m in two if d != c.doc)
        if v > OUT_OF_PROPORTION * other and not _grown(c, latest):
            out.append(c)
    return out


def _grown(c: Claim, latest: Sequence[tuple[str, str]]) -> bool:
    """Whether ``c`` is dated after every other document's figures (``latest``: the two
    documents with the latest figures, and their days)."""
    other = next((day for doc, day in latest if doc != c.doc), None)
    return bool(c.as_of) and other is not None and c.as_of > other  # type: ignore[operator]


_AS_OF = attrgetter("as_of")


# Under this share of a toll given before, a figure no named counter gives is no rival
# count: a part (one incident, day or place). A named body's far lower count, a
# government's against activists', is the conflict a reader must see.
_NO_RIVAL_SHARE = 0.05


def _unnamed_counter(attribution: str | None) -> bool:
    """No one named gave the figure: none, "reports", "local media reports"."""
    low = (attribution or "").lower()
    return not low or low in GENERIC_SOURCES or low.endswith(("reports", " media"))


# A hospital's count under half of the event's toll given before is the hospital's share
_ONE_PLACE_SHARE = 0.5


def _one_place_counts(attribution: str | None) -> bool:
    """A source that counts those of one place only: a hospital, a morgue."""
    low = (attribution or "").lower()
    return any(word in low for word in ONE_PLACE_COUNTERS)


def _two_largest(claims: Sequence[Claim]) -> tuple[Claim | None, Claim | None]:
    """The largest figure, and the largest of another document than its."""
    top: Claim | None = None
    runner: Claim | None = None
    for c in claims:
        if top is None or c.value > top.value:  # type: ignore[operator]
            if top is not None and top.doc != c.doc:
                runner = top
            top = c
        elif c.doc != top.doc and (runner is None or c.value > runner.value):  # type: ignore[operator]
            runner = c
    return top, runner


def _later_subcounts(category: Category, claims: Sequence[Claim]) -> list[Claim]:
    """In a count that only grows, the stated figures far below (under SUBCOUNT_SHARE
    of) a count another document gave on an earlier day, from no named source or one
    of the same kind (official, independent): "15 drowned when a boat capsized" weeks
    after "almost 400 dead" is one incident's toll, not the event's revised down.
    Corrections of a toll are far smaller than that. One pass by day over the figures
    sorted by date, keeping the two largest earlier figures of different documents."""
    if category not in CUMULATIVE:
        return []
    dated = [
        c
        for c in claims
        if c.status is Status.ASSERTED
        and c.value is not None
        and c.as_of
        and c.qualifier is not Qualifier.VAGUE
    ]
    # most facts hold no figure a fifth of another (half, where a hospital counts): one
    # pass over the values says so
    values = [float(c.value) for c in dated]  # type: ignore[arg-type]
    floor = _ONE_PLACE_SHARE if any(_one_place_counts(c.attribution) for c in dated) else 0.0
    if len(values) < 2 or min(values) >= max(SUBCOUNT_SHARE, floor) * max(values):
        return []
    dated.sort(key=_AS_OF)
    out: list[Claim] = []
    # the largest earlier figure, and the largest of another document than its
    best: Claim | None = None
    second: Claim | None = None
    known: dict[str | None, str | None] = {}
    i = 0
    while i < len(dated):
        day = dated[i].as_of
        j = i
        while j < len(dated) and dated[j].as_of == day:
            j += 1
        # a hospital's count is its share of the toll another source gives the same day
        # too ("two dead, says the hospital" hours before "21 killed"): the day's two
        # largest figures of different documents
        top, runner = _two_largest(dated[i:j])
        for c in dated[i:j]:
            prior = best if best is not None and best.doc != c.doc else second
            local = _one_place_counts(c.attribution)
            if local:
                today = top if top is not None and top.doc != c.doc else runner
                if (
                    today is not None
                    and not _one_place_counts(today.attribution)
                    # a toll the day gives as a figure, not a ceiling ("fewer than 100")
                    and today.qualifier not in (Qualifier.AT_MOST, Qualifier.FEWER_THAN)
                    and (prior is None or today.value > prior.value)  # type: ignore[operator]
                ):
                    # another counter's toll of the same day (not the hospital's own
                    # later count: that is its revision)
                    prior = today
            share = _ONE_PLACE_SHARE if local else SUBCOUNT_SHARE
            if prior is None or c.value >= share * prior.value:  # type: ignore[operator]
                continue
            family = _family(c.attribution, known)
            # another kind of counter's far lower figure is its count, at odds: "2,000
            # killed, say activists" then "225, says the prosecutor" is a conflict to show;
            # but a hospital counts only those brought to it, and no counter's toll is a
            # twentieth of another's ("the deaths of three injured" after a toll of 95)
            if (
                family is None
                or family == _family(prior.attribution, known)
                or local
                or (
                    c.value < _NO_RIVAL_SHARE * prior.value  # type: ignore[operator]
                    and _unnamed_counter(c.attribution)
                )
            ):
                out.append(c)
        best, second = _two_largest([*(x for x in (best, second) if x is not None), *dated[i:j]])
        i = j
    return out


def _relayed(claims: Sequence[Claim], relays: Mapping[str, str]) -> list[tuple[str, str]]:
    """(copy, origin) for each document among ``claims`` whose origin is among them too:
    its figures are the origin's, not a second source's."""
    docs = {c.doc for c in claims}
    return sorted((d, relays[d]) for d in docs if d in relays and relays[d] in docs)


_DOCUMENTS_FIGURE = attrgetter("doc", "low", "high", "qualifier", "status", "attribution")


def _each_documents_figure_once(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A headline or lead that gives a figure the body dates earlier counts on the body's
    day: a release relayed on the 25th, "41 People Die" over "the ministry said Friday
    that 41 people died", gives Friday's 41, not a count of the 25th. Only a mention
    above the dated one, of the same figure and source: a body that gives a figure again
    on a later day ("168, rights groups said on Sunday") still says it on that day."""
    earliest: dict[tuple[object, ...], tuple[str, int]] = {}
    dropped: set[str] = set()
    for c in claims:  # dated first, by date: the first of a key is its earliest
        if c.as_of is None:
            continue
        day, at = earliest.setdefault(_DOCUMENTS_FIGURE(c), (c.as_of, c.start))
        if day < c.as_of and at > c.start:
            dropped.add(c.id)
    if not dropped:
        return claims
    return tuple(c for c in claims if c.id not in dropped)


def _timeline_category(group: ClaimGroup) -> Category:
    """The category whose timeline a fact follows: a count of those still in care or in
    custody moves either way, as the missing do (lexicon.facts.STANDING_KINDS)."""
    if any(group.subject.endswith(kind) for kind in STANDING_KINDS):
        return Category.MISSING
    return group.category


def judge(
    group: ClaimGroup,
    relays: Mapping[str, str] | None = None,
    families: Mapping[str, str] | None = None,
) -> Fact:
    """The verdict, estimate, current figure and a note in words for one aligned fact.
    ``relays``: document -> the document it copies (see align.copies); a copy's figures
    are shown, never counted as a second source. ``families``: each source's family
    across the corpus (corpus_families)."""
    claims = group.claims
    if group.repeats:
        # a document's repeated figure counts once (ClaimGroup.repeats)
        claims = tuple(c for c in claims if c.id not in group.repeats)
    claims = _each_documents_figure_once(claims)
    relayed = _relayed(claims, relays) if relays else []
    if relayed:
        copies = {d for d, _ in relayed}
        claims = tuple(c for c in claims if c.doc not in copies)
    # a count of those still in care falls as they are discharged: its timeline is read
    # as a count that moves (a hospital's children keep their own noun, align)
    category = _timeline_category(group)
    withdrawn = _withdrawn_elsewhere(claims)
    if withdrawn:
        gone = {c.id for c in withdrawn}
        claims = tuple(c for c in claims if c.id not in gone)
    outliers = _outliers(group.category, claims)
    if outliers:
        left_out = {c.id for c in outliers}
        claims = tuple(c for c in claims if c.id not in left_out)
    # a hospital's share of those in care, but not the count falling as they go home
    subcounts = [
        c
        for c in _later_subcounts(group.category, claims)
        if category is group.category or _one_place_counts(c.attribution)
    ]
    if subcounts:
        left_out = {c.id for c in subcounts}
        claims = tuple(c for c in claims if c.id not in left_out)
    shown: list[Claim] = []
    read = _Asserted(claims, shown, group.undated)
    asserted = read.claims
    asserting_docs = read.docs
    docs = asserting_docs.union(map(_DOC, shown)) if shown else asserting_docs
    notes: list[str] = []
    first_conflict: tuple[str, str] | None = None
    if len(asserting_docs) <= 1 and not _rival_counters_in_one_document(group, asserted):
        verdict = Verdict.SINGLE
        conflicts = revisions = _Pairs()
        is_current = bytearray(b"\x01") * len(asserted)
        if asserted:
            _, revisions, is_current = _timeline_pairs(category, read)
            lone = asserted[0]
            bound = (
                " (a lower bound)"
                if lone.qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
                else ""
            )
            notes.append(f"single source: {_cite_all(asserted)}{bound}")
        elif any(c.status is Status.DISPUTED for c in shown):
            notes.append("disputed in the article itself")
            if len(shown) > 1:
                notes.append(_aside(shown) or "")
        else:
            notes.append(_aside(shown) or "no asserted figure")
    else:
        conflicts, revisions, is_current = _timeline_pairs(category, read)
        # one answer per pair of wordings for both readings (see _RivalCounters)
        rival = _RivalCounters()
        conflicts = _reread_conflicts(
            category, read, conflicts, revisions, is_current, families or {}, rival
        )
        revisions = _rival_revisions(read, conflicts, revisions, is_current, families or {}, rival)
        if group.category is Category.PARTICIPANTS or (
            group.category is Category.OTHER and _of_one_moment(group)
        ):
            # how many marched (one rally: align gives each its own fact) or were aboard:
            # sources' figures are rival estimates of one moment, whatever day they ran
            conflicts, revisions, is_current = _rivals(read, conflicts, revisions)
            conflicts = _stated_rivals(read, conflicts, is_current)
        if conflicts:
            verdict = Verdict.CONFLICT
            for a, b in islice(conflicts, _NOTE_LIMIT):
                if first_conflict is None:
                    first_conflict = (a.id, b.id)
                if a.as_of and a.as_of == b.as_of:
                    when = f"on {a.as_of}"
                elif a.as_of and b.as_of and reach_low(a) > reach_high(b):
                    when = "(a later, lower count from another source)"
                elif a.as_of and b.as_of:
                    when = "(rival estimates of one moment)"  # see _rivals
                else:
                    when = "(an undated figure fits no period)"
                notes.append(f"conflict {when}: {_cite(a)} vs {_cite(b)}")
            if len(conflicts) > _NOTE_LIMIT:
                notes.append(f"and {len(conflicts) - _NOTE_LIMIT} more conflicting figures")
        elif revisions:
            verdict = Verdict.REVISED
        elif len({(c.low, c.high) for c in asserted}) == 1:
            verdict = Verdict.AGREE
            notes.append(f"{len(asserting_docs)} sources agree on {figure(asserted[0])}")
        else:
            verdict = Verdict.CONSISTENT
            notes.append("consistent: every figure overlaps the others as an interval")
    current = asserted
    # The replaced figures, in reading order (as ``claims``): stated figures before vague
    # words, unless all of them are vague words.
    stated: list[Claim] = []
    vague: list[Claim] = []
    replaced: list[str] = []
    if 0 in is_current:
        current = list(compress(asserted, is_current))
        for c, now in zip(asserted, is_current, strict=True):
            if now:
                continue
            (vague if c.qualifier is Qualifier.VAGUE else stated).append(c)
            replaced.append(c.id)
    estimate, best = _estimate(read, current, bool(conflicts), families or {})
    if revisions:
        if not stated:
            stated, vague = vague, []
        later = best or max((b for _, b in revisions), key=_by_date)
        # "down" where the figure now stands below one it replaced, not where some
        # step between two earlier figures went down on the way up (50,000 -> 316,000)
        # the figure now is the best estimate where there is one: "more than 80", the
        # latest bound, beside a standing "at least 86" has the count at 86, not below 84
        stands = float(estimate.best) if estimate.best is not None else reach_low(later)
        down = any(reach_low(b) < reach_low(a) for a, b in revisions) and any(
            stands < reach_low(c) for c in stated
        )
        what = "revised down" if down else "revised"
        notes.insert(0, f"{what}: {_cite_all(stated)} -> latest {_cite(later)}")
        if vague:
            # overlapping every vague interval = reaching below the lowest top and
            # above the highest bottom: one pass, not stated x vague comparisons
            top, bottom = min(reach_high(v) for v in vague), max(reach_low(v) for v in vague)
            fit = next(
                (s_ for s_ in stated if reach_low(s_) <= top and bottom <= reach_high(s_)), None
            )
            words = ", ".join(dict.fromkeys(figure(v) for v in vague))
            notes.insert(
                1,
                f"the vague figures ({words}) are consistent with "
                + (f"the earlier {figure(fit)}" if fit is not None else "earlier figures"),
            )
    if vague and not revisions:
        words = ", ".join(dict.fromkeys(figure(v) for v in vague))
        notes.append(f"set aside as loose wording at odds with the stated figures: {words}")
    if verdict is Verdict.CONSISTENT and (pair := _far_apart(current)):
        notes.append(f"consistent as bounds but far apart: {_cite(pair[0])} vs {_cite(pair[1])}")
    if verdict is not Verdict.AGREE and verdict is not Verdict.SINGLE:
        who = _who_says_what(asserted)
        if who:
            notes.append(who)
    if verdict is not Verdict.SINGLE and (relay := _relay_note(asserted)):
        notes.append(relay)
    if asserted and (aside := _aside(shown)):
        notes.append(aside)
    if outliers:
        notes.append(
            "kept out of the estimate, out of all proportion to every other source: "
            + _cite_all(outliers)
        )
    if withdrawn:
        notes.append(
            "kept out of the estimate, a figure another article says was withdrawn or "
            "corrected: " + _cite_all(withdrawn)
        )
    if subcounts:
        notes.append(
            "kept out of the estimate, far below the count another source gave before "
            "(a part: one incident, day or place), or a hospital's share of the same day's "
            "toll: " + _cite_all(subcounts)
        )
        outliers = [*outliers, *subcounts]
    outliers = [*withdrawn, *outliers]
    if relayed:
        said = ", ".join(f"{d} (copy of {o})" for d, o in relayed[:_NOTE_LIMIT])
        more = len(relayed) - _NOTE_LIMIT
        notes.append(
            f"relayed, not counted as sources: {said}" + (f", and {more} more" if more > 0 else "")
        )
    return Fact(
        id="",
        label=group.label,
        category=group.category,
        subject=group.subject,
        scope=group.scope,
        verdict=verdict,
        sources=len(docs),
        estimate=estimate,
        claims=group.claims,
        latest=(best.id if best is not None else None)
        if verdict is Verdict.REVISED
        else _latest(current, best),
        note="; ".join(notes) if notes else None,
        why=group.why,
        parts=group.parts,
        repeats=tuple(c.id for c in group.claims if c.id in group.repeats),
        relays=tuple(relayed),
        outliers=tuple(c.id for c in outliers),
        conflict=first_conflict,
        replaced=tuple(replaced),
    )


def compare_claims(
    claims: Sequence[Claim], relays: Mapping[str, str] | None = None
) -> tuple[Fact, ...]:
    """Align claims into facts and judge each: diverging facts first, ids f1, f2, ...
    ``relays``: document -> the document it copies (align.copies.find_relays)."""
    # Each fact is judged as soon as it is aligned, while its claims are still in the
    # processor's cache, then put in the order align_claims gives (for facts that tie below).
    families = corpus_families(claims)
    judged = [(g, judge(g, relays, families)) for g in aligned_groups(claims)]
    judged.sort(key=lambda gf: group_order(gf[0]))
    facts = [f for _, f in judged]
    facts.sort(
        key=lambda f: (
            _VERDICT_RANK[f.verdict],
            _CATEGORY_ORDER[f.category],
            f.subject != PEOPLE,
            f.scope is not None,
            f.label,
            f.claims[0].id if f.claims else "",
        )
    )
    return tuple(_with_id(f, i) for i, f in enumerate(facts, 1))


def _with_id(fact: Fact, n: int) -> Fact:
    return replace(fact, id=f"f{n}")


# ---------------------------------------------------------------- queries

# What people type for a category ("death toll", "how many were detained").
_QWORD = re.compile(r"[a-z][a-z'\-]*")
_QUERY_KEYS = sorted(QUERY_CATEGORIES, key=lambda k: -len(k))


def _query_number(query: str) -> float | None:
    """The figure a query asks about ("3,811", "3 811"), read as articles are read;
    years and dates ("deaths in January 2022") are not figures."""
    # The one use of extract in compare: the query is what the user typed, not article
    # text, and is read by the articles' own number reader so "3 811" finds 3,811.
    from kzdiff.extract.quantities import extract_quantities

    for q in extract_quantities(query):
        if q.kind in (Kind.COUNT, Kind.OTHER) and q.value is not None:
            return float(q.value)
    return None


def _states(fact: Fact, n: float) -> bool:
    for c in (*fact.claims, *fact.parts):
        if any(v is not None and float(v) == n for v in (c.value, c.low, c.high)):
            return True
    return False


def query_facts(facts: Sequence[Fact], query: str) -> tuple[Fact, ...]:
    """The facts that answer what a person typed: a category, a subject, a figure."""
    q = " ".join(query.lower().split())
    n = _query_number(q)
    if n is not None:
        return tuple(f for f in facts if _states(f, n))
    q = " ".join(w for w in q.split() if not any(ch.isdigit() for ch in w))
    categories: set[Category] = set()
    rest = f" {q} "
    for key in _QUERY_KEYS:
        if f" {key} " in rest:
            categories.add(QUERY_CATEGORIES[key])
            rest = rest.replace(f" {key} ", " ")
    words = [w for w in _QWORD.findall(rest) if w not in QUERY_STOPWORDS]
    groups: set[str] = set()
    scopes: set[str] = set()
    if words:
        known_scopes = {f.scope.lower() for f in facts if f.scope}
        scopes = {w for w in words if w in known_scopes}
        group = known_group(" ".join(w for w in words if w not in scopes))
        if group is not None and (group != PEOPLE or {"people", "persons"} & set(words)):
            groups.add(group)
    if categories and Category.TROOPS in categories and groups <= {"soldiers"}:
        groups = set()  # "troops" names the category; their origin is any
    if not categories and not groups and not scopes:
        return _fuzzy(facts, q)
    hits = [
        f
        for f in facts
        if (not categories or f.category in categories)
        and (not groups or f.subject in groups or f.subject.split(" from ")[0] in groups)
        and (not scopes or (f.scope or "").lower() in scopes)
    ]
    # A bare "death toll" asks first for the general, unscoped count.
    hits.sort(key=lambda f: (f.subject != PEOPLE, f.scope is not None))
    return tuple(hits)


def _fuzzy(facts: Sequence[Fact], q: str) -> tuple[Fact, ...]:
    """Facts whose label or attributions resemble the query (names, outlets, agencies)."""
    if not facts or not q:
        return ()
    labels = [f.label for f in facts]
    hits = {
        i
        for _, score, i in process.extract(
            q, labels, scorer=fuzz.partial_ratio, score_cutoff=85, limit=None
        )
        if score
    }
    for i, f in enumerate(facts):
        if any(c.attribution and q in c.attribution.lower() for c in f.claims):
            hits.add(i)
    return tuple(facts[i] for i in sorted(hits))
