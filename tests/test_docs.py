"""Every command is documented in the README and its help ends with an example."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from kzdiff.cli import _register, cli


def _ids(value: object) -> str:
    return value if isinstance(value, str) else ""


README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def _commands() -> list[tuple[str, click.Command]]:
    _register()
    out: list[tuple[str, click.Command]] = []
    for name, cmd in sorted(cli.commands.items()):
        out.append((name, cmd))
        if isinstance(cmd, click.Group):
            out.extend((f"{name} {sub}", c) for sub, c in sorted(cmd.commands.items()))
    return out


@pytest.mark.parametrize(("name", "cmd"), _commands(), ids=_ids)
def test_command_is_in_the_readme(name: str, cmd: click.Command) -> None:
    assert f"kzdiff {name}" in README, f"README.md does not mention `kzdiff {name}`"


@pytest.mark.parametrize(("name", "cmd"), _commands(), ids=_ids)
def test_help_ends_with_an_example(name: str, cmd: click.Command) -> None:
    help_text = (cmd.help or "").rstrip()
    assert "Example" in help_text, f"`kzdiff {name} --help` has no example"
    assert "kzdiff " in help_text.splitlines()[-1], name
