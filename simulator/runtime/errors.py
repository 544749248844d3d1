"""The Python exceptions that carry Go's non-local control flow (mirrors runtime/panic.go's cases).

* ``GoPanic``   — a Go panic unwinding the goroutine's frames (recoverable);
* ``GoexitUnwind`` — runtime.Goexit unwinding (runs defers; recover returns nil);
* ``Fatal``     — ``fatal error: ...`` (throw): ends the process at once, exit 2, no defers;
* ``ExitProcess`` — os.Exit / log.Fatal / a default-action signal: ends the process now;
* ``Unsupported`` — the program did something outside the simulated subset at run time.
"""
from __future__ import annotations


class GoUnwind(Exception):
    """Base of the unwinding kinds that run deferred calls."""


class GoPanic(GoUnwind):
    def __init__(self, value, is_runtime: bool = False):
        super().__init__(value)
        self.value = value              # an interface value (see values.py)
        self.is_runtime = is_runtime
        self.recovered = False
        self.repanicked = False         # recovered, then panicked again with the same value
        self.goexit = False
        self.link: "GoPanic | None" = None   # the panic this one interrupted (printed before it)
        #: a runtime.Goexit whose deferred call raised this panic: recovering the panic above
        #: the Goexit resumes it instead of returning normally (panic.go recovery)
        self.pending_goexit: "GoexitUnwind | None" = None
        self.extra_line = ""            # e.g. "[signal SIGSEGV: segmentation violation ...]"
        #: the goroutine's frames when the panic started unwinding (traceback.stack_of): the
        #: traceback of an unrecovered panic shows them, although its deferred calls popped them
        self.stack = None

    @classmethod
    def runtime(cls, msg: str, extra_line: str = "") -> "GoPanic":
        p = cls(_runtime_error("runtime error: " + msg, msg in SHARED_RUNTIME_ERRORS), True)
        p.extra_line = extra_line
        return p

    @classmethod
    def plain(cls, msg: str) -> "GoPanic":
        """A runtime.Error printed without the "runtime error: " prefix (plainError: a constant,
        so every such panic carries the very same value)."""
        return cls(_runtime_error(msg, True), True)


#: runtime errors that Go raises with one shared value each time (package variables such as
#: divideError and memoryError, or a constant errorString); the others (bounds errors, failed
#: type assertions...) are built anew.  Two adjacent panics with the same shared value print
#: as one line (preprintpanics).
SHARED_RUNTIME_ERRORS = frozenset({
    "integer divide by zero", "invalid memory address or nil pointer dereference",
    "negative shift amount", "makeslice: len out of range", "makeslice: cap out of range"})
_shared: dict = {}


def _runtime_error(text: str, shared: bool):
    from ..lib.runtime_errors import RuntimeError_
    if not shared:
        return RuntimeError_(text)
    err = _shared.get(text)
    if err is None:
        err = _shared[text] = RuntimeError_(text)
    return err


class GoexitUnwind(GoUnwind):
    pass


class Fatal(BaseException):
    """fatal error: msg (unrecoverable; exit status 2; deferred calls do not run)."""

    def __init__(self, msg: str, first_line: str | None = None):
        super().__init__(msg)
        self.msg = msg
        self.first_line = first_line    # printed before "fatal error: ..." (stack overflow)


class ExitProcess(BaseException):
    def __init__(self, status: int, reason: str):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason


class Unsupported(BaseException):
    """Raised at run time for a construct the simulator cannot run; becomes status 125."""
