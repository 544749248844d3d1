"""Go types as the front end and the runtime see them.

``str(t)`` is Go's own spelling (what ``%T`` prints): ``int``, ``*main.Server``, ``[]string``,
``map[string]int``, ``func(int) error``, ``interface {}``, ``chan<- int``.
Types are compared with ``==`` (structural, except Named which compare by identity).
"""
from __future__ import annotations

from dataclasses import dataclass, field


class Type:
    def underlying(self) -> "Type":
        return self

    def __repr__(self) -> str:
        return f"<{self}>"


@dataclass(frozen=True, eq=True)
class Basic(Type):
    name: str          # bool, int, int8.., uint8.., float32, float64, string, complex128, unsafe ptr...
    #: "byte" or "rune" for the predeclared aliases: the same type as uint8/int32 (``%T`` says
    #: uint8), but go build's messages keep the alias' name (interp/typestring.py)
    spelled: str = field(default="", compare=False)

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, eq=True)
class Untyped(Type):
    """The type of an untyped constant: kind is int, float, rune, string, bool or nil."""
    kind: str

    def __str__(self) -> str:
        return "untyped " + self.kind

    def default(self) -> Type:
        return {"int": INT, "float": FLOAT64, "rune": RUNE, "string": STRING, "bool": BOOL,
                "nil": UNTYPED_NIL}[self.kind]


class Named(Type):
    """A defined type: ``type Server struct{...}``, ``time.Duration``.  Compared by identity."""

    def __init__(self, pkg: str, name: str, under: Type | None = None):
        self.pkg = pkg
        self.name = name
        self.under = under
        #: method name -> MethodInfo
        self.methods: dict[str, "MethodInfo"] = {}
        self.pyclass = None          # generated GoStruct subclass when the underlying type is a struct

    def underlying(self) -> Type:
        u = self.under
        while isinstance(u, Named):
            u = u.under
        return u

    def __str__(self) -> str:
        return f"{self.pkg}.{self.name}" if self.pkg else self.name

    def __hash__(self):
        return id(self)

    def __eq__(self, other):
        return self is other


@dataclass
class MethodInfo:
    name: str
    sig: "Signature"
    ptr_recv: bool
    impl: object = None      # Python callable (recv, *args) -> value or generator
    blocking: bool = True    # a user method is a generator; library methods say


@dataclass(frozen=True, eq=True)
class Pointer(Type):
    elem: Type

    def __str__(self) -> str:
        return f"*{self.elem}"


@dataclass(frozen=True, eq=True)
class Slice(Type):
    elem: Type

    def __str__(self) -> str:
        return f"[]{self.elem}"


@dataclass(frozen=True, eq=True)
class Array(Type):
    length: int
    elem: Type

    def __str__(self) -> str:
        return f"[{self.length}]{self.elem}"


@dataclass(frozen=True, eq=True)
class Map(Type):
    key: Type
    elem: Type

    def __str__(self) -> str:
        return f"map[{self.key}]{self.elem}"


@dataclass(frozen=True, eq=True)
class Chan(Type):
    elem: Type
    dir: str = "both"     # both | send | recv

    def __str__(self) -> str:
        return {"both": "chan ", "send": "chan<- ", "recv": "<-chan "}[self.dir] + str(self.elem)


@dataclass(frozen=True, eq=True)
class Signature(Type):
    params: tuple[Type, ...] = ()
    results: tuple[Type, ...] = ()
    variadic: bool = False
    #: result names as declared, for messages only: names never make two types different
    result_names: tuple[str, ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        ps = [str(p) for p in self.params]
        if self.variadic and ps:
            ps[-1] = "..." + str(self.params[-1].elem)
        s = f"func({', '.join(ps)})"
        if len(self.results) == 1:
            s += " " + str(self.results[0])
        elif self.results:
            s += " (" + ", ".join(map(str, self.results)) + ")"
        return s


@dataclass(frozen=True, eq=True)
class Field:
    name: str
    type: Type
    embedded: bool = False


@dataclass(frozen=True, eq=True)
class Struct(Type):
    fields: tuple[Field, ...] = ()

    def __str__(self) -> str:
        if not self.fields:
            return "struct {}"
        return "struct { " + "; ".join(
            (str(f.type) if f.embedded else f"{f.name} {f.type}") for f in self.fields) + " }"

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(frozen=True, eq=True)
class Interface(Type):
    methods: tuple[tuple[str, Signature], ...] = ()
    #: for messages only, an interface type literal as written: ((name, Signature, parameter
    #: names) sorted by name, embedded types in order); None for ``any`` and library interfaces
    literal: tuple | None = field(default=None, compare=False)

    def __str__(self) -> str:
        if not self.methods:
            return "interface {}"
        return "interface { " + "; ".join(f"{n}{str(s)[4:]}" for n, s in self.methods) + " }"

    def method(self, name: str) -> Signature | None:
        for n, s in self.methods:
            if n == name:
                return s
        return None


class TypeParam(Type):
    """A library function's type parameter (``sync.OnceValue[T any]``); user code cannot declare
    generics, but may call the standard library's generic functions: ``unify`` infers T."""

    def __init__(self, name: str):
        self.name = name
        self.core: Type | None = None      # the constraint's core type: []E for ``S ~[]E``

    def __str__(self) -> str:
        return self.name


def unify(param: Type, arg: Type, env: dict) -> None:
    """Bind the TypeParams in ``param`` from the matching parts of ``arg`` (and, through a
    parameter's core type, the ones its constraint mentions)."""
    if isinstance(param, TypeParam):
        env.setdefault(param, arg)
        if param.core is not None and arg is not None:
            unify(param.core, arg.underlying(), env)
    elif isinstance(param, Signature) and isinstance(arg, Signature):
        for a, b in zip(param.params + param.results, arg.params + arg.results):
            unify(a, b, env)
    elif isinstance(param, (Pointer, Slice, Chan)) and type(param) is type(arg):
        unify(param.elem, arg.elem, env)
    elif isinstance(param, Map) and isinstance(arg, Map):
        unify(param.key, arg.key, env)
        unify(param.elem, arg.elem, env)


def subst(t: Type, env: dict) -> Type:
    if isinstance(t, TypeParam):
        return env.get(t, ANY)
    if isinstance(t, Signature):
        return Signature(tuple(subst(p, env) for p in t.params),
                         tuple(subst(r, env) for r in t.results), t.variadic)
    if isinstance(t, Pointer):
        return Pointer(subst(t.elem, env))
    if isinstance(t, Slice):
        return Slice(subst(t.elem, env))
    if isinstance(t, Chan):
        return Chan(subst(t.elem, env), t.dir)
    if isinstance(t, Map):
        return Map(subst(t.key, env), subst(t.elem, env))
    if isinstance(t, Tuple):
        return Tuple(tuple(subst(x, env) for x in t.types))
    return t


def has_type_params(t: Type) -> bool:
    if isinstance(t, TypeParam):
        return True
    if isinstance(t, Signature):
        return any(has_type_params(x) for x in t.params + t.results)
    if isinstance(t, (Pointer, Slice, Chan)):
        return has_type_params(t.elem)
    if isinstance(t, Map):
        return has_type_params(t.key) or has_type_params(t.elem)
    return False


@dataclass(frozen=True, eq=True)
class Tuple(Type):
    """The results of a multi-value call (``names``: the named results, for messages)."""
    types: tuple[Type, ...]
    names: tuple[str, ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        if self.names:
            return "(" + ", ".join(f"{n} {t}" for n, t in zip(self.names, self.types)) + ")"
        return "(" + ", ".join(map(str, self.types)) + ")"


BOOL = Basic("bool")
INT, INT8, INT16, INT32, INT64 = (Basic(n) for n in ("int", "int8", "int16", "int32", "int64"))
UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR = (
    Basic(n) for n in ("uint", "uint8", "uint16", "uint32", "uint64", "uintptr"))
FLOAT32, FLOAT64 = Basic("float32"), Basic("float64")
COMPLEX128 = Basic("complex128")
STRING = Basic("string")
UNTYPED_INT, UNTYPED_FLOAT, UNTYPED_RUNE = Untyped("int"), Untyped("float"), Untyped("rune")
UNTYPED_STRING, UNTYPED_BOOL, UNTYPED_NIL = Untyped("string"), Untyped("bool"), Untyped("nil")
ANY = Interface()
ERROR = Named("", "error", Interface((("Error", Signature((), (STRING,))),)))
BYTE, RUNE = Basic("uint8", "byte"), Basic("int32", "rune")     # == UINT8, INT32

INT_BITS = {"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint": 64, "uint8": 8,
            "uint16": 16, "uint32": 32, "uint64": 64, "uintptr": 64}
SIGNED = {"int", "int8", "int16", "int32", "int64"}

UNIVERSE_TYPES: dict[str, Type] = {
    "bool": BOOL, "int": INT, "int8": INT8, "int16": INT16, "int32": INT32, "int64": INT64,
    "uint": UINT, "uint8": UINT8, "uint16": UINT16, "uint32": UINT32, "uint64": UINT64,
    "uintptr": UINTPTR, "float32": FLOAT32, "float64": FLOAT64, "complex128": COMPLEX128,
    "string": STRING, "byte": BYTE, "rune": RUNE, "any": ANY, "error": ERROR,
}


def under(t: Type | None) -> Type | None:
    return t.underlying() if t is not None else None


def is_integer(t) -> bool:
    u = under(t)
    return (isinstance(u, Basic) and u.name in INT_BITS) or u in (UNTYPED_INT, UNTYPED_RUNE)


def is_float(t) -> bool:
    u = under(t)
    return (isinstance(u, Basic) and u.name in ("float32", "float64")) or u == UNTYPED_FLOAT


def is_string(t) -> bool:
    u = under(t)
    return u == STRING or u == UNTYPED_STRING


def is_interface(t) -> bool:
    return isinstance(under(t), Interface)


def is_struct(t) -> bool:
    return isinstance(under(t), Struct)


def is_struct_ptr(t) -> bool:
    u = under(t)
    return isinstance(u, Pointer) and is_struct(u.elem)


def has_value_semantics(t) -> bool:
    """Assignment copies: struct values and arrays."""
    return isinstance(under(t), (Struct, Array))


def wrap_int(v: int, t) -> int:
    """Go's two's-complement wrap-around for a sized integer type."""
    u = under(t)
    bits = INT_BITS.get(getattr(u, "name", ""), 0)
    if not bits:
        return v
    mask = (1 << bits) - 1
    v &= mask
    if u.name in SIGNED and v >> (bits - 1):
        v -= 1 << bits
    return v


def natural(t: Type) -> bool:
    """Whether a value of static type t can sit in an interface without a Box (see values.py)."""
    if t in (BOOL, INT, FLOAT64, STRING, COMPLEX128):
        return True
    if isinstance(t, Pointer) and isinstance(t.elem, Named) and is_struct(t.elem):
        return True
    return bool(getattr(t, "natural", False))


def method_set(t: Type) -> dict[str, MethodInfo]:
    """Methods callable on a value of type t (pointer receivers only through *T)."""
    if isinstance(t, Pointer) and isinstance(t.elem, Named):
        return dict(t.elem.methods)
    if isinstance(t, Named):
        return {n: m for n, m in t.methods.items() if not m.ptr_recv}
    return {}


def implements(t: Type, iface: Type) -> bool:
    it = under(iface)
    if not isinstance(it, Interface):
        return False
    if isinstance(under(t), Interface):
        have = {n for n, _ in under(t).methods}
        return all(n in have for n, _ in it.methods)
    ms = method_set(t)
    return all(n in ms for n, _ in it.methods)
