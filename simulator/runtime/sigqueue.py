"""Signals: the runtime's handler (Go's signal_unix.go ``sighandler``), the hand-over to
os/signal (sigqueue.go ``sigsend``/``signal_recv``), signals sent from outside in virtual time
(``--signal``, scenario directives) and the kubelet's termination sequence (``k8s``).

What a signal does (``sighandler``, in this order, as Go decides it):

1. SIGKILL, SIGSTOP: the kernel acts, no handler runs (kill: 137; stop: the process freezes
   until SIGCONT, see ``_stop``).
2. wanted by os/signal (some channel registered with ``signal.Notify``): SIGNAL_CAUGHT, then
   os/signal's ``process`` relays it without blocking to every registered channel.
3. ignored (``signal.Ignore``; or SIGHUP/SIGINT ignored before a Notify that Stop/Reset
   undid): nothing.
4. the default action from Go's ``sigtab_linux_generic.go`` flags: ``_SigKill`` (HUP, INT, TERM)
   ends the process as killed by the signal (128+N, no output, defers lost); ``_SigThrow`` and
   user-sent ``_SigPanic`` (QUIT, ILL, TRAP, ABRT, BUS, FPE, SEGV, STKFLT, SYS) dump the
   goroutines (``SIGQUIT: quit`` / ``PC=0x0 m=0 sigcode=0`` / goroutine headers) and exit 2;
   ``_SigDefault`` ones keep the system default (TSTP/TTIN/TTOU stop, CONT continues); every
   other signal is caught and ignored (USR1, USR2, PIPE, ALRM, CHLD, URG, WINCH, ...).

Invariants:
* external deliveries live in their own heap (``SigState.queue``), never in ``rt.timers``: a
  signal nobody has sent yet is not a Go timer, so it never hides a deadlock.  When every G is
  blocked and no timer is pending, the loop still waits for the next external event only if the
  process would hang in real Go (os/signal's watcher or a listener keeps an M blocked:
  ``Runtime.hangs_when_idle``); otherwise checkdead reports the deadlock at once, as Go does;
* a signal the program sends itself (syscall.Kill, Process.Signal) is handled synchronously in
  the sending goroutine: Linux delivers a process-directed signal to the sending thread before
  kill(2) returns (verified: ``Kill(self, SIGTERM); Println(..)`` never printed, 20/20 runs).
  Only os/signal's relay to the channels comes later, from its watcher goroutine: when the
  sender's slice ends (``Kill(self, SIGUSR1)`` then blocking on an unbuffered Notify channel
  receives it, 20/20 runs);
* ``wanted`` and ``ignored`` are disjoint (signal_enable clears ignored, signal_ignore clears
  wanted, as runtime/sigqueue.go does);
* a stopped process (SIGSTOP, or TSTP/TTIN/TTOU by default) runs nothing until SIGCONT: no G,
  no timer.  The monotonic clock keeps going, so on SIGCONT every timer due in the meantime
  fires at once, and later ones fire at their own time (``_stop``).
"""
from __future__ import annotations

import heapq
from itertools import count

from ..tracing.events import EventKind as K
from .errors import ExitProcess
from .runtime2 import Status
from .traceback import goroutine_header, last_statements

# -- the Linux signal table --------------------------------------------------------------------------
#: signal numbers on linux/amd64 (zerrors_linux_amd64.go)
SIGNUM = {"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6,
          "SIGBUS": 7, "SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11, "SIGUSR2": 12,
          "SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15, "SIGSTKFLT": 16, "SIGCHLD": 17,
          "SIGCONT": 18, "SIGSTOP": 19, "SIGTSTP": 20, "SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23,
          "SIGXCPU": 24, "SIGXFSZ": 25, "SIGVTALRM": 26, "SIGPROF": 27, "SIGWINCH": 28,
          "SIGIO": 29, "SIGPWR": 30, "SIGSYS": 31}
SIGNAME = {n: name for name, n in SIGNUM.items()}
#: os/signal handles signals 0..numSig-1 (os/signal/signal_unix.go numSig)
NSIG = 65

# sigtab flags (runtime2.go _SigNotify ...), only the ones that decide the action
_NOTIFY, _KILL, _THROW, _PANIC, _DEFAULT = 1, 2, 4, 8, 16
#: runtime/sigtab_linux_generic.go: flags and the text a dump starts with
SIGTAB = {
    1: (_NOTIFY | _KILL, "SIGHUP: terminal line hangup"),
    2: (_NOTIFY | _KILL, "SIGINT: interrupt"),
    3: (_NOTIFY | _THROW, "SIGQUIT: quit"),
    4: (_THROW, "SIGILL: illegal instruction"),
    5: (_THROW, "SIGTRAP: trace trap"),
    6: (_NOTIFY | _THROW, "SIGABRT: abort"),
    7: (_PANIC, "SIGBUS: bus error"),
    8: (_PANIC, "SIGFPE: floating-point exception"),
    9: (0, "SIGKILL: kill"),
    10: (_NOTIFY, "SIGUSR1: user-defined signal 1"),
    11: (_PANIC, "SIGSEGV: segmentation violation"),
    12: (_NOTIFY, "SIGUSR2: user-defined signal 2"),
    13: (_NOTIFY, "SIGPIPE: write to broken pipe"),
    14: (_NOTIFY, "SIGALRM: alarm clock"),
    15: (_NOTIFY | _KILL, "SIGTERM: termination"),
    16: (_THROW, "SIGSTKFLT: stack fault"),
    17: (_NOTIFY, "SIGCHLD: child status has changed"),
    18: (_NOTIFY | _DEFAULT, "SIGCONT: continue"),
    19: (0, "SIGSTOP: stop, unblockable"),
    20: (_NOTIFY | _DEFAULT, "SIGTSTP: keyboard stop"),
    21: (_NOTIFY | _DEFAULT, "SIGTTIN: background read from tty"),
    22: (_NOTIFY | _DEFAULT, "SIGTTOU: background write to tty"),
    23: (_NOTIFY, "SIGURG: urgent condition on socket"),
    24: (_NOTIFY, "SIGXCPU: cpu limit exceeded"),
    25: (_NOTIFY, "SIGXFSZ: file size limit exceeded"),
    26: (_NOTIFY, "SIGVTALRM: virtual alarm clock"),
    27: (_NOTIFY, "SIGPROF: profiling alarm clock"),
    28: (_NOTIFY, "SIGWINCH: window size change"),
    29: (_NOTIFY, "SIGIO: i/o now possible"),
    30: (_NOTIFY, "SIGPWR: power failure restart"),
    31: (_THROW, "SIGSYS: bad system call"),
}
SIGHUP, SIGINT, SIGKILL, SIGSTOP, SIGCONT, SIGURG = 1, 2, 9, 19, 18, 23
#: the stop signals: SIGCONT discards them while pending (and they discard a pending SIGCONT)
STOP_SIGNALS = frozenset((19, 20, 21, 22))
#: status 2 after a goroutine dump (runtime exit(2) after a throw)
DUMP_STATUS = 2

# default actions (SIGNAL_DEFAULT ``action``)
KILL, DUMP, IGNORE, STOP = "kill", "dump", "ignore", "stop"
#: what SIGCONT does to a stopped process (whatever its disposition), as a SIGNAL_DEFAULT action
CONTINUE = "continue"


def default_action(n: int) -> str:
    """What Go (or, for uncaught ``_SigDefault`` signals, the kernel) does with signal n."""
    if n == SIGKILL:
        return KILL
    if n == SIGSTOP:
        return STOP
    flags = SIGTAB.get(n, (_THROW, ""))[0] if n < 32 else _NOTIFY
    if flags & _DEFAULT:
        return IGNORE if n == SIGCONT else STOP
    if flags & _KILL:
        return KILL
    if flags & (_THROW | _PANIC):
        return DUMP
    return IGNORE


def signame(n: int) -> str:
    return SIGNAME.get(n, f"signal {n}")


# -- per-process signal state -----------------------------------------------------------------------
class SigState:
    """The runtime's side of signals (sigqueue.go ``sig``) plus the external delivery queue."""

    def __init__(self, rt):
        self.rt = rt
        self.wanted: set[int] = set()     # signals os/signal relays (signal_enable)
        self.ignored: set[int] = set()    # sig.ignored: what signal.Ignored reports
        self.sig_ign: set[int] = set()    # disposition SIG_IGN: the kernel drops them
        self.fwd_ign: set[int] = set()    # fwdSig is SIG_IGN: it was, when Go took it back
        self.recv = None                  # os/signal's process(n): set when its watcher starts
        self.handlers = None              # os/signal's table (lib/signalpkg.py owns it)
        self.queue: list = []             # heap of (when, seq, fn): external deliveries
        self._seq = count()
        self.stopped = False

    # runtime.signal_enable / signal_disable / signal_ignore / signal_ignored
    def enable(self, n: int) -> None:
        """signal_enable: Go's handler is (re)installed; sigenable remembers the disposition it
        replaces (fwdSig) when it had given the signal up, e.g. to signal.Ignore."""
        self.wanted.add(n)
        self.ignored.discard(n)
        if n in self.sig_ign:
            self.sig_ign.discard(n)
            self.fwd_ign.add(n)

    def disable(self, n: int) -> None:
        """signal_disable (Stop, Reset): Go's handler stays and applies the default action,
        except for SIGHUP and SIGINT whose remembered disposition was SIG_IGN
        (sigInstallGoHandler): that comes back, so Ignore+Notify+Reset leaves them ignored."""
        self.wanted.discard(n)
        if n in (SIGHUP, SIGINT) and n in self.fwd_ign:
            self.sig_ign.add(n)

    def ignore(self, n: int) -> None:
        self.wanted.discard(n)
        if n not in (SIGKILL, SIGSTOP):
            self.ignored.add(n)
            self.sig_ign.add(n)

    def is_ignored(self, n: int) -> bool:
        return n in self.ignored

    # -- the external queue ---------------------------------------------------------------------
    def at(self, when: int, fn) -> None:
        """Run ``fn()`` in scheduler context at virtual time ``when`` (an external event)."""
        heapq.heappush(self.queue, (when, next(self._seq), fn))

    def next_when(self, idle: bool) -> int | None:
        """Time of the next external event the loop should process; None when there is none or
        when the process is idle (no G can run, no timer) and real Go would not wait for it."""
        if not self.queue:
            return None
        if idle and not self.rt.hangs_when_idle():
            return None
        return self.queue[0][0]

    def run_due(self, best_t, t_timer) -> bool:
        """Called by the loop each round: if the next external event comes no later than the
        next slice (starting at ``best_t``, None if none can) and the next timer, process it
        and return True."""
        t = self.next_when(best_t is None and t_timer is None)
        if t is None or (best_t is not None and t > best_t) or (t_timer is not None and t > t_timer):
            return False
        rt = self.rt
        max_t = rt.config.max_time_ns
        if t > max_t:
            rt.forever(max_t, f"still running at --max-time {max_t // 10**6} ms")
        _, _, fn = heapq.heappop(self.queue)
        rt.rec.idle_time = max(rt.rec.idle_time, t)
        fn()
        return True

    # -- sending and handling -------------------------------------------------------------------
    def send_external(self, n: int, source: str) -> None:
        """A signal from outside arrives now (scheduler context)."""
        self.rt.rec.emit_at(K.SIGNAL_SENT, self.rt.now(), 0, 0, signame(n), source)
        self.sighandler(n, in_g=False)

    def sighandler(self, n: int, in_g: bool) -> None:
        """Go's sighandler for signal n.  ``in_g``: running inside the G that sent it to itself
        (then the process ends by raising ExitProcess through that G, never by finishing
        under it)."""
        rt = self.rt
        emit = rt.rec.emit if in_g else (lambda kind, pos, *d: rt.rec.emit_at(kind, rt.now(), 0, 0, *d))
        name = signame(n)
        if n not in (SIGKILL, SIGSTOP) and n in self.wanted and self.recv is not None:
            emit(K.SIGNAL_CAUGHT, 0, name)
            if in_g:
                # sigsend queued it for os/signal's watcher goroutine, which relays it when it
                # runs: once the sender's slice ends (typically by blocking on the very channel)
                self.at(rt.now(), lambda: self.recv(n) if self.recv is not None else None)
            else:
                self.recv(n)
            return
        if n in self.sig_ign:
            emit(K.SIGNAL_DEFAULT, 0, name, IGNORE)
            return
        action = default_action(n)
        emit(K.SIGNAL_DEFAULT, 0, name, action)
        if action == KILL:
            self._end(128 + n, f"killed by {name}", in_g)
        elif action == DUMP:
            rt.write("stderr", self._dump_text(n))
            self._end(DUMP_STATUS, SIGTAB[n][1], in_g)
        elif action == STOP:
            self._stop(name, in_g)

    def _end(self, status: int, reason: str, in_g: bool) -> None:
        if in_g:
            raise ExitProcess(status, reason)
        self.rt.finish(status, reason)

    def _dump_text(self, n: int) -> str:
        """What a _SigThrow signal prints: the signal, a register line, every goroutine."""
        rt = self.rt
        running = {p.curg for p in rt.ps if p.curg is not None}
        if rt.curg is not None:
            running.add(rt.curg)
        heads = []
        live = [g for g in sorted(rt.allgs.values(), key=lambda g: g.gid) if g.status is not Status.DEAD]
        where = last_statements(rt, {g.gid for g in live})
        for g in live:
            state = "running" if g in running else (g.waitreason or "runnable")
            heads.append(goroutine_header(rt, g, state, where.get(g.gid)))
        return f"{SIGTAB[n][1]}\nPC=0x0 m=0 sigcode=0\n\n" + "\n\n".join(heads) + "\n"

    def _stop(self, name: str, in_g: bool) -> None:
        """The process is stopped: nothing of it runs until SIGCONT (or SIGKILL ends it).

        The external events that come meanwhile are taken in order here, in scheduler context:
        SIGKILL kills; SIGCONT resumes (``_resume``); stop signals do nothing more; any other
        signal stays pending in the kernel until the resume; kubelet steps and the like happen
        at their time.  A process that stops itself (``Kill(self, SIGSTOP)``) is stopped inside
        its running G, which cannot be frozen and thawed in the middle of its slice: it never
        resumes (a known difference)."""
        rt = self.rt
        self.stopped = True
        pending: dict[int, str] = {}
        while self.queue:
            when, _, fn = heapq.heappop(self.queue)
            n = getattr(fn, "signum", None)
            if in_g:
                if n == SIGKILL:
                    raise ExitProcess(128 + SIGKILL, "killed by SIGKILL")
                continue
            max_t = rt.config.max_time_ns
            if when > max_t:
                rt.forever(max_t, f"stopped by {name}; still stopped at --max-time {max_t // 10**6} ms")
            rt.rec.idle_time = max(rt.rec.idle_time, when)
            if n is None or n == SIGKILL:
                fn()                                 # a kubelet step; SIGKILL ends the process
            elif n == SIGCONT:
                self._resume(when, fn.source, pending)
                return
            else:
                rt.rec.emit_at(K.SIGNAL_SENT, when, 0, 0, signame(n), fn.source)
                if n not in STOP_SIGNALS:            # already stopped: a stop signal is moot
                    pending[n] = fn.source
        if in_g:
            raise ExitProcess(124, f"would run forever: stopped by {name}")
        rt.forever(rt.now(), f"stopped by {name}")

    def _resume(self, t: int, source: str, pending: dict[int, str]) -> None:
        """SIGCONT at ``t`` resumes the stopped process: every P and every timer due by then
        continues at ``t`` (timers in the order they were due), later timers keep their time.
        Then the signals that came while stopped, and SIGCONT if os/signal wants it, are
        handled, lowest number first (the kernel's and signal_recv's order): continuing is the
        kernel's doing, whatever SIGCONT's disposition."""
        rt = self.rt
        self.stopped = False
        rt.rec.emit_at(K.SIGNAL_SENT, t, 0, 0, signame(SIGCONT), source)
        rt.rec.emit_at(K.SIGNAL_DEFAULT, t, 0, 0, signame(SIGCONT), CONTINUE)
        for p in rt.ps:
            if p.clock < t:
                p.clock = t
        _delay_timers(rt.timers.heap, t)
        if SIGCONT in self.wanted:
            pending[SIGCONT] = source
        for n in sorted(pending):
            self.sighandler(n, in_g=False)

    def preempt_sigurg(self) -> None:
        """preemptM sent the runtime's own SIGURG (async preemption): os/signal relays it too
        when SIGURG is wanted (``signal.Notify(c)`` with no signals)."""
        if SIGURG in self.wanted and self.recv is not None:
            rt = self.rt
            rt.rec.emit_at(K.SIGNAL_CAUGHT, rt.now(), 0, 0, signame(SIGURG))
            self.recv(SIGURG)


def sigstate(rt) -> SigState:
    """The runtime's SigState, created on first use."""
    if rt.signals is None:
        rt.signals = SigState(rt)
    return rt.signals


def _sender(st: SigState, n: int, source: str):
    def send():
        st.send_external(n, source)
    send.signum, send.source = n, source
    return send


def _delay_timers(heap: list, t: int) -> None:
    """Move every timer entry due before ``t`` to ``t``, keeping the order they were due in
    (ahead of the entries already at ``t``: negative tie-break orders).  Only the heap entry
    changes: a Timer keeps its ``when``, as Go's does (a channel timer sends that time)."""
    due = sorted(e for e in heap if e[0] < t)
    if not due:
        return
    rest = [e for e in heap if e[0] >= t]
    moved = [(t, k - len(due)) + e[2:] for k, e in enumerate(due)]
    heap[:] = moved + rest
    heapq.heapify(heap)


# -- outside senders: --signal and the kubelet ---------------------------------------------------------
#: kubelet: StopContainer gets at least this much time after preStop (minimumGracePeriodInSeconds,
#: pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer)
K8S_MIN_GRACE_NS = 2 * 10**9


def k8s_plan(k8s: dict) -> tuple[list, list]:
    """The kubelet's termination sequence: ([(t, K8S what, detail)], [(t, signal name)]).

    preStop runs first for at most the grace period (the countdown starts before it); then
    SIGTERM; SIGKILL when the rest of the grace period, but at least 2 s, has passed.  Endpoints
    are removed ``traffic_until`` after the pod starts terminating (the HTTP model stops sending
    new requests then: ``rt.k8s_traffic_until``)."""
    at, grace = k8s.get("at", 0), k8s.get("grace", 30 * 10**9)
    prestop, traffic = k8s.get("prestop", 0), k8s.get("traffic_until", 0)
    ran = min(prestop, grace)
    term = at + ran
    kill = term + max(grace - ran, K8S_MIN_GRACE_NS)
    steps = [(at, "terminating", f"grace period {grace // 10**6} ms")]
    if prestop:
        steps.append((at, "prestop-start", f"preStop hook, {prestop // 10**6} ms"))
        steps.append((term, "prestop-end", "finished" if prestop <= grace else "grace period over"))
    steps.append((at + traffic, "endpoints-removed", "no new traffic"))
    steps.append((kill, "grace-expired", "SIGKILL"))
    return steps, [(term, "SIGTERM"), (kill, "SIGKILL")]


def schedule_external_signals(rt) -> None:
    """Queue every configured signal (and the kubelet's steps) at its virtual time.  A
    ``--signal`` identical (name and time) to one the kubelet sends is that same signal: a
    Kubernetes scenario lists them too so that a real run (no kubelet) sends them."""
    st = sigstate(rt)
    k8s_sigs: set = set()
    if rt.config.k8s:
        steps, sigs = k8s_plan(rt.config.k8s)
        rt.k8s_traffic_until = rt.config.k8s.get("at", 0) + rt.config.k8s.get("traffic_until", 0)
        for t, what, detail in steps:
            st.at(t, _k8s_step(rt, what, detail))
        for t, name in sigs:
            k8s_sigs.add((name, t))
            st.at(t, _sender(st, SIGNUM[name], "k8s"))
    for spec in rt.config.signals:
        if (spec.name, spec.at_ns) in k8s_sigs:
            continue
        st.at(spec.at_ns, _sender(st, SIGNUM[spec.name], spec.source))


def _k8s_step(rt, what: str, detail: str):
    def step():
        rt.rec.emit_at(K.K8S, rt.now(), 0, 0, what, detail)
    return step


def kill_self(n: int) -> None:
    """syscall.Kill(os.Getpid(), n) from the running G: delivered before Kill returns."""
    from . import current
    rt = current()
    rt.rec.emit(K.SIGNAL_SENT, 0, signame(n), "kill")
    if n == 0:            # signal 0: only checks that the process exists
        return
    sigstate(rt).sighandler(n, in_g=True)
