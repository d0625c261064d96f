"""The load stage: paths to a Corpus of Documents with classified blocks.

    load_paths(paths, *, encoding=None, max_size=50 MiB, stdin=None) -> Corpus
    load_bytes(data, path, *, encoding=None) -> list[Document]
    boilerplate_summary(doc) -> list[(first words, reason)]

Modules, in the order data flows: discover (files), decode (bytes to text), frontmatter,
formats (JSON, JSONL, HTML), blocks (paragraphs and their kinds), metadata (outlet and
date), ids, documents (one file), corpus (all paths).
"""

from __future__ import annotations

from kzdiff.load.blocks import boilerplate_summary
from kzdiff.load.corpus import DEFAULT_MAX_SIZE, load_paths
from kzdiff.load.documents import load_bytes

__all__ = ["DEFAULT_MAX_SIZE", "boilerplate_summary", "load_bytes", "load_paths"]
