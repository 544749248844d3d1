"""Types as go build's error messages spell them (types2's ``TypeString``), which is not ``%T``'s
spelling (``str(t)``, golang/types.py):

* the main package's types are unqualified (``S``, ``[]S``), other packages' qualified by name
  (``time.Duration``), or by quoted path (``"sync/atomic".Int64``) when two packages of the
  program's import graph share that name (``quoted``, see undefined.quoted_packages);
* ``byte`` and ``rune`` stay as the program wrote them (``[]byte``; ``Basic.spelled``);
* type literals are written without inner spaces: ``interface{Inc(); fmt.Stringer}``,
  ``struct{A int}``; an interface literal keeps its methods' parameter names and its embedded
  interfaces as written (``Interface.literal``), and ``any`` stays ``any``.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

from ..golang import types as T

_MAIN = re.compile(r"\bmain\.")
_program = threading.local()


def for_program(imported: list[str] | None) -> None:
    """The import paths of the program this thread compiles (None once done): its error
    messages quote the package names its import graph shares, as types2 does."""
    _program.imported = tuple(imported) if imported else None


def _program_quoted() -> dict[str, str]:
    imported = getattr(_program, "imported", None)
    return _quoted_for(imported) if imported else {}


@lru_cache(maxsize=64)
def _quoted_for(imported: tuple[str, ...]) -> dict[str, str]:
    from .undefined import quoted_packages      # Go's API data: read only for a message
    return quoted_packages(list(imported))


def type_string(t, quoted: dict[str, str] | None = None) -> str:
    """t as types2 prints it in an error; ``quoted`` maps a package name to the path to print
    quoted instead (by default: the program's, see ``for_program``, worked out only when a
    library type is printed)."""
    def s(x):
        return type_string(x, quoted)

    if isinstance(t, T.Basic):
        return t.spelled or t.name
    if isinstance(t, T.Named):
        name = _MAIN.sub("", t.name)          # an instance: atomic.Pointer[main.Config]
        if t.pkg in ("", "main"):
            return name
        path = (quoted if quoted is not None else _program_quoted()).get(t.pkg)
        return f'"{path}".{name}' if path else f"{t.pkg}.{name}"
    if isinstance(t, T.Pointer):
        return "*" + s(t.elem)
    if isinstance(t, T.Slice):
        return "[]" + s(t.elem)
    if isinstance(t, T.Array):
        return f"[{t.length}]{s(t.elem)}"
    if isinstance(t, T.Map):
        return f"map[{s(t.key)}]{s(t.elem)}"
    if isinstance(t, T.Chan):
        elem = s(t.elem)
        if t.dir == "both" and isinstance(t.elem, T.Chan) and t.elem.dir == "recv":
            elem = f"({elem})"                 # chan (<-chan int), not chan <-chan int
        return {"both": "chan ", "send": "chan<- ", "recv": "<-chan "}[t.dir] + elem
    if isinstance(t, T.Signature):
        return "func" + _signature(t, None, quoted)
    if isinstance(t, T.Struct):
        return "struct{" + "; ".join(s(f.type) if f.embedded else f"{f.name} {s(f.type)}"
                                     for f in t.fields) + "}"
    if isinstance(t, T.Interface):
        return _interface(t, quoted)
    if isinstance(t, T.Tuple):
        if t.names:
            return "(" + ", ".join(f"{n} {s(x)}" for n, x in zip(t.names, t.types)) + ")"
        return "(" + ", ".join(map(s, t.types)) + ")"
    return _MAIN.sub("", str(t))


def _interface(t: T.Interface, quoted) -> str:
    lit = t.literal
    if lit is None:
        if not t.methods:
            return "any"                       # the predeclared alias (or a library's any)
        return "interface{" + "; ".join(n + _signature(sig, None, quoted)
                                        for n, sig in t.methods) + "}"
    methods, embedded = lit
    parts = [n + _signature(sig, pnames, quoted) for n, sig, pnames in methods]
    parts += [type_string(e, quoted) for e in embedded]
    return "interface{" + "; ".join(parts) + "}"


def _signature(sig: T.Signature, pnames, quoted) -> str:
    """``(n int) bool``: the parameters and the results, with their names when ``pnames`` is
    given (an interface literal's method; other signatures do not keep parameter names)."""
    def s(x):
        return type_string(x, quoted)

    ps = [s(p) for p in sig.params]
    if sig.variadic and ps:
        ps[-1] = "..." + s(sig.params[-1].elem)
    if pnames and len(pnames) == len(ps) and all(pnames):
        ps = [f"{n} {p}" for n, p in zip(pnames, ps)]
    out = "(" + ", ".join(ps) + ")"
    rs = [s(r) for r in sig.results]
    if pnames is not None and sig.result_names and len(sig.result_names) == len(rs):
        out += " (" + ", ".join(f"{n} {r}" for n, r in zip(sig.result_names, rs)) + ")"
    elif len(rs) == 1:
        out += " " + rs[0]
    elif rs:
        out += " (" + ", ".join(rs) + ")"
    return out
