"""The "This run" chart: each "SIG sent" node points to where that delivery went."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.flowchart import parse_chart
from app.flowchart.derived import derive_chart
from simulator import simulate
from simulator.scenario import merge_flags, parse_scenario, parse_signal

SCENARIOS = Path(__file__).resolve().parents[2] / "assets" / "scenarios"

NO_NOTIFY = """package main

import (
\t"fmt"
\t"time"
)

func main() {
\tdefer fmt.Println("bye")
\tfor {
\t\ttime.Sleep(10 * time.Millisecond)
\t}
}
"""


def run_chart(source: str, name: str, signals=()):
    sc = parse_scenario(source, name)
    cfg = merge_flags(sc.config, signals=[parse_signal(s) for s in signals])
    return parse_chart(derive_chart(simulate(source, name, cfg).trace), name)


def scenario_chart(prefix: str):
    path = next(SCENARIOS.glob(f"{prefix}_*.go"))
    return run_chart(path.read_text(encoding="utf-8"), path.name)


def signal_targets(chart):
    """(sent label, [target node ids]) per "SIG sent" node, in chart order."""
    return [(n.label, [e.dst for e in chart.edges if e.src == nid])
            for nid, n in chart.nodes.items() if " sent by " in n.label]


def test_each_signal_points_to_its_own_receive():
    """Scenario 12: SIGHUP, SIGHUP, SIGTERM go to three distinct receive nodes, in order."""
    chart = scenario_chart("12")
    sent = signal_targets(chart)
    assert [label.split()[0] for label, _ in sent] == ["SIGHUP", "SIGHUP", "SIGTERM"]
    assert all(len(t) == 1 for _, t in sent)
    targets = [t[0] for _, t in sent]
    assert len(set(targets)) == 3
    assert [chart.nodes[t].label for t in targets] == ["receives SIGHUP", "receives SIGHUP",
                                                       "receives SIGTERM"]
    order = list(chart.nodes)
    assert sorted(targets, key=order.index) == targets


def test_sigkill_points_to_exit_not_to_a_receive():
    """Scenario 26: SIGTERM goes to its receive, SIGKILL to the exit node."""
    chart = scenario_chart("26")
    (term, term_to), (kill, kill_to) = signal_targets(chart)
    assert term.startswith("SIGTERM") and [chart.nodes[t].label for t in term_to] == ["receives SIGTERM"]
    assert kill.startswith("SIGKILL") and kill_to == ["EXIT"]
    assert "killed by SIGKILL" in chart.nodes["EXIT"].label


@pytest.mark.parametrize("prefix", ["18", "26"])
def test_no_panic_decision_before_a_signal_kill(prefix):
    """A goroutine killed by SIGKILL never reached "panic?": no diamond leads to its end."""
    chart = scenario_chart(prefix)
    killed = {nid for nid, n in chart.nodes.items() if n.label.startswith("process ends: killed")}
    assert killed
    into_killed = {e.src for e in chart.edges if e.dst in killed}
    assert not any(chart.nodes[src].label == "panic?" for src in into_killed)
    assert not any(n.label == "panic?" for n in chart.nodes.values())


def test_sigterm_without_notify_points_to_exit():
    """SIGTERM with no signal.Notify kills the process: its arrow goes to EXIT."""
    chart = run_chart(NO_NOTIFY, "main.go", ["SIGTERM@25ms"])
    assert signal_targets(chart) == [("SIGTERM sent by --signal", ["EXIT"])]
    assert "killed by SIGTERM" in chart.nodes["EXIT"].label
