"""DEFER_PUSH events show the arguments Go evaluated when the defer statement ran, also when a
statement reuses its last argument text (Frame.defer's memo, for text-stable types only)."""
from simulator import simulate
from simulator.tracing.events import EventKind as K

SRC = """package main

type S struct{ v int }

func show(a int, s string, p *int) {}

func showS(p *S) {}

func showAny(v any) {}

func main() {
	x, y := 1, 2
	for i := 0; i < 4; i++ {
		p := &x
		if i >= 2 {
			p = &y
		}
		defer show(i%2, "s", p)
	}
	s := &S{}
	for i := 1; i <= 2; i++ {
		s.v = i
		defer showS(s)
	}
	for _, v := range []any{1, true, 1.0} {
		defer showAny(v)
	}
}
"""


def _pushed_args():
    r = simulate(SRC, "memo.go")
    assert r.status == 0, r.stderr
    return [(e.data["text"], e.data["args"]) for e in r.trace.of_kind(K.DEFER_PUSH)]


def test_each_defer_shows_its_own_evaluated_arguments():
    pushed = _pushed_args()
    shows = [a for t, a in pushed if t.startswith("show(")]
    x_addr = shows[0].split(", ")[2]
    y_addr = shows[2].split(", ")[2]
    assert x_addr != y_addr and x_addr.startswith("0x")
    assert shows == [f'0, "s", {x_addr}', f'1, "s", {x_addr}',
                     f'0, "s", {y_addr}', f'1, "s", {y_addr}']
    # the same statement again: a pointer to a struct prints its contents at the time (the
    # text is never reused), and interface arguments equal in Python (1 == True == 1.0) keep
    # their own texts
    assert [a for t, a in pushed if t.startswith("showS")] == ["&{1}", "&{2}"]
    assert [a for t, a in pushed if t.startswith("showAny")] == ["1", "true", "1"]


PLAIN = """package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func work(n *int64) (err error) {
	defer func() {
		atomic.AddInt64(n, 1)
	}()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer func() {
		time.Sleep(time.Millisecond)
		atomic.AddInt64(n, 10)
	}()
	panic("boom")
}

func main() {
	var n int64
	fmt.Println(work(&n), n)
}
"""


def test_a_deferred_literal_with_nothing_to_wait_for_runs_as_a_plain_function():
    """No generator for ``defer func() { atomic.AddInt64(n, 1) }()``; recover, named results
    and a deferred literal that sleeps behave as before."""
    from simulator.interp.program import load_program
    py = load_program(PLAIN, "plain.go").py_source
    lits = py.split("def _lit")[1:]
    plain = [src for src in lits if "yield" not in src.split("_fr.defer")[0]]
    assert len(lits) == 3 and len(plain) == 2           # the sleeping one stays a generator
    r = simulate(PLAIN, "plain.go")
    assert (r.stdout, r.status) == ("recovered: boom 11\n", 0)
