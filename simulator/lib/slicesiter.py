"""Package slices, the Go 1.23 iterator functions (All, Values, Backward, Collect, Sorted...).

An iterator (iter.Seq[E], iter.Seq2[K, V]) is a Go func value: a Python function taking the
yield function.  Ours are generator functions, so a range-over-func body may block; functions
that drive an iterator (Collect, Sorted...) are ``blocking`` (driven with ``yield from``).
"""
from __future__ import annotations

from types import GeneratorType

from ..values import GoSlice, copy_value
from .slicespkg import SortFunc, SortStableFunc, _panic, _Site, _zero_like, grown, ordered_sort, slices


def call_gen(f, *args):
    """``yield from call_gen(f, ...)``: call a Go func value that may be a generator."""
    r = f(*args)
    if type(r) is GeneratorType:
        r = yield from r
    return r


def _appended_one_by_one(vals: list) -> GoSlice | None:
    """The slice ``for v := range seq { s = append(s, v) }`` builds from nil."""
    if not vals:
        return None
    from ..interp.growslice import _growslice
    site, cap = _Site(vals[0]), 0
    for n in range(1, len(vals) + 1):
        if n > cap:
            cap = _growslice(cap, n, site)
    zero = _zero_like(vals[0])
    return GoSlice(vals + [copy_value(zero) for _ in range(cap - len(vals))], 0, len(vals), cap)


# -- iterators ----------------------------------------------------------------------------------

@slices.func("func All[Slice ~[]E, E any](s Slice) func(yield func(int, E) bool)")
def All(s):
    def seq(yield_):
        for i in range(s.len if s is not None else 0):
            if not (yield from call_gen(yield_, i, copy_value(s.arr[s.off + i]))):
                return
    return seq


@slices.func("func Backward[Slice ~[]E, E any](s Slice) func(yield func(int, E) bool)")
def Backward(s):
    def seq(yield_):
        for i in range((s.len if s is not None else 0) - 1, -1, -1):
            if not (yield from call_gen(yield_, i, copy_value(s.arr[s.off + i]))):
                return
    return seq


@slices.func("func Values[Slice ~[]E, E any](s Slice) func(yield func(E) bool)")
def Values(s):
    def seq(yield_):
        for i in range(s.len if s is not None else 0):
            if not (yield from call_gen(yield_, copy_value(s.arr[s.off + i]))):
                return
    return seq


def collect(seq):
    """A generator: the values seq yields, as a list."""
    out: list = []

    def add(v):
        out.append(v)
        return True
    yield from call_gen(seq, add)
    return out


@slices.func("func Collect[E any](seq func(yield func(E) bool)) []E", blocking=True)
def Collect(seq):
    return _appended_one_by_one((yield from collect(seq)))


@slices.func("func AppendSeq[Slice ~[]E, E any](s Slice, seq func(yield func(E) bool)) Slice",
             blocking=True)
def AppendSeq(s, seq):
    for v in (yield from collect(seq)):
        s = grown(s, [v])
    return s


@slices.func("func Sorted[E cmp.Ordered](seq func(yield func(E) bool)) []E", blocking=True)
def Sorted(seq):
    s = _appended_one_by_one((yield from collect(seq)))
    ordered_sort(s)
    return s


@slices.func("func SortedFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E",
             blocking=True)
def SortedFunc(seq, cmp):
    s = _appended_one_by_one((yield from collect(seq)))
    SortFunc(s, cmp)
    return s


@slices.func("func SortedStableFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E",
             blocking=True)
def SortedStableFunc(seq, cmp):
    s = _appended_one_by_one((yield from collect(seq)))
    SortStableFunc(s, cmp)
    return s


@slices.func("func Chunk[Slice ~[]E, E any](s Slice, n int) func(yield func(Slice) bool)")
def Chunk(s, n):
    if n < 1:
        raise _panic("cannot be less than 1")

    def seq(yield_):
        ln = s.len if s is not None else 0
        for i in range(0, ln, n):
            end = min(n, ln - i)
            if not (yield from call_gen(yield_, GoSlice(s.arr, s.off + i, end, end))):
                return
    return seq
