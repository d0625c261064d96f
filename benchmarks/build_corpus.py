"""Build benchmark corpora of N news articles from real article text.

The text comes from the sample corpus (its reporting paragraphs) and the news
sentences of the extractor test fixtures (tests/extract/data/*.json). Each
article gets its own outlet, publication date, title and mix of paragraphs, and
every figure in it is varied (4-digit years are kept), so the claims differ
across articles the way coverage of one event differs across outlets, and the
alignment has real grouping and verdict work to do.

    .venv/bin/python benchmarks/build_corpus.py 10000            # -> benchmarks/out/corpus-10000
    .venv/bin/python benchmarks/build_corpus.py 1000 --out /tmp/c1k

Deterministic: the same N and --seed give the same files. benchmarks/out/ is git-ignored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"

_OUTLET_A = (
    "Daily",
    "Evening",
    "Morning",
    "National",
    "Central",
    "Northern",
    "Coastal",
    "Capital",
    "Independent",
    "Free",
    "Open",
    "Eastern",
    "Western",
    "Southern",
)
_OUTLET_B = (
    "Ledger",
    "Courier",
    "Herald",
    "Observer",
    "Tribune",
    "Dispatch",
    "Monitor",
    "Gazette",
    "Record",
    "Post",
    "Chronicle",
    "Wire",
    "Review",
    "Bulletin",
    "Times",
)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n\n?", re.DOTALL)
_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)|(?<![\w.,])\d+(?![\w,]|\.\d)")


def _paragraphs() -> list[str]:
    """Reporting paragraphs of the sample corpus (long enough to be prose, not furniture)."""
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        body = _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
        for para in body.split("\n\n"):
            para = " ".join(para.split())
            if len(para.split()) >= 25 and para[-1:] in '."”’':
                out.append(para)
    return out


def _fixture_sentences() -> list[str]:
    out: set[str] = set()
    for path in sorted((ROOT / "tests" / "extract" / "data").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for case in data.get("cases", []):
            text = case.get("text") if isinstance(case, dict) else None
            if isinstance(text, str) and len(text.split()) >= 6 and "\n" not in text:
                out.add(" ".join(text.split()))
    return sorted(out)


def _vary_figures(text: str, rng: random.Random) -> str:
    def swap(m: re.Match[str]) -> str:
        s = m.group()
        n = int(s.replace(",", ""))
        if 1900 <= n <= 2100 and "," not in s:  # a year: keep, dates must stay plausible
            return s
        if n <= 1 or len(s) > 15:  # a test's absurd figure (400 nines) stays as written
            return s
        v = max(2, round(n * rng.uniform(0.6, 1.6)))
        return f"{v:,}" if "," in s else str(v)

    return _FIGURE.sub(swap, text)


def _outlets(rng: random.Random, n: int) -> list[str]:
    names = sorted({f"The {a} {b}" for a in _OUTLET_A for b in _OUTLET_B})
    rng.shuffle(names)
    return names[:n]


def build(n: int, out: Path, *, seed: int = 5, words: int = 500) -> Path:
    """Write ``n`` articles of about ``words`` words each into ``out``; returns ``out``."""
    rng = random.Random(seed)
    paras = _paragraphs()
    sentences = _fixture_sentences()
    if not paras or not sentences:
        raise SystemExit("build_corpus: no source text found (corpus/ and tests/extract/data/)")
    outlets = _outlets(rng, min(150, max(5, n // 20)))
    start = dt.date(2022, 1, 2)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        outlet = rng.choice(outlets)
        published = start + dt.timedelta(days=rng.randrange(0, 45))
        target = max(120, round(rng.gauss(words, words / 3)))
        body: list[str] = []
        count = 0
        while count < target:
            if rng.random() < 0.6:
                para = rng.choice(paras)
            else:
                para = " ".join(rng.sample(sentences, k=min(len(sentences), rng.randint(2, 5))))
            para = _vary_figures(para, rng)
            body.append(para)
            count += len(para.split())
        title = " ".join(rng.choice(sentences).split()[:10]).rstrip(",.;:")
        text = (
            f"---\noutlet: {outlet}\npublished: {published.isoformat()}\n"
            f"title: {json.dumps(title, ensure_ascii=False)}\n---\n\n" + "\n\n".join(body) + "\n"
        )
        (out / f"{i:06d}-{published.isoformat()}.txt").write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles (e.g. 1000, 10000, 50000)")
    ap.add_argument(
        "--out", type=Path, default=None, help="folder (default benchmarks/out/corpus-N)"
    )
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--words", type=int, default=500, help="mean words per article")
    args = ap.parse_args(argv)
    path = build(args.n, args.out or OUT / f"corpus-{args.n}", seed=args.seed, words=args.words)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
