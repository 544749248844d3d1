"""A program that never ends stops with status 124, in seconds, whichever limit it reaches first:
virtual time (--max-time) or trace size (--max-events)."""
import subprocess
import sys
from pathlib import Path

from simulator import RunConfig, simulate

ROOT = Path(__file__).resolve().parents[2]

PRINT_FOREVER = """package main

import "fmt"

func main() {
	defer fmt.Println("never printed")
	for i := 0; ; i++ {
		fmt.Println(i)
	}
}
"""


def test_endless_printing_stops_at_the_event_limit():
    r = simulate(PRINT_FOREVER, "main.go", RunConfig(max_events=20_000))
    assert r.status == 124
    assert "20000 trace events" in r.reason
    lines = r.stdout.splitlines()
    assert lines[:3] == ["0", "1", "2"] and len(lines) > 1000
    assert len(r.trace) < 20_000 + 1_000          # stops within a slice of the limit
    # main's pending defer is recorded as lost, not run
    from simulator.tracing.events import EventKind as K
    assert [e.data["reason"] for e in r.trace.of_kind(K.DEFER_LOST)] == [
        "still running when the simulation stopped"]


def test_event_limit_is_recorded_in_the_trace_config():
    r = simulate(PRINT_FOREVER, "main.go", RunConfig(max_events=5_000))
    assert r.trace.meta["config"]["max_events"] == 5_000


def test_cli_max_events_flag(tmp_path):
    prog = tmp_path / "loop.go"
    prog.write_text(PRINT_FOREVER)
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "run", str(prog), "--max-events", "3000"],
                       capture_output=True, text=True)
    assert r.returncode == 124
    assert r.stdout.startswith("0\n1\n2\n")
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "run", str(prog), "--max-events", "0"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "--max-events" in bad.stderr
