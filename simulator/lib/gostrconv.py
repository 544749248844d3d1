"""Go's strconv algorithms on Python values: float and integer text, quoting, parsing.

Shared by the ``fmt`` engine (gofmt.py) and the ``strconv`` package (strconvpkg.py); ported
from go1.27 ``src/internal/strconv`` and ``src/strconv/quote.go``.

Go strings are byte strings; here they are Python ``str``.  A byte that is not valid UTF-8 is
carried as a lone surrogate U+DC80..U+DCFF (Python's ``surrogateescape``), so ``go_bytes`` /
``go_str`` convert between the two views without loss.

Errors from the parsers are raised as ``StrconvError(kind, value)`` with ``kind`` one of
``"syntax"``, ``"range"``, ``"base"``, ``"bitsize"``; strconvpkg turns them into ``*NumError``.
"""
from __future__ import annotations

import math
import struct
from decimal import Decimal

MAX_RUNE = 0x10FFFF
RUNE_ERROR = 0xFFFD
LOWERHEX = "0123456789abcdef"


def go_bytes(s: str) -> bytes:
    """The bytes of a Go string held as a Python str."""
    return s.encode("utf-8", "surrogateescape")


def go_str(b: bytes | bytearray | list) -> str:
    """A Go string from bytes (invalid UTF-8 bytes survive as surrogate escapes)."""
    return bytes(b).decode("utf-8", "surrogateescape")


def _invalid_byte(ch: str) -> int | None:
    """The raw byte a surrogate escape stands for, else None."""
    o = ord(ch)
    return o - 0xDC00 if 0xDC80 <= o <= 0xDCFF else None


# ---------------------------------------------------------------------------------------------
# Floats
# ---------------------------------------------------------------------------------------------

def to_float32(x: float) -> float:
    """Round a float64 to the nearest float32 (Inf when it overflows)."""
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def _digits_of(text: str) -> tuple[str, int]:
    """Decimal digits (no leading/trailing zeros) and decimal-point position of a number text."""
    _sign, digs, exp = Decimal(text).as_tuple()
    s = "".join(map(str, digs)).lstrip("0")
    if not s:
        return "", 0
    return s.rstrip("0"), len(s) + exp


def _shortest(x: float, bits: int) -> tuple[str, int]:
    if bits == 64:
        return _digits_of(repr(x))
    for p in range(1, 18):
        t = "%.*e" % (p - 1, x)
        if to_float32(float(t)) == x:
            return _digits_of(t)
    return _digits_of(repr(x))  # pragma: no cover


def format_float(f: float, fmt: str, prec: int, bits: int = 64) -> str:
    """strconv.FormatFloat(f, fmt, prec, bits)."""
    if bits == 32:
        f = to_float32(f)
    if math.isnan(f):
        return "NaN"
    if math.isinf(f):
        return "+Inf" if f > 0 else "-Inf"
    neg = math.copysign(1.0, f) < 0
    if fmt == "b":
        return _fmt_b(f, bits)
    if fmt in "xX":
        return _fmt_x(f, fmt, prec, bits)
    x = abs(f)
    if fmt not in "eEfgG":
        return "%" + fmt
    if x == 0:
        return _fmt_efg(neg, "", 0, prec, fmt, prec < 0)
    if prec < 0:
        digs, dp = _shortest(x, bits)
        nd = len(digs)
        if fmt in "eE":
            prec = max(nd - 1, 0)
        elif fmt == "f":
            prec = max(nd - dp, 0)
        else:
            prec = nd
        return _fmt_efg(neg, digs, dp, prec, fmt, True)
    if fmt in "eE":
        digs, dp = _digits_of("%.*e" % (prec, x))
    elif fmt == "f":
        digs, dp = _digits_of("%.*f" % (prec, x))
    else:
        if prec == 0:
            prec = 1
        digs, dp = _digits_of("%.*e" % (prec - 1, x))
    return _fmt_efg(neg, digs, dp, prec, fmt, False)


def _fmt_efg(neg: bool, s: str, dp: int, prec: int, fmt: str, shortest: bool) -> str:
    nd = len(s)
    if fmt in "gG":
        eprec = prec
        if eprec > nd and nd >= dp:
            eprec = nd
        if shortest:
            eprec = 6
        exp = dp - 1
        if exp < -4 or exp >= eprec:
            if prec > nd:
                prec = nd
            prec -= 1
            fmt = "e" if fmt == "g" else "E"
        else:
            if prec > dp:
                prec = nd
            prec = max(prec - dp, 0)
            fmt = "f"
    out = ["-"] if neg else []
    if fmt in "eE":
        out.append(s[0] if nd else "0")
        if prec > 0:
            out.append(".")
            mid = s[1:min(nd, prec + 1)]
            out.append(mid + "0" * (prec - len(mid)))
        exp = dp - 1 if nd else 0
        out.append(fmt + ("-" if exp < 0 else "+"))
        out.append("%02d" % abs(exp))
        return "".join(out)
    # 'f'
    if dp > 0:
        m = min(nd, dp)
        out.append(s[:m] + "0" * (dp - m))
    else:
        out.append("0")
    if prec > 0:
        out.append(".")
        lz = min(prec, max(0, -dp))
        off = dp + lz
        m = min(prec - lz, max(0, nd - off))
        out.append("0" * lz + s[off:off + m] + "0" * max(0, prec - lz - m))
    return "".join(out)


def _float_parts(f: float, bits: int) -> tuple[bool, int, int, int]:
    """(neg, mantissa with implicit bit, unbiased exponent, mantissa bits)."""
    if bits == 32:
        b = struct.unpack("<I", struct.pack("<f", f))[0]
        eb, mb, bias = 8, 23, -127
    else:
        b = struct.unpack("<Q", struct.pack("<d", f))[0]
        eb, mb, bias = 11, 52, -1023
    neg = bool(b >> (eb + mb))
    exp = (b >> mb) & ((1 << eb) - 1)
    mant = b & ((1 << mb) - 1)
    if exp == 0:
        exp += 1
    else:
        mant |= 1 << mb
    return neg, mant, exp + bias, mb


def _fmt_b(f: float, bits: int) -> str:
    neg, mant, exp, mb = _float_parts(f, bits)
    e = exp - mb
    return ("-" if neg else "") + str(mant) + "p" + ("+" if e >= 0 else "") + str(e)


def _fmt_x(f: float, fmt: str, prec: int, bits: int) -> str:
    neg, mant, exp, mb = _float_parts(f, bits)
    mask64 = (1 << 64) - 1
    if mant == 0:
        exp = 0
    mant <<= 60 - mb
    while mant != 0 and mant & (1 << 60) == 0:
        mant <<= 1
        exp -= 1
    if 0 <= prec < 15:
        shift = prec * 4
        extra = (mant << shift) & ((1 << 60) - 1)
        mant >>= 60 - shift
        if extra | (mant & 1) > 1 << 59:
            mant += 1
        mant <<= 60 - shift
        if mant & (1 << 61):
            mant >>= 1
            exp += 1
    hexd = LOWERHEX if fmt == "x" else LOWERHEX.upper()
    out = ["-" if neg else "", "0", fmt, str((mant >> 60) & 1)]
    mant = (mant << 4) & mask64
    if prec < 0 and mant != 0:
        out.append(".")
        while mant != 0:
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & mask64
    elif prec > 0:
        out.append(".")
        for _ in range(prec):
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & mask64
    out.append("p" if fmt == "x" else "P")
    out.append("-" if exp < 0 else "+")
    out.append("%02d" % abs(exp))
    return "".join(out)


def format_complex(c: complex, fmt: str, prec: int, bits: int = 128) -> str:
    """strconv.FormatComplex: ``(1+2i)``."""
    fb = bits // 2
    im = format_float(c.imag, fmt, prec, fb)
    if im[0] not in "+-":
        im = "+" + im
    return "(" + format_float(c.real, fmt, prec, fb) + im + "i)"


# ---------------------------------------------------------------------------------------------
# Integers
# ---------------------------------------------------------------------------------------------

_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def format_int(i: int, base: int) -> str:
    """strconv.FormatInt / FormatUint (base 2..36, lower-case digits)."""
    if not 2 <= base <= 36:
        raise ValueError("strconv: illegal AppendInt/FormatInt base")
    if i == 0:
        return "0"
    neg, u = i < 0, abs(i)
    out = []
    while u:
        u, d = divmod(u, base)
        out.append(_DIGITS36[d])
    return ("-" if neg else "") + "".join(reversed(out))


class StrconvError(Exception):
    def __init__(self, kind: str, value=0, detail: int = 0):
        super().__init__(kind)
        self.kind = kind          # syntax | range | base | bitsize
        self.value = value        # the value Go returns alongside the error
        self.detail = detail      # the bad base or bit size


def _underscore_ok(s: str) -> bool:
    saw = "^"
    i = 0
    if s[:1] in ("-", "+"):
        s = s[1:]
    hexa = False
    if len(s) >= 2 and s[0] == "0" and s[1].lower() in "box":
        i = 2
        saw = "0"
        hexa = s[1].lower() == "x"
    while i < len(s):
        c = s[i]
        if "0" <= c <= "9" or (hexa and "a" <= c.lower() <= "f"):
            saw = "0"
        elif c == "_":
            if saw != "0":
                return False
            saw = "_"
        else:
            if saw == "_":
                return False
            saw = "!"
        i += 1
    return saw != "_"


def parse_uint(s: str, base: int, bit_size: int) -> int:
    if s == "":
        raise StrconvError("syntax")
    base0 = base == 0
    s0 = s
    if 2 <= base <= 36:
        pass
    elif base == 0:
        base = 10
        if s[0] == "0":
            if len(s) >= 3 and s[1].lower() == "b":
                base, s = 2, s[2:]
            elif len(s) >= 3 and s[1].lower() == "o":
                base, s = 8, s[2:]
            elif len(s) >= 3 and s[1].lower() == "x":
                base, s = 16, s[2:]
            else:
                base, s = 8, s[1:]
    else:
        raise StrconvError("base", 0, base)
    if bit_size == 0:
        bit_size = 64
    elif bit_size < 0 or bit_size > 64:
        raise StrconvError("bitsize", 0, bit_size)
    max_val = (1 << bit_size) - 1
    underscores = False
    n = 0
    for c in s:
        if c == "_" and base0:
            underscores = True
            continue
        if "0" <= c <= "9":
            d = ord(c) - 48
        elif "a" <= c.lower() <= "z" and c.isascii():
            d = ord(c.lower()) - ord("a") + 10
        else:
            raise StrconvError("syntax")
        if d >= base:
            raise StrconvError("syntax")
        n = n * base + d
        if n > max_val:
            raise StrconvError("range", max_val)
    if underscores and not _underscore_ok(s0):
        raise StrconvError("syntax")
    return n


def parse_int(s: str, base: int, bit_size: int) -> int:
    if s == "":
        raise StrconvError("syntax")
    neg = False
    if s[0] == "+":
        s = s[1:]
    elif s[0] == "-":
        s, neg = s[1:], True
    rng = False
    try:
        un = parse_uint(s, base, bit_size)
    except StrconvError as e:
        if e.kind != "range":
            e.value = 0
            raise
        un, rng = e.value, True
    if bit_size == 0:
        bit_size = 64
    cutoff = 1 << (bit_size - 1)
    if not neg and un >= cutoff:
        raise StrconvError("range", cutoff - 1)
    if neg and un > cutoff:
        raise StrconvError("range", -cutoff)
    if rng:  # pragma: no cover  (un == max_val always exceeds cutoff)
        raise StrconvError("range", un)
    return -un if neg else un


def parse_bool(s: str) -> bool:
    if s in ("1", "t", "T", "true", "TRUE", "True"):
        return True
    if s in ("0", "f", "F", "false", "FALSE", "False"):
        return False
    raise StrconvError("syntax", False)


_SPECIAL = {"inf": math.inf, "+inf": math.inf, "-inf": -math.inf, "infinity": math.inf,
            "+infinity": math.inf, "-infinity": -math.inf, "nan": math.nan, "+nan": math.nan,
            "-nan": math.nan}


def parse_float(s: str, bit_size: int = 64) -> float:
    """strconv.ParseFloat: decimal and hex (``0x1p-2``) forms, underscores only after a base
    prefix-free check as Go does, Inf/NaN spellings; range errors return ±Inf."""
    low = s.lower()
    if low in _SPECIAL:
        return _SPECIAL[low]
    body = s[1:] if s[:1] in "+-" else s
    if not body or not body.isascii():
        raise StrconvError("syntax")
    if "_" in s:
        if not _underscore_ok(s):
            raise StrconvError("syntax")
        s = s.replace("_", "")
        body = body.replace("_", "")
    try:
        if body[:2].lower() == "0x":
            if "p" not in body.lower():
                raise StrconvError("syntax")
            v = float.fromhex(s)
        else:
            ok = all(c in "0123456789.eE+-" for c in body) and any(c.isdigit() for c in body)
            if not ok or "inf" in low or "nan" in low:
                raise StrconvError("syntax")
            v = float(s)
    except (ValueError, OverflowError) as e:
        if isinstance(e, OverflowError):
            raise StrconvError("range", -math.inf if s.startswith("-") else math.inf)
        raise StrconvError("syntax")
    if bit_size == 32:
        v = to_float32(v)
    if math.isinf(v):
        raise StrconvError("range", v)
    return v


# ---------------------------------------------------------------------------------------------
# Quoting
# ---------------------------------------------------------------------------------------------

def is_print(r: int) -> bool:
    """unicode.IsPrint / strconv.IsPrint: L, M, N, P, S and U+0020 (Python's isprintable
    excludes exactly categories C* and Z* except the space)."""
    if r > MAX_RUNE or 0xD800 <= r <= 0xDFFF:
        return False
    return chr(r).isprintable()


def _escaped_rune(r: int, quote: str, ascii_only: bool) -> str:
    if r == ord(quote) or r == 0x5C:
        return "\\" + chr(r)
    if ascii_only:
        if r < 0x80 and is_print(r):
            return chr(r)
    elif is_print(r):
        return chr(r)
    simple = {7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v"}
    if r in simple:
        return simple[r]
    if r < 0x20 or r == 0x7F:
        return "\\x%02x" % r
    if r > MAX_RUNE or 0xD800 <= r <= 0xDFFF:
        r = RUNE_ERROR
    if r < 0x10000:
        return "\\u%04x" % r
    return "\\U%08x" % r


def quote_with(s: str, quote: str = '"', ascii_only: bool = False) -> str:
    out = [quote]
    for ch in s:
        b = _invalid_byte(ch)
        if b is not None:
            out.append("\\x%02x" % b)
        else:
            out.append(_escaped_rune(ord(ch), quote, ascii_only))
    out.append(quote)
    return "".join(out)


def quote(s: str) -> str:
    return quote_with(s, '"', False)


def quote_to_ascii(s: str) -> str:
    return quote_with(s, '"', True)


def _valid_rune(r: int) -> int:
    return RUNE_ERROR if r < 0 or r > MAX_RUNE or 0xD800 <= r <= 0xDFFF else r


def quote_rune(r: int, ascii_only: bool = False) -> str:
    return "'" + _escaped_rune(_valid_rune(r), "'", ascii_only) + "'"


def can_backquote(s: str) -> bool:
    for ch in s:
        r = ord(ch)
        if _invalid_byte(ch) is not None:
            return False
        if r >= 0x80:
            if r == 0xFEFF:
                return False
            continue
        if (r < 0x20 and r != 9) or r == 0x60 or r == 0x7F:
            return False
    return True


_UNESC = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 0x5C}


def unquote(s: str) -> str:
    """strconv.Unquote; raises StrconvError("syntax")."""
    n = len(s)
    if n < 2:
        raise StrconvError("syntax")
    q = s[0]
    if q != s[-1]:
        raise StrconvError("syntax")
    body = s[1:-1]
    if q == "`":
        if "`" in body:
            raise StrconvError("syntax")
        return body.replace("\r", "")
    if q not in "\"'":
        raise StrconvError("syntax")
    if "\n" in body:
        raise StrconvError("syntax")
    out: list[str] = []
    raw_bytes = bytearray()
    i = 0
    runes = 0

    def flush():
        if raw_bytes:
            out.append(go_str(bytes(raw_bytes)))
            raw_bytes.clear()
    while i < len(body):
        c = body[i]
        if c == q and q == "'" or c == q:
            raise StrconvError("syntax")
        if c != "\\":
            flush()
            out.append(c)
            i += 1
            runes += 1
            continue
        i += 1
        if i >= len(body):
            raise StrconvError("syntax")
        c = body[i]
        i += 1
        runes += 1
        if c in _UNESC:
            flush()
            out.append(chr(_UNESC[c]))
        elif c in "xuU":
            size = {"x": 2, "u": 4, "U": 8}[c]
            hx = body[i:i + size]
            if len(hx) < size or any(h not in "0123456789abcdefABCDEF" for h in hx):
                raise StrconvError("syntax")
            v = int(hx, 16)
            i += size
            if c == "x":                     # a byte, in single quotes too (not multibyte)
                raw_bytes.append(v)
            else:
                if v > MAX_RUNE or 0xD800 <= v <= 0xDFFF:
                    raise StrconvError("syntax")
                flush()
                out.append(chr(v))
        elif c in "01234567":
            oc = body[i - 1:i + 2]
            if len(oc) < 3 or any(o not in "01234567" for o in oc):
                raise StrconvError("syntax")
            v = int(oc, 8)
            if v > 255:
                raise StrconvError("syntax")
            i += 2
            raw_bytes.append(v)
        elif c == q:
            flush()
            out.append(c)
        else:
            raise StrconvError("syntax")
    flush()
    res = "".join(out)
    if q == "'" and runes != 1:
        raise StrconvError("syntax")
    return res
