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
