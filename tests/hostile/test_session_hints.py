"""What a session shows around the run itself (issue 13, item 17): a library's own log
lines stay off stderr, standard input read from a terminal says it is waiting, and -j
is capped at the cores there are."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from kzdiff import parallel, pipeline
from kzdiff.cli import main

ARTICLE = "Police said 9 people were detained on Tuesday.\n"
HINT = "kzdiff: reading standard input from the terminal: type or paste the text, then Ctrl-D"


def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(args)
    out, err = capsys.readouterr()
    return int(stop.value.code or 0), out, err


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "args",
    [["quantities"], ["quantities", "-"], ["sources", "-"], ["extract", "-", "--no-cache"]],
    ids=" ".join,
)
def test_stdin_on_a_terminal_says_it_is_waiting(monkeypatch, capsys, args) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal(io.BytesIO(ARTICLE.encode())))
    code, out, err = _main(args, capsys)
    assert code == 0 and ("9" in out or "8 words" in out)
    assert err.startswith(HINT)
    assert len(err.splitlines()) == 1


def test_stdin_from_a_pipe_or_with_q_says_nothing(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert _main(["quantities"], capsys)[2] == ""
    monkeypatch.setattr(sys, "stdin", _Terminal(io.BytesIO(ARTICLE.encode())))
    assert _main(["quantities", "-q"], capsys)[2] == ""


def test_jobs_are_capped_at_the_cores_available(monkeypatch, capsys, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    asked: list[int] = []
    real = pipeline.extract_all

    def spy(corpus, *, jobs=1, **kw):  # type: ignore[no-untyped-def]
        asked.append(jobs)
        return real(corpus, jobs=jobs, **kw)

    monkeypatch.setattr(parallel, "available_cpus", lambda: 2)
    monkeypatch.setattr(pipeline, "extract_all", spy)
    for jobs in ("64", "2", "1"):
        assert _main(["extract", str(tmp_path), "--no-cache", "--json", "-j", jobs], capsys)[0] == 0
    assert asked == [2, 2, 1]


def test_a_page_trafilatura_discards_gives_kzdiffs_line_only(tmp_path) -> None:
    import os
    import subprocess

    pytest.importorskip("trafilatura")
    (tmp_path / "empty.html").write_text("<html><body><div></div></body></html>")
    (tmp_path / "a.txt").write_text(ARTICLE)
    root = Path(__file__).resolve().parents[2]
    res = subprocess.run(
        [sys.executable, "-m", "kzdiff", "sources", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert res.returncode == 0
    assert res.stderr == (
        f"kzdiff: skipped: {tmp_path / 'empty.html'}: no article text found "
        "in the page; save the article's text as .txt instead\n"
    )
