"""How fast the app can seek: replaying a trace to its end, then stepping back and forth.

Runs the stress scenario (N goroutines) once, then measures in the same run:
* replay to the last step (builds the checkpoints: the one-off cost when a run is opened),
* a seek to the middle and back to the end (what a user pays per jump afterwards),
* one step back and one forward from the middle (stepping back costs what forward costs).
Prints microseconds per event for the first and milliseconds for the others.

usage: python benchmarks/replay.py [N]     (default 10000)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stress import PROGRAM  # noqa: E402


def main(argv: list[str]) -> None:
    from simulator import RunConfig, simulate
    n = int(argv[0]) if argv else 10_000
    r = simulate(PROGRAM.replace("{N}", str(n)), "stress.go", RunConfig(seed=1))
    tr = r.trace
    events = len(tr)
    t0 = time.perf_counter()
    tr.state_at(events - 1)
    t1 = time.perf_counter()
    mid = events // 2
    tr.state_at(mid)
    t2 = time.perf_counter()
    tr.state_at(mid - 1)
    t3 = time.perf_counter()
    tr.state_at(mid)
    t4 = time.perf_counter()
    print(f"N={n} events={events}")
    print(f"replay to end   {1e6 * (t1 - t0) / events:8.2f} us/event ({t1 - t0:.2f} s)")
    print(f"seek to middle  {1e3 * (t2 - t1):8.2f} ms")
    print(f"step back       {1e3 * (t3 - t2):8.2f} ms")
    print(f"step forward    {1e3 * (t4 - t3):8.2f} ms")
    print(f"back/forward ratio {(t3 - t2) / max(t4 - t3, 1e-9):.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
