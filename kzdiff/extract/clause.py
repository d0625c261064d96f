"""What the clause of one figure says about it: what it counts and of what whole.

A figure's category comes from a cue in its clause (a verb after it, a noun or
verb governing it from the left, the counted noun itself); its subject is the
counted noun phrase; "including", "of whom" and breakdowns make it a part.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from kzdiff.extract.numbers import is_number_word
from kzdiff.extract.tokens import PhraseIndex, Token, token_index
from kzdiff.lexicon.abbreviations import PLACE_ABBREVIATIONS
from kzdiff.lexicon.attribution import (
    EARLIER_GIVEN_WORDS,
    HEDGED_SPEECH_VERBS,
    LY_NOUNS,
    NUMBER_WORDS,
    SPEECH_VERBS,
    SUBORDINATORS,
)
from kzdiff.lexicon.categories import (
    ACTIVE_HARM_VERBS,
    AFTER_A_TALLY_PLACE,
    AFTER_A_VENUE,
    ALIVE_WORDS,
    AMONG_CUES,
    AS_LINKED_NOUNS,
    AS_LINKING_VERBS,
    BACK_REFERENCE_NOUNS,
    BE_THERE_WORDS,
    BURIAL_CUES,
    CAPTIVE_WORDS,
    CARE_VERBS,
    CAREGIVER_NOUNS,
    CASE_NOUNS,
    CATEGORY_HEADS,
    CLAUSE_BREAKERS,
    COUNT_CHANGE_VERBS,
    CROWD_VENUES,
    CUE_NOT_BEFORE,
    DEFIANCE_VERBS,
    DRIVING_OUT_VERBS,
    ENTRY_VERBS,
    ESTIMATE_VERBS,
    EVENT_CUES,
    EVENT_NAMES,
    EVENT_NAMING_NOUNS,
    EVENT_NOUN_CUES,
    FACILITY_HEADS,
    FATE_ADJECTIVES,
    FATE_REPORTING_WORDS,
    FLIGHT_VERBS,
    FLOW_CUES,
    GATHERING_LEFT_VERBS,
    GATHERING_NOUNS,
    GROUPS_OF_MEMBERS,
    HARM_BEFORE_DEATH,
    HARM_PARTICIPLES,
    HAVING_VERBS,
    HELD_BY_AUTHORITY,
    HELD_OCCASIONS,
    HELD_OTHERWISE,
    HOME_NOUNS,
    HUMAN_NOUNS,
    ILLNESS_CUE_WORDS,
    INSTANCE_NOUNS,
    INTERVIEW_WORDS,
    KIN_NOUNS,
    LATER_DEATH_VERBS,
    LEFT_GAP_WORDS,
    LEFT_NOUN_CUES,
    LEFT_VERB_CUES,
    LISTING_VERBS,
    LIVES_LOST_VERBS,
    MEASURE_WORDS,
    MOVING_VERBS,
    NATIONALS_NOUNS,
    NON_HUMAN_NOUNS,
    NONLETHAL_HARMS,
    NOT_ALIVE_WORDS,
    NOUN_CATEGORIES,
    OBJECT_CUE_NOUNS,
    OBJECT_CUE_PARTICIPLES,
    OBJECT_DETERMINERS,
    OCCASION_NOUNS,
    OTHERS_PRONOUNS,
    OUT_OF_PLACES,
    PARTICIPLE_NOUN_CUES,
    PARTITIVE_CUES,
    PEOPLE_COMPOUND_TAILS,
    PLACE_COUNT_NOUNS,
    PLACE_KIND_NOUNS,
    REFUGE_IN_A_PLACE,
    RELATION_CUE_WORDS,
    RELEASE_WORDS,
    RESIDENCE_VERBS,
    ROOM_BEFORE_A_FIGURE,
    SHELTER_BUILDINGS,
    SPORTING_EVENT_NOUNS,
    STORM_TITLES,
    TAKING_LIVES_VERBS,
    TALLY_NOUNS,
    TALLY_PLACE_HEADS,
    THEM_WORDS,
    TOLL_VERBS,
    TOTAL_LINK_WORDS,
    TRANSFER_VERBS,
    VENUES_WITH_ROOM,
    VISITOR_NOUNS,
    WHERE_ONE_LIVES,
    YIELDING_CUES,
)
from kzdiff.lexicon.dates import (
    DAY_PARTS,
    DEICTIC_DAYS,
    ELAPSED_TIME_NOUNS,
    MONTHS,
    PERIOD_DEICTICS,
    PERIOD_NOUNS,
    USUAL_ADJECTIVES,
    USUAL_PERIODS,
    WEEKDAYS,
)
from kzdiff.lexicon.facts import (
    ADMIN_UNITS,
    BODY_NOUNS,
    COMPASS_ADJECTIVES,
    FOUND_VERBS,
    HELD_UNITS,
    INCIDENT_SITES,
    INCIDENT_VERBS,
    LOCAL_DETERMINERS,
    LOCAL_SITES,
    NEIGHBOUR_ADJECTIVES,
    PLACE_PART_ADJECTIVES,
    SITE_NOUNS,
    local_scope,
)
from kzdiff.lexicon.grammar import (
    AUXILIARIES,
    DETERMINERS,
    ELIDED_HEADS,
    FUNCTION_WORDS,
    IRREGULAR_PAST_VERBS,
    PARTITIVE_HEADS,
    POSSESSIVE_DETERMINERS,
    PREDICATE_ADJECTIVES,
    PREDICATE_VERBS,
    QUOTE_MARKS,
    RELATIVE_WORDS,
    REMAINDER_WORDS,
    SEVERITY_ADVERBS,
    SHARE_QUANTIFIERS,
    SINGULAR_PEOPLE,
    TIME_ADVERBS,
    VERB_OPENERS,
)
from kzdiff.lexicon.names import (
    COUNTRIES,
    HONORIFICS,
    KNOWN_PLACES,
    NAME_PARTICLES,
    NATIONALITIES,
    looks_like_demonym,
)
from kzdiff.lexicon.numbers import (
    BOUNDS_BEFORE,
    DENSITY_UNITS,
    DURATION_UNITS,
    MEASURE_UNITS,
    OLDEST_AGE,
    VAGUE_MAGNITUDES,
    VAGUE_OPENING_WORDS,
)
from kzdiff.lexicon.speech import STATEMENT_VERBS
from kzdiff.lexicon.subjects import (
    POPULATION_NOUNS,
    SEX_WORDS,
    SUBGROUPS_IN_CARE,
    UNNAMED_PEOPLE_NOUNS,
)
from kzdiff.records import Quantity
from kzdiff.vocab import FATE_CATEGORIES, Category, Qualifier

log = logging.getLogger(__name__)

_CUES: PhraseIndex[Category] = PhraseIndex(EVENT_CUES)
_AMONG: PhraseIndex[Category] = PhraseIndex(AMONG_CUES)
_PARTITIVES: PhraseIndex[Category] = PhraseIndex(PARTITIVE_CUES)
PART_OPENERS = (
    ("including",),
    ("include",),
    ("includes",),
    ("included",),  # "the 41 victims included seven children"
    ("among", "them"),
    ("among", "whom"),
    ("of", "whom"),
    ("of", "which"),
    ("of", "them"),  # "...; of them (38) are sentenced"
    ("among", "the", "dead"),
    ("among", "those"),
)
PART_CLOSERS = (("of", "them"), ("of", "whom"), ("of", "which"), ("of", "those"))


def _noun_counted_in_apposition(tokens: Sequence[Token], qi: int, qj: int) -> int | None:
    """The index of "survivors" in "The survivors, about 12 of them,": a plural noun of
    people right before the comma that opens the figure's aside, closed right after "of
    them" ("The dead, 40 of them children," counts a part of the dead)."""
    if qi < 2 or tokens[qi - 1].text != "," or qj + 2 >= len(tokens) or tokens[qj + 2].text != ",":
        return None
    noun = tokens[qi - 2]
    return qi - 2 if noun.low in NOUN_CATEGORIES or noun.low in _BARE_PEOPLE else None


def of_them_after(tokens: Sequence[Token], j: int) -> bool:
    """'More than a hundred of them', 'At least 27 of them have died': "of" and a pronoun
    at token ``j``, right after a figure, that point back to a count named before."""
    return (
        j + 1 < len(tokens)
        and tokens[j].low == "of"
        and tokens[j + 1].low in ("them", "those", "these")
    )


# Words that open an aside about who the counted were, between the figure and its verb
ASIDE_OPENERS = frozenset(
    {
        "mostly",
        "mainly",
        "largely",
        "predominantly",
        "chiefly",
        "many",
        "most",
        "all",
        "nearly",
        "almost",
    }
)
# who they were, hedged: "At least 38 people, thought to be migrants, were discovered
# dead" (not "six soldiers, thought to have died in the ambush": what befell them)
_HEDGED_ASIDE_OPENERS = frozenset({"thought", "believed", "said"})
# a higher guess set off after the figure: "scores of people, possibly hundreds, were
# killed" (the verb after it is the first figure's too)
_GUESS_ASIDE_OPENERS = frozenset({"possibly", "perhaps", "maybe", "probably"})
HARD_BREAK = frozenset({";", ":", "—", "–", "(", ")", "[", "]"})
_RIGHT_WINDOW = 14
_LEFT_WINDOW = 5
# words of a total's own phrase and of when it changed: "toll in South Korea's ferry
# disaster rose rapidly on Wednesday to 159"
_LEFT_SKIP = 11
_MAX_SUBJECT_WORDS = 7
# "late on Wednesday", "early this morning", "late Tuesday": a time, after the counted
_TIME_LEADS = frozenset({"late", "early"})
_AFTER_A_TIME_LEAD = frozenset({"on", "in", "last", "this", "that", "yesterday", "today"})


def _rises_on(tokens: Sequence[Token], qi: int, before: Found) -> bool:
    """The figure at ``qi`` is the next value of the one ``before``, both after "to":
    "rose to 23 and later to 29", "to 23, then to 29"."""
    if qi < 1 or tokens[qi - 1].low != "to" or before.qi < 1 or tokens[before.qi - 1].low != "to":
        return False
    between = tokens[before.qj : qi - 1]
    return 0 < len(between) <= _RISE_GAP and all(t.low in _RISE_WORDS for t in between)


_RISE_GAP = 4  # tokens between: ", and soon afterwards"
_RISE_WORDS = frozenset(
    {",", "and", "then", "later", "soon", "afterwards", "subsequently", "again", "eventually",
     "finally", "further", "since"}
)  # fmt: skip


def _a_time_span(tokens: Sequence[Token], j: int, n: int) -> bool:
    """A span of time opens at ``j``: "last week", "this month", "days before", "two
    weeks ago" (not "last arrivals", "this village")."""
    if j + 1 >= n:
        return False
    low, nxt = tokens[j].low, tokens[j + 1].low
    if low in PERIOD_DEICTICS and nxt in PERIOD_NOUNS:
        return True
    return low in ELAPSED_TIME_NOUNS and nxt in _SPAN_ENDS


def _opens_a_time_span(tokens: Sequence[Token], j: int, n: int) -> bool:
    """ "last week", "last Sunday", "this morning": a time, opening at ``j``."""
    return _a_time_span(tokens, j, n) or (
        tokens[j].low in PERIOD_DEICTICS and j + 1 < n and _names_a_time(tokens[j + 1])
    )


_SPAN_ENDS = frozenset({"before", "ago", "earlier", "later", "after"})
_ALSO_NOUNS = frozenset({"forces", "drives", "runs", "crosses"})  # moving verbs, and nouns
_WHERE_TO = frozenset({"into", "across", "over", "from", "to", "for", "toward", "towards", "out"})


def _names_a_time(t: Token) -> bool:
    low = t.low
    return (
        low in _AFTER_A_TIME_LEAD
        or low in DEICTIC_DAYS
        or low in DAY_PARTS
        or low in WEEKDAYS
        or (t.is_capitalised and low in MONTHS)
    )


_SUBJECT_NOUN_SUFFIXES = ("ers", "ists", "ians", "ees", "men", "ors")
PLACE_PREPS = frozenset({"in", "across", "near", "outside", "around", "at"})
_NATIONWIDE = ("the country", "nationwide", "the nation", "across the country")
SECURITY_HEADS = frozenset(
    {
        "police",
        "officers",
        "policemen",
        "troops",
        "soldiers",
        "personnel",
        "guards",
        "gendarmes",
        "servicemen",
        "paratroopers",
        "marines",
        "forces",
        "guardsmen",
    }
)
_SECURITY_AGENTS = frozenset(
    {
        "police",
        "security",
        "forces",
        "troops",
        "soldiers",
        "army",
        "military",
        "officers",
        "guards",
        "snipers",
        "police officers",
    }
)


_AUTHORITY_REACH = 12  # tokens before "holding": "Police investigating the collapse of the
# factory complex are now holding nine people"


def _counts_things(tokens: Sequence[Token], start: int, end: int, phrase: str) -> bool:
    """Whether a participle cue at ``start..end`` is a noun's, not a verb, and the noun
    counts things: "rifles still unaccounted for rose to 300", "ballots missing was"."""
    return (
        phrase in PARTICIPLE_NOUN_CUES
        and end + 1 < len(tokens)
        and tokens[end + 1].low in _TOTAL_VERBS
        and _things_before(tokens, start - 1)
    )


_TOTALLING = frozenset({"total", "totals", "totalled", "totaled", "number", "numbered"})


def _a_total_of_things(tokens: Sequence[Token], qi: int, *, epidemic: bool) -> bool:
    """Whether the figure at ``qi`` is what a noun of things totals: "arson cases now
    total 5090", "damaged homes number 1,200" (cases are people only in an outbreak)."""
    k = qi - 1
    if k < 1 or tokens[k].low not in _TOTALLING:
        return False
    k -= 1
    while k >= 0 and tokens[k].low in ("now", "still", "already"):
        k -= 1
    if k < 0:
        return False
    if k > 0 and cue_at(tokens, k - 1) is not None:
        return False  # "Displaced households now number 3,000": a fate says they are people
    if tokens[k].low in CASE_NOUNS:
        return not epidemic
    return _things_before(tokens, k)


def _things_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether a plural noun of things stands right before a cue used as a participle
    ("rifles still unaccounted for", "ballots missing"): the cue counts those things."""
    while k >= 0 and tokens[k].low in ("still", "now", "yet"):
        k -= 1
    if k < 0 or not tokens[k].is_word or tokens[k].is_capitalised:
        return False
    low = tokens[k].low
    return low.endswith("s") and low not in FUNCTION_WORDS and not _is_people(low, low)


def _held_right_after(tokens: Sequence[Token], qi: int, after: int) -> bool:
    """A headline's participle right after the counted, its cause or time after it:
    "3,600 people held during clashes" (not "mourners at a vigil held following ...")."""
    if qi > 0 and tokens[qi - 1].low == "the":
        qi -= 1
    return (
        after + 1 < len(tokens)
        and tokens[after].low == "held"
        and tokens[after + 1].low in _HELD_CAUSE_WORDS
        # "a memorial service for the 14 victims held after the fire": the service was
        and not (qi > 0 and tokens[qi - 1].low in _OBJECT_OF)
    )


_HELD_CAUSE_WORDS = frozenset({"during", "over", "after", "following", "amid"})
_OBJECT_OF = frozenset({"for", "of", "to", "with", "about", "honouring", "honoring"})
_CLAIMING = frozenset({"claim", "claims", "say", "says", "appear", "appears"})
_WHEN_WORDS = frozenset({"on", "late", "early", "yesterday", "today", *WEEKDAYS})


def _held_by_authority(tokens: Sequence[Token], j: int) -> bool:
    """'Police were on Monday holding two suspects', 'Security forces held 688 people':
    police or troops hold them; "held" only where they are its subject, right before it
    ("Police said the boat held 120 migrants" is a load)."""
    if tokens[j].low != "held":
        return _authority_before(tokens, j)
    k = _back_over_adverbs(tokens, j - 1)
    if k >= 0 and tokens[k].low in ("they", "we"):
        return _authority_before(tokens, k)  # "Police said that they have held 24 people"
    if k >= 0 and tokens[k].low == "to":
        # "Police claimed on Friday to have held 3,600": the verb before the infinitive
        # is the authority's; not "police estimated the stadium to have held 40,000"
        m = k - 1
        while m >= 0 and (tokens[m].low in _WHEN_WORDS or _back_over_adverbs(tokens, m) < m):
            m -= 1
        verb = m >= 0 and (tokens[m].low.endswith("ed") or tokens[m].low in _CLAIMING)
        return verb and _authority_before(tokens, m)
    return k >= 0 and _an_authority(tokens[k])


def _authority_before(tokens: Sequence[Token], j: int) -> bool:
    """'Police were on Monday holding two suspects': the holders are police or troops
    ("A boat holding 300 migrants" is a load; "a stadium holding 40,000" its capacity)."""
    return any(_an_authority(t) for t in tokens[max(0, j - _AUTHORITY_REACH) : j])


def _an_authority(t: Token) -> bool:
    return t.low in _SECURITY_AGENTS or t.low in SECURITY_HEADS or t.low == "authorities"


def _back_over_adverbs(tokens: Sequence[Token], k: int) -> int:
    """The token at or before ``k`` past adverbs and a perfect's "have": "were
    reportedly killed", "were also arrested", "have since held"."""
    while k >= 0 and (tokens[k].low.endswith("ly") or tokens[k].low in _BEFORE_ITS_VERB):
        k -= 1
    return k


_BEFORE_ITS_VERB = frozenset({"also", "later", "since", "have", "had"})


@dataclass(frozen=True, slots=True)
class Found:
    """What the clause of one count says about it, before ids are given out."""

    q: Quantity
    qi: int  # first token of the quantity
    qj: int  # first token after it
    category: Category | None
    cue_index: int | None
    subject: str | None
    subject_head: str | None
    scope: str | None
    part_of: int | None  # index into the sentence's found list
    partitive: bool = False  # "14 of the dead": a part of an earlier total
    rate: bool = False  # "per 96 people": a ratio, not a count
    refers_back: bool = False  # "that number could reach 60,000": the previous figure's fact
    cases: bool = False  # "14,068 cases" of a disease: people, though "cases" names no one
    # "..., the prefecture 8,500": the tokens naming who gave a gapped figure
    gap_source: tuple[int, int] | None = None
    listed: bool = False  # "53 Britons and one Canadian": an item of a list of figures
    alive: bool = False  # "13 who were still breathing": people, whom the event spared
    # "18 bodies, not the 19 announced earlier": the figure the one before corrects, which
    # has no words of its own ("not the 3 soldiers killed in a separate ambush" has)
    corrected: bool = False


# (found, sentence, attribution, as_of, status, background, index of the whole)
def _is_quote(t: Token) -> bool:
    return t.text in QUOTE_MARKS


def cue_at(tokens: Sequence[Token], i: int) -> tuple[Category, int] | None:
    hit = _CUES.starting_at(tokens, i)
    if hit is not None and i + hit[1] < len(tokens):
        phrase = " ".join(t.low for t in tokens[i : i + hit[1]])
        names_else = CUE_NOT_BEFORE.get(phrase)
        if names_else is not None and tokens[i + hit[1]].low in names_else:
            return None  # "facing death sentences", "have not been found guilty"
        if (
            phrase in YIELDING_CUES
            and tokens[i + hit[1]].low == "and"
            and i + hit[1] + 1 < len(tokens)
            and _CUES.starting_at(tokens, i + hit[1] + 1) is not None
        ):
            return None  # "were raped and killed": the fate after is the count's
        if phrase in REFUGE_IN_A_PLACE and (
            _sheltered_in_a_building(tokens, i + hit[1]) or not _refuge_away(tokens, i + hit[1])
        ):
            return None  # "found refuge in a storeroom": sheltered, not displaced
        if phrase in BURIAL_CUES and _came_out_alive(tokens, i + hit[1]):
            return None  # "buried eight skiers, all of whom were dug out alive"
    return hit


_FLIGHT_STEMS = ("flee", "fled", "escap", "refuge")


def _cue_phrase(tokens: Sequence[Token], i: int) -> str | None:
    """The words of the cue at token ``i``, lower-cased, or None."""
    hit = cue_at(tokens, i)
    return None if hit is None else " ".join(t.low for t in tokens[i : i + hit[1]])


def _sheltered_in_a_building(tokens: Sequence[Token], j: int) -> bool:
    """ "found refuge in a storeroom", "in the Harlow Mall cinema", "on rooftops": shelter
    for a while, not displacement ("in neighbouring countries", "with relatives in the
    capital", "at the remote Merzan refugee camp" are)."""
    return any(t.low in SHELTER_BUILDINGS for t in tokens[j : j + _SHELTER_REACH])


_SHELTER_REACH = 6  # tokens after "found refuge": "in the Harlow Mall cinema"


def _refuge_away(tokens: Sequence[Token], j: int) -> bool:
    """Refuge away from home from token ``j``: in a named place ("in neighbouring
    Semiria", "at the remote Merzan refugee camp"), abroad, in camps or with relatives."""
    near = [t.low for t in tokens[j : j + _SHELTER_REACH]]
    return (
        any(w in _AWAY_WORDS for w in near)
        or any(w in NEIGHBOUR_ADJECTIVES for w in near[:2])
        or _in_a_named_place(tokens, j)
    )


_AWAY_WORDS = frozenset({"abroad", "overseas", "camp", "camps", "relatives", "families"})


def _in_a_named_place(tokens: Sequence[Token], j: int) -> bool:
    """ "in Chad", "at the remote Merzan refugee camp": a name after "in"/"at" and at
    most two lower-case words."""
    words = tokens[j : j + 4]
    if len(words) < 2 or words[0].low not in ("in", "inside", "at"):
        return False
    for t in words[1:]:
        if t.is_capitalised:
            return True
        if not t.text.islower():
            return False
    return False


def _came_out_alive(tokens: Sequence[Token], j: int) -> bool:
    """A clause about the buried, in the sentence from ``j``, says they came out alive
    ("all of whom were dug out alive", "but rescuers pulled them out alive"; not "none
    of them was found alive", nor "a thirteenth was found alive")."""
    about_them = False
    for t in tokens[j:]:
        if t.text == ".":
            return False
        if t.low in NOT_ALIVE_WORDS:
            return False
        if t.low in THEM_WORDS:
            about_them = True
        elif t.low in ALIVE_WORDS:
            return about_them
    return False


_ALIVE_LINKS = frozenset({"were", "was", "are", "is", "still", "found"})


# what a count's predicate says they stand in now: "remain missing", "still in custody"
_STANDING_WORDS = frozenset({"remain", "remains", "remained", "still"})
_STANDING_REACH = 8  # tokens: "kidnapped in the north-east in March remain missing"
# words that open a clause of someone else's before the predicate is reached
_OTHERS_CLAUSE = frozenset(
    {
        "where", "who", "whose", "which", "that", "when", "while", "after", "before",
        "because", "as", "and", "said", "says",
    }
)  # fmt: skip


def _standing_after(tokens: Sequence[Token], j: int) -> int | None:
    """The cue of a predicate of where they stand now, or of a death after, past a
    participle right after the counted noun: "Some 12 aid workers kidnapped in March
    remain missing" are missing, "40 protesters arrested on Monday remain in custody"
    held, "five trekkers trapped by a blizzard died" dead. None where the clause has none
    before a comma or another figure."""
    for k in range(j, min(len(tokens) - 1, j + _STANDING_REACH)):
        t = tokens[k]
        if t.text in (",", ".", ";", ":") or _starts_figure(t) or t.low in _OTHERS_CLAUSE:
            return None  # "rescued from the ridge where their guide died": his death
        if t.low in _STANDING_WORDS and cue_at(tokens, k + 1) is not None:
            return k + 1
        if t.low in LATER_DEATH_VERBS and cue_at(tokens, k) is not None:
            return k  # "five trekkers trapped by a blizzard died Tuesday"
    return None


_RELEASE_REACH = 8  # tokens after the figure: "all but nine of the pupils were safe"
_CAPTIVE_REACH = 5  # tokens after the figure: "of the abducted girls"


def _held_by_captors(tokens: Sequence[Token], qj: int) -> bool:
    """Whether the words after a figure name those held by captors ("all but nine of the
    abducted girls"), not the arrested ("all but six of the 50 arrested protesters", "the
    20 suspected hostage takers")."""
    words = tokens[qj : qj + _CAPTIVE_REACH + 1]
    return any(
        t.low in CAPTIVE_WORDS and not (k + 1 < len(words) and words[k + 1].low in _TAKERS)
        for k, t in enumerate(words[:_CAPTIVE_REACH])
    )


_TAKERS = frozenset({"taker", "takers", "taking"})  # "the 20 suspected hostage takers"


def _left_behind(tokens: Sequence[Token], qi: int, qj: int) -> bool:
    """ "All but N" beside a rescue: the N are those still gone ("troops freed all but
    nine of the schoolgirls", "all but seven of the pupils were safe"; not "all but two
    on board were killed", who were spared, nor "released all but 12 passengers")."""
    if qi < 2 or tokens[qi - 2].low != "all" or tokens[qi - 1].low != "but":
        return False
    if qi >= 3 and tokens[qi - 3].low in RELEASE_WORDS:
        return True
    for t in tokens[qj : qj + _RELEASE_REACH]:
        if t.text in (",", ".", ";", ":"):
            return False
        if t.low in RELEASE_WORDS:
            return True
    return False


def _whole_of_a_part(tokens: Sequence[Token], qi: int) -> bool:
    """Whether the figure at ``qi`` is the whole a figure before it is part of: "21 of
    the estimated 1,100"."""
    return any(
        tokens[k].low == "of" and k > 0 and _starts_figure(tokens[k - 1])
        for k in range(max(0, qi - 3), qi)
    )


def _said_alive(tokens: Sequence[Token], after: int) -> bool:
    """The counted's own relative clause says they live, and no fate follows it in their
    clause: "13 people who were still alive", "at least 13 who were still breathing" (not
    "16 guests who were still breathing on arrival were badly burned")."""
    if after >= len(tokens) or tokens[after].low not in ("who", "that"):
        return False
    j = after + 1
    while j < len(tokens) and j - after <= 3 and tokens[j].low in _ALIVE_LINKS:
        j += 1
    if not (j < len(tokens) and j > after + 1 and tokens[j].low in ALIVE_WORDS):
        return False
    for k in range(j + 1, len(tokens)):
        if tokens[k].text in (",", ".", ";", ":"):
            break
        if cue_at(tokens, k) is not None:
            return False
    return True


def _cue_modifies_noun(tokens: Sequence[Token], j: int, hit: tuple[Category, int]) -> bool:
    """A one-word cue ending at ``j`` that names something else before the next word:
    "detention center", "death sentence"."""
    return hit[1] == 1 and cue_at(tokens, j) is None


def _is_adjective_use(tokens: Sequence[Token], i: int) -> bool:
    """'wounded soldiers': a participle before a noun describes it."""
    j = i + 1
    while j < len(tokens) and _is_quote(tokens[j]):
        j += 1
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    if nxt.low in TIME_ADVERBS:
        return False  # "died overnight": a verb and when
    return (
        nxt.is_word
        and nxt.low not in FUNCTION_WORDS
        and not nxt.text[0].isdigit()
        and (cue_at(tokens, j) is None or nxt.low in NOUN_CATEGORIES)
    )


def _people_next(tokens: Sequence[Token], j: int) -> bool:
    """'and wounded soldiers': a participle after 'and' only describes people nouns."""
    return j < len(tokens) and (tokens[j].low in HUMAN_NOUNS or tokens[j].low in NOUN_CATEGORIES)


# "The family of five lives in a tent": "lives" as a verb, before where or how


def _out_of_a_place(tokens: Sequence[Token], j: int) -> bool:
    """'480 out of state deaths', 'out-of-town visitors': a noun's modifier, not a share
    ("5,147 people out of 14,068 cases", "12 out of the 40")."""
    return (
        j + 3 < len(tokens)
        and tokens[j + 2].low in OUT_OF_PLACES
        and tokens[j + 3].is_word
        and tokens[j + 3].low not in FUNCTION_WORDS  # "evacuated 2,000 out of town on Friday"
    )


def _object_follows(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` opens a verb's object: a figure, or a determiner."""
    return k < len(tokens) and (
        _starts_figure(tokens[k])
        or tokens[k].low in DETERMINERS
        or tokens[k].low in VAGUE_OPENING_WORDS
    )


def _count_object_follows(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` opens a verb's object that is a count: as _object_follows, or a
    bounded figure ("leaving at least 83 injured", "injuring more than 40"; a time
    after a verb, "killed around 3 a.m.", is no object: see _only_auxiliaries)."""
    if _object_follows(tokens, k):
        return True
    # a bound's words, then its figure: "at least 83", "more than 40", "nearly 200"
    for width in (1, 2, 3):
        if (
            k + width < len(tokens)
            and _starts_figure(tokens[k + width])
            and " ".join(t.low for t in tokens[k : k + width]) in BOUNDS_BEFORE
        ):
            return True
    return False


def _an_adverb(low: str) -> bool:
    """'initially', 'instantly' (not 'elderly', 'family')."""
    return low.endswith("ly") and low not in LY_NOUNS and low != "elderly"


def _case_status_phrase(tokens: Sequence[Token], j: int) -> int:
    """The length of a cue at ``j`` that ends on a case noun ("confirmed cases"), or 0."""
    cue = cue_at(tokens, j)
    if cue is None or cue[1] < 2 or tokens[j + cue[1] - 1].low not in CASE_NOUNS:
        return 0
    return cue[1]


def _opens_a_time(t: Token) -> bool:
    """Whether a word after "late" or "early" names when: "yesterday", "on", a weekday,
    "in the day" (not "40 early voters", "30 early morning commuters")."""
    low = t.low
    return (
        low in DEICTIC_DAYS
        or low in TIME_ADVERBS
        or low in ("on", "in", "last", "this", "that", "next")
        or low.removesuffix("'s").removesuffix("’s") in WEEKDAYS
        or low in MONTHS
    )


def _parse_subject(tokens: Sequence[Token], j: int, stop: int) -> tuple[list[Token], int]:
    """The counted noun phrase starting at token ``j``: its words and the next index."""
    n = min(len(tokens), stop)
    while j < n and (
        _is_quote(tokens[j])
        or tokens[j].low in ("of", "the")
        # "14 of its members", "30 of their officers": the noun after the possessive, where
        # it names people ("3 of their own", "5 of their classmates" stay people)
        or (
            tokens[j].low in POSSESSIVE_DETERMINERS
            and j > 0
            and tokens[j - 1].low == "of"
            and j + 1 < n
            and tokens[j + 1].low in HUMAN_NOUNS
        )
    ):
        j += 1
    words: list[Token] = []
    coordinated = False
    while j < n and len(words) < _MAX_SUBJECT_WORDS:
        t = tokens[j]
        if _is_quote(t):
            j += 1
            continue
        if not t.is_word or t.text[0].isdigit():
            break
        low = t.low
        if t.is_capitalised and low.removesuffix("'s").removesuffix("’s") in WEEKDAYS:
            break  # "rose to 1,744 Monday": when, not who
        if low in DEICTIC_DAYS and not (j + 1 < n and tokens[j + 1].low in HUMAN_NOUNS):
            break  # "was confirmed as 442 today": when, not who ("40 overnight protesters")
        if low in ("late", "early") and j + 1 < n and _opens_a_time(tokens[j + 1]):
            break  # "stood at 27 late yesterday", "rose to 40 early on Friday": when
        if (
            words
            and t.is_capitalised
            and not words[-1].is_capitalised
            and words[-1].low in HUMAN_NOUNS
            and low not in NATIONALITIES
            and j + 1 < n
            and (tokens[j + 1].is_capitalised or tokens[j + 1].text == "(")
        ):
            # "three men Suresh Mahto (35), Ganga Prasad (30) ...": their names (a name
            # of two words, or one with an age)
            break
        if (
            words
            and t.text.islower()
            and low in IRREGULAR_PAST_VERBS
            and words[-1].low in HUMAN_NOUNS
            and cue_at(tokens, j) is None
        ):
            # "70 families held prayers": their verb, not more of who; "14 protesters
            # shot by troops died", "the 44,000 people struck by heatstroke": a participle
            # that describes them, not their noun either
            break
        if (
            words
            and words[-1].low in HUMAN_NOUNS
            and t.text.islower()
            and j + 2 < n
            and tokens[j + 1].low in ("have", "has", "had")
            and (tokens[j + 2].low.endswith("ed") or tokens[j + 2].low in IRREGULAR_PAST_VERBS)
        ):
            # "the 41 people police have detained": a clause of who did it, no more of who
            break
        if low in _TIME_LEADS and words and j + 1 < n and _names_a_time(tokens[j + 1]):
            break  # "killing 27 people late on Wednesday": when, not who ("late arrivals")
        if _a_time_span(tokens, j, n):
            break  # "injured about 1,200 last week", "killed 15 people days before"
        if (
            words
            and words[-1].low in HUMAN_NOUNS
            and t.text.islower()
            and low.endswith("s")
            and j + 1 < n
            and (
                tokens[j + 1].low in POSSESSIVE_DETERMINERS
                # ("12 police officers this morning": a noun, its time after it)
                or (tokens[j + 1].low in DETERMINERS and low not in HUMAN_NOUNS)
            )
        ):
            break  # a headline's verb: "Crowd of about 350 people forces its way past police"
        if (
            low in MOVING_VERBS
            and low not in _ALSO_NOUNS  # "3,000 forces into Lebanon" are troops
            and j + 1 < n
            and (
                tokens[j + 1].low in _WHERE_TO
                or tokens[j + 1].low in _BORDER_NOUNS  # a headline's "131,000 cross border"
                # a place as the object of flight: "refugees escape Zemaria for Tavrosia"
                # (not "12 fleeing Syrians": a participle before their noun)
                or (low in FLIGHT_VERBS and words and tokens[j + 1].is_capitalised)
            )
        ):
            break  # "Thousands escape into Semiria", "80,000 Semirs running for their lives"
        if words and (status := _case_status_phrase(tokens, j)) > 0:
            # "16 new confirmed cases": the cue's own words name what is counted
            words.extend(tokens[j : j + status])
            j += status
            break
        if low in FUNCTION_WORDS and not (len(t.text) > 1 and t.text.isupper()):
            # "3 US soldiers": a country's initials, not the pronoun "us"
            nxt = tokens[j + 1] if j + 1 < n else None
            if (
                low == "and"
                and words
                and nxt is not None
                and nxt.is_word
                and nxt.low not in FUNCTION_WORDS
                and nxt.low not in PREDICATE_VERBS
                # "14 people and drove thousands from their homes": a verb
                and not (nxt.text.islower() and nxt.low in IRREGULAR_PAST_VERBS)
                and not _starts_figure(nxt)  # "and four children"
                and cue_at(tokens, j + 1) is None
                and not (nxt.low.endswith("ed") and not _people_next(tokens, j + 2))
                # "and driving hundreds of thousands": a verb with its object ("and striking
                # drivers", "and mining engineers" are people)
                and not (nxt.low.endswith("ing") and _count_object_follows(tokens, j + 2))
                # "carrying 140 people and authorities said 18 were found": a new
                # clause's speaker, not a second group counted
                and not (j + 2 < n and tokens[j + 2].low in STATEMENT_VERBS)
            ):
                coordinated = True
                words.append(t)
                j += 1
                continue
            if low == "of" and words and words[-1].low in PARTITIVE_HEADS and nxt is not None:
                words.append(t)
                j += 1
                if tokens[j].low == "the":
                    words.append(tokens[j])
                    j += 1
                    if j < n and tokens[j].low == "the":
                        j += 1  # relay damage: "relatives of the the crash victims"
                while (
                    j < n
                    and tokens[j].is_word
                    and tokens[j].low not in FUNCTION_WORDS
                    and len(words) < _MAX_SUBJECT_WORDS + 3
                ):
                    words.append(tokens[j])
                    j += 1
                break
            if (
                low == "from"
                and words
                and not coordinated
                and nxt is not None
                and (nxt.is_capitalised)
            ):
                words.append(t)
                j += 1
                while j < n and tokens[j].is_capitalised and len(words) < _MAX_SUBJECT_WORDS + 2:
                    words.append(tokens[j])
                    j += 1
            break
        if (
            not words
            and t.text.islower()
            and low not in NOUN_CATEGORIES
            and low not in HUMAN_NOUNS
            and cue_at(tokens, j) is not None
            and j + 1 < n
            # a verb: past, or with its object's determiner after it ("seven hospitals
            # and ..." is a noun)
            and (
                low.endswith("ed")
                or low in IRREGULAR_PAST_VERBS
                or tokens[j + 1].low in DETERMINERS
                or tokens[j + 1].low in POSSESSIVE_DETERMINERS
            )
            # "138 suspected cases": a participle before its noun (not "17 died initially
            # in the attack": an adverb after the verb)
            and not (
                tokens[j + 1].is_word
                and tokens[j + 1].low not in FUNCTION_WORDS
                and not _an_adverb(tokens[j + 1].low)
                # "About 700 died last week", "marched last Sunday": when, no noun
                and not _opens_a_time_span(tokens, j + 1, n)
            )
        ):
            break  # "after 196,000 fled their homes": the verb, no noun counted
        if low == "out" and not words and _out_of_a_place(tokens, j):
            words.extend(tokens[j : j + 3])  # "480 out of state deaths": one modifier
            j += 3
            continue
        if (
            low in PREDICATE_VERBS
            or (low in PREDICATE_ADJECTIVES and words)
            or (low == "out" and j + 1 < n and tokens[j + 1].low == "of")
            or (
                low == "lives"
                and j + 1 < n
                and tokens[j + 1].low in WHERE_ONE_LIVES
                and not any(t.low in TAKING_LIVES_VERBS for t in tokens[max(0, j - 4) : j])
            )
        ):
            break  # "5,147 people out of 14,068 cases"
        if (
            words
            and not words[-1].is_capitalised
            and (low in WEEKDAYS or low in MONTHS or low in TIME_ADVERBS)
        ):
            break  # "seven journalists Sunday": when, not who ("14 Bloody Sunday victims")
        if not words and low in SEVERITY_ADVERBS:
            break  # "761 people were injured, 44 seriously": how badly, not who
        if (
            not words
            and low.endswith("ly")
            and low not in LY_NOUNS
            and j + 1 < n
            and tokens[j + 1].low.endswith("ed")
        ):
            break  # "50 positively identified": how, not who ("200 elderly residents")
        if (
            not words
            and low in ("late", "early")
            and j + 1 < n
            and (tokens[j + 1].low in ("on", "in", "last", "this") or tokens[j + 1].low in WEEKDAYS)
        ):
            break  # "risen to 57 late on Thursday night": when, not who
        cue = cue_at(tokens, j)
        if cue is not None and low not in NOUN_CATEGORIES:
            last = tokens[j + cue[1] - 1].low
            after_cue = tokens[j + cue[1]].low if j + cue[1] < n else ""
            # "6,882 temporary housing units": the cue names what the things are for
            if (last in NON_HUMAN_NOUNS or after_cue in NON_HUMAN_NOUNS) and not (
                words and words[-1].low in HUMAN_NOUNS  # "passengers admitted to hospitals"
            ):
                # "110 public shelters", "two evacuation centres": the counted things
                words.extend(tokens[j : j + cue[1]])
                j += cue[1]
                break
            # "people joined protests": after a people noun the cue is its verb
            if (
                cue[1] > 1
                or not _is_adjective_use(tokens, j)
                or (words and words[-1].low in HUMAN_NOUNS)
            ):
                break
        elif (
            low.endswith("ed")
            and low not in HUMAN_NOUNS
            and (not _is_adjective_use(tokens, j) or (words and words[-1].low in HUMAN_NOUNS))
        ):
            # "20,000 extremists trained in ...", "rescuers tried frantically to":
            # a verb, not part of the noun
            break
        elif low.endswith("ly") and low not in HUMAN_NOUNS and words:
            break  # an adverb ends the noun: "hundreds of rescuers frantically ..."
        elif low.endswith("ing") and words and words[-1].low in HUMAN_NOUNS:
            break  # "dozens of passengers lying on the track": a verb after the noun
        words.append(t)
        j += 1
        # "two camps housing supporters": the camps are counted; but "United Nations
        # staff": a name's last word before the noun it names
        in_a_name = t.is_capitalised and len(words) > 1 and words[-2].is_capitalised
        if low in NON_HUMAN_NOUNS and not (in_a_name and j < n and tokens[j].low in HUMAN_NOUNS):
            break
        if low in NOUN_CATEGORIES and NOUN_CATEGORIES[low] in (
            Category.KILLED,
            Category.INJURED,
            Category.MISSING,
        ):
            # "44 dead", "4,353 wounded": the noun is the category itself; but in "the 16
            # dead pupils", "five missing fishermen" it describes who is counted, the
            # noun after it (and no more: "39 missing people conflicts with ..."), where
            # it names no thing ("two missing person reports")
            end = _people_phrase(tokens, j, n) if len(words) == 1 else None
            if end is not None:
                words.extend(tokens[j:end])
                j = end
            break
    while words and words[-1].low == "and":
        words.pop()
    return words, j


# words after a subordinator that open no clause of its own: ", as many as 300", ", as
# well as 12 police", ", as yet unaccounted for", ", as of Sunday still missing"
_NO_CLAUSE_AFTER = frozenset({"many", "much", "well", "few", "yet", "of", "such", "if", "usual"})


def _opens_a_clause(words: tuple[str, ...]) -> bool:
    """Whether the words after a comma, a subordinator first, open a clause with a
    subject of its own ("as parents kept hunting"), not an aside of the figure's ("as yet
    unaccounted for", "since evacuated to schools")."""
    return len(words) >= 2 and words[1] not in _NO_CLAUSE_AFTER and not words[1].endswith("ed")


# Phrases that open a sentence by setting people aside from what the main clause counts
# ("Besides 40 civilians, 12 soldiers were killed" adds to the count: no such opener)
_SET_ASIDE_OPENERS = (("aside", "from"), ("apart", "from"), ("other", "than"))
_NO_ONE = frozenset({"nobody", "no", "none", "noone"})


def _fronted_set_aside(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` closes a phrase opening the sentence that sets its
    people aside: "Aside from the 900,000 residents of Karemba," (its first comma)."""
    opens = tuple(t.low for t in tokens[:2])
    return (
        any(opens[: len(p)] == p for p in _SET_ASIDE_OPENERS)
        and not any(tokens[k].text == "," and not _inside_number(tokens, k) for k in range(comma))
        # "Apart from 300 people, who were detained overnight, ...": the figure's own clause
        and not (comma + 1 < len(tokens) and tokens[comma + 1].low in _RELATIVE_OPENERS)
        # "Apart from 40 soldiers, no one was killed": an exception, whose fate they share
        and not any(t.low in _NO_ONE for t in tokens[comma + 1 : comma + 3])
    )


def _right_cue(tokens: Sequence[Token], j: int) -> int | None:
    """Index of the first category cue right of ``j`` in the figure's clause."""
    start = j
    steps = 0
    n = len(tokens)
    acted = False  # a verb of the counted people's own passed: a cue noun is its object
    while j < n and steps < _RIGHT_WINDOW:
        t = tokens[j]
        if t.text[0].isdigit() and tokens[j - 1].text == ",":
            return None  # another figure's clause: "Among the 325 teenagers, 71 died"
        if t.text == ",":
            if j + 1 < n and tokens[j + 1].low == "with":
                return None  # "to 2,414, with estimates of the missing at 10,000"
            if _fronted_set_aside(tokens, j):
                return None  # "Aside from the 900,000 residents of Karemba, the city hosts
                # nearly as many uprooted": the main clause's cue counts others
            nxt = tuple(x.low for x in tokens[j + 1 : j + 4])
            if (
                any(nxt[: len(p)] == p for p in PART_OPENERS)
                or (nxt and nxt[0] in ASIDE_OPENERS)
                or (
                    nxt[:1]
                    and nxt[0] in _GUESS_ASIDE_OPENERS
                    # "possibly hundreds", "possibly as many as 500", "perhaps more"
                    and (
                        any(
                            _starts_figure(t) or t.low in VAGUE_MAGNITUDES
                            for t in tokens[j + 2 : j + 6]
                        )
                        or (j + 3 < n and nxt[1:] == ("more", ","))
                    )
                )
                or (
                    nxt[:1]
                    and nxt[0] in _HEDGED_ASIDE_OPENERS
                    and nxt[1:3] == ("to", "be")
                    and j + 4 < n
                    and not _a_fate_word(tokens[j + 4])  # not "believed to be dead"
                )
            ):  # "121 people, mostly women, died"
                j += 1
                aside_end = min(n, j + _ASIDE_REACH)
                first_comma: int | None = None
                while j < aside_end:
                    # "including 1,500 in the capital," runs to the comma after it
                    if tokens[j].text in (",", ".", ";") and not _inside_number(tokens, j):
                        if not _aside_goes_on(tokens, j):
                            break
                        first_comma = j if first_comma is None else first_comma
                    j += 1
                if (j >= n or tokens[j].text != ",") and first_comma is not None:
                    # no comma closes a longer aside: the first one did ("121 people,
                    # mostly in Miyagi, Iwate and Fukushima are living")
                    j = first_comma
                if j < n and tokens[j].text == ",":
                    j += 1
                    if j < n and (
                        tokens[j].low in ("and", "but", "while") or (tokens[j].text[0].isdigit())
                    ):
                        return None  # "300 on the ferry, most of them pilgrims, and 120 drowned"
                    continue
                return None
            if steps == 0 and (close := _figure_list_end(tokens, j)) is not None:
                j = close + 1  # "Four people, three men and one woman, are in custody"
                continue
            if (
                len(nxt) >= 2
                and nxt[0] in ("and", "but", "while")
                and (
                    _figure_at(tokens, j + 2)
                    # ", and left scores missing": a verb of its own, with its own figure
                    or (
                        len(nxt) == 3
                        and (_a_verb(tokens[j + 2]) or nxt[1] in ("left", "leaving"))
                        and _figure_at(tokens, j + 3)
                    )
                )
                # the figure's clause had its verb: not a list's rows before their shared
                # verb ("Fifteen soldiers, 4 police officers, and 2 civilians were killed")
                and any(_a_verb(t) for t in tokens[:start])
            ):
                return None  # "has risen above 1,000, and hundreds remain unaccounted for"
            if (
                (steps <= 1 or all(_name_like(x) for x in tokens[start:j]))
                and (close := _names_aside_end(tokens, j)) is not None
                and (main := _right_cue(tokens, close + 1)) is not None
                and _only_auxiliaries(tokens, close + 1, main)
            ):
                return main  # "two men, Tomas Redi (44) and Ilan Vosk (29), died": who
            if nxt and nxt[0] in _RELATIVE_OPENERS and (close := _aside_comma(tokens, j)):
                # "Seventeen firefighters, who had raced to the depot first, were among
                # those killed": the verb after the aside is the figure's; where none
                # follows, the aside's own ("20 people, who were injured, ...") is read
                main = _right_cue(tokens, close + 1)
                if main is not None and _only_auxiliaries(tokens, close + 1, main):
                    return main
            if nxt and nxt[0] in SUBORDINATORS and _opens_a_clause(nxt):
                # "pushing the toll ... to 383, as parents kept hunting for the 298
                # missing": a clause of its own, whose cues are its own figures'
                return None
            if steps > 0:
                return None
        elif t.text in _DASHES and steps == 0 and (close := _aside_end(tokens, j)) is not None:
            j = close + 1  # "Nearly 650,000 Rohingya — over half ... — have fled": an aside
            continue
        elif t.text == "(" and steps <= _BRACKET_AFTER_NOUN and (close := _aside_end(tokens, j)):
            # "About 300 people (including 40 children) were killed", "5,200 individuals
            # (over 870 households) have fled": the bracket is an aside
            j = close + 1
            continue
        elif t.text in HARD_BREAK or t.low in CLAUSE_BREAKERS:
            return None
        elif t.low == "with" and _figure_with_own_cue(tokens, j):
            # "it had crossed 1,000 with more than 600 injured": the verb is that figure's
            # ("12 men armed with 3 rifles were arrested" goes on to the men's)
            return None
        elif t.low == "and" and j + 1 < n and tokens[j + 1].low in ("that", "which", "who"):
            return None  # "lived in the village and that 150 houses were buried"
        elif t.low == "and" and j + 1 < n and tokens[j + 1].low.endswith("ing"):
            # "claiming the lives of 119 people and injuring others": a second verb
            # with an object of its own, not this figure's category
            return None
        elif t.low in RESIDENCE_VERBS:
            # "633,091 were living in camps": where they live may say they were displaced;
            # "1.3 million have been living there since a quake that killed": no more
            words = 0  # "living out in the open"; a figure of camps is no word of the way
            for k in range(j, n):
                if tokens[k].is_word and not tokens[k].text[0].isdigit():
                    words += 1
                if words > _HOME_REACH:
                    break
                home = cue_at(tokens, k)
                if home is not None and home[0] in (Category.DISPLACED, Category.EVACUATED):
                    return k
            return None
        hit = cue_at(tokens, j)
        harmed = hit is not None and _harmed_by(tokens, j, start)
        if hit is not None and (
            _names_event(tokens, j, hit[1])
            or _in_a_bodys_name(tokens, j)
            or _a_cause(tokens, j, start)
            or _held_otherwise(tokens, j, hit)
            or harmed
        ):
            if harmed:
                acted = False  # "shot by troops" described them: the verb after is theirs
            j += hit[1]
            steps += hit[1]
            continue
        if (
            hit is not None
            and tokens[j].low in NOUN_CATEGORIES
            and _noun_of_next_figure(tokens, j, start)
        ):
            # "61 civilians and six security troops were killed": the next figure's
            # noun counts that figure; the verb both share is the cue
            j += 1
            steps += 1
            continue
        if hit is not None:
            if (
                acted
                and (_object_cue(tokens, j) or hit[0] is Category.TROOPS)
                and any(x.low in DEFIANCE_VERBS for x in tokens[start:j])
            ):
                # "Thousands braved a massive police deployment to take part in the
                # demonstrations": what they defied, then why they came (not "medics
                # followed the police deployment to protest sites")
                purpose = _gathering_purpose(tokens, j + hit[1])
                if purpose is not None:
                    return purpose
            if acted and _object_cue(tokens, j):
                return None  # "Some 50 divers searched for bodies": what they did
            if acted and _others_fate(tokens, j):
                return None  # "Thousands lit candles for those who perished": theirs
            if steps > 0 and _verb_with_its_own_figure(tokens, j, hit[1]):
                # "Two gunmen killed four people", "photos of two suspects at the site of
                # the bombing that killed four": the verb's victims are the figure after it
                return None
            return j
        if t.low in AUXILIARIES or t.low == "among":
            acted = False  # "Six tourists visiting the temple were among the dead"
        elif _own_verb(t) and tokens[j - 1].low not in _BEFORE_AN_ADJECTIVE:
            acted = True  # not "of the recovered bodies": an adjective of the figure's noun
        if (
            t.low in SPEECH_VERBS
            and (steps == 0 or _where_the_speakers_are(tokens, start, j))
            and not (j + 1 < n and cue_at(tokens, j + 1) is not None)
            # "dozens of victims put off getting treatment": a delay, no estimate
            and not (t.low == "put" and j + 1 < n and tokens[j + 1].low == "off")
            # "212 people listed as missing", "registered as displaced": a complement
            and not (j + 2 < n and tokens[j + 1].low == "as" and cue_at(tokens, j + 2))
            # "over 36 said to be hurt", "40 reported to have died": a hedged fate
            and not _hedged_fate_after(tokens, j)
        ):
            # "one volunteer said the toll ...": the figure names a speaker ("hundreds
            # reported killed" is a count)
            return None
        if t.low in SPEECH_VERBS and t.text[0].islower() and _opens_statement(tokens, j):
            return None  # "... at 23 and says that 61 remain missing": another statement
        j += 1
        steps += 1
    return None


# words of a bound before a figure: "killed at least 40", "wounded more than 290"
_BOUND_WORDS = frozenset(w for phrase in BOUNDS_BEFORE for w in phrase.split())


def _verb_with_its_own_figure(tokens: Sequence[Token], j: int, width: int) -> bool:
    """Whether the cue at ``j`` is an active verb whose object is a figure after it:
    "killed four", "wounded more than 290" (not "were killed, 40 injured")."""
    t = tokens[j]
    if width != 1 or not t.text.islower() or t.low not in ACTIVE_HARM_VERBS:
        return False
    b = _back_over_adverbs(tokens, j - 1)
    if b >= 0 and tokens[b].low in AUXILIARIES:
        return False  # "were killed": a passive, whose figure is its subject
    k = j + 1
    while k < min(len(tokens), j + 4) and tokens[k].low in _BOUND_WORDS:
        k += 1
    if not _figure_at(tokens, k):
        return False
    # "killed 5 km from the border", "arrested 2 hours later": a distance or a time
    unit = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return unit not in MEASURE_UNITS and unit not in DURATION_UNITS


def _hedged_fate_after(tokens: Sequence[Token], j: int) -> bool:
    """'said to be hurt', 'reported to have been killed', 'believed to have died': the
    speech verb at ``j`` hedges the fate after it; it names no speaker."""
    if j + 3 >= len(tokens) or tokens[j + 1].low != "to":
        return False
    k = j + 2
    while k < min(len(tokens), j + 5) and tokens[k].low in ("be", "have", "been"):
        k += 1
    return k > j + 2 and k < len(tokens) and cue_at(tokens, k) is not None


_SPEAKERS_PLACE_WORDS = 4  # "A few officials on the ground suggested"


def _where_the_speakers_are(tokens: Sequence[Token], start: int, j: int) -> bool:
    """A short phrase of place between the counted noun and its speech verb: "A few
    officials on the ground suggested the toll ...", "two doctors at the hospital said"."""
    return (
        tokens[start].low in ("on", "at", "in", "from", "near", "inside", "outside")
        and j - start <= _SPEAKERS_PLACE_WORDS
        and all(t.is_word for t in tokens[start:j])
    )


def _by_before(tokens: Sequence[Token], j: int, start: int) -> int | None:
    """The index of a passive's "by" before the noun at ``j`` (determiners between)."""
    k = j - 1
    while k > start and tokens[k].low in DETERMINERS:
        k -= 1
    return k if k > start and tokens[k].low == "by" else None


def _harmed_by(tokens: Sequence[Token], j: int, start: int) -> bool:
    """A cue noun at ``j`` names who harmed the counted, after a participle of harm and
    its "by": "14 protesters shot by troops died", "five beaten by the police". It is no
    category of theirs, and the participle described them, so the verb after is theirs
    (not "200 doctors sent by the army treated the injured": what they did)."""
    if tokens[j].low not in NOUN_CATEGORIES:
        return False
    k = _by_before(tokens, j, start)
    return k is not None and tokens[k - 1].low in HARM_PARTICIPLES


_BEFORE_AN_ADJECTIVE = OBJECT_DETERMINERS | {"of"}  # "of the recovered bodies"
_PURPOSE_REACH = 6  # tokens from what was defied to "to take part", "to protest"


def _gathering_purpose(tokens: Sequence[Token], k: int) -> int | None:
    """A crowd's purpose after what it defied, within its clause: the cue of "to take
    part", "to protest" (a participants cue), or None."""
    for m in range(k, min(len(tokens), k + _PURPOSE_REACH)):
        if tokens[m].text in (",", ".", ";") or tokens[m].text in HARD_BREAK:
            return None
        if tokens[m].low != "to":
            continue
        for at in (m, m + 1):
            hit = cue_at(tokens, at) if at < len(tokens) else None
            if hit is not None and hit[0] is Category.PARTICIPANTS:
                return at
        return None
    return None


def _held_otherwise(tokens: Sequence[Token], k: int, hit: tuple[Category, int]) -> bool:
    """People 'held' as no arrest says: "held hostage", "held up for hours", "held
    responsible", "held in shelters" (the word after "held" says so)."""
    end = k + hit[1]
    if hit[0] is not Category.DETAINED or tokens[end - 1].low != "held" or end >= len(tokens):
        return False
    nxt = tokens[end].low
    if nxt in HELD_OTHERWISE:
        return True
    figure = next(
        (
            f
            for f in range(k - 1, max(-1, k - _HELD_OCCASION_REACH), -1)
            if _starts_figure(tokens[f])
        ),
        None,
    )
    if figure is not None and _an_occasion_of(tokens, figure):
        return True  # "The funerals of six victims were held on Friday": the funerals were
    return nxt == "in" and end + 1 < len(tokens) and cue_at(tokens, end + 1) is not None


_HELD_OCCASION_REACH = 6  # tokens back to the figure: "six victims of the blast were held"


def _an_occasion_of(tokens: Sequence[Token], figure: int) -> bool:
    """Whether an occasion for the dead stands right before the figure: "the funerals of
    six victims", "a vigil for the 12 dead" (not "At a vigil for the victims, 23 ...")."""
    b = figure - 1
    if b >= 0 and tokens[b].low == "the":
        b -= 1
    return b >= 1 and tokens[b].low in ("of", "for") and tokens[b - 1].low in HELD_OCCASIONS


def _a_cause(tokens: Sequence[Token], k: int, start: int) -> bool:
    """A cue after "due to", "because of", or a "from" right after the figure's phrase
    (at ``start``), says what caused a count, not what it counts: "3 due to cardiac
    arrest and 2 from uprooted lamp post" (rows of the dead); not "40 people are
    recovering from injuries"."""
    before = [t.low for t in tokens[max(0, k - 2) : k]]
    # "from" right after a figure or its phrase: "2 from uprooted lamp post"
    after_figure = k - 1 == start or (k >= 2 and tokens[k - 2].text[0].isdigit())
    return (after_figure and before[-1:] == ["from"]) or before in (
        ["due", "to"],
        ["because", "of"],
    )


def _in_a_bodys_name(tokens: Sequence[Token], k: int) -> bool:
    """A capitalised cue after a name's lower-case joiner is a word of that name: "two
    from the Office of the High Commissioner on Refugees" (a title-case headline writes
    the joiner capitalised too: "Thousands Of Refugees Flee")."""
    return (
        k >= 2
        and tokens[k].is_capitalised
        and tokens[k - 1].text in ("on", "for", "of")
        and tokens[k - 2].is_capitalised
    )


def _a_verb(t: Token) -> bool:
    """A verb or auxiliary: "has risen", "was able to contact", "killed"."""
    return (
        _own_verb(t)
        or t.low in TOLL_VERBS
        or t.low in AUXILIARIES
        or t.low in ("has", "have", "had", "can", "could", "will", "would")
    )


def _own_verb(t: Token) -> bool:
    """A verb or participle the counted people do ("searched", "carrying", "made"), not
    a word that reports or hedges their fate ("reported", "believed", "feared")."""
    if not t.text[:1].islower() or t.low in _NOT_THEIR_ACTS:
        return False
    return (
        t.low.endswith(("ed", "ing")) or t.low in PREDICATE_VERBS or t.low in IRREGULAR_PAST_VERBS
    )


def _others_fate(tokens: Sequence[Token], k: int) -> bool:
    """A cue in a relative clause of other people: "those who perished", "the souls of
    those who died"; or right after another people noun the counted act on: "rescuers
    continued their searches for people possibly buried alive"."""
    if (
        k >= 2
        and tokens[k - 1].low in ("who", "that")
        # "70 families held prayers for relatives who died"
        and (tokens[k - 2].low in OTHERS_PRONOUNS or tokens[k - 2].low in HUMAN_NOUNS)
    ):
        return True
    m = k - 2 if k >= 2 and tokens[k - 1].low.endswith("ly") else k - 1
    # ... past words that report their fate: "searching for people reported missing",
    # "helping families of those killed", "those listed as missing"
    for _ in range(_REPORTED_FATE_WORDS):
        if m >= 0 and (
            tokens[m].low in FATE_REPORTING_WORDS or tokens[m].low in ("reported", "as")
        ):
            m -= 1
    if m >= 0 and tokens[m].low in OTHERS_PRONOUNS and m > 0 and tokens[m - 1].low == "of":
        return True
    return m >= 0 and tokens[m].low in HUMAN_NOUNS and not tokens[m].is_capitalised


_REPORTED_FATE_WORDS = 2  # "people reported as missing", "individuals listed as missing"


def _object_cue(tokens: Sequence[Token], k: int) -> bool:
    """A cue noun at ``k`` that is a verb's object: "bodies", "the injured"."""
    word = tokens[k].low
    if word in OBJECT_CUE_NOUNS:
        return True
    return word in OBJECT_CUE_PARTICIPLES and k > 0 and tokens[k - 1].low in OBJECT_DETERMINERS


_NOT_THEIR_ACTS = SPEECH_VERBS | HEDGED_SPEECH_VERBS | AUXILIARIES | FATE_REPORTING_WORDS

# words after "living", figures apart: "living in relief camps", "living in tents",
# "housed in over 1,500 relief camps" (not "living on the hill above the relief camps")
_HOME_REACH = 5
_DASHES = frozenset({"—", "–"})
_ASIDE_REACH = 25  # tokens of a dash aside after the counted noun


_NOT_YET = frozenset({"yet", "not", "never", "still", "unable"})
_FOUND_REACH = 6  # tokens after the cue: "reported as missing had already been found"


def _found_since(tokens: Sequence[Token], cue: int | None) -> bool:
    """'290 people initially reported as missing had already been found': the missing
    cue names what they were; the verb after it, what they are now."""
    if cue is None:
        return False
    for k in range(cue + 1, min(len(tokens), cue + _FOUND_REACH)):
        t = tokens[k]
        if t.low in FOUND_VERBS:
            if any(x.low in _NOT_YET for x in tokens[max(cue, k - 3) : k]):
                return False  # "are yet to be located": still missing
            return t.low != "turned" or (k + 1 < len(tokens) and tokens[k + 1].low == "up")
        if t.text in (",", ";", ".") or t.low in CLAUSE_BREAKERS:
            return False
    return False


_NEXT_FIGURE_NOUN_REACH = 3  # words between "and six" and its noun: "security troops"


def _noun_of_next_figure(tokens: Sequence[Token], j: int, start: int) -> bool:
    """Whether the noun at ``j`` heads the subject of a figure coordinated after the one
    whose clause starts at ``start``: "and six security troops were" (``j`` at "troops");
    "and 60 people dead" ends on a predicate both share."""
    if j + 1 >= len(tokens) or (
        tokens[j + 1].low not in AUXILIARIES and cue_at(tokens, j + 1) is None
    ):
        return False
    for k in range(j - 1, max(start, j - 2 - _NEXT_FIGURE_NOUN_REACH), -1):
        if _starts_figure(tokens[k]):
            return tokens[k - 1].low == "and"
        if not tokens[k].is_word or tokens[k].low in FUNCTION_WORDS:
            return False
    return False


def _aside_goes_on(tokens: Sequence[Token], j: int) -> bool:
    """Whether the comma at ``j`` is inside a listing aside ("nine persons, including
    officials of Oreva, the company that renovated the bridge, ticket sellers and security
    men, were arrested"): a word that starts no verb, figure or new clause follows it."""
    if tokens[j].text != "," or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return (
        nxt.is_word
        and not nxt.text[0].isdigit()
        and nxt.low not in AUXILIARIES
        and nxt.low not in VERB_OPENERS
        # "About 2,000 villagers, mostly farmers, blocked the highway": a verb ends it
        and not nxt.low.endswith(("ed", "ing"))
        and nxt.low not in SPEECH_VERBS
        # "died" ends it; "homeless people" goes on listing
        and (cue_at(tokens, j + 1) is None or _is_adjective_use(tokens, j + 1))
    )


def _inside_number(tokens: Sequence[Token], j: int) -> bool:
    """Whether the mark at ``j`` groups a number's digits ("1,500" is three tokens)."""
    return (
        0 < j < len(tokens) - 1
        and tokens[j - 1].end == tokens[j].start
        and tokens[j + 1].start == tokens[j].end
        and tokens[j - 1].text[-1].isdigit()
        and tokens[j + 1].text[0].isdigit()
    )


def _starts_figure(t: Token) -> bool:
    return t.text[0].isdigit() or is_number_word(t.low)


def _a_fate_word(t: Token) -> bool:
    """A word of what befell them, after "thought to be": "dead", "missing", "injured" (not
    who they were: "refugees", "evacuees")."""
    return t.low in _FATE_STATES or (t.low.endswith("ed") and cue_at([t], 0) is not None)


_FATE_STATES = frozenset({"dead", "missing", "homeless", "alive", "hurt", "unaccounted"})


def _figure_at(tokens: Sequence[Token], k: int) -> bool:
    """A figure or a vague magnitude ("scores", "dozens") at ``k``."""
    return k < len(tokens) and (_starts_figure(tokens[k]) or tokens[k].low in VAGUE_MAGNITUDES)


_RELATIVE_OPENERS = frozenset({"who", "whose"})


_NAMES_REACH = 24  # tokens of an aside naming people: "Tomas Redi (44) and Ilan Vosk (29)"


def _names_aside_end(tokens: Sequence[Token], j: int) -> int | None:
    """The comma closing an aside, opened by the comma at ``j``, that only names people
    (with their ages): "two men, Tomas Redi (44) and Ilan Vosk (29), died"."""
    if j + 1 >= len(tokens) or not tokens[j + 1].is_capitalised:
        return None
    for k in range(j + 1, min(len(tokens) - 1, j + _NAMES_REACH)):
        t = tokens[k]
        if t.text == ",":
            return k if tokens[k + 1].is_word and not _starts_figure(tokens[k + 1]) else None
        if not _name_like(t):
            return None
    return None


def _name_like(t: Token) -> bool:
    """A word of a list of people's names with their ages: "Ganga Prasad (30) and"."""
    return t.is_capitalised or t.low == "and" or t.text in ("(", ")") or t.text.isdigit()


# words between an aside and the figure's own verb: "were among those killed", "have
# since died" (not "later arrested dozens", "have treated hundreds of injured people":
# what the counted did to others)
_BEFORE_OWN_VERB = frozenset(
    {"among", "those", "also", "all", "since", "reportedly", "have", "has", "had"}
)


def _only_auxiliaries(tokens: Sequence[Token], start: int, cue: int) -> bool:
    """Whether only auxiliaries and a few such words stand between ``start`` and the cue,
    and no object follows it."""
    if not all(t.low in AUXILIARIES or t.low in _BEFORE_OWN_VERB for t in tokens[start:cue]):
        return False
    hit = cue_at(tokens, cue)
    # "have treated hundreds of ...": a verb with an object is what they did to others
    return hit is None or not _object_follows(tokens, cue + hit[1])


def _aside_comma(tokens: Sequence[Token], j: int) -> int | None:
    """The comma closing an aside opened by the comma at ``j``, within reach, where a
    word follows it (not another figure's clause)."""
    return _closing_comma(tokens, j + 1, j, at_breakers=False)


def _closing_comma(tokens: Sequence[Token], first: int, j: int, *, at_breakers: bool) -> int | None:
    """The first comma from ``first`` within reach of the comma at ``j`` that closes an
    aside: none where "and", "but", "while" or a figure follows it (another row or
    clause), or where a hard break, a full stop or (``at_breakers``) a clause breaker
    comes first."""
    n = len(tokens)
    for k in range(first, min(n - 1, j + _ASIDE_REACH)):
        t = tokens[k]
        if t.text == ",":
            after = tokens[k + 1]
            if after.low in ("and", "but", "while") or _starts_figure(after):
                return None
            return k
        if t.text in HARD_BREAK or t.text == "." or (at_breakers and t.low in CLAUSE_BREAKERS):
            return None
    return None


def _figure_list_end(tokens: Sequence[Token], j: int) -> int | None:
    """The closing comma of a list of figures set off by commas after the counted noun
    ("Four people, three men and one woman, are ..."), when one closes it within reach
    and a verb, not another row, follows it."""
    n = len(tokens)
    if j + 2 >= n or not _starts_figure(tokens[j + 1]):
        return None
    if not tokens[j + 2].is_word or tokens[j + 2].low in FUNCTION_WORDS:
        return None  # "Two boats, one with 183 passengers, ...": a pronoun, no row
    return _closing_comma(tokens, j + 2, j, at_breakers=True)


_BRACKET_AFTER_NOUN = 3  # steps from the figure to an aside's bracket: "5,200 displaced people ("


def _aside_end(tokens: Sequence[Token], j: int) -> int | None:
    """The mark closing an aside opened at ``j`` (a dash by the same dash, a bracket by
    its ")"), if one closes it within reach."""
    opening = tokens[j].text
    closing = ")" if opening == "(" else opening
    for k in range(j + 1, min(len(tokens), j + _ASIDE_REACH)):
        if tokens[k].text == closing:
            return k
        if tokens[k].text in (".", ";", ":") or (opening == "(" and tokens[k].text == "("):
            return None
    return None


def _opens_statement(tokens: Sequence[Token], j: int) -> bool:
    """'says that', 'said:', 'told reporters': a speech verb that starts a new statement."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        nxt is None
        or nxt.low in ("that", ",", ":", "reporters")
        or _is_quote(nxt)
        or (
            nxt.is_capitalised or nxt.text[0].isdigit()  # "police said 14 officers were hurt"
        )
    )


def _toll_of_two_fates(tokens: Sequence[Token], cue: int) -> int:
    """'The number of dead and missing has exceeded 11,000': news gives the dead and the
    missing together as the toll (the missing presumed dead), so the dead's cue names
    it."""
    if (
        cue >= 2
        and tokens[cue].low == "missing"
        and tokens[cue - 1].low in ("and", "or")
        and (hit := cue_at(tokens, cue - 2)) is not None
        and hit[0] is Category.KILLED
    ):
        return cue - 2
    return cue


_AS_NOUN_REACH = 3  # tokens from the verb to "as": "mentioned the death toll as"


def _linking_as(tokens: Sequence[Token], j: int) -> bool:
    """An "as" at token ``j`` that links a total to its figure: after a verb that gives it
    ("confirmed as 442") or after the total's noun that such a verb governs ("mentioned
    the death toll as 49")."""
    if j < 1 or tokens[j].low != "as":
        return False
    if tokens[j - 1].low in AS_LINKING_VERBS:
        return True
    if tokens[j - 1].low not in AS_LINKED_NOUNS:
        return False
    return any(t.low in AS_LINKING_VERBS for t in tokens[max(0, j - 1 - _AS_NOUN_REACH) : j - 1])


def _ordinary_periods(tokens: Sequence[Token]) -> list[int]:
    """Where 'in a typical week', 'in an average year' stand: what an ordinary period
    holds, not the event."""
    return [k for k in range(len(tokens)) if _ordinary_period_at(tokens, k)]


def _ordinary_period_at(tokens: Sequence[Token], k: int) -> bool:
    """'in a typical week', 'every year', 'annually': the whole phrase, with its "in"
    (not "On what began as a normal day", nor "has risen every day": a count of the
    event)."""
    low = tokens[k].low
    if low in ("every", "each") and k + 1 < len(tokens) and tokens[k + 1].low == "year":
        return True  # "hundreds drown each year": a year's toll, any year's
    if low == "annually":
        return True
    if low != "in" or k + 3 >= len(tokens):
        return False  # most tokens: read one word, build nothing
    return (
        tokens[k + 1].low in ("a", "an")
        and tokens[k + 2].low in USUAL_ADJECTIVES
        and tokens[k + 3].low in USUAL_PERIODS
    )


_PERIOD_REACH = 25  # tokens from an ordinary period to a figure of its clause


def _in_ordinary_period(tokens: Sequence[Token], qi: int, at: Sequence[int]) -> bool:
    """A figure in the clause of an ordinary period ("In an average year 30 people die on
    the roads"), not one of the next clause ("..., and the bus crash killed 12")."""
    if not at:
        return False
    k = bisect_left(at, qi)
    for p in (at[k - 1] if k else None, at[k] if k < len(at) else None):
        if p is None or abs(p - qi) > _PERIOD_REACH:
            continue
        lo, hi = min(p, qi), max(p, qi)
        between = tokens[lo:hi]
        if not any(
            t.text == ";"
            or (
                t.text == ","
                and n + 1 < len(between)
                and between[n + 1].low in ("and", "but", "while")
            )
            for n, t in enumerate(between)
        ):
            return True
    return False


def _coordinated_category(words: Sequence[Token]) -> Category | None:
    """'refugees and migrants', 'detainees or suspects': a counted noun joined to the head
    by "and" or "or" names the category where the head names none; not a noun inside a
    modifier of the head ("aid workers assisting refugees and migrants")."""
    if len(words) < 3 or words[-2].low not in ("and", "or"):
        return None
    if any(w.low.endswith(("ing", "ed")) for w in words[:-3]):
        return None
    return NOUN_CATEGORIES.get(words[-3].low)


def _gathering_before(tokens: Sequence[Token], v: int) -> bool:
    """A gathering named in the words before a verb: "the march in Los Angeles brought out"."""
    return any(t.low in CROWD_VENUES for t in tokens[max(0, v - _OPENING_PLACE_REACH) : v])


def _toll_verb_after(tokens: Sequence[Token], k: int) -> bool:
    """A count's verb at ``k``, after its auxiliary or not: "rose", "has risen"."""
    if k < len(tokens) and tokens[k].low in ("has", "have", "had"):
        k += 1
    return k < len(tokens) and tokens[k].low in TOLL_VERBS


def _left_cue(tokens: Sequence[Token], i: int) -> tuple[int, bool] | None:
    """A cue governing the figure from the left: (index of its first token, direct?).

    Verbs govern only when adjacent ("killed at least 10"); a noun naming a total
    may stand further off, across linking words and a short phrase of its own
    ("the death toll from the earthquake rose to 2,316").
    """
    j = i - 1
    while j >= 0 and _is_quote(tokens[j]):
        j -= 1
    if j >= 1 and tokens[j].low == "another":
        j -= 1  # "the march drew another 55,000"
    if (
        j >= 0
        and tokens[j].low in LEFT_VERB_CUES
        and not (j and tokens[j - 1].low == "of")  # "capable of holding 40,000 spectators"
        and (tokens[j].low not in HELD_BY_AUTHORITY or _held_by_authority(tokens, j))
        # "The blast sent 40 people to hospital": the hurt, not a force sent
        and not (tokens[j].low in TRANSFER_VERBS and _to_care_after(tokens, i))
    ):
        return j, True
    if (
        j >= 1
        and f"{tokens[j - 1].low} {tokens[j].low}" in GATHERING_LEFT_VERBS
        and _gathering_before(tokens, j - 1)
    ):
        return j - 1, True  # "the march in Los Angeles brought out another 55,000"
    by = _CUES.ending_at(tokens, j - 1) if j >= 1 and tokens[j].low == "by" else None
    if by is not None and by[0] is Category.PARTICIPANTS:
        # "attended by over two lakh people" ("killed by 3 gunmen" counts the killers)
        return j - by[1], True
    j = i - 1
    gaps = 0
    skipped = 0
    via_from = False
    while j >= 0 and gaps <= _LEFT_WINDOW and skipped <= _LEFT_SKIP:
        t = tokens[j]
        hit = _CUES.ending_at(tokens, j)
        if (
            hit is not None
            and _cue_modifies_noun(tokens, j, hit)
            and not _toll_verb_after(tokens, j + 1)
        ):
            # "the detention center": a place's name, no cue ("evacuees rise to 196,000":
            # the noun of a count that rose)
            hit = None
        if (
            hit is not None
            and gaps
            and skipped == 0
            and hit[1] == 1
            and t.low in GATHERING_NOUNS
            and any(x.low in TOLL_VERBS for x in tokens[j + 1 : i])
            and not _in_a_phrase_of_another(tokens, j)
        ):
            # "the march reached 262,000 at its peak", "the rally grew to 80,000": the
            # crowd the gathering's noun names (not the event it names: "the toll from
            # the march rose to 12")
            return j, False
        if (
            hit is not None
            and gaps
            and (
                _names_event(tokens, j - hit[1] + 1, hit[1])
                or _whom_a_facility_serves(tokens, j - hit[1] + 1)
                or _where_a_count_was_made(tokens, j - hit[1] + 1, hit[1])
            )
        ):
            # "the toll from the crowd crush rose to 154", "the number of dead from the
            # raid on a camp for displaced persons rose to 60"
            skipped += hit[1]
            j -= hit[1]
            continue
        if hit is not None and gaps and _befell_someone_named(tokens, j, i):
            # the whole phrase of the cause, "after the detention of", is the toll's own
            j = _before_cause_phrase(tokens, j - hit[1])
            skipped += 1
            continue
        if hit is not None:
            _category, length = hit
            phrase = " ".join(x.low for x in tokens[j - length + 1 : j + 1])
            if via_from and phrase not in ("death toll", "toll"):
                return None  # "died from 5,368 cases": the cases, not the dead
            if _counts_things(tokens, j - length + 1, j, phrase):
                # "The number of ballots missing was 5,000" ("floods killed a total of
                # 158": the cue is the verb)
                return None
            rose_to = (
                skipped == 0
                and (
                    phrase in NOUN_CATEGORIES
                    # "the number hurt has risen to 197": a participle after the tally
                    or (j - length >= 0 and tokens[j - length].low in _TALLY_HEADS)
                )
                and any(x.low in TOLL_VERBS for x in tokens[j + 1 : i])
            )  # "evacuees rise to 196,000": the count its noun names rose to the figure
            if gaps + skipped == 0 or phrase in LEFT_NOUN_CUES or rose_to:
                # a total's noun linked to the figure by words like "rose to" governs it
                # as surely as an adjacent verb: "raising the death toll to 262 and
                # lowering the number of those missing to 40"
                return _toll_of_two_fates(tokens, j - length + 1), skipped == 0
            return None
        if t.text[0].isdigit() and not (
            tokens[i - 1].low == "to" and j > 0 and tokens[j - 1].low == "from"
        ):
            # another figure stands between: "killed 310 people out of 9,800 cases";
            # only "rose from 44 to 227" links across one
            return None
        if _is_quote(t):
            # "killed “at least a dozen”", "'Final death toll' in Soma at 301": the marks
            # do not separate
            pass
        elif skipped == 0 and (t.low in LEFT_GAP_WORDS or _linking_as(tokens, j)):
            gaps += 1
        elif skipped == 0 and t.text == "," and _compared_before(tokens, j, i):
            # "put the likely death toll far lower, at more than 810": the comparison
            # with another count sits between the toll and its figure
            gaps += 1
            j -= 1
            while j >= 0 and tokens[j].low in _COMPARED:
                j -= 1
            continue
        elif t.low == "from" and skipped == 0:
            gaps += 1  # "revised the death toll from 233 to 231"
            via_from = True
        elif gaps and t.is_word and t.low not in CLAUSE_BREAKERS and t.low != "and":
            skipped += 1  # the noun's own phrase: "from the earthquake"
        else:
            return None
        j -= 1
    return None


_TO_CARE_REACH = 5  # tokens from the figure to "to": "40 people to hospital"


def _to_care_after(tokens: Sequence[Token], i: int) -> bool:
    """Whether "to" and a place of care follow the figure at ``i`` closely: "sent 40
    people to hospital", "sent another 69 people to local hospitals"."""
    k = i + 1
    while k < len(tokens) and (tokens[k].text in (",", ".") or tokens[k].text[0].isdigit()):
        k += 1  # past the figure's own tokens: "sent 1,200 people to hospital"
    if k < len(tokens) and is_number_word(tokens[k].low):
        k += 1  # "1.2 million"
    start = k
    for k in range(start, min(len(tokens) - 1, start + _TO_CARE_REACH)):
        if tokens[k].low in CAREGIVER_NOUNS or NOUN_CATEGORIES.get(tokens[k].low) is (
            Category.TROOPS
        ):
            return False  # "sent 40 doctors", "sent 300 soldiers to the hospital": no hurt
        if tokens[k].low == "to":
            return any(
                (hit := cue_at(tokens, m)) is not None and hit[0] is Category.INJURED
                for m in range(k + 1, min(len(tokens), k + 4))
            )
        if not tokens[k].is_word:
            return False
    return False


_COMPARED = frozenset({"higher", "lower", "far", "much", "even", "slightly", "considerably"})

# what may stand before a clause's subject: "Police said the march reached ..."
_BEFORE_A_SUBJECT = frozenset({",", ":", ";", "that", "and", "but", "while", "as"})


def _in_a_phrase_of_another(tokens: Sequence[Token], j: int) -> bool:
    """Whether the noun at ``j`` is not the subject opening its clause ("the toll from
    the march", "dead in the protest", "before a peace march"), so the verb after it is
    not its own ("Police said the march reached", "Sunday's march reached")."""
    k = j - 1
    modifiers = 0
    while k >= 0 and modifiers < 2 and tokens[k].is_word and tokens[k].low not in FUNCTION_WORDS:
        if tokens[k].low in SPEECH_VERBS:
            break
        k -= 1
        modifiers += 1
    if k >= 0 and tokens[k].low in DETERMINERS:
        k -= 1
    return not (k < 0 or tokens[k].text in _BEFORE_A_SUBJECT or tokens[k].low in SPEECH_VERBS)


def _compared_before(tokens: Sequence[Token], comma: int, figure: int) -> bool:
    """', at' before the figure, after "higher" or "lower": "put the toll lower, at 790"."""
    return (
        comma + 1 < figure
        and tokens[comma + 1].low == "at"
        and comma >= 1
        and tokens[comma - 1].low in ("higher", "lower")
    )


# What links a total to its figure at the end of a long clause: "... has risen to 7,518",
# "set the death toll at 278", "now stands at 982", "the toll, now at 1,021".
_TOTAL_LINKS = frozenset(
    {
        "to",
        "at",
        "reached",
        "reaches",
        "hit",
        "hits",
        "stands",
        "stood",
        "was",
        "is",
        "of",
        "from",
        "by",
    }
)
# verbs after a total's noun that give its figure: "the number missing rose to 300"
_TOTAL_VERBS = frozenset(
    "rose risen stood stands was is were are has had have reached climbed jumped fell "
    "increased decreased now".split()
)
# bounds that stand where "at" or "to" would: "put the toll higher than 430", "could top 600"
_BOUNDS_FOR_AT = ("higher than", "top ", "pass ", "cross ")
_BOUND_VERB_STARTS = (
    "passed",
    "passes",
    "tops",
    "topped",
    "crosses",
    "crossed",
    "past",
    "surpassed",
    "surpasses",
    "exceeded",  # "the death toll from the stampede exceeded 125"
    "exceeds",
    "above",
    "over",
    "nears",
    "neared",
    *_BOUNDS_FOR_AT,
)
_NOUN_MODIFIERS = frozenset({"carrying", "with", "of"})
_PREPOSITION_TOO = frozenset({"after", "before", "until"})
_TOTAL_REACH = 40  # tokens: "The number of dead from the raid carried out by ... on a camp for
# Internally Displaced Persons (IDPs) at Dagoma in Sandari has risen to"


def _others_named_after(tokens: Sequence[Token], qj: int) -> bool:
    """'more than the 20 from Germany', 'the 20,000 who marched': words after a compared
    figure that say whom it counts."""
    return qj < len(tokens) and tokens[qj].low in ("from", "who", "whom", "of")


def _tally_group(tokens: Sequence[Token], qi: int, category: Category) -> list[Token] | None:
    """The group a tally names that the figure is the value of: "The number of protesters
    killed rose to 40" counts protesters; not "the number of people killed", "the toll of
    the floods", "the number of detainees" (the category's own noun), nor a tally a comma
    or "and" sets apart from the figure."""
    if qi == 0 or tokens[qi - 1].low not in _TALLY_VALUE_BEFORE:
        return None  # not the tally's value: "after riots in which 12 died"
    for k in range(qi - 1, max(-1, qi - _TALLY_GROUP_REACH), -1):
        t = tokens[k]
        if t.text in (",", ";", ":") or t.low in _TALLY_STOPS:
            return None
        if t.low in _TALLY_WORDS:
            if not (k + 2 < qi and tokens[k + 1].low == "of"):
                return None  # "as the toll climbed to 58": the toll's own, no group
            words, _ = _parse_subject(tokens, k + 2, qi)
            head = _head_of(words)
            if (
                head is None
                or head in _BARE_PEOPLE
                or head in UNNAMED_PEOPLE_NOUNS
                or NOUN_CATEGORIES.get(head) is category
                or not _is_people(head, words[-1].text)
            ):
                return None
            return words
    return None


_TALLY_WORDS = frozenset({"number", "toll", "count", "tally"})
# words right before a tally's value: "rose to 40", "stands at 47", "has reached 47"
_TALLY_VALUE_BEFORE = frozenset(
    {"to", "at", "reached", "reaches", "hit", "hits", "passed", "topped", "surpassed"}
)
# words that open another clause between a tally and a figure
_TALLY_STOPS = frozenset({"and", "as", "after", "while", "which", "who", "that", "when"})
_TALLY_GROUP_REACH = 16  # tokens: "Number of Aurentians killed in Darvestan plane crash lowered to"


def _nationals_named_left(tokens: Sequence[Token], cue_index: int, qi: int) -> bool:
    """The figure's noun, named before it, counts a nationality's people: "number of
    Spanish victims ... to 51" ("Turkish deaths rose to 44,000" is the toll in Turkey,
    whoever died)."""
    return (
        0 < cue_index < qi
        and tokens[cue_index].low in NATIONALS_NOUNS
        and tokens[cue_index - 1].is_capitalised
        # (a people the lexicon does not know, by its name's shape: "Aurentian victims";
        # not the end of a name: "Cyclone Adrian victims")
        and (
            tokens[cue_index - 1].low in NATIONALITIES
            or (
                looks_like_demonym(tokens[cue_index - 1].text)
                and not (
                    cue_index > 1
                    and tokens[cue_index - 2].is_capitalised
                    and tokens[cue_index - 2].low not in FUNCTION_WORDS  # "Number Of Aurentian"
                )
            )
        )
    )


def _toll_reached(
    tokens: Sequence[Token],
    qi: int,
    q: Quantity,
    count_at: frozenset[int],
    head: str | None,
    left: tuple[int, bool] | None,
) -> int | None:
    """The total's noun a figure is the value of, through "rose to", "stands at": the
    cue the left look-up found across a phrase of its own, else one heading a long
    clause. Only for a figure of the general public ("320 people") or of no noun."""
    linked_as = qi >= 2 and _linking_as(tokens, qi - 1)
    if (
        qi < 2
        or not (
            (tokens[qi - 1].low in ("to", "at") and tokens[qi - 2].low in TOLL_VERBS)
            # "the toll of those killed when the boat went down has reached 88 people"
            or tokens[qi - 1].low in ("reached", "reaches")
            or linked_as
            # "put the death toll from flash floods higher than 430", "the toll from the
            # floods could top 600": a bound that stands where "at" or "to" would
            or q.text.lower().startswith(_BOUNDS_FOR_AT)
            or (tokens[qi - 1].low == "at" and _names_a_tally(tokens, left))
        )
        or head not in (None, "people", "persons")
    ):
        # "police fired tear gas at 3,000 people": no toll reached; "the toll from a ship
        # which sank on the river was confirmed as 442": one
        return None
    return left[0] if left is not None else _total_far_left(tokens, qi, q, count_at)


def _names_a_tally(tokens: Sequence[Token], left: tuple[int, bool] | None) -> bool:
    """The left cue is a tally's noun: "Final death toll in Soma at 301" (a headline's
    "at" with no verb), not a verb's object ("fired at 3,000 people")."""
    if left is None:
        return False
    first = tokens[left[0]].low
    two = f"{first} {tokens[left[0] + 1].low}" if left[0] + 1 < len(tokens) else first
    return first in TALLY_NOUNS or two in TALLY_NOUNS


def _total_far_left(
    tokens: Sequence[Token], qi: int, q: Quantity, count_at: frozenset[int] = frozenset()
) -> int | None:
    """A total's noun heading a long clause that ends in the figure: 'The death toll from
    the outbreak in the three hardest-hit countries has risen to 5,147', 'The number of
    people who have died ... now stands at 982'. Another cue, figure or clause between
    them ends the search."""
    k = qi - 1
    while k >= 0 and _is_quote(tokens[k]):
        k -= 1
    if not (
        q.text.lower().startswith(_BOUND_VERB_STARTS)
        or (k >= 0 and tokens[k].low in _TOTAL_LINKS)
        or _linking_as(tokens, k)
    ):
        return None
    aside_closed = False  # a comma read: what lies before it may be an aside it closes
    bracket_open = -1  # the "(" of a bracketed aside being stepped over
    for j in range(k - 1, max(-1, qi - _TOTAL_REACH), -1):
        t = tokens[j]
        if j >= bracket_open >= 0:
            continue
        if t.text == ")" and (opening := _bracket_aside(tokens, j, count_at)) is not None:
            # "The death toll from the attack on Friday (March 22) night has risen to
            # 133": a bracketed aside with no count in it
            bracket_open = opening
            continue
        if (
            t.text == "."
            and 0 < j < len(tokens) - 1
            and tokens[j - 1].end == t.start
            and (tokens[j + 1].start == t.end and tokens[j - 1].text[-1].isdigit())
        ):
            continue  # the point of "6.8"
        if t.text == "." and j > 0 and tokens[j - 1].low.rstrip(".") in MONTHS:
            continue  # "on April. 16" / "Oct. 29": a month's dot, not a sentence's
        if (
            t.low in _PREPOSITION_TOO
            and j + 1 < len(tokens)
            and (
                tokens[j + 1].low in ("the", "a", "an", "last", "this")
                # "The death toll after three days of violence in Mumbai rose past 150"
                or _starts_figure(tokens[j + 1])
                # "The toll from a boat that sank after leaving port has climbed to 79"
                or tokens[j + 1].low.endswith("ing")
            )
        ):
            continue  # "after the fire": a preposition here, not a new clause
        if (
            t.text in _DASHES
            and (opening := _bracket_aside(tokens, j, count_at, _DASHES, _DASH_ASIDE_STOPS))
            is not None
        ):
            # "The death toll from Typhoon Odette (Rai)—the most destructive cyclone to
            # hit the Philippines this year—rose to 405": an aside between two dashes
            bracket_open = opening
            continue
        if t.low in ("which", "that") and j > 1 and tokens[j - 1].is_word:
            # "the explosions which shook Sri Lanka ... has risen to 290", "The death
            # toll from Cyclone Mocha which barrelled through ... has risen to 29"
            continue
        if t.low in ("when", "after") and _inside_a_tallys_phrase(tokens, j):
            # "the toll of those killed when the boat went down has reached 88", "The
            # number of dead after gunmen stormed a college has climbed to 134" (not "Two
            # were killed when the number of cars on the bridge reached 300")
            continue
        if t.low in ("which", "who") and j > 0 and tokens[j - 1].text == "," and aside_closed:
            continue  # "The toll in Sri Lanka, which was hardest hit, stood at 30,957"
        aside_closed = aside_closed or t.text == ","
        if (
            t.text in HARD_BREAK
            or t.text in (".", "!", "?")
            or t.low in CLAUSE_BREAKERS
            or (
                t.text[0].isdigit()
                and j in count_at
                # "risen from 190 (as reported ...) to 225": the count before is the
                # total's old value
                and not (j > 0 and tokens[j - 1].low in (*_NOUN_MODIFIERS, "from"))
            )
        ):
            # another count ends the search, but not a measure ("the 6.8 magnitude
            # quake"), a date, or a count that only describes a noun of the total's
            # phrase ("from a boat carrying 500 migrants has risen to 194")
            return None
        hit = _CUES.ending_at(tokens, j)
        if (
            hit is None
            or _names_event(tokens, j - hit[1] + 1, hit[1])
            or _cue_modifies_noun(tokens, j, hit)
            or (j > 0 and t.is_capitalised and t.low in MONTHS)  # "in the small hours of March 14"
        ):
            continue  # "from the fire at a migrant detention center is now up to 40"
        start = j - hit[1] + 1
        if _whom_a_facility_serves(tokens, start):
            # "The number of dead from the raid on a camp for Internally Displaced Persons
            # ... has risen to 60": the camp's people, not what the tally counts
            continue
        if (
            start > 0
            and tokens[start - 1].low in _TALLY_HEADS
            and j + 1 < len(tokens)
            and tokens[j + 1].low == "by"
        ):
            # "The latest death toll released by the authorities ... has risen to 49": a
            # participle that says who gave the tally, not what it counts ("The number
            # killed after the quake now stands at 2,300" counts the killed)
            continue
        phrase = " ".join(x.low for x in tokens[start : j + 1])
        if _counts_things(tokens, start, j, phrase):
            return None  # "The number of rifles still unaccounted for rose to 300"
        if phrase in LEFT_NOUN_CUES:
            return start
        return _first_cue_after_number(tokens, start)
    return None


def _whom_a_facility_serves(tokens: Sequence[Token], start: int) -> bool:
    """A cue at ``start`` names whom a place is for ("a camp for (internally) displaced
    persons", "a centre for the injured") where a cue before the place names what the
    clause counts ("The number of dead from the raid on a camp for ..."; not "The number
    of residents in the camp for displaced families", the displaced counted)."""
    k = start - 1
    while k >= 0 and (tokens[k].low in DETERMINERS or tokens[k].low.endswith("ly")):
        k -= 1
    if not (k >= 1 and tokens[k].low == "for" and tokens[k - 1].low in FACILITY_HEADS):
        return False
    return any(
        _CUES.ending_at(tokens, m) is not None for m in range(max(0, k - _TOTAL_REACH), k - 1)
    )


def _where_a_count_was_made(tokens: Sequence[Token], start: int, length: int) -> bool:
    """A place of care at ``start`` is where a count was made, where a cue before it
    names what the clause counts: "The toll at the hospital has risen to 46" (not "the
    number in hospital has risen to 46", the count of those in care)."""
    if length != 1 or tokens[start].low not in FACILITY_HEADS:
        return False
    k = start - 1
    while k >= 0 and (tokens[k].low in DETERMINERS or tokens[k].is_capitalised):
        k -= 1  # "at the", "at St. Mary's"
    if not (k >= 1 and tokens[k].low in ("at", "in", "from")):
        return False
    return any(_CUES.ending_at(tokens, m) is not None for m in range(max(0, k - _TOTAL_REACH), k))


_BRACKET_ASIDE = 14  # tokens inside "(as reported in our previous update dated 14th March, 2023)"
# people nouns that name who the part is ("Two of the suspects"), not the dead themselves
_LIVING_NOUNS = HUMAN_NOUNS - BODY_NOUNS


def _bracket_aside(
    tokens: Sequence[Token],
    close: int,
    count_at: frozenset[int],
    opens: frozenset[str] = frozenset({"("}),
    stops: frozenset[str] = frozenset({")", ";"}),
) -> int | None:
    """The token that opens the short aside closed at ``close`` (a bracket, or with
    ``opens`` a dash: "Typhoon Odette (Rai)—the most destructive ...—rose to 405"),
    where it holds no count; None otherwise."""
    for j in range(close - 1, max(-1, close - _BRACKET_ASIDE - 2), -1):
        if tokens[j].text in opens:
            return j
        if tokens[j].text in stops or j in count_at:
            return None
    return None


_DASH_ASIDE_STOPS = frozenset({".", ";", ":"})


_NUMBER_REACH = 8  # "The number of people dead or missing presumed dead"
_NUMBER_LINKS = frozenset({"at", "to", "from", "was", "is", "stood", "stands", "reached", ":"})


# Nouns of a tally whose phrase names what it counts: "The number of people dead or
# missing", "The count of those found dead", "the province's tally of missing people".
_TALLY_HEADS = frozenset({"number", "count", "tally", "toll", "total"})


def _first_cue_after_number(tokens: Sequence[Token], start: int) -> int | None:
    """'The number of people dead or missing presumed dead ... has risen to 79': the
    phrase the number heads names the category by its first cue."""
    for n in range(start - 1, max(-1, start - _NUMBER_REACH), -1):
        t = tokens[n]
        if t.low in CLAUSE_BREAKERS or t.text in HARD_BREAK:
            return None
        if t.low in _TALLY_HEADS and n + 1 < len(tokens) and tokens[n + 1].low == "of":
            return next((c for c in range(n + 1, start + 1) if cue_at(tokens, c) is not None), None)
    return None


def _noun_after_number(tokens: Sequence[Token], qi: int) -> int | None:
    """'put the number of protesters in Yangon at 100,000', 'the number of survivors at
    104': no cue, but the number's noun names what is counted."""
    last = qi - 2 if qi > 0 and tokens[qi - 1].text == ":" else qi - 1  # a label's colon
    for n in range(last, max(-1, qi - _NUMBER_REACH - 3), -1):
        t = tokens[n]
        if t.text[0].isdigit() and n > 0 and tokens[n - 1].low == "from":
            continue  # "The number of survivors rose from 47 to 63": the count before
        if t.low in CLAUSE_BREAKERS or t.text in HARD_BREAK or t.text[0].isdigit():
            return None
        if (
            t.low in _TALLY_HEADS  # "the number of", "the tally of arrivals stood at"
            and n + 2 < qi
            and tokens[n + 1].low == "of"
            and (tokens[n + 2].low in NOUN_CATEGORIES)
        ):
            return n + 2
    return None


_LABEL_WORDS = 9  # "Number of march-related arrests in Los Angeles:"
_LABEL_MARKS = frozenset({":", "–", "—"})


def _label_row(
    tokens: Sequence[Token], qi: int, heads: frozenset[str] = frozenset(), qj: int | None = None
) -> int | None:
    """'People killed: 602', 'Confirmed cholera deaths: 8': a fact sheet's row, whose
    label before the colon holds the cue; the index of the cue's first token (or of the
    label's last word, where it is one of ``heads``). Rows run together when a page's
    lines were joined: the label starts at the sentence or after the row before."""
    # a page's table writes its rows with a dash as often: "Missing – 12", "Injured – 40"
    # (a figure that ends the line; "Mahsa Amini death – At least 50 killed" is prose)
    if qi < 2 or tokens[qi - 1].text not in _LABEL_MARKS:
        return None
    if tokens[qi - 1].text != ":" and (qj is None or qj < len(tokens)):
        return None
    first = qi - 2
    while (
        first > 0
        and qi - first <= _LABEL_WORDS
        and (tokens[first - 1].is_word or _in_label_name(tokens, first - 1))
        # a label holds no figure: "Twelve people were killed: eight civilians and ..." is
        # prose whose list follows the colon
        and not _starts_figure(tokens[first - 1])
    ):
        first -= 1
    # a row quoted as it was read out: "“Total death toll: 403,” the commissioner said"
    # (not a quoted sentence after a heading word: "“Deaths: 22 civilians died ...")
    opens = first == 0 or (
        first == 1
        and _is_quote(tokens[0])
        and qj is not None
        and (qj >= len(tokens) or not tokens[qj].is_word)
    )
    prev = tokens[first - 1] if first > 0 else None
    # "Wounded: 806, missing: 85, confirmed deaths: 161": rows in a line, set off by
    # commas, quoted after what reads them out ("... website read: ‘Wounded: 806")
    after_row = prev is not None and (
        prev.text[0].isdigit()
        or (prev.text == "," and first >= 2 and tokens[first - 2].text[0].isdigit())
    )
    read_out = prev is not None and _is_quote(prev) and first >= 2 and tokens[first - 2].text == ":"
    # a headline's last row: "Authorities survey blast zone, death toll: 49"
    last_row = (
        prev is not None
        and prev.text == ","
        and qj is not None
        and qj >= len(tokens)
        and any(tokens[m].low in _TALLY_HEADS for m in range(first, qi - 1))
    )
    if not (opens or after_row or read_out or last_row) or not (
        tokens[first].is_capitalised or (prev is not None and prev.text == ",")
    ):
        return None
    if heads:
        return qi - 2 if tokens[qi - 2].low in heads else None
    if tokens[first].low in NON_HUMAN_NOUNS:
        return None  # "Shelters open – 62", "Homes destroyed: 1,484": things counted
    for j in range(qi - 2, first - 1, -1):
        hit = _CUES.ending_at(tokens, j)
        if hit is not None and j - hit[1] + 1 >= first and not _cue_modifies_noun(tokens, j, hit):
            return j - hit[1] + 1
    # "Estimated protesters in Los Angeles: 500,000": no cue, a noun that names its kind
    return next((j for j in range(first, qi - 1) if tokens[j].low in NOUN_CATEGORIES), None)


def _names_people_in_a_label(t: Token) -> bool:
    """A label's word that counts people: "People killed:", "Protesters in Chicago:"."""
    return (
        t.low in _BARE_PEOPLE
        or t.low in NOUN_CATEGORIES
        or t.low in HUMAN_NOUNS  # "Civilian toll: 40 killed"
        or t.low in ("child", "children")
        or t.low.endswith("s")
    )


def _in_label_name(tokens: Sequence[Token], k: int) -> bool:
    """A comma or an initial's dot inside a row's label: "Arrests in Washington, D.C.:"."""
    t = tokens[k]
    if t.text == ",":
        return k > 0 and tokens[k - 1].is_capitalised
    return t.text == "." and k > 0 and len(tokens[k - 1].text) == 1 and tokens[k - 1].end == t.start


def _label_start(tokens: Sequence[Token], k: int) -> int:
    """The first word of the label holding token ``k``."""
    while k > 0 and tokens[k - 1].is_word and not tokens[k - 1].text[0].isdigit():
        k -= 1
    return k


def _befell_someone_named(tokens: Sequence[Token], j: int, i: int) -> bool:
    """'The death toll from the unrest after the detention of the former premier climbed
    to 11': a cue noun whose "of" names who it befell, no figure, is the event's cause,
    not what the figure ``i`` counts ("the arrest of more than 300 people" is)."""
    of = j if tokens[j].low == "of" else j + 1  # the cue may hold it: "arrest of"
    if of + 1 >= i or tokens[of].low != "of":
        return False
    return not any(_starts_figure(t) for t in tokens[of + 1 : min(i + 1, of + 1 + _OF_TO_FIGURE)])


_OF_TO_FIGURE = 4  # "the arrest of more than 300", "the deaths of at least 12 of the"
_CAUSE_OPENERS = frozenset({"after", "following", "over", "since", "against"})


def _before_cause_phrase(tokens: Sequence[Token], k: int) -> int:
    """The index before "after the" ending at ``k``: what opens a cause's phrase."""
    while k >= 0 and tokens[k].low in _DETERMINERS:
        k -= 1
    return k - 1 if k >= 0 and tokens[k].low in _CAUSE_OPENERS else k


def _names_event(tokens: Sequence[Token], start: int, length: int) -> bool:
    """'crowd crush', 'the September 8 protest': a cue's words that name the event, not
    what befell the counted."""
    if length == 1 and tokens[start].low in EVENT_NOUN_CUES:
        if start + 1 < len(tokens) and tokens[start + 1].low in EVENT_NAMING_NOUNS:
            return True  # "the toll from the peace march blasts": what befell the march
        for t in reversed(tokens[max(0, start - _EVENT_NOUN_REACH) : start]):
            if t.low in _DETERMINERS:
                return True
            if t.text[0].isdigit():
                continue  # "the September 8 protest"
            if not t.is_word or (t.low in _VERB_MARKERS and not t.is_capitalised):
                return False  # "took to the streets to protest": the verb
        return False
    return length > 1 and " ".join(t.low for t in tokens[start : start + length]) in EVENT_NAMES


_EVENT_NOUN_REACH = 3  # "the anti-government protest", "the September 8 protest"
_DETERMINERS = DETERMINERS | {"last", "its", "their"}
_VERB_MARKERS = frozenset({"to", "will", "would", "could", "can", "may", "might", "did", "do"})


def _category_of(tokens: Sequence[Token], idx: int) -> Category:
    hit = cue_at(tokens, idx)
    if hit is None:
        low = tokens[idx].low
        if low in NOUN_CATEGORIES:
            return NOUN_CATEGORIES[low]
        if low in LEFT_VERB_CUES:
            return LEFT_VERB_CUES[low]
        return Category.PARTICIPANTS  # a gathering's two-word verb (GATHERING_LEFT_VERBS)
    return hit[0]


_PLACE_REACH = 10  # tokens: "killed in an attack on a church in Batticaloa"
_PLACE_VERB_REACH = 6  # tokens after the cue: "deaths had been recorded in Liberia"
_PLACE_WORDS = 3  # of them, words that are no verb's: "killed on Sunday in Almaty"


def _place_after(tokens: Sequence[Token], j: int) -> str | None:
    """'killed in Almaty' -> Almaty; 'across the country' -> nationwide (None); 'killed
    in an attack on a church in Batticaloa' -> Batticaloa (past phrases naming none)."""
    k = j
    plain = 0  # words read that are not a verb's ("deaths had been recorded in Liberia")
    while k < len(tokens) and k - j < _PLACE_VERB_REACH and plain < _PLACE_WORDS:
        t = tokens[k]
        if not (t.low in AUXILIARIES or (t.low.endswith("ed") and not t.is_capitalised)):
            plain += 1
        entered = (
            t.low in ENTRY_VERBS and k + 1 < len(tokens) and tokens[k + 1].is_capitalised
        )  # "547,000 Venezuelans have entered Ecuador"
        if _moved_to_a_name(tokens, k):
            # "33 bodies were brought to Dhaka Medical College Hospital": that hospital's
            # count ("taken to hospital" names none)
            named = _place_from(tokens, k)
            if named:
                return named
        if t.low in PLACE_PREPS or entered:
            named = _place_from(tokens, k)
            if named is not None:
                return named or None
            # "in an attack on a church in Batticaloa": a later phrase may name it
            for m in range(k + 1, min(len(tokens) - 1, k + _PLACE_REACH)):
                x = tokens[m]
                if x.text == "," and _list_goes_on(tokens, m):
                    continue  # "killed at restaurants, bars and a concert hall in Paris"
                if x.text in (",", ".", ";") or x.low in CLAUSE_BREAKERS:
                    return None
                if x.low in PLACE_PREPS and (
                    tokens[m + 1].is_capitalised or tokens[m + 1].low == "the"
                ):
                    named = _place_from(tokens, m)
                    if named is not None:
                        return named or None
            return None
        if t.text in (",", ".", ";") or t.low in CLAUSE_BREAKERS:
            return None
        if (t.text == "-" or t.text in HARD_BREAK) and _rows_follow(tokens, k):
            # "31 people were hurt: 22 in Tarvo and nine in Melsk": the list's places are
            # its rows', not the whole's ("died - all in Tarvo" is the whole's place)
            return None
        k += 1
    return None


def _rows_follow(tokens: Sequence[Token], k: int) -> bool:
    """Whether a figure opens what follows the mark at ``k``: a list's first row."""
    return any(_starts_figure(t) for t in tokens[k + 1 : k + 1 + _ROW_MARK_REACH])


_ROW_MARK_REACH = 3  # tokens: "- at least 22 in Tarvo"


def _moved_to_a_name(tokens: Sequence[Token], k: int) -> bool:
    """'brought to Dhaka Medical College Hospital', 'taken to the Civil Hospital': a "to"
    after a verb that moves the counted, before the name of a place that holds people
    (a known place, or one named by a word like "Hospital"; "transferred to the Interior
    Ministry", "taken to Twitter" name none)."""
    if tokens[k].low != "to" or k == 0 or tokens[k - 1].low not in TRANSFER_VERBS:
        return False
    m = k + 2 if k + 1 < len(tokens) and tokens[k + 1].low == "the" else k + 1
    name: list[str] = []
    while m < len(tokens) and tokens[m].is_capitalised and len(name) < _FACILITY_WORDS:
        name.append(tokens[m].low)
        m += 1
    return bool(name) and (name[-1] in FACILITY_HEADS or " ".join(name) in KNOWN_PLACES)


_FACILITY_WORDS = 6  # "Sheikh Hasina National Institute of Burn": enough for a name


def _list_goes_on(tokens: Sequence[Token], m: int) -> bool:
    """The comma at ``m`` lists another site of one phrase ("at restaurants, bars and a
    concert hall"): a plural noun after it, not a clause ("..., police said")."""
    nxt = tokens[m + 1] if m + 1 < len(tokens) else None
    after = tokens[m + 2] if m + 2 < len(tokens) else None
    return (
        nxt is not None
        and nxt.is_word
        and not nxt.is_capitalised
        and nxt.low.endswith("s")
        and nxt.low not in VERB_OPENERS
        and nxt.low not in SPEECH_VERBS
        and after is not None
        and (after.text == "," or after.low in ("and", "or"))
    )


# Words between a preposition and a place's name: "in the northern province of Artibonite",
# "in the city of Tacloban"
_ADMIN_WORDS = frozenset(
    {
        "the",
        "city",
        "town",
        "of",
        *ADMIN_UNITS,
        *COMPASS_ADJECTIVES,
        *NEIGHBOUR_ADJECTIVES,
        *PLACE_PART_ADJECTIVES,
    }
)  # "in neighbouring Colombia": the country


def _local_site(tokens: Sequence[Token], k: int) -> str | None:
    """'missing in his village alone', 'died at one hospital': a count of one unnamed
    village, camp or hospital, a part of the event's. Not "in the hospital blast" (the
    site names something else), "in the church" (the whole event, maybe), "in a village
    in Zamfara state" (a place named) or "outside the hospital"."""
    m = k + 1
    if tokens[k].low not in ("in", "at") or m + 1 >= len(tokens):
        return None
    determined = tokens[m].low in LOCAL_DETERMINERS
    if determined and tokens[m + 1].low in _ONE_ONLY and m + 2 < len(tokens):
        m += 1  # "killed in a single village": one of them, as "in a village" says
    site = LOCAL_SITES.get(tokens[m + 1].low)
    nxt = tokens[m + 2] if m + 2 < len(tokens) else None
    # "in one hospital alone", "in one hospital by itself"
    alone = nxt is not None and (
        nxt.low == "alone"
        or (nxt.low == "by" and m + 3 < len(tokens) and tokens[m + 3].low == "itself")
    )
    if site is None or not (determined or alone):
        return None
    if nxt is not None and nxt.is_word and not alone:
        if nxt.low not in FUNCTION_WORDS or nxt.low == "of":
            return None  # "the hospital blast", "the villages of Bu Ma"
        if m + 3 < len(tokens) and tokens[m + 3].is_capitalised:
            return None  # "a village in Zamfara state": the place named wins
    return local_scope(site)


_ONE_ONLY = frozenset({"single", "lone"})


# a decimal written with a point ("7.0"), with no word of scale after it ("1.5 million")
_DECIMAL = re.compile(
    r"\d\.\d{1,2}(?!\d)(?!\s*(?:million|billion|thousand|lakh|crore|m\b|bn\b))", re.IGNORECASE
)


def _figure_with_own_cue(tokens: Sequence[Token], j: int) -> bool:
    """After "with" at ``j``, within three tokens, a figure its own cue follows."""
    for d in range(j + 1, min(len(tokens), j + 4)):
        if tokens[d].text[0].isdigit():
            return any(cue_at(tokens, e) is not None for e in range(d + 1, min(len(tokens), d + 3)))
    return False


def _names_a_fate(tokens: Sequence[Token], j: int) -> bool:
    """The words at ``j`` name who befell something: "victims", "recognised victims"."""
    return any(tokens[k].low in NOUN_CATEGORIES for k in range(j, min(len(tokens), j + 2)))


def _size_of_each(tokens: Sequence[Token], qi: int, qj: int) -> bool:
    """'families of six and seven buried in one grave', 'more than one body each': how
    many each holds, not a count of the event."""
    k = qi - 1
    if k >= 2 and tokens[k].low in ("and", "or", ","):
        k -= 2  # "of six and seven": the list's first figure names what follows
    if (
        k >= 1
        and tokens[k].low == "of"
        and tokens[k - 1].low in GROUPS_OF_MEMBERS
        # "the families of 35 recognised victims", "families of 58 victims sued": the
        # victims' families; a size has no noun of a fate after it
        and not (k >= 2 and tokens[k - 2].low in DETERMINERS)
        and not (qj < len(tokens) and _names_a_fate(tokens, qj))
    ):
        return True
    # "one body each" ends its clause; "two men each received" counts the two men
    return (
        qj + 1 < len(tokens)
        and tokens[qj].is_word
        and tokens[qj + 1].low == "each"
        and (qj + 2 >= len(tokens) or not tokens[qj + 2].is_word)
    )


_INCIDENT_REACH = 8  # tokens from the counted to "when": "13 people were killed when"


def _one_family(
    tokens: Sequence[Token], qi: int, head: str | None, value: float | None
) -> str | None:
    """'his two children received treatment', 'her three sons were killed': one family's
    kin, a part of the event's count, never its count of children or sons."""
    if head not in KIN_NOUNS or qi == 0 or value is None or value > _A_FAMILY_AT_MOST:
        return None
    before = tokens[qi - 1]
    if before.low in _ONE_PERSONS or (before.is_capitalised and _possessive(before.text)):
        return local_scope("family")
    return None


_ONE_PERSONS = frozenset({"his", "her", "my"})  # not "their", a group's as often
_A_FAMILY_AT_MOST = 12  # "her 200 children" are a school's, "Melsk's 4,000" a town's


def _incident_site(tokens: Sequence[Token], after: int) -> str | None:
    """'13 people were killed when a monastery collapsed in a village': one incident at
    one of the event's sites (an indefinite article: one of many; "when the building
    collapsed" may be the whole event)."""
    for k in range(after, min(len(tokens) - 3, after + _INCIDENT_REACH)):
        t = tokens[k]
        if t.low == "when":
            if tokens[k + 1].low not in ("a", "an"):
                return None
            for m in range(k + 2, min(len(tokens) - 1, k + 5)):
                site = INCIDENT_SITES.get(tokens[m].low)
                if site is not None:
                    return local_scope(site) if tokens[m + 1].low in INCIDENT_VERBS else None
                if not tokens[m].is_word:
                    return None
            return None
        if not t.is_word:
            return None
    return None


def _place_from(tokens: Sequence[Token], k: int) -> str | None:
    """The place named after the preposition at ``k``: None where none is named; "" where
    the phrase says it is no place ("across the country", "in Wednesday's clashes")."""
    rest = " ".join(x.low for x in tokens[k + 1 : k + 4])
    if rest.startswith(_NATIONWIDE) or rest.startswith(("the country", "country")):
        return ""
    local = _local_site(tokens, k)
    if local is not None:
        return local
    m = k + 1
    if m + 2 < len(tokens) and tokens[m].low == "the" and tokens[m + 1].low in SITE_NOUNS:
        if tokens[m + 2].low != "of":
            return None  # "near the airport": a site with no place named
        m += 3  # "in the vicinity of (the) Juliaca", "near the airport of Juliaca"
    if m < len(tokens) and tokens[m].low in _ADMIN_WORDS and tokens[m].low != "of":
        while m < len(tokens) and tokens[m].low in _ADMIN_WORDS:
            m += 1
    if (
        m + 1 < len(tokens)
        and "-" in tokens[m].text
        and tokens[m].text.islower()
        and tokens[m + 1].is_capitalised
        # (not a people's adjective: "in the pre-dawn Israeli strike")
        and tokens[m + 1].low not in NATIONALITIES
        and not looks_like_demonym(tokens[m + 1].text)
    ):
        # "at the state-run Aldwin General Hospital", "in the oil-producing Ormek
        # region": a modifier before the name
        m += 1
    name: list[str] = []
    while (
        m < len(tokens)
        and tokens[m].is_word
        and (
            tokens[m].is_capitalised
            # "Arquata del Tronto", "Rio de Janeiro": a particle inside the name
            or (
                name
                and tokens[m].low in NAME_PARTICLES
                and m + 1 < len(tokens)
                and tokens[m + 1].is_capitalised
            )
        )
    ):
        if name and (tokens[m].low in WEEKDAYS or tokens[m].low in MONTHS):
            break  # "rose to 72 in South Africa Tuesday": when, not where
        if tokens[m].low in PLACE_PREPS:
            name = []  # a headline in title case: "... In Powerful Quakes In Herat Region"
        else:
            name.append(tokens[m].text)
        if (
            tokens[m].low in PLACE_ABBREVIATIONS
            and m + 2 < len(tokens)
            and tokens[m + 1].text == "."
            and tokens[m + 2].is_capitalised
        ):
            name[-1] += "."  # "St. Petersburg", "Ft. Myers": the name goes on
            m += 1
        m += 1
    if name and _is_time_name(name[0]):
        return ""  # "killed in Wednesday's clashes": when, not where
    if (
        name
        and not _possessive(name[-1])
        and any(_possessive(w) for w in name[:-1])
        and _a_place_held(name, tokens, m)
    ):
        # "in Nigeria's Benue state", "in Surkhania's Tuzkara region": the place the
        # country holds (not "St. Mary's Hospital", "King's Cross", "People's Square")
        name = name[next(i for i, w in enumerate(name) if _possessive(w)) + 1 :]
    elif name and len(name) == 1 and _possessive(name[0]):
        held = _place_a_country_holds(tokens, m)
        if held is not None:
            return held
    if (
        name
        and tokens[k].low in ("near", "along", "across", "outside")
        and m < len(tokens)
        and tokens[m].low in SITE_NOUNS
    ):
        return None  # "near Texas border": beside the place, not in it
    if name and _and_elsewhere(tokens, m):
        return ""  # "in Korvash and other towns": wider than the place it names
    if name and _is_place_name(" ".join(name)):
        return _with_more_places(" ".join(name), _more_places(tokens, m))
    if name and _names_the_event(name, tokens, m):
        return ""  # "killed in the Ethiopian Airlines crash": the event's name, no place
    return " ".join(name) or None


def _a_place_held(name: Sequence[str], tokens: Sequence[Token], m: int) -> bool:
    """Whether a name with a possessive inside is a place a place holds: the possessor is
    a place ("Giza's Nahda Square", "South Sudan's ...") or a unit ends the name
    ("Nigeria's Kogi State", "Surkhania's Tuzkara region"); not "St. Mary's Hospital"."""
    k = next(i for i, w in enumerate(name) if _possessive(w))
    owner = " ".join([*name[:k], name[k][:-2]])
    return (
        _is_place_name(owner)
        or name[-1].lower() in ADMIN_UNITS
        or (m < len(tokens) and tokens[m].low in ADMIN_UNITS)
    )


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


_HELD_PLACE_WORDS = 5  # words before the unit: "remote and mountainous province of"


def _place_a_country_holds(tokens: Sequence[Token], m: int) -> str | None:
    """After a possessive name ("in Surkhania's ..."), the place it holds: "autonomous
    province of Tuzkara", "western region of Tuzkara"; "" where the unit is not named by
    its name ("in Surkhania's autonomous region": the region the event is about); None
    where no unit follows ("in Kenya's capital": the country's name is the place)."""
    j = m
    while j < min(len(tokens), m + _HELD_PLACE_WORDS) and tokens[j].text.islower():
        if tokens[j].low in HELD_UNITS:
            if j + 2 < len(tokens) and tokens[j + 1].low == "of" and tokens[j + 2].is_capitalised:
                held = _name_starting(tokens, j + 2)
                return held or ""
            return ""
        j += 1
    return None


def _and_elsewhere(tokens: Sequence[Token], m: int) -> bool:
    """A place named with more places left unnamed: "in Moscow and other cities", "in
    Kyiv and elsewhere", "in the capital and across the country"."""
    if m + 1 >= len(tokens) or tokens[m].low != "and":
        return False
    nxt = tokens[m + 1].low
    if nxt in ("elsewhere", "beyond"):
        return True
    after = tokens[m + 2].low if m + 2 < len(tokens) else ""
    if nxt == "other":
        return after in PLACE_KIND_NOUNS  # not "in Dovan and other residents fled"
    # not "in Dovan and throughout the week"
    return (
        nxt in ("across", "throughout")
        and after == "the"
        and (m + 3 < len(tokens) and tokens[m + 3].low in PLACE_KIND_NOUNS)
    )


_EVENT_NAME_ENDS = EVENT_NAMING_NOUNS | OCCASION_NOUNS
_EVENT_NAME_TAIL = 2  # "India's Kumbh festival stampede": words after the capitals


def _names_the_event(name: Sequence[str], tokens: Sequence[Token], m: int) -> bool:
    """Whether the capitalised ``name`` (ending before token ``m``) is the event's or its
    gathering's name: it ends on an event's noun ("the Maha Kumbh Mela") or one follows
    within two words ("the Ethiopian Airlines crash", "Kumbh festival stampede"), not
    past a word that makes the name a place's ("the Lalpur village landslide", "Goshen
    town parade": the village's, the town's)."""
    if name[-1].lower() in _EVENT_NAME_ENDS and (
        len(name) > 1 or name[-1].lower() not in SPORTING_EVENT_NOUNS
    ):
        return True  # "the Boston Marathon" (not "in Marathon", a town)
    for t in tokens[m : m + _EVENT_NAME_TAIL]:
        if t.low in _EVENT_NAME_ENDS:
            return True
        if not t.is_word or t.is_capitalised or t.low in FUNCTION_WORDS or t.low in _NAMES_A_PLACE:
            return False
    return False


_NAMES_A_PLACE = _ADMIN_WORDS | LOCAL_SITES.keys() | {"village", "villages", "area", "camp"}


def _with_more_places(first: str, more: list[str]) -> str:
    """'India', ['Bangladesh'] -> 'India and Bangladesh'; three -> 'A, B and C'."""
    if not more:
        return first
    return ", ".join([first, *more[:-1]]) + f" and {more[-1]}"


_MORE_PLACES = 6


def _more_places(tokens: Sequence[Token], m: int) -> list[str]:
    """'84 in India, Bangladesh', '110 dead in Germany and Belgium': the places listed
    after the first one, each one the lexicon knows: the figure counts them together
    (one scope, "India and Bangladesh"), not the first one's share."""
    more: list[str] = []
    # bounded: every figure before a long list of places reads it (linear in all)
    while m + 1 < len(tokens) and tokens[m].low in (",", "and") and len(more) < _MORE_PLACES:
        k = m + 1
        if tokens[m].text == "," and tokens[k].low == "and":
            k += 1
        name = _name_starting(tokens, k)
        if name is None or not _is_place_name(name):
            break
        m = k + len(name.split())
        nxt = tokens[m] if m < len(tokens) else None
        if nxt is not None and nxt.is_word and nxt.text[0].islower() and nxt.low != "and":
            break  # "killed 40 people in Gaza, Israel said": the next clause's subject
        more.append(name)
    return more


_WHERE_REACH = 6  # ", where 792 people were killed"
# verbs by which a place "has" its figures: "Nigeria had eight deaths"
_LIST_JOINS = frozenset({"and", "while", "whereas", "but", "with"})
_COPULAS = frozenset({"was", "is", "were", "are", "remains", "remained"})


def _is_time_name(word: str) -> bool:
    """A capitalised word that dates rather than places: "Wednesday's", "March"."""
    low = word.lower().removesuffix("'s").removesuffix("’s")
    return low in WEEKDAYS or low in MONTHS


def _place_before(tokens: Sequence[Token], qi: int) -> str | None:
    """The place a figure's clause is about when it comes first: 'Nigeria had eight
    deaths', 'followed by Balochistan with 336 deaths', 'The march in Austin drew
    50,000', 'in Sindh, where 792 people were killed'."""
    return (
        _place_having(tokens, qi)
        or _place_with(tokens, qi)
        or _gathering_place(tokens, qi)
        or _place_where(tokens, qi)
        or _sites_in_the_clause_before(tokens, qi)
    )


def _sites_in_the_clause_before(tokens: Sequence[Token], qi: int) -> str | None:
    """'rallies took place at 151 sites in Hessgar and around 26,000 protesters turned
    out': the crowd of the gatherings the clause before places, joined by "and"."""
    k = qi - 1
    while k >= 0 and not tokens[k].is_word:
        k -= 1
    if k < 0 or tokens[k].low != "and":
        return None
    for m in range(k - 1, max(-1, k - _SITES_REACH), -1):
        t = tokens[m]
        if t.text in (".", ";") or (t.text[0].isdigit() and m > 0 and tokens[m - 1].low == "and"):
            return None
        if t.low in PLACE_PREPS and m > 0 and tokens[m - 1].low in _SITE_WORDS:
            gathering = any(x.low in GATHERING_NOUNS for x in tokens[max(0, m - _SITES_REACH) : m])
            # the place ends the clause ("in Hessgar and ...", not "in Hessgar and in 20
            # other cities, and ..."), and the crowd's own clause does not widen it
            # ("... turned out nationwide")
            only_a_name = all(x.is_capitalised or x.text == "," for x in tokens[m + 1 : k])
            named = _place_from(tokens, m) if gathering and only_a_name else None
            if named and not _widened_after(tokens, qi):
                return named
            return None
    return None


def _widened_after(tokens: Sequence[Token], qi: int) -> bool:
    """'... around 90,000 protesters turned out nationwide': a clause that counts more
    than the place before it."""
    for k in range(qi + 1, len(tokens)):
        t = tokens[k]
        if t.text in (",", ";", ".") and not _inside_number(tokens, k):
            return False
        if t.low in _WIDER or t.low == "country":
            return True
    return False


_WIDER = frozenset({"nationwide", "countrywide", "abroad", "elsewhere"})


_SITES_REACH = 10  # tokens: "rallies took place at 151 sites in Hessgar and"
_SITE_WORDS = frozenset({"sites", "locations", "places", "venues", "points", "spots"})


def _place_having(tokens: Sequence[Token], qi: int) -> str | None:
    """'Nigeria had eight deaths', 'while Liberia has 7,830': a known place that has it."""
    if qi < 2 or tokens[qi - 1].low not in HAVING_VERBS or not tokens[qi - 2].is_capitalised:
        return None
    name = _name_ending(tokens, qi - 2)
    before = qi - 2 - len(name.split()) if name else -1
    if (
        name is not None
        and _is_place_name(name)
        and (before < 0 or tokens[before].text == "," or tokens[before].low in _LIST_JOINS)
    ):
        return name
    return None


def _place_with(tokens: Sequence[Token], qi: int) -> str | None:
    """'followed by Balochistan with 336 deaths', and with a comma before 'with': 'D.C.
    was followed by Los Angeles, with 450,000, and then New York, with 400,000'."""
    if qi < 2 or tokens[qi - 1].low != "with":
        return None
    if tokens[qi - 2].is_capitalised:
        name = _name_ending(tokens, qi - 2)
        if name is not None and _is_place_name(name):
            before = qi - 2 - len(name.split())
            if before < 0 or tokens[before].low in ("by", "and", ",", "in"):
                return name
    if qi >= 3 and tokens[qi - 2].text == "," and tokens[qi - 3].is_capitalised:
        name = _name_ending(tokens, qi - 3)
        before = qi - 3 - len(name.split()) if name else -1
        if name is not None and before >= 0 and tokens[before].low in ROW_NAME_BEFORE:
            return name  # "The hardest-hit towns were Rionegro, with 198 dead, and La Ceja"
    return None


# what stands before a row's name in a list of "Name, with N": "followed by", "and then",
# "were Rionegro, with 198 dead, and La Ceja, with 151" (not "The dead included Ahmed
# Musa, with 4 of his children": a person and those with him)
ROW_NAME_BEFORE = frozenset({"by", "then", "and", "were", "are"})


def _place_where(tokens: Sequence[Token], qi: int) -> str | None:
    """'in Sindh, where 792 people were killed', 'arrested in Seattle, where 120,000
    marched' (a place the lexicon need not know, never a time: 'in March, where'), and
    'Sindh was the worst-hit province, where 792 ...' (the sentence's opening name)."""
    for w in range(qi - 1, max(0, qi - _WHERE_REACH), -1):
        if tokens[w].low != "where" or tokens[w - 1].text != ",":
            continue
        end = w - 2
        if end >= 3 and tokens[end].text == ")" and tokens[end - 2].text == "(":
            end -= 3  # "the Aldric Teaching Hospital (ATH), where": the name before
        kind = ""
        if (
            end >= 2  # a name before it, not a sentence's first word ("Three provinces")
            and tokens[end].low in _ONE_PLACE_KINDS
            and tokens[end - 1].is_capitalised
        ):
            kind = f" {tokens[end].text}"  # "in Valtera province, where 31 ..."
            end -= 1
        if end >= 0 and tokens[end].is_capitalised and tokens[end].is_word:
            name = _name_ending(tokens, end)
            named_from = end + 1 - len(name.split()) if name else 0
            if _is_place_name(name) or (kind and name is not None and named_from > 0):
                return f"{name}{kind}"  # a place by the lexicon, or by its kind's noun
            if (
                name is not None
                and name.split()[-1].lower() in FACILITY_HEADS
                # (not "outside Marrow General Hospital, where officials said 45 had
                # died", "flown to Harlow Military Hospital, where officials said 23 had
                # been killed in the ambush": a statement given there of a toll anywhere)
                and not any(t.low in SPEECH_VERBS for t in tokens[w + 1 : qi])
            ):
                return name  # "the Aldric Teaching Hospital, where staff have treated"
            at = named_from - 1
            if (
                name is not None
                and at >= 0
                and tokens[at].low in ("in", "at")
                and name.lower() not in MONTHS
                and name.lower() not in WEEKDAYS
            ):
                return f"{name}{kind}"
            return None
        k = 0  # the opening name, at most four words
        while k < min(w, 4) and tokens[k].is_capitalised and tokens[k].is_word:
            k += 1
        first = " ".join(t.text for t in tokens[:k])
        if k and k < w and tokens[k].low in _COPULAS and _is_place_name(first):
            return first
        return None
    return None


# the nouns of one place's kind: "Valtera province" (not "provinces", many places)
_ONE_PLACE_KINDS = frozenset({"province", "state", "region", "district", "county", "city"})
_AT_REACH = 6  # tokens between the counted and "at", a hedge included (BE_THERE_WORDS)
_VENUE_REACH = 6  # tokens from "at" to the gathering: "at the Route 91 Harvest festival"


def _lives_taken(tokens: Sequence[Token], qi: int, head: str | None) -> bool:
    """'took five more lives', 'claimed 40 lives': a verb that takes lives governs the
    figure ("5,000 lives were saved" are not the dead)."""
    return head == "lives" and any(t.low in LIVES_LOST_VERBS for t in tokens[max(0, qi - 2) : qi])


def _at_a_gathering(tokens: Sequence[Token], qi: int, after: int) -> bool:
    """'There were an estimated 22,000 people at the concert', 'thousands were at the
    memorial': people a gathering holds are its crowd, where the sentence says no more of
    them than that they were there ("Three people at the match were stabbed" says more)."""
    there_were = qi >= 2 and [t.low for t in tokens[qi - 2 : qi]] in (
        ["there", "were"],
        ["there", "was"],
    )
    k = after
    while k < len(tokens) and k < after + _AT_REACH and tokens[k].low in BE_THERE_WORDS:
        k += 1
    if k >= len(tokens) or tokens[k].low != "at" or not (there_were or k > after):
        return False
    for m in range(k + 1, min(len(tokens), k + 1 + _VENUE_REACH)):
        t = tokens[m]
        if t.low in CROWD_VENUES:
            # the venue ends the clause: nothing befalls them after it
            return (
                m + 1 >= len(tokens)
                or not tokens[m + 1].is_word
                or tokens[m + 1].low in AFTER_A_VENUE
            )
        if not t.is_word:
            return False
    return False


# tokens from the figure back to "the march in X", "The death toll in West Bengal due to
# the devastating Cyclone Amphan rose to 86"
_OPENING_PLACE_REACH = 14


def _gathering_place(tokens: Sequence[Token], qi: int) -> str | None:
    """'The march in Austin, Texas, drew some 50,000', 'the rally in Lyon attracted
    12,000', 'The death toll in West Bengal rose to 86': the place of the gathering or
    tally the figure's clause opens with (a month is no place: "the march in March")."""
    for k in range(qi - 1, max(0, qi - _OPENING_PLACE_REACH), -1):
        t = tokens[k]
        if t.text[0].isdigit() or t.low in CLAUSE_BREAKERS or t.text in HARD_BREAK:
            return None
        if t.low not in ("in", "at") or k + 1 >= qi:
            continue
        if t.low == "at":
            # "The toll at Hanifa Memorial Hospital had reached four": one hospital's (in
            # the toll's own clause: not "..., and rescuers said 30 were missing")
            if tokens[k - 1].low in TALLY_PLACE_HEADS and not any(
                x.text in (",", ";") or x.low == "and" or x.low in SPEECH_VERBS
                for x in tokens[k:qi]
            ):
                name = _tally_place(tokens, k)
                if name is not None and name.split()[-1].lower() in FACILITY_HEADS:
                    return name
            continue
        if tokens[k - 1].low in GATHERING_NOUNS:
            name = _name_starting(tokens, k + 1)
            if name is not None and not _is_time_name(name):
                return name
            return None
        if tokens[k - 1].low in TALLY_PLACE_HEADS or _tally_from_a_named_event(tokens, k):
            # "110 dead in western Germany, Belgium, several missing": another figure's
            # own noun and place, no tally this figure is the value of
            own_noun = k >= 2 and _starts_figure(tokens[k - 2])
            return None if own_noun else _tally_place(tokens, k)
    return None


def _tally_from_a_named_event(tokens: Sequence[Token], k: int) -> bool:
    """'Death toll from Typhoon Tarsin in Dalvany climbs to 109': the tally's place comes
    after the event's name."""
    j = k - 1
    while j > k - 1 - _EVENT_NAME_WORDS and j >= 0 and tokens[j].is_capitalised:
        j -= 1
    return (
        j < k - 1 and j >= 1 and tokens[j].low == "from" and tokens[j - 1].low in TALLY_PLACE_HEADS
    )


_EVENT_NAME_WORDS = 4


# What follows the place of a tally in its own clause: its verb ("The death toll in Texas
# reached 104", "has risen"), a cause or a time ("in West Bengal due to ..."), a break. A
# noun after the name is the event's ("in the Wayanad landslides", "in northern Greece
# train accident"): the name describes the event, it scopes no part of it.
_AFTER_A_TALLY_PLACE = TOLL_VERBS | AUXILIARIES | AFTER_A_TALLY_PLACE


def _tally_place(tokens: Sequence[Token], k: int) -> str | None:
    """'The death toll in West Bengal rose to 86': the place after "in", where its own
    clause goes on with the tally's verb; not a name that describes the event ("Death
    toll in NZ mosque shootings", a title-case "Death Toll In Texas Floods Hits 104")."""
    name = _place_from(tokens, k)
    if not name or name[-2:] in ("'s", "’s"):
        return None
    words = name.split()
    acronym = len(words) == 1 and name.isupper() and not _is_place_name(name)
    if words[0] in STORM_TITLES or acronym:
        return None  # "The death toll in Hurricane Ian", "Deaths in ICU": no place
    last = next(
        (
            j
            for j in range(k + 1, min(len(tokens), k + len(words) + 5))
            if tokens[j].text == words[-1]
        ),
        None,
    )
    if last is None or last + 1 >= len(tokens):
        return None
    after = tokens[last + 1]
    if after.is_word and after.low not in _AFTER_A_TALLY_PLACE:
        return None
    return name


def _name_starting(tokens: Sequence[Token], k: int) -> str | None:
    """The capitalised words starting at token ``k`` (at most four)."""
    words: list[str] = []
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capitalised and len(words) < 4:
        words.append(tokens[k].text)
        k += 1
    return " ".join(words) or None


def _is_place_name(name: str | None) -> bool:
    """A country, region or city the lexicon knows ("Protesters", "It" are none)."""
    return name is not None and name.lower() in KNOWN_PLACES


def _name_ending(tokens: Sequence[Token], k: int) -> str | None:
    """The capitalised words ending at token ``k`` (at most four)."""
    words: list[str] = []
    while k >= 0 and tokens[k].is_word and tokens[k].is_capitalised and len(words) < 4:
        words.append(tokens[k].text)
        k -= 1
    return " ".join(reversed(words)) or None


def _agent_scope(tokens: Sequence[Token], cue: int | None, qi: int) -> str | None:
    """'security forces ... killed at least 10 people': killed by security forces."""
    if cue is None or cue >= qi:
        return None
    # police arresting people is the ordinary case of a detention, not a scope of it;
    # security forces killing or wounding people is what a reader must see apart
    if _category_of(tokens, cue) not in (Category.KILLED, Category.INJURED):
        return None
    hit = cue_at(tokens, cue)
    phrase = " ".join(t.low for t in tokens[cue : cue + hit[1]]) if hit else tokens[cue].low
    if phrase in TALLY_NOUNS:
        return None  # "police raise the death toll to 79": the police count, not kill
    if tokens[cue - 1].low in AUXILIARIES and not tokens[cue].low.endswith("ing"):
        return None  # "30 soldiers were killed, up from 12": the soldiers died
    window = {t.low for t in tokens[max(0, cue - 8) : cue]}
    if window & _SECURITY_AGENTS and (
        "forces" in window or "police" in window or "troops" in window or "soldiers" in window
    ):
        return "by security forces"
    return None


# Words of a measure that may stand between a figure and its noun: "two 6.3 magnitude
# earthquakes", "three 40-tonne trucks"


def _second_day(tokens: Sequence[Token], qi: int, q: Quantity) -> bool:
    """'August 5 and 6', 'July 16 to 20': the second day of a month's span."""
    qj = token_index(tokens, q.end)
    return (
        qi >= 3
        and q.value is not None
        and q.value <= 31
        and tokens[qi - 1].low in ("and", "to", "-", "–", "through", "until")
        and tokens[qi - 2].text.isdigit()
        and tokens[qi - 3].low in MONTHS
        # "on March 3 and 12 people were injured": a count with its noun
        and (qj >= len(tokens) or not tokens[qj].is_word or tokens[qj].low in MONTHS)
    )


def _after_out_of(tokens: Sequence[Token], qi: int) -> bool:
    """The figure at ``qi`` follows "out of" (or "out of the")."""
    k = qi - 1 if qi > 0 and tokens[qi - 1].low == "the" else qi
    return k >= 2 and tokens[k - 2].low == "out" and tokens[k - 1].low == "of"


def _past_a_measure(tokens: Sequence[Token], j: int) -> int:
    """Where a figure's noun starts: after "6.3 magnitude" in "Two 6.3 magnitude
    earthquakes" (a measure between a figure and what it counts), else at ``j``."""
    k = j
    while k < len(tokens) and k - j < 4 and (tokens[k].text[0].isdigit() or tokens[k].text in ".,"):
        k += 1
    return k + 1 if k > j and k < len(tokens) and tokens[k].low in MEASURE_WORDS else j


def find_in_sentence(
    tokens: list[Token],
    counts: Sequence[Quantity],
    *,
    epidemic: bool = False,
    illness_harms: bool = False,
    new_lines: Sequence[int] = (),
) -> list[Found]:
    """What each count of the sentence counts; ``epidemic``: the article is about a
    disease, so its cases are people; ``illness_harms``: it names no disease nor
    outbreak, so those who fell ill were harmed by its event (a gas leak, a heatwave,
    poisoned liquor); ``new_lines``: the indexes of tokens that open a
    line with a capital, in order (a headline's figure does not count the dateline under
    it: "... rises to 359 / Colombo (AFP): ...")."""
    found: list[Found] = []
    count_at = frozenset(token_index(tokens, q.start) for q in counts)
    # the sentence's last figure with a category, for 'in eight countries, up from 4,960'
    last_counted: Found | None = None
    # "Franco Patino (age 21), Axel Acosta (21)": the sentence gives ages in brackets
    ages_in_brackets = any(a.text == "(" and b.low in _AGE_LABELS for a, b in pairwise(tokens))
    # "In a typical week there are about 4,300 deaths": a clause that tells a baseline
    usual_at = _ordinary_periods(tokens)
    for q in counts:
        qi = token_index(tokens, q.start)
        qj = token_index(tokens, q.end)
        if _second_day(tokens, qi, q):
            continue  # "killed on August 5 and 6": a day, no count
        if q.value == 1 and qi > 0 and tokens[qi - 1].low == "not":
            continue  # "so that not one body is left behind": none, no count of one
        if _a_nations_whole(tokens, qi, qj, q.value):
            continue  # "3 million people out of the 24.3 million Valderans": a baseline
        if _a_total_of_things(tokens, qi, epidemic=epidemic):
            continue  # "Registered arson cases now total 5090": what the cases total
        if (
            qi > 0
            and qj + 1 < len(tokens)
            and tokens[qi - 1].text == "("
            and tokens[qj].text == ")"
            and tokens[qj + 1].is_word
            and not (qi > 1 and tokens[qi - 2].is_capitalised)
        ):
            # "(581) people are now confirmed killed": a figure set in brackets ("Punjab
            # (167)" is a breakdown's row)
            qj += 1
        line_end = bisect_left(new_lines, qj)
        line_stop = new_lines[line_end] if line_end < len(new_lines) else len(tokens)
        subj_words, after = _parse_subject(tokens, _past_a_measure(tokens, qj), line_stop)
        if [t.low for t in tokens[qj : qj + 3]] == ["the", "number", "of"]:
            # "taking to 35 the number of minors known to have died": the count named
            # after its figure
            subj_words, after = _parse_subject(tokens, qj + 3, line_stop)
        if (
            subj_words
            and subj_words[-1].low in INSTANCE_NOUNS
            and (act := _act_after(tokens, after)) is not None
        ):
            # "32 cases of abductions", "627 incidents of arbitrary arrest": each instance
            # befell one person, so the act counts people
            subj_words, after = [], act
        left = _left_cue(tokens, qi)
        if left is not None and subj_words and _after_out_of(tokens, qi):
            # "1,926 deaths out of 37,418 cases", "died out of the 40 aboard": the whole's
            # own noun says what it counts
            left = None
        closer = tuple(t.low for t in tokens[qj : qj + 2])
        # "174 of whom were rescued": the verb after the partitive names the category
        if (
            after + 1 < len(tokens)
            and tokens[after].low == "from"
            and tokens[after + 1].is_capitalised
        ):
            after = _past_a_name_list(tokens, after + 1)  # "men and women from Germany, ..."
        elif (
            any(w.low == "from" for w in subj_words)
            and (listed := _past_a_name_list(tokens, after)) > after
        ):
            # "people from Germany, Australia and China": from several places, no one's
            cut = next(k for k, w in enumerate(subj_words) if w.low == "from")
            subj_words, after = subj_words[:cut], listed
        right = _right_cue(tokens, qj + 2 if closer in PART_CLOSERS else after)
        if right is None and _held_right_after(tokens, qi, after):
            right = after  # "3,600 people held during clashes", "1,200 held over protest"
        if (
            right is not None
            and (right - after <= 1 or closer[0] == "of")
            and not _whole_of_a_part(tokens, qi)
            and (hit := cue_at(tokens, right)) is not None
            and (standing := _standing_after(tokens, right + hit[1])) is not None
        ):
            # "Some 12 aid workers kidnapped in March remain missing": who they were,
            # then where they stand now (not the whole's, "21 of the 1,100 people taken
            # hostage remain unaccounted for")
            right = standing
        if (
            right is not None
            and closer in PART_CLOSERS
            and qj + 2 < len(tokens)
            and tokens[qj + 2].low in ("who", "that")
            and _dies_after(tokens, right + 1)
        ):
            # "Six of those who had been hospitalized died Sunday": the relative clause
            # says who the whole were, the verb after it what befell the part
            right = _right_cue(tokens, right + 1)
        elif (
            right is not None
            and (fate := _later_death(tokens, right)) is not None
            and any(t.low in ("who", "being") for t in tokens[qj:fate])
        ):
            # "two who were in hospital have also died", "two of the patients being
            # treated in hospitals were confirmed dead": who they were, then their fate
            right = fate
        elif right is not None and (harmed := _harm_after_survival(tokens, qj, right)) is not None:
            # "Sixty-nine people who survived the disaster are being treated at
            # hospitals": who they are, then what befell them
            right = harmed
        subj_words, after, right = _the_counted_peoples_verb(tokens, subj_words, after, right)
        head = _head_of(subj_words)
        # "All 40 killed were Americans"; "Most of the 60 victims were women" says who most
        # of them were
        whole_named = not (qi > 0 and tokens[qi - 1].low == "all") and not _a_share_of(tokens, qi)
        if (
            (head in _BARE_PEOPLE or not subj_words)  # "Of the 30 dead, five were Thais"
            and whole_named
            and (named := _nationality_predicate(tokens, after))
        ):
            subj_words, head = named, _head_of(named)  # "173 people ... were South Koreans"
        # "among them 27 victims were children": the victims' category, the children's name
        was_group = (
            _group_predicate(tokens, after)
            if head in _BARE_PEOPLE | _HARMED_NOUNS and whole_named
            else None
        )
        # "30 dead people", "two injured workers": the adjective is the category
        fated = len(subj_words) > 1 and subj_words[0].low in FATE_ADJECTIVES
        category: Category | None = None
        cue_index: int | None = None
        label = _label_row(tokens, qi, qj=qj)
        same_count_as: str | None = None  # the subject of the figure this one is compared to
        if label is not None:
            cue_index = label
            # the words after the figure are the next row's: "People killed: 602
            # People injured: 1,641" when a page's lines were joined
            first = _label_start(tokens, label)
            subj_words = [] if tokens[label].low in NOUN_CATEGORIES else tokens[first:label]
            if subj_words and not any(_names_people_in_a_label(w) for w in subj_words):
                subj_words = []  # "Korvath arrest: 1.2K held": whose arrest, not who
            head = _head_of(subj_words)  # "People killed: 602", not "Deaths: 8"
        elif head is None and _label_row(tokens, qi, heads=CASE_NOUNS) is not None:
            subj_words = tokens[_label_start(tokens, qi - 2) : qi - 1]  # "Cholera cases: 7"
            head = _head_of(subj_words)
        elif (
            len(subj_words) == 1
            and subj_words[0] is tokens[qj]
            and tokens[qj].low in FATE_ADJECTIVES
            and left is not None
            and tokens[left[0]].low in _TALLY_HEADS
        ):
            # "bringing the toll to at least 170 wounded", "the toll rose to 170 injured
            # and 12 dead": the word right after the figure names what the toll counts
            cue_index = qj
        elif (
            left is not None
            and left[1]
            and not (
                (head in CATEGORY_HEADS or fated) and tokens[left[0]].low in RELATION_CUE_WORDS
            )
        ):
            # (a verb that relates a count yields to its noun: "Belgium accounted for 36
            # deaths"; one that acts on the counted does not: "released 1,000 detainees")
            cue_index = left[0]
        elif (
            fated
            and FATE_ADJECTIVES[subj_words[0].low] is Category.INJURED
            and right is not None
            and tokens[right].low in _VERBS_OF_DEATH
        ):
            # "four injured people, including the driver, died of their burns": who they
            # were, then their death
            cue_index = right
        elif head in CATEGORY_HEADS or fated or _lives_taken(tokens, qi, head):
            # "1,492 injured and 800 people arrested": the noun is the category, and so is
            # the adjective in "30 dead people and two injured"; "took five more lives ...
            # and injured 11": the lives are the dead
            pass
        elif (toll := _toll_reached(tokens, qi, q, count_at, head, left)) is not None:
            # "The death toll from ... has soared to at least 320 people, with hundreds
            # more injured": the toll the figure is the value of, not the next clause's cue
            cue_index = toll
        elif right is not None:
            cue_index = right
        elif left is not None:
            cue_index = left[0]
        if cue_index is None and head is None:
            cue_index = _total_far_left(tokens, qi, q, count_at)
        if cue_index is None and head is None and qi > 0 and tokens[qi - 1].low in _NUMBER_LINKS:
            # "put the number of protesters at 100,000", "the number of protesters was
            # 470,000", "Number of protesters in Chicago: 250,000"
            cue_index = _noun_after_number(tokens, qi)
        if cue_index is not None:
            category = _category_of(tokens, cue_index)
        elif fated:
            category = FATE_ADJECTIVES[subj_words[0].low]
        elif (adjective := _participle_in(tokens, qj, after)) is not None:
            # "200,000 displaced families", "12 wounded soldiers" (what befell the
            # soldiers, not soldiers deployed)
            category = adjective
        elif head is not None and head in NOUN_CATEGORIES:
            category = NOUN_CATEGORIES[head]
        elif (joined := _coordinated_category(subj_words)) is not None:
            category = joined  # "2.4 million Venezuelan refugees and migrants"
        if was_group is not None:
            subj_words, head = [was_group], was_group.low
        if (
            len(subj_words) > 1
            and subj_words[-1].low == "hostage"
            and category in (None, Category.OTHER)
        ):
            # "holding 210 people hostage", "took 30 staff hostage": captives, as
            # "hostages" are (the kind reader names them abducted)
            subj_words, category = subj_words[:-1], Category.DETAINED
            head = _head_of(subj_words)
        if (
            category is Category.DISPLACED
            # the noun says so ("migrants and refugees"), no verb ("who fled")
            and (cue_index is None or tokens[cue_index].low in NOUN_CATEGORIES)
            and qi > 0
            and tokens[qi - 1].low in ("carrying", "carried")
        ):
            # "a boat carrying 110 refugees": a vessel's load, people aboard (read so by
            # the counted kind), not people this event drove from their homes
            category = Category.OTHER
        if (
            category is Category.DISPLACED
            and cue_index is not None
            and head is not None
            and NOUN_CATEGORIES.get(head) is Category.PARTICIPANTS
            and _cue_phrase(tokens, cue_index) in FLOW_CUES
            # (not those "fleeing the fighting", who came "to escape")
            and not any(t.low.startswith(_FLIGHT_STEMS) for t in tokens)
        ):
            category = Category.PARTICIPANTS  # "1.8 million worshippers who have streamed into"
        if (
            category is Category.INJURED
            and cue_index is not None
            and tokens[cue_index].low == "shot"
        ):
            category = _what_the_shot_did(tokens, cue_index, qi, qj, after, head, count_at)
        if category is None and qi > 0 and tokens[qi - 1].low == "lost" and (head in KIN_NOUNS):
            category = Category.KILLED  # "who lost nine family members"
        if (
            category is Category.KILLED
            and head in _HARMED_NOUNS
            and after + 1 < len(tokens)
            and tokens[after].low == "of"
            and tokens[after + 1].low in NONLETHAL_HARMS
            # the noun alone said so: not "39 victims of trafficking were found dead"
            and (cue_index is None or cue_index < qi)
        ):
            category = Category.OTHER  # "52 victims of abuses", "40 victims of torture"
        if (
            category is Category.KILLED
            and head in _HARMED_NOUNS
            # the noun alone said so (not "Gunmen killed 30 victims ..., survivors
            # interviewed by reporters said")
            and (cue_index is None or tokens[cue_index].low in _HARMED_NOUNS)
            and _interviewed_after(tokens, qj)
        ):
            # "176 victims, witnesses, rights campaigners and police officers were
            # interviewed for the study": those a study heard, no toll
            category = Category.OTHER
        if category is Category.MISSING and _presumed_dead(
            tokens, cue_index if cue_index is not None and cue_index > qi else qj
        ):
            category = Category.KILLED  # "58 missing, presumed dead": the toll's count
        partitive = False
        among = _among_after(tokens, after)
        if among is not None:
            category, partitive = among, True  # "19 nationals are among the dead"
        part_hit = _PARTITIVES.starting_at(tokens, qj) if qj < len(tokens) else None
        if part_hit is not None:
            # "14 of the dead were children": the total names the category, the
            # predicate names who
            category, length = part_hit
            partitive = True
            k = qj + length
            if k < len(tokens) and tokens[k].low in ("were", "are", "was"):
                subj_words, _ = _parse_subject(tokens, k + 1, len(tokens))
                head = _head_of(subj_words)
            if not subj_words and tokens[k - 1].low in _LIVING_NOUNS:
                subj_words = [tokens[k - 1]]  # "Two of the suspects were nabbed": suspects
                head = _head_of(subj_words)
            if category is not Category.KILLED and _dies_after(tokens, k):
                # "46 of those injured in the blast have died in hospital": the part's own
                # fate, a later one than the whole's
                category = Category.KILLED
        elif (
            (category is None or (cue_index is not None and cue_index > qj))
            and (earlier := last_counted) is not None
            and _follows_change(tokens, qi, qj)
        ):
            # "29,770 remained missing, down from 33,416, the report said adding that the
            # number of injured went to 1,403": the earlier figure of the same count, not
            # of the next clause's
            # "has risen to 63, up from 38": the same fact's earlier figure
            category = earlier.category
            if not subj_words and not _others_named_after(tokens, qj):
                same_count_as = earlier.subject  # "35 Spanish victims, lower than the 49"
            subj_words = []
            head = earlier.subject_head
        elif (
            category is None
            and head is None
            and last_counted is not None
            and _bare_total_before(tokens, qi)
        ):
            # "11 more dead due to 'Odette;' total at 378": the total of the count before
            category = last_counted.category
            head = last_counted.subject_head
        if (
            head is None
            and not subj_words
            and same_count_as is None
            and last_counted is not None
            and category is last_counted.category
            and _follows_change(tokens, qi, qj)
        ):
            # "About 30 soldiers were killed, up from 12": the soldiers' earlier figure
            same_count_as, head = last_counted.subject, last_counted.subject_head
        if (
            head is None
            # a part, or a row after another figure of its clause (not "Five were
            # women." alone, which counts no one in the event, nor "...; officials said
            # 12 were children", whose clause names no fate)
            and (_after_a_figure_of_its_clause(tokens, found, qi) or _in_partitive(tokens, qi))
            and (named := _predicate_people(tokens, qj)) is not None
        ):
            # "of whom 97 were women", "33 were male and 11 were female": who it counts
            subj_words = named
            head = _head_of(subj_words)
        # "of them" points back to the count before; in "129 flats ... 106 of those"
        # to a thing counted in the same sentence, which is no count of people
        of_them = of_them_after(tokens, qj) and not any(t.text[0].isdigit() for t in tokens[:qi])
        if of_them and (noun := _noun_counted_in_apposition(tokens, qi, qj)) is not None:
            # "The survivors, about 12 of them, were taken to hospital": the noun before
            # the comma is what the figure counts, no count before it
            of_them, subj_words, head = False, [tokens[noun]], tokens[noun].low
            if category is None:
                category = NOUN_CATEGORIES.get(head)
        if of_them:
            partitive = True  # "More than a hundred of them face death sentences"
        if (
            qi > 0
            and tokens[qi - 1].low == "the"
            and qj < len(tokens)
            and tokens[qj].low in REMAINDER_WORDS
        ):
            # "The three other people died of medical emergencies" after "Four people
            # died": the rest of a count given before ("two others died" adds to it)
            partitive = True
        # "the 537,000 figure given at the weekend": the count named before, at another time
        named_figure = bool(subj_words) and subj_words[0].low in BACK_REFERENCE_NOUNS
        if named_figure:
            subj_words, head = [], None
        # a count goes on in whole numbers: "the USGS said it was 5.9" is a magnitude
        whole = q.value is None or (float(q.value).is_integer() and _DECIMAL.search(q.text) is None)
        refers_back = (
            category is None
            and whole
            # "Officials counted 412 cases": cases of their own, not the toll before
            and (of_them or named_figure or (head not in CASE_NOUNS and _refers_back(tokens, qi)))
        )
        if category is None and not refers_back and found and _rises_on(tokens, qi, found[-1]):
            # "rose to 23 and later to 29", "corrected upwards to 23 and soon afterwards to
            # 29": the same count's next value
            category, refers_back = found[-1].category, found[-1].refers_back
            cue_index = found[-1].cue_index
        if head in ELIDED_HEADS:
            subj_words, head = [], None  # "76 others injured": people, as before
        if (
            not subj_words
            and [t.low for t in tokens[max(0, qi - 2) : qi]] != ["all", "but"]
            and (named := _predicate_after_whole(tokens, qj, count_at)) is not None
        ):
            # "Some 38 of the 84 people killed ... were foreigners": who the part is
            subj_words = named
            head = _head_of(subj_words)
        subject = _subject_text(subj_words) or same_count_as
        if (
            subject is None
            and cue_index is not None
            and _nationals_named_left(tokens, cue_index, qi)
        ):
            # "raise number of Spanish victims in the crash to 51": the Spanish among the
            # dead, as "49 Spanish victims" would say
            subj_words = tokens[cue_index - 1 : cue_index + 1]
            subject = _subject_text(subj_words)
        if subject is None and category in FATE_CATEGORIES:
            group = _tally_group(tokens, qi, category)
            if group is not None:
                # "The number of protesters killed rose to 40", "toll of Aurentians in the
                # crash has fallen to 47": whom the tally counts
                subj_words, subject = group, _subject_text(group)
                head = _head_of(group)
        if subject is None and cue_index is not None and cue_index > qi:
            # "dozens have been killed, including citizens and police"
            k = cue_index + 1
            while k < len(tokens) and tokens[k].low in (",", "including"):
                k += 1
            if k > cue_index + 1 and tokens[k - 1].low == "including":
                words, _ = _parse_subject(tokens, k, len(tokens))
                subject = _subject_text(words)
                head = _head_of(words) or head
        scope = _place_after(
            tokens,
            # a fact sheet's row names its place in its label: "Arrests in Los Angeles: 0
            # Protesters in Chicago: ..." (the words after the figure are the next row's)
            (cue_index + 1)
            if cue_index is not None and (cue_index > qi or label is not None)
            else after,
        )
        if scope is None and len(subj_words) > 2 and _out_of_a_place(subj_words, 0):
            # "480 out of state deaths": the dead outside the state, a part of its toll
            scope = " ".join(t.low for t in subj_words[:3])
        scope = (
            scope
            or _place_before(tokens, qi)
            or _agent_scope(tokens, cue_index, qi)
            or _incident_site(tokens, after)
            or _one_family(tokens, qi, head, q.value)
        )
        if (
            category is not None
            and category is not Category.OTHER
            and qi >= 2
            and [t.low for t in tokens[qi - 2 : qi]] == ["all", "but"]
            and not (qj < len(tokens) and tokens[qj].low == "of")
        ):
            # "with all but two people on board killed": the two were spared what the verb
            # says befell the rest
            category, cue_index = Category.OTHER, None
        elif (
            category is Category.OTHER
            and cue_index is not None
            and qi >= 2
            and [t.low for t in tokens[qi - 2 : qi]] == ["all", "but"]
            and [t.low for t in tokens[cue_index : cue_index + 2]] == ["accounted", "for"]
        ):
            # "all but 16 people had been accounted for": the 16 are the missing
            category = Category.MISSING
        elif (
            category is Category.OTHER
            and qi >= 2
            and [t.low for t in tokens[qi - 2 : qi]] == ["all", "but"]
            and _survived_after(tokens, qj)
        ):
            # "All but 20 of the 300 people on board survived": the 20 did not
            category, cue_index = Category.KILLED, None
        elif category in (None, Category.OTHER) and _driven_from_homes(tokens, qi, after):
            category, cue_index = Category.DISPLACED, None  # "drove thousands from their homes"
        elif NOUN_CATEGORIES.get(head or "") is not Category.TROOPS and _over_a_border(
            # (a verb's "sent" troops: "sent 70,000 Tarsi running into Varnia")
            tokens,
            qi,
            after,
            moved_after=category in (None, Category.OTHER, Category.TROOPS),
            head=head,
        ):
            # "has driven thousands across the border into Semiria as the number of dead
            # rose": refugees, whatever a later clause counts (not "killed 12 people
            # fleeing into Rafah": their fate is the verb before them; nor "pushed 5,000
            # soldiers across the border": forces)
            category, cue_index = Category.DISPLACED, None
        if category is Category.MISSING and _found_since(tokens, cue_index):
            category = Category.OTHER
        if (
            category in (None, Category.OTHER)
            and head in (None, "people", "persons", "fans", "spectators", "concertgoers")
            and _at_a_gathering(tokens, qi, after)
        ):
            # "There were an estimated 22,000 people at the concert"
            category = Category.PARTICIPANTS
        if category is Category.PARTICIPANTS and head in SECURITY_HEADS:
            category = Category.TROOPS  # "1,200 officers took part": forces deployed

        # "per 96 people" is a ratio; "a population of 220 million" a baseline: neither
        # counts people of the event
        # and "In one case, a man ..." is an instance, not a patient
        rate = (
            (qi > 0 and tokens[qi - 1].low in ("per", "every"))
            or _age_aside(tokens, qi, qj, q)
            or _in_list_of_ages(tokens, qi)
            or (ages_in_brackets and qi > 0 and tokens[qi - 1].text == "(")
            # "four people per square metre", "two doctors for every 1,000": a density
            or (
                after < len(tokens)
                and tokens[after].low in ("per", "a")
                and _unit_after(tokens, after)
            )
            or (_baseline(tokens, qi, head, category))
            or _in_ordinary_period(tokens, qi, usual_at)
            or (qi > 0 and tokens[qi - 1].low == "in" and head == "case")
            # "families of six and seven buried in one grave", "more than one body
            # each": the size of each, not a count of the event
            or _size_of_each(tokens, qi, qj)
        )
        cue_word = tokens[cue_index].low if cue_index is not None else None
        if (
            category is Category.INJURED
            and head in CAREGIVER_NOUNS
            and cue_word in CARE_VERBS
            and tokens[cue_index - 1].low not in AUXILIARIES  # type: ignore[operator]
            # "Five doctors treated for exposure": patients themselves
            and not (cue_index + 1 < len(tokens) and tokens[cue_index + 1].low == "for")  # type: ignore[operator]
        ):
            # "200 doctors treated the injured": who cared for them (not "two doctors were
            # treated for burns")
            category = Category.OTHER
        if illness_harms and category is Category.OTHER and cue_word in ILLNESS_CUE_WORDS:
            category = Category.INJURED  # "hundreds fell ill as gas escaped": harmed by it
        cases = epidemic and (head in CASE_NOUNS or (head is None and cue_word in CASE_NOUNS))
        if cases and (cue_index is None or cue_index > qi):
            # "103 suspected cases with 66 deaths": the deaths are counted apart
            category = Category.OTHER
        if not epidemic and cue_word in CASE_NOUNS:
            category, cue_index = None, None
        badly = (
            bool(found)
            and _how_badly(tokens, qj, subj_words)
            and category in (None, found[-1].category)
        )  # ("129 Dead, 99 Critically Injured": a count of its own)
        if badly and category is None:
            category = found[-1].category  # "Injured 1,153 (210 seriously)"
        if (
            category in (None, Category.OTHER)
            or (category is Category.DETAINED and _held_by_captors(tokens, qj))
        ) and _left_behind(tokens, qi, qj):
            category = Category.MISSING  # "troops freed all but nine of the schoolgirls"
        if head in PLACE_COUNT_NOUNS:
            category = None  # "Nationals of six states were among the victims": states
        alive = _said_alive(tokens, after)
        if alive:
            # "found 35 bodies and 13 people who were still alive": no fate befell them
            category = Category.OTHER
            # people only where "who" says so ("found 30 that were still alive" may be sheep)
            alive = tokens[after].low == "who"
        found.append(
            Found(
                q,
                qi,
                qj,
                category,
                cue_index,
                subject,
                head,
                scope,
                # "761 people were injured, 44 seriously": how badly, a part of the figure
                # before it
                len(found) - 1 if badly else None,
                partitive=partitive,
                rate=rate,
                refers_back=refers_back,
                cases=cases,
                alive=alive,
            )
        )
        if category is not None:
            last_counted = found[-1]
    return _victims_beside_the_dead(found, tokens)


# nouns of everyone an event harmed, read as the dead only where nothing else counts them
_HARMED_NOUNS = frozenset({"victims", "casualties"})


def _victims_beside_the_dead(found: list[Found], tokens: Sequence[Token]) -> list[Found]:
    """'the number of victims has reached 197 people, and 26 people have died': where the
    sentence counts the dead by a verb or noun of death, its "victims" are everyone
    harmed (the dead and the injured), another count."""
    if len(found) < 2:
        return found

    def by_victims(f: Found) -> bool:
        return (
            f.category is Category.KILLED
            and f.cue_index is not None
            and tokens[f.cue_index].low in _HARMED_NOUNS
        )

    def a_total_of_the_dead(f: Found) -> bool:
        # "26 people have died", not "two of the injured died", "6 more bodies"
        after = tokens[f.qj].low if f.qj < len(tokens) else ""
        return (
            f.category is Category.KILLED
            and not by_victims(f)
            and not f.partitive
            and f.part_of is None
            and after not in ("more", "of", "others", "other", "additional")
        )

    if not any(a_total_of_the_dead(f) for f in found):
        return found
    return [replace(f, category=Category.OTHER) if by_victims(f) else f for f in found]


def _how_badly(tokens: Sequence[Token], qj: int, subj_words: Sequence[Token]) -> bool:
    """A bare figure followed by how badly its counted were hurt: "44 seriously", "(210
    seriously)"."""
    return not subj_words and qj < len(tokens) and tokens[qj].low in SEVERITY_ADVERBS


_HOLDERS = frozenset(
    {
        "population",
        "country",
        "nation",
        "city",
        "town",
        "village",
        "province",
        "region",
        "state",
        "island",
        "district",
        "capital",
    }
)
# who belongs to a place, not who the event struck ("a workforce of 390"), unless the
# clause says what befell them ("the factory's workforce of 1,200 was evacuated")
_MEMBERS_OF = frozenset({"workforce", "enrolment", "enrollment", "membership"})
_RESIDENTS = frozenset({"people", "residents", "inhabitants", "persons"})
_BUILT_FOR = frozenset({"built", "designed"})  # not "aid meant for 40,000 displaced"
_VENUE_REACH = 8  # tokens back to the venue: "the Sarathi Stadium, which can hold"


_ACT_REACH = 3  # adjectives between "of" and the act: "of arbitrary police arrest"


def _act_after(tokens: Sequence[Token], j: int) -> int | None:
    """The act after "of" at token ``j`` ("cases of abduction"): its cue's index."""
    if j >= len(tokens) or tokens[j].low != "of":
        return None
    for k in range(j + 1, min(len(tokens), j + 2 + _ACT_REACH)):
        t = tokens[k]
        if cue_at(tokens, k) is not None:
            return k
        if not t.is_word or t.is_capitalised or t.text[0].isdigit() or t.low in FUNCTION_WORDS:
            return None  # "40 cases of Ebola and 12 deaths": the disease's cases
    return None


def _age_aside(tokens: Sequence[Token], qi: int, qj: int, q: Quantity) -> bool:
    """'The patient transporter, 55, had done his job': a person's age set off by commas
    after a word, not a count; and the age of several: "Mr Oskarov, along with Mr Dorn
    and Mr Abara, all 20, were detained"."""
    if qi >= 3 and tokens[qi - 1].low == "all" and tokens[qi - 2].text == ",":
        # after people named by their titles ("Mr Dorn and Mr Abara, all 20,"), not after a
        # group "all N" counts ("The crew of the Arvo Star, all 14,", "The three
        # families, all 18, were detained")
        named = tokens[max(0, qi - _ALL_AGED_REACH) : qi - 2]
        if not any(t.is_capitalised and t.low.rstrip(".") in HONORIFICS for t in named):
            return False
        qi -= 1
    return (
        qi >= 2
        and qj < len(tokens)
        and tokens[qi - 1].text == ","
        and tokens[qj].text == ","
        and tokens[qi - 2].is_word
        and not tokens[qi - 2].text[0].isdigit()
        and q.value is not None
        and q.qualifier is Qualifier.EXACT
        and q.value <= OLDEST_AGE
        and q.text.isdigit()
    )


_ALL_AGED_REACH = 12  # tokens back to a title: "Mr Oskarov, along with Mr Dorn and Mr Abara,"
_AGE_LABELS = frozenset({"ages", "aged", "age"})
_LIST_OF_AGES_REACH = 40  # tokens back over the list: "ages: 14, 16, 21, 21, 23, 23, 27"


def _in_list_of_ages(tokens: Sequence[Token], qi: int) -> bool:
    """'police released the victims' ages: 14, 16, 21, 21, 23': each figure of a list
    under "ages" or "aged" is an age, not a count ("A woman aged eighty and two children
    were killed": a figure with its own noun counts them)."""
    nxt = tokens[qi + 1] if qi + 1 < len(tokens) else None
    if (
        nxt is not None
        and nxt.is_word
        and nxt.low not in ("and", "or")
        and not nxt.text[0].isdigit()
    ):
        return False
    for k in range(qi - 1, max(-1, qi - _LIST_OF_AGES_REACH), -1):
        t = tokens[k]
        if (
            _starts_figure(t)  # "children aged eight, 12 and 13"
            or t.text in (",", ":", "-", "–")
            or t.low in ("and", "to")
        ):
            continue
        return t.low in _AGE_LABELS
    return False


def _unit_after(tokens: Sequence[Token], j: int) -> bool:
    """'per square metre', 'a square metre', 'per capita': a unit after "per" or "a"."""
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    return nxt in DENSITY_UNITS or (tokens[j].low == "per" and nxt in ("1,000", "100,000"))


def _baseline(
    tokens: Sequence[Token], qi: int, head: str | None, category: Category | None
) -> bool:
    """'a population of 220 million', 'a country of 15 million people', 'home to 350,000
    people', 'Buzi, with some 200,000 people': who lives there, not who the event struck."""
    before = tuple(t.low for t in tokens[max(0, qi - 2) : qi])
    if len(before) == 2 and before[1] == "of" and before[0] in _HOLDERS:
        return True
    if (len(before) == 2 and before[1] == "of" and before[0] in _MEMBERS_OF) or (
        before == ("body", "of") and qi >= 3 and tokens[qi - 3].low == "student"
    ):
        # "a student body of 742": the enrolment, no bodies
        return category in (None, Category.OTHER, Category.KILLED)
    if len(before) == 2 and before[1] == "for" and before[0] in _BUILT_FOR:
        return True  # "a prison built for 1,800 prisoners": its capacity
    if before in ROOM_BEFORE_A_FIGURE and any(
        t.low in VENUES_WITH_ROOM for t in tokens[max(0, qi - _VENUE_REACH) : qi]
    ):
        return True  # "the stadium can hold 42,000 people": seats, not the crowd
    if before == ("home", "to"):
        # "home to 600,000 Rohingya who fled": what befell them makes it a count
        return category in (None, Category.OTHER)
    # "..., with hundreds of people reported killed" is a count: its clause says what
    # befell them
    return (
        head in _RESIDENTS
        and category in (None, Category.OTHER)
        and qi >= 3
        and before == (",", "with")
        and tokens[qi - 3].is_capitalised
    )


def _in_partitive(tokens: Sequence[Token], qi: int) -> bool:
    """'of whom 97', 'Of those killed, 32': a figure counting part of a total."""
    at = _opener_at(tokens)
    return (qi >= 2 and (tokens[qi - 2].low, tokens[qi - 1].low) in PART_CLOSERS) or (
        at is not None and tokens[at].low in ("of", "among") and at < qi
    )


# categories a noun gives by who the counted are (vocab.FATE_CATEGORIES: by what befell)
_WHO_CATEGORIES = frozenset({Category.TROOPS, Category.PARTICIPANTS})


def _after_a_figure_of_its_clause(tokens: Sequence[Token], found: Sequence[Found], qi: int) -> bool:
    """Whether a figure of the same clause stands before ``qi``: no semicolon nor speech
    verb between ("31 killed; officials said 12 were children" starts a new clause)."""
    between = tokens[found[-1].qj : qi] if found else ()
    return bool(found) and not any(
        t.text == ";"
        # an active speech verb opens a statement ("officials said"); a passive one is
        # the count's own verb ("45 people were reported missing and 12 were children")
        or (t.low in SPEECH_VERBS and (k == 0 or between[k - 1].low not in AUXILIARIES))
        for k, t in enumerate(between)
    )


# adverbs between a copula and who they were: "11 were also female"
_COPULA_ADVERBS = frozenset({"also", "mostly", "mainly", "reportedly", "all", "both"})


def _predicate_people(tokens: Sequence[Token], qj: int) -> list[Token] | None:
    """'32 were children', 'of whom 97 were women', 'and 11 were female': a bare figure
    whose predicate names the people it counts (a sex, lexicon SEX_WORDS, names them as
    a noun does)."""
    if qj + 1 >= len(tokens) or tokens[qj].low not in ("were", "are"):
        return None
    if tokens[qj + 1].low in _COPULA_ADVERBS and qj + 2 < len(tokens):
        qj += 1
    nxt = tokens[qj + 1]
    hit = cue_at(tokens, qj + 1)
    # "4 were policemen" names who, as "were women" does; "4 were killed" what befell
    if (nxt.low not in HUMAN_NOUNS and nxt.low not in SEX_WORDS) or (
        hit is not None and hit[0] not in _WHO_CATEGORIES
    ):
        return None
    words, _ = _parse_subject(tokens, qj + 1, len(tokens))
    return words or None


_WHOLE_CLAUSE_REACH = 30  # tokens from a part's whole to the verb that says who the part is


def _predicate_after_whole(
    tokens: Sequence[Token], qj: int, count_at: frozenset[int]
) -> list[Token] | None:
    """'Some 38 of (the) 84 killed in Nice ... were foreigners': a bare figure whose whole
    is the next figure, and the sentence's predicate after the whole's clause names the
    people the part counts."""
    if qj + 1 >= len(tokens) or tokens[qj].low != "of":
        return None
    w = qj + 2 if tokens[qj + 1].low == "the" else qj + 1
    if w not in count_at:
        return None
    for k in range(w + 1, min(len(tokens), w + _WHOLE_CLAUSE_REACH)):
        if tokens[k].text in (",", ";", ":", "—", "–") or k in count_at:
            return None
        if tokens[k].low in RELATIVE_WORDS:
            return None  # "near a school where most pupils are girls": another clause's
        if tokens[k].low in ("were", "are"):
            return _predicate_people(tokens, k)
    return None


# "presumed dead" is an official finding; "feared dead" or "believed dead" still missing
_PRESUMED = frozenset({"presumed"})


_LATER_CUES = 3  # cues read past the first: "in hospital" ... "have also died"
# a clause of others' fate between: "injured as gunmen killed a police officer"
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "as", "when", "after", "while", "because"})
_MAIN_AUXILIARIES = AUXILIARIES | {"have", "has", "had"}


def _others_clause(between: Sequence[Token]) -> bool:
    """Whether a clause opened between two cues holds the later one as its own ("as
    gunmen killed an officer"), not closed by the main clause's auxiliary first ("as the
    shells fell have died")."""
    opened = next((k for k, t in enumerate(between) if t.low in _CLAUSE_OPENERS), None)
    if opened is None:
        return False
    # an auxiliary right after a relative pronoun is that clause's own ("as gunmen who
    # had stormed the hotel killed two guards")
    return not any(
        t.low in _MAIN_AUXILIARIES and between[m - 1].low not in ("who", "that", "which")
        for m, t in enumerate(between[opened + 1 :], start=opened + 1)
    )


_HARMS_AFTER = frozenset({Category.INJURED, Category.KILLED, Category.MISSING})


def _harm_after_survival(tokens: Sequence[Token], qj: int, cue: int) -> int | None:
    """The cue of a harm after a relative clause of survival that the first cue opens
    ("people who survived the disaster are being treated"), with the main clause's
    auxiliary between, or None."""
    hit = cue_at(tokens, cue)
    if (
        hit is None
        or hit[0] is not Category.OTHER
        or not any(t.low == "who" for t in tokens[qj:cue])
    ):
        return None
    later = _right_cue(tokens, cue + hit[1])
    if later is None:
        return None
    harm = cue_at(tokens, later)
    if harm is None or harm[0] not in _HARMS_AFTER:
        return None
    return later if any(t.low in AUXILIARIES for t in tokens[cue + hit[1] : later]) else None


def _later_death(tokens: Sequence[Token], cue: int) -> int | None:
    """A cue of death after the cue at ``cue`` in the same clause ("... have also died",
    "... were confirmed dead"), not in a relative clause of its own, or None."""
    k = cue
    for _ in range(_LATER_CUES):
        hit = cue_at(tokens, k)
        nxt = _right_cue(tokens, k + (hit[1] if hit else 1))
        if nxt is None or _others_clause(tokens[k + 1 : nxt]):
            return None
        if _category_of(tokens, nxt) is Category.KILLED:
            return nxt
        k = nxt
    return None


# Words between a counted noun and its own verb that leave the verb active: "40 gunmen
# reportedly killed", "have killed"
_ACTIVE_GAP = frozenset({"have", "has", "had", "also", "then", "later", "allegedly"})
# Nouns after a harm verb that say when, not whom: "five people injured the day before"
_TIME_OBJECTS = ELAPSED_TIME_NOUNS | frozenset(DAY_PARTS) | {
    "day", "nights", "week", "weekend", "previous", "following", "same", "next", "other",
}  # fmt: skip
# (not "his", "their": "Two hikers hurt their legs" hurt themselves)
_OBJECT_PRONOUNS = frozenset({"him", "them", "several", "dozens", "scores", "hundreds"})


# Verbs that say the counted themselves died (not "along with three bodies", another's)
_VERBS_OF_DEATH = frozenset({"died", "die", "dies", "succumbed", "perished"})
_FATAL_WORDS = frozenset({"killing", "killed", "fatally", "dead", "died", "death"})


def _interviewed_after(tokens: Sequence[Token], qj: int) -> bool:
    """Whether the clause after a figure says its people were interviewed or surveyed
    (before any other figure)."""
    window = tokens[qj : qj + _INTERVIEW_REACH]
    for k, t in enumerate(window):
        if t.text[:1].isdigit() or t.text in (";", ".") or t.low in _NOT_IN_A_LIST:
            return False  # ("19 victims of the crash after families were interviewed")
        if t.low in INTERVIEW_WORDS:
            # their verb, passive ("were interviewed"), not a participle after another
            # noun ("survivors interviewed by reporters said")
            return k > 0 and window[k - 1].low in ("were", "was", "been")
    return False


_INTERVIEW_REACH = 16  # tokens: a list of the kinds of people heard, then the verb
# words that end a list of the people counted before its verb: another clause or phrase
_NOT_IN_A_LIST = frozenset(
    "who which that after before when while as from of at in by for with to during".split()
)


def _what_the_shot_did(
    tokens: Sequence[Token],
    cue: int,
    qi: int,
    qj: int,
    after: int,
    head: str | None,
    count_at: frozenset[int],
) -> Category | None:
    """What "shot" at ``cue`` says of the figure at ``qi``: hit by gunfire, the injured
    ("15 dead, 89 shot"), unless the words say more."""
    if _not_hit_by_gunfire(tokens, cue, head):
        return None  # "a first shot of the vaccine", "cases shot up to 300": no gunfire
    if cue < qi and any(t.low == "dead" for t in tokens[qj : after + 1]):
        return Category.KILLED  # "Police shot 12 miners dead"
    for k in range(max(cue, qj) + 1, len(tokens)):
        if k in count_at and k != qi and not _of_them_after(tokens, k):
            # "40 were shot and 12 were shot dead": the dead are another figure's (not
            # "four of them fatally": a part of the shot)
            break
        if tokens[k].low in _FATAL_WORDS:
            if _their_own_death(tokens, k) and not any(m > k for m in count_at if m != qi):
                # "shot three people to death", "shot in the head and pronounced dead"
                return Category.KILLED
            # "A gunman shot 23 people, killing eight", "Twelve were shot, four of them
            # fatally", "none fatally", "before being killed by police": all who were hit
            return Category.OTHER
    if qi == 0 and head is None and qj < len(tokens) and tokens[qj].low in ("was", "were", "had"):
        # "Five people died ... One was shot by guards": a bare figure opening its
        # sentence tells on of people counted before; "shot" does not say they lived
        return None
    return Category.INJURED


def _their_own_death(tokens: Sequence[Token], k: int) -> bool:
    """'to death', 'pronounced dead': the death of those shot, said of them."""
    before = tokens[k - 1].low if k > 0 else ""
    return (tokens[k].low == "death" and before == "to") or (
        tokens[k].low == "dead" and before in ("pronounced", "declared", "confirmed", "found")
    )


def _of_them_after(tokens: Sequence[Token], k: int) -> bool:
    return [t.low for t in tokens[k + 1 : k + 3]] in (["of", "them"], ["of", "whom"])


def _not_hit_by_gunfire(tokens: Sequence[Token], k: int, head: str | None) -> bool:
    """'shot' at ``k`` as a noun ("a first shot of the vaccine", "booster shots") or in
    "shot up" (rose: "cases shot up to 300"; not "Soldiers shot up to 21 protesters",
    whose figure has its noun): no one hit."""
    before = tokens[k - 1].low if k > 0 else ""
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return (
        (after == "up" and head is None)
        or after == "of"
        or before in ("a", "first", "second", "booster", "one")
    )


def _the_counted_peoples_verb(
    tokens: Sequence[Token], subj_words: list[Token], after: int, right: int | None
) -> tuple[list[Token], int, int | None]:
    """The subject, its end and the right cue, once a harm verb right after the counted
    noun is read as theirs: dealt ("About 40 gunmen killed 12 villagers", "300 protesters
    injured a policeman": no fate of theirs), or describing them before the verb of their
    death ("three more people hurt in the fire died of their burns")."""
    verb = after - 1  # the subject may have taken the verb as a participle ("men injured")
    if (
        len(subj_words) > 1
        and subj_words[-1] is tokens[verb]
        and (tokens[verb].low in ACTIVE_HARM_VERBS or tokens[verb].low in HARM_BEFORE_DEATH)
    ):
        words, cue, end = subj_words[:-1], verb, verb
    elif right is not None:
        words, cue, end = subj_words, right, after
    else:
        return subj_words, after, right
    # (a noun of their own first: "52 critically burnt victims" is no verb's subject)
    if words and _deals_the_harm(tokens, cue, end):
        return words, end, None
    if _describes_the_counted(tokens, cue, end) and (fate := _death_of_the_described(tokens, cue)):
        return words, end, fate
    return subj_words, after, right


def _deals_the_harm(tokens: Sequence[Token], cue: int, after: int) -> bool:
    """The cue is the counted people's own active verb with an object of its own: "About
    40 gunmen killed 12 villagers", "300 protesters injured a policeman" (not "40 people
    killed in the raid", "were killed", "Five injured the day before were discharged")."""
    if tokens[cue].low not in ACTIVE_HARM_VERBS or not tokens[cue].text.islower():
        return False
    if any(
        not (t.low in _ACTIVE_GAP or (t.low.endswith("ly") and t.low != "only"))
        for t in tokens[after:cue]
    ):
        return False
    if cue + 1 >= len(tokens):
        return False
    nxt = tokens[cue + 1]
    if nxt.text[0].isdigit() or nxt.low in _OBJECT_PRONOUNS:
        return True
    if nxt.low in ("a", "an", "the", "two", "three") and cue + 2 < len(tokens):
        return tokens[cue + 2].is_word and tokens[cue + 2].low not in _TIME_OBJECTS
    # "burned tyres", "injured policemen" (not "injured yesterday", "killed days ago")
    return nxt.low in HUMAN_NOUNS or (
        nxt.text.islower()
        and len(nxt.low) > 3
        and nxt.low.endswith("s")
        and nxt.low not in FUNCTION_WORDS
        and nxt.low not in _TIME_OBJECTS
    )


def _describes_the_counted(tokens: Sequence[Token], cue: int, after: int) -> bool:
    """A participle of harm right after the counted noun, going on with where or how:
    "three more people hurt in the fire (died)", "16 children admitted to hospital"; not
    the whole of a part ("Three of the 40 people injured in the blast have since died")."""
    start = after - 1
    while start >= 0 and tokens[start].is_word and not tokens[start].text[0].isdigit():
        start -= 1
    return (
        cue == after
        and tokens[cue].low in HARM_BEFORE_DEATH
        and cue + 1 < len(tokens)
        and tokens[cue + 1].low in ("in", "at", "during", "by", "on", "to", "when", "after")
        and not (start >= 1 and tokens[start - 1].low in ("of", "the"))
    )


def _death_of_the_described(tokens: Sequence[Token], cue: int) -> int | None:
    """The verb of death right after the participle's phrase ("hurt in the fire died of
    their burns"), with no verb or clause of its own between ("were taken to hospital,
    where one later died" is another's)."""
    fate = _later_death(tokens, cue)
    if fate is None:
        return None
    between = tokens[cue + 1 : fate]
    if any(t.text in (",", ";", "(") or t.low in _AUXILIARIES_BETWEEN for t in between):
        return None
    return fate


# (not "been": "hurt in the blast have since been confirmed dead" is their death)
_AUXILIARIES_BETWEEN = frozenset({"were", "was", "are", "is", "where", "and", "but"})


def _dies_after(tokens: Sequence[Token], k: int) -> bool:
    """The clause after a partitive's whole says its part died: "(46 of those injured)
    in the blast have died", "(Six of those who had been hospitalized) died Sunday"."""
    right = _right_cue(tokens, k)
    if right is None or _category_of(tokens, right) is not Category.KILLED:
        return False
    # not another's death in a relative clause: "Twelve of those injured in the crash
    # that killed the driver were treated"
    return not any(t.low in ("that", "which", "who") for t in tokens[k:right])


def _bare_total_before(tokens: Sequence[Token], qi: int) -> bool:
    """'total at 378', 'the total now stands at 405': a total with no noun of its own
    ("a total of four cases" is a figure with its noun)."""
    k = qi - 1
    while k >= 0 and qi - k <= 3 and tokens[k].low in TOTAL_LINK_WORDS:
        k -= 1
    if not (k >= 0 and k < qi - 1 and tokens[k].low == "total"):
        return False
    # "a total of 300" only where it opens a sentence or clause ("A total of 44 are
    # military veterans"), not a capacity ("the club could hold a total of 300")
    if tokens[qi - 1].low == "of":
        return k >= 1 and tokens[k - 1].low == "a" and (k == 1 or not tokens[k - 2].is_word)
    return True


def _presumed_dead(tokens: Sequence[Token], cue: int) -> bool:
    """'missing, presumed dead', 'missing and believed dead': counted among the dead."""
    window: list[str] = []
    for t in tokens[cue + 1 : cue + 7]:
        if t.text in HARD_BREAK or t.text == ".":
            break
        window.append(t.low)
    text = " ".join(window)
    return any(
        f"{w} dead" in text or f"{w} to be dead" in text or f"{w} to have died" in text
        for w in _PRESUMED
    )


def _among_after(tokens: Sequence[Token], j: int) -> Category | None:
    """'are among the dead', 'were among those who lost their lives' right after the
    counted noun: the category of the total the figure is a part of."""
    k = j
    while k < len(tokens) and k < j + 3 and tokens[k].low in AUXILIARIES | {"also", "all"}:
        k += 1
    hit = _AMONG.starting_at(tokens, k) if k < len(tokens) else None
    return hit[0] if hit is not None else None


def _participle_in(tokens: Sequence[Token], start: int, end: int) -> Category | None:
    """The category of a participle, or an adjective used like one, that describes the
    counted noun ('displaced families', 'dead pupils')."""
    for j in range(start, end):
        hit = cue_at(tokens, j)
        if hit is not None and hit[1] == 1 and tokens[j].low.endswith(_DESCRIBING_ENDINGS):
            return hit[0]
    return None


# "12 wounded soldiers", and the adjectives used alike: "16 dead pupils", "five missing men",
# "5,400 homeless residents"
_DESCRIBING_ENDINGS = ("ed", *FATE_ADJECTIVES, "homeless")  # a participle, "dead", "missing"


def _follows_change(tokens: Sequence[Token], qi: int, qj: int) -> bool:
    """'up from 38', 'down from 40', 'compared with 12': an earlier figure of the same
    count; 'from 233 to 231': the same count's new figure."""
    before = tuple(t.low for t in tokens[max(0, qi - 2) : qi])
    if (
        qi >= 3
        and before[-1:] == ("to",)
        and tokens[qi - 2].text[0].isdigit()
        and (tokens[qi - 3].low == "from" or (qi >= 4 and tokens[qi - 4].low == "from"))
    ):
        return True
    return (
        before
        in (
            ("up", "from"),
            ("down", "from"),
            ("compared", "with"),
            ("compared", "to"),
            # "placed attendance at around 140,000, far exceeding the 36,000 reported by
            # police": a rival figure of the same count
            ("exceeding", "the"),
            ("than", "the"),
            ("versus", "the"),
            ("against", "the"),
        )
        or (
            # "93 people lost their lives, instead of 53 as reported by the government" (not
            # "evacuated 3,000 by road instead of 300 by helicopter as planned")
            before in (("instead", "of"), ("rather", "than")) and _reported_after(tokens, qj)
        )
        or (
            (before[-1:] == ("from",) and qi >= 2 and (tokens[qi - 2].text == ","))
            or from_after_figure(tokens, qi, qj)
        )
    )


_REPORTED_REACH = 6  # tokens from a rival figure to "as reported by", "as the army admits"


def _reported_after(tokens: Sequence[Token], qj: int) -> bool:
    """Whether someone's report of the figure follows it: "53 as reported by the state",
    "41 as the army admits"."""
    for t in tokens[qj : qj + _REPORTED_REACH]:
        if t.low in SPEECH_VERBS or t.low in _ADMITS:
            return True
        if not t.is_word:
            return False
    return False


_ADMITS = frozenset(
    {"admits", "admitted", "acknowledges", "acknowledged", "claims", "gave", "gives"}
)


def corrected_figure(tokens: Sequence[Token], qi: int) -> bool:
    """'retrieved only 18 bodies, not the 19 announced earlier', 'was 89 -- not 96 as the
    city manager said': the figure after a comma or dash and "not" is the one the figure
    before corrects."""
    k = qi - 1
    if k >= 0 and tokens[k].low == "the":
        k -= 1
    if k >= 1 and tokens[k].low == "not" and tokens[k - 1].text in _CORRECTION_MARKS:
        return True
    return denied_as_reported(tokens, qi)


def denied_as_reported(tokens: Sequence[Token], qi: int) -> bool:
    """'the dead include 2,100 troops ..., and not 2,500 civilian lives lost as the UN
    reported': the figure denied, as its source gave it."""
    k = qi - 1
    if k >= 0 and tokens[k].low == "the":
        k -= 1
    return (
        k >= 1
        and tokens[k].low == "not"
        and tokens[k - 1].low == "and"  # ("but not 300 patients left behind": an exception)
        and _as_someone_said(tokens, qi)
    )


def _as_someone_said(tokens: Sequence[Token], qi: int) -> bool:
    """'... as the UN reported' within a few words after the figure at ``qi``."""
    for m in range(qi + 1, min(len(tokens), qi + _AS_SAID_REACH)):
        if tokens[m].text in (",", ";", ".") and m > qi + 1:
            return False
        if tokens[m].low == "as" and any(
            t.low in _GIVING_VERBS for t in tokens[m + 1 : m + _AS_SAID_REACH]
        ):
            return True
    return False


_AS_SAID_REACH = 8  # tokens: "2,500 civilian lives lost as the UN reported"
# how its source gave the figure denied ("as its director confirmed" backs one)
_GIVING_VERBS = frozenset({"reported", "said", "claimed", "stated", "announced", "gave", "put"})
_CORRECTION_MARKS = frozenset({",", "--", "—", "–", "-"})


def from_after_figure(tokens: Sequence[Token], qi: int, qj: int) -> bool:
    """'rose to 36 from 10 a day earlier', 'reduced the number of deaths to 62 from the 69
    previously announced': the figure the count moved from, after the one it moved to
    ("arrested 40 from 3 towns" counts towns). ``qj``: the token after the figure."""
    k = qi - 1
    if k >= 0 and tokens[k].low == "the":
        k -= 1
    # the new figure before "from", in digits or a word ("lowered the toll to six from 18")
    if not (
        k >= 1
        and tokens[k].low == "from"
        and (tokens[k - 1].text[-1].isdigit() or tokens[k - 1].low in NUMBER_WORDS)
    ):
        return False
    m = k - 1  # back over the new figure's tokens ("1,500" is three) to what moved it
    while m > 0 and (tokens[m - 1].text[-1].isdigit() or _inside_number(tokens, m - 1)):
        m -= 1
    if m == 0 or tokens[m - 1].low != "to":
        return False  # "released 30 from the 200 initially detained": a part of them
    if qj >= len(tokens):
        return True
    nxt = tokens[qj]
    return (
        not nxt.is_word
        or nxt.low in FUNCTION_WORDS
        or nxt.low in TIME_ADVERBS
        or nxt.low in EARLIER_GIVEN_WORDS
    )


_BACK_REFERENCE_REACH = 9  # tokens: "the number then had to be corrected upwards to 23"
_CHANGE_DIRECTIONS = frozenset(
    {"up", "down", "upward", "upwards", "downward", "downwards", "then", "later"}
)


_IT_AFTER = frozenset({"that", "and", "but"})


def _refers_back(tokens: Sequence[Token], qi: int) -> bool:
    """'that number could reach 60,000': the figure continues the previous count."""
    for j in range(qi - 1, max(-1, qi - _BACK_REFERENCE_REACH), -1):
        t = tokens[j]
        if t.low in BACK_REFERENCE_NOUNS:
            # "that number", "the cumulative number", "the figures above 4,300", "the
            # government's estimate is 400"
            return any(
                x.low in ("that", "this", "the") or x.low.endswith(("'s", "’s"))
                for x in tokens[max(0, j - 2) : j]
            )
        if t.low == "it" and (
            j == 0 or tokens[j - 1].low in SPEECH_VERBS or tokens[j - 1].low in _IT_AFTER
        ):
            # "It topped 500 in Kabul", "officials said it had crossed 1,000": the toll
            # of the sentence before; "The toll is more than 1100 and it could reach up
            # to 1650": the clause's before
            return True
        if t.low == "it" and j > 0 and tokens[j - 1].low in ESTIMATE_VERBS:
            return True  # "police put it at 12,000": a rival count of the figure before
        if t.low == "it" and j > 0 and tokens[j - 1].low in COUNT_CHANGE_VERBS:
            return True  # "experts later revised it to 84": the count before, changed
        if t.low in COUNT_CHANGE_VERBS and j < qi - 1:
            continue  # "that number was later changed to 515"
        if t.low in _CHANGE_DIRECTIONS:
            continue  # "the number then had to be corrected upwards to 23"
        if j == qi - 1 and t.low in ESTIMATE_VERBS:
            return True  # "while the interior ministry counted 740,000"
        if t.low not in LEFT_GAP_WORDS:
            return False
    return False


def _past_a_name_list(tokens: Sequence[Token], j: int) -> int:
    """Past the rest of a list of names the counted noun's "from" opened ("men and women
    from Germany, Australia, China, The Netherlands, and Spain lost their lives"), so the
    verb after it is within reach. Stops at anything but commas, "and" and capitalised
    words: linear."""
    k = j
    while k < len(tokens):
        t = tokens[k]
        if t.text == "," or t.low == "and" or (t.is_word and t.is_capitalised):
            k += 1
            continue
        break
    # the list ends on a name: a comma or "and" before the verb belongs to the clause
    while k > j and (tokens[k - 1].text == "," or tokens[k - 1].low == "and"):
        k -= 1
    return k


_PEOPLE_PHRASE_WORDS = 3  # "12 dead Afghan army soldiers"


def _people_phrase(tokens: Sequence[Token], j: int, n: int) -> int | None:
    """Where the people noun phrase starting at ``j`` ends ("Afghan soldiers", "police
    officers"), after a fate adjective: on a people noun that no other follows, within
    three words; None where none comes ("39 missing people conflicts" ends on "people",
    "two missing person reports" names things)."""
    for k in range(j, min(n, j + _PEOPLE_PHRASE_WORDS)):
        t = tokens[k]
        if not t.is_word or t.low in FUNCTION_WORDS or t.low in PREDICATE_VERBS:
            return None
        nxt = tokens[k + 1] if k + 1 < n else None
        more = nxt is not None and nxt.is_word and _is_people(nxt.low, nxt.text)
        if _is_people(t.low, t.text) and not more:
            return None if nxt is not None and nxt.low in NON_HUMAN_NOUNS else k + 1
    return None


_BARE_PEOPLE = frozenset({"people", "persons", "passengers"})
_PREDICATE_REACH = 6  # "173 people onboard the plane were": the noun's words to the verb


_SURVIVAL_VERBS = frozenset({"survived", "survive", "survives"})
_SURVIVAL_REACH = 10  # "all but 20 of the 300 people on board the ferry survived"


def _driven_from_homes(tokens: Sequence[Token], qi: int, after: int) -> bool:
    """ "drove thousands from their homes", "driving tens of thousands out of their homes":
    a verb that drives people out before the figure, their homes right after its noun."""
    if qi == 0 or tokens[qi - 1].low not in DRIVING_OUT_VERBS:
        return False
    words = [t.low for t in tokens[after : after + 4]]
    if words[:1] == ["from"]:
        words = words[1:]
    elif words[:2] == ["out", "of"]:
        words = words[2:]
    else:
        return False
    if words[:1] and words[0] in POSSESSIVE_DETERMINERS:
        words = words[1:]  # "from their homes"; a headline's "from homes"
    return words[:1] != [] and words[0] in HOME_NOUNS


def _over_a_border(
    tokens: Sequence[Token], qi: int, after: int, *, moved_after: bool, head: str | None
) -> bool:
    """A verb that moves the counted, right before the figure or right after its noun,
    takes them across a border or into a named place: "escape into Semiria", "driven
    thousands across the border" (not "killed 40 people who had crossed into Semiria",
    "12 drowned crossing into Greece": their fate is the verb next to them)."""
    if qi > 0 and tokens[qi - 1].low in MOVING_VERBS:
        verb, start = tokens[qi - 1].low, after
    elif (
        after < len(tokens)
        and tokens[after].low in MOVING_VERBS
        # a finite verb is the counted's own ("Thousands escape into Semiria as toll
        # climbs"); a participle only where nothing else befell them ("killed 12 people
        # fleeing into Rafah")
        and (moved_after or not tokens[after].low.endswith("ing"))
    ):
        verb, start = tokens[after].low, after + 1
    else:
        return False
    fleeing = verb in FLIGHT_VERBS
    if not fleeing and head in VISITOR_NOUNS:
        return False  # "Thousands of football fans stream into Portugal for the final"
    window = tokens[start : start + _BORDER_REACH]
    for k, t in enumerate(window):
        if t.text in (",", ";", ".") or t.low in CLAUSE_BREAKERS:
            return False
        rest = [x.low for x in window[k + 1 : k + 3]]
        if t.low in ("across", "over") and rest[:1] == ["the"] and rest[1:] in _THE_BORDER:
            return True
        if k == 0 and t.low in _BORDER_NOUNS:
            # a headline's "as 131,000 cross frontier", where the crossing ends its clause
            # (not "5,000 workers cross frontier to jobs in Geneva" every day)
            nxt = window[1].low if len(window) > 1 else ""
            return nxt in ("", ",", ".", ";", "into", "as", "amid", "after")
        if t.low == "into":
            return _into_another_country(window[k + 1 : k + 3], fleeing)
        if k == 0 and fleeing and t.is_capitalised:
            return _from_one_place_to_another(window)
    return False


def _from_one_place_to_another(window: Sequence[Token]) -> bool:
    """A verb of flight with a place as its object, then where to: "escape Zemaria for
    Tavrosia", "flee Syria to Turkey"; or a country alone: "have fled Ukraine" (not
    "flee Iron Dawn onslaught": what they fled, not where from)."""
    k = 0
    while k < len(window) and window[k].is_capitalised:
        k += 1
    if k == 1 and window[0].low in COUNTRIES:
        return True
    return (
        k + 1 < len(window)
        and window[k].low in ("for", "to", "into")
        and _into_another_country(window[k + 1 : k + 3], fleeing=True)
    )


def _into_another_country(nxt: Sequence[Token], fleeing: bool) -> bool:
    """ "into neighbouring Semiria", "into Chad"; after a verb of flight any name ("fled
    into Mount Sinjar"), after others a country's only ("poured into Tahrir Square" is a
    crowd)."""
    if len(nxt) == 2 and nxt[0].low in NEIGHBOUR_ADJECTIVES:
        return nxt[1].is_capitalised
    if not nxt or not nxt[0].is_capitalised:
        return False
    return fleeing or nxt[0].low in COUNTRIES


_BORDER_REACH = 8  # tokens: "running for their lives into neighbouring Semiria"
_BORDER_NOUNS = frozenset({"border", "frontier"})
_THE_BORDER = [[w] for w in sorted(_BORDER_NOUNS)]  # the one word after "across the"


def _survived_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether the clause after token ``j`` says its people survived."""
    for t in tokens[j : j + _SURVIVAL_REACH]:
        if t.low in _SURVIVAL_VERBS:
            return True
        if t.text in (",", ";", ".") or t.low in CLAUSE_BREAKERS:
            return False
    return False


def _nationality_predicate(tokens: Sequence[Token], j: int) -> list[Token] | None:
    """The nationality a copula after the counted noun gives them ("173 people onboard
    the plane were South Koreans"), or None: those people are that country's."""
    for k in range(j, min(len(tokens) - 1, j + _PREDICATE_REACH)):
        t = tokens[k]
        if t.low in ("were", "are"):
            words: list[Token] = []
            m = k + 1
            while m < len(tokens) and tokens[m].is_capitalised and len(words) < 3:
                words.append(tokens[m])
                m += 1
            last = words[-1].low if words else ""
            # "four were Lebanese", "four were Marevian": a people, known or by its shape
            if last.removesuffix("s") not in NATIONALITIES and not (
                len(words) == 1 and looks_like_demonym(words[0].text)
            ):
                return None
            if m < len(tokens) and tokens[m].low in HUMAN_NOUNS - NOUN_CATEGORIES.keys():
                words.append(tokens[m])  # "were Nepali nationals" (a noun of no category)
            return words
        if not t.is_word or t.low in CLAUSE_BREAKERS or t.text[0].isdigit():
            return None
    return None


def _a_nations_whole(tokens: Sequence[Token], qi: int, qj: int, value: float | None) -> bool:
    """Whether a figure is the population a part is taken out of: "out of the 24.3 million
    Valderans", "out of 9 million inhabitants" (not "out of the 40 people aboard", who
    are the event's)."""
    k = qi - 1
    if k >= 0 and tokens[k].low == "the":
        k -= 1
    if not (k >= 1 and tokens[k].low == "of" and tokens[k - 1].low == "out"):
        return False
    if qj >= len(tokens):
        return False
    nxt = tokens[qj]
    # (a people's name is a nation's whole in the millions, not "the 40 Britons on the bus",
    # and all of them, not "the 1.4 million Ukrainians who fled to Poland")
    return nxt.low in POPULATION_NOUNS or (
        nxt.is_capitalised
        and value is not None
        and value >= _A_NATION
        and (qj + 1 == len(tokens) or tokens[qj + 1].low in _AFTER_A_WHOLE)
        and (
            nxt.low.removesuffix("s") in NATIONALITIES
            or looks_like_demonym(nxt.text.removesuffix("s"))
        )
    )


# what may follow a nation's whole: its verb or the end of the phrase
_AFTER_A_WHOLE = frozenset({"were", "are", "was", "is", "have", "has", "had", ",", ".", ";"})


_A_NATION = 1_000_000  # people: the fewest a country's whole is counted in


def _a_share_of(tokens: Sequence[Token], qi: int) -> bool:
    """'most of the 60', 'the majority of the 200': a share of the figure is spoken of."""
    return (
        qi >= 3
        and tokens[qi - 1].low == "the"
        and tokens[qi - 2].low == "of"
        and tokens[qi - 3].low in SHARE_QUANTIFIERS
    )


def _group_predicate(tokens: Sequence[Token], j: int) -> Token | None:
    """The group a copula right after the counted noun says they were ("27 victims were
    children", "12 of the people are women"): some of those harmed, by age or sex."""
    if j + 1 < len(tokens) and tokens[j].low in ("were", "are"):
        nxt = tokens[j + 1]
        end = j + 2 == len(tokens) or not tokens[j + 2].is_word
        if nxt.low in SUBGROUPS_IN_CARE and end:
            return nxt
    return None


def _head_of(words: Sequence[Token]) -> str | None:
    """The noun that says who is counted: 'pilgrims' in 'pilgrims from Egypt'."""
    for k, t in enumerate(words):
        if t.low in ("of", "from") and k > 0 and words[k - 1].low != "out":  # "out of state"
            return words[k - 1].low
    return words[-1].low if words else None


def _subject_text(words: Sequence[Token]) -> str | None:
    if not words:
        return None
    kept = list(words)
    # "44 dead": the category noun is not the subject; the counted are people.
    if (
        kept[-1].low in NOUN_CATEGORIES
        and NOUN_CATEGORIES[kept[-1].low]
        in (Category.KILLED, Category.INJURED, Category.MISSING, Category.DETAINED)
        and kept[-1].low not in HUMAN_NOUNS - {"dead", "wounded", "injured", "victims"}
    ):
        kept = kept[:-1]
    if kept and kept[-1].low in ("dead", "wounded", "injured", "victims", "casualties"):
        kept = kept[:-1]
    if len(kept) > 1 and kept[0].low in FATE_ADJECTIVES:
        kept = kept[1:]  # "the 16 dead pupils": the category says they died; who are pupils
    if not kept:
        return None
    if kept[-1].low in ELIDED_HEADS or (
        len(kept) < len(words) and not _is_people(kept[-1].low, kept[-1].text)
    ):
        return None  # "140 new deaths", "36 community deaths": the counted are people
    return " ".join(t.text for t in kept)


def _is_people(head: str, text: str) -> bool:
    """Whether a counted noun names people ("officers", "Uyghurs"), not things."""
    if head in NON_HUMAN_NOUNS:
        return False
    return (
        head in HUMAN_NOUNS
        or head in SINGULAR_PEOPLE
        or head + "s" in HUMAN_NOUNS
        or head in NOUN_CATEGORIES
        or head.endswith(_SUBJECT_NOUN_SUFFIXES)
        or _people_compound(head)
        or (text[:1].isupper() and head.endswith("s"))
        # "49 British, seven Portuguese, one Canadian": a nationality counts its people,
        # and so does one the lexicon does not know ("the number of Aurentian victims")
        or (text[:1].isupper() and head in NATIONALITIES)
        or looks_like_demonym(text)
    )


def _people_compound(head: str) -> bool:
    """A compound whose last part names people, after a word of its own ("schoolgirls",
    "townspeople"; not "skids")."""
    return any(
        head.endswith(tail) and len(head) - len(tail) >= _COMPOUND_PREFIX
        for tail in PEOPLE_COMPOUND_TAILS
    )


_COMPOUND_PREFIX = 3  # letters: "show" of "showgirls", "grand" of "grandchildren"


def accept(f: Found) -> bool:
    """Only counts of people are claims: "six countries", "zero tolerance" are not."""
    if f.rate:
        return False  # "one latrine per 96 people"
    text = f.q.text
    if len(text) > 1 and text[0] == "0" and text[1].isdigit():
        return False  # "000" of "P10,000", "05": no count of people opens with a zero
    if f.cases or f.alive:
        return True  # "one case": a patient, never a speaker; "13 who were still alive"
    if (
        f.q.value == 1
        and f.q.qualifier is Qualifier.EXACT
        and f.category in (None, Category.OTHER)
        and not f.listed
    ):
        return False  # "one man told reporters": a speaker, not a figure
    head = f.subject_head
    if head is None:
        # An elided noun ("more than 3,000 detained", "33 million affected") is a claim
        # only with a cue
        return (
            f.category is not None and (f.category is not Category.OTHER or f.cue_index is not None)
        ) or f.refers_back
    if f.partitive and f.category is not None:
        return True
    last = f.subject.split()[-1] if f.subject else head
    # "370,000 Rohingya have fled": a people's name, counted by what befell them
    named_people = last[:1].isupper() and f.category not in (None, Category.OTHER)
    return _is_people(head, last) or named_people


# ---------------------------------------------------------------- status, dates, background


# "The dead included seven from Britain": a subject of a few words before its verb
_LISTING_SUBJECT_REACH = 5
_TALLY_SUBJECT_REACH = 20  # tokens: "The final toll from yesterday's bloodshed at the ..."


def _inside_a_tallys_phrase(tokens: Sequence[Token], j: int) -> bool:
    """ "when"/"after" at ``j`` opens a clause inside a tally's own phrase: "the toll of
    those killed when the boat went down has reached 88" (not "The death toll climbed
    after Moscow raised its force to 100,000": the tally's verb came before it)."""
    for k in range(j - 1, max(-1, j - 6), -1):
        if tokens[k].low in _TALLY_HEADS:
            return not any(t.low in TOLL_VERBS for t in tokens[k + 1 : j])
    return False


def has_own_cue(f: Found, found: Sequence[Found]) -> bool:
    """Whether a figure's cue is its own: no other figure stands between them ("six
    miners, and 51 others were brought out alive": the verb is the 51's)."""
    if f.cue_index is None:
        return False
    lo, hi = sorted((f.qj, f.cue_index))
    return not any(g is not f and lo <= g.qi < hi for g in found)


def _names_a_toll(tokens: Sequence[Token], k: int) -> bool:
    """ "toll", "death toll" at ``k`` (not "the advisory body", "the student body")."""
    return tokens[k].low == "toll" or (
        tokens[k].low == "death" and k + 1 < len(tokens) and tokens[k + 1].low == "toll"
    )


def _listing_subject(tokens: Sequence[Token]) -> tuple[Category, int] | None:
    """'The dead included seven from Britain', 'Those killed include two from Spain': a
    subject that names the dead (or the injured, ...) gives its category to the bare
    figures its verb lists, and the verb's index."""
    verb = next((j for j in range(1, len(tokens)) if tokens[j].low in LISTING_VERBS), None)
    if verb is None:
        return None
    # the verb's clause: from the sentence's start, or after "adding that" ('Castagne
    # said, adding that the dead included 74 in Tavernier')
    start = 0
    for k in range(verb - 1, 0, -1):
        if tokens[k].low == "that" and tokens[k - 1].low in _SAYING_BEFORE_THAT:
            start = k + 1  # not "the team that treated the injured included 12"
            break
    if any(not t.is_word and t.text not in ("'s", "’s") for t in tokens[start:verb]):
        return None
    if verb - start > _LISTING_SUBJECT_REACH:
        # "The final toll from yesterday's bloodshed at the college ... included 127
        # students, four police officers and four soldiers": a tally heading a long subject
        head = next((k for k in range(start, start + 3) if _names_a_toll(tokens, k)), None)
        if head is None or verb - start > _TALLY_SUBJECT_REACH:
            return None
        hit = cue_at(tokens, head)
        return (hit[0], verb) if hit is not None else None
    for k in range(start, verb):
        hit = cue_at(tokens, k)
        if hit is not None and k + hit[1] == verb:
            return hit[0], verb
    return None


# words before a "that" that opens a statement: "adding that the dead included ..."
_SAYING_BEFORE_THAT = frozenset(
    {"adding", "saying", "noting", "said", "says", "added", "noted", "stressing", "explaining"}
)
_ROW_SEPARATORS = frozenset({",", ";", "and", "including"})
_ROW_CONTINUATIONS = frozenset({"from", "each", "in"})


def _a_row_of_the_list(tokens: Sequence[Token], f: Found, verb: int) -> bool:
    """A figure the listing verb lists: right after the verb or a separator, and either
    with a noun of its own or going on as a row does ("nine each from ...", "seven from
    Britain"); not an age in apposition ("a boy, 12, and his mother, 40") nor a figure
    inside a row ("a school with 800 pupils")."""
    before = tokens[f.qi - 1]
    if f.qi - 1 != verb and before.low not in _ROW_SEPARATORS:
        return False
    if f.subject_head is not None:
        return True
    nxt = tokens[f.qj] if f.qj < len(tokens) else None
    return nxt is not None and nxt.low in _ROW_CONTINUATIONS


_THAT_REACH = 8  # tokens before "that": "Provincial police chief Villacruz said that"


def _opener_at(tokens: Sequence[Token]) -> int | None:
    """Where a partitive opener ("Of the ...", "Among ...", "Out of ...") starts: the
    sentence's first word, or the first after a reported "... said that"."""
    if not tokens:
        return None
    if tokens[0].low in ("of", "among", "out"):
        return 0
    for k in range(1, min(len(tokens) - 1, _THAT_REACH + 1)):
        if tokens[k].low == "that" and tokens[k - 1].low in SPEECH_VERBS:
            nxt = tokens[k + 1].low
            # "of the 329 reported dead" and "among the 20", not "of course"
            if nxt in ("of", "among") and k + 2 < len(tokens) and tokens[k + 2].low == "the":
                return k + 1
            return None
    return None


def with_opener_category(found: list[Found], tokens: Sequence[Token]) -> list[Found]:
    """'Of the injured, 48 were ...', 'Of the 47 deaths, 29 ...': the opener names the total."""
    listing = _listing_subject(tokens) if tokens and found else None
    if listing is not None:
        listed, verb = listing
        # no partitive: the listed figures are people only where their own noun says so
        # ("..., two far-right groups", "within walking distance of five synagogues")
        # a row's noun that names a role, not a fate ("four police officers", troops by
        # their noun) takes the list's: what befell them is what the subject says
        return [
            replace(f, category=listed)
            if f.qi > verb
            and _a_row_of_the_list(tokens, f, verb)
            # a row whose own clause says what befell it keeps it ("and 51 others were
            # brought out alive"); one named by its role only takes the list's
            and (
                f.category is None
                or (f.category not in FATE_CATEGORIES and not has_own_cue(f, found))
            )
            else f
            for f in found
        ]
    at = _opener_at(tokens)
    if at is None:
        return found
    # "Out of the 86 deaths--22 were electrocuted": the opener as "of" is
    first = at + 1
    if tokens[at].low == "out":
        # "Out of the 86 deaths": the whole's own figure ("Out of the relief camps, 3,000
        # have returned home" names no whole)
        if (
            len(tokens) < at + 3
            or tokens[at + 1].low != "of"
            or not any(t.text[0].isdigit() for t in tokens[at + 2 : at + 6])
        ):
            return found
        first = at + 2
    category: Category | None = None
    for j in range(first, min(len(tokens), first + 7)):
        if tokens[j].text in (",", "-", "–", "—", ":"):
            break
        hit = cue_at(tokens, j)
        if hit is not None:
            category = hit[0]
            break
        if tokens[j].low in NOUN_CATEGORIES:
            category = NOUN_CATEGORIES[tokens[j].low]
            break
    if category is None:
        return found
    return [
        replace(f, category=f.category or category, partitive=True) if f.qi > j else f
        for f in found
    ]
