"""Compact payloads read back whole: a FRAME_PUSH or GO_CREATE of compiled code records only its
frame id or gid, a sleep's TIMER_FIRE only its timer id, and the trace gives back the function
or "sleep" from the event's code."""
from simulator import simulate
from simulator.tracing.events import EventKind as K
from simulator.tracing.trace import Trace

SRC = """package main

import (
	"sync"
	"time"
)

var wg sync.WaitGroup

func compute() int {
	return 7
}

func worker(n int) {
	defer wg.Done()
	time.Sleep(time.Duration(n) * time.Millisecond)
}

func main() {
	wg.Add(2)
	go worker(compute())
	go func() {
		defer wg.Done()
	}()
	wg.Wait()
}
"""


def test_go_create_and_frame_push_carry_their_functions():
    tr = simulate(SRC, "payloads.go").trace
    created = list(tr.of_kind(K.GO_CREATE))
    assert [e.data["func"] for e in created] == ["main.worker", "main.main.func1"]
    # the go statement's own position, also when evaluating its arguments recorded events
    # (compute's frame) after the statement's STMT event
    assert [e.pos.line for e in created] == [21, 22]
    pushed = [e.data["func"] for e in tr.of_kind(K.FRAME_PUSH)]
    assert pushed[:2] == ["main.main", "main.compute"]
    assert {"main.worker", "main.main.func1"} <= set(pushed)
    fired = [e.data for e in tr.of_kind(K.TIMER_FIRE)]
    assert [d["what"] for d in fired] == ["sleep"] and fired[0]["timer"] >= 1
    back = Trace.from_json(tr.to_json())
    assert [back[i] for i in range(len(back))] == [tr[i] for i in range(len(tr))]
