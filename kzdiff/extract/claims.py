"""Count claims: quantities that count people in the event.

Walks a document's sentences in order. For each count-kind quantity, the
figure's clause says what it counts and of what whole (``clause``), the rest
of the document says who gave it, as of when and whether the article stands
behind it (``claim_context``, ``attribution``). Here the pieces meet: parts
are linked to totals across sentences, a statement's source carries over to
the sentence that continues it, and ids are given out in body order.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from kzdiff.extract.attribution import (
    attribution_in_sentence,
    carry_to_restatements_and_parts,
    clean_source,
    inherit_same_figure,
    source_after,
)
from kzdiff.extract.claim_context import (
    DISEASE_PATTERN,
    DocContext,
    continues,
    given_as_false,
    status_of,
)
from kzdiff.extract.clause import (
    Found,
    accept,
    cue_at,
    find_in_sentence,
    has_own_cue,
    of_them_after,
    with_opener_category,
)
from kzdiff.extract.counted import (
    PAST_MONTHS,
    kind_in_clause,
    two_fates,
    window_figures,
    window_weekdays,
)
from kzdiff.extract.dates import weekday_on_or_before
from kzdiff.extract.relations import relate_figures
from kzdiff.extract.tables import (
    MIN_ROWS,
    leads_into_rows,
    line_starts,
    lines_after_rows,
    row_labels,
)
from kzdiff.extract.tokens import Token, contains_phrase, phrase_pattern, token_index, tokenize
from kzdiff.lexicon.attribution import (
    ALL_TOLD_OPENERS,
    ANY_BODY_WORDS,
    BACK_REFERENCES,
    GROUP_NAME_WORDS,
    ISSUED_WORDS,
    NAMED_BY_KIND,
    OUTLET_KIND_WORDS,
    OWN_NAME_WORDS,
    PART_SENTENCE_OPENERS,
    REVISED_DOWN_CUES,
    RIVAL_COUNTERS,
    ROLE_WORDS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    SUBORDINATORS,
)
from kzdiff.lexicon.categories import (
    AMONG_CUES,
    BACK_REFERENCE_NOUNS,
    DISEASE_KIND_PHRASES,
    DISEASE_NAMES,
    EVENT_KINDS,
    EVENT_NAMING_NOUNS,
    FACILITY_HEADS,
    FIGURELESS_TOLL_NOUNS,
    HUMAN_NOUNS,
    NOUN_CATEGORIES,
    VENUE_NAME_HEADS,
)
from kzdiff.lexicon.dates import MONTHS, WEEKDAYS
from kzdiff.lexicon.facts import (
    ADMIN_UNITS,
    BODY_NOUNS,
    COMPASS_ADJECTIVES,
    DEATH_CERTAINTIES,
    DISASTER_RELATED,
    EXCLUDED_SCOPE,
    NEIGHBOUR_ADJECTIVES,
    ONE_PLACE_NOUNS,
    SHARE_SCOPE,
)
from kzdiff.lexicon.names import KNOWN_PLACES, NATIONALITIES, WIDE_PLACES
from kzdiff.lexicon.sources import INDEPENDENT_CUES, names_international_body, names_news_outlet
from kzdiff.records import (
    Claim,
    DateMention,
    Document,
    Entity,
    Number,
    Quantity,
    Quote,
    Sentence,
)
from kzdiff.vocab import FATE_CATEGORIES, Category, Kind, Qualifier, Status

log = logging.getLogger(__name__)

_GENERAL_SUBJECT = "people"
# How far back a sentence's words reach for what they name again: "the group said", "Of
# them, 13 ...", "It includes ..." name a body or total of the paragraphs before, and a
# bounded look-back keeps a document of thousands of claims linear
_NAMED_REACH = 30  # claims


@dataclass(frozen=True, slots=True)
class _Draft:
    """A claim before ids are given out; ``whole`` indexes the draft it is part of."""

    found: Found
    sentence: Sentence
    attribution: str | None
    as_of: str | None
    status: Status
    background: bool
    whole: int | None


def extract_claims(
    doc: Document,
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    dates: Sequence[DateMention] = (),
    quotes: Sequence[Quote] = (),
    entities: Sequence[Entity] = (),
) -> tuple[Claim, ...]:
    """Every count claim in a document, in body order, with ids ``<doc>:c<n>``."""
    ctx = DocContext(doc, sentences, dates, quotes, entities, quantities)
    # an article that names a disease: its cases are people ("outbreak" or "virus" alone
    # may be of violence or of a computer)
    diseases = ctx.disease_names()
    epidemic = _names_a_disease(doc.body, len(diseases))
    # an article that names a disease or an outbreak even once: its ill are cases, not
    # people its event harmed (a plain substring test first: most tell of no one ill)
    illness_harms = _tells_of_illness(doc.body) and not (
        diseases or _EPIDEMIC_WORD.search(doc.body)
    )
    counts = sorted((q for q in quantities if q.kind is Kind.COUNT), key=lambda q: q.start)
    count_starts = [q.start for q in counts]
    body = doc.body
    drafts: list[_Draft] = []
    prev_attr: str | None = None
    prev_dated: str | None = None  # the day prev_attr's statement gave, where it said
    qpos = 0
    heading: Category | None = None  # what a fact sheet's heading counts, for its rows
    table: _Table | None = None  # the table whose rows the sentences are
    for si, s in enumerate(sentences):
        here: list[Quantity] = []
        while qpos < len(counts) and counts[qpos].start < s.end:
            if counts[qpos].start >= s.start:
                here.append(counts[qpos])
            qpos += 1
        low_text = s.text.lower()
        if not here:
            if si > 0 and drafts and drafts[-1].sentence is sentences[si - 1]:
                _source_given_after(drafts, s, body, ctx)
            heading = _heading_category(s.text) if len(s.text) <= _HEADING_CHARS else None
            if not continues(low_text):
                prev_attr = prev_dated = None
            continue
        bullet = s.text.lstrip()[:1] in _BULLETS
        heading_above = heading  # what the short line before names, for a table's rows
        if not bullet:
            heading = None
        tokens = tokenize(body, s.start, s.end)
        figure_end_at = _figure_ends(tokens, here)
        opening = _opening_place(s.text)  # "In Nantes, organisers counted 25,000"
        venue = _crowd_outside_a_venue(s.text)
        nxt = sentences[si + 1] if si + 1 < len(sentences) else None
        low_next = ""
        # counts are sorted: one bisect, not a scan of them all per sentence (quadratic)
        if (
            nxt is not None
            and nxt.block == s.block
            and not _count_within(counts, count_starts, nxt.start, nxt.end)
        ):
            words = nxt.text.lower().split()
            if contains_phrase(" ".join(words[:8]), BACK_REFERENCES):
                low_next = nxt.text.lower()
        found = with_opener_category(
            relate_figures(
                tokens,
                find_in_sentence(
                    tokens,
                    here,
                    epidemic=epidemic,
                    illness_harms=illness_harms,
                    new_lines=_new_lines(body, tokens, figure_end_at),
                ),
            ),
            tokens,
        )
        if heading is not None and bullet:
            # "Fatalities / • Due to earthquake: 489 (including 261 disaster-related)": a
            # row of a fact sheet counts what its heading names
            found = [
                replace(f, category=heading) if f.category is None and f.subject_head is None else f
                for f in found
            ]
        them = _opens_with_them(tokens)
        if (
            them
            and _bare_them(tokens)
            and si > 0
            and (not drafts or drafts[-1].sentence is not sentences[si - 1])
            and _count_within(counts, count_starts, sentences[si - 1].start, s.start)
        ):
            # "268,310 households were without water. Of them, 231,402 were in ...": the
            # parts of a count of things, no people
            continue
        if drafts and them:
            # "Of them, 13 are in intensive care": a part of the figure just given
            last = drafts[-1].found
            found = [
                # (not "..., and 40 houses collapsed": no people)
                replace(f, category=f.category or last.category, partitive=True)
                if f.subject_head is None
                or f.subject_head in HUMAN_NOUNS
                or f.subject_head in NOUN_CATEGORIES
                else f
                for f in found
            ]
        elif (
            drafts
            and (includes := _includes_back(low_text)) is not None
            and (category := _listed_under(includes, drafts[-1], sentences[si - 1])) is not None
        ):
            # "This number includes 91 in Suzu, 83 in Wajima ...": bare figures of places
            # listed under the total just given count what it counts ("children aged 8,
            # 12 and 13" count no one)
            found = [
                replace(f, category=category, partitive=True)
                if f.category is None and f.subject_head is None and f.scope is not None
                else f
                for f in found
            ]
        rows = row_labels(body, tokens, figure_end_at)
        table = _table_going_on(
            table, rows, (body, sentences, counts, count_starts), drafts, si, heading_above
        )
        table_total = (
            drafts[table.total_at] if table is not None and table.total_at is not None else None
        )
        if table is not None:
            found = _rows_of_table(found, rows, table_total, table.heading, body, tokens)
        draft_of: dict[int, int] = {}
        sentence_attr: str | None = None
        sentence_dated: str | None = None
        # read only where a figure refers back with no kind of its own (few sentences)
        voices = _Voices.of(tokens)
        gives_a_toll: bool | None = None  # whether the sentence names a toll, on first ask
        toll_before = any(f.refers_back and f.category is None for f in found) and (
            _toll_named_before(sentences, si, counts, count_starts)
        )
        for fi, f in enumerate(found):
            if f.refers_back and f.category is None and toll_before:
                # "The death toll ... continued to mount. Officials said it had crossed
                # 1,000": the toll the sentence before names, with no figure of its own
                f = replace(f, category=Category.KILLED, refers_back=False)
            if not accept(f) or (f.refers_back and f.category is None and not drafts):
                continue  # "the 40 figure" with no count before it to be
            # a row of a table listed under a count: that count's part, source and day
            row_total = table_total if f.qi in rows and f.partitive else None
            attribution = _attribute(ctx, tokens, f, s, prev_attr, voices)
            if attribution is not None and _rivals_official_count(body, s, f, attribution):
                # "168 died, rights groups said, more than double the official count of
                # 73": the official count is not the speaker's own
                attribution = None
            if row_total is not None and attribution is None:
                attribution = row_total.attribution
            if attribution is not None and ctx.place_reporting(s, attribution):
                # "Punjab reported 308 deaths": where, not who; the sentence may still
                # say who ("..., the disaster authority said")
                said = attribution_in_sentence(tokens, len(tokens), ctx.canon)
                if f.scope is None:
                    f = replace(f, scope=attribution)
                attribution = said if said and not ctx.is_place(said) else None
            if attribution is None and (
                continues(low_text) or (opening is not None and _may_carry(ctx, prev_attr, opening))
            ):
                attribution = prev_attr
            if attribution is None and f.category is Category.KILLED and gives_a_toll is None:
                gives_a_toll = _TOLL_WORD.search(low_text) is not None  # once a sentence
            if (
                attribution is None
                and f.category is Category.KILLED
                and gives_a_toll
                and _toll_named_before(sentences, si, counts, count_starts)
            ):
                # "The number of those killed has risen, according to the BBC. / The
                # number of those killed is now 431.": the toll the source gave rise
                # (a figure that names no toll, "Sixty were originally reported killed",
                # is another report's)
                attribution = ctx.named_source_of(si - 1)
            if f.scope is None and attribution is not None:
                f = replace(
                    f,
                    scope=opening
                    or _place_of_source(ctx, attribution)
                    or _speakers_own_region(ctx, attribution, _own_clause(body, s, found, fi)),
                )
            if attribution is not None and "false" in low_text and given_as_false(tokens, f):
                attribution = None  # "The junta said reports of 400 deaths were false"
            if attribution is not None:
                attribution = _named_before(attribution, drafts, ctx, f.q.start)
            sentence_attr = sentence_attr or attribution
            status = status_of(tokens, f, low_text, low_next)
            as_of = ctx.not_before_onset(s, ctx.as_of(s, low_text, f.q.start))
            if (
                as_of == ctx.report_day
                and prev_dated
                and attribution is not None
                and attribution == prev_attr
                and _CONTINUED_STATEMENT.search(low_text) is not None
            ):
                # "In a statement on Thursday, the ministry said ... . In Nahda Square, 90
                # died, the statement added": the same statement, of the same day
                as_of = prev_dated
            if f.category is Category.PARTICIPANTS:
                as_of = ctx.crowd_day(s, as_of)
            if row_total is not None:
                as_of = row_total.as_of
            if attribution is not None and as_of != ctx.report_day:
                sentence_dated = sentence_dated or as_of
            part = draft_of.get(f.part_of) if f.part_of is not None else None
            if f.scope is None and opening is not None:
                f = replace(f, scope=opening)  # "In Nantes, organisers counted 25,000"
            elif f.scope is None and venue is not None and f.category is Category.PARTICIPANTS:
                f = replace(f, scope=venue)  # "Outside Janapada Bhavan, two lakh gathered"
            if f.refers_back and drafts:
                last = drafts[-1].found
                if f.subject_head is None:
                    f = replace(
                        f,
                        category=last.category,
                        subject=last.subject,
                        subject_head=last.subject_head,
                    )
                else:
                    # "that figure was revised to 144 passengers": the count before, whose
                    # noun the figure names again
                    f = replace(f, category=last.category)
            if row_total is not None and table is not None:
                part = table.total_at
            if f.partitive and part is None:
                pronoun = of_them_after(tokens, f.qj)
                part = _earlier_total(drafts, f, anaphoric=them or f.refers_back, any_fate=pronoun)
            draft_of[fi] = len(drafts)
            background = ctx.is_background(s, f.q.start, f.q.end) or (
                f.category is Category.PARTICIPANTS and ctx.another_gathering(s, f.q.start, f.q.end)
            )
            drafts.append(_Draft(f, s, attribution, as_of, status, background, part))
        for fi, f in enumerate(found):
            # "46 out of the 205 patients": the whole comes after its part
            if f.part_of is not None and f.part_of > fi and fi in draft_of:
                n = draft_of[fi]
                drafts[n] = replace(drafts[n], whole=draft_of.get(f.part_of))
        _link_to_earlier_total(drafts, draft_of, low_text)
        _link_elliptical_siblings(drafts, draft_of, s)
        _share_the_rows_fate(drafts, draft_of, s)
        _share_elided_noun(drafts, draft_of, s)
        _link_dash_breakdown(drafts, draft_of, s)
        _link_rows_to_their_sum(drafts, draft_of)
        _link_rows_by_unit(drafts, draft_of, low_text)
        if si > 0 and _ALL_TOLD.match(low_text):
            _link_rows_to_a_total_after(drafts, draft_of, sentences[si - 1])
        kept = continues(low_text) or (
            opening is not None and _may_carry(ctx, sentence_attr or prev_attr, opening)
        )
        if sentence_attr is not None:
            same = sentence_attr == prev_attr
            prev_dated = sentence_dated or (prev_dated if same else None)
        elif not kept:
            prev_dated = None
        prev_attr = sentence_attr or (prev_attr if kept else None)
    lead_end = _lead_end(sentences)
    _parts_keep_the_wholes_fate(drafts)
    _bare_restatements(drafts)
    claims = _same_source_named_before(_finalise(doc, drafts, epidemic))
    claims = _headline_rows_as_the_body_reads_them(claims)
    claims = inherit_same_figure(claims, lead_end)
    claims = _share_in_headline(carry_to_restatements_and_parts(claims), lead_end)
    claims = _facility_rows(claims)
    return _repeated_headline(_victims_beyond_the_dead(claims))


# A table's row that names a facility and its figure: "Harbourside General Hospital: 33"
_FACILITY_ROW_LABEL = re.compile(
    r"\s*(?P<name>(?:[A-Z][\w'’.-]*\s+){0,5}(?:"
    + "|".join(sorted((h.capitalize() for h in FACILITY_HEADS), key=len, reverse=True))
    + r"))\s*[:–—-]\s*\Z"
)


def _facility_rows(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """'Lindenhaven Medical Center: 22 / Harbourside General Hospital: 33': rows of a
    table by facility count the people there; the facility is their place, not their
    noun ("Harbourside General") nor their source."""
    out = list(claims)
    for n, c in enumerate(out):
        label = c.sentence[: c.start - c.sentence_start]
        m = _FACILITY_ROW_LABEL.match(label)
        if m is not None and c.scope is None:
            name = m.group("name")
            source = None if c.attribution == name else c.attribution
            out[n] = replace(
                c, scope=name, subject=_default_subject(c.category), attribution=source
            )
    return tuple(out)


# "victims" counts the dead in most copy, and every casualty in some: "put the number of
# victims at 145" beside "the overall number of fatalities ... to 46"
_VICTIMS_BEFORE = re.compile(r"\bvictims\b[^.;:\d]{0,24}$", re.IGNORECASE)
_DEATH_WORDS = re.compile(
    r"\b(?:dead|died|die|deaths?|killed|killing|fatalit(?:y|ies)|toll|bodies|perished)\b",
    re.IGNORECASE,
)
# the dead given as a tally ("the overall number of fatalities ... to 46", "the number of
# dead is now 46"), not only a clause's own ("killed 46 people")
_DEATH_TALLY = re.compile(
    r"\b(?:death\s+toll|toll|(?:number|count|tally)\s+of\s+(?:the\s+)?"
    r"(?:dead|deaths|fatalities|people\s+killed|those\s+killed))\b",
    re.IGNORECASE,
)
_EVERYONE = frozenset({"people", "persons", "victims"})  # no group's rows: "31 Indians"
# a running toll: "the number of victims has reached 1,400", "had climbed to 90"
_VICTIMS_ROSE = re.compile(
    r"\b(?:reached|risen|rose|climbed|increased|grown|jumped|soared)\b", re.IGNORECASE
)
# victims that the sentence says were hurt too: "145, most of them treated for burns"
_HURT_TOO = re.compile(r"\b(?:treated|injured|wounded|hurt|burns|hospitali[sz]ed)\b", re.I)
_VICTIMS_OVER_DEAD = 2  # times the dead an article counts: a count of every casualty


def _before_figure(c: Claim) -> str:
    at = c.start - c.sentence_start
    return c.sentence[max(0, at - 60) : at]


def _only_victims(c: Claim) -> bool:
    """A count of the dead named only as victims ("145 victims", "the number of
    victims at 145")."""
    at = c.start - c.sentence_start
    before = c.sentence[max(0, at - 40) : at]
    after = c.sentence[at : at + len(c.text) + 12]
    named = (c.subject or "").lower().endswith("victims") or _VICTIMS_BEFORE.search(before)
    return bool(named) and not _DEATH_WORDS.search(before + after)


def _victims_beyond_the_dead(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """An article that counts its dead and, by that day or before, its victims at over
    twice as many, not as a toll that rose, counts every casualty as victims, where it
    gives the dead as a tally or says the victims were hurt too ("145 persons were
    affected and ... the number of dead is now 46"): those victims are another count,
    not a rival toll. A victims count above an earlier death count is its revision."""
    dead: list[tuple[str, Number, bool]] = []
    for c in claims:
        if (
            c.category is Category.KILLED
            and c.value is not None
            and not c.background
            and c.part_of is None
            and c.scope is None
            and (c.subject or "people").lower() in _EVERYONE
            and not _only_victims(c)
        ):
            dead.append((c.as_of or "", c.value, bool(_DEATH_TALLY.search(_before_figure(c)))))
    if not dead:
        return tuple(claims)
    out = []
    for c in claims:
        if (
            c.category is Category.KILLED
            and c.value is not None
            and (c.subject or "people").lower() in _EVERYONE
            and _only_victims(c)
        ):
            day = c.as_of or ""
            counted = [(v, tally) for on, v, tally in dead if on >= day]
            if (
                counted
                and c.value > _VICTIMS_OVER_DEAD * max(v for v, _ in counted)
                and not _VICTIMS_ROSE.search(c.sentence)
                and (any(tally for _, tally in counted) or _HURT_TOO.search(c.sentence))
            ):
                c = replace(c, category=Category.OTHER, subject="victims")
        out.append(c)
    return tuple(out)


def _same_source_named_before(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """'..., according to the same source', 'the same official said': the source the
    article named last before, or none where it named none."""
    out: list[Claim] = []
    named: list[str] = []  # the sources named so far, in order
    for c in claims:
        if c.attribution is not None:
            words = c.attribution.lower().removeprefix("the ").split()
            if len(words) == 2 and words[0] == "same" and words[1] in _SAME_SOURCE_NOUNS:
                c = replace(c, attribution=_last_of_its_kind(named, words[1]))
            if c.attribution is not None:
                named.append(c.attribution)
        out.append(c)
    return tuple(out)


def _last_of_its_kind(named: Sequence[str], noun: str) -> str | None:
    """The last source named that the noun fits: any for "source", one whose name holds
    "ministry" for "the same ministry" (none where the noun fits none: "the same
    official" after the Red Cross is left unsaid)."""
    if noun in ("source", "sources"):
        return named[-1] if named else None
    stem = noun.removesuffix("s")
    return next((n for n in reversed(named) if stem in n.lower()), None)


_SAME_SOURCE_NOUNS = SOURCE_NOUNS | ROLE_WORDS | {"source", "sources"}


def _headline_rows_as_the_body_reads_them(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """'600 killed, 2400 during rebels' city capture' over "in addition to the 600 people
    killed, 2,400 others were wounded": a headline's later row that only shares the fate
    of the row before it (a word dropped in the cut) takes the category the body gives
    the same figure, where the body gives it with one other category only."""
    if len(claims) < 3:
        return claims
    first = claims[0].sentence_start
    if claims[0].sentence.rstrip().endswith("."):
        return claims  # a sentence of prose, whose rows have their own words
    headline = [c for c in claims if c.sentence_start == first]
    body: dict[float, set[Category]] = defaultdict(set)
    for c in claims[len(headline) :]:
        if c.value is not None and c.category is not None:
            body[c.value].add(c.category)
    fixed = {}
    for before, c in pairwise(headline):
        told = body.get(c.value) if c.value is not None else None
        between = c.sentence[before.end - c.sentence_start : c.start - c.sentence_start]
        if (
            c.category is not None
            and c.part_of is None
            and c.scope is None  # "Quake kills 300, 120 in Tarvo": a row of its own
            and before.category is c.category
            # the next row: "600 killed, 2400"
            and between.rstrip().endswith((",", " and"))
            and len(between.split()) <= _HEADLINE_ROW_GAP
            and c.value is not None
            and c.value >= _HEADLINE_ROW_AT_LEAST
            and c.attribution is None
            and told is not None
            and len(told) == 1
            and c.category not in told
        ):
            fixed[c.id] = replace(c, category=next(iter(told)))
    return tuple(fixed.get(c.id, c) for c in claims) if fixed else claims


_HEADLINE_ROW_AT_LEAST = 10  # a small figure recurs by chance ("two killed", "two hurt")
_HEADLINE_ROW_GAP = 3  # words between a row's figure and the next: " people killed,"


def _repeated_headline(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """A page that prints its headline again further down (under a photo, after the
    lead) repeats its figures: each takes the source and date the headline's figure in
    the same place took ("Calteca volcano: At least 18 dead" twice, the first borrowing
    "officials" from the lead). One pass over the claims."""
    if not claims:
        return tuple(claims)
    first = claims[0].sentence_start
    headline = claims[0].sentence.strip()
    given = [c for c in claims if c.sentence_start == first]
    out: list[Claim] = []
    at, nth = -1, 0  # the repeated sentence being read, and its figure's place in it
    for c in claims:
        if c.sentence_start != first and c.sentence.strip() == headline:
            nth = nth + 1 if c.sentence_start == at else 0
            at = c.sentence_start
            h = given[nth] if nth < len(given) else None
            if (
                c.attribution is None
                and h is not None
                and h.text == c.text
                and h.attribution is not None
            ):
                c = replace(c, attribution=h.attribution, as_of=h.as_of)
        out.append(c)
    return tuple(out)


def _share_in_headline(claims: Sequence[Claim], lead_end: int) -> tuple[Claim, ...]:
    """'China says quake school toll over 19,000' over "... killed more than 19,000 people,
    nearly a quarter of the total deaths": a headline or lead figure the body gives again
    as a share of the total is that share, where no figure of that value and category
    stands as a total in the body. Background figures decide nothing. Two passes."""
    shares: set[tuple[object, ...]] = set()
    totals: set[tuple[object, ...]] = set()
    for c in claims:
        if c.value is None or c.background:
            continue
        key: tuple[object, ...] = (c.value, c.category)
        if c.scope == SHARE_SCOPE:
            shares.add(key)
        elif c.scope is None and c.start >= lead_end:
            totals.add(key)
    shares -= totals
    if not shares:
        return tuple(claims)
    return tuple(
        replace(c, scope=SHARE_SCOPE)
        if c.start < lead_end
        and c.scope is None
        and not c.background
        and (c.value, c.category) in shares
        else c
        for c in claims
    )


# the words between a figure and the dash (or comma) that opens its breakdown: its noun
# and verb ("85 people—46 women and 39 men—", "The 20 killed, 12 women and eight men,")
_DASH_OPEN = re.compile(r"^[^\d—–.;:,()]{0,60}[—–,(:](?:\s*with)?\s*$")
_DASH_MARKS = ("—", "–")
_DASH_ROWS = 12


def _link_dash_breakdown(drafts: list[_Draft], draft_of: Mapping[int, int], s: Sentence) -> None:
    """'85 people—46 women and 39 men—were confirmed dead', '94 bodies had been
    recovered — 54 women and 40 men —', 'four people died, with three deaths in Cali and
    one in Yumbo': figures set off by dashes or a comma right after a figure, adding up
    to it, are its breakdown: its parts, of its category."""
    rows = [draft_of[k] for k in sorted(draft_of)]
    for k, n in enumerate(rows):
        whole = drafts[n]
        value = whole.found.q.value
        if value is None or whole.found.q.low != whole.found.q.high:
            continue
        gap_end = drafts[rows[k + 1]].found.q.start if k + 1 < len(rows) else None
        if gap_end is None:
            return
        gap = s.text[whole.found.q.end - s.start : gap_end - s.start]
        if not _DASH_OPEN.match(gap):
            continue
        if k > 0:
            before = s.text[
                drafts[rows[k - 1]].found.q.end - s.start : whole.found.q.start - s.start
            ]
            if before.rstrip().endswith(",") and _DASH_OPEN.match(before):
                continue  # "31 Indians, 12 French, 3 Dutch, two Swiss and one Canadian": a row
        inside: list[int] = []
        total = 0.0
        # a breakdown set off in one sentence has a few rows: reading at most
        # _DASH_ROWS keeps a sentence of thousands of figures linear
        for m in rows[k + 1 : k + 1 + _DASH_ROWS]:
            row = drafts[m]
            if row.found.q.value is None or row.whole is not None:
                break
            if row.found.category not in (
                None,
                Category.OTHER,
                Category.TROOPS,  # "killed 12 people (eight civilians and four soldiers)"
                whole.found.category,
            ):
                break  # "20 killed, 12 injured and 8 missing": other fates, no breakdown
            inside.append(m)
            total += float(row.found.q.value)
            after = s.text[row.found.q.end - s.start :]
            if after.lstrip()[:1] in (*_DASH_MARKS, ",") or total >= value:
                break
        if len(inside) >= 2 and total == value:
            category = whole.found.category
            for m in inside:
                found = drafts[m].found
                drafts[m] = replace(
                    drafts[m], whole=n, found=replace(found, category=category or found.category)
                )


def _link_elliptical_siblings(
    drafts: list[_Draft], draft_of: Mapping[int, int], s: Sentence
) -> None:
    """'17 of the dead were from Abaco and three from Grand Bahama': a figure with no
    noun of its own, joined by "and" to a part of a whole, is a part of that whole too."""
    rows = [draft_of[k] for k in sorted(draft_of)]
    for a, b in pairwise(rows):
        first, second = drafts[a], drafts[b]
        if (
            first.whole is None
            or second.whole is not None
            or second.found.subject is not None
            or second.found.category is not first.found.category
        ):
            continue
        between = s.text[first.found.q.end - s.start : second.found.q.start - s.start]
        # "..., and three from"; "84 of them are in the government hospital, while nine
        # are in a private one"
        joined = between.lower().rstrip().endswith((" and", ",", " while"))
        if joined and first.whole != b and not any(ch.isdigit() for ch in between):
            drafts[b] = replace(second, whole=first.whole)


# "25 in Crescent Bay Hospital": a row that names only a facility where its people are
_FACILITY_ROW = re.compile(
    r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?:Hospital|Clinic|Infirmary|Centre|Center|Mortuary|Morgue)\b"
    r"(?:\s+in\s+(?:[A-Z][\w'’-]*\s*){1,3})?"  # "... Hospital in North Vessamar"
    # and no verb of its own ("and 30 at Royal Victoria Hospital are in critical
    # condition" are the injured)
    r"(?=\s*(?:[,;.]|\band\b|$))"
)


def _share_the_rows_fate(drafts: list[_Draft], draft_of: Mapping[int, int], s: Sentence) -> None:
    """'Five more died at city hospitals, 25 in Crescent Bay Hospital, seven in Dunmar
    Government Hospital': rows that name only the facility, listed after a count of the
    dead, count the dead there, not the injured its name's "Hospital" would make them."""
    rows = [draft_of[k] for k in sorted(draft_of)]
    for a, b in pairwise(rows):
        first, second = drafts[a].found, drafts[b].found
        if first.category is not Category.KILLED or second.category is not Category.INJURED:
            continue
        between = s.text[first.q.end - s.start : second.q.start - s.start]
        after = s.text[second.q.end - s.start :]
        if (
            between.lower().rstrip().endswith((" and", ","))
            and not any(ch.isdigit() for ch in between)
            and second.subject is None
            and _FACILITY_ROW.match(after)
        ):
            drafts[b] = replace(drafts[b], found=replace(second, category=Category.KILLED))


# "803 were logged in state-run health facilities", "242 in private hospitals": where the
# part of a count was made, not what befell it
_IN_A_CARE_PLACE = (
    r"(?:in|at)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:hospitals?|facilities|facility|clinics?|morgues?|mortuar(?:y|ies))\b"
)
_WHERE_LOGGED = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    rf"(?:logged|recorded|reported|registered|counted|confirmed)\s+{_IN_A_CARE_PLACE}",
    re.IGNORECASE,
)
# the next row of such a list, its verb elided: "and 242 in private hospitals"
_LOGGED_ROW = re.compile(rf"\s+{_IN_A_CARE_PLACE}", re.IGNORECASE)


# the only shape a restatement is read in: "Of the 44 people, 33 were men": the sentence
# opens on the count and its bare noun, a comma after
_OF_THE_OPENING = re.compile(r"[\"“‘']?Of\s+the\s+", re.IGNORECASE)
_BARE_PEOPLE = re.compile(r"\s+(?:people|persons),")


def _bare_restatements(drafts: list[_Draft]) -> None:
    """'... 44 people died inside a lorry trailer. / Of the 44 people, 33 were men and 11
    were women': a sentence opening on "Of the N people," where the article gave N (the
    same value, given the same way: not "49" after "more than 49") a fate before restates
    that count, and its rows with no word of their own share its fate. Only in that shape:
    "A team of 6 people", "the crew of 15 people", "Of the 12 people on its steering
    committee" are other groups of the same size."""
    fates: dict[object, Category] = {}
    for i, d in enumerate(drafts):
        f = d.found
        if d.background or f.q.value is None:
            continue
        if f.category in FATE_CATEGORIES:
            fates.setdefault((f.q.value, f.q.qualifier), f.category)
            continue
        if (
            f.category not in (None, Category.OTHER)
            or f.cue_index is not None
            or f.subject_head not in ("people", "persons")
            or (fate := fates.get((f.q.value, f.q.qualifier))) is None
        ):
            continue
        s = d.sentence
        at, end = f.q.start - s.start, f.q.end - s.start
        if not (_OF_THE_OPENING.fullmatch(s.text, 0, at) and _BARE_PEOPLE.match(s.text, end)):
            continue  # "A team of 6 people", "a factory which employs more than 200 people"
        drafts[i] = replace(d, found=replace(f, category=fate))
        for k in range(i + 1, len(drafts)):
            part = drafts[k]
            if (
                part.whole == i
                and part.found.category in (None, Category.OTHER)
                and part.found.cue_index is None
            ):
                drafts[k] = replace(part, found=replace(part.found, category=fate))


def _parts_keep_the_wholes_fate(drafts: list[_Draft]) -> None:
    """'Out of the 1,045 deaths in Vessamar, 803 were logged in state-run health
    facilities and 242 in private hospitals': a part of a count of the dead that names
    only where it was counted counts the dead, not the injured its "hospitals" makes it."""
    logged: int | None = None  # the whole of the last part said to be logged so
    for i, d in enumerate(drafts):
        f = d.found
        if d.whole is None or f.category is not Category.INJURED:
            continue
        if drafts[d.whole].found.category is not Category.KILLED:
            continue
        after = d.sentence.text[f.q.end - d.sentence.start :]
        if _WHERE_LOGGED.match(after) or (logged == d.whole and _LOGGED_ROW.match(after)):
            drafts[i] = replace(d, found=replace(f, category=Category.KILLED))
            logged = d.whole


def _share_elided_noun(drafts: list[_Draft], draft_of: Mapping[int, int], s: Sentence) -> None:
    """'seven staff of the World Food Programme and two from the Office of the High
    Commissioner': a row with no noun of its own, "N from" a body or place after a row
    with one, counts what that row counts (its head noun: staff)."""
    rows = [draft_of[k] for k in sorted(draft_of)]
    for a, b in pairwise(rows):
        first, second = drafts[a].found, drafts[b].found
        if (
            # (a figure that refers back may have copied the row's whole phrase: "staff of
            # the World Food Programme" is not what "two from the Office" are)
            second.subject not in (None, first.subject)
            or first.subject_head is None
            or second.category is not first.category
        ):
            continue
        between = s.text[first.q.end - s.start : second.q.start - s.start]
        after = s.text[second.q.end - s.start : second.q.end - s.start + 6]
        if (
            between.lower().rstrip().endswith((" and", ","))
            and not any(ch.isdigit() for ch in between)
            and after.startswith(" from ")
        ):
            found = replace(second, subject=first.subject_head, subject_head=first.subject_head)
            drafts[b] = replace(drafts[b], found=found)


# "In Sierra Leone, 1,169 people had died": the next row of a breakdown by place, which
# the source of the rows before it keeps giving
_PLACE_ROW = re.compile(
    # ("Outside Tarvo, another 30 were killed" counts no one in Tarvo)
    r"[\"“‘']?(?:In|For|Across|Inside) (?:the )?"
    r"([A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,3},"
)
_NOT_PLACES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"total", "all", "addition", "contrast"}


def _new_lines(body: str, tokens: Sequence[Token], figure_at: Mapping[int, int]) -> list[int]:
    """The tokens that open a line with a dateline ("Colombo (AFP/Reuters):"): a
    headline above it ends there, whatever the paragraph's lines were joined into; and
    those that open a line after a table's row ("Charlotte – 7 / Collier – 7")."""
    datelines = [
        k
        for k in range(1, len(tokens))
        if tokens[k].is_capitalised
        and "\n" in body[tokens[k - 1].end : tokens[k].start]
        and any(t.text in ("(", ":", "—", "–") for t in tokens[k + 1 : k + 4])
    ]
    return sorted({*datelines, *lines_after_rows(body, tokens, figure_at)})


@dataclass(frozen=True, slots=True)
class _Table:
    """Rows of figures under a count (``total_at``, its draft's index) or under a heading
    that names what they count; ``through``: the index of its last row's sentence so far."""

    total_at: int | None
    heading: Category | None
    through: int


def _table_going_on(
    table: _Table | None,
    rows: Mapping[int, str],
    ctx: tuple[str, Sequence[Sentence], Sequence[Quantity], list[int]],
    drafts: Sequence[_Draft],
    si: int,
    heading_above: Category | None,
) -> _Table | None:
    """The table sentence ``si`` is a row of (its ``rows``): the one before goes on to
    it, or a table starts under the count or the heading just before, where a second row
    follows (in this sentence, or as the next line); None where it is no row. ``ctx``:
    the body, its sentences, its counts and their starts."""
    if not rows:
        return None
    if table is not None and table.through == si - 1:
        return replace(table, through=si)
    body, sentences, counts, count_starts = ctx
    start = _Table(_total_over_rows(drafts, sentences[si - 1]) if si else None, heading_above, si)
    if start.total_at is None and start.heading is None:
        return None
    if len(rows) < MIN_ROWS and not _row_follows(body, sentences, si, counts, count_starts):
        return None
    return start


def _row_follows(
    body: str, sentences: Sequence[Sentence], si: int, counts: Sequence[Quantity], starts: list[int]
) -> bool:
    """The sentence after ``si`` is a table's row too: "Charlotte – 7 / Collier – 7",
    where a page gives each row a line of its own."""
    if si + 1 >= len(sentences):
        return False
    nxt = sentences[si + 1]
    tokens = tokenize(body, nxt.start, nxt.end)
    i = bisect_left(starts, nxt.start)
    j = i
    while j < len(counts) and counts[j].start < nxt.end:
        j += 1
    return bool(row_labels(body, tokens, _figure_ends(tokens, counts[i:j])))


def _figure_ends(tokens: Sequence[Token], counts: Sequence[Quantity]) -> dict[int, int]:
    """Each figure's first token -> the index just past its last."""
    return {token_index(tokens, q.start): token_index(tokens, q.end) for q in counts}


def _total_over_rows(drafts: Sequence[_Draft], before: Sentence) -> int | None:
    """The count a table's rows are listed under: the last one of the sentence just
    before, where the rest of that sentence points at the lines below ("There are now
    112 deaths ... from the counties below.")."""
    if not drafts or drafts[-1].sentence is not before:
        return None
    total = drafts[-1]
    if total.whole is not None or total.background:
        return None
    return (
        len(drafts) - 1
        if leads_into_rows(before.text[total.found.q.end - before.start :])
        else None
    )


def _rows_of_table(
    found: Sequence[Found],
    rows: Mapping[int, str],
    total: _Draft | None,
    heading: Category | None,
    body: str,
    tokens: Sequence[Token],
) -> list[Found]:
    """A table's rows that name no kind of their own count what the total they are
    listed under counts (its parts, one per label, none above the total), else what the
    heading above names; the label is the row's group. A label that names a kind
    ("Missing – 12", "Evacuees – 9,000") is a count of its own, no group of the total."""
    category = total.found.category if total is not None else heading
    starts = line_starts(body, tokens)
    out = list(found)
    for k, f in enumerate(found):
        if f.qi not in rows or f.category is not None or f.subject_head is not None:
            continue
        row_start = starts[bisect_right(starts, f.qi) - 1]
        if any(cue_at(tokens, m) is not None for m in range(row_start, f.qi)):
            continue
        if total is not None and (f.q.value or 0) > (total.found.q.value or 0):
            continue  # "Homes without power – 900,000" under 40 dead: no row of theirs
        out[k] = replace(
            f,
            category=category,
            subject=total.found.subject if total is not None else None,
            subject_head=None,
            scope=rows[f.qi],
            partitive=total is not None,
            listed=True,
        )
    return out


def _may_carry(ctx: DocContext, source: str | None, place: str) -> bool:
    """'Police counted 30,000 in Paris. In Nantes, 25,000.': a sentence opening on a
    place is the next row of the statement before, unless that statement's source is
    named by another place it serves ("Officials in Chicago counted 85,000. In Boston,
    50,000 ...": Chicago's officials do not count Boston)."""
    if source is None:
        return False
    served = _place_of_source(ctx, source)
    # a country's or a region's body counts its cities ("Authorities in France said ... In
    # Nantes, 25,000"); a city's counts only itself
    return served is None or served == place or served.lower() in WIDE_PLACES


def _place_of_source(ctx: DocContext, source: str) -> str | None:
    """'Police in Cali reported 12 deaths', 'authorities in Mozambique said 20 died': a
    body named by the place it serves counts that place's figures."""
    head, sep, place = source.rpartition(" in ")
    if not sep or not head or head.split()[-1].lower() not in SOURCE_NOUNS:
        return None
    if names_international_body(head) and head.split()[-1].lower() in _SEATS:
        return None  # "the UN humanitarian office in Vienna": where it sits
    first, _, rest = place.partition(" ")
    if rest and (first in NEIGHBOUR_ADJECTIVES or first in COMPASS_ADJECTIVES):
        place = rest  # "authorities in neighbouring Mozambique"
    return place if ctx.is_place(place) else None


# the words of a body's seat: "the UN office in Vienna" (not "UN officials in Khartoum",
# "Red Cross volunteers in Derna": staff where the figures are)
_SEATS = frozenset({"office", "offices", "headquarters", "bureau", "secretariat"})

# "the violence that has swept through his province": the region the speaker serves
_OWN_REGION = re.compile(
    r"\b(?:his|her|their|its) (?:" + "|".join(sorted(ADMIN_UNITS | {"city"})) + r")\b"
)


def _own_clause(body: str, s: Sentence, found: Sequence[Found], fi: int) -> str:
    """The words of a sentence that are figure ``fi``'s alone: from the figure before it
    to the figure after it ("72 died across the country, including 19 in his province")."""
    start = found[fi - 1].q.end if fi > 0 else s.start
    end = found[fi + 1].q.start if fi + 1 < len(found) else s.end
    return body[start:end]


def _speakers_own_region(ctx: DocContext, source: str, clause: str) -> str | None:
    """'Gauteng premier David Makhura said the deaths in his province stood at 19': a
    regional official's figure for "his province" is that place's, the place his title
    opens with; only where the figure's own words say so."""
    if _OWN_REGION.search(clause) is None:
        return None
    words = source.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        place = " ".join(words[:n])
        known = ctx.is_place(place) or place.lower() in KNOWN_PLACES
        if known and words[n].lower() in ROLE_WORDS:
            return place
    return None


def _opening_place(text: str) -> str | None:
    """'In Sierra Leone, 1,169 people had died': the place a sentence opens with ("In
    March, 40 people were killed" opens with a time); 'In just one church, ...': one
    place among the event's, named or not."""
    one = _ONE_PLACE.match(text)
    if one is not None and one.group(1) in ONE_PLACE_NOUNS:
        return f"one {one.group(1)}"  # not "In a single day, 22 were killed"
    m = _PLACE_ROW.match(text)
    if m is None or m.group(1).lower() in _NOT_PLACES:
        return None
    return text[m.start(1) : m.end() - 1]


def _crowd_outside_a_venue(text: str) -> str | None:
    """'Outside Janapada Bhavan, nearly two lakh people had gathered': the venue a
    sentence opens with, for its crowd only ("Outside Tarvo, another 30 were killed", a
    town, counts no one there; "Outside the Palace, the minister said 3,000 were
    displaced" is where he spoke)."""
    outside = _OUTSIDE_A_VENUE.match(text)
    if outside is None or outside.group(2).lower() not in VENUE_NAME_HEADS:
        return None
    return outside.group(1)


_OUTSIDE_A_VENUE = re.compile(
    r"[\"“‘']?(?:Outside|Near) (?:the )?((?:[A-Z][\w'’-]*\s){0,3}([A-Z][\w'’-]*)),"
)


# A sentence that goes on with the statement before it: "..., the statement added", "the
# update also said", "he added", not a new statement of the same source
_CONTINUED_STATEMENT = re.compile(
    r"\b(?:added|adding|continued|went on to say)\b|\bthe\s+(?:"
    + "|".join(sorted(ISSUED_WORDS))
    + r")\s+(?:also\s+)?(?:said|says|stated|showed|shows)\b"
)

# "In just one church, ...", "At a single hospital, ...", a quote's "“In one hospital by
# itself, we have counted 64 bodies”": a count of one of the event's places, a row of
# its total, not the total
_ONE_PLACE = re.compile(r"[\"“‘']?(?:In|At) (?:just |only )?(?:one|a single) ([a-z]{3,20})\b")


_DISEASE_KIND = re.compile(r"\b(?:" + phrase_pattern(DISEASE_KIND_PHRASES) + r")\b", re.IGNORECASE)
_EPIDEMIC_WORD = re.compile(r"\b(?:outbreak|epidemic|pandemic|infect\w*|virus)\b", re.IGNORECASE)
# a disease named beside a figure: "cholera cases and 287 related deaths", "40 have died of
# cholera"
_DISEASES = "|".join(sorted(DISEASE_NAMES, key=len, reverse=True))
_DISEASE_NEAR = re.compile(rf"\b(?:{_DISEASES})\b", re.IGNORECASE)
_DISEASE_REACH = 32  # characters either side of the figure
_RELATED_AFTER = re.compile(r"\s+(?:related|-related)\b", re.IGNORECASE)
# the disease in the figure's own phrase: "40 people have died of cholera", "287 cholera
# deaths" (not "killed 287 people and damaged cholera clinics")
_DIED_OF_A_DISEASE = re.compile(
    r"\s+(?:(?:(?:people|persons|more|others|have|has|had|now|since|reportedly)\s+){0,3}"
    r"(?:died|deaths?|dead|fatalities)\s+(?:of|from)\s+"
    rf"(?:suspected\s+)?(?:{_DISEASES})|(?:{_DISEASES})(?:-related)?\s+(?:deaths|fatalities))\b",
    re.IGNORECASE,
)


def _of_a_disease(sentence: str, at: int, end: int) -> bool:
    """Whether the figure counts a disease's dead: the disease after it ("have died of
    cholera", "287 cholera deaths"), or before it where "related" follows it ("cholera
    cases and 287 related deaths"); not "Cholera has killed 300 people", an outbreak's
    toll in a brief that names it once."""
    if _DIED_OF_A_DISEASE.match(sentence, end, end + _DISEASE_REACH):
        return True
    return (
        _RELATED_AFTER.match(sentence, end) is not None
        and _DISEASE_NEAR.search(sentence, max(0, at - _DISEASE_REACH), at) is not None
    )


def _of_another_kind(sentence: str) -> bool:
    """Whether a sentence of an outbreak's article names a kind of event besides it ("in
    storms across the country"), not the disease itself ("Over the past three months, it
    has killed 160")."""
    return not _of_the_outbreak(sentence) and _names_an_event_kind(sentence)


_WORD_RE = re.compile(r"[a-z]+")


def _names_an_event_kind(text: str) -> bool:
    """Whether a text names a kind of event that is no outbreak ("floods", "quake")."""
    return any(
        EVENT_KINDS.get(w, EVENT_KINDS.get(w.removesuffix("s"))) not in (None, "epidemic")
        for w in _WORD_RE.findall(text.lower())
    )


def _of_the_outbreak(sentence: str) -> bool:
    """Whether a sentence speaks of the disease or its outbreak."""
    return (
        DISEASE_PATTERN.search(sentence) is not None or _EPIDEMIC_WORD.search(sentence) is not None
    )


def _tells_of_illness(body: str) -> bool:
    """Whether a word of ILLNESS_CUE_WORDS may be in the body (a headline's capital too)."""
    return any(w in body for w in _ILLNESS_SUBSTRINGS)


_ILLNESS_SUBSTRINGS = (" ill", " Ill", "sick", "Sick", "fell", "Fell")


def _names_a_disease(body: str, names: int) -> bool:
    """An article about a disease (``names``: how often it names one from the lexicon)
    names it twice, or names it beside an outbreak; a passing mention ("despite COVID-19
    rules") does not make a protest's "one case" a patient. A name no list holds is a
    disease's by its kind ("Soreni virus disease")."""
    # (substring tests first: most articles name no disease at all)
    by_kind = _up_to_two(_DISEASE_KIND, body) if _may_name_kind(body) else 0
    named = by_kind + min(names, 2)
    return named >= 2 or (named == 1 and _EPIDEMIC_WORD.search(body) is not None)


# the last words of the disease-kind phrases, as a body may case them
_DISEASE_KIND_ENDS = tuple(
    form
    for word in sorted({phrase.split()[-1] for phrase in DISEASE_KIND_PHRASES})
    for form in (word, word.capitalize(), word.upper())
)


def _may_name_kind(body: str) -> bool:
    """Whether a body may name a disease by its kind: a substring test that spares most
    articles the scan of every position."""
    return any(end in body for end in _DISEASE_KIND_ENDS)


def _up_to_two(pattern: re.Pattern[str], body: str) -> int:
    """How many times ``pattern`` matches ``body``, counting no further than two."""
    return sum(1 for _ in zip(range(2), pattern.finditer(body), strict=False))


def _toll_named_before(
    sentences: Sequence[Sentence], si: int, counts: Sequence[Quantity], count_starts: list[int]
) -> bool:
    """The sentence before (news gives each its own paragraph) names a death toll and
    gives no figure."""
    if si == 0:
        return False
    prev = sentences[si - 1]
    return (
        not _count_within(counts, count_starts, prev.start, prev.end)
        and contains_phrase(prev.text.lower(), FIGURELESS_TOLL_NOUNS) is not None
    )


# a figure given as a toll: "the toll", or a toll's noun figureless sentences name
_TOLL_WORD = re.compile(r"\btoll\b|\b(?:" + phrase_pattern(FIGURELESS_TOLL_NOUNS) + r")\b")


_LEAD_SENTENCES = 3  # a headline, a standfirst and the first sentence of the body
_PROSE_WORDS = 4  # with a full stop: a sentence, not a line of page furniture or a headline
# lines above the first sentence that a headline may sit under (a digest page of headline
# lines is no lead of one story)
_FURNITURE_LINES = 8


def _lead_end(sentences: Sequence[Sentence]) -> int:
    """Where a document's headline and lead end: the figures that may borrow a source.
    Three sentences, or to the first sentence of prose where page furniture ("Grab this
    Headline Animator", a date line, a section name) stands above the headline."""
    if not sentences:
        return 0
    end = sentences[min(_LEAD_SENTENCES, len(sentences)) - 1].end
    prose = next(
        (
            s
            for s in sentences[:_FURNITURE_LINES]
            if len(s.text.split()) >= _PROSE_WORDS and s.text.rstrip()[-1:] in ".!?\"”'"
        ),
        None,
    )
    return max(end, prose.end) if prose is not None else end


_BACK_PARTITIVES = (
    ("of", "them"),
    ("of", "those"),
    ("among", "them"),
    ("of", "these"),
    ("of", "that", "number"),
    ("of", "this", "number"),
    ("of", "the", "total"),
    # "Out of the number, 127 were killed in Wandai ..., 16 in Pashen ..."
    ("out", "of", "the", "number"),
    ("out", "of", "that", "number"),
    ("out", "of", "the", "total"),
    ("out", "of", "these"),
    ("out", "of", "them"),
    ("of", "the", "number"),
)
_PARTITIVE_REACH = 12  # tokens: "The office specified that, of the total, only 17 ..."


def _bare_them(tokens: list[Token]) -> bool:
    """'Of them, ...', 'Of these, ...': an opener that names nothing of its whole (not
    'Of those detained, ...')."""
    return (
        len(tokens) > 2 and (tokens[0].low, tokens[1].low) in _BARE_THEM and tokens[2].text == ","
    )


_BARE_THEM = frozenset({("of", "them"), ("of", "these"), ("among", "them"), ("among", "these")})


def _opens_with_them(tokens: list[Token]) -> bool:
    """'Of them, 13 ...', 'Of that number, officers recovered 52 ...', 'The office said
    that, of the total, 17 ...': the figures that follow are parts of the one just given.
    The phrase opens the sentence or a clause set off before its figures."""
    for k in range(min(len(tokens), _PARTITIVE_REACH)):
        if k and not (tokens[k - 1].text == "," or tokens[k - 1].low == "that"):
            continue
        for phrase in _BACK_PARTITIVES:
            end = k + len(phrase)
            if tuple(t.low for t in tokens[k:end]) == phrase and (
                k == 0 or (end < len(tokens) and tokens[end].text == ",")
            ):
                return True
        if tokens[k].text[0].isdigit():
            return False  # past the first figure: a phrase after it is no opener
    return False


def _count_within(counts: Sequence[Quantity], starts: list[int], start: int, end: int) -> bool:
    i = bisect_left(starts, start)
    return i < len(counts) and counts[i].start < end


def _earlier_total(
    drafts: Sequence[_Draft], f: Found, *, anaphoric: bool, any_fate: bool = False
) -> int | None:
    """The total of the same category before this part that can contain it: after "Of
    them" the most recent one; after "among the dead", "14 of the dead" the largest,
    as "the dead" are all the event's dead, not the last church's 25. ``any_fate``: the
    part names its whole by a pronoun ("About 600 migrants tried to cross. At least 27
    of them have died"), where no count of its own fate comes before, the last count."""
    best: int | None = None
    for m in range(len(drafts) - 1, max(-1, len(drafts) - 1 - _NAMED_REACH), -1):
        whole = drafts[m].found
        if (
            whole.category is f.category
            and not whole.partitive
            and not drafts[m].background
            # a whole that can hold the part: "As many as 93 ... About 84 of them" (an
            # upper bound holds what is below it)
            and (whole.q.high is None or (f.q.low or 0) <= whole.q.high)
        ):
            if anaphoric:
                return m
            if best is None or _size(whole) > _size(drafts[best].found):
                best = m
    if best is None and any_fate and drafts:
        last = drafts[-1]
        if (
            not last.found.partitive
            and not last.background
            and (last.found.q.high is None or (f.q.low or 0) <= last.found.q.high)
        ):
            return len(drafts) - 1  # no count of their fate before: the last count of them
    return best


# "By province, 64 people were confirmed dead in Calderra, 52 in Vessmoor and 23 in
# Linnholt": a breakdown of a total stated before, by a kind of place
_BY_UNIT = re.compile(
    r"(?:broken down |and )?by (?:"
    + "|".join(sorted({*ADMIN_UNITS, "country", "city", "town", "area", "nationality"}))
    + r")\b"
)


def _link_rows_by_unit(drafts: list[_Draft], draft_of: dict[int, int], low_text: str) -> None:
    """A sentence opening "By province," lists rows of the last total of their category
    before it, each row in its place (rows that need not add up to it: the article may
    leave out the smaller places)."""
    if not draft_of or _BY_UNIT.match(low_text) is None:
        return
    first = min(draft_of.values())
    for n in sorted(draft_of.values()):
        draft = drafts[n]
        f = draft.found
        if draft.whole is not None or f.scope is None:
            continue
        for m in range(first - 1, max(-1, first - 1 - _NAMED_REACH), -1):
            whole = drafts[m]
            if whole.found.category is not f.category or whole.background:
                continue
            if whole.found.scope is None and whole.whole is None:
                if whole.found.q.high is None or (f.q.low or 0) <= whole.found.q.high:
                    drafts[n] = replace(draft, whole=m)
                break


_MIN_ROWS = 3  # two figures adding up to a third is as often chance as a breakdown


def _link_rows_to_their_sum(drafts: list[_Draft], draft_of: dict[int, int]) -> None:
    """'The dead are from Nairobi (21), Nakuru (3), ...': a sentence's figures of one
    category that add up exactly to a total given before it are that total's breakdown,
    as news lists the rows under the total it has just stated."""
    rows = [n for n in sorted(draft_of.values()) if drafts[n].whole is None]
    if len(rows) < _MIN_ROWS:
        return
    # rows and total may both leave the category to the default: "The flight carried
    # 230 passengers. The passengers comprised 169 Indians, 53 Britons, ..."
    category = drafts[rows[0]].found.category
    values = [drafts[n].found.q.value for n in rows]
    if any(
        v is None or drafts[n].found.category is not category
        for n, v in zip(rows, values, strict=True)
    ):
        return
    total = sum(v for v in values if v is not None)
    for m in range(rows[0] - 1, max(-1, rows[0] - 1 - _NAMED_REACH), -1):
        whole = drafts[m]
        if (
            whole.whole is None
            and not whole.background
            and whole.found.category is category
            and whole.found.q.value == total
            and whole.found.q.low == whole.found.q.high
        ):
            for n in rows:
                drafts[n] = replace(drafts[n], whole=m)
            return


def _link_rows_to_a_total_after(
    drafts: list[_Draft], draft_of: dict[int, int], before: Sentence
) -> None:
    """'At least 30 people were killed at the mosque, at least seven at Linwood and three
    outside. In all, a total of 49 people were killed.': the figures the sentence before
    listed are parts of the total this one opens with, where they fit inside it."""
    totals = [n for n in draft_of.values() if drafts[n].whole is None]
    if len(totals) != 1:
        return
    total = drafts[totals[0]]
    category = total.found.category
    # the sentence before's drafts end where this one's begin: read back from there only
    rows: list[int] = []
    n = min(draft_of.values()) - 1
    while n >= 0 and drafts[n].sentence is before:
        d = drafts[n]
        if d.whole is None and d.found.category is category:
            rows.append(n)
        n -= 1
    top = total.found.q.high if total.found.q.high is not None else total.found.q.value
    if len(rows) < _MIN_ROWS or top is None:
        return
    if sum(drafts[n].found.q.low or 0 for n in rows) > top:
        return  # rows that do not fit inside it are no breakdown of it
    for n in rows:
        drafts[n] = replace(drafts[n], whole=totals[0])


def _same_figure(a: Quantity, b: Quantity) -> bool:
    """Two exact figures of one value: a part never states its whole's figure."""
    return a.low is not None and a.low == a.high == b.low == b.high


def _size(f: Found) -> float:
    q = f.q
    return float(q.value if q.value is not None else (q.low or q.high or 0))


# "The missing include ...", "It includes ...", "This figure includes ...": the sentence
# lists parts of the total the one before gave
# ("The figure, which included 222 females, is four higher": an aside lists them too)
_INCLUDES = re.compile(
    r"(?:the|this|that|these|those|it|they)(?: ([a-z]+))?(?:, which)? includ(?:e|es|ed)\b"
)
# the words "The X includes" may open with: a category ("the missing"), a figure's word
# ("this figure", "the toll") or none ("It includes"); "The team includes" lists no part
_TOLL_NOUNS = frozenset({"toll", "victims"})  # "The toll includes ...": the dead
_INCLUDES_NOUNS = BACK_REFERENCE_NOUNS | _TOLL_NOUNS | {"casualties"}
_INCLUDES_ADVERBS = frozenset({"also", "still", "now"})  # "It also includes nine ..."
_DIGIT = re.compile(r"\d")
_ALL_TOLD = re.compile(r"(?:" + phrase_pattern(ALL_TOLD_OPENERS) + r")\b")  # not "in alleged"


_OPENING_PHRASE_WORDS = 6  # "As of 6am Saturday, the dead included ..."


# "He said they included 32 Kenyans": who says it, before what opens the breakdown
_SAID_OPENING = re.compile(r"[a-z]+(?: [a-z]+)? (?:said|says|added) (?:that )?")
# '"It is apocalyptic," Castagne said, adding that the dead included 74 in Tavernier'
_ADDING_THAT = re.compile(r"\b(?:adding|noting|saying) that ")


def _after_opening_phrase(low_text: str) -> str:
    """The sentence past a short opening phrase of time or place ("As of 6am Saturday,
    the dead included five children") or a speaker's "He said", or the whole sentence:
    what opens a breakdown may follow it."""
    said = _SAID_OPENING.match(low_text) or _ADDING_THAT.search(low_text)
    if said is not None:
        return low_text[said.end() :]
    head, comma, rest = low_text.partition(", ")
    return rest if comma and len(head.split()) <= _OPENING_PHRASE_WORDS else low_text


def _includes_back(low_text: str) -> re.Match[str] | None:
    """'The missing include ...', 'This figure includes ...', 'It includes ...' opening
    the sentence (or after a short phrase of time or place); not 'The team includes'."""
    opening = low_text
    includes = _INCLUDES.match(opening)
    if includes is None:
        opening = _after_opening_phrase(low_text)
        includes = _INCLUDES.match(opening)
    if (
        includes is not None
        and ", which" in includes.group(0)
        and _DIGIT.search(opening[includes.end() :].partition(",")[2].partition(",")[0])
    ):
        # "The toll, which included 12 children, rose to 45": the aside's whole is the
        # figure its own clause gives after it, not the one before
        return None
    noun = includes.group(1) if includes is not None else None
    if (
        noun is not None
        and noun not in NOUN_CATEGORIES
        and noun not in _INCLUDES_NOUNS
        and (noun not in _INCLUDES_ADVERBS)
    ):
        return None
    return includes


_HEADING_CHARS = 40  # a fact sheet's heading: "Fatalities", "Deaths and injuries"
_BULLETS = frozenset("•·*-–—▪►")


def _heading_category(text: str) -> Category | None:
    """What a short heading line over bullet rows counts ("Fatalities", "Arrests"), where
    it names one category; None for any other line."""
    tokens = tokenize(text, 0, len(text))
    if not tokens or len(tokens) > _HEADING_WORDS or text.rstrip()[-1:] in ".!?":
        return None
    found = {hit[0] for k in range(len(tokens)) if (hit := cue_at(tokens, k)) is not None}
    return found.pop() if len(found) == 1 else None


_HEADING_WORDS = 4


def _listed_under(includes: re.Match[str], last: _Draft, before: Sentence) -> Category | None:
    """What the figures listed after "The toll includes", "This number includes", "It
    includes" count: what the opener's noun names ("the toll": the dead), else what the
    count of the sentence just before counts; None where that sentence gave none ("a plan
    to rebuild the schools ... It includes 40 in Kano")."""
    noun = includes.group(1)
    if noun in NOUN_CATEGORIES:
        return NOUN_CATEGORIES[noun]
    if noun in _TOLL_NOUNS:
        return Category.KILLED
    return last.found.category if last.sentence is before else None


# "Thirty-two Kenyans, 18 Canadians and nine Ethiopians were among the passengers": rows
# of a total given before, named after them
_AMONG_AFTER_ROWS = re.compile(r"\b(?:were|are|was|is)(?: also)? among the ([a-z]+)[.!]?$")


def _link_to_earlier_total(drafts: list[_Draft], draft_of: dict[int, int], low_text: str) -> None:
    """'Among the dead were 18 police officers', '... were among the passengers': a part
    of the last total before it."""
    if not draft_of:
        return
    if not low_text.startswith(PART_SENTENCE_OPENERS) and _INCLUDES.match(low_text) is None:
        low_text = _after_opening_phrase(low_text)
    includes = _includes_back(low_text)
    opened = includes is not None or low_text.startswith(PART_SENTENCE_OPENERS)
    trailing = None if opened else _AMONG_AFTER_ROWS.search(low_text)
    if not opened and trailing is None:
        return
    # "... are also among the dead": the noun after "among the" may name the category
    among = NOUN_CATEGORIES.get(trailing.group(1)) if trailing is not None else None
    # "The missing include at least 34 ...": the opener's noun is the whole's category
    named = NOUN_CATEGORIES.get(includes.group(1) or "") if includes is not None else None
    # "Among those hospitalized were 88 police officers": the opener says what befell them
    opener = None if named is not None else _opener_category(low_text)
    first = min(draft_of.values())
    sentence_found = [drafts[n].found for n in draft_of.values()]
    for n in sorted(draft_of.values()):
        draft = drafts[n]
        f = draft.found
        if draft.whole is not None:
            continue
        if (
            opener is not None
            and f.category not in FATE_CATEGORIES
            and (n == first or f.cue_index is None or _names_who_after_were(f))
        ):
            # (a later figure with a cue of its own keeps it: "12 officers from a force of
            # 200 police sent to the square"; but "Of the dead, 20 were women and 4 were
            # policemen" says who the second part is, not what they were counted as)
            f = replace(f, category=opener)
        if (
            named is not None
            and f.category not in FATE_CATEGORIES
            and not has_own_cue(f, sentence_found)
        ):
            # "The dead included three soldiers": the soldiers' noun gives no fate of its own
            # ("..., and 51 others were brought out alive" says theirs)
            f = replace(f, category=named)
        if named is not None:
            if f.category is not named:
                continue  # "... while 10 other children were injured": another count
            # "The victims include nine railway employees": all the victims, so the
            # largest total of the dead before it, not the nearest figure of any kind
            m = _largest_total(drafts, first, named, f)
            drafts[n] = replace(draft, found=f, whole=m)  # "the dead included": killed
            continue
        for m in range(first - 1, max(-1, first - 1 - _NAMED_REACH), -1):
            if drafts[m].whole is not None:
                continue  # a part already: the sentence adds parts to its total
            whole = drafts[m].found
            same_kind = whole.category in (f.category, None) or f.category is None
            if not opened and f.category is not whole.category and among is not whole.category:
                # "... were among the passengers": rows of a count of their own kind
                # only ("Forty volunteers were among the rescuers" are no part of the dead)
                same_kind = False
            if same_kind and whole.q.value is not None and (f.q.value or 0) <= whole.q.value:
                category = (
                    whole.category if among is whole.category else f.category or whole.category
                )
                drafts[n] = replace(draft, found=replace(f, category=category), whole=m)
                break


def _names_who_after_were(f: Found) -> bool:
    """'4 were policemen': a figure whose cue is the noun right after its verb, a noun
    that names who the counted are (troops, participants), not what befell them."""
    return f.cue_index == f.qj + 1 and f.category in (Category.TROOPS, Category.PARTICIPANTS)


def _opener_category(low_text: str) -> Category | None:
    """The category an "among ..." opening names ("among those hospitalized": injured)."""
    for phrase, category in AMONG_CUES.items():
        if low_text.startswith(phrase):
            return category
    return None


def _largest_total(
    drafts: Sequence[_Draft], first: int, category: Category, f: Found
) -> int | None:
    """The largest stated total of ``category`` in the drafts before ``first`` that can
    hold ``f``; None when there is none."""
    best: int | None = None
    for m in range(first - 1, max(-1, first - 1 - _NAMED_REACH), -1):
        whole = drafts[m]
        v = whole.found.q.value
        if (
            whole.whole is None
            and not whole.background
            and whole.found.category is category
            and v is not None
            and (f.q.value or 0) <= v
            and (best is None or v > (drafts[best].found.q.value or 0))
        ):
            best = m
    return best


_OFFICIAL_COUNT_BEFORE = re.compile(
    r"\bofficial\s+(?:death\s+)?(?:toll|count|figure|tally|number)\s+(?:of|at)\s+\Z",
    re.IGNORECASE,
)
_OFFICIAL_COUNT_REACH = 40  # characters before a figure: "the official death toll of "


def _rivals_official_count(body: str, s: Sentence, f: Found, attribution: str) -> bool:
    """Whether a figure is "the official count of N" in a sentence whose speaker is an
    independent counter (a rights group, a monitor): the speaker cites it, as a rival's."""
    lo = max(s.start, f.q.start - _OFFICIAL_COUNT_REACH)
    if _OFFICIAL_COUNT_BEFORE.search(body, lo, f.q.start) is None:
        return False
    low = f" {attribution.lower()} "
    return any(cue in low for cue in INDEPENDENT_CUES)


# "The toll has climbed to 168. This is according to the Information Commissioner":
# a sentence of no figure that names who gave the one before (not "The toll was from a
# single strike": "from" names a cause as often as a source)
_SOURCE_GIVEN_AFTER = re.compile(
    r"(?:this|that|these|those|it)\s+(?:is|was|are|were)\s+according\s+to\s+"
    r"|(?:the|these|those)\s+(?:figures?|numbers?|toll|tally)\s+(?:is|are|was|were)\s+"
    r"(?:according\s+to|released\s+by|given\s+by|provided\s+by)\s+",
    re.IGNORECASE,
)


def _source_given_after(drafts: list[_Draft], s: Sentence, body: str, ctx: DocContext) -> None:
    """Give the figures of the sentence before ``s`` that name no source the one ``s``
    names, where ``s`` opens by naming who gave them (_SOURCE_GIVEN_AFTER)."""
    m = _SOURCE_GIVEN_AFTER.match(s.text)
    if m is None:
        return
    tokens = tokenize(body, s.start, s.end)
    at = token_index(tokens, s.start + m.end())
    source = source_after(tokens, at, ctx.canon)
    if source is None:
        return
    before = drafts[-1].sentence
    for n in range(len(drafts) - 1, -1, -1):
        if drafts[n].sentence is not before:
            break
        if drafts[n].attribution is None:
            drafts[n] = replace(drafts[n], attribution=source)


def _attribute(
    ctx: DocContext,
    tokens: list[Token],
    f: Found,
    s: Sentence,
    previous: str | None,
    voices: _Voices,
) -> str | None:
    if f.gap_source is not None:
        # "..., the prefecture 8,500": the gapped clause names its own source
        words = tokens[f.gap_source[0] : f.gap_source[1]]
        gapped = clean_source(words, ctx.canon)
        if gapped is None and words and words[-1].low in RIVAL_COUNTERS:
            gapped = words[-1].text  # "and the prefecture 8,500"
        if gapped is not None and not ctx.is_place(gapped):
            return gapped
    quote = ctx.quote_around(f.q.start, f.q.end)
    if quote is not None:
        # The speech verb usually follows the closing mark, maybe a sentence later.
        k = ctx.sentence_at(quote.end)
        if k is not None:
            qs = ctx.sentences[k]
            qtokens = tokenize(ctx.doc.body, qs.start, qs.end)
            where = token_index(qtokens, quote.end)
            found = attribution_in_sentence(qtokens, where, ctx.canon, ctx.resolver(previous))
            if found:
                return found
        if quote.speaker:
            return ctx.canon(quote.speaker)
        # a quote paragraph with no speech verb of its own goes on with the speaker the
        # lines before it named ("..., informed IG Shalabh Mathur. “The toll stands at 121.”")
        own = attribution_in_sentence(tokens, f.qi, ctx.canon, ctx.resolver(previous))
        if own is not None or quote.start > s.start + 1:
            return own  # a quote inside a sentence is the sentence's subject's words
        return ctx.recent_speaker(quote.start)
    if _describes_the_event(tokens, f, voices) or voices.only_before_the_main_clause(f.qi):
        return None
    return attribution_in_sentence(tokens, f.qi, ctx.canon, ctx.resolver(previous))


_OPENING_SUBORDINATORS = SUBORDINATORS | {"before", "although", "though"}


@dataclass(frozen=True, slots=True)
class _Voices:
    """Where a sentence's sources speak, read once for all its figures (asked per figure,
    the questions would cost the square of a sentence's figures): the last speech verb
    or "according" (-1: none), and the comma that closes a fronted clause of time or
    cause with a speaker in it ("After the election authorities announced the results,
    thousands took to the streets"), else None."""

    last_source: int
    opening_comma: int | None

    @staticmethod
    def of(tokens: Sequence[Token]) -> _Voices:
        last = -1
        comma: int | None = None
        spoke_first = False
        for k, t in enumerate(tokens):
            if t.low in SPEECH_VERBS or t.low == "according":
                last = k
                spoke_first = spoke_first or (comma is None and t.low in SPEECH_VERBS)
            elif t.text == "," and comma is None:
                comma = k
        opens = bool(tokens) and tokens[0].low in _OPENING_SUBORDINATORS
        return _Voices(last, comma if opens and comma is not None and spoke_first else None)

    def only_before_the_main_clause(self, qi: int) -> bool:
        """A speaker inside the fronted clause said something else: the main clause's
        figure at ``qi`` is no one's, unless a source speaks after the comma."""
        c = self.opening_comma
        return c is not None and qi >= c and self.last_source < c


_TOLL_TAKING = frozenset({"killed", "left", "injured", "wounded", "claimed", "displaced"})


def _describes_the_event(tokens: Sequence[Token], f: Found, voices: _Voices) -> bool:
    """'Houston officials said they were still trying to determine what set off the crowd
    surge that killed eight people': a relative clause that names the event by its toll
    is the writer's description, not what the speaker before it said (a source after
    it, "the fire that killed 40, police said", "..., according to a report", still
    gives it)."""
    k = f.qi - 1
    if k < 2 or tokens[k].low not in _TOLL_TAKING:
        return False
    k -= 1
    if tokens[k].low in ("has", "had", "have"):
        k -= 1
    if k < 1 or tokens[k].low not in ("that", "which"):
        return False
    if tokens[k - 1].low not in EVENT_NAMING_NOUNS and tokens[k - 1].low not in _SURGES:
        return False
    return voices.last_source < f.qj


_SURGES = frozenset({"surge", "surges"})  # "the crowd surge that killed eight"


def _named_before(source: str, drafts: Sequence[_Draft], ctx: DocContext, at: int) -> str:
    """'the group said', 'the ministry added', 'the airline said': the body the article
    last named as a source, where the words name it again by its kind; an airline also
    where the article only named it ("An Air India passenger plane")."""
    kind = source.lower().removeprefix("the ")
    if kind in OUTLET_KIND_WORDS:
        # "according to Le Monde. ... ten people, the newspaper notes": the name last cited
        cited = ctx.recent_speaker(at)
        if cited is None or not cited[:1].isupper():
            return source
        return cited if names_news_outlet(cited) or not ctx.is_person(cited) else source
    if kind not in ANY_BODY_WORDS and kind not in OWN_NAME_WORDS and kind not in NAMED_BY_KIND:
        return source
    for d in reversed(drafts[-_NAMED_REACH:]):
        named = d.attribution
        if named and named[0].isupper() and named != source and _same_kind(kind, named):
            return named
    if kind in NAMED_BY_KIND:
        return ctx.last_airline(at) or source
    return source


def _same_kind(kind: str, named: str) -> bool:
    """Whether ``named`` is a body ``kind`` may name again: "the ministry" names a
    ministry; "the group" a named organisation (its name says so, or it is an acronym),
    never the police, a person or an outlet."""
    words = named.replace("(", " ").replace(")", " ").split()
    if kind in NAMED_BY_KIND:
        return any(w.lower() in NAMED_BY_KIND[kind] for w in words) and len(words) > 1
    if kind in OWN_NAME_WORDS:
        return kind in (w.lower() for w in words)
    return any(w.lower() in GROUP_NAME_WORDS for w in words) or any(
        len(w) > 1 and w.isupper() for w in words
    )


_PARTITIVE_BEFORE = re.compile(r"\b(?:out\s+of|of)(?:\s+the)?\s+\Z", re.IGNORECASE)
_VERB_AFTER_THE_WHOLE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:remained|remain|remains|were|are|was|is|have|has|had)\b",
    re.IGNORECASE,
)


def _finalise(doc: Document, drafts: Sequence[_Draft], epidemic: bool) -> tuple[Claim, ...]:
    """Give out ids in body order; a part points at its whole's id. ``epidemic``: the
    article tells of a disease (see _names_a_disease)."""
    claims: list[Claim] = []
    windows = _window_drafts(drafts)
    if epidemic and any(w is not None and w.startswith("month") for w in windows.values()):
        # "cholera has killed 160 people since March": an outbreak's own span, its running
        # total, no window of a longer season (where the figure's sentence speaks of it)
        windows = {
            n: w
            for n, w in windows.items()
            if w is None
            or not w.startswith("month")
            or not _of_the_outbreak(drafts[n].sentence.text)
        }
    if epidemic:
        # "over the past three months, cholera has killed 160": the outbreak's months are
        # its running total, not a window of a longer season
        windows = {
            n: w
            for n, w in windows.items()
            if w is not None
            or not PAST_MONTHS.search(drafts[n].sentence.text)
            or _of_another_kind(drafts[n].sentence.text)
        }
    with_dead = {
        d.whole for d in drafts if d.whole is not None and d.found.category is Category.KILLED
    }
    # "16 out of 98 injured remained in a critical state": the state after the whole is
    # the part's, whose figure came first; the whole is all the injured
    wholes_after_parts = {
        d.whole
        for d in drafts
        if d.whole is not None
        and drafts[d.whole].sentence is d.sentence
        and drafts[d.whole].found.q.start > d.found.q.start
        and _PARTITIVE_BEFORE.search(
            doc.body, max(0, drafts[d.whole].found.q.start - 12), drafts[d.whole].found.q.start
        )
        is not None
        # the state after a verb is the part's ("98 injured remained in a critical
        # state"), not one in the whole's own phrase ("the 12 people in intensive care")
        and _VERB_AFTER_THE_WHOLE.match(doc.body, drafts[d.whole].found.q.end) is not None
    }
    for n, d in enumerate(drafts):
        f, part = d.found, d.whole
        q = f.q
        if part is not None and _same_figure(drafts[part].found.q, q):
            part = None  # "rose to 250 ... Of the total 250 victims, ...": the whole again
        category = f.category or Category.OTHER
        s = d.sentence
        both = (
            two_fates(s.text, q.end - s.start)
            if category in (Category.KILLED, Category.INJURED)
            else None
        )
        if n in with_dead and _CASUALTIES.search(
            s.text, max(0, q.start - s.start - 30), q.end - s.start + 30
        ):
            # "the casualties toll is 223, including 87 deaths": the dead are a part of
            # the casualties, who are the dead and the injured together
            both = "killed or injured"
        if both is not None:
            category = Category.OTHER  # neither the toll nor the injured: both at once
        # "88 bodies have been identified" counts bodies; "dozens of assailants have been
        # eliminated and are being identified" seeks who they were
        read_kind = (
            category is not Category.KILLED or (f.subject_head or "people") in BODY_NOUNS
        ) and n not in wholes_after_parts
        counted = both or (
            kind_in_clause(category, s.text, q.start - s.start, q.end - s.start)
            if read_kind
            else None
        )
        if counted in DEATH_CERTAINTIES and not epidemic:
            # only an outbreak's reports keep confirmed and suspected deaths apart: a
            # flood's "45 deaths confirmed" is its toll
            counted = None
        if (
            counted is None
            and category is Category.KILLED
            and not epidemic
            and _of_a_disease(s.text, q.start - s.start, q.end - s.start)
            # (the article read only for the rare such figure, not for every article)
            and _names_an_event_kind(doc.body)
        ):
            # "6,912 cholera cases and 287 related deaths", "40 have died of cholera" in a
            # flood's report: deaths of an outbreak after the disaster, not its toll (an
            # outbreak's brief that names its disease once names no other kind of event)
            counted = DISASTER_RELATED
        if (
            counted is None
            and (others := _OTHERS_AFTER.match(s.text, q.end - s.start)) is not None
            and _names_care_only(s.text, others.end())
            and claims
            and claims[-1].sentence_start == s.start
            and claims[-1].category is category
        ):
            # "Six are still in hospital at home, while 55 others are being cared for
            # abroad": the others are more of the same kind
            counted = claims[-1].counted
        claims.append(
            Claim(
                id=f"{doc.id}:c{n + 1}",
                doc=doc.id,
                text=q.text,
                start=q.start,
                end=q.end,
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                category=category,
                subject=f.subject or _default_subject(f.category),
                part_of=f"{doc.id}:c{part + 1}" if part is not None else None,
                # a part no one is named for is given by whoever gave its whole: the
                # breakdown under a total is the same count's ("the dead are from ...")
                attribution=d.attribution
                if d.attribution is not None or part is None
                else drafts[part].attribution,
                as_of=d.as_of,
                status=d.status,
                sentence=d.sentence.text,
                sentence_start=d.sentence.start,
                background=d.background,
                scope=(
                    f.scope if f.scope is not None or part is None else _place_of(drafts[part], d)
                ),
                counted=counted,
                window=n in windows,
                since=_weekday_on_or_before(d.as_of or doc.published, windows.get(n)),
            )
        )
    return _restated_with_own_noun(_replaced_by_revision_down(claims))


def _place_of(whole: _Draft, part: _Draft) -> str | None:
    """The place a part is counted in when it names none: its whole's ("killed 48 people
    in Dunmere, 19 of them children"; "around 300 have died at ATH ..., 72 of them on
    Tuesday"), unless its own words place it elsewhere ("600,000 of them abroad", "200 of
    them in the suburbs"), and never a scope that says the whole is an addition or share."""
    scope = whole.found.scope
    if scope is None or scope in (EXCLUDED_SCOPE, SHARE_SCOPE):
        return None
    s, q = part.sentence, part.found.q
    after = s.text[q.end - s.start : q.end - s.start + _OWN_PLACE_REACH]
    stop = _CLAUSE_STOP.search(after)
    return None if _OWN_PLACE.search(after[: stop.start()] if stop else after) else scope


_OWN_PLACE_REACH = 60  # characters after a part: "19 of them in the suburbs outside"
_CLAUSE_STOP = re.compile(r"[;.]|,\s")
# a place of its own: "in the suburbs", "in neighbouring countries", "into Chad",
# "abroad" (not "in intensive care", "in critical condition", "to hospital": a state)
_OWN_PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|into|to)\s+(?!(?:a\s+|an\s+)?(?:intensive|"
    r"critical|serious|stable|hospital|custody|detention|care)\b)"
    r"|\b(?:abroad|elsewhere|overseas)\b",
    re.IGNORECASE,
)


_RESTATED_REACH = 3  # claims back: "identified 49 Spanish victims ... the figure of 49 victims"
_GENERIC_SUBJECTS = frozenset({"people", "persons", "victims", "dead", "bodies"})


def _restated_with_own_noun(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """A figure restated a sentence or two on with a general noun counts the nationals it
    counted first: "it had identified 49 Spanish victims ... the figure of 49 victims
    should be treated as provisional" (the Spanish victims, not the whole toll)."""
    out = list(claims)
    for n, c in enumerate(out):
        if (
            c.part_of is not None
            or c.qualifier is not Qualifier.EXACT
            or (c.subject or "people").lower() not in _GENERIC_SUBJECTS
        ):
            continue
        for m in range(n - 1, max(-1, n - 1 - _RESTATED_REACH), -1):
            e = out[m]
            if (
                e.value == c.value
                and e.qualifier is Qualifier.EXACT
                and e.category is c.category
                and e.sentence_start != c.sentence_start
                and e.subject is not None
                # a nationality's count: a role's ("44 worshippers") is often the toll itself
                and e.subject.split()[0].lower() in NATIONALITIES
                and e.status is c.status
            ):
                out[n] = replace(c, subject=e.subject, part_of=e.part_of)
                break
    return tuple(out)


_CHANGE_BEFORE = re.compile(r"\b(?:by|from)\s+\Z", re.IGNORECASE)  # "by 100", "from 49"
_UNDATED_LAST = "~"  # sorts after every YYYY-MM-DD: an undated revision holds on any day
# what a revision revises: category, subject, scope
_Count = tuple[Category, str | None, str | None]


def _replaced_by_revision_down(claims: list[Claim]) -> tuple[Claim, ...]:
    """'Peshawar police on Saturday revised down the death toll to 84' after 'the Health
    Department on Wednesday said the death toll increased to 101': the article itself says
    the lower count replaced the higher, so its higher figures of that count (same
    category, counted noun and place), dated before the revision, are withdrawn, whoever
    gave them (not only the body revising). The revised figure is the first after the cue
    in its sentence ("..., and 221 people were injured" is no revision).

    Linear in claims and sentences (hostile text is one sentence of thousands of
    figures): the cue is looked for once per sentence, and each count's revisions are
    read as the lowest revised figure given on or after each day."""
    cue_end: dict[int, int | None] = {}  # sentence start -> where its cue ends, until used
    revising: set[str] = set()
    lowest_from: dict[_Count, list[tuple[str, float]]] = {}  # (day, lowest high from it)
    for c in claims:
        if c.sentence_start not in cue_end:
            m = _REVISED_DOWN.search(c.sentence)
            cue_end[c.sentence_start] = m.end() if m else None
        end = cue_end[c.sentence_start]
        at = c.start - c.sentence_start
        if end is None or end > at or _CHANGE_BEFORE.search(c.sentence, max(0, at - 6), at):
            continue  # "revised downward the toll by more than 100 to 253", "from 49 to 41"
        cue_end[c.sentence_start] = None  # the figure after the cue is the revised one
        if _stands(c) and c.high is not None:
            revising.add(c.id)
            count = (c.category, c.subject, c.scope)
            lowest_from.setdefault(count, []).append((c.as_of or _UNDATED_LAST, float(c.high)))
    if not revising:
        return tuple(claims)
    for days in lowest_from.values():
        days.sort()
        for k in range(len(days) - 2, -1, -1):  # the lowest revision on or after each day
            days[k] = (days[k][0], min(days[k][1], days[k + 1][1]))
    out = []
    for c in claims:
        if c.id in revising:
            c = replace(c, revises_down=True)
        elif _stands(c) and _revised_below(c, lowest_from.get((c.category, c.subject, c.scope))):
            c = replace(c, status=Status.RETRACTED)
        out.append(c)
    return tuple(out)


def _stands(c: Claim) -> bool:
    """A stated count of the event itself: no part, no background, asserted."""
    return c.part_of is None and not c.background and c.status is Status.ASSERTED


def _revised_below(c: Claim, days: list[tuple[str, float]] | None) -> bool:
    """Whether a revision on or after ``c``'s day went below it (``days``: each day with
    the lowest revision from it on, in order)."""
    if not days or c.low is None:
        return False
    k = bisect_left(days, (c.as_of,)) if c.as_of else 0
    return k < len(days) and c.low > days[k][1]


_REVISED_DOWN = re.compile(rf"\b(?:{phrase_pattern(REVISED_DOWN_CUES)})\b", re.IGNORECASE)


def _window_drafts(drafts: Sequence[_Draft]) -> dict[int, str | None]:
    """The drafts that count one window of time, found sentence by sentence, each with
    the weekday its window opens on where it counts "since Monday"."""
    out: dict[int, str | None] = {}
    first = 0
    while first < len(drafts):
        s = drafts[first].sentence
        last = first
        while last < len(drafts) and drafts[last].sentence is s:
            last += 1
        spans = [(d.found.q.start - s.start, d.found.q.end - s.start) for d in drafts[first:last]]
        figures = window_figures(s.text, spans)
        weekdays = window_weekdays(s.text, figures, spans)
        out.update({first + k: weekdays.get(k) for k in figures})
        first = last
    return out


_OTHERS_AFTER = re.compile(r"\s+others\b")
# what the others' own clause says of them: "20 others were treated for minor injuries",
# "30 others were lightly hurt" are no more of those in intensive care
_OWN_SEVERITY = re.compile(r"\b(?:minor|light|lightly|slight|slightly|discharged)\b")
_SEVERITY_REACH = 60  # characters of the others' clause


_CARE_WORDS = re.compile(r"\b(?:cared\s+for|treated|treatment|in\s+hospitals?|hospitali[sz]ed)\b")


def _names_care_only(text: str, start: int) -> bool:
    """Whether the others' clause from ``start`` (to its comma, within reach) says where
    they are cared for and no lesser harm: "55 others injured in the crash are being
    cared for abroad" (not "20 others were injured in the crash", "20 others were treated
    for minor injuries")."""
    end = min(len(text), start + _SEVERITY_REACH)
    comma = text.find(",", start, end)
    end = comma if comma >= 0 else end
    return (
        _CARE_WORDS.search(text, start, end) is not None
        and _OWN_SEVERITY.search(text, start, end) is None
    )


_CASUALTIES = re.compile(r"\bcasualt(?:y|ies)\b", re.IGNORECASE)


def _weekday_on_or_before(day: str | None, weekday: str | None) -> str | None:
    """The date of the last ``weekday`` on or before ``day`` (YYYY-MM-DD); for a month
    ("month 3", "month 3 2031", see counted.window_weekdays), its first day, in the year
    named or the last such month on or before ``day``."""
    if day is None or weekday is None or len(day) != 10:
        return None
    on = date.fromisoformat(day)
    if weekday.startswith("month "):
        _, month, *year = weekday.split()
        y = int(year[0]) if year else (on.year if int(month) <= on.month else on.year - 1)
        return date(y, int(month), 1).isoformat()
    return weekday_on_or_before(on, WEEKDAYS[weekday]).isoformat()


def _default_subject(category: Category | None) -> str:
    if category is Category.TROOPS:
        return "troops"
    return _GENERAL_SUBJECT
