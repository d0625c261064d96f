"""One function words a figure, in two styles: normalised for compare's notes (sources
side by side read alike), as written for a report's claim line (the article's words).
Cases as data: qualifier, text, value, low, high in; both wordings out."""

from __future__ import annotations

import pytest

from kzdiff.figures import figure_of, fmt_number
from kzdiff.vocab import Qualifier as Q

CASES = [
    ("a spelt-out number", Q.EXACT, "three", 3, 3, 3, "3", "three"),
    ("a bound in the article's words", Q.MORE_THAN, "over 1,000", 1000, 1001, None,
     "more than 1,000", "over 1,000"),
    ("bare digits get their qualifier back", Q.AT_LEAST, "3000", 3000, 3000, None,
     "at least 3,000", "at least 3000"),
    ("a vague word stays a word", Q.VAGUE, "dozens", None, 24, 99, "dozens", "dozens"),
    ("a range", Q.RANGE, "793 to 8,498", None, 793, 8498, "793–8,498", "793 to 8,498"),
    ("a figure over a clause reads as its interval", Q.EXACT,
     "26 armed criminals and 18 members of the security forces", 44, 44, 44, "44",
     "44 (“26 armed … forces”)"),
]  # fmt: skip


@pytest.mark.parametrize(("q", "text", "value", "low", "high", "normalised", "written"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])  # fmt: skip
def test_one_function_two_styles(
    q: Q,
    text: str,
    value: int | None,
    low: int | None,
    high: int | None,
    normalised: str,
    written: str,
) -> None:
    assert figure_of(q, text, value, low, high) == normalised
    assert figure_of(q, text, value, low, high, as_written=True) == written


def test_numbers_notes_give_to_one_decimal() -> None:
    assert (fmt_number(2.25), fmt_number(2.25, tenths=True)) == ("2.25", "2.2")
    assert fmt_number(44.0) == fmt_number(44, tenths=True) == "44"
    assert fmt_number(None) == "?" and fmt_number(float(2**60)).startswith("~")
