"""Closed vocabularies shared by code, JSON output and tests.

The string values are part of the wire format (``kzdiff/1``): renaming one is a
breaking change.
"""

from __future__ import annotations

from enum import StrEnum


class Qualifier(StrEnum):
    """How a figure is bounded, as the article words it."""

    EXACT = "exact"
    AT_LEAST = "at_least"  # "at least 10"
    MORE_THAN = "more_than"  # "over 3000", "more than"
    AT_MOST = "at_most"  # "up to", "as many as"
    FEWER_THAN = "fewer_than"  # "fewer than", "less than", "under"
    ABOUT = "about"  # "nearly", "some", "around", "about"
    RANGE = "range"  # "793 to 8,498"
    VAGUE = "vague"  # "dozens", "hundreds", "several"


class Kind(StrEnum):
    """What a number in running text is: only counts can become count claims."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    MEASURE = "measure"
    DURATION = "duration"
    YEAR = "year"
    DATE = "date"
    TIME = "time"
    ORDINAL = "ordinal"
    RANK = "rank"
    PHONE = "phone"
    OTHER = "other"


class Category(StrEnum):
    """What a count claim counts."""

    KILLED = "killed"
    INJURED = "injured"
    DETAINED = "detained"
    MISSING = "missing"
    DISPLACED = "displaced"
    EVACUATED = "evacuated"
    TROOPS = "troops"
    PARTICIPANTS = "participants"
    OTHER = "other"


# What befell the counted, as a clause says it ("were killed", "fled"), beside the
# categories a noun gives by who they are (troops, participants) or none (other).
FATE_CATEGORIES: frozenset[Category] = frozenset(
    {Category.KILLED, Category.INJURED, Category.MISSING, Category.DETAINED,
     Category.DISPLACED, Category.EVACUATED}
)  # fmt: skip


class Status(StrEnum):
    """Whether the article presents a figure as something to take at face value."""

    ASSERTED = "asserted"
    NEGATED = "negated"  # "3000 people did not die"
    PROJECTED = "projected"  # "could rise to 10,000"
    RETRACTED = "retracted"  # "later retracted", "since deleted", "denied"
    DISPUTED = "disputed"  # "did not provide any evidence"


class Verdict(StrEnum):
    """How the sources for one fact relate to each other."""

    AGREE = "agree"
    CONSISTENT = "consistent"
    REVISED = "revised"
    CONFLICT = "conflict"
    SINGLE = "single"


class EntityLabel(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"


class BlockKind(StrEnum):
    """What a paragraph of a loaded document is, for the extractors."""

    TEXT = "text"
    TITLE = "title"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"
