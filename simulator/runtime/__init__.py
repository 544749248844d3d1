"""The simulated Go runtime.  ``current()`` is the Runtime whose program is running on this
thread (library code uses it; the app may run simulations in a worker thread)."""
from __future__ import annotations

import threading

_local = threading.local()


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
