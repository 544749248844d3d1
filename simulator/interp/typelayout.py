"""How the amd64 compiler lays out a Go type in memory: size, alignment, whether it holds
pointers, and its sole component.  ``append`` needs the size (growslice rounds bytes to malloc
size classes); the order pass needs all of it (an interface conversion passes small
pointer-free values by value, others by address: dataWordFuncName's needsaddr).
"""
from __future__ import annotations

from ..golang import types as T

#: (size, alignment, holds pointers) of Go's basic types on amd64
_BASIC_LAYOUT = {
    "bool": (1, 1, False), "int8": (1, 1, False), "uint8": (1, 1, False),
    "int16": (2, 2, False), "uint16": (2, 2, False),
    "int32": (4, 4, False), "uint32": (4, 4, False), "float32": (4, 4, False),
    "complex64": (8, 4, False), "complex128": (16, 8, False), "string": (16, 8, True),
}


def layout(t) -> tuple[int, int, bool]:
    """(size, alignment, holds pointers) of a value of type t."""
    u = t.underlying() if t is not None else None
    if isinstance(u, T.Basic):
        return _BASIC_LAYOUT.get(u.name, (8, 8, False))     # int, uint64, float64, uintptr...
    if isinstance(u, T.Slice):
        return 24, 8, True
    if isinstance(u, T.Interface):
        return 16, 8, True
    if isinstance(u, T.Array):
        size, align, ptrs = layout(u.elem)
        return size * u.length, align, ptrs and u.length > 0
    if isinstance(u, T.Struct):
        end, align, ptrs = 0, 1, False
        for f in u.fields:
            fsize, falign, fptrs = layout(f.type)
            end = -(-end // falign) * falign + fsize
            align, ptrs = max(align, falign), ptrs or fptrs
        return -(-end // align) * align, align, ptrs
    return 8, 8, True       # pointers, maps, chans, funcs


def sole_component(t) -> str | None:
    """"string" or "slice" when t is (a struct or one-element array wrapping only) a string or a
    slice: types the runtime converts to interfaces with their own helpers."""
    u = t.underlying() if t is not None else None
    if isinstance(u, T.Basic):
        return "string" if u.name == "string" else None
    if isinstance(u, T.Slice):
        return "slice"
    if isinstance(u, T.Array):
        return sole_component(u.elem) if u.length == 1 else None
    if isinstance(u, T.Struct) and len(u.fields) == 1 and u.fields[0].name != "_":
        return sole_component(u.fields[0].type)
    return None
