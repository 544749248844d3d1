"""Package cmp: Compare, Less and Or on ordered values (NaNs sort before every other float)."""
from __future__ import annotations

from .registry import Package
from .slicespkg import go_eq

cmp = Package("cmp")


@cmp.func("func Compare[T cmp.Ordered](x, y T) int")
def Compare(x, y):
    xnan, ynan = x != x, y != y
    if xnan:
        return 0 if ynan else -1
    if ynan:
        return 1
    return -1 if x < y else (1 if x > y else 0)


@cmp.func("func Less[T cmp.Ordered](x, y T) bool")
def Less(x, y):
    return (x != x and y == y) or x < y


@cmp.func("func Or[T comparable](vals ...T) T")
def Or(vals):
    """The first argument that is not the zero value (the zero value if none)."""
    items = vals.items() if vals is not None else []
    for v in items:
        if not go_eq(v, _zero_of(v)):
            return v
    return _zero_of(items[-1]) if items else None


def _zero_of(v):
    from .slicespkg import _zero_like
    return _zero_like(v)
