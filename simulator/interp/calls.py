"""Calls: Go functions, methods, library functions, builtins and conversions.

``call_parts`` splits a call into (callable, argument codes) so ``go`` and ``defer`` can evaluate
both *now* and run the call later; ``call`` emits the call itself.
"""
from __future__ import annotations

from ..golang import types as T
from .growslice import HEAP, STACK, AppendSite
from .rtlib import _rune_to_str
from .scope import Builtin, Func, PkgName, TypeName, Var


def _result_type(sig: T.Signature):
    if not sig.results:
        return None
    if len(sig.results) == 1:
        return sig.results[0]
    return T.Tuple(tuple(sig.results), sig.result_names)


class CallMixin:
    def call(self, n):
        fn = n.child_by_field_name("function")
        args_node = n.child_by_field_name("arguments")
        # conversions and builtins
        conv = self.conversion_target(fn)
        if conv is not None:
            arg = args_node.named_children[0]
            return self.conversion(arg, conv), conv
        if fn.type == "identifier":
            e = self.lookup(self.text(fn))
            if isinstance(e, Builtin):
                return self.builtin(e.name, n, args_node)
        callee, sig, kind = self.callee(fn)
        if T.has_type_params(sig):
            sig = self.instantiate(sig, args_node)
            self.inferred_calls.add(n.id)     # its result type is only as good as the inference
        args = self.arguments(args_node, sig)
        rt = _result_type(sig)
        if kind == "gen":
            return f"(yield from {callee}({args}))", rt
        if kind == "plain":
            return f"{callee}({args})", rt
        return f"(yield from _callv({callee}{', ' if args else ''}{args}))", rt

    def callee(self, fn):
        """(python callable expr, signature, kind) with kind 'gen' (user function: yield from),
        'plain' (library, returns a value), 'dyn' (unknown: _callv decides)."""
        if fn.type == "identifier":
            e = self.lookup(self.text(fn))
            if isinstance(e, Func):
                if e.lib is not None:
                    return self.k(e.lib.impl), e.sig, "gen" if e.blocking else "plain"
                return e.py, e.sig, "gen"
        if fn.type == "selector_expression":
            op = fn.child_by_field_name("operand")
            name = self.text(fn.child_by_field_name("field"))
            if op.type == "identifier" and isinstance(self.lookup(self.text(op)), PkgName):
                m = self.lookup((self.text(op), name))
                if isinstance(m, Func):
                    return self.k(m.lib.impl), m.sig, "gen" if m.blocking else "plain"
            elif self.names_type(op):
                pass                  # T.M(recv, ...) or (*T).M(recv, ...): a method expression
            else:
                code, t = self.expr(op)
                if self.field_path(t, name) is None:
                    found = self.find_method(t, name)
                    if found is not None:
                        tmpl, recv_t, info = found
                        recv = code if tmpl is None else tmpl.format(code)
                        if not isinstance(recv_t, T.Pointer):     # Go names op's type (Page)
                            self.check_pointer_method(op, t, info, name, fn.child_by_field_name("field"))
                        if self.needs_receiver_address(recv_t, info):
                            recv = self.receiver_address(op, code, tmpl, recv_t)
                            recv_t = T.Pointer(recv_t)
                        return self.method_callee(recv, recv_t, info, name, op,
                                                  fn.child_by_field_name("field"))
        code, t = self.expr(fn)
        u = t.underlying() if t is not None else None
        if not isinstance(u, T.Signature):
            raise self.err(fn, f"invalid operation: cannot call non-function {self.text(fn)}")
        return code, u, "dyn"

    def names_type(self, n) -> bool:
        """Whether ``n`` is ``T``, ``(T)`` or ``(*T)`` for a type name T (a method expression's
        operand) rather than a value."""
        while n.type == "parenthesized_expression":
            n = n.named_children[0]
        if n.type == "unary_expression" and self.text(n).startswith("*"):
            n = n.child_by_field_name("operand")
        if n is not None and n.type == "selector_expression":       # pkg.T
            pkg = n.child_by_field_name("operand")
            return pkg.type == "identifier" and isinstance(self.lookup(self.text(pkg)), PkgName) and isinstance(
                self.lookup((self.text(pkg), self.text(n.child_by_field_name("field")))), TypeName)
        return n is not None and n.type in ("identifier", "type_identifier") and isinstance(
            self.lookup(self.text(n)), TypeName)

    def instantiate(self, sig: T.Signature, args_node) -> T.Signature:
        """Infer a generic library function's type arguments from its arguments' types."""
        env: dict = {}
        args = [a for a in args_node.named_children if a.type != "comment"]
        params = list(sig.params)
        for i, a in enumerate(args):
            if sig.variadic and i >= len(params) - 1:
                if a.type == "variadic_argument":       # f(xs...): xs is the []S itself
                    p, a = params[-1], a.named_children[0]
                else:                                   # f(a, b): each is an S
                    p = params[-1].elem
            elif i < len(params):
                p = params[i]
            else:
                break
            if T.has_type_params(p):
                # a generic function argument is inferred from p (SortFunc(s, cmp.Compare))
                _, at = self.expr(a, p if self.generic_func(a) is not None else None)
                if isinstance(at, T.Untyped):
                    at = at.default()
                T.unify(p, at, env)
        return T.subst(sig, env)

    def method_callee(self, recv, recv_t, info, name, op_node, field_node=None):
        self.check_pointer_method(op_node, recv_t, info, name, field_node)
        if T.is_interface(recv_t):
            return f"_imethod({recv}, {name!r})", info.sig, "dyn"
        base = recv_t.elem if isinstance(recv_t, T.Pointer) else recv_t
        if base.pkg == "main":
            if not info.ptr_recv:
                recv = self.value_receiver(recv, recv_t, base)
            return f"(lambda *a, _r={recv}: m_{base.name}_{name}(_r, *a))", info.sig, "gen"
        kind = "gen" if info.blocking else "plain"
        if base.pyclass is not None and name not in getattr(base.pyclass, "_go_nil_recv", ()):
            return f"{recv}.{name}", info.sig, kind     # (a nil-safe method goes through impl)
        return f"(lambda *a, _r={recv}: {self.k(info.impl)}(_r, *a))", info.sig, kind

    def call_parts(self, call_node, deferred=False):
        """For go/defer: (callable code, [arg codes], display name, packed, stable) —
        ``packed``: the last argument is a variadic GoSlice the compiler built (shown as
        separate arguments); ``stable``: equal argument values always print alike (see
        ``text_stable``), so a defer may reuse its last argument text (Frame.defer's memo)."""
        fn = call_node.child_by_field_name("function")
        args_node = call_node.child_by_field_name("arguments")
        if fn.type == "identifier" and isinstance(self.lookup(self.text(fn)), Builtin):
            return self.deferred_builtin(self.text(fn), call_node, args_node), [], self.text(fn), False, False
        if fn.type == "func_literal":          # called only by the defer: may be plain
            callee, sig = self.x_func_literal(fn, None, plain_ok=deferred)
            name = "func literal"
        else:
            callee, sig, _ = self.callee(fn)
            name = self.text(fn)
        args = self.argument_list(args_node, sig)
        packed = self.packs(args_node, sig)
        stable = (not sig.variadic and bool(args) and not args[0].startswith("*")
                  and all(text_stable(t) for t in sig.params))
        return callee, args, name, packed, stable

    @staticmethod
    def packs(args_node, sig) -> bool:
        named = [a for a in args_node.named_children if a.type != "comment"]
        return sig.variadic and not (named and named[-1].type == "variadic_argument")

    # -- arguments -------------------------------------------------------------------------------
    def argument_list(self, args_node, sig: T.Signature) -> list[str]:
        args = [a for a in args_node.named_children if a.type != "comment"]
        spread = bool(args) and args[-1].type == "variadic_argument"
        if spread:
            args[-1] = args[-1].named_children[0]
        params = list(sig.params)
        if len(args) == 1 and (len(params) > 1 or sig.variadic) and args[0].type == "call_expression":
            code, t = self.expr(args[0], multi=True)     # f(g()): g's results are f's arguments
            if isinstance(t, T.Tuple):
                return [f"*_spread({code}, {self.k(tuple(params))}, {self.k(tuple(t.types))}, {sig.variadic})"]
        out = []
        fixed = params[:-1] if sig.variadic else params
        call = args_node.parent
        fname = self.expr_string(call.child_by_field_name("function")) if call is not None else "call"
        if not sig.variadic and len(args) != len(params) or sig.variadic and len(args) < len(fixed):
            few = len(args) < len(params)
            at = args[len(params)] if not few else args[-1] if args else call
            raise self.err(at, f"{'not enough' if few else 'too many'} arguments in call to {fname}")
        where = f"argument to {fname}"
        uninferred = []         # generic function arguments types2 cannot infer (reported last)

        def arg(a, param):
            err = self.generic_argument_error(args_node, a, param, fname)
            if err is not None:
                uninferred.append(err)
                return "None"
            return self.value_to(a, param, where)
        for i, a in enumerate(args):
            if i < len(fixed):
                out.append(arg(a, fixed[i]))
        if sig.variadic:
            rest = args[len(fixed):]
            if spread:
                out.append(self.expr(rest[0])[0])
            elif rest:
                elem = params[-1].elem
                out.append("_GoSlice([" + ", ".join(arg(a, elem) for a in rest) + "])")
            else:
                out.append("None")
        if uninferred:
            raise uninferred[0]
        return out

    def arguments(self, args_node, sig) -> str:
        return ", ".join(self.argument_list(args_node, sig))

    # -- conversions -----------------------------------------------------------------------------
    def conversion_target(self, fn):
        k = fn.type
        if k in ("parenthesized_type", "pointer_type", "slice_type", "array_type", "map_type",
                 "channel_type", "function_type", "interface_type", "qualified_type", "type_identifier"):
            return self.resolve_type(fn)
        if k == "parenthesized_expression":
            inner = fn.named_children[0]
            if inner.type in ("pointer_type",) or (inner.type == "unary_expression" and self.text(inner).startswith("*")
                                                   and self.conversion_target(inner.child_by_field_name("operand")) is not None):
                return self.resolve_type(inner) if inner.type == "pointer_type" else T.Pointer(
                    self.conversion_target(inner.child_by_field_name("operand")))
            return self.conversion_target(inner)
        if k == "identifier":
            e = self.lookup(self.text(fn))
            return e.type if isinstance(e, TypeName) else None
        if k == "selector_expression":
            op = fn.child_by_field_name("operand")
            if op.type == "identifier" and isinstance(self.lookup(self.text(op)), PkgName):
                e = self.lookup((self.text(op), self.text(fn.child_by_field_name("field"))))
                return e.type if isinstance(e, TypeName) else None
        return None

    def conversion(self, arg, target: T.Type) -> str:
        c = self.try_const(arg)
        tu = target.underlying()
        if c is not None and isinstance(tu, T.Basic):
            v, t = c
            if tu.name == "string" and isinstance(v, int) and not isinstance(v, bool):
                return repr(_rune_to_str(v))
            return self.const_repr(self.convert_const(
                v, target, arg, untyped="explicit" if isinstance(t, T.Untyped) else ""))
        code, t = self.expr(arg, target)
        self.check_interface_conversion(arg, t, target)
        su = t.underlying() if t is not None else None
        if T.is_interface(target):
            return self.box(code, t, arg)
        if isinstance(tu, T.Basic):
            if tu.name == "string":
                if isinstance(su, T.Slice):
                    return f"_bytes_to_str({code})" if su.elem in (T.UINT8,) else f"_runes_to_str({code})"
                if T.is_integer(t):
                    return f"_rune_to_str({code})"
                return code
            if tu.name == "float32":
                return f"_f32({code})"
            if tu.name.startswith("float"):
                return f"float({code})"
            if tu.name in T.INT_BITS:
                if T.is_float(t):
                    return self.float_to_int(code, target)
                if tu.name not in ("int", "int64"):
                    return self.wrap(code, target)
                # to int/int64 only an unsigned 64-bit value can be out of range
                su_name = su.name if isinstance(su, T.Basic) else ""
                return self.wrap(code, target) if su_name in ("uint", "uint64", "uintptr") else code
            return code
        if isinstance(tu, T.Slice) and T.is_string(t):
            return f"_str_to_bytes({code})" if tu.elem == T.UINT8 else f"_str_to_runes({code})"
        if isinstance(su, T.Slice) and isinstance(tu, T.Array):
            return f"_slice_to_array({code}, {tu.length})"
        if isinstance(su, T.Slice) and isinstance(tu, T.Pointer):
            raise self.err(arg, "unsupported: conversion of a slice to an array pointer")
        restruct = self.restruct(code, t, target)
        if restruct is not None:
            return restruct
        if T.has_value_semantics(t) and self.is_lvalue(arg):
            return f"_copyv({code})"      # Arr(a) is a new array value, as P(p) a new struct
        return code

    def float_to_int(self, code: str, target) -> str:
        """A float converted to integer type ``target``, out of range as on amd64 (rtlib.py)."""
        name = target.underlying().name
        if name in ("int", "int64"):
            return f"_f2i64({code})"
        if name in ("uint", "uint64", "uintptr"):
            return f"_f2u64({code})"
        if name == "int32":
            return f"_f2i32({code})"
        return self.wrap(f"_f2i64({code})" if name == "uint32" else f"_f2i32({code})", target)

    def deferred_builtin(self, name, n, args_node) -> str:
        """A builtin as a deferred/go call: its arguments are evaluated now, the call later."""
        args = [a for a in args_node.named_children if a.type != "comment"]
        if name == "recover":
            return "_noop"          # `defer recover()` is not called *by* a deferred function
        if name in ("print", "println"):
            parts = [self.box(*self.expr(a), a) for a in args]
            return f"(lambda _v=[{', '.join(parts)}]: _print_builtin({name == 'println'}, _v))"
        if name == "panic":
            return f"(lambda _v={self.value_to(args[0], T.ANY)}: _panic(_v))"
        if name == "close":
            code, t = self.expr(args[0])
            self.check_chan_op("close", args[0], t)
            return f"(lambda _c={code}: _closechan(_c))"
        code, _ = self.builtin(name, n, args_node)
        return f"(lambda: {code})"

    # -- builtins --------------------------------------------------------------------------------
    def append_site(self, elem, var) -> str:
        """The AppendSite for an append to slice variable ``var`` (None: a HEAP one of its own).
        Struct and array elements are values: growing the backing array, or copying elements
        into it, copies them (a pointer into the old array keeps the old value)."""
        if var is not None and var.site is not None:
            return var.site
        site = self.k(AppendSite(elem, self.zero_factory(elem), _is_value_type(elem),
                                 HEAP if var is None else var.mode))
        if var is not None:
            var.site = site
        return site

    def builtin(self, name, n, args_node, deferred=False):
        args = [a for a in args_node.named_children if a.type != "comment"]
        spread = bool(args) and args[-1].type == "variadic_argument"
        if spread:
            args[-1] = args[-1].named_children[0]
        if name == "len":
            code, t = self.expr(args[0])
            if T.is_string(t):
                return f"_slen({code})", T.INT
            return f"_len({code})", T.INT
        if name == "cap":
            return f"_cap({self.expr(args[0])[0]})", T.INT
        if name == "append":
            s, st = self.expr(args[0])
            if st == T.UNTYPED_NIL:
                raise self.err(args[0], "first argument to append must be a typed slice; have untyped nil")
            elem = st.underlying().elem
            if spread:
                other, ot = self.expr(args[1])
                if T.is_string(ot):
                    other = f"_str_to_bytes({other})"
                return f"_append_slice({s}, {other}, {self.append_site(elem, None)})", st
            vals = ", ".join(self.value_to(a, elem, "argument to append") for a in args[1:])
            var = self.fn.append_vars.get(n.start_byte)
            site = self.append_site(elem, var)
            if var is not None and var.mode == STACK:
                return f"_append({s}, [{vals}], {site}, _fr)", st    # _fr: the call taking the buffer
            return f"_append({s}, [{vals}], {site})", st
        if name == "copy":
            d, dt = self.expr(args[0])
            s, stt = self.expr(args[1])
            self.check_copy(args, dt, stt)
            if T.is_string(stt):
                s = f"_str_to_bytes({s})"
            du = dt.underlying() if dt is not None else None
            by_value = ", True" if isinstance(du, T.Slice) and _is_value_type(du.elem) else ""
            return f"_copy({d}, {s}{by_value})", T.INT
        if name == "delete":
            m, mt = self.expr(args[0])
            k = self.value_to(args[1], mt.underlying().key)
            return f"_mdel({m}, {k})", None
        if name == "clear":
            return f"_clear({self.expr(args[0])[0]})", None
        if name == "make":
            t = self.resolve_type(args[0])
            u = t.underlying()
            sizes = [self.expr(a, T.INT)[0] for a in args[1:]]
            if isinstance(u, T.Slice):
                ln = sizes[0] if sizes else "0"
                cp = sizes[1] if len(sizes) > 1 else "None"
                return f"_make_slice({ln}, {cp}, {self.zero_thunk(u.elem)})", t
            if isinstance(u, T.Map):
                if isinstance(u.key.underlying(), (T.Struct, T.Array, T.Interface)):
                    return f"_mkmap_empty({self.k(u.key)})", t
                return "{}", t
            if isinstance(u, T.Chan):
                cap = sizes[0] if sizes else "0"
                return f"_makechan({self.k(t)}, {cap}, {self.zero_thunk(u.elem)})", t
            raise self.err(n, f"invalid argument: cannot make {t}")
        if name == "new":
            t = self.resolve_type(args[0])
            if T.is_struct(t):
                return self.zero_expr(t), T.Pointer(t)
            return f"_cellptr(_Cell({self.zero_expr(t)}), {self.k(T.Pointer(t))})", T.Pointer(t)
        if name == "panic":
            v = self.value_to(args[0], T.ANY)
            return f"_panic({v})", None
        if name == "recover":
            if deferred:
                return "_noop", T.ANY
            return "_recover(_fr)", T.ANY
        if name in ("print", "println"):
            parts = []
            for a in args:
                code, t = self.expr(a)
                parts.append(self.box(code, t, a))
            return f"_print_builtin({name == 'println'}, [{', '.join(parts)}])", None
        if name == "close":
            code, t = self.expr(args[0])
            self.check_chan_op("close", args[0], t)
            return f"_closechan({code})", None
        if name == "complex":
            re_, _ = self.expr(args[0], T.FLOAT64)
            im, _ = self.expr(args[1], T.FLOAT64)
            return f"complex({re_}, {im})", T.COMPLEX128
        if name in ("real", "imag"):
            return f"({self.expr(args[0])[0]}).{name}", T.FLOAT64
        if name in ("min", "max"):
            codes = []
            t = None
            for a in args:
                code, at = self.expr(a)
                codes.append(code)
                if not isinstance(at, T.Untyped) or t is None:
                    t = at
            return f"{name}({', '.join(codes)})", t
        raise self.err(n, f"unsupported: builtin {name}")


__all__ = ["CallMixin", "Var"]


def text_stable(t) -> bool:
    """Equal values of static type t print alike and cannot change once passed: integers,
    strings, booleans, pointers to anything but structs and arrays (printed as an address).
    Not interfaces (1 == 1.0 == True in Python), floats (-0.0 == 0.0), composites."""
    u = T.under(t)
    if isinstance(u, T.Pointer):
        return not T.has_value_semantics(u.elem)
    return isinstance(u, T.Basic) and (T.is_integer(u) or u.name in ("string", "bool"))


def _is_value_type(t) -> bool:
    """Struct and array values are copied on assignment (GoStruct objects and lists here)."""
    return t is not None and isinstance(t.underlying(), (T.Struct, T.Array))
