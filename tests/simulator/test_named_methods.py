"""Pointer-receiver methods on named non-struct types (``type Counter int``, ``type Stack []int``):
calls on addressable values take the receiver's address; calls on values without one do not
compile, with go build's message.  The runtime behaviours are recorded programs
(tests/programs/core_named_ptr_method_*.go); these are the compile errors and the pieces."""
import pytest

from simulator import simulate
from simulator.interp.escape import analyse
from simulator.golang.parse import Source

COUNTER = '''package main

type Counter int

func (c *Counter) Inc() { *c++ }

type Page struct{ Counter }

type Incer interface{ Inc() }

func get() Counter { return 1 }

func main() {
%s
}
'''

# (body of main, go build's first error line for it, minus the leading "./"), each line copied
# from go1.27's `go build` of COUNTER with that body; main's body starts on line 14
ERRORS = [
    ('\tm := map[string]Counter{}\n\tm["a"].Inc()',
     "prog.go:15:9: cannot call pointer method Inc on Counter"),
    ('\tm := map[string]Counter{}\n\tf := m["a"].Inc\n\tf()',
     "prog.go:15:14: cannot call pointer method Inc on Counter"),
    ('\tm := map[string]Page{}\n\tm["a"].Inc()',
     "prog.go:15:9: cannot call pointer method Inc on Page"),
    ('\tm := map[string]Page{}\n\tf := m["a"].Inc\n\tf()',
     "prog.go:15:14: cannot call pointer method Inc on Page"),
    ("\tCounter(5).Inc()",
     "prog.go:14:13: cannot call pointer method Inc on Counter"),
    ("\tdefer get().Inc()",
     "prog.go:14:14: cannot call pointer method Inc on Counter"),
    ("\tvar c Counter\n\tvar i Incer = c\n\ti.Inc()",
     "prog.go:15:16: cannot use c (variable of int type Counter) as Incer value in variable "
     "declaration: Counter does not implement Incer (method Inc has pointer receiver)"),
]


@pytest.mark.parametrize("body,want", ERRORS, ids=[w.split(": ", 1)[1][:40] for _, w in ERRORS])
def test_pointer_method_without_address_is_go_builds_error(body, want):
    """A pointer method called on a value with no address is refused with go build's line."""
    r = simulate(COUNTER % body, "prog.go")
    assert (r.status, r.stderr.splitlines()[0]) == (125, want)


def test_stack_push_changes_the_variable():
    """``s.Push(v)`` with ``func (s *Stack) Push`` appends to the variable s itself (the user's
    program: go prints [1 2])."""
    src = '''package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	fmt.Println(s)
}
'''
    r = simulate(src, "prog.go")
    assert (r.status, r.stdout, r.stderr) == (0, "[1 2]\n", "")


def test_value_method_through_interface_gets_a_copy():
    """A value method called through an interface holding a struct (or a pointer to one)
    changes only its own copy of the receiver (go prints ``1 1 0`` and ``1 1``)."""
    src = '''package main

import "fmt"

type S struct{ n int }

func (s S) Mod() int { s.n++; return s.n }

type Modder interface{ Mod() int }

func main() {
	s := S{}
	var m Modder = &s
	fmt.Println(m.Mod(), m.Mod(), s.n)
	m = s
	fmt.Println(m.Mod(), m.Mod())
}
'''
    r = simulate(src, "prog.go")
    assert (r.status, r.stdout) == (0, "1 1 0\n1 1\n")


def test_receiver_of_a_pointer_method_escapes():
    """Escape analysis gives ``c`` a Cell when ``c.Inc`` names a pointer method of a non-struct
    type (its address is taken), and not otherwise."""
    src = Source("package main\nfunc main() {\n\tvar c Counter\n\tc.Inc()\n\td.Show()\n}\n", "prog.go")
    body = next(n for n in src.root.named_children if n.type == "function_declaration") \
        .child_by_field_name("body")
    assert "c" in analyse(src, body, [], frozenset({"Inc"})).escaping
    assert "d" not in analyse(src, body, [], frozenset({"Inc"})).escaping
    assert "c" not in analyse(src, body, []).escaping
