"""Outlet and publication date inferred from the text, on articles written for these tests."""

from __future__ import annotations

import pytest

from kzdiff.load import load_bytes
from kzdiff.load.metadata import parse_date

LEAD = (
    "Rescue teams worked through the night to reach villages cut off by the floods, officials "
    "said, as the number of people missing rose to 61 and the army sent helicopters."
)
LATER = "The regional governor said roads would reopen within a week, once the water receded."
LAST = "Aid agencies said about 3,000 families needed shelter, food and clean drinking water."

# body -> (published, outlet). Each body is an article without front matter.
CASES = [
    # datelines and timestamps near the top
    (f"Floods Leave Dozens Missing\n\nMar 14, 2023\n\n{LEAD}\n\n{LATER}", "2023-03-14", None),
    (f"Published 14 March 2023\n\n{LEAD}", "2023-03-14", None),
    (f"March 14, 2023 10:31 AM\n\n{LEAD}", "2023-03-14", None),
    (f"Tuesday, 14 March 2023, 08:12 GMT\n\n{LEAD}", "2023-03-14", None),
    (f"NewsMar 14, 2023\n\n{LEAD}", "2023-03-14", None),
    (f"Posted on 2023-03-14\n\n{LEAD}", "2023-03-14", None),
    (f"LENKORAN, March 14, 2023 – {LEAD}", "2023-03-14", None),
    # a labelled date at the foot of the page still counts
    (f"{LEAD}\n\n{LATER}\n\n{LAST}\n\nFirst published on 14 March 2023", "2023-03-14", None),
    # not publication dates
    (f"(Baku) – {LEAD}", None, None),
    (f"Last updated March 15, 2023\n\n{LEAD}", None, None),
    (f"{LEAD}\n\nOn March 9, 2023, the river burst its banks near the border.", None, None),
    (f"{LEAD}\n\n{LATER}\n\n{LAST}\n\nMarch 9, 2023", None, None),
    (
        f"Rescuers searching a flooded street on March 14, 2023. © AP Photo/Jo Kim\n\n{LEAD}",
        None,
        None,
    ),
    (f"Floods in the North, March 2023\n\n{LEAD}", None, None),
    # outlets from licence, copyright and self-description lines
    (f"{LEAD}\n\n© 2023 Reuters. All rights reserved.", None, "Reuters"),
    (
        f"{LEAD}\n\nCopyright 2023 The Associated Press. All rights reserved.",
        None,
        "The Associated Press",
    ),
    (
        f"{LEAD}\n\nPlease attribute legal copies of this work to example-news.org.",
        None,
        "example-news.org",
    ),
    (f"{LEAD}\n\nThis article originally appeared on Eurasianet.", None, "Eurasianet"),
    # a photo credit names an agency, not the outlet
    (f"{LEAD}\n\nFloodwater in the streets of Lenkoran. © AP Photo", None, None),
    (f"{LEAD}\n\n{LATER}", None, None),
]


@pytest.mark.parametrize(("body", "published", "outlet"), CASES)
def test_inferred_from_text(body, published, outlet):
    (doc,) = load_bytes(body.encode(), "article.txt")
    assert doc.published == published
    assert doc.outlet == outlet
    assert doc.published_source == ("inferred" if published else None)
    assert doc.outlet_source == ("inferred" if outlet else None)


def test_front_matter_wins_over_text():
    text = f"---\noutlet: The Daily Star\npublished: 2023-03-15\n---\n\n© 2023 Reuters\n\n{LEAD}"
    (doc,) = load_bytes(text.encode(), "a.md")
    assert (doc.outlet, doc.outlet_source) == ("The Daily Star", "front_matter")
    assert (doc.published, doc.published_source) == ("2023-03-15", "front_matter")
    assert doc.format == "markdown"


def test_url_domain_is_the_outlet_of_last_resort():
    text = f"---\nurl: https://www.example-news.org/2023/floods\n---\n\n{LEAD}"
    (doc,) = load_bytes(text.encode(), "a.txt")
    assert (doc.outlet, doc.outlet_source) == ("example-news.org", "inferred")
    assert doc.url == "https://www.example-news.org/2023/floods"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2022-01-07", "2022-01-07"),
        ("2022-01-07T10:31:00Z", "2022-01-07"),
        ("2022/1/7", "2022-01-07"),
        ("Fri, 07 Jan 2022 10:31:00 GMT", "2022-01-07"),
        ("January 7, 2022", "2022-01-07"),
        ("7th January 2022", "2022-01-07"),
        (1641551460, "2022-01-07"),
        (1641551460000, "2022-01-07"),
        ("2022-02-30", None),
        ("last Friday", None),
        (True, None),
        (None, None),
    ],
)
def test_parse_date(given, expected):
    assert parse_date(given) == expected
