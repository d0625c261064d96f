"""Every number in running text, with its bounds and what kind of number it is.

One compiled scan proposes candidates (digits, number words, vague magnitudes,
fractions, ordinals, dates, clock times, phone numbers); each candidate is then
read with anchored matches and short look-behind windows around it: a currency
before, a scale and unit after, a bound phrase ("at least", "or more"), a second
number making a range. Only counts (kind ``count``) can become count claims, so
the hard part is giving years, dates, ages, ranks, money, model names and the
pronoun "one" their own kind (or nothing) instead.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from kzdiff.extract.numbers import (
    WordNumber,
    read_digits,
    read_scale,
    read_word_numbers,
)
from kzdiff.extract.tokens import phrase_pattern as _alt
from kzdiff.lexicon.categories import BRINGING_UP_VERBS, EVENT_CUES, TOLL_VERBS, UP_TO_LEVEL_VERBS
from kzdiff.lexicon.dates import MONTHS, WEEKDAYS
from kzdiff.lexicon.grammar import FUNCTION_WORDS, NEW_CLAUSE_WORDS
from kzdiff.lexicon.names import KNOWN_PLACES, PLACE_NAME_WORDS
from kzdiff.lexicon.numbers import (
    ABOUT_SPREAD,
    AGE_SUFFIXES,
    ATTACHED_UNITS,
    BASE_FORM_BOUNDS,
    BOUNDS_AFTER,
    BOUNDS_BEFORE,
    CHANGE_WORDS,
    COUNTED_NOUNS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DURATION_UNITS,
    EMERGENCY_NUMBERS,
    EMERGENCY_SERVICE_NOUNS,
    FRACTION_WORDS,
    HEADLINE_PARTICIPLES,
    IDENTIFIER_CUES,
    IDENTIFIER_DIGITS,
    MEASURE_UNITS,
    MODAL_BEFORE_BOUND,
    MULTIPLIER_FOLLOWERS,
    OLDEST_AGE,
    ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE,
    ORDINAL_WORDS,
    PERCENT_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SCORES_AFTER_VERBS,
    SCORES_NOUN_BEFORE,
    SCORES_PARTICIPLES,
    TENS_WORDS,
    THING_COMPOUNDS,
    TIME_ZONES,
    UNIT_WORDS,
    UNITS_BEFORE,
    VAGUE_MAGNITUDES,
    YEAR_CUES,
)
from kzdiff.lexicon.speech import QUOTE_VERBS
from kzdiff.number_style import detect_decimal_comma
from kzdiff.records import Quantity, as_number
from kzdiff.vocab import Kind, Qualifier

__all__ = ["detect_decimal_comma", "extract_quantities"]


# ---------------------------------------------------------------- the scan

_NUMBER_WORD = _alt([*UNIT_WORDS, *TENS_WORDS, *SCALE_WORDS, "dozen", "half"])
# "a" and "half" count only when a scale follows ("a hundred", "half a million").
_WORD_ATOM = (
    rf"(?:(?:{_NUMBER_WORD})(?![a-z])"
    r"|a(?=[\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\b))"
)
_WORD_RUN = rf"(?<![\w-]){_WORD_ATOM}(?:[\s-]+(?:and[\s-]+)?{_WORD_ATOM})*"

_FRACTION = (
    rf"(?<![\w-])(?:a|one|{_alt([w for w in UNIT_WORDS if w not in ('zero', 'one')])})[\s-]+"
    rf"(?:{_alt(FRACTION_WORDS)})(?![a-z])(?!\s+(?:a\s+)?(?:million|billion|thousand|dozen)\b)"
    r"|(?<![\w-])half(?=\s+(?:of|the|its|their|his|her|all)\b)"
)
# "a quarter of a million", "three quarters of a million": a count, not a share
_FRACTION_OF_SCALE = (
    rf"(?<![\w-])(?:a|one|two|three)[\s-]+(?:{_alt(FRACTION_WORDS)})[\s-]+of[\s-]+a[\s-]+"
    r"(?:million|billion)(?![a-z])"
)
_SMALL = _alt([w for w in UNIT_WORDS if w != "zero"])
# "3 out of 5", "one in three", "1 in 10"; "scored 3 in 10 games" is not a proportion,
# so "in" takes only "one" or "1" before it. A proportion's whole is round: "16 out of 98
# injured" are two counts, a part and its whole.
_OUT_OF = (
    rf"(?<![\w-])(?:(?:(?:{_SMALL}|\d{{1,3}})\s+out\s+of)\s+"
    rf"(?:{_SMALL}|a\s+hundred|a\s+thousand|(?:[2-9]|10|20|25|50|100|1,?000)(?![\d,.]\d))"
    rf"|(?:one|1)\s+in\s+(?:{_SMALL}|a\s+hundred|a\s+thousand|\d{{1,3}}(?:,\d{{3}})?(?![\d,.]\d)))"
    r"(?![\w-]|\s+(?:hundred|thousand|million))"
)
_FOLD = rf"(?<![\w-])(?:{_alt([*UNIT_WORDS, *TENS_WORDS])})-?fold(?![a-z])"
_ORDINAL_WORD = rf"(?<![\w-])(?:(?:{_alt(TENS_WORDS)})[\s-])?(?:{_alt(ORDINAL_WORDS)})(?![a-z])"
_VAGUE = (
    rf"(?<![\w-])(?:{_alt(k for k in VAGUE_MAGNITUDES if k != 'scores')}"
    # "scores of people", "and scores injured": a count only before "of" or a casualty,
    # or after a verb of one ("kills 41, injures scores")
    rf"|scores(?=\s+(?:of|{_alt(SCORES_PARTICIPLES)})\b)"
    rf"|(?:{'|'.join(f'(?<={v} )' for v in SCORES_AFTER_VERBS)})scores(?![\w-]))"
    r"(?![a-z])"
)

# Candidates: a digit run, a leading-dot decimal, a phone opener, or a word that can open
# a number, fraction, ordinal or vague magnitude. Each is then read by the anchored
# patterns below, tried in order, so the scan itself stays one cheap pass.
_OPENERS = [
    *UNIT_WORDS, *TENS_WORDS, *ORDINAL_WORDS, "half", "several", "dozens", "scores",
    "hundreds", "thousands", "millions", "billions", "tens", "many",
]  # fmt: skip
# the letters a number word may start with: a look-ahead on them lets the scan pass over
# most word starts at once (the scan's time over the sample fell by a fifth, measured)
_OPENER_LETTERS = "".join(sorted({w[0].lower() for w in _OPENERS} | {"a"}))
_SCAN = re.compile(
    r"(?P<d>\d+)|(?P<dot>\.(?<![\w.,]\.)(?=\d))|(?P<p>[+(](?=\d))"
    rf"|\b(?=[{_OPENER_LETTERS}])(?P<w>{_alt(_OPENERS)}(?:-?fold)?|a(?=[\s-]+(?:hundred|thousand|million|billion|trillion|dozen"
    r"|few|handful|couple|third|quarter|fifth|tenth)\b))(?![a-z])",
    re.IGNORECASE,
)
_DIGIT_FORMS = [
    (
        "phone",
        re.compile(
            r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?!\d)"
            r"|(?<!\d)\(\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\d)"
            r"|(?<![\d-])\d{3}[-.]\d{3}[-.]\d{4}(?![\d-])"
            # groups of two to four digits, four to six of them, one not of three (not a
            # number's thousands set off by spaces, "12 500 000 000"): "1800 655 47 47",
            # "0027 11 978 40 40"
            r"|(?<![\d.,])\d{2,4}(?=(?: \d{2,4}){0,4} (?:\d{2}|\d{4})(?!\d|[.,]\d))"
            r"(?: \d{2,4}){3,5}(?!\d|[.,]\d)"
        ),
    ),
    (
        "date",
        re.compile(
            r"(?<![\d.,/-])(?:\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+Z?)?"
            r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])"
        ),
    ),
    (
        "time",
        re.compile(
            r"(?<![\d.,])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
            r"(?:\s?(?:[ap]\.m\.|[ap]m(?![a-z])))?"
            r"|\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m(?![a-z])|o'clock))",
            re.IGNORECASE,
        ),
    ),
    ("dfrac", re.compile(r"(?<![\d/.,])\d{1,3}\s?[/⁄]\s?\d{1,3}(?![\d/]|[.,]\d)")),
    ("outof", re.compile(_OUT_OF, re.IGNORECASE)),
]
_WORD_FORMS = [
    ("fold", re.compile(_FOLD, re.IGNORECASE)),
    ("vague", re.compile(_VAGUE, re.IGNORECASE)),
    ("fracscale", re.compile(_FRACTION_OF_SCALE, re.IGNORECASE)),
    ("frac", re.compile(_FRACTION, re.IGNORECASE)),
    ("outof", re.compile(_OUT_OF, re.IGNORECASE)),
    ("ord", re.compile(_ORDINAL_WORD, re.IGNORECASE)),  # before "words": "twenty-first"
    ("words", re.compile(_WORD_RUN, re.IGNORECASE)),
]
_WORD_RUN_RE = re.compile(_WORD_RUN, re.IGNORECASE)

# ---------------------------------------------------------------- look-around

_LONGEST_WORD_NUMBER = 160  # "seven hundred and seventy-seven thousand ..." fits
_WINDOW = 32  # characters looked at before a number for a bound or currency

# The "_BACK" patterns read the text before a number backwards (see _Context._back), so
# each is one anchored match instead of a search over the window.
_WORD_BOUNDS = [k for k in BOUNDS_BEFORE if k not in ("~", "≈", "sub")]
_BOUND_WORD_BACK = rf"(?P<b>{_alt(_WORD_BOUNDS, reverse=True)})(?!\w)"
_BOUND_SIGN_BACK = r"|\s?(?P<sym>[~≈])|-(?P<sub>bus)(?!\w)"
# (a bound in quotes is the source's own hedge: 'has risen to "at least" 146')
_BOUND_BACK = re.compile(rf"[\s\u00a0]+[\"“”]?{_BOUND_WORD_BACK}{_BOUND_SIGN_BACK}", re.IGNORECASE)
# Relay damage drops the space between a bound and a grouped figure: "more than1,500
# soldiers" is more than 1,500, not the code "than1" and a 500.
_GLUED_BOUND_BACK = re.compile(_BOUND_WORD_BACK + _BOUND_SIGN_BACK, re.IGNORECASE)
# the text before a counter's second figure: "1 of / 1", "3 / 12"
_COUNTER_HALF = re.compile(r"(?:\d|\bof) ?/ ?\Z")
_BOUND_AFTER = re.compile(
    rf"(?:[\s\u00a0]+|-)(?P<b>{_alt(k for k in BOUNDS_AFTER if k != '+')})(?![a-z])"
    r"|(?P<plus>\+)(?![\d])",
    re.IGNORECASE,
)
# the noun of a round figure a toll passes: "crossed the 200 mark"
_MARK_AFTER = re.compile(r"[\s\u00a0]+(?:mark|milestone|threshold|barrier)(?!\w)", re.IGNORECASE)
_CURRENCY_BACK = re.compile(
    rf"[-−]?[\s\u00a0]?(?P<c>{_alt(CURRENCY_PREFIXES, reverse=True)})(?![\w$])", re.IGNORECASE
)
_SIGN_BACK = re.compile(r"(?P<s>-|−|[\s-]sunim)(?![^\s(,])", re.IGNORECASE)

_UNIT_TABLE: dict[str, tuple[Kind, str]] = {}
for _w, _u in MEASURE_UNITS.items():
    _UNIT_TABLE[_w] = (Kind.MEASURE, _u)
for _w, _u in DURATION_UNITS.items():
    _UNIT_TABLE[_w] = (Kind.DURATION, _u)
for _w, _u in CURRENCY_WORDS.items():
    _UNIT_TABLE[_w] = (Kind.MONEY, _u)
for _w, _u in PERCENT_WORDS.items():
    _UNIT_TABLE[_w] = (Kind.PERCENT, _u)
# A nationality may stand between a figure and its currency: "70 billion Pakistani rupees".
_UNIT_AFTER = re.compile(
    rf"(?P<sp>[\s\u00a0]?|-)(?:(?-i:[A-Z][a-z]+)[\s\u00a0](?=(?:{_alt(CURRENCY_WORDS)})"
    rf"(?![a-z])))?(?P<u>{_alt(_UNIT_TABLE)})(?![a-z0-9²])",
    re.IGNORECASE,
)
_COMPOUND_AFTER = re.compile(r"-(?P<w>[A-Za-z]+)(?![-\w])")
_ATTACHED_AFTER = re.compile(rf"(?P<u>{_alt(ATTACHED_UNITS)})(?![a-z0-9])", re.IGNORECASE)
_AGE_ALT = _alt(AGE_SUFFIXES).replace(r"\-", r"[-\s]").replace(r"\s+", r"[-\s]")
_AGE_AFTER = re.compile(rf"[\s-]?(?P<a>{_AGE_ALT})(?![a-z])", re.IGNORECASE)
# read backwards: "aged 35", and each later age of a list, "aged 12, 14 and 15"
_AGE_BACK = re.compile(
    r"\s+(?:(?:dna|ro|,)\s*(?:\d{1,3}\s*,\s*){0,3}\d{1,3}\s+)?(?:dega|fo\s+ega|sega)(?!\w)",
    re.IGNORECASE,
)

# a participle that ends its clause: "21 arrested in inquiry", "12 killed." (not "39 hurt
# six workers": a verb with its object)
_CLAUSE_AFTER_PARTICIPLE = re.compile(
    r"\s+[a-z]+(?:\s*$|\s*[.,;:]|\s+(?:in|at|on|over|after|as|near|during|amid|for)\b)"
)
# one person "of" an age: "a boy of 13", "a woman of 82"
_OF_AN_AGE = re.compile(
    r"\b(?:a|an)\s+(?:boy|girl|man|woman|child|son|daughter|baby|toddler|teenager|youth|"
    r"pensioner|widow)\s+of\s*$",
    re.IGNORECASE,
)

_RANGE_SEP = re.compile(
    r"(?P<sep>[\s\u00a0]*(?:-|–|—|‒)[\s\u00a0]*|[\s\u00a0]+(?:to|and|or|through|till|until)"
    r"(?:[\s\u00a0]+|-)(?:between[\s\u00a0]+)?)",
    re.IGNORECASE,
)
_NUMBER_START = re.compile(
    rf"(?P<cur>{_alt(CURRENCY_PREFIXES)})[\s\u00a0]?(?=[-−]?[\d.])|(?=[\d.])|(?={_WORD_ATOM})",
    re.IGNORECASE,
)
_SPACES = frozenset(" \t\n\r\u00a0\u2009\u202f")
_WORD_PUNCT = frozenset(".'’&$-_")
_NEXT_WORD = re.compile(r"[\s\u00a0]+(?P<w>[\w'’.-]+)")
# A month may follow a lower-case letter ("HeadlineJan 07"): page text glued together.
_MONTH_BACK = re.compile(rf"\s+(?:eht\s+)?\.?(?P<m>(?i:{_alt(MONTHS, reverse=True)}))(?![A-Z0-9_])")
_MONTH_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?(?:\s+of)?,?\s+(?P<m>{_alt(MONTHS)})(?![a-z])\.?", re.IGNORECASE
)
_TIMES_AFTER = re.compile(r"[\s\u00a0]+(?P<t>times)(?![a-z])(?:[\s\u00a0]+(?P<w>[a-z]+))?", re.I)
_FOLD_AFTER = re.compile(r"-?fold(?![a-z])", re.IGNORECASE)
_YEAR_SPAN = re.compile(r"[-–/](\d{2}|\d{4})(?![\d,.]\d)")
_YEAR_WORD_SPAN = re.compile(
    r"\s+(?:and|to|until|till|through)\s+(\d{4})(?![\d,.]\d)", re.IGNORECASE
)
_DAY_RANGE = re.compile(r"[-–]\d{1,2}(?![\d,.]\d)")
_YEAR_TAIL = re.compile(r",?\s+(?:\d{4})(?![\d,.]\d)")
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])", re.IGNORECASE)
_RANK_TAIL = re.compile(r"\s+(?:out\s+of|of)\s+\d[\d,]*", re.IGNORECASE)
_RANK_CUE_BACK = re.compile(r"\s+(?:deknar|sknar|gniknar|decalp|detar|\.on)(?!\w)", re.IGNORECASE)
_RANK_CUE_AFTER = re.compile(r"\s+(?:place|position|spot)\b", re.IGNORECASE)
_IDENT_TAIL = re.compile(r"(?:[\w-]|\.(?=\w))*")
_CODE_TAIL = re.compile(r"(?:[-/][A-Za-z0-9]+)+")
_BETWEEN_END = re.compile(r"\bbetween\s+(?:\S+\s+)?$")
_CHANGE_WORD_REACH = 8  # words before the first figure where a verb of change may stand
_FROM_END = re.compile(r"\b(?:between|from)\s+$")
_LETTERS_BEFORE = re.compile(r"([A-Za-z]+)$")
# the last word of a name before an age in apposition: "Kang Min-gyu, 52,"
_NAME_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’-]*)$")
# two or three capitalised words right before a bracket: "Ganga Prasad (30)"
_PERSON_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+ ?$")
# Words that may join a number with a hyphen without making it a code ("sub-7", "mid-2019").
_HYPHEN_PREFIXES = frozenset({
    "sub", "minus", "mid", "pre", "post", "late", "early", "then", "now", "top", "aged",
    "over", "under", "around", "about", "some", "nearly", "almost", "more", "than", "to",
    "and", "or", "from", "between", "of", "the", "in", "by", "at", "a", "an",
})  # fmt: skip
_ADDRESS_AFTER = re.compile(
    r"(?:[-–]\d+)?\s+(?:[A-Z][\w.]*\s+){0,3}(?:(?:St|Rd|Ave|Blvd|Ln|Dr|Pl|Sq|Ct|Hwy|Pkwy)\b\.?"
    r"|(?:Street|Road|Avenue|Way|Boulevard|Lane|Drive|Place|Square|Court|Terrace|Highway"
    r"|Parkway)\b)"
)
_DECADE = re.compile(r"(?:'|’)?s(?![a-z])")
_COUNT_NOUNS = COUNTED_NOUNS
# Plural endings of nouns for people, for telling "In Almaty 103 protesters" from a name.
_PEOPLE_PLURAL = re.compile(r"(?:ers|ians|ists|ees|ants|ents|ors|ives|men|ren|ople|sons)$")
_SERVICE_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(EMERGENCY_SERVICE_NOUNS)) + r")\b", re.IGNORECASE
)
_BRINGING_UP = re.compile(
    r"\b(?:" + "|".join(sorted(BRINGING_UP_VERBS)) + r")\s+(?:the|its|their)\s+"
    # the total's own noun ("the number detained", "the overall toll"), then no clause
    # ("raising the prospect that up to 3,000 ..." brings no total up)
    r"(?:[\w-]+\s+){0,2}?(?:number|toll|total|tally|count)\b(?![^,;:.!?()]*\bthat\b)"
    r"[^,;:.!?()]*\Z",
    re.IGNORECASE,
)
_BRINGING_UP_REACH = 90  # characters: "bringing the number detained in the capital since ..."
# Cues that also come before counts ("a total of 2000", "the 300"): a year only in 1900-2100.
# "rose up to 50": a level reached, not a bound; "now" only after a toll's "is" ("the
# toll is now up to 40", not "there are now up to 50 people missing")
_NOW_UP_TO = re.compile(r"\b(?:is|was|stands|toll|total|tally)\s+now\s*$", re.IGNORECASE)
_WEAK_YEAR_CUES = frozenset({
    "of", "the", "and", "to", "than", "at", "for", "a", "an", "between", "on", "around",
    "by", "some", "from",
})  # fmt: skip
_SENTENCE_OPENERS = '.!?"“‘(\n[•–—'


@dataclass(slots=True)
class _Num:
    """One number as read, before bounds and kind are decided."""

    start: int
    end: int  # after digits / words and any scale
    value: float
    integral: bool
    grouped: bool = False
    width: int = 0
    scaled: str = ""  # scale word or suffix read after it
    currency: str | None = None
    words: bool = False  # spelled out
    digits_end: int = 0


def extract_quantities(
    text: str, start: int = 0, end: int | None = None, *, decimal_comma: bool | None = None
) -> list[Quantity]:
    """Every number in ``text[start:end]``, sorted by start, offsets absolute into ``text``.

    ``decimal_comma`` forces the document's number style; by default it is detected
    over the whole of ``text`` (see :func:`detect_decimal_comma`).
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    comma = detect_decimal_comma(text) if decimal_comma is None else decimal_comma
    ctx = _Context(text, start, end, comma)
    out: list[Quantity] = []
    skip = start  # candidates before this were read as part of something else
    last_end = start  # quantities never overlap one already found
    for m in _SCAN.finditer(text, start, end):
        if m.start() < skip:
            continue
        for q in ctx.candidate(m):
            if q.start >= last_end and _finite(q):
                out.append(q)
                last_end = q.end
        skip = max(skip, ctx.consumed, last_end)
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _finite(q: Quantity) -> bool:
    """Four hundred nines read as a number are infinite: no figure a reader can check,
    and one that JSON (the cache, the output) can only write as null."""
    return all(v is None or math.isfinite(v) for v in (q.value, q.low, q.high))


# A word glued to a grouped figure, as relay damage leaves it: three or more lower-case
# letters (units are read before this; "1,000th" and "10,000s" are not words)
_GLUED_WORD = re.compile(r"[a-z]{3,}")


_DUTY_BEFORE_TO = frozenset({"had", "have", "has", "having", "need", "needs", "needed"})


# what may follow a mark a count passes ("could top 600 by Friday", "to cross 1,000 this
# week", "pass 500 people"): not an object of the verb ("pass 40 detainees to the police")
_AFTER_A_MARK = frozenset(
    {
        "", "by", "on", "in", "this", "next", "before", "within", "as", "and", "or", "mark",
        "over", "during", "soon", "later", "if", "when", "until", "after", "people", "dead",
        "deaths", "-", "today", "tomorrow", "once",
    }
)  # fmt: skip


class _Context:
    """The text being read and the helpers that look around a candidate."""

    __slots__ = ("comma", "consumed", "end", "lo", "text")

    def __init__(self, text: str, lo: int, end: int, comma: bool) -> None:
        self.text = text
        self.lo = lo
        self.end = end
        self.comma = comma
        self.consumed = lo

    # ------------------------------------------------------------ dispatch

    def candidate(self, c: re.Match[str]) -> list[Quantity]:
        """Read the candidate the scan found: the first anchored form that matches it."""
        pos = c.start()
        self.consumed = c.end()
        if c.lastgroup == "w":
            forms = _WORD_FORMS
        elif c.lastgroup == "p":
            forms = _DIGIT_FORMS[:1]
        else:
            forms = _DIGIT_FORMS
        for kind, rx in forms:
            m = rx.match(self.text, pos, self.end)
            if m is not None:
                return self.handle(kind, m)
        if c.lastgroup in ("d", "dot"):
            return self._number(pos)
        return []

    def handle(self, kind: str, m: re.Match[str]) -> list[Quantity]:
        self.consumed = m.end()
        if kind == "words":
            return self._words(m.start(), m.end())
        if kind == "vague":
            return self._vague(m)
        if kind == "fracscale":
            return self._fraction_of_scale(m)
        if kind == "frac":
            return self._fraction(m)
        if kind == "dfrac" or kind == "outof":
            return self._ratio(m)
        if kind == "fold":  # "sixfold", "a two-fold rise": a multiplier
            v = _WORD_VALUES_ALL[re.split(r"-?fold", m.group().lower())[0]]
            return [self._q(m.start(), m.end(), v, v, v, Qualifier.EXACT, Kind.OTHER, "x")]
        if kind == "ord":  # "third", "twenty-first"
            words = re.findall(r"[a-z]+", m.group().lower())
            v = sum(TENS_WORDS.get(w) or ORDINAL_WORDS.get(w, 0) for w in words)
            return [self._q(m.start(), m.end(), v, v, v, Qualifier.EXACT, Kind.ORDINAL)]
        if kind == "date":
            return [self._q(m.start(), m.end(), None, None, None, Qualifier.EXACT, Kind.DATE)]
        if kind == "time":
            e = self._zone_after(m.end())
            return [self._q(m.start(), e, None, None, None, Qualifier.EXACT, Kind.TIME)]
        if kind == "phone":
            return [self._q(m.start(), m.end(), None, None, None, Qualifier.EXACT, Kind.PHONE)]
        return []

    def _q(
        self,
        s: int,
        e: int,
        value: float | None,
        low: float | None,
        high: float | None,
        qualifier: Qualifier,
        kind: Kind,
        unit: str | None = None,
    ) -> Quantity:
        return Quantity(
            self.text[s:e], s, e, as_number(_tidy(value)), as_number(_tidy(low)),
            as_number(_tidy(high)), qualifier, kind, unit,
        )  # fmt: skip

    # ------------------------------------------------------------ look-around helpers

    def _before(self, pos: int, width: int = _WINDOW) -> str:
        return self.text[max(self.lo, pos - width) : pos]

    def _back(self, rx: re.Pattern[str], pos: int, width: int = _WINDOW) -> re.Match[str] | None:
        """Match a reversed pattern against the text just before ``pos``, read backwards.

        A group ``g`` of the match starts at ``pos - m.end(g)`` in the text.
        """
        return rx.match(self.text[max(self.lo, pos - width) : pos][::-1])

    def _prev_word(self, pos: int) -> tuple[str, int] | None:
        """The word before ``pos`` (across whitespace) and where it starts, looking back 40."""
        text = self.text
        floor = max(self.lo, pos - 40)
        i = pos
        while i > floor and text[i - 1] in _SPACES:
            i -= 1
        if i == pos:
            return None
        j = i
        while j > floor and (text[j - 1].isalnum() or text[j - 1] in _WORD_PUNCT):
            j -= 1
        return (text[j:i], j) if j < i else None

    def _next_word(self, pos: int) -> str:
        m = _NEXT_WORD.match(self.text, pos, self.end)
        return m.group("w").lower().rstrip(".,'’") if m else ""

    def _zone_after(self, pos: int) -> int:
        m = _NEXT_WORD.match(self.text, pos, self.end)
        if m and m.group("w").lower().rstrip(".,") in TIME_ZONES:
            return m.start("w") + len(m.group("w").rstrip(".,"))
        return pos

    def _sentence_initial(self, pos: int) -> bool:
        i = pos - 1
        while i >= self.lo and self.text[i] in " \t\u00a0":
            i -= 1
        return i < self.lo or self.text[i] in _SENTENCE_OPENERS

    # ------------------------------------------------------------ reading one number

    def _read(self, pos: int) -> _Num | None:
        """Read a number (currency, digits or words, scale) starting at ``pos``."""
        text, end = self.text, self.end
        m = _NUMBER_START.match(text, pos, end)
        if m is None:
            return None
        currency = None
        p = pos
        sign = 1
        if m.group("cur"):
            currency = CURRENCY_PREFIXES[re.sub(r"\s+", " ", m.group("cur").lower())]
            p = m.end()
            if p + 1 < end and text[p] in "-−" and text[p + 1].isdigit():  # "$-50.8bn"
                sign, p = -1, p + 1
        if p < end and (text[p].isdigit() or text[p] == "."):
            after_month = self._back(_MONTH_BACK, p, 16) is not None
            d = read_digits(text, p, end, self.comma, space_groups=not after_month)
            if d is None:
                return None
            num = _Num(
                pos, d.end, sign * d.value, d.integral, d.grouped, d.width, currency=currency
            )
            num.digits_end = d.end
            self._apply_scale(num)
            return num
        if currency is not None:
            return None
        # The first number of a run is all that is needed here; bounding the window keeps
        # a long run of number words from being re-read for every number in it.
        wm = _WORD_RUN_RE.match(text, p, min(end, p + _LONGEST_WORD_NUMBER))
        if wm is None:
            return None
        parts = read_word_numbers(text, wm.start(), wm.end())
        if not parts or parts[0].start != p:
            return None
        w = parts[0]
        return _word_num(text, w)

    def _apply_scale(self, num: _Num) -> None:
        sc = read_scale(self.text, num.end, self.end)
        if sc is None:
            return
        e, factor, word = sc
        if word == "m" and self._metres_not_million(num, e):
            return
        if (
            word in ("b", "k", "m")
            and num.currency is None
            and e < self.end
            and self.text[e] == "-"
        ):
            return  # "10k-run", "5m-long"
        if word in _SOUTH_ASIAN_SCALES and _INDIAN_GROUPS.search(
            self.text, num.start, num.digits_end or num.end
        ):
            # "7,24,649 lakh": digits grouped in lakhs already give the whole number; the
            # scale word after them is a slip of the copy, not a second factor
            num.end = e
            return
        num.value *= factor
        num.end = e
        num.scaled = word
        num.integral = float(num.value).is_integer()

    def _metres_not_million(self, num: _Num, e: int) -> bool:
        if num.currency is not None:
            return False
        rest = self.text[e : min(self.end, e + 12)].lower()
        if rest[:1] in ("(", "-", "²") or rest.startswith(
            (" (", " long", " high", " tall", " wide")
        ):
            return True
        if not rest.startswith((" deep", " away", " above", " below", " in ", " from")):
            return False
        # what befell people in a place is no length: "Floods Killed 540, Displaced 1.2m
        # in Benvara" (not "gathered 50m in front of", "trapped 12m in the shaft")
        prev = self._prev_word(num.start)
        in_a_place = rest.startswith(" in ") and self.text[e + 4 : min(self.end, e + 5)].isupper()
        return prev is None or prev[0].lower() not in _PEOPLE_VERBS or not in_a_place

    # ------------------------------------------------------------ candidates

    def _number(self, pos: int) -> list[Quantity]:
        text, lo = self.text, self.lo
        # A currency or a sign written before the digits starts the quantity there.
        start = pos
        cm = self._back(_CURRENCY_BACK, pos, 6)
        if cm is not None and self._currency_plausible(cm.group("c")[::-1], pos):
            start = pos - cm.end("c")
        prev = text[pos - 1] if pos > lo else " "
        if start == pos and (prev.isalpha() or prev == "_") and not self._glued_bound(pos):
            return [self._identifier_from_left(pos)]
        if start == pos and _COUNTER_HALF.search(self._before(pos, 8)):
            # "Image 1 of / 1": a counter's other half, as in "1 / 1", no count ("12
            # killed / 40 injured" is two counts)
            return [self._identifier_from_left(pos)]
        if start == pos and prev in "-." and pos - 2 >= lo and text[pos - 2].isalpha():
            word_m = _LETTERS_BEFORE.search(self._before(pos - 1, 16))
            w = word_m.group(1).lower() if word_m else ""
            if prev == "." or w not in _HYPHEN_PREFIXES:
                return [self._identifier_from_left(pos)]
        num = self._read(start)
        if num is None:
            self.consumed = pos + 1
            return []
        if start == pos:
            sm = self._back(_SIGN_BACK, pos, 7)
            if sm is not None:
                sign_at = pos - sm.end("s")
                num.value = -num.value
                num.start = sign_at
                if sign_at == 0 or self.text[sign_at - 1] == "\n":
                    return [_as_bullet(q, pos) for q in self._finish(num)]
        return self._finish(num)

    def _glued_bound(self, pos: int) -> re.Match[str] | None:
        """A bound word glued to a grouped figure ("than1,500"); an identifier's digits
        ("MH17", "over18s") are not grouped."""
        if not (pos > self.lo and self.text[pos - 1].isalpha()):
            return None
        digits = read_digits(self.text, pos, self.end, self.comma)
        if digits is None or not digits.grouped:
            return None
        return self._back(_GLUED_BOUND_BACK, pos)

    def _currency_plausible(self, code: str, pos: int) -> bool:
        """Letter codes that are also words or names count only written the money way."""
        code = code.lower()
        if (
            code.isalpha()
            and len(code) <= 3
            and self.text[pos - 1] == " "
            and code
            not in (
                "usd",
                "eur",
                "gbp",
                "jpy",
                "cny",
                "rub",
                "kzt",
                "inr",
                "aud",
                "cad",
                "chf",
                "rs",
            )
        ):
            # "RM 5" is fine attached, spaced too ambiguous; "Rs 50,000" is how South Asian
            # copy writes rupees
            return False
        if code == "ps":  # "PS2.7m" is money, "PS5" a games console
            sc = read_digits(self.text, pos, self.end, self.comma)
            return sc is not None and (
                sc.grouped or not sc.integral or read_scale(self.text, sc.end, self.end) is not None
            )
        return True

    def _identifier_from_left(self, pos: int) -> Quantity:
        """A code such as "C-130", "G7", "MH17", "Covid-19": kind other, no value."""
        text = self.text
        s = pos
        while s > self.lo and (
            text[s - 1].isalnum()
            or (text[s - 1] == "-" and s - 2 >= self.lo and text[s - 2].isalnum())
        ):
            s -= 1
        e = _IDENT_TAIL.match(text, pos, self.end).end()  # type: ignore[union-attr]
        while e > pos and text[e - 1] == "-":
            e -= 1
        self.consumed = e
        return self._q(s, e, None, None, None, Qualifier.EXACT, Kind.OTHER)

    def _words(self, s: int, e: int) -> list[Quantity]:
        out: list[Quantity] = []
        for w in read_word_numbers(self.text, s, e):
            if w.start < self.consumed and out:
                continue
            num = _word_num(self.text, w)
            if self.text[w.start : w.end].lower() == "one" and self._pronoun_one(w.start, w.end):
                continue
            found = self._finish(num)
            out.extend(found)
            if found:
                self.consumed = max(self.consumed, found[-1].end)
        return out

    def _pronoun_one(self, s: int, e: int) -> bool:
        text = self.text
        if _UNIT_AFTER.match(text, e, self.end) and text[e : e + 1] in (" ", "-"):
            return False
        if e < self.end and text[e] == "-":
            return True  # "one-off", "one-sided"
        nxt = _NEXT_WORD.match(text, e, self.end)
        if nxt is None or (e < self.end and text[e] in ".,;:!?)\"”'’"):
            return True
        if nxt.group("w").lower().rstrip(".,") in ONE_PRONOUN_AFTER:
            return True
        pw = self._prev_word(s)
        return pw is not None and pw[0].lower() in ONE_PRONOUN_BEFORE

    def _vague(self, m: re.Match[str]) -> list[Quantity]:
        phrase = re.sub(r"\s+", " ", m.group().lower())
        low, high = VAGUE_MAGNITUDES.get(phrase, (None, None))
        s, e = m.start(), m.end()
        if phrase == "scores":
            pw = self._prev_word(s)
            if pw is not None and pw[0].lower() in SCORES_NOUN_BEFORE:
                return []
            low, high = VAGUE_MAGNITUDES["scores"]
        kind, unit = Kind.COUNT, None
        u = re.compile(r"\s+of(?=\s)").match(self.text, e, self.end)
        um = _UNIT_AFTER.match(self.text, u.end() if u else e, self.end)
        if um is not None and um.group("sp") != "-" and um.group("sp") != "":
            kind, unit = _UNIT_TABLE[um.group("u").lower().replace("\u00a0", " ")]
            if kind is Kind.PERCENT:
                kind, unit = Kind.COUNT, None
        return [self._q(s, e, None, low, high, Qualifier.VAGUE, kind, unit)]

    def _ratio(self, m: re.Match[str]) -> list[Quantity]:
        """ "1/2 pound", "1/16 of", "one in three", "3 out of 5": a proportion."""
        parts = re.split(r"\s*[/⁄]\s*|\s+out\s+of\s+|\s+in\s+", m.group(), flags=re.IGNORECASE)
        num, den = (_small_value(x) for x in parts)
        s, e = m.start(), m.end()
        if den == 0 or num >= den:
            return [self._q(s, e, None, None, None, Qualifier.EXACT, Kind.OTHER)]
        value = num / den
        um = _UNIT_AFTER.match(self.text, e, self.end)
        if um is not None and ("/" in m.group() or "⁄" in m.group()):
            kind, unit = _UNIT_TABLE[re.sub(r"\s+", " ", um.group("u").lower())]
            return [self._q(s, um.end(), value, value, value, Qualifier.EXACT, kind, unit)]
        return [self._q(s, e, value, value, value, Qualifier.EXACT, Kind.OTHER, "fraction")]

    def _fraction(self, m: re.Match[str]) -> list[Quantity]:
        toks = re.findall(r"[a-z]+", m.group().lower())
        if len(toks) == 1:  # "half of"
            value = 0.5
        else:
            num = 1 if toks[0] in ("a", "one") else UNIT_WORDS[toks[0]]
            value = num / FRACTION_WORDS[toks[-1]]
        return [
            self._q(
                m.start(), m.end(), value, value, value, Qualifier.EXACT, Kind.OTHER, "fraction"
            )
        ]

    def _fraction_of_scale(self, m: re.Match[str]) -> list[Quantity]:
        toks = re.findall(r"[a-z]+", m.group().lower())
        num = 1 if toks[0] in ("a", "one") else UNIT_WORDS[toks[0]]
        value = num / FRACTION_WORDS[toks[1]] * SCALE_WORDS[toks[-1]]
        read = _Num(m.start(), m.end(), value, True, words=True, scaled=toks[-1])
        read.digits_end = m.end()
        return self._finish(read)

    # ------------------------------------------------------------ deciding

    def _finish(self, num: _Num) -> list[Quantity]:
        """Decide kind, unit, bounds and range for a number that has been read."""
        text, end = self.text, self.end
        special = self._special_kind(num)
        if special is not None:
            self.consumed = special.end
            return [special]
        kind, unit, e = self._unit(num)
        if (
            kind is Kind.COUNT
            and unit is None
            and num.integral
            and not num.grouped
            and not num.words
            and num.currency is None
            and num.width >= IDENTIFIER_DIGITS
        ):
            # "1674289711 Riots in Brasilia": a timestamp, a file or phone number, no
            # quantity; news writes a count that large with separators or "million"
            # (a unit after the digits, "250000000 euros", keeps it money)
            self.consumed = num.digits_end
            return []
        # Two numbers joined by "to", "-", "and" (after "between"), "or": a range?
        rng = self._range(num, kind, unit, e)
        if rng is not None:
            self.consumed = rng.end
            return [rng]
        if num.currency is not None:
            kind, unit = Kind.MONEY, num.currency
        s = num.start
        mode = "exact"
        bm = self._back(_BOUND_BACK, s) or self._glued_bound(s)
        if bm is not None:
            if bm.group("b"):
                phrase = _bound_phrase(bm)
                mode = BOUNDS_BEFORE[phrase]
                s -= bm.end("b")
                if (phrase == "up to" and self._level_not_bound(s)) or (
                    phrase in BASE_FORM_BOUNDS
                    # "could top 600 by Friday" (not "will pass 40 detainees to the police",
                    # "went to top 200 officials": a verb or adjective before its object)
                    and (not self._after_modal(s) or self._next_word(e) not in _AFTER_A_MARK)
                ):
                    mode, s = "exact", num.start
            elif bm.group("sym"):
                mode = "about"
                s -= bm.end("sym")
            else:
                mode = "fewer_than"
                s -= bm.end("sub")
        elif (mark := _MARK_AFTER.match(text, e, end)) is not None:
            # "had crossed the 200 mark", "nearing the 1,000 milestone": the bound verb
            # stands before the article, the noun after the figure
            pw = self._prev_word(s)
            if (
                pw is not None
                and pw[0].lower() == "the"
                and (bm := self._back(_BOUND_BACK, pw[1])) is not None
                and bm.group("b")
            ):
                mode = BOUNDS_BEFORE[_bound_phrase(bm)]
                s = pw[1] - bm.end("b")
                e = mark.end()
        am = _BOUND_AFTER.match(text, e, end)
        if am is not None and mode == "exact":
            if am.group("plus"):
                mode = "at_least"
            else:
                mode = BOUNDS_AFTER[re.sub(r"\s+", " ", am.group("b").lower())]
            e = am.end()
        if kind is Kind.COUNT and unit is None:
            other = self._count_or_other(num, s, e, mode)
            if other is not None:
                self.consumed = other.end
                return [other]
            cm = _COMPOUND_AFTER.match(self.text, e, self.end)
            if cm is not None and cm.group("w").lower() in THING_COMPOUNDS:
                # "the eight-storey building", "a 24-floor tower": the figure describes
                # a thing
                kind, unit = Kind.OTHER, "compound"
        value = num.value
        step = kind is Kind.COUNT and float(value).is_integer()
        low, high, qualifier = _bounds(mode, value, step)
        self.consumed = e
        return [self._q(s, e, value, low, high, qualifier, kind, unit)]

    def _after_modal(self, s: int) -> bool:
        """ "could top 600", "set to pass 1,000": a base-form verb is one after a modal."""
        pw = self._prev_word(s)
        if pw is None or pw[0].lower() not in MODAL_BEFORE_BOUND:
            return False
        if pw[0].lower() != "to":
            return True
        before = self._prev_word(pw[1])  # "had to cross 5 rivers": a duty, not a toll
        return before is None or before[0].lower() not in _DUTY_BEFORE_TO

    def _level_not_bound(self, s: int) -> bool:
        """ "rose up to 50", "back up to 4.8%": a verb of change makes "up to" a level."""
        pw = self._prev_word(s)
        if pw is not None and pw[0].lower() == "now":
            return _NOW_UP_TO.search(self.text, max(self.lo, pw[1] - 12), pw[1] + 3) is not None
        if pw is not None and pw[0].lower() in UP_TO_LEVEL_VERBS:
            return True
        if pw is not None and pw[0].lower() in ("to", "by"):
            # "raising the death toll to up to 60", "raised the number ... by up to 30": a
            # bound on the new level or the rise
            return False
        # "bringing the number detained ... up to 652": the verb before the total's phrase,
        # in the same clause
        clause = _BRINGING_UP.search(self.text, max(self.lo, s - _BRINGING_UP_REACH), s)
        return clause is not None

    def _unit(self, num: _Num) -> tuple[Kind, str | None, int]:
        """The unit written after the number, its kind, and where the quantity ends."""
        text, end, e = self.text, self.end, num.end
        am = _AGE_AFTER.match(text, e, end)
        if am is not None:
            label = "months old" if "month" in am.group("a").lower() else "years old"
            if "week" in am.group("a").lower():
                label = "weeks old"
            if "day" in am.group("a").lower():
                label = "days old"
            return Kind.MEASURE, label, am.end()
        um = _UNIT_AFTER.match(text, e, end)
        if um is not None:
            word = um.group("u").lower()
            key = re.sub(r"\s+", " ", word)
            kind, unit = _UNIT_TABLE[key]
            if _unit_fits(key, um.group("sp"), num):
                if kind is Kind.MONEY and num.currency is not None:
                    return Kind.MONEY, num.currency, e  # the prefix already said which
                return kind, unit, um.end()
        if not num.words and e == num.digits_end:
            at = _ATTACHED_AFTER.match(text, e, end)
            if at is not None:
                return Kind.MEASURE, ATTACHED_UNITS[at.group("u").lower()], at.end()
        if self._back(_AGE_BACK, num.start, 30):
            return Kind.MEASURE, "years old", e
        pw = self._prev_word(num.start)
        if pw is not None and pw[0].lower() in UNITS_BEFORE:
            return Kind.MEASURE, UNITS_BEFORE[pw[0].lower()], e
        return Kind.COUNT, None, e

    def _special_kind(self, num: _Num) -> Quantity | None:
        """Ordinals, ranks, dates, years, clock times and codes, which are not counts."""
        text, end = self.text, self.end
        s, e = num.start, num.digits_end
        if num.words or num.currency is not None or num.scaled:
            return None
        plain = num.integral and not num.grouped
        # "155th", "3rd place", "155th out of 180"
        om = _ORD_SUFFIX.match(text, e, end) if plain else None
        if om is not None:
            oe = om.end()
            tail = _RANK_TAIL.match(text, oe, end)
            if tail is not None:
                return self._q(
                    s, tail.end(), num.value, num.value, num.value, Qualifier.EXACT, Kind.RANK
                )
            if self._back(_RANK_CUE_BACK, s, 12) or _RANK_CUE_AFTER.match(text, oe, end):
                return self._q(s, oe, num.value, num.value, num.value, Qualifier.EXACT, Kind.RANK)
            mm = _MONTH_AFTER.match(text, oe, end)
            if mm is not None and _capitalised(mm.group("m")):
                return self._date_from(s, mm.end())
            mb = self._back(_MONTH_BACK, s, 16)
            if mb is not None and text[s - mb.end("m")].isupper():
                return self._date_from(s - mb.end("m"), oe)
            return self._q(s, oe, num.value, num.value, num.value, Qualifier.EXACT, Kind.ORDINAL)
        if not plain:
            return None
        v = num.value
        # "0401 GMT" is a clock time.
        if num.width == 4 and self._zone_after(e) != e:
            return self._q(s, self._zone_after(e), None, None, None, Qualifier.EXACT, Kind.TIME)
        # Month names make days and years into dates.
        mb = self._back(_MONTH_BACK, s, 16)
        if mb is not None and text[s - mb.end("m")].isupper() and (1 <= v <= 31 or num.width == 4):
            return self._date_from(s - mb.end("m"), e)
        if 1 <= v <= 31 and num.width <= 2:
            mm = _MONTH_AFTER.match(text, e, end)
            if mm is not None and _capitalised(mm.group("m")):
                return self._date_from(s, mm.end())
        if num.width == 4 and 1000 <= v <= 2100:
            return self._year(num)
        am = _ADDRESS_AFTER.match(text, e, end)
        if am is not None:
            return self._q(s, am.end(), None, None, None, Qualifier.EXACT, Kind.OTHER)
        return None

    def _date_from(self, s: int, e: int) -> Quantity:
        dm = _DAY_RANGE.match(self.text, e, self.end)
        if dm is not None:
            e = dm.end()
        ym = _YEAR_TAIL.match(self.text, e, self.end)
        if ym is not None:
            e = ym.end()
        return self._q(s, e, None, None, None, Qualifier.EXACT, Kind.DATE)

    def _year(self, num: _Num) -> Quantity | None:
        text, end = self.text, self.end
        s, e, v = num.start, num.digits_end, num.value
        dm = _DECADE.match(text, e, end)
        if dm is not None:
            return self._q(s, dm.end(), v, v, v, Qualifier.EXACT, Kind.YEAR)
        # "2012-13", "2019/20", "1990-2000": a span of years.
        sm = _YEAR_SPAN.match(text, e, end)
        if sm is not None:
            tail = int(sm.group(1))
            second = tail if tail >= 1000 else int(v) // 100 * 100 + tail
            if v < second <= 2100 and (tail >= 1000 or second - v <= 10):
                return self._q(s, sm.end(), None, v, second, Qualifier.RANGE, Kind.YEAR)
        # "between 1600 and 1900", "from 1991 to 2004": a span of years, unless it counts.
        pw = self._prev_word(s)
        word = pw[0].lower().strip(".,'’") if pw else ""
        wm = _YEAR_WORD_SPAN.match(text, e, end)
        if wm is not None:
            fm = _FROM_END.search(self._before(s, 12).lower())
            second = int(wm.group(1))
            if (
                (fm is not None or word in ("a.d", "ad", "ce", "bc", "bce"))
                and v < second <= 2100
                and self._next_word(wm.end()) not in _COUNT_NOUNS
            ):
                start = s - (len(fm.string) - fm.start()) if fm else s
                return self._q(start, wm.end(), None, v, second, Qualifier.RANGE, Kind.YEAR)
        if self._back(_BOUND_BACK, s) or _UNIT_AFTER.match(text, e, end):
            return None
        if self._back(_CURRENCY_BACK, s, 6):
            return None
        nxt = self._next_word(e)
        noun_after = nxt in _COUNT_NOUNS
        strong = word in YEAR_CUES and word not in _WEAK_YEAR_CUES
        if strong or word in MONTHS or word in WEEKDAYS:
            return self._q(s, e, v, v, v, Qualifier.EXACT, Kind.YEAR)
        if noun_after or not 1900 <= v <= 2100:
            return None
        return self._q(s, e, v, v, v, Qualifier.EXACT, Kind.YEAR)

    def _count_or_other(self, num: _Num, s: int, e: int, mode: str) -> Quantity | None:
        """Numbers with no unit that are names or multipliers, not counts."""
        text = self.text
        sm = _SERVICE_AFTER.match(text, e, self.end)
        if sm is not None and text[num.start : e] in EMERGENCY_NUMBERS:
            # "it needs more 911 operators": the line's number (whatever bound word is
            # before it), not a count
            return self._q(num.start, e, None, None, None, Qualifier.EXACT, Kind.PHONE)
        # "four times as many", "6.5 times earnings": a multiplier; "300 times" counts.
        tm = _TIMES_AFTER.match(text, e, self.end)
        if tm is not None and (tm.group("w") or "").lower() in MULTIPLIER_FOLLOWERS:
            v = num.value
            return self._q(s, tm.end("t"), v, v, v, Qualifier.EXACT, Kind.OTHER, "x")
        if num.words:
            return None
        # "2x", "16x9"
        if e < self.end and text[e] in "xX×" and num.end == num.digits_end:
            j = e + 1
            if j < self.end and text[j].isdigit():
                k = j
                while k < self.end and text[k].isalnum():
                    k += 1
                return self._q(num.start, k, None, None, None, Qualifier.EXACT, Kind.OTHER)
            if j >= self.end or not text[j].isalpha():
                return self._q(
                    s, j, num.value, num.value, num.value, Qualifier.EXACT, Kind.OTHER, "x"
                )
        if e < self.end and text[e].isalpha() and num.end == num.digits_end:
            k = e
            while k < self.end and (text[k].isalnum()):
                k += 1
            if not (num.grouped and _GLUED_WORD.fullmatch(text, e, k)):
                return self._q(num.start, k, None, None, None, Qualifier.EXACT, Kind.OTHER)
            # "93,227have been displaced": relay damage lost the space; a grouped figure
            # is a count, and no code or unit is written as a word in lower case
        fm = _FOLD_AFTER.match(text, e, self.end)
        if fm is not None:
            v = num.value
            return self._q(s, fm.end(), v, v, v, Qualifier.EXACT, Kind.OTHER, "x")
        if mode != "exact" or num.grouped or num.scaled:
            return None
        # "Maddon, 66, has": an age in apposition to a name.
        if (
            num.integral
            and 1 <= num.value <= 110
            and text[max(self.lo, num.start - 2) : num.start] == ", "
            and text[e : e + 1] == ","
        ):
            b = _NAME_BEFORE.search(self._before(num.start - 2, 24))
            if b is not None and b.group(1)[:1].isupper() and b.group(1).lower() not in MONTHS:
                v = num.value
                return self._q(num.start, e, v, v, v, Qualifier.EXACT, Kind.MEASURE, "years old")
        if self._age_after_a_name(num, e):
            # "Suresh Mahto (35), Ganga Prasad (30) and ...": each one's age
            v = num.value
            return self._q(num.start, e, v, v, v, Qualifier.EXACT, Kind.MEASURE, "years old")
        if (
            num.integral
            and 1 <= num.value <= OLDEST_AGE
            and _OF_AN_AGE.search(self._before(num.start, 24)) is not None
        ):
            # "three women and a boy of 13": the boy's age
            v = num.value
            return self._q(num.start, e, v, v, v, Qualifier.EXACT, Kind.MEASURE, "years old")
        pw = self._prev_word(num.start)
        if pw is None:
            return None
        word, ws = pw
        lw = word.lower().rstrip(":")
        if lw in IDENTIFIER_CUES and text[ws + len(word) : num.start].strip() == "":
            return self._q(ws, self._code_tail(e), None, None, None, Qualifier.EXACT, Kind.OTHER)
        # "Khabar 24", "Apple Watch 5", "S&P 500": a capitalised name right before.
        if (
            any(c.isupper() for c in word)
            and not word.endswith(("'s", "’s", "s'"))
            and text[ws + len(word) : num.start] in (" ", "\u00a0")
            and (not self._sentence_initial(ws) or _looks_like_code(word))
            and not self._counts_people_after(e)
            and not self._told(ws)
            and not self._place_row(word, e)
            and word.lower().strip(".") not in MONTHS
            and word.lower() not in WEEKDAYS
            and word.lower() not in BOUNDS_BEFORE
            and word.lower() not in _VERBS_OF_COUNTS
            # a headline's capitalised verb: "Iran Says 230 Killed In Protests"
            and word.lower() not in QUOTE_VERBS
            # and its capitalised small words: "Death Toll Rises To 50"
            and word.lower() not in FUNCTION_WORDS
            and not word.isdigit()
        ):
            return self._q(ws, self._code_tail(e), None, None, None, Qualifier.EXACT, Kind.OTHER)
        return None

    def _age_after_a_name(self, num: _Num, e: int) -> bool:
        """A figure in brackets after a person's name of two or three words: "Harilal
        Soren (41)"; not a place's count ("Peru (19)", "Santa Lucero (3)")."""
        text = self.text
        if not (
            num.integral
            and 1 <= num.value <= OLDEST_AGE
            and text[num.start - 1 : num.start] == "("
            and text[e : e + 1] == ")"
        ):
            return False
        m = _PERSON_BEFORE_BRACKET.search(self._before(num.start - 1, 40))
        if m is None:
            return False
        words = m.group(0).lower().split()
        return " ".join(words) not in KNOWN_PLACES and not any(
            w in KNOWN_PLACES or w in PLACE_NAME_WORDS or w in MONTHS or w in WEEKDAYS
            for w in words
        )

    def _place_row(self, word: str, e: int) -> bool:
        """ "Nigeria 41, Mali 27, Chad 12": a place's count in a list of them, not a name."""
        return word.lower() in KNOWN_PLACES and self.text[e : e + 1] in (",", ";", ".", ")")

    def _told(self, ws: int) -> bool:
        """The name was told something: "The prosecutor told SFR 41 suspects had been
        arrested" (the broadcaster, then a count; not "SFR 41")."""
        pw = self._prev_word(ws)
        return pw is not None and pw[0].lower() in _TELLING_VERBS

    def _counts_people_after(self, e: int) -> bool:
        """ "In Almaty 103 protesters died": the noun after shows a count, not a name."""
        nxt = self._next_word(e)
        if nxt in HEADLINE_PARTICIPLES:
            return _CLAUSE_AFTER_PARTICIPLE.match(self.text, e, self.end) is not None
        return nxt in COUNTED_NOUNS or _PEOPLE_PLURAL.search(nxt) is not None

    def _code_tail(self, e: int) -> int:
        """The end of a code that goes on after its digits: "ISO 3888-2", "Route 66/A"."""
        m = _CODE_TAIL.match(self.text, e, self.end)
        return m.end() if m else e

    # ------------------------------------------------------------ ranges

    def _range(self, n1: _Num, kind: Kind, unit: str | None, e: int) -> Quantity | None:
        """ "793 to 8,498", "between five and six", "6-18", "$10 to $15 billion"; or None.

        "rose from 44 to 227" is two figures, not a range: a verb of change before
        "from" (or before the first number) keeps them apart, as do different units
        ("up 4% to $13.60").
        """
        text, end = self.text, self.end
        sep = _RANGE_SEP.match(text, e, end)
        if sep is None:
            return None
        words = sep.group("sep").strip(" \u00a0-–—‒").lower().split()
        joiner = words[0] if words else "-"
        if joiner == "-" and "\n" in sep.group():
            return None
        before = self._before(n1.start, 40).lower()
        if joiner == "and" and not _BETWEEN_END.search(before):
            return None
        n2 = self._read(sep.end())
        if n2 is None or self._special_kind(n2) is not None:
            return None
        if joiner == "-" and n1.words != n2.words:
            return None
        kind2, unit2, e2 = self._unit(n2)
        if n2.currency is not None:
            kind2, unit2 = Kind.MONEY, n2.currency
        if n1.currency is not None:
            kind, unit = Kind.MONEY, n1.currency
        if unit is not None:
            if unit2 is None:
                if unit != "years old":  # "aged 18 to 34"
                    return None
                kind2, unit2 = kind, unit
            elif kind != kind2 or (unit != unit2 and "$" not in (unit, unit2)):
                return None
        v1, v2 = n1.value, n2.value
        if n2.scaled and not n1.scaled:
            factor = _scale_of(n2.scaled)
            if v1 < v2 / factor:  # "$10 to $15 billion", not "$200 to $4 million"
                v1 *= factor
        # (words back to the verb: "raised its count of the injured from 12 to 15"; not past
        # a clause of its own: "revised its estimate and now says from 40 to 60 died")
        prev = re.findall(r"[a-z']+", re.split(r"[(),;:]", before)[-1])[-_CHANGE_WORD_REACH:]
        cut = max((k for k, w in enumerate(prev) if w in NEW_CLAUSE_WORDS), default=-1)
        prev = prev[cut + 1 :]
        if joiner in ("to", "through", "till", "until") and prev:
            if prev[-1] == "by":
                if v2 > 3 * v1:  # "increased by $43.6 billion to $419.2 billion"
                    return None
            elif any(w in CHANGE_WORDS for w in prev):
                return None
        if v1 >= v2:
            if (
                joiner == "-"
                and n1.integral
                and n2.integral
                and not unit
                and not unit2
                and v1 < 1000
            ):
                # "won 3-1", "a 9-2 lead": a score
                return self._q(n1.start, n2.end, None, None, None, Qualifier.EXACT, Kind.OTHER)
            return None
        if kind2 is not Kind.COUNT or unit2 is not None:
            kind, unit = kind2, unit2
        s = n1.start
        fm = _FROM_END.search(before)
        if fm is not None:
            s = n1.start - (len(before) - fm.start())
        elif (
            (bm := self._back(_BOUND_BACK, s)) is not None
            and bm.group("b")
            and BOUNDS_BEFORE[_bound_phrase(bm)] == "about"
        ):
            # "displacing about 2,000 to 4,000 residents": the range is the estimate,
            # and its words start at "about" (a verb before them governs the figure)
            s -= bm.end("b")
        return self._q(s, e2, None, v1, v2, Qualifier.RANGE, kind, unit)


def _word_num(text: str, w: WordNumber) -> _Num:
    last = text[w.start : w.end].rsplit(None, 1)[-1].lower()
    last = last.rsplit("-", 1)[-1]
    num = _Num(w.start, w.end, w.value, float(w.value).is_integer(), words=True)
    num.digits_end = w.end
    if last in SCALE_WORDS and w.words > 1:
        num.scaled = last
    return num


_WORD_VALUES_ALL = {**UNIT_WORDS, **TENS_WORDS}

# A headline capitalises its verb: "Fire Kills 14 at Wedding", "Police Arrest 14
# Suspects", "Toll Tops 200" are counts, not names like "Route 66".
_VERBS_OF_COUNTS = frozenset({*(k for k in EVENT_CUES if " " not in k), *TOLL_VERBS}) - {
    "is",
    "was",
}


# Verbs whose object is a people's number, after which "1.2m" is a million ("displaced
# 1.2m in"; not "trapped 300m in Shaft 4", a depth)
_PEOPLE_VERBS = frozenset({"displaced", "evacuated", "affected", "killed", "uprooted"})

_SOUTH_ASIAN_SCALES = frozenset({"lakh", "lakhs", "crore", "crores"})
_INDIAN_GROUPS = re.compile(r"\d,\d\d,\d\d\d(?!\d)")  # "7,24,649", "1,02,00,000"


def _scale_of(word: str) -> int:
    return SCALE_WORDS.get(word) or SCALE_SUFFIXES[word]


def _small_value(x: str) -> float:
    x = re.sub(r"\s+", " ", x.strip().lower())
    if x in UNIT_WORDS:
        return UNIT_WORDS[x]
    if x.startswith("a "):
        return SCALE_WORDS[x[2:]]
    return float(x.replace(",", ""))


# Short unit words that are ordinary words too: read only written the unit's way.
_ATTACHED_ONLY = frozenset({"p", "pc", "db", "sen"})


def _unit_fits(key: str, space: str, num: _Num) -> bool:
    if key in _ATTACHED_ONLY:
        return space == "" if key != "sen" else space != ""  # "164p", "18 sen"
    if key == "won":  # the currency, not the verb: "5 trillion won"
        return bool(num.scaled)
    return True


_TELLING_VERBS = frozenset({"told", "tells", "telling", "informed", "informs"})


def _looks_like_code(word: str) -> bool:
    """ "FTSE", "S&P", "iPhone": a name even at the start of a sentence."""
    return "&" in word or (len(word) > 1 and word.isupper()) or any(c.isupper() for c in word[1:])


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _tidy(x: float | None) -> float | None:
    """Round away float noise ("1.1 * 0.9") so bounds print as a reader would write them."""
    if x is None:
        return None
    return float(f"{x:.12g}")


def _bound_phrase(bm: re.Match[str]) -> str:
    """The bound words a reversed _BOUND_BACK match read, in order and spaced once."""
    return re.sub(r"\s+", " ", bm.group("b")[::-1].lower())


def _as_bullet(q: Quantity, digits_at: int) -> Quantity:
    """A dash opening a line before a count of things is a bullet ("-30k Rohingyas
    Shifted to Shelters"); before a measure it is a minus ("-5 points", "-15°C")."""
    if q.kind is not Kind.COUNT or q.unit is not None or q.value is None or q.value >= 0:
        return q
    lo = -q.high if q.high is not None else None
    hi = -q.low if q.low is not None else None
    return replace(
        q, text=q.text[digits_at - q.start :], start=digits_at, value=-q.value, low=lo, high=hi
    )


def _bounds(mode: str, n: float, step: bool) -> tuple[float | None, float | None, Qualifier]:
    """Inclusive bounds for a figure and how it is qualified; counts step strict bounds by one."""
    if mode == "at_least":
        return n, None, Qualifier.AT_LEAST
    if mode == "more_than":
        return (n + 1 if step else n), None, Qualifier.MORE_THAN
    if mode == "at_most":
        return None, n, Qualifier.AT_MOST
    if mode == "fewer_than":
        return None, (n - 1 if step else n), Qualifier.FEWER_THAN
    if mode in ("about", "nearly"):
        low = n * (1 - ABOUT_SPREAD)
        high = n if mode == "nearly" else n * (1 + ABOUT_SPREAD)
        if step:
            return round(low), round(high), Qualifier.ABOUT
        return low, high, Qualifier.ABOUT
    return n, n, Qualifier.EXACT
