"""A cache of what kzdiff made of each input, so a re-run reads instead of re-parsing.

Two kinds of entry, each in its own folder:
- ``load-v1``: the documents (text, paragraphs, outlet, date) and the warnings one
  file's bytes gave. Key: sha256 over the file's raw bytes, the path it was read
  from (document ids come from it), the --encoding asked for and the code. A re-run
  skips decoding, HTML extraction and paragraph finding.
- ``extract-v1``: one document's extraction. Key: sha256 over everything extraction
  reads from a document (body, blocks, id, publication date, format) and the code.

"The code" is the extractor version, the kzdiff version, a fingerprint of kzdiff's
own source files and of the record layouts. A change to any input or any of them is
a miss, never a stale hit; the source fingerprint is there because a forgotten
version bump must not serve yesterday's results.

Entries are compact JSON: each record as a list of its field values in field
order. JSON rather than pickle because unpickling a file runs whatever code the
file names, and a cache directory is a place other tools and users can write to;
JSON can only ever yield data. Positional rows keep entries small and decoding
fast (one parse and one constructor call per record, about half the time of
unpickling the same records), and the layout fingerprint in the key makes a
reordered or added field a miss rather than a misread. orjson writes and parses
them (0.4 s less of a warm 10,000-article run than the stdlib); it refuses to
write integers beyond 64 bits and would read them back as floats, so an entry
holding one is written by the stdlib, marked by a leading space, and read by it.

Writes are atomic (a temporary file in the entry's directory, then
``os.replace``), so a killed run leaves either the old state or a whole entry.
An entry that cannot be read or decoded, or holds a field of the wrong type or range,
is rebuilt, with one line at -v for the first such entry of a run.
Writing, ``clear`` and ``info`` never follow a link inside the cache directory and
``clear`` removes only regular files named as the cache names them (see
"on disk, never through a link" below).
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import errno
import hashlib
import json
import logging
import math
import os
import re
import secrets
import stat
import sys
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzdiff.errors import CacheError
from kzdiff.records import (
    Block,
    Claim,
    DateMention,
    Document,
    Entity,
    Extraction,
    LoadProblem,
    Quote,
)

log = logging.getLogger(__name__)

LAYOUT = "extract-v1"  # directory of extraction entries inside the cache dir
LOAD_LAYOUT = "load-v1"  # directory of loaded-file entries
_SUFFIX = ".json"
_READ_CHUNK = 1 << 16  # an entry is a few KB: read in one go, then the empty read at its end
_TMP_PREFIX = ".tmp-"

_RECORDS: tuple[type, ...] = (Claim, DateMention, Entity, Quote)
_MAX_FLOAT_INT = int(sys.float_info.max)  # a larger integer overflows any float arithmetic
_FILE_RECORDS: tuple[type, ...] = (Document, Block, LoadProblem)


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/kzdiff, else ~/.cache/kzdiff.

    Raises CacheError when neither names a place: an empty HOME would put the cache in
    the current folder (or /.cache), a relative one under wherever kzdiff is run, and a
    HOME that does not exist would be created, path and all."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "kzdiff"
    home = os.environ.get("HOME") if os.name == "posix" else None
    if home is None:
        return Path.home() / ".cache" / "kzdiff"  # from the password database, or Windows'
    problem = (
        "is empty"
        if not home.strip()
        else "is not an absolute path"
        if not os.path.isabs(home)
        else "does not exist"
        if not os.path.isdir(home)
        else None
    )
    if problem is not None:
        raise CacheError(
            f"no cache folder: HOME {problem} ({home!r}); set XDG_CACHE_HOME or "
            "KZDIFF_CACHE_DIR to an absolute folder, or pass --cache-dir DIR or "
            "--no-cache"
        )
    return Path(home) / ".cache" / "kzdiff"


# ---------------------------------------------------------------- record codec


def _converter(tp: Any) -> Callable[[Any], Any] | None:
    """How to turn a decoded JSON value back into a field of type ``tp`` (None: as is)."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        members = {m.value: m for m in tp}
        return members.__getitem__
    if typing.get_origin(tp) is tuple:
        item = typing.get_args(tp)[0]
        if isinstance(item, type) and dataclasses.is_dataclass(item):  # Document.blocks
            dec = _decoder(item)
            return lambda rows: tuple(map(dec, rows))
        if typing.get_origin(item) is tuple:  # DateMention.terms: (event, verb) pairs
            return _rows_of(tuple(typing.get_args(a) or a for a in typing.get_args(item)))
        return _items_of(item)  # Claim.derived_from: ids
    if len(args) == 1 and args[0] is not tp:  # X | None
        inner = _converter(args[0])
        if inner is None:
            return None
        return lambda v: None if v is None else inner(v)
    return None


def _rows_of(kinds: tuple[Any, ...]) -> Callable[[Any], tuple[tuple[Any, ...], ...]]:
    """A converter of a list of rows to a tuple of tuples, each row of ``len(kinds)``
    values of those types (``str | None`` given as ``(str, NoneType)``)."""

    n = len(kinds)

    def convert(rows: Any) -> tuple[tuple[Any, ...], ...]:
        out = tuple(map(tuple, rows))
        for row in out:  # plain loops, no generator per row: 120,000 rows a warm run
            if len(row) != n:
                raise TypeError(f"a row of {n} values expected, got {row!r}")
            for v, k in zip(row, kinds, strict=True):
                if not isinstance(v, k):
                    raise TypeError(f"a row of {n} values expected, got {row!r}")
        return out

    return convert


def _items_of(kind: type) -> Callable[[Any], tuple[Any, ...]]:
    """A converter of a list to a tuple of values of type ``kind``."""

    def convert(items: Any) -> tuple[Any, ...]:
        out = tuple(items)
        # most lists are empty: no generator set up for them (0.13 s of the 151,000 claims
        # of a warm 10,000-article run)
        if out and not all(isinstance(v, kind) for v in out):
            raise TypeError(f"values of type {kind.__name__} expected, got {out!r}")
        return out

    return convert


# What each plain field of a decoded row may hold. An entry is JSON anyone with access to
# the cache folder can write, so a well-formed entry of the wrong types ("44" for a
# figure, a list for an outlet, 10**4000, NaN) must be a miss, not a TypeError or an
# OverflowError three stages later in every run until the cache is cleared. Checked inline
# in the generated decoder: a call per field would cost a warm 10,000-article run a second.
_OFFSET_CHECK = "(type({v}) is int and -1 <= {v} < 9007199254740992)"  # -1: unknown
_NUMBER_CHECK = (
    "(type({v}) is int and -_MAXF <= {v} <= _MAXF"
    " or type({v}) is float and _finite({v}))"
)  # a figure a float can hold
_PLAIN_CHECKS: dict[Any, str] = {
    str: "type({v}) is str",
    int: _OFFSET_CHECK,
    bool: "type({v}) is bool",
    int | float: _NUMBER_CHECK,
}


def _field_check(name: str, tp: Any) -> str | None:
    """A Python expression over ``{v}`` that is true when the value fits field ``name`` of
    type ``tp`` (None: the converter checks it, as an enum's look-up does)."""
    optional = type(None) in typing.get_args(tp)
    base = tp
    if optional:
        rest = tuple(a for a in typing.get_args(tp) if a is not type(None))
        base = rest[0] if len(rest) == 1 else int | float
    check: str | None
    if name in _DATE_NAMES and base is str:  # a date a later stage will parse
        known = "_PARTIAL_OK" if name == "date" else "_DAYS_OK"
        check = f"(type({{v}}) is str and ({{v}} in {known} or _date_ok({{v}}, {name == 'date'})))"
    else:
        check = _PLAIN_CHECKS.get(base)
    if check is None:
        return None
    return f"({{v}} is None or {check})" if optional else check


_DATE_NAMES = {"published", "as_of", "date"}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


# Dates already found valid, so each distinct date is parsed once: a warm
# 10,000-article run checks 218,000 dates but holds about 700 distinct ones, and the
# full check was 0.2 s of reading its extractions. Only valid dates are kept, so a
# hit means exactly what a full check would; bounded against a flood of distinct ones.
_DAYS_OK: set[str] = set()
_PARTIAL_OK: set[str] = set()
_KNOWN_DATES_MAX = 100_000


def _date_ok(text: str, partial: bool) -> bool:
    """YYYY-MM-DD (and for a date mention YYYY-MM or YYYY), a day that exists."""
    import datetime

    if not (_PARTIAL_DATE if partial else _DAY).fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(
            text if len(text) == 10 else f"{text[:7]}-01" if len(text) == 7 else f"{text}-01-01"
        )
    except ValueError:
        return False
    known = _PARTIAL_OK if partial else _DAYS_OK
    if len(known) < _KNOWN_DATES_MAX:
        known.add(text)
    return True


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _decoder(cls: type) -> Callable[[list[Any]], Any]:
    """A function from a row (the field values in order) to a record of ``cls``.

    It fills the record's slots directly rather than calling the frozen dataclass's
    ``__init__``, which sets every field through ``object.__setattr__``: about half
    the time for the 400,000 records of a warm 10,000-article run. It is generated
    as straight-line code, as dataclasses generates ``__init__`` itself, from the
    field names alone. A record with a ``__post_init__`` would need its check run,
    so such a class is built through its constructor instead.
    """
    hints = typing.get_type_hints(cls)
    names = _field_names(cls)
    convs = {i: c for i, n in enumerate(names) if (c := _converter(hints[n])) is not None}
    wrong = f"{cls.__name__}: {{}} fields, expected {len(names)}"
    ns: dict[str, Any] = {
        "_new": object.__new__,
        "_cls": cls,
        "_n": len(names),
        "_wrong": wrong,
        "_MAXF": _MAX_FLOAT_INT,
        "_finite": math.isfinite,
        "_date_ok": _date_ok,
        "_DAYS_OK": _DAYS_OK,
        "_PARTIAL_OK": _PARTIAL_OK,
        **{f"_conv{i}": c for i, c in convs.items()},
    }
    values = [f"_conv{i}(v{i})" if i in convs else f"v{i}" for i in range(len(names))]
    lines = [
        "def decode(row):",
        "    if len(row) != _n:",
        "        raise ValueError(_wrong.format(len(row)))",
        f"    {', '.join(f'v{i}' for i in range(len(names)))}, = row",
    ]
    for i, name in enumerate(names):
        check = _field_check(name, hints[name])
        if check is not None:
            lines += [
                f"    if not {check.format(v=f'v{i}')}:",
                f"        raise TypeError('{cls.__name__}.{name}: wrong type or range')",
            ]
    if hasattr(cls, "__post_init__"):
        lines.append(f"    return _cls({', '.join(values)})")
    else:
        ns.update({f"_set{i}": getattr(cls, n).__set__ for i, n in enumerate(names)})
        lines.append("    o = _new(_cls)")
        lines += [f"    _set{i}(o, {v})" for i, v in enumerate(values)]
        lines.append("    return o")
    exec("\n".join(lines), ns)  # our own field names only: nothing read from outside
    return ns["decode"]


_DECODE = tuple(_decoder(c) for c in _RECORDS)
_FIELDS = tuple(_field_names(c) for c in _RECORDS)


def _rows(records: tuple[Any, ...], names: tuple[str, ...]) -> list[list[Any]]:
    return [[getattr(r, n) for n in names] for r in records]


_BLOCK_FIELDS = _field_names(Block)
_DOCUMENT_FIELDS = _field_names(Document)
_BLOCKS_AT = _DOCUMENT_FIELDS.index("blocks")
_PROBLEM_FIELDS = _field_names(LoadProblem)
_DECODE_DOCUMENT = _decoder(Document)
_DECODE_PROBLEM = _decoder(LoadProblem)


def _document_row(doc: Document) -> list[Any]:
    row = [getattr(doc, n) for n in _DOCUMENT_FIELDS]
    row[_BLOCKS_AT] = _rows(doc.blocks, _BLOCK_FIELDS)
    return row


def _dumps(value: Any) -> bytes:
    import orjson

    try:
        return orjson.dumps(value)
    except TypeError:  # an integer beyond 64 bits: see the module's docstring
        return b" " + json.dumps(value, separators=(",", ":")).encode()


def _loads(data: bytes | str) -> Any:
    import orjson

    if data[:1] in (b" ", " "):
        return json.loads(data)
    return orjson.loads(data)


def encode_file(docs: tuple[Document, ...], problems: tuple[LoadProblem, ...]) -> bytes:
    """The compact JSON form of what one file loaded to."""
    return _dumps([[_document_row(d) for d in docs], _rows(problems, _PROBLEM_FIELDS)])


def decode_file(text: str | bytes) -> tuple[tuple[Document, ...], tuple[LoadProblem, ...]]:
    """Inverse of ``encode_file``; raises ValueError/TypeError/KeyError on bad input."""
    docs, problems = _loads(text)
    # every field is type- and range-checked by the decoders (see _field_check)
    return tuple(map(_DECODE_DOCUMENT, docs)), tuple(map(_DECODE_PROBLEM, problems))


def encode_extraction(x: Extraction) -> bytes:
    """The compact JSON form of one document's extraction."""
    claims, dates, entities, quotes = (
        _rows(recs, names)
        for recs, names in zip((x.claims, x.dates, x.entities, x.quotes), _FIELDS, strict=True)
    )
    return _dumps([x.doc, claims, dates, entities, quotes])


def decode_extraction(text: str | bytes, *, claims: bool = True) -> Extraction:
    """Inverse of ``encode_extraction``; raises ValueError/TypeError/KeyError on bad input.
    ``claims=False``: the claims are left out, undecoded (see ``decode_claims``)."""
    doc, *groups = _loads(text)
    if not isinstance(doc, str) or len(groups) != len(_DECODE):
        raise ValueError("not an extraction entry")
    if not claims:
        groups[0] = []
    got, dates, entities, quotes = (
        tuple(map(dec, rows)) for dec, rows in zip(_DECODE, groups, strict=True)
    )
    return Extraction(doc, got, dates, entities, quotes)


def decode_claims(text: str | bytes) -> tuple[str, tuple[Claim, ...]]:
    """The document id and the claims of an extraction entry, its other records left
    undecoded; raises as ``decode_extraction`` does on a bad entry's claims."""
    doc, *groups = _loads(text)
    if not isinstance(doc, str) or len(groups) != len(_DECODE):
        raise ValueError("not an extraction entry")
    return doc, tuple(map(_DECODE[0], groups[0]))


# What decoding a damaged or foreign entry raises: a parse error (orjson's is a
# ValueError), a wrong shape or type, a nesting too deep for the stdlib parser.
BAD_ENTRY = (ValueError, TypeError, KeyError, IndexError, RecursionError, OverflowError)
_noted: set[str] = set()  # what has been said at -v in this process: said once each


def _note_once(kind: str, message: str, *args: Any) -> None:
    """One line at -v (info) the first time, debug after: ten thousand damaged entries
    or failed writes are one fault to the user, not ten thousand lines."""
    level = logging.DEBUG if kind in _noted else logging.INFO
    _noted.add(kind)
    log.log(level, message, *args)


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def _note_bad_entry(path: str, exc: BaseException) -> None:
    reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    _note_once(
        "bad-entry",
        "cache entry %s is damaged (%s); rebuilt (any other damaged "
        "entries are rebuilt without a word)",
        path,
        reason,
    )


# ---------------------------------------------------------------- keys


def _layout_fingerprint() -> str:
    parts = [f"{c.__name__}({','.join(_field_names(c))})" for c in (*_RECORDS, *_FILE_RECORDS)]
    return ";".join(parts)


def _source_fingerprint() -> str:
    """sha256 of kzdiff's own .py files: any code change is a new cache generation."""
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256()
    try:
        for path in sorted(pkg.rglob("*.py")):
            h.update(str(path.relative_to(pkg)).encode())
            h.update(b"\x00")
            h.update(path.read_bytes())
    except OSError:  # e.g. running from a zip: fall back to the version numbers alone
        return "unknown"
    return h.hexdigest()


# Libraries whose version changes what a file loads to (encoding detection, HTML text,
# transliteration of names): a new release is a new cache generation too.
_LIBRARIES = ("charset-normalizer", "trafilatura", "anyascii")


def _library_versions() -> str:
    from importlib import metadata

    versions = []
    for name in _LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=none")
    return ";".join(versions)


def code_fingerprint(extractor_version: str) -> str:
    """Everything about the running code that decides loading and extraction results."""
    from kzdiff import __version__

    h = hashlib.sha256()
    for part in (
        extractor_version,
        __version__,
        _layout_fingerprint(),
        _source_fingerprint(),
        _library_versions(),
    ):
        h.update(part.encode())
        h.update(b"\x00")
    return h.hexdigest()


def file_key(data: bytes, path: str, encoding: str | None, code: str) -> str:
    """sha256 hex over the code fingerprint, how the file was asked to be read, and its bytes."""
    h = hashlib.sha256(code.encode())
    h.update(b"\x00load\x00")
    h.update(path.encode("utf-8", "surrogateescape"))
    h.update(b"\x00")
    h.update((encoding or "").encode("utf-8", "surrogateescape"))
    h.update(b"\x00")
    h.update(data)
    return h.hexdigest()


def document_key(doc: Document, code: str) -> str:
    """sha256 hex over the code fingerprint and every input extraction reads."""
    h = hashlib.sha256(code.encode())
    for value in (doc.id, doc.published or "\x01", doc.format):
        h.update(b"\x00")
        h.update(value.encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(";".join(f"{b.start},{b.end},{b.kind.value}" for b in doc.blocks).encode())
    h.update(b"\x00")
    h.update(doc.body.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# ---------------------------------------------------------------- the cache


@dataclass(frozen=True, slots=True)
class CacheInfo:
    directory: str
    entries: int  # documents' extractions
    bytes: int  # on disk, both kinds of entry
    files: int = 0  # loaded files


@dataclass(frozen=True, slots=True)
class Cache:
    """Loaded files and extraction results on disk. Cheap to copy into worker processes."""

    directory: Path
    code: str  # ``code_fingerprint(...)`` of the running program

    @classmethod
    def open(
        cls,
        directory: str | os.PathLike[str] | None = None,
        *,
        extractor_version: str | None = None,
    ) -> Cache:
        if extractor_version is None:
            from kzdiff.pipeline import EXTRACTOR_VERSION

            extractor_version = EXTRACTOR_VERSION
        if directory is not None and not os.fspath(directory).strip():
            # "" would be the current folder: entries written among the user's files
            raise CacheError(
                "--cache-dir is empty; pass a folder (e.g. --cache-dir "
                "~/.cache/kzdiff) or --no-cache"
            )
        path = Path(directory) if directory is not None else default_cache_dir()
        return cls(path.expanduser(), code_fingerprint(extractor_version))

    @property
    def root(self) -> Path:
        """Where extraction entries are."""
        return self.directory / LAYOUT

    @property
    def load_root(self) -> Path:
        """Where loaded-file entries are."""
        return self.directory / LOAD_LAYOUT

    def key(self, doc: Document) -> str:
        return document_key(doc, self.code)

    def _path(self, key: str, layout: str = LAYOUT) -> str:
        # plain strings: pathlib cost 0.3 s over the 20,000 lookups of a 10,000-file run
        return f"{os.fspath(self.directory)}/{layout}/{key[:2]}/{key}{_SUFFIX}"

    def _read(self, path: str) -> bytes | None:
        try:
            # a bare descriptor: open() adds a buffer, an isatty check and a seek to
            # each of 20,000 entries
            # O_NOFOLLOW: an entry that is a link is not one the cache wrote
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | _NOFOLLOW)
            try:
                chunks = [os.read(fd, _READ_CHUNK)]
                while chunks[-1]:
                    chunks.append(os.read(fd, _READ_CHUNK))
            finally:
                os.close(fd)
            return b"".join(chunks)
        except (FileNotFoundError, NotADirectoryError):  # no such entry
            return None
        except OSError as e:
            _note_once(
                "read",
                "cannot read cache entry %s (%s); rebuilding (any other "
                "unreadable entries are rebuilt without a word)",
                path,
                _reason(e),
            )
            return None

    # -------------------------------------------------------- loaded files

    def file_key(self, data: bytes, path: str, encoding: str | None) -> str:
        return file_key(data, path, encoding, self.code)

    def get_file(
        self, key: str, path: str
    ) -> tuple[tuple[Document, ...], tuple[LoadProblem, ...]] | None:
        """The documents and warnings the file at ``path`` loaded to, or None."""
        entry = self._path(key, LOAD_LAYOUT)
        data = self._read(entry)
        if data is None:
            return None
        try:
            docs, problems = decode_file(data)
        except BAD_ENTRY as e:
            _note_bad_entry(entry, e)
            return None
        if not docs or any(d.path != path for d in docs):
            log.debug("cache entry %s belongs to another file than %s; rebuilding", entry, path)
            return None
        return docs, problems

    def put_file(
        self, key: str, docs: tuple[Document, ...], problems: tuple[LoadProblem, ...]
    ) -> None:
        self._put(self._path(key, LOAD_LAYOUT), encode_file(docs, problems))

    # -------------------------------------------------------- extractions

    def get(self, doc: Document, key: str | None = None) -> Extraction | None:
        """The cached extraction of ``doc``, or None (missing, unreadable or corrupt)."""
        path = self._path(key or self.key(doc))
        data = self._read(path)
        if data is None:
            return None
        try:
            x = decode_extraction(data)
        except BAD_ENTRY as e:
            _note_bad_entry(path, e)
            return None
        if x.doc != doc.id:
            log.debug("cache entry %s belongs to %s, not %s; rebuilding", path, x.doc, doc.id)
            return None
        return x

    def get_encoded(self, key: str) -> bytes | None:
        """The extraction entry under ``key`` as stored, undecoded, or None."""
        return self._read(self._path(key))

    def put(self, doc: Document, x: Extraction, key: str | None = None) -> None:
        self.put_encoded(key or self.key(doc), encode_extraction(x))

    def put_encoded(self, key: str, text: bytes) -> None:
        """Write an entry atomically; a failure to write is logged, never raised."""
        self._put(self._path(key), text)

    def _put(self, path: str, data: bytes) -> None:
        try:
            _write_entry(path, data)
        except OSError as e:
            # a read-only cache, a full disk, no inodes left: every run would be cold
            # with no word, so say it once (at -v)
            _note_once(
                "write",
                "cannot write to the cache in %s (%s); this run keeps "
                "nothing for the next (free space, fix its permissions, pass "
                "--cache-dir DIR or --no-cache)",
                os.fspath(self.directory),
                _reason(e),
            )

    def _shards(self) -> Iterator[_Shard]:
        """Every shard folder of both layouts, opened without following a link (see
        ``_open_inside``): a link planted in the cache never leads a walk out of it."""
        top = _open_folder(os.fspath(self.directory), follow=True)
        if top is None:
            return
        try:
            for layout in (LOAD_LAYOUT, LAYOUT):
                layout_fd = _open_inside(top, layout)
                if layout_fd is None:
                    continue
                try:
                    for name in sorted(os.listdir(layout_fd)):
                        if not _SHARD_NAME.fullmatch(name):
                            continue
                        shard_fd = _open_inside(layout_fd, name)
                        if shard_fd is None:
                            continue
                        try:
                            yield _Shard(layout, layout_fd, name, shard_fd)
                        finally:
                            os.close(shard_fd)
                finally:
                    os.close(layout_fd)
        finally:
            os.close(top)

    def info(self) -> CacheInfo:
        counts = {LAYOUT: 0, LOAD_LAYOUT: 0}
        size = 0
        for shard in self._shards():
            for name, st in shard.own_files():
                size += st.st_size
                counts[shard.layout] += _is_entry(shard.name, name)
        return CacheInfo(str(self.directory), counts[LAYOUT], size, counts[LOAD_LAYOUT])

    def clear(self) -> int:
        """Remove every entry (and stray temporary file); returns the entries removed.

        Only regular files named as this cache names them, in shard folders that are
        real folders, are touched, so a mistaken ``--cache-dir ~`` deletes nothing of
        the user's, and neither does a link planted inside the cache.
        """
        removed = 0
        failed: list[OSError] = []
        for shard in self._shards():
            for name, _ in shard.own_files():
                try:
                    os.unlink(name, dir_fd=shard.fd)
                except FileNotFoundError:  # another run's clear got there first
                    continue
                except OSError as e:
                    log.debug("cannot remove %s/%s/%s (%s)", shard.layout, shard.name, name, e)
                    failed.append(e)
                    continue
                removed += _is_entry(shard.name, name)
            with contextlib.suppress(OSError):  # not empty (a file not ours) or gone
                os.rmdir(shard.name, dir_fd=shard.layout_fd)
        for layout in (LOAD_LAYOUT, LAYOUT):
            with contextlib.suppress(OSError):
                os.rmdir(self.directory / layout)  # rmdir never follows a link
        if failed:
            raise CacheError(
                f"removed {removed} cache entries; {len(failed)} files could not "
                f"be removed ({_reason(failed[0])}); check the folder's "
                "permissions",
                path=os.fspath(self.directory),
            )
        return removed


# ---------------------------------------------------------------- on disk, never through a link
#
# A cache directory is a place other tools and users can write to (a shared cache, a
# mistaken --cache-dir). Inside it, every folder is opened with O_NOFOLLOW and every
# file reached through the descriptor of its folder, so a link inside the cache (to a
# folder of the user's, to /etc) makes kzdiff skip that entry, never write or delete
# through it. The cache directory itself may be a link (~/.cache on another disk).

_SHARD_NAME = re.compile(r"[0-9a-f]{2}")
_ENTRY_NAME = re.compile(r"([0-9a-f]{2})[0-9a-f]{62}\.json")
_TMP_NAME = re.compile(r"\.tmp-[A-Za-z0-9_]{6,32}\.part")
_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _is_entry(shard: str, name: str) -> bool:
    m = _ENTRY_NAME.fullmatch(name)
    return m is not None and m.group(1) == shard


def _open_folder(path: str, *, follow: bool, dir_fd: int | None = None) -> int | None:
    try:
        return os.open(path, _FOLDER_FLAGS | (0 if follow else _NOFOLLOW), dir_fd=dir_fd)
    except OSError:  # missing, not a folder, or (with O_NOFOLLOW) a link
        return None


def _open_inside(parent_fd: int, name: str) -> int | None:
    """The folder ``name`` in ``parent_fd``, or None when it is missing or a link."""
    return _open_folder(name, follow=False, dir_fd=parent_fd)


@dataclass(frozen=True, slots=True)
class _Shard:
    """One shard folder of a layout, held open by descriptor."""

    layout: str
    layout_fd: int
    name: str
    fd: int

    def own_files(self) -> list[tuple[str, os.stat_result]]:
        """The regular files in it that the cache wrote: entries named for this shard
        and temporary files, each lstat'ed (a link is never ours)."""
        out = []
        for name in sorted(os.listdir(self.fd)):
            if not (_is_entry(self.name, name) or _TMP_NAME.fullmatch(name)):
                continue
            try:
                st = os.stat(name, dir_fd=self.fd, follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                out.append((name, st))
        return out


def _make_inside(parent_fd: int, name: str) -> int:
    """Open (creating if need be) the folder ``name`` in ``parent_fd``; refuse a link."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(name, 0o777, dir_fd=parent_fd)
    fd = _open_inside(parent_fd, name)
    if fd is None:
        raise OSError(errno.ELOOP, "not a folder of the cache's own (a link?)", name)
    return fd


def _write_entry(path: str, data: bytes) -> None:
    """Write ``data`` at ``<cache>/<layout>/<shard>/<name>`` atomically (a temporary
    file beside it, then a rename), never through a link inside the cache."""
    top, layout, shard, name = path.rsplit("/", 3)
    os.makedirs(top, exist_ok=True)
    fds: list[int] = []
    try:
        fds.append(os.open(top, _FOLDER_FLAGS))
        fds.append(_make_inside(fds[-1], layout))
        fds.append(_make_inside(fds[-1], shard))
        _atomic_write_in(fds[-1], name, data)
    finally:
        for fd in reversed(fds):
            os.close(fd)


def _atomic_write_in(folder_fd: int, name: str, data: bytes) -> None:
    """Write to a new temporary file in the folder and rename it onto ``name`` (a
    rename replaces a link of that name rather than writing where it points)."""
    tmp = f"{_TMP_PREFIX}{secrets.token_hex(8)}.part"
    fd = os.open(
        tmp,
        os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0),
        0o600,
        dir_fd=folder_fd,
    )
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=folder_fd)
        raise
