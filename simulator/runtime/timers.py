"""Timers (Go's time.go): one heap ordered by (when, sequence) so equal times fire in creation
order; cancellation is lazy (flag it, skip it when popped), as asyncio does.

Invariants:
* a heap entry is ``(when, order, gen, timer)``; it is live only while ``timer.active`` and
  ``timer.gen == gen`` (``reset`` bumps ``gen`` and pushes a fresh entry, so a timer is never
  mutated while its live entry sits in the heap);
* a sleep (the commonest timer, never stopped or reset) has no Timer object: its entry is
  ``(when, order, SLEEP, g, seq)`` and it readies ``g`` when it fires;
* ``live`` counts active timers: checkdead treats any as "something will happen", so a stopped
  timer must not count (``stop``);
* ``Timer.seq`` is the timer's identity in trace events (TIMER_FIRE); it never changes.
"""
from __future__ import annotations

import heapq
from itertools import count


#: the generation slot of a sleep's heap entry (real generations are >= 0)
SLEEP = -1


class Timer:
    __slots__ = ("when", "seq", "fn", "what", "active", "p", "period", "gen")

    def __init__(self, when: int, seq: int, fn, what: str, p: int, period: int = 0):
        self.when = when
        self.seq = seq
        self.fn = fn
        self.what = what
        self.p = p
        self.active = True
        self.period = period       # > 0 for tickers: re-armed after each fire
        self.gen = 0               # bumped by reset: older heap entries are stale


class Fired:
    """One firing of a periodic timer, as the scheduler sees it (``when`` is this firing's time
    although the ticker has already been re-armed for its next period).  A one-shot timer is
    its own firing."""
    __slots__ = ("when", "seq", "fn", "what", "p")

    def __init__(self, t: Timer, when: int):
        self.when, self.seq, self.fn, self.what, self.p = when, t.seq, t.fn, t.what, t.p


class TimerHeap:
    def __init__(self):
        self.heap: list[tuple] = []  # (when, order, gen, timer): read directly by proc's loop
        self._seq = count(1)
        self._order = count()      # heap tie-break: equal times fire in arming order
        self.live = 0              # active timers: checkdead treats any as "something will happen"

    def _push(self, t: Timer) -> None:
        heapq.heappush(self.heap, (t.when, next(self._order), t.gen, t))

    def add(self, when: int, fn, what: str, p: int = 0, period: int = 0) -> Timer:
        t = Timer(when, next(self._seq), fn, what, p, period)
        heapq.heappush(self.heap, (when, next(self._order), 0, t))
        self.live += 1
        return t

    def add_sleep(self, when: int, g) -> None:
        """timeSleep's timer: readies ``g`` at ``when`` (fired by the scheduler's loop)."""
        heapq.heappush(self.heap, (when, next(self._order), SLEEP, g, next(self._seq)))
        self.live += 1

    def stop(self, t: Timer) -> bool:
        """True if the timer was active (it will not fire now)."""
        if not t.active:
            return False
        t.active = False
        self.live -= 1
        return True

    def reset(self, t: Timer, when: int, period: int | None = None) -> bool:
        """Re-arm t at ``when`` (and a new ``period`` if given); True if it was active."""
        was = self.stop(t)
        t.active = True
        t.when = when
        if period is not None:
            t.period = period
        t.gen += 1
        self.live += 1
        self._push(t)
        return was

    def clean(self) -> None:
        """Drop stale entries (stopped or re-armed timers) from the top of the heap."""
        h = self.heap
        while h and h[0][2] != SLEEP and (not h[0][3].active or h[0][3].gen != h[0][2]):
            heapq.heappop(h)

    def next_when(self) -> int | None:
        self.clean()
        return self.heap[0][0] if self.heap else None

    def pop_due(self, now: int) -> Fired | None:
        """The next Timer due by ``now`` (a sleep's entry is the scheduler's to pop)."""
        self.clean()
        h = self.heap
        if h and h[0][0] <= now and h[0][2] != SLEEP:
            t = heapq.heappop(h)[3]
            if t.period:
                fired = Fired(t, t.when)
                t.when += t.period
                self._push(t)
                return fired
            t.active = False
            self.live -= 1
            return t                  # a one-shot timer is its own firing
        return None
