"""Reading every path the user gave into one Corpus; bad files never stop the rest."""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
import stat
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO

from kzdiff.errors import InputError, KzdiffError, NoDocumentsError
from kzdiff.load.discover import STDIN, discover, not_regular_message, shown
from kzdiff.load.documents import KNOWN_EXTENSIONS, STDIN_PATH, FileResult, read_file
from kzdiff.load.ids import unique_ids
from kzdiff.records import Corpus, Document, LoadProblem

if TYPE_CHECKING:
    from kzdiff.cache import Cache

log = logging.getLogger(__name__)

DEFAULT_MAX_SIZE = 50 * 2**20


def load_paths(
    paths: Sequence[str],
    *,
    encoding: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    stdin: BinaryIO | None = None,
    cache: Cache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Corpus:
    """Every document under ``paths`` (files, folders, ``-`` for stdin), in order.

    Files that cannot be used become LoadProblems (skipped=True); files read with a caveat
    (a guessed encoding, broken front matter) add a warning (skipped=False). Raises
    NoDocumentsError when nothing at all could be read. With a ``cache``, a file whose
    bytes, path and ``encoding`` were loaded before is read back from it, warnings
    included; files that fail are never cached, so their message is given every time.
    ``progress(done, total)`` is called as files are read.
    """
    found, problems = discover(paths, KNOWN_EXTENSIONS)
    docs: list[Document] = []
    for done, item in enumerate(found):
        if progress is not None:
            progress(done, len(found))
        name = STDIN_PATH if item.path == STDIN else item.path
        try:
            data = _read(item.path, max_size, stdin)
            result = _read_file(data, name, encoding, cache)
        except KzdiffError as exc:
            problems.append(LoadProblem(shown(name), exc.message, skipped=True))
            continue
        except OSError as exc:
            problems.append(LoadProblem(shown(name), _os_message(exc), skipped=True))
            continue
        docs.extend(result.documents)
        problems.extend(dataclasses.replace(p, path=shown(p.path)) for p in result.problems)
    if progress is not None:
        progress(len(found), len(found))
    if not docs:
        raise _nothing_read(paths, problems)
    ids = unique_ids(d.id for d in docs)
    docs = [
        d if d.id == i else dataclasses.replace(d, id=i) for d, i in zip(docs, ids, strict=True)
    ]
    return Corpus(tuple(docs), tuple(problems))


def _read_file(data: bytes, name: str, encoding: str | None, cache: Cache | None) -> FileResult:
    if cache is None:
        return read_file(data, name, encoding=encoding)
    key = cache.file_key(data, name, encoding)
    hit = cache.get_file(key, name)
    if hit is not None:
        return FileResult(*hit)
    result = read_file(data, name, encoding=encoding)
    cache.put_file(key, result.documents, result.problems)
    return result


def _read(path: str, max_size: int, stdin: BinaryIO | None) -> bytes:
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_capped(stream, max_size, 0)
    else:
        # a bare descriptor: open() adds a buffer, an isatty check and a seek to each
        # of 10,000 files
        # O_NONBLOCK: a named pipe put in place of a file since it was found must not
        # make open() wait for a writer; it is refused below like any non-file
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | _NONBLOCK)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise InputError(not_regular_message(st.st_mode))
            size = st.st_size
            if size > max_size:
                raise _too_big(size, max_size)
            data = _read_capped(fd, max_size, size)  # the size may change, or be 0
        finally:
            os.close(fd)
    if len(data) > max_size:
        raise _too_big(len(data), max_size)
    return data


_CHUNK = 1 << 20
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _read_capped(source: BinaryIO | int, limit: int, size_hint: int) -> bytes:
    """At most ``limit + 1`` bytes of a stream or file descriptor, in chunks:
    ``read(limit + 1)`` would allocate the whole limit (50 MB by default, more with
    --max-size) for every file, however small."""
    read = functools.partial(os.read, source) if isinstance(source, int) else source.read
    chunks: list[bytes] = []
    total = 0
    want = min(limit + 1, size_hint + 1 if size_hint else _CHUNK)
    while total <= limit:
        chunk = read(min(want, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = _CHUNK
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _too_big(size: int, max_size: int) -> KzdiffError:
    return InputError(f"is {_mb(size)}, over the {_mb(max_size)} limit; pass --max-size to read it")


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n} bytes"


def _os_message(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot be read (permission denied); check its permissions"
    if isinstance(exc, IsADirectoryError):
        return "is a folder that could not be walked; skipped"
    return f"cannot be read ({(exc.strerror or type(exc).__name__).lower()}); skipped"


def _nothing_read(paths: Sequence[str], problems: list[LoadProblem]) -> NoDocumentsError:
    names = ", ".join(shown(p) for p in paths) or "(no paths)"
    if not problems:
        detail = "empty folder" if len(paths) == 1 and os.path.isdir(paths[0]) else "no files"
        detail += "; add .txt, .md, .html, .json or .jsonl articles"
    elif len(problems) == 1:
        detail = problems[0].message
        if problems[0].path != names:
            detail = f"{problems[0].path}: {detail}"
    else:
        detail = f"{len(problems)} problems, listed above; fix or remove those files"
    exc = NoDocumentsError(f"no readable documents ({detail})", path=names)
    # for the CLI to list "above"; a single problem is told in the message itself
    exc.problems = tuple(problems) if len(problems) > 1 else ()  # type: ignore[attr-defined]
    return exc
