"""Members the simulated library lacks: a typo gets go build's message, a member real Go has is
'unsupported' (simulator/interp/undefined.py, lib/goapi_data.py); and types in messages as
types2 spells them (interp/typestring.py): interface literals, byte/rune.

Every expected line below is go build's first error line, copied from real go1.27.3 output
(`go build` of the program as main.go in a go 1.27 module, tests/programs/record.py's Builder),
minus the leading "./".
"""
import pytest

from simulator import simulate
from simulator.interp import undefined
from simulator.lib.goapi_data import PACKAGES
from simulator.lib.registry import load_all


def first_error(src: str) -> str:
    r = simulate(src, "main.go")
    assert r.status == 125, (r.status, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
    return r.stderr.splitlines()[0]


#: a selected package member real Go does not have: (name, program, go build's first error line)
PACKAGE_MEMBERS = [
    ('pkg_typo',
     'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() {\n\tfmt.Println(http.ErrServerClose)\n}\n',
     'main.go:9:19: undefined: http.ErrServerClose'),
    ('pkg_case_hint',
     'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println(strings.contains("ab", "a"))\n}\n',
     'main.go:9:22: undefined: strings.contains (but have Contains)'),
    ('pkg_case_hint_call',
     'package main\n\nimport (\n\t"net/http"\n)\n\nfunc main() {\n\thttp.ListenAndserve(":0", nil)\n}\n',
     'main.go:8:7: undefined: http.ListenAndserve (but have ListenAndServe)'),
    ('pkg_unexported',
     'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println(strings.indexFunc)\n}\n',
     'main.go:9:22: name indexFunc not exported by package strings'),
    ('pkg_type_typo',
     'package main\n\nimport (\n\t"net/http"\n)\n\nfunc main() {\n\tvar c http.Clinet\n\t_ = c\n}\n',
     'main.go:8:13: undefined: http.Clinet'),
]


#: a field or method real Go's type does not have (types2's lookupError): (name, program, go build's first error line)
TYPE_MEMBERS = [
    ('method_quoted_pkg',
     'package main\n\nimport (\n\t"fmt"\n\t"sync/atomic"\n)\n\nfunc main() {\n\tvar n atomic.Int64\n\tfmt.Println(n.String())\n}\n',
     'main.go:10:16: n.String undefined (type "sync/atomic".Int64 has no field or method String)'),
    ('method_unquoted_pkg',
     'package main\n\nimport (\n\t"sync/atomic"\n)\n\nfunc main() {\n\tvar n atomic.Int64\n\tn.add(1)\n}\n',
     'main.go:9:4: n.add undefined (type atomic.Int64 has no field or method add, but does have method Add)'),
    ('method_ptr_lib',
     'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tvar b strings.Builder\n\tp := &b\n\tfmt.Println(p.Strin())\n}\n',
     'main.go:11:16: p.Strin undefined (type *strings.Builder has no field or method Strin)'),
    ('method_ptr_quoted',
     'package main\n\nimport (\n\t"sync"\n)\n\nfunc main() {\n\tvar m sync.Mutex\n\tp := &m\n\tp.unlock()\n}\n',
     'main.go:10:4: p.unlock undefined (type *"sync".Mutex has no field or method unlock, but does have method Unlock)'),
    ('wg_done',
     'package main\n\nimport (\n\t"sync"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.done()\n}\n',
     'main.go:10:5: wg.done undefined (type "sync".WaitGroup has no field or method done, but does have method Done)'),
    ('field_case_hint',
     'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() {\n\tr := &http.Request{}\n\tfmt.Println(r.method)\n}\n',
     'main.go:10:16: r.method undefined (type *http.Request has no field or method method, but does have field Method)'),
    ('unexported_field',
     'package main\n\nimport (\n\t"sync"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\t_ = wg.noCopy\n}\n',
     'main.go:9:9: wg.noCopy undefined (cannot refer to unexported field noCopy)'),
    ('unexported_field_hint',
     'package main\n\nimport (\n\t"strings"\n)\n\nfunc main() {\n\tvar b strings.Builder\n\t_ = b.Addr\n}\n',
     'main.go:9:8: b.Addr undefined (type strings.Builder has no field or method Addr, but does have unexported field addr)'),
    ('tail_rule_no_hint',
     'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tt := time.Now()\n\tfmt.Println(t.isoWeek())\n}\n',
     'main.go:10:16: t.isoWeek undefined (type time.Time has no field or method isoWeek)'),
    ('promoted_hint',
     'package main\n\nimport "sync"\n\ntype S struct {\n\tsync.Mutex\n}\n\nfunc main() {\n\tvar s S\n\ts.lock()\n}\n',
     'main.go:11:4: s.lock undefined (type S has no field or method lock, but does have method Lock)'),
    ('strconv_quoted',
     'package main\n\nimport (\n\t"fmt"\n\t"strconv"\n)\n\nfunc main() {\n\t_, err := strconv.Atoi("x")\n\tfmt.Println(err.(*strconv.NumError).Fun)\n}\n',
     'main.go:10:38: err.(*strconv.NumError).Fun undefined (type *"strconv".NumError has no field or method Fun)'),
    ('rand_quoted',
     'package main\n\nimport (\n\t"fmt"\n\t"math/rand"\n\t"net/http"\n)\n\nfunc main() {\n\tr := rand.New(rand.NewSource(1))\n\tfmt.Println(r.Intn2(3), http.StatusOK)\n}\n',
     'main.go:11:16: r.Intn2 undefined (type *"math/rand".Rand has no field or method Intn2)'),
]


#: interface type literals as types2 spells them in messages: (name, program, go build's first error line)
INTERFACE_LITERALS = [
    ('iface_one',
     'package main\n\ntype T struct{}\n\nfunc main() {\n\tvar x interface{ Inc() } = T{}\n\t_ = x\n}\n',
     'main.go:6:29: cannot use T{} (value of struct type T) as interface{Inc()} value in variable declaration: T does not implement interface{Inc()} (missing method Inc)'),
    ('iface_two_named_params',
     'package main\n\ntype T struct{}\n\nfunc main() {\n\tvar x interface {\n\t\tInc()\n\t\tDec(n int) bool\n\t} = T{}\n\t_ = x\n}\n',
     'main.go:9:6: cannot use T{} (value of struct type T) as interface{Dec(n int) bool; Inc()} value in variable declaration: T does not implement interface{Dec(n int) bool; Inc()} (missing method Dec)'),
    ('iface_embedded',
     'package main\n\nimport "fmt"\n\ntype T struct{}\n\nfunc main() {\n\tvar x interface {\n\t\tfmt.Stringer\n\t\tInc()\n\t} = T{}\n\t_ = x\n}\n',
     'main.go:11:6: cannot use T{} (value of struct type T) as interface{Inc(); fmt.Stringer} value in variable declaration: T does not implement interface{Inc(); fmt.Stringer} (missing method Inc)'),
    ('iface_empty_literal',
     'package main\n\nfunc main() {\n\tvar x interface{}\n\tvar y int = x\n\t_ = y\n}\n',
     'main.go:5:14: cannot use x (variable of type interface{}) as int value in variable declaration: need type assertion'),
]


#: byte and rune as the program wrote them: (name, program, go build's first error line)
ALIAS_SPELLING = [
    ('byte_assign',
     'package main\n\nfunc main() {\n\tvar b byte\n\tb = "x"\n\t_ = b\n}\n',
     'main.go:5:6: cannot use "x" (untyped string constant) as byte value in assignment'),
    ('byte_slice_arg',
     'package main\n\nfunc f(b []byte) {}\n\nfunc main() {\n\tf("abc")\n}\n',
     'main.go:6:4: cannot use "abc" (untyped string constant) as []byte value in argument to f'),
    ('rune_return',
     'package main\n\nfunc f() rune {\n\treturn "x"\n}\n\nfunc main() {\n\tf()\n}\n',
     'main.go:4:9: cannot use "x" (untyped string constant) as rune value in return statement'),
    ('rune_slice_var',
     'package main\n\nfunc main() {\n\ts := []rune{1}\n\tvar x []byte = s\n\t_ = x\n}\n',
     'main.go:5:17: cannot use s (variable of type []rune) as []byte value in variable declaration'),
    ('rune_default_type',
     "package main\n\nfunc main() {\n\tx := 'a'\n\tvar s string = x\n\t_ = s\n}\n",
     'main.go:5:17: cannot use x (variable of type rune) as string value in variable declaration'),
    ('byte_map_arg',
     'package main\n\nfunc f(m map[string]byte) {}\n\nfunc main() {\n\tf(3)\n}\n',
     'main.go:6:4: cannot use 3 (untyped int constant) as map[string]byte value in argument to f'),
]

ALL = PACKAGE_MEMBERS + TYPE_MEMBERS + INTERFACE_LITERALS + ALIAS_SPELLING


@pytest.mark.parametrize("name,src,want", ALL, ids=[c[0] for c in ALL])
def test_first_error_is_go_builds(name, src, want):
    """The simulator's first error line is go build's."""
    assert first_error(src) == want


def test_member_real_go_has_stays_unsupported():
    """A member real Go has but the simulation lacks is 'unsupported', at the same place as
    before: a package member at the selector, a method at the member."""
    head = 'package main\n\nimport (\n\t"fmt"\n\t"math/rand"\n\t"time"\n)\n\nfunc main() {\n\t%s\n}\n'
    assert first_error(head % "fmt.Println(rand.NormFloat64(), time.Now())") == (
        "main.go:10:14: unsupported: rand.NormFloat64: not a simulated member of package rand")
    assert first_error(head % "fmt.Println(time.Now().ISOWeek())\n\t_ = rand.Int") == (
        "main.go:10:25: unsupported: time.Now().ISOWeek: ISOWeek is not a simulated field or "
        "method of time.Time")
    assert first_error('package main\n\nimport "net/url"\n\nvar u, _ = url.JoinPath("x")'
                       '\n\nfunc main() { _ = u }\n') == (
        "main.go:5:12: unsupported: url.JoinPath: not a simulated member of package url")


def test_api_table_covers_every_simulated_member():
    """Every exported name, type and method the simulation registers is real Go's (so the
    table can tell a typo from a gap), and every registered package is in the table."""
    for path, pkg in load_all().items():
        real = PACKAGES[path]
        names = set(real["names"].split())
        for name in [*pkg.funcs, *pkg.types, *pkg.vars]:
            assert not name[:1].isupper() or name in names, (path, name)
        for tname, decl in pkg.types.items():
            if tname[:1].isupper():
                fields, methods = real["types"][tname]
                assert set(decl.methods) <= set(methods.split()), (path, tname)


def test_table_is_sorted_and_knows_promotion_and_aliases():
    """Names are sorted; promoted members and aliases' members are there (bufio.ReadWriter
    has Flush through *Writer, os.FileMode = fs.FileMode has IsDir, net.Error embeds error)."""
    for info in PACKAGES.values():
        assert info["names"].split() == sorted(info["names"].split())
    assert "Flush" in PACKAGES["bufio"]["types"]["ReadWriter"][1].split()
    assert "IsDir" in PACKAGES["os"]["types"]["FileMode"][1].split()
    assert "Error" in PACKAGES["net"]["types"]["Error"][1].split()


def test_quoted_packages_follow_the_import_graph():
    """types2 quotes a package's path when two packages of the import graph share its name:
    sync/atomic alone does not import another atomic, fmt brings internal/runtime/atomic."""
    assert "atomic" not in undefined.quoted_packages(["sync/atomic"])
    assert undefined.quoted_packages(["fmt", "sync/atomic"])["atomic"] == "sync/atomic"
    assert undefined.quoted_packages(["sync"])["sync"] == "sync"


def test_every_message_quotes_the_package_names_the_imports_share():
    """types2 writes "sync".WaitGroup when the program imports both sync and sync/atomic, in
    every message, not only undefined members (go build go1.27.3 printed these lines)."""
    src = """package main

import (
	"sync"
	"sync/atomic"
)

func worker(wg *sync.WaitGroup) { wg.Done() }

func main() {
	var wg sync.WaitGroup
	var n atomic.Int64
	worker(wg)
	n = 5
	_ = n
}
"""
    r = simulate(src, "quoted.go")
    assert r.status == 125
    assert r.stderr.splitlines()[0] == ('quoted.go:13:9: cannot use wg (variable of struct type '
                                        '"sync".WaitGroup) as *"sync".WaitGroup value in argument '
                                        'to worker')
