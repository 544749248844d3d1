"""runtime.Error values: what a runtime panic carries (``runtime error: index out of range ...``).

Each has Go's dynamic type, so ``%T`` of a recovered value prints as the binary does:
``runtime.boundsError`` (index and slice bounds, slice-to-array conversion),
``runtime.errorString`` (divide by zero, nil dereference, makeslice, ...), ``runtime.plainError``
(no "runtime error: " prefix: nil map write, channel misuse) and ``*runtime.TypeAssertionError``.
"""
from __future__ import annotations

from .registry import Package

runtime_pkg = Package("runtime")


@runtime_pkg.type("Error", "interface{ Error() string; RuntimeError() }")
class _ErrorIface:
    pass


class RuntimeError_:
    """Base of the runtime error classes; ``RuntimeError_(msg)`` picks the class Go uses for
    that message.  Value types (not pointers) except TypeAssertionError."""
    _go_methods = {"Error": "func() string", "RuntimeError": "func()"}
    _go_value_recv = ("Error", "RuntimeError")
    _go_name = ""
    _is_value = True

    def __new__(cls, msg: str = ""):
        if cls is RuntimeError_:
            cls = _class_for(msg)
        if "_typed" not in cls.__dict__:
            _attach_type(cls)
        return object.__new__(cls)

    def __init__(self, msg: str = ""):
        self.msg = msg

    def Error(self) -> str:
        return self.msg

    def RuntimeError(self) -> None:
        return None

    def __eq__(self, other):
        return type(other) is type(self) and other.msg == self.msg and self._is_value

    def __hash__(self):
        return hash(self.msg)


@runtime_pkg.type("boundsError", "struct{}")
class BoundsError(RuntimeError_):
    _go_name = "boundsError"


@runtime_pkg.type("errorString", "struct{}")
class ErrorString(RuntimeError_):
    _go_name = "errorString"


@runtime_pkg.type("plainError", "struct{}")
class PlainError(RuntimeError_):
    _go_name = "plainError"


@runtime_pkg.type("TypeAssertionError", "struct{}")
class TypeAssertionError(RuntimeError_):
    _go_name = "TypeAssertionError"
    _go_value_recv = ()
    _is_value = False

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__


_BOUNDS = ("runtime error: index out of range", "runtime error: slice bounds out of range",
           "runtime error: cannot convert slice")


def _class_for(msg: str) -> type:
    if msg.startswith(_BOUNDS):
        return BoundsError
    if msg.startswith("interface conversion: "):
        return TypeAssertionError
    if msg.startswith("runtime error: "):
        return ErrorString
    return PlainError


def _attach_type(cls) -> None:
    """Give the class its Go type now (the front end attaches types only to those a program
    names): ``runtime.X`` for the value types, ``*runtime.TypeAssertionError``."""
    from ..golang import types as T
    from ..interp.libload import named_type
    nt = named_type("runtime", cls._go_name)
    cls.gotype = nt if cls._is_value else T.Pointer(nt)
    cls._typed = True


@runtime_pkg.type("PanicNilError", "struct{}")
class PanicNilError:
    """What ``panic(nil)`` panics with since Go 1.21 (go.mod go >= 1.21)."""
    _go_methods = {"Error": "func() string", "RuntimeError": "func()"}

    def Error(self) -> str:
        return "runtime error: panic called with nil argument"

    def RuntimeError(self) -> None:
        return None
