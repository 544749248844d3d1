"""sysmon and preemption (Go's proc.go sysmon/retake/preemptone and preempt.go).

sysmon wakes every ``delay``: 20 µs while it keeps finding work, doubling after 50 idle wake-ups
up to 10 ms.  At each wake-up, a P that has run the same G for ``FORCE_PREEMPT_NS`` gets a
preemption request.  The G stops at its next safe point: any loop back-edge when asynchronous
preemption (SIGURG) is on, only a non-leaf function prologue when it is off (GODEBUG
asyncpreemptoff=1, Go <= 1.13 behaviour).
"""
from __future__ import annotations

#: time slice given to a G before sysmon asks it to yield (proc.go forcePreemptNS)
FORCE_PREEMPT_NS = 10_000_000
#: sysmon's shortest and longest sleep (proc.go: usleep(delay), delay 20..10*1000 µs)
SYSMON_MIN_DELAY_NS = 20_000
SYSMON_MAX_DELAY_NS = 10_000_000
#: idle wake-ups before sysmon starts doubling its sleep
SYSMON_IDLE_BEFORE_BACKOFF = 50
#: sysmon starts during runtime initialisation, before main.main, so its back-off is that far
#: along when the program's goroutines run.  Chosen so that, as measured on go1.27 with
#: GOMAXPROCS=1, main sleeping 10 ms beside a spinning goroutine resumes after ~20 ms
#: (GO_SEMANTICS §7): sysmon's wake-ups then fall at ~9.2 ms and ~19.2 ms.
SYSMON_STARTUP_LEAD_NS = 2_000_000


class Sysmon:
    def __init__(self):
        self.next_tick = SYSMON_MIN_DELAY_NS - SYSMON_STARTUP_LEAD_NS
        self.delay = SYSMON_MIN_DELAY_NS
        self.idle = 0
        self.seen: dict[int, tuple[int, int]] = {}   # P id -> (schedtick, time sysmon first saw it)

    def advance(self, now: int, ps) -> list:
        """Run sysmon's wake-ups up to ``now``; returns [(tick time, p, g, ran_ns)] requests."""
        out = []
        if self.next_tick < now - 2 * SYSMON_MAX_DELAY_NS:
            # nothing was running for a long while: sysmon was asleep; pick up from here
            self.next_tick = now - SYSMON_MAX_DELAY_NS
            self.delay = SYSMON_MAX_DELAY_NS
        while self.next_tick <= now:
            t = self.next_tick
            found = False
            for p in ps:
                g = p.curg
                if g is None:
                    continue
                # retake: the time slice is counted from when sysmon first saw this schedtick
                tick, since = self.seen.get(p.id, (-1, 0))
                if tick != p.schedtick:
                    self.seen[p.id] = (p.schedtick, max(t, g.run_start))
                    continue
                if not g.preempt and t - since >= FORCE_PREEMPT_NS:
                    g.preempt = True
                    out.append((t, p, g, t - g.run_start))
                    found = True
            if found:
                self.idle = 0
                self.delay = SYSMON_MIN_DELAY_NS
            else:
                self.idle += 1
                if self.idle > SYSMON_IDLE_BEFORE_BACKOFF:
                    self.delay = min(self.delay * 2, SYSMON_MAX_DELAY_NS)
            self.next_tick = t + self.delay
        return out
