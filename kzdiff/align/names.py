"""The names spelled differently across sources: one group per referent written in more
than one way, each written form with the documents using it. Whether two names are one
referent is ``kzdiff.referents``'s to say."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence

from kzdiff.records import Extraction, NameGroup, NameVariant
from kzdiff.referents import (
    block_keys,
    is_acronym,
    is_spelling_difference,
    name_words,
    person_words,
    phonetic,
    same_referent,
    skeleton,
)
from kzdiff.vocab import EntityLabel

log = logging.getLogger(__name__)


def group_names(extractions: Sequence[Extraction]) -> tuple[NameGroup, ...]:
    """One group per referent written in more than one way (across or within documents),
    with each written form and the documents using it. Referents always written the
    same way, or only shortened ("Tokayev" for "Kassym-Jomart Tokayev"), are left out."""
    forms, form_docs = _name_forms(extractions)
    parent = list(range(len(forms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Forms, not (document, name) units, are compared: an archive about one event names
    # the same people in thousands of articles, but in few distinct ways.
    for i, j in _candidate_pairs(forms):
        if find(i) != find(j) and _units_match(forms[i], forms[j]):
            parent[find(i)] = find(j)

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(forms)):
        clusters[find(i)].append(i)
    groups: list[NameGroup] = []
    for members in clusters.values():
        by_text: dict[str, set[str]] = defaultdict(set)
        for i in members:
            for t in forms[i][2]:
                by_text[t].update(form_docs[i])
        texts = sorted(by_text)
        if not any(
            is_spelling_difference(x, y) for n, x in enumerate(texts) for y in texts[n + 1 :]
        ):
            continue
        label = forms[members[0]][0]
        # the fullest form, then the most widely used, capitalised, alphabetical first
        canonical = min(
            texts,
            key=lambda t: (
                is_acronym(t),
                -len(name_words(t)),
                -len(by_text[t]),
                not t[:1].isupper(),
                t,
            ),
        )
        variants = tuple(NameVariant(t, tuple(sorted(by_text[t]))) for t in texts)
        groups.append(NameGroup(canonical, label, variants))
    groups.sort(key=lambda g: (-len({d for v in g.variants for d in v.docs}), g.canonical))
    log.debug("name groups: %d from %d distinct forms", len(groups), len(forms))
    return tuple(groups)


_Form = tuple[EntityLabel, str, frozenset[str]]


def _name_forms(extractions: Sequence[Extraction]) -> tuple[list[_Form], list[list[str]]]:
    """Distinct (label, canonical name, written forms) as documents use them, in order of
    first use, each with the documents that use it."""
    index: dict[_Form, int] = {}
    forms: list[_Form] = []
    form_docs: list[list[str]] = []
    # an archive writes the same names over and over: each written form is spaced once
    spaced: dict[str, str] = {}
    for ex in extractions:
        units: dict[tuple[EntityLabel, str], set[str]] = defaultdict(set)
        for ent in ex.entities:
            label = EntityLabel.GPE if ent.label is EntityLabel.LOC else ent.label
            text = spaced.get(ent.text)
            if text is None:
                text = spaced[ent.text] = " ".join(ent.text.split())
            units[(label, ent.canonical)].add(text)
        for (kind, canon), texts in units.items():
            form = (kind, canon, frozenset(texts))
            i = index.get(form)
            if i is None:
                i = index[form] = len(forms)
                forms.append(form)
                form_docs.append([])
            form_docs[i].append(ex.doc)
    return forms, form_docs


def _candidate_pairs(forms: Sequence[_Form]) -> Iterator[tuple[int, int]]:
    """Pairs of forms (earlier first) that share a block key and could be one referent.

    Bodies and places: every pair under a common key (there are few of them). People:
    each word of the shorter name must match a word of the longer, by skeleton or as an
    initial, so one word of it is enough to find the longer: its rarest. A first name
    shared by hundreds of people in an archive is then not a block of hundreds.
    """
    keys = [
        {(label, k) for k in block_keys(canon, label).union(*(block_keys(t, label) for t in texts))}
        for label, canon, texts in forms
    ]
    blocks: dict[tuple[EntityLabel, str], list[int]] = defaultdict(list)
    people: list[int] = []
    for i, form in enumerate(forms):
        if form[0] is EntityLabel.PERSON:
            people.append(i)
            continue
        for k in keys[i]:
            blocks[k].append(i)
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                yield i, j

    words = {i: person_words(forms[i][1]) for i in people}
    word_keys = {i: {_word_key(w) for w in words[i]} for i in people}
    index: dict[str, list[int]] = defaultdict(list)
    for i in people:
        for wk in word_keys[i]:
            index[wk].append(i)
    for i in people:
        # each full word of i's needs a word of j's with its skeleton, or its initial
        needs = [
            ("s:" + skeleton(w), "i:" + phonetic(w)[0]) for w in words[i] if len(phonetic(w)) > 1
        ]
        if needs:
            rare = min(needs, key=lambda ks: (len(index[ks[0]]) + len(index[ks[1]]), ks))
            found = index[rare[0]] + index[rare[1]]
        else:  # initials only ("J. K."): whatever shares a block key
            found = [j for j in people if keys[i] & keys[j]]
        n = len(words[i])
        for j in sorted(set(found)):
            m = len(words[j])
            # the shorter name (the earlier of equal ones) is the one matched word by word
            if (
                (m > n or (m == n and j > i))
                and all(s in word_keys[j] or c in word_keys[j] for s, c in needs)
                and keys[i] & keys[j]
            ):
                yield min(i, j), max(i, j)


def _word_key(word: str) -> str:
    p = phonetic(word)
    return "i:" + p if len(p) == 1 else "s:" + skeleton(word)


def _units_match(a: _Form, b: _Form) -> bool:
    label, ca, ta = a
    _, cb, tb = b
    if same_referent(ca, cb, label):
        return True
    if label is EntityLabel.ORG:  # an acronym on one side, the expansion on the other
        return any(
            same_referent(x, y, label) for x in ta for y in tb if is_acronym(x) != is_acronym(y)
        )
    return False
