"""The simulated Go runtime.  ``current()`` is the Runtime whose program is running on this
thread (library code uses it; the app may run simulations in a worker thread)."""
from __future__ import annotations

import threading

_local = threading.local()

#: the same thread-local: ``RUNNING.rt`` is the running Runtime.  The hottest library paths
#: (WaitGroup.Add, time.Sleep) read it as one attribute load instead of calling ``current()``;
#: only code that runs while a program runs may do so (else: AttributeError)
RUNNING = _local


def current():
    try:
        return _local.rt
    except AttributeError:
        raise RuntimeError("no simulated program is running on this thread") from None


def set_current(rt) -> None:
    if rt is None:
        if hasattr(_local, "rt"):
            del _local.rt
    else:
        _local.rt = rt
