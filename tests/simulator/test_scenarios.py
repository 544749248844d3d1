"""The built-in scenario library (assets/scenarios/*.go) against its real-Go recordings.

``assets/scenarios/expected.json`` holds what each scenario printed when built and run with the
real Go toolchain (``python3 assets/scenarios/record.py``; the Kubernetes scenario is run with
its ``//deferlab:signal`` lines, which send what the kubelet would send).  The simulator, run
with the scenario's own settings, must reproduce stdout, the first stderr line and the status.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from simulator.scenario import parse_scenario

SCENARIO_DIR = Path(__file__).resolve().parents[2] / "assets" / "scenarios"
SCENARIOS = sorted(SCENARIO_DIR.glob("*.go"))
EXPECTED_PATH = SCENARIO_DIR / "expected.json"
EXPECTED = json.loads(EXPECTED_PATH.read_text(encoding="utf-8")) if EXPECTED_PATH.exists() else {}

TOPICS = {"defer", "panic", "exit", "signals", "scheduler", "context", "sync", "http",
          "kubernetes", "stress"}
CHARTS = {"defer-stack", "preemption", "signal-shutdown", "http-shutdown", "context-tree",
          "panic-recover", "exit-paths", "waitgroup-done"}
IDS = [p.name for p in SCENARIOS]


def test_library_is_there():
    """The library exists, its files are numbered NN_slug.go, and 01 is the default scenario."""
    assert len(SCENARIOS) >= 21
    for p in SCENARIOS:
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.go", p.name), p.name
    assert SCENARIOS[0].name == "01_main_exit_loses_defer.go"


def test_every_scenario_is_recorded():
    """expected.json has one recording per scenario and none for removed files."""
    assert set(EXPECTED) == set(IDS)


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_directives(path):
    """parse_scenario accepts the file; title, topic, seed section, charts and both notices are set."""
    sc = parse_scenario(path.read_text(encoding="utf-8"), path.name)
    assert sc.title
    assert sc.topic in TOPICS
    assert sc.seed_section
    assert sc.charts and set(sc.charts) <= CHARTS
    assert sc.notice_en and sc.notice_zh
    assert re.search(r"[\u4e00-\u9fff]", sc.notice_zh), "notice-zh should be Chinese"


@pytest.mark.parametrize("path", SCENARIOS, ids=IDS)
def test_simulation_matches_real_go(path):
    """The simulator prints what the compiled program printed, and exits the same way."""
    from simulator import simulate

    source = path.read_text(encoding="utf-8")
    sc = parse_scenario(source, path.name)
    want = EXPECTED[path.name]
    got = simulate(source, path.name, sc.config)
    assert got.errors == []
    assert got.stdout == want["stdout"]
    assert got.stderr_first == want["stderr_first"]
    assert got.status == want["status"]
