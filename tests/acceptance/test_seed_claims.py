"""The count claims a careful reader found in the sample corpus (seed-facts.md).

Each row: document, the figure as written, its bounds and qualifier, category,
subject, the whole it is part of, the source and the as-of date. A claim is
found by its document and surface text; ``None`` in a column means the reader
found no value there (no attribution, date unknown).
"""

from __future__ import annotations

import re

import pytest

from kzdiff.records import Claim, Extraction
from tests.acceptance.conftest import SEED_DOCS

_ = object()  # "not asserted": the reader's table leaves this open

# doc, text, value, low, high, qualifier, category, subject, part_of(text), attribution, as_of
ROWS = [
    (
        "000",
        "44",
        44,
        44,
        44,
        "exact",
        "killed",
        "people",
        None,
        "Kazakh Interior Ministry",
        "2022-01-07",
    ),
    (
        "000",
        "18",
        18,
        18,
        18,
        "exact",
        "killed",
        "security officers",
        "44",
        "Kazakh Interior Ministry",
        "2022-01-07",
    ),
    (
        "001",
        "at least 10",
        10,
        10,
        None,
        "at_least",
        "killed",
        "people",
        None,
        "Human Rights Watch",
        "2022-01-26",
    ),
    ("001", "20,000", 20000, 20000, 20000, "exact", "other", "extremists", None, "Toqaev", None),
    (
        "001",
        "227",
        227,
        227,
        227,
        "exact",
        "killed",
        "people",
        None,
        "Kazakh authorities",
        "2022-01-26",
    ),
    (
        "001",
        "19",
        19,
        19,
        19,
        "exact",
        "killed",
        "law enforcement officers",
        "227",
        "Kazakh authorities",
        "2022-01-26",
    ),
    (
        "002",
        "dozens",
        None,
        24,
        _,
        "vague",
        "killed",
        "protesters",
        None,
        "official sources",
        "2022-01-06",
    ),
    (
        "002",
        "at least 18",
        18,
        18,
        None,
        "at_least",
        "killed",
        "police officers",
        None,
        "official sources",
        "2022-01-06",
    ),
    (
        "002",
        "over 1,000",
        1000,
        1001,
        None,
        "more_than",
        "injured",
        "people",
        None,
        "official sources",
        "2022-01-06",
    ),
    (
        "002",
        "at least 3,000",
        3000,
        3000,
        None,
        "at_least",
        "troops",
        "Russian paratroopers",
        None,
        "media reports",
        _,
    ),
    (
        "002",
        "3,811",
        3811,
        3811,
        3811,
        "exact",
        "detained",
        "people",
        None,
        "Internal Affairs Ministry",
        "2022-01-07",
    ),
    (
        "002",
        "dozens",
        None,
        24,
        _,
        "vague",
        "killed",
        "assailants",
        None,
        "police spokesman Saltanat Azirbek",
        "2022-01-06",
    ),
    (
        "002",
        "thousands",
        None,
        2000,
        _,
        "vague",
        "participants",
        "protesters",
        None,
        None,
        "2022-01-04",
    ),
    (
        "003",
        "at least 300",
        300,
        300,
        None,
        "at_least",
        "injured",
        "people",
        None,
        "official information",
        None,
    ),
    (
        "003",
        "several dozen",
        None,
        24,
        _,
        "vague",
        "killed",
        "police officers and protesters",
        None,
        "official information",
        None,
    ),
    (
        "003",
        "over 3000",
        3000,
        3001,
        None,
        "more_than",
        "detained",
        "persons",
        None,
        "authorities",
        None,
    ),
    ("003", "thousands", None, 2000, _, "vague", "participants", "people", None, None, None),
    ("004", "dozens", None, 24, _, "vague", "killed", "citizens and police", None, None, None),
    (
        "004",
        "26",
        26,
        26,
        26,
        "exact",
        "killed",
        "armed criminals",
        None,
        "interior ministry",
        None,
    ),
    (
        "004",
        "more than 3,000",
        3000,
        3001,
        None,
        "more_than",
        "detained",
        "people",
        None,
        "interior ministry",
        None,
    ),
    (
        "004",
        "18",
        18,
        18,
        18,
        "exact",
        "killed",
        "police and national guard",
        None,
        "interior ministry",
        None,
    ),
]


def _norm(s: str | None) -> str | None:
    return None if s is None else s.lower().removeprefix("the ").strip()


def _find(ex: Extraction, text: str, subject: str) -> Claim:
    matches = [c for c in ex.claims if c.text == text]
    if len(matches) > 1:  # "dozens" twice in one article: the subject tells them apart
        matches = [c for c in matches if subject.lower() in (c.subject or "").lower()]
    assert matches, f"{ex.doc}: no claim {text!r}; claims are {[c.text for c in ex.claims]}"
    return matches[0]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}-{r[6]}" for r in ROWS])
def test_seed_claim(row: tuple, seed_extractions: dict[str, Extraction]) -> None:
    doc, text, value, low, high, qualifier, category, subject, whole, attribution, as_of = row
    ex = seed_extractions[SEED_DOCS[doc]]
    c = _find(ex, text, subject)
    assert c.value == value
    assert c.low == low
    if high is not _:
        assert c.high == high
    assert c.qualifier.value == qualifier
    assert c.category.value == category
    assert subject.lower() in (c.subject or "").lower()
    if whole is None:
        assert c.part_of is None
    else:
        assert c.part_of == _find(ex, whole, "").id
    if attribution is None:
        assert c.attribution is None
    elif attribution is not _:
        # the source may be written out in full ("Qasym-Zhomart Toqaev" for "Toqaev")
        assert _norm(attribution) in (_norm(c.attribution) or ""), c.attribution
    if as_of is not _:
        assert c.as_of == as_of
    assert not c.background


def test_twenty_thousand_extremists_is_disputed_in_the_article(seed_extractions) -> None:
    c = _find(seed_extractions[SEED_DOCS["001"]], "20,000", "extremists")
    assert c.status.value == "disputed"


def test_every_other_seed_claim_is_asserted(seed_extractions) -> None:
    for ex in seed_extractions.values():
        for c in ex.claims:
            if c.text != "20,000":
                assert c.status.value == "asserted", c


# Figures a careful reader does not count as claims about the event.
NOT_CLAIMS = [
    ("000", "$10"),
    ("000", "2x"),
    ("001", "27"),
    ("001", "23"),
    ("003", "155th"),
    ("003", "180"),
    ("002", "six"),
    ("002", "eight"),
    ("003", "ten"),
    ("002", "2016"),
    ("002", "2019"),
    ("004", "three"),
]


@pytest.mark.parametrize("doc,surface", NOT_CLAIMS)
def test_not_a_claim(doc: str, surface: str, seed_extractions) -> None:
    ex = seed_extractions[SEED_DOCS[doc]]
    pattern = re.compile(rf"(?<![\w,.]){re.escape(surface)}(?![\w,])")
    assert not any(pattern.search(c.text) for c in ex.claims), [c.text for c in ex.claims]


def test_idlib_displacement_is_background_not_this_event(seed_extractions) -> None:
    ex = seed_extractions[SEED_DOCS["002"]]
    idlib = [c for c in ex.claims if "half a million" in c.text]
    assert all(c.background for c in idlib)


def test_claims_trace_to_their_sentence(seed_corpus, seed_extractions) -> None:
    for doc in seed_corpus.documents:
        for c in seed_extractions[doc.id].claims:
            assert doc.body[c.start : c.end] == c.text
            assert c.text in c.sentence
