"""Bytes to text: UTF-8 first, then UTF-16 by BOM, then a careful guess; binary refused.

The guess matters because charset-normalizer misjudges short texts (a latin-1 page with two
accented letters comes back as a Mac code page or big5). So cp1252 and cp1251, the legacy
encodings of most news pages kzdiff meets, are tried first, each decoding scored by how
many of its words look like mojibake (Latin and Cyrillic letters in one word, runs of
accented Latin letters); the cleanest wins, cp1252 on a tie. The detector is asked only
when both look wrong. Other legacy encodings (Greek, Turkish...) may need ``--encoding``.

Line endings are normalised to ``\\n`` and NUL bytes removed here, before anything takes
offsets: every offset kzdiff reports is into this normalised text.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from kzdiff.errors import DecodeError

log = logging.getLogger(__name__)

_SNIFF = 8192
_PDF_MAGIC = b"%PDF-"
# Magic numbers of formats people save next to articles: named in the message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (_PDF_MAGIC, "a PDF"),
    (b"PK\x03\x04", "a zip archive (perhaps .docx or .epub)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Office file"),
    (b"{\\rtf", "an RTF document"),
)
_FIXES = {
    "a PDF": "convert it to text first (e.g. pdftotext FILE)",
    "gzip-compressed": "decompress it first (gunzip FILE)",
}
# Bytes that never occur in text (C0 controls other than tab, newlines, form feed, escape).
# ANSI/VT escape sequences: CSI (ESC [ or 8-bit CSI) params then a final byte, OSC
# (ESC ]) up to BEL or ESC \, and two-byte escapes. Each part is a single character
# class, so the match is linear.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_LEGACY = ("cp1252", "cp1251")
_WORD = re.compile(r"[^\W\d_]+")
_LINE_ENDS = re.compile(r"\r\n?")
_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None  # read, but the user should know how (guessed, repaired)


def decode_bytes(data: bytes, path: str, *, encoding: str | None = None) -> Decoded:
    """Decode one file's bytes; raise DecodeError (one line, with a fix) when it is not text."""
    if encoding:
        return _forced(data, path, encoding)
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8) :], path, "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16(data, path)
    _refuse_binary(data, path)
    head = data[:_SNIFF]
    if b"\x00" in head and _looks_utf16_without_bom(head):
        codec = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            return Decoded(normalise_text(text), codec, f"read as {codec} (no byte-order mark)")
    return _utf8(data, path, "utf-8")


def normalise_text(text: str) -> str:
    """One line-ending convention, no NULs and no terminal escape sequences, so offsets
    mean the same on every platform and a stray "\x1b[2J" inside a sentence cannot
    change what a figure is read as (the terminal report neutralises what is left)."""
    if "\r" in text:
        text = _LINE_ENDS.sub("\n", text)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPES.sub("", text)
    return replace_surrogates(text)


def replace_surrogates(text: str) -> str:
    """U+FFFD for each lone surrogate: JSON can carry one as an escape ("\\ud800"), and
    no UTF-8 output (the terminal, a pipe, the cache) can hold it."""
    return _SURROGATES.sub("\ufffd", text)


def text_codec(encoding: str) -> str:
    """The codec's canonical name, if ``encoding`` names one that turns bytes into text.

    Python's codec registry also holds bytes-to-bytes and text-to-text transforms
    (rot13, base64, hex, zlib, uu): ``bytes.decode`` refuses them with a LookupError
    of its own, so they are refused here, by the same one line as an unknown name.
    Raises ValueError with that line."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError):  # ValueError: a name with a NUL in it
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        kind = "unknown encoding" if info is None else "not a text encoding"
        raise ValueError(
            f"{kind} {encoding!r}; pass a text encoding such as utf-8, cp1251 or latin-1"
        )
    return info.name


def _forced(data: bytes, path: str, encoding: str) -> Decoded:
    try:
        codec = text_codec(encoding)
    except ValueError as exc:
        raise DecodeError(str(exc), path=path) from None
    if codec.startswith("utf-8") and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return Decoded(normalise_text(data.decode(codec)), codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not valid {codec} (byte {exc.start}); check --encoding", path=path
        ) from None


def _utf16(data: bytes, path: str) -> Decoded:
    try:
        return Decoded(normalise_text(data.decode("utf-16")), "utf-16")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"has a UTF-16 mark but is not valid UTF-16 (byte {exc.start}); "
            "save it as UTF-8 or pass --encoding",
            path=path,
        ) from None


def _refuse_binary(data: bytes, path: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            fix = _FIXES.get(what, "save the article as .txt, .html or .json")
            raise DecodeError(f"is {what}, not text; {fix}", path=path)
    head = data[:_SNIFF]
    if b"\x00" not in head:
        return
    if _looks_utf16_without_bom(head):
        return
    controls = sum(head.count(bytes([b])) for b in _CONTROL)
    # A stray NUL in a text file is repaired (removed); many control bytes mean binary.
    if controls > max(2, len(head) // 100):
        raise DecodeError(
            "is a binary file, not text; save the article as .txt, .html or .json", path=path
        )


def _looks_utf16_without_bom(head: bytes) -> bool:
    even, odd = head[0::2], head[1::2]
    n = max(1, len(head) // 2)
    return (odd.count(0) > 0.4 * n and even.count(0) < 0.05 * n) or (
        even.count(0) > 0.4 * n and odd.count(0) < 0.05 * n
    )


def _utf8(data: bytes, path: str, name: str) -> Decoded:
    try:
        return Decoded(normalise_text(data.decode("utf-8")), name)
    except UnicodeDecodeError:
        pass
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd")
    multibyte = sum(1 for ch in repaired if ord(ch) > 0x7F and ch != "\ufffd")
    # Valid multi-byte sequences around a few bad bytes: damaged UTF-8, not a legacy page.
    if multibyte >= 2 * bad or name == "utf-8-sig":
        return Decoded(
            normalise_text(repaired),
            "utf-8",
            f"has {bad} invalid UTF-8 byte(s), replaced with U+FFFD; "
            "pass --encoding if the file is in another encoding",
        )
    return _guess_legacy(data, path)


def _guess_legacy(data: bytes, path: str) -> Decoded:
    # cp1252 and cp1251 cover most legacy news pages kzdiff meets; the detector is asked
    # only when both read as mojibake, because on short texts its guesses are wild.
    scored = [(_implausible_words(t), rank, c, t) for rank, (c, t) in enumerate(_decodings(data))]
    best = min(scored)
    if best[0] > 0:
        detected = _detect(data)
        if detected and detected not in _LEGACY:
            try:
                text = data.decode(detected)
            except (UnicodeDecodeError, LookupError):
                pass
            else:
                if _implausible_words(text) < best[0]:
                    best = (0, len(scored), detected, text)
    _, _, codec, text = best
    log.debug("%s: guessed %s", path, codec)
    return Decoded(
        normalise_text(text),
        codec,
        f"not UTF-8; read as {codec} (a guess); pass --encoding if the text looks wrong",
    )


def _decodings(data: bytes) -> Iterator[tuple[str, str]]:
    for codec in _LEGACY:
        try:
            yield codec, data.decode(codec)
        except UnicodeDecodeError:
            continue
    yield "latin-1", data.decode("latin-1")  # maps every byte, so there is always an answer


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # lazily: only legacy-encoded files need it

    match = from_bytes(data[: 1 << 20]).best()
    if match is None:
        return None
    try:
        return codecs.lookup(match.encoding).name
    except LookupError:
        return None


def _implausible_words(text: str) -> int:
    """How many words look like mojibake under this decoding."""
    bad = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        cyr = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
        latin_ascii = sum(1 for ch in word if ch.isascii())
        other = len(word) - cyr - latin_ascii
        mixed_scripts = bool(cyr and (latin_ascii or other))
        accent_run = bool(other and not cyr and _accented_run(word) >= 3)
        jumbled = bool(other and not latin_ascii and not cyr and len(word) >= 4)
        if mixed_scripts or accent_run or (jumbled and not _one_script(word)) or _case_flip(word):
            bad += 1
    return bad


def _case_flip(word: str) -> bool:
    """A capital after a small letter inside a non-ASCII word ("буфхнпмЯб"): mis-decoded."""
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def _accented_run(word: str) -> int:
    run = longest = 0
    for ch in word:
        if not ch.isascii() and ("\u00c0" <= ch <= "\u024f"):
            run += 1
            longest = max(longest, run)
        else:
            run = 0
    return longest


def _one_script(word: str) -> bool:
    """Whether a non-Latin word's letters come from one Unicode block (Greek, Arabic...)."""
    blocks = {ord(ch) >> 7 for ch in word}
    return len(blocks) <= 2
