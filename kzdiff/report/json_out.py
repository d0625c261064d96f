"""JSON and JSON Lines output: the wire objects, serialised with the stdlib.

Machine output never goes through Rich. Keys keep the order the wire module
builds them in (the order of architecture.md), so output is byte-stable;
``ensure_ascii=False`` keeps names such as "Токаев" readable. Which objects
make up the lines of each command's ``jsonl`` is decided in ``kzdiff.wire``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any


def _dumps(obj: Any, indent: int | None) -> str:
    # allow_nan=False: NaN and Infinity are not JSON; fail loudly rather than
    # print something a strict parser rejects.
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(
        obj, ensure_ascii=False, indent=indent, allow_nan=False, separators=separators
    )


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
