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

from rapidfuzz import fuzz

from kzdiff.align.names import ascii_lower
from kzdiff.lexicon.names import FUNCTION_WORDS
from kzdiff.lexicon.speech import NEGATIONS
from kzdiff.records import Extraction, QuoteGroup, QuoteVariant

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
    items: list[tuple[str, str, str | None, tuple[str, ...]]] = []
    for ex in extractions:
        for q in ex.quotes:
            if q.scare:
                continue
            words = quote_words(q.text)
            if words:
                items.append((ex.doc, q.text, q.speaker, words))
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only quotes sharing a content word are compared.
    index: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, _, words) in enumerate(items):
        for w in set(words):
            if w not in FUNCTION_WORDS and len(w) > 2:
                index[w].append(i)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in seen or find(i) == find(j):
                    continue
                seen.add((i, j))
                if same_statement(items[i][3], items[j][3]):
                    parent[find(i)] = find(j)

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[find(i)].append(i)
    groups: list[QuoteGroup] = []
    for members in clusters.values():
        if len({items[i][0] for i in members}) < 2:
            continue
        variants: dict[tuple[str, ...], tuple[str, set[str]]] = {}
        for i in sorted(members):
            doc, text, _, words = items[i]
            variants.setdefault(words, (text, set()))[1].add(doc)
        speakers = Counter(items[i][2] for i in members if items[i][2])
        speaker = (
            min(speakers, key=lambda s: (-speakers[s], -len(s), s)) if speakers else None
        )
        ordered = sorted(variants, key=lambda w: (len(w), w))
        difference = word_difference(ordered[0], ordered[-1])
        groups.append(
            QuoteGroup(
                speaker=speaker,
                variants=tuple(
                    QuoteVariant(variants[w][0], tuple(sorted(variants[w][1]))) for w in ordered
                ),
                difference=difference,
            )
        )
    groups.sort(key=lambda g: (-len({d for v in g.variants for d in v.docs}), g.difference))
    log.debug("quote groups: %d from %d quotes", len(groups), len(items))
    return tuple(groups)
