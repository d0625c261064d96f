"""Properties of the quantity extractor on any text: no crash, honest offsets, linear time."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzdiff.extract.quantities import extract_quantities
from tests.factories import collector_off

# Text built from the pieces the extractor looks at, so hypothesis reaches its branches.
_PIECES = st.sampled_from([
    "1", "3,811", "3 811", "3.811", "1,5", "2019", "2012-13", "$", "US$", "€", "%", "-", "–",
    " ", "\u2009", "\u00a0", ",", ".", "/", ":", "(", ")", "+", "x", "m", "bn", "k", "th",
    "at least ", "more than ", "more ", "over ", "up to ", "nearly ", "about ", "between ",
    " and ", " to ", " or more", " or ", "one", "One of the ", "no one", "a ", "half a ",
    "dozen", "dozens", "several ", "tens of thousands", "hundred", "thousand", "million",
    "twenty-", "five", "January ", "Khabar ", "C-", "15-year-old", "p.m.", "people", "days",
    "percent", "per cent", "minus ", "sub-", "third", "155th out of 180", "scores of ",
])  # fmt: skip
_TEXT = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=40).map("".join))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=_TEXT, a=st.integers(-5, 250), b=st.one_of(st.none(), st.integers(-5, 250)))
def test_never_raises_and_offsets_slice_inside_the_window(text: str, a: int, b: int | None) -> None:
    found = extract_quantities(text, a, b)
    lo = max(0, a)
    hi = len(text) if b is None else min(b, len(text))
    starts = [q.start for q in found]
    assert starts == sorted(starts)
    for q in found:
        assert text[q.start : q.end] == q.text
        assert lo <= q.start < q.end <= hi
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, comma=st.booleans())
def test_either_number_style_reads_any_text(text: str, comma: bool) -> None:
    for q in extract_quantities(text, decimal_comma=comma):
        assert text[q.start : q.end] == q.text


# Hostile inputs. Long runs the regexes repeat over, which yield few quantities, are
# compared at 100 KB and 1 MB; runs dense with numbers (every few characters a
# quantity, each read with look-around) at 5 KB and 50 KB to keep the suite fast.
_LONG_RUNS = ["1", ",", " ", "111 ", "A", "AB ", "more than ", "- ", ". ", "one"]
_DENSE = [
    "1,",
    "1,111",
    "1 ",
    "1,234",
    "ABC 1 ",
    "one two three four ",
    "$1.2bn-",
    "1.1.",
    "+1 1 1 1 ",
    "between 1 and ",
    "dozens of hundreds of ",
    "A1 ",
    "1-",
    "January 1, ",
    "more than 2 ",
    "one or two or ",
    "1 to 2 to ",
    "twenty-one and ",
]


def _seconds(text: str, runs: int) -> list[float]:
    times = []
    with collector_off():
        for _ in range(runs):
            t0 = time.process_time()
            extract_quantities(text, decimal_comma=False)
            times.append(time.process_time() - t0)
    return sorted(times)


def _ratio(unit: str, small: int) -> tuple[float, float]:
    a = (unit * (small // len(unit) + 1))[:small]
    b = (unit * (10 * small // len(unit) + 1))[: 10 * small]
    # The median of the small runs (a lucky fast one would inflate the ratio); one big
    # run, and a second only where the first looks too slow (a one-off first-use cost,
    # which a quadratic pass repeats)
    t_small = max(_seconds(a, 3)[1], 2e-3)
    t_big = _seconds(b, 1)[0]
    if t_big / t_small >= 30:
        t_big = min(t_big, _seconds(b, 1)[0])
    return t_small, t_big


@pytest.mark.slow
@pytest.mark.parametrize(
    ("unit", "small"), [(u, 100_000) for u in _LONG_RUNS] + [(u, 3_000) for u in _DENSE]
)
def test_time_grows_linearly_on_hostile_text(unit: str, small: int) -> None:
    # Ten times the text: a linear pass takes ~10x as long, a quadratic one ~100x. The
    # dense units at 3,000 characters cost 7 s of CPU in all (12 s at 5,000), each small
    # run above the 2 ms floor.
    # The bound of 30x leaves room for noise on a shared machine.
    t_small, t_big = _ratio(unit, small)
    assert t_big / t_small < 30, f"{unit!r}: {t_small:.4f}s -> {t_big:.4f}s"
