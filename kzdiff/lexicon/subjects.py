"""Who a count counts: the subject groups that decide whether two claims state one fact.

Police officers, law enforcement officers and the national guard are one group
("security forces"); protesters, assailants, civilians and the general public are
not. Keys are lower-case and singular; the matcher singularises the words of a
subject before looking them up, so "policemen" finds "policeman".
"""

from __future__ import annotations

from kzdiff.vocab import Category

SECURITY = "security forces"
SOLDIERS = "soldiers"
PEOPLE = "people"
PARTICIPANTS = "participants"

# A head noun (the counted word, singular) and the group it belongs to.
HEAD_GROUPS: dict[str, str] = {
    # state forces at home: police and internal troops
    "police": SECURITY, "policeman": SECURITY, "policewoman": SECURITY,
    "police officer": SECURITY, "officer": SECURITY, "law enforcement officer": SECURITY,
    "law enforcement": SECURITY, "security officer": SECURITY, "security force": SECURITY,
    "security personnel": SECURITY, "security service member": SECURITY,
    "guardsman": SECURITY, "national guardsman": SECURITY, "gendarme": SECURITY,
    "riot police": SECURITY, "cop": SECURITY, "constable": SECURITY, "trooper": SECURITY,
    "security": SECURITY,
    # armed forces
    "soldier": SOLDIERS, "troop": SOLDIERS, "paratrooper": SOLDIERS, "serviceman": SOLDIERS,
    "servicewoman": SOLDIERS, "service member": SOLDIERS, "servicemember": SOLDIERS,
    "peacekeeper": SOLDIERS, "marine": SOLDIERS, "sailor": SOLDIERS, "airman": SOLDIERS,
    "conscript": SOLDIERS, "reservist": SOLDIERS, "military personnel": SOLDIERS,
    "commando": SOLDIERS, "special force": SOLDIERS,
    # people taking part in protests
    "protester": "protesters", "protestor": "protesters", "demonstrator": "protesters",
    "marcher": "protesters", "rioter": "protesters", "striker": "protesters",
    # armed attackers, in whatever words the speaker chose for them
    "assailant": "assailants", "attacker": "assailants", "gunman": "assailants",
    "shooter": "assailants",
    "militant": "assailants", "armed criminal": "assailants", "criminal": "assailants",
    "terrorist": "assailants", "bandit": "assailants", "insurgent": "assailants",
    "extremist": "assailants", "fighter": "assailants", "rebel": "assailants",
    "militiaman": "assailants", "jihadist": "assailants", "raider": "assailants",
    # people who took no part
    "civilian": "civilians", "non-combatant": "civilians", "noncombatant": "civilians",
    "bystander": "civilians",
    # the general public
    "people": PEOPLE, "person": PEOPLE, "citizen": PEOPLE, "resident": PEOPLE,
    "individual": PEOPLE, "inhabitant": PEOPLE, "human": PEOPLE, "victim": PEOPLE,
    "casualty": PEOPLE, "local": PEOPLE, "life": PEOPLE, "body": PEOPLE, "soul": PEOPLE,
    "dead": PEOPLE, "death": PEOPLE, "fatality": PEOPLE, "injured": PEOPLE, "wounded": PEOPLE,
    "arrest": PEOPLE, "detention": PEOPLE,
    "detainee": "detainees", "prisoner": "detainees", "inmate": "detainees",
    "participant": PARTICIPANTS, "firefighter": "firefighters", "fire fighter": "firefighters",
    "fireman": "firefighters", "firewoman": "firefighters",
    # the counted noun of travellers keeps its own name (and origin, see below)
    "pilgrim": "pilgrims", "worshipper": "pilgrims", "tourist": "tourists",
    "foreigner": "foreigners", "foreign national": "foreigners", "national": "foreigners",
    "migrant": "migrants", "refugee": "refugees", "journalist": "journalists",
    "reporter": "journalists",
    # a vessel's or an aircraft's crew: "47 crew members", "12 crewmen"
    "crew": "crew", "crew member": "crew", "crewmember": "crew", "crewman": "crew",
    "cabin crew": "crew",
    # children in any words: "minors", "kids", "under-18s"
    "child": "children", "minor": "children", "kid": "children", "juvenile": "children",
}  # fmt: skip

# Groups that are some of those an event harmed, whoever the event's people are: by age
# or sex, and those sent to help ("five children in intensive care", "six firefighters
# remain in hospital" beside 40 in all); "eleven tourists" after a bus crash, or "nine
# miners" after a mine blast, are all of them.
SUBGROUPS_IN_CARE: frozenset[str] = frozenset(
    {"children", "women", "girls", "boys", "babies", "infants", "teenagers", "elderly",
     "firefighters", "rescuers", "medics", "volunteers", "journalists", SECURITY, SOLDIERS}
)  # fmt: skip

# Nouns of a whole country's or town's people, out of whom a part is counted ("out of 9
# million inhabitants"): a baseline, never a count of the event
POPULATION_NOUNS: frozenset[str] = frozenset({"inhabitants", "population"})

# Words naming an institution: when one appears anywhere in a subject, the
# people counted belong to it, whatever the head noun ("national guard service
# members", "army officers", "members of the police").
INSTITUTIONS: dict[str, str] = {
    "police": SECURITY, "national guard": SECURITY, "law enforcement": SECURITY,
    "security force": SECURITY, "security service": SECURITY,
    "border guard": SECURITY, "gendarmerie": SECURITY, "riot police": SECURITY,
    "army": SOLDIERS, "military": SOLDIERS, "armed force": SOLDIERS, "navy": SOLDIERS,
    "air force": SOLDIERS,
}  # fmt: skip

# Which side of a clash a group is on. A sentence that counts both sides
# ("dozens of protesters and at least 18 police officers were killed") counts
# everyone, so its figures add up to a general total.
SIDES: dict[str, str] = {
    SECURITY: "state", SOLDIERS: "state",
    "protesters": "public", "assailants": "public", "civilians": "public", PEOPLE: "public",
}  # fmt: skip


# Groups where where-from tells counts apart: pilgrims from Iran and pilgrims
# from Egypt are two facts, while "Kazakh police" are just the police.
ORIGIN_GROUPS: frozenset[str] = frozenset(
    {"pilgrims", "tourists", "foreigners", "migrants", "refugees", "journalists", SOLDIERS}
)

# Words that end the counted noun phrase: what follows is origin, place or agent.
PHRASE_BREAKS: frozenset[str] = frozenset(
    """
    from in at on by of who whom that which during among across inside near with without
    killed injured wounded detained arrested died dead out
    """.split()  # "out": the scope "out of state" keeps its own words
)

CONJUNCTIONS: frozenset[str] = frozenset({"and", "or", "&", "plus", "as well as"})

# In some categories the general public and a narrower group mean the same:
# "thousands of people participating" are the protest's participants; those arrested at a
# protest are its protesters; the displaced who crossed a border are its refugees.
CATEGORY_GROUPS: dict[Category, dict[str, str]] = {
    Category.PARTICIPANTS: {PEOPLE: PARTICIPANTS, "protesters": PARTICIPANTS},
    # those held in an attack's or a riot's wake are its suspects: "11 suspects detained"
    # is the count of "11 people detained"
    Category.DETAINED: {"detainees": PEOPLE, "protesters": PEOPLE, "suspects": PEOPLE},
    Category.DISPLACED: {"refugees": PEOPLE},
    # the injured are the patients hospitals count: "163 patients" treated is the injured
    Category.INJURED: {"patients": PEOPLE},
    Category.TROOPS: {PEOPLE: SOLDIERS},
}

# Scopes that mean "no narrower than the whole event".
NATIONWIDE_SCOPES: frozenset[str] = frozenset(
    {
        "nationwide", "country", "the country", "across the country", "countrywide",
        "all over the country", "throughout the country", "whole country", "national",
    }
)  # fmt: skip

# How a label says what happened to the counted.
CATEGORY_VERBS: dict[Category, str] = {
    Category.KILLED: "killed",
    Category.INJURED: "injured",
    Category.DETAINED: "detained",
    Category.MISSING: "missing",
    Category.DISPLACED: "displaced",
    Category.EVACUATED: "evacuated",
    Category.TROOPS: "deployed",
    Category.PARTICIPANTS: "taking part",
    Category.OTHER: "(other count)",
}


def scope_phrase(scope: str) -> str:
    """'in Almaty', but 'by security forces' keeps its own preposition."""
    first = scope.split(maxsplit=1)[0].lower() if scope.strip() else ""
    return scope if first in PHRASE_BREAKS else f"in {scope}"


# Nouns whose plural is the word itself, as a group's name says them: "personnel",
# "crew", and the peoples named by an adjective ("the French", "the Dutch"; the -ese
# ones are found by their ending).
INVARIANT_NOUNS: frozenset[str] = frozenset(
    """
    personnel staff crew police people media cattle swiss french dutch irish welsh english
    scottish british danish polish spanish swedish turkish finnish flemish
    """.split()
)

# Head nouns that name the same people as another word, read as that word: "222 females
# among the dead" are the 221 women another source counts.
HEAD_SYNONYMS: dict[str, str] = {"female": "woman", "male": "man"}
# Words of sex that name people after a copula as a noun does: "11 were female"
SEX_WORDS: frozenset[str] = frozenset({"female", "male", "females", "males"})

# Groups that may be the people an event is about, where no document of the corpus
# counts them apart from the general public (see align.facts._population_groups): the
# strikers at a mine, the protesters of a crackdown, the workers of a factory fire.
POPULATION_ROLES: frozenset[str] = frozenset({"protesters", "workers", "miners", "detainees"})
# ... unless the corpus counts, in that category, those on the other side of them: a
# prison riot's dead "among them three guards" make the inmates one side, not the whole
POPULATION_COUNTERPARTS: dict[str, frozenset[str]] = {
    "detainees": frozenset(
        {"guards", "wardens", "warders", "staff", "officers", SECURITY, SOLDIERS}
    ),
}

# Words in -ch whose plural takes -es ("marches", "coaches"); others take -s ("Czechs",
# "monarchs", "techs"), as the sound decides and the spelling cannot tell.
CH_PLURAL_ES: frozenset[str] = frozenset(
    "march church coach branch witch match watch bench batch beach speech".split()
)

# Groups whose other counts (no fate, no kind) say how many were there at one moment: a
# vessel's crew ("47 crew members", "There were also 46 crew")
CREW_GROUPS: frozenset[str] = frozenset({"crew"})

# A country's people named by their status: "UK nationals", "U.S. citizens" (singular forms)
NATIONAL_NOUNS: frozenset[str] = frozenset({"national", "citizen"})

# Nouns that count people at large or by what befell them, naming no group of their own:
# "Of the 85 dead" restates a toll; "the number of victims rose to 40" counts no group
UNNAMED_PEOPLE_NOUNS: frozenset[str] = frozenset(
    {"people", "persons", "dead", "deaths", "victims", "bodies", "fatalities", "casualties",
     "those", "lives", "injured", "wounded", "missing", "detained", "arrests", "arrested",
     "killed"}
)  # fmt: skip
