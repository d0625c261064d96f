"""Cross-document grouping does about linear work in the number of documents.

A newsroom archive about one event repeats the same people, statements and dates in
thousands of articles, worded a little differently each time (a figure updated, a name
transliterated, a local official named once). Grouping must compare distinct wordings,
not every pair of articles: here the pairwise comparison of each grouping is counted
(not timed) for N and for 10N synthetic articles, and may grow by at most 15x.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from kzdiff.align import events, names, quotes
from kzdiff.extract.dates import read_date_events
from kzdiff.records import DateMention, Document, Entity, Extraction, Quote
from kzdiff.vocab import EntityLabel
from tests.factories import document_from_text

SMALL, LARGE = 150, 1500
MAX_GROWTH = 15


def _grows_about_linearly(small: int, large: int) -> bool:
    """At most MAX_GROWTH times the comparisons of the small run, counting that run as
    at least one comparison per document (a handful of chance look-alikes among 10x the
    documents is not quadratic work)."""
    return large <= MAX_GROWTH * max(small, SMALL)


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls = [0]
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


# ---------------------------------------------------------------- quotes

_STATEMENTS = (
    "we have evacuated {n} families from the flooded districts overnight",
    "rescue teams are still searching for {n} people under the rubble",
    "the dam was inspected in {year} and no cracks were found",
)
_VERBATIM = (
    "Nobody will be left without shelter this winter",
    "The people of this region deserve answers, not excuses",
    "We ask people to stay away from the river banks",
)

# the wider vocabulary of one-off remarks: invented words, none of them a news word
_REMARK_WORDS = tuple(
    a + b + c for a in ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi")
    for b in ("ber", "dan", "gol", "lin", "mar", "pes", "ron", "tul") for c in ("a", "o", "is")
)  # fmt: skip


def _quote_docs(n: int) -> list[Extraction]:
    rng = random.Random(7)
    out = []
    for i in range(n):
        qs = []
        for template in rng.sample(_STATEMENTS, 2):
            text = template.format(n=rng.randint(2, 400), year=rng.randint(1990, 2020))
            if rng.random() < 0.3:  # another outlet trims the quote
                text = text.rsplit(" ", 1)[0]
            qs.append(Quote(text, 0, len(text), rng.choice(("Governor Ana Lima", "Lima"))))
        # a one-off remark using a word everyone uses ("people")
        own = "people " + " ".join(rng.sample(_REMARK_WORDS, 6))
        qs.append(Quote(own, 0, len(own), None))
        text = rng.choice(_VERBATIM)
        qs.append(Quote(text, 0, len(text), "Ana Lima"))
        out.append(Extraction(f"d{i:05d}", quotes=tuple(qs)))
    return out


def test_quote_grouping_work_grows_about_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, quotes, "same_statement")
    quotes.group_quotes(_quote_docs(SMALL))
    small = calls[0]
    calls[0] = 0
    groups = quotes.group_quotes(_quote_docs(LARGE))
    assert _grows_about_linearly(small, calls[0]), (small, calls[0])
    # and the grouping is the reading a person would make of those quotes
    evacuated = [g for g in groups if any("evacuated" in v.text for v in g.variants)]
    assert len(evacuated) == 1  # every figure and every trimmed wording: one statement
    assert all("evacuated" in v.text for v in evacuated[0].variants)
    assert evacuated[0].speaker == "Governor Ana Lima"
    for text in _VERBATIM:
        group = next(g for g in groups if g.variants[0].text == text)
        assert len(group.variants) == 1 and len(group.variants[0].docs) > 100
    assert not any(v.text.startswith("people ") for g in groups for v in g.variants)


# ---------------------------------------------------------------- names

_LEADER = ("Shavkat Mirziyoyev", "Shavkat Mirziyoev", "Mirziyoyev")
_FIRST = ("Aibek", "Nurlan", "Dilnoza", "Rustam", "Gulnara", "Timur", "Madina", "Bakhyt",
          "Olga", "Sergei", "Farida", "Yerlan")  # fmt: skip
_SYLLABLES = ("ab", "bek", "dar", "gul", "kar", "mur", "nar", "sar", "tal", "zhan", "ber",
              "dos", "kul", "ras", "tem", "yus")  # fmt: skip


def _person(text: str, canonical: str) -> Entity:
    return Entity(text, 0, len(text), EntityLabel.PERSON, canonical)


def _name_docs(n: int) -> list[Extraction]:
    rng = random.Random(11)
    out = []
    for i in range(n):
        spelling = rng.choice(_LEADER[:2])
        ents = [_person(spelling, spelling), _person(_LEADER[2], spelling)]
        for _ in range(3):  # local officials, most named in one article only
            surname = "".join(rng.choices(_SYLLABLES, k=3)).title() + "ov"
            full = f"{rng.choice(_FIRST)} {surname}"
            ents += [_person(full, full), _person(surname, full)]
        body = rng.choice(("World Health Organization", "WHO"))
        ents.append(Entity(body, 0, len(body), EntityLabel.ORG, body))
        out.append(Extraction(f"d{i:05d}", entities=tuple(ents)))
    return out


def test_name_grouping_work_grows_about_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, names, "same_referent")
    names.group_names(_name_docs(SMALL))
    small = calls[0]
    calls[0] = 0
    groups = names.group_names(_name_docs(LARGE))
    assert _grows_about_linearly(small, calls[0]), (small, calls[0])
    leader = [g for g in groups if any(v.text == "Mirziyoev" or "Mirziyo" in v.text
                                       for v in g.variants)]  # fmt: skip
    assert len(leader) == 1
    assert {v.text for v in leader[0].variants} == set(_LEADER)
    assert len({d for v in leader[0].variants for d in v.docs}) == LARGE
    bodies = [g for g in groups if g.label is EntityLabel.ORG]
    assert [(g.canonical, len(g.variants)) for g in bodies] == [("World Health Organization", 2)]
    # officials with different first names are never one person
    for g in groups:
        if g is not leader[0] and g.label is EntityLabel.PERSON:
            assert len({v.text.split()[0] for v in g.variants if " " in v.text}) == 1, g


# ---------------------------------------------------------------- events

_CITIES = ("Andijan", "Namangan", "Fergana", "Samarkand", "Bukhara", "Khiva", "Termez",
           "Nukus")  # fmt: skip


def _event_doc(i: int, rng: random.Random) -> tuple[Document, Extraction]:
    city = rng.choice(_CITIES)
    day = rng.choice((3, 3, 3, 4))  # most sources agree, some a day off
    parts = [
        (f"Protests began in {city} on ", f"March {day}, 2024", ", residents said."),
        ("The government declared a state of emergency on ", "March 5, 2024", "."),
        (f"Floods hit {rng.choice(_CITIES)} on ", f"March {rng.randint(1, 28)}, 2024",
         f" after {rng.randint(2, 90)} hours of rain."),
    ]  # fmt: skip
    text, dates, ents = "", [], []
    for before, when, after in parts:
        start = len(text) + len(before)
        iso = f"2024-03-{int(when.split()[1].rstrip(',')):02d}"
        dates.append(DateMention(when, start, start + len(when), iso, None))
        text += before + when + after + "\n\n"
        for c in _CITIES:
            at = (before + when + after).find(c)
            if at >= 0:
                pos = len(text) - len(after) - len(when) - len(before) - 2 + at
                ents.append(Entity(c, pos, pos + len(c), EntityLabel.GPE, c))
    doc = document_from_text(text, published="2024-03-10", doc_id=f"d{i:05d}")
    return doc, Extraction(doc.id, dates=read_date_events(doc, dates), entities=tuple(ents))


def _event_docs(n: int) -> tuple[list[Document], list[Extraction]]:
    rng = random.Random(3)
    pairs = [_event_doc(i, rng) for i in range(n)]
    return [d for d, _ in pairs], [x for _, x in pairs]


def test_event_grouping_work_grows_about_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, events, "_compatible")
    events.group_events(*_event_docs(SMALL))
    small = calls[0]
    calls[0] = 0
    docs, exs = _event_docs(LARGE)
    groups = events.group_events(docs, exs)
    assert _grows_about_linearly(small, calls[0]), (small, calls[0])
    emergency = [g for g in groups if g.label.startswith("state of emergency")]
    assert len(emergency) == 1
    assert emergency[0].verdict.value == "agree"
    assert len(emergency[0].mentions) == LARGE
    for city in _CITIES:
        protests = [g for g in groups if "protests" in g.label and city in g.label]
        assert len(protests) == 1, [g.label for g in groups]
        assert protests[0].verdict.value == "conflict"  # March 3 against March 4
        assert {m.date for m in protests[0].mentions} == {"2024-03-03", "2024-03-04"}
