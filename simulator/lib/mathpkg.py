"""Package math: constants and the common functions, with Go's special cases (NaN, ±Inf, -0)."""
from __future__ import annotations

import math as _m
from fractions import Fraction

from . import gomath
from .registry import Package

math = Package("math")
# untyped constants, exact as Go declares them (math/const.go): math.Pi * 1e9 is folded exactly
for _name, _val in (("Pi", "3.14159265358979323846264338327950288419716939937510582097494459"),
                    ("E", "2.71828182845904523536028747135266249775724709369995957496696763"),
                    ("Sqrt2", "1.41421356237309504880168872420969807856967187537694807317667974"),
                    ("Ln2", "0.693147180559945309417232121458176568075500134360255254120680009"),
                    ("MaxFloat64", 1.7976931348623157e308), ("SmallestNonzeroFloat64", 5e-324)):
    math.const(_name, "untyped float", Fraction(_val))
for _name, _val in (("MaxInt", 2**63 - 1), ("MinInt", -2**63), ("MaxInt8", 127), ("MinInt8", -128),
                    ("MaxInt16", 2**15 - 1), ("MinInt16", -2**15), ("MaxInt32", 2**31 - 1),
                    ("MinInt32", -2**31), ("MaxInt64", 2**63 - 1), ("MinInt64", -2**63),
                    ("MaxUint8", 255), ("MaxUint16", 65535), ("MaxUint32", 2**32 - 1),
                    ("MaxUint64", 2**64 - 1), ("MaxUint", 2**64 - 1)):
    math.const(_name, "untyped int", _val)


def _f(name: str, sig: str, fn):
    math.func(f"func {name}{sig}")(fn)


_f("Sqrt", "(x float64) float64", gomath.sqrt)
# the results keep x's sign, so Ceil(-0.5) is -0 as in Go
_f("Floor", "(x float64) float64", lambda x: _m.copysign(_m.floor(x), x) if _m.isfinite(x) else x)
_f("Ceil", "(x float64) float64", lambda x: _m.copysign(_m.ceil(x), x) if _m.isfinite(x) else x)
_f("Trunc", "(x float64) float64", lambda x: _m.copysign(_m.trunc(x), x) if _m.isfinite(x) else x)


def _max(x: float, y: float) -> float:
    """Go's Max: +Inf beats NaN, NaN beats numbers, +0 beats -0."""
    if x == float("inf") or y == float("inf"):
        return float("inf")
    if x != x or y != y:
        return gomath.NAN
    if x == 0 and x == y:
        return y if _m.copysign(1, x) < 0 else x
    return x if x > y else y


def _min(x: float, y: float) -> float:
    """Go's Min: -Inf beats NaN, NaN beats numbers, -0 beats +0."""
    if x == float("-inf") or y == float("-inf"):
        return float("-inf")
    if x != x or y != y:
        return gomath.NAN
    if x == 0 and x == y:
        return x if _m.copysign(1, x) < 0 else y
    return x if x < y else y


_f("Pow", "(x, y float64) float64", gomath.pow)
_f("Max", "(x, y float64) float64", _max)
_f("Min", "(x, y float64) float64", _min)
_f("Mod", "(x, y float64) float64", gomath.mod)
_f("Remainder", "(x, y float64) float64", gomath.remainder)
_f("Exp", "(x float64) float64", gomath.exp)
_f("Abs", "(x float64) float64", abs)
_f("Log", "(x float64) float64", gomath.log)
_f("Inf", "(sign int) float64", lambda s: float("inf") if s >= 0 else float("-inf"))
_f("NaN", "() float64", lambda: gomath.NAN)
_f("IsNaN", "(f float64) bool", lambda x: x != x)
_f("IsInf", "(f float64, sign int) bool",
   lambda x, s: _m.isinf(x) and (s == 0 or (s > 0) == (x > 0)))
_f("Copysign", "(f, sign float64) float64", _m.copysign)
_f("Signbit", "(x float64) bool", lambda x: _m.copysign(1, x) < 0)
_f("Hypot", "(p, q float64) float64", gomath.hypot)


def _round(x: float) -> float:
    """Go's math.Round: half away from zero (Python's round is half to even)."""
    if not _m.isfinite(x):
        return x
    t = _m.trunc(x)                     # x - t is exact: no 0.49999999999999994 + 0.5 == 1
    if abs(x - t) >= 0.5:
        t += _m.copysign(1.0, x)
    return _m.copysign(t, x)


_f("Round", "(x float64) float64", _round)
_f("RoundToEven", "(x float64) float64",
   lambda x: _m.copysign(float(round(x)), x) if _m.isfinite(x) else x)


# the pure-Go algorithms amd64 runs (no assembly for these), ported in gomath
for _name in ("Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Asinh", "Acosh",
              "Atanh", "Expm1", "Exp2", "Erf", "Erfc", "Gamma", "Log2", "Log10", "Log1p", "Cbrt"):
    _f(_name, "(x float64) float64", getattr(gomath, _name.lower()))
_f("Atan2", "(y, x float64) float64", gomath.atan2)
_f("Sincos", "(x float64) (sin, cos float64)", gomath.sincos)
_f("Float64bits", "(f float64) uint64", gomath.float64bits)
_f("Float64frombits", "(b uint64) float64", gomath.float64frombits)
_f("Ldexp", "(frac float64, exp int) float64", gomath.ldexp)
_f("Frexp", "(f float64) (frac float64, exp int)", gomath.frexp)
