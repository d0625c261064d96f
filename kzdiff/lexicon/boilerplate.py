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

# (regex, weight, label). Weight 2: a phrase that on its own marks an appeal or a notice;
# weight 1: a phrase that only counts together with others.
PHRASE_CUES: tuple[tuple[str, int, str], ...] = (
    # donation appeals
    (r"your\s+donation", 2, "donation appeal"),
    (r"make\s+a\s+(?:monthly\s+)?(?:donation|contribution)", 2, "donation appeal"),
    (r"(?:monthly|one-time|tax[- ]deductible)\s+(?:contribution|donation|gift)", 2,
     "donation appeal"),
    (r"your\s+(?:tax[- ]deductible\s+)?gift", 2, "donation appeal"),
    (r"generous\s+donor", 2, "donation appeal"),
    (r"every\s+dollar", 2, "donation appeal"),
    (r"donate\s+(?:now|today)", 2, "donation appeal"),
    (r"please\s+(?:give|donate|support\s+us)", 2, "donation appeal"),
    (r"please\s+do\s+your\s+part", 2, "donation appeal"),
    (r"needs?\s+your\s+support", 2, "donation appeal"),
    (r"support\s+(?:our|independent)\s+(?:independent\s+)?journalism", 2, "donation appeal"),
    (r"rely\s+on\s+(?:contributions|donations|support|readers|viewers)", 2, "donation appeal"),
    (r"contributions\s+from\s+(?:you|our)", 2, "donation appeal"),
    (r"counting\s+on\s+(?:you|your)", 2, "donation appeal"),
    (r"become\s+a\s+(?:member|supporter|patron)", 2, "donation appeal"),
    (r"\bdonations?\b", 1, "donation appeal"),
    # newsletters and subscriptions
    (r"subscribe\s+(?:to|here|now|today)", 2, "subscription blurb"),
    (r"sign\s+up\s+(?:for|to|here|now)", 2, "subscription blurb"),
    (r"\bnewsletters?\b", 1, "subscription blurb"),
    (r"(?:your|the)\s+in-?box", 2, "subscription blurb"),
    (r"delivered\s+to\s+your", 2, "subscription blurb"),
    (r"curated\s+digest", 2, "subscription blurb"),
    (r"\bdigest\b", 1, "subscription blurb"),
    (r"every\s+(?:morning|week|weekday|monday|tuesday|wednesday|thursday|friday)", 1,
     "subscription blurb"),
    # licence and copyright notices
    (r"licensed\s+under", 2, "licence notice"),
    (r"creative\s+commons", 2, "licence notice"),
    (r"all\s+rights\s+reserved", 2, "licence notice"),
    (r"attribute\s+(?:legal\s+)?copies", 2, "licence notice"),
    (r"separately\s+licensed", 2, "licence notice"),
    (r"(?:further|additional)\s+permissions", 2, "licence notice"),
    (r"may\s+not\s+be\s+(?:published|reproduced|redistributed)", 2, "licence notice"),
    (r"(?:^|\s)(?:©|\(c\)|copyright)\s+(?:\d{4}\s+)?[A-Z]", 1, "licence notice"),
    # navigation, sharing, links
    (r"click\s+here", 2, "link text"),
    (r"to\s+find\s+out\s+more", 1, "link text"),
    (r"read\s+more\s+(?:about|here|on)", 2, "link text"),
    (r"recommended\s+(?:stories|articles|for\s+you)", 2, "link list"),
    (r"(?:share|follow)\s+(?:us\s+)?on\s+(?:facebook|twitter|x|instagram|telegram|whatsapp)", 2,
     "share buttons"),
    (r"sharing,\s+liking", 2, "share buttons"),
    (r"(?:our|this)\s+content", 1, "outlet notice"),
    (r"contact(?:ing)?\s+us", 1, "outlet notice"),
    (r"cookies?\s+(?:policy|settings)", 2, "cookie notice"),
    (r"we\s+use\s+cookies", 2, "cookie notice"),
    # outlet self-promotion
    (r"journalists\s+report\s+the\s+news", 2, "outlet self-promotion"),
    (r"free\s+press\s+is\s+banned", 2, "outlet self-promotion"),
    (r"uncensored\s+news", 2, "outlet self-promotion"),
    (r"we\s+provide\s+what", 1, "outlet self-promotion"),
    (r"(?:our|this)\s+(?:independent\s+)?journalism", 1, "outlet self-promotion"),
    (r"(?:our|your)\s+(?:viewers|listeners|readers)", 1, "outlet self-promotion"),
    (r"thank\s+you\s+(?:so\s+much|for\s+reading|for\s+your\s+support)", 2, "donation appeal"),
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
