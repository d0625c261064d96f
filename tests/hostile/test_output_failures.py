"""Output that cannot be written (issue 13, item 10): a full disk, a closed stdout, a
closed stderr. One line and ExitCode.OUTPUT, never a traceback, and never exit 1,
which --exit-code gives to "sources diverge"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzdiff.errors import ExitCode

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Police said 9 people were detained on Tuesday.\n"


def _run(args: list[str], tmp: Path, **streams: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp / "xdg")}
    kw: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    kw.update(streams)
    return subprocess.run(
        [sys.executable, "-m", "kzdiff", *args], env=env, text=True, timeout=60, check=False, **kw
    )  # type: ignore[call-overload]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    return path


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [["extract", "--json"], ["extract"], ["sources", "--format", "csv"], ["--help"]],
    ids=" ".join,
)
def test_a_full_disk_is_one_line_and_its_own_exit_code(tmp_path, article, args) -> None:
    with open("/dev/full", "w") as full:
        res = _run([*args, str(article)], tmp_path, stdout=full)
    assert res.returncode == ExitCode.OUTPUT != ExitCode.DIVERGES
    assert res.stderr == (
        "kzdiff: cannot write the output (no space left on device); "
        "free some space or write elsewhere\n"
    )


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_a_closed_stdout_is_one_line(tmp_path, article, fmt) -> None:
    # close_fds with stdout=None would inherit ours: close descriptor 1 in the child
    res = _run(
        ["extract", "--format", fmt, str(article)],
        tmp_path,
        stdout=None,
        preexec_fn=lambda: os.close(1),
    )
    assert res.returncode == ExitCode.OUTPUT
    assert res.stderr.strip().splitlines() == [
        "kzdiff: cannot write the output: standard output is closed; "
        "send it to a file or to /dev/null"
    ]


def test_a_closed_stderr_does_not_fail_a_good_run(tmp_path, article) -> None:
    res = _run(
        ["extract", "--json", "-v", str(article)],
        tmp_path,
        stderr=None,
        preexec_fn=lambda: os.close(2),
    )
    assert res.returncode == 0
    assert '"detained"' in res.stdout


def test_readme_documents_the_output_exit_code() -> None:
    readme = (ROOT / "README.md").read_text()
    assert f"| {int(ExitCode.OUTPUT)} |" in readme
