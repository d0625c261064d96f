"""Words that decide what fact a count belongs to once extraction has read it.

Used by ``kzdiff.align.facts``: which counted nouns name the event's own population
(and so join its total), and which scope words name no place (and so split nothing).
"""

from __future__ import annotations

from kzdiff.lexicon.dates import MONTHS, WEEKDAYS
from kzdiff.lexicon.names import NATIONALITIES

# Counted nouns that, in an article about one event, name the people the event struck
# rather than a group among them: at a pilgrimage the pilgrims are the people, on a
# ferry the passengers, in a flood the residents. Singular, lower-case. With an origin
# ("pilgrims from Iran") they stay a group of their own (see subjects.ORIGIN_GROUPS).
EVENT_POPULATION: frozenset[str] = frozenset(
    {
        "passenger", "pilgrim", "worshipper", "resident", "villager", "occupant",
        "commuter", "traveller", "traveler", "migrant", "victim", "body", "death",
        "fatality", "casualty", "soul", "life", "person", "people", "individual",
        # those who came to the event that struck them: a concert, a match, a party
        "concertgoer", "festivalgoer", "festival-goer", "concert-goer", "fan", "spectator",
        "attendee", "guest", "reveller", "reveler", "partygoer", "clubgoer", "shopper",
    }
)  # fmt: skip

# Groups whose members ``EVENT_POPULATION`` maps onto the general public, by the group
# name align gives them (subjects.HEAD_GROUPS values).
EVENT_POPULATION_GROUPS: frozenset[str] = frozenset({"pilgrims", "migrants"})

# Scope words that name a time or a people, not a place: "killed in April", "killed
# in Russian shelling". A scope made only of these splits no fact.
NOT_PLACES: frozenset[str] = frozenset(
    {*MONTHS, *WEEKDAYS, *NATIONALITIES, "the", "early", "late", "mid", "last", "night",
     "morning", "evening", "afternoon", "day", "week", "weekend", "month", "year",
     "attack", "attacks", "strike", "strikes", "shelling", "disaster", "tragedy",
     "accident", "incident", "crash", "collapse", "quake", "earthquake", "fire", "flood",
     "floods", "flooding", "blast", "explosion", "stampede", "crush", "violence", "unrest",
     "clashes", "protests", "total", "all", "mass", "shooting", "shootings", "bombing",
     "bombings", "massacre", "riot", "riots"}
)  # fmt: skip

# Words for an administrative unit around a place's name: "Sindh Province", "the
# province of Sindh" and "Sindh" are one scope.
ADMIN_UNITS: frozenset[str] = frozenset(
    {
        "province",
        "district",
        "region",
        "state",
        "prefecture",
        "governorate",
        "county",
        "division",
        "municipality",
        "department",
        "oblast",
    }
)
# Units a country holds, after its possessive: "Surkhania's autonomous republic of
# Tuzkara" ("republic" is no unit to strip from a name: "Czech Republic")
HELD_UNITS: frozenset[str] = ADMIN_UNITS | {"republic", "territory", "enclave"}

# Parts of a place named after them: "in the vicinity of the Juliaca airport", "near the
# airport of Juliaca", "on the outskirts of Kabul" place a figure in Juliaca and Kabul.
SITE_NOUNS: frozenset[str] = frozenset(
    """
    vicinity outskirts environs surroundings area areas centre center heart streets suburbs
    edge airport port border capital
    """.split()
)

# Sites a count may be local to when the article names no place: "missing in his village
# alone", "died at the hospital alone" (not a building or a tower, which may be the whole
# event).
LOCAL_SITES: dict[str, str] = {
    "village": "village",
    "villages": "village",
    "camp": "camp",
    "hospital": "hospital",
    "clinic": "clinic",
    "monastery": "monastery",
    "mosque": "mosque",
    "church": "church",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "settlement": "settlement",
}

# Sites of one incident among an event's many: "13 were killed when a monastery collapsed"
# (not a bus, a boat or a building, which in news are as often the whole event).
INCIDENT_SITES: dict[str, str] = {
    **LOCAL_SITES,
    "house": "house",
    "home": "house",
    "wall": "wall",
    "tree": "tree",
}
INCIDENT_VERBS: frozenset[str] = frozenset(
    "collapsed collapses fell caved crashed exploded burned".split()
)
# What makes a site one among many: "in his village", "in one camp", "a monastery" ("the
# mosque" may be the whole event; "the hospital alone" is one of several)
LOCAL_DETERMINERS: frozenset[str] = frozenset({"a", "one", "his", "her", "their", "its", "that"})


def local_scope(site: str) -> str:
    """The scope extraction gives a count local to one unnamed site: "one village"."""
    return f"one {site}"


# (and one family's kin: "his two children were treated")
LOCAL_SCOPES: frozenset[str] = frozenset(
    local_scope(site) for site in (*INCIDENT_SITES.values(), "family")
)

# Where in a country a place lies, before its unit: "the northern province of Artibonite".
COMPASS_ADJECTIVES: frozenset[str] = frozenset(
    """
    northern southern eastern western central northeastern northwestern southeastern
    southwestern north-eastern north-western south-eastern south-western coastal
    """.split()
)

# Words that place a place beside the event's own, before its name: "authorities in
# neighbouring Mozambique", "police in nearby Yumbo" speak for Mozambique and Yumbo.
NEIGHBOUR_ADJECTIVES: frozenset[str] = frozenset(
    {"neighbouring", "neighboring", "nearby", "adjacent", "adjoining", "bordering"}
)

# Words before a place's name that name a part of it, not another place: "more than 200
# arrests in downtown Houston", "in greater Manila"
PLACE_PART_ADJECTIVES: frozenset[str] = frozenset(
    {"downtown", "greater", "metropolitan", "suburban", "inner", "rural", "urban", "uptown"}
)

# Verbs by which people once counted missing are no longer: "290 people initially
# reported missing have been found", "three who had been considered missing turned up
# alive" count the found, not the missing.
FOUND_VERBS: frozenset[str] = frozenset(
    {
        "found",
        "located",
        "traced",
        "reunited",
        "turned",
        "resurfaced",
        "accounted",
        "resolved",
    }  # "resolved over 11000 missing cases"
)

# Agents a scope can name ("killed by police"): when the figure's own source is that
# body, the scope misreads the counter as the killer ("police say the toll rose").
AGENT_PREPOSITIONS: frozenset[str] = frozenset({"by"})

# What an "other" count of people counts, by the words of its own clause: people aboard
# are not people rescued, nor people affected. Checked in the words after the figure
# first ("350 people were living in the tower"), then the words before it ("carrying
# 476 people"). Kind -> cue words and phrases, lower-case.
OTHER_KINDS: dict[str, tuple[str, ...]] = {
    "rescued": ("rescued", "rescue", "saved", "survived", "survivor", "survivors",
                "escaped", "plucked", "pulled out", "got out", "made it out", "pulled alive",
                "pulled from", "dug out", "brought out alive", "got away", "freed",
                "exfiltrated"),
    "affected": ("affected", "impacted", "affecting", "without water"),
    # a power cut's count: a fact of its own, never the storm's "affected"
    "without power": ("without electricity", "without power", "knocked out power",
                      "lost power", "lost electricity", "power outages", "power cuts"),
    "in need of aid": ("in need", "need aid", "need food", "need humanitarian", "need help",
                       "needed aid", "needing", "need assistance", "require aid",
                       "require assistance", "require humanitarian", "require help",
                       "require some form of", "requiring aid", "requiring food",
                       "requiring assistance", "requiring help", "requiring humanitarian"),
    "aboard": ("aboard", "on board", "onboard", "carrying", "carried", "on the boat",
               "on the ship", "on the ferry", "passengers"),
    "living there": ("living", "live", "lived"),
    "inside": ("inside", "in the building", "in the tower", "in the theatre", "in the theater",
               "sheltering", "shelter", "refuge", "hiding", "taking cover", "trapped"),
    "at risk": ("at risk",),
    # children the event left alone: "about 225 children have been left without parents"
    # (not "unaccompanied minors", migrant children travelling alone)
    "orphaned": ("orphaned", "orphans", "without parents", "lost their parents",
                 "lost both parents"),

    # a count that rises and falls as people are brought out: "1,200 tourists stranded"
    "stranded": ("stranded", "marooned", "cut off"),
    "in quarantine": ("quarantined", "in quarantine", "under quarantine", "self-isolation",
                      "in isolation", "isolated", "under observation", "monitored"),
    "recovered": ("recovered", "cured", "fully recovered"),
    "prevented": ("prevented from", "blocked from", "stopped from", "kept from"),
    "interviewed": ("interviewed", "spoke with", "spoke to"),
    # a petition's count: "5,000,438 people had signed the petition"
    "signed": ("signed", "signatures", "signatories", "signing", "support of"),
    # those at work on the disaster: "4,370 men and women ... of the Civil Protection",
    # "3,223 firefighters are working this fire"
    "at work": ("working", "at work", "on duty", "deployed", "involved in", "engaged in",
                "operational structures"),
    # the missing found again: "able to contact or reconnect 950 persons"
    "accounted for": ("reconnect", "reconnected", "contacted", "traced",
                      "reunited"),
    # the crowd a permit allowed, not the crowd that came
    "permitted": ("permission for", "permission to", "permission was granted",
                  "permission had been granted", "granted permission", "permitted",
                  "allowed to gather", "capacity of", "capacity for", "can hold", "could hold",
                  "holds up to", "seating"),
}  # fmt: skip

# What was done with the bodies a count of the dead counts: "66 bodies have been handed
# over", "24 are yet to be identified". Such a count is a row of its own under the toll,
# never a figure of it.
BODY_HANDLING: dict[str, tuple[str, ...]] = {
    "unidentified": ("unidentified", "yet to be identified", "not yet identified",
                     "still to be identified", "remain to be identified",
                     "remained to be identified", "have not been identified",
                     "not been identified", "awaiting identification", "unclaimed",
                     "identities are unknown", "identities are still unknown",
                     "cannot be identified", "could not be identified",
                     "can no longer be identified", "can no longer be recognised",
                     "can no longer be recognized", "cannot be recognised",
                     "cannot be recognized", "could not be recognised",
                     "could not be recognized", "beyond recognition",
                     "identities remain unknown", "identities unknown"),
    "identified": ("identified",),
    "handed over": ("handed over", "handed to", "released to", "returned to"),
    # not "buried": "buried under the rubble" are the trapped
    "laid to rest": ("cremated", "laid to rest", "interred"),
    "autopsied": ("autopsied", "post-mortem", "post-mortems", "postmortem", "postmortems",
                  "autopsies"),
    "dismembered": ("dismembered", "mangled beyond"),
}  # fmt: skip

# A cause an official count keeps apart: deaths from the hardships after a disaster
# (evacuation, illness) beside those it caused outright. Phrases, since "indirect fire"
# is a mortar's and "villages indirectly hit" a place's.
DISASTER_RELATED = "disaster-related"
DEATH_CAUSE_PHRASES: tuple[str, ...] = (
    "disaster-related deaths",
    "disaster-related fatalities",
    "disaster-related death",
    "indirect deaths",
    "indirect fatalities",
    "died indirectly",
    "causes indirectly related",
    # "22 were indirectly caused by the quake", "30 officially recognized post-disaster
    # fatalities"
    "indirectly caused",
    "indirectly related",
    "indirectly linked",
    "post-disaster deaths",
    "post-disaster fatalities",
)
# How sure a count of the dead is, where an outbreak's reports keep two tallies: deaths
# tests confirmed, and deaths suspected or probable ("18 confirmed deaths", "141 suspected
# deaths", "148 'probable' deaths"). Alignment keeps them apart only in a corpus that
# counts both; elsewhere "officials confirmed 45 deaths" is the toll itself.
CONFIRMED_DEATHS = "confirmed"
SUSPECTED_DEATHS = "suspected"
DEATH_CERTAINTIES = frozenset({CONFIRMED_DEATHS, SUSPECTED_DEATHS})

# Words before such a phrase that leave those deaths out of the figure: "Not counting
# indirect deaths the toll stands at 273", "was still counting indirect deaths"
DEATH_CAUSE_EXCLUDERS: tuple[str, ...] = ("not counting", "excluding", "without", "still counting")

# Where a count of the injured stands in their care: "38 of the injured remain in
# hospital", "seven were admitted to ICUs", "54 have been discharged". Such a count is a
# row of its own under the injured, never a figure of their running count.
CARE_KINDS: dict[str, tuple[str, ...]] = {
    "still in hospital": ("remain in hospital", "remained in hospital", "still in hospital",
                          "remain hospitalised", "remain hospitalized", "remained hospitalised",
                          "remained hospitalized", "remains in hospital", "still hospitalised",
                          "still hospitalized", "still being treated", "still receiving treatment",
                          "remain under treatment", "still receiving medical treatment",
                          "still under treatment", "continue to be treated",
                          "continued to be treated", "continues to be treated",
                          "remain in hospitals", "remained in hospitals", "still in hospitals",
                          "still in the hospital", "remain in the hospital",
                          # "53 injured were currently being treated", "Almost 50 wounded
                          # are under treatment" days on: those still in care
                          "currently being treated", "currently under treatment",
                          "are under treatment", "currently hospitalised",
                          "currently hospitalized", "currently in hospital"),
    "in intensive care": ("intensive care", "icu", "icus", "critical condition",
                          "serious condition", "on respirators", "on ventilators", "intubated",
                          "critical state", "serious state", "grave condition", "grave state",
                          "critical patients", "critical victims"),
    "discharged": ("discharged", "released from hospital", "released from hospitals",
                   "released from the hospital", "sent home", "allowed to return home",
                   "allowed to go home"),
}  # fmt: skip

# Kinds that count how many stand somewhere now, not how many it ever befell: the number
# in intensive care falls as patients recover, so a later, lower figure is the newer one,
# not a rival count.
STANDING_KINDS: frozenset[str] = frozenset({"still in hospital", "in intensive care", "still held"})

# Where a count of the detained stands: "more than 1,600 remained in detention" of the
# 28,000 arrested. Such a count is a row of its own under the arrests, never a figure
# of their running count.
CUSTODY_KINDS: dict[str, tuple[str, ...]] = {
    "still held": ("remained in detention", "remain in detention", "remains in detention",
                   "still in detention", "still detained", "remain detained",
                   "remained detained", "still in custody", "remain in custody",
                   "remained in custody", "still behind bars", "remain behind bars",
                   "still being held", "are still held", "remain jailed",
                   # "527 people were held in custody" as of a day; "the preventive
                   # detention of 942": held while their cases go on
                   "held in custody", "were held in custody", "pre-trial detention",
                   "preventive detention", "in custody"),
    # what courts did with the detained: "36 were fined, 34 received administrative
    # detention and 4 were issued warnings" are outcomes, rows of their own
    "sentenced": ("sentenced", "administrative detention", "administrative detentions",
                  "jailed for"),
    "fined": ("were fined", "been fined", "was fined"),
    # held by captors, not by the state: "143 girls were kidnapped", "1,262 hostages"
    "abducted": ("abducted", "kidnapped", "abduction", "abductions", "kidnappings",
                 "taken hostage", "held hostage", "held captive", "hostages", "captives"),
    # "around 915 individuals have pleaded guilty": convicted on their own plea, not the
    # running count of those arrested or charged
    "pleaded guilty": ("pleaded guilty", "pled guilty", "guilty pleas", "entered guilty pleas"),
    "warned": ("issued warnings", "were issued warnings", "were warned", "received warnings"),
}  # fmt: skip

# Where the displaced went: those displaced inside their own country are counted apart
# from those who fled abroad ("6.5 million internally displaced" beside "3.5 million
# refugees have fled Ukraine").
DISPLACEMENT_KINDS: dict[str, tuple[str, ...]] = {
    "internally displaced": ("internally displaced", "displaced internally", "idps",
                             "displaced within", "displaced inside",
                             "displaced in their own country"),
}  # fmt: skip

# The counted nouns of the dead whose bodies BODY_HANDLING may tell of (roles and groups
# are identified as who they are: "assailants ... are being identified").
BODY_NOUNS: frozenset[str] = frozenset(
    "people persons bodies body dead victims deceased remains deaths fatalities".split()
)

# Kinds of OTHER_KINDS that count how many were there at one moment (aboard the boat,
# inside the building): no running tally, so sources' figures that disagree are rival
# estimates at odds, never one count that moved.
FIXED_KINDS: frozenset[str] = frozenset({"aboard", "inside", "living there"})

# The scope of a figure a count is said to leave out ("does not include an estimated 2,300
# who died of disease"): another group's figure, a row beside the total, never the
# total's; worded to read after "killed in".
EXCLUDED_SCOPE = "addition to the count before"
# The scope of a figure the article calls a share of the total ("killed more than 19,000
# people, nearly a quarter of the total deaths"): a part, never the total; worded to read
# after "killed in"
SHARE_SCOPE = "one part of the event"
# Words of a share: "a quarter of", "two thirds of", "half of", "40 percent of"
SHARE_WORDS: frozenset[str] = frozenset(
    {"quarter", "quarters", "third", "thirds", "half", "fifth", "fifths", "tenth", "tenths",
     "percent", "per", "%", "fraction", "share", "proportion"}
)  # fmt: skip
# What a share is of: "of the total deaths", "of the toll", "of all the dead" (not "of all
# those infected" or "of all residents": another whole)
SHARE_WHOLES: frozenset[str] = frozenset(
    {"total", "toll", "tolls", "overall", "deaths", "dead", "victims", "fatalities"}
)
# What sets off an appositive after a figure: "..., nearly a quarter of the total deaths"
SHARE_MARKS: frozenset[str] = frozenset({",", "—", "–"})
# What a count is said to leave out: "The figure does not include an estimated 2,300".
EXCLUDING_CUES: tuple[str, ...] = ("not include", "not including", "excluding", "not counting")

# Nouns for one of an event's places: "In just one church, ...", "At a single hospital"
ONE_PLACE_NOUNS: frozenset[str] = frozenset(
    """
    church mosque temple synagogue hospital clinic district village town city province
    region state county school hotel market building block camp neighbourhood neighborhood
    street square station area site shelter prison
    """.split()
)

# Verbs of recovery that make "another" or "more" an increment ("Nine more bodies were
# recovered on Thursday"), and the nouns after "rescue" that name rescuers, not the
# rescued ("400 rescue workers").
RECOVERY_VERBS: frozenset[str] = frozenset(
    "recovered retrieved pulled found identified exhumed unearthed".split()
)
RESCUER_NOUNS: frozenset[str] = frozenset(
    """
    worker workers team teams personnel crew crews official officials volunteer volunteers
    service services unit units
    """.split()
)

# Bodies whose members are forces: "members of Mexico's army, air force and national guard"
FORCE_BODIES: frozenset[str] = frozenset(
    {"army", "military", "navy", "guard", "police", "forces", "gendarmerie"}
)
# Words before "agents" that make them a force's: "federal agents", "security agents"
SECURITY_AGENT_WORDS: frozenset[str] = frozenset(
    {"federal", "security", "police", "border", "fbi", "secret", "intelligence", "law",
     "enforcement", "immigration", "customs"}
)  # fmt: skip

# Words of a lead that tells of an event after it happened: its trial, charges, inquiry
# or anniversary ("sentenced for the death of 242 people", "a chargesheet in the collapse")
FOLLOW_UP_WORDS: tuple[str, ...] = (
    "chargesheet", "charge sheet", "charge-sheet", "trial", "sentenced", "verdict",
    "convicted", "acquitted", "inquiry", "inquest", "anniversary", "commemorate",
    "commemorated", "commemorating", "compensation",
)  # fmt: skip
