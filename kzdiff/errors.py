"""One exception hierarchy; the CLI turns it into a message and an exit code.

Every message says what is wrong and how to fix it, and names the file when
there is one: ``kzdiff: corpus/x.html: not UTF-8; pass --encoding latin-1``.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    DIVERGES = 1  # only with --exit-code, as ``git diff --exit-code``
    USAGE = 2  # bad options or nothing readable
    OUTPUT = 74  # the output could not be written (disk full, stdout closed): sysexits EX_IOERR
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    HANGUP = 129  # SIGHUP: the terminal went away (128 + 1)
    TERMINATED = 143  # SIGTERM (128 + 15), as a shell reports a process it ended


class KzdiffError(Exception):
    """Base of every error kzdiff reports to the user."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(KzdiffError):
    """A file or folder the user named cannot be used."""


class DecodeError(InputError):
    """The bytes of a file are not text kzdiff can read."""


class FormatError(InputError):
    """The file is text but its structure (front matter, JSON) is broken."""


class MissingExtraError(InputError):
    """A format needs an optional extra that is not installed."""


class NoDocumentsError(InputError):
    """Nothing at all could be read from the paths given."""


class OutputError(KzdiffError):
    """Standard output could not be written: a full disk, a closed descriptor. Its own
    exit code, so a script never reads a failed write as 1, "sources diverge"."""

    exit_code = ExitCode.OUTPUT


class CacheError(KzdiffError):
    """The cache folder cannot be used: none can be named (an empty or relative HOME, an
    empty --cache-dir), or ``cache clear`` could not remove its entries."""


class UsageError(KzdiffError):
    """Options that do not make sense together."""


class Stopped(BaseException):
    """SIGTERM or SIGHUP, raised in the main process by the CLI's handler: the run
    unwinds (worker processes stopped, temporary cache files removed) and exits with
    128 + the signal's number. A BaseException, so no ``except Exception`` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class ExportError(KzdiffError):
    """``kzdiff export`` cannot write its database: a folder that does not exist or cannot
    be written, a file that is not a database kzdiff wrote, a database locked by another
    program. The database is left as it was."""
