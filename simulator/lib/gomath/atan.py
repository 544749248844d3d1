"""Atan, Asin, Acos, Atan2 (atan.go, asin.go, atan2.go).
"""
from __future__ import annotations


import math as _m
from fractions import Fraction

from .bits import NAN, PI, _PI2, _PI3_4, _PI4, _div


def _xatan(x: float) -> float:
    P0, P1, P2, P3, P4 = (-8.750608600031904122785e-01, -1.615753718733365076637e+01,
                          -7.500855792314704667340e+01, -1.228866684490136173410e+02,
                          -6.485021904942025371773e+01)
    Q0, Q1, Q2, Q3, Q4 = (+2.485846490142306297962e+01, +1.650270098316988542046e+02,
                          +4.328810604912902668951e+02, +4.853903996359136964868e+02,
                          +1.945506571482613964425e+02)
    z = x * x
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4)
    return x * z + x


_MOREBITS = 6.123233995736765886130e-17
_HALF_MOREBITS = float(Fraction("6.123233995736765886130e-17") / 2)
_TAN3PIO8 = 2.41421356237309504880


def _satan(x: float) -> float:
    if x <= 0.66:
        return _xatan(x)
    if x > _TAN3PIO8:
        return _PI2 - _xatan(1 / x) + _MOREBITS
    return _PI4 + _xatan((x - 1) / (x + 1)) + _HALF_MOREBITS


def atan(x: float) -> float:
    if x == 0:
        return x
    if x > 0:
        return _satan(x)
    return -_satan(-x)


def asin(x: float) -> float:
    if x == 0:
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x > 1:
        return NAN
    temp = _m.sqrt(1 - x * x)
    if x > 0.7:
        temp = _PI2 - _satan(temp / x)
    else:
        temp = _satan(_div(x, temp))
    return -temp if sign else temp


def acos(x: float) -> float:
    return _PI2 - asin(x)


def atan2(y: float, x: float) -> float:
    if y != y or x != x:
        return NAN
    if y == 0:
        if x >= 0 and _m.copysign(1, x) > 0:
            return _m.copysign(0.0, y)
        return _m.copysign(PI, y)
    if x == 0:
        return _m.copysign(_PI2, y)
    if _m.isinf(x):
        if x > 0:
            return _m.copysign(_PI4, y) if _m.isinf(y) else _m.copysign(0.0, y)
        return _m.copysign(_PI3_4, y) if _m.isinf(y) else _m.copysign(PI, y)
    if _m.isinf(y):
        return _m.copysign(_PI2, y)
    q = atan(y / x)
    if x < 0:
        if q <= 0:
            return q + PI
        return q - PI
    return q
