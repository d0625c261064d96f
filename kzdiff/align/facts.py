"""Grouping count claims from several documents into facts.

Two claims state one fact when they count the same category of the same subject
group in the same scope: the number never decides ("18 gunmen injured" is not
"18 security officers killed"). Claims are blocked by category and key first, so
no pass compares every claim with every other; rapidfuzz only merges spelling
variants of subject heads and scopes inside a category block.

A part ("including 18 security officers") joins the fact of its own subject, never
its whole's as a rival. A sentence that counts both sides of a clash ("dozens of
protesters and at least 18 police officers were killed") also yields a derived
general total, the sum of its counts, marked as derived in ``why``.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import accumulate, chain
from operator import attrgetter

from rapidfuzz import fuzz, process

from kzdiff.align.other_counts import apart_by_figure
from kzdiff.intervals import can_both_hold
from kzdiff.lexicon.facts import (
    ADMIN_UNITS,
    AGENT_PREPOSITIONS,
    BODY_HANDLING,
    CARE_KINDS,
    CONFIRMED_DEATHS,
    CUSTODY_KINDS,
    DEATH_CERTAINTIES,
    DISASTER_RELATED,
    DISPLACEMENT_KINDS,
    EVENT_POPULATION,
    EVENT_POPULATION_GROUPS,
    EXCLUDED_SCOPE,
    LOCAL_SCOPES,
    NOT_PLACES,
)
from kzdiff.lexicon.names import (
    COUNTRIES,
    NATIONALITIES,
    countries_of_region,
    looks_like_demonym,
)
from kzdiff.lexicon.subjects import (
    CATEGORY_GROUPS,
    CATEGORY_VERBS,
    CH_PLURAL_ES,
    CONJUNCTIONS,
    HEAD_GROUPS,
    HEAD_SYNONYMS,
    INSTITUTIONS,
    INVARIANT_NOUNS,
    NATIONAL_NOUNS,
    NATIONWIDE_SCOPES,
    ORIGIN_GROUPS,
    PEOPLE,
    PHRASE_BREAKS,
    POPULATION_COUNTERPARTS,
    POPULATION_ROLES,
    SECURITY,
    SIDES,
    SOLDIERS,
    SUBGROUPS_IN_CARE,
    scope_phrase,
)
from kzdiff.records import Claim, Number, as_number
from kzdiff.vocab import Category, Qualifier, Status

log = logging.getLogger(__name__)

# Similarity (fuzz.ratio) at which two spellings are one word. Heads: "protesteers"
# finds "protester". Scopes: transliterations ("Karaganda"/"Karagandy",
# "Luhansk"/"Lugansk") merge while "Iran"/"Iraq" (75) and "North"/"South Kivu" (80)
# stay apart. Unseen group names: "fire-fighters"/"firefighters". Origins are never
# compared this way: "pilgrims from Iran" and "from Iraq" are two facts.
_HEAD_FUZZ_CUTOFF = 88.0
_SCOPE_FUZZ_CUTOFF = 85.0
_GROUP_FUZZ_CUTOFF = 92.0

_CATEGORY_ORDER = {c: i for i, c in enumerate(Category)}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
_CONJ = re.compile(
    r"\s*(?:,|&|\b(?:"
    + "|".join(sorted((c for c in CONJUNCTIONS if c != "&"), key=len, reverse=True)).replace(
        " ", r"\s+"
    )
    + r")\b)\s*",
    re.IGNORECASE,
)
_QUOTES = str.maketrans("", "", '"“”‘’«»')
_MAX_KEY_WORDS = max(len(k.split()) for k in (*HEAD_GROUPS, *INSTITUTIONS))
_HEAD_KEYS = tuple(sorted(HEAD_GROUPS))
_IRREGULAR = {"children": "child", "women": "woman", "men": "man", "feet": "foot"}
_IRREGULAR_PLURAL = {v: k for k, v in _IRREGULAR.items()}
_FactKey = tuple[Category, str, str | None]  # what one fact counts: category, group, scope

_SURVIVORS = "survivors"  # the group of "survivors", who are people rescued
BODIES = "bodies"  # before what was done with them: "bodies handed over"
PATIENTS = "patients"  # before where they are: "patients still in hospital"
# the categories whose claims say what they count beyond the category (Claim.counted)
_KINDS_READ = frozenset(
    {Category.OTHER, Category.KILLED, Category.INJURED, Category.DETAINED, Category.DISPLACED}
)
# the noun a fact of such a kind is named by ("bodies handed over", "patients discharged",
# "people still held"), and the kinds extraction reads for each (lexicon.facts)
_COUNTED_AS = {
    Category.KILLED: BODIES,
    Category.INJURED: PATIENTS,
    Category.DETAINED: PEOPLE,
    Category.DISPLACED: PEOPLE,
}
_KINDS_OF = {
    Category.KILLED: frozenset(BODY_HANDLING),
    Category.INJURED: frozenset(CARE_KINDS),
    Category.DETAINED: frozenset(CUSTODY_KINDS),
    Category.DISPLACED: frozenset(DISPLACEMENT_KINDS),
}
DAY_SCOPE = "on"  # before the date of a crowd's day, as in "participants on 2023-01-19"
_DAY_AT_END = re.compile(r"(?:^| )on \d{4}-\d{2}-\d{2}$")


def _time_scope(scope: str) -> bool:
    """Whether a scope is a span of time align made (a day's toll, a crowd's day): read
    as written, never a place, never merged with a near spelling, never the total's."""
    return WINDOW_SCOPE in scope or _DAY_AT_END.search(scope) is not None


# the mark of a window scope, as in "the period to 2022-09-05": a day's, three days' or a
# week's new count ("in the past 24 hours", "in the last three days", "another nine")
WINDOW_SCOPE = "period"


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """An aligned fact before verdicts: every claim stating it, and why they were joined.

    ``claims`` and ``parts`` are in reading order (see in_reading_order).
    """

    key: str
    label: str
    category: Category
    subject: str
    scope: str | None
    claims: tuple[Claim, ...]
    parts: tuple[Claim, ...]
    why: tuple[str, ...]
    # mentions in ``claims`` that repeat a figure their document already gave for this
    # fact (same figure, status and date): kept so every mention can be traced to its
    # fact, but a document's figure counts once in verdicts and estimates
    repeats: frozenset[str] = frozenset()
    # ids of claims dated far after the span most of the corpus is dated in (an
    # anniversary piece's "21 were killed"): shown in the fact, judged as undated, so they
    # revise nothing and are replaced by nothing
    undated: frozenset[str] = frozenset()


# ---------------------------------------------------------------- subjects


@dataclass(frozen=True, slots=True)
class _Subject:
    group: str
    base: str  # the group without its origin
    origin: str | None
    side: str | None
    how: str
    own: str | None = None  # the group before it joined the event's people, if it did


def _singular(word: str) -> str:
    w = word.lower().rstrip(".'’")
    if w in HEAD_GROUPS or w in INVARIANT_NOUNS or w == "security":
        return w
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("men") and len(w) > 4:
        return w[:-3] + "man"
    if w.endswith("children"):
        return w[:-3]  # "schoolchildren"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and w[:-1] in NATIONALITIES:
        return w[:-1]  # "Thais", "Omanis": the "-is" guard below is for "analysis"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return HEAD_SYNONYMS.get(w, w)


def _plural(singular: str) -> str:
    if singular in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[singular]
    if singular in INVARIANT_NOUNS or singular.endswith("ese"):
        return singular  # "personnel", "crew", "the Portuguese", "the Nepalese"
    if singular.endswith("man"):
        return singular[:-3] + "men"
    if singular.endswith("child"):
        return singular + "ren"
    if singular.endswith("y") and singular[-2:-1] not in "aeiou":
        return singular[:-1] + "ies"
    if singular.endswith(("sh", "x", "z")) or singular in CH_PLURAL_ES:
        return singular + "es"  # "crashes", "marches" (not "Czechs", "monarchs")
    return singular if singular.endswith("s") else singular + "s"


def _lookup(words: Sequence[str], table: dict[str, str], *, suffix_only: bool) -> str | None:
    """The longest lexicon phrase among ``words`` (ending at the last word if ``suffix_only``)."""
    n = len(words)
    for size in range(min(_MAX_KEY_WORDS, n), 0, -1):
        starts = (n - size,) if suffix_only else range(n - size, -1, -1)
        for i in starts:
            phrase = " ".join(words[i : i + size])
            if phrase in table:
                return table[phrase]
    return None


def _origin_of(raw: Sequence[str]) -> str | None:
    """The country a nationality adjective before the head names ("Egyptian pilgrims"),
    or a people the lexicon does not know by a demonym's shape ("Tigrayan farmers",
    "Sindhi labourers", "Marevian passengers"): a group among the event's people."""
    for r in raw[:-1]:
        country = NATIONALITIES.get(r.lower())
        if country is not None:
            return country.title()
    for r in raw[:-1]:
        low = r.lower()
        # "Civilian casualties" opening a sentence: a word of the lexicon, no people
        if looks_like_demonym(r) and low not in HEAD_GROUPS and low not in INSTITUTIONS:
            return r
    return None


@dataclass(frozen=True, slots=True)
class _Conjunct:
    base: str
    origin: str | None
    known: bool
    how: str
    own: str | None = None  # the group before it joined the event's population


_NATIONALITY = "a nationality"  # how a group of a country's people was read


def _parse_conjunct(raw: Sequence[str]) -> _Conjunct | None:
    if not raw:
        return None
    words = [_singular(r) for r in raw]
    origin = _origin_of(raw)
    own = _own_conjunct(words, origin)
    if own.how == _NATIONALITY:
        return own  # "Kenyans" aboard a ferry are not all of its passengers
    if own.base in EVENT_POPULATION_GROUPS or (not own.known and words[-1] in EVENT_POPULATION):
        # pilgrims at a pilgrimage, passengers on a ferry: the event's people
        return _Conjunct(PEOPLE, origin, True, f"'{raw[-1]}' names the event's people", own.base)
    return own


def _own_conjunct(words: Sequence[str], origin: str | None) -> _Conjunct:
    inst = _lookup(words, INSTITUTIONS, suffix_only=False)
    if inst is not None:
        return _Conjunct(inst, origin, True, "institution")
    country = NATIONALITIES.get(words[-1])
    if country is not None:
        # "32 Kenyans", "seven French": a nationality as the noun counts that country's
        # people, as "Kenyan nationals" and "UK citizens" do
        return _Conjunct(PEOPLE, country.title(), True, _NATIONALITY)
    if origin is not None and words[-1] in NATIONAL_NOUNS:
        return _Conjunct(PEOPLE, origin, True, _NATIONALITY)
    head = _lookup(words, HEAD_GROUPS, suffix_only=True)
    if head == PEOPLE and len(words) > 1:
        # "15 crew people", "security people": the group the word before names
        named = _lookup(words[:-1], HEAD_GROUPS, suffix_only=True)
        head = named if named is not None and named != PEOPLE else head
    if head is not None:
        return _Conjunct(head, origin, True, "lexicon")
    match = process.extractOne(
        words[-1], _HEAD_KEYS, scorer=fuzz.ratio, score_cutoff=_HEAD_FUZZ_CUTOFF
    )
    if match is not None:
        return _Conjunct(HEAD_GROUPS[match[0]], origin, True, f"like '{match[0]}' {match[1]:.0f}")
    return _Conjunct(_plural(words[-1]), origin, False, "head noun")


@lru_cache(maxsize=8192)
def _parse_subject(subject: str | None) -> _Subject:
    text = (subject or "").translate(_QUOTES).strip()
    matches = list(_WORD.finditer(text))
    tokens = [m.group() for m in matches]
    if not tokens:
        return _Subject(PEOPLE, PEOPLE, None, SIDES.get(PEOPLE), "no subject: the general public")
    # The counted phrase ends at the first preposition or participle; "from X" is origin.
    lower = [t.lower() for t in tokens]
    cut = next((i for i, w in enumerate(lower) if w in PHRASE_BREAKS and i > 0), len(tokens))
    brk = lower[cut] if cut < len(tokens) else None
    rest = tokens[cut + 1 :]
    origin: str | None = None
    if brk == "from":
        tail = [t for t in rest if t.lower() != "the"]
        end = next((i for i, t in enumerate(tail) if t.lower() in PHRASE_BREAKS), len(tail))
        origin = " ".join(tail[:end]) or None
    head_text = text[: matches[cut].start()] if cut < len(tokens) else text
    pieces = [p for p in _CONJ.split(head_text) if p.strip()]
    conjuncts = [c for c in (_parse_conjunct(_WORD.findall(p)) for p in pieces) if c]
    if brk == "of" and rest and (not conjuncts or (len(conjuncts) == 1 and not conjuncts[0].known)):
        # "members of the national guard": the phrase after "of" says who
        inner = _parse_subject(" ".join(rest))
        if inner.how not in ("head noun", "no head noun"):
            return inner
    if not conjuncts:
        return _Subject(PEOPLE, PEOPLE, None, SIDES.get(PEOPLE), "no head noun")
    if len(conjuncts) == 1:
        c = conjuncts[0]
        if c.own is not None and (origin or c.origin):
            # "pilgrims from Iran" are a group among the event's people, not all of them
            return _subject(c.own, origin or c.origin, known=True, how="origin named")
        parsed = _subject(c.base, origin or c.origin, known=c.known, how=c.how)
        if c.own is None:
            return parsed
        return _Subject(parsed.group, parsed.base, parsed.origin, parsed.side, parsed.how, c.own)
    bases = {c.base for c in conjuncts}
    if len(bases) == 1:
        return _subject(bases.pop(), origin, known=conjuncts[0].known, how="one group named twice")
    if {SIDES.get(b) for b in bases} == {"state"}:
        return _subject(SECURITY, None, known=True, how="state forces together")

    return _subject(PEOPLE, None, known=True, how="mixed subjects: a general count")


def _subject(base: str, origin: str | None, *, known: bool, how: str) -> _Subject:
    keeps_origin = base in ORIGIN_GROUPS or not known or how == _NATIONALITY
    group = f"{base} from {origin}" if origin and keeps_origin else base
    return _Subject(group, base, origin if keeps_origin else None, SIDES.get(base), how)


def known_group(subject: str | None) -> str | None:
    """The subject's group if the lexicon knows its words, else None (an unseen head noun)."""
    parsed = _parse_subject(subject)
    return None if parsed.how in ("head noun", "no head noun") else parsed.group


def subject_group(subject: str | None) -> str:
    """The normalised group of a counted noun phrase: "police officers" -> "security forces"."""
    return _parse_subject(subject).group


def _group_in(category: Category, subject: str | None, *, part: bool = False) -> tuple[str, str]:
    """The subject group a claim of ``category`` counts, and how it was found. A
    ``part`` (a row of its whole's breakdown: "40 people, including 29 villagers")
    keeps its own group even where the noun would name the event's people."""
    parsed = _parse_subject(subject)
    if part and parsed.own is not None:
        return parsed.own, f"'{subject}' -> {parsed.own} (a row of its whole's breakdown)"
    implied = CATEGORY_GROUPS.get(category, {}).get(parsed.base)
    if implied is not None:
        return implied, f"'{subject}' counts {implied} in a {category} count"
    return parsed.group, f"'{subject}' -> {parsed.group} ({parsed.how})"


@lru_cache(maxsize=8192)  # news repeats a few scopes thousands of times
def _scope_key(scope: str | None) -> str | None:
    if scope is None:
        return None
    s = " ".join(_WORD.findall(scope.replace("’", "'").translate(_QUOTES))).lower()
    s = s.replace("'s ", " ").removesuffix("'s")
    s = s.removeprefix("the ").removeprefix("city of ")
    words = s.split()
    if len(words) > 2 and words[0] in ADMIN_UNITS and words[1] == "of":
        words = words[2:]  # "the province of Sindh"
    while len(words) > 1 and words[-1] in ADMIN_UNITS:
        words.pop()  # "Sindh Province"
    s = " ".join(words)
    if not s or s in NATIONWIDE_SCOPES:
        return None
    if all(w in NOT_PLACES for w in s.split()):
        return None  # "in April", "in Russian shelling": a time or a people, no place
    return s


def _agent_is_source(scope: str, attribution: str | None) -> bool:
    """True when a scope "by X" names the figure's own source: "police say the toll
    rose" read as people killed by police. The counter is not the killer."""
    first, _, agent = scope.partition(" ")
    if first.lower() not in AGENT_PREPOSITIONS or not attribution or not agent:
        return False
    by = known_group(agent)
    return by is not None and by != PEOPLE and by == known_group(attribution)


# ---------------------------------------------------------------- intervals


def _low(c: Claim) -> float:
    return float(c.low) if c.low is not None else 0.0


def _high(c: Claim) -> float:
    return float(c.high) if c.high is not None else float("inf")


def _overlaps(lo: float, hi: float, c: Claim) -> bool:
    return lo <= _high(c) and _low(c) <= hi


def _sum(values: Iterable[Number | None]) -> Number | None:
    total: Number = 0
    for v in values:
        if v is None:
            return None
        total += v
    return as_number(total)


# ---------------------------------------------------------------- derived totals


def _short_id(claim: Claim) -> str:
    return claim.id.rsplit(":", 1)[-1]


def _derive_total(parts: Sequence[Claim]) -> Claim:
    """One claim standing for the sum of counts a sentence gives side by side."""
    first = parts[0]
    low = _sum(p.low if p.low is not None else 0 for p in parts)
    high = _sum(p.high for p in parts)
    value = _sum(p.value for p in parts)
    if value is not None and all(p.qualifier is Qualifier.EXACT for p in parts):
        qualifier = Qualifier.EXACT
    elif high is None:
        qualifier = Qualifier.AT_LEAST
    elif low == high:
        qualifier, value = Qualifier.EXACT, low
    else:
        qualifier, value = Qualifier.RANGE, None
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    offset = start - first.sentence_start
    text = first.sentence[offset : end - first.sentence_start]
    if offset < 0 or len(text) != end - start:
        text = " + ".join(p.text for p in parts)
    attributions = {p.attribution for p in parts if p.attribution}
    return Claim(
        id=f"{first.doc}:" + "+".join(_short_id(p) for p in parts),
        doc=first.doc,
        text=text,
        start=start,
        end=end,
        value=value if qualifier is not Qualifier.AT_LEAST else low,
        low=low,
        high=high,
        qualifier=qualifier,
        category=first.category,
        subject=" and ".join(p.subject or PEOPLE for p in parts),
        part_of=None,
        attribution=first.attribution
        if len(attributions) <= 1
        else "; ".join(sorted(attributions)),
        as_of=next((p.as_of for p in parts if p.as_of), None),
        status=Status.ASSERTED,
        sentence=first.sentence,
        sentence_start=first.sentence_start,
        scope=first.scope,
        derived_from=tuple(p.id for p in parts),
    )


@dataclass(frozen=True, slots=True, eq=False)
class _Blocked:
    """A claim's block before spelling variants merge, shared by every claim worded alike.

    eq=False: counted and looked up by identity, one object per distinct wording, so a
    pass over 100,000 claims hashes pointers rather than field tuples.

    Guarantees: one object per distinct wording, shared by every claim worded alike (two
    wordings that read to the same fields stay two objects; _merged_keys adds their
    counts by field, and the benchmark's facts come out the same with eq=True).
    Measured: aligned_groups over the 10,000-article benchmark takes 1.12 s (best of 6)
    with eq=False against 1.18 s with field hashing (eq=True): ~5%.
    """

    category: Category
    group: str
    scope: str | None
    reason: str  # how the group was found, for ``why``
    side: str | None  # the side of a clash the subject is on (SIDES)


def _derived_totals(
    current: Sequence[Claim],
    spans: Iterable[range],
    keys: dict[str, _Blocked],
    wholes: set[str],
) -> list[tuple[Claim, tuple[Claim, ...]]]:
    """Sums of the counts one sentence gives for both sides of a clash.

    Only sentences that count state forces and the public side by side qualify: a
    count of protesters alone is not the toll, but protesters plus police is
    everyone a reader of that sentence is told about. ``current`` is in document
    order; ``spans`` are the documents (spans of ``current``) worth a look, those
    with a sentence counting both sides even before wholes are set aside (see _read).
    """
    buckets: dict[tuple[str, int, Category, str | None], list[Claim]] = defaultdict(list)
    for span in spans:
        # One pass over the document's claims (reading a claim is the costly part):
        # the ones that can add up, and the sentences that count each side.
        eligible: list[Claim] = []
        sides: dict[str | None, set[int]] = {"state": set(), "public": set()}
        for c in current[span.start : span.stop]:
            if c.status is Status.ASSERTED and c.part_of is None and c.id not in wholes:
                eligible.append(c)
                side = sides.get(keys[c.id].side)
                if side is not None:
                    side.add(c.sentence_start)
        # Only a sentence counting both sides can give a total: most give one count.
        both = sides["state"] & sides["public"]
        if not both:
            continue
        for c in eligible:
            if c.sentence_start in both:
                buckets[(c.doc, c.sentence_start, c.category, keys[c.id].scope)].append(c)
    out: list[tuple[Claim, tuple[Claim, ...]]] = []
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        groups = [keys[c.id].group for c in bucket]
        if PEOPLE in groups or len(set(groups)) != len(groups):
            continue
        if {keys[c.id].side for c in bucket} >= {"state", "public"}:
            parts = tuple(sorted(bucket, key=lambda c: c.start))
            out.append((_derive_total(parts), parts))
    return out


# ---------------------------------------------------------------- alignment


def _merge_similar(
    counts: Mapping[str, int], cutoff: float, protected: frozenset[str]
) -> dict[str, str]:
    """Map spelling variants onto one name among a block's distinct names.

    ``counts``: how many claims give each distinct name. process.extract per
    unmatched name rather than process.cdist: cdist returns a numpy matrix, and numpy
    is not a dependency of kzdiff. A block holds a few distinct names, so this stays
    far from a pass over all claims.
    """
    free = sorted(n for n in counts if n not in protected)
    if not free:
        return {}
    allnames = sorted(counts)
    out: dict[str, str] = {}
    for name in free:
        similar = [
            m
            for m, _, _ in process.extract(
                name, allnames, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            )
        ]
        target = min(similar, key=lambda n: (n not in protected, -counts[n], n))
        if target != name:
            out[name] = target
    return out


def _names_its_kind(category: Category, group: str) -> bool:
    """Whether a group was named for what befell its counted (see _COUNTED_AS):
    "patients still in hospital", "children in intensive care"."""
    kinds = _KINDS_OF.get(category)
    return kinds is not None and any(group.endswith(f" {kind}") for kind in kinds)


def _two_tallies_of_the_dead(claims: Iterable[Claim]) -> bool:
    """Whether the corpus keeps two tallies of the dead, as an outbreak's reports do: an
    article that gives confirmed deaths and suspected ones, no figure shared ("14 deaths
    confirmed, a further 39 suspected"). Then confirmed deaths are a count of their own.
    Elsewhere "officials confirmed 45 deaths" is the toll, and so is "suspected hooch
    deaths have risen to 34" beside "officially confirmed 34 deaths": one count."""
    told: dict[str, dict[str, set[object]]] = defaultdict(lambda: defaultdict(set))
    for c in claims:
        if c.category is Category.KILLED and c.counted in DEATH_CERTAINTIES:
            told[c.doc][c.counted].add(c.value)
    return any(
        len(marks) == len(DEATH_CERTAINTIES) and not set.intersection(*marks.values())
        for marks in told.values()
    )


def _label(category: Category, group: str, scope: str | None) -> str:
    if category is Category.TROOPS:
        base = group.replace(f"{SOLDIERS} from", "foreign troops from")
        base = "troops" if base == SOLDIERS else base
    elif category is Category.OTHER:
        base = f"{group} (other count)"
    elif category is Category.KILLED and group == f"{BODIES} {DISASTER_RELATED}":
        base = f"{DISASTER_RELATED} deaths"  # a cause of death, not what befell the bodies
    elif category is Category.KILLED and group == f"{BODIES} {CONFIRMED_DEATHS}":
        base = f"{CONFIRMED_DEATHS} deaths"  # tests confirmed them, not the bodies
    elif _names_its_kind(category, group):
        base = group  # "bodies handed over", "patients still in hospital"
    elif category is Category.PARTICIPANTS:
        base = "participants" if group == "participants" else f"{group} taking part"
    elif (
        scope is not None
        and category in _NEW_IN_A_WINDOW
        and _WINDOW_IN_SCOPE.search(scope) is not None
    ):
        # "people killed in the period to 2033-05-11" reads as the toll by that day; the
        # figure is the day's (or the window's) new count: "raised by three the toll",
        # "in the past 24 hours"
        base = f"{group} newly {CATEGORY_VERBS[category]}"
    else:
        base = f"{group} {CATEGORY_VERBS[category]}"
    if not scope:
        return base
    return f"{base} {scope_phrase(scope)}"


# Categories of a deed, whose window count is new ones: not those of a state ("In the past
# 24 hours, the number still missing fell to 40": all still missing)
_NEW_IN_A_WINDOW = frozenset({Category.KILLED, Category.INJURED, Category.DETAINED})
# (not "the period since 2024-12-23": a count since a day may be cumulative from it)
_WINDOW_IN_SCOPE = re.compile(rf"\b(?:the {WINDOW_SCOPE} to|a recent {WINDOW_SCOPE})\b")


def _representative_key(c: Claim) -> tuple[object, ...]:
    """The least key marks the mention that speaks for its document: stated, attributed,
    precise, first."""
    return (
        bool(c.derived_from),
        c.attribution is None,
        c.qualifier is not Qualifier.EXACT,
        c.start,
    )


# Claims in reading order: by document, then position. Dated claims come first, by
# date. attrgetter builds the sort keys in C, which matters at 100,000 claims.
_DOC_ORDER = attrgetter("doc", "start", "id")
_DATED_ORDER = attrgetter("as_of", "doc", "start", "id")


def in_reading_order(claims: Iterable[Claim]) -> list[Claim]:
    """Claims sorted as by (as_of is None, as_of or "", doc, start, id): dated ones first,
    by date, then by document and position."""
    items = list(claims)
    dated = sorted((c for c in items if c.as_of is not None), key=_DATED_ORDER)
    dated.extend(sorted((c for c in items if c.as_of is None), key=_DOC_ORDER))
    return dated


def _members_in_reading_order(
    current: Sequence[Claim],
    filed: Mapping[_Blocked, Mapping[str | None, Sequence[int]]],
    fact_of: Callable[[_Blocked], _FactKey],
    totals: Iterable[tuple[_FactKey, Claim]],
) -> dict[_FactKey, list[Claim]]:
    """Each fact's claims in reading order (see in_reading_order), from the positions in
    ``current`` (document order) of each block's claims, filed by date (None: undated).

    A fact's blocks' positions of one date are merged by sorting integers, not claims;
    ``totals`` (not in ``current``) are slotted into their place in document order, as a
    stable sort of the claims and then the totals would put them.
    """
    dates_of: dict[_FactKey, dict[str | None, list[Sequence[int]]]] = defaultdict(dict)
    for b, block_dates in filed.items():
        fact_dates = dates_of[fact_of(b)]
        for day, positions in block_dates.items():
            fact_dates.setdefault(day, []).append(positions)
    totals_on: dict[tuple[_FactKey, str | None], list[Claim]] = defaultdict(list)
    for fact, total in sorted(totals, key=lambda t: _DOC_ORDER(t[1])):
        totals_on[(fact, total.as_of)].append(total)
        dates_of[fact].setdefault(total.as_of, [])
    out: dict[_FactKey, list[Claim]] = {}
    for fact, on in dates_of.items():
        members = out[fact] = []
        for day in [*sorted(d for d in on if d is not None), *((None,) if None in on else ())]:
            runs = on[day]
            in_order = runs[0] if len(runs) == 1 else sorted(chain.from_iterable(runs))
            day_claims = list(map(current.__getitem__, in_order))
            for total in totals_on.get((fact, day), ()):
                at = bisect_right(day_claims, _DOC_ORDER(total), key=_DOC_ORDER)
                day_claims.insert(at, total)
            members.extend(day_claims)
    return out


@dataclass(frozen=True, slots=True)
class _Reading:
    """What alignment needs of every claim, read in one pass over them in document order
    (reading a claim is the costly part at 100,000 claims)."""

    blocked: dict[str, _Blocked]  # claim id -> its block; also: the ids of the claims read
    # each block's claims by date (None: undated), in document order: filed as they are
    # read, so that no pass over every claim is needed to put a fact in reading order
    filed: dict[_Blocked, dict[str | None, list[int]]]  # positions in the claims read
    with_whole: list[Claim]  # the claims that are part of another, in document order
    # documents (spans of the claims read) with a sentence counting both sides of a clash
    # among its asserted claims that are no part: only these can give a derived total
    clash_docs: list[range]


# A count "since March" opening this many days before the corpus's first date, and far
# above every other figure of its kind, counts a longer time than the event: a rainy
# season's toll beside a dam burst's ("the downpours had killed 158 since March" beside
# 56 dead; "monsoon rains have killed 95 since June" beside 56). Within half again the
# others' figures it is the event's own running total ("cholera has killed 160 since
# March" beside the week before's 120).
_LONGER_PERIOD_DAYS = 21
_LONGER_PERIOD_SHARE = 1.5  # an outbreak's toll a week on may be a third higher


def _longer_periods(current: Sequence[Claim], opening: str | None) -> frozenset[str]:
    """The ids of counts over a period far longer than the corpus covers."""
    start = day_number(opening)
    if start is None:
        return frozenset()
    early = [
        c
        for c in current
        if c.window
        and c.since
        and (since := day_number(c.since)) is not None
        and start - since > _LONGER_PERIOD_DAYS
    ]
    if not early:
        return frozenset()
    # another season's figure given without "since" sets no bar: the usual largest
    usual = _usual_largest(
        c for c in current if not c.window and c.status is Status.ASSERTED and c.category
    )
    return frozenset(
        c.id for c in early if _given(c) > _LONGER_PERIOD_SHARE * usual.get(c.category, 0.0)
    )


def _usual_largest(claims: Iterable[Claim], min_articles: int = 1) -> dict[Category, float]:
    """Per category (of ``min_articles`` articles or more), the articles' usual largest
    figure: the lower median over articles of each one's largest, so that one article's
    stray figure sets no bar."""
    largest: dict[Category, dict[str, float]] = defaultdict(dict)
    for c in claims:
        by_doc = largest[c.category]
        by_doc[c.doc] = max(by_doc.get(c.doc, 0.0), _given(c))
    return {
        cat: sorted(by_doc.values())[(len(by_doc) - 1) // 2]
        for cat, by_doc in largest.items()
        if len(by_doc) >= min_articles
    }


@lru_cache(maxsize=4096)  # per date: a corpus's figures share a few dozen dates
def day_number(day: str | None) -> int | None:
    """A YYYY-MM-DD date as a day number, or None where it is none."""
    try:
        return date.fromisoformat(day).toordinal() if day is not None and len(day) == 10 else None
    except ValueError:
        return None


def _read(current: Sequence[Claim], scopes_shown: dict[str, str]) -> _Reading:
    """Each claim's category, subject group and scope key before merging variants, and
    what derived totals and parts need (see _Reading). ``current``: in document order.

    News repeats a few wordings thousands of times, so each distinct (category,
    subject, scope) wording is parsed once. ``scopes_shown`` gets the first wording
    of each scope key, in the order of ``current``.
    """
    # wording -> its block, and the block's claims by date (as in _Reading.filed)
    wordings: dict[
        tuple[Category, str | None, str | None, bool, str | None],
        tuple[_Blocked, dict[str | None, list[int]]],
    ] = {}
    blocked: dict[str, _Blocked] = {}
    filed: dict[_Blocked, dict[str | None, list[int]]] = {}
    with_whole: list[Claim] = []
    clash_docs: list[range] = []
    doc: str | None = None
    doc_start = 0
    state: set[int] = set()  # sentences of the document counting each side
    public: set[int] = set()
    crowd = Category.PARTICIPANTS
    # crowds are counted by day only where the corpus counts crowds on several days:
    # one day's crowd needs no date, and its undated figures stay with it
    crowd_days = {c.as_of for c in current if c.category is crowd and c.as_of is not None}
    if len(crowd_days) < 2:
        crowd = None  # type: ignore[assignment]
    rally_of = _rally_days(crowd_days)
    # a count "since Thursday" where Thursday is as far back as the corpus goes counts
    # from the event's start: the running total, not a window of it
    opening = min((c.as_of for c in current if c.as_of is not None), default=None)
    longer = _longer_periods(current, opening)
    own_country = _own_places(current)
    listing = _listing_sentences(current)
    confirmed_apart = _two_tallies_of_the_dead(current)
    for i, c in enumerate(current):
        if c.doc != doc:
            if state and public and not state.isdisjoint(public):
                clash_docs.append(range(doc_start, i))
            doc, doc_start = c.doc, i
            state, public = set(), set()
        scope_text = c.scope
        if (
            scope_text is not None
            and scope_text[:3].lower() == "by "
            and _agent_is_source(scope_text, c.attribution)
        ):
            scope_text = None
        if c.window and (
            not (c.since and opening is not None and c.since <= opening) or c.id in longer
        ):
            # a count over a window of time ("24 died in the past 24 hours") is that
            # day's toll, not the running total: a fact of its own, a row under its whole
            # each day's toll is its own: the 24 hours to 5 September are not those to the 15th
            # "since Monday" opens on a day every article names alike, wherever it ends
            if c.since:
                window = f"the {WINDOW_SCOPE} since {c.since}"
            elif c.as_of:
                window = f"the {WINDOW_SCOPE} to {c.as_of}"
            else:
                window = f"a recent {WINDOW_SCOPE}"
            scope_text = f"{scope_text} in {window}" if scope_text else window
        elif c.category is crowd and c.as_of is not None:
            # a crowd is one day's: the turnout of 19 January is no revision of the 31st's
            crowd_day = f"{DAY_SCOPE} {rally_of[c.as_of]}"
            scope_text = f"{scope_text} {crowd_day}" if scope_text else crowd_day
        kind = c.counted if c.category in _KINDS_READ else None
        if kind in DEATH_CERTAINTIES and not (confirmed_apart and kind == CONFIRMED_DEATHS):
            kind = None  # suspected deaths are the running toll's, as unmarked ones are
        # "230 passengers and 12 crew members": a row beside another group keeps its own
        # name, as a part does, even where the noun names the event's people
        row = c.part_of is not None or ((c.doc, c.sentence_start, c.category, c.counted) in listing)
        # a projection ("could rise to 300") joins the count it projects, as a reader
        # files it: compare shows it there and leaves it out of verdict and estimate, as
        # every figure not asserted
        wording = (c.category, c.subject, scope_text, row, kind)
        known = wordings.get(wording)
        if known is None:
            group, reason = _group_in(c.category, c.subject, part=row)
            if kind is not None and c.category in _COUNTED_AS:
                # "66 bodies handed over", "38 remain in hospital", "1,600 remained in
                # detention": what befell some of them, a row of its own, never a figure
                # of the running count
                # ("five children in intensive care" are some of them: their own noun)
                # (survivors of a shipwreck are the event's people, as "patients" are)
                noun = _COUNTED_AS[c.category]
                if group in SUBGROUPS_IN_CARE:
                    # ("six firefighters", "five children" in care; not "nine miners" after
                    # a mine blast nor "eleven tourists" after a bus crash: all of them)
                    noun = group
                group = f"{noun} {kind}"
                reason = f"{reason}; its clause counts {noun} {kind}"
            elif kind is not None and group in (PEOPLE, _SURVIVORS):
                # people aboard, rescued, affected: other counts of the event's people,
                # each its own fact ("476 aboard" is no revision of "174 rescued")
                group = f"{PEOPLE} {kind}"
                reason = f"{reason}; its clause counts people {kind}"
            elif kind is not None and c.category is Category.OTHER:
                # "Some 142 passengers ... booked on the flight" is no rival of "three
                # passengers" among one country's nationals: a group's count of one kind
                group = f"{group} {kind}"
                reason = f"{reason}; its clause counts {group}"
            scope = _scope_key(scope_text)
            if scope is not None and scope == own_country.get(c.category):
                scope = None  # "killed in Iran" where Iran is the only country counted
                reason = f"{reason}; '{scope_text}' is where the corpus counts the whole event"
            if scope_text is not None and _time_scope(scope_text):
                scope = scope_text.lower()  # not read as a place: its digits are its sense
            if scope is not None:
                scopes_shown.setdefault(scope, (scope_text or scope).strip())
            side = SIDES.get(_parse_subject(c.subject).base)
            b = _Blocked(c.category, group, scope, reason, side)
            known = wordings[wording] = (b, filed.setdefault(b, {}))
        b, on = known
        blocked[c.id] = b
        day = on.get(c.as_of)
        if day is None:
            day = on[c.as_of] = []
        day.append(i)
        if c.part_of is not None:
            with_whole.append(c)
        elif b.side is not None and c.status is Status.ASSERTED:
            if b.side == "state":
                state.add(c.sentence_start)
            elif b.side == "public":
                public.add(c.sentence_start)
    if state and public and not state.isdisjoint(public):
        clash_docs.append(range(doc_start, len(current)))
    return _Reading(blocked, filed, with_whole, clash_docs)


_RALLY_SPAN = 2  # days: Saturday's march, counted again in Sunday's and Monday's papers


def _listing_sentences(
    current: Sequence[Claim],
) -> set[tuple[str, int, Category, str | None]]:
    """The sentences that count two or more groups of one category, each in its own
    words ("230 passengers and 12 crew members", "two pilots and 10 cabin crew"), as
    (document, sentence start, category, kind counted): their figures are rows of a
    breakdown ("500 passengers and 260 survivors" count two kinds: no rows)."""
    wholes = {c.part_of for c in current if c.part_of is not None}
    named: dict[tuple[str, int, Category, str | None], set[str]] = defaultdict(set)
    heads: dict[tuple[str, int, Category, str | None], set[str]] = defaultdict(set)
    for c in current:
        # a whole and its parts ("550 pilgrims died, including 323 Egyptians") are no rows
        if c.status is Status.ASSERTED and c.subject and c.part_of is None and c.id not in wholes:
            parsed = _parse_subject(c.subject)
            # "pilgrims" and "Indian pilgrims" are one noun: a whole and its part, no rows;
            # nor is the general public ("the toll among Indian pilgrims at 68")
            noun = parsed.own or parsed.base
            if noun != PEOPLE:
                key = (c.doc, c.sentence_start, c.category, c.counted)
                named[key].add(noun)
                heads[key].add(_row_noun(c.subject))
    # "four police officers and three gendarmes": two nouns of one group, two rows
    return {key for key, groups in named.items() if len(groups) > 1 or len(heads[key]) > 1}


def _rally_days(days: Iterable[str]) -> dict[str, str]:
    """Each crowd's day -> the day of the rally it counts: a figure dated a day or two
    after another (the report's day, "on Saturday" read late) counts the same march;
    a day further on is a march of its own. Days that are no dates stay as they are."""
    out: dict[str, str] = {}
    start: date | None = None
    start_text = ""
    for day in sorted(days):
        try:
            d = date.fromisoformat(day)
        except ValueError:
            out[day] = day
            continue
        if start is None or (d - start).days > _RALLY_SPAN:
            start, start_text = d, day
        out[day] = start_text
    return out


def _own_places(claims: Sequence[Claim]) -> dict[Category, str]:
    """Per category, the place the corpus counts the whole event in, when it counts in
    one such place. A country: "244 killed in Iran" is the event's toll where no other
    country has one (in a storm over three countries each country's toll stays a row of
    its own). Any other place only where the corpus counts in no country: "124 killed in
    Teluvar" is a state's whole toll where Teluvar is the only place whose counts reach
    half the event's largest, it is counted in two documents or more, a figure given for
    no place matches one of its own, and no document gives it below every figure that
    document gives for no place (Florida's 60 beside a three-state storm's 80 stays a
    row)."""
    seen: dict[Category, dict[str, list[Claim]]] = defaultdict(dict)
    places: dict[Category, dict[str, list[Claim]]] = defaultdict(dict)
    least: dict[Category, float] = {}  # the smallest total given for no place
    most: dict[Category, float] = {}  # and the largest
    # each document's smallest figure for no place: a place's count below it is below
    # all of them, a row
    least_of_doc: dict[tuple[str, Category], float] = {}
    whole_figures: dict[Category, set[float]] = defaultdict(set)  # over the corpus
    for c in claims:
        if c.part_of is not None or c.status is not Status.ASSERTED:
            continue
        if c.scope is None:
            least[c.category] = min(least.get(c.category, _INF), _given(c))
            most[c.category] = max(most.get(c.category, 0.0), _given(c))
            at = (c.doc, c.category)
            least_of_doc[at] = min(least_of_doc.get(at, _INF), _given(c))
            whole_figures[c.category].add(_given(c))
            continue
        key = _scope_key(c.scope)
        if key is None or _time_scope(c.scope) or key.startswith("by "):
            continue  # ("killed by security forces": who did it, no place)
        if key in COUNTRIES:
            seen[c.category].setdefault(key, []).append(c)
        else:
            places[c.category].setdefault(key, []).append(c)
    own: dict[Category, str] = {}
    for cat, by_country in seen.items():
        if len(by_country) != 1:
            continue
        ((key, found),) = by_country.items()
        # one article's "3 killed in Cuba" beside a storm's Florida toll of 100 is a row
        # of its own: the event's country is counted in several articles, or as highly
        # as the event's totals
        if len({c.doc for c in found}) > 1 or max(map(_given, found)) >= (
            _ROW_SHARE * least.get(cat, 0.0)
        ):
            own[cat] = key
    for cat, by_place in places.items():
        if cat in seen or cat not in most:
            continue  # countries counted: those rules decide
        # the places whose counts reach the event's totals; one only, counted in several
        # documents, never below a whole its own document gives beside it
        reaching = [
            (key, found)
            for key, found in by_place.items()
            if max(map(_given, found)) >= _OWN_PLACE_SHARE * most[cat]
        ]
        if len(reaching) != 1:
            continue
        key, found = reaching[0]
        if len({c.doc for c in found}) < 2 or not any(
            _given(c) in whole_figures[cat] for c in found
        ):
            continue
        if any(_given(c) < least_of_doc.get((c.doc, cat), 0.0) for c in found):
            # the document sets it apart, below every figure it gives for no place:
            # "400 died across the region, 300 in Malawi" (beside a rival 130 and the
            # same 71 the document gives for no place, Teluvar's 71 is the whole)
            continue
        own[cat] = key
    return own


# A place's count at least this share of the largest the corpus gives for no place can
# be the whole event's (a city's march of 700,000 beside "720,000 marched")
_OWN_PLACE_SHARE = 0.5


def _regions_of_counted_countries(blocks: Iterable[_Blocked]) -> set[_Row]:
    """In a category the corpus counts in two countries or more ("72 killed in India
    and 12 in Bangladesh"), each country is a row of the breakdown, and so is a region of
    one of them ("86 dead in West Bengal"): never the event's whole, though no document
    sets it apart."""
    countries: dict[Category, set[str]] = defaultdict(set)
    scoped: list[tuple[Category, str]] = []
    for b in blocks:
        if b.scope is None:
            continue
        if b.scope in COUNTRIES:
            countries[b.category].add(b.scope)
        else:
            scoped.append((b.category, b.scope))
    rows: set[_Row] = {
        (category, scope, None)
        for category, scope in scoped
        if len(countries[category]) >= 2 and countries_of_region(scope) & countries[category]
    }
    return rows | {(c, s, None) for c, names in countries.items() if len(names) >= 2 for s in names}


# A row of a breakdown: (category, scope, the kind's group where the row is of a count
# of one kind, "patients still in hospital"; None where it is a row of every count)
_Row = tuple[Category, str, str | None]


def _of_a_kind(b: _Blocked) -> bool:
    """Whether a block counts one kind of what befell them ("patients still in hospital",
    "bodies handed over"), by its group's name."""
    _, _, kind = b.group.partition(" ")
    return kind in _KINDS_OF.get(b.category, ())


def _breakdown_scopes(
    current: Sequence[Claim], filed: Mapping[_Blocked, Mapping[str | None, list[int]]]
) -> set[_Row]:
    """The scopes some document sets against its own whole: a figure for the scope
    below a figure for no scope, of one category and group ("632 killed at the sit-in",
    "638 nationwide"; "at least 10 in Almaty" beside 227). Those scopes are rows of a
    breakdown. A scope no document sets apart is where the event happened ("killed in
    the theatre", "passes 1,000 in Bangladesh" beside 1,021): its figures are the
    event's total, where the corpus gives one (see _merged_keys).

    ``filed``: each block's claims (positions in ``current``), as _read filed them.
    A scope is a row per category: "dozens injured in Houston" below the day's 300
    injured says nothing of "eight killed in Houston", the event's whole toll.

    Read block by block: only the totals of a category and group some scope shares
    are looked at, and a document's totals kept only where it also gives a scope.
    """
    asserted = Status.ASSERTED
    # a part counted in its whole's own place ("around 300 died at ATH, 72 of them on
    # Tuesday") says nothing of that place being a row
    scope_of = {c.id: c.scope for c in current if c.scope is not None}
    scoped: list[tuple[Claim, _Blocked]] = []
    for b, on in filed.items():
        if b.scope is not None:
            scoped.extend(
                (c, b)
                for day in on.values()
                for i in day
                if (c := current[i]).status is asserted
                and (c.part_of is None or scope_of.get(c.part_of) != c.scope)
            )
    if not scoped:
        return set()
    shared = {(b.category, b.group) for _, b in scoped}
    docs_of = {(c.doc, b.category, b.group) for c, b in scoped}
    wholes: dict[tuple[str, Category, str], list[Claim]] = defaultdict(list)
    # the smallest total each day, per category and group (undated totals as of "")
    least_on: dict[tuple[Category, str], dict[str, float]] = defaultdict(dict)
    for b, on in filed.items():
        if b.scope is not None or (b.category, b.group) not in shared:
            continue
        key = (b.category, b.group)
        days = least_on[key]
        for when, day in on.items():
            for i in day:
                c = current[i]
                if c.status is not asserted:
                    continue
                given = _given(c)
                if given < days.get(when or "", _INF):
                    days[when or ""] = given
                if (c.doc, b.category, b.group) in docs_of:
                    wholes[(c.doc, b.category, b.group)].append(c)
    least = {key: _LeastSoFar(days) for key, days in least_on.items() if days}
    # each document's largest figure for a scope, where it is not stated as a part: one
    # that reaches the document's whole says the whole was counted there (one below it,
    # "632 killed at the sit-in" beside "638 nationwide", is a row of it)
    # (and the largest figure it gives for any place: "135 killed in Obarra" tops "89 in
    # Wandai" though the article's own unplaced total is 97)
    # Read day by day ("80 killed on Tuesday" is no whole of "85 in Verdia by Thursday"),
    # or the very figure of the whole on another day ("76 at Calteca volcano" in the
    # headline of the body's "lifted the toll to 76" on Wednesday).
    reach: dict[tuple[str, Category, str, str | None, str | None], float] = {}
    figures: dict[tuple[str, Category, str, str | None], set[float]] = defaultdict(set)
    for c, b in scoped:
        if c.part_of is None:
            figures[(c.doc, b.category, b.group, b.scope)].add(_given(c))
            for scope in (b.scope, None):
                key5 = (c.doc, b.category, b.group, scope, c.as_of)
                reach[key5] = max(reach.get(key5, 0.0), _given(c))
    # the places each document counts in on each day: a place counted beside another
    # that day ("9 in Larvik ... 4 in Osby" by Saturday) is a row, however near the whole
    places_on: dict[tuple[str, Category, str, str | None], set[str]] = defaultdict(set)
    for c, b in scoped:
        places_on[(c.doc, b.category, b.group, c.as_of)].add(b.scope)  # type: ignore[arg-type]
    opening_of: dict[str, int] = {}  # each document's first sentence with a figure
    for c in current:
        if c.doc not in opening_of or c.sentence_start < opening_of[c.doc]:
            opening_of[c.doc] = c.sentence_start
    rows: set[_Row] = set()
    for c, b in scoped:
        # "Six still in hospital in Velmaria" makes Velmaria a row of those in care, not
        # of every count of the injured
        row = (b.category, b.scope, b.group if _of_a_kind(b) else None)
        if row in rows:
            continue
        # a day's toll, and one unnamed site's ("missing in his village alone", scope
        # "one village"): a row under the running total, whatever its size
        if _time_scope(b.scope) or b.scope in LOCAL_SCOPES:  # type: ignore[arg-type]
            rows.add(row)  # type: ignore[arg-type]
            continue
        given, top = _given(c), _high(c)
        so_far = least.get((b.category, b.group))
        if so_far is not None and (
            top < _ROW_SHARE * so_far.by(c.as_of) or top < _LATER_ROW_SHARE * so_far.by(None)
        ):
            rows.add(row)  # type: ignore[arg-type]
            continue  # below every total in the corpus ("7 in Karaganda", 40 in all)
        # a headline's "Dozens killed in Kestria" over the article's 73: loose words, below
        # the whole only where even their top is ("Dozens died in Dorra alone" further
        # down is a row)
        vague = c.qualifier is Qualifier.VAGUE and c.sentence_start == opening_of[c.doc]
        for w in wholes.get((c.doc, b.category, b.group), ()):
            if (
                _dated_before(c, w)
                and given >= _LATER_ROW_SHARE * _given(w)
                and len(places_on[(c.doc, b.category, b.group, c.as_of)]) == 1
            ):
                # an earlier count a little below a later whole ("eighteen deaths in
                # Ossemba" by 10 February, the toll at 22 on 2 March): the running count
                # (see _LATER_ROW_SHARE)
                continue
            own_reach = reach.get((c.doc, b.category, b.group, b.scope, w.as_of), 0.0)
            placed_top = reach.get((c.doc, b.category, b.group, None, w.as_of), 0.0)
            if own_reach >= max(_given(w), placed_top) or (
                _given(w) in figures[(c.doc, b.category, b.group, b.scope)]
                and _given(w) >= placed_top
            ):
                # "76 killed at Calteca volcano" and, earlier in the text, "at least 58 in
                # Calteca", beside its 76: the article's toll is Calteca's
                continue
            if top < _low(w) or (not vague and given < _ROW_SHARE * _given(w)):
                rows.add(row)  # type: ignore[arg-type]
                break
    return rows


def _dated_before(a: Claim, b: Claim) -> bool:
    """Whether both claims are dated and the first is of an earlier day."""
    return a.as_of is not None and b.as_of is not None and a.as_of < b.as_of


# Below a total given later, a scope's figure is a row only when it is far below it: an
# early count is smaller than the later whole, but not by half ("17 dead at the Love
# Parade" on the first day beside the next week's 21; "3 in Cuba" beside 110 is a row).
_LATER_ROW_SHARE = 0.5


class _LeastSoFar:
    """The smallest total given by each day: a scope's figure is a row when it lies below
    every total given by its own day, or far below every total (see _LATER_ROW_SHARE).
    Undated figures are compared with every total."""

    def __init__(self, days: Mapping[str, float]) -> None:
        self._days = sorted(days)
        self._least = list(accumulate((days[d] for d in self._days), min))

    def by(self, day: str | None) -> float:
        if day is None:
            return self._least[-1]
        k = bisect_right(self._days, day)
        return self._least[k - 1] if k else 0.0


_INF = float("inf")
# A scope's figure under this share of its document's whole is a row of it, even when
# the two could both hold as bounds ("at least 10 in Almaty" beside 227 in all).
_ROW_SHARE = 0.9


def _given(c: Claim) -> float:
    """The figure a claim gives, for telling a row from its whole: its value, else its
    lower bound ("dozens" gives 24)."""
    return float(c.value) if c.value is not None else _low(c)


# what befalls the people an event is about (not how many were there, or rescued)
_FATES = frozenset({Category.KILLED, Category.INJURED, Category.DETAINED, Category.MISSING})


def _population_groups(
    current: Sequence[Claim], filed: Mapping[_Blocked, Mapping[str | None, Sequence[int]]]
) -> dict[Category, frozenset[str]]:
    """Per category, the groups that name the event's own people in this corpus: a group
    the event is about ("workers" at a mine strike, "protesters" at a crackdown) that no
    document counts beside the general public in that category. Where one document
    gives both ("34 workers were shot; 10 people died the week before"), the group is
    a part, not the whole. A document whose two counts could be one figure ("at least 12
    demonstrators killed" beside "at least 12 killed"), or whose group is counted only in
    loose words ("the slaughter of dozens of demonstrators" beside 171 dead), does not
    count them apart."""
    counted: dict[tuple[Category, str], dict[str, list[Claim]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for b, on in filed.items():
        if (
            b.category not in _FATES
            or b.scope is not None
            or (b.group != PEOPLE and b.group not in POPULATION_ROLES)
        ):
            continue  # "rescue workers" are no fate's people
        for day in on.values():
            for i in day:
                c = current[i]
                if c.part_of is None and c.status is Status.ASSERTED:
                    counted[(b.category, b.group)][c.doc].append(c)
    # "dozens of protesters and at least 18 police officers": where the state's side is
    # counted too, protesters are one side of a clash, never the whole
    two_sided = {b.category for b in filed if b.side == "state"}
    counted_groups = {(b.category, b.group) for b in filed}
    out: dict[Category, set[str]] = defaultdict(set)
    for (category, group), held in counted.items():
        if group == PEOPLE or (category in two_sided and SIDES.get(group) is not None):
            continue
        if any(
            (category, other) in counted_groups for other in POPULATION_COUNTERPARTS.get(group, ())
        ):
            continue
        # only beside a count of the general public: "miners killed" alone keeps its name
        public = counted.get((category, PEOPLE))
        if public and not any(
            _counted_apart(held[doc], public[doc]) for doc in held.keys() & public.keys()
        ):
            out[category].add(group)
    return {category: frozenset(groups) for category, groups in out.items()}


def _counted_apart(group: Sequence[Claim], public: Sequence[Claim]) -> bool:
    """Whether a document's stated figures for a group differ from all its figures for
    the general public: two counts, not one told twice ("up to 80 killed" and "five of
    its workers died" are two, though five is up to 80)."""
    # (against the public's figures of its own day or before: "at least 26 inmates" by
    # Tuesday beside "more than 90 people" on Wednesday is the count moving on, but "25
    # workers" on Monday beside Saturday's "40 people" is a count of some of them)
    return any(
        g.qualifier is not Qualifier.VAGUE
        and (by_then := [p for p in public if _not_after(p, g)])
        and not any(_one_figure(g, p) for p in by_then)
        for g in group
    )


def _not_after(a: Claim, b: Claim) -> bool:
    """Whether claim ``a`` may be of ``b``'s day or before: so dated, or one undated."""
    return a.as_of is None or b.as_of is None or a.as_of <= b.as_of


def _one_figure(a: Claim, b: Claim) -> bool:
    """Whether two figures may be one count told twice: the same figure, or a loose word
    that allows the other."""
    if Qualifier.VAGUE in (a.qualifier, b.qualifier):
        return can_both_hold(a, b)
    return a.value == b.value or (a.low, a.high) == (b.low, b.high)


def _merged_keys(
    uses: Mapping[_Blocked, int],
    rows: set[_Row],
    excluded: str | None,
    population: Mapping[Category, frozenset[str]],
) -> dict[_Blocked, tuple[tuple[Category, str, str | None], str | None]]:
    """Each block's fact key once spelling variants merge inside its category, with a
    note when a variant was merged. ``uses``: how many claims fall in each block;
    ``rows``: the scopes that are rows of a breakdown in a category (see
    _breakdown_scopes), the others name where the event happened and join its total;
    ``excluded``: the scope of figures a count leaves out, a row in every category."""
    group_counts: dict[Category, Counter[str]] = defaultdict(Counter)
    scope_counts: dict[Category, Counter[str]] = defaultdict(Counter)
    for b, n in uses.items():
        group_counts[b.category][b.group] += n
        if b.scope is not None:
            scope_counts[b.category][b.scope] += n
    gmaps: dict[Category, dict[str, str]] = {}
    smaps: dict[Category, dict[str, str]] = {}
    for category, groups in group_counts.items():
        # "bodies identified" and "bodies unidentified" are spelt alike and mean apart
        known = frozenset(
            g
            for g in groups
            if " from " in g or _names_its_kind(category, g) or _parse_subject(g).how != "head noun"
        )
        gmaps[category] = _merge_similar(groups, _GROUP_FUZZ_CUTOFF, known | frozenset(SIDES))
        scopes = scope_counts.get(category)
        smaps[category] = (
            _merge_similar(
                scopes,
                _SCOPE_FUZZ_CUTOFF,
                # one day is not the next
                frozenset(s for s in scopes if _time_scope(s)),
            )
            if scopes
            else {}
        )
    # the (category, group) pairs the corpus gives a total for: a place joins only these
    totals = {
        (b.category, gmaps[b.category].get(b.group, b.group)) for b in uses if b.scope is None
    }
    out: dict[_Blocked, tuple[tuple[Category, str, str | None], str | None]] = {}
    for b in uses:
        group, scope = b.group, b.scope
        gmap, smap = gmaps[b.category], smaps[b.category]
        g2, s2 = gmap.get(group, group), smap.get(scope, scope) if scope else None
        note = None
        if g2 != group:
            note = f"subject '{group}' merged with '{g2}'"
        if g2 in population.get(b.category, ()):
            note = f"'{g2}' are the event's people: no document counts them apart"
            g2 = PEOPLE
        if s2 != scope:
            note = f"scope '{scope}' merged with '{s2}'"
        if (
            scope is not None
            and scope != excluded
            and (b.category, scope, None) not in rows
            and (b.category, s2, None) not in rows
            and (b.category, scope, group) not in rows
            and ((b.category, g2) in totals)
        ):
            note = f"scope '{scope}': no document sets it against its whole, so it is the event's"
            s2 = None
        out[b] = ((b.category, g2, s2), note)
    return out


def group_order(group: ClaimGroup) -> tuple[object, ...]:
    """The order of align_claims: by category, the general public first, then by label."""
    return (_CATEGORY_ORDER[group.category], group.subject != PEOPLE, group.label, group.key)


# A figure dated this many days before the first quarter of the corpus's dates, or after
# its last quarter (at least; three times the spread between them where that is more),
# counts another time than the event's: "the 1993 ferry disaster's 292 dead" in a 2014
# corpus is no revision of the current toll, but background.
_FAR_DAYS = 365
_FAR_SPREADS = 3


# A figure under this share of its article's own largest figure of the category, the same
# day, is a part of that total, not a rival of it: "581 killed as of 6 April ... (1) died on
# 6 April", "258 dead ... five more died of heart attacks"
_IMPLIED_PART_SHARE = 0.2


_CORROBORATED = 3.0  # a total at most this many times the articles' usual largest
# crowds and forces: police and organisers give rival sizes of one crowd, never parts
_RIVAL_ESTIMATES = frozenset({Category.PARTICIPANTS, Category.TROOPS})


def _implied_parts(current: list[Claim]) -> tuple[list[Claim], frozenset[str]]:
    """The claims with a part_of read from their article's totals, and their ids. Only
    unscoped, asserted figures of the whole event are compared, in other sentences than
    the total's ("rose from 44 to 227" states a revision, in one sentence)."""
    candidates = [c for c in current if _could_be_total(c)]
    # each article's largest figure per category and day
    totals: dict[tuple[str, Category, str | None], Claim] = {}
    for c in candidates:
        given = _given(c)
        key = (c.doc, c.category, c.as_of)
        held = totals.get(key)
        if held is None or given > _given(held):
            totals[key] = c
    # a total far above what the other articles give ("226,000 killed" by the 2004
    # tsunami in a 2018 report) is another event's or a slip, and makes no parts
    usual = _usual_largest(candidates, min_articles=2)
    whole_of: dict[str, str] = {}
    for c in candidates:
        whole = totals[(c.doc, c.category, c.as_of)]
        if whole is c or c.sentence_start == whole.sentence_start:
            continue
        if c.category in _RIVAL_ESTIMATES or (
            c.attribution is not None and c.attribution != whole.attribution
        ):
            continue  # another body's figure is its count, not a part ("police put it at")
        top = _given(whole)
        median = usual.get(c.category)
        if _given(c) < _IMPLIED_PART_SHARE * top and (
            median is None or top <= _CORROBORATED * median
        ):
            whole_of[c.id] = whole.id
    if not whole_of:
        return current, frozenset()
    out = [replace(c, part_of=whole_of[c.id]) if c.id in whole_of else c for c in current]
    return out, frozenset(whole_of)


def _could_be_total(c: Claim) -> bool:
    return (
        c.part_of is None
        and c.scope is None
        and not c.window
        and not c.derived_from
        and c.status is Status.ASSERTED
        and c.qualifier is not Qualifier.VAGUE
        and c.value is not None
    )


def _far_dated(claims: Sequence[Claim]) -> tuple[frozenset[str], frozenset[str]]:
    """The as_of dates far before, and far after, the span most of the corpus's figures
    are dated in: before it, an earlier disaster's toll; after it, a look back at this
    event (an anniversary piece's "21 were killed").

    Quartiles, not the extremes, set the span, so one stray date cannot widen it; with
    fewer than four dates nothing is far (no span to speak of). Distinct dates are few
    (a corpus covers days or months), so each is parsed once.
    """
    none: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    dated = Counter(c.as_of for c in claims if c.as_of is not None)
    if sum(dated.values()) < 4 or len(dated) < 2:
        return none
    days: dict[str, int] = {}
    for d in dated:
        try:
            days[d] = date.fromisoformat(d).toordinal()
        except ValueError:
            continue
    ordered = sorted((days[d], n) for d, n in dated.items() if d in days)
    total = sum(n for _, n in ordered)
    if total < 4:
        return none
    counts = list(accumulate(n for _, n in ordered))
    q1 = ordered[bisect_right(counts, (total - 1) // 4)][0]
    q3 = ordered[bisect_right(counts, (3 * total - 1) // 4)][0]
    margin = max(_FAR_DAYS, _FAR_SPREADS * (q3 - q1))
    before = frozenset(d for d, n in days.items() if n < q1 - margin)
    after = frozenset(d for d, n in days.items() if n > q3 + margin)
    return before, after


def align_claims(claims: Sequence[Claim]) -> tuple[ClaimGroup, ...]:
    """Group claims that state the same fact (category, subject group, scope)."""
    return tuple(sorted(aligned_groups(claims), key=group_order))


def aligned_groups(claims: Sequence[Claim]) -> Iterator[ClaimGroup]:
    """align_claims' groups, each as soon as it is made (not in group_order): a caller
    that goes on to read each group's claims finds them still in the processor's cache."""
    for group in _blocked_groups(claims):
        for rows in _apart_by_row_noun(group):
            yield from apart_by_figure(rows)


def _apart_by_row_noun(group: ClaimGroup) -> Iterator[ClaimGroup]:
    """``group`` as it is, or, where one sentence lists two rows of it under nouns of
    their own ("The wounded included four police officers and three gendarmes": both
    security forces), one group per such noun, each with every claim worded with it, and
    the rest as they were: the rows are parts beside each other, no revision of one
    into the other."""
    heads: dict[tuple[str, int, str], set[str]] = defaultdict(set)
    for c in group.claims:
        if c.part_of is not None and c.subject:
            heads[(c.doc, c.sentence_start, c.part_of)].add(_row_noun(c.subject))
    listed = set().union(*(h for h in heads.values() if len(h) > 1)) if heads else set()
    if not listed:
        yield group
        return
    by_noun: dict[str, list[Claim]] = defaultdict(list)
    for c in group.claims:
        noun = _row_noun(c.subject) if c.subject else ""
        by_noun[noun if noun in listed else ""].append(c)
    for noun in sorted(by_noun, key=lambda n: (n != "", n)):
        run = tuple(by_noun[noun])
        ids = {c.id for c in run}
        if not noun:
            yield replace(
                group, claims=run, repeats=group.repeats & ids, undated=group.undated & ids
            )
            continue
        words = (run[0].subject or noun).lower()
        yield replace(
            group,
            key=f"{group.key}|{noun}",
            label=_label(group.category, words, group.scope),
            subject=words,
            claims=run,
            parts=(),
            why=(*group.why, f"{words}: a row of its own beside another listed with it"),
            repeats=group.repeats & ids,
            undated=group.undated & ids,
        )


def _row_noun(subject: str) -> str:
    return subject.split()[-1].lower()


def _blocked_groups(claims: Sequence[Claim]) -> Iterator[ClaimGroup]:
    """The groups of each fact key (category, group, scope), before an other count's
    differing figures are set apart."""
    earlier, far = _far_dated(claims)
    current = [c for c in claims if not c.background and (not earlier or c.as_of not in earlier)]
    current.sort(key=_DOC_ORDER)
    current, implied = _implied_parts(current)
    if len(current) < len(claims):
        log.debug("left out %d background or earlier-dated claims", len(claims) - len(current))

    # Blocking: a category, then a subject group and scope inside it.
    scopes_shown: dict[str, str] = {}
    reading = _read(current, scopes_shown)
    blocked = reading.blocked
    children: dict[str, list[Claim]] = defaultdict(list)
    for c in reading.with_whole:
        if c.part_of in blocked:
            children[c.part_of].append(c)
    derived = _derived_totals(current, reading.clash_docs, blocked, set(children))
    for total, sides in derived:
        group, _ = _group_in(total.category, total.subject)
        shown = " + ".join(f"{p.text} {p.subject}" for p in sides)
        reason = f"derived: {shown} in one sentence, a count of both sides -> {group}"
        scope = blocked[sides[0].id].scope
        side = SIDES.get(_parse_subject(total.subject).base)
        blocked[total.id] = _Blocked(total.category, group, scope, reason, side)
    derived_parts = {t.id: parts for t, parts in derived}

    # Each fact's claims in reading order, from its blocks' claims as filed while reading
    # them: no sort or pass over every claim of their own.
    # a figure a count leaves out is a row beside it, whatever the documents set apart
    rows = _breakdown_scopes(current, reading.filed) | _regions_of_counted_countries(
        blocked.values()
    )
    keys = _merged_keys(
        Counter(blocked.values()),
        rows,
        _scope_key(EXCLUDED_SCOPE),
        _population_groups(current, reading.filed),
    )

    def fact_key(b: _Blocked) -> _FactKey:
        return keys[b][0]

    members_of = _members_in_reading_order(
        current, reading.filed, fact_key, ((fact_key(blocked[t.id]), t) for t, _ in derived)
    )
    fact_of = {whole: keys[blocked[whole]][0] for whole in children}
    # the facts holding a part of one of their own claims (few: most hold none)
    with_inside = {
        fact
        for c in reading.with_whole
        if fact_of.get(c.part_of) == (fact := fact_key(blocked[c.id]))  # type: ignore[arg-type]
    }
    # what ``why`` says of each claim of a block, after its id
    said_of = {
        b: (f": {b.reason}", None if note is None else f": {note}") for b, (_, note) in keys.items()
    }
    sums_of: dict[tuple[Category, str, str | None], list[Claim]] = defaultdict(list)
    for total in in_reading_order(t for t, _ in derived):
        sums_of[keys[blocked[total.id]][0]].append(total)

    for key, members in members_of.items():
        category, group, scope = key
        why: list[str] = []
        parts: list[Claim] = []
        # A part stated under the same key as its whole is never its rival.
        inside = (
            [c for c in members if c.part_of is not None and fact_of.get(c.part_of) == key]
            if key in with_inside
            else []
        )
        for c in inside:
            if c.id in implied:
                why.append(
                    f"{c.id} is far below {c.part_of}, its article's own total for the "
                    "same day: read as a part of it (a day's or a place's count), not a "
                    "rival"
                )
            else:
                why.append(f"{c.id} is part of {c.part_of}: shown as a part, not a rival")
        if inside:
            rivals = [c for c in members if c.part_of is None or fact_of.get(c.part_of) != key]
        else:
            rivals = members
        sums = sums_of.get(key, [])
        if sums:
            # A document that states its own total keeps it; its sum of sides only supports it.
            # One pass: the documents stating a figure of their own, and each document's
            # own mentions (the sums of sides are not its own).
            stated: set[str] = set()
            own_of: dict[str, list[Claim]] = defaultdict(list)
            for o in rivals:
                if o.id not in derived_parts:
                    own_of[o.doc].append(o)
                    if o.status is Status.ASSERTED and o.qualifier is not Qualifier.VAGUE:
                        stated.add(o.doc)
            supporting = [c for c in sums if c.doc in stated]
            gone = {c.id for c in supporting}
            if gone:
                rivals = [c for c in rivals if c.id not in gone]
            for c in sums:
                if c.id not in gone:
                    parts.extend(derived_parts[c.id])
            for c in supporting:
                lo, hi = _low(c), _high(c)
                if any(_overlaps(lo, hi, o) for o in own_of[c.doc]):
                    parts.extend(derived_parts[c.id])
                    why.append(f"{c.id}: its sum of both sides supports {c.doc}'s own total")
                else:
                    why.append(f"{c.id}: its sum of both sides differs from {c.doc}'s own total")
        # One document, one figure: mentions with the same figure, status and date in
        # one document count once. In reading order a document's mentions of one date
        # come together, so repeats are looked for within each such run, gathered (as
        # positions in ``rivals``) in the same pass as ``why``.
        # A run's figures are filed only from its second mention on: most runs have one.
        run: dict[tuple[object, ...], int] | None = None  # figure -> where first given
        run_doc: str | None = None
        run_date: str | None = None
        run_start = 0
        repeated: dict[int, list[int]] = {}  # first position -> every position, if repeated
        for i, c in enumerate(rivals):
            doc, as_of = c.doc, c.as_of
            if i == 0 or doc != run_doc or as_of != run_date:
                run, run_doc, run_date, run_start = None, doc, as_of, i
            else:
                if run is None:
                    first = rivals[run_start]
                    run = {(first.low, first.high, first.status): run_start}
                figure_key = (c.low, c.high, c.status)
                at = run.get(figure_key)
                if at is None:
                    run[figure_key] = i
                else:
                    repeated.setdefault(at, [at]).append(i)
            cid = c.id
            reason, merge_note = said_of[blocked[cid]]
            why.append(cid + reason)
            if merge_note is not None:
                why.append(cid + merge_note)
            kids = children.get(cid)
            if kids is None:
                pass
            elif len(kids) >= 2:
                sum_lo = _sum(k.low if k.low is not None else 0 for k in kids) or 0
                sum_hi = _sum(k.high for k in kids)
                summed = " + ".join(k.text for k in kids)
                if _overlaps(float(sum_lo), float("inf") if sum_hi is None else float(sum_hi), c):
                    parts.extend(kids)
                    why.append(f"{c.id}: its parts {summed} add up to it")
                else:
                    why.append(f"{c.id}: its parts {summed} cover only part of it")
            else:
                why.append(f"{c.id} includes {kids[0].id} ({kids[0].text} {kids[0].subject})")
        parts.extend(inside)
        dropped: set[int] = set()
        for first_at in sorted(repeated):  # in the order first mentioned
            positions = repeated[first_at]
            kept_at = min(positions, key=lambda i: _representative_key(rivals[i]))
            dropped.update(i for i in positions if i != kept_at)
            rep = rivals[kept_at]
            why.append(f"{rep.doc}: {len(positions)} mentions of {rep.text} count once")
        repeats = frozenset(rivals[i].id for i in dropped)
        scope_label = scopes_shown.get(scope) if scope else None
        yield ClaimGroup(
            key=f"{category}|{group}|{scope or ''}",
            label=_label(category, group, scope_label),
            category=category,
            subject=group,
            scope=scope_label,
            claims=tuple(rivals),
            parts=tuple(in_reading_order({p.id: p for p in parts}.values())),
            why=tuple(why),
            repeats=repeats,
            undated=frozenset(c.id for c in rivals if c.as_of in far) if far else frozenset(),
        )
