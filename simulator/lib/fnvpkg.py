"""Packages hash (the Hash, Hash32 and Hash64 interfaces) and hash/fnv (fnv.go: the FNV-1 and
FNV-1a hashes on 32 and 64 bits).

A hash is an io.Writer: Write (and so fmt.Fprint and io.WriteString) feeds it bytes; Sum32 /
Sum64 read the state; Sum(b) appends the state big-endian to b, as Go does.  The dynamic types
are Go's unexported ones, so ``%T`` prints ``*fnv.sum32a``.
"""
from __future__ import annotations

from ..values import GoSlice
from .gostrconv import go_bytes
from .iopkg import raw_bytes
from .registry import Package

hash_ = Package("hash")
_WRITER = "Write(p []byte) (n int, err error)"
_HASH = f"{_WRITER}; Sum(b []byte) []byte; Reset(); Size() int; BlockSize() int"
hash_.type("Hash", f"interface{{ {_HASH} }}")
hash_.type("Hash32", f"interface{{ {_HASH}; Sum32() uint32 }}")
hash_.type("Hash64", f"interface{{ {_HASH}; Sum64() uint64 }}")

fnv = Package("hash/fnv")

OFFSET32, PRIME32 = 2166136261, 16777619
OFFSET64, PRIME64 = 14695981039346656037, 1099511628211
MASK32, MASK64 = (1 << 32) - 1, (1 << 64) - 1


class _Sum:
    """The shared part of the four hashes: ``state`` is the running hash, ``SIZE`` its bytes;
    subclasses say how one byte is mixed in (``_mix``)."""
    __slots__ = ("state",)
    _fields = ()
    SIZE = 4
    OFFSET = OFFSET32

    def __init__(self):
        self.state = self.OFFSET

    def _feed(self, data: bytes) -> int:
        h = self.state
        for c in data:
            h = self._mix(h, c)
        self.state = h
        return len(data)

    def Write(self, p):
        return self._feed(raw_bytes(p)), None

    def go_write_text(self, text: str):
        return self._feed(go_bytes(text)), None

    def Sum(self, b):
        items = b.items() if b is not None else []
        return GoSlice(items + list(self.state.to_bytes(self.SIZE, "big")))

    def Reset(self):
        self.state = self.OFFSET

    def Size(self):
        return self.SIZE

    def BlockSize(self):
        return 1


_METHODS = {"Write": "func(p []byte) (n int, err error)", "Sum": "func(b []byte) []byte",
            "Reset": "func()", "Size": "func() int", "BlockSize": "func() int"}


class _Sum32(_Sum):
    """(Registered classes do not inherit from one another: each has its own ``gotype``.)"""
    __slots__ = ()
    _go_methods = dict(_METHODS, Sum32="func() uint32")

    def Sum32(self):
        return self.state


class _Sum64(_Sum):
    __slots__ = ()
    _go_methods = dict(_METHODS, Sum64="func() uint64")
    SIZE = 8
    OFFSET = OFFSET64

    def Sum64(self):
        return self.state


@fnv.type("sum32", "struct{}")
class Sum32(_Sum32):
    __slots__ = ()

    @staticmethod
    def _mix(h, c):
        return ((h * PRIME32) & MASK32) ^ c


@fnv.type("sum32a", "struct{}")
class Sum32a(_Sum32):
    __slots__ = ()

    @staticmethod
    def _mix(h, c):
        return ((h ^ c) * PRIME32) & MASK32


@fnv.type("sum64", "struct{}")
class Sum64(_Sum64):
    __slots__ = ()

    @staticmethod
    def _mix(h, c):
        return ((h * PRIME64) & MASK64) ^ c


@fnv.type("sum64a", "struct{}")
class Sum64a(_Sum64):
    __slots__ = ()

    @staticmethod
    def _mix(h, c):
        return ((h ^ c) * PRIME64) & MASK64


@fnv.func("func New32() hash.Hash32")
def New32():
    return Sum32()


@fnv.func("func New32a() hash.Hash32")
def New32a():
    return Sum32a()


@fnv.func("func New64() hash.Hash64")
def New64():
    return Sum64()


@fnv.func("func New64a() hash.Hash64")
def New64a():
    return Sum64a()
