from __future__ import annotations

from pathlib import Path

import pytest

from kzdiff.pipeline import compare, extract_all, load
from kzdiff.records import Corpus, Extraction, Report

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

# The sample corpus files by the short names seed-facts.md uses for them.
SEED_DOCS = {
    "000": "2022-01-07-democracynow",
    "001": "2022-01-26-rferl",
    "002": "2022-01-07-hrw",
    "003": "undated-press-freedom-partners",
    "004": "undated-humanlives-humanrights",
}


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    return load([str(CORPUS)])


@pytest.fixture(scope="session")
def seed_extractions(seed_corpus: Corpus) -> dict[str, Extraction]:
    return {x.doc: x for x in extract_all(seed_corpus)}


@pytest.fixture(scope="session")
def seed_report(seed_corpus: Corpus, seed_extractions: dict[str, Extraction]) -> Report:
    return compare(seed_corpus, list(seed_extractions.values()))
