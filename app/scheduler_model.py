"""The G-M-P picture at any step, from the trace alone (pure Python, no Qt).

``scheduler_snapshot(trace, step)`` says, for every P, which G it runs, its ``runnext`` slot and
its local run queue, the global run queue, and the most recent scheduler event.  The scheduler
view draws exactly that dict, so the picture is unit-testable without a display.

How the queues are known.  The simulator records a ``RUNQ`` event (P's queue, runnext, global
queue) right after each scheduling decision, but not when a ``go`` statement or a wake-up puts a G
in a queue, nor for the victim of a steal.  So one pass over the trace's rich events replays
Go's queue rules between those snapshots (``runqput(next=true)`` for GO_CREATE/GO_READY, the
global queue for GO_SCHED/GO_PREEMPT, ``runqsteal`` when a P starts a G that sat in another P's
queue) and resynchronises on every RUNQ event.  Each change is stored once per P (interned
tuples + an ``array`` of event indices), so a step costs one bisect per P: instant on a
2M-event trace.  The pass runs once per trace (cached weakly on the trace).

Beyond ``RUNQ_TRACE_MAX_GS`` goroutines the simulator stops recording RUNQ events; from the
``go`` statement that crosses it on, the snapshot has ``mode == "counts"``: goroutines per state
only (also kept per change, so stepping stays a bisect).
"""
from __future__ import annotations

import weakref
from array import array
from bisect import bisect_right

from simulator.tracing.events import EventKind as K

#: the simulator's RUNQ limits (simulator/runtime/proc.py)
RUNQ_TRACE_MAX_GS = 256
RUNQ_SNAPSHOT_MAX = 16
RUNQ_SIZE = 256

#: codes of the notable events kept for the "latest event" line
N_CREATE, N_READY, N_PARK, N_SCHED, N_PREEMPT, N_PREEMPT_REQ, N_EXIT, N_RUN, N_PROC_EXIT = range(9)
#: how a P got the G it runs (N_RUN's ``c``)
SRC_RESUME, SRC_RUNNEXT, SRC_LOCAL, SRC_GLOBAL, SRC_STEAL, SRC_UNKNOWN, SRC_NEW = range(7)

_ST_RUNNABLE, _ST_RUNNING, _ST_WAITING, _ST_DEAD = range(4)

_K_PROC_RUN = int(K.PROC_RUN)
_K_GO_CREATE = int(K.GO_CREATE)
_K_GO_PARK = int(K.GO_PARK)
_K_GO_READY = int(K.GO_READY)
_K_GO_SCHED = int(K.GO_SCHED)
_K_GO_PREEMPT = int(K.GO_PREEMPT)
_K_PREEMPT_REQUEST = int(K.PREEMPT_REQUEST)
_K_GO_EXIT = int(K.GO_EXIT)
_K_RUNQ = int(K.RUNQ)
_K_EXIT = int(K.EXIT)
_WANTED = frozenset({_K_PROC_RUN, _K_GO_CREATE, _K_GO_PARK, _K_GO_READY, _K_GO_SCHED,
                     _K_GO_PREEMPT, _K_PREEMPT_REQUEST, _K_GO_EXIT, _K_RUNQ, _K_EXIT})
_EMPTY_P = ((), 0)


def _rich(trace):
    """(index, kind, time, gid, data tuple) of every non-statement event, fast when possible."""
    ri = getattr(trace, "_rich_index", None)
    codes = getattr(trace, "_codes", None)
    rd = getattr(trace, "_rich_data", None)
    rt = getattr(trace, "_rich_time", None)
    rg = getattr(trace, "_rich_gid", None)
    if None in (ri, codes, rd, rt, rg):
        for e in trace.rich_events():
            yield e.index, int(e.kind), e.time, e.gid, tuple(e.data.values())
        return
    wanted = _WANTED
    for k, i in enumerate(ri):
        kind = codes[i] & 0xFF
        if kind in wanted:
            yield i, kind, rt[k], rg[k], rd[k]


class SchedIndex:
    """Everything ``scheduler_snapshot`` needs, computed in one pass over the trace."""

    def __init__(self, trace) -> None:
        cfg = (trace.meta or {}).get("config") or {}
        self.nprocs = max(1, int(cfg.get("gomaxprocs") or 1))
        self.cutoff: int | None = None      # first step with > RUNQ_TRACE_MAX_GS goroutines
        self.has_runq = False
        self.p_idx: list[array] = []        # per P: steps where its queues changed
        self.p_state: list[list] = []       # per P: (queue tuple, runnext) after that step
        self.g_idx = array("q")
        self.g_state: list[tuple] = []
        self.c_idx = array("q")             # goroutine counts per state, after each change
        self.c_vals = array("q")            # 4 per change: runnable, running, waiting, dead
        self.n_idx = array("q")             # notable events
        self.n_vals = array("q")            # 5 per notable event: code, a, b, c, d
        self.picks: dict[int, int] = {}     # RUNQ step -> the G its P is about to run
        self._build(trace)

    # -- the pass ------------------------------------------------------------------------------
    def _build(self, trace) -> None:
        intern: dict = {}

        def interned(x):
            return intern.setdefault(x, x)

        runq: list[list[int]] = []
        runnext: list[int] = []
        glob: list[int] = []
        recorded_p: list = []

        def ensure(p: int) -> None:
            while len(runq) <= p:
                runq.append([])
                runnext.append(0)
                self.p_idx.append(array("q"))
                self.p_state.append([])
                recorded_p.append(_EMPTY_P)
            if p + 1 > self.nprocs:
                self.nprocs = p + 1

        ensure(self.nprocs - 1)
        recorded_g = [()]

        def rec_p(i: int, p: int) -> None:
            st = (tuple(runq[p]), runnext[p])
            if st != recorded_p[p]:
                st = interned(st)
                recorded_p[p] = st
                idx = self.p_idx[p]
                if idx and idx[-1] == i:
                    self.p_state[p][-1] = st
                else:
                    idx.append(i)
                    self.p_state[p].append(st)

        def rec_g(i: int) -> None:
            st = tuple(glob)
            if st != recorded_g[0]:
                st = interned(st)
                recorded_g[0] = st
                if self.g_idx and self.g_idx[-1] == i:
                    self.g_state[-1] = st
                else:
                    self.g_idx.append(i)
                    self.g_state.append(st)

        n_idx_append = self.n_idx.append
        n_vals_extend = self.n_vals.extend

        def note(i, code, a=0, b=0, c=0, d=0) -> None:
            n_idx_append(i)
            n_vals_extend((code, a, b, c, d))

        def runqput(i: int, p: int, g: int) -> int:
            """runqput(p, g, next=true); returns the G kicked out of runnext (or 0)."""
            ensure(p)
            old, runnext[p] = runnext[p], g
            if old:
                if len(runq[p]) < RUNQ_SIZE:
                    runq[p].append(old)
                else:      # runqputslow: half the local queue and old go to the global queue
                    half = runq[p][:RUNQ_SIZE // 2]
                    del runq[p][:RUNQ_SIZE // 2]
                    glob.extend(half + [old])
                    rec_g(i)
            rec_p(i, p)
            return old

        # goroutine states, mirroring simulator/tracing/replay.py (for counts and "ran for")
        status: dict[int, int] = {1: _ST_RUNNABLE}
        counts = [1, 0, 0, 0]
        running: dict[int, int] = {}        # P -> gid
        last_p: dict[int, int] = {}         # gid -> P it last ran on / was queued on
        run_start: dict[int, int] = {}      # gid -> time its current run began
        req_ran: dict[int, int] = {}        # gid -> ran_ns of sysmon's last request
        max_gid = 1
        queues = True                       # still modelling run queues
        pending = None                      # a RUNQ event waiting for its PROC_RUN

        c_idx, c_vals = self.c_idx, self.c_vals

        def set_status(i: int, g: int, s: int) -> None:
            old = status.get(g)
            if old == s:
                return
            if old is not None:
                counts[old] -= 1
            counts[s] += 1
            status[g] = s
            record_counts(i)

        def record_counts(i: int) -> None:
            if c_idx and c_idx[-1] == i:
                c_vals[-4:] = array("q", counts)
            else:
                c_idx.append(i)
                c_vals.extend(counts)

        def leave_p(g: int) -> None:
            p = last_p.get(g)
            if p is not None and running.get(p) == g:
                del running[p]

        def resolve(g):
            """Apply the pending RUNQ: replay the take that put ``g`` on the P (Go's rules),
            then trust the recorded queues where they name gids."""
            nonlocal pending
            ri, p, q, rn, gl = pending
            pending = None
            src, victim, extra = SRC_UNKNOWN, 0, 0
            if g is not None:
                src, victim, extra = _take(p, g, runq, runnext, glob)
            runq[p] = _resync(q, runq[p])
            runnext[p] = rn
            glob[:] = _resync(gl, glob)
            rec_p(ri, p)
            if src == SRC_STEAL:
                rec_p(ri, victim)
            rec_g(ri)
            return src, victim, extra

        runnext[0] = 1                      # newproc(main) put G1 in P0.runnext before anything
        rec_p(-1, 0)
        cur_p = 0
        for i, kind, t, gid, d in _rich(trace):
            if pending is not None and (kind != _K_PROC_RUN or d[0] != pending[1]):
                resolve(None)                   # a RUNQ not followed by its PROC_RUN
            if kind == _K_RUNQ:
                p = d[0]
                ensure(p)
                if queues:
                    self.has_runq = True
                    pending = (i,) + tuple(d)   # resolved by the PROC_RUN that follows
            elif kind == _K_PROC_RUN:
                p = d[0]
                ensure(p)
                cur_p = p
                prev = running.get(p)
                fresh = prev != gid
                unseen = gid not in status     # started by the runtime (AfterFunc...): no GO_CREATE
                if unseen:
                    max_gid = max(max_gid, gid)
                if prev is not None and fresh and status.get(prev) == _ST_RUNNING:
                    set_status(i, prev, _ST_RUNNABLE)
                running[p] = gid
                last_p[gid] = p
                if status.get(gid) != _ST_RUNNING or fresh:
                    run_start[gid] = t
                set_status(i, gid, _ST_RUNNING)
                if pending is not None:
                    ri = pending[0]
                    src, victim, extra = resolve(gid)
                    if unseen and src == SRC_UNKNOWN:
                        src = SRC_NEW
                    # the decision is the RUNQ step; PROC_RUN (next step) only starts the G
                    note(ri, N_RUN, p, gid, src | (extra << 4), victim)
                    self.picks[ri] = gid
                elif fresh:
                    note(i, N_RUN, p, gid, SRC_UNKNOWN if queues else SRC_RESUME, 0)
            elif kind == _K_GO_CREATE:
                child = d[0]
                set_status(i, child, _ST_RUNNABLE)
                max_gid = max(max_gid, child)
                last_p[child] = cur_p
                if queues and max_gid > RUNQ_TRACE_MAX_GS:
                    queues = False
                    self.cutoff = i
                kicked = runqput(i, cur_p, child) if queues else 0
                note(i, N_CREATE, gid, child, cur_p, kicked)
            elif kind == _K_GO_READY:
                target = d[0]
                if status.get(target, _ST_DEAD) != _ST_DEAD:
                    set_status(i, target, _ST_RUNNABLE)
                p = cur_p if gid else last_p.get(target, 0)
                last_p[target] = p
                kicked = runqput(i, p, target) if queues else 0
                note(i, N_READY, gid, target, p, kicked)
            elif kind == _K_GO_PARK:
                set_status(i, gid, _ST_WAITING)
                leave_p(gid)
                note(i, N_PARK, gid, last_p.get(gid, cur_p))
            elif kind in (_K_GO_SCHED, _K_GO_PREEMPT):
                set_status(i, gid, _ST_RUNNABLE)
                leave_p(gid)
                if queues:
                    glob.append(gid)
                    rec_g(i)
                if kind == _K_GO_SCHED:
                    note(i, N_SCHED, gid, last_p.get(gid, cur_p))
                else:
                    ran = req_ran.pop(gid, None)
                    if ran is None:
                        ran = t - run_start.get(gid, t)
                    note(i, N_PREEMPT, gid, ran, last_p.get(gid, cur_p))
            elif kind == _K_PREEMPT_REQUEST:
                target, ran = d[0], d[1]
                req_ran[target] = ran
                note(i, N_PREEMPT_REQ, target, ran, last_p.get(target, 0))
            elif kind == _K_GO_EXIT:
                set_status(i, gid, _ST_DEAD)
                leave_p(gid)
                note(i, N_EXIT, gid, last_p.get(gid, cur_p))
            elif kind == _K_EXIT:
                for g, s in status.items():
                    if s != _ST_DEAD:
                        counts[s] -= 1
                        counts[_ST_DEAD] += 1
                        status[g] = _ST_DEAD
                record_counts(i)
                running.clear()
                if queues:
                    for p in range(len(runq)):
                        runq[p] = []
                        runnext[p] = 0
                        rec_p(i, p)
                    glob.clear()
                    rec_g(i)
                note(i, N_PROC_EXIT)
        if pending is not None:
            resolve(None)
        self.nprocs = max(self.nprocs, len(runq))

    # -- queries -------------------------------------------------------------------------------
    def p_at(self, p: int, step: int) -> tuple:
        if p >= len(self.p_idx):
            return _EMPTY_P
        k = bisect_right(self.p_idx[p], step) - 1
        return self.p_state[p][k] if k >= 0 else _EMPTY_P

    def global_at(self, step: int) -> tuple:
        k = bisect_right(self.g_idx, step) - 1
        return self.g_state[k] if k >= 0 else ()

    def counts_at(self, step: int) -> tuple:
        """(runnable, running, waiting, dead) after ``step``."""
        k = bisect_right(self.c_idx, step) - 1
        return tuple(self.c_vals[4 * k:4 * k + 4]) if k >= 0 else (1, 0, 0, 0)

    def note_at(self, step: int):
        """(step, code, a, b, c, d) of the last notable event at or before ``step``, or None."""
        k = bisect_right(self.n_idx, step) - 1
        if k < 0:
            return None
        return (self.n_idx[k],) + tuple(self.n_vals[5 * k:5 * k + 5])

    def queues_at(self, step: int) -> bool:
        return self.has_runq and (self.cutoff is None or step < self.cutoff)


def _take(p: int, g: int, runq: list, runnext: list, glob: list):
    """P ``p`` starts ``g``: take it where Go's schedule/findRunnable found it (runnext, local
    queue, global queue, or a steal of half another P's queue).  Returns (source, victim, how
    many more Gs the steal moved)."""
    if g == runnext[p]:
        runnext[p] = 0
        return SRC_RUNNEXT, 0, 0
    if glob and glob[0] == g:
        del glob[0]
        return SRC_GLOBAL, 0, 0
    if runq[p] and runq[p][0] == g:
        del runq[p][0]
        return SRC_LOCAL, 0, 0
    for v in range(len(runq)):
        if v == p:
            continue
        vq = runq[v]
        if vq and vq[0] == g:
            n = (len(vq) + 1) // 2
            stolen = vq[:n]
            del vq[:n]
            runq[p].extend(stolen[1:])
            return SRC_STEAL, v, n - 1
        if not vq and runnext[v] == g:
            runnext[v] = 0
            return SRC_STEAL, v, 0
    for where in [runq[p], glob] + [runq[v] for v in range(len(runq)) if v != p]:
        if g in where:               # the model drifted: take it from wherever it is
            where.remove(g)
            break
    return SRC_UNKNOWN, 0, 0


def _resync(recorded: tuple, model: list) -> list:
    """The queue after a RUNQ event: its gids, or (length,) when the queue was too long to list.

    A queue too long to list is recorded as ``(-length,)``.  For a length, the modelled gids
    are kept, cut or padded to it (0 marks a G the trace does not name)."""
    if len(recorded) == 1 and recorded[0] < 0:
        n = -recorded[0]
        return (list(model) + [0] * n)[:n]
    return list(recorded)


_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_CACHE_STRONG: dict = {}


def sched_index(trace) -> SchedIndex:
    """The trace's SchedIndex, built on first use and kept as long as the trace lives."""
    try:
        idx = _CACHE.get(trace)
    except TypeError:            # not weak-referenceable: keep the last one only
        idx = _CACHE_STRONG.get(id(trace))
        if idx is None:
            _CACHE_STRONG.clear()
            idx = _CACHE_STRONG[id(trace)] = SchedIndex(trace)
        return idx
    if idx is None:
        idx = _CACHE[trace] = SchedIndex(trace)
    return idx


# -- text ------------------------------------------------------------------------------------
def short_ns(ns: int) -> str:
    """A duration the way people say it: 740ns, 1.5µs, 10.0ms, 2.00s."""
    ns = int(ns)
    if ns < 1000:
        return f"{ns}ns"
    if ns < 1_000_000:
        return f"{ns / 1e3:.1f}µs"
    if ns < 1_000_000_000:
        return f"{ns / 1e6:.1f}ms"
    return f"{ns / 1e9:.2f}s"


def _g(gid: int) -> str:
    return f"G{gid}"


def describe(trace, note) -> str:
    """One line for a notable event (see SchedIndex.note_at)."""
    if note is None:
        return ""
    i, code, a, b, c, d = note
    if code == N_CREATE:
        s = f"{_g(a)} created {_g(b)} → P{c}.runnext"
        return s + (f" ({_g(d)} moved to P{c}'s local queue)" if d else "")
    if code == N_READY:
        who = _g(a) if a else "the runtime (timer)"
        try:
            if not a and i > 0 and trace.kind(i - 1) == K.TIMER_FIRE:
                who = f"a {trace[i - 1].data.get('what', 'timer')} timer"
        except Exception:
            pass
        s = f"{who} readied {_g(b)} into P{c}.runnext"
        return s + (f" ({_g(d)} moved to P{c}'s local queue)" if d else "")
    if code == N_PARK:
        try:
            reason = trace[i].data.get("reason", "")
        except Exception:
            reason = ""
        return f"{_g(a)} parked ({reason}): P{b} is free to schedule" if reason else f"{_g(a)} parked"
    if code == N_SCHED:
        return f"{_g(a)} yielded (runtime.Gosched) → global run queue"
    if code == N_PREEMPT:
        try:
            how = trace[i].data.get("how", "async")
        except Exception:
            how = "async"
        why = "async, SIGURG" if how == "async" else "cooperative, at a function prologue"
        return f"{_g(a)} preempted ({why}) after {short_ns(b)} → global run queue"
    if code == N_PREEMPT_REQ:
        return f"sysmon: {_g(a)} has run {short_ns(b)} on P{c} → preemption requested"
    if code == N_EXIT:
        return f"{_g(a)} exited"
    if code == N_PROC_EXIT:
        try:
            reason = trace[i].data.get("reason", "")
        except Exception:
            reason = ""
        return f"process exited ({reason})" if reason else "process exited"
    if code == N_RUN:
        p, g, src, extra = a, b, c & 15, c >> 4
        if src == SRC_STEAL:
            more = f" (and {extra} more into its local queue)" if extra else ""
            return f"P{p} stole {_g(g)} from P{d}{more}"
        if src == SRC_RUNNEXT:
            return f"P{p} runs {_g(g)} (from its runnext)"
        if src == SRC_LOCAL:
            return f"P{p} runs {_g(g)} (from its local run queue)"
        if src == SRC_GLOBAL:
            return f"P{p} runs {_g(g)} (from the global run queue)"
        if src == SRC_NEW:
            return f"P{p} runs {_g(g)}, started by the runtime (a timer callback)"
        return f"P{p} runs {_g(g)}"
    return ""


# -- the snapshot ------------------------------------------------------------------------------
def scheduler_snapshot(trace, step: int) -> dict:
    """The G-M-P picture after event ``step`` (``-1``: before anything ran).

    Keys: ``step``, ``time``; ``mode`` ("queues", "counts" or "empty"); ``note`` (why counts
    only); ``procs``: one dict per P with ``p``, ``running`` (gid or 0), ``picking`` (the G the
    P has just taken from a queue and starts at the next step, or 0), ``runnext`` (gid or 0),
    ``queue`` (gids, head first; 0 = a G the trace does not name); ``global`` (gids);
    ``counts`` {"runnable", "running", "waiting", "dead"}; ``event`` (text of the most recent
    scheduler event at or before the step) and ``event_step``; ``names`` and ``status`` for
    every gid the picture shows.
    """
    out = {"step": step, "time": 0, "mode": "empty", "note": "", "procs": [], "global": (),
           "counts": {"runnable": 0, "running": 0, "waiting": 0, "dead": 0},
           "event": "", "event_step": -1, "names": {}, "status": {}}
    if trace is None or not len(trace):
        return out
    n = len(trace)
    step = max(-1, min(int(step), n - 1))
    out["step"] = step
    out["time"] = trace.time(step) if step >= 0 else 0
    idx = sched_index(trace)
    st = trace.state_at(step)
    running = dict(st.running) if st is not None else {}
    runnable, run_n, waiting, dead = idx.counts_at(step)
    out["counts"] = {"runnable": runnable, "running": len(running) or run_n,
                     "waiting": waiting, "dead": dead}
    queues = idx.queues_at(step)
    out["mode"] = "queues" if queues else "counts"
    if not queues:
        if idx.cutoff is not None and step >= idx.cutoff:
            out["note"] = (f"More than {RUNQ_TRACE_MAX_GS} goroutines: the simulator stops "
                           "recording run queues, so only counts are shown.")
        else:
            out["note"] = "This trace has no run-queue records: only counts are shown."
    nprocs = max([idx.nprocs] + [p + 1 for p in running])
    shown: set[int] = set()
    procs = []
    for p in range(nprocs):
        q, rn = idx.p_at(p, step) if queues else ((), 0)
        g = running.get(p, 0)
        picking = 0
        if not g and step in idx.picks and trace.kind(step) == K.RUNQ and \
                trace[step].data.get("p") == p:
            picking = idx.picks[step]
        procs.append({"p": p, "running": g, "picking": picking, "runnext": rn, "queue": q})
        shown.update(x for x in (g, rn, picking) if x)
        shown.update(x for x in q[:64] if x)
    out["procs"] = procs
    gl = idx.global_at(step) if queues else ()
    out["global"] = gl
    shown.update(x for x in gl[:64] if x)
    note = idx.note_at(step)
    if note is not None:
        out["event"] = describe(trace, note)
        out["event_step"] = note[0]
    gs = st.goroutines if st is not None else {}
    for gid in shown:
        out["names"][gid] = trace.goroutine_name(gid)
        g = gs.get(gid)
        out["status"][gid] = g.status if g is not None else "runnable"
    return out
