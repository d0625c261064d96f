"""Hostile corpora, built at test time in a temporary folder (nothing large is committed).

Each ``Case`` writes one hostile file (or folder) next to nothing else; ``write_good``
adds the well-formed article whose claims must survive any neighbour. ``Case.outcome`` is
what kzdiff must do with the hostile input: ``processed`` (read, no message), ``warning``
(read, with a one-line warning), ``skipped`` (not read, one-line message) or ``ignored``
(not an article: no document and no message).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOOD_NAME = "good.txt"
GOOD = (
    "---\noutlet: Valley Courier\npublished: 2024-05-14\n---\n\n"
    "Floods Hit Riverside Towns\n\n"
    "At least 12 people were killed and 40 others injured when the Mura river burst its "
    "banks on Monday, the regional emergency ministry said.\n\n"
    "Police said 9 people were detained for looting in the town of Lendava.\n"
)
# What a reader of GOOD knows: (text, value, qualifier, category, attribution, as_of).
GOOD_CLAIMS = [
    ("At least 12", 12, "at_least", "killed", "regional emergency ministry", "2024-05-13"),
    ("40", 40, "exact", "injured", "regional emergency ministry", "2024-05-13"),
    ("9", 9, "exact", "detained", "Police", "2024-05-14"),
]
ARTICLE = "Police said 27 people were detained overnight after clashes outside parliament."


def write_good(folder: Path) -> Path:
    path = folder / GOOD_NAME
    path.write_text(GOOD, encoding="utf-8")
    return path


@dataclass(frozen=True)
class Case:
    name: str  # the file (or folder) written into the corpus
    build: Callable[[Path], None]  # writes it, given its path
    outcome: str  # processed | warning | skipped | ignored
    messages: tuple[str, ...] = ()  # each one-line message about it, as it starts
    body: str | None = None  # for processed/warning: a phrase the body must contain
    documents: int = 1  # documents it yields when read


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


def _sparse(size: int) -> Callable[[Path], None]:
    def build(p: Path) -> None:
        # a sparse file: 200 MB on paper, a few bytes on disk, created in microseconds
        with open(p, "wb") as fh:
            fh.write(b"Police said 3 people were hurt. ")
            fh.truncate(size)

    return build


def _symlink_loop(p: Path) -> None:
    p.mkdir()
    (p / "inner.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink("..", p / "up")  # loops back to the corpus folder
    os.symlink("self", p / "self")  # a link to itself


def _deep(p: Path) -> None:
    folder = p
    for i in range(100):
        folder = folder / f"d{i}"
    folder.mkdir(parents=True)
    (folder / "bottom.txt").write_text(ARTICLE, encoding="utf-8")


def _html(p: Path) -> None:
    p.write_text(
        "<!doctype html><html><head><title>Clashes in the capital</title>"
        "<script>document.write('99 people were killed');</script>"
        "<style>p { color: red }</style></head><body><article>"
        "<h1>Clashes in the capital</h1>"
        "<!-- 500 people were injured -->"
        "<p>Police said 27 people were detained overnight after clashes outside "
        "parliament &amp; the mayor&#8217;s office, witnesses told Reuters.</p>"
        "<p>The interior ministry said 4 officers were injured &mdash; two of them "
        "seriously &ndash; in the clashes on Tuesday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )


FM_TAGS = (
    "---\ntitle: !!python/object/apply:os.system ['touch PWNED']\n"
    "outlet: &a Daily Star\nurl: *a\npublished: 2023-03-09\n---\n\n" + ARTICLE + "\n"
)

CASES: list[Case] = [
    Case("empty.txt", _bytes(b""), "skipped", ("empty file; nothing to read",)),
    Case(
        "binary.txt",
        _bytes(bytes(range(256)) * 64),
        "skipped",
        ("is a binary file, not text; save the article as .txt, .html or .json",),
    ),
    Case(
        "scan.txt",
        _bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"),
        "skipped",
        ("is a PDF, not text; convert it to text first (e.g. pdftotext FILE)",),
    ),
    Case(
        "dump.txt",
        _sparse(200 * 2**20),
        "skipped",
        ("is 200 MB, over the 50 MB limit; pass --max-size to read it",),
    ),
    Case(
        "nul.txt",
        _bytes(b"Police said 27 people\x00 were detained\x00 overnight."),
        "processed",
        body="Police said 27 people were detained overnight.",
    ),
    Case("utf16.txt", _bytes(ARTICLE.encode("utf-16")), "processed", body=ARTICLE),
    Case(
        "cyrillic.txt",
        _bytes("Полиция задержала 27 человек у здания парламента в Тбилиси.".encode("cp1251")),
        "warning",
        ("not UTF-8; read as cp1251 (a guess); pass --encoding if the text",),
        body="Полиция задержала 27 человек",
    ),
    Case(
        "french.txt",
        _bytes(
            "La police a arrêté 27 manifestants près du Parlement, a-t-elle déclaré.".encode(
                "latin-1"
            )
        ),
        "warning",
        ("not UTF-8; read as cp1252 (a guess); pass --encoding if the text",),
        body="a arrêté 27 manifestants près",
    ),
    Case(
        "endings.txt",
        _bytes(b"Police said 27 people\r\nwere detained.\rWitnesses said 3 were hurt.\n"),
        "processed",
        body="Police said 27 people\nwere detained.\nWitnesses said 3",
    ),
    Case(
        "damaged.txt",
        _bytes("Police – “27” detained ".encode() + b"\xff\xfe" + " in Tbilisi – said".encode()),
        "warning",
        ("has 2 invalid UTF-8 byte(s), replaced with U+FFFD; pass --encoding",),
        body="detained \ufffd\ufffd in Tbilisi",
    ),
    Case(
        "badfm.md",
        _bytes(b"---\noutlet: Daily Star\nthis line is not key value\n---\n\n" + ARTICLE.encode()),
        "warning",
        (
            "malformed front matter (line 'this line is not key value' is not "
            "'key: value'); read as plain text",
        ),
        body="this line is not key value",
    ),
    Case(
        "openfm.md",
        _bytes(b"---\noutlet: Daily Star\n\n" + ARTICLE.encode()),
        "warning",
        ("unterminated front matter (no closing '---' line); read as plain text",),
        body=ARTICLE,
    ),
    Case(
        "yamltags.md",
        _bytes(FM_TAGS.encode()),
        "warning",
        (
            "front matter 'title' uses a YAML tag, anchor or alias; ignored",
            "front matter 'outlet' uses a YAML tag, anchor or alias; ignored",
            "front matter 'url' uses a YAML tag, anchor or alias; ignored",
        ),
        body=ARTICLE,
    ),
    Case(
        "truncated.json",
        _bytes(b'{"title": "Floods", "text": "Rescue teams'),
        "skipped",
        ("not valid JSON (line 1, column 29: Unterminated string",),
    ),
    Case(
        "scalar.json",
        _bytes(b"42"),
        "skipped",
        ("JSON holds a number, not an article object or a list of them",),
    ),
    Case(
        "notext.json",
        _bytes(b'{"title": "Floods", "summary": "Rescue teams"}'),
        "skipped",
        (
            "no usable article records (the object: has no article text; expected a field "
            "named text, body, content, article",
        ),
    ),
    Case(
        "wrongtype.json",
        _bytes(b'{"title": "Floods", "text": 61}'),
        "skipped",
        (
            "no usable article records (the object: field 'text' is a number, expected a "
            "string; skipped)",
        ),
    ),
    # records skipped one by one, the good records of the same file kept
    Case(
        "feed.jsonl",
        _bytes(
            json.dumps({"title": "A", "text": ARTICLE}).encode()
            + b"\n"
            + b'{"title": "B", "text": "cut off\n'
            + b"[1, 2]\n"
            + json.dumps({"title": "C", "text": 5}).encode()
            + b"\n"
            + json.dumps({"title": "D", "text": "Rescuers found 2 survivors."}).encode()
        ),
        "records",
        (
            "line 2: not valid JSON (Unterminated string starting at, column 24); the line was "
            "skipped",
            "line 3: is a list, not an article object; skipped",
            "line 4: field 'text' is a number, expected a string; skipped",
        ),
        body=ARTICLE,
        documents=2,
    ),
    Case("loop", _symlink_loop, "processed", ("symbolic link loop; skipped",), body=ARTICLE),
    Case("deep", _deep, "processed", body=ARTICLE),
    Case("odd name\nwith spaces ünï.txt", _bytes(ARTICLE.encode()), "processed", body=ARTICLE),
    Case("page.html", _html, "processed", body="parliament & the mayor’s office"),
]


_TOWNS = ["Lendava", "Ptuj", "Celje", "Murska Sobota", "Kranj", "Koper", "Novo Mesto"]
_SOURCES = ["the interior ministry", "police", "the regional governor", "local officials"]


def news_paragraph(n: int) -> str:
    """A varied reporting paragraph with counts, dates and a source (n picks the variant)."""
    town = _TOWNS[n % len(_TOWNS)]
    source = _SOURCES[n % len(_SOURCES)]
    return (
        f"At least {n % 40 + 3} people were killed and {n % 90 + 10} injured in {town} "
        f"on May {n % 27 + 1}, {source} said. Rescue teams evacuated about {n * 7 % 900 + 100} "
        f"residents from flooded streets, and {n % 12 + 2} people were still missing on "
        f'Tuesday. "We have never seen water this high," said Ana Novak, a resident of {town}.'
    )


def write_news_corpus(folder: Path, documents: int, paragraphs: int) -> None:
    """``documents`` articles of ``paragraphs`` paragraphs each, with front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in range(documents):
        body = "\n\n".join(news_paragraph(d * paragraphs + p) for p in range(paragraphs))
        (folder / f"article-{d:04d}.txt").write_text(
            f"---\noutlet: Outlet {d % 9}\npublished: 2024-05-{d % 27 + 1:02d}\n---\n\n"
            f"Floods in the north, report {d}\n\n{body}\n",
            encoding="utf-8",
        )
