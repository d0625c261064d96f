"""Quantities in news sentences: each case lists every number a reader sees, as data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzdiff.extract.quantities import detect_decimal_comma, extract_quantities
from kzdiff.records import Quantity

CASES = json.loads((Path(__file__).parent / "data" / "quantities.json").read_text("utf-8"))["cases"]


def _as_dict(q: Quantity) -> dict:
    d = {
        "text": q.text,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier.value,
        "kind": q.kind.value,
    }
    if q.unit is not None:
        d["unit"] = q.unit
    return d


def _same(got: dict, want: dict) -> bool:
    if set(got) != set(want):
        return False
    for k, v in want.items():
        if isinstance(v, float) and isinstance(got[k], float):
            if abs(got[k] - v) > 1e-9 * max(1.0, abs(v)):
                return False
        elif got[k] != v or type(got[k]) is bool:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_quantity_as_a_reader_reads_it(case: dict) -> None:
    text = case["text"]
    found = extract_quantities(text, decimal_comma=case.get("decimal_comma"))
    got = [_as_dict(q) for q in found]
    want = case["expected"]
    assert len(got) == len(want) and all(map(_same, got, want)), (
        f"\n{text}\n got:  {got}\n want: {want}"
    )
    for q in found:
        assert text[q.start : q.end] == q.text


def test_values_are_ints_when_integral() -> None:
    (q,) = extract_quantities("Officials said 1.5 million people voted.")
    assert q.value == 1_500_000 and isinstance(q.value, int)


def test_offsets_are_absolute_and_search_stays_in_the_window() -> None:
    text = "In Almaty 12 died. Elsewhere 30 people were hurt. Later 7 more."
    start = text.index("Elsewhere")
    end = text.index("Later")
    found = extract_quantities(text, start, end)
    assert [(q.text, q.start) for q in found] == [("30", text.index("30"))]


def test_bound_outside_the_window_is_not_read() -> None:
    text = "at least 10"
    (q,) = extract_quantities(text, text.index("10"))
    assert q.text == "10" and q.qualifier.value == "exact"


@pytest.mark.parametrize(
    ("text", "comma"),
    [
        ("Police detained 1.234.567 people, about 2,5 per cent of the city.", True),
        ("Police detained 1,234,567 people, about 2.5 per cent of the city.", False),
        ("No figures were given.", False),
    ],
)
def test_document_number_style(text: str, comma: bool) -> None:
    assert detect_decimal_comma(text) is comma


def test_detected_style_reads_points_as_thousands() -> None:
    text = "Die Behörden meldeten 3.811 Festnahmen und 1.234.567 Wähler, 2,5 Prozent."
    values = [q.value for q in extract_quantities(text)]
    assert values[:3] == [3811, 1234567, 2.5]
