"""Package sync/atomic (go1.27 ``src/sync/atomic``): the Add/Load/Store/Swap/CompareAndSwap
functions on ``*int32 ...`` and the Int32, Int64, Uint32, Uint64, Uintptr, Bool, Value and
Pointer[T] types (value types: copying one copies its value, fmt prints go1.27's fields).

A goroutine runs without interruption between two safe points, so every operation here is
trivially atomic; the only work is Go's integer wrap-around (``AddUint32(&u, ^uint32(0))``
decrements).  The pointer functions receive a ``values.Pointer`` (``p.get()`` / ``p.set(v)``);
a nil pointer faults like Go (SIGSEGV panic).
"""
from __future__ import annotations

from ..golang import types as T
from ..runtime.errors import GoPanic
from ..values import CellPointer, GoValue
from .dyn import dyntype
from .registry import Package
from .syncpkg import gopanic

atomic = Package("sync/atomic")

_TYPES = {"Int32": T.INT32, "Int64": T.INT64, "Uint32": T.UINT32, "Uint64": T.UINT64,
          "Uintptr": T.UINTPTR}


def _deref(p):
    if p is None:
        raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                              "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
    return p


def _register_funcs(suffix: str, gotype: T.Basic) -> None:
    go = gotype.name
    bits = T.INT_BITS[go]
    lo, hi = (-(1 << (bits - 1)), 1 << (bits - 1)) if go in T.SIGNED else (0, 1 << bits)

    def add(p, delta):
        if type(p) is CellPointer:     # &x of an escaping variable: the stress benchmark's
            cell = p.key               # deferred AddInt64, once per goroutine (no calls)
            v = cell.v + delta
            if not lo <= v < hi:       # Go's two's-complement wrap-around
                v = T.wrap_int(v, gotype)
            cell.v = v
            return v
        v = _deref(p).get() + delta
        if not lo <= v < hi:
            v = T.wrap_int(v, gotype)
        p.set(v)
        return v

    def load(p):
        return _deref(p).get()

    def store(p, v):
        _deref(p).set(v)

    def swap(p, new):
        old = _deref(p).get()
        p.set(new)
        return old

    def cas(p, old, new):
        if _deref(p).get() == old:
            p.set(new)
            return True
        return False

    def and_(p, mask):
        old = _deref(p).get()
        p.set(old & mask)
        return old

    def or_(p, mask):
        old = _deref(p).get()
        p.set(T.wrap_int(old | mask, gotype))
        return old

    atomic.func(f"func Add{suffix}(addr *{go}, delta {go}) (new {go})")(add)
    atomic.func(f"func Load{suffix}(addr *{go}) (val {go})")(load)
    atomic.func(f"func Store{suffix}(addr *{go}, val {go})")(store)
    atomic.func(f"func Swap{suffix}(addr *{go}, new {go}) (old {go})")(swap)
    atomic.func(f"func CompareAndSwap{suffix}(addr *{go}, old, new {go}) (swapped bool)")(cas)
    atomic.func(f"func And{suffix}(addr *{go}, mask {go}) (old {go})")(and_)
    atomic.func(f"func Or{suffix}(addr *{go}, mask {go}) (old {go})")(or_)


for _suffix, _t in _TYPES.items():
    _register_funcs(_suffix, _t)


def _int_type(name: str, gotype: T.Basic):
    """atomic.Int32 ...: a struct type holding one integer ``_v``."""
    go = gotype.name

    class _Atomic(GoValue):
        __slots__ = ("_v",)
        _go_methods = {"Load": f"func() {go}", "Store": f"func(val {go})",
                       "Add": f"func(delta {go}) (new {go})", "Swap": f"func(new {go}) (old {go})",
                       "CompareAndSwap": f"func(old, new {go}) (swapped bool)",
                       "And": f"func(mask {go}) (old {go})", "Or": f"func(mask {go}) (old {go})"}

        def __init__(self):
            self._v = 0

        def _go_fields(self) -> tuple:
            return ((), (), self._v) if bits == 64 else ((), self._v)

        def _copy(self):
            a = _Atomic()
            a._v = self._v
            return a

        def Load(self):
            return self._v

        def Store(self, v):
            self._v = v

        def Add(self, delta):
            self._v = T.wrap_int(self._v + delta, gotype)
            return self._v

        def Swap(self, new):
            old, self._v = self._v, new
            return old

        def CompareAndSwap(self, old, new):
            if self._v == old:
                self._v = new
                return True
            return False

        def And(self, mask):
            old, self._v = self._v, self._v & mask
            return old

        def Or(self, mask):
            old, self._v = self._v, T.wrap_int(self._v | mask, gotype)
            return old

    _Atomic.__name__ = _Atomic.__qualname__ = name
    bits = T.INT_BITS[go]
    # go1.27's layout: a noCopy marker, and an align64 marker for the 64-bit ones
    atomic.type(name, f"struct{{ _ struct{{}}; {'_ struct{}; ' if bits == 64 else ''}v {go} }}")(_Atomic)
    return _Atomic


Int32, Int64, Uint32, Uint64, Uintptr = (_int_type(n, t) for n, t in _TYPES.items())


@atomic.type("Bool", "struct{ _ struct{}; v uint32 }")
class Bool(GoValue):
    __slots__ = ("_v",)
    _go_methods = {"Load": "func() bool", "Store": "func(val bool)", "Swap": "func(new bool) (old bool)",
                   "CompareAndSwap": "func(old, new bool) (swapped bool)"}

    def __init__(self):
        self._v = False

    def _go_fields(self) -> tuple:
        return (), int(self._v)

    def _copy(self) -> "Bool":
        b = Bool()
        b._v = self._v
        return b

    def Load(self):
        return self._v

    def Store(self, v):
        self._v = v

    def Swap(self, new):
        old, self._v = self._v, new
        return old

    def CompareAndSwap(self, old, new):
        if self._v == old:
            self._v = new
            return True
        return False


@atomic.type("Value", "struct{ v any }")
class Value(GoValue):
    """atomic.Value: every stored value must have the same dynamic type; nil panics."""
    __slots__ = ("_v",)
    _go_methods = {"Load": "func() (val any)", "Store": "func(val any)",
                   "Swap": "func(new any) (old any)", "CompareAndSwap": "func(old, new any) (swapped bool)"}

    def __init__(self):
        self._v = None

    def _go_fields(self) -> tuple:
        return (self._v,)

    def _copy(self) -> "Value":
        v = Value()
        v._v = self._v
        return v

    def _check(self, v, what: str) -> None:
        if v is None:
            raise gopanic(f"sync/atomic: {what} of nil value into Value")
        if self._v is not None and dyntype(v) != dyntype(self._v):
            raise gopanic(f"sync/atomic: {what} of inconsistently typed value into Value")

    def Load(self):
        return self._v

    def Store(self, v):
        self._check(v, "store")
        self._v = v

    def Swap(self, new):
        self._check(new, "swap")
        old, self._v = self._v, new
        return old

    def CompareAndSwap(self, old, new):
        from .errorspkg import iface_eq
        self._check(new, "compare and swap")
        if old is not None and self._v is not None and dyntype(old) != dyntype(new):
            raise gopanic("sync/atomic: compare and swap of inconsistently typed values")
        if not iface_eq(self._v, old):
            return False
        self._v = new
        return True


@atomic.type("Pointer", "struct{ _ [0]*T; _ struct{}; v *T }", type_params=("T",))
class Pointer(GoValue):
    """atomic.Pointer[T]: a *T loaded and stored atomically (the usual home of a config that a
    SIGHUP handler swaps while requests read it)."""
    __slots__ = ("_v",)
    _go_methods = {"Load": "func() *T", "Store": "func(val *T)", "Swap": "func(new *T) (old *T)",
                   "CompareAndSwap": "func(old, new *T) (swapped bool)"}

    def __init__(self):
        self._v = None

    def _go_fields(self) -> tuple:
        return [], (), self._v

    def _copy(self) -> "Pointer":
        p = type(self)()
        p._v = self._v
        return p

    def Load(self):
        return self._v

    def Store(self, v):
        self._v = v

    def Swap(self, new):
        old, self._v = self._v, new
        return old

    def CompareAndSwap(self, old, new):
        if self._v is old or self._v == old:
            self._v = new
            return True
        return False
