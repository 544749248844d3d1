"""``append``: the capacity a growing slice gets and where its backing array comes from, as
go1.27's ``runtime/slice.go`` (growslice, nextslicecap), ``msize``/``roundupsize`` with the malloc
size classes, and the compiler's 32-byte stack buffer for a slice that does not escape (which
one a slice gets is decided at compile time by ``slicestore.py``).

Invariant: a grown backing array is as long as its capacity, filled with zero values, so
``s[:cap(s)]`` sees Go's zeros (``GoSlice``: ``off + cap <= len(arr)``).
"""
from __future__ import annotations

from bisect import bisect_left

from ..values import GoSlice, copy_value
from .typelayout import layout as _layout

#: malloc size classes in bytes (internal/runtime/gc/sizeclasses.go), up to maxSmallSize
_SIZE_CLASSES = (8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
                 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
                 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
                 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432,
                 19072, 20480, 21760, 24576, 27264, 28672, 32768)
_MAX_SMALL_SIZE = 32768
#: an object with pointers bigger than this carries an 8-byte type header in its size class
#: (gc.MinSizeForMallocHeader, gc.MallocHeaderSize): a []string of 64 gets cap 71, not 72
_MIN_SIZE_FOR_HEADER = 512
_MALLOC_HEADER = 8
#: a large object takes whole pages
_PAGE_SIZE = 8192
#: growslice doubles the capacity below this many elements, then grows by ~1.25x (nextslicecap)
_GROW_THRESHOLD = 256
#: the compiler's VariableMakeThreshold: a non-escaping append's stack buffer has this many bytes
_STACK_BUF_BYTES = 32

#: where the backing array of a growing slice comes from (decided by interp/slicestore.py):
#: the heap (growslice), the stack buffer the first append from empty takes whole, or the stack
#: buffer grown one size class at a time (growsliceBuf)
HEAP, STACK, BUF = 0, 1, 2


def _roundupsize(size, noscan):
    """runtime.roundupsize: the bytes mallocgc hands out for a request of ``size``."""
    if size <= _MAX_SMALL_SIZE - _MALLOC_HEADER:
        req = size + _MALLOC_HEADER if not noscan and size > _MIN_SIZE_FOR_HEADER else size
        return _SIZE_CLASSES[bisect_left(_SIZE_CLASSES, req)] - (req - size)
    return -(-size // _PAGE_SIZE) * _PAGE_SIZE


class AppendSite:
    """What ``append`` needs to know about one slice variable (or one append), set at compile
    time: the element type's size and zero value, where grown backing arrays come from
    (``mode``), and for STACK which call last took the stack buffer (Go's per-call "used" flag)."""
    __slots__ = ("size", "noscan", "zero", "by_value", "stack_cap", "mode", "frame")

    def __init__(self, elem, zero, by_value: bool, mode: int = HEAP):
        size, _, ptrs = _layout(elem)
        self.size = size
        self.noscan = not ptrs
        self.zero = zero                # makes a zero element (a fresh one for struct/array values)
        self.by_value = by_value        # elements are struct or array values: copied, not shared
        self.stack_cap = _STACK_BUF_BYTES // size if 0 < size <= _STACK_BUF_BYTES else 0
        self.mode = mode
        self.frame = None


def _growslice(old_cap, new_len, site):
    """runtime.growslice's new capacity: nextslicecap, rounded up to a malloc size class."""
    size = site.size
    if size == 0:
        return new_len
    newcap = old_cap + old_cap
    if new_len > newcap:
        newcap = new_len
    elif old_cap >= _GROW_THRESHOLD:
        newcap = old_cap
        while newcap < new_len:
            newcap += (newcap + 3 * _GROW_THRESHOLD) >> 2
    return _roundupsize(newcap * size, site.noscan) // size


def _new_cap(site, old_len, new_len, old_cap, fr):
    k = site.stack_cap
    if new_len <= k:
        mode = site.mode
        if mode == BUF:                         # growsliceBuf: the next size class, in the buffer
            return _roundupsize(new_len * site.size, site.noscan) // site.size
        if mode == STACK and old_len == 0 and site.frame is not fr:
            site.frame = fr                     # the whole buffer, once per call
            return k
    return _growslice(old_cap, new_len, site)


def _append(s, vals: list, site, fr=None):
    """append(s, vals...).  ``fr``: the calling function's frame, for STACK sites.  A grown
    backing array is filled up to its capacity with zero values; struct and array elements are
    copied into it (a pointer into the old array keeps seeing the old values, as in Go)."""
    if s is None:
        if not vals:
            return None
        old_len = old_cap = 0
        old = []
    else:
        old_len = s.len
        n = old_len + len(vals)
        if n <= s.cap:
            arr = s.arr
            end = s.off + old_len
            arr[end:end + len(vals)] = vals
            return GoSlice(arr, s.off, n, s.cap)
        old_cap = s.cap
        old = s.arr[s.off:s.off + old_len]
        if site.by_value:
            old = [copy_value(x) for x in old]
    n = old_len + len(vals)
    cap = _new_cap(site, old_len, n, old_cap, fr)
    arr = old + vals
    if cap > n:
        zero = site.zero
        arr += [zero() for _ in range(cap - n)] if site.by_value else [zero()] * (cap - n)
    return GoSlice(arr, 0, n, cap)


def _append_slice(s, t, site):
    """append(s, t...): the compiler never uses a stack buffer here (site is a HEAP one)."""
    items = t.items() if isinstance(t, GoSlice) else (list(t) if t else [])
    if site.by_value:
        items = [copy_value(x) for x in items]
    return _append(s, items, site)
