"""Where each source's figure for a fact goes on the HTML report's timeline chart.

Pure geometry: claims in, marks with pixel coordinates out; the template
(``templates/report.html.j2``) writes them as SVG. The chart is drawn by hand
rather than with a plotting library. Measured on this project's machine:
matplotlib's SVG backend costs 1.4 s to import, 75-110 ms and 10-12 KB for a
chart of a dozen points, and gives no per-mark link without patching artists;
pygal imports fast but writes 17-19 KB a chart (its own style sheet in each)
and has no glyph for an open bound or a vague range. The glyphs this chart
needs (a point, an interval, an open bound with an arrow, a vague range as a
band, a status as a line style, an undated lane) are a few lines each here,
a chart is 1-3 KB, costs well under a millisecond, and needs no dependency.

The x axis is the as-of date (days); figures without one stand in a lane of
their own at the right. The y axis is the figure, from zero, or on a log scale
when the figures span more than ``LOG_RATIO`` times. Claims hidden by the
report's row limit are drawn as one shaded band over their dates and figures.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kzdiff.records import Claim, Number
from kzdiff.report.phrases import fmt_number
from kzdiff.vocab import Qualifier, Status

WIDTH = 640
HEIGHT = 150
_LEFT, _RIGHT, _TOP, _BOTTOM = 58, 10, 12, 22
_LANE = 84  # width of the undated lane
_PAD = 16  # keeps the first and last date off the plot's edges
_STEP = 9  # horizontal spread of figures that share a date
LOG_RATIO = 50


@dataclass(frozen=True, slots=True)
class Mark:
    """One figure: a glyph at x between y_low and y_high (equal for a point).

    shape: point | interval | range | vague | up (open above) | down (open below)
    """

    x: float
    y_low: float
    y_high: float
    y_value: float | None  # where the stated figure sits, if it has one
    shape: str
    status: str  # asserted | projected | retracted | disputed | negated | background
    latest: bool
    href: str | None
    title: str


@dataclass(frozen=True, slots=True)
class Band:
    x0: float
    x1: float
    y0: float
    y1: float
    title: str


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    plot_top: float
    plot_bottom: float
    plot_left: float
    plot_right: float
    marks: tuple[Mark, ...]
    x_ticks: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, str], ...]
    lane: float | None  # x where the undated lane starts, or None
    band: Band | None
    log: bool
    label: str  # what the chart shows, in words, for screen readers


def _finite(x: Number | None) -> float | None:
    if x is None:
        return None
    f = float(x)
    return f if math.isfinite(f) and f >= 0 else None


def _span(c: Claim) -> tuple[float | None, float | None]:
    """(low, high) of the claim, with the stated value filling an open end it reaches."""
    low, high = _finite(c.low), _finite(c.high)
    value = _finite(c.value)
    if low is None and high is None and value is not None:
        low = high = value
    return low, high


def _shape(c: Claim, low: float | None, high: float | None) -> str:
    if low is not None and high is None:
        return "up"
    if high is not None and low is None:
        return "down"
    if c.qualifier == Qualifier.VAGUE:
        return "vague"
    if low == high:
        return "point"
    return "range" if c.qualifier == Qualifier.RANGE else "interval"


def _status(c: Claim) -> str:
    if c.status != Status.ASSERTED:
        return str(c.status)
    return "background" if c.background else "asserted"


def _day(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal() if len(iso) >= 10 else None
    except ValueError:
        return None


def _nice(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten at or above x."""
    if x <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(x))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= x:
            return m * power
    return 10 * power


class _Scale:
    def __init__(self, values: Sequence[float], top: float, bottom: float) -> None:
        positive = [v for v in values if v > 0]
        self.top, self.bottom = top, bottom
        hi = max(values, default=1.0) or 1.0
        lo = min(positive, default=1.0)
        self.log = bool(positive) and hi / lo > LOG_RATIO
        if self.log:
            self.lo = 10 ** math.floor(math.log10(lo))
            self.hi = 10 ** math.ceil(math.log10(hi))
            if self.hi <= self.lo:
                self.hi = self.lo * 10
        else:
            self.lo, self.hi = 0.0, _nice(hi * 1.08)

    def y(self, v: float) -> float:
        if self.log:
            v = max(v, self.lo)
            frac = (math.log10(v) - math.log10(self.lo)) / (
                math.log10(self.hi) - math.log10(self.lo)
            )
        else:
            frac = (v - self.lo) / (self.hi - self.lo)
        frac = min(max(frac, 0.0), 1.0)
        return round(self.bottom - frac * (self.bottom - self.top), 1)

    def ticks(self) -> tuple[tuple[float, str], ...]:
        if self.log:
            out = []
            v = self.lo
            while v <= self.hi * 1.0001:
                out.append((self.y(v), fmt_number(int(v))))
                v *= 10
            return tuple(out)
        return tuple((self.y(v), fmt_number(_int(v))) for v in (0.0, self.hi / 2, self.hi))


def _int(v: float) -> Number:
    return int(v) if float(v).is_integer() else v


def build_chart(
    claims: Sequence[Claim],
    *,
    hrefs: Mapping[str, str],
    titles: Mapping[str, str],
    latest: str | None = None,
    hidden: Sequence[Claim] = (),
    hidden_title: str = "",
    outliers: Sequence[str] = (),
) -> Chart:
    """The chart of ``claims`` (shown figures), with ``hidden`` ones as one band.

    ``hrefs`` and ``titles`` map a claim id to its link and its tooltip; ``outliers``
    are kept out of the scale (a figure out of all proportion would flatten the rest)
    and drawn at the edge of the plot.
    """
    top, bottom = float(_TOP), float(HEIGHT - _BOTTOM)
    left, right = float(_LEFT), float(WIDTH - _RIGHT)
    outlier_ids = set(outliers)
    spans = {c.id: _span(c) for c in (*claims, *hidden)}
    values = [
        v
        for c in (*claims, *hidden)
        if c.id not in outlier_ids
        for v in (*spans[c.id], _finite(c.value))
        if v is not None
    ]
    scale = _Scale(values, top, bottom)

    days = [d for c in (*claims, *hidden) if (d := _day(c.as_of)) is not None]
    undated = [c for c in claims if _day(c.as_of) is None]
    any_undated = bool(undated) or any(_day(c.as_of) is None for c in hidden)
    lane = None
    dated_right = right
    if any_undated:
        lane = right - _LANE if days else left
        dated_right = lane

    first, last = (min(days), max(days)) if days else (0, 0)

    def x_of(day: int) -> float:
        if last == first:
            return round((left + dated_right) / 2, 1)
        frac = (day - first) / (last - first)
        return round(left + _PAD + frac * (dated_right - left - 2 * _PAD), 1)

    # figures that share a date spread out around it, in the order given
    by_day: dict[int, list[Claim]] = {}
    for c in claims:
        d = _day(c.as_of)
        if d is not None:
            by_day.setdefault(d, []).append(c)
    xs: dict[str, float] = {}
    for d, group in by_day.items():
        step = min(_STEP, 60 / max(len(group), 1))
        for i, c in enumerate(group):
            xs[c.id] = round(x_of(d) + (i - (len(group) - 1) / 2) * step, 1)
    if undated and lane is not None:
        width = right - lane
        step = min(width / (len(undated) + 1), 18.0)
        start = lane + (width - step * (len(undated) - 1)) / 2
        for i, c in enumerate(undated):
            xs[c.id] = round(start + i * step, 1)

    marks = []
    for c in claims:
        low, high = spans[c.id]
        shape = _shape(c, low, high)
        if c.id in outlier_ids:  # off the scale: an arrow at the top edge
            y_low = y_high = top
            shape, y_value = "up", None
        else:
            y_low = scale.y(low) if low is not None else bottom
            y_high = scale.y(high) if high is not None else top
            value = _finite(c.value)
            y_value = scale.y(value) if value is not None and shape != "vague" else None
            if shape == "point":
                y_value = y_low
        marks.append(
            Mark(
                x=xs[c.id],
                y_low=y_low,
                y_high=y_high,
                y_value=y_value,
                shape=shape,
                status=_status(c),
                latest=c.id == latest,
                href=hrefs.get(c.id),
                title=titles.get(c.id, ""),
            )
        )

    band = None
    if hidden:
        hidden_days = [d for c in hidden if (d := _day(c.as_of)) is not None]
        if hidden_days:
            x0, x1 = x_of(min(hidden_days)) - 4, x_of(max(hidden_days)) + 4
        else:
            x0, x1 = (lane or left) + 2, right - 2
        vals = [v for c in hidden if c.id not in outlier_ids for v in spans[c.id] if v is not None]
        y0 = scale.y(max(vals)) if vals else top
        y1 = scale.y(min(vals)) if vals else bottom
        band = Band(x0=x0, x1=x1, y0=min(y0, y1 - 2), y1=y1, title=hidden_title)

    x_ticks: list[tuple[float, str]] = []
    if days:
        picks = [first, last] if last != first else [first]
        if last - first > 8:
            picks.insert(1, first + (last - first) // 2)
        x_ticks = [(x_of(d), date.fromordinal(d).isoformat()) for d in picks]
    if lane is not None:
        x_ticks.append((round((lane + right) / 2, 1), "undated"))

    return Chart(
        width=WIDTH,
        height=HEIGHT,
        plot_top=top,
        plot_bottom=bottom,
        plot_left=left,
        plot_right=right,
        marks=tuple(marks),
        x_ticks=tuple(x_ticks),
        y_ticks=scale.ticks(),
        lane=lane,
        band=band,
        log=scale.log,
        label=f"{len(marks)} figures by as-of date"
        + (f", {len(hidden)} more as a shaded band" if hidden else "")
        + (" (log scale)" if scale.log else ""),
    )
