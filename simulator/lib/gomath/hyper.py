"""Sinh, Cosh, Tanh, Acosh, Asinh, Atanh (sinh.go, tanh.go, acosh.go, asinh.go, atanh.go).
"""
from __future__ import annotations


import math as _m

from .bits import INF, NAN, _LN2_CONST
from .explog import exp, log, log1p


def sinh(x: float) -> float:
    P0, P1, P2, P3 = (-0.6307673640497716991184787251e+6, -0.8991272022039509355398013511e+5,
                      -0.2894211355989563807284660366e+4, -0.2630563213397497062819489e+2)
    Q0, Q1, Q2 = (-0.6307673640497716991212077277e+6, 0.1521517378790019070696485176e+5,
                  -0.173678953558233699533450911e+3)
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x > 21:
        temp = exp(x) * 0.5
    elif x > 0.5:
        ex = exp(x)
        temp = (ex - 1 / ex) * 0.5
    else:
        sq = x * x
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x
        temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0)
    return -temp if sign else temp


def cosh(x: float) -> float:
    x = abs(x)
    if x > 21:
        return exp(x) * 0.5
    ex = exp(x)
    return (ex + 1 / ex) * 0.5


_TANHP = (-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3)
_TANHQ = (1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3)


def tanh(x: float) -> float:
    MAXLOG = 8.8029691931113054295988e+01
    z = abs(x)
    if z > 0.5 * MAXLOG:
        return -1.0 if x < 0 else 1.0
    if z >= 0.625:
        s = exp(2 * z)
        z = 1 - 2 / (s + 1)
        return -z if x < 0 else z
    if x == 0:
        return x
    s = x * x
    P, Q = _TANHP, _TANHQ
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])


def acosh(x: float) -> float:
    if x < 1 or x != x:
        return NAN
    if x == 1:
        return 0.0
    if x >= float(1 << 28):
        return log(x) + _LN2_CONST
    if x > 2:
        return log(2 * x - 1 / (x + _m.sqrt(x * x - 1)))
    t = x - 1
    return log1p(t + _m.sqrt(2 * t + t * t))


def asinh(x: float) -> float:
    Ln2 = 6.93147180559945286227e-01
    if x != x or _m.isinf(x):
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x > float(1 << 28):
        temp = log(x) + Ln2
    elif x > 2:
        temp = log(2 * x + 1 / (_m.sqrt(x * x + 1) + x))
    elif x < 1.0 / (1 << 28):
        temp = x
    else:
        temp = log1p(x + x * x / (1 + _m.sqrt(1 + x * x)))
    return -temp if sign else temp


def atanh(x: float) -> float:
    if x < -1 or x > 1 or x != x:
        return NAN
    if x == 1:
        return INF
    if x == -1:
        return -INF
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x < 1.0 / (1 << 28):
        temp = x
    elif x < 0.5:
        temp = x + x
        temp = 0.5 * log1p(temp + temp * x / (1 - x))
    else:
        temp = 0.5 * log1p((x + x) / (1 - x))
    return -temp if sign else temp
