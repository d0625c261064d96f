"""The five sample articles as loaded: metadata from front matter, furniture set aside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kzdiff.load import boilerplate_summary, load_bytes, load_paths
from kzdiff.records import Document
from kzdiff.vocab import BlockKind

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    corpus = load_paths([str(CORPUS)])
    assert corpus.problems == ()
    return {d.id: d for d in corpus.documents}


def kind_of(doc: Document, needle: str) -> BlockKind:
    """The kind of the one block that contains ``needle``."""
    found = [b for b in doc.blocks if needle in doc.body[b.start : b.end]]
    assert len(found) == 1, (needle, found)
    return found[0].kind


EXPECTED_META = [
    # id, outlet, published, title (all from front matter)
    (
        "2022-01-07-democracynow",
        "Democracy Now!",
        "2022-01-07",
        "Kazakh President Orders Troops to Shoot Without Warning as Protest Death Toll Mounts",
    ),
    (
        "2022-01-26-rferl",
        "RFE/RL",
        "2022-01-26",
        "HRW Urges Kazakhstan To Thoroughly Investigate Killings Of Demonstrators In Almaty",
    ),
    (
        "2022-01-07-hrw",
        "Human Rights Watch",
        "2022-01-07",
        "Kazakhstan: Cancel ‘Shoot Without Warning’ Order",
    ),
    (
        "undated-press-freedom-partners",
        None,
        None,
        "Kazakhstan – Unacceptable repression and violence against protesters and journalists",
    ),
    ("undated-humanlives-humanrights", "Human Lives Human Rights", None, None),
]


@pytest.mark.parametrize(("doc_id", "outlet", "published", "title"), EXPECTED_META)
def test_metadata_from_front_matter(docs, doc_id, outlet, published, title):
    doc = docs[doc_id]
    assert (doc.outlet, doc.published, doc.title) == (outlet, published, title)
    assert doc.outlet_source == ("front_matter" if outlet else None)
    assert doc.published_source == ("front_matter" if published else None)


def test_corpus_order_and_paths(docs):
    assert list(docs) == sorted(docs)
    assert all(d.path.endswith(d.id + ".txt") for d in docs.values())


def test_body_starts_after_front_matter_and_blank_line(docs):
    assert docs["2022-01-07-democracynow"].body.startswith("Hi there,\n")
    assert docs["undated-humanlives-humanrights"].body.startswith("Human Lives Human Rights:")


FURNITURE = [
    ("2022-01-07-democracynow", "$10 or more"),
    ("2022-01-07-democracynow", "Hi there,"),
    ("2022-01-07-democracynow", "-Amy Goodman"),
    ("2022-01-07-democracynow", "to make your monthly contribution"),
    ("2022-01-07-democracynow", "licensed under a Creative Commons"),
    ("2022-01-07-democracynow", "Make a donation"),
    ("2022-01-07-democracynow", "HeadlineJan 07, 2022"),
    ("2022-01-07-hrw", "Skip to main content"),
    ("2022-01-07-hrw", "Your tax deductible gift"),
    ("2022-01-07-hrw", "Region / Country"),
    ("2022-01-26-rferl", "Accessibility links"),
    ("2022-01-26-rferl", "Breaking News"),
    ("2022-01-26-rferl", "Subscribe To RFE/RL's Watchdog Report"),
    ("2022-01-26-rferl", "It arrives in your in-box every Thursday"),
    ("2022-01-26-rferl", "16x9 Image"),
    ("2022-01-26-rferl", "report the news in 27"),
    ("2022-01-26-rferl", "could face fines or imprisonment for sharing"),
    ("2022-01-26-rferl", "click here"),
    ("undated-press-freedom-partners", "Scroll Top"),
]


@pytest.mark.parametrize(("doc_id", "needle"), FURNITURE)
def test_known_furniture_is_boilerplate(docs, doc_id, needle):
    assert kind_of(docs[doc_id], needle) is BlockKind.BOILERPLATE


REPORTING = [
    ("2022-01-07-democracynow", "44 people, including 18 security officers"),
    ("2022-01-07-democracynow", "Stéphane Dujarric"),
    ("2022-01-07-hrw", "(New York) – Kazakhstan should immediately annul"),
    ("2022-01-07-hrw", "over 1,000 people injured"),
    ("2022-01-07-hrw", "3,811 people had been detained"),
    ("2022-01-07-hrw", "dozens of assailants have been eliminated"),
    ("2022-01-07-hrw", "thousands of peaceful protesters"),
    ("2022-01-07-hrw", "displaced nearly half a million people"),
    ("2022-01-07-hrw", "An earlier version stated Prime Minister Pashinyan"),
    ("2022-01-26-rferl", "killed at least 10 people"),
    ("2022-01-26-rferl", "20,000 extremists"),
    ("2022-01-26-rferl", "227 people, including 19 law enforcement officers"),
    ("undated-press-freedom-partners", "at least 300 people have been injured"),
    ("undated-press-freedom-partners", "thousands of people participating"),
    ("undated-press-freedom-partners", "155th out of 180 countries"),
    ("undated-humanlives-humanrights", "dozens have been killed"),
    ("undated-humanlives-humanrights", "26 “armed criminals”"),
]


@pytest.mark.parametrize(("doc_id", "needle"), REPORTING)
def test_reporting_paragraphs_are_text(docs, doc_id, needle):
    assert kind_of(docs[doc_id], needle) is BlockKind.TEXT


def test_every_long_paragraph_of_the_undated_articles_is_text(docs):
    for doc_id in ("undated-humanlives-humanrights", "undated-press-freedom-partners"):
        doc = docs[doc_id]
        long_blocks = [b for b in doc.blocks if len(doc.body[b.start : b.end].split()) > 12]
        assert long_blocks and all(b.kind is BlockKind.TEXT for b in long_blocks)


def test_one_line_paragraphs_are_one_block_each(docs):
    doc = docs["undated-humanlives-humanrights"]
    lines = [ln for ln in doc.body.split("\n") if ln.strip()]
    assert [doc.body[b.start : b.end] for b in doc.blocks] == lines


def test_titles_and_captions(docs):
    hrw = docs["2022-01-07-hrw"]
    assert kind_of(hrw, "Kazakhstan: Cancel ‘Shoot Without Warning’ Order") is BlockKind.TITLE
    assert kind_of(hrw, "Ensure National and Foreign Forces Respect Rights") is BlockKind.TITLE
    assert kind_of(hrw, "© AP Photo/Vladimir Tretyakov") is BlockKind.CAPTION
    rferl = docs["2022-01-26-rferl"]
    windscreen = [b for b in rferl.blocks if "windscreen" in rferl.body[b.start : b.end]]
    assert [b.kind for b in windscreen] == [BlockKind.CAPTION, BlockKind.CAPTION]
    dn = docs["2022-01-07-democracynow"]
    assert kind_of(dn, "Protest Death Toll Mounts") is BlockKind.TITLE


def test_offsets_slice_to_trimmed_paragraphs(docs):
    for doc in docs.values():
        for b in doc.blocks:
            text = doc.body[b.start : b.end]
            assert text and text == text.strip() and "\n\n" not in text


def test_boilerplate_summary_names_first_words_and_reason(docs):
    summary = dict(boilerplate_summary(docs["2022-01-26-rferl"]))
    assert summary["To find out more, click here."] == "link text"
    assert summary["Accessibility links"] == "page furniture: 'accessibility links'"


def _without_front_matter(name: str) -> bytes:
    text = (CORPUS / name).read_text(encoding="utf-8")
    return re.sub(r"\A---\n.*?\n---\n\n", "", text, flags=re.S).encode()


@pytest.mark.parametrize(
    ("name", "outlet", "published", "title"),
    [
        # "HeadlineJan 07, 2022" is a dateline; the licence line names the site.
        (
            "2022-01-07-democracynow.txt",
            "democracynow.org",
            "2022-01-07",
            "Kazakh President Orders Troops to Shoot Without Warning as Protest Death Toll Mounts",
        ),
        # "(New York) –" is a place; the caption's "January 5, 2022" dates the photo.
        ("2022-01-07-hrw.txt", None, None, "Kazakhstan: Cancel ‘Shoot Without Warning’ Order"),
        # The outlet's self-description in its footer names it; no date anywhere on the page.
        (
            "2022-01-26-rferl.txt",
            "RFE/RL",
            None,
            "HRW Urges Kazakhstan To Thoroughly Investigate Killings Of Demonstrators In Almaty",
        ),
        # "On 7 January 2022, journalist ... was detained" is an event, not a dateline.
        (
            "undated-press-freedom-partners.txt",
            None,
            None,
            "Kazakhstan – Unacceptable repression and violence against protesters and journalists",
        ),
        ("undated-humanlives-humanrights.txt", None, None, None),
    ],
)
def test_inference_without_front_matter(name, outlet, published, title):
    (doc,) = load_bytes(_without_front_matter(name), name)
    assert (doc.outlet, doc.published, doc.title) == (outlet, published, title)
    assert doc.outlet_source == ("inferred" if outlet else None)
    assert doc.published_source == ("inferred" if published else None)
