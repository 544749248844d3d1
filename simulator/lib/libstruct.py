"""Library struct types that a program can hold by value (strconv.NumError, bytes.Buffer,
strings.Builder, url.URL...): Go copies them field by field wherever it copies a value.

Compiled code copies a struct value with ``values.copy_value`` (assignment, arguments, results,
``*p``, composite literals, range) and stores ``*p = v`` with ``_assign``; a library class takes
part by deriving from ``LibStruct`` (a ``values.GoValue``), as the sync and atomic types do.

Invariants:
* a class's Go-visible state is its ``__slots__`` (its own and its bases') or its ``__dict__``;
  a copy gets the same Python objects in every slot, as Go copies pointers, maps, slice
  headers and interfaces;
* a slot named in ``_owned`` holds storage that Go keeps inline or that is never written through
  the copy in Go (a Buffer's bytes): the copy gets its own Python object for it, so appending to
  one value never shows in the other.
"""
from __future__ import annotations

from ..golang import types as T
from ..values import GoValue

_SLOTS: dict[type, tuple[str, ...]] = {}


def _state_slots(cls) -> tuple[str, ...]:
    """Every slot of cls and its bases, in MRO order (cached: copies are frequent)."""
    slots = _SLOTS.get(cls)
    if slots is None:
        names: list[str] = []
        for c in reversed(cls.__mro__):
            s = c.__dict__.get("__slots__", ())
            for n in (s,) if isinstance(s, str) else s:
                if n not in names and n != "__weakref__":
                    names.append(n)
        slots = _SLOTS[cls] = tuple(names)
    return slots


_MISSING = object()


class LibStruct(GoValue):
    """Base of the library struct classes with Go's value semantics (see the module docstring).
    ``_go_fields`` reads the declared Go fields as ``f_<Name>`` (or ``<name>``) attributes."""
    __slots__ = ()
    _owned: tuple[str, ...] = ()

    def _copy(self):
        cls = self.__class__
        new = cls.__new__(cls)
        new._assign(self)
        return new

    def _assign(self, other) -> None:
        """``*p = v``: overwrite every slot in place (the pointer keeps its identity)."""
        for n in _state_slots(self.__class__):
            v = getattr(other, n, _MISSING)
            if v is not _MISSING:
                setattr(self, n, v)
        d = getattr(other, "__dict__", None)       # a class without __slots__ (log.Logger)
        if d is not None:
            self.__dict__.update(d)
        for n in self._owned:
            setattr(self, n, _dup(getattr(self, n)))

    def _go_fields(self) -> tuple:
        fields = _declared_fields(self.__class__)
        return tuple(getattr(self, "f_" + f, getattr(self, f, None)) for f in fields)

    def _eq(self, other) -> bool:
        return other.__class__ is self.__class__ and self._state() == other._state()

    def _key(self):
        return (self.__class__,) + self._state()

    def _state(self) -> tuple:
        d = getattr(self, "__dict__", None)
        extra = tuple(sorted(d.items())) if d else ()
        return tuple(_frozen(getattr(self, n, None)) for n in _state_slots(self.__class__)) + extra


def _dup(v):
    return bytearray(v) if type(v) is bytearray else v


def _frozen(v):
    return bytes(v) if type(v) is bytearray else v


def _declared_fields(cls) -> tuple[str, ...]:
    """Names of the fields of cls's declared Go struct type (``gotype`` is ``*pkg.Name``, or
    ``pkg.Name`` for the few types used as values)."""
    t = cls.gotype
    if isinstance(t, T.Pointer):
        t = t.elem
    u = t.underlying() if t is not None else None
    return tuple(f.name for f in u.fields) if isinstance(u, T.Struct) else ()
