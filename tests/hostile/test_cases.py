"""Each hostile input's outcome, with the good article beside it still read in full."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from kzdiff.load import load_paths
from kzdiff.records import Corpus
from tests.hostile.corpus import ARTICLE, CASES, GOOD, GOOD_CLAIMS, GOOD_NAME, Case, write_good

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "kzdiff" / "schema" / "kzdiff-1.schema.json").read_text())


def _good_body() -> str:
    return GOOD.split("---\n\n", 1)[1]


def _check_good(corpus: Corpus) -> None:
    (good,) = [d for d in corpus.documents if d.path.endswith(GOOD_NAME)]
    assert (good.outlet, good.published, good.body) == (
        "Valley Courier",
        "2024-05-14",
        _good_body(),
    )


def _mine(corpus: Corpus, case: Case, folder: Path) -> tuple[list, list]:
    where = str(folder / case.name.split("/")[0])
    docs = [d for d in corpus.documents if d.path.startswith(where)]
    shown = where.replace("\n", "\\n")
    problems = [p for p in corpus.problems if p.path.startswith(shown)]
    return docs, problems


@pytest.mark.parametrize("case", CASES, ids=[c.name.replace("\n", "_") for c in CASES])
def test_hostile_file_next_to_a_good_one(tmp_path: Path, case: Case) -> None:
    write_good(tmp_path)
    case.build(tmp_path / case.name)
    corpus = load_paths([str(tmp_path)])
    _check_good(corpus)
    docs, problems = _mine(corpus, case, tmp_path)
    assert len(problems) == len(case.messages)
    for p, expected in zip(problems, case.messages, strict=True):
        assert p.message.startswith(expected), p.message
        assert "\n" not in p.message and "\n" not in p.path
    if case.outcome == "skipped":
        assert docs == [] and all(p.skipped for p in problems)
        return
    assert len(docs) == case.documents
    assert case.body is not None and case.body in docs[0].body
    assert "\x00" not in docs[0].body and "\r" not in docs[0].body
    if case.outcome == "warning":
        assert all(not p.skipped for p in problems)
    elif case.outcome == "records":  # bad records skipped, the file itself read
        assert all(p.skipped for p in problems)


def test_html_scripts_and_comments_are_not_read_and_entities_are_decoded(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "page.html")
    case.build(tmp_path / case.name)
    (doc,) = load_paths([str(tmp_path)]).documents
    assert "99 people" not in doc.body and "500 people" not in doc.body
    assert "document.write" not in doc.body and "color: red" not in doc.body
    assert "&amp;" not in doc.body and "&mdash;" not in doc.body
    assert "4 officers were injured — two of them seriously – in the clashes" in doc.body
    assert doc.title == "Clashes in the capital"


def test_yaml_tags_are_never_executed(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "yamltags.md")
    case.build(tmp_path / case.name)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        (doc,) = load_paths([case.name]).documents
    finally:
        os.chdir(cwd)
    assert not (tmp_path / "PWNED").exists()
    assert (doc.title, doc.outlet, doc.url, doc.published) == (None, None, None, "2023-03-09")


def test_unreadable_file_is_skipped_with_permission_denied(tmp_path, monkeypatch) -> None:
    # Tests run as root here, and chmod 000 does not stop root: the refusal is simulated
    # where the loader opens the file (os.stat still succeeds, as for a real 000 file).
    write_good(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    secret.chmod(0)
    real_open = os.open

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(file) == str(secret) and os.geteuid() == 0:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    corpus = load_paths([str(tmp_path)])
    _check_good(corpus)
    assert [(p.path, p.message, p.skipped) for p in corpus.problems] == [
        (str(secret), "cannot be read (permission denied); check its permissions", True)
    ]


def test_thousands_of_tiny_files_load_in_path_order_with_unique_ids(tmp_path: Path) -> None:
    # (how fast 10,000 articles load and compare is benchmarks/scale.py's to measure; a
    # timed test here only measured the machine the suite ran on)
    write_good(tmp_path)
    for part in range(20):
        folder = tmp_path / f"batch{part:02d}"
        folder.mkdir()
        for i in range(100):
            n = part * 100 + i
            (folder / f"n{n:05d}.txt").write_bytes(b"Police detained %d protesters." % (n % 90 + 2))
    corpus = load_paths([str(tmp_path)])
    assert len(corpus.documents) == 2_001 and corpus.problems == ()
    _check_good(corpus)
    # ids are unique and files come in sorted path order
    assert len({d.id for d in corpus.documents}) == 2_001
    assert corpus.documents[0].path.endswith("batch00/n00000.txt")
    assert corpus.documents[-1].path.endswith(GOOD_NAME)
    assert corpus.documents[0].body == "Police detained 2 protesters."
    paths = [d.path for d in corpus.documents]
    assert paths == sorted(paths, key=lambda p: (GOOD_NAME in p, p))


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "kzdiff", *args], capture_output=True, env=env, timeout=120, **kwargs
    )


def test_whole_hostile_corpus_compares_with_every_problem_in_errors(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_good(corpus)
    for case in CASES:
        case.build(corpus / case.name)
    res = _run(
        [
            "compare",
            str(corpus),
            "--format",
            "json",
            "--cache-dir",
            str(tmp_path / "cache"),
            "-j",
            "1",
        ]
    )
    assert res.returncode == 0, res.stderr.decode()
    out = json.loads(res.stdout)
    jsonschema.validate(out, SCHEMA)
    claims = [c for f in out["facts"] for c in f["claims"] if c["doc"] == "good"]
    got = sorted(
        (c["text"], c["value"], c["qualifier"], c["category"], c["attribution"], c["as_of"])
        for c in claims
    )
    assert got == sorted(GOOD_CLAIMS)
    messages = [e["message"] for e in out["errors"]]
    for case in CASES:
        for expected in case.messages:
            assert any(m.startswith(expected) for m in messages), expected
    # stderr: one line per problem, each naming its file, no traceback
    err = res.stderr.decode()
    assert "Traceback" not in err
    assert len(err.splitlines()) == len(out["errors"])
    assert all(
        line.startswith(("kzdiff: skipped: ", "kzdiff: warning: ")) for line in err.splitlines()
    )


def test_nothing_readable_exits_2_with_json_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.4\n")
    res = _run(["compare", str(tmp_path), "--format", "json", "--no-cache"])
    assert res.returncode == 2
    out = json.loads(res.stdout)
    jsonschema.validate(out, SCHEMA)
    assert out["facts"] == [] and out["documents"] == []
    assert out["errors"][-1]["message"] == (
        "no readable documents (2 problems, listed above; fix or remove those files)"
    )
    # the two problems it speaks of are listed, in JSON and on stderr, before it
    assert [(e["path"], e["skipped"]) for e in out["errors"][:2]] == [
        (str(tmp_path / "a.txt"), True),
        (str(tmp_path / "b.txt"), True),
    ]
    assert "PDF" in out["errors"][1]["message"]
    lines = res.stderr.decode().splitlines()
    assert lines[0].startswith(f"kzdiff: skipped: {tmp_path / 'a.txt'}: empty file")
    assert lines[1].startswith(f"kzdiff: skipped: {tmp_path / 'b.txt'}: is a PDF")
    assert lines[-1] == (
        f"kzdiff: {tmp_path}: no readable documents (2 problems, listed above; fix or remove "
        "those files)"
    )
    assert "Traceback" not in res.stderr.decode()


def test_lone_surrogate_escapes_in_json_become_replacement_characters(tmp_path: Path) -> None:
    # "\ud800" is valid JSON but no UTF-8 output can hold the character it decodes to
    (tmp_path / "feed.json").write_text(
        '{"title": "Floods \\udc00 update", "source": {"name": "Delta \\ud83d News"}, '
        '"date": "2024-05-14", "text": "Police said 5 people were killed in \\ud800 the '
        'floods on Monday."}',
        encoding="utf-8",
    )
    res = _run(["compare", str(tmp_path), "--format", "json", "--no-cache"])
    assert res.returncode == 0, res.stderr.decode()
    out = json.loads(res.stdout)
    (claim,) = out["facts"][0]["claims"]
    assert (claim["value"], claim["category"]) == (5, "killed")
    assert claim["sentence"] == "Police said 5 people were killed in \ufffd the floods on Monday."
    assert out["documents"][0]["outlet"] == "Delta \ufffd News"
    assert out["documents"][0]["title"] == "Floods \ufffd update"
