"""Sin, Cos, Sincos, Tan (sin.go, sincos.go, tan.go) with trig_reduce.go for huge arguments.
"""
from __future__ import annotations


import math as _m

from .bits import NAN, _4_PI, _M64, _PI4, _bits, _div, _from_bits

_REDUCE_THRESHOLD = float(1 << 29)
_M_PI4 = (0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
          0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
          0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
          0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
          0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757)


def _shl(v: int, n: int) -> int:
    return (v << n) & _M64 if 0 <= n < 64 else 0


def _shr(v: int, n: int) -> int:
    return v >> n if 0 <= n < 64 else 0


def _trig_reduce(x: float):
    if x < _PI4:
        return 0, x
    ix = _bits(x)
    exp = ((ix >> 52) & 0x7FF) - 1023 - 52
    ix = (ix & ~(0x7FF << 52)) | (1 << 52)
    digit, bitshift = (exp + 61) // 64, (exp + 61) % 64
    m = _M_PI4
    z0 = _shl(m[digit], bitshift) | _shr(m[digit + 1], 64 - bitshift)
    z1 = _shl(m[digit + 1], bitshift) | _shr(m[digit + 2], 64 - bitshift)
    z2 = _shl(m[digit + 2], bitshift) | _shr(m[digit + 3], 64 - bitshift)
    z2hi = (z2 * ix) >> 64
    p1 = z1 * ix
    z1hi, z1lo = p1 >> 64, p1 & _M64
    z0lo = (z0 * ix) & _M64
    s = z1lo + z2hi
    lo, c = s & _M64, s >> 64
    hi = (z0lo + z1hi + c) & _M64
    j = hi >> 61
    hi = _shl(hi, 3) | (lo >> 61)
    lz = 64 - hi.bit_length()
    e = (1023 - (lz + 1)) & _M64
    hi = _shl(hi, lz + 1) | _shr(lo, 64 - (lz + 1))
    hi >>= 64 - 52
    hi = (hi | (e << 52)) & _M64
    z = _from_bits(hi)
    if j & 1 == 1:
        j += 1
        j &= 7
        z -= 1
    return j, z * _PI4


_PI4A = 7.85398125648498535156e-1
_PI4B = 3.77489470793079817668e-8
_PI4C = 2.69515142907905952645e-15
_SIN = (1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
        -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1)
_COS = (-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
        2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2)


def _reduce(x: float, mask: bool = True):
    """x >= 0: (octant j, z), the shared head of sin, cos, tan and Sincos."""
    if x >= _REDUCE_THRESHOLD:
        return _trig_reduce(x)
    j = int(x * _4_PI)
    y = float(j)
    if j & 1 == 1:
        j += 1
        y += 1
    if mask:
        j &= 7
    return j, ((x - y * _PI4A) - y * _PI4B) - y * _PI4C


def _sin_poly(z: float, zz: float) -> float:
    s = _SIN
    return z + z * zz * ((((((s[0] * zz) + s[1]) * zz + s[2]) * zz + s[3]) * zz + s[4]) * zz + s[5])


def _cos_poly(zz: float) -> float:
    c = _COS
    return 1.0 - 0.5 * zz + zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5])


def cos(x: float) -> float:
    if x != x or _m.isinf(x):
        return NAN
    sign = False
    x = abs(x)
    j, z = _reduce(x)
    if j > 3:
        j -= 4
        sign = not sign
    if j > 1:
        sign = not sign
    zz = z * z
    y = _sin_poly(z, zz) if j == 1 or j == 2 else _cos_poly(zz)
    return -y if sign else y


def sin(x: float) -> float:
    if x == 0 or x != x:
        return x
    if _m.isinf(x):
        return NAN
    sign = False
    if x < 0:
        x = -x
        sign = True
    j, z = _reduce(x)
    if j > 3:
        sign = not sign
        j -= 4
    zz = z * z
    y = _cos_poly(zz) if j == 1 or j == 2 else _sin_poly(z, zz)
    return -y if sign else y


def sincos(x: float):
    if x == 0:
        return x, 1.0
    if x != x or _m.isinf(x):
        return NAN, NAN
    sin_sign = cos_sign = False
    if x < 0:
        x = -x
        sin_sign = True
    j, z = _reduce(x)
    if j > 3:
        j -= 4
        sin_sign, cos_sign = not sin_sign, not cos_sign
    if j > 1:
        cos_sign = not cos_sign
    zz = z * z
    c = _cos_poly(zz)
    s = _sin_poly(z, zz)
    if j == 1 or j == 2:
        s, c = c, s
    return (-s if sin_sign else s), (-c if cos_sign else c)


_TANP = (-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7)
_TANQ = (1.00000000000000000000e0, 1.36812963470692954678e4, -1.32089234440210967447e6,
         2.50083801823357915839e7, -5.38695755929454629881e7)


def tan(x: float) -> float:
    if x == 0 or x != x:
        return x
    if _m.isinf(x):
        return NAN
    sign = False
    if x < 0:
        x = -x
        sign = True
    j, z = _reduce(x, mask=False)
    zz = z * z
    P, Q = _TANP, _TANQ
    if zz > 1e-14:
        y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2])
                     / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]))
    else:
        y = z
    if j & 2 == 2:
        y = _div(-1, y)
    return -y if sign else y
