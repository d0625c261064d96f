from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzdiff.export import export_database
from kzdiff.pipeline import compare, extract_all, load
from kzdiff.records import Report

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

DEMOCRACYNOW = "2022-01-07-democracynow"
RFERL = "2022-01-26-rferl"
HRW = "2022-01-07-hrw"
PRESS_FREEDOM = "undated-press-freedom-partners"
HUMANLIVES = "undated-humanlives-humanrights"


def report_of(folder: Path) -> Report:
    corpus = load([str(folder)])
    return compare(corpus, extract_all(corpus))


@pytest.fixture(scope="session")
def sample_report() -> Report:
    return report_of(CORPUS)


@pytest.fixture(scope="session")
def sample_db(sample_report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "kzdiff.db"
    export_database(sample_report, path)
    return path


@pytest.fixture
def db(sample_db: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"{sample_db.as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def content(path: Path) -> dict[str, list[tuple]]:
    """Every table's and view's rows, without rowids, sorted: what a reader can see."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE '%_fts%' ORDER BY name"
            )
        ]
        return {n: sorted(conn.execute(f"SELECT * FROM [{n}]").fetchall(), key=repr) for n in names}
    finally:
        conn.close()
