"""Function words: what cannot be part of a counted noun phrase."""

from __future__ import annotations

# (lexicon/names.NOT_NAME_WORDS is another list: capitalised words that are not names.)
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those such
    is are was were be been being am have has had having do does did will would shall should
    can could may might must
    of in on at by for with across during since from to into onto over under after before about
    against between through within without among amid near outside inside via per toward towards
    upon around throughout beyond along alongside aboard onboard beside besides behind below
    above off despite following like unlike except
    and or but nor so yet while whereas although though because if unless until than as due
    who whom whose which what when where why how that
    he she it they we you i him her them us me his its their our your my
    also reportedly now already still just so far only even then there here again
    not never no
    nationwide countrywide worldwide overall alone altogether respectively each apiece
    according said says told reported announced stated claimed confirmed added
    including include includes included
    """.split()
)

# Quotation marks that may wrap a counted noun ("26 “armed criminals”").
QUOTE_MARKS: frozenset[str] = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»", "„"})

DETERMINERS: frozenset[str] = frozenset({"a", "an", "the", "this", "that", "these", "those"})

# Heads that take an "of" phrase naming their group: "53 members of the security forces".
PARTITIVE_HEADS: frozenset[str] = frozenset(
    """
    members staff employees personnel officers residents citizens supporters workers soldiers
    fighters troops units relatives families followers students
    """.split()
)

# Words after a count that add more people to what befell it: "killed 25 people as well
# as three assailants", "25 died, in addition to three attackers"
ADDING_JOINERS: tuple[tuple[str, ...], ...] = (
    ("as", "well", "as"),
    ("in", "addition", "to"),
    ("along", "with"),
    ("together", "with"),
)

# Words that take a share of a count: "most of the 60 victims were women" says who most
# of them were, not all 60.
SHARE_QUANTIFIERS: frozenset[str] = frozenset(
    {"most", "majority", "many", "some", "half", "several", "few", "bulk", "third", "quarter"}
)

# Verbs that commonly follow a counted noun without being category cues: they end
# the noun phrase ("61 people remain unaccounted for"). Not "lives": after a figure it
# is the noun ("claimed 11,300 lives").
PREDICATE_VERBS: frozenset[str] = frozenset(
    """
    remain remains remained face faces faced came come comes went go goes spent spend live
    lived got get gets say seem seems seemed appear appears appeared continue continues continued
    need needs needed require requires required fell fall falls stood stand stands sat wait
    waited waiting walked walk ran run made make received receive took take left leave leaves
    known thought shut shuts brought kept swept threw sought seek seeks rush rushes flock
    flocks lined
    """.split()
)

# Adjectives a clause's verb gives its counted: "rescued 75 people alive", "found 12
# unharmed": how they were found, never a word of their noun.
PREDICATE_ADJECTIVES: frozenset[str] = frozenset({"alive", "unharmed", "unhurt", "safe"})

# Irregular plurals of people nouns, for a singular head ("one man", "a child").
SINGULAR_PEOPLE: frozenset[str] = frozenset(
    {
        "man",
        "woman",
        "child",
        "person",
        "policeman",
        "policewoman",
        "gunman",
        "serviceman",
        "fisherman",
        "craftsman",
        "spokesman",
        "chairman",
        "militiaman",
    }
)

# Auxiliaries: "have been confirmed dead" holds no speech verb, "were among the dead".
AUXILIARIES: frozenset[str] = frozenset({"been", "was", "were", "is", "are", "be"})

# Words that stand for the counted noun of the figure before ("100 more were injured",
# "189 others remain missing"): the figure counts the same kind of people.
ELIDED_HEADS: frozenset[str] = frozenset(
    {"more", "others", "other", "another", "further", "additional"}
)

# Adverbs of time: never the head of a noun or a source ("12 people died overnight",
# "schools overnight").
TIME_ADVERBS: frozenset[str] = frozenset(
    {"overnight", "today", "yesterday", "tonight", "earlier", "later", "now", "then", "again"}
)

# Words after a comma that open a verb or a new clause, not more of a listing aside
# ("nine persons, including officials of Oreva, ..., were arrested")
VERB_OPENERS: frozenset[str] = frozenset(
    "and but while who which that have has had will would could may might must can "
    "remain remains remained still now".split()
)

# After "the N", the rest of a count given before: "The three other people died of
# medical emergencies" after "Four people died" ("two others died" adds to it)
REMAINDER_WORDS: frozenset[str] = frozenset({"other", "others", "remaining"})

# Words that join two clauses after a comma: ", and the president said ...", ", but police
# told ...": what follows has a subject and a statement of its own.
CLAUSE_COORDINATORS: frozenset[str] = frozenset({"and", "but", "while", "whereas"})
# Words that set what follows against what came before: "17 died in Korvast and one in
# Ulmadi, though some observers believe the real toll is higher" (whoever speaks after
# them does not give the figures before them)
CONCESSIVE_WORDS: frozenset[str] = frozenset({"though", "although", "whereas"})
# ... and the words that open a clause of its own at a time beside the first: ", shortly
# before state officials said the list had been cut to 118", ", hours after police said
# ...". ("as" is left out: ", as police said" is a source's tag.)
TIME_SUBORDINATORS: frozenset[str] = frozenset({"before", "after", "when", "until", "once"})
# Words of how long or how soon, that may stand between the comma and such a word:
# ", shortly before", ", hours after", ", just before", ", soon after"
TIME_DEGREE_WORDS: frozenset[str] = frozenset(
    "shortly just soon hours minutes moments days weeks right even long only".split()
)

# What stands between a table row's label and its figure: "Lee – 55", "Lee: 55"
ROW_SEPARATORS: frozenset[str] = frozenset({"–", "—", "-", ":", "="})

# Words after a count that point at the lines below it: "112 deaths ... from the counties
# below", "the toll by county:". The rows under such a count are its parts.
LIST_LEAD_INS: tuple[str, ...] = (
    "below",
    "as follows",
    "the following",
    "broken down",
    "by county",
    "by state",
    "by province",
    "by region",
    "by district",
    "by country",
    "by city",
    "by hospital",
)

# How badly the counted were hurt, after a bare figure: "761 people were injured, 44
# seriously", "Injured 1,153 (210 seriously)": the injured's part, never a noun.
SEVERITY_ADVERBS: frozenset[str] = frozenset(
    {"seriously", "critically", "severely", "gravely", "badly", "slightly", "lightly",
     "moderately"}
)  # fmt: skip

# Words that open a relative clause: what follows tells of other people or places ("a
# school where most pupils are girls")
RELATIVE_WORDS: frozenset[str] = frozenset({"where", "who", "whose", "which", "that", "whom"})

# Possessive determiners: "14 of its members", "30 of their officers".
POSSESSIVE_DETERMINERS: frozenset[str] = frozenset({"its", "their", "his", "her", "our"})

# Irregular past forms, in lower case a verb after "and", never a second noun of a subject:
# "killed 14 people and drove thousands from their homes" ("Rose Hill residents", "paid
# staff" are names and adjectives: the lists are read only where a noun is coordinated).
IRREGULAR_PAST_VERBS: frozenset[str] = frozenset(
    """
    drove fled gave rode struck broke began told sent led held caught fought flew grew knew
    saw wrote spoke chose rose shook stole hid dug hung lit shot slid spun stuck swung won
    found bound dealt felt meant paid laid sold bought taught slept wept crept built lent
    heard withdrew overran overtook tore wore bore
    """.split()
)

# Words that open a clause of its own between a verb of change and "from X to Y": "revised
# its estimate and now says from 40 to 60 people died" (the range is the new clause's)
NEW_CLAUSE_WORDS: frozenset[str] = frozenset({"and", "but", "says", "said", "say", "that"})
