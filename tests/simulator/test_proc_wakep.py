"""wakep (proc.go): a G made runnable wakes an idle P; a P with work of its own is not woken.

The event loop runs one slice at a time, so "waking" a P means cutting the running G at its
next safe point, once the idle P's clock has reached the moment the G became runnable."""
from simulator import simulate
from simulator.runtime.proc import IDLE_P_WAKEUP_NS
from simulator.tracing.events import EventKind as K

SPAWN_THEN_WORK = """package main

import "fmt"

func main() {
	done := make(chan bool)
	for range 2 {
		go func() {
			done <- true
		}()
	}
	s := 0
	for i := 0; i < 1000; i++ {
		s += i
	}
	<-done
	<-done
	fmt.Println(s)
}
"""


def _events(src, name):
    r = simulate(src, name)
    tr = r.trace
    return r, [tr[i] for i in range(len(tr))]


def test_an_idle_p_is_woken_and_comes_for_the_new_goroutine_while_its_creator_runs():
    r, evs = _events(SPAWN_THEN_WORK, "spawn.go")
    assert (r.stdout, r.status) == ("499500\n", 0)
    first, second = [e for e in evs if e.kind is K.GO_CREATE]
    start = next(e for e in evs if e.kind is K.PROC_RUN and e.gid == first.data["child"])
    # P1 was idle: woken by the first go statement, its M needs IDLE_P_WAKEUP_NS, then it
    # steals the child (the second go statement moved it from main's runnext to its queue) and
    # runs it while main is still in its loop
    assert start.data["p"] == 1
    assert first.time + IDLE_P_WAKEUP_NS <= start.time <= first.time + IDLE_P_WAKEUP_NS + 100
    main_later = [e for e in evs if e.gid == 1 and e.kind is K.STMT and e.time > start.time]
    assert len(main_later) > 100


def test_main_returning_at_once_usually_leaves_its_goroutines_unstarted():
    """The classic lesson, as real Go shows it most of the time (252 of 300 runs with two Ps):
    the other P is still waking up when main returns."""
    src = """package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		go fmt.Println("goroutine", i)
	}
	fmt.Println("main done")
}
"""
    r = simulate(src, "classic.go")
    assert (r.stdout, r.status) == ("main done\n", 0)


FAN_OUT = """package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Microsecond)
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
"""


def test_a_busy_p_is_not_woken_so_the_creator_runs_its_quantum():
    r, evs = _events(FAN_OUT, "fanout.go")
    assert (r.stdout, r.status) == ("done\n", 0)
    main_slices = sum(1 for e in evs if e.kind is K.PROC_RUN and e.gid == 1)
    # the other P always has goroutines of its own to run (stolen from main's queue), so Go
    # wakes no M for it: main is not cut at every go statement (it was: 2000 slices)
    assert main_slices < 200
    # ...and still no goroutine starts before it was created
    created = {e.data["child"]: e.time for e in evs if e.kind is K.GO_CREATE}
    for e in evs:
        if e.kind is K.PROC_RUN and e.gid in created:
            assert e.time >= created.pop(e.gid)
    assert not created
