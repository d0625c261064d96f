"""The exported database holds what seed-facts.md says the sample corpus holds."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from kzdiff.export import export_database, metadata_path
from kzdiff.export.schema import APPLICATION_ID, DB_SCHEMA, VIEWS
from kzdiff.records import Report
from kzdiff.wire import claim_to_wire
from tests.export.conftest import (
    DEMOCRACYNOW,
    HRW,
    HUMANLIVES,
    PRESS_FREEDOM,
    RFERL,
    content,
)


def _one(db: sqlite3.Connection, sql: str, *args: object) -> sqlite3.Row:
    rows = db.execute(sql, args).fetchall()
    assert len(rows) == 1, (sql, args, [dict(r) for r in rows])
    return rows[0]


def _fact(db: sqlite3.Connection, label: str) -> sqlite3.Row:
    return _one(
        db, "SELECT * FROM facts JOIN estimates ON estimates.fact = facts.id WHERE label = ?", label
    )


# ---------------------------------------------------------------- schema


def test_every_table_and_view_is_there(db: sqlite3.Connection) -> None:
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    for table in (
        "documents",
        "claims",
        "facts",
        "fact_claims",
        "fact_reasons",
        "estimates",
        "names",
        "spellings",
        "quotes",
        "wordings",
        "events",
        "event_mentions",
        "dates",
        "name_mentions",
        "quote_mentions",
        "meta",
        "claims_fts",
        "facts_fts",
        *VIEWS,
    ):
        assert table in names


def test_schema_version_is_stored(db: sqlite3.Connection) -> None:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert meta["schema"] == DB_SCHEMA == "kzdiff-db/1"
    assert meta["wire_schema"] == "kzdiff/1"
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_claims_have_every_wire_field_under_its_json_name(
    db: sqlite3.Connection, sample_report: Report
) -> None:
    columns = {r[1] for r in db.execute("PRAGMA table_info(claims)")}
    claim = sample_report.extractions[0].claims[0]
    assert set(claim_to_wire(claim)) <= columns


def test_foreign_keys_are_declared_and_hold(db: sqlite3.Connection) -> None:
    fks = {(r["from"], r["table"]) for r in db.execute("PRAGMA foreign_key_list(claims)")}
    assert ("doc", "documents") in fks and ("part_of", "claims") in fks
    fks = {(r["from"], r["table"]) for r in db.execute("PRAGMA foreign_key_list(fact_claims)")}
    assert fks == {("fact", "facts"), ("claim", "claims")}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# ---------------------------------------------------------------- content


def test_a_claim_with_its_offsets_and_sentence(db: sqlite3.Connection) -> None:
    c = _one(
        db,
        "SELECT claims.*, documents.body FROM claims JOIN documents "
        "ON documents.id = claims.doc WHERE claims.doc = ? AND value = 44",
        DEMOCRACYNOW,
    )
    assert (c["qualifier"], c["category"], c["subject"]) == ("exact", "killed", "people")
    assert c["attribution"] == "Kazakh Interior Ministry"
    assert (c["as_of"], c["status"], c["part_of"]) == ("2022-01-07", "asserted", None)
    assert c["body"][c["start"] : c["end"]] == c["text"] == "44"
    assert "44 people, including 18 security officers" in c["sentence"]
    assert c["body"][c["sentence_start"] :].startswith(c["sentence"])


def test_a_part_points_at_its_whole(db: sqlite3.Connection) -> None:
    part = _one(
        db,
        "SELECT p.value, p.subject, w.value AS whole FROM claims p "
        "JOIN claims w ON w.id = p.part_of WHERE p.doc = ?",
        RFERL,
    )
    assert (part["value"], part["subject"], part["whole"]) == (19, "law enforcement officers", 227)


def test_bounds_and_vague_figures(db: sqlite3.Connection) -> None:
    over = _one(db, "SELECT * FROM claims WHERE doc = ? AND category = 'injured'", HRW)
    assert (over["qualifier"], over["low"], over["high"]) == ("more_than", 1001, None)
    detained = _one(
        db, "SELECT * FROM claims WHERE doc = ? AND category = 'detained'", PRESS_FREEDOM
    )
    assert (detained["qualifier"], detained["low"]) == ("more_than", 3001)
    disputed = _one(db, "SELECT * FROM claims WHERE doc = ? AND value = 20000", RFERL)
    assert disputed["status"] == "disputed"


def test_the_death_toll_fact_its_members_and_why(db: sqlite3.Connection) -> None:
    f = _fact(db, "people killed")
    assert (f["verdict"], f["sources"]) == ("revised", 5)
    assert (f["low"], f["best"], f["high"]) == (44, 227, 227)
    latest = _one(db, "SELECT * FROM claims WHERE id = ?", f["latest"])
    assert (latest["doc"], latest["value"]) == (RFERL, 227)
    members = {
        (r["doc"], r["value"], r["role"]): r["why"]
        for r in db.execute(
            "SELECT c.doc, c.value, fc.role, fc.why FROM fact_claims fc JOIN claims c "
            "ON c.id = fc.claim WHERE fc.fact = ?",
            (f["id"],),
        )
    }
    assert (DEMOCRACYNOW, 44, "figure") in members
    assert (RFERL, 227, "figure") in members
    # the 26 "armed criminals" and 18 police of the Human Lives article stand for 44
    assert (HUMANLIVES, 44, "figure") in members
    assert (HUMANLIVES, 26, "part") in members and (HUMANLIVES, 18, "part") in members
    assert "'people' -> people" in members[(DEMOCRACYNOW, 44, "figure")]
    derived = _one(
        db, "SELECT * FROM claims WHERE doc = ? AND derived = 1 AND value = 44", HUMANLIVES
    )
    assert derived["id"] == f"{HUMANLIVES}:c2+c4" and "armed criminals" in derived["text"]
    reasons = [
        r[0]
        for r in db.execute(
            "SELECT reason FROM fact_reasons WHERE fact = ? ORDER BY position", (f["id"],)
        )
    ]
    assert any("includes" in r and "18 security officers" in r for r in reasons)


def test_security_forces_revised_from_18_to_19(db: sqlite3.Connection) -> None:
    f = _fact(db, "security forces killed")
    assert (f["verdict"], f["low"], f["best"], f["high"]) == ("revised", 18, 19, 19)


def test_detained_and_injured_are_consistent(db: sqlite3.Connection) -> None:
    detained = _fact(db, "people detained")
    assert (detained["verdict"], detained["sources"], detained["best"]) == ("consistent", 3, 3811)
    injured = _fact(db, "people injured")
    assert (injured["verdict"], injured["low"], injured["high"]) == ("consistent", 300, 1000)


def test_names_and_their_spellings(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT s.text, s.doc FROM spellings s JOIN names n ON n.id = s.name "
        "WHERE n.canonical = 'Kassym-Jomart Tokayev'"
    ).fetchall()
    spelled = {(r["text"], r["doc"]) for r in rows}
    assert ("Qasym-Zhomart Toqaev", RFERL) in spelled
    assert ("Kasym-Jomart Tokaev", HRW) in spelled
    assert ("Kassym-Jomart Tokayev", DEMOCRACYNOW) in spelled


def test_quote_wordings(db: sqlite3.Connection) -> None:
    texts = {
        r[0]
        for r in db.execute(
            "SELECT w.text FROM wordings w JOIN quotes q ON q.id = w.quote "
            "WHERE q.speaker = 'Kassym-Jomart Tokayev'"
        )
    }
    assert {"shoot without warning", "shoot to kill without warning"} <= texts


def test_dated_events(db: sqlite3.Connection) -> None:
    verdicts = dict(db.execute("SELECT label, verdict FROM events").fetchall())
    assert verdicts["clashes in Almaty"] == "conflict"
    assert verdicts["state of emergency declared"] == "agree"
    dates = {
        (r[0], r[1])
        for r in db.execute(
            "SELECT m.doc, m.date FROM event_mentions m JOIN events e ON e.id = m.event "
            "WHERE e.label = 'clashes in Almaty'"
        )
    }
    assert (RFERL, "2022-01-10") in dates and (HRW, "2022-01-05") in dates


def test_documents_keep_outlet_date_and_body(db: sqlite3.Connection) -> None:
    d = _one(db, "SELECT * FROM documents WHERE id = ?", HRW)
    assert (d["outlet"], d["published"]) == ("Human Rights Watch", "2022-01-07")
    assert "3,811" in d["body"]
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


# ---------------------------------------------------------------- full-text search


def test_search_sentences(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT c.doc, c.value, c.category FROM claims_fts JOIN claims c "
        "ON c.rowid = claims_fts.rowid WHERE claims_fts MATCH 'paratroopers'"
    ).fetchall()
    assert [tuple(r) for r in rows] == [(HRW, 3000, "troops")]


def test_search_is_stemmed_and_covers_subjects(db: sqlite3.Connection) -> None:
    # "kill" finds "killed"; a subject is searchable by itself
    killed = {
        r[0]
        for r in db.execute(
            "SELECT c.doc FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid "
            "WHERE claims_fts MATCH 'kill'"
        )
    }
    assert {DEMOCRACYNOW, RFERL} <= killed
    officers = {
        r[0]
        for r in db.execute(
            "SELECT c.value FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid "
            "WHERE claims_fts MATCH 'subject:\"law enforcement\"'"
        )
    }
    assert officers == {19}
    facts = {
        r[0]
        for r in db.execute(
            "SELECT f.label FROM facts_fts JOIN facts f ON f.rowid = facts_fts.rowid "
            "WHERE facts_fts MATCH 'detained'"
        )
    }
    assert "people detained" in facts


# ---------------------------------------------------------------- views


def test_conflicts_view(db: sqlite3.Connection) -> None:
    rows = {(r["kind"], r["label"]): r for r in db.execute("SELECT * FROM conflicts")}
    assert set(rows) == {
        ("fact", "people killed"),
        ("fact", "security forces killed"),
        ("event", "clashes in Almaty"),
    }
    toll = rows[("fact", "people killed")]
    assert (toll["verdict"], toll["best"]) == ("revised", 227)
    assert toll["latest"] == "227 (RFE/RL, 2022-01-26)"
    clashes = rows[("event", "clashes in Almaty")]
    assert clashes["verdict"] == "conflict" and "2022-01-10 (RFE/RL)" in clashes["at_odds"]


def test_facts_overview_view(db: sqlite3.Connection) -> None:
    rows = {r["label"]: r for r in db.execute("SELECT * FROM facts_overview")}
    toll = rows["people killed"]
    assert (toll["low"], toll["best"], toll["high"], toll["sources"]) == (44, 227, 227, 5)
    assert (toll["latest_figure"], toll["latest_outlet"]) == ("227", "RFE/RL")
    assert rows["foreign troops from Russia"]["verdict"] == "single"
    assert len(rows) == db.execute("SELECT count(*) FROM facts").fetchone()[0]


def test_figures_by_source_view(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT * FROM figures_by_source WHERE outlet = 'Democracy Now!' ORDER BY fact_label, value"
    ).fetchall()
    got = {(r["fact_label"], r["value"], r["role"]) for r in rows}
    assert ("people killed", 44, "figure") in got
    assert ("security forces killed", 18, "figure") in got
    assert all(r["sentence"] for r in rows)


# ---------------------------------------------------------------- determinism, metadata


def test_same_input_same_database(sample_report: Report, sample_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    export_database(sample_report, again)
    assert content(again) == content(sample_db)
    assert again.read_bytes() == sample_db.read_bytes()


def test_datasette_metadata_beside_the_database(sample_db: Path) -> None:
    meta = json.loads(metadata_path(sample_db).read_text("utf-8"))
    tables = meta["databases"]["kzdiff"]["tables"]
    assert tables["facts"]["facets"] == ["category", "verdict"]
    assert tables["facts"]["label_column"] == "label"
    assert "outlet" in tables["figures_by_source"]["facets"]
    assert tables["documents"]["label_column"] == "title"
    assert all(t["description"] for t in tables.values())
