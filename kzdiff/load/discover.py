"""Finding the files to read: paths as given, folders walked recursively in sorted order.

Hidden files and folders (names starting with ".") inside a folder are skipped; a path the
user names is always read. Folder symlinks are followed once: a folder already visited
(by device and inode) is not entered again, so symlink loops end. The same file named
twice, or reached through a link, is read once. Inside folders only known article
extensions are read; the others are counted in one LoadProblem per folder.

Only regular files are read: a named pipe waits for a writer for ever and a device
(/dev/zero, /dev/urandom) never ends, so either, named or met in a folder or behind a
link, is skipped with one line. A link inside a folder that leads out of it (a
``passwd.txt`` pointing at /etc/passwd, a folder link to /usr) is followed, since
corpora are often assembled from links, but said once per link; a link into /proc,
/sys or /dev, whose files are the kernel's and not articles, is never followed.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass

from kzdiff.records import LoadProblem

log = logging.getLogger(__name__)

STDIN = "-"
# Where the kernel's own files live: a link into them is never followed from a corpus.
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")


@dataclass(frozen=True, slots=True)
class Found:
    path: str  # as the user gave it, joined with the folder-relative part
    explicit: bool  # named by the user: read whatever its extension


def shown(path: str) -> str:
    """A path made safe for a one-line message (control characters escaped)."""
    if path.isprintable():
        return path
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in path)


def discover(
    paths: Sequence[str], known_extensions: set[str]
) -> tuple[list[Found], list[LoadProblem]]:
    """The files to read, in order, and the paths that could not be used."""
    found: list[Found] = []
    problems: list[LoadProblem] = []
    seen_files: set[tuple[int, int]] = set()
    for arg in paths:
        if arg == STDIN:
            found.append(Found(STDIN, True))
            continue
        if not os.path.lexists(arg):
            problems.append(LoadProblem(shown(arg), "no such file or folder; check the path"))
            continue
        try:
            st = os.stat(arg)
        except OSError as exc:
            problems.append(LoadProblem(shown(arg), _os_message(exc)))
            continue
        if stat.S_ISDIR(st.st_mode):
            files, folder_problems = _walk(arg, known_extensions)
            problems.extend(folder_problems)
            for path in files:
                _add(found, seen_files, Found(path, False))
        elif not stat.S_ISREG(st.st_mode):
            problems.append(LoadProblem(shown(arg), not_regular_message(st.st_mode)))
        elif _add_key(seen_files, (st.st_dev, st.st_ino)) or st.st_ino == 0:
            found.append(Found(arg, True))
    return found, problems


def _add(found: list[Found], seen: set[tuple[int, int]], item: Found) -> None:
    try:
        st = os.stat(item.path)
    except OSError:
        found.append(item)  # reported when it is read
        return
    if _add_key(seen, (st.st_dev, st.st_ino)) or st.st_ino == 0:
        found.append(item)


def _add_key(seen: set[tuple[int, int]], key: tuple[int, int]) -> bool:
    if key in seen:
        return False
    seen.add(key)
    return True


def not_regular_message(mode: int) -> str:
    """Why a path that is neither a file nor a folder is skipped, and what to do instead."""
    if stat.S_ISFIFO(mode):
        return (
            "not a regular file (a named pipe); to read a stream, "
            "pipe it to kzdiff and pass - as the path"
        )
    kind = (
        "a character device"
        if stat.S_ISCHR(mode)
        else "a block device"
        if stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a file"
    )
    return f"not a regular file ({kind}); save the article as a file to read it"


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


class _Links:
    """The links met in one walk that lead out of the folder given: each said once, and
    none followed into the kernel's folders."""

    def __init__(self, root: str) -> None:
        self.roots = [os.path.realpath(root)]  # where a link may lead without a word

    def check(self, link: str) -> LoadProblem | None:
        """A problem to report for ``link`` (skipped: not to be followed), or None."""
        target = os.path.realpath(link)
        if any(_inside(target, r) for r in self.roots):
            return None
        system = next((f for f in SYSTEM_FOLDERS if _inside(target, f)), None)
        if system is not None:
            return LoadProblem(
                shown(link),
                f"a link into {system} ({shown(target)}), not "
                "followed; copy the file into the corpus to read it",
            )
        # said once: what is under a folder it leads to needs no word of its own
        self.roots.append(target)
        return LoadProblem(
            shown(link),
            f"a link out of the folder given, to {shown(target)}; "
            "read it (remove the link if it should not be)",
            skipped=False,
        )


def _walk(root: str, known: set[str]) -> tuple[list[str], list[LoadProblem]]:
    files: list[tuple[tuple[str, ...], str]] = []
    problems: list[LoadProblem] = []
    visited: set[tuple[int, int]] = set()
    links = _Links(root)
    stack: list[tuple[str, tuple[str, ...]]] = [(root, ())]
    while stack:
        folder, parts = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            problems.append(LoadProblem(shown(folder), _os_message(exc)))
            continue
        if not _add_key(visited, (st.st_dev, st.st_ino)):
            log.info("%s: folder already visited (symlink loop?); not entered again", folder)
            continue
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(LoadProblem(shown(folder), _os_message(exc)))
            continue
        unknown: dict[str, int] = {}
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                mode = entry.stat().st_mode  # through a link: what it leads to
            except OSError:
                if entry.is_symlink():
                    problems.append(LoadProblem(shown(entry.path), _link_message(entry.path)))
                continue
            said = links.check(entry.path) if entry.is_symlink() else None
            if said is not None and said.skipped:  # into /proc, /sys or /dev
                problems.append(said)
                continue
            if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                problems.append(LoadProblem(shown(entry.path), not_regular_message(mode)))
                continue
            if said is not None:  # out of the folder given: read, with a word
                problems.append(said)
            if stat.S_ISDIR(mode):
                stack.append((entry.path, (*parts, entry.name)))
            else:
                ext = os.path.splitext(entry.name)[1].lower()
                if ext in known:
                    files.append(((*parts, entry.name), entry.path))
                else:
                    unknown[ext or "(none)"] = unknown.get(ext or "(none)", 0) + 1
        if unknown:
            count = sum(unknown.values())
            # an extension is part of a file name, and may hold an escape sequence
            kinds = shown(", ".join(sorted(unknown)))
            problems.append(
                LoadProblem(
                    shown(folder),
                    f"{count} file(s) of unknown type skipped ({kinds}); "
                    "rename to .txt, .md, .html, .json or .jsonl to read them",
                )
            )
    files.sort()
    return [path for _, path in files], problems


def _link_message(path: str) -> str:
    """Why a link leads nowhere: a loop ("a -> a") is not the same fault as a missing target."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _os_message(exc)
    return "broken link; skipped"


def _os_message(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot be read (permission denied); check its permissions"
    if exc.errno == errno.ELOOP:  # a link that points to itself
        return "symbolic link loop; skipped"
    reason = exc.strerror or type(exc).__name__
    return f"cannot be read ({reason.lower()}); skipped"
