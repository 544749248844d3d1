"""Package time, part 2 (go1.27 ``src/time/sleep.go``, ``tick.go``; runtime ``time.go``):
Sleep, Timer, Ticker, After, Tick, AfterFunc.

Timer channels follow Go 1.23+ (go.mod >= 1.23): they are *synchronous* —
* ``cap(C)`` and ``len(C)`` report 0 (``Chan.timer`` is set; the one-slot buffer is internal);
* Stop and Reset drain a value that fired but was never received, and count it as "the timer was
  still pending" (Stop returns true), so no stale value is ever received after them;
* a ticker whose reader is slow holds at most one pending tick: later ticks are dropped.

Each Timer/Ticker owns one runtime timer (``rt.timers``); a stopped one no longer counts for
checkdead (``TimerHeap.live``).
"""
from __future__ import annotations

from ..golang import types as T
from ..runtime import current
from ..runtime.chan import makechan
from ..runtime.errors import GoPanic
from ..runtime.runtime2 import WaitReason
from .timepkg import MAX_DURATION, Time, time, time_type

#: internal buffer of a timer channel (Go 1.23: hchan with timer, buffer 1, reported cap 0)
TIMER_CHAN_BUF = 1


def _when(rt, d: int) -> int:
    """Go's ``when(d)``: now + d, clamped so it never overflows."""
    return min(rt.now() + max(d, 0), MAX_DURATION)


def _pid(rt) -> int:
    return rt.curp.id if rt.curp is not None else 0


@time.func("func Sleep(d Duration)", blocking=True)
def Sleep(d):
    """timeSleep: park "sleep" until a timer readies us; d <= 0 returns at once (no yield)."""
    if d <= 0:
        return
    rt = current()
    g = rt.curg
    rt.timers.add(_when(rt, d), lambda: rt.ready(g), "sleep", _pid(rt))
    yield from rt.park(WaitReason.SLEEP)


def _timer_chan(owner):
    c = makechan(T.Chan(time_type(), "recv"), TIMER_CHAN_BUF, Time)
    c.timer = owner
    return c


def _drain(c) -> bool:
    """timerchandrain: drop a fired-but-unreceived value; True if there was one."""
    if c is not None and c.buf:
        c.buf.clear()
        return True
    return False


def _send_time(c):
    """The timer callback of a channel timer: send the firing time, drop it if one is pending."""
    rt = current()

    def fire():
        if not c.buf:
            c.try_send(Time.at_virtual(rt.now()))
    return fire


@time.type("Timer", "struct{ C <-chan Time }")
class Timer:
    """*time.Timer.  ``_rtimer`` is the runtime timer (None for a zero Timer); ``_fn`` the
    callback: a channel send, or ``go f()`` for AfterFunc (then ``f_C`` is nil)."""
    __slots__ = ("f_C", "_rtimer", "_fn", "_what")
    _go_methods = {"Stop": "func() bool", "Reset": "func(d Duration) bool"}

    def __init__(self):
        self.f_C = None
        self._rtimer = None
        self._fn = None
        self._what = "timer"

    def _start(self, d: int) -> "Timer":
        rt = current()
        self._rtimer = rt.timers.add(_when(rt, d), self._fn, self._what, _pid(rt))
        return self

    def Stop(self) -> bool:
        if self._rtimer is None:
            raise GoPanic("time: Stop called on uninitialized Timer")
        active = current().timers.stop(self._rtimer)
        return _drain(self.f_C) or active

    def Reset(self, d) -> bool:
        if self._rtimer is None:
            raise GoPanic("time: Reset called on uninitialized Timer")
        rt = current()
        pending = _drain(self.f_C)
        active = rt.timers.reset(self._rtimer, _when(rt, d))
        return pending or active


@time.func("func NewTimer(d Duration) *Timer")
def NewTimer(d):
    t = Timer()
    t.f_C = _timer_chan(t)
    t._fn = _send_time(t.f_C)
    t._what = "after"
    return t._start(d)


@time.func("func After(d Duration) <-chan Time")
def After(d):
    return NewTimer(d).f_C


@time.func("func AfterFunc(d Duration, f func()) *Timer")
def AfterFunc(d, f):
    rt = current()
    t = Timer()
    t._fn = lambda: rt.newproc(f, (), "time.goFunc")
    t._what = "afterfunc"
    return t._start(d)


@time.type("Ticker", "struct{ C <-chan Time }")
class Ticker:
    __slots__ = ("f_C", "_rtimer")
    _go_methods = {"Stop": "func()", "Reset": "func(d Duration)"}

    def __init__(self):
        self.f_C = None
        self._rtimer = None

    def Stop(self) -> None:
        if self._rtimer is None:
            return                      # Go: Stop on a zero Ticker is a no-op
        current().timers.stop(self._rtimer)
        _drain(self.f_C)

    def Reset(self, d) -> None:
        if d <= 0:
            raise GoPanic("non-positive interval for Ticker.Reset")
        if self._rtimer is None:
            raise GoPanic("time: Reset called on uninitialized Ticker")
        rt = current()
        _drain(self.f_C)
        rt.timers.reset(self._rtimer, _when(rt, d), d)


@time.func("func NewTicker(d Duration) *Ticker")
def NewTicker(d):
    if d <= 0:
        raise GoPanic("non-positive interval for NewTicker")
    rt = current()
    tk = Ticker()
    tk.f_C = _timer_chan(tk)
    tk._rtimer = rt.timers.add(_when(rt, d), _send_time(tk.f_C), "ticker", _pid(rt), period=d)
    return tk


@time.func("func Tick(d Duration) <-chan Time")
def Tick(d):
    if d <= 0:
        return None
    return NewTicker(d).f_C
