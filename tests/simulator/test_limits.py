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


RECURSE = """package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	fmt.Println(depth(N))
}
"""


def test_deep_recursion_runs_and_the_recursion_limit_comes_back():
    """Go stacks grow: 30,000 calls deep is fine (runtime/stack.py); the interpreter's own
    recursion limit is what it was once the run is over."""
    import sys
    before = sys.getrecursionlimit()
    r = simulate(RECURSE.replace("N", "30000"), "main.go")
    assert (r.stdout, r.status) == ("30000\n", 0)
    assert sys.getrecursionlimit() == before


def test_endless_recursion_is_a_stack_overflow_with_an_elided_traceback():
    r = simulate(RECURSE.replace("depth(n-1)", "depth(n+1)").replace("(N)", "(5)"), "main.go")
    assert r.status == 2
    lines = r.stderr.splitlines()
    assert lines[:2] == ["runtime: goroutine stack exceeds 1000000000-byte limit",
                         "fatal error: stack overflow"]
    # Go prints the innermost 50 and the outermost 50 frames of a deep stack
    assert sum(1 for ln in lines if ln == "main.depth(...)") == 99   # + main.main outermost
    assert any(ln.startswith("...") and ln.endswith(" frames elided...") for ln in lines)


def test_flag_redefined_panics_like_go():
    """Go names the CommandLine flag set after os.Args[0] (./prog when run as ./prog)."""
    src = ('package main\nimport "flag"\nfunc main() {\n\tflag.Int("n", 1, "")\n'
           '\tflag.Int("n", 2, "")\n}\n')
    r = simulate(src, "prog.go")
    assert r.status == 2
    assert r.stderr.splitlines()[:2] == ["./prog flag redefined: n", "panic: ./prog flag redefined: n"]
