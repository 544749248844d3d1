"""Helpers for the library tests: build Go types and values by hand, as the compiler would.

* library objects need no setup: ``gofmt.typeof`` derives ``*pkg.Name`` from the registry when
  the front end has not attached a ``gotype`` to their class.
* ``struct_type`` / ``named_type`` make user types (``main.P``) with methods; methods may be
  plain functions or generator functions (user methods are generators).
"""
from __future__ import annotations

from simulator.golang import types as T
from simulator.values import Boxed, GoSlice, GoStruct


def _method(name, fn, ptr_recv):
    return T.MethodInfo(name, T.Signature(), ptr_recv, impl=fn)


def struct_type(name: str, fields: list[tuple[str, T.Type]], methods: dict | None = None,
                ptr_methods: dict | None = None, pkg: str = "main"):
    """(Named type, GoStruct subclass) for ``type name struct{fields}``."""
    named = T.Named(pkg, name, T.Struct(tuple(
        T.Field(n, t, embedded=n == str(t).split(".")[-1]) for n, t in fields)))
    names = tuple(n for n, _ in fields)
    value_fields = tuple(n for n, t in fields if T.has_value_semantics(t))

    def init(self, *args):
        for n, a in zip(names, args):
            setattr(self, n, a)
    cls = type(name, (GoStruct,), {"__slots__": names, "_fields": names,
                                   "_value_fields": value_fields, "_type": named,
                                   "_ptrtype": T.Pointer(named), "__init__": init})
    named.pyclass = cls
    for mname, fn in (methods or {}).items():
        named.methods[mname] = _method(mname, fn, False)
    for mname, fn in (ptr_methods or {}).items():
        named.methods[mname] = _method(mname, fn, True)
    return named, cls


def named_type(name: str, underlying: T.Type, methods: dict | None = None, pkg: str = "main"):
    named = T.Named(pkg, name, underlying)
    for mname, fn in (methods or {}).items():
        named.methods[mname] = _method(mname, fn, False)
    return named


def gen(fn):
    """Make fn look like a compiled user method: a generator function returning fn's result."""
    def g(*args):
        return fn(*args)
        yield  # pragma: no cover
    return g


def duration_type():
    from simulator.lib.durations import format_duration
    return named_type("Duration", T.INT64, {"String": lambda d: format_duration(d)}, pkg="time")


def slice_of(elem: T.Type, items) -> Boxed:
    return Boxed(T.Slice(elem), None if items is None else GoSlice(list(items)))


def gs(items) -> GoSlice:
    return GoSlice(list(items))
