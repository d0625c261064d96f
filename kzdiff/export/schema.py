"""The database's layout: tables, keys, full-text indexes, views, and Datasette's metadata.

Version ``kzdiff-db/1``, kept in the ``meta`` table (and as ``PRAGMA user_version``). As
with the JSON, adding a table, a view or a column keeps version 1; renaming, removing or
retyping one needs version 2. Column names are the JSON's field names.
"""

from __future__ import annotations

from typing import Any

DB_SCHEMA = "kzdiff-db/1"
USER_VERSION = 1
APPLICATION_ID = 0x6B7A6466  # "kzdf": `file kzdiff.db` and kzdiff itself know its own files

# table -> (columns, primary key, foreign keys as (column, table, column))
Columns = dict[str, Any]
TABLES: dict[str, tuple[Columns, Any, list[tuple[str, str, str]]]] = {
    "meta": ({"key": str, "value": str}, "key", []),
    "documents": (
        {
            "id": str,
            "path": str,
            "outlet": str,
            "published": str,
            "title": str,
            "outlet_source": str,
            "published_source": str,
            "url": str,
            "words": int,
            "format": str,
            "encoding": str,
            "content_hash": str,
            "body": str,
            "row_hash": str,
        },
        "id",
        [],
    ),
    "claims": (
        {
            "id": str,
            "doc": str,
            "text": str,
            "start": int,
            "end": int,
            "value": int,
            "low": int,
            "high": int,
            "qualifier": str,
            "category": str,
            "subject": str,
            "part_of": str,
            "attribution": str,
            "as_of": str,
            "status": str,
            "sentence": str,
            "sentence_start": int,
            "background": int,
            "scope": str,
            "counted": str,
            "window": int,
            "derived": int,
            "derived_from": str,
            "since": str,
            "revises_down": int,
        },
        "id",
        [("doc", "documents", "id"), ("part_of", "claims", "id")],
    ),
    "dates": (
        {
            "id": str,
            "doc": str,
            "text": str,
            "date": str,
            "start": int,
            "end": int,
            "event": str,
            "caption": int,
            "relative": int,
            "note": str,
        },
        "id",
        [("doc", "documents", "id")],
    ),
    "name_mentions": (
        {
            "id": str,
            "doc": str,
            "text": str,
            "label": str,
            "canonical": str,
            "start": int,
            "end": int,
        },
        "id",
        [("doc", "documents", "id")],
    ),
    "quote_mentions": (
        {
            "id": str,
            "doc": str,
            "text": str,
            "speaker": str,
            "start": int,
            "end": int,
            "scare": int,
        },
        "id",
        [("doc", "documents", "id")],
    ),
    "facts": (
        {
            "id": str,
            "label": str,
            "category": str,
            "subject": str,
            "scope": str,
            "verdict": str,
            "sources": int,
            "latest": str,
            "note": str,
            "conflict_a": str,
            "conflict_b": str,
        },
        "id",
        [
            ("latest", "claims", "id"),
            ("conflict_a", "claims", "id"),
            ("conflict_b", "claims", "id"),
        ],
    ),
    "estimates": (
        {"fact": str, "low": int, "best": int, "high": int, "rule": str},
        "fact",
        [("fact", "facts", "id")],
    ),
    "fact_claims": (
        {
            "fact": str,
            "claim": str,
            "role": str,
            "position": int,
            "repeat": int,
            "outlier": int,
            "why": str,
        },
        ("fact", "claim", "role"),
        [("fact", "facts", "id"), ("claim", "claims", "id")],
    ),
    "fact_reasons": (
        {"fact": str, "position": int, "reason": str},
        ("fact", "position"),
        [("fact", "facts", "id")],
    ),
    "fact_relays": (
        {"fact": str, "doc": str, "copy_of": str},
        None,
        [("fact", "facts", "id"), ("doc", "documents", "id"), ("copy_of", "documents", "id")],
    ),
    "names": ({"id": int, "canonical": str, "label": str, "spellings": int}, "id", []),
    "spellings": (
        {"name": int, "text": str, "doc": str},
        None,
        [("name", "names", "id"), ("doc", "documents", "id")],
    ),
    "quotes": ({"id": int, "speaker": str, "difference": str, "wordings": int}, "id", []),
    "wordings": (
        {"quote": int, "text": str, "doc": str},
        None,
        [("quote", "quotes", "id"), ("doc", "documents", "id")],
    ),
    "events": ({"id": int, "label": str, "verdict": str, "note": str, "mentions": int}, "id", []),
    "event_mentions": (
        {
            "event": int,
            "position": int,
            "doc": str,
            "date": str,
            "text": str,
            "caption": int,
        },
        ("event", "position"),
        [("event", "events", "id"), ("doc", "documents", "id")],
    ),
    "problems": ({"path": str, "message": str, "skipped": int}, None, []),
}

# the tables that hold one document's rows, children before their document
DOCUMENT_TABLES = ("quote_mentions", "name_mentions", "dates", "claims", "documents")

INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("claims", ("doc",)),
    ("claims", ("category",)),
    ("claims", ("part_of",)),
    ("dates", ("doc",)),
    ("name_mentions", ("doc",)),
    ("name_mentions", ("canonical",)),
    ("quote_mentions", ("doc",)),
    ("facts", ("category",)),
    ("facts", ("verdict",)),
    ("fact_claims", ("claim",)),
    ("spellings", ("name",)),
    ("spellings", ("doc",)),
    ("wordings", ("quote",)),
    ("event_mentions", ("doc",)),
    ("documents", ("outlet",)),
)

# table -> the columns its FTS5 index covers (porter stemming: "killed" finds "kill")
FTS: dict[str, tuple[str, ...]] = {
    "claims": ("sentence", "subject", "attribution"),
    "facts": ("label", "subject", "note"),
}

VIEWS: dict[str, str] = {
    # every fact with its estimate, how many figures and sources, and its latest figure
    "facts_overview": """
SELECT f.id AS fact, f.label, f.category, f.subject, f.scope, f.verdict, f.sources,
       e.low, e.best, e.high,
       (SELECT count(*) FROM fact_claims fc WHERE fc.fact = f.id AND fc.role = 'figure')
         AS figures,
       lc.text AS latest_figure, ld.outlet AS latest_outlet, lc.attribution AS latest_attribution,
       lc.as_of AS latest_as_of, f.note
FROM facts f
JOIN estimates e ON e.fact = f.id
LEFT JOIN claims lc ON lc.id = f.latest
LEFT JOIN documents ld ON ld.id = lc.doc
ORDER BY f.rowid""",
    # where the sources diverge: facts and dated events in conflict or revised
    "conflicts": """
SELECT 'fact' AS kind, f.id AS ref, f.label, f.category, f.verdict, f.sources,
       e.low, e.best, e.high,
       CASE WHEN f.conflict_a IS NOT NULL THEN
         ca.text || ' (' || coalesce(da.outlet, ca.doc) || coalesce(', ' || ca.as_of, '')
         || ') vs ' ||
         cb.text || ' (' || coalesce(db.outlet, cb.doc) || coalesce(', ' || cb.as_of, '') || ')'
       END AS at_odds,
       CASE WHEN f.verdict = 'revised' THEN
         lc.text || ' (' || coalesce(ld.outlet, lc.doc) || coalesce(', ' || lc.as_of, '') || ')'
       END AS latest,
       f.note
FROM facts f
JOIN estimates e ON e.fact = f.id
LEFT JOIN claims ca ON ca.id = f.conflict_a LEFT JOIN documents da ON da.id = ca.doc
LEFT JOIN claims cb ON cb.id = f.conflict_b LEFT JOIN documents db ON db.id = cb.doc
LEFT JOIN claims lc ON lc.id = f.latest LEFT JOIN documents ld ON ld.id = lc.doc
WHERE f.verdict IN ('conflict', 'revised')
UNION ALL
SELECT 'event', CAST(ev.id AS TEXT), ev.label, NULL, ev.verdict,
       (SELECT count(DISTINCT m.doc) FROM event_mentions m WHERE m.event = ev.id),
       NULL, NULL, NULL,
       (SELECT group_concat(coalesce(m.date, 'undated') || ' (' || coalesce(d.outlet, m.doc)
                            || ')', ' vs ')
        FROM event_mentions m LEFT JOIN documents d ON d.id = m.doc WHERE m.event = ev.id),
       NULL, ev.note
FROM events ev
WHERE ev.verdict IN ('conflict', 'revised')""",
    # every figure of every fact beside the source that gave it
    "figures_by_source": """
SELECT d.outlet, d.published, c.doc, d.title,
       f.id AS fact, f.label AS fact_label, f.category, f.verdict, fc.role,
       c.id AS claim, c.text AS figure, c.value, c.low, c.high, c.qualifier,
       c.attribution, c.as_of, c.status, c.sentence
FROM fact_claims fc
JOIN facts f ON f.id = fc.fact
JOIN claims c ON c.id = fc.claim
JOIN documents d ON d.id = c.doc""",
}


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata for a database named ``database`` (the file's stem): what each
    table holds, its facets and the column that labels its rows, and a full-text search."""
    tables: dict[str, dict[str, Any]] = {
        "documents": _t(
            "The articles: outlet, publication date, title, the text offsets refer to (body).",
            label="title",
            facets=["outlet", "published", "format"],
        ),
        "claims": _t(
            "Every count claim: figure, bounds, qualifier, category, subject, who gave "
            "it, as of when, status, and its sentence; start/end are offsets into the "
            "document's body.",
            label="text",
            facets=["category", "qualifier", "status"],
        ),
        "facts": _t(
            "One fact across sources (the same count), with its verdict.",
            label="label",
            facets=["category", "verdict"],
        ),
        "estimates": _t("Each fact's low / best / high and the rule behind them."),
        "fact_claims": _t(
            "Which claims make up each fact (role figure or part) and why they "
            "were grouped (kzdiff compare --explain).",
            facets=["role"],
        ),
        "fact_reasons": _t("Every --explain reason for each fact, in order."),
        "fact_relays": _t("Documents that copy another among a fact's sources (counted once)."),
        "names": _t(
            "People, places and bodies, with how many spellings the sources use.",
            label="canonical",
            facets=["label"],
        ),
        "spellings": _t("Each spelling of a name and the documents using it."),
        "name_mentions": _t(
            "Every name as it appears in a document, with offsets.", label="text", facets=["label"]
        ),
        "quotes": _t(
            "Quotes the sources word differently, with the word-level difference.", label="speaker"
        ),
        "wordings": _t("Each wording of a quote and the documents using it."),
        "quote_mentions": _t("Every quotation in a document, with offsets.", label="text"),
        "events": _t(
            "Dated events across sources, with their verdict.", label="label", facets=["verdict"]
        ),
        "event_mentions": _t("Each source's date for an event."),
        "dates": _t(
            "Every date mention in a document, resolved, with offsets.",
            label="text",
            facets=["relative", "caption"],
        ),
        "problems": _t("Files skipped or read with a caveat."),
        "meta": _t("The export's schema version and kzdiff version."),
        "facts_overview": _t(
            "Start here: every fact with its estimate, number of sources and latest figure.",
            facets=["category", "verdict"],
        ),
        "conflicts": _t(
            "Where the sources diverge: facts and dated events in conflict or revised.",
            facets=["kind", "verdict", "category"],
        ),
        "figures_by_source": _t(
            "Every figure of every fact beside the outlet that gave it.",
            facets=["outlet", "category", "verdict"],
        ),
    }
    return {
        "title": "kzdiff: where the reports agree and where they diverge",
        "description": "Exported by kzdiff export; schema " + DB_SCHEMA + ".",
        "databases": {
            database: {
                "tables": tables,
                "queries": {
                    "search_sentences": {
                        "title": "Search the sentences figures come from",
                        "sql": SEARCH_SQL,
                    },
                },
            }
        },
    }


SEARCH_SQL = """SELECT c.id, c.text AS figure, c.category, c.subject, d.outlet, c.as_of,
       c.sentence
FROM claims_fts
JOIN claims c ON c.rowid = claims_fts.rowid
JOIN documents d ON d.id = c.doc
WHERE claims_fts MATCH :q
ORDER BY rank"""


def _t(
    description: str, *, label: str | None = None, facets: list[str] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"description": description}
    if label:
        out["label_column"] = label
    if facets:
        out["facets"] = facets
    return out
