"""How the figures of one sentence relate: lists that share a verb or a noun, breakdown
rows, parts and their wholes.

``clause`` reads what each figure's own clause says; this module reads the figures
side by side ("killed 34 people in India, 12 in Tibet", "Out of the 196 injured, 10 ...",
"..., bringing the total to 507") and returns them with categories, nouns and wholes
filled in. Each pass is linear in the sentence's figures.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from kzdiff.extract.clause import (
    HARD_BREAK,
    PART_CLOSERS,
    PART_OPENERS,
    PLACE_PREPS,
    ROW_NAME_BEFORE,
    SECURITY_HEADS,
    Found,
    accept,
    corrected_figure,
    cue_at,
    denied_as_reported,
)
from kzdiff.extract.tokens import Token
from kzdiff.lexicon.attribution import HOPED_FOR_WORDS, RIVAL_COUNTERS, SPEECH_VERBS
from kzdiff.lexicon.categories import (
    BRINGING_VERBS,
    CLAUSE_BREAKERS,
    FACILITY_HEADS,
    HUMAN_NOUNS,
    NOT_A_NEW_TOTAL,
    NOUN_CATEGORIES,
    RISE_VERBS,
    TRANSFER_VERBS,
)
from kzdiff.lexicon.dates import MONTHS, WEEKDAYS
from kzdiff.lexicon.facts import (
    EXCLUDED_SCOPE,
    EXCLUDING_CUES,
    FORCE_BODIES,
    SECURITY_AGENT_WORDS,
    SHARE_MARKS,
    SHARE_SCOPE,
    SHARE_WHOLES,
    SHARE_WORDS,
)
from kzdiff.lexicon.grammar import (
    ADDING_JOINERS,
    AUXILIARIES,
    ELIDED_HEADS,
    FUNCTION_WORDS,
    IRREGULAR_PAST_VERBS,
)
from kzdiff.lexicon.names import COUNTRIES, KNOWN_PLACES, NATIONALITIES
from kzdiff.lexicon.numbers import CHANGE_WORDS
from kzdiff.lexicon.subjects import CONJUNCTIONS, INVARIANT_NOUNS
from kzdiff.vocab import FATE_CATEGORIES, Category


def relate_figures(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """The sentence's figures with what they take from each other."""
    found = _continue_lists(tokens, _bare_list_heads(tokens, _breakdown_rows(tokens, found)))
    found = _elided_place_rows(tokens, _bracketed_place_rows(tokens, found))
    found = _a_places_share_after_a_total(tokens, found)
    found = _rows_from_places(tokens, found)
    found = _parts_of_this_number(tokens, found)
    # lists again once parts are linked: "victims include five from Iran, four from China"
    found = _parts_out_of(tokens, found)
    found = _continue_lists(tokens, _link_parts(tokens, _parts_among_whole(tokens, found)))
    found = _rows_by_charge(tokens, _parts_that_add_up(tokens, found))
    found = _parts_of_running_total(tokens, _parts_of_fronted_whole(tokens, found))
    found = _gapped_counts(tokens, _continued_part(tokens, _shared_among(tokens, found)))
    found = _subset_with(tokens, _conditions_of_the_treated(tokens, found))
    # "Khyber Pakhtunkhwa and Punjab reported 308 and 223 deaths, respectively"
    respectively = len(found) >= 2 and any(t.low == "respectively" for t in tokens)
    found = _shared_scopes(tokens, found)
    if respectively:
        found = _respective_categories(tokens, _respective_places(tokens, found))
    found = _shares(tokens, _excluded(tokens, found))
    found = _corrected_figures(tokens, _more_of_the_same(tokens, _added_alongside(tokens, found)))
    return [_forces_or_not(_no_name_after_a_level(tokens, f)) for f in found]


_LINE_OPENERS = frozenset({"some", "many", "several", "most", "all", "about", "around", "nearly"})


def _no_name_after_a_level(tokens: Sequence[Token], f: Found) -> Found:
    """'suspected deaths now at 137 Hanoi on alert for duck flu': a level a tally reached
    ("at 137", "to 137") counts what the tally names; a capitalised word after it that
    names no people in the plural starts the next line (a related story's title run into
    the headline), not the figure's noun ("rose to 45 Nigerians" keeps theirs)."""
    head = f.subject_head
    words = f.subject.split() if f.subject else []
    # the next line's first words: a place ("at 137 Singapore woman under test"), a word
    # of grammar ("drops to 50 Some 226 people were detained"), or a title ("at 137 Duck
    # Flu Outbreak"); a people's name is the figure's noun, whatever follows ("rises to 40
    # Rohingya after second capsizing")
    first = words[0].lower() if words else ""
    run_on = (
        first in KNOWN_PLACES
        or first in COUNTRIES
        or first in FUNCTION_WORDS
        or first in _LINE_OPENERS
        or (
            len(words) > 1
            and all(w[:1].isupper() for w in words)
            # (a line in lower case before it: "Ambush Toll Rises To 9 Rebel Militia" is
            # one title-case headline)
            and any(t.is_word and t.text[:1].islower() for t in tokens[: f.qi])
        )
    )
    if (
        head is None
        or not f.subject
        or not run_on
        or not f.subject[:1].isupper()
        or f.q.value is None
        or f.q.value <= 1
        or f.qi == 0
        or tokens[f.qi - 1].low not in ("at", "to")
        or head.endswith("s")
        or head in INVARIANT_NOUNS
        or head in NATIONALITIES
        or head in HUMAN_NOUNS
    ):
        return f
    return replace(f, subject=None, subject_head=None)


def _more_of_the_same(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'two Chinese nationals ..., while two more are missing', 'Ten soldiers were killed
    and 20 more injured': "N more" with no noun counts more of whom the figure before
    counted. 'taking to 35 the number of minors known to have died and to 25 the number
    of children': the second "to N" shares the first's verb."""
    out = list(found)
    for k in range(1, len(out)):
        cur, prev = out[k], out[k - 1]
        if (
            cur.category is None
            and prev.category is not None
            and cur.qi >= 2
            and [t.low for t in tokens[cur.qi - 2 : cur.qi]] == ["and", "to"]
            and prev.qi >= 1
            and tokens[prev.qi - 1].low == "to"
        ):
            out[k] = cur = replace(cur, category=prev.category)
        j = cur.qj
        if (
            cur.subject_head is None
            and prev.subject_head is not None
            and j < len(tokens)
            and tokens[j].low == "more"
            and not (j + 1 < len(tokens) and tokens[j + 1].low == "than")
        ):
            out[k] = replace(cur, subject=prev.subject, subject_head=prev.subject_head)
    return out


_ADDED_REACH = 6  # words of the count's own clause before the joiner: "died in the assault,"
_JOINER_SPAN = 40  # tokens from the count to the joined figure, a bracket of rows between


def _added_alongside(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'killed 25 people as well as three assailants', 'Twenty-five people died in the
    assault, in addition to three attackers': a figure with no cue of its own, joined to
    the count before it by words that add to it, shares what befell that count."""
    out = list(found)
    for k in range(1, len(out)):
        cur = out[k]
        if cur.category is not None or cur.cue_index is not None:
            continue
        # the count the joiner adds to, past a bracket of its rows: "Twenty-five people
        # (18 foreign and seven locals) died in the assault, in addition to three
        # attackers"
        # (within reach: a sentence of thousands of figures stays linear)
        m = k - 1
        while (
            m > 0 and cur.qi - out[m].qi <= _JOINER_SPAN and _in_brackets(tokens, out[m].qi, cur.qi)
        ):
            m -= 1
        prev = out[m]
        if cur.qi - prev.qj > _JOINER_SPAN:
            continue
        if prev.category not in FATE_CATEGORIES or prev.partitive:
            continue
        between = _outside_brackets([t.low for t in tokens[prev.qj : cur.qi]])
        joiner = next((j for j in ADDING_JOINERS if tuple(between[-len(j) :]) == j), None)
        if joiner is None:
            continue
        own = between[: -len(joiner)]
        if own and own[-1] == ",":
            own = own[:-1]
        if len(own) <= _ADDED_REACH and not any(w in (";", ":", "(", ")") for w in own):
            out[k] = replace(cur, category=prev.category, cue_index=prev.cue_index)
    return out


def _in_brackets(tokens: Sequence[Token], at: int, end: int) -> bool:
    """Whether a bracket opened before token ``at`` closes between it and ``end``."""
    return any(t.text == ")" for t in tokens[at:end]) and not any(
        t.text == "(" for t in tokens[at:end]
    )


def _outside_brackets(words: list[str]) -> list[str]:
    """The words with bracketed asides taken out (a bracket left open keeps its words)."""
    out: list[str] = []
    held: list[str] | None = None
    for w in words:
        if w == "(":
            held = [w]
        elif w == ")" and held is not None:
            held = None
        elif held is not None:
            held.append(w)
        else:
            out.append(w)
    return out + (held or [])


_CORRECTION_REACH = 6  # tokens from the figure before to "not": "18 bodies, not"
_HOPED_REACH = 6  # tokens after the corrected figure: "that organisers had hoped for"


def _corrected_figures(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """The figure a correction names counts what the figure before it counts."""
    out = list(found)
    for k in range(len(out)):
        cur = out[k]
        if cur.category is not None and denied_as_reported(tokens, cur.qi):
            # "..., and not 2,500 civilian lives lost as the UN reported": a figure of
            # its own words, denied
            out[k] = replace(cur, corrected=True)
            continue
        if k == 0:
            continue
        prev = out[k - 1]
        if (
            cur.category is None
            and prev.category is not None
            and cur.qi - prev.qj <= _CORRECTION_REACH
            and corrected_figure(tokens, cur.qi)
            # "not the 50,000 that organisers had hoped for": a hope, no count
            and not any(t.low in HOPED_FOR_WORDS for t in tokens[cur.qj : cur.qj + _HOPED_REACH])
        ):
            out[k] = replace(
                cur,
                category=prev.category,
                subject=cur.subject or prev.subject,
                subject_head=cur.subject_head or prev.subject_head,
                cue_index=prev.cue_index,
                corrected=True,
            )
    return out


def _shared_among(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'645 children and 350 women were among those who lost their lives': every figure
    of the coordinated subject is a part of the total the phrase names."""
    out = list(found)
    for k in range(len(out) - 1, 0, -1):
        cur, prev = out[k], out[k - 1]
        if not cur.partitive or prev.partitive or prev.category not in (None, cur.category):
            continue
        between = [t.low for t in tokens[prev.qj : cur.qi]]
        if between and between[-1] in ("and", ",") and len(between) <= 4:
            out[k - 1] = replace(prev, partitive=True, category=cur.category)
    return out


_PART_LIST_GAP = 5  # "of whom 97 were women, and 19 ...": the words between two rows


def _continued_part(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'of whom 97 were women, and 19 non-Korean nationals': a figure listed after a
    part, with no count word of its own, is a part of the same total."""
    out = list(found)
    for k in range(1, len(out)):
        cur, prev = out[k], out[k - 1]
        a_part = prev.partitive or prev.part_of is not None
        if cur.partitive or not a_part or cur.part_of is not None:
            continue
        if cur.category not in (None, prev.category) or cur.cue_index is not None:
            continue
        between = [t.low for t in tokens[prev.qj : cur.qi]]
        # "as well as" is "and" in three words
        gap = _PART_LIST_GAP + 3 if between[-3:] == ["as", "well", "as"] else _PART_LIST_GAP
        joined = between[-1:] in (["and"], [","]) or gap > _PART_LIST_GAP
        if joined and len(between) <= gap:
            out[k] = replace(
                cur, partitive=prev.partitive, part_of=prev.part_of, category=prev.category
            )
    return out


_VERB_REACH = 3  # lower-case words between the names and the figures: "have reported"


def _respective_places(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'Khyber Pakhtunkhwa and Punjab reported 308 and 223 deaths, respectively': names
    listed before figures listed as many are paired in order, each figure's scope the
    name in its place. Only where the sentence says "respectively"."""
    run = _listed_together(tokens, found)
    names: list[str] = []
    name: list[str] = []
    j = found[0].qi - 1
    while (
        j >= 0
        and found[0].qi - j <= _VERB_REACH
        and tokens[j].is_word
        and not (tokens[j].is_capitalised)
    ):
        j -= 1
    while j >= 0:
        t = tokens[j]
        if t.is_word and t.is_capitalised:
            name.insert(0, t.text)
        elif name and (t.text == "," or t.low == "and"):
            names.insert(0, " ".join(name))
            name = []
        else:
            break
        j -= 1
    if name:
        names.insert(0, " ".join(name))
    if run < 2 or len(names) != run or not all(n.lower() in KNOWN_PLACES for n in names):
        return found  # "The ministry and Amnesty reported 30 and 45": two counters, no places
    return [replace(f, scope=names[k]) if k < run else f for k, f in enumerate(found)]


_RESPECTIVE_REACH = 12  # tokens before the figures: "listed as missing and injured still stood at"


def _respective_categories(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'The number of people listed as missing and injured stood at 17,923 and 374,643
    respectively': categories listed before figures listed as many are paired in order.
    Only where the sentence says "respectively"."""
    run = _listed_together(tokens, found)
    if run < 2 or any(f.cue_index is not None and f.cue_index > f.qi for f in found[:run]):
        return found  # "12 and 30 people were arrested ... respectively": their own verb
    lo = max(0, found[0].qi - _RESPECTIVE_REACH)
    listed: list[Category] = []
    for j in range(found[0].qi - 1, lo - 1, -1):
        t = tokens[j]
        hit = cue_at(tokens, j)
        if hit is not None and hit[1] == 1:
            listed.insert(0, hit[0])
        elif listed and t.text != "," and t.low not in ("and", "or"):
            break  # the list ends at its first word that is none of it
    if len(listed) != run or len(set(listed)) != run:
        return found
    return [replace(f, category=listed[k]) if k < run else f for k, f in enumerate(found)]


_SHARE_REACH = 10  # tokens after a figure to its share: ", nearly a quarter of the total"


def _shares(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'Schools that collapsed killed more than 19,000 people, nearly a quarter of the
    total deaths': a figure the sentence calls a share of the total is a part of it, whose
    whole the article may not give."""
    out = list(found)
    for k, f in enumerate(out):
        if f.scope is None and f.part_of is None and _share_after(tokens, f.qj):
            out[k] = replace(f, scope=SHARE_SCOPE)
    return out


_SHARE_WORDS_BEFORE = 4  # after the comma: "nearly", "a", "quarter" / "about", "40", "percent"


def _share_after(tokens: Sequence[Token], j: int) -> bool:
    """An appositive after the figure's phrase that calls it a share of the toll: "...,
    nearly a quarter of the total deaths" (not "..., and nearly half of the dead were
    children", a share of the figure; nor "..., 2 percent of all those infected", a share
    of another whole)."""
    stop = min(len(tokens), j + _SHARE_REACH)
    comma = next((k for k in range(j, stop) if tokens[k].text in SHARE_MARKS), None)
    if comma is None or comma + 1 >= len(tokens) or tokens[comma + 1].low in CONJUNCTIONS:
        return False
    reach = min(len(tokens), comma + 1 + _SHARE_WORDS_BEFORE)
    share = next((k for k in range(comma + 1, reach) if tokens[k].low in SHARE_WORDS), None)
    if share is None:
        return False
    rest = [t.low for t in tokens[share + 1 : share + 5]]
    return "of" in rest[:2] and any(w in SHARE_WHOLES for w in rest)


def _listed_together(tokens: Sequence[Token], found: list[Found]) -> int:
    """How many figures from the first are listed together, joined by "," or "and"."""
    run = 1
    while run < len(found) and all(
        t.text == "," or t.low == "and" for t in tokens[found[run - 1].qj : found[run].qi]
    ):
        run += 1
    return run


# What a count leaves out: "The figure does not include an estimated 2,300 who died of
# disease", "excluding 40 soldiers"
_EXCLUDING = tuple(tuple(cue.split()) for cue in EXCLUDING_CUES)
_EXCLUDING_REACH = 5  # tokens before the figure: "does not include an estimated"
_EXCLUDING_LAST = frozenset(cue[-1] for cue in _EXCLUDING)


def _excluded(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """A figure a count is said to leave out is another group's, never a figure of that
    count: its scope says so. So is one the sentence adds to a count it gave before
    ("officially reported 37 deaths, ... at least 26 additional fatalities alongside 18
    more deaths")."""
    out = list(found)
    # the categories of the counts given so far in the sentence: a set, not a look back
    # over every figure before each one (a list of thousands of figures stays linear)
    counted: set[Category] = set()
    for k, f in enumerate(out):
        if f.scope is None and (
            (f.category in counted and _added(tokens, f)) or _others_beside_a_group(tokens, f)
        ):
            out[k] = replace(f, scope=EXCLUDED_SCOPE)
        elif f.scope is None:
            out[k] = f = _left_out(tokens, f)
        if f.category is not None and not f.partitive:
            # (a place's count too: "221 at Aldwin General Hospital, and another 115")
            counted.add(f.category)
    # "With the death of 14 more people, the toll ... went up to 175": the total after it
    # (not "another 23 are on ventilators and a total of 221 are being treated": a part)
    totals_after: set[Category] = set()
    tolls_after: set[Category] = set()  # "... and the toll at X Hospital had reached four"
    for k in range(len(out) - 1, -1, -1):
        f = out[k]
        if f.scope is None and (
            (f.category in totals_after and _more_after(tokens, f))
            or (f.category in tolls_after and _another_before(tokens, f))
        ):
            out[k] = replace(f, scope=EXCLUDED_SCOPE)
        if f.category is not None and not f.partitive and f.q.value:
            if f.scope is None:
                totals_after.add(f.category)
            if f.cue_index is not None and tokens[f.cue_index].low in _TOLL_WORDS:
                tolls_after.add(f.category)
    return out


_TOLL_WORDS = frozenset({"toll", "tally"})


def _another_before(tokens: Sequence[Token], f: Found) -> bool:
    """'another two victims had lost their lives ... and the toll had reached four': an
    addition to a toll the sentence goes on to give (not "another 23 are on ventilators
    and a total of 221 are being treated": a total of another kind)."""
    return not f.partitive and f.qi > 0 and tokens[f.qi - 1].low == "another"


def _left_out(tokens: Sequence[Token], f: Found) -> Found:
    """The figure, with the excluded scope where a cue before it says a count leaves it
    out ("does not include an estimated 2,300")."""
    before = tuple(t.low for t in tokens[max(0, f.qi - _EXCLUDING_REACH) : f.qi])
    if _EXCLUDING_LAST.isdisjoint(before):
        return f  # most figures: no word of a cue before them
    if any(
        before[i : i + len(cue)] == cue
        for cue in _EXCLUDING
        for i in range(len(before) - len(cue) + 1)
    ):
        return replace(f, scope=EXCLUDED_SCOPE)
    return f


_ADDED_AFTER = frozenset({"additional", "more", "further", "other"})
_ADDED_BEFORE = frozenset({"another", "further", "additional"})


def _others_beside_a_group(tokens: Sequence[Token], f: Found) -> bool:
    """'the Ardanians, along with 17 other foreign nationals, were shot dead': the others
    besides a group the sentence names without a figure (counted before it), never the
    group's whole."""
    if f.partitive or f.qi < 2:
        return False
    after, _ = _two_words_after(tokens, f)
    return after == "other" and (tokens[f.qi - 2].low, tokens[f.qi - 1].low) in _BESIDE


_BESIDE = frozenset({("along", "with"), ("together", "with"), ("well", "as"), ("addition", "to")})


def _added(tokens: Sequence[Token], f: Found) -> bool:
    """'18 more deaths', 'another 26 victims', 'at least 84 deaths, ..., up by 16 deaths': a
    count besides one the sentence gave before (the caller knows there was one of the same
    category)."""
    if f.partitive:
        return False
    after, nxt = _two_words_after(tokens, f)
    before = tokens[f.qi - 1].low if f.qi > 0 else ""
    two_before = (tokens[f.qi - 2].low, before) if f.qi > 1 else ("", before)
    return (
        (after in _ADDED_AFTER and nxt != "than")
        or before in _ADDED_BEFORE
        or two_before in _RISE_BEFORE
    )


# a rise named before its figure: "up by 16 deaths", "an increase of 16"
_RISE_BEFORE = frozenset({("up", "by"), ("increase", "of"), ("rise", "of")})


def _two_words_after(tokens: Sequence[Token], f: Found) -> tuple[str, str]:
    """The two words after a figure, lower-cased ("" past the sentence's end)."""
    after = tokens[f.qj].low if f.qj < len(tokens) else ""
    nxt = tokens[f.qj + 1].low if f.qj + 1 < len(tokens) else ""
    return after, nxt


def _more_after(tokens: Sequence[Token], f: Found) -> bool:
    """'14 more people', 'two additional deaths' (not '12 more than')."""
    after, nxt = _two_words_after(tokens, f)
    # (not "Twelve more seriously injured patients": a comparative)
    return (
        not f.partitive
        and after in _ADDED_AFTER
        and after != "other"
        and nxt != "than"
        and not nxt.endswith("ly")
    )


_MOVED_REACH = 6  # tokens after a figure to its verb of moving: "30 injured were rushed to"


def _shared_scopes(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'228 were killed and 1,056 were injured in Rabaa Square alone': a place that ends
    two coordinated counts is where both were counted."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        cur, nxt = out[k], out[k + 1]
        if cur.scope is not None or nxt.scope is None or cur.category is None:
            continue
        between = tokens[cur.qj : nxt.qi]
        if (
            0 < len(between) <= _LIST_GAP
            and any(t.low == "and" for t in between)
            and not any(
                t.text in HARD_BREAK
                or t.text == ","
                or t.low in CLAUSE_BREAKERS
                or t.low in PLACE_PREPS
                for t in between
            )
            # "12 died and 30 injured were rushed to Lahore General Hospital": where the
            # injured were taken, not where the dead were counted
            and not any(t.low in TRANSFER_VERBS for t in tokens[nxt.qj : nxt.qj + _MOVED_REACH])
        ):
            out[k] = replace(cur, scope=nxt.scope)
    return out


_CONDITIONS = frozenset(
    {
        "condition",
        "conditions",
        "intensive",
        "icu",
        "critical",
        "serious",
        "stable",
        "ventilators",
        "ventilator",
    }
)
_CONDITION_REACH = 6  # "12 are in a critical condition", "nine remain in intensive care"


def _conditions_of_the_treated(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'At least 24 people are being treated, 12 are in a critical condition': a count by
    condition right after a count of the injured is a part of it."""
    out = list(found)
    for k in range(1, len(out)):
        cur, prev = out[k], out[k - 1]
        if (
            cur.part_of is not None
            or prev.category is not Category.INJURED
            or cur.category not in (None, Category.INJURED)
            or (cur.q.value or 0) > (prev.q.value or 0)
            or cur.qi - prev.qj > _LIST_GAP
        ):
            continue
        between = tokens[prev.qj : cur.qi]
        after = tokens[cur.qj : cur.qj + _CONDITION_REACH]
        if any(t.low in _CONDITIONS or t.low in _DEGREES for t in between):
            continue  # "eight were lightly hurt and one was in serious condition": rows
        if cur.qj < len(tokens) and tokens[cur.qj].low == "others":
            continue  # "30 were discharged and 12 others remain in intensive care": more
        # "24 are being treated, 12 are in a critical condition", "Fifteen remain injured
        # with nine in a critical condition"
        if any(t.low in (",", "and", "while", "with") for t in between) and any(
            t.low in _CONDITIONS for t in after
        ):
            whole = prev.part_of if prev.part_of is not None else k - 1
            out[k] = replace(cur, part_of=whole, category=Category.INJURED)
    return out


# how badly the count before was hurt: then it is a row beside the next, not its whole
_DEGREES = frozenset(
    {"lightly", "slightly", "seriously", "critically", "gravely", "severely", "minor"}
)
# "with 10 more", "with 12 new": an addition to the count before, not a part of it
_ADDED = ELIDED_HEADS | {"new"}
# "with 20 in Kabul", "with 12 of them children": where a kind-less figure still names
# a part of the count before it
_PART_PLACE = frozenset({"in", "of", "from", "at"})


def _row_name_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether the name ending at token ``k`` heads a row of a list ("were Rionegro, with
    198 dead, and La Ceja, with 151"), not a place the count happened in ("injured in
    Kano, with 20 hospitalised") or a day ("since Sunday, with 20")."""
    while k >= 0 and tokens[k].is_capitalised and tokens[k].is_word:
        k -= 1
    return k >= 0 and tokens[k].low in ROW_NAME_BEFORE


def _subset_with(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'103 officers have been injured, with 28 hospitalised': a smaller figure that
    'with' brings after a count of the same kind (a comma, a dash or a verb before it;
    no comma is needed: 'injured with 28 hospitalised') is a part of it. 'with 25 wounded'
    after the dead is a count of its own kind, and 'with 10 more' adds to the count."""
    out = list(found)
    for k in range(1, len(out)):
        cur, prev = out[k], out[k - 1]
        if (
            cur.part_of is not None
            or prev.category is None
            or cur.qi < 2
            or tokens[cur.qi - 1].low != "with"
            or cur.qi - prev.qj > _LIST_GAP
            # "Nord with 501 dead, Nord-Ouest with 216": a name before "with" opens a
            # row of a list, not a part of the row before it
            or tokens[cur.qi - 2].text[:1].isupper()
            # "Rionegro, with 198 dead, and La Ceja, with 151": so does a name and comma
            or (
                cur.qi >= 3
                and tokens[cur.qi - 2].text == ","
                and tokens[cur.qi - 3].is_capitalised
                and _row_name_before(tokens, cur.qi - 3)
            )
            # "20 protesters along with 5 journalists": an addition, not a part
            or tokens[cur.qi - 2].low in ("along", "together")
            or prev.q.value is None
            or cur.q.value is None
            or cur.q.value >= prev.q.value
        ):
            continue
        after = [t.low for t in tokens[cur.qj : cur.qj + 2]]
        if any(w in _ADDED for w in after):
            continue
        kind_less = cur.category is None and bool(after) and after[0] in _PART_PLACE
        if cur.category is prev.category or kind_less:
            out[k] = replace(cur, part_of=k - 1, category=prev.category)
    return out


# What may stand between a clause break and a gapped figure: who gave it and how
# ("the interior ministry 570,000", "the union of 3.5 million", "police put it at 8,500",
# "Liberia has 2,830")
_GAP_LINKS = frozenset(
    {
        "the",
        "of",
        "at",
        "put",
        "it",
        "has",
        "had",
        "have",
        "counted",
        "reported",
        "says",
        "said",
        "gave",
        "with",
        "just",
        "only",
        "some",
        "about",
        "for",
        "its",
        "their",
        "own",
        "estimate",
        "figure",
    }
)
_HOLDING = frozenset({"has", "had", "have"})
_GAP_ENDS = frozenset(
    {",", ".", ";", ")", ":", "and", "while", "whereas", "in", "for", "by", "according", "—", "–"}
)
_GAP_BREAKS = frozenset({",", ";", "and", "while", "whereas", "but"})
_GAP_WORDS = 5  # "the General Confederation of Labour 570,000"


def _gapped_counts(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'organisers said 20,000 marched, the police 8,500', 'Liberia has 2,830 and Mali 571':
    a bare figure in a clause whose verb and noun are left out (gapped) counts what the
    last counted figure before it counts, as another source's or place's figure."""
    out = list(found)
    counted: Found | None = None
    for k, cur in enumerate(out):
        if cur.category is not None:
            counted = cur
            continue
        if (
            counted is None
            or cur.subject_head is not None
            or cur.rate
            or cur.cases
            or cur.part_of is not None
        ):
            continue
        tail = _gap_tail(tokens, counted, cur)
        if tail is None:
            continue
        end = cur.qi
        while end > tail and tokens[end - 1].low in _GAP_LINKS:
            end -= 1  # "the union of", "police put it at"
        # "the prefecture 8,500", "the CGT union of 2 million" name who counted the
        # same crowd (its scope too); "Gedaref had 1,120 and Sennar 2,045" where, rows
        # like the placed figure before them
        words = tokens[tail:end]
        holder = counted.scope is not None and _names_a_holder(tokens[tail : cur.qi])
        if not holder and any(t.low in _HOLDING for t in tokens[tail : cur.qi]):
            continue  # "..., and Pakistan has 220 million": no row of a breakdown
        if holder:
            scope, source = " ".join(t.text for t in words if t.is_capitalised) or None, None
        else:
            # "some 193 were in Amatrice, 11 in Accumoli": a row's own place is its scope
            scope = cur.scope or counted.scope
            source = (tail, end) if any(t.low in RIVAL_COUNTERS for t in words) else None
        # a chain ("..., the police 8,500, the union 2 million") copies from the copy
        out[k] = counted = replace(
            cur,
            category=counted.category,
            subject=counted.subject,
            subject_head=counted.subject_head,
            scope=scope,
            cue_index=counted.cue_index,
            gap_source=source,
        )
    return out


def _names_a_holder(words: Sequence[Token]) -> bool:
    """'Gedaref had', 'and Sennar': a capitalised name, perhaps with 'has' or 'had'."""
    names = [t for t in words if t.is_capitalised]
    return bool(names) and all(
        t.is_capitalised or t.low in _HOLDING or t.low == "the" for t in words
    )


def _gap_tail(tokens: Sequence[Token], counted: Found, cur: Found) -> int | None:
    """Where the gapped clause of ``cur`` starts (after its break), if it is one."""
    if cur.qj < len(tokens) and tokens[cur.qj].low not in _GAP_ENDS:
        return None
    if not 0 < cur.qi - counted.qj <= _LIST_GAP + _GAP_WORDS:
        return None
    brk = next(
        (i for i in range(cur.qi - 1, counted.qj - 1, -1) if tokens[i].low in _GAP_BREAKS), None
    )
    if brk is None or cur.qi - brk - 1 > _GAP_WORDS:
        return None
    if any(t.text in HARD_BREAK for t in tokens[counted.qj : cur.qi]):
        return None
    # the gap holds names and linking words only: a verb or a noun of its own would make
    # the figure another clause's
    tail = tokens[brk + 1 : cur.qi]
    if all(
        t.low in _GAP_LINKS or t.low in RIVAL_COUNTERS or (t.is_word and t.is_capitalised)
        for t in tail
    ):
        return brk + 1
    return None


_FRONTING = (
    ("out", "of", "a", "total", "of"),
    ("of", "a", "total", "of"),
    ("out", "of", "the"),
    ("out", "of"),
    ("of", "the"),
    ("among", "the"),
)


_STATEMENT_STARTS = frozenset({",", "that", "said", "says", ":", "—", "–"})


def _parts_of_fronted_whole(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'Out of the 196 people injured, 10 are still in hospital', 'Among the 325
    teenagers, 71 have been confirmed dead, 75 were saved': the figures after the
    fronted whole's comma are its parts."""
    for k, whole in enumerate(found):
        opener = next(
            (
                o
                for o in _FRONTING
                if tuple(t.low for t in tokens[whole.qi - len(o) : whole.qi]) == o
                and whole.qi >= len(o)
            ),
            None,
        )
        if opener is None:
            continue
        before = whole.qi - len(opener) - 1
        if before >= 0 and tokens[before].low not in _STATEMENT_STARTS:
            continue
        # the comma must come before the next figure: the whole's own phrase, not a list;
        # or the verb, put first: "Among the 149 victims were 15 pupils and two teachers"
        stop = found[k + 1].qi if k + 1 < len(found) else len(tokens)
        inverted = _inverted_copula(tokens, whole.qj, stop)
        if not inverted and not any(tokens[j].text == "," for j in range(whole.qj, stop)):
            continue
        out = list(found)
        for m in range(k + 1, len(out)):
            part = out[m]
            if inverted and _own_verb_after(tokens, part.qj):
                break  # "... and 6 crew members were also killed": a clause of its own
            # "Of the 28 injured, six are in Aligarh; six at another hospital": a
            # semicolon goes on with the rows, a new statement does not
            if _new_statement(tokens, out[m - 1].qj, part.qi, rows=True):
                break  # "..., and police said 14 officers were hurt": another statement
            if part.part_of is None:
                out[m] = replace(
                    part, part_of=k, category=part.category or whole.category, partitive=False
                )
        return out
    return found


_COPULAS = frozenset({"were", "are", "was", "is"})
_OWN_VERB_REACH = 4  # "6 crew members were": a figure's noun, then its own verb


def _own_verb_after(tokens: Sequence[Token], j: int) -> bool:
    """A copula or auxiliary right after the figure ending at ``j`` and its noun: the
    figure opens a clause of its own, no row of the list before it."""
    for t in tokens[j : j + _OWN_VERB_REACH]:
        if t.low in _COPULAS or t.low in ("have", "has", "had"):
            return True
        if not t.is_word or t.low in ("and", "or", "from", "of"):
            return False
    return False


def _inverted_copula(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words from ``start`` to the next figure at ``end`` end on a copula that
    puts the parts after it ("the 149 crash victims were", "... were also")."""
    words = [t.low for t in tokens[start:end] if t.low != "also"]
    return len(words) >= 1 and words[-1] in _COPULAS


def _new_statement(tokens: Sequence[Token], start: int, end: int, *, rows: bool = False) -> bool:
    """A speech verb ('police said'; not 'have been confirmed dead'), a clause breaker
    other than a list's 'while', or a hard break between two figures (with ``rows``, a
    semicolon between rows of a list is none)."""
    between = tokens[start:end]
    return any(
        (t.low in CLAUSE_BREAKERS and t.low not in ("while", "whereas"))
        or (t.text in HARD_BREAK and not (rows and t.text == ";"))
        or _reports(between, k)
        for k, t in enumerate(between)
    )


_TOTAL_NOUNS = frozenset({"total", "toll", "tally", "number", "count"})


# tokens from "bringing" to the new total's figure: "pushing the toll in the school
# hostage crisis at Verkosk in North Halmoria to 383"
_BRINGING_REACH = 18
_TOTAL_AFTER_REACH = 4  # tokens: "bringing to twenty the overall number of deaths"
_SKIPPED_REACH = 3  # figures of things passed over back to the increment ("two clinics")


def _brings_to_a_total(tokens: Sequence[Token], qi: int, qj: int, starts: set[int]) -> bool:
    """The figure at ``qi`` is the new total a "bringing" clause names: "..., bringing
    the total to 507", "..., bringing to twenty the overall number of deaths". The clause
    runs from the verb to the figure with no break and no other figure ("bringing water
    to the villages, and the number of dead rose to 20" names no total; nor does "raising
    the toll to 333 and lowering the number missing to 39" for the 39)."""
    if qi == 0 or tokens[qi - 1].low != "to":
        return False
    for k in range(qi - 2, max(-1, qi - 2 - _BRINGING_REACH), -1):
        t = tokens[k]
        if t.low in BRINGING_VERBS:
            between = {u.low for u in tokens[k + 1 : qi - 1]}
            after = {u.low for u in tokens[qj : qj + _TOTAL_AFTER_REACH]} if k == qi - 2 else set()
            # "..., raising fears the number of dead would rise to 40": no new total
            return bool(_TOTAL_NOUNS & (between | after)) and not (NOT_A_NEW_TOTAL & between)
        if t.text in HARD_BREAK or t.text == "," or t.low in CLAUSE_BREAKERS or k in starts:
            return False
    return False


_ONE_COUNT = frozenset(
    {
        frozenset({Category.EVACUATED, Category.DISPLACED}),
        frozenset({Category.OTHER, Category.EVACUATED}),  # "25 rescued ..., evacuated to"
        frozenset({Category.MISSING, Category.KILLED}),  # the missing "found dead"
    }
)


def _other_counts(part: Category | None, total: Category | None) -> bool:
    """Whether a figure cannot be a part of a total for what they count: the dead and the
    living ("14 rescued ..., bringing the death toll to 31"; but the missing "found dead"
    join the toll), the arrested and others. The evacuated and the displaced, or those
    rescued and evacuated, may be one count."""
    if part is None or total is None or part is total:
        return False
    return frozenset({part, total}) not in _ONE_COUNT


def _parts_of_running_total(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'Another 29 bodies were pulled out overnight, bringing the total to 507', 'the
    toll has risen by one to 13': the figure before is a part of the new total. Figures
    of things between them are passed over ("a further two deaths were logged at two
    private clinics, bringing the number of fatalities to 46")."""
    out = list(found)
    starts = {f.qi for f in found}
    for k in range(1, len(out)):
        cur = out[k]
        prev = out[k - 1]
        # "The death toll has risen by one to 13": the rise is a part of the new toll
        # ("revised down by 11 to 84" is a fall, no part)
        risen_by = (
            prev.qi > 1
            and tokens[prev.qi - 1].low == "by"
            and tokens[prev.qi - 2].low in RISE_VERBS
            and [t.low for t in tokens[prev.qj : cur.qi]] == ["to"]
        )
        if not risen_by:
            if not _brings_to_a_total(tokens, cur.qi, cur.qj, starts):
                continue
            p = next(
                (p for p in range(k - 1, max(-1, k - 1 - _SKIPPED_REACH), -1) if accept(out[p])),
                None,
            )
            if p is None:
                continue
            prev = out[p]
            if _other_counts(prev.category, cur.category) or (
                p < k - 1 and cur.category is not None and prev.category is not cur.category
            ):
                # "arrested 30 ..., bringing the death toll to 14": another count; past a
                # figure of things only the same count ("300 shoppers were inside when two
                # floors gave way, bringing the death toll to 41")
                continue
        else:
            p = k - 1
        if prev.part_of is None:
            out[p] = replace(prev, part_of=k)
            if cur.category is None:
                out[k] = replace(cur, category=prev.category)
    return out


_FORCES = SECURITY_HEADS | {k for k, v in NOUN_CATEGORIES.items() if v is Category.TROOPS}


def _forces_or_not(f: Found) -> Found:
    """Deployed firefighters are no forces; police officers with no other cue are; so are
    members of an army ("8,400 members of Mexico's army were deployed")."""
    head = f.subject_head
    if (
        f.category is Category.TROOPS
        and head is not None
        and head not in _FORCES
        and head in HUMAN_NOUNS
        and not _members_of_a_force(f.subject)
        and not _security_agents(f.subject)
    ):
        return replace(f, category=Category.OTHER)  # "520 firefighters were deployed"
    if f.category is None and head in SECURITY_HEADS:
        return replace(f, category=Category.TROOPS)  # "..., 1,100 police officers and"
    return f


def _members_of_a_force(subject: str | None) -> bool:
    """'members of Mexico's army', 'members of the military': a force's members ("members
    of the army veterans' association" are an association's)."""
    if not subject:
        return False
    words = subject.lower().split()
    return words[0] == "members" and "of" in words and words[-1].strip(",") in FORCE_BODIES


def _security_agents(subject: str | None) -> bool:
    """'65,000 agents had been deployed', 'federal agents': agents of a force ("polling
    agents", "insurance agents" are not)."""
    if not subject:
        return False
    words = subject.lower().split()
    return words[-1] == "agents" and all(w in SECURITY_AGENT_WORDS for w in words[:-1])


_PART_BEFORE_WHOLE = (
    ["out", "of"], ["out", "of", "the"], ["out", "of", "a", "total", "of"], ["of", "the"],
    ["of"],  # a headline's "Some 38 of 84 killed in Nice were foreigners"
)  # fmt: skip


_SHARE_OF_FEW = 2  # "one of two": a share of so few is no count's part


def _smaller(part: Found, whole: Found) -> bool:
    """A bare "N of M" part: below its whole, and the whole more than a couple."""
    return (
        part.q.value is not None
        and whole.q.value is not None
        and part.q.value < whole.q.value
        and whole.q.value > _SHARE_OF_FEW
    )


def _parts_out_of(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'46 out of the 205 patients were still in hospital', 'all but 29 of the 399
    dead': a part before its whole, counting what the whole counts unless its own verb
    says otherwise."""
    out = list(found)
    for k in range(len(out) - 1):
        cur, whole = out[k], out[k + 1]
        words = [t.low for t in tokens[cur.qj : whole.qi]]
        if words not in _PART_BEFORE_WHOLE:
            continue
        if words == ["of"] and not _smaller(cur, whole):
            continue  # "one of two": a share of the figure after, no part of a count
        all_but = [t.low for t in tokens[max(0, cur.qi - 2) : cur.qi]] == ["all", "but"]
        if (
            None not in (cur.category, whole.category)
            and cur.category is not whole.category
            and not all_but  # "all but 20 of the 300 on board survived": the 20 of them
        ):
            continue  # "7,518 deaths out of 19,340 cases": a rate of two counts, not a part
        out[k] = replace(
            cur,
            part_of=k + 1,
            category=cur.category or whole.category,
            subject=cur.subject or whole.subject,
            subject_head=cur.subject_head or whole.subject_head,
            cue_index=cur.cue_index if cur.cue_index is not None else whole.cue_index,
            cases=cur.cases or whole.cases,
        )
        if _verb_is_the_parts(tokens, cur, whole):
            # "Three of the 40 passengers died": the verb tells what befell the part; the
            # whole is what its own noun says (passengers aboard, "the 98 injured")
            out[k + 1] = replace(
                whole,
                category=NOUN_CATEGORIES.get(whole.subject_head or "", Category.OTHER),
                cue_index=None,
            )
    return out


def _verb_is_the_parts(tokens: Sequence[Token], part: Found, whole: Found) -> bool:
    """Whether the part and its whole share one cue right of both that is the part's
    verb ("Three of the 40 passengers died"), not a participle of the whole's ("Three of
    the 40 people killed were children"), and the whole's noun names no fate of its own
    ("of the 98 injured")."""
    cue = whole.cue_index
    if cue is None or cue != part.cue_index or cue < whole.qj or whole.subject_head is None:
        return False
    if NOUN_CATEGORIES.get(whole.subject_head) in FATE_CATEGORIES:
        return False
    if any(
        tokens[k].low in ("who", "that", "which") and cue - k <= _RELATIVE_TO_CUE
        for k in range(whole.qj, cue)
    ):
        # "Five of the 41 people who were killed": the whole's own clause (not "of the 40
        # passengers who were on board the bus died": the part's verb after it)
        return False
    # a finite verb: after an auxiliary ("were shot dead") or one that is never a passive
    # participle ("died"); not "the 20 people detained on Monday remain in custody"
    return tokens[cue - 1].low in _AUXILIARIES_BEFORE or tokens[cue].low in _NEVER_PARTICIPLES


_AUXILIARIES_BEFORE = AUXILIARIES | {"have", "has", "had"}
_RELATIVE_TO_CUE = 3  # tokens from "who" to its own verb: "who had been killed"
_NEVER_PARTICIPLES = frozenset({"died", "perished", "succumbed", "fled", "survived"})

_AMONG_ADVERBS = frozenset({"also", "still", "now"})
_AMONG_NOUN_REACH = 4  # words of the part's own noun: "two Indian nationals were among the"


def _parts_among_whole(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'Four Nepalis and two Indians were among the 52 killed', 'Nine police officers are
    among the 140 injured', a headline's '9 children among 14 killed': the figures of a
    subject that is "among" a count given right after it are parts of that count, each
    listed figure of the subject with it."""
    out = list(found)
    for k in range(len(out) - 1):
        cur, whole = out[k], out[k + 1]
        words = list(tokens[cur.qj : whole.qi])
        if words and words[-1].low == "the":
            words.pop()
        if not words or words[-1].low != "among":
            continue
        words.pop()
        while words and (words[-1].low in _AMONG_ADVERBS or words[-1].low.endswith("ly")):
            words.pop()  # "are also among the 124 missing"
        if words and words[-1].low in _COPULAS:
            words.pop()  # "were among the 52"
        elif not _opens_a_clause(tokens, cur.qi):
            # a headline's "Medics say 9 children among 14 killed" (not "opened fire
            # among 300 worshippers", "planted 5 informers among 2,000 strikers")
            continue
        if (
            len(words) > _AMONG_NOUN_REACH
            or not all(t.is_word and t.low not in FUNCTION_WORDS for t in words)
            or not _smaller(cur, whole)
            or cur.part_of is not None
        ):
            continue
        # the subject's earlier figures, listed with "and" or commas: "Four Nepalis and two"
        first = k
        while first > 0 and _listed_before(tokens, out[first - 1], out[first]):
            first -= 1
        for m in range(first, k + 1):
            part = out[m]
            if part.part_of is not None or not _smaller(part, whole):
                continue
            if None not in (part.category, whole.category) and part.category is not whole.category:
                continue
            out[m] = replace(part, part_of=k + 1, category=part.category or whole.category)
    return out


def _opens_a_clause(tokens: Sequence[Token], qi: int) -> bool:
    """Whether the figure at ``qi`` opens its clause: first in the sentence, or after a
    verb of speech or a mark ("Medics say 9 children ...", "Update: 9 children ...")."""
    return (
        qi == 0
        or tokens[qi - 1].low in SPEECH_VERBS
        or tokens[qi - 1].text in (":", ",", "—", "–", "-")
    )


def _listed_before(tokens: Sequence[Token], prev: Found, cur: Found) -> bool:
    """Whether ``prev`` is the item before ``cur`` in one list of figures and their nouns:
    "Four Nepalis and two", "five children, three women and"."""
    between = tokens[prev.qj : cur.qi]
    return (
        bool(between)
        and between[-1].low in ("and", ",")
        and len(between) - 1 <= _AMONG_NOUN_REACH
        and all(t.is_word and t.low not in FUNCTION_WORDS for t in between[:-1])
    )


_LIST_SEPARATORS = frozenset({",", "and", "by", "while", "with", "whereas"})


_LIST_GAP = 12  # tokens between two figures of one list: "people in India, 12"


# the fates soldiers listed with a count share with it ("kills 60 Afghans, 13 US troops")
_FATES_TROOPS_SHARE = frozenset(
    {Category.KILLED, Category.INJURED, Category.MISSING, Category.DETAINED}
)
_ITEM_ENDS = frozenset({",", "and", ".", ";", ")", "-", "–", "—"})
_TROOP_NOUN_REACH = 4  # tokens from a figure to its noun: "13 U.S. service members"


def _fate_of(tokens: Sequence[Token], whole: Found, cur: Found) -> bool:
    """'kills 60 Afghans, 13 US troops', 'dozens killed, including 13 American troops':
    soldiers counted by their noun alone ("troops" is its own cue), listed with or under
    a count of the killed, injured, missing or detained, share that fate; they are no
    deployment."""
    if cur.category is not Category.TROOPS or whole.category not in _FATES_TROOPS_SHARE:
        return False
    # the noun ends its list item: "13 US troops" at a comma, "and", a figure or the
    # end, never "3,000 troops patrolled the city" (a verb of its own)
    noun = next(
        (
            k
            for k in range(cur.qj, min(len(tokens), cur.qj + _TROOP_NOUN_REACH))
            if tokens[k].low in NOUN_CATEGORIES
        ),
        None,
    )
    if noun is None:
        return False
    after = tokens[noun + 1] if noun + 1 < len(tokens) else None
    return (
        after is None
        or after.low in _ITEM_ENDS
        or after.text[0].isdigit()
        # a headline a relay ran into its lead: "..., 7 French troops The war that ..."
        or (after.text in ("The", "A", "An") and noun + 2 < len(tokens))
    )


def _continue_lists(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'killed 34 people in India, 12 in Tibet and two in Bangladesh': a figure listed
    after another, without a noun or a cue of its own, counts the same people the same
    way."""
    out = list(found)
    for k in range(1, len(out)):
        cur, prev = out[k], out[k - 1]
        if not cur.listed and _in_list_of_figures(tokens, prev, cur):
            out[k] = cur = replace(cur, listed=True)
        head = None if cur.subject_head in ELIDED_HEADS else cur.subject_head
        if (
            cur.part_of is None
            and prev.part_of is not None
            and cur.category is prev.category
            and cur.subject_head == prev.subject_head
            and _listed_after(tokens, prev, cur)
        ):
            # "75 people, 40 of them for looting and 12 for assault": a row of the same part
            out[k] = cur = replace(cur, part_of=prev.part_of)
        if _fate_of(tokens, prev, cur) and _listed_after(tokens, prev, cur):
            # the noun's "troops" yields to the verb's fate; it stays who they were
            noun = tokens[cur.qj : (cur.cue_index or cur.qj) + 1]
            cur = replace(
                cur,
                category=None,
                subject=cur.subject or " ".join(t.text for t in noun),
                subject_head=cur.subject_head or noun[-1].low,
            )
            head = cur.subject_head
        if (head is not None and cur.category is not None) or cur.cases:
            continue
        if prev.category is None or not _listed_after(tokens, prev, cur):
            continue
        if head is None and cur.category not in (None, prev.category):
            # "26 criminals liquidated and more than 3,000 detained": another fate, and
            # as often another group: the noun is not carried over
            out[k] = replace(cur, subject=None, subject_head=None)
        elif head is None and _aside_closed_between(tokens, prev, cur):
            # "31 people died, including 6 officers, and over 350 were injured": the
            # figure after the aside goes on from the whole, not from its part
            continue
        elif head is None:
            part_of = cur.part_of if cur.part_of is not None else prev.part_of
            out[k] = _counting_as(cur, prev, part_of=part_of)
        elif not _acts_after_its_noun(tokens, cur):
            # "killed 64 soldiers and 23 civilians": a noun of its own, the verb shared
            # (not "..., while 70 families held prayers": a verb of their own)
            out[k] = replace(cur, category=prev.category, cue_index=prev.cue_index)
    # "4 soldiers, 24 residents and 117 Bengalis were killed": soldiers at the head of a
    # list share the fate its verb gives the items after them (a back pass)
    for k in range(len(out) - 2, -1, -1):
        cur, nxt = out[k], out[k + 1]
        if _fate_of(tokens, nxt, cur) and _listed_after(tokens, cur, nxt):
            out[k] = replace(cur, category=nxt.category, cue_index=nxt.cue_index)
    return out


def _aside_closed_between(tokens: Sequence[Token], prev: Found, cur: Found) -> bool:
    """Whether ``prev`` is a part an "including" aside opens, closed by a comma before
    the "and" that brings ``cur``."""
    between = [t.text for t in tokens[prev.qj : cur.qi]]
    return prev.qi > 0 and tokens[prev.qi - 1].low == "including" and between[-2:] == [",", "and"]


def _counting_as(cur: Found, prev: Found, **changes: object) -> Found:
    """``cur`` counting what the figure before counts, the same way (its category, noun
    and cue), with ``changes`` on top."""
    fields: dict[str, object] = {
        "category": prev.category,
        "subject": prev.subject,
        "subject_head": prev.subject_head,
        "cue_index": prev.cue_index,
    }
    fields.update(changes)
    return replace(cur, **fields)  # type: ignore[arg-type]


def _acts_after_its_noun(tokens: Sequence[Token], f: Found) -> bool:
    """Whether a past verb that is no cue follows the figure's noun: "70 families held",
    "300 residents gathered"."""
    k = f.qj + (len(f.subject.split()) if f.subject else 0)
    if k >= len(tokens) or not tokens[k].text.islower() or cue_at(tokens, k) is not None:
        return False
    low = tokens[k].low
    if not (low in IRREGULAR_PAST_VERBS or (low.endswith("ed") and len(low) > 4)):
        return False
    # with an object of its own ("held prayers", "held a vigil"), not a participle that
    # describes them ("12 teachers accused of organising", "villagers armed with rifles")
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and nxt.is_word and nxt.low not in FUNCTION_WORDS


def _in_list_of_figures(tokens: Sequence[Token], prev: Found, cur: Found) -> bool:
    """'53 British citizens and one Canadian': ``cur`` is the next item of a list of
    figures, with no verb between them ('two died and one man told reporters' is not)."""
    return (
        prev.q.value is not None
        and _listed_after(tokens, prev, cur)
        and not any(cue_at(tokens, j) is not None for j in range(prev.qj, cur.qi))
    )


def _bare_list_heads(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'recorded 792, 336 and 223 deaths': bare figures listed tight before a counted
    figure count what it counts (a back pass, so the noun reaches the first)."""
    out = list(found)
    for k in range(len(out) - 1, 0, -1):
        cur, prev = out[k], out[k - 1]
        if prev.category is not None or prev.subject_head is not None or cur.category is None:
            continue
        between = [t.low for t in tokens[prev.qj : cur.qi]]
        if between in ([","], ["and"], [",", "and"]):
            out[k - 1] = replace(
                prev,
                category=cur.category,
                subject=cur.subject,
                subject_head=cur.subject_head,
                cue_index=cur.cue_index,
            )
    return out


def _listed_after(tokens: Sequence[Token], prev: Found, cur: Found) -> bool:
    """Whether ``cur`` continues a list that ``prev`` opened in one clause."""
    between = tokens[prev.qj : cur.qi]
    if len(between) > 2 and between[-2].low == "but" and between[-1].low == "also":
        between = between[:-2]  # "killed 370 insurgents, but also 13 soldiers"
    if not between or len(between) > _LIST_GAP or between[-1].low not in _LIST_SEPARATORS:
        return False
    # the separator itself may be "while": "88 identified while 187 are yet to be"
    return not any(
        t.text in HARD_BREAK or t.text == "." or t.low in CLAUSE_BREAKERS or _reports(between, k)
        for k, t in enumerate(between[:-1])
    )


def _reports(tokens: Sequence[Token], k: int) -> bool:
    """'..., the WHO said, and': a speech verb between two figures ends the first
    statement ('have been confirmed dead' is no speech)."""
    t = tokens[k]
    return (
        t.low in SPEECH_VERBS
        and t.text[0].islower()
        and not (k > 0 and tokens[k - 1].low in AUXILIARIES)
        # "injured passengers admitted to hospitals": taken in, not a statement
        and not (k + 1 < len(tokens) and tokens[k + 1].low in ("to", "into"))
    )


def _breakdown_rows(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'reported in Balochistan (234), Punjab (167)', 'Nigeria 41, Mali 27': figures
    each after a place or group's name are rows of a breakdown of the sentence's count."""
    rows = [
        k
        for k, f in enumerate(found)
        if f.category is None
        and f.subject_head is None
        and _row_name(tokens, f.qi, f.qj) is not None
    ]
    if len(rows) < 2:
        return found
    cue = next((c for j in range(len(tokens)) if (c := cue_at(tokens, j)) is not None), None)
    if cue is None:
        return found
    out = list(found)
    for k in rows:
        f = out[k]
        out[k] = replace(
            f,
            category=cue[0],
            subject="people",
            subject_head="people",
            scope=_row_name(tokens, f.qi, f.qj),
        )
    return out


def _elided_place_rows(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'in Kwalat, seven persons were killed; Sebum, one person; Rindiya, two persons':
    rows that name a place and a figure and leave the verb out, after a row of the same
    shape with its fate, count what befell that row's people in their own place."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if prev.category not in FATE_CATEGORIES or cur.category is not None:
            continue
        place = _place_row_opening(tokens, cur.qi)
        if place is None or _place_row_opening(tokens, prev.qi) is None:
            continue
        if not _row_ends_after_its_noun(tokens, cur):
            continue
        out[k] = _counting_as(
            cur,
            prev,
            subject=cur.subject or prev.subject,
            subject_head=cur.subject_head or prev.subject_head,
            scope=place,
            listed=True,
        )
    return out


def _bracketed_place_rows(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'It has left 39 people dead (31 in Quelimba, 6 in Namarra and 2 in Lissanga)': two
    or more figures in brackets right after a total, each with a place of its own, are
    the total's rows there; the first row's place is none of the total's."""
    if len(found) < _BRACKET_ROWS_AT_LEAST:
        return found  # a total and two rows at least
    out = list(found)
    for k, total in enumerate(out):
        if total.category is None or total.part_of is not None:
            continue
        stop = min(len(tokens), total.qj + _BRACKET_REACH)
        opened = next((j for j in range(total.qj, stop) if tokens[j].text == "("), None)
        if opened is None or any(t.text in (",", ";", ".") for t in tokens[total.qj : opened]):
            continue
        # (within reach: a bracket left open is no list of rows, and each total's search
        # stays bounded in a sentence of thousands of figures)
        end = min(len(tokens), opened + _BRACKET_ROWS_REACH)
        closed = next((j for j in range(opened, end) if tokens[j].text == ")"), None)
        if closed is None:
            continue
        rows = []
        for n in range(k + 1, len(out)):
            if out[n].qi >= closed:
                break
            rows.append(n)
        places = [_place_after(tokens, out[n].qj) for n in rows]
        if (
            len(rows) < 2
            or None in places
            # the first row right at the bracket ("(out of some 3,000 in Tarsa", "(and
            # damaged 300 in Tarsa" are other counts), and the rows no more than the total
            or out[rows[0]].qi != opened + 1
            or _rows_exceed(total, [out[n] for n in rows])
            or any(out[n].category not in (None, total.category) for n in rows)
            or any(out[n].subject_head is not None for n in rows)
        ):
            continue
        for n, place in zip(rows, places, strict=True):
            out[n] = _counting_as(out[n], total, part_of=k, scope=place, listed=True)
        if total.scope == places[0]:
            out[k] = replace(total, scope=None)  # read across the bracket
    return out


def _rows_exceed(total: Found, rows: Sequence[Found]) -> bool:
    """Whether rows' figures add up to more than their total could hold."""
    if total.q.high is None:
        return False
    return sum(r.q.low or 0 for r in rows) > total.q.high


_BRACKET_REACH = 4  # tokens from a total to its bracket: "39 people dead ("
_BRACKET_ROWS_REACH = 60  # tokens from a bracket to its close: a dozen rows by place
_BRACKET_ROWS_AT_LEAST = 3


def _a_places_share_after_a_total(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'police arrest 1 340 protesters, 538 from Tovany', 'killed 34 people, 12 in
    Tibet': a smaller figure right after a total that names no place, with only a place
    of its own, is the total's share there (not "34 in India, 12 in Tibet": rows)."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if prev.category is None or cur.category not in (None, prev.category):
            continue
        if prev.scope is not None and not prev.scope.startswith("by "):
            continue
        if cur.subject_head not in (None, prev.subject_head) or cur.part_of is not None:
            continue
        if prev.q.value is None or cur.q.value is None or cur.q.value >= prev.q.value:
            continue
        gap = tokens[prev.qj : cur.qi]
        noun = prev.subject.split() if prev.subject else []
        if not gap or gap[-1].text != "," or [t.text for t in gap[:-1]] != noun:
            continue  # (not "34 were from Gyeltam, 28 from Lhapur": rows)
        place = _place_after(tokens, cur.qj)
        if place is None:
            continue
        out[k] = _counting_as(cur, prev, part_of=k - 1, scope=place)
    return out


# "and of this number, 260", "and of these, 12": a clause that opens on the figure before
_OF_THE_FIGURE_BEFORE = (
    ["of", "this", "number"],
    ["of", "these"],
    ["of", "them"],
    ["of", "those"],
    ["of", "whom"],
)


def _parts_of_this_number(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'730 people are now in custody and of this number, 260 have already appeared
    before magistrates': a part of the figure before, named back mid-sentence."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.part_of is not None or not _smaller(cur, prev):
            continue
        if k > 1 and out[k - 2].category is prev.category:
            continue  # "300 on Monday and 150 on Tuesday, and of these, 40": which?
        before = [t.low for t in tokens[max(prev.qj, cur.qi - 5) : cur.qi]]
        if not before or before[-1] != ",":
            continue
        if not any(before[-1 - len(p) : -1] == p for p in _OF_THE_FIGURE_BEFORE):
            continue
        out[k] = replace(cur, part_of=k - 1, category=cur.category or prev.category)
    return out


def _rows_from_places(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'Of the 93 people missing, 34 were from Gyeltam, 28 from Lhapur, 25 from Tashong':
    the rows of a breakdown by place, each counted where its own words place it."""
    places = [_row_place(tokens, f) if f.scope is None else None for f in found]
    if sum(p is not None for p in places) < 2:
        return found
    # "19 people from Corvessa, 13 from Haldria, seven from Teskar": where they came from,
    # as a row before them says, not where the event befell them
    first = next((k for k, p in enumerate(places) if p is not None), len(found))
    origin = next((f.subject for f in found[:first] if f.subject and " from " in f.subject), None)
    if origin is not None:
        noun = origin.split(" from ")[0]
        return [
            replace(f, subject=f"{noun} from {p}") if p is not None else f
            for f, p in zip(found, places, strict=True)
        ]
    return [replace(f, scope=p) if p is not None else f for f, p in zip(found, places, strict=True)]


def _row_place(tokens: Sequence[Token], f: Found) -> str | None:
    """The place right after a bare row's figure: "28 from Lhapur", "34 were from X"."""
    if f.category is None or f.subject_head not in (None, "people"):
        return None
    j = f.qj
    if j < len(tokens) and tokens[j].low in ("were", "are", "was", "is"):
        j += 1
    return _place_after(tokens, j)


def _place_after(tokens: Sequence[Token], j: int) -> str | None:
    """The name after "from" or "in" at ``j``, ending its clause: "from Tovany" (not a
    month, "in January", nor a country after "from": "nine from Bangladesh" says where
    the people came from, not where the event befell them)."""
    if j + 1 >= len(tokens) or tokens[j].low not in ("from", "in"):
        return None
    k = j + 1
    words: list[str] = []
    while k < len(tokens) and tokens[k].is_capitalised and len(words) < _ROW_PLACE_WORDS:
        words.append(tokens[k].text)
        k += 1
    if not words or (k < len(tokens) and tokens[k].text not in (",", ".", ";", "and", ")")):
        return None
    name = " ".join(words)
    low = name.lower()
    if low in MONTHS or low in WEEKDAYS or (tokens[j].low == "from" and low in COUNTRIES):
        return None
    return name


_ROW_PLACE_WORDS = 4  # "Tal Gomo, 14 persons", "Ngor Central Ward, 3"


def _place_row_opening(tokens: Sequence[Token], qi: int) -> str | None:
    """The place a row's figure follows, as "[;|,] [and] [in] Place, N" opens it."""
    if qi < 2 or tokens[qi - 1].text not in (",", ":"):
        return None
    i = qi - 2
    words: list[str] = []
    while (
        i >= 0 and tokens[i].is_word and tokens[i].is_capitalised and len(words) < _ROW_PLACE_WORDS
    ):
        words.append(tokens[i].text)
        i -= 1
    if not words:
        return None
    if i >= 0 and tokens[i].low == "in":
        i -= 1
    if i >= 0 and tokens[i].low == "and":
        i -= 1
    if i >= 0 and tokens[i].low in SPEECH_VERBS:
        return " ".join(reversed(words))  # "Dasel said in Kwalat, seven ..."
    if i >= 0 and tokens[i].text not in (";", ",", ":"):
        return None
    return " ".join(reversed(words))


def _row_ends_after_its_noun(tokens: Sequence[Token], f: Found) -> bool:
    """The row says no more than its figure and noun: "one person;", "9 persons.", "two"."""
    k = f.qj + (len(f.subject.split()) if f.subject else 0)
    return k >= len(tokens) or tokens[k].text in (";", ".")


def _row_name(tokens: Sequence[Token], qi: int, qj: int) -> str | None:
    """The name a breakdown row's figure follows: 'Punjab (167)' or 'Mali 27,'."""
    i = qi - 1
    if i >= 0 and tokens[i].text == "(":
        if qj >= len(tokens) or tokens[qj].text != ")":
            return None
        i -= 1
    elif qj < len(tokens) and tokens[qj].text not in (",", ";", "."):
        return None
    words: list[str] = []
    while i >= 0 and tokens[i].is_word and tokens[i].is_capitalised and len(words) < 4:
        words.append(tokens[i].text)
        i -= 1
    if words and i >= 1 and tokens[i].text == "," and tokens[i - 1].is_capitalised:
        # "Satyen Institute of Medical Sciences, Rangshal (19)": a facility and its town,
        # not the town alone (two hospitals of one town are two rows)
        facility = _facility_before(tokens, i - 1)
        if facility:
            words.extend([",", *facility])
    return " ".join(reversed(words)).replace(" ,", ",") or None


_FACILITY_NAME = 8  # words of a facility's name: "Provincial Institute of Health Sciences"


def _facility_before(tokens: Sequence[Token], i: int) -> list[str]:
    """The capitalised name ending at ``i`` (with "of" inside it), backwards, where its
    last word heads a facility ("Hospital", "Institute", "Sciences", "Centre")."""
    words: list[str] = []
    while (
        i >= 0
        and len(words) < _FACILITY_NAME
        and tokens[i].is_word
        and (tokens[i].is_capitalised or (tokens[i].low == "of" and words))
    ):
        words.append(tokens[i].text)
        i -= 1
    while words and words[-1].lower() == "of":
        words.pop()
    return words if words and any(w.lower() in FACILITY_HEADS for w in words) else []


_MAX_BREAKDOWN = 50  # parts listed after a colon; more is a table, not a breakdown


_INCLUDE_WORDS = frozenset({"including", "include", "includes", "included"})
_NAMED_FIGURE_WORDS = 5  # "includes the official death toll of 15"


def _includes_named_figure(tokens: Sequence[Token], prev_end: int, qi: int) -> bool:
    """'..., a number that includes the official death toll of 15', 'a figure that
    includes the 13 bodies recovered': the figure after "includes the ..." is a part of
    the one before, with a few words naming it between."""
    for j in range(qi - 1, max(prev_end, qi - 2 - _NAMED_FIGURE_WORDS), -1):
        t = tokens[j]
        if t.low in _INCLUDE_WORDS:
            return j + 1 < qi and tokens[j + 1].low == "the"
        if not t.is_word or t.text[0].isdigit() or t.low in CLAUSE_BREAKERS:
            return False
    return False


_INCLUDED_WORDS = 12  # "including a former treasury minister and six senior commanders"


def _later_in_an_including_list(tokens: Sequence[Token], prev_end: int, qi: int) -> bool:
    """'28 people are in detention, including a former minister and six police
    commanders': a figure later in a list that "including" opens after the count, with
    no figure before it in the list, is a part of that count."""
    for j in range(qi - 1, max(prev_end, qi - 2 - _INCLUDED_WORDS), -1):
        t = tokens[j]
        if t.low == "including":
            return j + 1 < qi - 1  # something named before the figure
        if not (t.is_word or t.text in (",", "-")) or t.text[0].isdigit():
            return False
        # "..., including a firefighter, and injured 30 others": a verb of its own
        if t.low in CLAUSE_BREAKERS or cue_at(tokens, j) is not None:
            return False
    return False


# What opens a list of parts after their whole: "242 people - 230 passengers, ...",
# "the 159 victims included 127 Indians, ..."
_LIST_OPENING_MARKS = frozenset({"-", "–", "—", "‒", ":"})
_INCLUDING = _INCLUDE_WORDS | {
    "comprise", "comprises", "comprised", "comprising",
    "consisting", "consists", "consisted",  # "48 dead, consisting of 43 in Acapulco and five"
}  # fmt: skip


# Words of a change in a count (lexicon.numbers.CHANGE_WORDS, and how news compares two
# figures): figures around them add up by arithmetic, not as a breakdown
_CHANGE_WORDS = CHANGE_WORDS | frozenset({"than", "more", "another", "additional", "further"})


def _no_part_after(found: list[Found]) -> list[bool]:
    """For each figure, whether none after it is a part yet: those after it may run to
    the sentence's end as one list ("12 service members were killed, 11 Marines and one
    Navy medic."). One pass from the end: asked per figure, the question would cost the
    square of a sentence's figures."""
    out = [True] * len(found)
    for k in range(len(found) - 2, -1, -1):
        out[k] = out[k + 1] and found[k + 1].part_of is None
    return out


def _parts_that_add_up(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'242 people - 230 passengers, two pilots and 10 crew members - were on board', 'The
    159 victims handed over included 127 Indians, four Portuguese, 27 Britons and one
    Canadian': figures listed right after a whole that add up to it exactly are its
    breakdown, whatever words join the parts, where a dash, a colon or a verb of
    including opens the list ("a jump of 45,000 from the 537,000" adds up by chance). At
    most ``_MAX_BREAKDOWN`` parts per whole, so a sentence of n figures costs n times that."""
    out = list(found)
    free_after = _no_part_after(found)
    for k, whole in enumerate(out):
        total = whole.q.value
        if total is None or total < 2 or whole.part_of is not None or k + 1 == len(out):
            continue
        opened = tokens[whole.qj : out[k + 1].qi]
        # "12 service members were killed, 11 Marines and one Navy medic": the whole's
        # verb stands before the list ("..., 3 Germans, two Swiss and one Finn" is a row
        # of a list that goes on, whatever two of its rows add up to)
        trailing = (
            bool(opened)
            and opened[-1].text == ","
            and free_after[k]
            and whole.cue_index is not None
            and whole.qj <= whole.cue_index < out[k + 1].qi
        )
        if not trailing and not any(
            t.text in _LIST_OPENING_MARKS or t.low in _INCLUDING for t in opened
        ):
            continue
        run = 0.0
        end = k + 1
        while end < len(out) and end - k <= _MAX_BREAKDOWN and run < total:
            part = out[end]
            if part.q.value is None or part.part_of is not None:
                break
            if part.category not in (None, whole.category) and whole.category is not None:
                break
            run += part.q.value
            end += 1
        if run != total or end - k - 1 < 2 or (trailing and end != len(out)):
            continue
        if any(t.low in _CHANGE_WORDS for t in tokens[whole.qj : out[end - 1].qi]):
            # "rose to 582,000, up 45,000 from 537,000", "rose to 45 - 30 more than the 15
            # reported": a change adds up; checked only where the sum holds, so rarely
            continue
        for m in range(k + 1, end):
            part = out[m]
            fate = _fate_of(tokens, whole, part)
            out[m] = replace(
                part,
                part_of=k,
                category=whole.category if fate else part.category or whole.category,
            )
    return out


_CHARGE_GAP = 8  # words of one row's charge: "15 for breach of the peace, five for"


def _rows_by_charge(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'27 arrests during today's march, 15 for breach of the peace, five for assault':
    figures listed after a count of arrests, each with what it was "for", are that
    count's rows by charge, whether or not the rows add up to it (an article may list
    only some charges)."""
    out = list(found)
    for k, whole in enumerate(out):
        if (
            whole.category is not Category.DETAINED
            or whole.q.value is None
            or whole.part_of is not None
        ):
            continue
        prev_end = whole.qj
        rows: list[int] = []
        for m in range(k + 1, len(out)):
            row = out[m]
            gap = tokens[prev_end : row.qi]
            if (
                row.part_of is not None
                or row.q.value is None
                or row.q.value >= whole.q.value
                or row.qj >= len(tokens)
                or tokens[row.qj].low != "for"
                or not gap
                or gap[-1].low not in (",", "and")
                or len(gap) > _CHARGE_GAP
                or row.category not in (None, Category.DETAINED)
            ):
                break
            rows.append(m)
            prev_end = row.qj
        if len(rows) >= 2:
            for m in rows:
                out[m] = replace(out[m], part_of=k, category=Category.DETAINED)
    return out


def _link_parts(tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """'44 people, including 18 security officers': the 18 is part of the 44."""
    out = list(found)
    for k in range(1, len(out)):
        cur = out[k]
        prev_idx = None
        # "; of them (38) are sentenced": a bracketed figure as a bare one
        window = [t.low for t in tokens[max(0, cur.qi - 4) : cur.qi] if t.text not in (",", "(")]
        if window and window[-1] in ("were", "are", "was"):
            window = window[:-1]  # "..., among them were 23 women"
        for opener in PART_OPENERS:
            if tuple(window[-len(opener) :]) == opener:
                prev_idx = k - 1
        if prev_idx is None and (
            _includes_named_figure(tokens, out[k - 1].qj, cur.qi)
            or (
                _later_in_an_including_list(tokens, out[k - 1].qj, cur.qi)
                # "..., including the organiser, and 15 officers were hurt": a verb of its
                # own after it, a clause of its own
                and not (cur.cue_index is not None and cur.cue_index > cur.qi)
            )
        ):
            prev_idx = k - 1
        after = tuple(t.low for t in tokens[cur.qj : cur.qj + 2])
        if after in PART_CLOSERS:
            prev_idx = k - 1
        prev = out[k - 1]
        between = [t for t in tokens[prev.qj : cur.qi] if t.low not in (",", "and")]
        # "including about 520 firefighters, 1,100 police officers and 70 workers"
        if (
            prev_idx is None
            and prev.part_of is not None
            and all(t.is_word and t.low not in FUNCTION_WORDS for t in between)
            and any(t.low in ("and", ",") for t in tokens[prev.qj : cur.qi])
            # "..., including 18 officers, and 300 were injured": a clause of its own
            and cur.category in (None, out[prev.part_of].category)
        ):
            out[k] = replace(cur, part_of=prev.part_of, category=cur.category or prev.category)
            continue
        if prev_idx is None:
            continue
        whole = out[prev_idx]
        if whole.q.value is not None and cur.q.value is not None and cur.q.value > whole.q.value:
            continue
        category = (
            whole.category if _fate_of(tokens, whole, cur) else cur.category or whole.category
        )
        if (
            whole.category is not None
            and cur.cue_index is not None
            and cur.cue_index > cur.qj
            and any(t.text == "," for t in tokens[cur.qj : cur.cue_index])
        ):
            # "The bodies of 27 people, including 23 women, are in hospital": the cue past
            # the aside is the whole's clause; the part counts what its whole counts
            category = whole.category
        out[k] = replace(cur, part_of=prev_idx, category=category)
        if (
            cur.subject_head is None
            and whole.subject_head is not None
            # (of the same fate: "550 cholera cases ..., eleven of whom died" are people)
            and category is whole.category
        ):
            # "163 members of the security forces were hurt, including six seriously": a
            # part with no noun of its own counts its whole's people
            out[k] = replace(out[k], subject=whole.subject, subject_head=whole.subject_head)
    # A breakdown after a colon: "139 in Almaty: 86 assailants and 53 officers".
    # The figures after the first colon past a whole are a suffix of ``out`` (sorted by
    # position): found by bisect and checked against suffix sums first, so a sentence
    # of thousands of figures costs n log n, not a slice of tokens per pair (cubic).
    colons = [i for i, t in enumerate(tokens) if t.text == ":"]
    starts = [f.qi for f in out]
    suffix = [0.0] * (len(out) + 1)
    for m in range(len(out) - 1, -1, -1):
        suffix[m] = suffix[m + 1] + (out[m].q.value or 0)
    for k, whole in enumerate(out):
        c = bisect_left(colons, whole.qj)
        if c == len(colons) or whole.q.value is None:
            continue
        first = max(k + 1, bisect_right(starts, colons[c]))
        near = abs(suffix[first] - whole.q.value) <= 1e-6 * (1 + abs(whole.q.value))
        if not (2 <= len(out) - first <= _MAX_BREAKDOWN and near):
            continue
        after_colon = range(first, len(out))
        # the suffix sum is a float sum: the parts must add up exactly, not nearly
        if sum(out[m].q.value or 0 for m in after_colon) == whole.q.value:
            for m in after_colon:
                out[m] = replace(out[m], part_of=k, category=out[m].category or whole.category)
    return out
