"""Dates: each kind of date expression in news text, and the dated events of the sample
corpus (seed-facts.md, "Dates of events")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzdiff.extract.dates import extract_dates, resolve_date
from kzdiff.extract.sentences import split_sentences
from kzdiff.pipeline import load
from kzdiff.records import Block, DateMention, Document
from kzdiff.vocab import BlockKind
from tests.factories import document_from_text

CASES = json.loads((Path(__file__).parent / "data" / "dates.json").read_text("utf-8"))["cases"]
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _dates(doc: Document) -> tuple[DateMention, ...]:
    return extract_dates(doc, split_sentences(doc))


@pytest.mark.parametrize("case", CASES, ids=[c["kind"] for c in CASES])
def test_date_expressions(case: dict) -> None:
    doc = document_from_text(case["text"], published=case["published"])
    got = _dates(doc)
    assert [m.text for m in got] == [e["text"] for e in case["expect"]]
    for mention, want in zip(got, case["expect"], strict=True):
        assert doc.body[mention.start : mention.end] == mention.text
        assert mention.date == want["date"], mention
        assert mention.relative is want["relative"], mention
        if "event" in want:
            assert mention.event == want["event"], mention
        if "note" in want:
            assert mention.note == want["note"], mention


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("January 7, 2022", None, ("2022-01-07", False)),
        ("7 January", "2022-01-10", ("2022-01-07", True)),
        ("on Saturday", "2022-01-07", ("2022-01-01", True)),
        ("next Monday", "2022-01-07", ("2022-01-10", True)),
        ("on Saturday", None, (None, True)),
        ("in 2019", None, ("2019", False)),
        ("March 2020", "2022-01-07", ("2020-03", False)),
        ("last month", "2022-01-07", ("2021-12", True)),
        ("last year", "2022-01-07", ("2021", True)),
        ("", "2022-01-07", (None, False)),
        ("31 February", "2022-03-01", (None, True)),
    ],
)
def test_resolve_date_fast_path(
    text: str, published: str | None, expected: tuple[str | None, bool]
) -> None:
    assert resolve_date(text, published) == expected


def test_resolve_date_falls_back_to_dateparser_for_other_forms() -> None:
    # "the 5th of January 2022" is not one of the fast-path forms
    assert resolve_date("the 5th of January, 2022 at noon", "2022-01-07")[0] == "2022-01-05"


def test_caption_dates_are_marked() -> None:
    body = "Police fired tear gas in Yerevan on 3 May.\nProtesters in Yerevan on 2 May."
    cut = body.index("\n")
    doc = Document(
        id="d", path="d.txt", body=body, published="2023-05-05",
        blocks=(Block(0, cut), Block(cut + 1, len(body), BlockKind.CAPTION)),
    )  # fmt: skip
    got = {m.text: m for m in _dates(doc)}
    assert got["3 May"].caption is False and got["3 May"].date == "2023-05-03"
    assert got["2 May"].caption is True and got["2 May"].date == "2023-05-02"


def test_boilerplate_is_skipped() -> None:
    body = "Subscribe by January 31 for a discount.\nThe strike began on 2 February."
    cut = body.index("\n")
    doc = Document(
        id="d", path="d.txt", body=body, published="2023-02-05",
        blocks=(Block(0, cut, BlockKind.BOILERPLATE), Block(cut + 1, len(body))),
    )  # fmt: skip
    assert [m.text for m in _dates(doc)] == ["2 February"]


def test_hostile_text_stays_fast() -> None:
    import time

    body = ("On " + "1 " * 20000 + "January") + " " + "in " * 20000 + "May, " * 5000
    doc = document_from_text(body, published="2022-01-07")
    t0 = time.perf_counter()
    _dates(doc)
    assert time.perf_counter() - t0 < 2.0


# ---------------------------------------------------------------- the sample corpus


@pytest.fixture(scope="module")
def seed_dates() -> dict[str, tuple[DateMention, ...]]:
    return {d.id: _dates(d) for d in load([str(CORPUS)]).documents}


def _find(mentions: tuple[DateMention, ...], text: str) -> DateMention:
    found = [m for m in mentions if m.text == text]
    assert found, f"no date {text!r} in {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("doc", "text", "date", "event"),
    [
        # the "shoot without warning" address
        ("2022-01-07-hrw", "January 7, 2022", "2022-01-07", "televised speech"),
        ("undated-humanlives-humanrights", "on Friday", None, "televised speech"),
        # state of emergency declared
        ("undated-press-freedom-partners", "Late on 5 January", "2022-01-05",
         "state of emergency declared"),
        ("2022-01-07-hrw", "January 5", "2022-01-05", "resignation accepted"),
        # protests began in Zhanaozen
        ("2022-01-07-hrw", "January 2", "2022-01-02", "protests began"),
        # clashes in Almaty
        ("undated-press-freedom-partners", "5 January", "2022-01-05", "clashes"),
        ("2022-01-07-hrw", "in the afternoon of January 5", "2022-01-05", "clashes"),
        ("2022-01-26-rferl", "January 10", "2022-01-10", "clashes"),
        # "On Thursday" in an article of Friday 2022-01-07
        ("2022-01-07-democracynow", "On Thursday", "2022-01-06", None),
    ],
)  # fmt: skip
def test_seed_dated_events(
    seed_dates: dict[str, tuple[DateMention, ...]],
    doc: str,
    text: str,
    date: str | None,
    event: str | None,
) -> None:
    mention = _find(seed_dates[doc], text)
    assert mention.date == date
    if event is not None:
        assert mention.event == event


def test_seed_caption_and_unresolved_weekday(seed_dates: dict) -> None:
    caption = _find(seed_dates["2022-01-26-rferl"], "January 10")
    assert caption.caption is True
    friday = _find(seed_dates["undated-humanlives-humanrights"], "on Friday")
    assert friday.relative is True
    assert friday.note == "unresolved: publication date unknown"
    # the press-freedom statement is undated, but dates its own events in 2022
    late = _find(seed_dates["undated-press-freedom-partners"], "Late on 5 January")
    assert late.note == "year taken from other dates in the text"
