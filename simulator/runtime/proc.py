"""The scheduler (Go's proc.go): goroutine creation, gopark/goready, run queues, the event loop
over Ps in virtual time, checkdead, and process exit.

The loop always advances the P whose next slice starts earliest, or fires the earliest timer if
it comes first, so Ps run "in parallel" in virtual time and every choice is deterministic (ties
go to the lower P id; random choices come from the one seeded RNG).
"""
from __future__ import annotations

import gc
import random
from collections import deque
from heapq import heappop
from types import FunctionType, GeneratorType

from ..tracing.events import EventKind as K
from ..tracing.recorder import CPU_TICK_NS, KIND_BITS, RUNTIME_RUN, Recorder
from . import set_current
from .errors import ExitProcess, Fatal, GoPanic, GoUnwind, Unsupported
from .panic import Frame, as_unwind, panic_lines
from .preempt import FORCE_PREEMPT_NS, SYSMON_MAX_DELAY_NS, Sysmon
from .runtime2 import G, GOSCHED, P, PARK, PREEMPT_ASYNC, PREEMPT_COOP, PREEMPT_SPIN, RUNQ_SIZE, Status
from .timers import SLEEP, TimerHeap
from .traceback import goroutine_header, last_statements

#: events a G may record before it yields to the event loop at its next safe point, so other
#: Ps and timers catch up (Ps interleave at this granularity: 10 µs of virtual CPU)
QUANTUM_EVENTS = 500
#: a P steals another running P's runnext only after this back-off (proc.go runqgrab:
#: usleep(3), "a sync chan send/recv takes ~50ns ... 3us gives ~50x overshoot")
RUNNEXT_STEAL_BACKOFF_NS = 3_000
#: an idle P woken for a new runnable G (wakep) can start it this long after: its M must wake
#: up (a futex wake-up and a context switch; the first time, a new OS thread).  Real Go shows
#: it: main that starts three goroutines and returns at once usually prints alone
IDLE_P_WAKEUP_NS = 5_000
#: the global run queue is checked first every 61st schedule (proc.go schedule)
GLOBAL_RUNQ_FAIRNESS = 61
#: statuses (128+N) a shell sees when signal N kills the process
EXIT_FOREVER = 124
#: RUNQ snapshots are recorded while the program has at most this many goroutines: enough to
#: draw the G-M-P picture of any teaching example, without doubling a stress test's trace
RUNQ_TRACE_MAX_GS = 256
#: longest run queue listed gid by gid in a RUNQ event; longer ones are recorded as (length,)
RUNQ_SNAPSHOT_MAX = 16
#: how often (in events) the progress callback and the cancel flag are looked at
PROGRESS_EVERY = 200_000


class _Exited(Exception):
    pass


# event codes and statuses as plain values: the hot paths below record events with two appends
_GO_CREATE, _GO_PARK, _GO_READY, _GO_EXIT = int(K.GO_CREATE), int(K.GO_PARK), int(K.GO_READY), int(K.GO_EXIT)
_PROC_RUN = int(K.PROC_RUN)
_FRAME_POP, _TIMER_FIRE = int(K.FRAME_POP), int(K.TIMER_FIRE)
_RUNNABLE, _RUNNING, _WAITING, _DEAD = Status.RUNNABLE, Status.RUNNING, Status.WAITING, Status.DEAD
_CO_GENERATOR = 0x20       # inspect.CO_GENERATOR: calling such a function only creates the generator


def _call_body(fn, args):
    """A goroutine whose function is not a compiled Go function (a library function or method):
    call it when the goroutine first runs, as ``go f(x)`` does."""
    r = fn(*args)
    if type(r) is GeneratorType:
        yield from r


class Runtime:
    def __init__(self, program, config, progress=None, cancelled=None):
        self.program = program
        self.config = config
        self.progress = progress
        self.cancelled = cancelled
        self.rng = random.Random(config.seed)
        self.rec = Recorder()
        self.rec.positions = list(program.positions)
        self.rec._pos_ids = {p: i for i, p in enumerate(program.positions) if p is not None}
        self.rec.code_names.update(program.code_names)
        self.ps = [P(i) for i in range(max(1, config.gomaxprocs))]
        self.global_q: deque = deque()
        self.allgs: dict[int, G] = {}    # the goroutines not yet dead, by gid (oldest first)
        self.next_gid = 1
        self.next_frame_id = 0
        self.next_defer_id = 0
        self.timers = TimerHeap()
        self.sysmon = Sysmon()
        self.curg: G | None = None
        self.curp: P | None = None
        self.budget = 0
        self.wakep_slice = -1              # the slice (its first event) wakep last looked at
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self.status: int | None = None
        self.reason = ""
        self.main_goexited = False
        self.blocking_forever_ok = False   # os/signal watcher or a listener keeps the process alive
        self.signals = None                # runtime.sigqueue.SigState, created on first use
        self.net = None                    # lib http network model, created on first use
        self.flags = None                  # package flag's definitions, created on first use
        self.k8s_traffic_until = None      # k8s: endpoints removed then, no new requests (sigqueue)
        self.objects = 0                   # ids for channels, mutexes, contexts (for events)

    # -- time ------------------------------------------------------------------------------------
    def now(self) -> int:
        return self.rec.now()

    def new_id(self) -> int:
        self.objects += 1
        return self.objects

    # -- output ----------------------------------------------------------------------------------
    def write(self, stream: str, text: str) -> None:
        if not text:
            return
        (self.stdout if stream == "stdout" else self.stderr).append(text)
        self.rec.emit(K.OUTPUT, 0, stream, text)

    # -- goroutines --------------------------------------------------------------------------------
    def newproc(self, fn, args: tuple, func: str) -> G:
        """``go fn(args)``: the new G goes to the creating P's runnext (runqput next=true)."""
        if fn is None:
            raise Fatal("go of nil func value")
        # a compiled Go function is a generator function: calling it runs nothing yet; the
        # goroutine's outermost frame is then the function itself (errors that leave it are
        # handled by the loop, Go's goexit/fatalpanic)
        if type(fn) is FunctionType and fn.__code__.co_flags & _CO_GENERATOR:
            return self.newproc_gen(fn(*args), func)
        return self.newproc_gen(_call_body(fn, args), func)

    def newproc_gen(self, gen, func: str, code: int = 0) -> G:
        """``newproc`` once the goroutine's generator exists (nothing of it has run).  Compiled
        code calls it directly when the callee is a compiled Go function: ``go f(x)`` is
        ``newproc_gen(f(x), "main.f", code)`` with the statement's GO_CREATE ``code``, whose
        function name the trace knows (Recorder.code_names): the event records the gid alone."""
        gid = self.next_gid
        self.next_gid = gid + 1
        curg = self.curg
        rec = self.rec
        if curg is not None:
            codes = rec.codes
            if code:
                rec.rich_data.append(gid)
            else:                            # a go statement: its STMT event is the last one
                code = codes[-1] >> KIND_BITS << KIND_BITS | _GO_CREATE
                rec.rich_data.append((gid, func))
            codes.append(code)
            pos_id = code >> KIND_BITS
            p = self.curp
            g = G(gid, gen, func, curg.gid, curg.func, pos_id, p,
                  rec.slice_t0 + (len(codes) - rec.slice_i0) * CPU_TICK_NS)
        else:
            if gid != 1:  # started by the runtime (time.AfterFunc, context.AfterFunc, net/http)
                rec.emit_at(K.GO_CREATE, rec.now(), 0, 0, gid, func)
            p = self.curp or self.ps[0]
            g = G(gid, gen, func, 0, "main.main", 0, p, rec.now())
        self.allgs[gid] = g
        self.runqput_next(p, g)
        return g

    def park(self, reason: str):
        """gopark: block the running G until someone calls ready(g), and return the value the
        waker handed over.  A generator: ``v = yield from rt.park(reason)``."""
        g = self.curg
        yield self.gopark(reason)
        v = g.park_value
        g.park_value = None
        return v

    def gopark(self, reason: str):
        """Park the running G: record it and return the request its generator must yield
        (``yield rt.gopark(reason)`` when no value is expected back, as in time.Sleep)."""
        g = self.curg
        g.status = _WAITING
        g.waitreason = reason
        rec = self.rec                       # a running G: its slice is open
        rec.rich_data.append(reason)
        rec.codes.append(_GO_PARK)
        return PARK

    def ready(self, g: G, value=None) -> None:
        """goready: make a parked G runnable (on the current P's runnext, as Go does)."""
        if g.status is not _WAITING:
            return
        g.status = _RUNNABLE
        g.waitreason = ""
        g.park_value = value
        rec = self.rec
        if self.curg is not None:
            codes = rec.codes
            g.ready_at = rec.slice_t0 + (len(codes) - rec.slice_i0) * CPU_TICK_NS
            rec.rich_data.append(g.gid)
            codes.append(_GO_READY)
        else:                               # woken by the runtime (a timer, a signal)
            g.ready_at = t = rec.idle_time      # rec.now() and rec.emit_at, inlined
            rec.stamp_index.append(len(rec.codes))
            rec.stamp_time.append(t)
            rec.stamp_gid.append(0)
            rec.rich_data.append(g.gid)
            rec.codes.append(_GO_READY)
        self.runqput_next(self.curp if self.curp is not None else (g.p or self.ps[0]), g)

    # -- run queues ------------------------------------------------------------------------------
    def runqput_next(self, p: P, g: G) -> None:
        """runqput(p, g, next=true) and wakep, as newproc and goready do: g becomes p's
        runnext and the old runnext goes to the tail of p's queue.  Hot (once per go
        statement): wakep runs once per slice."""
        g.p = p
        if self.curg is not None and self.wakep_slice != self.rec.slice_i0 and len(self.ps) > 1:
            self.wakep()
        old = p.runnext
        p.runnext = g
        if old is not None:
            self.runqput(p, old)

    def wakep(self) -> None:
        """A G became runnable while another one runs, and some P has no work of its own: it
        comes for the G.  One whose clock is past now (it ran ahead, or its M is already
        waking: Go's spinning M) looks then, and no other is woken; otherwise the first idle P
        is woken and can start only IDLE_P_WAKEUP_NS from now.  The running G stops at its
        first safe point from that time on, so the event loop lets that P catch up in virtual
        time.  (A P with work of its own is busy: Go wakes no M for it, the G goes on.)"""
        rec = self.rec
        # Nothing but the running G changes the other Ps while its slice runs, so what this
        # decides holds for the whole slice: the next go statements of the slice skip it
        self.wakep_slice = rec.slice_i0
        now = rec.slice_t0 + (len(rec.codes) - rec.slice_i0) * CPU_TICK_NS
        cur = self.curp
        at = idle = None
        for q in self.ps:
            if q is not cur and q.curg is None and q.runnext is None and not q.runq:
                if q.clock > now:
                    if at is None or q.clock < at:
                        at = q.clock
                elif idle is None:
                    idle = q
        if at is None:
            if idle is None:
                return                   # every other P has work of its own
            idle.clock = at = now + IDLE_P_WAKEUP_NS
        at = rec.slice_i0 + (at - rec.slice_t0) // CPU_TICK_NS
        if at < self.budget:
            self.budget = at

    def runqput(self, p: P, g: G) -> None:
        """Queue g at the tail of p's local queue; a full queue sends half of itself and g to
        the global queue (runqputslow)."""
        g.p = p
        if len(p.runq) < RUNQ_SIZE:
            p.runq.append(g)
            return
        # runqputslow: half the local queue plus g go to the global queue
        half = [p.runq.popleft() for _ in range(RUNQ_SIZE // 2)]
        self.global_q.extend(half + [g])

    def _candidate(self, p: P):
        """(start time, source) for the next slice P p could run, or None."""
        if p.curg is not None:
            return p.clock, "cur"
        best = None
        if p.runnext is not None:
            best = (max(p.clock, p.runnext.ready_at), "next")
        elif p.runq:
            best = (max(p.clock, p.runq[0].ready_at), "local")
        if self.global_q:
            t = max(p.clock, self.global_q[0].ready_at)
            if best is None or t < best[0]:
                best = (t, "global")
        if best is None:
            for victim in self.ps:
                if victim is p:
                    continue
                # a victim's queue can be stolen whether or not it runs a G right now (between
                # two slices it is busy until its clock: the thief may come first); its runnext
                # only while it runs one (below)
                if victim.runq:
                    t = max(p.clock, victim.runq[0].ready_at)
                elif victim.runnext is not None and victim.curg is not None:
                    # runqgrab: a running P's runnext is taken only after a back-off, giving
                    # that P the chance to run it itself (the G that readied it usually
                    # blocks or exits right after)
                    t = max(p.clock, victim.runnext.ready_at + RUNNEXT_STEAL_BACKOFF_NS)
                else:
                    continue
                if best is None or t < best[0]:
                    best = (t, "steal")
        return best

    def _take(self, p: P, source: str) -> G:
        if source == "next":
            if p.schedtick % GLOBAL_RUNQ_FAIRNESS == 0 and self.global_q and p.schedtick:
                return self.global_q.popleft()
            g, p.runnext = p.runnext, None
            return g
        if source == "local":
            if p.schedtick % GLOBAL_RUNQ_FAIRNESS == 0 and self.global_q and p.schedtick:
                return self.global_q.popleft()
            return p.runq.popleft()
        if source == "global":
            return self.global_q.popleft()
        victims = [v for v in self.ps if v is not p and (v.runq or (v.curg is not None and v.runnext))]
        victim = victims[self.rng.randrange(len(victims))] if len(victims) > 1 else victims[0]
        if not victim.runq:          # stealWork's last round also takes runnext
            g, victim.runnext = victim.runnext, None
            g.p = p
            return g
        n = (len(victim.runq) + 1) // 2
        stolen = [victim.runq.popleft() for _ in range(n)]
        for g in stolen[1:]:
            g.p = p
            p.runq.append(g)
        return stolen[0]

    # -- the event loop ----------------------------------------------------------------------------
    def run(self):
        from ..api import RunResult
        set_current(self)
        from ..lib.gofmt import reset_addresses
        reset_addresses()          # fake pointer addresses start over: runs stay byte-identical
        gc_was = _pause_gc()
        ns = self.program.instantiate(self)
        try:
            self.newproc(ns["_main_entry"], (), "main.main")
            if self.config.signals or self.config.k8s:
                from .sigqueue import schedule_external_signals
                schedule_external_signals(self)
            self._loop()
        except _Exited:
            pass
        except Unsupported as e:
            self.stderr.append(f"deferlab: {e}\n")
            self.status, self.reason = 125, f"cannot simulate: {e}"
        finally:
            set_current(None)
            self._break_cycles(ns)
            _resume_gc(gc_was)
        meta = {"files": {self.program.filename: self.program.source},
                "config": _config_meta(self.config), "status": self.status, "reason": self.reason,
                "stdout": "".join(self.stdout), "stderr": "".join(self.stderr)}
        trace = self.rec.finish(meta)
        return RunResult("".join(self.stdout), "".join(self.stderr), self.status, self.reason, trace)

    def _loop(self) -> None:
        """Until the process ends: start the earliest possible slice (see ``_candidate``) and
        run it (Go's schedule and execute), or fire the earliest timer (or deliver an external
        signal) if it comes first.  The hottest loop of the simulator (three rounds per goroutine
        of the stress benchmark: its two slices and its timer): the common cases of ``_candidate``, ``_take`` and the
        Recorder's slice bookkeeping are inlined; the rare ones are methods (``_slice_failed``,
        ``_safe_point``, ``fire_timers``)."""
        ps = self.ps
        rec = self.rec
        codes = rec.codes
        gq = self.global_q
        timers = self.timers
        heap = timers.heap
        max_t = self.config.max_time_ns
        max_events = self.config.max_events
        next_progress = min(PROGRESS_EVERY, max_events)
        runq_trace_gids = RUNQ_TRACE_MAX_GS + 1     # next_gid - 1 goroutines so far
        quantum = 1 + QUANTUM_EVENTS                # (counting the slice's PROC_RUN)
        tick = CPU_TICK_NS
        allgs = self.allgs
        sysmon = self.sysmon
        stamp_index, stamp_time, stamp_gid = rec.stamp_index.append, rec.stamp_time.append, rec.stamp_gid.append
        rich, code = rec.rich_data.append, codes.append
        while True:
            # the P whose next slice starts first (ties go to the lower P id), and from where
            best_p = None
            best_t = 0
            best_src = ""
            for p in ps:
                if best_p is not None and p.clock >= best_t:
                    continue                          # p cannot start anything sooner
                if p.curg is not None:
                    t, src = p.clock, "cur"
                else:
                    g = p.runnext
                    src = "next"
                    if g is None and p.runq:
                        g = p.runq[0]
                        src = "local"
                    if g is not None:
                        t = g.ready_at if g.ready_at > p.clock else p.clock
                        if gq and gq[0].ready_at < t and p.clock < t:
                            # the global queue's head could start strictly earlier
                            t = gq[0].ready_at if gq[0].ready_at > p.clock else p.clock
                            src = "global"
                    elif gq:
                        t = gq[0].ready_at if gq[0].ready_at > p.clock else p.clock
                        src = "global"
                    else:
                        c = self._candidate(p)         # only stealing is left to look at
                        if c is None:
                            continue
                        t, src = c
                if best_p is None or t < best_t:
                    best_p, best_t, best_src = p, t, src
            # the earliest timer (if it was stopped or reset, the round below drops it)
            t_timer = heap[0][0] if heap else None
            if self.signals is not None and self.signals.run_due(
                    None if best_p is None else best_t, t_timer):
                continue                      # an external signal or kubelet step came first
            if best_p is None:
                if t_timer is None:
                    self.checkdead()
                    return
            elif t_timer is None or t_timer > best_t:
                if best_t > max_t:
                    self.forever(max_t, f"still running at --max-time {max_t // 10**6} ms")
                p = best_p
                if best_src == "cur":
                    g = p.curg
                else:
                    if best_src == "next" and not (gq and p.schedtick % GLOBAL_RUNQ_FAIRNESS == 0
                                                   and p.schedtick):
                        g = p.runnext                # _take's common case, inlined
                        p.runnext = None
                    else:
                        g = self._take(p, best_src)
                    p.schedtick += 1
                    g.run_start = best_t
                    g.preempt = False
                    p.curg = g
                    if self.next_gid <= runq_trace_gids:
                        self._snapshot_runq(p, best_t)
                # -- run g on p for one slice (Go's execute; Recorder.begin/end_slice inlined):
                # until it parks, exits, yields or reaches a safe point with its budget spent
                p.clock = t0 = best_t
                gid = g.gid
                rec.slice_gid = gid
                rec.slice_t0 = t0
                rec.slice_i0 = i0 = len(codes)
                stamp_index(i0)
                stamp_time(t0)
                stamp_gid(gid)
                rich(p.run_payload)
                code(_PROC_RUN)
                self.curg = g
                self.curp = p
                g.status = _RUNNING
                g.p = p
                # a pending preemption request (stackguard0 = stackPreempt) stops the G at its
                # very next safe point; otherwise it runs a quantum before the loop looks again
                self.budget = 0 if g.preempt else i0 + quantum
                try:
                    req = g.gen.send(None)
                except StopIteration:
                    req = None
                except BaseException as e:
                    req = self._slice_failed(p, g, e)
                self.curg = self.curp = None
                if req is None:                       # the goroutine returned
                    rich(())
                    code(_GO_EXIT)
                    g.status = _DEAD
                    g.gen = None
                    del allgs[gid]
                    if gid == 1 and not self.main_goexited:
                        p.clock = rec.end_slice()
                        self.finish(0, "main returned")
                t = t0 + (len(codes) - i0) * tick            # the slice ends with its last event
                if req is not None and req is not PARK and (
                        g.preempt or sysmon.next_tick <= t
                        or (req is not PREEMPT_ASYNC and req is not PREEMPT_COOP)):
                    self._safe_point(p, g, req)       # sysmon, preemption, Gosched...
                else:                                 # rec.end_slice(), inlined
                    rec.slice_gid = 0
                    if t > rec.idle_time:
                        rec.idle_time = t
                    p.clock = t
                    if req is None or req is PARK:
                        p.curg = None                 # else g keeps p: the loop may resume it
                if len(codes) >= next_progress:
                    next_progress = min(len(codes) + PROGRESS_EVERY, max_events)
                    if self.progress is not None:
                        self.progress(p.clock)
                    if self.cancelled is not None and self.cancelled():
                        self.forever(p.clock, "cancelled")
                    if len(codes) >= max_events:
                        self.forever(p.clock, f"still running after {max_events} trace events "
                                              f"(raise --max-events to go on)")
                continue
            # a timer fires no later than any slice could start
            e = heap[0]
            if e[2] != SLEEP and (not e[3].active or e[3].gen != e[2]):
                timers.clean()                # it was stopped or reset: drop it, look again
                continue
            if t_timer > max_t:
                self.forever(max_t, f"still running at --max-time {max_t // 10**6} ms")
            if e[2] == SLEEP and (len(heap) < 2 or heap[1][0] > t_timer) and (
                    len(heap) < 3 or heap[2][0] > t_timer):
                heappop(heap)                 # a lone sleep is due: fire_timers' one case
                self._fire_sleep(e, t_timer)
                if t_timer > rec.idle_time:
                    rec.idle_time = t_timer
            else:
                self.fire_timers(t_timer)

    def _slice_failed(self, p: P, g: G, e: BaseException):
        """The G's generator raised ``e`` during its slice (the loop runs slices itself).  A
        panic or Goexit that left the goroutine's function is Go's fatalpanic / goexit0 (None
        is returned: g is done); os.Exit and fatal errors end the process."""
        try:
            try:
                if isinstance(e, GoUnwind):
                    if isinstance(e, GoPanic):
                        self.fatalpanic(g, e)
                    elif g.gid == 1:
                        self.main_goexited = True
                    return None
                if isinstance(e, Exception) and not isinstance(e, _Exited):
                    self.fatalpanic(g, as_unwind(e, self))   # a runtime error, no defers left
                raise e
            except ExitProcess as x:
                p.clock = self.rec.end_slice()
                self.finish(x.status, x.reason)
            except Fatal as x:
                p.clock = self.rec.end_slice()
                self.fatal(x.msg, g, x.first_line)
        finally:
            self.curg = self.curp = None

    def _safe_point(self, p: P, g: G, req) -> None:
        """g stopped at a safe point (Gosched, or a budget check): let sysmon look, maybe
        preempt it or fast-forward a provably endless loop; then close the slice."""
        rec = self.rec
        now = rec.now()
        if req is GOSCHED:
            rec.emit(K.GO_SCHED, 0)
            p.clock = rec.end_slice()
            g.status = _RUNNABLE
            g.ready_at = p.clock
            p.curg = None
            self.global_q.append(g)
            return
        # a safe point: let sysmon look, fire due timers, maybe preempt
        if self.sysmon.next_tick <= now:
            for t, vp, vg, ran in self.sysmon.advance(now, self.ps):
                rec.emit(K.PREEMPT_REQUEST, 0, vg.gid, ran)
                if self.signals is not None and not self.config.asyncpreemptoff:
                    self.signals.preempt_sigurg()  # preemptM's SIGURG reaches os/signal too
        if req is PREEMPT_SPIN and not (g.preempt and not self.config.asyncpreemptoff):
            target = self._spin_until(p)
            if target is not None and not g.preempt:
                # hop only as far as sysmon's request, so the trace shows it (then hop again)
                target = min(target, now + FORCE_PREEMPT_NS + SYSMON_MAX_DELAY_NS)
            if target is not None and target > now:
                # nothing else can happen before `target`: skip the spinning in one step
                rec.emit(K.SYSMON, 0, f"spinning until {target} ns: nothing else can run")
                rec.end_slice()
                p.clock = target
                return
        if g.preempt and (req is PREEMPT_COOP or not self.config.asyncpreemptoff):
            rec.emit(K.GO_PREEMPT, 0, "cooperative" if req is PREEMPT_COOP else "async")
            p.clock = rec.end_slice()
            g.status = Status.RUNNABLE
            g.preempt = False
            g.ready_at = p.clock
            p.curg = None
            self.global_q.append(g)
            return
        p.clock = rec.end_slice()

    def _spin_until(self, p: P) -> int | None:
        """The G on ``p`` spins in a loop that never ends by itself.  Until when can nothing
        else happen?  None when another P has work (the interplay must be simulated)."""
        others = [q for q in self.ps if q is not p]
        max_t = self.config.max_time_ns + 1
        ext = self.signals.next_when(False) if self.signals is not None else None
        if not others and self.config.asyncpreemptoff:
            # one P that no one can take back: only a signal's default action or max-time
            # ends this; timers still fire on the way (their goroutines can never run)
            return min(t for t in (ext, max_t) if t is not None)
        if any(q.curg is not None or q.runq or q.runnext for q in others) or self.global_q \
                or p.runq or p.runnext:
            return None
        return min(t for t in (ext, self.timers.next_when(), max_t) if t is not None)

    def _snapshot_runq(self, p: P, t: int) -> None:
        """A RUNQ event after each schedule, so the app can draw the G-M-P picture at any step.
        A queue longer than RUNQ_SNAPSHOT_MAX is recorded as ``(-length,)``."""
        q = p.runq
        rn = p.runnext.gid if p.runnext is not None else 0
        lq = tuple(g.gid for g in q) if len(q) <= RUNQ_SNAPSHOT_MAX else (-len(q),)
        gq = self.global_q
        gl = tuple(g.gid for g in gq) if len(gq) <= RUNQ_SNAPSHOT_MAX else (-len(gq),)
        self.rec.emit_at(K.RUNQ, t, 0, 0, p.id, lq, rn, gl)

    def fire_timers(self, until: int) -> None:
        """Fire every timer due at ``until`` (the loop's clock has reached it), in heap order.
        A sleep readies its G; a Timer calls its function.

        What the timers do (ready a G, start an AfterFunc goroutine, send on a channel) happens
        at ``until``, even when another P's last slice already ran past it: the runtime's clock
        between slices (``rec.idle_time``, the latest slice end so far) is set back to ``until``
        while they fire, so a sleeper wakes on time."""
        rec = self.rec
        later = rec.idle_time
        rec.idle_time = until
        timers = self.timers
        heap = timers.heap
        ps = self.ps
        try:
            while heap:
                e = heap[0]
                if e[0] > until:
                    return
                if e[2] == SLEEP:                # (when, order, SLEEP, g, seq)
                    heappop(heap)
                    self._fire_sleep(e, until)
                    continue
                t = e[3]
                if not t.active or t.gen != e[2]:
                    heappop(heap)                # stopped or reset: its live entry is elsewhere
                    continue
                if t.period:
                    t = timers.pop_due(until)    # a ticker: fired, and re-armed
                else:                            # a one-shot timer is its own firing
                    heappop(heap)
                    t.active = False
                    timers.live -= 1
                rec.stamp_index.append(len(rec.codes))      # rec.emit_at(TIMER_FIRE, until, ...)
                rec.stamp_time.append(until)
                rec.stamp_gid.append(0)
                rec.rich_data.append((t.seq, t.what))
                rec.codes.append(_TIMER_FIRE)
                self.curp = ps[t.p] if t.p < len(ps) else ps[0]
                try:
                    t.fn()
                except ExitProcess as x:
                    rec.idle_time = max(rec.idle_time, later)     # the process ends after all that ran
                    self.finish(x.status, x.reason)
                finally:
                    self.curp = None
        finally:
            if later > rec.idle_time:
                rec.idle_time = later

    def _fire_sleep(self, e: tuple, until: int) -> None:
        """A sleep's timer entry ``e`` (already popped) fires at ``until``: ready its G (ready()
        and runqput_next inlined: one per goroutine of the stress benchmark).  Records nothing
        with the runtime's clock, so the loop may call it without fire_timers' set-up."""
        rec = self.rec
        self.timers.live -= 1
        g = e[3]
        rec.stamp_index.append(len(rec.codes))      # rec.emit_at(TIMER_FIRE, until, ...),
        rec.stamp_time.append(until)                # starting a runtime run
        rec.stamp_gid.append(RUNTIME_RUN)
        rec.rich_data.append(e[4])                  # (seq, "sleep"): Recorder.code_names
        rec.codes.append(_TIMER_FIRE)
        if g.status is not _WAITING:
            return
        g.status = _RUNNABLE
        g.waitreason = ""
        g.park_value = None
        g.ready_at = until
        rec.rich_data.append(g.gid)                 # GO_READY, in the runtime run
        rec.codes.append(_GO_READY)
        p = g.p
        if p is None:
            g.p = p = self.ps[0]
        old = p.runnext                             # runqput_next(p, g): no G runs, no wakep
        p.runnext = g
        if old is not None:
            self.runqput(p, old)

    # -- the end ---------------------------------------------------------------------------------
    def checkdead(self) -> None:
        """Nothing can run and no timer is pending (proc.go checkdead).  As in Go, an M kept
        busy (os/signal's watcher, a listener) is looked at first: then nothing is reported,
        not even main's Goexit, and the process waits."""
        if self.hangs_when_idle():
            self.forever(self.rec.idle_time, "blocked forever: real Go would hang here (no deadlock "
                         "report while os/signal or a listener keeps an M busy)")
        live = [g for g in self.allgs.values() if g.status is not Status.DEAD]
        if not live and self.main_goexited:
            self.fatal("no goroutines (main called runtime.Goexit) - deadlock!", None)
        self.fatal("all goroutines are asleep - deadlock!", None)

    def hangs_when_idle(self) -> bool:
        """An M stays blocked (os/signal's watcher, or the netpoller while a goroutine waits in
        Accept or a read): with every G asleep real Go waits (for a signal, a connection)
        instead of reporting a deadlock."""
        return self.blocking_forever_ok or (self.program.imports_net and self.net is not None
                                            and self.net.netpoll_waiting())

    def forever(self, t: int, why: str) -> None:
        self.rec.idle_time = max(self.rec.idle_time, t)
        self.finish(EXIT_FOREVER, f"would run forever: {why}", lost_reason="still running when the simulation stopped")

    def fatalpanic(self, g: G, p: GoPanic) -> None:
        from ..lib.printval import panic_value_text
        lines = panic_lines(p, panic_value_text)
        text = "\n".join(lines) + "\n\n" + goroutine_header(self, g, "running", stack=p.stack) + "\n"
        self.write("stderr", text)
        self.finish(2, f"panic in G{g.gid}", lost_reason=f"panic in G{g.gid}")

    def fatal(self, msg: str, g: G | None, first_line: str | None = None) -> None:
        text = (first_line + "\n" if first_line else "") + f"fatal error: {msg}\n"
        if "deadlock" in msg and "no goroutines" not in msg:
            # checkdead throws on the scheduler's stack, so every goroutine is "other" and
            # printed (tracebackothers), oldest first, each with what it waits for
            blocked = [g for g in self.allgs.values() if g.status is not Status.DEAD]
            where = last_statements(self, {g.gid for g in blocked})
            for b in blocked:
                text += "\n" + goroutine_header(self, b, b.waitreason, where.get(b.gid)) + "\n"
        elif g is not None:
            text += "\n" + goroutine_header(self, g, "running") + "\n"
        self.write("stderr", text)
        self.finish(2, f"fatal error: {msg}", lost_reason=f"fatal error: {msg}")

    def finish(self, status: int, reason: str, lost_reason: str | None = None) -> None:
        """The process ends now: every defer that has not run is lost."""
        if self.status is not None:
            raise _Exited()
        lost_reason = lost_reason or reason
        rec = self.rec
        for g in self.allgs.values():
            if g.status is Status.DEAD:
                continue
            for f in g.frames:
                for d in reversed(f.defers):
                    rec.emit_at(K.DEFER_LOST, rec.now(), g.gid, 0, d[0], lost_reason)
        rec.emit_at(K.EXIT, rec.now(), 0, 0, status, reason)
        self.status, self.reason = status & 0xFF if status >= 0 else status & 0xFF, reason
        raise _Exited()

    def exit(self, status: int, reason: str) -> None:
        raise ExitProcess(status & 0xFF, reason)

    # -- frames (used by compiled code through rtlib) ------------------------------------------------
    def enter(self, fid) -> Frame:
        """A compiled function (or a deferred call) starts: push its frame.  ``fid`` is the
        compiler's (function name, FRAME_PUSH code at the function's position, has defer
        statements)."""
        g = self.curg
        frame_id = self.next_frame_id = self.next_frame_id + 1
        func, push_code, defers = fid
        f = Frame(self, g, frame_id, func, defers)
        rec = self.rec                     # compiled code runs inside its G's slice
        f.call_code = rec.codes[-1]
        if g.deferring is not None:
            f.recover_target = g.deferring
            g.deferring = None
        g.frames.append(f)
        rec.rich_data.append(frame_id)     # the function: Recorder.code_names[push_code]
        rec.codes.append(push_code)
        return f

    def leave(self, f: Frame) -> None:
        frames = f.g.frames
        if frames and frames[-1] is f:
            frames.pop()
        rec = self.rec
        rec.rich_data.append(f.id)
        rec.codes.append(_FRAME_POP)

    def pop_frames_above(self, f: Frame) -> None:
        frames = f.g.frames
        while frames and frames[-1] is not f:
            dead = frames.pop()
            self.rec.emit(K.FRAME_POP, 0, dead.id)

    # -- value text for events -------------------------------------------------------------------
    def format_panic_value(self, v) -> str:
        from ..lib.printval import panic_event_text     # runs no Error/String written in Go
        return panic_event_text(v)

    def _break_cycles(self, ns: dict) -> None:
        """Undo the run's reference cycles (G <-> its frames and generator, the compiled code's
        namespace <-> its functions and this runtime), so everything but the trace is freed by
        reference counting as soon as the run ends, without the cyclic collector."""
        for g in self.allgs.values():
            if g.gen is not None:       # still alive at exit: close its generator now
                g.gen = None
            if g.frames:
                for f in g.frames:
                    f.defers = []
                g.frames = []
        ns.clear()


def _pause_gc() -> bool:
    """Switch the cyclic GC off for the run (100k live generators: the collector alone would
    cost ~3x, see issue 2).  Objects frozen by the previous run go back to the collector's
    oldest generation first, so a run never keeps garbage frozen for good."""
    was = gc.isenabled()
    gc.unfreeze()
    gc.disable()
    return was


def _resume_gc(was: bool) -> None:
    """Re-enable the GC without paying for a collection of the run's young objects.

    Every object the run allocated is still in the young generation (the collector was off),
    and almost all of them are the trace's payload tuples: immutable and long-lived.  The first
    collection after re-enabling would scan them all (measured: 0.6 s after a 100k-goroutine
    run, a third of the run).  ``gc.freeze()`` moves them to the permanent generation instead;
    the next run's ``_pause_gc`` unfreezes them, so cyclic garbage is collected in due course."""
    gc.freeze()
    if was:
        gc.enable()


def _config_meta(c) -> dict:
    return {"seed": c.seed, "gomaxprocs": c.gomaxprocs, "max_time_ns": c.max_time_ns,
            "max_events": c.max_events,
            "signals": [[s.name, s.at_ns, s.source] for s in c.signals],
            "asyncpreemptoff": c.asyncpreemptoff, "k8s": c.k8s}


__all__ = ["Runtime"]
