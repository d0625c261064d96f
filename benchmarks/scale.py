"""How kzdiff scales: `kzdiff compare` on 1,000 / 10,000 (/ 50,000) articles, cold and warm.

    .venv/bin/python benchmarks/scale.py                      # 1000 and 10000, 2 jobs
    .venv/bin/python benchmarks/scale.py --sizes 1000 10000 50000
    .venv/bin/python benchmarks/scale.py --sizes 10000 --profile

Per size it prints:
- cold / warm: wall time of `kzdiff compare DIR --format json -q` in a subprocess, first
  with an empty cache directory, then again with the cache it filled; peak memory as
  the largest single process (wait4 ru_maxrss) and as the sampled sum over the
  process tree of each process's proportional set size (/proc/PID/smaps_rollup, every
  50 ms: pages a forked child shares with its parent are counted once in all);
- extraction words/s on one core, measured in-process on up to 300 of the articles;
- where a warm run's time goes, stage by stage, in-process on the warm cache and in
  CPU seconds: loading (from the cache), reading the extractions, copies (relays),
  facts, names, quotes, events, the JSON; "align s" in the table is relays + facts +
  names + quotes + events. One process does them all here; the CLI with -j 2 reads only
  the claims in its main process and the rest in forked children
  (``pipeline.compare_cached``);
- the HTML page (`--format html`) in place of the JSON: its build time and size;
- the ratio to the previous size, so 10x the articles can be seen to cost ~10x.
--profile adds a cProfile of extraction (300 articles) and of alignment (all).

Corpora are built with benchmarks/build_corpus.py into benchmarks/out/ (git-ignored)
unless they exist already. The kzdiff package is copied to a temporary folder first and
every run uses that copy: the cache keys on a fingerprint of the source files, so in a
working tree that others are editing a "warm" run would otherwise silently be cold.
Timings use a bytecode cache (in the snapshot), as an installed kzdiff would have one.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from build_corpus import OUT, build  # noqa: E402

SAMPLE = 300  # articles timed for extraction words/s
SNAPSHOT = Path(tempfile.mkdtemp(prefix="kzdiff-bench-src-"))


def _snapshot_source() -> None:
    shutil.copytree(
        ROOT / "kzdiff", SNAPSHOT / "kzdiff", ignore=shutil.ignore_patterns("__pycache__")
    )
    sys.path.insert(0, str(SNAPSHOT))  # the in-process measurements use the copy too


@dataclass
class Run:
    wall: float
    max_rss_mb: float  # largest single process
    tree_rss_mb: float  # sampled sum of PSS over the process tree
    returncode: int


def _memory_kb(pid: int) -> int:
    """Proportional set size (pages shared with a forked relative counted by halves), so
    a sum over the tree is the memory the run really holds; RSS where PSS is missing."""
    for name, field in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(name) as fh:
                for line in fh:
                    if line.startswith(field):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def _tree_rss_kb(pid: int) -> int:
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            total += _memory_kb(p)
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_compare(corpus: Path, cache_dir: Path, jobs: int) -> Run:
    cmd = [
        sys.executable,
        "-m",
        "kzdiff",
        "compare",
        str(corpus),
        "--format",
        "json",
        "-q",
        "--cache-dir",
        str(cache_dir),
        "-j",
        str(jobs),
    ]
    env = dict(os.environ, PYTHONPATH=str(SNAPSHOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    # cwd is the snapshot: `python -m` puts the working directory first on sys.path
    proc = subprocess.Popen(cmd, cwd=SNAPSHOT, env=env, stdout=subprocess.DEVNULL)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_maxrss / 1024, peak / 1024, proc.returncode)


def measure_inprocess(corpus_dir: Path, cache_dir: Path, profile: bool) -> dict[str, float]:
    """Extraction words/s on one core, and where a warm run's time goes, stage by stage.

    The stages are timed in this process as the CLI runs them on a warm cache (cyclic
    gc off, as the CLI has it), in CPU seconds (time.process_time), which other
    programs on the machine disturb less than wall time.
    """
    import gc

    from kzdiff import pipeline
    from kzdiff.cache import Cache
    from kzdiff.extract import extract_document

    clock = time.process_time
    cache = Cache.open(cache_dir)
    stages: dict[str, float] = {}
    gc.disable()
    try:
        t0 = clock()
        corpus = pipeline.load([str(corpus_dir)], cache=cache)
        stages["load (cached)"] = clock() - t0
        t0 = clock()
        xs = pipeline.extract_all(corpus, cache=cache)
        stages["read extractions"] = clock() - t0
        report, align_stages = _timed_compare(corpus, xs, clock)
        stages.update(align_stages)
        t0 = clock()
        from kzdiff.report import render_report_json

        # the bytes the CLI writes: decoding them to text would add a second to the stage
        text = render_report_json("compare", report)
        stages["JSON"] = clock() - t0
        from kzdiff.report.html import render_report_html

        t0 = clock()  # --format html instead of json: the page, with the table's limits
        page = render_report_html("compare", report).encode()
        html_s = clock() - t0
    finally:
        gc.enable()
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        pipeline.compare(corpus, xs)
        prof.disable()
        _print_profile(prof, f"alignment and comparison of {len(corpus.documents)} articles")

    sample = corpus.documents[:SAMPLE]
    words = sum(d.words for d in sample)
    extract_document(sample[0])  # first-call costs (lazy imports) are not throughput
    prof = cProfile.Profile() if profile else None
    t0 = time.perf_counter()
    if prof:
        prof.enable()
    for d in sample:
        extract_document(d)
    if prof:
        prof.disable()
        _print_profile(prof, f"extraction of {len(sample)} articles, one core")
    ex_s = time.perf_counter() - t0
    align_s = sum(v for k, v in stages.items() if k in ALIGN_STAGES)
    return {
        "load_s": stages["load (cached)"],
        "words_per_s": words / ex_s,
        "align_s": align_s,
        "words": sum(d.words for d in corpus.documents),
        "claims": sum(len(x.claims) for x in xs),
        "json_mb": len(text) / 2**20,
        "html_s": html_s,
        "html_mb": len(page) / 2**20,
        "stages": stages,
    }  # type: ignore[dict-item]


ALIGN_STAGES = ("relays", "facts", "names", "quotes", "events")


def _timed_compare(corpus, xs, clock):  # type: ignore[no-untyped-def]
    """pipeline.compare, one stage at a time."""
    from kzdiff.align.copies import find_relays
    from kzdiff.align.events import group_events
    from kzdiff.align.names import group_names
    from kzdiff.align.quotes import group_quotes
    from kzdiff.compare import compare_claims
    from kzdiff.records import Report

    stages = {}
    t0 = clock()
    relays = find_relays(corpus.documents)
    stages["relays"] = clock() - t0
    t0 = clock()
    facts = compare_claims([c for x in xs for c in x.claims], relays)
    stages["facts"] = clock() - t0
    t0 = clock()
    names = group_names(xs)
    stages["names"] = clock() - t0
    t0 = clock()
    quotes = group_quotes(xs)
    stages["quotes"] = clock() - t0
    t0 = clock()
    events = group_events(corpus.documents, xs)
    stages["events"] = clock() - t0
    report = Report(
        documents=corpus.documents,
        facts=facts,
        names=names,
        quotes=quotes,
        events=events,
        problems=corpus.problems,
        extractions=tuple(xs),
    )
    return report, stages


def _print_profile(prof: cProfile.Profile, title: str) -> None:
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("tottime")
    stats.print_stats(18)
    print(f"\n### profile: {title} (sorted by own time)\n", file=sys.stderr)
    print(buf.getvalue(), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--profile", action="store_true", help="cProfile extraction and alignment")
    ap.add_argument("--no-warm", action="store_true", help="skip the warm run")
    args = ap.parse_args(argv)
    _snapshot_source()
    sys.dont_write_bytecode = False
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(SNAPSHOT)], check=True)

    rows = []
    for n in args.sizes:
        corpus = OUT / f"corpus-{n}"
        if not corpus.is_dir() or sum(1 for _ in corpus.iterdir()) != n:
            print(f"building {corpus} ...", file=sys.stderr)
            build(n, corpus)
        with tempfile.TemporaryDirectory(prefix="kzdiff-bench-cache-") as tmp:
            cache_dir = Path(tmp)
            cold = run_compare(corpus, cache_dir, args.jobs)
            print(f"{n}: cold {cold.wall:.1f} s", file=sys.stderr)
            warm = None if args.no_warm else run_compare(corpus, cache_dir, args.jobs)
            inproc = measure_inprocess(corpus, cache_dir, args.profile)
        rows.append((n, cold, warm, inproc))
        _print_table(rows, args.jobs)
        _print_stages(n, inproc)
    shutil.rmtree(SNAPSHOT, ignore_errors=True)
    return 0


def _print_table(rows: list, jobs: int) -> None:
    print(
        f"\nkzdiff compare, -j {jobs}; peak memory in MiB "
        "(largest process RSS / sum of PSS over the process tree)"
    )
    print(
        f"{'articles':>9} {'words':>10} {'claims':>8} | {'cold s':>7} {'mem':>11} | "
        f"{'warm s':>7} {'mem':>11} | {'extract w/s':>11} {'load s':>7} {'align s':>7} | "
        f"{'x cold':>6} {'x warm':>6} {'x align':>7}"
    )
    prev = None
    for n, cold, warm, m in rows:
        ratio = ("", "", "")
        if prev is not None:
            pc, pw, pm = prev
            ratio = (
                f"{cold.wall / pc.wall:.1f}",
                f"{warm.wall / pw.wall:.1f}" if warm and pw else "",
                f"{m['align_s'] / pm['align_s']:.1f}" if pm["align_s"] else "",
            )
        w = (
            f"{warm.wall:7.1f} {warm.max_rss_mb:5.0f}/{warm.tree_rss_mb:<5.0f}"
            if warm
            else f"{'-':>7} {'':>11}"
        )
        print(
            f"{n:>9} {m['words']:>10,} {m['claims']:>8,} | {cold.wall:7.1f} "
            f"{cold.max_rss_mb:5.0f}/{cold.tree_rss_mb:<5.0f} | {w} | "
            f"{m['words_per_s']:>11,.0f} {m['load_s']:7.1f} {m['align_s']:7.2f} | "
            f"{ratio[0]:>6} {ratio[1]:>6} {ratio[2]:>7}"
            + ("" if cold.returncode == 0 else f"  (exit {cold.returncode})")
        )
        prev = (cold, warm, m)
    sys.stdout.flush()


def _print_stages(n: int, m: dict) -> None:
    stages = m["stages"]
    print(
        f"\nwhere a warm run over {n:,} articles spends its time (CPU s, in-process, gc off; "
        f"JSON output {m['json_mb']:.0f} MB):"
    )
    for name, secs in stages.items():
        print(f"  {name:<18} {secs:6.2f}")
    print(f"  {'sum':<18} {sum(stages.values()):6.2f}   (plus start-up and exit in the CLI)")
    print(
        f"  {'HTML page':<18} {m['html_s']:6.2f}   (--format html in place of the JSON: "
        f"{m['html_mb']:.1f} MB)"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
