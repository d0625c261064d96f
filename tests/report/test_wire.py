"""The wire format kzdiff/1: what a script reading kzdiff's JSON may rely on."""

from __future__ import annotations

import dataclasses

import pytest

from kzdiff import wire
from kzdiff.records import Corpus, Extraction, Report

from . import (
    CORPUS,
    DOCUMENTS,
    EXTRACTIONS,
    H_KILLED,
    HERALD,
    KILLED,
    PROBLEMS,
    QUANTITY_LINES,
    REPORT,
    V_EVACUATED,
    WIRE,
)

# The field names architecture.md lists, in its order.
CLAIM_FIELDS = [
    "id",
    "doc",
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "qualifier",
    "category",
    "subject",
    "part_of",
    "attribution",
    "as_of",
    "status",
    "sentence",
]
FACT_FIELDS = ["id", "label", "category", "subject", "verdict", "sources", "estimate", "claims"]
HEADER_FIELDS = ["id", "path", "outlet", "published", "title"]


def test_claim_fields_come_first_in_the_documented_order():
    out = wire.claim_to_wire(H_KILLED)
    assert list(out)[: len(CLAIM_FIELDS)] == CLAIM_FIELDS


def test_claim_values_are_what_the_article_says():
    out = wire.claim_to_wire(H_KILLED)
    assert out["text"] == "At least 12"
    assert HERALD.body[out["start"] : out["end"]] == out["text"]
    assert (out["value"], out["low"], out["high"]) == (12, 12, None)
    assert out["qualifier"] == "at_least"
    assert out["category"] == "killed"
    assert out["attribution"] == "regional governor Ana Petrova"
    assert out["as_of"] == "2023-03-01"
    assert out["status"] == "asserted"
    assert out["sentence"].startswith("At least 12 people were killed")
    assert out["sentence_start"] == out["start"]


def test_enum_values_are_plain_strings_and_integral_floats_are_ints():
    claim = dataclasses.replace(V_EVACUATED, value=500.0, low=450.0, high=550.5)
    out = wire.claim_to_wire(claim)
    assert type(out["qualifier"]) is str and type(out["category"]) is str
    assert type(out["status"]) is str
    assert out["value"] == 500 and type(out["value"]) is int
    assert out["high"] == 550.5


@pytest.mark.parametrize("command", ["compare", "claim"])
def test_report_documents_have_no_body(command):
    out = wire.report_to_wire(command, REPORT, "death toll")
    assert out["schema"] == "kzdiff/1"
    assert out["command"] == command
    for doc in out["documents"]:
        assert list(doc)[:5] == HEADER_FIELDS
        assert "body" not in doc and "claims" not in doc
    assert [d["id"] for d in out["documents"]] == [d.id for d in DOCUMENTS]


def test_claim_output_carries_the_query_and_compare_does_not():
    assert wire.report_to_wire("claim", REPORT, "death toll")["query"] == "death toll"
    assert "query" not in wire.report_to_wire("compare", REPORT)
    with pytest.raises(ValueError):
        wire.report_to_wire("claim", REPORT)
    with pytest.raises(ValueError):
        wire.report_to_wire("extract", REPORT)


def test_fact_holds_verdict_estimate_and_full_claims():
    out = wire.fact_to_wire(KILLED)
    assert list(out)[: len(FACT_FIELDS)] == FACT_FIELDS
    assert out["verdict"] == "revised"
    assert out["sources"] == 3
    assert out["estimate"] == {
        "low": 12,
        "best": 31,
        "high": 31,
        "rule": "best: the latest attributed figure",
    }
    assert [c["text"] for c in out["claims"]] == ["Dozens", "At least 12", "31"]
    assert all(list(c)[: len(CLAIM_FIELDS)] == CLAIM_FIELDS for c in out["claims"])
    assert out["latest"] == "2023-03-09-northern-wire:c1"


def test_grouping_reasons_only_with_explain():
    assert "why" not in wire.fact_to_wire(KILLED)
    assert wire.fact_to_wire(KILLED, explain=True)["why"] == list(KILLED.why)


def test_names_quotes_events_as_documented():
    out = wire.report_to_wire("compare", REPORT)
    assert out["names"][0] == {
        "canonical": "Ana Petrova",
        "label": "PERSON",
        "variants": [
            {"text": "Ana Petrova", "docs": [HERALD.id]},
            {"text": "Anna Petrova", "docs": [WIRE.id]},
        ],
    }
    assert out["quotes"][0]["difference"] == "We will rebuild every [single] home,"
    assert out["events"][0]["verdict"] == "conflict"
    assert out["events"][0]["mentions"][1] == {
        "doc": WIRE.id,
        "date": "2023-03-01",
        "text": "March 1",
        "caption": True,
    }


def test_problems_become_the_errors_list():
    out = wire.report_to_wire("compare", REPORT)
    assert out["errors"] == [
        {
            "path": "corpus/scan.pdf",
            "message": "not text (a PDF); convert it to text first",
            "skipped": True,
        },
        {"path": PROBLEMS[1].path, "message": "not UTF-8; read as cp1251", "skipped": False},
    ]
    assert wire.report_to_wire("compare", Report(documents=()))["errors"] == []


def test_extract_lists_everything_per_document():
    out = wire.extract_to_wire(DOCUMENTS, EXTRACTIONS[:1])
    herald, wire_doc, _ = out["documents"]
    assert [c["text"] for c in herald["claims"]] == ["At least 12", "40"]
    assert herald["dates"] == [
        {
            "text": "on Tuesday",
            "date": "2023-02-28",
            "start": HERALD.body.index("on Tuesday"),
            "end": HERALD.body.index("on Tuesday") + 10,
            "event": "dam failed",
            "caption": False,
            "relative": True,
            "note": None,
        }
    ]
    assert [e["canonical"] for e in herald["entities"]] == ["Ana Petrova", "Ana Petrova"]
    assert herald["quotes"][0]["speaker"] == "Ana Petrova"
    # a document with nothing extracted still appears, with empty lists
    assert (wire_doc["claims"], wire_doc["dates"], wire_doc["entities"], wire_doc["quotes"]) == (
        [],
        [],
        [],
        [],
    )


def test_extract_rows_one_claim_per_line_with_document_fields():
    rows = wire.extract_rows(DOCUMENTS, EXTRACTIONS)
    assert len(rows) == sum(len(ex.claims) for ex in EXTRACTIONS)
    first = rows[0]
    assert first["doc"] == HERALD.id
    assert (first["outlet"], first["published"], first["path"]) == (
        "Coastal Herald",
        "2023-03-02",
        HERALD.path,
    )
    assert rows[-1]["outlet"] == DOCUMENTS[2].outlet and rows[-1]["published"] is None


def test_sources_show_provenance_and_what_was_set_aside():
    out = wire.sources_to_wire(CORPUS)
    herald = out["documents"][0]
    assert herald["outlet_source"] == "front_matter"
    assert herald["published_source"] == "inferred"
    assert herald["words"] == len(HERALD.body.split())
    assert [b["text"] for b in herald["set_aside"]] == [
        "Subscribe to our newsletter for daily updates."
    ]
    assert herald["set_aside"][0]["reason"] == "newsletter appeal"
    assert out["documents"][1]["set_aside"] == []
    assert len(out["errors"]) == 2


def test_quantities_line_shape():
    line = wire.quantities_line_to_wire(*QUANTITY_LINES[0])
    assert line["line"] == 1
    assert line["quantities"][1] == {
        "text": "$1.5 million",
        "start": 30,
        "end": 42,
        "value": 1500000,
        "low": 1500000,
        "high": 1500000,
        "qualifier": "exact",
        "kind": "money",
        "unit": "USD",
    }
    whole = wire.quantities_to_wire(QUANTITY_LINES)
    assert [x["line"] for x in whole["lines"]] == [1, 2, 3]
    assert whole["lines"][1]["quantities"] == []


@pytest.mark.parametrize(
    ("command", "keys"),
    [
        ("extract", {"documents"}),
        ("sources", {"documents"}),
        ("compare", {"documents", "facts", "names", "quotes", "events"}),
        ("claim", {"query", "documents", "facts", "names", "quotes", "events"}),
        ("quantities", {"lines"}),
    ],
)
def test_failure_keeps_the_command_shape_with_the_reason_in_errors(command, keys):
    out = wire.failure_to_wire(command, "no readable files in empty/", path="empty/")
    assert set(out) == {"schema", "command", "errors"} | keys
    assert all(out[k] == [] for k in keys if k != "query")
    assert out["errors"] == [
        {"path": "empty/", "message": "no readable files in empty/", "skipped": True}
    ]


def test_empty_corpus_gives_empty_lists_not_missing_keys():
    out = wire.sources_to_wire(Corpus(documents=()))
    assert out["documents"] == [] and out["errors"] == []
    ex = wire.extract_to_wire((), [Extraction(doc="ghost")])
    assert ex["documents"] == []
