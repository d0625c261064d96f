"""Cutting bodies into blocks and classifying them, on news text written for these tests."""

from __future__ import annotations

import pytest

from kzdiff.load.blocks import boilerplate_reason, classify_blocks, split_blocks
from kzdiff.vocab import BlockKind

WRAPPED = (
    "Rescue teams in the northern province worked through the night to reach\n"
    "villages cut off by the floods, officials said on Tuesday, as the number\n"
    "of people missing rose to 61.\n"
    "\n"
    "The regional governor said roads would reopen within a week.\n"
)

ONE_LINE_PARAGRAPHS = (
    "Floodwaters swept through the river valley overnight, leaving thousands of homes under water and cutting power to the regional capital.\n"  # noqa: E501
    "The emergencies ministry said 61 people were missing and 12 had been confirmed dead by Tuesday evening.\n"  # noqa: E501
    "Residents described watching the water rise over the course of an hour before the levee gave way.\n"  # noqa: E501
)


def texts(body: str) -> list[str]:
    return [body[s:e] for s, e in split_blocks(body)]


def test_hard_wrapped_prose_is_one_block_per_paragraph():
    assert texts(WRAPPED) == [
        WRAPPED.split("\n\n")[0].strip(),
        "The regional governor said roads would reopen within a week.",
    ]


def test_a_headline_line_over_its_first_paragraph_is_a_block_of_its_own():
    # two lines show no wrap width; a line that goes on with a capital starts anew
    body = (
        "Flood toll climbs to 57 as more bodies found\n"
        "Officials said 12 people are still missing in the valley.\n\n"
        "Rescuers searched the riverbanks on Saturday."
    )
    assert texts(body) == [
        "Flood toll climbs to 57 as more bodies found",
        "Officials said 12 people are still missing in the valley.",
        "Rescuers searched the riverbanks on Saturday.",
    ]


def test_one_sentence_wrapped_once_stays_one_block():
    body = (
        "The emergencies ministry said 61 people were missing and 12 had been\n"
        "confirmed dead by Tuesday evening.\n"
    )
    assert texts(body) == [body.strip()]


def test_single_line_paragraphs_are_one_block_per_line():
    assert texts(ONE_LINE_PARAGRAPHS) == ONE_LINE_PARAGRAPHS.strip().split("\n")


def test_short_lines_under_each_other_are_separate_blocks():
    body = "Thanks for reading.\nShare this story\nMore from Asia\n"
    assert texts(body) == ["Thanks for reading.", "Share this story", "More from Asia"]


def test_list_items_are_separate_blocks():
    body = "- 12 people dead in Kherson\n- 40 injured in the shelling of the market\n- 3 missing\n"
    assert len(texts(body)) == 3


def test_blocks_are_trimmed_and_offsets_slice_exactly():
    body = "\n\n   Indented first paragraph.  \n\n\t\n  • 4x3 Photo\n\n\nLast."
    spans = split_blocks(body)
    assert [body[s:e] for s, e in spans] == ["Indented first paragraph.", "• 4x3 Photo", "Last."]


def test_whitespace_only_body_has_no_blocks():
    assert split_blocks("  \n\n \t \n") == []


# text -> expected: None means reporting (not furniture); otherwise a word of the reason.
REASONS = [
    ("Skip to content", "page furniture"),
    ("Share on Facebook", "page furniture"),
    ("Recommended Stories", "page furniture"),
    ("• Tweet", "page furniture"),
    ("Back to top ↑", "page furniture"),
    ("4x3 Image", "image"),
    ("Photo: Getty Images", "image"),
    ("Posted 14 March 2023, 08:12 GMT", "dateline"),
    (
        "Sign up for our morning newsletter and get the day's top stories delivered to your inbox.",
        "subscription",
    ),
    (
        "This story is licensed under a Creative Commons licence. "
        "All rights reserved by the authors.",
        "licence",
    ),
    (
        "Independent reporting like ours is only possible thanks to readers like you. Please "
        "donate today: even a small monthly contribution keeps our newsroom going.",
        "donation",
    ),
    ("For more on this story, click here.", "link text"),
    ("Read more: Protesters return to the streets of Tbilisi", "link text"),
    ("ALSO READ: What the new law means for journalists", "link text"),
    ("Read also | Feud over grazing land kills three herders, injures six.", "link text"),
    ("RELATED » Floods kill 40 in the south", "link text"),
    (
        "PanWire publishes around 450 stories a day from more than 120 news organisations "
        "and over 400 other institutions and individuals, representing a diversity of "
        "positions on every topic.",
        "outlet's note on itself",
    ),
    # reporting that mentions donations, newsletters or subscriptions stays text
    (
        "The charity said donations had poured in after the earthquake, with more than 2,000 "
        "people sending money in the first 24 hours to help families in the worst-hit districts.",
        None,
    ),
    (
        "Prosecutors said the newsletter published by the group had urged readers to join the "
        "march, which police say drew about 5,000 people to the capital on Saturday.",
        None,
    ),
    ("Officials said 14 people were killed when the roof of the market collapsed.", None),
    # widgets whose counts are of readers or photos, not of the event's people
    ("Join 3,402 other followers", "follow widget"),
    ("12 View gallery Firefighters carry a stretcher from the site ( Photo: Staff )", "gallery"),
    ("Some 300 people joined other protesters at the gallery to view the exhibition.", None),
    ("Breaking news agencies reported that the strike had ended after 12 days.", None),
]


@pytest.mark.parametrize(("text", "expected"), REASONS)
def test_boilerplate_reason(text, expected):
    reason = boilerplate_reason(text)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and expected in reason


def classify(body: str, title: str | None = None) -> list[tuple[BlockKind, str]]:
    blocks = classify_blocks(body, split_blocks(body), title)
    return [(b.kind, body[b.start : b.end]) for b in blocks]


def test_headline_caption_and_reporting_in_a_saved_page():
    body = (
        "Skip to main content\n\n"
        "Floods Leave Dozens Missing in Northern Province\n\n"
        "Rescuers wading through flooded streets in Lenkoran on March 14.\n\n"
        "Rescue teams worked through the night to reach villages cut off by the floods, "
        "officials said on Tuesday, as the number of people missing rose to 61.\n\n"
        "Share this article\n"
    )
    assert classify(body) == [
        (BlockKind.BOILERPLATE, "Skip to main content"),
        (BlockKind.TITLE, "Floods Leave Dozens Missing in Northern Province"),
        (BlockKind.CAPTION, "Rescuers wading through flooded streets in Lenkoran on March 14."),
        (BlockKind.TEXT, body.split("\n\n")[3]),
        (BlockKind.BOILERPLATE, "Share this article"),
    ]


def test_title_given_is_recognised_anywhere_and_quotes_ignored():
    body = "Intro paragraph that is long enough to be prose in this test case here.\n\n"
    body += "\u201cWe Will Rebuild,\u201d Mayor Says\n"
    kinds = classify(body, title='"We Will Rebuild," Mayor Says')
    assert kinds[1][0] is BlockKind.TITLE


def test_repeated_line_and_credit_make_captions():
    body = (
        "Police detain a protester in Tbilisi on Friday.\n"
        "Police detain a protester in Tbilisi on Friday.\n\n"
        "Demonstrators gathered outside parliament for a third night. Photo: Reuters/Ann Lee\n\n"
        "Police said 27 people were detained overnight after clashes outside parliament, and "
        "that six officers had been treated in hospital.\n"
    )
    kinds = [k for k, _ in classify(body)]
    assert kinds == [BlockKind.CAPTION, BlockKind.CAPTION, BlockKind.CAPTION, BlockKind.TEXT]


def test_past_tense_sentence_with_participle_is_not_a_caption():
    body = "Troops opened fire on protesters gathering in the square.\n"
    assert classify(body)[0][0] is BlockKind.TEXT


def test_short_line_between_furniture_is_furniture_but_not_a_long_one():
    appeal = "Please donate today: your monthly contribution keeps our journalism free."
    body = f"{appeal}\n\n— Maria Lopez, editor\n\n{appeal}\n\nSubscribe to our newsletter\n"
    kinds = [k for k, _ in classify(body)]
    assert kinds[1] is BlockKind.BOILERPLATE
    long_text = (
        "Officials said 14 people were killed when the roof collapsed, and rescuers "
        "were still searching the rubble for survivors late into the night. "
    ) * 4
    body = f"{appeal}\n\n{long_text}\n\n{appeal}\n"
    assert [k for k, _ in classify(body)][1] is BlockKind.TEXT


def _kinds(body: str) -> list[BlockKind]:
    return [b.kind for b in classify_blocks(body, split_blocks(body))]


def test_another_storys_cut_off_teaser_is_set_aside():
    body = (
        "KARACHI: At least 190 people from the province were on the boat, officials said.\n\n"
        "The agency said 21 suspected smugglers had been arrested so far.\n\n"
        "DHAKA: At least 27 people were killed when a fire ripped through a market in the...\n"
    )
    assert _kinds(body) == [BlockKind.TEXT, BlockKind.TEXT, BlockKind.BOILERPLATE]


def test_the_storys_own_second_dateline_and_full_paragraphs_stay():
    body = (
        "KARACHI: At least 190 people from the province were on the boat, officials said.\n\n"
        "ATHENS: Greek officials said 82 bodies had been recovered so far.\n"
    )
    assert _kinds(body) == [BlockKind.TEXT, BlockKind.TEXT]


def test_a_roundups_own_datelines_stay():
    body = (
        "LAHORE: At least 14 people were killed as heavy rain lashed the province.\n\n"
        "PESHAWAR: Nine people died when roofs collapsed, adding that the toll could rise...\n\n"
        "Officials said rescue work went on through the night.\n"
    )
    assert _kinds(body) == [BlockKind.TEXT, BlockKind.TEXT, BlockKind.TEXT]


def test_a_teaser_before_the_next_ones_cut_off_first_word_is_set_aside():
    body = (
        "KARACHI: At least 190 people from the province were on the boat, officials said.\n\n"
        "DHAKA: At least 27 people were killed when a fire ripped through a market in the...\n\n"
        "ISLAM\n"
    )
    assert _kinds(body)[:2] == [BlockKind.TEXT, BlockKind.BOILERPLATE]


def test_headlines_under_a_read_more_label_are_links_not_reporting():
    body = (
        "Rescuers said on Wednesday that 39 people had died when the bridge fell.\n\n"
        "Read more:\n\n"
        "Bridge collapse: death toll rises\n\n"
        "Over 200 migrants drowned at sea in the first days of July\n\n"
        "The civil protection agency evacuated over 600 people from their homes nearby."
    )
    kinds = [b.kind for b in classify_blocks(body, split_blocks(body))]
    assert kinds == [
        BlockKind.TEXT,
        BlockKind.BOILERPLATE,
        BlockKind.BOILERPLATE,
        BlockKind.BOILERPLATE,
        BlockKind.TEXT,  # prose again: the list of links has ended
    ]


def test_a_line_cut_off_at_the_end_of_the_page_is_no_linked_headline():
    body = (
        "Rescuers said on Wednesday that 39 people had died when the bridge fell.\n\n"
        "Read more:\n\nBridge collapse: death toll rises\n\n"
        "The agency evacuated over 600 people from th"
    )
    kinds = [b.kind for b in classify_blocks(body, split_blocks(body))]
    assert kinds == [BlockKind.TEXT, BlockKind.BOILERPLATE, BlockKind.BOILERPLATE, BlockKind.TEXT]
