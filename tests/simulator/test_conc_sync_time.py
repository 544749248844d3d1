"""time, sync and sync/atomic: Go's exact texts and rules, one behaviour per test."""
import pytest

from simulator import simulate
from simulator.lib.timeformat import format_time
from simulator.lib.timepkg import (EPOCH_NS, Time, ZERO_NS, duration_round, duration_truncate,
                                   ParseDuration)


def run(body: str, imports=("fmt", "sync", "time")) -> tuple[str, str, int]:
    # only the packages the body uses: Go (and the simulator) refuse an unused import
    imports = [i for i in imports if i.rsplit("/", 1)[-1] + "." in body]
    src = "package main\n\nimport (\n" + "".join(f'\t"{i}"\n' for i in imports) + \
        ")\n\nfunc main() {\n" + body + "\n}\n"
    r = simulate(src, "t.go")
    return r.stdout, r.stderr.split("\n")[0], r.status


def test_duration_round_truncate_like_go():
    """Round halves away from zero, Truncate toward zero (Go's % keeps the dividend's sign)."""
    assert duration_round(1_500_000_000, 1_000_000_000) == 2_000_000_000
    assert duration_round(-1_500, 1_000) == -2_000
    assert duration_truncate(-1_500, 1_000) == -1_000


def test_parse_duration_errors():
    """ParseDuration's error texts match Go's."""
    assert ParseDuration("1.5h2m")[0] == 5_520_000_000_000
    assert ParseDuration("1")[1].Error() == 'time: missing unit in duration "1"'
    assert ParseDuration("1x")[1].Error() == 'time: unknown unit "x" in duration "1x"'
    assert ParseDuration("")[1].Error() == 'time: invalid duration ""'


def test_time_string_has_monotonic_suffix():
    """time.Now() prints the wall clock at the fixed epoch plus ``m=+<virtual seconds>``."""
    t = Time.at_virtual(1_000_000_001)
    assert t.String() == "2026-11-27 11:11:40.000000001 +0000 UTC m=+1.000000001"
    assert Time().String() == "0001-01-01 00:00:00 +0000 UTC"
    assert Time(ZERO_NS).IsZero()
    assert format_time(EPOCH_NS, "3:04PM Mon Jan _2 2006") == "11:11AM Fri Nov 27 2026"


def test_timer_stop_reset_go123():
    """A fired, unreceived timer: Stop is true and nothing stale stays; cap(C) is 0."""
    out, _, st = run('''
	t := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println(cap(t.C), len(t.C), t.Stop(), t.Stop(), t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("ok")''')
    assert (out, st) == ("0 0 true false false\nok\n", 0)


def test_stopped_timer_does_not_keep_process_alive():
    """checkdead ignores a stopped timer: the blocked main is a deadlock."""
    _, err, st = run('''
	time.AfterFunc(time.Hour, func() {}).Stop()
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()''')
    assert (err, st) == ("fatal error: all goroutines are asleep - deadlock!", 2)


@pytest.mark.parametrize("body,first", [
    ("var mu sync.Mutex\n\tmu.Unlock()", "fatal error: sync: unlock of unlocked mutex"),
    ("var rw sync.RWMutex\n\trw.RUnlock()", "fatal error: sync: RUnlock of unlocked RWMutex"),
    ("var wg sync.WaitGroup\n\twg.Done()", "panic: sync: negative WaitGroup counter"),
])
def test_sync_misuse_messages(body, first):
    """Misuse of sync types ends the process with Go's first stderr line, exit 2."""
    _, err, st = run(body + "\n\tfmt.Println()\n\t_ = time.Second")
    assert (err, st) == (first, 2)


def test_atomic_wraps_and_types():
    """AddUint32 with ^uint32(0) decrements; Int32.Add wraps at 32 bits."""
    out, _, st = run('''
	var u uint32 = 10
	atomic.AddUint32(&u, ^uint32(0))
	var i atomic.Int32
	i.Store(2147483647)
	fmt.Println(u, i.Add(1))''', imports=("fmt", "sync/atomic"))
    assert (out, st) == ("9 -2147483648\n", 0)


def test_sleepers_wake_at_their_time_while_another_p_runs_ahead():
    """A sleep's timer readies its G at the timer's time, not at the latest slice end of some
    other P (main keeps P0 busy creating goroutines, so P0's clock runs ahead of the timers)."""
    from simulator.tracing.events import EventKind as K
    src = """package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
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
    r = simulate(src, "sleepers.go")
    assert r.stdout == "done\n"
    tr = r.trace
    fired = {}
    checked = 0
    for i in range(len(tr)):
        e = tr[i]
        if e.kind is K.TIMER_FIRE:
            fired = {"t": e.time, "i": i}
        elif e.kind is K.GO_READY and fired.get("i") == i - 1:
            # the runtime readies the sleeper (goroutine 0), at the timer's time, also when
            # its event is recorded without a stamp (recorder.RUNTIME_RUN)
            assert e.time == fired["t"] and e.gid == 0, (i, e, fired)
            checked += 1
    assert checked == 200
    # ...and the woken G never starts before it was readied
    ready_at = {}
    for i in range(len(tr)):
        e = tr[i]
        if e.kind is K.GO_READY:
            ready_at[e.data["target"]] = e.time
        elif e.kind is K.PROC_RUN and e.gid in ready_at:
            assert e.time >= ready_at.pop(e.gid)


def test_deadlock_report_lists_every_blocked_goroutine_where_it_waits():
    """checkdead's report shows every goroutine (tracebackothers), oldest first, each with its
    wait reason and the line it is blocked on, as real Go prints it."""
    src = """package main

import "sync"

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	mu.Lock()
	go func() {
		ch <- 1
	}()
	go func() {
		mu.Lock()
	}()
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
"""
    r = simulate(src, "dl.go")
    assert r.status == 2
    blocks = r.stderr.split("\n\n")
    assert blocks[0] == "fatal error: all goroutines are asleep - deadlock!"
    heads = [b.splitlines()[:3] for b in blocks[1:]]
    assert heads == [
        ["goroutine 1 [sync.WaitGroup.Wait]:", "main.main(...)", "\tdl.go:17 +0x1d"],
        ["goroutine 2 [chan send]:", "main.main.func1(...)", "\tdl.go:10 +0x1d"],
        ["goroutine 3 [sync.Mutex.Lock]:", "main.main.func2(...)", "\tdl.go:13 +0x1d"],
    ]
