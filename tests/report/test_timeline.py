"""Where figures stand on a fact's timeline chart (kzdiff.report.timeline)."""

from __future__ import annotations

import dataclasses

from kzdiff.report.timeline import build_chart

from .test_table_limits import CLAIMS

A, B = CLAIMS[0], CLAIMS[30]  # 100 as of 2024-04-01, 130 as of 2024-05-03


def _chart(*claims, **kw):  # type: ignore[no-untyped-def]
    return build_chart(
        claims,
        hrefs={c.id: f"#{c.id}" for c in claims},
        titles={c.id: c.text for c in claims},
        **kw,
    )


def test_a_later_higher_figure_stands_right_of_and_above_an_earlier_one():
    chart = _chart(A, B, latest=B.id)
    a, b = chart.marks
    assert b.x > a.x and b.y_value is not None and a.y_value is not None
    assert b.y_value < a.y_value  # svg y grows downwards
    assert b.latest and not a.latest
    assert chart.lane is None and chart.x_ticks[0][1] == "2024-04-01"


def test_undated_figures_stand_in_their_own_lane():
    undated = dataclasses.replace(B, id="u:c1", as_of=None)
    chart = _chart(A, undated)
    assert chart.lane is not None
    assert chart.marks[0].x < chart.lane < chart.marks[1].x
    assert "undated" in [label for _, label in chart.x_ticks]


def test_bounds_are_open_intervals_vague_figures_ranges_and_status_a_class():
    at_least = dataclasses.replace(A, id="x:c1", qualifier="at_least", high=None)
    up_to = dataclasses.replace(A, id="x:c2", qualifier="at_most", low=None, value=None)
    vague = dataclasses.replace(A, id="x:c3", qualifier="vague", value=None, low=24, high=99)
    projected = dataclasses.replace(B, id="x:c4", status="projected")
    retracted = dataclasses.replace(B, id="x:c5", status="retracted")
    chart = _chart(at_least, up_to, vague, projected, retracted)
    shapes = [(m.shape, m.status) for m in chart.marks]
    assert shapes == [
        ("up", "asserted"),
        ("down", "asserted"),
        ("vague", "asserted"),
        ("point", "projected"),
        ("point", "retracted"),
    ]
    up = chart.marks[0]
    assert up.y_high == chart.plot_top  # open above: drawn to the top of the plot
    assert chart.marks[2].y_high < chart.marks[2].y_low


def test_figures_far_apart_use_a_log_scale_and_outliers_stay_off_it():
    big = dataclasses.replace(B, id="x:c9", value=90_000, low=90_000, high=90_000)
    assert _chart(A, big).log
    chart = _chart(A, big, outliers=[big.id])
    assert not chart.log and chart.marks[1].y_low == chart.plot_top


def test_hidden_figures_become_one_band_with_their_summary():
    chart = _chart(A, B, hidden=CLAIMS[1:30], hidden_title="… 29 more")
    assert chart.band is not None and chart.band.title == "… 29 more"
    assert chart.marks[0].x < chart.band.x1 and chart.band.x0 < chart.marks[1].x
