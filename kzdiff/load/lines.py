"""Plain text read line by line, for ``kzdiff quantities``: bounded in size, in line
length and in memory, whatever the input is (a file, a pipe that never ends, /dev/zero).

Two passes. The first (``_survey``) reads the input in chunks, never more than one
chunk and one line at a time: it stops at ``max_size`` bytes or at a line longer than
``MAX_LINE_BYTES``, refuses binary input from its first bytes, checks the text is
UTF-8 and counts the evidence for the number style (decimal comma or point) that
``detect_decimal_comma`` would count over the whole text. Input that cannot be read
twice (stdin, a pipe, a device) is copied to a temporary file on the way. The second
pass yields the lines. So the lines and the number style are exactly those of the
whole text decoded at once, without ever holding it.

Text that is not plain UTF-8 (a byte-order mark, UTF-16, a legacy code page, or an
``--encoding``) goes through ``decode_bytes`` whole, as a document does: its guesses
need all of it. That is bounded by ``max_size`` too.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from kzdiff.errors import InputError
from kzdiff.load.decode import _SNIFF, _refuse_binary, decode_bytes, normalise_text

MAX_LINE_BYTES = 1 << 20  # a megabyte: fifty long articles on one line
_CHUNK = 1 << 16


@dataclass
class _Survey:
    utf8: bool  # valid UTF-8 without a byte-order mark: the lines can be decoded one by one
    comma: int  # unambiguous decimal-comma forms ("1.234.567", "1,5")
    point: int  # unambiguous decimal-point forms ("1,234,567", "1.5")


class TextLines:
    """The lines of one input, numbered from 1, and its number style.

    Use as a context manager: it holds the open input (or its temporary copy).
    """

    def __init__(
        self, source: str, stdin: BinaryIO, *, max_size: int, encoding: str | None = None
    ) -> None:
        self.name = "<stdin>" if source == "-" else source
        self.max_size = max_size
        self.encoding = encoding
        self._fh = _open_rereadable(source, stdin, self.name, max_size)
        self._survey = _survey(self._fh, self.name, max_size)
        self._fh.seek(0)
        self._text: str | None = None  # the whole text, when it had to be decoded whole
        if encoding or not self._survey.utf8:
            data = self._fh.read()
            self._text = decode_bytes(data, self.name, encoding=encoding).text

    @property
    def decimal_comma(self) -> bool:
        if self._text is not None:
            from kzdiff.number_style import detect_decimal_comma

            return detect_decimal_comma(self._text)
        return self._survey.comma > self._survey.point

    def __iter__(self) -> Iterator[tuple[int, str]]:
        """Every line but a last empty one (a final newline ends a line, it opens none)."""
        if self._text is not None:
            yield from enumerate(self._text.split("\n"), start=1)
            return
        n = 0
        for raw in self._fh:
            # normalised per line, as decode_bytes does the whole text; a lone CR is a
            # line end there too, so one raw line may hold several
            text = normalise_text(raw.decode("utf-8"))
            pieces = text.split("\n")
            if text.endswith("\n"):
                pieces.pop()  # the line's own end, not an empty line after it
            for piece in pieces:
                n += 1
                yield n, piece

    def __enter__(self) -> TextLines:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()


def _open_rereadable(source: str, stdin: BinaryIO, name: str, max_size: int) -> BinaryIO:
    """The input as a file that can be read twice: a regular file as it is (its size
    checked before reading), anything else copied to a temporary file, up to the limit."""
    if source == "-":
        return _spooled(stdin, name, max_size)
    try:
        fh = open(source, "rb")  # noqa: SIM115  (closed by TextLines)
    except OSError as e:
        raise InputError(
            f"cannot read: {(e.strerror or str(e)).lower()}; check the path", path=name
        ) from e
    st = os.fstat(fh.fileno())
    if stat.S_ISREG(st.st_mode):
        if st.st_size > max_size:
            fh.close()
            raise _too_big(name, max_size, st.st_size)
        return fh
    with fh:  # a FIFO or a device: read once, as a pipe is
        return _spooled(fh, name, max_size)


def _spooled(stream: BinaryIO, name: str, max_size: int) -> BinaryIO:
    """A temporary copy of a stream, refused as soon as it passes ``max_size`` bytes,
    or shows binary bytes or an over-long line (so /dev/zero fails in a moment)."""
    spool = tempfile.TemporaryFile()  # noqa: SIM115  (returned open)
    try:
        for chunk in _chunks(stream, name, max_size):
            spool.write(chunk)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool


def _chunks(stream: BinaryIO, name: str, max_size: int) -> Iterator[bytes]:
    """The stream's bytes in chunks, with the checks every input gets on the way."""
    total = 0
    line = 0  # bytes since the last line end
    head = b""
    lines_before = 1
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > max_size:
            raise _too_big(name, max_size)
        if len(head) < _SNIFF:
            head += chunk[: _SNIFF - len(head)]
            if len(head) >= _SNIFF:
                _refuse_binary(head, name)
        last = chunk.rfind(b"\n")
        line = line + len(chunk) if last < 0 else len(chunk) - last - 1
        if line > MAX_LINE_BYTES:
            raise _too_long(name, lines_before + chunk.count(b"\n"))
        lines_before += chunk.count(b"\n")
        yield chunk
    if len(head) < _SNIFF:
        _refuse_binary(head, name)


def _survey(fh: BinaryIO, name: str, max_size: int) -> _Survey:
    """One pass over the input: the checks, whether it is plain UTF-8, the number style."""
    from kzdiff.number_style import count_number_styles

    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    comma = point = 0
    carry = b""
    first = True
    for chunk in _chunks(fh, name, max_size):
        if first and chunk.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            utf8 = False  # a byte-order mark: decode_bytes knows what to do with it
        first = False
        if not utf8:
            continue
        # whole lines only: a figure cut between two chunks would be counted wrong
        cut = chunk.rfind(b"\n") + 1
        if not cut:
            carry += chunk  # at most one line: _chunks bounds it
            continue
        whole_lines, carry = carry + chunk[:cut], chunk[cut:]
        try:
            c, p = count_number_styles(decoder.decode(whole_lines))
        except UnicodeDecodeError:
            utf8 = False
            continue
        comma, point = comma + c, point + p
    if utf8 and carry:
        try:
            c, p = count_number_styles(decoder.decode(carry, final=True))
            comma, point = comma + c, point + p
        except UnicodeDecodeError:
            utf8 = False
    if utf8 and b"\x00" in _head(fh):
        utf8 = False  # maybe UTF-16 without a mark: decode_bytes tells
    return _Survey(utf8, comma, point)


def _head(fh: BinaryIO) -> bytes:
    fh.seek(0)
    return fh.read(_SNIFF)


def _too_big(name: str, max_size: int, size: int | None = None) -> InputError:
    from kzdiff.load.corpus import _mb

    what = f"is {_mb(size)}, over" if size is not None else "goes on past"
    return InputError(f"{what} the {_mb(max_size)} limit; pass --max-size to read it", path=name)


def _too_long(name: str, line: int) -> InputError:
    return InputError(
        f"line {line} is longer than {MAX_LINE_BYTES >> 20} MB; break it into lines "
        f"(e.g. fold -s -w 1000) or read it as an article with kzdiff extract",
        path=name,
    )
