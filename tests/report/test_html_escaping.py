"""Article text is untrusted: in the HTML report none of it may become markup.

Articles, their front matter (outlet, title, url) and the quotes and names read from
them carry script tags, event-handler attributes, javascript: links and closing tags
(</style>, </textarea>, </title>) meant to break out of where the text is put. The
page is parsed back and every element and attribute in it must be the template's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzdiff.pipeline import compare, extract_all, load
from kzdiff.report.html import render_report_html

from .dom import parse, squash

ARTICLE_A = """---
outlet: Evil <script>alert('outlet')</script> Times
published: 2024-05-02
title: </title><script>alert(1)</script> Toll rises
url: javascript:alert(1)
---

At least 12 people were killed <script>alert("x")</script> in the flood on Tuesday, officials said.

The interior ministry said 31 people were killed <img src=x onerror=alert(2)> by the water, \
and <a href="javascript:alert(3)">click</a> more.

"We will rebuild </textarea><svg onload=alert(4)>," said governor Ana Petrova \
</style><style>body{display:none}</style>.
"""

ARTICLE_B = """---
outlet: Wire </style> Service
published: 2024-05-03
---

The death toll rose to 40 people killed, the ministry said <iframe src="http://example.com">\
</iframe> on Wednesday. '><body onload=alert(5)> \
"We will rebuild </textarea><svg onload=alert(4)>," said governor Anna Petrova.
"""

# Every element the template writes; nothing else may appear.
TEMPLATE_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "input",
    "header",
    "h1",
    "h2",
    "h3",
    "p",
    "strong",
    "nav",
    "span",
    "label",
    "div",
    "svg",
    "circle",
    "line",
    "path",
    "rect",
    "main",
    "section",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
    "g",
    "text",
    "details",
    "summary",
    "ul",
    "li",
    "article",
    "mark",
    "b",
    "em",
    "footer",
}
# what the articles try to open or close; written raw, each would be markup (an
# "onerror=" or "javascript:" left as text is harmless: the attribute check covers them)
EVIL = (
    "<script",
    "<img src=x",
    "<svg onload",
    '<a href="javascript',
    "</style><style>",
    "</textarea><svg",
    "<iframe",
    "</title><script",
    "<body onload",
    "<!--",
    "</style> service",
)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder: Path = tmp_path_factory.mktemp("hostile")
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b<script>alert(6)<!--.txt").write_text(ARTICLE_B, encoding="utf-8")
    corpus = load([str(folder)])
    report = compare(corpus, extract_all(corpus))
    assert report.facts, "the hostile articles must yield figures, or nothing is tested"
    return render_report_html("compare", report, explain=True, limit=None)


def test_no_element_or_attribute_comes_from_an_article(page: str) -> None:
    _, tags = parse(page)
    assert {tag for tag, _ in tags} <= TEMPLATE_TAGS
    assert [tag for tag, _ in tags].count("style") == 1
    assert [tag for tag, _ in tags].count("title") == 1 + sum(1 for t, _ in tags if t == "g")
    for _, attrs in tags:
        for name, value in attrs:
            assert not name.startswith("on"), (name, value)
            assert "javascript" not in (value or "").lower(), (name, value)
            if name in ("href", "src"):
                assert (value or "").startswith("#"), value


def test_the_hostile_text_is_shown_as_text(page: str) -> None:
    doc, _ = parse(page)
    text = doc.text()
    for needle in (
        '<script>alert("x")</script>',
        "<img src=x onerror=alert(2)>",
        '<a href="javascript:alert(3)">click</a>',
        "</style><style>",
        "</textarea><svg onload=alert(4)>",
        "Evil <script>alert('outlet')</script> Times",
        "Wire </style> Service",
    ):
        assert needle in text, needle
    # the figures are still linked to their sentences, markup and all
    marks = [squash(m.text()) for m in doc.find_all("mark")]
    assert any("31 people were killed <img src=x onerror=alert(2)>" in m for m in marks)


def test_escaped_markup_never_appears_raw(page: str) -> None:
    body = page.split("</style>", 1)[1]  # past the template's own style sheet
    for needle in EVIL:
        assert needle not in body.lower(), needle
