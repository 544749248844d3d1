"""Go packages written in Python, as the compiler sees them.

A package declares its members with Go signatures so the front end can type-check calls:

    strings = Package("strings")

    @strings.func("func Contains(s, substr string) bool")
    def Contains(s, substr):
        return substr in s

    @strings.type("Builder", "struct{}")          # a Named type; zero value = Builder()
    class Builder:
        _go_methods = {"WriteString": "func(s string) (int, error)", "String": "func() string"}
        def WriteString(self, s): ...

Conventions for implementations:
* arguments arrive as Python values (see values.py); interface-typed parameters get interface
  values (natural or Boxed); variadic parameters arrive as one ``GoSlice`` (or None);
* multiple results are returned as a tuple;
* a *blocking* function (``blocking=True``) is a generator function driven with ``yield from``
  by compiled code: it parks with ``yield from rt.park(...)`` (see runtime/proc.py);
* a function that needs the running runtime takes it from ``simulator.runtime.current()``;
* Go panics are raised as ``GoPanic`` (runtime/panic.py); process-ending fatal errors as
  ``Fatal``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

PACKAGES: dict[str, "Package"] = {}


@dataclass
class FuncDecl:
    name: str
    sig: str                     # Go signature text, e.g. "func Contains(s, substr string) bool"
    impl: Callable
    blocking: bool = False
    needs_types: bool = False    # impl takes the static argument types first (e.g. for fmt %T of untyped)
    #: for a blocking function that returns nothing and parks at most once (time.Sleep): a plain
    #: function doing the same that returns the request to yield (PARK) or None; a call
    #: statement uses it and saves a generator per call
    parks_once: Callable | None = None


@dataclass
class TypeDecl:
    name: str
    underlying: str              # Go type text: "struct{}", "int64", "interface{ Err() error }"
    pyclass: type | None = None  # for struct-like types: instances are the values; pointer = same object
    methods: dict[str, str] = field(default_factory=dict)      # name -> "func(...) ..." signature
    blocking: set[str] = field(default_factory=set)
    value_methods: dict[str, Callable] = field(default_factory=dict)   # for non-struct types: impl(recv, ...)
    value_recv: set[str] = field(default_factory=set)   # struct-like type methods with a value receiver
    type_params: tuple[str, ...] = ()  # a generic type (atomic.Pointer[T]): usable only instantiated


@dataclass
class VarDecl:
    name: str
    type: str
    value: Any
    const: bool = False


class Package:
    def __init__(self, path: str):
        self.path = path
        self.name = path.rsplit("/", 1)[-1]
        self.funcs: dict[str, FuncDecl] = {}
        self.types: dict[str, TypeDecl] = {}
        self.vars: dict[str, VarDecl] = {}
        PACKAGES[path] = self

    def func(self, sig: str, blocking: bool = False, needs_types: bool = False):
        name = sig.split("(", 1)[0].split("[", 1)[0].split()[-1]

        def deco(fn):
            self.funcs[name] = FuncDecl(name, sig, fn, blocking, needs_types)
            return fn
        return deco

    def type(self, name: str, underlying: str = "struct{}", type_params: tuple[str, ...] = ()):
        """Register a Named type.  Used as a class decorator (struct-like) or called directly.
        ``type_params`` makes it generic: its texts may use them, and each instantiation
        (``atomic.Pointer[Config]``) is a Named type of its own (libload.instantiate_type)."""
        decl = TypeDecl(name, underlying, type_params=tuple(type_params))
        self.types[name] = decl

        def deco(cls):
            decl.pyclass = cls
            decl.methods.update(getattr(cls, "_go_methods", {}))
            decl.blocking.update(getattr(cls, "_go_blocking", ()))
            decl.value_recv.update(getattr(cls, "_go_value_recv", ()))
            return cls
        return deco

    def method(self, typename: str, name: str, sig: str, blocking: bool = False):
        """A method of a non-struct Named type (e.g. time.Duration.String): impl(recv, *args)."""
        def deco(fn):
            decl = self.types[typename]
            decl.methods[name] = sig
            decl.value_methods[name] = fn
            if blocking:
                decl.blocking.add(name)
            return fn
        return deco

    def var(self, name: str, type_: str, value: Any) -> None:
        self.vars[name] = VarDecl(name, type_, value)

    def const(self, name: str, type_: str, value: Any) -> None:
        self.vars[name] = VarDecl(name, type_, value, const=True)


_typed_on_first_read = False


def load_all() -> dict[str, Package]:
    """Import every library module so its package registers itself."""
    global _typed_on_first_read
    from . import stdlib  # noqa: F401  (imports each package module)
    if not _typed_on_first_read:
        _typed_on_first_read = True
        _type_on_first_read()
    return PACKAGES


class _GoTypeOnFirstRead:
    """A library struct class's ``gotype`` until its first read, which resolves the declared
    type (libload.named_type puts ``*pkg.Name`` in its place).  Without it a class got its
    type only once some program named the type, so ``%#v`` of a ``*strconv.NumError`` that a
    program never named showed no fields, or did, depending on earlier simulations."""

    def __init__(self, path: str, name: str, cls: type):
        self.path, self.name, self.cls = path, name, cls

    def __get__(self, obj, cls):
        from ..interp.libload import named_type
        named_type(self.path, self.name)
        t = self.cls.__dict__.get("gotype")
        return None if t is self else t


def _type_on_first_read() -> None:
    """Give every registered struct class that has no ``gotype`` of its own (the packages
    attach some themselves: context, runtime errors) a ``_GoTypeOnFirstRead``."""
    for pkg in PACKAGES.values():
        for name, decl in pkg.types.items():
            cls = decl.pyclass
            if (cls is None or decl.type_params or not decl.underlying.startswith("struct")
                    or "gotype" in cls.__dict__):
                continue
            cls.gotype = _GoTypeOnFirstRead(pkg.path, name, cls)
