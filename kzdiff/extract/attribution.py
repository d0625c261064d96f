"""Who the article says gave a figure.

Looks, in this order, for: the speaker of a quotation the figure sits in;
"according to X" (and kin) in the figure's sentence; the subject of a speech
verb ("X said that ...", "..., X said"); an unnamed report ("it was reported").
The caller carries an attribution over to the next sentence when that sentence
continues the same statement.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from kzdiff.extract.clause import corrected_figure
from kzdiff.extract.numbers import is_number_word
from kzdiff.extract.tokens import PhraseIndex, Token, token_index
from kzdiff.lexicon.abbreviations import ABBREVIATIONS
from kzdiff.lexicon.attribution import (
    ACCOUNT_MAKERS,
    AGENT_PARTICIPLES,
    ANOTHER_OF_A_KIND,
    AS_IN_A_FIGURE,
    AUTHORING_VERBS,
    BEFORE_A_REPORTS_NOUN,
    CHANNEL_NOUNS,
    CHANNEL_PREPOSITIONS,
    CITED_AS,
    CLAUSE_OPENERS,
    COUNT_VERSION_WORDS,
    COUNTING_VERBS,
    CREDITED_THINGS,
    CREDITING_VERBS,
    DATA_WORDS,
    EARLIER_REPORT_NOUNS,
    EARLIER_REPORT_WORDS,
    FINDING_VERBS,
    GENERIC_SOURCES,
    GROUP_NAME_WORDS,
    HEADLINE_MARKERS,
    HEARER_VERBS,
    HEDGED_SPEECH_VERBS,
    INSTITUTION_NOUNS,
    INVERTED_SPEECH_VERBS,
    ISSUED_WORDS,
    LY_NOUNS,
    NOT_A_STATEMENT_AFTER,
    NOT_SOURCE_STARTS,
    NOT_SOURCE_WORDS,
    NOUN_LIKE_VERB_NEXT,
    NOUN_LIKE_VERBS,
    NUMBER_WORDS,
    OUTLET_WITNESSES,
    PICTURE_WORDS,
    PLACE_APPOSITIVE_NOUNS,
    PLACE_BODY_NOUNS,
    PLATFORM_WORDS,
    PUBLISHING_VERBS,
    RANK_PREFIXES,
    RECORDING_VERBS,
    REPORT_GIVING_WORDS,
    REVISION_VERBS,
    ROLE_WORDS,
    SHOW_VERBS,
    SOURCE_NOUNS,
    SOURCE_OPENERS,
    SPEECH_VERBS,
    SPOKEN_BY,
    STATEMENT_CIRCUMSTANCES,
    STATEMENT_MEDIA,
    STUDY_NOUNS,
    SUBORDINATORS,
    SUPPLY_PARTICIPLES,
    TALLY_MAKER_NOUNS,
    THAT_SPEECH_VERBS,
    TOLL_OBJECT_NOUNS,
    TOLL_OBJECT_VERBS,
    UNNAMED_REPORT_CUES,
    UNNAMED_REPORT_SOURCE,
    UNNAMED_TAIL_WORDS,
    WITNESS_VERBS,
)
from kzdiff.lexicon.categories import (
    EVENT_NAMING_NOUNS,
    FIGURE_BACK_REFERENCES,
    GATHERING_NOUNS,
)
from kzdiff.lexicon.dates import (
    DEICTIC_DAYS,
    ELAPSED_TIME_NOUNS,
    PERIOD_DEICTICS,
    PERIOD_NOUNS,
    TIME_NAMES,
)
from kzdiff.lexicon.facts import COMPASS_ADJECTIVES, NEIGHBOUR_ADJECTIVES
from kzdiff.lexicon.grammar import (
    AUXILIARIES,
    CLAUSE_COORDINATORS,
    CONCESSIVE_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    QUOTE_MARKS,
    TIME_ADVERBS,
    TIME_DEGREE_WORDS,
    TIME_SUBORDINATORS,
)
from kzdiff.lexicon.names import KNOWN_PLACES, PLACE_NAMES
from kzdiff.lexicon.numbers import OLDEST_AGE, VAGUE_OPENING_WORDS
from kzdiff.lexicon.sources import (
    NUMBERED_NAME_HEADS,
    NUMBERED_SERVICE_HEADS,
    OUTLETS_NAMED_TODAY,
    is_known_body,
    names_international_body,
    names_news_outlet,
)
from kzdiff.lexicon.subjects import UNNAMED_PEOPLE_NOUNS
from kzdiff.records import Claim
from kzdiff.vocab import Status

_OPENERS: PhraseIndex[bool] = PhraseIndex(dict.fromkeys(SOURCE_OPENERS, True))
# (braces, brackets and bars are page furniture and template markers, never inside a
# name: "{mosads}Mexican President Andrés Manuel López Obrador tweeted")
_BOUNDARY = frozenset({";", ":", "—", "–", "-", "(", ")", ".", "{", "}", "[", "]", "|", "<", ">"})
# Words a speech verb's subject cannot reach back past.
_SUBJECT_STOP = (
    frozenset(
        {
            "that",
            "and",
            "but",
            "while",
            "which",
            "who",
            "after",
            "before",
            "when",
            "as",
            "because",
            "whilst",
            "until",
            "said",
            "told",
            "if",
            "in",
            "on",
            "at",
            "from",
            "since",
            "by",
            "where",  # "the Twin Cities, where police estimated"
        }
    )
    # "..., though other agencies put the figure at 28"
    | CONCESSIVE_WORDS
)
_JOINERS = frozenset({"of", "in", "at", "for"})
_NOT_A_SOURCE = frozenset({"whom", "which", "who", "whose", "we", "i", "you", "us"})
# Words between a subject and its speech verb ("have also publicly said").
_AUX = frozenset(
    {
        "has",
        "have",
        "had",
        "also",
        "publicly",
        "later",
        "earlier",
        "previously",
        "officially",
        "then",
        "again",
        "repeatedly",
        "separately",
        "subsequently",
        "reportedly",
        "initially",
        "first",
        "once",
        "would",
        "will",
        "did",
        "does",
        "do",
        "not",
        "quickly",
        "recently",
        "now",
        "only",
        "still",
        "today",
        "yesterday",
        "further",
    }
)
_MAX_SOURCE_WORDS = 9
# words a source phrase may hold besides the name: where it was posted ("a posting on the
# ... Facebook page") and what it issued ("said a report by the US-based ...")
_CHANNEL_WORDS = 4
_REPORT_WORDS = 3
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_RELAY_VERBS = frozenset({"reported", "cited", "quoted"})
_PASSIVE_AUX = AUXILIARIES | {"being"}

Canon = Callable[[str], str]
Resolver = Callable[[str, int], str | None]  # (pronoun, offset) -> who it names
_PRONOUNS = frozenset({"it", "he", "she", "they", "its", "his", "her", "their"})
_LEADING_ADVERBS = frozenset(
    {
        "however",
        "meanwhile",
        "also",
        "separately",
        "earlier",
        "later",
        "now",
        "but",
        "and",
        "then",
        "still",
        "behalf",
        "on",
    }
)
_AUX_WORDS = frozenset({"was", "were", "is", "are", "been", "be", "have", "has", "had", "being"})


def _adverb(t: Token) -> bool:
    """'sharply', 'barely': an -ly word that is no noun ("rally", "family")."""
    return t.low.endswith("ly") and t.low not in LY_NOUNS


def _identity(s: str) -> str:
    return s


def _word(t: Token) -> str:
    """A token's form for function-word tests: an acronym in capitals ("WHO", "IN" of a
    body's initials) is a name, never the pronoun or preposition it spells."""
    return "" if len(t.text) > 1 and t.text.isupper() else t.low


def _channel_owner(toks: list[Token]) -> list[Token]:
    """'a posting on the Butte County Sheriff's Office Facebook page', 'the ministry's
    website', 'a post by the Red Cross on its Facebook page': who posted it, not where.
    Only where a platform, an owner's possessive or a body's noun names the channel
    ("the front page" stays as it is)."""
    end = len(toks)
    while end > 0 and toks[end - 1].low in CHANNEL_NOUNS:
        end -= 1
    if end == len(toks) or end == 0:
        return toks
    platform = end
    while end > 0 and toks[end - 1].low in PLATFORM_WORDS:
        end -= 1
    if end == 0:
        return toks
    last = toks[end - 1]
    on = [k for k in range(end) if toks[k].low in CHANNEL_PREPOSITIONS]
    if last.low in _PRONOUNS:
        # "a statement by the Red Cross on its website": the body before "on"
        return toks[: on[-1]] if on and on[-1] > 0 else toks
    owned = end < platform or last.low.endswith(("'s", "’s")) or last.low in SOURCE_NOUNS
    if not owned:
        return toks
    # "a post on the ministry's page" (not "the Committee on Homeland Security's website")
    start = next((k + 1 for k in reversed(on) if k + 1 < end and not toks[k + 1].is_capitalised), 0)
    return toks[start:end] or toks


def clean_source(words: Sequence[Token], canon: Canon = _identity) -> str | None:
    """Join a source phrase: drop determiners, possessor ("Kazakhstan's X" -> X), quotes."""
    # a quote mark glued to a plural is a possessive ("the inmates' families")
    toks = [
        t
        for k, t in enumerate(words)
        if t.text not in QUOTE_MARKS
        or (k > 0 and words[k - 1].end == t.start and words[k - 1].low.endswith("s"))
    ]
    toks = _channel_owner(toks)
    # "the ministry's figures": the data word is not the source.
    while (
        len(toks) > 1
        and toks[-1].low in DATA_WORDS
        and (toks[-2].low.endswith(("'s", "’s")) or toks[-2].is_capitalised)
    ):
        toks = toks[:-1]
    if toks and all(t.low in EARLIER_REPORT_WORDS for t in toks):
        return None  # "Previous reports said": no one named, an earlier report
    # "the agency's own count", "the ministry's latest daily figures": nor its modifiers
    if len(toks) > 2 and toks[-1].low in DATA_WORDS:
        for k in range(len(toks) - 2, max(-1, len(toks) - 5), -1):
            if toks[k].low.endswith(("'s", "’s")):
                toks = toks[: k + 1]
                break
    # "Kazakhstan’s Internal Affairs Ministry": the possessor is not the source,
    # but in "the ministry's" nothing follows and the possessor is; in "the Ombudsman's
    # Office" the possessor is part of the body's name (a place's is not, nor one before
    # a name that stands alone).
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].low.endswith(("’s", "'s")):
            if k + 1 < len(toks):
                if (
                    toks[k].is_capitalised
                    and toks[k + 1].is_capitalised
                    and (len(toks) - k > 2 or toks[k].low[:-2] in KNOWN_PLACES)
                ):
                    toks = toks[k + 1 :]
            else:
                last = toks[k]
                cut = len(last.text) - 2
                toks = [*toks[:k], Token(last.start, last.end - 2, last.text[:cut], last.low[:cut])]
            break
    while toks and (toks[0].low in DETERMINERS or not toks[0].is_word):
        toks = toks[1:]
    while toks and not toks[-1].is_word:
        toks = toks[:-1]
    while toks and (toks[0].low in _LEADING_ADVERBS or toks[0].low in ("of", "with")):
        toks = toks[1:]  # "However, police", "on behalf of the police", "with police telling"
    while toks and toks[0].low in DETERMINERS:
        toks = toks[1:]
    for k in range(min(len(toks) - 2, 3)):
        if toks[k].low not in DATA_WORDS:
            continue
        # "a report by the US-based agency", "a statement signed by Ith Samheng": the agency,
        # the signer
        nxt = toks[k + 1].low
        if nxt in ("by", "from", "of"):
            by = k + 1
        elif nxt in AUTHORING_VERBS and k + 2 < len(toks) - 1 and toks[k + 2].low == "by":
            by = k + 2
        else:
            continue
        toks = toks[by + 1 :]
        while toks and toks[0].low in DETERMINERS:
            toks = toks[1:]
        break
    while len(toks) > 1 and toks[0].low.endswith("-based"):
        toks = toks[1:]  # "the Norway-based Iran Human Rights": where it sits, not who
    toks = _past_an_event_phrase(toks)
    toks = _noun_phrase(toks)
    if not toks or any(
        (t.text[0].isdigit() and not _number_in_name(toks, k)) or _word(t) in _NOT_A_SOURCE
        for k, t in enumerate(toks)
    ):
        return None  # "29 of whom said": the counted speak, they are not the source
    if (
        toks[-1].low in _AUX_WORDS
        or (toks[-1].low in TIME_ADVERBS and not toks[-1].is_capitalised)  # "Hawaii News Now"
        or (
            len(toks) == 1
            and not toks[0].is_capitalised
            and not _source_noun(toks[0].low)
            and toks[0].low not in ROLE_WORDS
        )
    ):
        return None  # "the outbreak was", "schools overnight", "site": no one who speaks
    parts = [toks[0].text]
    for prev, t in pairwise(toks):
        parts.append(t.text if t.start == prev.end else " " + t.text)
    text = "".join(parts)
    return canon(text)


_EVENT_PLACE_PREPOSITIONS = frozenset({"across", "in", "at", "near", "throughout", "around"})


def _past_an_event_phrase(toks: list[Token]) -> list[Token]:
    """'(in) protests across Kelvara government said', a dropped "the" or comma: an event
    and its place before the speaker; the speaker is the name after the preposition."""
    if (
        len(toks) > 3
        and (toks[0].low in EVENT_NAMING_NOUNS or toks[0].low in GATHERING_NOUNS)
        and toks[1].low in _EVENT_PLACE_PREPOSITIONS
        and toks[2].is_capitalised
    ):
        return toks[2:]
    return toks


# What a source's words may hold that is not who it is: counting words ("all three
# police sources"), the modifiers of what it issued ("the latest United Nations figures"),
# adverbs inside a clause ("Pakistan has so far recorded") or after the body ("doctors
# there").
_COUNTING_WORDS = NUMBER_WORDS | {"all", "both", "several", "many", "some"}
_OUTPUT_MODIFIERS = frozenset(
    {"latest", "new", "newest", "updated", "provisional", "preliminary", "revised", "initial"}
)
_CLAUSE_ADVERBS = frozenset({"so", "still", "already", "further", "yet"})
_SO_FAR = frozenset({"so", "far"})
_TRAILING_ADVERBS = frozenset({"there", "here", "alone", "too", "also", "again", "itself"})
# what a body provides besides data ("details provided by", "a number shared by")
_DETAILS = frozenset({"details", "information", "number", "numbers", "list"})
_LONE_NON_SOURCES = DETERMINERS | {"there", "here"}  # "There were 27 new fatalities added"


def _noun_phrase(toks: list[Token]) -> list[Token]:
    """The noun phrase a source's words name: a verb or an adverb of the clause ends it,
    and words that end on a function word were cut mid-clause ("search for survivors
    amid"): none."""
    k = 0
    while k < len(toks) - 1 and (
        (toks[k].low in _COUNTING_WORDS and not toks[k + 1].is_capitalised)
        or (toks[k].low in _OUTPUT_MODIFIERS and not toks[k].is_capitalised)
    ):
        k += 1  # "all three police sources", "the latest United Nations figures"
    toks = toks[k:]
    cut = next(
        (
            j
            for j, t in enumerate(toks)
            if j > 0 and not t.is_capitalised and (t.low in _AUX_WORDS or t.low in _CLAUSE_ADVERBS)
        ),
        len(toks),
    )
    toks = toks[:cut]
    while len(toks) > 1 and toks[-1].low in _TRAILING_ADVERBS:
        toks = toks[:-1]
    if toks and (
        (toks[-1].low in FUNCTION_WORDS and not toks[-1].is_capitalised)
        or (len(toks) == 1 and toks[0].low in _LONE_NON_SOURCES)
    ):
        return []  # "search for survivors amid"; "There were 27 new fatalities added"
    return toks


def _time_starts(tokens: Sequence[Token], j: int) -> bool:
    """A time phrase starts at token ``j``: "Monday", "on Monday", "in 2021", "last week"."""
    t = tokens[j]
    return t.low in TIME_NAMES or (
        t.low in ("on", "in", "at", "last", "this")
        and j + 1 < len(tokens)
        and (tokens[j + 1].low in TIME_NAMES or tokens[j + 1].text[0].isdigit())
    )


def source_after(tokens: Sequence[Token], j: int, canon: Canon = _identity) -> str | None:
    """The source phrase that starts at token ``j`` ("the Information Commissioner,
    Ishaku Damtal, who ...")."""
    return _after_opener(tokens, j, 0, canon)


def _after_opener(tokens: Sequence[Token], i: int, n: int, canon: Canon) -> str | None:
    """The source phrase after an opener ending at token ``i + n - 1``."""
    j = i + n
    words: list[Token] = []
    # "according to a posting on the Butte County Sheriff's Office Facebook page": where
    # it was posted does not count against the name's length
    reach = _MAX_SOURCE_WORDS + (
        _CHANNEL_WORDS
        if any(t.low in CHANNEL_NOUNS for t in tokens[j : j + _MAX_SOURCE_WORDS + _CHANNEL_WORDS])
        else 0
    )
    while j < len(tokens) and len(words) < reach:
        t = tokens[j]
        if t.text == "." and words and words[-1].low in ABBREVIATIONS and words[-1].end == t.start:
            words.append(t)  # "according to Hawaii Gov. Josh Green": a title's dot
            j += 1
            continue
        if t.text in (",",) or t.text in _BOUNDARY or _word(t) in ("that", "who", "which", "as"):
            break  # "quoted by PTI as saying": the agency, not the saying
        if (
            t.text[0].isdigit()
            and _only_determiners(words)
            and _bodies_counted_after(tokens, j + 1)
            and not _number_in_name([*words, t], len(words))
        ):
            j += 1  # "figures issued by 10 Vessamar hospitals": how many, then who
            continue
        if t.text[0].isdigit() and not _number_in_name([*words, t], len(words)):
            break  # "according to organisers and 22,000 according to ...": the next figure
        if _time_starts(tokens, j) and not (
            t.text == "Today" and words and f"{words[-1].low} today" in OUTLETS_NAMED_TODAY
        ):
            # "released by the health ministry on Monday": the date is not the source
            # ("according to USA Today": a title's word)
            break
        if (
            t.low in SPEECH_VERBS
            or t.low in SHOW_VERBS
            or t.low in FINDING_VERBS
            or (t.low in REPORT_GIVING_WORDS and not t.is_capitalised)
        ) and words:
            # "figures from the health ministry show", "data from The Associated Press
            # found that", "figures from the WHO showing": the ministry, the agency
            break
        if (
            words
            and t.low.endswith("ed")
            and not t.is_capitalised
            and words[-1].low not in DETERMINERS
        ):
            # "medical records reviewed by the group": the source is the records; but
            # "an updated tally of the Ministry" is the tally the ministry made
            break
        if words and not t.is_capitalised and (_adverb(t) or t.low in NUMBER_WORDS):
            break  # "posted by the WHO barely three days earlier": when, not who
        if words and t.low in _WHEN_PREPOSITIONS:
            break  # "released by the authorities after the explosion": when, not who
        if (
            t.low == "from"
            and words[-1:]
            and words[-1].is_capitalised
            and j + 1 < len(tokens)
            and not tokens[j + 1].is_capitalised
        ):
            break  # "confirmed by the MEC from the counties below": where the figures are from
        words.append(t)
        j += 1
    if all(w.low in DATA_WORDS or w.low in DETERMINERS for w in words):
        return None  # "according to figures released by police": the agent names it
    if (
        words
        and j < len(tokens)
        and tokens[j].text == ","
        # a description, or a title ("Tamber State's Information Commissioner, Ishaku
        # Damtal"): the name follows it
        and (not any(w.is_capitalised for w in words) or words[-1].low in ROLE_WORDS)
    ):
        # "according to the region's main opposition alliance, the Lowland Popular Front
        # (LPF)": the description's appositive names it
        named = _name_in_apposition(tokens, j + 1, canon, role=words[-1].low in ROLE_WORDS)
        if named is not None and words[-1].low in ROLE_WORDS:
            # "tweeted by the interior minister, Ana Ruiz": role and name together, as
            # "a police spokesman, Saltanat Azirbek, told" is read
            role = _with_affiliation(words, canon)
            return f"{role} {named}" if role else named
        if named is not None:
            return named
    if words and words[-1].low in DATA_WORDS:
        # "according to a Rahvan government toll", "according to an AFP tally": the
        # words before the count name who made it ("official figures" name no one)
        maker = [w for w in words[:-1] if w.low not in DETERMINERS]
        if maker and all(w.is_capitalised or w.low in _TALLY_MAKERS for w in maker):
            named = _with_affiliation(maker, canon)
            if named is not None:
                return named
    if (
        words
        and words[-1].low in DATA_WORDS
        and not any(
            w.is_capitalised or w.low.removesuffix("'s").removesuffix("’s") in SOURCE_NOUNS
            for w in words
        )
    ):
        return None  # "according to a provisional tally": a count, but whose is not said
    return _with_affiliation(words, canon)


_TALLY_MAKERS = SOURCE_NOUNS - {"official", "officials"}  # "official figures": whose?


def _only_determiners(words: Sequence[Token]) -> bool:
    return all(w.low in DETERMINERS for w in words)


def _bodies_counted_after(tokens: Sequence[Token], k: int) -> bool:
    """A count's noun follows, a lower-case plural within three words: "10 Vessamar
    hospitals", "6 Red Cross teams", "5 staff" (not an outlet's name: "112 Ukraine", "9
    News")."""
    for t in tokens[k : k + 3]:
        if not t.is_word or t.text[0].isdigit():
            return False
        if t.low in ELAPSED_TIME_NOUNS:
            return False  # "according to 2 weeks of hospital data": how long, not who
        if t.text.islower() and (t.low.endswith("s") or t.low in _PLURAL_PEOPLE):
            return True
    return False


_PLURAL_PEOPLE = frozenset({"staff", "people", "police", "personnel", "men", "women", "crew"})


_NAME_JOINERS = frozenset({"of", "for", "and", "&", "on", "de"})
_LIVES_REACH = 6  # tokens from "claimed" to "lives": "claimed at least 1,200 lives"
_WHEN_PREPOSITIONS = frozenset({"after", "following", "amid", "during", "since"})
_APPOSITION_NAME_WORDS = 8


def _name_in_apposition(tokens: Sequence[Token], k: int, canon: Canon, *, role: bool) -> str | None:
    """The name an appositive at token ``k`` gives: a body's, "the Lowland Popular Front
    (LPF)", with its article and ending the clause (or a bracket with its initials
    follows); or, after a role, a person's ("the interior minister, Ana Ruiz."). A name
    after a comma that goes on ("According to the army, Boko Haram, which ...") is the
    main clause's subject, no appositive."""
    if k < len(tokens) and tokens[k].low == "the":
        k += 1
    elif not role:
        return None
    name: list[Token] = []
    while k < len(tokens) and len(name) < _APPOSITION_NAME_WORDS:
        t = tokens[k]
        joins = t.low in _NAME_JOINERS and k + 1 < len(tokens) and tokens[k + 1].is_capitalised
        if not ((t.is_word and t.is_capitalised) or (joins and name)):
            break
        name.append(t)
        k += 1
    ends = (
        k >= len(tokens)
        or tokens[k].text in ("(", ".", ";")
        or tokens[k].text in _BOUNDARY
        # "the Information Commissioner, Ishaku Damtal, who announced it": a person's
        # name closed by a clause about them
        or (role and tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].low == "who")
    )
    if len(name) < 2 or not ends or not _is_name(name):
        return None
    return clean_source(name, canon)


def _number_in_name(words: Sequence[Token] | Sequence[str], k: int) -> bool:
    """'Channel 12', 'Kanal 7': a short number after a broadcaster's word is part of its
    name (not "March 12", "Tk 25", "Another 253"). ``words``: tokens or their texts."""
    if k == 0:
        return False
    prev, w = (x if isinstance(x, str) else x.text for x in (words[k - 1], words[k]))
    if not (w.isdigit() and prev[:1].isupper()):
        return False
    head = prev.lower()
    return (len(w) <= 3 and head in NUMBERED_NAME_HEADS) or (
        len(w) <= 4 and head in NUMBERED_SERVICE_HEADS
    )


def _with_affiliation(words: Sequence[Token], canon: Canon) -> str | None:
    """ "researcher at HRW" speaks for HRW; "a police spokesman" stays as said."""
    for k, t in enumerate(words):
        if t.low in ("at", "of", "for", "with", "in", "on") and 0 < k < len(words) - 1:
            head = words[k - 1]
            org = [w for w in words[k + 1 :] if w.low not in DETERMINERS]
            role = head.low in ROLE_WORDS or head.low in SOURCE_NOUNS
            if t.low == "of" and head.low in INSTITUTION_NOUNS:
                break  # "the health ministry of Kestovia": the whole is the body's name
            if role and not head.is_capitalised and org and org[0].is_capitalised:
                if t.low not in ("in", "on"):
                    return clean_source(org, canon)
            elif (
                role
                and t.low in ("at", "on")
                and (not head.is_capitalised or k == 1)
                and org
                and not any(w.is_capitalised for w in org)
            ):
                # "a firefighter at the scene told": where the speaker stood
                return clean_source(words[:k], canon)
            elif (
                t.low == "at"
                and k >= 2
                and all(w.is_capitalised for w in words[:k])
                and org
                and org[0].is_capitalised
            ):
                # "Erica Chenoweth at the University of Denver": a person named with where
                # she works speaks for herself
                return clean_source(words[:k], canon)
    return clean_source(words, canon)


def _skip_aside(tokens: Sequence[Token], j: int) -> int:
    """Step over ', which counts on behalf of the police,' or ', however,' before a verb."""
    if j < 0 or tokens[j].text != ",":
        return j
    k = j - 1
    while k >= 0 and j - k <= 16 and tokens[k].text != ",":
        k -= 1
    if k < 0 or tokens[k].text != ",":
        return j
    opener = tokens[k + 1]
    aside = tokens[k + 1 : j]
    if (
        _word(opener) in ("which", "who", "who's", "who’s", "also")
        # ", a copy of which was obtained by AP,": a relative clause, not the speaker
        or any(a.low == "of" and b.low in ("which", "whom") for a, b in pairwise(aside))
        or (opener.low.endswith("ing") and not opener.is_capitalised)
        # "Police in Mumbai, capital of Maharashtra state, said": what the place is
        or opener.low in PLACE_APPOSITIVE_NOUNS
        or (
            opener.low in ("the", "a") and len(aside) > 1 and aside[1].low in PLACE_APPOSITIVE_NOUNS
        )
        # "The committee's report, obtained by The Associated Press, says": who got the
        # document is no speaker; the document before the aside says it
        or (
            opener.low.endswith("ed")
            and not opener.is_capitalised
            and len(aside) > 1
            and aside[1].low == "by"
            and opener.low not in AUTHORING_VERBS
        )
        or all(t.low in _LEADING_ADVERBS for t in aside)
        or (len(aside) <= 4 and all(t.low in _ASIDE_WORDS for t in aside))
        # "Jane Doe, 34, said": a speaker's age
        or (len(aside) == 1 and opener.text.isdigit() and int(opener.text) <= OLDEST_AGE)
        # "Mohammad Asim, a hospital official, as per a Reuters report, said": the relay
        # is no speaker; the one named before it is
        or _OPENERS.starting_at(tokens, k + 1) is not None
        # "Turkish media, in rapid-fire reports, said": how they said it
        or (
            opener.low in ("in", "on", "via") and aside[-1].low.removesuffix("s") in STATEMENT_MEDIA
        )
    ):
        return k - 1
    return j


# Asides between a source and its verb: "The UN, in turn, estimates", "The ministry, for
# its part, said"
_ASIDE_WORDS = frozenset(
    {
        "in",
        "turn",
        "for",
        "its",
        "their",
        "part",
        "contrast",
        "response",
        "too",
        "though",
        "separately",
        "instead",
        "meantime",
        "the",
        "however",
        "meanwhile",
        "also",
        "first",
        "time",
    }
)


def _time_word(t: Token) -> bool:
    """A day or month name, which English writes with a capital: "the march" organisers
    held and what "may" happen are no dates."""
    return t.low in TIME_NAMES and (t.is_capitalised or t.low in DEICTIC_DAYS)


def _skip_time(tokens: Sequence[Token], j: int) -> int:
    """Step over a time phrase between a subject and its verb: "police on Monday raised",
    "the ministry late on Sunday said", "a federal prosecutor last week indicated"."""
    if j >= 1 and tokens[j].low in PERIOD_NOUNS and tokens[j - 1].low in PERIOD_DEICTICS:
        k = j - 2
        while k >= 0 and tokens[k].low in PERIOD_DEICTICS:
            k -= 1  # "earlier this week"
        return k
    k = j
    while k >= 0 and (_time_word(tokens[k]) or tokens[k].low in _DAY_PARTS):
        k -= 1
    if k == j:
        return j
    while k >= 0 and tokens[k].low in ("on", "late", "early", "by"):
        k -= 1
    return k


def _skip_time_aside(tokens: Sequence[Token], j: int) -> int:
    """Step back over a time phrase set off by a comma before it: "The Federal Government,
    on Sunday, disclosed", "Health Minister Petrus Ongwane, on Friday (September 3) told
    reporters" (with its date in brackets, and the closing comma dropped)."""
    k = j - 1 if j >= 0 and tokens[j].text == "," else j
    if k >= 0 and tokens[k].text == ")":
        opening = next((m for m in range(k - 1, max(-1, k - 5), -1) if tokens[m].text == "("), None)
        if opening is None or not all(
            t.text.isdigit() or _time_word(t) for t in tokens[opening + 1 : k]
        ):
            return j
        k = opening - 1
    before = _skip_time(tokens, k)
    if before == k or before < 0 or tokens[before].text != ",":
        return j
    return before - 1


def _skip_medium(tokens: Sequence[Token], j: int) -> int:
    """Step back over "in a statement", "on social media", "in its latest report"."""
    if j < 0 or tokens[j].low not in STATEMENT_MEDIA:
        return j
    k = j - 1
    while k >= 0 and j - k <= 4 and tokens[k].low not in ("in", "on", "via"):
        if not tokens[k].is_word:
            return j  # "..., on Monday, state media say": the medium is the speaker
        k -= 1
    return k - 1 if k >= 0 and tokens[k].low in ("in", "on", "via") else j


_DASHES = frozenset({"–", "—"})
_DASHED_WORDS = 8  # a name or two between dashes
_RELATIVE_PREPOSITIONS = frozenset({"in", "of", "for", "with", "to", "from", "under", "at", "on"})


def _segments_left(tokens: Sequence[Token], v: int) -> list[list[Token]]:
    """Comma-separated segments left of a speech verb, nearest first (at most three).

    Prepositions may join a subject ("Hospitals in the city", "Ministry of Health"),
    and a determiner inside a segment starts it afresh ("On Thursday the ministry").
    """
    segs: list[list[Token]] = [[]]
    j = v - 1
    # "the ministry sharply revised", "police have since said"
    while j >= 0 and (
        tokens[j].low in _AUX or (_adverb(tokens[j]) and not tokens[j].is_capitalised)
    ):
        j -= 1
    j = _skip_time(tokens, j)
    j = _skip_time_aside(tokens, j)
    j = _skip_medium(tokens, j)
    j = _skip_aside(tokens, j)
    if j >= 0 and tokens[j].text in _DASHES:
        # "Chairmen of the two councils – Friday Nansep and Yakubu Tengdung – put the
        # toll at 131": who they are, between dashes, as between commas
        k = next(
            (
                m
                for m in range(j - 1, max(-1, j - _DASHED_WORDS - 2), -1)
                if tokens[m].text == tokens[j].text
            ),
            None,
        )
        if k is not None and k < j - 1:
            inside = tokens[k + 1 : j]
            if all(t.is_capitalised or t.low == "and" for t in inside):
                segs = [list(inside), []]
            # "The regional governor – who visited the scene on Sunday – said": an aside
            # that names no one; the speaker stands before it
            j = k - 1
    while j >= 0 and len(segs) <= 3:
        t = tokens[j]
        seg = segs[-1]
        if (abbr := _abbreviation_possessive(tokens, j)) is not None:
            seg.insert(0, abbr)  # "Mayor Richard Bissen Jr.'s office said": one name
            j -= 4
            continue
        if t.text == ")":
            # "The Provincial Disaster Management Authority (PDMA) said", and an acronym
            # inside the name: "the Iran Human Rights (IHR) NGO said"
            k = j - 1
            while k >= 0 and j - k <= 8 and tokens[k].text != "(":
                k -= 1
            if (
                k >= 0
                and tokens[k].text == "("
                and (not seg or (all(_is_acronym(x) for x in tokens[k + 1 : j]) and j - k <= 3))
            ):
                j = k - 1
                continue
            break
        if _word(t) in ("which", "who", "who's", "who’s") and j > 0 and tokens[j - 1].text == ",":
            # "IOM, which is working with the government, estimated": skip the aside
            segs[-1] = []
            j -= 2
            continue
        if _word(t) in ("who", "whose", "whom") and j > 0 and tokens[j - 1].is_word:
            # "A woman who lost her daughter told", "the two chairmen in whose areas the
            # raids took place said": the woman, the chairmen speak
            segs[-1] = []
            j -= 1
            if t.low != "who" and tokens[j].low in _RELATIVE_PREPOSITIONS:
                j -= 1
            continue
        if t.text == "," and seg and seg[0].low.endswith("ing") and not seg[0].is_capitalised:
            segs[-1] = []  # "Murkomen, visiting the site, says": skip the aside
        elif t.text == ",":
            segs.append([])
        elif t.low in _JOINERS and seg and (seg[0].is_capitalised or seg[0].low == "the"):
            seg.insert(0, t)
        elif t.low == "in" and seg and seg[0].low == "charge":
            seg.insert(0, t)  # "the minister in charge of disasters said": one role
        elif (
            t.low in _JOINERS
            and len(seg) > 1
            and (seg[0].low in NEIGHBOUR_ADJECTIVES or seg[0].low in COMPASS_ADJECTIVES)
            and seg[1].is_capitalised
        ):
            seg.insert(0, t)  # "authorities in neighbouring Mozambique"
        elif (
            t.low == "on"
            and seg
            and seg[0].is_capitalised
            and j > 0
            and tokens[j - 1].is_capitalised
            and tokens[j - 1].low not in TIME_NAMES
        ):
            seg.insert(0, t)  # "the Commission on Human Rights said": one name
        elif (
            t.low == "and"
            and seg
            and seg[0].is_capitalised
            and j > 0
            and tokens[j - 1].is_capitalised
            and tokens[j - 1].is_word
            and any(x.low in _JOINERS for x in tokens[max(0, j - 4) : j])
        ):
            # "Minister of Land and Environment Celso Correia said": one title
            seg.insert(0, t)
        elif (
            t.text in _BOUNDARY
            or (_word(t) in _SUBJECT_STOP and not (t.is_capitalised and t.low in SPEECH_VERBS))
            or (t.low in SPEECH_VERBS and not t.is_capitalised)
            or t.text in QUOTE_MARKS
            or (t.is_capitalised and t.low in TIME_NAMES)
        ):
            break
        else:
            seg.insert(0, t)
        if len(segs[-1]) > _MAX_SOURCE_WORDS:
            break
        j -= 1
    out = []
    for seg in segs:
        for k in range(len(seg) - 1, 0, -1):
            if seg[k].low in DETERMINERS and seg[k - 1].low not in _JOINERS:
                seg = seg[k:]
                break
        while seg and seg[0].low in _JOINERS:
            seg = seg[1:]
        if seg:
            out.append(seg)
    return out


def _abbreviation_possessive(tokens: Sequence[Token], j: int) -> Token | None:
    """'Jr.'s', which tokens split as "Jr" "." "'" "s": one possessive token ending at ``j``,
    or None."""
    if j < 3 or tokens[j].low != "s" or tokens[j - 1].text not in ("'", "’"):
        return None
    dot, abbr = tokens[j - 2], tokens[j - 3]
    if dot.text != "." or abbr.low not in ABBREVIATIONS or abbr.end != dot.start:
        return None
    text = f"{abbr.text}.{tokens[j - 1].text}s"
    return Token(abbr.start, tokens[j].end, text, text.lower())


def _is_name(seg: Sequence[Token]) -> bool:
    """Capitalised words that name someone: not a sentence's opening "However" or
    "Monday"."""
    return (
        bool(seg)
        and all(t.is_capitalised or t.text in ("-",) for t in seg)
        and not all(t.low in _LEADING_ADVERBS or _time_word(t) for t in seg)
    )


def _sentence_subject(tokens: Sequence[Token], canon: Canon, start: int = 0) -> str | None:
    """'The army denied ... and said': the subject the sentence (or its clause from token
    ``start``) opened with."""
    words: list[Token] = []
    for k in range(start, len(tokens)):
        t = tokens[k]
        if t.is_word and (
            t.is_capitalised
            or t.low in DETERMINERS
            or t.low in _JOINERS
            or not words
            or words[-1].low in DETERMINERS
        ):
            if t.low in SPEECH_VERBS:
                break
            words.append(t)
            if len(words) > _MAX_SOURCE_WORDS:
                return None
        else:
            head = _modified_head(tokens, k, words)
            words.extend(head)
            after = k + len(head)
            if after < len(tokens) and tokens[after].text == "," and _generic_body(words):
                words = _name_after(tokens, after + 1) or words
            break
    return clean_source(words, canon) if words else None


def _generic_body(words: Sequence[Token]) -> bool:
    """'Another group', 'A second organisation': a body named only by its kind, whose
    name an appositive gives ("Another group, the Nicaraguan Association for Human
    Rights (ANPDH) published a report")."""
    return (
        len(words) <= 3
        and words[0].low in ANOTHER_OF_A_KIND
        and (words[-1].low in SOURCE_NOUNS or words[-1].low in GROUP_NAME_WORDS)
        and not any(t.is_capitalised for t in words[1:])
    )


_NAME_JOINERS = _JOINERS | {"and"}  # "Association for Human Rights and Peace"


def _name_after(tokens: Sequence[Token], k: int) -> list[Token]:
    """The capitalised name at token ``k`` after an optional "the", with its joiners."""
    if k < len(tokens) and tokens[k].low == "the":
        k += 1
    name: list[Token] = []
    while k < len(tokens) and len(name) < _MAX_SOURCE_WORDS:
        t = tokens[k]
        if not t.is_word or not (t.is_capitalised or (name and t.low in _NAME_JOINERS)):
            break
        name.append(t)
        k += 1
    while name and not name[-1].is_capitalised:
        name.pop()
    return name if len(name) >= 2 else []


def _modified_head(tokens: Sequence[Token], k: int, words: Sequence[Token]) -> list[Token]:
    """'Haitian health officials expect', 'the regional government published': the noun
    that speaks after an adjective that opens the subject, with at most one modifier
    between; none where the words that follow are a verb and its object ("Officials
    visited the hospital")."""
    last = words[-1] if words else None
    if last is None or last.low in SOURCE_NOUNS or not (last.is_capitalised or _modifier(last)):
        return []
    for n in (k, k + 1):
        if n < len(tokens) and (tokens[n].low in SOURCE_NOUNS or tokens[n].low in ROLE_WORDS):
            between = tokens[k:n]
            if all(_modifier(t) for t in between):
                return list(tokens[k : n + 1])
            return []
    return []


def _modifier(t: Token) -> bool:
    """A lower-case word that may stand before a noun: no verb form, number or function word."""
    return (
        t.is_word
        and not t.is_capitalised
        and not t.low.endswith(("ed", "ing"))
        and t.low not in SPEECH_VERBS
        and t.low not in FUNCTION_WORDS
        and t.low not in NUMBER_WORDS
    )


def _trailing_participle(tokens: Sequence[Token], v: int) -> bool:
    """', saying', ', stating', ', reporting': a participle after a comma whose subject
    is the sentence's own."""
    return v > 0 and tokens[v - 1].text == "," and tokens[v].low.endswith("ing")


_OPENING_PHRASE = 6  # tokens: "Earlier on Monday," "In a statement,"


def _participle_subject(tokens: Sequence[Token], v: int, canon: Canon) -> str | None:
    """Who a trailing ", saying" at token ``v`` speaks for: the subject of its own clause
    ("..., while the rebels claimed victory, saying 40 soldiers were killed"), else the
    sentence's, after an opening phrase of time or manner ("Earlier Monday, the
    government raised ..., saying")."""
    start = next((k + 1 for k in range(v - 1, -1, -1) if tokens[k].low in CLAUSE_OPENERS), 0)
    comma = next(
        (
            k
            for k in range(start, min(len(tokens), start + _OPENING_PHRASE))
            if tokens[k].text == ","
        ),
        -1,
    )
    if comma > start and not _starts_subject(tokens[start]):
        start = comma + 1
    if start >= v or not _starts_subject(tokens[start]):
        return None
    return _sentence_subject(tokens, canon, start)


def _starts_subject(t: Token) -> bool:
    """Whether a word may open a subject: not a preposition, a day, an adverb, a participle
    ("Speaking to reporters,", "Asked about the toll,") or elapsed time ("Hours after")."""
    return not (
        t.low in FUNCTION_WORDS - DETERMINERS
        or t.low in TIME_NAMES
        or t.low in _LEADING_ADVERBS
        or t.low in ELAPSED_TIME_NOUNS
        or (t.low.endswith(("ing", "ed")) and t.low not in SOURCE_NOUNS)
    )


def _subject_of(
    tokens: Sequence[Token], v: int, canon: Canon, resolve: Resolver | None = None
) -> str | None:
    """The source named before a speech verb at token ``v``."""
    k = v - 1
    while k > 0 and (tokens[k].low in _AUX or tokens[k].low in _SO_FAR):
        k -= 1  # "Authorities restored order, but so far have confirmed just five deaths"
    if k >= 0 and tokens[k].low in ("and", "but"):
        return _sentence_subject(tokens, canon)
    segs = _segments_left(tokens, v)
    if not segs:
        return None
    if len(segs) >= 2 and _describes(segs[0], segs[1]):
        # "Amina Bello, a spokeswoman for the State Hospital, the biggest hospital in Kano,
        # said": the last appositive describes the hospital; the speaker is as without it
        segs = segs[1:]
    if len(segs) >= 2 and _places_the_speaker(segs[0]):
        # "..., deputy director at the morgue, just outside Tahvan, told": where the
        # speaker is, set off before the verb
        segs = segs[1:]
    near = segs[0]
    if v <= _SUBJECT_SPAN and not any(t.text in (",", ";", ":") for t in tokens[:v]):
        # the sentence's subject runs from its start to the verb
        start = 1 if tokens[0].low in ("the", "a", "an") else 0
        head = _head_before_long_tail(tokens[start:v], canon)
        if head is not None:
            return head
    if (
        len(near) == 2
        and near[-1].low in DATA_WORDS
        and k == v - 1
        and near[0].low not in _PRONOUNS
        and near[0].low not in DETERMINERS  # "the statement added": who issued it, below
    ):
        if near[0].low in ("official", "officials'"):
            # "Official figures put the toll at 40": no official, the official figures
            return f"official {near[1].low}"
        if near[0].low in COUNT_VERSION_WORDS:
            return None  # "Latest tally put the toll at 430": a count, but whose is not said
    if len(segs) >= 2 and len(near) == 2 and near[0].low == "or" and _is_acronym(near[1]):
        # "Ecuador's Risk Management Secretariat, or SGR, raised": the name its initials
        # stand for
        return clean_source(segs[1], canon)
    # "a police spokesman, Saltanat Azirbek, told": role and name together.
    if len(segs) >= 2 and _is_name(near) and segs[1][-1].low in ROLE_WORDS:
        return clean_source([*segs[1], *near], canon)
    # "Jonathan Pedneault, researcher at HRW, said": the organisation speaks;
    # "Letta Tayler, an associate director, said": the person does.
    # "Youssef Baqhadar, deputy director at the morgue, told": no body named, the person
    if len(segs) >= 2 and _is_name(segs[1]) and not _is_name(near):
        org = _with_affiliation(near, canon)
        # (a role "at the morgue": no body named; not "officials" alone, who speak)
        role_only = (
            org is not None
            and org != clean_source(near, canon)
            and org.split()[-1].lower() in ROLE_WORDS
        )
        if org and org != clean_source(near, canon) and not role_only:
            return org
        if (near[0].low in DETERMINERS or role_only) and any(t.low in ROLE_WORDS for t in near):
            return clean_source(segs[1], canon)
    named = _appositive_name(segs, canon) or _name_before_long_appositive(tokens, near, canon)
    if named is not None:
        return named
    first = near[0]
    issued = [t for t in near if t.low not in DETERMINERS and t.low not in _LEADING_ADVERBS]
    if len(issued) == 1 and issued[0].low in ISSUED_WORDS and first.low in ("the", "this"):
        # "the statement added", "the update also said": who issued it, named before
        return resolve("it", first.start) if resolve is not None else None
    if first.low in _PRONOUNS and (
        len(near) == 1 or near[-1].low in ROLE_WORDS or near[-1].low in SOURCE_NOUNS
    ):
        # "he said", "its director said": someone named before
        named = resolve(first.low, first.start) if resolve is not None else None
        if named and len(near) > 1:
            return f"{named} {' '.join(t.text for t in near[1:])}"
        return named
    return _with_affiliation(near, canon)


_LONG_TAIL = 4  # words after a head's preposition that make it a phrase of its own
# tokens from a sentence's start to its verb read as one subject; bounded, as this is
# asked per figure and speech verb (a sentence of many would cost the cube of its length)
_SUBJECT_SPAN = 24


def _head_before_long_tail(near: Sequence[Token], canon: Canon) -> str | None:
    """ "Organisers of today's rally against the state visit of President X claimed",
    "Local officials in the border zone south of the town of Garoua told": a body's
    words, then a long phrase saying which (a short one stays: "Police in Lac-Megantic",
    "Ministry of Health")."""
    k = next((n for n, t in enumerate(near) if t.low in ("of", "in", "at", "from", "on")), None)
    if k is None or not 1 <= k <= 3 or len(near) - k - 1 <= _LONG_TAIL:
        return None
    if near[k + 1].is_capitalised:
        return None  # "the Ministry of Health and Social Protection of ...": one name
    first = next((n for n in range(k + 1, len(near)) if near[n].low in _JOINERS), len(near))
    if any(_source_noun(t.low) for t in near[k + 1 : first]):
        return None  # "A senior commander in the national guard": the body he speaks for
    head = near[:k]
    last = head[-1].low.removesuffix("'s").removesuffix("’s")
    if not (_source_noun(last) or _source_noun(last.removesuffix("s"))):
        return None
    return clean_source(head, canon)


def _places_the_speaker(seg: Sequence[Token]) -> bool:
    """Whether an appositive only says where ("just outside Tahvan", "near the border",
    "in Geneva"): a preposition of place, maybe after "just", and a name in it."""
    k = 1 if seg and seg[0].low in ("just", "right", "some") else 0
    return (
        len(seg) > k + 1
        and seg[k].low in _PLACE_PREPOSITIONS
        and any(t.is_capitalised for t in seg[k + 1 :])
    )


_PLACE_PREPOSITIONS = frozenset(
    {"outside", "near", "inside", "in", "at", "north", "south", "east", "west"}
)


def _describes(appositive: Sequence[Token], before: Sequence[Token]) -> bool:
    """Whether ``appositive`` ("the biggest hospital in Kano") describes the name that
    ends ``before``, itself an appositive ("a spokeswoman for the State Specialist
    Hospital"; "Jonathan Pedneault, a researcher at HRW" is a name and its role)."""
    return (
        appositive[0].low in ("the", "a", "an")
        and not any(t.is_capitalised for t in appositive[1:2])
        and before[0].low in ("a", "an")
        and any(t.low in ROLE_WORDS for t in before)
        and len(before) >= 3
        and before[-1].is_capitalised
        and before[-2].is_capitalised
    )


def _appositive_name(segs: Sequence[Sequence[Token]], canon: Canon) -> str | None:
    """'Migreurop, a network of immigration charities, estimates': the name before an
    appositive that calls it a body is the source (the appositive says it is one), and
    so is "The IHCHR, Iraq's highest human rights body, has put"."""
    if (
        len(segs) >= 2
        and (segs[0][0].low in ("a", "an") or segs[0][0].low.endswith(("'s", "’s")))
        and _is_name(segs[1])
        and any(t.low in SOURCE_NOUNS or t.low in GROUP_NAME_WORDS for t in segs[0])
    ):
        return clean_source(segs[1], canon)
    return None


# Prepositions that open the circumstances of a statement after its speaker's name
_CIRCUMSTANCE_PREPS = frozenset({"in", "at", "during", "while", "after", "before", "on"})


_APPOSITIVE_REACH = 16  # tokens: "a news site run by a collective of Iranian ... advocates"


def _name_before_long_appositive(
    tokens: Sequence[Token], near: Sequence[Token], canon: Canon
) -> str | None:
    """'HRANA, a news site run by a collective of rights advocates, said', 'Advocates for
    the Rohingya, an oppressed minority in Myanmar, say': an indefinite phrase between
    a comma and the verb describes the name before the comma, which speaks."""
    k = token_index(tokens, near[-1].end)  # what follows the subject: "," or the verb
    if k >= len(tokens) or tokens[k].text != ",":
        return None  # "..., an eyewitness told Mada Masr": the eyewitness speaks
    stop = max(-1, k - 1 - _APPOSITIVE_REACH)
    k -= 1
    while k > stop and tokens[k].text != ",":
        k -= 1
    if k <= 0 or tokens[k].text != "," or tokens[k + 1].low not in ("a", "an"):
        return None
    if any(t.low in ROLE_WORDS for t in tokens[k + 1 : k + 4]):
        return None  # "Min Ho-jun, an official from the Fire Service,": a role (see _subject_of)
    j = k - 1
    if tokens[j].text == ")":  # "the Human Rights Activists News Agency (HRANA),"
        while j > 0 and tokens[j].text != "(" and k - j <= 6:
            j -= 1
        j -= 1
    end = j + 1
    while (
        j >= 0
        and end - j <= _MAX_SOURCE_WORDS
        and tokens[j].is_word
        and _word(tokens[j]) not in _SUBJECT_STOP
        and tokens[j].low not in SPEECH_VERBS
    ):
        j -= 1
    words = [t for t in tokens[j + 1 : end] if t.is_word]
    if not words or not any(t.is_capitalised for t in words):
        return None
    source = clean_source(words, canon)
    return source if source and _could_name_a_source(source) else None


_MEDIUM_PREPS = frozenset({"on", "in", "via"})  # "wrote on Twitter", "said in a statement"
_MEDIUM_WORDS = 4  # "on its website the", "on state television"


def _subject_after(tokens: Sequence[Token], v: int, canon: Canon) -> str | None:
    """The source named after an inverted verb: '..., said Letta Tayler, an associate...'."""
    words: list[Token] = []
    j = v + 1
    # "said a report by the US-based Human Rights Activists News Agency": a report's
    # words come before the name and do not count against its length
    reach = _MAX_SOURCE_WORDS + (
        _REPORT_WORDS if j + 2 < len(tokens) and tokens[j + 1].low in DATA_WORDS else 0
    )
    if j < len(tokens) and tokens[j].low in _MEDIUM_PREPS:
        # "..., Tomas Vedrov, wrote on Twitter": where, not who; but "announced on state
        # television Interior Minister Hamid Sal": the name after where
        k = j + 1
        while k < len(tokens) and k <= j + _MEDIUM_WORDS and not tokens[k].is_capitalised:
            k += 1
        if k >= len(tokens) or k > j + _MEDIUM_WORDS or k + 1 >= len(tokens):
            return None
        if not (tokens[k + 1].is_capitalised or tokens[k].low in ROLE_WORDS):
            return None  # one capitalised word: the medium's own name ("on Twitter")
        j = k
    while j < len(tokens) and len(words) < reach:
        t = tokens[j]
        if t.text == "," or t.text in _BOUNDARY or t.low == "that" or _time_starts(tokens, j):
            break  # "said Meera Das on Sunday": the day is not part of the name
        if words and not t.is_capitalised and t.low in SPEECH_VERBS:
            break  # a second speech verb ends the name: "said Commissioner Mussa told Reuters"
        if (
            words
            and t.low in _CIRCUMSTANCE_PREPS
            and j + 1 < len(tokens)
            and not tokens[j + 1].is_capitalised
        ):
            break  # "informed IG Shalabh Mathur in a press meet": where he said it
        last = words[-1] if words else None
        if (
            last is not None
            and t.is_capitalised
            and last.low.endswith("s")
            and (last.low in SOURCE_NOUNS or last.low in ROLE_WORDS)
        ):
            # "..., say officials Protesters walk ...": a caption run on after a plural
            # source, not its name ("said rights group Amnesty International",
            # "said spokesman Ali Khan" name them)
            break
        words.append(t)
        j += 1
    if words and (
        any(t.is_capitalised for t in words)
        or words[0].low in DETERMINERS
        or words[0].low in ROLE_WORDS
        or (len(words) == 1 and words[0].low in SOURCE_NOUNS)  # "..., say police."
    ):
        return _with_affiliation(words, canon)
    return None


def _is_acronym(t: Token) -> bool:
    return len(t.text) > 1 and t.text.isalpha() and t.text.isupper()


def _names_a_source(t: Token) -> bool:
    """An acronym or a word for a body that gives figures: not a place ("Nepal's toll")."""
    stem = t.low.removesuffix("'s").removesuffix("’s").rstrip("'’")
    return _is_acronym(Token(t.start, t.end, t.text.split("'")[0].split("’")[0], stem)) or (
        stem in SOURCE_NOUNS and stem not in PLACE_BODY_NOUNS
    )


def _possessor_source(tokens: Sequence[Token], i: int, canon: Canon) -> str | None:
    """ "WHO's Ebola toll", "the ministry's latest figures", "the agency's own count": the
    body whose count it is, when the possessor names a body rather than a place."""
    t = tokens[i]
    if not (
        t.low.endswith(("'s", "’s"))
        or (i + 1 < len(tokens) and tokens[i + 1].text in ("'", "’") and t.low.endswith("s"))
    ) or not _names_a_source(t):
        return None
    j = i + 1 if t.low.endswith(("'s", "’s")) else i + 2
    if not any(w.low in DATA_WORDS for w in tokens[j : j + 3]):
        return None
    k = i
    while k > 0 and i - k < 4 and tokens[k - 1].is_capitalised and tokens[k - 1].is_word:
        k -= 1  # "the Health Ministry's count": the whole name
    return clean_source(tokens[k : i + 1], canon)


# Words before a body's figures that set the figure against them, not give it to them:
# "adjusted its toll to six to match the WHO's numbers", "well above the ministry's count"
_SET_AGAINST = frozenset(
    {"match", "matching", "than", "against", "above", "below", "exceeding", "contradicting"}
)


def _set_against(tokens: Sequence[Token], i: int) -> bool:
    """Whether the possessor at ``i`` names the figures another is set against."""
    k = i - 1
    if k >= 0 and tokens[k].low in ("the", "a"):
        k -= 1
    return k >= 0 and (
        tokens[k].low in _SET_AGAINST
        or (k >= 1 and tokens[k].low == "with" and tokens[k - 1].low in ("line", "compared"))
    )


def _headline_tail(tokens: Sequence[Token], canon: Canon) -> str | None:
    """ "Toll tops 5,000 - WHO", "1,492 injured in clashes: NCHR": a headline names its
    source after a final dash or colon; an acronym or a body's word, never a place."""
    if not tokens or not tokens[-1].is_word:
        return None  # a sentence ending in a full stop is not a headline
    shown = _figures_show(tokens, canon)
    if shown is not None:
        return shown
    k = len(tokens) - 1
    while k > 0 and len(tokens) - k <= 5 and tokens[k - 1].is_word:
        k -= 1
    if k < 2:
        return None
    tail = tokens[k:]
    if tokens[k - 2].low in PICTURE_WORDS:
        return None  # "Credit: Photo: GETTY": who took the picture
    if tokens[k - 1].text == "," and tail[0].low in FINDING_VERBS | SPEECH_VERBS:
        tail = tail[1:]  # "650 killed in Bangladesh violence, finds UN report"
    elif tokens[k - 1].text not in ("-", "–", "—", ":") or len(tail) > 4:
        return None
    # "- WHO", ": NCHR", "- activists", ": Rights group", "– human rights watchdog"
    if not tail or not (_is_acronym(tail[-1]) or tail[-1].low in SOURCE_NOUNS):
        return None
    if all(t.low in HEADLINE_MARKERS for t in tail):
        return None  # "... rises to 84 - UPDATED": the page's tag
    if all(t.low in UNNAMED_TAIL_WORDS for t in tail):
        return UNNAMED_REPORT_SOURCE  # "... Protests - Reports": no one named
    return clean_source(tail, canon)


_HEAD_WORDS = 4  # "Social Services:", "Red Cross:", "Police:"


def _headline_head(tokens: Sequence[Token], canon: Canon) -> str | None:
    """ "Social Services: 1,208 people missing", "Police: 5 dead in shooting": a headline
    names its source before an opening colon by a word for a body; capitals alone name
    its topic or a desk's label as often ("COVID:", "ISIS:", "EXPLAINER:", "US:")."""
    if not tokens or not tokens[-1].is_word:
        return None  # a sentence ending in a full stop is not a headline
    colon = next((k for k in range(min(len(tokens), _HEAD_WORDS + 1)) if tokens[k].text == ":"), 0)
    head = tokens[:colon]
    if not head or not all(
        t.is_word and (t.is_capitalised or (0 < k < len(head) - 1 and t.low in _JOINERS))
        for k, t in enumerate(head)
    ):
        return None
    # "Police:", "Red Cross:", "Ukrainian Ministry of Health:": a body's word last, or
    # right before "of" or "for" ("Blast at Army Base:" names a place, no body)
    names_a_body = head[-1].low in SOURCE_NOUNS or any(
        t.low in SOURCE_NOUNS and nxt.low in ("of", "for") for t, nxt in pairwise(head)
    )
    if any(t.low in ("at", "in", "on", "near") for t in head):
        return None  # "Fire at Police Station:": where it happened
    if is_known_body(" ".join(t.text for t in head)):
        return clean_source(head, canon)  # "Red Cross:", "UN:": a body known by its name
    if not names_a_body or head[-1].low in PLACE_NAMES:
        return None
    return clean_source(head, canon)


def _figures_show(tokens: Sequence[Token], canon: Canon) -> str | None:
    """'Ebola death toll up 200 since Friday, WHO figures show': the body whose figures
    the headline ends on."""
    n = len(tokens)
    if n < 4 or tokens[-1].low not in SHOW_VERBS or tokens[-2].low not in DATA_WORDS:
        return None
    k = n - 2
    while k > 0 and n - 2 - k < 5 and tokens[k - 1].is_word:
        k -= 1
    if k == 0 or tokens[k - 1].text != "," or k == n - 2:
        return None
    return clean_source(tokens[k : n - 2], canon)


def _before_toll(tokens: Sequence[Token], i: int) -> bool:
    """'confirmed death toll', 'reported toll': a participle before the toll it
    describes, no verb of speech; 'claimed the lives of 47': a killing, no claim."""
    nxt = [t.low for t in tokens[i + 1 : i + 3]]
    if tokens[i].low == "claimed" and (nxt[:1] == ["lives"] or nxt == ["the", "lives"]):
        return True
    return nxt[:1] == ["toll"] or nxt == ["death", "toll"]


def _another_figure(tokens: Sequence[Token], k: int, q: int) -> bool:
    """Whether token ``k`` is a figure past the one at ``q``: a participle or opener after
    it ("the 36,000 reported by police") gives that figure's source, not ``q``'s."""
    return k > q + 2 and tokens[k].text[0].isdigit()


# the makers of data ("health ministry figures show") are read before verbs of speech
_FINDINGS = FINDING_VERBS | COUNTING_VERBS | WITNESS_VERBS


def _finder(tokens: Sequence[Token], v: int, canon: Canon, resolve: Resolver) -> str | None:
    """Who gave a figure by a verb of finding, counting or seeing: a study or its makers
    ("an investigation found"), a body that counts ("officials have identified"), an
    outlet's reporters ("an AP reporter saw"). Anyone else finding ("rescuers found 52
    bodies") gives no source."""
    low = tokens[v].low
    segs = _segments_left(tokens, v)
    if segs and segs[0][0].low in ("our", "we"):
        return None  # "our researchers documented": the outlet's own count, no source
    return (
        (_study(tokens, v, canon) if low in FINDING_VERBS else None)
        or (_body(_subject_of(tokens, v, canon, resolve)) if low in COUNTING_VERBS else None)
        or (_outlet_witness(tokens, v, canon) if low in WITNESS_VERBS else None)
    )


_SUBJECT_REACH = 5  # tokens from a finder back to its clause's opener: "after the health ministry"


def _subordinate_after(tokens: Sequence[Token], v: int, q: int) -> bool:
    """'The toll rose to 50 after investigators found another victim, the police
    commissioner said': a finder in a clause after the figure's that finds something of
    its own, not the figure ("..., as a UN inquiry found" gives it)."""
    if v + 1 >= len(tokens) or not tokens[v + 1].is_word or tokens[v + 1].low == "that":
        return False
    k = v - 1
    while k > q and v - k <= _SUBJECT_REACH and tokens[k].is_word:
        if tokens[k].low in SUBORDINATORS:
            return True
        k -= 1
    return False


def _data_maker(tokens: Sequence[Token], v: int, canon: Canon) -> str | None:
    """'Health ministry figures show', 'new official data shows', 'witness accounts
    suggested': who made the data a show verb's subject names, by its modifiers (a
    source after "from" or "by" is read by the opener)."""
    segs = _segments_left(tokens, v)
    if not segs:
        return None
    near = segs[0]
    at = next((k for k in range(len(near) - 1, -1, -1) if near[k].low in DATA_WORDS), None)
    if at is None or at != len(near) - 1:
        return None  # "the dead show", "figures from the ministry show" (the opener's)
    makers = [t for t in near[:at] if t.low not in DETERMINERS and not _adverb(t)]
    makers = [t for t in makers if t.low not in _OUTPUT_MODIFIERS]
    if not makers:
        return None
    if len(makers) == 1 and makers[0].low in ACCOUNT_MAKERS:
        return ACCOUNT_MAKERS[makers[0].low]
    return _body(clean_source(makers, canon))


def _outlet_witness(tokens: Sequence[Token], v: int, canon: Canon) -> str | None:
    """'An Associated Press reporter saw 23 bodies', 'AFP journalists counted 30': the
    outlet whose people saw the figure; "a reporter saw" names no one."""
    segs = _segments_left(tokens, v)
    if not segs or segs[0][-1].low not in OUTLET_WITNESSES:
        return None
    outlet = [t for t in segs[0][:-1] if t.low not in DETERMINERS]
    if not outlet or not all(t.is_capitalised for t in outlet):
        return None
    return clean_source(outlet, canon)


_TOPIC_PREPOSITIONS = frozenset({"on", "about", "of", "from", "for", "with", "in"})


def _tells_of_a_topic(tokens: Sequence[Token], i: int) -> bool:
    """'reporting on worrying developments', 'speaking about the raids' (not "saying on
    Friday that ...": a day)."""
    if i + 2 >= len(tokens) or tokens[i + 1].low not in _TOPIC_PREPOSITIONS:
        return False
    nxt = tokens[i + 2]
    return not (nxt.low in TIME_NAMES or nxt.text[0].isdigit())


def _is_passive(tokens: Sequence[Token], i: int) -> bool:
    """'was reported', 'was not immediately confirmed': no speaker before the verb ("is
    reporting", "are saying": the progressive, whose speaker stands before it; "are
    reporting on worrying developments" tells of a topic, no figure)."""
    if tokens[i].low.endswith("ing") and not _tells_of_a_topic(tokens, i):
        return False
    k = i - 1
    while k >= 0 and (
        tokens[k].low in ("not", "never", "also", "since", "later", "earlier")
        or tokens[k].low.endswith("ly")
    ):
        k -= 1
    return k >= 0 and tokens[k].low in _PASSIVE_AUX


def _after_participle(tokens: Sequence[Token], i: int) -> bool:
    """'released by', 'revised to 275 by': a "by" naming who gave a figure."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if tokens[k].low in AGENT_PARTICIPLES:
            if tokens[k].low in SUPPLY_PARTICIPLES and not any(
                t.low in DATA_WORDS or t.low in _DETAILS for t in tokens[max(0, k - 12) : k]
            ):
                return False  # "755 security officers provided by the organisers"
            # "was not immediately confirmed by NBC": who did not give it
            return not any(t.low in ("not", "never") for t in tokens[max(0, k - 3) : k])
        if tokens[k].text in _BOUNDARY or tokens[k].text == ",":
            return False
    return False


def _noun_like_verb(tokens: Sequence[Token], i: int) -> bool:
    """'police estimate some 100,000' (a verb), not 'the estimates of the dead' (a noun)."""
    if tokens[i].low not in NOUN_LIKE_VERBS or i == 0 or i + 1 >= len(tokens):
        return False
    if any(_is_past_verb(t) for t in tokens[max(0, i - 3) : i - 1]):
        # "Police dismissed opposition claims hundreds ...", "The ministry rejected media
        # reports 40 ...": the object of a verb before it, a noun
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    # "The UN, in turn, estimates the toll at 741", and an appositive: "Migreurop, a
    # network of immigration charities, estimates some 17,000"
    after_aside = prev.text == "," and (
        _skip_aside(tokens, i - 1) != i - 1
        or _appositive_name(_segments_left(tokens, i), _identity) is not None
    )
    return (
        (prev.is_word or after_aside)
        and prev.low not in DETERMINERS
        and (
            nxt.low in NOUN_LIKE_VERB_NEXT
            or nxt.text[0].isdigit()
            # "a witness reports dozens of bodies"; in lower case: "..., finds UN report
            # One rescuer said" is a headline run into the next sentence
            or (nxt.text.islower() and (is_number_word(nxt.low) or nxt.low in VAGUE_OPENING_WORDS))
        )
    )


def _is_past_verb(t: Token) -> bool:
    """A lower-case word in "-ed", read as a verb before a noun phrase ("dismissed")."""
    return t.is_word and not t.is_capitalised and t.low.endswith("ed") and len(t.low) > 4


def _revises(tokens: Sequence[Token], i: int) -> bool:
    """'police raised the toll to 275', 'the UN gave a figure of 320', 'published a report
    putting the toll at 285': a body revising, giving or publishing a figure; not 'the
    toll has increased to 131', where the toll is the subject, nor 'the army reduced the
    town to rubble', whose object is no toll."""
    low = tokens[i].low
    if low in TOLL_OBJECT_VERBS:
        return any(t.low in TOLL_OBJECT_NOUNS for t in tokens[i + 1 : i + 5])
    if low in PUBLISHING_VERBS:
        report = next(
            (k for k in range(i + 1, min(len(tokens), i + 5)) if tokens[k].low in DATA_WORDS),
            None,
        )
        return report is not None and any(
            t.low in REPORT_GIVING_WORDS for t in tokens[report + 1 : report + 4]
        )
    if low not in REVISION_VERBS:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.low == "to":
        # "authorities raised to 131 the death toll": the toll named after its figure
        return any(t.low in TOLL_OBJECT_NOUNS for t in tokens[i + 3 : i + 6])
    if nxt is not None and nxt.low == "from":
        # "Vahidi on Thursday revised from 95 to 84 the death toll"
        return any(t.low in TOLL_OBJECT_NOUNS for t in tokens[i + 5 : i + 8])
    return nxt is not None and nxt.low not in ("to", "by", "from") and not nxt.text[0].isdigit()


def _reported_at_end(tokens: Sequence[Token], i: int) -> bool:
    """'..., HRC Viasna reports.': a verb that is also a noun ("reports", "estimates")
    ending the sentence after its subject is the speech verb."""
    if tokens[i].low not in NOUN_LIKE_VERBS or not tokens[i].low.endswith("s") or i < 2:
        return False  # "..., finds UN report": the noun
    last = (
        i + 1 >= len(tokens)
        or (i + 2 == len(tokens) and not tokens[i + 1].is_word)
        # "..., the UN migration agency estimates, as the search goes on." (not "..., well
        # above government estimates, and the toll is expected to rise")
        or (
            tokens[i + 1].text == ","
            and i + 2 < len(tokens)
            and tokens[i + 2].low in _CLAUSE_AFTER
            and not any(t.low in _COMPARED_WITH for t in tokens[max(0, i - 4) : i])
        )
    )
    if not last or any(t.low in BEFORE_A_REPORTS_NOUN for t in tokens[max(0, i - 3) : i]):
        return False  # "... than the 25 given in police reports": the noun
    # "..., the Italian civil defence service reports.": a body's noun before it too
    return tokens[i - 1].is_capitalised or tokens[i - 1].low in SOURCE_NOUNS


_CLAUSE_AFTER = frozenset({"as", "while", "with", "and", "but", "though", "although"})
_COMPARED_WITH = frozenset(
    {"above", "below", "despite", "than", "what", "beyond", "exceeding", "under", "over"}
)
_CITED = frozenset({"cited", "cites", "quoted", "quotes"})
_AS_SAYING = 8  # tokens from "cited" to "as saying": "cited the Belarusian Interior Ministry"


def _cited_as_saying(tokens: Sequence[Token], i: int, canon: Canon) -> str | None:
    """'RIA news agency cited the Interior Ministry as saying': the body cited."""
    for k in range(i + 2, min(len(tokens) - 1, i + _AS_SAYING)):
        if tokens[k].low == "as" and tokens[k + 1].low in CITED_AS:
            return clean_source(tokens[i + 1 : k], canon)
        if not tokens[k].is_word:
            return None
    return None


def _body(source: str | None) -> str | None:
    """A source only when it names a body or a person: "the state government", "Nepali
    police", "UNICEF"; not "heavy rains" or "the floods"."""
    if source is None:
        return None
    words = source.split()
    last = words[-1].lower().removesuffix("'s").removesuffix("’s")
    if _source_noun(last) or last in ROLE_WORDS or any(len(w) > 1 and w.isupper() for w in words):
        return source
    caps = [w for w in words if w[:1].isupper()]
    if words[-1][:1].isupper() and any(w.lower() in SOURCE_NOUNS for w in words[:-1]):
        return source  # "rights group Vesna": a body's kind, then its name
    return source if len(caps) >= 2 and len(caps) == len(words) else None


def _study(tokens: Sequence[Token], v: int, canon: Canon) -> str | None:
    """'An Associated Press investigation found', 'researchers for Amnesty International
    identified': a finding verb gives a source only when its subject is a study or the
    people who made it."""
    segs = _segments_left(tokens, v)
    if not segs:
        return None
    first = next((k for k in range(v - 1, -1, -1) if tokens[k] is segs[0][0]), None)
    if first is not None and first >= 2 and tokens[first - 1].low == "from":
        report = tokens[first - 2].low in STUDY_NOUNS or tokens[first - 2].low == "reports"
        # the report heads the clause ("Rescuers acting on a report from villagers
        # found": the rescuers found)
        if report and all(t.low in _REPORT_OPENERS for t in tokens[: first - 2]):
            # "Reports from Korvenia's health minister suggest", "A report from the UN
            # found": who the report came from, a body or a person (not "reports from
            # Kharkiv", "a report from villagers")
            return _body(clean_source(segs[0], canon))
    if not any(t.low in STUDY_NOUNS for t in segs[0]):
        # "A study by Reuters found", "An analysis of police data from The Associated
        # Press found": the study's maker, named after it
        maker = segs[0]
        named = maker[0].is_capitalised  # a body or an outlet, not "villagers"
        return _with_affiliation(maker, canon) if named and _made_by(tokens, maker[0]) else None
    if segs[0][0].low in ("our", "we"):
        return None  # "our researchers documented": the outlet's own count, no source
    return _with_affiliation(segs[0], canon)


_REPORT_OPENERS = DETERMINERS | {"new", "latest", "initial", "preliminary", "official", "separate"}
_MAKER_REACH = 6  # tokens from "by" back to the study's noun: "An analysis of state police data"


def _made_by(tokens: Sequence[Token], first: Token) -> bool:
    """The words before a finder's name say it made a study: "a study by", "an analysis
    of police data from"."""
    k = next((i for i, t in enumerate(tokens) if t is first), 0) - 1
    return (
        k >= 1
        and tokens[k].low in ("by", "from")
        and any(t.low in STUDY_NOUNS for t in tokens[max(0, k - _MAKER_REACH) : k])
    )


# Words after a speech verb that make a statement of their own: this many at least, and
# none that only says where, when or how it was said (a tag) or points back at the figure
_STATEMENT_WORDS = 8


def _new_clause_between(tokens: Sequence[Token], q: int, v: int) -> bool:
    """A comma and a coordinator between a figure and a speech verb after it, whose clause
    goes on to say something else: "The shooting of 34 workers prompted an outcry, and
    last week the president told workers during a visit he felt their pain". Not a tag
    that closes the sentence ("..., and 30 were injured, the ministry said in a statement
    posted online late on Monday") nor one that takes up the figure ("..., and the
    ministry confirmed the figure in a statement")."""
    if not any(
        tokens[k].text == "," and _opens_a_clause(tokens, k + 1, v) for k in range(q, v - 1)
    ):
        return False
    said = [t for t in tokens[v + 1 :] if t.is_word]
    if len(said) < _STATEMENT_WORDS:
        return False
    if any(t.text[0].isdigit() or t.low in NUMBER_WORDS for t in said) or any(
        t.low == "that" for t in said[:_THAT_REACH]
    ):
        return True  # "..., while the opposition reported earlier that 27 were killed"
    if said[0].low in STATEMENT_CIRCUMSTANCES:
        return False
    return not any(t.low in FIGURE_BACK_REFERENCES or t.low in _PRONOUNS for t in said[:3])


_THAT_REACH = 5  # words: "said on Thursday that ..." opens what was said
_CONTRAST_WORDS = frozenset({"while", "whereas", "whilst"})
# tokens from "while" to its verb: "while the state health department has officially
# confirmed 46 deaths"
_CONTRAST_SUBJECT = 10


def _contrasted_after(tokens: Sequence[Token], q: int, v: int) -> bool:
    """Whether the speech verb at ``v`` opens a clause of contrast after the figure at
    ``q`` ("... 700,000 while police said 190,000") that states a figure of its own."""
    contrast = next((k for k in range(q + 1, v) if tokens[k].low in _CONTRAST_WORDS), None)
    return (
        contrast is not None
        # the contrast's own subject and verb: "while police said" (not "while trying to
        # cross the border, the coastguard said")
        and v - contrast <= _CONTRAST_SUBJECT
        and not tokens[contrast + 1].low.endswith("ing")
        and not any(t.text == "," for t in tokens[contrast:v])
        and any(t.text[0].isdigit() or t.low in NUMBER_WORDS for t in tokens[v + 1 : v + 6])
    )


def _set_against_by(tokens: Sequence[Token], q: int, v: int) -> bool:
    """Whether the speech verb at ``v`` heads a clause that a concessive word after the
    figure at ``q`` opens: "17 died ... though some observers believe the real toll is
    higher". A comma after that clause ends it: in "..., although the remaining 49 were
    free, Tesso's government said on Saturday" the tag gives the whole sentence."""
    for k in range(v - 1, q, -1):
        if tokens[k].text == ",":
            return False
        if tokens[k].low in CONCESSIVE_WORDS:
            return True
    return False


def _opens_a_clause(tokens: Sequence[Token], k: int, v: int) -> bool:
    """Whether the words from ``k`` (after a comma) open a clause of their own before the
    verb at ``v``: ", and ...", ", while ...", or a time's ", shortly before ...", ", hours
    after ..." (at most two words of degree before it) that runs to the verb: in "...,
    days after a similar attack on the market, police said" a comma ends the time's
    phrase, and the tag gives the whole sentence."""
    for j in range(k, min(k + 3, v)):
        low = tokens[j].low
        if low in CLAUSE_COORDINATORS:
            return True
        if low in TIME_SUBORDINATORS:
            return not any(t.text == "," for t in tokens[j + 1 : v])
        if low not in TIME_DEGREE_WORDS:
            return False
    return False


def _inverted(tokens: Sequence[Token], v: int) -> bool:
    """'..., the ministry said', '“...,” said Sarangi', "''...,'' said X": the speaker
    follows the statement (a closing quote mark may stand between)."""
    k = v - 1
    while k >= 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    return k >= 0 and (tokens[k].text == "," or k < v - 1)


def _could_name_a_source(source: str) -> bool:
    """Whether a phrase can name who gave a figure: never a clause fragment ("largest
    number of", "last update", "due largely to what experts", "Five cases", "outbreak of
    measles"). A name holds a capital, or a word for a body or a person."""
    words = source.split()
    lows = [w.lower().strip("'’,.") for w in words]
    if len(words) >= 3 and source.isupper():
        return False  # "A VIRTUAL BATTLEFIELD AT SITAKUNDA": a caption's label, no body
    if lows[0] in PICTURE_WORDS:
        return False  # "Photos of the area showed thousands": what was seen, not who saw
    if len(lows) == 1 and lows[0] in _DETAILS:
        return False  # "Information revealed that 26 were aboard": no one named
    if lows[0] in NOT_SOURCE_STARTS or any(
        (any(ch.isdigit() for ch in w) and not _number_in_name(words, k))
        or w in NUMBER_WORDS
        or w in NOT_SOURCE_WORDS
        for k, w in enumerate(lows)
    ):
        return False
    if any(w[:1].isupper() for w in words):
        return True
    if lows[-1] in DATA_WORDS or lows[-1] in ("reports", "report"):
        # "preliminary reports", "the latest data": a kind of record, no one who counts
        return any(w.removesuffix("'s") in SOURCE_NOUNS or w in ROLE_WORDS for w in lows[:-1])
    return any(
        _source_noun(w.removesuffix("'s")) or w in ROLE_WORDS or w in STUDY_NOUNS for w in lows
    )


def _source_noun(word: str) -> bool:
    """A word for a body, also after a prefix of rank ("sub-committee", "co-chairs"; not
    "anti-government": a modifier)."""
    if word in SOURCE_NOUNS:
        return True
    prefix, dash, head = word.partition("-")
    return bool(dash) and prefix in RANK_PREFIXES and head in SOURCE_NOUNS


_REACH = 60  # tokens either side of a figure (a long news sentence has about 50)


def attribution_in_sentence(
    tokens: Sequence[Token], q: int, canon: Canon = _identity, resolve: Resolver | None = None
) -> str | None:
    """The nearest named source in a sentence for a figure at token index ``q``.

    ``resolve`` names who a pronoun speaker ("he said", "its spokesman") is. A figure's
    source stands within ``_REACH`` tokens of it: reading a longer sentence whole for
    each of its figures would cost the square of its length.
    """
    opening = _dateline_end(tokens)
    if 0 < opening <= q:
        tokens, q = tokens[opening:], q - opening  # the place of writing is no one's name
    if len(tokens) > 2 * _REACH + 1:
        lo = max(0, q - _REACH)
        tokens, q = tokens[lo : q + _REACH + 1], q - lo
    tokens = _without_others_corrections(tokens, q)
    if _title_case(tokens):
        # "Military Spokesman Says Protests Left 258 People Dead": a headline's speech
        # verb is capitalised like every word of it
        tokens = [t._replace(text=t.low) if t.low in _HEADLINE_VERBS else t for t in tokens]
    # a semicolon joins two statements: "officials set the toll at 278; the Brotherhood
    # said it was many times higher" gives the toll to the officials. Where the figure's
    # own clause names no one, the source at the end covers every clause: "The storm
    # killed 5 people; 3 others are missing, the governor said."
    left = next((k for k in range(q - 1, -1, -1) if tokens[k].text == ";"), -1)
    right = next((k for k in range(q, len(tokens)) if tokens[k].text == ";"), len(tokens))
    if left >= 0 or right < len(tokens):
        own = _nearest_source(tokens[left + 1 : right], q - left - 1, canon, resolve)
        if own is not None:
            return own
    return _nearest_source(tokens, q, canon, resolve)


_ABSOLUTE_REACH = 5  # tokens from "with" to its participle: "with their families formally"


def _after_absolute_with(tokens: Sequence[Token], i: int) -> bool:
    """A participle after "with" and its noun phrase tells what was done to them, not who
    spoke: "with their families formally told" (not "with police saying 40 were hurt",
    nor "with the ministry, police said")."""
    if tokens[i].low.endswith("ing"):
        return False
    for k in range(i - 1, max(-1, i - 1 - _ABSOLUTE_REACH), -1):
        t = tokens[k]
        if t.low == "with":
            # set off by a comma: "..., with their families told" (not "an official with
            # the ministry said")
            return k < i - 1 and k > 0 and tokens[k - 1].text == ","
        if (
            not t.is_word
            or t.text[0].isupper()
            or t.low in ("and", "but", "while", "as", "when", "after", "because")
            or t.low.endswith("ing")
        ):
            # "... with arrests The UN said": a headline run into a sentence; "with dozens
            # hurt and police told reporters": a clause of its own
            return False
    return False


def _without_others_corrections(tokens: Sequence[Token], q: int) -> Sequence[Token]:
    """The sentence with the words of a correction that is not the figure's own blanked:
    "The toll was 89 -- not 96 as the city manager told ANN -- according to state
    officials" gives the 89 to the state; the manager's is the 96 (its own words stay)."""
    if not any(t.low == "not" for t in tokens):
        return tokens
    out = list(tokens)
    for k, t in enumerate(tokens):
        if t.low != "not" or k + 1 >= len(tokens) or k == 0:
            continue
        figure = k + 2 if tokens[k + 1].low == "the" else k + 1
        if figure >= len(tokens) or not _starts_a_figure(tokens[figure]):
            continue
        if not corrected_figure(tokens, figure):
            continue
        end = next(
            (m for m in range(figure + 1, len(tokens)) if tokens[m].text in _CORRECTION_ENDS),
            len(tokens),
        )
        if not k <= q < end:
            for m in range(k, end):
                out[m] = tokens[m]._replace(text="…", low="…")
    return out


_CORRECTION_ENDS = frozenset({",", "--", "-", "—", "–", ";", "."})


def _starts_a_figure(t: Token) -> bool:
    return t.text[:1].isdigit() or is_number_word(t.low)


_DATELINE_DASHES = frozenset({"-", "—", "–", ":"})
_DATELINE_WORDS = 12  # tokens: "PORT-AU-PRINCE, Haiti, Oct 6 (Reuters) -"


def _names_a_body_before_colon(tokens: Sequence[Token], k: int) -> bool:
    """Capitals before a colon that name a body, not a place of writing: an acronym
    ("WHO:"), an international body ("UNICEF:", "RED CROSS:"), words no place list knows
    ("NATIONAL POLICE:"); a dateline is one word ("KARACHI:") or a known place ("NEW
    DELHI:")."""
    name = " ".join(t.text for t in tokens[:k])
    if (
        names_international_body(name)
        or is_known_body(name)
        or name.lower() in SOURCE_NOUNS  # "POLICE:"
        or (k == 1 and len(name) <= _ACRONYM_LETTERS)
    ):
        return True
    return k > 1 and name.lower() not in KNOWN_PLACES


_ACRONYM_LETTERS = 4  # "WHO:", "ICRC:" head a statement


def _dateline_end(tokens: Sequence[Token]) -> int:
    """Where a wire dateline opening the sentence ends: the token after its dash ("VESTA
    CITY (Meridian) - Orvania cut ...", "GENEVA, Nov 12 -"); 0 where none opens it. The
    place is written in capitals, then a date or the agency in brackets may follow."""
    if not tokens or not (
        tokens[0].text.isupper() and tokens[0].is_word and len(tokens[0].text) > 1
    ):
        return 0
    k = 0
    while k < len(tokens) and tokens[k].is_word and tokens[k].text.isupper():
        k += 1
    for m in range(k, min(len(tokens), _DATELINE_WORDS)):
        t = tokens[m]
        if t.text in _DATELINE_DASHES:
            # "WHO:", "UNICEF:", "POLICE:" head a body's statement; "KARACHI:", "NEW
            # DELHI:" are datelines
            if t.text == ":" and _names_a_body_before_colon(tokens, k):
                return 0
            return m + 1
        if t.is_word and t.text[0].islower():
            return 0  # prose before any dash: "UN officials said ..."
    return 0


_TITLE_SHARE = 0.7  # of a headline's words written with a capital
# speech verbs a title-case headline capitalises that are no nouns ("Reports" may be one)
_HEADLINE_VERBS = frozenset(
    {"says", "said", "tells", "told", "warns", "adds", "confirms", "claims"}
)


def _title_case(tokens: Sequence[Token]) -> bool:
    words = [t for t in tokens if t.is_word and not t.text[0].isdigit() and len(t.text) > 3]
    return len(words) >= 4 and sum(t.is_capitalised for t in words) >= _TITLE_SHARE * len(words)


def _earlier_reports(tokens: Sequence[Token], q: int) -> bool:
    """'the toll stood at 1,150, up from previous reports of 1,000 killed': a figure of
    earlier, unnamed reports, not of whoever speaks in the sentence."""
    return (
        q >= 3
        and tokens[q - 1].low == "of"
        and tokens[q - 2].low in EARLIER_REPORT_NOUNS
        and tokens[q - 3].low in EARLIER_REPORT_WORDS
    )


def _own_possessor(tokens: Sequence[Token], q: int, canon: Canon) -> str | None:
    """ "far below the government's official figure of 316,000": the body whose figure
    the figure's own phrase says it is, whoever speaks in the sentence."""
    k = q - 1
    if k < 2 or tokens[k].low not in ("of", "at"):
        return None
    # "the government's official death toll stands at 43": five words back
    for i in range(k - 1, max(-1, k - _POSSESSOR_REACH), -1):
        if tokens[i].low.endswith(("'s", "’s")):
            return _possessor_source(tokens, i, canon)
        if not tokens[i].is_word:
            return None
    return None


_POSSESSOR_REACH = 6  # tokens from "of"/"at" back to the possessor, the first excluded


def _lives_taken(tokens: Sequence[Token], i: int) -> bool:
    """ "claimed at least 60 lives": lives taken, no statement ("claimed that only 12
    lives were lost", "claimed 3 lives were lost" state a figure)."""
    for k in range(i + 1, min(len(tokens), i + _LIVES_REACH)):
        if tokens[k].low in ("lives", "life"):
            nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
            return nxt not in _LIVES_LOST_VERBS
        if tokens[k].low == "that":
            return False
    return False


_LIVES_LOST_VERBS = frozenset({"were", "was", "had", "have", "lost", "are"})


def _tally_maker(tokens: Sequence[Token], q: int, canon: Canon) -> str | None:
    """ "A Tidewire tally of fatalities logged by officials confirmed 497", "A tally by
    Tidewire, drawn from figures supplied by district staff, placed the number at 700":
    a count that opens the sentence is its maker's, not that of those whose figures it
    drew on. Only where no one speaks after the figure."""
    k = 1 if tokens and tokens[0].low in ("a", "an", "the") else 0
    name_end = k
    while (
        name_end < len(tokens)
        and name_end - k < _MAX_SOURCE_WORDS
        and _names_maker(tokens[name_end])
    ):
        name_end += 1
    if name_end >= len(tokens) or tokens[name_end].low not in TALLY_MAKER_NOUNS:
        return None
    if name_end > k:
        words = tokens[k:name_end]
        if any(w.low in COUNT_VERSION_WORDS or w.low in _OUTPUT_MODIFIERS for w in words) or (
            k == 0 and not all(_is_acronym(w) for w in words)
        ):
            return None  # "Latest tally put the toll above 310": whose is not said
        maker = clean_source(words, canon)  # "A Tidewire tally", "AP count"
    elif name_end + 1 < len(tokens) and tokens[name_end + 1].low == "by":
        maker = _after_opener(tokens, name_end + 1, 1, canon)  # "A tally by Tidewire"
    else:
        return None
    if maker is None or name_end >= q or any(t.low in SPEECH_VERBS for t in tokens[q + 1 :]):
        return None
    return maker


def _names_maker(t: Token) -> bool:
    """A word of a counting body's name before its tally: capitalised or an acronym."""
    return t.is_word and t.is_capitalised and t.low not in ("a", "an", "the")


_OWN_NOUN_REACH = 3  # "the 9 confirmed deaths discovered by the panel"
# what may follow the verb that ends a figure's own relative clause: "the 144 dead that
# state radio reported on Friday" (not "40 militants that residents said were farmers")
_CLAUSE_END_WORDS = frozenset({"on", "in", "at", "last", "earlier", "yesterday", "today"})


# states a body records people in: "registered as missing by", "recorded as dead by"
_STATES_RECORDED = frozenset({"missing", "dead", "deceased", "displaced", "homeless", "evacuated"})


_CREDIT_REACH = 30  # tokens from a figure to "crediting those figures to"


def _credited_to(tokens: Sequence[Token], q: int, canon: Canon) -> str | None:
    """'... said 8,240 were dead and over 7,620 missing, crediting those figures to the
    Red Crescent': the source the sentence hands the figures before it to, within the
    figure's bracket or clause (a bracket, a semicolon, a full stop or a speech verb
    between ends the search), where the words after "to" could name a source."""
    for k in range(q + 1, min(len(tokens) - 3, q + _CREDIT_REACH)):
        t = tokens[k]
        if t.text in ("(", ")", ";", ".") or t.low in SPEECH_VERBS:
            return None
        if t.low not in CREDITING_VERBS:
            continue
        m = k + 1
        if tokens[m].low in DETERMINERS:
            m += 1
        if tokens[m].low in CREDITED_THINGS and m + 1 < len(tokens) and tokens[m + 1].low == "to":
            named = _body(source_after(tokens, m + 2, canon))
            return named if named is not None and _could_name_a_source(named) else None
        return None
    return None


def _own_agent(tokens: Sequence[Token], q: int, canon: Canon) -> str | None:
    """ "the 9 deaths recorded by the panel", "the 144 dead that state radio reported on
    Friday": the body the figure's own phrase says counted it, whoever speaks in the
    sentence. Only a verb of recording counts so: "residents warned by police" were
    warned, not counted."""
    k = q + 1
    while (
        k < len(tokens)
        and k - q <= _OWN_NOUN_REACH
        and tokens[k].is_word
        and not tokens[k].is_capitalised
        and tokens[k].low not in FUNCTION_WORDS
        and tokens[k].low not in RECORDING_VERBS
    ):
        k += 1
    if k == q + 1 or k + 1 >= len(tokens):
        return None
    verb = tokens[k]
    if verb.low in RECORDING_VERBS and tokens[k + 1].low == "by":
        return _longest_body(_after_opener(tokens, k, 2, canon))
    if (
        verb.low in RECORDING_VERBS
        and k + 3 < len(tokens)
        and tokens[k + 1].low == "as"
        and tokens[k + 2].low in _STATES_RECORDED
        and tokens[k + 3].low == "by"
    ):
        # "the 212 people registered as missing by the provincial government" (not
        # "listed as killed by the army": who killed them)
        return _longest_body(_after_opener(tokens, k + 2, 2, canon))
    if _word(verb) not in ("that", "which"):
        return None
    for v in range(k + 2, min(len(tokens), k + 2 + _MAX_SOURCE_WORDS)):
        if tokens[v].low in RECORDING_VERBS or tokens[v].low in SPEECH_VERBS:
            words = list(tokens[k + 1 : v])
            ends = v + 1 >= len(tokens) or not tokens[v + 1].is_word
            if not ends and tokens[v + 1].low not in _CLAUSE_END_WORDS:
                return None  # "that residents said were farmers": what they said of them
            if any(w.low in _PRONOUNS or not w.is_word for w in words):
                return None
            return _body(clean_source(words, canon))
        if not tokens[v].is_word:
            return None
    return None


def _longest_body(source: str | None) -> str | None:
    """The longest opening of a phrase that names a body: "panel lack evidence" read on
    past the body's name to the clause's verb is "panel"."""
    words = source.split() if source else []
    for n in range(len(words), 0, -1):
        named = _body(" ".join(words[:n]))
        if named is not None:
            return named
    return None


# Every word at which _nearest_source's reading can find a source: an opener's first
# word, a verb of speech, showing, citing, revising or finding, and "by". The other
# tokens are passed over unread, which changes no result. Measured on 1,500 articles of
# the synthetic benchmark corpus (build_corpus.py), where each figure read its whole
# sentence token by token: _nearest_source 1.89 -> 1.21 s of 13.9 s profiled, extraction
# 48,200 -> 51,400 words/s (CPU), the same records.
_CUE_WORDS = (
    _OPENERS.first_words
    | _CITED
    | SPEECH_VERBS
    | HEDGED_SPEECH_VERBS
    | INVERTED_SPEECH_VERBS
    | THAT_SPEECH_VERBS
    | SHOW_VERBS
    | NOUN_LIKE_VERBS
    | TOLL_OBJECT_VERBS
    | PUBLISHING_VERBS
    | REVISION_VERBS
    | _FINDINGS
    | {"by", "report"}
)


def _nearest_source(
    tokens: Sequence[Token], q: int, canon: Canon, resolve: Resolver | None
) -> str | None:
    best: tuple[int, str] | None = None

    def offer(distance: int, source: str | None) -> None:
        nonlocal best
        if source and (best is None or distance < best[0]) and _could_name_a_source(source):
            best = (distance, source)

    own = (
        _own_possessor(tokens, q, canon)
        or _own_agent(tokens, q, canon)
        or _tally_maker(tokens, q, canon)
        or _credited_to(tokens, q, canon)
    )
    if own is not None:
        return own
    if _earlier_reports(tokens, q):
        return None
    relay: tuple[int, str] | None = None
    # "The Metropolitan Police say they still believe ...": a pronoun after a named
    # speaker in the same sentence is that speaker, not someone named before
    named_here: str | None = None

    def resolve_here(pronoun: str, at: int) -> str | None:
        if named_here is not None and pronoun in _PRONOUNS:
            return named_here
        return resolve(pronoun, at) if resolve is not None else None

    asides: list[tuple[int, int, bool]] | None = None  # read on the first opener only
    for i in [k for k, t in enumerate(tokens) if t.low in _CUE_WORDS]:
        tok = tokens[i]
        opener = _OPENERS.starting_at(tokens, i)
        if opener is not None and _another_figure(tokens, i - 1, q):
            opener = None  # "..., exceeding the 36,000 reported by police": that figure's
        if opener is not None:
            asides = _asides(tokens) if asides is None else asides
            if _in_an_aside_without(asides, i, q):
                opener = None  # "Four suspects – all from Tajikistan, according to media –"
        if opener is not None:
            # "MAP said on Wednesday, citing the Interior Ministry": whoever relays a
            # figure, the body it cites gave it
            relayed = tok.low in ("citing", "quoting")
            source = _after_opener(tokens, i, opener[1], canon)
            # "According to Mongella, relatives have identified 171 bodies": an opener
            # heading the sentence gives all of it, over a finder inside it
            heading = i == 0 and tok.low == "according"
            if not relayed and (i > q or heading) and source and names_news_outlet(source):
                # "A regional commissioner put the toll at 86, according to The
                # Associated Press", "According to BBC, ..., the minister said": the
                # outlet relays a speaker the sentence names
                relay = relay or (abs(q - i), source)
                continue
            offer(-1 if relayed else 0 if heading else abs(q - i), source)
        # "The agency estimated 5,000": the figure's words open with its speaker's verb
        own_verb = i == q and tok.low in SPEECH_VERBS and i > 0 and tokens[i - 1].is_word
        if (i == q and not own_verb) or not tok.text[0].islower():
            continue
        if tok.low in _CITED and (cited := _cited_as_saying(tokens, i, canon)) is not None:
            # "RIA cited the Interior Ministry as saying", "TASS quoted the Health Minister
            # as saying": the ministry's, the minister's
            offer(-1, cited)
            continue
        # "data revealed by the UN": a participle whose "by" names the source
        passive = _is_passive(tokens, i) or (
            i + 1 < len(tokens)
            and tokens[i + 1].low == "by"
            and not (i + 2 < len(tokens) and tokens[i + 2].low in SPOKEN_BY)
        )
        speech = (
            tok.low in SPEECH_VERBS
            or tok.low in HEDGED_SPEECH_VERBS
            # "..., reports Atlas TV.": a live blog's credit, as "..., reported Meridian"
            or (
                tok.low == "reports"
                and i > q
                and tokens[i - 1].text == ","
                and i + 1 < len(tokens)
                and tokens[i + 1].is_capitalised
            )
            # "..., local media report.": a plural's credit at the sentence's end (the noun
            # "report" stands before what it says)
            or (
                tok.low == "report"
                and i > q
                and not tokens[i - 1].is_capitalised  # "finds UN report": a noun
                and (i + 1 == len(tokens) or tokens[i + 1].text == ".")
            )
            or (
                # "the interior minister states that ..." (not "the Gulf states that
                # answered the appeal", "European states that took in migrants")
                tok.low in THAT_SPEECH_VERBS
                and i + 1 < len(tokens)
                and tokens[i + 1].low == "that"
                and i > 0
                and not tokens[i - 1].is_capitalised
                and (tokens[i - 1].low in SOURCE_NOUNS or tokens[i - 1].low in ROLE_WORDS)
            )
            or (
                tok.low in INVERTED_SPEECH_VERBS
                and (
                    (
                        _inverted(tokens, i)
                        # "informed sources told AFP": the adjective
                        and not (i + 1 < len(tokens) and tokens[i + 1].low in SOURCE_NOUNS)
                    )
                    # "The ministry informed that 9,500 took part": a statement, as "said that"
                    or (i + 1 < len(tokens) and tokens[i + 1].low == "that")
                )
            )
        )
        if speech and _before_toll(tokens, i):
            speech = False  # "Tempi train collision confirmed death toll rises to 57"
        if (
            speech
            and i + 1 < len(tokens)
            and tokens[i + 1].low in NOT_A_STATEMENT_AFTER
            # "said as many as 40 died", "said as of Monday" state a figure
            and not (i + 2 < len(tokens) and tokens[i + 2].low in AS_IN_A_FIGURE)
        ):
            # "Al Shabaab claimed responsibility for the attack": a deed, no figure given;
            # "Kishida said as the toll crossed 100": when he spoke, not what he said
            speech = False
        if speech and i > 0 and tokens[i - 1].low in ("an", "a", "the"):
            speech = False  # "which left an estimated 70,000 homeless": an adjective
        if speech and _after_absolute_with(tokens, i):
            speech = False  # "81 were confirmed dead, with their families told": done to them
        if speech and tok.low == "claimed" and _lives_taken(tokens, i):
            speech = False  # "Hurricane Isandro has claimed at least 60 lives": a deed
        if tok.low in SHOW_VERBS and not passive and (made := _data_maker(tokens, i, canon)):
            offer(abs(q - i), made)  # "official data showed": the officials, not "Official"
        elif speech and not passive:
            if i > q and i + 1 < len(tokens) and tokens[i + 1].low == "that":
                # "... has killed 2,071 people and UN experts said that this number could
                # rise": the statement is what follows, not the figure before it
                continue
            if i > q and not _inverted(tokens, i) and _set_against_by(tokens, q, i):
                # "..., though some observers believe the real toll is higher": a speaker
                # set against the figure, not its source
                continue
            if i > q and _contrasted_after(tokens, q, i):
                # "a march drew 700,000 while police said 190,000": the speaker of the
                # contrasting clause gives its own figure, not this one
                continue
            if i > q and not _inverted(tokens, i) and _new_clause_between(tokens, q, i):
                # "The shooting of 34 workers prompted an outcry, and last week the
                # president told workers he felt their pain": what he told them follows
                continue
            if i > q and _inverted(tokens, i):
                # "..., the ministry said" / "..., said Tayler"; after "told" stands who
                # heard it: "..., a hospital spokesperson, told CBS News' Maria Usman"
                after = None if tok.low in HEARER_VERBS else _subject_after(tokens, i, canon)
                source = after or _subject_of(tokens, i, canon, resolve)
                if source is None and _trailing_participle(tokens, i):
                    # "... putting the death toll at 285, saying it had identified 262":
                    # the clause's subject says it, not a pronoun after the verb
                    source = _participle_subject(tokens, i, canon)
            else:
                # who a whole sentence reports: "..., informed IG Shalabh Mathur." (a
                # name after the verb; "X, a director, said the toll ..." holds none)
                after = (
                    _subject_after(tokens, i, canon)
                    if q >= len(tokens) and tok.low not in HEARER_VERBS  # "told WNN": who heard
                    else None
                )
                named = after is not None and any(w[:1].isupper() for w in after.split())
                if named and _inverted(tokens, i):
                    source = after
                elif _trailing_participle(tokens, i):
                    # "The government produced a report on the shootings, stating that 9
                    # died": the clause's subject states, not the phrase before the comma
                    source = _participle_subject(tokens, i, canon)
                else:
                    source = _subject_of(tokens, i, canon, resolve_here)
            if (
                source
                and named_here is None
                and i > 0
                and tokens[i - 1].low not in _PRONOUNS
                and _could_name_a_source(source)
            ):
                named_here = source
            if (
                i > q
                and tok.low in _RELAY_VERBS
                and source
                and relay is None
                and _could_name_a_source(source)
            ):
                # "Taruta said that 130 were rescued, CNN reported": the outlet relays;
                # a speaker inside the sentence gave the figure
                relay = (abs(q - i), source)
                continue
            offer(abs(q - i), source)
        elif tok.low == "by" and _after_participle(tokens, i):
            if _another_figure(tokens, i - 2, q):
                continue  # "..., exceeding the 36,000 reported by police": that figure's
            offer(abs(q - i), _body(_after_opener(tokens, i, 1, canon)))
        elif not passive and (
            _noun_like_verb(tokens, i) or _reported_at_end(tokens, i) or _revises(tokens, i)
        ):
            offer(
                abs(q - i),
                _appositive_name(_segments_left(tokens, i), canon)
                or _body(_subject_of(tokens, i, canon, resolve)),
            )
        elif tok.low in _FINDINGS and not passive:
            # a finder in a clause after the figure's only says why it rose: whoever
            # else the sentence names as speaking comes first
            # (ranked past every other offer: no distance within reach is as large)
            behind = 2 * len(tokens) if _subordinate_after(tokens, i, q) else 0
            offer(abs(q - i) + behind, _finder(tokens, i, canon, resolve_here))
    if best is None and relay is not None:
        best = relay
    if best is None:
        for i in range(len(tokens) - 1):
            if not _set_against(tokens, i):
                offer(abs(q - i), _possessor_source(tokens, i, canon))
    if best is not None:
        return best[1]
    tail = _headline_tail(tokens, canon) or _headline_head(tokens, canon)
    if tail is not None:
        return tail
    joined = " ".join(t.low for t in tokens)
    for cue in UNNAMED_REPORT_CUES:
        if cue in joined:
            return UNNAMED_REPORT_SOURCE
    return None


_ASIDE_MARKS = {"(": ")", "–": "–", "—": "—"}


def _asides(tokens: Sequence[Token]) -> list[tuple[int, int, bool]]:
    """The sentence's bracketed and dashed asides, in order: (open mark, close mark,
    whether words come before the aside's first opener word). One pass."""
    out: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for k, t in enumerate(tokens):
        if open_at is None and t.text in _ASIDE_MARKS:
            open_at = k
        elif open_at is not None and t.text == _ASIDE_MARKS[tokens[open_at].text]:
            first = tokens[open_at + 1] if open_at + 1 < k else None
            out.append((open_at, k, first is not None and first.low != "according"))
            open_at = None
    return out


def _in_an_aside_without(asides: Sequence[tuple[int, int, bool]], i: int, q: int) -> bool:
    """Whether token ``i`` sits inside an aside that says something of its own before its
    source ("– all from Tajikistan, according to state media –") and that the figure at
    ``q`` is outside of: that source speaks for the aside only ("40 died (according to
    the ministry)" is the clause's source). A binary search over the asides."""
    k = bisect_right(asides, (i, len(asides) + i + 1, True)) - 1
    if k < 0:
        return False
    start, end, said = asides[k]
    return start < i < end and said and not start < q < end


def inherit_same_figure(claims: Sequence[Claim], lead_end: int) -> tuple[Claim, ...]:
    """A headline or lead figure with no source (or only a generic word: "Investigation
    suggests 600 died") takes the source the body gives the same figure further down
    ("Toll rises to 158" over "... rose to 158, authorities said"): news states a figure
    bare at the top and attributes it lower down. Only figures that start before
    ``lead_end`` borrow: a total (no part, no scope) from a total of the same value,
    bound, category and subject, so two shootings' "two people killed" stay apart; else
    a figure with no source at all from the one named source that gives its value and
    category below, whatever noun or place it words it with ("412 villagers killed" over
    "killed 412 people across three provinces, the agency said"), never where two named
    sources give that value. One backward pass with dicts: linear."""
    later: dict[tuple[object, ...], str] = {}
    # "Death toll passes 500" over "... has passed 500, officials say": a generic word
    # is still who the article says gave it, for a figure that has no source at all
    later_generic: dict[tuple[object, ...], str] = {}
    # by value and category alone; None where two named sources give that value
    later_loose: dict[tuple[object, ...], str | None] = {}
    out: list[Claim] = []
    for c in reversed(claims):
        # the same bound first; else the value alone: "Cholera Deaths Exceed 2,350" over
        # "2,350 people have died ..., authorities said"
        same = (c.value, c.qualifier, c.category, c.subject, c.background)
        value = (c.value, None, c.category, c.subject, c.background)
        # "Police in Lac-Megantic" count the town they serve: that scope is the whole's
        own_place = (
            c.scope is not None
            and c.attribution is not None
            and " in " in c.attribution
            and c.attribution.endswith(c.scope)
        )
        total = c.part_of is None and (c.scope is None or own_place) and c.value is not None
        generic = c.attribution is None or c.attribution.lower() in GENERIC_SOURCES
        loose = (c.value, c.category, c.background)
        if c.value is not None and c.part_of is None and not generic:
            same_source = later_loose.get(loose, c.attribution) == c.attribution
            later_loose[loose] = c.attribution if same_source else None
        if total and not generic:
            later[same] = later[value] = c.attribution  # type: ignore[assignment]
        elif total and c.attribution is not None:
            later_generic[same] = later_generic[value] = c.attribution
        if generic and c.start < lead_end:
            named = (later.get(same) or later.get(value)) if total else None
            if named is None and c.attribution in (None, UNNAMED_REPORT_SOURCE):
                named = later_loose.get(loose)  # "media reports" names no one either
            if named is not None:
                c = replace(c, attribution=named)
            elif c.attribution is None and total:
                said = later_generic.get(same) or later_generic.get(value)
                if said is not None:
                    c = replace(c, attribution=said)
        out.append(c)
    return tuple(reversed(out))


_RESTATED_AT_LEAST = 10
_GIVEN_BEFORE = ("the ", "of the ", "all ", "all the ")  # "Of the 85 dead", "the 20 killed"


def _named_as_given(c: Claim) -> bool:
    """The figure is named as one already given: "the" right before it."""
    before = c.sentence[max(0, c.start - c.sentence_start - 8) : c.start - c.sentence_start]
    return before.lower().endswith(_GIVEN_BEFORE)


def _counted_people(c: Claim) -> str:
    """Who a figure counts, for telling a restatement from another count: a named group
    ("soldiers", "civilians") or the people a total counts."""
    head = (c.subject or "people").lower().split()[-1]
    return "people" if head in UNNAMED_PEOPLE_NOUNS else head


def carry_to_restatements_and_parts(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """News names who gave a count once and then works with it: a figure given again
    further down with no source of its own ("Of the 85 dead, 31 are tentatively
    identified") is still the source's that gave it above, and so are the parts the
    article breaks a sourced total into (the 31 and the 50). A restatement names the
    figure as one already given ("the 85 dead", "of the 85"), with the value and category
    of an earlier total that one named source gave (two sources giving that value leave
    it alone), and counts the same people ("Fifteen civilians were also killed" after
    the army's 15 soldiers is another count); a small figure is not one: "two" comes back
    as another count often enough. A part takes its whole's source. Only asserted
    figures of this event give and take. One forward pass with dicts: linear."""
    given: dict[tuple[object, ...], str | None] = {}
    by_id: dict[str, Claim] = {}
    out: list[Claim] = []
    for c in claims:
        if c.attribution is None and not c.background and c.status is Status.ASSERTED:
            source = None
            if c.part_of is not None:
                whole = by_id.get(c.part_of)
                if whole is not None and not whole.background and whole.status is Status.ASSERTED:
                    source = whole.attribution
            elif (
                c.scope is None
                and c.value is not None
                and c.value >= _RESTATED_AT_LEAST
                and _named_as_given(c)
            ):
                source = given.get((c.value, c.category, _counted_people(c)))
            if source is not None and source.lower() not in GENERIC_SOURCES:
                c = replace(c, attribution=source)
        if (
            c.attribution is not None
            and c.attribution.lower() not in GENERIC_SOURCES
            and not c.background
            and c.status is Status.ASSERTED
            and c.part_of is None
            and c.scope is None
            and c.value is not None
        ):
            key = (c.value, c.category, _counted_people(c))
            given[key] = c.attribution if given.get(key, c.attribution) == c.attribution else None
        by_id[c.id] = c
        out.append(c)
    return tuple(out)
