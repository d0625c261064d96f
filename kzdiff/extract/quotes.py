"""Direct quotations and who said them.

One pattern finds quoted stretches in straight, curly and angle quotation marks and in
curly single marks used as quotes (‘shoot without warning’), never across a paragraph:
a missing closing mark loses that quote rather than swallowing the article. The speaker
is the person or body the sentence names with a speech verb ("said", "told", "according
to", "X: “...”"), the previous speaker for "he said" and for a quote that continues the
previous sentence's. One or two quoted words are scare quotes ("liquidated").
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence

from kzdiff.extract.entities import extract_entities
from kzdiff.lexicon.speech import QUOTE_VERBS, SPEAKER_PRONOUNS, SPEECH_PHRASES
from kzdiff.records import Document, Entity, Quote, Sentence
from kzdiff.vocab import EntityLabel

log = logging.getLogger(__name__)

_QUOTE = re.compile(
    r"‘’(?P<dd>[^‘’\n]{1,400})’’"  # ‘’harshest possible’’: two singles as a double
    r"|“(?P<cd>[^“”\n]{1,4000})”"
    r"|\"(?P<sd>[^\"\n]{1,4000})\""
    r"|«\s?(?P<gu>[^«»\n]{1,4000}?)\s?»"
    r"|„(?P<lo>[^„“”\n]{1,4000})[“”]"
    r"|(?<![\w’])‘(?P<cs>(?:[^‘’\n]|’(?=\w)){1,400})’(?!\w)"
)
_GROUPS = ("dd", "cd", "sd", "gu", "lo", "cs")
_TRAIL = ",.;: \u00a0"
_WORD = re.compile(r"[\w’'-]+")
# Speech verbs are found word by word against the lexicon's set: a regex alternation of
# a hundred verbs costs far more per character than one word pattern and a set lookup.
_ALPHA_WORD = re.compile(r"[A-Za-z]+")
_PHRASE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for p in SPEECH_PHRASES if p.split()[0] not in QUOTE_VERBS)
    + r")\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(SPEAKER_PRONOUNS)) + r")\b", re.IGNORECASE)
_SPEAKERS = (EntityLabel.PERSON, EntityLabel.ORG)
_BEFORE_WINDOW = 320  # characters before a quote searched for "X said that"
_AFTER_WINDOW = 160  # characters after a quote in which "..., X said" may follow
_SUBJECT_GAP = 60  # characters between a speaker and the speech verb
_PERSON_GAP = 140  # an appositive may separate a person from the verb
_PRONOUN_REACH = 400  # how far back "he said" may look for the person it stands for


class _Speakers:
    def __init__(self, entities: Sequence[Entity]) -> None:
        self.ents = [e for e in entities if e.label in _SPEAKERS]
        self.starts = [e.start for e in self.ents]

    def between(self, lo: int, hi: int) -> list[Entity]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.ents) and self.ents[i].end <= hi:
            out.append(self.ents[i])
            i += 1
        return out


def _speech(body: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, lower-case cue) of each speech verb or phrase in body[lo:hi]."""
    out = [
        (m.start(), m.end(), m.group(0).lower())
        for m in _ALPHA_WORD.finditer(body, lo, hi)
        if m.group(0).lower() in QUOTE_VERBS
    ]
    window = body[lo:hi].lower()
    if "according" in window or " as per" in window:
        out.extend((m.start(), m.end(), m.group(0).lower()) for m in _PHRASE.finditer(body, lo, hi))
    out.sort()
    return out


def _subject(
    body: str, speakers: _Speakers, lo: int, verb_start: int
) -> tuple[Entity | None, bool]:
    """The speaker named before a speech verb, and whether a pronoun stands there."""
    cands = speakers.between(max(lo, verb_start - _PERSON_GAP), verb_start)
    # A person beats a body named in an appositive between them and the verb
    # ("Fionnuala Ní Aoláin, the United Nations special rapporteur, wrote").
    for label, limit in ((EntityLabel.PERSON, _PERSON_GAP), (EntityLabel.ORG, _SUBJECT_GAP)):
        for ent in reversed(cands):
            gap = body[ent.end : verb_start]
            if _PRONOUN.search(gap) or "“" in gap or '"' in gap:
                break
            if ent.label is label and len(gap) <= limit:
                return ent, False
    near = body[max(lo, verb_start - 25) : verb_start]
    return None, bool(_PRONOUN.search(near))


def _speaker_after(
    body: str, speakers: _Speakers, close: int, sent_end: int
) -> tuple[Entity | None, bool]:
    hi = min(sent_end, close + _AFTER_WINDOW)
    cues = _speech(body, close, hi)
    if not cues or any(c in body[close : cues[0][0]] for c in '“"‘'):
        return None, False
    m_start, m_end, _ = cues[0]
    between = speakers.between(close, m_start)
    persons = [e for e in between if e.label is EntityLabel.PERSON]
    if persons or between:
        return (persons or between)[0], False
    lead = body[close:m_start]
    if _PRONOUN.search(lead):
        return None, True
    after = speakers.between(m_end, min(hi, m_end + 40))
    if after and not body[m_end : after[0].start].strip(" ,").count(" ") > 3:
        return after[0], False
    return None, False


def _speaker_before(
    body: str, speakers: _Speakers, sent_start: int, open_: int
) -> tuple[Entity | None, bool]:
    colon = body[max(sent_start, open_ - 80) : open_].rstrip()
    if colon.endswith(":"):
        named = speakers.between(sent_start, open_)
        if named and not body[named[-1].end : open_].strip(" :"):
            return named[-1], False
    pronoun = False
    lo = max(sent_start, open_ - _BEFORE_WINDOW)
    for c_start, c_end, word in reversed(_speech(body, lo, open_)):
        if word.split()[0] in ("according", "as"):
            after = speakers.between(c_end, open_)
            if after:
                return after[0], False
            continue
        ent, pro = _subject(body, speakers, lo, c_start)
        if ent is not None:
            return ent, False
        pronoun = pronoun or pro
    return None, pronoun


def _spans(doc: Document, sentences: Sequence[Sentence]) -> list[tuple[int, int, int, int]]:
    """(open mark, text start, text end, close mark end) of each quote, in body order."""
    body = doc.body
    ranges: list[tuple[int, int]] = []
    for s in sentences:
        if ranges and s.start <= ranges[-1][1] + 2 and "\n" not in body[ranges[-1][1] : s.start]:
            ranges[-1] = (ranges[-1][0], s.end)
        else:
            ranges.append((s.start, s.end))
    out = []
    for lo, hi in ranges:
        for m in _QUOTE.finditer(body, lo, hi):
            g = next(k for k in _GROUPS if m.group(k) is not None)
            a, e = m.span(g)
            while a < e and body[a].isspace():
                a += 1
            while e > a and body[e - 1] in _TRAIL:
                e -= 1
            if e > a:
                out.append((m.start(), a, e, m.end()))
    return out


def extract_quotes(doc: Document, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """Every quotation in the document's sentences, with its speaker where named."""
    if not sentences:
        return ()
    sents = tuple(sentences)
    spans = _spans(doc, sents)
    if not spans:
        return ()
    body = doc.body
    speakers = _Speakers(extract_entities(doc, sents))
    starts = [s.start for s in sents]
    out: list[Quote] = []
    last: str | None = None  # the last named speaker, for "he said"
    prev_sentence = -2
    prev_speaker: str | None = None
    for open_, s, e, close in spans:
        i_open = max(0, bisect.bisect_right(starts, open_) - 1)
        i_close = max(0, bisect.bisect_right(starts, max(close - 1, open_)) - 1)
        ent, pronoun = _speaker_after(body, speakers, close, sents[i_close].end)
        if ent is None:
            ent, pro2 = _speaker_before(body, speakers, sents[i_open].start, open_)
            pronoun = pronoun or pro2
        speaker = ent.canonical if ent is not None else None
        if speaker is None and pronoun:
            # "he said": the person last named before the quote, else the last speaker
            near = [
                e
                for e in speakers.between(max(0, open_ - _PRONOUN_REACH), open_)
                if e.label is EntityLabel.PERSON
            ]
            speaker = near[-1].canonical if near else last
        opens_sentence = (
            open_ - sents[i_open].start <= 3 and not body[sents[i_open].start : open_].strip()
        )
        if speaker is None and opens_sentence and i_open - prev_sentence <= 1:
            speaker = prev_speaker  # a quote continuing the previous sentence's
        text = body[s:e]
        scare = len(_WORD.findall(text)) <= 2
        out.append(Quote(text=text, start=s, end=e, speaker=speaker, scare=scare))
        if speaker is not None and not scare:
            last = speaker
        if not scare:
            prev_sentence, prev_speaker = i_close, speaker
    return tuple(out)
