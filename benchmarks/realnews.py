"""kzdiff on the real-news set: claims, fields and alignment per event, with every miss.

    .venv/bin/python benchmarks/realnews.py                 # every event, dev and test
    .venv/bin/python benchmarks/realnews.py --split dev     # tune on these only
    .venv/bin/python benchmarks/realnews.py --split test    # once, at the end of a piece of work
    .venv/bin/python benchmarks/realnews.py --misses        # and every miss, event by event
    .venv/bin/python benchmarks/realnews.py --event itaewon-crush-2022 --misses
    .venv/bin/python benchmarks/realnews.py --set stories   # fictional coverage in our words

The real-news set needs its excerpts in tests/quality/realnews/cache/ (rebuilt with the
search tool from the manifest; see tests/quality/realnews/README.md). The stories set
(tests/quality/stories/) carries its own text: fictional events' coverage written in our
words after real coverage's shape, scored the same way. The figures are what
tests/quality/realnews/README.md defines; "grep F1" is a baseline that takes every number
in a sentence with a casualty word.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.quality.realnews.score import (
    Tally,
    coverage,
    events,
    score_baseline,
    score_event,
)
from tests.quality.realnews.tool import ANNOTATIONS

COLUMNS = (
    "precision",
    "recall",
    "f1",
    "category",
    "subject",
    "attribution",
    "as_of",
    "part_of",
    "status",
    "background",
    "pair_recall",
    "traps_apart",
    "verdicts",
)
SHORT = {
    "precision": "P",
    "recall": "R",
    "f1": "F1",
    "category": "cat",
    "subject": "subj",
    "attribution": "attr",
    "as_of": "as_of",
    "part_of": "part",
    "status": "stat",
    "background": "bkg",
    "pair_recall": "pairs",
    "traps_apart": "traps",
    "verdicts": "verd",
}


def _cell(x: float | None) -> str:
    if x is None:
        return "   -"
    text = f"{x:.2f}"
    return text[1:] if text.startswith("0") else text  # ".97", and 0.997 as "1.00"


def row(name: str, t: Tally, base: Tally) -> str:
    f = t.figures()
    cells = " ".join(f"{_cell(f[c]):>5}" for c in COLUMNS)
    gold = t.tp + t.fn
    return f"{name:<36} {gold:>4} {cells} {_cell(base.figures()['f1']):>5}"


def header() -> str:
    return (
        f"{'event':<36} {'gold':>4} "
        + " ".join(f"{SHORT[c]:>5}" for c in COLUMNS)
        + f" {'grep':>5}"
    )


def print_misses(t: Tally) -> None:
    order = {"missed": 0, "spurious": 1, "split": 8, "trap": 9, "verdict": 10, "optional": 99}
    for m in sorted(t.misses, key=lambda m: (m.event, order.get(m.kind, 2), m.kind, m.file)):
        print(
            f"  {m.kind:<11} {m.file[:38]:<38} {m.text!r:<24} want {m.expected!s:<30} got {m.got}"
        )
        if m.sentence:
            print(f"  {'':<11} {m.sentence[:160]}")


SETS = {"realnews": ANNOTATIONS, "stories": ANNOTATIONS.parent.parent / "stories"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--event", action="append", default=[])
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--set", choices=tuple(SETS), default="realnews")
    args = ap.parse_args()
    root = SETS[args.set]
    annotated, usable, missing = coverage(root)
    if not usable:
        print(
            f"nothing to score in {root}: the real-news set needs its excerpts cached "
            "(tests/quality/realnews/README.md)",
            file=sys.stderr,
        )
        return 2
    if usable < annotated:
        print(
            f"scoring {usable} of {annotated} articles: {missing} not cached, "
            f"{annotated - usable - missing} cached but not the annotated text "
            "(`python -m tests.quality.realnews.tool check` names them); groups and traps "
            "that reach them are left out",
            file=sys.stderr,
        )
    chosen = events(args.split, args.event, root)
    totals = {"dev": (Tally(), Tally()), "test": (Tally(), Tally())}
    print(header())
    scored = []
    for e in chosen:
        t, b = score_event(e), score_baseline(e)
        scored.append((e, t))
        totals[e["split"]][0].add(t)
        totals[e["split"]][1].add(b)
        print(row(f"{e['event']} ({e['split']})", t, b))
    everything, base = Tally(), Tally()
    for split, (t, b) in totals.items():
        if t.tp + t.fn:
            print(row(f"ALL {split}", t, b))
            everything.add(t)
            base.add(b)
    print(row("ALL", everything, base))
    print(
        f"\n{len(chosen)} events, {sum(len(e['articles']) for e in chosen)} articles; "
        f"claims matched {everything.tp}, missed {everything.fn}, spurious {everything.fp}; "
        f"pairs {everything.pairs_joined}/{everything.pairs}, traps apart "
        f"{everything.traps_apart}/{everything.traps}, verdicts "
        f"{everything.verdicts_right}/{everything.groups}"
    )
    if args.misses:
        for e, t in scored:
            print(f"\n== {e['event']}")
            print_misses(t)
    return 0


if __name__ == "__main__":
    sys.exit(main())
