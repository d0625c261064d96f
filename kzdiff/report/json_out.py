"""JSON and JSON Lines output: the wire objects, serialised.

Machine output never goes through Rich. Keys keep the order the wire module
builds them in (the order of architecture.md), so output is byte-stable; non-ASCII
text is written as itself, so names such as "Токаев" stay readable. Which objects
make up the lines of each command's ``jsonl`` is decided in ``kzdiff.wire``.

Serialising is orjson's: the stdlib falls back to its pure-Python encoder whenever
``indent`` is set, which spent 2.5-3.5 s of a 10,000-article run on 88 MB of output;
orjson writes the same layout in 0.2-0.4 s. orjson refuses integers beyond 64 bits
and lone surrogates (JSON input can smuggle one in as an escape); such a payload is
written by ``_encode`` instead, which has ``json.dumps``'s layout and bytes (tests
check both against ``json.dumps``), lone surrogates escaped as ``ensure_ascii`` would.
The two spell a few floats differently (1e-05 / 0.00001), never their values.
Neither writes NaN or Infinity, which JSON has no words for: both write null.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

_escape_basestring: Callable[[str], str] = json.encoder.encode_basestring  # C where built
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(text: str) -> str:
    """A JSON string literal, non-ASCII as itself but a lone surrogate as its \\u escape
    (a file name that is not UTF-8 arrives as one): the bytes stay UTF-8, and
    ``os.fsencode(json.loads(...))`` gives the name's bytes back."""
    out = _escape_basestring(text)
    if _SURROGATE.search(out):
        out = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
    return out


def _float(x: float) -> str:
    return float.__repr__(x) if math.isfinite(x) else "null"


def _scalar(o: Any) -> str | None:
    """The JSON text of a scalar (subclasses such as str enums included), or None."""
    if isinstance(o, str):
        return _escape(o)
    if o is None:
        return "null"
    if isinstance(o, bool):
        return "true" if o else "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float(o)
    return None


def _key(k: Any) -> str:
    if isinstance(k, str):
        return _escape(k)
    text = _scalar(k)  # as json.dumps does, other scalar keys become strings
    if text is None:
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
    return _escape(text)


def _encode(obj: Any, indent: int | None) -> str:
    """``json.dumps(obj, ensure_ascii=False)`` with kzdiff's separators: compact when
    ``indent`` is None, else indented by that many spaces; NaN and Infinity as null."""
    step = " " * indent if indent else ""
    key_sep = ": " if indent else ":"
    out: list[str] = []
    append = out.append

    def write(o: Any, nl: str) -> None:
        if isinstance(o, dict):
            if not o:
                append("{}")
                return
            inner = nl + step
            sep = "{" + inner
            for k, v in o.items():
                append(sep)
                append(_key(k) + key_sep)
                write(v, inner)
                sep = "," + inner
            append(nl + "}")
        elif isinstance(o, (list, tuple)):
            if not o:
                append("[]")
                return
            inner = nl + step
            sep = "[" + inner
            for v in o:
                append(sep)
                write(v, inner)
                sep = "," + inner
            append(nl + "]")
        else:
            text = _scalar(o)
            if text is None:
                raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
            append(text)

    write(obj, "\n" if indent else "")
    return "".join(out)


def _dumps_bytes(obj: Any, indent: int | None, newline: bool = False) -> bytes:
    import orjson  # imported here: `kzdiff --help` never loads it

    option = (orjson.OPT_INDENT_2 if indent == 2 else 0) | (
        orjson.OPT_APPEND_NEWLINE if newline else 0)
    if indent in (None, 2):
        try:
            return orjson.dumps(obj, option=option)
        except TypeError:  # orjson.JSONEncodeError is one: a huge integer, a lone surrogate
            pass
    return (_encode(obj, indent) + ("\n" if newline else "")).encode("utf-8")


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
