"""JSON output: json.dumps's layout (orjson writes it; a fallback writes the rest)."""

from __future__ import annotations

import enum
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzdiff.report.json_out import render_json, render_jsonl


def _stdlib(obj: object, indent: int | None = 2) -> str:
    seps = (",", ": ") if indent else (",", ":")
    return json.dumps(obj, ensure_ascii=False, indent=indent, separators=seps)


_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
_no_floats = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _text
_scalars = _no_floats | st.floats(allow_nan=False, allow_infinity=False)


def _json(scalars: st.SearchStrategy) -> st.SearchStrategy:
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_text, inner, max_size=5),
        max_leaves=30,
    )


@settings(max_examples=300, deadline=None)
@given(_json(_no_floats))
def test_same_bytes_as_json_dumps_indented_and_compact(obj):
    assert render_json(obj) == _stdlib(obj) + "\n"
    assert render_json(obj, indent=None) == _stdlib(obj, None) + "\n"


@settings(max_examples=300, deadline=None)
@given(_json(_scalars))
def test_floats_keep_their_value(obj):
    assert json.loads(render_json(obj)) == obj


def test_a_figure_too_big_for_64_bits_is_still_written_exactly():
    huge = 10**30  # "a trillion trillion" read as a count: absurd, but never lost
    out = render_json({"value": huge, "claims": [{"high": -huge}]})
    assert json.loads(out) == {"value": huge, "claims": [{"high": -huge}]}
    assert out == _stdlib({"value": huge, "claims": [{"high": -huge}]}) + "\n"


def test_str_and_int_enums_are_written_as_their_values():
    class Kind(enum.StrEnum):
        KILLED = "killed"

    class Level(enum.IntEnum):
        TWO = 2

    payload = {"category": Kind.KILLED, "levels": [Level.TWO, Kind.KILLED]}
    assert json.loads(render_json(payload)) == {"category": "killed", "levels": [2, "killed"]}
    big = {**payload, "big": 10**30}  # written by the stdlib: orjson refuses the integer
    assert json.loads(render_json(big)) == {
        "category": "killed",
        "levels": [2, "killed"],
        "big": 10**30,
    }


@pytest.mark.parametrize("bad", [float("inf"), float("nan"), float("-inf")])
def test_numbers_json_has_no_words_for_are_never_a_bare_word(bad):
    def strict(word: str) -> None:
        raise AssertionError(f"bare {word} in the JSON")

    assert json.loads(render_json({"x": [bad]}), parse_constant=strict) == {"x": [None]}
    with pytest.raises(ValueError, match="not JSON compliant"):  # where the stdlib writes
        render_json({"x": [bad], "big": 10**30})


def test_refuses_objects_that_are_not_json():
    with pytest.raises(TypeError, match="not JSON serializable"):
        render_json({"when": object()})
    with pytest.raises(TypeError):
        render_json({"when": object(), "big": 10**30})


def test_jsonl_rows_fall_back_too_and_stay_one_line():
    out = render_jsonl([{"value": 10**30, "sentence": "a\nb\u2028c"}, {"value": 3}])
    lines = out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0]) == {"value": 10**30, "sentence": "a\nb\u2028c"}


# ---------------------------------------------------------------- compare / claim reports


def _report_json_the_dict_way(command: str, report, query=None, explain=False) -> bytes:
    from kzdiff import wire
    from kzdiff.report.json_out import render_json_bytes

    return render_json_bytes(wire.report_to_wire(command, report, query, explain=explain))


def test_a_report_written_from_claim_records_is_the_dict_way_byte_for_byte():
    from dataclasses import replace

    from kzdiff.report.json_out import render_report_json_bytes

    from . import KILLED, REPORT

    # figures of every kind: ints, an integral float (written as an int), a fraction,
    # open bounds, and a claim summed from others
    c0, c1, *rest = KILLED.claims
    claims = (
        replace(c0, value=250000.0, low=250000.0, high=None, derived_from=("a:c1", "a:c2")),
        replace(c1, value=None, low=2.5, high=3.75),
        *rest,
    )
    report = replace(REPORT, facts=(replace(KILLED, claims=claims, parts=claims[:1]),))
    for r in (REPORT, report):
        for explain in (False, True):
            assert render_report_json_bytes(
                "claim", r, "death toll", explain=explain
            ) == _report_json_the_dict_way("claim", r, "death toll", explain)
        assert render_report_json_bytes("compare", r) == _report_json_the_dict_way("compare", r)


def test_a_figure_orjson_refuses_is_written_the_dict_way_whole():
    from dataclasses import replace

    from kzdiff.report.json_out import render_report_json_bytes

    from . import KILLED, REPORT

    huge = replace(KILLED, claims=(replace(KILLED.claims[0], high=10**30), *KILLED.claims[1:]))
    report = replace(REPORT, facts=(huge,))
    out = render_report_json_bytes("compare", report)
    assert out == _report_json_the_dict_way("compare", report)
    assert json.loads(out)["facts"][0]["claims"][0]["high"] == 10**30


def test_claims_are_written_from_their_records():
    # Claim and WireClaim have the same fields in the same order, each passed on as it
    # is: orjson writes the records themselves (0.4 s of a 10,000-article run). A field
    # added to one and not the other, or one the wire converts, turns this fast path
    # off without changing the output; this test says so.
    from kzdiff.report.json_out import _claims_as_records

    assert _claims_as_records(), "Claim and wire.WireClaim differ: JSON of claims is slower"
