"""Every command's JSON validates against the checked-in schema, and the schema
rejects payloads that break the contract (so these tests can fail)."""

from __future__ import annotations

import copy
import json
import typing

import jsonschema
import pytest

from kzdiff import wire
from kzdiff.records import Corpus, Report
from kzdiff.report import (
    render_extract_text,
    render_failure_text,
    render_quantities_text,
    render_report_text,
    render_sources_text,
)
from kzdiff.vocab import BlockKind, Category, EntityLabel, Kind, Qualifier, Status, Verdict

from . import CORPUS, DOCUMENTS, EXTRACTIONS, PROBLEMS, QUANTITY_LINES, REPORT

SCHEMA = wire.load_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _def_validator(ref: str) -> jsonschema.Draft202012Validator:
    """A validator for one definition, e.g. the object on each jsonl line."""
    return jsonschema.Draft202012Validator(
        {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": ref}
    )


def _errors(payload) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(payload)]


def _outputs() -> dict[str, str]:
    """Each command's JSON, as text, the way the CLI prints it."""
    return {
        "extract": render_extract_text("json", DOCUMENTS, EXTRACTIONS, PROBLEMS),
        "compare": render_report_text("json", "compare", REPORT, explain=True),
        "claim": render_report_text("json", "claim", REPORT, query="death toll"),
        "sources": render_sources_text("json", CORPUS),
        "quantities": render_quantities_text("json", QUANTITY_LINES),
        "empty compare": render_report_text("json", "compare", Report(documents=())),
        "empty sources": render_sources_text("json", Corpus(documents=())),
    }


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["properties"]["schema"]["const"] == wire.SCHEMA_VERSION


@pytest.mark.parametrize("name", list(_outputs()))
def test_every_command_json_validates(name):
    payload = json.loads(_outputs()[name])
    assert _errors(payload) == []


@pytest.mark.parametrize("command", wire.COMMANDS)
def test_failure_json_validates(command):
    payload = json.loads(render_failure_text(command, "nothing readable", query="x"))
    assert _errors(payload) == []
    assert payload["errors"][0]["message"] == "nothing readable"


@pytest.mark.parametrize(
    ("command", "text"),
    [
        ("extract", lambda: render_extract_text("jsonl", DOCUMENTS, EXTRACTIONS)),
        ("compare", lambda: render_report_text("jsonl", "compare", REPORT, explain=True)),
        ("claim", lambda: render_report_text("jsonl", "claim", REPORT, query="deaths")),
        ("sources", lambda: render_sources_text("jsonl", CORPUS)),
        ("quantities", lambda: render_quantities_text("jsonl", QUANTITY_LINES)),
    ],
)
def test_every_jsonl_line_validates_against_its_named_definition(command, text):
    validator = _def_validator(SCHEMA["x-jsonl-rows"][command])
    lines = text().splitlines()
    assert lines, "the sample has rows for every command"
    for line in lines:
        assert list(validator.iter_errors(json.loads(line))) == []


def _compare() -> dict:
    return json.loads(render_report_text("json", "compare", REPORT))


def _extract() -> dict:
    return json.loads(render_extract_text("json", DOCUMENTS, EXTRACTIONS))


def _drop(path: tuple, payload: dict) -> dict:
    payload = copy.deepcopy(payload)
    node = payload
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return payload


def _set(path: tuple, value, payload: dict) -> dict:
    payload = copy.deepcopy(payload)
    node = payload
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return payload


BROKEN = [
    ("no schema version", lambda: _drop(("schema",), _compare())),
    ("version 2", lambda: _set(("schema",), "kzdiff/2", _compare())),
    ("no errors list", lambda: _drop(("errors",), _compare())),
    ("no facts", lambda: _drop(("facts",), _compare())),
    ("fact without verdict", lambda: _drop(("facts", 0, "verdict"), _compare())),
    ("unknown verdict", lambda: _set(("facts", 0, "verdict"), "mostly", _compare())),
    ("estimate without best", lambda: _drop(("facts", 0, "estimate", "best"), _compare())),
    ("claim without qualifier", lambda: _drop(("facts", 0, "claims", 0, "qualifier"), _compare())),
    ("value as a string", lambda: _set(("facts", 0, "claims", 0, "value"), "44", _compare())),
    ("as_of not a date", lambda: _set(("facts", 1, "claims", 1, "as_of"), "Jan 7", _compare())),
    ("claim without its query", lambda: _set(("command",), "claim", _compare())),
    ("document without path", lambda: _drop(("documents", 0, "path"), _extract())),
    ("extracted document without claims", lambda: _drop(("documents", 0, "claims"), _extract())),
    (
        "unknown category",
        lambda: _set(("documents", 0, "claims", 0, "category"), "dead", _extract()),
    ),
    ("unknown command", lambda: _set(("command",), "diff", _extract())),
    ("error without message", lambda: _drop(("errors", 0, "message"), _compare())),
]


@pytest.mark.parametrize(("why", "make"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_payload_fails_validation(why, make):
    assert _errors(make()), why


@pytest.mark.parametrize(
    ("ref", "enum"),
    [
        ("#/$defs/claim/properties/qualifier", Qualifier),
        ("#/$defs/claim/properties/category", Category),
        ("#/$defs/claim/properties/status", Status),
        ("#/$defs/fact/properties/verdict", Verdict),
        ("#/$defs/quantity/properties/kind", Kind),
        ("#/$defs/entity/properties/label", EntityLabel),
        ("#/$defs/set_aside/properties/kind", BlockKind),
    ],
)
def test_schema_vocabularies_match_the_code(ref, enum):
    node = SCHEMA
    for key in ref.removeprefix("#/").split("/"):
        node = node[key]
    assert node["enum"] == [m.value for m in enum]


@pytest.mark.parametrize(
    ("definition", "typed"),
    [
        ("claim", wire.WireClaim),
        ("quantity", wire.WireQuantity),
        ("date", wire.WireDate),
        ("entity", wire.WireEntity),
        ("quote", wire.WireQuote),
        ("document_header", wire.WireDocumentHeader),
        ("fact", wire.WireFact),
        ("estimate", wire.WireEstimate),
        ("name_group", wire.WireNameGroup),
        ("quote_group", wire.WireQuoteGroup),
        ("event_group", wire.WireEventGroup),
        ("error", wire.WireError),
    ],
)
def test_typeddicts_and_schema_name_the_same_fields(definition, typed):
    """The module and the schema describe one format: same fields, same required ones."""
    spec = SCHEMA["$defs"][definition]
    fields = set(typing.get_type_hints(typed))
    assert set(spec["properties"]) == fields
    assert set(spec["required"]) <= set(typed.__required_keys__)
