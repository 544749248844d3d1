"""Timers (Go's time.go): one heap ordered by (when, sequence) so equal times fire in creation
order; cancellation is lazy (flag it, skip it when popped), as asyncio does."""
from __future__ import annotations

import heapq
from itertools import count


class Timer:
    __slots__ = ("when", "seq", "fn", "what", "active", "p", "period")

    def __init__(self, when: int, seq: int, fn, what: str, p: int, period: int = 0):
        self.when, self.seq, self.fn, self.what, self.p = when, seq, fn, what, p
        self.active = True
        self.period = period       # > 0 for tickers: re-armed after each fire

    def __lt__(self, other: "Timer") -> bool:
        return (self.when, self.seq) < (other.when, other.seq)


class TimerHeap:
    def __init__(self):
        self._heap: list[Timer] = []
        self._seq = count()
        self.live = 0              # active timers: checkdead treats any as "something will happen"

    def add(self, when: int, fn, what: str, p: int = 0, period: int = 0) -> Timer:
        t = Timer(when, next(self._seq), fn, what, p, period)
        heapq.heappush(self._heap, t)
        self.live += 1
        return t

    def stop(self, t: Timer) -> bool:
        """True if the timer was active (it will not fire now)."""
        if not t.active:
            return False
        t.active = False
        self.live -= 1
        return True

    def reset(self, t: Timer, when: int) -> bool:
        was = self.stop(t)
        t.active = True
        t.when = when
        t.seq = next(self._seq)
        self.live += 1
        heapq.heappush(self._heap, t)
        return was

    def next_when(self) -> int | None:
        h = self._heap
        while h and not h[0].active:
            heapq.heappop(h)
        return h[0].when if h else None

    def pop_due(self, now: int) -> Timer | None:
        h = self._heap
        while h and not h[0].active:
            heapq.heappop(h)
        if h and h[0].when <= now:
            t = heapq.heappop(h)
            if t.period:
                t.when += t.period
                t.seq = next(self._seq)
                heapq.heappush(h, t)
            else:
                t.active = False
                self.live -= 1
            return t
        return None
