"""The terminal report over a large corpus: ends of each listing shown, the middle counted."""

from __future__ import annotations

import io

from rich.console import Console

from kzdiff.records import (
    Block,
    Claim,
    Document,
    Estimate,
    EventGroup,
    EventMention,
    Fact,
    NameGroup,
    NameVariant,
    Report,
)
from kzdiff.report.table import ROWS, render_claim_table, render_compare_table
from kzdiff.vocab import Category, EntityLabel, Qualifier, Status, Verdict

N = 40  # reports of one landslide, one a day from 1 March, the toll rising by one a day


def _doc(i: int) -> Document:
    body = f"Rescuers said {100 + i} people had died in the landslide."
    return Document(
        id=f"d{i:02d}",
        path=f"d{i:02d}.txt",
        body=body,
        blocks=(Block(0, len(body)),),
        outlet=f"Paper {i:02d}",
        published=f"2024-03-{1 + i % 28:02d}",
    )


DOCS = tuple(_doc(i) for i in range(N))


def _claim(doc: Document, i: int) -> Claim:
    text = str(100 + i)
    start = doc.body.index(text)
    return Claim(
        id=f"{doc.id}:c1",
        doc=doc.id,
        text=text,
        start=start,
        end=start + 3,
        value=100 + i,
        low=100 + i,
        high=100 + i,
        qualifier=Qualifier.EXACT,
        category=Category.KILLED,
        subject="people",
        part_of=None,
        attribution="Rescuers",
        as_of=f"2024-04-{1 + i % 28:02d}" if i < 28 else f"2024-05-{i - 27:02d}",
        status=Status.ASSERTED,
        sentence=doc.body,
        sentence_start=0,
    )


CLAIMS = tuple(_claim(d, i) for i, d in enumerate(DOCS))
FACT = Fact(
    id="f1",
    label="people killed",
    category=Category.KILLED,
    subject="people",
    scope=None,
    verdict=Verdict.REVISED,
    sources=N,
    estimate=Estimate(100, 139, 139, "rule"),
    claims=CLAIMS,
    latest=CLAIMS[-1].id,
)
NAMES = (
    NameGroup(
        "Karsa",
        EntityLabel.GPE,
        tuple(NameVariant(f"Karsa-{i}", tuple(d.id for d in DOCS)) for i in range(20)),
    ),
)
EVENT = EventGroup(
    "landslide",
    Verdict.CONFLICT,
    tuple(
        EventMention(d.id, f"2024-03-{1 + i % 28:02d}", "the landslide") for i, d in enumerate(DOCS)
    ),
)
REPORT = Report(documents=DOCS, facts=(FACT,), names=NAMES, events=(EVENT,))


def _render(fn, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    console = Console(width=200, record=True, color_system=None, file=io.StringIO())
    fn(*args, console, **kwargs)
    return console.export_text()


def _figures(out: str) -> list[str]:
    return [str(v) for v in range(100, 100 + N) if f"  {v}  " in out]


def test_a_fact_shows_its_first_and_last_sources_and_counts_the_rest():
    out = _render(render_compare_table, REPORT)
    shown = _figures(out)
    assert len(shown) == ROWS
    assert shown == [str(v) for v in (*range(100, 106), *range(134, 140))]
    # what lies between: how many, their figures and dates, and how to see them
    assert (
        "… 28 more: figures 106 to 133, dated 2024-04-07 to 2024-05-06 (--all lists them)"
    ) in out


def test_all_lists_every_source():
    out = _render(render_compare_table, REPORT, limit=None)
    assert len(_figures(out)) == N
    assert "more:" not in out


def test_the_header_names_the_first_outlets_and_counts_the_others():
    out = _render(render_compare_table, REPORT)
    assert "40 outlets: Paper 00, Paper 01," in out
    assert f"Paper {ROWS - 1:02d} and {N - ROWS} more" in out
    assert f"Paper {ROWS:02d}," not in out


def test_a_name_lists_its_first_spellings_and_sources():
    out = _render(render_compare_table, REPORT)
    assert "Karsa-11 — " in out and "Karsa-12 — " not in out
    assert "… 8 more spellings (--all lists them)" in out
    assert f"Paper {ROWS - 1:02d} and {N - ROWS} more" in out.split("Karsa-0 — ")[1]


def test_an_event_shows_its_first_and_last_mentions():
    out = _render(render_compare_table, REPORT)
    section = out.split("Events dated differently")[1]
    assert section.count("the landslide") == ROWS
    assert "… 28 more mentions: dated 2024-03-01 to 2024-03-28 (--all lists them)" in section


def test_claim_timeline_is_capped_the_same_way():
    out = _render(render_claim_table, Report(documents=DOCS, facts=(FACT,)), query="killed")
    assert out.count("Rescuers said") == ROWS
    assert "… 28 more: figures 106 to 133" in out
    full = _render(
        render_claim_table, Report(documents=DOCS, facts=(FACT,)), query="killed", limit=None
    )
    assert full.count("Rescuers said") == N


def test_the_cli_help_names_the_table_limit():
    from kzdiff.cli.commands import _table_rows

    assert _table_rows() == ROWS


def test_grouping_reasons_are_capped_too():
    why = tuple(f"reason {i}" for i in range(30))
    fact = Fact(
        id=FACT.id,
        label=FACT.label,
        category=FACT.category,
        subject=FACT.subject,
        scope=None,
        verdict=FACT.verdict,
        sources=FACT.sources,
        estimate=FACT.estimate,
        claims=FACT.claims,
        why=why,
    )
    report = Report(documents=DOCS, facts=(fact,))
    for out in (
        _render(render_claim_table, report, query="killed"),
        _render(render_compare_table, report, explain=True),
    ):
        assert "reason 11" in out and "reason 12" not in out
        assert "… 18 more reasons (--all lists them)" in out
    assert "reason 29" in _render(render_claim_table, report, query="killed", limit=None)
