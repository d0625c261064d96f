"""Finding the files to read: paths as given, folders walked recursively in sorted order.

Hidden files and folders (names starting with ".") inside a folder are skipped; a path the
user names is always read. Folder symlinks are followed once: a folder already visited
(by device and inode) is not entered again, so symlink loops end. The same file named
twice, or reached through a link, is read once. Inside folders only known article
extensions are read; the others are counted in one LoadProblem per folder.
"""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass

from kzdiff.records import LoadProblem

log = logging.getLogger(__name__)

STDIN = "-"


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
        if os.path.isdir(arg):
            files, folder_problems = _walk(arg, known_extensions)
            problems.extend(folder_problems)
            for path in files:
                _add(found, seen_files, Found(path, False))
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


def _walk(root: str, known: set[str]) -> tuple[list[str], list[LoadProblem]]:
    files: list[tuple[tuple[str, ...], str]] = []
    problems: list[LoadProblem] = []
    visited: set[tuple[int, int]] = set()
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
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:
                is_dir = is_file = False
            if is_dir:
                stack.append((entry.path, (*parts, entry.name)))
            elif is_file:
                ext = os.path.splitext(entry.name)[1].lower()
                if ext in known:
                    files.append(((*parts, entry.name), entry.path))
                else:
                    unknown[ext or "(none)"] = unknown.get(ext or "(none)", 0) + 1
            elif entry.is_symlink():
                problems.append(LoadProblem(shown(entry.path), _link_message(entry.path)))
        if unknown:
            count = sum(unknown.values())
            kinds = ", ".join(sorted(unknown))
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
