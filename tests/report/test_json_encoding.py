"""The indented JSON writer is json.dumps(indent=2) byte for byte, only faster."""

from __future__ import annotations

import enum
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzdiff.report.json_out import render_json


def _stdlib(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False,
                      separators=(",", ": ")) + "\n"


_scalars = (st.none() | st.booleans() | st.integers(-(10**20), 10**20)
            | st.floats(allow_nan=False, allow_infinity=False)
            | st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
_keys = st.one_of(st.text(max_size=6), st.integers(-5, 5), st.booleans(), st.none())
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_keys, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_same_bytes_as_json_dumps_for_any_json_value(obj):
    assert render_json(obj) == _stdlib(obj)


def test_same_bytes_for_nested_wire_like_records():
    payload = {
        "schema": "kzdiff/1",
        "facts": [{"id": "f1", "estimate": {"low": 44, "best": 227.5, "high": None},
                   "claims": [{"text": "“227”\n", "value": 227, "tags": ("a", 1),
                               "empty": [], "none": {}}]}],
        "errors": [],
    }
    assert render_json(payload) == _stdlib(payload)


def test_str_and_int_enums_are_written_as_their_values():
    class Kind(enum.StrEnum):
        KILLED = "killed"

    class Level(enum.IntEnum):
        TWO = 2

    payload = {"category": Kind.KILLED, "levels": [Level.TWO, Kind.KILLED]}
    assert json.loads(render_json(payload)) == {"category": "killed", "levels": [2, "killed"]}


@pytest.mark.parametrize("bad", [float("inf"), [float("nan")], {"x": {"y": float("-inf")}}])
def test_refuses_values_json_cannot_hold(bad):
    with pytest.raises(ValueError, match="not JSON compliant"):
        render_json(bad)


def test_refuses_objects_that_are_not_json():
    with pytest.raises(TypeError, match="not JSON serializable"):
        render_json({"when": object()})
