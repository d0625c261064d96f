"""Lines of figures set out as a table: "Charlotte – 7 / Collier – 7 / Lee – 55".

A page's table reaches the text as short lines, each a label and one figure at its end.
The lines of one paragraph are one sentence to the splitter, so without this a row's
figure reads the next line's label as its noun ("7 Collier"), and the rows count nothing.
Here the rows are found, so that each figure's noun stops at its line's end and the row
takes its label as its group and its kind from the count the table is listed under.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kzdiff.extract.tokens import Token, contains_phrase
from kzdiff.lexicon.grammar import LIST_LEAD_INS, ROW_SEPARATORS

_ROW_TOKENS = 8  # "Hillsborough – 2", "St. Lucie County: 11", "Evacuation shelters 623"
MIN_ROWS = 2  # one short line with a figure is a headline as often as a row


def line_starts(body: str, tokens: Sequence[Token]) -> list[int]:
    """The indexes of the tokens that open a line of the sentence (the first token too)."""
    if not tokens or "\n" not in body[tokens[0].start : tokens[-1].end]:
        return [0]  # most sentences are one line: no look between every two tokens
    return [0] + [
        k for k in range(1, len(tokens)) if "\n" in body[tokens[k - 1].end : tokens[k].start]
    ]


def row_labels(
    body: str, tokens: Sequence[Token], figure_end_at: Mapping[int, int]
) -> dict[int, str]:
    """The rows of a table in the sentence: for each line that is a label and one figure
    ending it, the index of the figure's first token -> the label ("Lee County").
    ``figure_end_at`` maps a figure's first token to the index just past its last. A table
    is two rows or more: one line alone may be a row, or a headline ending in a figure;
    the caller looks at the lines around it."""
    if len(tokens) > _ROW_TOKENS and "\n" not in body[tokens[0].start : tokens[-1].end]:
        return {}  # one line too long for a row
    starts = line_starts(body, tokens)
    rows: dict[int, str] = {}
    for a, b in zip(starts, [*starts[1:], len(tokens)], strict=True):
        if b - a > _ROW_TOKENS or not tokens[a].is_capitalised:
            continue
        figures = [qi for qi in range(a, b) if qi in figure_end_at]
        if len(figures) != 1 or figure_end_at[figures[0]] != b:
            continue
        qi = figures[0]
        end = qi
        while end > a and tokens[end - 1].text in ROW_SEPARATORS:
            end -= 1
        label = tokens[a:end]
        if (
            label
            and all(t.is_word or t.text == "." for t in label)
            and not any(t.text[0].isdigit() for t in label)
        ):
            rows[qi] = body[label[0].start : label[-1].end]
    return rows


def lines_after_rows(
    body: str, tokens: Sequence[Token], figure_end_at: Mapping[int, int]
) -> list[int]:
    """The lines that open a row right after a row (a short line that opens with a
    capital and ends in a figure): a row's figure does not count the next row's label
    ("Evacuation shelters 623 / Evacuees 92,314"). A hard-wrapped sentence runs on
    ("killed at least 40 / Palestinians in Gaza, officials said"): its next line is no row."""
    starts = line_starts(body, tokens)
    ends = [*starts[1:], len(tokens)]
    short = [
        b - a <= _ROW_TOKENS
        and tokens[a].is_capitalised
        and any(figure_end_at.get(qi) == b for qi in range(a, b))
        for a, b in zip(starts, ends, strict=True)
    ]
    return [starts[k + 1] for k in range(len(starts) - 1) if short[k] and short[k + 1]]


def leads_into_rows(after_figure: str) -> bool:
    """The rest of a count's sentence after its figure ends by pointing at the lines
    below it: "... from the counties below.", "... by county:" ("according to figures
    compiled by state officials", "as temperatures plunged below zero" point at nothing)."""
    low = after_figure.lower().rstrip().rstrip(".")
    if low.endswith(":"):
        return True
    lead_in = contains_phrase(low[-_LEAD_IN_END:], LIST_LEAD_INS)
    return lead_in is not None and low.endswith(lead_in)


_LEAD_IN_END = 24  # characters: "... broken down by province"
