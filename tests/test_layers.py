"""The pipeline's stages depend only on earlier ones (docs/architecture: load -> extract
-> align -> compare -> report): a stage that imported a later one, or align that imported
extract, would parse article text again or tie two stages' internals together."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kzdiff"

# stage -> the kzdiff stages it must not import (shared modules such as records, vocab,
# lexicon, figures and referents are open to all)
FORBIDDEN = {
    "load": {"extract", "align", "compare", "report", "cli"},
    "extract": {"align", "compare", "report", "cli"},
    "align": {"extract", "compare", "report", "cli"},
    "report": {"extract", "load", "cli"},
}


def _stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "kzdiff" else None


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def _stage_files(stage: str) -> list[Path]:
    folder = PACKAGE / stage
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{stage}.py"]


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_a_stage_imports_no_later_stage(stage: str) -> None:
    wrong = [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path in _stage_files(stage)
        for module in sorted(_imports(path))
        if _stage_of(module) in FORBIDDEN[stage]
    ]
    assert wrong == []


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from kzdiff.align.names import group_names\nimport kzdiff.extract\n")
    assert {_stage_of(m) for m in _imports(module)} == {"align", "extract"}
