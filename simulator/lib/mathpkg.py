"""Packages math, sort, slices and maps: the common functions people reach for."""
from __future__ import annotations

import functools
import math as _m
from fractions import Fraction

from ..values import GoSlice, GoStruct, copy_value
from .dyn import call_sync
from .registry import Package

math = Package("math")
# untyped constants, exact as Go declares them (math/const.go): math.Pi * 1e9 is folded exactly
for _name, _val in (("Pi", "3.14159265358979323846264338327950288419716939937510582097494459"),
                    ("E", "2.71828182845904523536028747135266249775724709369995957496696763"),
                    ("Sqrt2", "1.41421356237309504880168872420969807856967187537694807317667974"),
                    ("Ln2", "0.693147180559945309417232121458176568075500134360255254120680009"),
                    ("MaxFloat64", 1.7976931348623157e308), ("SmallestNonzeroFloat64", 5e-324)):
    math.const(_name, "untyped float", Fraction(_val))
for _name, _val in (("MaxInt", 2**63 - 1), ("MinInt", -2**63), ("MaxInt8", 127), ("MinInt8", -128),
                    ("MaxInt16", 2**15 - 1), ("MinInt16", -2**15), ("MaxInt32", 2**31 - 1),
                    ("MinInt32", -2**31), ("MaxInt64", 2**63 - 1), ("MinInt64", -2**63),
                    ("MaxUint8", 255), ("MaxUint16", 65535), ("MaxUint32", 2**32 - 1),
                    ("MaxUint64", 2**64 - 1), ("MaxUint", 2**64 - 1)):
    math.const(_name, "untyped int", _val)


def _f(name: str, sig: str, fn):
    math.func(f"func {name}{sig}")(fn)


_f("Sqrt", "(x float64) float64", lambda x: _m.sqrt(x) if x >= 0 else float("nan"))
# the results keep x's sign, so Ceil(-0.5) is -0 as in Go
_f("Floor", "(x float64) float64", lambda x: _m.copysign(_m.floor(x), x) if _m.isfinite(x) else x)
_f("Ceil", "(x float64) float64", lambda x: _m.copysign(_m.ceil(x), x) if _m.isfinite(x) else x)
_f("Trunc", "(x float64) float64", lambda x: _m.copysign(_m.trunc(x), x) if _m.isfinite(x) else x)


def _odd_int(y: float) -> bool:
    return _m.isfinite(y) and y == int(y) and int(y) % 2 == 1


def _pow(x: float, y: float) -> float:
    """Go's Pow: C99's special cases, which Python raises as errors."""
    try:
        return _m.pow(x, y)
    except OverflowError:
        return float("-inf") if x < 0 and _odd_int(y) else float("inf")
    except ValueError:
        if x == 0:                      # y < 0: a pole
            return _m.copysign(float("inf"), x) if _odd_int(y) else float("inf")
        return float("nan")             # x < 0, y not an integer


def _max(x: float, y: float) -> float:
    """Go's Max: +Inf beats NaN, NaN beats numbers, +0 beats -0."""
    if x == float("inf") or y == float("inf"):
        return float("inf")
    if x != x or y != y:
        return float("nan")
    if x == 0 and x == y:
        return y if _m.copysign(1, x) < 0 else x
    return x if x > y else y


def _min(x: float, y: float) -> float:
    """Go's Min: -Inf beats NaN, NaN beats numbers, -0 beats +0."""
    if x == float("-inf") or y == float("-inf"):
        return float("-inf")
    if x != x or y != y:
        return float("nan")
    if x == 0 and x == y:
        return x if _m.copysign(1, x) < 0 else y
    return x if x < y else y


def _mod(x: float, y: float) -> float:
    try:
        return _m.fmod(x, y)
    except ValueError:                  # y == 0 or x infinite
        return float("nan")


def _exp(x: float) -> float:
    try:
        return _m.exp(x)
    except OverflowError:
        return float("inf")


_f("Pow", "(x, y float64) float64", _pow)
_f("Max", "(x, y float64) float64", _max)
_f("Min", "(x, y float64) float64", _min)
_f("Mod", "(x, y float64) float64", _mod)
_f("Exp", "(x float64) float64", _exp)
_f("Abs", "(x float64) float64", abs)
_f("Log", "(x float64) float64", lambda x: _m.log(x) if x > 0 else (float("-inf") if x == 0 else float("nan")))
_f("Inf", "(sign int) float64", lambda s: float("inf") if s >= 0 else float("-inf"))
_f("NaN", "() float64", lambda: float("nan"))
_f("IsNaN", "(f float64) bool", lambda x: x != x)
_f("IsInf", "(f float64, sign int) bool",
   lambda x, s: _m.isinf(x) and (s == 0 or (s > 0) == (x > 0)))
_f("Copysign", "(f, sign float64) float64", _m.copysign)
_f("Signbit", "(x float64) bool", lambda x: _m.copysign(1, x) < 0)
_f("Hypot", "(p, q float64) float64", _m.hypot)


def _round(x: float) -> float:
    """Go's math.Round: half away from zero (Python's round is half to even)."""
    if not _m.isfinite(x):
        return x
    return _m.copysign(_m.floor(abs(x) + 0.5), x)


_f("Round", "(x float64) float64", _round)

sort = Package("sort")


def _items(s):
    return s.items() if isinstance(s, GoSlice) else []


def _store(s, items) -> None:
    if isinstance(s, GoSlice):
        s.arr[s.off:s.off + s.len] = items


@sort.func("func Ints(x []int)")
def Ints(s):
    _store(s, sorted(_items(s)))


@sort.func("func Strings(x []string)")
def Strings(s):
    _store(s, sorted(_items(s), key=lambda x: x.encode("utf-8", "surrogateescape")))


@sort.func("func Float64s(x []float64)")
def Float64s(s):
    _store(s, sorted(_items(s)))


def _sort_with_less(s, less, stable=True):
    """sort.Slice: ``less(i, j)`` indexes the slice as it is being sorted; we sort a copy by
    comparing values placed at two scratch positions (same result for a consistent less)."""
    items = _items(s)
    if len(items) < 2:
        return
    base = s.arr
    i0, j0 = s.off, s.off + 1

    def cmp(a, b):
        keep = base[i0], base[j0]
        base[i0], base[j0] = a, b
        try:
            if call_sync(less(0, 1)):
                return -1
            if call_sync(less(1, 0)):
                return 1
            return 0
        finally:
            base[i0], base[j0] = keep
    _store(s, sorted(items, key=functools.cmp_to_key(cmp)))


@sort.func("func Slice(x any, less func(i, j int) bool)")
def Slice(x, less):
    _sort_with_less(getattr(x, "v", x), less)


@sort.func("func SliceStable(x any, less func(i, j int) bool)")
def SliceStable(x, less):
    _sort_with_less(getattr(x, "v", x), less)


@sort.func("func SearchInts(a []int, x int) int")
def SearchInts(a, x):
    import bisect
    return bisect.bisect_left(_items(a), x)


@sort.func("func Search(n int, f func(int) bool) int")
def Search(n, f):
    lo, hi = 0, n
    while lo < hi:
        h = (lo + hi) // 2
        if not call_sync(f(h)):
            lo = h + 1
        else:
            hi = h
    return lo


slices = Package("slices")


@slices.func("func Sort[S ~[]E, E cmp.Ordered](x S)")
def SSort(s):
    _store(s, sorted(_items(s)))


@slices.func("func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int)")
def SortFunc(s, cmp):
    _store(s, sorted(_items(s), key=functools.cmp_to_key(lambda a, b: call_sync(cmp(a, b)))))


@slices.func("func Contains[S ~[]E, E comparable](s S, v E) bool")
def Contains(s, v):
    return v in _items(s)


@slices.func("func Index[S ~[]E, E comparable](s S, v E) int")
def Index(s, v):
    items = _items(s)
    return items.index(v) if v in items else -1


@slices.func("func Reverse[S ~[]E, E any](s S)")
def Reverse(s):
    _store(s, list(reversed(_items(s))))


@slices.func("func Max[S ~[]E, E cmp.Ordered](x S) E")
def SMax(s):
    from ..runtime.errors import GoPanic
    items = _items(s)
    if not items:
        raise GoPanic("slices.Max: empty list")
    return max(items)


@slices.func("func Min[S ~[]E, E cmp.Ordered](x S) E")
def SMin(s):
    from ..runtime.errors import GoPanic
    items = _items(s)
    if not items:
        raise GoPanic("slices.Min: empty list")
    return min(items)


@slices.func("func Equal[S ~[]E, E comparable](s1, s2 S) bool")
def Equal(a, b):
    return _items(a) == _items(b)


@slices.func("func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool")
def ContainsFunc(s, f):
    return any(call_sync(f(x)) for x in _items(s))


@slices.func("func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int")
def IndexFunc(s, f):
    for i, x in enumerate(_items(s)):
        if call_sync(f(x)):
            return i
    return -1


@slices.func("func Clone[S ~[]E, E any](s S) S")
def Clone(s):
    """A new backing array (struct and array elements copied); nil stays nil."""
    if s is None:
        return None
    return GoSlice([copy_value(x) for x in _items(s)])


@slices.func("func Compact[S ~[]E, E comparable](s S) S")
def Compact(s):
    """Runs of equal elements become one, in place; since Go 1.22 the elements between the new
    and the old length are zeroed."""
    if s is None:
        return None
    items = _items(s)
    out: list = []
    for x in items:
        if not out or not (out[-1] == x if not isinstance(x, GoStruct) else out[-1]._eq(x)):
            out.append(x)
    tail = [_zero_like(x) for x in items[len(out):]]
    s.arr[s.off:s.off + s.len] = out + tail
    return GoSlice(s.arr, s.off, len(out), s.cap)


def _zero_like(x):
    """The zero value of x's type, told from the value (basic kinds; nil for references)."""
    if isinstance(x, (bool, int, float, str)):
        return type(x)()
    if isinstance(x, GoStruct):
        return x.__class__._new() if hasattr(x.__class__, "_new") else x
    return None


@slices.func("func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool)")
def BinarySearch(s, v):
    import bisect
    items = _items(s)
    i = bisect.bisect_left(items, v)
    return i, i < len(items) and items[i] == v


sort.type("Interface", "interface{ Len() int; Less(i, j int) bool; Swap(i, j int) }")


def _sort_iface(data) -> None:
    """sort.Sort through the Len/Less/Swap methods (insertion sort: stable, and few calls
    for the small slices programs sort)."""
    from .dyn import find_method
    n = call_sync(find_method(data, "Len")())
    less = find_method(data, "Less")
    swap = find_method(data, "Swap")
    for i in range(1, n):
        j = i
        while j > 0 and call_sync(less(j, j - 1)):
            call_sync(swap(j, j - 1))
            j -= 1


@sort.func("func Sort(data Interface)")
def Sort(data):
    _sort_iface(data)


@sort.func("func Stable(data Interface)")
def Stable(data):
    _sort_iface(data)
