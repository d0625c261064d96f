"""Statements quoted by several sources, with each wording and the words that differ.

Quotes are compared as lists of normalised words: two quotes state one thing when the
shorter one's words appear, in order, in the longer one (at least 80% of them) and the
longer is not a whole paragraph around it. "shoot without warning", "to shoot to kill
without warning" and "given the order to shoot to kill without warning" are one group.
Scare quotes ("dozens") are marked terms, not statements, and are left out.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kzdiff.lexicon.names import NOT_NAME_WORDS
from kzdiff.lexicon.speech import NEGATIONS
from kzdiff.records import Extraction, QuoteGroup, QuoteVariant
from kzdiff.referents import ascii_lower

log = logging.getLogger(__name__)

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_MIN_WORDS = 3
_COVERAGE = 0.8


def quote_words(text: str) -> tuple[str, ...]:
    """Lower-case ASCII words of a quote, punctuation dropped."""
    return tuple(_WORD.findall(ascii_lower(text)))


def same_statement(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two quotes (as word lists) carry the same core statement."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < _MIN_WORDS:
        return tuple(short) == tuple(long)
    if len(long) > 2 * len(short) + 6:
        return False  # a short phrase inside a long quote is a reference, not a rewording
    if fuzz.token_set_ratio(" ".join(short), " ".join(long)) < 80:
        return False
    if NEGATIONS.intersection(short) != NEGATIONS.intersection(long):
        return False  # "free and fair" is not "neither free nor fair"
    matcher = difflib.SequenceMatcher(None, short, long, autojunk=False)
    covered = sum(block.size for block in matcher.get_matching_blocks())
    return covered >= _COVERAGE * len(short)


def word_difference(short: Sequence[str], long: Sequence[str]) -> str:
    """The longer wording with what the shorter lacks in brackets:
    "shoot [to kill] without warning"; "[-word]" marks a word only the shorter has and
    "[old -> new]" a replaced one."""
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, short, long, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.extend(long[j1:j2])
        elif op == "insert":
            out.append("[" + " ".join(long[j1:j2]) + "]")
        elif op == "delete":
            out.append("[-" + " ".join(short[i1:i2]) + "]")
        else:
            out.append("[" + " ".join(short[i1:i2]) + " -> " + " ".join(long[j1:j2]) + "]")
    return " ".join(out)


def group_quotes(extractions: Sequence[Extraction]) -> tuple[QuoteGroup, ...]:
    """One group per statement quoted in at least two documents."""
    forms = _quote_forms(extractions)
    root = _joined([f.words for f in forms])
    clusters: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(root):
        clusters[r].append(i)
    groups: list[QuoteGroup] = []
    for members in clusters.values():
        if len(set().union(*(forms[i].docs for i in members))) < 2:
            continue
        speakers: Counter[str] = Counter()
        for i in members:
            speakers.update(forms[i].speakers)
        speaker = min(speakers, key=lambda s: (-speakers[s], -len(s), s)) if speakers else None
        ordered = sorted(members, key=lambda i: (len(forms[i].words), forms[i].words))
        difference = word_difference(forms[ordered[0]].words, forms[ordered[-1]].words)
        groups.append(
            QuoteGroup(
                speaker=speaker,
                variants=tuple(
                    QuoteVariant(forms[i].text, tuple(sorted(forms[i].docs))) for i in ordered
                ),
                difference=difference,
            )
        )
    groups.sort(key=lambda g: (-len({d for v in g.variants for d in v.docs}), g.difference))
    log.debug("quote groups: %d from %d distinct wordings", len(groups), len(forms))
    return tuple(groups)


@dataclass(frozen=True, slots=True)
class _Form:
    """One wording (as normalised words) with every document and speaker quoting it."""

    words: tuple[str, ...]
    text: str  # as first written
    docs: set[str] = field(default_factory=set)
    speakers: Counter[str] = field(default_factory=Counter)


def _quote_forms(extractions: Sequence[Extraction]) -> list[_Form]:
    """Distinct wordings in order of first use: a statement repeated by a thousand
    articles is compared once, not once per pair of articles."""
    forms: dict[tuple[str, ...], _Form] = {}
    # wire copy repeats quotes verbatim: each distinct text is reduced to words once
    words_of: dict[str, tuple[str, ...]] = {}
    for ex in extractions:
        for q in ex.quotes:
            if q.scare:
                continue
            words = words_of.get(q.text)
            if words is None:
                words = words_of[q.text] = quote_words(q.text)
            if not words:
                continue
            form = forms.get(words)
            if form is None:
                form = forms[words] = _Form(words, q.text)
            form.docs.add(ex.doc)
            if q.speaker:
                form.speakers[q.speaker] += 1
    return list(forms.values())


def _misses_allowed(n: int) -> int:
    """How many of a quote's n words may be missing from another for ``same_statement``."""
    return n - next(c for c in range(n + 1) if c >= _COVERAGE * n)


def _joined(wordings: Sequence[tuple[str, ...]]) -> list[int]:
    """The component of each wording, where two wordings are joined when they share a
    content word and ``same_statement`` holds for them (shorter, or earlier, first).

    Prefix filter: when the shorter wording may miss at most k of its words in the
    longer, any k + 1 of its distinct words include one the longer has. Only the
    wordings holding one of its k + 1 rarest words are candidates, so a word held by
    thousands of wordings ("people") is walked only for a wording made of such words.
    Posting lists are kept per component, so a wording already joined to a large
    component (a statement quoted with a thousand different figures) skips it whole.
    """
    n = len(wordings)
    freq = Counter(w for ws in wordings for w in set(ws))
    content = [frozenset(w for w in ws if w not in NOT_NAME_WORDS and len(w) > 2)
               for ws in wordings]  # fmt: skip
    parent = list(range(n))
    # the words of each component, and per word the members of each component holding it
    words: list[set[str]] = [set(ws) if len(ws) >= _MIN_WORDS else set() for ws in wordings]
    postings: dict[str, dict[int, list[int]]] = defaultdict(dict)
    for i, vocab in enumerate(words):  # shorter ones join only identical wordings: none here
        for w in vocab:
            postings[w][i] = [i]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> int:
        if len(words[a]) > len(words[b]):  # move the smaller vocabulary (small to large)
            a, b = b, a
        parent[a] = b
        for w in words[a]:
            bucket = postings[w]
            bucket.setdefault(b, []).extend(bucket.pop(a))
        words[b] |= words[a]
        words[a] = set()
        return b

    for i, ws in enumerate(wordings):
        size = len(ws)
        if size < _MIN_WORDS or not content[i]:
            continue
        distinct = set(ws)
        misses = _misses_allowed(size)
        # a word of i's missing from j leaves at least one of i's positions uncovered
        overlap = len(distinct) - misses
        done: set[int] = set()
        for w in sorted(distinct, key=lambda w: (freq[w], w))[: misses + 1]:
            for r, members in list(postings[w].items()):
                if find(r) == find(i):
                    continue
                for j in tuple(members):
                    if j in done:
                        continue
                    done.add(j)
                    m = len(wordings[j])
                    if m < size or m > 2 * size + 6 or (m == size and j < i):
                        continue
                    if (
                        content[i] & content[j]
                        and len(distinct.intersection(wordings[j])) >= overlap
                        and same_statement(ws, wordings[j])
                    ):
                        union(find(i), find(r))
                        break
    return [find(i) for i in range(n)]
