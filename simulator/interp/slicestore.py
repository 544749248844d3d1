"""Where the backing array comes from when an ``append`` grows a slice: the heap or the stack.

go1.27 gives an append whose result does not escape a 32-byte stack buffer: the first append
from empty takes it whole (cmd/compile/internal/ssagen ``append``).  Its slice pass
(cmd/compile/internal/slice) goes further for a slice that escapes at exactly one place: the
slice grows inside the buffer one size class at a time (``growsliceBuf``) and moves to the heap
just before it escapes.  cap() shows the difference: after ``b = append(b, 'x')`` a ``[]byte``
has cap 32 if b stays in its function, 8 if it is printed with fmt.

We follow both passes per slice variable of a function, by looking at how its name is used:

* HEAP:  it escapes (passed to a function or converted to an interface, stored, returned,
  assigned, captured by a closure, an element's address taken...): every growth is growslice;
* STACK: nothing lets it escape (len, cap, s[i], range, copy, ``s = append(s, ...)``,
  ``s = s[i:j]``, ``string(s)``);
* BUF:   the slice pass applies: every use is one it understands, exactly one of them is a
  transition (return, ``x = s``, range) outside any loop deeper than the declaration, and the
  appends run at least twice (one in a loop counts twice).  Without cap() Go would take the
  whole buffer and, at the transition, move to the heap rounding the capacity down to the
  length's size class; growing one size class at a time gives the same capacities.

Limits: Go analyses a function after inlining the small functions it calls (a slice built in an
inlined helper then lives in the caller), and knows which parameters of a callee leak; here a
slice passed to any function but a builtin is HEAP, and each function stands alone.  A name
declared twice in one function is HEAP.  Appends with ``...`` always use the heap, as in Go.
"""
from __future__ import annotations

from .escape import _identifiers
from .growslice import BUF, HEAP, STACK

#: calls that read a slice without keeping it
_READERS = {"len", "cap", "copy", "string"}


class SliceVar:
    """What the uses of one local name tell (cmd/compile/internal/slice sliceInfo)."""
    __slots__ = ("decl_depth", "decls", "leaks", "understood", "transitions", "weight", "appends",
                 "mode", "site")

    def __init__(self, depth: int):
        self.decl_depth = depth
        self.decls = 0
        self.leaks = False               # escape analysis: the backing array escapes
        self.understood = True           # the slice pass understands every use
        self.transitions: list[int] = []  # loop depths of the exclusive->shared points
        self.weight = 0                  # appends, one in a loop counting twice
        self.appends: list[int] = []     # start bytes of its `s = append(s, ...)` calls
        self.mode = HEAP
        self.site = None                 # the AppendSite the compiler makes for it

    def escapes(self) -> None:
        self.leaks, self.understood = True, False

    def decide(self) -> int:
        if self.decls != 1:
            return HEAP
        if (self.understood and len(self.transitions) == 1 and self.weight >= 2
                and self.transitions[0] <= self.decl_depth):
            return BUF
        return HEAP if self.leaks else STACK


def append_vars(src, body, params: list[str], results: list[str]) -> dict[int, SliceVar]:
    """The slice variable each ``s = append(s, ...)`` in body appends to, by the call's start
    byte; its ``mode`` says where grown backing arrays come from."""
    text = src.node_text
    vars_: dict[str, SliceVar] = {}

    def declare(name: str, depth: int) -> None:
        v = vars_.setdefault(name, SliceVar(depth))
        v.decls += 1
        v.decl_depth = depth

    for name in params + results:
        declare(name, 0)
    uses: list[tuple] = []          # (identifier, depth)
    declaring: set[int] = set()     # start bytes of identifiers that declare a name
    captured: set[str] = set()
    bare_returns: list[int] = []
    stack = [(body, 0)]
    while stack:
        n, depth = stack.pop()
        t = n.type
        if t == "func_literal":
            captured.update(text(x) for x in _identifiers(n))
            continue
        if t == "identifier":
            uses.append((n, depth))
            continue
        if t in ("var_spec", "short_var_declaration", "range_clause"):
            for x in _declared_names(n):
                declaring.add(x.start_byte)
                declare(text(x), depth)
                if t != "range_clause" and not _understood_init(_counterpart(n, x), text(x), text):
                    vars_[text(x)].understood = False
        if t == "return_statement" and not n.named_children:
            bare_returns.append(depth)
        if t == "for_statement":
            depth += 1
        stack.extend((c, depth) for c in n.named_children)

    for name in captured:
        if name in vars_:
            vars_[name].escapes()
    for depth in bare_returns:             # `return` hands the named results to the caller
        for name in results:
            v = vars_[name]
            v.leaks = True
            v.transitions.append(depth)
    for ident, depth in uses:
        v = vars_.get(text(ident))
        if v is not None and ident.start_byte not in declaring:
            _use(ident, depth, v, text)

    out = {}
    for v in vars_.values():
        v.mode = v.decide()
        for start in v.appends:
            out[start] = v
    return out


def _use(ident, depth: int, v: SliceVar, text) -> None:
    """Record what one use of v's name does to the slice (slice.go ``do``, and escape analysis
    reduced to: does the slice header get copied somewhere?)."""
    name = text(ident)
    e, p = ident, ident.parent
    whole = True                            # e is the name itself, not s[i:j]
    while p.type in ("slice_expression", "parenthesized_expression"):
        if p.type == "slice_expression":
            if p.child_by_field_name("operand") != e:
                break
            if _assigned_to(p, name, text):     # s = s[i:j]
                return
            whole = v.understood = False
        e, p = p, p.parent
    t = p.type
    if t == "index_expression" and p.child_by_field_name("operand") == e:
        if _address_taken(p, text):         # &s[i]: a pointer into the array
            v.escapes()
        return
    if t == "variadic_argument":            # f(x, s...)
        call = p.parent.parent
        if _callee(call, text) != "append":
            v.leaks = True
        v.understood = False
        return
    if t == "argument_list":
        call = p.parent
        fn = _callee(call, text)
        args = [a for a in p.named_children if a.type != "comment"]
        if fn in _READERS:
            v.understood &= fn in ("len", "cap")
            return
        if fn == "append" and args and args[0] == e and _assigned_to(call, name, text):
            if whole:                       # s = append(s, ...)
                v.appends.append(call.start_byte)
                v.weight += 1 + depth - v.decl_depth
            return
        v.escapes()
        return
    if t == "range_clause" and p.child_by_field_name("right") == e:
        if whole:
            v.transitions.append(depth - 1)     # the range itself is outside its loop
        return
    if t == "expression_list":
        stmt = p.parent
        if stmt.type == "return_statement" or (
                stmt.type in ("assignment_statement", "short_var_declaration", "var_spec")
                and p == _rhs(stmt)):
            v.leaks = True
            if whole:
                v.transitions.append(depth)
            else:
                v.understood = False
            return
        if stmt.type == "assignment_statement" and whole:     # s = y
            v.understood &= _understood_init(_counterpart(stmt, e), name, text)
            return
    v.escapes()


def _declared_names(n) -> list:
    if n.type == "var_spec":
        return [c for c in n.children_by_field_name("name") if c.is_named]
    if n.type == "range_clause" and not any(c.type == ":=" for c in n.children):
        return []
    left = n.child_by_field_name("left")
    return [] if left is None else [x for x in left.named_children if x.type == "identifier"]


def _callee(call, text) -> str | None:
    fn = call.child_by_field_name("function")
    return text(fn) if fn is not None and fn.type == "identifier" else None


def _rhs(stmt):
    return stmt.child_by_field_name("value" if stmt.type == "var_spec" else "right")


def _counterpart(stmt, lhs):
    """In ``a, b = x, y`` (or ``var a, b = x, y``): the expression assigned to lhs; None when
    there is none (``var s []int``)."""
    if stmt.type == "var_spec":
        names, right = _declared_names(stmt), stmt.child_by_field_name("value")
    else:
        names, right = stmt.child_by_field_name("left").named_children, stmt.child_by_field_name("right")
    if right is None:
        return None
    if len(names) != len(right.named_children):     # a, b := f()
        return right.named_children[0]
    return right.named_children[[c.start_byte for c in names].index(lhs.start_byte)]


def _understood_init(y, name: str, text) -> bool:
    """``s = y`` keeps s the only slice on its array, as the slice pass sees it: y is nil, a
    slice literal, s[i:j] or append(s, ...).  (No y: ``var s []T``.)"""
    if y is None or y.type in ("nil", "composite_literal"):
        return True
    if y.type == "slice_expression":
        x = y.child_by_field_name("operand")
    elif y.type == "call_expression" and _callee(y, text) == "append":
        args = y.child_by_field_name("arguments").named_children
        x = args[0] if args else None
    else:
        return False
    return x is not None and x.type == "identifier" and text(x) == name


def _assigned_to(x, name: str, text) -> bool:
    """x is assigned to the variable ``name`` (``name = x``, or one of a tuple assignment)."""
    p = x.parent
    if p is None or p.type != "expression_list":
        return False
    stmt = p.parent
    if stmt.type != "assignment_statement" or p != stmt.child_by_field_name("right"):
        return False
    left = stmt.child_by_field_name("left")
    if len(left.named_children) != len(p.named_children):
        return False
    target = left.named_children[[c.start_byte for c in p.named_children].index(x.start_byte)]
    return target.type == "identifier" and text(target) == name


def _address_taken(n, text) -> bool:
    """&s[i], &s[i].f, &s[i][j] (an array element): a pointer into s's backing array."""
    p = n.parent
    while p is not None and p.type in ("selector_expression", "index_expression",
                                       "parenthesized_expression"):
        n, p = p, p.parent
    return p is not None and p.type == "unary_expression" and text(p).startswith("&")
