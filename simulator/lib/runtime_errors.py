"""runtime.Error values: what a runtime panic carries (``runtime error: index out of range ...``)."""
from __future__ import annotations

from .registry import Package

runtime_pkg = Package("runtime")


@runtime_pkg.type("Error", "interface{ Error() string; RuntimeError() }")
class _ErrorIface:
    pass


@runtime_pkg.type("runtimeError", "struct{}")
class RuntimeError_:
    """A runtime error value; its dynamic type prints as ``runtime.Error`` would not: Go uses
    ``runtime.boundsError`` etc.  We use one type for all of them."""
    _go_methods = {"Error": "func() string", "RuntimeError": "func()"}

    def __init__(self, msg: str = ""):
        self.msg = msg

    def Error(self) -> str:
        return self.msg

    def RuntimeError(self) -> None:
        return None


@runtime_pkg.type("PanicNilError", "struct{}")
class PanicNilError:
    """What ``panic(nil)`` panics with since Go 1.21 (go.mod go >= 1.21)."""
    _go_methods = {"Error": "func() string", "RuntimeError": "func()"}

    def Error(self) -> str:
        return "runtime error: panic called with nil argument"

    def RuntimeError(self) -> None:
        return None
