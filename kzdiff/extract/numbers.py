"""Reading one number at a position: digits (with the document's separators) or words.

These are the low-level readers the quantity extractor calls on each candidate its
scan finds. Each reads forward from a given offset with an anchored regex, so the
work is proportional to the length of the number read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzdiff.lexicon.numbers import (
    DOZEN,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SPACED_SCALE_SUFFIXES,
    TENS_WORDS,
    UNIT_WORDS,
)

# Thin, narrow no-break and no-break spaces group digits in some styles: "3 811".
_GROUP_SPACES = "\u00a0\u2009\u202f"

# Grouped forms need at least one group and no digit after the last one, so "12,3456"
# reads as 12 and a new number. Every repeat starts with a separator, so there is one
# way to match each string: no backtracking beyond the last group.
# Indian grouping ("2,50,000", "12,50,000"): groups of two before the last three, at
# most four of them (99,99,99,99,999): a bounded pattern stays linear on "1,11,11,11..."
_INDIAN = r"\d{1,2}(?:,\d{2}){1,4},\d{3}(?!\d)"
# Relay damage puts a space after a thousands comma ("over 44, 000 people", "treated over
# 18, 700 patients"): read for round thousands, as a list never has an item "000", and
# after a bound before a counted noun; elsewhere the two are figures of their own
# ("Train derailment kills 12, 150 passengers hurt", "In Ward 7, 120 patients", "killed
# 31, 140 people were injured").
_AFTER_A_BOUND = "|".join(
    f"(?<={w} )"
    for b in ("over", "about", "nearly", "some", "around", "almost", "than", "least")
    for w in (b, b.capitalize())
)
# words after a figure that no counted noun is
_NO_NOUN = r"were|was|are|is|have|has|had|and|or|of|to|in|at|on|more|others?"
# ... and where one digit opens two spaced groups, more than a list's items would have
# ("2, 236, 918 individuals"), before a counted noun (not "45, 210, 370 deaths
# respectively"; nor "stood at 1,020, 300 people were still missing": a figure grouped
# right, then the next)
_BEFORE_A_NOUN = rf"(?= (?!(?:{_NO_NOUN})\b)(?:people\b|(?![a-z]+ed\b)[a-z]+s\b))"
_SPACED_THOUSANDS = (
    r"\d{1,3}(?:, 000)+(?!\d)"
    rf"|(?:{_AFTER_A_BOUND})\d{{1,3}}, \d{{3}}(?!\d)(?= (?!(?:{_NO_NOUN}|people|persons)\b)"
    r"(?![a-z]+ed\b)[a-z]+s\b)"
    # (bounded: a lookahead that fails after an unbounded run of groups would be read
    # again from each group, quadratic on "1, 111, 111, ...")
    rf"|(?<![\d,] )\d(?:, \d{{3}}){{2,3}}(?!\d){_BEFORE_A_NOUN}"
)
_DIGITS_POINT = re.compile(
    rf"(?:{_INDIAN}|{_SPACED_THOUSANDS}|\d{{1,3}}(?:[,\u201a]\d{{3}})+|\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+"
    rf"|\d{{1,3}}(?: \d{{3}})+|\d+)(?!\d)(?:\.\d+)?|\.\d+"
)
_DIGITS_COMMA = re.compile(
    rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+|\d{{1,3}}(?: \d{{3}})+"
    rf"|\d+)(?!\d)(?:,\d+)?"
)

_DIGITS_NO_SPACE = {
    False: re.compile(
        rf"(?:{_INDIAN}|\d{{1,3}}(?:[,\u201a]\d{{3}})+|\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+|\d+)(?!\d)(?:\.\d+)?|\.\d+"
    ),
    True: re.compile(
        rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+|\d+)(?!\d)(?:,\d+)?"
    ),
}

_POINT_THOUSANDS = re.compile(r"\d{1,3}(?:\.000)+")

# ",5" or ".5" before a scale word: "9,5 thousand", "12.5 thousand"
_MARK_BEFORE_SCALE = re.compile(r"[,.](\d{1,2})(?=\s+(?:thousand|million|billion|lakh|crore)\b)")
_ALL_SCALES = {**SCALE_WORDS, **{k: v for k, v in SCALE_SUFFIXES.items()}}
_SCALE_AFTER = re.compile(
    r"(?P<sp>[ \u00a0-]?)(?P<w>"
    + "|".join(sorted(map(re.escape, _ALL_SCALES), key=len, reverse=True))
    + r")(?![a-z0-9])",
    re.IGNORECASE,
)

_WORD_VALUES: dict[str, int] = {**UNIT_WORDS, **TENS_WORDS}
_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Digits:
    """A run of digits read as a number."""

    end: int
    value: float
    integral: bool  # written without a decimal part
    grouped: bool  # written with thousands separators
    width: int  # count of digits, for telling years from counts


def read_digits(
    text: str, pos: int, end: int, decimal_comma: bool, *, space_groups: bool = True
) -> Digits | None:
    """Read digits at ``pos`` (not past ``end``) in the given style.

    ``space_groups=False`` stops at an ordinary space, where "May 5 300" is a day and a count.
    """
    if not space_groups:
        m = _DIGITS_NO_SPACE[decimal_comma].match(text, pos, end)
    else:
        m = (_DIGITS_COMMA if decimal_comma else _DIGITS_POINT).match(text, pos, end)
    if m is None:
        return None
    # a low comma (U+201A) in place of a comma: "8‚046", as some sites' fonts mangle it
    raw = m.group().replace("\u201a", ",")
    if not decimal_comma and _POINT_THOUSANDS.fullmatch(raw):
        # "5.000" in a text that writes decimals with a point: nobody writes five as
        # 5.000, so it is the style of an outlet (or a relay) grouping thousands by points
        return Digits(
            m.end(), float(raw.replace(".", "")), True, True, sum(c.isdigit() for c in raw)
        )
    if raw.isdigit() and len(raw) <= 3:
        tail = _MARK_BEFORE_SCALE.match(text, m.end(), end)
        if tail is not None:
            # "about 9,5 thousand people" in a text that writes "12.5 thousand" (or the
            # other way round): no one groups thousands before one or two digits, so the
            # mark is a decimal one, relayed from a text in the other style
            return Digits(
                tail.end(),
                float(f"{raw}.{tail.group(1)}"),
                False,
                False,
                len(raw) + len(tail.group(1)),
            )
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    grouped = thousands in raw or any(c in raw for c in _GROUP_SPACES + " ")
    clean = raw.replace(thousands, "")
    for c in _GROUP_SPACES + " ":
        clean = clean.replace(c, "")
    integral = decimal not in clean
    clean = clean.replace(decimal, ".")
    width = sum(c.isdigit() for c in raw)
    return Digits(m.end(), float(clean), integral, grouped, width)


def read_scale(text: str, pos: int, end: int) -> tuple[int, int, str] | None:
    """A scale right after digits: "million", "bn", "k". Returns (end, factor, last word).

    Scale words chain ("4 hundred million"). Abbreviations end the chain and count
    only attached to the digits, except the unambiguous "bn"/"mn" ("3.5 bn"), so
    "5 m" stays five metres.
    """
    factor = 1
    word = ""
    cur = pos
    while True:
        m = _SCALE_AFTER.match(text, cur, end)
        if m is None:
            break
        w = m.group("w").lower()
        sp = m.group("sp")
        if w not in SCALE_WORDS and (word or sp == "-" or (sp and w not in SPACED_SCALE_SUFFIXES)):
            break
        factor *= _ALL_SCALES[w]
        word = w
        cur = m.end()
        if w not in SCALE_WORDS:
            break
    if factor == 1:
        return None
    return cur, factor, word


@dataclass(frozen=True, slots=True)
class WordNumber:
    start: int
    end: int
    value: float
    words: int  # how many number words make it up


def read_word_numbers(text: str, start: int, end: int) -> list[WordNumber]:
    """Split a run of number words into the numbers it holds.

    "two thousand three hundred and five" is one number; "five six" two; "between
    five and six" two (an "and" joins only after a hundred or a scale); "half a
    million" and "two and a half" carry the half; "two dozen" is 24.
    """
    toks = [(m.start(), m.end(), m.group().lower()) for m in _WORD_TOKEN.finditer(text, start, end)]
    out: list[WordNumber] = []
    i = 0
    n = len(toks)
    while i < n:
        num, j = _parse_one(toks, i)
        if num is None:
            i += 1
            continue
        out.append(num)
        i = j
    return out


def _parse_one(toks: list[tuple[int, int, str]], i: int) -> tuple[WordNumber | None, int]:
    """Parse the longest well-formed number starting at token ``i``."""
    n = len(toks)
    total = 0.0
    current = 0.0
    last = ""  # kind of the last token: unit, teen, tens, hundred, scale, dozen, a, half
    big = float("inf")  # the last scale applied; a later one must be smaller
    j = i
    end_tok = i  # index after the last token that belongs to the number
    words = 0
    half_pending = False
    if toks[i][2] in ("dozen", *SCALE_WORDS):  # "a baker's dozen", "hundred-year flood"
        return None, i + 1
    while j < n:
        w = toks[j][2]
        if w == "and":
            nxt = toks[j + 1][2] if j + 1 < n else ""
            if last in ("hundred", "scale") and (nxt in _WORD_VALUES or nxt == "a"):
                j += 1
                continue
            if (
                last in ("unit", "teen", "tens")
                and nxt == "a"
                and j + 2 < n
                and toks[j + 2][2] == "half"
            ):
                current += 0.5
                j += 3
                end_tok = j
                last = "half"
                continue
            break
        if w == "a":
            nxt = toks[j + 1][2] if j + 1 < n else ""
            if last in ("", "half") and (nxt in SCALE_WORDS or nxt == "dozen"):
                if last == "":
                    current = 1
                last = "a"
                j += 1
                continue
            break
        if w == "half":
            if last != "":
                break
            nxt = toks[j + 1][2] if j + 1 < n else ""
            if nxt != "a":
                break
            half_pending = True
            last = "half"
            j += 1
            continue
        if w in UNIT_WORDS:
            v = UNIT_WORDS[w]
            kind = "teen" if v >= 10 else "unit"
            if last in ("unit", "teen", "dozen", "half", "a") or (
                last == "tens" and kind == "teen"
            ):
                break
            if last == "tens" and current % 10 != 0:
                break
            current += v
            last = kind
        elif w in TENS_WORDS:
            if last in ("unit", "teen", "tens", "dozen", "half", "a"):
                break
            current += TENS_WORDS[w]
            last = "tens"
        elif w == "hundred":
            if last in ("hundred", "dozen", "half") or (last == "scale" and current == 0):
                break
            if current >= 100:
                break
            current = (current or 1) * 100
            last = "hundred"
        elif w in SCALE_WORDS:
            scale = SCALE_WORDS[w]
            if scale >= big or last == "dozen":
                break
            base = current or 1
            if half_pending:
                base = 0.5
                half_pending = False
            total += base * scale
            current = 0
            big = scale
            last = "scale"
        elif w == "dozen":
            if last in ("dozen", "scale", "hundred"):
                break
            base = current or 1
            if half_pending:
                base = 0.5
                half_pending = False
            current = base * DOZEN
            last = "dozen"
        else:
            break
        words += 1
        j += 1
        end_tok = j
    if words == 0 or half_pending or end_tok == i:
        return None, max(j, i + 1)
    return WordNumber(toks[i][0], toks[end_tok - 1][1], total + current, words), end_tok


# A letter O typed for a zero inside a grouped figure: "1,2o0", "3,O00". Each group is
# three of [digit oO] after a comma, so the match is linear; a group must hold a letter
# and the figure must start with a digit, so words are never touched.
# (the first digit before the look-behind, so that the scan jumps from digit to digit: less
# than half the time over the sample, measured)
_LETTER_ZERO = re.compile(r"\d(?<![\w,]\d)\d{0,2}(?:,[\doO]{3})+(?![\w,])")


def repair_digit_typos(text: str) -> str:
    """``text`` with every O typed for a zero in a grouped figure made a zero; the same
    length, so offsets into it are offsets into ``text``."""
    if "o" not in text and "O" not in text:
        return text

    def zeros(m: re.Match[str]) -> str:
        return m.group().replace("o", "0").replace("O", "0")

    return _LETTER_ZERO.sub(zeros, text)


def is_number_word(word: str) -> bool:
    """A word of a figure, lower-cased: "eight", "thirty-two", "hundred"."""
    return all(p in UNIT_WORDS or p in TENS_WORDS or p in SCALE_WORDS for p in word.split("-"))
