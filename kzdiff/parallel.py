"""Work over many documents on several cores: extraction (cache first, then a process
pool for the rest), and ``Beside``, which runs one computation in a forked child while
the parent does another.

Documents are independent, so the work is split into chunks of documents and
handed to worker processes; results come back in whatever order the workers
finish and are put back in document order, so the output is the same bytes as
a run with one job. Workers send each result back in the cache's compact JSON
form (and write the cache entry themselves), which is cheaper for the parent
to read than an unpickled record tree.

Small jobs stay in-process: starting workers and shipping documents costs more
than it saves below ``MIN_PARALLEL_WORDS`` words of work.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, NoReturn, TypeVar

from kzdiff.cache import Cache, decode_extraction, encode_extraction
from kzdiff.errors import Stopped
from kzdiff.records import Document, Extraction

if TYPE_CHECKING:
    from concurrent.futures import Future

log = logging.getLogger(__name__)

MIN_PARALLEL_WORDS = 20_000  # about a fifth of a second of extraction on one core
CHUNK_WORDS = 40_000  # big enough to amortise the hand-off, small enough to balance
CHUNKS_PER_JOB = 4  # so a slow chunk at the end does not leave the other cores idle

Progress = Callable[[int, int], None]
T = TypeVar("T")


def available_cpus() -> int:
    """The cores this process may run on (affinity and cgroup-aware where Python is)."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        return max(1, count() or 1)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _words(doc: Document) -> int:
    # a cheap estimate: splitting 5 million words just to plan the chunks would cost
    # more than the plan saves
    return len(doc.body) // 6 + 1


def plan_chunks(sizes: Sequence[int], jobs: int) -> list[list[int]]:
    """Indices into ``sizes`` grouped in order into chunks of about equal work."""
    total = sum(sizes)
    target = max(1, min(CHUNK_WORDS, total // max(1, jobs * CHUNKS_PER_JOB)))
    chunks: list[list[int]] = []
    current: list[int] = []
    acc = 0
    for i, n in enumerate(sizes):
        current.append(i)
        acc += n
        if acc >= target:
            chunks.append(current)
            current, acc = [], 0
    if current:
        chunks.append(current)
    return chunks


def die_with_parent(parent: int) -> None:
    """In a child process: end when ``parent`` does, however it ends.

    A parent killed by SIGKILL runs no clean-up, so its children would live on under
    init, blocked writing results no one reads and holding the caller's pipe open (a
    `kzdiff ... | wc -c` that never ends). On Linux the kernel sends the child SIGKILL
    when the parent dies (PR_SET_PDEATHSIG); elsewhere ``_orphaned`` is asked between
    documents. A parent that died before the request took effect is caught here.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no libc to call: the getppid checks remain
            pass
    if os.getppid() != parent:
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_parent = 0  # in a worker: the pid of the kzdiff process that started it


def _worker_started(parent: int) -> None:
    """A pool worker's initializer. SIGTERM and SIGHUP end it at once: the fork gave it
    the parent's handlers, which raise an exception the pool would only report back."""
    global _parent
    _parent = parent
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    die_with_parent(parent)


def _orphaned() -> bool:
    return _parent != 0 and os.getppid() != _parent


def _extract_chunk(
    docs: list[Document], keys: list[str | None], cache: Cache | None
) -> list[bytes]:
    """In a worker: extract, store in the cache, and return each result encoded."""
    from kzdiff.extract.document import extract_document

    out = []
    for doc, key in zip(docs, keys, strict=True):
        if _orphaned():  # the parent is gone (where no death signal is sent): stop
            os._exit(1)
        text = encode_extraction(extract_document(doc))
        if cache is not None and key is not None:
            cache.put_encoded(key, text)
        out.append(text)
    return out


def _pool_context():
    # fork starts a worker in milliseconds with every module already imported; the
    # caller keeps its main process free of threads (the progress bar is refreshed
    # from the callback, not a timer thread) so forking is safe
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def extract_documents(
    docs: Sequence[Document],
    *,
    jobs: int = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> tuple[Extraction, ...]:
    """The extraction of every document, in the order given."""
    total = len(docs)
    results: list[Extraction | None] = [None] * total
    keys: list[str | None] = [None] * total
    todo: list[int] = []
    for i, doc in enumerate(docs):
        if cache is not None:
            keys[i] = key = cache.key(doc)
            hit = cache.get(doc, key)
            if hit is not None:
                results[i] = hit
                continue
        todo.append(i)
    done = total - len(todo)
    if cache is not None:
        log.info("cache: %d of %d documents read from %s", done, total, cache.root)
    if progress is not None:
        progress(done, total)

    if not todo:
        return tuple(x for x in results if x is not None)
    sizes = [_words(docs[i]) for i in todo]
    jobs = max(1, min(jobs, len(todo)))
    if jobs == 1 or sum(sizes) < MIN_PARALLEL_WORDS:
        _extract_here(docs, todo, keys, results, cache, progress, done)
    else:
        done = _extract_in_pool(docs, todo, sizes, keys, results, jobs, cache, progress, done)
        left = [i for i in todo if results[i] is None]
        if left:  # a worker died (see _extract_in_pool): its documents are read here
            _extract_here(docs, left, keys, results, cache, progress, done)
    return tuple(x for x in results if x is not None)


def _extract_here(
    docs: Sequence[Document],
    todo: list[int],
    keys: list[str | None],
    results: list[Extraction | None],
    cache: Cache | None,
    progress: Progress | None,
    done: int,
) -> int:
    """Extract ``docs[i]`` for each i in ``todo`` in this process, in order."""
    # imported only now: the extractors compile many patterns, and a run served
    # wholly from the cache never needs them
    from kzdiff.extract.document import extract_document

    for i in todo:
        x = extract_document(docs[i])
        if cache is not None:
            cache.put(docs[i], x, keys[i])
        results[i] = x
        done += 1
        if progress is not None:
            progress(done, len(docs))
    return done


def _extract_in_pool(
    docs: Sequence[Document],
    todo: list[int],
    sizes: list[int],
    keys: list[str | None],
    results: list[Extraction | None],
    jobs: int,
    cache: Cache | None,
    progress: Progress | None,
    done: int,
) -> int:
    """Fill ``results`` for ``todo`` with a pool of ``jobs`` workers. A worker killed from
    outside (the out-of-memory killer, a stray kill -9) breaks the whole pool; what it had
    not returned is left None, for the caller to extract in this process, with one line
    rather than a 40-line BrokenProcessPool traceback."""
    # imported here: multiprocessing costs a warm or small run ~30 ms of start-up
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    total = len(docs)
    log.info("extracting %d documents with %d processes", len(todo), jobs)
    chunks = [[todo[j] for j in chunk] for chunk in plan_chunks(sizes, jobs)]
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_pool_context(),
        initializer=_worker_started,
        initargs=(os.getpid(),),
    )
    pending: dict[Future[list[bytes]], list[int]] = {}
    stopped = False
    try:
        # submitted inside the try: a signal that comes while the chunks are handed
        # out must cancel those already queued too
        for chunk in chunks:
            fut = pool.submit(
                _extract_chunk, [docs[i] for i in chunk], [keys[i] for i in chunk], cache
            )
            pending[fut] = chunk
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                chunk = pending.pop(fut)
                for i, text in zip(chunk, fut.result(), strict=True):
                    results[i] = decode_extraction(text)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
    except BrokenProcessPool:
        left = sum(results[i] is None for i in todo)
        log.warning(
            "a worker process died (killed from outside?); the %d documents not "
            "yet read are read in the main process",
            left,
        )
        for fut in pending:
            fut.cancel()
    except Stopped:
        # SIGTERM or SIGHUP came to this process alone (a Ctrl-C reaches the workers
        # too): end the workers now. The pool is left as it is: shutting it down
        # would wait on threads that feed the workers just killed, and the process
        # is about to end without running them (see kzdiff.cli.main).
        stopped = True
        _kill_workers()
        raise
    except BaseException:
        # an error or Ctrl-C: do not sit through the chunks still queued
        for fut in pending:
            fut.cancel()
        raise
    finally:
        if not stopped:
            pool.shutdown(wait=True)
    return done


def _kill_workers() -> None:
    import multiprocessing

    for proc in multiprocessing.active_children():
        with contextlib.suppress(OSError, ValueError):
            proc.kill()


class Beside(Generic[T]):
    """``fn()`` computed in a forked child while the parent does something else.

    The child inherits the parent's records by fork (copy-on-write), so nothing is
    sent to it; only the result comes back, pickled through a pipe between the two
    processes (so nothing but our own child's bytes is ever unpickled). Where fork
    is missing or fails, or the child fails, ``fn`` runs in the parent when the result
    is asked for, so an error is raised where it can be reported. The parent must not
    be running threads when it forks (the progress bar is refreshed from a callback,
    not a thread; see ``_pool_context``).
    """

    def __init__(self, fn: Callable[[], T]) -> None:
        import multiprocessing

        self.fn = fn
        self.pid = 0
        self.pipe: int | None = None
        if "fork" not in multiprocessing.get_all_start_methods():
            return
        read_end, write_end = os.pipe()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return
        if pid == 0:
            os.close(read_end)
            _child(fn, write_end, parent)  # never returns
        os.close(write_end)
        self.pid, self.pipe = pid, read_end

    def result(self) -> T:
        if self.pipe is None:
            return self.fn()
        import pickle

        with os.fdopen(self.pipe, "rb") as pipe:
            data = pipe.read()
        self.pipe = None
        _, status = os.waitpid(self.pid, 0)
        if status != 0 or not data:
            log.debug("the forked child failed (wait status %d); computing here", status)
            return self.fn()
        return pickle.loads(data)

    def cancel(self) -> None:
        """Stop the child (the parent failed or was interrupted before asking)."""
        if self.pipe is None:
            return
        import signal

        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        os.close(self.pipe)
        self.pipe = None
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


def _child(fn: Callable[[], object], write_end: int, parent: int) -> NoReturn:
    """Compute, send, and leave without running any of the parent's exit code (no
    flushing of its buffered output, no atexit handlers): exit 1 on any error or Ctrl-C,
    and the parent does the work itself. It ends with its parent (``die_with_parent``)."""
    status = 1
    try:
        die_with_parent(parent)
        import pickle

        data = pickle.dumps(fn(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)
