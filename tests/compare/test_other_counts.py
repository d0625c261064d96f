"""Counts of people that say nothing of what befell them (category "other", no kind in
their clause): only their figures can tell whether two state one fact."""

from __future__ import annotations

from dataclasses import replace

from kzdiff.compare import compare_claims
from kzdiff.vocab import Verdict
from tests.compare.test_verdicts import claim


def test_survivors_on_a_roof_are_no_earlier_count_of_a_towns_residents() -> None:
    # "27 people were found on the roof" (Monday); "about 27,000 people live in Marisal,
    # where the water rose to the rooftops" (Wednesday)
    facts = compare_claims(
        (
            claim("ferry-a:c1", "27", cat="other", on="2031-06-22"),
            claim("ferry-b:c1", "~27,000", cat="other", by="media reports", on="2031-06-24"),
        )
    )
    assert sorted(len(f.claims) for f in facts) == [1, 1]
    assert {f.verdict for f in facts} == {Verdict.SINGLE}


def test_divers_of_two_operations_are_no_revision() -> None:
    # "more than 90 navy divers" in June; "16 salvage divers" in November
    facts = compare_claims(
        (
            claim("sink-a:c1", ">90", "divers", cat="other", on="2031-06-25"),
            claim("sink-b:c1", "16", "divers", cat="other", by="Ernesto Valdez", on="2031-11-03"),
        )
    )
    assert len(facts) == 2
    assert all(f.verdict is Verdict.SINGLE for f in facts)


def test_one_other_count_in_two_articles_still_agrees() -> None:
    # "about 300 people were in the square" and "300 people were in the square"
    (fact,) = compare_claims(
        (
            claim("square-a:c1", "~300", cat="other", on="2024-03-02"),
            claim("square-b:c1", "300", cat="other", by="police", on="2024-03-02"),
        )
    )
    assert fact.verdict in (Verdict.AGREE, Verdict.CONSISTENT)
    assert fact.estimate.best == 300


def test_a_tally_of_cases_is_still_revised() -> None:
    # "1,200 cases" on Monday, "3,400 cases" on Friday: the noun says what is counted
    (fact,) = compare_claims(
        (
            claim("cholera-a:c1", "1,200", "cases", cat="other", by="ministry", on="2032-02-02"),
            claim("cholera-b:c1", "3,400", "cases", cat="other", by="ministry", on="2032-02-06"),
        )
    )
    assert fact.verdict is Verdict.REVISED
    assert fact.estimate.best == 3400


def test_counts_their_clause_names_keep_together() -> None:
    # "113 crew were aboard" and "three crew were aboard" per another outlet: the
    # clause says both count who was aboard, so they are rival counts of one moment
    def aboard(ref: str, fig: str, on: str) -> object:
        return replace(claim(ref, fig, "crew", cat="other", on=on), counted="aboard")

    (fact,) = compare_claims(
        (aboard("boat-a:c1", "113", "2031-06-22"), aboard("boat-b:c1", "3", "2031-06-22"))
    )
    assert len(fact.claims) == 2


def test_an_open_bound_chains_no_larger_figure_to_it() -> None:
    # "more than 2,300 people" (entombed, as one outlet words it), "about 4,300 people"
    # (a village's size), "an estimated 8,316 villagers": three counts, no revision down
    facts = compare_claims(
        (
            claim("slip-a:c1", ">2,300", cat="other", on="2030-10-28"),
            claim("slip-b:c1", "~4,300", cat="other", on="2030-10-29"),
            claim("slip-c:c1", "8,316", cat="other", on="2030-10-25"),
        )
    )
    assert len(facts) == 3
    assert {f.verdict for f in facts} == {Verdict.SINGLE}


def test_a_range_meets_the_figures_between_its_ends() -> None:
    # "between 110 and 160" and "around 140" on another outlet: one count, consistent
    (fact,) = compare_claims(
        (
            claim("boat-a:c1", "110-160", "migrants", cat="other", on="2030-09-20"),
            claim("boat-b:c1", "~140", "migrants", cat="other", on="2030-09-20"),
        )
    )
    assert fact.verdict is Verdict.CONSISTENT


def test_one_sources_count_that_moved_is_one_fact() -> None:
    # "about 500 people are cut off in the valley, port officials said" on Monday; "more
    # than 1,200", the same officials on Wednesday: their count rose
    (fact,) = compare_claims(
        (
            claim("valley-a:c1", "~500", cat="other", by="port officials", on="2031-05-06"),
            claim("valley-b:c1", ">1,200", cat="other", by="port officials", on="2031-05-08"),
        )
    )
    assert fact.verdict is Verdict.REVISED


def test_two_vague_words_alike_still_agree() -> None:
    # "hundreds of people" in two articles, nothing else said of them
    (fact,) = compare_claims(
        (
            claim("blast-a:c1", "hundreds", cat="other", on="2031-04-02"),
            claim("blast-b:c1", "hundreds", cat="other", on="2031-04-02"),
        )
    )
    assert len(fact.claims) == 2
