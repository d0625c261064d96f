"""The extract stage: one document in, its claims, dates, names and quotes out
(``kzdiff.extract.document``; one module per extractor beside it).

The two entry points are loaded on first use: importing one extractor's module
(``kzdiff.extract.dates`` for the events stage, say) must not compile every
other extractor's patterns, which a run served from the cache never needs.
"""

from __future__ import annotations

__all__ = ["document_quantities", "extract_document"]  # served by __getattr__ below


def __getattr__(name: str) -> object:
    if name in __all__:
        from kzdiff.extract import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
