"""Words per second of extract_quantities over real article text, on one core.

The sample corpus (corpus/*.txt, front matter removed) is repeated until it holds at
least 200,000 words; the best of three runs is reported, over the whole text in one
call and sentence by sentence (as kzdiff.extract calls it), beside a plain regex pass
over the same text for scale. Number-style detection is included in both.

Usage: .venv/bin/python benchmarks/quantity_speed.py [MIN_WORDS]
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kzdiff.extract.quantities import detect_decimal_comma, extract_quantities  # noqa: E402
from kzdiff.extract.sentences import split_block  # noqa: E402

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def corpus_text(min_words: int) -> str:
    bodies = [
        _FRONT_MATTER.sub("", p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "corpus").glob("*.txt"))
    ]
    one = "\n\n".join(bodies)
    words = len(one.split())
    return "\n\n".join([one] * (min_words // words + 1))


def best_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str]) -> int:
    min_words = int(argv[0]) if argv else 200_000
    text = corpus_text(min_words)
    words = len(text.split())
    found = extract_quantities(text)
    # A new string each run, so the per-document style detection is timed too.
    runs = iter([text + " " * i for i in range(1, 4)])
    secs = best_of(3, lambda: extract_quantities(next(runs)))
    spans = list(split_block(text, 0, len(text)))
    texts = iter([text + " " * i for i in range(1, 4)])

    def per_sentence() -> None:  # as kzdiff.extract calls it: style once, then each sentence
        doc = next(texts)
        comma = detect_decimal_comma(doc)
        for s, e in spans:
            extract_quantities(doc, s, e, decimal_comma=comma)

    per = best_of(3, per_sentence)
    plain = best_of(3, lambda: sum(1 for _ in re.finditer(r"\d+", text)))
    print(f"{words:,} words, {len(text):,} characters, {len(found):,} quantities")
    print(f"extract_quantities, whole text: {secs:.3f} s = {words / secs:,.0f} words/s")
    print(
        f"extract_quantities, per sentence ({len(spans):,}): "
        f"{per:.3f} s = {words / per:,.0f} words/s"
    )
    print(f"plain \\d+ regex pass: {words / plain:,.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
