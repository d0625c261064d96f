"""Document ids and content hashes: deterministic, derived from names and content only."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """A lowercase ASCII id part: "Démocratie Now! 07.01" -> "democratie-now-07-01"."""
    from anyascii import anyascii  # lazily: only non-ASCII names need it

    ascii_name = name if name.isascii() else anyascii(name)
    out = _NON_SLUG.sub("-", ascii_name.lower()).strip("-")
    return out[:80].rstrip("-") or "doc"


def stem_of(path: str) -> str:
    """The file name without folders and without its last extension."""
    name = re.split(r"[\\/]", path.rstrip("/\\"))[-1]
    stem, dot, _ = name.rpartition(".")
    return stem if dot and stem else name


def unique_ids(ids: Iterable[str]) -> list[str]:
    """The ids in order, a repeated one suffixed -2, -3 ... (never clashing with a given id)."""
    wanted = list(ids)
    taken = set(wanted)
    seen: set[str] = set()
    out: list[str] = []
    for base in wanted:
        new = base
        if new in seen:
            n = 2
            while f"{base}-{n}" in taken or f"{base}-{n}" in seen:
                n += 1
            new = f"{base}-{n}"
        seen.add(new)
        out.append(new)
    return out


def content_hash(body: str, *fields: str | None) -> str:
    """sha256 hex of the body and the metadata fields, each separated by a NUL."""
    h = hashlib.sha256(body.encode("utf-8", "surrogatepass"))
    for value in fields:
        h.update(b"\x00")
        h.update((value or "").encode("utf-8", "surrogatepass"))
    return h.hexdigest()
