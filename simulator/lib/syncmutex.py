"""Package sync, locks (go1.27 ``src/internal/sync/mutex.go``, ``src/sync/rwmutex.go``).

Mutex follows Go's two modes:
* normal: Unlock frees the lock and wakes the oldest waiter (at most one woken waiter at a time,
  ``_woken``); the woken G competes with running Gs and, if it loses, queues again at the
  *front* (LIFO);
* starvation: once a waiter has waited more than ``STARVATION_NS`` (1 ms), Unlock hands the lock
  directly to the oldest waiter (it never becomes free); the mode ends when the waiter that got
  it is the last one or waited less than 1 ms.
Spinning is not simulated.  RWMutex is Go's algorithm on its counters (readerCount with the
``RWMUTEX_MAX_READERS`` bias while a writer is pending, readerWait, two semaphores), so writers
take precedence over new readers exactly as in Go.

Misuse is fatal (``fatal error: sync: unlock of unlocked mutex``): unrecoverable, no defers.
Trace: MUTEX_LOCK / MUTEX_UNLOCK (mutex id, mode "w" or "r").
"""
from __future__ import annotations

from collections import deque

from ..runtime import current
from ..runtime.errors import Fatal
from ..runtime.runtime2 import WaitReason
from ..runtime.sema import Sema, semacquire, semrelease
from ..tracing.events import EventKind as K
from ..values import GoValue
from .syncpkg import sync

#: a waiter blocked longer than this switches the mutex to starvation mode (mutex.go)
STARVATION_NS = 1_000_000
#: readerCount bias while a writer holds or waits for an RWMutex (rwmutex.go rwmutexMaxReaders)
RWMUTEX_MAX_READERS = 1 << 30
#: bits of internal/sync.Mutex's state word (what fmt prints of a Mutex)
MUTEX_LOCKED, MUTEX_WOKEN, MUTEX_STARVING, MUTEX_WAITER_SHIFT = 1, 2, 4, 3


def _lock_id(obj) -> int:
    if obj._id == 0:
        obj._id = current().new_id()
    return obj._id


@sync.type("Mutex", "struct{ _ struct{}; mu struct{ state int32; sema uint32 } }")
class Mutex(GoValue):
    __slots__ = ("_locked", "_waiters", "_starving", "_woken", "_id")
    _go_methods = {"Lock": "func()", "Unlock": "func()", "TryLock": "func() bool"}
    _go_blocking = ("Lock",)

    def __init__(self):
        self._locked = False
        self._waiters: deque = deque()     # (g, first wait time), oldest first
        self._starving = False
        self._woken = False                # a woken waiter has not run yet
        self._id = 0

    def _state(self) -> int:
        return (MUTEX_LOCKED * self._locked | MUTEX_WOKEN * self._woken
                | MUTEX_STARVING * self._starving | len(self._waiters) << MUTEX_WAITER_SHIFT)

    def _go_fields(self) -> tuple:
        return (), (self._state(), 0)

    def _copy(self) -> "Mutex":
        m = Mutex()
        m._locked, m._starving = self._locked, self._starving
        return m

    def _acquired(self, mode: str = "w") -> None:
        current().rec.emit(K.MUTEX_LOCK, 0, _lock_id(self), mode)

    def Lock(self):
        if not self._locked:
            self._locked = True
            self._acquired()
            return
        rt = current()
        g = rt.curg
        start = rt.now()
        lifo = False
        while True:
            if lifo:
                self._waiters.appendleft((g, start))
            else:
                self._waiters.append((g, start))
            handed = yield from rt.park(WaitReason.MUTEX)
            if handed:                     # starvation mode: the lock was handed to us
                break
            self._woken = False
            if rt.now() - start > STARVATION_NS:
                self._starving = True
            if not self._locked:
                self._locked = True
                break
            lifo = True
        self._acquired()

    def TryLock(self) -> bool:
        if self._locked or self._starving:
            return False
        self._locked = True
        self._acquired()
        return True

    def Unlock(self) -> None:
        if not self._locked:
            raise Fatal("sync: unlock of unlocked mutex")
        rt = current()
        rt.rec.emit(K.MUTEX_UNLOCK, 0, _lock_id(self), "w")
        if self._starving and self._waiters:
            g, since = self._waiters.popleft()
            if not self._waiters or rt.now() - since < STARVATION_NS:
                self._starving = False
            rt.ready(g, True)              # ownership passes: the mutex stays locked
            return
        self._starving = False
        self._locked = False
        if self._waiters and not self._woken:
            g, _ = self._waiters.popleft()
            self._woken = True
            rt.ready(g, False)


@sync.type("RWMutex", "struct{ w Mutex; writerSem uint32; readerSem uint32; "
                      "readerCount struct{ _ struct{}; v int32 }; readerWait struct{ _ struct{}; v int32 } }")
class RWMutex(GoValue):
    __slots__ = ("_w", "_writer_sem", "_reader_sem", "_reader_count", "_reader_wait", "_id")
    _go_methods = {"Lock": "func()", "Unlock": "func()", "RLock": "func()", "RUnlock": "func()",
                   "TryLock": "func() bool", "TryRLock": "func() bool", "RLocker": "func() Locker"}
    _go_blocking = ("Lock", "RLock")

    def __init__(self):
        self._w = Mutex()
        self._writer_sem = Sema()
        self._reader_sem = Sema()
        self._reader_count = 0
        self._reader_wait = 0
        self._id = 0

    def _go_fields(self) -> tuple:
        return self._w, 0, 0, ((), self._reader_count), ((), self._reader_wait)

    def _copy(self) -> "RWMutex":
        rw = RWMutex()
        rw._w = self._w._copy()
        rw._reader_count, rw._reader_wait = self._reader_count, self._reader_wait
        return rw

    def _emit(self, kind, mode: str) -> None:
        current().rec.emit(kind, 0, _lock_id(self), mode)

    def RLock(self):
        self._reader_count += 1
        if self._reader_count < 0:         # a writer is pending: wait for it
            yield from semacquire(self._reader_sem, WaitReason.RWMUTEX_R)
        self._emit(K.MUTEX_LOCK, "r")

    def TryRLock(self) -> bool:
        if self._reader_count < 0:
            return False
        self._reader_count += 1
        self._emit(K.MUTEX_LOCK, "r")
        return True

    def RUnlock(self) -> None:
        self._reader_count -= 1
        r = self._reader_count
        if r < 0:
            if r + 1 == 0 or r + 1 == -RWMUTEX_MAX_READERS:
                raise Fatal("sync: RUnlock of unlocked RWMutex")
            self._reader_wait -= 1
            if self._reader_wait == 0:     # the last reader lets the pending writer in
                semrelease(self._writer_sem)
        self._emit(K.MUTEX_UNLOCK, "r")

    def Lock(self):
        yield from self._w.Lock()
        r = self._reader_count
        self._reader_count -= RWMUTEX_MAX_READERS
        if r != 0:
            self._reader_wait += r
            if self._reader_wait != 0:
                yield from semacquire(self._writer_sem, WaitReason.RWMUTEX_W)
        self._emit(K.MUTEX_LOCK, "w")

    def TryLock(self) -> bool:
        if not self._w.TryLock():
            return False
        if self._reader_count != 0:
            self._w.Unlock()
            return False
        self._reader_count -= RWMUTEX_MAX_READERS
        self._emit(K.MUTEX_LOCK, "w")
        return True

    def Unlock(self) -> None:
        self._reader_count += RWMUTEX_MAX_READERS
        r = self._reader_count
        if r >= RWMUTEX_MAX_READERS:
            raise Fatal("sync: Unlock of unlocked RWMutex")
        self._emit(K.MUTEX_UNLOCK, "w")
        for _ in range(r):                 # unblock the readers that queued behind us
            semrelease(self._reader_sem)
        self._w.Unlock()

    def RLocker(self):
        return RLocker(self)


@sync.type("rlocker", "struct{ rw *RWMutex }")
class RLocker:
    __slots__ = ("rw",)
    _go_methods = {"Lock": "func()", "Unlock": "func()"}
    _go_blocking = ("Lock",)

    def __init__(self, rw=None):
        self.rw = rw

    def Lock(self):
        yield from self.rw.RLock()

    def Unlock(self) -> None:
        self.rw.RUnlock()
