"""Library struct values (simulator/lib/libstruct.py), library types a program never names, and
NaN map keys (values.FloatKeyMap, IfaceKeyMap)."""
from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

from simulator import RunConfig, simulate
from simulator.interp.libload import named_type
from simulator.lib import registry
from simulator.lib.bytespkg import Buffer
from simulator.lib.stringspkg import Builder
from simulator.runtime.errors import GoPanic
from simulator.values import FloatKeyMap, IfaceKeyMap, copy_value

ROOT = Path(__file__).resolve().parents[2]

NAMES_NUMERROR = '''package main

import (
	"fmt"
	"strconv"
)

func main() {
	e := &strconv.NumError{Func: "Atoi", Num: "x", Err: strconv.ErrSyntax}
	fmt.Println(e)
}
'''

ATOI_GOSYNTAX = '''package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12x")
	fmt.Printf("%#v\\n", err)
}
'''

# the prefix go1.27 printed for ATOI_GOSYNTAX (the Err pointer's address varies)
WANT_PREFIX = '&strconv.NumError{Func:"Atoi", Num:"12x", Err:(*errors.errorString)(0x'

_ORDER_SCRIPT = '''
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {tests!r})
import test_lib_values as t
from simulator import RunConfig, simulate
progs = {{"named": t.NAMES_NUMERROR, "atoi": t.ATOI_GOSYNTAX}}
for name in sys.argv[1:]:
    print(simulate(progs[name], "p.go", RunConfig(seed=1)).stdout, end="")
'''


def _run_in_fresh_process(*names: str) -> str:
    script = _ORDER_SCRIPT.format(root=str(ROOT), tests=str(Path(__file__).parent))
    r = subprocess.run([sys.executable, "-c", script, *names], capture_output=True, text=True,
                       timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_numerror_gosyntax_does_not_depend_on_earlier_runs():
    """%#v of Atoi's error shows NumError's fields whether or not an earlier simulation in the
    same process named the type (each order in a fresh process)."""
    alone = _run_in_fresh_process("atoi")
    after = _run_in_fresh_process("named", "atoi").split("\n", 1)[1]
    before = _run_in_fresh_process("atoi", "named").split("\n", 1)[0] + "\n"
    assert alone.startswith(WANT_PREFIX), alone
    assert alone == after == before


def test_every_library_struct_type_resolves():
    """Each registered struct class may get its Go type on first read: all of them resolve."""
    registry.load_all()
    for pkg in registry.PACKAGES.values():
        for name, decl in pkg.types.items():
            if decl.pyclass is not None and not decl.type_params:
                assert named_type(pkg.path, name) is not None
                assert decl.pyclass.gotype is not None, (pkg.path, name)


def test_buffer_copy_owns_its_bytes():
    """Writing to a copied bytes.Buffer leaves the original alone."""
    b = Buffer()
    b.WriteString("ab")
    c = copy_value(b)
    c.WriteString("c")
    assert (b.String(), c.String()) == ("ab", "abc")


def test_builder_copy_check():
    """A copy of a zero Builder is usable; a copy of a non-zero one panics on write."""
    z = copy_value(Builder())
    z.WriteString("x")
    b = Builder()
    b.WriteString("hi")
    c = copy_value(b)
    assert c.String() == "hi"
    try:
        c.WriteString("!")
    except GoPanic as e:
        assert e.value == "strings: illegal use of non-zero Builder copied by value"
    else:
        raise AssertionError("no panic")


def test_float_key_map_nan():
    """Every NaN insert is a new entry; get and pop of NaN find nothing, even the key range
    yields; ordinary keys work as in a dict."""
    m = FloatKeyMap()
    n = math.nan
    m[n] = 1
    m[n] = 2
    m[1.5] = 3
    assert len(m) == 3 and m.get(n) is None and m.get(1.5) == 3
    for k in list(m):
        assert k in m                      # what range checks before yielding an entry
        assert m.get(k, "none") == ("none" if k != k else 3)
        m.pop(k, None)
    assert len(m) == 2


def test_iface_key_map_nan():
    """map[any]: NaN keys are distinct entries, never found by lookup or delete."""
    m = IfaceKeyMap()
    m[math.nan] = 1
    m[math.nan] = 2
    m[1.0] = 3
    assert len(m) == 3 and m.get(math.nan) is None
    for k in list(m):
        m.pop(k, None)
    assert len(m) == 2


def test_libstruct_equality():
    """Library struct values compare field by field (interface ==, map keys)."""
    src = '''package main

import (
	"fmt"
	"strconv"
)

func main() {
	a := strconv.NumError{Func: "A"}
	b := a
	fmt.Println(any(a) == any(b))
	b.Func = "B"
	fmt.Println(any(a) == any(b))
	m := map[any]int{a: 1}
	m[strconv.NumError{Func: "A"}] = 2
	fmt.Println(len(m))
}
'''
    assert simulate(src, "p.go", RunConfig(seed=1)).stdout == "true\nfalse\n1\n"   # as go1.27
