"""The HTML report of the sample corpus in a real browser: headless Chromium loads it
from disk, a screenshot is taken, and the DOM it built is checked for what a reader sees.

Run with `pytest -m browser` (.ci/run does, after installing Debian's chromium where it
is missing); skipped when no Chromium is installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kzdiff.pipeline import compare, extract_all, load
from kzdiff.records import Report
from kzdiff.report.html import render_report_html

from .dom import Element, parse, squash
from .test_html import CORPUS, _badge, _fact, _figures, assert_links_land_on_their_sentences

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium: apt-get install chromium"),
]


def chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            f"--user-data-dir={tmp / 'profile'}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report]:
    corpus = load([str(CORPUS)])
    report = compare(corpus, extract_all(corpus))
    page = tmp_path_factory.mktemp("html") / "report.html"
    page.write_text(render_report_html("compare", report), encoding="utf-8")
    return page, report


@pytest.fixture(scope="module")
def dom(rendered: tuple[Path, Report], tmp_path_factory: pytest.TempPathFactory) -> Element:
    page, _ = rendered
    done = chromium(tmp_path_factory.mktemp("chromium"), "--dump-dom", page.as_uri())
    doc, _ = parse(done.stdout)
    return doc


def test_chromium_shows_the_fact_count(dom: Element, rendered: tuple[Path, Report]) -> None:
    _, report = rendered
    count = dom.by_id("fact-count")
    assert count is not None
    assert squash(count.text()).startswith(f"{len(report.facts)} facts: 2 diverge")
    assert len(dom.find_all("section", "fact")) == len(report.facts) == 11


def test_chromium_shows_the_death_toll_revised_from_44_to_227(dom: Element) -> None:
    killed = _fact(dom, "people killed")
    assert _badge(killed) == "REVISED"
    figures = _figures(killed)
    assert figures.index("44") < figures.index("227")
    assert killed.find_all("svg") and killed.find_all("g", "mark")


def test_in_chromium_every_figure_link_lands_on_its_sentence(
    dom: Element, rendered: tuple[Path, Report]
) -> None:
    _, report = rendered
    assert assert_links_land_on_their_sentences(dom, report) >= 40
    # the browser ran no script and built no element the template did not write
    assert not dom.find_all("script")


def test_chromium_takes_a_screenshot(rendered: tuple[Path, Report], tmp_path: Path) -> None:
    page, _ = rendered
    shot = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1000,1400", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a page was drawn


def _load_variant(page: Path, tmp: Path, edit) -> Element:  # type: ignore[no-untyped-def]
    """Chromium's DOM of a copy of the page changed by ``edit`` (a str -> str)."""
    copy = tmp / "variant.html"
    copy.write_text(edit(page.read_text(encoding="utf-8")), encoding="utf-8")
    doc, _ = parse(chromium(tmp, "--dump-dom", copy.as_uri()).stdout)
    return doc


def test_the_page_policy_stops_any_script_that_got_in(
    rendered: tuple[Path, Report], tmp_path: Path
) -> None:
    """Defence in depth: were a script ever to reach the page, its CSP would not run it."""
    page, _ = rendered
    probe = "<script>document.body.setAttribute('data-ran', 'yes')</script></body>"
    doc = _load_variant(page, tmp_path, lambda html: html.replace("</body>", probe))
    body = doc.find_all("body")[0]
    assert body.find_all("script") and "data-ran" not in body.attrs


def test_unticking_a_verdict_hides_its_facts_in_the_browser(
    rendered: tuple[Path, Report], tmp_path: Path
) -> None:
    """The filters are CSS: with the REVISED box unticked, Chromium lays out no revised
    fact. A test-only probe (the page's CSP removed from the copy) reads what is shown."""
    page, _ = rendered
    probe = (
        "<script>document.body.dataset.shown = [...document.querySelectorAll('section.fact')]"
        ".filter(f => getComputedStyle(f).display !== 'none')"
        ".map(f => f.dataset.verdict).join(' ')</script></body>"
    )

    def untick_revised(html: str) -> str:
        html = html.replace('id="fv-revised" checked', 'id="fv-revised"')
        html = html.replace('<meta http-equiv="Content-Security-Policy"', "<meta")
        return html.replace("</body>", probe)

    shown = _load_variant(page, tmp_path, untick_revised).find_all("body")[0].attrs["data-shown"]
    verdicts = (shown or "").split()
    assert "revised" not in verdicts and len(verdicts) == 11 - 2
