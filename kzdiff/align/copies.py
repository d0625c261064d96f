"""Documents that are one story: the same article saved twice, or wire copy that several
sites relay under their own headline and page furniture.

A relay is no independent source: it repeats what its origin said. Documents are told
apart by their text paragraphs (titles, captions and furniture set aside): a document
whose paragraphs are mostly another's is a copy of it. The origin is the first of the
two in corpus order, so the answer does not depend on which copy came first on disk
beyond that order, and the same corpus always gives the same answer.
"""

from __future__ import annotations

import re
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

_NON_WORD = re.compile(r"[\W_]+")


def _fingerprints(doc: Document) -> list[int]:
    """Hashes of the document's text paragraphs, normalised so a relay's changed quotes,
    spacing or case do not hide it."""
    out: list[int] = []
    for block in doc.blocks:
        if block.kind is not BlockKind.TEXT:
            continue
        words = _NON_WORD.sub(" ", doc.body[block.start : block.end].lower()).split()
        if len(words) >= MIN_PARAGRAPH_WORDS:
            out.append(hash(" ".join(words)))
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
