"""Go's own float64 algorithms where they differ from the C library's (Python's math): Go's
results are not always correctly rounded, and a program prints them to the last digit.

* Exp, Log, Hypot: the amd64 assembly (exp_amd64.s with its FMA path when the CPU has AVX and
  FMA, as cpu.X86 decides at run time; log_amd64.s; hypot_amd64.s);
* Log10, Log2: log10.go (Log(x) * (1/Ln10); Frexp + Log for Log2);
* the functions amd64 has no assembly for (stubs.go, exp2_noasm.go), ported line by line in
  Go's evaluation order: sin.go/sincos.go/tan.go with trig_reduce.go, atan.go, asin.go,
  atan2.go, sinh.go, tanh.go, cbrt.go, exp.go's exp2, expm1.go, log1p.go, acosh/asinh/atanh.go,
  erf.go, gamma.go, mod.go, remainder.go.  NaN is Go's NaN() (0x7FF8000000000001); SQRTSD's
  invalid result is the default NaN 0xFFF8000000000000.
Amd64 does not fuse multiply-adds in Go code (GOAMD64=v1), so Python's float ops match Go's.
"""
from __future__ import annotations


from .atan import acos, asin, atan, atan2
from .bits import DEFAULT_NAN, INF, NAN, PI, USE_FMA, frexp, ldexp, sqrt
from .bits import _bits as float64bits, _from_bits as float64frombits
from .explog import exp, exp2, expm1, hypot, log, log1p, log2, log10, pow  # noqa: A004  (Go's name)
from .hyper import acosh, asinh, atanh, cosh, sinh, tanh
from .special import cbrt, erf, erfc, gamma, mod, remainder
from .trig import cos, sin, sincos, tan

__all__ = ["DEFAULT_NAN", "INF", "NAN", "PI", "USE_FMA", "acos", "acosh", "asin", "asinh", "atan",
           "atan2", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2", "expm1",
           "float64bits", "float64frombits", "frexp", "gamma", "hypot", "ldexp", "log", "log1p",
           "log2", "log10", "mod", "pow", "remainder", "sin", "sincos", "sinh", "sqrt", "tan", "tanh"]
