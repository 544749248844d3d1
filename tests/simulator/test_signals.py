"""Signal delivery rules (runtime/sigqueue.py, lib/signalpkg.py, lib/signalctx.py): default
actions, Notify relays and drops, Stop/Reset/Ignore, NotifyContext, deadlock vs waiting, k8s."""
from __future__ import annotations

import pytest

from simulator import RunConfig, SignalSpec, simulate
from simulator.runtime.sigqueue import k8s_plan
from simulator.tracing.events import EventKind as K

MS = 10**6


def run(body: str, *signals: tuple[str, int], imports=("os", "os/signal", "syscall", "time"),
        **cfg):
    """Run a main() body with the given (signal name, ms) deliveries."""
    imp = "\n".join(f'\t"{p}"' for p in ("fmt",) + tuple(imports))
    src = (f"package main\n\nimport (\n{imp}\n)\n\n"
           f"func unused() {{\n\t_ = fmt.Sprint\n{_uses(imports)}\n}}\n\nfunc main() {{\n{body}\n}}\n")
    sigs = tuple(SignalSpec(n, t * MS) for n, t in signals)
    r = simulate(src, "main.go", RunConfig(signals=sigs, **cfg))
    assert r.status != 125, r.stderr
    return r


def _uses(imports) -> str:
    blank = {"os": "os.Getpid", "os/signal": "signal.Notify", "syscall": "syscall.Getpid",
             "time": "time.Sleep", "context": "context.Background"}
    return "\n".join(f"\t_ = {blank[p]}" for p in imports)


def events(r, *kinds):
    return [(e.kind, e.data) for e in r.trace.of_kind(*kinds)]


@pytest.mark.parametrize("sig,status", [("SIGTERM", 143), ("SIGINT", 130), ("SIGHUP", 129),
                                        ("SIGKILL", 137)])
def test_default_kill_statuses(sig, status):
    """HUP/INT/TERM/KILL with no handler end the process as killed by the signal, defers lost."""
    r = run('defer fmt.Println("never")\nfmt.Println("up")\ntime.Sleep(time.Second)', (sig, 100))
    assert (r.stdout, r.stderr, r.status) == ("up\n", "", status)
    assert r.reason == f"killed by {sig}"
    assert [d["reason"] for _, d in events(r, K.DEFER_LOST)] == [f"killed by {sig}"]


def test_sigquit_dumps_and_exits_2():
    """SIGQUIT prints the signal, a register line, a blank line and goroutine headers; exit 2."""
    r = run("time.Sleep(time.Second)", ("SIGQUIT", 100))
    assert r.status == 2
    assert r.stderr.startswith("SIGQUIT: quit\nPC=0x0 m=0 sigcode=0\n\ngoroutine 1 [sleep]:\n")


def test_usr1_is_caught_and_ignored():
    """SIGUSR1 without Notify: nothing happens, the program finishes normally."""
    r = run('time.Sleep(200 * time.Millisecond)\nfmt.Println("alive")', ("SIGUSR1", 100))
    assert (r.stdout, r.status) == ("alive\n", 0)
    assert (K.SIGNAL_DEFAULT, {"sig": "SIGUSR1", "action": "ignore"}) in events(r, K.SIGNAL_DEFAULT)


def test_notify_relays_then_drops_when_full():
    """A buffer-1 channel keeps the first of two signals; the second is dropped with a reason."""
    r = run("c := make(chan os.Signal, 1)\nsignal.Notify(c, syscall.SIGUSR1)\n"
            "time.Sleep(300 * time.Millisecond)\nfmt.Println(<-c, len(c))",
            ("SIGUSR1", 100), ("SIGUSR1", 200))
    assert r.stdout == "user defined signal 1 0\n"
    kinds = [k for k, _ in events(r, K.SIGNAL_CAUGHT, K.SIGNAL_RELAYED, K.SIGNAL_DROPPED)]
    assert kinds == [K.SIGNAL_CAUGHT, K.SIGNAL_RELAYED, K.SIGNAL_CAUGHT, K.SIGNAL_DROPPED]
    assert events(r, K.SIGNAL_DROPPED)[0][1]["why"] == "channel full"


def test_unbuffered_without_receiver_drops():
    """Notify on an unbuffered channel nobody receives from loses the signal."""
    r = run("c := make(chan os.Signal)\nsignal.Notify(c, syscall.SIGUSR1)\n"
            "time.Sleep(200 * time.Millisecond)\nselect {\ncase <-c:\n\tfmt.Println(\"got\")\n"
            "default:\n\tfmt.Println(\"dropped\")\n}", ("SIGUSR1", 100))
    assert r.stdout == "dropped\n"
    assert events(r, K.SIGNAL_DROPPED)[0][1]["why"] == "unbuffered and nobody receiving"


def test_stop_restores_default():
    """After Stop of the only channel, SIGTERM kills again."""
    r = run("c := make(chan os.Signal, 1)\nsignal.Notify(c, syscall.SIGTERM)\nsignal.Stop(c)\n"
            "time.Sleep(time.Second)", ("SIGTERM", 100))
    assert r.status == 143


def test_reset_restores_default_and_ignore_survives():
    """Reset gives the default back; Ignore makes SIGTERM harmless and Ignored reports it."""
    r = run("c := make(chan os.Signal, 1)\nsignal.Notify(c, syscall.SIGTERM)\n"
            "signal.Reset(syscall.SIGTERM)\ntime.Sleep(time.Second)", ("SIGTERM", 100))
    assert r.status == 143
    r = run('signal.Ignore(syscall.SIGTERM)\nfmt.Println(signal.Ignored(syscall.SIGTERM))\n'
            'time.Sleep(200 * time.Millisecond)\nfmt.Println("alive")', ("SIGTERM", 100))
    assert (r.stdout, r.status) == ("true\nalive\n", 0)


def test_notify_on_other_signal_does_not_catch_term():
    """Notify(c, os.Interrupt) leaves SIGTERM's default in place."""
    r = run("c := make(chan os.Signal, 1)\nsignal.Notify(c, os.Interrupt)\n<-c", ("SIGTERM", 100))
    assert r.status == 143


def test_pending_signal_does_not_hide_a_deadlock():
    """Every G blocked, no Notify: the deadlock is reported at once despite a later SIGTERM."""
    r = run("var c chan int\n<-c", ("SIGTERM", 500))
    assert r.status == 2
    assert r.stderr.startswith("fatal error: all goroutines are asleep - deadlock!")


def test_watcher_waits_for_signal_or_forever():
    """With os/signal's watcher running, a blocked process waits: for the signal, else 124."""
    body = "c := make(chan os.Signal, 1)\nsignal.Notify(c, syscall.SIGTERM)\nfmt.Println(<-c)"
    assert run(body, ("SIGTERM", 500)).stdout == "terminated\n"
    r = run(body, max_time_ns=1000 * MS)
    assert r.status == 124


def test_self_kill_is_immediate():
    """syscall.Kill of itself kills before Kill returns (the next statement never runs)."""
    r = run('syscall.Kill(syscall.Getpid(), syscall.SIGTERM)\nfmt.Println("never")')
    assert (r.stdout, r.status) == ("", 143)
    assert events(r, K.SIGNAL_SENT)[0][1] == {"sig": "SIGTERM", "source": "kill"}


def test_notify_all_relays_preemption_sigurg():
    """Notify(c) with no signals also relays the runtime's own preemption SIGURGs."""
    body = ("c := make(chan os.Signal, 100)\nsignal.Notify(c)\ngo func() {\n\tfor {\n\t}\n}()\n"
            "time.Sleep(100 * time.Millisecond)\nfmt.Println(len(c) > 0, <-c)")
    r = run(body, gomaxprocs=2)
    assert r.stdout == "true urgent I/O condition\n"


def test_notifycontext_second_signal_swallowed_until_stop():
    """NotifyContext: the first SIGINT cancels with its cause, a second one before stop() is
    swallowed, one after stop() kills."""
    body = ("ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)\n<-ctx.Done()\n"
            "fmt.Println(ctx.Err(), \"|\", context.Cause(ctx))\ntime.Sleep(200 * time.Millisecond)\n"
            "fmt.Println(\"swallowed\")\nstop()\ntime.Sleep(time.Second)\nfmt.Println(\"never\")")
    r = run(body, ("SIGINT", 100), ("SIGINT", 200), ("SIGINT", 400),
            imports=("os", "os/signal", "time", "context"))
    assert r.stdout == "context canceled | interrupt signal received\nswallowed\n"
    assert r.status == 130


def test_k8s_plan_grace_and_prestop():
    """SIGTERM after preStop; SIGKILL when the grace period ends, at least 2 s after SIGTERM."""
    s = 10**9
    _, sigs = k8s_plan({"at": 0, "grace": 30 * s, "prestop": 5 * s, "traffic_until": 0})
    assert sigs == [(5 * s, "SIGTERM"), (30 * s, "SIGKILL")]
    _, sigs = k8s_plan({"at": s, "grace": 3 * s, "prestop": 10 * s, "traffic_until": 0})
    assert sigs == [(4 * s, "SIGTERM"), (6 * s, "SIGKILL")]


def test_k8s_run_kills_after_grace():
    """A pod that ignores SIGTERM's meaning is SIGKILLed at at+grace (137), with K8S events."""
    r = run("c := make(chan os.Signal, 1)\nsignal.Notify(c, syscall.SIGTERM)\n<-c\n"
            "time.Sleep(time.Hour)",
            k8s={"at": 100 * MS, "grace": 2000 * MS, "prestop": 0, "traffic_until": 0})
    assert r.status == 137
    whats = [d["what"] for _, d in events(r, K.K8S)]
    assert whats == ["terminating", "endpoints-removed", "grace-expired"]
    assert [e.time for e in r.trace.of_kind(K.EXIT)] == [2100 * MS]


def test_stop_freezes_until_cont_and_due_timers_fire_then():
    """SIGSTOP freezes the process: a sleep due at 80ms wakes its G only at SIGCONT (200ms)."""
    r = run('time.Sleep(80 * time.Millisecond)\nfmt.Println("woke")',
            ("SIGSTOP", 50), ("SIGCONT", 200))
    assert (r.stdout, r.status) == ("woke\n", 0)
    fires = [e.time // MS for e in r.trace.of_kind(K.TIMER_FIRE)]
    assert fires == [200]
    assert (K.SIGNAL_DEFAULT, {"sig": "SIGCONT", "action": "continue"}) in events(r, K.SIGNAL_DEFAULT)


def test_stop_keeps_later_timers_on_time():
    """The monotonic clock runs on while stopped: a sleep due after SIGCONT ends on time."""
    r = run('time.Sleep(200 * time.Millisecond)\nfmt.Println("done")',
            ("SIGSTOP", 50), ("SIGCONT", 100))
    assert (r.stdout, r.status) == ("done\n", 0)
    assert [e.time // MS for e in r.trace.of_kind(K.TIMER_FIRE)] == [200]


def test_stop_without_cont_runs_forever():
    """A stopped process that no SIGCONT resumes never ends by itself."""
    r = run('time.Sleep(80 * time.Millisecond)\nfmt.Println("never")', ("SIGSTOP", 50))
    assert (r.stdout, r.status) == ("", 124)


def test_signal_sent_while_stopped_waits_for_cont():
    """A SIGTERM sent while stopped is handled only at SIGCONT; a stop signal then is dropped."""
    r = run("time.Sleep(time.Second)", ("SIGSTOP", 50), ("SIGTERM", 100), ("SIGTSTP", 120),
            ("SIGCONT", 300))
    assert r.status == 143
    term = [e.time for e in r.trace.of_kind(K.SIGNAL_DEFAULT) if e.data["sig"] == "SIGTERM"]
    assert term == [300 * MS]


def test_timers_due_while_stopped_fire_in_due_order():
    """At SIGCONT the timers that came due fire at once, in the order they were due (not the
    order they were armed in); a later one keeps its time."""
    body = ("time.AfterFunc(90*time.Millisecond, func() {})\n"      # timer 1
            "time.AfterFunc(70*time.Millisecond, func() {})\n"      # timer 2
            "time.Sleep(300 * time.Millisecond)")                     # timer 3
    r = run(body, ("SIGSTOP", 50), ("SIGCONT", 200))
    fires = [(e.time // MS, e.data["timer"]) for e in r.trace.of_kind(K.TIMER_FIRE)]
    assert fires == [(200, 2), (200, 1), (300, 3)]
