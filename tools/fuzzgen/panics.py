"""Programs for the defer / panic / recover / Goexit family."""
from __future__ import annotations

import random


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
