"""The fact model a reader recognises, on small invented corpora.

Each case is a handful of claims as extraction gives them, about an invented event,
and what a careful reader expects of the report: which claims state one fact, its
verdict and its estimate. Cases are data; the reasons are in their names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kzdiff.compare import compare_claims
from kzdiff.lexicon.facts import EXCLUDED_SCOPE
from kzdiff.records import Claim, Fact
from kzdiff.vocab import Verdict
from tests.align.test_facts import in_care, in_icu
from tests.compare.test_verdicts import claim, est, fact_with, ids

FIRE, HQ = "provincial fire service", "central disaster headquarters"
RIGHTS, AP = "Harbour Rights Watch", "Associated Press"

# (name, claims, fact label, ids in that fact, verdict, (low, best, high) or None)
CASES = [
    (
        "passengers on a ferry are the event's people",
        (
            claim("ferry-a:c1", "212", "people", by=FIRE, on="2024-04-02"),
            claim("ferry-b:c1", "230", "passengers", by=FIRE, on="2024-04-04"),
            claim("ferry-c:c1", "240", "victims", by=FIRE, on="2024-04-05"),
        ),
        "people killed",
        {"ferry-a:c1", "ferry-b:c1", "ferry-c:c1"},
        Verdict.REVISED,
        (212, 240, 240),
    ),
    (
        "pilgrims from one country stay a group among the people",
        (
            claim("hajj-a:c1", "700", "pilgrims", by="health ministry", on="2024-06-20"),
            claim("hajj-b:c1", "719", "people", by="health ministry", on="2024-06-21"),
            claim(
                "hajj-b:c2", "131", "Iranian pilgrims", by="Iranian state media", on="2024-06-21"
            ),
        ),
        "people killed",
        {"hajj-a:c1", "hajj-b:c1"},
        Verdict.REVISED,
        (700, 719, 719),
    ),
    (
        "a month named as a scope splits nothing",
        (
            claim("quake-a:c1", "1,130", "people", by="police", on="2024-04-25"),
            claim("quake-b:c1", "6,624", "people", by="police", on="2024-05-02", scope="April"),
        ),
        "people killed",
        {"quake-a:c1", "quake-b:c1"},
        Verdict.REVISED,
        (1130, 6624, 6624),
    ),
    (
        "'killed by police' from a police count is the counter, not the killer",
        (
            claim("quake-a:c1", "1,130", "people", by="police", on="2024-04-25"),
            claim(
                "quake-b:c1",
                "7,365",
                "people",
                by="Nepali police",
                on="2024-05-04",
                scope="by police",
            ),
        ),
        "people killed",
        {"quake-a:c1", "quake-b:c1"},
        Verdict.REVISED,
        (1130, 7365, 7365),
    ),
    (
        "two official bodies raising one toll revise it, whatever the order of dates",
        (
            claim("crush-a:c1", ">=151", "people", by=FIRE, on="2024-10-30"),
            claim("crush-b:c1", "154", "people", by=HQ, on="2024-10-31"),
            claim("crush-c:c1", "151", "people", by=FIRE, on="2024-11-01"),
            claim("crush-d:c1", "158", "people", by=HQ, on="2024-11-14"),
        ),
        "people killed",
        {"crush-a:c1", "crush-b:c1", "crush-c:c1", "crush-d:c1"},
        Verdict.REVISED,
        (151, 158, 158),
    ),
    (
        "an undated early figure is an earlier count, not a rival",
        (
            claim("crush-a:c1", ">=120", "people", by="officials"),
            claim("crush-b:c1", "154", "people", by=HQ, on="2024-10-31"),
            claim("crush-c:c1", "158", "people", by=HQ, on="2024-11-14"),
        ),
        "people killed",
        {"crush-a:c1", "crush-b:c1", "crush-c:c1"},
        Verdict.REVISED,
        (120, 158, 158),
    ),
    (
        "a document's smaller figure on the same day is no rival of its own total",
        (
            claim("crush-a:c1", "154", "people", by=HQ, on="2024-10-31"),
            claim("crush-a:c2", "26", "people", by=HQ, on="2024-10-31"),
            claim("crush-b:c1", "154", "people", by=HQ, on="2024-10-31"),
        ),
        "people killed",
        # the 26, far below its own article's 154 of the same day, is shown as a part of
        # it (a day's or a place's count); the two articles agree on 154
        {"crush-a:c1", "crush-b:c1"},
        Verdict.AGREE,
        (154, 154, 154),
    ),
    (
        "a place no document sets against the whole is where the event happened",
        (
            claim("collapse-a:c1", "501", "people", by="army", on="2024-05-03"),
            claim("collapse-b:c1", "507", "people", by="army", on="2024-05-04", scope="Bangladesh"),
            claim("collapse-c:c1", "~2,500", "people", cat="injured", by="officials"),
        ),
        "people killed",
        {"collapse-a:c1", "collapse-b:c1"},
        Verdict.REVISED,
        (501, 507, 507),
    ),
    (
        "a place some document sets against its whole is a row of the breakdown",
        (
            claim("sitin-a:c1", "632", "people", by="Council for Human Rights", scope="the square"),
            claim("sitin-a:c2", "638", "people", by="health ministry"),
            claim("sitin-b:c1", "628", "people", by="health ministry", scope="the square"),
            claim("sitin-c:c1", "640", "people", by="health ministry"),
        ),
        "people killed in the square",
        {"sitin-a:c1", "sitin-b:c1"},
        Verdict.CONFLICT,
        None,
    ),
    (
        "cases of a disease are a running tally: a stale relay is no rival",
        (
            claim("fever-a:c1", "13,268", "cases", cat="other", by="WHO", on="2024-11-07"),
            claim("fever-b:c1", "14,068", "cases", cat="other", by="WHO", on="2024-11-12"),
            claim("fever-c:c1", "13,268", "cases", cat="other", on="2024-11-12"),
        ),
        "cases (other count)",
        {"fever-a:c1", "fever-b:c1", "fever-c:c1"},
        Verdict.REVISED,
        (13268, 14068, 14068),
    ),
    (
        "an official count and a rights group's count at the same time conflict",
        (
            claim("clash-a:c1", "638", "people", by="health ministry", on="2024-08-15"),
            claim("clash-b:c1", "904", "people", by=RIGHTS, on="2024-08-15"),
        ),
        "people killed",
        {"clash-a:c1", "clash-b:c1"},
        Verdict.CONFLICT,
        None,
    ),
    (
        "an official count and a wire agency's count, days apart, still conflict",
        (
            claim("theatre-a:c1", "~300", "people", by="city council", on="2024-03-25"),
            claim("theatre-b:c1", "600", "people", by=AP, on="2024-05-04"),
            claim("theatre-c:c1", "~300", "people", by="city council", on="2024-05-05"),
        ),
        "people killed",
        {"theatre-a:c1", "theatre-b:c1", "theatre-c:c1"},
        Verdict.CONFLICT,
        None,
    ),
    (
        "a headline's 'in Mass Shooting' names the event, no place",
        (
            claim(
                "vegas-a:c1", "500", "people", cat="injured", on="2017-10-02", scope="Mass Shooting"
            ),
            claim("vegas-a:c2", "515", "people", cat="injured", by="police", on="2017-10-02"),
            claim("vegas-b:c1", "527", "people", cat="injured", by="police", on="2017-10-03"),
        ),
        "people injured",
        {"vegas-a:c1", "vegas-a:c2", "vegas-b:c1"},
        Verdict.REVISED,
        None,
    ),
    (
        "one unnamed village's count is a row of its own, however near the event's",
        (
            claim(
                "storm-a:c1", "~100", "people", cat="missing", by="relief group", on="2023-05-16"
            ),
            claim("storm-b:c1", "several", "people", cat="missing", on="2023-05-16"),
            claim("storm-c:c1", ">100", "people", cat="missing", by="camp leader", on="2023-05-17"),
            claim(
                "storm-d:c1",
                ">100",
                "people",
                cat="missing",
                by="village chief",
                on="2023-05-19",
                scope="one village",
            ),
        ),
        "people missing",
        {"storm-a:c1", "storm-b:c1", "storm-c:c1"},
        Verdict.REVISED,
        None,
    ),
]


@pytest.mark.parametrize(
    ("claims", "label", "members", "verdict", "estimate"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_a_reader_recognises_the_fact(claims, label, members, verdict, estimate) -> None:
    fact: Fact = fact_with(compare_claims(claims), label)
    assert ids(fact) == members
    assert fact.verdict is verdict, fact.note
    if estimate is not None:
        assert est(fact) == estimate


def test_a_conflict_says_who_holds_which_figure() -> None:
    (case,) = [c for c in CASES if c[0].startswith("an official count and a rights")]
    fact = fact_with(compare_claims(case[1]), "people killed")
    assert fact.note is not None
    assert "official: 638 (health ministry)" in fact.note
    assert f"independent: 904 ({RIGHTS})" in fact.note


def test_a_breakdown_row_keeps_its_own_name() -> None:
    """ "40 people, including 29 villagers and 11 soldiers": the villagers are a row."""
    facts = compare_claims(
        (
            claim("flood-a:c1", "40", "people", by="civil defence"),
            claim("flood-a:c2", "29", "villagers", part_of="flood-a:c1"),
            claim("flood-a:c3", "11", "soldiers", part_of="flood-a:c1"),
            claim("flood-b:c1", "31", "villagers", by="civil defence"),
        )
    )
    assert ids(fact_with(facts, "people killed")) == {"flood-a:c1", "flood-b:c1"}
    assert ids(fact_with(facts, "villagers killed")) == {"flood-a:c2"}


def test_a_figure_out_of_all_proportion_is_kept_out_of_the_estimate() -> None:
    facts = compare_claims(
        (
            claim("quake-a:c1", "212", "people", by="police", on="2024-04-02"),
            claim("quake-b:c1", "230", "people", by="police", on="2024-04-03"),
            claim("quake-c:c1", "241", "people", by="police", on="2024-04-04"),
            # a helpline number read as a toll
            claim("quake-d:c1", "1,800,225", "people", on="2024-04-04"),
        )
    )
    fact = fact_with(facts, "people killed")
    assert "quake-d:c1" in ids(fact)  # shown, traceable
    assert fact.outliers == ("quake-d:c1",)
    assert est(fact) == (212, 241, 241)
    assert fact.note is not None and "out of all proportion" in fact.note


def test_a_figure_another_article_corrects_is_kept_out_wherever_it_was_relayed() -> None:
    """ "3,116 dead (correcting an earlier report that said 8,240)": the 8,240 another
    paper relayed from the same source the day before is withdrawn too, never the best
    figure; another counter's same figure stands; a figure a rise replaces ("rose from
    26 to 31") withdraws no one's 26."""
    facts = compare_claims(
        (
            claim("flood-a:c1", ">=8,240", "people", by="Red Crescent", on="2033-09-16"),
            claim("flood-b:c1", "3,116", "people", by="WHO", on="2033-09-18", sent=1),
            claim("flood-b:c2", "8,240", "people", by="Red Crescent", on="2033-09-18", sent=1,
                  status="retracted"),
            # the police correct their own 15 to 12: a rights group's 15 stands
            claim("clash-a:c1", "15", "people", cat="detained", by="police", on="2033-05-02"),
            claim("clash-b:c1", "15", "people", cat="detained", by="Rights Watch",
                  on="2033-05-02"),
            claim("clash-c:c1", "12", "people", cat="detained", by="police", on="2033-05-03",
                  sent=1),
            claim("clash-c:c2", "15", "people", cat="detained", by="police", on="2033-05-03",
                  sent=1, status="retracted"),
            claim("riot-a:c1", "26", "people", cat="injured", on="2033-05-16"),
            claim("riot-b:c1", "31", "people", cat="injured", on="2033-05-30", sent=1),
            claim("riot-b:c2", "26", "people", cat="injured", on="2033-05-30", sent=1,
                  status="retracted"),
        )
    )  # fmt: skip
    killed = fact_with(facts, "people killed")
    assert killed.outliers == ("flood-a:c1",)
    assert killed.estimate.best == 3116
    assert killed.note is not None and "withdrawn or corrected" in killed.note
    injured = fact_with(facts, "people injured")
    assert injured.outliers == ()
    assert injured.verdict is Verdict.REVISED
    detained = fact_with(facts, "people detained")
    assert detained.outliers == ("clash-a:c1",)


def test_two_counters_of_one_crowd_in_one_article_conflict() -> None:
    """ "Organisers said almost 1.4 million came out; police said the march reached
    262,000": rival counts, though one article gives both (not a revision, not a single
    source); one counter's two wordings of one count do not conflict."""
    facts = compare_claims(
        (
            claim("march-a:c1", "~1,400,000", "people", cat="participants", by="organisers",
                  on="2033-10-16"),
            claim("march-a:c2", "262,000", "people", cat="participants", by="police",
                  on="2033-10-16"),
            claim("rally-a:c1", ">700,000", "people", cat="participants", by="organisers",
                  on="2033-10-09"),
            claim("rally-a:c2", "720,000", "people", cat="participants", by="organisers",
                  on="2033-10-09"),
        )
    )  # fmt: skip
    march = fact_with(facts, "participants on 2033-10-16")
    assert march.verdict is Verdict.CONFLICT
    assert march.conflict is not None and set(march.conflict) == {"march-a:c1", "march-a:c2"}
    rally = fact_with(facts, "participants on 2033-10-09")
    assert rally.verdict is Verdict.SINGLE
    # police 15,000 then 80,000, organisers 60,000: the police's own two figures span the
    # organisers', but the organisers' 60,000 is at odds with the police's 15,000: no
    # single source
    rivals = compare_claims(
        (
            claim("demo-a:c1", "15,000", "people", cat="participants", by="police",
                  on="2033-11-05"),
            claim("demo-a:c2", "60,000", "people", cat="participants", by="organisers",
                  on="2033-11-05"),
            claim("demo-a:c3", "80,000", "people", cat="participants", by="police",
                  on="2033-11-05"),
        )
    )  # fmt: skip
    assert fact_with(rivals, "participants").verdict is not Verdict.SINGLE


def test_an_identifier_is_never_a_count() -> None:
    facts = compare_claims(
        (
            claim("flood-a:c1", "40", "people", by="civil defence", on="2024-05-02"),
            claim("flood-b:c1", "44", "people", by="civil defence", on="2024-05-03"),
            claim("flood-b:c2", "1,234,567,890", "people", on="2024-05-03"),
        )
    )
    fact = fact_with(facts, "people killed")
    assert fact.outliers == ("flood-b:c2",)
    assert est(fact) == (40, 44, 44)


def test_a_later_figure_far_below_the_count_is_a_part_not_the_latest_toll() -> None:
    """Weeks after "almost 400 dead", "15 drowned when a boat capsized" is one
    incident's toll: kept out of the estimate, never the latest figure."""
    facts = compare_claims(
        (
            claim("exodus-a:c1", "110", "people", by="state media", on="2017-08-29"),
            claim("exodus-b:c1", "~400", "people", by="the military", on="2017-09-02"),
            claim("exodus-c:c1", "15", "people", by="migration agency", on="2017-09-28"),
        )
    )
    fact = fact_with(facts, "people killed")
    assert fact.outliers == ("exodus-c:c1",)
    assert fact.latest == "exodus-b:c1"
    assert est(fact) == (110, 400, 400)
    assert fact.note is not None and "a part: one incident, day or place" in fact.note


def test_a_toll_that_grows_tenfold_over_months_is_no_misreading() -> None:
    facts = compare_claims(
        (
            claim("ebola-a:c1", "66", "people", by="health ministry", on="2014-03-26"),
            claim("ebola-b:c1", "90", "people", by="health ministry", on="2014-04-10"),
            claim("ebola-c:c1", "1,142", "people", by="WHO", on="2014-11-12"),
        )
    )
    fact = fact_with(facts, "people killed")
    assert fact.outliers == ()
    assert fact.verdict is Verdict.REVISED
    assert fact.latest == "ebola-c:c1"


def test_a_figure_a_count_leaves_out_is_a_row_beside_it_not_a_rival() -> None:
    """'6,700 were killed ... The figure does not include an estimated 2,300 who died of
    disease': the 2,300 never joins, revises or conflicts with the 6,700."""
    facts = compare_claims(
        (
            claim("msf-a:c1", "6,700", "people", by="MSF", on="2017-12-14"),
            claim("msf-a:c2", "~2300", "people", on="2017-12-14", scope=EXCLUDED_SCOPE),
            claim("gov-b:c1", "400", "people", by="government", on="2017-12-10"),
        )
    )
    total = fact_with(facts, "people killed")
    assert ids(total) == {"msf-a:c1", "gov-b:c1"}
    assert est(total)[2] == 6700
    assert any("msf-a:c2" in ids(f) and f.scope is not None for f in facts)


def test_a_vague_word_after_a_stated_figure_revises_nothing() -> None:
    """'11 million affected' on 6 December, 'Millions' on the 17th: loose wording, not
    the count revised down; the stated figure stays the latest and the best."""
    facts = compare_claims(
        (
            claim("storm-a:c1", "<=4,300,000", "people", cat="displaced", on="2013-11-10"),
            claim("storm-b:c1", "11,000,000", "people", cat="displaced", on="2013-12-06"),
            claim("storm-c:c1", "millions", "people", cat="displaced", on="2013-12-17"),
        )
    )
    fact = fact_with(facts, "people displaced")
    assert fact.latest == "storm-b:c1"
    assert est(fact)[1:] == (11_000_000, 11_000_000)
    assert fact.note is not None and "revised down" not in fact.note


def test_another_counters_far_lower_later_figure_is_a_conflict_not_a_part() -> None:
    """'2,000 killed, say activists', then '225, says the prosecutor': two kinds of counter
    at odds, shown as a conflict; never set aside as one incident's count."""
    facts = compare_claims(
        (
            claim("riot-a:c1", "2,000", "people", by="opposition activists", on="2022-01-06"),
            claim("riot-b:c1", "225", "people", by="prosecutor general", on="2022-01-15"),
        )
    )
    fact = fact_with(facts, "people killed")
    assert fact.outliers == ()
    assert fact.verdict is Verdict.CONFLICT


@pytest.mark.parametrize(
    ("kind", "counts", "label", "best"),
    [
        # 19 in intensive care on the night, 17 the next day, four a week on: the count
        # moved down, its latest figure the week's; no rival counts
        (
            in_icu,
            [
                ("fire-a:c1", "19", "Interior Ministry", "2032-03-14"),
                ("fire-b:c1", "17", "health minister", "2032-03-15"),
                ("fire-c:c1", "4", "Health Ministry", "2032-03-22"),
            ],
            "patients in intensive care",
            4,
        ),
        # "Forty people remain in hospital, the health ministry said"; a week later "six
        # people remain in hospital": revised down to six, not a hospital's share
        (
            in_care,
            [
                ("crash-a:c1", "40", "health ministry", "2024-05-03"),
                ("crash-b:c1", "6", "health ministry", "2024-05-10"),
            ],
            "patients still in hospital",
            6,
        ),
    ],
)
def test_a_count_of_those_in_care_falls_as_they_recover(
    kind: Callable[[Claim], Claim],
    counts: list[tuple[str, str, str, str]],
    label: str,
    best: int,
) -> None:
    fact = fact_with(
        compare_claims(
            tuple(kind(claim(ref, v, cat="injured", by=by, on=on)) for ref, v, by, on in counts)
        ),
        label,
    )
    assert fact.verdict is Verdict.REVISED, fact.note
    assert est(fact)[1] == best


def test_a_care_counts_place_is_no_row_of_every_count_of_the_injured() -> None:
    # "Six are still in hospital in Velmaria" makes Velmaria a row of those in care; the
    # country's "more than 90 injured in Velmaria" is still the fire's injured toll
    facts = compare_claims(
        (
            in_care(claim("fire-a:c1", "6", cat="injured", scope="Velmaria")),
            in_care(claim("fire-a:c2", "55", cat="injured")),
            claim("fire-b:c1", ">90", cat="injured", scope="Velmaria", on="2032-03-14"),
            claim("fire-c:c1", "137", cat="injured", on="2032-03-16"),
        )
    )
    assert ids(fact_with(facts, "people injured")) == {"fire-b:c1", "fire-c:c1"}


def test_one_hospitals_count_of_those_in_care_is_its_share() -> None:
    # "Some 140 people remain in hospital, city officials said"; the next day "Twelve
    # people remain in hospital, St Mary's Hospital said": one hospital's share
    fact = fact_with(
        compare_claims(
            (
                in_care(
                    claim("gas-a:c1", "140", cat="injured", by="city officials", on="2024-05-08")
                ),
                in_care(
                    claim("gas-b:c1", "12", cat="injured", by="St Mary's Hospital", on="2024-05-09")
                ),
            )
        ),
        "patients still in hospital",
    )
    assert est(fact)[1] == 140, fact.note
