"""Type expressions (tree-sitter nodes) to ``golang.types`` values.

``resolve_type(node, src, lookup, const_eval)`` where ``lookup(name)`` returns the entity for an
unqualified name and ``lookup((pkg, name))`` for a qualified one; ``const_eval(node)`` evaluates
an array length.
"""
from __future__ import annotations

from ..golang import types as T
from ..golang.errors import GoCompileError


def resolve_type(n, src, lookup, const_eval=None) -> T.Type:
    from .scope import GenericTypeName, TypeName
    k = n.type
    if k == "parenthesized_type":
        return resolve_type(n.named_children[0], src, lookup, const_eval)
    if k in ("type_identifier", "identifier"):
        name = src.node_text(n)
        e = lookup(name)
        if not isinstance(e, TypeName):
            raise src.error(n, f"undefined: {name}" if e is None else f"{name} is not a type")
        return e.type
    if k == "qualified_type":
        pkg = src.node_text(n.child_by_field_name("package"))
        name = src.node_text(n.child_by_field_name("name"))
        e = lookup((pkg, name))
        if isinstance(e, GenericTypeName):
            raise src.error(n, f"cannot use generic type {pkg}.{name}[{', '.join(e.params)} any] "
                               f"without instantiation")
        if not isinstance(e, TypeName):
            raise _not_a_type(n, src, lookup, pkg, name, e)
        return e.type
    if k == "pointer_type":
        return T.Pointer(resolve_type(n.named_children[0], src, lookup, const_eval))
    if k == "slice_type":
        return T.Slice(resolve_type(n.child_by_field_name("element"), src, lookup, const_eval))
    if k == "array_type":
        ln = n.child_by_field_name("length")
        length = const_eval(ln) if const_eval else int(src.node_text(ln))
        return T.Array(int(length), resolve_type(n.child_by_field_name("element"), src, lookup, const_eval))
    if k == "implicit_length_array_type":
        raise src.error(n, "unsupported: [...] array length outside a composite literal")
    if k == "map_type":
        key = resolve_type(n.child_by_field_name("key"), src, lookup, const_eval)
        return T.Map(key, resolve_type(n.child_by_field_name("value"), src, lookup, const_eval))
    if k == "channel_type":
        text = src.node_text(n)
        d = "recv" if text.startswith("<-") else ("send" if text.replace(" ", "").startswith("chan<-") else "both")
        return T.Chan(resolve_type(n.child_by_field_name("value"), src, lookup, const_eval), d)
    if k == "function_type":
        return signature(n, src, lookup, const_eval)[0]
    if k == "struct_type":
        fields = []
        fl = n.named_children[0] if n.named_children else None
        for fd in (fl.named_children if fl is not None else []):
            if fd.type != "field_declaration":
                continue
            tnode = fd.child_by_field_name("type")
            ft = resolve_type(tnode, src, lookup, const_eval)
            names = [c for c in fd.children_by_field_name("name")]
            if names:
                new = [(c, T.Field(src.node_text(c), ft)) for c in names]
            else:   # embedded: the field is named after the type
                if any(c.type == "*" for c in fd.children):
                    ft = T.Pointer(ft)    # `*Logger`: the grammar keeps the star outside the type
                base = ft.elem if isinstance(ft, T.Pointer) else ft
                new = [(fd, T.Field(getattr(base, "name", str(base)), ft, True))]
            for node, f in new:
                if f.name != "_" and any(f.name == old.name for old in fields):
                    raise src.error(node, f"{f.name} redeclared")
                fields.append(f)
        return T.Struct(tuple(fields))
    if k == "interface_type":
        methods, own, embedded = [], [], []
        for m in n.named_children:
            if m.type == "method_elem":
                sig, _ = signature(m, src, lookup, const_eval)
                name = src.node_text(m.child_by_field_name("name"))
                methods.append((name, sig))
                own.append((name, sig, _param_names(m, src)))
            elif m.type == "type_elem":
                emb = resolve_type(m.named_children[0], src, lookup, const_eval)
                u = emb.underlying()
                if not isinstance(u, T.Interface):
                    raise src.error(m, "unsupported: type constraints (generics) are not simulated")
                methods += list(u.methods)
                embedded.append(emb)
        literal = (tuple(sorted(own, key=lambda m: m[0])), tuple(embedded))
        return T.Interface(tuple(sorted(methods)), literal)
    if k == "generic_type":
        return _instantiate(n, src, lookup, const_eval)
    raise src.error(n, f"unsupported type expression {k}")


def _not_a_type(n, src, lookup, pkg: str, name: str, e) -> GoCompileError:
    """``pkg.Name`` in a type that names no simulated type: a member real Go has is
    unsupported (at the selector); any other gets go build's ``undefined: pkg.Name``, at the
    member (undefined.py)."""
    from .scope import PkgName
    from .undefined import package_member
    p = lookup(pkg)
    found = package_member(p.path, pkg, name) if e is None and isinstance(p, PkgName) else None
    if found is None:
        return src.error(n, f"undefined: {pkg}.{name}")
    msg, at_member = found
    return src.error(n.child_by_field_name("name") if at_member else n, msg)


def signature(n, src, lookup, const_eval=None):
    """(Signature, param names, result names) from a node with parameters/result fields."""
    params, pnames, variadic = [], [], False
    plist = n.child_by_field_name("parameters")
    for pd in (plist.named_children if plist is not None else []):
        if pd.type not in ("parameter_declaration", "variadic_parameter_declaration"):
            continue
        t = resolve_type(pd.child_by_field_name("type"), src, lookup, const_eval)
        if pd.type == "variadic_parameter_declaration":
            t = T.Slice(t)
            variadic = True
        names = pd.children_by_field_name("name")
        for nm in names or [None]:
            params.append(t)
            pnames.append(src.node_text(nm) if nm is not None else "_")
    results, rnames = [], []
    r = n.child_by_field_name("result")
    if r is not None:
        if r.type == "parameter_list":
            for pd in r.named_children:
                if pd.type != "parameter_declaration":
                    continue
                t = resolve_type(pd.child_by_field_name("type"), src, lookup, const_eval)
                names = pd.children_by_field_name("name")
                for nm in names or [None]:
                    results.append(t)
                    rnames.append(src.node_text(nm) if nm is not None else None)
        else:
            results.append(resolve_type(r, src, lookup, const_eval))
            rnames.append(None)
    named = tuple(rnames) if rnames and all(rnames) else ()
    sig = T.Signature(tuple(params), tuple(results), variadic, named)
    return sig, (pnames, rnames)


__all__ = ["resolve_type", "signature", "GoCompileError"]


def _param_names(n, src) -> tuple[str, ...] | None:
    """The parameter names of a method in an interface literal, for messages (types2 prints
    ``interface{Dec(n int) bool}``); None when the parameters are unnamed."""
    names = []
    plist = n.child_by_field_name("parameters")
    for pd in (plist.named_children if plist is not None else []):
        if pd.type in ("parameter_declaration", "variadic_parameter_declaration"):
            nms = pd.children_by_field_name("name")
            if not nms:
                return None
            names += [src.node_text(nm) for nm in nms]
    return tuple(names)


def _instantiate(n, src, lookup, const_eval):
    """``atomic.Pointer[Config]``: only the standard library's generic types can be
    instantiated (user code cannot declare type parameters)."""
    from .scope import GenericTypeName, TypeName
    base = n.child_by_field_name("type")
    targs = n.child_by_field_name("type_arguments")
    if base is None or base.type != "qualified_type" or targs is None:
        raise src.error(n, "unsupported: generics are not simulated")
    pkg = src.node_text(base.child_by_field_name("package"))
    name = src.node_text(base.child_by_field_name("name"))
    e = lookup((pkg, name))
    if isinstance(e, TypeName):
        raise src.error(n, f"{pkg}.{name} is not a generic type")
    if not isinstance(e, GenericTypeName):
        raise _not_a_type(base, src, lookup, pkg, name, e)
    # each argument is a type_elem (the grammar shares it with constraints): its one type
    args = tuple(resolve_type(a.named_children[0] if a.type == "type_elem" else a, src, lookup,
                              const_eval)
                 for a in targs.named_children if a.type != "comment")
    if len(args) != len(e.params):
        raise src.error(targs, f"got {len(args)} type arguments but {pkg}.{name} has "
                               f"{len(e.params)} type parameters")
    from .libload import instantiate_type
    return instantiate_type(e.path, e.name, args)
