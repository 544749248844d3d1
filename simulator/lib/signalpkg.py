"""Package os/signal: Notify, Stop, Ignore, Ignored, Reset, NotifyContext (go1.27
``src/os/signal/signal.go``).

The handler table mirrors Go's ``handlers``: for each channel the set of signals it wants, and
per signal a reference count of channels.  The first channel for a signal enables it in the
runtime (``SigState.enable``: sighandler relays instead of taking the default action); the last
one leaving disables it again (the default returns).

Invariants:
* ``refs[n]`` == number of channels whose set holds n; a channel with an empty set is removed;
* the watcher (Go's ``watchSignalLoop`` goroutine, started by the first Notify) never stops:
  from then on ``rt.blocking_forever_ok`` holds (no deadlock report: the process waits for a
  signal) and ``runtime.NumGoroutine`` counts it;
* relaying never blocks: a full channel, or an unbuffered one nobody is receiving on, loses the
  signal (SIGNAL_DROPPED says why).
"""
from __future__ import annotations

from ..runtime import current
from ..runtime.errors import GoPanic
from ..runtime.sigqueue import NSIG, signame, sigstate
from ..tracing.events import EventKind as K
from .registry import Package
from .syncpkg import gopanic
from .syscallpkg import signal_value, signum

signal = Package("os/signal")


class Handlers:
    """os/signal's handlers: channel -> wanted signal numbers (insertion ordered), refs."""

    def __init__(self):
        self.m: dict = {}
        self.ref = [0] * NSIG


def _state():
    st = sigstate(current())
    if st.handlers is None:
        st.handlers = Handlers()
    return st


def _nums(sigs) -> list[int]:
    """The signal numbers of a ``...os.Signal`` argument; all of them when it is empty."""
    items = sigs.items() if sigs is not None else []
    if not items:
        return list(range(NSIG))
    return [signum(s) for s in items]


def _start_watcher(st) -> None:
    """watchSignalLoopOnce: the os/signal goroutine that receives from the runtime."""
    if st.recv is None:
        st.recv = process
        st.rt.blocking_forever_ok = True


@signal.func("func Notify(c chan<- os.Signal, sig ...os.Signal)")
def Notify(c, sig):
    if c is None:
        raise gopanic("os/signal: Notify using nil channel")
    st = _state()
    h = st.handlers
    for n in _nums(sig):
        if n < 0:
            continue
        want = h.m.setdefault(c, set())
        if n in want:
            continue
        want.add(n)
        if h.ref[n] == 0:
            st.enable(n)
            _start_watcher(st)
        h.ref[n] += 1


@signal.func("func Stop(c chan<- os.Signal)")
def Stop(c):
    st = _state()
    h = st.handlers
    want = h.m.pop(c, None)
    if want is None:
        return
    for n in sorted(want):
        h.ref[n] -= 1
        if h.ref[n] == 0:
            st.disable(n)


def _cancel(sig, action) -> None:
    """Ignore/Reset: forget the signals for every channel, then apply ``action(st, n)``."""
    st = _state()
    h = st.handlers
    for n in _nums(sig):
        if n < 0:
            continue
        for c, want in list(h.m.items()):
            if n in want:
                h.ref[n] -= 1
                want.discard(n)
                if not want:
                    del h.m[c]
        action(st, n)


@signal.func("func Ignore(sig ...os.Signal)")
def Ignore(sig):
    _cancel(sig, lambda st, n: st.ignore(n))


@signal.func("func Reset(sig ...os.Signal)")
def Reset(sig):
    _cancel(sig, lambda st, n: st.disable(n))


@signal.func("func Ignored(sig os.Signal) bool")
def Ignored(sig):
    n = signum(sig)
    return n >= 0 and _state().is_ignored(n)


def process(n: int) -> None:
    """os/signal's ``process``: a copy of the signal to every channel that wants it, without
    blocking (``select { case c <- sig: default: }``)."""
    rt = current()
    st = sigstate(rt)
    name = signame(n)
    sig = signal_value(n)
    for c, want in list(st.handlers.m.items()):
        if n not in want:
            continue
        try:
            sent = c.try_send(sig)
        except GoPanic:       # the program closed a registered channel: os/signal's G crashes
            rt.write("stderr", "panic: send on closed channel\n\ngoroutine 0 [running]:\n"
                     "os/signal.process(...)\n")
            rt.finish(2, "panic in os/signal.process")
        if sent:
            rt.rec.emit(K.SIGNAL_RELAYED, 0, name, c.id)
        else:
            why = "channel full" if c.cap else "unbuffered and nobody receiving"
            rt.rec.emit(K.SIGNAL_DROPPED, 0, name, c.id, why)


# -- NotifyContext ---------------------------------------------------------------------------------
@signal.func("func NotifyContext(parent context.Context, signals ...os.Signal) "
             "(ctx context.Context, stop context.CancelFunc)")
def NotifyContext(parent, signals):
    from . import signalctx
    return signalctx.notify_context(parent, signals)
