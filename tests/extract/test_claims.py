"""Count claims from news sentences: each case says what a reader of it knows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzdiff.extract import extract_document
from kzdiff.records import Claim
from tests.factories import document_from_text

# claims.json: the sentences kzdiff was first built on; claims_realnews.json: how real
# copy writes them (headlines, lists, rival counts, relays, typos)
DATA = Path(__file__).parent / "data"
CASES = [
    case
    for name in ("claims.json", "claims_realnews.json")
    for case in json.loads((DATA / name).read_text("utf-8"))["cases"]
]


def _claims(case: dict) -> tuple[Claim, ...]:
    doc = document_from_text(case["text"], published=case["published"])
    return extract_document(doc).claims


def _by_text(claims: tuple[Claim, ...], text: str) -> Claim:
    found = [c for c in claims if c.text == text]
    assert found, f"no claim {text!r}; got {[c.text for c in claims]}"
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_claims_as_a_reader_finds_them(case: dict) -> None:
    claims = _claims(case)
    for expected in case["claims"]:
        claim = _by_text(claims, expected["text"])
        for field, want in expected.items():
            if field == "text":
                continue
            got = getattr(claim, field)
            if field == "part_of" and want is not None:
                assert got == _by_text(claims, want).id, f"{claim.text}: part_of"
                continue
            if hasattr(got, "value"):
                got = got.value
            if field in ("attribution", "subject") and isinstance(got, str) and want:
                assert got.lower().removeprefix("the ") == want.lower(), (claim.text, field, got)
                continue
            assert got == want, f"{claim.text!r}: {field} is {got!r}, expected {want!r}"
    texts = {c.text for c in claims}
    for surface in case.get("not_claims", []):
        assert not any(surface in t for t in texts), f"{surface!r} must not be a claim: {texts}"
    if not case["claims"]:
        assert claims == ()


def test_every_claim_points_at_its_own_text() -> None:
    for case in CASES:
        doc = document_from_text(case["text"], published=case["published"])
        for c in extract_document(doc).claims:
            assert doc.body[c.start : c.end] == c.text
            assert doc.body[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
            assert c.sentence_start <= c.start < c.end <= c.sentence_start + len(c.sentence)


def test_a_terminal_escape_inside_a_sentence_does_not_change_the_claim() -> None:
    from kzdiff.load import load_bytes

    raw = b"At least 12 people\x1b[2J were killed in the blast, police said."
    (doc,) = load_bytes(raw, "scraped.txt")
    (claim,) = extract_document(doc).claims
    got = (claim.text, claim.category.value, claim.attribution)
    assert got == ("At least 12", "killed", "police")
    assert "\x1b" not in doc.body


def test_a_total_restated_before_its_rows_is_no_part_of_itself() -> None:
    # "rose to 260 ... Of the total 260 victims confirmed so far, some 200 were in Norcia":
    # the second 260 is the whole again, its rows are the parts
    doc = document_from_text(
        "The death toll from the earthquake rose to 260 on Thursday.\n\n"
        "Of the total 260 victims confirmed so far, some 200 were in Norcia and 60 in Visso, "
        "officials said.",
        published="2016-08-25",
    )
    claims = extract_document(doc).claims
    totals = [c for c in claims if c.value == 260]
    assert len(totals) == 2
    assert all(c.part_of is None for c in totals)
    rows = [c for c in claims if c.value in (200, 60)]
    assert rows and all(c.part_of in {t.id for t in totals} for c in rows)


def test_a_nationals_figure_restated_with_a_general_noun_counts_those_nationals() -> None:
    text = (
        "The government said it had identified 38 Dutch victims of the crash.\n\n"
        "The minister said the figure of 38 victims should still be treated as provisional.\n\n"
        "The crash killed 150 people."
    )
    claims = _claims({"text": text, "published": "2015-03-25"})
    assert [(c.text, c.subject) for c in claims] == [
        ("38", "Dutch"),
        ("38", "Dutch"),
        ("150", "people"),
    ]


def test_a_headline_printed_again_repeats_its_figures_source() -> None:
    # a page that prints its headline again after the lead: both mentions of "At least
    # 18" are the officials' figure, as the lead gives it
    doc = document_from_text(
        "Volcano: At least 18 dead as volcano erupts\n\n"
        "An estimated 18 people lost their lives on Sunday when the volcano blew, officials "
        "said.\n\nVolcano: At least 18 dead as volcano erupts\n\n"
        "It was the fiercest outburst in forty years.",
        published="2033-05-30",
    )
    headline, lead, again = extract_document(doc).claims
    assert (headline.text, again.text) == ("At least 18", "At least 18")
    assert headline.attribution == lead.attribution == again.attribution == "officials"
