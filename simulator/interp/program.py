"""A compiled program: Python source for the whole Go file plus the tables it references.

Compiled once (``load_program``); each run execs the code object into a fresh namespace bound to
that run's Runtime, so reruns (what-if signals in the app) skip the front end.
"""
from __future__ import annotations

from ..golang.errors import GoCompileError, GoCompileErrors
from ..golang.parse import parse
from .compiler import load
from .rtlib import namespace


class Program:
    def __init__(self, filename, source, py_source, consts, positions, compiler):
        self.filename = filename
        self.source = source
        self.py_source = py_source
        self.consts = consts
        self.positions = positions
        self.imports_net = compiler.imports_net
        self.method_fixups = compiler.method_fixups
        self.func_names = compiler.func_names
        self.code_names = compiler.code_names
        self.code = compile(py_source, f"<go:{filename}>", "exec")

    def instantiate(self, rt) -> dict:
        ns = namespace(rt, self)
        exec(self.code, ns)
        for named, name, py in self.method_fixups:
            named.methods[name].impl = ns[py]
        return ns


def load_program(source: str, filename: str = "main.go") -> Program:
    src = parse(source, filename)
    try:
        c, py = load(src)
    except GoCompileErrors:
        raise
    except GoCompileError as e:
        raise GoCompileErrors([e]) from None
    except RecursionError:
        raise GoCompileErrors([GoCompileError(filename, 1, 1, "program too deeply nested")]) from None
    except Exception as e:       # a front-end bug must still read like a compiler error
        raise GoCompileErrors([GoCompileError(filename, 1, 1, f"internal compiler error: {type(e).__name__}: {e}")]) from None
    inits = getattr(c, "init_funcs", [])
    lines = ["def _main_entry():", "    yield from _pkg_vars()"]
    lines += [f"    yield from {f}()" for f in inits]
    lines += ["    yield from f_main()", ""]
    py += "\n".join(lines)
    return Program(filename, source, py, c.consts, c.positions, c)
