"""Constant expressions, folded at compile time as Go's type checker (types2) folds them.

Values: untyped ints and runes and every typed integer are Python ints; untyped floats are exact
Fractions (a library constant such as math.Pi may be a float); typed floats are Python floats,
already rounded to float64 or float32; strings are str and booleans bool.

The rules, in types2's words (const.go, expr.go, conversions.go):
- an untyped operand meeting a typed one takes its type first and must be representable in it
  (``1e3 * time.Microsecond`` is 1ms; ``2.5 * time.Second`` is "2.5 (untyped float constant)
  truncated to int64");
- arithmetic is exact, and a typed result must be representable in its type after every
  operation (``300*365*24*time.Hour`` "overflows int64": it never wraps around); untyped
  integers may grow to 512 bits;
- the operands of a binary operation must then have identical types.
Messages name operands as types2 does: ``1e20 (untyped float constant 1e+20)``,
``X (constant 7 of int64 type time.Duration)``.
"""
from __future__ import annotations

from fractions import Fraction

from ..golang import types as T
from .constvals import (_INT_ONLY, _KIND_RANK, _arith, _integral, _is_bool, _is_number, _is_numeric,
                        _op_allowed, _parent_context, const_string, representation, type_name, unquote_go)
from .scope import Const

_CMP = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
_BINARY_OPS = {"+", "-", "*", "/", "&&", "||", *_INT_ONLY}
_SHIFT_BOUND = 1023 - 1 + 52          # types2: the largest constant shift count
_UNTYPED_INT_BITS = 512               # types2: untyped integer constants' precision
_OVERFLOW_OP = {"+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication",
                "<<": "shift"}        # types2 opName: "constant multiplication overflow"


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
                raise self._err(n, "invalid escape in string literal")
        if k == "true":
            return True, T.UNTYPED_BOOL
        if k == "false":
            return False, T.UNTYPED_BOOL
        if k == "iota":
            if self.iota is None:
                raise self._err(n, "cannot use iota outside constant declaration")
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
            return self._fold_unary(n)
        if k == "binary_expression":
            return self._fold_binary(n)
        if k == "call_expression":
            # typed constant conversions: time.Duration(5), int64(3), float64(1)
            fn = n.child_by_field_name("function")
            args = n.child_by_field_name("arguments").named_children
            if len(args) == 1:
                from .scope import Builtin, TypeName
                if fn.type == "identifier" and self.text(fn) in ("len", "cap") and \
                        isinstance(self.lookup(self.text(fn)), Builtin):
                    return self._fold_len(self.text(fn), args[0])
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

    def _fold_len(self, name, arg):
        """Go spec "Length and capacity": len(s) is a constant of type int if s is a string
        constant; len(s) and cap(s) are if s is an array or a pointer to one and s contains no
        channel receive and no (non-constant) function call."""
        if arg.type == "variadic_argument":
            raise _NotConst()
        if name == "len":
            c = self.try_const(arg)
            if c is not None and T.is_string(c[1]) and isinstance(c[0], str):
                return len(c[0].encode("utf-8", "surrogateescape")), T.INT
        u = T.under(self._array_operand_type(arg))
        if isinstance(u, T.Pointer):
            u = T.under(u.elem)
        if isinstance(u, T.Array):
            return u.length, T.INT
        raise _NotConst()

    def _array_operand_type(self, n):
        """The type of a variable (``arr``, ``p``) or an array literal without elements that
        could be calls (``[3]int{}``), read without compiling n; None for anything else (its
        len is then computed at run time, which only constant contexts can tell apart)."""
        from .scope import Var
        while n.type == "parenthesized_expression":
            n = n.named_children[0]
        if n.type == "identifier":
            e = self.lookup(self.text(n))
            if isinstance(e, Var):
                e.used = True                 # len(arr) reads arr, for "declared and not used"
                return e.type
        if n.type == "composite_literal":
            tn = n.child_by_field_name("type")
            body = n.child_by_field_name("body")
            if tn is not None and tn.type == "array_type" and not (body and body.named_children):
                return self.resolve_type(tn)
        return None

    # -- operations (types2 unary, binary, shift) --------------------------------------------
    def _fold_unary(self, n):
        from ..golang.parse import operator
        xn = n.child_by_field_name("operand")
        v, t = self.const_value(xn)
        op = operator(n)
        if op not in ("-", "+", "!", "^"):
            raise _NotConst()
        if not (_is_bool(t) if op == "!" else T.is_integer(t) if op == "^" else _is_numeric(t)):
            raise self._err(xn, f"invalid operation: operator {op} not defined on "
                               f"{self.operand_string(xn, v, t)}")
        if op == "!":
            return not v, t
        if op == "+":
            return v, t
        if op == "-":
            v = -v if isinstance(v, (int, Fraction)) else -Fraction(v)
        else:
            v = ~_integral(v)
            u = t.underlying()
            if isinstance(u, T.Basic) and u.name in T.INT_BITS and u.name not in T.SIGNED:
                v &= (1 << T.INT_BITS[u.name]) - 1        # ^uint8(0) == 255
        return self._overflow(n, v, t), t

    def _fold_binary(self, n):
        from ..golang.parse import operator
        xn, yn = n.child_by_field_name("left"), n.child_by_field_name("right")
        a, ta = self.const_value(xn)
        b, tb = self.const_value(yn)
        op = operator(n)
        if op in ("<<", ">>"):
            return self._fold_shift(n, op, xn, a, ta, yn, b, tb)
        a, ta, b, tb = self._match_types(xn, a, ta, yn, b, tb)
        if op in _CMP:
            if ta != tb:
                raise self._err(yn, f"invalid operation: {self.expr_string(xn)} {op} "
                                   f"{self.expr_string(yn)} (mismatched types {type_name(ta)} and "
                                   f"{type_name(tb)})")
            return _CMP[op](a, b), T.UNTYPED_BOOL
        if ta != tb:
            raise self._err(n, f"invalid operation: {self.expr_string(n)} (mismatched types "
                              f"{type_name(ta)} and {type_name(tb)})")
        if op not in _BINARY_OPS:
            raise _NotConst()
        if not _op_allowed(op, ta):
            raise self._err(xn, f"invalid operation: operator {op} not defined on "
                               f"{self.operand_string(xn, a, ta)}")
        if op in ("&&", "||"):
            return (a and b) if op == "&&" else (a or b), ta
        if op in ("/", "%") and b == 0:
            raise self._err(yn, "invalid operation: division by zero")
        if T.is_string(ta):
            v = a + b
        elif T.is_integer(ta):
            v = _arith(op, _integral(a), _integral(b), True)
        else:
            v = _arith(op, a, b, False)
        return self._overflow(n, v, ta), ta

    def _fold_shift(self, n, op, xn, a, ta, yn, b, tb):
        x = _integral(a) if _is_number(a) else None
        if not (T.is_integer(ta) or (isinstance(ta, T.Untyped) and x is not None)):
            raise self._err(xn, "invalid operation: shifted operand "
                               f"{self.operand_string(xn, a, ta)} must be integer")
        s = _integral(b) if _is_number(b) else None
        if s is not None and s < 0:
            raise self._err(yn, f"invalid operation: negative shift count {self.operand_string(yn, b, tb)}")
        if isinstance(tb, T.Untyped):
            self._give_type(yn, b, tb, T.UINT, "operand")
        elif not T.is_integer(tb):
            raise self._err(yn, f"invalid operation: shift count {self.operand_string(yn, b, tb)} "
                               "must be integer")
        if s > _SHIFT_BOUND:
            raise self._err(yn, f"invalid operation: invalid shift count {self.operand_string(yn, b, tb)}")
        t = ta if T.is_integer(ta) else T.UNTYPED_INT        # 1.0 << 3 is an untyped int
        return self._overflow(n, x << s if op == "<<" else x >> s, t), t

    def _match_types(self, xn, a, ta, yn, b, tb):
        """types2 matchTypes: an untyped operand takes the other operand's type (two untyped
        numbers: the larger kind), if the kinds may mix at all."""
        if not isinstance(ta, T.Untyped) and not isinstance(tb, T.Untyped):
            return a, ta, b, tb
        if (_is_numeric(ta) != _is_numeric(tb) or _is_bool(ta) != _is_bool(tb)
                or T.is_string(ta) != T.is_string(tb)):
            return a, ta, b, tb                   # reported as mismatched types
        if isinstance(ta, T.Untyped) and isinstance(tb, T.Untyped):
            if ta.kind in _KIND_RANK and tb.kind in _KIND_RANK:
                t = ta if _KIND_RANK[ta.kind] >= _KIND_RANK[tb.kind] else tb
                return a, t, b, t
            return a, ta, b, tb
        if isinstance(ta, T.Untyped):
            return self._give_type(xn, a, ta, tb, "operand"), tb, b, tb
        return a, ta, self._give_type(yn, b, tb, ta, "operand"), ta

    def _overflow(self, n, v, t):
        """types2 overflow: a typed result must be representable in its type (and is rounded
        to it); an untyped integer may not outgrow 512 bits."""
        u = t.underlying()
        if isinstance(u, T.Basic) and _is_numeric(u):
            ok, r = representation(v, u)
            if not ok:
                raise self._err(n, f"{self.operand_string(n, v, t)} overflows {u}")
            return r
        if t in (T.UNTYPED_INT, T.UNTYPED_RUNE) and abs(v).bit_length() > _UNTYPED_INT_BITS:
            from ..golang.parse import operator
            op = operator(n) if n.type in ("binary_expression", "unary_expression") else ""
            name = _OVERFLOW_OP.get(op, "") if n.type == "binary_expression" else \
                "bitwise complement" if op == "^" else ""
            where = n.child_by_field_name("operator") or n
            raise self._err(where, f"constant {name + ' ' if name else ''}overflow")
        return v

    # -- giving an untyped constant a type, conversions ----------------------------------------
    def _give_type(self, n, v, vt, t, how: str, where: str = ""):
        """The untyped constant v (at node n; vt its type, None: n's) as a value of type t:
        types2 convertUntyped for ``how == "operand"`` ("1.5 (untyped float constant) truncated
        to int64"), assignment for "assign" ("cannot use ... as T value in <where> (truncated)")."""
        u = t.underlying()
        if not isinstance(u, T.Basic):
            return v
        ok, r = representation(v, u)
        if ok:
            return r
        vt = vt or self._const_type(n, v)
        numeric = _is_numeric(vt) and _is_numeric(u)
        why = ("truncated" if not T.is_integer(vt) and T.is_integer(u) else "overflows") if numeric else ""
        x = self.operand_string(n, v, vt)
        if how == "operand":
            raise self._err(n, f"{x} {why} {'to ' if why == 'truncated' else ''}{u}" if why
                              else f"cannot convert {x} to type {u}")
        msg = f"cannot use {x} as {type_name(t)} value" + (f" in {where}" if where else "")
        raise self._err(n, msg + (f" ({why})" if why else ""))

    def convert_const(self, v, t, n=None, untyped: str = ""):
        """The constant v (at node n) as a value of type t.  ``untyped``: "implicit" when an
        untyped constant is given type t by its context (an assignment, an argument, the other
        operand of a binary operation: which one is read from the tree), "explicit" for a
        conversion T(v) of an untyped constant, "" for a conversion of a typed constant or a
        const declaration's value.  v must be representable in t as Go's type checker requires:
        constants never wrap around (``^uint(0)`` is folded by the ``^``)."""
        u = t.underlying()
        if not isinstance(u, T.Basic):
            return v
        how, where = _parent_context(n) if n is not None else ("assign", "")
        if untyped == "" and where == "constant declaration":
            vt = self._const_type(n, v)
            if not isinstance(vt, T.Untyped):          # const Z int64 = X: types must match
                if vt != t:
                    raise self._err(n, f"cannot use {self.operand_string(n, v, vt)} as "
                                      f"{type_name(t)} value in {where}")
                return v
            untyped = "implicit"
        if untyped == "implicit":
            p = n.parent if n is not None else None
            if how == "assign" and p is not None and p.type == "argument_list" and p.parent is not None:
                where = f"argument to {self.expr_string(p.parent.child_by_field_name('function'))}"
            return self._give_type(n, v, None, t, how, where)
        # a conversion T(v) (types2 conversion: constConvertibleTo)
        if u.name == "string" and isinstance(v, int) and not isinstance(v, bool):
            return chr(v) if 0 <= v <= 0x10FFFF and not 0xD800 <= v <= 0xDFFF else "\ufffd"
        ok, r = representation(v, u)
        if ok:
            return r
        vt = self._const_type(n, v)
        if T.is_integer(vt) and T.is_integer(u):
            raise self._err(n, f"constant {v} overflows {type_name(t)}")
        shown = r if r is not None else v                # 1e30 shows as the integer it rounds to
        raise self._err(n, f"cannot convert {self.operand_string(n, shown, vt)} to type {type_name(t)}")

    def _const_type(self, n, v):
        """The type of the constant expression n (v's kind when n is unknown)."""
        c = self.try_const(n) if n is not None else None
        if c is not None:
            return c[1]
        return (T.UNTYPED_BOOL if isinstance(v, bool) else T.UNTYPED_INT if isinstance(v, int)
                else T.UNTYPED_STRING if isinstance(v, str) else T.UNTYPED_FLOAT)

    # -- messages ------------------------------------------------------------------------------
    def _err(self, n, msg: str):
        """A compile error at n; inside a const spec's inherited expression (``B`` repeating
        ``A int8 = 50 * iota``), at the constant's own name, as types2 reports it."""
        spec, top, prev = n, n, n
        while spec is not None and spec.type != "const_spec":
            if spec.type in ("function_declaration", "func_literal", "block"):
                return self.err(n, msg)
            if spec.type == "expression_list":
                top = prev
            prev, spec = spec, spec.parent
        if spec is None or self.iota is None or spec.parent is None:
            return self.err(n, msg)
        specs = [c for c in spec.parent.named_children if c.type == "const_spec"]
        cur = specs[self.iota] if self.iota < len(specs) else spec
        if cur == spec:
            return self.err(n, msg)
        exprs = spec.child_by_field_name("value").named_children
        names = cur.children_by_field_name("name")
        j = next((k for k, e in enumerate(exprs) if e == top), 0)
        return self.err(names[j] if j < len(names) else cur, msg)

    def operand_string(self, n, v, t) -> str:
        """types2 operand.String for a constant: ``1e20 (untyped float constant 1e+20)``,
        ``Y * 2 (constant 200 of type int8)``, ``X (constant 7 of int64 type time.Duration)``."""
        expr = self.expr_string(n) if n is not None else ""
        s = const_string(v)
        val = f" {s}" if s != expr else ""
        if isinstance(t, T.Untyped):
            desc = f"{t} constant{val}"
        else:
            kind = f"{t.underlying()} " if isinstance(t, T.Named) else ""
            desc = f"constant{val} of {kind}type {type_name(t)}"
        return f"{expr} ({desc})" if expr else desc

    def expr_string(self, n) -> str:
        """n printed as the Go compiler prints expressions in messages (syntax.String): one
        blank around binary operators, parentheses as written."""
        from ..golang.parse import operator
        k = n.type
        if k == "binary_expression":
            return (f"{self.expr_string(n.child_by_field_name('left'))} {operator(n)} "
                    f"{self.expr_string(n.child_by_field_name('right'))}")
        if k == "unary_expression":
            return operator(n) + self.expr_string(n.child_by_field_name("operand"))
        if k == "parenthesized_expression" and n.named_children:
            return f"({self.expr_string(n.named_children[0])})"
        if k == "call_expression":
            args = n.child_by_field_name("arguments")
            dots = "..." if any(c.type == "..." for c in args.children) else ""
            inner = ", ".join(self.expr_string(a) for a in args.named_children)
            return f"{self.expr_string(n.child_by_field_name('function'))}({inner}{dots})"
        if k == "selector_expression":
            return (f"{self.expr_string(n.child_by_field_name('operand'))}."
                    f"{self.text(n.child_by_field_name('field'))}")
        if k.endswith("_literal") and "string" in k or k == "rune_literal":
            return self.text(n)
        return " ".join(self.text(n).split())


class _NotConst(Exception):
    pass
