"""Name matching across spellings (a matrix of same and different pairs) and the name
groups of the sample corpus (seed-facts.md, "Names spelled differently")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzdiff.align.names import group_names
from kzdiff.pipeline import extract_all, load
from kzdiff.records import Entity, Extraction, NameGroup
from kzdiff.referents import name_similarity, same_referent
from kzdiff.vocab import EntityLabel

DATA = json.loads(
    (Path(__file__).resolve().parents[1] / "extract" / "data" / "names.json").read_text("utf-8")
)
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _label(name: str | None) -> EntityLabel | None:
    return EntityLabel(name) if name else None


@pytest.mark.parametrize(("a", "b", "label"), DATA["same"], ids=lambda v: str(v))
def test_same_referent(a: str, b: str, label: str | None) -> None:
    assert same_referent(a, b, _label(label))
    assert same_referent(b, a, _label(label)), "matching must be symmetric"


@pytest.mark.parametrize(("a", "b", "label"), DATA["different"], ids=lambda v: str(v))
def test_different_referents(a: str, b: str, label: str | None) -> None:
    assert not same_referent(a, b, _label(label))
    assert not same_referent(b, a, _label(label))


def test_similarity_scores_rank_variants_above_other_names() -> None:
    assert name_similarity("Tokayev", "Tokaev") > name_similarity("Tokayev", "Nazarbayev")
    assert name_similarity("Almaty", "Alma-Ata") == 1.0  # a known alias
    assert 0.0 <= name_similarity("Human Rights Watch", "Amnesty International") < 0.8


def _ex(doc: str, *names: tuple[str, str, str]) -> Extraction:
    ents = tuple(Entity(t, 0, len(t), EntityLabel(lab), canon) for t, lab, canon in names)
    return Extraction(doc, entities=ents)


def test_group_names_keeps_only_referents_written_differently() -> None:
    exs = [
        _ex("a", ("Volodymyr Zelensky", "PERSON", "Volodymyr Zelensky"),
            ("Zelensky", "PERSON", "Volodymyr Zelensky"), ("Kyiv", "GPE", "Kyiv"),
            ("Emmanuel Macron", "PERSON", "Emmanuel Macron")),
        _ex("b", ("Volodymyr Zelenskyy", "PERSON", "Volodymyr Zelenskyy"),
            ("Kiev", "GPE", "Kiev"), ("Emmanuel Macron", "PERSON", "Emmanuel Macron")),
        _ex("c", ("Zelenskiy", "PERSON", "Zelenskiy"), ("Macron", "PERSON", "Macron")),
    ]  # fmt: skip
    groups = {v.text: g for g in group_names(exs) for v in g.variants}
    assert len(set(map(id, groups.values()))) == 2  # Macron is only shortened: no group
    assert "Macron" not in groups
    assert groups["Zelenskiy"].canonical in ("Volodymyr Zelensky", "Volodymyr Zelenskyy")
    zel = {v.text: v.docs for v in groups["Zelenskiy"].variants}
    assert zel == {
        "Volodymyr Zelensky": ("a",), "Zelensky": ("a",), "Volodymyr Zelenskyy": ("b",),
        "Zelenskiy": ("c",),
    }  # fmt: skip
    assert groups["Kyiv"] is groups["Kiev"]
    assert groups["Kyiv"].label is EntityLabel.GPE


def test_group_names_pairs_acronyms_with_expansions_but_not_rivals() -> None:
    exs = [
        _ex("a", ("Human Rights Watch", "ORG", "Human Rights Watch"),
            ("Amnesty International", "ORG", "Amnesty International")),
        _ex("b", ("HRW", "ORG", "HRW"), ("Defense Ministry", "ORG", "Defense Ministry")),
        _ex("c", ("Interior Ministry", "ORG", "Interior Ministry")),
    ]  # fmt: skip
    groups = group_names(exs)
    assert [(g.canonical, sorted(v.text for v in g.variants)) for g in groups] == [
        ("Human Rights Watch", ["HRW", "Human Rights Watch"])
    ]


# ---------------------------------------------------------------- the sample corpus


@pytest.fixture(scope="module")
def seed_names() -> tuple[NameGroup, ...]:
    return group_names(extract_all(load([str(CORPUS)])))


def _group_with(groups: tuple[NameGroup, ...], text: str) -> NameGroup:
    found = [g for g in groups if any(v.text == text for v in g.variants)]
    assert len(found) == 1, f"{text!r} in {len(found)} groups"
    return found[0]


def test_seed_president_spellings_are_one_person(seed_names: tuple[NameGroup, ...]) -> None:
    group = _group_with(seed_names, "Toqaev")
    assert group.label is EntityLabel.PERSON
    assert group.canonical == "Kassym-Jomart Tokayev"
    docs = {v.text: set(v.docs) for v in group.variants}
    assert docs["Kassym-Jomart Tokayev"] == {
        "2022-01-07-democracynow",
        "undated-humanlives-humanrights",
    }
    assert "undated-press-freedom-partners" in docs["Tokayev"]
    assert docs["Qasym-Zhomart Toqaev"] == {"2022-01-26-rferl"}
    assert docs["Kasym-Jomart Tokaev"] == {"2022-01-07-hrw"}
    assert not any("Nazarbayev" in t or "Putin" in t for t in docs)


def test_seed_interior_ministry_is_one_body(seed_names: tuple[NameGroup, ...]) -> None:
    group = _group_with(seed_names, "Internal Affairs Ministry")
    docs = {v.text: set(v.docs) for v in group.variants}
    assert docs["Kazakh Interior Ministry"] == {"2022-01-07-democracynow"}
    assert docs["Internal Affairs Ministry"] == {"2022-01-07-hrw"}
    assert docs["interior ministry"] == {"undated-humanlives-humanrights"}
    assert "Russian Defense Ministry" not in docs


@pytest.mark.parametrize(
    ("acronym", "expansion"),
    [("CSTO", "Collective Security Treaty Organization"), ("HRW", "Human Rights Watch")],
)
def test_seed_acronyms_with_expansions(
    seed_names: tuple[NameGroup, ...], acronym: str, expansion: str
) -> None:
    group = _group_with(seed_names, acronym)
    assert group.canonical == expansion
    assert {v.text for v in group.variants} == {acronym, expansion}
    docs = {d for v in group.variants for d in v.docs}
    assert {"2022-01-07-hrw", "2022-01-26-rferl"} <= docs
