"""`kzdiff quantities` on input without end: --max-size, bounded lines, flat memory
(issue 13, item 1)."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzdiff.cli import cli, commands
from kzdiff.load.lines import MAX_LINE_BYTES

LINE = "Police said 12 people were killed and 1,500 injured on May 5.\n"


def _run(
    args: list[str], stdin: bytes | None = None, source: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    """kzdiff in a child limited to 1 GB of address space: reading without a limit is
    a MemoryError there, never the machine's memory."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))

    with open(source, "rb") if source else open("/dev/null", "rb") as fh:
        return subprocess.run(
            [sys.executable, "-m", "kzdiff", "quantities", *args],
            input=stdin,
            stdin=None if stdin is not None else fh,
            capture_output=True,
            timeout=60,
            preexec_fn=limit,
        )


def _one_line_error(r: subprocess.CompletedProcess[bytes]) -> str:
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_ends_with_one_line_not_all_memory() -> None:
    err = _one_line_error(_run(["/dev/zero"]))
    assert err.startswith("kzdiff: /dev/zero: ") and "not text" in err


def test_endless_stdin_stops_at_max_size() -> None:
    err = _one_line_error(_run(["--max-size", "1MB", "--format", "jsonl"], stdin=b"y\n" * 2**20))
    assert err.startswith("kzdiff: <stdin>: ") and "1 MB limit; pass --max-size" in err


def test_a_file_over_max_size_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(LINE * 40_000)
    err = _one_line_error(_run([str(big), "--max-size", "1MB"]))
    assert f"kzdiff: {big}: is 2 MB, over the 1 MB limit; pass --max-size" in err


def test_an_over_long_line_is_refused_with_its_number_and_the_fix(tmp_path: Path) -> None:
    f = tmp_path / "one-line.txt"
    f.write_text("12 people\n" + "1 " * (MAX_LINE_BYTES // 2 + 10))
    err = _one_line_error(_run([str(f)]))
    assert f"kzdiff: {f}: line 2 is longer than 1 MB; break it into lines" in err


def test_lines_are_read_and_written_with_flat_memory(tmp_path: Path, monkeypatch) -> None:
    f = tmp_path / "long.txt"
    f.write_text(LINE * 6_000)  # 370 KB, 12,000 figures: more than the bound below
    warm = tmp_path / "warm.txt"
    warm.write_text(LINE)
    written = []
    monkeypatch.setattr(commands, "_write", lambda text: written.append(len(text)))
    CliRunner().invoke(cli, ["quantities", str(warm), "--format", "jsonl"])  # imports
    written.clear()
    tracemalloc.start()
    try:
        r = CliRunner().invoke(cli, ["quantities", str(f), "--format", "jsonl"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.exit_code == 0, r.output
    assert sum(written) > 2**20  # every line's figures were written...
    assert peak < 2**19, peak  # ...holding neither the input nor the output whole


def test_streamed_output_is_what_the_whole_text_gives(tmp_path: Path) -> None:
    # number style is the whole text's (here: decimal comma, from line 3), lines numbered
    # as the text's, CR and CRLF line ends too
    f = tmp_path / "mixed.txt"
    f.write_bytes(b"about 1,5 million\r\n\r\nit cost 1.234.567\rand 3,25 more\n\n7 dead")
    r = CliRunner().invoke(cli, ["quantities", str(f), "--format", "jsonl"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(row["line"], [q["value"] for q in row["quantities"]]) for row in rows] == [
        (1, [1_500_000]),
        (3, [1_234_567]),
        (4, [3.25]),
        (6, [7]),
    ]
