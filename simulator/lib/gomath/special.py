"""Cbrt, Mod, Remainder, Erf, Erfc, Gamma (cbrt.go, mod.go, remainder.go, erf.go, gamma.go).
"""
from __future__ import annotations


import math as _m
from fractions import Fraction

from .bits import INF, NAN, PI, _bits, _from_bits, frexp, ldexp
from .explog import exp, pow  # noqa: A004  (Go's Pow, not the builtin)
from .trig import sin


def cbrt(x: float) -> float:
    B1, B2 = 715094163, 696219795
    C = 5.42857142857142815906e-01
    D = -7.05306122448979611050e-01
    E = 1.41428571428571436819e+00
    F = 1.60714285714285720630e+00
    G = 3.57142857142857150787e-01
    SMALLEST_NORMAL = 2.22507385850720138309e-308
    if x == 0 or x != x or _m.isinf(x):
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    t = _from_bits(_bits(x) // 3 + (B1 << 32))
    if x < SMALLEST_NORMAL:
        t = float(1 << 54)
        t *= x
        t = _from_bits(_bits(t) // 3 + (B2 << 32))
    r = t * t / x
    s = C + r * t
    t *= G + F / (s + E + D / s)
    t = _from_bits((_bits(t) & (0xFFFFFFFFC << 28)) + (1 << 30))
    s = t * t
    r = x / s
    w = t + t
    r = (r - t) / (w + r)
    t = t + t * r
    return -t if sign else t


def mod(x: float, y: float) -> float:
    if y == 0 or _m.isinf(x) or x != x or y != y:
        return NAN
    y = abs(y)
    yfr, yexp = frexp(y)
    r = x
    if x < 0:
        r = -x
    while r >= y:
        rfr, rexp = frexp(r)
        if rfr < yfr:
            rexp -= 1
        r = r - ldexp(y, rexp - yexp)
    if x < 0:
        r = -r
    return r


def remainder(x: float, y: float) -> float:
    Tiny = 4.45014771701440276618e-308
    HalfMax = float(Fraction(1.7976931348623157e308) / 2)
    if x != x or y != y or _m.isinf(x) or y == 0:
        return NAN
    if _m.isinf(y):
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    if y < 0:
        y = -y
    if x == y:
        return -0.0 if sign else 0.0
    if y <= HalfMax:
        x = mod(x, y + y)
    if y < Tiny:
        if x + x > y:
            x -= y
            if x + x >= y:
                x -= y
    else:
        y_half = 0.5 * y
        if x > y_half:
            x -= y
            if x >= y_half:
                x -= y
    return -x if sign else x


_ERX = 8.45062911510467529297e-01
_EFX = 1.28379167095512586316e-01
_EFX8 = 1.02703333676410069053e+00
_PP = (1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
       -5.77027029648944159157e-03, -2.37630166566501626084e-05)
_QQ = (None, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
       1.32494738004321644526e-04, -3.96022827877536812320e-06)
_PA = (-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
       3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
       -2.16637559486879084300e-03)
_QA = (None, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
       1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02)
_RA = (-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
       -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
       -8.12874355063065934246e+01, -9.81432934416914548592e+00)
_SA = (None, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
       6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
       6.57024977031928170135e+00, -6.04244152148580987438e-02)
_RB = (-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
       -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
       -4.83519191608651397019e+02)
_SB = (None, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
       3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
       -2.24409524465858183362e+01)
_ONE_OVER_035 = float(Fraction(20, 7))


def _erf_small(z: float):
    pp, qq = _PP, _QQ
    r = pp[0] + z * (pp[1] + z * (pp[2] + z * (pp[3] + z * pp[4])))
    s = 1 + z * (qq[1] + z * (qq[2] + z * (qq[3] + z * (qq[4] + z * qq[5]))))
    return r / s


def _erf_pq(s: float):
    pa, qa = _PA, _QA
    P = pa[0] + s * (pa[1] + s * (pa[2] + s * (pa[3] + s * (pa[4] + s * (pa[5] + s * pa[6])))))
    Q = 1 + s * (qa[1] + s * (qa[2] + s * (qa[3] + s * (qa[4] + s * (qa[5] + s * qa[6])))))
    return P, Q


def _erf_tail(x: float) -> float:
    """Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+R/S), to be divided by x."""
    s = 1 / (x * x)
    if x < _ONE_OVER_035:
        ra, sa = _RA, _SA
        R = ra[0] + s * (ra[1] + s * (ra[2] + s * (ra[3] + s * (ra[4] + s * (ra[5] + s * (ra[6] + s * ra[7]))))))
        S = 1 + s * (sa[1] + s * (sa[2] + s * (sa[3] + s * (sa[4] + s * (sa[5] + s * (sa[6]
                                                                                + s * (sa[7] + s * sa[8])))))))
    else:
        rb, sb = _RB, _SB
        R = rb[0] + s * (rb[1] + s * (rb[2] + s * (rb[3] + s * (rb[4] + s * (rb[5] + s * rb[6])))))
        S = 1 + s * (sb[1] + s * (sb[2] + s * (sb[3] + s * (sb[4] + s * (sb[5] + s * (sb[6] + s * sb[7]))))))
    z = _from_bits(_bits(x) & 0xffffffff00000000)
    return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S)


def erf(x: float) -> float:
    VeryTiny = 2.848094538889218e-306
    Small = 1.0 / (1 << 28)
    if x != x:
        return NAN
    if x == INF:
        return 1.0
    if x == -INF:
        return -1.0
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x < 0.84375:
        if x < Small:
            if x < VeryTiny:
                temp = 0.125 * (8.0 * x + _EFX8 * x)
            else:
                temp = x + _EFX * x
        else:
            y = _erf_small(x * x)
            temp = x + x * y
        return -temp if sign else temp
    if x < 1.25:
        P, Q = _erf_pq(x - 1)
        if sign:
            return -_ERX - P / Q
        return _ERX + P / Q
    if x >= 6:
        return -1.0 if sign else 1.0
    r = _erf_tail(x)
    if sign:
        return r / x - 1
    return 1 - r / x


def erfc(x: float) -> float:
    Tiny = 1.0 / (1 << 56)
    if x != x:
        return NAN
    if x == INF:
        return 0.0
    if x == -INF:
        return 2.0
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x < 0.84375:
        if x < Tiny:
            temp = x
        else:
            y = _erf_small(x * x)
            if x < 0.25:
                temp = x + x * y
            else:
                temp = 0.5 + (x * y + (x - 0.5))
        return 1 + temp if sign else 1 - temp
    if x < 1.25:
        P, Q = _erf_pq(x - 1)
        if sign:
            return 1 + _ERX + P / Q
        return 1 - _ERX - P / Q
    if x < 28:
        if x >= _ONE_OVER_035 and sign and x > 6:
            return 2.0
        r = _erf_tail(x)
        if sign:
            return 2 - r / x
        return r / x
    return 2.0 if sign else 0.0


_GAMP = (1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
         4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
         9.99999999999999996796e-01)
_GAMQ = (-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
         1.18139785222060435552e-02, 3.58236398605498653373e-02, -2.34591795718243348568e-01,
         7.14304917030273074085e-02, 1.00000000000000000320e+00)
_GAMS = (7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
         3.47222221605458667310e-03, 8.33333333333482257126e-02)


def _stirling(x: float):
    if x > 200:
        return INF, 1.0
    SqrtTwoPi = 2.506628274631000502417
    MaxStirling = 143.01608
    g = _GAMS
    w = 1 / x
    w = 1 + w * ((((g[0] * w + g[1]) * w + g[2]) * w + g[3]) * w + g[4])
    y1 = exp(x)
    y2 = 1.0
    if x > MaxStirling:
        v = pow(x, 0.5 * x - 0.25)
        y1, y2 = v, v / y1
    else:
        y1 = pow(x, x - 0.5) / y1
    return y1, SqrtTwoPi * w * y2


def gamma(x: float) -> float:
    Euler = 0.57721566490153286060651209008240243104215933593992
    if (x < 0 and _m.isfinite(x) and x == _m.trunc(x)) or x == -INF or x != x:
        return NAN
    if x == INF:
        return INF
    if x == 0:
        return -INF if _m.copysign(1, x) < 0 else INF
    q = abs(x)
    p = float(_m.floor(q))
    if q > 33:
        if x >= 0:
            y1, y2 = _stirling(x)
            return y1 * y2
        signgam = 1
        if int(p) & 1 == 0:
            signgam = -1
        z = q - p
        if z > 0.5:
            p = p + 1
            z = q - p
        z = q * sin(PI * z)
        if z == 0:
            return INF if signgam >= 0 else -INF
        sq1, sq2 = _stirling(q)
        absz = abs(z)
        d = absz * sq1 * sq2
        if _m.isinf(d):
            z = PI / absz / sq1 / sq2
        else:
            z = PI / d
        return float(signgam) * z
    z = 1.0
    while x >= 3:
        x = x - 1
        z = z * x
    small = False
    while x < 0:
        if x > -1e-09:
            small = True
            break
        z = z / x
        x = x + 1
    if not small:
        while x < 2:
            if x < 1e-09:
                small = True
                break
            z = z / x
            x = x + 1
    if small:
        if x == 0:
            return INF
        return z / ((1 + Euler * x) * x)
    if x == 2:
        return z
    x = x - 2
    P, Q = _GAMP, _GAMQ
    p = (((((x * P[0] + P[1]) * x + P[2]) * x + P[3]) * x + P[4]) * x + P[5]) * x + P[6]
    q = ((((((x * Q[0] + Q[1]) * x + Q[2]) * x + Q[3]) * x + Q[4]) * x + Q[5]) * x + Q[6]) * x + Q[7]
    return z * p / q
