"""Statements.  Every statement is preceded by ``_S(code)`` (its trace event).

Simple statements, declarations, assignments, ``if`` and ``return`` live here; loops, switches
and select in ``control.py``.
"""
from __future__ import annotations

from ..golang import types as T
from ..golang.errors import GoCompileError
from ..golang.parse import operator
from ..tracing.events import EventKind as K
from ..tracing.recorder import KIND_BITS
from .scope import Builtin, Func, PkgName, TypeName, Var

_ASSIGN_OPS = {"+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%", "&=": "&", "|=": "|",
               "^=": "^", "<<=": "<<", ">>=": ">>", "&^=": "&^"}
#: builtins whose call is a value: ``defer len(s)`` "discards result of" it
_VALUE_BUILTINS = ("len", "cap", "append", "make", "new", "min", "max", "complex", "real", "imag")



def _in_place(t) -> str | None:
    """"struct" or "array" when a value of type t lives in a Python object that pointers to it
    share (a struct of the program, an array), so storing one copies into that object."""
    u = t.underlying() if t is not None else None
    if isinstance(u, T.Array):
        return "array"
    if isinstance(u, T.Struct) and not (isinstance(t, T.Named) and t.pkg != "main"):
        return "struct"
    return None

class StmtMixin:
    # -- blocks ----------------------------------------------------------------------------------
    def compile_block_stmts(self, block) -> None:
        with self.block():
            for st in self.statements_of(block):
                self.stmt(st)

    def statements_of(self, block):
        for c in block.named_children:
            if c.type == "statement_list":
                yield from (s for s in c.named_children if s.type != "comment")
            elif c.type != "comment":
                yield c

    def stmt(self, n) -> None:
        method = getattr(self, "s_" + n.type, None)
        if method is None:
            raise self.err(n, f"unsupported: statement {n.type.replace('_', ' ')}")
        try:
            method(n)
        except GoCompileError:
            raise
        except Exception as e:     # never a traceback: name the statement we could not compile
            raise self.err(n, f"cannot compile this statement ({type(e).__name__}: {e})") from e

    def s_defer_statement_check(self, n, word):
        """The call of ``go``/``defer``: Go's parser refuses parentheses around it, its type
        checker anything but a call (both at the expression, not at the keyword)."""
        call = n.named_children[0] if n.named_children else None
        if call is not None and call.type == "parenthesized_expression":
            raise self.err(call, f"expression in {word} must not be parenthesized")
        if call is None or call.type != "call_expression":
            raise self.err(call or n, f"expression in {word} must be function call")
        fn = call.child_by_field_name("function")
        if self.conversion_target(fn) is not None:
            _, t = self.expr(call)
            raise self.err(call, f"{word} requires function call, not conversion "
                                 f"{self.describe(call, t)}")
        if fn.type == "identifier" and self.text(fn) in _VALUE_BUILTINS and \
                isinstance(self.lookup(self.text(fn)), Builtin):
            _, t = self.expr(call)
            raise self.err(call, f"{word} discards result of {self.describe(call, t)}")
        return call

    # -- simple statements -----------------------------------------------------------------------
    def s_empty_statement(self, n):
        pass

    def s_block(self, n):
        self.stmt_mark(n)
        self.compile_block_stmts(n)

    def s_expression_statement(self, n):
        self.stmt_mark(n)
        x = n.named_children[0]
        once = self.parks_once_call(x)
        if once is not None:            # e.g. time.Sleep(d): no generator per call
            self.emit(f"_p = {once}")
            self.emit("if _p is not None: yield _p")
            return
        self.check_expression_statement(x)
        code, _ = self.expr(x, multi=True)
        self.emit(code)

    def parks_once_call(self, x) -> str | None:
        """``pkg.F(args)`` where F has a ``parks_once`` variant (registry.FuncDecl): the plain
        call returning the scheduler request; None for any other expression."""
        if x.type != "call_expression":
            return None
        fn = x.child_by_field_name("function")
        if fn.type != "selector_expression":
            return None
        op = fn.child_by_field_name("operand")
        if op.type != "identifier" or not isinstance(self.lookup(self.text(op)), PkgName):
            return None
        m = self.lookup((self.text(op), self.text(fn.child_by_field_name("field"))))
        if not isinstance(m, Func) or m.lib is None or m.lib.parks_once is None:
            return None
        args = self.arguments(x.child_by_field_name("arguments"), m.sig)
        return f"{self.k(m.lib.parks_once)}({args})"

    def s_send_statement(self, n):
        self.stmt_mark(n)
        tok = self.list_root([n.child_by_field_name("channel"), n.child_by_field_name("value")])
        ch, ct = self.expr(n.child_by_field_name("channel"))
        self.check_chan_op("send", n.child_by_field_name("channel"), ct, at=n)
        elem = ct.underlying().elem
        v = self.value_to(n.child_by_field_name("value"), elem, "send")
        self.end_list_root(tok)
        self.emit(f"yield from _send({ch}, {v})")

    def s_inc_statement(self, n, delta="+"):
        self.stmt_mark(n)
        read, store, t = self.lvalue(n.named_children[0], read=True)
        store(self.wrap(f"({read} {delta} 1)", t))

    def s_dec_statement(self, n):
        self.s_inc_statement(n, "-")

    def s_go_statement(self, n):
        self.stmt_mark(n)
        call = self.s_defer_statement_check(n, "go")
        tok = self.list_root([call])
        callee, args, name, _, _ = self.call_parts(call)
        self.end_list_root(tok)
        fname = self.func_names.get(callee)
        if fname is not None:                 # a compiled Go function: its generator directly,
            code = self.pos_id(n) << KIND_BITS | int(K.GO_CREATE)     # and its GO_CREATE code
            self.code_names[code] = fname
            self.emit(f"_gogen({callee}({', '.join(args)}), {fname!r}, {code})")
            return
        fname = "main." + name.replace("(", "").replace(")", "")
        self.emit(f"_go({callee}, ({', '.join(args)}{',' if args else ''}), {fname!r})")

    def s_defer_statement(self, n):
        self.stmt_mark(n)
        call = self.s_defer_statement_check(n, "defer")
        tok = self.list_root([call])
        callee, args, _, packed, stable = self.call_parts(call, deferred=True)
        self.end_list_root(tok)
        text = self.text(call)
        memo = f", {self.k([None, ''])}" if stable else ""     # this statement's last args, text
        self.emit(f"_fr.defer({callee}, ({', '.join(args)}{',' if args else ''}), {text!r}, {packed}{memo})")

    def s_return_statement(self, n):
        self.stmt_mark(n)
        fn = self.fn
        exprs = n.named_children[0].named_children if n.named_children else []
        results = list(fn.sig.results)
        if not exprs:
            if results and not fn.named_results:
                raise self.err(n, "not enough return values")
            value = None
        elif len(exprs) == 1 and len(results) > 1 and exprs[0].type == "call_expression":
            value, vt = self.expr(exprs[0], multi=True)
            if not isinstance(vt, T.Tuple) or len(vt.types) != len(results):
                few = not isinstance(vt, T.Tuple) or len(vt.types) < len(results)
                raise self.err(exprs[0], f"{'not enough' if few else 'too many'} return values")
        else:
            if len(exprs) != len(results):
                few = len(exprs) < len(results)
                raise self.err(exprs[-1] if few else exprs[len(results)],
                               f"{'not enough' if few else 'too many'} return values")
            tok = self.list_root(exprs)
            vals = [self.value_to(e, t, "return statement") for e, t in zip(exprs, results)]
            self.end_list_root(tok)
            value = vals[0] if len(vals) == 1 else "(" + ", ".join(vals) + ",)"
        rf = next((lp for lp in reversed(self.loops()) if lp.kind == "rangefunc"), None)
        if rf is not None:
            # inside a range-over-func body (its own Python function): stop the iterator and
            # let the code after the call return from the real function
            self.emit(f"{rf.ret} = ({value if value is not None else '_BARE'},)")
            self.emit_body_exit(rf, False)
            return
        self.emit_return(value)

    def emit_return(self, value: str | None) -> None:
        """Return ``value`` (Python code; None: a bare return) from the function being compiled."""
        fn = self.fn
        if fn.has_defer:
            if fn.named_results:
                if value is not None:
                    tmp = self.fresh("ret")
                    self.emit(f"{tmp} = {value}")
                    if len(fn.named_results) == 1:
                        self.emit(f"{fn.named_results[0].ref} = {tmp}")
                    else:
                        for i, v in enumerate(fn.named_results):
                            self.emit(f"{v.ref} = {tmp}[{i}]")
                self.emit("return None")
            else:
                self.emit(f"return {value if value is not None else 'None'}")
            return
        if value is None:
            value = self.results_expr(recovered=False) if fn.named_results else "None"
        self.emit(f"_r = {value}")
        self.emit("_leave(_fr)")
        self.emit("return _r")

    @staticmethod
    def var_specs(n):
        """The var_spec nodes of a var_declaration; tree-sitter-go >= 0.25 puts those of a
        parenthesized group (``var ( a int; b string )``) in a var_spec_list."""
        for c in n.named_children:
            if c.type == "var_spec":
                yield c
            elif c.type == "var_spec_list":
                yield from (x for x in c.named_children if x.type == "var_spec")

    # -- declarations ----------------------------------------------------------------------------
    def s_var_declaration(self, n):
        for spec in self.var_specs(n):
            self.stmt_mark(spec)
            self.compile_var_spec(spec, is_global=False)

    def compile_var_spec(self, spec, is_global: bool) -> None:
        names = [c for c in spec.children_by_field_name("name")]
        tnode = spec.child_by_field_name("type")
        t = self.resolve_type(tnode) if tnode is not None else None
        vals = spec.child_by_field_name("value")
        exprs = vals.named_children if vals is not None else []
        codes, types = [], []
        if len(exprs) == 1 and len(names) > 1:
            code, tt = self.multi_value(exprs[0], len(names))
            tmp = self.fresh()
            self.emit(f"{tmp} = {code}")
            codes = [f"{tmp}[{i}]" for i in range(len(names))]
            types = list(tt)
        elif exprs:
            if len(exprs) != len(names) or self.returns_many(exprs[0]):
                raise self.assign_mismatch(len(names), exprs)
            tok = self.list_root(exprs)
            for e in exprs:      # (a declared byte/rune keeps its spelling: Basic.spelled)
                code, et = self.expr(e, t)
                self.check_assign(e, et, t, "variable declaration")
                codes.append(self.convert_value(code, et, t, e) if t is not None else
                             self.convert_value(code, et, self.default_type(et), e))
                types.append(et)
            self.end_list_root(tok)
        for i, nm in enumerate(names):
            name = self.text(nm)
            vt = t if t is not None else self.default_type(types[i])
            init = codes[i] if codes else self.zero_expr(vt)
            self.define(name, vt, init, is_global, nm)

    def define(self, name, t, init, is_global, node) -> Var:
        if is_global and name == "_":      # `var _ = f()`: evaluated for its effect only
            self.emit(init)
            return Var(name, t, "None")
        if is_global:
            v = Var(name, t, f"G_{name}", cell=True, is_global=True)
            self.pkg.declare(name, v)
            self.emit(f"global G_{name}")
            self.emit(f"G_{name} = _Cell({init})")
            return v
        v = self.declare_local(name, t, node)
        self.emit(f"{v.py} = _Cell({init})" if v.cell else f"{v.py} = {init}")
        return v

    def default_type(self, t):
        if isinstance(t, T.Untyped):
            if t == T.UNTYPED_NIL:
                raise ValueError("use of untyped nil")
            return t.default()
        return t

    def s_const_declaration(self, n):
        self.compile_const_decl(n)

    def s_type_declaration(self, n):
        specs = list(n.named_children)
        for s in specs:
            name = self.text(s.child_by_field_name("name"))
            nt = T.Named("main", name)
            self.scope.declare(name, TypeName(nt))
            nt.under = self.resolve_type(s.child_by_field_name("type"))
            if isinstance(nt.underlying(), T.Struct):
                self.make_struct_class(nt)

    def s_short_var_declaration(self, n):
        self.stmt_mark(n)
        left = n.child_by_field_name("left").named_children
        right = n.child_by_field_name("right").named_children
        if len(right) == 1 and len(left) == 2 and self.comma_ok_kind(right[0]):
            code, types = self.comma_ok(right[0])
            tmp = self.fresh()
            self.emit(f"{tmp} = {code}")
            codes = [f"{tmp}[0]", f"{tmp}[1]"]
        elif len(right) == 1 and len(left) > 1:
            code, types = self.multi_value(right[0], len(left))
            tmp = self.fresh()
            self.emit(f"{tmp} = {code}")
            codes = [f"{tmp}[{i}]" for i in range(len(left))]
        else:
            if len(left) != len(right) or self.returns_many(right[0]):
                raise self.assign_mismatch(len(left), right)
            codes, types = [], []
            tok = self.list_root(right)
            for e in right:
                code, t = self.expr(e)
                dt = self.default_type(t) if t != T.UNTYPED_NIL else None
                if dt is None:
                    raise self.err(e, "use of untyped nil in assignment")
                codes.append(self.convert_value(code, t, dt, e))
                types.append(dt)
            self.end_list_root(tok)
            if len(codes) > 1:
                tmp = self.fresh()
                self.emit(f"{tmp} = ({', '.join(codes)},)")
                codes = [f"{tmp}[{i}]" for i in range(len(codes))]
        fresh_any = False
        for i, nm in enumerate(left):
            name = self.text(nm)
            existing = self.scope.names.get(name)
            if isinstance(existing, Var) and name != "_":
                self.emit(f"{existing.ref} = {self.convert_value(codes[i], types[i], existing.type)}")
                continue
            fresh_any = True
            self.define(name, self.default_type(types[i]), codes[i], False, nm)
        if not fresh_any and all(self.text(x) != "_" for x in left):
            at = next((c for c in n.children if c.type == ":="), n)
            raise self.err(at, "no new variables on left side of :=")

    def multi_value(self, e, count):
        code, t = self.expr(e, multi=True)
        if not isinstance(t, T.Tuple) or len(t.types) != count:
            raise self.assign_mismatch(count, [e])
        return code, list(t.types)

    def comma_ok_kind(self, e):
        if e.type == "index_expression":
            _, bt = self.expr(e.child_by_field_name("operand"))
            return isinstance(bt.underlying() if bt else None, T.Map)
        if e.type == "type_assertion_expression":
            return True
        if e.type == "unary_expression" and operator(e) == "<-":
            return True
        if e.type == "parenthesized_expression":
            return self.comma_ok_kind(e.named_children[0])
        return False

    def comma_ok(self, e):
        if e.type == "parenthesized_expression":
            return self.comma_ok(e.named_children[0])
        if e.type == "index_expression":
            base, bt = self.expr(e.child_by_field_name("operand"))
            mt = bt.underlying()
            k = self.value_to(e.child_by_field_name("index"), mt.key, "map index")
            return f"_mget2({base}, {k}, {self.zero_thunk(mt.elem)})", [mt.elem, T.BOOL]
        if e.type == "type_assertion_expression":
            code, t = self.expr(e.child_by_field_name("operand"))
            target = self.resolve_type(e.child_by_field_name("type"))
            self.check_assertion(e, t, target)
            return (f"_assert2({code}, {self.k(target)}, {self.zero_thunk(target)})", [target, T.BOOL])
        ch, ct = self.expr(e.child_by_field_name("operand"))
        self.check_chan_op("receive", e.child_by_field_name("operand"), ct)
        elem = ct.underlying().elem
        return f"(yield from _recv2({ch}))", [elem, T.BOOL]

    # -- assignment ------------------------------------------------------------------------------
    def s_assignment_statement(self, n):
        self.stmt_mark(n)
        op = operator(n)
        left = n.child_by_field_name("left").named_children
        right = n.child_by_field_name("right").named_children
        if op in _ASSIGN_OPS:
            # gc: ``x op= y`` reads x after y's calls (a target with operands: only y is a root)
            tok = self.list_root([left[0], right[0]] if left[0].type == "identifier" else [])
            code, store, t = self.lvalue(left[0], read=True)    # x's operands once, before y
            r, rt = self.expr(right[0], t)
            self.end_list_root(tok)
            bop = _ASSIGN_OPS[op]
            if bop == "/":
                val = f"_idiv({code}, {r})" if T.is_integer(t) else f"_fdiv({code}, {r})"
            elif bop == "%":
                val = f"_imod({code}, {r})"
            elif bop == "&^":
                val = self.wrap(f"({code} & ~{r})", t)
            else:
                val = self.wrap(f"({code} {bop} {r})", t)
            store(val)
            return
        # Several targets: Go's two phases.  First the targets' operands (index, base, pointer)
        # left to right, then the right-hand side; then the stores, left to right.
        if len(right) == 1 and len(left) == 2 and self.comma_ok_kind(right[0]):
            targets = [self.lvalue(l) for l in left]
            code, types = self.comma_ok(right[0])
            tmp = self.fresh()
            self.emit(f"{tmp} = {code}")
            for i, (_, store, t) in enumerate(targets):
                store(self.convert_value(f"{tmp}[{i}]", types[i], t))
            return
        if len(right) == 1 and len(left) > 1:
            targets = [self.lvalue(l) for l in left]
            code, types = self.multi_value(right[0], len(left))
            tmp = self.fresh()
            self.emit(f"{tmp} = {code}")
            for i, (_, store, t) in enumerate(targets):
                store(self.convert_value(f"{tmp}[{i}]", types[i], t))
            return
        if len(left) != len(right) or self.returns_many(right[0]):
            raise self.assign_mismatch(len(left), right)
        where = "assignment" if len(left) == 1 else "multiple assignment"
        for l in left:
            self.check_assignable_target(l)
        if len(left) == 1:                   # Python too evaluates a store's target first
            self.assign_to(left[0], self.value_to(right[0], self.target_type(left[0]), where))
            return
        targets = [self.lvalue(l) for l in left]
        tok = self.list_root(right)
        vals = [self.value_to(r, t, where) for (_, _, t), r in zip(targets, right)]
        self.end_list_root(tok)
        tmp = self.fresh()
        self.emit(f"{tmp} = ({', '.join(vals)},)")
        for i, (_, store, _) in enumerate(targets):
            store(f"{tmp}[{i}]")

    def target_type(self, l):
        if l.type == "identifier":
            if self.text(l) == "_":
                return None
            e = self.lookup(self.text(l))
            if isinstance(e, Var) and e.py:      # assigning is not reading: not a "use" in Go
                return e.type
        return self.expr(l)[1]

    def lvalue(self, l, read: bool = False):
        """An assignment target with its operands (the indexed value and the index, the pointer,
        the struct a field belongs to) evaluated now, once, into temporaries: returns (code
        reading the target, ``store(value)`` emitting the assignment, the target's type).
        ``read``: the target is read too (``x op= y``, ``x++``), which counts as using x."""
        k = l.type
        if k == "parenthesized_expression":
            return self.lvalue(l.named_children[0], read)
        if k == "identifier":
            code, t = self.expr(l) if read else (None, self.target_type(l))
            return code, (lambda v: self.assign_to(l, v)), t
        if k == "selector_expression":
            op = l.child_by_field_name("operand")
            e = self.lookup(self.text(op)) if op.type == "identifier" else None
            if isinstance(e, PkgName) or (isinstance(e, Var) and not isinstance(
                    e.type.underlying() if e.type is not None else None, T.Pointer)):
                code, t = self.expr(l)           # a struct variable's field: nothing to evaluate
                return code, (lambda v: self.store(code, v, t)), t
            base, bt = self.expr(op)
            tb = self.fresh()
            self.emit(f"{tb} = {base}")
            code, t = self.select(tb, bt, self.text(l.child_by_field_name("field")), l)
            return code, (lambda v: self.store(code, v, t)), t
        if k == "index_expression":
            base, bt = self.expr(l.child_by_field_name("operand"))
            u = bt.underlying() if bt is not None else None
            if isinstance(u, T.Pointer):
                u = u.elem.underlying()
            idx_node = l.child_by_field_name("index")
            if not isinstance(u, (T.Map, T.Slice, T.Array)):
                raise self.err(l, f"cannot assign to {self.text(l)}")
            tb, ti = self.fresh(), self.fresh()
            self.emit(f"{tb} = {base}")
            if isinstance(u, T.Map):
                self.emit(f"{ti} = {self.value_to(idx_node, u.key, 'map index')}")
                read_code = f"_mget({tb}, {ti}, {self.zero_thunk(u.elem)})"
                return read_code, (lambda v: self.emit(f"_mset({tb}, {ti}, {v})")), u.elem
            self.emit(f"{ti} = {self.expr(idx_node, T.INT)[0]}")
            f = "s" if isinstance(u, T.Slice) else "a"
            read = f"_{f}get({tb}, {ti})"
            if _in_place(u.elem):
                return read, (lambda v: self.store(read, v, u.elem)), u.elem
            return read, (lambda v: self.emit(f"_{f}set({tb}, {ti}, {v})")), u.elem
        if k == "unary_expression" and operator(l) == "*":
            p, pt = self.expr(l.child_by_field_name("operand"))
            u = pt.underlying() if pt is not None else None
            if not isinstance(u, T.Pointer):
                raise self.err(l, f"invalid operation: cannot indirect {self.text(l.child_by_field_name('operand'))}")
            tp = self.fresh()
            self.emit(f"{tp} = {p}")
            elem = u.elem
            if T.is_struct(elem):
                return f"_nn({tp})", (lambda v: self.emit(f"_nn({tp})._assign({v})")), elem
            if isinstance(elem.underlying(), T.Array):
                return f"_nn({tp})", (lambda v: self.emit(f"_nn({tp})[:] = {v}")), elem
            return f"{tp}.get()", (lambda v: self.emit(f"{tp}.set({v})")), elem
        raise self.err(l, f"cannot assign to {self.text(l)}")

    def store(self, location: str, value: str, t) -> None:
        """``location = value`` for an addressable location of static type t.  A struct or
        array value is copied *into* the location's object, never rebinds it: ``&v`` is that
        object, so a pointer taken before ``v = V{3}`` must see the new value."""
        how = _in_place(t)
        if how == "struct":
            self.emit(f"{location}._assign({value})")
        elif how == "array":
            self.emit(f"{location}[:] = {value}")
        else:
            self.emit(f"{location} = {value}")

    def assign_to(self, l, value: str) -> None:
        k = l.type
        if k == "parenthesized_expression":
            return self.assign_to(l.named_children[0], value)
        if k == "identifier":
            name = self.text(l)
            if name == "_":
                self.emit(value)
                return
            e = self.lookup(name)
            if not isinstance(e, Var):
                raise self.err(l, f"cannot assign to {name}")
            self.store(e.ref, value, e.type)
            return
        if k == "selector_expression":
            obj, t = self.expr(l)
            self.store(obj, value, t)
            return
        if k == "index_expression":
            base, bt = self.expr(l.child_by_field_name("operand"))
            u = bt.underlying()
            if isinstance(u, T.Pointer):
                u = u.elem.underlying()
            idx_node = l.child_by_field_name("index")
            if isinstance(u, T.Map):
                self.emit(f"_mset({base}, {self.value_to(idx_node, u.key, 'map index')}, {value})")
                return
            f = "s" if isinstance(u, T.Slice) else "a"
            idx = self.expr(idx_node, T.INT)[0]
            if _in_place(u.elem):
                self.store(f"_{f}get({base}, {idx})", value, u.elem)
            else:
                self.emit(f"_{f}set({base}, {idx}, {value})")
            return
        if k == "unary_expression" and operator(l) == "*":
            p, pt = self.expr(l.child_by_field_name("operand"))
            if T.is_struct(pt.underlying().elem):
                self.emit(f"_nn({p})._assign({value})")
            elif isinstance(pt.underlying().elem.underlying(), T.Array):
                self.emit(f"_nn({p})[:] = {value}")
            else:
                self.emit(f"{p}.set({value})")
            return
        raise self.err(l, f"cannot assign to {self.text(l)}")

    # -- if --------------------------------------------------------------------------------------
    def s_if_statement(self, n):
        with self.block():
            init = n.child_by_field_name("initializer")
            if init is not None:
                self.stmt(init)
            self.stmt_mark(n.child_by_field_name("condition"))
            cond, ct = self.expr(n.child_by_field_name("condition"))
            self.check_condition(n.child_by_field_name("condition"), ct, "if")
            self.emit(f"if {cond}:")
            with self.indent():
                self.emit("pass")
                self.compile_block_stmts(n.child_by_field_name("consequence"))
            alt = n.child_by_field_name("alternative")
            if alt is not None:
                self.emit("else:")
                with self.indent():
                    self.emit("pass")
                    if alt.type == "if_statement":
                        self.s_if_statement(alt)
                    else:
                        self.compile_block_stmts(alt)

