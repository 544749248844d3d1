"""Parsing Go with tree-sitter-go, and the first line of defence: syntax errors and constructs
outside the simulated subset, each reported as ``file:line:col: message``.

tree-sitter recovers from errors instead of stopping; we turn every ERROR/MISSING node into a
Go-style syntax error, so a broken file never reaches the compiler.
"""
from __future__ import annotations

from functools import lru_cache

import tree_sitter as ts
import tree_sitter_go as tsg

from .errors import GoCompileError, GoCompileErrors

#: imports a program may use: the packages simulator/lib implements
UNSUPPORTED_IMPORTS = {
    "C": "cgo is not simulated",
    "unsafe": "package unsafe is not simulated",
    "reflect": "package reflect is not simulated",
    "plugin": "package plugin is not simulated",
}


@lru_cache(maxsize=1)
def _parser() -> ts.Parser:
    return ts.Parser(ts.Language(tsg.language()))


class Source:
    """A parsed file: the tree plus helpers to read node text and positions (1-based, bytes)."""

    def __init__(self, text: str, filename: str):
        self.text = text
        self.filename = filename
        self.data = text.encode("utf-8")
        self.tree = _parser().parse(self.data)
        self.root = self.tree.root_node

    def node_text(self, n) -> str:
        return self.data[n.start_byte:n.end_byte].decode("utf-8", "replace")

    def pos(self, n) -> tuple[int, int, int, int]:
        (l0, c0), (l1, c1) = n.start_point, n.end_point
        return l0 + 1, c0 + 1, l1 + 1, c1 + 1

    def error(self, n, message: str) -> GoCompileError:
        line, col, _, _ = self.pos(n)
        return GoCompileError(self.filename, line, col, message)


def operator(n) -> str:
    """The operator token of a binary/unary/assignment/inc node (an unnamed child)."""
    op = n.child_by_field_name("operator")
    if op is not None:
        return op.type
    for c in n.children:
        if not c.is_named:
            return c.type
    return ""


def parse(text: str, filename: str) -> Source:
    src = Source(text, filename)
    errors = list(_syntax_errors(src))
    if not errors:
        errors = list(_subset_errors(src))
    if errors:
        raise GoCompileErrors(errors)
    return src


def _syntax_errors(src: Source):
    root = src.root
    if not root.has_error:
        if not any(c.type == "package_clause" for c in root.children):
            yield GoCompileError(src.filename, 1, 1, "syntax error: package statement must be first")
        return
    stack = [root]
    seen_lines = set()
    while stack:
        n = stack.pop()
        if n.is_missing:
            line, col, _, _ = src.pos(n)
            if line not in seen_lines:
                seen_lines.add(line)
                yield GoCompileError(src.filename, line, col,
                                     f"syntax error: missing {n.type!r}".replace("'", ""))
            continue
        if n.type == "ERROR":
            line, col, _, _ = src.pos(n)
            if line not in seen_lines:
                seen_lines.add(line)
                tok = _first_token(src, n)
                what = f"unexpected {tok}" if tok else "unexpected input"
                yield GoCompileError(src.filename, line, col, f"syntax error: {what}")
            continue
        if n.has_error:
            stack.extend(reversed(n.children))


def _first_token(src: Source, n) -> str:
    leaf = n
    while leaf.child_count:
        leaf = leaf.children[0]
    text = src.node_text(leaf).strip()
    if not text:
        return ""
    if leaf.type in ("identifier", "field_identifier", "type_identifier"):
        return f"name {text}"
    if leaf.type.endswith("literal"):
        return f"literal {text}"
    return text


_UNSUPPORTED_NODES = {
    "type_parameter_list": "generics (type parameters) are not simulated",
    "type_arguments": "generics (type arguments) are not simulated",
    "goto_statement": "goto is not simulated",
    "imaginary_literal": "complex numbers are not simulated",
}


def _library_instantiation(n) -> bool:
    """Type arguments of a package's generic type in a type position (``atomic.Pointer[T]``):
    the compiler instantiates those (typeres); any other type arguments are generics."""
    p = n.parent
    return (n.type == "type_arguments" and p is not None and p.type == "generic_type"
            and p.child_by_field_name("type") is not None
            and p.child_by_field_name("type").type == "qualified_type")


def _subset_errors(src: Source):
    stack = [src.root]
    while stack:
        n = stack.pop()
        msg = _UNSUPPORTED_NODES.get(n.type)
        if msg and not _library_instantiation(n):
            yield src.error(n, f"unsupported: {msg}")
            continue
        if n.type == "import_spec":
            path = src.node_text(n.child_by_field_name("path")).strip('"`')
            if path in UNSUPPORTED_IMPORTS:
                yield src.error(n, f"unsupported: {UNSUPPORTED_IMPORTS[path]}")
        if n.type == "package_clause":
            name = src.node_text(n.named_children[0])
            if name != "main":
                yield src.error(n.named_children[0], f"unsupported: package {name}: only package main is simulated")
        stack.extend(reversed(n.children))
