"""Words that end in a period without ending a sentence (lower-cased, no final dot)."""

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj capt cpt sgt cmdr adm brig pres rev fr sr jr st
    cpl pvt pte insp supt det const spc cdr hon amb atty
    mt ft no nos vol vols fig figs p pp ed eds est approx dept univ assn corp inc ltd co bros
    vs etc al cf ca e.g i.e
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ave blvd rd
    """.split()
)

# Abbreviations a place's name goes on after: "St. Petersburg", "Ft. Worth", "Mt. Everest".
PLACE_ABBREVIATIONS: frozenset[str] = frozenset({"st", "ste", "mt", "ft", "pt"})

# Titles whose dot goes with them before a name ("Dr. Ruvik", "Gen. Ali"): with the place
# prefixes above ("St. Columba"), a dot between a verb and its figure would otherwise end
# the clause. Not suffixes that end names and so sentences ("Delmar Ltd.", "Elm Ave.").
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj capt cpt sgt cmdr adm brig pres rev fr
    cpl pvt pte insp supt det const spc cdr hon amb atty
    """.split()
)
