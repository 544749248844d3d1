"""Channels keep FIFO order; select picks uniformly among ready cases (seeded, within tolerance)."""
from hypothesis import given, settings, strategies as st

from simulator import RunConfig, simulate

FIFO = '''package main

import "fmt"

func main() {
	c := make(chan int, %(cap)d)
	go func() {
		for _, v := range []int{%(values)s} {
			c <- v
		}
		close(c)
	}()
	for v := range c {
		fmt.Println(v)
	}
}
'''

FAIR = '''package main

import "fmt"

func main() {
	a, b := make(chan int, 1), make(chan int, 1)
	na := 0
	for i := 0; i < %(n)d; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			na++
			<-b
		case <-b:
			<-a
		}
	}
	fmt.Println(na)
}
'''


@settings(max_examples=8, deadline=None)
@given(values=st.lists(st.integers(-1000, 1000), min_size=0, max_size=12),
       cap=st.integers(0, 4))
def test_channel_fifo(values, cap):
    """Values sent by one goroutine arrive in send order, buffered or not."""
    src = FIFO % {"cap": cap, "values": ", ".join(map(str, values))}
    r = simulate(src, "fifo.go")
    assert r.status == 0, r.stderr
    assert [int(x) for x in r.stdout.split()] == values


def test_select_fairness_over_seeds():
    """Over 12 seeds x 200 selects on two ready channels, each seed picks case 0 about half the
    time (Go: a random permutation per select)."""
    n = 200
    counts = []
    for seed in range(1, 13):
        r = simulate(FAIR % {"n": n}, "fair.go", RunConfig(seed=seed))
        assert r.status == 0, r.stderr
        counts.append(int(r.stdout))
    assert all(0.35 * n <= c <= 0.65 * n for c in counts), counts
    assert abs(sum(counts) / (n * len(counts)) - 0.5) < 0.05, counts
    assert len(set(counts)) > 1           # the seed matters
