"""Package slices: sorting with Go's own algorithms (sortalgo.py), searching, editing in place
(the iterator functions are in slicesiter.py)."""
from __future__ import annotations

import math as _m

from ..values import GoSlice, GoStruct, copy_value
from . import sortalgo
from .dyn import call_sync
from .registry import Package

slices = Package("slices")


def _items(s):
    return s.items() if isinstance(s, GoSlice) else []


def _panic(msg: str):
    from ..runtime.errors import GoPanic
    return GoPanic(msg)


def _bounds(msg: str):
    from ..runtime.errors import GoPanic
    return GoPanic.runtime(msg)


def go_eq(a, b) -> bool:
    """Go's == on two values of one comparable type."""
    if isinstance(a, GoStruct):
        return a._eq(b)
    if type(a) is list:
        from ..values import value_key
        return value_key(a) == value_key(b)
    return a == b


# -- growing: capacities as the runtime's growslice gives them ----------------------------------

class _Site:
    """An element layout told from a value (the library does not see static types)."""
    __slots__ = ("size", "noscan")

    def __init__(self, sample):
        if isinstance(sample, bool):
            self.size, self.noscan = 1, True
        elif isinstance(sample, (int, float)):
            self.size, self.noscan = 8, True
        elif isinstance(sample, str):
            self.size, self.noscan = 16, False
        elif isinstance(sample, GoStruct) and sample._type is not None:
            from ..interp.typelayout import layout as _layout
            self.size, _, ptrs = _layout(sample._type)
            self.noscan = not ptrs
        else:
            self.size, self.noscan = 8, False


def grown(s, vals: list) -> GoSlice | None:
    """append(s, vals...) (one call): in place when it fits, else a new array from growslice."""
    if not vals:
        return s
    if s is not None and s.len + len(vals) <= s.cap:
        end = s.off + s.len
        s.arr[end:end + len(vals)] = vals
        return GoSlice(s.arr, s.off, s.len + len(vals), s.cap)
    from ..interp.growslice import _growslice
    old = _items(s)
    n = len(old) + len(vals)
    cap = _growslice(s.cap if s is not None else 0, n, _Site(vals[0]))
    zero = _zero_like(vals[0])
    return GoSlice(old + vals + [copy_value(zero) for _ in range(cap - n)], 0, n, cap)


def _zero_like(x):
    """The zero value of x's type, told from the value (basic kinds; nil for references)."""
    if isinstance(x, (bool, int, float, str)):
        return type(x)()
    if isinstance(x, GoStruct):
        return x.__class__._new() if hasattr(x.__class__, "_new") else x
    return None


# -- sorting ----------------------------------------------------------------------------------

def _cmp_less(a, b) -> bool:
    """cmp.Less: NaNs first."""
    return (a != a and b == b) or a < b


def ordered_sort(s) -> None:
    """slices.Sort (pdqsortOrdered).  Equal ints and strings cannot be told apart, so Python's
    sort gives the same result; floats with NaNs or zeros (-0 == 0) take Go's algorithm."""
    items = _items(s)
    if len(items) < 2:
        return
    if isinstance(items[0], float) and any(x != x or x == 0 for x in items):
        arr, off = s.arr, s.off
        sortalgo.pdqsort_all(lambda i, j: _cmp_less(arr[off + i], arr[off + j]),
                             _swapper(s), len(items))
        return
    s.arr[s.off:s.off + s.len] = sorted(items)


def ordered_is_sorted(s) -> bool:
    items = _items(s)
    return not any(_cmp_less(items[i], items[i - 1]) for i in range(len(items) - 1, 0, -1))


def _swapper(s):
    arr, off = s.arr, s.off

    def swap(i, j):
        arr[off + i], arr[off + j] = arr[off + j], arr[off + i]
    return swap


def _cmp_lesser(s, cmp):
    arr, off = s.arr, s.off
    return lambda i, j: call_sync(cmp(copy_value(arr[off + i]), copy_value(arr[off + j]))) < 0


@slices.func("func Sort[S ~[]E, E cmp.Ordered](x S)")
def Sort(s):
    ordered_sort(s)


@slices.func("func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int)")
def SortFunc(s, cmp):
    if s is not None:
        sortalgo.pdqsort_all(_cmp_lesser(s, cmp), _swapper(s), s.len)


@slices.func("func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int)")
def SortStableFunc(s, cmp):
    if s is not None:
        sortalgo.stable(_cmp_lesser(s, cmp), _swapper(s), s.len)


slices.func("func IsSorted[S ~[]E, E cmp.Ordered](x S) bool")(ordered_is_sorted)


@slices.func("func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool")
def IsSortedFunc(s, cmp):
    items = _items(s)
    return not any(call_sync(cmp(copy_value(items[i]), copy_value(items[i - 1]))) < 0 for i in range(len(items) - 1, 0, -1))


@slices.func("func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool)")
def BinarySearch(s, v):
    items = _items(s)
    i, j = 0, len(items)
    while i < j:
        h = (i + j) >> 1
        if _cmp_less(items[h], v):
            i = h + 1
        else:
            j = h
    return i, i < len(items) and (items[i] == v or (items[i] != items[i] and v != v))


@slices.func("func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool)")
def BinarySearchFunc(s, target, cmp):
    items = _items(s)
    i, j = 0, len(items)
    while i < j:
        h = (i + j) >> 1
        if call_sync(cmp(copy_value(items[h]), target)) < 0:
            i = h + 1
        else:
            j = h
    return i, i < len(items) and call_sync(cmp(copy_value(items[i]), target)) == 0


def _fold_ordered(items, want_max: bool):
    m = items[0]
    for x in items[1:]:
        if isinstance(m, float):            # the builtins min/max: NaN wins, -0 < +0
            if m != m or x != x:
                m = float("nan")
                continue
            if x == m == 0:
                neg = _m.copysign(1, x) < 0
                if neg != want_max:
                    m = x
                continue
        if (x > m) if want_max else (x < m):
            m = x
    return m


@slices.func("func Max[S ~[]E, E cmp.Ordered](x S) E")
def Max(s):
    items = _items(s)
    if not items:
        raise _panic("slices.Max: empty list")
    return _fold_ordered(items, True)


@slices.func("func Min[S ~[]E, E cmp.Ordered](x S) E")
def Min(s):
    items = _items(s)
    if not items:
        raise _panic("slices.Min: empty list")
    return _fold_ordered(items, False)


@slices.func("func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E")
def MaxFunc(s, cmp):
    items = _items(s)
    if not items:
        raise _panic("slices.MaxFunc: empty list")
    m = items[0]
    for x in items[1:]:
        if call_sync(cmp(copy_value(x), copy_value(m))) > 0:
            m = x
    return copy_value(m)


@slices.func("func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E")
def MinFunc(s, cmp):
    items = _items(s)
    if not items:
        raise _panic("slices.MinFunc: empty list")
    m = items[0]
    for x in items[1:]:
        if call_sync(cmp(copy_value(x), copy_value(m))) < 0:
            m = x
    return copy_value(m)


# -- searching and comparing --------------------------------------------------------------------

@slices.func("func Contains[S ~[]E, E comparable](s S, v E) bool")
def Contains(s, v):
    return Index(s, v) >= 0


@slices.func("func Index[S ~[]E, E comparable](s S, v E) int")
def Index(s, v):
    for i, x in enumerate(_items(s)):
        if go_eq(x, v):
            return i
    return -1


@slices.func("func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool")
def ContainsFunc(s, f):
    return IndexFunc(s, f) >= 0


@slices.func("func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int")
def IndexFunc(s, f):
    for i, x in enumerate(_items(s)):
        if call_sync(f(copy_value(x))):
            return i
    return -1


@slices.func("func Equal[S ~[]E, E comparable](s1, s2 S) bool")
def Equal(a, b):
    x, y = _items(a), _items(b)
    return len(x) == len(y) and all(go_eq(p, q) for p, q in zip(x, y))


@slices.func("func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool")
def EqualFunc(a, b, eq):
    x, y = _items(a), _items(b)
    return len(x) == len(y) and all(call_sync(eq(copy_value(p), copy_value(q))) for p, q in zip(x, y))


@slices.func("func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int")
def Compare(a, b):
    x, y = _items(a), _items(b)
    for p, q in zip(x, y):
        if _cmp_less(p, q):
            return -1
        if _cmp_less(q, p):
            return 1
    return (len(x) > len(y)) - (len(x) < len(y))


# -- editing --------------------------------------------------------------------------------------

@slices.func("func Reverse[S ~[]E, E any](s S)")
def Reverse(s):
    if s is not None:
        s.arr[s.off:s.off + s.len] = s.items()[::-1]


@slices.func("func Clone[S ~[]E, E any](s S) S")
def Clone(s):
    """append(S([]E{}), s...): a new backing array (struct and array elements copied) with
    growslice's capacity; nil stays nil."""
    if s is None:
        return None
    return grown(GoSlice([], 0, 0, 0), [copy_value(x) for x in _items(s)])


@slices.func("func Compact[S ~[]E, E comparable](s S) S")
def Compact(s):
    """Runs of equal elements become one, in place; since Go 1.22 the elements between the new
    and the old length are zeroed."""
    return _compact(s, go_eq)


@slices.func("func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S")
def CompactFunc(s, eq):
    return _compact(s, lambda a, b: call_sync(eq(copy_value(a), copy_value(b))))


def _compact(s, eq):
    if s is None:
        return None
    items = _items(s)
    out: list = []
    for x in items:
        if not out or not eq(out[-1], x):
            out.append(x)
    tail = [_zero_like(x) for x in items[len(out):]]
    s.arr[s.off:s.off + s.len] = out + tail
    return GoSlice(s.arr, s.off, len(out), s.cap)


@slices.func("func Insert[S ~[]E, E any](s S, i int, v ...E) S")
def Insert(s, i, v):
    n = s.len if s is not None else 0
    if i < 0 or i > n:
        raise _bounds(f"slice bounds out of range [{i}:{n}]")
    vals = [copy_value(x) for x in _items(v)]
    if not vals:
        return s
    items = _items(s)
    if n + len(vals) > (s.cap if s is not None else 0):
        head = GoSlice(s.arr, s.off, i, s.cap) if s is not None else None
        r = grown(head, [copy_value(_zero_like(vals[0])) for _ in range(n + len(vals) - i)])
        r.arr[r.off + i:r.off + n + len(vals)] = vals + items[i:]
        return r
    s.arr[s.off + i:s.off + n + len(vals)] = vals + items[i:]
    return GoSlice(s.arr, s.off, n + len(vals), s.cap)


@slices.func("func Delete[S ~[]E, E any](s S, i, j int) S")
def Delete(s, i, j):
    n = s.len if s is not None else 0
    if j > n:
        raise _bounds(f"slice bounds out of range [:{j}:{n}]")
    if i > j:
        raise _bounds(f"slice bounds out of range [{i}:{j}:]")
    if i == j:
        return s
    items = _items(s)
    kept = items[:i] + items[j:]
    s.arr[s.off:s.off + n] = kept + [_zero_like(x) for x in items[len(kept):]]
    return GoSlice(s.arr, s.off, len(kept), s.cap)


@slices.func("func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S")
def DeleteFunc(s, d):
    items = _items(s)
    kept = [x for x in items if not call_sync(d(copy_value(x)))]
    if len(kept) == len(items):
        return s
    s.arr[s.off:s.off + s.len] = kept + [_zero_like(x) for x in items[len(kept):]]
    return GoSlice(s.arr, s.off, len(kept), s.cap)


@slices.func("func Concat[S ~[]E, E any](slices ...S) S")
def Concat(ss):
    vals = [copy_value(x) for s in _items(ss) for x in _items(s)]
    return grown(None, vals)


@slices.func("func Clip[S ~[]E, E any](s S) S")
def Clip(s):
    return None if s is None else GoSlice(s.arr, s.off, s.len, s.len)


@slices.func("func Grow[S ~[]E, E any](s S, n int) S")
def Grow(s, n):
    """append(s[:cap(s)], make([]E, n)...)[:len(s)] when n more do not fit."""
    if n < 0:
        raise _panic("cannot be negative")
    ln, cap = (s.len, s.cap) if s is not None else (0, 0)
    if ln + n <= cap:
        return s
    items = _items(s)
    sample = items[0] if items else 0
    full = GoSlice(s.arr, s.off, cap, cap) if s is not None else None
    g = grown(full, [copy_value(_zero_like(sample)) for _ in range(ln + n - cap)])
    return GoSlice(g.arr, g.off, ln, g.cap)


@slices.func("func Repeat[S ~[]E, E any](x S, count int) S")
def Repeat(s, count):
    if count < 0:
        raise _panic("cannot be negative")
    items = _items(s)
    out = [copy_value(x) for _ in range(count) for x in items]
    return GoSlice(out, 0, len(out), len(out))
