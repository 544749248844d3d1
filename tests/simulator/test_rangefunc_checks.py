"""Range-over-func misuse checks (rangefunc.py): the panics are runtime.Errors recorded as PANIC
events, and each execution of a range statement has its own state.  The printed results are
checked against real Go by the core_rangefunc_* programs."""
from __future__ import annotations

from simulator import RunConfig, simulate
from simulator.tracing.events import EventKind as K


def run(src: str):
    return simulate(src, "main.go", RunConfig())


CONTINUE_AFTER_BREAK = """package main

import "fmt"

func main() {
	seq := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	for x := range seq {
		fmt.Println("x", x)
		break
	}
	fmt.Println("after")
}
"""


def test_yield_after_break_panics_with_a_runtime_panic_event():
    """A yield after the body returned false panics (status 2) and records a runtime PANIC."""
    r = run(CONTINUE_AFTER_BREAK)
    msg = "runtime error: range function continued iteration after function for loop body returned false"
    assert (r.stdout, r.status) == ("x 1\n", 2)
    assert r.stderr.splitlines()[0] == "panic: " + msg
    assert [e.data["value"] for e in r.trace.of_kind(K.PANIC)] == [msg]


SAVED_IN_LOOP = """package main

import "fmt"

func main() {
	var saved []func(int) bool
	seq := func(yield func(int) bool) {
		saved = append(saved, yield)
		yield(len(saved))
	}
	for i := 0; i < 2; i++ {
		for x := range seq {
			fmt.Println("x", x)
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	saved[0](9)
}
"""


def test_saved_yield_of_an_earlier_execution_sees_its_own_exhausted_loop():
    """The state belongs to one execution of the range statement, not to the function frame."""
    r = run(SAVED_IN_LOOP)
    assert r.status == 0
    assert r.stdout == ("x 1\nx 2\nrecovered: runtime error: range function continued "
                        "iteration after whole loop exit\n")


NESTED_RETURN = """package main

import "fmt"

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func find() int {
	for a := range seq {
		for b := range seq {
			if a == 1 && b == 2 {
				return a*10 + b
			}
		}
	}
	return -1
}

func main() { fmt.Println(find()) }
"""


def test_return_from_a_nested_range_func_body_returns_from_the_function():
    """A return two range-over-func bodies deep stops both iterators, then returns its value."""
    r = run(NESTED_RETURN)
    assert (r.stdout, r.status) == ("12\n", 0)
