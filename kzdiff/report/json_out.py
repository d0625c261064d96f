"""JSON and JSON Lines output: the wire objects, serialised.

Machine output never goes through Rich. Keys keep the order the wire module
builds them in (the order of architecture.md), so output is byte-stable;
``ensure_ascii=False`` keeps names such as "Токаев" readable. Which objects
make up the lines of each command's ``jsonl`` is decided in ``kzdiff.wire``.

Indented output is written by ``_indented`` rather than ``json.dumps(indent=2)``:
the stdlib falls back to its pure-Python generator encoder whenever ``indent`` is
set, which spent 3.5 s of a 10,000-article run on 88 MB of output. ``_indented``
produces the same bytes (tests check it against ``json.dumps``) with the C string
escaper and one list of pieces, in about a quarter of the time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

_escape: Callable[[str], str] = json.encoder.encode_basestring


def _float(x: float) -> str:
    # allow_nan=False: NaN and Infinity are not JSON; fail loudly rather than
    # print something a strict parser rejects.
    if math.isfinite(x):
        return float.__repr__(x)
    raise ValueError(f"Out of range float values are not JSON compliant: {x!r}")


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _escape,
    int: int.__repr__,
    float: _float,
    bool: lambda b: "true" if b else "false",
    type(None): lambda _: "null",
}


def _scalar(o: Any) -> str | None:
    """The JSON text of a scalar (subclasses such as str enums included), or None."""
    if isinstance(o, str):
        return _escape(o)
    if o is None or isinstance(o, bool):
        return _SCALARS[type(o)](o)
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float(o)
    return None


def _key(k: Any) -> str:
    if isinstance(k, str):
        return _escape(k)
    if isinstance(k, (int, float, bool)) or k is None:  # as json.dumps: keys become strings
        return _escape(_SCALARS[bool if isinstance(k, bool) else type(k)](k)
                       if k is not None else "null")
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


def _indented(obj: Any, step: str) -> str:
    """``json.dumps(obj, indent=len(step), ensure_ascii=False, separators=(",", ": "))``."""
    scalars = _SCALARS
    is_scalar = scalars.__contains__
    out: list[str] = []
    append = out.append
    flat_encoders: dict[str, Callable[[Any], str]] = {}

    def flat(o: Any, inner: str) -> str:
        # A container of scalars only, by the C encoder: its item separator carries the
        # newline and indent, so only the brackets need their lines added here. (It
        # turns non-string keys into strings just as json.dumps does.)
        enc = flat_encoders.get(inner)
        if enc is None:
            enc = flat_encoders[inner] = json.JSONEncoder(
                ensure_ascii=False, allow_nan=False, check_circular=False,
                separators=("," + inner, ": ")).encode
        return enc(o)[1:-1]

    def write(o: Any, nl: str) -> None:
        if isinstance(o, dict):
            if not o:
                append("{}")
                return
            inner = nl + step
            if all(map(is_scalar, map(type, o.values()))):
                append("{" + inner)
                append(flat(o, inner))
                append(nl + "}")
                return
            sep = "{" + inner
            for k, v in o.items():
                append(sep)
                append(_key(k) + ": ")
                f = scalars.get(type(v))
                if f is not None:
                    append(f(v))
                else:
                    write(v, inner)
                sep = "," + inner
            append(nl + "}")
        elif isinstance(o, (list, tuple)):
            if not o:
                append("[]")
                return
            inner = nl + step
            if all(map(is_scalar, map(type, o))):
                append("[" + inner)
                append(flat(o, inner))
                append(nl + "]")
                return
            sep = "[" + inner
            for v in o:
                append(sep)
                f = scalars.get(type(v))
                if f is not None:
                    append(f(v))
                else:
                    write(v, inner)
                sep = "," + inner
            append(nl + "]")
        else:
            text = _scalar(o)
            if text is None:
                raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
            append(text)

    write(obj, "\n")
    return "".join(out)


def _dumps(obj: Any, indent: int | None) -> str:
    if indent:
        return _indented(obj, " " * indent)
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def render_json(payload: Mapping[str, Any], *, indent: int | None = 2) -> str:
    """One JSON document, ending with a newline."""
    return _dumps(payload, indent) + "\n"


def render_jsonl(rows: Iterable[Mapping[str, Any]]) -> str:
    """One compact JSON object per line; nothing at all when there are no rows.

    json.dumps escapes newlines inside strings, so a row is always one line;
    U+2028/U+2029 are escaped too, since some line readers split on them.
    """
    out = []
    for row in rows:
        line = _dumps(row, None).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        out.append(line + "\n")
    return "".join(out)
