"""Panic values are formatted only when printed (preprintpanics), never by panic or recover;
the trace events show them without running the program's methods.  The printed results
themselves are checked against real Go by the core_panic_* / core_fmt_* programs."""
from __future__ import annotations

from simulator import RunConfig, simulate
from simulator.lib.printval import panic_value_text
from simulator.runtime.errors import GoPanic
from simulator.runtime.panic import SIGSEGV_LINE, panic_lines
from simulator.tracing.events import EventKind as K


def run(src: str):
    return simulate(src, "main.go", RunConfig())


def event_values(r, kind) -> list[str]:
    return [e.data["value"] for e in r.trace.of_kind(kind)]


COUNTING = """package main

import "fmt"

var calls int

type V struct{ n int }

func (v V) String() string { calls++; return fmt.Sprint("v", v.n) }

func main() {
	defer func() {
		r := recover()
		fmt.Println(calls, r)
		fmt.Println(calls)
	}()
	panic(V{7})
}
"""


def test_panic_and_recover_do_not_call_string():
    """Neither panic nor recover (nor their trace events) runs the value's String method."""
    r = run(COUNTING)
    assert r.stdout == "0 v7\n1\n"     # as go1.27 prints it


def test_events_show_a_go_method_value_without_calling_it():
    """A value with a String method written in Go shows as %#v in PANIC and RECOVER events."""
    r = run(COUNTING)
    assert event_values(r, K.PANIC) == ["main.V{n:7}"]
    assert event_values(r, K.RECOVER) == ["main.V{n:7}"]


def test_events_show_library_error_text():
    """A library error's Error (Python code) is used for the event text."""
    r = run('package main\n\nimport "errors"\n\nfunc main() { panic(errors.New("boom")) }\n')
    assert event_values(r, K.PANIC) == ["boom"]
    assert r.stderr_first == "panic: boom"


def test_signal_line_follows_the_chain():
    """The fault's signal line is printed once, after every panic of the chain."""
    fault = GoPanic.runtime("invalid memory address or nil pointer dereference", SIGSEGV_LINE)
    fault.recovered = True
    later = GoPanic("again")
    later.link = fault
    assert panic_lines(later, panic_value_text) == [
        "panic: runtime error: invalid memory address or nil pointer dereference [recovered]",
        "\tpanic: again",
        SIGSEGV_LINE]


def test_an_unrecovered_panic_traceback_shows_the_stack_where_it_started():
    """The deferred calls ran (and popped their frames) before the process dies, but the
    traceback is the stack at the panic, each frame at its line (go1.27.3 printed
    main.saveReport at :9 and main.main at :15 for this program)."""
    src = """package main

import "fmt"

func saveReport() {
	defer fmt.Println("file closed")
	fmt.Println("writing")
	if true {
		panic("disk full")
	}
}

func main() {
	defer fmt.Println("connection closed")
	saveReport()
}
"""
    r = simulate(src, "tb.go")
    assert r.status == 2
    tb = r.stderr.split("\n\n", 1)[1].splitlines()
    assert tb[0] == "goroutine 1 [running]:"
    assert [tb[1].split("(")[0], tb[2].split()[0], tb[3].split("(")[0], tb[4].split()[0]] == [
        "main.saveReport", "tb.go:9", "main.main", "tb.go:15"]
