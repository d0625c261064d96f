"""The same story twice is one source: an article saved under two names, or wire copy
relayed by another site under its own headline and furniture (issue 13, item 9)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kzdiff.align.copies import find_relays
from kzdiff.pipeline import compare, extract_all, load

SAMPLE = Path(__file__).resolve().parents[2] / "corpus"
ARTICLE = "2022-01-07-democracynow.txt"


def _verdicts(folder: Path) -> list[tuple[str, str, int]]:
    corpus = load([str(folder)])
    report = compare(corpus, extract_all(corpus))
    return sorted((f.label, str(f.verdict), f.sources) for f in report.facts)


def _relayed(text: str) -> str:
    """The article as another site relays it: its own headline and furniture."""
    head, sep, body = text.partition("\n---\n")
    if not sep:
        head, body = "", text
    else:
        head += sep
    return (
        head
        + "Kazakhstan: dozens dead as unrest spreads (wire report)\n\n"
        + "Share this story on social media\n\n"
        + body
        + "\n\nCopyright the wire service. All rights reserved.\n"
    )


@pytest.mark.parametrize("kind", ["same file under another name", "relayed with furniture"])
def test_a_copy_adds_no_source(tmp_path: Path, kind: str) -> None:
    shutil.copytree(SAMPLE, tmp_path / "corpus")
    before = _verdicts(tmp_path / "corpus")
    text = (SAMPLE / ARTICLE).read_text(encoding="utf-8")
    copy = text if kind.startswith("same") else _relayed(text)
    (tmp_path / "corpus" / "zz-relay.txt").write_text(copy, encoding="utf-8")
    # same facts, same verdicts, same number of sources: "4 hold across sources" stays 4
    assert _verdicts(tmp_path / "corpus") == before


def test_independent_stories_are_not_copies() -> None:
    corpus = load([str(SAMPLE)])
    assert find_relays(corpus.documents) == {}
