"""Quality gate: count-claim extraction scored against hand-annotated news articles.

The articles in ``annotated/`` were written and annotated before kzdiff was run on
them (see README.md). A predicted claim matches a gold claim when both have the same
surface text at the same offset. Detection is scored as precision / recall / F1; each
field is scored as accuracy over the matched claims. The floors below sit a few points
under the measured scores so a heuristic that gets worse fails the suite, while an
improvement never does (raise the floors when it happens).

``pytest -s tests/quality`` prints the scores; ``python -m tests.quality.test_gate``
prints them and every miss, for whoever works on the claim extractor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from kzdiff.extract import extract_document
from kzdiff.lexicon.names import NATIONALITIES
from kzdiff.records import Claim
from kzdiff.vocab import Category, Qualifier, Status
from tests.factories import document_from_text

ANNOTATED = Path(__file__).parent / "annotated"

# Measured scores minus a few points, rounded down to a multiple of 0.05 (README.md).
FLOORS: dict[str, float] = {
    # first measured 2026-11-21 (before tuning on this set) / after the claim fixes it led to
    "precision": 0.95,  # 0.964 / 0.992
    "recall": 0.90,  # 0.809 / 0.955
    "f1": 0.90,  # 0.880 / 0.966
    "bounds": 0.95,  # 1.000 / 1.000
    "qualifier": 0.95,  # 1.000 / 1.000
    "category": 0.85,  # 0.830 / 0.913
    "subject": 0.95,  # 0.943 / 0.976
    "part_of": 0.90,  # 0.925 / 0.944
    "attribution": 0.90,  # 0.896 / 0.929
    "as_of": 0.90,  # 0.945 / 0.945
    "status": 0.95,  # 0.972 / 0.992
    "background": 0.95,  # 0.981 / 0.992
}

FIELDS = (
    "bounds",
    "qualifier",
    "category",
    "subject",
    "part_of",
    "attribution",
    "as_of",
    "status",
    "background",
)

# Where the counted noun phrase ends and its modifiers begin ("pilgrims from Egypt").
_POSTMODIFIER = re.compile(r"\s(?:of|from|in|at|on|with|who|which|that|under)\s", re.I)


@dataclass(frozen=True, slots=True)
class Gold:
    doc: str
    start: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    category: str
    subject: str
    part_of: str | None
    attribution: str | None
    as_of: str | None
    status: str
    background: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    published: str | None
    outlet: str
    text: str
    claims: tuple[Gold, ...]


@dataclass(slots=True)
class Miss:
    doc: str
    kind: str  # "missed", "spurious", "optional" or a field name
    text: str
    expected: str
    got: str
    sentence: str


@dataclass(slots=True)
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out = {"precision": p, "recall": r, "f1": f}
        for name in FIELDS:
            out[name] = self.right[name] / self.total[name] if self.total[name] else 0.0
        return out


def _locate(text: str, surface: str, pos: int) -> int:
    m = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(text, pos)
    if m is None:
        raise ValueError(f"{surface!r} not found after offset {pos}")
    return m.start()


def load_articles(folder: Path = ANNOTATED) -> list[Article]:
    """Every annotated file, gold claims placed at the next occurrence of their text
    (``sources.json``, a folder's list of where its articles came from, is none)."""
    articles = []
    for path in sorted(folder.glob("*.json")):
        if path.name == "sources.json":
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        pos, claims = 0, []
        for c in raw["claims"]:
            start = _locate(raw["text"], c["text"], pos)
            pos = start + len(c["text"])
            claims.append(Gold(doc=raw["id"], start=start, **c))
        articles.append(
            Article(raw["id"], raw["published"], raw["outlet"], raw["text"], tuple(claims))
        )
    return articles


def head_noun(subject: str) -> str:
    """The noun that names who is counted: "children" in "women and children"."""
    core = _POSTMODIFIER.split(" " + subject + " ", maxsplit=1)[0].strip()
    return core.split()[-1].lower()


def norm_source(name: str | None) -> str | None:
    if name is None:
        return None
    # "spokesman, Hossam Abdel Ghaffar" names the same person as without the comma;
    # "the Peruvian Ombudsman's Office" is "Peru's" (a nationality names its country)
    words = name.lower().replace("\u2019", "'").replace(",", " ").split()
    s = " ".join(NATIONALITIES.get(w, w) for w in words)
    return s[4:] if s.startswith("the ") else s


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w.']*", name))


def attribution_matches(gold: str | None, got: str | None) -> bool:
    """Same source: one name inside the other, or an acronym of the other ("IOM")."""
    g, p = norm_source(gold), norm_source(got)
    if g is None or p is None or gold is None or got is None:
        return g is p
    if g in p or p in g:
        return True
    # "U.N." is the acronym of "United Nations" as "UN" is
    return any(
        a.isupper() and len(a) > 1 and a == _initials(b)
        for a, b in ((gold.replace(".", ""), got), (got.replace(".", ""), gold))
    )


def _number(x: float | None) -> float | None:
    return None if x is None else float(x)


def _field_results(g: Gold, c: Claim, by_id: dict[str, Claim]) -> dict[str, tuple[bool, str, str]]:
    """Per field: (right, expected, got) for one matched pair."""
    whole = by_id[c.part_of].text if c.part_of in by_id else c.part_of
    want_bounds = tuple(_number(x) for x in (g.value, g.low, g.high))
    got_bounds = tuple(_number(x) for x in (c.value, c.low, c.high))
    head = head_noun(g.subject)
    res = {
        "bounds": (want_bounds == got_bounds, str(want_bounds), str(got_bounds)),
        "qualifier": (g.qualifier == str(c.qualifier), g.qualifier, str(c.qualifier)),
        "category": (g.category == str(c.category), g.category, str(c.category)),
        "subject": (head in (c.subject or "").lower(), f"{g.subject} [{head}]", str(c.subject)),
        "part_of": (g.part_of == whole, str(g.part_of), str(whole)),
        "attribution": (
            attribution_matches(g.attribution, c.attribution),
            str(g.attribution),
            str(c.attribution),
        ),
        "status": (g.status == str(c.status), g.status, str(c.status)),
        "background": (g.background == c.background, str(g.background), str(c.background)),
    }
    # A background figure (another event or year) has no as-of date to compare with this
    # event's, so its as_of is not scored.
    if not g.background:
        res["as_of"] = (g.as_of == c.as_of, str(g.as_of), str(c.as_of))
    return res


def score(articles: list[Article]) -> Scores:
    s = Scores()
    for art in articles:
        doc = document_from_text(
            art.text, published=art.published, doc_id=art.id, outlet=art.outlet
        )
        predicted = extract_document(doc).claims
        by_id = {c.id: c for c in predicted}
        by_span = {(c.start, c.text): c for c in predicted}
        matched = {by_span[g.start, g.text].id for g in art.claims if (g.start, g.text) in by_span}
        # A claim found with another surface text ("100" for "exceed 100") still counts as a
        # miss and a spurious find, but the table shows the two side by side.
        near: dict[str, Gold] = {}
        for g in art.claims:
            c = by_span.get((g.start, g.text))
            sentence = _sentence_at(art.text, g.start)
            if c is None:
                other = _overlapping(g, predicted, matched)
                if other is not None:
                    near[other.id] = g
                got = "-" if other is None else f"{other.text!r} {other.category} {other.subject}"
                # Background figures may be left out (seed-facts.md): only a find counts.
                if g.background:
                    s.misses.append(Miss(art.id, "optional", g.text, g.category, got, sentence))
                else:
                    s.fn += 1
                    s.misses.append(
                        Miss(art.id, "missed", g.text, f"{g.category} {g.subject}", got, sentence)
                    )
                continue
            s.tp += 1
            for name, (right, want, got) in _field_results(g, c, by_id).items():
                s.total[name] += 1
                s.right[name] += right
                if not right:
                    s.misses.append(Miss(art.id, name, g.text, want, got, sentence))
        for c in predicted:
            if c.id not in matched:
                s.fp += 1
                want = repr(near[c.id].text) if c.id in near else "-"
                s.misses.append(
                    Miss(
                        art.id,
                        "spurious",
                        c.text,
                        want,
                        f"{c.category} {c.subject}",
                        c.sentence.strip(),
                    )
                )
    return s


def _overlapping(g: Gold, predicted: tuple[Claim, ...], matched: set[str]) -> Claim | None:
    end = g.start + len(g.text)
    for c in predicted:
        if c.id not in matched and c.start < end and g.start < c.end:
            return c
    return None


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = min(
        (i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0), default=len(text)
    )
    return text[start : end + 1].strip()


@cache
def measured() -> Scores:
    return score(load_articles())


# ---------------------------------------------------------------- tests


def check_annotations(articles: Sequence[Article], words: tuple[int, int]) -> None:
    """Gold claims use the shared vocabulary, consistent bounds and resolvable wholes."""
    qualifiers = {str(q) for q in Qualifier}
    categories = {str(c) for c in Category}
    statuses = {str(s) for s in Status}
    for art in articles:
        assert words[0] <= len(art.text.split()) <= words[1], art.id
        texts = {g.text for g in art.claims}
        for g in art.claims:
            where = f"{art.id}: {g.text!r}"
            assert art.text[g.start : g.start + len(g.text)] == g.text, where
            assert g.qualifier in qualifiers and g.category in categories, where
            assert g.status in statuses, where
            assert g.part_of is None or g.part_of in texts, where
            if g.low is not None and g.high is not None:
                assert g.low <= g.high, where
            if g.value is not None:
                assert g.low is None or g.low <= g.value or g.qualifier == "more_than", where
                assert g.high is None or g.value <= g.high or g.qualifier == "fewer_than", where
            assert g.value is not None or g.qualifier in {"range", "vague"}, where
            assert g.as_of is None or art.published is not None or g.background, where


def test_annotations_are_well_formed() -> None:
    articles = load_articles()
    assert 12 <= len(articles) <= 16
    check_annotations(articles, (150, 400))


def test_scores_are_printed() -> None:
    """Every gold claim is counted once: found, missed, or an optional background miss."""
    scores = measured()
    print()
    print(format_scores(scores))
    gold = sum(len(a.claims) for a in load_articles())
    optional = sum(1 for m in scores.misses if m.kind == "optional")
    assert scores.tp + scores.fn + optional == gold


@pytest.mark.parametrize(
    ("subject", "head"),
    [
        ("women and children", "children"),
        ("pilgrims from Egypt", "pilgrims"),
        ("suspected members of the gang", "members"),
        ("National Guard troops", "troops"),
        ("people", "people"),
    ],
)
def test_head_noun(subject: str, head: str) -> None:
    assert head_noun(subject) == head


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ("Interior Ministry", "the country's Interior Ministry", True),
        ("District magistrate Rajesh Kumar", "Rajesh Kumar", True),
        ("IOM", "International Organization for Migration", True),
        ("Provincial Disaster Management Authority (PDMA)", "PDMA", True),
        ("inmates' families association", "government denied", False),
        ("army", None, False),
        (None, None, True),
    ],
)
def test_attribution_matching(gold: str | None, got: str | None, same: bool) -> None:
    assert attribution_matches(gold, got) is same


@pytest.mark.parametrize("metric", list(FLOORS))
def test_floor(metric: str) -> None:
    got = measured().as_dict()[metric]
    assert got >= FLOORS[metric], f"{metric} fell to {got:.3f}, floor {FLOORS[metric]:.2f}"


# ---------------------------------------------------------------- script mode


def format_scores(s: Scores, floors: dict[str, float] = FLOORS) -> str:
    d = s.as_dict()
    lines = [
        f"claims: {s.tp} matched, {s.fn} missed, {s.fp} spurious",
        f"{'metric':<12} {'score':>6} {'floor':>6}  n",
    ]
    for name, value in d.items():
        n = (
            s.tp + s.fp
            if name == "precision"
            else s.tp + s.fn
            if name in {"recall", "f1"}
            else s.total[name]
        )
        lines.append(f"{name:<12} {value:6.3f} {floors[name]:6.2f}  {n}")
    return "\n".join(lines)


def format_misses(s: Scores) -> str:
    order = {"missed": 0, "spurious": 1, "optional": 99}
    rows = sorted(s.misses, key=lambda m: (order.get(m.kind, 2), m.kind, m.doc))
    lines = []
    for m in rows:
        lines.append(f"{m.kind:<11} {m.doc:<22} {m.text!r:<22} want {m.expected!s:<36} got {m.got}")
        lines.append(f"{'':<11} {m.sentence[:150]}")
    return "\n".join(lines)


def main() -> None:
    s = measured()
    print(format_scores(s))
    print()
    print(format_misses(s))


if __name__ == "__main__":
    main()
