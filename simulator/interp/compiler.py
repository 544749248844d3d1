"""Go to Python: the whole program compiles once into one Python module of generator functions.

Why generators: a goroutine is a chain of Python generators (``yield from`` per Go call), so
blocking anywhere — a channel receive deep in a call chain — suspends the goroutine without
threads, and the scheduler resumes it later (runtime/proc.py).  Compiling to source (rather than
walking the tree each step) keeps a statement at a few dozen nanoseconds.

Shape of the generated code (see ``Program.py_source`` for a real one):

* every Go function ``f`` is ``def f_f(...)``, a generator; a call is ``(yield from f_f(...))``;
* every statement starts with ``_S(code)``: appending one int to the trace (its position);
* loop back-edges and non-leaf function entries check the budget (``_L() >= _rt.budget``) and
  yield to the scheduler there: that is where Go's sysmon could preempt (async or cooperative);
* variables captured by a closure or whose address is taken live in ``Cell``s; closures receive
  their cells as default arguments, so each loop iteration's closure keeps its own (Go 1.22);
* a function containing ``defer`` runs its body as a nested generator inside a frame that runs the
  deferred calls on return, panic or Goexit (runtime/panic.py).

Invariant: the compiler never raises anything but ``GoCompileErrors``; every construct it does
not know is reported at its position.
"""
from __future__ import annotations

from contextlib import contextmanager

from ..golang import types as T
from ..golang.errors import GoCompileError, GoCompileErrors
from ..golang.parse import Source
from ..tracing.events import EventKind as K, SourcePos
from ..tracing.recorder import KIND_BITS
from ..values import GoStruct
from . import libload, typestring
from .calls import CallMixin
from .checks import CheckMixin
from .control import ControlMixin
from .exprs import ExprMixin
from .scope import Const, Func, PkgName, Scope, TypeName, Var, universe
from .stmts import StmtMixin
from .typeres import resolve_type, signature


class FuncCtx:
    """Per-function compile state."""

    def __init__(self, name: str, sig: T.Signature, has_defer: bool, escaping: set[str],
                 named_results: list[Var] | None, leaf: bool):
        self.name = name
        self.sig = sig
        self.has_defer = has_defer
        self.escaping = escaping
        self.named_results = named_results or []
        self.leaf = leaf
        self.declared: set[str] = set()   # Python names of its locals so far (range-over-func)
        self.labels: list[tuple[str | None, str, str]] = []   # (label, kind, flag var)
        self.locals: list[tuple] = []     # (Var, declaring node): checked for "declared and not used"
        self.append_vars: dict = {}       # slicestore.append_vars: the slice each append grows


class Compiler(CheckMixin, ExprMixin, CallMixin, StmtMixin, ControlMixin):
    def __init__(self, src: Source):
        self.src = src
        self.errors: list[GoCompileError] = []
        self.universe = universe()
        self.pkg = Scope(self.universe)
        self.scope = self.pkg
        self.lines: list[str] = []
        self.ind = 0
        self.consts: list = []              # objects generated code references as _K[i]
        self._const_ids: dict[int, int] = {}
        self.positions: list[SourcePos | None] = [None]
        self._pos_ids: dict[SourcePos, int] = {}
        self.fn: FuncCtx | None = None
        self.func_names: dict[str, str] = {}     # python name -> Go qualified name
        #: event code (position and kind) -> the function a FRAME_PUSH there enters, or the
        #: one a GO_CREATE there starts: those events record only their frame id or gid
        self.code_names: dict[int, str] = {}
        self.method_fixups: list[tuple[T.Named, str, str]] = []
        self.addr_methods: set[str] = set()    # pointer methods of non-struct types (escape.py)
        self.uid = 0
        self.var_ids = 0     # numbers locals file-wide: a closure's own and captured never clash
        self.iota = None
        self.imports_net = False
        self.inferred_calls: set[int] = set()

    # -- output ----------------------------------------------------------------------------------
    def emit(self, line: str) -> None:
        self.lines.append("    " * self.ind + line)

    @contextmanager
    def indent(self):
        self.ind += 1
        try:
            yield
        finally:
            self.ind -= 1

    def k(self, obj) -> str:
        """Python expression for a compile-time object (types, classes, library functions)."""
        i = self._const_ids.get(id(obj))
        if i is None:
            i = self._const_ids[id(obj)] = len(self.consts)
            self.consts.append(obj)
        return f"_K[{i}]"

    def fresh(self, base: str = "t") -> str:
        self.uid += 1
        return f"_{base}{self.uid}"

    def pos_id(self, n) -> int:
        l0, c0, l1, c1 = self.src.pos(n)
        p = SourcePos(self.src.filename, l0, c0, l1, c1)
        pid = self._pos_ids.get(p)
        if pid is None:
            pid = self._pos_ids[p] = len(self.positions)
            self.positions.append(p)
        return pid

    def stmt_mark(self, n) -> None:
        self.emit(f"_S({self.pos_id(n) << 8})")

    def err(self, n, msg: str) -> GoCompileError:
        return self.src.error(n, msg)

    def text(self, n) -> str:
        return self.src.node_text(n)

    # -- names -----------------------------------------------------------------------------------
    def lookup(self, name):
        if isinstance(name, tuple):
            pkgname, member = name
            e = self.scope.lookup(pkgname)
            if not isinstance(e, PkgName):
                return None
            e.used = True
            return libload.member_entity(e.path, member)
        return self.scope.lookup(name)

    def check_new_name(self, scope, name: str, node) -> None:
        """Go refuses a second declaration of a name in the same block."""
        if name != "_" and name in scope.names:
            raise self.err(node, f"{name} redeclared in this block")

    def resolve_type(self, n) -> T.Type:
        return resolve_type(n, self.src, self.lookup, self.const_int)

    @contextmanager
    def block(self):
        outer = self.scope
        self.scope = Scope(outer)
        try:
            yield self.scope
        finally:
            self.scope = outer

    def declare_local(self, name: str, t: T.Type | None, node=None) -> Var:
        if self.fn is None:
            raise self.err(node, "internal: local outside function")
        # Numbered per file, not per function: a closure's parameters and locals share the
        # Python namespace with the cells it captures (passed in as default arguments).
        self.var_ids += 1
        py = f"v_{name}_{self.var_ids}" if name != "_" else self.fresh("blank")
        self.fn.declared.add(py)
        v = Var(name, t, py, cell=name in self.fn.escaping)
        if node is not None:
            self.check_new_name(self.scope, name, node)
        self.scope.declare(name, v)
        if node is not None and name != "_":     # a declared variable, not a parameter
            self.fn.locals.append((v, node))
        return v

    # -- the program -----------------------------------------------------------------------------
    def compile(self) -> str:
        root = self.src.root
        decls = root.named_children
        typestring.for_program(None)           # set once the imports are known
        try:
            self.check_top_level(decls)
            for d in decls:
                if d.type == "import_declaration":
                    self.compile_imports(d)
            typestring.for_program(self.imported_paths())
            types = [s for d in decls if d.type == "type_declaration" for s in d.named_children]
            self.declare_types(types)
            for d in decls:
                if d.type == "const_declaration":
                    self.compile_const_decl(d)
            funcs = [d for d in decls if d.type in ("function_declaration", "method_declaration")]
            for d in funcs:
                self.declare_func(d)
            var_decls = [d for d in decls if d.type == "var_declaration"]
            self.emit("def _pkg_vars():")
            with self.indent():
                self.fn = FuncCtx("init", T.Signature(), False, set(), None, True)
                self.emit("if False: yield")
                for spec in initialization_order(self.src, var_decls, funcs, self.var_specs):
                    self.compile_var_spec(spec, is_global=True)
                self.fn = None
            for d in funcs:
                self.compile_func_decl(d)
            self.check_imports_used()
        except GoCompileError as e:
            self.errors.append(e)
        if "main" not in self.pkg.names and not self.errors:
            self.errors.append(GoCompileError(self.src.filename, 1, 1,
                                              "function main is undeclared in the main package"))
        if self.errors:
            raise GoCompileErrors(self.errors)
        return "\n".join(self.lines) + "\n"

    def check_top_level(self, decls) -> None:
        """Errors Go reports before anything else about the file's declarations, in source
        order: an import after another declaration (a syntax error), then a package-level name
        declared twice (types, constants, variables, functions; ``init`` may repeat)."""
        seen_other = False
        for d in decls:
            if d.type == "import_declaration":
                if seen_other:
                    raise self.err(d, "syntax error: imports must appear before other declarations")
            elif d.type not in ("package_clause", "comment"):
                seen_other = True
        names: set[str] = set()
        for d in decls:
            if d.type == "function_declaration":
                nodes = [d.child_by_field_name("name")]
            elif d.type in ("type_declaration", "const_declaration", "var_declaration"):
                nodes = [nm for spec in _specs(d) for nm in _spec_names(spec)]
            else:
                continue
            for nm in nodes:
                name = self.text(nm)
                if name == "_" or (name == "init" and d.type == "function_declaration"):
                    continue
                if name in names:
                    raise self.err(nm, f"{name} redeclared in this block")
                names.add(name)

    def compile_imports(self, d) -> None:
        specs = [n for n in d.named_children if n.type == "import_spec"]
        for lst in (n for n in d.named_children if n.type == "import_spec_list"):
            specs += [n for n in lst.named_children if n.type == "import_spec"]
        pkgs = libload.registry.load_all()
        for spec in specs:
            path = self.text(spec.child_by_field_name("path")).strip('"`')
            alias_n = spec.child_by_field_name("name")
            if path not in pkgs:
                raise self.err(spec, f"unsupported: package {path} is not simulated")
            if path in ("net", "net/http"):
                self.imports_net = True
            name = self.text(alias_n) if alias_n is not None else pkgs[path].name
            if name == "_":
                continue
            if name == ".":
                raise self.err(spec, "unsupported: dot imports")
            self.pkg.declare(name, PkgName(path, pkgs[path], spec=spec))

    def check_imports_used(self) -> None:
        """Go refuses to build a program with an import it never uses."""
        for name, e in self.pkg.names.items():
            if isinstance(e, PkgName) and not e.used and e.spec is not None:
                path_n = e.spec.child_by_field_name("path")
                alias = e.spec.child_by_field_name("name")
                as_ = f" as {name}" if alias is not None else ""
                self.errors.append(self.err(path_n, f'"{e.path}" imported{as_} and not used'))

    # -- types -----------------------------------------------------------------------------------
    def declare_types(self, specs) -> None:
        pending = []
        for s in specs:
            name = self.text(s.child_by_field_name("name"))
            if s.type == "type_alias":
                pending.append((s, None))
                continue
            nt = T.Named("main", name)
            self.pkg.declare(name, TypeName(nt))
            pending.append((s, nt))
        for s, nt in pending:
            t = self.resolve_type(s.child_by_field_name("type"))
            if nt is None:
                self.pkg.declare(self.text(s.child_by_field_name("name")), TypeName(t))
            else:
                nt.under = t
        for s, nt in pending:
            if nt is not None and isinstance(nt.underlying(), T.Struct):
                self.make_struct_class(nt)

    def make_struct_class(self, t: T.Type):
        """The GoStruct subclass for struct type t (Named or literal), created once per type."""
        nt = t if isinstance(t, T.Named) else None
        if nt is not None and nt.pyclass is not None:
            return nt.pyclass
        st = t.underlying()
        cache = getattr(self, "_anon_structs", None)
        if cache is None:
            cache = self._anon_structs = {}
        if nt is None and st in cache:
            return cache[st]
        fields = tuple(f"f_{f.name}" for f in st.fields)
        value_fields = tuple(f"f_{f.name}" for f in st.fields
                             if isinstance(f.type.underlying(), (T.Struct, T.Array)))
        name = nt.name if nt else "struct"
        cls = type(name, (GoStruct,), {"__slots__": fields, "_fields": fields,
                                       "_value_fields": value_fields, "_type": t,
                                       "_ptrtype": T.Pointer(t)})
        if nt is not None:
            nt.pyclass = cls
        else:
            cache[st] = cls
        zero = {f"f_{f.name}": self.zero_factory(f.type) for f in st.fields}

        def new(cls=cls, zero=zero, **kw):
            o = cls.__new__(cls)
            for f, z in zero.items():
                setattr(o, f, kw[f] if f in kw else z())
            return o
        cls._new = staticmethod(new)
        return cls

    def zero_factory(self, t: T.Type):
        u = t.underlying() if t is not None else None
        if isinstance(u, T.Struct):
            if isinstance(t, T.Named) and t.pkg != "main" and t.pyclass is not None:
                return t.pyclass
            cls = self.make_struct_class(t)
            return lambda cls=cls: cls._new()       # late: _new is set once the class is built
        if isinstance(u, T.Array):
            ez = self.zero_factory(u.elem)
            return lambda n=u.length, ez=ez: [ez() for _ in range(n)]
        z = self.zero_literal_value(t)
        return lambda z=z: z

    def zero_literal_value(self, t):
        u = t.underlying() if t is not None else None
        if isinstance(u, T.Basic):
            if u.name == "bool":
                return False
            if u.name == "string":
                return ""
            if u.name.startswith("float"):
                return 0.0
            return 0
        return None

    def zero_expr(self, t) -> str:
        u = t.underlying() if t is not None else None
        if isinstance(u, (T.Struct, T.Array)):
            return f"{self.k(self.zero_factory(t))}()"
        if isinstance(t, T.Named) and t.pyclass is not None and t.pkg != "main":
            return f"{self.k(t.pyclass)}()"
        return repr(self.zero_literal_value(t))

    # -- constants -------------------------------------------------------------------------------
    def compile_const_decl(self, d) -> None:
        prev_type_node, prev_values = None, None
        for i, spec in enumerate(n for n in d.named_children if n.type == "const_spec"):
            name_nodes = _spec_names(spec)
            tnode = spec.child_by_field_name("type")
            vals = spec.child_by_field_name("value")
            implicit = vals is None             # repeats the previous spec's type and values
            if implicit:
                tnode, vals = prev_type_node, prev_values
            else:
                prev_type_node, prev_values = tnode, vals
            if vals is None:
                raise self.err(spec, "missing init expr for const declaration")
            exprs = vals.named_children
            if len(name_nodes) > len(exprs):
                nm = name_nodes[len(exprs)]
                raise self.err(nm, f"missing init expr for {self.text(nm)}")
            if len(name_nodes) < len(exprs):
                if implicit:
                    raise self.err(spec, "extra init expr")
                raise self.err(exprs[len(name_nodes)], f"extra init expr {self.text(exprs[len(name_nodes)])}")
            t = self.resolve_type(tnode) if tnode is not None else None
            self.iota = i
            for nm, e in zip(name_nodes, exprs):
                name = self.text(nm)
                self.check_new_name(self.scope, name, nm)
                value, vt = self.const_value(e)
                if t is not None:
                    value, vt = self.convert_const(value, t, e), t
                self.scope.declare(name, Const(name, vt, value))
            self.iota = None

    def const_int(self, n) -> int:
        v, _ = self.const_value(n)
        if not isinstance(v, int):
            raise self.err(n, "array length must be a constant integer")
        return v

    # -- functions -------------------------------------------------------------------------------
    def declare_func(self, d) -> None:
        name = self.text(d.child_by_field_name("name"))
        sig, _ = signature(d, self.src, self.lookup, self.const_int)
        if d.type == "function_declaration":
            if name == "init":
                return
            if name == "main" and (sig.params or sig.results):
                raise self.err(d, "func main must have no arguments and no return values")
            py = f"f_{name}"
            self.pkg.declare(name, Func(f"main.{name}", sig, py))
            self.func_names[py] = f"main.{name}"
            return
        recv = d.child_by_field_name("receiver").named_children[0]
        rt_node = recv.child_by_field_name("type")
        ptr = rt_node.type == "pointer_type"
        base_node = rt_node.named_children[0] if ptr else rt_node
        base = self.resolve_type(base_node)
        if not isinstance(base, T.Named) or base.pkg != "main":
            raise self.err(rt_node, f"cannot define new methods on non-local type {base}")
        py = f"m_{base.name}_{name}"
        base.methods[name] = T.MethodInfo(name, sig, ptr)
        if ptr and not T.is_struct(base):
            self.addr_methods.add(name)
        self.method_fixups.append((base, name, py))
        self.func_names[py] = f"main.{'(*' + base.name + ')' if ptr else base.name}.{name}"

    def compile_func_decl(self, d) -> None:
        name = self.text(d.child_by_field_name("name"))
        sig, (pnames, rnames) = signature(d, self.src, self.lookup, self.const_int)
        body = d.child_by_field_name("body")
        if body is None:
            raise self.err(d, f"missing function body for {name}")
        if d.type == "method_declaration":
            recv = d.child_by_field_name("receiver").named_children[0]
            rname_n = recv.child_by_field_name("name")
            rtype = self.resolve_type(recv.child_by_field_name("type"))
            base = rtype.elem if isinstance(rtype, T.Pointer) else rtype
            py = f"m_{base.name}_{name}"
            pnames = [self.text(rname_n) if rname_n is not None else "_"] + pnames
            ptypes = [rtype] + list(sig.params)
            qual = self.func_names[py]
        elif name == "init":
            self.uid += 1
            py = f"f_init_{self.uid}"
            self.init_funcs = getattr(self, "init_funcs", []) + [py]
            ptypes, qual = [], "main.init"
        else:
            py, ptypes, qual = f"f_{name}", list(sig.params), f"main.{name}"
        self.compile_function(py, qual, sig, ptypes, pnames, rnames, body, d)

    def compile_function(self, py, qual, sig, ptypes, pnames, rnames, body, node, defaults="",
                         plain_ok=False):
        """Emit ``def py(params):`` for a function or closure body.  ``plain_ok``: its only
        caller accepts a plain function (a literal called by a defer statement): if nothing in
        the body can suspend, it is emitted as one (no generator per call; see _make_plain)."""
        from .escape import analyse
        from .slicestore import append_vars
        info = analyse(self.src, body, pnames + [r for r in rnames if r], frozenset(self.addr_methods))
        outer_fn, outer_scope = self.fn, self.scope
        outer_hoist = self._hst, self._hroot        # a func literal's body: roots of its own
        self._hst = self._hroot = None
        self.scope = Scope(outer_scope, func_level=True)
        named = [r for r in rnames if r]
        self.fn = FuncCtx(qual, sig, info.has_defer, info.escaping, None, info.leaf)
        self.fn.append_vars = append_vars(self.src, body, pnames, named)
        params = []
        for pname, pt in zip(pnames, ptypes):
            v = self.declare_local(pname, pt)
            params.append(v)
        # the frame's function name, its FRAME_PUSH event code, and whether it defers at all
        # (Runtime.enter: a frame without defer statements gets no defer list)
        push_code = self.pos_id(node) << KIND_BITS | int(K.FRAME_PUSH)
        self.code_names[push_code] = qual
        fid = self.k((qual, push_code, info.has_defer))
        arglist = ", ".join(v.py for v in params)
        if defaults:
            # captured cells as positional defaults (a tuple: cheaper than keyword-only ones'
            # dict, and a closure made in a loop is made once per iteration); callers always
            # pass exactly the Go parameters, so a default is never overridden
            arglist = f"{arglist}, {defaults}" if arglist else defaults
        start = len(self.lines)
        self.emit(f"def {py}({arglist}):")
        with self.indent():
            self.emit(f"_fr = _enter({fid})")
            if not self.fn.leaf:
                self.emit("if _L() >= _rt.budget: yield _PRE_COOP")
            for v in params:
                if v.cell:
                    self.emit(f"{v.py} = _Cell({v.py})")
            if named:
                nvars = []
                for rn, rt in zip(rnames, sig.results):
                    v = self.declare_local(rn or "_", rt)
                    if info.has_defer:
                        v.cell = True
                    nvars.append(v)
                    init = self.zero_expr(rt)
                    self.emit(f"{v.py} = _Cell({init})" if v.cell else f"{v.py} = {init}")
                self.fn.named_results = nvars
            if info.has_defer and not info.has_return:
                # no return statement: the body can sit inside the try itself (one generator less)
                self.emit("_r = None")
                self.emit("try:")
                with self.indent():
                    self.emit("pass")
                    self.compile_block_stmts(body)
            elif info.has_defer:
                self.emit("def _body():")
                with self.indent():
                    self.emit("if False: yield")
                    self.compile_block_stmts(body)
                    self.emit("return None")
                self.emit("try:")
                with self.indent():
                    self.emit("_r = yield from _body()")
            if info.has_defer:
                self.emit("except Exception as _e:")
                with self.indent():
                    self.emit("yield from _fr.unwind(_e)")
                    self.emit(f"_r = {self.results_expr(recovered=True)}")
                self.emit("else:")
                with self.indent():
                    self.emit("_p = _fr.run_defers_now()")
                    self.emit("if _p is not None: yield from _p")
                    if named:
                        self.emit(f"_r = {self.results_expr(recovered=False)}")
                self.emit("_leave(_fr)")
                self.emit("return _r")
            else:
                self.emit("if False: yield")
                self.compile_block_stmts(body)
                self.emit("_leave(_fr)")
                if named:
                    self.emit(f"return {self.results_expr(recovered=False)}")
        if plain_ok:
            self._make_plain(start)
        self.check_missing_return(body)
        self.check_labels(body)
        for v, decl in self.fn.locals:          # Go refuses to build with an unread variable
            if not v.used:
                self.errors.append(self.err(decl, f"declared and not used: {v.name}"))
        self.fn, self.scope = outer_fn, outer_scope
        self._hst, self._hroot = outer_hoist

    #: the only suspension points a function body with nothing to wait for has
    _GENERATOR_MARKS = ("if _L() >= _rt.budget: yield _PRE_COOP", "if False: yield")

    def _make_plain(self, start: int) -> None:
        """The function emitted from line ``start`` on: if its only ``yield`` lines are the
        prologue's preemption check and the generator marker, drop both so it runs as a plain
        function.  (Go's compiler gives a small leaf function no preemption check either; a
        deferred closure calling an intrinsic such as atomic.AddInt64 is one.)"""
        body = self.lines[start + 1:]
        marks = [i for i, line in enumerate(body, start + 1) if "yield" in line]
        if all(self.lines[i].strip() in self._GENERATOR_MARKS for i in marks):
            for i in reversed(marks):
                del self.lines[i]

    def results_expr(self, recovered: bool) -> str:
        fn = self.fn
        if fn.named_results:
            vals = [v.ref for v in fn.named_results]
        elif recovered:
            vals = [self.zero_expr(t) for t in fn.sig.results]
        else:
            return "_r"
        if not vals:
            return "None"
        return vals[0] if len(vals) == 1 else "(" + ", ".join(vals) + ",)"

    # -- package variables ---------------------------------------------------------------------
def initialization_order(src, var_decls, funcs, var_specs) -> list:
    """Package-level var specs in Go's initialization order: repeatedly the earliest in
    declaration order whose initializer depends on no variable still uninitialized, where a
    dependency is a package variable named in the initializer or, transitively, in the body of
    a function it names (the spec's "Package initialization").  Names are matched by text, so a
    local that shadows a package variable can add a dependency Go would not see: when nothing
    is ready the earliest remaining spec goes next (Go would report a cycle; this never fails)."""
    specs = [spec for d in var_decls for spec in var_specs(d)]
    owner = {src.node_text(n): i for i, spec in enumerate(specs) for n in _spec_names(spec)}
    bodies = {src.node_text(f.child_by_field_name("name")): f.child_by_field_name("body")
              for f in funcs if f.type == "function_declaration"}
    func_refs: dict[str, set] = {}

    def names_in(node) -> set:
        found, stack = set(), [node] if node is not None else []
        while stack:
            x = stack.pop()
            if x.type == "identifier":
                found.add(src.node_text(x))
            stack.extend(x.named_children)
        return found

    def reached(node) -> set:
        """The package variables a node refers to, through the functions it names."""
        out, todo = set(), list(names_in(node))
        seen = set()
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            if name in owner:
                out.add(owner[name])
            elif name in bodies:
                if name not in func_refs:
                    func_refs[name] = names_in(bodies[name])
                todo.extend(func_refs[name])
        return out

    deps = [reached(spec.child_by_field_name("value")) - {i} for i, spec in enumerate(specs)]
    order, done = [], set()
    while len(order) < len(specs):
        ready = [i for i in range(len(specs)) if i not in done and deps[i] <= done]
        i = ready[0] if ready else min(set(range(len(specs))) - done)
        order.append(specs[i])
        done.add(i)
    return order


def _specs(d):
    """The specs of a type/const/var declaration, grouped (``var ( ... )``) or not."""
    for n in d.named_children:
        if n.type.endswith("_spec_list"):
            yield from (c for c in n.named_children if c.type.endswith("_spec") or c.type == "type_alias")
        elif n.type.endswith("_spec") or n.type == "type_alias":
            yield n


def _spec_names(spec):
    """The declared names of a spec: tree-sitter's const_spec also files its ``,`` under "name"."""
    return [c for c in spec.children_by_field_name("name") if c.is_named]


def load(src: Source) -> tuple[Compiler, str]:
    c = Compiler(src)
    code = c.compile()
    return c, code
