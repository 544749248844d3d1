"""Package time, part 2 (go1.27 ``src/time/sleep.go``, ``tick.go``; runtime ``time.go``):
Sleep, Timer, Ticker, After, Tick, AfterFunc.

Timer channels follow Go 1.23+ (go.mod >= 1.23): they are *synchronous* —
* ``cap(C)`` and ``len(C)`` report 0 (``Chan.timer`` is set; the one-slot buffer is internal);
* Stop and Reset drain a value that fired but was never received, and count it as "the timer was
  still pending" (Stop returns true), so no stale value is ever received after them;
* a ticker whose reader is slow holds at most one pending tick: later ticks are dropped;
* a channel timer is in the runtime heap only while a goroutine is parked receiving from its
  channel; otherwise its value is sent lazily when the channel is looked at (``ChanTimer``).
  So, as in Go, an unstopped ``NewTimer(time.Hour)`` nobody waits on does not hide a deadlock,
  while Sleep and AfterFunc timers always do (``TimerHeap.live``, checkdead).
"""
from __future__ import annotations

from ..golang import types as T
from ..runtime import RUNNING, current
from ..runtime.chan import makechan
from ..runtime.runtime2 import PARK, Status, WaitReason
from ..tracing.events import EventKind as K
from ..tracing.recorder import CPU_TICK_NS
from .syncpkg import gopanic
from .timepkg import MAX_DURATION, Time, time, time_type

_SLEEP = WaitReason.SLEEP
_WAITING = Status.WAITING
_GO_PARK = int(K.GO_PARK)
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
    r = sleep_parks_once(d)
    if r is not None:
        yield r


def sleep_parks_once(d):
    """Sleep as a plain function (registry ``parks_once``): arm the timer and park, returning
    the request the caller yields; None when d <= 0."""
    if d <= 0:
        return None
    rt = RUNNING.rt
    rec = rt.rec                             # a running G: its slice is open (rec.now())
    when = rec.slice_t0 + (len(rec.codes) - rec.slice_i0) * CPU_TICK_NS + d
    g = rt.curg
    rt.timers.add_sleep(when if when < MAX_DURATION else MAX_DURATION, g)
    g.status = _WAITING                      # rt.gopark(_SLEEP), inlined (once per goroutine
    g.waitreason = _SLEEP                    # of the stress benchmark)
    rec.rich_data.append(_SLEEP)
    rec.codes.append(_GO_PARK)
    return PARK


time.funcs["Sleep"].parks_once = sleep_parks_once


class ChanTimer:
    """The runtime timer behind a Timer's or Ticker's channel (Go 1.23 ``timer`` with isChan).

    ``armed`` is Go's ``t.when > 0`` (set and not yet sent; a ticker stays armed).  The runtime
    timer ``rt`` is in the heap only while ``blocked > 0`` (a receiver is parked on the channel:
    blockTimerChan), so an unwatched timer never hides a deadlock; otherwise the send happens
    lazily when someone looks at the channel (``maybe_run``: maybeRunChan).
    """
    __slots__ = ("chan", "when", "period", "armed", "blocked", "rt", "what")

    def __init__(self, when: int, period: int, what: str):
        rt = current()
        self.chan = makechan(T.Chan(time_type(), "recv"), TIMER_CHAN_BUF, Time)
        self.chan.timer = self
        self.when, self.period, self.what = when, period, what
        self.armed = True
        self.blocked = 0
        self.rt = rt.timers.add(when, self._fire_from_heap, what, _pid(rt))
        rt.timers.stop(self.rt)          # not in the heap until a receiver blocks

    def _fire_from_heap(self) -> None:
        self._send(current())
        self._sync_heap()

    def _send(self, rt) -> None:
        """Send the time of this firing (dropped if one is pending), then disarm or re-arm."""
        if not self.chan.buf:
            self.chan.try_send(Time.at_virtual(self.when))
        if self.period:
            now = rt.now()
            self.when += self.period * (1 + max(0, now - self.when) // self.period)
        else:
            self.armed = False

    def maybe_run(self) -> None:
        rt = current()
        if self.armed and self.when <= rt.now():
            rt.timers.stop(self.rt)
            rt.rec.emit(K.TIMER_FIRE, 0, self.rt.seq, self.what)
            self._send(rt)
            self._sync_heap()

    def block(self, delta: int) -> None:
        self.blocked += delta
        self._sync_heap()

    def _sync_heap(self) -> None:
        """In the heap exactly when armed and waited on."""
        timers = current().timers
        want = self.armed and self.blocked > 0
        if want and (not self.rt.active or self.rt.when != self.when):
            timers.reset(self.rt, self.when)
        elif not want and self.rt.active:
            timers.stop(self.rt)

    def stop(self) -> bool:
        """Go's t.stop() for a channel timer: was it armed, or was a value pending?"""
        pending = self.armed
        self.armed = False
        self._sync_heap()
        return _drain(self.chan) or pending

    def reset(self, when: int, period: int) -> bool:
        pending = self.armed
        drained = _drain(self.chan)
        self.when, self.period, self.armed = when, period, True
        self._sync_heap()
        return pending or drained


def _drain(c) -> bool:
    """timerchandrain: drop a fired-but-unreceived value; True if there was one."""
    if c is not None and c.buf:
        c.buf.clear()
        return True
    return False


@time.type("Timer", "struct{ C <-chan Time }")
class Timer:
    """*time.Timer: a channel timer (``_ct``) or, for AfterFunc, a plain runtime timer
    (``_rtimer``, its callback starts ``go f()``; ``f_C`` is nil).  Neither: a zero Timer."""
    __slots__ = ("f_C", "_ct", "_rtimer")
    _go_methods = {"Stop": "func() bool", "Reset": "func(d Duration) bool"}

    def __init__(self):
        self.f_C = None
        self._ct = None
        self._rtimer = None

    def Stop(self) -> bool:
        if self._ct is not None:
            return self._ct.stop()
        if self._rtimer is None:
            raise gopanic("time: Stop called on uninitialized Timer")
        return current().timers.stop(self._rtimer)

    def Reset(self, d) -> bool:
        rt = current()
        if self._ct is not None:
            return self._ct.reset(_when(rt, d), 0)
        if self._rtimer is None:
            raise gopanic("time: Reset called on uninitialized Timer")
        return rt.timers.reset(self._rtimer, _when(rt, d))


@time.func("func NewTimer(d Duration) *Timer")
def NewTimer(d):
    t = Timer()
    t._ct = ChanTimer(_when(current(), d), 0, "after")
    t.f_C = t._ct.chan
    return t


@time.func("func After(d Duration) <-chan Time")
def After(d):
    return NewTimer(d).f_C


@time.func("func AfterFunc(d Duration, f func()) *Timer")
def AfterFunc(d, f):
    rt = current()
    t = Timer()
    t._rtimer = rt.timers.add(_when(rt, d), lambda: rt.newproc(f, (), "time.goFunc"),
                              "afterfunc", _pid(rt))
    return t


@time.type("Ticker", "struct{ C <-chan Time }")
class Ticker:
    __slots__ = ("f_C", "_ct")
    _go_methods = {"Stop": "func()", "Reset": "func(d Duration)"}

    def __init__(self):
        self.f_C = None
        self._ct = None

    def Stop(self) -> None:
        if self._ct is not None:          # Go: Stop on a zero Ticker is a no-op
            self._ct.stop()

    def Reset(self, d) -> None:
        if d <= 0:
            raise gopanic("non-positive interval for Ticker.Reset")
        if self._ct is None:
            raise gopanic("time: Reset called on uninitialized Ticker")
        self._ct.reset(_when(current(), d), d)


@time.func("func NewTicker(d Duration) *Ticker")
def NewTicker(d):
    if d <= 0:
        raise gopanic("non-positive interval for NewTicker")
    tk = Ticker()
    tk._ct = ChanTimer(_when(current(), d), d, "ticker")
    tk.f_C = tk._ct.chan
    return tk


@time.func("func Tick(d Duration) <-chan Time")
def Tick(d):
    if d <= 0:
        return None
    return NewTicker(d).f_C
