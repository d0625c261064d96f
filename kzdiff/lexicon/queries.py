"""What people type to ask for a fact: the words that name a category, and the
words of a question that say nothing about which fact ("how many were ...")."""

from __future__ import annotations

from kzdiff.vocab import Category

QUERY_CATEGORIES: dict[str, Category] = {
    "death toll": Category.KILLED, "toll": Category.KILLED, "deaths": Category.KILLED,
    "death": Category.KILLED, "dead": Category.KILLED, "killed": Category.KILLED,
    "kill": Category.KILLED, "killings": Category.KILLED, "died": Category.KILLED,
    "die": Category.KILLED, "fatalities": Category.KILLED, "casualties": Category.KILLED,
    "victims": Category.KILLED, "lives": Category.KILLED,
    "injured": Category.INJURED, "injuries": Category.INJURED, "wounded": Category.INJURED,
    "hurt": Category.INJURED, "injury": Category.INJURED, "hospitalised": Category.INJURED,
    "hospitalized": Category.INJURED,
    "detained": Category.DETAINED, "detentions": Category.DETAINED,
    "detention": Category.DETAINED, "detainees": Category.DETAINED,
    "arrests": Category.DETAINED, "arrested": Category.DETAINED, "arrest": Category.DETAINED,
    "jailed": Category.DETAINED, "prisoners": Category.DETAINED,
    "missing": Category.MISSING, "disappeared": Category.MISSING,
    "displaced": Category.DISPLACED, "refugees": Category.DISPLACED,
    "fled": Category.DISPLACED,
    "evacuated": Category.EVACUATED, "evacuations": Category.EVACUATED,
    "evacuees": Category.EVACUATED,
    "troops": Category.TROOPS, "deployed": Category.TROOPS, "deployment": Category.TROOPS,
    "soldiers": Category.TROOPS, "paratroopers": Category.TROOPS,
    "participants": Category.PARTICIPANTS, "turnout": Category.PARTICIPANTS,
    "crowd": Category.PARTICIPANTS, "crowds": Category.PARTICIPANTS,
    "took part": Category.PARTICIPANTS, "protest size": Category.PARTICIPANTS,
}  # fmt: skip
QUERY_STOPWORDS: frozenset[str] = frozenset(
    """
    how many much were was are is the a an of in by did what number total count figure
    figures people's there have has been got get who
    """.split()
)
