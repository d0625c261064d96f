"""Count claims: quantities that count people or things in the event.

For each count-kind quantity in a sentence this decides what it counts
(category and subject), what it is part of, who gave it, when it held and
whether the article stands behind it. Candidates come from the quantity
layer; the decisions here use the words of the figure's clause.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kzdiff.extract.attribution import attribution_in_sentence
from kzdiff.extract.tokens import PhraseIndex, Token, contains_phrase, token_index, tokenize
from kzdiff.lexicon.attribution import (
    ANAPHORIC_DAY,
    BACK_REFERENCES,
    CONTINUATION_OPENERS,
    DENIAL_CUES,
    DISPUTE_CUES,
    INDEFINITE_TIME_CUES,
    NEGATION_WORDS,
    PART_SENTENCE_OPENERS,
    PERIOD_OPENERS,
    PROJECTION_CUES,
    RETRACTION_CUES,
    SPEECH_VERBS,
)
from kzdiff.lexicon.categories import (
    BACK_REFERENCE_NOUNS,
    CLAUSE_BREAKERS,
    EVENT_CUES,
    HUMAN_NOUNS,
    LEFT_GAP_WORDS,
    LEFT_NOUN_CUES,
    LEFT_VERB_CUES,
    NON_HUMAN_NOUNS,
    NOUN_CATEGORIES,
    PARTITIVE_CUES,
)
from kzdiff.lexicon.grammar import (
    FUNCTION_WORDS,
    PARTITIVE_HEADS,
    PREDICATE_VERBS,
    QUOTE_MARKS,
    SINGULAR_PEOPLE,
)
from kzdiff.records import Claim, DateMention, Document, Entity, Quantity, Quote, Sentence
from kzdiff.vocab import Category, EntityLabel, Kind, Qualifier, Status

log = logging.getLogger(__name__)

_CUES: PhraseIndex[Category] = PhraseIndex(EVENT_CUES)
_PARTITIVES: PhraseIndex[Category] = PhraseIndex(PARTITIVE_CUES)
_PART_OPENERS = (("including",), ("among", "them"), ("among", "whom"), ("of", "whom"),
                 ("among", "the", "dead"), ("among", "those"))
_PART_CLOSERS = (("of", "them"), ("of", "whom"), ("of", "those"))
_HARD_BREAK = frozenset({";", ":", "—", "–", "(", ")", "[", "]"})
_RIGHT_WINDOW = 14
_LEFT_WINDOW = 5
_LEFT_SKIP = 8  # words of a total's own phrase: "killed in flash floods in the Swat valley"
_MAX_SUBJECT_WORDS = 7
_GENERAL_SUBJECT = "people"
_ANAPHORIC_PHRASES = tuple(ANAPHORIC_DAY)
_NUMBER_NAMERS = frozenset({"number", "no", "flight", "train", "bus", "route", "model", "room",
                            "line", "unit", "platform", "highway"})
_AS_OF_REACH = 60
_PERSON = frozenset({EntityLabel.PERSON})
_BODIES = frozenset({EntityLabel.ORG})  # characters after a figure where a date still dates it
_SUBJECT_NOUN_SUFFIXES = ("ers", "ists", "ians", "ees", "men", "ors")
_PLACE_PREPS = frozenset({"in", "across", "near", "outside", "around"})
_NATIONWIDE = ("the country", "nationwide", "the nation", "across the country")
SECURITY_HEADS = frozenset(
    {"police", "officers", "policemen", "troops", "soldiers", "personnel", "guards", "gendarmes",
     "servicemen", "paratroopers", "marines", "forces"}
)
_SECURITY_AGENTS = frozenset(
    {"police", "security", "forces", "troops", "soldiers", "army", "military", "officers",
     "guards", "snipers", "police officers"}
)


@dataclass(frozen=True, slots=True)
class _Found:
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


# (found, sentence, attribution, as_of, status, background, index of the whole)
_Draft = tuple[_Found, Sentence, str | None, str | None, Status, bool, int | None]


def _is_quote(t: Token) -> bool:
    return t.text in QUOTE_MARKS


def _cue_at(tokens: Sequence[Token], i: int) -> tuple[Category, int] | None:
    return _CUES.starting_at(tokens, i)


def _is_adjective_use(tokens: Sequence[Token], i: int) -> bool:
    """'wounded soldiers': a participle before a noun describes it."""
    j = i + 1
    while j < len(tokens) and _is_quote(tokens[j]):
        j += 1
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    return nxt.is_word and nxt.low not in FUNCTION_WORDS and not nxt.text[0].isdigit() and (
        _cue_at(tokens, j) is None or nxt.low in NOUN_CATEGORIES
    )


def _people_next(tokens: Sequence[Token], j: int) -> bool:
    """'and wounded soldiers': a participle after 'and' only describes people nouns."""
    return j < len(tokens) and (tokens[j].low in HUMAN_NOUNS or tokens[j].low in NOUN_CATEGORIES)


def _parse_subject(tokens: Sequence[Token], j: int, stop: int) -> tuple[list[Token], int]:
    """The counted noun phrase starting at token ``j``: its words and the next index."""
    n = min(len(tokens), stop)
    while j < n and (_is_quote(tokens[j]) or tokens[j].low in ("of", "the")):
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
        if low in FUNCTION_WORDS:
            nxt = tokens[j + 1] if j + 1 < n else None
            if (
                low == "and"
                and words
                and nxt is not None
                and nxt.is_word
                and nxt.low not in FUNCTION_WORDS
                and nxt.low not in PREDICATE_VERBS
                and not nxt.text[0].isdigit()
                and _cue_at(tokens, j + 1) is None
                and not (nxt.low.endswith("ed") and not _people_next(tokens, j + 2))
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
                while (j < n and tokens[j].is_word and tokens[j].low not in FUNCTION_WORDS
                       and len(words) < _MAX_SUBJECT_WORDS + 3):
                    words.append(tokens[j])
                    j += 1
                break
            if low == "from" and words and not coordinated and nxt is not None and (
                nxt.is_capitalised
            ):
                words.append(t)
                j += 1
                while j < n and tokens[j].is_capitalised and len(words) < _MAX_SUBJECT_WORDS + 2:
                    words.append(tokens[j])
                    j += 1
            break
        if low in PREDICATE_VERBS:
            break
        cue = _cue_at(tokens, j)
        if cue is not None and low not in NOUN_CATEGORIES:
            last = tokens[j + cue[1] - 1].low
            if last in NON_HUMAN_NOUNS:
                # "110 public shelters", "two evacuation centres": the counted things
                words.extend(tokens[j : j + cue[1]])
                j += cue[1]
                break
            if cue[1] > 1 or not _is_adjective_use(tokens, j):
                break
        elif low.endswith("ed") and low not in HUMAN_NOUNS and not _is_adjective_use(tokens, j):
            # "20,000 extremists trained in ...": a verb, not part of the noun
            break
        words.append(t)
        j += 1
        if low in NOUN_CATEGORIES and NOUN_CATEGORIES[low] in (
            Category.KILLED, Category.INJURED, Category.MISSING
        ):
            break  # "44 dead", "4,353 wounded": the noun is the category itself
    while words and words[-1].low == "and":
        words.pop()
    return words, j


def _right_cue(tokens: Sequence[Token], j: int) -> int | None:
    """Index of the first category cue right of ``j`` in the figure's clause."""
    steps = 0
    n = len(tokens)
    while j < n and steps < _RIGHT_WINDOW:
        t = tokens[j]
        if t.text == ",":
            nxt = tuple(x.low for x in tokens[j + 1 : j + 4])
            if any(nxt[: len(p)] == p for p in _PART_OPENERS):
                j += 1
                while j < n and tokens[j].text not in (",", ".", ";"):
                    j += 1
                if j < n and tokens[j].text == ",":
                    j += 1
                    continue
                return None
            if steps > 0:
                return None
        elif t.text in _HARD_BREAK or t.low in CLAUSE_BREAKERS:
            return None
        elif t.low == "and" and j + 1 < n and tokens[j + 1].low in ("that", "which", "who"):
            return None  # "lived in the village and that 150 houses were buried"
        if _cue_at(tokens, j) is not None:
            return j
        if t.low in SPEECH_VERBS and t.text[0].islower() and _opens_statement(tokens, j):
            return None  # "... at 23 and says that 61 remain missing": another statement
        j += 1
        steps += 1
    return None


def _opens_statement(tokens: Sequence[Token], j: int) -> bool:
    """'says that', 'said:', 'told reporters': a speech verb that starts a new statement."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or nxt.low in ("that", ",", ":", "reporters") or _is_quote(nxt) or (
        nxt.is_capitalised
    )


def _left_cue(tokens: Sequence[Token], i: int) -> tuple[int, bool] | None:
    """A cue governing the figure from the left: (index of its first token, direct?).

    Verbs govern only when adjacent ("killed at least 10"); a noun naming a total
    may stand further off, across linking words and a short phrase of its own
    ("the death toll from the earthquake rose to 2,316").
    """
    j = i - 1
    while j >= 0 and _is_quote(tokens[j]):
        j -= 1
    if j >= 0 and tokens[j].low in LEFT_VERB_CUES:
        return j, True
    j = i - 1
    gaps = 0
    skipped = 0
    while j >= 0 and gaps <= _LEFT_WINDOW and skipped <= _LEFT_SKIP:
        t = tokens[j]
        hit = _CUES.ending_at(tokens, j)
        if hit is not None:
            _category, length = hit
            phrase = " ".join(x.low for x in tokens[j - length + 1 : j + 1])
            if gaps + skipped == 0 or phrase in LEFT_NOUN_CUES:
                return j - length + 1, gaps + skipped == 0
            return None
        if _is_quote(t) and skipped == 0:
            pass  # "killed “at least a dozen”": the marks do not separate
        elif t.low in LEFT_GAP_WORDS and skipped == 0:
            gaps += 1
        elif gaps and t.is_word and t.low not in CLAUSE_BREAKERS and t.low != "and":
            skipped += 1  # the noun's own phrase: "from the earthquake"
        else:
            return None
        j -= 1
    return None


def _category_of(tokens: Sequence[Token], idx: int) -> Category:
    hit = _cue_at(tokens, idx)
    if hit is None:
        return LEFT_VERB_CUES[tokens[idx].low]
    return hit[0]


def _place_after(tokens: Sequence[Token], j: int) -> str | None:
    """'killed in Almaty' -> Almaty; 'across the country' -> nationwide (None)."""
    k = j
    for _ in range(3):
        if k >= len(tokens):
            return None
        t = tokens[k]
        if t.low in _PLACE_PREPS:
            rest = " ".join(x.low for x in tokens[k + 1 : k + 4])
            if rest.startswith(_NATIONWIDE) or rest.startswith(("the country", "country")):
                return None
            m = k + 1
            if m < len(tokens) and tokens[m].low in ("the", "city", "town", "region", "province"):
                while m < len(tokens) and tokens[m].low in ("the", "city", "town", "of", "region",
                                                             "province"):
                    m += 1
            name: list[str] = []
            while m < len(tokens) and tokens[m].is_capitalised and tokens[m].is_word:
                name.append(tokens[m].text)
                m += 1
            return " ".join(name) or None
        if t.text in (",", ".", ";") or t.low in CLAUSE_BREAKERS:
            return None
        k += 1
    return None


def _agent_scope(tokens: Sequence[Token], cue: int | None, qi: int) -> str | None:
    """'security forces ... killed at least 10 people': killed by security forces."""
    if cue is None or cue >= qi:
        return None
    window = {t.low for t in tokens[max(0, cue - 8) : cue]}
    if window & _SECURITY_AGENTS and ("forces" in window or "police" in window
                                      or "troops" in window or "soldiers" in window):
        return "by security forces"
    return None


def _find_in_sentence(tokens: list[Token], counts: Sequence[Quantity]) -> list[_Found]:
    found: list[_Found] = []
    for q in counts:
        qi = token_index(tokens, q.start)
        qj = token_index(tokens, q.end)
        subj_words, after = _parse_subject(tokens, qj, len(tokens))
        left = _left_cue(tokens, qi)
        right = _right_cue(tokens, after)
        head = _head_of(subj_words)
        category: Category | None = None
        cue_index: int | None = None
        if left is not None and left[1]:
            cue_index = left[0]
        elif right is not None:
            cue_index = right
        elif left is not None:
            cue_index = left[0]
        if cue_index is not None:
            category = _category_of(tokens, cue_index)
        elif head is not None and head in NOUN_CATEGORIES:
            category = NOUN_CATEGORIES[head]
        partitive = False
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
        elif category is None and found and _follows_change(tokens, qi):
            # "has risen to 63, up from 38": the same fact's earlier figure
            category = found[-1].category
            subj_words = []
            head = found[-1].subject_head
        refers_back = category is None and _refers_back(tokens, qi)
        subject = _subject_text(subj_words)
        if subject is None and cue_index is not None and cue_index > qi:
            # "dozens have been killed, including citizens and police"
            k = cue_index + 1
            while k < len(tokens) and tokens[k].low in (",", "including"):
                k += 1
            if k > cue_index + 1 and tokens[k - 1].low == "including":
                words, _ = _parse_subject(tokens, k, len(tokens))
                subject = _subject_text(words)
                head = _head_of(words) or head
        scope = _place_after(tokens, (cue_index + 1) if cue_index is not None and
                             cue_index > qi else after)
        scope = scope or _agent_scope(tokens, cue_index, qi)
        if category is Category.PARTICIPANTS and head in SECURITY_HEADS:
            category = Category.TROOPS  # "1,200 officers took part": forces deployed
        rate = qi > 0 and tokens[qi - 1].low in ("per", "every")
        found.append(_Found(q, qi, qj, category, cue_index, subject, head, scope, None,
                            partitive=partitive, rate=rate, refers_back=refers_back))
    return _link_parts(tokens, found)


def _follows_change(tokens: Sequence[Token], qi: int) -> bool:
    """'up from 38', 'down from 40', 'compared with 12': an earlier figure of the same count."""
    before = tuple(t.low for t in tokens[max(0, qi - 2) : qi])
    return before in (("up", "from"), ("down", "from"), ("compared", "with"),
                      ("compared", "to")) or (before[-1:] == ("from",) and qi >= 2 and (
        tokens[qi - 2].text == ","
    ))


def _refers_back(tokens: Sequence[Token], qi: int) -> bool:
    """'that number could reach 60,000': the figure continues the previous count."""
    for j in range(qi - 1, max(-1, qi - 6), -1):
        t = tokens[j]
        if t.low in BACK_REFERENCE_NOUNS:
            return j > 0 and tokens[j - 1].low in ("that", "this", "the")
        if t.low not in LEFT_GAP_WORDS:
            return False
    return False


def _head_of(words: Sequence[Token]) -> str | None:
    """The noun that says who is counted: 'pilgrims' in 'pilgrims from Egypt'."""
    for k, t in enumerate(words):
        if t.low in ("of", "from") and k > 0:
            return words[k - 1].low
    return words[-1].low if words else None


def _subject_text(words: Sequence[Token]) -> str | None:
    if not words:
        return None
    kept = list(words)
    # "44 dead": the category noun is not the subject; the counted are people.
    if kept[-1].low in NOUN_CATEGORIES and NOUN_CATEGORIES[kept[-1].low] in (
        Category.KILLED, Category.INJURED, Category.MISSING, Category.DETAINED
    ) and kept[-1].low not in HUMAN_NOUNS - {"dead", "wounded", "injured", "victims"}:
        kept = kept[:-1]
    if kept and kept[-1].low in ("dead", "wounded", "injured", "victims", "casualties"):
        kept = kept[:-1]
    if not kept:
        return None
    return " ".join(t.text for t in kept)


def _link_parts(tokens: Sequence[Token], found: list[_Found]) -> list[_Found]:
    """'44 people, including 18 security officers': the 18 is part of the 44."""
    out = list(found)
    for k in range(1, len(out)):
        cur = out[k]
        prev_idx = None
        window = [t.low for t in tokens[max(0, cur.qi - 4) : cur.qi] if t.text != ","]
        for opener in _PART_OPENERS:
            if tuple(window[-len(opener) :]) == opener:
                prev_idx = k - 1
        after = tuple(t.low for t in tokens[cur.qj : cur.qj + 2])
        if after in _PART_CLOSERS:
            prev_idx = k - 1
        prev = out[k - 1]
        between = [t for t in tokens[prev.qj : cur.qi] if t.low not in (",", "and")]
        if prev_idx is None and prev.part_of is not None and all(
            t.is_word and t.low not in FUNCTION_WORDS for t in between
        ) and any(t.low == "and" for t in tokens[prev.qj : cur.qi]):
            out[k] = replace(cur, part_of=prev.part_of, category=cur.category or prev.category)
            continue
        if prev_idx is None:
            continue
        whole = out[prev_idx]
        if whole.q.value is not None and cur.q.value is not None and cur.q.value > whole.q.value:
            continue
        category = cur.category or whole.category
        out[k] = replace(cur, part_of=prev_idx, category=category)
    # A breakdown after a colon: "139 in Almaty: 86 assailants and 53 officers".
    for k, whole in enumerate(out):
        after_colon = [
            m for m in range(k + 1, len(out))
            if any(t.text == ":" for t in tokens[whole.qj : out[m].qi])
        ]
        if len(after_colon) >= 2 and whole.q.value is not None:
            total = sum(out[m].q.value or 0 for m in after_colon)
            if total == whole.q.value:
                for m in after_colon:
                    out[m] = replace(out[m], part_of=k,
                                     category=out[m].category or whole.category)
    return out


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
        or (text[:1].isupper() and head.endswith("s"))
    )


def _accept(f: _Found) -> bool:
    """Only counts of people are claims: "six countries", "zero tolerance" are not."""
    if f.rate:
        return False  # "one latrine per 96 people"
    if f.q.value == 1 and f.q.qualifier is Qualifier.EXACT and f.category in (None, Category.OTHER):
        return False  # "one man told reporters": a speaker, not a figure
    head = f.subject_head
    if head is None:
        # An elided noun ("more than 3,000 detained") is a claim only with a cue.
        return (f.category is not None and f.category is not Category.OTHER) or f.refers_back
    if f.partitive and f.category is not None:
        return True
    last = f.subject.split()[-1] if f.subject else head
    return _is_people(head, last)


# ---------------------------------------------------------------- status, dates, background


def _status(tokens: Sequence[Token], f: _Found, low_sentence: str, low_next: str) -> Status:
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


class _DocContext:
    """Per-document state the claim decisions read: dates, quotes, names."""

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
        self.years = [q for q in quantities if q.kind is Kind.YEAR]

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
            for e in reversed(self.entities):
                if e.start < at and e.label in wanted:
                    return e.canonical
            return None

        return resolve

    def quote_around(self, start: int, end: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= start and end <= q.end:
                return q
        return None

    def sentence_at(self, offset: int) -> int | None:
        for k, s in enumerate(self.sentences):
            if s.start <= offset <= s.end:
                return k
        return None

    def as_of(self, s: Sentence, low_text: str, q_start: int) -> str | None:
        if contains_phrase(low_text, INDEFINITE_TIME_CUES):
            return None
        in_sentence = [d for d in self.dates if s.start <= d.start < s.end and _day(d.date)]
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
            earlier = [d for d in self.dates if d.end <= s.start and _day(d.date)]
            if earlier and earlier[-1].date:
                day = date.fromisoformat(earlier[-1].date) + timedelta(days=ANAPHORIC_DAY[phrase])
                return day.isoformat()
        return self.doc.published

    def is_background(self, s: Sentence) -> bool:
        """A figure in a sentence dated to another year belongs to another story."""
        if self.ref_year is None:
            return False
        for d in self.dates:
            if s.start <= d.start < s.end and d.date and int(d.date[:4]) != self.ref_year:
                return True
        return any(
            s.start <= y.start < s.end and y.value is not None and y.value != self.ref_year
            and not _names_a_thing(self.doc.body, y.start)
            for y in self.years
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


def _continues(low_text: str) -> bool:
    """Whether a sentence carries on the previous one's statement."""
    if low_text.startswith(CONTINUATION_OPENERS):
        return True
    words = low_text.split()[:3]
    return len(words) >= 2 and words[0] in ("it", "he", "she", "they") and (
        words[1] in SPEECH_VERBS or words[1] in ("also", "later")
    )


def extract_claims(
    doc: Document,
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention] = (),
    quotes: Sequence[Quote] = (),
    entities: Sequence[Entity] = (),
) -> tuple[Claim, ...]:
    """Every count claim in a document, in body order, with ids ``<doc>:c<n>``."""
    ctx = _DocContext(doc, sentences, dates, quotes, entities, quantities)
    counts = sorted((q for q in quantities if q.kind is Kind.COUNT), key=lambda q: q.start)
    body = doc.body
    drafts: list[_Draft] = []
    prev_attr: str | None = None
    qpos = 0
    for si, s in enumerate(sentences):
        here: list[Quantity] = []
        while qpos < len(counts) and counts[qpos].start < s.end:
            if counts[qpos].start >= s.start:
                here.append(counts[qpos])
            qpos += 1
        low_text = s.text.lower()
        if not here:
            if not _continues(low_text):
                prev_attr = None
            continue
        tokens = tokenize(body, s.start, s.end)
        nxt = sentences[si + 1] if si + 1 < len(sentences) else None
        low_next = ""
        if nxt is not None and nxt.block == s.block and not any(
            nxt.start <= c.start < nxt.end for c in counts
        ):
            words = nxt.text.lower().split()
            if contains_phrase(" ".join(words[:8]), BACK_REFERENCES):
                low_next = nxt.text.lower()
        found = _with_opener_category(_find_in_sentence(tokens, here), tokens)
        draft_of: dict[int, int] = {}
        sentence_attr: str | None = None
        for fi, f in enumerate(found):
            if not _accept(f):
                continue
            attribution = _attribute(ctx, tokens, f, s, prev_attr)
            if attribution is None and _continues(low_text):
                attribution = prev_attr
            sentence_attr = sentence_attr or attribution
            status = _status(tokens, f, low_text, low_next)
            as_of = ctx.as_of(s, low_text, f.q.start)
            part = draft_of.get(f.part_of) if f.part_of is not None else None
            if f.refers_back and drafts:
                last = drafts[-1][0]
                f = replace(f, category=last.category, subject=last.subject,
                            subject_head=last.subject_head)
            if f.partitive and part is None:
                part = _earlier_total(drafts, f)
            draft_of[fi] = len(drafts)
            drafts.append((f, s, attribution, as_of, status, ctx.is_background(s), part))
        _link_to_earlier_total(drafts, draft_of, low_text)
        prev_attr = sentence_attr or (prev_attr if _continues(low_text) else None)
    return _finalise(doc, drafts)


def _with_opener_category(
    found: list[_Found], tokens: Sequence[Token]
) -> list[_Found]:
    """'Of the injured, 48 were ...', 'Of the 47 deaths, 29 ...': the opener names the total."""
    if not tokens or tokens[0].low not in ("of", "among"):
        return found
    category: Category | None = None
    for j in range(1, min(len(tokens), 8)):
        if tokens[j].text == ",":
            break
        hit = _cue_at(tokens, j)
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


def _earlier_total(drafts: Sequence[_Draft], f: _Found) -> int | None:
    """The most recent total of the same category that can contain this part."""
    for m in range(len(drafts) - 1, -1, -1):
        whole = drafts[m][0]
        if whole.category is f.category and not whole.partitive and (
            (whole.q.low is not None and (f.q.low or 0) <= (whole.q.high or whole.q.low or 0))
            or whole.q.high is None
        ):
            return m
    return None


def _link_to_earlier_total(drafts: list[_Draft], draft_of: dict[int, int], low_text: str) -> None:
    """'Among the dead were 18 police officers': a part of the last total before it."""
    if not low_text.startswith(PART_SENTENCE_OPENERS) or not draft_of:
        return
    first = min(draft_of.values())
    for n in sorted(draft_of.values()):
        f, *rest = drafts[n]
        if rest[-1] is not None:
            continue
        for m in range(first - 1, -1, -1):
            whole = drafts[m][0]
            same_kind = whole.category in (f.category, None) or f.category is None
            if same_kind and whole.q.value is not None and (f.q.value or 0) <= whole.q.value:
                category = f.category or whole.category
                drafts[n] = (replace(f, category=category), *rest[:-1], m)
                break


def _attribute(
    ctx: _DocContext, tokens: list[Token], f: _Found, s: Sentence, previous: str | None
) -> str | None:
    quote = ctx.quote_around(f.q.start, f.q.end)
    if quote is not None:
        # The speech verb usually follows the closing mark, maybe a sentence later.
        k = ctx.sentence_at(quote.end)
        if k is not None:
            qs = ctx.sentences[k]
            qtokens = tokenize(ctx.doc.body, qs.start, qs.end)
            where = token_index(qtokens, quote.end)
            found = attribution_in_sentence(qtokens, where, ctx.canon, ctx.resolver(previous))
            if found:
                return found
        if quote.speaker:
            return ctx.canon(quote.speaker)
    return attribution_in_sentence(tokens, f.qi, ctx.canon, ctx.resolver(previous))




def _finalise(doc: Document, drafts: Sequence[_Draft]) -> tuple[Claim, ...]:
    """Give out ids in body order; a part points at its whole's id."""
    claims: list[Claim] = []
    for n, (f, s, attribution, as_of, status, background, part) in enumerate(drafts):
        q = f.q
        claims.append(
            Claim(
                id=f"{doc.id}:c{n + 1}",
                doc=doc.id,
                text=q.text,
                start=q.start,
                end=q.end,
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                category=f.category or Category.OTHER,
                subject=f.subject or _default_subject(f.category),
                part_of=f"{doc.id}:c{part + 1}" if part is not None else None,
                attribution=attribution,
                as_of=as_of,
                status=status,
                sentence=s.text,
                sentence_start=s.start,
                background=background,
                scope=f.scope,
            )
        )
    return tuple(claims)


def _default_subject(category: Category | None) -> str:
    if category is Category.TROOPS:
        return "troops"
    return _GENERAL_SUBJECT
