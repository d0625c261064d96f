"""How far a figure reaches, as a reader reads it: the interval of counts it allows.

Two figures that can both hold are one figure to a reader, not a revision or a
conflict. compare judges by it, and align keeps apart counts whose figures cannot.
"""

from __future__ import annotations

from kzdiff.records import Claim
from kzdiff.vocab import Qualifier

_INF = float("inf")

# A strict bound meets its own figure: "over 33 million" and "as many as 33 million", or
# "more than 100" and "100", are one figure to a reader, not a revision or a conflict.
# Only "more than" is relaxed, and only its lower bound: "fewer than 100" keeps its 0 to
# 99, and "more than 100" never meets "fewer than 100".


def reach_low(c: Claim) -> float:
    """The least count a figure allows (0 for none)."""
    if c.low is None:
        return 0.0
    v = c.value
    low = float(v) if c.qualifier is Qualifier.MORE_THAN and v is not None else float(c.low)
    return low - (rounding(c) if v is not None and v >= ROUND_FROM else 0.0)


def reach_high(c: Claim) -> float:
    """The largest count a figure allows (infinity for none)."""
    if c.high is None:
        return _INF
    v = c.value
    return float(c.high) + (rounding(c) if v is not None and v >= ROUND_FROM else 0.0)


ROUND_FROM = 1_000_000
_ROUND_SHARE = 0.02


def rounding(c: Claim) -> float:
    """How far a round figure in the millions may stand from the count it rounds:
    "33 million affected" and "33.05 million" are one figure. Half
    its last written digit either side, at most 2% of it (a reader sees "1.2 million"
    and 1,190,000 as the same; 600,000 and 582,000 stay two)."""
    v = c.value
    # a bound keeps its sense: "over 33 million" is not met by 32.6 million
    if (
        c.qualifier not in (Qualifier.EXACT, Qualifier.ABOUT)
        or v is None
        or (v < ROUND_FROM or v != int(v))
    ):
        return 0.0
    step = 1
    n = int(v)
    while n % 10 == 0:
        n //= 10
        step *= 10
    return min(step / 2, _ROUND_SHARE * v) if step >= 100_000 else 0.0


def can_both_hold(a: Claim, b: Claim) -> bool:
    """Whether some count lies within both figures' reach."""
    return reach_low(a) <= reach_high(b) and reach_low(b) <= reach_high(a)
