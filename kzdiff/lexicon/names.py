"""What the name recogniser and the name matcher know: titles, organisation words,
places, nationality adjectives, known aliases and synonyms of state bodies.

Aliases are data, not spelling rules: Almaty and Alma-Ata are one city under two
names, which no transliteration rule could find.
"""

from functools import cache

# Honorifics before a person's name ("Mr Dorn and Mr Abara, all 20,": named people)
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})

# Titles and roles written before a name; stripped from PERSON spans (lower-cased).
# Multi-word titles are matched word by word, so "prime" and "minister" both appear.
TITLES: frozenset[str] = frozenset(
    """
    president vice prime minister ministers premier chancellor king queen prince princess
    sheikh emir sultan pope general colonel-general lieutenant-general major-general
    brigadier-general colonel lieutenant major captain sergeant commander admiral marshal
    gen col lt maj capt sgt cmdr adm mr mrs ms dr prof sir dame lord lady senator sen
    representative rep governor gov mayor judge justice ambassador secretary spokesman
    spokeswoman spokesperson chairman chairwoman chair director deputy chief head leader
    speaker attorney prosecutor officer inspector commissioner journalist reporter activist
    lawyer rapporteur special foreign defense defence interior former acting
    ayatollah rabbi imam reverend rev father bishop archbishop cardinal patriarch
    """.split()
)

# The last word of an organisation name (lower-cased), or a word that makes one.
ORG_WORDS: frozenset[str] = frozenset(
    """
    ministry ministries organization organisation office council watch union committee
    commission agency agencies court tribunal party bank fund police guard army navy
    forces force service services department bureau authority authorities parliament
    assembly senate congress government cabinet administration institute university
    college school hospital foundation association federation front movement network
    group alliance coalition company corporation corp inc ltd news times post press
    journal radio television tv channel broadcasting international nations board
    centre center programme program secretariat prosecutor's procuracy duma majlis mazhilis
    republic
    """.split()
)

# Bodies named in lower case in running text ("the interior ministry").
BODY_HEADS: frozenset[str] = frozenset({"ministry", "police", "army", "government", "parliament"})

# Words that make a place a location (not a political entity) when they end a span.
LOC_WORDS: frozenset[str] = frozenset(
    """
    square street avenue river sea ocean lake mountains mountain mount valley desert gulf
    bay strait island islands peninsula region province governorate oblast district county
    airport border bridge park palace stadium arena
    """.split()
)

# Small words allowed inside a multi-word name ("Organization for Security and
# Co-operation in Europe"); a span is cut at them unless it names an organisation.
CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "the", "on", "in", "de", "&"})

# Particles inside personal and place names ("Ní", "bin", "van der", "Arquata del
# Tronto", "Dos Hermanas"), kept in PERSON spans and place names.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"al", "el", "bin", "ibn", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le",
     "ní", "nic", "ó", "ua", "mac", "ben", "abu", "bint", "del", "dos", "das", "do", "des"}
)  # fmt: skip

# Capitalised words that start sentences without being names (function words, link and
# page words, weekdays, months). lexicon/grammar.FUNCTION_WORDS is another list: the words
# that cannot be part of a counted noun phrase.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those there here it its he she they we i you his her their our
    in on at as by for from with without to of into onto over under after before during
    since until while when where which who whom whose what why how if but and or nor so yet
    also although though because however meanwhile moreover instead still then thus later
    earlier according despite amid among between within across around against about such
    some many most more several few all each every any no not both either neither other
    one two three four five six seven eight nine ten last next first new video photo image
    read see click subscribe share follow sign fellow dear outside inside near beside
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()
)

# Adjectives of nationality: kept in ORG names but ignored when matching bodies,
# unless two names carry different ones ("Kazakh" vs "Russian" Interior Ministry).
NATIONALITIES: dict[str, str] = {
    "kazakh": "kazakhstan", "kazakhstani": "kazakhstan", "russian": "russia",
    "ukrainian": "ukraine", "belarusian": "belarus", "kyrgyz": "kyrgyzstan",
    "tajik": "tajikistan", "uzbek": "uzbekistan", "turkmen": "turkmenistan",
    "armenian": "armenia", "azerbaijani": "azerbaijan", "georgian": "georgia",
    "american": "united states", "us": "united states", "u.s.": "united states",
    "british": "united kingdom", "uk": "united kingdom", "french": "france",
    "german": "germany", "italian": "italy", "spanish": "spain", "polish": "poland",
    "turkish": "turkey", "iranian": "iran", "iraqi": "iraq", "syrian": "syria",
    "briton": "united kingdom",
    "israeli": "israel", "palestinian": "palestine", "egyptian": "egypt", "libyan": "libya",
    "saudi": "saudi arabia", "yemeni": "yemen", "lebanese": "lebanon", "afghan": "afghanistan",
    "pakistani": "pakistan", "indian": "india", "chinese": "china", "japanese": "japan",
    "korean": "korea", "mongolian": "mongolia", "sudanese": "sudan", "ethiopian": "ethiopia",
    "nigerian": "nigeria", "kenyan": "kenya", "malian": "mali", "mexican": "mexico",
    "brazilian": "brazil", "venezuelan": "venezuela", "colombian": "colombia",
    "chilean": "chile", "myanmar": "myanmar", "burmese": "myanmar", "soviet": "soviet union",
    "european": "european union", "peruvian": "peru", "bolivian": "bolivia",
    "ecuadorian": "ecuador", "argentine": "argentina", "argentinian": "argentina",
    "cuban": "cuba", "haitian": "haiti", "guatemalan": "guatemala", "honduran": "honduras",
    "salvadoran": "el salvador", "nicaraguan": "nicaragua", "panamanian": "panama",
    "canadian": "canada", "australian": "australia", "indonesian": "indonesia",
    "filipino": "philippines", "philippine": "philippines", "thai": "thailand",
    "vietnamese": "vietnam", "malaysian": "malaysia", "bangladeshi": "bangladesh",
    "nepali": "nepal", "nepalese": "nepal", "bahamian": "bahamas", "tanzanian": "tanzania",
    "ugandan": "uganda", "mozambican": "mozambique", "zimbabwean": "zimbabwe",
    "malawian": "malawi", "ghanaian": "ghana", "cameroonian": "cameroon",
    "congolese": "congo", "somali": "somalia", "algerian": "algeria", "moroccan": "morocco",
    "tunisian": "tunisia", "greek": "greece", "serbian": "serbia", "croatian": "croatia",
    "hungarian": "hungary", "romanian": "romania", "bulgarian": "bulgaria", "czech": "czechia",
    "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland",
    "austrian": "austria", "swedish": "sweden", "norwegian": "norway", "danish": "denmark",
    "finnish": "finland", "irish": "ireland", "portuguese": "portugal",
    "jordanian": "jordan", "emirati": "united arab emirates", "qatari": "qatar",
    "kuwaiti": "kuwait", "omani": "oman", "bahraini": "bahrain", "eritrean": "eritrea",
    "burundian": "burundi", "rwandan": "rwanda", "senegalese": "senegal",
    "ivorian": "cote d'ivoire", "chadian": "chad", "nigerien": "niger",
    "burkinabe": "burkina faso", "guinean": "guinea", "liberian": "liberia",
    "gambian": "gambia", "mauritanian": "mauritania", "namibian": "namibia",
    "zambian": "zambia", "angolan": "angola", "kosovar": "kosovo", "bosnian": "bosnia",
    "albanian": "albania", "macedonian": "north macedonia", "slovak": "slovakia",
    "slovenian": "slovenia", "estonian": "estonia", "latvian": "latvia",
    "lithuanian": "lithuania", "moldovan": "moldova", "maltese": "malta",
    "cypriot": "cyprus", "singaporean": "singapore", "cambodian": "cambodia",
    "laotian": "laos", "taiwanese": "taiwan", "uruguayan": "uruguay",
    "paraguayan": "paraguay", "jamaican": "jamaica", "djiboutian": "djibouti",
    "beninese": "benin", "togolese": "togo", "gabonese": "gabon", "malagasy": "madagascar",
    "icelandic": "iceland", "bhutanese": "bhutan", "maldivian": "maldives",
}  # fmt: skip


def _iso_places() -> tuple[frozenset[str], frozenset[str]]:
    """Every country and first-level subdivision ISO 3166 names (pycountry keeps the
    standard current: 249 countries, 5,000 provinces, states and regions), lower-cased.
    "Iran, Islamic Republic of" is also "iran"; a subdivision whose name is a common word
    ("Central", "Delta", "Capital") is left out, since a capitalised word at a sentence's
    start would read as a place."""
    import pycountry

    countries: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                low = name.lower()
                countries.add(low)
                countries.add(low.split(",")[0].split(" (")[0].strip())
    from anyascii import anyascii

    regions = {
        folded
        for sub in pycountry.subdivisions
        if sub.type not in _TOWN_LEVEL_TYPES
        and len(low := sub.name.lower()) >= 5
        and low not in _COMMON_REGION_NAMES
        and not any(w in _GENERIC_REGION_WORDS for w in low.split())
        for folded in {low, anyascii(low)}  # "Māzandarān" is written "Mazandaran" too
    }
    return frozenset(countries), frozenset(regions)


# Subdivision names that are also common words ("Centre", "Delta", "Rivers", "Reading"),
# and words that make a name generic; names under five letters ("Most", "Male", "Pool")
# are left out as well
_COMMON_REGION_NAMES = frozenset(
    """
    centre center central capital coast delta plateau lakes unity north south east west
    northern southern eastern western upper lower island islands mountain mountains
    border orange ouest littoral federal national interior hope victoria rivers reading
    derby clare
    """.split()
)
# Town-level units of one country's local government, named like towns and words
_TOWN_LEVEL_TYPES = frozenset(
    {
        "Unitary authority",
        "Metropolitan district",
        "London borough",
        "Two-tier county",
        "Council area",
        "District municipality",
        "Local council",
        "Parish",
        "Quarter",
        "Rural municipality",
        "Urban municipality",
        "City with county rights",
    }
)
_GENERIC_REGION_WORDS = frozenset({"district", "city", "municipality", "region"})

_ISO_COUNTRIES, _ISO_REGIONS = _iso_places()

COUNTRIES: frozenset[str] = _ISO_COUNTRIES | frozenset(
    """
    kazakhstan russia ukraine belarus kyrgyzstan tajikistan uzbekistan turkmenistan armenia
    azerbaijan georgia moldova china mongolia japan india pakistan afghanistan iran iraq
    syria turkey israel palestine gaza lebanon jordan egypt libya tunisia algeria morocco
    sudan ethiopia eritrea somalia kenya uganda nigeria niger mali chad cameroon congo
    france germany italy spain portugal poland hungary romania bulgaria serbia croatia
    bosnia kosovo albania greece austria switzerland belgium netherlands sweden norway
    finland denmark estonia latvia lithuania britain england scotland ireland wales
    canada mexico brazil argentina chile peru colombia venezuela bolivia ecuador cuba
    haiti nicaragua honduras guatemala myanmar burma thailand vietnam cambodia laos
    indonesia malaysia philippines singapore korea australia yemen oman qatar bahrain
    kuwait
    """.split()
) | frozenset(
    {"united states", "united kingdom", "saudi arabia", "south korea", "north korea",
     "south africa", "south sudan", "sri lanka", "new zealand", "united arab emirates",
     "czech republic", "democratic republic of the congo", "u.s.", "u.k.", "usa", "uae"}
)  # fmt: skip

CITIES: frozenset[str] = frozenset(
    """
    almaty alma-ata astana nur-sultan zhanaozen aktau aktobe atyrau shymkent taraz uralsk
    oral karaganda kyzylorda taldykorgan semey pavlodar kostanay
    moscow kyiv kiev kharkiv odesa odessa mariupol minsk bishkek dushanbe tashkent ashgabat
    yerevan baku tbilisi beijing tokyo delhi kabul tehran baghdad damascus aleppo idlib
    homs beirut jerusalem ankara istanbul cairo tripoli benghazi khartoum addis nairobi
    lagos paris london berlin rome madrid warsaw vienna geneva brussels washington
    """.split()
) | frozenset({"new york", "new delhi", "addis ababa", "tel aviv", "hong kong", "st petersburg"})

# Regions, provinces and other places that are not states or cities.
REGIONS: frozenset[str] = (
    (_ISO_REGIONS - COUNTRIES)
    | frozenset(
        """
    manghystau mangistau mangystau crimea donbas donetsk luhansk kashmir tigray darfur
    xinjiang tibet siberia caucasus balkans sahel kurdistan
    """.split()
    )
    | frozenset({"central asia", "middle east", "west bank", "latin america"})
)

# Every place the lexicon knows by name, lower-cased.
KNOWN_PLACES: frozenset[str] = COUNTRIES | CITIES | REGIONS


# The shape of a people's name the lexicon does not know ("Tigrayan", "Sindhi" aside,
# "Marevian", "Ostrani"): a capitalised word with a demonym's ending. Words of that shape
# that name no people, or a people that is often everyone at an event (a pilgrimage's
# Muslims, a church's Christians), are not read so.
DEMONYM_ENDINGS: tuple[str, ...] = ("ian", "ean", "ese", "ani", "ish", "yan", "ndi", "thi")
NOT_DEMONYMS: frozenset[str] = frozenset(
    """civilian pedestrian veteran christian guardian technician physician politician
    musician librarian custodian comedian historian median muslim jewish foolish
    european asian african parish mediterranean caribbean himalayan caspian""".split()
)


def looks_like_demonym(word: str) -> bool:
    """Whether a capitalised word has the shape of a people's name (NATIONALITIES first)."""
    low = word.lower()
    return (
        word[:1].isupper()
        and len(low) > 4
        and low.endswith(DEMONYM_ENDINGS)
        # "Humanitarian Workers", "Presbyterian volunteers" in a title-case headline
        and not low.endswith(("arian", "terian", "palian"))
        and low not in NOT_DEMONYMS
    )


def countries_of_region(region: str) -> frozenset[str]:
    """The countries an ISO 3166 subdivision's lower-cased name belongs to ("west bengal":
    {"india"}; a name two countries use: both), as pycountry names them, lower-cased and
    cut at the comma ("korea, republic of": "korea"); empty for any other name."""
    return _region_countries().get(region, frozenset())


@cache
def _region_countries() -> dict[str, frozenset[str]]:
    # built on first use: most corpora count in one country and never ask (20 ms)
    import pycountry
    from anyascii import anyascii

    name_of = {c.alpha_2: c.name.lower().split(",")[0] for c in pycountry.countries}
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        low = sub.name.lower()
        if low in REGIONS and sub.country_code in name_of:
            for folded in {low, anyascii(low)}:  # "Māzandarān" is written "Mazandaran" too
                found.setdefault(folded, set()).add(name_of[sub.country_code])
    return {r: frozenset(cs) for r, cs in found.items()}


# Places that hold towns of their own: a body that serves one counts its towns too
WIDE_PLACES: frozenset[str] = COUNTRIES | REGIONS

# One referent, several names (not spelling variants): each tuple is one place or body.
ALIASES: tuple[tuple[str, ...], ...] = (
    ("almaty", "alma-ata", "alma ata"),
    ("astana", "nur-sultan", "akmola", "tselinograd"),
    ("kyiv", "kiev"),
    ("myanmar", "burma"),
    ("belarus", "byelorussia"),
    ("united states", "u.s.", "us", "usa", "america"),
    ("united kingdom", "u.k.", "uk", "britain", "great britain"),
    ("united nations", "u.n.", "un"),
    ("european union", "eu"),
    ("mangystau", "manghystau", "mangistau"),
    ("uralsk", "oral"),
    ("collective security treaty organization", "csto", "odkb"),
    ("organization for security and cooperation in europe", "osce"),
)

# Every way a place is named, its initials included ("US", "UK"): a headline's "US:" is
# its place, never a source
PLACE_NAMES: frozenset[str] = KNOWN_PLACES | {name for names in ALIASES for name in names}

# Bodies of state: many names, one body. Keys are canonical; values are written forms
# after lower-casing, dropping nationality adjectives and "the".
BODY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "interior ministry": (
        "interior ministry",
        "internal affairs ministry",
        "ministry of internal affairs",
        "ministry of interior",
        "ministry of the interior",
        "ministry of home affairs",
        "home affairs ministry",
        "mvd",
        "mia",
    ),
    "defense ministry": (
        "defense ministry",
        "defence ministry",
        "ministry of defense",
        "ministry of defence",
        "mod",
    ),
    "foreign ministry": (
        "foreign ministry",
        "foreign affairs ministry",
        "ministry of foreign affairs",
        "mfa",
    ),
    "justice ministry": ("justice ministry", "ministry of justice"),
    "health ministry": ("health ministry", "ministry of health", "ministry of healthcare"),
    "emergencies ministry": (
        "emergencies ministry",
        "emergency situations ministry",
        "ministry of emergency situations",
        "ministry of emergencies",
    ),
    "prosecutor general's office": (
        "prosecutor general's office",
        "prosecutor-general's office",
        "general prosecutor's office",
        "office of the prosecutor general",
        "procuracy",
    ),
    "national security committee": ("national security committee", "knb"),
    "federal security service": ("federal security service", "fsb"),
}


# Words that make a run of capitalised words a place's name, not a person's: "Santa
# Lucero (3)", "Pashen Local Government Area (16)" count people there; "Suresh Mahto (35)"
# gives his age.
PLACE_NAME_WORDS: frozenset[str] = frozenset(
    """
    san santa saint st new north south east west upper lower port fort mount lake el la
    le los las city town village island islands area state province district county region
    valley bay beach hills heights park gardens estate market road street junction camp
    hospital clinic centre center school college university stadium church mosque
    """.split()
)
