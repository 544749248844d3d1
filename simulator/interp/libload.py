"""Library packages (simulator/lib) as the compiler sees them: entities with Go types.

Resolved once per process and cached: a library's Named types must be the same objects in every
compiled program, because its Python classes carry them (``cls.gotype``).
"""
from __future__ import annotations

from functools import lru_cache

from ..golang import types as T
from ..golang.parse import Source
from ..lib import registry
from .scope import Const, Func, GenericTypeName, TypeName, Var, universe
from .typeres import resolve_type, signature

_named: dict[tuple[str, str], T.Named] = {}
_resolving: set[str] = set()


def _lookup_for(pkg: registry.Package):
    uni = universe()

    def lookup(name):
        if isinstance(name, tuple):
            pkgname, member = name
            other = package_by_name(pkgname)
            if other is None:
                return None
            return member_entity(other.path, member)
        if name in pkg.types:
            return TypeName(named_type(pkg.path, name))
        return uni.lookup(name)
    return lookup


def package_by_name(name: str) -> registry.Package | None:
    pkgs = registry.load_all()
    if name in pkgs:
        return pkgs[name]
    for p in pkgs.values():
        if p.name == name:
            return p
    return None


def _parse_type_text(text: str) -> tuple:
    src = Source(f"package x\ntype _ {text}\n", "<lib>")
    spec = src.root.named_children[1].named_children[0]
    return spec.child_by_field_name("type"), src


def _parse_func_text(text: str) -> tuple:
    if text.startswith("func("):
        node, src = _parse_type_text(text)
        return node, src
    src = Source(f"package x\n{text}\n", "<lib>")
    return src.root.named_children[1], src


def named_type(path: str, name: str) -> T.Named:
    key = (path, name)
    nt = _named.get(key)
    if nt is not None:
        return nt
    pkg = registry.load_all()[path]
    decl = pkg.types[name]
    nt = T.Named(pkg.name, name)
    _named[key] = nt
    _complete(nt, decl, _lookup_for(pkg), decl.pyclass)
    return nt


#: instantiations of generic library types, by (path, name, type arguments): a type argument
#: may be a program's own type, so these live as long as the process, one per distinct program type
_instances: dict[tuple, T.Named] = {}


def instantiate_type(path: str, name: str, args: tuple[T.Type, ...]) -> T.Named:
    """``atomic.Pointer[Config]``: the generic library type with its parameters bound.  Each
    instantiation is its own Named type with its own Python subclass (so ``%T`` and type
    switches tell ``atomic.Pointer[A]`` from ``atomic.Pointer[B]``)."""
    key = (path, name, args)
    nt = _instances.get(key)
    if nt is not None:
        return nt
    pkg = registry.load_all()[path]
    decl = pkg.types[name]
    env = dict(zip(decl.type_params, args))
    outer = _lookup_for(pkg)

    def lookup(n):
        return TypeName(env[n]) if isinstance(n, str) and n in env else outer(n)
    nt = T.Named(pkg.name, f"{name}[{', '.join(str(a) for a in args)}]")
    _instances[key] = nt
    cls = None
    if decl.pyclass is not None:
        cls = type(decl.pyclass.__name__, (decl.pyclass,), {"__slots__": ()})
    _complete(nt, decl, lookup, cls)
    return nt


def _complete(nt: T.Named, decl, lookup, pyclass) -> None:
    """Give ``nt`` its underlying type and methods from the declaration's Go texts."""
    node, src = _parse_type_text(decl.underlying)
    nt.under = resolve_type(node, src, lookup)
    for mname, msig in decl.methods.items():
        fnode, fsrc = _parse_func_text(msig)
        sig = signature(fnode, fsrc, lookup)[0]
        is_struct = pyclass is not None
        impl = decl.value_methods.get(mname) or _pymethod(pyclass, mname)
        nt.methods[mname] = T.MethodInfo(mname, sig, ptr_recv=is_struct and mname not in decl.value_recv,
                                         impl=impl,
                                         blocking=mname in decl.blocking)
    if pyclass is not None:
        nt.pyclass = pyclass
        # an instance stands for a *T (the usual) or, for a class marked _is_value (runtime
        # errors, context's value types), for a T value
        pyclass.gotype = nt if getattr(pyclass, "_is_value", False) else T.Pointer(nt)
        pyclass._named = nt


def _pymethod(cls, name):
    def impl(recv, *args):
        return getattr(recv, name)(*args)
    return impl


def _constrain(tparams, fsrc, names: dict, lookup) -> None:
    """Give each type parameter whose constraint has a core type (``S ~[]E``, ``M ~map[K]V``)
    that type, so inference binds E from S's argument as Go does (slices.Max of a
    []time.Duration returns a time.Duration)."""
    for d in tparams.named_children:
        c = d.child_by_field_name("type")
        text = fsrc.node_text(c).strip() if c is not None else ""
        if not text.startswith("~"):
            continue
        node, src = _parse_type_text(text[1:])
        core = resolve_type(node, src, lookup)
        for i in d.children_by_field_name("name"):
            names[fsrc.node_text(i)].type.core = core


@lru_cache(maxsize=None)
def member_entity(path: str, name: str):
    pkg = registry.load_all().get(path)
    if pkg is None:
        return None
    lookup = _lookup_for(pkg)
    if name in pkg.types:
        if pkg.types[name].type_params:
            return GenericTypeName(path, name, pkg.types[name].type_params)
        return TypeName(named_type(path, name))
    if name in pkg.funcs:
        decl = pkg.funcs[name]
        fnode, fsrc = _parse_func_text(decl.sig)
        tparams = fnode.child_by_field_name("type_parameters")
        if tparams is not None:      # a generic library function: T resolves to a TypeParam
            names = {fsrc.node_text(i): TypeName(T.TypeParam(fsrc.node_text(i)))
                     for d in tparams.named_children for i in d.children_by_field_name("name")}
            outer = lookup

            def lookup(n, outer=outer, names=names):
                return names.get(n) if isinstance(n, str) and n in names else outer(n)
            _constrain(tparams, fsrc, names, lookup)
        sig = signature(fnode, fsrc, lookup)[0]
        return Func(f"{pkg.name}.{name}", sig, "", blocking=decl.blocking, lib=decl)
    if name in pkg.vars:
        v = pkg.vars[name]
        if v.const and v.type.startswith("untyped "):    # math.Pi, http.StatusOK: untyped
            return Const(name, T.Untyped(v.type.split()[1]), v.value)
        node, src = _parse_type_text(v.type)
        t = resolve_type(node, src, lookup)
        if v.const:
            return Const(name, t, v.value)
        return Var(name, t, "", is_global=True)
    return None
