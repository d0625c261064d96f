"""Who counts: cues that tell an official source from an independent one.

``compare.source_family`` reads a figure's attribution against these lists, in the
order it names, to tell "two counting bodies disagree" from "revised by the same body".
"""

from __future__ import annotations

import re
from functools import lru_cache

# Who gave a figure: state bodies versus those who watch them. Checked in this
# order on the lower-cased attribution, so "state media" is official.
OFFICIAL_CUES: tuple[str, ...] = (
    "state media", "state television", "state tv", "state radio", "state news", "state-run",
    "state-owned", "state broadcaster", "ministry",
    "ministries", "authorities", "authority", "government", "official", "police", "president",
    "prime minister", "minister", "spokesman", "spokeswoman", "spokesperson", "prosecutor",
    "governor", "mayor", "army", "military", "interior", "emergency", "commander", "akimat",
    "kremlin", "presidential", "department", "agency", "office", "national guard", "cabinet",
    "city hall", "council", "municipal", "administration", "headquarters", "fire service",
    "ombudsman",  # a state's rights ombudsman is an office of it, whatever "rights" says
    "intelligence",  # "French intelligence", "US intelligence": a state's services
    "fire department", "railway", "disaster management", "civil defence", "civil defense",
    " junta", "tatmadaw",  # "anti-junta protesters" are no junta
)  # fmt: skip
INDEPENDENT_CUES: tuple[str, ...] = (
    "rights", "watch", "amnesty", "media", "reports", "reporters", "journalist", "observer",
    "monitor", "activist", "witness", "ngo", "group", "press", "news", "outlet", "doctors",
    "hospital", "medics", "lawyer", "united nations", "opposition", "analyst",
    "researcher", "committee to protect", "sources close", " who ", "world health",
    "unicef", "unhcr", "ocha", "red cross", "red crescent", "study", "survey", "university",
    "investigation", "aid agenc", "aid group", "aid worker", "relief agenc", "relief group",
    "charity", "charities", "humanitarian", "save the children", "oxfam", "msf",
    "médecins sans", "medecins sans", "doctors without",
)  # fmt: skip

# Wire agencies and UN agencies count on their own: "news agency" or "the UN's health
# agency" would otherwise read as an official "agency". State-run media are checked
# first and stay official.
STATE_MEDIA_CUES: tuple[str, ...] = (
    "state media", "state television", "state tv", "state radio", "state news", "state-run",
    "state-owned", "state broadcaster",
)  # fmt: skip
INDEPENDENT_AGENCY_CUES: tuple[str, ...] = (
    "aid agenc", "relief agenc", "news agency", "associated press", " ap ", "reuters", "afp",
    "agence france", "united nations", "world health", " who ", "unicef", "unhcr",
    "ocha", "red cross", "red crescent", "human rights",
)  # fmt: skip


# A source named only by a word that points back to one named earlier ("the agency
# said", "the organisation said"): a wire agency, a UN agency and a state agency are all
# "the agency", so it tells no family.
UNNAMED_BODY_WORDS: frozenset[str] = frozenset(
    {"agency", "the agency", "agencies", "organisation", "the organisation", "organization",
     "the organization", "body", "the body"}
)  # fmt: skip


# The United Nations by its initials, in capitals only: "UN", "U.N.", "the UN's"; Kim
# Jong Un is no UN agency.
UN_INITIALS = r"\b(?:UN|U\.N\.)(?![\w.])"

# International bodies: "the UN humanitarian office in Vienna" sits in Vienna, it does
# not serve it (as "police in Cali" serve Cali).
INTERNATIONAL_BODY_CUES: tuple[str, ...] = (
    "united nations", "world health", "unicef", "unhcr", "ocha", "red cross", "red crescent",
    "iom", "wfp", "world food", "msf", "doctors without", "médecins sans", "medecins sans",
    "international",
)  # fmt: skip
_INTERNATIONAL = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in INTERNATIONAL_BODY_CUES) + r")\b", re.IGNORECASE
)
_UN = re.compile(UN_INITIALS)  # in capitals only: Kim Jong Un is no UN agency


# Bodies known by their own name, which a headline can open with as its source ("Red
# Cross: Hundreds dead", "UN: 3,000 displaced"): the whole head is the name ("Gunmen
# Attack Red Cross:" names what befell it). "International" alone names a day or a
# station as often ("International Women's Day:"); initials count in capitals only.
_KNOWN_BODY_NAME = re.compile(
    r"(?:the\s+)?(?:international\s+(?:committee|federation)\s+of\s+the\s+)?(?:"
    + "|".join(
        re.escape(c)
        for c in (*INTERNATIONAL_BODY_CUES, "amnesty", "human rights watch")
        if c != "international"
    )
    + r")(?:\s+international)?",
    re.IGNORECASE,
)
_KNOWN_BODY_INITIALS = re.compile(r"(?:" + UN_INITIALS + r"|\bWHO)")


def is_known_body(words: str) -> bool:
    """Whether words are, whole, the name of a body known by it ("the Red Cross", "UN")."""
    words = words.strip()
    return (
        _KNOWN_BODY_NAME.fullmatch(words) is not None
        or _KNOWN_BODY_INITIALS.fullmatch(words) is not None
    )


def names_international_body(source: str) -> bool:
    """Whether a source's words name an international body (the UN by its initials too)."""
    return _INTERNATIONAL.search(source) is not None or _UN.search(source) is not None


# Names of news outlets: "..., according to The Associated Press" after a sentence that
# names who gave the figure ("A regional commissioner put the toll at 86") relays it.
NEWS_OUTLET_CUES: tuple[str, ...] = (
    "news agency", "associated press", "the ap", "reuters", "afp", "agence france",
    "xinhua", "tass", "interfax", "ria novosti", "anadolu", "efe", "ansa", "dpa", "kyodo",
    "yonhap", "bernama", "pti", "ians", "cnn", "bbc", "al jazeera", "newspaper", "daily",
    "times", "post", "television", "broadcaster", "radio", "outlet", "media",
    # words of newspapers' names: "The Valley Courier", "the Herald", "Tribuna"
    "courier", "herald", "tribune", "gazette", "ledger", "chronicle", "telegraph",
)  # fmt: skip


# Sources that count the people of one place only: a hospital's count is its share of a
# toll, never a rival counting body's whole.
ONE_PLACE_COUNTERS: tuple[str, ...] = ("hospital", "morgue", "mortuary", "clinic", "medical centre")

# One counting body under several names, for telling two bodies from two wordings of one
# ("the UN's health agency" is the World Health Organization). Keys are canonical; values
# are lower-cased written forms, matched as whole words inside an attribution. Acronyms
# are matched as written ("WHO", never the pronoun).
COUNTING_BODY_NAMES: dict[str, tuple[str, ...]] = {
    "world health organization": (
        "world health organization", "world health organisation", "un health agency",
        "u.n. health agency", "un's health agency", "u.n.'s health agency",
        "un’s health agency", "global health body",
    ),
    "unhcr": (
        "unhcr", "un refugee agency", "u.n. refugee agency", "un's refugee agency",
        "un’s refugee agency", "united nations refugee agency",
        "united nations high commissioner for refugees",
    ),
    "unicef": ("unicef", "un children's agency", "u.n. children's agency",
               "united nations children's fund"),
    "international organization for migration": (
        "international organization for migration", "iom", "un migration agency",
        "u.n. migration agency",
    ),
    "doctors without borders": (
        "doctors without borders", "medecins sans frontieres", "médecins sans frontières",
        "msf",
    ),
}  # fmt: skip
COUNTING_BODY_ACRONYMS: dict[str, str] = {"WHO": "world health organization"}


@lru_cache(maxsize=4096)  # per wording: a corpus has many figures, few wordings of sources
def names_news_outlet(source: str | None) -> bool:
    """Whether a source's words name a news outlet (NEWS_OUTLET_CUES as whole words:
    "Defence Ministry" holds "efe" and "Kansas officials" "ansa", neither an agency)."""
    return source is not None and _OUTLET.search(source.lower()) is not None


_OUTLET = re.compile(
    r"\b(?:"
    + "|".join(re.escape(c) for c in sorted(NEWS_OUTLET_CUES, key=len, reverse=True))
    + r")\b"
)

# Words that take a number as part of a broadcaster's name: "Channel 12", "Kanal 13"
# (a one-off name such as "France 24" is no word that takes numbers)
NUMBERED_NAME_HEADS: frozenset[str] = frozenset(
    {"channel", "kanal", "canal", "antenna", "rete", "tv", "radio", "studio", "station"}
)
# ... and emergency services named by their phone number: "Rescue 1122", "Emergency 112"
NUMBERED_SERVICE_HEADS: frozenset[str] = frozenset({"rescue", "emergency"})

# Outlets whose name ends in a word of time: "according to USA Today" names the paper,
# "according to officials today" the day
OUTLETS_NAMED_TODAY: frozenset[str] = frozenset(
    {"usa today", "india today", "russia today", "business today"}
)
