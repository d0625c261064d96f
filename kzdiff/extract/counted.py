"""What an "other" count of people counts, and whether a count covers only a window of
time: read from the figure's own clause here, at extraction, so that alignment works on
the records and never reads article text.

"476 people aboard" is no revision of "174 rescued"; "24 died in the past 24 hours" is a
day's toll, not the running total.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from kzdiff.lexicon.facts import OTHER_KINDS

_OTHER_CUE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted({w for ws in OTHER_KINDS.values() for w in ws}, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
_CUE_KIND = {w: kind for kind, ws in OTHER_KINDS.items() for w in ws}
# where a figure's own clause ends: punctuation (not a figure's own "1,200" or "5.7")
_CLAUSE_END = re.compile(r"[.;,:!?](?!\d)|[()\u2014\u2013]")
_CUE_AFTER, _CUE_BEFORE = 80, 60  # characters read after and before the figure

# "in the past 24 hours": a count of one window of time
_WINDOW = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:last|past|previous|preceding)\s+"
    r"(?:24|twenty-four|48|forty-eight|72|seventy-two)\s+hours\b",
    re.IGNORECASE,
)
# words just before a figure that make it the running total, whatever window is near
_TOTAL_BEFORE = re.compile(
    r"\b(?:toll|total|tally|overall|cumulative|sum)\b[^,;]{0,20}$", re.IGNORECASE
)


def counted_kind(sentence: str, at: int, end: int) -> str | None:
    """What an "other" count of people counts, by the words of its own clause (see
    lexicon.facts.OTHER_KINDS): the cue nearest the figure at ``at:end`` of
    ``sentence``, after it ("350 people were living in the tower") or before it
    ("carrying 500 migrants"); after it on a tie."""
    if not 0 <= at <= end <= len(sentence):
        return None
    after = sentence[end : end + _CUE_AFTER]
    stop = _CLAUSE_END.search(after)
    if stop is not None:
        after = after[: stop.start()]
    before = sentence[max(0, at - _CUE_BEFORE) : at]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    ahead = _OTHER_CUE.search(after)
    cues_before = list(_OTHER_CUE.finditer(before, cut))
    behind = cues_before[-1] if cues_before else None  # the nearest cue before the figure
    if behind is not None and (ahead is None or len(before) - behind.end() < ahead.start()):
        ahead = behind
    if ahead is None:
        return None
    return _CUE_KIND.get(" ".join(ahead.group().lower().split()))


def window_figures(sentence: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Which of a sentence's figures (spans relative to ``sentence``, in order) count a
    window of time: for each "in the past 24 hours", the figure nearest it, unless the
    words before the figure make it the total ("raising the toll to 1,314"). Only the
    few figures beside each phrase are read, so a long sentence stays linear."""
    out: set[int] = set()
    if "hours" not in sentence:
        return out  # a substring test first: most sentences name no window
    starts = [at for at, _ in spans]
    for m in _WINDOW.finditer(sentence):
        k = bisect_left(starts, m.end())  # the first figure after the phrase
        near = [
            j
            for j in range(max(0, k - _NEIGHBOURS), min(len(spans), k + _NEIGHBOURS))
            if not _TOTAL_BEFORE.search(sentence[max(0, spans[j][0] - 40) : spans[j][0]])
        ]
        gaps = [
            (m.start() - spans[j][1] if spans[j][1] <= m.start() else spans[j][0] - m.end(), j)
            for j in near
        ]
        best = min((g for g in gaps if g[0] >= 0), default=None)
        if best is not None:
            out.add(best[1])
    return out


_NEIGHBOURS = 3  # figures read on each side of a window phrase
