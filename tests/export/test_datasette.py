"""`datasette kzdiff.db -m kzdiff.metadata.json` serves the export: a real server on
127.0.0.1, asked through its JSON API. Needs the datasette extra (.ci/run installs it and
runs these after the fast suite); skipped without it."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kzdiff.export import metadata_path

pytest.importorskip("datasette", reason="needs the datasette extra: pip install -e '.[datasette]'")

pytestmark = pytest.mark.datasette


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def server(sample_db: Path) -> Iterator[str]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            str(sample_db),
            "-m",
            str(metadata_path(sample_db)),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _get(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None:
                    pytest.fail(f"datasette stopped: {proc.stdout.read() if proc.stdout else ''}")
                if time.monotonic() > deadline:
                    pytest.fail("datasette did not answer within 30 s")
                time.sleep(0.1)
        yield f"{base}/kzdiff"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_the_conflicts_view_through_the_json_api(server: str) -> None:
    rows = _get(f"{server}/conflicts.json?_shape=array")
    by_label = {(r["kind"], r["label"]): r for r in rows}
    assert set(by_label) == {
        ("fact", "people killed"),
        ("fact", "security forces killed"),
        ("event", "clashes in Almaty"),
    }
    toll = by_label[("fact", "people killed")]
    assert (toll["verdict"], toll["low"], toll["best"], toll["high"]) == ("revised", 44, 227, 227)
    assert toll["latest"] == "227 (RFE/RL, 2022-01-26)"
    forces = by_label[("fact", "security forces killed")]
    assert (forces["verdict"], forces["best"]) == ("revised", 19)
    assert by_label[("event", "clashes in Almaty")]["verdict"] == "conflict"


def test_facets_and_labels_come_from_the_metadata(server: str) -> None:
    facts = _get(f"{server}/facts.json")
    verdicts = {r["value"]: r["count"] for r in facts["facet_results"]["verdict"]["results"]}
    assert verdicts["revised"] == 2
    assert set(facts["facet_results"]) == {"category", "verdict"}
    claims = _get(f"{server}/claims.json?_labels=on&_shape=array&value=227")
    assert claims[0]["doc"]["label"].startswith("HRW Urges Kazakhstan")


def test_full_text_search_through_datasette(server: str) -> None:
    rows = _get(f"{server}/claims.json?_search=paratroopers&_shape=array")
    assert [(r["value"], r["category"]) for r in rows] == [(3000, "troops")]
    rows = _get(f"{server}/search_sentences.json?q=paratroopers&_shape=array")
    assert rows[0]["outlet"] == "Human Rights Watch"
