"""Writing a report into a SQLite database, in one transaction, with sqlite-utils.

What a re-export does:

- documents are keyed by id, and each carries a hash of every row it would write
  (``row_hash``: its header, body, claims, dates, names and quotes). A document whose hash
  is unchanged is left as it is, rows untouched; a changed one has its rows replaced; a
  new one is added; a document no longer among the inputs is removed, so the database
  always holds the corpus of the last export, the one its facts were computed over;
- facts, estimates, membership, names, quotes and events are properties of the whole
  corpus (one new article can move a verdict or an estimate), so they are deleted and
  written again every time. Their ids (f1, f2 ...) are positions, as in the JSON.

Interruptions: a database that exists is changed inside one SQLite transaction (``BEGIN
IMMEDIATE`` ... ``COMMIT``), so an exception rolls it back and a killed process leaves a
journal that SQLite rolls back on the next open: readers see the old database or the new
one, never half of each. A new database is built in a temporary file beside the target
and renamed over it once committed, so an interrupted first export leaves no file at the
target at all.

Foreign keys are declared (Datasette follows them) and checked with ``PRAGMA
foreign_key_check`` before the commit rather than enforced row by row: a claim may name as
``part_of`` a claim written after it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kzdiff.errors import ExportError, OutputError
from kzdiff.export.rows import (
    CORPUS_TABLES,
    CorpusRows,
    DocumentRows,
    Values,
    corpus_rows,
    document_rows,
)
from kzdiff.export.schema import (
    APPLICATION_ID,
    DB_SCHEMA,
    DOCUMENT_TABLES,
    FTS,
    INDEXES,
    TABLES,
    USER_VERSION,
    VIEWS,
    datasette_metadata,
)
from kzdiff.records import Report

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
_BATCH = 500  # rows per INSERT statement
_DELETE_CHUNK = 500  # ids per DELETE ... IN (...)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: str
    metadata: str | None  # the Datasette metadata file written beside it
    added: int
    changed: int
    unchanged: int
    removed: int
    facts: int
    claims: int  # claims of the documents in the database

    @property
    def documents(self) -> int:
        return self.added + self.changed + self.unchanged


def metadata_path(db_path: str | os.PathLike[str]) -> Path:
    """``kzdiff.db`` -> ``kzdiff.metadata.json`` beside it."""
    p = Path(db_path)
    return p.with_name(f"{p.stem}.metadata.json")


def export_database(
    report: Report, db_path: str | os.PathLike[str], *, metadata: bool = True
) -> ExportSummary:
    """Write ``report`` (``pipeline.compare``) into the SQLite database at ``db_path``,
    creating it or bringing an earlier export up to date; with ``metadata``, also write
    Datasette's metadata beside it (``metadata_path``). Raises ``ExportError`` (a path
    that cannot be written, a file that is not a kzdiff database) and ``OutputError``
    (a full disk); either way the database is as it was."""
    target = Path(db_path)
    shown = str(db_path)
    by_doc = {x.doc: x for x in report.extractions}
    docs = [document_rows(d, by_doc.get(d.id)) for d in report.documents]
    corpus = corpus_rows(report)
    meta_file = metadata_path(target) if metadata else None
    fresh = _check_target(target, shown)
    try:
        if fresh:
            summary = _write_new(target, shown, docs, corpus, meta_file)
        else:
            summary = _write(target, shown, docs, corpus, meta_file)
    except sqlite3.Error as e:
        raise _sqlite_failure(e, shown) from None
    except OSError as e:
        raise _os_failure(e, shown) from None
    return replace(summary, metadata=str(meta_file) if meta_file is not None else None)


# ---------------------------------------------------------------- the target


def check_target(db_path: str | os.PathLike[str]) -> bool:
    """True for a database to create, False for an earlier export to bring up to date;
    ``ExportError`` for a path export must not or cannot write (checked before the corpus is
    read, so a wrong ``--db`` fails at once)."""
    return _check_target(Path(db_path), str(db_path))


def _check_target(target: Path, shown: str) -> bool:
    if target.is_dir():
        raise ExportError("is a folder; give a file name such as kzdiff.db", path=shown)
    parent = target.parent
    if parent.exists() and not parent.is_dir():
        raise ExportError(
            f"{str(parent)!r} is a file, not a folder; give another --db path", path=shown
        )
    if not parent.is_dir():
        raise ExportError(
            f"folder {str(parent)!r} does not exist; create it first or give another --db path",
            path=shown,
        )
    try:
        st = target.stat()
    except FileNotFoundError:
        return True
    except OSError as e:
        raise _os_failure(e, shown) from None
    if st.st_size == 0:
        return True  # an empty file (`touch kzdiff.db`): nothing to keep
    try:
        with open(target, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise _os_failure(e, shown) from None
    if head != SQLITE_MAGIC:
        raise ExportError(
            "not a SQLite database, so not one kzdiff export wrote; give "
            "another --db path (export never overwrites other files)",
            path=shown,
        )
    schema = _stored_schema(target, shown)
    if schema is None:
        raise ExportError(
            "a SQLite database that kzdiff export did not write; give another "
            "--db path (export never overwrites other databases)",
            path=shown,
        )
    if schema != DB_SCHEMA:
        raise ExportError(
            f"written as {schema}, this kzdiff writes {DB_SCHEMA}; export to a new --db path",
            path=shown,
        )
    return False


def _stored_schema(target: Path, shown: str) -> str | None:
    try:
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise _sqlite_failure(e, shown) from None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as e:
        if "no such table" in str(e):
            return None
        raise _sqlite_failure(e, shown) from None
    finally:
        conn.close()
    return str(row[0]) if row else None


def _write_new(
    target: Path, shown: str, docs: list[DocumentRows], corpus: CorpusRows, meta_file: Path | None
) -> ExportSummary:
    tmp = target.with_name(f".{target.name}.kzdiff-tmp")
    _remove(tmp)  # left by an export that was killed
    try:
        summary = _write(tmp, shown, docs, corpus, meta_file)
        os.replace(tmp, target)
    except BaseException:
        _remove(tmp)
        raise
    return summary


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


# ---------------------------------------------------------------- the transaction


def _write(
    file: Path, shown: str, docs: list[DocumentRows], corpus: CorpusRows, meta_file: Path | None
) -> ExportSummary:
    from sqlite_utils import Database

    conn = sqlite3.connect(str(file), timeout=5.0)
    db = Database(conn, execute_plugins=False)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # checked whole before the commit
        conn.execute("PRAGMA cache_size = -65536")  # 64 MB: large exports touch many pages
        conn.execute("BEGIN IMMEDIATE")  # the write lock now: a second export waits, or stops
        try:
            summary = _fill(db, shown, docs, corpus)
            if meta_file is not None:
                _write_metadata(meta_file)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        db.close()
    return summary


def _fill(db: Database, shown: str, docs: list[DocumentRows], corpus: CorpusRows) -> ExportSummary:
    _create_schema(db)
    stored = dict(db.execute("SELECT id, row_hash FROM documents").fetchall())
    current = {d.id: d for d in docs}
    removed = [i for i in stored if i not in current]
    changed = [d.id for d in docs if d.id in stored and stored[d.id] != d.row_hash]
    changed_ids = set(changed)
    added = [d for d in docs if d.id not in stored]
    for table in reversed(CORPUS_TABLES):  # the corpus's rows go, whatever changed
        db.execute(f"DELETE FROM [{table}]")
    db.execute("DELETE FROM claims WHERE derived = 1")
    _delete_documents(db, removed + changed)
    written = [d for d in docs if d.id not in stored or d.id in changed_ids]
    for table in DOCUMENT_TABLES[::-1]:  # documents first, then what points at them
        _insert(db, table, [row for d in written for row in d.rows[table]])
    for table, rows in corpus.tables():
        _insert(db, table, rows)
    for table, cols in INDEXES:  # after the rows: a first export builds each index once
        db.table(table).create_index(cols, if_not_exists=True)
    _write_meta(db)
    for table, columns in FTS.items():
        if not db[f"{table}_fts"].exists():  # first export: indexed whole, then kept by triggers
            db.table(table).enable_fts(list(columns), create_triggers=True, tokenize="porter")
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise ExportError(
            f"internal error: a row of {table} (rowid {rowid}) points at a "
            f"missing {parent} row; nothing was written; please report it",
            path=shown,
        )
    claims = db.execute("SELECT count(*) FROM claims WHERE derived = 0").fetchone()[0]
    return ExportSummary(
        path=shown,
        metadata=None,
        added=len(added),
        changed=len(changed),
        unchanged=len(docs) - len(added) - len(changed),
        removed=len(removed),
        facts=len(corpus.facts),
        claims=claims,
    )


def _create_schema(db: Database) -> None:
    for name, (columns, pk, fks) in TABLES.items():
        db.table(name).create(columns, pk=pk, foreign_keys=fks, if_not_exists=True)
    for name, sql in VIEWS.items():  # replaced when this kzdiff defines it otherwise
        db.create_view(name, sql.strip(), replace=True)
    db.execute(f"PRAGMA user_version = {USER_VERSION}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _write_meta(db: Database) -> None:
    from kzdiff import __version__
    from kzdiff.pipeline import EXTRACTOR_VERSION
    from kzdiff.wire import SCHEMA_VERSION

    rows = [
        {"key": "schema", "value": DB_SCHEMA},
        {"key": "wire_schema", "value": SCHEMA_VERSION},
        {"key": "kzdiff_version", "value": __version__},
        {"key": "extractor_version", "value": EXTRACTOR_VERSION},
    ]
    db.table("meta").upsert_all(rows, pk="key")


def _delete_documents(db: Database, ids: Sequence[str]) -> None:
    for start in range(0, len(ids), _DELETE_CHUNK):
        chunk = list(ids[start : start + _DELETE_CHUNK])
        marks = ",".join("?" * len(chunk))
        for table in DOCUMENT_TABLES:
            column = "id" if table == "documents" else "doc"
            db.execute(f"DELETE FROM [{table}] WHERE [{column}] IN ({marks})", chunk)


def _insert(db: Database, table: str, rows: list[Values]) -> None:
    """Rows as tuples in the table's column order, by ``executemany``: sqlite-utils'
    ``insert_all`` checks and converts every value of every dict, which spent 20 of the 50 s
    a 10,000-article export took (900,000 rows); the schema is sqlite-utils' own."""
    if not rows:
        return
    columns = list(TABLES[table][0])
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", rows)


# ---------------------------------------------------------------- Datasette's metadata


def _write_metadata(meta_file: Path) -> None:
    """Datasette names a database after its file's stem: the metadata is keyed by the
    target's stem (``kzdiff.db`` -> ``kzdiff``), written atomically beside it."""
    name = meta_file.name.removesuffix(".metadata.json")
    text = json.dumps(datasette_metadata(name), indent=2, ensure_ascii=False) + "\n"
    tmp = meta_file.with_name(f".{meta_file.name}.kzdiff-tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, meta_file)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


# ---------------------------------------------------------------- errors in one line


def _os_failure(e: OSError, shown: str) -> ExportError | OutputError:
    reason = (e.strerror or type(e).__name__).lower()
    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return OutputError(
            f"cannot write the database ({reason}); free some space or write elsewhere", path=shown
        )
    where = f" ({e.filename})" if e.filename and str(e.filename) != shown else ""
    return ExportError(f"cannot write{where}: {reason}; choose another --db path", path=shown)


def _sqlite_failure(e: sqlite3.Error, shown: str) -> ExportError | OutputError:
    text = str(e)
    lowered = text.lower()
    if "full" in lowered:
        return OutputError(
            "cannot write the database (disk full); free some space or write elsewhere", path=shown
        )
    if "locked" in lowered or "busy" in lowered:
        return ExportError(
            "locked by another program (another export?); try again when it has finished",
            path=shown,
        )
    if "readonly" in lowered or "read-only" in lowered:
        return ExportError("cannot write: read-only; choose another --db path", path=shown)
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return ExportError(
            f"not a usable SQLite database ({text}); give another --db path", path=shown
        )
    if "unable to open" in lowered:
        return ExportError(
            "cannot open or create the file here; check the folder's "
            "permissions or choose another --db path",
            path=shown,
        )
    return ExportError(f"SQLite: {text}", path=shown)
