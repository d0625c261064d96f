"""One document in, its claims, dates, names and quotes out.

Order matters: claims read the dates (for as-of), quotes (for attribution) and
names (to write a source the way the document's fullest mention does).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kzdiff.extract.claims import extract_claims
from kzdiff.extract.dates import extract_dates
from kzdiff.extract.entities import extract_entities
from kzdiff.extract.numbers import repair_digit_typos
from kzdiff.extract.quantities import detect_decimal_comma, extract_quantities
from kzdiff.extract.quotes import extract_quotes
from kzdiff.extract.sentences import split_sentences
from kzdiff.records import Document, Extraction, Quantity, Sentence
from kzdiff.vocab import Kind

__all__ = ["document_quantities", "extract_document"]


_LINE_HEAD = re.compile(r"[ \t]*(?:[-•*][ \t]*)?")  # what may open a list line before its figure
_RANK_RUN = 3  # lines numbered 1, 2, 3...: a ranked list, not counts
_HEADLINE_AFTER = re.compile(r"[.)]?[ \t]+[A-Z0-9]")
_HEAD_REACH = 6  # characters of a list line's head before its figure: "  - 3"


def _ranked_lines(text: str, found: list[Quantity]) -> set[int]:
    """The positions (in ``found``) of figures on lines a list numbers 1, 2, 3... ("- 3
    New Details in the Iron Barrier Case", "- 4 Nine Journalists Banned" in a "Trending
    stories" box): page furniture, its ranks and its headlines' figures no counts of the
    event. One pass over the figures."""
    heads: list[tuple[int, int]] = []  # (position in found, value) of figures opening a line
    for i, q in enumerate(found):
        # a line's head is a few characters: look back that far only (a long line of
        # figures stays linear)
        lo = max(0, q.start - _HEAD_REACH)
        nl = text.rfind("\n", lo, q.start)
        if nl < 0 and lo > 0:
            continue
        # a bare number before a capitalised headline, not "At least 3 people were ..."
        if (
            q.kind is Kind.COUNT
            and q.text.isdigit()
            and _HEADLINE_AFTER.match(text, q.end)
            and _LINE_HEAD.fullmatch(text, nl + 1, q.start)
        ):
            heads.append((i, int(q.text)))
    runs: list[list[int]] = []
    for k, (i, value) in enumerate(heads):
        if runs and value == heads[k - 1][1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: set[int] = set()
    for run in runs:
        if len(run) < _RANK_RUN or found[run[0]].text != "1":
            continue  # a ranked list counts from 1
        end = text.find("\n", found[run[-1]].end)
        stop = len(text) if end < 0 else end
        j = run[0]
        while j < len(found) and found[j].start < stop:  # the run's lines, figures in order
            out.add(j)
            j += 1
    return out


def _quantities(doc: Document, sentences: tuple[Sentence, ...]) -> list[Quantity]:
    # figures are read in the text with its digit typos mended ("1,2o0"), but keep the
    # article's own words as their text
    text = repair_digit_typos(doc.body)
    comma = detect_decimal_comma(text)
    out: list[Quantity] = []
    for s in sentences:
        out.extend(extract_quantities(text, s.start, s.end, decimal_comma=comma))
    ranks = _ranked_lines(text, out)
    if ranks:
        out = [
            replace(q, kind=Kind.OTHER, unit="rank") if i in ranks else q for i, q in enumerate(out)
        ]
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
