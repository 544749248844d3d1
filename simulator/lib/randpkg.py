"""Package math/rand: Go's seeded generator (rng.go) and the Rand methods (rand.go), ported
exactly, so ``rand.New(rand.NewSource(42)).Intn(100)`` gives the very numbers Go gives.

The source (*rngSource) is the additive lagged Fibonacci generator of rng.go: 607 words of
state, seeded by a Park-Miller LCG XORed with rngCooked (randcooked.py).  State words are kept
as uint64 (Go's int64 bit patterns); additions wrap at 64 bits.

The top-level functions (rand.Intn, rand.Shuffle...) use Go's global generator, randomly seeded
since Go 1.20 and unseedable since Go 1.24 (rand.Seed is a no-op): here its source draws from
the run's seeded RNG (``Runtime.rng``), so any sequence is a valid one and runs stay
reproducible.  Through the same Rand code paths, so argument panics read as Go's.
"""
from __future__ import annotations

import struct

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .dyn import call_sync, find_method
from .randcooked import RNG_COOKED
from .registry import Package
from .slicesiter import call_gen

rand = Package("math/rand")

RNG_LEN = 607
RNG_TAP = 273
RNG_MASK = (1 << 63) - 1          # Int63: the low 63 bits of a step
INT32_MAX = (1 << 31) - 1
MASK64 = (1 << 64) - 1
MASK32 = (1 << 32) - 1

rand.type("Source", "interface{ Int63() int64; Seed(seed int64) }")
rand.type("Source64", "interface{ Int63() int64; Seed(seed int64); Uint64() uint64 }")


def _seedrand(x: int) -> int:
    """x[n+1] = 48271 * x[n] mod (2**31 - 1), Schrage's way (no overflow for 0 < x < 2**31)."""
    hi, lo = divmod(x, 44488)
    x = 48271 * lo - 3399 * hi
    return x + INT32_MAX if x < 0 else x


@rand.type("rngSource", "struct{}")
class RngSource:
    """*rand.rngSource, the value rand.NewSource returns."""
    __slots__ = ("tap", "feed", "vec")
    _fields = ()
    _go_methods = {"Int63": "func() int64", "Seed": "func(seed int64)", "Uint64": "func() uint64"}

    def __init__(self):
        self.tap, self.feed = 0, 0
        self.vec = [0] * RNG_LEN

    def Seed(self, seed):
        self.tap = 0
        self.feed = RNG_LEN - RNG_TAP
        seed = abs(seed) % INT32_MAX * (1 if seed >= 0 else -1)   # Go's % truncates
        if seed < 0:
            seed += INT32_MAX
        if seed == 0:
            seed = 89482311
        x = seed
        vec = self.vec
        for i in range(-20, RNG_LEN):
            x = _seedrand(x)
            if i >= 0:
                u = (x << 40) & MASK64
                x = _seedrand(x)
                u ^= x << 20
                x = _seedrand(x)
                u ^= x
                vec[i] = u ^ (RNG_COOKED[i] & MASK64)

    def Uint64(self):
        self.tap = self.tap - 1 if self.tap > 0 else RNG_LEN - 1
        self.feed = self.feed - 1 if self.feed > 0 else RNG_LEN - 1
        vec = self.vec
        x = (vec[self.feed] + vec[self.tap]) & MASK64
        vec[self.feed] = x
        return x

    def Int63(self):
        return self.Uint64() & RNG_MASK


class RuntimeSource:
    """The global generator's source: 64 random bits per step from the run's seeded RNG."""
    __slots__ = ()

    def Uint64(self):
        from ..runtime import current
        return current().rng.getrandbits(64)

    def Int63(self):
        return self.Uint64() & RNG_MASK


@rand.func("func NewSource(seed int64) Source")
def NewSource(seed):
    src = RngSource()
    src.Seed(seed)
    return src


def _f32(x: float) -> float:
    return struct.unpack("f", struct.pack("f", x))[0]


def _int32(x: int) -> int:
    x &= MASK32
    return x - (1 << 32) if x >> 31 else x


@rand.type("Rand", "struct{}")
class Rand:
    """*rand.Rand over any Source: ours directly, a program's own through its methods."""
    __slots__ = ("src", "s64")
    _fields = ()
    _go_methods = {
        "Int63": "func() int64", "Uint32": "func() uint32", "Uint64": "func() uint64",
        "Int31": "func() int32", "Int": "func() int", "Int63n": "func(n int64) int64",
        "Int31n": "func(n int32) int32", "Intn": "func(n int) int", "Float64": "func() float64",
        "Float32": "func() float32", "Perm": "func(n int) []int",
        "Shuffle": "func(n int, swap func(i, j int))", "Seed": "func(seed int64)",
    }
    _go_blocking = {"Shuffle"}

    def __init__(self, src=None):
        self.src = src
        native = isinstance(src, (RngSource, RuntimeSource))
        self.s64 = src if native or find_method(src, "Uint64") is not None else None

    def _src_call(self, name: str):
        if isinstance(self.src, (RngSource, RuntimeSource)):
            return getattr(self.src, name)()
        m = find_method(self.src, name)
        if m is None:
            raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                                  "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x0]")
        return call_sync(m())

    def Seed(self, seed):
        m = find_method(self.src, "Seed")
        if m is not None:
            call_sync(m(seed))

    def Int63(self):
        return self._src_call("Int63")

    def Uint32(self):
        return (self.Int63() >> 31) & MASK32

    def Uint64(self):
        if self.s64 is not None:
            return self._src_call("Uint64")
        return ((self.Int63() >> 31) | (self.Int63() << 32)) & MASK64

    def Int31(self):
        return self.Int63() >> 32

    def Int(self):
        return self.Int63()

    def Int63n(self, n):
        if n <= 0:
            raise GoPanic("invalid argument to Int63n")
        if n & (n - 1) == 0:
            return self.Int63() & (n - 1)
        top = (1 << 63) - 1 - (1 << 63) % n
        v = self.Int63()
        while v > top:
            v = self.Int63()
        return v % n

    def Int31n(self, n):
        if n <= 0:
            raise GoPanic("invalid argument to Int31n")
        if n & (n - 1) == 0:
            return self.Int31() & (n - 1)
        top = (1 << 31) - 1 - (1 << 31) % n
        v = self.Int31()
        while v > top:
            v = self.Int31()
        return v % n

    def _int31n(self, n: int) -> int:
        """Lemire's multiply-shift (rand.go int31n): Shuffle's draw, not Int31n's."""
        prod = self.Uint32() * n
        if prod & MASK32 < n:
            thresh = ((1 << 32) - n) % n
            while prod & MASK32 < thresh:
                prod = self.Uint32() * n
        return prod >> 32

    def Intn(self, n):
        if n <= 0:
            raise GoPanic("invalid argument to Intn")
        if n <= INT32_MAX:
            return self.Int31n(n)
        return self.Int63n(n)

    def Float64(self):
        while True:
            f = self.Int63() / (1 << 63)
            if f != 1:
                return f

    def Float32(self):
        while True:
            f = _f32(self.Float64())
            if f != 1:
                return f

    def Perm(self, n):
        if n < 0:
            raise GoPanic.runtime("makeslice: len out of range")
        m = [0] * n
        for i in range(n):
            j = self.Intn(i + 1)
            m[i] = m[j]
            m[j] = i
        return GoSlice(m)

    def Shuffle(self, n, swap):
        if n < 0:
            raise GoPanic("invalid argument to Shuffle")
        i = n - 1
        while i > (1 << 31) - 1 - 1:
            j = self.Int63n(i + 1)
            yield from call_gen(swap, i, j)
            i -= 1
        while i > 0:
            j = self._int31n(i + 1)
            yield from call_gen(swap, i, j)
            i -= 1


@rand.func("func New(src Source) *Rand")
def New(src):
    return Rand(src)


_GLOBAL = Rand(RuntimeSource())


# the top-level functions: the same methods of the global generator
for _name, _sig in (("Int63", "func Int63() int64"), ("Uint32", "func Uint32() uint32"),
                    ("Uint64", "func Uint64() uint64"), ("Int31", "func Int31() int32"),
                    ("Int", "func Int() int"), ("Int63n", "func Int63n(n int64) int64"),
                    ("Int31n", "func Int31n(n int32) int32"), ("Intn", "func Intn(n int) int"),
                    ("Float64", "func Float64() float64"), ("Float32", "func Float32() float32"),
                    ("Perm", "func Perm(n int) []int")):
    rand.func(_sig)(getattr(_GLOBAL, _name))
rand.func("func Shuffle(n int, swap func(i, j int))", blocking=True)(_GLOBAL.Shuffle)


@rand.func("func Seed(seed int64)")
def Seed(seed):
    """A no-op since Go 1.24 (unless GODEBUG=randseednop=0, which the simulator does not model)."""
