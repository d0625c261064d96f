"""A cache directory others can write to: links planted in it never lead a clear or a
write out of it, and only files the cache itself names are removed (issue 13, item 3)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzdiff.cache import LAYOUT, Cache
from kzdiff.cli import cli
from kzdiff.cli import commands as _commands  # noqa: F401  (registers the commands)
from kzdiff.extract import extract_document
from tests.factories import document_from_text

ENTRY = "ab" + "0" * 62 + ".json"  # a name the cache would give an entry in shard "ab"


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A folder of the user's, outside the cache, holding files named like entries."""
    v = tmp_path / "v"
    v.mkdir()
    (v / "config.json").write_text("{}")
    (v / ENTRY).write_text("the user's")
    return v


def _clear(cache_dir: Path) -> str:
    r = CliRunner().invoke(cli, ["cache", "clear", "--cache-dir", str(cache_dir)])
    assert r.exit_code == 0, r.output
    return r.stderr


def test_clear_does_not_follow_a_shard_that_links_out(tmp_path: Path, victim: Path) -> None:
    (tmp_path / "sh" / LAYOUT).mkdir(parents=True)
    os.symlink(victim, tmp_path / "sh" / LAYOUT / "ab")  # the reproduction
    assert "removed 0 cache entries" in _clear(tmp_path / "sh")
    assert (victim / "config.json").read_text() == "{}"
    assert (victim / ENTRY).read_text() == "the user's"


def test_clear_does_not_follow_a_layout_folder_that_links_out(tmp_path: Path, victim: Path) -> None:
    (victim / "ab").mkdir()
    (victim / "ab" / ENTRY).write_text("the user's")
    (tmp_path / "sh").mkdir()
    os.symlink(victim, tmp_path / "sh" / LAYOUT)
    _clear(tmp_path / "sh")
    assert (victim / "ab" / ENTRY).read_text() == "the user's"
    assert (victim / "config.json").exists()


def test_clear_removes_only_the_files_the_cache_names(tmp_path: Path, victim: Path) -> None:
    cache = Cache.open(tmp_path / "sh", extractor_version="test")
    doc = document_from_text("Police said 9 people were detained.", published="2023-05-12")
    cache.put(doc, extract_document(doc))
    shard = Path(cache._path(cache.key(doc))).parent
    (shard / "config.json").write_text("{}")  # ends in .json, but not an entry's name
    (shard / (shard.name + "1" * 62 + ".json")).symlink_to(victim / ENTRY)  # a link
    assert cache.clear() == 1
    assert cache.get(doc) is None
    assert (shard / "config.json").read_text() == "{}"
    assert (victim / ENTRY).read_text() == "the user's"


def test_writing_never_goes_through_a_link_in_the_cache(tmp_path: Path, victim: Path) -> None:
    cache = Cache.open(tmp_path / "sh", extractor_version="test")
    doc = document_from_text("Police said 9 people were detained.", published="2023-05-12")
    x = extract_document(doc)
    entry = Path(cache._path(cache.key(doc)))
    entry.parent.parent.mkdir(parents=True)
    os.symlink(victim, entry.parent)  # the entry's shard is a link out of the cache
    before = sorted(p.name for p in victim.iterdir())
    cache.put(doc, x)  # refused (logged), never raised
    assert sorted(p.name for p in victim.iterdir()) == before
    assert cache.get(doc) is None

    os.unlink(entry.parent)
    entry.parent.mkdir()
    os.symlink(victim / ENTRY, entry)  # the entry itself is a link to a user's file
    assert cache.get(doc) is None  # not read through the link either
    cache.put(doc, x)
    assert (victim / ENTRY).read_text() == "the user's"
    assert not entry.is_symlink() and cache.get(doc) == x
