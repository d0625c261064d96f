"""Ctrl-C, a reader that leaves, SIGKILL: no traceback, no corrupt cache, no writes to input."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzdiff.cache import LAYOUT, LOAD_LAYOUT, decode_extraction, decode_file
from tests.hostile.corpus import write_news_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news") / "corpus"
    write_news_corpus(folder, documents=40, paragraphs=12)
    return folder


def _env(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "NO_COLOR": "1",
        "XDG_CACHE_HOME": str(tmp / "xdg"),
    }


def _as_from_a_terminal() -> None:
    """In the child before exec: Ctrl-C delivered and not ignored, as a terminal gives it.
    An ignored or blocked SIGINT is inherited across exec, and the test runner's own
    state (after earlier tests started process pools) is no user's terminal: with it the
    run once finished untouched and exited 0."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _start(args: list[str], tmp: Path, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    # its own session, so a signal can go to the whole process group as a terminal's
    # Ctrl-C does (worker processes included)
    return subprocess.Popen(
        [sys.executable, "-m", "kzdiff", *args],
        env=_env(tmp),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_as_from_a_terminal,
        **kwargs,
    )


def _entries(cache: Path) -> list[Path]:
    """The extraction entries: one per document extracted."""
    root = cache / LAYOUT
    return sorted(root.rglob("*.json")) if root.exists() else []


def _wait_for_entries(proc: subprocess.Popen, cache: Path, n: int = 1) -> None:
    """Until extraction has written ``n`` cache entries: the run is mid-way, not starting."""
    deadline = time.monotonic() + 60
    while len(_entries(cache)) < n:
        assert proc.poll() is None, "finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)


def _assert_cache_whole(cache: Path) -> None:
    leftovers = [p for p in cache.rglob("*") if p.is_file() and not p.name.endswith(".json")]
    assert leftovers == []
    for entry in _entries(cache):
        decode_extraction(entry.read_bytes())  # raises on a partial entry
    for entry in (cache / LOAD_LAYOUT).rglob("*.json"):
        decode_file(entry.read_bytes())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_with_one_line_and_a_whole_cache(corpus, tmp_path, jobs) -> None:
    cache = tmp_path / "cache"
    proc = _start(["compare", str(corpus), "--cache-dir", str(cache), "-j", jobs], tmp_path)
    _wait_for_entries(proc, cache)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.decode() == "kzdiff: interrupted\n"
    assert out == b""
    _assert_cache_whole(cache)


def test_sigkill_then_rerun_gives_the_bytes_of_an_uninterrupted_run(corpus, tmp_path) -> None:
    args = ["compare", str(corpus), "--format", "json", "-j", "1"]
    reference = subprocess.run(
        [sys.executable, "-m", "kzdiff", *args, "--no-cache"],
        env=_env(tmp_path),
        capture_output=True,
        timeout=120,
        check=True,
    ).stdout
    cache = tmp_path / "cache"
    proc = _start([*args, "--cache-dir", str(cache)], tmp_path)
    _wait_for_entries(proc, cache, n=3)
    proc.kill()
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    written = len(_entries(cache))
    assert 3 <= written < 40  # killed part-way through the 40 documents
    _assert_cache_whole(cache)
    rerun = subprocess.run(
        [sys.executable, "-m", "kzdiff", *args, "--cache-dir", str(cache)],
        env=_env(tmp_path),
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert rerun.stdout == reference
    assert len(_entries(cache)) == 40


def test_reader_that_leaves_early_gets_no_traceback(corpus, tmp_path) -> None:
    proc = _start(["compare", str(corpus), "--format", "json", "--no-cache", "-j", "1"], tmp_path)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # what `| head -1` reads
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert first == b"{\n"
    assert err == ""
    assert proc.returncode == 0


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_head_in_a_shell_pipeline_is_quiet(corpus, tmp_path, fmt: str) -> None:
    # the exit status of kzdiff itself, not of head: 0, so `set -o pipefail` scripts pass
    cmd = (
        f"{sys.executable} -m kzdiff compare '{corpus}' --format {fmt} --no-cache -j 1 "
        "| head -1; exit ${PIPESTATUS:-0}"
    )
    res = subprocess.run(
        ["bash", "-c", cmd.replace("${PIPESTATUS:-0}", "${PIPESTATUS[0]}")],
        env=_env(tmp_path),
        capture_output=True,
        timeout=120,
    )
    assert res.returncode == 0
    assert res.stderr == b""
    assert res.stdout.count(b"\n") == 1
    if fmt == "jsonl":
        assert res.stdout.startswith(b"{")


def _snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    out = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        out[str(path.relative_to(folder))] = (st.st_size, st.st_mtime_ns, digest)
    return out


def test_a_run_never_writes_into_the_corpus_or_changes_an_input(corpus, tmp_path) -> None:
    before = _snapshot(corpus)
    for command in (["compare"], ["claim", "killed"], ["extract"], ["sources"]):
        # run from inside the corpus, with the default cache location: still nothing there
        res = subprocess.run(
            [sys.executable, "-m", "kzdiff", *command, ".", "--format", "json"],
            env=_env(tmp_path),
            cwd=corpus,
            capture_output=True,
            timeout=120,
        )
        assert res.returncode == 0, res.stderr.decode()
    assert _snapshot(corpus) == before
    assert _entries(tmp_path / "xdg" / "kzdiff")  # the cache went where it belongs
