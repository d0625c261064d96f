"""What judging reads of a fact's claims in its one pass, checked by what a reader knows.

The lowest figure of an estimate, which figures a later one replaces (dated or not),
which sentences add up to a derived total, and that facts judged as they are aligned
are the facts align_claims gives. Cases are news about invented events.
"""

from __future__ import annotations

import pytest

from kzdiff.align.facts import align_claims, aligned_groups, group_order
from kzdiff.compare import _timeline, compare_claims
from kzdiff.lexicon.numbers import VAGUE_MAGNITUDES
from kzdiff.records import Claim
from kzdiff.vocab import Category
from tests.compare.test_verdicts import claim

# ---------------------------------------------------------------- the lowest figure

LOW_CASES: list[tuple[str, tuple[Claim, ...], int]] = [
    (
        # "at least 30 miners died" (ministry) vs "dozens of miners" (a union): stated first
        "a stated bound before a vague word",
        (
            claim("mine-a:c1", ">=30", "miners", by="mining ministry", on="2021-11-25"),
            claim("mine-b:c1", "dozens", "miners", by="miners' union", on="2021-11-25"),
        ),
        30,
    ),
    (
        # "dozens of villagers" and "hundreds of villagers": only vague words, the smaller
        "vague words alone give their smallest",
        (
            claim("slide-a:c1", "dozens", "villagers", on="2023-08-02"),
            claim("slide-b:c1", "hundreds", "villagers", on="2023-08-02"),
        ),
        VAGUE_MAGNITUDES["dozens"][0],
    ),
    (
        # "up to 50 fishermen are missing" states 50; a coast guard's 45 is lower
        "'up to' is the figure it names",
        (
            claim("storm-a:c1", "<=50", "fishermen", cat="missing", on="2024-02-11"),
            claim(
                "storm-b:c1", "45", "fishermen", cat="missing", by="coast guard", on="2024-02-11"
            ),
        ),
        45,
    ),
    (
        # "12 protesters and 5 police officers were killed" sums to 17, but another
        # outlet states 20 people: a figure a source gave comes before a sum of sides
        "a stated toll before a sum of both sides",
        (
            claim("riot-a:c1", "12", "protesters", on="2022-06-03", sent=1),
            claim("riot-a:c2", "5", "police officers", on="2022-06-03", sent=1),
            claim("riot-b:c1", "20", "people", by="health ministry", on="2022-06-03"),
        ),
        20,
    ),
]


@pytest.mark.parametrize(
    ("claims", "low"), [pytest.param(c, low, id=name) for name, c, low in LOW_CASES]
)
def test_lowest_figure_of_the_estimate(claims: tuple[Claim, ...], low: int) -> None:
    facts = compare_claims(claims)
    general = [f for f in facts if f.scope is None and len(f.claims) >= 2]
    assert len(general) == 1, [f.label for f in facts]
    assert general[0].estimate.low == low


# ---------------------------------------------------------------- replaced figures

REPLACED_CASES: list[tuple[str, list[Claim], set[str]]] = [
    (
        "an undated figure that only fits an earlier day is replaced with it",
        [
            claim("quake-c:c1", "12", by="civil defence"),  # undated, listed first
            claim("quake-a:c1", "12", by="civil defence", on="2023-02-06"),
            claim("quake-b:c1", "30", by="civil defence", on="2023-02-08"),
        ],
        {"quake-a:c1", "quake-c:c1"},
    ),
    (
        "an undated figure that fits the latest day stays current",
        [
            claim("quake-c:c1", "30", by="civil defence"),
            claim("quake-a:c1", "12", by="civil defence", on="2023-02-06"),
            claim("quake-b:c1", "30", by="civil defence", on="2023-02-08"),
        ],
        {"quake-a:c1"},
    ),
    (
        "a source lowering its own count replaces its earlier figure",
        [
            claim("blast-a:c1", "40", by="port authority", on="2020-08-05"),
            claim("blast-b:c1", "35", by="port authority", on="2020-08-06"),
        ],
        {"blast-a:c1"},
    ),
]


@pytest.mark.parametrize(
    ("claims", "replaced"), [pytest.param(c, r, id=name) for name, c, r in REPLACED_CASES]
)
def test_replaced_figures(claims: list[Claim], replaced: set[str]) -> None:
    for order in (claims, list(reversed(claims))):
        _, _, got = _timeline(Category.KILLED, order)
        assert got == replaced


def test_an_undated_figure_of_an_earlier_day_is_not_the_latest() -> None:
    _, claims, _ = REPLACED_CASES[0]
    (fact,) = compare_claims(claims)
    assert fact.latest == "quake-b:c1"
    assert (fact.estimate.low, fact.estimate.best, fact.estimate.high) == (12, 30, 30)
    assert fact.note is not None and fact.note.startswith("revised: 12")


# ---------------------------------------------------------------- derived totals


def test_a_whole_with_its_parts_is_not_summed_with_the_other_side() -> None:
    # riot-a: "40 police officers, including 12 riot police, and 25 protesters were
    # killed": the 40 is broken down already, so no sum of sides. riot-b says the same
    # without the breakdown, and its two sides add up to 65.
    claims = (
        claim("riot-a:c1", "40", "police officers", on="2022-06-03", sent=1),
        claim("riot-a:c2", "12", "riot police", on="2022-06-03", sent=1, part_of="riot-a:c1"),
        claim("riot-a:c3", "25", "protesters", on="2022-06-03", sent=1),
        claim("riot-b:c1", "40", "police officers", on="2022-06-03", sent=1),
        claim("riot-b:c2", "25", "protesters", on="2022-06-03", sent=1),
    )
    derived = {c.id: c for f in compare_claims(claims) for c in f.claims if "+" in c.id}
    assert set(derived) == {"riot-b:c1+c2"}
    assert (derived["riot-b:c1+c2"].low, derived["riot-b:c1+c2"].high) == (65, 65)


def test_sides_in_different_sentences_are_not_summed() -> None:
    claims = (
        claim("riot-c:c1", "40", "police officers", on="2022-06-03", sent=1),
        claim("riot-c:c2", "25", "protesters", on="2022-06-03", sent=2),
    )
    assert not [c for f in compare_claims(claims) for c in f.claims if "+" in c.id]


# ---------------------------------------------------------------- groups as made


def test_groups_as_made_are_the_aligned_groups() -> None:
    claims = (
        *LOW_CASES[0][1],
        *LOW_CASES[2][1],
        *LOW_CASES[3][1],
        claim("mine-a:c2", "120", "miners", cat="evacuated", on="2021-11-25"),
        claim("mine-c:c1", "3", "rescuers", on="2021-11-26"),
    )
    aligned = align_claims(claims)
    assert set(aligned_groups(claims)) == set(aligned)
    assert list(aligned) == sorted(aligned, key=group_order)
    facts = compare_claims(claims)
    assert sorted(f.label for f in facts) == sorted(g.label for g in aligned)
    assert [f.id for f in facts] == [f"f{i}" for i in range(1, len(facts) + 1)]
