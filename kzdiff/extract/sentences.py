"""Sentence splitting over a document's readable blocks.

Hand-written rather than syntok/pysbd: news sentences break in few ways, the
exceptions (abbreviations, initials, "U.N.") are a short list, and one regex
pass keeps extraction well above 100,000 words/s where pysbd manages a few
thousand. Sentences never cross a block (paragraph) boundary.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from kzdiff.lexicon.abbreviations import ABBREVIATIONS
from kzdiff.records import Document, Sentence
from kzdiff.vocab import BlockKind

# A boundary candidate: terminal punctuation, optional closing quotes/brackets,
# then whitespace. The character after the whitespace decides (see below).
# Linear on any run of punctuation: a candidate starts only where a run starts (the
# look-behind), and possessive repeats never give back what they took. Giving back
# cannot find a match anyway (the marks, the closers and whitespace are disjoint sets),
# but the plain pattern tried it from every dot of "....": 6.8 s on 20,000 of them.
_TERMINALS = ".!?…"
# a run of terminals and closing marks before a space; the run's first terminal apart
_RUN_TAIL = r"[.!?…]*+[\"'”’)\]]*+(?=\s)"
_RUN = r"[.!?…]" + _RUN_TAIL
# a run of terminals with none before it; the look-behind comes after the first terminal
# so that the scan jumps from terminal to terminal (a quarter of the time, measured)
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…].)" + _RUN_TAIL)
_BOUNDARY_AT = re.compile(_RUN)  # at a block's first character, whatever is before it
_TERMINAL_RUN = re.compile(r"[.!?…]*+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# Lines a relay ran together: a figure glued to the next line's capitalised word
# ("... 470,000 to 680,000Number of arrests: 0", "Population of America: 324
# millionNumber of ..."). News never writes a word straight after digits or "million".
# And sentences whose space a relay dropped ("according to rescue officials.The dead
# include ..."): a word's full stop straight before a capitalised word (an
# abbreviation's, "Gov.Abbott", is none; see split_block).
# (the look-ahead first: most positions fail on it at once, and the scan took a third
# of the time it took with the look-behinds first, measured)
_GLUED = re.compile(r"(?=[A-Z][a-z])(?:(?<=[0-9)])|(?<=illion)|(?<=[a-z]{2}[.!?]))")
_SPACE = re.compile(r"\s+")
# A subheading a relay ran into its paragraph: words in capitals, then the sentence
# ("DEATH TOLL Karvana Mayor Ilse Tembani said ..."); two words of four letters or more,
# one of five or more, so that acronyms before a title ("UNICEF chief", "WHO EMRO
# Director", "NATO KFOR Commander") stay in their sentence
_SUBHEAD = re.compile(r"[A-Z]{4,}(?: [A-Z]{4,})+(?= [A-Z][a-z])")
_SUBHEAD_WORD = 5  # letters of its longest word at least


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the text after a boundary candidate at ``pos`` opens a new sentence."""
    m = _SPACE.match(text, pos)
    if m is None:
        return False
    nxt = m.end()
    if nxt >= len(text):
        return False
    ch = text[nxt]
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘([•–—-"


def _is_abbreviation(text: str, dot: int, lo: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE.search(text, max(lo, dot - 24), dot)
    if m is None:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    if "." in word:  # "U.N", "U.S", "a.m"
        return True
    if word.lower() in MONTH_NAMES and _DAY_AFTER.match(text, dot + 1):
        return True  # "on April. 16 to 660": a month's name given a dot in relay, then its day
    return word.lower() in ABBREVIATIONS


_DAY_AFTER = re.compile(r"\s\d{1,2}\b")
MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)


def split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence in ``text[start:end]``, whitespace trimmed."""
    pos = start
    for m in _candidates(text, start, end):
        if m.start() == m.end():  # a glued line (_GLUED): a boundary as it stands
            dot = m.start() - 1
            if text[dot] == "." and _is_abbreviation(text, dot, pos):
                continue
            yield from _trimmed(text, pos, m.start())
            pos = m.start()
            continue
        cut = m.end()
        if not _starts_sentence(text, cut):
            continue
        if (
            text[m.start()] == "."
            and m.end() - m.start() == 1
            and _is_abbreviation(text, m.start(), pos)
        ):
            continue
        yield from _trimmed(text, pos, cut)
        pos = cut
    yield from _trimmed(text, pos, end)


def _candidates(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Boundary candidates in ``text[start:end]``, as a scan from ``start`` finds them."""
    if start > 0 and text[start - 1] in _TERMINALS:
        # the look-behind sees past the block's start: a run that goes on from the block
        # before is a run of this block as well
        first = _BOUNDARY_AT.match(text, start, end)
        if first is not None:
            yield first
            start = first.end()
        else:
            start = _TERMINAL_RUN.match(text, start, end).end()  # type: ignore[union-attr]
    glued = list(_GLUED.finditer(text, start, end))
    if not glued:  # nearly every block: no merge to pay for
        yield from _BOUNDARY.finditer(text, start, end)
        return
    yield from heapq.merge(_BOUNDARY.finditer(text, start, end), glued, key=lambda m: m.start())


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def split_sentences(doc: Document, *, include_boilerplate: bool = False) -> tuple[Sentence, ...]:
    """Every sentence of every block that is not page furniture, in body order."""
    out: list[Sentence] = []
    body = doc.body
    for i, block in enumerate(doc.blocks):
        if block.kind is BlockKind.BOILERPLATE and not include_boilerplate:
            continue
        start = block.start
        head = _SUBHEAD.match(body, start, block.end)
        if head is not None and max(map(len, head.group().split())) >= _SUBHEAD_WORD:
            out.append(Sentence(start, head.end(), head.group(), i))
            start = head.end()
        for s, e in split_block(body, start, block.end):
            out.append(Sentence(s, e, body[s:e], i))
    return tuple(out)
