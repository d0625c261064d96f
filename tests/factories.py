"""Build records for tests without going through files."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from kzdiff.records import Block, Document


def document_from_text(
    text: str, *, published: str | None = None, doc_id: str = "doc", outlet: str | None = None
) -> Document:
    """A document whose paragraphs (blank-line separated) are all reporting text."""
    blocks: list[Block] = []
    pos = 0
    for part in text.split("\n\n"):
        start = text.index(part, pos) if part else pos
        end = start + len(part)
        if part.strip():
            blocks.append(Block(start, end))
        pos = end
    return Document(
        id=doc_id,
        path=f"{doc_id}.txt",
        body=text,
        blocks=tuple(blocks),
        published=published,
        outlet=outlet,
    )


@contextmanager
def collector_off() -> Iterator[None]:
    """Time work with the cyclic garbage collector off, as the CLI runs it, after a
    collection: a sweep of earlier garbage lands in whichever run it falls in."""
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
