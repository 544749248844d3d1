"""Room for deep Go recursion: each run executes on a thread of its own with a large stack.

Go grows a goroutine's stack up to 1 GB, so recursion thousands of calls deep is ordinary Go.
Here every Go call is a Python generator frame inside ``yield from`` chains, and resuming a chain
recurses through the C stack: Python's default recursion limit (1000) and the main thread's
stack would report "stack overflow" for a Go program ~330 calls deep.  A run therefore gets a
thread with ``RUN_STACK_BYTES`` of stack (reserved, committed only as used) and the recursion
limit ``RUN_RECURSION_LIMIT`` while it runs.  Deeper recursion is Go's ``fatal error: stack
overflow`` (panic.as_unwind): reached in about a second even on CPython 3.11, where resuming a
chain costs time proportional to its depth.

Invariant: the recursion limit is raised while at least one run is executing and restored when
the last one ends (runs may overlap on different threads: the app's worker and a test).
"""
from __future__ import annotations

import sys
import threading

#: stack of a run's thread: 60k nested generator levels need ~100 MB on CPython 3.11
RUN_STACK_BYTES = 256 << 20
#: Python frames a run may nest (about one per Go call): ~60k Go calls deep
RUN_RECURSION_LIMIT = 62_000

_lock = threading.Lock()
_active = 0
_saved_limit = 0


def _raise_limit() -> None:
    global _active, _saved_limit
    with _lock:
        if _active == 0:
            _saved_limit = sys.getrecursionlimit()
            sys.setrecursionlimit(max(_saved_limit, RUN_RECURSION_LIMIT))
        _active += 1


def _restore_limit() -> None:
    global _active
    with _lock:
        _active -= 1
        if _active == 0:
            sys.setrecursionlimit(_saved_limit)


def call_on_deep_stack(fn):
    """``fn()`` on a fresh thread with a deep stack and a high recursion limit; its result,
    or the exception it raised, re-raised here."""
    box: list = []

    def target() -> None:
        _raise_limit()
        try:
            box.append((True, fn()))
        except BaseException as e:          # handed to the calling thread
            box.append((False, e))
        finally:
            _restore_limit()

    with _lock:                             # stack_size() is process-wide: set it, spawn, reset
        try:
            old = threading.stack_size(RUN_STACK_BYTES)
        except (ValueError, RuntimeError):  # a platform that refuses: run here, less deep
            old = None
        try:
            t = threading.Thread(target=target, name="deferlab-run", daemon=True)
            t.start()
        finally:
            if old is not None:
                threading.stack_size(old)
    t.join()
    ok, value = box[0]
    if ok:
        return value
    raise value
