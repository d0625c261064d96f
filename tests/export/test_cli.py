"""`kzdiff export` on the command line: one line on stderr, never a traceback."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.export.conftest import CORPUS


def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from kzdiff.cli import main

    with pytest.raises(SystemExit) as stop:
        main(args)
    out, err = capsys.readouterr()
    return int(stop.value.code or 0), out, err


def _fails(args: list[str], capsys: pytest.CaptureFixture[str], *words: str) -> str:
    code, out, err = _main(["export", *args, "--no-cache"], capsys)
    assert code == 2, err
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("kzdiff: ") and "Traceback" not in err
    for word in words:
        assert word in err
    return err


def test_export_writes_the_database_and_says_how_to_browse_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kzdiff.db"
    code, out, err = _main(["export", str(CORPUS), "--db", str(db), "--no-cache"], capsys)
    assert code == 0 and out == ""
    assert "5 documents (5 added)" in err and "11 facts" in err
    assert f"datasette {db} -m {tmp_path / 'kzdiff.metadata.json'}" in err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (5,)
    conn.close()
    code, out, err = _main(["export", str(CORPUS), "--db", str(db), "--no-cache", "-q"], capsys)
    assert (code, out, err) == (0, "", "")


def test_a_file_that_is_not_a_database_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes\n", "utf-8")
    _fails([str(CORPUS), "--db", str(notes)], capsys, "not a SQLite database")
    assert notes.read_text("utf-8") == "my notes\n"


def test_another_programs_database_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    _fails([str(CORPUS), "--db", str(other)], capsys, "did not write")
    assert other.read_bytes() == before


def test_a_database_is_checked_before_the_corpus_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes\n", "utf-8")
    _fails([str(tmp_path / "no-such-corpus"), "--db", str(notes)], capsys, "notes.db")


@pytest.mark.parametrize(
    ("where", "words"),
    [
        ("missing/kzdiff.db", ("does not exist",)),
        ("a-file/kzdiff.db", ("is a file, not a folder",)),
        ("/proc/kzdiff.db", ("cannot",)),
    ],
)
def test_a_path_that_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, words: tuple[str, ...]
) -> None:
    (tmp_path / "a-file").write_text("x", "utf-8")
    target = where if where.startswith("/") else str(tmp_path / where)
    _fails([str(CORPUS), "--db", target], capsys, *words)


def test_a_folder_is_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fails([str(CORPUS), "--db", str(tmp_path)], capsys, "directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        _fails([str(CORPUS), "--db", str(folder / "kzdiff.db")], capsys, "cannot")
    finally:
        folder.chmod(0o755)


def test_the_db_option_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    _fails([str(CORPUS)], capsys, "--db")


def test_a_full_disk_is_exit_74_and_the_database_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzdiff.export import database

    db = tmp_path / "kzdiff.db"
    assert _main(["export", str(CORPUS), "--db", str(db), "--no-cache", "-q"], capsys)[0] == 0
    before = db.read_bytes()

    def full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "_write_meta", full)
    code, out, err = _main(["export", str(CORPUS), "--db", str(db), "--no-cache"], capsys)
    assert (code, out) == (74, "")
    assert (
        err == f"kzdiff: {db}: cannot write the database (disk full); free some space or "
        "write elsewhere\n"
    )
    assert db.read_bytes() == before
