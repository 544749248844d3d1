"""Expressions: each compiles to (Python expression text, static Go type).

A blocking sub-expression (a call of a Go function, a channel receive) appears as a
parenthesised ``(yield from ...)``; Python evaluates operands left to right, as Go does for
calls and receives.  Function literals are emitted as nested ``def`` lines just before the
statement that uses them.
"""
from __future__ import annotations

from fractions import Fraction

from ..golang import types as T
from ..golang.parse import operator
from .consts import ConstMixin
from .order import _COMPOUND, OrderMixin
from .scope import Builtin, Const, Func, PkgName, TypeName, Var
from . import undefined
from .typestring import type_string

_CMP = ("==", "!=", "<", "<=", ">", ">=")


def type_text(t) -> str:
    """A type as the Go compiler names it in an error: the main package's own types unqualified
    (``V``, ``[]V``), other packages' qualified (``time.Duration``); see typestring.py."""
    return type_string(t)


def mismatched(ta, tb, comparison: bool) -> bool:
    """Two typed operands of a binary operator whose types differ (Go has no implicit
    conversions: ``n * time.Millisecond`` with ``n int`` does not compile).  A comparison only
    needs one side assignable to the other: an interface and a value, a defined type and an
    unnamed one with the same underlying type, a channel and a directional view of it."""
    if ta is None or tb is None or isinstance(ta, T.Untyped) or isinstance(tb, T.Untyped):
        return False
    if T.is_interface(ta) or T.is_interface(tb):
        return False
    if ta == tb or str(ta) == str(tb):
        return False
    if comparison:
        ua, ub = ta.underlying(), tb.underlying()
        if (not isinstance(ta, T.Named) or not isinstance(tb, T.Named)) and (ua == ub or str(ua) == str(ub)):
            return False
        if isinstance(ua, T.Chan) and isinstance(ub, T.Chan) and str(ua.elem) == str(ub.elem):
            return False
    return True
_LVALUE_KINDS = ("identifier", "selector_expression", "index_expression", "unary_expression",
                 "parenthesized_expression")


class ExprMixin(OrderMixin, ConstMixin):
    # -- entry points ----------------------------------------------------------------------------
    def expr(self, n, want: T.Type | None = None, multi: bool = False) -> tuple[str, T.Type]:
        """(Python code, static type) of expression n.  A multi-value call is an error unless
        ``multi`` (the contexts that take it apart: assignment, return, f(g()), a call
        statement)."""
        if self._hst is None and n.type in _COMPOUND:
            return self.root_expr(n, want, multi)
        return self.expr1(n, want, multi)

    def expr1(self, n, want: T.Type | None = None, multi: bool = False) -> tuple[str, T.Type]:
        c = self.try_const(n)
        if c is not None:
            v, t = c
            if want is not None and isinstance(t, T.Untyped) and isinstance(want.underlying(), T.Basic):
                v = self.convert_const(v, want, n, untyped="implicit")
                t = want
            return self.const_repr(v), t
        method = getattr(self, "x_" + n.type, None)
        if method is None:
            raise self.err(n, f"unsupported: expression {n.type.replace('_', ' ')}")
        code, t = method(n, want)
        if not multi:
            if isinstance(t, T.Tuple):
                raise self.err(n, f"multiple-value {self.text(n)} (value of type {t}) in single-value context")
            if t is None and n.type == "call_expression":
                raise self.err(n, f"{self.text(n)} (no value) used as value")
        return code, t

    def const_repr(self, v) -> str:
        if isinstance(v, Fraction):
            v = float(v)
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                return f"float({str(v)!r})"
        return repr(v)

    def value_to(self, n, target: T.Type | None, where: str | None = None) -> str:
        """Compile n as a value assigned to a location of type ``target``; ``where`` (Go's
        "argument to f", "assignment", ...) asks for Go's assignability check."""
        code, t = self.expr(n, target)
        if where is not None:
            self.check_assign(n, t, target, where)
        return self.convert_value(code, t, target, n)

    def convert_value(self, code: str, t: T.Type | None, target: T.Type | None, n=None) -> str:
        if target is None:
            return code
        if T.is_interface(target):
            return self.box(code, t, n)
        if isinstance(t, T.Untyped):
            if n is not None and T.is_integer(target):    # `x := 1 << 63`: must fit
                c = self.try_const(n)
                if c is not None and isinstance(c[0], int):
                    self.convert_const(c[0], target, n, untyped="implicit")
            return code
        restruct = self.restruct(code, t, target)
        if restruct is not None:
            return restruct
        if T.has_value_semantics(t) and n is not None and self.is_lvalue(n):
            return f"_copyv({code})"
        return code

    def restruct(self, code: str, t, target) -> str | None:
        """A struct value moving to another struct type with the same fields (``var p Point =
        struct{ X, Y int }{1, 2}``, ``Point(q)``): a copy of the target type's class, so ==, %T
        and methods see the target type.  None when the types share a class."""
        if t is None or target is None or t is target:
            return None
        if not (isinstance(t.underlying(), T.Struct) and isinstance(target.underlying(), T.Struct)):
            return None
        if isinstance(t, T.Named) and t.pkg != "main" or isinstance(target, T.Named) and target.pkg != "main":
            return None                       # library structs keep their own classes
        cls = self.make_struct_class(target)
        if cls is self.make_struct_class(t):
            return None
        return f"_restruct({self.k(cls)}, {code})"

    def is_lvalue(self, n) -> bool:
        if n.type == "parenthesized_expression":
            return self.is_lvalue(n.named_children[0])
        if n.type == "unary_expression":
            return operator(n) == "*"
        return n.type in _LVALUE_KINDS

    def box(self, code: str, t: T.Type | None, n=None) -> str:
        """Convert a value of static type t to an interface value (see values.py)."""
        if t is None or T.is_interface(t) or t == T.UNTYPED_NIL:
            return code
        if self.hoisting() and n is not None:
            return self.hoist_boxed(self.box1(code, t, n), t, n)
        return self.box1(code, t, n)

    def box1(self, code: str, t: T.Type | None, n=None) -> str:
        if isinstance(t, T.Untyped):
            t = t.default()
        if T.natural(t):
            if T.is_struct_ptr(t):
                return f"_ifptr({self.k(t)}, {code})"
            return code
        if T.has_value_semantics(t) and n is not None and self.is_lvalue(n):
            code = f"_copyv({code})"
        return f"_Boxed({self.k(t)}, {code})"

    # -- names -----------------------------------------------------------------------------------
    def x_identifier(self, n, want):
        name = self.text(n)
        e = self.lookup(name)
        if e is None:
            raise self.err(n, f"undefined: {name}")
        return self.entity_value(e, n)

    def entity_value(self, e, n):
        if isinstance(e, Var):
            e.used = True
            if e.is_global and not e.py:
                return f"{self.k(self.lib_var_value(e, n))}", e.type
            return e.ref, e.type
        if isinstance(e, Const):
            return self.const_repr(e.value), e.type
        if isinstance(e, Func):
            if e.lib is not None:
                return self.k(e.lib.impl), e.sig
            return e.py, e.sig
        if isinstance(e, TypeName):
            raise self.err(n, f"{self.text(n)} (type) is not an expression")
        if isinstance(e, Builtin):
            raise self.err(n, f"{e.name} (built-in function) must be called")
        if isinstance(e, PkgName):
            raise self.err(n, f"use of package {e.path} without selector")
        raise self.err(n, f"unsupported use of {self.text(n)}")

    def lib_var_value(self, e, n):
        raise self.err(n, "internal: library variable without value")

    def x_parenthesized_expression(self, n, want):
        return self.expr(n.named_children[0], want)

    def x_nil(self, n, want):
        return "None", T.UNTYPED_NIL

    def x_true(self, n, want):
        return "True", T.UNTYPED_BOOL

    def x_false(self, n, want):
        return "False", T.UNTYPED_BOOL

    # -- selectors -------------------------------------------------------------------------------
    def x_selector_expression(self, n, want):
        op = n.child_by_field_name("operand")
        field = self.text(n.child_by_field_name("field"))
        if op.type == "identifier":
            e = self.lookup(self.text(op))
            if isinstance(e, PkgName):
                m = self.lookup((self.text(op), field))
                if m is None:
                    raise self.missing_package_member(e, self.text(op), field, n)
                if isinstance(m, Var):
                    decl = e.pkg.vars[field]
                    return f"{self.k(decl)}.value", m.type
                if isinstance(m, Func) and T.has_type_params(m.sig):
                    self.check_generic_value(n, want)
                return self.entity_value(m, n)
        mexpr = self.method_expression(op, field, n)
        if mexpr is not None:
            return mexpr
        code, t = self.expr(op)
        return self.select(code, t, field, n)

    def missing_package_member(self, pkg: PkgName, name: str, field: str, n):
        """pkg.field that the simulated package lacks: unsupported if real Go has it (at the
        selector), else go build's ``undefined: pkg.field`` (at the member; undefined.py)."""
        found = undefined.package_member(pkg.path, name, field)
        if found is None:
            return self.err(n, f"undefined: {name}.{field}")
        msg, at_member = found
        return self.err(n.child_by_field_name("field") if at_member else n, msg)

    def method_expression(self, op, field, n):
        """``T.Method`` / ``(*T).Method``: a function taking the receiver first."""
        inner = op
        while inner.type == "parenthesized_expression":
            inner = inner.named_children[0]
        ptr = inner.type == "unary_expression" and self.text(inner).startswith("*")
        base = inner.child_by_field_name("operand") if ptr else inner
        if base is None:
            return None
        if base.type in ("identifier", "type_identifier"):
            e = self.lookup(self.text(base))
        elif base.type == "selector_expression":          # a library type: time.Duration.String
            pkg = base.child_by_field_name("operand")
            if pkg.type != "identifier" or not isinstance(self.lookup(self.text(pkg)), PkgName):
                return None
            e = self.lookup((self.text(pkg), self.text(base.child_by_field_name("field"))))
        else:
            return None
        if not isinstance(e, TypeName) or not isinstance(e.type, T.Named):
            return None
        info = e.type.methods.get(field)
        if info is None or (e.type.pkg != "main" and info.impl is None):
            raise self.err(n, f"{self.text(n)} undefined")
        recv_t = T.Pointer(e.type) if ptr else e.type
        sig = T.Signature((recv_t,) + tuple(info.sig.params), info.sig.results, info.sig.variadic)
        if e.type.pkg != "main":            # the library's implementation takes the receiver first
            return self.k(info.impl), sig
        return f"m_{e.type.name}_{field}", sig

    def select(self, code: str, t: T.Type, field: str, n):
        """x.field or a method value x.M, following embedded fields."""
        path = self.field_path(t, field)
        if path is not None and self.selects_unexported(t, path):
            raise self.undefined_member(t, field, n)
        if path is not None:
            for name in path[:-1]:
                code = f"{code}.f_{name}"
            ft = self.field_type(t, path)
            return f"{code}.f_{path[-1]}", ft
        m = self.find_method(t, field)
        if m is not None:
            tmpl, recv_t, info = m
            recv = code if tmpl is None else tmpl.format(code)
            op = n.child_by_field_name("operand")
            if not isinstance(recv_t, T.Pointer):
                self.check_pointer_method(op, t, info, field, n.child_by_field_name("field"))
            if self.needs_receiver_address(recv_t, info):
                recv, recv_t = self.receiver_address(op, code, tmpl, recv_t), T.Pointer(recv_t)
            return self.method_value(recv, recv_t, info, field), info.sig
        raise self.undefined_member(t, field, n)

    def undefined_member(self, t, field: str, n):
        """Go's error for x.f with no field or method f, with types2's hint for a near miss
        ("but does have field Name").  A library type's members are real Go's (undefined.py):
        one real Go has but the simulation does not provide is said plainly to be unsupported;
        any other name gets go build's message."""
        where = n.child_by_field_name("field") or n
        members = self.member_names(t)
        for name, kind, own in members:
            if name == field and not own:      # only a library's member can be missing here
                if field[:1].isupper():
                    return self.err(where, f"unsupported: {self.text(n)}: {field} is not a "
                                           f"simulated field or method of {type_string(t, {})}")
                return self.err(where, f"{self.text(n)} undefined (cannot refer to unexported "
                                       f"{kind} {field})")
        typ = type_string(t, undefined.quoted_packages(self.imported_paths()))
        why = undefined.lookup_error(field, typ, members)
        return self.err(where, f"{self.text(n)} undefined ({why})")

    def member_names(self, t) -> list[tuple[str, str, bool]]:
        """(name, "field" or "method", declared in main) for every field and method reachable
        from a value of type t, in types2's lookup order: depth by depth through embedded
        fields, a type's methods before its fields.  A library type contributes real Go's
        members (promoted ones included) when the API table has it."""
        out, level, seen = [], [t], set()
        for _ in range(5):
            nxt = []
            for typ in level:
                base = typ.elem if isinstance(typ, T.Pointer) else typ
                if id(base) in seen:
                    continue
                seen.add(id(base))
                lib = undefined.library_type(base)
                real = undefined.real_members(*lib) if lib is not None else None
                if real is not None:
                    out += [(m, "method", False) for m in real[1]]
                    out += [(f, "field", False) for f in real[0]]
                    continue
                if isinstance(base, T.Named):
                    out += [(m, "method", lib is None) for m in base.methods]
                st = self.struct_of(base)
                for f in (st.fields if st is not None else ()):
                    out.append((f.name, "field", lib is None))
                    if f.embedded:
                        nxt.append(f.type)
            level = nxt
        return out

    def imported_paths(self) -> list[str]:
        """The import paths of the program's (named) imports."""
        return sorted({e.path for e in self.pkg.names.values() if isinstance(e, PkgName)})

    def selects_unexported(self, t, path) -> bool:
        """Whether a field path from t selects a library struct's unexported field (the
        simulation declares some, for %v; Go programs cannot name them)."""
        for name in path:
            if not name[:1].isupper() and undefined.library_type(t) is not None:
                return True
            t = self.struct_of(t).field(name).type
        return False

    def struct_of(self, t):
        u = t.underlying() if t is not None else None
        if isinstance(u, T.Pointer):
            u = u.elem.underlying()
        return u if isinstance(u, T.Struct) else None

    def field_path(self, t, name, depth=0):
        st = self.struct_of(t)
        if st is None or depth > 4:
            return None
        f = st.field(name)
        if f is not None:
            return [name]
        for f in st.fields:
            if f.embedded:
                sub = self.field_path(f.type, name, depth + 1)
                if sub is not None:
                    return [f.name] + sub
        return None

    def field_type(self, t, path):
        for name in path:
            t = self.struct_of(t).field(name).type
        return t

    def find_method(self, t, name, depth=0):
        """(receiver code template or None, receiver type, MethodInfo) for method name on t."""
        base = t.elem if isinstance(t, T.Pointer) else t
        if isinstance(base, T.Named) and name in base.methods:
            return None, t, base.methods[name]
        if T.is_interface(t):
            sig = t.underlying().method(name)
            if sig is not None:
                return None, t, T.MethodInfo(name, sig, False)
            return None
        st = self.struct_of(t)
        if st is None or depth > 4:
            return None
        for f in st.fields:
            if f.embedded:
                sub = self.find_method(f.type, name, depth + 1)
                if sub is not None:
                    tmpl, rt, info = sub
                    inner = "{}" + f".f_{f.name}"
                    return (inner if tmpl is None else tmpl.replace("{}", inner)), rt, info
        return None

    def method_value(self, recv: str, recv_t, info, name) -> str:
        if T.is_interface(recv_t):
            return f"_imethod({recv}, {name!r})"
        base = recv_t.elem if isinstance(recv_t, T.Pointer) else recv_t
        if base.pkg == "main":
            if not info.ptr_recv:                  # binds a copy of *p: nil panics now
                recv = self.value_receiver(recv, recv_t, base)
            return f"_bindm(m_{base.name}_{name}, {recv})"
        return f"_bindm({self.k(info.impl)}, {recv})"

    # -- receivers -------------------------------------------------------------------------------
    # A struct value is its own pointer (values.py), so ``s.M()`` with ``func (*S) M`` passes the
    # object itself.  Any other named type (``type Counter int``, ``type Stack []int``) is a
    # plain Python value: its pointer methods take a values.Pointer to the receiver's location,
    # ``&x`` made at the call (Go's implicit ``(&x).M()``), and its value methods called through
    # a pointer take ``*p``.

    def needs_receiver_address(self, recv_t, info) -> bool:
        """A main-package pointer method called on an addressable non-struct value: the call
        (or method value) takes the receiver's address."""
        if not info.ptr_recv or recv_t is None or isinstance(recv_t, T.Pointer) or T.is_interface(recv_t):
            return False
        return isinstance(recv_t, T.Named) and recv_t.pkg == "main" and not T.is_struct(recv_t)

    def receiver_address(self, op, code: str, tmpl: str | None, recv_t) -> str:
        """``&x`` for the receiver x of a pointer method: ``op`` itself (variable, field, element,
        ``*p``) or, when the method is promoted through embedded fields (``tmpl``, as
        ``find_method`` gives it), the innermost embedded field of ``op``'s value ``code``.
        Escape analysis (escape.py) gave a receiver variable a Cell."""
        pt = T.Pointer(recv_t)
        if tmpl is None:
            return self.address_of(op)[0]
        obj, field = tmpl.rsplit(".", 1)
        return f"_fieldptr({obj.format(code)}, {field!r}, {self.k(pt)})"

    def value_receiver(self, recv: str, recv_t, base) -> str:
        """The receiver a value method of a main-package type gets: a copy of a struct or array
        value, and through a pointer ``*p`` read now (a nil pointer panics at ``defer p.M()``
        or ``f := p.M``, not when the call runs)."""
        by_value = T.has_value_semantics(base)      # struct and array objects are their pointers
        if isinstance(recv_t, T.Pointer):
            recv = f"_nn({recv})" if by_value else f"_nn({recv}).get()"
        return f"_copyv({recv})" if by_value else recv

    # -- literals --------------------------------------------------------------------------------
    def x_func_literal(self, n, want, plain_ok=False):
        sig, (pnames, rnames) = self.signature_of(n)
        name = self.fresh("lit")
        captured = self.captured_cells(n)
        defaults = ", ".join(f"{c}={c}" for c in captured)
        qual = self.literal_name()
        self.func_names[name] = qual
        self.compile_function(name, qual, sig, list(sig.params), pnames, rnames,
                              n.child_by_field_name("body"), n, defaults, plain_ok)
        return name, sig

    def literal_name(self) -> str:
        """Go's name for a func literal: ``main.main.func2``; nested: ``main.main.func2.1``."""
        fn = self.fn
        if fn is None:
            return "main.init.func1"
        fn.literals = getattr(fn, "literals", 0) + 1
        is_literal = fn.name.rsplit(".", 1)[-1].startswith("func") or fn.name.rsplit(".", 1)[-1].isdigit()
        return f"{fn.name}.{fn.literals}" if is_literal and fn.name.count(".") >= 2 else f"{fn.name}.func{fn.literals}"

    def signature_of(self, n):
        from .typeres import signature
        return signature(n, self.src, self.lookup, self.const_int)

    def captured_cells(self, n) -> list[str]:
        out = []
        stack = [n]
        while stack:
            x = stack.pop()
            if x.type == "identifier":
                e = self.scope.lookup(self.text(x))
                if isinstance(e, Var) and e.cell and not e.is_global and e.py not in out:
                    out.append(e.py)
            stack.extend(x.named_children)
        return out

    def x_composite_literal(self, n, want):
        tnode = n.child_by_field_name("type")
        if tnode.type == "implicit_length_array_type":
            elem = self.resolve_type(tnode.child_by_field_name("element"))
            t = T.Array(self.implicit_length(n.child_by_field_name("body")), elem)
        else:
            t = self.resolve_type(tnode)
        return self.composite(n.child_by_field_name("body"), t), t

    def implicit_length(self, body) -> int:
        """The length of ``[...]T{...}``: one past the largest index (``{2: "two", 0: "z"}``
        has 3 elements)."""
        size = index = 0
        for el in body.named_children:
            if el.type == "keyed_element":
                index = self.const_int(el.child_by_field_name("key").named_children[0])
            elif el.type != "literal_element":
                continue
            index += 1
            size = max(size, index)
        return size

    def composite(self, body, t) -> str:
        u = t.underlying()
        elems = [c for c in body.named_children if c.type in ("keyed_element", "literal_element")]
        if isinstance(u, T.Struct):
            kw = []
            for i, el in enumerate(elems):
                if el.type == "keyed_element":
                    key = self.text(el.child_by_field_name("key"))
                    vnode = el.child_by_field_name("value")
                else:
                    if i >= len(u.fields):
                        raise self.err(el, f"too many values in {t} literal")
                    key, vnode = u.fields[i].name, el
                f = u.field(key)
                if f is None:
                    raise self.err(el, f"unknown field {key} in struct literal of type {type_text(t)}")
                kw.append(f"'f_{key}': {self.element(vnode, f.type, 'struct literal')}")
            if isinstance(t, T.Named) and t.pkg != "main" and t.pyclass is not None:
                return f"_newlib({self.k(t.pyclass)}, {{{', '.join(kw)}}})"
            cls = self.make_struct_class(t)
            return f"{self.k(cls)}._new(**{{{', '.join(kw)}}})"
        if isinstance(u, (T.Slice, T.Array)):
            items, index, keyed = [], 0, False
            pairs = []
            for el in elems:
                if el.type == "keyed_element":
                    keyed = True
                    index = self.const_int(el.child_by_field_name("key").named_children[0])
                    vnode = el.child_by_field_name("value")
                else:
                    vnode = el
                pairs.append((index, self.element(vnode, u.elem, "array or slice literal")))
                index += 1
            if keyed:
                size = max([i + 1 for i, _ in pairs] + [u.length if isinstance(u, T.Array) else 0])
                zero = self.zero_expr(u.elem)
                items_code = f"_keyed_list({size}, lambda: {zero}, [{', '.join(f'({i}, {c})' for i, c in pairs)}])"
            else:
                items = [c for _, c in pairs]
                if isinstance(u, T.Array) and len(items) < u.length:
                    zero = self.zero_expr(u.elem)
                    items += [zero] * (u.length - len(items))
                items_code = "[" + ", ".join(items) + "]"
            return items_code if isinstance(u, T.Array) else f"_GoSlice({items_code})"
        if isinstance(u, T.Map):
            kv = []
            for el in elems:
                if el.type != "keyed_element":
                    raise self.err(el, "missing key in map literal")
                k = self.element(el.child_by_field_name("key"), u.key, "map literal")
                v = self.element(el.child_by_field_name("value"), u.elem, "map literal")
                kv.append(f"({k}, {v})")
            return f"_mkmap([{', '.join(kv)}], {self.k(u.key)})"
        raise self.err(body, f"invalid composite literal type {t}")

    def element(self, el, t, where=None) -> str:
        """An element of a composite literal (literal_element wrapper, elided types)."""
        if el.type == "literal_element":
            el = el.named_children[0]
        if el.type == "literal_value":
            u = t.underlying()
            if not isinstance(u, T.Pointer):
                return self.composite(el, t)
            code = self.composite(el, u.elem)     # an elided &T{...}: see address_of
            if T.has_value_semantics(u.elem):
                return code
            return f"_cellptr(_Cell({code}), {self.k(t)})"
        return self.value_to(el, t, where)

    # -- operators -------------------------------------------------------------------------------
    def x_unary_expression(self, n, want):
        op = operator(n)
        operand = n.child_by_field_name("operand")
        if op == "<-":
            code, t = self.expr(operand)
            self.check_chan_op("receive", operand, t)
            ct = t.underlying() if t is not None else None
            if not isinstance(ct, T.Chan):
                raise self.err(n, f"invalid operation: cannot receive from non-channel {self.text(operand)}")
            return self.hoist(n, f"(yield from _recv({code}))"), ct.elem
        if op == "&":
            return self.address_of(operand)
        code, t = self.expr(operand, want)
        self.check_unary_interface(n, op, operand, t)
        if op == "*":
            u = t.underlying() if t is not None else None
            if not isinstance(u, T.Pointer):
                raise self.err(n, f"invalid operation: cannot indirect {self.text(operand)}")
            if T.has_value_semantics(u.elem):
                return f"_nn({code})", u.elem
            return f"{code}.get()", u.elem
        if op == "-":
            return self.wrap(f"(-{code})", t), t
        if op == "+":
            return code, t
        if op == "!":
            return f"(not {code})", t
        if op == "^":
            return self.wrap(f"(~{code})", t), t
        raise self.err(n, f"unsupported operator {op}")

    def address_of(self, operand):
        if operand.type == "composite_literal":
            code, t = self.expr(operand)
            if T.has_value_semantics(t):  # a struct or array object is its own pointer
                return code, T.Pointer(t)
            # &[]int{1}, &map[K]V{}: a fresh variable holding the value
            return f"_cellptr(_Cell({code}), {self.k(T.Pointer(t))})", T.Pointer(t)
        if operand.type == "parenthesized_expression":
            return self.address_of(operand.named_children[0])
        code, t = self.expr(operand)
        if T.has_value_semantics(t):      # struct and array objects are their own pointers
            return code, T.Pointer(t)
        pt = T.Pointer(t)
        if operand.type == "identifier":
            v = self.lookup(self.text(operand))
            if isinstance(v, Var) and v.cell:
                return f"_cellptr({v.py}, {self.k(pt)})", pt
            raise self.err(operand, f"internal: cannot take address of {self.text(operand)}")
        if operand.type == "selector_expression":
            obj, ot = self.expr(operand.child_by_field_name("operand"))
            path = self.field_path(ot, self.text(operand.child_by_field_name("field")))
            if path is None:
                raise self.err(operand, "cannot take address")
            for p in path[:-1]:
                obj = f"{obj}.f_{p}"
            return f"_fieldptr({obj}, 'f_{path[-1]}', {self.k(pt)})", pt
        if operand.type == "index_expression":
            base, bt = self.expr(operand.child_by_field_name("operand"))
            idx, _ = self.expr(operand.child_by_field_name("index"), T.INT)
            return f"_indexptr({base}, {idx}, {self.k(pt)})", pt
        if operand.type == "unary_expression" and operator(operand) == "*":
            # &*p is p, nil-checked as gc does (``(*p).M()`` with p nil panics at the call)
            p, _ = self.expr(operand.child_by_field_name("operand"))
            return f"_nn({p})", pt
        raise self.err(operand, "unsupported: address of this expression")

    def wrap(self, code: str, t) -> str:
        """Two's-complement wrap-around of an integer operation's result, as Go does."""
        u = t.underlying() if t is not None else None
        if isinstance(u, T.Basic) and u.name in T.INT_BITS:
            if u.name in ("int", "int64"):
                return f"_w64({code})"
            return f"_wrap({code}, {T.INT_BITS[u.name]}, {u.name in T.SIGNED})"
        if isinstance(u, T.Basic) and u.name == "float32":
            return f"_f32({code})"          # float32 arithmetic rounds to single precision
        return code

    def x_binary_expression(self, n, want):
        op = operator(n)
        ln, rn = n.child_by_field_name("left"), n.child_by_field_name("right")
        if op in ("&&", "||"):
            a, ta = self.expr(ln)
            if self.hoisting():                # the right operand: a root of its own (conditional)
                saved, self._hst, self._hroot = (self._hst, self._hroot), None, None
                try:
                    b, tb = self.expr(rn)
                finally:
                    self._hst, self._hroot = saved
            else:
                b, tb = self.expr(rn)
            # the typed operand's type (a defined bool type stays itself), else untyped bool
            t = ta if not isinstance(ta, T.Untyped) else tb if not isinstance(tb, T.Untyped) else T.UNTYPED_BOOL
            return self.hoist(n, f"({a} {'and' if op == '&&' else 'or'} {b})"), t
        lc, rc = self.try_const(ln), self.try_const(rn)
        if op in ("<<", ">>"):
            a, ta = self.expr(ln, want)
            b, tb = self.expr(rn)
            self.check_interface_operands(n, op, ln, ta, rn, tb)
            if isinstance(ta, T.Untyped):
                ta = want if want is not None and T.is_integer(want) else T.INT
            return self.wrap(f"({a} {op} {b})", ta), ta
        # untyped constants take the other operand's type
        if lc is not None and rc is None:
            b, tb = self.expr(rn)
            a, ta = self.expr(ln, None if T.is_interface(tb) else tb)
        elif rc is not None and lc is None:
            a, ta = self.expr(ln)
            b, tb = self.expr(rn, None if T.is_interface(ta) else ta)
        else:
            a, ta = self.expr(ln)
            b, tb = self.expr(rn)
        self.check_interface_operands(n, op, ln, ta, rn, tb)
        if mismatched(ta, tb, op in _CMP):
            raise self.err(n, f"invalid operation: {self.text(n)} (mismatched types "
                              f"{type_text(ta)} and {type_text(tb)})")
        t = ta if not isinstance(ta, T.Untyped) or ta == T.UNTYPED_NIL else tb
        if op in ("==", "!="):
            self.check_comparable(n, ta, tb)
        if op in _CMP:
            return self.compare(op, a, ta, b, tb, n), T.UNTYPED_BOOL
        if op == "/":
            if T.is_integer(t):
                return f"_idiv({a}, {b})", t
            return f"_fdiv({a}, {b})", t
        if op == "%":
            return f"_imod({a}, {b})", t
        if op == "&^":
            return self.wrap(f"({a} & ~{b})", t), t
        if op in ("+", "-", "*", "&", "|", "^"):
            return self.wrap(f"({a} {op} {b})", t), t
        raise self.err(n, f"unsupported operator {op}")

    def compare(self, op, a, ta, b, tb, n) -> str:
        if ta == T.UNTYPED_NIL or tb == T.UNTYPED_NIL:
            other = b if ta == T.UNTYPED_NIL else a
            return f"({other} {'is' if op == '==' else 'is not'} None)"
        if op in ("==", "!="):
            if T.is_interface(ta) and not T.is_interface(tb):
                b = self.box(b, tb)
            elif T.is_interface(tb) and not T.is_interface(ta):
                a = self.box(a, ta)
            elif T.is_struct(ta) or isinstance(ta.underlying() if ta else None, T.Array):
                eq = f"_veq({a}, {b})"
                return eq if op == "==" else f"(not {eq})"
            if T.is_interface(ta) or T.is_interface(tb):
                eq = f"_ieq({a}, {b})"
                return eq if op == "==" else f"(not {eq})"
            u = ta.underlying() if ta else None
            if isinstance(u, T.Pointer) and not T.is_struct_ptr(ta):
                # a pointer to a variable or an element is a new Pointer object per ``&x``:
                # the same location is equal keys (values.Pointer.__eq__), not the same object
                return f"({a} {op} {b})"
            if isinstance(u, (T.Pointer, T.Chan, T.Map, T.Signature)):
                return f"({a} {'is' if op == '==' else 'is not'} {b})"
        return f"({a} {op} {b})"

    # -- indexing --------------------------------------------------------------------------------
    def x_index_expression(self, n, want):
        base, bt = self.expr(n.child_by_field_name("operand"))
        idx_node = n.child_by_field_name("index")
        u = bt.underlying() if bt is not None else None
        if isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
            u = u.elem.underlying()
        if isinstance(u, T.Map):
            k = self.value_to(idx_node, u.key, "map index")
            return f"_mget({base}, {k}, {self.zero_thunk(u.elem)})", u.elem
        idx, _ = self.expr(idx_node, T.INT)
        if isinstance(u, T.Slice):
            return f"_sget({base}, {idx})", u.elem
        if isinstance(u, T.Array):
            return f"_aget({base}, {idx})", u.elem
        if T.is_string(bt):
            return f"_strbyte({base}, {idx})", T.UINT8
        raise self.err(n, f"invalid operation: cannot index {self.text(n.child_by_field_name('operand'))}")

    def zero_thunk(self, t) -> str:
        z = self.zero_expr(t)
        if z in ("0", "''", "None", "False", "0.0"):
            return f"_Z{ {'0': 'int', chr(39) * 2: 'str', 'None': 'nil', 'False': 'bool', '0.0': 'float'}[z] }"
        return f"(lambda: {z})"

    def x_slice_expression(self, n, want):
        base, bt = self.expr(n.child_by_field_name("operand"))
        parts = []
        for f in ("start", "end", "capacity"):
            c = n.child_by_field_name(f)
            parts.append(self.expr(c, T.INT)[0] if c is not None else "None")
        u = bt.underlying()
        if T.is_string(bt):
            return self.hoist(n, f"_strslice({base}, {parts[0]}, {parts[1]})"), bt if not isinstance(bt, T.Untyped) else T.STRING
        if isinstance(u, T.Pointer):
            u = u.elem.underlying()
        rt = T.Slice(u.elem) if isinstance(u, T.Array) else bt
        return self.hoist(n, f"_slice({base}, {parts[0]}, {parts[1]}, {parts[2]})"), rt

    def x_type_assertion_expression(self, n, want):
        code, t = self.expr(n.child_by_field_name("operand"))
        target = self.resolve_type(n.child_by_field_name("type"))
        self.check_assertion(n, t, target)
        code = f"_assert({code}, {self.k(target)}, {self.k(t)})"
        if not isinstance(target.underlying(), (T.Pointer, T.Chan, T.Map, T.Signature)):
            code = self.hoist(n, code)          # gc: copyExprClear unless a direct interface type
        return code, target

    # -- calls -----------------------------------------------------------------------------------
    def x_call_expression(self, n, want):
        code, t = self.call(n)
        if self.hoisting() and self._hoisted_call(n, code):
            code = self.hoist(n, code)
        return code, t

    def x_type_conversion_expression(self, n, want):
        t = self.resolve_type(n.child_by_field_name("type"))
        return self.conversion(n.child_by_field_name("operand"), t), t

    def x_int_literal(self, n, want):
        return self.expr(n, want)

    def x_float_literal(self, n, want):
        return self.expr(n, want)

    def x_rune_literal(self, n, want):
        return self.expr(n, want)

    def x_interpreted_string_literal(self, n, want):
        return self.expr(n, want)

    x_raw_string_literal = x_interpreted_string_literal

    def x_iota(self, n, want):
        raise self.err(n, "cannot use iota outside constant declaration")
