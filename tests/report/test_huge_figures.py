"""A figure too big for a float's integers (issue 13, item 16): never printed with digits
the article never had. Integers stay exact in every digit; a float past 2**53 is shown
as the approximation it is."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kzdiff.cli import _register, cli
from kzdiff.report.phrases import bounds, fmt_number

_register()
FORTY_GROUPS = "1," + ",".join(f"{n % 1000:03d}" for n in range(123, 123 + 40 * 333, 333))


@pytest.mark.parametrize(
    ("x", "shown"),
    [
        (10**40, "10,000,000,000,000,000,000,000,000,000,000,000,000,000"),  # an int stays exact
        (2**53 - 1, "9,007,199,254,740,991"),
        (9007199254740992.0, "~9.0072e+15"),
        (1.2345678901234567e132, "~1.23457e+132"),
        (-1e20, "~-1e+20"),
        (float("inf"), "~inf"),
        (2.5, "2.5"),
        (44.0, "44"),
    ],
)
def test_fmt_number_never_invents_digits(x, shown) -> None:
    assert fmt_number(x) == shown


def test_bounds_of_a_huge_float() -> None:
    assert bounds(1e30, None) == "≥ ~1e+30"


def test_extract_table_of_a_forty_group_figure_has_only_the_articles_digits(tmp_path) -> None:
    assert FORTY_GROUPS.count(",") == 40
    (tmp_path / "big.txt").write_text(f"A total of {FORTY_GROUPS} people were killed.\n")
    res = CliRunner().invoke(
        cli,
        ["extract", str(tmp_path / "big.txt"), "--no-cache", "--color", "never"],
        catch_exceptions=False,
    )
    assert res.exit_code == 0
    article_digits = FORTY_GROUPS.replace(",", "")
    # every long run of digits on screen is a piece of the figure as the article wrote it
    for run in re.findall(r"\d[\d,]{20,}", res.stdout.replace("\n", "").replace(" ", "")):
        assert run.replace(",", "") in article_digits, run
    assert "  • ~1.12346e+120" in res.stdout  # the claim's figure, as the approximation it is
