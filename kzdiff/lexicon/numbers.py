"""Number words, scales, bound phrases, vague magnitudes and units: what kzdiff reads as numbers.

The quantity extractor (``kzdiff.extract.quantities``) compiles these tables into
its regexes once, at import. Phrases are lower case; matching ignores case.
"""

from __future__ import annotations

# ---------------------------------------------------------------- number words

UNIT_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip

TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

# Scales that multiply what precedes them: "two thousand", "1.5 million".
SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian copy: "2.5 lakh devotees", "Rs 2 crore"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}

# Scale abbreviations written straight after digits ("$1.2bn", "2.3m", "25k").
SCALE_SUFFIXES: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mil": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
# The ones that may also stand after a space ("3.5 bn"); "5 m" is five metres.
SPACED_SCALE_SUFFIXES: frozenset[str] = frozenset({"mn", "mln", "bn", "bln", "tn", "trn"})

DOZEN = 12

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip

# Denominators of spoken fractions: "a third of", "two-thirds", "one quarter".
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip

# ---------------------------------------------------------------- bounds

# Phrases before a number and how they bound it. Modes: exact, at_least, more_than,
# at_most, fewer_than, about (+-10%), nearly (90%..100%).
# Bound verbs in the base form (see BOUNDS_BEFORE), and what must stand before them.
BASE_FORM_BOUNDS: frozenset[str] = frozenset({"top", "pass", "cross"})
MODAL_BEFORE_BOUND: frozenset[str] = frozenset(
    {"could", "may", "might", "will", "would", "to", "should", "can", "soon", "likely"}
)

BOUNDS_BEFORE: dict[str, str] = {
    "at least": "at_least",
    "as least": "at_least",  # relay damage: "taken the lives of as least 88 Texans"
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "not fewer than": "at_least",
    "a minimum of": "at_least",
    "at a minimum": "at_least",
    "more than": "more_than",
    "more": "more_than",  # "more 3,000 people": a typo for "more than"
    "over": "more_than",
    "over than": "more_than",
    "above": "more_than",
    "exceeding": "more_than",
    "exceed": "more_than",  # "could exceed 2,000"
    "exceeds": "more_than",
    "exceeded": "more_than",
    "surpass": "more_than",
    "surpassed": "more_than",
    "topped": "more_than",
    "tops": "more_than",
    "topping": "more_than",
    # a toll's verbs of passing a mark: "Quake toll crosses 7,000", "passed 3,400"
    "passed": "more_than",
    # base forms are verbs only after a modal or "to" (MODAL_BEFORE_BOUND): "could top
    # 600", "expected to pass 1,000"; "the top 10" and "cross 5 rivers" are no bounds
    "top": "more_than",
    "pass": "more_than",
    "cross": "more_than",
    "passes": "more_than",
    "crossed": "more_than",
    "crosses": "more_than",
    "crossing": "more_than",
    "past": "more_than",
    "surpasses": "more_than",
    "beyond": "more_than",
    "passing": "more_than",
    "surpassing": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "upward of": "more_than",
    "greater than": "more_than",
    "higher than": "more_than",
    "north of": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "well above": "more_than",
    "far more than": "more_than",
    "slightly more than": "more_than",
    "a little over": "more_than",
    "a little more than": "more_than",
    "well in excess of": "more_than",
    "much more than": "more_than",
    "up to": "at_most",
    "as many as": "at_most",
    "as high as": "at_most",
    "as much as": "at_most",
    "at most": "at_most",
    "a maximum of": "at_most",
    "at a maximum": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
    "under": "fewer_than",
    "below": "fewer_than",
    "lower than": "fewer_than",
    "short of": "fewer_than",
    "sub": "fewer_than",  # "sub-7 nanometre"
    "well under": "fewer_than",
    "well below": "fewer_than",
    "about": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "approx": "about",
    "an estimated": "about",
    "estimated": "about",
    "est.": "about",
    "circa": "about",
    "ca.": "about",
    "in the region of": "about",
    "on the order of": "about",
    "an approximate": "about",
    "somewhere around": "about",
    "give or take": "about",
    "~": "about",
    "≈": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just below": "nearly",
    "just shy of": "nearly",
    "not quite": "nearly",
    "approaching": "nearly",
    "nears": "nearly",
    "neared": "nearly",
    "nearing": "nearly",
}

# Phrases after a number: "10 or more", "50-plus", "a dozen or so".
BOUNDS_AFTER: dict[str, str] = {
    "or more": "at_least",
    "or over": "at_least",
    "or higher": "at_least",
    "or above": "at_least",
    "or greater": "at_least",
    "and more": "at_least",
    "and above": "at_least",
    "and up": "at_least",
    "plus": "at_least",
    "+": "at_least",
    "or fewer": "at_most",
    "or less": "at_most",
    "or under": "at_most",
    "or below": "at_most",
    "and under": "at_most",
    "or so": "about",
    "odd": "about",  # "40-odd"
}

# Fraction of the stated figure a bound word puts the low / high end at.
ABOUT_SPREAD = 0.1

# ---------------------------------------------------------------- vague magnitudes

# Inclusive bounds a careful reader gives a vague word, so "dozens" can be compared with 44.
VAGUE_MAGNITUDES: dict[str, tuple[int, int]] = {
    "a few": (3, 9),
    "several": (3, 9),
    "a handful": (3, 9),
    "a couple": (2, 3),
    "dozens": (24, 99),
    "several dozen": (24, 99),
    "a few dozen": (24, 99),
    "many dozens": (24, 99),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "several hundred": (200, 999),
    "several hundreds": (200, 999),  # "we are speaking of several hundreds"
    "a few hundred": (200, 999),
    "many hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "several thousand": (2_000, 9_999),
    "several thousands": (2_000, 9_999),
    "a few thousand": (2_000, 9_999),
    "many thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "several million": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
}

# The words a vague figure opens with ("dozens", "tens of thousands"), but for "a".
VAGUE_OPENING_WORDS: frozenset[str] = frozenset(k.split()[0] for k in VAGUE_MAGNITUDES) - {"a"}

# ---------------------------------------------------------------- units

# Written before the number. Values are the unit recorded on the quantity.
CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD", "$us": "USD", "usd": "USD", "us $": "USD",
    "a$": "AUD", "$a": "AUD", "au$": "AUD", "au $": "AUD", "aud": "AUD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "c $": "CAD",
    "hk$": "HKD", "hk $": "HKD", "hkd": "HKD",
    "nz$": "NZD", "nz $": "NZD", "nzd": "NZD",
    "s$": "SGD", "s $": "SGD", "sgd": "SGD",
    "r$": "BRL", "brl": "BRL",
    "$": "$", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "¥",
    "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR", "inr": "INR", "rs.": "INR",
    "rs": "INR", "₽": "RUB", "rub": "RUB", "₸": "KZT", "kzt": "KZT", "₴": "UAH",
    "uah": "UAH", "₪": "ILS", "ils": "ILS", "chf": "CHF", "rm": "MYR", "₩": "KRW",
    "krw": "KRW", "₺": "TRY", "zar": "ZAR", "y=": "JPY",
    "ps": "GBP",  # "£" as ASCII-folded text writes it ("PS2.7m"); only before a scale
}  # fmt: skip

# Written after the number ("10 dollars", "7,199 Chinese yuan", "150 USD").
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "$", "dollar": "$", "us dollars": "USD", "u.s. dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "new zealand dollars": "NZD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
    "tenge": "KZT", "hryvnia": "UAH", "hryvnias": "UAH", "shekels": "ILS", "shekel": "ILS",
    "rupees": "INR", "rupee": "INR", "ringgit": "MYR", "francs": "CHF", "swiss francs": "CHF",
    "won": "KRW", "lira": "TRY", "liras": "TRY", "rand": "ZAR", "pesos": "MXN",
    "reais": "BRL", "danish crowns": "DKK", "crowns": "crowns", "kronor": "SEK",
    "kroner": "NOK", "krona": "SEK", "dinars": "dinars", "dirhams": "AED", "riyals": "SAR",
    "shillings": "shillings", "naira": "NGN", "taka": "BDT", "cedis": "GHS", "kwacha": "kwacha",
    "birr": "ETB", "leones": "SLL", "rupiah": "IDR", "soles": "PEN",
    "bolivars": "VES", "quetzales": "GTQ", "lempiras": "HNL", "afghanis": "AFN",
    "cents": "cents", "cent": "cents", "pence": "pence", "sen": "sen",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rub": "RUB",
    "kzt": "KZT", "inr": "INR", "aud": "AUD", "cad": "CAD", "chf": "CHF", "€": "EUR",
    "p": "pence",
}  # fmt: skip

PERCENT_WORDS: dict[str, str] = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "per-cent": "%",
    "pct": "%",
    "pc": "%",
    "percentage points": "percentage points",
    "percentage point": "percentage points",
    "points percentage": "percentage points",
}

DURATION_UNITS: dict[str, str] = {
    "second": "seconds", "seconds": "seconds", "secs": "seconds", "sec": "seconds",
    "minute": "minutes", "minutes": "minutes", "mins": "minutes", "min": "minutes",
    "hour": "hours", "hours": "hours", "hrs": "hours", "hr": "hours",
    "day": "days", "days": "days", "night": "nights", "nights": "nights",
    "week": "weeks", "weeks": "weeks", "fortnight": "fortnights", "fortnights": "fortnights",
    "month": "months", "months": "months", "year": "years", "years": "years",
    "yrs": "years", "decade": "decades", "decades": "decades",
    "century": "centuries", "centuries": "centuries", "millennia": "millennia",
    "semester": "semesters", "semesters": "semesters", "quarters": "quarters",
}  # fmt: skip

# Measures that may stand apart from the number ("30 yards", "5 km").
MEASURE_UNITS: dict[str, str] = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "cm": "cm", "mm": "mm",
    "centimetres": "cm", "centimeters": "cm", "millimetres": "mm", "millimeters": "mm",
    "millimeter": "mm", "millimetre": "mm", "nanometer": "nm", "nanometers": "nm", "nm": "nm",
    "μm": "μm", "microns": "μm",
    "miles": "miles", "mile": "miles", "yards": "yards", "yard": "yards", "feet": "feet",
    "foot": "feet", "ft": "feet", "inches": "inches", "inch": "inches",
    "square miles": "square miles", "square kilometres": "km²", "square kilometers": "km²",
    "sq km": "km²", "km2": "km²", "km²": "km²", "sq m": "m²", "sqm": "m²", "m2": "m²",
    "m²": "m²", "square metres": "m²", "square meters": "m²", "square feet": "square feet",
    "sq ft": "square feet", "hectares": "hectares", "hectare": "hectares", "acres": "acres",
    "acre": "acres", "cubic feet": "cubic feet", "cubic metres": "m³", "cubic meters": "m³",
    "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg",
    "grams": "g", "gram": "g", "mg": "mg", "milligrams": "mg", "tonnes": "tonnes",
    "tonne": "tonnes", "tons": "tons", "ton": "tons", "gigatonnes": "gigatonnes",
    "lbs": "pounds", "lb": "pounds", "pounds": "pounds", "ounces": "ounces", "ounce": "ounces",
    "oz": "ounces", "litres": "litres", "liters": "litres", "litre": "litres", "liter": "litres",
    "ml": "ml", "millilitres": "ml", "milliliters": "ml", "gallons": "gallons",
    "gallon": "gallons", "barrels": "barrels", "barrel": "barrels", "bpd": "barrels per day",
    "mph": "mph", "m.p.h.": "mph", "km/h": "km/h", "kph": "km/h", "km/hr": "km/h",
    "knots": "knots", "rpm": "rpm", "mpg": "mpg",
    "hp": "hp", "horsepower": "hp", "bhp": "bhp", "nm torque": "Nm",
    "lb-ft": "lb-ft", "pound-feet": "lb-ft",
    "kw": "kW", "kilowatts": "kW", "kwh": "kWh", "mw": "MW", "megawatts": "MW",
    "megawatt": "MW", "gw": "GW", "gigawatts": "GW", "gigawatt": "GW", "gwh": "GWh",
    "twh": "TWh", "mwh": "MWh", "watts": "W", "volts": "V", "mah": "mAh",
    "hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz",
    "gb": "GB", "mb": "MB", "tb": "TB", "kb": "KB", "mbps": "Mbps", "gbps": "Gbps",
    "degrees celsius": "°C", "degrees fahrenheit": "°F", "degrees": "degrees",
    "degree": "degrees", "°c": "°C", "°f": "°F", "°": "degrees", "celsius": "°C",
    "fahrenheit": "°F", "degf": "°F", "decibels": "dB", "db": "dB",
    "calories": "calories", "kcal": "kcal", "ppm": "ppm", "ppb": "ppb",
    "parts per million": "ppm", "basis points": "basis points", "basis point": "basis points",
    "bps": "basis points", "points": "points", "gpa": "GPa", "mpa": "MPa", "ksi": "ksi",
    "richter": "magnitude", "magnitude": "magnitude",
}  # fmt: skip

# Units written before the number ("magnitude 7.8").
UNITS_BEFORE: dict[str, str] = {"magnitude": "magnitude", "mag": "magnitude"}

# Units read only when written straight after the digits ("278kg", "45g", "5W", "37m").
ATTACHED_UNITS: dict[str, str] = {
    "g": "g",
    "l": "litres",
    "w": "W",
    "v": "V",
    "m": "m",
    "t": "tonnes",
    "gb": "GB",
    "tb": "TB",
    "mb": "MB",
    "c": "°C",
    "f": "°F",
}

# An age, not a count: "15-year-old", "a 30 years old man", "an 18 month-old".
AGE_SUFFIXES: tuple[str, ...] = (
    "year-old", "years-old", "year old", "years old", "month-old", "months-old",
    "month old", "months old", "week-old", "weeks-old", "day-old", "days-old",
)  # fmt: skip

# Words that make "N times" a multiplier rather than a count of occurrences.
MULTIPLIER_FOLLOWERS: frozenset[str] = frozenset({
    "as", "more", "higher", "larger", "bigger", "greater", "faster", "the", "that", "what",
    "earnings", "sales", "book", "its", "their", "his", "her", "over", "less", "lower",
    "smaller", "cheaper", "longer", "stronger", "louder", "above", "below",
})  # fmt: skip

# ---------------------------------------------------------------- context

# Nouns right after a number that show it counts ("2000 people", not the year 2000).
COUNTED_NOUNS: frozenset[str] = frozenset({
    "people", "persons", "police", "staff", "personnel", "children", "men", "women", "troops",
    "cattle", "refugees", "civilians", "migrants", "dead", "wounded", "injured", "missing",
    "more", "others", "residents", "protesters", "soldiers", "workers", "students", "votes",
    "officers", "detainees", "casualties", "victims", "bodies", "corpses", "families", "households",
    "homes", "houses", "buildings", "villages", "deaths", "lives",
})  # fmt: skip
# A headline's participle after a count: "News Kastelia 21 arrested in inquiry" (a count,
# not a name with a number, where the participle ends its clause: "Pier 39 hurt six
# workers" is the pier's name)
HEADLINE_PARTICIPLES: frozenset[str] = frozenset(
    {"killed", "arrested", "detained", "hurt", "evacuated", "displaced", "rescued"}
)

# Month and weekday names live in lexicon/dates.py (MONTHS, WEEKDAYS).

# Words right before a four-digit number that make it a year ("in 2019", "since 1991").
YEAR_CUES: frozenset[str] = frozenset({
    "in", "since", "by", "until", "till", "til", "from", "of", "during", "before", "after",
    "year", "years", "early", "late", "mid", "summer", "winter", "spring", "autumn", "fall",
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "and", "to", "between",
    "fiscal", "fy", "season", "class", "election", "elections", "through", "around", "circa",
    "ad", "bc", "ce", "bce", "a.d.", "b.c.", "for", "at", "on", "throughout", "than",
})  # fmt: skip

# Words after which a number names something rather than counting it ("article 19").
# A bare digit run this long is an identifier (a timestamp, a file or phone number), never
# a count: news writes a count of hundreds of millions with separators or "million"
IDENTIFIER_DIGITS = 9

# Emergency phone numbers and the services named by them: "more 911 operators", "999
# calls", "112 dispatchers" name the line, never a count of people
EMERGENCY_NUMBERS: frozenset[str] = frozenset({"911", "999", "112", "000", "1122", "108"})
# (not "service", "line", "centre": "112 service members", "108 line workers" are people)
EMERGENCY_SERVICE_NOUNS: frozenset[str] = frozenset(
    {"operator", "operators", "call", "calls", "caller", "callers", "dispatcher", "dispatchers",
     "hotline"}
)  # fmt: skip

IDENTIFIER_CUES: frozenset[str] = frozenset({
    "no", "no.", "nos.", "number", "article", "articles", "section", "chapter", "part",
    "page", "pages", "room", "flight", "route", "highway", "road", "street", "gate",
    "platform", "row", "seat", "unit", "level", "grade", "phase", "stage", "category",
    "class", "type", "version", "model", "series", "vol", "vol.", "volume", "game",
    "round", "episode", "season", "channel", "bus", "line", "paragraph", "clause",
    "resolution", "item", "exit", "block", "building", "apartment", "apt", "apt.",
    "suite", "box", "ward", "district", "zone", "decree", "hole", "lane", "fig.", "corps",
    "division", "brigade", "regiment", "battalion", "squadron", "fleet", "army", "tier",
    "pp.", "covid", "boeing", "airbus", "iphone", "galaxy", "windows", "pixel",
    # a gallery's counter: "Image 1 of / 1 Caption Close" (not "slide": "after the slide
    # 40 people were missing")
    "image",
})  # fmt: skip

# "one" that is a pronoun, not a count ("no one", "one of the", "the one who").
ONE_PRONOUN_BEFORE: frozenset[str] = frozenset({
    "no", "the", "this", "that", "any", "every", "each", "which", "another", "a", "same",
    "last", "only", "big", "little", "new", "old", "right", "wrong", "good", "bad",
    "better", "best", "worst", "first", "such", "other", "anyone", "someone", "an",
    "as", "like", "on", "loved",
})  # fmt: skip
ONE_PRONOUN_AFTER: frozenset[str] = frozenset({
    "of", "another", "who", "whom", "whose", "that", "which", "by", "day", "time",
    "point", "way", "thing", "another's", "can", "could", "would", "should", "will",
    "must", "might", "says", "knows", "else", "would've", "too", "here", "there",
    # a source of a figure: "more than 90 shacks by one estimate" (not "one tally clerk")
    "estimate", "reckoning", "report",
})  # fmt: skip

# Verbs of change before "from X to Y" / "X to Y": two figures, not a range.
CHANGE_WORDS: frozenset[str] = frozenset({
    "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases",
    "increasing", "fell", "fall", "falls", "fallen", "falling", "jumped", "jump", "jumps",
    "climbed", "climb", "climbs", "grew", "grow", "grows", "grown", "dropped", "drop",
    "drops", "dropping", "declined", "decline", "declines", "revised", "raised", "raise",
    "lowered", "lower", "cut", "cuts", "reduced", "reduce", "went", "going", "gone", "up",
    "down", "lifted", "soared", "surged", "slid", "slipped", "plunged", "tumbled", "gained",
    "lost", "added", "shed", "doubled", "tripled", "halved", "changed", "moved", "narrowed",
    "widened", "eased", "edged", "advanced", "retreated", "sank", "climbing", "growing",
    "updated", "upgraded", "downgraded", "swelled", "mounted", "reached", "hit", "toll",
    "expanded", "shrank", "shrunk", "boosted", "spiked", "plummeted", "slumped",
})  # fmt: skip

TIME_ZONES: frozenset[str] = frozenset({
    "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "cet",
    "cest", "eet", "msk", "ist", "jst", "almt",
})  # fmt: skip

# Participles after which "scores" counts people without an "of": "and scores injured".
SCORES_PARTICIPLES: tuple[str, ...] = (
    "injured",
    "wounded",
    "killed",
    "dead",
    "hurt",
    "missing",
    "arrested",
    "detained",
    # what befell them: "Scores drowned in ferry sinking", "scores died"
    "drowned",
    "died",
    "perished",
    "more",
    "were",
    "have",
    "had",
    "are",
)

# Verbs of a casualty that make "scores" after them a count: "kills 41, injures scores".
SCORES_AFTER_VERBS: tuple[str, ...] = (
    "injures", "injured", "injuring", "wounds", "wounded", "wounding", "kills", "killed",
    "killing", "leaves", "left", "leaving",
)  # fmt: skip

# Words that make "scores" the plural of score, not "scores of people".
SCORES_NOUN_BEFORE: frozenset[str] = frozenset({
    "test", "tests", "exam", "credit", "high", "top", "low", "average", "their", "his", "her",
    "its", "our", "my", "your", "settle", "settling", "settled", "approval", "risk", "final",
    "match", "player", "judges", "survey", "poll", "polling", "rating",
})  # fmt: skip

# Nouns a figure is hyphenated to when it describes a thing: "the eight-storey building",
# "a 24-floor tower", "a 300-bed hospital", or how often ("three-time presidential
# contender", "a two-time champion"). Others ("a 3,000-strong crowd", "1,000-plus
# protesters") may still count people.
THING_COMPOUNDS: frozenset[str] = frozenset(
    """
    storey story stories floor floors level bed room seat seater lane page point car
    carriage coach wagon wheel wheeler door engine berth deck tier block unit time times
    """.split()
)

# Units after "per" or "a" that make a count a density, not a count of people: "four
# people per square metre", "two doctors per capita".
DENSITY_UNITS: frozenset[str] = frozenset(
    "square metre meter sq km kilometre kilometer mile hectare head capita".split()
)

# The largest number read as a person's age when set off by commas after a name or a
# role ("Jane Doe, 34, said"): an age, not a count.
OLDEST_AGE = 120
