"""Structured inputs to articles: JSON (one object, a list, or a wrapper of a list), JSONL (one
article per line) and saved web pages (HTML, through trafilatura: the optional ``html``
extra).

Field names are those of common news exports (NewsAPI, news-please, schema.org, RSS
converters); the first present of each list wins, matched exactly, then ignoring case.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from kzdiff.errors import FormatError, MissingExtraError
from kzdiff.load.decode import normalise_text, replace_surrogates

log = logging.getLogger(__name__)

TEXT_FIELDS = (
    "text",
    "body",
    "content",
    "article",
    "full_text",
    "fulltext",
    "maintext",
    "articleBody",
    "article_text",
    "story",
)
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url", "source_url", "href")
OUTLET_FIELDS = (
    "outlet",
    "source",
    "publisher",
    "site_name",
    "sitename",
    "siteName",
    "source_name",
    "source_domain",
    "publication",
    "site",
    "domain",
)
DATE_FIELDS = (
    "published",
    "date",
    "publishedAt",
    "pubDate",
    "published_at",
    "publish_date",
    "date_publish",
    "datePublished",
    "published_date",
    "pub_date",
)
# Keys under which exports wrap their list of articles ({"articles": [...]} in NewsAPI).
LIST_KEYS = ("articles", "items", "data", "results", "documents", "posts", "entries", "records")
MAX_PROBLEMS = 20  # per file: a broken dump must not bury the report


@dataclass(frozen=True, slots=True)
class Article:
    """One article read from a structured file, before blocks and inference."""

    body: str
    number: int | None = None  # record number (JSON list) or line number (JSONL)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: object = None  # as given; kzdiff.load.metadata.parse_date normalises it
    format: str = "json"


@dataclass(frozen=True, slots=True)
class RecordProblem:
    where: str  # "record 3", "line 7"
    message: str


def read_json(text: str) -> tuple[list[Article], list[RecordProblem]]:
    """Articles of a .json file; FormatError when the file as a whole is not usable JSON."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "fix the file, or save one article per line as .jsonl"
        ) from None
    except RecursionError:
        raise FormatError("JSON nested too deeply to be an article export") from None
    if isinstance(data, dict):
        inner = _wrapped_list(data)
        if inner is None:
            article, problem = article_from(data, None)
            return ([article] if article else []), ([problem] if problem else [])
        data = inner
    if not isinstance(data, list):
        raise FormatError(
            f"JSON holds a {_type_name(data)}, not an article object or a list of them; "
            "kzdiff reads objects with a text field"
        )
    articles: list[Article] = []
    problems: list[RecordProblem] = []
    for n, item in enumerate(data, start=1):
        article, problem = article_from(item, n)
        if article:
            articles.append(article)
        if problem:
            problems.append(problem)
    return articles, problems


def read_jsonl(text: str) -> tuple[list[Article], list[RecordProblem]]:
    """Articles of a .jsonl file; a broken line is reported with its number, the rest kept."""
    articles: list[Article] = []
    problems: list[RecordProblem] = []
    for n, line in _lines(text):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(
                RecordProblem(
                    f"line {n}",
                    f"not valid JSON ({exc.msg}, column {exc.colno}); the line was skipped",
                )
            )
            continue
        except RecursionError:
            problems.append(RecordProblem(f"line {n}", "JSON nested too deeply; skipped"))
            continue
        article, problem = article_from(item, n, where=f"line {n}")
        if article:
            articles.append(article)
        if problem:
            problems.append(problem)
    return articles, problems


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield n, line


def _wrapped_list(data: dict[str, object]) -> list[object] | None:
    if _first(data, TEXT_FIELDS) is not None:
        return None
    for key in LIST_KEYS:
        value = data.get(key)
        if isinstance(value, list):
            return value
    return None


def article_from(
    item: object, number: int | None, *, where: str | None = None
) -> tuple[Article | None, RecordProblem | None]:
    """One record to an Article, or the reason it cannot be one."""
    where = where or (f"record {number}" if number is not None else "the object")
    if not isinstance(item, dict):
        return None, RecordProblem(
            where, f"is a {_type_name(item)}, not an article object; skipped"
        )
    raw = _first(item, TEXT_FIELDS)
    if raw is None:
        expected = ", ".join(TEXT_FIELDS[:4])
        return None, RecordProblem(
            where, f"has no article text; expected a field named {expected} (or similar); skipped"
        )
    key, value = raw
    if isinstance(value, list) and all(isinstance(p, str) for p in value):
        value = "\n\n".join(p.strip() for p in value)
    if not isinstance(value, str):
        return None, RecordProblem(
            where, f"field {key!r} is a {_type_name(value)}, expected a string; skipped"
        )
    body = normalise_text(value)
    if not body.strip():
        return None, RecordProblem(where, f"field {key!r} is empty; skipped")
    return (
        Article(
            body=body,
            number=number,
            title=_string(_first(item, TITLE_FIELDS)),
            url=_string(_first(item, URL_FIELDS)),
            outlet=_outlet(_first(item, OUTLET_FIELDS)),
            published=(_first(item, DATE_FIELDS) or (None, None))[1],
        ),
        None,
    )


def _first(item: dict[str, object], names: tuple[str, ...]) -> tuple[str, object] | None:
    for name in names:
        value = item.get(name)
        if value not in (None, ""):
            return name, value
    lowered = {k.lower(): k for k in item if isinstance(k, str)}
    for name in names:
        key = lowered.get(name.lower())
        if key is not None and item[key] not in (None, ""):
            return key, item[key]
    return None


def _string(found: tuple[str, object] | None) -> str | None:
    if found is None or not isinstance(found[1], str):
        return None
    return replace_surrogates(" ".join(found[1].split())[:500]) or None


def _outlet(found: tuple[str, object] | None) -> str | None:
    """An outlet given as a string or as an object with a name ({"id": .., "name": ..})."""
    if found is None:
        return None
    value = found[1]
    if isinstance(value, dict):
        for key in ("name", "title", "id", "domain"):
            if isinstance(value.get(key), str) and value[key].strip():
                return replace_surrogates(" ".join(value[key].split())[:200])
        return None
    return _string(found)


def _type_name(value: object) -> str:
    return {
        dict: "object",
        list: "list",
        str: "string",
        int: "number",
        float: "number",
        bool: "boolean",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def read_html(html: str) -> Article:
    """The main text and metadata of a saved web page (trafilatura, from the html extra)."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError(
            "reading .html needs the html extra; install kzdiff[html] (pip install 'kzdiff[html]')"
        ) from None
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a third-party parser on hostile input: any failure is a skip
        raise FormatError(f"could not be read as HTML ({type(exc).__name__}); skipped") from None
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise FormatError(
            "no article text found in the page; save the article's text as .txt instead"
        )
    return Article(
        body=normalise_text(text),
        title=_clean(getattr(result, "title", None)),
        url=_clean(getattr(result, "url", None)),
        outlet=_clean(getattr(result, "sitename", None)),
        published=getattr(result, "date", None),
        format="html",
    )


def _clean(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None
