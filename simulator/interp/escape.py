"""A quick pass over a function body before compiling it.

* ``escaping``: names that must live in a Cell — used inside a nested func literal, or whose
  address is taken, explicitly or as the receiver ``x.M`` of one of ``addr_methods`` (pointer
  methods of non-struct types: ``c.Inc()`` is ``(&c).Inc()``).  By name, not by declaration or
  type: over-approximating only costs a little speed.
* ``has_defer``: the function itself (not a nested literal) contains ``defer``.
* ``leaf``: no calls at all (Go's leaf functions have no stack-check prologue, hence no
  cooperative preemption point: GO_SEMANTICS §7).
"""
from __future__ import annotations

from dataclasses import dataclass, field

_BUILTIN_CALLS = {"len", "cap", "append", "copy", "delete", "make", "new", "min", "max",
                  "panic", "print", "println", "recover", "close", "clear"}


@dataclass
class FuncInfo:
    escaping: set[str] = field(default_factory=set)
    has_defer: bool = False
    has_return: bool = False
    leaf: bool = True


def analyse(src, body, declared: list[str], addr_methods: frozenset = frozenset()) -> FuncInfo:
    info = FuncInfo()
    stack = [(body, False)]
    while stack:
        n, in_lit = stack.pop()
        t = n.type
        if t == "func_literal":
            for ident in _identifiers(n):
                info.escaping.add(src.node_text(ident))
            info.leaf = False
            continue
        if t == "defer_statement" and not in_lit:
            info.has_defer = True
        if t == "return_statement" and not in_lit:
            info.has_return = True
        if t == "unary_expression" and src.node_text(n).startswith("&"):
            _address_taken(src, n.child_by_field_name("operand"), info)
        if t == "selector_expression" and addr_methods and \
                src.node_text(n.child_by_field_name("field")) in addr_methods:
            _address_taken(src, n.child_by_field_name("operand"), info)
        if t == "call_expression":
            fn = n.child_by_field_name("function")
            if not (fn.type == "identifier" and src.node_text(fn) in _BUILTIN_CALLS):
                info.leaf = False
        if t in ("go_statement", "defer_statement", "select_statement", "send_statement"):
            info.leaf = False
        stack.extend((c, in_lit) for c in n.named_children)
    return info


def _address_taken(src, operand, info: FuncInfo) -> None:
    """``&operand``: the variable it is (a part of) escapes."""
    base = operand
    while base is not None and base.type in ("selector_expression", "index_expression",
                                             "parenthesized_expression"):
        base = base.named_children[0]
    if base is not None and base.type == "identifier":
        info.escaping.add(src.node_text(base))


def _identifiers(n):
    stack = [n]
    while stack:
        x = stack.pop()
        if x.type == "identifier":
            yield x
        stack.extend(x.named_children)
