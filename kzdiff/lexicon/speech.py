"""Verbs and phrases that introduce a quote and its speaker (lower-cased surface forms).

A plain frozenset of words and a tuple of multi-word cues, so an extractor can test
membership cheaply. Claim attribution has its own, narrower list of the verbs by which a
source gives a figure (lexicon/attribution.SPEECH_VERBS).
"""

QUOTE_VERBS: frozenset[str] = frozenset(
    """
    said says say saying told tells tell warned warns warning stated states stating added adds
    declared declares announced announces claimed claims insisted insists noted notes explained
    explains wrote writes write reported reports confirmed confirms denied denies urged urges
    asked asks replied replies responded responds argued argues acknowledged acknowledges
    admitted admits alleged alleges vowed vows pledged pledges promised promises threatened
    threatens ordered orders called calls described describes accused accuses tweeted tweets
    posted posts recalled recalls continued continues concluded concludes suggested suggests
    estimated estimates predicted predicts demanded demands complained complains
    """.split()
)

# The verbs that, right after a noun, open a statement and nothing else ("and police
# said ..."): not "reported feeling dizzy", "put out the blaze", "fear more deaths".
STATEMENT_VERBS: frozenset[str] = frozenset(
    "said says say told tells added adds stated states announced announces".split()
)

# Multi-word cues: "according to X", "in a statement", "X's spokesman".
SPEECH_PHRASES: tuple[str, ...] = (
    "according to",
    "as per",
    "quoted as saying",
    "in a statement",
    "in a speech",
    "in an interview",
    "told reporters",
    "said in a statement",
)

# Pronouns that stand for the last named speaker.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})

# Words that turn a statement into its opposite: two wordings differing by one of these
# are not one quote ("free and fair" / "neither free nor fair").
NEGATIONS: frozenset[str] = frozenset(
    {"not", "no", "never", "neither", "nor", "none", "nothing", "nobody", "cannot", "won't",
     "don't", "didn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't"}
)  # fmt: skip
