"""The terminal report at 80 and 120 columns, with colour off, on hostile text."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from kzdiff.compare import compare_claims
from kzdiff.records import Report
from kzdiff.report.phrases import claim_details, estimate_words, figure, figure_offset
from kzdiff.report.sanitize import is_clean, sanitize
from kzdiff.report.table import (
    render_claim_table,
    render_compare_table,
    render_extract_table,
    render_quantities_table,
    render_sources_table,
)
from kzdiff.vocab import Qualifier, Status
from tests.compare.test_verdicts import claim

from . import (
    CORPUS,
    DOCUMENTS,
    EVACUATED,
    EXTRACTIONS,
    H_KILLED,
    HERALD_BODY,
    KILLED,
    QUANTITY_LINES,
    REPORT,
    V_EVACUATED,
    V_KILLED,
    W_EVACUATED,
)

WIDTHS = [80, 120]


def _console(width: int) -> Console:
    return Console(
        width=width, record=True, color_system=None, force_terminal=False, file=io.StringIO()
    )


def _render(fn, width: int, *args, **kwargs) -> str:
    console = _console(width)
    fn(*args, console, **kwargs)
    return console.export_text()


def _flat(text: str) -> str:
    """The words of the output in reading order, wrapping undone."""
    return " ".join(text.split())


def _lines_fit(text: str, width: int) -> None:
    for line in text.splitlines():
        assert cell_len(line) <= width, line


def _no_controls(text: str) -> None:
    bad = [
        c
        for c in text
        if (ord(c) < 32 and c != "\n")
        or 0x7F <= ord(c) < 0xA0
        or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    ]
    assert bad == []


# ---------------------------------------------------------------- compare


@pytest.mark.parametrize("width", WIDTHS)
def test_compare_shows_each_source_figure_outlet_and_verdict(width):
    out = _render(render_compare_table, width, REPORT)
    _lines_fit(out, width)
    flat = _flat(out)
    assert "3 documents" in flat
    assert "published 2023-03-02 to 2023-03-09 (1 undated)" in flat
    for verdict in ("CONFLICT", "REVISED", "SINGLE"):
        assert verdict in out
    # each source line keeps outlet and figure together, on one line
    lines = out.splitlines()
    for outlet, fig in [
        ("Coastal Herald", "At least 12"),
        ("Northern Wire", "31"),
        ("Northern Wire", "more than 2,000"),
        ("Coastal Herald", "40"),
    ]:
        assert any(f"{outlet}  {fig}" in line for line in lines), (outlet, fig)
    assert "per Emergency Ministry" in flat and "as of 2023-03-09" in flat
    assert "per regional governor Ana Petrova · as of 2023-03-01" in flat
    assert "…" not in out  # nothing truncated


@pytest.mark.parametrize("width", WIDTHS)
def test_compare_puts_divergence_first(width):
    out = _render(render_compare_table, width, REPORT)
    pos = [
        out.index(label)
        for label in (
            "CONFLICT  residents evacuated",
            "REVISED  people killed",
            "SINGLE  people injured",
        )
    ]
    assert pos == sorted(pos)


def test_compare_flags_what_must_not_be_taken_at_face_value():
    out = _render(render_compare_table, 120, REPORT)
    line = next(x for x in out.splitlines() if "5,000" in x)
    assert "PROJECTION" in line
    latest = next(x for x in out.splitlines() if "Northern Wire  31" in x)
    assert "latest" in latest


def test_compare_sections_for_names_quotes_events_and_problems():
    flat = _flat(_render(render_compare_table, 80, REPORT))
    assert "Names spelled differently Ana Petrova (PERSON)" in flat
    assert "Anna Petrova — Northern Wire" in flat
    # a name spelled one way only is not a difference
    assert "Emergency Ministry (ORG)" not in flat
    assert "Quotes worded differently" in flat
    assert "difference: We will rebuild every [single] home," in flat
    assert "Events dated differently CONFLICT dam failure" in flat
    assert "Northern Wire: 2023-03-01 (photo caption)" in flat
    assert "corpus/scan.pdf: not text (a PDF); convert it to text first" in flat


def test_only_diverging_hides_facts_that_hold():
    out = _render(render_compare_table, 80, REPORT, only_diverging=True)
    assert "people killed" in out and "residents evacuated" in out
    assert "people injured" not in out


def test_explain_shows_grouping_reasons_and_rule():
    plain = _render(render_compare_table, 120, REPORT)
    explained = _render(render_compare_table, 120, REPORT, explain=True)
    assert "subject 'people' ~ 'people' 100" not in plain
    assert "why: subject 'people' ~ 'people' 100" in explained
    assert "rule: best: the latest attributed figure" in explained


def test_compare_of_nothing_says_so():
    out = _render(render_compare_table, 80, Report(documents=DOCUMENTS))
    assert "No count claims were found to compare." in out


def test_outlet_unknown_falls_back_to_document_id():
    import dataclasses

    doc = dataclasses.replace(DOCUMENTS[1], outlet=None)
    report = Report(documents=(DOCUMENTS[0], doc), facts=(KILLED,))
    out = _render(render_compare_table, 80, report)
    assert any(
        line.strip().startswith("• 2023-03-09-northern-wire  31") for line in out.splitlines()
    )


# ---------------------------------------------------------------- hostile text


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", ["compare", "claim", "extract", "sources"])
def test_article_control_sequences_never_reach_the_console_raw(command, width):
    if command == "compare":
        out = _render(render_compare_table, width, REPORT, explain=True)
    elif command == "claim":
        out = _render(
            render_claim_table,
            width,
            Report(documents=DOCUMENTS, facts=(KILLED, EVACUATED)),
            query="\x1b[2Jdeaths",
        )
    elif command == "extract":
        out = _render(render_extract_table, width, DOCUMENTS, EXTRACTIONS)
    else:
        out = _render(render_sources_table, width, CORPUS)
    _no_controls(out)
    _lines_fit(out, width)
    # shown, inert, so the reader sees the article contained something odd
    assert "␛" in out


def test_article_markup_is_printed_literally_not_interpreted():
    out = _render(
        render_claim_table, 120, Report(documents=DOCUMENTS, facts=(KILLED,)), query="killed"
    )
    assert "[red]according[/red]" in out


def test_colour_terminal_still_gets_no_article_escapes():
    """With colour on, Rich writes its own codes; the article's must still be inert."""
    buf = io.StringIO()
    console = Console(width=100, file=buf, force_terminal=True, color_system="truecolor")
    render_compare_table(REPORT, console)
    out = buf.getvalue()
    assert "\x1b]0;owned" not in out  # window-title OSC from the outlet name
    assert "\x1b[2J" not in out and "\x1b[5m" not in out
    assert "␛]0;owned␇" in out


def test_no_color_console_gets_no_colour_codes():
    buf = io.StringIO()
    console = Console(
        width=100, file=buf, force_terminal=True, color_system="standard", no_color=True
    )
    render_compare_table(REPORT, console)
    out = buf.getvalue()
    colour = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])(?:;\d+)*m")
    assert colour.search(out) is None
    assert "CONFLICT" in out  # the verdict is a word, not just a colour


# ---------------------------------------------------------------- claim


@pytest.mark.parametrize("width", WIDTHS)
def test_claim_is_a_timeline_with_each_sentence_in_full(width):
    report = Report(documents=DOCUMENTS, facts=(KILLED,))
    out = _render(render_claim_table, width, report, query="death toll")
    _lines_fit(out, width)
    flat = _flat(out)
    assert "query: “death toll”" in flat
    assert "REVISED people killed" in flat
    assert "estimate: low 12, best 31, high 31" in flat
    # the timeline: undated first, then by as_of, each with source, figure and bounds
    timeline = (
        "undated",
        "2023-03-01 Coastal Herald At least 12 (≥ 12, at least)",
        "2023-03-09 Northern Wire 31 (31, exact)",
    )
    pos = [flat.index(x) for x in timeline]
    assert pos == sorted(pos)
    herald_sentence = H_KILLED.sentence
    assert _flat(herald_sentence) in flat  # long sentence wrapped, not cut
    assert "why grouped:" in flat and "same category killed" in flat


def test_claim_highlights_the_figure_in_its_sentence():
    buf = io.StringIO()
    console = Console(width=120, file=buf, force_terminal=True, color_system="standard")
    render_claim_table(Report(documents=DOCUMENTS, facts=(KILLED,)), console, query="killed")
    out = buf.getvalue()
    reverse = r"\x1b\[(?:\d+;)*7(?:;\d+)*m"
    # the figure inside the sentence, in reverse video, and only the figure
    assert re.search(reverse + re.escape("At least 12") + r"\x1b\[", out)
    assert re.search(reverse + re.escape("has risen to"), out) is None
    assert re.search(reverse + "31" + r"\x1b\[", out)


def test_claim_without_a_match_says_so_and_lists_the_facts():
    out = _render(
        render_claim_table, 80, Report(documents=DOCUMENTS), query="arrests", available=REPORT.facts
    )
    flat = _flat(out)
    assert "No fact matches “arrests”." in flat
    for label in (
        "residents evacuated CONFLICT, 2 sources",
        "people killed REVISED, 3 sources",
        "people injured SINGLE, 1 source",
    ):
        assert label in flat


# ---------------------------------------------------------------- extract, sources, quantities


@pytest.mark.parametrize("width", WIDTHS)
def test_extract_lists_claims_dates_names_quotes(width):
    out = _render(render_extract_table, width, DOCUMENTS, EXTRACTIONS)
    _lines_fit(out, width)
    flat = _flat(out)
    assert (
        "At least 12 (≥ 12, at least) killed: people · per regional governor Ana Petrova "
        "· as of 2023-03-01"
    ) in flat
    assert "more than 2,000 (≥ 2,001, more than) evacuated: residents" in flat
    assert (
        "5,000 (5,000, exact) evacuated: residents · per volunteers · date unknown · PROJECTION"
    ) in flat
    assert "on Tuesday → 2023-02-28 (dam failed) [relative]" in flat
    assert "Ana Petrova (PERSON): Ana Petrova, Petrova" in flat
    assert "Ana Petrova: “We will rebuild every home,”" in flat
    assert "no count claims" not in flat


@pytest.mark.parametrize("width", WIDTHS)
def test_sources_show_provenance_set_aside_and_problems(width):
    out = _render(render_sources_table, width, CORPUS)
    _lines_fit(out, width)
    flat = _flat(out)
    assert "outlet: Coastal Herald (front matter) · published: 2023-03-02 (inferred)" in flat
    assert f"{len(HERALD_BODY.split())} words" in flat
    assert (
        "set aside: 1 paragraph • “Subscribe to our newsletter for daily updates.” "
        "— newsletter appeal"
    ) in flat
    assert "published: unknown" in flat
    assert "corpus/scan.pdf: not text (a PDF)" in flat
    assert "not UTF-8; read as cp1251 (read anyway)" in flat


def test_quantities_table_lists_every_quantity_with_its_line():
    out = _render(render_quantities_table, 80, QUANTITY_LINES)
    rows = [line.split() for line in out.splitlines()]
    assert ["1", "$1.5", "million", "1,500,000", "1,500,000", "exact", "money", "USD"] in rows
    assert ["3", "dozens", "—", "≥", "24", "vague", "count", "—"] in rows
    assert "No quantities found." in _render(render_quantities_table, 80, [(1, ())])


# ---------------------------------------------------------------- words and sanitising


@pytest.mark.parametrize(
    ("claim", "shown"),
    [
        (H_KILLED, "At least 12"),
        (W_EVACUATED, "more than 2,000"),  # digits only: the bound is said in words
        (V_KILLED, "Dozens"),
        (V_EVACUATED, "About 500"),
    ],
)
def test_figure_as_written(claim, shown):
    assert figure(claim) == shown


def test_a_figure_spanning_a_clause_is_shown_as_its_interval_with_its_ends():
    import dataclasses

    summed = dataclasses.replace(
        H_KILLED,
        text="9 “gunmen” were “neutralised” on the bridge and a further 6",
        value=15,
        low=15,
        high=15,
        qualifier=Qualifier.EXACT,
    )
    assert figure(summed) == "15 (“9 “gunmen” … 6”)"


def test_figure_offset_found_by_offset_or_by_search():
    import dataclasses

    assert figure_offset(H_KILLED) == (0, len("At least 12"))
    moved = dataclasses.replace(H_KILLED, sentence_start=H_KILLED.sentence_start - 5)
    assert figure_offset(moved) == (0, len("At least 12"))
    gone = dataclasses.replace(H_KILLED, text="99", qualifier=Qualifier.EXACT)
    assert figure_offset(gone) is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b[31mred\x1b[0m", "␛[31mred␛[0m"),
        ("title\x1b]0;pwned\x07", "title␛]0;pwned␇"),
        ("44 killed\r99 killed", "44 killed 99 killed"),
        ("a\x00b\x7fc", "a␀b␡c"),
        ("8-bit CSI \x9b2J", "8-bit CSI \ufffd2J"),
        ("toll \u202e722", "toll \ufffd722"),
        ("isolate \u2066x\u2069", "isolate \ufffdx\ufffd"),
        ("tab\there", "tab here"),
        ("two\nlines", "two lines"),
        ("Токаев — “quoted” 😀", "Токаев — “quoted” 😀"),
        ("", ""),
    ],
)
def test_sanitize_cases(raw, clean):
    assert sanitize(raw) == clean


def test_sanitize_can_keep_line_breaks_and_takes_none():
    assert sanitize("a\nb\rc", keep_newlines=True) == "a\nb c"
    assert sanitize(None) == ""


@given(st.text())
def test_sanitize_keeps_length_and_leaves_nothing_dangerous(text):
    out = sanitize(text)
    assert len(out) == len(text)
    assert is_clean(out)
    _no_controls(out)


def test_a_replaced_figure_is_worded_as_superseded_or_withdrawn_not_retracted() -> None:
    # "rose from 190 to 225": the 190 was replaced, not disowned; the status covers both
    details = claim_details(dataclasses.replace(H_KILLED, status=Status.RETRACTED))
    assert "SUPERSEDED OR WITHDRAWN" in details
    assert "RETRACTED" not in details


def test_a_low_that_a_later_figure_replaced_says_so() -> None:
    # a toll that rose from 2 to 21 the same day: 2 was credible when given, but a reader
    # must not take the estimate's low for a count that may still stand
    (rose,) = compare_claims(
        (
            claim("a:c1", "2", by="police", on="2022-05-24"),
            claim("b:c1", "21", by="state police", on="2022-05-25"),
        )
    )
    assert estimate_words(rose) == "low 2 (an earlier figure, since revised), best 21, high 21"
    # two counting bodies at odds: both figures stand, so the low is one of them
    (rival,) = compare_claims(
        (
            claim("a:c1", "30", by="state government", on="2025-01-30"),
            claim("b:c1", "82", by="a broadcaster's investigation", on="2025-01-30"),
        )
    )
    assert rival.replaced == ()
    assert estimate_words(rival).startswith("low 30, best ")


def test_a_low_that_a_standing_figure_states_is_not_called_revised() -> None:
    # police 20, later 25; doctors "up to 15" the day of the 25: the low is the doctors'
    # standing bound, not the replaced 20
    (fact,) = compare_claims(
        (
            claim("a:c1", "20", by="police", on="2024-03-01"),
            claim("b:c1", "25", by="police", on="2024-03-03"),
            claim("c:c1", "<=15", by="doctors", on="2024-03-03"),
        )
    )
    assert fact.replaced == ("a:c1",)
    assert estimate_words(fact).startswith("low 15, best")
