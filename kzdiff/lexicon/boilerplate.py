"""Cues that a paragraph is page furniture (not reporting): data for ``kzdiff.load.blocks``.

General to news sites, not to any one page. Three kinds:

- ``WHOLE_LINES``: a block that is exactly one of these (case-folded, outer punctuation
  and bullets stripped) is furniture on its own ("Skip to main content", "Donate").
- ``PHRASE_CUES``: (regex, weight, label). A block's score is the sum of the weights of the
  distinct cues it contains; it is furniture when the score reaches a threshold that grows
  with its length, so one "donation" in a long reporting paragraph never sets it aside.
- ``IMAGE_ONLY`` / ``CAPTION_CREDIT``: alt text and photo credits.

Regexes here are plain phrases with ``\\s+`` between words: no nested repeats, so the
one combined pattern built from them runs in linear time.
"""

from __future__ import annotations

WHOLE_LINES: frozenset[str] = frozenset(
    line
    for item in """
    skip to main content|skip to content|skip to navigation|jump to content|accessibility links
    breaking news|scroll top|scroll to top|top|back to top|go to top|to top
    donate|donate now|make a donation|give now|support us|become a member|subscribe|subscribe now
    sign up|sign in|log in|login|register|menu|main menu|search|close|open menu|more
    share|share this|share this article|share this story|share on facebook|share on twitter
    tweet|email|print|copy link|copy url|whatsapp|facebook|twitter|linkedin|telegram|reddit
    read more|read next|see also|related|related stories|related articles|related content
    recommended|recommended stories|recommended for you|more stories|more from|most read
    most popular|trending|latest|latest news|top stories|advertisement|sponsored|ad
    comments|leave a comment|show comments|region / country|region|country|topics|tags
    hi there|dear reader|dear readers|dear friend|dear friends|hello|thank you for reading
    listen|listen to this article|watch|video|audio|play|pause|photo|image|gallery
    cookie settings|accept cookies|privacy policy|terms of use|terms of service|contact us
    about us|newsletter|newsletters|follow us|home|news|previous|next|back
    """.replace("\n", "|").split("|")
    for line in [item.strip()]
    if line
)

# Whole lines that head a list of links to other stories: the short headlines under them
# ("Read more:" then "Over 200 migrants drowned in ...") are those stories', not this one's.
LINK_LIST_LABELS: frozenset[str] = frozenset(
    line
    for item in """
    read more|read next|read also|see also|related|related stories|related articles
    related content|recommended|recommended stories|more stories|most read|most popular
    trending|top stories|also read|more on this story|you may also like
    """.replace("\n", "|").split("|")
    for line in [item.strip()]
    if line
)

# (regex, weight, label, keys). Weight 2: a phrase that on its own marks an appeal or a
# notice; weight 1: a phrase that only counts together with others. Keys: words (lowercase
# letters and digits) at least one of which the block must contain for the regex to be
# tried at all; a cheap set lookup that keeps the scan fast.
PHRASE_CUES: tuple[tuple[str, int, str, str], ...] = (
    # donation appeals
    (r"your\s+donation", 2, "donation appeal", "donation"),
    (
        r"make\s+a\s+(?:monthly\s+)?(?:donation|contribution)",
        2,
        "donation appeal",
        "donation contribution",
    ),
    (
        r"(?:monthly|one-time|tax[- ]deductible)\s+(?:contribution|donation|gift)",
        2,
        "donation appeal",
        "contribution donation gift",
    ),
    (r"your\s+(?:tax[- ]deductible\s+)?gift", 2, "donation appeal", "gift"),
    (r"generous\s+donor", 2, "donation appeal", "donor"),
    (r"every\s+dollar", 2, "donation appeal", "dollar"),
    (r"donate\s+(?:now|today)", 2, "donation appeal", "donate"),
    (r"please\s+(?:give|donate|support\s+us)", 2, "donation appeal", "please"),
    (r"please\s+do\s+your\s+part", 2, "donation appeal", "part"),
    (r"needs?\s+your\s+support", 2, "donation appeal", "support"),
    (
        r"support\s+(?:our|independent)\s+(?:independent\s+)?journalism",
        2,
        "donation appeal",
        "journalism",
    ),
    (
        r"rely\s+on\s+(?:contributions|donations|support|readers|viewers)",
        2,
        "donation appeal",
        "rely",
    ),
    (r"contributions\s+from\s+(?:you|our)", 2, "donation appeal", "contributions"),
    (r"counting\s+on\s+(?:you|your)", 2, "donation appeal", "counting"),
    (r"become\s+a\s+(?:member|supporter|patron)", 2, "donation appeal", "become"),
    (r"\bdonations?\b", 1, "donation appeal", "donation donations"),
    (
        r"thank\s+you\s+(?:so\s+much|for\s+reading|for\s+your\s+support)",
        2,
        "donation appeal",
        "thank",
    ),
    # newsletters and subscriptions
    (r"subscribe\s+(?:to|here|now|today)", 2, "subscription blurb", "subscribe"),
    (r"sign\s+up\s+(?:for|to|here|now)", 2, "subscription blurb", "sign"),
    (r"\bnewsletters?\b", 1, "subscription blurb", "newsletter newsletters"),
    (r"(?:your|the)\s+in-?box", 2, "subscription blurb", "inbox box"),
    (r"delivered\s+to\s+your", 2, "subscription blurb", "delivered"),
    (r"curated\s+digest", 2, "subscription blurb", "curated"),
    (r"\bdigest\b", 1, "subscription blurb", "digest"),
    (
        r"every\s+(?:morning|week|weekday|monday|tuesday|wednesday|thursday|friday)",
        1,
        "subscription blurb",
        "every",
    ),
    # an aggregator's note on itself: "X publishes around 450 stories a day from more
    # than 120 news organisations and over 400 other institutions and individuals"
    (
        r"publishes\s+(?:around\s+|about\s+|some\s+|over\s+)?[\d,]+\s+"
        r"(?:stories|reports|articles|items)\s+a\s+day",
        2,
        "outlet's note on itself",
        "publishes",
    ),
    (r"other\s+institutions\s+and\s+individuals", 2, "outlet's note on itself", "institutions"),
    # licence and copyright notices
    (r"licensed\s+under", 2, "licence notice", "licensed"),
    (r"creative\s+commons", 2, "licence notice", "commons"),
    (r"all\s+rights\s+reserved", 2, "licence notice", "reserved"),
    (r"attribute\s+(?:legal\s+)?copies", 2, "licence notice", "attribute"),
    (r"separately\s+licensed", 2, "licence notice", "separately"),
    (r"(?:further|additional)\s+permissions", 2, "licence notice", "permissions"),
    (
        r"may\s+not\s+be\s+(?:published|reproduced|redistributed)",
        2,
        "licence notice",
        "reproduced redistributed published",
    ),
    (r"(?:^|\s)(?:©|\(c\)|copyright)\s+(?:\d{4}\s+)?[A-Z]", 1, "licence notice", "© c copyright"),
    # navigation, sharing, links
    (r"click\s+here", 2, "link text", "click"),
    (
        # (its mark a colon, or a bar or chevron: "Read also | Belvoria: ...")
        r"^\W*(?:read\s+more|related|see\s+also|also\s+read|read\s+also|more\s+on\s+this)"
        r"\s*[:|»]",
        2,
        "link text",
        "read related see also more",
    ),
    (r"to\s+find\s+out\s+more", 1, "link text", "find"),
    (r"read\s+more\s+(?:about|here|on)", 2, "link text", "read"),
    (r"recommended\s+(?:stories|articles|for\s+you)", 2, "link list", "recommended"),
    (
        r"(?:share|follow)\s+(?:us\s+)?on\s+(?:facebook|twitter|x|instagram|telegram|whatsapp)",
        2,
        "share buttons",
        "facebook twitter x instagram telegram whatsapp",
    ),
    (r"sharing,\s+liking", 2, "share buttons", "liking"),
    # a follow widget's count of readers: "Join 1,288 other followers"
    (
        r"join\s+[\d,.]+\s+other\s+(?:followers|subscribers|readers)",
        2,
        "follow widget",
        "join",
    ),
    # a gallery widget over a caption: "5 View gallery Police evacuate an injured ..."
    (r"^\W*\d+\s+view\s+gallery\b", 2, "gallery widget", "gallery"),
    (r"(?:our|this)\s+content", 1, "outlet notice", "content"),
    (r"contact(?:ing)?\s+us", 1, "outlet notice", "contact contacting"),
    (r"cookies?\s+(?:policy|settings)", 2, "cookie notice", "cookie cookies"),
    (r"we\s+use\s+cookies", 2, "cookie notice", "cookies"),
    # outlet self-promotion
    (r"journalists\s+report\s+the\s+news", 2, "outlet self-promotion", "journalists"),
    (r"free\s+press\s+is\s+banned", 2, "outlet self-promotion", "banned"),
    (r"uncensored\s+news", 2, "outlet self-promotion", "uncensored"),
    (r"we\s+provide\s+what", 1, "outlet self-promotion", "provide"),
    (r"(?:our|this)\s+(?:independent\s+)?journalism", 1, "outlet self-promotion", "journalism"),
    (
        r"(?:our|your)\s+(?:viewers|listeners|readers)",
        1,
        "outlet self-promotion",
        "viewers listeners readers",
    ),
)

# A block made only of alt text or a photo credit ("16x9 Image", "Photo: Reuters").
IMAGE_ONLY: tuple[str, ...] = (
    r"\d{1,4}\s*[x×:]\s*\d{1,4}\s+(?:image|photo|picture|video)",
    r"(?:image|photo|picture|video)\s*(?:source|credit)?\s*[:,]?\s*(?:getty\s+images|reuters|ap"
    r"|afp|epa|shutterstock)?",
    r"(?:photo|image|picture)s?\s*(?:by|:)\s*[^.]{0,60}",
    r"(?:getty\s+images|shutterstock|ap\s+photo|afp|reuters|epa)(?:\s*/\s*[^.]{0,40})?",
    r"[\w.-]{1,60}\.(?:jpe?g|png|gif|webp)",
)

# A photo credit inside a short block makes it a caption ("... 2022. © AP Photo/Name").
CAPTION_CREDIT: str = (
    r"©\s*\w|\(c\)\s*\w|\bphoto(?:graph)?\s*(?::|by\b)|\bimage\s*(?::|by\b|source\b)"
    r"|\bcredit\s*:|\bap\s+photo\b|\bgetty\s+images\b|\bvia\s+getty\b|\bafp\s+via\b"
    r"|\b(?:reuters|afp|epa|ap)\s*/\s*[A-Z]"
)

# Words that show a clause has a finite verb: a present-participle fragment without any
# of them reads as a picture caption ("A windscreen following clashes in ...").
FINITE_CUES: frozenset[str] = frozenset(
    """
    is are was were be been has have had do does did will would shall should can could may
    might must said says say told tells reported reports announced added stated according
    """.split()
)
