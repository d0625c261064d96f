"""Whether two written names are one referent: a person, a body or a place.

Shared by extraction (one article's names linked to each other) and alignment (names
across articles grouped), so neither stage imports the other.

Transliteration variants (Tokayev / Tokaev / Toqaev / Токаев) are found by rule: both
names go to ASCII (anyascii), then to a phonetic spelling in which the usual
romanisation choices collapse (q/k, zh/j, kh/h, y between vowels, doubled letters), and
then to a consonant skeleton. Two name words match when their skeletons are equal and
their phonetic spellings are close (Jaro-Winkler), so Tokaev matches Toqaev but not
Tokarev, whose skeleton has one more consonant. Aliases (Almaty / Alma-Ata) and synonyms
of state bodies (Interior Ministry / MVD) are data in ``kzdiff.lexicon.names``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from kzdiff.lexicon.names import (
    ALIASES,
    BODY_SYNONYMS,
    COUNTRIES,
    KNOWN_PLACES,
    LOC_WORDS,
    NATIONALITIES,
    ORG_WORDS,
    TITLES,
)
from kzdiff.vocab import EntityLabel

_WORD = re.compile(r"[a-z0-9'.&]+")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,7}$")
_SMALL = frozenset({"of", "for", "and", "the", "in", "on", "&", "de", "to", "at"})
# Ordered: digraphs before the letters they contain.
_PHONETIC = (
    ("zh", "j"),
    ("dzh", "j"),
    ("kh", "h"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "ks"),
    ("q", "k"),
    ("w", "v"),
    ("ou", "u"),
)
_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])y(?=[aeiou])")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy]")

_ALIAS_KEY: dict[str, str] = {name: group[0] for group in ALIASES for name in group}
_BODY_KEY: dict[str, str] = {
    form: canon for canon, forms in BODY_SYNONYMS.items() for form in forms
}
_SPELLING = {
    "organisation": "organization",
    "defence": "defense",
    "centre": "center",
    "programme": "program",
    "labour": "labor",
}


@lru_cache(maxsize=65536)
def ascii_lower(text: str) -> str:
    """ASCII, lower case, straight apostrophes, single spaces."""
    return " ".join(anyascii(text).replace("`", "'").lower().split())


def name_words(text: str) -> list[str]:
    return _WORD.findall(ascii_lower(text).replace("-", " "))


@lru_cache(maxsize=8192)
def phonetic(word: str) -> str:
    """A spelling in which common romanisation choices of one name coincide."""
    w = ascii_lower(word).replace("'", "").replace(".", "")
    for a, b in _PHONETIC:
        w = w.replace(a, b)
    w = _Y_BETWEEN_VOWELS.sub("", w)
    w = w.replace("y", "i").replace("c", "k")
    return _DOUBLE.sub(r"\1", w)


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    s = _VOWELS.sub("", phonetic(word)).replace("g", "k")
    return _DOUBLE.sub(r"\1", s)


def _word_match(a: str, b: str) -> bool:
    pa, pb = phonetic(a), phonetic(b)
    if pa == pb:
        return True
    if len(pa) == 1 or len(pb) == 1:  # an initial: "V. Putin"
        return pa[0] == pb[0]
    if skeleton(a) != skeleton(b):
        return False
    return JaroWinkler.normalized_similarity(pa, pb) >= 0.8


# ---------------------------------------------------------------- kinds of names


@lru_cache(maxsize=16384)
def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.strip()))


def _initials(words: Iterable[str]) -> str:
    return "".join(w[0] for w in words if w not in _SMALL and w)


def person_words(text: str) -> list[str]:
    words = name_words(text)
    words = [w.strip("'.") for w in words if w not in ("'s", "s")]
    while len(words) > 1 and (words[0] in TITLES or words[0] in NATIONALITIES):
        words.pop(0)
    return [w.strip("'.") for w in words if w.strip("'.")]


def _org_parts(text: str) -> tuple[str, frozenset[str]]:
    """A body's name without nationality adjectives and "the", and those adjectives."""
    raw = ascii_lower(text).replace("’", "'")
    raw = re.sub(r"\bco-(?=[a-z])", "co", raw)  # co-operation = cooperation
    words = raw.replace("-", " ").replace(",", " ").split()
    nations: set[str] = set()
    kept: list[str] = []
    for i, w in enumerate(words):
        if w == "the":
            continue
        bare = w[:-2] if w.endswith("'s") else w
        if bare in NATIONALITIES and i < len(words) - 1:
            nations.add(NATIONALITIES[bare])
            continue
        if bare in COUNTRIES and w.endswith("'s") and i < len(words) - 1:
            nations.add(bare)
            continue
        kept.append(_SPELLING.get(w, w))
    key = " ".join(kept).replace(" 's", "'s")
    key = _BODY_KEY.get(key, key)
    m = re.fullmatch(r"ministry of (.+)", key)
    if m:
        key = _BODY_KEY.get(f"{m.group(1)} ministry", f"{m.group(1)} ministry")
    key = _ALIAS_KEY.get(key, key)
    return key, frozenset(nations)


def _kind(text: str) -> str:
    """ "org", "place" or "person", for names given without a label."""
    stripped = text.strip()
    if is_acronym(stripped):
        return "org"
    low = ascii_lower(stripped)
    if low in _ALIAS_KEY or low in KNOWN_PLACES:
        key = _ALIAS_KEY.get(low, low)
        return "org" if key in _ORG_ALIASES else "place"
    words = name_words(stripped)
    if words and words[-1] in LOC_WORDS:
        return "place"
    if any(w.rstrip("'s") in ORG_WORDS for w in words) or _org_parts(stripped)[0] in BODY_SYNONYMS:
        return "org"
    return "person"


_ORG_ALIASES = frozenset(
    g[0] for g in ALIASES if any(w in ORG_WORDS for w in g[0].split()) or g[0] == "united nations"
)


def _label_kind(label: EntityLabel | None, a: str, b: str) -> tuple[str, str]:
    if label is EntityLabel.PERSON:
        return "person", "person"
    if label is EntityLabel.ORG:
        return "org", "org"
    if label in (EntityLabel.GPE, EntityLabel.LOC):
        return "place", "place"
    return _kind(a), _kind(b)


# ---------------------------------------------------------------- matching


def _acronym_of(short: str, long: str) -> bool:
    letters = short.replace(".", "").lower()
    key_long, _ = _org_parts(long)
    if _ALIAS_KEY.get(letters) is not None and _ALIAS_KEY.get(letters) == _ALIAS_KEY.get(
        key_long, key_long
    ):
        return True
    if _BODY_KEY.get(letters) is not None and _BODY_KEY.get(letters) == key_long:
        return True
    words = name_words(long)
    if _initials(words) == letters:
        return True
    # "Kazakh Interior Ministry" -> "IM" is no acronym anyone uses; but a leading
    # nationality may be part of it ("RFE" no, "KNB" yes): try without it too.
    return _initials(w for w in words if w not in NATIONALITIES) == letters


def _same_org(a: str, b: str) -> bool:
    ac, bc = is_acronym(a), is_acronym(b)
    if ac and bc:
        return a.replace(".", "").lower() == b.replace(".", "").lower()
    if ac or bc:
        short, long = (a, b) if ac else (b, a)
        return _acronym_of(short, long)
    ka, na = _org_parts(a)
    kb, nb = _org_parts(b)
    if na and nb and not (na & nb):
        return False  # "Kazakh" vs "Russian" Interior Ministry
    if ka == kb:
        return True
    wa, wb = ka.split(), kb.split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False  # different kinds of body: "ministry" vs "committee"
    return fuzz.token_sort_ratio(ka, kb) >= 92


def _same_place(a: str, b: str) -> bool:
    la, lb = ascii_lower(a), ascii_lower(b)
    ka, kb = _ALIAS_KEY.get(la, la), _ALIAS_KEY.get(lb, lb)
    if ka == kb:
        return True
    if (la in _ALIAS_KEY) and (lb in _ALIAS_KEY):
        return False  # two known names of two different places
    wa, wb = name_words(a), name_words(b)
    return len(wa) == len(wb) and all(_word_match(x, y) for x, y in zip(wa, wb, strict=True))


def _same_person(a: str, b: str) -> bool:
    wa, wb = person_words(a), person_words(b)
    if not wa or not wb:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    free = list(long)
    for w in short:
        for i, v in enumerate(free):
            if _word_match(w, v):
                del free[i]
                break
        else:
            return False
    # A lone initial or first name is too little to link across documents.
    return not (len(short) == 1 and len(phonetic(short[0])) == 1)


@lru_cache(maxsize=65536)
def same_referent(a: str, b: str, label: EntityLabel | None = None) -> bool:
    """Whether two written names refer to the same person, body or place.

    Titles, word order, transliteration, known aliases and synonyms of state bodies
    are ignored; different surnames, bodies or nationalities are not.
    """
    if not a.strip() or not b.strip():
        return False
    if ascii_lower(a) == ascii_lower(b):
        return True
    ka, kb = _label_kind(label, a, b)
    if ka != kb:
        # an acronym may stand for a body the other side names in full
        if "org" in (ka, kb) and (is_acronym(a) or is_acronym(b)):
            return _same_org(a, b)
        return False
    if ka == "org":
        return _same_org(a, b)
    if ka == "place":
        return _same_place(a, b)
    return _same_person(a, b)


def name_similarity(a: str, b: str) -> float:
    """A score in 0..1 behind a name match, for ``--explain``.

    People: the mean Jaro-Winkler of each word of the shorter name to its best match in
    the longer one, over phonetic spellings (titles dropped). Bodies and places: 1.0 for
    aliases, acronyms and synonyms, else Jaro-Winkler over the ASCII names.
    """
    if _kind(a) == "person" and _kind(b) == "person":
        wa, wb = person_words(a), person_words(b)
        if not wa or not wb:
            return 0.0
        short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        scores = [
            max(JaroWinkler.normalized_similarity(phonetic(w), phonetic(v)) for v in long)
            for w in short
        ]
        return round(sum(scores) / len(scores), 3)
    if same_referent(a, b):
        return 1.0
    return round(JaroWinkler.normalized_similarity(ascii_lower(a), ascii_lower(b)), 3)


def block_keys(text: str, label: EntityLabel) -> set[str]:
    """Cheap keys two names share whenever ``same_referent`` could hold for them, so
    callers compare only names under a common key instead of every pair."""
    if label is EntityLabel.ORG:
        key, _ = _org_parts(text)
        keys = {"o:" + key, "o:" + _initials(key.split())}
        if is_acronym(text):
            letters = text.replace(".", "").lower()
            keys |= {"o:" + letters, "o:" + _ALIAS_KEY.get(letters, letters)}
            keys.add("o:" + _BODY_KEY.get(letters, letters))
        else:
            keys.add("o:" + _initials(w for w in name_words(text) if w not in NATIONALITIES))
        return keys
    if label is EntityLabel.PERSON:
        return {"p:" + skeleton(w) for w in person_words(text) if len(w) > 1}
    low = ascii_lower(text)
    return {"g:" + _ALIAS_KEY.get(low, low), "g:" + "".join(skeleton(w) for w in name_words(text))}


def is_spelling_difference(a: str, b: str) -> bool:
    """Two written forms that differ by more than case or by leaving words out."""
    if is_acronym(a) != is_acronym(b):
        return True
    wa, wb = set(name_words(a)), set(name_words(b))
    return not (wa <= wb or wb <= wa)
