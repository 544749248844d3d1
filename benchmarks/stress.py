"""The seed's stress test through ``main.py run`` vs the same model hand-written in SimPy, one run.

N goroutines each run ``defer wg.Done()``, ``defer atomic.AddInt64(&n, 1)`` and
``time.Sleep(time.Microsecond)``; main waits and prints n.  The simulator records the full trace
(every statement, frame, defer, park and wake-up); the SimPy model records nothing.

Prints, for each N: seconds for each, the ratio simulator/SimPy (target: <= 1.0 at 100k), trace
events, and trace bytes per event (target: < 100; what the run recorded plus the per-event columns
every reader derives).  Ratios are measured in one run on one machine: each side runs
``--repeat`` times (default 3), interleaved, and the best times are compared, so machine noise
cancels out; absolute seconds are for orientation only.  Both sides are warmed up first.

``--seed-shape`` runs the seed article's own TestDeferUnderHighLoad body instead: the count is
kept by a deferred *closure* (``defer func() { atomic.AddInt64(counter, 1) }()``, a Go call with
its own frame) and ``wg.Done()`` is called after the sleep; the SimPy model does the same work.

usage: python benchmarks/stress.py [--seed-shape] [--repeat K] [N ...]   (default: 10000 100000)
"""
from __future__ import annotations

import contextlib
import gc
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PROGRAM = """package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var n int64
	for i := 0; i < {N}; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer atomic.AddInt64(&n, 1)
			time.Sleep(time.Microsecond)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
}
"""


#: runs of each side per N; the best time of each is compared (other tenants' load comes in
#: bursts that would otherwise land on one side only)
REPEAT = 3

#: the seed article's TestDeferUnderHighLoad, as a program (see --seed-shape): the recorded
#: test program, with its goroutine count made a parameter
SEED_SHAPE = (Path(__file__).resolve().parents[1] / "tests" / "programs" / "conc_seed_stress_shape.go"
              ).read_text().replace("i < 1000;", "i < {N};")


def run_simulator(n: int, program: str = PROGRAM) -> float:
    """Seconds for ``main.py run stress.go`` (in this process: no interpreter start-up, as for
    SimPy; the trace is recorded and freed inside the timing)."""
    import main as cli
    src = program.replace("{N}", str(n))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stress.go"
        path.write_text(src)
        out = io.StringIO()
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(out):
            status = cli.cmd_run([str(path)])
        dt = time.perf_counter() - t0
    assert status == 0 and out.getvalue().strip() == str(n), (status, out.getvalue())
    return dt


def trace_of(n: int, program: str = PROGRAM):
    """The trace of the same run (recorded again, untimed, for its size)."""
    from simulator import RunConfig, simulate
    return simulate(program.replace("{N}", str(n)), "stress.go", RunConfig(seed=1)).trace


def run_simpy(n: int) -> float:
    import simpy
    env = simpy.Environment()
    state = {"count": 0, "remaining": n}
    done = env.event()

    def worker(env):
        yield env.timeout(1000)            # time.Sleep(time.Microsecond), in ns
        state["count"] += 1                # the deferred atomic.AddInt64
        state["remaining"] -= 1            # the deferred wg.Done
        if state["remaining"] == 0:
            done.succeed()

    def main(env):
        for _ in range(n):
            env.process(worker(env))
        yield done

    t0 = time.perf_counter()
    env.process(main(env))
    env.run()
    dt = time.perf_counter() - t0
    assert state["count"] == n
    return dt


def trace_bytes(trace) -> int:
    """Bytes held by the trace's columns and payloads (shared small objects counted once)."""
    seen: set[int] = set()

    def size(o) -> int:
        if id(o) in seen:
            return 0
        seen.add(id(o))
        s = sys.getsizeof(o)
        if isinstance(o, tuple):
            s += sum(size(x) for x in o)
        return s
    total = 0
    # what the run recorded, plus the per-event columns every reader of the trace derives
    for arr in (trace._codes, *trace._stamps, trace._times, trace._gids, trace._rich_index):
        total += arr.itemsize * len(arr)
    total += sys.getsizeof(trace._raw_data) + sum(size(d) for d in trace._raw_data)
    return total


def main(argv: list[str]) -> None:
    program = SEED_SHAPE if "--seed-shape" in argv else PROGRAM
    repeat = REPEAT
    if "--repeat" in argv:
        k = argv.index("--repeat")
        repeat = int(argv[k + 1])
        argv = argv[:k] + argv[k + 2:]
    sizes = [int(a) for a in argv if a != "--seed-shape"] or [10_000, 100_000]
    # warm-up: the first run imports the simulated packages (as importing simpy does for SimPy)
    run_simulator(10, program)
    run_simpy(10)
    print(f"{'N':>8} {'simulator s':>12} {'simpy s':>9} {'ratio':>7} {'events':>10} {'B/event':>8}")
    for n in sizes:
        sim, peer = [], []
        for _ in range(repeat):            # interleaved: a burst of load hits both sides
            gc.collect()
            peer.append(run_simpy(n))
            gc.collect()
            sim.append(run_simulator(n, program))
        t_sim, t_simpy = min(sim), min(peer)
        gc.collect()
        trace = trace_of(n, program)
        events = len(trace)
        bpe = trace_bytes(trace) / events
        print(f"{n:>8} {t_sim:>12.2f} {t_simpy:>9.2f} {t_sim / t_simpy:>7.2f} {events:>10} {bpe:>8.1f}")
        del trace


if __name__ == "__main__":
    main(sys.argv[1:])
