"""Package syscall (the signal part): the Signal type with Go's Linux names, the SIG* constants,
Kill, Getpid, and the few Errno values Kill returns.

A ``syscall.Signal`` is a Named int: a bare Python int in a typed variable, ``Boxed(Signal, n)``
inside an ``os.Signal`` interface (values.py).  ``signal_value(n)`` builds the latter, which is
what os/signal relays on a channel.
"""
from __future__ import annotations

from ..runtime import current
from ..runtime.sigqueue import NSIG, SIGNUM, kill_self
from ..values import Boxed
from .registry import Package, VarDecl

syscall = Package("syscall")

#: the process id every simulated program gets (os.Getpid, syscall.Getpid): a plausible pid of
#: a freshly started process; fixed so that runs stay byte-identical
PID = 4217
#: its parent (a shell)
PPID = 4200

#: Signal.String(): zerrors_linux_amd64.go ``signals`` table (index = signal number)
SIGNAL_STRINGS = ("", "hangup", "interrupt", "quit", "illegal instruction",
                  "trace/breakpoint trap", "aborted", "bus error", "floating point exception",
                  "killed", "user defined signal 1", "segmentation fault", "user defined signal 2",
                  "broken pipe", "alarm clock", "terminated", "stack fault", "child exited",
                  "continued", "stopped (signal)", "stopped", "stopped (tty input)",
                  "stopped (tty output)", "urgent I/O condition", "CPU time limit exceeded",
                  "file size limit exceeded", "virtual timer expired", "profiling timer expired",
                  "window changed", "I/O possible", "power failure", "bad system call")

syscall.type("Signal", "int")


@syscall.method("Signal", "String", "func() string")
def signal_string(s: int) -> str:
    if 0 <= s < len(SIGNAL_STRINGS) and SIGNAL_STRINGS[s]:
        return SIGNAL_STRINGS[s]
    return f"signal {s}"


@syscall.method("Signal", "Signal", "func()")
def signal_signal(s: int) -> None:
    return None


for _name, _n in SIGNUM.items():
    syscall.const(_name, "Signal", _n)
for _name, _n in (("SIGIOT", 6), ("SIGPOLL", 29), ("SIGCLD", 17), ("SIGUNUSED", 31)):
    syscall.const(_name, "Signal", _n)


def signal_type():
    from ..interp.libload import named_type
    return named_type("syscall", "Signal")


def signal_value(n: int) -> Boxed:
    """The os.Signal interface value holding syscall.Signal(n)."""
    return Boxed(signal_type(), n)


def signum(sig) -> int:
    """os/signal's signum: the number of a syscall.Signal interface value, else -1."""
    if isinstance(sig, Boxed) and sig.type is signal_type():
        n = sig.v
        return n if 0 <= n < NSIG else -1
    return -1


class LazyVar(VarDecl):
    """A package variable whose value needs the package's own Named types (built on first
    use, after every package has registered): ``thunk()`` gives it."""

    def __init__(self, name: str, type_: str, thunk, cache: bool = True):
        self.name, self.type, self.const = name, type_, False
        self._thunk, self._cache, self._value = thunk, cache, None

    @property
    def value(self):
        if self._value is None or not self._cache:
            self._value = self._thunk()
        return self._value


# -- Errno ---------------------------------------------------------------------------------------
syscall.type("Errno", "uintptr")
#: zerrors_linux_amd64.go errors table (the few the simulated calls return)
ERRNO_STRINGS = {1: "operation not permitted", 3: "no such process", 22: "invalid argument"}
EPERM, ESRCH, EINVAL = 1, 3, 22


@syscall.method("Errno", "Error", "func() string")
def errno_error(e: int) -> str:
    return ERRNO_STRINGS.get(e, f"errno {e}")


for _name, _n in (("EPERM", EPERM), ("ESRCH", ESRCH), ("EINVAL", EINVAL)):
    syscall.const(_name, "Errno", _n)


def errno(e: int) -> Boxed:
    from ..interp.libload import named_type
    return Boxed(named_type("syscall", "Errno"), e)


# -- processes -----------------------------------------------------------------------------------
@syscall.func("func Getpid() (pid int)")
def Getpid():
    return PID


@syscall.func("func Getppid() (ppid int)")
def Getppid():
    return PPID


@syscall.func("func Kill(pid int, sig Signal) (err error)")
def Kill(pid, sig):
    """kill(2).  This process (its pid, its group 0, or -1 "every process we may signal") gets
    the signal before Kill returns; any other pid does not exist here."""
    if not 0 <= sig < NSIG:
        return errno(EINVAL)
    if pid not in (PID, 0, -1, -PID):
        return errno(ESRCH)
    current()          # Kill runs inside a goroutine
    kill_self(sig)
    return None
