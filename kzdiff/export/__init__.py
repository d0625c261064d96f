"""``kzdiff export``: the report as a SQLite database for SQL and Datasette.

- ``rows``: records to rows, from the wire objects the JSON is made of;
- ``schema``: tables, keys, full-text indexes, views, Datasette's metadata;
- ``database``: writing them in one transaction, re-exports touching only what changed.
"""

from kzdiff.export.database import ExportSummary, export_database, metadata_path

__all__ = ["ExportSummary", "export_database", "metadata_path"]
