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
from kzdiff.records import Corpus, Extraction, Report

if TYPE_CHECKING:
    from kzdiff.cache import Cache

# document_quantities and extract_document are served by __getattr__ below
__all__ = ["compare", "document_quantities", "extract_all", "extract_document", "load"]  # noqa: F822

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
