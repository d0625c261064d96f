"""One file's bytes to Documents: decode, split front matter or read the structure, cut and
classify blocks, settle outlet, date and title, derive id and hash.

``Document.body`` is the decoded text with line endings normalised to ``\\n`` (and NULs
removed), after the front-matter block and the blank line that follows it; for JSON the
record's text field; for HTML the text trafilatura extracts. All offsets are into it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kzdiff.errors import FormatError, InputError
from kzdiff.load import formats
from kzdiff.load.blocks import classify_blocks, split_blocks
from kzdiff.load.decode import decode_bytes
from kzdiff.load.frontmatter import split_front_matter
from kzdiff.load.ids import content_hash, slug, stem_of
from kzdiff.load.metadata import infer_outlet, infer_published, parse_date, site_of
from kzdiff.records import Document, LoadProblem
from kzdiff.vocab import BlockKind

log = logging.getLogger(__name__)

TEXT_EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
JSON_EXTENSIONS = {".json"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
KNOWN_EXTENSIONS = set(TEXT_EXTENSIONS) | HTML_EXTENSIONS | JSON_EXTENSIONS | JSONL_EXTENSIONS
STDIN_PATH = "<stdin>"


@dataclass(frozen=True, slots=True)
class FileResult:
    documents: tuple[Document, ...]
    problems: tuple[LoadProblem, ...]


def extension(path: str) -> str:
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    _, dot, ext = name.rpartition(".")
    return "." + ext.lower() if dot and _ else ""


def load_bytes(data: bytes, path: str, *, encoding: str | None = None) -> list[Document]:
    """The documents in one file's bytes (several for .jsonl and JSON lists).

    Raises a KzdiffError subclass (one-line message) when the file as a whole cannot be
    read. Records skipped inside a JSON/JSONL file and warnings are logged, not raised;
    ``load_paths`` returns them as LoadProblems instead.
    """
    result = read_file(data, path, encoding=encoding)
    for p in result.problems:
        log.warning("%s: %s", p.path, p.message)
    return list(result.documents)


def read_file(data: bytes, path: str, *, encoding: str | None = None) -> FileResult:
    """Like load_bytes, but with the per-record problems and warnings returned."""
    if not data.strip():
        raise InputError("empty file; nothing to read", path=path)
    decoded = decode_bytes(data, path, encoding=encoding)
    problems = [LoadProblem(path, decoded.warning, skipped=False)] if decoded.warning else []
    text = decoded.text
    kind = _format_of(path, text)
    base = slug(stem_of(path)) if path != STDIN_PATH else "stdin"
    docs: list[Document] = []
    if kind in ("json", "jsonl"):
        try:
            articles, record_problems = (
                formats.read_json(text) if kind == "json" else formats.read_jsonl(text)
            )
        except FormatError as exc:
            raise FormatError(exc.message, path=path) from None
        for rp in record_problems[: formats.MAX_PROBLEMS]:
            problems.append(LoadProblem(path, f"{rp.where}: {rp.message}", skipped=True))
        if len(record_problems) > formats.MAX_PROBLEMS:
            more = len(record_problems) - formats.MAX_PROBLEMS
            problems.append(LoadProblem(path, f"{more} more bad records skipped", skipped=True))
        for art in articles:
            doc_id = base if art.number is None else f"{base}-{art.number}"
            docs.append(_from_article(art, doc_id, path, decoded.encoding, problems))
        if not docs:
            detail = record_problems[0] if record_problems else None
            why = f" ({detail.where}: {detail.message})" if detail else ""
            raise FormatError(f"no usable article records{why}", path=path)
    elif kind == "html":
        try:
            art = formats.read_html(text)
        except InputError as exc:
            raise type(exc)(exc.message, path=path) from None
        docs.append(_from_article(art, base, path, decoded.encoding, problems))
    else:
        docs.append(_from_text(text, kind, base, path, decoded.encoding, problems))
    return FileResult(tuple(docs), tuple(problems))


def _format_of(path: str, text: str) -> str:
    ext = extension(path)
    if ext in TEXT_EXTENSIONS:
        return TEXT_EXTENSIONS[ext]
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in JSON_EXTENSIONS:
        return "json"
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    return _sniff(text)


def _sniff(text: str) -> str:
    """The format of text without a known extension (stdin, a file named explicitly)."""
    head = text.lstrip()[:512]
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first = text.lstrip().split("\n", 1)[0].rstrip()
        return "jsonl" if first.endswith("}") else "json"
    lowered = head.lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<body" in lowered:
        return "html"
    return "text"


def _from_text(
    text: str, kind: str, base: str, path: str, encoding: str, problems: list[LoadProblem]
) -> Document:
    fm = split_front_matter(text)
    problems.extend(LoadProblem(path, w, skipped=False) for w in fm.warnings)
    body = text[fm.body_start :]
    if not body.strip():
        raise FormatError("no text after the front matter; nothing to read", path=path)
    given = fm.fields
    published = None
    if given.get("published"):
        published = parse_date(given["published"])
        if published is None:
            problems.append(
                LoadProblem(
                    path,
                    f"front matter date {given['published'][:40]!r} is not a date; "
                    "write it as YYYY-MM-DD",
                    skipped=False,
                )
            )
    return _document(
        body=body,
        doc_id=base,
        path=path,
        fmt=kind,
        encoding=encoding,
        title=given.get("title"),
        url=given.get("url"),
        outlet=given.get("outlet"),
        published=published,
        source="front_matter",
    )


def _from_article(
    art: formats.Article, doc_id: str, path: str, encoding: str, problems: list[LoadProblem]
) -> Document:
    published = parse_date(art.published) if art.published not in (None, "") else None
    if art.published not in (None, "") and published is None:
        where = f"record {art.number}: " if art.number is not None else ""
        problems.append(
            LoadProblem(
                path,
                f"{where}date {str(art.published)[:40]!r} is not a date; ignored",
                skipped=False,
            )
        )
    return _document(
        body=art.body,
        doc_id=doc_id,
        path=path,
        fmt="html" if art.format == "html" else "json",
        encoding=encoding,
        title=art.title,
        url=art.url,
        outlet=art.outlet,
        published=published,
        source="field",
    )


def _document(
    *,
    body: str,
    doc_id: str,
    path: str,
    fmt: str,
    encoding: str,
    title: str | None,
    url: str | None,
    outlet: str | None,
    published: str | None,
    source: str,
) -> Document:
    blocks = classify_blocks(body, split_blocks(body), title)
    if title is None:
        title = next(
            (
                " ".join(body[b.start : b.end].lstrip("#").split())
                for b in blocks
                if b.kind is BlockKind.TITLE
            ),
            None,
        )
    outlet_source = source if outlet else None
    if not outlet:
        outlet = infer_outlet(body, blocks, None)
        outlet = outlet or site_of(url)
        outlet_source = "inferred" if outlet else None
    published_source = source if published else None
    if not published:
        published = infer_published(body, blocks)
        published_source = "inferred" if published else None
    doc = Document(
        id=doc_id,
        path=path,
        body=body,
        blocks=blocks,
        outlet=outlet,
        outlet_source=outlet_source,
        published=published,
        published_source=published_source,
        title=title,
        url=url,
        format=fmt,
        encoding=encoding,
        content_hash=content_hash(body, outlet, published, title, url),
    )
    _ = doc.words  # counted now, so the count is kept with the document in the cache
    return doc
