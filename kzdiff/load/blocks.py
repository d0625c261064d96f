"""Cutting a body into blocks (paragraphs) and saying what each is.

Paragraphs are separated by blank lines. Inside one, single newlines either wrap prose
(lines of similar width, ~30-100 characters, some ending mid-sentence: one block) or
separate paragraphs that are one line each (long lines, or short lines such as "Please do
your part today." / "Make a donation": one block per line). Blocks are trimmed of
surrounding whitespace, so ``body[block.start:block.end]`` is the paragraph's text.

Kinds, decided in this order:
1. BOILERPLATE: a whole-line cue ("Skip to main content"), alt text or a photo credit on
   its own ("16x9 Image"), a dateline ("Jan 07, 2022"), or phrase cues whose weights add
   up to a threshold that grows with the block's length (kzdiff.lexicon.boilerplate).
2. CAPTION: a short block that repeats its neighbour, carries a photo credit, or is a
   participle fragment with no finite verb ("A windscreen following clashes in ...").
3. TITLE: a block equal to the given title, or a short capitalised line that does not end
   like a sentence, before the first paragraph of prose.
4. BOILERPLATE again: a short block between two furniture blocks ("-Amy Goodman" under a
   donation appeal), judged on the first pass only so furniture cannot spread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kzdiff.lexicon import boilerplate as cues
from kzdiff.load.metadata import dateline_date
from kzdiff.records import Block, Document
from kzdiff.vocab import BlockKind


def _index_cues() -> dict[str, list[int]]:
    by_key: dict[str, list[int]] = {}
    for n, (_, _, _, keys) in enumerate(cues.PHRASE_CUES):
        for key in keys.split():
            by_key.setdefault(key, []).append(n)
    return by_key


# Each cue's regex is tried only on blocks that contain one of its key words.
_CUES_BY_KEY = _index_cues()
_CUE_RES = [re.compile(src, re.IGNORECASE) for src, _, _, _ in cues.PHRASE_CUES]
_TOKENS = re.compile(r"[a-z0-9©]+")
_IMAGE_ONLY = re.compile("(?:" + "|".join(cues.IMAGE_ONLY) + r")\W*", re.IGNORECASE)
_CREDIT = re.compile(cues.CAPTION_CREDIT, re.IGNORECASE)
_EDGE_PUNCT = " \t•·*-–—|>#:;,.!?\"'“”‘’()[]"
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[\W_]+")
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*(?:[-*•+]|\d{1,3}[.)])\s")
_SENTENCE_END = tuple(".!?…\"'”’)")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)]?\s")
MAX_BLOCK_CHARS = 20_000  # ten times a long paragraph; longer ones are cut (see _cut_long)

_NEIGHBOUR_WORDS = 40  # longest block the neighbour rule may set aside
_CAPTION_WORDS = 45
_CAPTION_CHARS = 600
_TITLE_WORDS = 25
_LONGEST_SCORED = 250  # furniture is short; longer blocks are reporting whatever they mention
_LONGEST_WHOLE_LINE = 2 * max(len(line) for line in cues.WHOLE_LINES)


# ---------------------------------------------------------------- cutting


def split_blocks(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, in order, trimmed, never empty."""
    spans: list[tuple[int, int]] = []
    group: list[tuple[int, int]] = []
    pos, n = 0, len(body)
    while pos <= n:
        end = body.find("\n", pos)
        if end < 0:
            end = n
        s, e = _trim(body, pos, end)
        if s < e:
            group.append((s, e))
        elif group:
            spans.extend(_split_group(body, group))
            group = []
        pos = end + 1
    if group:
        spans.extend(_split_group(body, group))
    if any(e - s > MAX_BLOCK_CHARS for s, e in spans):
        spans = [piece for s, e in spans for piece in _cut_long(body, s, e)]
    return spans


def _cut_long(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph longer than MAX_BLOCK_CHARS in pieces, cut after a sentence end when
    there is one in the last quarter of a piece, else at a space, else anywhere.

    A 10 MB line (a flattened page, a minified dump) is one paragraph; every later stage
    works per block or per sentence, so a bounded block keeps them all bounded."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_BLOCK_CHARS:
        limit = start + MAX_BLOCK_CHARS
        floor = limit - MAX_BLOCK_CHARS // 4
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(body, floor, limit)]
        cut = ends[-1] if ends else body.rfind(" ", floor, limit) + 1
        if cut <= floor:
            cut = limit
        s, e = _trim(body, start, cut)
        if s < e:
            pieces.append((s, e))
        start = cut
    s, e = _trim(body, start, end)
    if s < e:
        pieces.append((s, e))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_group(body: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(lines) == 1 or _hard_wrapped(body, lines):
        return [(lines[0][0], lines[-1][1])]
    return lines


def _hard_wrapped(body: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the lines are prose wrapped at a fixed width rather than one-line paragraphs."""
    if any(_LIST_ITEM.match(body, s) for s, _ in lines):
        return False
    if len(lines) == 2 and body[lines[1][0]].isupper():
        # a headline over its first paragraph, not one sentence wrapped once: two lines
        # show no wrap width, and a wrapped line rarely goes on with a capital
        return False
    widths = [e - s for s, e in lines[:-1]]
    width = max(widths)
    if not 30 <= width <= 100:
        return False
    if sum(w >= 0.6 * width for w in widths) < 0.7 * len(widths):
        return False
    # Wrapping breaks mid-sentence somewhere; one-line paragraphs all end like sentences.
    return any(not body[s:e].endswith(_SENTENCE_END) for s, e in lines[:-1])


# ---------------------------------------------------------------- classifying


@dataclass(slots=True)
class _Info:
    start: int
    end: int
    text: str
    words: int
    kind: BlockKind = BlockKind.TEXT
    reason: str | None = None


def classify_blocks(
    body: str, spans: Sequence[tuple[int, int]], title: str | None = None
) -> tuple[Block, ...]:
    """Blocks of the body with their kind and, when set aside, the reason."""
    infos = [_info(body, s, e) for s, e in spans]
    for info in infos:
        _mark_boilerplate(info)
    _mark_captions(infos)
    _mark_titles(infos, title)
    _mark_linked_headlines(infos)
    _mark_between_furniture(infos)
    _mark_other_stories(infos)
    return tuple(Block(i.start, i.end, i.kind, i.reason) for i in infos)


# A wire dateline opening a paragraph: "KARACHI:", "BEIJING (Reuters) -", "GENEVA, Nov 12 -"
_DATELINE = re.compile(r"(?:date \S+ )?([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?: \(|,| ?[:—–-])")
_NOT_DATELINES = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "LIVE",
        "WATCH",
        "BREAKING",
        "READ",
        "NOTE",
        "EDITOR'S NOTE",
        "PHOTO",
        "VIDEO",
        "AP",
        "AFP",
        "UN",
        "US",
        "UK",
    }
)


def _mark_other_stories(infos: list[_Info]) -> None:
    """A cut-off paragraph under another dateline than the article's own, at the end of
    the page ("KARACHI: ..." then, last, "BEIJING: At least 31 people were killed when a
    gas explosion ..."), is a teaser of another story the page lists, not this article's
    reporting. A roundup's datelines inside the article ("LAHORE: ... PESHAWAR: ...")
    stay."""
    own = next((p for info in infos if (p := _dateline_of(info)) is not None), None)
    if own is None:
        return
    for info in reversed(infos):
        if info.kind is BlockKind.BOILERPLATE or info.words <= 2:
            continue  # furniture, or the first word of the next teaser cut off
        place = _dateline_of(info)
        if place is None or place == own or not info.text.rstrip().endswith(("...", "…")):
            return  # the article's own last paragraph: no teaser after it
        info.kind = BlockKind.BOILERPLATE
        info.reason = f"another story's teaser under its own dateline ({place})"


def _dateline_of(info: _Info) -> str | None:
    if info.kind is BlockKind.BOILERPLATE:
        return None
    m = _DATELINE.match(info.text)
    place = m.group(1) if m is not None else None
    return place if place is not None and len(place) >= 3 and place not in _NOT_DATELINES else None


def _info(body: str, start: int, end: int) -> _Info:
    text = body[start:end]
    return _Info(start, end, text, len(text.split()))


def normalise_line(text: str) -> str:
    """Case-folded, inner whitespace collapsed, bullets, arrows and outer punctuation stripped."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return _SPACES.sub(" ", text[start:end].casefold())


def _title_key(text: str) -> str:
    """Letters and digits only: a title matches whatever quotes and dashes each copy uses."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def boilerplate_reason(text: str, words: int | None = None) -> str | None:
    """Why a block on its own reads as page furniture, or None (neighbours not considered)."""
    if words is None:
        words = len(text.split())
    if len(text) <= _LONGEST_WHOLE_LINE:
        line = normalise_line(text)
        if line in cues.WHOLE_LINES:
            return f"page furniture: {line!r}"
    if words <= 12 and len(text) <= 200 and _IMAGE_ONLY.fullmatch(text.strip(_EDGE_PUNCT)):
        return "image alt text or credit"
    if words <= 12 and dateline_date(text):
        return "dateline"
    if words > _LONGEST_SCORED:
        return None
    score, labels = _cue_score(text)
    if score >= _threshold(words):
        return " + ".join(labels)
    return None


def _cue_score(text: str) -> tuple[int, list[str]]:
    tokens = set(_TOKENS.findall(text.lower()))
    candidates = sorted({n for t in tokens & _CUES_BY_KEY.keys() for n in _CUES_BY_KEY[t]})
    score = 0
    labels: list[str] = []
    for n in candidates:
        if _CUE_RES[n].search(text) is None:
            continue
        _, weight, label, _ = cues.PHRASE_CUES[n]
        score += weight
        if label not in labels:
            labels.append(label)
    # Addressing the reader ("you", "your") outside quotations is what appeals do.
    if score and not any(q in text for q in '"“”') and len(_SECOND_PERSON.findall(text)) >= 2:
        score += 1
    return score, labels


def _threshold(words: int) -> int:
    if words <= 20:
        return 2
    return 3 + words // 80


def _mark_boilerplate(info: _Info) -> None:
    reason = boilerplate_reason(info.text, info.words)
    if reason:
        info.kind, info.reason = BlockKind.BOILERPLATE, reason


def _mark_captions(infos: list[_Info]) -> None:
    for i, info in enumerate(infos):
        if info.kind is not BlockKind.TEXT or not 0 < info.words <= _CAPTION_WORDS:
            continue
        if len(info.text) > _CAPTION_CHARS:
            continue
        neighbours = [infos[j] for j in (i - 1, i + 1) if 0 <= j < len(infos)]
        if any(n.text == info.text for n in neighbours):
            info.kind, info.reason = BlockKind.CAPTION, "repeated line"
        elif _CREDIT.search(info.text):
            info.kind, info.reason = BlockKind.CAPTION, "photo credit"
        elif _participle_fragment(info.text):
            info.kind, info.reason = BlockKind.CAPTION, "scene description without a verb"


def _participle_fragment(text: str) -> bool:
    """ "A bullet-riddled windscreen following clashes in Almaty on January 10." and the like."""
    if info_has_quote(text) or ". " in text or not text[:1].isupper() or text[-1] != ".":
        return False
    words = [w.casefold() for w in _WORDS.findall(text)]
    if len(words) < 4 or len(words) > 30:
        return False
    if any(w in cues.FINITE_CUES for w in words):
        return False
    for k, w in enumerate(words[1:9], start=1):
        if w.endswith("ing") and len(w) > 5:
            return not any(_past_tense(v) for v in words[:k])
        if _past_tense(w):
            return False
    return False


def _past_tense(word: str) -> bool:
    return word.endswith("ed") and "-" not in word and len(word) > 4


def info_has_quote(text: str) -> bool:
    return any(q in text for q in '"“”')


def _mark_titles(infos: list[_Info], title: str | None) -> None:
    wanted = _title_key(title) if title else None
    prose_seen = False
    for info in infos:
        if info.kind is not BlockKind.TEXT:
            continue
        if wanted and info.words <= 60 and _title_key(info.text) == wanted:
            info.kind, info.reason = BlockKind.TITLE, "repeats the title"
            continue
        if prose_seen:
            continue
        if _looks_like_heading(info):
            info.kind, info.reason = BlockKind.TITLE, "headline before the text"
        elif info.words >= 8:  # a stray short line ("-Jane Doe") does not end the head
            prose_seen = True


def _looks_like_heading(info: _Info) -> bool:
    text = info.text.lstrip("#").strip()
    if not text or info.words > _TITLE_WORDS or info.words < 2 or "\n" in text:
        return False
    if not text[0].isupper() and not text[0].isdigit():
        return False
    return not text.rstrip("\"'”’)").endswith((".", ",", ";", ":"))


def _mark_linked_headlines(infos: list[_Info]) -> None:
    """The headline-like lines right under a "Read more:" or "Related" label are links to
    other stories: furniture, however many figures they carry. The body's last block may
    be prose cut off where the page was cut, not a headline: it stays."""
    label = None
    for info in infos[:-1]:
        if label is not None and info.kind is BlockKind.TEXT and _looks_like_heading(info):
            info.kind, info.reason = BlockKind.BOILERPLATE, f"a linked headline under {label!r}"
            continue
        line = normalise_line(info.text) if len(info.text) <= _LONGEST_WHOLE_LINE else ""
        label = line if line in cues.LINK_LIST_LABELS else None


def _mark_between_furniture(infos: list[_Info]) -> None:
    furniture = [i.kind is BlockKind.BOILERPLATE and i.reason != "dateline" for i in infos]
    for k in range(1, len(infos) - 1):
        info = infos[k]
        if (
            info.kind is BlockKind.TEXT
            and info.words <= _NEIGHBOUR_WORDS
            and furniture[k - 1]
            and furniture[k + 1]
        ):
            info.kind, info.reason = BlockKind.BOILERPLATE, "between page furniture"


# ---------------------------------------------------------------- reporting


def boilerplate_summary(doc: Document, *, words: int = 8) -> list[tuple[str, str]]:
    """(first words, reason) of each block set aside as page furniture, for `kzdiff sources`."""
    out: list[tuple[str, str]] = []
    for block in doc.blocks:
        if block.kind is not BlockKind.BOILERPLATE:
            continue
        parts = doc.body[block.start : block.end].split()
        head = " ".join(parts[:words]) + (" …" if len(parts) > words else "")
        out.append((head, block.reason or "page furniture"))
    return out
