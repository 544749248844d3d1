"""context: a cancel reaches every descendant and no ancestor; the trace rebuilds the tree."""
from hypothesis import given, settings, strategies as st

from simulator import simulate
from simulator.lib.contextpkg import context_tree

TREE = '''package main

import (
	"context"
	"fmt"
)

func main() {
	parents := []int{%(parents)s}
	ctxs := []context.Context{context.Background()}
	cancels := []context.CancelFunc{func() {}}
	for i, p := range parents {
		var c context.Context
		var cancel context.CancelFunc
		if i%%3 == 2 {
			c = context.WithValue(ctxs[p], "k", i)
			cancel = func() {}
		} else {
			c, cancel = context.WithCancel(ctxs[p])
		}
		ctxs = append(ctxs, c)
		cancels = append(cancels, cancel)
	}
	cancels[%(victim)d]()
	for _, c := range ctxs {
		fmt.Println(c.Err() != nil)
	}
}
'''


@st.composite
def trees(draw):
    n = draw(st.integers(1, 9))
    parents = [draw(st.integers(0, i)) for i in range(n)]     # node i+1's parent is <= i
    victim = draw(st.integers(1, n))
    return parents, victim


def _descendants(parents, victim):
    out = {victim}
    for i, p in enumerate(parents):
        if p in out:
            out.add(i + 1)
    return out


def _cancellable(parents, node):
    """Node 0 is Background; nodes i with (i-1) % 3 == 2 are WithValue (cancel is a no-op)."""
    return node != 0 and (node - 1) % 3 != 2


@settings(max_examples=12, deadline=None)
@given(trees())
def test_cancel_reaches_descendants_only(tree):
    parents, victim = tree
    src = TREE % {"parents": ", ".join(map(str, parents)), "victim": victim}
    r = simulate(src, "tree.go")
    assert r.status == 0, r.stderr
    got = [line == "true" for line in r.stdout.split()]
    want_cancelled = _descendants(parents, victim) if _cancellable(parents, victim) else set()
    # a WithValue node is "cancelled" when its nearest cancellable ancestor is
    assert got == [i in want_cancelled for i in range(len(parents) + 1)]
    g = context_tree(r.trace, len(r.trace) - 1)
    assert g.number_of_nodes() == len(parents) + 1
    # graph nodes are numbered by creation (Background first); value contexts are never
    # cancelled themselves (their Err is their parent's)
    order = sorted(g.nodes)
    cancelled = {order.index(n) for n, d in g.nodes(data=True) if d["err"] is not None}
    assert cancelled == {i for i in want_cancelled if _cancellable(parents, i)}
    assert all(d["err"] in (None, "context canceled") for _, d in g.nodes(data=True))


def test_tree_step_and_deadline():
    """context_tree(step) only sees events up to step; deadlines and kinds are recorded."""
    src = '''package main

import (
	"context"
	"time"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	child, c2 := context.WithTimeout(root, 50*time.Millisecond)
	defer c2()
	<-child.Done()
	cancel()
}
'''
    r = simulate(src, "dl.go")
    assert r.status == 0, r.stderr
    g = context_tree(r.trace, len(r.trace) - 1)
    kinds = sorted(d["kind"] for _, d in g.nodes(data=True))
    assert kinds == ["background", "cancel", "deadline"]
    (dl,) = [d for _, d in g.nodes(data=True) if d["kind"] == "deadline"]
    assert dl["err"] == "context deadline exceeded"
    assert 50_000_000 <= dl["deadline"] < 51_000_000
    first_cancel = min(d["cancelled_at"] for _, d in g.nodes(data=True) if d["cancelled_at"] is not None)
    early = context_tree(r.trace, first_cancel - 1)
    assert all(d["err"] is None for _, d in early.nodes(data=True))
