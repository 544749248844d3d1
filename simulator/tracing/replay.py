"""The process state at any step, derived from the trace alone.

A reducer applies events one at a time to a ``ProcessState``.  Checkpoints are taken every
``interval`` events the first time the trace is walked, so ``state_at(i)`` costs at most one
fork plus ``interval`` reductions, whichever direction the user steps in; stepping forward from
the last state asked for costs only the events in between.

States are copy-on-write: a fork shares every goroutine with its parent (the goroutine table is
split in chunks of ``CHUNK`` gids) and copies a chunk, or a goroutine, only when the reducer
changes it.  So a checkpoint of a 100,000-goroutine run costs what the events since the previous
one touched, not 100,000 deep copies.  Consequence for callers: a returned ``ProcessState`` is
shared with the replayer's checkpoints and must be treated as read-only (``copy.deepcopy`` it to
edit).  The interval grows with the trace so there are never more than ~``MAX_CHECKPOINTS``.
"""
from __future__ import annotations

import copy
from collections.abc import MutableMapping
from dataclasses import dataclass, field

from typing import NamedTuple

from .events import FIELDS, SourcePos
from .events import EventKind as K
from .recorder import rich_slot

_KINDS = {int(k): k for k in K}


class _Ev(NamedTuple):
    pos: SourcePos | None
    time: int

MIN_INTERVAL = 256
MAX_CHECKPOINTS = 2048
CHUNK_BITS = 9          # 512 goroutines per copy-on-write chunk


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


def _clone_g(g: GState) -> GState:
    """A copy of ``g`` that shares nothing mutable with it (defers shared between a frame and
    ``lost`` stay shared in the copy)."""
    memo: dict[int, DeferState] = {}

    def cd(d: DeferState) -> DeferState:
        c = memo.get(id(d))
        if c is None:
            c = memo[id(d)] = object.__new__(DeferState)
            c.__dict__.update(d.__dict__)
        return c
    n = object.__new__(GState)
    n.__dict__.update(g.__dict__)
    n.frames = [FrameState(f.id, f.func, f.pos, [cd(d) for d in f.defers]) for f in g.frames]
    n.lost = [cd(d) for d in g.lost]
    return n


class GoroutineMap(MutableMapping):
    """gid -> GState, copy-on-write between forks (see the module docstring).  Reads behave
    like a dict; ``mut(gid)`` returns a GState this map may change."""

    __slots__ = ("_chunks", "_own_chunks", "_own_g", "_len")

    def __init__(self, data=None) -> None:
        self._chunks: dict[int, dict[int, GState]] = {}
        self._own_chunks: set[int] = set()
        self._own_g: set[int] = set()
        self._len = 0
        if data:
            for k, v in dict(data).items():
                self[k] = v

    def fork(self) -> "GoroutineMap":
        m = GoroutineMap.__new__(GoroutineMap)
        m._chunks = dict(self._chunks)
        m._own_chunks, m._own_g, m._len = set(), set(), self._len
        self._own_chunks, self._own_g = set(), set()     # shared now: the parent copies too
        return m

    def _chunk_for_write(self, cid: int) -> dict:
        c = self._chunks.get(cid)
        if c is None:
            c = self._chunks[cid] = {}
            self._own_chunks.add(cid)
        elif cid not in self._own_chunks:
            c = self._chunks[cid] = dict(c)
            self._own_chunks.add(cid)
        return c

    def mut(self, gid: int) -> GState | None:
        c = self._chunks.get(gid >> CHUNK_BITS)
        if c is None:
            return None
        g = c.get(gid)
        if g is None or gid in self._own_g:
            return g
        g = _clone_g(g)
        self._chunk_for_write(gid >> CHUNK_BITS)[gid] = g
        self._own_g.add(gid)
        return g

    def __getitem__(self, gid: int) -> GState:
        c = self._chunks.get(gid >> CHUNK_BITS) if isinstance(gid, int) else None
        if c is None or gid not in c:
            raise KeyError(gid)
        return c[gid]

    def get(self, gid, default=None):
        c = self._chunks.get(gid >> CHUNK_BITS) if isinstance(gid, int) else None
        return default if c is None else c.get(gid, default)

    def __contains__(self, gid) -> bool:
        c = self._chunks.get(gid >> CHUNK_BITS) if isinstance(gid, int) else None
        return c is not None and gid in c

    def __setitem__(self, gid: int, g: GState) -> None:
        c = self._chunk_for_write(gid >> CHUNK_BITS)
        if gid not in c:
            self._len += 1
        c[gid] = g
        self._own_g.add(gid)

    def __delitem__(self, gid: int) -> None:
        if gid not in self:
            raise KeyError(gid)
        del self._chunk_for_write(gid >> CHUNK_BITS)[gid]
        self._own_g.discard(gid)
        self._len -= 1

    def __iter__(self):
        for cid in sorted(self._chunks):
            yield from self._chunks[cid]

    def __len__(self) -> int:
        return self._len

    def values(self):
        return [g for cid in sorted(self._chunks) for g in self._chunks[cid].values()]

    def items(self):
        return [kv for cid in sorted(self._chunks) for kv in self._chunks[cid].items()]

    def keys(self):
        return [k for cid in sorted(self._chunks) for k in self._chunks[cid]]

    def __eq__(self, other) -> bool:
        if not isinstance(other, (dict, MutableMapping)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __repr__(self) -> str:
        return repr(dict(self.items()))

    def __deepcopy__(self, memo) -> "GoroutineMap":
        return GoroutineMap({k: copy.deepcopy(v, memo) for k, v in self.items()})

    def __copy__(self) -> "GoroutineMap":
        return self.fork()


@dataclass
class ProcessState:
    step: int = -1
    time: int = 0
    goroutines: GoroutineMap = field(default_factory=GoroutineMap)
    stdout: str = ""
    stderr: str = ""
    running: dict[int, int] = field(default_factory=dict)   # P -> gid
    exit_status: int | None = None
    exit_reason: str = ""
    signals: list[tuple[int, str]] = field(default_factory=list)   # (time, name) received

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def fork(self) -> "ProcessState":
        """A state to apply more events to, sharing what they do not change (copy-on-write)."""
        n = copy.copy(self)
        n.goroutines = self.goroutines.fork()
        n.running = dict(self.running)
        n.signals = list(self.signals)
        return n


class Replayer:
    def __init__(self, trace) -> None:
        self.trace = trace
        n = len(trace)
        self.interval = max(MIN_INTERVAL, n // MAX_CHECKPOINTS + 1)
        self._checkpoints: list[ProcessState] = []   # checkpoint k = state after event k*interval-1
        self._built_to = -1
        self._last: ProcessState | None = None       # the last state handed out
        self._defer_owner: dict[int, int] | None = None

    def _initial(self) -> ProcessState:
        s = ProcessState()
        s.goroutines[1] = GState(1, "main.main")
        return s

    def state_at(self, i: int) -> ProcessState:
        """The state after event ``i`` (read-only: it shares data with the checkpoints)."""
        n = len(self.trace)
        i = max(-1, min(i, n - 1))
        k = (i + 1) // self.interval
        self._build_checkpoints(k)
        last = self._last
        if last is not None and last.step == i:
            return last
        base, start = self._checkpoints[k], k * self.interval
        if last is not None and start - 1 <= last.step < i:
            base, start = last, last.step + 1            # stepping forward: only the new events
        s = base.fork()
        self.apply_range(s, start, i + 1)
        s.step = i
        self._last = s
        return s

    def _build_checkpoints(self, k: int) -> None:
        if not self._checkpoints:
            self._checkpoints.append(self._initial())
        while len(self._checkpoints) <= k:
            s = self._checkpoints[-1].fork()
            start = (len(self._checkpoints) - 1) * self.interval
            self.apply_range(s, start, min(start + self.interval, len(self.trace)))
            self._checkpoints.append(s)

    def _owner_of_defer(self, defer_id: int) -> int | None:
        if self._defer_owner is None:
            tr = self.trace
            codes, data, gids = tr._codes, tr._rich_data, tr._rich_gid
            push = int(K.DEFER_PUSH)
            self._defer_owner = {data[k][0]: gids[k] for k, i in enumerate(tr._rich_index)
                                 if codes[i] & 0xFF == push}
        return self._defer_owner.get(defer_id)

    # -- the reducer ---------------------------------------------------------------------------
    def apply_range(self, s: ProcessState, start: int, end: int) -> None:
        """Apply events [start, end) in order: the hot path of every seek.  Statement events are
        handled inline from the raw columns (no Event objects); a rich event goes to ``apply``."""
        if start >= end:
            return
        tr = self.trace
        codes = tr._codes
        times = tr._times
        gids = tr._gids
        positions = tr.positions
        rich = tr._rich_index
        from bisect import bisect_left
        k = bisect_left(rich, start)
        next_rich = rich[k] if k < len(rich) else end
        gs = s.goroutines
        cur_gid = None
        cur_g = None
        i = start
        while i < end:
            if i == next_rich:
                self.apply(s, i, k)
                cur_gid = None               # the goroutine's state may have been replaced
                k += 1
                next_rich = rich[k] if k < len(rich) else end
                i += 1
                continue
            # a run of statement events up to the next rich event
            stop = next_rich if next_rich < end else end
            last = stop - 1
            gid = gids[last]
            pos = positions[codes[last] >> 8]
            if gid != cur_gid:
                cur_gid = gid
                cur_g = gs.get(gid)
                if cur_g is not None:
                    cur_g = gs.mut(gid)
            g = cur_g
            if g is not None:
                # statements between two rich events belong to one goroutine: only the last
                # position matters for the state
                g.pos = pos
                if g.frames:
                    g.frames[-1].pos = pos
            s.time = times[last]
            s.step = last
            i = stop

    def apply(self, s: ProcessState, i: int, k: int | None = None) -> None:
        """Apply event i (``k``: its slot among the rich events, when the caller knows it)."""
        tr = self.trace
        code = tr._codes[i]
        kind = _KINDS[code & 0xFF]
        s.step = i
        s.time = tr._times[i]
        gid = tr._gids[i]
        gs = s.goroutines
        if kind == K.STMT:
            pos = tr.pos(i)
            g = gs.get(gid)
            if g is not None and (g.pos != pos or (g.frames and g.frames[-1].pos != pos)):
                g = gs.mut(gid)
                g.pos = pos
                if g.frames:
                    g.frames[-1].pos = pos
            return
        if k is None:
            k = rich_slot(tr._rich_index, i)
        d = dict(zip(FIELDS[kind], tr._rich_data[k]))
        e = _Ev(tr.positions[code >> 8], tr._times[i])
        if kind in _READ_ONLY:
            g = gs.get(gid)
        else:
            g = gs.mut(gid)
        if kind == K.PROC_RUN:
            p = d["p"]
            prev = s.running.get(p)
            if prev is not None and prev != gid:
                pg = gs.get(prev)
                if pg is not None and pg.status == "running":
                    pg = gs.mut(prev)
                    pg.status = "runnable"
                    pg.p = None
            s.running[p] = gid
            if g is not None:
                g.status, g.wait_reason, g.p = "running", "", p
        elif kind == K.GO_CREATE:
            gs[d["child"]] = GState(d["child"], d["func"], created_at=e.pos)
        elif kind == K.GO_PARK and g is not None:
            g.status, g.wait_reason = "waiting", d["reason"]
            self._leave_p(s, g)
        elif kind == K.GO_READY:
            t = gs.get(d["target"])
            if t is not None and t.status != "dead":
                t = gs.mut(d["target"])
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
            owner = self._owner_of_defer(d["defer"])
            og = gs.mut(owner) if owner is not None else None
            if not (og is not None and self._defer_event(og, kind, d)):
                self._defer_event_anywhere(s, g, kind, d)
        elif kind == K.OUTPUT:
            if d["stream"] == "stdout":
                s.stdout += d["text"]
            else:
                s.stderr += d["text"]
        elif kind == K.EXIT:
            s.exit_status, s.exit_reason = d["status"], d["reason"]
            for og_id in [k for k, og in gs.items() if og.status != "dead"]:
                og = gs.mut(og_id)
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
    def _defer_event(og: GState, kind, d) -> bool:
        """Apply a defer event to goroutine ``og`` (already owned); False if it has no such defer."""
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
                return True
        return False

    def _defer_event_anywhere(self, s: ProcessState, g: GState | None, kind, d) -> None:
        """Slow path (a defer whose owner is unknown): look in every goroutine."""
        for gid, og in s.goroutines.items():
            if any(df.id == d["defer"] for f in og.frames for df in f.defers):
                self._defer_event(s.goroutines.mut(gid), kind, d)
                return


#: event kinds that never change the recording goroutine's own state
_READ_ONLY = frozenset({K.GO_CREATE, K.GO_READY, K.OUTPUT, K.EXIT, K.SIGNAL_SENT, K.RUNQ,
                        K.DEFER_RUN, K.DEFER_DONE, K.DEFER_LOST}) | frozenset(
    k for k in K if k not in (K.PROC_RUN, K.GO_PARK, K.GO_SCHED, K.GO_PREEMPT, K.GO_EXIT,
                              K.FRAME_PUSH, K.FRAME_POP, K.DEFER_PUSH, K.STMT))
