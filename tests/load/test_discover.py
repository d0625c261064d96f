"""Finding files: recursion, order, hidden files, links, stdin, ids."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from kzdiff.load import load_paths

TEXT = "Police said 27 people were detained overnight after clashes outside parliament.\n"


def write(root: Path, rel: str, text: str = TEXT) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_folders_are_walked_recursively_in_sorted_order_hidden_skipped(tmp_path):
    for rel in [
        "b.txt",
        "a/z.md",
        "a/b/c.txt",
        "a-c.txt",
        ".hidden.txt",
        ".git/x.txt",
        "a/.cache/y.txt",
        "C.txt",
    ]:
        write(tmp_path, rel)
    corpus = load_paths([str(tmp_path)])
    rels = [os.path.relpath(d.path, tmp_path) for d in corpus.documents]
    assert rels == ["C.txt", "a/b/c.txt", "a/z.md", "a-c.txt", "b.txt"]
    assert corpus.problems == ()


def test_paths_keep_the_order_given_and_a_file_named_twice_is_read_once(tmp_path):
    write(tmp_path, "b.txt")
    write(tmp_path, "a.txt")
    corpus = load_paths([str(tmp_path / "b.txt"), str(tmp_path), str(tmp_path / "b.txt")])
    assert [Path(d.path).name for d in corpus.documents] == ["b.txt", "a.txt"]


def test_hidden_file_named_explicitly_is_read(tmp_path):
    write(tmp_path, ".notes.txt")
    assert load_paths([str(tmp_path / ".notes.txt")]).documents[0].id == "notes"


def test_unknown_extensions_in_a_folder_are_counted_in_one_problem(tmp_path):
    write(tmp_path, "a.txt")
    write(tmp_path, "photo.jpg", "x")
    write(tmp_path, "data.csv", "x")
    write(tmp_path, "data2.csv", "x")
    corpus = load_paths([str(tmp_path)])
    assert [d.id for d in corpus.documents] == ["a"]
    (p,) = corpus.problems
    assert p.message.startswith("3 file(s) of unknown type skipped (.csv, .jpg); rename")


def test_unknown_extension_named_explicitly_is_read_as_text(tmp_path):
    write(tmp_path, "article.log")
    (doc,) = load_paths([str(tmp_path / "article.log")]).documents
    assert doc.body == TEXT and doc.format == "text"


def test_symlink_loop_is_not_followed_twice(tmp_path):
    write(tmp_path, "a/x.txt")
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    os.symlink(tmp_path, tmp_path / "a" / "up")
    corpus = load_paths([str(tmp_path)])
    assert [os.path.relpath(d.path, tmp_path) for d in corpus.documents] == ["a/x.txt"]


def test_deep_folder(tmp_path):
    rel = "/".join(["d"] * 100) + "/deep.txt"
    write(tmp_path, rel)
    assert load_paths([str(tmp_path)]).documents[0].id == "deep"


def test_ids_are_slugs_of_the_stem_and_unique(tmp_path):
    write(tmp_path, "x/Démocratie Now! 07.01.txt")
    write(tmp_path, "y/Démocratie Now! 07.01.txt")
    write(tmp_path, "z/democratie-now-07-01-2.md")
    ids = [d.id for d in load_paths([str(tmp_path)]).documents]
    assert ids == ["democratie-now-07-01", "democratie-now-07-01-3", "democratie-now-07-01-2"]


def test_unreadable_file_is_skipped(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    write(tmp_path, "a.txt")
    write(tmp_path, "secret.txt")
    (tmp_path / "secret.txt").chmod(0)
    corpus = load_paths([str(tmp_path)])
    assert [d.id for d in corpus.documents] == ["a"]
    assert "permission denied" in corpus.problems[0].message


def test_path_with_a_newline_is_shown_on_one_line(tmp_path):
    write(tmp_path, "bad\nname.txt", "")
    write(tmp_path, "a.txt")
    corpus = load_paths([str(tmp_path)])
    (p,) = corpus.problems
    assert "\n" not in p.path and p.path.endswith("bad\\nname.txt")


def test_stdin_is_read_as_bytes_with_front_matter():
    data = ("---\noutlet: OC Media\n---\n\n" + TEXT).encode("cp1251")
    corpus = load_paths(["-"], stdin=io.BytesIO(data))
    (doc,) = corpus.documents
    assert (doc.id, doc.path, doc.outlet, doc.body) == ("stdin", "<stdin>", "OC Media", TEXT)


def test_stdin_jsonl_is_sniffed():
    data = b'{"text": "One."}\n{"text": "Two."}\n'
    corpus = load_paths(["-"], stdin=io.BytesIO(data))
    assert [(d.id, d.body) for d in corpus.documents] == [("stdin-1", "One."), ("stdin-2", "Two.")]


def test_stdin_and_files_together(tmp_path):
    write(tmp_path, "a.txt")
    corpus = load_paths([str(tmp_path), "-"], stdin=io.BytesIO(b"From stdin."))
    assert [d.id for d in corpus.documents] == ["a", "stdin"]


def test_file_that_cannot_be_opened_is_skipped_with_the_reason(tmp_path, monkeypatch):

    write(tmp_path, "a.txt")
    write(tmp_path, "secret.txt")
    real_open = os.open

    def guarded(file, *args, **kwargs):
        if str(file).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)
    corpus = load_paths([str(tmp_path)])
    assert [d.id for d in corpus.documents] == ["a"]
    (p,) = corpus.problems
    assert p.path.endswith("secret.txt")
    assert p.message == "cannot be read (permission denied); check its permissions"
