"""Value-level precision, recall and F1 of extract_quantities on NewsQuant.

NewsQuant (CQE evaluation set, EMNLP 2023): 590 English news sentences, 904 tagged
quantities. Scored the way the CQE paper scores values: per sentence, a gold
quantity is found when a predicted value matches it within a relative tolerance
of 1e-5; a gold range "low-high" is found by a predicted range with those bounds.
Each prediction matches at most one gold quantity. Predicted years, dates, clock
times, ordinals, ranks, phone numbers and codes (kind ``other`` with no value) are
left out, since the gold set does not tag them.

Two scores are printed:

- ``kzdiff``: the extractor exactly as the claim layer sees it.
- ``kzdiff + NewsQuant conventions``: a benchmark-only adapter (it lives here, not in
  kzdiff) that restates two things the benchmark annotates differently: vague
  magnitudes as the order-of-magnitude ranges NewsQuant writes ("dozens" 12-120,
  "hundreds" 100-1000, "thousands" 1000-10000, ...) where kzdiff keeps a reader's
  tighter bounds (24-99 ...) and leaves out the ones it never tags ("several",
  "a few"), and the pronoun "one" ("one of the best"), which
  NewsQuant tags as the value 1 and kzdiff deliberately does not extract.

Usage: .venv/bin/python benchmarks/newsquant.py [PATH] [--errors]
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kzdiff.extract.quantities import extract_quantities  # noqa: E402
from kzdiff.records import Quantity  # noqa: E402
from kzdiff.vocab import Kind, Qualifier  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "bench" / "newsquant.json"
LEFT_OUT = {Kind.YEAR, Kind.DATE, Kind.TIME, Kind.ORDINAL, Kind.RANK, Kind.PHONE}
TOL = 1e-5

_NUM = r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_RANGE = re.compile(rf"^\s*({_NUM})\s*-\s*({_NUM})\s*$")

# NewsQuant writes vague magnitudes as a decade: "dozens" 12-120, "thousands" 1000-10000.
_DECADES = {
    "dozens": (12, 120),
    "hundreds": (100, 1000),
    "thousands": (1000, 10000),
    "tens of thousands": (10000, 100000),
    "hundreds of thousands": (100000, 1000000),
    "millions": (1000000, 10000000),
    "tens of millions": (10000000, 100000000),
    "hundreds of millions": (100000000, 1000000000),
    "billions": (1000000000, 10000000000),
}
_ONE = re.compile(r"\b(?:one|One)\b(?=\s+of\s)")

Value = tuple[float, float | None]  # (value, None) or (low, high)


def gold_value(raw: str) -> Value | None:
    try:
        return float(raw), None
    except ValueError:
        m = _RANGE.match(raw)
        if m is None:
            return None
        return float(m.group(1)), float(m.group(2))


def predicted(q: Quantity) -> Value | None:
    if q.kind in LEFT_OUT or (q.kind is Kind.OTHER and q.value is None and q.low is None):
        return None
    if q.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        if q.low is None or q.high is None:
            return None
        return float(q.low), float(q.high)
    if q.value is None:
        return None
    return float(q.value), None


def adapt(q: Quantity, v: Value | None) -> Value | None:
    """Benchmark-only: restate a vague magnitude as NewsQuant writes it."""
    if v is not None and q.qualifier is Qualifier.VAGUE:
        key = re.sub(r"^(?:several|many|a few)\s+", "", q.text.lower())
        key = re.sub(r"\s+", " ", key)
        if key in _DECADES:
            return _DECADES[key]
        return None  # "several", "a few": NewsQuant does not tag them
    return v


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=TOL, abs_tol=1e-9)


def matches(p: Value, g: Value) -> bool:
    if g[1] is None or p[1] is None:
        return g[1] is None and p[1] is None and close(p[0], g[0])
    return close(p[0], g[0]) and close(p[1], g[1])


def score(data: list[dict], conventions: bool, errors: list | None = None) -> tuple[int, int, int]:
    tp = n_pred = n_gold = 0
    for item in data:
        text = item["text"]
        golds = [g for g in (gold_value(q["value"]) for q in item["quantities"]) if g is not None]
        preds: list[tuple[Value, str]] = []
        for q in extract_quantities(text):
            v = predicted(q)
            if conventions:
                v = adapt(q, v)
            if v is not None:
                preds.append((v, q.text))
        if conventions:
            preds.extend(((1.0, None), "one") for _ in _ONE.finditer(text))
        n_pred += len(preds)
        n_gold += len(golds)
        free = list(range(len(golds)))
        unmatched = []
        for v, surface in preds:
            hit = next((i for i in free if matches(v, golds[i])), None)
            if hit is None:
                unmatched.append((v, surface))
            else:
                free.remove(hit)
                tp += 1
        if errors is not None and (unmatched or free):
            errors.append((text, unmatched, [golds[i] for i in free]))
    return tp, n_pred, n_gold


def report(name: str, tp: int, n_pred: int, n_gold: int) -> None:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"{name:34s} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"
        f"   ({tp} matched, {n_pred} predicted, {n_gold} gold)"
    )


def error_classes(errors: list) -> Counter:
    classes: Counter = Counter()
    for text, fp, fn in errors:
        for v, surface in fp:
            low = (surface or "").lower()
            if v[1] is not None and re.search(r"dozen|hundreds|thousands|millions", low):
                classes["vague magnitude: kzdiff bounds differ from NewsQuant's decades"] += 1
            elif low in ("several", "a few", "a handful", "a couple"):
                classes["extra: vague word NewsQuant does not tag"] += 1
            elif any(g[1] is not None for g in fn):
                classes["extra: one end of a gold 'from X to Y' range kept apart"] += 1
            else:
                classes[
                    "extra: other (ages, codes, adjectives such as 'five-year', gold slips)"
                ] += 1
        for g in fn:
            if g[1] is not None:
                classes["missed: gold range (mostly changes 'from X to Y' kept as 2 figures)"] += 1
            elif g[0] == 1.0 and re.search(r"\bone\b", text, re.IGNORECASE):
                classes["missed: pronoun 'one' ('one of the best'), left out by design"] += 1
            else:
                classes["missed: other"] += 1
    return classes


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    data = json.loads(path.read_text(encoding="utf-8"))
    print(
        f"NewsQuant: {len(data)} sentences, {sum(len(d['quantities']) for d in data)} quantities"
        f" ({path})"
    )
    errors: list = []
    report("kzdiff", *score(data, False, errors))
    report("kzdiff + NewsQuant conventions", *score(data, True))
    print("published best (CQE):              P  92.0  R  91.9  F1  92.0")
    if "--errors" in argv:
        for text, fp, fn in errors:
            print(f"\n{text}\n  extra:  {fp}\n  missed: {fn}")
    print("\nerrors of the plain score, by class (rough, by the surface text):")
    for label, n in error_classes(errors).most_common():
        print(f"  {n:4d}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
