"""One document in, its claims, dates, names and quotes out.

Order matters: claims read the dates (for as-of), quotes (for attribution) and
names (to write a source the way the document's fullest mention does).
"""

from __future__ import annotations

from dataclasses import replace

from kzdiff.extract.claims import extract_claims
from kzdiff.extract.dates import extract_dates
from kzdiff.extract.entities import extract_entities
from kzdiff.extract.numbers import repair_digit_typos
from kzdiff.extract.quantities import detect_decimal_comma, extract_quantities
from kzdiff.extract.quotes import extract_quotes
from kzdiff.extract.sentences import split_sentences
from kzdiff.records import Document, Extraction, Quantity, Sentence

__all__ = ["document_quantities", "extract_document"]


def _quantities(doc: Document, sentences: tuple[Sentence, ...]) -> list[Quantity]:
    # figures are read in the text with its digit typos mended ("1,2o0"), but keep the
    # article's own words as their text
    text = repair_digit_typos(doc.body)
    comma = detect_decimal_comma(text)
    out: list[Quantity] = []
    for s in sentences:
        out.extend(extract_quantities(text, s.start, s.end, decimal_comma=comma))
    if text is doc.body:
        return out
    return [
        q if q.text == doc.body[q.start : q.end] else replace(q, text=doc.body[q.start : q.end])
        for q in out
    ]


def document_quantities(doc: Document) -> list[Quantity]:
    """Every quantity in the readable sentences of a document."""
    return _quantities(doc, split_sentences(doc))


def extract_document(doc: Document) -> Extraction:
    """Claims, dates, names and quotes of one document."""
    sentences = split_sentences(doc)
    quantities = _quantities(doc, sentences)
    dates = extract_dates(doc, sentences)
    entities = extract_entities(doc, sentences)
    quotes = extract_quotes(doc, sentences)
    claims = extract_claims(doc, sentences, quantities, dates, quotes, entities)
    return Extraction(doc.id, claims, dates, entities, quotes)
