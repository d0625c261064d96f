"""Test-wide settings: tests never write into the user's real cache."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    mp.delenv("KZDIFF_CACHE_DIR", raising=False)
    yield
    mp.undo()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests run only when asked for (`pytest -m browser`, as .ci/run does after
    the fast suite): the fast suite then never depends on whether Chromium is installed,
    and does not pay for starting it."""
    if "browser" in (config.getoption("markexpr", "") or ""):
        return
    skip = pytest.mark.skip(reason="browser test: run `pytest -m browser` (needs chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)
