"""Evaluation order within one expression, as gc's order pass (cmd/compile/internal/walk/
order.go) decides it: every call, receive, append/copy/len/make..., slice expression,
non-pointer type assertion, []byte(s) conversion and &&/|| of a root expression is evaluated
first, in left-to-right post-order, into temporaries; then the rest (variable and field reads,
index, arithmetic, string(b)...), so those reads see the calls' effects
(``x := 1; fmt.Println(x, inc(&x))`` prints ``2 2``).

Compiled code keeps Python's left-to-right order unless a read precedes a call in the same root
(``needs_hoist``): then the hoisted nodes become walrus temporaries, ``((_h1 := call), ...,
rest)[-1]``, or, for a statement's list (return, assignment, go/defer arguments), assignments
emitted before the statement.  Invariant: a node compiled twice in one root (once for its type,
say) is evaluated once.
"""
from __future__ import annotations

import re

from ..golang import types as T
from ..golang.parse import operator
from .scope import Builtin, PkgName, TypeName, Var
from .typelayout import layout, sole_component

_COMPOUND = frozenset(("call_expression", "binary_expression", "unary_expression", "composite_literal",
                       "index_expression", "selector_expression", "slice_expression", "parenthesized_expression",
                       "type_assertion_expression", "type_conversion_expression"))
_LEAVES = frozenset(("func_literal", "int_literal", "float_literal", "interpreted_string_literal",
                     "raw_string_literal", "rune_literal", "field_identifier", "type_identifier", "nil",
                     "true", "false", "imaginary_literal"))
_TYPE_NODES = frozenset(("parenthesized_type", "pointer_type", "slice_type", "array_type", "map_type",
                         "channel_type", "function_type", "interface_type", "qualified_type",
                         "type_identifier", "generic_type"))
_HOISTED_BUILTINS = frozenset(("append", "copy", "recover", "len", "cap", "make", "new", "min", "max",
                               "complex", "real", "imag"))


def _isname(code: str) -> bool:
    return code.isidentifier()


def _can_ssa(t) -> bool:
    """ssa.CanSSA: at most 4 words; arrays of at most one element; structs of at most 4 fields."""
    u = t.underlying() if t is not None else None
    if layout(t)[0] > 32:
        return False
    if isinstance(u, T.Array):
        return u.length <= 1 and (u.length == 0 or _can_ssa(u.elem))
    if isinstance(u, T.Struct):
        return len(u.fields) <= 4 and all(_can_ssa(f.type) for f in u.fields)
    return True


def _needs_addr(t) -> bool:
    """dataWordFuncName's needsaddr (cmd/compile/internal/walk/convert.go), for value types;
    pointer-shaped types are left out (their non-addressable values do not change)."""
    u = t.underlying() if t is not None else None
    if isinstance(u, (T.Pointer, T.Map, T.Chan, T.Signature)) or isinstance(t, T.Untyped):
        return False
    size, align, ptrs = layout(t)
    if size == 2 and align == 2 or size == 4 and align == 4 and not ptrs or size == 8 and align == 8 and not ptrs:
        return False
    return sole_component(t) is None


class _Hoisted(list):
    """The (temporary, code) pairs hoisted in one root, and which node each temporary holds."""
    __slots__ = ("names",)

    def __init__(self):
        super().__init__()
        self.names: dict = {}


def _has_call(n) -> bool:
    stack = [n]
    while stack:
        x = stack.pop()
        if x.type == "call_expression" or x.type == "unary_expression" and operator(x) == "<-":
            return True
        if x.type != "func_literal":
            stack.extend(x.named_children)
    return False


class OrderMixin:
    """The compiler's side of the order pass (see the module docstring): roots, hoisting,
    and which nodes gc hoists."""
    _hst = None          # None: outside a root; False: in a root that needs nothing; list: hoisting
    _hroot = None        # the root node's id (not hoisted itself)

    def root_expr(self, n, want, multi):
        hoisting = self.needs_hoist([n])
        self._hst, self._hroot = (_Hoisted() if hoisting else False), n.id
        try:
            code, t = self.expr1(n, want, multi)
            entries = self._hst
        finally:
            self._hst = self._hroot = None
        if entries:
            code = "(" + "".join(f"({nm} := {c}), " for nm, c in entries) + f"{code})[-1]"
        return code, t

    def hoist(self, n, code: str) -> str:
        """A hoisted node's value: a temporary evaluated before the rest of the root."""
        if type(self._hst) is _Hoisted:
            if n.id == self._hroot:
                return code
            # a node compiled twice (e.g. once for its type) gives the same code: evaluated
            # once; the same node boxed for an interface is new code, a temporary of its own
            key = (n.id, code)
            name = self._hst.names.get(key)
            if name is None:
                name = self.fresh("h")
                self._hst.append((name, code))
                self._hst.names[key] = name
            return name
        return code

    def list_root(self, nodes):
        """A statement's expressions evaluated as one unit (return list, assignment, go/defer
        arguments): returns a token for ``end_list_root``, which gives the hoisted assignments
        to emit before the statement."""
        prev = (self._hst, self._hroot)
        self._hst, self._hroot = (_Hoisted() if self.needs_hoist(nodes) else False), None
        return prev

    def end_list_root(self, prev) -> None:
        entries = self._hst
        self._hst, self._hroot = prev
        for nm, c in entries or ():
            self.emit(f"{nm} = {c}")

    def needs_hoist(self, nodes) -> bool:
        """Whether evaluating nodes left to right differs from gc's order: some variable read
        comes before a call (receive, append, copy, recover, && / || with one) of the same level,
        a level being a root or a call's own function and arguments."""
        lvl = [False]
        return any(self._scan(x, lvl) for x in nodes)

    def _scan(self, n, lvl) -> bool:
        t = n.type
        if t == "identifier":
            if not lvl[0] and isinstance(self.lookup(self.text(n)), Var):
                lvl[0] = True
            return False
        if t in _LEAVES:
            return False
        if self._effect_node(n):
            if lvl[0]:
                return True
            sub = [False]
            return any(self._scan(c, sub) for c in n.named_children)
        return any(self._scan(c, lvl) for c in n.named_children)

    def _effect_node(self, n) -> bool:
        t = n.type
        if t == "call_expression":
            fn, e = self._callee(n)
            if fn.type == "identifier":
                if isinstance(e, Builtin):
                    return e.name in ("append", "copy", "recover")
                return not isinstance(e, TypeName)
            if fn.type in _TYPE_NODES:
                return False
            if fn.type == "selector_expression":
                op = fn.child_by_field_name("operand")
                if op.type == "identifier" and isinstance(self.lookup(self.text(op)), PkgName):
                    return not isinstance(self.lookup((self.text(op), self.text(fn.child_by_field_name("field")))), TypeName)
            return True
        if t == "unary_expression":
            return operator(n) == "<-"
        if t == "binary_expression" and operator(n) in ("&&", "||"):
            return _has_call(n)
        return False


    def hoist_boxed(self, code: str, t, n) -> str:
        """A value converted to an interface inside a hoisting root: gc (orderState.expr1,
        OCONVIFACE) copies a value the runtime takes by address (dataWordFuncName's needsaddr:
        bool, byte, most structs and arrays) that is not addressable (!b, s[i] of a string,
        m[k], T{...}) to a temporary now (addrTemp: so is an SSA-able local variable whose
        address is not taken, #63332)."""
        if not _isname(code) and _needs_addr(t.default() if isinstance(t, T.Untyped) else t) \
                and self.try_const(n) is None:
            where = self.outer_addr(n)
            if where is False or isinstance(where, Var) and not where.is_global and _can_ssa(
                    where.type) and where.name not in self.addr_taken_names():
                code = self.hoist(n, code)
        return code

    def hoisting(self) -> bool:
        """Inside a root whose calls are being hoisted."""
        return type(self._hst) is _Hoisted

    def addr_taken_names(self) -> set:
        names = getattr(self, "_addr_names", None)
        if names is None:
            names = self._addr_names = set(re.findall(r"(?<!&)&(?!&)\s*([A-Za-z_]\w*)", self.src.text))
        return names

    def outer_addr(self, n):
        """False, or (addressable) its outer variable (ir.OuterValue) or True."""
        k = n.type
        if k == "parenthesized_expression":
            return self.outer_addr(n.named_children[0])
        if k == "identifier":
            e = self.lookup(self.text(n))
            return e if isinstance(e, Var) else False
        if k == "unary_expression":
            return operator(n) == "*"
        if k == "selector_expression":
            op = n.child_by_field_name("operand")
            if op.type == "identifier" and isinstance(self.lookup(self.text(op)), PkgName):
                return True
            return True if isinstance(T.under(self._type_only(op)), T.Pointer) else self.outer_addr(op)
        if k == "index_expression":
            op = n.child_by_field_name("operand")
            u = T.under(self._type_only(op))
            if isinstance(u, (T.Slice, T.Pointer)):
                return True
            return self.outer_addr(op) if isinstance(u, T.Array) else False
        return False

    def _type_only(self, n):
        saved, self._hst = self._hst, False          # for its type: nothing hoisted
        try:
            return self.expr(n)[1]
        finally:
            self._hst = saved

    def _callee(self, call):
        """A call's function node (parentheses removed) and, for a plain name, what it names."""
        fn = call.child_by_field_name("function")
        while fn.type == "parenthesized_expression":
            fn = fn.named_children[0]
        return fn, (self.lookup(self.text(fn)) if fn.type == "identifier" else None)

    def _hoisted_call(self, n, code) -> bool:
        """gc's order pass copies calls and these builtins/conversions to temporaries (OCALLFUNC,
        OLEN, OCOPY, OSTR2BYTES, ... in orderState.expr1); other conversions stay in place."""
        fn, e = self._callee(n)
        if isinstance(e, Builtin):
            return e.name in _HOISTED_BUILTINS
        if self.conversion_target(fn) is not None:
            return code.startswith(("_str_to_bytes(", "_str_to_runes("))
        return True
