"""Date expressions in news text, normalised and tied to the event they date.

One compiled pattern finds every date expression of a block in one pass; the groups
it captures are enough to normalise all of them without dateparser. dateparser is
only a fallback of :func:`resolve_date` for strings other code found, behind a cache.

Resolution rules (written down because every reader of a timeline needs them):

- A date without a year takes the year of publication, or the year before or after
  when that puts it nearer the publication date ("December 30" in an article of
  2022-01-03 is 2021-12-30); never more than 45 days ahead of publication ("the January
  12 earthquake" in an article of October is the January before).
- A weekday ("on Friday") is the latest such day on or before the publication date:
  news reports what has happened, and "on Friday" in Friday's paper is that day.
  "last Friday" is strictly before it, "next Friday" strictly after.
- "last week" is the day a week before publication; "earlier this month" is the
  month of publication; "last month"/"last year" the month or year before.
- Without a publication date, relative expressions stay unresolved (date None,
  with a note). Dates that lack only a year borrow it from the full dates of the same
  text when there are some, and say so.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from kzdiff.lexicon.dates import (
    EVENT_TERMS,
    EVENT_VERBS,
    MONTHS,
    NAMED_AFTER_A_DATE,
    RELATIVE_DAYS,
    SHIFT_ADVERBS,
    SHIFT_AFTER_ADVERB,
    SHIFT_AFTER_UNIT,
    TIME_COUNT_WORDS,
    TIME_SHIFTS,
    TIME_UNITS,
    VAGUE_COUNTS,
    WEEKDAYS,
)
from kzdiff.lexicon.names import NOT_NAME_WORDS, TITLES
from kzdiff.records import DateMention, Document, Sentence
from kzdiff.vocab import BlockKind

log = logging.getLogger(__name__)

_MON = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?!\w)"
)  # an abbreviation's dot is part of it; a full name's is the sentence's
_FULL_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"[0-3]?\d"
_ORD = r"(?:st|nd|rd|th)?"
_PRE = (
    r"(?:(?P<pre{n}>(?i:(?:late|early|later|earlier)\s+on|(?:in\s+)?the\s+(?:early\s+hours"
    r"|morning|afternoon|evening|night)\s+of|as\s+of|by|since|until))\s+)?"
)
# Words after a year that show it is a count, not a date ("in 2000 homes").
_YEAR_OK_NEXT = (
    r"(?:and|or|to|when|after|before|as|the|that|he|she|they|it|we|was|were|is|at|in|on"
    r"|for|with|amid|during|but|while|which|a|an|its|his|her|their)"
)

_PATTERN = re.compile(
    "|".join(
        [
            # 2022-01-07
            rf"\b(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b",
            # 07/01/2022, 7.1.2022
            rf"\b(?P<n_a>{_DAY})[/.](?P<n_b>{_DAY})[/.](?P<n_y>{_YEAR})\b",
            # January 2022
            rf"\b{_PRE.format(n=1)}(?P<my_m>{_MON}),?\s+(?P<my_y>{_YEAR})\b",
            # (Friday,) 7 January (2022)
            rf"{_PRE.format(n=2)}\b(?:(?P<dm_w>{_WD}),?\s+)?(?P<dm_d>{_DAY}){_ORD}\s+(?:of\s+)?"
            rf"(?P<dm_m>{_MON})(?:,?\s+(?P<dm_y>{_YEAR})\b)?",
            # (Friday,) January 7(, 2022)
            rf"{_PRE.format(n=3)}\b(?:(?P<md_w>{_WD}),?\s+)?(?P<md_m>{_MON})\s+(?P<md_d>{_DAY}){_ORD}\b"
            rf"(?:,?\s+(?P<md_y>{_YEAR})\b)?",
            # on Friday (morning); not "Friday, January 7", which the branches above take
            rf"\b(?P<wd_pre>(?i:on|last|this|next|since|by|until|from|late\s+on|early\s+on))"
            rf"\s+(?P<wd>{_WD})(?:\s+(?P<wd_part>morning|afternoon|evening|night))?\b"
            rf"(?!,?\s+(?:{_DAY}\b|{_MON}))",
            # yesterday, last week, earlier this month, two days ago
            r"\b(?P<rel>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow"
            r"|last\s+(?:night|weekend|week|month|year)"
            r"|this\s+(?:week|month|year|morning|afternoon|evening)"
            r"|(?:earlier|later)\s+this\s+(?:week|month|year)"
            r"|(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?:days?|weeks?|months?|years?)\s+ago))\b",
            # in January (no day or year)
            # ("Last July, 69 prisoners were killed": a figure after the comma; not "in
            # July, 2022", a year, nor "in July 4", a day)
            rf"\b(?P<mo_pre>(?i:in|since|until|by|early|late|mid-?|last))\s*(?P<mo>{_FULL_MON})\b"
            rf"(?!\.?\s+\d)(?!\.?,\s*\d{{4}}\b)",
            # "In the July violence, 69 people were killed": a month that names an event
            # told as past
            rf"\b(?i:the)\s+(?P<mo_the>{_FULL_MON})(?=\s+[a-z])",
            # in 2019
            rf"\b(?P<y_pre>(?i:in|since|until|till|by|during|from|before|after|early|late"
            rf"|mid-?|throughout))\s+(?P<yr>{_YEAR})\b(?![-–/.,]?\d)"
            rf"(?!\s+(?!{_YEAR_OK_NEXT}\b)[a-z])",
        ]
    )
)

_EVENT_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in sorted(EVENT_TERMS, key=len, reverse=True)) + r")\b"
)
_VERB_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in sorted(EVENT_VERBS, key=len, reverse=True)) + r")\b"
)
_CLAUSE_MARK = re.compile(
    r"[,;:()\[\]“”\"–—©]|\.\s|\s-\s|\b(?:following|after|before|when|where|which|who|while|because"
    r"|that|although|though|whereas|amid|despite|but|and)\b",
    re.IGNORECASE,
)
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = NOT_NAME_WORDS | frozenset(
    """
    had has have was were is are be been being would will could should did do does can may
    might must shall also then than very just only much said says say day days week month
    year years ago late early later hours morning afternoon evening night late on
    """.split()
)
_AGO_UNITS = {"day": 1, "week": 7}


# ---------------------------------------------------------------- resolution


def weekday_on_or_before(day: date, weekday: int) -> date:
    """The last ``weekday`` (Monday is 0) on or before ``day``: "Monday" in an article of
    Wednesday the 8th is the 6th."""
    return day - timedelta(days=(day.weekday() - weekday) % 7)


# News tells of the past: a date without a year lies ahead of publication only when it is
# near ("the vote on January 5" in late December), never months ahead ("the January 12
# earthquake" in October is the one nine months before, not three months after).
_FUTURE_REACH = 45  # days


def _nearest_year(month: int, day: int | None, pub: date) -> int:
    best = pub.year
    best_gap: int | None = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        if (d - pub).days > _FUTURE_REACH:
            continue
        gap = abs((d - pub).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _parse_pub(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        log.debug("publication date %r is not YYYY-MM-DD", published)
        return None


_UNKNOWN = "unresolved: publication date unknown"


def _resolve(
    m: re.Match[str], pub: date | None, year_hint: int | None
) -> tuple[str | None, bool, str | None]:
    """(date, relative, note) for one match of ``_PATTERN``."""
    g = m.groupdict()
    if g["iso_y"]:
        return _fmt(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])), False, None
    if g["n_y"]:
        a, b, y = int(g["n_a"]), int(g["n_b"]), int(g["n_y"])
        if a > 12:
            return _fmt(y, b, a), False, None
        if b > 12 or a == b:
            return _fmt(y, a, b), False, None
        # 03/04/2022: day-month order is the wider convention outside the US
        return _fmt(y, b, a), False, "ambiguous day/month order; read as day/month"
    if g["my_m"]:
        return _fmt(int(g["my_y"]), MONTHS[g["my_m"].lower().rstrip(".")]), False, None
    for p in ("dm", "md"):
        if g[f"{p}_m"]:
            month = MONTHS[g[f"{p}_m"].lower().rstrip(".")]
            day = int(g[f"{p}_d"])
            if not 1 <= day <= 31:
                return None, False, "not a day of the month"
            if g[f"{p}_y"]:
                return _fmt(int(g[f"{p}_y"]), month, day), False, None
            if pub is not None:
                return _fmt(_nearest_year(month, day, pub), month, day), True, None
            if year_hint is not None:
                return _fmt(year_hint, month, day), False, "year taken from other dates in the text"
            return None, False, "unresolved: no year and publication date unknown"
    if g["wd"]:
        if pub is None:
            return None, True, _UNKNOWN
        want = WEEKDAYS[g["wd"].lower()]
        pre = " ".join(g["wd_pre"].lower().split())
        if pre == "next":
            fwd = (want - pub.weekday()) % 7 or 7
            return (pub + timedelta(days=fwd)).isoformat(), True, None
        on = weekday_on_or_before(pub, want)
        if pre == "last" and on == pub:
            on -= timedelta(days=7)
        return on.isoformat(), True, None
    if g["rel"]:
        return _resolve_relative(" ".join(g["rel"].lower().split()), pub)
    if g["mo_the"]:
        month = MONTHS[g["mo_the"].lower()]
        if pub is not None:  # told as past: this year's if it has begun, else last year's
            return _fmt(pub.year if month <= pub.month else pub.year - 1, month), True, None
        if year_hint is not None:
            return _fmt(year_hint, month), False, "year taken from other dates in the text"
        return None, False, "unresolved: no year and publication date unknown"
    if g["mo"]:
        month = MONTHS[g["mo"].lower()]
        if pub is not None and g["mo_pre"].lower() == "last":
            # "last March": the latest March before the month of publication
            return _fmt(pub.year if month < pub.month else pub.year - 1, month), True, None
        if pub is not None:
            return _fmt(_nearest_year(month, None, pub), month), True, None
        if year_hint is not None:
            return _fmt(year_hint, month), False, "year taken from other dates in the text"
        return None, False, "unresolved: no year and publication date unknown"
    if g["yr"]:
        return g["yr"], False, None
    return None, False, None


def _resolve_relative(rel: str, pub: date | None) -> tuple[str | None, bool, str | None]:
    if pub is None:
        return None, True, _UNKNOWN
    if rel in RELATIVE_DAYS:
        return (pub + timedelta(days=RELATIVE_DAYS[rel])).isoformat(), True, None
    if rel.endswith("ago"):
        n_word, unit = rel.split()[:2]
        n = int(n_word) if n_word.isdigit() else TIME_COUNT_WORDS[n_word]
        unit = unit.rstrip("s")
        if unit in _AGO_UNITS:
            return (pub - timedelta(days=n * _AGO_UNITS[unit])).isoformat(), True, "approximate"
        if unit == "month":
            y, m = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return _fmt(y, m + 1), True, None
        return _fmt(pub.year - n), True, None
    unit = rel.split()[-1]
    if rel.startswith("last"):
        if unit in ("week", "weekend"):
            if unit == "weekend":  # the Saturday before publication's week
                back = (pub.weekday() - 5) % 7 or 7
                return (pub - timedelta(days=back)).isoformat(), True, "approximate: last weekend"
            return (pub - timedelta(days=7)).isoformat(), True, "approximate: last week"
        if unit == "month":
            y, m = divmod(pub.year * 12 + pub.month - 2, 12)
            return _fmt(y, m + 1), True, None
        return _fmt(pub.year - 1), True, None
    # this / earlier this / later this
    if unit == "week":
        return pub.isoformat(), True, "approximate: this week"
    if unit == "month":
        return _fmt(pub.year, pub.month), True, None
    return _fmt(pub.year), True, None


def resolve_date(text: str, published: str | None) -> tuple[str | None, bool]:
    """Normalise one date expression already found in a text.

    Returns (``YYYY-MM-DD`` | ``YYYY-MM`` | ``YYYY`` | None, relative?), where relative
    means the publication date was needed. Common forms take a fast path; other strings
    go to dateparser (English, relative to the publication date), cached.
    """
    pub = _parse_pub(published)
    stripped = " ".join(text.split()).strip(" ,.;:")
    if not stripped:
        return None, False
    m = _PATTERN.fullmatch(stripped)
    if m is None:
        m = _PATTERN.search(stripped)
        if m is not None and len(m.group(0)) < len(stripped) - 12:
            m = None  # the string is mostly something else: let dateparser judge it
    if m is not None:
        value, relative, _ = _resolve(m, pub, None)
        return value, relative
    return _dateparser(stripped, published if pub else None)


@lru_cache(maxsize=4096)
def _dateparser(text: str, published: str | None) -> tuple[str | None, bool]:
    from dateparser.date import DateDataParser  # heavy: import only when needed

    base = datetime.fromisoformat(published) if published else datetime(2000, 1, 1)
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if published is None:
        settings["REQUIRE_PARTS"] = ["year"]  # no base to resolve "Friday" against
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None, False
    d = data.date_obj
    relative = published is not None and not re.search(r"\b(?:1[89]|20)\d\d\b", text)
    if data.period == "year":
        return f"{d.year:04d}", relative
    if data.period == "month":
        return f"{d.year:04d}-{d.month:02d}", relative
    return d.date().isoformat(), relative


# ---------------------------------------------------------------- events


_MARKS: list = [None, [], []]  # the last sentence's clause marks: (text, starts, ends)


def _mark_spans(text: str) -> tuple[list[int], list[int]]:
    # One scan per sentence, not one per date: a sentence of a thousand dates (a table
    # flattened into one line) made scanning from its start for every date quadratic.
    if _MARKS[0] is not text and _MARKS[0] != text:
        spans = [m.span() for m in _CLAUSE_MARK.finditer(text)]
        _MARKS[:] = [text, [a for a, _ in spans], [b for _, b in spans]]
    return _MARKS[1], _MARKS[2]


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around [start, end): between the nearest clause marks."""
    starts, ends = _mark_spans(text)
    i = bisect.bisect_right(ends, start) - 1
    left = ends[i] if i >= 0 else 0
    j = bisect.bisect_left(starts, end)
    right = starts[j] if j < len(starts) else len(text)
    return _within_reach(text, left, right, start, end)


_REACH = 300  # characters either side of a date that can name its event


def _within_reach(text: str, left: int, right: int, start: int, end: int) -> tuple[int, int]:
    """[left, right) cut to _REACH around the date, at spaces: a sentence without clause
    marks (a flattened table) is not read whole for every date in it."""
    if left < start - _REACH:
        cut = start - _REACH
        space = text.find(" ", cut, start)
        left = space + 1 if space >= 0 else cut
    if right > end + _REACH:
        cut = end + _REACH
        space = text.rfind(" ", end, cut)
        right = space if space >= 0 else cut
    return left, right


_FIRST_CONTENT: list = [None, 0]  # the last sentence and where its first content word ends


def _content_before(sentence: str, start: int) -> bool:
    """Whether a content word ends before ``start``; one scan per sentence, not per date."""
    if _FIRST_CONTENT[0] is not sentence and _FIRST_CONTENT[0] != sentence:
        end = next(
            (m.end() for m in _CONTENT_WORD.finditer(sentence) if m.group(0).lower() not in _STOP),
            len(sentence) + 1,
        )
        _FIRST_CONTENT[:] = [sentence, end]
    return _FIRST_CONTENT[1] <= start


def _has_content(text: str) -> bool:
    return any(w.lower() not in _STOP for w in _CONTENT_WORD.findall(text))


def event_terms(text: str, near: int = 0) -> list[tuple[str, str | None]]:
    """Canonical (event, verb) pairs named in ``text``, nearest to ``near`` first."""
    low = text.lower()
    verbs = [(m.start(), EVENT_VERBS[m.group(0)]) for m in _VERB_RE.finditer(low)]
    found: list[tuple[int, str, str | None]] = []
    for m in _EVENT_RE.finditer(low):
        verb = None
        best = 41  # a verb further than this belongs to another phrase
        for pos, v in verbs:
            gap = abs(pos - m.start())
            if gap < best:
                best, verb = gap, v
        found.append((abs(m.start() - near), EVENT_TERMS[m.group(0)], verb))
    found.sort(key=lambda t: t[0])
    out: list[tuple[str, str | None]] = []
    for _, term, verb in found:
        if (term, verb) not in out:
            out.append((term, verb))
    return out


_Terms = tuple[tuple[str, str | None], ...]


def event_phrase(sentence: str, start: int, end: int) -> tuple[str | None, int, int]:
    """The event a date at [start, end) of ``sentence`` dates, and the clause span used.

    A date that opens a sentence on its own ("On 5 January, clashes ensued") dates the
    clause after it.
    """
    phrase, left, right, _ = _event_reading(sentence, start, end)
    return phrase, left, right


def _event_reading(sentence: str, start: int, end: int) -> tuple[str | None, int, int, _Terms]:
    """``event_phrase`` and the known events the clause names, nearest the date first."""
    left, right = _clause(sentence, start, end)
    if not _has_content(sentence[left:start] + " " + sentence[end:right]):
        if not _content_before(sentence, start) and right < len(sentence):
            starts, _ = _mark_spans(sentence)
            j = bisect.bisect_left(starts, right + 1)
            left, right = right + 1, (starts[j] if j < len(starts) else len(sentence))
            start = end = left
            right = _within_reach(sentence, left, right, start, end)[1]
        else:  # a date at the end of a list of places ("in Almaty, Kazakhstan, January 5")
            left, right = _within_reach(sentence, 0, len(sentence), start, end)
    clause = sentence[left:right]
    terms = tuple(event_terms(clause, near=start - left))
    if terms:
        term, verb = terms[0]
        return (f"{term} {verb}" if verb else term), left, right, terms
    words = [
        (m.start() + left, m.group(0).lower().replace("’", "'"))
        for m in _CONTENT_WORD.finditer(clause)
        if m.group(0).lower() not in _STOP
        and m.group(0).lower() not in TITLES
        and not (left + m.start() >= start and left + m.end() <= end)
        and m.group(0).lower().rstrip(".") not in MONTHS
    ]
    if not words:
        return None, left, right, terms
    words.sort(key=lambda w: abs(w[0] - start))
    chosen = sorted(words[:3])
    return " ".join(w for _, w in chosen), left, right, terms


_SHIFT_OPENERS = tuple(cue + end for cue in TIME_SHIFTS for end in (" ", ","))


# A span of time counted from the dated sentence ("A week later", "Two days after the
# vote", "Months on", "Shortly afterwards"): it opens with a count, not one of the cue
# words of TIME_SHIFTS, so the cue comes a word or three in.
def _words(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_COUNTED_SHIFT = re.compile(
    rf"(?:(?:{_words(VAGUE_COUNTS)}|\d{{1,3}}|{_words(list(TIME_COUNT_WORDS))})\s+)?"
    rf"(?:{_words(TIME_UNITS)})\s+(?:{_words(SHIFT_AFTER_UNIT)})\b"
    rf"|(?:{_words(SHIFT_ADVERBS)})\s+(?:{_words(SHIFT_AFTER_ADVERB)})\b"
)


def _shifts_time(sentence: str) -> bool:
    low = sentence.lower()
    return low.startswith(_SHIFT_OPENERS) or _COUNTED_SHIFT.match(low) is not None


def continuation_terms(sentence: str) -> _Terms:
    """The known events a sentence after a dated one names, dated by it unless it moves
    on in time ("A week later, ...")."""
    if _shifts_time(sentence):
        return ()
    return tuple(event_terms(sentence))


def _weekday(text: str) -> int | None:
    """The weekday a date's text names ("on Friday": 4), else None."""
    for word in text.lower().split():
        if word in WEEKDAYS:
            return WEEKDAYS[word]
    return None


# ---------------------------------------------------------------- extraction


# The full pattern costs about 1.5 us per character; these cheap scans find the few places
# where a date can be (a digit, a month or weekday name, a relative word) and the full
# pattern then runs only on short windows around them.
_DIGITS = re.compile(r"\d+")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_ANCHOR_WORDS = frozenset(m.capitalize() for m in [*MONTHS, *WEEKDAYS] if len(m) >= 3)
_UNITS = ("night", "week", "month", "year", "morning", "afternoon", "evening")
# Relative words, and the words one must precede to make a date ("this week", not "this").
_RELATIVE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("yesterday", ()), ("today", ()), ("tonight", ()), ("tomorrow", ()), ("ago", ()),
    ("last", _UNITS), ("this", _UNITS),
)  # fmt: skip
_LEAD = 48  # longest prefix before an anchor: "in the early hours of" + weekday
_TRAIL = 24  # longest tail after one: ", 2022", " morning"


def _sentence_windows(
    body: str, sentences: Sequence[Sentence]
) -> list[tuple[int, tuple[int, int]]]:
    """Windows to search, each with the index of its sentence; the cheap anchor scans run
    once per paragraph rather than once per sentence."""
    out: list[tuple[int, tuple[int, int]]] = []
    i = 0
    while i < len(sentences):
        j = i
        while j + 1 < len(sentences) and sentences[j + 1].block == sentences[i].block:
            j += 1
        group = sentences[i : j + 1]
        lo, hi = group[0].start, group[-1].end
        starts = [s.start for s in group]
        for a, b in _windows(body, lo, hi):
            k = max(0, bisect.bisect_right(starts, a) - 1)
            while k < len(group) and group[k].start < b:  # clip to each sentence it spans
                s_lo, s_hi = max(a, group[k].start), min(b, group[k].end)
                if s_lo < s_hi:
                    out.append((i + k, (s_lo, s_hi)))
                k += 1
        i = j + 1
    return out


def _windows(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Merged spans of body[lo:hi] around every place a date expression may be."""
    # A day number only makes a date next to a month name (an anchor itself); what a
    # digit run anchors alone is a year (also inside 2022-01-07 and 7/1/2022).
    anchors = [
        (m.start(), m.end())
        for m in _DIGITS.finditer(body, lo, hi)
        if m.end() - m.start() == 4 and m.group(0)[:2] in ("18", "19", "20")
    ]
    anchors.extend(
        (m.start(), m.end())
        for m in _CAPITALISED.finditer(body, lo, hi)
        if m.group(0) in _ANCHOR_WORDS
    )
    low = body[lo:hi].lower()
    for word, nexts in _RELATIVE_WORDS:
        i = low.find(word)
        while i >= 0:
            j = i + len(word) + 1
            if not nexts or low.startswith(nexts, j):
                anchors.append((lo + i, lo + i + len(word)))
            i = low.find(word, i + len(word))
    if not anchors:
        return []
    anchors.sort()
    out: list[tuple[int, int]] = []
    for a, b in anchors:
        start = max(lo, a - _LEAD)
        while start > lo and not body[start - 1].isspace():  # never start inside a word
            start -= 1
        end = min(hi, b + _TRAIL)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    # A window must not end inside a word either, or "Jan" would match in "January".
    fixed = []
    for start, end in out:
        while end < hi and not body[end].isspace():
            end += 1
        fixed.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in fixed:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _explicit_year(m: re.Match[str]) -> int | None:
    for key in ("iso_y", "n_y", "my_y", "dm_y", "md_y"):
        if m.group(key):
            return int(m.group(key))
    return None


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")


def _a_bodys_name(body: str, m: re.Match[str]) -> bool:
    """'the November 17 Movement (N17) rebels': a date that names a body, not a day."""
    if not any(ch.isdigit() for ch in m.group(0)):
        return False  # "On Tuesday Coalition forces said": a day
    nxt = _NEXT_WORD.match(body, m.end(), m.end() + _NAME_WORD_REACH)
    return nxt is not None and nxt.group(1).lower() in NAMED_AFTER_A_DATE


_NAME_WORD_REACH = 16  # characters: a space and one capitalised word


def extract_dates(doc: Document, sentences: Sequence[Sentence]) -> tuple[DateMention, ...]:
    """Every date expression in the document's sentences, resolved and with its event."""
    pub = _parse_pub(doc.published)
    body = doc.body
    found: list[tuple[re.Match[str], int]] = []
    for k, (lo, hi) in _sentence_windows(body, sentences):
        found.extend((m, k) for m in _PATTERN.finditer(body, lo, hi) if not _a_bodys_name(body, m))
    year_hint = None
    if pub is None:
        years = Counter(y for m, _ in found if (y := _explicit_year(m)) is not None)
        if years:
            year_hint = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
    out: list[DateMention] = []
    last = len(sentences) - 1
    follows: dict[int, _Terms] = {}  # the next sentence's events, read once per sentence
    for m, k in found:
        sent = sentences[k]
        value, relative, note = _resolve(m, pub, year_hint)
        at = sent.start
        event, left, right, terms = _event_reading(sent.text, m.start() - at, m.end() - at)
        caption = doc.blocks[sent.block].kind is BlockKind.CAPTION
        # the next sentence counts only inside the paragraph: a new one starts afresh
        nxt = sentences[k + 1] if k < last and sentences[k + 1].block == sent.block else None
        next_terms: _Terms = ()
        if nxt is not None:
            if k + 1 not in follows:
                follows[k + 1] = continuation_terms(nxt.text)
            next_terms = follows[k + 1]
        out.append(
            DateMention(
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                date=value,
                event=event,
                caption=caption,
                relative=relative,
                note=note,
                sentence_start=at,
                sentence_end=sent.end,
                next_start=nxt.start if nxt is not None else -1,
                next_end=nxt.end if nxt is not None else -1,
                clause_start=at + left,
                clause_end=at + right,
                terms=terms,
                next_terms=next_terms,
                weekday=_weekday(m.group(0)),
            )
        )
    return tuple(out)


def read_date_events(doc: Document, dates: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """Date mentions built by hand (tests, other tools), completed with what
    ``extract_dates`` reads around each: its sentence and the next one in its paragraph,
    the clause naming its event, that event, the events named there and its weekday.

    A mention outside every sentence (page furniture) is returned as it is.
    """
    from kzdiff.extract.sentences import split_sentences

    sentences = split_sentences(doc)
    starts = [s.start for s in sentences]
    last = len(sentences) - 1
    out: list[DateMention] = []
    for dm in dates:
        k = bisect.bisect_right(starts, dm.start) - 1
        if k < 0 or dm.start >= sentences[k].end:
            out.append(dm)
            continue
        sent = sentences[k]
        at = sent.start
        event, left, right, terms = _event_reading(sent.text, dm.start - at, dm.end - at)
        nxt = sentences[k + 1] if k < last and sentences[k + 1].block == sent.block else None
        out.append(replace(
            dm, event=event, sentence_start=at, sentence_end=sent.end,
            next_start=nxt.start if nxt is not None else -1,
            next_end=nxt.end if nxt is not None else -1,
            clause_start=at + left, clause_end=at + right, terms=terms,
            next_terms=continuation_terms(nxt.text) if nxt is not None else (),
            weekday=_weekday(dm.text),
        ))  # fmt: skip
    return tuple(out)
