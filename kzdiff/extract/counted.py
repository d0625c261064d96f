"""What an "other" count of people counts, and whether a count covers only a window of
time: read from the figure's own clause here, at extraction, so that alignment works on
the records and never reads article text.

"476 people aboard" is no revision of "174 rescued"; "24 died in the past 24 hours" is a
day's toll, not the running total.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from kzdiff.lexicon.dates import MONTHS, WEEKDAYS
from kzdiff.lexicon.facts import (
    BODY_HANDLING,
    CARE_KINDS,
    CONFIRMED_DEATHS,
    CUSTODY_KINDS,
    DEATH_CAUSE_EXCLUDERS,
    DEATH_CAUSE_PHRASES,
    DISASTER_RELATED,
    DISPLACEMENT_KINDS,
    OTHER_KINDS,
    RECOVERY_VERBS,
    RESCUER_NOUNS,
    STANDING_KINDS,
    SUSPECTED_DEATHS,
)
from kzdiff.lexicon.numbers import TENS_WORDS, UNIT_WORDS
from kzdiff.vocab import Category

_OTHER_CUE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted({w for ws in OTHER_KINDS.values() for w in ws}, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
_CUE_KIND = {w: kind for kind, ws in OTHER_KINDS.items() for w in ws}
_RESCUERS = re.compile(r"rescue\s+(?:" + "|".join(sorted(RESCUER_NOUNS)) + r")\b", re.IGNORECASE)
# where a figure's own clause ends: punctuation (not a figure's own "1,200" or "5.7")
_CLAUSE_END = re.compile(r"[.;,:!?](?!\d)|[()\u2014\u2013]")
# a subordinate clause after the figure says why or when, not what befell those counted:
# "the earlier tally of 95 killed was because some bodies had been dismembered"
# what a count is for or over ends the words its kind is read in: "arrested 19 suspects
# over the abductions" are arrests
_REASON_AFTER = re.compile(
    r"\b(?:because|since|after|as|when|while|over\s+the|in\s+connection\s+with"
    r"|linked\s+to|for\s+(?:the|their)\s+role|(?P<described>accused\s+of|suspected\s+of"
    r"|charged\s+with))\b",
    re.IGNORECASE,
)
_CUE_AFTER, _CUE_BEFORE = 80, 60  # characters read after and before the figure
_PREDICATE = re.compile(r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\b", re.IGNORECASE)
_AND = re.compile(r"\band\b", re.IGNORECASE)

# "in the past 24 hours", "in the last three days", "over the past week": a count of one
# window of time; "over the past three months", "in the last year": a season's, longer
# than the event's own days (an outbreak's months are its own: see claims._finalise)
_THE_PAST = r"\b(?:in|over|during|within)\s+the\s+(?:last|past|previous|preceding)\s+"
_PAST_WINDOW = re.compile(
    _THE_PAST + r"(?:(?:\d{1,3}|two|three|four|five|six|seven|ten|twelve|twenty-four"
    r"|forty-eight|seventy-two)\s+)?"
    r"(?:hours|days|day|week|weeks|months|month|years|year)\b",
    re.IGNORECASE,
)
PAST_MONTHS = re.compile(_THE_PAST + r"(?:[\w-]+\s+)?(?:months|month|years|year)\b", re.IGNORECASE)
# "21 dead since Monday": the days since a weekday, never "since Monday's quake", which
# counts from the event itself
_FULL_MONTHS = [m for m in MONTHS if len(m) > 3 and m != "sept"]
# "killed 158 people since March": the weeks since a month began (a month's name is
# written with a capital: "since may" is no month)
_SINCE_WEEKDAY = re.compile(
    rf"\bsince\s+(?:last\s+)?(?:(?P<day>{'|'.join(WEEKDAYS)})"
    rf"|(?:early\s+|late\s+|mid-)?(?P<month>(?-i:{'|'.join(m.capitalize() for m in _FULL_MONTHS)}))"
    # ("since September 29" is a day, no month's start: not read here)
    r"(?:\s+(?P<year>\d{4}))?(?!\s+\d{1,2}(?:st|nd|rd|th)?\b))\b(?!['’]s)",
    re.IGNORECASE,
)
_WINDOW = re.compile(rf"{_PAST_WINDOW.pattern}|(?P<since>{_SINCE_WEEKDAY.pattern})", re.IGNORECASE)
# words just before a figure that make it the running total, whatever window is near
_TOTAL_BEFORE = re.compile(
    r"\b(?:toll|total|tally|overall|cumulative|sum)\b[^,;]{0,20}$"
    # "the number of people held in custody has risen to 900": the level it stands at
    r"|\b(?:risen|rose|climbed|jumped|increased|grown|grew)\s+to\s+$",
    re.IGNORECASE,
)


_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)
_SPARED = "rescued"  # the kind of those a fate spared (lexicon.facts.OTHER_KINDS)
# what befell the rest ("all but 12 passengers were released" spares no one)
_A_FATE = re.compile(
    r"\b(?:killed|dead|died|perished|drowned|injured|wounded|hurt|missing)\b", re.IGNORECASE
)


def counted_kind(sentence: str, at: int, end: int) -> str | None:
    """What an "other" count of people counts, by the words of its own clause (see
    lexicon.facts.OTHER_KINDS): the cue nearest the figure at ``at:end`` of
    ``sentence``, after it ("350 people were living in the tower") or before it
    ("carrying 500 migrants"); after it on a tie."""
    if not 0 <= at <= end <= len(sentence):
        return None
    if _ALL_BUT.search(sentence, max(0, at - 8), at) and _A_FATE.search(
        sentence, end, end + _CUE_AFTER
    ):
        return _SPARED  # "with all but two people on board killed": the two survived
    after = _past_aside(sentence, end)
    stop = _CLAUSE_END.search(after)
    if stop is not None:
        after = after[: stop.start()]
    # "143 students had been taken and at least 16 freed themselves": past another
    # figure, its words
    another = next(
        (m for m in _ANOTHER_FIGURE.finditer(after) if not _BETWEEN.search(after, 0, m.start())),
        None,
    )
    if another is not None:
        after = after[: another.start()]
    before = sentence[max(0, at - _CUE_BEFORE) : at]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    ahead = _OTHER_CUE.search(after)
    if ahead is not None and _RESCUERS.match(after, ahead.start()):
        ahead = None  # "400 rescue workers": who they are, not that they were rescued
    cues_before = list(_OTHER_CUE.finditer(before, cut))
    behind = cues_before[-1] if cues_before else None  # the nearest cue before the figure
    if behind is not None and (ahead is None or len(before) - behind.end() < ahead.start()):
        ahead = behind
    if ahead is None:
        return None
    return _CUE_KIND.get(" ".join(ahead.group().lower().split()))


# a clause of another figure: "and at least 16", ", 30" (not a road's number, "on Route
# 9 were rescued", nor a whole it is taken out of, "out of the 24.3 million")
# ("aged between 18 and 25": a range's second end)
_BETWEEN = re.compile(r"\bbetween\s+[\d,.]+\s*\Z", re.IGNORECASE)
_ANOTHER_FIGURE = re.compile(
    r"(?:\band|\bbut|,)\s+(?:(?:at\s+least|more\s+than|some|about|nearly|another)\s+)?\d",
    re.IGNORECASE,
)

# "Around 140 people, mostly Marevians and Kestovians, were aboard": an aside of who
# they were, set off by commas between the figure's noun and its verb
_ASIDE = re.compile(
    r"(?P<own>[^,.;:!?]{0,40}?),\s*(?:mostly|mainly|largely|chiefly|many|most|all|including|who|whose)"
    r"\b[^,.;:!?]{0,60},",
    re.IGNORECASE,
)


_NEW_CLAUSE = re.compile(r"\s*(?:and|but|while|whereas|as|\d)", re.IGNORECASE)


def _past_aside(sentence: str, end: int) -> str:
    """The words read for a kind after the figure ending at ``end``, an aside of who the
    counted were left out."""
    aside = _ASIDE.match(sentence, end)
    if aside is None or _NEW_CLAUSE.match(sentence, aside.end()):
        # "140 people, most of them pilgrims, and rescuers saved 60": past the aside
        # another clause begins, whose verb is not the figure's
        return sentence[end : end + _CUE_AFTER]
    return aside.group("own") + " " + sentence[aside.end() : aside.end() + _CUE_AFTER]


class _ClauseKinds:
    """Kinds named by cue words of a figure's own clause (a table of kind -> words): the
    nearest cue after the figure, else one just before it ("the unidentified 24")."""

    def __init__(self, table: dict[str, tuple[str, ...]]) -> None:
        words = sorted({w for ws in table.values() for w in ws}, key=lambda w: (-len(w), w))
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        self._cue = re.compile(r"\b(?:" + alternation + r")\b", re.IGNORECASE)
        self._kind = {w: kind for kind, ws in table.items() for w in ws}

    def of(self, sentence: str, at: int, end: int) -> str | None:
        if not 0 <= at <= end <= len(sentence) or _ALL_BEFORE.search(sentence, max(0, at - 8), at):
            return None  # "all 98 victims have been identified": the toll itself
        after = _own_line(sentence[end : end + _KIND_AFTER])
        stop = _CLAUSE_END.search(after)
        if stop is not None:
            after = after[: stop.start()]
        other = _NEXT_FIGURE.search(after)
        worded = _NEXT_WORD_FIGURE.search(after)
        if worded is not None and _A_VERB.search(after, 0, worded.start()) is not None:
            other = worded if other is None or worded.start() < other.start() else other
        if other is not None:
            # "8,400 have been arrested and 2.000 people sentenced": the kind after the
            # next figure is that figure's
            after = after[: other.start()]
        reason = _REASON_AFTER.search(after)
        if reason is not None:
            # ... past a description of them, their predicate still counts: "Thirty
            # traders suspected of helping the army were abducted by rebels"
            predicate = _PREDICATE.search(after, reason.end()) if reason["described"] else None
            after = after[: reason.start()] + (
                " " + after[predicate.start() :] if predicate is not None else ""
            )
        # "have identified a total of 171 bodies": the verb reaches over "a total of"
        total_of = _TOTAL_OF.search(sentence, max(0, at - 16), at)
        reach = _KIND_BEFORE + (total_of.end() - total_of.start() if total_of else 0)
        before = sentence[max(0, at - reach) : at]
        cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
        ahead = list(self._cue.finditer(after))
        # where they are now wins over how they came there: "About 90 hostages are still
        # being held" are those still held, of all the hostages (not another's after "and":
        # "150 people were kidnapped ... and the ringleader is still in custody")
        standing = [
            m
            for m in ahead
            if self._kind_of(m) in STANDING_KINDS and not _AND.search(after, 0, m.start())
        ]
        cue = standing[0] if standing else ahead[0] if ahead else None
        if cue is None:
            behind = list(self._cue.finditer(before, cut))
            cue = behind[-1] if behind else None
        if cue is None:
            return None
        return self._kind_of(cue)

    def _kind_of(self, cue: re.Match[str]) -> str | None:
        return self._kind.get(" ".join(cue.group().lower().split()))


# a figure of its own joined on in the clause ("and 2.000 people sentenced", "but had
# also recovered four bags of body parts that could not be identified"; not "of the 97
# dead have been identified", whose figure is the whole)
_NUMBER_WORDS = "|".join(sorted({*UNIT_WORDS, *TENS_WORDS}, key=len, reverse=True))
# (a figure in words after "and" only once the figure's clause had its verb: "Thirty
# were injured and two are in critical condition"; "40 protesters and one journalist
# remain in custody" share their predicate)
_NEXT_FIGURE = re.compile(
    r"\b(?:and|or|while|but)\s+(?:[a-z]+\s+){0,2}?\d"
    rf"|\b(?:while|but)\s+(?:[a-z]+\s+){{0,3}}?(?:{_NUMBER_WORDS})\b",
    re.IGNORECASE,
)
_NEXT_WORD_FIGURE = re.compile(rf"\b(?:and|or)\s+(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_A_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|been|\w+ed)\b", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"\ball\s+(?:the\s+)?$", re.IGNORECASE)
_TOTAL_OF = re.compile(r"\b(?:a\s+)?total\s+of\s+$", re.IGNORECASE)
_KIND_BEFORE = 15  # characters: "the unidentified " (not "identified from 71 killed")
# characters after the figure, to its clause's end: "Eleven bodies from the BM Container
# Depot explosion and fire in Chattogram's Sitakunda are still unidentified"
_KIND_AFTER = 120


# One figure for two fates: "450 people had either died or had been injured", "223 dead
# and injured". Read in the figure's own clause, after it, with no other figure between.
# Not "dead or missing": news gives that as the toll (the missing presumed dead).
_AUX_BETWEEN = r"(?:(?:had|have|has|been|were|was|being|either|otherwise|seriously|badly)\s+){0,3}"
_TWO_FATES = re.compile(
    r"[^\d.;:]{0,40}?\b(?:either\s+)?(killed|died|dead|deaths?)\s+"
    rf"(?:or\s+{_AUX_BETWEEN}|and\s+)(injured|wounded|hurt|injuries)\b"
    r"|[^\d.;:]{0,40}?\b(injured|wounded|hurt)\s+"
    rf"(?:or\s+{_AUX_BETWEEN}|and\s+)(killed|dead)\b",
    re.IGNORECASE,
)


def two_fates(sentence: str, end: int) -> str | None:
    """'killed or injured': what one figure counts when it counts both, or None."""
    m = _TWO_FATES.match(sentence, end, min(len(sentence), end + _TWO_FATES_REACH))
    return "killed or injured" if m is not None else None


_TWO_FATES_REACH = 80  # characters after the figure


def kind_in_clause(category: Category, sentence: str, at: int, end: int) -> str | None:
    """What a count of ``category`` at ``at:end`` of ``sentence`` counts beyond its
    category, by its own clause: an other count's kind (counted_kind), what was done with
    the bodies, where the injured, the detained or the displaced are now; None for the
    running count itself, and for the categories read no further."""
    reader = _KIND_READERS.get(category)
    return reader(sentence, at, end) if reader is not None else None


# An increment, not the running total: "an increase of almost 300", "toll up 200 since
# Friday", "risen by 40" before the figure; "140 new deaths" after it. "Another", "a
# further", "more" and "additional" mostly mean "besides" ("151 dead, with another 82
# injured", "a further 72 killed in India"): they mark an increment only beside a
# verb of recovery ("Nine more bodies were recovered on Thursday"). Each pattern reads
# a fixed stretch of text.
_INCREMENT_BEFORE = re.compile(
    r"(?:\ban\s+increase\s+of|\b(?:rose|risen|increased|jumped|climbed|grew|raised)\s+by"
    r"|\b(?:gone|went|goes)\s+up\s+by"
    r"|\b(?:toll|total|tally|number|count|deaths|cases)\s+(?:is\s+|was\s+|now\s+)?up"
    r"(?:\s+by)?)\s*$",
    re.IGNORECASE,
)
_INCREMENT_AFTER = re.compile(r"\s*(?:new|fresh)\b", re.IGNORECASE)
# a rate, each day's count and not the running one: "40-70 people are being detained
# daily" (not "a day after the quake")
_DAILY_AFTER = re.compile(
    r"(?:\s+(?!(?:on|in|at|during|for|of|that|the)\b)[a-z]+){0,4}?\s+(?:daily|every\s+day"
    r"|each\s+day|per\s+day|a\s+day(?![-\w])(?!\s+(?:after|before|later|earlier|ago|since|when|of|that)\b))",
    re.IGNORECASE,
)
_BESIDES_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s*$", re.IGNORECASE)
_BESIDES_AFTER = re.compile(r"\s*(?:more(?!\s+than)|additional|further)\b", re.IGNORECASE)
_RECOVERY = re.compile(r"\b(?:" + "|".join(sorted(RECOVERY_VERBS)) + r")\b", re.IGNORECASE)
_ONE_DAY = re.compile(
    r"\b(?:" + "|".join(sorted(WEEKDAYS)) + r"|overnight|today|yesterday|last\s+night)\b",
    re.IGNORECASE,
)
_INCREMENT_BEFORE_REACH = 30  # characters: "the death toll is now up by "
# a clause joined after a figure's own: "rose to 312 after 40 more bodies were found on
# Monday alone" (the day is the 40's)
_JOINED_CLAUSE = re.compile(r"\b(?:after|as|and|since|when|while|but|with)\b", re.IGNORECASE)
# one day's count, said so: "1,700 refugees crossed at one post on Monday alone"
_DAY_ALONE = re.compile(
    r"\b(?:" + "|".join(sorted(WEEKDAYS)) + r"|today|yesterday)\s+alone\b", re.IGNORECASE
)


def _increments(sentence: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Which figures (spans relative to ``sentence``) count an increment. Each figure's
    own clause is read (at most _CUE_BEFORE characters before it, _CUE_AFTER after)."""
    out: set[int] = set()
    says_alone = "alone" in sentence  # few sentences do: the day's clause is read for them
    for k, (at, end) in enumerate(spans):
        lo = max(0, at - _INCREMENT_BEFORE_REACH)
        reach = min(len(sentence), end + _CUE_AFTER)
        stop = _CLAUSE_END.search(sentence, end, reach)
        clause_end = stop.start() if stop is not None else reach
        if (
            _INCREMENT_BEFORE.search(sentence, lo, at)
            or _INCREMENT_AFTER.match(sentence, end)
            or _DAILY_AFTER.match(sentence, end)
            or (says_alone and _one_day_alone(sentence, end, clause_end))
        ):
            out.add(k)
        elif _BESIDES_BEFORE.search(sentence, lo, at) or _BESIDES_AFTER.match(sentence, end):
            # the figure's own clause says a recovery or a day: "Nine more bodies were
            # recovered", "Another 22 died on Thursday" (not "..., and another 30 are
            # still missing" after "Rescuers found 12 bodies")
            lo = max(0, at - _CUE_BEFORE)
            start = max((m.end() for m in _CLAUSE_END.finditer(sentence, lo, at)), default=lo)
            clause = sentence[start:clause_end]
            dated = k == 0 and _ONE_DAY.search(clause) is not None
            if _RECOVERY.search(clause) is not None or dated:
                out.add(k)
    return out


def _one_day_alone(sentence: str, end: int, clause_end: int) -> bool:
    """ "1,700 crossed at one post on Monday alone": the day's count, said in the figure's
    own clause (not "rose to 312 after 40 more were found on Monday alone")."""
    joined = _JOINED_CLAUSE.search(sentence, end, clause_end)
    return _DAY_ALONE.search(sentence, end, joined.start() if joined else clause_end) is not None


def _opening(m: re.Match[str]) -> str:
    """What a "since" phrase opens on: a weekday ("monday"), or a month as "month 3" or
    "month 3 2031" where a year is named."""
    if m.group("day") is not None:
        return m.group("day").lower()
    month = f"month {MONTHS[m.group('month').lower()]}"
    return f"{month} {m.group('year')}" if m.group("year") else month


def window_weekdays(
    sentence: str, figures: set[int], spans: Sequence[tuple[int, int]]
) -> dict[int, str]:
    """For the window figures of a sentence that counts since a weekday ("21 dead since
    Monday"), that weekday, lower-case, by figure."""
    found = [(m.start(), _opening(m)) for m in _SINCE_WEEKDAY.finditer(sentence)]
    if not found or _PAST_WINDOW.search(sentence) is not None:
        return {}  # no weekday, or another window beside it ("in the past 24 hours")
    starts = [at for at, _ in found]  # in text order: the nearest by bisection, not a scan
    out = {}
    for k in figures:
        at = spans[k][0]
        i = bisect_left(starts, at)
        near = [j for j in (i - 1, i) if 0 <= j < len(found)]
        out[k] = min((found[j] for j in near), key=lambda w: abs(w[0] - at))[1]
    return out


def window_figures(sentence: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Which of a sentence's figures (spans relative to ``sentence``, in order) count a
    window of time: for each "in the past 24 hours", the figure nearest it, unless the
    words before the figure make it the total ("raising the toll to 1,314"); and each
    increment ("another nine", "140 new deaths", "an increase of 300"), a count of the
    time since the last one. Only the few figures beside each phrase are read, so a
    long sentence stays linear."""
    out = _increments(sentence, spans)
    low = sentence.lower()
    if "the last" not in low and "the p" not in low and "since " not in low:
        return out  # a substring test first: most sentences name no window
    starts = [at for at, _ in spans]
    for m in _WINDOW.finditer(sentence):
        if _RECORD_BEFORE.search(sentence, max(0, m.start() - _RECORD_REACH), m.start()):
            continue  # "the deadliest mining accident in Varn in the past ten years": a record
        k = bisect_left(starts, m.end())  # the first figure after the phrase
        near = [
            j
            for j in range(max(0, k - _NEIGHBOURS), min(len(spans), k + _NEIGHBOURS))
            if not _TOTAL_BEFORE.search(sentence[max(0, spans[j][0] - 40) : spans[j][0]])
        ]
        gaps = [
            (m.start() - spans[j][1] if spans[j][1] <= m.start() else spans[j][0] - m.end(), j)
            for j in near
        ]
        if m.group("since") is not None:
            # "21 dead, 20 injured since Monday, with 25 wounded": the days since a
            # weekday bound every figure beside the phrase, not only the nearest
            out.update(j for g, j in gaps if g >= 0 and g <= _SINCE_REACH)
            continue
        best = min((g for g in gaps if g[0] >= 0), default=None)
        if best is not None:
            out.add(best[1])
    return out


_NEIGHBOURS = 3  # figures read on each side of a window phrase
# a superlative before a span of time makes it a record's span, no window's count
_RECORD_BEFORE = re.compile(
    r"\b(?:\w+est|worst|most|biggest|largest|highest|first|only)\b[^,;.]*\Z", re.IGNORECASE
)
_RECORD_REACH = 60  # characters before the span
_SINCE_REACH = 90  # characters between "since Monday" and a figure it bounds


_BODY_KINDS = _ClauseKinds(BODY_HANDLING)
# "11 disaster-related deaths", "Eleven people have died of causes indirectly related",
# "The number of disaster-related deaths rose to 19": the cause in the figure's own noun
# phrase, just after it or within reach before it
_CAUSE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in DEATH_CAUSE_PHRASES) + r")\b", re.I)
_CAUSE_EXCLUDED = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in DEATH_CAUSE_EXCLUDERS) + r")\s+\Z", re.I
)
_CAUSE_AFTER = 48  # characters: "people have died of causes indirectly related"
_CAUSE_BEFORE = 40  # characters: "the number of disaster-related deaths rose to"
_EXCLUDER_REACH = 16  # characters before the cause: "Not counting", "still counting"


def _death_cause(sentence: str, at: int, end: int) -> bool:
    after = _own_line(sentence[end : end + _CAUSE_AFTER])
    stop = _CLAUSE_END.search(after)
    cause = _CAUSE.search(after[: stop.start()] if stop else after)
    if cause is None:
        lo = max(0, at - _CAUSE_BEFORE)
        before = sentence[lo:at]
        stop_at = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
        found = list(_CAUSE.finditer(before, stop_at))
        cause = found[-1] if found else None
        base = lo
    else:
        base = end
    if cause is None:
        return False
    start = base + cause.start()
    return _CAUSE_EXCLUDED.search(sentence, max(0, start - _EXCLUDER_REACH), start) is None


def _own_line(after: str) -> str:
    """The words after a figure that are its own: none where the figure ends its line
    and the next line opens with a capital, a table's next row ("Earthquake fatalities
    48 / Disaster-related deaths 11"); a hard-wrapped sentence runs on in lower case
    ("so far 24 / bodies have been handed over")."""
    rest = after.lstrip(" \t")
    if rest.startswith("\n") and rest.lstrip()[:1].isupper():
        return ""
    return after


# "the identities of 47 bodies have been confirmed": identified, said the long way (not
# "have not confirmed the identities of 23 bodies", "withheld the identities of 40")
_IDENTITIES_BEFORE = re.compile(r"\bidentities\s+of\s+$", re.IGNORECASE)
_IDENTITIES_CONFIRMED = re.compile(
    r"^\s+[a-z]+\s+(?:(?:have|has|had)\s+(?:now\s+)?been|were|was)\s+"
    r"(?:confirmed|established|verified)\b",
    re.IGNORECASE,
)


# the dead a funeral is for, right before their figure (not "killed 31 people at the
# funeral of a tribal elder": the funeral is where they died)
_FUNERALS_OF = re.compile(r"\b(?:funerals?|burials?)\s+(?:of|for)\s+(?:the\s+)?\Z", re.IGNORECASE)
_FUNERALS_REACH = 20  # characters before the figure
_LAID_TO_REST = "laid to rest"  # a kind of lexicon.facts.BODY_HANDLING


def _killed_kind(sentence: str, at: int, end: int) -> str | None:
    if _IDENTITIES_BEFORE.search(sentence, max(0, at - 16), at) and _IDENTITIES_CONFIRMED.match(
        sentence[end : end + 48]
    ):
        return "identified"
    if _FUNERALS_OF.search(sentence, max(0, at - _FUNERALS_REACH), at):
        return _LAID_TO_REST  # "Women attend the funerals of six victims": not the toll
    kind = _BODY_KINDS.of(sentence, at, end)
    if kind is None and _death_cause(sentence, at, end):
        return DISASTER_RELATED
    return kind or _certainty(sentence, at, end)


# A count of the dead marked suspected or confirmed by its own clause. The mark names the
# deaths, not the people ("killed by suspected gunmen" marks no count): right after the
# figure ("141 suspected deaths", '148 "probable"', "14 deaths have been confirmed"), or
# before it in its clause, on the deaths' own noun ("the toll of suspected duck flu deaths
# rose to 137", "lowered the confirmed death toll ... to six"). Bounded: linear.
def _mark(name: str) -> str:
    return rf"[\"“”'‘’(]?(?P<{name}>suspected|probable|(?:laboratory-|lab-)?confirmed)[\"“”'‘’)]?"


_DEATH_NOUN = r"(?:deaths?|fatalities|death\s+toll|toll)\b"
_MARKED_AFTER = re.compile(
    rf"\s*{_mark('noun')}(?:\s+[\w-]+){{0,3}}?\s+{_DEATH_NOUN}"
    rf"|\s*{_mark('bare')}\s*(?:[,;.]|$)"
    # the deaths themselves said to be so: "14 deaths have been confirmed", "a further 39
    # deaths were suspected", "18 of those deaths had been confirmed" (not "3 people who
    # were suspected of robbing a bank", "12 people died in what is suspected to be")
    r"|(?:\s+[\w'’-]+){0,2}?\s+(?:deaths|fatalities)(?:\s+[\w'’-]+)?\s+"
    r"(?:(?:have|has|had)\s+(?:now\s+)?been|are|were|is|was)\s+(?P<verb>confirmed|suspected)\b"
    # "just six are confirmed" (not "Three were confirmed as foreign nationals")
    r"|\s+(?:are|were|have\s+been)\s+(?P<own>confirmed)\b(?!\s+(?:as|to)\b)",
    re.IGNORECASE,
)
_MARKED_BEFORE = re.compile(
    # ("the confirmed flu death toll", not "confirmed that the toll had gone up")
    rf"{_mark('noun')}(?:\s+(?!(?:that|the|a|an|its|their|no)\b)[\w-]+){{0,3}}?\s+{_DEATH_NOUN}"
    # (not past "and" to another figure: "3 suspected cholera deaths and 20 deaths overall";
    # not "confirmed no cholera deaths among the 12")
    r"(?:(?!\band\b)[^,;.:]){0,48}$"
    # "confirmed the deaths of 12" (not "has not confirmed the deaths of 12")
    r"|(?<!not\s)(?<!n't\s)(?<!yet\sto\s)(?P<verb>confirmed\s+the\s+deaths\s+of|suspected\s+in)\s+$",
    re.IGNORECASE,
)
_MARK_REACH = 90  # characters before the figure: "the confirmed death toll from a ... to"


def _certainty(sentence: str, at: int, end: int) -> str | None:
    m = _MARKED_AFTER.match(sentence, end, min(len(sentence), end + _CUE_AFTER))
    if m is None:
        m = _MARKED_BEFORE.search(sentence, max(0, at - _MARK_REACH), at)
    if m is None:
        return None
    word = next(w for w in m.groups() if w is not None).lower()
    return CONFIRMED_DEATHS if "confirmed" in word else SUSPECTED_DEATHS


# What each category's clause may say beyond it: an other count's kind; what was done
# with the bodies ("66 handed over", "24 unidentified"); where the injured are ("38
# remain in hospital"), the detained ("1,600 remained in detention") or the displaced
# ("6.5 million internally displaced") now.
_CUSTODY = _ClauseKinds(CUSTODY_KINDS)
# "holding 210 people hostage", "took 30 staff hostage": the counted noun, then "hostage"
# (not "the hostage-taking gang", "in the hostage drama")
_NOUN_THEN_HOSTAGE = re.compile(
    r"(?:\s+(?!(?:in|the|of|at|from|during|on|a|an|by|for|after|over)\b)[\w'’]+){1,3}?"
    r"\s+hostage\b(?![-\w])",
    re.IGNORECASE,
)


def _custody_kind(sentence: str, at: int, end: int) -> str | None:
    if _NOUN_THEN_HOSTAGE.match(sentence, end) is not None:
        return _ABDUCTED
    return _CUSTODY.of(sentence, at, end)


_ABDUCTED = "abducted"

_KIND_READERS: dict[Category, Callable[[str, int, int], str | None]] = {
    Category.OTHER: counted_kind,
    Category.KILLED: _killed_kind,
    Category.INJURED: _ClauseKinds(CARE_KINDS).of,
    Category.DETAINED: _custody_kind,
    Category.DISPLACED: _ClauseKinds(DISPLACEMENT_KINDS).of,
}
