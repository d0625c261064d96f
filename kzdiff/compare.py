"""Verdicts and estimates: how the sources for one fact relate, and what to report.

Claims are compared as inclusive intervals [low, high] (None is open), in the order
of their as-of dates. Only asserted claims can be the current figure or cause a
conflict; negated, projected, retracted and disputed figures are shown beside them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz, process

from kzdiff.align.facts import ClaimGroup, align_claims, known_group
from kzdiff.lexicon.subjects import PEOPLE
from kzdiff.records import Claim, Estimate, Fact, Number, as_number
from kzdiff.vocab import Category, Qualifier, Status, Verdict

log = logging.getLogger(__name__)

# Who gave a figure: state bodies versus those who watch them. Checked in this
# order on the lower-cased attribution, so "state media" is official.
OFFICIAL_CUES: tuple[str, ...] = (
    "state media", "state television", "state tv", "state news", "state-run", "ministry",
    "ministries", "authorities", "authority", "government", "official", "police", "president",
    "prime minister", "minister", "spokesman", "spokeswoman", "spokesperson", "prosecutor",
    "governor", "mayor", "army", "military", "interior", "emergency", "commander", "akimat",
    "kremlin", "presidential", "department", "agency", "office", "national guard", "cabinet",
)  # fmt: skip
INDEPENDENT_CUES: tuple[str, ...] = (
    "rights", "watch", "amnesty", "media", "reports", "reporters", "journalist", "observer",
    "monitor", "activist", "witness", "ngo", "group", "press", "news", "outlet", "doctors",
    "hospital", "medics", "lawyer", "united nations", "u.n.", "un ", "opposition", "analyst",
    "researcher", "committee to protect", "sources close",
)  # fmt: skip

# Counts that only grow as an event goes on: a later, lower figure from another
# source contradicts rather than revises.
CUMULATIVE: frozenset[Category] = frozenset(
    {Category.KILLED, Category.INJURED, Category.DETAINED, Category.EVACUATED}
)

# "Consistent as bounds but far apart": the largest current figure is at least this
# many times the smallest.
FAR_APART_RATIO = 2.0
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
    "current figures are the asserted ones not replaced by a later incompatible figure; "
    "low: the largest lower bound they share (if they conflict, the smallest of them); "
    "best: the latest figure with a named attribution, exact figures before bounds and "
    "bounds before vague words; high: the largest of them"
)

_INF = float("inf")
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


def _lo(c: Claim) -> float:
    return float(c.low) if c.low is not None else 0.0


def _hi(c: Claim) -> float:
    return float(c.high) if c.high is not None else _INF


def _compatible(a: Claim, b: Claim) -> bool:
    return _lo(a) <= _hi(b) and _lo(b) <= _hi(a)


def _point(c: Claim) -> Number | None:
    """The figure a claim states: its value, else the bound it gives."""
    for v in (c.value, c.low, c.high):
        if v is not None:
            return as_number(v)
    return None


def _bottom(c: Claim) -> Number | None:
    """The smallest figure a claim allows as stated: "fewer than 100" allows 99."""
    if c.qualifier in (Qualifier.AT_MOST, Qualifier.FEWER_THAN) and c.high is not None:
        return as_number(c.high)
    return as_number(c.low) if c.low is not None else _point(c)


def _top(c: Claim) -> Number | None:
    """The largest figure a claim states: the top of a range or of "up to"."""
    if c.qualifier in (Qualifier.RANGE, Qualifier.AT_MOST, Qualifier.FEWER_THAN) and (
        c.high is not None
    ):
        return as_number(c.high)
    return _point(c)


def _num(x: Number | None) -> str:
    if x is None:
        return "?"
    x = as_number(x)
    return f"{x:,}" if isinstance(x, int) else f"{x:,.1f}"


def figure(c: Claim) -> str:
    """A claim's figure in words: "at least 18", "dozens", "44"."""
    q = c.qualifier
    if q is Qualifier.VAGUE:
        return c.text.strip("\"“”'")
    if q is Qualifier.RANGE:
        return f"{_num(c.low)}–{_num(c.high)}"
    words = {
        Qualifier.AT_LEAST: "at least ",
        Qualifier.MORE_THAN: "more than ",
        Qualifier.AT_MOST: "up to ",
        Qualifier.FEWER_THAN: "fewer than ",
        Qualifier.ABOUT: "about ",
    }
    shown = c.value if c.value is not None else _point(c)
    return f"{words.get(q, '')}{_num(shown)}"


def source_family(attribution: str | None) -> str | None:
    """A source's family: "official", "independent" or None (unattributed, unknown)."""
    if not attribution:
        return None
    a = f" {attribution.lower()} "
    if any(cue in a for cue in OFFICIAL_CUES):
        return "official"
    if any(cue in a for cue in INDEPENDENT_CUES):
        return "independent"
    return None


def _same_source(a: Claim, b: Claim) -> bool:
    if not a.attribution or not b.attribution:
        return False
    score = fuzz.token_set_ratio(a.attribution.lower(), b.attribution.lower())
    return score >= SAME_SOURCE_SCORE


def _cite(c: Claim) -> str:
    bits = [c.attribution or "unattributed", c.doc, c.as_of or "undated"]
    return f"{figure(c)} ({', '.join(bits)})"


def _cite_all(claims: Iterable[Claim]) -> str:
    return "; ".join(_cite(c) for c in claims)


# ---------------------------------------------------------------- timeline


def _by_date(c: Claim) -> tuple[object, ...]:
    return (c.as_of is None, c.as_of or "", c.doc, c.start, c.id)


def _timeline(
    category: Category, asserted: Sequence[Claim]
) -> tuple[list[tuple[Claim, Claim]], list[tuple[Claim, Claim]], set[str]]:
    """Conflicting pairs, revision pairs (earlier, later) and ids of replaced claims."""
    dated = sorted((c for c in asserted if c.as_of), key=_by_date)
    timeless = [c for c in asserted if not c.as_of]
    conflicts: list[tuple[Claim, Claim]] = []
    revisions: list[tuple[Claim, Claim]] = []
    replaced: set[str] = set()
    # Pairs within one fact: a fact holds a handful of claims, never the corpus.
    for i, a in enumerate(dated):
        for b in dated[i + 1 :]:
            if _compatible(a, b):
                continue
            if a.as_of == b.as_of:
                conflicts.append((a, b))
            elif _lo(b) > _hi(a) or category not in CUMULATIVE or _same_source(a, b):
                revisions.append((a, b))
                replaced.add(a.id)
            else:  # a later, lower count from someone else: not a correction
                conflicts.append((a, b))
    latest = [c for c in dated if c.id not in replaced]
    if dated:
        last = max(c.as_of or "" for c in latest) if latest else dated[-1].as_of
        latest_figures = [c for c in latest if c.as_of == last]
    else:
        latest_figures = []
    for t in timeless:
        if dated:
            if not any(_compatible(t, d) for d in dated):
                hull = (min(_lo(d) for d in dated), max(_hi(d) for d in dated))
                between = category in CUMULATIVE and hull[0] <= _lo(t) and _hi(t) <= hull[1]
                if not between:
                    rival = min(dated, key=lambda d: abs(_lo(d) - _lo(t)))
                    conflicts.append((rival, t))
                    continue
            if latest_figures and not all(_compatible(t, d) for d in latest_figures):
                replaced.add(t.id)  # it matches an earlier period's figure
    if not dated:
        for i, a in enumerate(timeless):
            conflicts.extend((a, b) for b in timeless[i + 1 :] if not _compatible(a, b))
    return conflicts, revisions, replaced


# ---------------------------------------------------------------- estimate


def _best_claim(current: Sequence[Claim]) -> Claim:
    return max(
        current,
        key=lambda c: (
            c.attribution is not None,
            _PRECISION[c.qualifier],
            c.as_of or "",
            "+" not in c.id,  # a stated figure before one derived from parts
            -c.start,
            c.id,
        ),
    )


def _estimate(current: Sequence[Claim], conflicting: bool) -> tuple[Estimate, Claim | None]:
    if not current:
        return Estimate(None, None, None, ESTIMATE_RULE), None
    bottoms = [b for c in current if (b := _bottom(c)) is not None]
    tops = [t for c in current if (t := _top(c)) is not None]
    lows = [c.low for c in current if c.low is not None]
    if conflicting:
        low: Number | None = min(bottoms) if bottoms else None
    else:
        low = max(lows) if lows else (min(bottoms) if bottoms else None)
    high: Number | None = max(tops) if tops else None
    if high is not None and low is not None and high < low:
        high = low
    best_claim = _best_claim(current)
    best = _point(best_claim)
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
    for c in claims:
        families.setdefault(source_family(c.attribution) or "unattributed", []).append(c)
    if len(families.keys() - {"unattributed"}) < 2:
        return None
    order = ("official", "independent", "unattributed")
    return "; ".join(
        f"{fam}: " + ", ".join(f"{figure(c)} ({c.attribution or c.doc})" for c in families[fam])
        for fam in order
        if fam in families
    )


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
    attributed = [c for c in asserted if c.attribution]
    docs = {c.doc for c in attributed}
    if len(docs) < 2 or len(attributed) < len(asserted):
        return None
    if all(_same_source(attributed[0], c) for c in attributed[1:]):
        return f"all {len(docs)} documents relay one source ({attributed[0].attribution})"
    return None


def _aside(shown: Sequence[Claim]) -> str | None:
    if not shown:
        return None
    return "not counted: " + "; ".join(f"{figure(c)} ({c.status}, {c.doc})" for c in shown)


# ---------------------------------------------------------------- judge


def judge(group: ClaimGroup) -> Fact:
    """The verdict, estimate, current figure and a note in words for one aligned fact."""
    claims = group.claims
    asserted = [c for c in claims if c.status is Status.ASSERTED]
    shown = [c for c in claims if c.status is not Status.ASSERTED]
    docs = {c.doc for c in claims}
    asserting_docs = {c.doc for c in asserted}
    notes: list[str] = []
    if len(asserting_docs) <= 1:
        verdict = Verdict.SINGLE
        conflicts: list[tuple[Claim, Claim]] = []
        revisions: list[tuple[Claim, Claim]] = []
        replaced: set[str] = set()
        if asserted:
            _, revisions, replaced = _timeline(group.category, asserted)
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
        conflicts, revisions, replaced = _timeline(group.category, asserted)
        if conflicts:
            verdict = Verdict.CONFLICT
            for a, b in conflicts:
                if a.as_of and a.as_of == b.as_of:
                    when = f"on {a.as_of}"
                elif a.as_of and b.as_of:
                    when = "(a later, lower count from another source)"
                else:
                    when = "(an undated figure fits no period)"
                notes.append(f"conflict {when}: {_cite(a)} vs {_cite(b)}")
        elif revisions:
            verdict = Verdict.REVISED
        elif len({(c.low, c.high) for c in asserted}) == 1:
            verdict = Verdict.AGREE
            notes.append(f"{len(asserting_docs)} sources agree on {figure(asserted[0])}")
        else:
            verdict = Verdict.CONSISTENT
            notes.append("consistent: every figure overlaps the others as an interval")
    current = [c for c in asserted if c.id not in replaced]
    estimate, best = _estimate(current, conflicting=bool(conflicts))
    if revisions:
        earlier = sorted((c for c in asserted if c.id in replaced), key=_by_date)
        later = best or max((b for _, b in revisions), key=_by_date)
        down = any(_lo(b) < _lo(a) for a, b in revisions)
        what = "revised down" if down else "revised"
        notes.insert(0, f"{what}: {_cite_all(earlier)} -> latest {_cite(later)}")
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
        latest=best.id if best is not None else None,
        note="; ".join(notes) if notes else None,
        why=group.why,
        parts=group.parts,
    )


def compare_claims(claims: Sequence[Claim]) -> tuple[Fact, ...]:
    """Align claims into facts and judge each: diverging facts first, ids f1, f2, ..."""
    facts = [judge(g) for g in align_claims(claims)]
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
QUERY_CATEGORIES: dict[str, Category] = {
    "death toll": Category.KILLED, "toll": Category.KILLED, "deaths": Category.KILLED,
    "death": Category.KILLED, "dead": Category.KILLED, "killed": Category.KILLED,
    "kill": Category.KILLED, "killings": Category.KILLED, "died": Category.KILLED,
    "die": Category.KILLED, "fatalities": Category.KILLED, "casualties": Category.KILLED,
    "victims": Category.KILLED, "lives": Category.KILLED,
    "injured": Category.INJURED, "injuries": Category.INJURED, "wounded": Category.INJURED,
    "hurt": Category.INJURED, "injury": Category.INJURED, "hospitalised": Category.INJURED,
    "hospitalized": Category.INJURED,
    "detained": Category.DETAINED, "detentions": Category.DETAINED,
    "detention": Category.DETAINED, "detainees": Category.DETAINED,
    "arrests": Category.DETAINED, "arrested": Category.DETAINED, "arrest": Category.DETAINED,
    "jailed": Category.DETAINED, "prisoners": Category.DETAINED,
    "missing": Category.MISSING, "disappeared": Category.MISSING,
    "displaced": Category.DISPLACED, "refugees": Category.DISPLACED,
    "fled": Category.DISPLACED,
    "evacuated": Category.EVACUATED, "evacuations": Category.EVACUATED,
    "evacuees": Category.EVACUATED,
    "troops": Category.TROOPS, "deployed": Category.TROOPS, "deployment": Category.TROOPS,
    "soldiers": Category.TROOPS, "paratroopers": Category.TROOPS,
    "participants": Category.PARTICIPANTS, "turnout": Category.PARTICIPANTS,
    "crowd": Category.PARTICIPANTS, "crowds": Category.PARTICIPANTS,
    "took part": Category.PARTICIPANTS, "protest size": Category.PARTICIPANTS,
}  # fmt: skip
QUERY_STOPWORDS: frozenset[str] = frozenset(
    """
    how many much were was are is the a an of in by did what number total toll count figure
    figures people's were there have has been got get who
    """.split()
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_QWORD = re.compile(r"[a-z][a-z'\-]*")
_QUERY_KEYS = sorted(QUERY_CATEGORIES, key=lambda k: -len(k))


def _query_number(query: str) -> float | None:
    m = _NUMBER.search(query)
    if m is None:
        return None
    return float(m.group().replace(",", ""))


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
