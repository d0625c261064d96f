"""Which figures a conflict or a revision cites, not only that there is one.

A toll reported by several outlets over several days: the earlier figure meets the
lowest later figure from another source (a conflict, for a count that only grows) and
the highest later figure overall (a revision). When two later sources give the same
low figure, the one read first (by document, then position) is cited.
"""

from __future__ import annotations

import pytest

from kzdiff.compare import _timeline, compare_claims
from kzdiff.vocab import Category, Verdict
from tests.compare.test_verdicts import claim

# (ref, figure, source, date)
Row = tuple[str, str, str | None, str]

CASES: list[tuple[str, list[Row], list[tuple[str, str]], list[tuple[str, str]]]] = [
    (
        "a ministry raises its own toll while two monitors report fewer later",
        [
            ("quake-a:c1", "40", "interior ministry", "2023-02-06"),
            ("quake-b:c1", "30", "red crescent", "2023-02-07"),
            ("quake-c:c1", "30", "hospital staff", "2023-02-07"),
            ("quake-d:c1", "45", "interior ministry", "2023-02-07"),
        ],
        # conflicts: 30 and 45 on one day; the 40 against the first of the later 30s
        [("quake-b:c1", "quake-d:c1"), ("quake-a:c1", "quake-b:c1")],
        # revisions: the 40 raised to the ministry's later 45
        [("quake-a:c1", "quake-d:c1")],
    ),
    (
        "the tie goes to the source read first, whatever order the claims come in",
        [
            ("flood-z:c1", "30", "rescue service", "2024-09-15"),
            ("flood-a:c1", "50", "regional governor", "2024-09-14"),
            ("flood-m:c1", "30", "local media", "2024-09-15"),
        ],
        [("flood-a:c1", "flood-m:c1")],
        [],
    ),
    (
        "a source that corrects itself downward revises, another source's lower count conflicts",
        [
            ("storm-a:c1", "12", "police", "2022-11-01"),
            ("storm-b:c1", "9", "police", "2022-11-02"),
            ("storm-c:c1", "7", "volunteers", "2022-11-03"),
        ],
        # 12 vs volunteers' 7 (the lowest later figure not from the police); 9 vs 7 too
        [("storm-b:c1", "storm-c:c1"), ("storm-a:c1", "storm-c:c1")],
        # the police's own later 9 replaces their 12
        [("storm-a:c1", "storm-b:c1")],
    ),
]


@pytest.mark.parametrize(
    ("rows", "conflicts", "revisions"),
    [pytest.param(rows, c, r, id=name) for name, rows, c, r in CASES],
)
def test_timeline_cites_the_deciding_figures(
    rows: list[Row], conflicts: list[tuple[str, str]], revisions: list[tuple[str, str]]
) -> None:
    claims = [claim(ref, fig, by=by, on=on) for ref, fig, by, on in rows]
    for order in (claims, list(reversed(claims))):
        got_c, got_r, _ = _timeline(Category.KILLED, order)
        assert [(a.id, b.id) for a, b in got_c] == conflicts
        assert [(a.id, b.id) for a, b in got_r] == revisions


def test_conflict_note_names_the_first_of_equal_lower_figures() -> None:
    _, rows, _, _ = CASES[1]
    (fact,) = compare_claims([claim(ref, fig, by=by, on=on) for ref, fig, by, on in rows])
    assert fact.verdict is Verdict.CONFLICT
    assert fact.note is not None
    assert "30 (local media, flood-m, 2024-09-15)" in fact.note
    assert "rescue service" not in fact.note.split(";")[0]
