"""The real-news set's housekeeping: fill offsets, check the cache, write the manifest.

    python -m tests.quality.realnews.tool fill annotations/EVENT.json
    python -m tests.quality.realnews.tool check [FOLDER]
    python -m tests.quality.realnews.tool manifest

The format is README.md beside this file. An article that carries its own ``text`` (the
stories of tests/quality/stories/, written by us) is read from there, not from the cache.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).parent
ANNOTATIONS = HERE / "annotations"
CACHE = HERE / "cache"
MANIFEST = HERE / "manifest.json"

MANIFEST_FIELDS = ("event", "split", "file", "url", "outlet", "published", "query", "rank", "chars")
QUALIFIERS = {"exact", "at_least", "more_than", "at_most", "fewer_than", "about", "range", "vague"}
CATEGORIES = {
    "killed",
    "injured",
    "detained",
    "missing",
    "displaced",
    "evacuated",
    "troops",
    "participants",
    "other",
}
STATUSES = {"asserted", "negated", "projected", "retracted", "disputed"}
VERDICTS = {"agree", "consistent", "revised", "conflict", "single"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def event_files(root: Path = ANNOTATIONS) -> list[Path]:
    return sorted(root.glob("*.json"))


def read_event(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def excerpt(file: str) -> str | None:
    """The cached excerpt, exactly as saved, or None when it is not cached."""
    path = CACHE / file
    if not path.is_file():
        return None
    return path.read_bytes().decode("utf-8")


def article_text(art: dict) -> str | None:
    """The article's own text where it carries one, else its cached excerpt."""
    return art["text"] if "text" in art else excerpt(art["file"])


def as_annotated(art: dict) -> bool:
    """Whether the cached excerpt is the text the article was annotated on: the recorded
    length, every figure at its offsets. A rebuild is copied from the search tool's answer,
    and a copy that slipped (a straight quote for a curly one) cannot be scored."""
    text = article_text(art)
    return (
        text is not None
        and len(text) == art.get("chars")
        and all(text[c["start"] : c["end"]] == c["text"] for c in art["claims"])
    )


def fill_offsets(event: dict) -> list[str]:
    """Give each claim without offsets the next whole-word occurrence of its text."""
    problems = []
    for art in event["articles"]:
        text = article_text(art)
        if text is None:
            problems.append(f"{art['file']}: not in the cache")
            continue
        if "text" in art:
            # our own text may have been edited since: place every figure afresh
            art["chars"] = len(text)
            for c in art["claims"]:
                c["start"] = c["end"] = None
        pos = 0
        for c in art["claims"]:
            if c.get("start") is None:
                m = re.compile(r"(?<!\w)" + re.escape(c["text"]) + r"(?!\w)").search(text, pos)
                if m is None:
                    problems.append(
                        f"{art['file']}#{c['id']}: {c['text']!r} not found after offset {pos}"
                    )
                    continue
                c["start"], c["end"] = m.start(), m.end()
            # the next figure is looked for past this one ("At least 143 ... '143 dead'"
            # is two mentions; a search from inside the first found it again)
            pos = c["end"]
    return problems


def _bounds_problems(c: dict) -> Iterator[str]:
    low, high, value = c.get("low"), c.get("high"), c.get("value")
    if low is not None and high is not None and low > high:
        yield "low above high"
    if value is None and c["qualifier"] not in {"range", "vague"}:
        yield "no value for a figure that is not a range or vague"


def claim_problems(c: dict, ids: set[str]) -> Iterator[str]:
    for name in (
        "id",
        "text",
        "start",
        "end",
        "value",
        "low",
        "high",
        "qualifier",
        "category",
        "subject",
        "part_of",
        "attribution",
        "as_of",
        "status",
    ):
        if name not in c:
            yield f"no {name}"
    if c.get("qualifier") not in QUALIFIERS:
        yield f"qualifier {c.get('qualifier')!r}"
    if c.get("category") not in CATEGORIES:
        yield f"category {c.get('category')!r}"
    if c.get("status", "asserted") not in STATUSES:
        yield f"status {c.get('status')!r}"
    if c.get("part_of") is not None and c["part_of"] not in ids:
        yield f"part_of {c['part_of']!r} is no claim of this article"
    if c.get("as_of") is not None and not _DATE.fullmatch(c["as_of"]):
        yield f"as_of {c['as_of']!r} is not YYYY-MM-DD"
    yield from _bounds_problems(c)


def event_problems(event: dict, *, with_text: bool) -> Iterator[str]:
    """What is wrong with one event file; offsets and lengths only where the text is cached."""
    if event.get("split") not in {"dev", "test"}:
        yield f"{event.get('event')}: split must be dev or test"
    refs = set()
    for art in event["articles"]:
        ids = {c["id"] for c in art["claims"]}
        refs |= {f"{art['file']}#{i}" for i in ids}
        for name in MANIFEST_FIELDS:
            if name not in art and name not in {"event", "split"}:
                yield f"{art['file']}: no {name}"
        for c in art["claims"]:
            for p in claim_problems(c, ids):
                yield f"{art['file']}#{c.get('id')}: {p}"
        text = article_text(art) if with_text else None
        if text is None:
            continue
        if len(text) != art.get("chars"):
            # another copy than the annotated one: its offsets say nothing of the annotation
            yield f"{art['file']}: cached excerpt has {len(text)} chars, manifest {art['chars']}"
            continue
        for c in art["claims"]:
            if text[c["start"] : c["end"]] != c["text"]:
                yield (
                    f"{art['file']}#{c['id']}: {c['text']!r} is not at "
                    f"{c['start']}:{c['end']} ({text[c['start'] : c['end']]!r})"
                )
    for g in event.get("groups", []):
        for ref in g["claims"]:
            if ref not in refs:
                yield f"group {g.get('fact')!r}: {ref} is no claim"
        if not set(g["verdicts"]) <= VERDICTS:
            yield f"group {g.get('fact')!r}: verdicts {g['verdicts']}"
    for t in event.get("traps", []):
        for ref in (t["a"], t["b"]):
            if ref not in refs:
                yield f"trap {t.get('why')!r}: {ref} is no claim"


def manifest_rows() -> list[dict]:
    rows = []
    for path in event_files():
        event = read_event(path)
        for art in event["articles"]:
            rows.append(
                {
                    "event": event["event"],
                    "split": event["split"],
                    **{k: art[k] for k in MANIFEST_FIELDS[2:]},
                }
            )
    return rows


def main(argv: list[str]) -> int:
    if argv[:1] == ["fill"] and len(argv) == 2:
        path = Path(argv[1])
        event = read_event(path)
        problems = fill_offsets(event)
        path.write_text(json.dumps(event, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("\n".join(problems) or f"{path}: every claim placed")
        return 1 if problems else 0
    if argv[:1] == ["check"] and len(argv) <= 2:
        root = Path(argv[1]) if len(argv) == 2 else ANNOTATIONS
        arts = [a for path in event_files(root) for a in read_event(path)["articles"]]
        problems = [
            p
            for path in event_files(root)
            for p in event_problems(read_event(path), with_text=True)
        ]
        missing = [a["file"] for a in arts if article_text(a) is None]
        for p in problems:
            print(p)
        if missing:
            print(f"{len(missing)} excerpts not cached (rebuild them with the search tool)")
        print(f"{len(arts)} articles, {len(problems)} problems")
        return 1 if problems else 0
    if argv == ["manifest"]:
        MANIFEST.write_text(
            json.dumps(manifest_rows(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"{MANIFEST}: {len(manifest_rows())} articles")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
