"""Dated events across documents: which sources date the same event, and whether the
dates agree.

Each date mention is keyed by the event its clause names (canonical terms from
``kzdiff.lexicon.dates.EVENT_TERMS``: "televised address" and "televised speech" are one)
and by the towns or regions named there (countries are too wide to tell two events
apart). A sentence without a date of its own that continues a dated one ("President
Tokaev on January 5 accepted the resignation ... But he also imposed a state of
emergency") inherits that date for the events it names. Extraction reads those events
(``DateMention.terms``, ``next_terms``, ``weekday``); grouping works on the records alone
and reads no article text.

Verdicts: ``agree`` when every source gives the same date (a month agrees with a day in
it), ``conflict`` when they differ, ``single`` when only one source dates the event. A
weekday that could not be resolved (no publication date) agrees with another source's
full date falling on that weekday, and the label says so; a photo caption's date is
marked (``caption``) so a reader sees where a divergent date comes from.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from kzdiff.lexicon.dates import GENERIC_EVENTS
from kzdiff.lexicon.names import ALIASES, COUNTRIES, NATIONALITIES
from kzdiff.records import DateMention, Document, EventGroup, EventMention, Extraction
from kzdiff.referents import ascii_lower
from kzdiff.vocab import EntityLabel, Verdict

log = logging.getLogger(__name__)

_ALIAS_KEY = {name: group[0] for group in ALIASES for name in group}
_WIDE = COUNTRIES | frozenset(NATIONALITIES.values())
_VERDICT_ORDER = {Verdict.CONFLICT: 0, Verdict.AGREE: 1, Verdict.SINGLE: 2}


# A tuple rather than a frozen dataclass: an archive of 10,000 articles makes some 70,000
# of these, and a tuple is built in a third of the time.
class _Mention(NamedTuple):
    doc: str
    term: str | None  # canonical event; None for a phrase outside the lexicon
    verb: str | None
    phrase: str
    places: frozenset[str]
    date: str | None
    text: str
    caption: bool
    weekday: int | None  # an unresolved "on Friday"
    inherited: bool


def _place_key(name: str) -> str:
    low = ascii_lower(name)
    return _ALIAS_KEY.get(low, low)


# An archive names the same few places in every article: each name is keyed once.
@lru_cache(maxsize=8192)
def _town_key(name: str) -> str | None:
    """The key of a town or region; None for a country, too wide to tell events apart."""
    key = _place_key(name)
    return None if key in _WIDE else key


_PLACE_LABELS = frozenset((EntityLabel.GPE, EntityLabel.LOC))


def _place_index(ex: Extraction) -> tuple[list[int], list[str]]:
    """Starts and keys of the document's towns and regions, sorted by start."""
    found = sorted(
        (e.start, key)
        for e in ex.entities
        if e.label in _PLACE_LABELS and (key := _town_key(e.canonical)) is not None
    )
    return [p for p, _ in found], [k for _, k in found]


# Most dated clauses name no town. One shared empty set spares the tens of thousands of
# mentions of an archive a set each, which the garbage collector would have to walk.
_NO_PLACES: frozenset[str] = frozenset()


def _places(index: tuple[list[int], list[str]], lo: int, hi: int) -> frozenset[str]:
    starts, keys = index
    a, b = bisect_left(starts, lo), bisect_left(starts, hi)
    return frozenset(keys[a:b]) if a < b else _NO_PLACES


def _mentions(ex: Extraction) -> list[_Mention]:
    if not ex.dates:
        return []
    dated = _dated_sentences(ex.dates)
    places = _place_index(ex)
    doc_id = ex.doc
    out: list[_Mention] = []
    for readings, after in dated:
        for dm in readings:
            phrase, terms, lo, hi = dm.event, dm.terms, dm.clause_start, dm.clause_end
            when, said, caption = dm.date, dm.text, dm.caption
            weekday = dm.weekday if when is None else None
            here = _places(places, lo, hi)
            # positional: doc, term, verb, phrase, places, date, text, caption, weekday,
            # inherited
            if terms:
                term, verb = terms[0]
                out.append(_Mention(doc_id, term, verb, phrase or term, here, when, said,
                                    caption, weekday, False))  # fmt: skip
            elif phrase:
                out.append(_Mention(doc_id, None, None, phrase, here, when, said, caption,
                                    weekday, False))  # fmt: skip
            if len(readings) > 1 or after is None:
                continue
            a_start, a_end = after
            follow = dm.next_terms
            if follow:
                nplaces = _places(places, a_start, a_end)
                for term, verb in follow:
                    out.append(_Mention(doc_id, term, verb, term, nplaces, when, said,
                                        caption, weekday, True))  # fmt: skip
    return out


# A dated sentence: its date mentions, in the order extracted, and the body span of the
# sentence after it in the same paragraph when that one has no date of its own.
_Dated = tuple[list[DateMention], tuple[int, int] | None]


def _dated_sentences(dates: Sequence[DateMention]) -> list[_Dated]:
    """Dated sentences in body order, by the sentence spans extraction kept. A mention
    built by hand without them (sentence_start -1) is a sentence of its own."""
    by_sentence: dict[int, list[DateMention]] = {}
    out: list[tuple[int, _Dated]] = []
    for dm in dates:
        if dm.sentence_start < 0:
            out.append((dm.start, ([dm], None)))
        else:
            by_sentence.setdefault(dm.sentence_start, []).append(dm)
    for s_start, dms in by_sentence.items():
        first = dms[0]  # every date of a sentence has the same next sentence
        after = None
        if first.next_start >= 0 and first.next_start not in by_sentence:
            after = (first.next_start, first.next_end)
        out.append((s_start, (dms, after)))
    out.sort(key=lambda t: t[0])
    return [d for _, d in out]


def _compatible(a: _Mention, b: _Mention) -> bool:
    if a.term != b.term:
        return False
    if a.places != b.places and not (a.places & b.places):
        return False
    if a.term is None:
        return fuzz.token_set_ratio(a.phrase, b.phrase) >= 90
    # "protests" needs the same verb; "state of emergency" only needs no contrary one
    return a.verb == b.verb or not (a.term in GENERIC_EVENTS or (a.verb and b.verb))


def _clusters(mentions: Sequence[_Mention]) -> list[list[_Mention]]:
    """Mentions in clusters: each joins the first cluster it is compatible with in full,
    or opens a new one.

    Whether two mentions are compatible depends only on their event, verb, phrase and
    places (their signature), and a cluster that refused a signature refuses it for good,
    since clusters only grow. So each signature resumes where it last stopped, among the
    clusters of its own event, and each pair of signatures is compared once.
    """
    clusters: list[list[_Mention]] = []
    cluster_sigs: list[list[int]] = []  # distinct signatures of each cluster, as they joined
    by_term: dict[str | None, list[int]] = defaultdict(list)
    sig_ids: dict[tuple, int] = {}
    reps: list[_Mention] = []  # the first mention of each signature
    resume: list[tuple[int, int]] = []  # per signature: (cluster in by_term, signatures passed)
    compatible: dict[tuple[int, int], bool] = {}
    for m in mentions:
        if m.term in GENERIC_EVENTS and m.verb is None and not m.places:
            continue  # "the protests" alone: too vague to date an event
        key = (m.term, m.verb, m.phrase if m.term is None else None, m.places)
        s = sig_ids.get(key)
        if s is None:
            s = sig_ids[key] = len(reps)
            reps.append(m)
            resume.append((0, 0))
        row = by_term[m.term]
        p, passed = resume[s]
        while p < len(row):
            sigs = cluster_sigs[row[p]]
            while passed < len(sigs):
                pair = (s, sigs[passed])
                ok = compatible.get(pair)
                if ok is None:
                    ok = compatible[pair] = _compatible(m, reps[sigs[passed]])
                if not ok:
                    break
                passed += 1
            if passed == len(sigs):
                c = row[p]
                clusters[c].append(m)
                if s not in sigs:
                    sigs.append(s)
                break
            p, passed = p + 1, 0
        else:
            row.append(len(clusters))
            clusters.append([m])
            cluster_sigs.append([s])
        resume[s] = (p, passed)
    return clusters


def _same_date(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


@lru_cache(maxsize=4096)
def _weekday_of(iso: str) -> int | None:
    if len(iso) != 10:
        return None
    return date.fromisoformat(iso).weekday()


def _judge(members: list[_Mention]) -> tuple[Verdict, list[str]]:
    notes: list[str] = []
    dated = [m for m in members if m.date]
    docs_dated = {m.doc for m in dated}
    agreeing_weekdays = {m.doc for m in members if m.weekday is not None} - docs_dated
    # every dated mention is from another document than these, whose dates are unresolved
    weekdays_only = [m for m in members if m.weekday is not None and m.doc not in docs_dated]
    on_weekday: dict[int | None, _Mention] = {}
    for d in dated if weekdays_only else ():
        on_weekday.setdefault(_weekday_of(d.date or ""), d)
    for m in weekdays_only:
        same_day = on_weekday.get(m.weekday)
        if same_day is not None:
            notes.append(f"{m.text.strip()} ({m.doc}) falls on {same_day.date}")
        else:
            agreeing_weekdays.discard(m.doc)
    if len(docs_dated | agreeing_weekdays) < 2:
        return Verdict.SINGLE, notes
    dates = sorted({m.date for m in dated if m.date})
    # dates agree pairwise when each is a prefix of the longest (a day within a month)
    longest = max(dates, key=len)
    if all(longest.startswith(x) for x in dates):
        return Verdict.AGREE, notes
    main = {m.date for m in dated if not m.caption}
    apart: dict[str, bool] = {}
    for m in dated:
        if m.caption and m.date:
            if m.date not in apart:
                apart[m.date] = not any(_same_date(m.date, d) for d in main if d)
            if apart[m.date]:
                notes.append(f"a photo caption ({m.doc}) gives {m.date}")
    return Verdict.CONFLICT, notes


def _label(members: list[_Mention]) -> str:
    first = members[0]
    label = first.term or first.phrase
    verbs = sorted({m.verb for m in members if m.verb})
    if verbs:
        label = f"{label} {verbs[0]}"
    places = sorted({p for m in members for p in m.places})
    if places:
        label = f"{label} in {', '.join(p.title() for p in places)}"
    return label


def _mention_order(m: _Mention) -> tuple[str, str]:
    return (m.date or "9999", m.doc)


def group_events(
    documents: Sequence[Document], extractions: Sequence[Extraction]
) -> tuple[EventGroup, ...]:
    """Dated events with the date each source gives and a verdict.

    Events dated by one source only are kept when the event is one kdiff knows by name
    (its lexicon of event words); free phrases appear only when several sources share them.
    """
    by_id = {d.id: d for d in documents}
    mentions: list[_Mention] = []
    for ex in extractions:
        doc = by_id.get(ex.doc)
        if doc is None:
            log.debug("no document %s for its extraction", ex.doc)
            continue
        mentions.extend(_mentions(ex))
    groups: list[tuple[tuple, EventGroup]] = []
    for c in _clusters(mentions):
        docs = {m.doc for m in c}
        if c[0].term is None and len(docs) < 2:
            continue
        if all(m.inherited for m in c):
            continue  # only ever dated by the sentence before: too weak on its own
        if all(m.date is None for m in c):
            continue  # nothing any source dates: no event date to show
        seen: set[tuple[str, str | None, bool]] = set()
        members: list[_Mention] = []
        for m in c:
            key = (m.doc, m.date, m.caption)
            if key not in seen:
                seen.add(key)
                members.append(m)
        verdict, notes = _judge(members)
        mentions_out = tuple(
            EventMention(m.doc, m.date, m.text, m.caption)
            for m in sorted(members, key=_mention_order)
        )
        group = EventGroup(
            label=_label(members),
            verdict=verdict,
            mentions=mentions_out,
            note="; ".join(notes) or None,
        )
        first = min((m.date for m in members if m.date), default="9999")
        groups.append(((_VERDICT_ORDER[verdict], -len(docs), first, group.label), group))
    groups.sort(key=lambda t: t[0])
    return tuple(g for _, g in groups)
