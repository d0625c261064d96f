"""Adversarial checks of the speed-at-scale work: the load cache, the cache codec,
Beside (a forked child), table caps and UTF-8 machine output.

Each test states what a user can know from the input: a warm run tells the same
warnings and the same documents as a cold one; the table says how many sources it
left out, and which figures and dates they gave.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzdiff import pipeline
from kzdiff.cache import Cache, decode_extraction, encode_extraction
from kzdiff.cli import _register, cli
from kzdiff.load.corpus import load_paths
from kzdiff.parallel import Beside

_register()

FIRE = (
    "---\noutlet: Outlet {n:02d}\npublished: 2023-03-{n:02d}\n---\n"
    "The fire at the Brava textile factory killed {k} workers, fire officials said.\n"
)


def _run(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return res.exit_code, res.stdout, res.stderr


def _view(corpus) -> list[tuple]:  # type: ignore[no-untyped-def]
    docs = [
        (d.id, d.path, d.body, d.encoding, d.outlet, d.published, d.words) for d in corpus.documents
    ]
    return [docs, [(p.path, p.message, p.skipped) for p in corpus.problems]]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Two folders holding a file of the same name, a JSONL feed with bad lines, and a
    file in a legacy encoding: every way a load has warnings or renames an id."""
    root = tmp_path / "in"
    for sub in ("a", "b"):
        (root / sub).mkdir(parents=True)
        (root / sub / "x.txt").write_text(
            "LIMA, May 2, 2024 - Police detained 31 protesters near the congress, "
            "officials said.\n",
            encoding="utf-8",
        )
    lines = [
        json.dumps(
            {"text": "At least 20 people were injured on Friday, medics said.", "outlet": "Wire A"}
        ),
        "{not json",
        json.dumps({"text": "Medics said 25 people were injured on Friday.", "outlet": "Wire B"}),
        json.dumps({"title": "no body"}),
    ]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "legacy.txt").write_bytes(
        "Über 40 Menschen wurden am Freitag in Köln verletzt, sagte die Polizei.".encode("cp1252")
    )
    return root


def test_warm_load_gives_the_cold_documents_ids_and_warnings(mixed: Path, tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "cache")
    cold = load_paths([str(mixed)], cache=cache)
    warm = load_paths([str(mixed)], cache=cache)
    plain = load_paths([str(mixed)])
    assert _view(cold) == _view(warm) == _view(plain)
    assert cache.info().files == 4  # two x.txt, the feed, the legacy file
    ids = [d.id for d in warm.documents]
    assert ids.count("x") == 1 and "x-2" in ids  # same name in two folders
    assert {"feed-1", "feed-3"} <= set(ids)  # one document per good JSONL line
    messages = [p.message for p in warm.problems]
    assert any(m.startswith("line 2:") for m in messages)  # the bad line, told again
    assert any(m.startswith("line 4:") for m in messages)
    assert any("cp1252" in m for m in messages)  # the guessed encoding, told again


def test_folders_given_in_the_other_order_swap_the_suffixed_id(mixed: Path, tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "cache")
    load_paths([str(mixed / "a"), str(mixed / "b")], cache=cache)
    warm = load_paths([str(mixed / "b"), str(mixed / "a")], cache=cache)
    assert [(Path(d.path).parent.name, d.id) for d in warm.documents] == [("b", "x"), ("a", "x-2")]


def test_same_bytes_at_another_path_take_that_paths_name(mixed: Path, tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "cache")
    load_paths([str(mixed / "a" / "x.txt")], cache=cache)
    moved = tmp_path / "elsewhere" / "lima-report.txt"
    moved.parent.mkdir()
    moved.write_bytes((mixed / "a" / "x.txt").read_bytes())
    doc = load_paths([str(moved)], cache=cache).documents[0]
    assert (doc.id, doc.path) == ("lima-report", str(moved))


def test_encoding_asked_for_is_part_of_what_is_served(mixed: Path, tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "cache")
    path = [str(mixed / "legacy.txt")]
    for _ in range(2):  # cold, then warm: each encoding keeps its own reading
        west = load_paths(path, encoding="cp1252", cache=cache).documents[0]
        east = load_paths(path, encoding="cp1251", cache=cache).documents[0]
        assert west.body.startswith("Über") and west.encoding == "cp1252"
        assert east.body.startswith("Ьber") and east.encoding == "cp1251"


def test_a_file_that_failed_is_read_once_fixed(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "cache")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Police said 9 people were detained on Tuesday.")
    feed = folder / "feed.json"
    feed.write_text("{broken")
    first = load_paths([str(folder)], cache=cache)
    assert [d.id for d in first.documents] == ["ok"]
    feed.write_text(json.dumps({"text": "Medics said 14 people were injured on Sunday."}))
    second = load_paths([str(folder)], cache=cache)
    assert sorted(d.id for d in second.documents) == ["feed", "ok"]
    assert second.problems == ()


def test_a_truncated_load_entry_is_rebuilt(mixed: Path, tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "cache")
    cold = load_paths([str(mixed)], cache=cache)
    for entry in cache.load_root.rglob("*.json"):
        entry.write_bytes(entry.read_bytes()[:40])
    assert _view(load_paths([str(mixed)], cache=cache)) == _view(cold)


def test_cache_info_counts_both_kinds_and_clear_empties_them(mixed: Path, tmp_path: Path) -> None:
    where = str(tmp_path / "cache")
    code, _, _ = _run("extract", str(mixed), "--format", "json", "--cache-dir", where)
    assert code == 0
    code, out, _ = _run("cache", "info", "--json", "--cache-dir", where)
    info = json.loads(out)
    assert (info["entries"], info["files"]) == (5, 4)  # 5 documents out of 4 files
    _run("cache", "clear", "--cache-dir", where)
    _, out, _ = _run("cache", "info", "--json", "--cache-dir", where)
    assert (json.loads(out)["entries"], json.loads(out)["files"]) == (0, 0)


def test_huge_integers_and_float_figures_survive_the_cache_codec(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "NAIROBI, June 3, 2024 - About 2.5 million people fled the floods and "
        "at least 210 people were killed on Monday, the Red Cross said."
    )
    corpus = load_paths([str(folder)])
    x = pipeline.extract_all(corpus)[0]
    big = dataclasses.replace(x.claims[0], value=2**70, low=2**70, high=2**70)
    for original in (x, dataclasses.replace(x, claims=(big, *x.claims[1:]))):
        back = decode_extraction(encode_extraction(original))
        assert back == original
        for a, b in zip(original.claims, back.claims, strict=True):
            assert [type(v) for v in (a.value, a.low, a.high)] == [
                type(v) for v in (b.value, b.low, b.high)
            ]
        assert [dataclasses.astuple(d) for d in back.dates] == [
            dataclasses.astuple(d) for d in original.dates
        ]  # span fields included


def test_beside_recomputes_in_the_parent_when_the_child_dies() -> None:
    calls: list[int] = []

    def work() -> int:
        calls.append(os.getpid())
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)  # the child dies mid-way
        return 7 * 6

    parent = os.getpid()
    assert Beside(work).result() == 42
    assert calls == [parent]  # the child's own call is not seen here; the parent redid it


def test_beside_raises_the_childs_error_in_the_parent() -> None:
    def work() -> int:
        raise LookupError("no such source")

    with pytest.raises(LookupError, match="no such source"):
        Beside(work).result()


def test_compare_with_the_child_gives_the_same_report(monkeypatch, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(1, 9):
        (folder / f"o{n}.md").write_text(FIRE.format(n=n, k=10 + n % 3), encoding="utf-8")
        (folder / f"q{n}.txt").write_text(
            f'On March {n}, 2023, Mayor Ilona Varga said "we will rebuild the factory" '
            f"as {n + 3} workers were injured, medics said.",
            encoding="utf-8",
        )
    corpus = load_paths([str(folder)])
    xs = pipeline.extract_all(corpus)
    alone = pipeline.compare(corpus, xs, jobs=1)
    monkeypatch.setattr(pipeline, "BESIDE_DOCUMENTS", 2)
    beside = pipeline.compare(corpus, xs, jobs=2)
    assert beside == alone
    assert beside.names or beside.events  # something was grouped by the child


def _fire(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(1, count + 1):
        (folder / f"o{n:02d}.md").write_text(FIRE.format(n=n, k=10 + n), encoding="utf-8")
    return folder


def test_table_shows_twelve_sources_and_says_what_the_rest_gave(tmp_path: Path) -> None:
    folder = _fire(tmp_path / "in", 20)
    code, out, _ = _run("compare", str(folder), "--no-cache", "--color", "never")
    assert code == 0
    bullets = [line for line in out.splitlines() if line.startswith("  • Outlet")]
    assert len(bullets) == 12
    assert "Outlet 06  16" in bullets[5] and "Outlet 15  25" in bullets[6]
    assert "… 8 more: figures 17 to 24, dated 2023-03-07 to 2023-03-14" in out
    assert "Outlet 20  30" in bullets[-1] and "latest" in bullets[-1]
    _, everything, _ = _run("compare", str(folder), "--no-cache", "--all", "--color", "never")
    assert sum(line.startswith("  • Outlet") for line in everything.splitlines()) == 20
    assert "more:" not in everything


@pytest.mark.parametrize("count", [12, 13, 14])
def test_table_cap_edges_shown_plus_told_is_every_source(tmp_path: Path, count: int) -> None:
    folder = _fire(tmp_path / "in", count)
    _, out, _ = _run("compare", str(folder), "--no-cache", "--color", "never")
    bullets = [line for line in out.splitlines() if line.startswith("  • Outlet")]
    told = re.search(r"… (\d+) more", out)
    hidden = int(told.group(1)) if told else 0
    assert len(bullets) + hidden == count
    assert len(bullets) <= 12
    assert "Outlet 01  11" in bullets[0] and f"Outlet {count}  {10 + count}" in bullets[-1]


def test_json_on_stdout_is_utf8_and_ends_with_one_newline(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kz.txt").write_text(
        "АЛМАТЫ, 7 января 2022 - Officials said 164 people were killed, Токаев said.",
        encoding="utf-8",
    )
    res = CliRunner().invoke(cli, ["compare", str(folder), "--format", "json", "--no-cache"])
    raw = res.stdout_bytes
    assert raw.endswith(b"}\n") and not raw.endswith(b"\n\n")
    doc = json.loads(raw.decode("utf-8"))
    assert doc["documents"][0]["id"] == "kz"
    assert "Токаев".encode() in raw  # written as itself, not as \u escapes
