"""Counts a careful reader keeps apart, on small invented corpora.

Each case is claims as extraction gives them, about an invented event, and two of
them that must not state one fact: a day's toll beside the running total, a figure
of another kind, a projection beside a count.
"""

from __future__ import annotations

from dataclasses import replace

from kzdiff.compare import compare_claims
from kzdiff.extract.counted import kind_in_clause, window_figures
from kzdiff.extract.quantities import extract_quantities
from kzdiff.records import Claim, Fact
from kzdiff.vocab import Kind, Verdict
from tests.compare.test_verdicts import claim

AGENCY = "national disaster agency"


def said(c: Claim, sentence: str) -> Claim:
    """The claim as extraction reads it from ``sentence``: its figure where the sentence
    gives it, what an other count counts and whether it counts a window of time."""
    at = sentence.index(c.text)
    start = c.sentence_start + at
    spans = [(q.start, q.end) for q in extract_quantities(sentence) if q.kind is Kind.COUNT]
    mine = next((k for k, (a, b) in enumerate(spans) if a <= at < b), None)
    counted = kind_in_clause(c.category, sentence, at, at + len(c.text))
    return replace(
        c,
        sentence=sentence,
        start=start,
        end=start + len(c.text),
        counted=counted,
        window=mine is not None and mine in window_figures(sentence, spans),
    )


def fact_of(facts: tuple[Fact, ...], claim_id: str) -> Fact:
    return next(f for f in facts if any(c.id == claim_id for c in f.claims))


def test_a_days_toll_is_not_the_running_total() -> None:
    facts = compare_claims(
        (
            claim("flood-a:c1", "1,033", "people", by=AGENCY, on="2024-08-29"),
            said(
                claim("flood-b:c1", "24", "people", by=AGENCY, on="2024-09-05", sent=1),
                "The agency said 24 people were killed in the last 24 hours.",
            ),
            claim("flood-b:c2", "1,314", "people", by=AGENCY, on="2024-09-05"),
            said(
                claim("flood-c:c1", ">=22", "people", by=AGENCY, on="2024-09-15", sent=1),
                "At least 22 people had died in the past 24 hours across the country.",
            ),
        )
    )
    total = fact_of(facts, "flood-a:c1")
    assert {c.id for c in total.claims} == {"flood-a:c1", "flood-b:c2"}
    day = fact_of(facts, "flood-b:c1")
    other_day = fact_of(facts, "flood-c:c1")
    assert day is not total and other_day is not total
    assert day is not other_day  # the 24 hours to 5 September are not those to the 15th
    # the window's new count, worded so no reader takes it for the toll by that day
    assert day.label == "people newly killed in the period to 2024-09-05"
    assert total.label == "people killed"


def test_the_total_a_days_toll_raises_stays_the_total() -> None:
    sentence = "Another 31 people died in the past 24 hours, raising the toll to 1,345."
    facts = compare_claims(
        (
            claim("flood-a:c1", "1,314", "people", by=AGENCY, on="2024-09-05"),
            said(claim("flood-b:c1", "31", "people", by=AGENCY, on="2024-09-06", sent=1), sentence),
            said(
                claim("flood-b:c2", "1,345", "people", by=AGENCY, on="2024-09-06", sent=1), sentence
            ),
        )
    )
    total = fact_of(facts, "flood-a:c1")
    assert {c.id for c in total.claims} == {"flood-a:c1", "flood-b:c2"}
    assert fact_of(facts, "flood-b:c1") is not total


def test_a_figure_past_what_a_float_holds_is_written_as_an_approximation() -> None:
    huge = claim("flood-a:c1", "1", "people", on="2024-05-03")
    huge = replace(
        huge,
        text="1234567890" * 14,
        value=1.2345678901e139,
        low=1.2345678901e139,
        high=1.2345678901e139,
    )
    facts = compare_claims(
        (
            claim("flood-b:c1", "40", "people", by=AGENCY, on="2024-05-02"),
            claim("flood-c:c1", "44", "people", by=AGENCY, on="2024-05-03"),
            huge,
        )
    )
    note = fact_of(facts, "flood-a:c1").note or ""
    assert "~1.23457e+139" in note
    assert "1,234,567,890,1" not in note  # no made-up digits


def test_a_projection_is_shown_with_the_count_but_never_counted() -> None:
    facts = compare_claims(
        (
            claim("wreck-a:c1", "311", "people", by="coastguard", on="2024-10-12"),
            claim(
                "wreck-b:c1", ">=300", "people", by="rescuers", on="2024-10-04", status="projected"
            ),
            claim("wreck-c:c1", "~300", "people", on="2024-10-05", status="projected"),
        )
    )
    count = fact_of(facts, "wreck-a:c1")
    assert fact_of(facts, "wreck-b:c1") is count and fact_of(facts, "wreck-c:c1") is count
    assert count.label == "people killed"
    # one asserted figure: the projections neither agree with it nor revise it
    assert count.verdict is Verdict.SINGLE and count.latest == "wreck-a:c1"
    assert (count.estimate.low, count.estimate.best, count.estimate.high) == (311, 311, 311)
    assert "not counted: at least 300 (projected, wreck-b)" in (count.note or "")


def test_a_figure_dated_years_before_the_event_is_no_revision() -> None:
    facts = compare_claims(
        (
            claim("ferry-a:c1", "262", "people", by="coast guard", on="2024-05-05"),
            claim("ferry-b:c1", "269", "people", by="coast guard", on="2024-05-08"),
            claim("ferry-c:c1", "250", "people", by="coast guard", on="2024-04-30"),
            claim("ferry-d:c1", "273", "people", by="coast guard", on="2024-05-12"),
            # an earlier disaster's toll, dated in its own year
            claim("ferry-d:c2", "292", "people", on="1993-10-10"),
        )
    )
    toll = fact_of(facts, "ferry-a:c1")
    assert "ferry-d:c2" not in {c.id for c in toll.claims}
    assert toll.estimate.best == 273 and toll.latest == "ferry-d:c1"


def test_a_corpus_over_years_keeps_every_year() -> None:
    facts = compare_claims(
        tuple(
            claim(f"war-{y}:c1", str(1000 * (y - 2019)), "people", by="monitors", on=f"{y}-06-01")
            for y in range(2020, 2025)
        )
    )
    assert len(fact_of(facts, "war-2020:c1").claims) == 5


def test_people_aboard_rescued_and_affected_are_three_counts() -> None:
    def other(ref: str, fig: str, sentence: str, on: str, by: str | None = None) -> Claim:
        return said(claim(ref, fig, "people", cat="other", by=by, on=on, sent=1), sentence)

    facts = compare_claims(
        (
            other(
                "ferry-a:c1", "476", "The ferry was carrying 476 people when it sank.", "2024-04-16"
            ),
            other("ferry-b:c1", "476", "Some 476 passengers were aboard the ferry.", "2024-04-17"),
            other("ferry-c:c1", "174", "Officials said 174 people were rescued.", "2024-04-18"),
            other("ferry-d:c1", "172", "The number of those saved was 172.", "2024-04-18"),
            other(
                "ferry-d:c2",
                "3,000",
                "The sinking affected 3,000 people in the port town.",
                "2024-04-18",
            ),
        )
    )
    aboard = fact_of(facts, "ferry-a:c1")
    assert {c.id for c in aboard.claims} == {"ferry-a:c1", "ferry-b:c1"}
    assert aboard.verdict.value == "agree"
    rescued = fact_of(facts, "ferry-c:c1")
    assert {c.id for c in rescued.claims} == {"ferry-c:c1", "ferry-d:c1"}
    assert fact_of(facts, "ferry-d:c2") not in (aboard, rescued)
    assert aboard.label == "people aboard (other count)"


def test_people_inside_are_not_people_living_there() -> None:
    facts = compare_claims(
        (
            said(
                claim("fire-a:c1", "293", "people", cat="other", by="police", sent=1),
                "Police believe that 293 people were inside at the time of the fire.",
            ),
            said(
                claim("fire-b:c1", "350", "people", cat="other", by="police", sent=1),
                "Police said 350 people were living in the tower.",
            ),
        )
    )
    assert fact_of(facts, "fire-a:c1") is not fact_of(facts, "fire-b:c1")


def test_the_agency_said_tells_no_kind_of_source() -> None:
    # "the agency" points back to a body named earlier: a UN agency, a wire, a ministry
    facts = compare_claims(
        (
            claim("virus-a:c1", "1,013", "people", by="World Health Organisation", on="2024-08-12"),
            claim("virus-b:c1", "5,160", "people", by="World Health Organisation", on="2024-11-07"),
            claim("virus-c:c1", "5,147", "people", by="agency", on="2024-11-09"),
            claim("virus-d:c1", "5,177", "people", by="World Health Organisation", on="2024-11-12"),
        )
    )
    fact = fact_of(facts, "virus-a:c1")
    assert fact.verdict.value == "revised"


def test_rival_counts_of_people_aboard_are_a_conflict() -> None:
    def aboard(ref: str, fig: str, on: str) -> Claim:
        return said(
            claim(ref, fig, "people", cat="other", on=on, sent=1),
            f"The boat was carrying {fig} people when it sank.",
        )

    facts = compare_claims(
        (aboard("wreck-a:c1", "250", "2024-10-04"), aboard("wreck-b:c1", "500", "2024-10-05"))
    )
    fact = fact_of(facts, "wreck-a:c1")
    assert fact.label == "people aboard (other count)"
    assert fact.verdict.value == "conflict"  # rival estimates, not a count that moved
    assert "rival estimates" in (fact.note or "")


def test_json_names_the_conflicting_pair() -> None:
    from kzdiff.wire import fact_to_wire

    facts = compare_claims(
        (
            claim("clash-a:c1", "120", "protesters", cat="detained", by="police", on="2024-10-12"),
            claim(
                "clash-b:c1",
                "450",
                "protesters",
                cat="detained",
                by="OVD-Info monitors",
                on="2024-10-12",
            ),
        )
    )
    fact = fact_of(facts, "clash-a:c1")
    assert fact.verdict.value == "conflict"
    assert set(fact.conflict or ()) == {"clash-a:c1", "clash-b:c1"}
    assert fact_to_wire(fact)["conflict"] == list(fact.conflict or ())
    agreed = compare_claims((claim("x-a:c1", "5", by="police"), claim("x-b:c1", "5", by="police")))
    assert fact_to_wire(agreed[0])["conflict"] is None


def test_each_days_crowd_is_its_own() -> None:
    def crowd(ref: str, fig: str, on: str | None, by: str) -> Claim:
        return claim(ref, fig, "protesters", cat="participants", by=by, on=on)

    facts = compare_claims(
        (
            crowd("strike-a:c1", "1,120,000", "2024-01-19", "Interior Ministry"),
            crowd("strike-b:c1", "2,000,000", "2024-01-19", "union"),
            crowd("strike-c:c1", "1,270,000", "2024-01-31", "Interior Ministry"),
        )
    )
    first = fact_of(facts, "strike-a:c1")
    assert fact_of(facts, "strike-b:c1") is first
    assert fact_of(facts, "strike-c:c1") is not first  # another day's march, no revision
    assert first.label == "participants on 2024-01-19"
    # one day's crowd needs no date: its undated figures stay with it
    (one_day,) = compare_claims(
        (
            crowd("vigil-a:c1", "10,000", "2024-10-29", "police"),
            crowd("vigil-b:c1", "100,000", None, "organisers"),
        )
    )
    assert one_day.label == "participants"


def test_bodies_handed_over_or_unidentified_are_rows_under_the_toll() -> None:
    handled = "So far, 88 bodies have been identified and 66 have been handed over to families."
    facts = compare_claims(
        (
            claim("crash-a:c1", "275", "people", by="state government", on="2023-06-04"),
            said(claim("crash-a:c2", "88", "people", on="2023-06-04", sent=1), handled),
            said(claim("crash-a:c3", "66", "people", on="2023-06-04", sent=1), handled),
            said(
                claim("crash-b:c1", "24", "people", on="2023-06-05", sent=1),
                "Photos of the unidentified 24 bodies were put up at the morgue.",
            ),
            claim("crash-b:c2", "288", "people", by="state government", on="2023-06-05"),
        )
    )
    toll = fact_of(facts, "crash-a:c1")
    assert {c.id for c in toll.claims} == {"crash-a:c1", "crash-b:c2"}
    identified = fact_of(facts, "crash-a:c2")
    handed = fact_of(facts, "crash-a:c3")
    unidentified = fact_of(facts, "crash-b:c1")
    assert len({id(toll), id(identified), id(handed), id(unidentified)}) == 4
    assert identified.label == "bodies identified"
    assert unidentified.label == "bodies unidentified"


def test_the_injured_still_in_hospital_are_a_row_under_the_injured() -> None:
    facts = compare_claims(
        (
            claim("crash-a:c1", "85", "people", cat="injured", by="fire service", on="2023-03-01"),
            said(
                claim("crash-b:c1", "38", "people", cat="injured", on="2023-03-03", sent=1),
                "She said that 38 of the injured remain in hospital.",
            ),
        )
    )
    injured = fact_of(facts, "crash-a:c1")
    still = fact_of(facts, "crash-b:c1")
    assert injured is not still
    assert injured.latest == "crash-a:c1"
    assert still.label == "patients still in hospital"


def test_those_still_held_are_no_figure_of_the_arrests() -> None:
    facts = compare_claims(
        (
            claim("unrest-a:c1", "~5,000", "people", cat="detained", on="2019-10-24"),
            claim("unrest-b:c1", ">28,000", "people", cat="detained", on="2019-12-06"),
            said(
                claim("unrest-c:c1", ">1,600", "people", cat="detained", on="2019-12-13", sent=1),
                "The mission chief said that more than 1,600 remained in detention.",
            ),
        )
    )
    arrests = fact_of(facts, "unrest-b:c1")
    assert arrests.latest == "unrest-b:c1"
    held = fact_of(facts, "unrest-c:c1")
    assert held is not arrests and held.label == "people still held"


def test_a_look_back_years_later_joins_the_toll_without_revising_it() -> None:
    facts = compare_claims(
        (
            claim("crush-a:c1", "17", "people", by="police", on="2010-07-24"),
            claim("crush-b:c1", "19", "people", by="police", on="2010-07-25"),
            claim("crush-c:c1", "20", "people", by="police", on="2010-07-26"),
            claim("crush-d:c1", "21", "people", by="prosecutors", on="2010-07-28"),
            # an anniversary piece, ten years on
            claim("crush-e:c1", "21", "people", on="2020-07-22"),
        )
    )
    toll = fact_of(facts, "crush-d:c1")
    assert "crush-e:c1" in {c.id for c in toll.claims}
    assert toll.verdict is Verdict.REVISED and toll.estimate.best == 21
    assert "crush-e:c1" not in toll.replaced
