"""Words that make up date expressions in English news text (lower-cased)."""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# Day offsets from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1,
}  # fmt: skip

# Small counts spelled out before a unit of time ("a week ago", "two days later"), with
# their values. (lexicon/attribution.NUMBER_WORDS is another list: any number word, for
# telling a count from a name.)
TIME_COUNT_WORDS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

# Phrases that place an event within a day or bound it; kept in the date's text.
DAY_PARTS: tuple[str, ...] = ("early hours", "morning", "afternoon", "evening", "night")

# Prepositions after which a bare year or month is a date ("in 2019"), not a number.
YEAR_PREPOSITIONS: tuple[str, ...] = (
    "in", "since", "until", "till", "by", "during", "from", "before", "after", "early",
    "late", "mid", "mid-", "throughout", "of",
)  # fmt: skip

# What a date dates: event words in its clause, mapped to one canonical event so two
# sources wording it differently ("televised address" / "televised speech") match.
# Multi-word keys are matched before single words.
EVENT_TERMS: dict[str, str] = {
    "state of emergency": "state of emergency", "emergency rule": "state of emergency",
    "martial law": "martial law", "curfew": "curfew",
    "televised speech": "televised speech", "televised address": "televised speech",
    "address to the nation": "televised speech", "speech": "speech", "address": "speech",
    "press conference": "press conference", "news conference": "press conference",
    "clashes": "clashes", "clashed": "clashes", "clash": "clashes", "battled": "clashes",
    "fighting": "clashes", "skirmishes": "clashes", "teargas": "clashes",
    "tear gas": "clashes", "disperse": "clashes", "dispersed": "clashes",
    "stun grenades": "clashes", "water cannon": "clashes", "rubber bullets": "clashes",
    "protests": "protests", "protest": "protests", "demonstrations": "protests",
    "demonstration": "protests", "rally": "protests", "rallies": "protests",
    "uprising": "protests", "unrest": "protests", "riots": "riots",
    "resignation": "resignation", "resigned": "resignation", "dismissed": "dismissal",
    "detained": "detentions", "arrested": "detentions", "detention": "detentions",
    "arrests": "detentions", "sentenced": "sentence", "convicted": "sentence",
    "upheld": "appeal ruling", "appeal": "appeal ruling", "released": "release",
    "ceasefire": "ceasefire", "truce": "ceasefire", "election": "election", "vote": "election",
    "referendum": "referendum", "explosion": "explosion", "blast": "explosion",
    "earthquake": "earthquake", "airstrike": "airstrike", "air strike": "airstrike",
    "shelling": "shelling", "invasion": "invasion", "attack": "attack", "attacks": "attack",
    "siege": "siege", "deployment": "deployment", "deployed": "deployment",
    "internet shutdown": "internet shutdown", "blocked the internet": "internet shutdown",
    "switched off the internet": "internet shutdown", "funeral": "funeral",
    "summit": "summit", "talks": "talks", "agreement": "agreement", "deal": "agreement",
}  # fmt: skip

# Verbs that change which event a term names ("protests began" is not "protests ended").
EVENT_VERBS: dict[str, str] = {
    "began": "began", "begun": "began", "started": "began", "erupted": "began",
    "broke out": "began", "sparked": "began", "spread": "spread",
    "ended": "ended", "lifted": "lifted",
    "declared": "declared", "imposed": "declared", "introduced": "declared",
    "announced": "declared", "extended": "extended",
    "accepted": "accepted", "held": "held", "gave": "held", "delivered": "held",
}  # fmt: skip

# Events too general to match on the word alone: two mentions must also agree on the verb
# ("protests began") or the place, else "the protests" of one clause would join any other.
GENERIC_EVENTS: frozenset[str] = frozenset({"protests", "speech", "attack", "riots"})

# Openers that move a sentence to another time, so it does not inherit the date of the
# sentence before ("Hours earlier, ...", "Later that day, ...").
TIME_SHIFTS: tuple[str, ...] = (
    "later", "earlier", "hours", "within", "the next", "the following", "the day",
    "that evening", "that night", "that morning", "that afternoon", "previously", "since",
    "before", "after", "meanwhile", "then", "in the",
)  # fmt: skip

# A span of time counted from the dated sentence opens the next one ("A week later",
# "Two days after the vote", "Shortly afterwards"): the unit, the word that makes it a
# shift, and the adverbs that shift without a count.
TIME_UNITS: tuple[str, ...] = (
    "seconds",
    "second",
    "minutes",
    "minute",
    "hours",
    "hour",
    "days",
    "day",
    "nights",
    "night",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "moments",
    "moment",
)
SHIFT_AFTER_UNIT: tuple[str, ...] = (
    "later",
    "earlier",
    "after",
    "afterwards",
    "before",
    "beforehand",
    "on",
)
SHIFT_ADVERBS: tuple[str, ...] = ("shortly", "soon", "not long", "immediately")
SHIFT_AFTER_ADVERB: tuple[str, ...] = ("after", "afterwards", "before", "thereafter")
VAGUE_COUNTS: tuple[str, ...] = ("a few", "a couple of", "several", "some", "few", "many")


# A relative period between a speaker and the verb: "a federal prosecutor last week
# indicated", "police earlier this month said"
PERIOD_NOUNS: frozenset[str] = frozenset({"week", "weekend", "month", "year", "fortnight"})
PERIOD_DEICTICS: frozenset[str] = frozenset({"last", "this", "next", "past", "earlier", "later"})
# Day words English writes in lower case: every other day or month name has a capital
DEICTIC_DAYS: frozenset[str] = frozenset({"today", "yesterday", "tonight", "overnight"})
# Months by their full names only: "Jan" and "Mar" also begin people's names.
MONTH_NAMES: frozenset[str] = frozenset(
    max((k for k, v in MONTHS.items() if v == n), key=len) for n in range(1, 13)
)
# Words that name a day or month: a time, never a source ("said on Monday", "in March").
TIME_NAMES: frozenset[str] = frozenset(WEEKDAYS) | MONTH_NAMES | DEICTIC_DAYS
# Nouns of elapsed time that open a sentence's opening phrase: "Hours after the blast, ..."
ELAPSED_TIME_NOUNS: frozenset[str] = frozenset(
    {"hours", "days", "weeks", "months", "years", "minutes", "moments"}
)

# Events named by the noun before their day besides the kinds of disaster (EVENT_KINDS):
# "a failed coup attempt on July 15, 2016", "the violence of May 13"
EVENTS_BEFORE_A_DAY: frozenset[str] = frozenset({"coup", "uprising", "massacre", "violence"})
# Verbs of a relative clause that close the period a count covers: "in the week that ended
# on Sunday" dates the count
PERIOD_END_VERBS: frozenset[str] = frozenset({"ended", "ending", "closed"})

# What happens in an ordinary period is a baseline, never the event's count: "In a typical
# week in Harris County there are about 4,300 deaths"
USUAL_ADJECTIVES: frozenset[str] = frozenset({"typical", "normal", "average", "ordinary", "usual"})
USUAL_PERIODS: frozenset[str] = frozenset(
    {"day", "week", "month", "year", "season", "summer", "winter", "weekend"}
)

# Words after a day of the month that make it a body's name, no day of the event: "the
# March 23 Movement", "the April 6 Youth Movement", "the 26th of July Movement" (not "By
# May 3 Alliance troops had ...": only a movement is named so)
NAMED_AFTER_A_DATE: frozenset[str] = frozenset({"movement", "youth"})
