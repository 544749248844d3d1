"""The simulated Go runtime.  ``current()`` is the Runtime whose program is running on this
thread (library code uses it; the app may run simulations in a worker thread)."""
from __future__ import annotations

import threading

_local = threading.local()


def current():
    rt = getattr(_local, "rt", None)
    if rt is None:
        raise RuntimeError("no simulated program is running on this thread")
    return rt


def set_current(rt) -> None:
    _local.rt = rt
