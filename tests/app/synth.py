"""Synthetic traces for the app's tests, built with the real Recorder (no interpreter needed).

``Synth`` is a tiny script language over ``Recorder``: run a goroutine on a P, execute statement
lines, emit events, end the slice.  ``fake_simulate`` has ``simulate()``'s signature and builds a
small shutdown scenario whose future depends on ``config.signals``: the what-if tests use it.
"""
from __future__ import annotations

from simulator.api import RunConfig, RunResult, STATUS_UNSUPPORTED
from simulator.tracing.events import EventKind as K
from simulator.tracing.events import SourcePos
from simulator.tracing.recorder import Recorder

MS = 10**6

MAIN_EXIT_SRC = '''//deferlab:title Main returns, a goroutine's defer is lost
//deferlab:topic defer
package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	defer fmt.Println("worker", id, "cleanup")
	fmt.Println("worker", id, "started")
	time.Sleep(time.Second)
	fmt.Println("worker", id, "done")
}

func main() {
	defer fmt.Println("main: deferred")
	go worker(7)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main: returning")
}
'''

SHUTDOWN_SRC = '''//deferlab:title A ticking worker meets SIGTERM
//deferlab:topic signals
package main

import (
	"fmt"
	"time"
)

func ticker() {
	defer fmt.Println("ticker: flushed")
	for i := 0; i < 10; i++ {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("tick", i)
	}
}

func main() {
	defer fmt.Println("main: closed db")
	go ticker()
	time.Sleep(2 * time.Second)
}
'''


class Synth:
    def __init__(self, source: str, file: str = "main.go") -> None:
        self.rec = Recorder()
        self.file = file
        self.source = source
        self.lines = source.splitlines()
        self.t = 0
        self._ids = 0
        self.stdout = ""
        self.stderr = ""

    def pos(self, line: int) -> SourcePos:
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        col = len(text) - len(text.lstrip()) + 1
        return SourcePos(self.file, line, col, line, len(text) + 1)

    def pid(self, line: int | None) -> int:
        return self.rec.pos_id(self.pos(line)) if line else 0

    def new_id(self) -> int:
        self._ids += 1
        return self._ids

    def run(self, gid: int, p: int = 0, t: int | None = None) -> None:
        if t is not None:
            self.t = t
        self.rec.begin_slice(p, gid, self.t)

    def stmt(self, *lines: int) -> None:
        for ln in lines:
            self.rec.codes.append(self.rec.stmt_code(self.pos(ln)))

    def ev(self, kind: K, line: int | None = None, *data) -> None:
        if kind == K.OUTPUT:
            if data[0] == "stdout":
                self.stdout += data[1]
            else:
                self.stderr += data[1]
        self.rec.emit(kind, self.pid(line), *data)

    def at(self, kind: K, t: int, gid: int = 0, line: int | None = None, *data) -> None:
        self.rec.emit_at(kind, t, gid, self.pid(line), *data)

    def end(self) -> int:
        self.t = self.rec.end_slice()
        return self.t

    def finish(self, status: int, reason: str, title: str = ""):
        return self.rec.finish({"files": {self.file: self.source}, "status": status,
                                "reason": reason, "stdout": self.stdout, "stderr": self.stderr,
                                "title": title})


def main_exit_trace():
    """main sleeps 100ms and returns; worker G7's deferred cleanup is lost."""
    s = Synth(MAIN_EXIT_SRC)
    s.run(1, p=0, t=0)
    s.ev(K.FRAME_PUSH, 17, 1, "main.main")
    s.stmt(18)
    s.ev(K.DEFER_PUSH, 18, 1, 1, 'fmt.Println("main: deferred")', '"main: deferred"')
    s.stmt(19)
    s.ev(K.GO_CREATE, 19, 7, "main.worker")
    s.stmt(20)
    s.ev(K.GO_PARK, 20, "sleep")
    s.end()
    s.run(7, p=1, t=120)
    s.ev(K.FRAME_PUSH, 10, 2, "main.worker")
    s.stmt(11)
    s.ev(K.DEFER_PUSH, 11, 2, 2, 'fmt.Println("worker", id, "cleanup")', "id=7")
    s.stmt(12)
    s.ev(K.OUTPUT, 12, "stdout", "worker 7 started\n")
    s.stmt(13)
    s.ev(K.GO_PARK, 13, "sleep")
    s.end()
    s.at(K.TIMER_FIRE, 100 * MS, 0, None, 1, "sleep")
    s.at(K.GO_READY, 100 * MS, 0, None, 1)
    s.run(1, p=0, t=100 * MS)
    s.stmt(21)
    s.ev(K.OUTPUT, 21, "stdout", "main: returning\n")
    s.stmt(22)
    s.ev(K.DEFER_RUN, 18, 1)
    s.ev(K.OUTPUT, 18, "stdout", "main: deferred\n")
    s.ev(K.DEFER_DONE, 18, 1)
    s.ev(K.FRAME_POP, 22, 1)
    s.ev(K.DEFER_LOST, None, 2, "main returned")
    s.ev(K.EXIT, None, 0, "main returned")
    s.end()
    return s.finish(0, "main returned", "Main returns, a goroutine's defer is lost")


def shutdown_trace(signals=()):
    """main sleeps 2s; G6 ticks every 100ms; a SIGTERM/SIGINT/... at t kills the process there.

    Deterministic: the events before the first signal are the same whatever the signals are.
    """
    s = Synth(SHUTDOWN_SRC)
    sig = min(signals, key=lambda x: x.at_ns) if signals else None

    def killed(t):
        return sig is not None and sig.at_ns <= t

    def die():
        t = sig.at_ns
        s.at(K.SIGNAL_SENT, t, 0, None, sig.name, sig.source)
        s.at(K.SIGNAL_CAUGHT, t, 0, None, sig.name)
        s.at(K.SIGNAL_DEFAULT, t, 0, None, sig.name, "kill")
        why = f"killed by {sig.name}"
        pending = [(1, "main: closed db")] + ([(2, "ticker: flushed")] if g6_alive else [])
        for did, _ in pending:
            s.at(K.DEFER_LOST, t, 0, None, did, why)
        num = {"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGKILL": 9, "SIGTERM": 15}.get(sig.name, 15)
        s.at(K.EXIT, t, 0, None, 128 + num, why)
        return s.finish(128 + num, why, "A ticking worker meets SIGTERM")

    g6_alive = False
    s.run(1, p=0, t=0)
    s.ev(K.FRAME_PUSH, 18, 1, "main.main")
    s.stmt(19)
    s.ev(K.DEFER_PUSH, 19, 1, 1, 'fmt.Println("main: closed db")', '"main: closed db"')
    s.stmt(20)
    s.ev(K.GO_CREATE, 20, 6, "main.ticker")
    s.stmt(21)
    s.ev(K.GO_PARK, 21, "sleep")
    s.end()
    s.run(6, p=1, t=30)
    g6_alive = True
    s.ev(K.FRAME_PUSH, 10, 2, "main.ticker")
    s.stmt(11)
    s.ev(K.DEFER_PUSH, 11, 2, 2, 'fmt.Println("ticker: flushed")', '"ticker: flushed"')
    s.stmt(12, 13)
    s.ev(K.GO_PARK, 13, "sleep")
    s.end()
    for i in range(10):
        t = (i + 1) * 100 * MS + 30
        if killed(t):
            return die()
        s.at(K.TIMER_FIRE, t, 0, None, 10 + i, "sleep")
        s.at(K.GO_READY, t, 0, None, 6)
        s.run(6, p=1, t=t)
        s.stmt(14)
        s.ev(K.OUTPUT, 14, "stdout", f"tick {i}\n")
        s.stmt(12)
        if i < 9:
            s.stmt(13)
            s.ev(K.GO_PARK, 13, "sleep")
        else:
            s.ev(K.DEFER_RUN, 11, 2)
            s.ev(K.OUTPUT, 11, "stdout", "ticker: flushed\n")
            s.ev(K.DEFER_DONE, 11, 2)
            s.ev(K.FRAME_POP, 15, 2)
            s.ev(K.GO_EXIT, 15)
            g6_alive = False
        s.end()
    t = 2000 * MS
    if killed(t):
        return die()
    s.at(K.TIMER_FIRE, t, 0, None, 99, "sleep")
    s.at(K.GO_READY, t, 0, None, 1)
    s.run(1, p=0, t=t)
    s.stmt(22)
    s.ev(K.DEFER_RUN, 19, 1)
    s.ev(K.OUTPUT, 19, "stdout", "main: closed db\n")
    s.ev(K.DEFER_DONE, 19, 1)
    s.ev(K.FRAME_POP, 22, 1)
    s.ev(K.EXIT, None, 0, "main returned")
    s.end()
    return s.finish(0, "main returned", "A ticking worker meets SIGTERM")


def many_goroutines_trace(n: int):
    """main starts ``n`` goroutines that each sleep then exit: for timeline scale tests."""
    src = "package main\n\nfunc w() {\n\tselect {}\n}\n\nfunc main() {\n\tgo w()\n}\n"
    s = Synth(src)
    s.run(1, p=0, t=0)
    for k in range(n):
        s.stmt(8)
        s.ev(K.GO_CREATE, 8, 100 + k, "main.w")
    s.ev(K.GO_PARK, 8, "sleep")
    s.end()
    for k in range(n):
        s.run(100 + k, p=k % 2, t=1000 + k * 50)
        s.stmt(4)
        s.ev(K.GO_PARK, 4, "select (no cases)")
        s.end()
    s.at(K.GO_READY, 10 * MS, 0, None, 1)
    s.run(1, p=0, t=10 * MS)
    s.stmt(9)
    s.ev(K.EXIT, None, 0, "main returned")
    s.end()
    return s.finish(0, "main returned", f"{n} goroutines")


def _result(trace) -> RunResult:
    m = trace.meta
    return RunResult(m["stdout"], m["stderr"], m["status"], m["reason"], trace)


def fake_simulate(source: str, filename: str = "main.go", config: RunConfig = RunConfig(),
                  progress=None, cancelled=None) -> RunResult:
    """Stands in for ``simulator.simulate`` until the interpreter exists."""
    if progress:
        progress(0)
    for lineno, line in enumerate(source.splitlines(), 1):
        if "SYNTAX ERROR" in line:
            err = f"{filename}:{lineno}:2: syntax error: unexpected {{, expected expression"
            return RunResult("", err + "\n", STATUS_UNSUPPORTED, "cannot simulate", None, [err])
    if "ticker" in source:
        return _result(shutdown_trace(config.signals))
    return _result(main_exit_trace())
