"""Options shared by every command, resolved in one place.

``OutputSettings`` turns the flags (and NO_COLOR / FORCE_COLOR) into one
decision each: which format, whether to colour, how chatty to be.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from kzdiff.errors import OutputError

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "jsonl", "csv", "markdown", "html")
_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


@dataclass(frozen=True, slots=True)
class OutputSettings:
    fmt: str
    color: bool
    verbosity: int  # -1 quiet, 0 normal, 1 verbose
    debug: bool
    width: int | None

    def stdout_console(self):
        from rich.console import Console

        class _Console(Console):
            def on_broken_pipe(self) -> None:
                # Rich exits 1 here; the reader left, so let main() end quietly with 0
                raise BrokenPipeError

        return _Console(
            file=_StdoutLines(sys.stdout, trim=not self.color),
            force_terminal=self.color,
            no_color=not self.color,
            color_system="auto" if self.color else None,
            width=self.width,
            highlight=False,
            soft_wrap=False,
            emoji=False,
            markup=False,
        )


def write_failed(exc: OSError) -> OutputError:
    """One line for a write to stdout that failed (BrokenPipeError is not one: the reader
    left, and kzdiff ends quietly)."""
    if exc.errno == errno.EBADF:
        return OutputError(
            "cannot write the output: standard output is closed; send it to a file or to /dev/null"
        )
    reason = (exc.strerror or type(exc).__name__).lower()
    fix = "free some space or write elsewhere" if exc.errno in FULL_DISK else "check where it goes"
    return OutputError(f"cannot write the output ({reason}); {fix}")


FULL_DISK = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


class _StdoutLines:
    """The table's stream: stdout, with a failed write turned into an OutputError and,
    for plain output (a file or a pipe), the spaces Rich pads table lines with dropped,
    so `kzdiff compare > report.txt` has no trailing blanks."""

    def __init__(self, stream: Any, *, trim: bool = True) -> None:
        self._stream = stream
        self._trim = trim
        self.encoding = getattr(stream, "encoding", "utf-8")

    def write(self, text: str) -> int:
        n = len(text)
        if self._trim:
            lines = text.split("\n")
            # the last piece may be a line a later write continues: leave it as it is
            lines[:-1] = [line.rstrip(" \t") for line in lines[:-1]]
            text = "\n".join(lines)
        self._guarded(self._stream.write, text)
        return n

    def flush(self) -> None:
        self._guarded(self._stream.flush)

    @staticmethod
    def _guarded(fn: Callable[..., Any], *args: Any) -> None:
        try:
            fn(*args)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise write_failed(e) from None

    def isatty(self) -> bool:
        return bool(self._stream.isatty())

    def fileno(self) -> int:
        return int(self._stream.fileno())


def resolve_color(choice: str, stream: Any) -> bool:
    """--color wins; then NO_COLOR and FORCE_COLOR; then whether stdout is a terminal."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def resolve_settings(
    fmt: str | None,
    as_json: bool,
    color: str,
    verbose: int,
    quiet: bool,
    debug: bool,
    width: int | None = None,
) -> OutputSettings:
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json conflicts with --format {fmt}; give one of them")
    chosen = "json" if as_json else (fmt or "table")
    verbosity = -1 if quiet else min(verbose, 1)
    level = logging.DEBUG if debug else (logging.INFO if verbosity > 0 else logging.WARNING)
    logging.basicConfig(level=level, format="kzdiff: %(name)s: %(message)s", stream=sys.stderr)
    # the libraries kzdiff reads pages and encodings with log their own working
    # ("trafilatura.core: discarding data: None"): kzdiff says what matters about a file
    # in its own words, so theirs are shown with --debug only
    for name in _LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.CRITICAL)
    env_width = os.environ.get("COLUMNS")
    if width is None and env_width and env_width.isdigit():
        width = int(env_width)
    return OutputSettings(chosen, resolve_color(color, sys.stdout), verbosity, debug, width)


def output_options(func: F) -> F:
    """--format/--json/--color/-v/-q/--debug, passed on as one ``out`` settings object."""
    options = [
        click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            default=None,
            help="Output format (default: table).",
        ),
        click.option("--json", "as_json", is_flag=True, help="Same as --format json."),
        click.option(
            "--color",
            "--colour",
            "color",
            type=click.Choice(["auto", "always", "never"]),
            default="auto",
            show_default=True,
            help="Colour the table (NO_COLOR and FORCE_COLOR are honoured).",
        ),
        click.option("-v", "--verbose", count=True, help="Say more on stderr."),
        click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr."),
        click.option("--debug", is_flag=True, help="Show tracebacks and debug logs."),
    ]

    def wrapper(
        *args: Any,
        fmt: str | None,
        as_json: bool,
        color: str,
        verbose: int,
        quiet: bool,
        debug: bool,
        **kwargs: Any,
    ) -> Any:
        out = resolve_settings(fmt, as_json, color, verbose, quiet, debug)
        click.get_current_context().meta["kzdiff.debug"] = debug
        return func(*args, out=out, **kwargs)

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    for opt in reversed(options):
        wrapper = opt(wrapper)
    return wrapper  # type: ignore[return-value]


def input_options(func: F) -> F:
    """--encoding and --max-size, for commands that read articles."""
    func = encoding_option("Decode every file with this encoding (e.g. latin-1, cp1251).")(func)
    return max_size_option("Skip documents larger than this (e.g. 10MB, 1GB).")(func)


def encoding_option(help_text: str) -> Callable[[F], F]:
    """--encoding NAME, checked once before anything is read: one line for a name that
    is no text encoding, rather than the same message for every file."""
    return click.option(
        "--encoding", default=None, metavar="NAME", callback=_check_encoding, help=help_text
    )


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from kzdiff.load.decode import text_codec

    try:
        text_codec(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None
    return value


def max_size_option(help_text: str) -> Callable[[F], F]:
    """--max-size SIZE (default 50MB), passed on in bytes as ``max_size``."""
    return click.option(
        "--max-size",
        default="50MB",
        show_default=True,
        metavar="SIZE",
        callback=_parse_size,
        help=help_text,
    )


def _parse_size(ctx: click.Context, param: click.Parameter, value: str) -> int:
    text = value.strip().upper().replace(" ", "")
    units = {"GB": 2**30, "G": 2**30, "MB": 2**20, "M": 2**20, "KB": 2**10, "K": 2**10, "B": 1}
    for unit, factor in units.items():
        if text.endswith(unit) and text[: -len(unit)].replace(".", "", 1).isdigit():
            return int(float(text[: -len(unit)]) * factor)
    if text.isdigit():
        return int(text)
    raise click.BadParameter(f"{value!r} is not a size; write e.g. 50MB or 1GB")


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """How to run extraction: how many processes, and where (whether) to cache."""

    jobs: int
    cache_dir: str | None  # None: the default ($XDG_CACHE_HOME/kzdiff)
    use_cache: bool


def extraction_options(func: F) -> F:
    """-j/--jobs, --cache-dir, --no-cache, passed on as one ``run`` settings object."""
    options = [
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            default=None,
            metavar="N",
            help="Extract with N processes (default and most: the cores available).",
        ),
        click.option(
            "--cache-dir",
            type=click.Path(file_okay=False),
            default=None,
            metavar="DIR",
            envvar="KZDIFF_CACHE_DIR",
            help="Keep extraction results here (default: $XDG_CACHE_HOME/kzdiff).",
        ),
        click.option(
            "--no-cache", is_flag=True, help="Neither read nor write cached extraction results."
        ),
    ]

    def wrapper(
        *args: Any, jobs: int | None, cache_dir: str | None, no_cache: bool, **kwargs: Any
    ) -> Any:
        from kzdiff.parallel import available_cpus

        cpus = available_cpus()
        if jobs is not None and jobs > cpus:
            # more processes than cores only adds start-up, memory and switching
            logging.getLogger("kzdiff.parallel").info(
                "-j %d: %d cores available; using %d", jobs, cpus, cpus
            )
        jobs = cpus if jobs is None else min(jobs, cpus)
        return func(*args, run=ExtractSettings(jobs, cache_dir, not no_cache), **kwargs)

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    # keep the options of decorators applied before this one (e.g. output_options)
    wrapper.__click_params__ = list(getattr(func, "__click_params__", []))  # type: ignore[attr-defined]
    for opt in reversed(options):
        wrapper = opt(wrapper)
    return wrapper  # type: ignore[return-value]
