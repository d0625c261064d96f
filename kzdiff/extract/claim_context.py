"""What the rest of a document says about a figure: its status, its date, its
speaker's name, and whether it belongs to another story.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate, pairwise
from typing import Protocol, TypeVar

from kzdiff.extract.attribution import attribution_in_sentence
from kzdiff.extract.clause import Found, from_after_figure
from kzdiff.extract.tokens import PhraseIndex, Token, contains_phrase, phrase_pattern, tokenize
from kzdiff.lexicon.attribution import (
    AIRLINE_NAME_WORDS,
    ANAPHORIC_DAY,
    CALLED_FALSE,
    CONTINUATION_OPENERS,
    CORRECTED_THE,
    CORRECTED_TO,
    CORRECTING_VERBS,
    DATA_WORDS,
    DAYS_LATER_OPENERS,
    DENIAL_CUES,
    DISPUTE_CUES,
    EARLIER_GIVEN_WORDS,
    EARLIER_REPORT_ADJECTIVES,
    EARLIER_REPORT_NOUNS,
    EARLIER_REPORTS_THAT,
    EXPECTATION_CUES,
    FALSE_CLAIM_NOUNS,
    GIVEN_AS_FALSE,
    INDEFINITE_TIME_CUES,
    LAY_SPEAKER_NOUNS,
    NEGATION_WORDS,
    NEW_FIGURE_AFTER_CORRECTION,
    NOT_AIRLINES_AFTER_AIR,
    NUMBER_WORDS,
    PAST_HEDGES,
    PERIOD_OPENERS,
    PROJECTION_CUES,
    REPORTS_REVISED,
    RETRACTION_CUES,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    STAYING_VERBS,
    SUPERSEDED_BEFORE,
    SUPERSEDED_NOUNS,
    TOLL_PROJECTION_VERBS,
    UNNAMED_REPORT_SOURCE,
    UNREAL_CUES,
)
from kzdiff.lexicon.categories import (
    CAUSE_PHRASES,
    CLAUSE_BREAKERS,
    COUNT_CHANGE_VERBS,
    DISEASE_NAME_PIECES,
    DISEASE_NAMES,
    EVENT_KINDS,
    EVENT_NAMING_NOUNS,
    INCIDENT_KINDS,
    KIND_FAMILIES,
    KIND_IDIOM_AFTER,
    KIND_IDIOM_BEFORE,
    LONG_CONFLICT_NOUNS,
    POSSESSIVE_EVENT_KINDS,
    RISE_VERBS,
    STORM_TITLES,
)
from kzdiff.lexicon.dates import (
    DAY_PARTS,
    EVENTS_BEFORE_A_DAY,
    MONTHS,
    PERIOD_END_VERBS,
    WEEKDAYS,
)
from kzdiff.lexicon.facts import FOLLOW_UP_WORDS
from kzdiff.lexicon.grammar import NEW_CLAUSE_WORDS, QUOTE_MARKS
from kzdiff.lexicon.names import NATIONALITIES
from kzdiff.lexicon.speech import QUOTE_VERBS
from kzdiff.records import DateMention, Document, Entity, Quantity, Quote, Sentence
from kzdiff.vocab import Category, EntityLabel, Kind, Status

log = logging.getLogger(__name__)

_ANAPHORIC_PHRASES = tuple(ANAPHORIC_DAY)
_SUPERSEDED: PhraseIndex[bool] = PhraseIndex(dict.fromkeys(SUPERSEDED_BEFORE, True))
_CLAUSE_END = frozenset({",", ";", ":", "—", "–"})
# A negation after these belongs to the next phrase: "one case and no deaths".
_COORDINATORS = frozenset({"and", "or", "but", "while", ",", ";"})
_NUMBER_NAMERS = frozenset(
    {
        "number",
        "no",
        "flight",
        "train",
        "bus",
        "route",
        "model",
        "room",
        "line",
        "unit",
        "platform",
        "highway",
    }
)
_AS_OF_REACH = 60  # characters after a figure where a date still dates it
_CONTRAST = re.compile(r",\s+(?:but|while|whereas)\b|;")
# a day and nothing after it but the sentence's end: "..., the governor said Tuesday."
_DAY_ENDS_SENTENCE = re.compile(r"[\w,]+(?:\s+[\w,]+){0,3}?\s*[.!?\"”’']*\s*\Z")
# A weekday with no preposition, as wire copy writes it ("said Monday", "Wednesday's
# clashes"); the date extractor takes only "on Monday" so that "Good Friday" stays a name.
_BARE_WEEKDAY = re.compile(
    r"\b(" + "|".join(day.capitalize() for day in WEEKDAYS) + r")(?:['’]s)?\b"
)
# "the January 12 quake", "Sunday's shooting", "Sunday night's mass shooting": a day that
# names the event (at most one word of the event's own between)
_EVENT_KIND_ALTERNATION = "|".join(sorted(EVENT_KINDS, key=len, reverse=True))
_POSSESSED_KINDS = "|".join(sorted({*EVENT_KINDS, *POSSESSIVE_EVENT_KINDS}, key=len, reverse=True))
# "the Oct 14 terror attack", "the May 12 Sichuan earthquake": one word of the event's
# own before its noun; a word that opens another phrase is none ("on Monday after fire")
_NOT_AN_EVENTS_WORD = (
    r"(?:in|on|at|of|to|by|as|after|before|and|or|but|the|a|an|when|while|where|amid|from"
    r"|with|during|over|for|against|following|into|since|until|through|near|outside"
    r"|inside|across|around|among|despite|his|her|their|its|our|this|that|these|those|more"
    r"|new|further)\b"
)
_EVENT_AFTER_DAY = re.compile(
    rf",?\s+(?:{_EVENT_KIND_ALTERNATION})\b"
    # one word of the event's own, with no comma before it ("on Monday, more flooding is
    # forecast") and no verb ("on Thursday ending protests")
    rf"|\s+(?!{_NOT_AN_EVENTS_WORD})(?![a-z]+ing\b)[a-z]+\s+(?:{_EVENT_KIND_ALTERNATION})\b"
    rf"|(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+(?:[a-z]+\s+)?(?:{_POSSESSED_KINDS})\b",
    re.IGNORECASE,
)
# "China's earthquake on May 12", "a failed coup attempt on July 15, 2016": the day
# after an event's noun names the event (read in a short window before the day: linear)
_EVENT_BEFORE_DAY = re.compile(
    rf"\b(?:{_EVENT_KIND_ALTERNATION}|{'|'.join(sorted(EVENTS_BEFORE_A_DAY))})"
    # "the truck bombing in Mogadishu on Oct 14": the event's place may stand between
    r"(?:\s+attempt)?(?:\s+in\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?)?\s+(?:on|of)\s+\Z",
    re.IGNORECASE,
)
_EVENT_BEFORE_REACH = 40
_POSSESSIVE_DAY = re.compile(r"(?i:(?:last|this|next) )?\w+['’]s\b")
_PRONOUN_WORDS = frozenset({"it", "he", "she", "they", "we", "i"})
_PERSON = frozenset({EntityLabel.PERSON})
_BODIES = frozenset({EntityLabel.ORG})


_NO_QUOTES = str.maketrans("", "", '"“”')
_SUBJECT_CHARS = 30  # a role and a name at most: "Fisherman Tomas Berg"
_AGE_AFTER_NAME = re.compile(r",\s*\d{1,3}\s*,")
_SPEAKER_SENTENCES_BACK = 3  # sentences outside quotations a paragraph's speaker reaches
_QUOTED_SENTENCES_BACK = 12  # and all sentences, quoted or not: the cost stays per pronoun
# "already" right before a figure ("There were already 2.9 million displaced people"), and
# a clause after it naming when the event or its month began
_ALREADY_REACH = 24
_ALREADY_BEFORE = re.compile(
    r"\bthere\s+(?:were|was|are|had\s+been)\s+already\s+"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?\Z",
    re.I,
)
# (a span of time: not "12 dead when the fire started", the event's own)
_WHEN_IT_BEGAN = re.compile(
    r"\b(?:when|before)\s+(?:the\s+)?(?:year|month|week|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\s+(?:began|started)\b",
    re.I,
)


@lru_cache(maxsize=4)
def _sentence_status(low_sentence: str, low_next: str) -> Status | None:
    """What the sentence (or the next, which may deny it) says of all its figures, once
    per sentence: every figure of a long sentence asks. Scare quotes do not hide a cue:
    'reports of the deaths of 400 Rohingya were "false"'."""
    low_sentence = low_sentence.translate(_NO_QUOTES)
    low_next = low_next.translate(_NO_QUOTES)
    if (
        contains_phrase(low_sentence, RETRACTION_CUES)
        # "the number was corrected upwards to 23": the corrected figure is the new one
        and contains_phrase(low_sentence, CORRECTED_TO) is None
    ) or (low_next and contains_phrase(low_next, RETRACTION_CUES)):
        return Status.RETRACTED
    if contains_phrase(low_sentence, DISPUTE_CUES) or (
        low_next and _next_disputes_a_count(low_next)
    ):
        return Status.DISPUTED
    return None


# what a denial must name to deny the sentence before it a count: "He rejected claims
# that the toll was higher" (not "He rejected claims that the fire crews arrived late")
_COUNT_WORDS = re.compile(
    r"\b(?:\d|toll|tolls|figures?|numbers?|counts?|dead|deaths|died|killed|casualties|"
    r"injured|missing|victims|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|"
    r"hundreds|thousands|anyone|no\s+one|arrest\w*|detain\w*|displac\w*|massacr\w*|"
    r"fled|evacuat\w*|wounded|shot|forced\s+from)\b"
)


def _next_disputes_a_count(low_next: str) -> bool:
    """Whether the sentence after a figure's denies it: a dispute cue, and where the cue
    denies "claims that ..." or "reports that ...", a clause that speaks of a count."""
    cue = contains_phrase(low_next, DISPUTE_CUES)
    if cue is None:
        return False
    if not cue.endswith(("claims", "reports")):
        return True
    said = low_next[low_next.find(cue) + len(cue) :]
    return not said.lstrip().startswith("that ") or _COUNT_WORDS.search(said) is not None


_DENIAL_REACH = 40  # tokens before a figure where a denial still reaches it
_FALSE_REACH = 8  # tokens from a figure to "are false", and back to "tolls" or "reports"


def _called_false(tokens: Sequence[Token], f: Found) -> bool:
    """'unofficial death tolls surpassing 400 are false': a figure given as a toll, a
    report or a rumour that the sentence calls false, not every figure of the sentence
    ("Rumours that 100 died are false, police said, confirming 12 deaths")."""
    after = " ".join(t.low for t in tokens[f.qj : f.qj + _FALSE_REACH])
    if contains_phrase(after, CALLED_FALSE) is None:
        return False
    return any(t.low in FALSE_CLAIM_NOUNS for t in tokens[max(0, f.qi - _FALSE_REACH) : f.qi])


def given_as_false(tokens: Sequence[Token], f: Found) -> bool:
    """'unofficial death tolls surpassing 400 are false', 'media reports of the deaths of
    400 Rohingya were "false"': a figure the sentence gives as others' toll or report and
    calls false; whoever calls it so did not give it."""
    after = " ".join(t.low for t in tokens[f.qj : f.qj + _FALSE_REACH] if not _is_quote_mark(t))
    if contains_phrase(after, GIVEN_AS_FALSE) is None:
        return False
    return any(t.low in FALSE_CLAIM_NOUNS for t in tokens[max(0, f.qi - _FALSE_REACH) : f.qi])


_BOUND_WORDS = frozenset(
    {
        "about",
        "around",
        "some",
        "nearly",
        "roughly",
        "approximately",
        "at",
        "more",
        "over",
        "almost",
    }
)
_CORRECTED_REACH = 15  # tokens: "45 people had died, but the figure was corrected downwards to"
_CORRECTED_DIRECTIONS = frozenset(
    {"to", "up", "down", "upward", "upwards", "downward", "downwards"}
)


def _corrected_after(tokens: Sequence[Token], qj: int) -> bool:
    """Whether the figure ending at ``qj`` is the one a correction after it replaces:
    "corrected to", "corrected downwards to" within reach."""
    for k in range(qj, min(len(tokens) - 1, qj + _CORRECTED_REACH)):
        if tokens[k].low == "corrected" and tokens[k + 1].low in _CORRECTED_DIRECTIONS:
            # the new figure after "to" ("corrected down from 52" names the old one;
            # "corrected to Friday the time of landfall" no figure)
            m = k + 1
            while m < len(tokens) and tokens[m].low in _CORRECTED_DIRECTIONS - {"to"}:
                m += 1
            if m + 1 >= len(tokens) or tokens[m].low != "to":
                return False
            nxt = tokens[m + 1].low
            # "corrected to about 45", "corrected downwards to forty-five"
            return nxt[0].isdigit() or nxt.split("-")[0] in NUMBER_WORDS or nxt in _BOUND_WORDS
        if tokens[k].text[0].isdigit():
            return False  # another figure first: the correction is of that one
    return False


_CORRECTED_THE = PhraseIndex(dict.fromkeys(CORRECTED_THE, True))


def _corrected_later(tokens: Sequence[Token], qj: int) -> bool:
    """ "Sixteen were initially listed as dead, but officials corrected the figure": a
    correction after the figure that gives no new one ("corrected the figure from an
    earlier 150", "corrected the toll on Thursday, saying 23": the figure was current)."""
    if not any(t.low in _FIRST_GIVEN for t in tokens[:qj]) and not any(
        t.low in _FIRST_GIVEN for t in tokens[qj : qj + _FIRST_GIVEN_REACH]
    ):
        return False  # "The toll stands at 23 after officials corrected the figure": current
    for k in range(qj, len(tokens)):
        if tokens[k].text[0].isdigit():
            return False  # another figure first: the correction is of that one
        hit = _CORRECTED_THE.starting_at(tokens, k)
        if hit is not None:
            nxt = tokens[k + hit[1]].low if k + hit[1] < len(tokens) else ""
            return nxt not in NEW_FIGURE_AFTER_CORRECTION
    return False


# the figure was given first, before the correction: "Sixteen were initially listed"
_FIRST_GIVEN = frozenset({"initially", "originally", "first", "earlier", "previously"})
_FIRST_GIVEN_REACH = 5  # tokens after the figure: "Sixteen people were initially listed"


def _is_quote_mark(t: Token) -> bool:
    return t.text in QUOTE_MARKS


def _if_believed_before(tokens: Sequence[Token], qi: int) -> bool:
    """'If these figures are to be believed, 64 passengers were on board': a doubter's
    arithmetic, the condition opening the sentence before the figure's clause."""
    if not tokens or tokens[0].low != "if":
        return False
    for k in range(2, min(qi, _IF_BELIEVED_REACH)):
        if tokens[k].text in (";", ".") or tokens[k].text[0].isdigit():
            return False
        if (
            tokens[k].low == "believed"
            and tokens[k - 2].low == "to"
            and tokens[k - 1].low == "be"
            and k + 1 < qi
            and tokens[k + 1].text == ","
        ):
            return True
    return False


_IF_BELIEVED_REACH = 12  # tokens: "If the official figures are to be believed,"


def status_of(tokens: Sequence[Token], f: Found, low_sentence: str, low_next: str) -> Status:
    whole = _sentence_status(low_sentence, low_next)
    if whole is Status.RETRACTED:
        return whole
    if "corrected" in low_sentence and (
        _corrected_after(tokens, f.qj) or _corrected_later(tokens, f.qj)
    ):
        return Status.RETRACTED  # "the toll of 45 was corrected to 38": the 45 replaced
    before = " ".join(t.low for t in tokens[max(0, f.qi - _DENIAL_REACH) : f.qi])
    if (
        contains_phrase(before, DENIAL_CUES)
        or _superseded(tokens, f.qi)
        or _an_earlier_report_corrected(tokens, f.qi)
        or from_after_figure(tokens, f.qi, f.qj)
        or _changed_from_to(tokens, f.qi, f.qj)
        or (f.category not in _SIZES and _replaced_up_or_down_from(tokens, f.qi, f.qj))
        or _at_one_stage(tokens, f)
        or _inflated_by_an_error(tokens, f.qi, f.qj)
    ):
        return Status.RETRACTED
    if f.corrected:
        # "18 bodies, not the 19 announced earlier": replaced; "89 -- not 96 as the city
        # manager said": another's figure the sentence denies
        after = {t.low for t in tokens[f.qj : f.qj + _CORRECTED_WORDS]}
        return Status.RETRACTED if after & _GIVEN_BEFORE else Status.DISPUTED
    lo, hi = f.qj, f.cue_index if f.cue_index is not None and f.cue_index > f.qi else f.qj
    for k in range(lo, hi):
        if tokens[k].low in _COORDINATORS:
            hi = k  # "one case and no deaths": the "no" is the deaths' own
            break
    between = {t.low for t in tokens[lo:hi]}
    if between & NEGATION_WORDS or any(t.low.endswith("n't") for t in tokens[lo:hi]):
        return Status.NEGATED
    if (
        f.cue_index is not None
        and f.cue_index < f.qi
        and f.cue_index > 0
        and (tokens[f.cue_index - 1].low in NEGATION_WORDS)
    ):
        return Status.NEGATED
    if whole is not None:
        return whole
    if _if_believed_before(tokens, f.qi):
        return Status.DISPUTED
    if "false" in low_sentence and _called_false(tokens, f):  # a word test first: most lack it
        return Status.DISPUTED
    first = max(0, f.qi - 6)
    for k in range(f.qi - 1, first - 1, -1):
        if tokens[k].text in _CLAUSE_END or tokens[k].low in CLAUSE_BREAKERS:
            # "could rise further, as 33 others remain", "could be higher because there
            # are 300 wounded": another clause's
            first = k + 1
            break
    near = " ".join(t.low for t in tokens[first : hi + 1])
    if (
        f.cue_index is not None
        and f.cue_index < first
        and _taken_to(tokens, f.qi)
        and contains_phrase(
            " ".join(t.low for t in tokens[max(0, f.cue_index - _TOLL_VERB_REACH) : f.cue_index]),
            TOLL_PROJECTION_VERBS,
        )
    ):
        # "could lift the typhoon's death toll in this nation to more than 1,250": the
        # verb before the toll's noun says what it would become
        return Status.PROJECTED
    projection = contains_phrase(near, PROJECTION_CUES)
    if projection is not None and not (projection in EXPECTATION_CUES and _stands_at(tokens, f.qi)):
        return Status.PROJECTED
    if contains_phrase(near, PAST_HEDGES) and contains_phrase(low_sentence, UNREAL_CUES):
        return Status.PROJECTED  # "could have killed 5,000 had the valley not been evacuated"
    return Status.ASSERTED


def _changed_from_to(tokens: Sequence[Token], qi: int, qj: int) -> bool:
    """'Officials revised the death toll from 52 to 47': the figure after "from" that a
    verb of change moved to the one after "to", in one clause ("killing from 20 to 30
    people" with no such verb is a range)."""
    if not (
        qi > 0
        and tokens[qi - 1].low == "from"
        and qj + 1 < len(tokens)
        and tokens[qj].low == "to"
        and tokens[qj + 1].text[:1].isdigit()
    ):
        return False
    for k in range(qi - 2, max(-1, qi - 2 - _CHANGE_VERB_REACH), -1):
        if tokens[k].text in _CLAUSE_END or tokens[k].low in NEW_CLAUSE_WORDS:
            return False
        if tokens[k].low in COUNT_CHANGE_VERBS:
            return True
    return False


_CHANGE_VERB_REACH = 8  # tokens before "from": "revised the count of Aurentian casualties"

_CORRECTED_WORDS = 4  # tokens after a corrected figure: "as first believed"
_GIVEN_BEFORE = EARLIER_GIVEN_WORDS | {"first", "before", "earlier"}
_ONE_STAGE = frozenset({"stage", "point"})  # not "at one time": all at once, or formerly
_LEVEL_VERBS = frozenset({"stood", "topped", "numbered", "listed"})
# tokens: "the toll stood at 60" (not "the water reached the second floor and 12 drowned")
_LEVEL_REACH = 3
# a crowd "up from 9,000" is last year's or the last rally's, no figure replaced
_SIZES = frozenset({Category.PARTICIPANTS, Category.TROOPS})
_ONE_STAGE_REACH = 12  # tokens from "At one stage," to its figure


def _at_one_stage(tokens: Sequence[Token], f: Found) -> bool:
    """'At one stage, more than 1,000 people were listed as unaccounted for': a height the
    count has since left, as "once rose to" says (lexicon SUPERSEDED_BEFORE), where the
    words open the figure's sentence and no other figure stands between; of those still
    missing, or a level ("the toll stood at 60"), not a deed ("At one point, gunmen opened
    fire, killing 12": those 12 died then)."""
    qi = f.qi
    level = any(t.low in _LEVEL_VERBS for t in tokens[max(0, qi - _LEVEL_REACH) : qi])
    if f.category is not Category.MISSING and not level:
        return False
    k = 1 if tokens and tokens[0].low in ("but", "and") else 0
    if not (
        qi - k <= _ONE_STAGE_REACH
        and len(tokens) > k + 2
        and tokens[k].low == "at"
        and tokens[k + 1].low == "one"
        and tokens[k + 2].low in _ONE_STAGE
        # a moment set off by its comma (not "At one point along the river, 6 ...")
        and len(tokens) > k + 3
        and tokens[k + 3].text == ","
    ):
        return False
    return not any(t.text[0].isdigit() for t in tokens[k + 3 : qi])


def _inflated_by_an_error(tokens: Sequence[Token], qi: int, qj: int) -> bool:
    """'the estimated toll climbed above 720 because of double-counting between agencies':
    a figure its own clause says an error made (not "cut to 434 after double counting
    was found", the corrected one: only a cause's words, right after the figure; nor
    "lowered the death toll to 434 because of double counting", where the error explains
    the cut)."""
    before = []
    for t in reversed(tokens[max(0, qi - _ERROR_CAUSE_REACH) : qi]):
        if t.text in _CLAUSE_END:
            break
        before.append(t.low)
    if any(w in _DOWNWARD_WORDS for w in before):
        return False
    # "trimmed / adjusted / brought the toll to 434 because of double counting": the value
    # a change brings the count to, the corrected one, unless it rose ("rose to 720 because
    # of double counting")
    if "to" in before[:_TO_BEFORE_FIGURE] and not any(w in _UPWARD_WORDS for w in before):
        return False
    after: list[str] = []
    for t in tokens[qj : qj + _ERROR_CAUSE_REACH]:
        if t.text in _CLAUSE_END:
            break
        after.append(t.low)
    return _ERROR_CAUSE.search(" ".join(after)) is not None


_ERROR_CAUSE_REACH = 10  # tokens after the figure: "people because of double-counting"
_TO_BEFORE_FIGURE = 3  # tokens: "to 434", "to at least 434"
# (not "up": "revised up to" may be either way)
_UPWARD_WORDS = (RISE_VERBS - {"up"}) | {"climbs", "jumps", "soared", "swelled"}
# words of a count brought down, before its figure: "lowered the toll to 434", "fell to 118"
_DOWNWARD_WORDS = frozenset(
    """
    lowered lowers reduced reduces cut cuts fell falls fallen dropped drops declined
    decreased revised downgraded corrected down
    """.split()
)
_ERROR_CAUSE = re.compile(
    r"\b(?:because of|due to|owing to|as a result of) (?:a |an |the |some )?"
    r"(?:double ?-? ?count\w*|duplicat\w+|counting errors?|errors? in (?:the )?count\w*"
    r"|(?:a |an )?(?:clerical|counting|data|reporting) (?:error|errors|mistake|mistakes))"
)


_UP_OR_DOWN = frozenset({"up", "down"})
# a period's or an occasion's count set against the last one's: "this year's", "over the
# Easter weekend", "at Saturday's derby, up from 30", "This Hajj, 14 died, up from 9"
_PERIODS = frozenset(
    """year year's year’s years season season's season’s winter summer spring autumn
    weekend holiday derby match final festival pilgrimage hajj edition tournament
    marathon parade carnival race""".split()
)
_DATED_AFTER = frozenset({*WEEKDAYS, *MONTHS, "yesterday", "last", "week", "day", "on", "in"})


def _replaced_up_or_down_from(tokens: Sequence[Token], qi: int, qj: int) -> bool:
    """'climbed to 99, up from 97', 'cut its toll to up to 92, down from as many as 162
    before': the figure the count left, where its clause ends there or says it was given
    before. Not where it is dated: 'up from 38 reported on Saturday' stands for its day."""
    if not (qi >= 2 and tokens[qi - 1].low == "from" and tokens[qi - 2].low in _UP_OR_DOWN):
        return False
    if any(t.low in _PERIODS for t in tokens):
        return False  # "45 arrested at this year's festival, up from 30": last year's
    if qj >= len(tokens) or tokens[qj].text in _CLAUSE_END or not tokens[qj].is_word:
        return True
    if tokens[qj].low not in EARLIER_GIVEN_WORDS and tokens[qj].low not in ("before", "previously"):
        return False
    return not any(t.low in _DATED_AFTER for t in tokens[qj + 1 : qj + 4])


def _stands_at(tokens: Sequence[Token], qi: int) -> bool:
    """ "expected to stand at 171", right before the figure ("expected to double and
    stand at 900" is a rise to come)."""
    return (
        qi >= 4
        and tokens[qi - 1].low == "at"
        and tokens[qi - 2].low in STAYING_VERBS
        and tokens[qi - 3].low == "to"
        and tokens[qi - 4].low in ("expected", "likely")
    )


def _an_earlier_report_corrected(tokens: Sequence[Token], qi: int) -> bool:
    """'(correcting the figures of an earlier report that said 8,240 were dead and over
    7,620 missing)': a figure of the report a statement corrects."""
    k = qi - 1
    while k >= 0 and qi - k <= _CORRECTING_REACH and not _ends_a_report(tokens, k):
        k -= 1
    clause = " ".join(t.low for t in tokens[k + 1 : qi])
    return any(v in clause for v in CORRECTING_VERBS) and bool(
        _CORRECTING_AN_EARLIER.search(clause)
    )


_REPORT_ENDS = frozenset({";", ":", "—", "–", "(", ")"})
_REPORT_LIST_GOES_ON = frozenset({"including", "and", "with", "among", "of"})


def _ends_a_report(tokens: Sequence[Token], k: int) -> bool:
    """A mark that ends the corrected report's words: a bracket, a dash, a semicolon, or
    a comma that opens another clause ("..., officials said 320 people had died" is the
    new statement's), not one inside a number or a list."""
    t = tokens[k].text
    if t in _REPORT_ENDS:
        return True
    if t != "," or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    # a comma that goes on with the report's list ("said 8,240 were dead, 7,620 missing",
    # "500 people, including 40 children") keeps its words
    return not (nxt.text[:1].isdigit() or nxt.low in _REPORT_LIST_GOES_ON)


def _superseded(tokens: Sequence[Token], qi: int) -> bool:
    """'risen from 4,960', 'up from 120', 'an earlier toll put it at 120': the figure
    the article gives as the one replaced, in the figure's own clause."""
    if qi > 0 and _SUPERSEDED.ending_at(tokens, qi - 1) is not None:
        return True
    k = qi - 1
    while k >= 0 and qi - k <= _SUPERSEDED_REACH and tokens[k].text not in _CLAUSE_END:
        k -= 1
    clause = " ".join(t.low for t in tokens[k + 1 : qi])
    noun = contains_phrase(clause, SUPERSEDED_NOUNS)
    if noun is not None:
        # "An earlier toll of 40 rose to 52": the earlier toll's figure is the 40, the
        # figure after it the new one (a date's digits are none: "The previous estimate
        # on 3 March was 40"); and a relative clause between is another statement
        # ("Earlier figures did not include districts where rescuers found 300 bodies")
        if _CONFIRMED_BEFORE.search(clause, 0, clause.find(noun)) is not None:
            return False  # "The ministry reaffirmed an earlier statement in which ...": it stands
        rest = clause[clause.find(noun) + len(noun) :]
        if rest.startswith(" in which "):
            # "an earlier statement in which the ministry said the crash killed 41 people
            # and injured 178": the statement's own words, every figure of them its own
            return _RELATIVE_IN.search(rest[len(" in which ") :]) is None
        return _COUNT_IN.search(rest) is None and _RELATIVE_IN.search(rest) is None
    # "Tang said earlier reports that 14 people had survived had been revised", "initial
    # French media reports cited officials as saying that 142 ..., that figure was revised"
    if contains_phrase(clause, EARLIER_REPORTS_THAT) is None and not _EARLIER_REPORTS.search(
        clause
    ):
        return False
    after = " ".join(t.low for t in tokens[qi : qi + _REVISED_REACH])
    return contains_phrase(after, REPORTS_REVISED) is not None


# tokens back to the noun of an earlier figure: "Previous estimates had put the number of
# missing miners at over 100"
_SUPERSEDED_REACH = 12
# a figure in the words after an earlier figure's noun, not a date's day or year
_COUNT_IN = re.compile(
    r"(?<![\w/-])\d[\d,]*(?![\w/-])(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)"
)
_RELATIVE_IN = re.compile(r"\b(?:where|which|who|that)\b")
_CONFIRMED_BEFORE = re.compile(r"\b(?:confirmed|reaffirmed|repeated|reiterated|stood by|upheld)\b")
# an earlier report named with words between: "initial French media reports"
_EARLIER_REPORTS = re.compile(
    rf"\b(?:{phrase_pattern(EARLIER_REPORT_ADJECTIVES)})(?: [\w'-]+){{0,3}}? "
    rf"(?:{phrase_pattern(EARLIER_REPORT_NOUNS)})\b(?: [\w'-]+){{0,5}}? that\s*\Z"
)
_REVISED_REACH = 30  # tokens: "14 people had survived out of 456 had been revised"
# "correcting the figures of an earlier report that said 8,240 were dead and over": the
# report's figures, which the statement replaces (a clause mark ends the report's words)
_CORRECTING_AN_EARLIER = re.compile(
    rf"\b(?:{phrase_pattern(CORRECTING_VERBS)})(?: [\w'-]+){{0,4}}? "
    rf"(?:{phrase_pattern(EARLIER_REPORT_ADJECTIVES)})(?: [\w'-]+){{0,2}}? "
    rf"(?:{phrase_pattern(EARLIER_REPORT_NOUNS)}) (?:that|which) "
    r"(?:said|put|gave|reported|showed)(?: [\w'.,-]+){0,14}? ?\Z"
)
_CORRECTING_REACH = 24  # tokens back from a figure to the correcting verb


def _day(iso: str | None) -> str | None:
    return iso if iso is not None and len(iso) == 10 else None


def _parse_day(iso: str | None) -> date | None:
    """A full date's day, or None (a month, a year, a malformed date)."""
    if _day(iso) is None:
        return None
    try:
        return date.fromisoformat(iso)  # type: ignore[arg-type]
    except ValueError:
        return None


def _reference_year(
    doc: Document,
    dates: Sequence[DateMention],
    sentences: Sequence[Sentence] = (),
    quantities: Sequence[Quantity] = (),
) -> int | None:
    """The year of the article's event: its publication year, unless the article dates
    what it tells only to another year (a report or an anniversary piece published a
    year on: "On August 14, 2013, police killed at least 817"), or dates its own kind of
    event only to another year (a follow-up: "a chargesheet in the bridge collapse that
    had occurred in October last year")."""
    years = [int(d.date[:4]) for d in dates if d.date and len(d.date) == 10 and not d.relative]
    told = max(set(years), key=years.count) if years else None
    if doc.published:
        published = int(doc.published[:4])
        if told is not None and published not in years and years.count(told) >= 2:
            return told
        own = _own_event_years(doc.body, dates, doc.published)
        if (
            own
            and published not in own
            and not _first_count_is_now(doc.body, dates, sentences, quantities, published)
        ):
            return max(set(own), key=lambda y: (own.count(y), y))
        return published
    return told


def _two_sentence_lead_end(sentences: Sequence[Sentence]) -> int:
    """Where the first two sentences end (a headline and a first sentence, mostly)."""
    return sentences[min(1, len(sentences) - 1)].end if sentences else 0


def _start(q: Quantity) -> int:
    return q.start


def _first_count_is_now(
    body: str,
    dates: Sequence[DateMention],
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    published: int,
) -> bool:
    """Whether the first sentence with a count dates it to no other year than
    publication's: "An earthquake killed 12 people overnight" (or "on March 1, 2024")
    reports a new event, however its lead goes on to "last year's earthquake"; a
    follow-up's first count is its event's ("the collapse that had occurred in October
    last year, in which 135 people were killed"), and its lead tells of a trial, a
    charge sheet or an anniversary (FOLLOW_UP_WORDS)."""
    if _FOLLOW_UP_WORDS.search(body[: _two_sentence_lead_end(sentences)]) is not None:
        return False  # "sentenced for the death of 242 people", "a chargesheet in the collapse"
    count = min((q for q in quantities if q.kind is Kind.COUNT), key=_start, default=None)
    if count is None:
        return True
    s = next((s for s in sentences if s.start <= count.start < s.end), None)
    if s is None:
        return True
    return not any(
        d.date and s.start <= d.start < s.end and int(d.date[:4]) != published for d in dates
    )


_FOLLOW_UP_WORDS = re.compile(r"\b(?:" + phrase_pattern(FOLLOW_UP_WORDS) + r")\b", re.IGNORECASE)
# days from a weekday read back to the event's own day: 6 is that weekday's next
# occurrence, the day after the event (7 would be the same weekday)
_WEEK_BEFORE_ONSET = 6
_CROWD_DAYS = 3  # a Saturday's crowd in Sunday's to Tuesday's papers
# characters of a lead where a follow-up dates its event: a headline, a dateline and a
# first sentence or two (one trial report's dates its fire at character 420)
_FOLLOW_UP_LEAD = 500
# characters between a date and its event's word, either side: "the bridge collapse
# incident that had occurred in Morbi town of Gujarat in October", "last year's Morbi
# suspension bridge collapse"
_KIND_NEAR_DATE = 80


def _own_event_years(body: str, dates: Sequence[DateMention], published: str | None) -> list[int]:
    """The years to which an article dates its own kind of event: a date shortly after
    the kind's word in its sentence ("the collapse ... in October last year") or one
    that names it ("last year's Morbi bridge collapse")."""
    year = published[:4] if published else None
    if not any(d.start <= _FOLLOW_UP_LEAD and d.date and d.date[:4] != year for d in dates):
        return []  # the lead dates nothing to another year (most articles): no kind to read
    kind = _main_kind(body)
    if kind is None:
        return []
    out: list[int] = []
    for d in dates:
        if d.start > _FOLLOW_UP_LEAD:
            # a follow-up says so in its lead; "killings in protests last September"
            # further down tells of an earlier story
            continue
        if not d.date or d.sentence_start < 0 or (published and d.date[:10] > published):
            continue  # "an early election in 2024" dates no event that happened
        if d.text[:5].lower() in ("since", "until"):
            continue  # "the deadliest quake since March 1987": a record's date
        if d.relative and d.text.lower().endswith("ago"):
            continue  # "the earthquake one year ago" in late December: loose, and approximate
        before = body[max(d.sentence_start, d.start - _KIND_NEAR_DATE) : d.start]
        if _SINCE.search(before.lower()):
            continue  # "the highest since a deadly flood in 1962"
        named = any(EVENT_KINDS[w.lower()] == kind for w in _KIND_WORD.findall(before))
        # "last year's bridge collapse" names the event after the date; "In 2014, floods
        # displaced" tells an earlier year's story as one
        after = d.relative and _KIND_AFTER_DATE.match(
            body, d.end, min(len(body), d.end + _KIND_NEAR_DATE)
        )
        if named or (after and EVENT_KINDS[after.group(1).lower()] == kind):
            out.append(int(d.date[:4]))
    return out


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
            return next(
                (k for k, x in enumerate(self.spans) if x.start <= lo and hi <= x.end), None
            )
        starting = bisect_right(self.starts, lo)
        k = bisect_left(self.reach, hi, 0, starting)
        return k if k < starting else None


def _starts(spans: Sequence[_Span]) -> list[int]:
    return [x.start for x in spans]


def _starting_within(spans: Sequence[S], starts: list[int], lo: int, hi: int) -> Sequence[S]:
    """The spans (sorted by start) that start in [lo, hi), in order."""
    return spans[bisect_left(starts, lo) : bisect_left(starts, hi)]


# "Air India", "Jeju Air", "Malaysia Airlines", "British Airways": at most two capitalised
# words around the airline word (bounded, so linear on any text)
_AIRLINE_WORDS = sorted((w.capitalize() for w in AIRLINE_NAME_WORDS), key=len, reverse=True)
_AIRLINE = re.compile(
    r"\b(?:[A-Z][A-Za-z]+ ){0,2}(?:" + "|".join(_AIRLINE_WORDS) + r")\b(?: [A-Z][A-Za-z]+)?"
)


def _airline_name(phrase: str) -> str | None:
    words = phrase.split()
    if len(words) > 1 and words[-1].lower() in NOT_AIRLINES_AFTER_AIR:
        return None  # "the Indian Air Force"
    if words and words[0] in ("An", "A", "The"):
        words = words[1:]
    return " ".join(words) if len(words) > 1 else None


_RELATIVE = re.compile(r"\b(\w+),? (?:that|which)\b")  # "Polymers, which started"
# a count's or a report's own clause ("The official count, which was last updated on
# Tuesday"; "The UN's latest update, which was issued on Monday"): no clause of the event
_TALLY_WORDS = DATA_WORDS | {"number", "total", "briefing", "survey"}
_DAY_PHRASE = 25  # characters of a day's words: "Tuesday", "September 15, 2031"
# an appositive's relative clause about someone: ", an unarmed black man who died"
_SOMEONES_CLAUSE = re.compile(r", (?:an?|the) [^,;.]{0,40}?\bwho\b")
_SOMEONES_REACH = 300  # characters: bounded, as every figure of a long sentence asks
_NOW_VERB = re.compile(r"\b(?:has|have|is|are|stands|now)\b")
_BOUND_DAY = ("as of ", "by ", "until ")  # "as of Monday": the figure's own day


def _event_day(body: str, sentence: int, day: int, end: int) -> int | None:
    """Where a toll that stands now would start for a sentence's first day ``day`` to
    date the event, not the toll: 'The death toll from a wildfire that razed a historic
    town last week has exceeded 100' (a day inside a relative clause about the event,
    then a verb of now). The offset of that verb; None where the day dates the figure
    ("Authorities said that as of Monday the toll has reached 45": "that" after a verb
    of speech opens no relative clause, and "as of" is the figure's own day). Once per
    sentence, not per figure."""
    if body[max(0, day - 8) : day].lower().endswith(_BOUND_DAY):
        return None
    now = _NOW_VERB.search(body, day, end)
    if now is None:
        return None
    # a clause set off by commas closes right after its day: "The leak, which started on
    # Thursday, has left", "The fire, which broke out at a warehouse in Dunmere, north of
    # the capital, on Tuesday, has killed" (not "The ministry, which runs the hospitals,
    # on Tuesday said", whose day is outside it, nor "The count, which was last updated
    # on Tuesday, stands at 230", a clause of the count)
    close = body.find(",", day, now.start())
    closes_after_day = 0 <= close - day <= _DAY_PHRASE
    relative = any(
        m.group(1).lower() not in SPEECH_VERBS
        and ("," not in m.group(0) or (closes_after_day and m.group(1).lower() not in _TALLY_WORDS))
        for m in _RELATIVE.finditer(body, sentence, day)
    )
    return now.start() if relative else None


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
        self.ref_year = _reference_year(doc, dates, sentences, quantities)
        # an article telling of its event a year or more on (a trial, an anniversary)
        self._follow_up = doc.published is not None and self.ref_year != int(doc.published[:4])
        self.canon_map = {e.text: e.canonical for e in entities}
        self.entities = sorted(entities, key=lambda e: e.start)
        self.years = sorted((q for q in quantities if q.kind is Kind.YEAR), key=lambda q: q.start)
        self._starts = [s.start for s in sentences]
        self._speaker_before: dict[int, str | None] = {}
        self._days_of: dict[int, tuple] = {}
        self._undated_of: dict[int, tuple[int, int] | None] = {}
        self._gatherings_of: dict[int, list[tuple[int, int]]] = {}
        # per sentence: dated elsewhere, where a cue of an earlier event starts, and where a
        # cue of another event of its kind ends ("after one this summer in which")
        self._background_of: dict[int, tuple[bool, int | None, int | None]] = {}
        self._fresh: bool | None = None  # the lead dates a day just before publication
        self._anaphor_of: dict[int, str | None] = {}
        self._airlines: list[tuple[int, str]] | None = None
        self._event_day_of: dict[int, int | None] = {}
        self._event_named_of: dict[int, frozenset[int]] = {}  # days that name the event
        self._earlier_storms: frozenset[str] | None = None
        self._places = {e.canonical for e in entities if e.label in _PLACES} | {
            e.text for e in entities if e.label in _PLACES
        }
        self._disease: str | bool | None = False  # found on first use: most never ask
        self._diseases: tuple[tuple[int, int, str], ...] | None = None
        self._kind: str | bool | None = False  # the article's kind of event, on first use
        self._earlier_names: frozenset[str] | None = None  # see _earlier_event_names
        self._lead_day: str | bool | None = False  # see crowd_day, on first use
        self._onset: str | bool | None = False  # see not_before_onset, on first use
        self._report_day: str | bool | None = False  # see report_day, on first use
        self._weekday_only_of: dict[int, bool] = {}  # see not_before_onset
        self._people: set[str] | None = None  # see is_person, on first use
        self._date_starts = _starts(self.dates)
        self._days = [d for d in self.dates if _day(d.date)]
        self._day_starts = _starts(self._days)
        self._year_starts = _starts(self.years)
        self._quote_index = _FirstContaining(self.quotes)
        self._sentence_index = _FirstContaining(sentences)
        self._named = {
            wanted: [e for e in self.entities if e.label in wanted] for wanted in (_PERSON, _BODIES)
        }
        self._named_starts = {wanted: _starts(named) for wanted, named in self._named.items()}

    def canon(self, text: str) -> str:
        return self.canon_map.get(text, text)

    def resolver(self, previous: str | None) -> Callable[[str, int], str | None]:
        """Who 'he'/'she' (the last person named) or 'it'/'its' is: the source of the
        statement before, else the last body named before the pronoun."""

        def resolve(pronoun: str, at: int) -> str | None:
            person = pronoun in ("he", "she", "his", "her")
            # "it" is a body, never the person who spoke before ("Velasco's statement
            # said ... The Health Ministry published revised figures. It said ...")
            thing = pronoun in ("it", "its")
            if thing:
                # (not where the source before already names it: "The UN rights office
                # said ... The report mentioned" keeps the office, not "UN")
                opener = self._body_opening_sentence_before(at)
                if opener is not None and not (
                    previous and (opener.text in previous or opener.canonical in previous)
                ):
                    return opener.canonical
            if (
                not person
                and pronoun in ("it", "they")
                and previous
                and not (thing and (self._a_person(previous) or _a_lay_group(previous)))
            ):
                return previous
            if pronoun in ("it", "they", "he", "she"):
                recent = self.recent_speaker(at)
                if recent is not None and not (
                    thing and (self._a_person(recent) or _a_lay_group(recent))
                ):
                    return recent
            wanted = _PERSON if person else _BODIES
            before = bisect_left(self._named_starts[wanted], at)  # those starting before
            return self._named[wanted][before - 1].canonical if before else None

        return resolve

    def _days_before_report(self, day: str | None) -> int | None:
        """How many days a full date lies before the day the report speaks of as now."""
        then, now = _parse_day(day), _parse_day(self.report_day)
        return (now - then).days if then is not None and now is not None else None

    def _long_before_report(self, day: str) -> bool:
        """Whether a day is more than a month before the day the report speaks of as now
        ("A day later" after "since a tremor on June 4, 2019" is no day of this story)."""
        days = self._days_before_report(day)
        return days is None or days > _DAYS_LATER_SPAN

    def _in_a_photo_of_another_year(self, s: Sentence) -> bool:
        """'In this photo taken on Friday, Sept. 15, 2028, a home sits half-submerged
        ... Officials say 90 people have been killed': a caption of an older photo, its
        figures that year's, to the end of its paragraph."""
        block = self.doc.blocks[s.block]
        m = _PHOTO_OF_A_YEAR.match(self.doc.body, block.start, s.start + _PHOTO_REACH)
        if m is None or m.start() >= s.end:
            return False
        # (against the day of publication: the photo's own year may be the most named)
        now = int(self.doc.published[:4]) if self.doc.published else self.ref_year
        year = m.group("year")
        if now is None or now - int(year) < _PHOTO_YEARS_BACK:
            return False
        # an article that speaks of that year outside the caption is about its time ("the
        # protest camp on Kessa Square on August 14, 2029, a rights group said")
        body = self.doc.body
        return body.count(year, 0, block.start) + body.count(year, block.end) == 0

    def _recounted_since(self, s: Sentence, day: tuple[int, str | None], q_start: int) -> bool:
        """'On Thursday, a blaze ripped through a hijacked block ..., killing 84 people',
        told days later: the day dates the blaze; the toll its participle gives is the one
        known when the report was written. Not in a timeline, where sentences of the
        article open with figures on two days ("On January 5, gunmen stormed the market,
        killing 30 people. On January 6, a second attack killed 16."): each day's count;
        nor before a later count in its paragraph ("The toll has since risen to 20")."""
        days = self._days_before_report(day[1])
        if (
            days is None
            or not _RECOUNT_DAYS <= days <= _DAYS_LATER_SPAN
            or not day[0] < q_start
            or self.doc.body[s.start : day[0]].strip().lower() not in ("on", "")
            or _TOLL_PARTICIPLE_BEFORE.search(
                self.doc.body, max(s.start, q_start - _PARTICIPLE_REACH), q_start
            )
            is None
        ):
            return False
        block = self.doc.blocks[s.block]
        body = self.doc.body
        return (
            len(_days_with_counts(body)) <= 1
            and _LATER_IN_THE_STORY.search(body, s.end, block.end) is None
        )

    def _stale_event_day(self, day: tuple[int, str | None]) -> bool:
        """Whether a day (start, date) names an event ("after the September 16
        elections", "the August 30 landslide") more than a week before the day the report
        speaks of as now: the event's day, no day of the report's count."""
        body = self.doc.body
        if not (
            _POSSESSIVE_DAY.match(body, day[0])  # "Sunday evening's tornado"
            or _event_before_day(body, day[0])  # "the bus crash on September 14"
            or _EVENT_NOUN_AFTER_DAY.match(body, day[0])  # "the September 16 elections"
            or _UNREST_AFTER_DAY.match(body, day[0])  # "the May 13 clashes"
        ):
            return False  # "The April 2 report", "According to the April 20 bulletin"
        if _WHEN_THE.search(body, max(0, day[0] - _WHEN_THE_REACH), day[0]):
            return False  # "At the April 2 briefing", "By the April 20 deadline": then
        days = self._days_before_report(day[1])
        return days is not None and days > _EVENT_DAY_STALE

    def last_airline(self, at: int) -> str | None:
        """The airline the text last names before ``at`` ("An Air India passenger plane",
        "Jeju Air", "Malaysia Airlines"): whom "the airline said" means. The names are
        found once per document."""
        if self._airlines is None:
            self._airlines = [
                (m.start(), name)
                for m in _AIRLINE.finditer(self.doc.body)
                if (name := _airline_name(m.group(0))) is not None
            ]
        k = bisect_left(self._airlines, (at, ""))
        return self._airlines[k - 1][1] if k else None

    def recent_speaker(self, at: int) -> str | None:
        """The source the last few sentences name ("..., the headquarters said. ... it
        said"): a paragraph keeps reporting its speaker even across figure-less lines.
        At most three sentences back, so the cost stays per pronoun, not per document."""
        k = bisect_right(self._starts, at) - 1
        if k in self._speaker_before:  # once per sentence: many pronouns stay linear
            return self._speaker_before[k]
        self._speaker_before[k] = None
        # sentences wholly inside a quotation name no speaker of their own ("... I went to
        # the hospital. ...," he said): the reach counts the sentences around it
        read = 0
        for j in range(k - 1, max(-1, k - 1 - _QUOTED_SENTENCES_BACK), -1):
            s = self.sentences[j]
            if self._quote_index.index(s.start, s.end) is not None:
                continue
            found = self.named_source_of(j)
            if found is not None:
                self._speaker_before[k] = found
                break
            if self._names_a_person(s):
                break  # "Fisherman Tomas Berg lost his brother. "...," he said": Berg's
            read += 1
            if read == _SPEAKER_SENTENCES_BACK:
                break
        return self._speaker_before[k]

    def _names_a_person(self, s: Sentence) -> bool:
        """Whether a person opens the sentence, its subject ("Fisherman Tomas Berg lost
        his brother"; not "Guests of the Grand Palace Hotel were moved")."""
        starts = self._named_starts[_PERSON]
        k = bisect_left(starts, s.start)
        if k == len(starts) or starts[k] >= min(s.end, s.start + _SUBJECT_CHARS):
            return False
        # only a title before the name: "Fisherman Tomas Berg", not "Guests of the Hotel";
        # and no age after it: "Lena Marsk, 9, was the youngest victim" is told of
        name_end = self._named[_PERSON][k].end
        return all(
            w[:1].isupper() for w in self.doc.body[s.start : starts[k]].split()
        ) and not _AGE_AFTER_NAME.match(self.doc.body, name_end)

    def named_source_of(self, j: int) -> str | None:
        """Who sentence ``j`` says spoke, read to its end ("..., according to the BBC"):
        a name, never a pronoun or "reports"."""
        s = self.sentences[j]
        tokens = tokenize(self.doc.body, s.start, s.end)
        found = attribution_in_sentence(tokens, len(tokens), self.canon) if tokens else None
        if found and found != UNNAMED_REPORT_SOURCE and found.lower() not in _PRONOUN_WORDS:
            return found
        return None

    def quote_around(self, start: int, end: int) -> Quote | None:
        k = self._quote_index.index(start, end)
        return self.quotes[k] if k is not None else None

    @property
    def report_day(self) -> str | None:
        """The day the report speaks of as now: its publication date, or the day of a
        dateline that opens the body a few days before it ("KESSRA (Valdaran), May 23
        (CPA): ..." relayed in the next day's paper). Read on first use."""
        if self._report_day is False:
            self._report_day = self._dateline_day() or self.doc.published
        return self._report_day  # type: ignore[return-value]

    def _dateline_day(self) -> str | None:
        published = _parse_day(self.doc.published)
        body = self.doc.body
        m = _DATELINE.search(body, 0, _DATELINE_REACH)
        if (
            published is None
            or m is None
            or _NOT_A_PLACE.search(m.group("place")) is not None
            # a page of briefs ("OSLO, May 4 - ... TARSA - Floods ..."): each dateline
            # heads its own story, none the page
            or _ANOTHER_DATELINE.search(body, m.end()) is not None
        ):
            return None
        k = bisect_left(self._day_starts, m.start("day"))
        if k == len(self._days) or self._days[k].start >= m.end("day"):
            return None
        day = self._days[k].date
        if day is None or not 0 < (published - date.fromisoformat(day)).days <= _RELAY_DAYS:
            return None
        return day

    def sentence_at(self, offset: int) -> int | None:
        return self._sentence_index.index(offset, offset)

    def _dates_in(self, s: Sentence) -> Sequence[DateMention]:
        return _starting_within(self.dates, self._date_starts, s.start, s.end)

    def crowd_day(self, s: Sentence, as_of: str | None) -> str | None:
        """The day a crowd with no day of its own gathered: the day the lead gives its
        event ("protests were held in France on Saturday") in a paper of the next days,
        not the paper's ("36,000 marched across France" in Sunday's). ``as_of`` otherwise."""
        if as_of is None or as_of != self.report_day or self._dates_in(s):
            return as_of
        if self._lead_day is False:
            self._lead_day = self._event_day_in_lead()
        return self._lead_day or as_of  # type: ignore[return-value]

    def _event_day_in_lead(self) -> str | None:
        published = self.doc.published
        if not published or len(published) != 10:
            return None
        day = date.fromisoformat(published)
        for d in self._days:
            if d.start > _FOLLOW_UP_LEAD:
                break
            if d.relative and d.date and 0 < (day - date.fromisoformat(d.date)).days <= _CROWD_DAYS:
                return d.date
        return None

    def not_before_onset(self, s: Sentence, as_of: str | None) -> str | None:
        """A count dated by a weekday to the week before the day the lead says its event
        began, in a paper dated that day, is of the day after it: "the fire broke out on
        Thursday night ... By early Friday, at least 43 people died" in Thursday's paper
        was updated overnight. A sentence that gives a date ("on June 16", "last week")
        is dated as it says."""
        if as_of is None or len(as_of) != 10 or self.doc.published is None:
            return as_of
        if s.start not in self._weekday_only_of:
            # read once per sentence: every figure of a long sentence asks
            mentions = self._dates_in(s)
            self._weekday_only_of[s.start] = all(d.weekday is not None for d in mentions) and (
                bool(mentions) or _BARE_WEEKDAY.search(s.text) is not None
            )
        if not self._weekday_only_of[s.start]:
            return as_of  # "on June 16", "That day" after a full date: dated as said
        onset = self._onset_day()
        if onset != self.doc.published:
            return as_of  # only a paper dated the event's own day can be updated past it
        day = date.fromisoformat(as_of)
        if (date.fromisoformat(onset) - day).days == _WEEK_BEFORE_ONSET:
            return (day + timedelta(days=7)).isoformat()
        return as_of

    def _onset_day(self) -> str | None:
        """The day the lead says its event began ("the fire broke out on Thursday"), by a
        weekday or a word of time, or None. Read on first use."""
        if self._onset is False:
            self._onset = next(
                (
                    d.date
                    for d in self._days
                    if d.start <= _FOLLOW_UP_LEAD and d.event and d.relative
                ),
                None,
            )
        return self._onset  # type: ignore[return-value]

    def _last_day_before(self, offset: int) -> DateMention | None:
        """The last full date (in start order) that ends at or before ``offset``."""
        k = bisect_right(self._day_starts, offset) - 1
        # only a date that starts before ``offset`` and runs past it is stepped over
        while k >= 0 and self._days[k].end > offset:
            k -= 1
        return self._days[k] if k >= 0 else None

    def as_of(self, s: Sentence, low_text: str, q_start: int) -> str | None:
        if self._in_undated_clause(s, low_text, q_start):
            return None  # "Officials initially said 378 were killed": at an unstated time
        usable, starts, spoken = self._sentence_days(s, low_text)
        body = self.doc.body
        # "the death toll from the earthquake on May 12 rose to 69,016", "a coup attempt on
        # July 15, 2016 that killed 249": a day before the figure that names the event
        # dates neither (looked up once per sentence)
        if s.start not in self._event_named_of:
            tally = _A_TOLLS_WORD.search(s.text) is not None
            self._event_named_of[s.start] = frozenset(
                d[0]
                for d in usable
                if _event_before_day(body, d[0]) or (tally and _event_clause_before_day(body, d[0]))
            )
        named = self._event_named_of[s.start]
        first_day = usable[0] if usable else None
        if first_day is not None and first_day[0] < q_start and first_day[0] in named:
            first_day = None
        if (
            first_day is not None
            and first_day[0] <= q_start + _EVENT_DAY_REACH
            and _now_before_event_clause(body, q_start, first_day[0])
        ):
            # "418 are now confirmed dead after the storm flattened the south last week":
            # the day dates the storm's pass; the count is today's
            return spoken[1] if spoken is not None else self.report_day
        if spoken is not None and spoken[0] < q_start and spoken[0] in named:
            spoken = None
        if (
            spoken is not None
            and spoken[0] > q_start
            and _CONTRAST.search(body, q_start, spoken[0]) is not None
            # "..., the governor said Tuesday.": a speaker at the end covers every clause
            and _DAY_ENDS_SENTENCE.match(body, spoken[0], s.end) is None
        ):
            # "On Sunday, the governor said 41 died, but police said yesterday ...": the
            # day another clause's speaker gave is not this figure's
            spoken = None
        # the days within reach after the figure, with no clause break between
        first = bisect_right(starts, q_start)
        last = bisect_right(starts, q_start + _AS_OF_REACH)
        # ... and none inside a relative clause: "the toll had risen to 30 in a fire that
        # broke out Friday night" dates the fire, not the count
        # (from the figure's end: "1,340" holds a comma of its own)
        figure_end = _figure_end(body, q_start)
        after = [
            d
            for d in usable[first:last]
            if not any(ch in body[figure_end : d[0]] for ch in ",;:")
            and not _in_relative_clause(body, q_start, d[0])
        ]
        # "last week's strike", "Wednesday's clashes": a day that names the event
        own = next((d for d in after if not _names_an_event(body, d[0])), None)
        if own is not None:  # "killed at least 43 people on Sunday"
            return own[1]
        if spoken is not None:  # "officials said Monday that 52 bodies ... after the quake"
            return spoken[1]
        if (
            after
            and _STANDS_NOW.search(body, max(s.start, q_start - _NOW_BEFORE), after[0][0])
            is not None
        ):
            # "have detained 1 340 people so far in connection with last week's
            # demonstrations": the day names the event; the count stands now
            return self.report_day
        if after and self._stale_event_day(after[0]):
            # "police killed at least 39 people ... after the September 16, 2031 elections,
            # two rights groups said in a joint report" two months on: the event's day,
            # the report's count
            return self.report_day
        if after:
            return after[0][1]
        if s.start not in self._event_day_of:
            first = usable[0][0] if usable else -1
            self._event_day_of[s.start] = (
                _event_day(body, s.start, first, s.end) if first >= 0 else None
            )
        now_at = self._event_day_of[s.start]
        dates_event = now_at is not None and usable[0][0] < q_start and now_at < q_start
        if (
            first_day is not None
            and q_start < first_day[0] <= q_start + _SOMEONES_REACH
            and _SOMEONES_CLAUSE.search(body, q_start, first_day[0]) is not None
        ):
            # "Thousands have been arrested since ..., George Floyd, an unarmed black man
            # who died after being arrested by Minneapolis police last week": his day
            # (read within reach of the figure only: every figure asks)
            first_day = None
        if (
            first_day is not None
            and q_start < first_day[0] <= q_start + _EVENT_DAY_REACH
            and _dates_the_event_after(body, q_start, first_day[0])
        ):
            # "190 people were buried after the air raid on the camp ..., last week": the
            # week dates the raid; the count is the report's
            return spoken[1] if spoken is not None else self.report_day
        if (
            first_day is not None
            and first_day[0] < q_start
            and (
                _quoted_apart(body, s.start, first_day[0], q_start)
                # '"The shelling began on Monday," the mayor said, adding that 100 had
                # been injured so far': a count that stands now, after a quotation's day
                or (
                    _in_quotation(body, s.start, first_day[0])
                    and _closes_between(body, first_day[0], q_start)
                    and _STANDS_NOW.search(body, q_start, min(s.end, q_start + _NOW_REACH))
                    is not None
                )
            )
        ):
            # '"... we lost two more on Friday (March 12) ...," he said, adding, "100
            # people were injured"': the day was said in another quotation
            first_day = None
        if first_day is not None and not dates_event:
            if self._stale_event_day(first_day) or self._recounted_since(s, first_day, q_start):
                return self.report_day
            return first_day[1]  # the first day of the sentence, before the figure or after
        if s.start not in self._anaphor_of:
            self._anaphor_of[s.start] = contains_phrase(
                low_text, _ANAPHORIC_PHRASES
            ) or _days_later_opener(low_text)
        phrase = self._anaphor_of[s.start]
        if phrase is not None:
            earlier = self._last_day_before(s.start)
            if earlier is not None and earlier.date:
                shift = ANAPHORIC_DAY.get(phrase, DAYS_LATER_OPENERS.get(phrase, 0))
                day = date.fromisoformat(earlier.date) + timedelta(days=shift)
                if phrase in ANAPHORIC_DAY or not self._long_before_report(day.isoformat()):
                    return day.isoformat()
        return self.report_day

    def _sentence_days(
        self, s: Sentence, low_text: str
    ) -> tuple[list[tuple[int, str | None]], list[int], tuple[int, str | None] | None]:
        """The sentence's usable days (sorted, with their starts) and the first that a
        speech verb states, once per sentence: every figure of a long sentence reads
        them, so working them out per figure would cost the square of its length (a
        clause at an unstated time is read apart: _in_undated_clause)."""
        if s.start in self._days_of:
            return self._days_of[s.start]
        body = self.doc.body
        mentions = [d for d in self._dates_in(s) if _day(d.date)]
        # "from the disastrous January 12 quake": a day that names the event
        naming = {d.start for d in mentions if _EVENT_AFTER_DAY.match(body, d.end)}
        in_sentence = [(d.start, d.date) for d in mentions]
        bare = self._bare_weekdays(s, in_sentence)
        for at, _ in bare:  # "Sunday night's mass shooting killed at least 58"
            word = _BARE_WEEKDAY.match(body, at)
            if word is not None and _EVENT_AFTER_DAY.match(body, word.end()):
                naming.add(at)
        in_sentence = sorted([*in_sentence, *bare])
        usable = [d for d in in_sentence if not _opens_period(body, d[0]) and d[0] not in naming]
        spoken = next((d for d in usable if _after_speech_verb(body, d[0])), None)
        result = (usable, [d[0] for d in usable], spoken)
        self._days_of[s.start] = result
        return result

    def _in_undated_clause(self, s: Sentence, low_text: str, q_start: int) -> bool:
        """A figure in the clause of a cue that places it at an unstated time ("initially",
        "at the time", "had earlier"): not one of another clause set against it ("..., but
        the minister said on Wednesday that the toll was now 456"). The clause is found
        once per sentence: every figure of a long sentence asks."""
        if s.start not in self._undated_of:
            self._undated_of[s.start] = _undated_clause(low_text)
        span = self._undated_of[s.start]
        return span is not None and s.start + span[0] <= q_start < s.start + span[1]

    def _bare_weekdays(
        self, s: Sentence, known: Sequence[tuple[int, str | None]]
    ) -> list[tuple[int, str | None]]:
        """Weekdays the date extractor left (no preposition), resolved like "on Monday":
        the latest such day on or before publication. Not one after a capitalised word
        ("Good Friday", "Black Sunday") or before one ("Friday Nansep"): that is a name."""
        if not self.doc.published or len(self.doc.published) != 10:
            return []
        pub = date.fromisoformat(self.doc.published)
        taken = sorted(start for start, _ in known)
        out: list[tuple[int, str | None]] = []
        for m in _BARE_WEEKDAY.finditer(self.doc.body, s.start, s.end):
            k = bisect_left(taken, m.start() - 20)
            if k < len(taken) and taken[k] <= m.start():
                continue  # "on Monday", "Monday, June 3": the extractor's own mention
            prev = self.doc.body[max(s.start, m.start() - 20) : m.start()].split()
            if (
                prev
                and prev[-1][:1].isupper()
                # "rose to 72 in South Africa Tuesday": a place named before is no name
                and not any(self.is_place(" ".join(prev[-n:])) for n in (1, 2, 3))
            ):
                continue
            nxt = self.doc.body[m.end() : m.end() + 20].split()
            if (
                nxt
                # "said Monday Russian missiles had killed 40": after a speech verb, a day
                and not (prev and prev[-1].lower() in QUOTE_VERBS)
                and nxt[0][:1].isupper()
                and nxt[0].isalpha()
                and nxt[0].lower() not in MONTHS
                and nxt[0].lower() not in DAY_PARTS
            ):
                continue  # "Friday Nansep", "Monday Kassah": a first name, no day
            back = (pub.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
            out.append((m.start(), (pub - timedelta(days=back)).isoformat()))
        return out

    def another_gathering(self, s: Sentence, q_start: int, q_end: int) -> bool:
        """'Around 700,000 joined a similar rally in October', 'a previous march which
        drew 700,000': a crowd the figure's own clause gives to another gathering than
        the article's (not '1 million marched, far more than a similar rally in
        October': a comma sets the other gathering apart)."""
        found = self._gatherings_of.get(s.start)
        if found is None:  # once per sentence: every crowd figure of it asks
            found = self._gatherings_of[s.start] = [
                (s.start + m.start(), s.start + m.end())
                for m in _ANOTHER_GATHERING.finditer(s.text)
            ]
        # only the phrases within reach of the figure: a long sentence may hold many
        k = bisect_left(found, (q_start - 2 * _GATHERING_REACH, 0))
        while k < len(found) and found[k][0] <= q_end + _GATHERING_REACH:
            at, end = found[k]
            lo, hi = (q_end, at) if at >= q_end else (end, q_start)
            if 0 <= hi - lo <= _GATHERING_REACH and not any(
                ch in ",;:" for ch in self.doc.body[lo:hi]
            ):
                return True
            k += 1
        return False

    def is_background(self, s: Sentence, q_start: int, q_end: int | None = None) -> bool:
        """A figure in a sentence dated to another year, about another disease, or after
        words that name an earlier event belongs to another story. The sentence is read
        once for all its figures."""
        if s.start not in self._background_of:
            cue = _BACKGROUND.search(s.text)
            if cue is not None and cue.group("last_year") and self._follow_up:
                # a follow-up's own event is "last year's" (not what happened decades
                # ago): the sentence's dates decide
                cue = None
            at = cue.start() if cue else self._earlier_event_end(s)
            if at is None:
                at = self._disease_named_at(s)
            if at is None:
                at = self._earlier_event_named_at(s)
            if at is None:
                at = self._another_event_beside(s)
            if at is None:
                at = self._long_conflict_at(s)
            another = _ANOTHER_OF_ITS_KIND.search(s.text)
            self._background_of[s.start] = (
                self._dated_elsewhere(s) or _OPENS_ON_YEARS.match(s.text) is not None,
                s.start + at if at is not None else None,
                s.start + another.end() if another is not None else None,
            )
        elsewhere, cue_at, another_end = self._background_of[s.start]
        # "The previous deadliest collapse ..., in which 502 people died"; but not "400
        # arrested, more than a year ago": the words must come before the figure
        return (
            elsewhere
            or (cue_at is not None and cue_at < q_start)
            or (another_end is not None and _in_its_clause(self.doc.body, another_end, q_start))
            or (
                q_end is not None
                and (
                    _CLAUSE_ENDS_ON_YEARS.match(self.doc.body, q_end, s.end) is not None
                    or _CLAUSE_ENDS_RECENTLY.match(self.doc.body, q_end, s.end) is not None
                    or self._year_to_date(q_end, s.end)
                )
            )
            or _SINCE_MONTH_WHEN.search(
                self.doc.body, max(s.start, q_start - _SINCE_WHEN_REACH), q_start
            )
            is not None
            or self._named_elsewhere(q_start)
            or (q_end is not None and self._caused_by_earlier_storm(q_end, s.end))
            or (q_end is not None and self._month_before_in_own_clause(s, q_end))
            or (q_end is not None and self._there_before_it_began(s, q_start, q_end))
        )

    def _there_before_it_began(self, s: Sentence, q_start: int, q_end: int) -> bool:
        """'There were already 2.9 million displaced people in Kheran when September
        began': a count that stood before the event, its baseline, not what it did."""
        body = self.doc.body
        return (
            _ALREADY_BEFORE.search(body, max(s.start, q_start - _ALREADY_REACH), q_start)
            is not None
            and _WHEN_IT_BEGAN.search(body, q_end, s.end) is not None
        )

    def _caused_by_earlier_storm(self, q_end: int, end: int) -> bool:
        """'more than half of the 139 deaths attributed to Rita': a figure whose own phrase
        gives it to a storm the article named with another year ("Hurricane Rita in 2005").
        A storm's name is also a person's or a town's ("Sheriff Michael Gray", "In
        Florence"): only a phrase of cause after the figure gives it the storm."""
        names = self._earlier_storm_names()
        if not names:
            return False
        m = _CAUSED_BY.match(self.doc.body, q_end, min(end, q_end + _CAUSED_BY_REACH))
        return m is not None and m.group("name") in names

    def _earlier_storm_names(self) -> frozenset[str]:
        """The names of storms the article dates to another year. Read once per article."""
        if self._earlier_storms is None:
            body = self.doc.body
            # (a substring test first: most articles name no storm, and the scan is
            # tried at every position of the body)
            named = any(title in body for title in STORM_TITLES)
            self._earlier_storms = frozenset(
                m.group("name")
                for m in (_STORM_OF_YEAR.finditer(body) if named else ())
                if self.ref_year is not None and int(m.group("year")) != self.ref_year
            )
        return self._earlier_storms

    def _named_elsewhere(self, q_start: int) -> bool:
        """'to top the Kumamoto quake's 276': a figure an event owns whose name the
        article's lead never gives is another event's ("the Noto quake's 241" in a report
        on Noto is its own)."""
        body = self.doc.body
        m = _NAMED_EVENTS_FIGURE.search(
            body, max(0, q_start - _NAMED_EVENT_REACH), q_start
        ) or _NAMED_EVENT_WHICH_KILLED.search(body, max(0, q_start - _EVENT_CLAUSE_REACH), q_start)
        if m is None:
            return False
        # "the Japanese quake's 200" in a report on Japan's, "the Friday attack that
        # killed 12": a people or a day names no other event
        names = [w for w in m.group("name").split() if w.lower() not in _NO_EVENT_NAMES]
        if not names:
            return False
        lead = body[:_LEAD_CHARS]
        return not any(w in lead for w in names) or any(
            w in self._earlier_event_names() for w in names
        )

    def _earlier_event_names(self) -> frozenset[str]:
        """The names the article gives another year's event ("the 2016 Kumamoto
        earthquake" in a report on the 2024 one), unless its lead (two sentences) also
        names its own event by that word outside such a phrase. Read once per article,
        on first use."""
        if self._earlier_names is None:
            body = self.doc.body
            names: set[str] = set()
            for m in _YEAR_NAMED_EVENT.finditer(body):
                if self.ref_year is not None and int(m.group("year")) != self.ref_year:
                    names.update(m.group("name").split())
            lead_end = min(_two_sentence_lead_end(self.sentences), _LEAD_CHARS)
            lead = _YEAR_NAMED_EVENT.sub(" ", body[:lead_end])
            self._earlier_names = frozenset(w for w in names if w not in lead)
        return self._earlier_names

    def _earlier_event_named_at(self, s: Sentence) -> int | None:
        """Where a sentence names another year's event by its name ("In the earthquake in
        Kumamoto, 221 of 276 deaths were indirect"): figures after it are that event's."""
        names = self._earlier_event_names()
        if not names:
            return None
        for m in _CAPITALISED_WORD.finditer(s.text):
            if m.group() in names:
                return m.start()
        return None

    def is_place(self, name: str) -> bool:
        return name in self._places

    def _body_opening_sentence_before(self, at: int) -> Entity | None:
        """The body the sentence before ``at``'s opens with ("The Kaltor Health Ministry
        published revised figures on October 24. It said ..."): what "it" names."""
        k = bisect_right(self._starts, at) - 1
        if k < 1 or self.named_source_of(k - 1) is not None:
            return None  # "..., the mayor's office said. It said": the office
        start = self.sentences[k - 1].start
        bodies, starts = self._named[_BODIES], self._named_starts[_BODIES]
        i = bisect_left(starts, start)
        if i < len(bodies) and bodies[i].start - start <= len("The "):
            return bodies[i]
        return None

    def _a_person(self, source: str) -> bool:
        """Whether a source is a person the article names (whole, or as its last words:
        "UN human rights chief Amara Velasco")."""
        # (a surname alone is the person named in full before: "Velasco")
        return self.is_person(source) or any(
            source.endswith(" " + p) or p.endswith(" " + source)
            for p in self._people or ()
            if " " in p
        )

    def is_person(self, name: str) -> bool:
        """Whether the article names a person so (its entities, found once)."""
        if self._people is None:
            self._people = {e.text for e in self.entities if e.label in _PERSON} | {
                e.canonical for e in self.entities if e.label in _PERSON
            }
        return name in self._people

    def place_reporting(self, s: Sentence, source: str) -> bool:
        """'Khyber Pakhtunkhwa and Punjab reported 308 and 223', 'Guinea has recorded 103
        cases': a place that 'reports' or 'records' figures is where they happened, not
        who gave them ('Nepal said' stays a government's word)."""
        if source not in self._places:
            return False
        at = s.text.find(source)
        return at >= 0 and _PLACE_VERB.match(s.text, at + len(source)) is not None

    def _disease_named_at(self, s: Sentence) -> int | None:
        """Where a sentence of an article about no disease tells of an epidemic as an
        event of its own ("an Ebola crisis in which almost 4,000 people died"): figures
        after it are that epidemic's; those of "a cholera outbreak has killed 25 in the
        camps", or after "the end of Covid-19 support", are the article's event's."""
        if self._article_disease() is not None:
            return None  # another disease than the article's: the whole sentence (below)
        first = next(iter(self._diseases_within(s)), None)
        if first is None or _EPIDEMIC_THEN.match(s.text, first[1] - s.start) is None:
            return None
        return first[0] - s.start

    def _article_disease(self) -> str | None:
        if self._disease is False:
            self._disease = _main_disease(self.disease_names())
        return self._disease  # type: ignore[return-value]

    def _another_disease(self, s: Sentence) -> bool:
        """A sentence about another disease than the article's own."""
        if self._article_disease() is None:
            return False  # see _disease_named_at
        named = {name for _, _, name in self._diseases_within(s)}
        return bool(named) and self._disease not in named

    def disease_names(self) -> tuple[tuple[int, int, str], ...]:
        """The diseases the article names (see disease_names), read on first use."""
        if self._diseases is None:
            self._diseases = disease_names(self.doc.body)
        return self._diseases

    def _diseases_within(self, s: Sentence) -> list[tuple[int, int, str]]:
        return [d for d in self.disease_names() if s.start <= d[0] and d[1] <= s.end]

    def _another_event_months_before(self, s: Sentence, d: DateMention) -> bool:
        """'In July, a suicide attack on a youth centre killed 24', 'Last July, 69 prisoners
        were killed in coordinated riots' in a May report of a fresh event: a sentence that
        opens on a month well before the article's tells an earlier story."""
        return d.start - s.start <= _OPENING_CHARS and self._months_before(s, d)

    def _months_before(self, s: Sentence, d: DateMention) -> bool:
        """Whether a month mention lies well before a fresh event's report, in a sentence
        that tells no running count from it ("since then") and is no follow-up's look back
        at its own event ("the sinking that occurred in November last year")."""
        pub = self.doc.published
        if not (d.date and len(d.date) == 7 and pub) or self._follow_up:
            return False
        months = (int(pub[:4]) - int(d.date[:4])) * 12 + int(pub[5:7]) - int(d.date[5:7])
        return (
            months >= _EARLIER_MONTHS
            # "In March, an attack began; since then 4,000 have been killed": this event's
            and _SINCE_THEN.search(s.text) is None
            # "In December, 500 more guards will be hired", "by January": a month to come
            and _FUTURE.search(s.text) is None
            and not d.text.lower().startswith(("by ", "until ", "till "))
            # a follow-up ("Three months after the earthquake ... In February, a powerful
            # earthquake struck") tells its own event so: only a report of a fresh event
            # (its lead dates something in the days before it) sets another one apart
            and self._reports_a_fresh_event()
        )

    def _month_before_in_own_clause(self, s: Sentence, q_end: int) -> bool:
        """'Another 17 people died in the fighting in January', 'riots left 69 dead last
        July': a month well before a fresh event's report in the figure's own clause,
        after it, dates the figure to an earlier story (not 'the outbreak, which began in
        January, has killed 400': a clause of its own)."""
        body = self.doc.body
        return any(
            d.start > q_end
            and not any(ch in body[q_end : d.start] for ch in ",;:")
            # "300 migrants who arrived in the forest in February stormed the fence": when
            # the counted did something else, not when the count was made
            and _RELATIVE_WORD.search(body, q_end, d.start) is None
            and self._months_before(s, d)
            for d in self._dates_in(s)
        )

    def _days_before_onset(self, s: Sentence, d: DateMention) -> bool:
        """'the May 13 collapse of a hostel that killed 58 people' in a report of a crush
        the lead dates to Thursday, May 20: a day well before the day this event began, in
        a fresh event's report (asked only of another kind of event named by its day)."""
        onset = _parse_day(self._onset_day())
        day = _parse_day(d.date)
        return (
            onset is not None
            and day is not None
            and (onset - day).days >= _DAYS_BEFORE_ONSET
            and _SINCE_THEN.search(s.text) is None
            and not self._follow_up
            and self._reports_a_fresh_event()
        )

    def _reports_a_fresh_event(self) -> bool:
        """Whether the lead dates something within days of publication ("on Saturday")."""
        if self._fresh is None:
            pub = _parse_day(self.doc.published)
            lead_end = self.sentences[min(len(self.sentences), _LEAD_SENTENCES) - 1].end
            self._fresh = pub is not None and any(
                (day := _parse_day(d.date)) is not None and 0 <= (pub - day).days <= _FRESH_DAYS
                for d in self.dates
                if d.start < lead_end
            )
        return self._fresh

    def _dated_elsewhere(self, s: Sentence) -> bool:
        if self._another_disease(s):
            return True
        if self.ref_year is None:
            return False
        if self._in_a_photo_of_another_year(s):
            return True
        mentions = self._dates_in(s)
        body = self.doc.body
        if mentions and self._another_event_months_before(s, mentions[0]):
            return True
        for k, d in enumerate(mentions):
            # a year the text states; one inferred for "August 5" from the publication date
            # ("between July 15 and August 5" in a report of the next February) is no sign
            # of another year's story; nor a period that runs into the event's year
            # ("between late 2022 and early 2023")
            if (
                d.date
                and (not d.relative or _NAMES_A_YEAR.search(d.text) is not None)
                and int(d.date[:4]) != self.ref_year
                # a dateline ("2023-03-10 Morbi: A charge sheet ...") is the day of
                # writing, in a follow-up a year after its event as in any report
                and d.date != self.doc.published
                and not self._since(s, d.start)
                and not _runs_into(body, d, mentions[k + 1 : k + 2], self.ref_year)
            ):
                return True
        return any(
            y.value is not None
            and y.value != self.ref_year
            and not _names_a_thing(self.doc.body, y.start)
            and not self._since(s, y.start)
            and not _year_runs_into(self.doc.body, y.end, self.ref_year)
            for y in _starting_within(self.years, self._year_starts, s.start, s.end)
        )

    def _earlier_event_end(self, s: Sentence) -> int | None:
        """Where '... the earthquake in January that killed' ends in ``text``: another
        kind of event than the article's own, dated to another month, whose relative
        clause gives its figures. None where the sentence names no such event."""
        text = s.text
        low = text.lower()
        # (substring tests first: each pattern needs its verb or its politics, which most
        # sentences lack, and the scans were 3% of extraction, sampled with py-spy)
        tolled = any(verb in low for verb in _TOLL_VERB_WORDS)
        counted = _EVENTS_COUNTED.search(text) if tolled else None
        if counted is not None:
            return counted.end()  # "grounded after two crashes that killed 289 people"
        political = any(word in low for word in _POLITICAL_WORDS)
        unrest = _POLITICAL_UNREST.search(text) if political else None
        if unrest is not None and self._article_kind() in _NOT_UNREST_KINDS:
            # "a post-election crisis with 115 deaths" in a cyclone's report
            return unrest.end()
        m = _EARLIER_EVENT.search(text) if tolled else None
        if m is None:
            return None
        # "the deadliest outbreak since the earthquake in January that killed": the kind
        # nearest the relative clause is the one it tells of
        noun = _KIND_WORD.findall(m.group(0))[-1]
        if EVENT_KINDS[noun.lower()] == self._article_kind():
            return None  # "the earthquake on Saturday that killed 2,000": the article's own
        months = {w.lower() for w in _MONTH_WORD.findall(m.group(0))}
        published = self.doc.published
        if not months or published is None:
            return None
        if any(
            s.start + m.start() <= d.start < s.start + m.end() and self._days_before_onset(s, d)
            for d in self._dates_in(s)
        ):
            return m.end()  # "the May 13 collapse of a hostel that killed 58", a week before
        now = int(published[5:7])
        recent = {_MONTHS_IN_ORDER[now - 1], _MONTHS_IN_ORDER[now - 2]}  # [-1] is December
        return m.end() if months - recent else None

    def _year_to_date(self, q_end: int, end: int) -> bool:
        """A count of the year so far in a report of one incident: "More than 1,700 people
        have died this year" beside a kidnapping or a crash is the year's, not the
        incident's (an outbreak's, a war's or a flood season's may be the event's own)."""
        return (
            _THIS_YEAR_AFTER.match(self.doc.body, q_end, end) is not None
            and self._article_kind() in INCIDENT_KINDS
        )

    def _article_kind(self) -> str | None:
        """The kind of event the article names most (see _main_kind), read on first use."""
        if self._kind is False:
            self._kind = _main_kind(self.doc.body)
        return self._kind  # type: ignore[return-value]

    def _another_event_beside(self, s: Sentence) -> int | None:
        """Where a sentence that sets the article's event beside another in time names
        that other one: "The kidnappings came hours after a blast ... killed 81", "It
        came the same day a bomb ... killed 81". Figures after its noun are its own. The
        event before the verb is named by its kind ("It" is the article's own); the
        other is of another kind, and not the article's ("The evacuation came hours after
        the blast killed 12" names no event before the verb; "the second blast came
        minutes after the first bomb" is one kind; "The protests came days after the
        earthquake killed 300" in a report on the quake is its own). A relative clause
        ("The bombing, which came a day after flood warnings were issued, killed 30")
        dates the event and leaves its clause its own."""
        text = s.text
        m = _CAME_BESIDE.search(text)
        if m is None or _RELATIVE_BEFORE_VERB.search(text, 0, m.start()) is not None:
            return None
        before = [EVENT_KINDS[k.group(1).lower()] for k in _event_kind_words(text, 0, m.start())]
        kind: str | None
        if before:
            kind = before[-1]
        elif _IT_OPENS.match(text):
            kind = self._article_kind()
        else:
            return None
        other = next(_event_kind_words(text, m.end()), None)
        if kind is None or other is None:
            return None
        joined = _ANOTHER_CLAUSE.match(text, other.end())
        if joined is not None and not _own_verb_before(joined):
            return None
        other_kind = EVENT_KINDS[other.group(1).lower()]
        if _one_kind(other_kind, kind) or _one_kind(other_kind, self._article_kind()):
            return None
        return other.start()

    def _long_conflict_at(self, s: Sentence) -> int | None:
        """Where a sentence names a conflict that has run for years, by its age ("The
        four-year-old revolt has claimed as many as 4,600 lives", "the decade-long
        insurgency") or by the year it began ("an armed revolt blamed for killing
        thousands of people since 2026"): figures after it are its running toll, not
        the toll of the article's event, unless the article is about a war."""
        text = s.text
        low = text.lower()
        # (substring tests first: an age ends on "old" or "long", a start needs "since")
        m = _AGED_CONFLICT.search(text) if "old" in low or "long" in low else None
        if m is None:
            m = _CONFLICT_SINCE.search(text) if "since" in low else None
            if m is None or self.ref_year is None or int(m.group("year")) >= self.ref_year:
                return None
        if (
            self._article_kind() == "war"
            or _RECORD_BEFORE.search(text, 0, m.start("noun"))
            or _OF_BEFORE.search(text, 0, m.start())
        ):
            # "The worst violence in the region since 2029 left 30 dead"; "Fighters of the
            # two-year-old insurgency killed 14": the conflict names whose they are
            return None
        figure = _FIRST_FIGURE.search(text, m.end("noun"))
        if (
            figure is not None
            and "," in text[m.end("noun") : figure.start()]
            and "," in text[: m.start()]
        ):
            # "the attack, rooted in a decades-long land conflict between two clans,
            # killed 14": the conflict is named in an aside, not as what killed
            return None
        return m.start("noun")

    def _since(self, s: Sentence, at: int) -> bool:
        """'killed since the protests began four months ago', 'since 2021': the date
        starts the period a running count covers; it does not move the count elsewhere."""
        # the mention may hold the word itself ("since 2019")
        start = max(s.start, at - _SINCE_REACH)
        before = self.doc.body[start : at + len("since ")].lower()
        found = [m.end() for m in _SINCE.finditer(before)]
        if not found:
            return False
        if _RECORD_SET.search(before, found[-1], at - start):
            # "the highest since a toll of 276 in quakes in 2016": a record set then,
            # not the day a running count starts from ("since the 7.8 magnitude quake
            # struck in December" is)
            return False
        # "the deadliest disaster since 2001, when 126 died": the earlier event itself
        return _THEN.match(self.doc.body, at, min(s.end, at + _THEN_REACH)) is None


# another gathering than the article's: "a similar rally", "their last march" (bounded:
# linear), within this many characters of the figure in its clause
_GATHERING_REACH = 120
_ANOTHER_GATHERING = re.compile(
    r"\b(?:previous|similar|last|earlier|another|prior)\s+(?:[a-z]+\s+)?"
    r"(?:march|marches|rally|rallies|protest|demonstration|gathering|procession)\b",
    re.IGNORECASE,
)


def _undated_clause(low_text: str) -> tuple[int, int] | None:
    """Where the clause of a cue of an unstated time runs in a sentence, if it has one."""
    cue = contains_phrase(low_text, INDEFINITE_TIME_CUES)
    if cue is None:
        return None
    at = low_text.find(cue)
    lo = max((m.end() for m in _CONTRAST.finditer(low_text, 0, at)), default=0)
    nxt = _CONTRAST.search(low_text, at)
    return lo, nxt.start() if nxt is not None else len(low_text)


# where a clause set against the one before begins: "..., but the minister said ..."
_CONTRAST = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\b|;")
# the words that open the period a running count covers: "since June", "the war that
# began last October has killed"
_SINCE = re.compile(r"\b(?:since|began|begun|started|erupted)\b")
# a disease named as an event of its own: "Ebola crisis in which", "cholera epidemic that
# killed" (bounded: linear)
_EPIDEMIC_THEN = re.compile(
    r"\s+(?:crisis|outbreak|epidemic|pandemic)[^.;:]{0,30}?\b"
    r"(?:in which|during which|that killed|which killed|that left|which left|that claimed)\b",
    re.IGNORECASE,
)
_RECORD_SET = re.compile(r"\b(?:tolls?|record)\b")
# a date followed by what happened then: "since 2001, when", "since 2015 in which", "since
# a deadly flood in 1962, that killed around 340"
_THEN = re.compile(
    r"[^,;.]{0,20}?,?\s+(?:when|in which|during which|(?:that|which) (?:killed|left|claimed))\b"
)
_THEN_REACH = 40
_WORD = re.compile(r"[a-z]+")


def _in_relative_clause(body: str, start: int, day: int) -> bool:
    """A day after a figure, inside a relative clause about something else: "in a fire
    that broke out Friday night". Not one that reports: "the 144 dead that state media
    reported on Friday", "officials said that on Monday"."""
    for m in _RELATIVE.finditer(body, start, day):
        words = _WORD.findall(body[m.start() : day].lower())
        if not any(w in SPEECH_VERBS or w in PERIOD_END_VERBS for w in words):
            return True
    return False


def _now_before_event_clause(body: str, start: int, day: int) -> bool:
    """A count said to stand now, and a day after it inside a clause of what happened:
    "418 are now confirmed dead after Hurricane Isandro flattened the south last week"
    ("Six died when a wall collapsed on Tuesday" is that day's)."""
    if day <= start:
        return False
    m = _EVENT_CLAUSE.search(body, start, day)
    # "now" is the figure's own, before the clause and no aside ("Twelve were killed
    # when the storm, now downgraded, made landfall on Tuesday" is Tuesday's)
    return (
        m is not None
        and _NOW.search(body, start, m.start()) is not None
        and "," not in body[start : m.start()]
        and _PAST_VERB.search(body, m.end(), day) is not None
    )


_NOW = re.compile(r"\bnow\b", re.IGNORECASE)
# characters from a figure to a day in an event's clause after it: every figure of a
# sentence asks, so the clause is read within reach (over the whole rest of a sentence of
# 600 figures, 22 times the time of 60)
_EVENT_DAY_REACH = 300


_STANDS_NOW = re.compile(r"\b(?:so\s+far|now|to\s+date|currently)\b", re.IGNORECASE)


def _figure_end(body: str, start: int) -> int:
    """Where the digits and separators of the figure at ``start`` end ("1,340")."""
    k = start
    n = len(body)
    while k < n and (
        body[k].isdigit() or (body[k] in ",." and k + 1 < n and body[k + 1].isdigit())
    ):
        k += 1
    return k


_NOW_REACH = 60  # characters after the figure
_NOW_BEFORE = 25  # characters before it: "Police have now arrested 40 people"


def _in_quotation(body: str, start: int, at: int) -> bool:
    """Whether ``at`` stands inside a quotation opened in the sentence from ``start``."""
    before = body[start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _closes_between(body: str, day: int, figure: int) -> bool:
    between = body[day:figure]
    return '"' in between or "”" in between


def _quoted_apart(body: str, start: int, day: int, figure: int) -> bool:
    """Whether a day stands inside a quotation of the sentence that closes before the
    figure: '"... we lost two more on Friday (March 12) ...," he said, adding, "100 were
    injured"' (not 'As of January 6, officials reported "at least 12 were killed"')."""
    before, upto = body[start:day], body[start:figure]
    inside = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    # the figure is quoted too ('"We found them on Sunday," the captain said of the 14
    # bodies' is Sunday's)
    quoted = upto.count('"') % 2 == 1 or upto.count("“") > upto.count("”")
    return inside and quoted and _closes_between(body, day, figure)


_WEEKS_BACK = ("last week", "last month")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\b", re.IGNORECASE)


def _dates_the_event_after(body: str, start: int, day: int) -> bool:
    """Whether a day after a figure dates the event an "after the ..." clause names: "last
    week" or "last month" inside it, or any day in a relative clause of its noun ("after
    the landslide that buried the village last Sunday", "after the gas leak, which began
    last night"; not "after the crash, a toll that rose on Wednesday": another noun's)."""
    after = _AFTER_AN_EVENT.search(body, start, day)
    if after is None:
        return False
    if body[day : day + 10].lower().startswith(_WEEKS_BACK):
        return True
    rel = _RELATIVE_BEFORE.search(body, after.end(), day)
    if rel is None:
        return False
    between = body[after.end() : rel.start()]
    return "," not in between or (
        between.count(",") == 1
        and between.rstrip().endswith(",")
        and rel.group(0).lower() == "which"
    )


# A dateline that opens a paragraph: "TAHVAN (Valdaran), May 21:", "LUSENDO, Oct 16
# (Meridian) -", "KESSRA (Valdaran), May 23 (CPA):": the day the wire filed it
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{2,40})(?:\s*\([^()\n]{1,40}\))?,\s+"
    r"(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*(?:\([^()\n]{1,40}\)\s*)?[:–—-]",
    re.MULTILINE,
)
_DATELINE_REACH = 600  # characters: a dateline stands under the headline and its furniture
# capitals before a day that are a page's label, not a place ("EDITOR'S NOTE, May 6 -")
_NOT_A_PLACE = re.compile(
    r"\b(?:NOTE|UPDATE|UPDATED|CORRECTION|EDITOR|BREAKING|LIVE|WATCH|READ|PUBLISHED|POSTED)\b"
)
# a paragraph that opens on a place in capitals and a dash or colon: another dateline
_ANOTHER_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40}(?:\s*\([^()\n]{1,40}\))?\s*[:–—-]\s", re.MULTILINE
)
_RELAY_DAYS = 7  # a relay reprints wire copy within a week; an older dateline is a quote

_AFTER_AN_EVENT = re.compile(r"\b(?:after|following)\s+(?:the|a|an)\b", re.IGNORECASE)


# a subordinate clause of the event with a verb of its own ("after the storm hit"; not
# "after the quake on Monday", a noun's day)
_EVENT_CLAUSE = re.compile(r"\b(?:after|when|as)\s+(?:the\s+|a\s+)?[\w'’-]+")
_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b|\b(?:hit|struck|swept|tore|fell|broke|ran|sank)\b")

_SINCE_REACH = 80  # characters: "since the beginning of the anti-government demonstrations"


# Words that place a sentence in another, earlier event: "the previous most deadly
# failure", "the last such disaster", "a decade ago", "last year's floods".
_TOLL_VERB_REACH = 5  # tokens before a toll's noun: "could lift the typhoon's death toll"


def _taken_to(tokens: Sequence[Token], qi: int) -> bool:
    """The figure is what a count is taken "to": "... to more than 1,250", "to 80"."""
    return qi > 0 and tokens[qi - 1].low == "to"


_OPENING_CHARS = 3  # "In July,": the sentence opens on the month
_SINCE_THEN = re.compile(r"\bsince\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|plans?|planned|planning|scheduled|due to|expected to|is to|are to)\b",
    re.IGNORECASE,
)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which|that|when|where|whose)\b", re.IGNORECASE)
_LEAD_SENTENCES = 3
_FRESH_DAYS = 10  # a lead's day this close to publication reports a fresh event
_EARLIER_MONTHS = 2  # months before the article's: an earlier story, not last week's
_DAYS_BEFORE_ONSET = 3  # a day this far before the lead's own event's: an earlier one
# an event named as another than the article's: "a suicide attack", "another blast"
_ANOTHER_EVENT = re.compile(
    r"\b(?:a|an|another)\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(sorted(EVENT_NAMING_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# "the latest boat disaster ..., after one this summer in which 63 passengers died":
# another of its kind, of another season or month, told with its own toll, to the end of
# that clause (not "after another day in which 14 were killed": the same event's day
# before; nor "..., the ferry sank on Sunday, killing 40" after it) (bounded: linear)
_ANOTHER_OF_ITS_KIND = re.compile(
    r"\b(?:after|following)\s+(?:one|another)\s+(?:(?:earlier\s+)?this|last)\s+"
    r"(?:summer|spring|autumn|fall|winter|year|month)\b[^.;,]{0,60}?\b(?:in which|when)\b",
    re.IGNORECASE,
)
_ANOTHER_REACH = 120  # characters from the cue to a figure of its clause


def _in_its_clause(body: str, cue_end: int, q_start: int) -> bool:
    """Whether a figure at ``q_start`` lies in the clause a cue ending at ``cue_end``
    opens: after it, within reach, no clause mark between."""
    gap = body[cue_end:q_start]
    return cue_end <= q_start and len(gap) <= _ANOTHER_REACH and not any(ch in ".;," for ch in gap)


_BACKGROUND = re.compile(
    r"\b(?:the previous (?:most |worst|deadliest|largest|biggest)|(?:years|decades|a decade) ago"
    r"|(?P<last_year>a year ago|last year(?:['’]s)?\b)"
    # "to prevent a repeat of the post-election unrest in October, when seven people were
    # killed": the clause tells of the event feared again (not "a repeat of Monday's
    # protests drew 5,000": the repeat's own figure; nor "a repeat of the shelling, which
    # has killed 12": the event going on)
    r"|a repeat of (?:the|last)\b[^.;]{0,80}?,\s+(?:when|in which)\b)",
    re.IGNORECASE,
)


# A count over years is a record the event is set in, not the event's own: a sentence
# opening on the span ("Over the past five years, 300 people have died in similar
# fires"), or a figure whose own clause ends on it ("60 such deaths were recorded in 4
# years"). Not "the third attack in two years killed 15", "rebels who have fought over
# the past ten years killed 20", "to be rehoused within two years": the span measures or
# dates something else. (Bounded words: linear.)
_YEARS = (
    r"(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
    r"(?:years|decades)|decade)"
)
_OPENS_ON_YEARS = re.compile(
    rf"\W*(?:in|over|during)\s+(?:the\s+(?:last|past|previous)\s+{_YEARS}\b|{_YEARS}"
    r"(?:\s*,|(?=\s+(?:more|at\s+least|nearly|about|some|almost|over|\d))))",
    re.IGNORECASE,
)
_CLAUSE_ENDS_ON_YEARS = re.compile(
    r"(?:\s+(?!(?:that|who|which|where|when|hit|struck|affected|plagued|ravaged|battered"
    r"|\w+est|worst|most|only|first|second|third|fourth|fifth)\b)"
    r"[\w'’-]+){1,12}?"
    rf"\s+(?:in|over|during)\s+(?:the\s+(?:last|past|previous)\s+)?{_YEARS}\b",
    re.IGNORECASE,
)
# ... and "recent years", only where the figure's own phrase ends on it ("thousands of
# lives over recent decades"; not "20 people in a district whose population has doubled
# in recent years")
_CLAUSE_ENDS_RECENTLY = re.compile(
    r"(?:\s+(?:of|the|their|lives|people|deaths)){0,2}"
    r"\s+(?:in|over|during)\s+(?:the\s+)?recent\s+(?:years|decades)\b",
    re.IGNORECASE,
)


# a relative date that names its year ("in November last year", "two years ago"), unlike
# "August 5", whose year only the publication date gives
# the months' full names, January first
_MONTHS_IN_ORDER = tuple(max((k for k in MONTHS if MONTHS[k] == n), key=len) for n in range(1, 13))
# "last March" in a January story is the year before, as surely as "last year"
_NAMES_A_YEAR = re.compile(
    r"\byears?\b|\blast\s+(?:" + "|".join(_MONTHS_IN_ORDER) + r")\b", re.IGNORECASE
)
# "Tamber's worst since January, when more than 85 people lost their lives": a figure
# that opens the clause of a month or year the event is measured against is that time's
# (the search ends at the figure, at most a word after "when": "Since March when
# the ceasefire collapsed more than 200 have been killed" are this conflict's)
_SINCE_WHEN_REACH = 160  # characters back from a figure: bounded, whatever the sentence
_SINCE_MONTH_WHEN = re.compile(
    r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:"
    + "|".join(_MONTHS_IN_ORDER)
    + r")(?:\s+\d{4})?|\d{4}|last\s+year),?\s+when\s+(?:[^\s,;.()]+\s+)?\Z",
    re.IGNORECASE,
)
# "the earthquake in January that killed", "the January 12 earthquake that left": an event
# with a month, and the relative clause that gives its toll (bounded gaps: linear)
_MONTH_WORD = re.compile(r"\b(" + "|".join(_MONTHS_IN_ORDER) + r")\b", re.IGNORECASE)
# Events counted in the plural, whose relative clause totals them: "following two
# crashes that killed 289 people" is none of this one's figures, whatever its kind
_EVENT_PLURALS = sorted(
    {
        k if k.endswith("s") else k + ("es" if k.endswith(("sh", "ch", "x")) else "s")
        for k in EVENT_KINDS
    },
    key=len,
    reverse=True,
)
# (after a word that sets them before or beside this one: "Two explosions that killed 30
# people tore through the market on Saturday" is the event itself)
_EVENTS_COUNTED = re.compile(
    r"\b(?:after|following|since|before|like|unlike|than|besides|previous|earlier|past)\s+"
    r"(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple)\s+"
    r"(?:[a-z-]+\s+)?(?:" + "|".join(_EVENT_PLURALS) + r")\b"
    r"[^,.;:]{0,60}?\b(?:that|which)\s+(?:killed|left|claimed|took)\b",
    re.IGNORECASE,
)
# "1,700 people have died this year": the figure's own clause ends on the year so far
_THIS_YEAR_AFTER = re.compile(
    r"(?:\s+(?!(?:\w+est|worst|most)\b)[\w'’-]+){0,4}?\s+(?:so\s+far\s+)?this\s+year\b(?!['’])",
    re.IGNORECASE,
)
# the verbs the two patterns of other events' tolls end on, and the words of politics
_TOLL_VERB_WORDS = ("killed", "left", "claimed", "took")
_POLITICAL_WORDS = ("election", "electoral", "political", "ethnic", "sectarian")
# Unrest named by its politics, whose figures a report of a disaster of nature or an
# accident can only tell as another story: "a post-election crisis with 115 deaths"
_POLITICAL_UNREST = re.compile(
    r"\b(?:post-election|post-electoral|political|ethnic|sectarian)\s+"
    r"(?:crisis|violence|unrest|clashes|fighting|turmoil)\b[^,.;:]{0,40}?"
    r"\b(?:with|(?:that|which)\s+(?:killed|left|claimed))"
    # the figure the phrase gives, right after it (not "amid political turmoil in which
    # the capital was paralysed ..., and killed at least 84 people": the storm's)
    r"(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|over\s+)?"
    r"(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b"
    r"|dozens\b|hundreds\b|thousands\b|scores\b))",
    re.IGNORECASE,
)
# the kinds of violence between people: every other kind is of nature or an accident
_UNREST_KINDS = frozenset(
    {"attack", "war", "massacre", "crackdown", "protests", "abduction", "riot"}
)
_NOT_UNREST_KINDS = frozenset(EVENT_KINDS.values()) - _UNREST_KINDS
_EARLIER_EVENT = re.compile(
    r"(?:\b(?:" + "|".join(_MONTHS_IN_ORDER) + r")(?:\s+\d{1,2})?\s+)?"
    r"\b(?P<noun>" + _EVENT_KIND_ALTERNATION + r")\b"
    r"[^,.;:]{0,60}?\b(?:that|which)\s+(?:killed|left|claimed|took)\b",
    re.IGNORECASE,
)
# the article's event set beside another in time: "came hours after", "happened the
# same day" (bounded: linear)
_CAME_BESIDE = re.compile(
    r"\b(?:came|comes|happened|occurred|took\s+place)\s+(?:only\s+|just\s+)?"
    r"(?:(?:(?:hours|days|weeks|minutes|a\s+day|a\s+week|a\s+few\s+(?:hours|days))\s+)?"
    r"(?:after|before)|(?:on\s+)?the\s+same\s+day)\b",
    re.IGNORECASE,
)
_CONFLICT_NOUN = "|".join(sorted(LONG_CONFLICT_NOUNS))
# the verb by which a conflict, its noun right before, gives its toll (bounded)
_CONFLICT_TOLLS = (
    r"(?:\s+(?:in|of)\s+the\s+[\w-]+)?,?\s+(?:which\s+|that\s+)?(?:has\s+|have\s+|had\s+)?"
    r"(?:so\s+far\s+|already\s+)?(?:claimed|killed|left|cost|displaced"
    r"|(?:been\s+)?blamed\s+for\s+(?:killing|the\s+deaths))\b"
)
# a conflict by its age, as the subject of its toll: "The four-year-old revolt has claimed
# 4,600 lives" (not "Militants waging a decade-long insurgency killed 40": its object)
_AGED_CONFLICT = re.compile(
    r"(?:\A|[,;]\s+|\b(?:that|how|as|while|and|but)\s+)[\"“‘']?(?:the|a|an|its|their)\s+"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)[\s-]year[\s-]old"
    r"|(?:decade|decades|years|months)[\s-]long|long[\s-]running)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_CONFLICT_NOUN})\b(?={_CONFLICT_TOLLS})",
    re.IGNORECASE,
)
# ... or by the year it began: "an armed revolt blamed for killing thousands since 2026"
_CONFLICT_SINCE = re.compile(
    rf"\b(?P<noun>{_CONFLICT_NOUN})\b(?={_CONFLICT_TOLLS})[^.;:]{{0,80}}?"
    r"\bsince\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "The bombing, which came a day after ...": the verb of a relative clause (bounded)
_RELATIVE_BEFORE_VERB = re.compile(r"\b(?:which|that|who)\s+(?:\w+\s+){0,1}\Z", re.IGNORECASE)
# a clause joined on after the other event's noun, before any figure: "came a day after a
# bombing in the capital, and the gunmen shot dead two guards", "came hours after a protest
# in the square and killed 30" (bounded)
_ANOTHER_CLAUSE = re.compile(
    r"[^\d]{0,200}?(?:,\s+(?:and|but|while)\b|;|\s+and\s+(?:also\s+)?(?P<verb>[a-z]+ed)\b)"
)


def _own_verb_before(joined: re.Match[str]) -> bool:
    """Whether ", and"/" and <verb>ed" continues the other event's own clause: it has a
    verb of its own before ("a bomb exploded outside the mosque and killed 18"), not a bare
    noun ("after a protest in the square and killed 30", the article's event's verb)."""
    text = joined.group(0)
    return (
        joined.group("verb") is not None
        and _PAST_VERB_WORD.search(text, 0, joined.start("verb") - joined.start()) is not None
    )


_PAST_VERB_WORD = re.compile(r"\b(?:[a-z]+ed|went|struck|hit|broke|swept|tore|blew|began)\b")


def _one_kind(a: str | None, b: str | None) -> bool:
    """Whether two kinds of event may name one event ("blast" and "bomb")."""
    return a is not None and b is not None and KIND_FAMILIES.get(a, a) == KIND_FAMILIES.get(b, b)


# a record set before a conflict's noun: "the worst violence since 2029", "the deadliest
# attack of the decade-long insurgency"
_RECORD_BEFORE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|most\s+\w+|\w+est)\s+(?:[\w-]+\s+){0,4}\Z", re.IGNORECASE
)
_OF_BEFORE = re.compile(r"\bof\s+(?:the|a|an|its|their)\s+\Z", re.IGNORECASE)
_FIRST_FIGURE = re.compile(r"\d|\b(?:dozens|hundreds|thousands|millions|scores)\b", re.IGNORECASE)
_IT_OPENS = re.compile(r"[\"“‘']?(?:It|This)\b")
# prefix trees, not lists of words: _KIND_WORD reads a whole article
_KIND_WORD = re.compile(r"\b(" + phrase_pattern(EVENT_KINDS) + r")\b", re.IGNORECASE)
# "last year's Morbi suspension bridge collapse": a date naming the event after it
_KIND_AFTER_DATE = re.compile(
    r"['’]s\s+(?:[\w.-]+\s+){0,3}?(" + phrase_pattern(EVENT_KINDS) + r")\b",
    re.IGNORECASE,
)


def _event_kind_words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The words of ``text[start:end]`` that name a kind of event, less those in an idiom
    or a compound ("opened fire", "fire exits", "bomb threat")."""
    for m in _KIND_WORD.finditer(text, start, len(text) if end is None else end):
        if not _idiom_of_a_kind(text, m.start(1), m.end(1)):
            yield m


def _main_kind(body: str) -> str | None:
    """The kind of event an article names most; of two named as often, the first named.
    A word used in an idiom or a compound names no event ("opened fire", "set on fire",
    "fire exits", "fire alarms")."""
    kinds = [EVENT_KINDS[m.group(1).lower()] for m in _event_kind_words(body)]
    if not kinds:
        return None
    counts = Counter(kinds)
    return max(counts, key=lambda k: (counts[k], -kinds.index(k)))


def _idiom_of_a_kind(body: str, start: int, end: int) -> bool:
    """Whether a kind's word at ``start:end`` is part of an idiom or compound that names no
    event: "opened fire", "set on fire", "fire exits"."""
    before = body[max(0, start - _IDIOM_REACH) : start].lower().split()
    after = body[end : end + _IDIOM_REACH].lower().split()
    return (bool(before) and before[-1] in KIND_IDIOM_BEFORE) or (
        bool(after) and after[0].strip(".,;:") in KIND_IDIOM_AFTER
    )


_IDIOM_REACH = 12  # characters either side of the kind's word: "opened ", " exits"

_PLACES = frozenset({EntityLabel.GPE, EntityLabel.LOC})
# the verbs by which a place "gives" figures that happened in it
_PLACE_VERB = re.compile(r"\s+(?:has |had |have )?(?:reported|recorded|registered|saw|counted)\b")

# a prefix tree, not a list of names: every position of a body that may name one is tried
DISEASE_PATTERN = re.compile(r"\b(" + phrase_pattern(DISEASE_NAMES) + r")\b", re.IGNORECASE)


def may_name_disease(text: str) -> bool:
    """Whether ``text`` may name a disease: a test on the lower-cased text that lets
    most articles skip the search for names. Measured: the body-wide searches for
    disease names were 5% of extraction's time (extract_speed.py --profile)."""
    low = text.lower()
    return any(piece in low for piece in DISEASE_NAME_PIECES)


def disease_names(body: str) -> tuple[tuple[int, int, str], ...]:
    """Every disease a body names: start, end and the name as the lexicon spells it.
    Found in one scan that every question about diseases then reads; a scan for each
    question (whether the article is about one, which, whether a sentence names one)
    was 7% of extraction (sampled with py-spy)."""
    if not may_name_disease(body):
        return ()
    return tuple(
        (m.start(), m.end(), DISEASE_NAMES[" ".join(m.group(1).lower().split())])
        for m in DISEASE_PATTERN.finditer(body)
    )


_LEAD_CHARS = 400  # a headline and a first sentence
# "the Kumamoto quake's 276", right before the figure (bounded: linear)
_NAMED_EVENTS_FIGURE = re.compile(
    rf"\bthe\s+(?P<name>(?:[A-Z][\w-]*\s+){{1,3}})(?:{phrase_pattern(EVENT_KINDS)})['’]s\s+\Z"
)
_NAMED_EVENT_REACH = 60
# capitalised words before an event's noun that name no other event: a people, a day
_NO_EVENT_NAMES = frozenset(NATIONALITIES) | frozenset(WEEKDAYS) | frozenset(MONTHS)
# "the Paris attacks on bars, restaurants, the national stadium and Bataclan concert
# hall, which killed 130": an event named by its place, whose relative clause gives the
# toll right before the figure (bounded: linear)
_NAMED_EVENT_WHICH_KILLED = re.compile(
    rf"\bthe\s+(?P<name>(?:[A-Z][\w-]*\s+){{1,3}})(?:{phrase_pattern(EVENT_KINDS)})\b"
    r"[^.;]{0,120}?\b(?:that|which)\s+(?:killed|left|claimed)\s+\Z"
)
_EVENT_CLAUSE_REACH = 200
# "the 2016 Kumamoto earthquake": another year's event by its name (bounded: linear)
_YEAR_NAMED_EVENT = re.compile(
    rf"\b(?P<year>(?:18|19|20)\d\d)\s+(?P<name>(?:[A-Z][\w-]*\s+){{1,3}})(?:{phrase_pattern(EVENT_KINDS)})\b"
)
_STORM_TITLE = "|".join(sorted(STORM_TITLES, key=len, reverse=True))
# "Hurricane Rita in 2005", "Typhoon Haiyan of 2013": a storm named with its year after
_STORM_OF_YEAR = re.compile(
    rf"\b(?:{_STORM_TITLE})\s+(?P<name>[A-Z][\w-]*)\s+(?:in|of)\s+(?P<year>(?:18|19|20)\d\d)\b"
)
# "the 139 deaths attributed to Rita": what the figure's own phrase says caused it, read
# from the figure's end
_CAUSED_BY = re.compile(
    rf"[^.;:\d]{{0,30}}?\b(?:{'|'.join(CAUSE_PHRASES)})\s+"
    rf"(?:(?:{_STORM_TITLE})\s+)?(?P<name>[A-Z][\w-]*)"
)
_CAUSED_BY_REACH = 60
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w-]*")


def _main_disease(named: Sequence[tuple[int, int, str]]) -> str | None:
    """The disease an article names most (``named``: see disease_names), if it names one
    at all; of two named as often, the one named first (not whichever a set of strings
    yields first: that changed with PYTHONHASHSEED, and with it which figures were
    background, from one run to the next). A disease named once, past the lead, is no
    article's subject: "an Ebola crisis in which almost 4,000 people died" in a report on
    a mudslide."""
    if not named:
        return None
    main, times = Counter(name for _, _, name in named).most_common(1)[0]
    if times < 2 and all(end > _LEAD_CHARS or name != main for _, end, name in named):
        return None
    return main


_PERIOD_JOINS = frozenset({"and", "to", "until", "till", "through", "-", "–", "—"})


def _runs_into(body: str, d: DateMention, following: Sequence[DateMention], year: int) -> bool:
    """'between late 2022 and early 2023': a date that opens a period ending in ``year``."""
    if not following or not following[0].date or int(following[0].date[:4]) != year:
        return False
    between = body[d.end : following[0].start].split()
    return len(between) <= 2 and any(w.lower() in _PERIOD_JOINS for w in between)


_INTO_YEAR = re.compile(
    r"\s*(?:" + "|".join(map(re.escape, sorted(_PERIOD_JOINS))) + r")\s*"
    r"(?:(?:early|late|mid)[\s-]+)?(\d{4})\b"
)


def _year_runs_into(body: str, end: int, year: int) -> bool:
    """'between late 2022 and early 2023': a year that opens a period ending in ``year``."""
    m = _INTO_YEAR.match(body, end, end + 24)
    return m is not None and int(m.group(1)) == year


def _opens_period(body: str, start: int) -> bool:
    """'since Monday', 'from 5 January', 'since the invasion began on Feb. 24': the start
    of a period, not the figure's date."""
    before = body[max(0, start - 12) : start].lower().split()
    first = body[start : start + 12].lower().split()[:1]
    return (
        (bool(before) and before[-1] in PERIOD_OPENERS)
        or (bool(first) and (first[0] in PERIOD_OPENERS))
        or _in_since_clause(body, start)
    )


_EVENT_DAY_STALE = 7  # days: an event named by a day further back dates no count of the report
# An event's toll in a participle after the day that opens its sentence, told two days or
# more on ("On Thursday, a blaze ..., killing 84 people"): the count as the report knows it
_RECOUNT_DAYS = 2
_PARTICIPLE_REACH = 32  # characters: ", killing at least 84", "and injuring over 55"
_TOLL_PARTICIPLE_BEFORE = re.compile(
    r"(?:,|\band)\s+(?:killing|leaving|claiming|injuring|wounding)\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|about|some|almost)\s+)?\Z",
    re.I,
)
# what tells of a later count after a recap, in its paragraph: "The toll has since risen
# to 20", "By Saturday the toll had risen to 19"
_DAY_NAMES = "|".join(sorted({*WEEKDAYS, *MONTHS}, key=len, reverse=True))
_LATER_IN_THE_STORY = re.compile(rf"\b(?:since|risen|rose|climbed|increased|{_DAY_NAMES})\b", re.I)


def _days_with_counts(body: str) -> set[str]:
    """The days that open sentences with a figure in them: a timeline has two or more
    ("On January 5, ... killing 30 people. On January 6, a second attack killed 16")."""
    days = set()
    for m in _DAY_OPENS_A_SENTENCE.finditer(body):
        end = body.find(".", m.end())
        if _A_FIGURE.search(body, m.end(), len(body) if end < 0 else end):
            days.add(m.group("day").lower())
    return days


_A_FIGURE = re.compile(r"\d")
# a sentence that opens on a day: "On January 6, a second attack ..."
_DAY_OPENS_A_SENTENCE = re.compile(rf"(?:^|(?<=[.!?]\s))On\s+(?P<day>{_DAY_NAMES})\b", re.I | re.M)
# Unrest named by its day, the noun right after it: "the May 13 clashes" (not "On April
# 20, clashes between police and protesters killed nine": that day's count)
_UNREST_AFTER_DAY = re.compile(
    r"[^,.;:]{0,24}?\s(?:clashes|protests|demonstrations|unrest|violence)\b", re.I
)
# A photo's own date in its caption: "In this photo taken on Friday, Sept. 15, 2028"
_PHOTO_REACH = 80  # characters past the sentence's start: the caption's own sentence
# (two years back at least: a photo "taken on Dec. 31" of a story told on January 3 is
# this story's)
_PHOTO_YEARS_BACK = 2
# (opening its paragraph, as a caption does: not "Rescuers found a photo taken in 1998")
_PHOTO_OF_A_YEAR = re.compile(
    r"\s*(?:in\s+)?(?:this|a|the)\s+(?:file\s+)?(?:photo|picture|image|photograph)\s+"
    r"(?:taken|made|shot|dated)\s+(?:on|in)\s+[^;]{0,40}?\b(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_DAYS_LATER_SPAN = 31  # days: "Five days later" counts on from a day of the story, no older
# a day, then the event it names: "the September 16, 2031 elections", "the May 3 quake"
_EVENT_NOUN_AFTER_DAY = re.compile(
    r"[^,.;:]{0,24}?,?\s*(?:\d{4}\s+)?(?:[\w-]+\s+)?(?:"
    + "|".join(
        sorted(
            EVENT_NAMING_NOUNS | {"election", "elections", "vote", "polls"},
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.IGNORECASE,
)


def _days_later_opener(low_text: str) -> str | None:
    """The phrase of DAYS_LATER_OPENERS that opens a sentence, set off by its comma (after
    "but", "and" or "then")."""
    words = low_text.lstrip("\"“‘' ")
    for lead in ("but ", "and ", "then "):
        if words.startswith(lead):
            words = words[len(lead) :]
            break
    for phrase in DAYS_LATER_OPENERS:
        if words.startswith(phrase) and words[len(phrase) : len(phrase) + 1] in (",", " "):
            rest = words[len(phrase) :].lstrip(" ,")
            return None if rest.startswith("than") else phrase
    return None


# "At the April 2 briefing", "By the April 20 deadline", "On the eve of the April 20
# vote": an occasion at which, or by which, the count was given or made
# ("by the" only where it opens a clause: "sparked by the September 28 vote" is the vote's)
_WHEN_THE = re.compile(
    r"(?:\b(?:at|before|until|till|ahead\s+of|eve\s+of)|(?:\A|[.,;:\n]\s*)by)\s+the\s+\Z",
    re.IGNORECASE,
)
_WHEN_THE_REACH = 18  # characters before the day

# characters: "since Russia launched the invasion on Feb. 24", "since the ship, owned by
# the Costa cruise company, sank while on an unauthorized route Jan. 13"
_SINCE_CLAUSE_REACH = 100


_NEW_CLAUSE_IN_SINCE = re.compile(r",\s+(?:and|but)\b|\bincluding\b")


def _in_since_clause(body: str, start: int) -> bool:
    """A day inside a clause opened by "since", with no break between (an aside set off
    by two commas is none): the clause says when the counting began."""
    window = body[max(0, start - _SINCE_CLAUSE_REACH) : start].lower()
    at = window.rfind("since ")
    # (a whole word, also where it opens the text or a line: "Since the floods ...")
    while at > 0 and window[at - 1].isalnum():
        at = window.rfind("since ", 0, at)
    if at < 0:
        return False
    clause = window[at:]
    if any(ch in clause for ch in ";:.!?\n") or clause.count(",") % 2:
        return False
    if _NEW_CLAUSE_IN_SINCE.search(clause):
        return False  # "Since the weekend, divers have searched, and on May 8 they found"
    # "since 2019, officials said, including 40 on Jan. 13": a speech tag, no aside
    return not any(w in SPEECH_VERBS for w in _WORD.findall(clause))


def _event_before_day(body: str, start: int) -> bool:
    return _EVENT_BEFORE_DAY.search(body[max(0, start - _EVENT_BEFORE_REACH) : start]) is not None


def _event_clause_before_day(body: str, start: int) -> bool:
    return _EVENT_CLAUSE_DAY.search(body[max(0, start - _EVENT_CLAUSE_REACH) : start]) is not None


# "the quake that shook the mountain region along the border late Sunday": a day that
# ends a relative clause about the event dates the event, not the count, in a sentence of
# a running toll ("..., where 1,724 people died, according to a government toll"); not
# "During the storm that hit the coast on Thursday, 40 people drowned" (died that day),
# nor "At the protest on Saturday, police arrested 200, according to police figures"
# (bounded: linear)
_A_TOLLS_WORD = re.compile(r"\btoll\b", re.IGNORECASE)
_EVENT_CLAUSE_DAY = re.compile(
    rf"\b(?:{_EVENT_KIND_ALTERNATION})\s+(?:that|which)\s+[^,.;:()]{{1,70}}?"
    r"\s(?:(?:late|early)\s+)?(?:on\s+)?\Z",
    re.IGNORECASE,
)
_EVENT_CLAUSE_REACH = 100


def _names_an_event(body: str, start: int) -> bool:
    """A date in the possessive ("last week's strike"), before its noun ("the August 30
    landslide", "the Wednesday collapse") or after it ("the earthquake on May 12") names
    an event, not the day of a count; it dates a count only where no other day does."""
    return (
        _POSSESSIVE_DAY.match(body, start) is not None
        or body[max(0, start - 4) : start].lower() == "the "
        or _event_before_day(body, start)
    )


def _after_speech_verb(body: str, start: int) -> bool:
    """'said Monday', 'told reporters on Friday', 'announced late on Sunday': the day a
    statement was made dates the figures it gives."""
    words = body[max(0, start - 30) : start].lower().split()
    while words and words[-1] in ("on", "late", "early", "reporters", "journalists"):
        words.pop()
    return bool(words) and (words[-1] in SPEECH_VERBS or words[-1] in STATEMENT_NOUNS)


def _names_a_thing(body: str, start: int) -> bool:
    """'train number 2011', 'flight 1984': a number that looks like a year but is a name."""
    before = body[max(0, start - 10) : start].lower().split()
    return bool(before) and before[-1].rstrip(".") in _NUMBER_NAMERS


def continues(low_text: str) -> bool:
    """Whether a sentence carries on the previous one's statement."""
    if low_text.startswith(CONTINUATION_OPENERS):
        return True
    words = low_text.split(maxsplit=3)[:3]  # the first words only: a sentence may be long
    return (
        len(words) >= 2
        and words[0] in ("it", "he", "she", "they")
        and (words[1] in SPEECH_VERBS or words[1] in ("also", "later"))
    )


def _a_lay_group(source: str) -> bool:
    """Whether a source is a group of people no "it" can name: "residents", "local
    witnesses" ("At least 152 are confirmed dead - although residents say the figure is
    much higher. ..., the report said": not the residents' report)."""
    # ("The Association of Bereaved Families": a body's name, written with capitals)
    words = source.split()
    return bool(words) and words[-1].islower() and words[-1] in LAY_SPEAKER_NOUNS
