"""How Go values live in Python while a program runs.

| Go                          | Python                                                        |
|-----------------------------|---------------------------------------------------------------|
| bool, int*, uint*, float*   | bool, int (wrapped to its size where the type says), float    |
| string                      | str (Go's byte semantics where they differ: see ``go_len``)   |
| struct value                | an instance of a generated ``GoStruct`` subclass (copied on   |
|                             | assignment by compiled code)                                  |
| *T for a struct T           | the same instance (so ``&s`` aliases ``s``; ``is`` compares)  |
| *T for other T              | ``Pointer`` (reads and writes one location)                   |
| slice                       | ``GoSlice`` over a shared backing list                        |
| array                       | list (copied on assignment)                                   |
| map                         | dict (nil map: None); ``ValueKeyMap``/``IfaceKeyMap`` when    |
|                             | keys are structs, arrays or interfaces (Go's key equality),   |
|                             | ``FloatKeyMap`` for float and complex keys (NaN != NaN)       |
| func                        | a Python callable returning a generator (nil: None)           |
| chan, sync types, ...       | runtime objects (see ``runtime/``)                            |
| interface value             | the value itself when its dynamic type is *natural* (bool,    |
|                             | int, float64, string, pointers to structs, runtime objects    |
|                             | with ``gotype``), else ``Boxed(type, value)``; nil is None    |

Variables captured by closures or whose address is taken live in a ``Cell`` so that every
closure sees the same location, and each loop iteration gets its own (Go 1.22 semantics).
"""
from __future__ import annotations


class Cell:
    """One addressable variable that escapes (captured by a closure or address taken).
    ``ptr`` is the pointer ``&x`` gives (see ``cell_pointer``), made on first use."""
    __slots__ = ("v", "ptr")

    def __init__(self, v=None):
        self.v = v
        self.ptr = None


class Boxed:
    """An interface value whose dynamic type the Python value alone does not tell."""
    __slots__ = ("type", "v")

    def __init__(self, type_, v):
        self.type = type_
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Boxed) or other.type != self.type:
            return False
        if not comparable(self.type):
            from .runtime.errors import GoPanic
            raise GoPanic.runtime(f"comparing uncomparable type {self.type}")
        a, b = self.v, other.v
        if isinstance(a, (GoStruct, GoValue)):
            return a._eq(b)
        if type(a) is list:                 # an array: element by element
            return value_key(a) == value_key(b)
        return a == b

    def __hash__(self):
        if not comparable(self.type):       # runtime.nilinterhash: names the outermost type
            from .runtime.errors import GoPanic
            raise GoPanic.runtime(f"hash of unhashable type {self.type}")
        return hash((str(self.type), value_key(self.v)))

    def __repr__(self):
        return f"Boxed({self.type}, {self.v!r})"


class GoStruct:
    """Base of the generated struct classes.  Subclasses set ``__slots__``, ``_fields``
    (names in order), ``_type`` (the Named or struct type) and ``_ptrtype`` (``*T``)."""
    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _value_fields: tuple[str, ...] = ()   # fields holding struct values or arrays: deep-copied
    _type = None
    _ptrtype = None

    @property
    def gotype(self):
        return self._ptrtype

    def _copy(self, cls=None):
        """A copy (Go's value semantics); ``cls``: as another struct type with the same fields
        (an assignment or conversion between such types)."""
        cls = cls or self.__class__
        new = cls.__new__(cls)
        for f in cls._fields:
            setattr(new, f, getattr(self, f))
        for f in cls._value_fields:
            setattr(new, f, copy_value(getattr(self, f)))
        return new

    def _assign(self, other) -> None:
        """``*p = v``: overwrite every field in place (the pointer keeps its identity)."""
        for f in self._fields:
            setattr(self, f, getattr(other, f))
        for f in self._value_fields:
            setattr(self, f, copy_value(getattr(other, f)))

    def _eq(self, other) -> bool:
        if other is None or other.__class__ is not self.__class__:
            return False
        for f in self._fields:
            a, b = getattr(self, f), getattr(other, f)
            if isinstance(a, GoStruct) and f in self._value_fields:
                if not a._eq(b):
                    return False
            elif a != b:
                return False
        return True

    def _key(self):
        return (self.__class__,) + tuple(
            value_key(getattr(self, f)) if f in self._value_fields else getattr(self, f)
            for f in self._fields)


def comparable(t) -> bool:
    """Go's comparability of a type: not a slice, map or func, nor made of one."""
    from .golang import types as T
    u = t.underlying()
    if isinstance(u, (T.Slice, T.Map, T.Signature)):
        return False
    if isinstance(u, T.Array):
        return comparable(u.elem)
    if isinstance(u, T.Struct):
        return all(comparable(f.type) for f in u.fields)
    return True


def value_key(v):
    """A hashable stand-in, equal exactly when the Go values are: struct values and arrays
    compare field by field and element by element in Go; in Python a struct compares by
    identity and a list (an array) cannot be hashed."""
    if isinstance(v, (GoStruct, GoValue)):
        return v._key()
    if type(v) is list:
        return tuple([value_key(x) for x in v])
    return v


class GoValue:
    """Base of the library's struct types with Go value semantics (sync.Mutex, sync.WaitGroup,
    atomic.Int64...): Python objects with their own representation of Go's fields.

    * ``_copy()`` is what assigning or passing the struct by value does in Go: a new value with
      the same state words (a copied locked Mutex is locked, a copied counter keeps its count)
      but nobody waiting on it (waiters sleep on the original's address);
    * ``_go_fields()`` gives the values of the fields of the type's declared go1.27 layout, in
      order (a nested struct as a tuple of its fields), so fmt prints ``&{{} {1 0}}`` as Go does.
    """
    __slots__ = ()

    def _copy(self):
        raise NotImplementedError

    def _go_fields(self) -> tuple:
        raise NotImplementedError

    # == and map keys compare the fields, as for GoStruct
    def _eq(self, other) -> bool:
        return other.__class__ is self.__class__ and self._go_fields() == other._go_fields()

    def _key(self):
        return (self.__class__,) + self._go_fields()


def copy_value(v):
    """Copy a value with value semantics (struct values, arrays); others are shared."""
    if isinstance(v, (GoStruct, GoValue)):
        return v._copy()
    if isinstance(v, list):
        return [copy_value(x) for x in v]
    return v


class Pointer:
    """A pointer to a non-struct location (a variable, a slice element, a struct field): read
    with ``get()``, written with ``set(v)``.  ``key`` is the location's identity (``==``,
    hashing, the fake address ``%p`` prints); ``type`` its static Go pointer type."""
    __slots__ = ("key", "type")

    @property
    def gotype(self):
        return self.type

    def __eq__(self, other):
        return isinstance(other, Pointer) and other.key == self.key

    def __hash__(self):
        return hash(self.key)


class CellPointer(Pointer):
    """``&x`` for an escaping variable: the key is x's Cell itself (identity equality, and the
    cell stays alive while the pointer does).  No closures: ``&n`` runs once per goroutine in
    the stress benchmark."""
    __slots__ = ()

    def __init__(self, cell: Cell, type_=None):
        self.key = cell
        self.type = type_

    def get(self):
        return self.key.v

    def set(self, v) -> None:
        self.key.v = v


class FuncPointer(Pointer):
    """A pointer read and written through two closures (slice elements, struct fields)."""
    __slots__ = ("get", "set")

    def __init__(self, get, set_, key, type_=None):
        self.get = get
        self.set = set_
        self.key = key
        self.type = type_


def cell_pointer(cell: Cell, type_=None) -> CellPointer:
    """``&x`` of an escaping variable.  A pointer never changes once made, so every ``&x``
    (of the same static type) shares one: no object per evaluation, and equal pointers are
    identical (a defer's argument memo compares them by identity).  The cell and its pointer
    form a reference cycle: freed by the cyclic collector, not at the end of the run."""
    p = cell.ptr
    if p is None or p.type is not type_:
        p = cell.ptr = CellPointer(cell, type_)
    return p


def field_pointer(obj, name: str, type_=None) -> Pointer:
    def get():
        return getattr(obj, name)

    def set_(v):
        setattr(obj, name, v)
    return FuncPointer(get, set_, ("field", id(obj), name), type_)


class GoSlice:
    """A slice: a window ``[off, off+len)`` on a backing list with capacity ``cap``.

    Invariant: ``off + cap <= len(arr)``; writes through any slice sharing ``arr`` are seen by all.
    """
    __slots__ = ("arr", "off", "len", "cap")

    def __init__(self, arr: list, off: int = 0, length: int | None = None, cap: int | None = None):
        self.arr = arr
        self.off = off
        self.len = len(arr) - off if length is None else length
        self.cap = len(arr) - off if cap is None else cap

    def items(self) -> list:
        return self.arr[self.off:self.off + self.len]

    def __iter__(self):
        return iter(self.items())

    def __repr__(self):
        return f"GoSlice({self.items()!r})"


def go_len_str(s: str) -> int:
    """Go's len(string): bytes of the UTF-8 encoding."""
    return len(s) if s.isascii() else len(s.encode("utf-8", "surrogateescape"))


class ValueKeyMap(dict):
    """A map whose keys are struct values or arrays (``map[Point]int``, ``map[[2]int]bool``):
    Go compares such keys by value, so entries are stored under the key's ``value_key`` and
    remember a private copy of the key for iteration and printing.

    Invariant: ``dict.__getitem__(self, kt) == (key copy, value)`` for ``kt = value_key(key)``.
    """
    __slots__ = ()

    _kt = staticmethod(value_key)

    def __getitem__(self, k):
        return dict.__getitem__(self, self._kt(k))[1]

    def get(self, k, default=None):
        e = dict.get(self, self._kt(k))
        return default if e is None else e[1]

    def __setitem__(self, k, v):
        kt = self._kt(k)
        e = dict.get(self, kt)
        dict.__setitem__(self, kt, (e[0] if e is not None else copy_value(k), v))

    def __contains__(self, k):
        return dict.__contains__(self, self._kt(k))

    def pop(self, k, *default):
        e = dict.pop(self, self._kt(k), None)
        if e is None:
            if default:
                return default[0]
            raise KeyError(k)
        return e[1]

    def __iter__(self):
        return (e[0] for e in dict.values(self))

    def keys(self):
        return [e[0] for e in dict.values(self)]

    def values(self):
        return [e[1] for e in dict.values(self)]

    def items(self):
        return [(e[0], e[1]) for e in dict.values(self)]


class FloatKeyMap(dict):
    """A map with float or complex keys (``map[float64]int``).  NaN is not equal to itself in
    Go, so every ``m[NaN] = v`` adds an entry, and lookups and deletes of NaN find nothing;
    ``len``, range and printing see every such entry.

    Each NaN key is stored as a float (or complex) object of its own (a fresh one per insert):
    Python hashes NaN by identity, so ``in`` and ``[]`` (what range uses) still find an entry
    by the very key object range yields, while ``get`` and ``pop`` (lookup and delete) never do.
    """
    __slots__ = ()

    def __setitem__(self, k, v):
        if k != k:
            k = k + 0.0                  # a new object: a new entry
        dict.__setitem__(self, k, v)

    def get(self, k, default=None):
        return default if k != k else dict.get(self, k, default)

    def pop(self, k, *default):
        if k != k:
            if default:
                return default[0]
            raise KeyError(k)
        return dict.pop(self, k, *default)


def iface_key(k):
    """The dict key for an interface value: Python's 1 == 1.0 == True, Go's any(1), any(1.0) and
    any(true) are three keys, so a number goes with its Python type (its Go type, see above)."""
    c = k.__class__
    return (c, k) if c is int or c is float or c is bool or c is complex else k


class IfaceKeyMap(ValueKeyMap):
    """A map with interface keys (``map[any]string``, ``map[error]int``).  A key whose dynamic
    type cannot be compared (a slice, map or func, or a struct or array holding one) panics."""
    __slots__ = ()

    _kt = staticmethod(iface_key)

    # a float or complex NaN key: each insert a new entry, never found (see FloatKeyMap)
    def __setitem__(self, k, v):
        if _is_nan(k):
            k = Boxed(k.type, k.v + 0.0) if k.__class__ is Boxed else k + 0.0
        ValueKeyMap.__setitem__(self, k, v)

    # Go looks up and deletes in an empty map without hashing: it checks the key another way
    # (internal/runtime/maps mapKeyError), with another message
    def get(self, k, default=None):
        if not self:
            check_iface_key(k)
        if _is_nan(k):
            return default
        return ValueKeyMap.get(self, k, default)

    def pop(self, k, *default):
        if not self:
            check_iface_key(k)
        if _is_nan(k) and default:
            return default[0]
        return ValueKeyMap.pop(self, k, *default)


def _is_nan(k) -> bool:
    """Whether interface value k is a NaN (of any float or complex type)."""
    c = k.__class__
    if c is Boxed:
        k = k.v
        c = k.__class__
    return (c is float or c is complex) and k != k


def check_iface_key(k) -> None:
    """mapKeyError: panic if map key k holds a value of a type that cannot be hashed, naming the
    innermost such type."""
    if isinstance(k, Boxed):
        if not comparable(k.type):
            from .lib.runtime_errors import RuntimeError_
            from .runtime.errors import GoPanic
            raise GoPanic(RuntimeError_(f"hash of unhashable type: {k.type}"), True)
        k = k.v
    if isinstance(k, GoStruct):
        for f in k._fields:
            check_iface_key(getattr(k, f))
    elif type(k) is list:
        for x in k:
            check_iface_key(x)
