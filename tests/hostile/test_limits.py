"""Limits that protect the user's machine: size checked before reading, long lines bounded."""

from __future__ import annotations

import builtins
import os
import time
import tracemalloc

from kzdiff.extract import extract_document
from kzdiff.extract.sentences import split_sentences
from kzdiff.load import load_paths
from kzdiff.load.blocks import MAX_BLOCK_CHARS
from tests.hostile.corpus import news_paragraph, write_good

FILLER = (
    "Officials said the flooding had closed several roads near the river on Tuesday "
    "and residents were told to stay indoors. "
)
CLAIM = "Police said 9 people were detained for looting. "


def test_oversized_file_is_refused_before_it_is_opened(tmp_path, monkeypatch) -> None:
    write_good(tmp_path)
    big = tmp_path / "dump.txt"
    with open(big, "wb") as fh:
        fh.truncate(200 * 2**20)  # sparse: 200 MB on paper
    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    t0 = time.perf_counter()
    corpus = load_paths([str(tmp_path)])
    assert time.perf_counter() - t0 < 2
    assert str(big) not in opened
    assert [d.id for d in corpus.documents] == ["good"]
    assert [p.message for p in corpus.problems] == [
        "is 200 MB, over the 50 MB limit; pass --max-size to read it"
    ]


def test_a_ten_megabyte_line_is_read_in_bounded_pieces(tmp_path) -> None:
    unit = FILLER * 40 + CLAIM  # a claim every ~5 KB, no line break anywhere
    line = unit * (10 * 2**20 // len(unit) + 1)
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    t0 = time.perf_counter()
    (doc,) = load_paths([str(tmp_path)], max_size=20 * 2**20).documents
    sentences = split_sentences(doc)
    elapsed = time.perf_counter() - t0
    assert len(doc.body) == len(line) > 10 * 2**20
    assert all(b.end - b.start <= MAX_BLOCK_CHARS for b in doc.blocks)
    assert len(doc.blocks) >= len(line) // MAX_BLOCK_CHARS
    # cut at sentence ends, so no sentence is split: every claim sentence is whole
    assert sum(s.text == CLAIM.strip() for s in sentences) == line.count(CLAIM)
    assert elapsed < 15, elapsed


def test_extraction_of_a_long_single_line_finds_every_claim(tmp_path) -> None:
    unit = FILLER * 40 + CLAIM
    line = unit * (2**19 // len(unit))  # 512 KB: the linear-time tests cover 20x that
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    (doc,) = load_paths([str(tmp_path)]).documents
    t0 = time.perf_counter()
    x = extract_document(doc)
    assert time.perf_counter() - t0 < 20
    assert len(x.claims) == line.count(CLAIM)
    assert {(c.value, c.category.value, c.attribution) for c in x.claims} == {
        (9, "detained", "Police")
    }


def test_many_tiny_lines_stay_fast(tmp_path) -> None:
    # linear, at about 30 us per line for loading and extraction together
    (tmp_path / "lines.txt").write_bytes(b"a\n" * 60_000 + b"Police said 9 people died.\n")
    t0 = time.perf_counter()
    (doc,) = load_paths([str(tmp_path)]).documents
    x = extract_document(doc)
    assert time.perf_counter() - t0 < 10
    assert [(c.value, c.category.value) for c in x.claims] == [(9, "killed")]


def test_loading_holds_text_not_every_file_as_bytes_at_once(tmp_path) -> None:
    files, size = 8, 2**18
    for i in range(files):
        text = "\n\n".join(news_paragraph(i * 1000 + p) for p in range(size // 200))
        (tmp_path / f"a{i:02d}.txt").write_text(text[:size], encoding="utf-8")
    warm = tmp_path / "warm"
    warm.mkdir()
    (warm / "w.txt").write_text(news_paragraph(1) + "\n\nMay 5, 2024\n", encoding="utf-8")
    load_paths([str(warm)])  # the first load imports and compiles what it needs: not counted
    tracemalloc.start()
    try:
        corpus = load_paths([str(tmp_path / f"a{i:02d}.txt") for i in range(files)])
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    held = sum(len(d.body) for d in corpus.documents)  # ASCII: one byte per character
    assert held >= files * size * 0.99 and kept >= held
    # What is kept is the documents (bodies and blocks); on top of that, only one file is
    # in flight at a time (its bytes, its text, a few copies: about 6x its size). Holding
    # every file's bytes until the end would add the whole corpus again.
    assert peak - kept < 8 * size, (peak, kept, held)
