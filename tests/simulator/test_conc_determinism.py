"""Same seed, same program: identical trace codes with timers, locks, contexts and goroutines."""
from simulator import RunConfig, simulate

PROG = '''package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			for j := 0; j < 5; j++ {
				select {
				case <-ctx.Done():
					return
				case <-time.After(time.Duration(i+1) * time.Millisecond):
				}
				mu.Lock()
				total += i
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Println(total, ctx.Err())
}
'''


def _codes(trace):
    return [trace.kind(i) for i in range(len(trace))], [trace.time(i) for i in range(len(trace))]


def test_same_seed_identical_trace_codes():
    """Two runs with seed 3 agree on every event's kind and time, and on the output."""
    a = simulate(PROG, "d.go", RunConfig(seed=3))
    b = simulate(PROG, "d.go", RunConfig(seed=3))
    assert a.status == 0, a.stderr
    assert a.stdout == b.stdout
    assert _codes(a.trace) == _codes(b.trace)
    assert a.trace.to_json() == b.trace.to_json()
