"""select (Go's select.go selectgo).

Cases arrive already evaluated, in source order, as ``(dir, chan, value)`` with dir 0 = receive,
1 = send.  Like Go, the cases are polled in a random permutation (from the seeded RNG), so a
select over several ready cases is fair; if none is ready, ``default`` runs, or the goroutine
parks on every channel at once and the first partner wins.
Returns ``(case index, received value, ok)``; ``(-1, None, False)`` for default.
"""
from __future__ import annotations

from ..tracing.events import EventKind as K
from . import current
from .chan import SelectState, Sudog
from .errors import GoPanic
from .runtime2 import WaitReason


def selectgo(cases: list, has_default: bool):
    rt = current()
    order = list(range(len(cases)))
    if len(order) > 1:
        rt.rng.shuffle(order)
    ready = [i for i in order if _ready(cases[i])]
    if ready:
        i = ready[0]
        d, c, v = cases[i]
        rt.rec.emit(K.SELECT, 0, i, tuple(sorted(ready)))
        if d == 1:
            if c.closed:
                raise GoPanic.plain("send on closed channel")
            c.try_send(v)
            return i, None, False
        val, ok, _ = c.try_recv()
        return i, val, ok
    if has_default:
        rt.rec.emit(K.SELECT, 0, -1, ())
        return -1, None, False
    if not cases or all(c is None for _, c, _ in cases):
        yield from rt.park(WaitReason.SELECT_NO_CASES if not cases else WaitReason.SELECT)
        return -1, None, False
    state = SelectState()
    g = rt.curg
    for i, (d, c, v) in enumerate(cases):
        if c is None:
            continue
        sg = Sudog(g, v if d == 1 else None, state, i)
        (c.sendq if d == 1 else c.recvq).append(sg)
    timers = [c.timer for d, c, _ in cases if d == 0 and c is not None and c.timer is not None]
    for t in timers:
        t.block(1)                      # Go 1.23 timer channels: in the heap while waited on
    yield from rt.park(WaitReason.SELECT)
    for t in timers:
        t.block(-1)
    i = state.case
    d, c, _ = cases[i]
    rt.rec.emit(K.SELECT, 0, i, ())
    if d == 1:
        if state.closed_send:
            raise GoPanic.plain("send on closed channel")
        return i, None, False
    if state.ok:
        return i, state.value, True
    return i, c.zero(), False


def _ready(case) -> bool:
    d, c, _ = case
    if c is None:
        return False
    return c.can_send() if d == 1 else c.can_recv()
