"""Channels (Go's chan.go: hchan, chansend, chanrecv, closechan).

Invariants (as in chan.go's header):
* at least one of ``sendq`` and ``recvq`` holds no live waiter;
* for a buffered channel, ``buf`` non-empty implies ``recvq`` has no live waiter, and ``buf``
  not full implies ``sendq`` has no live waiter;
* a waiter (``Sudog``) fires at most once: ``done`` is shared by all the cases of one select, so
  the queues may hold stale sudogs, skipped when met (lazy removal).
"""
from __future__ import annotations

from collections import deque

from ..tracing.events import EventKind as K
from . import current
from .errors import GoPanic
from .runtime2 import WaitReason


class SelectState:
    __slots__ = ("done", "case", "value", "ok", "closed_send")

    def __init__(self):
        self.done = False
        self.case = -1
        self.value = None
        self.ok = False
        self.closed_send = False


class Sudog:
    __slots__ = ("g", "elem", "ok", "sel", "case", "own")

    def __init__(self, g, elem=None, sel=None, case=-1):
        self.g, self.elem, self.sel, self.case = g, elem, sel, case
        self.ok = False
        self.own = SelectState() if sel is None else sel

    @property
    def done(self) -> bool:
        return self.own.done

    def fire(self, value=None, ok=True, closed_send=False) -> None:
        st = self.own
        st.done, st.case, st.value, st.ok, st.closed_send = True, self.case, value, ok, closed_send


def _live(q: deque):
    while q and q[0].done:
        q.popleft()
    return q[0] if q else None


class Chan:
    __slots__ = ("id", "type", "cap", "buf", "sendq", "recvq", "closed", "zero", "timer")

    def __init__(self, type_, cap: int, zero):
        rt = current()
        self.id = rt.new_id()
        self.type = type_
        self.cap = cap
        self.buf: deque = deque()
        self.sendq: deque = deque()
        self.recvq: deque = deque()
        self.closed = False
        self.zero = zero
        self.timer = None          # a time.Timer/Ticker feeding this channel: cap()/len() report 0;
        #                            it has maybe_run() (fire if due) and block(+1/-1) (a receiver
        #                            parks/unparks: Go 1.23 keeps it in the heap only then)
        rt.rec.emit(K.CHAN_MAKE, 0, self.id, cap)

    @property
    def gotype(self):
        return self.type

    def __len__(self) -> int:
        """Go's len(c); a timer channel reports 0 (Go 1.23 synchronous timer channels)."""
        return 0 if self.timer is not None else len(self.buf)

    # readiness, used by select
    def can_recv(self) -> bool:
        if self.timer is not None:
            self.timer.maybe_run()      # Go 1.23 timer channels fire lazily (maybeRunChan)
        return bool(self.buf) or self.closed or _live(self.sendq) is not None

    def can_send(self) -> bool:
        return self.closed or _live(self.recvq) is not None or len(self.buf) < self.cap

    def try_send(self, v) -> bool:
        """Non-blocking send (timers, os/signal relay).  False if it would block."""
        if self.closed:
            raise GoPanic.plain("send on closed channel")
        rt = current()
        sg = _live(self.recvq)
        if sg is not None:
            self.recvq.popleft()
            sg.fire(v, True)
            rt.rec.emit(K.CHAN_SEND, 0, self.id, _short(v), sg.g.gid)
            rt.ready(sg.g)
            return True
        if len(self.buf) < self.cap:
            self.buf.append(v)
            rt.rec.emit(K.CHAN_SEND, 0, self.id, _short(v), 0)
            return True
        return False

    def try_recv(self):
        """Non-blocking receive: (value, ok, True) or (None, False, False) if it would block."""
        rt = current()
        if self.timer is not None:
            self.timer.maybe_run()
        if self.buf:
            v = self.buf.popleft()
            sg = _live(self.sendq)
            if sg is not None:       # a blocked sender's value moves into the freed slot
                self.sendq.popleft()
                self.buf.append(sg.elem)
                sg.fire()
                rt.ready(sg.g)
            rt.rec.emit(K.CHAN_RECV, 0, self.id, _short(v), True, 0)
            return v, True, True
        sg = _live(self.sendq)
        if sg is not None:
            self.sendq.popleft()
            sg.fire()
            rt.rec.emit(K.CHAN_RECV, 0, self.id, _short(sg.elem), True, sg.g.gid)
            rt.ready(sg.g)
            return sg.elem, True, True
        if self.closed:
            rt.rec.emit(K.CHAN_RECV, 0, self.id, "", False, 0)
            return self.zero(), False, True
        return None, False, False


def _short(v) -> str:
    from ..lib.printval import arg_text
    try:
        return arg_text(v)
    except Exception:
        return "?"


def makechan(type_, cap: int, zero) -> Chan:
    if cap < 0:
        raise GoPanic.plain("makechan: size out of range")
    return Chan(type_, cap, zero)


def chansend(c: Chan | None, v):
    rt = current()
    if c is None:
        yield from rt.park(WaitReason.CHAN_SEND_NIL)
        return
    if c.try_send(v):
        return
    sg = Sudog(rt.curg, v)
    c.sendq.append(sg)
    yield from rt.park(WaitReason.CHAN_SEND)
    if sg.own.closed_send:
        raise GoPanic.plain("send on closed channel")


def chanrecv2(c: Chan | None):
    rt = current()
    if c is None:
        yield from rt.park(WaitReason.CHAN_RECEIVE_NIL)
        return None, False
    v, ok, done = c.try_recv()
    if done:
        return v, ok
    sg = Sudog(rt.curg)
    c.recvq.append(sg)
    if c.timer is not None:
        c.timer.block(1)                # blockTimerChan: the timer must be in the heap now
    yield from rt.park(WaitReason.CHAN_RECEIVE)
    if c.timer is not None:
        c.timer.block(-1)
    st = sg.own
    if st.ok:
        rt.rec.emit(K.CHAN_RECV, 0, c.id, _short(st.value), True, 0)
        return st.value, True
    return c.zero(), False


def chanrecv(c):
    v, _ = yield from chanrecv2(c)
    return v


def closechan(c: Chan | None) -> None:
    if c is None:
        raise GoPanic.plain("close of nil channel")
    if c.closed:
        raise GoPanic.plain("close of closed channel")
    rt = current()
    c.closed = True
    woken = []
    while c.recvq:
        sg = c.recvq.popleft()
        if sg.done:
            continue
        sg.fire(c.zero(), False)
        woken.append(sg.g)
    while c.sendq:
        sg = c.sendq.popleft()
        if sg.done:
            continue
        sg.fire(None, False, closed_send=True)
        woken.append(sg.g)
    rt.rec.emit(K.CHAN_CLOSE, 0, c.id, tuple(g.gid for g in woken))
    # Go collects the waiters on a gList (a stack) and readies them popping it: the last
    # waiter is readied first, so the first waiter ends up in runnext and runs first
    for g in reversed(woken):
        rt.ready(g)
