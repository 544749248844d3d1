"""Range-over-func misuse checks: Go 1.23's ``#stateN`` per loop (cmd/compile/internal/rangefunc/
rewrite.go) and ``runtime.panicrangestate`` (runtime/panic.go).

Each execution of a ``for ... range f`` statement owns one state, a one-element list ``[state]``
bound to that execution's loop-body function (so a yield saved from an earlier execution still
sees its own, exhausted, loop).  Transitions, as rewrite.go:

* before calling ``f``: READY;
* entering the body: PANIC (running, or panicked if it never leaves); a state other than READY
  panics with that state's error (the state stays PANIC, as Go's);
* the body continues (``continue``, end of body): READY, then ``return True``;
* the body leaves the loop (``break``, ``return``): DONE, then ``return False``;
* ``f`` returned: PANIC here means ``f`` recovered a body panic (MISSING_PANIC); then EXHAUSTED.

The well-behaved path costs one comparison per yield and two stores.
"""
from __future__ import annotations

from ..runtime import current
from ..runtime.errors import GoPanic
from ..tracing.events import EventKind as K

RF_DONE = 0           # body of loop has exited in a non-panic way
RF_READY = 1          # body of loop has not exited yet, is not running
RF_PANIC = 2          # body of loop is either currently running, or has panicked
RF_EXHAUSTED = 3      # the iterator call f(body) returned
RF_MISSING_PANIC = 4  # only reported: f returned while the body was still panicking

#: runtime/panic.go's rangeDoneError ... rangeMissingPanicError (package variables: errorString)
_MESSAGES = {
    RF_DONE: "range function continued iteration after function for loop body returned false",
    RF_PANIC: "range function continued iteration after loop body panic",
    RF_EXHAUSTED: "range function continued iteration after whole loop exit",
    RF_MISSING_PANIC: "range function recovered a loop body panic and did not resume panicking",
}
_errors: dict = {}


def _error(state: int):
    """The shared runtime.errorString for ``state`` (Go panics with the same value each time)."""
    err = _errors.get(state)
    if err is None:
        from ..lib.runtime_errors import RuntimeError_
        err = _errors[state] = RuntimeError_("runtime error: " + _MESSAGES[state])
    return err


def _rfpanic(state: int, cell: list | None = None):
    """runtime.panicrangestate: panic with the error for ``state`` (called by compiled code).
    ``cell``: the loop's state, set to RF_PANIC first (a yield that should not have run)."""
    if cell is not None:
        cell[0] = RF_PANIC
    rt = current()
    err = _error(state)
    rt.rec.emit(K.PANIC, 0, rt.format_panic_value(err), True)
    raise GoPanic(err, True)
