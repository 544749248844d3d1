"""Go's own float64 algorithms where they differ from the C library's (Python's math): Go's
results are not always correctly rounded, and a program prints them to the last digit.

* Exp, Log, Hypot: the amd64 assembly (exp_amd64.s with its FMA path when the CPU has AVX and
  FMA, as cpu.X86 decides at run time; log_amd64.s; hypot_amd64.s);
* Log10, Log2: log10.go (Log(x) * (1/Ln10); Frexp + Log for Log2).
Amd64 does not fuse multiply-adds in Go code (GOAMD64=v1), so Python's float ops match Go's.
"""
from __future__ import annotations

import math as _m
import struct
from fractions import Fraction

INF, NAN = float("inf"), float("nan")


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
    return float(Fraction(a) * Fraction(b) + Fraction(c))


def _bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def _from_bits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b & 0xFFFFFFFFFFFFFFFF))[0]


_LN2U = 0.69314718055966295651160180568695068359375
_LN2L = 0.28235290563031577122588448175013436025525412068e-12
_LOG2E = 1.4426950408889634073599246810018920
_EXP_OVERFLOW = 7.09782712893384e+02
_TAYLOR = (2.4801587301587301587e-5, 1.9841269841269841270e-4, 1.3888888888888888889e-3,
           8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0)


def exp(x: float) -> float:
    """exp_amd64.s: k = round(x*log2(e)); Taylor series of (x - k*ln2)/16, squared four times."""
    if not _m.isfinite(x):
        return 0.0 if x == -INF else x
    if x > _EXP_OVERFLOW:
        return INF
    k = round(x * _LOG2E)           # CVTSD2SL: to nearest, ties to even
    if not -(2**31) <= k < 2**31:
        k = -(2**31)                # the "integer indefinite" value
    fk = float(k)
    if USE_FMA:
        x = _fma(-_LN2U, fk, x)
        x = _fma(-_LN2L, fk, x)
        x *= 0.0625
        p = _TAYLOR[0]
        for c in _TAYLOR[1:]:
            p = _fma(p, x, c)
        x = p * x
        for _ in range(3):
            x = x * (x + 2.0)
        x = _fma(x, x + 2.0, 1.0)
    else:
        x -= _LN2U * fk
        x -= _LN2L * fk
        x *= 0.0625
        p = _TAYLOR[0] * x
        for c in _TAYLOR[1:-1]:
            p = (p + c) * x
        p += 1.0
        x = p * x
        for _ in range(4):
            x = x * (x + 2.0)
        x += 1.0
    e = k + 0x3FF
    if e <= 0:
        if e < -52:
            return 0.0
        x *= _from_bits((e + 0x3FE) << 52)
        e = 1
    elif e >= 0x7FF:
        return INF
    return x * _from_bits(e << 52)


_L = (6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
      2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01,
      1.479819860511658591e-01)
_LN2HI, _LN2LO = 6.93147180369123816490e-01, 1.90821492927058770002e-10


def log(x: float) -> float:
    """log_amd64.s (the exponent from the bits, so subnormals are not renormalised)."""
    b = _bits(x)
    if b & ~(1 << 63) == 0:
        return -INF
    if b >> 63:
        return NAN
    if b >= 0x7FF0000000000000:
        return x
    f1 = _from_bits((b & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000)
    k = float(((b >> 52) & 0x7FF) - 0x3FE)
    if f1 < 7.07106781186547524401e-01:
        k -= 1.0
        f1 *= 2.0
    f = f1 - 1.0
    s = f / (2.0 + f)
    s2 = s * s
    s4 = s2 * s2
    t1 = s2 * (_L[0] + s4 * (_L[2] + s4 * (_L[4] + s4 * _L[6])))
    t2 = s4 * (_L[1] + s4 * (_L[3] + s4 * _L[5]))
    hfsq = 0.5 * f * f
    return k * _LN2HI - ((hfsq - (s * (hfsq + (t1 + t2)) + k * _LN2LO)) - f)


def hypot(p: float, q: float) -> float:
    """hypot_amd64.s: max * sqrt(1 + (min/max)**2)."""
    p, q = abs(p), abs(q)
    if _m.isinf(p) or _m.isinf(q):
        return INF
    if p != p or q != q:
        return NAN
    if p == 0 and q == 0:
        return 0.0
    big, small = max(p, q), min(p, q)
    r = small / big
    return big * _m.sqrt(1.0 + r * r)


# Go folds 1/Ln10 and 1/Ln2 exactly, then rounds once
_INV_LN10 = float(1 / Fraction("2.30258509299404568401799145468436420760110148862877297603332790"))
_INV_LN2 = float(1 / Fraction("0.693147180559945309417232121458176568075500134360255254120680009"))


def log10(x: float) -> float:
    return log(x) * _INV_LN10


def log2(x: float) -> float:
    if x == 0:
        return -INF
    if not _m.isfinite(x) or x < 0:
        return log(x)
    frac, e = _m.frexp(x)
    if frac == 0.5:
        return float(e - 1)
    return log(frac) * _INV_LN2 + float(e)


def _is_odd_int(x: float) -> bool:
    if abs(x) >= 1 << 53:
        return False
    return x == int(x) and int(x) & 1 == 1


def _ldexp(frac: float, e: int) -> float:
    try:
        return _m.ldexp(frac, e)
    except OverflowError:
        return _m.copysign(INF, frac)


def pow(x: float, y: float) -> float:  # noqa: A001  (Go's name)
    """pow.go: x**yf by Exp(yf*Log(x)), x**yi by repeated squaring of Frexp's fraction."""
    if y == 0 or x == 1:
        return 1.0
    if y == 1:
        return x
    if x != x or y != y:
        return NAN
    if x == 0:
        neg_odd = _m.copysign(1, x) < 0 and _is_odd_int(y)
        if y < 0:
            return -INF if neg_odd else INF
        return x if neg_odd else 0.0
    if _m.isinf(y):
        if x == -1:
            return 1.0
        return 0.0 if (abs(x) < 1) == (y > 0) else INF
    if _m.isinf(x):
        if x < 0:
            return pow(1 / x, -y)
        return 0.0 if y < 0 else INF
    if y == 0.5:
        return _m.sqrt(x) if x >= 0 else NAN
    if y == -0.5:
        return 1 / _m.sqrt(x) if x >= 0 else NAN
    ay = abs(y)
    yi = _m.trunc(ay)
    yf = ay - yi
    if yf != 0 and x < 0:
        return NAN
    if yi >= 2.0 ** 63:
        if x == -1:
            return 1.0
        return 0.0 if (abs(x) < 1) == (y > 0) else INF
    a1, ae = 1.0, 0
    if yf != 0:
        if yf > 0.5:
            yf -= 1
            yi += 1
        a1 = exp(yf * log(x))
    x1, xe = _m.frexp(x)
    i = int(yi)
    while i != 0:
        if xe < -(1 << 12) or (1 << 12) < xe:
            ae += xe
            break
        if i & 1:
            a1 *= x1
            ae += xe
        x1 *= x1
        xe <<= 1
        if x1 < 0.5:
            x1 += x1
            xe -= 1
        i >>= 1
    if y < 0:
        a1 = 1 / a1
        ae = -ae
    return _ldexp(a1, ae)
