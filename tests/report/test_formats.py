"""JSON, JSON Lines, CSV and markdown output: read back as data and checked."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest

from kzdiff.records import Report
from kzdiff.report import (
    diverges,
    render_compare_markdown,
    render_csv,
    render_extract_text,
    render_jsonl,
    render_quantities_text,
    render_report_text,
    render_sources_text,
)
from kzdiff.report.json_out import render_json

from . import (
    CORPUS,
    DOCUMENTS,
    EVACUATED,
    EXTRACTIONS,
    INJURED,
    KILLED,
    QUANTITY_LINES,
    REPORT,
    W_KILLED,
)

# ---------------------------------------------------------------- json / jsonl


def test_json_keeps_non_ascii_text_and_ends_with_a_newline():
    out = render_json({"canonical": "Касым-Жомарт Токаев", "quote": "“shoot”"})
    assert "Токаев" in out and "“shoot”" in out
    assert out.endswith("}\n")
    assert json.loads(out)["canonical"] == "Касым-Жомарт Токаев"


def test_json_is_byte_stable_across_runs():
    a = render_report_text("json", "compare", REPORT)
    b = render_report_text("json", "compare", REPORT)
    assert a == b


def test_jsonl_one_object_per_line_even_when_text_has_line_breaks():
    rows = [{"sentence": "first line\nsecond line"}, {"sentence": "a\u2028b"}, {"n": 3}]
    out = render_jsonl(rows)
    lines = out.split("\n")
    assert lines[-1] == "" and len(lines) == 4
    assert [json.loads(x) for x in lines[:-1]] == rows


def test_jsonl_of_nothing_is_empty():
    assert render_jsonl([]) == ""


def test_compare_jsonl_has_one_line_per_fact():
    lines = render_report_text("jsonl", "compare", REPORT).splitlines()
    facts = [json.loads(x) for x in lines]
    assert [f["id"] for f in facts] == [f.id for f in REPORT.facts]
    assert facts[1]["verdict"] == "revised"
    assert [c["text"] for c in facts[1]["claims"]] == ["Dozens", "At least 12", "31"]


def test_quantities_jsonl_has_one_line_per_input_line():
    lines = [json.loads(x) for x in render_quantities_text("jsonl", QUANTITY_LINES).splitlines()]
    assert [x["line"] for x in lines] == [1, 2, 3]
    assert [q["text"] for q in lines[0]["quantities"]] == ["at least 12", "$1.5 million"]
    assert lines[1]["quantities"] == []


def test_extract_jsonl_has_one_line_per_claim():
    text = render_extract_text("jsonl", DOCUMENTS, EXTRACTIONS)
    lines = [json.loads(x) for x in text.splitlines()]
    assert [x["text"] for x in lines] == [
        "At least 12",
        "40",
        "31",
        "2,000",
        "Dozens",
        "About 500",
        "5,000",
    ]
    assert lines[2]["outlet"] == "Northern Wire"


# ---------------------------------------------------------------- csv


def _read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_compare_csv_one_row_per_claim_with_its_fact_and_verdict():
    rows = _read(render_report_text("csv", "compare", REPORT))
    assert len(rows) == sum(len(f.claims) for f in REPORT.facts)
    by_claim = {r["claim"]: r for r in rows}
    w = by_claim[W_KILLED.id]
    assert (w["fact"], w["label"], w["verdict"]) == ("f1", "people killed", "revised")
    assert (w["value"], w["qualifier"], w["attribution"]) == ("31", "exact", "Emergency Ministry")
    assert (w["estimate_low"], w["estimate_best"], w["estimate_high"]) == ("12", "31", "31")
    assert w["latest"] == "true"
    assert w["outlet"] == "Northern Wire"
    dozens = by_claim[KILLED.claims[0].id]
    assert (dozens["value"], dozens["low"], dozens["high"]) == ("", "24", "")
    assert dozens["latest"] == "false"


def test_csv_quotes_commas_and_line_breaks_so_rows_stay_rows():
    rows = _read(render_csv([{"a": "12, or more", "b": "line\nbreak"}], ["a", "b"]))
    assert rows == [{"a": "12, or more", "b": "line\nbreak"}]


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 20 7946", "'+44 20 7946"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-1+2", "'-1+2"),
        ("people", "people"),
        (-5, "-5"),  # a number is data, not a formula
    ],
)
def test_csv_defuses_spreadsheet_formulas_in_text(cell, written):
    assert _read(render_csv([{"x": cell}], ["x"])) == [{"x": written}]


def test_extract_and_sources_and_quantities_csv():
    rows = _read(render_extract_text("csv", DOCUMENTS, EXTRACTIONS))
    assert [r["text"] for r in rows][:2] == ["At least 12", "40"]
    assert rows[0]["category"] == "killed" and rows[0]["as_of"] == "2023-03-01"
    src = _read(render_sources_text("csv", CORPUS))
    assert [(r["id"], r["set_aside"]) for r in src] == [
        (DOCUMENTS[0].id, "1"),
        (DOCUMENTS[1].id, "0"),
        (DOCUMENTS[2].id, "0"),
    ]
    q = _read(render_quantities_text("csv", QUANTITY_LINES))
    assert [(r["line"], r["text"], r["kind"]) for r in q] == [
        ("1", "at least 12", "count"),
        ("1", "$1.5 million", "money"),
        ("3", "dozens", "count"),
    ]


# ---------------------------------------------------------------- markdown


def test_markdown_lists_facts_divergence_first_with_each_source():
    md = render_compare_markdown(REPORT)
    order = [
        md.index(f"### {label}")
        for label in ("residents evacuated", "people killed", "people injured")
    ]
    assert order == sorted(order)
    killed = md[md.index("### people killed") : md.index("### people injured")]
    assert "REVISED" in killed
    assert "**Coastal Herald**: At least 12" in killed
    assert "**Northern Wire**: 31" in killed
    assert "Emergency Ministry" in killed and "2023-03-09" in killed
    assert "## Names spelled differently" in md and "Anna Petrova" in md
    assert "## Quotes worded differently" in md
    assert "## Events dated differently" in md and "photo caption" in md


def test_markdown_table_survives_pipes_and_markup_in_labels():
    fact = dataclasses.replace(INJURED, label="people | hurt *badly* [link](x)")
    md = render_compare_markdown(Report(documents=DOCUMENTS, facts=(fact,)))
    row = next(line for line in md.splitlines() if line.startswith("| people"))
    # six columns: seven unescaped pipes
    assert row.replace("\\|", "").count("|") == 7
    assert "\\*badly\\*" in md and "\\[link\\]" in md


def test_markdown_never_carries_terminal_escapes():
    md = render_compare_markdown(REPORT)
    assert "\x1b" not in md and "\x07" not in md and "\u202e" not in md


def test_markdown_for_a_query_that_matched_nothing():
    md = render_compare_markdown(Report(documents=DOCUMENTS), query="arrests")
    assert "No fact answers the query." in md


# ---------------------------------------------------------------- dispatch


def test_unknown_format_for_a_command_is_an_error():
    with pytest.raises(ValueError):
        render_sources_text("markdown", CORPUS)
    with pytest.raises(ValueError):
        render_report_text("yaml", "compare", REPORT)


def test_diverges_means_conflict_or_revision():
    assert diverges([INJURED, KILLED])
    assert diverges([EVACUATED])
    assert not diverges([INJURED])
    assert not diverges([])
