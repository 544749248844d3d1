"""Checks on a function body's control flow that Go's compiler makes: a function with results
must end in a terminating statement (the spec's list: "missing return"), every label must be
used, and every break/continue/fallthrough must have a target (cmd/compile/internal/syntax
branches.go, read off the tree: a statement's targets are its ancestors up to the enclosing
function or function literal).  ``goto`` is outside the subset, so only break/continue use
labels here.
"""
from __future__ import annotations

_LOOPS = ("for_statement", "expression_switch_statement", "type_switch_statement", "select_statement")
_SWITCHES = ("expression_switch_statement", "type_switch_statement")
_FUNCS = ("func_literal", "function_declaration", "method_declaration")
_CLAUSES = ("expression_case", "type_case", "default_case", "communication_case")


def unlabel(s):
    """The statement a chain of labels (``L: M: stmt``) labels; s itself if it has none."""
    while s.type == "labeled_statement" and len(s.named_children) > 1:
        s = s.named_children[-1]
    return s


def _ancestors(n):
    """n's ancestors, innermost first, up to (not including) the function it belongs to."""
    p = n.parent
    while p is not None and p.type not in _FUNCS:
        yield p
        p = p.parent


def _function_of(n):
    p = n.parent
    while p is not None and p.type not in _FUNCS:
        p = p.parent
    return p


class FlowCheckMixin:
    def check_labels(self, body) -> None:
        """Go: "label L defined and not used" (goto is outside the subset).  A break or
        continue uses a label defined before it, even when the label is not a valid target
        for it; a label defined after it is "not defined" there and stays unused."""
        uses, defined = [], []
        stack = [body]
        while stack:
            x = stack.pop()
            if x.type == "func_literal":
                continue                  # checked when the literal itself is compiled
            if x.type == "labeled_statement":
                defined.append(x.child_by_field_name("label"))
            elif x.type in ("break_statement", "continue_statement", "goto_statement") and x.named_children:
                uses.append((self.text(x.named_children[0]), x.start_byte))
            stack.extend(x.named_children)
        for lab in defined:
            name = self.text(lab)
            if not any(u == name and at > lab.start_byte for u, at in uses):
                self.errors.append(self.err(lab, f"label {name} defined and not used"))

    # -- branch statements (syntax/branches.go) ------------------------------------------------
    def branch_error(self, n):
        """None if the break, continue or fallthrough statement n has a valid target, else
        (node, message) as Go reports it."""
        if n.type == "fallthrough_statement":
            return self.fallthrough_error(n)
        word = "break" if n.type == "break_statement" else "continue"
        kinds = _LOOPS if word == "break" else ("for_statement",)
        if not n.named_children:
            if any(a.type in kinds for a in _ancestors(n)):
                return None
            return n, ("break is not in a loop, switch, or select" if word == "break"
                       else "continue is not in a loop")
        lab = n.named_children[0]
        name = self.text(lab)
        target = next((a for a in _ancestors(n) if a.type == "labeled_statement"
                       and self.text(a.child_by_field_name("label")) == name), None)
        if target is not None:
            if unlabel(target).type in kinds:
                return None
            return lab, f"invalid {word} label {name}"
        if self.label_defined_before(_function_of(n), name, n.start_byte):
            return lab, f"invalid {word} label {name}"     # defined, but does not enclose n
        return lab, f"{word} label not defined: {name}"

    def label_defined_before(self, fn, name, at) -> bool:
        """Whether function fn's own body (not its literals) defines label name before byte at."""
        stack = [fn.child_by_field_name("body")] if fn is not None else []
        while stack:
            x = stack.pop()
            if x is None or x.type == "func_literal" or x.start_byte >= at:
                continue
            if x.type == "labeled_statement" and self.text(x.child_by_field_name("label")) == name:
                return True
            stack.extend(x.named_children)
        return False

    def fallthrough_error(self, n):
        """A fallthrough must be the last statement of an expression switch's clause (labels
        allowed), and not of its final clause."""
        at = n
        while at.parent is not None and at.parent.type == "labeled_statement":
            at = at.parent
        target = next((a for a in _ancestors(n) if a.type in _LOOPS), None)
        if target is None or target.type not in _SWITCHES:
            return n, "fallthrough statement out of place"
        if target.type == "type_switch_statement":
            return n, "cannot fallthrough in type switch"
        lst = at.parent
        clause = lst.parent if lst is not None and lst.type == "statement_list" else None
        if clause is None or clause.type not in _CLAUSES or clause.parent != target:
            return n, "fallthrough statement out of place"      # nested in a block
        stmts = [s for s in lst.named_children if s.type not in ("comment", "empty_statement")]
        if stmts[-1] != at:
            return n, "fallthrough statement out of place"
        clauses = [c for c in target.named_children if c.type in _CLAUSES]
        if clauses[-1] == clause:
            return n, "cannot fallthrough final case in switch"
        return None

    def check_missing_return(self, body) -> None:
        if self.fn is not None and self.fn.sig.results and not self.terminating_list(body):
            close = body.children[-1] if body.children else body
            self.errors.append(self.err(close, "missing return"))

    # Go spec "Terminating statements"
    def terminating_list(self, block) -> bool:
        stmts = [s for s in self.statements_of(block) if s.type != "empty_statement"]
        return bool(stmts) and self.terminating(stmts[-1])

    def terminating(self, s, label=None) -> bool:
        k = s.type
        if k in ("return_statement", "goto_statement"):
            return True
        if k == "expression_statement":
            x = s.named_children[0]
            while x.type == "parenthesized_expression":
                x = x.named_children[0]
            if x.type != "call_expression":
                return False
            fn = x.child_by_field_name("function")
            from .scope import Builtin
            return fn.type == "identifier" and self.text(fn) == "panic" and \
                isinstance(self.pkg.lookup("panic"), Builtin)
        if k == "block":
            return self.terminating_list(s)
        if k == "labeled_statement":
            inner = s.named_children[-1] if len(s.named_children) > 1 else None
            return inner is not None and self.terminating(inner, self.text(s.child_by_field_name("label")))
        if k == "if_statement":
            alt = s.child_by_field_name("alternative")
            return alt is not None and self.terminating_list(s.child_by_field_name("consequence")) and \
                self.terminating(alt)
        if k == "for_statement":
            if any(c.type == "range_clause" for c in s.named_children):
                return False
            body = s.child_by_field_name("body")
            clause = next((c for c in s.named_children if c.type == "for_clause"), None)
            if clause is not None:
                if clause.child_by_field_name("condition") is not None:
                    return False
            elif any(c.id != body.id and c.type != "comment" for c in s.named_children):
                return False       # `for cond {`
            return not self.has_break(body, label)
        if k in ("expression_switch_statement", "type_switch_statement", "select_statement"):
            cases = [c for c in s.named_children
                     if c.type in ("expression_case", "type_case", "communication_case", "default_case")]
            if k != "select_statement" and not any(c.type == "default_case" for c in cases):
                return False
            for c in cases:
                stmts = [x for x in self.case_statements(c) if x.type != "empty_statement"]
                if not stmts:
                    return False
                last = stmts[-1]
                if not (self.terminating(last) or unlabel(last).type == "fallthrough_statement"):
                    return False
                if any(self.has_break(x, label) for x in stmts):
                    return False
            return True
        return False

    def has_break(self, n, label, depth=0) -> bool:
        """Whether a break inside n (not in a nested loop/switch/select, for an unlabelled one)
        targets the statement labelled ``label`` (or the enclosing one)."""
        if n.type == "break_statement":
            if n.named_children:
                return label is not None and self.text(n.named_children[0]) == label
            return depth == 0
        if n.type == "func_literal":
            return False
        inner = depth + (1 if n.type in _LOOPS else 0)
        return any(self.has_break(c, label, inner) for c in n.named_children)
