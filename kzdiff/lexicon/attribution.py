"""Who gave a figure, and whether the article says to take it at face value."""

from __future__ import annotations

# Verbs by which a source gives a figure: "X said that ...", ", X said.", "X told
# reporters", "X counted". (lexicon/speech.QUOTE_VERBS, the verbs that introduce a
# quote, is another list.) Present forms that are also
# plural nouns ("records", "reports", "estimates", "counts") are left out: "according
# to court records" is not a speech act of "court".
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says say told tells reported announced announces stated
    claimed confirmed confirms estimated added adds noted notes wrote writes
    declared declares disclosed revealed reveals insisted insists warned warns tweeted posted
    put counted recorded registered cited quoted telling specified spoke
    acknowledged admitted indicated showed expect expects fear fears
    believe believes mentioned mentions listed clarified clarifies stressed explained
    maintained asserted conceded argued projected predicted reckoned reckons
    confirming announcing saying suggested suggests
    alleged alleges
    """.split()
)

# Words after a speech verb that make it no statement of the figure: "claimed
# responsibility", "Kishida said as the toll crossed 100" (when he spoke); but "said as
# many as 40 died", "said as at Friday" state one (AS_IN_A_FIGURE), and so do "said while
# touring the area that 40 had died", "confirmed when contacted that"
NOT_A_STATEMENT_AFTER: frozenset[str] = frozenset({"responsibility", "credit", "as"})
AS_IN_A_FIGURE: frozenset[str] = frozenset(
    {"many", "much", "few", "high", "low", "of", "at", "little", "large"}
)

# Speech verbs whose object is who heard the figure, never who gave it: "..., a
# hospital spokesperson, told CBS News' Maria Usman"
HEARER_VERBS: frozenset[str] = frozenset({"told", "tells", "tell", "telling"})

# Verbs that give a source only with a toll word as their object: "the UN gave a
# preliminary figure of 320", "the government downgraded the death toll", "the agency
# lifted the toll to 76"; never "the army reduced the town to rubble", "police cut power
# to the square".
TOLL_OBJECT_VERBS: frozenset[str] = frozenset(
    """
    gave gives give downgraded upgraded downgrades upgrades cut cuts reduced
    lifted lifts hiked hikes
    """.split()
)
# Verbs that give a source through the report they put out, where the report's own words
# give the figure: "published a report Tuesday putting the death toll at 285" (not "released
# a report about the shooting that left 19 dead": the shooting's figure)
PUBLISHING_VERBS: frozenset[str] = frozenset(
    "published publishes released releases issued issues".split()
)
REPORT_GIVING_WORDS: frozenset[str] = frozenset(
    "putting showing saying stating listing counting finding".split()
)
TOLL_OBJECT_NOUNS: frozenset[str] = frozenset(
    """
    toll figure figures estimate estimates number count tally breakdown
    """.split()
)

# Lower-case words ending in -ly that are nouns, not adverbs: they may stand in a
# source's name ("the rally organisers", "the family").
LY_NOUNS: frozenset[str] = frozenset(
    """
    rally family assembly tally ally supply italy july daily weekly monthly
    """.split()
)

# Speech verbs only where the speaker follows them: "..., informed IG Shalabh Mathur"
# (Indian English), or before "that" ("the ministry informed that"); "police informed the
# families" reports to, not a figure's source.
INVERTED_SPEECH_VERBS: frozenset[str] = frozenset({"informed", "informs"})
# Speech verbs only before "that": "the interior minister states that of the 25 people
# killed, 22 were guests" ("states" is also the plural noun: "the member states sent")
THAT_SPEECH_VERBS: frozenset[str] = frozenset({"states"})

# Verbs by which a study, an investigation or a count gives a figure ("an investigation
# found", "a university study estimated"); taken as attribution only when their subject
# names such a work or its researchers ("rescuers found 52 bodies" gives no source).
FINDING_VERBS: frozenset[str] = frozenset(
    """
    found finds suggest suggests suggested concluded concludes identified documented uncovered
    established
    """.split()
)
STUDY_NOUNS: frozenset[str] = frozenset(
    """
    study studies investigation investigations report survey analysis review inquiry
    research researchers investigators tally count census audit assessment evidence journalists
    """.split()
)

# Verbs by which a body revises a toll ("police on Monday raised the death toll to
# 7,365"); their subject is a source only when it names a body or a person.
REVISION_VERBS: frozenset[str] = frozenset(
    """
    raised revised updated lowered increased raises revises updates lowers raise revise lower
    set put placed puts estimated putting

    """.split()
)

# Present forms that are also plural nouns, taken as verbs only before what a statement
# gives ("police estimate some 100,000"; not "the estimates of the dead").
NOUN_LIKE_VERBS: frozenset[str] = frozenset(
    {"estimate", "estimates", "report", "reports", "count", "counts", "claim", "claims"}
)
NOUN_LIKE_VERB_NEXT: frozenset[str] = frozenset(
    {
        "that",
        "some",
        "about",
        "around",
        "at",
        "more",
        "over",
        "nearly",
        "almost",
        "roughly",
        "up",
        "as",
        "the",
    }
)

# Participles whose "by" names the body that gave a figure: "revised to 275 by the state
# government", "figures released by police", "the update, posted by the WHO".
AGENT_PARTICIPLES: frozenset[str] = frozenset(
    """
    revised raised updated confirmed released compiled published posted issued announced
    given put reported counted recorded verified provided estimated collected gathered
    shared documented tallied revealed disclosed supplied presented tweeted broadcast aired
    prepared produced circulated
    """.split()
)
# Of those, the ones that hand over things as well as data: "figures provided by the
# ministry" names a source, "755 security officers provided by the organisers" does not.
SUPPLY_PARTICIPLES: frozenset[str] = frozenset(
    {"provided", "supplied", "given", "shared", "presented"}
)

# Phrases that open an attribution before the source: "according to the ministry, ...".
SOURCE_OPENERS: tuple[str, ...] = (
    "according to",
    "as per",
    "citing",
    "quoting",
    "figures released by",
    "figures from",
    "data from",
    "estimates from",
    "estimates by",
    "data released by",
    "statistics from",
    "numbers from",
    "figures published by",
    "a statement from",
    "a statement by",
    "sources at",
    "quoted by",
    "reported by",
    "claims by",
    "claim by",
    "reports by",
)

# A report with no named source: "it was reported", "reportedly".
UNNAMED_REPORT_CUES: tuple[str, ...] = (
    "it was reported",
    "it was later reported",
    "it has been reported",
    "it is reported",
    "reportedly",
    "reports say",
    "reports said",
    "media reported",
    "media reports",
)
UNNAMED_REPORT_SOURCE = "media reports"

# A source phrase never starts with these (a clause's piece, not a name): "due largely to
# what experts say", "with hundreds of people", "most accounts".
NOT_SOURCE_STARTS: frozenset[str] = frozenset(
    """
    due with without most many some several few all both each largely mainly what which that
    when where while as at in on of to from for by about after before since during under
    although though but and or because if so
    was were is are been being has have had
    """.split()
)

# Words no name of a source holds: counts and what is counted ("largest number of",
# "total of four", "Five cases", "outbreak of measles", "last update").
NOT_SOURCE_WORDS: frozenset[str] = frozenset(
    """
    number numbers total highest lowest cases case deaths dead toll update updates
    outbreak epidemic disease death injured killed missing people
    """.split()
)

# Sources that name no one in particular: the article's own name for the same figure
# elsewhere wins over them ("Investigation suggests 600 died", "officials say").
GENERIC_SOURCES: frozenset[str] = frozenset(
    {
        "reports",
        "report",
        "sources",
        "source",
        "official",
        "officials",
        "authorities",
        "investigation",
        "study",
        "media reports",
        "figures",
        "data",
        "statement",
        "witnesses",
    }
)

# Number words, for telling a count from a name.
NUMBER_WORDS: frozenset[str] = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions dozen dozens scores
    """.split()
)


def with_plurals(words: frozenset[str]) -> frozenset[str]:
    """The words and their plurals: "protest leaders said" as "a leader said". Not
    "bodies": the dead, never a source."""

    def plural(w: str) -> str:
        if w.endswith("man"):
            return w[:-3] + "men"
        if w.endswith("y") and w[-2:-1] not in tuple("aeiou"):
            return w[:-1] + "ies"
        return w + "es" if w.endswith(("s", "x", "ch", "sh")) else w + "s"

    singular = (
        w
        for w in words
        if w not in ("body", "prime")
        and not w.endswith("people")
        and (w.endswith("ss") or not w.endswith("s"))
    )
    return words | {plural(w) for w in singular}


# Descriptions of a speaker that are roles, not names ("a police spokesman", "protest
# leaders").
ROLE_WORDS: frozenset[str] = with_plurals(
    frozenset(
        """
    spokesman spokeswoman spokesperson spokespeople official officials minister
    president prime secretary general governor mayor chief head director researcher analyst
    lawyer attorney prosecutor commander officer representative envoy ambassador rapporteur
    adviser advisor chairman chairwoman chair leader deputy correspondent reporter witness
    activist eyewitness commissioner prefect coroner administrator superintendent inspector
    sheriff ombudsman premier
    """.split()
    )
) - {"reporters", "correspondents"}  # "told reporters": who heard it, not who gave it

# Sentences that carry on the previous sentence's statement: its attribution holds.
CONTINUATION_OPENERS: tuple[str, ...] = (
    "another",
    "a further",
    "an additional",
    "in addition",
    "of those",
    "of them",
    "of these",
    "among them",
    "among the dead",
    "among those",
    # "Also killed were ...", not "Also on board were 154 Dutch passengers": what the
    # previous speaker said goes on only with the same fate
    "also killed",
    "also injured",
    "also wounded",
    "also arrested",
    "also detained",
    "also missing",
    "also among",
    "it added",
    "it said",
    "they said",
    "he said",
    "she said",
    "he added",
    "she added",
    "they added",
)

# Status cues, matched in the clause of a figure (lower-cased).
NEGATION_WORDS: frozenset[str] = frozenset({"not", "n't", "never", "no", "nobody", "none"})
PROJECTION_CUES: tuple[str, ...] = (
    "could rise",
    "could reach",
    "could climb",
    "could exceed",
    "could top",
    "could be",
    "may rise",
    "may reach",
    "may be",
    "might rise",
    "might reach",
    "might be",
    "expected to",
    "is expected",
    "are expected",
    "likely to",
    "feared to",
    "fears",
    "feared",
    "thought dead",  # "1,400 people thought dead in floods": a guess, as "feared dead"
    "believed dead",
    "forecast",
    "projected",
    "projection",
    "set to rise",
    "set to reach",
    "is set to",
    "threatens to",
    "would rise",
    "will rise",
    "will reach",
    "would reach",
    # "the death toll will climb to 282 if they are recognised"
    "will climb",
    "would climb",
    "will top",
    "would top",
    "will exceed",
    "would exceed",
    "predicts",
    "predicted",
    "anticipated",
    "worst-case",
    # a belief or an assumption, not a count (a hedge on what already happened is an
    # estimate: see PAST_HEDGES)
    "we assume",
    "assumed",
    "belief that",
    "expected final",
    "expected death toll",
    "expected toll",
)
# Verbs before a toll's noun that make the figure it is taken to a what-if: "The sinking
# could lift the typhoon's death toll to more than 1,250" (only with "to" before the
# figure: "could bring the death toll, now at 312, even higher" states the 312)
TOLL_PROJECTION_VERBS: tuple[str, ...] = (
    "could lift", "would lift", "could push", "would push", "could bring", "would bring",
    "could take", "would take", "could raise", "would raise",
)  # fmt: skip

# Phrases ending right before a figure that make it the earlier, superseded one: "the
# toll has risen from 4,960", "an earlier toll put it at 120".
# Not "up from 38 reported on Saturday": that figure stands for its own day.
SUPERSEDED_BEFORE: tuple[str, ...] = (
    "risen from",
    "rose from",
    "rising from",
    "increased from",
    "climbed from",
    "jumped from",
    "revised from",
    "revised down from",  # "The death toll was revised down slightly from 172"
    "revised up from",
    "down slightly from",
    "up slightly from",
    "raised from",
    "fell from",
    "lowered from",
    # "revising its tally down from an earlier report of 2,586" (not "confirmed an
    # earlier report of 12 dead")
    "from an earlier report of",
    "from a previous report of",
    "from an earlier count of",
    "from an earlier figure of",
    # a height the count has since left, right before the figure: "the number of missing
    # once rose to more than 1,000", "a number that once stood at well over 1,000" (not
    # "peaked at" alone: a crowd that "peaked at 50,000" is its size; nor "once topped",
    # "once reached": "Rescuers at once reached 30 miners")
    "once rose to",
    "once stood at",
    "once numbered",
    "once peaked at",
    "once climbed to",
)
# Nouns of an earlier figure: "an earlier toll put the death toll at 120".
SUPERSEDED_NOUNS: tuple[str, ...] = (
    "earlier toll",
    "earlier figure",
    "earlier count",
    "earlier tally",
    "earlier estimate",
    "previous toll",
    "previous figure",
    "previous count",
    "previous tally",
    "initial toll",
    "initial figure",
    "initial count",
    # "followed an earlier statement in which the ministry said the crash killed 41"
    "earlier statement",
    "previous statement",
    "initial statement",
    "earlier bulletin",
    "previous bulletin",
    # "in the first instance that number would have been over 3,500": then, not now
    "would have been",
    # not "initial estimate": a body's first estimate stands beside another's later one
    "previous estimate",
    # "Previous estimates had put the number of missing miners at over 100"
    "previous estimates",
    "earlier estimates",
    "previous figures",
    "earlier figures",
    "previous death toll",
    "earlier death toll",
    # a figure given first and since replaced: "Officials initially said 378 were killed"
    "initially said",
    "initially reported",
    "initially put",
    "originally said",
    "originally reported",
)

# Reports a figure is given as the content of: superseded where the sentence says they
# were revised ("said earlier reports that 14 people had survived had been revised"), not
# where it confirms them ("police confirmed earlier reports that 14 had died")
EARLIER_REPORTS_THAT: tuple[str, ...] = (
    "earlier reports that",
    "previous reports that",
    "initial reports that",
)
# An earlier report named with words between, before the figure it gave: "initial French
# media reports cited officials as saying that 142 ..."
# (with EARLIER_REPORT_NOUNS below)
EARLIER_REPORT_ADJECTIVES: tuple[str, ...] = ("initial", "earlier", "previous", "first")
REPORTS_REVISED: tuple[str, ...] = (
    "been revised",
    "were revised",
    "was revised",
    "been corrected",
    "were corrected",
    "were wrong",
    "were inaccurate",
    "were false",
    "been overstated",
    "were overstated",
)

# Denials come before the figure they deny: "the ministry denied that 3,000 died".
DENIAL_CUES: tuple[str, ...] = (
    "denied that",
    "denies that",
    "denied it had",
    "denied having",
)
RETRACTION_CUES: tuple[str, ...] = (
    "retracted",
    "retract",
    "withdrew",
    "withdrawn",
    "since deleted",
    "since-deleted",
    "later deleted",
    "was deleted",
    "been deleted",
    "deleted the",
    "disowned",
    "walked back",
    "took back",
    "rescinded",
    "was false",
    "were false",
    "erroneous",
    "in error",
    "later corrected",
    "has been corrected",
    "was corrected",
)
# A correction of a figure given before it in the sentence: "Sixteen were initially
# listed as dead, but officials corrected the figure" (not "corrected the toll on
# Thursday, saying 23 were killed", "corrected the figure from an earlier 150": the
# figures after such words are the new ones; see the words after it)
CORRECTED_THE: tuple[str, ...] = (
    "corrected the figure",
    "corrected that figure",
    "corrected the toll",
    "corrected the number",
    "corrected the count",
)
NEW_FIGURE_AFTER_CORRECTION: frozenset[str] = frozenset(
    {"from", "to", "up", "down", "upwards", "downwards", "upward", "downward", "saying", "as",
     "of", "on", "at"}
)  # fmt: skip
# A correction that states the new figure: "the number was corrected upwards to 23" (not
# "the figure of 45 was later corrected", which withdraws it)
CORRECTED_TO: tuple[str, ...] = (
    "corrected to",
    "corrected up",
    "corrected down",
    "corrected upward",
    "corrected upwards",
    "corrected downward",
    "corrected downwards",
)

# A figure stated as a count revised down: "police revised down the death toll to 84",
# "the government reduced the number of deaths to 62". Higher figures the same article
# gives of that count, dated before it, are the ones it replaced, whoever gave them.
# Only with a toll for object where the verb has other senses ("lowered the flags").
REVISED_DOWN_CUES: tuple[str, ...] = (
    "revised down",
    "revises down",
    "revising down",
    "revised downward",
    "revised downwards",
    "downgraded the death toll",
    "downgraded the toll",
    "lowered the death toll",
    "lowered the toll",
    "lowered its toll",
    "lowered the number",
    "reduced the death toll",
    "reduced the toll",
    "reduced the number",
    "cut the death toll",
    "cut the toll",
    # a body's own toll, lowered: "Orvania cut its estimated toll of deaths to up to 92"
    "cut its toll",
    "cut its death toll",
    "cut its estimated toll",
    "lowered its death toll",
    "lowered its estimated toll",
    "lowered the confirmed death toll",
    "reduced its toll",
    "reduced its death toll",
)
# "up from previous reports of 1,000 killed": earlier, unnamed reports give the figure,
# not whoever speaks in the sentence
EARLIER_REPORT_WORDS: frozenset[str] = frozenset(
    {"previous", "earlier", "initial", "early", "first", "unconfirmed", "unofficial"}
)
# Words after an earlier figure that say it was given before: "to 62 from the 69
# previously announced", "from 10 a day earlier"
EARLIER_GIVEN_WORDS: frozenset[str] = frozenset(
    {"previously", "initially", "originally", "reported", "announced", "given", "earlier"}
)
EARLIER_REPORT_NOUNS: frozenset[str] = frozenset({"reports", "report", "estimates", "figures"})
# Verbs that hand figures given before them to their source: "8,240 were dead and over
# 7,620 missing, crediting those figures to the Red Crescent" (not "attributing": news
# attributes a toll to its cause or its attackers, "attributing the toll to Storm
# Daniel", "attributed them to the Arakan Army")
CREDITING_VERBS: frozenset[str] = frozenset({"crediting", "credited"})
# what is credited: the figures, by a noun of figures (not "them", "it": a cause's object
# as often)
CREDITED_THINGS: frozenset[str] = frozenset(
    {"figures", "figure", "numbers", "number", "toll", "tolls", "data", "count", "counts"}
)

# Verbs of a statement that replaces an earlier report's figures: "(correcting the
# figures of an earlier report that said 8,240 were dead)"
CORRECTING_VERBS: tuple[str, ...] = (
    "correcting", "corrects", "revising", "revises", "replacing", "replaces", "amending",
    "amends", "superseding", "supersedes",
)  # fmt: skip

# Called false by someone else, read per figure (see FALSE_CLAIM_NOUNS): "unofficial death
# tolls surpassing 400 are false"
CALLED_FALSE: tuple[str, ...] = ("are false", "is false")
# ... and for who gave it, past ones too: "media reports of 400 deaths were false"
GIVEN_AS_FALSE: tuple[str, ...] = (*CALLED_FALSE, "were false", "was false")
# What a figure called false is given as, before it: "tolls", "reports", "rumours" of it
FALSE_CLAIM_NOUNS: frozenset[str] = frozenset(
    "tolls toll reports report rumours rumors claims claim figures figure".split()
)
DISPUTE_CUES: tuple[str, ...] = (
    "was wrong",
    "were wrong",
    "is wrong",
    "was incorrect",
    "is incorrect",
    "inaccurate",
    "exaggerated",
    # "..., but a ministry spokesman called his remark \"speculative\"" (not "speculative
    # currency trading")
    "remark speculative",
    "remarks speculative",
    "figure speculative",
    "figures speculative",
    "it speculative",
    "as speculative",
    "was speculative",
    "were speculative",
    "is speculative",
    "are speculative",
    "denied this",
    "denied it",
    "fantasy number",
    "denied claims",
    "denied reports",
    "rejected claims",
    "rejected reports",
    "dismissed claims",
    "dismissed reports",
    "not provided any evidence",
    "not provided evidence",
    "without proof",
    "no proof",
    "did not provide any evidence",
    "did not provide evidence",
    "without providing evidence",
    "without evidence",
    "without offering evidence",
    "offered no evidence",
    "provided no evidence",
    "gave no evidence",
    "no evidence",
    "not offer any evidence",
    "unsubstantiated",
    "unsupported",
    "baseless",
    "unfounded",
    "disputed by",
    "contested by",
    "questioned by",
    "could not be verified",
    "cannot be verified",
    "unverified",
    "not independently verified",
    "dismissed as",
)

# Temporal words that put a statement at an unstated earlier time: its as-of date
# is unknown rather than the publication date ("It was later reported", "said then").
INDEFINITE_TIME_CUES: tuple[str, ...] = (
    # said at some time after the event; not every "in the wake of" ("protests that
    # erupted in the wake of the death of ..., the AP's tally revealed on Thursday")
    "said in the wake of",
    "said then",
    "then said",
    "at the time",
    "was later reported",
    "later reported",
    "later said",
    "had earlier",
    "earlier said",
    "previously said",
    "had previously",
    "initially",
    "originally",
    # "Hours before, the director had told journalists that at least 26 had died": a
    # statement before the one the report gives, at an hour it does not date
    "hours before,",
    "hours earlier,",
)

# Date words that open a period rather than date the figure ("since Monday").
PERIOD_OPENERS: frozenset[str] = frozenset({"since", "from", "between", "starting"})

# Phrases that refer back to the last date the article gave ("later that day").
ANAPHORIC_DAY: dict[str, int] = {
    "that day": 0,
    "the same day": 0,
    "that evening": 0,
    "that night": 0,
    "that afternoon": 0,
    "that morning": 0,
    "the next day": 1,
    "the following day": 1,
    "the day after": 1,
    "the previous day": -1,
    "the day before": -1,
    "by then": 0,  # "By Saturday evening, 9 had died in Larvik. By then 4 had died in Osby"
    "by that time": 0,
}
# ... and those that count days on from it, read only where they open the sentence ("On
# 3 March the minister announced 727 deaths. Five days later, ... he said 434"; not "will
# reopen a week later than planned", nor "rose to 51 from 8 a day earlier")
DAYS_LATER_OPENERS: dict[str, int] = {
    "a day later": 1,
    "two days later": 2,
    "three days later": 3,
    "four days later": 4,
    "five days later": 5,
    "six days later": 6,
    "a week later": 7,
}

# A next sentence that retracts or disputes a figure refers back to it.
BACK_REFERENCES: tuple[str, ...] = (
    "figure",
    "figures",
    "number",
    "numbers",
    "toll",
    "tally",
    "count",
    "claim",
    "claims",
    "report",
    "reports",
    "post",
    "tweet",
    "statement",
    "estimate",
    "estimates",
    "data",
    "statistics",
    "it",
    "they",
    "he",
    "she",
    "this",
    "that",
)

# Verbs by which data or estimates give a figure: "health ministry figures show",
# "estimates from local officials suggest", "witness accounts suggested".
SHOW_VERBS: frozenset[str] = frozenset(
    """
    show shows showed shown suggest suggests suggested indicate indicates indicated
    """.split()
)

# The makers of an account named by its modifier: "witness accounts", "official data".
ACCOUNT_MAKERS: dict[str, str] = {
    "official": "officials",
    "witness": "witnesses",
    "eyewitness": "witnesses",
    "survivor": "survivors",
    "hospital": "hospitals",
    "police": "police",
    "government": "government",
}

# Finding verbs by which a body counts ("officials have identified 98 victims", "the
# ministry has documented 80 deaths"): a source when their subject names a body.
COUNTING_VERBS: frozenset[str] = frozenset(
    """
    identified documented verified accounted tallied
    """.split()
)

# Who saw a figure for an outlet: "an Associated Press reporter saw 23 bodies", "AFP
# journalists counted 30 bodies": the outlet's own count.
WITNESS_VERBS: frozenset[str] = frozenset("saw counted witnessed observed".split())
OUTLET_WITNESSES: frozenset[str] = frozenset(
    """
    reporter reporters journalist journalists correspondent correspondents photographer
    photographers cameraman crew team
    """.split()
)

# "the ministry's figures", "health ministry data show": the data word is not the source.
# Words that say which of a count's versions it is, never who made it: "Latest tally put
# the toll at 430" names no source ("Ukrainian estimates put" does: the Ukrainian side).
COUNT_VERSION_WORDS: frozenset[str] = frozenset(
    {
        "latest", "preliminary", "provisional", "updated", "unofficial", "initial", "new",
        "final", "earlier", "previous", "revised", "first", "current", "early", "last",
    }
)  # fmt: skip
DATA_WORDS: frozenset[str] = frozenset(
    """
    figures figure data count counts tally tallies statistics estimate estimates numbers
    report reports statement records record toll accounts release update updates bulletin
    assessment assessments posting post
    """.split()
)

# What a body issues, named again with "the": "the statement added", "the update also
# said", "the report said". Its issuer is whoever the article last named as a source.
ISSUED_WORDS: frozenset[str] = frozenset(
    """
    statement update report bulletin release communique communiqué briefing notice
    """.split()
)

# A sentence opening with these gives a breakdown of a total stated before it.
PART_SENTENCE_OPENERS: tuple[str, ...] = (
    "among the dead",
    "among the bodies",
    "of the bodies",
    "among those killed",
    "among those injured",
    "among the injured",
    "among the wounded",
    "among those wounded",
    "among those hurt",
    "among those hospitalized",
    "among those hospitalised",
    "among the hospitalized",
    "among the hospitalised",
    "among the detained",
    "among those detained",
    "among those arrested",
    "among them",
    "of those",
    "of them",
    "of these",
    "of the dead",
    "of the injured",
    "of the detained",
    "of the wounded",
    "of the victims",
    "regarding the dead",
    "regarding the injured",
    "regarding the wounded",
    "as for the dead",
    "as for the injured",
    "as for the wounded",
    "they included",
    "those killed included",
    "the dead included",
)

# Words that name someone who can give a figure; a source phrase holds one of these
# or a capitalised name ("however", "have been" are not sources).
SOURCE_NOUNS: frozenset[str] = frozenset(
    """
    officials official authorities authority police ministry ministries government agency
    agencies office department council committee commission service services army military
    military's forces spokesman spokeswoman spokesperson minister governor mayor president
    witnesses witness eyewitness eyewitnesses doctors doctor medics hospital hospitals organisers
    organizers sources
    source residents survivors rescuers volunteers media reports report group groups ngo
    charity observers monitors activists lawyers lawyer relatives families union unions
    administration coroner prosecutors prosecutor investigators researchers researcher
    staff workers officers officer commander chief head director statement figures data
    station channel radio television tv newspaper outlet website broadcaster records
    bureau brigade centre center institute board team unit network observatory watchdog
    coalition federation association society foundation secretariat directorate headquarters
    court tribunal mission coastguard coastguards navy guard guards gendarmerie prefecture
    airline carrier ambulance chain hotel club clubs league school university owner owners
    management
    paramedics firefighters mortuary morgue clinic nurses judiciary parliament cabinet
    presidency junta regime rebels militants insurgents troops soldiers protesters party
    opposition movement villagers locals elders embassy consulate diplomats municipality
    body organisation organization panel alliance firefighter rescuer paramedic nurse
    resident survivor volunteer villager organisations organizations experts expert
    charities agencies analysts participants
    paper province county utility utilities supplier suppliers operator operators company
    companies firm
    """.split()
)
# People who speak for themselves, never issue a statement or report: "it" never names
# them ("..., although residents say the figure is much higher. ..., the report said"),
# where "officials said ... The statement said" is the officials' statement.
LAY_SPEAKER_NOUNS: frozenset[str] = frozenset(
    """
    residents witnesses eyewitnesses survivors relatives families villagers locals
    neighbours neighbors passengers parents students
    """.split()
)

# Bodies named by their place: "the province said" is its government, but "the
# province's toll" is the place's toll, not a count the province made ("the hotel's death
# toll stood at 21", "the school's toll rose to 14").
PLACE_BODY_NOUNS: frozenset[str] = frozenset(
    {"province", "county", "hotel", "school", "university", "club", "chain"}
)

# Bodies named by their kind, whose "of <Name>" completes the name rather than saying
# whom a speaker works for: "the health ministry of Kestovia", "the government of Sudan"
# (but "a spokesman of the Red Cross" speaks for the Red Cross).
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """
    ministry ministries government department council committee commission agency
    authority authorities directorate secretariat bureau prefecture municipality
    administration presidency cabinet parliament police army navy
    """.split()
)

# Counts a body makes of its own, whose maker is their source: "A Tidewire tally of
# fatalities ... confirmed 497", "An AP count", "A tally by Reuters".
TALLY_MAKER_NOUNS: frozenset[str] = frozenset(
    {"tally", "count", "tabulation", "analysis", "survey", "review", "compilation"}
)

# A body named again by its kind ("the group said", "the ministry added"): the same body
# the article named before. Words that may stand for any named body, and words that
# stand only for one whose name holds them ("the ministry" -> "Health Ministry").
ANY_BODY_WORDS: frozenset[str] = frozenset(
    {
        "group",
        "rights group",
        "organisation",
        "organization",
        "ngo",
        "charity",
        "watchdog",
        "monitor",
        "monitoring group",
        "observatory",
        "body",
        "network",
    }
)
# Words in the name of a body "the group" or "the organisation" may name again: rights
# groups, charities, NGOs, UN agencies ("Iran Human Rights", "Médecins Sans Frontières"
# go by their acronyms too)
GROUP_NAME_WORDS: frozenset[str] = frozenset(
    {
        "group",
        "rights",
        "ngo",
        "watch",
        "network",
        "observatory",
        "organisation",
        "organization",
        "foundation",
        "association",
        "committee",
        "coalition",
        "alliance",
        "charity",
        "monitor",
        "monitors",
        "council",
        "federation",
        "society",
        "amnesty",
        "international",
        "project",
        "centre",
        "center",
        "initiative",
        "union",
    }
)
OWN_NAME_WORDS: frozenset[str] = frozenset(
    {
        "ministry",
        "agency",
        "authority",
        "department",
        "office",
        "union",
        "commission",
        "committee",
        "council",
        "service",
        "directorate",
        "headquarters",
        "centre",
        "center",
    }
)

# Bodies named again by a kind their names do not hold: "The airline said" after "An Air
# India passenger plane". The words of such names, and the words after "Air" that make
# no airline ("Air Force").
AIRLINE_NAME_WORDS: frozenset[str] = frozenset({"air", "airlines", "airways", "airline"})
NOT_AIRLINES_AFTER_AIR: frozenset[str] = frozenset(
    """
    force forces traffic base bases defence defense ambulance marshal quality raid raids
    strike strikes power show
    """.split()
)
# Words by which an article names again the outlet it last cited: "..., according to Le
# Monde. ... has already killed ten people, the newspaper notes."
# ("the news agency's own count" is an agency's count of its own, whoever was cited)
OUTLET_KIND_WORDS: frozenset[str] = frozenset({"newspaper", "paper", "daily", "broadcaster"})
NAMED_BY_KIND: dict[str, frozenset[str]] = {
    "airline": AIRLINE_NAME_WORDS,
    "carrier": AIRLINE_NAME_WORDS,
}

# Who gives rival counts, as the gap of "..., the prefecture 8,500" names them
RIVAL_COUNTERS: frozenset[str] = frozenset(
    {
        "police",
        "ministry",
        "union",
        "unions",
        "organisers",
        "organizers",
        "prefecture",
        "authorities",
        "officials",
        "government",
        "army",
        "military",
        "interior",
        "health",
        "agency",
        "count",
        "tally",
    }
)


# Where a statement was made, between its maker and the verb ("the office in a statement
# said", "police on social media said"), and nouns whose day dates the figures they give
# ("in a statement on October 3"). The medium is never the source.
STATEMENT_MEDIA: frozenset[str] = frozenset(
    {"statement", "report", "tweet", "post", "interview", "briefing", "bulletin", "update",
     "media", "twitter", "facebook", "telegram", "x",
     # "The government, in an initial assessment, estimated"
     "assessment", "estimate"}
)  # fmt: skip
STATEMENT_NOUNS: frozenset[str] = frozenset(
    {"statement", "report", "update", "briefing", "bulletin", "announcement", "conference"}
)

# How a statement reached the reporter, after "by": "a spokeswoman said by phone" is
# spoken, never a passive's "by" naming an agent ("figures released by the UN").
SPOKEN_BY: frozenset[str] = frozenset(
    """
    phone telephone email e-mail text message video videolink video-link satellite radio
    letter mail whatsapp
    """.split()
)

# "cited the Interior Ministry as saying / as confirming": the body cited gave it
CITED_AS: frozenset[str] = frozenset(
    {"saying", "telling", "stating", "confirming", "reporting", "announcing"}
)

# Verbs that state a figure's source only to attribution, never a category cue's stop:
# "Officials believed 50 to 100 people were inside", "with police reporting 21 dead", ",
# stating that 9 died" (but "Three men believed to be militants were killed")
HEDGED_SPEECH_VERBS: frozenset[str] = frozenset({"believed", "reporting", "stating"})

# What a picture shows or who took it: never who gave a figure ("Photos of the area
# showed thousands", "... recovered since the accident Credit: Photo: GETTY")
PICTURE_WORDS: frozenset[str] = frozenset(
    """
    photo photos video videos image images picture pictures footage credit credits caption
    graphic file
    """.split()
)

# Clauses a verb opens after the figure's, which say why or when it changed ("rose to 50
# after investigators found another victim")
SUBORDINATORS: frozenset[str] = frozenset(
    {"after", "as", "when", "because", "since", "while", "once", "until"}
)
# A clause of its own inside a sentence, whose subject a trailing ", saying" speaks for:
# "..., while the rebels claimed victory, saying 40 soldiers were killed"
CLAUSE_OPENERS: frozenset[str] = frozenset({"while", "whereas", "but", ";"})

# Verbs by which a figure's own phrase names who counted it: "the 9 deaths recorded by the
# panel", "the 144 dead that state radio reported" (not "residents warned by police")
RECORDING_VERBS: frozenset[str] = frozenset(
    """
    reported recorded registered confirmed counted documented verified discovered identified
    compiled tallied given released announced published cited estimated put listed
    """.split()
)

# Where a body posts what it says, ending a source phrase: "a posting on the Sheriff's
# Office Facebook page", "the ministry's website" are the office's and the ministry's.
CHANNEL_NOUNS: frozenset[str] = frozenset(
    {"page", "pages", "account", "accounts", "website", "websites", "channel", "channels",
     "feed", "handle"}
)  # fmt: skip
# Platforms (and their modifiers) named before a channel noun.
PLATFORM_WORDS: frozenset[str] = frozenset(
    {"facebook", "twitter", "x", "telegram", "instagram", "youtube", "weibo", "wechat",
     "tiktok", "whatsapp", "official", "verified", "web"}
)  # fmt: skip
# Words before a channel's owner: "a post on the ministry's page", "via its account"
CHANNEL_PREPOSITIONS: frozenset[str] = frozenset({"on", "via"})

# Words that open what follows a speech verb when it only says where, when or how the
# statement was made: "said in a statement posted online late on Monday", "told
# reporters at a briefing" begin so (a hearer is read apart).
STATEMENT_CIRCUMSTANCES: frozenset[str] = frozenset(
    """
    in on at during after before while when as late early earlier later today yesterday
    tonight last this via through from to reporters journalists
    """.split()
)

# A hedge on what already happened ("may have died", "could have been killed") is a body's
# estimate of the toll, set against the official count; only with a condition or a time
# to come is it no count: "could have killed 5,000 had the valley not been evacuated",
# "by the end of the week the toll may have risen to 500"
PAST_HEDGES: tuple[str, ...] = ("may have", "might have", "could have")
UNREAL_CUES: tuple[str, ...] = (
    "if", "had the", "had it not", "had they not", "were it not", "but for", "unless",
    "by the end of", "by next",
)  # fmt: skip

# Verbs by which a body makes a document its own: "a statement signed by Ith Samheng"
# is his (not "a report obtained by the AP" or "criticised by" someone).
AUTHORING_VERBS: frozenset[str] = frozenset(
    {"signed", "issued", "released", "published", "posted", "compiled", "prepared",
     "written", "authored", "produced"}
)  # fmt: skip

# Words just before a closing "reports" that make it a noun, not a verb: "... than the 25
# given in police reports", "as in early hospital reports"
BEFORE_A_REPORTS_NOUN: frozenset[str] = frozenset(
    {"in", "from", "of", "to", "by", "with", "than", "as", "early"}
)
# Words that open a body named only by its kind before its name in an appositive:
# "Another group, the Nicaraguan Association for Human Rights (ANPDH) published" (not "The
# army, the National Guard and police": a list)
ANOTHER_OF_A_KIND: frozenset[str] = frozenset({"another", "a", "an", "one", "second", "third"})
# Prefixes before a hyphen that keep a body's noun a body: "sub-committee", "co-chairs",
# "vice-president" (not "anti-government", "pro-government": modifiers)
RANK_PREFIXES: frozenset[str] = frozenset({"sub", "co", "vice", "deputy", "joint"})

# Openers of a sentence that gives the total of the figures just listed: "In all, a total
# of 49 people were killed", "Altogether 120 died"
ALL_TOLD_OPENERS: tuple[str, ...] = ("in all", "in total", "all told", "altogether", "overall")

# A headline's tag that names no one: "... Protests - Reports", "... - media"
UNNAMED_TAIL_WORDS: frozenset[str] = frozenset({"reports", "report", "media", "sources", "source"})

# A headline's tag that marks the page, not who gave the figure: "... rises to 84 - UPDATED",
# "... : LIVE", "- VIDEO"
HEADLINE_MARKERS: frozenset[str] = frozenset(
    {"updated", "update", "updates", "breaking", "live", "video", "videos", "photos",
     "pictures", "watch", "exclusive", "analysis", "opinion", "explainer", "developing"}
)  # fmt: skip

# Projection cues that, before "stand at" right before a figure, give the settled count an
# official expects ("is expected to stand at 171"), not a rise to come
EXPECTATION_CUES: frozenset[str] = frozenset(
    {"expected to", "is expected", "are expected", "likely to"}
)
STAYING_VERBS: frozenset[str] = frozenset({"stand", "remain", "stay"})
# Words after a figure that make it a hope or a plan, no count: "not the 50,000 that
# organisers had hoped for"
HOPED_FOR_WORDS: frozenset[str] = frozenset(
    {"hoped", "expected", "planned", "predicted", "forecast", "wanted", "targeted"}
)

# An appositive that says what a place is, between a speaker and the verb: "Police in
# Mumbai, capital of Maharashtra state, said" (the police speak, not the capital)
PLACE_APPOSITIVE_NOUNS: frozenset[str] = frozenset(
    {"capital", "city", "town", "village", "province", "region", "district", "port", "hub"}
)
