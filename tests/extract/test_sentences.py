"""Sentence splitting where relay damage hides the boundaries."""

from __future__ import annotations

import pytest

from kzdiff.extract.sentences import split_block, split_sentences
from tests.factories import document_from_text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a relay ran a fact sheet's lines together: each line is a sentence again
        (
            "Marchers in Boston: 175,000Arrests in Boston: 0",
            ["Marchers in Boston: 175,000", "Arrests in Boston: 0"],
        ),
        (
            "Population of the state: 4.2 millionVoters: 3 million",
            ["Population of the state: 4.2 million", "Voters: 3 million"],
        ),
        # a relay dropped the space after a full stop: two sentences still
        (
            "The toll rose to 147, rescue officials said.The dead include 83 firefighters.",
            ["The toll rose to 147, rescue officials said.", "The dead include 83 firefighters."],
        ),
        # but an abbreviation's dot glued to a name ends no sentence
        ("He met Gov.Abbott on Monday.", ["He met Gov.Abbott on Monday."]),
        # a brand or a model that starts with digits stays whole only where a space
        # follows the digits
        ("He bought a 7 Up and left.", ["He bought a 7 Up and left."]),
    ],
)
def test_lines_run_together_split_where_a_figure_meets_a_capital(
    text: str, sentences: list[str]
) -> None:
    assert [text[s:e] for s, e in split_block(text, 0, len(text))] == sentences


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # a subheading run into its paragraph is a line of its own
        (
            "DEATH TOLL Karvana Mayor Ilse Tembani said the toll had climbed to 81.",
            ["DEATH TOLL", "Karvana Mayor Ilse Tembani said the toll had climbed to 81."],
        ),
        # an acronym before a name is part of the sentence, as is a capitals headline
        # whose next word is a figure
        (
            "UNICEF Chief Ana Lee said 40 children died.",
            ["UNICEF Chief Ana Lee said 40 children died."],
        ),
        ("FLOOD KILLS 547 in Benvara.", ["FLOOD KILLS 547 in Benvara."]),
        (
            "WHO EMRO Director Hana Said told reporters that 40 people had died.",
            ["WHO EMRO Director Hana Said told reporters that 40 people had died."],
        ),
        (
            "NATO KFOR Commander Luca Berti said 12 soldiers were injured.",
            ["NATO KFOR Commander Luca Berti said 12 soldiers were injured."],
        ),
    ],
)
def test_a_subheading_run_into_its_paragraph_is_set_apart(
    paragraph: str, sentences: list[str]
) -> None:
    doc = document_from_text(f"Floods in the north\n\n{paragraph}")
    got = [s.text for s in split_sentences(doc) if s.block > 0]
    assert got == sentences
