"""Programs on virtual time: context trees with timeouts, and Timer/AfterFunc/Ticker."""
from __future__ import annotations

import random


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
