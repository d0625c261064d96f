"""JSON and JSON Lines output: the wire objects, serialised.

Machine output never goes through Rich. Keys keep the order the wire module
builds them in (the order of architecture.md), so output is byte-stable; non-ASCII
text is written as itself, so names such as "Токаев" stay readable. Which objects
make up the lines of each command's ``jsonl`` is decided in ``kzdiff.wire``.

Serialising is orjson's: the stdlib falls back to its pure-Python encoder whenever
``indent`` is set, which spent 2.5-3.5 s of a 10,000-article run on 88 MB of output;
orjson writes the same layout in 0.2-0.4 s. orjson refuses integers beyond 64 bits
and lone surrogates; such a payload is written by ``json.dumps`` (``_stdlib``). The
two spell a few floats differently (1e-05 / 0.00001), never their values. NaN and
Infinity, which JSON has no words for and extraction never yields, are null from
orjson and an error from the stdlib, never a bare word a strict parser rejects.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import re
import typing
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from kzdiff import wire
from kzdiff.records import Claim, Number, Report

_SURROGATE = re.compile("[\ud800-\udfff]")


def _stdlib(obj: Any, indent: int | None) -> str:
    """What orjson refuses, by ``json.dumps`` in the same layout; a lone surrogate (a file
    name that is not UTF-8 arrives as one) as its \\u escape, as ``ensure_ascii`` would
    write it, so the bytes stay UTF-8 and ``os.fsencode(json.loads(...))`` gives the
    name's bytes back. Only strings can hold one, so the escape lands inside a string."""
    text = json.dumps(
        obj,
        ensure_ascii=False,
        indent=indent,
        allow_nan=False,
        separators=(",", ": ") if indent else (",", ":"),
    )
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _dumps_bytes(obj: Any, indent: int | None, newline: bool = False) -> bytes:
    import orjson  # imported here: `kzdiff --help` never loads it

    option = (orjson.OPT_INDENT_2 if indent == 2 else 0) | (
        orjson.OPT_APPEND_NEWLINE if newline else 0
    )
    if indent in (None, 2):
        try:
            return orjson.dumps(obj, option=option)
        except TypeError:  # orjson.JSONEncodeError is one: a huge integer, a lone surrogate
            pass
    return (_stdlib(obj, indent) + ("\n" if newline else "")).encode("utf-8")


def _dumps(obj: Any, indent: int | None) -> str:
    return _dumps_bytes(obj, indent).decode("utf-8")


def render_json(payload: Mapping[str, Any], *, indent: int | None = 2) -> str:
    """One JSON document, ending with a newline (compact when ``indent`` is None)."""
    return _dumps(payload, indent) + "\n"


def render_json_bytes(payload: Mapping[str, Any]) -> bytes:
    """``render_json`` as the UTF-8 bytes JSON is made of, to write to stdout's buffer:
    84 MB of report need not become text only to be encoded again."""
    return _dumps_bytes(payload, 2, newline=True)


def render_jsonl(rows: Iterable[Mapping[str, Any]]) -> str:
    """One compact JSON object per line; nothing at all when there are no rows.

    Newlines inside strings are escaped, so a row is always one line; U+2028/U+2029
    are escaped too, since some line readers split on them.
    """
    out = []
    for row in rows:
        line = _dumps(row, None).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        out.append(line + "\n")
    return "".join(out)


# ---------------------------------------------------------------- compare / claim reports


def render_report_json_bytes(
    command: str, report: Report, query: str | None = None, *, explain: bool = False
) -> bytes:
    """``render_json_bytes(wire.report_to_wire(...))``, the same bytes, sooner.

    Each claim that orjson writes the same as its ``claim_to_wire`` dict is handed to
    orjson as the record itself (``_claims_as_records`` says when): building the 151,000
    claim dicts of a 10,000-article report took 0.44 s, and orjson writes the records
    in 0.2 s more than the dicts (JSON 1.0-1.1 s -> 0.7 s). Anything orjson refuses (a
    huge integer, a lone surrogate) is written the dict way, whole, as before.
    """
    import orjson

    if not _claims_as_records():
        return render_json_bytes(wire.report_to_wire(command, report, query, explain=explain))
    bare = replace(report, facts=tuple(replace(f, claims=(), parts=()) for f in report.facts))
    payload = wire.report_to_wire(command, bare, query, explain=explain)
    for out, fact in zip(payload["facts"], report.facts, strict=True):
        out["claims"] = [_claim_for_orjson(c) for c in fact.claims]  # type: ignore[misc]
        out["parts"] = [_claim_for_orjson(c) for c in fact.parts]  # type: ignore[misc]
    try:
        return orjson.dumps(payload, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except TypeError:
        return render_json_bytes(wire.report_to_wire(command, report, query, explain=explain))


def _claim_for_orjson(c: Claim) -> Claim | wire.WireClaim:
    # an integral float (250000.0) is written as an int on the wire (``as_number``)
    if type(c.value) is float or type(c.low) is float or type(c.high) is float:
        return wire.claim_to_wire(c)
    return c


@functools.cache
def _claims_as_records() -> bool:
    """Whether orjson, writing a ``Claim`` record (its fields in order; an enum as its
    value, a tuple as a list), writes what ``wire.claim_to_wire`` gives for it: the
    same names in the same order, each field one that the wire passes on as it is
    (figures aside: ``_claim_for_orjson`` sends a claim with a float the dict way).
    A field added to one and not the other, or of another kind, turns this off."""
    hints = typing.get_type_hints(Claim)
    names = tuple(f.name for f in dataclasses.fields(Claim))
    if names != tuple(wire.WireClaim.__annotations__):
        return False
    figures = ("value", "low", "high")
    as_is = {str, int, bool, str | None, tuple[str, ...]}
    for name in names:
        tp = hints[name]
        if name in figures:
            ok = tp == Number | None
        else:
            ok = tp in as_is or (isinstance(tp, type) and issubclass(tp, enum.StrEnum))
        if not ok:
            return False
    return True
