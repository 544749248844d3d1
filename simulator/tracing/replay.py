"""The process state at any step, derived from the trace alone.

A reducer applies events one at a time to a ``ProcessState``.  Checkpoints (deep copies of the
state) are taken every ``interval`` events the first time the trace is walked, so ``state_at(i)``
costs at most one copy plus ``interval`` reductions, whichever direction the user steps in.
The interval grows with the trace so checkpoints never hold more than ~``MAX_CHECKPOINTS`` copies.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from .events import EventKind as K
from .events import SourcePos

MIN_INTERVAL = 512
MAX_CHECKPOINTS = 256


@dataclass
class DeferState:
    id: int
    frame: int
    text: str
    args: str
    status: str = "pending"      # pending | running | done | lost
    reason: str = ""             # why it was lost ("main returned", "killed by SIGTERM", ...)


@dataclass
class FrameState:
    id: int
    func: str
    pos: SourcePos | None = None
    defers: list[DeferState] = field(default_factory=list)


@dataclass
class GState:
    gid: int
    func: str
    status: str = "runnable"     # runnable | running | waiting | dead
    wait_reason: str = ""
    p: int | None = None
    created_at: SourcePos | None = None
    frames: list[FrameState] = field(default_factory=list)
    pos: SourcePos | None = None
    lost: list[DeferState] = field(default_factory=list)   # defers that never ran, for the view

    @property
    def defers(self) -> list[DeferState]:
        return [d for f in self.frames for d in f.defers]


@dataclass
class ProcessState:
    step: int = -1
    time: int = 0
    goroutines: dict[int, GState] = field(default_factory=dict)
    stdout: str = ""
    stderr: str = ""
    running: dict[int, int] = field(default_factory=dict)   # P -> gid
    exit_status: int | None = None
    exit_reason: str = ""
    signals: list[tuple[int, str]] = field(default_factory=list)   # (time, name) received

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


class Replayer:
    def __init__(self, trace) -> None:
        self.trace = trace
        n = len(trace)
        self.interval = max(MIN_INTERVAL, n // MAX_CHECKPOINTS + 1)
        self._checkpoints: list[ProcessState] = []   # checkpoint k = state after event k*interval-1
        self._built_to = -1

    def _initial(self) -> ProcessState:
        s = ProcessState()
        s.goroutines[1] = GState(1, "main.main")
        return s

    def state_at(self, i: int) -> ProcessState:
        n = len(self.trace)
        i = max(-1, min(i, n - 1))
        k = (i + 1) // self.interval
        self._build_checkpoints(k)
        s = copy.deepcopy(self._checkpoints[k])
        for j in range(k * self.interval, i + 1):
            self.apply(s, j)
        return s

    def _build_checkpoints(self, k: int) -> None:
        if not self._checkpoints:
            self._checkpoints.append(self._initial())
        while len(self._checkpoints) <= k:
            s = copy.deepcopy(self._checkpoints[-1])
            start = (len(self._checkpoints) - 1) * self.interval
            for j in range(start, start + self.interval):
                self.apply(s, j)
            self._checkpoints.append(s)

    # -- the reducer ---------------------------------------------------------------------------
    def apply(self, s: ProcessState, i: int) -> None:
        tr = self.trace
        kind = tr.kind(i)
        s.step = i
        s.time = tr.time(i)
        gid = tr.gid(i)
        g = s.goroutines.get(gid)
        if kind == K.STMT:
            pos = tr.pos(i)
            if g is not None:
                g.pos = pos
                if g.frames:
                    g.frames[-1].pos = pos
            return
        e = tr[i]
        d = e.data
        if kind == K.PROC_RUN:
            p = d["p"]
            prev = s.running.get(p)
            if prev is not None and prev != gid:
                pg = s.goroutines.get(prev)
                if pg is not None and pg.status == "running":
                    pg.status = "runnable"
                    pg.p = None
            s.running[p] = gid
            if g is not None:
                g.status, g.wait_reason, g.p = "running", "", p
        elif kind == K.GO_CREATE:
            s.goroutines[d["child"]] = GState(d["child"], d["func"], created_at=e.pos)
        elif kind == K.GO_PARK and g is not None:
            g.status, g.wait_reason = "waiting", d["reason"]
            self._leave_p(s, g)
        elif kind == K.GO_READY:
            t = s.goroutines.get(d["target"])
            if t is not None and t.status != "dead":
                t.status, t.wait_reason = "runnable", ""
        elif kind in (K.GO_SCHED, K.GO_PREEMPT) and g is not None:
            g.status = "runnable"
            self._leave_p(s, g)
        elif kind == K.GO_EXIT and g is not None:
            g.status = "dead"
            self._leave_p(s, g)
        elif kind == K.FRAME_PUSH and g is not None:
            g.frames.append(FrameState(d["frame"], d["func"], e.pos))
        elif kind == K.FRAME_POP and g is not None:
            for j in range(len(g.frames) - 1, -1, -1):
                if g.frames[j].id == d["frame"]:
                    del g.frames[j:]
                    break
        elif kind == K.DEFER_PUSH and g is not None:
            for f in reversed(g.frames):
                if f.id == d["frame"]:
                    f.defers.append(DeferState(d["defer"], d["frame"], d["text"], d["args"]))
                    break
        elif kind in (K.DEFER_RUN, K.DEFER_DONE, K.DEFER_LOST):
            self._defer_event(s, g, kind, d)
        elif kind == K.OUTPUT:
            if d["stream"] == "stdout":
                s.stdout += d["text"]
            else:
                s.stderr += d["text"]
        elif kind == K.EXIT:
            s.exit_status, s.exit_reason = d["status"], d["reason"]
            for og in s.goroutines.values():
                if og.status != "dead":
                    og.status = "dead"
                    og.p = None
            s.running.clear()
        elif kind == K.SIGNAL_SENT:
            s.signals.append((e.time, d["sig"]))

    @staticmethod
    def _leave_p(s: ProcessState, g: GState) -> None:
        if g.p is not None and s.running.get(g.p) == g.gid:
            del s.running[g.p]
        g.p = None

    @staticmethod
    def _defer_event(s: ProcessState, g: GState | None, kind, d) -> None:
        owners = [g] if g is not None else []
        owners += [x for x in s.goroutines.values() if x is not g]
        for og in owners:
            for f in og.frames:
                for j, df in enumerate(f.defers):
                    if df.id != d["defer"]:
                        continue
                    if kind == K.DEFER_RUN:
                        df.status = "running"
                    elif kind == K.DEFER_DONE:
                        df.status = "done"
                        del f.defers[j]
                    else:
                        df.status, df.reason = "lost", d["reason"]
                        og.lost.append(df)
                    return
