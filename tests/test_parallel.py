"""Parallel extraction gives the same results, in the same order, as one process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzdiff import parallel
from kzdiff.cache import Cache
from kzdiff.cli import cli
from kzdiff.cli import commands as _commands  # noqa: F401  (registers the commands)
from kzdiff.extract import extract_document
from tests.factories import document_from_text

ARTICLES = [
    (
        "2023-02-07",
        "Rescuers said at least 1,500 people were killed and 7,000 injured after "
        "the earthquake struck before dawn on Monday, the disaster agency said.",
    ),
    (
        "2023-02-08",
        "The death toll rose to 2,316 on Tuesday, according to the disaster "
        "management agency. About 3,000 buildings collapsed.",
    ),
    (
        "2023-02-08",
        "\u201cWe have lost more than 2,000 of our citizens,\u201d the governor "
        "said. Police detained 12 people for looting.",
    ),
    (
        "2023-02-09",
        "More than 5,000 people have died, officials said on Wednesday, and "
        "some 20,000 were injured.",
    ),
    (
        "2023-02-10",
        "Aid groups said nearly 6,000 people were killed; the health ministry "
        "put the figure at 5,894.",
    ),
]


@pytest.fixture
def docs():  # type: ignore[no-untyped-def]
    return [
        document_from_text(text, published=day, doc_id=f"wire-{i}")
        for i, (day, text) in enumerate(ARTICLES)
    ]


@pytest.fixture
def always_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    # these articles are far below the in-process threshold; force the pool
    monkeypatch.setattr(parallel, "MIN_PARALLEL_WORDS", 0)
    monkeypatch.setattr(parallel, "CHUNK_WORDS", 1)  # one document per chunk


def test_pool_results_equal_one_process_in_order(docs, always_parallel) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    got = parallel.extract_documents(docs, jobs=2, progress=lambda d, t: seen.append((d, t)))
    assert got == tuple(extract_document(d) for d in docs)
    assert [x.doc for x in got] == [d.id for d in docs]
    assert seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_pool_workers_fill_the_cache(docs, always_parallel, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cache = Cache.open(tmp_path, extractor_version="t")
    first = parallel.extract_documents(docs, jobs=2, cache=cache)
    assert cache.info().entries == len(docs)
    assert all(cache.get(d) == x for d, x in zip(docs, first, strict=True))


@pytest.mark.parametrize(
    ("sizes", "jobs"),
    [
        ([10] * 40, 2),
        ([1, 500, 3, 3, 3, 700, 2], 2),
        ([5], 4),
        ([], 2),
        ([100_000] * 3, 2),
    ],
)
def test_chunks_cover_every_document_once_in_order(sizes: list[int], jobs: int) -> None:
    chunks = parallel.plan_chunks(sizes, jobs)
    assert [i for c in chunks for i in c] == list(range(len(sizes)))
    assert all(chunks)


def test_available_cpus_is_at_least_one() -> None:
    assert parallel.available_cpus() >= 1


def test_cli_output_bytes_same_with_two_jobs(tmp_path: Path, always_parallel) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, (day, text) in enumerate(ARTICLES):
        (folder / f"{i}.txt").write_text(
            f"---\noutlet: Outlet {i}\npublished: {day}\n---\n\n{text}\n", encoding="utf-8"
        )
    runner = CliRunner()
    outs = {}
    for jobs in ("1", "2"):
        for fmt in ("json", "table"):
            r = runner.invoke(
                cli,
                [
                    "compare",
                    str(folder),
                    "--format",
                    fmt,
                    "--no-cache",
                    "-j",
                    jobs,
                    "--color",
                    "never",
                ],
            )
            assert r.exit_code == 0, r.output
            outs[jobs, fmt] = r.stdout_bytes
    assert outs["1", "json"] == outs["2", "json"]
    assert outs["1", "table"] == outs["2", "table"]
    assert b'"killed"' in outs["1", "json"]


# ---------------------------------------------------------------- Beside


def test_beside_returns_what_the_child_computed_from_inherited_records():
    from kzdiff.parallel import Beside

    doc = document_from_text(
        "Police said 12 people were killed in the port on Monday.", doc_id="port"
    )
    parent = os.getpid()
    job = Beside(lambda: (os.getpid(), extract_document(doc)))
    pid, x = job.result()
    assert pid != parent  # computed in the child, from a document it was never sent
    assert x == extract_document(doc) and x.claims[0].value == 12


def test_beside_redoes_the_work_here_when_the_child_fails(tmp_path):
    from kzdiff.parallel import Beside

    marker = tmp_path / "ran-in"

    def work() -> int:
        with open(marker, "a") as fh:
            fh.write(f"{os.getpid()}\n")
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return 7

    parent = os.getpid()
    assert Beside(work).result() == 7
    assert marker.read_text().split()[-1] == str(parent)  # the parent did it after all


def test_beside_error_in_the_work_is_raised_in_the_parent():
    from kzdiff.parallel import Beside

    def work() -> int:
        raise ValueError("no such fact")

    with pytest.raises(ValueError, match="no such fact"):
        Beside(work).result()


def test_beside_cancel_stops_the_child():
    import time

    from kzdiff.parallel import Beside

    job = Beside(lambda: time.sleep(30))
    t0 = time.monotonic()
    job.cancel()
    assert time.monotonic() - t0 < 5
    with pytest.raises(ChildProcessError):
        os.waitpid(job.pid, os.WNOHANG)  # reaped: no such child any more


def test_compare_with_two_jobs_gives_the_report_of_one(monkeypatch):
    from kzdiff import pipeline

    monkeypatch.setattr(pipeline, "BESIDE_DOCUMENTS", 2)
    docs = tuple(
        document_from_text(t, doc_id=f"d{i}")
        for i, t in enumerate(
            (
                "Officials said 12 people were killed in Marsk on Tuesday, "
                "governor Ana Petrova said.",
                "The toll rose to 31, the Emergency Ministry said on Thursday. Petrova visited.",
                "Governor Anna Petrova said 30 people had died since the dam failed on Tuesday.",
            )
        )
    )
    from kzdiff.records import Corpus

    corpus = Corpus(docs)
    xs = tuple(extract_document(d) for d in docs)
    assert pipeline.compare(corpus, xs, jobs=2) == pipeline.compare(corpus, xs, jobs=1)


def _chunk_that_dies_once(docs, keys, cache):  # type: ignore[no-untyped-def]
    """In a worker: the first chunk to reach here kills its own process, as `kill -9`
    or the out-of-memory killer would (issue 13, item 8)."""
    import signal

    marker = Path(os.environ["KZDIFF_TEST_DIE_ONCE"])
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return _real_extract_chunk(docs, keys, cache)
    os.close(fd)
    os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("unreachable")


_real_extract_chunk = parallel._extract_chunk


def test_a_worker_killed_midway_has_its_documents_read_here(  # type: ignore[no-untyped-def]
    docs, always_parallel, monkeypatch, tmp_path, caplog
) -> None:
    import logging

    monkeypatch.setenv("KZDIFF_TEST_DIE_ONCE", str(tmp_path / "died"))
    monkeypatch.setattr(parallel, "_extract_chunk", _chunk_that_dies_once)
    cache = Cache.open(tmp_path / "c", extractor_version="t")
    with caplog.at_level(logging.WARNING, logger="kzdiff.parallel"):
        got = parallel.extract_documents(docs, jobs=2, cache=cache)
    assert (tmp_path / "died").exists()
    assert got == tuple(extract_document(d) for d in docs)
    (line,) = [r.getMessage() for r in caplog.records]
    assert line.startswith("a worker process died (killed from outside?); the ")
    assert all(cache.get(d) == x for d, x in zip(docs, got, strict=True))


# ---------------------------------------------------------------- compare_cached


@pytest.fixture
def cached_corpus(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """The sample corpus with every extraction in a cache, and forks from 2 documents."""
    from kzdiff import pipeline

    monkeypatch.setattr(pipeline, "BESIDE_DOCUMENTS", 2)
    cache = Cache.open(tmp_path / "cache")
    corpus = pipeline.load([str(Path(__file__).resolve().parents[1] / "corpus")], cache=cache)
    xs = pipeline.extract_all(corpus, cache=cache)
    return corpus, cache, xs


def test_compare_cached_gives_the_report_of_compare_without_the_extractions(cached_corpus):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from kzdiff import pipeline

    corpus, cache, xs = cached_corpus
    got = pipeline.compare_cached(corpus, cache, jobs=2)
    assert got is not None
    assert got == replace(pipeline.compare(corpus, xs, jobs=1), extractions=())
    assert got.facts and got.names and got.events


def test_compare_cached_declines_one_job_a_missing_or_a_damaged_entry(cached_corpus):  # type: ignore[no-untyped-def]
    from kzdiff import pipeline

    corpus, cache, _ = cached_corpus
    assert pipeline.compare_cached(corpus, cache, jobs=1) is None
    entry = Path(cache._path(cache.key(corpus.documents[1])))
    kept = entry.read_bytes()
    for damaged in (
        b'["someone-else", [], [], [], []]',  # another document's entry
        kept.replace(b'"killed"', b'"slain"', 1),  # a claim that does not decode
        b"[",
    ):
        entry.write_bytes(damaged)
        assert pipeline.compare_cached(corpus, cache, jobs=2) is None, damaged
    entry.unlink()
    assert pipeline.compare_cached(corpus, cache, jobs=2) is None


def test_compare_cached_declines_when_only_the_other_records_are_damaged(cached_corpus):  # type: ignore[no-untyped-def]
    import json

    from kzdiff import pipeline

    corpus, cache, _ = cached_corpus
    entry = Path(cache._path(cache.key(corpus.documents[0])))
    doc, claims, dates, entities, quotes = json.loads(entry.read_bytes())
    assert entities
    entry.write_text(json.dumps([doc, claims, dates, [["x"]], quotes]))
    assert pipeline.compare_cached(corpus, cache, jobs=2) is None


def test_cli_compare_from_a_warm_cache_on_two_cores_gives_the_bytes_of_one(  # type: ignore[no-untyped-def]
    cached_corpus,
):
    corpus_dir = str(Path(__file__).resolve().parents[1] / "corpus")
    _, cache, _ = cached_corpus
    runner = CliRunner()
    outs = {}
    for jobs in ("1", "2"):
        for fmt in ("json", "table"):
            args = ["compare", corpus_dir, "--format", fmt, "-j", jobs, "--color", "never"]
            r = runner.invoke(cli, [*args, "--cache-dir", str(cache.directory)])
            assert r.exit_code == 0, r.output
            outs[jobs, fmt] = r.stdout_bytes
    assert outs["1", "json"] == outs["2", "json"]
    assert outs["1", "table"] == outs["2", "table"]
