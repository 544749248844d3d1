"""Package math/rand/v2: the PCG source (pcg.go) and the Rand methods (rand.go), ported exactly
for a 64-bit platform, so ``rand.New(rand.NewPCG(1, 2)).IntN(100)`` gives Go's numbers.

As in math/rand (randpkg.py), the top-level functions draw from Go's randomly seeded runtime
source, here the run's seeded RNG.  Go's v2 has no Seed at all.
"""
from __future__ import annotations

import struct

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .dyn import call_sync, find_method
from .registry import Package
from .slicesiter import call_gen

rand = Package("math/rand/v2")
rand.name = "rand"                 # the package clause of math/rand/v2 says "rand"

MASK64 = (1 << 64) - 1
MASK128 = (1 << 128) - 1
#: pcg.go's 128-bit LCG multiplier and increment (mulHi:mulLo, incHi:incLo)
PCG_MUL = (2549297995355413924 << 64) | 4865540595714422341
PCG_INC = (6364136223846793005 << 64) | 1442695040888963407
CHEAP_MUL = 0xda942042e4dd58b5

rand.type("Source", "interface{ Uint64() uint64 }")


@rand.type("PCG", "struct{}")
class PCG:
    """*rand.PCG: a 128-bit LCG with the DXSM output permutation."""
    __slots__ = ("hi", "lo")
    _fields = ()
    _go_methods = {"Uint64": "func() uint64", "Seed": "func(seed1, seed2 uint64)"}

    def __init__(self, hi: int = 0, lo: int = 0):
        self.hi, self.lo = hi, lo

    def Seed(self, seed1, seed2):
        self.hi, self.lo = seed1, seed2

    def Uint64(self):
        state = (((self.hi << 64) | self.lo) * PCG_MUL + PCG_INC) & MASK128
        hi, lo = state >> 64, state & MASK64
        self.hi, self.lo = hi, lo
        hi ^= hi >> 32
        hi = (hi * CHEAP_MUL) & MASK64
        hi ^= hi >> 48
        return (hi * (lo | 1)) & MASK64


@rand.func("func NewPCG(seed1, seed2 uint64) *PCG")
def NewPCG(seed1, seed2):
    return PCG(seed1, seed2)


class RuntimeSource:
    """The global generator's source: 64 random bits per step from the run's seeded RNG."""
    __slots__ = ()

    def Uint64(self):
        from ..runtime import current
        return current().rng.getrandbits(64)


def _f32(x: float) -> float:
    return struct.unpack("f", struct.pack("f", x))[0]


@rand.type("Rand", "struct{}")
class Rand:
    """*rand.Rand over any Source: ours directly, a program's own through its Uint64 method."""
    __slots__ = ("src",)
    _fields = ()
    _go_methods = {
        "Int64": "func() int64", "Uint32": "func() uint32", "Uint64": "func() uint64",
        "Int32": "func() int32", "Int": "func() int", "Uint": "func() uint",
        "Int64N": "func(n int64) int64", "Uint64N": "func(n uint64) uint64",
        "Int32N": "func(n int32) int32", "Uint32N": "func(n uint32) uint32",
        "IntN": "func(n int) int", "UintN": "func(n uint) uint",
        "Float64": "func() float64", "Float32": "func() float32", "Perm": "func(n int) []int",
        "Shuffle": "func(n int, swap func(i, j int))",
    }
    _go_blocking = {"Shuffle"}

    def __init__(self, src=None):
        self.src = src

    def Uint64(self):
        src = self.src
        if isinstance(src, (PCG, RuntimeSource)):
            return src.Uint64()
        m = find_method(src, "Uint64")
        if m is None:
            raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                                  "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x0]")
        return call_sync(m()) & MASK64

    def Int64(self):
        return self.Uint64() & ~(1 << 63)

    def Uint32(self):
        return self.Uint64() >> 32

    def Int32(self):
        return self.Uint64() >> 33

    def Int(self):
        return self.Uint64() & ~(1 << 63)

    def Uint(self):
        return self.Uint64()

    def _uint64n(self, n: int) -> int:
        """Lemire's multiply-shift on 64 bits (rand.go uint64n, 64-bit platform)."""
        if n & (n - 1) == 0:
            return self.Uint64() & (n - 1)
        prod = self.Uint64() * n
        if prod & MASK64 < n:
            thresh = ((1 << 64) - n) % n
            while prod & MASK64 < thresh:
                prod = self.Uint64() * n
        return prod >> 64

    def _n(self, n: int, name: str, zero_only: bool = False) -> int:
        if n == 0 if zero_only else n <= 0:
            raise GoPanic(f"invalid argument to {name}")
        return self._uint64n(n)

    def Int64N(self, n):
        return self._n(n, "Int64N")

    def Uint64N(self, n):
        return self._n(n, "Uint64N", zero_only=True)

    def Int32N(self, n):
        return self._n(n, "Int32N")

    def Uint32N(self, n):
        return self._n(n, "Uint32N", zero_only=True)

    def IntN(self, n):
        return self._n(n, "IntN")

    def UintN(self, n):
        return self._n(n, "UintN", zero_only=True)

    def Float64(self):
        return (self.Uint64() & ((1 << 53) - 1)) / (1 << 53)

    def Float32(self):
        return _f32((self.Uint32() & ((1 << 24) - 1)) / (1 << 24))

    def Perm(self, n):
        if n < 0:
            raise GoPanic.runtime("makeslice: len out of range")
        p = list(range(n))
        for i in range(n - 1, 0, -1):
            j = self._uint64n(i + 1)
            p[i], p[j] = p[j], p[i]
        return GoSlice(p)

    def Shuffle(self, n, swap):
        if n < 0:
            raise GoPanic("invalid argument to Shuffle")
        for i in range(n - 1, 0, -1):
            j = self._uint64n(i + 1)
            yield from call_gen(swap, i, j)


@rand.func("func New(src Source) *Rand")
def New(src):
    return Rand(src)


_GLOBAL = Rand(RuntimeSource())

# the top-level functions: the same methods of the global generator
for _name, _sig in Rand._go_methods.items():
    if _name != "Shuffle":
        rand.func(_sig.replace("func(", f"func {_name}(", 1))(getattr(_GLOBAL, _name))
rand.func("func Shuffle(n int, swap func(i, j int))", blocking=True)(_GLOBAL.Shuffle)


@rand.func("func N[Int intType](n Int) Int")
def N(n):
    """rand.N: IntN for any integer type (rand.N(10*time.Second) is a time.Duration)."""
    if n <= 0:
        raise GoPanic("invalid argument to N")
    return _GLOBAL._uint64n(n)
