"""Dynamic types and method lookup on interface values (see values.py for the representation)."""
from __future__ import annotations

from types import GeneratorType

from ..golang import types as T
from ..values import Boxed, GoStruct, Pointer, copy_value, field_pointer


def dyntype(v) -> T.Type | None:
    """The dynamic type of an interface value; None for a nil interface."""
    if v is None:
        return None
    if isinstance(v, Boxed):
        return v.type
    if v is True or v is False:
        return T.BOOL
    if isinstance(v, int):
        return T.INT
    if isinstance(v, float):
        return T.FLOAT64
    if isinstance(v, str):
        return T.STRING
    if isinstance(v, complex):
        return T.COMPLEX128
    return getattr(v, "gotype", None)


def unbox(v):
    return v.v if isinstance(v, Boxed) else v


def find_method(v, name: str):
    """A callable running method ``name`` of interface value v, or None.

    The callable may return a generator (user methods); use ``call_sync`` or ``yield from``.
    """
    if v is None:
        return None
    if isinstance(v, Boxed):
        t, x = v.type, v.v
        if isinstance(t, T.Pointer) and isinstance(t.elem, T.Named):
            m = t.elem.methods.get(name)
            if m is not None and not m.ptr_recv and not isinstance(x, (GoStruct, list)):
                return _bind_deref(m.impl, x)
        elif isinstance(t, T.Named):
            m = t.methods.get(name)
            if m is not None and m.ptr_recv:
                m = None
        else:
            m = None
        if m is None:   # a struct value in an interface has no address: no pointer methods
            return _promoted(x, name, addressable=isinstance(t, T.Pointer)) if isinstance(x, GoStruct) else None
        return _bind(m.impl, x) if m.ptr_recv else _bind_value(m.impl, x)
    if isinstance(v, Pointer):          # a *T for a non-struct T outside an interface's Box
        return find_method(Boxed(v.type, v), name) if v.type is not None else None
    if isinstance(v, GoStruct):
        m = v._type.methods.get(name) if isinstance(v._type, T.Named) else None
        if m is None:
            return _promoted(v, name)
        return _bind(m.impl, v) if m.ptr_recv else _bind_value(m.impl, v)
    attr = getattr(v, name, None)
    return attr if callable(attr) else None


def _promoted(obj, name: str, depth: int = 0, addressable: bool = True):
    """A method promoted from an embedded field (``type Dog struct{ Base }``).  ``addressable``:
    obj is reached through a pointer, so the pointer methods of an embedded non-struct named
    type are promoted too, with the field's address as receiver (``type Page struct{ Counter }``:
    ``*Page`` has ``Inc``)."""
    st = obj._type.underlying() if obj._type is not None else None
    if depth > 4 or st is None:
        return None
    for f in st.fields:
        if not f.embedded:
            continue
        if addressable and isinstance(f.type, T.Named) and not isinstance(f.type.underlying(), T.Struct):
            m = f.type.methods.get(name)
            if m is not None and m.ptr_recv:
                return _bind(m.impl, field_pointer(obj, "f_" + f.name, T.Pointer(f.type)))
        inner = getattr(obj, "f_" + f.name, None)
        if inner is None:
            continue
        fu = f.type.underlying()
        if isinstance(fu, T.Interface):
            if fu.method(name) is None:
                continue  # an embedded interface promotes its own methods, not its value's
            m = find_method(inner, name)      # inner is an interface value: its dynamic method
        elif isinstance(inner, GoStruct) or getattr(inner, "gotype", None) is not None:
            m = find_method(inner, name)
        elif isinstance(f.type, T.Named):
            m = find_method(Boxed(f.type, inner), name)
        else:
            m = None
        if m is not None:
            return m
    return None


def _bind(impl, recv):
    def bound(*args):
        return impl(recv, *args)
    return bound


def _bind_value(impl, recv):
    """A value method: a struct or array receiver is copied at each call (the method may change
    its copy; the interface's value, or the pointed-to variable, stays as it was)."""
    if not isinstance(recv, (GoStruct, list)):
        return _bind(impl, recv)

    def bound(*args):
        return impl(copy_value(recv), *args)
    return bound


def _bind_deref(impl, p):
    """A value method of a non-struct named type T called through a *T in an interface: the
    compiler's wrapper for (*T).M reads ``*p`` at the call (a nil p faults there: go1.27
    prints the nil dereference, not runtime.panicwrap's message)."""
    def bound(*args):
        if p is None:
            from ..runtime.errors import GoPanic
            raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                                  "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
        return impl(p.get(), *args)
    return bound


def call_sync(result):
    """Drive a method's result to completion without the scheduler (String(), Error() called by
    fmt).  Preemption checks are ignored; a method that would block cannot run here."""
    if type(result) is not GeneratorType:
        return result
    try:
        while True:
            req = next(result)
            if getattr(req, "blocks", False):
                from ..runtime.errors import Unsupported
                raise Unsupported("a String or Error method that blocks")
    except StopIteration as stop:
        return stop.value


def to_iface(static_type: T.Type, value):
    """The interface value holding ``value`` whose static type is ``static_type``.

    Natural types stay raw (see values.py); an interface-typed value already is an interface
    value; anything else (sized ints, named types, struct values, slices, maps, a nil pointer of
    a natural pointer type ...) is ``Boxed(static_type, value)``.  Untyped constants take their
    default type.
    """
    t = static_type
    if isinstance(t, T.Untyped):
        if t.kind == "nil":
            return None
        t = t.default()
    if isinstance(t.underlying(), T.Interface):
        return value
    if value is not None and T.natural(t):
        return value
    return Boxed(t, value)
