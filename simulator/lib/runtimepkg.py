"""Package runtime (the scheduler part): Gosched, Goexit, NumGoroutine, GOMAXPROCS, NumCPU, GC,
KeepAlive.  The same Package object as runtime.Error (runtime_errors.py): one "runtime".
"""
from __future__ import annotations

from ..runtime import current
from ..runtime.errors import GoexitUnwind
from ..runtime.runtime2 import GOSCHED, P, Status
from ..tracing.events import EventKind as K
from .runtime_errors import runtime_pkg as runtime

#: CPUs the simulated machine has (runtime.NumCPU; the default GOMAXPROCS is the same)
NUM_CPU = 2


@runtime.func("func Gosched()", blocking=True)
def Gosched():
    """Yield the P: the G goes to the global run queue."""
    yield GOSCHED


@runtime.func("func Goexit()")
def Goexit():
    current().rec.emit(K.GOEXIT, 0)
    raise GoexitUnwind()


@runtime.func("func NumGoroutine() int")
def NumGoroutine():
    """Live goroutines, plus os/signal's watcher once Notify has started it and the
    goroutines of open client connections (Go counts them)."""
    rt = current()
    n = sum(1 for g in rt.allgs.values() if g.status is not Status.DEAD)
    if rt.signals is not None and rt.signals.recv is not None:
        n += 1
    if rt.net is not None:               # an http.Transport's connection loops (netpkg.py)
        n += rt.net.conn_goroutines
    return n


@runtime.func("func NumCPU() int")
def NumCPU():
    return NUM_CPU


@runtime.func("func GOMAXPROCS(n int) int", blocking=True)
def GOMAXPROCS(n):
    """Returns the previous setting; n >= 1 changes it (procresize).  A removed P's queued Gs go
    to the global run queue; if the caller's own P goes, the caller yields and resumes on
    another one."""
    rt = current()
    old = len(rt.ps)
    if n < 1 or n == old:
        return old
    moved_self = _procresize(rt, n)
    if moved_self:
        yield GOSCHED
    return old


def _procresize(rt, n: int) -> bool:
    """Resize rt.ps to n Ps; True if the running G's P was removed."""
    now = rt.now()
    if n > len(rt.ps):
        for i in range(len(rt.ps), n):
            p = P(i)
            p.clock = now
            rt.ps.append(p)
        return False
    removed = rt.ps[n:]
    del rt.ps[n:]
    for p in removed:
        gs = ([p.runnext] if p.runnext is not None else []) + list(p.runq)
        p.runnext = None
        p.runq.clear()
        if p.curg is not None and p.curg is not rt.curg:
            g = p.curg
            g.status = Status.RUNNABLE
            g.ready_at = p.clock
            p.curg = None
            gs.insert(0, g)
        for g in gs:
            g.p = None
        rt.global_q.extend(gs)
    return rt.curp in removed


@runtime.func("func GC()")
def GC():
    return None


@runtime.func("func KeepAlive(x any)")
def KeepAlive(x):
    return None


@runtime.func("func Version() string")
def Version():
    return "go1.27.3"


runtime.const("GOOS", "string", "linux")
runtime.const("GOARCH", "string", "amd64")
runtime.const("Compiler", "string", "gc")
