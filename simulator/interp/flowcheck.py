"""Checks on a function body's control flow that Go's compiler makes: a function with results
must end in a terminating statement (the spec's list: "missing return"), and every label must
be used.  ``goto`` is outside the subset, so only break/continue use labels here.
"""
from __future__ import annotations

_LOOPS = ("for_statement", "expression_switch_statement", "type_switch_statement", "select_statement")


class FlowCheckMixin:
    def check_labels(self, body) -> None:
        """Go: "label L defined and not used" (goto is outside the subset)."""
        used, defined = set(), []
        stack = [body]
        while stack:
            x = stack.pop()
            if x.type == "func_literal":
                continue                  # checked when the literal itself is compiled
            if x.type == "labeled_statement":
                defined.append(x.child_by_field_name("label"))
            elif x.type in ("break_statement", "continue_statement", "goto_statement") and x.named_children:
                used.add(self.text(x.named_children[0]))
            stack.extend(x.named_children)
        for lab in defined:
            if self.text(lab) not in used:
                self.errors.append(self.err(lab, f"label {self.text(lab)} defined and not used"))

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
                if not (self.terminating(last) or (last.type == "fallthrough_statement")):
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
