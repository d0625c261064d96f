"""Quotes: marks, speakers and scare quotes in news sentences, and the quotes of the
shooting order in the sample corpus (seed-facts.md, "Quotes worded differently")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzdiff.extract.quotes import extract_quotes
from kzdiff.extract.sentences import split_sentences
from kzdiff.pipeline import load
from kzdiff.records import Document, Quote
from tests.factories import document_from_text

CASES = json.loads((Path(__file__).parent / "data" / "quotes.json").read_text("utf-8"))["cases"]
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _quotes(doc: Document) -> tuple[Quote, ...]:
    return extract_quotes(doc, split_sentences(doc))


@pytest.mark.parametrize("case", CASES, ids=[c["kind"] for c in CASES])
def test_quotes_and_speakers(case: dict) -> None:
    doc = document_from_text(case["text"])
    got = _quotes(doc)
    assert [{"text": q.text, "speaker": q.speaker, "scare": q.scare} for q in got] == case["expect"]
    for q in got:
        assert doc.body[q.start : q.end] == q.text


def test_unbalanced_marks_stay_linear() -> None:
    import time

    # an opening mark never closed, then a quote on every other word
    body = ("“" + "word ‘ " * 10000) + "\n\n" + ('"a ' * 10000)
    doc = document_from_text(body)
    t0 = time.perf_counter()
    _quotes(doc)
    assert time.perf_counter() - t0 < 2.0


@pytest.fixture(scope="module")
def seed_quotes() -> dict[str, tuple[Quote, ...]]:
    return {d.id: _quotes(d) for d in load([str(CORPUS)]).documents}


@pytest.mark.parametrize(
    ("doc", "text", "speaker"),
    [
        ("2022-01-07-democracynow", "shoot without warning", "Kassym-Jomart Tokayev"),
        ("2022-01-07-hrw", "Shoot Without Warning", None),  # the title
        ("2022-01-07-hrw", "given the order to shoot to kill without warning",
         "Kasym-Jomart Tokaev"),
        ("2022-01-26-rferl", "to shoot to kill without warning", "Qasym-Zhomart Toqaev"),
        ("undated-humanlives-humanrights", "shoot to kill without warning", None),
        # other speakers of the corpus
        ("2022-01-07-hrw", "dozens of assailants have been eliminated and are being identified",
         "Saltanat Azirbek"),
        ("2022-01-07-democracynow", "criminals and murderers", "Kassym-Jomart Tokayev"),
    ],
)  # fmt: skip
def test_seed_quotes(
    seed_quotes: dict[str, tuple[Quote, ...]], doc: str, text: str, speaker: str | None
) -> None:
    found = [q for q in seed_quotes[doc] if q.text == text]
    assert found, f"{text!r} not in {[q.text for q in seed_quotes[doc]]}"
    assert found[0].speaker == speaker
    assert found[0].scare is False


@pytest.mark.parametrize(
    ("doc", "text"),
    [
        ("2022-01-07-hrw", "dozens"),
        ("2022-01-07-hrw", "peacekeeping"),
        ("undated-humanlives-humanrights", "liquidated"),
        ("undated-humanlives-humanrights", "armed criminals"),
    ],
)
def test_seed_scare_quotes(seed_quotes: dict[str, tuple[Quote, ...]], doc: str, text: str) -> None:
    found = [q for q in seed_quotes[doc] if q.text == text]
    assert found and all(q.scare for q in found)
