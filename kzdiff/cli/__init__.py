"""The command line: a thin view over ``kzdiff.pipeline``.

Each command parses options, calls the library and hands the result to one
renderer. Errors become a one-line message and an exit code here, and only here.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import signal
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import click

from kzdiff import __version__
from kzdiff.errors import ExitCode, KzdiffError, OutputError, Stopped


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kzdiff")
def cli() -> None:
    """Line up what news reports say about one event and show where they diverge.

    Point kzdiff at a folder of articles: it pulls out counts (killed, injured,
    detained, troops), dates, names and quotes, matches the same fact across
    sources and says whether they agree, are consistent, were revised or conflict.

    \b
    Example:
        kzdiff compare corpus/
        kzdiff claim "death toll" corpus/
        kzdiff compare corpus/ --format json | jq '.facts[] | {label, verdict}'
    """


def _register() -> None:
    from kzdiff.cli import commands  # noqa: F401  (commands attach themselves to `cli`)


def _quiet_broken_pipe() -> None:
    """`kzdiff ... | head`: the reader left; say nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _shown(message: str) -> str:
    """A message as it may reach a terminal: a file name's escape sequence made visible."""
    from kzdiff.load.discover import shown

    return shown(message)


def _flush_stdout() -> None:
    from kzdiff.cli.options import write_failed

    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        raise write_failed(e) from None


class _ClosedStdout(io.TextIOBase):
    """Standard output when the caller closed it (`kzdiff compare >&-`): the first write
    fails as a write to a closed descriptor does, so the run ends with one line and
    ExitCode.OUTPUT instead of an AttributeError on None."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    @property
    def buffer(self) -> _ClosedStdout:  # `sys.stdout.buffer.write(bytes)` fails the same way
        return self

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return 1  # /dev/null by now (see _guard_standard_streams)


def _guard_standard_streams() -> None:
    """Put /dev/null on any of descriptors 0-2 the caller closed, so a file kzdiff opens
    later never lands on one of them and gets a stray message or table written into it.
    A closed stderr stays silent (the caller asked for that: a good run still exits 0); a
    closed stdout fails at the first write (see _ClosedStdout)."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
            continue
        except OSError:
            pass
        with contextlib.suppress(OSError):
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
        if fd == 0:
            sys.stdin = open(fd, encoding="utf-8", closefd=False)  # noqa: SIM115
        elif fd == 1:
            sys.stdout = _ClosedStdout()
        else:
            sys.stderr = open(fd, "w", encoding="utf-8", closefd=False)  # noqa: SIM115


class _Interrupted(BaseException):
    """Ctrl-C, raised past click: click would print a blank line before our message."""


def _on_sigint(signum: int, frame: object) -> None:
    raise _Interrupted


def _catch_ctrl_c() -> None:
    try:
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:  # not the main thread (an embedding program): leave it alone
        pass


def _on_stop_signal(signum: int, frame: object) -> None:
    raise Stopped(signum)


_STOP_SIGNALS = {"SIGTERM": ExitCode.TERMINATED, "SIGHUP": ExitCode.HANGUP}


def _catch_stop_signals() -> None:
    for name in _STOP_SIGNALS:
        sig = getattr(signal, name, None)  # no SIGHUP on Windows
        try:
            if sig is not None and signal.getsignal(sig) is signal.SIG_DFL:
                signal.signal(sig, _on_stop_signal)
        except ValueError:  # not the main thread: leave it alone
            pass


def _stop_message(signum: int) -> tuple[str, int]:
    name = signal.Signals(signum).name
    return f"kzdiff: stopped by {name}", _STOP_SIGNALS.get(name, 128 + signum)


def main(argv: Sequence[str] | None = None) -> None:
    _register()
    _guard_standard_streams()
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    _catch_ctrl_c()
    _catch_stop_signals()
    # kzdiff's records form trees, never cycles, so the cyclic collector finds next to
    # nothing (397 objects after a 10,000-article run) while re-scanning every record
    # each time the heap grows by a quarter: 1-3 s of a warm 10,000-article compare.
    # Reference counting still frees everything; a command is one short process.
    gc.disable()
    # A terminal that cannot show a character (LANG=C on an old system, a Windows code
    # page) gets "?" in the table and messages, not a traceback; machine formats are
    # written as UTF-8 bytes and do not go through this.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        code = cli.main(
            args=list(argv) if argv is not None else None, prog_name="kzdiff", standalone_mode=False
        )
        _flush_stdout()
    except (KeyboardInterrupt, _Interrupted, click.exceptions.Abort):
        # one line on stderr; on a terminal, after the "^C" the terminal echoed
        lead = "\n" if sys.stderr.isatty() else ""
        click.echo(f"{lead}kzdiff: interrupted", err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except Stopped as e:
        message, status = _stop_message(e.signum)
        with contextlib.suppress(OSError, ValueError):  # after SIGHUP the terminal may be gone
            click.echo(message, err=True)
            sys.stderr.flush()
        # at once, without the interpreter's exit: it would join the process pool's
        # threads, which may be blocked writing to the workers just killed
        os._exit(status)
    except BrokenPipeError:
        _quiet_broken_pipe()
        sys.exit(ExitCode.OK)
    except OSError as e:
        from kzdiff.cli.options import FULL_DISK, write_failed

        if e.errno not in FULL_DISK:  # not a failed write: a bug, to be seen whole
            raise
        # click's own writes (--help, --version) to a full disk
        _quiet_broken_pipe()
        click.echo(f"kzdiff: {write_failed(e)}", err=True)
        sys.exit(ExitCode.OUTPUT)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        # one line, like every other error: "kzdiff: Invalid value for '--category' ..."
        message = " ".join(e.format_message().split())
        click.echo(f"kzdiff: {_shown(message)}", err=True)
        sys.exit(ExitCode.USAGE)
    except KzdiffError as e:
        if isinstance(e, OutputError):
            # what is still buffered cannot be written either: drop it, or the
            # interpreter's own flush at exit would print a second error
            _quiet_broken_pipe()
        if debug:
            raise
        click.echo(f"kzdiff: {_shown(str(e))}", err=True)
        sys.exit(e.exit_code)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)


# What a command built, held to the process's end by ``run``: freeing the 400,000
# records of a 10,000-article report, one by one, took 0.25-0.4 s after the output
# was written, and ``run`` ends the process without freeing anything. Empty (nothing
# held) when kzdiff is called as a library or from tests, through ``main``.
_held: list[Any] | None = None


def hold_to_exit(value: Any) -> None:
    """Keep ``value`` alive until the process ends, when ``run`` is the entry point."""
    if _held is not None:
        _held.append(value)


def run() -> NoReturn:
    """The program's entry point (``kzdiff`` and ``python -m kzdiff``): ``main``, then
    the process ends as soon as its output is flushed, without the interpreter's
    clean-up (a heap of records freed one by one; see ``hold_to_exit``). Nothing is
    lost by it: output is flushed here, logging's handlers too, and the process pool
    and forked children are waited for by the commands that start them."""
    global _held
    _held = []
    try:
        main()
        code: Any = ExitCode.OK
    except SystemExit as e:
        code = e.code
    if code is not None and not isinstance(code, int):  # sys.exit("message")
        sys.exit(code)
    try:
        import logging

        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # a flush that fails: the interpreter's own exit reports it
        sys.exit(code)
    os._exit(code or 0)
