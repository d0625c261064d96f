"""Dated events across sources: agreement, conflict, captions, unresolved weekdays, and
the dated events of the sample corpus (seed-facts.md, "Dates of events")."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzdiff.align.events import group_events
from kzdiff.extract.dates import extract_dates
from kzdiff.extract.entities import extract_entities
from kzdiff.extract.sentences import split_sentences
from kzdiff.pipeline import extract_all, load
from kzdiff.records import Block, Document, EventGroup, Extraction
from kzdiff.vocab import BlockKind, Verdict
from tests.factories import document_from_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _extract(doc: Document) -> Extraction:
    sents = split_sentences(doc)
    return Extraction(
        doc.id, dates=extract_dates(doc, sents), entities=extract_entities(doc, sents)
    )


def _events(*docs: Document) -> tuple[EventGroup, ...]:
    return group_events(docs, [_extract(d) for d in docs])


def _doc(doc_id: str, text: str, published: str | None) -> Document:
    return document_from_text(text, published=published, doc_id=doc_id)


def _only(groups: tuple[EventGroup, ...], word: str) -> EventGroup:
    found = [g for g in groups if word in g.label]
    assert len(found) == 1, [g.label for g in groups]
    return found[0]


def test_same_date_in_two_sources_agrees() -> None:
    groups = _events(
        _doc("a", "Protests erupted in Tbilisi on 7 March over the draft law.", "2023-03-09"),
        _doc("b", "Protests began in Tbilisi on March 7, 2023, after the vote.", "2023-03-10"),
    )
    group = _only(groups, "protests began")
    assert group.verdict is Verdict.AGREE
    assert {(m.doc, m.date) for m in group.mentions} == {("a", "2023-03-07"), ("b", "2023-03-07")}


def test_different_dates_conflict_and_other_places_stay_apart() -> None:
    groups = _events(
        _doc("a", "Protests erupted in Tbilisi on 7 March over the draft law.", "2023-03-09"),
        _doc("c", "Protests began in Tbilisi on 6 March, organisers said.", "2023-03-09"),
        _doc("d", "Protests began in Batumi on 8 March.", "2023-03-09"),
    )
    tbilisi = _only(groups, "Tbilisi")
    assert tbilisi.verdict is Verdict.CONFLICT
    assert sorted(m.date for m in tbilisi.mentions) == ["2023-03-06", "2023-03-07"]
    batumi = _only(groups, "Batumi")
    assert batumi.verdict is Verdict.SINGLE
    assert [m.doc for m in batumi.mentions] == ["d"]


def test_unresolved_weekday_agrees_with_a_full_date_on_that_weekday() -> None:
    groups = _events(
        _doc("d", "In a televised address on Thursday, the prime minister defended the law.",
             None),
        _doc("e", "The prime minister gave a televised address on March 9, 2023.", "2023-03-10"),
    )  # fmt: skip
    group = _only(groups, "televised speech")
    assert group.verdict is Verdict.AGREE
    assert {(m.doc, m.date) for m in group.mentions} == {("d", None), ("e", "2023-03-09")}
    assert "2023-03-09" in (group.note or "") and "on Thursday" in (group.note or "")


def test_unresolved_weekday_on_another_day_is_not_agreement() -> None:
    groups = _events(
        _doc("d", "In a televised address on Monday, the prime minister defended the law.", None),
        _doc("e", "The prime minister gave a televised address on March 9, 2023.", "2023-03-10"),
    )
    assert _only(groups, "televised speech").verdict is Verdict.SINGLE


def test_a_caption_that_disagrees_is_visible() -> None:
    caption = "Riot police and protesters clashed in Tbilisi on March 8."
    text = caption + "\nThe crowd later dispersed."
    f = Document(
        id="f", path="f.txt", body=text, published="2023-03-12",
        blocks=(Block(0, len(caption), BlockKind.CAPTION), Block(len(caption) + 1, len(text))),
    )  # fmt: skip
    g = _doc("g", "Clashes broke out in Tbilisi on 7 March between police and protesters.",
             "2023-03-08")  # fmt: skip
    group = _only(_events(f, g), "clashes")
    assert group.verdict is Verdict.CONFLICT
    assert {(m.doc, m.date, m.caption) for m in group.mentions} == {
        ("f", "2023-03-08", True),
        ("g", "2023-03-07", False),
    }
    assert "caption" in (group.note or "")


def test_a_continuing_sentence_inherits_the_date() -> None:
    groups = _events(
        _doc("h", "The president on 14 April dismissed the cabinet. But he also imposed a state "
             "of emergency across the country.", "2023-04-16"),
        _doc("i", "A state of emergency was declared on 14 April.", "2023-04-15"),
    )  # fmt: skip
    group = _only(groups, "state of emergency")
    assert group.verdict is Verdict.AGREE
    assert {m.doc for m in group.mentions} == {"h", "i"}


# ---------------------------------------------------------------- the sample corpus


@pytest.fixture(scope="module")
def seed_events() -> tuple[EventGroup, ...]:
    corpus = load([str(CORPUS)])
    return group_events(corpus.documents, extract_all(corpus))


def _dates(group: EventGroup) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for m in group.mentions:
        out.setdefault(m.doc, set()).add(m.date)
    return out


def test_seed_shoot_without_warning_address(seed_events: tuple[EventGroup, ...]) -> None:
    group = _only(seed_events, "televised speech")
    assert group.verdict is Verdict.AGREE
    assert _dates(group) == {"2022-01-07-hrw": {"2022-01-07"},
                             "undated-humanlives-humanrights": {None}}  # fmt: skip
    assert "falls on 2022-01-07" in (group.note or "")  # the Friday of the undated source


def test_seed_state_of_emergency(seed_events: tuple[EventGroup, ...]) -> None:
    group = _only(seed_events, "state of emergency")
    assert group.verdict is Verdict.AGREE
    assert _dates(group) == {"2022-01-07-hrw": {"2022-01-05"},
                             "undated-press-freedom-partners": {"2022-01-05"}}  # fmt: skip


def test_seed_protests_began_in_zhanaozen(seed_events: tuple[EventGroup, ...]) -> None:
    group = _only(seed_events, "Zhanaozen")
    assert group.verdict is Verdict.SINGLE
    assert _dates(group) == {"2022-01-07-hrw": {"2022-01-02"}}


def test_seed_almaty_clashes_with_a_divergent_caption(seed_events: tuple[EventGroup, ...]) -> None:
    group = _only(seed_events, "clashes")
    assert group.verdict is Verdict.CONFLICT
    assert _dates(group) == {
        "undated-press-freedom-partners": {"2022-01-05"}, "2022-01-07-hrw": {"2022-01-05"},
        "2022-01-26-rferl": {"2022-01-10"}}  # fmt: skip
    captions = {(m.doc, m.date) for m in group.mentions if m.caption}
    assert captions == {("2022-01-26-rferl", "2022-01-10")}
    assert "Almaty" in group.label


def test_an_event_no_source_can_date_is_left_out() -> None:
    groups = _events(_doc("x", "The blast happened on Tuesday near the port.", None))
    assert groups == ()
