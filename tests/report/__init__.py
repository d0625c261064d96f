"""Hand-built records for the renderer tests: a small flood story from three sources.

Offsets are computed from the bodies, so ``body[start:end] == text`` holds as it
does for real extractions. One document is hostile: its outlet, sentence and a
file path carry terminal escape sequences, a carriage return, a bidi override
and Rich markup, which must reach the terminal inert.
"""

from __future__ import annotations

from kzdiff.records import (
    Block,
    Claim,
    Corpus,
    DateMention,
    Document,
    Entity,
    Estimate,
    EventGroup,
    EventMention,
    Extraction,
    Fact,
    LoadProblem,
    NameGroup,
    NameVariant,
    Quantity,
    Quote,
    QuoteGroup,
    QuoteVariant,
    Report,
)
from kzdiff.vocab import (
    BlockKind,
    Category,
    EntityLabel,
    Kind,
    Qualifier,
    Status,
    Verdict,
)

HOSTILE_OUTLET = "Valley\x1b]0;owned\x07 Voice"
HOSTILE_SENTENCE = (
    "\x1b[31mDozens of people died in the village of Orlen\r, [red]according[/red] to "
    "volunteers who counted \u202e250 graves."
)

HERALD_BODY = (
    "Flood waters reached the old town of Marsk overnight.\n\n"
    "At least 12 people were killed when the Karsa dam failed on Tuesday, regional governor "
    "Ana Petrova said on Wednesday, adding that the figure would rise as rescuers reached "
    "villages cut off by the water.\n\n"
    'Officials said 40 people were injured. "We will rebuild every home," Petrova said.\n\n'
    "Subscribe to our newsletter for daily updates."
)
WIRE_BODY = (
    "The death toll from the collapse of the Karsa dam has risen to 31, the Emergency "
    "Ministry said on Thursday.\n\n"
    "More than 2,000 residents were evacuated from low-lying districts, the ministry added. "
    '"We will rebuild every single home," governor Anna Petrova told reporters.'
)
VOICE_BODY = (
    HOSTILE_SENTENCE + "\n\n"
    "About 500 residents were evacuated, the volunteers said; the figure could rise to 5,000."
)


def _block_spans(body: str, boilerplate: tuple[str, ...] = ()) -> tuple[Block, ...]:
    blocks = []
    pos = 0
    for para in body.split("\n\n"):
        kind = BlockKind.BOILERPLATE if para in boilerplate else BlockKind.TEXT
        reason = "newsletter appeal" if kind == BlockKind.BOILERPLATE else None
        blocks.append(Block(pos, pos + len(para), kind, reason))
        pos += len(para) + 2
    return tuple(blocks)


HERALD = Document(
    id="2023-03-02-coastal-herald",
    path="corpus/2023-03-02-coastal-herald.txt",
    body=HERALD_BODY,
    blocks=_block_spans(HERALD_BODY, ("Subscribe to our newsletter for daily updates.",)),
    outlet="Coastal Herald",
    outlet_source="front_matter",
    published="2023-03-02",
    published_source="inferred",
    title="Dam failure floods Marsk",
)
WIRE = Document(
    id="2023-03-09-northern-wire",
    path="corpus/2023-03-09-northern-wire.txt",
    body=WIRE_BODY,
    blocks=_block_spans(WIRE_BODY),
    outlet="Northern Wire",
    outlet_source="front_matter",
    published="2023-03-09",
    published_source="front_matter",
    title=None,
)
VOICE = Document(
    id="undated-valley-voice",
    path="corpus/undated-valley-voice\x1b[2J.txt",
    body=VOICE_BODY,
    blocks=_block_spans(VOICE_BODY),
    outlet=HOSTILE_OUTLET,
    outlet_source="inferred",
)
DOCUMENTS = (HERALD, WIRE, VOICE)


def _sentence_of(body: str, at: int) -> tuple[int, str]:
    """The sentence around ``at``: from the previous ". " or paragraph break to the next."""
    start = max(
        body.rfind(". ", 0, at) + 2 if body.rfind(". ", 0, at) >= 0 else 0,
        body.rfind("\n", 0, at) + 1,
    )
    stops = [i for i in (body.find(". ", at), body.find("\n", at)) if i >= 0]
    end = min(stops) + 1 if stops else len(body)
    return start, body[start:end]


def make_claim(
    doc: Document,
    n: int,
    text: str,
    *,
    value: float | int | None,
    low: float | int | None,
    high: float | int | None,
    qualifier: Qualifier = Qualifier.EXACT,
    category: Category = Category.KILLED,
    subject: str | None = "people",
    part_of: str | None = None,
    attribution: str | None = None,
    as_of: str | None = None,
    status: Status = Status.ASSERTED,
    occurrence: int = 0,
) -> Claim:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.body.index(text, start + 1)
    s_start, sentence = _sentence_of(doc.body, start)
    return Claim(
        id=f"{doc.id}:c{n}",
        doc=doc.id,
        text=text,
        start=start,
        end=start + len(text),
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        category=category,
        subject=subject,
        part_of=part_of,
        attribution=attribution,
        as_of=as_of,
        status=status,
        sentence=sentence,
        sentence_start=s_start,
    )


H_KILLED = make_claim(
    HERALD,
    1,
    "At least 12",
    value=12,
    low=12,
    high=None,
    qualifier=Qualifier.AT_LEAST,
    attribution="regional governor Ana Petrova",
    as_of="2023-03-01",
)
H_INJURED = make_claim(
    HERALD,
    2,
    "40",
    value=40,
    low=40,
    high=40,
    category=Category.INJURED,
    attribution="officials",
    as_of="2023-03-02",
)
W_KILLED = make_claim(
    WIRE, 1, "31", value=31, low=31, high=31, attribution="Emergency Ministry", as_of="2023-03-09"
)
W_EVACUATED = make_claim(
    WIRE,
    2,
    "2,000",
    value=2000,
    low=2001,
    high=None,
    qualifier=Qualifier.MORE_THAN,
    category=Category.EVACUATED,
    subject="residents",
    attribution="Emergency Ministry",
    as_of="2023-03-09",
)
V_KILLED = make_claim(
    VOICE,
    1,
    "Dozens",
    value=None,
    low=24,
    high=None,
    qualifier=Qualifier.VAGUE,
    attribution="volunteers",
)
V_EVACUATED = make_claim(
    VOICE,
    2,
    "About 500",
    value=500,
    low=450,
    high=550,
    qualifier=Qualifier.ABOUT,
    category=Category.EVACUATED,
    subject="residents",
    attribution="volunteers",
)
V_PROJECTED = make_claim(
    VOICE,
    3,
    "5,000",
    value=5000,
    low=5000,
    high=5000,
    category=Category.EVACUATED,
    subject="residents",
    attribution="volunteers",
    status=Status.PROJECTED,
)

KILLED = Fact(
    id="f1",
    label="people killed",
    category=Category.KILLED,
    subject="people",
    scope=None,
    verdict=Verdict.REVISED,
    sources=3,
    estimate=Estimate(low=12, best=31, high=31, rule="best: the latest attributed figure"),
    claims=(V_KILLED, H_KILLED, W_KILLED),
    latest=W_KILLED.id,
    note="revised from at least 12 (Mar 1) to 31 (Mar 9)",
    why=("same category killed", "subject 'people' ~ 'people' 100"),
)
EVACUATED = Fact(
    id="f2",
    label="residents evacuated",
    category=Category.EVACUATED,
    subject="residents",
    scope=None,
    verdict=Verdict.CONFLICT,
    sources=2,
    estimate=Estimate(low=450, best=2001, high=None, rule="ranges do not overlap"),
    claims=(V_EVACUATED, V_PROJECTED, W_EVACUATED),
    latest=W_EVACUATED.id,
)
INJURED = Fact(
    id="f3",
    label="people injured",
    category=Category.INJURED,
    subject="people",
    scope=None,
    verdict=Verdict.SINGLE,
    sources=1,
    estimate=Estimate(low=40, best=40, high=40, rule="one source"),
    claims=(H_INJURED,),
    latest=H_INJURED.id,
)

NAMES = (
    NameGroup(
        "Ana Petrova",
        EntityLabel.PERSON,
        (
            NameVariant("Ana Petrova", (HERALD.id,)),
            NameVariant("Anna Petrova", (WIRE.id,)),
        ),
    ),
    NameGroup(
        "Emergency Ministry", EntityLabel.ORG, (NameVariant("Emergency Ministry", (WIRE.id,)),)
    ),
)
QUOTES = (
    QuoteGroup(
        "Ana Petrova",
        (
            QuoteVariant("We will rebuild every home,", (HERALD.id,)),
            QuoteVariant("We will rebuild every single home,", (WIRE.id,)),
        ),
        "We will rebuild every [single] home,",
    ),
)
EVENTS = (
    EventGroup(
        "dam failure",
        Verdict.CONFLICT,
        (
            EventMention(HERALD.id, "2023-02-28", "on Tuesday"),
            EventMention(WIRE.id, "2023-03-01", "March 1", caption=True),
        ),
    ),
)
PROBLEMS = (
    LoadProblem("corpus/scan.pdf", "not text (a PDF); convert it to text first"),
    LoadProblem("corpus/old\x1b[5m.txt", "not UTF-8; read as cp1251", skipped=False),
)

REPORT = Report(
    documents=DOCUMENTS,
    facts=(INJURED, KILLED, EVACUATED),  # not in divergence order on purpose
    names=NAMES,
    quotes=QUOTES,
    events=EVENTS,
    problems=PROBLEMS,
)


def _span(doc: Document, text: str) -> tuple[int, int]:
    start = doc.body.index(text)
    return start, start + len(text)


_PETROVA = HERALD.body.index("Petrova said")

EXTRACTIONS = (
    Extraction(
        doc=HERALD.id,
        claims=(H_KILLED, H_INJURED),
        dates=(
            DateMention(
                "on Tuesday",
                *_span(HERALD, "on Tuesday"),
                date="2023-02-28",
                event="dam failed",
                relative=True,
            ),
        ),
        entities=(
            Entity("Ana Petrova", *_span(HERALD, "Ana Petrova"), EntityLabel.PERSON, "Ana Petrova"),
            Entity("Petrova", _PETROVA, _PETROVA + 7, EntityLabel.PERSON, "Ana Petrova"),
        ),
        quotes=(
            Quote(
                "We will rebuild every home,",
                *_span(HERALD, "We will rebuild every home,"),
                speaker="Ana Petrova",
            ),
        ),
    ),
    Extraction(doc=WIRE.id, claims=(W_KILLED, W_EVACUATED)),
    Extraction(doc=VOICE.id, claims=(V_KILLED, V_EVACUATED, V_PROJECTED)),
)

CORPUS = Corpus(documents=DOCUMENTS, problems=PROBLEMS)

QUANTITY_LINES = (
    (
        1,
        (
            Quantity("at least 12", 0, 11, 12, 12, None, Qualifier.AT_LEAST, Kind.COUNT),
            Quantity(
                "$1.5 million",
                30,
                42,
                1_500_000,
                1_500_000,
                1_500_000,
                Qualifier.EXACT,
                Kind.MONEY,
                unit="USD",
            ),
        ),
    ),
    (2, ()),
    (3, (Quantity("dozens", 4, 10, None, 24, None, Qualifier.VAGUE, Kind.COUNT),)),
)
