"""Deferlab's simulator: runs a subset of Go in virtual time and records a trace.

Pure Python: it never imports Qt (tests/simulator/test_no_qt.py proves it).
"""
from .api import RunConfig, RunResult, SignalSpec, simulate  # noqa: F401
