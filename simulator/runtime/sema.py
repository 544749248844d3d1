"""Semaphores (Go's sema.go): the sleeping queue under sync.RWMutex, WaitGroup and Cond.

A ``Sema`` is Go's ``uint32`` semaphore word plus its queue of sudogs.  Invariants:
* ``count > 0`` implies ``waiters`` is empty (a release with a waiter hands the token to it);
* waiters are woken in FIFO order (``lifo=True`` re-queues at the front, as Go's
  ``semacquire1(..., lifo=true)`` does for a waiter that has already waited once);
* a woken waiter owns the token it was handed: ``semacquire`` returns without re-checking
  (Go's ``handoff`` mode; the non-handoff race for the token is not simulated).
"""
from __future__ import annotations

from collections import deque

from . import current


class Sema:
    __slots__ = ("count", "waiters")

    def __init__(self, count: int = 0):
        self.count = count
        self.waiters: deque = deque()

    def __repr__(self) -> str:
        return f"Sema(count={self.count}, waiting={[g.gid for g in self.waiters]})"


def semacquire(s: Sema, reason: str, lifo: bool = False):
    """Take one token, parking the running G with ``reason`` until one is released.  A generator."""
    if s.count > 0:
        s.count -= 1
        return
    rt = current()
    g = rt.curg
    if lifo:
        s.waiters.appendleft(g)
    else:
        s.waiters.append(g)
    yield from rt.park(reason)


def semrelease(s: Sema) -> None:
    """Give one token back: to the oldest waiter if any (made runnable), else to the count."""
    if s.waiters:
        current().ready(s.waiters.popleft())
    else:
        s.count += 1
