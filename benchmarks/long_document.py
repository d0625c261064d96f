"""Extraction time per MB of one long document of ordinary article text: flat if linear.

    .venv/bin/python benchmarks/long_document.py [--sizes 1 10 50] [--code DIR] [--profile]

The document is the sample corpus's articles (corpus/, front matter dropped), each
copy's figures and dates shifted so no two copies are alike, repeated to SIZE MB
and read as one plain-text file. Times the load of it (decoding, paragraphs) and its
whole extraction (sentences, quantities, dates, names, quotes, claims) on one core.
A look-up that scans every date, quote or sentence for each claim shows as seconds
per MB growing with the size. ``--code DIR`` runs another copy of the kzdiff package
(a folder holding ``kzdiff/``), to time code from before a change the same way.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n\n?", re.DOTALL)
_FIGURE = re.compile(r"\b\d{1,3}\b")


def article_text(mb: float) -> str:
    """The sample corpus's article bodies, figures varied per copy, to ``mb`` megabytes."""
    bodies = [
        _FRONT_MATTER.sub("", p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "corpus").glob("*.txt"))
    ]
    want = int(mb * 2**20)
    parts: list[str] = []
    size = copy = 0
    while size < want:
        shift = copy % 97  # same words, other figures: nothing repeats exactly
        for body in bodies:
            text = _FIGURE.sub(lambda m, s=shift: str(int(m.group()) + s), body)
            parts.append(text)
            size += len(text) + 2
        copy += 1
    return "\n\n".join(parts)[:want]


def time_one(mb: float, profile: bool) -> tuple[float, float, int]:
    from kzdiff.extract import extract_document
    from kzdiff.load import load_paths

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(article_text(mb), encoding="utf-8")
        t0 = time.perf_counter()
        (doc,) = load_paths([str(path)], max_size=2**31).documents
        load = time.perf_counter() - t0
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    t0 = time.perf_counter()
    x = extract_document(doc)
    extract = time.perf_counter() - t0
    if prof is not None:
        import pstats

        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return load, extract, len(x.claims)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 50], metavar="MB")
    ap.add_argument(
        "--code",
        default=str(ROOT),
        metavar="DIR",
        help="a folder holding the kzdiff package to time (default: this one)",
    )
    ap.add_argument("--profile", action="store_true", help="cProfile each extraction")
    args = ap.parse_args()
    # as the CLI does (kzdiff/cli/__init__.py): records are trees, and the cyclic
    # collector re-scanning a growing heap would add its own growth to the timings
    gc.disable()
    sys.path.insert(0, args.code)
    import kzdiff

    print(f"kzdiff from {Path(kzdiff.__file__).parent}")
    time_one(0.05, False)  # imports and compiled patterns, outside the timings
    print(f"{'MB':>5} {'claims':>8} {'load s':>8} {'extract s':>10} {'extract s/MB':>13}")
    for mb in args.sizes:
        load, extract, claims = time_one(mb, args.profile)
        print(
            f"{mb:>5g} {claims:>8} {load:>8.2f} {extract:>10.2f} {extract / mb:>13.2f}", flush=True
        )


if __name__ == "__main__":
    main()
