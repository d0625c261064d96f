"""The commands. Each: parse options, call the library, hand rows to one renderer."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kzdiff.cli import cli
from kzdiff.cli.options import (
    ExtractSettings,
    OutputSettings,
    encoding_option,
    extraction_options,
    input_options,
    max_size_option,
    output_options,
)
from kzdiff.errors import ExitCode, KzdiffError, UsageError
from kzdiff.vocab import Category

if TYPE_CHECKING:
    from kzdiff.cache import Cache
    from kzdiff.load.lines import TextLines
    from kzdiff.records import Corpus, Extraction, Fact, LoadProblem, Quantity, Report

# The library (pipeline, report) is imported inside the commands: `kzdiff --help`
# must not pay for loading the extractors and renderers.

T = TypeVar("T")

DEFAULT_CORPUS = "./corpus"
PROGRESS_AFTER = 1.0  # seconds: shorter runs finish before a bar would be worth drawing


def _tables():
    """The Rich renderers, imported only when a table is asked for."""
    from kzdiff.report import table

    return table


def _write(text: str) -> None:
    """Machine output goes straight to stdout, never through Rich, in UTF-8 whatever
    the locale's encoding: a script reading it must not depend on the terminal's."""
    text = text if text.endswith("\n") or not text else text + "\n"
    # surrogateescape: a file name that is not UTF-8 is written back as its own bytes
    _write_bytes(text.encode("utf-8", "surrogateescape"))


def _write_bytes(data: bytes) -> None:
    from kzdiff.cli.options import write_failed

    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    except BrokenPipeError:
        raise  # the reader left: main() ends quietly
    except OSError as e:  # a full disk, a closed stdout: one line and ExitCode.OUTPUT
        raise write_failed(e) from None


def _write_report(
    fmt: str, command: str, rep: Report, *, query: str | None = None, explain: bool = False
) -> None:
    """``compare`` / ``claim`` in a machine format; JSON as the UTF-8 bytes it must be
    (RFC 8259), never decoded to text only to be encoded again."""
    from kzdiff import report

    if fmt == "json":
        _write_bytes(report.render_report_json(command, rep, query=query, explain=explain))
    else:
        _write(report.render_report_text(fmt, command, rep, query=query, explain=explain))


def _write_html(
    command: str,
    rep: Report,
    *,
    query: str | None = None,
    explain: bool,
    show_all: bool,
    available: Sequence[Fact] = (),
) -> None:
    """``compare`` / ``claim`` as one self-contained HTML page (Jinja2 imported only here)."""
    from kzdiff.report.html import render_report_html

    page = render_report_html(
        command,
        rep,
        query=query,
        explain=explain,
        limit=None if show_all else _table_rows(),
        available=available,
    )
    # a page is UTF-8 throughout: a file name's undecodable bytes are shown as U+FFFD
    _write_bytes(page.encode("utf-8", "replace"))


def _no_form(command: str, fmt: str) -> None:
    """markdown and html are reports of facts: compare and claim only."""
    if fmt in ("markdown", "html"):
        raise UsageError(f"{command} has no {fmt} form; use --format table, json, jsonl or csv")


def _warn(out: OutputSettings, problems: Sequence[LoadProblem]) -> None:
    if out.verbosity < 0:
        return
    from kzdiff.load.discover import shown

    for p in problems:
        verb = "skipped" if p.skipped else "warning"
        # shown(): a file name (or a message quoting one) may hold an escape sequence
        click.echo(f"kzdiff: {verb}: {shown(p.path)}: {shown(p.message)}", err=True)


def _open_cache(run: ExtractSettings) -> Cache | None:
    """The cache, or None with --no-cache, or when no cache folder can be named from HOME:
    the run goes on without one, with a note at -v. An empty --cache-dir is refused."""
    import logging

    from kzdiff.cache import Cache
    from kzdiff.errors import CacheError

    if not run.use_cache:
        return None
    if run.cache_dir is not None:
        return Cache.open(run.cache_dir)
    try:
        return Cache.open(None)
    except CacheError as e:
        logging.getLogger("kzdiff.cache").info("running without a cache: %s", e)
        return None


def _load(
    out: OutputSettings,
    paths: Sequence[str],
    encoding: str | None,
    max_size: int,
    command: str,
    cache: Cache | None = None,
) -> Corpus:
    from kzdiff import pipeline, report

    if "-" in paths:
        _hint_if_terminal(out, f"kzdiff {command} PATH")
    bar = _ProgressBar(out, "reading")
    try:
        corpus = pipeline.load(
            paths,
            encoding=encoding,
            max_size=max_size,
            stdin=sys.stdin.buffer if "-" in paths else None,
            cache=cache,
            progress=bar,
        )
    except KzdiffError as e:
        bar.close()  # the bar is drawn on stderr: gone before the messages
        # "no readable documents (N problems, listed above)": list them before the error
        problems = getattr(e, "problems", ())
        _warn(out, problems)
        if out.fmt == "json":
            _write(report.render_failure_text(command, e.message, path=e.path, problems=problems))
        raise
    finally:
        bar.close()
    _warn(out, corpus.problems)
    return _held(corpus)


def _hint_if_terminal(out: OutputSettings, instead: str) -> None:
    """Standard input read from a terminal waits for typing: say so, or the run looks hung."""
    isatty = getattr(sys.stdin, "isatty", None)
    if out.verbosity >= 0 and isatty is not None and isatty():
        click.echo(
            "kzdiff: reading standard input from the terminal: type or paste the text, "
            f"then Ctrl-D on a line of its own (or pass a file: {instead})",
            err=True,
        )


class _ProgressBar:
    """A Rich bar on stderr, drawn only once a run has taken PROGRESS_AFTER seconds.

    Refreshed from the callback rather than by Rich's timer thread, so the main
    process has no threads when extraction forks its workers.
    """

    def __init__(self, out: OutputSettings, label: str) -> None:
        self.enabled = out.verbosity >= 0 and sys.stderr.isatty()
        self.out = out
        self.label = label
        self.started = time.monotonic()
        self.last = 0.0
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if self.bar is None:
            if now - self.started < PROGRESS_AFTER or done >= total:
                return
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            # its own console: the shared one is told "not a terminal" whenever stdout
            # is piped, and a bar is only drawn on a terminal
            console = Console(file=sys.stderr, no_color=not self.out.color, highlight=False)
            self.bar = Progress(
                TextColumn(self.label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=console,
                transient=True,
                auto_refresh=False,
            )
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=total)
        if now - self.last >= 0.1 or done >= total:
            self.bar.update(self.task, completed=done, total=total)
            self.bar.refresh()
            self.last = now

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def _extract(
    out: OutputSettings, run: ExtractSettings, corpus: Corpus, cache: Cache | None
) -> tuple[Extraction, ...]:
    from kzdiff import pipeline

    bar = _ProgressBar(out, "extracting")
    try:
        return _held(pipeline.extract_all(corpus, jobs=run.jobs, cache=cache, progress=bar))
    finally:
        bar.close()


def _compare(
    out: OutputSettings, run: ExtractSettings, corpus: Corpus, cache: Cache | None
) -> Report:
    """The report of ``corpus``: read on two cores straight from the cache where every
    extraction is there (``pipeline.compare_cached``), else extracted and compared."""
    from kzdiff import pipeline

    if cache is not None:
        rep = pipeline.compare_cached(corpus, cache, jobs=run.jobs)
        if rep is not None:
            return rep
    return pipeline.compare(corpus, _extract(out, run, corpus, cache), jobs=run.jobs)


def _held(value: T) -> T:
    """``value``, kept to the process's end (``kzdiff.cli.hold_to_exit``): records are
    not freed one by one after the output is written."""
    from kzdiff.cli import hold_to_exit

    hold_to_exit(value)
    return value


def _table_rows() -> int:
    return 12  # kzdiff.report.table.ROWS, without importing Rich for --help


def _finish(out: OutputSettings, facts_diverge: bool, exit_code: bool) -> int:
    return ExitCode.DIVERGES if exit_code and facts_diverge else ExitCode.OK


def _compare_options(func):
    func = click.option(
        "--all",
        "show_all",
        is_flag=True,
        help=f"List every source in the table (it shows {_table_rows()} of "
        "each fact: the first and the last half) and every fact in "
        "full in the HTML report.",
    )(func)
    func = click.option(
        "--exit-code", is_flag=True, help="Exit 1 when sources diverge (a conflict or a revision)."
    )(func)
    func = click.option(
        "--explain", is_flag=True, help="Show why claims were grouped and the scores behind it."
    )(func)
    return func


def _filter(rep: Report, only: str | None, categories: Sequence[str]) -> Report:
    from dataclasses import replace

    from kzdiff.report import DIVERGING

    facts, events = rep.facts, rep.events
    if only == "diverging":  # one filter for every format
        facts = tuple(f for f in facts if f.verdict in DIVERGING)
        events = tuple(e for e in events if e.verdict in DIVERGING)
    if categories:
        facts = tuple(f for f in facts if f.category.value in categories)
    return replace(rep, facts=facts, events=events)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--only",
    type=click.Choice(["diverging"]),
    default=None,
    help="Show only facts whose sources conflict or were revised.",
)
@click.option(
    "--category",
    "categories",
    multiple=True,
    type=click.Choice([c.value for c in Category]),
    help="Only facts of this category (repeatable).",
)
@_compare_options
@input_options
@extraction_options
@output_options
def compare(
    paths: tuple[str, ...],
    only: str | None,
    categories: tuple[str, ...],
    explain: bool,
    exit_code: bool,
    show_all: bool,
    encoding: str | None,
    max_size: int,
    out: OutputSettings,
    run: ExtractSettings,
) -> int:
    """The cross-source report: where the articles agree and where they diverge.

    Facts (the same count across sources) come first, divergent ones on top,
    each with every source's figure, who gave it and when; then names spelled
    differently, quotes worded differently and events dated differently.
    PATHS are files or folders (default: ./corpus); - reads stdin.

    \b
    Example:
        kzdiff compare corpus/ --only diverging
    """
    from kzdiff import report

    cache = _open_cache(run)
    corpus = _load(out, paths or (DEFAULT_CORPUS,), encoding, max_size, "compare", cache)
    rep = _held(_compare(out, run, corpus, cache))
    shown = _filter(rep, only, categories)
    if out.fmt == "table":
        tables = _tables()
        tables.render_compare_table(
            shown,
            out.stdout_console(),
            explain=explain,
            only_diverging=only == "diverging",
            limit=None if show_all else tables.ROWS,
        )
    elif out.fmt == "html":
        _write_html("compare", shown, explain=explain, show_all=show_all)
    else:
        _write_report(out.fmt, "compare", shown, explain=explain)
    return _finish(out, report.diverges(shown.facts), exit_code)


@cli.command()
@click.argument("query")
@click.argument("paths", nargs=-1, type=click.Path())
@_compare_options
@input_options
@extraction_options
@output_options
def claim(
    query: str,
    paths: tuple[str, ...],
    explain: bool,
    exit_code: bool,
    show_all: bool,
    encoding: str | None,
    max_size: int,
    out: OutputSettings,
    run: ExtractSettings,
) -> int:
    """One fact in depth: every source's figure, as a timeline, with its sentence.

    QUERY is what you would ask: "death toll", "how many were detained",
    "injured", "security forces killed", "troops", a figure such as 3,811, a
    name or a fragment of a quote. A query that matches nothing lists the facts
    there are.

    \b
    Example:
        kzdiff claim "death toll" corpus/
    """
    from dataclasses import replace

    from kzdiff import report
    from kzdiff.compare import query_facts

    cache = _open_cache(run)
    corpus = _load(out, paths or (DEFAULT_CORPUS,), encoding, max_size, "claim", cache)
    full = _held(_compare(out, run, corpus, cache))
    names = _matching_names(full, query)
    facts = query_facts(full.facts, query)
    if names:  # "Tokayev": the figures he gave, under any spelling
        spelled = {v.text.lower() for g in names for v in g.variants}
        spelled |= {g.canonical.lower() for g in names}
        facts = facts or tuple(
            f
            for f in full.facts
            if any(c.attribution and c.attribution.lower() in spelled for c in f.claims)
        )
    rep = replace(full, facts=facts, names=names, quotes=_matching_quotes(full, query), events=())
    if out.fmt == "table":
        tables = _tables()
        tables.render_claim_table(
            rep,
            out.stdout_console(),
            query=query,
            available=full.facts,
            explain=True,
            limit=None if show_all else tables.ROWS,
        )
    elif out.fmt == "html":
        _write_html(
            "claim", rep, query=query, explain=explain, show_all=show_all, available=full.facts
        )
    else:
        _write_report(out.fmt, "claim", rep, query=query, explain=explain)
    return _finish(out, report.diverges(rep.facts), exit_code)


def _matching_names(rep: Report, query: str):
    from kzdiff.referents import same_referent

    q = query.strip()
    if not q or any(ch.isdigit() for ch in q):
        return ()
    return tuple(
        g
        for g in rep.names
        if any(same_referent(q, v.text) or q.lower() in v.text.lower() for v in g.variants)
        or same_referent(q, g.canonical)
    )


def _matching_quotes(rep: Report, query: str):
    q = " ".join(query.lower().split())
    if len(q) < 4:
        return ()
    return tuple(
        g for g in rep.quotes if any(q in " ".join(v.text.lower().split()) for v in g.variants)
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@input_options
@extraction_options
@output_options
def extract(
    paths: tuple[str, ...],
    encoding: str | None,
    max_size: int,
    out: OutputSettings,
    run: ExtractSettings,
) -> None:
    """What the parser pulled out of each document, for checking it.

    Per document: count claims (figure, bounds, qualifier, category, subject,
    part of, attribution, as-of date, status, sentence), dates, names, quotes.

    \b
    Example:
        kzdiff extract corpus/2022-01-07-hrw.txt --format json
    """
    from kzdiff import report

    cache = _open_cache(run)
    corpus = _load(out, paths, encoding, max_size, "extract", cache)
    extractions = _extract(out, run, corpus, cache)
    if out.fmt == "table":
        _tables().render_extract_table(corpus.documents, extractions, out.stdout_console())
    else:
        _no_form("extract", out.fmt)
        _write(report.render_extract_text(out.fmt, corpus.documents, extractions, corpus.problems))


@cli.command()
@click.argument("source", required=False, default="-", type=click.Path(allow_dash=True))
@encoding_option("Decode the input with this.")
@max_size_option("Refuse input larger than this (e.g. 10MB, 1GB).")
@output_options
def quantities(source: str, encoding: str | None, max_size: int, out: OutputSettings) -> None:
    """Every number in plain text, line by line: value, bounds, qualifier, kind.

    Reads FILE, or standard input when it is - or missing, a line at a time: input
    over --max-size, or a line over 1 MB, is refused with a message. Years, dates,
    times, ages, ranks, money and percentages are told apart from counts.

    \b
    Example:
        echo "at least 300 people were injured" | kzdiff quantities --format jsonl
    """
    from kzdiff.load.lines import TextLines

    _no_form("quantities", out.fmt)
    if source == "-":
        _hint_if_terminal(out, "kzdiff quantities FILE")
    with TextLines(source, sys.stdin.buffer, max_size=max_size, encoding=encoding) as lines:
        rows = _quantity_rows(lines)
        if out.fmt in ("jsonl", "csv"):
            _stream_quantities(out.fmt, rows)
        elif out.fmt == "table":
            _tables().render_quantities_table(list(rows), out.stdout_console())
        else:
            from kzdiff import report

            _write(report.render_quantities_text(out.fmt, list(rows)))


def _quantity_rows(lines: TextLines) -> Iterator[tuple[int, list[Quantity]]]:
    """(line number, its quantities) for each line that is not blank."""
    from kzdiff.extract.quantities import extract_quantities

    comma = lines.decimal_comma
    for n, line in lines:
        if line.strip():
            yield n, extract_quantities(line, decimal_comma=comma)


def _stream_quantities(fmt: str, rows: Iterable[tuple[int, list[Quantity]]]) -> None:
    """JSON Lines and CSV are written as the lines are read: memory stays flat however
    long the input (a table or one JSON document has to be built whole first)."""
    from kzdiff.report.csv_out import QUANTITIES_COLUMNS, quantities_csv_rows, render_csv
    from kzdiff.report.json_out import render_jsonl
    from kzdiff.wire import quantities_line_to_wire

    pending = [render_csv((), QUANTITIES_COLUMNS)] if fmt == "csv" else []
    size = 0
    for n, qs in rows:
        if fmt == "csv":
            text = render_csv(quantities_csv_rows([(n, qs)]), QUANTITIES_COLUMNS, header=False)
        else:
            text = render_jsonl([quantities_line_to_wire(n, qs)])
        pending.append(text)
        size += len(text)
        if size >= _STREAM_BATCH:  # one write per line would cost a fifth of the run
            _write("".join(pending))
            pending, size = [], 0
    if pending:
        _write("".join(pending))


_STREAM_BATCH = 1 << 16


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@input_options
@output_options
def sources(
    paths: tuple[str, ...], encoding: str | None, max_size: int, out: OutputSettings
) -> None:
    """The documents as read: outlet, date and where each came from, words, what was set aside.

    \b
    Example:
        kzdiff sources corpus/
    """
    from kzdiff import report

    corpus = _load(out, paths or (DEFAULT_CORPUS,), encoding, max_size, "sources")
    if out.fmt == "table":
        _tables().render_sources_table(corpus, out.stdout_console())
    else:
        _no_form("sources", out.fmt)
        _write(report.render_sources_text(out.fmt, corpus))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--db",
    "db_path",
    required=True,
    metavar="FILE",
    type=click.Path(dir_okay=False, allow_dash=False),
    help="The SQLite database to write or bring up to date (e.g. kzdiff.db).",
)
@input_options
@extraction_options
@click.option("-v", "--verbose", count=True, help="Say more on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
def export(
    paths: tuple[str, ...],
    db_path: str,
    encoding: str | None,
    max_size: int,
    run: ExtractSettings,
    verbose: int,
    quiet: bool,
    debug: bool,
) -> None:
    """Write the whole report into a SQLite database, for SQL and Datasette.

    Documents, claims (every field, offsets, sentence), facts and why their claims were
    grouped, estimates, names and spellings, quotes, dated events; full-text search on
    sentences; views to start from (facts_overview, conflicts, figures_by_source).
    Re-running adds new and changed documents, removes those no longer given, leaves the
    rest, and recomputes the facts, all in one transaction. Datasette's metadata goes
    beside the database (kzdiff.db -> kzdiff.metadata.json): browse it with
    `datasette kzdiff.db -m kzdiff.metadata.json` (pip install 'kzdiff[datasette]').
    PATHS are files or folders (default: ./corpus).

    \b
    Example:
        kzdiff export corpus/ --db kzdiff.db
    """
    from kzdiff import pipeline
    from kzdiff.cli.options import resolve_settings
    from kzdiff.export.database import check_target, export_database

    out = resolve_settings("table", False, "never", verbose, quiet, debug)
    check_target(db_path)  # before the reading: a wrong --db fails at once
    cache = _open_cache(run)
    corpus = _load(out, paths or (DEFAULT_CORPUS,), encoding, max_size, "export", cache)
    rep = _held(pipeline.compare(corpus, _extract(out, run, corpus, cache), jobs=run.jobs))
    done = export_database(rep, db_path)
    if out.verbosity >= 0:
        changes = (
            ", ".join(
                f"{n} {what}"
                for n, what in (
                    (done.added, "added"),
                    (done.changed, "changed"),
                    (done.unchanged, "unchanged"),
                    (done.removed, "removed"),
                )
                if n
            )
            or "none"
        )
        click.echo(
            f"kzdiff: wrote {db_path}: {done.documents} documents ({changes}), "
            f"{done.claims} claims, {done.facts} facts; browse it with: "
            f"datasette {db_path} -m {done.metadata}",
            err=True,
        )


@cli.group()
def cache() -> None:
    """The cache of extraction results that makes re-runs fast.

    Results are kept per document, keyed by its content and the version of the
    code that read it, in $XDG_CACHE_HOME/kzdiff (default ~/.cache/kzdiff).

    \b
    Example:
        kzdiff cache info
        kzdiff cache clear
    """


_cache_dir_option = click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    default=None,
    metavar="DIR",
    envvar="KZDIFF_CACHE_DIR",
    help="The cache directory (default: $XDG_CACHE_HOME/kzdiff).",
)


@cache.command("info")
@_cache_dir_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object on stdout.")
def cache_info(cache_dir: str | None, as_json: bool) -> None:
    """Where the cache is, how many documents it holds and its size on disk.

    \b
    Example:
        kzdiff cache info --json
    """
    import json

    from kzdiff.cache import Cache

    info = Cache.open(cache_dir).info()
    if as_json:
        _write(
            json.dumps(
                {
                    "directory": info.directory,
                    "entries": info.entries,
                    "files": info.files,
                    "bytes": info.bytes,
                },
                ensure_ascii=False,
            )
        )
    else:
        _write(
            f"directory: {info.directory}\nentries: {info.entries} documents' extractions, "
            f"{info.files} files' loaded text\nsize: {_human_size(info.bytes)}"
        )


@cache.command("clear")
@_cache_dir_option
@click.option("-q", "--quiet", is_flag=True, help="Say nothing.")
def cache_clear(cache_dir: str | None, quiet: bool) -> None:
    """Delete every cached extraction result (only files kzdiff wrote).

    \b
    Example:
        kzdiff cache clear
    """
    from kzdiff.cache import Cache

    c = Cache.open(cache_dir)
    removed = c.clear()
    if not quiet:
        click.echo(f"kzdiff: removed {removed} cache entries from {c.directory}", err=True)


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"
