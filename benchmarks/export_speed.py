"""How long `kzdiff export` takes on a large corpus, and how big the database is.

    .venv/bin/python benchmarks/export_speed.py                  # 10,000 articles, -j 2
    .venv/bin/python benchmarks/export_speed.py --sizes 1000 10000
    .venv/bin/python benchmarks/export_speed.py --corpus DIR     # an existing corpus

Per corpus it times, each as `python -m kzdiff export CORPUS --db FILE -q` in a subprocess:
- cold: an empty extraction cache, a new database;
- warm: the cache filled by the cold run, a new database (the < 30 s target);
- re-export, nothing changed: the warm cache, into the database just written (every
  document's rows are compared by hash and left alone; facts are rebuilt);
- re-export, 1% changed: a copy of the corpus with one article in a hundred edited (a
  figure changed) and one in a hundred new, into a copy of that database;
and reports the database's size and row counts. Peak memory is the largest process's
(wait4 ru_maxrss).

As in scale.py, the kzdiff package is copied to a temporary folder and every run uses
that copy: the cache keys on a fingerprint of the source files, so a working tree that
someone is editing would silently make a "warm" run cold. Corpora are built with
build_corpus.py into benchmarks/out/ (git-ignored) unless they exist already.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from build_corpus import OUT, build  # noqa: E402


def _snapshot() -> Path:
    snap = Path(tempfile.mkdtemp(prefix="kzdiff-export-bench-src-"))
    shutil.copytree(ROOT / "kzdiff", snap / "kzdiff", ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(snap)], check=True)
    return snap


def run_export(snap: Path, corpus: Path, db: Path, cache: Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, peak MiB of the largest process)."""
    cmd = [
        sys.executable,
        "-m",
        "kzdiff",
        "export",
        str(corpus),
        "--db",
        str(db),
        "-q",
        "--cache-dir",
        str(cache),
        "-j",
        str(jobs),
    ]
    env = dict(os.environ, PYTHONPATH=str(snap))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=snap, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"export failed with exit code {code}")
    return wall, usage.ru_maxrss / 1024


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
            for t in (
                "documents",
                "claims",
                "facts",
                "fact_claims",
                "names",
                "spellings",
                "name_mentions",
                "dates",
                "quote_mentions",
                "events",
            )
        }
    finally:
        conn.close()


def _changed_copy(corpus: Path, into: Path) -> int:
    """The corpus with one article in a hundred edited and one in a hundred added."""
    shutil.copytree(corpus, into)
    files = sorted(p for p in into.iterdir() if p.is_file())
    edited = files[::100]
    for p in edited:
        text = p.read_text(encoding="utf-8")
        p.write_text(text.replace(" people ", " more people ", 1) + "\nEdited.\n", encoding="utf-8")
    for i, p in enumerate(files[50::100]):
        shutil.copy(p, into / f"zz-new-{i:05d}{p.suffix}")
    return len(edited)


def _fresh_copy_bytes(work: Path) -> bytes:
    """The warm export as it was written new (warm.db has been re-exported since)."""
    return (work / "warm-fresh.db").read_bytes()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000])
    ap.add_argument("--corpus", type=Path, help="time this corpus instead of built ones")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    snap = _snapshot()
    corpora = [args.corpus] if args.corpus else [OUT / f"corpus-{n}" for n in args.sizes]
    try:
        for corpus in corpora:
            n = int(corpus.name.rsplit("-", 1)[-1]) if corpus.name[-1].isdigit() else 0
            if not corpus.is_dir():
                print(f"building {corpus} ...", file=sys.stderr)
                build(n, corpus)
            with tempfile.TemporaryDirectory(prefix="kzdiff-export-bench-") as tmp:
                work = Path(tmp)
                cache = work / "cache"
                cold, cold_mem = run_export(snap, corpus, work / "cold.db", cache, args.jobs)
                warm, warm_mem = run_export(snap, corpus, work / "warm.db", cache, args.jobs)
                shutil.copy(work / "warm.db", work / "warm-fresh.db")
                same, same_mem = run_export(snap, corpus, work / "warm.db", cache, args.jobs)
                changed_corpus = work / "changed"
                edited = _changed_copy(corpus, changed_corpus)
                shutil.copy(work / "warm.db", work / "changed.db")
                changed, changed_mem = run_export(
                    snap, changed_corpus, work / "changed.db", cache, args.jobs
                )
                size = (work / "warm.db").stat().st_size
                # deterministic: the cold and the warm export are the same file, byte for byte
                same_bytes = (work / "cold.db").read_bytes() == _fresh_copy_bytes(work)
                counts = _counts(work / "warm.db")
            print(f"\n{corpus}: {counts['documents']:,} documents, -j {args.jobs}")
            print(f"  cold (empty cache, new db)     {cold:6.1f} s  {cold_mem:6.0f} MiB")
            print(f"  warm (new db)                  {warm:6.1f} s  {warm_mem:6.0f} MiB")
            print(f"  re-export, nothing changed     {same:6.1f} s  {same_mem:6.0f} MiB")
            print(
                f"  re-export, {edited} edited + {edited} new {changed:6.1f} s  "
                f"{changed_mem:6.0f} MiB"
            )
            print(f"  cold and warm databases identical: {'yes' if same_bytes else 'NO'}")
            print(
                f"  database: {size / 2**20:.1f} MiB; rows: "
                + ", ".join(f"{k} {v:,}" for k, v in counts.items())
            )
    finally:
        shutil.rmtree(snap, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
