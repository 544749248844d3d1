"""Package sync (go1.27 ``src/sync``): WaitGroup, Once, OnceFunc/OnceValue/OnceValues, Cond,
Map, Pool.  The locks are ``syncmutex.py``.

Invariants:
* a WaitGroup's waiters are parked ("sync.WaitGroup.Wait") exactly while its counter is > 0; when
  it reaches 0 they are all made runnable, oldest first (Go's Semrelease loop, so the last one
  lands in runnext);
* a negative counter panics with the *string* ``sync: negative WaitGroup counter`` (recoverable);
* a Once is done as soon as f returns *or panics*; concurrent Do callers wait for the first;
* calling user code (f) always goes through ``call_go`` (user functions are generators).
Trace: WG_ADD (wg id, delta, counter).
"""
from __future__ import annotations

from types import GeneratorType

from ..runtime import RUNNING, current
from ..runtime.errors import GoexitUnwind, GoPanic
from ..runtime.runtime2 import WaitReason
from ..runtime.sema import Sema, semacquire, semrelease
from ..tracing.events import EventKind as K
from ..values import GoValue
from .dyn import find_method
from .registry import FuncDecl, Package

sync = Package("sync")
_WG_ADD = int(K.WG_ADD)
sync.type("Locker", "interface{ Lock(); Unlock() }")


def gopanic(value, is_runtime: bool = False) -> GoPanic:
    """A Go panic raised by library code, recorded like the ``panic`` builtin (PANIC event)."""
    rt = current()
    p = GoPanic(value, is_runtime)
    rt.rec.emit(K.PANIC, 0, rt.format_panic_value(value), is_runtime)
    return p


def call_go(f, *args):
    """Call a Go func value from library code (a generator: ``yield from call_go(f)``)."""
    if f is None:
        raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                              "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
    r = f(*args)
    if type(r) is GeneratorType:
        r = yield from r
    return r


def _obj_id(obj) -> int:
    if obj._id == 0:
        obj._id = current().new_id()
    return obj._id


# -- WaitGroup -----------------------------------------------------------------------------------
@sync.type("WaitGroup", "struct{ noCopy struct{}; state struct{ _ struct{}; _ struct{}; v uint64 }; sema uint32 }")
class WaitGroup(GoValue):
    __slots__ = ("_count", "_sema", "_id")
    _go_methods = {"Add": "func(delta int)", "Done": "func()", "Wait": "func()", "Go": "func(f func())"}
    _go_blocking = ("Wait",)

    def __init__(self):
        self._count = 0
        self._sema = Sema()
        self._id = 0

    def _go_fields(self) -> tuple:
        # the state word: counter in the high 32 bits, waiters in the low ones
        return (), ((), (), (self._count & 0xFFFF_FFFF) << 32 | len(self._sema.waiters)), 0

    def _copy(self) -> "WaitGroup":
        wg = WaitGroup()
        wg._count = self._count
        return wg

    def Add(self, delta=-1) -> None:
        """Add(delta); with no argument it is Done (``Done = Add``: one call less per
        goroutine of the stress benchmark; Go's type check never lets user code call Add())."""
        self._count = n = self._count + delta
        rec = RUNNING.rt.rec
        data = (self._id or _obj_id(self), delta, n)
        if rec.slice_gid:                 # rec.emit, inlined (Done runs once per goroutine)
            rec.rich_data.append(data)
            rec.codes.append(_WG_ADD)
        else:
            rec.emit(_WG_ADD, 0, *data)
        if n <= 0:
            if n < 0:
                raise gopanic("sync: negative WaitGroup counter")
            while self._sema.waiters:
                semrelease(self._sema)

    Done = Add

    def Wait(self):
        if self._count == 0:
            return
        yield from semacquire(self._sema, WaitReason.WAIT_GROUP)

    def Go(self, f) -> None:
        """Add(1); go f() with Done after it.  If f panics, the panic is recovered and re-raised
        *without* Done (``panic: v [recovered, repanicked]``)."""
        self.Add(1)
        current().newproc(self._run, (f,), "sync.(*WaitGroup).Go.func1")

    def _run(self, f):
        try:
            yield from call_go(f)
        except GoexitUnwind:
            self.Done()
            raise
        except GoPanic as p:
            p.recovered = True
            again = gopanic(p.value, p.is_runtime)
            again.repanicked = True
            again.link = p.link
            again.extra_line = p.extra_line
            raise again from None
        self.Done()


# -- Once ----------------------------------------------------------------------------------------
@sync.type("Once", "struct{ _ struct{}; done struct{ _ struct{}; v uint32 }; m Mutex }")
class Once(GoValue):
    __slots__ = ("_done", "_running", "_waiters")
    _go_methods = {"Do": "func(f func())"}
    _go_blocking = ("Do",)

    def __init__(self):
        self._done = False
        self._running = False
        self._waiters: list = []

    def _go_fields(self) -> tuple:
        # m is held while f runs; the callers waiting for it are its waiters
        m_state = (1 | len(self._waiters) << 3) if self._running else 0
        return (), ((), int(self._done)), ((), (m_state, 0))

    def _copy(self) -> "Once":
        o = Once()
        o._done = self._done
        return o

    def Do(self, f):
        if self._done:
            return
        rt = current()
        if self._running:                  # another G runs f: wait on Once's mutex, as Go does
            self._waiters.append(rt.curg)
            yield from rt.park(WaitReason.MUTEX)
            return
        self._running = True
        try:
            yield from call_go(f)
        finally:
            self._done = True
            self._running = False
            waiters, self._waiters = self._waiters, []
            for g in waiters:
                rt.ready(g)


@sync.func("func OnceFunc(f func()) func()")
def OnceFunc(f):
    return _once_call(f, lambda r: None)


def OnceValue(f):
    return _once_call(f, lambda r: r)


def OnceValues(f):
    return _once_call(f, lambda r: r)


# generic: declared by hand (the registry's name parsing stops at "["); usable once the front
# end instantiates generic library functions
sync.funcs["OnceValue"] = FuncDecl("OnceValue", "func OnceValue[T any](f func() T) func() T", OnceValue)
sync.funcs["OnceValues"] = FuncDecl(
    "OnceValues", "func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2)", OnceValues)


def _once_call(f, result):
    """The func that OnceFunc/OnceValue/OnceValues return: f runs once; if it panicked, every
    call panics with the same value (the first call's panic is a re-panic, as in Go)."""
    once = Once()
    state = {"valid": False, "panic": None, "value": None}

    def body():
        try:
            state["value"] = yield from call_go(f)
            state["valid"] = True
        except GoPanic as p:
            p.recovered = True
            state["panic"] = p.value
            again = gopanic(p.value, p.is_runtime)
            again.repanicked = True
            raise again from None

    def call():
        yield from once.Do(body)
        if not state["valid"]:
            raise gopanic(state["panic"])
        return result(state["value"])
    return call


# -- Cond ----------------------------------------------------------------------------------------
@sync.type("Cond", "struct{ noCopy struct{}; L Locker; notify struct{ wait uint32; notify uint32; "
                   "lock uintptr; head *struct{}; tail *struct{} }; checker uintptr }")
class Cond(GoValue):
    """*sync.Cond: ``f_L`` is the Locker; waiters are woken oldest first (notifyList tickets).
    ``_checker`` is Go's copyChecker: the Cond that first used it; a copy made after that
    panics on use ("sync.Cond is copied")."""
    __slots__ = ("f_L", "_waiters", "_tickets", "_notified", "_checker")
    _go_methods = {"Wait": "func()", "Signal": "func()", "Broadcast": "func()"}
    _go_blocking = ("Wait",)

    def __init__(self, lock=None):
        self.f_L = lock
        self._waiters: list = []
        self._tickets = 0                  # notifyList.wait: tickets handed out
        self._notified = 0                 # notifyList.notify: tickets woken
        self._checker = None

    def _check(self) -> None:
        if self._checker is not self:
            if self._checker is not None:
                raise gopanic("sync.Cond is copied")
            self._checker = self

    def _go_fields(self) -> tuple:
        from .gofmt import fake_address
        checker = fake_address(self._checker) if self._checker is not None else 0
        return (), self.f_L, (self._tickets, self._notified, 0, None, None), checker

    def _copy(self) -> "Cond":
        c = Cond(self.f_L)
        c._tickets = c._notified = self._notified
        c._checker = self._checker
        return c

    def Wait(self):
        self._check()
        rt = current()
        self._waiters.append(rt.curg)      # notifyListAdd before Unlock: no lost wake-up
        self._tickets += 1
        yield from call_go(find_method(self.f_L, "Unlock"))
        yield from rt.park(WaitReason.COND)
        yield from call_go(find_method(self.f_L, "Lock"))

    def Signal(self) -> None:
        self._check()
        if self._waiters:
            self._notified += 1
            current().ready(self._waiters.pop(0))

    def Broadcast(self) -> None:
        self._check()
        waiters, self._waiters = self._waiters, []
        self._notified = self._tickets
        rt = current()
        for g in waiters:
            rt.ready(g)


@sync.func("func NewCond(l Locker) *Cond")
def NewCond(lock):
    return Cond(lock)


# -- Map -----------------------------------------------------------------------------------------
def _key(k):
    """A dict key for interface value k that keeps Go's identity (1 != true != 1.0)."""
    return (type(k).__name__, k) if isinstance(k, (bool, int, float, str)) else k


@sync.type("Map", "struct{ m map[any]any }")
class Map:
    __slots__ = ("_m",)
    _go_methods = {
        "Load": "func(key any) (value any, ok bool)", "Store": "func(key, value any)",
        "LoadOrStore": "func(key, value any) (actual any, loaded bool)",
        "LoadAndDelete": "func(key any) (value any, loaded bool)", "Delete": "func(key any)",
        "Swap": "func(key, value any) (previous any, loaded bool)",
        "CompareAndSwap": "func(key, old, new any) (swapped bool)",
        "CompareAndDelete": "func(key, old any) (deleted bool)",
        "Range": "func(f func(key, value any) bool)", "Clear": "func()"}
    _go_blocking = ("Range",)

    def __init__(self):
        self._m: dict = {}                 # _key(k) -> (k, v)

    def Load(self, key):
        kv = self._m.get(_key(key))
        return (kv[1], True) if kv else (None, False)

    def Store(self, key, value) -> None:
        self._m[_key(key)] = (key, value)

    def LoadOrStore(self, key, value):
        kv = self._m.get(_key(key))
        if kv:
            return kv[1], True
        self._m[_key(key)] = (key, value)
        return value, False

    def LoadAndDelete(self, key):
        kv = self._m.pop(_key(key), None)
        return (kv[1], True) if kv else (None, False)

    def Delete(self, key) -> None:
        self._m.pop(_key(key), None)

    def Swap(self, key, value):
        kv = self._m.get(_key(key))
        self._m[_key(key)] = (key, value)
        return (kv[1], True) if kv else (None, False)

    def CompareAndSwap(self, key, old, new) -> bool:
        from .errorspkg import iface_eq
        kv = self._m.get(_key(key))
        if not kv or not iface_eq(kv[1], old):
            return False
        self._m[_key(key)] = (key, new)
        return True

    def CompareAndDelete(self, key, old) -> bool:
        from .errorspkg import iface_eq
        kv = self._m.get(_key(key))
        if not kv or not iface_eq(kv[1], old):
            return False
        del self._m[_key(key)]
        return True

    def Clear(self) -> None:
        self._m.clear()

    def Range(self, f):
        """Visits a snapshot in a seeded random order (Go's order is unspecified)."""
        items = list(self._m.values())
        current().rng.shuffle(items)
        for k, v in items:
            if not (yield from call_go(f, k, v)):
                return


# -- Pool ----------------------------------------------------------------------------------------
@sync.type("Pool", "struct{ New func() any }")
class Pool:
    __slots__ = ("f_New", "_items")
    _go_methods = {"Get": "func() any", "Put": "func(x any)"}
    _go_blocking = ("Get",)

    def __init__(self):
        self.f_New = None
        self._items: list = []

    def Put(self, x) -> None:
        if x is not None:
            self._items.append(x)

    def Get(self):
        if self._items:
            return self._items.pop()
        if self.f_New is None:
            return None
        return (yield from call_go(self.f_New))
