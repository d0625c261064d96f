"""The cross-source reading of the sample corpus (seed-facts.md: Facts, Names,
Quotes, Dates of events), asserted from `kzdiff compare corpus/ --format json`
and `kzdiff claim "death toll" --format json` as a script would read them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kzdiff.cli import cli
from tests.acceptance.conftest import CORPUS, SEED_DOCS

D = SEED_DOCS


def _run(*args: str) -> dict:
    from kzdiff.cli import _register

    _register()
    result = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def compare_json() -> dict:
    return _run("compare", str(CORPUS))


def _fact(out: dict, category: str, label_words: str) -> dict:
    found = [f for f in out["facts"] if f["category"] == category and label_words == f["label"]]
    found = found or [
        f for f in out["facts"] if f["category"] == category and label_words in f["label"]
    ]
    assert len(found) == 1, [(f["label"], f["category"]) for f in out["facts"]]
    return found[0]


def _figures(fact: dict) -> set[tuple[str, str]]:
    return {(c["doc"], c["text"]) for c in fact["claims"]}


def _docs(fact: dict) -> set[str]:
    return {c["doc"] for c in fact["claims"]}


def test_people_killed_revised_from_44_to_227(compare_json: dict) -> None:
    f = _fact(compare_json, "killed", "people killed")
    assert f["verdict"] == "revised"
    assert _docs(f) == set(D.values())  # all five sources speak to the toll
    assert (D["000"], "44") in _figures(f)
    assert (D["001"], "227") in _figures(f)
    assert (D["003"], "several dozen") in _figures(f)
    assert (D["004"], "dozens") in _figures(f)
    latest = next(c for c in f["claims"] if c["id"] == f["latest"])
    assert (latest["value"], latest["as_of"], latest["doc"]) == (227, "2022-01-26", D["001"])
    assert f["estimate"] == {"low": 44, "best": 227, "high": 227, "rule": f["estimate"]["rule"]}
    # 004's 26 "armed criminals" + 18 police make 44 there too, as a derived total
    assert any(c["doc"] == D["004"] and c["value"] == 44 for c in f["claims"])
    # vague figures are consistent with the first week's count
    assert "consistent with the earlier 44" in f["note"]


def test_the_18_security_officers_are_a_part_not_a_rival_of_the_44(compare_json: dict) -> None:
    killed = _fact(compare_json, "killed", "people killed")
    assert (D["000"], "18") not in _figures(killed)
    security = _fact(compare_json, "killed", "security forces killed")
    eighteen = next(c for c in security["claims"] if c["doc"] == D["000"])
    forty_four = next(c for c in killed["claims"] if c["doc"] == D["000"])
    assert eighteen["part_of"] == forty_four["id"]


def test_security_forces_agree_at_18_then_revised_to_19(compare_json: dict) -> None:
    f = _fact(compare_json, "killed", "security forces killed")
    assert f["verdict"] == "revised"
    assert {(c["doc"], c["low"]) for c in f["claims"]} == {
        (D["000"], 18),
        (D["002"], 18),
        (D["004"], 18),
        (D["001"], 19),
    }
    latest = next(c for c in f["claims"] if c["id"] == f["latest"])
    assert latest["value"] == 19


def test_killed_by_security_forces_is_a_single_lower_bound(compare_json: dict) -> None:
    f = _fact(compare_json, "killed", "by security forces")
    assert f["verdict"] == "single"
    (c,) = f["claims"]
    assert (c["doc"], c["low"], c["qualifier"]) == (D["001"], 10, "at_least")
    assert c["attribution"] == "Human Rights Watch"


def test_armed_criminals_and_assailants_are_consistent(compare_json: dict) -> None:
    f = _fact(compare_json, "killed", "assailants")
    assert f["verdict"] == "consistent"
    assert _figures(f) == {(D["004"], "26"), (D["002"], "dozens")}


def test_people_detained_are_consistent(compare_json: dict) -> None:
    f = _fact(compare_json, "detained", "people detained")
    assert f["verdict"] == "consistent"
    assert _figures(f) == {
        (D["002"], "3,811"),
        (D["004"], "more than 3,000"),
        (D["003"], "over 3000"),
    }


def test_people_injured_consistent_but_far_apart(compare_json: dict) -> None:
    f = _fact(compare_json, "injured", "people injured")
    assert f["verdict"] == "consistent"
    assert _figures(f) == {(D["002"], "over 1,000"), (D["003"], "at least 300")}
    assert "far apart" in f["note"]


def test_foreign_troops_single_source(compare_json: dict) -> None:
    f = _fact(compare_json, "troops", "troops")
    assert f["verdict"] == "single"
    assert _figures(f) == {(D["002"], "at least 3,000")}


def test_twenty_thousand_extremists_single_and_disputed(compare_json: dict) -> None:
    (f,) = [f for f in compare_json["facts"] if any(c["text"] == "20,000" for c in f["claims"])]
    assert f["verdict"] == "single"
    assert f["claims"][0]["status"] == "disputed"
    assert f["estimate"]["best"] is None  # a disputed figure is never the current one


def test_participants_agree_on_thousands(compare_json: dict) -> None:
    f = _fact(compare_json, "participants", "participants")
    assert f["verdict"] == "agree"
    assert _figures(f) == {(D["002"], "thousands"), (D["003"], "thousands")}


def test_idlib_is_nowhere_near_kazakhstans_facts(compare_json: dict) -> None:
    for f in compare_json["facts"]:
        assert not any("half a million" in c["text"] for c in f["claims"]), f["label"]


def _variants(group: dict) -> dict[str, set[str]]:
    return {v["text"]: set(v["docs"]) for v in group["variants"]}


def test_tokayev_spelled_four_ways_is_one_person(compare_json: dict) -> None:
    (g,) = [g for g in compare_json["names"] if "Tokayev" in g["canonical"]]
    v = _variants(g)
    assert g["label"] == "PERSON"
    assert D["000"] in v["Kassym-Jomart Tokayev"] and D["004"] in v["Kassym-Jomart Tokayev"]
    assert D["003"] in v["Tokayev"]
    assert D["001"] in v["Qasym-Zhomart Toqaev"]
    assert D["002"] in v["Kasym-Jomart Tokaev"]


def test_interior_ministry_named_three_ways_is_one_body(compare_json: dict) -> None:
    groups = [
        g
        for g in compare_json["names"]
        if any("Internal Affairs" in v["text"] for v in g["variants"])
    ]
    assert len(groups) == 1
    v = _variants(groups[0])
    assert D["000"] in v["Kazakh Interior Ministry"]
    assert D["002"] in v["Internal Affairs Ministry"]
    assert D["004"] in v["interior ministry"]


@pytest.mark.parametrize(
    "full,short",
    [("Collective Security Treaty Organization", "CSTO"), ("Human Rights Watch", "HRW")],
)
def test_acronym_and_expansion_are_one_name(compare_json: dict, full: str, short: str) -> None:
    groups = [g for g in compare_json["names"] if full in _variants(g)]
    assert len(groups) == 1 and short in _variants(groups[0])


def test_shoot_without_warning_order_is_one_quote_with_the_difference(compare_json: dict) -> None:
    groups = [
        g
        for g in compare_json["quotes"]
        if any("without warning" in v["text"] for v in g["variants"])
    ]
    assert len(groups) == 1
    v = _variants(groups[0])
    assert D["000"] in v["shoot without warning"]
    assert D["001"] in v["to shoot to kill without warning"]
    assert D["002"] in v["given the order to shoot to kill without warning"]
    assert D["004"] in v["shoot to kill without warning"]
    assert "[to kill]" in groups[0]["difference"]


def _event(out: dict, words: str) -> dict:
    found = [e for e in out["events"] if words in e["label"]]
    assert len(found) == 1, [e["label"] for e in out["events"]]
    return found[0]


def test_state_of_emergency_agrees_on_january_5(compare_json: dict) -> None:
    e = _event(compare_json, "state of emergency")
    assert e["verdict"] == "agree"
    assert {(m["doc"], m["date"]) for m in e["mentions"]} == {
        (D["002"], "2022-01-05"),
        (D["003"], "2022-01-05"),
    }


def test_televised_address_agrees_friday_is_january_7(compare_json: dict) -> None:
    e = _event(compare_json, "televised")
    assert e["verdict"] == "agree"
    docs = {m["doc"]: m for m in e["mentions"]}
    assert docs[D["002"]]["date"] == "2022-01-07"
    assert "Friday" in docs[D["004"]]["text"]


def test_protests_began_in_zhanaozen_single_source(compare_json: dict) -> None:
    e = _event(compare_json, "protests began")
    assert e["verdict"] == "single"
    assert [(m["doc"], m["date"]) for m in e["mentions"]] == [(D["002"], "2022-01-02")]


def test_almaty_clashes_diverge_only_in_a_photo_caption(compare_json: dict) -> None:
    e = _event(compare_json, "clashes")
    assert e["verdict"] == "conflict"
    dates = {(m["doc"], m["date"], m["caption"]) for m in e["mentions"]}
    assert (D["003"], "2022-01-05", False) in dates
    assert (D["002"], "2022-01-05", False) in dates
    assert (D["001"], "2022-01-10", True) in dates


def test_claim_death_toll_shows_the_revision_with_attribution() -> None:
    out = _run("claim", "death toll", str(CORPUS))
    assert out["command"] == "claim" and out["query"] == "death toll"
    first = out["facts"][0]
    assert first["label"] == "people killed" and first["verdict"] == "revised"
    by_doc = {(c["doc"], c["text"]): c for c in first["claims"]}
    assert by_doc[(D["000"], "44")]["as_of"] == "2022-01-07"
    assert by_doc[(D["000"], "44")]["attribution"] == "Kazakh Interior Ministry"
    assert by_doc[(D["001"], "227")]["as_of"] == "2022-01-26"
    assert by_doc[(D["001"], "227")]["attribution"] == "Kazakh authorities"
    dated = [c["as_of"] for c in first["claims"] if c["as_of"]]
    assert dated == sorted(dated)  # a timeline


def test_claim_by_a_name_finds_every_spelling_and_the_figures_he_gave() -> None:
    out = _run("claim", "Tokayev", str(CORPUS))
    (group,) = out["names"]
    assert {"Qasym-Zhomart Toqaev", "Kasym-Jomart Tokaev"} <= set(_variants(group))
    assert any(c["text"] == "20,000" for f in out["facts"] for c in f["claims"])


def test_claim_by_a_quote_fragment_finds_the_quote_group() -> None:
    out = _run("claim", "shoot to kill", str(CORPUS))
    (group,) = out["quotes"]
    assert "[to kill]" in group["difference"]
