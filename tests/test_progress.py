"""The progress bar: drawn on a terminal's stderr for long runs, reading and extracting."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kzdiff.cli import commands
from kzdiff.cli.options import OutputSettings
from kzdiff.load import load_paths


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _bar(monkeypatch: pytest.MonkeyPatch, quiet: bool = False) -> tuple[object, _Terminal]:
    term = _Terminal()
    monkeypatch.setattr(commands.sys, "stderr", term)
    monkeypatch.setattr(commands, "PROGRESS_AFTER", 0.0)  # as if the run were a long one
    out = OutputSettings("table", False, -1 if quiet else 0, False, 80)
    return commands._ProgressBar(out, "reading"), term


def _write_corpus(folder: Path, n: int) -> None:
    for i in range(n):
        (folder / f"a{i}.txt").write_text(f"Police said {i + 2} people were hurt.", "utf-8")


def test_reading_a_corpus_reports_each_file(tmp_path: Path) -> None:
    _write_corpus(tmp_path, 5)
    seen: list[tuple[int, int]] = []
    load_paths([str(tmp_path)], progress=lambda d, t: seen.append((d, t)))
    assert seen == [(i, 5) for i in range(6)]


def test_the_bar_is_drawn_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_corpus(tmp_path, 3)
    bar, term = _bar(monkeypatch)
    load_paths([str(tmp_path)], progress=bar)  # type: ignore[arg-type]
    bar.close()  # type: ignore[attr-defined]
    assert "reading" in term.getvalue()


def test_no_bar_with_quiet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_corpus(tmp_path, 3)
    bar, term = _bar(monkeypatch, quiet=True)
    load_paths([str(tmp_path)], progress=bar)  # type: ignore[arg-type]
    bar.close()  # type: ignore[attr-defined]
    assert term.getvalue() == ""
