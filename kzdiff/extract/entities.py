"""People, organisations and places named in a document, linked to their fullest form.

A rule-based recogniser (no statistical model can be downloaded here), in the spaCy
span-ruler manner: one regex pass proposes runs of capitalised words; small rules then
cut, trim and label each run from gazetteers (titles, organisation words, places,
nationality adjectives in ``kzdiff.lexicon.names``). A second pass links short mentions
("Tokayev", "HRW", "the ministry") to the fullest form of the same referent in the
document. Its precision and recall are measured on ``tests/extract/data/names.json``.

Choices: PERSON spans exclude titles ("President Kassym-Jomart Tokayev" gives
"Kassym-Jomart Tokayev"); ORG spans keep a nationality adjective ("Kazakh Interior
Ministry"); a possessive place is its own entity ("Kazakhstan's Internal Affairs
Ministry" gives "Kazakhstan" and "Internal Affairs Ministry").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kzdiff.extract.numbers import is_number_word
from kzdiff.lexicon.names import (
    ALIASES,
    CITIES,
    CONNECTORS,
    COUNTRIES,
    LOC_WORDS,
    NAME_PARTICLES,
    NATIONALITIES,
    NOT_NAME_WORDS,
    ORG_WORDS,
    REGIONS,
    TITLES,
)
from kzdiff.records import Document, Entity, Sentence
from kzdiff.referents import ascii_lower, block_keys, is_acronym, same_referent
from kzdiff.vocab import BlockKind, EntityLabel

log = logging.getLogger(__name__)

_UPPER = "".join(chr(c) for c in (*range(0x41, 0x250), *range(0x370, 0x530)) if chr(c).isupper())
_TOKEN = rf"(?:(?:al|el|bin|ibn|ad|as|an)-)?[{_UPPER}][\w’'\-]*(?:\.(?=[{_UPPER}]\.))?\.?"
_LINK = (
    r"[ \u00a0]+(?:(?:"
    + "|".join(sorted(re.escape(w) for w in CONNECTORS | NAME_PARTICLES if w.islower()))
    + r")[ \u00a0]+)?"
)
# The run starts with a capital (no lookbehind or optional prefix first, so the regex
# engine can skip to capitals fast); a run glued to a word before it is dropped in code.
_CANDIDATE = re.compile(rf"[{_UPPER}][\w’'\-]*(?:\.(?=[{_UPPER}]\.))?\.?(?:{_LINK}(?:{_TOKEN}))*")
_GLUED = re.compile(r"[\w’'\-]")
_CAP_START = re.compile(r"(?<!\S)[A-Z]")
_TOKEN_RE = re.compile(rf"{_TOKEN}|\S+")
_BODY_LOWER = re.compile(
    r"\b(?:the\s+)?(?P<text>(?:(?:"
    + "|".join(sorted((n for n in NATIONALITIES if n.isalpha()), key=len, reverse=True))
    + r")\s+)?(?:interior|internal\s+affairs|defen[cs]e|foreign|foreign\s+affairs|justice"
    r"|health|emergencies|emergency\s+situations|finance|economy|education)\s+ministry)\b"
    r"|\b(?P<bare>the\s+ministry)\b"
)
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'\-]+\b")
_HYPHEN_SUFFIXES = frozenset(
    "led based backed controlled born style era ruled made owned run allied friendly aligned"
    " speaking funded sponsored occupied held".split()
)
_ACRONYM_STOP = frozenset({"TV", "OK", "AM", "PM", "CEO", "ID", "PDF", "II", "III", "IV", "I"})
_PLACES = COUNTRIES | CITIES
_ALIAS_PLACES = {n for g in ALIASES for n in g if g[0] in _PLACES or n in _PLACES}
_ORG_ALIASES = {n for g in ALIASES for n in g if any(w in ORG_WORDS for w in g[0].split())} | {
    "united nations",
    "u.n.",
    "un",
    "european union",
    "eu",
    "csto",
    "osce",
}
_POSSESSIVE = re.compile(r"[’']s?$")
_LOCATIVE = re.compile(r"\b(?:in|near|outside|into|across|around|toward|towards)\s+$")


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    text: str
    label: EntityLabel
    weak: bool  # from a title-cased line: kept only if known
    locative: bool = False  # a lone unknown word after "in", "near": a place if no person


def _tokens(body: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(body, start, end)]


@lru_cache(maxsize=16384)
def _base(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip(".").lower()


def _names_body(words: list[str]) -> bool:
    """An organisation word ends or heads the run ("Human Rights Watch", "Ministry of
    Justice"); a lone leading one ("Press Secretary Jen Psaki") does not count."""
    if any(w in ORG_WORDS for w in words[1:]):
        return True
    return len(words) > 2 and words[0] in ORG_WORDS and words[1] in ("of", "for")


def _place_label(text: str) -> EntityLabel | None:
    low = ascii_lower(text).rstrip(".")
    low_dot = ascii_lower(text)
    if low in _PLACES or low_dot in _PLACES or low in _ALIAS_PLACES:
        return EntityLabel.GPE
    if low in REGIONS:
        return EntityLabel.LOC
    return None


_SMALL_CAPS = frozenset(
    {"To", "Of", "In", "On", "For", "And", "The", "With", "As", "At", "By", "From", "Without",
     "Over", "After", "Into", "Against", "Amid"}
)  # fmt: skip


def _is_title_case(text: str) -> bool:
    """A headline in title case: capitalised small words mid-line, or nearly all capitals.
    Prose full of names ("President X met Prime Minister Y") is not one."""
    words = text.split()
    if len(words) < 4:
        return False
    if not _SMALL_CAPS.isdisjoint(words[1:]):
        return True
    return len(_CAP_START.findall(text)) >= 0.85 * len(words)


class _Recogniser:
    def __init__(self, doc: Document) -> None:
        self.body = doc.body
        self.lower_words = set(_LOWER_WORD.findall(doc.body))

    def common(self, word: str) -> bool:
        """A word the document also writes in lower case: an ordinary word."""
        return _base(word) in self.lower_words or word.lower() in self.lower_words

    def spans(self, sent: Sentence, weak: bool) -> list[_Span]:
        out: list[_Span] = []
        for m in _CANDIDATE.finditer(self.body, sent.start, sent.end):
            if m.start() > 0 and _GLUED.match(self.body, m.start() - 1):
                continue
            word = m.group(0)
            if " " not in word and "\u00a0" not in word:  # one word: the common case, fast
                low = word.lower()
                if low in NOT_NAME_WORDS and not word.isupper():
                    continue
                label = _place_label(word)
                if label is not None:
                    if word.endswith(".") and not is_acronym(word):
                        word = word[:-1]  # the sentence's full stop
                    out.append(_Span(m.start(), m.start() + len(word), word, label, weak))
                    continue
            toks = _tokens(self.body, m.start(), m.end())
            at_start = m.start() - sent.start <= 3 and not self.body[sent.start : m.start()].strip(
                " \"'“‘(«[-–—•"
            )
            for part in self._cut(toks):
                span = self._classify(part, at_start and part[0][0] == toks[0][0], weak)
                if span is not None:
                    out.append(span)
        return out

    def _cut(self, toks: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
        """Split a capitalised run at possessive places, "-led" suffixes and words that
        cannot sit inside a name."""
        parts: list[list[tuple[int, int, str]]] = [[]]
        for i, (s, e, t) in enumerate(toks):
            if "-" in t:
                head, _, tail = t.rpartition("-")
                if tail.lower() in _HYPHEN_SUFFIXES and head:
                    parts[-1].append((s, s + len(head), head))
                    parts.append([])
                    continue
            if (
                t.lower() in NOT_NAME_WORDS
                and t[0].isupper()
                and not t.isupper()
                and len(parts[-1]) > 0
                and not (i + 1 < len(toks) and f"{t} {toks[i + 1][2]}".lower() in _PLACES)
            ):
                parts.append([])
                continue
            parts[-1].append((s, e, t))
            if (
                _POSSESSIVE.search(t)
                and t[-1] != "."
                and (
                    _place_label(_base(t))
                    or not (i + 1 < len(toks) and _base(toks[i + 1][2]) in ORG_WORDS)
                )
            ):
                # "Kazakhstan's Internal Affairs Ministry", "Amnesty's Marie Struthers";
                # but "Prosecutor General's Office" is one name
                parts.append([])
        out: list[list[tuple[int, int, str]]] = []
        for part in parts:
            if _names_body([_base(t) for _, _, t in part]):
                out.append(part)
                continue
            # without an organisation word, "of"/"and" join two names, not one
            cur: list[tuple[int, int, str]] = []
            for tok in part:
                if tok[2] in CONNECTORS:
                    out.append(cur)
                    cur = []
                else:
                    cur.append(tok)
            out.append(cur)
        return [p for p in out if p]

    def _classify(
        self, toks: list[tuple[int, int, str]], at_start: bool, weak: bool
    ) -> _Span | None:
        whole = self.body[toks[0][0] : toks[-1][1]]
        place = _place_label(whole) if len(toks) > 1 else None
        if place is not None:  # "New York" before "New" is dropped
            return _Span(toks[0][0], toks[-1][1], whole, place, weak)
        # Sentence-initial capitals prove nothing: drop a first word that is an ordinary one.
        while toks and (
            (toks[0][2].lower() in NOT_NAME_WORDS and not toks[0][2].isupper())
            or toks[0][2].lower() in CONNECTORS
            or (at_start and len(toks) == 1 and self.common(toks[0][2]))
        ):
            toks = toks[1:]
            at_start = False
        while toks and toks[-1][2].lower() in CONNECTORS | NAME_PARTICLES:
            toks = toks[:-1]
        if not toks:
            return None
        words = [_base(t) for _, _, t in toks]
        text = self.body[toks[0][0] : toks[-1][1]]
        text = _POSSESSIVE.sub("", text) if _POSSESSIVE.search(toks[-1][2]) else text
        text = text.rstrip(".") if not is_acronym(text) else text
        start = toks[0][0]
        end = start + len(text)
        place = _place_label(text)
        if place is not None:
            return _Span(start, end, text, place, weak)
        if len(toks) == 1 and is_acronym(text):
            if text.replace(".", "") in _ACRONYM_STOP or self._a_things_acronym(start, end):
                return None
            return _Span(start, end, text, EntityLabel.ORG, weak)
        has_org = _names_body(words) or ascii_lower(text) in _ORG_ALIASES
        if words[-1] in LOC_WORDS and len(toks) > 1:
            return _Span(start, end, text, EntityLabel.LOC, weak)
        if has_org and len(toks) > 1:
            if at_start and self.common(toks[0][2]) and not has_org:
                return None
            return _Span(start, end, text, EntityLabel.ORG, weak)
        if at_start and self.common(toks[0][2]) and len(toks) > 1:
            toks = toks[1:]
            words = words[1:]
            start = toks[0][0]
            text = self.body[start:end]
        return self._person(toks, words, end, weak)

    def _a_things_acronym(self, start: int, end: int) -> bool:
        """'an outburst of the glacial lake (a GLOF)': an acronym after "a"/"an" that no
        noun follows names a kind of thing, not a body ("a UN agency" is the UN's)."""
        before = self.body[max(0, start - 4) : start].lower()
        after = self.body[end : end + 2]
        return before.endswith((" a ", " an ", "(a ", "(an ")) and not (
            len(after) == 2 and after[0] == " " and after[1].islower()
        )

    def _person(
        self, toks: list[tuple[int, int, str]], words: list[str], end: int, weak: bool
    ) -> _Span | None:
        titled = False
        i = 0  # one slice after the loop: slicing per title is quadratic in "Mr. Mr. Mr. ..."
        while len(toks) - i > 1 and (words[i] in TITLES or words[i] in NATIONALITIES):
            titled = titled or words[i] in TITLES
            i += 1
        toks, words = toks[i:], words[i:]
        if words and words[0] in TITLES:
            return None  # a title with no name ("the President")
        start = toks[0][0]
        text = self.body[start:end]
        if any(w in NATIONALITIES or w in NOT_NAME_WORDS for w in words):
            return None
        if any(_place_label(w) for w in words):
            return None
        if any(not any(c.islower() for c in t) for _, _, t in toks):
            return None  # all-capital words are acronyms or shouting, not personal names
        if any(ch.isdigit() for ch in text) or any(is_number_word(w) for w in words):
            return None  # "Thirty-two Kenyans": a count, not a name
        if len(toks) == 1 and not titled:
            locative = bool(_LOCATIVE.search(self.body, max(0, start - 12), start))
            if self.common(text) or text.lower() in ORG_WORDS:
                locative = False
            return _Span(start, end, text, EntityLabel.PERSON, True, locative)  # linked later
        if len(toks) > 4:
            return None
        if sum(self.common(t) for _, _, t in toks if t.lower() not in NAME_PARTICLES) * 2 >= len(
            toks
        ):
            return None  # "Lives Human Rights": ordinary words, not a name
        return _Span(start, end, text, EntityLabel.PERSON, weak)


def _lower_bodies(body: str, sent: Sentence) -> list[_Span]:
    out: list[_Span] = []
    if body.find("inistry", sent.start, sent.end) < 0:
        return out
    for m in _BODY_LOWER.finditer(body, sent.start, sent.end):
        if m.group("text"):
            s, e = m.span("text")
            if not body[s].islower():
                continue  # capitalised forms come from the main pass
            out.append(_Span(s, e, m.group("text"), EntityLabel.ORG, False))
        else:
            s, e = m.span("bare")
            s += 4  # "the ministry": the entity is "ministry", linked below
            out.append(_Span(s, e, body[s:e], EntityLabel.ORG, True))
    return out


def _fullness(text: str) -> tuple[int, int, bool]:
    return (not is_acronym(text), len(text.split()), text[:1].isupper())


def _keys(text: str, label: EntityLabel) -> set[str]:
    if is_acronym(text):  # an acronym may stand for a body of any label
        return block_keys(text, EntityLabel.ORG)
    if label is EntityLabel.LOC:
        label = EntityLabel.GPE
    return block_keys(text, label)


def _link(spans: list[_Span]) -> list[Entity]:
    """Keep weak spans that name a referent seen in strong ones; set each canonical."""
    strong = [s for s in spans if not s.weak]
    texts: dict[tuple[EntityLabel, str], None] = {}
    index: dict[str, list[tuple[EntityLabel, str]]] = {}
    for s in strong:
        if (s.label, s.text) not in texts:
            texts[(s.label, s.text)] = None
            for k in _keys(s.text, s.label):
                index.setdefault(k, []).append((s.label, s.text))
    out: list[Entity] = []
    cache: dict[tuple[EntityLabel, str], str | None] = {}
    last_ministry: str | None = None
    for sp in spans:
        if sp.text.lower() == "ministry":
            if last_ministry is None:
                continue
            out.append(Entity(sp.text, sp.start, sp.end, EntityLabel.ORG, last_ministry))
            continue
        key = (sp.label, sp.text)
        if key not in cache:
            near = {c for k in _keys(sp.text, sp.label) for c in index.get(k, ())}
            cands = [
                t
                for (lab, t) in sorted(near, key=lambda c: c[1])
                if (lab is sp.label or (sp.label is EntityLabel.ORG and is_acronym(sp.text)))
                and same_referent(sp.text, t, None if is_acronym(sp.text) else sp.label)
            ]
            if (
                sp.weak
                and not cands
                and not (
                    sp.label in (EntityLabel.GPE, EntityLabel.LOC)
                    or is_acronym(sp.text)
                    or ascii_lower(sp.text) in _ORG_ALIASES
                )
            ):
                cache[key] = None
            else:
                cache[key] = max([*cands, sp.text], key=_fullness)
        canonical = cache[key]
        if canonical is None and sp.locative:
            out.append(Entity(sp.text, sp.start, sp.end, EntityLabel.GPE, sp.text))
            continue
        if canonical is None:
            continue
        label = sp.label
        if label is EntityLabel.PERSON and canonical != sp.text:
            label = next((lab for (lab, t) in texts if t == canonical), label)
        if label is EntityLabel.ORG and "ministry" in canonical.lower():
            last_ministry = canonical
        out.append(Entity(sp.text, sp.start, sp.end, label, canonical))
    return out


def extract_entities(doc: Document, sentences: Sequence[Sentence]) -> tuple[Entity, ...]:
    """People (PERSON), organisations (ORG) and places (GPE, LOC), in body order, each
    with the fullest form of its referent in the document as ``canonical``."""
    return _extract(doc, tuple(sentences))


# Quotes need the entities too (for speakers): the cache makes that a lookup.
@lru_cache(maxsize=8)
def _extract(doc: Document, sentences: tuple[Sentence, ...]) -> tuple[Entity, ...]:
    rec = _Recogniser(doc)
    spans: list[_Span] = []
    for sent in sentences:
        kind = doc.blocks[sent.block].kind
        weak = kind is BlockKind.TITLE or _is_title_case(sent.text)
        spans.extend(rec.spans(sent, weak))
        spans.extend(_lower_bodies(doc.body, sent))
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[_Span] = []
    for sp in spans:  # overlapping proposals: the first and longest wins
        if kept and sp.start < kept[-1].end:
            continue
        kept.append(sp)
    return tuple(_link(kept))
