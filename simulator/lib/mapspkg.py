"""Package maps: the Go 1.21 helpers and the Go 1.23 iterators (Keys, Values, All...).

A map is a dict (values.py: ValueKeyMap/IfaceKeyMap for keys Go compares by value).  Iterating
follows ``for k, v := range m`` in the interpreter (rtlib._range_map): the keys in an order
shuffled by the program's seeded RNG, skipping entries deleted meanwhile.
"""
from __future__ import annotations

from ..values import FloatKeyMap, GoStruct, ValueKeyMap, copy_value
from .dyn import call_sync
from .registry import Package
from .slicesiter import call_gen
from .slicespkg import go_eq

maps = Package("maps")


def range_map(m):
    """The (key, value) pairs of ``for k, v := range m``, in the simulator's random order."""
    if not m:
        return
    from ..runtime import current
    keys = list(m)
    current().rng.shuffle(keys)
    for k in keys:
        if k in m:
            yield k, m[k]


def _set(m, k, v) -> None:
    if m is None:
        from ..runtime.errors import GoPanic
        raise GoPanic.plain("assignment to entry in nil map")
    m[k] = copy_value(v)


@maps.func("func Keys[Map ~map[K]V, K comparable, V any](m Map) func(yield func(K) bool)")
def Keys(m):
    def seq(yield_):
        for k, _ in range_map(m):
            if not (yield from call_gen(yield_, copy_value(k))):
                return
    return seq


@maps.func("func Values[Map ~map[K]V, K comparable, V any](m Map) func(yield func(V) bool)")
def Values(m):
    def seq(yield_):
        for _, v in range_map(m):
            if not (yield from call_gen(yield_, copy_value(v))):
                return
    return seq


@maps.func("func All[Map ~map[K]V, K comparable, V any](m Map) func(yield func(K, V) bool)")
def All(m):
    def seq(yield_):
        for k, v in range_map(m):
            if not (yield from call_gen(yield_, copy_value(k), copy_value(v))):
                return
    return seq


def _pairs(seq):
    """A generator: the (k, v) pairs an iter.Seq2 yields."""
    out: list = []

    def add(k, v):
        out.append((k, v))
        return True
    yield from call_gen(seq, add)
    return out


@maps.func("func Insert[Map ~map[K]V, K comparable, V any](m Map, seq func(yield func(K, V) bool))",
           blocking=True)
def Insert(m, seq):
    for k, v in (yield from _pairs(seq)):
        _set(m, k, v)


@maps.func("func Collect[K comparable, V any](seq func(yield func(K, V) bool)) map[K]V",
           blocking=True)
def Collect(seq):
    """make(map[K]V) + Insert; the kind of dict is told from the first key (struct or array keys
    compare by value, float keys may be NaN)."""
    pairs = yield from _pairs(seq)
    k0 = pairs[0][0] if pairs else None
    m = (ValueKeyMap() if isinstance(k0, (GoStruct, list))
         else FloatKeyMap() if isinstance(k0, (float, complex)) else {})
    for k, v in pairs:
        m[k] = copy_value(v)
    return m


@maps.func("func Clone[M ~map[K]V, K comparable, V any](m M) M")
def Clone(m):
    if m is None:
        return None
    new = m.__class__()
    for k, v in m.items():
        new[k] = copy_value(v)
    return new


@maps.func("func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2)")
def Copy(dst, src):
    for k, v in range_map(src):
        _set(dst, k, v)


@maps.func("func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool)")
def DeleteFunc(m, d):
    for k, v in range_map(m):
        if call_sync(d(copy_value(k), copy_value(v))):
            m.pop(k, None)


@maps.func("func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool")
def Equal(m1, m2):
    m1, m2 = m1 or {}, m2 or {}
    if len(m1) != len(m2):
        return False
    return all(k in m2 and go_eq(v, m2[k]) for k, v in m1.items())


@maps.func("func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any]"
           "(m1 M1, m2 M2, eq func(V1, V2) bool) bool")
def EqualFunc(m1, m2, eq):
    m1, m2 = m1 or {}, m2 or {}
    if len(m1) != len(m2):
        return False
    for k, v1 in range_map(m1):
        if k not in m2 or not call_sync(eq(copy_value(v1), copy_value(m2[k]))):
            return False
    return True

