"""os/signal.NotifyContext (go1.27 ``src/os/signal/signal.go:275-360``): a cancelCtx that a
signal cancels.

``WithCancelCause(parent)`` + ``Notify`` on an internal buffer-1 channel + a goroutine that
cancels with the cause ``"<signal> signal received"`` on the first signal.  Invariants:
* the registration stays until ``stop()``: later signals land in the full internal channel and
  are swallowed (they neither kill nor reach anyone);
* ``stop()`` cancels the context (cause ``context canceled`` if no signal came) and Stops the
  channel, so the default action returns.
"""
from __future__ import annotations

from ..golang import types as T
from ..runtime import current
from ..runtime.chan import makechan
from ..runtime.selectgo import selectgo
from ..values import Boxed
from .contextpkg import CancelCtx, Canceled, _context_name, cancel_root
from .contextwith import _new_cancel_ctx
from .signalpkg import Notify, Stop, signal
from .syscallpkg import signal_string, signum

signal.type("signalError", "string")


@signal.method("signalError", "Error", "func() string")
def signal_error_error(s: str) -> str:
    return s


@signal.method("signalError", "Is", "func(target error) bool")
def signal_error_is(s: str, target) -> bool:
    """A signal's cause matches context.Canceled (errors.Is(cause, context.Canceled))."""
    return target is Canceled


def _signal_error(text: str) -> Boxed:
    from ..interp.libload import named_type
    return Boxed(named_type("os/signal", "signalError"), text)


def _os_signal_chan() -> T.Chan:
    from ..interp.libload import named_type
    return T.Chan(named_type("os", "Signal"), "both")


@signal.type("signalCtx", "struct{ context.Context }")
class SignalCtx(CancelCtx):
    """*signal.signalCtx: the cancelCtx plus the signals and the internal channel."""
    kind = "signal"

    def __init__(self):
        super().__init__()
        self.signals: list = []
        self.ch = None

    def String(self) -> str:
        text = "signal.NotifyContext(" + _context_name(self.parent)
        if self.signals:
            text += ", [" + " ".join(signal_string(signum(s)) if signum(s) >= 0 else str(s)
                                     for s in self.signals) + "]"
        return text + ")"

    def _wait(self):
        """The goroutine NotifyContext starts: the first signal cancels the context."""
        i, sig, _ = yield from selectgo([(0, self.ch, None), (0, self.Done(), None)], False)
        if i == 0:
            cancel_root(self, True, Canceled, _signal_error(signal_string(signum(sig)) + " signal received"))

    def stop(self):
        cancel_root(self, True, Canceled, None)
        Stop(self.ch)


def notify_context(parent, signals):
    c = _new_cancel_ctx(parent, SignalCtx)
    c.signals = signals.items() if signals is not None else []
    c.ch = makechan(_os_signal_chan(), 1, lambda: None)
    Notify(c.ch, signals)
    if c.err is None:
        current().newproc(c._wait, (), "os/signal.NotifyContext.func1")
    return c, c.stop
