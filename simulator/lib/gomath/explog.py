"""Exp, Log, Hypot (amd64 assembly: exp_amd64.s with its FMA path, log_amd64.s,
hypot_amd64.s), Log10/Log2 (log10.go), Pow (pow.go), Exp2 (exp.go), Expm1, Log1p.
"""
from __future__ import annotations


import math as _m
from fractions import Fraction

from .bits import INF, NAN, USE_FMA, _M64, _bits, _div, _fma, _from_bits, ldexp, sqrt

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
    t = x * _LOG2E
    # CVTSD2SL: to nearest, ties to even; out of range (x = -MaxFloat64 gives -Inf) the
    # "integer indefinite" value
    k = round(t) if -(2.0**31) <= t < 2.0**31 else -(2**31)
    if not -(2**31) <= k < 2**31:
        k = -(2**31)
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
        return sqrt(x)
    if y == -0.5:
        return _div(1, sqrt(x))
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


def _expmulti(hi: float, lo: float, k: int) -> float:
    P1 = 1.66666666666666657415e-01
    P2 = -2.77777777770155933842e-03
    P3 = 6.61375632143793436117e-05
    P4 = -1.65339022054652515390e-06
    P5 = 4.13813679705723846039e-08
    r = hi - lo
    t = r * r
    c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
    y = 1 - ((lo - (r * c) / (2 - c)) - hi)
    return ldexp(y, k)


def exp2(x: float) -> float:
    """exp.go's exp2 (amd64 has no assembly Exp2)."""
    if x != x:
        return x
    if x > 1.0239999999999999e+03:
        return INF
    if x < -1.0740e+03:
        return 0.0
    k = 0
    if x > 0:
        k = int(x + 0.5)
    elif x < 0:
        k = int(x - 0.5)
    t = x - float(k)
    hi = t * _LN2HI
    lo = -t * _LN2LO
    return _expmulti(hi, lo, k)


def expm1(x: float) -> float:
    Othreshold = 7.09782712893383973096e+02
    Ln2X56 = 3.88162421113569373274e+01
    Ln2HalfX3 = 1.03972077083991796413e+00
    Ln2Half = 3.46573590279972654709e-01
    Ln2Hi = 6.93147180369123816490e-01
    Ln2Lo = 1.90821492927058770002e-10
    InvLn2 = 1.44269504088896338700e+00
    Tiny = 1.0 / (1 << 54)
    Q1 = -3.33333333333331316428e-02
    Q2 = 1.58730158725481460165e-03
    Q3 = -7.93650757867487942473e-05
    Q4 = 4.00821782732936239552e-06
    Q5 = -2.01099218183624371326e-07
    if x == INF or x != x:
        return x
    if x == -INF:
        return -1.0
    absx = x
    sign = False
    if x < 0:
        absx = -absx
        sign = True
    if absx >= Ln2X56:
        if sign:
            return -1.0
        if absx >= Othreshold:
            return INF
    c = 0.0
    k = 0
    if absx > Ln2Half:
        if absx < Ln2HalfX3:
            if not sign:
                hi = x - Ln2Hi
                lo = Ln2Lo
                k = 1
            else:
                hi = x + Ln2Hi
                lo = -Ln2Lo
                k = -1
        else:
            if not sign:
                k = int(InvLn2 * x + 0.5)
            else:
                k = int(InvLn2 * x - 0.5)
            t = float(k)
            hi = x - t * Ln2Hi
            lo = t * Ln2Lo
        x = hi - lo
        c = (hi - x) - lo
    elif absx < Tiny:
        return x
    else:
        k = 0
    hfx = 0.5 * x
    hxs = x * hfx
    r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))))
    t = 3 - r1 * hfx
    e = hxs * ((r1 - t) / (6.0 - x * t))
    if k == 0:
        return x - (x * e - hxs)
    e = (x * (e - c) - c)
    e -= hxs
    if k == -1:
        return 0.5 * (x - e) - 0.5
    if k == 1:
        if x < -0.25:
            return -2 * (e - (x + 0.5))
        return 1 + 2 * (x - e)
    if k <= -2 or k > 56:
        y = 1 - (e - x)
        y = _from_bits(_bits(y) + ((k << 52) & _M64))
        return y - 1
    if k < 20:
        t = _from_bits(0x3ff0000000000000 - (0x20000000000000 >> k))
        y = t - (e - x)
        return _from_bits(_bits(y) + ((k << 52) & _M64))
    t = _from_bits(((0x3ff - k) & _M64) << 52)
    y = x - (e + t)
    y += 1
    return _from_bits(_bits(y) + ((k << 52) & _M64))


def log1p(x: float) -> float:
    Sqrt2M1 = 4.142135623730950488017e-01
    Sqrt2HalfM1 = -2.928932188134524755992e-01
    Small = 1.0 / (1 << 29)
    Tiny = 1.0 / (1 << 54)
    Two53 = float(1 << 53)
    Ln2Hi = 6.93147180369123816490e-01
    Ln2Lo = 1.90821492927058770002e-10
    Lp1 = 6.666666666666735130e-01
    Lp2 = 3.999999999940941908e-01
    Lp3 = 2.857142874366239149e-01
    Lp4 = 2.222219843214978396e-01
    Lp5 = 1.818357216161805012e-01
    Lp6 = 1.531383769920937332e-01
    Lp7 = 1.479819860511658591e-01
    if x < -1 or x != x:
        return NAN
    if x == -1:
        return -INF
    if x == INF:
        return INF
    absx = abs(x)
    f = 0.0
    iu = 0
    k = 1
    if absx < Sqrt2M1:
        if absx < Small:
            if absx < Tiny:
                return x
            return x - x * x * 0.5
        if x > Sqrt2HalfM1:
            k = 0
            f = x
            iu = 1
    c = 0.0
    if k != 0:
        if absx < Two53:
            u = 1.0 + x
            iu = _bits(u)
            k = (iu >> 52) - 1023
            if k > 0:
                c = 1.0 - (u - x)
            else:
                c = x - (u - 1.0)
            c /= u
        else:
            u = x
            iu = _bits(u)
            k = (iu >> 52) - 1023
            c = 0.0
        iu &= 0x000fffffffffffff
        if iu < 0x0006a09e667f3bcd:
            u = _from_bits(iu | 0x3ff0000000000000)
        else:
            k += 1
            u = _from_bits(iu | 0x3fe0000000000000)
            iu = (0x0010000000000000 - iu) >> 2
        f = u - 1.0
    hfsq = 0.5 * f * f
    if iu == 0:
        if f == 0:
            if k == 0:
                return 0.0
            c += float(k) * Ln2Lo
            return float(k) * Ln2Hi + c
        R = hfsq * (1.0 - 0.66666666666666666 * f)
        if k == 0:
            return f - R
        return float(k) * Ln2Hi - ((R - (float(k) * Ln2Lo + c)) - f)
    s = f / (2.0 + f)
    z = s * s
    R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))))
    if k == 0:
        return f - (hfsq - s * (hfsq + R))
    return float(k) * Ln2Hi - ((hfsq - (s * (hfsq + R) + (float(k) * Ln2Lo + c))) - f)
