"""Programs on channels and sync: one goroutine on buffered/closed/nil channels, goroutine
pipelines, select loops, and hand-offs at Mutex, RWMutex and Cond."""
from __future__ import annotations

import random


def chan_program(seed: int) -> str:
    rng = random.Random(seed)
    out = ["package main", "", 'import "fmt"', "",
           "func protect(name string, f func()) {",
           '\tdefer func() { fmt.Println(name, "recovered:", recover()) }()', "\tf()", "}", "",
           "func main() {", "\tvar v int", "\tvar ok bool"]
    chans = []
    for i in range(rng.randint(1, 3)):
        nil = rng.random() < 0.1
        cap = rng.choice([0, 1, 2, 3])
        out.append(f"\tvar c{i} chan int" if nil else f"\tc{i} := make(chan int, {cap})")
        out.append(f"\t_ = c{i}")
        chans.append({"cap": cap, "buf": 0, "closed": False, "nil": nil})
    value = 100
    for _ in range(rng.randint(5, 18)):
        i = rng.randrange(len(chans))
        s, ch, r = chans[i], f"c{i}", rng.random()
        if s["nil"]:
            out.append(f'\tselect {{\n\tcase {ch} <- 1:\n\t\tfmt.Println("sent")\n\tdefault:\n\t\tfmt.Println("nil blocks")\n\t}}'
                       if r < 0.5 else f'\tprotect("close nil", func() {{ close({ch}) }})')
        elif r < 0.25:
            value += 1
            if s["closed"]:
                out.append(f'\tprotect("send on closed", func() {{ {ch} <- {value} }})')
            elif s["buf"] < s["cap"]:
                out.append(f"\t{ch} <- {value}")
                s["buf"] += 1
            else:
                out.append(f'\tselect {{\n\tcase {ch} <- {value}:\n\t\tfmt.Println("sent")\n\tdefault:\n\t\tfmt.Println("full")\n\t}}')
        elif r < 0.45:
            if s["buf"] or s["closed"]:
                out += [f"\tv, ok = <-{ch}", '\tfmt.Println("recv", v, ok)']
                s["buf"] = max(0, s["buf"] - 1)
            else:
                out.append(f'\tselect {{\n\tcase x := <-{ch}:\n\t\tfmt.Println("got", x)\n\tdefault:\n\t\tfmt.Println("empty")\n\t}}')
        elif r < 0.55:
            if s["closed"]:
                out.append(f'\tprotect("close closed", func() {{ close({ch}) }})')
            else:
                out.append(f"\tclose({ch})")
                s["closed"] = True
        elif r < 0.7:
            out.append(f'\tfmt.Println("len cap", len({ch}), cap({ch}))')
        elif s["closed"]:
            out.append(f'\tfor x := range {ch} {{\n\t\tfmt.Println("range", x)\n\t}}')
            s["buf"] = 0
    out += ["\t_, _ = v, ok", '\tfmt.Println("end")', "}"]
    return "\n".join(out) + "\n"

def pipe_program(seed: int) -> str:
    """Stages linked by channels (buffered or not), a fan-out stage, a mutex-guarded total and a
    sync.Once; only main prints, after everything is joined, so Go's output is deterministic."""
    rng = random.Random(seed)
    stages = rng.randint(1, 4)
    values = rng.randint(0, 12)
    caps = [rng.choice([0, 0, 1, 3]) for _ in range(stages + 1)]
    workers = rng.randint(1, 3)
    out = ["package main", "", "import (", '\t"fmt"', '\t"sort"', '\t"sync"', '\t"time"', ")", "",
           "var _ = time.Microsecond", "",
           "func main() {", "\tvar wg sync.WaitGroup", "\tvar mu sync.Mutex", "\tvar once sync.Once",
           "\ttotal, inits := 0, 0", "\tvar seen []int"]
    out += [f"\tc{i} := make(chan int, {c})" for i, c in enumerate(caps)]
    for i in range(stages):
        n = workers if i == stages - 1 else 1
        mul, add = rng.randint(1, 3), rng.randint(0, 5)
        sleep = rng.choice(["", "\t\t\t\ttime.Sleep(time.Microsecond)\n"])
        out.append(f"\tvar g{i} sync.WaitGroup")
        out.append(f"\tfor w := 0; w < {n}; w++ {{")
        out += ["\t\twg.Add(1)", f"\t\tg{i}.Add(1)", "\t\tgo func() {", "\t\t\tdefer wg.Done()",
                f"\t\t\tdefer g{i}.Done()", "\t\t\tonce.Do(func() { inits++ })",
                f"\t\t\tfor x := range c{i} {{", sleep + f"\t\t\t\tc{i + 1} <- x*{mul} + {add}",
                "\t\t\t}", "\t\t}()", "\t}",
                f"\tgo func() {{ g{i}.Wait(); close(c{i + 1}) }}()"]
    out += ["\twg.Add(1)", "\tgo func() {", "\t\tdefer wg.Done()", f"\t\tfor x := range c{stages} {{",
            "\t\t\tmu.Lock()", "\t\t\ttotal += x", "\t\t\tseen = append(seen, x)", "\t\t\tmu.Unlock()",
            "\t\t}", "\t}()", f"\tfor i := 0; i < {values}; i++ {{", "\t\tc0 <- i", "\t}", "\tclose(c0)",
            "\twg.Wait()", "\tsort.Ints(seen)",
            '\tfmt.Println("total", total, "inits", inits, "seen", seen)']
    if rng.random() < 0.3:
        out += ["\tv, ok := <-c0", '\tfmt.Println("after close", v, ok)']
    out.append("}")
    return "\n".join(out) + "\n"

def select_program(seed: int) -> str:
    """Senders and closers firing at distinct 50 ms marks, a quit timer, and main selecting in a
    loop (nil-ing closed channels), blocking or polling with a default case: no two events
    within 10 ms, at most one case ready at a time, so real Go is deterministic."""
    rng = random.Random(seed)
    n = rng.randint(1, 4)
    times = rng.sample(range(1, 9), n)
    out = ["package main", "", "import (", '\t"fmt"', '\t"time"', ")", "", "func main() {"]
    for i, t in enumerate(times):
        cap = rng.choice([0, 1])
        out.append(f"\tc{i} := make(chan int, {cap})")
        act = rng.random()
        if act < 0.6:
            out.append(f"\tgo func() {{ time.Sleep({t * 50} * time.Millisecond); c{i} <- {i * 10 + t} }}()")
        else:
            out.append(f"\tgo func() {{ time.Sleep({t * 50} * time.Millisecond); close(c{i}) }}()")
    # quit fires 10 ms after a 50 ms mark no sender uses; a polling main (default case) looks
    # at 25 + 50k ms: so no two events are ever within 10 ms of each other
    timeout = 50 * rng.choice([m for m in range(1, 11) if m not in times]) + 10
    polling = rng.random() < 0.3
    if polling:
        out.append("\ttime.Sleep(25 * time.Millisecond)")
    out += ["\tquit := time.After(" + f"{timeout - (25 if polling else 0)}" + " * time.Millisecond)", "\tdone := 0",
            f"\tfor round := 0; round < {n + 2}; round++ {{", "\t\tselect {"]
    for i in range(n):
        out += [f"\t\tcase v, ok := <-c{i}:", f'\t\t\tfmt.Println(round, "c{i}", v, ok)',
                "\t\t\tif !ok {", f"\t\t\t\tc{i} = nil", "\t\t\t}", "\t\t\tdone++"]
    out += ["\t\tcase <-quit:", '\t\t\tfmt.Println(round, "quit after", done)', "\t\t\treturn"]
    if polling:
        out += ["\t\tdefault:", '\t\t\tfmt.Println(round, "nothing yet")', "\t\t\ttime.Sleep(50 * time.Millisecond)"]
    out += ["\t\t}", "\t}", '\tfmt.Println("all rounds", done)', "}"]
    return "\n".join(out) + "\n"

def sync_program(seed: int) -> str:
    """Goroutines arriving 20 ms apart at a Mutex, an RWMutex or a Cond that main holds, then
    released: how many get through, and in which order where Go hands off first-come
    first-served (Mutex waiters, Cond.Signal)."""
    rng = random.Random(seed)
    n = rng.randint(2, 5)
    kind = rng.choice(["mutex", "rwmutex", "cond-signal", "cond-broadcast"])
    hold = rng.choice([0, 3])
    out = ["package main", "", "import (", '\t"fmt"', '\t"sync"', '\t"time"', ")", "", "func main() {",
           "\tvar mu sync.Mutex", "\tvar rw sync.RWMutex", "\tcond := sync.NewCond(&mu)", "\tready := false",
           "\tvar order []string", "\tvar rec sync.Mutex", "\tnote := func(s string) { rec.Lock(); order = append(order, s); rec.Unlock() }",
           "\tvar wg sync.WaitGroup", "\t_, _, _ = &rw, cond, ready"]
    if kind == "mutex":
        out.append("\tmu.Lock()")
    elif kind == "rwmutex":
        out.append("\trw.Lock()")
    for i in range(n):
        reader = kind == "rwmutex" and rng.random() < 0.5
        out += ["\twg.Add(1)", "\tgo func() {", "\t\tdefer wg.Done()", f"\t\ttime.Sleep({(i + 1) * 20} * time.Millisecond)"]
        if kind == "mutex":
            out += ["\t\tmu.Lock()", f'\t\tnote("g{i}")', f"\t\ttime.Sleep({hold} * time.Millisecond)", "\t\tmu.Unlock()"]
        elif kind == "rwmutex" and reader:
            out += ["\t\trw.RLock()", f'\t\tnote("r{i}")', f"\t\ttime.Sleep({hold} * time.Millisecond)", "\t\trw.RUnlock()"]
        elif kind == "rwmutex":
            out += ["\t\trw.Lock()", f'\t\tnote("w{i}")', f"\t\ttime.Sleep({hold} * time.Millisecond)", "\t\trw.Unlock()"]
        else:
            out += ["\t\tmu.Lock()", "\t\tfor !ready {", "\t\t\tcond.Wait()", "\t\t}", f'\t\tnote("c{i}")',
                    "\t\tmu.Unlock()"]
        out.append("\t}()")
    out.append(f"\ttime.Sleep({(n + 1) * 20 + 10} * time.Millisecond)")
    if kind == "mutex":
        out.append("\tmu.Unlock()")
    elif kind == "rwmutex":
        out.append("\trw.Unlock()")
    elif kind == "cond-signal":
        out += ["\tmu.Lock()", "\tready = true", "\tmu.Unlock()",
                f"\tfor i := 0; i < {n}; i++ {{", "\t\tcond.Signal()", "\t\ttime.Sleep(5 * time.Millisecond)", "\t}"]
    else:
        out += ["\tmu.Lock()", "\tready = true", "\tcond.Broadcast()", "\tmu.Unlock()"]
    out += ["\twg.Wait()", '\tfmt.Println(len(order), "through")']
    if kind in ("mutex", "cond-signal"):
        # FIFO hand-offs; after a Broadcast (or among readers) the woken goroutines race for
        # the lock on two Ps in real Go, so only the count is printed there
        out.append("\tfmt.Println(order)")
    out.append("}")
    return "\n".join(out) + "\n"
