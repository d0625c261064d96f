"""Grouping count claims into facts: subject groups, scopes, parts, derived totals.

Hand-written claims about invented events (a flood, a mine collapse, an election
protest), shaped as the extractor gives them: the counted noun phrase as written.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kzdiff.align.facts import ClaimGroup, align_claims, subject_group
from kzdiff.records import Claim
from kzdiff.vocab import Category, Qualifier, Status


def claim(
    ref: str,
    value: int,
    subject: str | None = "people",
    *,
    cat: str = "killed",
    q: str = "exact",
    high: int | None = None,
    by: str | None = None,
    on: str | None = None,
    part_of: str | None = None,
    scope: str | None = None,
    sent: int | None = None,
    background: bool = False,
    status: str = "asserted",
) -> Claim:
    """A claim in one line; claims sharing ``sent`` share one sentence of their document."""
    doc, _, local = ref.partition(":")
    start = 100 * int(local.lstrip("c"))
    qualifier = Qualifier(q)
    hi = value if qualifier is Qualifier.EXACT else high
    return Claim(
        id=ref, doc=doc, text=str(value), start=start, end=start + len(str(value)),
        value=value, low=value, high=hi, qualifier=qualifier, category=Category(cat),
        subject=subject, part_of=part_of, attribution=by, as_of=on, status=Status(status),
        sentence=f"{value} {subject} {cat}",
        sentence_start=10_000 * sent if sent is not None else start,
        background=background, scope=scope,
    )  # fmt: skip


def in_care(c: Claim) -> Claim:
    """The claim as a count of those still in hospital (Claim.counted)."""
    return replace(c, counted="still in hospital")


def in_icu(c: Claim) -> Claim:
    """The claim as a count of those in intensive care (Claim.counted)."""
    return replace(c, counted="in intensive care")


def group_with(groups: tuple[ClaimGroup, ...], label: str) -> ClaimGroup:
    found = [g for g in groups if g.label == label]
    assert len(found) == 1, f"{label!r} not one group among {[g.label for g in groups]}"
    return found[0]


def members(group: ClaimGroup) -> set[str]:
    return {c.id for c in group.claims}


@pytest.mark.parametrize(
    ("subject", "group"),
    [
        ("people", "people"),
        ("persons", "people"),
        ("citizens", "people"),
        (None, "people"),
        ("security officers", "security forces"),
        ("law enforcement officers", "security forces"),
        ("police officers", "security forces"),
        ("policemen", "security forces"),
        ("police and national guard service members", "security forces"),
        ("members of the national guard", "security forces"),
        ("Kazakh police officers", "security forces"),
        ("police officers and protesters", "people"),
        ("citizens and police", "people"),
        ("protesters and bystanders", "people"),
        ("protesters", "protesters"),
        ("peaceful demonstrators", "protesters"),
        ("protestors", "protesters"),
        ("“dozens” of protesters", "protesters"),
        ("assailants", "assailants"),
        ("armed criminals", "assailants"),
        ("gunmen", "assailants"),
        ("militants", "assailants"),
        ("civilians", "civilians"),
        ("pilgrims from Egypt", "pilgrims from Egypt"),
        ("Egyptian pilgrims", "pilgrims from Egypt"),
        # a people the lexicon does not know, by a demonym's shape: a group, not everyone
        ("Tigrayan farmers", "farmers from Tigrayan"),
        ("Ostrani refugees", "refugees from Ostrani"),
        ("Civilian casualties", "civilians"),  # a sentence's first word, no people
        ("Humanitarian Workers", "workers"),  # a title-case headline's adjective
        ("Parish Volunteers", "volunteers"),
        # a nationality as the noun counts that country's people, as "X nationals" does
        ("Kenyans", "people from Kenya"),
        ("Kenyan nationals", "people from Kenya"),
        ("Britons", "people from United Kingdom"),
        ("Thais", "people from Thailand"),  # a demonym's plural in "-is"
        ("Omanis", "people from Oman"),
        ("UK nationals", "people from United Kingdom"),
        ("seven French", "people from France"),
        ("foreign nationals", "foreigners"),
        ("French police", "security forces"),
        ("pilgrims from Iran", "pilgrims from Iran"),
        ("Russian paratroopers", "soldiers from Russia"),
        ("soldiers", "soldiers"),
        ("firefighters", "firefighters"),
        ("firemen", "firefighters"),  # one service, in the older word
        ("minors", "children"),
        ("Iranian children", "children"),
        ("schoolchildren", "schoolchildren"),
        ("coal miners", "miners"),
        ("miners and rescuers", "people"),
        # officers beside staff or officials of anyone are no one group (a review's cases)
        ("police officers and hospital staff", "people"),
        ("election officials and officers", "people"),
        ("women and children", "people"),
        ("children", "children"),
        ("fishermen", "fishermen"),
        ("protesteers", "protesters"),  # a typo still finds its entry
        # those who came to the event are its people: a concert's, a match's, a party's
        ("concertgoers", "people"),
        ("football fans", "people"),
        ("wedding guests", "people"),
        ("spectators", "people"),
        # "people" after a group's noun counts that group: "15 crew people"
        ("crew people", "crew"),
        ("security people", "security forces"),
        ("local people", "people"),
    ],
)
def test_subject_group(subject: str | None, group: str) -> None:
    assert subject_group(subject) == group


def test_part_goes_to_its_own_subject_never_rivals_its_whole() -> None:
    groups = align_claims(
        (
            claim("mine-a:c1", 31, "people", on="2023-03-02"),
            claim("mine-a:c2", 4, "rescuers", on="2023-03-02", part_of="mine-a:c1"),
            claim("mine-b:c1", 31, "people", on="2023-03-02"),
        )
    )
    people = group_with(groups, "people killed")
    assert members(people) == {"mine-a:c1", "mine-b:c1"}
    assert members(group_with(groups, "rescuers killed")) == {"mine-a:c2"}
    assert any("includes mine-a:c2" in w for w in people.why)


def test_parts_that_add_up_support_their_whole() -> None:
    groups = align_claims(
        (
            claim("flood-a:c1", 40, "people", by="civil defence"),
            claim("flood-a:c2", 29, "villagers", part_of="flood-a:c1"),
            claim("flood-a:c3", 11, "soldiers", part_of="flood-a:c1"),
        )
    )
    people = group_with(groups, "people killed")
    assert members(people) == {"flood-a:c1"}
    assert {p.id for p in people.parts} == {"flood-a:c2", "flood-a:c3"}
    assert any("add up" in w for w in people.why)
    assert members(group_with(groups, "villagers killed")) == {"flood-a:c2"}


def test_parts_that_fall_short_are_not_listed_as_adding_up() -> None:
    groups = align_claims(
        (
            claim("flood-a:c1", 40, "people"),
            claim("flood-a:c2", 9, "villagers", part_of="flood-a:c1"),
            claim("flood-a:c3", 11, "soldiers", part_of="flood-a:c1"),
        )
    )
    people = group_with(groups, "people killed")
    assert people.parts == ()
    assert any("cover only part" in w for w in people.why)


def test_a_part_under_its_wholes_own_key_is_shown_as_part() -> None:
    (group,) = align_claims(
        (
            claim("flood-a:c1", 40, "people"),
            claim("flood-a:c2", 15, "people from the village", part_of="flood-a:c1"),
        )
    )
    assert members(group) == {"flood-a:c1"}
    assert [p.id for p in group.parts] == ["flood-a:c2"]


def test_one_sentence_counting_both_sides_gives_a_derived_total() -> None:
    groups = align_claims(
        (
            claim("vote-a:c1", 14, "protesters", by="health ministry", on="2024-10-12", sent=3),
            claim("vote-a:c2", 3, "police officers", by="health ministry", on="2024-10-12",
                  sent=3),
            claim("vote-b:c1", 17, "people", by="health ministry", on="2024-10-12"),
        )
    )  # fmt: skip
    people = group_with(groups, "people killed")
    assert members(people) == {"vote-a:c1+c2", "vote-b:c1"}
    total = next(c for c in people.claims if c.id == "vote-a:c1+c2")
    assert total.derived_from == ("vote-a:c1", "vote-a:c2")
    assert all(c.derived_from == () for c in people.claims if c is not total)
    assert (total.value, total.low, total.high, total.qualifier) == (17, 17, 17, Qualifier.EXACT)
    assert (total.attribution, total.as_of, total.doc) == (
        "health ministry",
        "2024-10-12",
        "vote-a",
    )
    assert {p.id for p in people.parts} == {"vote-a:c1", "vote-a:c2"}
    assert any("derived" in w for w in people.why)
    # each part still stands in its own fact
    assert members(group_with(groups, "protesters killed")) == {"vote-a:c1"}
    assert members(group_with(groups, "security forces killed")) == {"vote-a:c2"}


def test_a_document_stating_its_own_total_keeps_it_over_its_sum() -> None:
    (people, *_) = align_claims(
        (
            claim("vote-a:c1", 44, "people", sent=1),
            claim("vote-a:c2", 26, "gunmen", sent=2),
            claim("vote-a:c3", 18, "police officers", sent=2),
            claim("vote-b:c1", 40, "people", sent=1),
            claim("vote-b:c2", 26, "gunmen", sent=2),
            claim("vote-b:c3", 18, "police officers", sent=2),
        )
    )
    assert people.label == "people killed"
    assert members(people) == {"vote-a:c1", "vote-b:c1"}
    # 26 + 18 matches vote-a's 44 and supports it; vote-b's 40 it does not
    assert {p.id for p in people.parts} == {"vote-a:c2", "vote-a:c3"}
    assert any("differs from vote-b" in w for w in people.why)


def test_a_vague_part_gives_an_open_derived_total() -> None:
    groups = align_claims(
        (
            claim("vote-a:c1", 24, "protesters", q="vague", high=99, sent=1),
            claim("vote-a:c2", 5, "policemen", q="at_least", sent=1),
        )
    )
    (total,) = group_with(groups, "people killed").claims
    assert (total.low, total.high, total.qualifier) == (29, None, Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    ("subjects", "why"),
    [
        (("protesters", "journalists"), "both on one side"),
        (("protesters", "people"), "a general count already in the sentence"),
        (("miners", "rescuers"), "no side known"),
    ],
)
def test_no_derived_total_without_both_sides(subjects: tuple[str, str], why: str) -> None:
    groups = align_claims(
        (claim("mine-a:c1", 12, subjects[0], sent=1), claim("mine-a:c2", 2, subjects[1], sent=1))
    )
    assert all(not c.derived_from for g in groups for c in g.claims), why


def test_sums_across_sentences_or_categories_are_not_made() -> None:
    groups = align_claims(
        (
            claim("vote-a:c1", 14, "protesters", sent=1),
            claim("vote-a:c2", 3, "police officers", sent=2),
            claim("vote-a:c3", 9, "protesters", cat="injured", sent=3),
            claim("vote-a:c4", 2, "police officers", cat="detained", sent=3),
        )
    )
    assert all(not c.derived_from for g in groups for c in g.claims)


def test_same_number_for_different_things_stays_apart() -> None:
    groups = align_claims(
        (
            claim("vote-a:c1", 18, "gunmen", cat="injured"),
            claim("vote-b:c1", 18, "security officers"),
            claim("vote-c:c1", 26, "armed criminals"),
            claim("vote-d:c1", 26, "civilians"),
            claim("vote-e:c1", 26, "civilians", scope="Khujand"),
            # vote-e sets Khujand against its whole: the city is a row of a breakdown
            claim("vote-e:c2", 40, "civilians"),
        )
    )
    assert {g.label: members(g) for g in groups} == {
        "assailants injured": {"vote-a:c1"},
        "security forces killed": {"vote-b:c1"},
        "assailants killed": {"vote-c:c1"},
        "civilians killed": {"vote-d:c1", "vote-e:c2"},
        "civilians killed in Khujand": {"vote-e:c1"},
    }


def test_origin_tells_pilgrims_apart_but_not_police() -> None:
    groups = align_claims(
        (
            claim("hajj-a:c1", 31, "pilgrims from Egypt"),
            claim("hajj-b:c1", 31, "Egyptian pilgrims"),
            claim("hajj-c:c1", 31, "pilgrims from Iran"),
            claim("hajj-c:c2", 2, "Saudi police officers"),
            claim("hajj-d:c1", 2, "police officers"),
        )
    )
    assert members(group_with(groups, "pilgrims from Egypt killed")) == {"hajj-a:c1", "hajj-b:c1"}
    assert members(group_with(groups, "pilgrims from Iran killed")) == {"hajj-c:c1"}
    assert members(group_with(groups, "security forces killed")) == {"hajj-c:c2", "hajj-d:c1"}


def test_mentions_of_one_figure_in_one_document_count_once() -> None:
    (group,) = align_claims(
        (
            claim("flood-a:c1", 57, "people", on="2023-05-04"),
            claim("flood-a:c2", 57, "residents", by="civil defence", on="2023-05-04"),
            claim("flood-a:c3", 60, "people", on="2023-05-04"),
            claim("flood-b:c1", 57, "people", on="2023-05-04"),
        )
    )
    # every mention stays traceable to the fact; the attributed one speaks for
    # flood-a, the other is a repeat that counts once; a different figure is its own
    assert members(group) == {"flood-a:c1", "flood-a:c2", "flood-a:c3", "flood-b:c1"}
    assert group.repeats == {"flood-a:c1"}
    assert any("2 mentions" in w for w in group.why)


def test_background_claims_never_join_the_events_facts() -> None:
    groups = align_claims(
        (
            claim("flood-a:c1", 500_000, "people", cat="displaced", q="about",
                  high=550_000, background=True),
            claim("flood-a:c2", 3_000, "people", cat="displaced"),
        )
    )  # fmt: skip
    (group,) = groups
    assert members(group) == {"flood-a:c2"}


def test_scopes_are_normalised_and_nationwide_is_no_scope() -> None:
    groups = align_claims(
        (
            claim("mine-a:c1", 7, scope="Karaganda"),
            claim("mine-b:c1", 7, scope="the city of Karaganda"),
            claim("mine-c:c1", 9, scope="Karagandy"),  # a spelling variant
            claim("mine-d:c1", 40, scope="nationwide"),
            claim("mine-e:c1", 41),
        )
    )
    assert {g.label: members(g) for g in groups} == {
        "people killed": {"mine-d:c1", "mine-e:c1"},
        "people killed in Karaganda": {"mine-a:c1", "mine-b:c1", "mine-c:c1"},
    }


def test_variant_spellings_of_an_unseen_head_merge() -> None:
    (group,) = align_claims(
        (
            claim("fire-a:c1", 3, "fire-fighters", cat="injured"),
            claim("fire-b:c1", 3, "firefighters", cat="injured"),
        )
    )
    assert group.label == "firefighters injured"
    assert members(group) == {"fire-a:c1", "fire-b:c1"}


def test_near_spellings_of_origins_never_merge() -> None:
    groups = align_claims(
        (
            claim("site-a:c1", 6, "construction workers from Iran"),
            claim("site-b:c1", 6, "construction workers from Iraq"),
        )
    )
    assert sorted(g.label for g in groups) == [
        "workers from Iran killed",
        "workers from Iraq killed",
    ]


@pytest.mark.parametrize(
    ("subject", "cat", "scope", "label"),
    [
        ("people", "detained", None, "people detained"),
        ("persons", "detained", None, "people detained"),
        ("detainees", "detained", None, "people detained"),
        ("suspects", "detained", None, "people detained"),
        ("suspects", "killed", None, "suspects killed"),
        ("shooters", "detained", None, "assailants detained"),
        ("people", "killed", "Almaty", "people killed in Almaty"),
        ("people", "killed", "by security forces", "people killed by security forces"),
        ("Belarusian troops", "troops", None, "foreign troops from Belarus"),
        ("troops", "troops", None, "troops"),
        ("people", "participants", None, "participants"),
        ("protesters", "participants", None, "participants"),
        ("residents", "evacuated", None, "people evacuated"),
        ("miners", "missing", None, "miners missing"),
        # a plural a reader writes: no "personnels", "Nepaleses" or "marchs"
        ("rescue personnel", "other", None, "personnel (other count)"),
        ("Nepalese", "killed", None, "people from Nepal killed"),
        ("marches", "other", None, "marches (other count)"),
        ("Czechs", "killed", None, "people from Czechia killed"),
        ("crew members", "missing", None, "crew missing"),
        ("cabin crew", "missing", None, "crew missing"),
        ("females", "killed", None, "women killed"),  # the women another source counts
    ],
)
def test_labels(subject: str, cat: str, scope: str | None, label: str) -> None:
    (group,) = align_claims((claim("x-a:c1", 5, subject, cat=cat, scope=scope),))
    assert group.label == label
    assert group.key.startswith(f"{cat}|")


def test_grouping_is_blind_to_input_order() -> None:
    claims = (
        claim("vote-a:c1", 14, "protesters", sent=3),
        claim("vote-a:c2", 3, "police officers", sent=3),
        claim("vote-b:c1", 17, "people"),
        claim("vote-c:c1", 2, "policemen"),
    )
    assert align_claims(claims) == align_claims(tuple(reversed(claims)))


def test_the_only_country_counted_in_is_the_events_own() -> None:
    groups = align_claims(
        (
            claim("a:c1", 244, on="2022-10-21"),
            claim("b:c1", 200, on="2022-09-28", scope="Iran"),
            claim("b:c2", 448, on="2022-11-29"),
            claim("c:c1", 527, scope="Iran", on="2023-01-29"),
        )
    )
    assert members(group_with(groups, "people killed")) == {"a:c1", "b:c1", "b:c2", "c:c1"}


# a state's toll given with and without the state's name, a rival toll and a hospital's
# share
_STATE_TOLLS = (
    claim("a:c1", 71, on="2030-07-06"),
    claim("a:c2", 71, on="2030-07-06", scope="Teluvar"),
    claim("a:c3", 130, on="2030-07-06", by="unofficial sources"),
    claim("b:c1", 124, on="2030-08-02"),
    claim("b:c2", 20, on="2030-08-02", scope="Satyen Institute"),
    claim("c:c1", 124, on="2030-08-03", scope="Teluvar"),
)

# (name, claims, a fact's label, the ids a reader puts in it)
OWN_PLACE_CASES = [
    (
        # a state's toll ("124 killed in Teluvar") where the corpus counts the whole event
        # in that state alone; a hospital's share stays a row of its own
        "the only place whose counts reach the totals is the event's own",
        _STATE_TOLLS,
        "people killed",
        {"a:c1", "a:c2", "a:c3", "b:c1", "c:c1"},  # the rival 130 is the same toll's
    ),
    (
        "a hospital's share beside the event's own place stays a row",
        _STATE_TOLLS,
        "people killed in Satyen Institute",
        {"b:c2"},
    ),
    (
        # "400 died across the region, 300 in Marvala": Marvala is one place of several
        "a place below the whole its document gives stays a row",
        (
            claim("a:c1", 400, on="2031-03-21"),
            claim("a:c2", 300, on="2031-03-21", scope="Marvala"),
            claim("b:c1", 310, on="2031-03-22", scope="Marvala"),
            claim("c:c1", 420, on="2031-03-22"),
        ),
        "people killed in Marvala",
        {"a:c2", "b:c1"},
    ),
    (
        # a storm over three states: Florida's 60 is the largest row; no figure for no
        # place matches one of Florida's
        "the largest region is no whole without a figure of the whole",
        (
            claim("a:c1", 80, on="2031-09-12"),
            claim("b:c1", 60, on="2031-09-12", scope="Florida"),
            claim("c:c1", 60, on="2031-09-13", scope="Florida"),
            claim("c:c2", 12, on="2031-09-13", scope="Georgia"),
        ),
        "people killed in Florida",
        {"b:c1", "c:c1"},
    ),
    (
        # a cyclone's 100 dead, 70 of them in Mozambique (two articles), 20 in Malawi, 10
        # in Zimbabwe: each country a row of its own
        "a country the country rules turn down is no place of the whole",
        (
            claim("a:c1", 100, on="2031-03-20"),
            claim("b:c1", 70, on="2031-03-20", scope="Mozambique"),
            claim("c:c1", 70, on="2031-03-21", scope="Mozambique"),
            claim("c:c2", 20, on="2031-03-21", scope="Malawi"),
            claim("d:c1", 10, on="2031-03-21", scope="Zimbabwe"),
        ),
        "people killed in Mozambique",
        {"b:c1", "c:c1"},
    ),
]


@pytest.mark.parametrize(
    ("claims", "label", "ids"),
    [c[1:] for c in OWN_PLACE_CASES],
    ids=[c[0] for c in OWN_PLACE_CASES],
)
def test_the_events_own_place(claims: tuple[Claim, ...], label: str, ids: set[str]) -> None:
    assert members(group_with(align_claims(claims), label)) == ids


def test_tolls_of_several_countries_stay_rows_of_their_own() -> None:
    groups = align_claims(
        (
            claim("a:c1", 1000, on="2019-03-21"),
            claim("b:c1", 242, on="2019-03-21", scope="Mozambique"),
            claim("b:c2", 139, on="2019-03-21", scope="Zimbabwe"),
            claim("c:c1", 259, scope="Zimbabwe", on="2019-03-24"),
        )
    )
    assert members(group_with(groups, "people killed in Zimbabwe")) == {"b:c2", "c:c1"}
    assert members(group_with(groups, "people killed in Mozambique")) == {"b:c1"}


def test_a_region_of_one_of_several_countries_is_a_row_though_no_document_sets_it_apart() -> None:
    groups = align_claims(
        (
            claim("a:c1", 84, on="2020-05-21"),
            claim("a:c2", 72, on="2020-05-21", scope="India", sent=1),
            claim("a:c3", 12, on="2020-05-21", scope="Bangladesh", sent=1),
            claim("b:c1", 86, on="2020-05-22", scope="West Bengal"),
            claim("c:c1", 95, on="2020-05-22"),
        )
    )
    assert members(group_with(groups, "people killed in West Bengal")) == {"b:c1"}
    assert members(group_with(groups, "people killed")) == {"a:c1", "c:c1"}


def test_a_country_is_a_row_where_another_is_counted_though_no_document_sets_it_apart() -> None:
    groups = align_claims(
        (
            claim("a:c1", 190, on="2023-03-14", scope="Malawi"),
            claim("b:c1", 20, on="2023-03-15", scope="Mozambique"),
            claim("c:c1", 225, on="2023-03-15"),
        )
    )
    assert members(group_with(groups, "people killed in Malawi")) == {"a:c1"}
    assert members(group_with(groups, "people killed")) == {"c:c1"}


def test_a_region_of_the_only_country_counted_in_still_joins_the_whole() -> None:
    groups = align_claims(
        (
            claim("a:c1", 84, on="2020-05-21"),
            claim("b:c1", 86, on="2020-05-22", scope="West Bengal"),
        )
    )
    assert members(group_with(groups, "people killed")) == {"a:c1", "b:c1"}


def test_refugees_are_the_displaced_of_a_refugee_flow() -> None:
    groups = align_claims(
        (
            claim("a:c1", 582000, "refugees", cat="displaced", on="2017-10-17"),
            claim("b:c1", 537000, "people", cat="displaced", on="2017-10-10"),
        )
    )
    assert members(group_with(groups, "people displaced")) == {"a:c1", "b:c1"}


def test_patients_are_the_injured_of_an_injured_count() -> None:
    groups = align_claims(
        (
            claim("a:c1", 163, "patients", cat="injured", on="2032-06-15"),
            claim("b:c1", 168, "people", cat="injured", on="2032-06-15"),
            claim("c:c1", 12, "patients", cat="killed", on="2032-06-15"),
        )
    )
    assert members(group_with(groups, "people injured")) == {"a:c1", "b:c1"}
    assert members(group_with(groups, "patients killed")) == {"c:c1"}


def test_a_province_named_with_or_without_its_unit_is_one_scope() -> None:
    groups = align_claims(
        (
            claim("a:c1", 339, on="2022-08-27", scope="Sindh Province"),
            claim("b:c1", 792, on="2022-10-22", scope="the province of Sindh"),
            claim("c:c1", 1731, on="2022-10-22"),
        )
    )
    assert members(group_with(groups, "people killed in Sindh Province")) == {"a:c1", "b:c1"}


def test_a_place_below_one_categorys_total_still_names_the_event_in_another() -> None:
    # a live blog's early "dozens injured in Eastport" sits below its later 300 injured,
    # but the town is where the whole event happened: its toll is the event's toll
    groups = align_claims(
        (
            claim("a:c1", 24, cat="injured", q="vague", high=99, on="2021-11-05", scope="Eastport"),
            claim("a:c2", 300, cat="injured", q="more_than", on="2021-11-05"),
            claim("a:c3", 8, on="2021-11-05", scope="Eastport"),
            claim("b:c1", 8, on="2021-11-06"),
            claim("c:c1", 10, on="2021-11-14"),
        )
    )
    assert members(group_with(groups, "people killed")) == {"a:c3", "b:c1", "c:c1"}
    assert members(group_with(groups, "people injured in Eastport")) == {"a:c1"}


def test_one_articles_foreign_country_stays_a_row() -> None:
    groups = align_claims(
        (
            claim("a:c1", 100, on="2022-10-02", scope="Florida"),
            claim("a:c2", 3, on="2022-10-02", scope="Cuba"),
            claim("b:c1", 110, on="2022-10-04"),
        )
    )
    assert members(group_with(groups, "people killed in Cuba")) == {"a:c2"}


def test_a_figure_far_below_its_articles_total_is_a_part_not_a_rival() -> None:
    groups = align_claims(
        (
            claim("a:c1", 581, on="2021-04-06", sent=1),
            claim("a:c2", 1, on="2021-04-06", sent=2),
            claim("b:c1", 598, on="2021-04-08"),
        )
    )
    killed = group_with(groups, "people killed")
    assert "a:c2" in {c.id for c in killed.parts}
    assert "a:c2" not in {c.id for c in killed.claims if c.part_of is None}


def test_a_revision_stated_in_one_sentence_stays_a_figure() -> None:
    groups = align_claims(
        (
            claim("a:c1", 44, on="2022-01-26", sent=1),
            claim("a:c2", 227, on="2022-01-26", sent=1),
        )
    )
    assert not group_with(groups, "people killed").parts


def test_an_uncorroborated_total_makes_no_parts() -> None:
    groups = align_claims(
        (
            claim("a:c1", 226000, on="2018-10-07", sent=1),
            claim("a:c2", 1763, on="2018-10-07", sent=2),
            claim("b:c1", 1234, on="2018-10-02"),
            claim("c:c1", 1424, on="2018-10-04"),
        )
    )
    assert not group_with(groups, "people killed").parts


def test_another_bodys_far_lower_figure_is_its_count_not_a_part() -> None:
    groups = align_claims(
        (
            claim("a:c1", 100, by="military government", on="2021-04-06", sent=1),
            claim(
                "a:c2",
                700,
                by="Assistance Association for Political Prisoners",
                on="2021-04-06",
                sent=2,
            ),
            claim("b:c1", 710, by="AAPP", on="2021-04-08"),
        )
    )
    assert not group_with(groups, "people killed").parts


def test_a_rival_crowd_size_is_never_a_part() -> None:
    groups = align_claims(
        (
            claim("a:c1", 100000, cat="participants", on="2024-05-01", sent=1),
            claim("a:c2", 15000, cat="participants", on="2024-05-01", sent=2),
            claim("b:c1", 90000, cat="participants", on="2024-05-01"),
        )
    )
    assert not any(g.parts for g in groups)


def test_a_count_since_a_weekday_is_a_window_unless_the_corpus_starts_then() -> None:
    def since(c: Claim, day: str) -> Claim:
        return replace(c, window=True, since=day)

    later = align_claims(
        (
            claim("a:c1", 151, on="2024-12-24"),
            since(claim("a:c2", 21, on="2024-12-24"), "2024-12-23"),
            since(claim("b:c1", 121, on="2024-12-26"), "2024-12-23"),
            claim("c:c1", 30, on="2024-11-06"),
        )
    )
    assert members(group_with(later, "people killed")) == {"a:c1", "c:c1"}
    assert members(group_with(later, "people killed in the period since 2024-12-23")) == {
        "a:c2",
        "b:c1",
    }
    # "since Thursday" where Thursday is the first day the corpus knows: the whole count
    from_the_start = align_claims(
        (
            since(claim("a:c1", 47000, on="2022-02-27"), "2022-02-24"),
            claim("b:c1", 79000, on="2022-03-02"),
        )
    )
    assert members(group_with(from_the_start, "people killed")) == {"a:c1", "b:c1"}


def test_the_people_an_event_is_about_join_the_general_count() -> None:
    # at a mine strike one outlet counts "34 workers", another "34 people": one toll
    groups = align_claims(
        (
            claim("strike-a:c1", 34, "workers"),
            claim("strike-b:c1", 34, "people"),
            claim("strike-c:c1", 36, "striking miners"),
        )
    )
    assert [g.label for g in groups] == ["people killed"]


def test_the_inmates_of_a_prison_riot_join_the_general_count() -> None:
    # "19 inmates killed" early, "more than 90 people" later: the prison's people
    groups = align_claims(
        (
            claim("jail-a:c1", 19, "inmates", on="2032-05-04"),
            claim("jail-b:c1", 90, q="more_than", on="2032-05-05"),
            claim("jail-c:c1", 97, "prisoners", q="at_least", on="2032-05-05"),
        )
    )
    assert [g.label for g in groups] == ["people killed"]


def test_a_groups_count_of_another_day_does_not_set_it_apart() -> None:
    # one article's "at least 26 inmates" by Tuesday and "more than 90 people" on
    # Wednesday: the count moving on, not two counts
    groups = align_claims(
        (
            claim("jail-a:c1", 26, "inmates", q="at_least", on="2032-05-04", sent=1),
            claim("jail-a:c2", 90, q="more_than", on="2032-05-05", sent=2),
            claim("jail-b:c1", 97, on="2032-05-05"),
        )
    )
    assert [g.label for g in groups] == ["people killed"]


def test_inmates_are_one_side_where_guards_are_counted_among_the_dead() -> None:
    # review: "14 people dead ..., among them three guards" and "Eleven inmates were
    # killed": the inmates are some of the dead, not an earlier count of them all
    groups = align_claims(
        (
            claim("riot-a:c1", 14, sent=1),
            claim("riot-a:c2", 3, "guards", part_of="riot-a:c1", sent=1),
            claim("riot-b:c1", 11, "inmates"),
        )
    )
    assert members(group_with(groups, "detainees killed")) == {"riot-b:c1"}


def test_a_groups_later_count_below_the_publics_sets_it_apart() -> None:
    # review: Saturday's "killing 40 people", then Monday's "25 workers had died": some
    # of them, not the count moving down
    groups = align_claims(
        (
            claim("fire-a:c1", 40, on="2032-05-08", sent=1),
            claim("fire-a:c2", 25, "workers", on="2032-05-10", sent=2),
            claim("fire-b:c1", 40, on="2032-05-09"),
        )
    )
    assert sorted(g.label for g in groups) == ["people killed", "workers killed"]


def test_a_groups_count_of_one_kind_is_no_rival_of_its_plain_count() -> None:
    # "some 1,200 tourists stranded" beside "300 tourists" (a count of one kind beside a
    # plain one, as "142 passengers ... booked on the flight"): two facts, no conflict
    groups = align_claims(
        (
            replace(claim("jet-a:c1", 1200, "tourists", cat="other"), counted="stranded"),
            claim("jet-b:c1", 300, "tourists", cat="other"),
        )
    )
    assert sorted(g.label for g in groups) == [
        "tourists (other count)",
        "tourists stranded (other count)",
    ]


def test_a_group_one_document_counts_beside_the_public_stays_a_group() -> None:
    # "34 workers were shot ... 10 people died the week before" in one article: apart
    groups = align_claims(
        (
            claim("strike-a:c1", 34, "workers"),
            claim("strike-a:c2", 10, "people"),
            claim("strike-b:c1", 44, "people"),
        )
    )
    assert sorted(g.label for g in groups) == ["people killed", "workers killed"]


@pytest.mark.parametrize(
    ("group", "public"),
    [
        # "at least 12 demonstrators killed" beside "at least 12 killed": one figure
        (
            claim("rally-a:c1", 12, "protesters", q="at_least"),
            claim("rally-a:c2", 12, q="at_least"),
        ),
        # "the slaughter of dozens of demonstrators" beside 171 dead: loose words
        (claim("rally-a:c1", 24, "protesters", q="vague", high=99), claim("rally-a:c2", 171)),
    ],
)
def test_a_document_telling_one_toll_twice_does_not_set_the_group_apart(
    group: Claim, public: Claim
) -> None:
    groups = align_claims((group, public, claim("rally-b:c1", 64, "people")))
    assert [g.label for g in groups] == ["people killed"]


def test_protesters_beside_a_counted_state_side_stay_a_side() -> None:
    groups = align_claims(
        (
            claim("riot-a:c1", 12, "protesters"),
            claim("riot-b:c1", 5, "police officers"),
            claim("riot-c:c1", 20, "people"),
        )
    )
    assert sorted(g.label for g in groups) == [
        "people killed",
        "protesters killed",
        "security forces killed",
    ]


def test_rows_of_two_groups_keep_their_own_nouns() -> None:
    # "The ferry carried 230 passengers and 12 crew members" beside "242 people on board":
    # the passengers are a row of the breakdown, not the event's people as a whole
    groups = align_claims(
        (
            claim("ferry-a:c1", 230, "passengers", cat="missing", sent=1),
            claim("ferry-a:c2", 12, "crew members", cat="missing", sent=1),
            claim("ferry-b:c1", 242, "people", cat="missing"),
            claim("ferry-c:c1", 240, "passengers", cat="missing"),
        )
    )
    assert members(group_with(groups, "people missing")) == {"ferry-b:c1", "ferry-c:c1"}
    assert members(group_with(groups, "passengers missing")) == {"ferry-a:c1"}


def test_deaths_a_disaster_caused_indirectly_are_no_figure_of_the_toll() -> None:
    """Japan's officials count the dead of a quake's aftermath (evacuation, illness) apart
    from those it killed: 11 such deaths beside a toll of 48 are no earlier toll."""
    groups = align_claims(
        (
            claim("quake-a:c1", 48),
            replace(claim("quake-a:c2", 11), counted="disaster-related"),
            claim("quake-b:c1", 49, on="2016-06-14"),
            replace(claim("quake-b:c2", 19, on="2016-06-14"), counted="disaster-related"),
        )
    )
    assert {g.label: members(g) for g in groups} == {
        "people killed": {"quake-a:c1", "quake-b:c1"},
        "disaster-related deaths": {"quake-a:c2", "quake-b:c2"},
    }


def confirmed(c: Claim) -> Claim:
    """The claim as a count of deaths tests confirmed (Claim.counted)."""
    return replace(c, counted="confirmed")


def suspected(c: Claim) -> Claim:
    """The claim as a count of deaths suspected (Claim.counted)."""
    return replace(c, counted="suspected")


def test_an_outbreaks_confirmed_deaths_are_a_count_apart_from_its_suspected_toll() -> None:
    """An outbreak's reports keep two tallies: 14 confirmed and 39 more suspected in one
    article, the confirmed toll cut to 6 while 148 are probable in another. The confirmed
    deaths are a fact of their own; the suspected and the unmarked toll are one."""
    groups = align_claims(
        (
            confirmed(claim("flu-a:c1", 14, on="2033-03-11")),
            suspected(claim("flu-a:c2", 39, on="2033-03-11")),
            confirmed(claim("flu-b:c1", 6, on="2033-03-15")),
            suspected(claim("flu-b:c2", 148, on="2033-03-15")),
            claim("flu-c:c1", 137, on="2033-03-14"),
        )
    )
    assert {g.label: members(g) for g in groups} == {
        "people killed": {"flu-a:c2", "flu-b:c2", "flu-c:c1"},
        "confirmed deaths": {"flu-a:c1", "flu-b:c1"},
    }


def test_confirmed_deaths_are_the_toll_where_no_article_keeps_two_tallies() -> None:
    """ "The district magistrate officially confirmed 34 deaths" beside "the suspected
    hooch deaths have risen to 34" in one article: one count, said two ways; and another
    article's "police confirmed 46 deaths" is that count's later figure."""
    groups = align_claims(
        (
            confirmed(claim("hooch-a:c1", 34, on="2031-05-13")),
            suspected(claim("hooch-a:c2", 34, on="2031-05-13")),
            confirmed(claim("hooch-b:c1", 46, on="2031-05-14")),
            claim("hooch-c:c1", 40, on="2031-05-14"),
        )
    )
    assert {g.label: members(g) for g in groups} == {
        "people killed": {"hooch-a:c1", "hooch-a:c2", "hooch-b:c1", "hooch-c:c1"},
    }


def test_a_care_counts_places_are_rows_of_it() -> None:
    # "Forty of the injured remain in hospital in Dorra and 25 in Mesk" beside "65 were
    # still in hospital": Dorra's 40 is a row of those in care, no earlier figure of them
    groups = align_claims(
        (
            in_care(claim("flood-a:c1", 40, cat="injured", scope="Dorra", sent=1)),
            in_care(claim("flood-a:c2", 25, cat="injured", scope="Mesk", sent=1)),
            in_care(claim("flood-b:c1", 65, cat="injured")),
        )
    )
    assert members(group_with(groups, "patients still in hospital in Dorra")) == {"flood-a:c1"}


def test_a_headlines_loose_words_in_a_place_set_no_row() -> None:
    # "Dozens killed in Kestria" over the article's own 73: loose words that may be the
    # same toll, so Kestria is where the event happened, not a row of it
    groups = align_claims(
        (
            claim("crush-a:c1", 24, q="vague", high=99, scope="Kestria"),
            claim("crush-a:c2", 73),
            claim("crush-b:c1", 73),
        )
    )
    assert [g.label for g in groups] == ["people killed"]


def test_a_place_given_the_articles_whole_toll_is_where_the_event_happened() -> None:
    # "Death toll rises to 76 at Calteca volcano" and, from an earlier report, "at least
    # 58 killed in Calteca", beside "lifted the toll to at least 76": Calteca's figure
    # reaches the article's whole, so Calteca is no row of it
    groups = align_claims(
        (
            claim("eruption-a:c1", 76, scope="Calteca", sent=1),
            claim("eruption-a:c2", 58, q="at_least", scope="Calteca", sent=2),
            claim("eruption-a:c3", 76, q="at_least", sent=3),
            claim("eruption-b:c1", 70),
        )
    )
    assert [g.label for g in groups] == ["people killed"]


def test_an_earlier_count_in_a_place_a_little_below_a_later_whole_is_no_row() -> None:
    # "eighteen deaths in Ossemba" by 10 February, and later in the same article the toll
    # at 22 on 2 March: the running count of where the outbreak is, not a row of it
    groups = align_claims(
        (
            claim("virus-a:c1", 18, scope="Ossemba", on="2032-02-10", sent=1),
            claim("virus-a:c2", 22, on="2032-03-02", sent=2),
            claim("virus-b:c1", 20, on="2032-02-20"),
        )
    )
    assert [g.label for g in groups] == ["people killed"]


def test_an_earlier_count_in_a_place_far_below_a_later_whole_stays_a_row() -> None:
    # "around 300 died at the teaching hospital" by Tuesday, the city's toll at 1,200 on
    # Thursday: far below it, a row (one hospital), not the running count
    groups = align_claims(
        (
            claim("heat-a:c1", 300, scope="the teaching hospital", on="2031-06-03", sent=1),
            claim("heat-a:c2", 1200, on="2031-06-05", sent=2),
            claim("heat-b:c1", 1100, on="2031-06-04"),
        )
    )
    assert sorted(g.label for g in groups) == [
        "people killed",
        "people killed in the teaching hospital",
    ]


def test_an_earlier_lower_bound_in_a_place_far_below_a_later_whole_stays_a_row() -> None:
    # review: "at least 3 people had died in Tamsa" by Friday beside Monday's 60: a bound
    # whose top is open is still far below the whole
    groups = align_claims(
        (
            claim("storm-a:c1", 3, q="at_least", scope="Tamsa", on="2032-05-07", sent=1),
            claim("storm-a:c2", 60, on="2032-05-10", sent=2),
            claim("storm-b:c1", 60, on="2032-05-10"),
        )
    )
    assert sorted(g.label for g in groups) == ["people killed", "people killed in Tamsa"]


def test_an_earlier_count_in_one_of_several_places_that_day_stays_a_row() -> None:
    # review: "By Saturday, 9 had died in Larvik ... 4 in Osby", Monday's toll 15: Larvik
    # was one place of two that day, a row, however near the later whole
    groups = align_claims(
        (
            claim("storm-a:c1", 15, on="2032-05-10", sent=1),
            claim("storm-a:c2", 9, scope="Larvik", on="2032-05-08", sent=2),
            claim("storm-a:c3", 4, scope="Osby", on="2032-05-08", sent=3),
            claim("storm-b:c1", 15, on="2032-05-10"),
        )
    )
    assert sorted(g.label for g in groups) == [
        "people killed",
        "people killed in Larvik",
        "people killed in Osby",
    ]


def test_a_place_below_the_articles_largest_placed_figure_stays_a_row() -> None:
    # "135 killed in Obarra" (the country), "97 dead" unplaced and "at least 41 in
    # Tessa-Koro": Tessa-Koro's figure is a row though the country's is no part
    groups = align_claims(
        (
            claim("raids-a:c1", 135, scope="Obarra", sent=1),
            claim("raids-a:c2", 97, q="at_least", sent=2),
            claim("raids-a:c3", 41, q="at_least", scope="Tessa-Koro", sent=3),
            claim("raids-b:c1", 41),
        )
    )
    assert members(group_with(groups, "people killed in Tessa-Koro")) == {"raids-a:c3"}


def test_a_bound_that_allows_a_groups_figure_is_still_another_count() -> None:
    # "killing up to 80 people ... the Red Cross saying five of its workers died": five is
    # within "up to 80", but the article gives two counts, so the workers stay a group
    groups = align_claims(
        (
            replace(claim("strike-a:c1", 80, q="at_most", high=80), low=None),
            claim("strike-a:c2", 5, "workers", by="Red Cross"),
            claim("strike-b:c1", 190),
        )
    )
    assert members(group_with(groups, "workers killed")) == {"strike-a:c2"}


def test_two_lower_bounds_of_a_group_and_the_public_are_two_counts() -> None:
    # "At least 30 protesters were killed on Thursday ... At least 80 people have been
    # killed since the protests began": protesters stay a group of their own
    groups = align_claims(
        (
            claim("unrest-a:c1", 30, "protesters", q="at_least", sent=1),
            claim("unrest-a:c2", 80, q="at_least", sent=2),
            claim("unrest-b:c1", 31, "protesters"),
        )
    )
    assert members(group_with(groups, "protesters killed")) == {"unrest-a:c1", "unrest-b:c1"}


def test_loose_words_in_a_place_further_down_are_a_row() -> None:
    # "Floods have killed 45 people across three provinces ... Dozens died in Dorra
    # province alone": not the headline's loose words, a row
    groups = align_claims(
        (
            claim("flood-a:c1", 45, on="2024-05-03", sent=1),
            claim("flood-a:c2", 24, q="vague", high=99, scope="Dorra", on="2024-05-03", sent=2),
            claim("flood-b:c1", 31, scope="Dorra", on="2024-05-01"),
        )
    )
    assert members(group_with(groups, "people killed in Dorra")) == {"flood-a:c2", "flood-b:c1"}


def test_a_places_later_figure_over_a_stale_whole_is_still_a_row() -> None:
    # "The toll rose to 80 on Tuesday ... At least 50 died in Verdia ... By Thursday, 85
    # had died in Verdia province",
    # beside another article's "34 killed in Osk province": Verdia is one province
    groups = align_claims(
        (
            claim("quake-a:c1", 80, on="2024-05-07", sent=1),
            claim("quake-a:c3", 50, q="at_least", scope="Verdia", on="2024-05-07", sent=3),
            claim("quake-a:c2", 85, scope="Verdia", on="2024-05-09", sent=2),
            claim("quake-b:c1", 34, scope="Osk", on="2024-05-09"),
            claim("quake-b:c2", 120, on="2024-05-09"),
        )
    )
    assert members(group_with(groups, "people killed in Verdia")) == {"quake-a:c2", "quake-a:c3"}


@pytest.mark.parametrize(
    ("season", "dam_a", "dam_b", "since"),
    [
        # a dam burst's coverage (56 dead) beside "the downpours had killed 158 people
        # since March": the rainy season's toll, a fact of its own, no rival of the dam's
        (("dam-a:c2", 158, "2032-05-05"), (53, "2032-05-06"), (56, "2032-05-10"), "2032-03-01"),
        # "Monsoon rains have killed 95 people across the province since June" beside a
        # dam burst's 56 dead: the season's toll, not the dam's
        (("dam-b:c2", 95, "2024-07-20"), (56, "2024-07-18"), (53, "2024-07-20"), "2024-06-01"),
    ],
)
def test_a_seasons_toll_since_a_month_beside_a_dam_bursts_stays_apart(
    season: tuple[str, int, str], dam_a: tuple[int, str], dam_b: tuple[int, str], since: str
) -> None:
    ref, value, on = season
    counted = replace(claim(ref, value, on=on), window=True, since=since)
    groups = align_claims(
        (
            claim("dam-a:c1", dam_a[0], on=dam_a[1]),
            counted,
            claim("dam-b:c1", dam_b[0], on=dam_b[1]),
        )
    )
    assert members(group_with(groups, "people killed")) == {"dam-a:c1", "dam-b:c1"}


def test_an_outbreaks_count_since_its_first_month_is_its_running_total() -> None:
    # "cholera has killed 400 people since March" in June's coverage, beside 396 and 410
    since_march = replace(
        claim("cholera-a:c1", 400, on="2032-06-10"), window=True, since="2032-03-01"
    )
    groups = align_claims(
        (
            since_march,
            claim("cholera-b:c1", 396, on="2032-06-08"),
            claim("cholera-c:c1", 410, on="2032-06-12"),
        )
    )
    assert [g.label for g in groups] == ["people killed"]


def test_an_outbreaks_toll_since_march_a_third_higher_a_week_on_is_its_revision() -> None:
    # "The cholera outbreak has killed 120" (2 May), "Cholera has killed 160 since March"
    # (10 May): the outbreak's running total, not a longer period beside it
    since_march = replace(
        claim("cholera-b:c1", 160, on="2024-05-10"), window=True, since="2024-03-01"
    )
    groups = align_claims((claim("cholera-a:c1", 120, on="2024-05-02"), since_march))
    assert [g.label for g in groups] == ["people killed"]


def test_some_of_those_in_care_keep_their_own_noun() -> None:
    # "Nineteen people are in intensive care" beside "Five children are in intensive care
    # at the children's hospital": the children are some of them, not a newer count
    groups = align_claims(
        (
            in_icu(claim("fire-a:c1", 19, cat="injured", on="2024-05-09")),
            in_icu(claim("fire-b:c1", 5, "children", cat="injured", on="2024-05-10")),
        )
    )
    assert {g.label: members(g) for g in groups} == {
        "patients in intensive care": {"fire-a:c1"},
        "children in intensive care": {"fire-b:c1"},
    }


def test_the_events_own_people_in_care_keep_one_fact() -> None:
    # "Twelve people remain in hospital" and "Nine miners remain in hospital" after a mine
    # blast: the miners are all of them, one count that fell
    groups = align_claims(
        (
            in_care(claim("mine-a:c1", 12, cat="injured", on="2024-05-08")),
            in_care(claim("mine-b:c1", 9, "miners", cat="injured", on="2024-05-10")),
        )
    )
    assert [g.label for g in groups] == ["patients still in hospital"]


def test_a_role_in_care_keeps_its_own_noun() -> None:
    # "Some 40 people remain in hospital" beside "Six firefighters remain in hospital":
    # the firefighters are some of them, not the count fallen to six
    groups = align_claims(
        (
            in_care(claim("blaze-a:c1", 40, cat="injured", on="2024-05-07")),
            in_care(claim("blaze-b:c1", 6, "firefighters", cat="injured", on="2024-05-08")),
        )
    )
    assert {g.label for g in groups} == {
        "patients still in hospital",
        "firefighters still in hospital",
    }


def test_the_events_victims_in_care_are_one_count_by_any_name() -> None:
    # "Eleven tourists remain in hospital" after a bus crash, then "Four of the injured
    # remain in hospital": one count that fell
    groups = align_claims(
        (
            in_care(claim("bus-a:c1", 11, "tourists", cat="injured", on="2024-05-08")),
            in_care(claim("bus-b:c1", 4, cat="injured", on="2024-05-10")),
        )
    )
    assert [g.label for g in groups] == ["patients still in hospital"]


def test_another_seasons_figure_sets_no_bar_for_a_longer_period() -> None:
    # a dam burst's 53 and 56 dead, a Red Cross's "about 120" killed by five weeks of rain
    # (given without "since"), and "158 since March": the season's toll stays apart
    season = replace(claim("dam-b:c2", 158, on="2032-05-05"), window=True, since="2032-03-01")
    groups = align_claims(
        (
            claim("dam-a:c1", 53, on="2032-05-07"),
            season,
            claim("dam-c:c1", 120, on="2032-05-06"),
            claim("dam-d:c1", 56, on="2032-05-10"),
        )
    )
    assert "dam-b:c2" not in members(group_with(groups, "people killed"))


def test_a_part_counted_in_its_wholes_place_makes_no_row_of_it() -> None:
    # "16 killed in Veradia, ..., three of them on Monday" beside the article's "16 killed":
    # the three are counted where their whole is (extraction gives a part its whole's
    # place), which says nothing of Veradia being a row of the toll
    groups = align_claims(
        (
            claim("unrest-a:c1", 16, scope="Veradia", sent=1),
            claim("unrest-a:c2", 3, scope="Veradia", part_of="unrest-a:c1", sent=1),
            claim("unrest-a:c3", 16, sent=2),
            claim("unrest-b:c1", 16),
        )
    )
    toll = group_with(groups, "people killed")
    assert {"unrest-a:c1", "unrest-b:c1"} <= members(toll)


def test_a_crowd_counted_a_day_or_two_late_is_the_same_rally() -> None:
    # "On Sunday, the ministry said 38,000 had taken part" in Monday's paper is
    # Saturday's march, even in a paper that dates Saturday's count too
    groups = align_claims(
        (
            claim("a:c1", 40000, cat="participants", on="2032-05-08"),
            claim("b:c1", 38000, cat="participants", on="2032-05-09"),
            claim("b:c2", 40000, cat="participants", on="2032-05-08"),
            claim("c:c1", 50000, cat="participants", on="2032-05-22"),
        )
    )
    assert {frozenset(members(g)) for g in groups} == {
        frozenset({"a:c1", "b:c1", "b:c2"}),
        frozenset({"c:c1"}),
    }


def test_the_abducted_are_a_fact_apart_from_the_arrested() -> None:
    def abducted(c: Claim) -> Claim:
        return replace(c, counted="abducted")

    groups = align_claims(
        (
            abducted(claim("a:c1", 143, "girls", cat="detained", on="2031-04-15")),
            abducted(claim("b:c1", 143, "schoolgirls", cat="detained", on="2031-04-16")),
            claim("b:c2", 3, "suspects", cat="detained", on="2031-04-16"),
        )
    )
    assert not any({"a:c1", "b:c2"} <= members(g) for g in groups)
    assert not any({"b:c1", "b:c2"} <= members(g) for g in groups)


def test_the_taken_and_the_still_held_are_two_facts() -> None:
    def kind(c: Claim, counted: str) -> Claim:
        return replace(c, counted=counted)

    groups = align_claims(
        (
            kind(claim("a:c1", 150, "guests", cat="detained", on="2032-05-08"), "abducted"),
            kind(claim("b:c1", 90, "hostages", cat="detained", on="2032-05-09"), "still held"),
            kind(claim("c:c1", 90, "hostages", cat="detained", on="2032-05-10"), "still held"),
        )
    )
    assert not any({"a:c1", "b:c1"} <= members(g) for g in groups)
    assert any({"b:c1", "c:c1"} <= members(g) for g in groups)


def test_two_rows_of_one_group_listed_together_are_rows_not_rivals() -> None:
    # "The wounded included four police officers and three gendarmes": both are security
    # forces, but the sentence lists them side by side; another article's "four police
    # officers" wounded is the same row
    groups = align_claims(
        (
            claim("a:c1", 11, cat="injured", on="2032-04-29"),
            claim(
                "a:c2", 4, "police officers", cat="injured", on="2032-04-29", part_of="a:c1", sent=2
            ),
            claim("a:c3", 3, "gendarmes", cat="injured", on="2032-04-29", part_of="a:c1", sent=2),
            claim("b:c1", 4, "police officers", cat="injured", on="2032-04-24"),
        )
    )
    assert members(group_with(groups, "police officers injured")) == {"a:c2", "b:c1"}
    assert members(group_with(groups, "gendarmes injured")) == {"a:c3"}
    # (one sentence's "police officers" alone is no list: they join the security forces)
    alone = align_claims(
        (
            claim("a:c1", 11, cat="injured", on="2032-04-29"),
            claim("a:c2", 4, "police officers", cat="injured", on="2032-04-29", part_of="a:c1"),
            claim("b:c1", 5, "gendarmes", cat="injured", on="2032-04-30"),
        )
    )
    assert members(group_with(alone, "security forces injured")) == {"a:c2", "b:c1"}


def test_a_window_count_of_a_state_is_not_labelled_new() -> None:
    # "In the past 24 hours, the number still missing fell to 40": all still missing, not
    # 40 newly missing; "12 died in the past 24 hours" are new deaths
    groups = align_claims(
        (
            replace(claim("a:c1", 40, cat="missing", on="2032-05-10"), window=True),
            replace(claim("a:c2", 12, on="2032-05-10"), window=True),
        )
    )
    assert {g.label for g in groups} == {
        "people missing in the period to 2032-05-10",
        "people newly killed in the period to 2032-05-10",
    }
