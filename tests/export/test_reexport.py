"""Re-exporting: new and changed documents go in, removed ones go out, the rest is untouched;
an export that fails or is killed half-way leaves the previous database as it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzdiff.errors import ExportError
from kzdiff.export import database, export_database
from tests.export.conftest import (
    DEMOCRACYNOW,
    HRW,
    PRESS_FREEDOM,
    RFERL,
    content,
    report_of,
)

ROOT = Path(__file__).resolve().parents[2]

NEW_ARTICLE = """---
outlet: Example Wire
published: 2022-01-28
title: Kazakhstan toll
---

Officials said on Friday that 230 people were killed during the unrest in Kazakhstan.
"""


def _rowids(path: Path, doc: str) -> list[tuple[int, str]]:
    conn = sqlite3.connect(path)
    try:
        # the document's own claims (derived sums are the facts': rebuilt each time)
        return conn.execute(
            "SELECT rowid, id FROM claims WHERE doc = ? AND derived = 0 ORDER BY rowid", (doc,)
        ).fetchall()
    finally:
        conn.close()


def _query(path: Path, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_reexport_adds_changes_and_removes_only_what_changed(
    corpus_copy: Path, tmp_path: Path
) -> None:
    db = tmp_path / "kzdiff.db"
    first = export_database(report_of(corpus_copy), db)
    assert (first.added, first.changed, first.unchanged, first.removed) == (5, 0, 0, 0)
    hrw_rows = _rowids(db, HRW)

    rferl = corpus_copy / f"{RFERL}.txt"
    rferl.write_text(rferl.read_text("utf-8").replace("227 people", "228 people"), "utf-8")
    (corpus_copy / f"{PRESS_FREEDOM}.txt").unlink()
    (corpus_copy / "2022-01-28-example.txt").write_text(NEW_ARTICLE, "utf-8")
    again = export_database(report_of(corpus_copy), db)

    assert (again.added, again.changed, again.unchanged, again.removed) == (1, 1, 3, 1)
    assert _rowids(db, HRW) == hrw_rows  # an unchanged document's rows were not rewritten
    assert _query(
        db,
        "SELECT value FROM claims WHERE doc = ? AND part_of IS NULL "
        "AND category = 'killed' AND value > 100",
        RFERL,
    ) == [(228,)]
    for table, column in (
        ("documents", "id"),
        ("claims", "doc"),
        ("dates", "doc"),
        ("spellings", "doc"),
        ("event_mentions", "doc"),
    ):
        assert _query(db, f"SELECT count(*) FROM {table} WHERE {column} = ?", PRESS_FREEDOM) == [
            (0,)
        ]
    assert _query(db, "SELECT outlet FROM documents WHERE id = '2022-01-28-example'") == [
        ("Example Wire",)
    ]
    # facts are the corpus's: recomputed over the documents now given
    assert _query(
        db,
        "SELECT e.best FROM facts f JOIN estimates e ON e.fact = f.id "
        "WHERE f.label = 'people killed'",
    ) == [(230,)]
    assert _query(db, "PRAGMA foreign_key_check") == []
    # and the result is what a fresh export of the same corpus holds
    fresh = tmp_path / "fresh.db"
    export_database(report_of(corpus_copy), fresh)
    assert content(db) == content(fresh)
    # the full-text index followed the changes
    assert _query(
        db,
        "SELECT DISTINCT c.doc FROM claims_fts JOIN claims c ON c.rowid = "
        "claims_fts.rowid WHERE claims_fts MATCH '228'",
    ) == [(RFERL,)]
    assert _query(db, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH '227'") == [(0,)]


def test_reexport_of_the_same_corpus_changes_nothing(corpus_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "kzdiff.db"
    report = report_of(corpus_copy)
    export_database(report, db)
    before = content(db)
    again = export_database(report, db)
    assert (again.added, again.changed, again.unchanged, again.removed) == (0, 0, 5, 0)
    assert content(db) == before


# ---------------------------------------------------------------- interrupted exports


def test_a_failure_half_way_leaves_the_previous_database(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "kzdiff.db"
    export_database(report_of(corpus_copy), db)
    before = content(db)
    (corpus_copy / f"{DEMOCRACYNOW}.txt").unlink()
    changed = report_of(corpus_copy)

    def boom(*args: object) -> None:
        raise RuntimeError("injected failure after the rows were written")

    monkeypatch.setattr(database, "_write_meta", boom)
    with pytest.raises(RuntimeError):
        export_database(changed, db)
    assert content(db) == before
    assert not Path(f"{db}-journal").exists()


def test_a_failed_first_export_leaves_no_file(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object) -> None:
        raise RuntimeError("injected")

    monkeypatch.setattr(database, "_write_meta", boom)
    with pytest.raises(RuntimeError):
        export_database(report_of(corpus_copy), tmp_path / "new.db")
    assert os.listdir(tmp_path) == ["corpus"]


# A child process that exports, stops inside the transaction (after every row is written,
# before the commit), says so through a file, and waits to be killed.
_STOPPED_CHILD = """
import sys, time
from pathlib import Path
from kzdiff.export import database, export_database
from tests.export.conftest import report_of

corpus, db, flag = sys.argv[1:]
def stall(*args):
    Path(flag).write_text("inside")
    time.sleep(120)
database._write_meta = stall
export_database(report_of(Path(corpus)), db)
"""


def _export_killed_mid_transaction(corpus: Path, db: Path, tmp_path: Path) -> None:
    flag = tmp_path / "inside"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _STOPPED_CHILD, str(corpus), str(db), str(flag)], env=env, cwd=ROOT
    )
    try:
        deadline = time.monotonic() + 60
        while not flag.exists():
            assert child.poll() is None, "the export ended before it was killed"
            assert time.monotonic() < deadline, "the export never reached its transaction"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL


def test_kill_9_mid_export_leaves_the_previous_database(corpus_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "kzdiff.db"
    export_database(report_of(corpus_copy), db)
    before = content(db)
    (corpus_copy / f"{RFERL}.txt").unlink()
    _export_killed_mid_transaction(corpus_copy, db, tmp_path)
    # the killed process left its rollback journal; the next reader undoes its work
    assert Path(f"{db}-journal").exists()
    assert content(db) == before
    assert _query(db, "PRAGMA integrity_check") == [("ok",)]
    # and the next export goes on from the previous database
    after = export_database(report_of(corpus_copy), db)
    assert (after.removed, after.unchanged) == (1, 4)


def test_kill_9_mid_first_export_leaves_no_database(corpus_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "kzdiff.db"
    _export_killed_mid_transaction(corpus_copy, db, tmp_path)
    assert not db.exists()
    done = export_database(report_of(corpus_copy), db)  # the leftover temporary file is cleared
    assert done.added == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "corpus",
        "inside",
        "kzdiff.db",
        "kzdiff.metadata.json",
    ]


def test_a_second_export_waits_for_the_first_or_says_it_is_locked(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "kzdiff.db"
    report = report_of(corpus_copy)
    export_database(report, db)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN IMMEDIATE")
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        database.sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "timeout": 0.1})
    )
    try:
        with pytest.raises(ExportError, match="locked by another program"):
            export_database(report, db)
    finally:
        holder.rollback()
        holder.close()
