"""Statement and operand checks against go1.27's own texts: constant len, duplicate switch
cases, fallthrough and labelled break/continue targets, unused type-switch symbols, go/defer
operands, byte/rune in messages, channel directions, interface operands.

Every expected first line below was printed by ``go build`` (go1.27) for the same program (the
body in main below); runtime behaviours are in tests/programs (core_const_len_constant,
core_range_array_pointer_live).
"""
import pytest

from simulator import simulate

_HEAD = '''package main

import (
	"fmt"
	"os"
)

const K = 2

func main() {
	var s os.Signal
	var a any = 1
	x := 2
	var in <-chan int
	var out chan<- int
	_, _, _, _, _ = s, a, x, in, out
	fmt.Print()
	%s
}
'''

#: case -> (the body of main after the set-up lines, go build's first error line)
_CASES = {
    "len_const_typed_int": (
        "var f float64 = len(\"abc\")\n\tfmt.Println(f)",
        "main.go:18:18: cannot use len(\"abc\") (constant 3 of type int) as float64 value in variable declaration"),
    "dup_case_int": (
        "switch x {\n\tcase 1, 2:\n\tcase 2:\n\t}",
        "main.go:20:7: duplicate case 2 (constant of type int) in expression switch"),
    "dup_case_named_const": (
        "switch x {\n\tcase K:\n\tcase 1 + 1:\n\t}",
        "main.go:20:7: duplicate case 1 + 1 (constant 2 of type int) in expression switch"),
    "dup_case_string": (
        "switch y := \"a\"; y {\n\tcase \"a\", \"b\", \"a\":\n\t}",
        "main.go:19:17: duplicate case \"a\" (constant of type string) in expression switch"),
    "dup_case_iface_tag": (
        "switch a {\n\tcase 1, 2:\n\tcase K:\n\t}",
        "main.go:20:7: duplicate case K (constant 2 of type int) in expression switch"),
    "fallthrough_final": (
        "switch x {\n\tcase 1:\n\t\tfallthrough\n\tdefault:\n\t\tfallthrough\n\t}",
        "main.go:22:3: cannot fallthrough final case in switch"),
    "fallthrough_type_switch": (
        "switch a.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}",
        "main.go:20:3: cannot fallthrough in type switch"),
    "fallthrough_not_last": (
        "switch x {\n\tcase 1:\n\t\tfallthrough\n\t\tfmt.Println()\n\tcase 2:\n\t}",
        "main.go:20:3: fallthrough statement out of place"),
    "fallthrough_in_block": (
        "switch x {\n\tcase 1:\n\t\tif x > 0 {\n\t\t\tfallthrough\n\t\t}\n\tcase 2:\n\t}",
        "main.go:21:4: fallthrough statement out of place"),
    "type_switch_unused": (
        "switch v := a.(type) {\n\tcase int:\n\t\tfmt.Println(\"int\")\n\t}",
        "main.go:18:9: v declared and not used"),
    "type_switch_no_clauses": (
        "switch v := a.(type) {\n\t}",
        "main.go:18:9: v declared and not used"),
    "defer_parenthesized": (
        "defer (fmt.Println(\"x\"))",
        "main.go:18:8: expression in defer must not be parenthesized"),
    "defer_not_call": (
        "defer recover",
        "main.go:18:8: expression in defer must be function call"),
    "go_func_not_called": (
        "go func() {}",
        "main.go:18:5: expression in go must be function call"),
    "defer_conversion": (
        "defer int(x)",
        "main.go:18:8: defer requires function call, not conversion int(x) (value of type int)"),
    "defer_discards_len": (
        "defer len(\"ab\")",
        "main.go:18:8: defer discards result of len(\"ab\") (constant 2 of type int)"),
    "break_label_not_enclosing": (
        "L:\n\tfor i := 0; i < 2; i++ {\n\t}\n\tfor {\n\t\tbreak L\n\t}",
        "main.go:22:9: invalid break label L"),
    "break_label_of_block": (
        "L:\n\t{\n\t\tfor {\n\t\t\tbreak L\n\t\t}\n\t}",
        "main.go:21:10: invalid break label L"),
    "continue_label_of_switch": (
        "L:\n\tswitch {\n\tcase true:\n\t\tfor {\n\t\t\tcontinue L\n\t\t}\n\t}",
        "main.go:22:13: invalid continue label L"),
    "break_label_defined_later": (
        "for {\n\t\tbreak L\n\t}\nL:\n\tfor {\n\t}",
        "main.go:19:9: break label not defined: L"),
    "break_label_outside_literal": (
        "L:\n\tfor {\n\t\tfunc() {\n\t\t\tbreak L\n\t\t}()\n\t}",
        "main.go:18:2: label L defined and not used"),
    "continue_in_switch": (
        "switch {\n\tcase true:\n\t\tcontinue\n\t}",
        "main.go:20:3: continue is not in a loop"),
    "byte_overflows": (
        "var b byte = 300\n\tfmt.Println(b)",
        "main.go:18:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)"),
    "rune_from_string": (
        "var r rune = \"a\"\n\tfmt.Println(r)",
        "main.go:18:15: cannot use \"a\" (untyped string constant) as rune value in variable declaration"),
    "byte_from_int_var": (
        "var b byte = x\n\tfmt.Println(b)",
        "main.go:18:15: cannot use x (variable of type int) as byte value in variable declaration"),
    "send_on_receive_only": (
        "in <- 1",
        "main.go:18:2: invalid operation: cannot send to receive-only channel <-chan int in (variable of type <-chan int)"),
    "send_on_non_channel": (
        "x <- 1",
        "main.go:18:2: invalid operation: cannot send to non-channel int x (variable of type int)"),
    "select_send_on_receive_only": (
        "select {\n\tcase in <- 1:\n\tdefault:\n\t}",
        "main.go:19:7: invalid operation: cannot send to receive-only channel <-chan int in (variable of type <-chan int)"),
    "select_recv_non_channel": (
        "select {\n\tcase <-x:\n\t}",
        "main.go:19:9: invalid operation: cannot receive from non-channel int x (variable of type int)"),
    "select_recv_assign_non_channel": (
        "select {\n\tcase v, ok := <-x:\n\t\t_, _ = v, ok\n\t}",
        "main.go:19:18: invalid operation: cannot receive from non-channel int x (variable of type int)"),
    "select_recv_send_only": (
        "select {\n\tcase v := <-out:\n\t\t_ = v\n\t}",
        "main.go:19:14: invalid operation: cannot receive from send-only channel chan<- int out (variable of type chan<- int)"),
    "comma_ok_recv_send_only": (
        "v, ok := <-out\n\t_, _ = v, ok",
        "main.go:18:13: invalid operation: cannot receive from send-only channel chan<- int out (variable of type chan<- int)"),
    "range_send_only": (
        "for v := range out {\n\t\t_ = v\n\t}",
        "main.go:18:17: cannot range over out (variable of type chan<- int): receive from send-only channel chan<- int"),
    "range_chan_two_vars": (
        "ch := make(chan int)\n\tfor i, v := range ch {\n\t\t_, _ = i, v\n\t}",
        "main.go:19:9: range over ch (variable of type chan int) permits only one iteration variable"),
    "range_int_two_vars": (
        "for i, v := range 10 {\n\t\t_, _ = i, v\n\t}",
        "main.go:18:9: range over 10 (untyped int constant) permits only one iteration variable"),
    # channel and interface operands of expressions (check_chan_op,
    # check_interface_operands, check_unary_interface, check_interface_conversion)
    "close_receive_only": (
        "close(in)",
        "main.go:18:8: invalid operation: cannot close receive-only channel in (variable of type <-chan int)"),
    "close_non_channel": (
        "close(x)",
        "main.go:18:8: invalid operation: cannot close non-channel x (variable of type int)"),
    "recv_send_only": (
        "v := <-out\n\t_ = v",
        "main.go:18:9: invalid operation: cannot receive from send-only channel chan<- int out (variable of type chan<- int)"),
    "iface_plus_const": (
        "fmt.Println(128 + s)",
        "main.go:18:14: invalid operation: 128 + s (mismatched types untyped int and os.Signal)"),
    "iface_eq_const": (
        "fmt.Println(s == 15)",
        "main.go:18:19: invalid operation: s == 15 (mismatched types os.Signal and untyped int)"),
    "iface_conversion": (
        "fmt.Println(int(s))",
        "main.go:18:18: cannot convert s (variable of interface type os.Signal) to type int"),
    "iface_ordered": (
        "fmt.Println(a < 1)",
        "main.go:18:14: invalid operation: a < 1 (operator < not defined on interface)"),
    "iface_negate": (
        "fmt.Println(-s)",
        "main.go:18:15: invalid operation: operator - not defined on s (variable of interface type os.Signal)"),
}


def _first_line(body):
    r = simulate(_HEAD % body, "main.go")
    assert r.status == 125, (r.status, r.stdout, r.stderr)
    return r.stderr.splitlines()[0]


@pytest.mark.parametrize("case", sorted(_CASES))
def test_compile_errors_match_go(case):
    """A program Go rejects is rejected with Go's first error line, status 125."""
    body, go_says = _CASES[case]
    assert _first_line(body) == go_says


def test_valid_branches_and_cases_still_run():
    """Labelled break/continue to enclosing targets, a fallthrough before the last case and
    distinct constant cases compile and run as Go runs them."""
    body = """O:
	for i := 0; i < 4; i++ {
	S:
		switch i {
		case 0:
			continue O
		case 1:
			break S
		case 2, K + 1:
			fmt.Println("two or three", i)
			if i == 3 {
				break O
			}
			fallthrough
		default:
			fmt.Println("after", i)
		}
		fmt.Println(i)
	}
	switch v := a.(type) {
	case string:
	case int:
		fmt.Println(v + 1)
	}"""
    r = simulate(_HEAD % body, "main.go")
    assert (r.stdout, r.status) == ("1\ntwo or three 2\nafter 2\n2\ntwo or three 3\n2\n", 0), r.stderr
