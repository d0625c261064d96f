"""Score kzdiff on the real-news set: claims, their fields, and alignment across articles.

Each event's cached excerpts are written to a folder as a user would give them (front
matter with outlet, date and url; the excerpt as the body) and read by kzdiff's own
loader, extractor and comparison. A predicted claim matches a gold one when their spans
overlap and their figures agree (README.md beside this file says how each field is
scored). ``benchmarks/realnews.py`` prints the figures and every miss.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kzdiff.lexicon.attribution import UNNAMED_REPORT_SOURCE
from kzdiff.records import Claim, Fact, Report
from tests.quality.realnews.tool import (
    ANNOTATIONS,
    article_text,
    as_annotated,
    event_files,
    read_event,
)
from tests.quality.test_gate import attribution_matches, head_noun

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


@dataclass(slots=True)
class Miss:
    event: str
    file: str
    kind: str  # missed, spurious, optional, or a field name
    text: str
    expected: str
    got: str
    sentence: str


@dataclass(slots=True)
class Tally:
    """Counts for one event or for a set of events (added together)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    pairs: int = 0  # must-link pairs with both claims found
    pairs_joined: int = 0
    traps: int = 0
    traps_apart: int = 0
    groups: int = 0  # groups of two or more documents
    verdicts_right: int = 0
    misses: list[Miss] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "tp",
            "fp",
            "fn",
            "pairs",
            "pairs_joined",
            "traps",
            "traps_apart",
            "groups",
            "verdicts_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.right.update(other.right)
        self.total.update(other.total)
        self.misses.extend(other.misses)

    def figures(self) -> dict[str, float | None]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        out: dict[str, float | None] = {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
        }
        for name in FIELDS:
            out[name] = self.right[name] / self.total[name] if self.total[name] else None
        out["pair_recall"] = self.pairs_joined / self.pairs if self.pairs else None
        out["traps_apart"] = self.traps_apart / self.traps if self.traps else None
        out["verdicts"] = self.verdicts_right / self.groups if self.groups else None
        return out


@dataclass(frozen=True, slots=True)
class Gold:
    ref: str  # FILE#cN
    file: str
    raw: dict


# ---------------------------------------------------------------- running kzdiff


def _front_matter(art: dict) -> str:
    lines = ["---"]
    for key in ("outlet", "published", "url"):
        if art.get(key):
            lines.append(f"{key}: {art[key]}")
    return "\n".join([*lines, "---", "", ""])


def run_kzdiff(event: dict, folder: Path) -> tuple[Report, dict[str, str]]:
    """kzdiff's report on the event's articles, and each document id's file."""
    from kzdiff.pipeline import compare, extract_all, load

    doc_file = {}
    texts = {}
    for art in event["articles"]:
        text = texts[art["file"]] = article_text(art)
        assert text is not None, art["file"]
        path = folder / art["file"]
        path.write_text(_front_matter(art) + text, encoding="utf-8")
    corpus = load([str(folder)])
    for doc in corpus.documents:
        file = Path(doc.path).name
        doc_file[doc.id] = file
        assert doc.body == texts[file], f"{file}: the loader changed the body's text"
    return compare(corpus, extract_all(corpus)), doc_file


# ---------------------------------------------------------------- matching claims


def _figures_agree(g: dict, c: Claim) -> bool:
    if g["value"] is not None and c.value is not None:
        return float(g["value"]) == float(c.value)
    lo_g = g["low"] if g["low"] is not None else float("-inf")
    hi_g = g["high"] if g["high"] is not None else float("inf")
    lo_c = c.low if c.low is not None else float("-inf")
    hi_c = c.high if c.high is not None else float("inf")
    return max(lo_g, lo_c) <= min(hi_g, hi_c)


def match_claims(gold: Sequence[dict], predicted: Sequence[Claim]) -> dict[str, Claim]:
    """Gold id -> the predicted claim it matches: overlapping spans, figures that agree;
    the closest start wins, each predicted claim used once."""
    used: set[str] = set()
    out = {}
    for g in gold:
        best = None
        for c in predicted:
            if c.id in used or not (c.start < g["end"] and g["start"] < c.end):
                continue
            closer = best is None or abs(c.start - g["start"]) < abs(best.start - g["start"])
            if closer and _figures_agree(g, c):
                best = c
        if best is not None:
            used.add(best.id)
            out[g["id"]] = best
    return out


def _bounds(x: dict | Claim) -> tuple[float | None, ...]:
    vals = (x["value"], x["low"], x["high"]) if isinstance(x, dict) else (x.value, x.low, x.high)
    return tuple(None if v is None else float(v) for v in vals)


def _spelling(name: str) -> str:
    """British and American spellings of one name are one name ("Organisation")."""
    return re.sub(r"isation\b", "ization", name)


def _attribution_right(g: dict, c: Claim) -> bool:
    if g["attribution"] is None:
        # "reportedly": kzdiff's "media reports" names no one, as the annotators' null
        return c.attribution in (None, UNNAMED_REPORT_SOURCE)
    names = [g["attribution"], *g.get("attribution_words", [])]
    return c.attribution is not None and any(
        attribution_matches(_spelling(n), _spelling(c.attribution)) for n in names
    )


# README.md: the subject is "people" where the noun names the casualties, not who they were
CASUALTY_NOUNS = frozenset(
    {"deaths", "dead", "bodies", "body", "victims", "fatalities", "casualties", "lives", "toll"}
)


def _subject_right(g: dict, c: Claim) -> bool:
    got = " ".join(x for x in (c.subject, c.scope) if x).lower()
    if g.get("group") and g["group"].lower() in got:
        return True
    head = head_noun(g["subject"])
    return head in got or (head in CASUALTY_NOUNS and (c.subject or "people") == "people")


def field_results(g: dict, c: Claim, matched: dict[str, Claim]) -> dict[str, tuple[bool, str, str]]:
    """Per field: (right, expected, got) for one matched pair."""
    whole = matched.get(g["part_of"]) if g["part_of"] else None
    want_whole = None if g["part_of"] is None else (whole.id if whole else "(whole not found)")
    res = {
        "bounds": (_bounds(g) == _bounds(c), str(_bounds(g)), str(_bounds(c))),
        "qualifier": (g["qualifier"] == str(c.qualifier), g["qualifier"], str(c.qualifier)),
        "category": (g["category"] == str(c.category), g["category"], str(c.category)),
        "subject": (
            _subject_right(g, c),
            f"{g['subject']} / {g.get('group')}",
            f"{c.subject} / {c.scope}",
        ),
        "attribution": (_attribution_right(g, c), str(g["attribution"]), str(c.attribution)),
        "status": (g["status"] == str(c.status), g["status"], str(c.status)),
        "background": (
            bool(g.get("background")) == c.background,
            str(bool(g.get("background"))),
            str(c.background),
        ),
    }
    # part_of is scored where either side states a subset: a part found where the text
    # states none is as wrong as one missed
    if g["part_of"] is not None or c.part_of is not None:
        res["part_of"] = (want_whole == c.part_of, str(want_whole), str(c.part_of))
    # as_of only where the text states one, and not for other events' figures
    if g["as_of"] is not None and not g.get("background"):
        res["as_of"] = (g["as_of"] == c.as_of, g["as_of"], str(c.as_of))
    return res


def _sentence_at(text: str, start: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    return text[left : min(ends, default=len(text)) + 1].strip()


def score_article(event: str, art: dict, predicted: Sequence[Claim], t: Tally) -> dict[str, Claim]:
    text = article_text(art) or ""
    matched = match_claims(art["claims"], predicted)
    for g in art["claims"]:
        c = matched.get(g["id"])
        sentence = _sentence_at(text, g["start"])
        if c is None:
            near = next((p for p in predicted if p.start < g["end"] and g["start"] < p.end), None)
            got = "-" if near is None else f"{near.text!r}={near.value} {near.category}"
            kind = "optional" if g.get("background") else "missed"
            if kind == "missed":
                t.fn += 1
            t.misses.append(
                Miss(
                    event,
                    art["file"],
                    kind,
                    g["text"],
                    f"{g['category']} {g['subject']}",
                    got,
                    sentence,
                )
            )
            continue
        t.tp += 1
        for name, (right, want, got) in field_results(g, c, matched).items():
            t.total[name] += 1
            t.right[name] += right
            if not right:
                t.misses.append(Miss(event, art["file"], name, g["text"], want, got, sentence))
    found = {c.id for c in matched.values()}
    for c in predicted:
        if c.id not in found:
            t.fp += 1
            t.misses.append(
                Miss(
                    event,
                    art["file"],
                    "spurious",
                    c.text,
                    "-",
                    f"{c.category} {c.subject}",
                    c.sentence.strip(),
                )
            )
    return matched


# ---------------------------------------------------------------- alignment


def score_alignment(event: dict, report: Report, found: dict[str, Claim], t: Tally) -> None:
    """Must-link pairs joined, traps kept apart, verdicts a reader accepts."""
    fact_of = {c.id: f for f in report.facts for c in f.claims}

    def facts_of(a: str, b: str) -> tuple[Fact | None, Fact | None]:
        return fact_of.get(found[a].id), fact_of.get(found[b].id)

    name = event["event"]
    for g in event.get("groups", []):
        refs = [r for r in g["claims"] if r in found]
        for i, a in enumerate(refs):
            for b in refs[i + 1 :]:
                if a.split("#")[0] == b.split("#")[0]:
                    continue  # one article's repeats are not alignment across sources
                fa, fb = facts_of(a, b)
                t.pairs += 1
                t.pairs_joined += fa is not None and fa is fb
                if fa is None or fa is not fb:
                    t.misses.append(
                        Miss(name, a, "split", g["fact"], b, f"{_label(fa)} / {_label(fb)}", "")
                    )
        if len({r.split("#")[0] for r in g["claims"]}) >= 2:
            _score_verdict(name, g, [fact_of.get(found[r].id) for r in refs], t)
    for trap in event.get("traps", []):
        if trap["a"] in found and trap["b"] in found:
            fa, fb = facts_of(trap["a"], trap["b"])
            t.traps += 1
            t.traps_apart += fa is None or fa is not fb
            if fa is not None and fa is fb:
                t.misses.append(Miss(name, trap["a"], "trap", trap["why"], trap["b"], fa.label, ""))


def _label(fact: Fact | None) -> str:
    return "no fact" if fact is None else fact.label


def _score_verdict(event: str, group: dict, facts: list[Fact | None], t: Tally) -> None:
    """The fact holding most of the group's claims gets a verdict the annotators accept."""
    held = Counter(f.id for f in facts if f is not None)
    top = (
        next((f for f in facts if f is not None and f.id == held.most_common(1)[0][0]), None)
        if held
        else None
    )
    t.groups += 1
    right = top is not None and str(top.verdict) in group["verdicts"]
    t.verdicts_right += right
    if not right:
        got = "no fact" if top is None else f"{top.verdict} ({top.label})"
        t.misses.append(
            Miss(event, "", "verdict", group["fact"], "/".join(group["verdicts"]), got, "")
        )


# ---------------------------------------------------------------- events


def score_event(event: dict) -> Tally:
    t = Tally()
    with tempfile.TemporaryDirectory(prefix="kzdiff-realnews-") as tmp:
        report, doc_file = run_kzdiff(event, Path(tmp))
    by_file: dict[str, list[Claim]] = {}
    for x in report.extractions:
        by_file[doc_file[x.doc]] = list(x.claims)
    found: dict[str, Claim] = {}
    for art in event["articles"]:
        matched = score_article(event["event"], art, by_file.get(art["file"], []), t)
        found.update({f"{art['file']}#{gid}": c for gid, c in matched.items()})
    score_alignment(event, report, found, t)
    return t


def events(
    split: str | None = None, names: Iterable[str] = (), root: Path = ANNOTATIONS
) -> list[dict]:
    """The chosen events as far as their excerpts are cached as annotated (``scorable``)."""
    wanted = set(names)
    out = []
    for path in event_files(root):
        e = read_event(path)
        chosen = split in (None, "all") or e["split"] == split
        if chosen and (not wanted or e["event"] in wanted) and (kept := scorable(e))["articles"]:
            out.append(kept)
    return out


def scorable(event: dict) -> dict:
    """The event without the articles whose excerpt is missing or is not the annotated
    text, and without the groups and traps that reach one of them: a group's verdict was
    judged on all its claims, so a group missing one is not scored at all."""
    articles = [a for a in event["articles"] if as_annotated(a)]
    files = {a["file"] for a in articles}

    def kept(refs: Iterable[str]) -> bool:
        return all(r.split("#")[0] in files for r in refs)

    return {
        **event,
        "articles": articles,
        "groups": [g for g in event.get("groups", []) if kept(g["claims"])],
        "traps": [t for t in event.get("traps", []) if kept((t["a"], t["b"]))],
    }


def coverage(root: Path = ANNOTATIONS) -> tuple[int, int, int]:
    """Articles annotated, cached as annotated, and not cached at all."""
    arts = [a for path in event_files(root) for a in read_event(path)["articles"]]
    return (
        len(arts),
        sum(as_annotated(a) for a in arts),
        sum(article_text(a) is None for a in arts),
    )


# ---------------------------------------------------------------- a grep-like baseline

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?![\w,])")
_CASUALTY = re.compile(
    r"\b(?:kill|dead|death|die|injur|wound|hurt|missing|arrest|detain|"
    r"displac|evacuat|toll|bodies|victim|protest|march|troops|soldier|"
    r"police|rescu|survivor|homeless|refugee|patient|case)",
    re.I,
)


def baseline_claims(text: str) -> list[Claim]:
    """Every run of digits in a sentence holding a casualty word, read as an exact count."""
    from kzdiff.vocab import Category, Qualifier, Status

    out = []
    for sent in re.finditer(r"[^.!?\n]+", text):
        if not _CASUALTY.search(sent.group()):
            continue
        for m in _NUMBER.finditer(sent.group()):
            value = int(m.group().replace(",", ""))
            start = sent.start() + m.start()
            out.append(
                Claim(
                    id=f"b{start}",
                    doc="",
                    text=m.group(),
                    start=start,
                    end=start + len(m.group()),
                    value=value,
                    low=value,
                    high=value,
                    qualifier=Qualifier.EXACT,
                    category=Category.OTHER,
                    subject=None,
                    part_of=None,
                    attribution=None,
                    as_of=None,
                    status=Status.ASSERTED,
                    sentence="",
                    sentence_start=0,
                )
            )
    return out


def score_baseline(event: dict) -> Tally:
    t = Tally()
    for art in event["articles"]:
        score_article(event["event"], art, baseline_claims(article_text(art) or ""), t)
    return t
