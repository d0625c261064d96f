"""Documents that are one story: the same article saved twice, or wire copy that several
sites relay under their own headline and page furniture.

A relay is no independent source: it repeats what its origin said. Documents are told
apart by their text paragraphs (titles, captions and furniture set aside): a document
whose paragraphs are mostly another's is a copy of it. The origin is the first of the
two in corpus order, so the answer does not depend on which copy came first on disk
beyond that order, and the same corpus always gives the same answer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from kzdiff.records import Document
from kzdiff.vocab import BlockKind

# A paragraph this short ("Read more", a dateline) says nothing about who wrote the story.
MIN_PARAGRAPH_WORDS = 8
# The share of the longer document's paragraphs the two share for one to be a copy of
# the other: a relay trims or adds a paragraph or two, an independent story shares at
# most a quote, and a story that quotes another whole adds much of its own.
COPY_SHARE = 0.6
# A paragraph found in this many documents is furniture the loader did not catch
# (a site's standard disclaimer), not text of a story.
MAX_HOLDERS = 50

# Paragraphs read per document (see _fingerprints).
FINGERPRINTS = 6


def _fingerprints(doc: Document) -> list[int]:
    """Hashes of the document's first text paragraphs, case folded so a relay's
    capitals do not hide it. A relay keeps the story's opening: reading the first
    FINGERPRINTS paragraphs is enough, and keeps 10,000 articles to a fraction of a
    second."""
    out: list[int] = []
    body = doc.body
    for block in doc.blocks:
        if block.kind is not BlockKind.TEXT:
            continue
        text = body[block.start : block.end]
        if text.count(" ") + 1 >= MIN_PARAGRAPH_WORDS:
            out.append(hash(text.strip().lower()))
            if len(out) == FINGERPRINTS:
                break
    return out


def find_relays(documents: Sequence[Document]) -> dict[str, str]:
    """Each document that copies an earlier one (in corpus order) -> the id of that
    earlier one's origin. Documents that copy nothing are left out."""
    prints = [(doc.id, list(dict.fromkeys(_fingerprints(doc)))) for doc in documents]
    holders: dict[int, list[int]] = defaultdict(list)
    for i, (_, fps) in enumerate(prints):
        for fp in fps:
            holders[fp].append(i)
    origin: dict[str, str] = {}
    for i, (doc_id, fps) in enumerate(prints):
        if not fps:
            continue
        shared = Counter(_earlier_holders(fps, holders, i))
        if not shared:
            continue
        j, count = min(shared.items(), key=lambda kv: (-kv[1], kv[0]))
        other = len(prints[j][1])
        if count >= COPY_SHARE * max(len(fps), other):
            first = prints[j][0]
            origin[doc_id] = origin.get(first, first)
    return origin


def _earlier_holders(fps: Iterable[int], holders: Mapping[int, list[int]], i: int) -> list[int]:
    """The earlier documents holding each of ``fps``, skipping paragraphs so common
    they are furniture."""
    out: list[int] = []
    for fp in fps:
        held = holders[fp]
        if len(held) > MAX_HOLDERS:
            continue
        out.extend(j for j in held if j < i)
    return out
