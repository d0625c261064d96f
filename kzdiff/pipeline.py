"""The library's front door: load, extract, align and compare in one call each.

The CLI is a thin view over these functions; scripts can use them directly:

    >>> from kzdiff.pipeline import load, extract_all, compare
    >>> corpus = load(["corpus/"])
    >>> report = compare(corpus, extract_all(corpus))
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kzdiff.load import load_paths
from kzdiff.records import Claim, Corpus, Document, Extraction, Report

if TYPE_CHECKING:
    from kzdiff.cache import Cache

# document_quantities and extract_document are served by __getattr__ below
__all__ = [
    "compare",
    "compare_cached",
    "document_quantities",  # noqa: F822
    "extract_all",
    "extract_document",  # noqa: F822
    "load",
]

log = logging.getLogger(__name__)


def __getattr__(name: str) -> object:
    # the extractors compile many patterns at import: a run served from the cache
    # never needs them, so they are loaded on first use
    if name in ("document_quantities", "extract_document"):
        from kzdiff import extract

        return getattr(extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


EXTRACTOR_VERSION = "2"  # bump when extraction results change: it keys the cache


def load(
    paths: Sequence[str],
    *,
    encoding: str | None = None,
    max_size: int | None = None,
    stdin=None,
    cache: Cache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Corpus:
    """Every document under ``paths``; ``cache`` (``Cache.open()``) reuses what each
    file's unchanged bytes loaded to last time; ``progress(done, total)`` per file."""
    kwargs = {"encoding": encoding, "stdin": stdin, "cache": cache, "progress": progress}
    if max_size is not None:
        kwargs["max_size"] = max_size
    return load_paths(paths, **kwargs)


def extract_all(
    corpus: Corpus,
    *,
    jobs: int = 1,
    cache: Cache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Extraction, ...]:
    """Every document's extraction, in corpus order.

    ``jobs`` > 1 spreads the work over processes (same results as one job);
    ``cache`` reads and stores results per document (``kzdiff.cache.Cache.open()``);
    ``progress(done, total)`` is called as documents are finished.
    """
    if jobs == 1 and cache is None and progress is None:
        from kzdiff.extract.document import extract_document

        return tuple(extract_document(d) for d in corpus.documents)
    from kzdiff.parallel import extract_documents

    return extract_documents(corpus.documents, jobs=jobs, cache=cache, progress=progress)


def compare(corpus: Corpus, extractions: Sequence[Extraction], *, jobs: int = 1) -> Report:
    """The cross-source report: facts, names, quotes and dated events.

    With ``jobs`` > 1 and a corpus of ``BESIDE_DOCUMENTS`` or more, names, quotes and
    events are grouped in a forked child while this process aligns the facts (0.8 s of
    a warm 10,000-article run moved to the second core). Same report either way.
    """
    from kzdiff.align.events import group_events
    from kzdiff.align.names import group_names
    from kzdiff.align.quotes import group_quotes
    from kzdiff.compare import compare_claims

    def the_rest() -> tuple:
        return (
            group_names(extractions),
            group_quotes(extractions),
            group_events(corpus.documents, extractions),
        )

    from kzdiff.align.copies import find_relays

    claims = [c for x in extractions for c in x.claims]
    relays = find_relays(corpus.documents)
    if jobs > 1 and len(corpus.documents) >= BESIDE_DOCUMENTS:
        from kzdiff.parallel import Beside

        rest = Beside(the_rest)
        try:
            facts = compare_claims(claims, relays)
        except BaseException:
            rest.cancel()
            raise
        names, quotes, events = rest.result()
    else:
        facts = compare_claims(claims, relays)
        names, quotes, events = the_rest()
    return Report(
        documents=corpus.documents,
        facts=facts,
        names=names,
        quotes=quotes,
        events=events,
        problems=corpus.problems,
        extractions=tuple(extractions),
    )


BESIDE_DOCUMENTS = 1000  # below this the three groupings take < 0.2 s: not worth a fork


def compare_cached(corpus: Corpus, cache: Cache, *, jobs: int = 1) -> Report | None:
    """``compare(corpus, extract_all(corpus, cache=cache), jobs=jobs)`` read on two
    cores, when every document's extraction is in ``cache`` and a fork pays (``jobs``
    > 1, ``BESIDE_DOCUMENTS`` or more); None otherwise, and for a damaged entry: then
    extract and compare as usual. The same report, but with no ``extractions``.

    Forked children read what this process does not need: one groups the articles'
    copies (``find_relays``), the other decodes the extractions but their claims and
    groups names, quotes and events; this process decodes only the claims, for the
    facts. Measured on a warm 10,000-article compare: reading 1.05 s -> ~0.7 s and the
    relays (0.2 s) off this process, and no copy-on-write of the children's records
    while facts are aligned, as each process builds its own.
    """
    documents = corpus.documents
    if jobs < 2 or len(documents) < BESIDE_DOCUMENTS:
        return None
    entries: list[bytes] = []
    for doc in documents:
        data = cache.get_encoded(cache.key(doc))
        if data is None:
            return None
        entries.append(data)
    log.info("cache: %d of %d documents read from %s", len(entries), len(entries), cache.root)

    from kzdiff.align.copies import find_relays
    from kzdiff.compare import compare_claims
    from kzdiff.parallel import Beside

    relays = Beside(lambda: find_relays(documents))
    rest = Beside(lambda: _groupings_of_entries(corpus, entries))
    try:
        claims = _claims_of_entries(documents, entries)
        if claims is None:
            raise _DamagedEntry
        facts = compare_claims(claims, relays.result())
    except BaseException as e:
        relays.cancel()
        rest.cancel()
        if isinstance(e, _DamagedEntry):
            return None
        raise
    grouped = rest.result()
    if grouped is None:
        return None
    names, quotes, events = grouped
    return Report(
        documents=documents,
        facts=facts,
        names=names,
        quotes=quotes,
        events=events,
        problems=corpus.problems,
    )


class _DamagedEntry(Exception):
    """An entry that does not decode: the caller extracts and compares as usual."""


def _claims_of_entries(documents: Sequence[Document], entries: list[bytes]) -> list[Claim] | None:
    """Every claim of the cache entries, in corpus order; None for a damaged entry."""
    from kzdiff.cache import BAD_ENTRY, decode_claims

    claims: list[Claim] = []
    try:
        for doc, data in zip(documents, entries, strict=True):
            doc_id, these = decode_claims(data)
            if doc_id != doc.id:
                return None
            claims.extend(these)
    except BAD_ENTRY:
        return None
    return claims


def _groupings_of_entries(corpus: Corpus, entries: list[bytes]) -> tuple | None:
    """Names, quotes and events from the whole cache entries; None for a damaged entry."""
    from kzdiff.align.events import group_events
    from kzdiff.align.names import group_names
    from kzdiff.align.quotes import group_quotes
    from kzdiff.cache import BAD_ENTRY, decode_extraction

    try:  # names, quotes and events read no claims: those are this process's to check
        extractions = [decode_extraction(data, claims=False) for data in entries]
    except BAD_ENTRY:
        return None
    if any(x.doc != d.id for x, d in zip(extractions, corpus.documents, strict=True)):
        return None
    return (
        group_names(extractions),
        group_quotes(extractions),
        group_events(corpus.documents, extractions),
    )
