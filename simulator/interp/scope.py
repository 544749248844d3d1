"""What a name means while compiling: scopes and the entities they hold."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..golang import types as T


@dataclass
class Var:
    name: str
    type: T.Type | None
    py: str                    # Python expression naming the location's holder
    cell: bool = False         # stored in a values.Cell: read as ``py.v``
    is_global: bool = False
    used: bool = False         # read somewhere (Go: "declared and not used" otherwise)

    @property
    def ref(self) -> str:
        return f"{self.py}.v" if self.cell else self.py


@dataclass
class Const:
    name: str
    type: T.Type
    value: Any


@dataclass
class Func:
    name: str
    sig: T.Signature
    py: str                    # Python expression for the callable
    blocking: bool = True      # returns a generator (user functions always do)
    lib: Any = None            # registry.FuncDecl for library functions


@dataclass
class TypeName:
    type: T.Type


@dataclass
class GenericTypeName:
    """A generic library type before instantiation (``atomic.Pointer``)."""
    path: str
    name: str
    params: tuple[str, ...]


@dataclass
class PkgName:
    path: str
    pkg: Any                   # registry.Package
    members: dict = field(default_factory=dict)   # resolved lazily by the compiler
    spec: Any = None           # the import spec (Go: "imported and not used" at its path)
    used: bool = False


@dataclass
class Builtin:
    name: str


class Scope:
    def __init__(self, parent: "Scope | None" = None, func_level: bool = False):
        self.parent = parent
        self.names: dict[str, Any] = {}
        self.func_level = func_level

    def lookup(self, name: str):
        s = self
        while s is not None:
            e = s.names.get(name)
            if e is not None:
                return e
            s = s.parent
        return None

    def declare(self, name: str, entity) -> None:
        if name != "_":
            self.names[name] = entity


BUILTINS = {n: Builtin(n) for n in (
    "append", "cap", "clear", "close", "copy", "delete", "len", "make", "max", "min", "new",
    "panic", "print", "println", "recover", "complex", "real", "imag")}


def universe() -> Scope:
    s = Scope()
    for name, t in T.UNIVERSE_TYPES.items():
        s.declare(name, TypeName(t))
    for name, b in BUILTINS.items():
        s.declare(name, b)
    s.declare("true", Const("true", T.UNTYPED_BOOL, True))
    s.declare("false", Const("false", T.UNTYPED_BOOL, False))
    s.declare("nil", Const("nil", T.UNTYPED_NIL, None))
    return s
