"""A small strict reader for the flat front matter kzdiff documents use.

Not PyYAML: the block is a handful of ``key: value`` lines, and a real YAML loader would
bring tags (object construction) and anchors/aliases (billion-laughs expansion) into a
tool that reads whatever people scraped. Here nothing is ever interpreted: a value that
starts with a YAML tag ``!``, an anchor ``&`` or an alias ``*`` is ignored with a warning,
and nested or list values of keys kzdiff does not use are passed over.

The body starts after the closing ``---`` line and the blank line that follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_OPEN = "---"
_CLOSE = ("---", "...")
_MAX_LINES = 200  # front matter longer than this is not front matter but an unclosed block
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]{0,63})[ \t]*:(?:[ \t]+(.*)|[ \t]*)$")

# Front-matter keys kzdiff reads, by the Document field they fill (first key present wins).
KEYS: dict[str, tuple[str, ...]] = {
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename", "site"),
    "published": ("published", "date", "published_at", "publishedat", "pubdate"),
    "url": ("url", "link", "source_url"),
    "title": ("title", "headline"),
}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    fields: dict[str, str] = field(default_factory=dict)
    body_start: int = 0  # offset of the body in the text
    present: bool = False
    warnings: tuple[str, ...] = ()


def split_front_matter(text: str) -> FrontMatter:
    """Read a leading ``---`` block; when it is broken, warn and treat the file as plain text."""
    if not text.startswith(_OPEN):
        return FrontMatter()
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].rstrip() != _OPEN:
        return FrontMatter()
    pos = first_end + 1
    lines: list[str] = []
    body = -1
    for _ in range(_MAX_LINES):
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        line_end = len(text) if end < 0 else end
        line = text[pos:line_end]
        pos = line_end + 1
        if line.rstrip() in _CLOSE:
            body = min(pos, len(text))
            break
        lines.append(line)
    if body < 0:
        return FrontMatter(
            warnings=("unterminated front matter (no closing '---' line); read as plain text",)
        )
    raw: dict[str, str] = {}
    warnings: list[str] = []
    for line in lines:
        problem = _read_line(line, raw, warnings)
        if problem:
            return FrontMatter(
                warnings=(f"malformed front matter ({problem}); read as plain text",)
            )
    if text.startswith("\n", body):
        body += 1
    return FrontMatter(_known(raw), body, True, tuple(warnings))


def _read_line(line: str, raw: dict[str, str], warnings: list[str]) -> str | None:
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return None
    if line[0] in " \t" or stripped.startswith("- "):
        return None  # a nested or list value of the key above: not used by kzdiff
    m = _KEY_VALUE.match(stripped)
    if m is None:
        shown = stripped if len(stripped) <= 40 else stripped[:37] + "..."
        return f"line {shown!r} is not 'key: value'"
    key, value = m.group(1).lower(), (m.group(2) or "").strip()
    if value[:1] in ("!", "&", "*"):
        warnings.append(f"front matter {key!r} uses a YAML tag, anchor or alias; ignored")
        return None
    if value[:1] in ("|", ">", "[", "{"):
        return None  # block scalars and flow collections: not used by kzdiff
    raw.setdefault(key, _unquote(_strip_comment(value)))
    return None


def _strip_comment(value: str) -> str:
    if value[:1] in ("'", '"'):
        return value
    cut = value.find(" #")
    return value[:cut].rstrip() if cut >= 0 else value


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        inner = value[1:-1]
        return inner.replace('\\"', '"').replace("\\\\", "\\")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _known(raw: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, keys in KEYS.items():
        for key in keys:
            value = raw.get(key)
            if value:
                out[name] = value
                break
    return out
