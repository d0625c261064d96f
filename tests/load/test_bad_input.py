"""Bad input: each case's exact outcome, and the good file next to it still read in full."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kzdiff.errors import NoDocumentsError
from kzdiff.load import load_bytes, load_paths
from kzdiff.records import LoadProblem

GOOD = (
    "---\noutlet: The Tbilisi Times\npublished: 2023-03-09\n---\n\n"
    "Police said 27 people were detained overnight after clashes outside parliament.\n"
)
ARTICLE = "Police said 27 people were detained overnight after clashes outside parliament."


def corpus_with(tmp_path: Path, name: str, data: bytes) -> tuple[list[str], list[LoadProblem]]:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    corpus = load_paths([str(tmp_path)])
    good = [d for d in corpus.documents if d.path.endswith("good.txt")]
    assert len(good) == 1 and good[0].outlet == "The Tbilisi Times"
    return [d.id for d in corpus.documents], list(corpus.problems)


SKIPPED = [
    # name, bytes, words the one-line message must contain
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n\t\n", "empty file"),
    ("image.txt", bytes(range(256)) * 40, "binary file"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF, not text; convert"),
    ("broken.json", b'{"title": "Floods", "text": "Rescue teams', "not valid JSON (line 1"),
    (
        "notext.json",
        b'{"title": "Floods", "summary": "Rescue teams"}',
        "has no article text; expected a field named text, body, content, article",
    ),
    ("number.json", b"42", "not an article object or a list"),
    ("wrongtype.json", b'{"title": "Floods", "text": 61}', "field 'text' is a number"),
    ("onlyfm.md", b"---\ntitle: Floods\n---\n\n", "no text after the front matter"),
]


@pytest.mark.parametrize(("name", "data", "message"), SKIPPED)
def test_bad_file_is_skipped_with_one_line_message(tmp_path, name, data, message):
    ids, problems = corpus_with(tmp_path, name, data)
    assert ids == ["good"]
    mine = [p for p in problems if p.path.endswith(name)]
    assert len(mine) == 1
    assert mine[0].skipped is True
    assert message in mine[0].message and "\n" not in mine[0].message


def test_cp1251_file_is_read_with_a_warning(tmp_path):
    text = "Полиция задержала 27 человек у здания парламента в Тбилиси."
    ids, problems = corpus_with(tmp_path, "ru.txt", text.encode("cp1251"))
    assert ids == ["good", "ru"]
    (warning,) = problems
    assert warning.skipped is False
    assert warning.message.startswith("not UTF-8; read as cp1251")
    assert "--encoding" in warning.message


def test_latin1_file_is_read_as_cp1252_with_a_warning(tmp_path):
    text = "La police a arrêté 27 manifestants près du Parlement à Tbilissi, a-t-elle déclaré."
    (tmp_path / "fr.txt").write_bytes(text.encode("latin-1"))
    corpus = load_paths([str(tmp_path / "fr.txt")])
    (doc,) = corpus.documents
    assert doc.body == text and doc.encoding == "cp1252"
    assert corpus.problems[0].message.startswith("not UTF-8; read as cp1252")


def test_forced_encoding_is_used_without_warning(tmp_path):
    text = "Полиция задержала 27 человек."
    (tmp_path / "ru.txt").write_bytes(text.encode("koi8_r"))
    corpus = load_paths([str(tmp_path / "ru.txt")], encoding="koi8-r")
    assert corpus.documents[0].body == text and corpus.problems == ()


def test_forced_encoding_that_does_not_fit_skips_the_file(tmp_path):
    (tmp_path / "a.txt").write_bytes("Café".encode("latin-1"))
    with pytest.raises(NoDocumentsError, match=r"not valid utf-8 \(byte 3\); check --encoding"):
        load_paths([str(tmp_path / "a.txt")], encoding="utf-8")


def test_malformed_front_matter_warns_and_reads_plain_text(tmp_path):
    data = b"---\noutlet: Daily Star\nthis line is not key value\n---\n\n" + ARTICLE.encode()
    ids, problems = corpus_with(tmp_path, "bad-fm.txt", data)
    assert ids == ["bad-fm", "good"]
    (p,) = problems
    assert p.skipped is False
    assert p.message.startswith("malformed front matter (line 'this line is not key value'")
    doc = load_bytes(data, "bad-fm.txt")[0]
    assert doc.body.startswith("---\noutlet: Daily Star") and doc.outlet is None


def test_unterminated_front_matter_warns_and_reads_plain_text(tmp_path):
    data = b"---\noutlet: Daily Star\n\n" + ARTICLE.encode()
    ids, problems = corpus_with(tmp_path, "open-fm.txt", data)
    assert ids == ["good", "open-fm"]
    assert [p.message for p in problems] == [
        "unterminated front matter (no closing '---' line); read as plain text"
    ]


def test_yaml_tags_and_aliases_are_never_interpreted(tmp_path):
    data = (
        b"---\ntitle: !!python/object/apply:os.system ['echo pwned']\n"
        b"outlet: &a Daily Star\nurl: *a\npublished: 2023-03-09\n---\n\n" + ARTICLE.encode()
    )
    (doc,) = load_bytes(data, "tags.txt")
    assert doc.title is None and doc.outlet is None and doc.url is None
    assert doc.published == "2023-03-09"


def test_broken_jsonl_line_is_reported_with_its_number_and_the_rest_kept(tmp_path):
    data = (
        b'{"title": "A", "text": "First article text."}\n'
        b'{"title": "B", "text": "Second article\n'
        b'{"title": "C", "text": "Third article text."}\n'
    )
    ids, problems = corpus_with(tmp_path, "feed.jsonl", data)
    assert ids == ["feed-1", "feed-3", "good"]
    (p,) = problems
    assert p.skipped is True
    assert p.message.startswith("line 2: not valid JSON (Unterminated string")


def test_json_record_without_text_is_skipped_and_the_others_kept(tmp_path):
    data = b'[{"title": "A", "text": "First."}, {"title": "B", "summary": "x"}, "oops"]'
    ids, problems = corpus_with(tmp_path, "dump.json", data)
    assert ids == ["dump-1", "good"]
    assert [p.message.split(";")[0] for p in problems] == [
        "record 2: has no article text",
        "record 3: is a string, not an article object",
    ]


def test_many_bad_records_are_summarised(tmp_path):
    data = b"".join(b"not json %d\n" % i for i in range(50)) + b'{"text": "Kept."}\n'
    ids, problems = corpus_with(tmp_path, "noisy.jsonl", data)
    assert "noisy-51" in ids
    assert len(problems) == 21 and problems[-1].message == "30 more bad records skipped"


def test_file_over_the_size_limit_is_skipped(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"word " * 1000)
    (tmp_path / "small.txt").write_bytes(ARTICLE.encode())
    corpus = load_paths([str(tmp_path)], max_size=1000)
    assert [d.id for d in corpus.documents] == ["small"]
    assert corpus.problems[0].message == (
        "is 5000 bytes, over the 1000 bytes limit; pass --max-size to read it"
    )


def test_stdin_over_the_size_limit_is_skipped():
    with pytest.raises(NoDocumentsError, match="over the 10 bytes limit"):
        load_paths(["-"], stdin=io.BytesIO(b"x" * 11), max_size=10)


def test_empty_folder_raises_naming_it(tmp_path):
    with pytest.raises(NoDocumentsError) as info:
        load_paths([str(tmp_path)])
    assert (
        str(info.value)
        == f"{tmp_path}: no readable documents (empty folder; add .txt, .md, .html, .json or "
        ".jsonl articles)"
    )


def test_nonexistent_path_raises_naming_it(tmp_path):
    missing = str(tmp_path / "nope")
    with pytest.raises(NoDocumentsError) as info:
        load_paths([missing])
    assert str(info.value) == (
        f"{missing}: no readable documents (no such file or folder; check the path)"
    )


def test_only_bad_files_raises_and_keeps_the_problems(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.pdf.txt").write_bytes(b"%PDF-1.4")
    with pytest.raises(NoDocumentsError, match="2 problems") as info:
        load_paths([str(tmp_path)])
    assert [p.message for p in info.value.problems] == [
        "empty file; nothing to read",
        "is a PDF, not text; convert it to text first (e.g. pdftotext FILE)",
    ]


def test_nonexistent_path_next_to_a_good_one_is_a_problem_only(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    corpus = load_paths([str(tmp_path / "nope.txt"), str(tmp_path / "good.txt")])
    assert [d.id for d in corpus.documents] == ["good"]
    assert corpus.problems[0].message == "no such file or folder; check the path"


@pytest.mark.parametrize(
    ("data", "encoding", "body"),
    [
        ("Полиция – 27".encode("utf-16"), "utf-16", "Полиция – 27"),
        ("Police – 27 detained".encode("utf-16-le"), "utf-16-le", "Police – 27 detained"),
        (b"\xef\xbb\xbfPolice \xe2\x80\x93 27", "utf-8-sig", "Police – 27"),
        (b"line one\r\nline two\rline three\n", "utf-8", "line one\nline two\nline three\n"),
        (b"text with a stray \x00NUL byte", "utf-8", "text with a stray NUL byte"),
    ],
)
def test_decodings_that_need_no_guess(data, encoding, body):
    (doc,) = load_bytes(data, "a.txt")
    assert (doc.encoding, doc.body) == (encoding, body)


def test_invalid_utf8_in_the_middle_is_replaced_with_a_warning(tmp_path):
    data = "Police – “27” detained ".encode() + b"\xff" + " in Tbilisi – said".encode()
    (tmp_path / "a.txt").write_bytes(data)
    corpus = load_paths([str(tmp_path / "a.txt")])
    assert corpus.documents[0].body == "Police – “27” detained \ufffd in Tbilisi – said"
    assert corpus.problems[0].message.startswith("has 1 invalid UTF-8 byte(s), replaced")


def test_html_without_the_extra_names_the_extra(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    ids, problems = corpus_with(tmp_path, "page.html", b"<html><body><p>x</p></body></html>")
    assert ids == ["good"]
    assert "install kzdiff[html]" in problems[0].message


def test_load_bytes_raises_on_a_bad_file():
    from kzdiff.errors import DecodeError, InputError

    with pytest.raises(InputError, match="empty file"):
        load_bytes(b"", "x.txt")
    with pytest.raises(DecodeError) as info:
        load_bytes(b"%PDF-1.4", "x.txt")
    assert str(info.value).startswith("x.txt: is a PDF")
