"""Publication date and outlet: normalising given values and inferring them from the text.

Inference is deliberately narrow. A publication date comes only from a dateline: a short
block that is mostly a date ("Jan 07, 2022", "HeadlineJan 07, 2022", "Published 7 January
2022", "January 7, 2022 10:31 AM") near the top of the article or labelled as published,
or a date opening the first paragraph before a dash ("January 7, 2022 – ..."). A date in a
caption or in the running text dates an event, not the article. A place in parentheses,
"(New York) –", is a dateline without a date. An outlet comes from a licence or copyright
line ("© 2022 Reuters", "attribute legal copies of this work to democracynow.org"), an
outlet's self-description in page furniture, or the domain of the article's URL.
Never from file times.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from kzdiff.lexicon.dates import MONTHS
from kzdiff.records import Block
from kzdiff.vocab import BlockKind

_MONTH_NAMES = (
    "Jan(?:uary)?",
    "Feb(?:ruary)?",
    "Mar(?:ch)?",
    "Apr(?:il)?",
    "May",
    "June?",
    "July?",
    "Aug(?:ust)?",
    "Sep(?:t(?:ember)?)?",
    "Oct(?:ober)?",
    "Nov(?:ember)?",
    "Dec(?:ember)?",
)
# Title case or capitals only: "Mar" inside "Omar" is not March.
_MONTH = "(?:" + "|".join(_MONTH_NAMES + tuple(n.upper() for n in _MONTH_NAMES)) + ")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# Month first ("Jan 07, 2022"; glued to a lowercase label as in "HeadlineJan 07, 2022"), day
# first ("7 January 2022"), or ISO ("2022-01-07"). No nested repeats: linear on any input.
DATE_RE = re.compile(
    rf"(?:(?<![A-Za-z])|(?<=[a-z]))(?P<m1>{_MONTH})\.?[ \t]+(?P<d1>{_DAY}),?[ \t]+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<d2>{_DAY})[ \t]+(?:of[ \t]+)?(?P<m2>{_MONTH})\.?,?[ \t]+(?P<y2>\d{{4}})\b"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})\b"
)
_PUBLISHED_LABEL = re.compile(
    r"\b(?:first\s+)?(?:published|posted|headline|released|issued)\b|^\s*(?:on|dated)\b",
    re.IGNORECASE,
)
_UPDATED_LABEL = re.compile(r"\b(?:updated|modified|edited)\b", re.IGNORECASE)
# What may surround a date in a dateline block besides the date itself.
_DATELINE_FILLER = re.compile(
    r"(?:published|posted|headline|first|last|updated|on|at|by|dated|released|issued"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|wed|thu|fri|sat|sun|am|pm|a\.m|p\.m|gmt|utc|cet|est|edt|pst|bst|msk|local|time)\b"
    r"|\d{1,2}[:.]\d{2}(?::\d{2})?|[\s,.:;|/()·•\-–—+0-9]",
    re.IGNORECASE,
)
_HEAD_TEXT_BLOCKS = 2  # a bare date counts as a dateline only before this many paragraphs
_DASH_LEAD = re.compile(r"[^\n]{0,60}?[ \t]*[-–—]")

_COPYRIGHT = re.compile(
    r"(?i:©|\(c\)|\bcopyright\b)[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t,]*)?"
    r"(?P<name>[A-Z][\w.&'!-]*(?:[ \t]+[A-Z&][\w.&'!-]*){0,5})"
)
_ATTRIBUTE = re.compile(
    r"attribute\s+(?:legal\s+)?copies\s+of\s+this\s+work\s+to\s+(?P<name>[\w.-]+\.[a-z]{2,})",
    re.IGNORECASE,
)
_ORIGINALLY = re.compile(
    r"originally\s+(?:published|appeared)\s+(?:on|in|by|at)\s+"
    r"(?P<name>[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*){0,4})"
)
_SELF_PROMO = re.compile(
    r"^\s*(?P<name>[A-Z][\w./&'-]*(?:[ \t]+[A-Z][\w./&'-]*){0,3})[ \t]+journalists\s+report\b"
)
_CREDIT_WORDS = re.compile(r"photo|image|picture|getty|/", re.IGNORECASE)
_TRAILING = " \t.,;:-–—|"
_LONGEST_NOTICE = 3000  # characters; a licence or copyright notice is never longer


def parse_date(value: object) -> str | None:
    """A given publication date (ISO, RFC 822, "7 January 2022", a Unix time) as YYYY-MM-DD."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds in many exports
        try:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()[:200]
    m = re.match(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)", text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if re.fullmatch(r"\d{9,13}", text):
        return parse_date(int(text))
    m2 = DATE_RE.search(text)
    if m2:
        return date_of(m2)
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if parsed else None


def date_of(m: re.Match[str]) -> str | None:
    """YYYY-MM-DD of a DATE_RE match, or None when the date does not exist."""
    if m.group("y1"):
        return _iso(int(m.group("y1")), MONTHS[m.group("m1").lower()], _day(m.group("d1")))
    if m.group("y2"):
        return _iso(int(m.group("y2")), MONTHS[m.group("m2").lower()], _day(m.group("d2")))
    return _iso(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def dateline_date(text: str) -> str | None:
    """The date of a block that is a dateline ("Published 7 January 2022 10:31 GMT"), else None.

    A block qualifies when, apart from one date, it holds only labels, weekdays, a clock
    time and punctuation, with a label word at most 3 words long allowed ("Headline").
    """
    if len(text) > 120:
        return None
    m = DATE_RE.search(text)
    if m is None or (_UPDATED_LABEL.search(text) and not _PUBLISHED_LABEL.search(text)):
        return None
    rest = _DATELINE_FILLER.sub(" ", text[: m.start()] + " " + text[m.end() :])
    if len(rest.split()) > 3:
        return None
    return date_of(m)


def infer_published(body: str, blocks: Sequence[Block]) -> str | None:
    """The publication date a dateline gives, or None (see the module docstring)."""
    text_seen = 0
    for block in blocks:
        if block.kind is BlockKind.CAPTION:
            continue
        text = body[block.start : block.end]
        if block.kind is BlockKind.TEXT:
            if text_seen == 0:
                lead = _lead_date(text)
                if lead:
                    return lead
            text_seen += 1
            if len(text.split()) > 12:
                continue
        date = dateline_date(text)
        if date and (text_seen < _HEAD_TEXT_BLOCKS or _PUBLISHED_LABEL.search(text)):
            return date
    return None


def _lead_date(text: str) -> str | None:
    """A date that opens the first paragraph before a dash: "ALMATY, Jan. 7, 2022 – ..."."""
    m = DATE_RE.search(text, 0, 80)
    if m is None:
        return None
    head = text[: m.start()]
    if any(ch in head for ch in '.!?"“'):
        return None
    if _DASH_LEAD.match(text, m.end()) is None and not re.match(r"\s*\(", text[m.end() :]):
        return None
    return date_of(m)


def infer_outlet(body: str, blocks: Sequence[Block], url: str | None = None) -> str | None:
    """The outlet a licence, copyright or self-description line names, else the URL's site."""
    for block in reversed(blocks):  # notices sit at the foot of the page
        if block.kind is BlockKind.CAPTION:
            continue
        if block.end - block.start > _LONGEST_NOTICE:
            continue
        text = body[block.start : block.end]
        if block.kind is BlockKind.TEXT and len(text.split()) > 25:
            continue
        m = _ATTRIBUTE.search(text)
        if m:
            return m.group("name").rstrip(".").lower()
        for pattern in (_COPYRIGHT, _ORIGINALLY):
            for m in pattern.finditer(text):
                name = _clean_name(m.group("name"))
                if name and not _CREDIT_WORDS.search(m.group(0)):
                    return name
        if block.kind is BlockKind.BOILERPLATE:
            m = _SELF_PROMO.match(text)
            if m:
                return _clean_name(m.group("name"))
    return site_of(url)


def _clean_name(name: str) -> str | None:
    name = re.split(r"\s+(?:all|some)\s+rights\b|\.\s", name, maxsplit=1, flags=re.IGNORECASE)[0]
    name = name.strip(_TRAILING)
    if not name or name.lower() in {"the", "by", "copyright"}:
        return None
    return name


def site_of(url: str | None) -> str | None:
    """The host of a URL without "www.", as an outlet name of last resort."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")
