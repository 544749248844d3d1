"""Statements.  Every statement is preceded by ``_S(code)`` (its trace event).

Go's break/continue become Python's where the target is the innermost Python loop.  A Go
``switch``/``select`` becomes a one-shot ``while True: ... break`` only when a ``break`` targets
it.  A jump across several Python loops (labels, or ``continue`` from a wrapped switch) sets
``_jmp = (target id, "break"|"continue")``, breaks, and every loop on the way checks ``_jmp``.
"""
from __future__ import annotations

from ..golang import types as T
from ..golang.errors import GoCompileError
from ..golang.parse import operator
from .scope import TypeName, Var

_ASSIGN_OPS = {"+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%", "&=": "&", "|=": "|",
               "^=": "^", "<<=": "<<", ">>=": ">>", "&^=": "&^"}


class Loop:
    def __init__(self, label, kind, uid):
        self.label, self.kind, self.uid = label, kind, uid
        self.crossed = False      # a jump to an outer target passed through this loop


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
        call = n.named_children[0] if n.named_children else None
        while call is not None and call.type == "parenthesized_expression":
            call = call.named_children[0] if call.named_children else None
        if call is None or call.type != "call_expression":
            raise self.err(n, f"expression in {word} must be function call")
        return call

    def loops(self) -> list:
        if not hasattr(self.fn, "loops"):
            self.fn.loops = []
        return self.fn.loops

    # -- simple statements -----------------------------------------------------------------------
    def s_empty_statement(self, n):
        pass

    def s_block(self, n):
        self.stmt_mark(n)
        self.compile_block_stmts(n)

    def s_expression_statement(self, n):
        self.stmt_mark(n)
        code, _ = self.expr(n.named_children[0])
        self.emit(code)

    def s_send_statement(self, n):
        self.stmt_mark(n)
        ch, ct = self.expr(n.child_by_field_name("channel"))
        if not isinstance(ct.underlying() if ct is not None else None, T.Chan):
            raise self.err(n, f"invalid operation: cannot send to non-channel {self.text(n.child_by_field_name('channel'))}")
        elem = ct.underlying().elem
        v = self.value_to(n.child_by_field_name("value"), elem)
        self.emit(f"yield from _send({ch}, {v})")

    def s_inc_statement(self, n, delta="+"):
        self.stmt_mark(n)
        target = n.named_children[0]
        code, t = self.expr(target)
        self.assign_to(target, self.wrap(f"({code} {delta} 1)", t))

    def s_dec_statement(self, n):
        self.s_inc_statement(n, "-")

    def s_go_statement(self, n):
        self.stmt_mark(n)
        call = self.s_defer_statement_check(n, "go")
        callee, args, name, _ = self.call_parts(call)
        fname = self.func_names.get(callee, "main." + name.replace("(", "").replace(")", ""))
        self.emit(f"_go({callee}, ({', '.join(args)}{',' if args else ''}), {fname!r})")

    def s_defer_statement(self, n):
        self.stmt_mark(n)
        call = self.s_defer_statement_check(n, "defer")
        callee, args, _, packed = self.call_parts(call)
        text = self.text(call)
        self.emit(f"_fr.defer({callee}, ({', '.join(args)}{',' if args else ''}), {text!r}, {packed})")

    def s_return_statement(self, n):
        self.stmt_mark(n)
        fn = self.fn
        exprs = n.named_children[0].named_children if n.named_children else []
        results = list(fn.sig.results)
        if not exprs:
            value = None
        elif len(exprs) == 1 and len(results) > 1:
            value, _ = self.expr(exprs[0])
        else:
            if len(exprs) != len(results):
                raise self.err(n, "wrong number of return values")
            vals = [self.value_to(e, t) for e, t in zip(exprs, results)]
            value = vals[0] if len(vals) == 1 else "(" + ", ".join(vals) + ",)"
        rf = next((lp for lp in reversed(self.loops()) if lp.kind == "rangefunc"), None)
        if rf is not None:
            # inside a range-over-func body (its own Python function): stop the iterator and
            # let the code after the call return from the real function
            self.emit(f"{rf.ret} = ({value if value is not None else '_BARE'},)")
            self.emit("return False")
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

    def s_labeled_statement(self, n):
        label = self.text(n.child_by_field_name("label"))
        inner = n.named_children[-1]
        self.pending_label = label
        self.stmt(inner)
        self.pending_label = None

    def take_label(self):
        label = getattr(self, "pending_label", None)
        self.pending_label = None
        return label

    # -- declarations ----------------------------------------------------------------------------
    @staticmethod
    def var_specs(n):
        """The var_spec nodes of a var_declaration; tree-sitter-go >= 0.25 puts those of a
        parenthesized group (``var ( a int; b string )``) in a var_spec_list."""
        for c in n.named_children:
            if c.type == "var_spec":
                yield c
            elif c.type == "var_spec_list":
                yield from (x for x in c.named_children if x.type == "var_spec")

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
            for e in exprs:
                code, et = self.expr(e, t)
                codes.append(self.convert_value(code, et, t, e) if t is not None else
                             self.convert_value(code, et, self.default_type(et), e))
                types.append(et)
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
            if len(left) != len(right):
                raise self.err(n, f"assignment mismatch: {len(left)} variables but {len(right)} values")
            codes, types = [], []
            for e in right:
                code, t = self.expr(e)
                dt = self.default_type(t) if t != T.UNTYPED_NIL else None
                if dt is None:
                    raise self.err(e, "use of untyped nil in assignment")
                codes.append(self.convert_value(code, t, dt, e))
                types.append(dt)
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
            raise self.err(n, "no new variables on left side of :=")

    def multi_value(self, e, count):
        code, t = self.expr(e)
        if not isinstance(t, T.Tuple) or len(t.types) != count:
            raise self.err(e, f"assignment mismatch: {count} variables but {self.text(e)} returns "
                              f"{len(t.types) if isinstance(t, T.Tuple) else 1} value(s)")
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
            k = self.value_to(e.child_by_field_name("index"), mt.key)
            return f"_mget2({base}, {k}, {self.zero_thunk(mt.elem)})", [mt.elem, T.BOOL]
        if e.type == "type_assertion_expression":
            code, t = self.expr(e.child_by_field_name("operand"))
            target = self.resolve_type(e.child_by_field_name("type"))
            return (f"_assert2({code}, {self.k(target)}, {self.zero_thunk(target)})", [target, T.BOOL])
        ch, ct = self.expr(e.child_by_field_name("operand"))
        elem = ct.underlying().elem
        return f"(yield from _recv2({ch}))", [elem, T.BOOL]

    # -- assignment ------------------------------------------------------------------------------
    def s_assignment_statement(self, n):
        self.stmt_mark(n)
        op = operator(n)
        left = n.child_by_field_name("left").named_children
        right = n.child_by_field_name("right").named_children
        if op in _ASSIGN_OPS:
            target = left[0]
            code, t = self.expr(target)
            r, rt = self.expr(right[0], t)
            bop = _ASSIGN_OPS[op]
            if bop == "/":
                val = f"_idiv({code}, {r})" if T.is_integer(t) else f"_fdiv({code}, {r})"
            elif bop == "%":
                val = f"_imod({code}, {r})"
            elif bop == "&^":
                val = self.wrap(f"({code} & ~{r})", t)
            else:
                val = self.wrap(f"({code} {bop} {r})", t)
            self.assign_to(target, val)
            return
        if len(right) == 1 and len(left) == 2 and self.comma_ok_kind(right[0]):
            code, types = self.comma_ok(right[0])
            tmp = self.fresh()
            self.emit(f"{tmp} = {code}")
            for i, l in enumerate(left):
                self.assign_to(l, self.convert_value(f"{tmp}[{i}]", types[i], self.target_type(l)))
            return
        if len(right) == 1 and len(left) > 1:
            code, types = self.multi_value(right[0], len(left))
            tmp = self.fresh()
            self.emit(f"{tmp} = {code}")
            for i, l in enumerate(left):
                self.assign_to(l, self.convert_value(f"{tmp}[{i}]", types[i], self.target_type(l)))
            return
        if len(left) != len(right):
            raise self.err(n, f"assignment mismatch: {len(left)} variables but {len(right)} values")
        vals = [self.value_to(r, self.target_type(l)) for l, r in zip(left, right)]
        if len(vals) == 1:
            self.assign_to(left[0], vals[0])
            return
        tmp = self.fresh()
        self.emit(f"{tmp} = ({', '.join(vals)},)")
        for i, l in enumerate(left):
            self.assign_to(l, f"{tmp}[{i}]")

    def target_type(self, l):
        if l.type == "identifier" and self.text(l) == "_":
            return None
        return self.expr(l)[1]

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
            self.emit(f"{e.ref} = {value}")
            return
        if k == "selector_expression":
            obj, _ = self.expr(l)
            self.emit(f"{obj} = {value}")
            return
        if k == "index_expression":
            base, bt = self.expr(l.child_by_field_name("operand"))
            u = bt.underlying()
            if isinstance(u, T.Pointer):
                u = u.elem.underlying()
            idx_node = l.child_by_field_name("index")
            if isinstance(u, T.Map):
                self.emit(f"_mset({base}, {self.value_to(idx_node, u.key)}, {value})")
            elif isinstance(u, T.Slice):
                self.emit(f"_sset({base}, {self.expr(idx_node, T.INT)[0]}, {value})")
            else:
                self.emit(f"_aset({base}, {self.expr(idx_node, T.INT)[0]}, {value})")
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
            cond, _ = self.expr(n.child_by_field_name("condition"))
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

    # -- loops -----------------------------------------------------------------------------------
    def open_loop(self, kind):
        self.uid += 1
        lp = Loop(self.take_label(), kind, self.uid)
        self.loops().append(lp)
        return lp

    def close_loop(self, lp) -> None:
        """After the Python loop: finish or propagate a jump aimed at an outer target."""
        self.loops().pop()
        if not lp.crossed:
            return
        parent = self.loops()[-1]
        self.emit("if _jmp is not None:")
        with self.indent():
            self.emit(f"if _jmp[0] == {parent.uid}:")
            with self.indent():
                self.emit("_k = _jmp[1]; _jmp = None")
                self.emit("if _k == 'break': break")
                self.emit("continue")
            self.emit("break")

    def back_edge(self, spin: bool = False) -> None:
        """The loop's safe point.  ``spin``: the loop provably never ends by itself (see
        ``endless``), which lets the scheduler fast-forward a goroutine nobody can preempt."""
        self.emit(f"if _L() >= _rt.budget: yield {'_PRE_SPIN' if spin else '_PRE_ASYNC'}")

    def endless(self, body) -> bool:
        """``for { ... }`` whose body cannot leave the loop: no break/return/goto/labelled
        continue, no channel or select operation, no go/defer/panic, and no calls except to
        this file's own leaf functions without loops (they can only return)."""
        stack = [body]
        while stack:
            x = stack.pop()
            t = x.type
            if t in ("break_statement", "return_statement", "goto_statement", "select_statement",
                     "send_statement", "go_statement", "defer_statement", "func_literal",
                     "receive_statement", "labeled_statement"):
                return False
            if t == "continue_statement" and x.named_children:
                return False
            if t == "unary_expression" and self.text(x).startswith("<-"):
                return False
            if t == "call_expression":
                fn = x.child_by_field_name("function")
                decl = self.leaf_funcs().get(self.text(fn)) if fn.type == "identifier" else None
                if decl is None:
                    return False
            stack.extend(x.named_children)
        return True

    def leaf_funcs(self) -> dict:
        cache = getattr(self, "_leaf_funcs", None)
        if cache is None:
            cache = self._leaf_funcs = {}
            for d in self.src.root.named_children:
                if d.type != "function_declaration":
                    continue
                body = d.child_by_field_name("body")
                if body is None:
                    continue
                kinds = set()
                stack = [body]
                while stack:
                    x = stack.pop()
                    kinds.add(x.type)
                    stack.extend(x.named_children)
                if not kinds & {"call_expression", "for_statement", "go_statement",
                                "defer_statement", "select_statement", "send_statement"}:
                    cache[self.text(d.child_by_field_name("name"))] = d
        return cache

    def s_for_statement(self, n):
        body = n.child_by_field_name("body")
        clause = next((c for c in n.named_children if c.type in ("for_clause", "range_clause")), None)
        with self.block():
            if clause is not None and clause.type == "range_clause":
                return self.range_loop(n, clause, body)
            cond_node = None
            post = None
            escaping_loop_vars = []
            if clause is not None:
                init = clause.child_by_field_name("initializer")
                if init is not None:
                    self.stmt(init)
                    if init.type == "short_var_declaration":
                        for nm in init.child_by_field_name("left").named_children:
                            v = self.scope.names.get(self.text(nm))
                            if isinstance(v, Var) and v.cell:
                                escaping_loop_vars.append(v)
                cond_node = clause.child_by_field_name("condition")
                post = clause.child_by_field_name("update")
            else:
                cond_node = next((c for c in n.named_children
                                  if c.id != body.id and c.type != "comment"), None)
            self.emit("_jmp = None")
            first = None
            if post is not None:
                first = self.fresh("first")
                self.emit(f"{first} = True")
            lp = self.open_loop("for")
            spin = cond_node is None and post is None and self.endless(body)
            self.emit("while True:")
            with self.indent():
                self.back_edge(spin)
                if cond_node is None:
                    self.stmt_mark(n)       # an iteration costs time even with an empty body
                if post is not None:
                    self.emit(f"if not {first}:")
                    with self.indent():
                        for v in escaping_loop_vars:   # Go 1.22: each iteration its own variable
                            self.emit(f"{v.py} = _Cell({v.py}.v)")
                        self.stmt(post)
                    self.emit(f"{first} = False")
                if cond_node is not None:
                    self.stmt_mark(cond_node)
                    cond, _ = self.expr(cond_node)
                    self.emit(f"if not {cond}: break")
                self.compile_block_stmts(body)
            self.close_loop(lp)

    def range_loop(self, n, clause, body):
        left = clause.child_by_field_name("left")
        names = left.named_children if left is not None else []
        define = any(c.type == ":=" for c in clause.children)
        rnode = clause.child_by_field_name("right")
        self.stmt_mark(rnode)
        rcode, rt = self.expr(rnode)
        u = rt.underlying() if rt is not None else None
        if isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
            u = u.elem.underlying()
        if T.is_integer(rt):
            it, types = f"range({rcode})", [rt if not isinstance(rt, T.Untyped) else T.INT]
            kind = "int"
        elif isinstance(u, T.Slice):
            it, types, kind = f"_range_slice({rcode})", [T.INT, u.elem], "pairs"
        elif isinstance(u, T.Array):
            it, types, kind = f"enumerate(_copyv({rcode}))", [T.INT, u.elem], "pairs"
        elif T.is_string(rt):
            it, types, kind = f"_range_str({rcode})", [T.INT, T.INT32], "pairs"
        elif isinstance(u, T.Map):
            it, types, kind = f"_range_map({rcode})", [u.key, u.elem], "pairs"
        elif isinstance(u, T.Chan):
            it, types, kind = rcode, [u.elem], "chan"
        elif isinstance(u, T.Signature) and len(u.params) == 1 and \
                isinstance(u.params[0].underlying(), T.Signature):
            return self.range_func(rcode, u.params[0].underlying(), names, define, body, rnode)
        else:
            raise self.err(rnode, f"unsupported: range over {rt}")
        self.emit("_jmp = None")
        lp = self.open_loop("for")
        tmp = self.fresh("it")
        if kind == "chan":
            ch = self.fresh("ch")
            self.emit(f"{ch} = {it}")
            self.emit("while True:")
        else:
            self.emit(f"for {tmp} in {it}:")
        with self.indent():
            self.back_edge()
            self.stmt_mark(rnode)
            if kind == "chan":
                self.emit(f"{tmp}, _ok = yield from _recv2({ch})")
                self.emit("if not _ok: break")
            targets = []
            for i, nm in enumerate(names):
                if kind == "int":
                    val = tmp
                elif kind == "chan":
                    val = tmp
                else:
                    val = f"{tmp}[{i}]"
                if i == 1 and T.has_value_semantics(types[1]):
                    val = f"_copyv({val})"
                targets.append((nm, val, types[i] if i < len(types) else None))
            for nm, val, t in targets:
                if define:
                    self.define(self.text(nm), t, val, False, nm)
                else:
                    self.assign_to(nm, val)
            self.compile_block_stmts(body)
        self.close_loop(lp)

    def range_func(self, rcode, yield_sig, names, define, body, rnode):
        """Go 1.23 ``for x := range seq``: the body becomes the yield function (a generator,
        since it may block); break/continue/return inside it return False/True, a return is
        replayed by the caller after the iterator stops."""
        import re
        cb, ret = self.fresh("rangefunc"), self.fresh("rfret")
        outer_names = set(getattr(self.fn, "declared", ()))
        self.emit(f"{ret} = None")
        saved_lines, saved_ind = self.lines, self.ind
        self.lines, self.ind = [], saved_ind + 1
        lp = self.open_loop("rangefunc")
        lp.ret = ret
        try:
            with self.block():
                self.back_edge()
                self.stmt_mark(rnode)
                for i, nm in enumerate(names):
                    t = yield_sig.params[i] if i < len(yield_sig.params) else None
                    if define:
                        self.define(self.text(nm), t, f"_a{i}", False, nm)
                    else:
                        self.assign_to(nm, f"_a{i}")
                self.compile_block_stmts(body)
                self.emit("return True")
        finally:
            self.loops().pop()
            body_lines, self.lines, self.ind = self.lines, saved_lines, saved_ind
        used = set(re.findall(r"\bv_\w+", "\n".join(body_lines))) & outer_names
        args = ", ".join(f"_a{i}" for i in range(len(yield_sig.params)))
        self.emit(f"def {cb}({args}):")
        with self.indent():
            self.emit(f"nonlocal {', '.join(sorted(used | {ret}))}")
            self.emit("if False: yield")
        self.lines.extend(body_lines)
        self.emit(f"yield from _callv({rcode}, {cb})")
        self.emit(f"if {ret} is not None:")
        with self.indent():
            self.emit(f"if {ret}[0] is _BARE:")
            with self.indent():
                self.emit_return(None)
            self.emit("else:")
            with self.indent():
                self.emit_return(f"{ret}[0]")

    def s_break_statement(self, n, word="break"):
        self.stmt_mark(n)
        label_n = n.named_children[0] if n.named_children else None
        label = self.text(label_n) if label_n is not None else None
        loops = self.loops()
        if label is not None:
            target = next((lp for lp in reversed(loops) if lp.label == label), None)
        elif word == "continue":
            target = next((lp for lp in reversed(loops) if lp.kind in ("for", "rangefunc")), None)
        else:
            target = loops[-1] if loops else None
        if target is None:
            if word == "break" and label is None and getattr(self, "unwrapped_switch", 0):
                raise self.err(n, "internal: break in unwrapped switch")
            raise self.err(n, f"{word} is not in a loop, switch, or select")
        if target.kind == "rangefunc":
            if target is not loops[-1]:
                raise self.err(n, f"unsupported: {word} from a loop inside a range-over-func body")
            self.emit("return False" if word == "break" else "return True")
            return
        if any(lp.kind == "rangefunc" for lp in loops[loops.index(target) + 1:]):
            raise self.err(n, f"unsupported: labelled {word} out of a range-over-func body")
        if target is loops[-1]:
            self.emit(word)
            return
        for lp in loops[loops.index(target) + 1:]:
            lp.crossed = True
        self.emit(f"_jmp = ({target.uid}, {word!r})")
        self.emit("break")

    def s_continue_statement(self, n):
        self.s_break_statement(n, "continue")

    def s_fallthrough_statement(self, n):
        raise self.err(n, "fallthrough statement out of place")

    # -- switch ----------------------------------------------------------------------------------
    def needs_wrap(self, n) -> bool:
        """Does a break inside this switch/select target it?"""
        label = getattr(self, "pending_label", None)
        stack = [(c, 0) for c in n.named_children]
        while stack:
            x, depth = stack.pop()
            if x.type == "break_statement":
                lab = x.named_children[0] if x.named_children else None
                if (lab is None and depth == 0) or (lab is not None and self.text(lab) == label):
                    return True
            if x.type == "func_literal":
                continue
            inner = depth + (1 if x.type in ("for_statement", "expression_switch_statement",
                                             "type_switch_statement", "select_statement") else 0)
            stack.extend((c, inner) for c in x.named_children)
        return False

    def s_expression_switch_statement(self, n):
        wrap = self.needs_wrap(n)
        with self.block():
            init = n.child_by_field_name("initializer")
            if init is not None:
                self.stmt(init)
            value = n.child_by_field_name("value")
            self.stmt_mark(value if value is not None else n)
            tag, tt = (self.expr(value) if value is not None else ("True", T.BOOL))
            tagv = self.fresh("tag")
            self.emit(f"{tagv} = {tag}")
            cases = [c for c in n.named_children if c.type in ("expression_case", "default_case")]
            conds = []
            for c in cases:
                if c.type == "default_case":
                    conds.append(None)
                    continue
                parts = []
                for v in c.child_by_field_name("value").named_children:
                    code, vt = self.expr(v, tt if value is not None else None)
                    if value is None:
                        parts.append(f"({code})")
                    else:
                        parts.append(self.compare("==", tagv, tt, code, vt, v))
                conds.append(" or ".join(parts))
            self.switch_body(n, cases, conds, wrap)

    def switch_body(self, n, cases, conds, wrap, bind=None):
        lp = None
        if wrap:
            self.emit("_jmp = None")
            lp = self.open_loop("switch")
            self.emit("while True:")
            self.ind += 1
        else:
            self.take_label()
        has_fall = any(self.ends_with_fallthrough(c) for c in cases)
        chosen = self.fresh("case")
        default_idx = next((i for i, c in enumerate(conds) if c is None), -1)
        first = True
        for i, cond in enumerate(conds):
            if cond is None:
                continue
            self.emit(f"{'if' if first else 'elif'} {cond}: {chosen} = {i}")
            first = False
        if first:
            self.emit(f"{chosen} = {default_idx}")
        else:
            self.emit(f"else: {chosen} = {default_idx}")
        for i, c in enumerate(cases):
            guard = f"{chosen} == {i}"
            self.emit(f"{'if' if (i == 0 or has_fall) else 'elif'} {guard}:")
            with self.indent():
                self.emit("pass")
                with self.block():
                    if bind is not None:
                        bind(i, c)
                    for s in self.case_statements(c):
                        if s.type == "fallthrough_statement":
                            self.emit(f"{chosen} = {i + 1}")
                            continue
                        self.stmt(s)
        if wrap:
            self.emit("break")
            self.ind -= 1
            self.close_loop(lp)

    def case_statements(self, c):
        for ch in c.named_children:
            if ch.type == "statement_list":
                yield from (s for s in ch.named_children if s.type != "comment")

    def ends_with_fallthrough(self, c) -> bool:
        stmts = list(self.case_statements(c))
        return bool(stmts) and stmts[-1].type == "fallthrough_statement"

    def s_type_switch_statement(self, n):
        wrap = self.needs_wrap(n)
        with self.block():
            init = n.child_by_field_name("initializer")
            if init is not None:
                self.stmt(init)
            alias = n.child_by_field_name("alias")
            value = n.child_by_field_name("value")
            self.stmt_mark(value)
            code, vt = self.expr(value)
            subj = self.fresh("ts")
            self.emit(f"{subj} = {code}")
            cases = [c for c in n.named_children if c.type in ("type_case", "default_case")]
            conds, case_types = [], []
            for c in cases:
                if c.type == "default_case":
                    conds.append(None)
                    case_types.append(None)
                    continue
                tests, ts = [], []
                for tn in (x for x in c.children_by_field_name("type") if x.is_named):
                    if self.text(tn) == "nil":
                        tests.append(f"({subj} is None)")
                        ts.append(None)
                    else:
                        t = self.resolve_type(tn)
                        tests.append(f"_tmatch({subj}, {self.k(t)})")
                        ts.append(t)
                conds.append(" or ".join(tests))
                case_types.append(ts)

            def bind(i, c):
                if alias is None:
                    return
                name = self.text(alias.named_children[0])
                ts = case_types[i]
                if ts is not None and len(ts) == 1 and ts[0] is not None:
                    self.define(name, ts[0], f"_assert({subj}, {self.k(ts[0])}, None)", False, alias)
                else:
                    self.define(name, vt, subj, False, alias)
            self.switch_body(n, cases, conds, wrap, bind)

    # -- select ----------------------------------------------------------------------------------
    def s_select_statement(self, n):
        wrap = self.needs_wrap(n)
        self.stmt_mark(n)
        cases = [c for c in n.named_children if c.type in ("communication_case", "default_case")]
        specs = []
        has_default = False
        for c in cases:
            if c.type == "default_case":
                has_default = True
                specs.append(None)
                continue
            comm = c.child_by_field_name("communication")
            if comm.type == "send_statement":
                ch, ct = self.expr(comm.child_by_field_name("channel"))
                v = self.value_to(comm.child_by_field_name("value"), ct.underlying().elem)
                specs.append(f"(1, {ch}, {v})")
            else:
                right = comm.child_by_field_name("right") if comm.type == "receive_statement" else comm
                if right.type == "expression_statement":
                    right = right.named_children[0]
                while right.type == "parenthesized_expression":
                    right = right.named_children[0]
                ch, ct = self.expr(right.child_by_field_name("operand"))
                specs.append(f"(0, {ch}, None)")
        sel = self.fresh("sel")
        real = [s for s in specs if s is not None]
        self.emit(f"{sel} = yield from _select([{', '.join(real)}], {has_default})")
        # map select index (among real cases) back to case positions
        idx_map, j = [], 0
        for s in specs:
            if s is None:
                idx_map.append(-1)
            else:
                idx_map.append(j)
                j += 1
        conds = []
        for i, s in enumerate(specs):
            conds.append(f"{sel}[0] == {idx_map[i]}")

        def bind(i, c):
            if c.type == "default_case":
                return
            comm = c.child_by_field_name("communication")
            if comm.type != "receive_statement":
                return
            left = comm.child_by_field_name("left")
            if left is None:
                return
            names = left.named_children
            define = any(x.type == ":=" for x in comm.children)
            right = comm.child_by_field_name("right")
            while right.type == "parenthesized_expression":
                right = right.named_children[0]
            _, ct = self.expr(right.child_by_field_name("operand"))
            elem = ct.underlying().elem
            vals = [(f"{sel}[1]", elem), (f"{sel}[2]", T.BOOL)]
            for nm, (val, t) in zip(names, vals):
                if define:
                    self.define(self.text(nm), t, val, False, nm)
                else:
                    self.assign_to(nm, val)
        self.switch_body(n, cases, conds, wrap, bind)
