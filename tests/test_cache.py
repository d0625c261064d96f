"""The extraction cache: exact round-trips, misses on any change, atomic and self-healing."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzdiff.cache import Cache, decode_extraction, encode_extraction
from kzdiff.cli import cli
from kzdiff.cli import commands as _commands  # noqa: F401  (registers the commands)
from kzdiff.extract import extract_document
from kzdiff.records import Claim, DateMention, Extraction
from kzdiff.vocab import Category, Qualifier, Status
from tests.factories import document_from_text

ARTICLE = (
    "At least 41 people were killed and about 120 injured when a tanker exploded near "
    "the port, the regional health ministry said on Tuesday.\n\n"
    "\u201cWe are still pulling people from the water,\u201d said Maria Okafor, a "
    "coast guard spokeswoman. Police detained 3 crew members.\n\n"
    "By Thursday the death toll had risen to 57, according to the Red Crescent."
)


def _doc(text: str = ARTICLE, **kw):  # type: ignore[no-untyped-def]
    kw.setdefault("published", "2023-05-12")
    kw.setdefault("doc_id", "harbour-wire")
    return document_from_text(text, **kw)


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    return Cache.open(tmp_path / "cache", extractor_version="test-1")


def _entries(cache: Cache) -> list[Path]:
    return sorted(p for p in cache.root.rglob("*") if p.is_file())


def test_round_trip_is_exact_for_an_extracted_article(cache: Cache) -> None:
    doc = _doc()
    x = extract_document(doc)
    assert x.claims, "the article states counts; the round trip must carry claims"
    cache.put(doc, x)
    again = cache.get(doc)
    assert again == x
    assert [type(c.qualifier) for c in again.claims] == [Qualifier] * len(x.claims)


def test_round_trip_keeps_numbers_types_nulls_and_odd_text() -> None:
    # floats stay floats, ints ints, None stays None, and a lone surrogate survives
    claim = Claim(
        id="d:c1",
        doc="d",
        text="2.5 million",
        start=0,
        end=11,
        value=2.5e6,
        low=2.5e6,
        high=None,
        qualifier=Qualifier.MORE_THAN,
        category=Category.DISPLACED,
        subject="people",
        part_of=None,
        attribution="UNHCR \ud800",
        as_of=None,
        status=Status.PROJECTED,
        sentence="More than 2.5 million could flee.",
        sentence_start=0,
        background=True,
        scope="Kharkiv",
    )
    x = Extraction("d", claims=(claim, replace(claim, id="d:c2", value=7, low=7, high=7)))
    back = decode_extraction(encode_extraction(x))
    assert back == x
    assert isinstance(back.claims[0].value, float) and isinstance(back.claims[1].value, int)
    assert back.claims[0].category is Category.DISPLACED and back.claims[0].high is None


def test_round_trip_keeps_the_events_a_date_mention_carries_as_tuples() -> None:
    dm = DateMention(
        "on 3 June",
        9,
        18,
        "2024-06-03",
        "curfew imposed",
        sentence_start=0,
        terms=(("curfew", "declared"), ("protests", None)),
        next_terms=(("riots", None),),
        weekday=None,
    )
    back = decode_extraction(encode_extraction(Extraction("d", dates=(dm,))))
    assert back == Extraction("d", dates=(dm,))
    assert type(back.dates[0].terms[0]) is tuple


def test_round_trip_keeps_an_integer_beyond_64_bits_an_integer() -> None:
    huge = 10**30  # what a hostile "1,000,000,000,000,000,000,000,000,000,000 dead" parses to
    claim = Claim(
        id="d:c1",
        doc="d",
        text="10^30",
        start=0,
        end=5,
        value=huge,
        low=huge,
        high=huge,
        qualifier=Qualifier.EXACT,
        category=Category.KILLED,
        subject="people",
        part_of=None,
        attribution=None,
        as_of=None,
        status=Status.ASSERTED,
        sentence="10^30 died.",
        sentence_start=0,
        background=False,
        scope=None,
    )
    back = decode_extraction(encode_extraction(Extraction("d", claims=(claim,))))
    assert back.claims[0].value == huge and isinstance(back.claims[0].value, int)


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b'["harbour-wire", [[1, 2',
        b'{"a": 1}',
        b'["harbour-wire", [[1]], [], [], []]',
        b"\xff\xfe\x00",
    ],
)
def test_a_corrupt_entry_is_a_miss_and_is_rebuilt(cache: Cache, garbage: bytes) -> None:
    doc = _doc()
    x = extract_document(doc)
    cache.put(doc, x)
    (entry,) = _entries(cache)
    entry.write_bytes(garbage)
    assert cache.get(doc) is None
    from kzdiff.parallel import extract_documents

    assert extract_documents([doc], cache=cache) == (x,)
    assert cache.get(doc) == x  # the bad entry was replaced by a good one


def test_an_entry_for_another_document_id_is_not_served(cache: Cache) -> None:
    doc = _doc()
    x = extract_document(doc)
    key = cache.key(doc)
    cache.put_encoded(key, encode_extraction(replace(x, doc="someone-else")))
    assert cache.get(doc) is None


def test_a_write_killed_midway_leaves_no_entry_and_no_temporary_file(
    cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _doc()
    x = extract_document(doc)
    real_replace = os.replace

    def killed(src: str, dst: str, **dir_fds: int) -> None:
        raise KeyboardInterrupt  # the run dies between writing the data and renaming it

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        cache.put(doc, x)
    monkeypatch.setattr(os, "replace", real_replace)
    assert cache.get(doc) is None
    assert _entries(cache) == []
    assert cache.info().entries == 0


@pytest.mark.parametrize(
    "change",
    [
        {"body": ARTICLE.replace("57", "58")},
        {"published": "2023-05-13"},  # relative dates resolve differently
        {"id": "other-id"},  # claim ids carry the document id
    ],
)
def test_any_input_change_is_a_miss(cache: Cache, change: dict) -> None:
    doc = _doc()
    cache.put(doc, extract_document(doc))
    assert cache.get(doc) is not None
    assert cache.get(replace(doc, **change)) is None


def test_another_extractor_version_is_a_miss(cache: Cache) -> None:
    doc = _doc()
    cache.put(doc, extract_document(doc))
    newer = Cache.open(cache.directory, extractor_version="test-2")
    assert newer.get(doc) is None
    assert Cache.open(cache.directory, extractor_version="test-1").get(doc) is not None


def test_clear_removes_only_cache_entries(cache: Cache) -> None:
    doc = _doc()
    cache.put(doc, extract_document(doc))
    cache.put(_doc(doc_id="second"), extract_document(_doc(doc_id="second")))
    mine = cache.directory / "notes.txt"
    mine.write_text("not kzdiff's")
    assert cache.info().entries == 2
    assert cache.clear() == 2
    assert cache.info().entries == 0
    assert mine.read_text() == "not kzdiff's"


def _write_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "---\noutlet: Harbour Wire\npublished: 2023-05-12\n---\n\n" + ARTICLE, encoding="utf-8"
    )
    (folder / "b.txt").write_text(
        "---\noutlet: Coast Daily\npublished: 2023-05-14\n---\n\n"
        "The death toll from the tanker explosion rose to 61, the health ministry said.",
        encoding="utf-8",
    )
    return folder


def test_cli_no_cache_writes_nothing_and_cache_info_clear(tmp_path: Path) -> None:
    folder = _write_corpus(tmp_path)
    cache_dir = tmp_path / "c"
    runner = CliRunner()
    r = runner.invoke(
        cli,
        ["compare", str(folder), "--json", "--no-cache", "--cache-dir", str(cache_dir), "-j", "1"],
    )
    assert r.exit_code == 0, r.output
    assert not cache_dir.exists()

    r2 = runner.invoke(cli, ["compare", str(folder), "--json", "--cache-dir", str(cache_dir)])
    assert r2.exit_code == 0
    assert r2.stdout == r.stdout  # cached or not, the same report

    info = runner.invoke(cli, ["cache", "info", "--json", "--cache-dir", str(cache_dir)])
    counts = json.loads(info.stdout)
    assert (counts["entries"], counts["files"]) == (2, 2)  # two extractions, two files

    r3 = runner.invoke(cli, ["compare", str(folder), "--json", "--cache-dir", str(cache_dir)])
    assert r3.stdout == r.stdout  # served from the cache, still the same bytes

    cleared = runner.invoke(cli, ["cache", "clear", "--cache-dir", str(cache_dir)])
    assert cleared.exit_code == 0 and "removed 4 cache entries" in cleared.stderr
    info = runner.invoke(cli, ["cache", "info", "--cache-dir", str(cache_dir)])
    assert "entries: 0 documents' extractions, 0 files' loaded text" in info.stdout


def test_default_directory_follows_xdg_cache_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kzdiff.cache import default_cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "kzdiff"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # the spec says: ignore it
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()  # a HOME that does not exist is no place for one (item 15)
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "kzdiff"


# ---------------------------------------------------------------- loaded files


def _cp1251_article(folder: Path) -> Path:
    path = folder / "almaty.txt"
    path.write_bytes("В Алматы погибли 12 человек, сообщили в министерстве.\n".encode("cp1251"))
    return path


def test_a_loaded_file_round_trips_exactly_warnings_included(cache: Cache, tmp_path: Path):
    from kzdiff.load import load_paths

    folder = _write_corpus(tmp_path)
    _cp1251_article(folder)
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02 binary \xff")
    first = load_paths([str(folder)], cache=cache)
    assert cache.info().files == 3  # the two articles and the cp1251 one; not the failure
    again = load_paths([str(folder)], cache=cache)
    assert again == first
    assert again == load_paths([str(folder)])  # as if there were no cache
    messages = [p.message for p in again.problems]
    assert any("cp1251" in m for m in messages)  # the guess is still reported
    assert any("binary" in m for m in messages)  # and the bad file still skipped, by name


def test_changed_bytes_path_or_encoding_are_misses(cache: Cache, tmp_path: Path):
    data = b"The toll rose to 61, officials said.\n"
    key = cache.file_key(data, "a/news.txt", None)
    assert key != cache.file_key(data + b" ", "a/news.txt", None)
    assert key != cache.file_key(data, "b/news.txt", None)
    assert key != cache.file_key(data, "a/news.txt", "latin-1")
    assert key == cache.file_key(data, "a/news.txt", None)


@pytest.mark.parametrize("garbage", [b"", b"[", b"[[], []]", b'[[["x"]], []]', b"\xff\xfe"])
def test_a_corrupt_loaded_file_entry_is_a_miss_and_is_rebuilt(
    cache: Cache, tmp_path: Path, garbage: bytes
):
    from kzdiff.load import load_paths

    folder = _write_corpus(tmp_path)
    first = load_paths([str(folder)], cache=cache)
    for entry in cache.load_root.rglob("*.json"):
        entry.write_bytes(garbage)
    assert load_paths([str(folder)], cache=cache) == first
    for entry in cache.load_root.rglob("*.json"):
        assert entry.read_bytes() != garbage  # rewritten whole


def test_an_entry_for_another_path_is_not_served(cache: Cache, tmp_path: Path):
    from kzdiff.load import load_paths

    folder = _write_corpus(tmp_path)
    corpus = load_paths([str(folder)], cache=cache)
    doc = corpus.documents[0]
    data = Path(doc.path).read_bytes()
    key = cache.file_key(data, doc.path, None)
    assert cache.get_file(key, doc.path) is not None
    assert cache.get_file(key, str(tmp_path / "elsewhere.txt")) is None


def test_a_loaded_file_entry_of_the_right_shape_but_wrong_types_is_rebuilt(
    cache: Cache, tmp_path: Path
):
    from kzdiff.load import load_paths

    folder = _write_corpus(tmp_path)
    first = load_paths([str(folder)], cache=cache)
    for entry in cache.load_root.rglob("*.json"):
        docs, problems = json.loads(entry.read_bytes())
        docs[0][2] = 12345  # the body, as a number
        entry.write_text(json.dumps([docs, problems]))
    assert load_paths([str(folder)], cache=cache) == first


def test_the_versions_of_the_libraries_that_read_files_key_the_cache(monkeypatch):
    from kzdiff import cache as cache_module

    before = cache_module.code_fingerprint("1")
    monkeypatch.setattr(cache_module, "_library_versions", lambda: "trafilatura=99.0")
    assert cache_module.code_fingerprint("1") != before


# ---------------------------------------------------------------- issue 13, item 5: poisoned


_CLAIM_FIELDS = [f.name for f in __import__("dataclasses").fields(Claim)]
_DATE_FIELDS = [f.name for f in __import__("dataclasses").fields(DateMention)]


def _poisoned_claims(field: str, value: object):  # type: ignore[no-untyped-def]
    def poison(entry: list) -> list:  # type: ignore[type-arg]
        entry[1][0][_CLAIM_FIELDS.index(field)] = value
        return entry

    return poison


# what a hand-edited or hostile entry may hold: well-formed JSON of the wrong type or range
POISON = {
    "value as text": _poisoned_claims("value", "44"),
    "value as object": _poisoned_claims("value", {}),
    "value beyond any float": _poisoned_claims("value", 10**4000),
    "start negative": _poisoned_claims("start", -5),
    "background as 1": _poisoned_claims("background", 1),
    "as_of not a day": _poisoned_claims("as_of", "2023-13-45"),
    "subject as list": _poisoned_claims("subject", ["people"]),
    "qualifier as list": _poisoned_claims("qualifier", ["exact"]),
    "a row as object": lambda e: [e[0], [{"a": 1}], *e[2:]],
    "date terms not pairs": lambda e: _poisoned_date(e, "terms", [["curfew"]]),
    "date terms of numbers": lambda e: _poisoned_date(e, "next_terms", [[1, None]]),
    "date terms as text": lambda e: _poisoned_date(e, "terms", "curfew"),
}


def _poisoned_date(entry: list, field: str, value: object) -> list:  # type: ignore[type-arg]
    entry[2][0][_DATE_FIELDS.index(field)] = value
    return entry


@pytest.mark.parametrize("poison", POISON.values(), ids=POISON.keys())
def test_a_well_formed_entry_of_wrong_types_is_rebuilt_with_a_note(
    cache: Cache, poison, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from kzdiff import cache as cache_module
    from kzdiff.parallel import extract_documents

    doc = _doc()
    x = extract_document(doc)
    cache.put(doc, x)
    (entry,) = _entries(cache)
    entry.write_text(" " + json.dumps(poison(json.loads(entry.read_bytes()))))
    cache_module._noted.clear()
    with caplog.at_level(logging.INFO, logger="kzdiff.cache"):
        assert cache.get(doc) is None
    (note,) = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert note.startswith(f"cache entry {entry} is damaged (") and note.endswith(
        "rebuilt (any other damaged entries are rebuilt without a word)"
    )
    assert extract_documents([doc], cache=cache) == (x,)
    assert cache.get(doc) == x


def test_an_entry_nested_too_deep_for_the_parser_is_rebuilt(cache: Cache) -> None:
    doc = _doc()
    cache.put(doc, extract_document(doc))
    (entry,) = _entries(cache)
    for deep in (b"[" * 100_000 + b"]" * 100_000, b" " + b"[" * 100_000 + b"]" * 100_000):
        entry.write_bytes(deep)
        assert cache.get(doc) is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("published", 20230512),
        ("outlet", ["x"]),
        ("id", None),
        ("blocks", [[0, "9", "text", None]]),
    ],
)
def test_a_loaded_file_entry_with_a_field_of_the_wrong_type_is_rebuilt(
    cache: Cache, tmp_path: Path, field: str, value: object
) -> None:
    from dataclasses import fields

    from kzdiff.load import load_paths
    from kzdiff.records import Document

    folder = _write_corpus(tmp_path)
    first = load_paths([str(folder)], cache=cache)
    at = [f.name for f in fields(Document)].index(field)
    for entry in cache.load_root.rglob("*.json"):
        docs, problems = json.loads(entry.read_bytes())
        docs[0][at] = value
        entry.write_text(json.dumps([docs, problems]))
    assert load_paths([str(folder)], cache=cache) == first


def test_compare_over_a_poisoned_cache_runs_as_if_cold(tmp_path: Path) -> None:
    folder = _write_corpus(tmp_path)
    args = ["compare", str(folder), "--json", "--cache-dir", str(tmp_path / "c")]
    cold = CliRunner().invoke(cli, args, catch_exceptions=False)
    for entry in (tmp_path / "c").rglob("*.json"):
        data = json.loads(entry.read_bytes())
        if isinstance(data[0], str) and data[1]:  # an extraction entry with claims
            data[1][0][_CLAIM_FIELDS.index("value")] = "44"
            entry.write_text(json.dumps(data))
    warm = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert warm.exit_code == 0 and warm.stdout == cold.stdout


# ---------------------------------------------------------------- issue 13, items 14 and 15


def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from kzdiff.cli import main

    with pytest.raises(SystemExit) as stop:
        main(args)
    out, err = capsys.readouterr()
    return int(stop.value.code or 0), out, err


@pytest.fixture
def fresh_notes():  # type: ignore[no-untyped-def]
    from kzdiff import cache as cache_module

    cache_module._noted.clear()
    yield
    cache_module._noted.clear()


def test_a_cache_that_cannot_be_written_is_said_once_at_v(
    tmp_path, capsys, caplog, fresh_notes
) -> None:
    import logging

    folder = _write_corpus(tmp_path)
    (tmp_path / "afile").write_text("")  # a folder under a file: every write fails
    args = ["extract", str(folder), "--json", "--cache-dir", str(tmp_path / "afile" / "c")]
    with caplog.at_level(logging.INFO, logger="kzdiff.cache"):
        code, out, _ = _main([*args, "-v"], capsys)
    assert code == 0 and '"claims"' in out
    notes = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert notes == [
        f"cannot write to the cache in {tmp_path}/afile/c (not a directory); this "
        "run keeps nothing for the next (free space, fix its permissions, pass "
        "--cache-dir DIR or --no-cache)"
    ]


def test_cache_clear_that_cannot_remove_says_so_and_fails(tmp_path, capsys, monkeypatch) -> None:
    from kzdiff import cache as cache_module
    from kzdiff.errors import ExitCode

    folder = _write_corpus(tmp_path)
    cache_dir = str(tmp_path / "c")
    assert _main(["extract", str(folder), "--json", "--cache-dir", cache_dir], capsys)[0] == 0

    def read_only(*args: object, **kw: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cache_module.os, "unlink", read_only)
    code, _, err = _main(["cache", "clear", "--cache-dir", cache_dir], capsys)
    assert code not in (ExitCode.OK, ExitCode.DIVERGES)
    assert err.startswith(f"kzdiff: {cache_dir}: removed 0 cache entries; ")
    assert err.endswith(
        " files could not be removed (permission denied); check the folder's permissions\n"
    )


@pytest.mark.parametrize(
    ("home", "why"),
    [("", "is empty"), ("rel", "is not an absolute path"), ("/nonexistent/x", "does not exist")],
)
def test_a_home_that_names_no_folder_runs_without_a_cache(
    tmp_path, capsys, caplog, monkeypatch, home, why
) -> None:
    import logging

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("KZDIFF_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", home)
    monkeypatch.chdir(tmp_path)
    folder = _write_corpus(tmp_path)
    with caplog.at_level(logging.INFO, logger="kzdiff.cache"):
        code, out, _ = _main(["extract", str(folder), "--json", "-v"], capsys)
    assert code == 0 and '"claims"' in out
    assert [r.getMessage() for r in caplog.records if r.name == "kzdiff.cache"] == [
        f"running without a cache: no cache folder: HOME {why} ({home!r}); set XDG_CACHE_HOME "
        "or KZDIFF_CACHE_DIR to an absolute folder, or pass --cache-dir DIR or --no-cache"
    ]
    code, _, err = _main(["cache", "info"], capsys)
    assert code == 2 and err.startswith(f"kzdiff: no cache folder: HOME {why}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]  # nothing made here
    assert not os.path.exists("/nonexistent")


def test_an_empty_cache_dir_is_refused(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = _write_corpus(tmp_path)
    for args in (
        ["extract", str(folder), "--cache-dir", ""],
        ["cache", "info", "--cache-dir", ""],
        ["cache", "clear", "--cache-dir", " "],
    ):
        code, out, err = _main(args, capsys)
        assert (code, out) == (2, "")
        assert err == (
            "kzdiff: --cache-dir is empty; pass a folder (e.g. --cache-dir "
            "~/.cache/kzdiff) or --no-cache\n"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]
