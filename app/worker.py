"""Running a simulation off the GUI thread.

``RunTask`` is a QThread that calls ``simulate`` once, then prepares what the views need (the
timeline model, the replay checkpoints) still off the GUI thread, and hands back a
``RunOutcome``.  Cancel sets a flag that ``simulate``'s ``cancelled()`` callback reads.  Any
exception becomes an outcome with ``internal_error`` set: the app keeps running.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QThread, Signal

from simulator.api import STATUS_UNSUPPORTED, RunResult

from .timeline_model import TimelineModel

PROGRESS_EVERY_S = 0.05


@dataclass
class RunOutcome:
    result: RunResult
    model: TimelineModel | None = None
    errors: list[str] = field(default_factory=list)    # "file:line:col: message"
    internal_error: str = ""
    keep: str | None = None        # how to keep the cursor: "index" (what-if), "time" (reload)
    generation: int = 0
    seconds: float = 0.0

    @property
    def trace(self):
        return self.result.trace


def error_outcome(errors: list[str], reason: str = "cannot simulate") -> RunOutcome:
    text = "".join(e + "\n" for e in errors)
    return RunOutcome(RunResult("", text, STATUS_UNSUPPORTED, reason, None, list(errors)),
                      errors=list(errors))


def prepare(result: RunResult) -> RunOutcome:
    """Model and replay checkpoints for a finished run (slow parts, done in the worker)."""
    out = RunOutcome(result, errors=list(result.errors))
    tr = result.trace
    if tr is not None and len(tr):
        out.model = TimelineModel.from_trace(tr)
        tr.state_at(len(tr) - 1)          # builds every replay checkpoint once
        _ = tr.goroutines
    return out


class RunTask(QThread):
    progressed = Signal(int)          # virtual ns reached
    finished_run = Signal(object)     # RunOutcome

    def __init__(self, simulate, source: str, filename: str, config, generation: int = 0,
                 keep: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._simulate = simulate
        self._args = (source, filename, config)
        self.generation = generation
        self.keep = keep
        self._cancelled = False
        self._last_progress = 0.0

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _progress(self, ns: int) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_EVERY_S:
            self._last_progress = now
            self.progressed.emit(int(ns))

    def run(self) -> None:
        t0 = time.monotonic()
        source, filename, config = self._args
        try:
            result = self._simulate(source, filename, config, progress=self._progress,
                                    cancelled=lambda: self._cancelled)
            out = prepare(result)
        except Exception as e:    # the simulator must never take the window down
            msg = f"deferlab: internal error: {type(e).__name__}: {e}"
            out = RunOutcome(RunResult("", msg + "\n", STATUS_UNSUPPORTED, "internal error", None),
                             internal_error=msg + "\n" + traceback.format_exc())
        out.keep = self.keep
        out.generation = self.generation
        out.seconds = time.monotonic() - t0
        self.finished_run.emit(out)
