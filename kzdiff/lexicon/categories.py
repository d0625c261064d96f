"""What makes a number a count of the killed, the injured, the detained...

Cues are lower-cased word sequences. A cue found in the clause of a number (a
verb after it, a noun or verb governing it from the left, or the counted noun
itself) gives the count its category. Kept as data so a reader can see and
extend it without touching the matcher.
"""

from __future__ import annotations

from kzdiff.vocab import Category

_K, _I, _D = Category.KILLED, Category.INJURED, Category.DETAINED
_M, _DP, _E = Category.MISSING, Category.DISPLACED, Category.EVACUATED
_T, _P, _O = Category.TROOPS, Category.PARTICIPANTS, Category.OTHER

# Phrases that hold a cue word but name the event itself, not what befell the counted
# ("crowd" in "the crowd crush"): a scan for a figure's cue reads past them.
EVENT_NAMES: frozenset[str] = frozenset(
    f"crowd {noun}" for noun in ("crush", "crushes", "surge", "collapse", "disaster", "stampede")
)
# Participation cues that are also nouns naming the event: after a determiner ("the
# September 8 protest", "at the rally") they name the event a toll is of, not who joined
EVENT_NOUN_CUES: frozenset[str] = frozenset({"protest", "rally", "march"})
# The first words of cues that relate a count to something rather than say what befell
# the counted: before a noun of a fate they give way to it ("Belgium accounted for 36
# deaths" counts deaths; "36 people are accounted for" are found)
RELATION_CUE_WORDS: frozenset[str] = frozenset({"accounted", "account", "accounts"})

# Words after "were held" that make it no detention: "held up for hours", "held
# responsible" ("held hostage" is: by captors, see "abducted")
HELD_OTHERWISE: frozenset[str] = frozenset({"up", "back", "responsible", "accountable", "liable"})

# Nouns of places of a kind, after a named place: "in Moscow and other cities", "in the
# capital and across the country"
PLACE_KIND_NOUNS: frozenset[str] = frozenset(
    """towns cities villages regions provinces areas places parts districts countries
    states locations country nation region state province""".split()
)

# What a crowd did against a ban or a danger before saying why it came: "braved a heavy
# police deployment to take part", "defied a ban to protest"
DEFIANCE_VERBS: frozenset[str] = frozenset(
    {"braved", "defied", "ignored", "risked", "flouted", "defying", "braving", "ignoring"}
)

# Gatherings a crowd's place is named by: "the march in Austin drew 50,000"
GATHERING_NOUNS: frozenset[str] = EVENT_NOUN_CUES | frozenset(
    {"marches", "rallies", "protests", "demonstration", "demonstrations", "gathering", "vigil"}
)

# Nouns of a tally that a place after "in" scopes: "The death toll in West Bengal rose to
# 86", "Deaths in Texas reached 104", "Arrests in Los Angeles topped 500"
TALLY_PLACE_HEADS: frozenset[str] = frozenset(
    {"toll", "tolls", "deaths", "dead", "fatalities", "casualties", "injuries", "arrests",
     "detentions", "count", "tally"}
)  # fmt: skip

# Gatherings whose people are its crowd: "22,000 people at the concert" (not the dead
# "at the concert", whose verb says so first)
CROWD_VENUES: frozenset[str] = GATHERING_NOUNS | frozenset(
    {"concert", "festival", "memorial", "ceremony", "commemoration", "funeral", "match",
     "stadium", "celebration", "celebrations", "parade", "procession", "service", "party",
     "show", "game"}
)  # fmt: skip

# Places whose room "can hold" so many: "the stadium can hold 42,000", "the camp can hold
# up to 5,000" (not "police could hold 212 protesters", "tents to accommodate the wounded")
VENUES_WITH_ROOM: frozenset[str] = frozenset(
    {"stadium", "arena", "ground", "hall", "venue", "auditorium", "theatre", "theater",
     "camp", "shelter", "shelters", "prison", "jail", "church", "mosque", "temple",
     "square", "club", "building", "hotel", "facility", "centre", "center"}
)  # fmt: skip
# The last word of a venue's name, after "Outside" or "Near" opening a sentence:
# "Outside Janapada Bhavan, nearly two lakh people had gathered" (not "Outside Tarvo, ...",
# a town, where the count is not)
VENUE_NAME_HEADS: frozenset[str] = frozenset(
    {"stadium", "arena", "hall", "bhavan", "palace", "square", "station", "building",
     "embassy", "parliament", "court", "gate", "gates", "mosque", "church", "temple",
     "cathedral", "hospital", "house", "ground", "grounds", "park"}
)  # fmt: skip
# The two words before a figure that give such a room (not "police were holding 24", nor
# "opened its doors to accommodate 400 villagers displaced": those are counts)
ROOM_BEFORE_A_FIGURE: frozenset[tuple[str, str]] = frozenset(
    {("can", "hold"), ("could", "hold"), ("can", "accommodate"), ("could", "accommodate"),
     ("capacity", "of"), ("holds", "up")}
)  # fmt: skip

# Words after a crowd's venue that say where or when, not what befell them: "were at the
# initial rally near the White House before the march began" ("at the match were
# stabbed" says more)
AFTER_A_VENUE: frozenset[str] = frozenset(
    "when as on in at during that where and near outside inside before after".split()
)

# Groups whose "of N" is each one's size: "families of six and seven buried in one grave"
GROUPS_OF_MEMBERS: frozenset[str] = frozenset(
    {"families", "groups", "teams", "batches", "households"}
)

# What may stand between a counted crowd and "at" its venue, hedges included: "22,000
# people were at the concert", "thousands had gathered at the memorial", "were believed to
# have been at the party"
BE_THERE_WORDS: frozenset[str] = frozenset(
    {"were", "was", "are", "is", "had", "been", "gathered", "believed", "thought", "to", "have"}
)

# A cue word before these nouns names something else: "facing death sentences" or "the
# death penalty" kill no one; "injury time" hurts no one.
CUE_NOT_BEFORE: dict[str, frozenset[str]] = {
    "death": frozenset(
        {"sentence", "sentences", "penalty", "penalties", "row", "threat", "threats",
         "certificate", "certificates", "squad", "squads", "warrant", "warrants"}
    ),
    "injury": frozenset({"time", "claim", "claims", "lawyer", "lawyers"}),
    # "a migrant detention center": a place, no one detained by the figure's clause
    "detention": frozenset({"center", "centre", "centers", "centres", "facility",
                            "facilities", "camp", "camps"}),
    # "12 have not been found guilty": a verdict, not the missing
    "not been found": frozenset({"guilty", "responsible", "liable", "innocent", "to", "alive"}),
    "not yet been found": frozenset({"guilty", "responsible", "liable", "innocent", "to"}),
    # "the figure of 49 victims should be treated as provisional": regarded, not cared for
    "treated": frozenset({"as", "like"}),
    "being treated": frozenset({"as", "like"}),
    # "40 passengers on the route to the capital": a journey's, not a march's
    "on the route": frozenset({"to", "from", "between", "of"}),
    "along the route": frozenset({"to", "from", "between", "of"}),
}  # fmt: skip

# Tallies of a flow of refugees, which a left verb brings to its figure
REFUGEE_TALLIES = (
    "refugee influx",
    "refugee exodus",
    "refugee tide",
    "refugee count",
    "refugee numbers",
)

# Event cues: verbs, participles and nouns that say what happened to the counted.
EVENT_CUES: dict[str, Category] = {
    # killed
    "killed": _K,
    "kill": _K,
    "kills": _K,
    "killing": _K,
    "died": _K,
    "dying": _K,  # "with 72 dying on Wednesday"
    "passed away": _K,  # "Three children passed away in the hospital last night"
    "die": _K,
    "dies": _K,
    "dead": _K,
    "death toll": _K,
    "death tolls": _K,  # "unofficial death tolls surpassing 400"
    "death count": _K,
    "body count": _K,
    "toll": _K,
    "deaths": _K,
    "death": _K,
    "death of": _K,
    "deaths of": _K,
    "killing of": _K,  # "condemned the killing of 103 protesters"
    "killings of": _K,
    "murder of": _K,
    "murders of": _K,
    "fatalities": _K,
    "mortalities": _K,
    "bodies": _K,
    "body": _K,
    "corpses": _K,
    "perished": _K,
    "perishing": _K,  # "many hundreds of people are perishing"
    "lost their lives": _K,
    "paid with their lives": _K,  # "Nearly 175 people paid with their lives"
    "lost his life": _K,
    "shot dead": _K,
    "fatally": _K,  # "Twelve were shot, four of them fatally", "fatally wounded"
    "slain": _K,
    "murdered": _K,
    "executed": _K,
    "liquidated": _K,
    "eliminated": _K,
    "neutralised": _K,
    "neutralized": _K,
    "massacred": _K,
    # shot dead, as a headline or a report says it: "Troops Gun Down 12 Protesters"
    "gunned down": _K,
    "gun down": _K,
    "guns down": _K,
    "mowed down": _K,
    "mown down": _K,
    "slaughter of": _K,  # "the slaughter of dozens of unarmed demonstrators"
    "massacre of": _K,
    "drowned": _K,
    "drown": _K,  # a headline's present: "Over 100 drown after ferry sinks"
    "drowns": _K,
    "were buried": _K,
    "buried": _K,
    # the dead given their rites: "88 were interred Friday", "Dozens more were cremated"
    "interred": _K,
    "were interred": _K,
    "cremated": _K,
    "were cremated": _K,
    # a landslide's or collapse's "buried alive" are counted as its dead; the "entombed"
    # are the trapped ("33 miners entombed for 17 days"), and so are those who "remain"
    # buried, not yet the dead
    "buried alive": _K,
    "entombed": _M,
    "entombed alive": _K,
    "remain buried": _M,
    "remain entombed": _M,
    "still buried": _M,
    "still entombed": _M,
    "beheaded": _K,
    "stabbed to death": _K,
    "hanged": _K,
    "burned to death": _K,
    "burnt to death": _K,
    # a fire's dead as a report of the scene words them: "138 people were burnt alive"
    "burned alive": _K,
    "burnt alive": _K,
    "crushed to death": _K,
    "trampled": _K,
    "suffocated": _K,
    "feared dead": _K,
    "confirmed dead": _K,
    "found dead": _K,
    "lives lost": _K,
    "victims": _K,
    "martyrs": _K,  # how Iranian and Arab official media count the dead
    "martyred": _K,
    "martyring": _K,  # "martyring 44 worshippers"
    "deceased": _K,
    "succumbed": _K,
    "succumbing": _K,  # "with two more people succumbing to their injuries"
    "succumbed to": _K,
    "cost the lives of": _K,
    "claimed the lives of": _K,
    "claiming the lives of": _K,
    "claims the lives of": _K,
    "costing the lives of": _K,
    "took the lives of": _K,
    "taken the lives of": _K,
    "taking the lives of": _K,
    "presumed dead": _K,
    "killed by": _K,
    "dead bodies": _K,
    "remains of": _K,  # "the remains of three males were found" (not "the toll remains 40")
    "fatality": _K,
    "morgues": _K,
    "morgue": _K,
    # injured
    "injured": _I,
    "injuring": _I,
    "injures": _I,  # a headline's present: "Train crash kills 41, injures scores"
    "injure": _I,
    "injuries": _I,
    "wounded": _I,
    "wounding": _I,
    "hurt": _I,
    # hit by gunfire: "15 dead, 89 shot", "81 had been hit by bullets" (the dead are "shot
    # dead", and "shot and killed" yields to its fate)
    "shot": _I,
    "shot at": _O,  # "12 journalists were shot at": fired on, not hit
    **{
        f"{hit} by {what}": _I
        for hit in ("hit", "struck")
        for what in (
            "bullets",
            "live rounds",
            "live ammunition",
            "gunfire",
            "rubber bullets",
            "stray bullets",
            "shrapnel",
            "pellets",
        )
    },
    # a fire's injured: "52 critically burnt", "80 people were badly burned" (the dead are
    # "burnt to death" or "alive")
    "burned": _I,
    "burnt": _I,
    # bodies no one can name: "67 of them had been burnt beyond recognition"
    "burnt beyond recognition": _K,
    "burned beyond recognition": _K,
    "charred beyond recognition": _K,
    "hospitalised": _I,
    "hospitalized": _I,
    "hospitalisations": _I,  # "21 fatalities and 68 hospitalizations"
    "hospitalizations": _I,
    "hospitalization of": _I,
    "hospitalisation of": _I,
    "sought treatment": _I,
    "sought medical help": _I,
    "treated for injuries": _I,
    "treated in hospital": _I,
    "needed treatment": _I,
    "sought medical treatment": _I,
    "sought medical": _I,  # "22 protesters seeking medical [help]", cut short in copy
    "seeking medical": _I,
    "seeking treatment": _I,
    "sought medical attention": _I,
    "received treatment": _I,
    "getting treatment": _I,  # "dozens of victims put off getting treatment for small cuts"
    "injured people": _I,
    "injury toll": _I,  # "the official injury count now stands at 130"
    "injury count": _I,
    "injury tally": _I,
    "treated": _I,
    # ("treated as provisional" is regarded: see CUE_NOT_BEFORE; these are cared for)
    "treated as outpatients": _I,
    "treated as out-patients": _I,
    "treated as inpatients": _I,
    "treated as emergencies": _I,
    "being treated": _I,
    "receiving treatment": _I,  # "205 people were receiving treatment"
    "receiving medical treatment": _I,
    "hospital": _I,
    "hospitals": _I,
    # places of care by other names: "Ten others were taken to Santa Brigida Medical Center"
    "medical center": _I,
    "medical centre": _I,
    "medical centers": _I,
    "medical centres": _I,
    "infirmary": _I,
    "critical condition": _I,
    "serious condition": _I,
    "critical patients": _I,  # "Of the seven critical victims, six were still unnamed"
    "critical victims": _I,
    "critical state": _I,  # "including seven in a critical state"
    "on ventilators": _I,  # "and 23 are on ventilators": in intensive care
    "on a ventilator": _I,
    "on respirators": _I,
    "serious state": _I,
    "grave condition": _I,  # "17 were in a grave state"
    "grave state": _I,
    "wounds": _I,
    "gunshot wounds": _I,
    "medical treatment": _I,
    "fractures": _I,
    # patients by condition and stage of care: still counts of the injured
    "discharged": _I,
    "released from hospital": _I,  # not "released" alone: freed hostages and detainees
    "released from hospitals": _I,
    "released from the hospital": _I,
    "under treatment": _I,
    "in the icu": _I,
    "in icu": _I,  # "12 were still in ICU"
    "in intensive care": _I,
    "admitted to hospital": _I,
    "admitted to hospitals": _I,
    "in hospital": _I,
    "critically injured": _I,
    "seriously injured": _I,
    "in critical condition": _I,
    "cardiac arrest": _I,  # not an arrest by police
    # attacked: "Over 140 police officers were assaulted" (not "assaulted 12 people",
    # who may be the attackers' count of victims or not)
    "were assaulted": _I,
    "been assaulted": _I,
    "stabbed": _I,  # ("stabbed to death" kills: the longer cue wins)
    # maimed: "21 lost their eyesight", "five had their hands ripped off"
    "lost their eyesight": _I,
    "lost their sight": _I,
    "lost an eye": _I,
    "lost eyes": _I,
    "blinded": _I,
    "maimed": _I,
    "mutilated": _I,
    "amputated": _I,  # ("40 amputations" counts operations)
    "hands ripped": _I,
    "hands torn off": _I,
    "hands blown off": _I,
    # detained
    "detained": _D,
    "detaining": _D,
    "detention": _D,
    "detainees": _D,
    "arrestees": _D,
    "arrested": _D,
    "arrests": _D,
    "detentions": _D,  # "Some 6,000 detentions have taken place"
    # held by captors ("held" is the detained's word): "143 girls were kidnapped", "32
    # abductions", "120 pupils were held hostage"; counted apart from arrests
    # (lexicon.facts CUSTODY_KINDS), and those not yet back are missing ("94 girls
    # remain missing")
    "abducted": _D,
    "abductions": _D,
    "abduction": _D,
    "kidnapped": _D,
    "kidnappings": _D,
    "taken hostage": _D,
    "held hostage": _D,
    "held captive": _D,
    "arrest": _D,  # "police arrest 14 suspects"
    "detain": _D,
    "detains": _D,
    "arresting": _D,
    "arrest of": _D,
    "custody": _D,
    "taken into custody": _D,
    "rounded up": _D,
    "being held": _D,  # "68 men were being held at the facility"
    # people held by the police ("a rally was held" names no people)
    "were held": _D,  # "at least 876 people were held in Moscow"
    "been held": _D,  # "Hundreds of people have been held at rallies"
    "held for questioning": _D,
    "apprehended": _D,
    "jailed": _D,
    "imprisoned": _D,
    "nabbed": _D,
    "charged with": _D,  # "charged 300 demonstrators with batons" is no arrest
    # those a court has before it: "1,504 have been federally charged", "100 face charges"
    # (not "were charged by mounted police", "charged twice for their tickets")
    "federally charged": _D,
    "charged in connection": _D,
    "charged in federal court": _D,
    "charged over": _D,
    # a prosecutor's charges: "prosecutors have charged at least 205 people" (not riot
    # police who "had charged" a crowd), "were identified and prosecuted"
    "prosecutors have charged": _D,
    "prosecutors charged": _D,
    "prosecutors had charged": _D,
    "authorities have charged": _D,
    "authorities had charged": _D,
    "authorities charged": _D,
    "prosecuted": _D,
    "indictment against": _D,
    "face charges": _D,
    "facing charges": _D,
    "faces charges": _D,
    "pleaded guilty": _D,
    # brought to justice: "sentenced four defendants", "16 were indicted"
    "sentenced": _D,
    "convicted": _D,
    "indicted": _D,
    "in detention": _D,
    "prisoners": _D,
    "were detained": _D,
    "into cells": _D,
    "in cells": _D,
    "behind bars": _D,
    "in jail": _D,
    "to jail": _D,
    "in prison": _D,
    # missing
    "missing": _M,
    "unaccounted for": _M,
    "unaccounted-for": _M,
    "yet to be located": _M,
    "yet to be found": _M,
    "still to be found": _M,
    "not been found": _M,  # "25 passengers have not been found"
    "unlocated": _M,  # "16 dead and 31 still unlocated"
    "not yet been found": _M,
    "not been located": _M,
    "yet to be recovered": _M,
    "disappeared": _M,
    "disappearances": _M,
    "remain missing": _M,
    "gone missing": _M,
    "feared missing": _M,
    "trapped": _M,
    "trapping": _M,  # "came down on Monday, trapping dozens of workers"
    "still trapped": _M,
    "still stuck": _M,  # "43 people were still stuck in the pit"
    "remain stuck": _M,
    "remain trapped": _M,
    # under rubble, fate unknown: people who "remain buried under debris" or are "feared
    # buried" (but the dead "remained buried in unmarked graves" stay dead)
    "remain buried under": _M,
    "remained buried under": _M,
    "remain buried beneath": _M,
    "still buried under": _M,
    "feared buried": _M,
    "under the rubble": _M,
    # displaced
    "displaced": _DP,
    "displacing": _DP,
    "displace": _DP,  # a headline's present: "Wildfires displace thousands"
    "displaces": _DP,
    "in need of shelter": _DP,
    "without shelter": _DP,  # "left thousands without shelter"
    # "between 280,000 and 340,000 people who no longer have a home", "left 300,000
    # people without a home"
    "no longer have a home": _DP,
    "no longer have homes": _DP,
    "without a home": _DP,
    # "62,000 people now require emergency shelter": who needs a roof has lost theirs
    "need shelter": _DP,
    "needed shelter": _DP,
    "needing shelter": _DP,
    "require shelter": _DP,
    "required shelter": _DP,
    "requiring shelter": _DP,
    "need emergency shelter": _DP,
    "needed emergency shelter": _DP,
    "needing emergency shelter": _DP,
    "require emergency shelter": _DP,
    "required emergency shelter": _DP,
    "requiring emergency shelter": _DP,
    "in need of emergency shelter": _DP,
    "living in the open": _DP,  # "families living out in the open"
    "living out in the open": _DP,
    "sleeping in the open": _DP,
    "sleeping out in the open": _DP,
    "nights in the open": _DP,  # "thousands spending nights in the open"
    "night in the open": _DP,
    "fled": _DP,
    "homeless": _DP,
    "refugees": _DP,
    "forced to flee": _DP,
    "uprooted": _DP,
    "uprooting": _DP,  # "..., uprooting a quarter of a million people" (no trees: NON_HUMAN_NOUNS)
    "driven from their homes": _DP,
    "relief camps": _DP,
    "temporary camps": _DP,
    "displacement camps": _DP,  # (not "makeshift camps": protesters set those up too)
    "temporary settlements": _DP,
    "temporary shelters": _DP,
    # "More than 600,000 Nepalese still live in temporary or unsafe housing", "thousands
    # in need of temporary housing", "living in shelters and tent cities"
    "temporary housing": _DP,
    "unsafe housing": _DP,
    "tent cities": _DP,
    "without homes": _DP,
    "relief centres": _DP,
    "relief centers": _DP,
    "forced from their homes": _DP,
    "forced from homes": _DP,
    "forced out of their homes": _DP,  # "650 people forced out of homes in danger zones"
    "forced out of homes": _DP,
    "driven out of their homes": _DP,
    "driven from homes": _DP,
    "forced to leave their homes": _DP,
    "had to leave their homes": _DP,
    "had to leave their houses": _DP,
    "shelter population": _DP,  # "The shelter population peaked at about 273,000"
    "fled their homes": _DP,
    "in camps": _DP,
    "in tents": _DP,
    "lost their homes": _DP,
    "lost homes": _DP,  # "thousands of people lost homes and belongings"
    "lost their houses": _DP,
    "crossed into": _DP,
    "crossed the border": _DP,
    # what happened, not what was urged or tried ("urged to take shelter", "tried to flee")
    "flee their homes": _DP,
    "took shelter": _DP,
    "taken shelter": _DP,
    "sought shelter": _DP,  # "Thousands of people sought shelter in gymnasiums"
    "seeking shelter": _DP,
    "sought refuge": _DP,
    "took refuge": _DP,
    # "80,000 others have found refuge in neighbouring Semiria" (not in a building: see
    # REFUGE_IN_A_PLACE)
    "found refuge": _DP,
    "find refuge": _DP,
    "finding refuge": _DP,
    "taken refuge": _DP,
    "poured into": _DP,
    "streamed into": _DP,
    "fled into": _DP,
    # a tally of the flow of refugees: "Refugee influx reaches 85,000" (not "the influx
    # of 3,000 tourists")
    **dict.fromkeys(REFUGEE_TALLIES, _DP),
    # a flow across a border: "had poured across its frontier", "streamed over the
    # frontier into Turkey" (not "poured across the bridge into the square": a crowd)
    "poured across the border": _DP,
    "poured across its border": _DP,
    "poured across the frontier": _DP,
    "poured across its frontier": _DP,
    "streamed across the border": _DP,
    "streamed across the frontier": _DP,
    "streamed over the border": _DP,
    "streamed over the frontier": _DP,
    "shelters": _E,
    "public shelters": _E,
    "evacuation centres": _E,
    "evacuation centers": _E,
    # evacuated
    "evacuated": _E,
    "taken to safety": _E,  # "hundreds more people were taken to safety" from a danger zone
    "moved to safety": _E,
    # "survivors had been relocated" from a disaster zone (but a company "relocated 2,000
    # workers", and families who "relocated to the capital" moved of their own accord)
    "been relocated": _E,
    "were relocated": _E,
    "evacuation": _E,
    "evacuees": _E,
    "evacuate": _E,
    "ordered to evacuate": _E,
    "evacuation orders": _E,
    "evacuation order": _E,
    "under evacuation": _E,
    # an order to leave is an evacuation ("forced to leave their homes" says they fled)
    "told to leave their homes": _E,
    "were moved out of their homes": _E,  # "13,800 were moved out of their homes ahead"
    "told to evacuate": _E,
    "ordered to leave their homes": _E,
    # other: people in the event who are no casualty, named by what befell them. Rescued
    # people were not evacuated (a rescue is not an order to leave); the infected and the
    # affected are counts of their own, not of the killed a later verb names
    "rescued": _O,
    # violence that is no count of the dead, injured or held: "290 women prisoners were
    # sexually attacked" (not new detentions; not "assaulted", which marines do to a beach)
    "raped": _O,
    "sexually assaulted": _O,
    "sexually attacked": _O,
    "sexually abused": _O,
    "pulled alive": _O,
    "pulled out alive": _O,
    "brought out alive": _O,  # "after which 51 were brought out alive and 9 others hurt"
    "dug out alive": _O,
    "carried out alive": _O,
    "saved": _O,
    "saving": _O,  # "..., saving thousands of lives": lives kept, no toll
    "were rescued": _O,
    "infected": _O,
    "without electricity": _O,  # "21,000 people left without electricity": affected
    "without power": _O,
    "without water": _O,
    "sickened": _O,
    "ill": _O,  # "194 have died and some 2,400 are ill": cases, not more of the dead
    "sick": _O,
    "fell ill": _O,
    "fallen ill": _O,
    "affected": _O,
    "were affected": _O,
    "stranded": _O,
    "in need of": _O,
    "need aid": _O,
    "need assistance": _O,
    "accounted for": _O,  # the found and safe: never read as "unaccounted for"
    "not yet accounted for": _M,  # "at least two dozen people not yet accounted for"
    "not accounted for": _M,
    "survived": _O,
    # a vessel's load, its figure bare: "the governor said 59 had died, and that 231 had
    # been aboard" (not "were aboard", as often a relative clause's: "15 people who were
    # on board were injured")
    "had been aboard": _O,
    "had been on board": _O,
    "survival of": _O,  # "causing the deaths of 17 people and the survival of 47 others"
    "escaped": _O,
    "student body": _O,  # "a student body of 742 and about 54 staff": an enrolment
    # unhurt: "51 others made it out of the pit ... unharmed" (not more of the injured)
    "unharmed": _O,
    "unhurt": _O,
    "uninjured": _O,
    "made it out": _O,
    # free of their captors: "35 of the abducted girls have got away" (not "made it home":
    # soldiers on leave, fans after a final)
    "got away": _O,
    "broke out of": _O,  # "13,500 prisoners broke out of jails": escaped
    "still at large": _O,
    "remain at large": _O,
    "released": _O,
    "were released": _O,
    "freed": _O,
    # cases of a disease: counts of people only where the article is about one
    # (CASE_NOUNS, DISEASE_NAMES); elsewhere a case is a court's or a file's
    "cases": _O,
    "confirmed cases": _O,
    "suspected cases": _O,
    "infections": _O,
    # troops: deployment of forces
    "deployed": _T,
    "deploying": _T,
    "deployment": _T,
    "force of": _T,
    "troops": _T,
    "sent in": _T,
    "dispatched": _T,
    "stationed": _T,
    "mobilised": _T,
    "mobilized": _T,
    "contingent": _T,
    "contingent of": _T,
    "on duty": _T,
    # participants
    "joined": _P,
    "joined in": _P,
    "took part": _P,
    "taking part": _P,
    "taken part": _P,  # "283,000 people were estimated to have taken part"
    "takes part": _P,
    "take part": _P,  # "1.8 million pilgrims expected to take part"
    "participating": _P,
    "participated": _P,
    "gathered": _P,
    "assembled": _P,  # "Hundreds of thousands of women assembled in Washington"
    "took to": _P,  # "400,000 people took to Fifth Avenue"
    "hit the streets": _P,
    "filled the streets": _P,
    "poured into the streets": _P,  # not refugees pouring into a country: displaced
    "flooded the streets": _P,
    "packed the streets": _P,
    "beaten the pavement": _P,
    "beat the pavement": _P,
    "rallied": _P,
    "marched": _P,
    "protested": _P,
    "took to the streets": _P,
    "taken to the streets": _P,
    "attended": _P,
    "attending": _P,
    "turned out": _P,
    "turning out": _P,  # "with more than 30,000 people turning out in the capital"
    "turned up": _P,
    "on the route": _P,  # "at the peak there were 190,000 people on the route"
    "along the route": _P,
    # a turnout: "5,000 came out in support of the strikers" (not "the 33 miners came out
    # one by one", "four more boys came out on Monday", "came out to waiting ambulances":
    # the spared; nor "100 MPs came out against the plan")
    "came out in support": _P,
    "came out in protest": _P,
    "came out to protest": _P,
    "came out onto the streets": _P,
    "came out on the streets": _P,
    "came out in force": _P,
    "demonstrated": _P,
    # why a crowd walked: "Several thousand people walked through Porto to protest"
    "to protest": _P,
    "march": _P,
    "rally": _P,
    "gather": _P,
    "protest": _P,
    "demonstrate": _P,
    "attend": _P,
    "turnout": _P,
    # a vote's turnout: "2.26 million people voted"
    "voted": _P,
    "cast ballots": _P,
    "cast their ballots": _P,
    "attendance": _P,
    "crowd of": _P,
    "crowds of": _P,
    "crowd": _P,
    "crowds": _P,
    "flocked": _P,
    "massed": _P,  # "About 4,000 people massed in the regional capital"
    # names of the event are in the index only so that a scan can read past them
    # (EVENT_NAMES): "the death toll from the crowd crush rose to 154"
    **dict.fromkeys(EVENT_NAMES, _O),
}

# Verbs of a flow into a place, whose people a crowd's noun names as a crowd: "the more
# than 1.8 million worshippers who have streamed into Ormana" came to pray, not fled
FLOW_CUES: frozenset[str] = frozenset({"poured into", "streamed into"})  # (a border crossed: fled)

# Cues that count the buried as dead, unless a clause about them says they came out alive:
# "The avalanche buried eight skiers, all of whom were dug out alive".
BURIAL_CUES: frozenset[str] = frozenset(
    {"buried", "were buried", "buried alive", "entombed", "entombed alive"}
)
# What a rescue did, after which "all but N" are those still gone: "troops freed all but
# nine of the schoolgirls", "all but seven of the pupils were safe" (not "released": "the
# hijackers released all but 12 passengers" are still aboard, held; nor "found" or
# "returned": "all but 12 of the students returned to class")
RELEASE_WORDS: frozenset[str] = frozenset(
    {"freed", "free", "rescued", "safe", "saved", "accounted"}
)
# Words of those held by captors, not by the state ("of the abducted girls")
CAPTIVE_WORDS: frozenset[str] = frozenset(
    {"abducted", "kidnapped", "hostages", "hostage", "captives", "captive"}
)
# Verbs of a death that befell the counted after how they were caught: "five trekkers
# trapped by a blizzard died Tuesday"
LATER_DEATH_VERBS: frozenset[str] = frozenset({"died", "perished", "drowned", "froze"})
# not "survivors": "survivors said ..."
ALIVE_WORDS: frozenset[str] = frozenset({"alive", "breathing"})
# the words that open that clause about them, and those that deny it ("none of them was
# found alive", "hope of finding anyone alive")
THEM_WORDS: frozenset[str] = frozenset({"whom", "who", "them", "all"})
NOT_ALIVE_WORDS: frozenset[str] = frozenset({"none", "no", "not", "anyone", "nobody", "hope"})

# "19 foreign nationals are among the dead": a part of the total the phrase names.
AMONG_CUES: dict[str, Category] = {
    "among the dead": _K,
    "among the confirmed dead": _K,
    "among those killed": _K,
    "among the victims": _K,
    "among those who died": _K,
    "among those who lost their lives": _K,
    "among the fatalities": _K,
    "among the bodies": _K,
    "of the dead": _K,
    "of those killed": _K,
    "of the bodies": _K,
    "among the injured": _I,
    "among the wounded": _I,
    "of the injured": _I,
    "of the wounded": _I,
    "among those injured": _I,
    "among those wounded": _I,
    "among those hurt": _I,
    "among those hospitalized": _I,
    "among those hospitalised": _I,
    "among the hospitalized": _I,
    "among the hospitalised": _I,
    "among the missing": _M,
    "among those missing": _M,
    "among the detained": _D,
    "of the detained": _D,
    "of those arrested": _D,
    "among those arrested": _D,
    "among those detained": _D,
    "among the arrestees": _D,  # "Among the arrestees are 169 generals"
    "among the detainees": _D,
    "among the arrested": _D,
}

# Adjectives of what befell people, before their noun: "the 16 dead pupils", "five missing
# fishermen", "12 wounded soldiers" (the category; the noun says who)
FATE_ADJECTIVES: dict[str, Category] = {
    "dead": _K, "injured": _I, "wounded": _I, "missing": _M,
}  # fmt: skip

# Nouns that name a tally, not an act: who stands before them counts, not kills ("police
# raise the death toll to 79").
TALLY_NOUNS: frozenset[str] = frozenset(
    {
        "death toll",
        "death tolls",
        "death count",
        "body count",
        "injury toll",
        "injury count",
        "injury tally",
        "toll",
        "deaths",
        "death",
        "bodies",
        "body",
        "dead bodies",
        "fatalities",
        "mortalities",
        "dead",
        "injuries",
        "casualties",
        "victims",
        "lives lost",
    }
)

# Counted nouns that name their category so plainly that a cue further right cannot
# overrule them: "1,492 injured and 800 people arrested", "2,200 deaths from the hospital".
CATEGORY_HEADS: frozenset[str] = frozenset(
    {
        "dead",
        "deaths",
        "bodies",
        "corpses",
        "fatalities",
        "mortalities",
        "injured",
        "wounded",
        "injuries",
        "missing",
        "detainees",
        "arrests",
        "detentions",
    }
)

# Counted nouns that carry a category of their own when no event cue says otherwise:
# "2,000 soldiers" are troops, "some 2 million pilgrims" are participants.
NOUN_CATEGORIES: dict[str, Category] = {
    "soldiers": _T,
    "troops": _T,
    "paratroopers": _T,
    "servicemen": _T,
    "peacekeepers": _T,
    "marines": _T,
    "personnel": _T,
    "reservists": _T,
    "conscripts": _T,
    "protesters": _P,
    "protestors": _P,
    "demonstrators": _P,
    "marchers": _P,
    "pilgrims": _P,
    "participants": _P,
    "rioters": _P,
    "strikers": _P,
    "worshippers": _P,
    "attendees": _P,
    "spectators": _P,
    "supporters": _P,
    # a crowd named by what brought it: "hundreds of mourners packed a memorial"
    "mourners": _P,
    "fans": _P,
    "concertgoers": _P,
    "festivalgoers": _P,
    "clubgoers": _P,
    "detainees": _D,
    "arrestees": _D,
    "prisoners": _D,
    "hostages": _D,  # held by captors (see "abducted")
    "captives": _D,
    "arrests": _D,
    "detentions": _D,  # "Some 6,000 detentions have taken place"
    "defendants": _D,  # "191 federal defendants", "965 defendants having their cases resolved"
    "patients": _I,
    "outpatients": _I,  # treated and sent home: injured, as "treated" says
    "refugees": _DP,
    "arrivals": _DP,
    "evacuees": _E,
    "survivors": _O,
    "dead": _K,
    "deaths": _K,
    "fatalities": _K,
    "fatality": _K,  # "one new fatality"
    "mortalities": _K,
    "bodies": _K,
    "corpses": _K,
    "victims": _K,
    "martyrs": _K,
    "deceased": _K,
    "lives": _K,
    "injured": _I,
    "wounded": _I,
    "injuries": _I,
    "missing": _M,
}

# Words that may stand between a governing cue and the number it governs:
# "death toll rose to 225", "bodies of 225", "killed at least 10", "arrested some 300".
LEFT_GAP_WORDS: frozenset[str] = frozenset(
    """
    of to at reached rose risen climbed jumped increased grew stood stands stand is was are were
    has have had been now hit topped passed surpassed exceeded the a an its their total totaled
    totalled put placed number numbered climbing rising reaching another further additional
    up down all
    be being rise reach climb exceed top will would could may might likely expected set
    rises climbs jumps soars soared surges surged hits reaches increases grows mounts mounted
    swells swelled stood now officially further nears neared crosses crossed passes tops
    nearing approaching approaches approached
    later subsequently again
    confirmed given gone went
    last remaining final
    peaked peaks
    only just merely barely
    fell falls fallen dropped drops declined decreased dipped lowered revised
    """.split()  # "has gone up to 23", "the toll was confirmed as 442", "the bodies of the
    # last two workers"
)
# Verbs that give a total its figure through "as", before it or before the total's noun
# ("the toll was confirmed as 442", "mentioned the death toll as 49", "underestimated the
# crowd size as thousands"); elsewhere "as" opens a clause of its own ("220 injured as tens
# of thousands blocked roads", "fears grew over the death toll as 2,000 remained missing")
AS_LINKING_VERBS: frozenset[str] = frozenset(
    {"confirmed", "given", "gave", "give", "gives", "listed", "put", "puts", "recorded",
     "registered", "reported", "mentioned", "estimated", "underestimated", "set", "placed",
     # "has been announced as 301", "declared as 1,200", "was pegged as 50"
     "announced", "declared", "stated", "pegged", "fixed", "calculated", "assessed",
     "established", "verified"}
)  # fmt: skip
# The nouns of a total between such a verb and "as": "the death toll", "the crowd size"
AS_LINKED_NOUNS: frozenset[str] = frozenset({"toll", "size", "number", "figure", "count", "total"})
# Words of change before "up to" that make it a level reached, not a bound: "rose up to
# 50", "has gone up to 23" (not "soldiers shot up to 30 protesters")
UP_TO_LEVEL_VERBS: frozenset[str] = frozenset(
    {"back", "rose", "climbed", "jumped", "went", "gone", "goes", "moved", "inching", "crept",
     "risen"}
)  # fmt: skip
# Verbs of a clause that brings a count to its new total: "..., bringing the total to
# 507", "taking to 35 the number of minors"
BRINGING_VERBS: frozenset[str] = frozenset({"bringing", "taking", "raising", "pushing", "putting"})
# ... and, past tenses too, those that bring it "up to" a level past the total's own
# noun phrase: "bringing the number detained ... up to 652" (not "could hold up to 300";
# not "putting", whose "put up" offers)
BRINGING_UP_VERBS: frozenset[str] = (BRINGING_VERBS - {"putting"}) | {
    "brought",
    "took",
    "pushed",
    "raised",
}

# Event cues that are nouns naming a total ("the death toll of 44"); only these may
# govern a number from the left across LEFT_GAP_WORDS like "rose to".
LEFT_NOUN_CUES: frozenset[str] = frozenset(
    {
        "death toll",
        "death tolls",
        "death count",
        "body count",
        "injury toll",
        "injury count",
        "injury tally",
        "toll",
        "bodies",
        "body",
        "dead bodies",
        "corpses",
        "deaths",
        "death of",  # "sentenced for the death of 242 people"
        "deaths of",
        "killing of",
        "killings of",
        "murder of",
        "murders of",
        "arrests",
        "detentions",
        "arrest of",
        "force of",
        "contingent of",
        "crowd of",
        "crowds of",
        "shelter population",  # "The shelter population peaked at about 273,000"
        *REFUGEE_TALLIES,
        "turnout",
        "attendance",
        "detention",
        "evacuation",
        # "evacuation orders had gone out to more than 410,000 people"
        "evacuation orders",
        "evacuation order",
        "deployment",
        "injuries",
        "fatalities",
        "mortalities",
        "custody",
        "lives",
        # participles used as nouns: "the number of dead at 78", "people killed rose to 44"
        # (PARTICIPLE_NOUN_CUES)
        "dead",
        "killed",
        "injured",
        "wounded",
        "detained",
        "arrested",
        "missing",
        "unaccounted for",  # "the number of people unaccounted for ... tripled to 323"
        "displaced",
        "evacuated",
        "died",
        "crowd",
        "crowds",
        "cases",
        "infections",
    }
)
# Participles of LEFT_NOUN_CUES that count whatever noun they follow: "people
# unaccounted for", but "rifles still unaccounted for", "ballots missing"
PARTICIPLE_NOUN_CUES: frozenset[str] = frozenset(
    """dead killed injured wounded detained arrested missing displaced evacuated died""".split()
) | {"unaccounted for"}

# Nouns that count people only in an article about a disease: "14,068 cases".
CASE_NOUNS: frozenset[str] = frozenset({"cases", "case", "infections", "infection"})

# Diseases by name: an article's figures for another disease than the one it is about
# ("The outbreak of measles ... 4,689 cases" in a piece on Ebola) are another event's.
# One name a disease goes by in each group of its names ("coronavirus", "COVID-19").
DISEASE_NAMES: dict[str, str] = {
    "ebola": "ebola",
    "cholera": "cholera",
    "measles": "measles",
    "meningitis": "meningitis",
    "dengue": "dengue",
    "malaria": "malaria",
    "mpox": "mpox",
    "monkeypox": "mpox",
    "influenza": "influenza",
    "flu": "influenza",
    "plague": "plague",
    "tuberculosis": "tuberculosis",
    "zika": "zika",
    "yellow fever": "yellow fever",
    "diphtheria": "diphtheria",
    "polio": "polio",
    "hepatitis": "hepatitis",
    "lassa": "lassa",
    "lassa fever": "lassa",
    "marburg": "marburg",
    "mers": "mers",
    "middle east respiratory syndrome": "mers",
    "sars": "sars",
    "nipah": "nipah",
    "chikungunya": "chikungunya",
    "anthrax": "anthrax",
    "smallpox": "smallpox",
    "h1n1": "influenza",
    "bird flu": "influenza",
    "avian flu": "influenza",
    "typhoid": "typhoid",
    "covid": "covid",
    "covid-19": "covid",
    "coronavirus": "covid",
    "sars-cov-2": "covid",
}
# Words that make any name before them a disease's: "Soreni virus disease", "Crimean-Congo
# haemorrhagic fever" (a new disease is named so before any list can hold it)
DISEASE_KIND_PHRASES: tuple[str, ...] = (
    "virus disease", "haemorrhagic fever", "hemorrhagic fever",
)  # fmt: skip
# Lower-case pieces at least one of which every disease name holds: a text holding none
# names no disease, so the costly search for names is skipped (most articles name none).
DISEASE_NAME_PIECES: tuple[str, ...] = tuple(
    sorted({name.split()[-1].split("-")[0] for name in DISEASE_NAMES})
)

# Words that end a count's clause when scanning right for its verb.
CLAUSE_BREAKERS: frozenset[str] = frozenset(
    {
        "but",
        "while",
        "whereas",
        "although",
        "though",
        "however",
        "because",
        "which",
        "whom",
        "whose",
        "after",
        "before",
        "when",
        "until",
        "unless",
        "if",
    }
)

# Who counts as a person (a claim of category `other` must count people, not
# countries or languages). Checked against the last word of the subject.
HUMAN_NOUNS: frozenset[str] = frozenset(
    """
    people persons person forces civilians civilian residents citizens inhabitants villagers
    locals men
    women children kids boys girls adults babies infants students pupils teachers workers miners
    employees staff bosses doctors nurses medics patients journalists reporters correspondents
    photographers bloggers activists dissidents opponents protesters protestors demonstrators
    rioters looters marchers strikers participants supporters members officers officials police
    policemen policewomen guards guardsmen soldiers troops paratroopers servicemen servicemembers
    marines sailors pilots personnel fighters militants insurgents rebels gunmen assailants
    attackers terrorists extremists criminals bandits separatists jihadists militiamen
    combatants detainees prisoners inmates hostages captives refugees migrants asylum-seekers
    evacuees pilgrims worshippers tourists visitors passengers crew crewmembers firefighters
    rescuers volunteers voters lawyers judges politicians lawmakers deputies ministers
    diplomats peacekeepers commanders generals conscripts reservists recruits youths teenagers
    elderly victims survivors casualties dead wounded injured individuals nationals foreigners
    clerics nomads cadets guests teens teenagers gendarmes paramedics staffers scholars
    peasants shepherds herders mourners bystanders
    immigrants employees farmers fishermen athletes fans spectators attendees delegates
    clergy priests monks nuns imams believers agents spies suspects accomplices perpetrators
    defendants convicts bodies humans souls families patients cases
    witnesses eyewitnesses relatives responders trekkers climbers mountaineers divers
    arrivals
    households females males
    """.split()
)

# The last parts of compound nouns that name people, so that a compound no list holds
# counts people too: "schoolgirls", "grandchildren", "townspeople", "housewives"
PEOPLE_COMPOUND_TAILS: tuple[str, ...] = (
    "girls",
    "boys",
    "children",
    "people",
    "folk",
    "kids",
    "wives",
)

# Last words of a subject that are clearly not people: a count of these never
# becomes a claim, even next to "killed" ("3 cities, where 10 were killed").
# Places counted: "Nationals of six states were among the victims", "Six countries were
# among the dead" count states, whatever fate the sentence names
PLACE_COUNT_NOUNS: frozenset[str] = frozenset(
    {"countries", "states", "nations", "cities", "towns", "regions", "provinces",
     "districts", "territories", "municipalities", "counties"}
)  # fmt: skip
NON_HUMAN_NOUNS: frozenset[str] = frozenset(
    """
    countries country languages cities city towns regions provinces districts states nations
    buildings houses homes cars vehicles trucks buses tanks days weeks months years hours minutes
    seconds decades times rounds shots bullets points percent dollars euros rubles roubles
    pounds tenge locations places sites articles reports posts videos images photos laws
    shelters camps schools hospital hospitals clinics factories farms roads bridges centres
    centers cells tents stadiums floors storeys stories households helicopters computers
    containers trailers tankers bombers carriers towers chambers letters papers numbers orders
    waters rivers borders quarters headquarters printers boosters vouchers barriers markers
    vehicles aircraft planes jets drones boats ships weapons rifles guns missiles rockets
    questions issues cases case infections charges counts votes seats pages words kilometres
    kilometers miles trees poles firs
    metres meters units items pieces tonnes tons barrels litres liters blocks yards feet
    reads views comments shares likes clicks
    engines tenders ambulances excavators bulldozers cranes appliances
    """.split()
)

# Partitive phrases after a figure name the total it is taken from, and so its
# category: "14 of the dead", "at least 80 of those detained".
PARTITIVE_CUES: dict[str, Category] = {
    "of the dead": _K,
    "of those killed": _K,
    "of the victims": _K,
    "of the bodies": _K,
    "of those who died": _K,
    "of the fatalities": _K,
    "of the injured": _I,
    "of the wounded": _I,
    "of those injured": _I,
    "of those wounded": _I,
    "of the detained": _D,
    "of those detained": _D,
    "of those arrested": _D,
    "of the detainees": _D,
    "of the prisoners": _D,
    "of the suspects": _D,
    "of the arrested": _D,
    "of those held": _D,
    "of the deceased": _K,
    "of the patients": _I,
    "of the hospitalised": _I,
    "of the hospitalized": _I,
    "of the missing": _M,
    "of the displaced": _DP,
    "of the evacuees": _E,
}

# A figure that refers back to one given before: "that number could reach 60,000".
BACK_REFERENCE_NOUNS: frozenset[str] = frozenset(
    {"number", "figure", "figures", "tally", "count", "total", "estimate"}
)
# ... and the toll: words after a speech verb that take up the figure just given ("and
# the ministry confirmed the figure", "the toll")
FIGURE_BACK_REFERENCES: frozenset[str] = BACK_REFERENCE_NOUNS | {"toll", "tolls"}

# Verbs by which another body gives its own figure for the count just named: "police put
# it at 12,000", "the interior ministry counted 740,000".
ESTIMATE_VERBS: frozenset[str] = frozenset(
    {
        "put",
        "puts",
        "placed",
        "places",
        "estimated",
        "estimates",
        "counted",
        "counts",
        "tallied",
        "tallies",
        "numbered",
    }
)

# Verbs by which a count named before is changed to a new figure: "experts later revised
# it to 84", "that number was later changed to 515".
COUNT_CHANGE_VERBS: frozenset[str] = frozenset(
    """
    revised raised lowered updated corrected adjusted changed amended upped reduced
    """.split()
)

# Two-word verbs by which a gathering named before them gives its crowd: "the march in Los
# Angeles brought out another 55,000 people" (but rescuers "brought out 12 survivors")
GATHERING_LEFT_VERBS: frozenset[str] = frozenset({"brought out", "turned out", "pulled in"})

# Verbs that give a category only when they directly govern the figure from the
# left ("sent 150 officers", "the march drew 150,000"); after a figure they mean
# other things ("12 were sent to hospital").
LEFT_VERB_CUES: dict[str, Category] = {
    "sent": _T,
    "drew": _P,
    "attracted": _P,
    "draws": _P,  # a headline's present: "Anti-Brexit protest attracts 1 million"
    "attracts": _P,
    "evacuating": _E,  # "helicopters are evacuating some 50 people still aboard"
    "mobilising": _T,
    "mobilizing": _T,
    # whom a monitor or a reporter saw: "We have already visited 156 detainees" counts
    # visits, not the detained
    # a headline's present: "Court jails 38 migrants" (after a figure, "jails" are places:
    # "clashes in several other jails")
    "jails": _D,
    "visited": _O,
    "interviewed": _O,
    # "Police were holding two suspects" ("hold" is a venue's capacity as often: "licensed
    # to hold a maximum of 600", "supposed to hold 38,000 people"); see HELD_BY_AUTHORITY
    "holding": _D,
    "held": _D,  # "Security forces held 688 people during the demonstrations"
}
# Occasions "held" for people, whose holding is no detention: "The funerals of six
# victims were held on Friday", "a vigil for the 12 dead was held"
HELD_OCCASIONS: frozenset[str] = frozenset(
    {"funeral", "funerals", "burial", "burials", "vigil", "vigils", "memorial", "memorials",
     "service", "services", "ceremony", "ceremonies", "prayers"}
)  # fmt: skip
# Left verbs that count the detained only where police or troops do it: "A boat holding
# 300 migrants" is a load, "the stadium held 40,000 people" its crowd
HELD_BY_AUTHORITY: frozenset[str] = frozenset({"holding", "held"})

# "who lost nine family members", "lost three children": after "lost", kin are the dead
# of a family ("the party lost 12 lawmakers" lost no one's life)
KIN_NOUNS: frozenset[str] = frozenset(
    """
    family relatives relative members children child sons son daughters daughter
    brothers brother sisters sister parents wives husbands grandchildren cousins
    nephews nieces grandsons granddaughters siblings kids
    """.split()
)

# A death toll a sentence may name without its figure, for "it" in the next ("The death
# toll continued to mount. Officials said it had crossed 1,000"); "the toll" alone is
# also "took its toll on"
FIGURELESS_TOLL_NOUNS: tuple[str, ...] = (
    "death toll", "casualty toll", "number of dead", "number of deaths",
    "number of those killed", "number of people killed", "number of fatalities",
)  # fmt: skip
# Words that make "raising ... to 40" a projection, no new total: "raising fears the
# number of dead would rise to 40"
NOT_A_NEW_TOTAL: frozenset[str] = frozenset(
    {"fears", "fear", "could", "would", "may", "might", "expected"}
)

# Verbs of a count's rise: "has risen by one to 13" (not "revised down by 11 to 84")
RISE_VERBS: frozenset[str] = frozenset(
    "risen rose rises increased increases jumped climbed grew grown up".split()
)

# Verbs by which a total reaches the figure it is the value of: "the death toll ... has
# soared to 320", "the number of dead stands at 982".
TOLL_VERBS: frozenset[str] = frozenset(
    """
    rose risen rises rising soared soars climbed climbs climbing jumped jumps reached reaches
    increased increases stood stands stand hit hits topped tops passed passes crossed grew
    grown went gone up is was rise climb jump soar surge surges surged
    fell falls fallen dropped drops declined decreased dipped swelled swells
    """.split()  # a toll falls too, when a count is corrected: "death toll falls to 85"
)

# "lives" after a figure is the noun after a verb that takes lives ("claimed 40 lives in
# the village"); before these words, without such a verb, it is the verb ("a family of
# five lives in a tent").
TAKING_LIVES_VERBS: frozenset[str] = frozenset(
    """
    claimed claiming claims took taking takes cost costing costs lost losing saved saving ended
    """.split()
)
# Of those, the verbs by which lives are lost: "took five more lives" counts the dead,
# "saved 40 lives" does not
LIVES_LOST_VERBS: frozenset[str] = TAKING_LIVES_VERBS - {"saved", "saving"}
WHERE_ONE_LIVES: frozenset[str] = frozenset("in at on near with there here alone".split())

# Words of a measure that may stand between a figure and its noun: "two 6.3 magnitude
# earthquakes", "three 40 tonne trucks"
MEASURE_WORDS: frozenset[str] = frozenset(
    """
    magnitude tonne ton tons tonnes metre meter storey story km kilometre kilometer mile foot
    feet
    """.split()
)

# Verbs by which a place "has" its figures: "Nigeria had eight deaths"
HAVING_VERBS: frozenset[str] = frozenset("has had have counts counted saw suffered".split())

# Nouns for instances of an act, each befalling one person: "32 cases of abduction",
# "627 incidents of arbitrary arrest" count people by the act after "of".
INSTANCE_NOUNS: frozenset[str] = frozenset({"cases", "incidents", "instances"})

# Kinds of event, each under one name ("quake" is an earthquake): an article's most named
# kind is its own event; another kind, dated months back, is an earlier one ("since the
# earthquake in January that killed as many as 300,000" in a report on cholera).
EVENT_KINDS: dict[str, str] = {
    "earthquake": "earthquake", "earthquakes": "earthquake", "quake": "earthquake",
    "quakes": "earthquake", "tremor": "earthquake", "tsunami": "tsunami",
    "hurricane": "storm", "typhoon": "storm", "cyclone": "storm", "storm": "storm",
    "flood": "flood", "floods": "flood", "flooding": "flood", "fire": "fire",
    "blaze": "fire", "explosion": "explosion", "blast": "explosion", "attack": "attack",
    "attacks": "attack", "bombing": "attack", "bombings": "attack", "crash": "crash",
    "collision": "crash", "derailment": "crash", "collapse": "collapse",
    "shipwreck": "shipwreck", "sinking": "shipwreck", "stampede": "crush",
    "crush": "crush", "war": "war", "famine": "famine", "epidemic": "epidemic",
    "outbreak": "epidemic", "massacre": "massacre", "genocide": "massacre",
    "crackdown": "crackdown", "protests": "protests", "protest": "protests",
    "kidnapping": "abduction", "kidnappings": "abduction", "abduction": "abduction",
    "abductions": "abduction", "kidnapped": "abduction", "abducted": "abduction",
    "bomb": "attack", "bombs": "attack", "riot": "riot", "riots": "riot",
}  # fmt: skip

# Kinds of event that happen once, at one time and place, whose report counts only them:
# beside one, "1,700 people have died this year" is the year's count
INCIDENT_KINDS: frozenset[str] = frozenset(
    {"attack", "abduction", "crash", "shipwreck", "crush", "explosion", "fire", "collapse",
     "massacre"}
)  # fmt: skip
# Kinds that may name one event, each read as the first: a bomb's blast is the attack
KIND_FAMILIES: dict[str, str] = {"explosion": "attack"}

# Words around a kind's word that make it an idiom or a compound, no event of that kind:
# "opened fire", "set on fire", "under fire", "fire exits", "fire alarms", "bomb squad"
KIND_IDIOM_BEFORE: frozenset[str] = frozenset(
    {"opened", "open", "opens", "opening", "on", "under", "returned", "return", "cease"}
)
KIND_IDIOM_AFTER: frozenset[str] = frozenset(
    """
    exit exits alarm alarms safety service services brigade brigades department fighters
    station stations extinguisher extinguishers engine engines truck trucks crew crews
    chief officials code codes door doors escape escapes hydrant hydrants
    squad squads shelter shelters threat threats disposal scare scares
    police gear shield shields
    """.split()
)

# Nouns after a name that make it the event's name, not a place: "killed in the Ethiopian
# Airlines crash", "died in the Grenfell Tower fire"
EVENT_NAMING_NOUNS: frozenset[str] = frozenset(EVENT_KINDS) | frozenset(
    {"disaster", "tragedy", "accident", "incident", "shooting", "shootings", "landslide",
     "landslides", "mudslide", "stampede", "blasts", "explosions", "tornado", "tornadoes",
     "twister", "siege", "raid", "riot", "riots"}
)  # fmt: skip
# ... and the gatherings an event befell, named the same way: "killed in India's Kumbh
# festival stampede", "at the Maha Kumbh Mela"
# Sporting events, named as occasions are ("at the Lindenhaven Grand Prix", "the Boston
# Marathon bombing"), but only after another capitalised word: "Marathon" alone is a town
SPORTING_EVENT_NOUNS: frozenset[str] = frozenset(
    {"marathon", "prix", "championship", "championships", "olympics", "tournament"}
)
OCCASION_NOUNS: frozenset[str] = SPORTING_EVENT_NOUNS | frozenset(
    {"festival", "mela", "concert", "parade", "carnival", "pilgrimage", "celebration",
     "celebrations"}
)  # fmt: skip

# Nouns of an event named only after a day's possessive: "Sunday night's mass shooting"
# ("On Wednesday, shooting broke out" names no event)
POSSESSIVE_EVENT_KINDS: frozenset[str] = frozenset({"shooting", "shootings"})

# Verbs by which a figure's own clause says where people live: "1.3 million people have
# been living in camps since an earthquake that killed 250,000" counts residents, not the
# dead a later clause names.
RESIDENCE_VERBS: frozenset[str] = frozenset(
    "living live lived reside resides residing resided sheltering sheltered housed".split()
)


# Titles before a storm's name: "Hurricane Rita in 2005", "Cyclone Nargis of 2008"
STORM_TITLES: frozenset[str] = frozenset(
    {"Hurricane", "Cyclone", "Typhoon", "Storm", "Superstorm", "Tropical Storm"}
)
# What a figure's own phrase says caused it: "the 139 deaths attributed to Rita" (not
# "from", which names where people came from as often: "17,000 troops from Sichuan")
# Nouns of a conflict that runs for years, whose running toll an article about one of its
# incidents gives as background: "The four-year-old revolt has claimed 4,600 lives"
LONG_CONFLICT_NOUNS: frozenset[str] = frozenset(
    {"revolt", "insurgency", "uprising", "rebellion", "conflict", "war", "violence", "fighting"}
)
CAUSE_PHRASES: tuple[str, ...] = ("attributed to", "caused by", "blamed on")

# Verbs whose object is the place people came into: "547,000 Venezuelans have entered
# Ecuador", "9,000 migrants reached Italy"
ENTRY_VERBS: frozenset[str] = frozenset({"entered", "reached"})

# Words that end the name of a place the counted may be moved to and counted at: "Dhaka
# Medical College Hospital", "the Sheikh Hasina National Institute"
FACILITY_HEADS: frozenset[str] = frozenset(
    {"hospital", "hospitals", "clinic", "institute", "centre", "center", "morgue",
     "mortuary", "camp", "camps", "stadium", "school", "college", "infirmary"}
)  # fmt: skip
# Nouns a nationality before them makes a count of those nationals ("Spanish victims");
# "Turkish deaths" is the toll in Turkey, whoever died
NATIONALS_NOUNS: frozenset[str] = frozenset(
    {"victims", "nationals", "citizens", "passengers", "tourists", "pilgrims", "refugees",
     "migrants"}
)  # fmt: skip

# Verbs that move the counted to a named place before "to": "33 bodies were brought to
# Dhaka Medical College Hospital", "12 were airlifted to Nairobi": where they are counted
TRANSFER_VERBS: frozenset[str] = frozenset(
    {"brought", "taken", "rushed", "admitted", "sent", "transferred", "moved", "airlifted",
     "flown", "evacuated", "carried"}
)  # fmt: skip

# Cue nouns that may stand as the object of the counted people's own verb: "50 divers
# searched for bodies", "dozens of soldiers carrying bodies", "20 doctors treated the
# injured" count divers, soldiers and doctors, not the dead. The participles count so
# only after a determiner ("the injured"): "50 people were found dead" is a toll.
OBJECT_CUE_NOUNS: frozenset[str] = frozenset(
    {"bodies", "body", "corpses", "remains", "victims", "deaths", "casualties",
     # "About 200 health nurses visited evacuees": whom they cared for
     "evacuees", "refugees", "detainees", "survivors"}
)  # fmt: skip
OBJECT_CUE_PARTICIPLES: frozenset[str] = frozenset(
    {"dead", "injured", "wounded", "missing", "deceased"}
)
# Pronouns for other people than those counted, before a relative clause of their fate:
# "Thousands lit candles for those who perished"
OTHERS_PRONOUNS: frozenset[str] = frozenset({"those", "others", "them"})
# ... after these, which make the participle a noun phrase ("treated the injured")
OBJECT_DETERMINERS: frozenset[str] = frozenset({"the", "their", "its", "his", "her"})
# Words that report, hedge or count the people's fate rather than say what they did:
# a cue after them is their own ("40 people feared dead", "12 confirmed killed")
FATE_REPORTING_WORDS: frozenset[str] = frozenset(
    {"feared", "believed", "thought", "presumed", "estimated", "confirmed", "listed",
     "counted", "recorded", "registered", "being", "having", "including", "remaining",
     "remained", "remain", "remains", "left", "according"}
)  # fmt: skip

# "480 out of state deaths", "out-of-town visitors": places a modifier is out of
OUT_OF_PLACES: frozenset[str] = frozenset(
    {"state", "town", "country", "province", "area", "district"}
)

# Words between a bare "total" and its figure: "total at 378", "the total now stands at 405"
TOTAL_LINK_WORDS: frozenset[str] = frozenset(
    "at to of is was now stands stood rises rose reaches reached climbs climbed".split()
)

# "The dead included seven from Britain": the verb whose subject names what its rows count
LISTING_VERBS: frozenset[str] = frozenset({"include", "included", "includes"})

# Words (besides a toll's verbs) that go on a tally's own clause after its place: "The
# death toll in West Bengal due to ...", "Deaths in Texas reached ..."
AFTER_A_TALLY_PLACE: frozenset[str] = frozenset(
    """has have had now alone due after from since on at as following because so far
        surpassed exceeded crossed stands stood reached climbs climbed rises""".split()
)

# Verbs that drive people from their homes, before the figure whose "from their homes"
# follows it: "drove thousands from their homes", "driving tens of thousands out of their
# homes" (alone, "from their homes" says nothing: "worked from their homes").
DRIVING_OUT_VERBS: frozenset[str] = frozenset(
    {"drove", "driving", "driven", "drive", "drives", "forced", "forcing", "forces", "chased",
     "chasing", "pushed", "pushing", "uprooted", "uprooting"}
)  # fmt: skip
HOME_NOUNS: frozenset[str] = frozenset({"homes", "houses", "home", "villages", "dwellings"})
# Who treats the injured, and the verbs of it: "Twenty medics treated the wounded" counts
# carers, not casualties
CAREGIVER_NOUNS: frozenset[str] = frozenset(
    {"doctors", "medics", "nurses", "paramedics", "surgeons", "physicians", "doctor", "medic"}
)
CARE_VERBS: frozenset[str] = frozenset({"treated", "treating", "treat", "treats", "tended"})

# Shelter that is flight unless a building says it was for a while: "found refuge in
# neighbouring Semiria" (not "300 shoppers found refuge in a storeroom", "villagers who
# found refuge on rooftops")
REFUGE_IN_A_PLACE: frozenset[str] = frozenset({"found refuge", "find refuge", "finding refuge"})
SHELTER_BUILDINGS: frozenset[str] = frozenset(
    """storeroom room rooms basement cellar cinema church mosque temple shop store mall
    building buildings school hotel house roof rooftops rooftop bunker toilet bathroom
    kitchen office warehouse stadium car park station hut beach tunnel cave shelter
    shelters""".split()
)

# Verbs of a fate that the counted may have dealt rather than suffered: "About 40 gunmen
# killed 12 villagers", "300 protesters injured a policeman" (with an object of their
# own, the counted are the agents); "40 people killed in the raid" suffered it
ACTIVE_HARM_VERBS: frozenset[str] = frozenset(
    {"killed", "kill", "kills", "injured", "injure", "injures", "wounded", "wound", "hurt",
     "burned", "burnt", "trampled", "crushed", "shot", "stabbed", "beat", "tortured",
     "gassed", "massacred", "murdered", "slaughtered", "executed", "abducted", "kidnapped",
     "arrested", "detained"}
)  # fmt: skip
# Participles of harm that may say who the counted were before the verb of their death:
# "three more people hurt in the fire died of their burns"
HARM_BEFORE_DEATH: frozenset[str] = frozenset(
    {"hurt", "injured", "wounded", "burned", "burnt", "shot", "stabbed", "hospitalised",
     "hospitalized", "admitted", "treated"}
)  # fmt: skip

# Harms that kill no one: their "victims" are no toll ("interviews with 52 victims of
# abuses", "victims of torture"; the dead are "victims" alone or "of the attack")
NONLETHAL_HARMS: frozenset[str] = frozenset(
    {"abuse", "abuses", "torture", "rape", "rapes", "sexual", "assault", "assaults",
     "beatings", "harassment", "ill-treatment", "extortion", "theft", "fraud",
     "discrimination", "trafficking"}
)  # fmt: skip

# Verbs by which a study heard people: "176 victims, witnesses and police officers were
# interviewed for the study" counts those heard, not the dead
INTERVIEW_WORDS: frozenset[str] = frozenset({"interviewed", "surveyed"})

# Cues that yield to a fate joined after them: "15 women were raped and killed" (not
# "300 women were raped and 40 men were killed": another figure's)
YIELDING_CUES: frozenset[str] = frozenset(
    {"raped", "sexually assaulted", "sexually attacked", "sexually abused", "shot"}
)

# Illness that outside an outbreak is harm the event did ("hundreds fell ill as gas
# escaped", "over 600 sick"), and in one a count of cases (other)
ILLNESS_CUE_WORDS: frozenset[str] = frozenset({"ill", "sick", "sickened", "fell"})

# Participles of harm before a passive's agent: "14 protesters shot by troops died"
HARM_PARTICIPLES: frozenset[str] = frozenset(
    {"shot", "beaten", "struck", "hit", "stabbed", "attacked", "targeted", "abducted",
     "kidnapped", "seized", "wounded", "injured", "hurt", "trampled", "crushed", "burned",
     "burnt", "gassed", "tortured"}
)  # fmt: skip

# Verbs that move people, which across a border make them refugees: "Thousands escape
# into Semiria", "driven thousands across the border", "sends 80,000 running for their
# lives into neighbouring Semiria"
FLIGHT_VERBS: frozenset[str] = frozenset(
    {"flee", "flees", "fled", "fleeing", "escape", "escapes", "escaped", "escaping"}
)
# Those who come to a place of their own accord, whom a flow into a country makes no
# refugees: "Thousands of football fans stream into Portugal", "tourists pour into Spain"
VISITOR_NOUNS: frozenset[str] = frozenset(
    {"fans", "supporters", "tourists", "visitors", "holidaymakers", "spectators", "shoppers",
     "pilgrims", "worshippers", "workers", "commuters", "students", "delegates"}
)  # fmt: skip
MOVING_VERBS: frozenset[str] = DRIVING_OUT_VERBS | FLIGHT_VERBS | frozenset(
    {"run", "runs", "ran", "running", "cross", "crosses", "crossed", "crossing", "stream",
     "streamed", "streaming", "pour", "poured", "pouring", "spilled", "spilling"}
)  # fmt: skip
