"""Programs shutting a net/http server down with requests in flight."""
from __future__ import annotations

import random


def http_program(seed: int) -> str:
    """A server whose handler is slow (or watches its request context), clients started at
    0/50/150 ms, and at 100 ms Shutdown (with or without a deadline) or Close; main prints what
    Serve, Shutdown and every client got once all are done."""
    rng = random.Random(seed)
    hold = rng.choice([0, 200, 400])
    watch = rng.random() < 0.4
    clients = rng.randint(1, 3)
    # distinct start times: two requests at once can make the client dial a spare connection
    # that Shutdown then waits for (StateNew), or not: a race in real Go
    starts = rng.sample([0, 50, 150], clients)
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
