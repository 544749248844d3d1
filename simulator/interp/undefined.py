"""A member the simulated library lacks: the program's mistake, or the simulation's gap?

The simulated packages provide part of real Go's API.  When a program selects a member they do
not have, real Go's own API (lib/goapi_data.py, generated from Go's sources by
tools/gen_goapi.py) decides what to say:

* real Go has it too: ``unsupported: ...`` (the program is fine, the simulation is not);
* real Go does not: go build's own error, word for word, with types2's hints for a near miss
  (``undefined: strings.contains (but have Contains)``, ``wg.done undefined (type "sync".WaitGroup
  has no field or method done, but does have method Done)``; types2 errsupport.go).

Types are named as types2 names them: by quoted path when two packages of the program's import
graph share the package name (types2 ``Checker.qualifier``): ``"sync".WaitGroup`` because sync
imports internal/sync.
"""
from __future__ import annotations

from functools import lru_cache

from ..golang import types as T


@lru_cache(maxsize=1)
def _api() -> dict:
    from ..lib.goapi_data import PACKAGES       # about 100 kB: read only when a member is missing
    return PACKAGES


def _package_name(path: str) -> str:
    """A standard package's name from its path (tools/gen_goapi.py checks the rule)."""
    parts = path.split("/")
    if len(parts) > 1 and parts[-1][:1] == "v" and parts[-1][1:].isdigit():
        return parts[-2]
    return parts[-1]


def quoted_packages(imported: list[str]) -> dict[str, str]:
    """Package name -> path, for the names types2 prints as a quoted path: those two packages of
    the import graph of a program importing ``imported`` share."""
    paths: dict[str, set[str]] = {}
    for imp in imported:
        info = _api().get(imp)
        for p in [imp] + (info["shared"].split() if info else []):
            paths.setdefault(_package_name(p), set()).add(p)
    # the path to print for a library type of that name: the imported package's (the
    # simulated types all come from those or their simulated dependencies)
    return {name: min(ps & set(imported) or ps & set(_api()) or ps)
            for name, ps in paths.items() if len(ps) > 1}


def _tail(s: str) -> str:
    return s[1:]


# -- pkg.Name --------------------------------------------------------------------------------

def package_member(path: str, pkg: str, name: str) -> tuple[str, bool] | None:
    """(message, at the member) for ``pkg.name`` that the simulated package at path lacks:
    ``unsupported`` (at the selector, as before) when real Go has an exported name, else go
    build's ``undefined`` (at the member, as types2 reports it); None without data."""
    info = _api().get(path)
    if info is None:
        return None
    names = info["names"].split()
    if name in names:
        return f"unsupported: {pkg}.{name}: not a simulated member of package {pkg}", False
    if name in info["unexported"].split():
        return f"name {name} not exported by package {pkg}", True
    alts = [n for n in names if n.casefold() == name.casefold()]     # sorted, as Scope.Names()
    return f"undefined: {pkg}.{name}" + (f" (but have {alts[0]})" if alts else ""), True


# -- x.f -------------------------------------------------------------------------------------

def library_type(t) -> tuple[str, T.Named] | None:
    """(package path, Named) when t is a library's Named type or a pointer to one."""
    base = t.elem if isinstance(t, T.Pointer) else t
    if not isinstance(base, T.Named) or base.pkg in ("", "main"):
        return None
    from .libload import _named
    from ..lib import registry
    for (path, _), nt in _named.items():
        if nt is base:
            return path, base
    plain = base.name.split("[", 1)[0]
    for path, p in sorted(registry.load_all().items()):
        if p.name == base.pkg and plain in p.types:
            return path, base
    return None


def real_members(path: str, base: T.Named) -> tuple[list[str], list[str]] | None:
    """(fields, methods) real Go's type has, promoted ones included; None without data."""
    info = _api().get(path)
    entry = info and info["types"].get(base.name.split("[", 1)[0])
    if not entry:
        return None
    return entry[0].split(), entry[1].split()


def lookup_error(sel: str, typ: str, members: list[tuple[str, str, bool]]) -> str:
    """types2's lookupError (errsupport.go) for a selector no member matches: the first member
    (name, kind, declared in main) whose name matches case-insensitively is the alternative,
    judged by export when it belongs to another package."""
    head = f"type {typ} has no field or method {sel}"
    alt = next(((n, k, own) for n, k, own in members if n.casefold() == sel.casefold()), None)
    if alt is None:
        return head
    name, what, own = alt
    if own:
        return f"{head}, but does have {what} {name}"
    if sel[:1].isupper():
        if name[:1].isupper():
            return f"{head}, but does have {what} {name}"
        if _tail(sel) == _tail(name):
            return f"{head}, but does have unexported {what} {name}"
        return head
    if name[:1].isupper() and _tail(sel) == _tail(name):
        return f"{head}, but does have {what} {name}"
    return head
