"""Extraction speed on one core, in words per second, over real article text.

    .venv/bin/python benchmarks/extract_speed.py [--words 200000] [--profile]

Reads the sample corpus (corpus/), repeats its documents (each copy a separate
document with its own id, so nothing is shared between them) until there are at
least --words words, and times kzdiff's whole per-document extraction: sentences,
quantities, claims, dates, names and quotes. Target: >= 100,000 words/s.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kzdiff.extract import extract_document  # noqa: E402
from kzdiff.pipeline import load  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    ap.add_argument("--profile", action="store_true", help="print the 25 costliest functions")
    args = ap.parse_args()

    seeds = load([args.corpus]).documents
    docs = []
    words = 0
    n = 0
    while words < args.words:
        d = seeds[n % len(seeds)]
        docs.append(replace(d, id=f"{d.id}-{n}"))
        words += d.words
        n += 1
    for d in seeds:  # warm caches and lazy imports outside the timed run
        extract_document(d)

    prof = cProfile.Profile() if args.profile else None
    t0 = time.perf_counter()
    if prof:
        prof.enable()
    claims = sum(len(extract_document(d).claims) for d in docs)
    if prof:
        prof.disable()
    elapsed = time.perf_counter() - t0
    print(f"documents: {len(docs)}  words: {words:,}  claims: {claims:,}")
    print(f"elapsed: {elapsed:.2f} s  speed: {words / elapsed:,.0f} words/s (one core)")
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
