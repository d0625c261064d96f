"""Make article text safe to print on a terminal.

Articles are untrusted: a scraped page can carry ESC sequences that recolour,
move the cursor or retitle the window, carriage returns that overwrite what a
line said, or bidirectional overrides that make "227" display as "722". In a
tool whose whole point is showing figures faithfully, none of that may reach
the terminal raw.

Each dangerous character is replaced by exactly one visible, inert character
(ESC becomes "␛", so "\\x1b[31m" shows as "␛[31m"), never removed: offsets into
the text stay valid, so a claim's figure can still be highlighted in its
sentence, and the reader can see that the article contained something odd.
A regex scan, then (only when needed) one ``str.translate`` pass: linear.
"""

from __future__ import annotations

import re

_REPLACEMENT = "\ufffd"


def _table(keep_newlines: bool) -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        # Control Pictures block: U+2400 + code shows NUL as "␀", ESC as "␛".
        table[code] = chr(0x2400 + code)
    table[0x7F] = "\u2421"  # DEL
    # Whitespace controls read as a space: the article's line breaks are
    # layout, and the renderer does its own wrapping.
    for code in (0x09, 0x0A, 0x0B, 0x0C, 0x0D):
        table[code] = " "
    if keep_newlines:
        table[0x0A] = "\n"
    for code in range(0x80, 0xA0):  # C1 controls, including the 8-bit CSI
        table[code] = _REPLACEMENT
    # Bidirectional embeddings, overrides and isolates can reorder digits on
    # screen; line/paragraph separators break the layout like a newline.
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        table[code] = _REPLACEMENT
    table[0x2028] = " "
    table[0x2029] = " "
    return table


_ONE_LINE = _table(keep_newlines=False)
_MULTI_LINE = _table(keep_newlines=True)

# Most text has nothing to neutralise; one regex scan (in C) finds that out
# faster than translate can copy the string.
_NEEDS_ONE_LINE = re.compile("[" + re.escape("".join(map(chr, _ONE_LINE))) + "]")
_NEEDS_MULTI_LINE = re.compile(
    "[" + re.escape("".join(chr(c) for c, r in _MULTI_LINE.items() if chr(c) != r)) + "]"
)


def sanitize(text: str | None, *, keep_newlines: bool = False) -> str:
    """``text`` with control characters made visible and inert, same length.

    ``None`` becomes the empty string, so optional record fields can be passed
    straight in.
    """
    if not text:
        return ""
    if keep_newlines:
        return text.translate(_MULTI_LINE) if _NEEDS_MULTI_LINE.search(text) else text
    return text.translate(_ONE_LINE) if _NEEDS_ONE_LINE.search(text) else text


def is_clean(text: str) -> bool:
    """Whether ``text`` holds nothing ``sanitize`` would change (for tests and asserts)."""
    return sanitize(text, keep_newlines=True) == text
