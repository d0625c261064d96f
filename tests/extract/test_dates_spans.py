"""The spans a date mention keeps for event grouping: the sentence a reader sees the date
in, the sentence after it in the same paragraph (none at a paragraph's end), and the
clause its event was read from. Cases as data: text in, the text of each span out."""

from __future__ import annotations

import pytest

from kzdiff.extract.dates import extract_dates
from kzdiff.extract.sentences import split_sentences
from tests.factories import document_from_text

# (case, text, date as written, its sentence, the next sentence or None, its clause or None
# when only the sentence is asserted)
CASES = [
    ("a date mid-paragraph, its clause cut at 'after'",
     "Rescuers reached the village on 12 March after the road reopened. Two bodies were "
     "recovered from the rubble.",
     "12 March", "Rescuers reached the village on 12 March after the road reopened.",
     "Two bodies were recovered from the rubble.", "Rescuers reached the village on 12 March"),
    ("the last sentence of a paragraph has no next sentence",
     "The ceasefire was signed in Geneva. It took effect on 4 April.\n\nFighting resumed "
     "within hours.",
     "4 April", "It took effect on 4 April.", None, "It took effect on 4 April."),
    ("a title and initials do not end the sentence",
     "Gen. Okafor arrived in the capital on Tuesday. Talks with the U.N. envoy began a day "
     "later.",
     "on Tuesday", "Gen. Okafor arrived in the capital on Tuesday.",
     "Talks with the U.N. envoy began a day later.", None),
    ("a date opening the sentence dates the clause after it",
     "On 5 January, protesters blocked the main highway. Police used tear gas to clear it.",
     "5 January", "On 5 January, protesters blocked the main highway.",
     "Police used tear gas to clear it.", "protesters blocked the main highway."),
    ("the first of two dates in one sentence",
     "The dam was completed in 2019 and failed on 2 September 2023. Thousands fled "
     "downstream.",
     "in 2019", "The dam was completed in 2019 and failed on 2 September 2023.",
     "Thousands fled downstream.", "The dam was completed in 2019"),
    ("the second of two dates in one sentence",
     "The dam was completed in 2019 and failed on 2 September 2023. Thousands fled "
     "downstream.",
     "2 September 2023", "The dam was completed in 2019 and failed on 2 September 2023.",
     "Thousands fled downstream.", "failed on 2 September 2023."),
    ("a quoted sentence ends at its closing quote",
     'The minister said: "We will hold the vote on 9 May." Opposition parties objected.',
     "9 May", 'The minister said: "We will hold the vote on 9 May."',
     "Opposition parties objected.", "We will hold the vote on 9 May."),
    ("a one-sentence paragraph followed by another paragraph",
     "Polls closed on Sunday evening.\n\nCounting went on through the night.",
     "on Sunday evening", "Polls closed on Sunday evening.", None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "said", "sentence", "after", "clause"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_date_spans(
    text: str, said: str, sentence: str, after: str | None, clause: str | None
) -> None:
    doc = document_from_text(text, published="2024-06-20")
    body = doc.body
    [dm] = [m for m in extract_dates(doc, split_sentences(doc)) if m.text == said]
    assert body[dm.sentence_start : dm.sentence_end] == sentence
    assert dm.sentence_start <= dm.start < dm.end <= dm.sentence_end
    if after is None:
        assert (dm.next_start, dm.next_end) == (-1, -1)
    else:
        assert body[dm.next_start : dm.next_end] == after
    assert dm.sentence_start <= dm.clause_start <= dm.clause_end <= dm.sentence_end
    if clause is not None:
        assert body[dm.clause_start : dm.clause_end].strip() == clause


def test_hand_built_mention_has_no_spans() -> None:
    from kzdiff.records import DateMention

    dm = DateMention("5 May", 10, 15, "2024-05-05", None)
    spans = (dm.sentence_start, dm.sentence_end, dm.next_start, dm.next_end,
             dm.clause_start, dm.clause_end)  # fmt: skip
    assert spans == (-1,) * 6


# What extraction reads around a date so that event grouping reads no text: (case, text,
# date as written, its clause's known events, the next sentence's, the weekday it names)
READINGS = [
    ("the clause's events, nearest first; the next sentence's events",
     "The mayor on 3 June dismissed the police chief. But he also imposed a curfew.",
     "3 June", (("dismissal", None),), (("curfew", "declared"),), None),
    ("a next sentence that moves on in time names no event dated by this one",
     "The mayor on 3 June dismissed the police chief. A week later, he imposed a curfew.",
     "3 June", (("dismissal", None),), (), None),
    ("the verb near an event is kept with it; a weekday is read",
     "Protests began in Almaty on Tuesday. Police dispersed the crowd.",
     "on Tuesday", (("protests", "began"),), (("clashes", None),), 1),
    ("the last sentence of a paragraph has no next sentence",
     "A state of emergency was declared on 5 January.\n\nClashes followed.",
     "5 January", (("state of emergency", "declared"),), (), None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "said", "terms", "next_terms", "weekday"),
                         [c[1:] for c in READINGS], ids=[c[0] for c in READINGS])  # fmt: skip
def test_what_a_date_mention_carries_for_grouping(
    text: str, said: str, terms: tuple, next_terms: tuple, weekday: int | None
) -> None:
    doc = document_from_text(text, published="2024-06-20")
    [dm] = [m for m in extract_dates(doc, split_sentences(doc)) if m.text == said]
    assert (dm.terms, dm.next_terms, dm.weekday) == (terms, next_terms, weekday)


@pytest.mark.parametrize("text", [c[1] for c in CASES + READINGS])
def test_a_hand_built_mention_read_again_is_what_extraction_makes(text: str) -> None:
    from dataclasses import replace

    from kzdiff.extract.dates import read_date_events

    doc = document_from_text(text, published="2024-06-20")
    extracted = extract_dates(doc, split_sentences(doc))
    bare = tuple(replace(dm, event=None, sentence_start=-1, sentence_end=-1, next_start=-1,
                         next_end=-1, clause_start=-1, clause_end=-1, terms=(),
                         next_terms=(), weekday=None) for dm in extracted)  # fmt: skip
    assert read_date_events(doc, bare) == extracted
