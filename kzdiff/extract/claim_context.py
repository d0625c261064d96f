"""What the rest of a document says about a figure: its status, its date, its
speaker's name, and whether it belongs to another story.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from itertools import accumulate, pairwise
from typing import Protocol, TypeVar

from kzdiff.extract.clause import Found
from kzdiff.extract.tokens import Token, contains_phrase
from kzdiff.lexicon.attribution import (
    ANAPHORIC_DAY,
    CONTINUATION_OPENERS,
    DENIAL_CUES,
    DISPUTE_CUES,
    INDEFINITE_TIME_CUES,
    NEGATION_WORDS,
    PERIOD_OPENERS,
    PROJECTION_CUES,
    RETRACTION_CUES,
    SPEECH_VERBS,
)
from kzdiff.records import DateMention, Document, Entity, Quantity, Quote, Sentence
from kzdiff.vocab import EntityLabel, Kind, Status

log = logging.getLogger(__name__)

_ANAPHORIC_PHRASES = tuple(ANAPHORIC_DAY)
_NUMBER_NAMERS = frozenset({"number", "no", "flight", "train", "bus", "route", "model", "room",
                            "line", "unit", "platform", "highway"})
_AS_OF_REACH = 60  # characters after a figure where a date still dates it
_PERSON = frozenset({EntityLabel.PERSON})
_BODIES = frozenset({EntityLabel.ORG})
def status_of(tokens: Sequence[Token], f: Found, low_sentence: str, low_next: str) -> Status:
    if contains_phrase(low_sentence, RETRACTION_CUES) or (
        low_next and contains_phrase(low_next, RETRACTION_CUES)
    ):
        return Status.RETRACTED
    before = " ".join(t.low for t in tokens[: f.qi])
    if contains_phrase(before, DENIAL_CUES):
        return Status.RETRACTED
    lo, hi = f.qj, f.cue_index if f.cue_index is not None and f.cue_index > f.qi else f.qj
    between = {t.low for t in tokens[lo:hi]}
    if between & NEGATION_WORDS or any(t.low.endswith("n't") for t in tokens[lo:hi]):
        return Status.NEGATED
    if f.cue_index is not None and f.cue_index < f.qi and f.cue_index > 0 and (
        tokens[f.cue_index - 1].low in NEGATION_WORDS
    ):
        return Status.NEGATED
    if contains_phrase(low_sentence, DISPUTE_CUES) or (
        low_next and contains_phrase(low_next, DISPUTE_CUES)
    ):
        return Status.DISPUTED
    start = tokens[max(0, f.qi - 6)].start
    end = tokens[hi].end if hi < len(tokens) else tokens[-1].end
    near = " ".join(t.low for t in tokens if start <= t.start < end)
    if contains_phrase(near, PROJECTION_CUES):
        return Status.PROJECTED
    return Status.ASSERTED


def _day(iso: str | None) -> str | None:
    return iso if iso is not None and len(iso) == 10 else None


def _reference_year(doc: Document, dates: Sequence[DateMention]) -> int | None:
    if doc.published:
        return int(doc.published[:4])
    years = [int(d.date[:4]) for d in dates if d.date and len(d.date) == 10]
    return max(set(years), key=years.count) if years else None


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


class _FirstContaining:
    """Which of a list of spans is the first, in list order, to contain a range.

    Every claim asks this of the quotes and the sentences: a scan of them all per
    claim made extraction grow with the square of a long document. For spans sorted
    by start, the first container is found by two bisections: among the spans that
    start at or before the range, the first whose end reaches it, through the running
    maximum of their ends. Spans in any other order are scanned, as before.
    """

    def __init__(self, spans: Sequence[_Span]) -> None:
        self.spans = spans
        self.starts = [x.start for x in spans]
        self.in_order = all(a <= b for a, b in pairwise(self.starts))
        self.reach = list(accumulate((x.end for x in spans), max))

    def index(self, lo: int, hi: int) -> int | None:
        """The first k with ``spans[k].start <= lo`` and ``hi <= spans[k].end``."""
        if not self.in_order:
            return next((k for k, x in enumerate(self.spans) if x.start <= lo and hi <= x.end),
                        None)
        starting = bisect_right(self.starts, lo)
        k = bisect_left(self.reach, hi, 0, starting)
        return k if k < starting else None


def _starts(spans: Sequence[_Span]) -> list[int]:
    return [x.start for x in spans]


def _starting_within(spans: Sequence[S], starts: list[int], lo: int, hi: int) -> Sequence[S]:
    """The spans (sorted by start) that start in [lo, hi), in order."""
    return spans[bisect_left(starts, lo) : bisect_left(starts, hi)]


class DocContext:
    """Per-document state the claim decisions read: dates, quotes, names.

    Each look-up a claim makes (the dates and years in its sentence, the quote around
    it, the last person named before it) is a bisection over records sorted by start,
    not a scan: 49 MB of ordinary text took 9 minutes that way.
    """

    def __init__(
        self,
        doc: Document,
        sentences: Sequence[Sentence],
        dates: Sequence[DateMention],
        quotes: Sequence[Quote],
        entities: Sequence[Entity],
        quantities: Sequence[Quantity] = (),
    ) -> None:
        self.doc = doc
        self.sentences = sentences
        self.dates = sorted(dates, key=lambda d: d.start)
        self.quotes = [q for q in quotes if not q.scare]
        self.ref_year = _reference_year(doc, dates)
        self.canon_map = {e.text: e.canonical for e in entities}
        self.entities = sorted(entities, key=lambda e: e.start)
        self.years = sorted((q for q in quantities if q.kind is Kind.YEAR), key=lambda q: q.start)
        self._date_starts = _starts(self.dates)
        self._days = [d for d in self.dates if _day(d.date)]
        self._day_starts = _starts(self._days)
        self._year_starts = _starts(self.years)
        self._quote_index = _FirstContaining(self.quotes)
        self._sentence_index = _FirstContaining(sentences)
        self._named = {wanted: [e for e in self.entities if e.label in wanted]
                       for wanted in (_PERSON, _BODIES)}
        self._named_starts = {wanted: _starts(named) for wanted, named in self._named.items()}

    def canon(self, text: str) -> str:
        return self.canon_map.get(text, text)

    def resolver(self, previous: str | None) -> Callable[[str, int], str | None]:
        """Who 'he'/'she' (the last person named) or 'it'/'its' is: the source of the
        statement before, else the last body named before the pronoun."""

        def resolve(pronoun: str, at: int) -> str | None:
            person = pronoun in ("he", "she", "his", "her")
            if not person and pronoun in ("it", "they") and previous:
                return previous
            wanted = _PERSON if person else _BODIES
            before = bisect_left(self._named_starts[wanted], at)  # those starting before
            return self._named[wanted][before - 1].canonical if before else None

        return resolve

    def quote_around(self, start: int, end: int) -> Quote | None:
        k = self._quote_index.index(start, end)
        return self.quotes[k] if k is not None else None

    def sentence_at(self, offset: int) -> int | None:
        return self._sentence_index.index(offset, offset)

    def _dates_in(self, s: Sentence) -> Sequence[DateMention]:
        return _starting_within(self.dates, self._date_starts, s.start, s.end)

    def _last_day_before(self, offset: int) -> DateMention | None:
        """The last full date (in start order) that ends at or before ``offset``."""
        k = bisect_right(self._day_starts, offset) - 1
        # only a date that starts before ``offset`` and runs past it is stepped over
        while k >= 0 and self._days[k].end > offset:
            k -= 1
        return self._days[k] if k >= 0 else None

    def as_of(self, s: Sentence, low_text: str, q_start: int) -> str | None:
        if contains_phrase(low_text, INDEFINITE_TIME_CUES):
            return None
        in_sentence = [d for d in self._dates_in(s) if _day(d.date)]
        usable = [d for d in in_sentence if not _opens_period(self.doc.body, d.start)]
        body = self.doc.body
        after = [
            d for d in usable
            if q_start < d.start <= q_start + _AS_OF_REACH
            and not any(ch in body[q_start : d.start] for ch in ",;:")
        ]
        if after:  # "killed at least 43 people on Sunday"
            return after[0].date
        before = [d for d in usable if d.start < q_start]
        if before:
            return before[0].date
        if usable:
            return usable[0].date
        phrase = contains_phrase(low_text, _ANAPHORIC_PHRASES)
        if phrase is not None:
            earlier = self._last_day_before(s.start)
            if earlier is not None and earlier.date:
                day = date.fromisoformat(earlier.date) + timedelta(days=ANAPHORIC_DAY[phrase])
                return day.isoformat()
        return self.doc.published

    def is_background(self, s: Sentence) -> bool:
        """A figure in a sentence dated to another year belongs to another story."""
        if self.ref_year is None:
            return False
        for d in self._dates_in(s):
            if d.date and int(d.date[:4]) != self.ref_year:
                return True
        return any(
            y.value is not None and y.value != self.ref_year
            and not _names_a_thing(self.doc.body, y.start)
            for y in _starting_within(self.years, self._year_starts, s.start, s.end)
        )


def _opens_period(body: str, start: int) -> bool:
    """'since Monday', 'from 5 January': the start of a period, not the figure's date."""
    before = body[max(0, start - 12) : start].lower().split()
    first = body[start : start + 12].lower().split()[:1]
    return (bool(before) and before[-1] in PERIOD_OPENERS) or (bool(first) and (
        first[0] in PERIOD_OPENERS
    ))


def _names_a_thing(body: str, start: int) -> bool:
    """'train number 2011', 'flight 1984': a number that looks like a year but is a name."""
    before = body[max(0, start - 10) : start].lower().split()
    return bool(before) and before[-1].rstrip(".") in _NUMBER_NAMERS


def continues(low_text: str) -> bool:
    """Whether a sentence carries on the previous one's statement."""
    if low_text.startswith(CONTINUATION_OPENERS):
        return True
    words = low_text.split()[:3]
    return len(words) >= 2 and words[0] in ("it", "he", "she", "they") and (
        words[1] in SPEECH_VERBS or words[1] in ("also", "later")
    )

