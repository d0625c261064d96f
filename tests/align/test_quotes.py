"""Quotes worded differently across sources: grouping and the word-level difference."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzdiff.align.quotes import group_quotes, quote_words, same_statement, word_difference
from kzdiff.pipeline import extract_all, load
from kzdiff.records import Extraction, Quote, QuoteGroup

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _ex(doc: str, *quotes: tuple[str, str | None] | tuple[str, str | None, bool]) -> Extraction:
    return Extraction(
        doc,
        quotes=tuple(
            Quote(q[0], 0, len(q[0]), q[1], scare=q[2] if len(q) > 2 else False)  # type: ignore[misc]
            for q in quotes
        ),
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("we will not retreat", "We will not retreat one step", True),
        ("open fire on anyone who resists", "to open fire on anyone who resists arrest", True),
        ("the elections were free and fair", "the elections were neither free nor fair", False),
        ("we will not retreat", "we will not negotiate with terrorists", False),
        # a short phrase inside a long statement is a reference to it, not a rewording
        ("free and fair", "observers said the vote was free and fair but that access for the "
         "press was restricted in many regions of the country", False),
    ],
)  # fmt: skip
def test_same_statement(a: str, b: str, same: bool) -> None:
    assert same_statement(quote_words(a), quote_words(b)) is same


def test_word_difference_brackets_what_the_shorter_wording_lacks() -> None:
    short = quote_words("shoot without warning")
    assert word_difference(short, quote_words("shoot to kill without warning")) == (
        "shoot [to kill] without warning"
    )
    assert (
        word_difference(quote_words("we will not retreat"), quote_words("we shall not retreat"))
        == "we [will -> shall] not retreat"
    )


def test_group_quotes_across_documents() -> None:
    exs = [
        _ex("a", ("We will not retreat,", "Mark Rutte"), ("chaos", None, True)),
        _ex("b", ("we will not retreat one step", "Rutte"), ("chaos", None, True)),
        _ex("c", ("The budget is balanced", "Rutte")),
        _ex("d", ("The budget is balanced", "Rutte")),
        _ex("d", ("Nobody will be left behind", None)),  # one source only: no group
    ]
    groups = group_quotes(exs)
    assert len(groups) == 2  # the scare quote "chaos" is not a statement
    retreat = next(g for g in groups if "retreat" in g.difference)
    assert retreat.speaker in ("Mark Rutte", "Rutte")
    assert [(v.text, v.docs) for v in retreat.variants] == [
        ("We will not retreat,", ("a",)),
        ("we will not retreat one step", ("b",)),
    ]
    assert retreat.difference == "we will not retreat [one step]"
    budget = next(g for g in groups if "budget" in g.difference)
    assert [v.docs for v in budget.variants] == [("c", "d")]


@pytest.fixture(scope="module")
def seed_quote_groups() -> tuple[QuoteGroup, ...]:
    return group_quotes(extract_all(load([str(CORPUS)])))


def test_seed_shooting_order_is_one_quote_with_the_difference_shown(
    seed_quote_groups: tuple[QuoteGroup, ...],
) -> None:
    found = [g for g in seed_quote_groups if any("without warning" in v.text.lower()
                                                 for v in g.variants)]  # fmt: skip
    assert len(found) == 1
    group = found[0]
    wordings = {v.text.lower(): set(v.docs) for v in group.variants}
    assert {"2022-01-07-democracynow", "2022-01-07-hrw"} <= wordings["shoot without warning"]
    assert wordings["to shoot to kill without warning"] == {"2022-01-26-rferl"}
    assert wordings["given the order to shoot to kill without warning"] == {"2022-01-07-hrw"}
    assert wordings["shoot to kill without warning"] == {"undated-humanlives-humanrights"}
    assert "shoot [to kill] without warning" in group.difference
    assert group.speaker is not None and "Tok" in group.speaker
