"""Float64 bit helpers, NaN/Inf as Go makes them, the FMA probe, and the exact constants
(Pi, 4/Pi...) the ports share.
"""
from __future__ import annotations


import math as _m
import struct
from fractions import Fraction

INF = float("inf")
NAN = struct.unpack("<d", struct.pack("<Q", 0x7FF8000000000001))[0]  # Go's NaN() bits
# what SQRTSD (and other x86 invalid operations) produce: the "default NaN"
DEFAULT_NAN = struct.unpack("<d", struct.pack("<Q", 0xFFF8000000000000))[0]


def sqrt(x: float) -> float:
    """SQRTSD: a NaN passes through, a negative x gives the default NaN."""
    if x >= 0:
        return _m.sqrt(x)
    return x if x != x else DEFAULT_NAN


def _has_fma() -> bool:
    try:
        with open("/proc/cpuinfo") as f:
            flags = next((ln for ln in f if ln.startswith("flags")), "").split()
        return "fma" in flags and "avx" in flags
    except OSError:
        return False


USE_FMA = _has_fma()


def _fma(a: float, b: float, c: float) -> float:
    """a*b + c rounded once (VFMADD)."""
    if not (_m.isfinite(a) and _m.isfinite(b) and _m.isfinite(c)):
        return a * b + c
    r = Fraction(a) * Fraction(b) + Fraction(c)
    if r == 0:                      # the sign of an exact zero: IEEE's, as for a*b + c
        return a * b + c if a == 0 or b == 0 else 0.0
    try:
        return float(r)             # int / int: correctly rounded, subnormals included
    except OverflowError:
        return INF if r > 0 else -INF


def _bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _from_bits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b & 0xFFFFFFFFFFFFFFFF))[0]


# ---- the pure-Go functions (amd64 has no assembly for these: stubs.go, exp2_noasm.go) ----
# Go's untyped constants are exact rationals, rounded once when they meet a float64.
_PI_EXACT = Fraction("3.14159265358979323846264338327950288419716939937510582097494459")
PI = float(_PI_EXACT)
_PI2 = float(_PI_EXACT / 2)
_PI4 = float(_PI_EXACT / 4)
_PI3_4 = float(3 * _PI_EXACT / 4)
_4_PI = float(4 / _PI_EXACT)
_LN2_CONST = float(Fraction("0.693147180559945309417232121458176568075500134360255254120680009"))
_M64 = (1 << 64) - 1


def _div(a: float, b: float) -> float:
    """a / b with IEEE results for b == 0 (Python raises)."""
    if b == 0:
        if a != a or a == 0:
            return NAN
        return INF if (_m.copysign(1, a) > 0) == (_m.copysign(1, b) > 0) else -INF
    return a / b


def ldexp(frac: float, e: int) -> float:
    """Go's Ldexp (correctly rounded, as C's)."""
    if frac == 0 or not _m.isfinite(frac):
        return frac
    try:
        return _m.ldexp(frac, e)
    except OverflowError:
        return _m.copysign(INF, frac)


def frexp(f: float):
    if f == 0 or not _m.isfinite(f):
        return f, 0
    return _m.frexp(f)


# trig_reduce.go: Payne-Hanek reduction for |x| >= 2**29
