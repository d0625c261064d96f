"""The frozen records that flow between pipeline stages.

load -> Document; extract -> Quantity, Claim, DateMention, Entity, Quote (in an
Extraction); align/compare -> Fact, NameGroup, QuoteGroup, EventGroup (in a
Report). Every span is a pair of code-point offsets into ``Document.body``, with
the surface text beside it, so any figure can be traced to its sentence.
The JSON form of these records lives in ``kzdiff.wire``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kzdiff.vocab import BlockKind, Category, EntityLabel, Kind, Qualifier, Status, Verdict

Number = int | float


def as_number(x: float | int | None) -> Number | None:
    """Integral floats become ints, so 44.0 is written as 44 everywhere."""
    if x is None:
        return None
    if isinstance(x, float) and x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


# ---------------------------------------------------------------- load


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of the body and what it is (text, title, caption, page furniture)."""

    start: int
    end: int
    kind: BlockKind = BlockKind.TEXT
    reason: str | None = None  # why it was set aside, for `kzdiff sources`


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    path: str
    body: str
    blocks: tuple[Block, ...]
    outlet: str | None = None
    outlet_source: str | None = None  # "front_matter" | "field" | "inferred" | None
    published: str | None = None  # YYYY-MM-DD
    published_source: str | None = None  # "front_matter" | "field" | "inferred" | None
    title: str | None = None
    url: str | None = None
    format: str = "text"  # text | markdown | html | json
    encoding: str = "utf-8"
    content_hash: str = ""
    # the word count, once counted (-1: not yet): a warm 10,000-article run spent
    # 0.25 s re-splitting every body to print it. Not an argument and not compared;
    # dataclasses.replace() leaves it to be counted again.
    _words: int = field(default=-1, init=False, repr=False, compare=False)

    @property
    def words(self) -> int:
        if self._words < 0:
            # line by line: splitting a 10 MB body whole holds every word at once
            count = sum(len(line.split()) for line in self.body.split("\n"))
            object.__setattr__(self, "_words", count)
        return self._words


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file (or a record in it) that was skipped or read with a caveat."""

    path: str
    message: str  # one line, says what is wrong and how to fix it
    skipped: bool = True


@dataclass(frozen=True, slots=True)
class Corpus:
    documents: tuple[Document, ...]
    problems: tuple[LoadProblem, ...] = ()


# ---------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index into Document.blocks


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in running text, with its bounds as an inclusive interval."""

    text: str
    start: int
    end: int
    value: Number | None  # the figure stated; None for ranges and vague magnitudes
    low: Number | None  # inclusive; None where open
    high: Number | None  # inclusive; None where open
    qualifier: Qualifier
    kind: Kind
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A count of people or things in the event, attributed and dated."""

    id: str  # "<doc>:c<n>", n in order of position
    doc: str
    text: str  # body[start:end]
    start: int
    end: int
    value: Number | None
    low: Number | None
    high: Number | None
    qualifier: Qualifier
    category: Category
    subject: str | None
    part_of: str | None  # id of the claim this one is a part of
    attribution: str | None
    as_of: str | None  # YYYY-MM-DD
    status: Status
    sentence: str
    sentence_start: int
    background: bool = False  # about another event or time (context, not this event)
    scope: str | None = None  # place or group the count is limited to ("Almaty")
    # what an "other" count counts, from its clause ("aboard", "rescued", "affected"); for
    # a count of the dead, what was done with the bodies ("identified", "handed over"); for
    # the injured, where they are now ("still in hospital", "discharged")
    counted: str | None = None
    window: bool = False  # counts one window of time: "24 died in the past 24 hours"
    # ids of the claims a derived total sums ("12 in Almaty and 8 in Taraz" stand for 20);
    # empty for a claim an article states
    derived_from: tuple[str, ...] = ()
    since: str | None = None  # YYYY-MM-DD the window opens: "21 dead since Monday"
    # the article states the figure as a count revised down ("police revised down the
    # death toll to 84"): it replaces the count's earlier, higher figures, whoever gave them
    revises_down: bool = False


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None when it cannot be resolved
    event: str | None  # short phrase for what the date dates ("state of emergency declared")
    caption: bool = False
    relative: bool = False  # resolved against the publication date
    note: str | None = None  # e.g. "unresolved: publication date unknown"
    # Body offsets kept from extraction so event grouping need not split paragraphs or
    # read the clause again; -1 when unknown (a mention built by hand). Plain ints, not
    # tuples: the cache decodes them at no cost.
    sentence_start: int = -1  # the sentence holding the date
    sentence_end: int = -1
    next_start: int = -1  # the sentence after it in the same paragraph; -1 when none
    next_end: int = -1
    clause_start: int = -1  # the clause that names the dated event (``event`` read from it)
    clause_end: int = -1
    # What extraction read around the date, so event grouping reads no article text:
    # the known events its clause names as (canonical event, verb), nearest the date first;
    # those the next sentence of its paragraph names, empty when there is none or it moves
    # on in time ("A week later, ..."); the weekday its text names (0 Monday; "on Friday").
    # Empty and None in a mention built by hand (see extract.dates.read_date_events).
    terms: tuple[tuple[str, str | None], ...] = ()
    next_terms: tuple[tuple[str, str | None], ...] = ()
    weekday: int | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    start: int
    end: int
    label: EntityLabel
    canonical: str


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # without the quotation marks
    start: int
    end: int
    speaker: str | None
    scare: bool = False  # one or two words in quotes: a marked term, not a statement


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    doc: str
    claims: tuple[Claim, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()


# ---------------------------------------------------------------- align / compare


@dataclass(frozen=True, slots=True)
class Estimate:
    low: Number | None
    best: Number | None
    high: Number | None
    rule: str  # how the three were chosen, in words


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    label: str  # "people killed", "security forces killed in Almaty"
    category: Category
    subject: str  # normalised subject group
    scope: str | None
    verdict: Verdict
    sources: int  # number of distinct documents
    estimate: Estimate
    claims: tuple[Claim, ...]  # ordered by as_of
    latest: str | None = None  # id of the claim that is the current figure
    note: str | None = None  # verdict in words
    why: tuple[str, ...] = ()  # grouping reasons and scores, for --explain
    parts: tuple[Claim, ...] = ()  # parts of this fact's claims that sum to them
    # ids of claims that repeat a figure their document already gave for this fact:
    # listed in ``claims`` so each mention is traced, counted once, not printed twice
    repeats: tuple[str, ...] = ()
    # (document, the document it copies) for copies among the claims' documents: a
    # relay's figures are shown but never counted as a second source
    relays: tuple[tuple[str, str], ...] = ()
    # ids of claims kept out of the estimate: an identifier, or a figure out of all
    # proportion to every other source's figure for this fact
    outliers: tuple[str, ...] = ()
    # the conflict a reader checks first (the one the note cites first), as claim ids;
    # None when the verdict is no conflict
    conflict: tuple[str, str] | None = None
    # ids of asserted claims a later figure replaces (the revision's earlier figures), in
    # the order of ``claims``; empty when every figure still stands
    replaced: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NameVariant:
    text: str
    docs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameGroup:
    canonical: str
    label: EntityLabel
    variants: tuple[NameVariant, ...]


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    text: str
    docs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    speaker: str | None
    variants: tuple[QuoteVariant, ...]
    difference: str  # word-level: "shoot [to kill] without warning"


@dataclass(frozen=True, slots=True)
class EventMention:
    doc: str
    date: str | None
    text: str
    caption: bool = False


@dataclass(frozen=True, slots=True)
class EventGroup:
    label: str
    verdict: Verdict
    mentions: tuple[EventMention, ...]
    note: str | None = None  # why the verdict: a weekday that fits a date, a caption


@dataclass(frozen=True, slots=True)
class Report:
    """The cross-source view of a corpus (``compare``, ``claim``)."""

    documents: tuple[Document, ...]
    facts: tuple[Fact, ...] = ()
    names: tuple[NameGroup, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    events: tuple[EventGroup, ...] = ()
    problems: tuple[LoadProblem, ...] = ()
    extractions: tuple[Extraction, ...] = field(default=())
