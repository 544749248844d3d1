"""Constant expressions, folded at compile time (iota, array lengths, typed constants)."""
from __future__ import annotations

from fractions import Fraction

from ..golang import types as T
from .scope import Const

_INT_OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "%": lambda a, b: int(_trunc_mod(a, b)), "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
    "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
    "&^": lambda a, b: a & ~b,
}
_CMP = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


def _trunc_mod(a, b):
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def _rank(t) -> int:
    return {"int": 0, "rune": 1, "float": 2}.get(getattr(t, "kind", ""), -1)


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


class ConstMixin:
    def try_const(self, n):
        """(value, type) if n is a constant expression, else None."""
        try:
            return self.const_value(n)
        except _NotConst:
            return None

    def const_value(self, n):
        k = n.type
        text = self.text(n)
        if k == "int_literal":
            t = text.replace("_", "")
            if len(t) > 1 and t[0] == "0" and t[1] in "0123456789":
                return int(t, 8), T.UNTYPED_INT
            return int(t, 0), T.UNTYPED_INT
        if k == "float_literal":
            t = text.replace("_", "")
            if t.lower().startswith("0x"):
                return Fraction(float.fromhex(t)), T.UNTYPED_FLOAT
            return Fraction(t), T.UNTYPED_FLOAT      # untyped constants are exact (0.1+0.2 == 0.3)
        if k == "rune_literal":
            return ord(unquote_go('"' + text[1:-1].replace('"', '\\"') + '"') if text[1] == "\\" else text[1:-1]), T.UNTYPED_RUNE
        if k in ("interpreted_string_literal", "raw_string_literal"):
            try:
                return unquote_go(text), T.UNTYPED_STRING
            except (ValueError, IndexError):
                raise self.err(n, "invalid escape in string literal")
        if k == "true":
            return True, T.UNTYPED_BOOL
        if k == "false":
            return False, T.UNTYPED_BOOL
        if k == "iota":
            if self.iota is None:
                raise self.err(n, "cannot use iota outside constant declaration")
            return self.iota, T.UNTYPED_INT
        if k == "identifier":
            if text == "iota" and self.iota is not None:
                return self.iota, T.UNTYPED_INT
            e = self.lookup(text)
            if isinstance(e, Const) and e.type != T.UNTYPED_NIL:
                return e.value, e.type
            raise _NotConst()
        if k == "selector_expression":
            from .scope import PkgName
            op = n.child_by_field_name("operand")
            if op.type == "identifier" and isinstance(self.lookup(self.text(op)), PkgName):
                e = self.lookup((self.text(op), self.text(n.child_by_field_name("field"))))
                if isinstance(e, Const):
                    return e.value, e.type
            raise _NotConst()
        if k == "parenthesized_expression":
            return self.const_value(n.named_children[0])
        if k == "unary_expression":
            from ..golang.parse import operator
            v, t = self.const_value(n.child_by_field_name("operand"))
            op = operator(n)
            if op == "-":
                return -v, t
            if op == "+":
                return v, t
            if op == "!":
                return not v, t
            if op == "^":
                return T.wrap_int(~v, t) if not isinstance(t, T.Untyped) else ~v, t
            raise _NotConst()
        if k == "binary_expression":
            from ..golang.parse import operator
            a, ta = self.const_value(n.child_by_field_name("left"))
            b, tb = self.const_value(n.child_by_field_name("right"))
            op = operator(n)
            if op in _CMP:
                return _CMP[op](a, b), T.UNTYPED_BOOL
            if op in ("&&", "||"):
                return (a and b) if op == "&&" else (a or b), T.UNTYPED_BOOL
            if op in ("<<", ">>"):
                t = ta
            elif isinstance(ta, T.Untyped) and isinstance(tb, T.Untyped):
                t = ta if _rank(ta) >= _rank(tb) else tb
            else:
                t = tb if isinstance(ta, T.Untyped) else ta
            if op == "/":
                if b == 0:
                    raise self.err(n, "invalid operation: division by zero")
                if T.is_integer(t) and isinstance(a, int) and isinstance(b, int) \
                        and not isinstance(a, Fraction) and not isinstance(b, Fraction):
                    v = abs(a) // abs(b)
                    v = v if (a >= 0) == (b >= 0) else -v
                elif isinstance(a, float) or isinstance(b, float):
                    v = a / b
                else:
                    v = Fraction(a) / Fraction(b)
            elif op == "+" and isinstance(a, str):
                v = a + b
            elif op in _INT_OPS:
                if op == "%" and b == 0:
                    raise self.err(n, "invalid operation: division by zero")
                v = _INT_OPS[op](a, b)
            else:
                raise _NotConst()
            if not isinstance(t, T.Untyped) and T.is_integer(t):
                v = T.wrap_int(v, t)
            return v, t
        if k == "call_expression":
            # typed constant conversions: time.Duration(5), int64(3), float64(1)
            fn = n.child_by_field_name("function")
            args = n.child_by_field_name("arguments").named_children
            if len(args) == 1:
                from .scope import TypeName
                e = None
                if fn.type == "identifier":
                    e = self.lookup(self.text(fn))
                elif fn.type == "selector_expression":
                    op = fn.child_by_field_name("operand")
                    if op.type == "identifier":
                        e = self.lookup((self.text(op), self.text(fn.child_by_field_name("field"))))
                if isinstance(e, TypeName) and isinstance(e.type.underlying(), T.Basic):
                    v, vt = self.const_value(args[0])
                    return self.convert_const(v, e.type, args[0], untyped="explicit" if isinstance(
                        vt, T.Untyped) else ""), e.type
            raise _NotConst()
        raise _NotConst()

    def convert_const(self, v, t, n=None, untyped: str = ""):
        """The constant v as a value of type t.  ``untyped``: v is an untyped constant being
        given type t, "implicit" (assignment, argument...) or "explicit" (a conversion T(v)):
        then it must be representable in t, as Go's type checker requires; a typed constant
        wraps around (``^uint(0)``)."""
        u = t.underlying()
        if isinstance(u, T.Basic):
            if u.name == "float32":
                from .rtlib import _f32
                return _f32(float(v))
            if u.name.startswith("float"):
                return float(v)
            if isinstance(v, Fraction):
                if v.denominator != 1:
                    raise self.err(n, f"cannot use {float(v)} (untyped float constant) as {t} value (truncated)")
                v = int(v)
            if u.name in T.INT_BITS:
                if isinstance(v, float):
                    if v != int(v):
                        raise self.err(n, f"cannot use {v} (untyped float constant) as {t} value (truncated)")
                    v = int(v)
                if isinstance(v, bool) or not isinstance(v, int):
                    raise self.err(n, f"cannot convert {v!r} to type {t}")
                w = T.wrap_int(v, t)
                if untyped and w != v:
                    if untyped == "explicit":
                        raise self.err(n, f"constant {v} overflows {t}")
                    shown = self.text(n) if n is not None else str(v)
                    value = f" {v}" if shown != str(v) else ""
                    raise self.err(n, f"cannot use {shown} (untyped int constant{value}) as {t} "
                                      f"value (overflows)")
                return w
            if u.name == "string" and isinstance(v, int) and not isinstance(v, bool):
                return chr(v)
        return v


class _NotConst(Exception):
    pass
