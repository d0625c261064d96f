"""Worker processes end with the main process, however it ends (issue 13, item 2).

SIGTERM and SIGHUP stop the workers and exit 143 and 129 with one line; a main process
killed by SIGKILL takes its workers with it (the kernel's parent-death signal), so the
caller's pipe is closed and `kzdiff compare ... | wc -c` ends.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.corpus import write_news_corpus

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads the process table from /proc"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("orphans") / "corpus"
    write_news_corpus(folder, documents=160, paragraphs=25)  # 200,000 words: ~1 s on 2 cores
    return folder


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}


def _state(pid: int) -> str | None:
    """The process's state letter ("R", "S", "Z" for dead but not reaped), or None."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid == pid:
                out.append(int(entry))
    return out


def _running(pids: list[int]) -> list[int]:
    return [p for p in pids if _state(p) not in (None, "Z")]


def _wait_until_gone(pids: list[int], seconds: float = 5) -> list[int]:
    deadline = time.monotonic() + seconds
    while _running(pids) and time.monotonic() < deadline:
        time.sleep(0.02)
    return _running(pids)


def _start_with_workers(corpus: Path) -> tuple[subprocess.Popen[bytes], list[int]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kzdiff", "compare", str(corpus), "--json", "-j", "2", "--no-cache"],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while len(workers := _children(proc.pid)) < 2:
        assert proc.poll() is None, proc.communicate()[1].decode()
        assert time.monotonic() < deadline, "no worker processes started"
        time.sleep(0.01)
    return proc, workers


@pytest.mark.parametrize(
    ("sig", "status", "name"), [(signal.SIGTERM, 143, "SIGTERM"), (signal.SIGHUP, 129, "SIGHUP")]
)
def test_sigterm_and_sighup_stop_the_workers_with_one_line(corpus, sig, status, name) -> None:
    proc, workers = _start_with_workers(corpus)
    try:
        os.kill(proc.pid, sig)  # the main process alone, as `kill PID` or a closed terminal
        out, err = proc.communicate(timeout=10)  # returns: no worker holds stdout open
        assert proc.returncode == status
        assert err.decode() == f"kzdiff: stopped by {name}\n"
        assert out == b""
        assert _wait_until_gone(workers) == []
    finally:
        _kill(proc, workers)


def test_workers_die_with_a_main_process_killed_by_sigkill(corpus) -> None:
    proc, workers = _start_with_workers(corpus)
    try:
        proc.kill()
        proc.communicate(timeout=10)  # EOF: the workers' copies of the pipe are closed
        assert _wait_until_gone(workers) == []
    finally:
        _kill(proc, workers)


def test_the_child_computing_beside_dies_with_its_parent(tmp_path) -> None:
    script = (
        "import time\nfrom kzdiff.parallel import Beside\n"
        "b = Beside(lambda: time.sleep(60))\nprint(b.pid, flush=True)\ntime.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    child = int(proc.stdout.readline())
    try:
        assert _running([child]) == [child]
        proc.kill()
        proc.communicate(timeout=10)
        assert _wait_until_gone([child]) == []
    finally:
        _kill(proc, [child])


def _kill(proc: subprocess.Popen[bytes], others: list[int]) -> None:
    """Leave nothing behind, whatever the test found (only processes still running)."""
    for pid in [proc.pid, *_running(others)]:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    proc.wait(timeout=10)
