"""The library's front door: load, extract, align and compare in one call each.

The CLI is a thin view over these functions; scripts can use them directly:

    >>> from kzdiff.pipeline import load, extract_all, compare
    >>> corpus = load(["corpus/"])
    >>> report = compare(corpus, extract_all(corpus))
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from kzdiff.align.events import group_events
from kzdiff.align.names import group_names
from kzdiff.align.quotes import group_quotes
from kzdiff.compare import compare_claims
from kzdiff.extract.claims import extract_claims
from kzdiff.extract.dates import extract_dates
from kzdiff.extract.entities import extract_entities
from kzdiff.extract.quantities import detect_decimal_comma, extract_quantities
from kzdiff.extract.quotes import extract_quotes
from kzdiff.extract.sentences import split_sentences
from kzdiff.load import load_paths
from kzdiff.records import Corpus, Document, Extraction, Quantity, Report

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "1"  # bump when extraction results change: it keys the cache


def load(paths: Sequence[str], *, encoding: str | None = None, max_size: int | None = None,
         stdin=None) -> Corpus:  # type: ignore[no-untyped-def]
    kwargs = {"encoding": encoding, "stdin": stdin}
    if max_size is not None:
        kwargs["max_size"] = max_size
    return load_paths(paths, **kwargs)


def document_quantities(doc: Document) -> list[Quantity]:
    """Every quantity in the readable sentences of a document."""
    comma = detect_decimal_comma(doc.body)
    out: list[Quantity] = []
    for s in split_sentences(doc):
        out.extend(extract_quantities(doc.body, s.start, s.end, decimal_comma=comma))
    return out


def extract_document(doc: Document) -> Extraction:
    """Claims, dates, names and quotes of one document."""
    sentences = split_sentences(doc)
    comma = detect_decimal_comma(doc.body)
    quantities: list[Quantity] = []
    for s in sentences:
        quantities.extend(extract_quantities(doc.body, s.start, s.end, decimal_comma=comma))
    dates = extract_dates(doc, sentences)
    entities = extract_entities(doc, sentences)
    quotes = extract_quotes(doc, sentences)
    claims = extract_claims(doc, sentences, quantities, dates, quotes, entities)
    return Extraction(doc.id, claims, dates, entities, quotes)


def extract_all(corpus: Corpus) -> tuple[Extraction, ...]:
    return tuple(extract_document(d) for d in corpus.documents)


def compare(corpus: Corpus, extractions: Sequence[Extraction]) -> Report:
    """The cross-source report: facts, names, quotes and dated events."""
    claims = [c for x in extractions for c in x.claims]
    return Report(
        documents=corpus.documents,
        facts=compare_claims(claims),
        names=group_names(extractions),
        quotes=group_quotes(extractions),
        events=group_events(corpus.documents, extractions),
        problems=corpus.problems,
        extractions=tuple(extractions),
    )
