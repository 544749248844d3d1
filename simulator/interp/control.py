"""Control flow: loops (every ``for`` form, range over funcs), labelled break/continue,
``switch``, type switches and ``select``.

Go's break/continue become Python's where the target is the innermost Python loop.  A Go
``switch``/``select`` becomes a one-shot ``while True: ... break`` only when a ``break`` targets
it.  A jump across several Python loops (labels, or ``continue`` from a wrapped switch) sets
``_jmp = (target id, "break"|"continue")``, breaks, and every loop on the way checks ``_jmp``.
A range-over-func body is its own Python function: break/continue/return become ``return``.
"""
from __future__ import annotations

from ..golang import types as T
from .flowcheck import unlabel
from .rangefunc import RF_DONE, RF_EXHAUSTED, RF_MISSING_PANIC, RF_PANIC, RF_READY
from .scope import Var


class Loop:
    def __init__(self, label, kind, uid):
        self.label, self.kind, self.uid = label, kind, uid
        self.crossed = False      # a jump to an outer target passed through this loop


class ControlMixin:
    # -- loops -----------------------------------------------------------------------------------
    def loops(self) -> list:
        if not hasattr(self.fn, "loops"):
            self.fn.loops = []
        return self.fn.loops


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
                    cond, ct = self.expr(cond_node)
                    self.check_condition(cond_node, ct, "for")
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
        array_ptr = None
        if isinstance(u, T.Pointer) and isinstance(u.elem.underlying(), T.Array):
            u = u.elem.underlying()
            array_ptr = self.fresh("ap")
            self.emit(f"{array_ptr} = {rcode}")
        self.check_chan_op("range", rnode, rt)
        if len(names) > 1 and (T.is_integer(rt) or isinstance(u, T.Chan)):
            raise self.err(names[1], f"range over {self.describe(rnode, rt)} permits only one "
                                     "iteration variable")
        if T.is_integer(rt):
            it, types = f"range({rcode})", [rt if not isinstance(rt, T.Untyped) else T.INT]
            kind = "int"
        elif isinstance(u, T.Slice):
            it, types, kind = f"_range_slice({rcode})", [T.INT, u.elem], "pairs"
        elif array_ptr is not None:
            # range over *[N]T: no copy, each element is read when its iteration starts (a
            # nil pointer only panics if the element is read: len(p) is a constant)
            i = self.fresh("i")
            elem = f", _nn({array_ptr})[{i}]" if len(names) > 1 else ","
            it, types, kind = f"(({i}{elem}) for {i} in range({u.length}))", [T.INT, u.elem], "pairs"
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
        replayed by the caller after the iterator stops.  ``lp.state`` is the loop's misuse
        check (rangefunc.py): a fresh ``[RF_READY]`` per execution, bound to the body function
        as a default argument.  Nested loops of one function share one return slot: a return
        from an inner body stops each enclosing loop in turn, as rewrite.go's ``#next < 0``."""
        import re
        outer = next((lp for lp in reversed(self.loops()) if lp.kind == "rangefunc"), None)
        cb, state = self.fresh("rangefunc"), self.fresh("rfstate")
        ret = outer.ret if outer is not None else self.fresh("rfret")
        outer_names = set(self.fn.declared)
        if outer is None:
            self.emit(f"{ret} = None")
        self.emit(f"{state} = [{RF_READY}]")
        saved_lines, saved_ind = self.lines, self.ind
        self.lines, self.ind = [], saved_ind + 1
        lp = self.open_loop("rangefunc")
        lp.ret, lp.state = ret, state
        try:
            with self.block():
                # tmp := #state; #state = RF_PANIC; if tmp != RF_READY { panicrangestate(tmp) }
                self.emit(f"if {state}[0] != {RF_READY}: _rfpanic({state}[0], {state})")
                self.emit(f"{state}[0] = {RF_PANIC}")
                self.back_edge()
                self.stmt_mark(rnode)
                for i, nm in enumerate(names):
                    t = yield_sig.params[i] if i < len(yield_sig.params) else None
                    if define:
                        self.define(self.text(nm), t, f"_a{i}", False, nm)
                    else:
                        self.assign_to(nm, f"_a{i}")
                self.compile_block_stmts(body)
                self.emit_body_exit(lp, True)
        finally:
            self.loops().pop()
            body_lines, self.lines, self.ind = self.lines, saved_lines, saved_ind
        used = set(re.findall(r"\bv_\w+", "\n".join(body_lines))) & outer_names
        args = "".join(f"_a{i}, " for i in range(len(yield_sig.params)))
        self.emit(f"def {cb}({args}{state}={state}):")
        with self.indent():
            self.emit(f"nonlocal {', '.join(sorted(used | {ret}))}")
            self.emit("if False: yield")
        self.lines.extend(body_lines)
        self.emit(f"yield from _callv({rcode}, {cb})")
        self.emit(f"if {state}[0] == {RF_PANIC}: _rfpanic({RF_MISSING_PANIC})")
        self.emit(f"{state}[0] = {RF_EXHAUSTED}")
        self.emit(f"if {ret} is not None:")
        with self.indent():
            if outer is not None:
                self.emit_body_exit(outer, False)
                return
            self.emit(f"if {ret}[0] is _BARE:")
            with self.indent():
                self.emit_return(None)
            self.emit("else:")
            with self.indent():
                self.emit_return(f"{ret}[0]")

    def emit_body_exit(self, lp, more: bool) -> None:
        """Leave range-over-func ``lp``'s body: continue the iteration (``more``: READY, return
        True) or end the loop (break, return: DONE, return False)."""
        self.emit(f"{lp.state}[0] = {RF_READY if more else RF_DONE}")
        self.emit(f"return {more}")

    def s_break_statement(self, n, word="break"):
        bad = self.branch_error(n)
        if bad is not None:         # reported in position order with the function's other errors
            self.errors.append(self.err(*bad))
            return
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
            self.emit_body_exit(target, word == "continue")
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
        """Reached only for a misplaced fallthrough: ``switch_body`` compiles a valid one."""
        self.errors.append(self.err(*(self.branch_error(n) or (n, "fallthrough statement out of place"))))

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
            conds, seen = [], {}
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
                        self.check_duplicate_case(seen, v, tt)
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
                        if unlabel(s).type == "fallthrough_statement" and \
                                self.branch_error(unlabel(s)) is None:
                            self.emit(f"{chosen} = {i + 1}")
                            continue
                        self.stmt(s)       # a misplaced fallthrough reports itself
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
        return bool(stmts) and unlabel(stmts[-1]).type == "fallthrough_statement"

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

            clause_vars = []

            def bind(i, c):
                if alias is None:
                    return
                name = self.text(alias.named_children[0])
                ts = case_types[i]
                if ts is not None and len(ts) == 1 and ts[0] is not None:
                    v = self.define(name, ts[0], f"_assert({subj}, {self.k(ts[0])}, None)", False, alias)
                else:
                    v = self.define(name, vt, subj, False, alias)
                clause_vars.append(v)
            self.switch_body(n, cases, conds, wrap, bind)
            if alias is not None:
                # each clause has its own variable, but Go reports the symbol once, unused
                # only if no clause reads it, with a message of its own
                sym = alias.named_children[0]
                if not any(v.used for v in clause_vars):
                    self.errors.append(self.err(sym, f"{self.text(sym)} declared and not used"))
                for v in clause_vars:
                    v.used = True

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
                self.check_chan_op("send", comm.child_by_field_name("channel"), ct, at=comm)
                v = self.value_to(comm.child_by_field_name("value"), ct.underlying().elem, "send")
                specs.append(f"(1, {ch}, {v})")
            else:
                right = comm.child_by_field_name("right") if comm.type == "receive_statement" else comm
                if right.type == "expression_statement":
                    right = right.named_children[0]
                while right.type == "parenthesized_expression":
                    right = right.named_children[0]
                ch, ct = self.expr(right.child_by_field_name("operand"))
                self.check_chan_op("receive", right.child_by_field_name("operand"), ct)
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
