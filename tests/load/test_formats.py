"""JSON and JSONL exports with the field names of common news tools, and saved HTML pages."""

from __future__ import annotations

import json

import pytest

from kzdiff.load import load_bytes
from kzdiff.vocab import BlockKind

TEXT = "Police said 27 people were detained overnight after clashes outside parliament."

# record -> (title, outlet, published, url) expected
VARIANTS = [
    (
        {
            "title": "Clashes",
            "text": TEXT,
            "url": "https://a.example/x",
            "source": "Daily Star",
            "published": "2023-03-09",
        },
        ("Clashes", "Daily Star", "2023-03-09", "https://a.example/x"),
    ),
    # NewsAPI: source is an object, publishedAt an ISO timestamp, content the text
    (
        {
            "title": "Clashes",
            "content": TEXT,
            "url": "https://a.example/x",
            "source": {"id": None, "name": "Reuters"},
            "publishedAt": "2023-03-09T21:04:00Z",
        },
        ("Clashes", "Reuters", "2023-03-09", "https://a.example/x"),
    ),
    # RSS converters: link, pubDate in RFC 822, body
    (
        {
            "title": "Clashes",
            "body": TEXT,
            "link": "https://a.example/y",
            "publisher": "AFP",
            "pubDate": "Thu, 09 Mar 2023 18:00:00 +0000",
        },
        ("Clashes", "AFP", "2023-03-09", "https://a.example/y"),
    ),
    # news-please style
    (
        {
            "title": "Clashes",
            "maintext": TEXT,
            "source_domain": "example.org",
            "date_publish": "2023-03-09 18:00:00",
        },
        ("Clashes", "example.org", "2023-03-09", None),
    ),
    (
        {"headline": "Clashes", "article": TEXT, "site_name": "Civil.ge", "date": "9 March 2023"},
        ("Clashes", "Civil.ge", "2023-03-09", None),
    ),
    (
        {"Title": "Clashes", "Text": TEXT, "Outlet": "OC Media", "published_at": 1678384800},
        ("Clashes", "OC Media", "2023-03-09", None),
    ),
    ({"text": [TEXT, "Six officers were treated in hospital."]}, (None, None, None, None)),
]


@pytest.mark.parametrize(("record", "expected"), VARIANTS)
def test_json_field_variants(record, expected):
    (doc,) = load_bytes(json.dumps(record).encode(), "export.json")
    assert (doc.title, doc.outlet, doc.published, doc.url) == expected
    assert doc.id == "export" and doc.format == "json"
    assert doc.outlet_source == ("field" if expected[1] else None)
    assert doc.published_source == ("field" if expected[2] else None)
    assert doc.body.startswith(TEXT)


def test_list_of_records_gets_numbered_ids_and_blocks():
    records = [{"title": f"T{i}", "text": f"{TEXT}\n\nParagraph {i}."} for i in range(1, 4)]
    docs = load_bytes(json.dumps(records).encode(), "Dump 2023.json")
    assert [d.id for d in docs] == ["dump-2023-1", "dump-2023-2", "dump-2023-3"]
    assert [docs[1].body[b.start : b.end] for b in docs[1].blocks] == [TEXT, "Paragraph 2."]


def test_wrapped_list_as_newsapi_returns_it():
    data = {
        "status": "ok",
        "totalResults": 2,
        "articles": [{"title": "A", "content": TEXT}, {"title": "B", "content": TEXT}],
    }
    docs = load_bytes(json.dumps(data).encode(), "news.json")
    assert [d.title for d in docs] == ["A", "B"]


def test_jsonl_ids_use_line_numbers_and_skip_blank_lines():
    data = "\n".join(
        [json.dumps({"text": TEXT, "title": "one"}), "", json.dumps({"text": TEXT + " Two."})]
    )
    docs = load_bytes(data.encode(), "feed.jsonl")
    assert [(d.id, d.title) for d in docs] == [("feed-1", "one"), ("feed-3", None)]


def test_crlf_in_json_text_is_normalised():
    (doc,) = load_bytes(json.dumps({"text": "One.\r\n\r\nTwo."}).encode(), "a.json")
    assert doc.body == "One.\n\nTwo."
    assert [doc.body[b.start : b.end] for b in doc.blocks] == ["One.", "Two."]


def test_content_hash_depends_on_body_and_metadata():
    a = load_bytes(json.dumps({"text": TEXT, "title": "A"}).encode(), "a.json")[0]
    b = load_bytes(json.dumps({"text": TEXT, "title": "B"}).encode(), "a.json")[0]
    c = load_bytes(json.dumps({"text": TEXT, "title": "A"}).encode(), "other.json")[0]
    assert len(a.content_hash) == 64 and a.content_hash != b.content_hash
    assert a.content_hash == c.content_hash  # the path is not content


HTML = """<!DOCTYPE html><html><head>
<title>Clashes outside parliament | The Tbilisi Times</title>
<meta property="og:site_name" content="The Tbilisi Times">
<meta property="article:published_time" content="2023-03-09T18:00:00Z">
<script>var tracking = "Police said 999 people";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Clashes outside parliament</h1>
<p>Police said 27 people were detained overnight after clashes outside parliament in Tbilisi,
and that six officers had been treated in hospital for minor injuries.</p>
<!-- a comment that is not text -->
<p>Opposition leaders said at least 40 protesters had been hurt &amp; called for an
independent inquiry into the use of water cannon against the crowd.</p>
<p>The interior ministry said the detained would appear before a court on Friday, and that
investigators were reviewing video recorded by officers' body cameras.</p>
</article>
<footer>© 2023 The Tbilisi Times. All rights reserved.</footer>
</body></html>"""


def test_html_page_main_text_and_metadata():
    pytest.importorskip("trafilatura")
    (doc,) = load_bytes(HTML.encode(), "page.html")
    assert doc.format == "html"
    assert doc.outlet == "The Tbilisi Times" and doc.outlet_source == "field"
    assert doc.published == "2023-03-09" and doc.published_source == "field"
    assert "27 people were detained" in doc.body
    assert "at least 40 protesters had been hurt & called" in doc.body
    assert "999" not in doc.body and "a comment" not in doc.body
    text_blocks = [doc.body[b.start : b.end] for b in doc.blocks if b.kind is BlockKind.TEXT]
    assert any("27 people were detained" in t for t in text_blocks)


def test_markdown_heading_becomes_the_title():
    data = f"# Clashes Outside Parliament\n\n{TEXT}\n".encode()
    (doc,) = load_bytes(data, "a.md")
    assert doc.title == "Clashes Outside Parliament"
    assert doc.blocks[0].kind is BlockKind.TITLE
