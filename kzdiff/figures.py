"""How a figure reads in words: one place for compare's notes and the report's lines.

Two styles, kept side by side here so they cannot drift apart unnoticed:

- normalised (``figure(c)``; compare's notes, which set the figures of several sources
  side by side): the qualifier in words and the value in digits ("at least 18"; "3" for
  "three"; "793–8,498"), so one figure worded two ways reads alike; a vague figure keeps
  its word ("dozens").
- as written (``figure(c, as_written=True)``; a report's claim line, which a reader
  checks against the article): the article's own words ("Three", "over 3000"), the
  qualifier put back when the text is bare digits ("3000", more_than: "more than
  3000"); a figure assembled over a clause ("26 ... and 18") reads as its interval with
  the ends of its span. The text is taken as given: a renderer for a terminal passes
  it through ``kzdiff.report.sanitize`` first (``report.phrases.figure`` does).
"""

from __future__ import annotations

import math

from kzdiff.records import Claim, Number, as_number
from kzdiff.vocab import Qualifier

QUALIFIER_WORDS: dict[Qualifier, str] = {
    Qualifier.AT_LEAST: "at least",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_MOST: "up to",
    Qualifier.FEWER_THAN: "fewer than",
    Qualifier.ABOUT: "about",
}

_POINT_QUALIFIERS = frozenset(
    {Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT}
)


def stated_as_given(c: Claim) -> Number | None:
    """The figure a source stated, as the claim holds it (int or float): "over 1,000" is
    1,000, "up to 15" 15, "dozens" 24. What an estimate's low is taken from."""
    q = c.qualifier
    if c.value is not None and q in _POINT_QUALIFIERS:
        return c.value
    if q in (Qualifier.AT_MOST, Qualifier.FEWER_THAN) and c.high is not None:
        return c.high
    if c.low is not None:
        return c.low
    return c.value if c.value is not None else c.high


_EXACT_FLOAT = 2**53  # past it a float no longer holds every integer
_LONG_FIGURE = 32  # characters: longer "figures" are clauses, not figures as written


def fmt_number(x: Number | None, *, tenths: bool = False) -> str:
    """A number for a reader: 3,811; 2.5 (to one decimal with ``tenths``, as notes give
    it); a huge integer in all its digits; "?" for none. A float past 2**53 is not an
    integer the article wrote but the nearest a float can hold, so its digits would be
    made up (a 40-group figure printed as 1,234,567,890,119,999,942,...): it is shown as
    the approximation it is, "~1.23457e+132"."""
    if x is None:
        return "?"
    n = as_number(x)
    if isinstance(n, int):
        return f"{n:,}"
    f = float(x)
    if not math.isfinite(f) or abs(f) >= _EXACT_FLOAT:
        return f"~{f:.6g}"
    return f"{f:,.1f}" if tenths else format(f, ",.10g")


def bounds(low: Number | None, high: Number | None) -> str:
    """An inclusive interval in words a reader scans: "44", "≥ 24", "793–8,498"."""
    if low is None and high is None:
        return "unbounded"
    if low is not None and high is not None:
        return fmt_number(low) if low == high else f"{fmt_number(low)}–{fmt_number(high)}"
    if high is None:
        return f"≥ {fmt_number(low)}"
    return f"≤ {fmt_number(high)}"


def figure(c: Claim, *, as_written: bool = False) -> str:
    """A claim's figure in words, normalised ("at least 18", "dozens", "44") or as
    written (see the module's docstring)."""
    return figure_of(c.qualifier, c.text, c.value, c.low, c.high, as_written=as_written)


def figure_of(
    q: Qualifier,
    text: str,
    value: Number | None,
    low: Number | None,
    high: Number | None,
    *,
    as_written: bool = False,
) -> str:
    """``figure`` from the fields it reads, for callers that word each distinct figure
    once."""
    if as_written:
        shown = " ".join(text.split())
        words = QUALIFIER_WORDS.get(q)
        if words and shown[:1].isdigit():
            return f"{words} {shown}"
        if len(shown) > _LONG_FIGURE:
            # in a one-line summary the interval says it better, with the ends of the
            # span kept so the reader can find it in the article
            parts = shown.split()
            return f"{bounds(low, high)} (“{' '.join(parts[:2])} … {parts[-1]}”)"
        return shown
    if q is Qualifier.VAGUE:
        return text.strip("\"“”'")
    if q is Qualifier.RANGE:
        return f"{fmt_number(low, tenths=True)}–{fmt_number(high, tenths=True)}"
    point = next((v for v in (value, low, high) if v is not None), None)  # compare._point
    words = QUALIFIER_WORDS.get(q)
    shown = fmt_number(point, tenths=True)
    return f"{words} {shown}" if words else shown
