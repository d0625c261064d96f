"""What a hostile user can name as input (issue 13): codecs that are not text encodings
(item 12), FIFOs and devices (items 6, 17), links out of the corpus (item 13), escape
sequences in file names (item 11). Each is one line naming the file and the fix, never a
hang or a traceback, and the good file beside it is still read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzdiff.cli import _register, cli, main
from kzdiff.errors import DecodeError, InputError
from kzdiff.load import load_paths
from kzdiff.load.decode import decode_bytes

_register()
ARTICLE = "Police said 27 people were detained overnight after clashes outside parliament.\n"


def _invoke(args: list[str]):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, args, catch_exceptions=False)


# ---------------------------------------------------------------- item 12: --encoding


def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Through ``main()``, where errors become one line and an exit code."""
    with pytest.raises(SystemExit) as stop:
        main(args)
    out, err = capsys.readouterr()
    return int(stop.value.code or 0), out, err


@pytest.mark.parametrize("codec", ["rot13", "base64", "hex", "zlib", "uu", "bz2"])
@pytest.mark.parametrize("command", ["extract", "quantities"])
def test_a_codec_that_is_no_text_encoding_is_one_line(tmp_path, capsys, codec, command) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    code, out, err = _main([command, str(tmp_path / "a.txt"), "--encoding", codec], capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"kzdiff: Invalid value for '--encoding': not a text encoding {codec!r}; "
        "pass a text encoding such as utf-8, cp1251 or latin-1\n"
    )


def test_the_library_refuses_such_a_codec_as_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="not a text encoding 'rot13'"):
        decode_bytes(b"Cbyvpr", "a.txt", encoding="rot13")


def test_a_text_encoding_is_still_accepted(tmp_path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("cp1251"))
    corpus = load_paths([str(tmp_path)], encoding="CP1251")
    assert corpus.documents[0].encoding == "cp1251"


# ---------------------------------------------------------------- items 6 and 17: not files

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
PIPE_MESSAGE = (
    "not a regular file (a named pipe); to read a stream, pipe it to kzdiff and pass - as the path"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    return folder


def _problems(paths: list[str]) -> dict[str, tuple[str, bool]]:
    corpus = load_paths(paths)
    assert [Path(d.path).name for d in corpus.documents] == ["good.txt"]
    return {p.path: (p.message, p.skipped) for p in corpus.problems}


@needs_fifo
def test_a_named_pipe_given_by_name_is_skipped_not_waited_on(corpus) -> None:
    pipe = corpus.parent / "p.txt"
    os.mkfifo(pipe)
    assert _problems([str(pipe), str(corpus / "good.txt")]) == {str(pipe): (PIPE_MESSAGE, True)}


@needs_fifo
def test_a_named_pipe_in_a_folder_or_behind_a_link_is_said_and_skipped(corpus) -> None:
    os.mkfifo(corpus / "p.txt")
    os.mkfifo(corpus.parent / "q.txt")
    (corpus / "q.txt").symlink_to(corpus.parent / "q.txt")
    assert _problems([str(corpus)]) == {
        str(corpus / "p.txt"): (PIPE_MESSAGE, True),
        str(corpus / "q.txt"): (PIPE_MESSAGE, True),
    }


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_is_not_a_regular_file_rather_than_too_big(corpus) -> None:
    assert _problems(["/dev/zero", str(corpus)]) == {
        "/dev/zero": (
            "not a regular file (a character device); save the article as a file to read it",
            True,
        )
    }


@needs_fifo
def test_a_pipe_swapped_in_after_discovery_is_refused_without_blocking(corpus) -> None:
    from kzdiff.load.corpus import _read

    os.mkfifo(corpus / "late.txt")
    with pytest.raises(InputError, match="not a regular file"):
        _read(str(corpus / "late.txt"), 1000, None)


# ---------------------------------------------------------------- item 13: links out of the corpus


def test_a_link_out_of_the_corpus_is_read_and_said_once(corpus, tmp_path) -> None:
    outside = tmp_path / "elsewhere"
    (outside / "sub").mkdir(parents=True)
    (outside / "sub" / "o.txt").write_text("Police said 4 people were detained.\n")
    (corpus / "file.txt").symlink_to(outside / "sub" / "o.txt")
    (corpus / "folder").symlink_to(outside)
    loaded = load_paths([str(corpus)])
    # the same file reached twice is read once
    assert sorted(Path(d.path).name for d in loaded.documents) == ["file.txt", "good.txt"]
    assert [(p.path, p.message, p.skipped) for p in loaded.problems] == [
        (
            str(corpus / "file.txt"),
            f"a link out of the folder given, to {outside}/sub/o.txt; "
            "read it (remove the link if it should not be)",
            False,
        ),
        (
            str(corpus / "folder"),
            f"a link out of the folder given, to {outside}; read it "
            "(remove the link if it should not be)",
            False,
        ),
    ]


def test_a_link_inside_the_corpus_needs_no_word(corpus) -> None:
    (corpus / "sub").mkdir()
    (corpus / "sub" / "again.txt").symlink_to(corpus / "good.txt")
    assert _problems([str(corpus)]) == {}


@pytest.mark.parametrize("target", ["/proc/self/status", "/dev/zero", "/sys/kernel"])
def test_a_link_into_the_kernels_folders_is_never_followed(corpus, target) -> None:
    if not os.path.exists(target):
        pytest.skip(f"no {target} here")
    (corpus / "k.txt").symlink_to(target)
    ((message, skipped),) = _problems([str(corpus)]).values()
    assert skipped and message.startswith(f"a link into /{target.split('/')[1]} (")
    assert message.endswith("not followed; copy the file into the corpus to read it")


# ---------------------------------------------------------------- item 11: escapes in names


def test_an_escape_sequence_in_a_file_name_never_reaches_stderr_raw(corpus, capsys) -> None:
    (corpus / "x.\x1b]0;PWNED\x07").write_text("hello")
    (corpus / "y\x1b[2J.txt").write_bytes(b"")
    code, out, err = _main(["sources", str(corpus), "--json"], capsys)
    assert code == 0 and '"good"' in out
    assert "\x1b" not in err and "\x07" not in err
    assert "(.\\x1b]0;pwned\\x07); rename" in err
    assert f"{corpus}/y\\x1b[2J.txt: empty file" in err
