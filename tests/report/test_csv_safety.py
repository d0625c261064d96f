"""CSV cells from untrusted names and text (issue 13, item 7): a carriage return or line
feed in a file name never splits a row, no cell a spreadsheet reads starts a formula, and
ESC, BEL and bidirectional overrides never reach a cell raw."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzdiff.cli import _register, cli
from kzdiff.report.csv_out import render_csv

_register()
FORMULA = ("=", "+", "-", "@", "\t", "\r", "\uff1d")
HOSTILE = [
    "y\r=1+1\r.txt",
    "y\n=1+1\n.txt",
    "y\r\n@SUM(A1)\r\n.txt",
    '=HYPERLINK("http://x")',
    "\t=1+1",
    "\uff1d1+1",
    "b\x1b[31m\x07.txt",
    "\u202e72\u202c",
    "\u2066=1\u2069",
]


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_cell_stays_one_inert_cell(value) -> None:
    rows = _cells(render_csv([{"path": value, "n": 3}], ("path", "n")))
    assert len(rows) == 2 and len(rows[1]) == 2 and rows[1][1] == "3"
    cell = rows[1][0]
    assert not cell.startswith(FORMULA)
    for raw in ("\r", "\x1b", "\x07", "\u202e", "\u202c", "\u2066", "\u2069"):
        assert raw not in cell


def test_plain_text_and_numbers_are_untouched() -> None:
    rows = _cells(render_csv([{"a": "Police said 9.\nThen 4.", "n": -5}], ("a", "n")))
    assert rows[1] == ["Police said 9.\nThen 4.", "-5"]


@pytest.mark.parametrize(
    "command",
    [
        ["sources"],
        ["extract", "--no-cache"],
        ["compare", "--no-cache"],
        ["claim", "detained", "--no-cache"],
    ],
    ids=" ".join,
)
def test_a_file_name_with_carriage_returns_is_one_row(tmp_path: Path, command) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "y\r=1+1\r.txt").write_text("Police said 9 people were detained.\n")
    (folder / "b\x1b]0;x\x07.txt").write_text("Police said \u202e72\u202c people were detained.\n")
    res = CliRunner().invoke(
        cli, [*command, str(folder), "--format", "csv"], catch_exceptions=False
    )
    assert res.exit_code == 0, res.stderr
    rows = _cells(res.stdout)
    assert len(rows) == 3  # the header and one row per document or claim
    for cell in (c for row in rows[1:] for c in row):
        assert not cell.startswith(FORMULA)
        assert not any(ch in cell for ch in "\r\x1b\x07\u202e\u202c")
