"""Compile errors around values: generic library functions used without instantiation, and
constant integer division at the edge of int64.  (The runtime behaviours, copies out of
interfaces and conversions, &[]T{...}, float to int on amd64, are tests/programs core_*.)

Every expected first line below was printed by ``go build`` (go1.27.3) for the same program.
"""
import pytest

from simulator import simulate

_HEAD = '''package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"sync"
)

func g(x any) {}

func main() {
	_, _, _, _ = cmp.Less(1, 2), maps.Clone(map[int]int{}), math.Pi, sync.Mutex{}
	fmt.Print(slices.Clone([]int{}))
	%s
}
'''

#: case -> (the last line of main, go build's first error line)
_CASES = {
    "generic_arg_to_println": (
        "fmt.Println(slices.Reverse)",
        "prog.go:17:13: in call to fmt.Println, cannot infer S (declared at $GOROOT/src/slices/slices.go:483:14)"),
    "generic_arg_second": (
        "fmt.Println(1, maps.Keys)",
        "prog.go:17:13: in call to fmt.Println, cannot infer Map (declared at $GOROOT/src/maps/iter.go:25:11)"),
    "generic_arg_to_user_func": (
        "g(sync.OnceValues)",
        "prog.go:17:3: in call to g, cannot infer T1 (declared at $GOROOT/src/sync/oncefunc.go:80:17)"),
    "generic_arg_after_other_errors": (
        "fmt.Println(nope, slices.Max)",
        "prog.go:17:14: undefined: nope"),
    "generic_define": (
        "f := slices.Max; _ = f",
        "prog.go:17:7: cannot use generic function slices.Max without instantiation"),
    "generic_to_any_var": (
        "var x any = cmp.Compare; _ = x",
        "prog.go:17:14: cannot use generic function cmp.Compare without instantiation"),
    "generic_parenthesized_arg": (
        "fmt.Println((slices.Max))",
        "prog.go:17:15: cannot use generic function slices.Max without instantiation"),
    "generic_in_literal": (
        "x := []any{slices.Max}; _ = x",
        "prog.go:17:13: cannot use generic function slices.Max without instantiation"),
    "int8_min_div_minus_one": (
        "fmt.Println(int8(math.MinInt8) / -1)",
        "prog.go:17:14: int8(math.MinInt8) / -1 (constant 128 of type int8) overflows int8"),
    "int64_min_times_minus_one": (
        "fmt.Println(int64(math.MinInt64) * -1)",
        "prog.go:17:14: int64(math.MinInt64) * -1 (constant 9223372036854775808 of type int64) overflows int64"),
}


@pytest.mark.parametrize("case", sorted(_CASES))
def test_go_build_first_error(case):
    """The simulator rejects the program with go build's first error line, status 125."""
    body, want = _CASES[case]
    r = simulate(_HEAD % body, "prog.go")
    assert r.status == 125
    assert r.stderr.splitlines()[0] == want


_VALID = '''package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

func h(f func([]int) int) { fmt.Println(f([]int{1, 3})) }

func main() {
	h(slices.Max)
	var f func([]int) int = slices.Min
	n := []int{3, 1, 2}
	slices.SortFunc(n, cmp.Compare)
	fmt.Println(f(n), n, int64(math.MinInt64)/-1)
}
'''


def test_generic_function_with_a_func_type_target_is_valid():
    """A generic function assigned or passed where a func type gives its type arguments
    compiles (real Go prints the same), and MinInt64 / -1 is a valid int64 constant."""
    r = simulate(_VALID, "prog.go")
    assert (r.status, r.stderr) == (0, "")
    assert r.stdout == "3\n1 [1 2 3] -9223372036854775808\n"
