"""Exact constant values: which Go type can represent a value (``representation``), the
arithmetic types2 does on them (division and remainder truncated toward zero), and the texts
Go's error messages give them (``1e+20``, ``'a'``, ``"s"``); ``unquote_go`` reads literals.
Used by ``consts.py``, which folds constant expressions.
"""
from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from ..golang import types as T

#: operators defined on integers only
_INT_ONLY = ("%", "&", "|", "^", "&^")
#: untyped kinds in the order a mixed operation picks the larger (types2 maxType)
_KIND_RANK = {"int": 0, "rune": 1, "float": 2}


def _integral(v) -> int | None:
    """v as an int if it is a number with an integer value (types2 constant.ToInt)."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, Fraction) and v.denominator == 1:
        return int(v)
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return None


def _is_number(v) -> bool:
    return isinstance(v, (int, float, Fraction)) and not isinstance(v, bool)


def _is_numeric(t) -> bool:
    return T.is_integer(t) or T.is_float(t)


def _is_bool(t) -> bool:
    return T.under(t) in (T.BOOL, T.UNTYPED_BOOL)


def _int_fits(v: int, name: str) -> bool:
    bits = T.INT_BITS[name]
    if name in T.SIGNED:
        return -(1 << (bits - 1)) <= v < 1 << (bits - 1)
    return 0 <= v < 1 << bits


def _to_float(v, name: str) -> float | None:
    """v rounded to float64 or float32; None when out of range (types2 roundFloat64)."""
    try:
        f = v if isinstance(v, float) else float(Fraction(v))
    except OverflowError:
        return None
    if name == "float32":
        from .rtlib import _f32
        f = _f32(f)
    return None if math.isinf(f) else f


def representation(v, u: T.Basic) -> tuple[bool, object]:
    """(representable, value): the constant v as a value of basic type u (types2
    representableConst).  The value is Go's ``rounded``: an int for an integer type (also when
    it does not fit: conversions show it), the rounded float for a float type, else None."""
    if u.name in T.INT_BITS:
        i = _integral(v)
        if i is None:
            return False, None
        return _int_fits(i, u.name), i
    if u.name in ("float32", "float64"):
        if not _is_number(v):
            return False, None
        f = _to_float(v, u.name)
        return f is not None, f
    if u.name == "string":
        return isinstance(v, str), v
    if u.name == "bool":
        return isinstance(v, bool), v
    if u.name.startswith("complex") and _is_number(v):
        return True, complex(float(v))
    return True, v                    # unsafe.Pointer, complex values: outside the folding


def type_name(t) -> str:
    """t as the compiler's messages spell it: the package being compiled is left out, ``byte``
    and ``rune`` stay as written (``Basic.spelled``)."""
    s = getattr(t, "spelled", "") or str(t)
    return s[len("main."):] if isinstance(t, T.Named) and s.startswith("main.") else s


def const_string(v) -> str:
    """A constant's value as go/constant's Value.String prints it."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        from ..lib.gostrconv import quote
        q = quote(v)
        return q if len(q) <= 72 else q[:69] + "..."
    if isinstance(v, (float, Fraction)):
        return _float_string(Fraction(v))
    return str(v)


def _float_string(f: Fraction) -> str:
    """go/constant floatVal.String: %.6g inside float64's range (%g when that would hide a
    fraction), a rough mantissa and decimal exponent outside it."""
    try:
        x = float(f)
    except OverflowError:
        x = math.inf
    if not math.isinf(x) and (f == 0) == (x == 0):
        s = "%.6g" % x
        if f.denominator != 1 and "." not in s:
            s = _shortest_g(x)
        return s
    a = abs(f)
    exp = a.numerator.bit_length() - a.denominator.bit_length()      # a = mant * 2**exp
    mant = a / (Fraction(2) ** exp)
    while mant >= 1:
        mant, exp = mant / 2, exp + 1
    while mant < Fraction(1, 2):
        mant, exp = mant * 2, exp - 1
    m = float(mant) * (-1 if f < 0 else 1)
    d = exp * math.log10(2)
    e = int(d)
    m *= 10 ** (d - e)
    if abs(m) < 1 - 0.5e-6:
        m, e = m * 10, e - 1
    elif abs(m) >= 10:
        m, e = m / 10, e + 1
    return "%.6ge%+d" % (m, e)


def _shortest_g(x: float) -> str:
    """Go's %g: the shortest digits that read back as x; an exponent below -4 or from 6 on."""
    sign, digits, exp = Decimal(repr(x)).as_tuple()
    ds = "".join(map(str, digits))
    dp = len(ds) + exp                       # x = 0.ds * 10**dp
    ds = ds.rstrip("0") or "0"
    neg = "-" if sign else ""
    e = dp - 1
    if e < -4 or e >= 6:
        mant = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
        return f"{neg}{mant}e{'+' if e >= 0 else '-'}{abs(e):02d}"
    if dp <= 0:
        return f"{neg}0.{'0' * -dp}{ds}"
    if dp >= len(ds):
        return neg + ds + "0" * (dp - len(ds))
    return f"{neg}{ds[:dp]}.{ds[dp:]}"


def _trunc_div(a: int, b: int) -> int:
    if a == -1 << 63 and b == -1:
        # go/constant divides two int64-sized values in int64 arithmetic (int64Val,
        # QUO_ASSIGN), where MinInt64 / -1 wraps around: gc accepts int64(math.MinInt64) / -1
        # (also untyped) as -9223372036854775808, while int8(-128) / -1 overflows
        return a
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _trunc_mod(a: int, b: int) -> int:
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def _arith(op: str, a, b, integer: bool):
    """a op b, exact: integer operations truncate like Go's, the others are over Fractions."""
    if integer:
        if op == "/":
            return _trunc_div(a, b)
        if op == "%":
            return _trunc_mod(a, b)
        if op == "&^":
            return a & ~b
        return {"+": int.__add__, "-": int.__sub__, "*": int.__mul__, "&": int.__and__,
                "|": int.__or__, "^": int.__xor__}[op](a, b)
    a, b = Fraction(a), Fraction(b)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b}[op]()


def _op_allowed(op: str, t) -> bool:
    """types2 binaryOpPredicates / unaryOpPredicates for constant operands."""
    if op in _INT_ONLY:
        return T.is_integer(t)
    if op == "+":
        return _is_numeric(t) or T.is_string(t)
    if op in ("-", "*", "/"):
        return _is_numeric(t)
    if op in ("&&", "||", "!"):
        return _is_bool(t)
    return True


def _parent_context(n) -> tuple[str, str]:
    """How an untyped constant at node n is being given a type, read from the tree: ("operand",
    "") for an operand of a binary operation or of ``x op= c`` (types2 matchTypes), else
    ("assign", where) with where as Go's "cannot use ... in <where>" names it ("" if unknown)."""
    p = n.parent
    while p is not None and p.type == "parenthesized_expression":
        n, p = p, p.parent
    if p is None:
        return "assign", ""
    from ..golang.parse import operator
    if p.type == "binary_expression" and operator(p) not in ("<<", ">>", "&&", "||"):
        return "operand", ""
    if p.type == "expression_list" and p.parent is not None:
        g = p.parent
        if g.type in ("assignment_statement", "short_var_declaration"):
            op = operator(g) if g.type == "assignment_statement" else "="
            if op not in ("=", "<<=", ">>="):
                return "operand", ""
            if op != "=":
                return "assign", ""
            left = g.child_by_field_name("left")
            many = left is not None and len(left.named_children) > 1
            return "assign", "multiple assignment" if many else "assignment"
        return "assign", {"var_spec": "variable declaration", "const_spec": "constant declaration",
                          "return_statement": "return statement"}.get(g.type, "")
    return "assign", "send" if p.type == "send_statement" else ""


def unquote_go(text: str) -> str:
    """A Go string or rune literal's value."""
    if text.startswith("`"):
        return text[1:-1].replace("\r", "")
    body = text[1:-1]
    out = bytearray()
    i = 0
    simple = {"n": 10, "t": 9, "r": 13, "\\": 92, "'": 39, '"': 34, "a": 7, "b": 8, "f": 12, "v": 11}
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out += ch.encode("utf-8")
            i += 1
            continue
        e = body[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == "x":
            out.append(int(body[i + 2:i + 4], 16))
            i += 4
        elif e in "01234567":
            out.append(int(body[i + 1:i + 4], 8))
            i += 4
        elif e == "u":
            out += chr(int(body[i + 2:i + 6], 16)).encode("utf-8")
            i += 6
        elif e == "U":
            out += chr(int(body[i + 2:i + 10], 16)).encode("utf-8")
            i += 10
        else:
            raise ValueError(f"unknown escape sequence \\{e}")
    return out.decode("utf-8", "surrogateescape")
