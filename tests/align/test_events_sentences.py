"""Which sentence dates an event: the date's own sentence, found inside its paragraph, and
the sentence right after it when that one has no date of its own and does not move on in
time. Cases as data: one source's paragraph text in, the date it gives the event out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kzdiff.align.events import group_events
from kzdiff.extract.dates import extract_dates, read_date_events
from kzdiff.extract.entities import extract_entities
from kzdiff.extract.sentences import split_sentences
from kzdiff.records import Document, EventGroup, Extraction
from tests.factories import document_from_text

# A second source dates each event directly, so an event the first source dates only
# through the sentence before it still forms a group.
_OTHERS = (
    ("b", "A curfew was imposed on 3 June."),
    ("c", "Clashes broke out in Kutaisi on 5 May."),
)

# (case, text of source "a", event label word, date source "a" gives it or None for none)
CASES = [
    ("the next sentence of the paragraph inherits the date",
     "The mayor on 3 June dismissed the police chief. But he also imposed a curfew in the "
     "old town.", "curfew", "2024-06-03"),
    ("a sentence in the next paragraph does not",
     "The mayor on 3 June dismissed the police chief.\n\nHe also imposed a curfew in the old "
     "town.", "curfew", None),
    ("a sentence that moves on in time does not",
     "The mayor on 3 June dismissed the police chief. The following week he imposed a curfew "
     "in the old town.", "curfew", None),
    ("a sentence after one with two dates does not: which would it inherit?",
     "The mayor on 3 June dismissed the police chief, who had served since 1 May. He also "
     "imposed a curfew in the old town.", "curfew", None),
    ("a sentence opening with a counted span of time moves on: 'A week later'",
     "The mayor on 3 June dismissed the police chief. A week later, he imposed a curfew in "
     "the old town.", "curfew", None),
    ("'Two days after ...' moves on too",
     "The mayor on 3 June dismissed the police chief. Two days after the dismissal he imposed "
     "a curfew in the old town.", "curfew", None),
    ("'Shortly afterwards' moves on",
     "The mayor on 3 June dismissed the police chief. Shortly afterwards he imposed a curfew "
     "in the old town.", "curfew", None),
    ("a count that is not a span of time does not: 'A week-long curfew'",
     "The mayor on 3 June dismissed the police chief. A week-long curfew was imposed in the "
     "old town.", "curfew", "2024-06-03"),
    ("a next sentence with a date of its own keeps it",
     "The mayor on 3 June dismissed the police chief. He imposed a curfew on 9 June.",
     "curfew", "2024-06-09"),
    ("abbreviations and initials do not end the sentence before a later date",
     "Gen. Petrov flew in from the U.S. on Monday. Clashes broke out in Kutaisi on 5 May, "
     "police said.", "Kutaisi", "2024-05-05"),
    ("a date late in a long paragraph is read in its own sentence",
     "Police cordoned off the square. Shops stayed shut. Buses ran late. Clashes broke out "
     "in Kutaisi on 5 May. A curfew followed.", "Kutaisi", "2024-05-05"),
]  # fmt: skip


_NO_READING = {
    **dict.fromkeys(("sentence_start", "sentence_end", "next_start", "next_end",
                     "clause_start", "clause_end"), -1),
    "event": None, "terms": (), "next_terms": (), "weekday": None,
}  # fmt: skip


def _extract(doc: Document, spans: bool) -> Extraction:
    sents = split_sentences(doc)
    dates = extract_dates(doc, sents)
    if not spans:  # as if built by hand, then completed by read_date_events
        dates = read_date_events(doc, tuple(replace(dm, **_NO_READING) for dm in dates))
    return Extraction(doc.id, dates=dates, entities=extract_entities(doc, sents))


def _groups(text: str, spans: bool = True) -> tuple[EventGroup, ...]:
    docs = [document_from_text(text, published="2024-06-20", doc_id="a")]
    docs += [document_from_text(t, published="2024-06-21", doc_id=d) for d, t in _OTHERS]
    return group_events(docs, [_extract(d, spans) for d in docs])


@pytest.mark.parametrize(("text", "word", "date"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
@pytest.mark.parametrize("spans", [True, False], ids=["extraction spans", "read by hand"])
def test_the_sentence_that_dates_an_event(
    text: str, word: str, date: str | None, spans: bool
) -> None:
    groups = _groups(text, spans)
    found = [g for g in groups if word in g.label]
    assert len(found) == 1, [g.label for g in groups]
    given = {m.date for m in found[0].mentions if m.doc == "a"}
    assert given == ({date} if date else set())
