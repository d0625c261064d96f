"""The program's entry point (``kzdiff.cli.run``): ``main``, then the process ends at
once, without freeing its records one by one. Nothing it writes or says may differ."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzdiff import cli
from kzdiff.errors import ExitCode

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def _program(args: list[str], tmp: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp / "xdg")}
    return subprocess.run(
        [sys.executable, "-m", "kzdiff", *args], env=env, capture_output=True, timeout=60
    )


def _in_process(args: list[str], capsysbinary: pytest.CaptureFixture[bytes]) -> tuple[int, bytes]:
    with pytest.raises(SystemExit) as stop:
        cli.main(args)
    return int(stop.value.code or 0), capsysbinary.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["compare", str(CORPUS), "--format", "json", "--no-cache"],
        ["compare", str(CORPUS), "--format", "csv", "--no-cache", "--exit-code"],
        ["claim", "death toll", str(CORPUS), "--format", "markdown", "--no-cache"],
        ["compare", str(CORPUS), "--only", "nonsense"],
    ],
    ids=" ".join,
)
def test_the_program_writes_and_exits_as_main_does(tmp_path, capsysbinary, args) -> None:
    code, out = _in_process(args, capsysbinary)
    done = _program(args, tmp_path)
    assert (done.returncode, done.stdout) == (code, out)


def test_the_program_ends_with_the_exit_code_it_was_given(tmp_path) -> None:
    done = _program(["compare", str(CORPUS), "--no-cache", "--exit-code", "-q"], tmp_path)
    assert done.returncode == ExitCode.DIVERGES
    assert _program(["compare", "--bogus"], tmp_path).returncode == ExitCode.USAGE


def test_nothing_is_held_when_kzdiff_is_called_as_a_library(capsysbinary) -> None:
    _in_process(["compare", str(CORPUS), "--format", "json", "--no-cache"], capsysbinary)
    assert cli._held is None
