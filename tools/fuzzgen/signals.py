"""Programs that receive signals from outside: Notify/Ignore/Stop/Reset/os.Exit, and
signal.NotifyContext."""
from __future__ import annotations

import random


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
