"""The runtime's data, named as in Go's runtime2.go: goroutines (g), processors (p), statuses,
wait reasons, and the requests a goroutine yields to the scheduler.

Invariants:
* a G is in exactly one place: running on a P (``p.curg``), in one run queue (a P's ``runnext``,
  its ``runq``, or the global queue), parked (``_Gwaiting`` with a ``waitreason``), or dead;
* a parked G is made runnable only by ``Runtime.ready`` (Go's ``goready``).
"""
from __future__ import annotations

from collections import deque
from enum import Enum


class Status(Enum):
    """G statuses (runtime2.go ``_Grunnable`` ...)."""
    IDLE = "idle"            # just allocated
    RUNNABLE = "runnable"    # on a run queue, not executing
    RUNNING = "running"      # executing on a P
    WAITING = "waiting"      # parked: blocked in the runtime (see waitreason)
    DEAD = "dead"            # finished


_RUNNABLE = Status.RUNNABLE    # (an Enum member lookup costs ~75 ns on CPython 3.11)


class WaitReason:
    """Go's waitReason strings, exactly as a goroutine dump prints them."""
    CHAN_RECEIVE = "chan receive"
    CHAN_SEND = "chan send"
    CHAN_RECEIVE_NIL = "chan receive (nil chan)"
    CHAN_SEND_NIL = "chan send (nil chan)"
    SELECT = "select"
    SELECT_NO_CASES = "select (no cases)"
    SLEEP = "sleep"
    WAIT_GROUP = "sync.WaitGroup.Wait"
    MUTEX = "sync.Mutex.Lock"
    RWMUTEX_R = "sync.RWMutex.RLock"
    RWMUTEX_W = "sync.RWMutex.Lock"
    COND = "sync.Cond.Wait"
    IO_WAIT = "IO wait"
    SIGNAL = "signal"        # stand-in for os/signal's watcher


class Request:
    """What a goroutine's generator yields to the scheduler."""
    __slots__ = ("name", "blocks")

    def __init__(self, name: str, blocks: bool = False):
        self.name = name
        self.blocks = blocks

    def __repr__(self) -> str:
        return f"<{self.name}>"


PARK = Request("park", blocks=True)          # the G parked itself (gopark); switch away
PREEMPT_ASYNC = Request("preempt-async")     # budget check at a loop back-edge (async-safe point)
PREEMPT_COOP = Request("preempt-coop")       # budget check at a function prologue
PREEMPT_SPIN = Request("preempt-spin")       # back-edge of a loop that provably never ends
GOSCHED = Request("gosched")                 # runtime.Gosched


class G:
    __slots__ = ("gid", "gen", "status", "waitreason", "frames", "func", "parent", "creator", "pos_id",
                 "p", "ready_at", "run_start", "panic", "deferring", "park_value", "preempt",
                 "__weakref__")

    def __init__(self, gid: int, gen, func: str, parent: int, creator: str, pos_id: int,
                 p=None, ready_at: int = 0):
        self.gid = gid
        self.gen = gen
        self.status = _RUNNABLE
        self.waitreason = ""
        self.frames: list = []         # runtime.panic.Frame, innermost last
        self.func = func
        self.parent = parent           # gid of the goroutine whose go statement created it
        self.creator = creator         # that goroutine's function (the parent may be long gone)
        self.pos_id = pos_id           # where the go statement is
        self.p = p                     # the P whose queue holds it / that runs it
        self.ready_at = ready_at       # virtual time it became runnable
        self.run_start = 0             # virtual time its current time slice began
        self.panic = None              # the panic whose deferred call is running (for recover)
        self.deferring = None          # (panic or None) set while a deferred call starts
        self.park_value = None         # what the waker hands over (e.g. a received value)
        self.preempt = False           # sysmon asked it to stop at its next safe point

    def __repr__(self) -> str:
        return f"G{self.gid}"


#: local run queue capacity of a P (runtime2.go: runq [256]guintptr)
RUNQ_SIZE = 256


class P:
    __slots__ = ("id", "runq", "runnext", "curg", "clock", "schedtick", "run_payload")

    def __init__(self, pid: int):
        self.id = pid
        self.run_payload = (pid,)      # the PROC_RUN payload, shared by all its slices
        self.runq: deque = deque()
        self.runnext: G | None = None
        self.curg: G | None = None
        self.clock = 0                 # this P's virtual time (Ps run in parallel)
        self.schedtick = 0

    def has_local_work(self) -> bool:
        return self.curg is not None or self.runnext is not None or bool(self.runq)
