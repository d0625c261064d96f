"""Output safety: terminal escapes from articles never reach the terminal; JSON always parses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from kzdiff.cli import _register, cli
from kzdiff.errors import NoDocumentsError

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "kzdiff" / "schema" / "kzdiff-1.schema.json").read_text())
_register()

TITLE_SET = "\x1b]0;pwned\x07"  # retitles the terminal window
CLEAR = "\x1b[2J"  # clears the screen
HOSTILE = (
    f"---\noutlet: Evil{CLEAR} Gazette\npublished: 2024-05-14\ntitle: Storm{TITLE_SET}\n---\n\n"
    f"Storm{TITLE_SET} hits the coast\n\n"
    f"At least 12 people were killed in the storm on Monday, the coast guard said, and "
    f"\u202e72\u202c people were injured.\r\n\n"
    f"The \x1b[31mcoast guard\x1b[0m rescued dozens{CLEAR} of fishermen.\n\n"
    f'"We lost everything{TITLE_SET}," said Ana{CLEAR} Novak of the coast guard.\x9b2J\n'
)
COMMANDS = [
    ["compare"],
    ["compare", "--explain"],
    ["claim", "killed"],
    ["extract"],
    ["sources"],
]


def _invoke(args: list[str], catch: bool = False):  # type: ignore[no-untyped-def]
    if args[0] == "sources":  # it extracts nothing, so it has no cache
        args = [a for a in args if a != "--no-cache"]
        if "--cache-dir" in args:
            i = args.index("--cache-dir")
            args = args[:i] + args[i + 2 :]
    return CliRunner().invoke(cli, args, catch_exceptions=catch)


@pytest.fixture
def evil(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / f"name{CLEAR}with escape.txt").write_text(
        "Police said 9 people were detained on Tuesday.", encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("color", ["never", "always"])
def test_table_never_prints_an_article_escape(evil, tmp_path, command, color) -> None:
    res = _invoke([*command, str(evil), "--color", color, "--cache-dir", str(tmp_path / "c")])
    assert res.exit_code == 0, res.output
    out = res.stdout
    for seq in ("\x1b]", "\x1b[2J", "\x07", "\x9b", "\u202e", "\r", "\x1b[31m"):
        assert seq not in out, (seq, out)
    if color == "never":
        assert "\x1b" not in out
    # escape sequences are removed when the file is decoded (as NULs are), so the
    # outlet reads as written around them; other controls are shown inert
    assert "Evil Gazette" in out
    if command[0] in ("compare", "claim", "extract"):
        assert "12" in out


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown"])
def test_machine_formats_keep_escapes_as_data(evil, tmp_path, command, fmt) -> None:
    if fmt == "markdown" and command[0] in ("extract", "sources"):
        return  # no markdown form: a usage error, tested elsewhere
    res = _invoke([*command, str(evil), "--format", fmt, "--cache-dir", str(tmp_path / "c")])
    assert res.exit_code == 0, res.output
    if fmt == "json":
        out = json.loads(res.stdout)
        jsonschema.validate(out, SCHEMA)
        # terminal escape sequences are dropped at decoding, like NULs; the rest stays
        assert "Evil Gazette" in [d["outlet"] for d in out["documents"]]
    elif fmt == "jsonl":
        for line in res.stdout.splitlines():
            json.loads(line)
    if fmt in ("json", "jsonl"):
        assert "\x1b" not in res.stdout  # escaped as \u001b by the JSON encoder


def test_claim_from_an_article_with_escapes_keeps_its_figure(evil, tmp_path) -> None:
    res = _invoke(["extract", str(evil / "evil.txt"), "--format", "json", "--no-cache"])
    (doc,) = json.loads(res.stdout)["documents"]
    killed = [c for c in doc["claims"] if c["category"] == "killed"]
    assert [(c["value"], c["qualifier"]) for c in killed] == [(12, "at_least")]


@pytest.mark.parametrize(
    "command", [["compare"], ["claim", "troops"], ["extract"], ["sources"]], ids=" ".join
)
def test_json_is_valid_for_an_empty_result(tmp_path, command) -> None:
    (tmp_path / "calm.txt").write_text("The weather was calm and nothing happened.\n")
    res = _invoke([*command, str(tmp_path), "--format", "json", "--no-cache"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    jsonschema.validate(out, SCHEMA)
    assert out["errors"] == []
    assert out.get("facts", []) == []
    assert all(d.get("claims", []) == [] for d in out["documents"])


@pytest.mark.parametrize(
    "command", [["compare"], ["claim", "dead"], ["extract"], ["sources"]], ids=" ".join
)
def test_json_is_valid_when_nothing_can_be_read(tmp_path, command) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    res = _invoke([*command, str(tmp_path), "--format", "json", "--no-cache"], catch=True)
    assert isinstance(res.exception, NoDocumentsError)  # main() makes it exit 2
    out = json.loads(res.stdout)
    jsonschema.validate(out, SCHEMA)
    assert out["documents"] == []
    assert out["errors"] == [
        {
            "path": str(tmp_path),
            "message": f"no readable documents ({tmp_path}/empty.txt: empty file; nothing to read)",
            "skipped": True,
        }
    ]


def test_plain_table_lines_carry_no_trailing_padding(tmp_path) -> None:
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "kzdiff",
            "compare",
            str(corpus),
            "--color",
            "never",
            "--cache-dir",
            str(tmp_path / "c"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert any("people killed" in line for line in lines)
    assert [line for line in lines if line != line.rstrip()] == []


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_a_terminal_that_cannot_show_the_text_gets_no_traceback(tmp_path, fmt) -> None:
    # LANG=C on an old system, a Windows code page: stdout cannot encode Cyrillic
    (tmp_path / "a.txt").write_text(
        "Президент Токаев said 12 people were killed in Almaty on Monday.\n", encoding="utf-8"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "PYTHONIOENCODING": "ascii",
        "NO_COLOR": "1",
    }
    res = subprocess.run(
        [sys.executable, "-m", "kzdiff", "compare", str(tmp_path), "--format", fmt, "--no-cache"],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr.decode()
    assert b"Traceback" not in res.stderr
    if fmt == "table":  # what the terminal cannot show becomes "?"; the figure stays
        assert " 12 " in res.stdout.decode("ascii")
    else:  # machine formats are UTF-8 whatever the terminal: the name arrives whole
        assert "Токаев" in res.stdout.decode("utf-8")
    if fmt == "json":
        claim = json.loads(res.stdout)["facts"][0]["claims"][0]
        assert (claim["value"], claim["attribution"]) == (12, "Президент Токаев")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_a_file_name_that_is_not_utf8_is_written_back_recoverably(tmp_path, fmt) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"  # Latin-1 "caf\xe9" on a UTF-8 system
    with open(name, "wb") as fh:
        fh.write(b"Police said 14 people were killed on Monday.")
    res = subprocess.run(
        [sys.executable, "-m", "kzdiff", "sources", str(tmp_path), "--format", fmt],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert res.returncode == 0, res.stderr.decode()
    if fmt == "csv":  # a text format: the name's own bytes
        assert name in res.stdout
        return
    res.stdout.decode("utf-8")  # JSON stays UTF-8: the odd byte is a \udce9 escape
    out = (
        json.loads(res.stdout)
        if fmt == "json"
        else {"documents": [json.loads(line) for line in res.stdout.splitlines()]}
    )
    assert os.fsencode(out["documents"][0]["path"]) == name
