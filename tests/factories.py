"""Build records for tests without going through files."""

from __future__ import annotations

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
