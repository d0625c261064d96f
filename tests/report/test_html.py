"""The HTML report, read as a reader reads it: badges, the revision, the charts, every
figure's link landing on its sentence, the filters, the row limits; no network, no script."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzdiff.cli import _register, cli, main
from kzdiff.pipeline import compare, extract_all, load
from kzdiff.records import Estimate, Fact, Report
from kzdiff.report import html as html_report
from kzdiff.report.html import FULL_FACTS, render_report_html
from kzdiff.report.phrases import ROWS
from kzdiff.report.sanitize import sanitize
from kzdiff.vocab import Category, Verdict

from . import HOSTILE_SENTENCE, KILLED, REPORT, V_PROJECTED, W_KILLED
from .dom import Element, parse, squash
from .test_table_limits import CLAIMS as MANY_CLAIMS
from .test_table_limits import REPORT as BIG_REPORT

_register()
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def sample() -> Report:
    corpus = load([str(CORPUS)])
    return compare(corpus, extract_all(corpus))


def _facts(doc: Element) -> list[Element]:
    return doc.find_all("section", "fact")


def _fact(doc: Element, label: str) -> Element:
    return next(f for f in _facts(doc) if squash(f.find_all(cls="label")[0].text()) == label)


def _badge(fact: Element) -> str:
    return fact.find_all("span", "badge")[0].text()


def _figures(fact: Element) -> list[str]:
    return [squash(td.text()) for td in fact.find_all("td", "fig")]


def assert_links_land_on_their_sentences(doc: Element, report: Report) -> int:
    """Every figure link (table and chart) targets an element holding the claim's sentence."""
    claims = {c.id: c for f in report.facts for c in (*f.claims, *f.parts)}
    links = [a for a in doc.find_all("a") if (a.attrs.get("href") or "").startswith("#s")]
    for a in doc.find_all("a", "figure"):
        claim = claims[a.attrs["data-claim"] or ""]
        target = doc.by_id((a.attrs["href"] or "")[1:])
        assert target is not None, a.attrs
        assert squash(sanitize(claim.sentence)) in squash(target.text()), claim.id
        figures = [squash(b.text()) for b in target.find_all("b")]
        assert any(squash(sanitize(claim.text)) in f or f in squash(claim.text) for f in figures)
    for a in links:  # chart marks too
        assert doc.by_id((a.attrs["href"] or "")[1:]) is not None
    return len(links)


# ---------------------------------------------------------------- the sample corpus


def test_sample_report_shows_the_fact_count_and_a_badge_per_fact(sample: Report) -> None:
    doc, _ = parse(render_report_html("compare", sample))
    count = doc.by_id("fact-count")
    assert count is not None and count.attrs["data-facts"] == str(len(sample.facts))
    assert squash(count.text()).startswith(f"{len(sample.facts)} facts: 2 diverge")
    facts = _facts(doc)
    assert len(facts) == len(sample.facts) == 11
    assert {_badge(f) for f in facts} <= {"AGREE", "CONSISTENT", "REVISED", "CONFLICT", "SINGLE"}
    assert _badge(facts[0]) in ("CONFLICT", "REVISED")  # divergence first, as in the table


def test_the_death_toll_is_revised_from_44_to_227(sample: Report) -> None:
    doc, _ = parse(render_report_html("compare", sample))
    killed = _fact(doc, "people killed")
    assert _badge(killed) == "REVISED"
    assert "low 44 (an earlier figure, since revised), best 227, high 227" in squash(killed.text())
    figures = _figures(killed)
    assert figures.index("44") < figures.index("227")
    latest = [tr for tr in killed.find_all("tr") if "latest" in tr.text()]
    assert [squash(tr.find_all("td", "fig")[0].text()) for tr in latest] == ["227"]
    # the chart: 227 stands above and to the right of 44, and is marked latest
    marks = killed.find_all("g", "mark")
    by_title = {m.find_all("title")[0].text().split(" · ")[0]: m for m in marks}
    assert "latest" in by_title["RFE/RL: 227"].classes()
    c44 = by_title["Democracy Now!: 44"].find_all("circle")[0].attrs
    c227 = by_title["RFE/RL: 227"].find_all("circle")[0].attrs
    assert float(c227["cx"] or 0) > float(c44["cx"] or 0)
    assert float(c227["cy"] or 0) < float(c44["cy"] or 0)  # svg y grows downwards


def test_chart_marks_bounds_vague_figures_and_undated_figures_apart(sample: Report) -> None:
    doc, _ = parse(render_report_html("compare", sample))
    killed = _fact(doc, "people killed")
    shapes = {
        m.find_all("title")[0].text().split(" · ")[0]: m.classes()
        for m in killed.find_all("g", "mark")
    }
    assert "up" in shapes["Human Rights Watch: ≥ 42 (“dozens” of … 18”)"]  # at least: open above
    assert "vague" in shapes["Human Lives Human Rights: dozens"]  # a range, drawn as a band
    svg = killed.find_all("svg")[0]
    lane = next(x for x in svg.find_all("line", "lane"))
    assert "undated" in [t.text() for t in svg.find_all("text")]
    lane_x = float(lane.attrs["x1"] or 0)
    for m in killed.find_all("g", "mark"):
        title = m.find_all("title")[0].text()
        x = max(
            float(e.attrs.get("cx") or e.attrs.get("x1") or e.attrs.get("x") or 0)
            for e in m.iter()
            if e.tag in ("circle", "line", "rect")
        )
        if "date unknown" in title:
            assert x > lane_x, title
        elif "as of" in title:
            assert x < lane_x, title


def test_every_figure_links_to_its_sentence_highlighted_in_its_article(sample: Report) -> None:
    doc, _ = parse(render_report_html("compare", sample))
    assert assert_links_land_on_their_sentences(doc, sample) >= 2 * 20  # table + chart
    articles = doc.find_all("article", "doc")
    assert len(articles) == 5
    rferl = next(a for a in articles if "RFE/RL" in a.find_all("h3")[0].text())
    assert "2022-01-26" in rferl.find_all("h3")[0].text()
    cited = squash(rferl.find_all("details")[0].text())
    assert "227" in cited and "per Kazakh authorities" in cited


def test_names_quotes_and_events_are_shown_as_in_the_terminal_report(sample: Report) -> None:
    doc, _ = parse(render_report_html("compare", sample))
    text = squash(doc.text())
    assert "Names spelled differently" in text and "Qasym-Zhomart Toqaev" in text
    assert "Quotes worded differently" in text
    assert "difference: [given the order to] shoot [to kill] without warning" in text
    assert "Events dated differently" in text and "(photo caption)" in text


def test_filters_are_checkboxes_and_css_for_each_verdict_and_category(sample: Report) -> None:
    out = render_report_html("compare", sample)
    doc, _ = parse(out)
    boxes = {i.attrs["id"] for i in doc.find_all("input")}
    assert {"fv-revised", "fv-single", "fc-killed", "fc-detained"} <= boxes
    assert "#fv-revised:not(:checked)~main .v-revised{display:none}" in out
    killed = _fact(doc, "people killed")
    assert {"v-revised", "c-killed"} <= killed.classes()
    labels = [squash(lab.text()) for lab in doc.find_all("label")]
    assert "REVISED (2)" in labels and "killed (5)" in labels


def test_the_page_needs_no_network_and_runs_no_script(sample: Report) -> None:
    out = render_report_html("compare", sample, explain=True)
    _, tags = parse(out)
    assert not [t for t, _ in tags if t in ("script", "link", "iframe", "img", "object")]
    for _, attrs in tags:
        for name, value in attrs:
            assert not name.startswith("on")
            if name in ("href", "src"):
                assert (value or "").startswith("#"), value
    assert "url(" not in out and "@import" not in out
    assert "default-src 'none'" in out  # the CSP forbids scripts and requests


def test_output_is_the_same_bytes_each_time(sample: Report) -> None:
    assert render_report_html("compare", sample) == render_report_html("compare", sample)


def test_claim_page_names_the_query_and_lists_facts_when_none_match(sample: Report) -> None:
    empty = dataclasses.replace(sample, facts=(), names=(), quotes=(), events=())
    doc, _ = parse(render_report_html("claim", empty, query="<b>tanks</b>", available=sample.facts))
    text = squash(doc.text())
    assert "No fact matches “<b>tanks</b>”." in text
    assert "people killed REVISED 5 sources" in text
    assert not doc.find_all("section", "fact")


# ---------------------------------------------------------------- hand-built records


def test_hostile_outlet_and_sentence_reach_the_page_inert() -> None:
    out = render_report_html("compare", REPORT)
    assert "\x1b" not in out and "\u202e" not in out and "\r" not in out
    doc, _ = parse(out)
    target = doc.by_id(f"s2-{KILLED.claims[0].sentence_start}")
    assert target is not None
    assert "[red]according[/red]" in target.text()  # Rich markup is only text here
    assert squash(sanitize(HOSTILE_SENTENCE)) in squash(target.text())


def test_projected_figures_are_marked_apart() -> None:
    doc, _ = parse(render_report_html("compare", REPORT))
    row = next(tr for tr in doc.find_all("tr") if tr.attrs.get("data-claim") == V_PROJECTED.id)
    assert "projected" in row.classes() and "PROJECTION" in row.text()
    marks = [m for m in doc.find_all("g", "mark") if "5,000" in m.text()]
    assert marks and all("projected" in m.classes() for m in marks)


def test_a_fact_with_many_sources_shows_the_ends_and_a_band_for_the_rest() -> None:
    doc, _ = parse(render_report_html("compare", BIG_REPORT))
    fact = _facts(doc)[0]
    rows = [tr for tr in fact.find_all("tr") if tr.attrs.get("data-claim")]
    assert len(rows) == ROWS
    between = squash(fact.find_all("tr", "between")[0].text())
    assert between.startswith(f"… {len(MANY_CLAIMS) - ROWS} more: figures 106 to 133")
    assert fact.find_all("rect", "band")
    assert len(doc.find_all("article", "doc")) == ROWS  # only the articles cited
    doc, _ = parse(render_report_html("compare", BIG_REPORT, limit=None))
    rows = [tr for tr in _facts(doc)[0].find_all("tr") if tr.attrs.get("data-claim")]
    assert len(rows) == len(MANY_CLAIMS) and not doc.find_all("rect", "band")


def test_past_full_facts_the_smaller_facts_are_one_line_each() -> None:
    facts = tuple(
        Fact(
            id=f"f{i}",
            label=f"fact {i}",
            category=Category.KILLED,
            subject="people",
            scope=None,
            verdict=Verdict.SINGLE if i % 2 else Verdict.CONFLICT,
            sources=1 + i,
            estimate=Estimate(i, i, i, ""),
            claims=(W_KILLED,),
        )
        for i in range(FULL_FACTS + 5)
    )
    rep = dataclasses.replace(REPORT, facts=facts)
    doc, _ = parse(render_report_html("compare", rep))
    full = {squash(f.find_all(cls="label")[0].text()) for f in _facts(doc)}
    assert len(full) == FULL_FACTS and "fact 0" not in full and f"fact {FULL_FACTS + 4}" in full
    tail = doc.find_all("section", "tail")[0]
    assert squash(tail.find_all("h2")[0].text()) == "5 more facts"
    assert len(tail.find_all("tr")) == 1 + 5
    doc, _ = parse(render_report_html("compare", rep, limit=None))
    assert len(_facts(doc)) == FULL_FACTS + 5 and not doc.find_all("section", "tail")


def test_a_long_article_shows_only_the_paragraphs_cited(monkeypatch) -> None:
    monkeypatch.setattr(html_report, "BODY_LIMIT", 100)
    doc, _ = parse(render_report_html("compare", REPORT))
    herald = next(a for a in doc.find_all("article", "doc") if "Coastal Herald" in a.text())
    text = herald.find_all("div", "text")[0].text()
    assert "Subscribe to our newsletter" not in text and "[…]" in text
    assert "At least 12 people were killed" in text


# ---------------------------------------------------------------- the command line


def test_compare_format_html_writes_one_page_on_stdout() -> None:
    result = CliRunner().invoke(
        cli, ["compare", str(CORPUS), "--format", "html", "-q", "--no-cache", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>") and result.stdout.endswith("</html>\n")
    assert result.stderr == ""


def test_claim_format_html_shows_only_the_facts_asked_for() -> None:
    result = CliRunner().invoke(
        cli, ["claim", "death toll", str(CORPUS), "--format", "html", "-q", "--no-cache", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    doc, _ = parse(result.stdout)
    assert "query: “death toll”" in squash(doc.text())
    labels = [squash(f.find_all(cls="label")[0].text()) for f in _facts(doc)]
    assert "people killed" in labels and "people detained" not in labels
    # as in the terminal's claim view, each figure's sentence stands under it, figure marked
    row = next(
        tr for tr in doc.find_all("tr") if tr.attrs.get("data-claim") == "2022-01-26-rferl:c4"
    )
    sentence = row.find_all("q", "sentence")[0]
    assert squash(sentence.text()).startswith("Kazakh authorities have said that 227 people")
    assert [b.text() for b in sentence.find_all("b")] == ["227"]


@pytest.mark.parametrize(
    "command",
    [
        ["extract", str(CORPUS), "--no-cache"],
        ["sources", str(CORPUS)],
        ["quantities", str(CORPUS / "2022-01-07-hrw.txt")],
    ],
)
def test_commands_without_facts_refuse_html(command: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main([*command, "--format", "html"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kzdiff: {command[0]} has no html form")


def test_only_an_html_run_imports_jinja2() -> None:
    code = (
        "import sys; from kzdiff.cli import main; sys.argv=['kzdiff','compare','{c}',"
        "'--format','{f}','-q','-j','1']\ntry: main()\nexcept SystemExit: pass\n"
        "print('jinja2' in sys.modules, file=sys.stderr)"
    )
    for fmt, imported in (("json", "False"), ("html", "True")):
        done = subprocess.run(
            [sys.executable, "-c", code.format(c=CORPUS, f=fmt)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        assert done.stderr.strip().splitlines()[-1] == imported, done.stderr
