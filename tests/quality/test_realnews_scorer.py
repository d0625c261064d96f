"""The real-news scorer reads a match and each field as realnews/README.md says."""

from __future__ import annotations

from dataclasses import replace

from kzdiff.records import Claim
from kzdiff.vocab import Category, Qualifier, Status
from tests.quality.realnews.score import field_results, match_claims


def _claim(cid: str, start: int, text: str, value: float | None, **kw: object) -> Claim:
    base = Claim(
        id=cid,
        doc="d",
        text=text,
        start=start,
        end=start + len(text),
        value=value,
        low=value,
        high=value,
        qualifier=Qualifier.EXACT,
        category=Category.KILLED,
        subject="people",
        part_of=None,
        attribution=None,
        as_of=None,
        status=Status.ASSERTED,
        sentence="",
        sentence_start=0,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def _gold(gid: str, start: int, text: str, value: float | None, **kw: object) -> dict:
    g = {
        "id": gid,
        "text": text,
        "start": start,
        "end": start + len(text),
        "value": value,
        "low": value,
        "high": value,
        "qualifier": "exact",
        "category": "killed",
        "subject": "people",
        "group": None,
        "part_of": None,
        "attribution": None,
        "attribution_words": [],
        "as_of": None,
        "status": "asserted",
        "background": False,
    }
    g.update(kw)
    return g


def test_a_match_needs_overlapping_spans_and_agreeing_figures() -> None:
    gold = [_gold("c1", 10, "at least 41", 41), _gold("c2", 40, "300", 300)]
    predicted = [_claim("d:c1", 19, "41", 41), _claim("d:c2", 40, "30", 30)]
    assert {g: c.id for g, c in match_claims(gold, predicted).items()} == {"c1": "d:c1"}


def test_a_vague_figure_matches_on_overlapping_bounds() -> None:
    gold = [_gold("c1", 0, "dozens", None, low=24, high=99, qualifier="vague")]
    assert match_claims(gold, [_claim("d:c1", 0, "dozens", None, low=30, high=99)])
    assert not match_claims(gold, [_claim("d:c1", 0, "dozens", None, low=100, high=200)])


def test_each_predicted_claim_matches_one_gold_claim() -> None:
    gold = [_gold("c1", 0, "12", 12), _gold("c2", 0, "12", 12)]
    assert len(match_claims(gold, [_claim("d:c1", 0, "12", 12)])) == 1


def test_attribution_by_any_of_the_articles_words_and_spelling() -> None:
    g = _gold("c1", 0, "5", 5, attribution="World Health Organization", attribution_words=["WHO"])
    for got, right in (
        ("WHO", True),
        ("World Health Organisation", True),
        ("UNICEF", False),
        (None, False),
    ):
        result = field_results(g, _claim("d:c1", 0, "5", 5, attribution=got), {})
        assert result["attribution"][0] is right, got


def test_no_source_in_gold_accepts_no_one_and_reportedly() -> None:
    g = _gold("c1", 0, "5", 5)
    assert field_results(g, _claim("d:c1", 0, "5", 5), {})["attribution"][0]
    assert field_results(g, _claim("d:c1", 0, "5", 5, attribution="media reports"), {})[
        "attribution"
    ][0]
    assert not field_results(g, _claim("d:c1", 0, "5", 5, attribution="police"), {})["attribution"][
        0
    ]


def test_casualty_nouns_are_people_and_a_group_may_be_the_scope() -> None:
    deaths = _gold("c1", 0, "5", 5, subject="new deaths")
    assert field_results(deaths, _claim("d:c1", 0, "5", 5), {})["subject"][0]
    row = _gold("c1", 0, "5", 5, subject="people", group="Punjab")
    assert field_results(row, _claim("d:c1", 0, "5", 5, scope="Punjab"), {})["subject"][0]


def test_as_of_and_part_of_are_scored_only_where_stated() -> None:
    plain = field_results(_gold("c1", 0, "5", 5), _claim("d:c1", 0, "5", 5), {})
    assert "as_of" not in plain and "part_of" not in plain
    whole = _claim("d:c1", 0, "50", 50)
    part = _gold("c2", 10, "5", 5, part_of="c1")
    got = field_results(part, _claim("d:c2", 10, "5", 5, part_of="d:c1"), {"c1": whole})
    assert got["part_of"][0]
    wrong = field_results(_gold("c2", 10, "5", 5), _claim("d:c2", 10, "5", 5, part_of="d:c1"), {})
    assert not wrong["part_of"][0]
