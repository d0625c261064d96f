"""Word tokens of one sentence, with offsets, and multi-word cue lookup.

The claim layer only tokenises sentences that hold a count, so this stays off
the hot path for most of a document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Generic, NamedTuple, TypeVar

from kzdiff.lexicon.abbreviations import PLACE_ABBREVIATIONS, TITLE_ABBREVIATIONS

# Initials ("U.N.", "U.S.": one name, whose dots end no phrase), a word (letters/digits,
# with inner apostrophes or hyphens) or one other symbol. Each repeat starts with a
# non-word character or is two fixed characters, so matching is linear.
# A left single quote before an apostrophe's ending is relay damage for one ("Georgia‘s
# Ministry"): it joins the word, and the lower-case form reads it as one ("said‘40
# people died’" stays three tokens).
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[’'\-]\w+|‘(?=(?:s|t|d|m|ll|re|ve)\b)\w+)*|[^\w\s]")

V = TypeVar("V")


class Token(NamedTuple):
    """A word or symbol of a sentence (a tuple: built thousands of times per article)."""

    start: int
    end: int
    text: str
    low: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    tokens = [
        Token(m.start(), m.end(), m.group(), m.group().lower())
        for m in _TOKEN.finditer(text, start, end)
    ]
    if any(t.text == "." for t in tokens[1:-1]):
        tokens = _with_abbreviations_joined(tokens)
    if any(a.low == b.low and a.low in _SLIPS_WHEN_DOUBLED for a, b in pairwise(tokens)):
        tokens = _without_doubled_words(tokens)
    if text.find("‘", start, end) >= 0:  # rare: one search of the sentence, no copy of it
        tokens = [t._replace(low=t.low.replace("‘", "’")) if "‘" in t.low else t for t in tokens]
    return tokens


# a title's or a place prefix's dot, joined to it before a name (see TITLE_ABBREVIATIONS)
_JOINS_ITS_DOT = TITLE_ABBREVIATIONS | PLACE_ABBREVIATIONS


def _with_abbreviations_joined(tokens: list[Token]) -> list[Token]:
    """The dot after a title or place abbreviation before a capitalised word joins the
    abbreviation's token ("St.", lower-cased "st" as the lexicons spell it); so does a
    word's dot before a comma, which no sentence ends on ("Marlow, Ga., rose to 87")."""
    out: list[Token] = []
    last = len(tokens) - 1
    for k, t in enumerate(tokens):
        if (
            t.text == "."
            and out
            and 0 < k < last
            and out[-1].end == t.start
            and (
                (
                    out[-1].low in _JOINS_ITS_DOT
                    and tokens[k + 1].is_capitalised
                    # a place prefix also ends a street's name ("Hadley St."): a name's
                    # start only after a lower-case word or at the sentence's start
                    and not (
                        out[-1].low in PLACE_ABBREVIATIONS
                        and len(out) > 1
                        and out[-2].is_capitalised
                    )
                )
                or (tokens[k + 1].text == "," and out[-1].text.isalpha())
            )
        ):
            prev = out[-1]
            out[-1] = Token(prev.start, t.end, prev.text + ".", prev.low)
            continue
        out.append(t)
    return out


# Words a relayed copy doubles by a slip ("killing at at least 36", "the the toll"), read
# once; not "that" nor "had", which English doubles ("said that that figure", "had had").
_SLIPS_WHEN_DOUBLED = frozenset("a an the at of to in on by for from with and as".split())


def _without_doubled_words(tokens: list[Token]) -> list[Token]:
    """The second of the two is kept: a figure's bound ("at least") starts there."""
    last = len(tokens) - 1
    return [
        t
        for k, t in enumerate(tokens)
        if not (k < last and t.low == tokens[k + 1].low and t.low in _SLIPS_WHEN_DOUBLED)
    ]


def token_index(tokens: Sequence[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (binary search)."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


class PhraseIndex(Generic[V]):
    """Lower-cased multi-word phrases, looked up at a token position."""

    def __init__(self, phrases: Mapping[str, V]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        self._by_last: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in phrases.items():
            words = tuple(_TOKEN.findall(phrase.lower()))
            self._by_first.setdefault(words[0], []).append((words, value))
            self._by_last.setdefault(words[-1], []).append((words, value))
        for table in (self._by_first, self._by_last):
            for entries in table.values():
                entries.sort(key=lambda e: -len(e[0]))

    @property
    def first_words(self) -> frozenset[str]:
        """The words any phrase starts with: no phrase starts at a token not among them."""
        return frozenset(self._by_first)

    def starting_at(self, tokens: Sequence[Token], i: int) -> tuple[V, int] | None:
        """The longest phrase starting at token ``i``: (value, number of tokens)."""
        for words, value in self._by_first.get(tokens[i].low, ()):
            n = len(words)
            if i + n <= len(tokens) and all(tokens[i + k].low == words[k] for k in range(n)):
                return value, n
        return None

    def ending_at(self, tokens: Sequence[Token], i: int) -> tuple[V, int] | None:
        """The longest phrase ending at token ``i``: (value, number of tokens)."""
        for words, value in self._by_last.get(tokens[i].low, ()):
            n = len(words)
            if i - n + 1 >= 0 and all(tokens[i - n + 1 + k].low == words[k] for k in range(n)):
                return value, n
        return None


_PHRASE_RES: dict[tuple[str, ...], re.Pattern[str]] = {}


def contains_phrase(low_text: str, phrases: Sequence[str]) -> str | None:
    """The first phrase found as whole words in already lower-cased text.

    One compiled alternation of literals per phrase list: a single linear scan
    instead of a find per phrase.
    """
    key = tuple(phrases)
    rx = _PHRASE_RES.get(key)
    if rx is None:
        alts = "|".join(re.escape(p) for p in sorted(key, key=len, reverse=True))
        rx = _PHRASE_RES[key] = re.compile(rf"(?<![^\W_])(?:{alts})(?![^\W_])")
    m = rx.search(low_text)
    return m.group() if m else None


def phrase_pattern(words: Iterable[str], *, reverse: bool = False) -> str:
    """A regex alternation of phrases as a prefix tree, so a scan tries one branch per letter.

    Longer phrases win (each optional tail is greedy); a space matches any run of
    whitespace. ``reverse`` spells every phrase backwards, for matching a reversed
    window that ends at a number (see ``_Context._rev``).
    """
    root: dict[str, dict] = {}
    for w in {w.lower() for w in words}:
        node = root
        for ch in reversed(w) if reverse else w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, dict]) -> str:
    alts = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
    return body + "?" if "" in node else body
