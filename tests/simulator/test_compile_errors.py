"""Bad input gets `file:line:col: message` and status 125, never a Python traceback."""
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings, strategies as st

from simulator import RunConfig, simulate

ROOT = Path(__file__).resolve().parents[2]

GOOD = '''package main

import "fmt"

func main() {
	defer fmt.Println("bye")
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
}
'''


def check_error(src, expect_line=None, expect_text=None):
    r = simulate(src, "main.go")
    assert r.status == 125, (r.status, r.stdout, r.stderr)
    first = r.stderr.splitlines()[0]
    assert first.startswith("main.go:"), first
    _, line, col, _ = first.split(":", 3)
    assert line.isdigit() and col.isdigit(), first
    if expect_line is not None:
        assert int(line) == expect_line, first
    if expect_text is not None:
        assert expect_text in first, first
    assert "Traceback" not in r.stderr


def test_syntax_error_is_located():
    """A missing brace is reported at its line like the Go compiler does."""
    check_error("package main\nfunc main() {\n\tx := (1 + \n}\n", expect_text="syntax error")


def test_generics_are_unsupported():
    """Type parameters are outside the subset: a located 'unsupported' error."""
    src = "package main\n\nfunc Map[T any](xs []T) []T { return xs }\n\nfunc main() {}\n"
    check_error(src, expect_line=3, expect_text="generics")


def test_goto_cgo_unsafe_reflect_unsupported():
    """goto, cgo, unsafe and reflect each get a located error."""
    check_error('package main\nimport "unsafe"\nfunc main() { _ = unsafe.Sizeof(1) }\n', 2, "unsafe")
    check_error('package main\nimport "reflect"\nfunc main() {}\n', 2, "reflect")
    check_error('package main\nimport "C"\nfunc main() {}\n', 2, "cgo")
    check_error("package main\nfunc main() {\nL:\n\tgoto L\n}\n", 4, "goto")


def test_undefined_name_is_located():
    """Using an undeclared variable names it at its position."""
    check_error("package main\n\nfunc main() {\n\tx = 1\n}\n", expect_line=4, expect_text="undefined: x")


def test_unsimulated_package_member_is_unsupported():
    """An exported name a simulated package lacks (real Go has bytes.ToTitle, sort.StringSlice)
    is 'unsupported', in an expression and in a type; an unexported one stays 'undefined'."""
    check_error('package main\nimport "bytes"\nfunc main() {\n\t_ = bytes.ToTitle(nil)\n}\n',
                4, "unsupported: bytes.ToTitle")
    check_error('package main\nimport "sort"\nvar x sort.StringSlice\nfunc main() {}\n',
                3, "unsupported: sort.StringSlice")
    check_error('package main\nimport "sort"\nfunc main() {\n\tsort.ints(nil)\n}\n',
                4, "undefined: sort.ints")


def test_slice_to_array_pointer_is_unsupported():
    """Converting a slice to an array pointer (aliasing its elements) is outside the subset."""
    check_error("package main\nfunc main() {\n\ts := []int{1}\n\t_ = (*[1]int)(s)\n}\n",
                4, "unsupported: conversion of a slice to an array pointer")


def test_cli_reports_errors_without_traceback(tmp_path):
    """`main.py run` prints the located error on stderr and exits 125."""
    f = tmp_path / "main.go"
    f.write_text("package main\nfunc main() {\n")
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "run", str(f)],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 125
    assert r.stderr.startswith("main.go:") or ":" in r.stderr.splitlines()[0]
    assert "Traceback" not in r.stderr


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(GOOD) - 1), st.integers(1, 6), st.sampled_from(["", "{", "}", "(", ")", ":=", "defer", "go", "\"", "`", "func", ";", "[]", "..."]))
def test_mutated_programs_never_crash(pos, cut, insert):
    """Random damage to a valid program gives a run or a located error, never an exception."""
    src = GOOD[:pos] + insert + GOOD[pos + cut:]
    # a mutation can make the loop endless (drop "i++"): stop it early, it is not the point here
    r = simulate(src, "main.go", RunConfig(max_events=100_000))
    assert "Traceback" not in r.stderr
    if r.status == 125:
        assert r.stderr.startswith("main.go:") or r.stderr.startswith("deferlab:"), r.stderr


def test_generic_library_type_needs_instantiation_and_user_generics_stay_unsupported():
    """atomic.Pointer[T] is the one generic type a program may instantiate; using it bare, or
    instantiating a type that is not generic, is a located error; user type parameters are
    still outside the subset."""
    head = 'package main\nimport "sync/atomic"\n'
    check_error(head + "var p atomic.Pointer\nfunc main() { _ = p }\n", 3,
                "cannot use generic type atomic.Pointer[T any] without instantiation")
    check_error(head + "var p atomic.Int64[int]\nfunc main() { _ = p }\n", 3,
                "atomic.Int64 is not a generic type")
    check_error(head + "type Box[T any] struct{ v T }\nfunc main() {}\n", 3,
                "unsupported: generics (type parameters)")
    r = simulate(head + 'import "fmt"\nfunc main() {\n\tvar p atomic.Pointer[string]\n'
                 '\ts := "v1"\n\tp.Store(&s)\n\tfmt.Printf("%s %T\\n", *p.Load(), &p)\n}\n', "main.go")
    assert (r.stdout, r.status) == ("v1 *atomic.Pointer[string]\n", 0), r.stderr


def test_unused_variables_and_imports_are_errors_as_in_go():
    """Go refuses to build these; the simulator must not run them (messages as go1.27's)."""
    check_error('package main\nimport "os"\nfunc main() {}\n', 2, '"os" imported and not used')
    check_error('package main\nimport sys "os"\nfunc main() {}\n', 2, '"os" imported as sys and not used')
    check_error("package main\nfunc main() {\n\tx := 1\n\tx = 2\n}\n", 3, "declared and not used: x")
    check_error("package main\nfunc main() {\n\tfor i := range 3 {\n\t}\n}\n", 3,
                "declared and not used: i")
    check_error("package main\nfunc main() {\n\tvar a, b int\n\tb = a\n}\n", 3,
                "declared and not used: b")
    # uses Go counts: a read, x++ / x += 1, &x, a closure reading it, a type-switch symbol
    # used in only some clauses, parameters and named results never used at all
    ok = """package main

import "fmt"

func f(unused int) (r int) {
	a := 1
	a++
	b := 2
	b += 1
	c := 3
	p := &c
	d := 4
	g := func() int { return d }
	var x any = 1
	switch v := x.(type) {
	case int:
		fmt.Println(v)
	case string:
	}
	return *p + g()
}

func main() { fmt.Println(f(0)) }
"""
    r = simulate(ok, "main.go")
    assert (r.stdout, r.status) == ("1\n7\n", 0), r.stderr


def test_untyped_constants_must_fit_their_type():
    """An untyped constant given an integer type it cannot hold is a compile error in Go (a
    typed constant expression like ^uint(0) is fine)."""
    body = "package main\nimport \"fmt\"\nfunc main() {\n\t%s\n}\n"
    check_error(body % "var x int8 = 300\n\tfmt.Println(x)", 4,
                "cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)")
    check_error(body % "x := 1 << 63\n\tfmt.Println(x)", 4,
                "cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in assignment "
                "(overflows)")
    check_error(body % "fmt.Println(int8(200))", 4, "constant 200 overflows int8")
    r = simulate(body % "fmt.Println(^uint(0), uint8(255), int8(-128), uint64(1<<63))", "main.go")
    assert r.stdout == "18446744073709551615 255 -128 9223372036854775808\n", r.stderr


def test_multi_value_and_no_value_calls_in_single_value_context():
    """Go's messages (checked against go1.27): a multi-value call is usable only as a statement,
    in an assignment of as many variables, in ``return``, or as the sole argument ``f(g())``."""
    head = ("package main\nimport \"fmt\"\nfunc two() (n int, err error) { return 1, nil }\n"
            "func pair() (int, string) { return 1, \"a\" }\nfunc noret() {}\nfunc main() {\n\t%s\n}\n")
    check_error(head % 'fmt.Println("x", two())', 7,
                "main.go:7:19: multiple-value two() (value of type (n int, err error)) in single-value context")
    check_error(head % "x := pair() + 1\n\tfmt.Println(x)", 7,
                "main.go:7:7: multiple-value pair() (value of type (int, string)) in single-value context")
    check_error(head % "x := noret()\n\tfmt.Println(x)", 7, "main.go:7:7: noret() (no value) used as value")
    check_error(head % "fmt.Println(noret())", 7, "main.go:7:14: noret() (no value) used as value")
    ok = simulate(head % "n, err := two()\n\tfmt.Println(two())\n\tfmt.Println(n, err)\n\ttwo()\n\tnoret()",
                  "main.go")
    assert (ok.status, ok.stdout) == (0, "1 <nil>\n1 <nil>\n"), ok.stderr


def test_redeclarations_and_late_imports_as_in_go():
    """Go's messages (go1.27): a name declared twice in one block, at package level or in a
    function, and an import after other declarations (was an internal error)."""
    check_error('package main\n\nimport "fmt"\n\nvar a = 1\n\nvar a = 2\n\nfunc main() { fmt.Println(a) }\n',
                7, "main.go:7:5: a redeclared in this block")
    check_error('package main\n\nimport "fmt"\n\nfunc f() {}\n\nfunc f() {}\n\nfunc main() { f(); fmt.Println() }\n',
                7, "main.go:7:6: f redeclared in this block")
    check_error('package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\n\tvar x = 2\n\tfmt.Println(x)\n}\n',
                7, "main.go:7:6: x redeclared in this block")
    check_error('package main\n\nimport "fmt"\n\ntype T struct {\n\twhat string\n\twhat string\n}\n\n'
                'func main() { fmt.Println(T{}) }\n', 7, "main.go:7:2: what redeclared")
    check_error('package main\n\nvar a = 1\n\nimport "fmt"\n\nfunc main() { fmt.Println(a) }\n',
                5, "main.go:5:1: syntax error: imports must appear before other declarations")
    ok = simulate('package main\n\nimport "fmt"\n\nfunc init() { fmt.Print("1 ") }\n\nfunc init() { fmt.Print("2 ") }\n\n'
                  'var _ = 1\n\nvar _ = 2\n\nfunc main() {\n\tx := 1\n\t{\n\t\tx := 2\n\t\t_ = x\n\t}\n\tfmt.Println(x)\n}\n',
                  "main.go")
    assert (ok.status, ok.stdout) == (0, "1 2 1\n"), ok.stderr


def test_binary_operands_of_different_types_do_not_compile():
    """Go has no implicit conversions (messages checked against go1.27): the everyday
    ``n * time.Millisecond`` with an int n, int + int64, a defined type and its underlying
    type, string + int.  A comparison only needs one side assignable to the other."""
    head = ('package main\nimport (\n\t"fmt"\n\t"time"\n)\ntype Celsius float64\n'
            'func main() {\n\tn, d, s := 3, int64(4), "x"\n\tvar c Celsius = 1\n\tf := 2.0\n\t%s\n}\n')
    check_error(head % "fmt.Println(n * time.Millisecond, d, s, c, f)", 11,
                "main.go:11:14: invalid operation: n * time.Millisecond (mismatched types int and time.Duration)")
    check_error(head % "fmt.Println(n < d, s, c, f)", 11,
                "main.go:11:14: invalid operation: n < d (mismatched types int and int64)")
    check_error(head % "fmt.Println(c + f, n, d, s)", 11,
                "main.go:11:14: invalid operation: c + f (mismatched types Celsius and float64)")
    check_error(head % "fmt.Println(s + n, d, c, f)", 11,
                "main.go:11:14: invalid operation: s + n (mismatched types string and int)")
    ok = simulate(head % ("var p *int = &n\n\ttype P *int\n\tvar q P = &n\n\tch := make(chan int)\n"
                          "\tvar r <-chan int = ch\n\tvar e error\n\tvar a any = n\n"
                          "\tfmt.Println(p == q, r == ch, e == nil, a == n, c*2, time.Duration(n)*time.Second, d, s, f)"),
                  "main.go")
    assert (ok.status, ok.stdout) == (0, "true true true true 2 3s 4 x 2\n"), ok.stderr


ASSIGN_HEAD = ('package main\nimport "fmt"\ntype S struct{ X int }\ntype C float64\n'
               'func double(n int) int { return n * 2 }\nfunc main() {\n\tf := 1.5\n\t%s\n}\n')


def test_values_must_be_assignable_to_their_destination():
    """Go has no implicit conversions in arguments, assignments, declarations, returns,
    literals, sends and map keys (messages as go1.27's)."""
    check_error(ASSIGN_HEAD % "fmt.Println(double(f))", 8,
                "main.go:8:21: cannot use f (variable of type float64) as int value in argument to double")
    check_error(ASSIGN_HEAD % "var c C = 1\n\tfmt.Println(c, f)\n\tf = c", 10,
                "main.go:10:6: cannot use c (variable of float64 type C) as float64 value in assignment")
    check_error(ASSIGN_HEAD % "var n int = f\n\tfmt.Println(n)", 8,
                "main.go:8:14: cannot use f (variable of type float64) as int value in variable declaration")
    check_error(ASSIGN_HEAD % "fmt.Println(S{X: f})", 8,
                "main.go:8:19: cannot use f (variable of type float64) as int value in struct literal")
    check_error(ASSIGN_HEAD % "fmt.Println([]int{1, f})", 8,
                "main.go:8:23: cannot use f (variable of type float64) as int value in array or slice literal")
    check_error(ASSIGN_HEAD % "m := map[int]string{}\n\tfmt.Println(m[f])", 9,
                "main.go:9:16: cannot use f (variable of type float64) as int value in map index")
    check_error(ASSIGN_HEAD % "ch := make(chan int, 1)\n\tch <- f\n\tfmt.Println(<-ch)", 9,
                "main.go:9:8: cannot use f (variable of type float64) as int value in send")
    check_error(ASSIGN_HEAD % "var a any = f\n\tvar n int = a\n\tfmt.Println(n)", 9,
                "main.go:9:14: cannot use a (variable of interface type any) as int value in variable "
                "declaration: need type assertion")
    check_error("package main\nfunc f() string {\n\treturn 1.5\n}\nfunc main() { f() }\n", 3,
                "main.go:3:9: cannot use 1.5 (untyped float constant) as string value in return statement")
    ok = simulate(ASSIGN_HEAD % ("type B bool\n\tvar b B = f > 1 && true\n\ttype F func(int) int\n"
                                 "\tvar g F = double\n\tvar h func(int) int = g\n\tch := make(chan int, 1)\n"
                                 "\tvar r <-chan int = ch\n\tvar p *S = nil\n\tvar e error = nil\n"
                                 "\tvar s []C = []C{1, 2.5}\n\tvar a any = S{}\n"
                                 "\tfmt.Println(b, h(2), r != nil, p, e, s, a, C(f))"), "main.go")
    assert (ok.status, ok.stdout) == (0, "true 4 true <nil> <nil> [1 2.5] {0} 1.5\n"), ok.stderr


def test_interface_satisfaction_is_checked_on_assignment():
    """A value assigned to an interface must have every method, with value receivers for a
    non-pointer value; a concrete type in x.(T) must be able to implement x's interface."""
    head = ('package main\nimport "fmt"\ntype I interface{ M() }\ntype P struct{}\nfunc (p *P) M() {}\n'
            'type V struct{}\nfunc (V) M() {}\ntype S struct{}\nfunc (s *S) String() string { return "s" }\n'
            'type E struct{ V }\nfunc main() {\n\t%s\n}\n')
    check_error(head % "var s fmt.Stringer = S{}\n\tfmt.Println(s)", 12,
                "main.go:12:23: cannot use S{} (value of struct type S) as fmt.Stringer value in variable "
                "declaration: S does not implement fmt.Stringer (method String has pointer receiver)")
    check_error(head % "var i I = 3\n\tfmt.Println(i)", 12,
                "main.go:12:12: cannot use 3 (constant of type int) as I value in variable declaration: "
                "int does not implement I (missing method M)")
    check_error(head % "var e error\n\tfmt.Println(e.(*P))", 13,
                "main.go:13:14: impossible type assertion: e.(*P)")
    ok = simulate(head % ("var a, b, c, d I = &P{}, V{}, &V{}, E{}\n\tvar s fmt.Stringer = &S{}\n"
                          "\tvar x any = a\n\t_, isP := x.(*P)\n\tfmt.Println(a != nil, b, c, d, s, isP)"), "main.go")
    assert (ok.status, ok.stdout) == (0, "true {} &{} {{}} s true\n"), ok.stderr


def test_missing_return_follows_gos_terminating_statements():
    """A function with results must end in a terminating statement (return, panic, an endless
    for without break, if/else or switch with default whose branches all terminate)."""
    check_error("package main\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\nfunc main() { f(1) }\n",
                6, "main.go:6:1: missing return")
    check_error("package main\nfunc f(x int) int {\n\tfor {\n\t\tif x > 0 {\n\t\t\tbreak\n\t\t}\n\t}\n}\n"
                "func main() { f(1) }\n", 8, "main.go:8:1: missing return")
    check_error("package main\nfunc f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\t}\n}\n"
                "func main() { f(1) }\n", 7, "main.go:7:1: missing return")
    ok = simulate("""package main

import "fmt"

func a(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	} else {
		return 0
	}
}

func b(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}

func c(ch chan int) int {
outer:
	for {
		select {
		case v := <-ch:
			if v == 0 {
				continue outer
			}
			return v
		}
	}
}

func d(x any) string {
	switch x.(type) {
	case int:
		return "int"
	default:
		return "other"
	}
}

func main() {
	ch := make(chan int, 2)
	ch <- 0
	ch <- 7
	fmt.Println(a(3), b(1), c(ch), d(1))
}
""", "main.go")
    assert (ok.status, ok.stdout) == (0, "1 1 7 int\n"), ok.stderr


def test_statement_level_mistakes_as_in_go():
    """Non-boolean conditions, unused expressions and labels, unaddressable assignments and
    pointer-method calls, wrong counts of return values, arguments and assigned values."""
    head = ('package main\nimport (\n\t"fmt"\n\t"strconv"\n)\ntype V struct{ X int }\n'
            'func (v *V) Inc() { v.X++ }\nfunc get() V { fmt.Sprint(strconv.Itoa(0)); return V{} }\n'
            'func main() {\n\tx := 1\n\t%s\n}\n')
    cases = [
        ("if x {\n\t}", "main.go:11:5: non-boolean condition in if statement"),
        ("for x {\n\t}", "main.go:11:6: non-boolean condition in for statement"),
        ("x == 1", "main.go:11:2: x == 1 (untyped bool value) is not used"),
        ("outer:\n\tfor x > 0 {\n\t\tbreak\n\t}", "main.go:11:2: label outer defined and not used"),
        ('m := map[string]V{}\n\tm["a"].X = x', 'main.go:12:2: cannot assign to struct field m["a"].X in map'),
        ('s := "ab"\n\ts[0] = 1\n\tfmt.Println(s, x)',
         "main.go:12:2: cannot assign to s[0] (neither addressable nor a map index expression)"),
        ("get().Inc()\n\tfmt.Println(x)", "main.go:11:8: cannot call pointer method Inc on V"),
        ("v := V{}\n\tv.Inc(x)", "main.go:12:8: too many arguments in call to v.Inc"),
        ('n := strconv.Atoi("5")\n\tfmt.Println(n, x)',
         "main.go:11:7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values"),
        ("x := 2\n\tfmt.Println(x)", "main.go:11:4: no new variables on left side of :="),
        ("return x", "main.go:11:9: too many return values"),
    ]
    for body, want in cases:
        check_error(head % body, int(want.split(":")[1]), want)
    check_error("package main\nfunc f() (int, error) {\n\treturn 1\n}\nfunc main() { f() }\n", 3,
                "main.go:3:9: not enough return values")
    ok = simulate(head % ("type B bool\n\tvar b B = x > 0\n\tif b {\n\t\tx++\n\t}\n"
                          "\tm := map[string]*V{\"a\": {}}\n\tm[\"a\"].X = 5\n\tm[\"a\"].Inc()\n"
                          "\tvs := []V{{}}\n\tvs[0].Inc()\n\tvar arr [1]V\n\tarr[0].Inc()\n"
                          "\tch := make(chan int, 1)\n\tch <- x\n\t<-ch\n"
                          "loop:\n\tfor {\n\t\tbreak loop\n\t}\n"
                          "\tfmt.Println(x, m[\"a\"].X, vs[0].X, arr[0].X)"), "main.go")
    assert (ok.status, ok.stdout) == (0, "2 6 1 1\n"), ok.stderr


def test_incomparable_operands_and_copy_element_types():
    """== needs comparable operands; copy needs the same element types (go1.27's messages)."""
    head = 'package main\nimport "fmt"\ntype P struct{ Tags []string }\nfunc main() {\n\t%s\n}\n'
    check_error(head % "p := P{}\n\tfmt.Println(p == P{})", 6,
                "main.go:6:14: invalid operation: p == P{} (struct containing []string cannot be compared)")
    check_error(head % "a, b := []int{}, []int{}\n\tfmt.Println(a == b)", 6,
                "main.go:6:14: invalid operation: a == b (slice can only be compared to nil)")
    check_error(head % 'dst := make([]int, 3)\n\tfmt.Println(copy(dst, "xy"))', 6,
                'main.go:6:19: invalid copy: arguments dst (variable of type []int) and "xy" (untyped string '
                'constant) have different element types int and byte')
    ok = simulate(head % ('var s []int\n\tb := make([]byte, 2)\n\tvar m map[string]int\n'
                          '\tfmt.Println(s == nil, m != nil, copy(b, "xyz"), string(b))'), "main.go")
    assert (ok.status, ok.stdout) == (0, "true false 2 xy\n"), ok.stderr


def test_undefined_member_hints_like_go_and_names_unsimulated_library_members():
    """go1.27's hint when only the case differs; an exported member a library type lacks in the
    simulation is reported as unsupported, not as a Go error."""
    head = ('package main\nimport (\n\t"fmt"\n\t"net/http"\n\t"time"\n)\n'
            'type S struct{ Name string }\nfunc (s S) Hello() {}\n'
            'func main() {\n\ts := S{}\n\tvar r *http.Response\n\tt := time.Now()\n\t%s\n}\n')
    check_error(head % "fmt.Println(s.name, r, t)", 13,
                "main.go:13:16: s.name undefined (type S has no field or method name, but does have field Name)")
    check_error(head % "s.hello()\n\tfmt.Println(r, t)", 13,
                "main.go:13:4: s.hello undefined (type S has no field or method hello, but does have method Hello)")
    check_error(head % "fmt.Println(r.Statuscode, s, t)", 13, "main.go:13:16: r.Statuscode undefined "
                "(type *http.Response has no field or method Statuscode, but does have field StatusCode)")
    check_error(head % "fmt.Println(t.ISOWeek())\n\tfmt.Println(s, r)", 13,
                "main.go:13:16: unsupported: t.ISOWeek: ISOWeek is not a simulated field or method of time.Time")
    check_error(head % "fmt.Println(s.Missing, r, t)", 13,
                "main.go:13:16: s.Missing undefined (type S has no field or method Missing)")
