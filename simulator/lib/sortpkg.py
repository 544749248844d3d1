"""Package sort: Go's pdqsort and stable sort (sortalgo.py) driven through the program's own
less/Len/Less/Swap, so equal elements end where real Go leaves them and the calls match.

A program's functions and methods may be generators (Go functions run as generators); they are
driven with ``call_sync`` (they cannot block inside a less function).
"""
from __future__ import annotations

import bisect

from ..values import GoSlice
from . import sortalgo
from .dyn import call_sync, find_method
from .registry import Package
from .slicespkg import ordered_sort, ordered_is_sorted

sort = Package("sort")
sort.type("Interface", "interface{ Len() int; Less(i, j int) bool; Swap(i, j int) }")


def slice_swapper(s):
    """reflectlite.Swapper: swap two elements of slice s in place."""
    arr, off = s.arr, s.off

    def swap(i, j):
        arr[off + i], arr[off + j] = arr[off + j], arr[off + i]
    return swap


def _less_of(less):
    return lambda i, j: call_sync(less(i, j))


def _the_slice(x) -> GoSlice | None:
    x = getattr(x, "v", x)
    return x if isinstance(x, GoSlice) else None


@sort.func("func Slice(x any, less func(i, j int) bool)")
def Slice(x, less):
    s = _the_slice(x)
    n = s.len if s is not None else 0
    sortalgo.pdqsort_all(_less_of(less), slice_swapper(s) if s is not None else None, n)


@sort.func("func SliceStable(x any, less func(i, j int) bool)")
def SliceStable(x, less):
    s = _the_slice(x)
    n = s.len if s is not None else 0
    sortalgo.stable(_less_of(less), slice_swapper(s) if s is not None else None, n)


@sort.func("func SliceIsSorted(x any, less func(i, j int) bool) bool")
def SliceIsSorted(x, less):
    s = _the_slice(x)
    n = s.len if s is not None else 0
    return not any(call_sync(less(i, i - 1)) for i in range(n - 1, 0, -1))


def _methods(data):
    """(n, less, swap) of a sort.Interface value, calling its Len/Less/Swap methods."""
    less_m, swap_m = find_method(data, "Less"), find_method(data, "Swap")
    n = call_sync(find_method(data, "Len")())
    return n, (lambda i, j: call_sync(less_m(i, j))), (lambda i, j: call_sync(swap_m(i, j)))


@sort.func("func Sort(data Interface)")
def Sort(data):
    n, less, swap = _methods(data)
    if n > 1:
        sortalgo.pdqsort_all(less, swap, n)


@sort.func("func Stable(data Interface)")
def Stable(data):
    n, less, swap = _methods(data)
    sortalgo.stable(less, swap, n)


@sort.func("func IsSorted(data Interface) bool")
def IsSorted(data):
    n, less, _ = _methods(data)
    return not any(less(i, i - 1) for i in range(n - 1, 0, -1))


@sort.type("reverse", "struct{}")
class Reverse_:
    """sort.Reverse's *reverse: Less(i, j) is the wrapped Less(j, i)."""
    _go_methods = {"Len": "func() int", "Less": "func(i, j int) bool", "Swap": "func(i, j int)"}
    __slots__ = ("data",)

    def __init__(self, data=None):
        self.data = data

    def Len(self):
        return call_sync(find_method(self.data, "Len")())

    def Less(self, i, j):
        return call_sync(find_method(self.data, "Less")(j, i))

    def Swap(self, i, j):
        call_sync(find_method(self.data, "Swap")(i, j))


@sort.func("func Reverse(data Interface) Interface")
def Reverse(data):
    return Reverse_(data)


# -- the convenience functions: since Go 1.22 they call slices.Sort / slices.IsSorted ----------

@sort.func("func Ints(x []int)")
def Ints(s):
    ordered_sort(s)


@sort.func("func Strings(x []string)")
def Strings(s):
    ordered_sort(s)


@sort.func("func Float64s(x []float64)")
def Float64s(s):
    ordered_sort(s)


sort.func("func IntsAreSorted(x []int) bool")(ordered_is_sorted)
sort.func("func StringsAreSorted(x []string) bool")(ordered_is_sorted)
sort.func("func Float64sAreSorted(x []float64) bool")(ordered_is_sorted)


def _items(s):
    return s.items() if isinstance(s, GoSlice) else []


@sort.func("func SearchInts(a []int, x int) int")
def SearchInts(a, x):
    return bisect.bisect_left(_items(a), x)


@sort.func("func SearchStrings(a []string, x string) int")
def SearchStrings(a, x):
    return bisect.bisect_left(_items(a), x)


@sort.func("func SearchFloat64s(a []float64, x float64) int")
def SearchFloat64s(a, x):
    return bisect.bisect_left(_items(a), x)


@sort.func("func Search(n int, f func(int) bool) int")
def Search(n, f):
    lo, hi = 0, n
    while lo < hi:
        h = (lo + hi) >> 1
        if not call_sync(f(h)):
            lo = h + 1
        else:
            hi = h
    return lo


@sort.func("func Find(n int, cmp func(int) int) (i int, found bool)")
def Find(n, cmp):
    lo, hi = 0, n
    while lo < hi:
        h = (lo + hi) >> 1
        if call_sync(cmp(h)) > 0:
            lo = h + 1
        else:
            hi = h
    return lo, lo < n and call_sync(cmp(lo)) == 0
