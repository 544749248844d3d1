"""Trace event kinds and the immutable event record.

Every kind documents what it means and names the fields of its payload (``Event.data`` is a dict
built from the stored tuple with those names).  Invariants:

* events are ordered by execution: event i happened before event i+1 *on the process*; virtual
  times are non-decreasing within one P's slice and may step back by less than a scheduling
  quantum when the trace switches to another P (Ps run in parallel in virtual time);
* every event belongs to the goroutine that was running when it was recorded, except RUNTIME
  events emitted by the scheduler, timers or the signal machinery (gid 0);
* a trace is never mutated after ``Recorder.finish``.
"""
from __future__ import annotations

from enum import IntEnum
from typing import Any, NamedTuple


class EventKind(IntEnum):
    """What happened. The value is stored in the low 8 bits of an event code."""

    STMT = 0            #: a statement began to execute (no payload: time and goroutine derive from the last PROC_RUN)
    PROC_RUN = 1        #: P `p` starts (or resumes) running goroutine `gid` at `time`; a new scheduling slice
    GO_CREATE = 2       #: `go` statement: the running goroutine created `child` running `func`
    GO_PARK = 3         #: the goroutine blocks; `reason` uses Go's waitReason wording ("chan receive", "sleep"...)
    GO_READY = 4        #: goroutine `target` becomes runnable (woken by the running goroutine or the runtime)
    GO_SCHED = 5        #: runtime.Gosched: the goroutine yields and goes to the global run queue
    GO_PREEMPT = 6      #: the goroutine was preempted; `how` is "async" (SIGURG) or "cooperative" (prologue check)
    PREEMPT_REQUEST = 7  #: sysmon saw `target` running for >= forcePreemptNS and asked it to stop
    GO_EXIT = 8         #: the goroutine finished (returned from its function or Goexit completed)
    FRAME_PUSH = 9      #: a function call began: `func` (qualified name), `frame` (id unique in the run)
    FRAME_POP = 10      #: frame `frame` returned (normally or while unwinding)
    DEFER_PUSH = 11     #: `defer` executed: `defer` id, `frame`, `text` (call source), `args` (evaluated arguments)
    DEFER_RUN = 12      #: deferred call `defer` starts running (popped from its frame's stack)
    DEFER_DONE = 13     #: deferred call `defer` returned
    DEFER_LOST = 14     #: deferred call `defer` never ran because the process ended; `reason` says why
    PANIC = 15          #: panic started with `value` (as Go prints it); `runtime` is True for runtime errors
    RECOVER = 16        #: recover() returned the panic `value` in frame `frame`
    GOEXIT = 17         #: runtime.Goexit was called
    OUTPUT = 18         #: `stream` ("stdout"/"stderr") got `text`
    EXIT = 19           #: the process ended with `status`; `reason` e.g. "main returned", "os.Exit(3)", "killed by SIGTERM"
    CHAN_MAKE = 20      #: channel `chan` created with capacity `cap`
    CHAN_SEND = 21      #: value `value` sent on `chan`; `to` is the receiving goroutine on direct hand-off, else 0
    CHAN_RECV = 22      #: value `value` received from `chan`; `ok` False after close; `from_` is the sender on hand-off
    CHAN_CLOSE = 23     #: `chan` closed; `woken` lists the goroutines it woke
    SELECT = 24         #: select chose case `case` (index in source order, -1 for default) among `ready` cases
    TIMER_FIRE = 25     #: timer `timer` fired (`what`: "sleep", "after", "afterfunc", "ticker", "context")
    WG_ADD = 26         #: WaitGroup `wg` counter changed by `delta` to `counter`
    MUTEX_LOCK = 27     #: mutex `mutex` acquired (`mode` "w" or "r")
    MUTEX_UNLOCK = 28   #: mutex `mutex` released
    CTX_CANCEL = 29     #: context `ctx` cancelled with `err`; `cascade` lists descendant contexts it reached
    CTX_CREATE = 30     #: context `ctx` of `kind` created under `parent`, with `deadline` (ns or None)
    SIGNAL_SENT = 31    #: signal `sig` sent to the process (by `source`: "--signal", "kill", "k8s")
    SIGNAL_CAUGHT = 32  #: the runtime's handler caught `sig`
    SIGNAL_RELAYED = 33  #: `sig` relayed to channel `chan` (os/signal.Notify)
    SIGNAL_DROPPED = 34  #: `sig` dropped for channel `chan`: it was full / nobody was receiving
    SIGNAL_DEFAULT = 35  #: default action `action` ("kill", "dump", "ignore") taken for `sig`
    RUNQ = 36           #: P `p`'s run queue is now `queue` (gids, head first; `(-n,)`: n Gs, too many to
                        #: list) with `runnext` (0: empty); global queue `global_` (same encoding)
    SYSMON = 37         #: sysmon tick (summarised: only ticks that did something are recorded)
    HTTP = 38           #: net/http event: `what` (accept, request-start, request-end, state, listener-close,
                        #: shutdown-poll, ...), `conn`, `detail`
    K8S = 39            #: kubelet step: `what` (terminating, prestop-start, prestop-end, endpoints-removed,
                        #: grace-expired), `detail`


#: Payload field names, in the stored tuple's order.
FIELDS: dict[EventKind, tuple[str, ...]] = {
    EventKind.STMT: (),
    EventKind.PROC_RUN: ("p",),
    EventKind.GO_CREATE: ("child", "func"),
    EventKind.GO_PARK: ("reason",),
    EventKind.GO_READY: ("target",),
    EventKind.GO_SCHED: (),
    EventKind.GO_PREEMPT: ("how",),
    EventKind.PREEMPT_REQUEST: ("target", "ran_ns"),
    EventKind.GO_EXIT: (),
    EventKind.FRAME_PUSH: ("frame", "func"),
    EventKind.FRAME_POP: ("frame",),
    EventKind.DEFER_PUSH: ("defer", "frame", "text", "args"),
    EventKind.DEFER_RUN: ("defer",),
    EventKind.DEFER_DONE: ("defer",),
    EventKind.DEFER_LOST: ("defer", "reason"),
    EventKind.PANIC: ("value", "runtime"),
    EventKind.RECOVER: ("value", "frame"),
    EventKind.GOEXIT: (),
    EventKind.OUTPUT: ("stream", "text"),
    EventKind.EXIT: ("status", "reason"),
    EventKind.CHAN_MAKE: ("chan", "cap"),
    EventKind.CHAN_SEND: ("chan", "value", "to"),
    EventKind.CHAN_RECV: ("chan", "value", "ok", "from_"),
    EventKind.CHAN_CLOSE: ("chan", "woken"),
    EventKind.SELECT: ("case", "ready"),
    EventKind.TIMER_FIRE: ("timer", "what"),
    EventKind.WG_ADD: ("wg", "delta", "counter"),
    EventKind.MUTEX_LOCK: ("mutex", "mode"),
    EventKind.MUTEX_UNLOCK: ("mutex", "mode"),
    EventKind.CTX_CANCEL: ("ctx", "err", "cascade"),
    EventKind.CTX_CREATE: ("ctx", "kind", "parent", "deadline"),
    EventKind.SIGNAL_SENT: ("sig", "source"),
    EventKind.SIGNAL_CAUGHT: ("sig",),
    EventKind.SIGNAL_RELAYED: ("sig", "chan"),
    EventKind.SIGNAL_DROPPED: ("sig", "chan", "why"),
    EventKind.SIGNAL_DEFAULT: ("sig", "action"),
    EventKind.RUNQ: ("p", "queue", "runnext", "global_"),
    EventKind.SYSMON: ("what",),
    EventKind.HTTP: ("what", "conn", "detail"),
    EventKind.K8S: ("what", "detail"),
}

#: Short dotted names used by flowchart bindings and the UI ("defer.push", "go.create", ...).
DOTTED: dict[EventKind, str] = {k: k.name.lower().replace("_", ".", 1) for k in EventKind}
BY_DOTTED: dict[str, EventKind] = {v: k for k, v in DOTTED.items()}


class SourcePos(NamedTuple):
    """A position in a Go source file: 1-based line and column, as the Go compiler prints them."""

    file: str
    line: int
    col: int
    end_line: int
    end_col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


class Event(NamedTuple):
    """One immutable trace record, materialised on demand from the trace's columns."""

    index: int
    kind: EventKind
    time: int            #: virtual nanoseconds since the process started
    gid: int             #: running goroutine (0: the runtime itself)
    pos: SourcePos | None
    data: dict[str, Any]

    @property
    def dotted(self) -> str:
        return DOTTED[self.kind]
