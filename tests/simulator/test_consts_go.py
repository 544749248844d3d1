"""Constant folding and ParseDuration against go1.27's own texts.

Every expected first line below was printed by ``go build`` (go1.27.3) for the same program; the
valid programs' output is covered by tests/programs (core_const_*, conc_time_parse_duration).
"""
import pytest

from simulator import simulate
from simulator.lib.durations import DurationError, parse_duration, parse_go_duration

_HEAD = '''package main

import (
	"fmt"
	"time"
)

const X time.Duration = 7
const Y int8 = 100
const U uint8 = 200
const F float64 = 1.5

func main() {
	var d = time.Second
	var b uint8 = 1
	ch := make(chan int8, 1)
	t := time.NewTimer(d)
	_, _, _, _ = d, b, ch, t
	fmt.Print()
	%s
}
'''
#: case -> the body of main (after the set-up lines)
_BODIES = {
    "untyped_float_truncated": "fmt.Println(time.Second * 2.5)",
    "untyped_float_left_truncated": "fmt.Println(1.5 * time.Second)",
    "untyped_float_big": "fmt.Println(X * 1e20)",
    "typed_duration_overflow": "fmt.Println(300 * 365 * 24 * time.Hour)",
    "typed_int8_overflow": "fmt.Println(Y*2, Y - -100)",
    "unsigned_negative": "fmt.Println(uint(0) - 1)",
    "unsigned_negate": "fmt.Println(-U)",
    "typed_shift_overflow": "fmt.Println(time.Duration(1) << 63)",
    "float64_overflow": "fmt.Println(F * 1e308 * 10)",
    "nested_overflow_in_parens": "fmt.Println((Y * 2) / 4)",
    "conversion_overflow": "fmt.Println(int8(U))",
    "conversion_fraction": "fmt.Println(time.Duration(1.5))",
    "conversion_rounded_value": "fmt.Println(time.Duration(1e30))",
    "conversion_typed_float": "fmt.Println(int(F))",
    "conversion_float32_range": "fmt.Println(float32(1e40))",
    "mismatched_arith": "fmt.Println(X + Y)",
    "mismatched_compare": "fmt.Println(X == Y)",
    "untyped_shift_overflow": "fmt.Println(1 << 600)",
    "negative_shift": "fmt.Println(X << -1)",
    "shift_of_fraction": "fmt.Println(1.5 << 2)",
    "float_remainder": "fmt.Println(1.5 % 1)",
    "division_by_zero": "fmt.Println(X / 0)",
    "var_operand_truncated": "fmt.Println(d * 1.5)",
    "var_compound_truncated": "d *= 1.5",
    "var_operand_overflow": "fmt.Println(b + 300)",
    "var_decl": "var z time.Duration = 1.5\n\tfmt.Println(z)",
    "argument": "t.Reset(0.5)",
    "send": "ch <- 300",
    "multiple_assignment": "var p, q int8\n\tp, q = 1, 300\n\tfmt.Println(p, q)",
    "short_var_decl": "z := 1 << 63\n\tfmt.Println(z)",
    "local_const_decl": "const z int8 = 300\n\tfmt.Println(z)",
    "const_decl_typed_mismatch": "const z int64 = X\n\tfmt.Println(z)",
    "iota_inherited": "const (\n\t\tlo int8 = 100 * iota\n\t\tmid\n\t\thi\n\t)\n\tfmt.Println(lo, mid, hi)",
}

#: case -> go build's first error line
_GO_SAYS = {
    "untyped_float_truncated": "main.go:20:28: 2.5 (untyped float constant) truncated to int64",
    "untyped_float_left_truncated": "main.go:20:14: 1.5 (untyped float constant) truncated to int64",
    "untyped_float_big": "main.go:20:18: 1e20 (untyped float constant 1e+20) truncated to int64",
    "typed_duration_overflow": "main.go:20:14: 300 * 365 * 24 * time.Hour (constant 9460800000000000000 of int64 type time.Duration) overflows int64",
    "typed_int8_overflow": "main.go:20:14: Y * 2 (constant 200 of type int8) overflows int8",
    "unsigned_negative": "main.go:20:14: uint(0) - 1 (constant -1 of type uint) overflows uint",
    "unsigned_negate": "main.go:20:14: -U (constant -200 of type uint8) overflows uint8",
    "typed_shift_overflow": "main.go:20:14: time.Duration(1) << 63 (constant 9223372036854775808 of int64 type time.Duration) overflows int64",
    "float64_overflow": "main.go:20:14: F * 1e308 * 10 (constant 1.5e+309 of type float64) overflows float64",
    "nested_overflow_in_parens": "main.go:20:15: Y * 2 (constant 200 of type int8) overflows int8",
    "conversion_overflow": "main.go:20:19: constant 200 overflows int8",
    "conversion_fraction": "main.go:20:28: cannot convert 1.5 (untyped float constant) to type time.Duration",
    "conversion_rounded_value": "main.go:20:28: cannot convert 1e30 (untyped float constant 1000000000000000000000000000000) to type time.Duration",
    "conversion_typed_float": "main.go:20:18: cannot convert F (constant 1.5 of type float64) to type int",
    "conversion_float32_range": "main.go:20:22: cannot convert 1e40 (untyped float constant 1e+40) to type float32",
    "mismatched_arith": "main.go:20:14: invalid operation: X + Y (mismatched types time.Duration and int8)",
    "mismatched_compare": "main.go:20:19: invalid operation: X == Y (mismatched types time.Duration and int8)",
    "untyped_shift_overflow": "main.go:20:16: constant shift overflow",
    "negative_shift": "main.go:20:19: invalid operation: negative shift count -1 (untyped int constant)",
    "shift_of_fraction": "main.go:20:14: invalid operation: shifted operand 1.5 (untyped float constant) must be integer",
    "float_remainder": "main.go:20:14: invalid operation: operator % not defined on 1.5 (untyped float constant)",
    "division_by_zero": "main.go:20:18: invalid operation: division by zero",
    "var_operand_truncated": "main.go:20:18: 1.5 (untyped float constant) truncated to int64",
    "var_compound_truncated": "main.go:20:7: 1.5 (untyped float constant) truncated to int64",
    "var_operand_overflow": "main.go:20:18: 300 (untyped int constant) overflows uint8",
    "var_decl": "main.go:20:24: cannot use 1.5 (untyped float constant) as time.Duration value in variable declaration (truncated)",
    "argument": "main.go:20:10: cannot use 0.5 (untyped float constant) as time.Duration value in argument to t.Reset (truncated)",
    "send": "main.go:20:8: cannot use 300 (untyped int constant) as int8 value in send (overflows)",
    "multiple_assignment": "main.go:21:12: cannot use 300 (untyped int constant) as int8 value in multiple assignment (overflows)",
    "short_var_decl": "main.go:20:7: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in assignment (overflows)",
    "local_const_decl": "main.go:20:17: cannot use 300 (untyped int constant) as int8 value in constant declaration (overflows)",
    "const_decl_typed_mismatch": "main.go:20:18: cannot use X (constant 7 of int64 type time.Duration) as int64 value in constant declaration",
    "iota_inherited": "main.go:23:3: cannot use 100 * iota (untyped int constant 200) as int8 value in constant declaration (overflows)",
}


@pytest.mark.parametrize("case", sorted(_BODIES))
def test_constant_errors_match_go(case):
    """A constant Go rejects is rejected with Go's position and text, status 125."""
    r = simulate(_HEAD % _BODIES[case], "main.go")
    assert r.status == 125, (r.status, r.stdout, r.stderr)
    assert r.stderr.splitlines()[0] == _GO_SAYS[case]


def test_untyped_float_with_typed_integer_is_exact():
    """1e3 * time.Microsecond is 1ms and 2.5*1000*time.Millisecond 2.5s: no float rounding."""
    src = _HEAD % ("fmt.Println(1e3*time.Microsecond, 2.5*1000*time.Millisecond, time.Second*1.0, "
                   "2.0*X, X/2.0, (X+1)*1e18)")
    r = simulate(src, "main.go")
    assert (r.stdout, r.status) == ("1ms 2.5s 1s 14ns 3ns 2222222h13m20s\n", 0), r.stderr


def test_parse_duration_is_go_integer_arithmetic():
    """Fractions truncate (1.9ns is 1ns), digits beyond int64 still parse, overflow is an error."""
    assert parse_go_duration("1.9ns") == 1
    assert parse_go_duration("123456789.123456789s") == 123456789123456789
    assert parse_go_duration("1.00000000000000000000000000001h") == 3_600_000_000_000
    assert parse_go_duration("-9223372036854775808ns") == -(1 << 63)
    assert parse_go_duration(".5s") == parse_go_duration("0.5s") == 500_000_000
    assert parse_go_duration("1.s") == 1_000_000_000
    for bad in ("9223372036854775808ns", "2562048h", "100000000000000000000ns"):
        with pytest.raises(DurationError, match="invalid duration"):
            parse_go_duration(bad)


@pytest.mark.parametrize("text, message", [
    ("5m3", 'time: missing unit in duration "5m3"'),
    ("1e3s", 'time: unknown unit "e" in duration "1e3s"'),
    ("3m-2s", 'time: unknown unit "m-" in duration "3m-2s"'),
    (" 1s", 'time: invalid duration " 1s"'),
    ("1s ", 'time: unknown unit "s " in duration "1s "'),
    ("-.s", 'time: invalid duration "-.s"'),
    ("5\u00b5s1\u00e9", 'time: unknown unit "\\xc3\\xa9" in duration "5\\xc2\\xb5s1\\xc3\\xa9"'),
])
def test_parse_duration_errors_are_gos(text, message):
    """Each failure names Go's reason; non-ASCII bytes are quoted as \\x escapes like time.quote."""
    with pytest.raises(DurationError) as e:
        parse_go_duration(text)
    assert str(e.value) == message


def test_directive_durations_ignore_surrounding_blanks():
    """//deferlab: directives may pad their durations; the value itself follows Go's syntax."""
    assert parse_duration(" 200ms ") == 200_000_000
    assert parse_duration("1.5s") == 1_500_000_000
