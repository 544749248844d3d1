"""Lock hand-off order and Go 1.23 timer channels, against outputs recorded from go1.27
(``GOMAXPROCS=1``; both programs end in Go's deadlock report)."""
from simulator import simulate
from simulator.scenario import parse_scenario

ORDER = '//deferlab:gomaxprocs 1\npackage main\n\nimport (\n\t"context"\n\t"fmt"\n\t"sync"\n\t"time"\n)\n\nfunc main() {\n\tvar mu sync.Mutex\n\tvar wg sync.WaitGroup\n\tmu.Lock()\n\tfor i := 0; i < 4; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tmu.Lock()\n\t\t\tfmt.Println("got", i)\n\t\t\tmu.Unlock()\n\t\t}()\n\t}\n\ttime.Sleep(5 * time.Millisecond)\n\tmu.Unlock()\n\twg.Wait()\n\n\tvar rw sync.RWMutex\n\trw.RLock()\n\tfor i := 0; i < 2; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\trw.Lock()\n\t\t\tfmt.Println("writer", i)\n\t\t\trw.Unlock()\n\t\t}()\n\t}\n\ttime.Sleep(time.Millisecond)\n\tfor i := 0; i < 2; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\trw.RLock()\n\t\t\tfmt.Println("reader", i)\n\t\t\trw.RUnlock()\n\t\t}()\n\t}\n\ttime.Sleep(time.Millisecond)\n\tfmt.Println("release first reader")\n\trw.RUnlock()\n\twg.Wait()\n\n\t// waiters on ctx.Done\n\tctx, cancel := context.WithCancel(context.Background())\n\tfor i := 0; i < 3; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\t<-ctx.Done()\n\t\t\tfmt.Println("done", i)\n\t\t}()\n\t}\n\ttime.Sleep(time.Millisecond)\n\tcancel()\n\twg.Wait()\n\t// cond signal order\n\tc := sync.NewCond(&mu)\n\tfor i := 0; i < 3; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tmu.Lock()\n\t\t\tc.Wait()\n\t\t\tfmt.Println("cond", i)\n\t\t\tmu.Unlock()\n\t\t}()\n\t}\n\ttime.Sleep(time.Millisecond)\n\tc.Signal()\n\ttime.Sleep(time.Millisecond)\n\tc.Broadcast()\n\twg.Wait()\n\tfor i := 0; i < 3; i++ {\n\t\twg.Go(func() { fmt.Println("wg.Go", i) })\n\t}\n\twg.Wait()\n\tt := time.NewTimer(time.Millisecond)\n\ttime.Sleep(2 * time.Millisecond)\n\tselect {\n\tcase v := <-t.C:\n\t\tfmt.Println("received", v.IsZero())\n\tdefault:\n\t\tfmt.Println("nothing")\n\t}\n\tvar once sync.Once\n\tgo once.Do(func() { time.Sleep(time.Millisecond); fmt.Println("slow once") })\n\ttime.Sleep(100 * time.Microsecond)\n\tonce.Do(func() { fmt.Println("never") })\n\tfmt.Println("after once")\n\trw.RLock()\n\trw.Lock()\n}\n'
ORDER_OUT = 'got 3\ngot 0\ngot 1\ngot 2\nrelease first reader\nwriter 1\nreader 1\nreader 0\nwriter 0\ndone 2\ndone 1\ndone 0\ncond 2\ncond 1\ncond 0\nwg.Go 2\nwg.Go 0\nwg.Go 1\nreceived false\nslow once\nafter once\n'

TIMERS = 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tstart := time.Now()\n\tel := func() time.Duration { return time.Since(start).Round(10 * time.Millisecond) }\n\t// reset while blocked\n\tt := time.NewTimer(time.Hour)\n\tgo func() {\n\t\ttime.Sleep(20 * time.Millisecond)\n\t\tt.Reset(30 * time.Millisecond)\n\t}()\n\t<-t.C\n\tfmt.Println("reset while blocked fired at", el())\n\t// ticker with slow reader: values are tick times\n\ttk := time.NewTicker(10 * time.Millisecond)\n\ttime.Sleep(35 * time.Millisecond)\n\tv := <-tk.C\n\tfmt.Println("pending tick time", v.Sub(start).Round(10*time.Millisecond))\n\tv = <-tk.C\n\tfmt.Println("next tick", v.Sub(start).Round(10*time.Millisecond), el())\n\ttk.Stop()\n\t// timer expired long ago, received later: value is the expiry time\n\tt2 := time.NewTimer(5 * time.Millisecond)\n\ttime.Sleep(30 * time.Millisecond)\n\tv = <-t2.C\n\tfmt.Println("late receive", v.Sub(start).Round(10*time.Millisecond), el())\n\t// select loop with time.After\n\tn := 0\n\tdeadline := time.After(55 * time.Millisecond)\nloop:\n\tfor {\n\t\tselect {\n\t\tcase <-deadline:\n\t\t\tbreak loop\n\t\tcase <-time.After(10 * time.Millisecond):\n\t\t\tn++\n\t\t}\n\t}\n\tfmt.Println("iterations", n, el())\n\t// Stop from another goroutine while main waits: deadlock\n\tt3 := time.NewTimer(50 * time.Millisecond)\n\tgo func() {\n\t\ttime.Sleep(10 * time.Millisecond)\n\t\tfmt.Println("stopped:", t3.Stop())\n\t}()\n\t<-t3.C\n}\n'
TIMERS_OUT = 'reset while blocked fired at 50ms\npending tick time 60ms\nnext tick 90ms 90ms\nlate receive 100ms 120ms\niterations 5 180ms\nstopped: true\n'

DEADLOCK = "fatal error: all goroutines are asleep - deadlock!"


def _run(src):
    cfg = parse_scenario(src, "main.go").config
    r = simulate(src, "main.go", cfg)
    return r.stdout, r.stderr.split("\n")[0], r.status


def test_wakeup_order_matches_go():
    """Mutex, RWMutex (writer preference), ctx.Done, Cond, wg.Go and Once wake in Go's order."""
    assert _run(ORDER) == (ORDER_OUT, DEADLOCK, 2)


def test_timer_channels_match_go():
    """Reset while blocked, lazily sent ticks/expiries carry their own time; a timer stopped
    while main waits on it leaves main deadlocked."""
    assert _run(TIMERS) == (TIMERS_OUT, DEADLOCK, 2)


def test_unwatched_timer_does_not_hide_deadlock():
    """An unstopped NewTimer/NewTicker nobody waits on is not in the heap (Go 1.23)."""
    src = """package main

import "time"

func main() {
	_ = time.NewTimer(time.Hour)
	_ = time.NewTicker(time.Hour)
	<-make(chan int)
}
"""
    assert _run(src) == ("", DEADLOCK, 2)
