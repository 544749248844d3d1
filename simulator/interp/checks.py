"""Type checks Go's compiler makes that the code generator does not need: assignability,
interface satisfaction, terminating statements ("missing return"), unused labels and
expression statements, addressability.  Messages are types2's, word for word.

Rule for every check here: a valid program must never be rejected.  Where the simulator's view
of a type may be less precise than Go's (library types' method sets, generic library
signatures, untyped constants the constant folder already handles), a check answers "unknown"
and nothing is reported.
"""
from __future__ import annotations

from fractions import Fraction

from ..golang import types as T
from ..golang.parse import operator
from .constvals import representation
from .flowcheck import FlowCheckMixin
from .scope import Func, PkgName, Var
from .typestring import type_string

_UNKNOWN = object()          # a check that cannot be decided exactly: report nothing


def _tt(t) -> str:
    """A type as go build's messages spell it (typestring.py): ``any``, ``[]byte``,
    ``interface{Inc()}``."""
    return type_string(t)


def _composite_kind(u) -> str:
    """types2 compositeKind: how an operand's defined type is described (``struct type S``)."""
    return {T.Array: "array", T.Slice: "slice", T.Struct: "struct", T.Pointer: "pointer",
            T.Signature: "func", T.Interface: "interface", T.Map: "map", T.Chan: "chan",
            T.Tuple: "tuple"}.get(type(u), getattr(u, "name", ""))


def _exact(t, depth=0) -> bool:
    """Whether t is a type the simulator knows exactly (no type parameters, no tuples)."""
    if t is None or depth > 8 or isinstance(t, (T.TypeParam, T.Tuple)):
        return False
    if isinstance(t, (T.Pointer, T.Slice, T.Array, T.Chan)):
        return _exact(t.elem, depth + 1)
    if isinstance(t, T.Map):
        return _exact(t.key, depth + 1) and _exact(t.elem, depth + 1)
    if isinstance(t, T.Signature):
        return all(_exact(x, depth + 1) for x in t.params + t.results)
    return True


def _tn(t) -> str:
    """A type in a "mismatched types" message: ``untyped int``, ``any``, ``os.Signal``."""
    return str(t) if isinstance(t, T.Untyped) else _tt(t)


def _iface_literal(u) -> str:
    """An interface type literal as types2 prints it: ``interface{Signal(); String() string}``."""
    return type_string(u)


def _identical(a, b) -> bool:
    return a == b or str(a) == str(b)


def _is_named(t) -> bool:
    """Go's "named type": a defined type or a predeclared one (int, string, ...)."""
    return isinstance(t, (T.Named, T.Basic))


def _type_params(t, out=None) -> list[str]:
    """The names of the type parameters in t, in order of first appearance (a generic library
    function's first one is the first in its parameter list: S in Max[S ~[]E, E ...](x S))."""
    out = [] if out is None else out
    if isinstance(t, T.TypeParam):
        if t.name not in out:
            out.append(t.name)
    elif isinstance(t, T.Signature):
        for x in t.params + t.results:
            _type_params(x, out)
    elif isinstance(t, (T.Pointer, T.Slice, T.Array, T.Chan)):
        _type_params(t.elem, out)
    elif isinstance(t, T.Map):
        _type_params(t.key, out)
        _type_params(t.elem, out)
    return out


def _sig_text(name: str, sig) -> str:
    return name + _tt(sig)[4:]


#: where each simulated generic library function declares its first type parameter, in Go
#: 1.27's sources (go build names it: "cannot infer S (declared at $GOROOT/src/...)")
_FIRST_TPARAM_AT = {
    "cmp.Compare": "cmp/cmp.go:40:14", "cmp.Less": "cmp/cmp.go:28:11", "cmp.Or": "cmp/cmp.go:69:9",
    "maps.All": "maps/iter.go:12:10", "maps.Clone": "maps/maps.go:50:12",
    "maps.Collect": "maps/iter.go:58:14", "maps.Copy": "maps/maps.go:62:11",
    "maps.DeleteFunc": "maps/maps.go:69:17", "maps.Equal": "maps/maps.go:17:12",
    "maps.EqualFunc": "maps/maps.go:31:16", "maps.Insert": "maps/iter.go:50:13",
    "maps.Keys": "maps/iter.go:25:11", "maps.Values": "maps/iter.go:38:13",
    "rand.N": "math/rand/v2/rand.go:336:8",
    "slices.All": "slices/iter.go:14:10", "slices.AppendSeq": "slices/iter.go:50:16",
    "slices.Backward": "slices/iter.go:26:15", "slices.BinarySearch": "slices/sort.go:126:19",
    "slices.BinarySearchFunc": "slices/sort.go:152:23", "slices.Chunk": "slices/iter.go:97:12",
    "slices.Clip": "slices/slices.go:435:11", "slices.Clone": "slices/slices.go:355:12",
    "slices.Collect": "slices/iter.go:59:14", "slices.Compact": "slices/slices.go:371:14",
    "slices.CompactFunc": "slices/slices.go:396:18", "slices.Compare": "slices/slices.go:57:14",
    "slices.Concat": "slices/slices.go:491:13", "slices.Contains": "slices/slices.go:117:15",
    "slices.ContainsFunc": "slices/slices.go:124:19", "slices.Delete": "slices/slices.go:224:13",
    "slices.DeleteFunc": "slices/slices.go:241:17", "slices.Equal": "slices/slices.go:20:12",
    "slices.EqualFunc": "slices/slices.go:37:16", "slices.Grow": "slices/slices.go:422:11",
    "slices.Index": "slices/slices.go:96:12", "slices.IndexFunc": "slices/slices.go:107:16",
    "slices.Insert": "slices/slices.go:136:13", "slices.IsSorted": "slices/sort.go:42:15",
    "slices.IsSortedFunc": "slices/sort.go:53:19", "slices.Max": "slices/sort.go:95:10",
    "slices.MaxFunc": "slices/sort.go:109:14", "slices.Min": "slices/sort.go:65:10",
    "slices.MinFunc": "slices/sort.go:79:14", "slices.Repeat": "slices/slices.go:514:13",
    "slices.Reverse": "slices/slices.go:483:14", "slices.Sort": "slices/sort.go:16:11",
    "slices.SortFunc": "slices/sort.go:30:15", "slices.SortStableFunc": "slices/sort.go:37:21",
    "slices.Sorted": "slices/iter.go:66:13", "slices.SortedFunc": "slices/iter.go:75:17",
    "slices.SortedStableFunc": "slices/iter.go:86:23", "slices.Values": "slices/iter.go:37:13",
    "sync.OnceValue": "sync/oncefunc.go:46:16", "sync.OnceValues": "sync/oncefunc.go:80:17",
}


class CheckMixin(FlowCheckMixin):
    inferred_calls: set = frozenset()     # node ids of generic library calls (set per Compiler)

    # -- operands as types2 prints them --------------------------------------------------------
    def expr_string(self, n) -> str:
        """syntax.String in its short form: ``S{…}``, ``func() int {…}``."""
        k = n.type
        if k == "composite_literal":
            body = n.child_by_field_name("body")
            inner = "…" if body is not None and body.named_children else ""
            return f"{self.expr_string(n.child_by_field_name('type'))}{{{inner}}}"
        if k == "func_literal":
            body = n.child_by_field_name("body")
            head = self.text(n)[:body.start_byte - n.start_byte].strip()
            return f"{' '.join(head.split())} {{{'…' if body.named_children else ''}}}"
        if k == "index_expression":
            return (f"{self.expr_string(n.child_by_field_name('operand'))}"
                    f"[{self.expr_string(n.child_by_field_name('index'))}]")
        return super().expr_string(n)

    def operand_mode(self, n, t) -> str:
        """types2 operand mode of a non-constant expression: variable, map index expression,
        comma, ok expression or value."""
        k = n.type
        if k == "parenthesized_expression":
            return self.operand_mode(n.named_children[0], t)
        if k == "identifier":
            return "variable" if isinstance(self.lookup(self.text(n)), Var) else "value"
        if k == "unary_expression":
            op = operator(n)
            return "variable" if op == "*" else "comma, ok expression" if op == "<-" else "value"
        if k == "type_assertion_expression":
            return "comma, ok expression"
        if k == "index_expression":
            return self._index_mode(n)
        if k == "selector_expression":
            op = n.child_by_field_name("operand")
            if op.type == "identifier" and isinstance(self.lookup(self.text(op)), PkgName):
                return "variable" if isinstance(t, T.Type) and not isinstance(t, T.Signature) else "value"
            _, ot = self.expr(op)
            if self.field_path(ot, self.text(n.child_by_field_name("field"))) is None:
                return "value"
            if isinstance(T.under(ot), T.Pointer) or self.operand_mode(op, ot) == "variable":
                return "variable"
        return "value"

    def _index_mode(self, n):
        op = n.child_by_field_name("operand")
        _, bt = self.expr(op)
        u = T.under(bt)
        if isinstance(u, T.Map):
            return "map index expression"
        if isinstance(u, (T.Slice, T.Pointer)):
            return "variable"
        if isinstance(u, T.Array):
            return self.operand_mode(op, bt)
        return "value"

    def describe(self, n, t) -> str:
        """``f (variable of type float64)``, ``S{} (value of struct type S)``, ``5 (untyped
        int constant)``."""
        c = self.try_const(n)
        if c is not None:
            shown = t if isinstance(c[1], T.Untyped) and t is not None and not isinstance(t, T.Untyped) else c[1]
            return self.operand_string(n, c[0], shown)
        x = self.expr_string(n)
        if isinstance(t, T.Untyped):
            return f"{x} ({t} value)"
        kind = ""
        if isinstance(t, T.Named) or (t == T.ANY and t.literal is None):   # any, not interface{}
            kind = _composite_kind(t.underlying()) + " "
        return f"{x} ({self.operand_mode(n, t)} of {kind}type {_tt(t)})"

    # -- assignability -------------------------------------------------------------------------
    def check_assign(self, n, t, target, where: str) -> None:
        """Go's assignability of the value n (static type t) to a location of type target;
        where: "argument to f", "assignment", "return statement", ..."""
        if n is None or target is None or t is None:
            return
        inner = n
        while inner.type == "parenthesized_expression":
            inner = inner.named_children[0]
        if inner.id in self.inferred_calls:
            return
        why = self.not_assignable(n, t, target)
        if why is None:
            return
        if isinstance(t, T.Untyped) and t == T.UNTYPED_NIL:
            raise self.err(n, f"cannot use nil as {_tt(target)} value in {where}")
        shown = t
        if isinstance(t, T.Untyped) and T.is_interface(target):
            shown = t.default()           # converted to its default type first
        raise self.err(n, f"cannot use {self.describe(n, shown)} as {_tt(target)} value in {where}{why}")

    def not_assignable(self, n, t, target):
        """None if t is (or may be) assignable to target, else the message's tail ("" or
        ": reason")."""
        if not (_exact(t) and _exact(target)) or _identical(t, target):
            return None
        tu, vu = target.underlying(), t.underlying()
        if tu is None or vu is None:
            return None
        if isinstance(t, T.Untyped):
            if t == T.UNTYPED_NIL:
                ok = isinstance(tu, (T.Pointer, T.Slice, T.Map, T.Chan, T.Signature, T.Interface))
                return None if ok else ""
            if isinstance(tu, T.Interface):
                return None if not tu.methods else self.missing(t.default(), target)
            if t == T.UNTYPED_BOOL:
                return None if tu == T.BOOL else ""
            if isinstance(tu, T.Basic):
                return None          # representability: the constant folder's messages
            return ""
        if isinstance(tu, T.Interface):
            return self.missing(t, target)
        if isinstance(vu, T.Interface):
            return ": need type assertion" if self.missing(target, t) is None else ""
        if isinstance(vu, T.Chan) and isinstance(tu, T.Chan) and vu.dir == "both" and \
                _identical(vu.elem, tu.elem) and not (_is_named(t) and _is_named(target)):
            return None
        if _identical(vu, tu) and not (_is_named(t) and _is_named(target)):
            return None
        return ""

    def missing(self, t, iface):
        """None if t implements the interface iface (or it cannot be told), else
        ": T does not implement I (...)"."""
        it = iface.underlying()

        def head():                              # only for a failure: types are not free to print
            return f": {_tt(t)} does not implement {_tt(iface)}"
        if isinstance(t.underlying(), T.Interface):
            have = dict(t.underlying().methods)
            for name, _ in it.methods:
                if name not in have:
                    return f"{head()} (missing method {name})"
            return None
        own_iface = not isinstance(iface, T.Named) or iface.pkg in ("main", "")
        for name, want in it.methods:
            found = self.method_of(t, name)
            if found is _UNKNOWN:
                return None
            if found is None:
                alt = self.method_of(T.Pointer(t), name) if not isinstance(t, T.Pointer) else None
                if alt not in (None, _UNKNOWN):
                    return f"{head()} (method {name} has pointer receiver)"
                return f"{head()} (missing method {name})"
            if own_iface and found.sig is not None and not _identical(found.sig, want) \
                    and _exact(found.sig) and _exact(want):
                return (f"{head()} (wrong type for method {name})\n\t\thave {_sig_text(name, found.sig)}"
                        f"\n\t\twant {_sig_text(name, want)}")
        return None

    def method_of(self, t, name, depth=0):
        """The MethodInfo of method name in t's method set, None if it has none, _UNKNOWN if the
        simulator cannot tell (a library type, embedded fields it cannot follow)."""
        if depth > 4:
            return _UNKNOWN
        ptr = isinstance(t, T.Pointer)
        base = t.elem if ptr else t
        if ptr and not isinstance(base, T.Named):
            return None              # *[]int, **T: no methods
        if isinstance(base, T.Named):
            if base.pkg != "main":
                info = base.methods.get(name)
                if info is not None and not info.ptr_recv:
                    return info
                return _UNKNOWN
            info = base.methods.get(name)
            if info is not None:
                return info if ptr or not info.ptr_recv else None
            if ptr and isinstance(base.underlying(), (T.Interface, T.Pointer)):
                return None
        u = base.underlying()
        if isinstance(u, T.Interface):
            if ptr:
                return None
            sig = u.method(name)
            return T.MethodInfo(name, sig, False) if sig is not None else None
        if isinstance(u, T.Struct):
            found = []
            for f in u.fields:
                if f.embedded:
                    ft = f.type
                    if ptr and not isinstance(ft, T.Pointer):
                        ft = T.Pointer(ft)      # an addressable embedded value: *E's methods
                    sub = self.method_of(ft, name, depth + 1)
                    if sub is _UNKNOWN:
                        return _UNKNOWN
                    if sub is None and not ptr and not isinstance(ft, T.Pointer):
                        if self.method_of(T.Pointer(ft), name, depth + 1) is not None:
                            return _UNKNOWN if depth else None
                    if sub is not None:
                        found.append(sub)
                if f.name == name:
                    return None if not found else _UNKNOWN
            if len(found) == 1:
                return found[0]
            return None if not found else _UNKNOWN
        return None

    def returns_many(self, e) -> bool:
        """Whether e is a call with several results (``x := strconv.Atoi(s)``)."""
        while e.type == "parenthesized_expression":
            e = e.named_children[0]
        return e.type == "call_expression" and isinstance(self.expr(e, multi=True)[1], T.Tuple)

    def assign_mismatch(self, nvars: int, rhs):
        """types2 assignError, at the first value."""
        def measure(k, unit):
            return f"{k} {unit}{'s' if k != 1 else ''}"
        e = rhs[0]
        while e.type == "parenthesized_expression":
            e = e.named_children[0]
        if len(rhs) == 1 and e.type == "call_expression":
            _, t = self.expr(e, multi=True)
            k = len(t.types) if isinstance(t, T.Tuple) else 0 if t is None else 1
            return self.err(rhs[0], f"assignment mismatch: {measure(nvars, 'variable')} but "
                                    f"{self.expr_string(e.child_by_field_name('function'))} returns "
                                    f"{measure(k, 'value')}")
        return self.err(rhs[0], f"assignment mismatch: {measure(nvars, 'variable')} but "
                                f"{measure(len(rhs), 'value')}")

    # -- operations ----------------------------------------------------------------------------
    def check_assertion(self, n, t, target) -> None:
        """x.(T) with a concrete T that cannot implement x's interface."""
        if not T.is_interface(t) or T.is_interface(target) or not (_exact(t) and _exact(target)):
            return
        why = self.missing(target, t)
        if why is not None:
            raise self.err(n, f"impossible type assertion: {self.expr_string(n)}\n\t{why[2:]}")

    def check_comparable(self, n, ta, tb) -> None:
        """== and != need comparable operands: a slice, map or func only against nil, no
        struct holding one."""
        if T.UNTYPED_NIL in (ta, tb) or T.is_interface(ta) or T.is_interface(tb):
            return
        for t in (ta, tb):
            u = T.under(t)
            if isinstance(u, (T.Slice, T.Map, T.Signature)):
                kind = _composite_kind(u)
                raise self.err(n, f"invalid operation: {self.expr_string(n)} ({kind} can only be compared to nil)")
            if isinstance(u, T.Struct):
                for f in u.fields:
                    if isinstance(T.under(f.type), (T.Slice, T.Map, T.Signature)):
                        raise self.err(n, f"invalid operation: {self.expr_string(n)} (struct containing "
                                          f"{_tt(f.type)} cannot be compared)")

    # -- interface operands (types2 matchTypes, comparison, binary, unary, conversion) -----------
    def check_interface_operands(self, n, op, ln, ta, rn, tb) -> None:
        """A binary operation x op y with an interface operand, after an untyped constant
        operand has (or has not) taken the other's type: only == and != are defined on
        interfaces, and only with an operand assignable to the interface.  An untyped numeric
        constant never converts to an interface type here (``s == 15``: mismatched types), an
        untyped string or bool one converts to its default type (a non-empty interface: "cannot
        convert")."""
        ia, ib = T.is_interface(ta), T.is_interface(tb)
        if not (ia or ib) or T.UNTYPED_NIL in (ta, tb) or not (_exact(ta) and _exact(tb)):
            return
        if op in ("<<", ">>"):
            if ia:
                raise self.err(ln, f"invalid operation: shifted operand {self.describe(ln, ta)} must be integer")
            return
        for c, ct, other in ((ln, ta, tb), (rn, tb, ta)):
            if isinstance(ct, T.Untyped) and ct.kind in ("string", "bool") and T.is_interface(other):
                if other.underlying().methods:
                    raise self.err(c, f"cannot convert {self.describe(c, ct)} to type "
                                      f"{_iface_literal(other.underlying())}")
                if c is ln:
                    ta = ct.default()
                else:
                    tb = ct.default()
        mismatch = (f"invalid operation: {self.expr_string(n)} (mismatched types {_tn(ta)} and "
                    f"{_tn(tb)})")
        if op not in ("==", "!=", "<", "<=", ">", ">="):
            if _identical(ta, tb):
                raise self.err(ln, f"invalid operation: operator {op} not defined on {self.describe(ln, ta)}")
            raise self.err(ln, mismatch)
        if not (self._comparable_to(ta, tb) or self._comparable_to(tb, ta)):
            raise self.err(rn, mismatch)      # types2 reports a mismatch at the 2nd operand
        if op not in ("==", "!="):
            raise self.err(ln if ia else rn, f"invalid operation: {self.expr_string(n)} "
                                              f"(operator {op} not defined on interface)")

    def _comparable_to(self, t, iface) -> bool:
        """Whether a value of type t is assignable to the interface type iface (or may be)."""
        if not T.is_interface(iface):
            return False
        if isinstance(t, T.Untyped):          # a number: never converted to the interface
            return not iface.underlying().methods
        return _identical(t, iface) or self.missing(t, iface) is None

    def check_unary_interface(self, n, op, operand, t) -> None:
        """-x, +x, ^x, !x are not defined on an interface operand."""
        if op in ("-", "+", "^", "!") and T.is_interface(t) and _exact(t):
            raise self.err(operand, f"invalid operation: operator {op} not defined on "
                                    f"{self.describe(operand, t)}")

    def check_interface_conversion(self, arg, t, target) -> None:
        """T(x) of an interface value x to a type T that is not an interface: never valid
        (": need type assertion" when T implements x's interface)."""
        if not T.is_interface(t) or T.is_interface(target) or not (_exact(t) and _exact(target)):
            return
        why = ": need type assertion" if self.missing(target, t) is None else ""
        raise self.err(arg, f"cannot convert {self.describe(arg, t)} to type {_tt(target)}{why}")

    def check_copy(self, args, dt, st) -> None:
        du, su = T.under(dt), T.under(st)
        if not isinstance(du, T.Slice) or not _exact(dt) or not _exact(st):
            return
        selem = T.UINT8 if T.is_string(st) else su.elem if isinstance(su, T.Slice) else None
        if selem is None or _identical(du.elem, selem):
            return
        raise self.err(args[0], f"invalid copy: arguments dst {self.describe(args[0], dt)[len(self.expr_string(args[0])) + 1:]} "
                                f"and {self.describe(args[1], st)} have different element types "
                                f"{_tt(du.elem)} and {'byte' if selem == T.UINT8 else _tt(selem)}")

    def check_chan_op(self, op: str, n, t, at=None) -> None:
        """op ("send", "receive", "close" or "range") applied to the operand n of static type
        t: it must be a channel (a range may be over anything else) that allows op.  Reported
        at ``at`` (a send: the statement) or at n, in types2's words."""
        msg = self.chan_error(op, n, t)
        if msg is not None:
            raise self.err(at or n, msg)

    def chan_error(self, op: str, n, t) -> str | None:
        if t is None or isinstance(t, (T.Tuple, T.TypeParam)):
            return None
        u = T.under(t)
        if not isinstance(u, T.Chan):
            if op == "range":
                return None
            kind = "non-channel"
        elif u.dir == "recv" and op in ("send", "close"):
            kind = "receive-only channel"
        elif u.dir == "send" and op in ("receive", "range"):
            kind = "send-only channel"
        else:
            return None
        x = self.describe(n, t)
        if op == "close":
            return f"invalid operation: cannot close {kind} {x}"
        if op == "range":
            return f"cannot range over {x}: receive from {kind} {_tt(t)}"
        return f"invalid operation: cannot {'send to' if op == 'send' else 'receive from'} {kind} {_tt(t)} {x}"

    # -- statements ----------------------------------------------------------------------------
    def check_duplicate_case(self, seen: dict, v, tag_t) -> None:
        """types2 caseValues: a constant case value (int, float or string; not bool) equal to
        an earlier one of an identical type, after conversion to the tag's type (an interface
        tag: to the constant's default type).  ``seen`` maps (value, type) to the first case."""
        c = self.try_const(v)
        if c is None or isinstance(c[0], bool) or tag_t is None:
            return
        val, t = c
        if isinstance(t, T.Untyped):
            t = t.default() if T.is_interface(tag_t) else tag_t
            u = t.underlying()
            if isinstance(u, T.Basic):
                ok, r = representation(val, u)
                if not ok:
                    return                     # reported by the comparison itself
                val = r
        if not isinstance(val, (int, float, Fraction, str)):
            return
        key = (val, str(t))
        if key in seen:
            self.errors.append(self.err(v, f"duplicate case {self.operand_string(v, val, t)} "
                                           "in expression switch"))
        else:
            seen[key] = v

    def check_condition(self, n, t, word: str) -> None:
        u = T.under(t)
        if t is None or isinstance(t, T.Tuple) or not _exact(t):
            return
        if u in (T.BOOL, T.UNTYPED_BOOL):
            return
        raise self.err(n, f"non-boolean condition in {word} statement")

    def check_expression_statement(self, x) -> None:
        """Go accepts only calls and receives as expression statements (and not calls of
        builtins with a result)."""
        inner = x
        while inner.type == "parenthesized_expression":
            inner = inner.named_children[0]
        if inner.type == "call_expression":
            fn = inner.child_by_field_name("function")
            if fn.type == "identifier" and self.text(fn) in ("len", "cap", "append", "make", "new",
                                                              "min", "max", "complex", "real", "imag"):
                from .scope import Builtin
                if isinstance(self.lookup(self.text(fn)), Builtin):
                    _, t = self.expr(inner)
                    raise self.err(x, f"{self.describe(inner, t)} is not used")
            elif self.conversion_target(fn) is not None:
                _, t = self.expr(inner)
                raise self.err(x, f"{self.describe(inner, t)} is not used")
            return
        if inner.type == "unary_expression" and operator(inner) == "<-":
            return
        if inner.type in ("identifier", "selector_expression", "index_expression", "binary_expression",
                          "unary_expression", "int_literal", "float_literal", "rune_literal",
                          "interpreted_string_literal", "raw_string_literal", "composite_literal",
                          "func_literal", "slice_expression", "type_assertion_expression",
                          "true", "false"):
            _, t = self.expr(inner)
            if isinstance(t, T.Tuple):
                return
            raise self.err(x, f"{self.describe(inner, t)} is not used")

    # -- addressability ------------------------------------------------------------------------
    def addressable(self, n) -> bool | None:
        """Go's addressability (None: cannot tell)."""
        k = n.type
        if k == "parenthesized_expression":
            return self.addressable(n.named_children[0])
        if k == "identifier":
            return isinstance(self.lookup(self.text(n)), Var)
        if k == "unary_expression":
            return operator(n) == "*"
        if k == "composite_literal" or k == "call_expression":
            return False
        if k == "selector_expression":
            op = n.child_by_field_name("operand")
            if op.type == "identifier" and isinstance(self.lookup(self.text(op)), PkgName):
                return None
            _, ot = self.expr(op)
            if self.field_path(ot, self.text(n.child_by_field_name("field"))) is None:
                return None
            if isinstance(T.under(ot), T.Pointer):
                return True
            return self.addressable(op)
        if k == "index_expression":
            op = n.child_by_field_name("operand")
            _, bt = self.expr(op)
            u = T.under(bt)
            if isinstance(u, (T.Slice, T.Pointer)):
                return True
            if isinstance(u, T.Array):
                return self.addressable(op)
            if isinstance(u, T.Map) or T.is_string(bt):
                return False
        return None

    def check_assignable_target(self, l) -> None:
        """``m["a"].X = 1`` and ``s[0] = 'x'`` on a string do not compile."""
        k = l.type
        if k == "parenthesized_expression":
            return self.check_assignable_target(l.named_children[0])
        if k == "selector_expression":
            op = l.child_by_field_name("operand")
            inner = op
            while inner.type == "parenthesized_expression":
                inner = inner.named_children[0]
            if self.addressable(l) is False:
                if inner.type == "index_expression" and isinstance(
                        T.under(self.expr(inner.child_by_field_name("operand"))[1]), T.Map):
                    raise self.err(l, f"cannot assign to struct field {self.expr_string(l)} in map")
                raise self.err(l, f"cannot assign to {self.expr_string(l)} (neither addressable nor "
                                  f"a map index expression)")
        elif k == "index_expression":
            _, bt = self.expr(l.child_by_field_name("operand"))
            if T.is_string(bt):
                raise self.err(l, f"cannot assign to {self.expr_string(l)} (neither addressable nor "
                                  f"a map index expression)")

    # -- generic library functions as values ------------------------------------------------------
    def generic_func(self, n):
        """The Func if n is ``pkg.F`` for a generic library function F, else None.  (Not
        ``(pkg.F)``: types2 keeps only a bare generic function argument for inference.)"""
        if n.type != "selector_expression":
            return None
        op = n.child_by_field_name("operand")
        if op.type != "identifier" or not isinstance(self.lookup(self.text(op)), PkgName):
            return None
        m = self.lookup((self.text(op), self.text(n.child_by_field_name("field"))))
        return m if isinstance(m, Func) and T.has_type_params(m.sig) else None

    def check_generic_value(self, n, want) -> None:
        """A generic function used as a value needs a function type to infer its type arguments
        from (``var f func([]int) int = slices.Max``, an argument for a func parameter)."""
        if want is None or not isinstance(want.underlying(), T.Signature):
            raise self.err(n, f"cannot use generic function {self.text(n)} without instantiation")

    def generic_argument_error(self, args_node, a, param, fname: str):
        """``fmt.Println(slices.Max)``: types2 reverse-infers a generic function argument's type
        arguments from the parameter's type; one that is not a func type tells nothing, and the
        call (at its parenthesis) reports the function's first type parameter once the other
        arguments are checked.  The error to raise then, else None."""
        f = self.generic_func(a)
        if f is None or isinstance(param.underlying(), T.Signature):
            return None
        tp = next(iter(_type_params(f.sig)), "?")
        at = _FIRST_TPARAM_AT.get(f.name)
        where = f" (declared at $GOROOT/src/{at})" if at else ""
        return self.err(args_node, f"in call to {fname}, cannot infer {tp}{where}")

    def check_pointer_method(self, op_node, recv_t, info, name, at=None) -> None:
        """A pointer method called on a value that has no address (a map element, a call's
        result, a composite literal)."""
        if not info.ptr_recv or isinstance(recv_t, T.Pointer) or T.is_interface(recv_t):
            return
        if self.addressable(op_node) is False:
            raise self.err(at or op_node, f"cannot call pointer method {name} on {_tt(recv_t)}")
